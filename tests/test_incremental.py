"""A dirty build (``mkdocs build --dirty``, ``mkdocs serve --dirty``) builds only what changed,
and writes the site a clean build writes: after every kind of change, both are built and every
file compared (thidua/incremental.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from thidua.bench import add_record
from thidua.corpus import generate, sentences
from conftest import BUILD_DAY, ROOT, build_site, differing_files, make_project, record_text

CITED = "cao-bang/2023/12-kh-ubnd"
CITING = "cao-bang/2024/30-kh-ubnd"
MOVED = "cao-bang/2022/40-kh-ubnd"
DELETED = "cao-bang/2021/50-kh-ubnd"
ENGLISH = "---\ntitle: Launching the 2024 emulation movement\nsummary: The committee launches it.\n---\n\nText.\n"


def plan(number: str, issued: str, **changes) -> str:
    return record_text(number=number, issued=issued,
                       period={"start": issued[:7], "end": f"{issued[:4]}-12-31"}, **changes)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("incremental")
    project = make_project(tmp)
    content = project / "content"
    generate(12, content, sentences(ROOT / "content"), seed=5)
    (content / "cao-bang" / "2021").mkdir(parents=True, exist_ok=True)
    (content / "cao-bang" / "2022").mkdir(parents=True, exist_ok=True)
    (content / "cao-bang" / "2023").mkdir(parents=True, exist_ok=True)
    (content / "cao-bang" / "2024").mkdir(parents=True, exist_ok=True)
    (content / f"{CITED}.md").write_text(record_text(), "utf-8")
    (content / f"{CITING}.md").write_text(plan("30/KH-UBND", "2024-05-02"), "utf-8")
    (content / f"{MOVED}.md").write_text(plan("40/KH-UBND", "2022-04-01"), "utf-8")
    (content / f"{MOVED}.en.md").write_text(ENGLISH, "utf-8")
    (content / f"{DELETED}.md").write_text(plan("50/KH-UBND", "2021-06-01"), "utf-8")
    about = content / "about.md"  # the site's own pages may link to a plan
    about.write_text(about.read_text("utf-8") + f"\nXem [một kế hoạch]({CITED}.md).\n", "utf-8")
    site = tmp / "site"
    full = build_site(project, site)
    assert full.returncode == 0, full.stderr
    return project, site


def dirty_then_clean(project, site, clean, day=BUILD_DAY) -> str:
    """Build dirty into ``site``, clean into ``clean``; what the dirty build logged."""
    dirty = build_site(project, site, day, dirty=True, quiet=False)
    assert dirty.returncode == 0, dirty.stderr
    result = build_site(project, clean, day)
    assert result.returncode == 0, result.stderr
    return dirty.stderr


def test_with_nothing_changed_a_dirty_build_writes_no_page(project, tmp_path):
    project, site = project
    page = site / "en" / CITED / "index.html"
    before = page.stat().st_mtime_ns
    log = dirty_then_clean(project, site, tmp_path / "clean")
    assert "a dirty build: 0 of " in log and "plan and index pages changed" in log
    assert "A 'dirty' build is being performed" not in log  # (strict mode: it would fail)
    assert page.stat().st_mtime_ns == before
    assert differing_files(site, tmp_path / "clean") == []
    assert f'href="../{CITED}/"' in (site / "about" / "index.html").read_text("utf-8")


def test_new_and_changed_records_are_built_with_every_page_they_change(project, tmp_path):
    project, site = project
    content = project / "content"
    new = add_record(content, tmp_path / "extra", sentences(ROOT / "content"), seed=77)
    # The text of one plan now cites another: the other's page lists it ("cited by")
    (content / f"{CITING}.md").write_text(
        plan("30/KH-UBND", "2024-05-02", body="Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh.\n"),
        "utf-8")
    (content / f"{CITING}.en.md").write_text(ENGLISH, "utf-8")  # a translation, new

    log = dirty_then_clean(project, site, tmp_path / "cites")

    assert differing_files(site, tmp_path / "cites") == []
    changed = int(log.split("a dirty build: ")[1].split(" ")[0])
    assert 0 < changed < 100
    assert "30/KH-UBND" in (site / CITED / "index.html").read_text("utf-8")  # cited by
    assert (site / new.relative_to(content).with_suffix("") / "record.json").is_file()

    # The cited plan's new title: the citing page shows it; a text corrected, nothing else
    (content / f"{CITED}.md").write_text(record_text(title="Phát động thi đua năm 2023 (đợt 2)"),
                                         "utf-8")
    (content / f"{DELETED}.md").write_text(plan("50/KH-UBND", "2021-06-01", body="Nội dung mới.\n"),
                                           "utf-8")
    dirty_then_clean(project, site, tmp_path / "title")
    assert differing_files(site, tmp_path / "title") == []
    assert "(đợt 2)" in (site / CITING / "index.html").read_text("utf-8")
    assert "Nội dung mới." in (site / DELETED / "index.html").read_text("utf-8")


def test_deleted_and_moved_records_leave_nothing_behind_but_redirects(project, tmp_path):
    project, site = project
    content = project / "content"
    (content / f"{DELETED}.md").unlink()
    moved_to = "cao-bang/2022/41-kh-ubnd"
    (content / f"{MOVED}.md").unlink()
    (content / f"{MOVED}.en.md").rename(content / f"{moved_to}.en.md")
    (content / f"{moved_to}.md").write_text(
        plan("41/KH-UBND", "2022-04-01", aliases=[f"/{MOVED}/"]), "utf-8")

    dirty_then_clean(project, site, tmp_path / "clean")

    assert differing_files(site, tmp_path / "clean") == []
    assert not (site / DELETED).exists() and not (site / "en" / DELETED).exists()
    assert "41-kh-ubnd" in (site / "en" / MOVED / "index.html").read_text("utf-8")  # a redirect
    assert not (site / "en" / MOVED / "cite.bib").exists() or (site / "en" / moved_to / "cite.bib").exists()


def test_after_a_failed_build_or_on_another_day_a_dirty_build_builds_everything(
        project, tmp_path, monkeypatch):
    project, site = project
    about = project / "content" / "about.md"
    text = about.read_text("utf-8")
    # A link to a page that does not exist: strict mode fails the build once every page is
    # written, after the last event: the next dirty build must not take its pages for checked.
    about.write_text(text + "\nXem [quy định](quy-dinh.md).\n", "utf-8")
    failed = build_site(project, site, dirty=True, quiet=False)  # (-q would hide the warning)
    assert failed.returncode != 0 and "quy-dinh.md" in failed.stderr
    about.write_text(text, "utf-8")
    log = dirty_then_clean(project, site, tmp_path / "fixed")
    assert "everything is built" in log
    assert differing_files(site, tmp_path / "fixed") == []
    # A build that fails at its end (a new address not in published-urls.txt, as in CI)
    (project / "content" / f"{CITED}.md").write_text(record_text(title="Sửa lại"), "utf-8")
    monkeypatch.setenv("THIDUA_URLS", "check")
    failed = build_site(project, site, dirty=True)
    assert failed.returncode != 0 and "published-urls.txt" in failed.stderr
    monkeypatch.delenv("THIDUA_URLS")

    log = dirty_then_clean(project, site, tmp_path / "clean")

    assert "everything is built" in log
    assert differing_files(site, tmp_path / "clean") == []
    tomorrow = BUILD_DAY + dt.timedelta(days=1)  # every campaign's status is as of the build date
    log = dirty_then_clean(project, site, tmp_path / "tomorrow", day=tomorrow)
    assert "everything is built" in log
    assert differing_files(site, tmp_path / "tomorrow") == []

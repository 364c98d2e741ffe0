"""A dirty build (``mkdocs build --dirty``, ``mkdocs serve --dirty``) builds only what changed,
and writes the site a clean build writes: after every kind of change, both are built and every
file compared (thidua/build/incremental.py)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest

from conftest import (
    BUILD_DAY,
    ROOT,
    build_env,
    build_site,
    copy_seed_content,
    differing_files,
    make_project,
    record_text,
)
from thidua.bench.builds import add_record
from thidua.bench.corpus import generate, sentences

# Slow (builds a site dirty and clean after each kind of change): `make check` leaves it out.
pytestmark = pytest.mark.slow

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
    project = make_project(tmp, copy_seed_content(tmp / "seeds"))
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
    full = build_site(project, site, dirty=True, quiet=False)  # the first: everything
    assert full.returncode == 0 and "everything is built" in full.stderr, full.stderr
    return project, site


def dirty_then_clean(project, site, clean, day=BUILD_DAY) -> str:
    """Build dirty into ``site``, clean into ``clean``; what the dirty build logged."""
    dirty = build_site(project, site, day, dirty=True, quiet=False)
    assert dirty.returncode == 0, dirty.stderr
    result = build_site(project, clean, day)
    assert result.returncode == 0, result.stderr
    return dirty.stderr


def changed_pages(log: str) -> int:
    """How many plan and index pages the dirty build that logged ``log`` built."""
    return int(re.search(r"a dirty build: (\d+) of \d+ plan and index pages changed", log)[1])


def test_with_nothing_changed_a_dirty_build_writes_no_plan_page(project, tmp_path):
    project, site = project
    page = site / "en" / MOVED / "index.html"
    before = page.stat().st_mtime_ns
    log = dirty_then_clean(project, site, tmp_path / "clean")
    # but the plans the site's pages link to (or name: about.md), whose anchors MkDocs checks
    # as it builds them
    assert changed_pages(log) == 4
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
    assert 4 < changed_pages(log) < 100
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
    # the moved plan's data answer at its former address too
    assert (site / "en" / MOVED / "cite.bib").read_text("utf-8") == (
        site / "en" / moved_to / "cite.bib").read_text("utf-8")


def test_a_plan_whose_text_links_to_another_is_built_when_the_other_changes(project, tmp_path):
    project, site = project
    content = project / "content"
    linking = "cao-bang/2024/31-kh-ubnd"
    target = "cao-bang/2022/41-kh-ubnd.md"
    text = plan("31/KH-UBND", "2024-06-01", body="Xem [kế hoạch](../2022/41-kh-ubnd.md).\n")
    (content / f"{linking}.md").write_text(text, "utf-8")
    dirty_then_clean(project, site, tmp_path / "linked")
    assert differing_files(site, tmp_path / "linked") == []
    assert 'href="../../2022/41-kh-ubnd/"' in (site / linking / "index.html").read_text("utf-8")
    # the linked plan's file is not left out of MkDocs' files: the link resolves again
    (content / f"{linking}.md").write_text(text.replace("Xem", "Xem thêm"), "utf-8")
    dirty_then_clean(project, site, tmp_path / "edited")
    assert differing_files(site, tmp_path / "edited") == []
    # the linked plan goes: the link is broken, which strict mode fails, dirty or not
    moved = (content / target).read_text("utf-8")
    (content / target).unlink()
    english = (content / target.replace(".md", ".en.md")).read_bytes()
    (content / target.replace(".md", ".en.md")).unlink()
    for folder, dirty in ((site, True), (tmp_path / "clean", False)):
        failed = build_site(project, folder, dirty=dirty, quiet=False)
        assert failed.returncode != 0 and "41-kh-ubnd.md" in failed.stderr, (dirty, failed.stderr)
    (content / target).write_text(moved, "utf-8")
    (content / target.replace(".md", ".en.md")).write_bytes(english)
    (content / f"{linking}.md").unlink()
    assert build_site(project, site, dirty=True).returncode == 0  # (a manifest again)


def test_the_site_pages_and_other_files_are_inputs_of_every_page(project, tmp_path):
    project, site = project
    content = project / "content"
    about = content / "about.md"
    text = about.read_text("utf-8")
    assert "\ntitle: Giới thiệu\n" in text
    # every page shows the nav's titles
    about.write_text(text.replace("\ntitle: Giới thiệu\n", "\ntitle: Về lưu trữ\n"), "utf-8")
    log = dirty_then_clean(project, site, tmp_path / "title")
    assert "everything is built" in log
    assert differing_files(site, tmp_path / "title") == []
    assert "Về lưu trữ" in (site / CITED / "index.html").read_text("utf-8")
    # a file of the content folder that is no page: copied, then gone
    (content / "assets").mkdir()
    (content / "assets" / "note.txt").write_text("a file of the site", "utf-8")
    assert build_site(project, site, dirty=True).returncode == 0
    assert (site / "assets" / "note.txt").is_file()
    (content / "assets" / "note.txt").unlink()
    dirty_then_clean(project, site, tmp_path / "gone")
    assert differing_files(site, tmp_path / "gone") == []
    assert not (site / "assets" / "note.txt").exists()


def test_a_strict_dirty_build_after_a_lenient_one_or_another_builds_everything(
        project, tmp_path):
    project, site = project
    record = project / "content" / f"{CITED}.md"
    text = record.read_text("utf-8")
    record.write_text(text.replace("\n\n", "\n\nXem [quy định](quy-dinh.md).\n\n", 1), "utf-8")
    lenient = subprocess.run(  # a warning, which a lenient build lets pass
        [sys.executable, "-m", "mkdocs", "build", "--dirty", "--no-strict", "-f",
         str(project / "mkdocs.yml"), "-d", str(site)], cwd=project, env=build_env(),
        capture_output=True, text=True)
    assert lenient.returncode == 0 and "quy-dinh.md" in lenient.stderr
    strict = build_site(project, site, dirty=True, quiet=False)
    assert strict.returncode != 0 and "everything is built" in strict.stderr
    record.write_text(text, "utf-8")
    assert build_site(project, site, dirty=True).returncode == 0
    # another checkout builds into the same folder: its files are not this one's
    other = make_project(tmp_path)
    assert build_site(other, site).returncode == 0
    log = dirty_then_clean(project, site, tmp_path / "ours")
    assert "everything is built" in log
    assert differing_files(site, tmp_path / "ours") == []


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
    assert build_site(project, site).returncode == 0  # a full build: compared with nothing
    log = dirty_then_clean(project, site, tmp_path / "after-full")
    assert "everything is built" in log
    assert differing_files(site, tmp_path / "after-full") == []
    tomorrow = BUILD_DAY + dt.timedelta(days=1)  # every campaign's status is as of the build date
    log = dirty_then_clean(project, site, tmp_path / "tomorrow", day=tomorrow)
    assert "everything is built" in log
    assert differing_files(site, tmp_path / "tomorrow") == []

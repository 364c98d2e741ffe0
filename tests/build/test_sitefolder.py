"""The site folder is emptied while the build goes on: the former build's files are gone at the
end, and what MkDocs keeps (hidden entries) is kept. (A dirty build keeps the folder as it is:
tests/build/test_languagebuilds.py.)"""

from __future__ import annotations

import os

import pytest

from conftest import build_site, make_project
from thidua.build.sitefolder import OLD, empty_in_background
from thidua.site.urls import published_pages


def former_build(site, pages=300):
    """A site folder as a former build and a killed one left it."""
    for number in range(pages):
        page = site / "gone" / str(number) / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text("<p>a plan no longer in the archive</p>", "utf-8")
    (site / "sitemap.xml").write_text("<urlset/>", "utf-8")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", "utf-8")
    (site / ".nojekyll").write_text("", "utf-8")
    killed = site / f"{OLD}1-2" / "en"  # a build killed while deleting
    killed.mkdir(parents=True)
    (killed / "index.html").write_text("old", "utf-8")


def test_the_folder_is_empty_at_once_and_its_files_are_deleted_by_another_process(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    former_build(site)
    inode = site.stat().st_ino
    job = empty_in_background(site)
    visible = [entry.name for entry in site.iterdir() if not entry.name.startswith(".")]
    assert visible == []  # MkDocs finds nothing to delete
    assert job.result() == []  # nothing left: this build's former files, and the killed build's
    assert not list(site.glob(f"{OLD}*"))
    assert sorted(entry.name for entry in site.iterdir()) == [".git", ".nojekyll"]
    assert (site / ".git" / "HEAD").read_text("utf-8") == "ref: refs/heads/gh-pages\n"
    assert site.stat().st_ino == inode  # the same folder (mkdocs serve keeps serving it)


def test_in_one_process_the_files_are_deleted_here_and_now(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    former_build(site)
    job = empty_in_background(site, fork=False)
    assert sorted(entry.name for entry in site.iterdir()) == [".git", ".nojekyll"]
    assert job.result() == []


def test_what_cannot_be_deleted_is_named_and_deleted_by_the_next_build(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    former_build(site)
    (site / "gone" / "3" / "stuck.html").write_text("held", "utf-8")
    real_unlink = os.unlink

    def refusing(path, *args, **kwargs):  # (as root, a read-only folder is emptied all the same)
        if os.path.basename(path) == "stuck.html":
            raise PermissionError(13, "Permission denied", path)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", refusing)
    left = empty_in_background(site, fork=False).result()
    assert len(left) == 1 and left[0].endswith("stuck.html (Permission denied)"), left
    [old] = site.glob(f"{OLD}*")
    assert [path.name for path in old.rglob("*.html")] == ["stuck.html"]
    monkeypatch.setattr(os, "unlink", real_unlink)
    assert empty_in_background(site, fork=False).result() == []
    assert not list(site.glob(f"{OLD}*"))


def test_no_site_folder_yet_is_nothing_to_empty(tmp_path):
    assert empty_in_background(tmp_path / "site") is None


@pytest.mark.parametrize("parallel", ["on", "off"])
@pytest.mark.slow  # builds sites into used folders: `make check` leaves it out
def test_a_build_over_a_former_one_leaves_none_of_its_files(tmp_path, monkeypatch, parallel):
    monkeypatch.setenv("THIDUA_PARALLEL", parallel)
    project = make_project(tmp_path)
    site = tmp_path / "out"
    site.mkdir()
    former_build(site)
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    assert not (site / "gone").exists()
    assert not list(site.glob(f"{OLD}*"))
    assert (site / ".git" / "HEAD").exists() and (site / ".nojekyll").exists()
    assert (site / "can-tho" / "2023" / "97-kh-ubnd" / "index.html").exists()
    assert (site / "en" / "can-tho" / "2023" / "97-kh-ubnd" / "index.html").exists()
    assert "<loc>" in (site / "sitemap.xml").read_text("utf-8")


def test_a_former_build_being_deleted_is_no_page_of_the_site(tmp_path):
    site = tmp_path / "site"
    (site / "plan").mkdir(parents=True)
    (site / "plan" / "index.html").write_text("<p>plan</p>", "utf-8")
    former = site / f"{OLD}1-2" / "gone"
    former.mkdir(parents=True)
    (former / "index.html").write_text("old", "utf-8")
    assert published_pages(site) == ["/plan/"]

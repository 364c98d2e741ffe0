"""`make site` as a newcomer runs it: validate, build, and never publish a partial archive."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build_env
from thidua.records.archive import record_files

# Slow (runs make in fresh folders): `make check` leaves it out.
pytestmark = pytest.mark.slow

PROJECT_FILES = ["Makefile", "mkdocs.yml", "pyproject.toml", "requirements.txt", "published-urls.txt"]
PROJECT_DIRS = ["content", "hooks", "overrides", "thidua"]


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the repository that reuses this test run's virtual environment."""
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, tmp_path / name)
    for name in PROJECT_DIRS:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def make_site(project: Path) -> subprocess.CompletedProcess:
    venv = Path(sys.executable).parent.parent
    # -o: take this run's environment as installed; never reinstall it from the copy.
    return subprocess.run(["make", "-o", f"{venv}/.installed", "site", f"VENV={venv}"],
                          cwd=project, env=build_env(), capture_output=True, text=True, timeout=600)


def test_make_site_builds_every_plan_page_and_says_how_to_preview(project):
    result = make_site(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    plans = [p for p in site.glob("*/2*/*/index.html") if p.parts[-4] != "en"
             and 'http-equiv="refresh"' not in p.read_text("utf-8")]  # (not a moved plan's old address)
    assert len(plans) == len(record_files(ROOT / "content")) // 2  # a record, its English file
    assert all((site / "en" / p.relative_to(site)).exists() for p in plans)
    assert f"The site is in {project}/site/" in result.stdout
    assert "make serve" in result.stdout and "http://127.0.0.1:8000/" in result.stdout


def test_a_broken_record_stops_make_site_and_leaves_the_site_as_it_was(project):
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("the published site", "utf-8")
    record = project / "content" / "cao-bang" / "2023" / "2255-kh-ubnd.md"
    text = record.read_text("utf-8")
    record.write_text(text.replace("issued: 2023-08-21", "issued: 2023-02-30"), "utf-8")
    line = text.splitlines().index("issued: 2023-08-21") + 1
    result = make_site(project)
    assert result.returncode != 0
    assert (f"content/cao-bang/2023/2255-kh-ubnd.md:{line}: issued: '2023-02-30' does not exist: "
            "February 2023 has 28 days") in result.stderr
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "the published site"
    assert not (project / "site.tmp").exists()

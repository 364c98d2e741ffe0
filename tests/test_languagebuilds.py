"""The other languages, built by a process of their own while the default language's pages
render (thidua/languagebuilds.py), are the pages a build in one process writes."""

from __future__ import annotations

import subprocess
import sys

from thidua.corpus import generate, sentences
from conftest import ROOT, build_env, differing_files, make_project


def _build(project, site, parallel: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)],
        cwd=project, env={**build_env(), "THIDUA_PARALLEL": parallel}, capture_output=True,
        text=True, timeout=300)


def test_languages_built_side_by_side_are_the_site_one_process_builds(tmp_path):
    project = make_project(tmp_path)
    generate(30, project / "content", sentences(ROOT / "content"), seed=3)

    parallel = _build(project, tmp_path / "parallel", "on")
    single = _build(project, tmp_path / "single", "off")

    assert parallel.returncode == 0, parallel.stderr
    assert single.returncode == 0, single.stderr
    assert differing_files(tmp_path / "parallel", tmp_path / "single") == []
    # English was built once, by its own process: mkdocs-static-i18n waited for it.
    assert parallel.stderr.count("Building 'en' documentation") == 1
    assert len(list((tmp_path / "parallel" / "en").rglob("index.html"))) > 35


def test_a_fault_in_the_english_pages_fails_the_build_and_is_named(tmp_path):
    project = make_project(tmp_path)
    about = project / "content" / "about.en.md"
    about.write_text(about.read_text("utf-8") + "\nSee [the rules](rules.md).\n", "utf-8")

    parallel = _build(project, tmp_path / "parallel", "on")
    single = _build(project, tmp_path / "single", "off")

    for result in (parallel, single):
        assert result.returncode != 0
        assert "'about.en.md' contains a link 'rules.md'" in result.stderr
    assert ("building the 'en' pages failed: Aborted with 1 warnings in strict mode!"
            in parallel.stderr)
    assert "Traceback" not in parallel.stderr

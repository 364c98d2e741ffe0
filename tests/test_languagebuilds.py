"""The other languages, built by a process of their own while the default language's pages
render (thidua/languagebuilds.py), are the pages a build in one process writes."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from thidua.corpus import generate, sentences
from conftest import ROOT, build_env, differing_files, make_project

FORKED = "the 'en' pages are built by a process of their own"


def _build(project, site, parallel: str = "on") -> subprocess.CompletedProcess:
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
    assert len(list((tmp_path / "parallel" / "en").rglob("index.html"))) > 35
    # English was built once, by its own process (whose lines say so); mkdocs-static-i18n
    # waited for it.
    assert FORKED in parallel.stderr and FORKED not in single.stderr
    assert parallel.stderr.count("Building 'en' documentation") == 1
    assert "INFO    -  [en] mkdocs_static_i18n: Building 'en' documentation" in parallel.stderr
    assert parallel.stderr.count("Documentation built in") == 1  # the whole build's


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


FAILING_HOOK = '''
def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == "about.md":
        raise RuntimeError("the Vietnamese about page cannot be read")
    return markdown
'''


def test_when_the_default_language_fails_the_other_process_is_stopped(tmp_path):
    project = make_project(tmp_path)
    generate(60, project / "content", sentences(ROOT / "content"), seed=4)
    (project / "failing.py").write_text(FAILING_HOOK, "utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "hooks:\n  - hooks/archive.py\n", "hooks:\n  - hooks/archive.py\n  - failing.py\n"), "utf-8")
    site = tmp_path / "site"

    result = _build(project, site)

    assert result.returncode != 0
    assert "the Vietnamese about page cannot be read" in result.stderr
    assert FORKED in result.stderr
    left = subprocess.run(["pgrep", "-f", str(site)], capture_output=True, text=True).stdout
    assert left == ""  # no process of the build is left
    written = sorted(site.rglob("*"))
    time.sleep(1)
    assert sorted(site.rglob("*")) == written  # and none writes into the folder any more


def test_with_a_plugin_that_gathers_every_language_the_languages_are_built_in_turn(tmp_path):
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("plugins:\n", "plugins:\n  - search\n"),
                      "utf-8")

    result = _build(project, tmp_path / "site")

    assert result.returncode == 0, result.stderr
    assert "the languages are built one after the other: material/search" in result.stderr
    assert FORKED not in result.stderr
    entries = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text("utf-8"))
    assert any(doc["location"].startswith("en/") for doc in entries["docs"])

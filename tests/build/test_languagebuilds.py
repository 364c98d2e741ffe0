"""The other languages, built by a process of their own while the default language's pages
render (thidua/build/languagebuilds.py), are the pages a build in one process writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import (
    ROOT,
    add_hooks,
    build_env,
    differing_files,
    interruptible,
    make_project,
    processes_matching,
)
from thidua.bench.builds import add_record
from thidua.bench.corpus import generate, sentences

# Slow (builds sites in parallel and in one process): `make check` leaves it out.
pytestmark = pytest.mark.slow

FORKED = "the 'en' pages are built by a process of their own"


def _build(project, site, parallel: str = "on", timeout: int = 300,
           dirty: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)] + (["--dirty"] if dirty else []),
        cwd=project, env={**build_env(), "THIDUA_PARALLEL": parallel}, capture_output=True,
        text=True, timeout=timeout)


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


def test_a_dirty_build_after_a_new_record_writes_its_pages_and_leaves_the_others(tmp_path):
    # `mkdocs build --dirty` (and `mkdocs serve --dirty`, for editors) builds only the pages
    # that changed, in both languages, the English ones in their process too (what it builds
    # is the site a clean build writes: tests/build/test_incremental.py).
    project = make_project(tmp_path)
    source = sentences(ROOT / "content")
    old = generate(30, project / "content", source, seed=3)[0].relative_to(project / "content")
    site = tmp_path / "site"
    assert _build(project, site, dirty=True).returncode == 0  # the first builds everything
    unchanged = [site / old.with_suffix("") / "index.html",
                 site / "en" / old.with_suffix("") / "index.html"]
    before = [page.stat().st_mtime_ns for page in unchanged]

    nothing_new = _build(project, site, dirty=True)  # nothing changed: no plan page is built

    assert nothing_new.returncode == 0, nothing_new.stderr
    assert [page.stat().st_mtime_ns for page in unchanged] == before

    new = add_record(project / "content", tmp_path / "extra", source, seed=99)
    new_url = new.relative_to(project / "content").with_suffix("").as_posix()

    result = _build(project, site, dirty=True)

    assert result.returncode == 0, result.stderr
    assert FORKED in result.stderr
    assert [page.stat().st_mtime_ns for page in unchanged] == before
    for root in ("", "en/"):
        assert (site / root / new_url / "index.html").is_file()
        province = (site / root / new_url.split("/")[0] / "index.html").read_text("utf-8")
        assert f"{new_url}/" in province  # the new plan is listed on its province's page


SLOW_ENGLISH_HOOK = """
import time
def on_page_markdown(markdown, page, config, files):
    if config.theme["language"] == "en":
        time.sleep(60)  # the English pages' process is still at its first page
    return markdown
"""

FAILING_HOOK = """
def on_page_markdown(markdown, page, config, files):
    if config.theme["language"] == "vi" and page.file.src_uri == "about.md":
        raise RuntimeError("the Vietnamese about page cannot be read")
    return markdown
"""


def _english_pages(site) -> int:
    """English pages MkDocs built (its generator tag on them; not the redirect stubs the outputs
    write at a moved plan's old addresses, which may still be being written when it stops)."""
    if not (site / "en").exists():
        return 0
    return sum(1 for path in (site / "en").rglob("index.html")
               if 'name="generator"' in path.read_text("utf-8", errors="replace"))


def test_when_the_default_language_fails_the_build_stops_at_once(tmp_path):
    project = make_project(tmp_path)
    add_hooks(project, slow=SLOW_ENGLISH_HOOK, failing=FAILING_HOOK)
    site = tmp_path / "site"

    result = _build(project, site, timeout=30)  # not the 60 s the English pages would take

    assert result.returncode != 0
    assert "the Vietnamese about page cannot be read" in result.stderr
    assert FORKED in result.stderr
    assert _english_pages(site) == 0
    assert processes_matching(str(site)) == ""  # no process of the build is left


IN_PROCESS_BUILD = """
import logging, os, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.basicConfig(level=logging.INFO)
config = load_config(sys.argv[1], site_dir=sys.argv[2])
if sys.argv[3:] == ["build"]:  # what `mkdocs build` tells the plugins before it builds
    config.plugins.on_startup(command="build", dirty=False)
try:
    build(config)
except Exception as error:
    print("the build failed:", error, flush=True)
def state_and_parent(stat):
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[:2]
    except OSError:  # the process ended meanwhile
        return "Z", None
states = [state_and_parent(stat) for stat in Path("/proc").glob("[0-9]*/stat")]
left = [state for state, parent in states if parent == str(os.getpid()) and state != "Z"]
print("processes left:", len(left), flush=True)
"""


def test_a_failed_build_in_a_process_that_goes_on_leaves_no_process_behind(tmp_path):
    # As in `mkdocs serve`, which serves on after a build fails: the English pages' process
    # must be stopped by the build itself, not by the end of the process that started it.
    project = make_project(tmp_path)
    add_hooks(project, slow=SLOW_ENGLISH_HOOK, failing=FAILING_HOOK)
    site = tmp_path / "site"

    result = subprocess.run(
        [sys.executable, "-c", IN_PROCESS_BUILD, str(project / "mkdocs.yml"), str(site), "build"],
        cwd=project, env=build_env(), capture_output=True, text=True, timeout=30)

    assert "the build failed: the Vietnamese about page cannot be read" in result.stdout
    assert FORKED in result.stderr
    assert "processes left: 0" in result.stdout
    assert _english_pages(site) == 0


def test_a_build_started_from_code_forks_nothing(tmp_path):
    # Only `mkdocs build` forks (thidua/build/sitebuild.py forks()): a program that builds
    # from code may run threads of its own, which a fork would copy.
    project = make_project(tmp_path)
    site = tmp_path / "site"

    result = subprocess.run(
        [sys.executable, "-c", IN_PROCESS_BUILD, str(project / "mkdocs.yml"), str(site)],
        cwd=project, env=build_env(), capture_output=True, text=True, timeout=120)

    assert "the build failed" not in result.stdout, result.stderr
    assert FORKED not in result.stderr
    assert _english_pages(site) > 5


def test_a_build_interrupted_with_ctrl_c_ends_at_once_and_whole(tmp_path):
    project = make_project(tmp_path)
    add_hooks(project, slow=SLOW_ENGLISH_HOOK)
    site = tmp_path / "site"
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project, env=build_env(), stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=interruptible)
    try:
        lines = []
        while FORKED not in "".join(lines) and build.poll() is None:
            lines.append(build.stderr.readline())
        time.sleep(0.5)
        os.killpg(build.pid, signal.SIGINT)  # Ctrl-C: the terminal signals every process of the build
        _, rest = build.communicate(timeout=20)
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)

    assert FORKED in "".join(lines)
    assert build.returncode == 1 and "Aborted!" in rest
    assert "Traceback" not in rest  # neither the build's nor the forked processes'
    assert processes_matching(str(site)) == ""


def test_with_a_plugin_that_gathers_every_language_the_languages_are_built_in_turn(tmp_path):
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("plugins:\n", "plugins:\n  - search\n"),
                      "utf-8")

    result = _build(project, tmp_path / "site")

    assert result.returncode == 0, result.stderr
    assert ("the languages are built one after the other: material/search may gather from each "
            "language's build" in result.stderr)
    assert FORKED not in result.stderr
    entries = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text("utf-8"))
    assert any(doc["location"].startswith("en/") for doc in entries["docs"])

"""The build object (thidua/build/sitebuild.py) as MkDocs sees it through hooks/archive.py, and
when it forks."""

from __future__ import annotations

import sys
import threading

import pytest
from mkdocs.config import load_config

from conftest import ROOT
from thidua.build.sitebuild import SiteBuild, forks


def test_the_hooks_file_gives_mkdocs_every_event_of_the_build_object_at_its_priority():
    config = load_config(str(ROOT / "mkdocs.yml"))
    ours = {name: [(method.__name__, getattr(method, "mkdocs_priority", 0))
                   for method in methods if getattr(method, "__self__", None).__class__ is SiteBuild]
            for name, methods in config.plugins.events.items()}

    assert {name for name, methods in ours.items() if methods} == {
        name.removeprefix("on_") for name in SiteBuild().events()}
    assert ours["files"] == [("_leave_out_unchanged", 50), ("_start_full_build", -200),
                             ("_add_index_pages", -200)]
    assert ours["page_context"] == [("on_page_context", -50)]
    assert ours["post_build"] == [("on_post_build", -200)]  # after mkdocs-static-i18n's (-100)


@pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")
def test_only_a_one_off_build_with_no_other_thread_forks():
    assert forks("build", {})
    assert forks("gh-deploy", {})
    assert not forks("serve", {})
    assert not forks(None, {})  # a build started from code
    assert not forks("build", {"THIDUA_PARALLEL": "off"})
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not forks("build", {})
    finally:
        stop.set()
        other.join()

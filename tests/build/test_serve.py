"""The editor's preview (`make serve`: `mkdocs serve --dirty`, which rebuilds what each change
changes; and plain `mkdocs serve`, which rebuilds everything), in one process that forks nothing
(its watcher's, server's and reload threads would be copied into every fork)."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import (
    add_hooks,
    build_env,
    build_site,
    interruptible,
    make_project,
    processes_matching,
)

# Slow (runs the preview server through several rebuilds): `make check` leaves it out.
pytestmark = pytest.mark.slow

RECORD = "content/hau-giang/2019/1460-kh-ubnd.en.md"
PAGE = "en/hau-giang/2019/1460-kh-ubnd/"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _title(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return re.search(r"<title>([^<]*)</title>", response.read().decode("utf-8"))[1]
    except OSError:  # not serving yet
        return None


def _wait_for(what, seconds: float = 90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        time.sleep(0.3)
    return what()


FORK_WITNESS = """
import os
os.register_at_fork(after_in_child=lambda: open({path!r}, "a").write(f"{{os.getpid()}}\\n"))
"""
"""A hook that writes down every process the build forks."""


def _forks(project, tmp_path):
    """Have the project's builds write down every fork; the file they write it in."""
    witness = tmp_path / "forks.txt"
    add_hooks(project, witness=FORK_WITNESS.format(path=str(witness)))
    return witness


def test_a_build_forks_and_writes_it_down(tmp_path):
    # (what the preview below must not do)
    project = make_project(tmp_path)
    witness = _forks(project, tmp_path)

    result = build_site(project, tmp_path / "site")

    assert result.returncode == 0, result.stderr
    assert len(witness.read_text().split()) >= 3  # each language's other files, English pages


def _set_title(project, line: str) -> None:
    path = project / RECORD
    lines = path.read_text("utf-8").splitlines(keepends=True)
    assert lines[1].startswith("title: ")
    lines[1] = line + "\n"
    path.write_text("".join(lines), "utf-8")


@pytest.mark.parametrize("dirty", [["--dirty"], []], ids=["make serve", "everything"])
def test_the_preview_rebuilds_each_change_and_survives_a_broken_record(tmp_path, dirty):
    project = make_project(tmp_path)
    witness = _forks(project, tmp_path)
    url = f"http://127.0.0.1:{_free_port()}/"
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        serve = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *dirty, "--dev-addr", url[7:-1]],
            cwd=project, env=build_env(), stdout=output, stderr=subprocess.STDOUT,
            preexec_fn=interruptible)
    try:
        assert _wait_for(lambda: _title(url + PAGE)), log.read_text("utf-8")

        _set_title(project, "title: A first new title")
        assert _wait_for(lambda: "A first new title" in (_title(url + PAGE) or ""))

        _set_title(project, 'title: "an unclosed quote')
        assert _wait_for(lambda: "An error happened during the rebuild" in log.read_text("utf-8"))
        assert f"{RECORD}:" in log.read_text("utf-8")  # the error names the file
        # (MkDocs holds requests until the error is fixed: "The server will appear stuck")

        _set_title(project, "title: A second new title")
        assert _wait_for(lambda: "A second new title" in (_title(url + PAGE) or ""))
        assert _title(url + "hau-giang/2019/1460-kh-ubnd/")  # and the Vietnamese page
    finally:
        serve.send_signal(signal.SIGINT)  # Ctrl-C, as an editor stops it
        serve.wait(timeout=30)
    text = log.read_text("utf-8")
    assert "the 'en' pages are built by a process of their own" not in text
    assert not witness.exists()  # three builds, and no fork
    assert "Traceback" not in text
    assert processes_matching(f"--dev-addr {url[7:-1]}") == ""
    if dirty:  # the first build builds everything, the others what changed: the plan's pages
        # and the lists that show its title
        assert "everything is built" in text
        changed = [(int(built), int(pages)) for built, pages in
                   re.findall(r"a dirty build: (\d+) of (\d+) plan and index pages", text)]
        assert len(changed) == 2 and all(0 < built < pages / 10 for built, pages in changed)

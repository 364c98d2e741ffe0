"""The processes the build hands its other files to (thidua/build/background.py, thidua/site/outputs.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import BUILD_DAY, ROOT, differing_files
from thidua.build.background import BackgroundError, Job
from thidua.build.incremental import prune
from thidua.build.writing import write_outputs
from thidua.records.archive import Archive, load_archive
from thidua.site.outputs import Build
from thidua.site.urls import LANGUAGES


def _pid_and_sum(numbers):
    return os.getpid(), sum(numbers)


def _fails(word):
    raise ValueError(f"bad {word}")


def _sleeps():
    time.sleep(60)


def test_the_work_runs_in_another_process_and_its_value_comes_back_once():
    job = Job(_pid_and_sum, [1, 2, 3])
    pid, total = job.result()
    assert total == 6 and pid != os.getpid()
    assert job.result() == (pid, 6)  # asked again: the same answer, not a second run


def _large(size):
    return ["x" * 100] * size


def test_a_large_value_does_not_keep_the_second_process_waiting(tmp_path, monkeypatch):
    # The build reads its processes' values at its end: a value larger than a pipe holds
    # kept its process alive, with its memory, until then.
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    job = Job(_large, 200_000)  # about 20 MB
    deadline = time.monotonic() + 60
    while job._process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not job._process.is_alive()  # it ended before anybody asked for its value
    assert job.result() == _large(200_000)
    assert list(tmp_path.iterdir()) == []  # nothing left behind
    small = Job(_pid_and_sum, [1])
    assert small.result()[1] == 1 and list(tmp_path.iterdir()) == []


def test_an_error_in_the_second_process_comes_back_with_its_traceback():
    job = Job(_fails, "index")
    with pytest.raises(BackgroundError) as raised:
        job.result()
    assert "ValueError: bad index" in str(raised.value) and "_fails" in str(raised.value)


def test_without_fork_the_work_runs_here_and_fails_the_same_way():
    pid, total = Job(_pid_and_sum, [1, 2], fork=False).result()
    assert (pid, total) == (os.getpid(), 3)
    job = Job(_fails, "index", fork=False)
    job.cancel()  # done already: nothing to stop
    with pytest.raises(BackgroundError) as raised:
        job.result()
    assert "ValueError: bad index" in str(raised.value) and "_fails" in str(raised.value)


def test_a_cancelled_job_stops_at_once():
    start = time.monotonic()
    job = Job(_sleeps)
    job.cancel()
    assert time.monotonic() - start < 10
    with pytest.raises(BackgroundError, match="stopped before it answered"):
        job.result()


def test_a_process_that_dies_without_an_answer_is_reported_with_its_exit_code():
    job = Job(os._exit, 3)  # as the kernel's out-of-memory killer, or a crash in C, would end it
    with pytest.raises(BackgroundError, match=r"ended without an answer \(exit code 3\)"):
        job.result()


def _interrupted():
    raise KeyboardInterrupt  # Ctrl-C: the terminal signals every process of the build


def test_a_process_interrupted_with_ctrl_c_ends_quietly(capfd):
    job = Job(_interrupted)
    with pytest.raises(BackgroundError, match=r"exit code 1\)"):
        job.result()
    assert "Traceback" not in capfd.readouterr().err  # the build reports the interruption, once


def _cancels_and_sees(job):
    job.cancel()  # in a process that did not start the job
    os.kill(job._process.pid, 0)  # raises if the job's process was stopped
    return "still running"


def test_only_the_process_that_started_a_job_can_cancel_it():
    # A process forked during the build (the English pages') inherits the build's jobs; when
    # its own build fails it must not stop the work of the build it came from.
    outer = Job(time.sleep, 60)
    try:
        assert Job(_cancels_and_sees, outer).result() == "still running"
        assert outer._process.is_alive()
    finally:
        outer.cancel()
    assert not outer._process.is_alive()


def test_the_second_process_ends_when_the_build_is_killed(tmp_path):
    script = ("import sys, time\n"
              "from thidua.build.background import Job\n"
              "job = Job(time.sleep, 60)\n"
              "print(job._process.pid, flush=True)\n"
              "time.sleep(60)\n")
    build = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(build.stdout.readline())
    os.kill(child, 0)  # running
    build.kill()
    build.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended, waiting for init to reap it


def outputs_of(archive, lang, today=BUILD_DAY):
    return Build(archive, lang, "https://example.org/", today)


def test_every_output_is_written_into_the_site_by_a_process_for_each_language(tmp_path):
    archive = load_archive(ROOT / "content")
    site = tmp_path / "site"
    jobs = [Job(write_outputs, site, outputs_of(archive, lang)) for lang in LANGUAGES]
    written = sum(job.result().written for job in jobs)
    record = archive.records[0]
    assert (site / record.url / "record.json").is_file()
    assert (site / "en" / record.url / "cite.bib").is_file()
    assert len(list((site / "search").glob("*/index.json"))) == 1  # search/<version>/
    assert len(list((site / "en" / "search").glob("*/index.json"))) == 1
    assert (site / "data" / "plans.csv").is_file()
    assert written == sum(1 for path in site.rglob("*") if path.is_file())


def test_a_dirty_build_rewrites_only_the_files_that_changed_and_deletes_what_is_gone(tmp_path):
    archive = load_archive(ROOT / "content")
    site = tmp_path / "site"
    everything = write_outputs(site, outputs_of(archive, "vi"))
    before = {path: path.stat().st_mtime_ns for path in site.rglob("*") if path.is_file()}
    again = write_outputs(site, outputs_of(archive, "vi"), everything)
    assert again.written == 0 and again.deleted == ()
    assert {path: path.stat().st_mtime_ns for path in before} == before
    later = outputs_of(archive, "vi", BUILD_DAY.replace(year=BUILD_DAY.year + 5))  # statuses change
    changed = write_outputs(site, later, again)
    assert 0 < changed.written < everything.written  # the search shards, the feeds
    fresh = tmp_path / "fresh"
    write_outputs(fresh, later)
    prune(site, changed.deleted)  # (the search files of the day before: search/<version>/)
    assert differing_files(site, fresh) == []  # the same files as a full build's
    gone = next(record for record in archive.records if not record.aliases)
    fewer = Archive(tuple(record for record in archive.records if record is not gone))
    # a record deleted: its files go, then its folder
    made = write_outputs(site, outputs_of(fewer, "vi"), changed)
    own = [path for path in made.deleted if not path.startswith("search/")]
    assert sorted(own) == sorted(f"{gone.url}{name}"
                                 for name in ("record.json", "cite.json", "cite.bib"))
    searched = sorted(path.split("/", 2)[2] for path in made.deleted if path.startswith("search/"))
    assert searched == ["docs/0.json", "facets.json", "index.json"]  # the former version's
    assert list((site / gone.url).iterdir()) == []
    prune(site, made.deleted)  # (the build does it once every process has ended)
    assert not (site / gone.url).exists() and (site / fewer.records[0].url / "record.json").exists()


def test_outputs_that_fail_in_the_second_process_fail_with_the_reason(tmp_path):
    broken = Archive(load_archive(ROOT / "content").records + (None,))  # unreadable record
    job = Job(write_outputs, tmp_path / "site", outputs_of(broken, "vi"))
    with pytest.raises(BackgroundError, match="AttributeError"):
        job.result()

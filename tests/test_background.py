"""The second process the build hands its other files to (thidua/background.py,
thidua/outputs.py)."""

from __future__ import annotations

import os
import time

import pytest

from thidua.archive import Archive, load_archive
from thidua.background import BackgroundError, Job
from thidua.outputs import StagedOutputs
from conftest import BUILD_DAY, ROOT


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


def test_an_error_in_the_second_process_comes_back_with_its_traceback():
    job = Job(_fails, "index")
    with pytest.raises(BackgroundError) as raised:
        job.result()
    assert "ValueError: bad index" in str(raised.value) and "_fails" in str(raised.value)


def test_a_cancelled_job_stops_at_once():
    start = time.monotonic()
    job = Job(_sleeps)
    job.cancel()
    assert time.monotonic() - start < 10
    with pytest.raises(BackgroundError, match="without an answer"):
        job.result()


def test_staged_outputs_are_written_beside_the_site_and_moved_into_it(tmp_path):
    archive = load_archive(ROOT / "content")
    site = tmp_path / "site"
    staged = StagedOutputs(site, archive, "https://example.org/", BUILD_DAY)
    assert staged.folder.parent == tmp_path and not site.exists()
    moved = staged.move_into(site)
    record = archive.records[0]
    assert (site / record.url / "record.json").is_file()
    assert (site / "en" / record.url / "cite.bib").is_file()
    assert (site / "search" / "index.json").is_file() and (site / "data" / "plans.csv").is_file()
    assert moved == sum(1 for path in site.rglob("*") if path.is_file())
    assert sorted(tmp_path.iterdir()) == [site]  # the staging folder is gone


def test_staged_outputs_that_fail_stop_the_build_and_leave_nothing(tmp_path):
    archive = load_archive(ROOT / "content")
    broken = Archive(archive.records + (None,))  # a record the writers cannot read
    staged = StagedOutputs(tmp_path / "site", broken, "https://example.org/", BUILD_DAY)
    with pytest.raises(BackgroundError, match="AttributeError"):
        staged.move_into(tmp_path / "site")
    assert list(tmp_path.iterdir()) == []
    discarded = StagedOutputs(tmp_path / "site", archive, "https://example.org/", BUILD_DAY)
    discarded.discard()
    assert list(tmp_path.iterdir()) == []

"""The second process the build hands the search indexes to (thidua/background.py)."""

from __future__ import annotations

import os
import time

import pytest

from thidua.background import BackgroundError, Job


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

"""A small run of the build benchmark, so that it keeps working (its times are not checked)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, add_hooks, build_env, make_project, processes_matching
from thidua.bench.builds import bench, run_build, table, tree_memory

# Slow (runs the benchmark): `make check` leaves it out.
pytestmark = pytest.mark.slow


def test_bench_builds_every_generated_record_and_reports_both_builds(tmp_path):
    report = bench(200, tmp_path, ROOT, seed=3)
    assert report["records"] == 200 and report["plan_pages_built"] == 400
    for build in ("ours", "floor", "rebuild_after_one_record", "dirty_rebuild_after_one_record"):
        run = report[build]
        assert set(run) == {"seconds", "cpu_seconds", "peak_memory_mib", "pages", "seconds_per_page",
                            "site_mib", "ok"}
        assert run["ok"] and run["pages"] > 0 and run["seconds"] > 0 and run["peak_memory_mib"] > 0
        assert run["cpu_seconds"] > 0
    assert report["rebuild_after_one_record"]["pages"] > report["ours"]["pages"]
    assert (report["dirty_rebuild_after_one_record"]["pages"]
            > report["rebuild_after_one_record"]["pages"])  # the second new record's pages
    assert report["floor"]["pages"] >= 400
    assert set(report["search_index"]) == {"vi", "en"}
    assert report["ratio"] > 0 and report["rebuild_share_of_full"] > 0
    assert report["dirty_rebuild_share_of_full"] > 0
    assert report["ms_per_record"]["ours"] == round(1000 * report["ours"]["seconds"] / 200, 3)
    assert report["ms_per_plan_page"]["floor"] == round(1000 * report["floor"]["seconds"] / 400, 3)
    lines = table(report).splitlines()
    assert lines[0] == "| N | build | seconds | CPU s | s/page | peak memory MiB | site MiB | pages |"
    assert len(lines) == 8


def test_build_phases_times_a_real_build_by_phase(tmp_path):
    project = make_project(tmp_path)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build-phases"),
                             str(tmp_path / "site")], cwd=project, env=build_env(),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1:]
            for line in result.stdout.splitlines() if line.startswith("| ")}
    assert float(rows["whole build"][0]) > 0
    pages = sum(1 for path in (tmp_path / "site").rglob("*.html")  # (the redirects at a moved
                if 'http-equiv="refresh"' not in path.read_text("utf-8"))  # plan's old addresses
                                                                          # are written, not rendered)
    assert int(rows["reading and converting pages"][1]) > 10
    rendered = sum(int(row[1]) for name, row in rows.items() if name.startswith("rendering"))
    assert rendered == pages - 1  # every page but the 404 page, which is a theme template


def test_a_failed_build_is_reported_with_what_it_printed_however_long(tmp_path):
    project = make_project(tmp_path)
    # 3,000 errors printed (a build run with -q prints errors): more than a pipe holds, which
    # once left the bench waiting forever
    add_hooks(project, loud="import logging\n"
                            "def on_config(config):\n"
                            "    for n in range(3000):\n"
                            "        logging.getLogger('mkdocs').error(f'error {n} of a loud hook')\n"
                            "    raise SystemExit('the loud hook stops the build')\n")

    with pytest.raises(RuntimeError) as failure:
        run_build(project, tmp_path / "site", build_env(), time_limit=120)  # fails, not hangs

    assert f"the build of {project} failed (exit code 1)" in str(failure.value)
    assert "the loud hook stops the build" in str(failure.value)


def test_a_build_that_outlasts_the_time_limit_is_stopped_and_reported(tmp_path):
    project = make_project(tmp_path)
    add_hooks(project, stuck="import time\n"
                             "def on_config(config):\n"
                             "    time.sleep(600)\n")

    start = time.monotonic()
    with pytest.raises(RuntimeError, match="failed \\(still running after 3 s: stopped\\)"):
        run_build(project, tmp_path / "site", build_env(), time_limit=3)
    assert time.monotonic() - start < 60
    assert processes_matching(str(tmp_path / "site")) == ""


FORKED_PAIR = """
import os, sys, time
data = b"x" * (200 * 2**20)  # written, so resident
if os.fork() == 0:
    time.sleep(60)
    os._exit(0)
print("ready", flush=True)
time.sleep(60)
"""


def test_memory_a_forked_process_shares_with_its_parent_counts_once():
    process = subprocess.Popen([sys.executable, "-c", FORKED_PAIR], stdout=subprocess.PIPE,
                               start_new_session=True)
    try:
        assert process.stdout.readline() == b"ready\n"
        # Each of the two holds the 200 MB as resident; together they use it once.
        assert 200 * 2**20 <= tree_memory(process.pid) < 260 * 2**20
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

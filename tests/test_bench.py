"""A small run of the build benchmark, so that it keeps working (its times are not checked)."""

from __future__ import annotations

from thidua.bench import bench, table
from conftest import ROOT


def test_bench_builds_every_generated_record_and_reports_both_builds(tmp_path):
    report = bench(200, tmp_path, ROOT, seed=3)
    assert report["records"] == 200 and report["plan_pages_built"] == 400
    for build in ("ours", "floor", "rebuild_after_one_record"):
        run = report[build]
        assert set(run) == {"seconds", "cpu_seconds", "peak_rss_mb", "pages", "seconds_per_page",
                            "site_mb", "ok"}
        assert run["ok"] and run["pages"] > 0 and run["seconds"] > 0 and run["peak_rss_mb"] > 0
        assert run["cpu_seconds"] > 0
    assert report["rebuild_after_one_record"]["pages"] > report["ours"]["pages"]
    assert report["floor"]["pages"] >= 400
    assert set(report["search_index"]) == {"vi", "en"}
    assert report["ratio"] > 0 and report["rebuild_share_of_full"] > 0
    assert report["ms_per_record"]["ours"] == round(1000 * report["ours"]["seconds"] / 200, 3)
    lines = table(report).splitlines()
    assert lines[0] == "| N | build | seconds | CPU s | s/page | peak RSS MB | site MB | pages |"
    assert len(lines) == 7

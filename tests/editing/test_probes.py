"""`thidua ingest-probes`: ingest's drafts of texts written to test it, against the values a careful reader accepts
(thidua/editing/probes.py). The probes here are our own writing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

THIDUA = Path(sys.executable).with_name("thidua")

PLAN = ("Lạng Sơn phát động thi đua năm 2024\nNgày 05/3/2024, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 41/KH-UBND "
        "phát động phong trào thi đua năm 2024.\nThời gian thi đua: từ ngày 05/3/2024 đến hết ngày 31/12/2024.")
COMMENDATION = ("Khen thưởng tập thể xuất sắc\nChiều 20/12/2023, UBND huyện tổ chức hội nghị tổng kết và trao bằng "
                "khen cho 15 tập thể có thành tích xuất sắc trong năm.")
PROBES = [
    {"id": "QA01", "language": "vi", "text": PLAN,
     "accept": {"number": ["41/KH-UBND"], "issued": ["2024-03-05"], "province": ["lang-son"],
                "period": [["2024-03-05", "2024-12-31"], ["2024", "2024"]]}},
    # the same text, labelled as if it were another province's: what ingest states is counted wrong and shown
    {"id": "QA02", "language": "vi", "text": PLAN,
     "accept": {"number": [None], "issued": ["2024-03-05"], "province": ["cao-bang"], "period": [None]}},
    {"id": "QB01", "language": "vi", "text": COMMENDATION, "accept": {"refuse": True}},
]


def _probes(tmp_path: Path, probes: list, *options: str) -> subprocess.CompletedProcess:
    path = tmp_path / "probes.yaml"
    path.write_text(yaml.safe_dump(probes, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return subprocess.run([str(THIDUA), "ingest-probes", str(path), *options], capture_output=True, text=True,
                          encoding="utf-8", check=False)


def _row(output: str, field: str) -> list[str]:
    """The cells of a field's row of the printed table."""
    line = next(line for line in output.splitlines() if line.startswith(f"| {field} |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_each_field_is_counted_right_wrong_or_missed_and_each_wrong_outcome_is_shown(tmp_path):
    result = _probes(tmp_path, PROBES)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ingest over 3 probes\n")
    assert _row(result.stdout, "province")[1:4] == ["1/2 (50 %)", "1", "0"]  # Vietnamese: right / all, wrong, missed
    assert _row(result.stdout, "number")[1:4] == ["1/2 (50 %)", "1", "0"]
    assert _row(result.stdout, "period_end")[1:4] == ["1/2 (50 %)", "1", "0"]
    assert _row(result.stdout, "issued")[1:4] == ["2/2 (100 %)", "0", "0"]
    assert "near-misses refused: 1 of 1; plans refused: 0 of 2; wrong facts: 4" in result.stdout
    wrong = [line.strip() for line in result.stdout.split("wrong (", 1)[1].splitlines()[1:]]
    assert "QA02: province 'lang-son', the text says ['cao-bang']" in wrong
    assert not any(line.startswith(("QA01", "QB01")) for line in wrong)


def test_a_prefix_measures_one_set_of_a_file(tmp_path):
    result = _probes(tmp_path, PROBES, "--prefix", "QB")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ingest over 1 probes\n")
    assert "near-misses refused: 1 of 1; plans refused: 0 of 0; wrong facts: 0" in result.stdout


def test_an_entry_that_is_not_a_probe_is_named_and_nothing_is_measured(tmp_path):
    result = _probes(tmp_path, [*PROBES, {"id": "QC01", "language": "fr", "text": PLAN, "accept": {}}])
    assert result.returncode == 1
    assert "probes.yaml" in result.stderr and "entry 4" in result.stderr and "language (vi or en)" in result.stderr
    assert result.stdout == ""


"""`thidua ingest-probes`: ingest's drafts of texts written to test it, against the values a careful reader accepts
(thidua/editing/probes.py). The probes here are our own writing."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

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


FEATURE = ("Sức lan tỏa của phong trào thi đua ở Bắc Sơn\nNhững năm gần đây, đời sống người dân huyện Bắc Sơn (Lạng "
           "Sơn) được nâng lên rõ rệt nhờ các công trình dân sinh.\nCác xã đã làm được nhiều đường bê tông bằng sức dân."
           "\nUBND huyện Bắc Sơn đã phát động phong trào thi đua “Bắc Sơn chung sức xây dựng nông thôn mới”.")
"""A feature drafted as a plan, whose draft opens asking the editor to confirm its launch."""


def test_drafts_that_ask_to_confirm_the_launch_are_counted(tmp_path):
    result = _probes(tmp_path, [*PROBES, {"id": "QC01", "language": "vi", "text": FEATURE, "accept": {"refuse": True}}])
    assert result.returncode == 0, result.stderr
    assert ("drafts that ask to confirm the launch: 1 of the 1 near-misses drafted, 0 of the 2 plans drafted"
            in result.stdout)


def test_a_prefix_measures_one_set_of_a_file(tmp_path):
    result = _probes(tmp_path, PROBES, "--prefix", "QB")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ingest over 1 probes\n")
    assert "near-misses refused: 1 of 1; plans refused: 0 of 0; wrong facts: 0" in result.stdout


def test_a_field_the_probe_does_not_check_is_not_judged_and_a_period_is_judged_as_a_whole(tmp_path):
    probes = [{"id": "QD01", "language": "vi", "text": PLAN, "accept": {"province": ["lang-son"]}},
              # each half of the period stated is in a pair accepted, but no pair has both: both halves are wrong
              {"id": "QD02", "language": "vi", "text": PLAN,
               "accept": {"period": [["2024-03-05", "2024-06-30"], ["2024-01-01", "2024-12-31"]]}}]
    result = _probes(tmp_path, probes)
    assert result.returncode == 0, result.stderr
    assert _row(result.stdout, "number")[1:4] == ["-", "0", "0"]  # checked by neither probe
    assert _row(result.stdout, "province")[1:4] == ["1/1 (100 %)", "0", "0"]
    assert _row(result.stdout, "period_start")[1:4] == ["0/1 (0 %)", "1", "0"]
    assert _row(result.stdout, "period_end")[1:4] == ["0/1 (0 %)", "1", "0"]


@pytest.mark.parametrize("accept, says", [
    ({"number": "41/KH-UBND"}, "QC01.accept.number"),  # a value, not a list: it would be read as a substring
    ({"issued": [datetime.date(2024, 3, 5)]}, "quote it ('2024-03-05')"),
    ({"period": ["2024-03-05", "2024-12-31"]}, "a list of [start, end] pairs"),
    ({"provnce": ["lang-son"]}, "unknown fields provnce"),
    ({"refuse": True, "number": [None]}, "refuse: true alone"),
])
def test_a_probe_whose_accept_is_not_one_is_named_with_its_line_and_nothing_is_measured(tmp_path, accept, says):
    result = _probes(tmp_path, [*PROBES, {"id": "QC01", "language": "vi", "text": PLAN, "accept": accept}])
    assert result.returncode == 1
    assert says in result.stderr and "probes.yaml:" in result.stderr and "QC01" in result.stderr
    line = int(result.stderr.split("probes.yaml:", 1)[1].split(":", 1)[0])
    assert (tmp_path / "probes.yaml").read_text(encoding="utf-8").splitlines()[line - 1] == "- id: QC01"
    assert result.stdout == ""


YEARLESS = ("Lạng Sơn phát động thi đua\nSáng 12/3, UBND tỉnh Lạng Sơn tổ chức lễ phát động đợt thi đua cao điểm chào "
            "mừng Đại hội Đảng bộ tỉnh.")


def test_a_probe_may_give_the_article_date_an_editor_gives_ingest(tmp_path):
    dated = {"id": "QD01", "language": "vi", "text": YEARLESS, "accept": {"issued": ["2025-03-12"]}}
    assert _row(_probes(tmp_path, [dated]).stdout, "issued")[1:4] == ["0/1 (0 %)", "0", "1"]  # the text has no year
    given = _probes(tmp_path, [{**dated, "published": "2025-03-12"}])
    assert _row(given.stdout, "issued")[1:4] == ["1/1 (100 %)", "0", "0"]
    wrong = _probes(tmp_path, [{**dated, "published": "2025-13-12"}])
    assert wrong.returncode == 1 and "QD01.published: '2025-13-12' has no month 13" in wrong.stderr


def test_a_language_an_id_given_twice_or_a_set_no_probe_is_in_is_refused(tmp_path):
    assert "'fr' is not one of vi, en" in _probes(tmp_path, [{**PROBES[0], "language": "fr"}]).stderr
    assert "QA01.id: the id is given twice" in _probes(tmp_path, [PROBES[0], PROBES[0]]).stderr
    assert "no probe's id is Q and two digits" in _probes(tmp_path, PROBES, "--prefix", "Q").stderr



def test_the_keep_test_names_the_probes_a_change_makes_wrong(tmp_path):
    """scripts/ingest-probes-against REV: the probes ingest gets wrong with the working tree's code and not with REV's
    (here a clone whose judging is broken on purpose), and none where the code is REV's; its worktree is removed."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    probes = tmp_path / "probes.yaml"
    probes.write_text(yaml.safe_dump(PROBES, allow_unicode=True, sort_keys=False), encoding="utf-8")
    script = [sys.executable, str(ROOT / "scripts" / "ingest-probes-against"), "HEAD", str(probes)]

    def keep_test() -> str:
        return subprocess.run(script, cwd=clone, capture_output=True, text=True, encoding="utf-8", check=True).stdout

    assert keep_test() == "wrong now, not at HEAD: 0\nwrong at HEAD, not now: 0\n"
    judging = clone / "thidua" / "editing" / "probes.py"
    source = judging.read_text(encoding="utf-8")
    assert "right = got in accept[name]" in source
    judging.write_text(source.replace("right = got in accept[name]", "right = False"), encoding="utf-8")
    report = keep_test()
    assert report.startswith("wrong now, not at HEAD: 4\n")  # QA01's number, issued and province, QA02's issued
    assert "  QA01: province 'lang-son', the text says ['lang-son']\n" in report
    assert report.endswith("wrong at HEAD, not now: 0\n")
    listed = subprocess.run(["git", "worktree", "list"], cwd=clone, capture_output=True, text=True, check=True).stdout
    assert len(listed.splitlines()) == 1

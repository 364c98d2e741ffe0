"""The synthetic corpus: valid, varied and the same for the same seed."""

from __future__ import annotations

import hashlib

from click.testing import CliRunner

from conftest import ROOT
from thidua.cli import main
from thidua.records.archive import check_archive
from thidua.records.loader import read_body
from thidua.records.record import record_file


def digest(folder) -> str:
    files = sorted(p for p in folder.rglob("*.md"))
    return hashlib.sha256(b"".join(p.relative_to(folder).as_posix().encode() + p.read_bytes()
                                   for p in files)).hexdigest()


def test_two_hundred_generated_records_all_pass_validation(tmp_path):
    out = tmp_path / "content"
    result = CliRunner().invoke(main, ["corpus", str(out), "--records", "200", "--seed", "7",
                                       "--content", str(ROOT / "content")])
    assert result.exit_code == 0, result.output
    assert result.output == f"200 records written to {out}\n"
    archive, problems = check_archive(out)
    assert problems == []
    records = archive.records
    assert len(records) == 200
    assert len({r.province for r in records}) > 30
    assert {r.year for r in records} <= set(range(2010, 2027)) and len({r.year for r in records}) > 10
    assert any(r.issued is None for r in records) and any(r.issued and r.issued.day is None
                                                          for r in records)
    assert any(r.number is None for r in records) and any(r.issuer_code for r in records)
    english = sum(1 for r in records if r.english)
    assert 150 < english < 200
    answering = sum(1 for r in records if r.movement)  # half of the themes answer a movement
    assert 50 < answering < 150 and {m for r in records for m in r.movement} >= {"nong-thon-moi"}
    assert all(300 <= len(read_body(record_file(out, r)).split()) <= 1600 for r in records)
    again = tmp_path / "again"
    CliRunner().invoke(main, ["corpus", str(again), "--records", "200", "--seed", "7",
                              "--content", str(ROOT / "content")])
    assert digest(out) == digest(again)


def test_corpus_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "x.md").write_text("x", "utf-8")
    result = CliRunner(mix_stderr=False).invoke(main, ["corpus", str(tmp_path), "--records", "1"])
    assert result.exit_code == 2 and "is not empty" in result.stderr

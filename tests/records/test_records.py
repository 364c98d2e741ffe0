"""The archive's real records: faithful to their source articles, complete in English."""

from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import ROOT
from thidua.records.archive import load_archive, record_files
from thidua.records.loader import read_body
from thidua.records.record import record_file

SEEDS = ROOT.parent / "shared" / "seeds"
ARCHIVE = load_archive(ROOT / "content")


def text(record, english: bool = False) -> str:
    return read_body(record_file(ROOT / "content", record, english))


def paragraphs(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


@pytest.mark.parametrize("record", ARCHIVE.records, ids=lambda r: r.url)
def test_every_record_has_an_english_file_paragraph_for_paragraph(record):
    assert record.english is not None, f"{record.path} has no English file"
    assert len(paragraphs(text(record, english=True))) == len(paragraphs(text(record)))


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed articles are not beside the repo")
@pytest.mark.parametrize("record", ARCHIVE.records, ids=lambda r: r.url)
def test_every_paragraph_is_printed_in_a_seed_article(record):
    seeds = [unicodedata.normalize("NFC", path.read_text("utf-8")) for path in SEEDS.glob("*.txt")]
    source = [seed for seed in seeds if paragraphs(text(record))[1] in seed]
    assert len(source) == 1, f"{record.path}: no single seed article holds its text"
    for paragraph in paragraphs(text(record)):
        assert paragraph in source[0], paragraph[:60]


def test_the_five_seed_records_are_in_the_archive():
    assert sorted(record.url for record in ARCHIVE.records) == [
        "can-tho/2023/97-kh-ubnd/", "cao-bang/2023/2255-kh-ubnd/",
        "da-nang/2024/kh-ubnd-2024-02-20/", "hai-phong/2021/220-kh-ubnd/",
        "hau-giang/2019/1460-kh-ubnd/"]
    assert len(record_files(ROOT / "content")) == 10


def test_the_facts_a_careful_reader_takes_from_the_texts():
    plans = ARCHIVE.by_url
    hau_giang = plans["hau-giang/2019/1460-kh-ubnd/"]
    assert (str(hau_giang.period.start), str(hau_giang.period.end)) == ("2019-05", "2020-06-30")
    assert str(hau_giang.issued) == "2019-06-17"
    can_tho = plans["can-tho/2023/97-kh-ubnd/"]
    assert str(can_tho.period.end) == "2023-11-30" and "period.start" in can_tho.inferred
    assert can_tho.issued is None and str(can_tho.published) == "2023-01-18"
    cao_bang = plans["cao-bang/2023/2255-kh-ubnd/"]
    assert cao_bang.signer.name == "Hoàng Xuân Ánh"
    assert (str(cao_bang.period.start), str(cao_bang.period.end)) == ("2023-08", "2024-08")
    city = plans["da-nang/2024/kh-ubnd-2024-02-20/"]
    assert city.number is None and city.cites == ("114/NQ-HĐND", "34-CT/TU")
    assert "province" in city.inferred
    hai_phong = plans["hai-phong/2021/220-kh-ubnd/"]
    assert str(hai_phong.issued) == "2021-09-28" and hai_phong.period is None

"""The archive's real records: faithful to their source articles, complete in English."""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml

from conftest import ROOT
from thidua.records.archive import load_archive
from thidua.records.loader import read_body
from thidua.records.record import record_file

SEEDS = ROOT.parent / "shared" / "seeds"
ARCHIVE = load_archive(ROOT / "content")


def text(record, english: bool = False) -> str:
    return read_body(record_file(ROOT / "content", record, english))


def paragraphs(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


WITH_TEXT = [record for record in ARCHIVE.records if record.has_text]
WITHOUT_TEXT = [record for record in ARCHIVE.records if not record.has_text]
SEED_RECORDS = ["can-tho/2023/97-kh-ubnd/", "cao-bang/2023/2255-kh-ubnd/",
                "da-nang/2024/kh-ubnd-2024-02-20/", "hai-phong/2021/220-kh-ubnd/",
                "hau-giang/2019/1460-kh-ubnd/"]


@pytest.mark.parametrize("record", WITH_TEXT, ids=lambda r: r.url)
def test_every_record_with_its_text_has_an_english_file_paragraph_for_paragraph(record):
    assert record.english is not None, f"{record.path} has no English file"
    assert len(paragraphs(text(record, english=True))) == len(paragraphs(text(record)))


@pytest.mark.parametrize("record", WITHOUT_TEXT, ids=lambda r: r.url)
def test_every_record_without_its_text_has_an_english_title_and_summary_and_links_out(record):
    assert record.english is not None, f"{record.path} has no English file"
    assert record.english.title and record.english.summary
    assert not record.english.has_text  # no translation of a text the archive does not hold
    assert record.source and all(article.url for article in record.source)


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed articles are not beside the repo")
@pytest.mark.parametrize("record", WITH_TEXT, ids=lambda r: r.url)
def test_every_paragraph_is_printed_in_a_seed_article(record):
    seeds = [unicodedata.normalize("NFC", path.read_text("utf-8")) for path in SEEDS.glob("*.txt")]
    source = [seed for seed in seeds if paragraphs(text(record))[1] in seed]
    assert len(source) == 1, f"{record.path}: no single seed article holds its text"
    for paragraph in paragraphs(text(record)):
        assert paragraph in source[0], paragraph[:60]


def test_only_the_five_seed_records_hold_an_articles_text():
    assert sorted(record.url for record in WITH_TEXT) == SEED_RECORDS


EVALUATION = ROOT / "evaluation"
ARTICLES = {article["url"]: article["id"] for article in
            yaml.safe_load((EVALUATION / "ingest-articles.yaml").read_text("utf-8"))}
TEXTS = {record.url: EVALUATION / "texts" / f"{ARTICLES[article.url]}.txt"
         for record in WITHOUT_TEXT for article in record.source if article.url in ARTICLES}


COPIED_RUN = 20
"""Syllables running, outside quotation marks, that a summary may share with its article: the
names of congresses, anniversaries and programmes run to about fifteen; a sentence copied runs
longer."""


@pytest.mark.skipif(not any(path.exists() for path in TEXTS.values()),
                    reason="the articles' texts are not on this machine (evaluation/texts)")
@pytest.mark.parametrize("record", [r for r in WITHOUT_TEXT if r.url in TEXTS], ids=lambda r: r.url)
def test_a_summary_is_our_own_words_not_the_articles(record):
    article = unicodedata.normalize("NFC", TEXTS[record.url].read_text("utf-8")) \
        if TEXTS[record.url].exists() else ""
    own = re.sub(r"“[^”]*”|\"[^\"]*\"", " … ", record.summary)  # a quoted title or slogan is a fact
    words = re.findall(r"\w+", own.lower())
    text_words = " ".join(re.findall(r"\w+", article.lower()))
    run = COPIED_RUN  # syllables: a Vietnamese word is one or two of them
    copied = [" ".join(words[i:i + run]) for i in range(len(words) - run + 1)
              if " ".join(words[i:i + run]) in text_words]
    assert not copied, f"{record.path}: the summary copies the article: {copied[0]!r}"


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

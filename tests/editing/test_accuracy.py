"""`thidua ingest-accuracy`: ingest's drafts of saved articles against the facts a reader took
from them (thidua/editing/accuracy.py). The articles here are our own writing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from thidua.editing.accuracy import (
    MISSED,
    RIGHT,
    WRONG,
    Article,
    fingerprint,
    judge,
    load_articles,
)
from thidua.records.problems import InvalidArchive

PLAN = """Cao Bằng phát động thi đua năm 2023
Ngày 01/3/2023, UBND tỉnh Cao Bằng ban hành Kế hoạch số 12/KH-UBND phát động phong trào thi đua
lập thành tích chào mừng kỷ niệm ngày thành lập tỉnh.
Thời gian thi đua: từ tháng 3/2023 đến hết ngày 31/12/2023.
"""
REPORT = """Tổng kết công tác năm
Hội nghị tổng kết đã khen thưởng 20 tập thể và 35 cá nhân có thành tích xuất sắc.
"""
THIDUA = Path(sys.executable).with_name("thidua")
FACTS = {"number": "12/KH-UBND", "issued": "2023-03-01", "province": "cao-bang",
         "period_start": "2023-03", "period_end": "2023-12-31"}


def _accuracy(facts: Path, texts: Path, *options: str) -> str:
    """What `thidua ingest-accuracy FACTS --texts TEXTS …` prints (it must succeed)."""
    result = subprocess.run([str(THIDUA), "ingest-accuracy", str(facts), "--texts", str(texts), *options],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _article(expected=None, refuse=None, held_out=False, id_="vi-001") -> Article:
    return Article(id_, "https://example.org/a", "vi", "near-miss" if refuse else "news",
                   held_out, expected, refuse)


def test_each_fact_is_right_wrong_or_missed():
    assert judge(_article(FACTS), PLAN).outcomes == {name: RIGHT for name in FACTS}
    # The reader saw another number, and no period end: ingest's are wrong facts.
    judged = judge(_article({**FACTS, "number": "13/KH-UBND", "period_end": None}), PLAN)
    assert judged.outcomes["number"] == WRONG and judged.outcomes["period_end"] == WRONG
    # A report on results: ingest refuses it; as a plan, every fact is missed.
    assert judge(_article(FACTS), REPORT).outcomes == {name: MISSED for name in FACTS}
    refused = judge(_article(refuse="a report on results"), REPORT)
    assert refused.refused and refused.outcomes == {}


def test_the_command_reports_per_field_and_language_apart_from_the_held_aside(tmp_path):
    facts = tmp_path / "articles.yaml"
    facts.write_text(textwrap.dedent("""\
        - id: vi-001
          url: https://example.org/1
          language: vi
          shape: news
          expected: {number: 12/KH-UBND, issued: 2023-03-01, province: cao-bang,
                     period_start: 2023-03, period_end: 2023-12-31}
        - id: vi-002
          url: https://example.org/2
          language: vi
          shape: news
          held_out: true
          expected: {number: 13/KH-UBND, issued: 2023-03-01, province: cao-bang,
                     period_start: 2023-03, period_end: 2023-12-31}
        - id: nm-001
          url: https://example.org/3
          language: vi
          shape: near-miss
          refuse: a report on results
        - id: vi-003
          url: https://example.org/4
          language: vi
          shape: news
          expected: {number: 1/KH-UBND}
        """), "utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in (("vi-001", PLAN), ("vi-002", PLAN), ("nm-001", REPORT)):
        (texts / f"{name}.txt").write_text(text, "utf-8")

    out = _accuracy(facts, texts)
    assert out.startswith("ingest over 3 articles whose text is present (1 absent: vi-003)")
    development, held = out.split("held aside (1 articles)")
    assert "| number | 1/1 (100 %) | 0 | 0 | - | 0 | 0 |" in development
    assert "near-misses refused: 1 of 1; plans refused: 0 of 1; wrong facts: 0" in development
    assert "| number | 0/1 (0 %) | 1 | 0 |" in held
    assert "wrong facts: 1" in held
    assert "vi-002" not in out  # a held-aside article's mistakes are counted, not shown
    assert "drafts that ask to confirm the launch: 0 of the 0 near-misses drafted, 0 of the 1 plans drafted" \
        in development


FEATURE = """Sức sống phong trào thi đua ở Trùng Khánh
Những năm gần đây, đời sống người dân huyện Trùng Khánh (Cao Bằng) được nâng lên rõ rệt.
Các xã đã hoàn thành nhiều công trình dân sinh bằng sức dân và sự hỗ trợ của Nhà nước.
UBND huyện đã phát động phong trào thi đua “Trùng Khánh chung sức xây dựng nông thôn mới”.
"""


def test_near_misses_drafted_with_their_launch_left_to_confirm_are_counted():
    assert judge(_article(refuse="a feature on a movement under way"), FEATURE).doubted
    assert not judge(_article(FACTS), PLAN).doubted


def test_a_facts_file_with_mistakes_names_each_with_its_line(tmp_path):
    facts = tmp_path / "articles.yaml"
    facts.write_text(textwrap.dedent("""\
        - id: vi-001
          url: https://example.org/1
          language: fr
          shape: news
          expected: {number: 1/KH}
        - id: vi-002
          url: https://example.org/2
          language: vi
          shape: news
          expected: {numero: 1/KH}
          refuse: not a plan
        """), "utf-8")

    with pytest.raises(InvalidArchive) as error:
        load_articles(facts)

    report = error.value.report()
    assert f"{facts}:1: vi-001.language: 'fr' is not one of vi, en" in report
    assert f"{facts}:6: vi-002.expected: give either the expected facts or" in report


def test_an_article_s_date_its_gatherer_noted_is_given_to_ingest_as_an_editor_gives_it(tmp_path):
    facts = tmp_path / "articles.yaml"
    entry = textwrap.dedent("""\
        - id: vi-001
          url: https://example.org/1
          language: vi
          shape: news
          expected: {number: null, issued: '2025-03-12', province: lang-son, period_start: null, period_end: null}
        """)
    text = ("Lạng Sơn phát động thi đua\nSáng 12/3, UBND tỉnh Lạng Sơn tổ chức lễ phát động đợt thi đua cao "
            "điểm chào mừng Đại hội Đảng bộ tỉnh.\n")
    facts.write_text(entry, "utf-8")
    assert judge(load_articles(facts)[0], text).outcomes["issued"] == MISSED  # the text alone has no year
    facts.write_text(entry + "  published: 2025-03-12\n", "utf-8")
    assert judge(load_articles(facts)[0], text).outcomes["issued"] == RIGHT
    facts.write_text(entry + "  published: 12/3/2025\n", "utf-8")
    with pytest.raises(InvalidArchive) as error:
        load_articles(facts)
    assert f"{facts}:1: vi-001.published: " in error.value.report()


def test_texts_are_stamped_and_a_copy_that_is_not_the_one_labelled_is_named(tmp_path):
    facts = tmp_path / "articles.yaml"
    facts.write_text(textwrap.dedent("""\
        # the facts of two articles
        - id: vi-001
          url: https://example.org/1
          language: vi
          shape: news
          expected: {number: 12/KH-UBND}
        - id: vi-002
          url: https://example.org/2
          language: vi
          shape: news
          expected: {number: 12/KH-UBND}
        """), "utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "vi-001.txt").write_text(PLAN, "utf-8")
    (texts / "vi-002.txt").write_text(PLAN, "utf-8")

    assert _accuracy(facts, texts, "--stamp") == "2 articles stamped with their text's fingerprint\n"
    stamped = facts.read_text("utf-8")
    assert stamped.startswith("# the facts of two articles\n")  # the file's comments kept
    assert {article.fingerprint for article in load_articles(facts)} == {fingerprint(PLAN)}
    assert _accuracy(facts, texts, "--stamp") == "0 articles stamped with their text's fingerprint\n"
    # saved again with other spaces (a non-breaking one lost, lines rejoined): the same copy
    (texts / "vi-001.txt").write_text(PLAN.replace("\n", "  \n").replace(" ", "\u00a0", 1), "utf-8")
    # another version of the page: not the copy its facts were taken from
    (texts / "vi-002.txt").write_text(PLAN.replace("12/KH-UBND", "14/KH-UBND"), "utf-8")
    out = _accuracy(facts, texts)
    assert "1 whose saved text is not the copy labelled" in out and out.splitlines()[1].endswith(": vi-002")


def test_a_fingerprint_of_digits_alone_is_stamped_as_text_and_an_unquoted_one_is_named(tmp_path):
    digits = "Bài viết số 2772\n"  # its fingerprint has no letter: unquoted, YAML would read a number
    facts = tmp_path / "articles.yaml"
    facts.write_text("- id: vi-001\n  url: https://example.org/1\n  language: vi\n  shape: news\n"
                     "  expected: {number: 12/KH-UBND}\n", "utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "vi-001.txt").write_text(digits, "utf-8")

    _accuracy(facts, texts, "--stamp")

    assert fingerprint(digits).isdigit()
    assert [article.fingerprint for article in load_articles(facts)] == [fingerprint(digits)]
    assert "not the copy labelled" not in _accuracy(facts, texts)
    facts.write_text(facts.read_text("utf-8").replace(f"'{fingerprint(digits)}'", fingerprint(digits)), "utf-8")
    with pytest.raises(InvalidArchive) as error:
        load_articles(facts)
    assert f"vi-001.fingerprint: {int(fingerprint(digits))} is read as a number: quote it" in error.value.report()

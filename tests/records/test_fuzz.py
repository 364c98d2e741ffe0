"""Property-based tests: whatever an editor or an article brings, the loader, the date parser,
the slug maker and the validator either accept it or report problems; no exception escapes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import record_text
from thidua.records.archive import check_archive
from thidua.records.dates import DateError, PartialDate
from thidua.records.folding import slugify
from thidua.records.loader import read_source
from thidua.records.problems import Problem

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAMLISH = st.text(alphabet=st.sampled_from(list("abcđĐ: -[]{}!&*#|>'\"\n\t123,.?%@`~\\/\u200b\u202e")),
                  max_size=200)


@FUZZ
@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.none()))
def test_dates_parse_or_say_why(value):
    try:
        date = PartialDate.parse(value)
    except DateError as error:
        assert str(error)
    else:
        assert PartialDate.parse(str(date)) == date


@FUZZ
@given(st.text(max_size=60))
def test_slugs_are_always_url_safe(text):
    slug = slugify(text)
    assert all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug)
    assert not slug.startswith("-") and not slug.endswith("-") and "--" not in slug


@FUZZ
@given(st.one_of(YAMLISH, st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_any_frontmatter_loads_or_yields_problems(head):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.md"
        path.write_text(f"---\n{head}\n---\n\nNội dung.\n", "utf-8")
        source, problems = read_source(path, "content/x.md")
        assert all(isinstance(p, Problem) and p.line >= 1 for p in problems)
        assert isinstance(source.data, dict)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_load_or_yield_problems(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.md"
        path.write_bytes(data)
        _, problems = read_source(path, "content/x.md")
        assert all(isinstance(p, Problem) for p in problems)


FIELD_VALUES = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.booleans(),
                         st.lists(st.text(max_size=10), max_size=3),
                         st.dictionaries(st.text(max_size=8), st.text(max_size=10), max_size=3))


@FUZZ
@given(st.dictionaries(st.sampled_from(["title", "summary", "number", "type", "issuer",
                                        "issuer_level", "province", "issued", "published",
                                        "period", "signer", "topics", "cites", "source",
                                        "inferred", "aliases", "issuer_code", "unknown"]),
                       FIELD_VALUES, max_size=8),
       st.text(max_size=200))
def test_the_validator_reports_problems_and_never_raises(changes, body):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        path = content / "cao-bang" / "2023" / "12-kh-ubnd.md"
        path.parent.mkdir(parents=True)
        path.write_text(record_text(body=body or "x", **changes), "utf-8")
        archive, problems = check_archive(content)
        assert all(isinstance(p, Problem) and p.path.endswith("12-kh-ubnd.md") for p in problems)
        assert len(archive.records) + (1 if problems else 0) >= 1


def test_long_values_and_invisible_characters_are_kept_as_text(tmp_path):
    content = tmp_path / "content"
    path = content / "cao-bang" / "2023" / "12-kh-ubnd.md"
    path.parent.mkdir(parents=True)
    long_slogan = "Thi đua " * 12_500  # 100,000 characters
    path.write_text(record_text(slogan=long_slogan, occasion="a\u200bb\u202ec\u2066d"), "utf-8")
    archive, problems = check_archive(content)
    assert problems == []
    record = archive.records[0]
    assert record.slogan == long_slogan.strip() and record.occasion == "a\u200bb\u202ec\u2066d"

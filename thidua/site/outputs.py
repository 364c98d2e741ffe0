"""Every file the build writes besides the pages, as one table of writers.

Each writer takes a :class:`Build` (the archive, the language being built, the site's address
and the build date), and a record if it writes the files of one record, and yields ``(site
path, text)`` pairs. JSON, CSV, the search index and the rest go through the same seam; the
build writes them (thidua/build/writing.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterator

from thidua.records.archive import Archive
from thidua.records.model import Record
from thidua.records.record import alias_paths
from thidua.site import citation, exports, feeds, search, urls
from thidua.site.urls import LANGUAGES, page_file, site_path

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
    return [site_path(path, lang) for path in [record.url, *alias_paths(record)]]


def record_files(record: Record, build: Build) -> Output:
    """``<plan>/record.json`` next to the plan's page, in each language."""
    text = exports.dumps(exports.record_data(record, build.site_url)) + "\n"
    for folder in _folders(record, build.lang):
        yield f"{folder}record.json", text


def citation_files(record: Record, build: Build) -> Output:
    """``<plan>/cite.json`` (CSL-JSON) and ``<plan>/cite.bib`` (BibTeX), in each language."""
    csl = exports.dumps(citation.csl_json(record, build.lang, build.site_url)) + "\n"
    bib = citation.bibtex(record, build.lang, build.site_url)
    for folder in _folders(record, build.lang):
        yield f"{folder}cite.json", csl
        yield f"{folder}cite.bib", bib


def redirect_files(record: Record, build: Build) -> Output:
    """A redirect page at each former address of a moved record (its ``aliases``)."""
    target = site_path(record.url, build.lang)
    for alias in alias_paths(record):
        source = site_path(alias, build.lang)
        yield (page_file(alias, build.lang),
               urls.redirect_page(urls.absolute(build.site_url, target),
                                  urls.relative_path(source, target), build.lang))


def vacated_year_files(build: Build) -> Output:
    """A redirect to the province's page at each province-year page a moved record left with
    no plan (its alias was the only plan of that province and year), so a published address
    keeps working."""
    kept = {f"{record.province}/{record.year}/" for record in build.archive.records}
    for record in build.archive.records:
        for alias in alias_paths(record):
            province, year = alias.split("/")[:2]
            listing = f"{province}/{year}/"
            if listing in kept:
                continue
            kept.add(listing)  # (once, whatever the number of plans that left it)
            source, target = site_path(listing, build.lang), site_path(f"{province}/", build.lang)
            yield (page_file(listing, build.lang),
                   urls.redirect_page(urls.absolute(build.site_url, target),
                                      urls.relative_path(source, target), build.lang, listing=True))


def data_files(build: Build) -> Output:
    """``/data/plans.csv``, ``/data/plans.jsonl`` and ``/data/record.schema.json`` (once)."""
    if build.lang != LANGUAGES[0]:
        return
    data = [exports.record_data(record, build.site_url) for record in build.archive.records]
    yield "data/plans.csv", exports.plans_csv(data)
    yield "data/plans.jsonl", exports.plans_jsonl(data)
    yield "data/record.schema.json", exports.dumps(exports.record_schema(build.site_url)) + "\n"


def search_files(build: Build) -> Output:
    """The language's search index, filters and display shards, in a folder of their own next
    to its search page (``search/<version>/``: never an index of one build with the shards of
    another)."""
    data = search.search_data(build.archive.records, build.lang, build.today)
    folder = site_path(f"search/{data.version}/", build.lang)
    yield f"{folder}index.json", exports.dumps(data.index, indent=None)
    yield f"{folder}facets.json", exports.dumps(data.facets, indent=None)
    for number, shard in enumerate(data.shards):
        yield f"{folder}docs/{number}.json", exports.dumps(shard, indent=None)


def feed_files(build: Build) -> Output:
    """Atom feeds of the newest plans: the whole archive and each province."""
    yield from feeds.feeds(build.archive.records, build.lang, build.site_url, build.today)


RECORD_WRITERS: list[Callable[[Record, Build], Output]] = [record_files, citation_files,
                                                          redirect_files]
"""The files made of one record each: each depends on its record, on ``Build.lang``,
``site_url`` and ``today`` and on the code (thidua/build/incremental.py's build key), never on the
other records."""
ARCHIVE_WRITERS: list[Callable[[Build], Output]] = [data_files, search_files, feed_files,
                                                    vacated_year_files]
"""The files made of the whole archive."""

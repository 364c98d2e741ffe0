"""Every file the build writes besides the pages, as one table of writers.

Each writer takes a :class:`Build` (the archive, the language being built, the site's address
and the build date), and a record if it writes the files of one record, and yields ``(site
path, text)`` pairs; :func:`write_outputs` writes them all into the site folder. JSON, CSV, the
search index and the rest go through the same seam. A build writes each language's in a
process of its own while the pages render (hooks/archive.py); a dirty build only what changed.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

from thidua import citation, exports, feeds, search, urls
from thidua.archive import Archive
from thidua.incremental import Made, delete, record_digests
from thidua.model import Record
from thidua.urls import LANGUAGES, page_file, site_path

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
    return [site_path(path, lang) for path in [record.url, *urls.alias_paths(record)]]


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
    for alias in urls.alias_paths(record):
        source = site_path(alias, build.lang)
        yield (page_file(alias, build.lang),
               urls.redirect_page(urls.absolute(build.site_url, target),
                                  urls.relative_path(source, target), build.lang))


def data_files(build: Build) -> Output:
    """``/data/plans.csv``, ``/data/plans.jsonl`` and ``/data/record.schema.json`` (once)."""
    if build.lang != LANGUAGES[0]:
        return
    data = [exports.record_data(record, build.site_url) for record in build.archive.records]
    yield "data/plans.csv", exports.plans_csv(data)
    yield "data/plans.jsonl", exports.plans_jsonl(data)
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


RECORD_WRITERS: list[Callable[[Record, Build], Output]] = [record_files, citation_files,
                                                          redirect_files]
"""The files made of one record each: each depends on its record, on ``Build.lang``,
``site_url`` and ``today`` and on the code (thidua/incremental.py's build key), never on the
other records."""
ARCHIVE_WRITERS: list[Callable[[Build], Output]] = [data_files, search_files, feed_files]
"""The files made of the whole archive."""


def write_outputs(site_dir: Path, build: Build, previous: Optional[Made] = None) -> Made:
    """Write every output of ``build`` under ``site_dir``; return what was made.

    ``previous``, in a dirty build (``mkdocs build --dirty``: the site folder is kept), is
    what the last build made (thidua/incremental.py): the files of a record that is as it was
    (and whose files are there) are left as they are, a file of the whole archive that holds
    its text already is not written again (after one more record, most of 60,000 files), and
    what the last build made and this one does not is deleted, but for this build's plan pages
    (a redirect may give way to a plan page)."""
    made = Made()
    kept = previous.records if previous else {}
    digests = record_digests(build.archive.records)
    folder = str(site_dir)
    for record in build.archive.records:
        value = digests[record.url]
        before = kept.get(record.url)
        if before and before[0] == value and all(os.path.isfile(f"{folder}/{path}")
                                                 for path in before[1]):
            made.records[record.url] = before
            continue
        paths = []
        for writer in RECORD_WRITERS:
            for path, text in writer(record, build):
                _write(site_dir / path, text.encode("utf-8"))
                paths.append(path)
        made.records[record.url] = (value, tuple(paths))
        made.written += len(paths)
    files = []
    for writer in ARCHIVE_WRITERS:
        for path, text in writer(build):
            data = text.encode("utf-8")
            if previous is None or not _holds(site_dir / path, data):
                _write(site_dir / path, data)
                made.written += 1
            files.append(path)
    made.files = tuple(files)
    if previous is not None:
        now = ({path for _, paths in made.records.values() for path in paths} | set(files)
               | {page_file(record.url, build.lang) for record in build.archive.records})
        before = {path for _, paths in kept.values() for path in paths} | set(previous.files)
        made.deleted = tuple(sorted(before - now))
        delete(site_dir, made.deleted)
    return made


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.read_bytes() == data
    except OSError:
        return False

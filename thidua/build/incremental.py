"""What a dirty build builds: what every page and file is made of, digested, against the last
build's.

MkDocs' ``--dirty`` builds a page when its Markdown file is newer than its HTML, and every page
it generates. Here that is wrong both ways: a plan page also shows the plans that cite it and
its campaign's status, an index page shows hundreds of plans, and the data files are made of
records, not of pages. So the build digests what each of its pages and files is made of:

- for every page and file at once (:func:`build_key`): the package's code and data, every
  installed library's version and Python's, mkdocs.yml and what the command line sets, the
  templates and assets, the hooks, the site's own pages (home, about…: every page shows the
  titles of those in the nav), the names of the content folder's other files, and the build
  date;
- for a plan page: its record (every field, the English file's too: ``repr`` of frozen
  dataclasses), the records it cites and that cite it, the stamps of its two files
  (thidua/records/cache.py) and what the Markdown files its texts link to are (thidua/records/links.py);
- for an index page: its value, as the package computed it;
- for a record's files (thidua/site/outputs.py): its record.

It keeps the digests, with the files each record and the whole archive made, in a manifest in
the cache folder (``.cache/thidua/build-<site folder>.json``). A dirty build builds the plan and
index pages whose digest changed, the pages that are neither (home, search, data, about), and
the plans that the site's pages or texts link to (MkDocs checks the links' anchors on the pages
it builds); writes the files of the records that changed and the archive's files whose text
changed; and deletes what the last build made and this one does not (a record moved or
deleted, a feed no longer written). So it writes the site a clean build writes: the tests build
both after each kind of change and compare every file.

The manifest is taken away when a build starts and written when a dirty build has ended well
(a full build, ``make site`` and CI's, writes none: nothing compares with it). After a full,
failed or stopped build there is none, and the next dirty build builds everything, as it does
when the key changed (a new day, new code, templates or site pages; a
strict build after a lenient one) or when another build wrote into the site folder since (the
manifest holds the stamp of the sitemap the build wrote last).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Iterable, Optional

from thidua.records.archive import MARKDOWN_SUFFIXES
from thidua.records.cache import code_key, folder_name, stamp
from thidua.records.crossrefs import CrossRefs
from thidua.records.links import linked_files
from thidua.records.record import alias_paths
from thidua.site.indexes import index_pages
from thidua.site.urls import page_file


def digest(*parts: object) -> str:
    """A short digest of the parts' ``repr``: the same values, the same digest."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def build_key(config, today: dt.date) -> str:
    """What every page and file of the build of MkDocs' ``config`` depends on: the package's
    code and data, Python's and every installed library's version, mkdocs.yml, the hooks, the
    templates and assets of the theme's folder, the site's own pages (the top level of the
    content folder) and the names of the content folder's other files; what the command line
    can set (strict mode fails on what a lenient build only warns of); and the build date."""
    docs_dir = Path(config.docs_dir)
    hasher = hashlib.sha256(code_key(()).encode() + sys.version.encode())
    for name, version in sorted((dist.metadata["Name"] or "", dist.version)
                                for dist in metadata.distributions()):
        hasher.update(f"\0{name}=={version}".encode())
    files = [Path(config.config_file_path), *(Path(hook.__file__) for hook in config.hooks.values()),
             *sorted(docs_dir.glob("*.md"))]
    if config.theme.custom_dir:
        files += sorted(path for path in Path(config.theme.custom_dir).rglob("*") if path.is_file())
    for path in files:
        hasher.update(f"\0{path}\0".encode() + path.read_bytes())
    for folder, _, names in sorted(os.walk(docs_dir)):
        hasher.update("".join(f"\0{folder}/{name}" for name in sorted(names)
                              if not name.endswith(MARKDOWN_SUFFIXES)).encode())
    hasher.update(repr((config.site_url, config.use_directory_urls, config.theme.name,
                        config.docs_dir, config.strict, today.isoformat())).encode("utf-8"))
    return hasher.hexdigest()


def record_digests(records: Iterable) -> dict[str, str]:
    """The digest of each record (its every field, the English file's included), by its site
    path: what the files made of one record each are made of (thidua/site/outputs.py)."""
    return {record.url: digest(record) for record in records}


def page_digests(archive, refs: CrossRefs, pages: Iterable, lang: str,
                 records: dict[str, str]) -> dict[str, str]:
    """The digest of each plan page and each index page of ``lang``, by the page's file in
    the site folder (``pages``: the index pages; ``records``: :func:`record_digests`)."""
    digests = {}
    for record in archive.records:
        cites = tuple((citation.number, records[citation.target.url] if citation.target else None)
                      for citation in refs.cites.get(record.url, ()))
        cited_by = tuple(records[citing.url] for citing in refs.cited_by.get(record.url, ()))
        stamps = (archive.stamps.get(record.path),
                  archive.stamps.get(record.english.path) if record.english else None)
        links = tuple((link, _digest_of(archive.record_of(link), records))
                      for link in _links(record))
        digests[page_file(record.url, lang)] = digest(lang, records[record.url], cites,
                                                      cited_by, stamps, links)
    for page in pages:
        digests[page_file(page.path, lang)] = digest(lang, page)
    return digests


def site_digests(archive, refs: CrossRefs, today: dt.date, languages: Iterable[str],
                 index: Optional[dict[str, list]] = None) -> dict[str, dict[str, str]]:
    """:func:`page_digests` of every language; ``index``: the index pages of the languages
    whose pages are computed already."""
    index = index or {}
    records = record_digests(archive.records)
    return {lang: page_digests(archive, refs, index.get(lang) or
                               index_pages(archive.records, lang, today), lang, records)
            for lang in languages}


def _links(record) -> tuple[str, ...]:
    return record.links + (record.english.links if record.english else ())


def _digest_of(record, records: dict[str, str]) -> Optional[str]:
    return records[record.url] if record is not None else None


@dataclass
class Made:
    """The other files of one language (thidua/site/outputs.py): what a build made, as the next
    dirty build compares with it, and what it wrote and deleted."""

    records: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """By the record's site path: the digest of the record, and the files made of it."""
    files: tuple[str, ...] = ()
    """The files made of the whole archive (search index, data, feeds)."""
    written: int = 0
    """How many files this build wrote (not kept in the manifest)."""
    deleted: tuple[str, ...] = ()
    """The files of the last build that this one deleted (not kept in the manifest)."""


@dataclass
class Manifest:
    """What a build made, for the next dirty build."""

    key: str
    """:func:`build_key` of the build."""
    site: str
    """The site folder, as an absolute path."""
    sitemap: Optional[list]
    """The stamp of the sitemap.xml the build wrote last: another build into the same folder
    writes its own."""
    pages: dict[str, dict[str, str]]
    """By language: the digest of each plan and index page, by its file in the site folder."""
    made: dict[str, Made]
    """By language: the other files (thidua/site/outputs.py)."""

    def save(self, cache: Path) -> Path:
        """Write the manifest (and drop those of site folders that are gone: ``mkdocs
        serve`` builds into a new temporary folder each time); return its file."""
        cache.mkdir(parents=True, exist_ok=True)
        for other in cache.glob("build-*.json"):
            header = _header(other)
            if header is None or not Path(header.get("site", "")).is_dir():
                other.unlink(missing_ok=True)
        path = manifest_path(cache, Path(self.site))
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        made = {lang: {"records": value.records, "files": value.files}
                for lang, value in self.made.items()}
        with partial.open("w", encoding="utf-8") as out:
            out.write(json.dumps({"site": self.site, "key": self.key, "sitemap": self.sitemap})
                      + "\n")
            json.dump({"pages": self.pages, "made": made}, out, separators=(",", ":"))
        os.replace(partial, path)
        return path


def sitemap_stamp(site_dir: Path) -> Optional[list]:
    """The stamp of the site folder's sitemap.xml, as a manifest keeps it."""
    found = stamp(site_dir / "sitemap.xml")
    return list(found) if found else None


def take_manifest(cache: Path, site_dir: Path, key: str) -> Optional[Manifest]:
    """The manifest of the last build into ``site_dir``, removed (it is written again only if
    this build ends well); None if there is none, if it cannot be read, if it was a build of
    another ``key`` (:func:`build_key`), or if another build has written into the folder since."""
    path = manifest_path(cache, site_dir)
    manifest = None
    try:
        with path.open(encoding="utf-8") as source:
            header = json.loads(source.readline())
            if (header["key"] == key and header["site"] == str(site_dir.resolve())
                    and header["sitemap"] is not None and header["sitemap"] == sitemap_stamp(site_dir)):
                body = json.load(source)
                made = {lang: Made({url: (record[0], tuple(record[1]))
                                    for url, record in value["records"].items()},
                                   tuple(value["files"]))
                        for lang, value in body["made"].items()}
                manifest = Manifest(header["key"], header["site"], header["sitemap"],
                                    body["pages"], made)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        manifest = None
    path.unlink(missing_ok=True)
    return manifest


def manifest_path(cache: Path, site_dir: Path) -> Path:
    return cache / f"build-{folder_name(site_dir)}.json"


def _header(path: Path) -> Optional[dict]:
    try:
        with path.open(encoding="utf-8") as source:
            return json.loads(source.readline())
    except (OSError, ValueError):
        return None


@dataclass
class DirtyBuild:
    """What a dirty build builds, found against the last build's manifest."""

    previous: Manifest
    index: dict[str, list]
    """By language: the index pages."""
    digests: dict[str, dict[str, str]]
    """By language: the digest of each plan and index page, by its file."""
    stale: dict[str, set[str]]
    """By language: the plan and index pages to build (their digest changed, their file is
    gone, or a page or text links to them)."""
    deleted: list[str]
    """The pages of the last build that this one has not, deleted."""

    def builds(self, lang: str, page: str, in_nav: bool) -> bool:
        """Whether the page of ``lang`` whose file is ``page`` is built: a plan or index page
        in :attr:`stale`, and any other page (home, search, data…) and any page of the nav
        (every page shows their titles, which MkDocs reads as it builds them)."""
        return page not in self.digests[lang] or page in self.stale[lang] or in_nav

    def needs(self, lang: str, record_url: Optional[str]) -> bool:
        """Whether MkDocs' collection of files of ``lang`` needs a file, of the plan at
        ``record_url`` if it is a plan's: a plan's files only if its page is built (nothing
        that is built links to the others: what is linked to is built)."""
        return record_url is None or page_file(record_url, lang) in self.stale[lang]

    @property
    def summary(self) -> str:
        return (f"{sum(len(pages) for pages in self.stale.values())} of "
                f"{sum(len(pages) for pages in self.digests.values())} plan and index pages")


def dirty_build(previous: Manifest, archive, refs: CrossRefs, today: dt.date,
                languages: Iterable[str], site_dir: Path, docs_dir: Path) -> DirtyBuild:
    """Compare this build with the last (``previous``), and delete the pages of the last build
    that this one has not (a record deleted or moved; the page of a moved record's former
    address is written over by its redirect, thidua/site/outputs.py)."""
    languages = list(languages)
    index = {lang: index_pages(archive.records, lang, today) for lang in languages}
    digests = site_digests(archive, refs, today, languages, index)
    linked = {link for page in docs_dir.glob("*.md")
              for link in linked_files(page.read_text("utf-8", errors="replace"))}
    linked.update(link for record in archive.records for link in _links(record))
    linked_plans = {record.url for record in map(archive.record_of, linked) if record}
    folder = str(site_dir)
    stale = {lang: {page for page, value in pages.items()
                    if previous.pages.get(lang, {}).get(page) != value
                    or not os.path.isfile(f"{folder}/{page}")}
             | {page_file(url, lang) for url in linked_plans}
             for lang, pages in digests.items()}
    redirects = {page_file(alias, lang) for lang in languages for record in archive.records
                 for alias in alias_paths(record)}
    deleted = sorted(page for lang, pages in previous.pages.items() for page in pages
                     if page not in digests.get(lang, {}) and page not in redirects)
    delete(site_dir, deleted)
    return DirtyBuild(previous, index, digests, stale, deleted)


def delete(site_dir: Path, paths: Iterable[str]) -> None:
    """Delete files of the site folder (the folders they leave empty: :func:`prune`)."""
    for path in paths:
        (site_dir / path).unlink(missing_ok=True)


def prune(site_dir: Path, deleted: Iterable[str]) -> None:
    """Remove the folders that deleting files left empty. (Once nothing else writes into the
    site folder: a process may be making one of them again.)"""
    folders = {folder for path in deleted for folder in (site_dir / path).parents
               if folder.is_relative_to(site_dir) and folder != site_dir}
    for folder in sorted(folders, key=lambda folder: len(folder.parts), reverse=True):
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty

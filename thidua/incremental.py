"""What a dirty build builds: what every page and file is made of, digested, against the last
build's.

MkDocs' ``--dirty`` builds a page when its Markdown file is newer than its HTML, and every page
it generates. Here that is wrong both ways: a plan page also shows the plans that cite it and
its campaign's status, an index page shows hundreds of plans, and the data files are made of
records, not of pages. So the build digests what each of its pages and files is made of: the
values the package computes for it (``repr`` of frozen dataclasses: every field, in order),
the stamps of the files it reads (thidua/recordcache.py), and, for every page at once
(:func:`build_key`), the package's code and data, the templates, the hooks, mkdocs.yml, the
libraries' versions, the site's address and the build date. It keeps the digests, with the
files each record and the whole archive made, in a manifest in the cache folder
(``.cache/thidua/build-<site folder>.json``). A dirty build builds the pages whose digest
changed (and the few pages that are neither plans nor index pages: the home, search, data and
about pages), writes the files of the records that changed, rewrites the archive's files whose
text changed, and deletes what the last build made and this one does not (a record moved or
deleted, a feed no longer written). So it writes the site a clean build writes: the tests
build both after each kind of change and compare every file.

The manifest is taken away when a build starts and written when the whole build has ended
well: after a failed or stopped build there is none, and the next dirty build builds
everything, as it does when the key changed (a new day, new code or templates) or the site
folder is not the one the manifest describes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from thidua.crossrefs import CrossRefs
from thidua.indexes import index_pages
from thidua.recordcache import code_key
from thidua.urls import alias_paths, page_file

LIBRARIES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "Markdown", "Jinja2", "nh3",
             "lunr", "feedgenerator", "PyYAML", "python-frontmatter")
"""The libraries whose versions every page and file depends on."""


def digest(*parts: object) -> str:
    """A short digest of the parts' ``repr``: the same values, the same digest."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def build_key(config_file: Path, theme_dir: Optional[Path], hooks: Iterable[Path],
              values: tuple) -> str:
    """What every page and file of the build depends on: the package (thidua/recordcache.py's
    code key, with :data:`LIBRARIES`), mkdocs.yml, the templates and assets of ``theme_dir``,
    the hooks, and ``values`` (the site's address, the build date…)."""
    hasher = hashlib.sha256(code_key(LIBRARIES).encode())
    files = [config_file, *hooks]
    if theme_dir is not None:
        files += sorted(path for path in theme_dir.rglob("*") if path.is_file())
    for path in files:
        hasher.update(f"\0{path}\0".encode() + path.read_bytes())
    hasher.update(repr(values).encode("utf-8"))
    return hasher.hexdigest()


def record_digests(records: Iterable) -> dict[str, str]:
    """The digest of each record (its every field, the English file's included), by its site
    path: what the files made of one record each are made of (thidua/outputs.py)."""
    return {record.url: digest(record) for record in records}


def page_digests(archive, refs: CrossRefs, pages: Iterable, lang: str,
                 records: dict[str, str]) -> dict[str, str]:
    """The digest of each plan page and each index page of ``lang``, by the page's file in
    the site folder (``pages``: the index pages; ``records``: :func:`record_digests`). A plan page is made of its record,
    the documents it cites with the records the archive holds for them, the plans that cite
    it, and the texts of its two files; an index page of its value."""
    digests = {}
    for record in archive.records:
        cites = tuple((citation.number, records[citation.target.url] if citation.target else None)
                      for citation in refs.cites.get(record.url, ()))
        cited_by = tuple(records[citing.url] for citing in refs.cited_by.get(record.url, ()))
        stamps = (archive.stamps.get(record.path),
                  archive.stamps.get(record.english.path) if record.english else None)
        digests[page_file(record.url, lang)] = digest(lang, records[record.url], cites,
                                                      cited_by, stamps)
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


def linked_files(docs_dir: Path) -> set[str]:
    """The Markdown files the site's own pages (the top-level ones: home, about…) link to,
    as MkDocs names them (``can-tho/2023/97-kh-ubnd.md``): a dirty build keeps them in
    MkDocs' collection of files, so that the links resolve as in a clean build."""
    linked = set()
    for page in docs_dir.glob("*.md"):
        for target in _MARKDOWN_LINK.findall(page.read_text("utf-8", errors="replace")):
            linked.add(os.path.normpath(target.split("#")[0]).replace(os.sep, "/"))
    return linked


_MARKDOWN_LINK = re.compile(r"[\]:]\s*\(?<?([^\s()<>\[\]]+\.md)\b")
"""A relative link to a Markdown file, inline (``](a/b.md)``) or by reference (``]: a/b.md``)."""


@dataclass
class Made:
    """The files a language's other files (thidua/outputs.py) are, as the next build needs
    them: what each record made, what the whole archive made."""

    records: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """By the record's site path: the digest of the record, and the files made of it."""
    files: tuple[str, ...] = ()
    """The files made of the whole archive (search index, data, feeds)."""
    written: int = 0
    """How many files this build wrote."""
    deleted: tuple[str, ...] = ()
    """The files of the last build that this one deleted (made no more)."""


@dataclass
class Manifest:
    """What a build made, for the next dirty build."""

    key: str
    """:func:`build_key` of the build."""
    site: str
    """The site folder, as an absolute path."""
    pages: dict[str, dict[str, str]]
    """By language: the digest of each page, by its file in the site folder."""
    made: dict[str, Made]
    """By language: the other files (thidua/outputs.py)."""

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
            out.write(json.dumps({"site": self.site, "key": self.key}) + "\n")
            json.dump({"pages": self.pages, "made": made}, out, separators=(",", ":"))
        os.replace(partial, path)
        return path


def take_manifest(cache: Path, site_dir: Path, key: str) -> Optional[Manifest]:
    """The manifest of the last build into ``site_dir``, removed (it is written again only if
    this build ends well); None if there is none, if it cannot be read, or if it was a build of
    other code, templates, configuration or day (another ``key``: :func:`build_key`)."""
    path = manifest_path(cache, site_dir)
    try:
        with path.open(encoding="utf-8") as source:
            header = json.loads(source.readline())
            body = json.load(source) if header["key"] == key else None
        made = {lang: Made({url: (record[0], tuple(record[1]))
                            for url, record in value["records"].items()}, tuple(value["files"]))
                for lang, value in body["made"].items()} if body else {}
        manifest = Manifest(header["key"], header["site"], body["pages"], made) if body else None
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        manifest = None
    path.unlink(missing_ok=True)
    if manifest is None or manifest.site != str(site_dir.resolve()) or not site_dir.is_dir():
        return None
    return manifest


def manifest_path(cache: Path, site_dir: Path) -> Path:
    name = hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:16]
    return cache / f"build-{name}.json"


@dataclass
class DirtyBuild:
    """What a dirty build builds, found against the last build's manifest."""

    previous: Manifest
    index: dict[str, list]
    """By language: the index pages."""
    digests: dict[str, dict[str, str]]
    """By language: the digest of each plan and index page, by its file."""
    stale: dict[str, set[str]]
    """By language: the plan and index pages to build (their digest changed, or their file
    is gone)."""
    linked: set[str]
    """The Markdown files the site's own pages link to (:func:`linked_files`)."""

    def builds(self, lang: str, page: str, in_nav: bool) -> bool:
        """Whether the page of ``lang`` whose file is ``page`` is built: a plan or index page
        that changed, and any other page (home, search, data…) and any page of the nav (every
        page shows their titles, which MkDocs reads as it builds them)."""
        return page not in self.digests[lang] or page in self.stale[lang] or in_nav

    def needs(self, lang: str, src_uri: str, record_url: Optional[str]) -> bool:
        """Whether MkDocs' collection of files of ``lang`` needs the file ``src_uri`` (of the
        plan at ``record_url``, if it is one): the files of plans whose page is not built are
        left out (nothing that is built links to them: a plan's text keeps no relative link,
        and what the site's own pages link to is kept)."""
        return (record_url is None or page_file(record_url, lang) in self.stale[lang]
                or src_uri in self.linked)

    @property
    def summary(self) -> str:
        return (f"{sum(len(pages) for pages in self.stale.values())} of "
                f"{sum(len(pages) for pages in self.digests.values())} plan and index pages")


def dirty_build(previous: Manifest, archive, refs: CrossRefs, today: dt.date,
                languages: Iterable[str], site_dir: Path, docs_dir: Path) -> DirtyBuild:
    """Compare this build with the last (``previous``), and delete the pages of the last build
    that this one has not (a record deleted or moved; the page of a moved record's former
    address is written over by its redirect, thidua/outputs.py)."""
    index = {lang: index_pages(archive.records, lang, today) for lang in languages}
    digests = site_digests(archive, refs, today, languages, index)
    folder = str(site_dir)
    stale = {lang: {page for page, value in pages.items()
                    if previous.pages.get(lang, {}).get(page) != value
                    or not os.path.isfile(f"{folder}/{page}")}
             for lang, pages in digests.items()}
    redirects = {page_file(alias, lang) for lang in languages for record in archive.records
                 for alias in alias_paths(record)}
    delete(site_dir, sorted(page for lang, pages in previous.pages.items() for page in pages
                            if page not in digests.get(lang, {}) and page not in redirects))
    return DirtyBuild(previous, index, digests, stale, linked_files(docs_dir))


def delete(site_dir: Path, paths: Iterable[str]) -> None:
    """Delete files of the site folder, and the folders they leave empty."""
    folders = set()
    for path in paths:
        (site_dir / path).unlink(missing_ok=True)
        folders.update((site_dir / path).parents)
    for folder in sorted(folders, key=lambda folder: len(folder.parts), reverse=True):
        if folder.is_relative_to(site_dir) and folder != site_dir:
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty


def _header(path: Path) -> Optional[dict]:
    try:
        with path.open(encoding="utf-8") as source:
            return json.loads(source.readline())
    except (OSError, ValueError):
        return None


def key_values(config, today: dt.date) -> tuple:
    """What of MkDocs' configuration, beyond mkdocs.yml, changes the pages (the command line
    can set these), and the build date."""
    return (config.site_url, config.use_directory_urls, config.theme.name, config.docs_dir,
            today.isoformat())

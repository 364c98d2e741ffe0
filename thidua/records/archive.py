"""The whole archive: every record under the content folder, checked alone and together.

Gather everything, then decide: every problem of every file is collected in one run, and an
archive with any problem is not built at all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterable, Optional

from thidua.records.cache import RecordCache, Stamp, stamp
from thidua.records.folding import slugify
from thidua.records.loader import indented_paragraphs
from thidua.records.model import English, Record
from thidua.records.problems import InvalidArchive, Problem
from thidua.records.record import (
    ENGLISH_SUFFIX,
    alias_paths,
    expected_url,
    load_english,
    load_record,
)
from thidua.records.vocabulary import PEOPLES_COMMITTEE_CODE


@dataclass(frozen=True)
class Archive:
    """Every valid record, newest first."""

    records: tuple[Record, ...]
    stamps: dict[str, Optional[Stamp]] = field(default_factory=dict, compare=False, repr=False)
    """Each record file's stamp when it was checked, by its path as shown (``content/…``):
    a file changed after the check is not published unchecked (``loader.read_body``)."""

    @cached_property
    def by_url(self) -> dict[str, Record]:
        """Records by their site path (``can-tho/2023/97-kh-ubnd/``)."""
        return {record.url: record for record in self.records}

    def record_of(self, src_uri: str) -> Record | None:
        """The record a content file belongs to (``cao-bang/2023/2255-kh-ubnd.en.md`` →
        the 2255/KH-UBND record), or None for any other file."""
        if "/" not in src_uri or not src_uri.endswith(".md"):
            return None
        stem = src_uri.removesuffix(ENGLISH_SUFFIX).removesuffix(".md")
        return self.by_url.get(f"{stem}/")

    def source_of(self, src_uri: str) -> Record | English | None:
        """What a content file holds, as the archive read it: a record, or a record's English
        translation (``….en.md``); None for any other file."""
        record = self.record_of(src_uri)
        return record.english if record and src_uri.endswith(ENGLISH_SUFFIX) else record


MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
"""Every suffix MkDocs publishes as a page: a record in any of them must not slip through."""


def record_files(content_dir: Path) -> list[Path]:
    """Every record file: all Markdown below the top level (top-level files are site pages),
    in the order of their paths' parts. (Whatever bears the name, as ``Path.rglob`` would
    find it: a folder named ``x.md`` is reported as a file that cannot be read.)"""
    found = []
    for folder, folders, files in os.walk(content_dir):
        if folder != str(content_dir):
            found.extend(f"{folder}/{name}" for name in folders + files
                         if os.path.splitext(name)[1] in MARKDOWN_SUFFIXES)
    return [Path(path) for path in sorted(found, key=lambda path: path.split("/"))]


def current_stamps(content_dir: Path) -> dict[str, Optional[Stamp]]:
    """Every record file's stamp as it is now, by its path as shown: what an archive loaded
    from ``content_dir`` holds in ``stamps`` while no record file has changed."""
    content_dir = content_dir.resolve()
    return {_shown(path, content_dir.parent): stamp(path) for path in record_files(content_dir)}


def check_archive(content_dir: Path, only: list[Path] | None = None,
                  cache: Path | None = None) -> tuple[Archive, list[Problem]]:
    """Load and check every record; return the valid ones and every problem found.

    ``only`` limits the report to some files (the whole archive is still read, since
    duplicates and English siblings are judged against all of it). With a ``cache`` folder,
    a file unchanged since an earlier run is not read again (thidua/records/cache.py).
    """
    content_dir = content_dir.resolve()
    shown_root = content_dir.parent
    readings = RecordCache(content_dir, cache)
    problems: list[Problem] = []
    records: dict[Path, Record] = {}
    english_files = []
    for path in record_files(content_dir):
        shown = _shown(path, shown_root)
        if path.suffix != ".md":
            problems.append(Problem(shown, 1, "file", f"records are .md files; rename it to "
                                    f"{path.with_suffix('.md').name}"))
        if path.name.endswith(ENGLISH_SUFFIX):
            english_files.append(path)
            continue
        record, found = readings.read(path, lambda: load_record(path, content_dir, shown))
        problems.extend(found)
        if record is not None:
            records[path] = record
    for path in english_files:
        original = path.with_name(path.name[: -len(ENGLISH_SUFFIX)] + ".md")
        shown = _shown(path, shown_root)
        if not original.exists():
            problems.append(Problem(shown, 1, "file", f"is an English file with no Vietnamese "
                                    f"original; add {_shown(original, shown_root)} or remove it"))
            continue
        english, found = readings.read(path, lambda: load_english(path, content_dir, shown))
        problems.extend(found)
        if english is not None and original in records:
            record = records[original]
            for name in english.inferred.keys() - record.inferred.keys():
                line = english.lines.get(f"inferred.{name}", english.lines.get("inferred", 1))
                problems.append(Problem(shown, line, f"inferred.{name}",
                                        f"gives a reason for '{name}', which the Vietnamese file "
                                        "does not mark as inferred; remove it or mark it there"))
            records[original] = replace(record, english=english)
    problems.extend(_duplicates(records.values()))
    problems.extend(_alias_clashes(records.values()))
    if only is not None:
        wanted = {_shown(path, shown_root) for path in only}
        problems = [problem for problem in problems if problem.path in wanted]
    readings.save()
    ordered = sorted(records.values(), key=lambda record: record.newest_first)
    stamps = {_shown(path, shown_root): value for path, value in readings.stamps.items()}
    return Archive(tuple(ordered), stamps), sorted(set(problems))  # one line per distinct problem


def load_archive(content_dir: Path, cache: Path | None = None) -> Archive:
    """The archive, or :class:`InvalidArchive` carrying every problem."""
    archive, problems = check_archive(content_dir, cache=cache)
    if problems:
        raise InvalidArchive(problems)
    return archive


def text_warnings(content_dir: Path, only: Optional[Iterable[Path]] = None) -> list[Problem]:
    """What is not wrong but will not show as meant: a paragraph of a record's text indented
    as code (:func:`loader.indented_paragraphs`), in every record file or only in ``only``."""
    content_dir = content_dir.resolve()
    paths = only if only is not None else record_files(content_dir)
    return [warning for path in paths
            for warning in indented_paragraphs(path, _shown(path, content_dir.parent))]


def _shown(path: Path, root: Path) -> str:
    """``path`` below ``root`` (``content/…``), else as it is."""
    text, prefix = path.as_posix(), f"{root.as_posix().rstrip('/')}/"
    return text[len(prefix):] if text.startswith(prefix) else text


def _alias_clashes(records) -> list[Problem]:
    """An alias must be a free address: no record's own, no other record's alias."""
    urls = {record.url: record for record in records}
    taken: dict[str, Record] = {}
    problems = []
    for record in sorted(records, key=lambda r: r.path):
        for index, (alias, key) in enumerate(zip(record.aliases, alias_paths(record))):
            line = record.lines.get(f"aliases[{index}]", record.lines.get("aliases", 1))
            clash = urls.get(key) or taken.get(key)
            if clash is record:
                message = "is this record's own address; remove it"
            elif clash is not None:
                message = f"is already the address of {clash.path}; an alias must be free"
            else:
                taken[key] = record
                continue
            problems.append(Problem(record.path, line, f"aliases[{index}]", f"'{alias}' {message}"))
    return problems


def _duplicates(records) -> list[Problem]:
    """Two records of one plan: same province, year, number (or slug) and issuer.

    The record at its right place is the original; the other is reported.
    """
    seen: dict[tuple, Record] = {}
    problems = []
    for record in sorted(records, key=lambda r: (r.url != expected_url(r), r.path)):
        key = (record.province, record.year, slugify(record.number or record.url),
               record.issuer_code or PEOPLES_COMMITTEE_CODE)
        if key in seen:
            first = seen[key]
            problems.append(Problem(record.path, record.lines.get("number", 1), "number", f"the same plan as {first.path} "
                                    "(same province, year, number and issuer); keep one record"))
        else:
            seen[key] = record
    return problems

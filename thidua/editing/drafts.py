"""Writing new records: a Vietnamese file and its English sibling at the path their facts give,
with every field still to be filled marked for review (used by ``thidua ingest`` and
``thidua new``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from thidua.records.dates import PartialDate
from thidua.records.model import RECORD_FIELDS
from thidua.records.record import ENGLISH_SUFFIX, record_slug

REVIEW = "review"
"""The comment that marks a field left for an editor."""


class DraftExists(FileExistsError):
    """A record is already at the draft's path; nothing was written."""


class Unplaceable(ValueError):
    """The facts do not say where the record goes (no province, or no date)."""


@dataclass(frozen=True)
class DraftFiles:
    path: str
    """Path of the Vietnamese file relative to the content folder."""
    record: str
    english: str


def draft_files(values: dict, missing: dict[str, str], body: str,
                english: Optional[dict] = None) -> DraftFiles:
    """The text of the two files (``english``: values of the English file already known, an
    English article's headline as ``title``); raises :class:`Unplaceable` when the path is
    unknown."""
    return DraftFiles(place(values), render_record(values, missing, body),
                      render_english(**(english or {})))


def place(values: dict) -> str:
    """``<province>/<year>/<slug>.md`` from the facts, as the validator expects it."""
    dated = values.get("issued") or values.get("published")
    if not values.get("province"):
        raise Unplaceable("the province is not known; give it with --province SLUG")
    if not dated:
        raise Unplaceable("neither the issue date nor the article's date is known")
    date = PartialDate.parse(dated)
    slug = record_slug(values.get("number"), values.get("type"), values.get("issuer_code"), date)
    return f"{values['province']}/{date.year}/{slug}.md"


def one_line(words: str) -> str:
    """A note or the words a fact was read from, on one line: words quoted across a line break ("“THỜI GIAN THI ĐUA⏎Đợt
    thi đua …”") joined by a space."""
    return " ".join(words.split())


def render_record(values: dict, missing: dict[str, str], body: str) -> str:
    """The Vietnamese file: what to check of the whole draft first (a note of no field, ``# review: why``), then each
    field in schema order, either with its value or empty and marked ``# review: why``; ``summary`` is always left for
    the editor."""
    notes = {name: one_line(why) for name, why in missing.items()}  # (a second line would be read as a field)
    notes.setdefault("summary", "write two or three sentences on what the plan asks")
    head = "".join(f"# {REVIEW}: {why}\n" for name, why in notes.items() if name.split(".")[0] not in RECORD_FIELDS)
    for name in RECORD_FIELDS:
        if values.get(name) not in (None, "", {}):
            head += yaml.safe_dump({name: values[name]}, allow_unicode=True, sort_keys=False,
                                   width=100)
        if name in notes:
            head += f"{name}:  # {REVIEW}: {notes[name]}\n" if name not in values else ""
        head += "".join(f"# {REVIEW}: {sub}: {why}\n" for sub, why in notes.items()
                        if sub.startswith(f"{name}."))
    return f"---\n{head}---\n" + (f"\n{body.strip()}\n" if body.strip() else "")


def render_english(title: Optional[str] = None, summary: Optional[str] = None) -> str:
    """The English file: title and summary for a translator (empty and marked for review
    until translated); the translation of the text goes below."""
    front = ""
    for name, value in (("title", title), ("summary", summary)):
        front += (yaml.safe_dump({name: value}, allow_unicode=True, width=100) if value else
                  f"{name}:  # {REVIEW}: translate the Vietnamese {name}\n")
    return f"---\n{front}---\n"


def write_draft(content_dir: Path, files: DraftFiles, force: bool = False) -> tuple[Path, Path]:
    """Write both files; never over an existing record unless ``force``."""
    record = content_dir / files.path
    english = record.with_name(record.name[: -len(".md")] + ENGLISH_SUFFIX)
    if record.exists() and not force:
        raise DraftExists(f"{record} already exists; nothing was written (use --force to replace it)")
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(files.record, "utf-8")
    if force or not english.exists():
        english.write_text(files.english, "utf-8")
    return record, english

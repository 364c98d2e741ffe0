"""Load one record (a Vietnamese file, or its English sibling) and check it on its own.

Where a record lives is derived from its facts: ``<province>/<year>/<slug>.md``, the slug
coming from the document number (see :func:`record_slug`).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Optional

from thidua.records.crossrefs import mentioned_numbers, number_key
from thidua.records.dates import PartialDate
from thidua.records.folding import fold, slugify
from thidua.records.gazetteer import NATIONWIDE, gazetteer
from thidua.records.links import linked_files
from thidua.records.loader import SourceFile, read_source
from thidua.records.model import ENGLISH_FIELDS, RECORD_FIELDS, English, Record
from thidua.records.problems import Problem
from thidua.records.schema import read_fields
from thidua.records.vocabulary import DOC_TYPES, PEOPLES_COMMITTEE_CODE

ENGLISH_SUFFIX = ".en.md"


def record_slug(number: Optional[str], doc_type: Optional[str], issuer_code: Optional[str],
                dated: PartialDate) -> str:
    """The last URL segment of a plan.

    - With a number: the number folded (no diacritics, đ → d, lowercase, "/" → "-"), then
      ``-<issuer_code>`` unless the issuer is the provincial People's Committee or the number
      already ends with that code: ``97/KH-UBND`` → ``97-kh-ubnd``; ``185-KH/TU`` with code
      ``tu`` → ``185-kh-tu``; ``45/KH-UBND`` of a district with code ``phong-dien`` →
      ``45-kh-ubnd-phong-dien``.
    - Without a number: ``<type>-<issuer_code>-<date>``, the date being the issue date or else
      the article's date, as far as known: ``kh-ubnd-2024-02-20``; ``van-ban-ubnd-2026-01-22``
      when the type is not known either.
    """
    code = issuer_code or PEOPLES_COMMITTEE_CODE
    if number is None:
        return f"{slugify(doc_type) if doc_type else 'van-ban'}-{code}-{dated}"
    slug = number_key(number)
    if code == PEOPLES_COMMITTEE_CODE or slug.endswith(f"-{code}"):
        return slug
    return f"{slug}-{code}"


def load_record(path: Path, content_dir: Path, shown_as: str) -> tuple[Optional[Record], list[Problem]]:
    """Read and check a Vietnamese record file; the record is None when it has problems (a draft's unanswered note
    reported with its fields' problems)."""
    source, problems = read_source(path, shown_as)
    if problems:
        return None, source.unanswered + problems
    values, messages = read_fields(source.data, RECORD_FIELDS)
    problems = source.unanswered + [Problem(shown_as, source.line_of(name), name, message)
                                    for name, message in messages]
    if problems:
        return None, problems
    problems = _check_facts(values, source)
    if problems:
        return None, problems
    record = Record(path=shown_as, url=_url(path, content_dir),
                    has_text=bool(source.body.strip()), mentions=mentioned_numbers(source.body),
                    links=linked_files(source.body, _folder(path, content_dir)),
                    lines=source.lines, **values)
    return record, _check_place(record, path, content_dir, source)


def load_english(path: Path, content_dir: Path, shown_as: str) -> tuple[Optional[English], list[Problem]]:
    """Read and check an English file (title, summary, translated text)."""
    source, problems = read_source(path, shown_as)
    if problems:
        return None, problems
    values, messages = read_fields(source.data, ENGLISH_FIELDS)
    problems = [Problem(shown_as, source.line_of(name), name, message) for name, message in messages]
    if problems:
        return None, problems
    return English(path=shown_as, has_text=bool(source.body.strip()), lines=source.lines,
                   mentions=mentioned_numbers(source.body),
                   links=linked_files(source.body, _folder(path, content_dir)), **values), []


def record_file(content_dir: Path, record: Record, english: bool = False) -> Path:
    """The file of ``record`` (of its English translation if ``english``) under ``content_dir``."""
    return content_dir / f"{record.url.rstrip('/')}{ENGLISH_SUFFIX if english else '.md'}"


def _folder(path: Path, content_dir: Path) -> str:
    """The folder of a record file in the content folder (``can-tho/2023``), where the links
    of its text lead from."""
    return path.parent.relative_to(content_dir).as_posix()


def _url(path: Path, content_dir: Path) -> str:
    relative = PurePosixPath(path.relative_to(content_dir).as_posix())
    return f"{relative.with_suffix('')}/"


def _check_facts(values: dict, source: SourceFile) -> list[Problem]:
    """Checks that involve more than one field of the same record, or its body."""
    problems = []
    for check in (_check_dates, _check_issuer, _check_province, _check_inferred):
        for name, message, *at in check(values):
            line = source.line_of(at[0] if at else name)
            problems.append(Problem(source.path, line, name, message))
    if not source.body.strip() and not any(item.url for item in values.get("source", ())):
        problems.append(Problem(source.path, source.line_of("source" if "source" in values
                                                             else "title"), "source",
                                "a record without the article's text needs the article's "
                                "address: add '- url: https://…' under source (or paste the "
                                "text below the frontmatter, when it is the archive's own)"))
    return problems


def _check_dates(values: dict):
    issued, published = values.get("issued"), values.get("published")
    if issued is None and published is None:
        yield ("issued", "is required when 'published' is absent: the year in the URL comes "
                         "from one of them, e.g. issued: 2023-08-21")
    if issued and published and published.last_day < issued.first_day:
        yield ("published", f"{published} is before the issue date {issued}; an article "
                            "cannot report a plan before it is issued: check both dates")
    period = values.get("period")
    if period and period.start and period.end and period.end.last_day < period.start.first_day:
        yield ("period.end", f"{period.end} is before the start {period.start}; "
                             "check the order of the two dates")


def _check_issuer(values: dict):
    if values.get("issuer_code") is None and not _is_peoples_committee(values):
        yield ("issuer_code", "is required for an issuer other than the provincial People's "
                              "Committee (UBND tỉnh/thành phố): a short code such as 'tu' or "
                              "'snv'; it goes into the slug", "issuer")
    code = type_in_number(values.get("number"))
    if code and values.get("type") is None:
        yield ("type", f"is missing, but the number {values['number']} says {code} "
                       f"({DOC_TYPES[code]['vi']}): add type: {code}", "number")
    elif code and code != values["type"]:
        yield ("type", f"is {values['type']} ({DOC_TYPES[values['type']]['vi']}), but the "
                       f"number {values['number']} says {code} ({DOC_TYPES[code]['vi']}); "
                       "correct one of them")


def _check_province(values: dict):
    unit = gazetteer().get(values["province"])
    on = values.get("issued") or values.get("published")
    if on and not (unit.existed_on(on.first_day) or unit.existed_on(on.last_day)):
        if unit.valid_until and on.first_day > unit.valid_until:
            today = gazetteer().today(unit.slug)
            hint = f"it became {today.slug} ({today.vi}) after {unit.valid_until}"
        else:
            earlier = [other.slug for other in gazetteer().units.values()
                       if other.successor == unit.slug and other.existed_on(on.first_day)]
            hint = f"that name was not in use before {unit.valid_from}" + (
                f"; use {' or '.join(earlier)}" if earlier else "")
        yield ("province", f"'{unit.slug}' did not exist on {on}; {hint}")
    if (values["issuer_level"] == "national") != (unit.slug == NATIONWIDE):
        yield ("province", f"a national plan is filed under '{NATIONWIDE}' (nationwide), and only "
                           f"a national plan is: with issuer_level {values['issuer_level']}, "
                           "give the province that issued it" if unit.slug == NATIONWIDE else
                           f"a national plan (issuer_level national) is filed under "
                           f"'{NATIONWIDE}', not under a province", "issuer_level")
    # A district-level city may share its province's old name (thành phố Huế in Thừa Thiên
    # Huế before 2025), so only bodies above district level are held to the name they carry.
    named = gazetteer().named_in(values["issuer"]) if values["issuer_level"] != "district" else None
    if named and named.slug != unit.slug:
        yield ("province", f"'{unit.slug}' is not the province of the issuer "
                           f"'{values['issuer']}' ({named.slug}); a plan is filed under the "
                           "province that issued it, as named on the issue date")


def _check_inferred(values: dict):
    for name in values.get("inferred", {}):
        if _value_at(values, name) is None:
            yield (f"inferred.{name}", f"names '{name}', which has no value; give the inferred "
                                       "value or remove this reason")


def type_in_number(number: Optional[str]) -> Optional[str]:
    """The document type code a number carries, the first code after its digits (and year): ``KH`` in 2255/KH-UBND,
    185-KH/TU and 01/2024/KH-UBND; none in 1554/UBND-KH (an official letter's symbol: its body, then the office that
    drafted it) nor in 815/PĐ-CT (a launch, "Phát động", of the tax department: a kind that has no type code)."""
    if not number:
        return None
    codes = {fold(code): code for code in DOC_TYPES}
    first = next((part for part in re.split(r"[/\-]", fold(number)) if part and not part.isdigit()), None)
    return codes.get(first)


def _is_peoples_committee(values: dict) -> bool:
    issuer = fold(values["issuer"])
    return values["issuer_level"] == "province" and issuer.startswith(("ubnd", "uy ban nhan dan"))


def _value_at(values: dict, dotted: str):
    head, _, rest = dotted.partition(".")
    value = values.get(head)
    if isinstance(value, tuple) and rest:  # a list of groups: its first item (source.url)
        value = value[0] if value else None
    return getattr(value, rest, None) if rest and value is not None else value


def expected_url(record: Record) -> str:
    """Where the record's facts say it belongs: ``<province>/<year>/<slug>/``."""
    slug = record_slug(record.number, record.type, record.issuer_code,
                       record.placed_on)
    return f"{record.province}/{record.year}/{slug}/"


def alias_paths(record: Record) -> list[str]:
    """The former paths of a moved record, as site paths (``/a/2024/b/`` → ``a/2024/b/``)."""
    return [alias.strip("/") + "/" for alias in record.aliases]


def _check_place(record: Record, path: Path, content_dir: Path, source: SourceFile) -> list[Problem]:
    """The file must sit at ``<province>/<year>/<slug>.md`` as its facts say."""
    expected = expected_url(record).rstrip("/") + ".md"
    slug = expected.rsplit("/", 1)[1].removesuffix(".md")
    actual = path.relative_to(content_dir).as_posix()
    if actual == expected:
        return []
    field = "number" if record.number else "issued"
    shown = source.path[: len(source.path) - len(actual)] + expected
    return [Problem(source.path, source.line_of(field), "path",
                    f"the file should be {shown} (province {record.province}, "
                    f"year {record.year}, slug {slug}); move it there, or fix the facts")]

"""Cross-references: the document numbers a plan's text cites ("Chỉ thị số 34-CT/TU",
"Resolution No. 114/NQ-HĐND"), which of them the archive holds, and who cites whom."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from thidua.records.folding import slugify
from thidua.records.gazetteer import NATIONWIDE, gazetteer
from thidua.records.model import Record

CAPITAL = "A-Z" + "".join(char for char in map(chr, range(0xC0, 0x1F00)) if char.isupper())
"""Capital letters, Vietnamese ones included (Đ, Ư, Ơ, …, scattered over several blocks)."""
JOINED_SECTORS = r"(?:ĐT|DT|PTNT|MT|XH|CN|DL|TG)"
"""The sectors a symbol joins to its body with "&" (SGD&ĐT of a Sở Giáo dục & Đào tạo, SNN&PTNT, STN&MT, SLĐTB&XH,
SKH&CN, SVHTT&DL, SDT&TG); not a word or an HTML entity a page runs on ("&QUYẾT", "&AMP"), nor TT, which is as often
"TT Huế" (Thừa Thiên Huế) after a number, however spelt."""
_AND = rf"(?:&{JOINED_SECTORS})?"
MENTION = re.compile(rf"(\d(?<![\w/-]\d)(?<![^o]\.\d)\d{{0,4}}(?:/\d{{4}})?[/-][{CAPITAL}]"
                     rf"[{CAPITAL}a-z]{{0,7}}{_AND}(?:[-/][{CAPITAL}][{CAPITAL}a-z0-9]{{0,9}}{_AND})*)"
                     rf"(?![\w/]|-\w)")
"""A document number in running text: digits, an optional year, then upper-case codes
(2255/KH-UBND, 34-CT/TU, 114/NQ-HĐND, 18-NQ/TƯ, 01/2024/QĐ-UBND), also right after "No."
("Plan No.162/KH-UBND"), a code with digits after the first (245/KH-CAT-PV01), codes joined by "&"
(1528/KH-SGD&ĐT, 542/PGD&ĐT: _AND), whole or not at all (never cut short of a code that follows); dates and
years never match ("14.5.2011"). (The pattern opens with a digit, and looks behind it for what may not precede the
number, so that the scan jumps from digit to digit: twice as fast as a look-behind first.)"""
YEARS_BACK = 10
"""How many years before the citing plan a cited document may be and still be the same one."""


def mentions(text: str) -> list[re.Match]:
    """The document numbers in ``text``, as regex matches (group 1 is the number)."""
    return list(MENTION.finditer(text))


def mentioned_numbers(text: str) -> tuple[str, ...]:
    """The document numbers in ``text``, each once, in order of first mention."""
    return tuple(dict.fromkeys(match.group(1) for match in mentions(text)))


@dataclass(frozen=True)
class Citation:
    """A document a plan cites, and the record the archive holds for it, if any."""

    number: str
    target: Optional[Record] = None


@dataclass
class CrossRefs:
    """Who cites whom across the archive, computed once per build."""

    cites: dict[str, tuple[Citation, ...]] = field(default_factory=dict)
    """By the citing plan's URL: the documents it cites, in order of first mention."""
    cited_by: dict[str, tuple[Record, ...]] = field(default_factory=dict)
    """By the cited plan's URL: the archive's plans that cite it, newest first."""

    def holds_any(self, citing: Record) -> bool:
        """Whether the archive holds any document ``citing`` cites."""
        return any(citation.target for citation in self.cites.get(citing.url, ()))

    def resolve(self, citing: Record, number: str) -> Optional[Record]:
        """The record a number mentioned in ``citing`` refers to, if the archive holds it."""
        for citation in self.cites.get(citing.url, ()):
            if number_key(citation.number) == number_key(number):
                return citation.target
        return None


CENTRAL = re.compile(r"(?<=/)TƯ\b")
"""The Party Central Committee's symbol, printed "TƯ" or "TW" ("18-NQ/TƯ" is "18-NQ/TW"); not
"TU", a Provincial Party Committee's."""


def number_key(number: str) -> str:
    """What identifies a document number however it is printed: folded, and "TƯ" as "TW"."""
    return slugify(CENTRAL.sub("TW", number))


def cross_refs(records: Iterable[Record]) -> CrossRefs:
    """Cross-references of the whole archive: a cited number is held when a record has the
    same number, in the same province or its unit of today, or nationwide (a national plan the
    province implements), issued in the citing plan's year or up to YEARS_BACK years before
    it."""
    records = list(records)
    by_number: dict[str, list[Record]] = {}
    for record in records:
        if record.number:
            by_number.setdefault(number_key(record.number), []).append(record)
    refs = CrossRefs()
    cited_by: dict[str, list[Record]] = {}
    for record in records:
        numbers = list(dict.fromkeys(
            [*record.cites, *record.mentions, *(record.english.mentions if record.english else ())]))
        citations = []
        for number in numbers:
            if record.number and number_key(number) == number_key(record.number):
                continue  # the plan naming itself
            target = _held(record, by_number.get(number_key(number), []))
            citations.append(Citation(number, target))
            if target is not None:
                cited_by.setdefault(target.url, []).append(record)
        refs.cites[record.url] = tuple(citations)
    refs.cited_by = {url: tuple(sorted(citing, key=lambda r: r.newest_first))
                     for url, citing in cited_by.items()}
    return refs


def _held(citing: Record, candidates: list[Record]) -> Optional[Record]:
    here = gazetteer().today(citing.province).slug
    fitting = [record for record in candidates
               if record is not citing and gazetteer().today(record.province).slug in (here, NATIONWIDE)
               and 0 <= citing.year - record.year <= YEARS_BACK]
    return min(fitting, key=lambda r: r.newest_first) if fitting else None

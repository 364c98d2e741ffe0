"""The national movements that provincial plans answer (``data/movements.yaml``).

A movement is launched nationally (by the Prime Minister, the Central Emulation and
Commendation Council, the Party's Secretariat…) and carried out by the provinces, each with a
plan of its own. The table gives each one's names in both languages, the short names texts use
for it, its launching documents and years; a record names the movements it answers in its
``movement`` field, checked against the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from thidua.records.dates import PartialDate
from thidua.records.folding import nfc

DATA = Path(__file__).parent / "data" / "movements.yaml"


@dataclass(frozen=True)
class Launch:
    """A document that launched a movement (or one of its phases)."""

    number: Optional[str]
    """None when the launch had no numbered document (a speech at a council's meeting)."""
    issued: PartialDate
    issuer: str
    evidence: str
    """Where the number and date are stated: a stored page's address or an archive record."""


@dataclass(frozen=True)
class Movement:
    slug: str
    vi: str
    en: str
    names: tuple[str, ...]
    """Short names Vietnamese texts use for it (matched folded, as whole phrases)."""
    names_en: tuple[str, ...]
    launched_by: tuple[Launch, ...]
    start: int
    end: Optional[int]
    about_vi: str
    about_en: str

    def name(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en

    def about(self, lang: str) -> str:
        return self.about_vi if lang == "vi" else self.about_en

    @property
    def numbers(self) -> tuple[str, ...]:
        """The numbers of its launching documents."""
        return tuple(launch.number for launch in self.launched_by if launch.number)


@lru_cache(maxsize=1)
def movements() -> dict[str, Movement]:
    """The table, by slug, in the order of the file (oldest launch first)."""
    raw = yaml.safe_load(DATA.read_text("utf-8"))
    return {item["slug"]: _movement(item) for item in raw}


def _movement(item: dict) -> Movement:
    return Movement(
        slug=item["slug"], vi=nfc(item["vi"]), en=item["en"],
        names=tuple(nfc(name) for name in item.get("names", ())),
        names_en=tuple(item.get("names_en", ())),
        launched_by=tuple(Launch(launch["number"], PartialDate.parse(str(launch["issued"])),
                                 nfc(launch["issuer"]), launch["evidence"])
                          for launch in item.get("launched_by", ())),
        start=int(item["start"]), end=item.get("end"),
        about_vi=nfc(item["about_vi"]), about_en=item["about_en"])

"""Vietnam's provincial units, before and after the 2025 mergers, from ``data/provinces.yaml``.

One row per name of a unit: a rename (Thừa Thiên Huế → Huế) or a merger (Hậu Giang → Cần Thơ)
ends a row and names its successor. Codes are kept per era, since GSO codes were reused.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from thidua.records.folding import fold, toned_syllables

MERGER_DAY = dt.date(2025, 7, 1)
"""Resolution 202/2025/QH15: 34 units since this day, 63 before it."""

_TYPE_WORDS = ("thanh pho ", "tp. ", "tp.", "tp ", "tinh ")

NATIONWIDE = "toan-quoc"
"""The place of a national plan (a decision of the Prime Minister, a ministry's directive, the
Central Emulation and Commendation Council's plan), which provinces implement: not a province,
but filed, listed and paged like one (``/toan-quoc/<year>/<slug>/``)."""


@dataclass(frozen=True)
class Unit:
    """One name of a provincial unit and the time it was in force."""

    slug: str
    """ASCII slug without the type word (``can-tho``): the URL segment."""
    vi: str
    """Vietnamese name without the type word (``Cần Thơ``)."""
    en: str
    """English name (``Can Tho``, ``Ho Chi Minh City``)."""
    kind: str
    """``city`` (centrally-run city, thành phố), ``province`` (tỉnh), or ``nation`` (the
    place of national plans)."""
    code_before: Optional[str]
    """GSO code in the 63-unit era, None if the name did not exist then."""
    code_since: Optional[str]
    """GSO code in the 34-unit era, None if the unit was merged away."""
    valid_from: Optional[dt.date]
    """First day of the name; None means since before 2008."""
    valid_until: Optional[dt.date]
    """Last day of the name; None means still in use."""
    successor: Optional[str]
    """Slug of the unit that took over when this name ended."""
    aliases: tuple[str, ...]
    """Other ways news text writes the name."""

    def existed_on(self, day: dt.date) -> bool:
        """Whether the name was in force on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until)

    def full_name(self, lang: str) -> str:
        """Name with its type word: ``tỉnh Cao Bằng``, ``Can Tho City``; ``toàn quốc``,
        ``Nationwide``."""
        if self.kind == "nation":
            return self.vi.lower() if lang == "vi" else self.en
        if lang == "vi":
            return f"{'thành phố' if self.kind == 'city' else 'tỉnh'} {self.vi}"
        if self.en.endswith("City"):
            return self.en
        return f"{self.en} {'City' if self.kind == 'city' else 'Province'}"

    def name(self, lang: str) -> str:
        """Short name in the language: ``Cần Thơ`` or ``Can Tho``."""
        return self.vi if lang == "vi" else self.en


class Gazetteer:
    """The province table and the questions asked of it."""

    def __init__(self, units: list[Unit], districts: Optional[dict[str, list[str]]] = None):
        self.units = {unit.slug: unit for unit in units}
        self._names: dict[str, str] = {}
        for unit in units:
            if unit.kind == "nation":
                continue  # no text names the nation as it names a province
            for name in (unit.vi, unit.en, unit.slug.replace("-", " "), *unit.aliases):
                self._names.setdefault(_name_key(name), unit.slug)
        self._district_names: dict[str, set[tuple[str, str]]] = {}
        """A district's name without its type word, folded → its type words and the GSO codes of
        their provinces (a district upgraded keeps its name: "huyện Hoa Lư" is listed as "Thành
        phố Hoa Lư")."""
        self._district_printed: set[tuple[str, ...]] = set()
        """The districts' names as printed, without their type word (:func:`toned_syllables`)."""
        for code, names in (districts or {}).items():
            for name in names:
                kind, bare = _untyped(_district_key(name))
                self._district_names.setdefault(bare, set()).add((kind, code))
                self._district_printed.add(toned_syllables(name)[len(kind.split()):])

    def get(self, slug: str) -> Optional[Unit]:
        """The unit with this slug, or None."""
        return self.units.get(slug)

    def closest(self, slug: str, count: int = 3) -> list[str]:
        """The slugs most like ``slug``, for "did you mean" suggestions."""
        return difflib.get_close_matches(slug, sorted(self.units), n=count, cutoff=0.75)

    def today(self, slug: str) -> Unit:
        """The unit that carries this one today, following successors."""
        unit = self.units[slug]
        while unit.successor:
            unit = self.units[unit.successor]
        return unit

    def lookup(self, name: str) -> Optional[Unit]:
        """The unit a whole name refers to (``TP.HCM``, ``Hoà Bình``), never by substring."""
        slug = self._names.get(_name_key(name))
        return self.units[slug] if slug else None

    def lookup_printed(self, name: str) -> Optional[Unit]:
        """:meth:`lookup` for a name as a text prints it: not a district's whole name printed with its own diacritics,
        which differ from the unit's ("Phù Yên", a district of Sơn La, is not Phú Yên; "Thạnh Hóa", of Long An, not
        Thanh Hóa); a slip in a province's name that names no district ("Lâm Đông", "Binh Dương") is still the
        province's, and so is a name printed without diacritics ("Thanh Hoa")."""
        unit = self.lookup(name)
        if unit is None or name.isascii():
            return unit
        printed = toned_syllables(name)
        own = any(mine and printed[-len(mine):] == mine for mine in map(toned_syllables, (unit.vi, *unit.aliases)))
        return unit if own or printed not in self._district_printed else None  # (the whole name: "Đak Lắk" is no "Lắk")

    def named_in(self, issuer: str) -> Optional[Unit]:
        """The unit an issuing body's name ends with (``UBND tỉnh Hậu Giang``, ``Sở Nội vụ TP
        Cần Thơ``, ``Tỉnh ủy Cao Bằng``), or None when it names none (``UBND thành phố``)."""
        folded = " ".join(fold(issuer).split())
        for match in _AFTER_TYPE_WORD.finditer(folded):
            unit = self.lookup(folded[match.end():])
            if unit:
                return unit
        return None

    def names_a_district(self, name: str) -> bool:
        """Whether a district-level unit of before 1 July 2025 bears ``name``, with or without its type word
        ("Hòa Bình", a district of Bạc Liêu as well as a province; not "Hà Nội")."""
        return _untyped(_district_key(name))[1] in self._district_names

    def district_province(self, district: str, on: Optional[dt.date] = None) -> Optional[Unit]:
        """The province a district-level unit of before 1 July 2025 belonged to (``huyện Cao
        Phong``, ``TP Thủ Đức``, ``thị xã Sơn Tây``: the type word is part of the name, though a
        district since raised under the same name is found by its former type, ``huyện Hoa Lư``
        for ``Thành phố Hoa Lư``; a name without a type word, ``Lục Ngạn``, is of any type), under
        its name on ``on``; None when no district has that name, when districts of that name
        lie in several provinces (``huyện Châu Thành``), or when the province's name on the day
        is not known (the day is not given and the province was renamed), or on a day after
        the district level ended."""
        key = _district_key(district)
        kind, name = _untyped(key)
        named = self._district_names.get(name, set())
        codes = {code for typed, code in named if typed == kind} or {
            code for typed, code in named if not kind or typed in _UPGRADES.get(kind, ())}
        if len(codes) != 1 or (on and on >= MERGER_DAY):
            return None
        code = next(iter(codes))
        units = [unit for unit in self.units.values() if unit.code_before == code
                 and (on is None or unit.existed_on(on))]
        return units[0] if len(units) == 1 else None


_DISTRICT_TYPES = {"tp": "thanh pho", "tp.": "thanh pho", "tx": "thi xa", "tx.": "thi xa"}


def _district_key(name: str) -> str:
    words = fold(name).replace(".", ". ").split()
    if words and words[0] in _DISTRICT_TYPES:
        words[0] = _DISTRICT_TYPES[words[0]]
    return " ".join(word for word in words if word != "-")


def _untyped(key: str) -> tuple[str, str]:
    """A district's folded key split into its type word and its name ("huyen hoa lu" → ("huyen",
    "hoa lu"))."""
    found = re.match(r"(thanh pho|thi xa|huyen|quan)\s+", key)
    return (found.group(1), key[found.end():]) if found else ("", key)


_UPGRADES = {"huyen": ("thi xa", "thanh pho", "quan"), "thi xa": ("thanh pho", "quan")}
"""The types a district of each type may have been raised to under the same name (a rural district
to a town, a city or an urban district; a town to a city or an urban district): never lowered."""


_AFTER_TYPE_WORD = re.compile(r"\b(?:tinh uy|thanh uy|tinh|thanh pho|tp\.?)\s*")


def _name_key(name: str) -> str:
    key = " ".join(fold(name).replace("-", " ").split())
    for word in _TYPE_WORDS:
        if key.startswith(word):
            return key[len(word):].strip()
    return key


def _date(value: object) -> Optional[dt.date]:
    return None if value is None else dt.date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer read from the package's data files, the provinces and the districts of
    before 1 July 2025 (read once)."""
    data = resources.files(__package__).joinpath("data")
    rows = yaml.safe_load(data.joinpath("provinces.yaml").read_text("utf-8"))["units"]
    districts = yaml.safe_load(data.joinpath("districts.yaml").read_text("utf-8"))["districts"]
    return Gazetteer([
        Unit(slug=row["slug"], vi=row["vi"], en=row["en"], kind=row["kind"],
             code_before=row["code_before"], code_since=row["code_since"],
             valid_from=_date(row["from"]), valid_until=_date(row["until"]),
             successor=row["successor"], aliases=tuple(row["aliases"]))
        for row in rows
    ] + [Unit(slug=NATIONWIDE, vi="Toàn quốc", en="Nationwide", kind="nation", code_before=None,
              code_since=None, valid_from=None, valid_until=None, successor=None, aliases=())],
        districts)

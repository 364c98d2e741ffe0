"""The order in which names are listed, as each language orders them: Vietnamese collation (a
< ă < â, d < đ, e < ê, o < ô < ơ, u < ư, tones after letters: Cà Mau, Cao Bằng, Cần Thơ) by
ICU's rules for Vietnamese, English names alphabetically."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import icu

from thidua.records.gazetteer import MERGER_DAY, Unit, gazetteer


@lru_cache(maxsize=None)
def _collator(lang: str) -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale(lang))


def name_order(lang: str) -> Callable[[str], bytes]:
    """A sort key for names in ``lang``: ``sorted(names, key=name_order("vi"))``."""
    return _collator(lang).getSortKey


def today_units(lang: str) -> list[Unit]:
    """Today's 34 provincial units, in the order of their names in ``lang``."""
    return sorted((unit for unit in gazetteer().units.values()
                   if unit.existed_on(MERGER_DAY) and unit.kind != "nation"),
                  key=lambda unit: name_order(lang)(unit.name(lang)))

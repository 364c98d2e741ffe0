"""The order in which names are listed, as each language orders them: Vietnamese collation (a
< ă < â, d < đ, e < ê, o < ô < ơ, u < ư, tones after letters: Cà Mau, Cao Bằng, Cần Thơ) by
ICU's rules for Vietnamese, English names alphabetically."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import icu


@lru_cache(maxsize=None)
def _collator(lang: str) -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale(lang))


def name_order(lang: str) -> Callable[[str], bytes]:
    """A sort key for names in ``lang``: ``sorted(names, key=name_order("vi"))``."""
    return _collator(lang).getSortKey

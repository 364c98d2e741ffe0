"""Derived keys for Vietnamese text: folding and slugs.

Record bodies keep their text exactly as printed; only derived keys (slugs, search keys,
name matching) are folded. Đ, đ and their look-alikes Ð, ð (U+00D0, U+00F0, which
Vietnamese web text sometimes uses) all fold to ``d``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_D_LIKE = str.maketrans({"Đ": "d", "đ": "d", "Ð": "d", "ð": "d"})
_D_UPPER = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d"})
_D_LOOK_ALIKE = str.maketrans({"Ð": "Đ", "ð": "đ"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """The text in Unicode normal form C, the form every stored string uses."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase ASCII-ish key: NFC → NFD, drop combining marks, đ → d, lowercase.

    >>> fold("Cần Thơ"), fold("ÐẢNG")
    ('can tho', 'dang')
    """
    decomposed = unicodedata.normalize("NFD", nfc(text).translate(_D_LIKE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


_TONES = {"\u0300": "\u0300", "\u0301": "\u0301", "\u0303": "\u0309", "\u0309": "\u0309", "\u0323": "\u0323"}
"""The tone marks (huyền, sắc, ngã, hỏi, nặng), ngã read as hỏi: the two are often confused in print."""


def toned_syllables(text: str) -> tuple[str, ...]:
    """The text's syllables, lowercase, with their letters and tone as printed but the tone mark put last, wherever
    it was placed, and ngã and hỏi taken as one: "Hoà Bình" and "Hòa Bình" are one name, so are "Quảng Ngãi" and
    "Quảng Ngải"; "Thạnh Hóa" and "Thanh Hóa" are two.

    >>> toned_syllables("Hoà Bình") == toned_syllables("Hòa Bình"), toned_syllables("Thạnh") == toned_syllables("Thanh")
    (True, False)
    """
    syllables = []
    for word in re.findall(r"\w+", nfc(text).translate(_D_LOOK_ALIKE).lower()):
        decomposed = unicodedata.normalize("NFD", word)
        syllables.append(nfc("".join(ch for ch in decomposed if ch not in _TONES))
                         + "".join(_TONES[ch] for ch in decomposed if ch in _TONES))
    return tuple(syllables)


def unaccented(text: str) -> str:
    """The text without its diacritics, its case kept: names as English texts print them.

    >>> unaccented("Vạn Ninh"), unaccented("Đồng Hới")
    ('Van Ninh', 'Dong Hoi')
    """
    decomposed = unicodedata.normalize("NFD", nfc(text).translate(_D_UPPER))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str) -> str:
    """URL slug: folded, every run of other characters turned into one hyphen.

    >>> slugify("97/KH-UBND"), slugify("Bà Rịa - Vũng Tàu")
    ('97-kh-ubnd', 'ba-ria-vung-tau')
    """
    return _NOT_SLUG.sub("-", fold(text)).strip("-")


def heading_id(text: str, separator: str = "-") -> str:
    """The anchor of a heading in a plan's text (Markdown's ``toc`` slugify, see mkdocs.yml),
    never one of the paragraphs' (``#p1``, ``#p2``…): a heading "P1" is ``#muc-p1``.

    >>> heading_id("Mục đích, yêu cầu")
    'muc-dich-yeu-cau'
    >>> heading_id("P1")
    'muc-p1'
    """
    slug = slugify(text)
    if re.fullmatch(r"p\d+", slug):
        slug = f"muc-{slug}"
    return slug.replace("-", separator)

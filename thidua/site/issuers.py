"""English names of the issuing bodies other than a provincial People's Committee, for the
English pages: the national bodies by their table (``NATIONAL_BODIES``), and the common kinds of local body by their
pattern ("UBND huyện Vạn Ninh" → "Van Ninh District People's Committee", "Tỉnh ủy Bến Tre" →
"Ben Tre Provincial Party Committee"). A body no rule knows keeps its printed Vietnamese name
(the page marks it as Vietnamese). Unofficial, like every translation of the archive.
"""

from __future__ import annotations

import re
from typing import Optional

from thidua.records.folding import unaccented
from thidua.records.gazetteer import gazetteer
from thidua.records.vocabulary import NATIONAL_BODIES

_COMMITTEE = re.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<kind>huyện|quận|thị xã|thành phố|"
                        r"xã|phường|thị trấn|đặc khu)\s+(?P<name>\S.*)$", re.I)
_KINDS = {"huyện": "District", "quận": "District", "thị xã": "Town", "thành phố": "City",
          "xã": "Commune", "phường": "Ward", "thị trấn": "Township", "đặc khu": "Special Zone"}
_FRONT = r"Ủy ban (?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?"
_PROVINCIAL = [  # (pattern before the province's name, English with {place})
    (r"Ban Thường vụ (?:Tỉnh|Thành) ủy", "Standing Board of the {place} Party Committee"),
    (r"(?:Tỉnh|Thành) ủy", "{place} Party Committee"),
    (rf"Ban Thường trực {_FRONT}", "Standing Board of the {place} Fatherland Front Committee"),
    (_FRONT, "{place} Fatherland Front Committee"),
    (r"Công an", "{place} Police"),
    (r"Bộ Chỉ huy (?:Q|q)uân sự", "{place} Military Command"),
    (r"Liên đoàn Lao động", "{place} Labour Federation"),
    (r"Hội Khuyến học", "{place} Association for the Promotion of Education"),
]


def english_issuer(issuer: str) -> Optional[str]:
    """The English name of a body other than a provincial People's Committee, or None."""
    if issuer in NATIONAL_BODIES:
        return NATIONAL_BODIES[issuer]
    committee = _COMMITTEE.match(issuer)
    if committee:
        kind = _KINDS[committee.group("kind").lower()]
        return f"{unaccented(committee.group('name'))} {kind} People's Committee"
    for before, english in _PROVINCIAL:
        match = re.match(rf"^{before}\s+\S", issuer)
        unit = gazetteer().named_in(issuer) if match else None
        if unit:
            kind = "City" if unit.kind == "city" else "Provincial"
            return english.format(place=f"{unit.name('en').removesuffix(' City')} {kind}")
    return None


def named_issuer(printed: str, lang: str) -> tuple[str, Optional[str]]:
    """A body as a page in ``lang`` names it, and the language of that name when it is not the
    page's (``vi``: an English page showing a name no rule translates)."""
    english = english_issuer(printed) if lang == "en" else None
    if english:
        return english, None
    return printed, "vi" if lang == "en" else None

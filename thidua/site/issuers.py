"""English names of the issuing bodies other than a provincial People's Committee, for the
English pages: the national bodies by a table, and the common kinds of local body by their
pattern ("UBND huyện Vạn Ninh" → "Van Ninh District People's Committee", "Tỉnh ủy Bến Tre" →
"Ben Tre Provincial Party Committee"). A body no rule knows keeps its printed Vietnamese name
(the page marks it as Vietnamese). Unofficial, like every translation of the archive.
"""

from __future__ import annotations

import re
from typing import Optional

from thidua.records.folding import unaccented
from thidua.records.gazetteer import gazetteer

NATIONAL = {
    "Thủ tướng Chính phủ": "Prime Minister",
    "Chính phủ": "Government",
    "Hội đồng Thi đua - Khen thưởng Trung ương": "Central Emulation and Commendation Council",
    "Tổng Liên đoàn Lao động Việt Nam": "Vietnam General Confederation of Labour",
    "Kiểm toán Nhà nước": "State Audit Office of Vietnam",
    "Tổng cục Thuế": "General Department of Taxation",
    "Quân ủy Trung ương": "Central Military Commission",
    "Bộ Công an": "Ministry of Public Security",
    "Bộ Công Thương": "Ministry of Industry and Trade",
    "Bộ Giáo dục và Đào tạo": "Ministry of Education and Training",
    "Bộ Giao thông vận tải": "Ministry of Transport",
    "Bộ Kế hoạch và Đầu tư": "Ministry of Planning and Investment",
    "Bộ Khoa học và Công nghệ": "Ministry of Science and Technology",
    "Bộ Lao động - Thương binh và Xã hội": "Ministry of Labour, Invalids and Social Affairs",
    "Bộ Ngoại giao": "Ministry of Foreign Affairs",
    "Bộ Nội vụ": "Ministry of Home Affairs",
    "Bộ Nông nghiệp và Môi trường": "Ministry of Agriculture and Environment",
    "Bộ Nông nghiệp và Phát triển nông thôn": "Ministry of Agriculture and Rural Development",
    "Bộ Quốc phòng": "Ministry of National Defence",
    "Bộ Tài chính": "Ministry of Finance",
    "Bộ Tài nguyên và Môi trường": "Ministry of Natural Resources and Environment",
    "Bộ Thông tin và Truyền thông": "Ministry of Information and Communications",
    "Bộ Tư pháp": "Ministry of Justice",
    "Bộ Văn hóa, Thể thao và Du lịch": "Ministry of Culture, Sports and Tourism",
    "Bộ Xây dựng": "Ministry of Construction",
    "Bộ Y tế": "Ministry of Health",
}
"""National bodies, by the name they print, with their usual English names."""

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
    if issuer in NATIONAL:
        return NATIONAL[issuer]
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

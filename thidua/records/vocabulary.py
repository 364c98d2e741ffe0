"""Controlled vocabularies of the record model, with their labels in both languages."""

from __future__ import annotations

DOC_TYPES: dict[str, dict[str, str]] = {
    "KH": {"vi": "Kế hoạch", "en": "Plan"},
    "QĐ": {"vi": "Quyết định", "en": "Decision"},
    "CT": {"vi": "Chỉ thị", "en": "Directive"},
    "NQ": {"vi": "Nghị quyết", "en": "Resolution"},
    "HD": {"vi": "Hướng dẫn", "en": "Guidance"},
    "CTr": {"vi": "Chương trình", "en": "Programme"},
    "TB": {"vi": "Thông báo", "en": "Notice"},
    "CV": {"vi": "Công văn", "en": "Official letter"},
}
"""Document type codes as printed in Vietnamese document numbers."""

UNNAMED_DOCUMENT = {"vi": "Văn bản", "en": "Document"}
"""What a plan is called when the text names no document (a launch reported without the plan
that made it): the issuer's document, of a type not stated."""


def document_name(doc_type: "str | None", lang: str) -> str:
    """``Kế hoạch`` / ``Plan`` for ``KH``; ``Văn bản`` / ``Document`` when the type is not known."""
    return DOC_TYPES[doc_type][lang] if doc_type else UNNAMED_DOCUMENT[lang]

ISSUER_LEVELS: dict[str, dict[str, str]] = {
    "province": {"vi": "Cấp tỉnh", "en": "Provincial"},
    "district": {"vi": "Cấp huyện", "en": "District"},
    "department": {"vi": "Sở, ban, ngành", "en": "Department"},
    "party": {"vi": "Cơ quan Đảng", "en": "Party body"},
    "union": {"vi": "Đoàn thể", "en": "Mass organisation"},
    "national": {"vi": "Trung ương", "en": "National"},
    "other": {"vi": "Khác", "en": "Other"},
}
"""Levels of the issuing body."""

PEOPLES_COMMITTEE_CODE = "ubnd"
"""The issuer code of a provincial People's Committee, the default issuer of a plan."""

NATIONAL_BODIES: dict[str, str] = {
    "Thủ tướng Chính phủ": "Prime Minister",
    "Chính phủ": "Government",
    "Hội đồng Thi đua - Khen thưởng Trung ương": "Central Emulation and Commendation Council",
    "Tổng Liên đoàn Lao động Việt Nam": "Vietnam General Confederation of Labour",
    "Kiểm toán Nhà nước": "State Audit Office of Vietnam",
    "Tổng cục Thuế": "General Department of Taxation",
    "Quân ủy Trung ương": "Central Military Commission",
    "Ủy ban Thường vụ Quốc hội": "Standing Committee of the National Assembly",
    "Tòa án nhân dân tối cao": "Supreme People's Court",
    "Ngân hàng Nhà nước Việt Nam": "State Bank of Vietnam",
    "Bảo hiểm xã hội Việt Nam": "Vietnam Social Security",
    "Kho bạc Nhà nước": "State Treasury",
    "Viện kiểm sát nhân dân tối cao": "Supreme People's Procuracy",
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

NATIONAL_SYMBOLS: dict[str, str] = {
    "TTg": "Thủ tướng Chính phủ", "BTTTT": "Bộ Thông tin và Truyền thông", "BNV": "Bộ Nội vụ",
    "BYT": "Bộ Y tế", "BGDĐT": "Bộ Giáo dục và Đào tạo", "BQP": "Bộ Quốc phòng",
    "BCA": "Bộ Công an", "BTC": "Bộ Tài chính", "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BXD": "Bộ Xây dựng", "BTP": "Bộ Tư pháp",
    "BCT": "Bộ Công Thương", "BGTVT": "Bộ Giao thông vận tải",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNG": "Bộ Ngoại giao", "TANDTC": "Tòa án nhân dân tối cao", "VKSTC": "Viện kiểm sát nhân dân tối cao",
    "NHNN": "Ngân hàng Nhà nước Việt Nam", "KTNN": "Kiểm toán Nhà nước"}
"""The symbols with which the Prime Minister and the ministries sign their documents (the part
of the number after its type: "923/QĐ-TTg", "03/CT-BTTTT", "2579/HD-BNN-TCCB"), and who they
are (each a body of NATIONAL_BODIES): a document so numbered is a national one."""

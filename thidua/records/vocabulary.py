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

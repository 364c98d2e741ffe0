"""How a plan is cited, in the Vietnamese administrative form and in English.

Missing facts shorten the citation; they never leave "None" or an empty "số" behind.
"""

from __future__ import annotations

from thidua.gazetteer import gazetteer
from thidua.model import Record
from thidua.vocabulary import DOC_TYPES


def issuer_name(record: Record, lang: str) -> str:
    """The issuer in full: ``Ủy ban nhân dân tỉnh Cao Bằng``, ``Cao Bang Provincial People's
    Committee``; any issuer other than a provincial People's Committee as printed."""
    if record.issuer_code is not None:
        return record.issuer
    unit = gazetteer().get(record.province)
    if lang == "vi":
        return f"Ủy ban nhân dân {unit.full_name('vi')}"
    kind = "City" if unit.kind == "city" else "Provincial"
    return f"{unit.name('en')} {kind} People's Committee"


def cite(record: Record, lang: str) -> str:
    """One-line citation in the page's language."""
    if lang == "vi":
        return _cite_vi(record)
    return _cite_en(record)


def _cite_vi(record: Record) -> str:
    parts = [DOC_TYPES[record.type]["vi"]]
    if record.number:
        parts.append(f"số {record.number}")
    if record.issued:
        day = record.issued
        parts.append(f"ngày {day.format('vi')}" if day.day else day.format("vi"))
    parts.append(f"của {issuer_name(record, 'vi')}")
    return f"{' '.join(parts)} về việc {_mid_sentence(record.title)}"


def _mid_sentence(title: str) -> str:
    """The title as it reads after "về việc": its first letter lowered, unless it starts with a
    proper name, which Vietnamese capitalises on every syllable ("Cần Thơ chung sức …")."""
    words = title.split()
    if len(words) > 1 and words[1][:1].isupper():
        return title
    return title[:1].lower() + title[1:]


def _cite_en(record: Record) -> str:
    title = record.english.title if record.english else record.title
    doc = DOC_TYPES[record.type]["en"]
    if record.number:
        doc += f" No. {record.number}"
    if record.issued:
        doc += f" of {record.issued.format('en')}"
    return f"{issuer_name(record, 'en')}, {doc}, “{title}”"

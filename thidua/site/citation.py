"""How a plan is cited, in the Vietnamese administrative form and in English.

Missing facts shorten the citation; they never leave "None" or an empty "số" behind.
"""

from __future__ import annotations

import re
from typing import Optional

from thidua.records.gazetteer import gazetteer
from thidua.records.model import Record
from thidua.records.vocabulary import document_name
from thidua.site.issuers import named_issuer
from thidua.site.urls import absolute, site_path


def issuer_name(record: Record, lang: str) -> str:
    """The issuer in full: ``Ủy ban nhân dân tỉnh Cao Bằng``, ``Cao Bang Provincial People's
    Committee``; any other issuer as printed, or in English where ``english_issuer`` knows its
    English name (``named_issuer``)."""
    if record.issuer_code is not None:
        return named_issuer(record.issuer, lang)[0]
    unit = gazetteer().get(record.province)
    if lang == "vi":
        return f"Ủy ban nhân dân {unit.full_name('vi')}"
    if unit.kind == "city":  # "Can Tho City …", and "Ho Chi Minh City …" whose name says City
        return f"{unit.name('en').removesuffix(' City')} City People's Committee"
    return f"{unit.name('en')} Provincial People's Committee"


CHAIR = re.compile(r"^(?P<vice>Phó\s+)?Chủ tịch\s+(?:UBND|Ủy ban nhân dân)(?:\s+(?:tỉnh|thành phố|TP\.?)"
                   r"(?:\s+.*)?)?$", re.I)
"""The post of a provincial People's Committee's chair as printed: "Chủ tịch UBND tỉnh",
"Phó Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"."""


def signer_post(record: Record, lang: str) -> Optional[str]:
    """The signer's post in ``lang``: in English, a provincial People's Committee's (vice-)chair
    is translated as the issuer is ("Chairman of the Cao Bang Provincial People's Committee");
    any other post, or a post in Vietnamese, as printed."""
    post = record.signer.post if record.signer else None
    match = CHAIR.match(post) if post and lang == "en" and record.issuer_code is None else None
    if not match:
        return post
    return f"{'Vice Chairman' if match.group('vice') else 'Chairman'} of the {issuer_name(record, 'en')}"


def cite(record: Record, lang: str) -> str:
    """One-line citation in the page's language."""
    if lang == "vi":
        return _cite_vi(record)
    return _cite_en(record)


def _cite_vi(record: Record) -> str:
    parts = [document_name(record.type, "vi")]
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
    doc = document_name(record.type, "en")
    if record.number:
        doc += f" No. {record.number}"
    if record.issued:
        doc += f" of {record.issued.format('en')}"
    if record.english:
        return f"{issuer_name(record, 'en')}, {doc} on {_mid_sentence(record.english.title)}"
    return f"{issuer_name(record, 'en')}, {doc}, “{record.title}”"  # no translation yet


def cite_with_address(record: Record, lang: str, site_url: str) -> str:
    """The citation in ``lang`` followed by the plan's permanent address in that language."""
    return f"{cite(record, lang)}, {absolute(site_url, site_path(record.url, lang))}"


def csl_json(record: Record, lang: str, site_url: str) -> list[dict]:
    """The plan as CSL-JSON (an array of one item, as reference managers import it). The
    issuing body is its author, as a literal name (the styles name an author in the text and
    the bibliography: "(Cao Bang Provincial People's Committee, 2023)"), and its date is the
    issue date, else the date of the article it is known by, said in a note."""
    english = record.english if lang == "en" else None
    item = {"id": _key(record), "type": "report",
            "title": english.title if english else record.title,
            "author": [{"literal": issuer_name(record, lang)}],
            "authority": issuer_name(record, lang), "genre": document_name(record.type, lang),
            "jurisdiction": gazetteer().get(record.province).full_name(lang),
            "URL": absolute(site_url, site_path(record.url, lang)), "language": lang}
    if record.number:
        item["number"] = record.number
    known_by = record.placed_on
    parts = [known_by.year, known_by.month, known_by.day]
    item["issued"] = {"date-parts": [[part for part in parts if part is not None]]}
    if record.dated_by_article:
        item["note"] = (f"Không rõ ngày ban hành; ngày đăng tin {known_by.format('vi')}"
                        if lang == "vi" else
                        f"Issue date not stated; dated by the article of {known_by.format('en')}")
    return [item]


def bibtex(record: Record, lang: str, site_url: str) -> str:
    """The plan as a BibTeX ``@misc`` entry; the issuer is a corporate author in braces."""
    english = record.english if lang == "en" else None
    fields = [("title", english.title if english else record.title),
              ("author", "{" + _bib(issuer_name(record, lang)) + "}"),
              ("howpublished", document_name(record.type, lang) +
               (f" {'số' if lang == 'vi' else 'No.'} {record.number}" if record.number else "")),
              ("url", absolute(site_url, site_path(record.url, lang))), ("language", lang)]
    if record.number:
        fields.append(("number", record.number))
    if record.issued:
        fields.append(("year", str(record.issued.year)))
        if record.issued.month:
            fields.append(("month", str(record.issued.month)))
        if record.issued.day:
            fields.append(("day", str(record.issued.day)))
    body = ",\n".join(f"  {name} = {{{value if name == 'author' else _bib(value)}}}"
                      for name, value in fields)
    return f"@misc{{{_key(record)},\n{body}\n}}\n"


def _key(record: Record) -> str:
    return record.url.strip("/").replace("/", "-")


def _bib(text: str) -> str:
    """Text safe inside a BibTeX brace-delimited value."""
    for char, escaped in (("\\", r"\textbackslash{}"), ("{", r"\{"), ("}", r"\}"), ("%", r"\%"),
                          ("&", r"\&"), ("#", r"\#"), ("_", r"\_"), ("$", r"\$")):
        text = text.replace(char, escaped)
    return text

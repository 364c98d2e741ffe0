"""What each kind of page shows, computed once from the records: templates only display it.

Every value is already in the page's language; a value in the other language says so in
``lang`` so that the template can mark it for screen readers and browsers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlsplit

from thidua.records.crossrefs import CrossRefs
from thidua.records.dates import PartialDate
from thidua.records.gazetteer import gazetteer
from thidua.records.model import Record, Source
from thidua.records.movements import movements
from thidua.records.vocabulary import document_name
from thidua.site.campaign import UNSTATED, format_period, status
from thidua.site.citation import cite_with_address, issuer_name, signer_post
from thidua.site.labels import label
from thidua.site.urls import LANGUAGES, site_path


@dataclass(frozen=True)
class Fact:
    """One row of a plan's facts panel."""

    key: str
    """Field it shows (``issued``), for styling and tests."""
    label: str
    """Row label in the page's language."""
    value: str
    """Value as shown."""
    lang: Optional[str] = None
    """Language of ``value`` when it differs from the page's (Vietnamese text on an English page)."""
    link: Optional[str] = None
    """Address the value links to, if any."""
    notes: tuple["Note", ...] = ()
    """Remarks under the value (the issuer as printed, why a fact was inferred)."""
    badge: Optional[str] = None
    """A status code shown as a badge next to the value (``running``, ``ended``…)."""
    badge_label: Optional[str] = None


@dataclass(frozen=True)
class Note:
    """A remark under a fact: an optional label in the page's language, then a text that may
    be in another language (a reason not yet translated, on an English page)."""

    text: str
    label: Optional[str] = None
    lang: Optional[str] = None
    """Language of ``text`` when it differs from the page's."""


@dataclass(frozen=True)
class IndexPage:
    """What every generated page has."""

    path: str
    """Site path without the language prefix (``can-tho/``, ``provinces/``, ``2023/``)."""
    lang: str
    template: str
    """The template in ``overrides/`` that displays it."""
    title: str
    crumbs: tuple[Crumb, ...]

    def items(self) -> list[tuple[str, str]]:
        """What the page lists, as (name, site path), for its JSON-LD ItemList."""
        raise NotImplementedError


@dataclass(frozen=True)
class RecordPage:
    """The context of a plan page (``record.html``)."""

    lang: str
    title: str
    tab_title: str
    """The title a tab, a bookmark or a shared link shows: the plan's number (or its type and
    date) and province before its title, which many plans share."""
    summary: str
    summary_lang: Optional[str]
    """Language of the title and the summary when not the page's (None when it is)."""
    heading_number: Optional[str]
    """``Kế hoạch số 2255/KH-UBND`` above the title; None without a number."""
    facts: tuple[Fact, ...]
    citations: tuple["CitationForm", ...]
    """The citation in the page's language first, then in the other; each with its address."""
    downloads: tuple[tuple[str, str], ...]
    """(format, file next to the page): CSL-JSON and BibTeX."""
    cites: tuple["CitedDocument", ...]
    """Documents the plan cites (frontmatter and text), linked where the archive holds them."""
    cited_by: tuple["PlanLink", ...]
    """The archive's plans that cite this one."""
    status: str
    """Campaign status code as of the build date."""
    text_lang: str
    """Language of the body shown (``vi`` when an English page falls back to the original)."""
    notice: Optional[str]
    """Banner above the text: unofficial translation, or text only in Vietnamese."""
    read_at: tuple["ReadAt", ...] = ()
    """For a plan whose text the archive does not hold, the articles that report it
    (empty when the page shows the text)."""
    crumbs: tuple["Crumb", ...] = ()
    """Home › province › year › plan."""
    labels: dict[str, str] = field(default_factory=dict)
    """Headings of the page's sections in its language."""


@dataclass(frozen=True)
class ReadAt:
    """An article to read a plan at: its outlet (or the site's host name) and address."""

    name: str
    url: str


@dataclass(frozen=True)
class CitationForm:
    label: str
    """What form it is (``Vietnamese (administrative form)``), in the page's language."""
    text: str
    lang: str
    """Language of the citation itself."""


@dataclass(frozen=True)
class CitedDocument:
    number: str
    url: Optional[str]
    """Site path of the plan in the page's language, when the archive holds it."""
    title: Optional[str]


@dataclass(frozen=True)
class Crumb:
    """One step of a breadcrumb trail; the last one (the page itself) has no link."""

    label: str
    url: Optional[str]
    """Site path in the page's language (``en/can-tho/``), None for the current page."""


@dataclass(frozen=True)
class PlanLink:
    """A plan in a list: enough to recognise it and follow the link."""

    url: str
    """Site path of the plan in the list's language (``en/can-tho/2023/97-kh-ubnd/``)."""
    title: str
    title_lang: Optional[str]
    """``vi`` when an English list shows a plan's Vietnamese title (no English file yet)."""
    number: Optional[str]
    issuer: str
    date: str
    """Issue date, or article date when the issue date is unknown, in the page's language."""
    date_note: Optional[str]
    """Says that ``date`` is the article's date, when the issue date is unknown."""
    status: str
    status_label: str
    former: Optional[str] = None
    """On the page of today's unit, the former unit that issued the plan (``tỉnh Hậu Giang (cũ)``)."""


def tab_title(record: Record, lang: str) -> str:
    """``Kế hoạch 2255/KH-UBND, tỉnh Cao Bằng – Phát động …``; ``Plan, 20 February 2024, Da Nang
    City – Launching …`` for a plan without a number (dated as the plan page dates it)."""
    english = record.english if lang == "en" else None
    doc_type = document_name(record.type, lang)
    known_as = (f"{doc_type} {'' if lang == 'vi' else 'No. '}{record.number}" if record.number
                else f"{doc_type}, {record.placed_on.format(lang)}")
    place = gazetteer().get(record.province).full_name(lang)
    return f"{known_as}, {place} – {english.title if english else record.title}"


def record_page(record: Record, lang: str, today: dt.date, refs: CrossRefs,
                site_url: str) -> RecordPage:
    """The plan page of ``record`` in ``lang``, with statuses as of ``today``."""
    english = record.english if lang == "en" else None
    code = status(record.period, today)
    if not record.has_text:
        notice = label("text_not_held", lang)
    elif lang == "en":
        notice = label("unofficial" if english and english.has_text else "only_vietnamese", "en")
    else:
        notice = None
    doc_type = document_name(record.type, lang)
    return RecordPage(
        lang=lang,
        title=english.title if english else record.title,
        tab_title=tab_title(record, lang),
        summary=english.summary if english else record.summary,
        summary_lang="vi" if lang == "en" and not english else None,
        heading_number=f"{doc_type} {'số' if lang == 'vi' else 'No.'} {record.number}"
        if record.number else None,
        facts=tuple(_facts(record, lang, code, today)),
        citations=tuple(CitationForm(label(f"citation_{form}", lang),
                                     cite_with_address(record, form, site_url), form)
                        for form in sorted(LANGUAGES, key=lambda form: form != lang)),
        downloads=(("CSL-JSON", "cite.json"), ("BibTeX", "cite.bib")),
        cites=tuple(CitedDocument(c.number, site_path(c.target.url, lang) if c.target else None,
                                  plan_link(c.target, lang, today).title if c.target else None)
                    for c in refs.cites.get(record.url, ())),
        cited_by=tuple(plan_link(r, lang, today) for r in refs.cited_by.get(record.url, ())),
        status=code,
        text_lang="en" if english and english.has_text else "vi",
        notice=notice,
        read_at=() if record.has_text else _read_at(record),
        crumbs=trail(lang, record.province, record.year) + (
            Crumb(record.number or label("plan", lang), None),),
        labels={key: label(key, lang) for key in ("facts", "text", "citation", "copy_citation", "copied",
                                                  "download", "cites", "cited_by", "not_held",
                                                  "read_at")},
    )


def trail(lang: str, province: str | None = None, year: int | None = None) -> tuple[Crumb, ...]:
    """Links from the home page down to a province, or a year, or a province's year."""
    crumbs = [Crumb(label("home", lang), site_path("", lang))]
    if province:
        unit = gazetteer().get(province)
        crumbs.append(Crumb(unit.name(lang), site_path(f"{province}/", lang)))
        if year:
            crumbs.append(Crumb(str(year), site_path(f"{province}/{year}/", lang)))
    elif year:
        crumbs.append(Crumb(str(year), site_path(f"{year}/", lang)))
    return tuple(crumbs)


def plan_link(record: Record, lang: str, today: dt.date) -> PlanLink:
    """How ``record`` appears in a list."""
    english = record.english if lang == "en" else None
    code = status(record.period, today)
    return PlanLink(
        url=site_path(record.url, lang),
        title=english.title if english else record.title,
        title_lang="vi" if lang == "en" and not english else None,
        number=record.number,
        issuer=issuer_name(record, lang),
        date=record.placed_on.format(lang),
        date_note=label("article_date", lang) if record.dated_by_article else None,
        status=code,
        status_label=label(f"status_{code}", lang),
    )


def _facts(record: Record, lang: str, code: str, today: dt.date) -> list[Fact]:
    other = "vi" if lang == "en" else None
    english = record.english if lang == "en" else None

    def reason(name: str) -> Note:
        """Why a fact was inferred, in the page's language (on an English page without its
        English reason, the Vietnamese one, marked)."""
        translated = english.inferred.get(name) if english else None
        return Note(translated or record.inferred[name], label("inferred", lang),
                    other if lang == "en" and not translated else None)

    def fact(key: str, value: Optional[str], *, lang_of_value=None, notes=(), reasoned=True,
             **more) -> None:
        if value is None:
            return
        reasons = tuple(reason(name) for name in sorted(record.inferred)
                        if reasoned and (name == key or name.startswith(f"{key}.")))
        facts.append(Fact(key, label(key, lang), value, lang_of_value, notes=notes + reasons,
                          **more))

    facts: list[Fact] = []
    fact("number", record.number or label("not_stated", lang))
    fact("type", f"{document_name(record.type, lang)} ({record.type})" if record.type
         else label("not_stated", lang))
    issuer = issuer_name(record, lang)
    fact("issuer", issuer, lang_of_value=other if issuer == record.issuer else None,
         notes=(Note(record.issuer, lang=other),) if issuer != record.issuer else ())
    fact("province", _province(record, lang))
    if record.issued:
        fact("issued", record.issued.format(lang))
    else:
        fact("issued", label("placed_by_article", lang))  # the article's date follows, once
    if record.published:
        fact("published", record.published.format(lang))
    as_of = PartialDate.of(today).format(lang)
    said = label(f"status_{code}", lang)  # (a period not stated is so whatever the day)
    fact("period", format_period(record.period, lang) or label("not_stated", lang), badge=code,
         badge_label=said if code == UNSTATED else f"{said} ({label('as_of', lang)} {as_of})")
    def worded(name: str) -> None:
        """A fact said in words: the English file's translation on English pages, if any."""
        translated = getattr(english, name, None) if english else None
        value = translated or getattr(record, name)
        fact(name, value, lang_of_value=None if translated else other)

    worded("occasion")
    for slug in record.movement:
        fact("movement", movements()[slug].name(lang),
             link=site_path(f"movements/{slug}/", lang))
    if record.signer:
        post = signer_post(record, lang)
        signer = ", ".join(part for part in (record.signer.name, post) if part)
        fact("signer", signer, lang_of_value=other if post == record.signer.post else None)
    worded("slogan")
    worded("participants")
    for index, article in enumerate(record.source):  # inferred source.* is the first's
        unfound = () if article.url else (Note(label("source_unfound", lang)),)
        fact("source", _source(article, lang), lang_of_value=other, link=article.url,
             reasoned=index == 0, notes=unfound)
    return facts


def _province(record: Record, lang: str) -> str:
    unit = gazetteer().get(record.province)
    today = gazetteer().today(record.province)
    if today.slug == unit.slug:
        return unit.full_name(lang)
    return f"{unit.full_name(lang)} ({label('now_part_of', lang)} {today.full_name(lang)})"


def _source(article: Source, lang: str) -> Optional[str]:
    """Outlet and byline; the link text alone when only the address is known."""
    parts = [article.outlet] if article.outlet else []
    if article.author:
        parts.append(f"{label('by', lang)} {article.author}")
    if parts:
        return ", ".join(parts)
    return label("source_link", lang) if article.url else None


def _read_at(record: Record) -> tuple["ReadAt", ...]:
    """Where a plan without its text in the archive can be read: each article with an address."""
    return tuple(ReadAt(article.outlet or urlsplit(article.url).hostname, article.url)
                 for article in record.source if article.url)

"""The record model: what a plan record holds, and the table of its frontmatter fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from thidua.records.dates import PartialDate
from thidua.records.schema import (
    DOC_NUMBER,
    SITE_PATH,
    TOPIC,
    URL,
    Choice,
    Date,
    Field,
    Group,
    ListOf,
    MovementSlug,
    Province,
    Reasons,
    Text,
    dotted_names,
)
from thidua.records.vocabulary import DOC_TYPES, ISSUER_LEVELS


@dataclass(frozen=True)
class Period:
    """The campaign period; either end may be unknown."""

    start: Optional[PartialDate] = None
    end: Optional[PartialDate] = None


@dataclass(frozen=True)
class Signer:
    """Who signed the plan."""

    name: str
    post: Optional[str] = None


@dataclass(frozen=True)
class Source:
    """A news article the record was taken from (a plan reported by several has several)."""

    outlet: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None


@dataclass(frozen=True)
class English:
    """The English file of a record: translated title, summary and text (unofficial). The
    text stays in the file (``loader.read_body``); of it, the build keeps what it needs."""

    path: str
    title: str
    summary: str
    has_text: bool
    """Whether the file translates the text (else the English page shows the Vietnamese)."""
    occasion: Optional[str] = None
    slogan: Optional[str] = None
    participants: Optional[str] = None
    inferred: dict[str, str] = field(default_factory=dict)
    """The reasons of the Vietnamese file's inferred facts, in English (field → reason)."""
    mentions: tuple[str, ...] = ()
    """The document numbers the translated text mentions, in order (thidua/records/crossrefs.py)."""
    links: tuple[str, ...] = ()
    """The site's Markdown files the translated text may link to (thidua/records/links.py)."""
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    """Line of each frontmatter field in the English file, for messages."""


@dataclass(frozen=True)
class Record:
    """One plan: the facts of its Vietnamese file and its English file if any. The text stays
    in the file (``loader.read_body``): the build reads it when it writes the plan's page."""

    path: str
    """Path of the Vietnamese file as shown in messages (``content/can-tho/2023/97-kh-ubnd.md``)."""
    url: str
    """Site path of the plan without the language prefix (``can-tho/2023/97-kh-ubnd/``)."""
    title: str
    summary: str
    issuer: str
    issuer_level: str
    province: str
    type: Optional[str] = None
    """The document type code; None when the text names no document (a launch reported
    without the plan that made it)."""
    number: Optional[str] = None
    issuer_code: Optional[str] = None
    issued: Optional[PartialDate] = None
    published: Optional[PartialDate] = None
    period: Optional[Period] = None
    occasion: Optional[str] = None
    signer: Optional[Signer] = None
    slogan: Optional[str] = None
    participants: Optional[str] = None
    topics: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()
    movement: tuple[str, ...] = ()
    """The national movements (``data/movements.yaml``) the plan answers, or launches."""
    source: tuple[Source, ...] = ()
    """The articles the record comes from, first the one its text (if any) is."""
    has_text: bool = True
    """Whether the file holds the article's text (the seeds do; other articles are
    third-party, and their records hold facts, a summary and the address only)."""
    inferred: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    """The document numbers the text mentions, in order (thidua/records/crossrefs.py)."""
    links: tuple[str, ...] = ()
    """The site's Markdown files the text may link to (thidua/records/links.py)."""
    english: Optional[English] = None
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    """Line of each frontmatter field in the Vietnamese file, for messages."""

    @property
    def placed_on(self) -> PartialDate:
        """The date that places the plan: its issue date, else its article's date."""
        return self.issued or self.published

    @property
    def year(self) -> int:
        """The year in the URL: the issue year, else the year of the source article."""
        return self.placed_on.year

    @property
    def newest_first(self) -> tuple:
        """Sort key: latest date first (a partial date counts as its last day), then path."""
        return (-self.placed_on.last_day.toordinal(), self.url)

    @property
    def dated_by_article(self) -> bool:
        """True when the issue date is unknown and the article's date places the plan."""
        return self.issued is None


RECORD_FIELDS: dict[str, Field] = {f.name: f for f in [
    Field("title", Text(), True, "Title of the plan, in Vietnamese; typos of the source may be "
          "corrected here (never in the body).",
          "Phát động phong trào thi đua năm 2024"),
    Field("summary", Text(), True, "Two or three sentences on what the plan asks, in Vietnamese.",
          "UBND tỉnh phát động đợt thi đua …"),
    Field("number", DOC_NUMBER, False, "Document number as printed; leave out if the text "
          "gives none.", "2255/KH-UBND"),
    Field("type", Choice(DOC_TYPES), False, "Document type code; leave out when the text names "
          "no document (a launch reported without the plan that made it).", "KH"),
    Field("issuer", Text(), True, "Issuing body as printed.", "UBND tỉnh Cao Bằng"),
    Field("issuer_level", Choice(ISSUER_LEVELS), True, "Level of the issuing body.", "province"),
    Field("issuer_code", TOPIC, False, "Short ASCII code of the issuer, required for any issuer "
          "other than the provincial People's Committee (ubnd); it goes into the slug.", "tu"),
    Field("province", Province(), True, "Slug of the province as named on the issue date.",
          "cao-bang"),
    Field("issued", Date(), False, "Issue date, possibly partial; leave out if the text does "
          "not give it.", "2023-08-21"),
    Field("published", Date(), False, "Date of the source article, possibly partial. Needed "
          "when issued is unknown.", "2023-08-22"),
    Field("period", Group(Period, [
        Field("start", Date(), False, "First day, month or year of the campaign.", "2023-08"),
        Field("end", Date(), False, "Last day, month or year of the campaign.", "2024-08"),
    ]), False, "Emulation period.", "{start: 2023-08, end: 2024-08}"),
    Field("occasion", Text(), False, "The anniversary or event the campaign greets.",
          "525 năm thành lập tỉnh Cao Bằng (1499-2024)"),
    Field("signer", Group(Signer, [
        Field("name", Text(), True, "Name of the signer.", "Hoàng Xuân Ánh"),
        Field("post", Text(), False, "Post of the signer.", "Chủ tịch UBND tỉnh"),
    ]), False, "Who signed the plan.", "{name: Hoàng Xuân Ánh, post: Chủ tịch UBND tỉnh}"),
    Field("slogan", Text(), False, "The campaign's slogan or theme, as printed.",
          "Đoàn kết, sáng tạo, thi đua lập thành tích …"),
    Field("participants", Text(), False, "Who takes part, as printed.",
          "các sở, ban, ngành, đoàn thể …"),
    Field("topics", ListOf(TOPIC), False, "Short English slugs of what the plan is about.",
          "[anniversary, administrative-reform]"),
    Field("cites", ListOf(DOC_NUMBER), False, "Numbers of the documents the plan cites.",
          "[34-CT/TU, 114/NQ-HĐND]"),
    Field("movement", ListOf(MovementSlug()), False, "Slugs of the national movements the plan "
          "answers (or, for a national plan, launches), from thidua/records/data/movements.yaml.",
          "[nong-thon-moi]"),
    Field("source", ListOf(Group(Source, [
        Field("outlet", Text(), False, "Name of the news outlet.", "Báo Đà Nẵng"),
        Field("url", URL, False, "Address of the article.", "https://…"),
        Field("author", Text(), False, "Byline as printed.", "T. HUY"),
    ])), False, "The news articles the record comes from, one item each (the article whose "
          "text the file holds first).",
          "[{outlet: Báo Đà Nẵng, url: https://…, author: T. HUY}]"),
    Field("inferred", Reasons(lambda: INFERABLE), False, "Facts not stated in the text, each "
          "field (dotted for sub-fields) with the reason it was inferred, in Vietnamese.",
          "{province: \"Chỉ thị 34-CT/TU mà bài nêu là của Đà Nẵng\"}"),
    Field("aliases", ListOf(SITE_PATH), False, "Former paths of this record (after a move), "
          "which keep working as redirects in both languages.", "[/can-tho/2024/kh-ubnd-2024-02-20/]"),
]}
"""The Vietnamese file's frontmatter fields."""

INFERABLE = [name for name in dotted_names(RECORD_FIELDS) if name not in ("inferred", "aliases")]
"""Fields that ``inferred`` may name."""

ENGLISH_FIELDS: dict[str, Field] = {f.name: f for f in [
    Field("title", Text(), True, "Title of the plan in English.",
          "Launching the 2024 emulation movement"),
    Field("summary", Text(), True, "The summary in English.",
          "The Provincial People's Committee launches …"),
    Field("occasion", Text(), False, "The occasion in English (translating the Vietnamese "
          "file's occasion).", "the 525th anniversary of the founding of Cao Bang province"),
    Field("slogan", Text(), False, "The slogan or theme in English (a translation).",
          "Solidarity, creativity, emulation …"),
    Field("participants", Text(), False, "Who takes part, in English (a translation).",
          "departments, agencies, localities …"),
    Field("inferred", Reasons(lambda: INFERABLE), False, "The reasons of the Vietnamese file's "
          "inferred facts, in English, field by field (the same fields).",
          "{province: \"the cited 34-CT/TU is Da Nang's\"}"),
]}
"""The English file's frontmatter fields: what is said in words; facts (dates, numbers,
places) live once, in the Vietnamese file."""

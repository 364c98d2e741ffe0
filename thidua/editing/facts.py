"""A draft record: the facts an article states, each with the words it was read from, and the
facts it does not state, each with why (shared by the readers of Vietnamese and English
articles: thidua/editing/ingest.py, thidua/editing/english.py)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from thidua.editing.nearmiss import DOUBTED, unsure_launch, without_past_or_drafted
from thidua.records.crossrefs import CAPITAL, JOINED_SECTORS, mentions
from thidua.records.dates import MONTHS_EN, DateError, PartialDate
from thidua.records.gazetteer import gazetteer

SPACED_NUMBER = re.compile(r"(?<=\d)(?: +(/) *| *(/) +)(?=[A-ZĐ])|(?<=\d) +(?=-[A-ZĐ]{1,6}/)")
"""Spaces around the slash of a document number: "07 / CT-UBND", "80 /KH-MT", "12/ CT-UBND", or before its dash:
"298 -KH/TĐTN-BTG" (read as 07/CT-UBND, 298-KH/TĐTN-BTG by :func:`unspaced`; a draft's body keeps them as printed)."""


JOINED_APART = re.compile(rf"(\d{{1,5}}/[A-ZĐ][\w-]*?[A-ZĐ])(?:[ \t\xa0]|&nbsp;)*&(?i:amp;|#0*38;|#x26;)*"
                          rf"(?:[ \t\xa0]|&nbsp;)*(?={JOINED_SECTORS}(?![\w/]))")
"""A code joined by "&" printed apart or escaped: "1528/KH-SGD & ĐT", "1528/KH-SGD&amp;ĐT", "&#038;", "&amp;amp;",
"&AMP;", "&nbsp;&amp;&nbsp;" (read as 1528/KH-SGD&ĐT)."""


def unspaced(text: str) -> str:
    """The text with its document numbers' spaces taken out (SPACED_NUMBER), and their "&" put back together
    (JOINED_APART)."""
    text = JOINED_APART.sub(lambda found: found.group(1) + "&", text)
    return SPACED_NUMBER.sub(lambda found: found.group(1) or found.group(2) or "", text)


LUNAR_DAY = re.compile(r"\b\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2})"
                       r"(?=\s*(?:âm lịch|ÂL)\b|\s*\(\s*(?:âm lịch|ÂL)\s*\))", re.I)
"""A day of the lunar calendar: "10/3 âm lịch", "10/1 (âm lịch)", "15/7 ÂL", "ngày 10 tháng 3 âm lịch" (not a solar
day whose lunar one a bracket gives: "Sáng 12/2 (âm lịch là ngày rằm tháng Giêng)")."""


def without_lunar_days(text: str) -> str:
    """The text with the numbers of its lunar days (LUNAR_DAY) taken out ("đến ngày …/… âm lịch"): no day of the
    calendar that dates a plan (Giỗ Tổ "10/3 âm lịch" is in April)."""
    return LUNAR_DAY.sub("…/…", text)


BEFORE_A_NUMBER = re.compile(r"\b(?:số|ngày|tháng|năm)$")
"""A line's last word that a number continues ("Thực hiện Kế hoạch số\n17-KH/BCĐ, …")."""


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOT_A_SENTENCES_REST = re.compile(r"\s*[^\W\d][\w ]{0,24}:\s|\s*(?:updated|posted|published|cập nhật)\b|"
                                  r"\s*[^\W\d][).]\s|.*\b\d{1,2}:\d{2}\b|.*\||\s*(?:"
                                  + "|".join((*WEEKDAYS, *MONTHS_EN)) + r")\b", re.I)
"""A line that is not a sentence's rest though it may seem to be: page furniture ("updated: 12/05/2025 08:00",
"MONDAY, MARCH 3, 2025 10:20", "MARCH 5, 2025 | 09:15"), an item of a list ("a) Đợt thi đua bắt đầu từ …")."""


def _in_capitals(line: str) -> bool:
    """Whether a line is written in capitals (a heading's), with a word of two letters at least."""
    return bool(re.search(r"[^\W\d_]{2}", line)) and line.upper() == line


def rewrapped(text: str) -> str:
    """The text with the lines a page broke inside its sentences joined again: a line that ends without a stop
    and the next that begins in lower case ("… tổ chức Hội\nnghị tổng kết …"), or with the number its last word
    calls for ("… Kế hoạch số\n17-KH/BCĐ"), and the lines of a heading in capitals ("… THI ĐUA “VÌ NGƯỜI NGHÈO …”
    GIAI\nĐOẠN 2021 - 2025"); not a line of page furniture or a list's item (NOT_A_SENTENCES_REST)."""
    lines = text.split("\n")
    joined = lines[:1]
    for line in lines[1:]:
        previous = joined[-1].rstrip()
        continues = line[:1].islower() or (line[:1].isdigit() and BEFORE_A_NUMBER.search(previous)) or (
            _in_capitals(previous) and _in_capitals(line))
        if continues and previous and previous[-1] not in ".!?:;" and not NOT_A_SENTENCES_REST.match(line):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return "\n".join(joined)


CRAWL_DATE = re.compile(r"\A\s*date (\d{4})-(\d{2})(?:-(\d{2}))?\b\s*")
"""The page's date as a crawler printed it before the text: " date 2026-01-29 …"."""


def crawled(text: str) -> tuple[Optional[PartialDate], str]:
    """The date a crawler printed before the text (to the day, or the month), and the text
    without it."""
    match = CRAWL_DATE.match(text)
    if not match:
        return None, text
    year, month, day = (int(group) if group else None for group in match.groups())
    return partial_date(year, month, day), text[match.end():]


FIRST_PUBLISHED = re.compile(r"(?:first published on|originally published on|bài đăng lần đầu(?:\s+ngày)?|"
                             r"đăng lần đầu(?:\s+ngày)?)\s*:?\s*(\d{1,2})/(\d{1,2})/(\d{4})", re.I)
"""A repost's line that dates the article it copies: "(first published on 06/03/2024)", "(Bài đăng
lần đầu ngày 06/5/2024)"."""


REPOST_LINE = re.compile(r"\W*(?:first|originally|republished|reposted|bài|đăng)", re.I)
"""How a repost's own line about its article begins."""


def year_unsaid(prose: str, year: int, month: int) -> bool:
    """Whether the text prints years (1975 on) and never ``year``, the one a day (of ``month``)
    printed without its year would take from the page's date, nor the year after (a launch at a
    year's end of the next year's campaign, "Chiều 27.12, … phát động phong trào thi đua năm
    2020"), nor, for a day early in the year, the year before (its results recalled): the day is
    then of a year the text does not say ("On June 11" on a page of 2011 about a movement "for
    the 2008-2010 period"). A span prints the years within it; a document's number, a cited
    document's date or a law's name ("98/2023/NĐ-CP", "Chỉ thị số 05-CT/TW ngày 15/5/2016", "Luật
    Thi đua, khen thưởng năm 2022") print none of the text's."""
    year_pattern = r"(?:197[5-9]|19[89]\d|20\d\d)"
    text = re.sub(rf"\S*/{year_pattern}/\S*|\bLuật\b[^.;]{{0,60}}?\bnăm\s+{year_pattern}|"
                  rf"\b(?:số|No\.?)\s*\S+\s+(?:ngày|dated)\s+[\d/.-]+", " ", prose)
    years = {int(found) for found in re.findall(rf"(?<!\d){year_pattern}(?![\d/])", text)}
    for first, last in re.findall(rf"(?<![\d/])({year_pattern})\s*[-–]\s*({year_pattern})(?![\d/])", text):
        years |= set(range(int(first), int(last) + 1))
    said = {year, year + 1} | ({year - 1} if month <= 2 else set())
    return bool(years) and not years & said


def one_stamp(stamps: list) -> Optional[PartialDate]:
    """The page's date from the dates printed around its headline: the one, when they agree; when
    they differ (the site's date of today above the headline, the article's below it: which is
    whose is not said), the month of the earliest, the article's, if they share its year (no day:
    "sáng nay" is neither's; a day without its year after that month is of the year before), else
    none."""
    found = list(dict.fromkeys(stamp for stamp in stamps if stamp))
    if len(found) <= 1:
        return found[0] if found else None
    years = {stamp.year for stamp in found}
    earliest = min(found, key=lambda stamp: stamp.first_day)
    return PartialDate.parse(f"{earliest.year}-{earliest.month:02d}") if len(years) == 1 else None


def first_published(text: str) -> Optional[PartialDate]:
    """The date a repost says, on a short line of its own, its article was first published (the
    article's own date; the page's is the repost's); not a sentence of the article ("Bài viết … của
    Chủ tịch Hồ Chí Minh đăng lần đầu ngày 24/8/1948 …")."""
    match = next((found for line in text.splitlines() if len(line) < 120 and REPOST_LINE.match(line.strip())
                  and (found := FIRST_PUBLISHED.search(line))), None)
    return partial_date(int(match.group(3)), int(match.group(2)), int(match.group(1))) \
        if match and int(match.group(3)) >= 1990 else None


class NotAPlan(ValueError):
    """The text announces no plan: no number, no date, no campaign."""


class UnreadableText(ValueError):
    """Empty, binary or non-UTF-8 input."""


@dataclass
class Draft:
    """What the article says, and what it does not."""

    values: dict = field(default_factory=dict)
    """Frontmatter values found, in the record model's field names."""
    found: dict = field(default_factory=dict)
    """Field → the text it was read from."""
    missing: dict = field(default_factory=dict)
    """Field → why it is left empty for review."""
    body: str = ""
    english: dict = field(default_factory=dict)
    """Values of the English file found (an English article's headline: its ``title``)."""
    launched: Optional[PartialDate] = None
    """The day the text says the campaign was launched, where that is not taken for its issue date (a dated plan that
    may be the launcher's own is told: ingest._unread_plan): a start "từ nay" is that day."""


def read_text(data: bytes) -> str:
    """The article's text, or :class:`UnreadableText` saying why not."""
    if not data.strip():
        raise UnreadableText("the file is empty; give the plain text of a news article")
    if b"\x00" in data:
        raise UnreadableText("the file is binary, not text; save the article as plain text (UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableText(f"the file is not UTF-8 (byte 0x{data[error.start]:02x} at offset "
                             f"{error.start}); save it as UTF-8") from None
    return unicodedata.normalize("NFC", text.removeprefix("\ufeff"))


EMULATION = (r"(?<!hội đồng )(?<!ban )(?<!đại hội )(?<!lời kêu gọi )(?<!cờ )(?<!giao ước )"
             r"\bthi đua\b(?!\s*[-–,]?\s*khen)")
""""thi đua" of a campaign, not of a council's, a board's, a congress's, a flag's or the 1948 Call's
name, nor a covenant's ("giao ước thi đua")."""
OF_EMULATION = re.compile(rf"(?<!đăng ký ){EMULATION}|\bemulat\w*\b(?!\s+and\s+(?:commendation|reward)|[-\s]+(?:commendation|"
                          r"fighters?|clusters?|blocs?|flags?|titles?)\b)", re.I)
NOTHING_LAUNCHED = ("the text announces no plan: it launches no emulation campaign and names no plan or "
                    "directive that does (a period, or another document's number, does not make a plan)")


def launches_or_plans(draft: Draft, prose: str, *launches: re.Pattern) -> bool:
    """Whether the text launches a campaign or names the document of one (any of ``launches``, not
    told as another's or as done before: :func:`_its_own`), or gives its own document (not a
    decision) a number in a sentence of emulation, or gives its plan or directive a number in a
    text that speaks of emulation (a plan's number is the plan's, even in a text cut before it
    says what the plan launches); not a text that has only a period, another document's number, or a
    plan's number and no emulation (a plan of celebrations)."""
    own = draft.values.get("number")
    if own and draft.values.get("type") != "QĐ" and any(own in sentence and OF_EMULATION.search(sentence)
                                                         for sentence in sentences(prose)):
        return True  # the plan's own document, of emulation ("văn bản số 4912/UBND-NC về … phong trào thi đua")
    blanked = without_past_or_drafted(prose)  # (not "phát động trong thời gian qua", "Tờ trình phát động")
    return draft.values.get("type") in ("KH", "CT") and own is not None and bool(OF_EMULATION.search(prose)) or any(
        _its_own(prose, match, own, draft.values.get("published")) for pattern in launches
        for match in pattern.finditer(blanked))


def _its_own(prose: str, match: re.Match, own: Optional[str], published: Optional[str]) -> bool:
    """Whether words that launch (``match``) tell the text's own launch: not in another document's
    title nor in a clause carrying one out, not naming another body's document first, not a look
    back on a campaign's years nor a launch made in a year before the page's."""
    sentence = sentence_of(prose, match)
    return not _in_a_cited_title(prose[:match.start()], own) and _names_no_other(match.group(0), own) \
        and not LOOKING_BACK.search(sentence) and not _launched_years_before(sentence, published)


LAUNCHED_IN = re.compile(r"\bphát động\s+(?:từ\s+|vào\s+|trong\s+)?(?:năm|tháng\s+\d{1,2}/)\s*(\d{4})\b|"
                         r"\btừ khi\b[^.]{0,80}\bphát động\b[^.]{0,60}\bnăm\s+(\d{4})\b|"
                         r"\blaunched\s+(?:by\s+[^,.;]{1,80}?\s+)?(?:in|since)\s+(\d{4})\b|"
                         r"\bsince its launch in\s+(\d{4})\b|"
                         r"\b(?:issued|signed)\s+(?:the|a)\s+plan\b[^.;]{0,120}?\bin\s+(?:[A-Z][a-z]+\s+)?(\d{4})\b",
                         re.I)
"""A launch told with the year it was made ("… phát động năm 2021", "Từ khi được … phát động thi đua
… năm 2020", "launched by the provincial People's Committee in 2021", "Since its launch in 2021", "issued the plan
for implementation of the movement … in July 2022");
not a campaign's own year ("phát động phong trào thi đua năm 2024")."""


def _launched_years_before(sentence: str, published: Optional[str]) -> bool:
    """Whether a sentence tells a launch in a year before the page's ("… được Ban Thường vụ Tỉnh ủy
    phát động năm 2021. Sau 4 năm …" on a page of 2025, "Since its launch in 2021, …"): a look back."""
    found = LAUNCHED_IN.search(sentence)
    year = next((int(group) for group in found.groups() if group), None) if found else None
    return bool(year and published and year < PartialDate.parse(published).year)


LOOKING_BACK = re.compile(r"\bphát động\s+(?:từ|vào|trong)\s+năm\s+\d{4}\b[^.]*?\bđến nay\b|"
                          r"\b(?:sau|qua)\s+\d+\s+năm\s+(?:kể từ khi\s+[^.]{0,80}?)?phát động\b|"
                          r"\btừ khi\s+(?:được\s+)?[^.]{0,60}?phát động\b[^.]*\bđến nay\b|"
                          r"\blaunched\s+(?:in|since)\s+\d{4}\b[^.]*?\b(?:so far|has|have)\b|"
                          r"^\W*(?:since|ever since)\b[^.,]{0,80}\blaunched\b|"
                          r"\bsince\s+(?:it|they|we|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:first\s+)?launched\b|"
                          r"\b(?:years?|months?)\s+(?:after|since)\b[^.]{0,80}?\blaunched\b|"
                          r"\bhad\s+(?:\w+ly\s+)?(?:launched|signed|issued)\b|"
                          r"\blaunched\b[^.;]{0,160}?\blast year\b|\blast year\b[^.;]{0,80}?\blaunched\b|"
                          r"\b(?:who|which)\s+(?:in|on|last)\s+[^,.;]{1,30}?\blaunched\b|"
                          r"^\W*when\b[^.,;]{0,100}?\b(?:launched|kicked\s+off|started)\b|"
                          r"\b(?:held|launched|initiated|started)\b[^.;]{0,80}?"
                          r"\bin\s+(?:the\s+\w+\s+of\s+)?1[89]\d{2}\b", re.I)
"""Words of a sentence that looks back on a campaign's years ("Phong trào … được tỉnh phát động từ
năm 2020, đến nay toàn tỉnh đã có …", "Since the ward launched the … movement in March, …", "… has recorded
results since it launched …", "One year after the Prime Minister launched …", "the province had launched (signed)
…", "… launched … in April last year", "the Prime Minister, who in April launched …", "When Lam Dong province kicked
off … in March, few residents …", a launch "held by President Ho
Chi Minh … in the autumn of 1945"): what it tells is not a launch."""


_NOT_ABBREVIATED = r"(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTT)(?<!\bTS)(?<!\bThS)(?<!\bGS)(?<!\bBS)"
SENTENCE_END = re.compile(_NOT_ABBREVIATED + r"[.!?;](?=\s|$)|\n")
"""Where a sentence ends: a full stop followed by a space or the end ("TP.HCM", "14.5.2011" are
within one, and so is "TP. Vũng Tàu", "ThS. Nguyễn …"), or a line's end."""
FULL_STOP = re.compile(_NOT_ABBREVIATED + r"[.!?](?=\s|$)|\n")
"""Where a sentence ends, past its semicolons (SENTENCE_END but ";")."""


def sentences(prose: str) -> list[str]:
    """The text's sentences (SENTENCE_END)."""
    return [part for part in SENTENCE_END.split(prose) if part.strip()]


def sentence_of(prose: str, match: re.Match) -> str:
    """The sentence a match lies in."""
    ends = [found.end() for found in SENTENCE_END.finditer(prose, 0, match.start())]
    stop = SENTENCE_END.search(prose, match.end())
    return prose[ends[-1] if ends else 0:stop.start() if stop else len(prose)]


def _names_no_other(words: str, own: Optional[str]) -> bool:
    """Whether the document ``words`` name first, if any, is the plan ("văn bản số 4912/UBND-NC về
    việc thực hiện Chỉ thị số 22/CT-TTg … về đẩy mạnh phong trào thi đua" of the plan 4912/UBND-NC;
    not "hưởng ứng Kế hoạch số 330-KH/TU của Tỉnh ủy về việc phát động …", another body's plan)."""
    found = mentions(re.sub(r"\([^()]*\)", " ", words))  # (not one in brackets: "(theo Kế hoạch số 145/KH-UBND …)")
    return not found or found[0].group(1) == own


CARRIED_OUT = re.compile(r"(?:^|,)\W*(?:thực hiện|căn cứ|cụ thể hóa|trên cơ sở|theo|hưởng ứng|implementing|following|"
                         r"under|in response to|responding to)\s*$", re.I)
"""Words that open a clause carrying out a document or a campaign, right before it is named."""


def _in_a_cited_title(before: str, own: Optional[str]) -> bool:
    """Whether words that launch come in the title of another document than the plan (what comes
    ``before`` them ends "Directive 19/CT-TTg dated July 16, 2021 of the Prime Minister on", "Chỉ
    thị số 19/CT-TTg … về việc"): that document launched, not the text."""
    clause = re.split(r"[.;\n]", before)[-1]
    if CARRIED_OUT.search(clause):
        return True  # "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về phong trào thi đua …, …"
    found = mentions(clause)
    return bool(found) and found[-1].group(1) != own and bool(
        re.search(r"\b(?:on|về(?:\s+việc)?)\s*$", clause, re.I)) and len(clause) - found[-1].end() <= 120


def record_fact(draft: Draft, name: str, value, source: str) -> None:
    """Set ``name`` to ``value`` in the draft, saying the words it was read from (what was noted
    missing of it before, a reading that came to nothing, no longer is)."""
    if isinstance(value, PartialDate):
        value = str(value)
    elif isinstance(value, dict):
        value = {key: str(item) if isinstance(item, PartialDate) else item
                 for key, item in value.items()}
    draft.values[name] = value
    draft.found[name] = source
    draft.missing.pop(name, None)


def article_date(draft: Draft, printed: Optional[PartialDate], given: Optional[PartialDate],
                 source: str) -> Optional[PartialDate]:
    """The article's date, recorded as the draft's ``published``: the one its editor gives (``given``: the page shows
    it, the text pasted may not), else the one the text prints (``printed``, read from ``source``). Days the text
    prints without their year are read by it as by a page's time stamp."""
    if given:
        differs = f" (the text prints {printed})" if printed and printed != given else ""
        record_fact(draft, "published", given, f"the article's date, as given{differs}")
        return given
    if printed:
        record_fact(draft, "published", printed, source)
    return printed


def ask_to_confirm_its_launch(draft: Draft, lines: list[str]) -> None:
    """Open the draft's notes for review with why its launch itself is unsure, if it is
    (:func:`~thidua.editing.nearmiss.unsure_launch`: a text whose first lines tell no launch and that gives no number,
    issue date or campaign start)."""
    doubt = unsure_launch(lines, draft.values)
    if doubt:
        draft.missing = {DOUBTED: doubt, **draft.missing}


def partial_date(year: int, month: int, day: Optional[int] = None) -> Optional[PartialDate]:
    """The date, or None if there is no such day (31/2, 0/3) or the year is none a plan has."""
    if not 1945 <= year <= 2100 or month == 0 or day == 0:
        return None
    try:
        return PartialDate.parse(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))
    except DateError:
        return None


EARLIER_PLAN_DAYS = 30
"""How long before an article a plan can be issued and still be that of the launch the article tells: a plan issued
before is an earlier year's, phase's or the whole movement's (its peak drive launched under it)."""
LAUNCH_DAY = "the day it was launched"
"""What a draft's issue date was read from when it is the day of a launch the text tells."""
RECALLED_DAYS = 92
"""A launch told with its year more than this many days before the article's own is one the article recalls or
follows (a campaign of an earlier round), not a side launch of the same weeks."""
FOLLOWED_CAMPAIGN = "is the day of the campaign the launch follows"
"""What the review note says of a day that dates a campaign an opening clause follows, where a launch of the article's
own is told after it (left for the editor: which day is the plan's, the text does not settle)."""


def yearless_launch_day(draft: Draft, words: str, todays: bool = False) -> None:
    """Note for the editor the day a launch is told on (``words``: "Sáng 12/3", "March 12"; ``todays``: "Sáng nay")
    when the text gives no year for it (or no date of its own): the article's date, which the editor has, may."""
    draft.missing.setdefault("issued", f"“{words}” may be {LAUNCH_DAY}, " + (
        "the article's own, whose date the text does not give: give the article's date (--published)" if todays else
        "but the text does not give its year: give the article's date (--published), if the day is the launch's"))


def record_period(draft: Draft, start: Optional[PartialDate], end: Optional[PartialDate],
                  from_now: Optional[str], source: str) -> None:
    """Note the campaign period, either end of which may be unknown (nothing if both are);
    ``from_now``: the words by which the text starts it "from now" or "from the day it was
    signed", a start it does not date (but for a launch the text dates: from the day it was launched)."""
    if start and end and start.first_day > end.last_day:
        draft.missing["period.start"] = (f"the text's start ({start}) comes after its end ({end}): "
                                         "check the period")
        start = None
    if not end and not start:
        return
    period = {}
    if start:
        period["start"] = start
    elif from_now and (LAUNCH_DAY in draft.found.get("issued", "") or draft.launched):
        # "từ nay": from the day of the launch
        period["start"] = draft.launched or PartialDate.parse(str(draft.values["issued"]))
        source = f"{source}, from {LAUNCH_DAY}"
    elif from_now:
        draft.missing["period.start"] = (f"the text says “{from_now}” (from now, or from the "
                                         "day it was signed): that day is not given")
    if end:
        period["end"] = end
    record_fact(draft, "period", period, source)


def record_days(draft: Draft, start: PartialDate, count: int, source: str) -> None:
    """Note a campaign of ``count`` days from the day ``start`` (the first of them)."""
    end = PartialDate.of(start.first_day + dt.timedelta(days=count - 1)) if count else None
    record_period(draft, start, end, None, f"{source} ({count} days from the start)")


HO_CHI_MINH_LAUNCHED = re.compile(r"^\W*(?:[^,.]{1,60},\s*)?(?P<told>[^.]{0,80}?\b(?:that|since|when|rằng|từ khi|khi)\s+)?"
                                  r"(?:(?:ngày|năm|tháng|on|in)\s+[^,]{1,30}(?:,\s*\d{4})?,\s*)?"
                                  r"(?:Chủ tịch Hồ Chí Minh|Bác Hồ|Hồ Chủ tịch|President Ho Chi Minh|Uncle Ho)\s+"
                                  r"(?:đã\s+|had\s+)?(?:ra|ký|viết|gửi|phát động|issued|launched|wrote|signed|made)\b",
                                  re.I)
CELEBRATES = re.compile(r"\b(?:kỷ niệm|năm Ngày|Ngày truyền thống|chào mừng|anniversary|to mark|celebrat\w*)\b",
                        re.I)


def without_history(prose: str) -> str:
    """The text without the sentences whose subject is President Ho Chi Minh launching his call of
    1948 ("Ngày 11/6/1948, Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, chính thức phát
    động …"): history, whose day and launch are not the plan's. A sentence that only names the
    call or celebrates it stays ("Nhằm đẩy mạnh phong trào thi đua yêu nước do Chủ tịch Hồ Chí
    Minh phát động, ngày 5/3/2025, UBND tỉnh …", "… kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra
    Lời kêu gọi …")."""
    return "\n".join(" ".join(sentence for sentence in re.split(r"(?<=[.!?])\s+", line) if not _history(sentence))
                      for line in prose.split("\n"))


def _history(sentence: str) -> bool:
    """Whether a sentence tells President Ho Chi Minh's launch, as its subject or in what someone
    said of it ("… said that since Uncle Ho launched the movement 77 years ago, the capital has
    launched hundreds …"), not to celebrate it, and launches nothing else ("Responding to the Call
    that President Ho Chi Minh issued …, the Thai Nguyen Provincial People's Committee … launched
    …", "Sáng 11/6, tỉnh Thanh Hóa phát động thi đua, 77 năm sau khi Bác Hồ ra Lời kêu gọi …")."""
    told = HO_CHI_MINH_LAUNCHED.search(sentence)
    if not told or CELEBRATES.search(sentence):
        return False
    others = sentence[:told.start()] + " " + sentence[told.end():]
    return not (told.group("told") and re.search(r"\b(?:phát động|launch\w*|kick\w* off)\b(?!\s+(?:hundreds|thousands|dozens|"
                                                 r"many|numerous|countless)\b)", others, re.I))


DOCUMENT_KINDS = (r"kế hoạch|chỉ thị|quyết định|công văn|thông báo|thông tri|nghị quyết|văn bản|hướng dẫn|"
                  r"chương trình(?:\s+hành động)?")
"""The Vietnamese names of the documents a text may cite by a bare number."""
BARE_CITED = re.compile(rf"\b(?:{DOCUMENT_KINDS}|"
                        r"plan|directive|decision|resolution)\s+(?:số\s*|No\.?\s*)?(\d+)\s*,?\s*"
                        r"(?:của\s+[^,;.]{1,60}?\s+)?(?:ban hành\s+)?(?:ngày|dated|of)?\s*$", re.I)
"""A document named by a number without its symbol, before a date ("Kế hoạch số 393 ngày 09/8/2024
của Bộ Công an", "Kế hoạch 393 ngày …", "Chỉ thị số 05 của Bộ Chính trị ngày 15/5/2016", a Party
committee's "thông tri số 11 ngày 25/4/2014"): the date
is that document's, unless the number is the plan's."""
CITED_UNNUMBERED = re.compile(r"^\W*(?:thực hiện|căn cứ|cụ thể hóa|trên cơ sở|theo|hưởng ứng)\b[^,;]*?\b(?:kế hoạch|"
                              r"chỉ thị|quyết định|công văn|nghị quyết|văn bản)\s+của\b[^,;]*?(?:\bngày)?\s*$", re.I)
"""A document the sentence opens by carrying out, named without a number, before a date ("Thực hiện
kế hoạch của Bộ Công an ban hành ngày 2/8/2024, …"): the date is that document's."""


def cited_before(text: str, number: Optional[str], after: str = "") -> bool:
    """Whether the nearest document number in the clause before a date (``text``, what comes
    before it) is not the plan's ``number``, or the clause carries out an unnumbered document:
    the date is that document's. A date right after a comma that follows a number is that
    number's ("Kế hoạch số 512, ngày 02/3/2025 của Bộ Công an về …"), unless a new clause's subject
    follows it (``after``: "Thực hiện Kế hoạch số 12/KH-UBND, ngày 5/3/2025, UBND huyện … ban hành
    …": the sentence's own day)."""
    segments = re.split(r"[,;]", text)
    clause = segments[-1]
    if len(segments) > 1 and re.fullmatch(r"\s*(?:ngày|dated)?\s*", clause, re.I) and re.search(
            r"\d[\w/.-]*\s*$", segments[-2]) and not re.match(rf"\s*,?\s*[{CAPITAL}]", after):
        clause = f"{segments[-2]},{clause}"
    found, bare = mentions(clause), BARE_CITED.search(clause)
    if bare and bare.group(1) != re.split(r"[/-]", number or "")[0]:
        return True
    if not number and CITED_UNNUMBERED.search(clause):
        return True
    return bool(found) and found[-1].group(1) != number


def campaign_span(draft: Draft) -> Optional[tuple[PartialDate, Optional[PartialDate]]]:
    """The start and end of the campaign the draft has read, when they can date a launch told
    without its year: a start with its day ("từ ngày 9/10 đến 22/12/2019"), or the year of a
    campaign of one year ("phong trào thi đua năm 2022")."""
    period = draft.values.get("period") or {}
    start = PartialDate.parse(period["start"]) if period.get("start") else None
    end = PartialDate.parse(period["end"]) if period.get("end") else None
    if start and (start.day or (start.month is None and period.get("end") == period["start"])):
        return start, end
    return None


def dated_by_campaign(span: tuple[PartialDate, Optional[PartialDate]], month: int,
                      day: int) -> Optional[PartialDate]:
    """A launch day printed without its year, dated by the campaign it launches: in the one year
    that puts it from three months before the campaign's first day to its last ("Ngày 7-10" of a
    campaign from 9/10/2019; "Sáng 03/10" of one from 01/10 to 31/12/2022), or, for a campaign of
    one year, in that year's first half ("Chiều 16/2, … phát động phong trào thi đua năm 2022":
    late in a year, a launch may be the next year's); else none."""
    start, end = span
    if start.day:
        last = end.last_day if end else start.first_day
        fits = [date for year in range(start.year - 1, last.year + 1)
                if (date := partial_date(year, month, day))
                and start.first_day - dt.timedelta(days=92) <= date.first_day <= last]
        return fits[0] if len(fits) == 1 else None
    return partial_date(start.year, month, day) if month <= 6 else None


def unit_of_its_day(draft: Draft, year: Optional[PartialDate] = None) -> None:
    """Leave the province empty, for review, when the unit read did not exist on the plan's day (its
    issue date, else the day it was launched, else its campaign's start, else the ``year`` the text gives it without
    making it its period, else the page's date): "the People's Committee of Hue City" in 2024 is Thừa Thiên Huế's city,
    not the centrally-run city of 2025."""
    unit = gazetteer().get(draft.values.get("province") or "")
    period = draft.values.get("period") or {}
    days = (draft.values.get("issued"), draft.launched, period.get("start"), year, draft.values.get("published"))
    day = next((PartialDate.parse(str(value)) for value in days if value), None)
    if unit and day and not (unit.existed_on(day.first_day) or unit.existed_on(day.last_day)):
        draft.values.pop("province")
        draft.found.pop("province", None)
        draft.missing["province"] = (f"{unit.full_name('vi')} did not exist on {day}: give the unit of that "
                                     "day")

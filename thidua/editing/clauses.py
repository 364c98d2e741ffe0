"""Which clause of a launching sentence a day belongs to, and whether the words bound to that day tell it as another
year's: a launch looked back on, not the article's own.

A sentence is cut into clauses at its commas (not the one of "March 12, 2025"), semicolons and colons (and the words a
language joins clauses with: Vietnamese "thì"); asides between brackets or dashes ("–", "—"), quoted names and a paper's
dateline are set apart first. Only words bound to the day count, never words elsewhere in the sentence (a comparison
with last year, an earlier plan, a quotation, an aside): a look back right after the day ("ngày 2/3 năm ngoái", "sáng
9/4 năm qua", "Sáng 9/4 năm kia", "March 17 last year", "December 29 of last year", "March 17 a year ago") or in the
time clauses that open it ("Năm ngoái, ngày 17/3, …", "Cách đây một năm, ngày 9/4, …", "Last year, on March 17, …", "Two
years ago, on …"); not "Cách đây năm ngày" (five days), "On March 12, last year's winners …". A day that does not print
its year, dated in the article's year, in a sentence that prints no year of the article's or later by itself, is also
read with wider words, since a look back then says that year is not its own (:func:`_looked_back_wider`): time words
opening the sentence ("Vào thời điểm này năm ngoái", "Đầu năm ngoái", "At the end of last year") with only names of
places, bodies or people between them and the day's clause ("Năm ngoái, UBND huyện … phát động … vào ngày 5/3"), or a
time clause right after the day ("Ngày 18/3, đúng một năm trước, …"); not a look back at something else told in a clause
of its own ("Năm ngoái, tỉnh đã hỗ trợ …, sáng 4/4, …"), a comparison ("Cũng như năm ngoái"), or one the article's own
time follows ("…, lần này …", "this year"). Unless that is the text's own launch (last year's day, as ingest dates it,
within three months before the article, or before the campaign's start where ingest has no article's date: "Chiều 30/12
năm ngoái, …" on a page of 6 January, or of a drive "từ ngày 01/01/2025"), ingest then leaves the issue date empty and
says why (:func:`told_apart`), and no other reading dates that launch: it never moves the date to another day, so a
sentence read this way loses at most a right date, never states a wrong one.

Words of a launch still to come ("sẽ", "dự kiến", "will", "is to") were read the same way in session 32 and withdrawn:
four reviews found them bound to other things far more often than to the launch (see evaluation/ROUNDS.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from thidua.editing.facts import WEEKDAYS
from thidua.records.dates import MONTHS_EN, PartialDate

ANOTHER_TIME = "may be the day of a launch looked back on"
"""What the review note of a day :func:`told_apart` sets apart says (no other reading dates the launch after it)."""


@dataclass(frozen=True)
class Tense:
    """A language's words for a day told as another year's."""

    breaks: re.Pattern
    """Where a clause ends."""
    time_only: re.Pattern
    """A clause that only tells a time (matched whole)."""
    looked_back: re.Pattern
    """A time clause looking back to another year."""
    after_day: re.Pattern
    """A look back right after a day (matched there)."""
    last_year: re.Pattern
    """A look back that dates a day to the year before the article's."""
    lead: re.Pattern
    """A clause of time words in the wider words a look back opens a sentence with ("Vào thời điểm này năm ngoái",
    "Đầu năm ngoái", "At the end of last year"; matched whole)."""
    trailing: re.Pattern
    """A clause of time words, no day among them, told right after a day's ("…, đúng một năm trước, …", "…, last year,
    …"; matched whole)."""
    wider_back: re.Pattern
    """A look back among those wider words."""
    named: frozenset[str]
    """The words besides names (capitalised) and numbers of a clause that may come between a look back opening a
    sentence and the clause of its day: a place, a body, a person and their title ("tại thị xã Sông Cầu", "ông Nay Y
    Blang", "Chủ tịch UBND huyện Ia Pa", "Chairman of the Krong Pa district People's Committee"), not a clause of its
    own ("trên địa bàn huyện có 412 hộ thoát nghèo", "Chairman … presented the flag …")."""
    joined: re.Pattern
    """A clause joined to another right before a day's time words (matched at the end of what precedes the day in its
    clause: "Năm ngoái, huyện dẫn đầu khối thi đua và sáng 12/3 …", "… topped the bloc and on March 12 …")."""
    this_year: re.Pattern
    """Words of the article's own time, after which a look back no longer holds ("năm nay", "lần này", "mới đây",
    "this year", "recently")."""


ASIDE = re.compile(r"\([^()]{0,80}\)|\s[–—]\s[^–—\n]{0,80}?\s[–—]\s|“[^“”\n]{0,120}”|\"[^\"\n]{0,120}\"|"
                   r"^\s*[A-ZĐ(][\w.()À-ỹ]*(?:\s+[A-ZĐ(][\w.()À-ỹ]*){0,3}\s*[-–—]\s")
"""An aside between brackets or dashes ("tại xã Gio Mỹ – nơi năm ngoái huyện tổ chức Lễ hội –", "(năm 2024)"), a
quoted name (its commas no clause's), or a paper's dateline before the sentence ("THANH HOA — ", "VOV.VN - ")."""

SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bTP)(?<!\bNo)[.!?]\s")
"""A sentence's end left inside the text ingest took for one (not "Mr.", "TP.", "No."): no look back reaches past
it."""


def _only(*words: str) -> re.Pattern:
    """A clause made of ``words`` alone (alternatives of patterns), whatever lies between them (matched whole)."""
    return re.compile(rf"\W*(?:(?:{'|'.join(words)})\W*)*", re.I)


_COUNT_VI = r"(?:một|hai|ba|bốn|năm|mười|\d+)"
_AGO_VI = r"cách đây\s+(?:(?:đúng|tròn|hơn|khoảng|gần)\s+)?"
_DAY_VI = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
_WIDER_VI = r"cũng|chính|đầu|cuối|giữa|hồi|dịp|thời điểm|này|trong|tức|vào|đúng|tròn|cách đây|khoảng|gần|hơn|" \
            r"năm ngoái|năm trước|năm rồi|năm kia|một|hai|ba|mười|12 tháng|tháng"
VIETNAMESE = Tense(
    breaks=re.compile(r"[,;:]|\bthì\b"),
    time_only=re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua|nay|qua|năm ngoái|năm trước|năm rồi|"
                         r"năm nay|năm kia|vào|cách đây|hơn|khoảng|gần|tròn|đúng|một|hai|ba|bốn|mười|"
                         rf"{_DAY_VI}|tháng\s+\d{{1,2}}|năm(?:\s+\d{{4}})?|\d+)\W*)*",
                         re.I),
    looked_back=re.compile(rf"\b(?:năm ngoái|năm trước|năm rồi|năm kia|{_AGO_VI}{_COUNT_VI}\s+"
                           rf"năm(?!\s+(?:ngày|tháng|tuần)))\b", re.I),
    after_day=re.compile(r"\s*(?:của\s+)?(?:năm ngoái|năm trước|năm rồi|năm qua|năm kia)\b", re.I),
    last_year=re.compile(r"\b(?:năm ngoái|năm trước|năm rồi|năm qua)\b", re.I),
    lead=_only(_WIDER_VI, r"sáng|chiều|tối|trưa|ngày", _DAY_VI, r"tháng\s+\d{1,2}|năm(?:\s+\d{4})?"),
    trailing=_only(_WIDER_VI),
    wider_back=re.compile(rf"\b(?:năm ngoái|năm trước|năm rồi|năm kia|(?:{_AGO_VI})?12 tháng(?:\s+trước)?|"
                          rf"{_AGO_VI}{_COUNT_VI}\s+năm(?!\s+(?:ngày|tháng|tuần)))\b", re.I),
    named=frozenset("tại trên sáng chiều tối ngày xã huyện tỉnh thị trấn thành phố phường quận thôn bản làng khu "
                    "địa bàn toàn nhân dân ủy ban đoàn hội thường vụ trực chủ tịch phó bí thư giám đốc trưởng ông bà "
                    "đồng chí của cũ".split()),
    joined=re.compile(r"\b(?:và|còn|nhưng|nên|rồi|để|mà)\s+(?:(?:sáng|chiều|tối|trưa|ngày|vào)\s+)*$", re.I),
    this_year=re.compile(r"\b(?:(?-i:nay)|lần này|mới đây|vừa)\b", re.I),  # (not "Nay Y Blang", a name)
)
"""The Vietnamese words."""

_MONTHS = "|".join(MONTHS_EN)
_WEEKDAYS = "|".join(WEEKDAYS)
_WIDER_EN = r"on|in|at|the|of|morning|afternoon|evening|early|late|end|beginning|start|middle|mid|last|this|time|" \
            r"years?|months?|ago|earlier|exactly|also|too|same|around|a|one|two|three|twelve|12|previous"
ENGLISH = Tense(
    breaks=re.compile(r"[;:]|,(?!\s*\d{4}\b)"),  # (not the comma of "March 12, 2025")
    time_only=re.compile(rf"\W*(?:(?:on|in|the|of|morning|afternoon|evening|early|last|this|years?|today|yesterday|"
                         rf"ago|earlier|exactly|also|a|one|two|three|previous|{_WEEKDAYS}|{_MONTHS}|"
                         rf"\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})\W*)*", re.I),
    looked_back=re.compile(r"\b(?:last year|(?:a|one|two|three|\d+) years? (?:ago|earlier)|the previous year)\b", re.I),
    after_day=re.compile(r"\s+(?:of\s+)?(?:last year|a year ago)\b(?!['’]s)", re.I),
    last_year=re.compile(r"\b(?:last year|(?:a|one) year (?:ago|earlier)|the previous year)\b", re.I),
    lead=_only(_WIDER_EN, _WEEKDAYS, _MONTHS, r"\d{1,2}(?:st|nd|rd|th)?|\d{4}"),
    trailing=_only(_WIDER_EN),
    wider_back=re.compile(r"\b(?:last year|(?:a|one|two|three|\d+) years? (?:ago|earlier)|the previous year|"
                          r"(?:twelve|12) months (?:ago|earlier))\b", re.I),
    named=frozenset("in at on of the a mr ms mrs dr chairman chairwoman vice deputy secretary director head district "
                    "province provincial city town commune ward village people's committee union association council "
                    "department party youth women's farmers'".split()),
    joined=re.compile(r"\b(?:and|but|while|so|then|thus)\s+(?:(?:on|in|the|morning|afternoon|evening|of)\s+)*$",
                      re.I),
    this_year=re.compile(r"\b(?:this year|today|now|this time(?! last year)|recently|just)\b", re.I),
)
"""The English words."""


def told_apart(sentence: str, day: tuple[int, int], date: Optional[PartialDate], published: Optional[PartialDate],
               tense: Tense) -> Optional[str]:
    """Why the day at ``day`` (its start and end in ``sentence``, a sentence that launches a campaign) may be another
    year's launch rather than the text's own (see the module's description), or None. ``date``: the day as ingest
    dates it; ``published``: the article's date, if known (else the campaign's start, if known)."""
    sentence = ASIDE.sub(lambda aside: " " * len(aside.group(0)), sentence)  # (the same offsets)
    ends = [0, *(found.end() for found in tense.breaks.finditer(sentence)), len(sentence)]
    clauses = [(start, end) for start, end in zip(ends, ends[1:]) if start < end]
    index = next((at for at, (start, end) in enumerate(clauses) if start <= day[0] < end), None)
    if index is None:
        return None
    opening = ""
    if tense.time_only.fullmatch(sentence[clauses[index][0]:day[0]]):  # the day opens its clause: the time clauses
        first = index                                                   # before it open it too
        while first > 0 and tense.time_only.fullmatch(sentence[slice(*clauses[first - 1])].rstrip(",;: ")):
            first -= 1
        opening = sentence[clauses[first][0]:day[0]]  # ("Năm ngoái, ngày 17/3, …", "Năm ngoái ngày 17/3 …")
    back = tense.after_day.match(sentence, day[1]) or tense.looked_back.search(opening)
    own = sentence[:day[1]] + sentence[day[1]:].split(";", 1)[0]  # (the day's part of the sentence)
    if not back and not re.search(r"\d{4}", sentence[day[0]:day[1]]) and not (
            date and published and (date.year < published.year or _a_year_from(own, published.year))):
        back = _looked_back_wider(sentence, clauses, index, day, tense)  # (a day given the article's year, in a
        # sentence that names no campaign of that year)
    if not back:
        return None
    days_before = (published.first_day - date.first_day).days if date and published else None
    if days_before is not None and date.year == published.year - 1 and 0 <= days_before <= 92 \
            and tense.last_year.search(back.group(0)):
        return None  # (last December's launch told on a January page: the article's own)
    return f"“{sentence[day[0]:day[1]].strip()}” {ANOTHER_TIME} (“{back.group(0).strip(' ,')}”): check it"


def _a_year_from(sentence: str, year: int) -> bool:
    """Whether a sentence prints a year from ``year`` on by itself, not in a span ("phong trào thi đua … năm 2025",
    "its 2025 emulation movement"; not "giai đoạn 2024-2025"): what it launches is of the article's time."""
    alone = re.sub(r"\d{4}\s*[-–]\s*\d{4}", " ", sentence)
    return any(int(found) >= year for found in re.findall(r"(?<![\d/.])(?:19|20)\d{2}(?![\d/.])", alone))


def _named(clause: str, tense: Tense) -> bool:
    """Whether a clause only names a place, a body or a person (:attr:`Tense.named`)."""
    return all(word[0].isupper() or word.isdigit() or word.lower() in tense.named
               for word in re.findall(r"[\w'’]+", clause))


def _looked_back_wider(sentence: str, clauses: list[tuple[int, int]], index: int, day: tuple[int, int],
                       tense: Tense) -> Optional[re.Match]:
    """A look back in the wider words of :attr:`Tense.lead` that opens the sentence, where only clauses that name a
    place, a body or a person and title (:func:`_named`) come between it and the clause of the day ("Năm ngoái, UBND
    huyện … phát động … vào ngày 5/3", "Vào thời điểm này năm ngoái, sáng 12/3, …", "Năm ngoái, tại thị xã Sông Cầu,
    sáng 12/3, …", "Last year, too, on March 12, …"; not "Năm ngoái, tỉnh đã hỗ trợ 1.500 căn nhà, sáng 4/4, …",
    "Cũng như năm ngoái, …"), no sentence's end, no word joining the day's clause to another (:attr:`Tense.joined`)
    and no words of the article's own time ("Năm ngoái, …; năm nay, sáng 13/3, …"), or one in the time clause right
    after the day
    ("Ngày 18/3, đúng một năm trước, …", "On March 12, last year, …"). Read only for a day that does not print its
    year and is dated in the article's year (:func:`told_apart`): the look back then says that year is not its. Words
    of this time right after the day end it too ("sáng 12/3 năm nay", "March 12 this year")."""
    lead = 0
    while lead < index and tense.lead.fullmatch(sentence[slice(*clauses[lead])].rstrip(",;: ")):
        lead += 1
    opening = sentence[:clauses[lead][0]] if lead else ""
    if lead == index and tense.lead.fullmatch(sentence[clauses[index][0]:day[0]]):
        opening = sentence[:day[0]]
    back = tense.wider_back.search(opening)
    told_now = back and tense.this_year.search(  # (between, or right after the day: "sáng 12/3 năm nay")
        sentence, back.end(), min(day[1] + len(" this year"), clauses[index][1]))
    if back and not told_now and not SENTENCE_END.search(sentence, back.end(), day[0]) \
            and not tense.joined.search(sentence, clauses[index][0], day[0]) \
            and all(_named(sentence[slice(*clause)], tense) for clause in clauses[lead:index]):
        return back
    after = clauses[index + 1] if index + 1 < len(clauses) else None
    if after and not sentence[day[1]:clauses[index][1]].strip(" ,;:") and tense.trailing.fullmatch(
            sentence[after[0]:after[1]].rstrip(",;: ")):
        return tense.wider_back.search(sentence, *after)
    return None

"""Which clause of a launching sentence a day belongs to, and whether the words bound to that day tell it as another
year's: a launch looked back on, not the article's own.

A sentence is cut into clauses at its commas (not the one of "March 12, 2025"), semicolons and colons (and the words a
language joins clauses with: Vietnamese "thì"); asides between brackets or dashes ("–", "—") are set apart first. Only
words bound to the day count, never words elsewhere in the sentence (a comparison with last year, an earlier plan, a
quotation, an aside): a look back right after the day ("ngày 2/3 năm ngoái", "sáng 9/4 năm qua", "March 17 last year",
"December 29 of last year", "March 17 a year ago") or in the time clauses that open it ("Năm ngoái, ngày 17/3, …",
"Cách đây một năm, ngày 9/4, …", "Last year, on March 17, …", "Two years ago, on …"); not "Cách đây năm ngày" (five
days), "On March 12, last year's winners …". Unless that is the text's own launch (last year's day, as ingest dates
it, within three months before the article, or before the campaign's start where ingest has no article's date:
"Chiều 30/12 năm ngoái, …" on a page of 6 January, or of a drive "từ ngày 01/01/2025"), ingest then leaves the
issue date empty and says why (:func:`told_apart`), and no other reading dates that launch: it never moves the date to
another day, so a sentence read this way loses at most a right date, never states a wrong one.

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


ASIDE = re.compile(r"\([^()]{0,80}\)|\s[–—]\s[^–—\n]{0,80}?\s[–—]\s")
"""An aside between brackets or dashes ("tại xã Gio Mỹ – nơi năm ngoái huyện tổ chức Lễ hội –", "(năm 2024)")."""

_COUNT_VI = r"(?:một|hai|ba|bốn|năm|mười|\d+)"
VIETNAMESE = Tense(
    breaks=re.compile(r"[,;:]|\bthì\b"),
    time_only=re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua|nay|qua|năm ngoái|năm trước|năm rồi|"
                         r"năm nay|vào|cách đây|hơn|khoảng|gần|tròn|đúng|một|hai|ba|bốn|mười|"
                         r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|tháng\s+\d{1,2}|năm(?:\s+\d{4})?|\d+)\W*)*",
                         re.I),
    looked_back=re.compile(rf"\b(?:năm ngoái|năm trước|năm rồi|cách đây\s+(?:(?:đúng|tròn|hơn|khoảng|gần)\s+)?"
                           rf"{_COUNT_VI}\s+năm(?!\s+(?:ngày|tháng|tuần)))\b", re.I),
    after_day=re.compile(r"\s*(?:của\s+)?(?:năm ngoái|năm trước|năm rồi|năm qua)\b", re.I),
    last_year=re.compile(r"\b(?:năm ngoái|năm trước|năm rồi|năm qua)\b", re.I),
)
"""The Vietnamese words."""

_MONTHS = "|".join(MONTHS_EN)
_WEEKDAYS = "|".join(WEEKDAYS)
ENGLISH = Tense(
    breaks=re.compile(r"[;:]|,(?!\s*\d{4}\b)"),  # (not the comma of "March 12, 2025")
    time_only=re.compile(rf"\W*(?:(?:on|in|the|of|morning|afternoon|evening|early|last|this|years?|today|yesterday|"
                         rf"ago|earlier|exactly|also|a|one|two|three|previous|{_WEEKDAYS}|{_MONTHS}|"
                         rf"\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})\W*)*", re.I),
    looked_back=re.compile(r"\b(?:last year|(?:a|one|two|three|\d+) years? (?:ago|earlier)|the previous year)\b", re.I),
    after_day=re.compile(r"\s+(?:of\s+)?(?:last year|a year ago)\b(?!['’]s)", re.I),
    last_year=re.compile(r"\b(?:last year|(?:a|one) year (?:ago|earlier)|the previous year)\b", re.I),
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
    if not back:
        return None
    days_before = (published.first_day - date.first_day).days if date and published else None
    if days_before is not None and date.year == published.year - 1 and 0 <= days_before <= 92 \
            and tense.last_year.search(back.group(0)):
        return None  # (last December's launch told on a January page: the article's own)
    return f"“{sentence[day[0]:day[1]].strip()}” {ANOTHER_TIME} (“{back.group(0).strip(' ,')}”): check it"

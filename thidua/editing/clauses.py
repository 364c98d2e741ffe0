"""Which clause of a launching sentence a day belongs to, and whether the sentence tells that day as another time's
launch: one looked back on, or one still to come.

A sentence is cut into clauses at its commas (not the one of "March 12, 2025"), semicolons and colons (and the words a
language joins clauses with: Vietnamese "thì"); asides between brackets or dashes ("–", "—") are set apart first. Only
words bound to the day count, never words elsewhere in the sentence (a comparison with last year, what other bodies
will do, a purpose, a quotation, an aside):

- a look back right after the day ("ngày 2/3 năm ngoái", "sáng 9/4 năm qua", "March 17 last year", "December 29 of
  last year") or in the time clauses that open it ("Năm ngoái, ngày 17/3, …", "Cách đây một năm, ngày 9/4, …",
  "Last year, on March 17, …", "Two years ago, on …"); unless that is the text's own launch: last year's day, as
  ingest dates it, within three months before the article ("Chiều 30/12 năm ngoái, …" on a page of 6 January);
- a time still to come right after the day or opening it ("sáng 20/3 tới", "Dự kiến, sáng 20/3, …"), a future word
  right before the launch verb of the day's own clause ("… sẽ tổ chức lễ phát động … vào sáng 20/3", "… sắp phát
  động … vào …", "… will launch … on January 8", "… will hold a ceremony on April 20 to launch …"; not "ngày dự kiến
  phát động"), or a ceremony still to be held between that verb and the day ("Lễ phát động … sẽ được tổ chức vào sáng
  6/1", "The launching ceremony will take place on January 8"; not one the sentence goes on to tell as held: "… đã
  diễn ra …"); unless the article's date is that day or later (within the month after it when the day's year is the
  page's: a headline written before the launch).

Ingest then leaves the issue date empty and says why (:func:`told_apart`), and no other reading dates that launch:
it never moves the date to another day, so a sentence read this way loses at most a right date, never states a wrong
one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from thidua.records.dates import PartialDate

ANOTHER_TIME = "may be the day of a launch"
"""What the review note of a day :func:`told_apart` sets apart says (no other reading dates the launch after it)."""


@dataclass(frozen=True)
class Tense:
    """A language's words for the time of a launch."""

    breaks: re.Pattern
    """Where a clause ends."""
    time_only: re.Pattern
    """A clause that only tells a time (matched whole)."""
    launch: re.Pattern
    """The launch verb."""
    looked_back: re.Pattern
    """A time clause looking back to another year's time."""
    after_day: re.Pattern
    """A look back right after a day (matched there)."""
    last_year: re.Pattern
    """A look back that dates a day to the year before the article's."""
    ahead: re.Pattern
    """A time clause opening the day's that tells it still to come ("Dự kiến, sáng 20/3, …")."""
    ahead_after_day: re.Pattern
    """Words right after a day that tell it still to come ("sáng 20/3 tới")."""
    governs: re.Pattern
    """The words right before the launch verb that put it still to come (searched up to the verb)."""
    to_be_held: re.Pattern
    """A ceremony still to be held, between the launch and its day."""
    happened: re.Pattern
    """Words after those, in the rest of the sentence, that tell it took place all the same."""


ASIDE = re.compile(r"\([^()]{0,80}\)|\s[–—]\s[^–—\n]{0,80}?\s[–—]\s")
"""An aside between brackets or dashes ("tại xã Gio Mỹ – nơi sẽ tổ chức Lễ hội Cầu ngư –", "(sau sắp xếp)")."""

VIETNAMESE = Tense(
    breaks=re.compile(r"[,;:]|\bthì\b"),
    time_only=re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua|nay|qua|năm ngoái|năm trước|năm rồi|"
                         r"năm nay|vào|cách đây|trước đó|trước đây|dự kiến|hơn|khoảng|gần|một|hai|ba|tròn|đúng|"
                         r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|tháng\s+\d{1,2}|năm(?:\s+\d{4})?|\d+)\W*)*",
                         re.I),
    launch=re.compile(r"\b(?:lễ\s+)?phát động\b|\bra quân\b", re.I),
    looked_back=re.compile(r"\b(?:năm ngoái|năm trước|năm rồi|cách đây\s+(?:\S+\s+){0,3}?năm)\b", re.I),
    after_day=re.compile(r"\s*(?:của\s+)?(?:năm ngoái|năm trước|năm rồi|năm qua)\b", re.I),
    last_year=re.compile(r"\b(?:năm ngoái|năm trước|năm rồi|năm qua)\b", re.I),
    ahead=re.compile(r"\bdự kiến\b", re.I),
    ahead_after_day=re.compile(r"\s+(?:sắp\s+)?tới(?=\s*(?:[,.;:)]|$)|\s+(?:tại|ở)\b)", re.I),
    governs=re.compile(r"(?<!ngày )(?<!thời điểm )(?<!thời gian )\b(?:sẽ|dự kiến|sắp)\s+(?:được\s+)?"
                       r"(?:(?:chính thức|long trọng|trang trọng|đồng loạt)\s+)?(?:tổ chức\s+)?$", re.I),
    to_be_held=re.compile(r"(?<!như )\b(?:sẽ|dự kiến)\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc)\b", re.I),
    happened=re.compile(r"\bđã\b(?!\s+(?:phải\s+)?(?:tạm\s+)?(?:hoãn|lùi|dời))", re.I),
)
"""The Vietnamese words."""

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ENGLISH = Tense(
    breaks=re.compile(r"[;:]|,(?!\s*\d{4}\b)"),  # (not the comma of "March 12, 2025")
    time_only=re.compile(rf"\W*(?:(?:on|in|the|of|morning|afternoon|evening|early|last|this|years?|today|yesterday|"
                         rf"ago|earlier|exactly|also|a|one|two|three|previous|prior|before|{_WEEKDAYS}|{_MONTHS}|"
                         rf"\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})\W*)*", re.I),
    launch=re.compile(r"\blaunch\w*\b|\bkick(?:ed|s|ing)?[ -]off\b", re.I),
    looked_back=re.compile(r"\b(?:last year|(?:a|one|two|three|\d+) years? (?:ago|earlier)|the (?:previous|prior) year|"
                           r"the year before)\b", re.I),
    after_day=re.compile(r"\s+(?:of\s+)?(?:last year|the previous year|the year before|a year ago)\b(?!['’]s)",
                         re.I),
    last_year=re.compile(r"\b(?:last year|(?:a|one) year (?:ago|earlier)|the (?:previous|prior) year|"
                         r"the year before)\b", re.I),
    governs=re.compile(r"\b(?:will|would|(?:is|are|was|were)\s+(?:set\s+|scheduled\s+|slated\s+|poised\s+|"
                       r"expected\s+|due\s+|going\s+|preparing\s+|about\s+)?to|plans\s+to|planning\s+to)\s+"
                       r"(?:officially\s+|formally\s+)?(?:(?:hold|organi[sz]e|host)\s+(?:a|an|the|its)\s+"
                       r"(?:(?:[\w-]+\s+){0,2}?(?:ceremony|event)\s+(?:[^,;.]{0,40}?\s+)?to\s+)?)?$", re.I),
    to_be_held=re.compile(r"\b(?:ceremony|event)\s+(?:will|is\s+(?:set|scheduled|slated|expected|due)\s+to)\s+"
                          r"(?:be held|take place|be organi[sz]ed)\b|\bceremony\s+is scheduled for\b", re.I),
    ahead=re.compile(r"(?!)"),
    ahead_after_day=re.compile(r"(?!)"),
    happened=re.compile(r"\b(?:has|had|was held|took place|went ahead)\b", re.I),
)
"""The English words."""


def told_apart(sentence: str, day: tuple[int, int], date: Optional[PartialDate], published: Optional[PartialDate],
               tense: Tense) -> Optional[str]:
    """Why the day at ``day`` (its start and end in ``sentence``, a sentence that launches a campaign) may be another
    time's launch rather than the text's own (see the module's description), or None. ``date``: the day as ingest
    dates it; ``published``: the article's date, if known."""
    sentence = ASIDE.sub(lambda aside: " " * len(aside.group(0)), sentence)  # (the same offsets)
    ends = [0, *(found.end() for found in tense.breaks.finditer(sentence)), len(sentence)]
    clauses = [(start, end) for start, end in zip(ends, ends[1:]) if start < end]
    index = next((at for at, (start, end) in enumerate(clauses) if start <= day[0] < end), None)
    if index is None:
        return None
    timely = [bool(tense.time_only.fullmatch(sentence[start:end].rstrip(",;: "))) for start, end in clauses]
    opening = ""
    if tense.time_only.fullmatch(sentence[clauses[index][0]:day[0]]):  # the day opens its clause: the time clauses
        first = index                                                   # before it open it too
        while first > 0 and timely[first - 1]:
            first -= 1
        opening = sentence[clauses[first][0]:day[0]]  # ("Năm ngoái, ngày 17/3, …", "Năm ngoái ngày 17/3 …")
    words = f"“{sentence[day[0]:day[1]].strip()}”"
    days_before = (published.first_day - date.first_day).days if date and published else None
    back = tense.after_day.match(sentence, day[1]) or tense.looked_back.search(opening)
    if back:
        last_years = days_before is not None and date.year == published.year - 1 and 0 <= days_before <= 92
        if not (last_years and tense.last_year.search(back.group(0))):
            return f"{words} {ANOTHER_TIME} looked back on (“{back.group(0).strip(' ,')}”): check it"
    verb = _launch_verb(sentence, clauses[index], day, tense)
    printed = re.search(r"\b\d{4}\b", words)  # (a day whose year is printed, told as to come on a later page:
    if days_before is not None and 0 <= days_before and (printed or days_before <= 31):  # it took place; one whose
        return None  # year is the page's, only within the month before it: a headline written before the launch)
    to_come = tense.ahead_after_day.match(sentence, day[1]) or tense.ahead.search(opening) or (
        verb and tense.governs.search(sentence[clauses[index][0]:verb.start()]))
    if not to_come and verb and verb.end() <= day[0]:
        held = tense.to_be_held.search(sentence, verb.end(), day[0])
        to_come = held if held and not tense.happened.search(sentence, held.end()) else None
    if to_come:
        return f"{words} {ANOTHER_TIME} still to come (“{to_come.group(0).strip()}”): check it"
    return None


def _launch_verb(sentence: str, clause: tuple[int, int], day: tuple[int, int], tense: Tense) -> Optional[re.Match]:
    """The launch verb of the day's own clause (the last before the day, else the first after it), or None: a day
    bound to no launch verb of its clause is told as to come by nothing but its own words."""
    before = list(tense.launch.finditer(sentence, clause[0], day[0]))
    return before[-1] if before else tense.launch.search(sentence, day[1], clause[1])

"""Which clause of a launching sentence a day belongs to, and what that clause tells of its time: the launch's own
day, or one the sentence tells as another time's (a launch looked back on, one still to come, one recalled in passing).

A sentence is cut into clauses at its commas, semicolons and colons (and the words a language joins clauses with:
Vietnamese "thì"); asides between brackets or dashes are set apart first. A clause that only tells a time ("Sáng
12/3", "Năm ngoái", "On March 12", "Last year") opens the clause that launches after it; one that completes the clause
before it ("…, vào sáng 12/3") belongs to that one. The day's clause is told as another time's when

- the time it opens with, or its own words up to the launch, look back ("Năm ngoái, ngày 17/3, Huyện đoàn lần đầu
  phát động …", "… mà huyện phát động vào ngày 2/3 năm ngoái", "Last year, on March 17, …"): unless the text's own
  launch is that day, last year's and within three months before the article ("Chiều 30/12 năm ngoái, …" on a page of
  6 January);
- a word of what is to come governs its launch ("… sẽ được tổ chức vào sáng 6/1", "… sắp tổ chức Lễ phát động … vào
  sáng 23/3", "… will launch … on April 20"; not one freed from it by "và", "đã", "nhưng", "and", "but": "… dự kiến
  … nhưng … đã được tổ chức vào sáng 12/3"), unless the article's date is that day or the month after it (a headline
  written before the launch);
- the launch is in a relative clause ("… mà huyện phát động vào ngày 2/3", "… which it launched on March 2");
- another day stands between the day and the launch ("Ngày 2/3 …, sáng 12/3, UBND … tổ chức lễ phát động").

Ingest then leaves the issue date empty and says why (:func:`told_apart`): it never moves the date to another day, so
a sentence read this way loses at most a right date, never states a wrong one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from thidua.records.dates import PartialDate


@dataclass(frozen=True)
class Tense:
    """A language's words for the time of a clause."""

    breaks: re.Pattern
    """Where a clause ends."""
    time_only: re.Pattern
    """A clause that only tells a time (matched whole)."""
    completes: re.Pattern
    """The words that open a time clause completing the clause before it ("vào")."""
    launch: re.Pattern
    """The launch verb."""
    look_back: re.Pattern
    """Words telling a time before the article's (not in a comparison: "so với năm trước", "than last year")."""
    last_year: re.Pattern
    """A look back that dates a day to the year before the article's (matched right after the day, or whole)."""
    to_come: re.Pattern
    """Words telling a time still to come."""
    freed: re.Pattern
    """Words between a word of what is to come and the launch verb that free the verb from it."""
    happened: re.Pattern
    """Words after a word of what is to come, before the day, that say the launch took place all the same."""
    relative: re.Pattern
    """A relative clause's opening, up to the launch verb."""


ASIDE = re.compile(r"\([^()]*\)|\s[–—-]\s[^–—\n]*?\s[–—-]\s")
"""An aside between brackets or dashes ("tại xã Gio Mỹ – nơi sẽ tổ chức Lễ hội Cầu ngư –", "(sau sắp xếp)")."""

VIETNAMESE = Tense(
    breaks=re.compile(r"[,;:]|\bthì\b"),
    time_only=re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua|nay|qua|năm ngoái|năm trước|năm nay|vào|"
                         r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|tháng\s+\d{1,2}|năm\s+\d{4})\W*)*", re.I),
    completes=re.compile(r"\W*vào\b", re.I),
    launch=re.compile(r"\b(?:lễ\s+)?phát động\b|\bra quân\b|\bkhởi động\b", re.I),
    look_back=re.compile(r"(?<!so với )(?<!hơn )(?<!như )(?<!bằng )(?<!kỳ )"
                         r"\b(?:năm ngoái|năm trước|trước đó|trước đây)\b", re.I),
    last_year=re.compile(r"\W*(?:năm ngoái|năm trước)\W*", re.I),
    to_come=re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b", re.I),
    freed=re.compile(r"\b(?:và|đã)\b", re.I),
    happened=re.compile(r"\b(?:nhưng|đã|tuy nhiên)\b", re.I),
    relative=re.compile(r"\b(?:mà|khi)\s+(?:\S+\s+){0,4}?$", re.I),
)
"""The Vietnamese words."""

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ENGLISH = Tense(
    breaks=re.compile(r"[,;:]"),
    time_only=re.compile(rf"\W*(?:(?:on|in|the|of|morning|afternoon|evening|early|last|this|year|today|yesterday|ago|"
                         rf"earlier|a|{_WEEKDAYS}|{_MONTHS}|\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})\W*)*", re.I),
    completes=re.compile(r"(?!)"),
    launch=re.compile(r"\blaunch\w*\b|\bkick(?:ed|s|ing)?[ -]off\b", re.I),
    look_back=re.compile(r"(?<!than )(?<!as )(?<!with )\b(?:last year|a year (?:ago|earlier)|the (?:previous|prior) "
                         r"year|the year before)\b(?!['’]s)", re.I),
    last_year=re.compile(r"\W*(?:last year|the previous year|a year (?:ago|earlier))\W*", re.I),
    to_come=re.compile(r"\b(?:will|(?:is|are) (?:set |scheduled |expected |going |preparing )?to|plans to|"
                       r"planning to)\b", re.I),
    freed=re.compile(r"\b(?:and|has|have|had)\b", re.I),
    happened=re.compile(r"\b(?:but|however|has|had|was held|took place|went ahead)\b", re.I),
    relative=re.compile(r"\b(?:which|that|when)\s+(?:\S+\s+){0,4}?$", re.I),
)
"""The English words."""


def told_apart(sentence: str, day: tuple[int, int], date: Optional[PartialDate], published: Optional[PartialDate],
               tense: Tense, event_day: Callable[[str], Optional[re.Match]]) -> Optional[str]:
    """Why the day at ``day`` (its start and end in ``sentence``, a sentence that launches a campaign) may be another
    time's launch rather than the text's own (see the module's description), or None. ``date``: the day as ingest
    dates it; ``published``: the article's date, if known; ``event_day``: the first day of an event in a text (not a
    span's end, a day celebrated or a document's)."""
    sentence = ASIDE.sub(lambda aside: " " * len(aside.group(0)), sentence)  # (the same offsets)
    ends = [0, *(found.end() for found in tense.breaks.finditer(sentence)), len(sentence)]
    clauses = [(start, end) for start, end in zip(ends, ends[1:]) if start < end]
    index = next((at for at, (start, end) in enumerate(clauses) if start <= day[0] < end), None)
    if index is None:
        return None
    timely = [bool(tense.time_only.fullmatch(sentence[start:end].rstrip(",;: "))) for start, end in clauses]
    first = index
    while first > 0 and timely[first - 1]:
        first -= 1
    found = _launch_of(sentence, clauses, index, day, timely[index], tense)
    if not found:
        return None
    head, verb = found
    words = f"“{sentence[day[0]:day[1]].strip()}”"
    opening = sentence[clauses[first][0]:clauses[index][1]]
    if verb.start() > day[1]:  # the day opens the launch's clause: "Sáng 12/3, [tại …,] UBND … tổ chức lễ phát động"
        between = event_day(sentence[day[1]:clauses[head][0]]) if head > index else None
        if between:
            return f"{words} and “{between.group(0).strip()}”: which is the launch's day, the sentence does not say"
        told = opening + " " + sentence[clauses[head][0]:verb.start()]
        to_come = _governing(tense.to_come.search(sentence, clauses[head][0], verb.start()), sentence, verb, tense)
    else:  # the day completes it: "UBND … tổ chức lễ phát động … vào sáng 12/3"
        if tense.relative.search(sentence, clauses[head][0], verb.start()):
            return f"{words} is the day of a launch the sentence recalls in passing"
        told = opening + " " + sentence[clauses[head][0]:clauses[index][1]]
        to_come = tense.to_come.search(sentence, verb.end(), day[0])
        if to_come and tense.happened.search(sentence, to_come.end(), clauses[index][1]):
            to_come = None  # "… dự kiến … nhưng … đã được tổ chức vào sáng 12/3"
        to_come = to_come or _governing(tense.to_come.search(sentence, clauses[head][0], verb.start()), sentence,
                                        verb, tense)
    days_before = (published.first_day - date.first_day).days if date and published else None
    back = tense.look_back.search(told)
    dated_back = tense.last_year.match(sentence, day[1]) or any(
        tense.last_year.fullmatch(sentence[start:end]) for start, end in clauses[first:index + 1])
    last_years = days_before is not None and date.year == published.year - 1 and 0 <= days_before <= 92
    if back and not (dated_back and last_years and not to_come):
        return f"{words} is told with “{back.group(0)}”: it may be the day of an earlier launch"
    if to_come and not (days_before is not None and 0 <= days_before <= 31):
        return f"{words} is told with “{to_come.group(0)}”: the launch may be still to come"
    return None


def _launch_of(sentence: str, clauses: list[tuple[int, int]], index: int, day: tuple[int, int], timely: bool,
               tense: Tense) -> Optional[tuple[int, re.Match]]:
    """The clause the day belongs to and its launch verb: the day's own clause, the first to launch after a time
    clause that opens it, or else the last to launch before it."""
    start, end = clauses[index]
    after = tense.launch.search(sentence, day[1], end)
    before = list(tense.launch.finditer(sentence, start, day[0]))
    if after and not before:
        return index, after
    if before:
        return index, before[-1]
    if timely and not tense.completes.match(sentence, start):
        for at in range(index + 1, len(clauses)):
            verb = tense.launch.search(sentence, *clauses[at])
            if verb:
                return at, verb
    for at in range(index - 1, -1, -1):
        verbs = list(tense.launch.finditer(sentence, *clauses[at]))
        if verbs:
            return at, verbs[-1]
    return None


def _governing(word: Optional[re.Match], sentence: str, verb: re.Match, tense: Tense) -> Optional[re.Match]:
    """A word of what is to come, if it governs the launch verb after it (no word frees the verb between them)."""
    return word if word and not tense.freed.search(sentence, word.end(), verb.start()) else None

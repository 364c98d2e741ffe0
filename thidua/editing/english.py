"""Reading an English article about a plan (provincial English portals, English news) into the
same facts as a Vietnamese one: "Plan No. 97/KH-UBND", "Directive No. 01/CT-UBND dated
January 3, 2024", "from March 1 to December 31, 2023", province names with or without their
diacritics, through the gazetteer.

The article's text is not a translation of the plan, so it goes in no record: the draft keeps
its headline as the English title, and every other text is the editor's to write.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from thidua.editing.clauses import ANOTHER_TIME, ENGLISH, told_apart
from thidua.editing.facts import (
    EARLIER_PLAN_DAYS,
    FOLLOWED_CAMPAIGN,
    LAUNCH_DAY,
    LAUNCHED_IN,
    NOTHING_LAUNCHED,
    RECALLED_DAYS,
    WEEKDAYS,
    Draft,
    NotAPlan,
    article_date,
    ask_to_confirm_its_launch,
    campaign_span,
    cited_before,
    crawled,
    dated_by_campaign,
    first_published,
    launches_or_plans,
    one_stamp,
    partial_date,
    record_days,
    record_fact,
    record_period,
    rewrapped,
    sentences,
    unit_of_its_day,
    unspaced,
    without_history,
    year_unsaid,
    yearless_launch_day,
)
from thidua.editing.issuers import national_issuer, province_named, provinces_in, provinces_leading
from thidua.editing.movements import (
    QUOTED_NAME,
    aimed_at_a_movement,
    called_a_movement,
    naming_a_movement,
    suggest_movements,
)
from thidua.editing.nearmiss import LOOKED_BACK_ON_ENDED, ON_THIS_OCCASION, ended_before, near_miss
from thidua.editing.periods import year_date
from thidua.records.crossrefs import mentions
from thidua.records.dates import PartialDate
from thidua.records.gazetteer import MERGER_DAY, NATIONWIDE, gazetteer
from thidua.records.record import type_in_number

MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ANY_MONTH = _MONTH.replace("?P<month>", "?:")
"""A month's name, not captured."""
DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b",
                       re.I)
MONTH_FIRST = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                         r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)
MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)
NUMERIC = re.compile(r"\b(?P<day>\d{1,2})([/.-])(?P<month>\d{1,2})\2(?P<year>\d{4})\b")
"""A date as Vietnamese portals print it in English too, day first: 05/02/2021, 01-9-2024."""
YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")

KINDS = {"plan": "KH", "directive": "CT", "decision": "QĐ", "notice": "TB", "resolution": "NQ",
         "programme": "CTr", "program": "CTr", "official letter": None, "official dispatch": None,
         "dispatch": None, "document": None}
"""English names of documents, with their type code (thidua/records/vocabulary.py); None for a
kind the record model has no code for (its number is still the plan's, its type is left for
review)."""
DOCUMENT = re.compile(r"\b(?P<kind>" + "|".join(KINDS) + r")\s+(?:(?:No\.?|Number)\s*)?", re.I)
"""A document named with its number: "Plan No. 97/KH-UBND", "Plan 89/KH-TLD"."""
ISSUED_KIND = re.compile(r"\b(?:issued|signed|promulgated)\s+(?:a|an|the)?\s*(?P<kind>"
                         + "|".join(KINDS) + r")\b", re.I)
"""The kind of document the article says was issued, without its number."""
OWN = re.compile(r"\b(?:issued|signed|promulgated|released|adopted|has issued|have issued)\b"
                 r"(?:No\.|[^.;]){0,80}$|\blaunched\b(?:(?!\bby\b)(?:No\.|[^.;])){0,160}\bin\s+(?:the\s+)?(?:document|plan|directive|"
                 r"decision|official letter)\s+(?:No\.?\s*)?$", re.I)
"""Words before a number that make it the plan's own: the one the article says was issued, or
launched the campaign in ("launched the emulation movement … in document No. 4189/NHNN-TCCB")."""
CITED = re.compile(r"\b(?:implement\w*|pursuant|under|following|according|in accordance|"
                   r"in line|based on|continu\w+|response to|responding)\b(?:No\.|[^.;]){0,60}$|"
                   r"\b(?:to concreti[sz]e|concreti[sz]ing|in the spirit of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
                   r"(?:No\.?\s*)?$",
                   re.I)
"""Words before a number that make it one the plan cites."""
PLACE = re.compile(r"\b((?!(?:The|On|In|At|By|For|Under)\b)(?:[A-ZĐ][\w'’-]*)"
                   r"(?:[^\S\n-]*[ \t-][^\S\n]*(?:[A-ZĐ][\w'’-]*))"
                   r"{0,3}?)(?:['’]s)?\s+(?:province|city|Province|City|[Pp]rovincial|[Mm]unicipal|"
                   r"People['’]s Committee)\b")
PLACE_AFTER = re.compile(r"\b(?:[Pp]rovince|[Cc]ity|People['’]s Committee) of\s+((?:[A-ZĐ][\w'’-]*)"
                         r"(?:[^\S\n-]*[ \t-][^\S\n]*[A-ZĐ][\w'’-]*){0,3})"
                         r"(?!\s+(?:district|ward|commune|town|township)\b)")
"""A place named as a province or city: "Can Tho city", "Hung Yen Provincial People's
Committee", "Lao Cai's People's Committee", "the People's Committee of Thua Thien Hue"; its words on one line (not
"… Việt Nam⏎Ho Chi Minh City", a site's name above a headline)."""
LAUNCH = re.compile(r"\b(?:launch\w*|kick\w* off|start\w*)\b[^.]{0,120}\bemulation\b|"
                    r"\bemulation\b[^.]{0,80}\b(?:campaign|movement|drive|plan)\b|"
                    r"\bemulation\s+launch(?:ing)?\s+ceremony\b",
                    re.I)
PERIOD = re.compile(r"\bfrom\s+(?P<start>now|the\s+(?:date|day)\s+of\s+(?:its\s+)?(?:issue|issuance|signing)|"
                    r"(?:(?!(?:to|until|till|through)\b)\w+\.?\s+){0,3}?\d[\w ,/.-]*?|" + _ANY_MONTH
                    + r")\s+(?:to|until|till|"
                    r"through|and)\s+(?:the\s+end\s+of\s+)?(?P<end>[\w ,/.-]*?\d{4})\b", re.I)
_CAMPAIGN = r"(?:movement|campaign|drive)"
CAMPAIGN_YEAR = re.compile(
    r"(?:(?:(?<!After )(?<!after )(?<!Since )(?<!Having )(?<!having )\b(?:launch\w*|implement(?:s|ing|ation)?|"
    r"promot(?:e|es|ing|ion))|"
    r"\b(?:issued|promulgated)\s+(?:a\s+|the\s+)?(?:plan|Plan No\.\s*\S+?),?(?:\s+dated\s+[^.;]{3,30}?,?)?\s+on)"
    r"\s+(?:the\s+|an?\s+)?"
    r"(?:[\"“][^\"”]{1,80}[\"”]\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:emulation(?:\s+" + _CAMPAIGN + r"s?)?|" + _CAMPAIGN + r"s?)"
    r"(?:(?:\s+(?:called|named|entitled|themed|titled|with the theme))?\s+[\"“][^\"”]{1,120}[\"”])?"
    r"(?:\s+(?:across|throughout|in)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:province|city|Province|City))?|"
    r"\bemulation\s+" + _CAMPAIGN + r"\b[^.]{0,160}?\b(?:was|were|has been|have been)\s+launched|"
    r"(?<!After )(?<!after )(?<!Having )(?<!having )\b(?:launch\w*|implement(?:s|ing|ation)?|promot(?:e|es|ing|ion))"
    r"\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _CAMPAIGN
    + r"\s+[\"“][^\"”]{0,200}?)"
    r"\s+(?:for|in|of)\s+(?:the\s+(?:new\s+)?period\s+(?:of\s+)?(?P<first>\d{4})\s*[-–]\s*(?P<final>\d{4})\b|"
    r"(?:the\s+(?:year\s+)?)?(?P<year>\d{4})\b(?:\s*[-–]\s*(?P<last>\d{4})"
    r"(?:\s+(?:period|stage)\b|(?=\s*[\"”)]))|\s+and\s+(?P<next>\d{4})\b(?=\s*(?:[,.;]|$)))?(?!\s*[-–]\s*\d)"
    r"(?!\s+and\s+\d))|"
    r"\blaunch\w*\s+(?:the\s+|an?\s+)(?P<before>\d{4})\s+(?:[\w-]+\s+){0,2}?(?:emulation\s+|[‘'’])" + _CAMPAIGN + r"|"
    r"\blaunch(?:es|ing)?\s+(?:the\s+|an?\s+)(?:[a-z]+\s+)?(?P<before2>\d{4})\s+[\"“][^\"”]{1,80}[\"”]\s+"
    r"(?:emulation\s+)?(?:" + _CAMPAIGN + r"|program(?:me)?)\b",
    re.I)
"""The year or years of the campaign launched or carried out: "launching the emulation movement
for 2024", "… for 2019 and 2020", "launched the patriotic emulation movement for the 2026-2030 period", "an
emulation movement with the theme … was launched for the 2021-2025 period", "launching the movement
"Emulation to … in 2021"", "a plan to implement the emulation movement "…" in the 2016-2020
period", "launching the 2020 patriotic emulation movement", "promoting the "…" emulation
movement across Dong Nai province for the 2025–2030 period", "the Movement "Emulation to build
a learning society … in the period of 2023 - 2030"", "launch emulation for the period 2025-2030",
"implementation of emulation movement called "…" for the period 2016-2020", "for the new period
2026-2030", "launch the exciting 2023 “…” emulation program" (not one launched before: "Having launched the
2023 “…” program, …") (a span neither named a period nor closing the movement's name gives no year: it may
be another plan's)."""
EVENT_HELD = re.compile(r"\b(?:congress|conference|festival|meeting|session|fair|games|election)\b[^.;]{0,100}?"
                        r"\b(?:take place|takes place|taking place|took place|be held|is held|will be held|was held|"
                        r"(?:is |are )?(?:scheduled|slated|set)(?: to (?:take place|be held))?)\s*$",
                        re.I)
"""Words before a span that make it an event's the campaign greets ("… to welcome the 21st congress
of the provincial Party Organisation, which will take place from September 25 to 27, 2025")."""
THIS_YEAR = re.compile(r"\blaunch\w*\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?emulation\s+" + _CAMPAIGN
                       + r"s?\s+(?:for|of|in)\s+this\s+year\b", re.I)
"""A campaign launched "for this year": the year of the page's own date, if the text prints that
year too (a repost's date may not be the article's)."""
STAGES = re.compile(r"\bfrom\s+(?P<start>\d{4})\s*[-–]\s*\d{4}(?:\s*,\s*|\s+and\s+)(?:from\s+)?"
                    r"(?:\d{4}\s*[-–]\s*\d{4}\s*,\s*(?:and\s+)?(?:from\s+)?)*\d{4}\s*[-–]\s*(?P<end>\d{4})\b",
                    re.I)
"""A campaign in stages: "From 2025 - 2027 and from 2028 - 2030" runs from the first stage's
start to the last one's end."""
TASKS_YEAR = re.compile(r"\bemulation (?:movements?|campaigns?|drives?)\b[^.]{0,40}?\b(?:to|at)\s+(?:successfully\s+)?"
                        r"(?:over)?(?:implement|accomplish|fulfil+|complete|achieve)\w*\s+the\s+(?P<year>\d{4})\s+"
                        r"(?:socio-economic development (?:plan|tasks|targets|goals)|plan|tasks)\b", re.I)
"""A campaign for the year's tasks runs that year: "promote patriotic emulation movements to
successfully implement the 2024 socio-economic development plan" (as "thi đua thực hiện thắng
lợi nhiệm vụ phát triển kinh tế - xã hội năm 2024"), "an emulation campaign aimed at
overfulfilling the 2023 plan"."""
GOAL = re.compile(r"\b(?:strives?|striving|targets?|keep(?:s|ing)?|maintain(?:s|ing)?)\b", re.I)
"""Words of a goal: an end after them is the goal's horizon ("the city strives to keep its growth rate above
… through the end of 2026", "… and keeping the results until the end of 2030"), not the campaign's."""
UNTIL = re.compile(r"(?:\b(?:until|till|to|through)\s+the\s+end\s+of\s+|\b(?:movement|campaign|drive)\s+"
                   r"(?:runs|lasts|will\s+(?:run|last))\s+(?:until|till|through)\s+(?=\d{4}\b))(?P<end>(?:\w+\s+)?\d{4})\b"
                   r"(?!\s*[-–]\s*\d)", re.I)
"""A campaign's end: "until the end of 2025" (not "the end of the 2025-2026 school year", whose end year is
not the first one printed), "The movement runs until 2025" (the campaign its subject, not a strategy's
horizon)."""


PHASE_END = re.compile(r"\b(?:second|third|final|last|latter|next|(?:phase|stage)s?\s+(?:[2-9]|two|three|II|III))\b[^.;]{0,60}?"
                       r"\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?(?P<end>(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4})\b"
                       r"(?!\s*[-–]\s*\d)")
"""A later phase's end in a sentence of phases: "the second through December 2024" (not a goal's horizon the
sentence names: "… maintained through 2030")."""


def is_english(text: str) -> bool:
    """Whether the text is written in English: common English words, and few of the letters
    only Vietnamese has (an English article spells names with them, "HÀ NỘI — The Hà Nội
    Department …", but under a third of its words; a Vietnamese text's are over half)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return False
    vietnamese = sum(1 for word in words if re.search(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩị"
                                                        r"òóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", word))
    english = sum(1 for word in words if word in {"the", "of", "and", "to", "in", "on", "for",
                                                     "with", "is", "has", "was", "by"})
    return english > 0.06 * len(words) and vietnamese < 0.3 * len(words)


PAGE_STAMP = re.compile(r"^(?:updated(?: date)?:?\s*|\D{0,30}?)(?P<day>\d{1,2})(?P<sep>[/-])(?P<nmonth>\d{1,2})"
                        r"(?P=sep)(?P<year>\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?|\s*\|.*)?(?=\s|$)|"
                        r"^\D{0,40}?\b" + _MONTH + r",?\s+(?P<day2>\d{1,2}),?\s+(?P<year2>\d{4})"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$", re.I)
"""A page's own date on one of its first lines: "Việt NamViệt Nam28/11/2024", "Updated date:
11/08/2023 13:01:04", "08/03/2024 | views: 19", "Update: 22-02-2024 | 11:38:52", "Thứ Tư,
22/05/2019, 10:53" (day first, as Vietnamese sites print it), a byline's "… - VNA April 13, 2024
12:47", "March, 21 2019"."""

DAY_MONTH_STAMP = re.compile(r"^(?:updated(?: date)?:?\s*|by\s+[A-Z]{2,6})?(?:(?:" + "|".join(WEEKDAYS) + r"),?\s*)?"
                             r"(?P<day>\d{1,2})\s+(?P<month>" + _ANY_MONTH + r")\s+(?P<year>\d{4})(?:\s+last updated at)?$", re.I)
"""A page's date printed day first in words: "Friday, 15 March 2019", a byline's "by NDO27 December 2020 Last updated
at 17:00 PM"."""


def _page_stamp(lines: list[str]) -> Optional[PartialDate]:
    """The page's date from the stamps of its first lines (:func:`~thidua.editing.facts.one_stamp`:
    the site's date of today above the headline and the article's below it date nothing)."""
    stamps = []
    for line in lines[:4]:  # (its time taken out: "VOV.VN - Tuesday, 19:35, 14/01/2020", "October 05, 2024 11:20 AM",
        # "Monday, 06/03/2023, 16:45 (GMT+7)", "January 20, 2026 - 16:38")
        line = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M\b)?,?|\(?GMT\s*[+-]\s*\d{1,2}\)?", "", line).strip(" ,-–|")
        match, day_first = PAGE_STAMP.match(line), DAY_MONTH_STAMP.match(line)  # (and "| 17:25 GMT+7", "Friday, 15 March 2019")
        if day_first and not match:
            stamps.append(partial_date(int(day_first.group("year")), _month(day_first.group("month")), int(day_first.group("day"))))
        elif match and match.group("year"):
            stamps.append(partial_date(int(match.group("year")), int(match.group("nmonth")), int(match.group("day"))))
        elif match:
            stamps.append(partial_date(int(match.group("year2")), MONTHS[match.group("month").lower()],
                                       int(match.group("day2"))))
    return one_stamp(stamps)


def extract_english(text: str, published: Optional[PartialDate] = None) -> Draft:
    """Read an English article into a draft; :class:`NotAPlan` when it announces none. The article's date, when its
    editor gives it (``published``), is read as a date printed before the text would be."""
    stamp, text = crawled(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    stamp = first_published(text) or stamp or _page_stamp(lines)
    if not lines:
        raise NotAPlan("the text holds no article")
    refused = near_miss(lines)
    if refused:
        raise NotAPlan(f"the text announces no plan launching a campaign: it is {refused}")
    prose = without_history(unspaced(rewrapped("\n".join(lines))))
    draft = Draft()
    stamp = article_date(draft, stamp, published, "the date printed before the text")
    number = _own_number(prose)
    if number:
        record_fact(draft, "number", number[0], number[1])
    _type(draft, prose, number[0] if number else None)
    _issued(draft, prose, number[0] if number else None, stamp)
    launched = PartialDate.parse(str(draft.values["issued"])) if LAUNCH_DAY in draft.found.get("issued", "") else None
    if not number and launched and (plan := _launchers_dated_plan(prose, launched)):
        draft.launched = launched  # (a campaign "from now" starts then)
        draft.values.pop("issued")
        draft.found.pop("issued")
        draft.missing["issued"] = (f"“{plan}”: the launch may be this plan's, whose issue date the text gives, or "
                                   "another's; check which")
    _period(draft, prose, stamp)
    if ended_before(prose, draft.values.get("period"), stamp):
        raise NotAPlan(f"the text announces no plan launching a campaign: it is {LOOKED_BACK_ON_ENDED}")
    span = campaign_span(draft)
    if not number and "issued" not in draft.values and not draft.launched and span and not any(
            note in draft.missing.get("issued", "") for note in (ANOTHER_TIME, FOLLOWED_CAMPAIGN)):
        _launch_dated_by_campaign(draft, prose, span, stamp)  # (not a launch looked back on: clauses.told_apart; nor
        # one a campaign followed leaves for the editor)
    _province(draft, prose, number[0] if number else None)
    unit_of_its_day(draft)
    suggest_movements(draft, prose)
    if (not number or number[1].endswith(DESCRIBED)) and (RUNNING.search(prose) or RESULTS.search(prose)) \
            and not _starts_now(prose, stamp):
        raise NotAPlan("the text announces no plan launching a campaign: it tells of a movement "
                       "under way or its results, launched nothing")
    if not launches_or_plans(draft, prose, LAUNCH, STARTED_EN, EMULATION_MOVEMENT_LAUNCH,
                             *naming_a_movement(prose, NAMED_MOVEMENT_LAUNCH, PLAN_FOR_MOVEMENT),
                             *called_a_movement(prose, NAMED_CAMPAIGN_LAUNCH, SIGNED_PLAN_FOR_MOVEMENT),
                             *aimed_at_a_movement(prose, AIMED_CAMPAIGN),
                             DOCUMENT_OF_A_CAMPAIGN):
        raise NotAPlan(NOTHING_LAUNCHED)
    if len(lines[0]) < 200 and not lines[0].endswith("."):
        draft.english["title"] = lines[0]
        draft.found["english title"] = "the headline"
    draft.missing["title"] = "the article is in English: write the plan's Vietnamese title"
    for name, why in (("number", "the text gives the plan no number"),
                      ("issued", "the text gives no issue date"),
                      ("province", "the text names no province"),
                      ("period", "the text gives no campaign period"),
                      ("issuer", "write the issuing body as the plan prints it, in Vietnamese")):
        if name not in draft.values and name not in draft.missing:
            draft.missing[name] = why
    ask_to_confirm_its_launch(draft, lines)
    return draft


TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon))\b", re.I)
"""The article's own day, in a sentence that launches."""
WEEKDAY = re.compile(r"\bon\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
                     r"(?!s\b|\s+(?:mornings|afternoons|evenings)\b)")
"""A day told by its weekday, as news agencies write it: "… launched an emulation movement on Monday"
(not a habit: "on Sundays", "on Sunday mornings")."""
FUTURE = re.compile(r"\b(?:will|would|to be held|is to|are to|scheduled|slated|set to|plans? to|due to|takes? place|expected to|"
                    r"begins|starts)\b", re.I)
"""Words of what is still to come: a weekday after them is a day ahead ("will be held … on Saturday",
"which will officially begin on Monday")."""


def _day_told(text: str, stamp: Optional[PartialDate]) -> Optional[tuple[PartialDate, str]]:
    """The day a sentence tells by the page's date (``stamp``, with its day): "today", "this
    morning" (that day), "yesterday" (the day before), "on Monday" (the last Monday up to it: the day
    itself, or one of the six before; not a day still to come, nor the day of what the sentence opens by
    answering: "Responding to the movement the Prime Minister launched on Sunday, …")."""
    if not (stamp and stamp.day):
        return None
    today = TODAY.search(text)
    if today:
        return stamp, today.group(0)
    yesterday = re.search(r"\byesterday\b", text, re.I)
    if yesterday and not _in_the_answered_clause(text, yesterday):
        day = stamp.first_day - dt.timedelta(days=1)
        return partial_date(day.year, day.month, day.day), yesterday.group(0)
    weekday = WEEKDAY.search(text)
    verb = STARTS.search(text, weekday.end()) if weekday else None
    told = re.split(r"[,;]", text[:weekday.start()])[-1] + (text[weekday.end():verb.end()] if verb else "") if weekday else ""
    if weekday and not FUTURE.search(told) and not _in_the_answered_clause(text, weekday):
        back = (stamp.first_day.weekday() - WEEKDAYS.index(weekday.group("weekday"))) % 7
        day = stamp.first_day - dt.timedelta(days=back)
        return partial_date(day.year, day.month, day.day), weekday.group(0)
    return None


def _in_the_answered_clause(text: str, told: re.Match) -> bool:
    """Whether a day told lies in the clause a sentence opens with by answering a launch, before its first
    comma ("Responding to the movement the Prime Minister launched on Sunday, …")."""
    return bool(ANSWER.search(text)) and "," in text[told.end():] and "," not in text[:told.start()]


RUNNING = re.compile(r"\b(?:is|are|has been|have been|will continue to|continues to|continued to|keeps?)\s+"
                     r"(?:promot|implement|carry\w* out|maintain|step\w* up|boost)\w*\b[^.]{0,80}\bemulation\b", re.I)
"""A movement under way ("Kien Giang province is promoting the emulation movement …", "will
continue to promote patriotic emulation movements"): told without a launch, no plan."""
RESULTS = re.compile(r"\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?)\b|\bso far\b|"
                     r"\b(?:after|over)\s+(?:\w+\s+)?(?:years?|months?)\s+of\s+(?:implementing|carrying out)\b|"
                     r"\bresults? (?:came|come|stem\w*)\b|\bsince its launch\b", re.I)
"""Words of a movement's results ("Over the past five years, the movement … has helped", "has so far
helped", "The results came from the emulation movement …")."""


STARTS = re.compile(r"\b(?:launch(?:es|ed|ing)?|kick(?:s|ed|ing)?\s+off|inaugurat\w*|roll(?:s|ed|ing)?\s+out|"
                    r"initiat(?:es|ed|ing)|start(?:s|ed)?|open(?:s|ed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:emulation|campaign|movement|drive)|issued|signed|promulgat\w*|adopted|approved)\b", re.I)
"""The verbs of a launch or an issued document ("rolled out", "initiated"; not "social issues")."""
SINCE_LAUNCH = re.compile(r"\b(?:since|(?:years?|months?)\s+after)\b(?!\s+\d)[^.;,]{0,100}?\b(?:launch\w*|start\w*|kick\w* off|"
                          r"initiat\w*)|\blaunch\w*\b[^.;]{0,40}?\bago\b|\blaunched\s+since\b", re.I)
"""A launch told as a time since ("Since its launch", "Since the … Youth Union launched … on March 16,
2025, its members have planted …", "launched five years ago")."""
TOLD_AS_PAST = re.compile(r"(?P<perfect>\b(?:has|have)\s+(?:just\s+|\w+ly\s+)?)?\blaunched\b[^.;]{0,160}?\bin\s+(?:(?P<month>"
                          + _ANY_MONTH + r")\s+)?(?P<year>\d{4})\s*(?:[.,;]|$)", re.I)
"""A launch told in the past with no more than its year or month ("launched by … in March 2025",
"launched the "Green Sunday" emulation movement in 2025."; not "has launched … in 2025", the campaign's
year)."""


def _starts_now(prose: str, stamp: Optional[PartialDate] = None) -> bool:
    """Whether a sentence launches or issues something (STARTS), not told as a launch made before
    (LAUNCHED_IN, SINCE_LAUNCH, or TOLD_AS_PAST unless it gives the launch's day: "On March 5, …
    launched … in 2023"), nor in a sentence opening on results that gives no day ("Over the past 5 years, the Customs
    Department has launched a series of emulation movements …"; not "After five years of implementing …, the
    Provincial People's Committee on March 5 launched …")."""
    return any(STARTS.search(sentence) and not LAUNCHED_IN.search(sentence) and not _since_launch(sentence)
               and not _dated_years_before(sentence, stamp)
               and not ((_told_as_past(TOLD_AS_PAST.search(sentence), stamp) or RESULTS.match(sentence.lstrip(" \"“(")))
                        and not (_full_date(sentence, stamp) or WEEKDAY.search(sentence) or TODAY.search(sentence)))
               for sentence in sentences(prose))


def _dated_years_before(sentence: str, stamp: Optional[PartialDate]) -> bool:
    """Whether a sentence's first full date is of a year before the page's ("Under Plan No. 45/KH-UBND dated
    March 3, 2021, the emulation movement … was rolled out …" on a page of 2025)."""
    date = _full_date(sentence)
    return bool(date and stamp and date[0].year < stamp.year)


def _since_launch(sentence: str) -> bool:
    """Whether a sentence tells its launch as a time since (SINCE_LAUNCH), not a launch compared with what
    came since ("… launched its biggest emulation drive since the province started …")."""
    since, launch = SINCE_LAUNCH.search(sentence), STARTS.search(sentence)
    return bool(since) and not (launch and launch.start() < since.start() and not re.match(r"launch", since.group(0), re.I))


def _told_as_past(told: Optional[re.Match], stamp: Optional[PartialDate]) -> bool:
    """Whether a launch told with its year or month (TOLD_AS_PAST) was before the page's date: a year or
    month before it; in its year, a simple past with no month ("launched the … movement in 2025.", not
    "has launched … in 2025."); with no page date, any simple past."""
    if not told:
        return False
    year, month = int(told.group("year")), _month(told.group("month")) if told.group("month") else None
    if not stamp:
        return not told.group("perfect")
    if year != stamp.year:
        return year < stamp.year
    if month:
        return bool(stamp.month) and month < stamp.month
    return not told.group("perfect")
DOCUMENT_OF_A_CAMPAIGN = re.compile(r"\b(?:Plan|Directive|Decision|Dispatch|Document)\s+No\.?\s*\S+[^.]{0,150}?"
                                    r"\bemulation\s+(?:campaign|movement|drive|phase|period)s?\b|"
                                    r"\b(?:promulgat\w*|issu\w*)\s+(?:a|the)\s+plan\b[^.]{0,60}\b(?:movement|campaign)\s+"
                                    r"[\"'“‘][^\"'”’]{0,80}\bemulat\w*|"
                                    r"\A(?:[^\n]*\n){0,3}?(?:(?:[\w'’-]+[ \t]+){0,5}?(?:issues|issued|approves|approved|promulgates|adopts|unveils|announces)"
                                    r"[ \t]+)?plan\s+(?:to|for|on)\s+"
                                    r"(?:implement\w*\s+)?(?:the\s+)?movement\s+[\"“‘']", re.I)
"""A document of a campaign named: "Official Dispatch No. 229/CD-TTg … on urgently implementing
peak emulation campaigns", a decision "promulgating a plan to implement the movement …", a headline
(one of the first four lines) "Plan to implement the Movement "The whole country competes in
innovation …"", "Ba Ria - Vung Tau issues plan to implement the movement "…"" (not "Progress on …",
"Draft …", "Results of …")."""
STARTED_EN = re.compile(r"(?<!will )(?<!proposed )(?<!proposes )(?<!proposing )(?<!consider )(?<!considering )"
                        r"\b(?:launch(?:es|ed|ing)?|kick(?:s|ed|ing)?\s+off|roll(?:s|ed|ing)?\s+out|initiated)\b"
                        r"[^.\n]*?\b(?:emulat\w*|competition movement)|"
                        r"\b(?:period|phase|campaign|drive|movement)\b[^.\n]*?\b(?:call\w*\s+on|urg\w*)\b[^.\n]{0,80}?"
                        r"\bto emulate\b|"
                        r"\b(?:emulat\w*|competition movement)[^.\n]*?\b(?:launched|kicked\s+off|rolled\s+out|"
                        r"initiated)\b(?!\s+(?:by|earlier|before|previously|in \d{4})\b)", re.I)
"""A sentence that starts a campaign, its verb before or after the emulation, however far apart
("A peak emulation period … was kicked off by …", "rolled out a special emulation phase",
"calling on … to emulate", "the patriotic competition movement was launched")."""
MOVEMENT_LAUNCH = re.compile(r"\b(?:launch\w*|inaugurat\w*)\b[^.]{0,80}\bmovement\b", re.I)
EMULATION_MOVEMENT_LAUNCH = re.compile(MOVEMENT_LAUNCH.pattern + r"(?=[\s\S]*\bemulation\b)|"
                                       r"\bemulation\b(?=[\s\S]*" + MOVEMENT_LAUNCH.pattern + ")", re.I)
"""A movement launched, in a text about emulation that does not put the two words together ("the
Prime Minister, Chairman of the Central Emulation and Reward Council, today inaugurated the
national innovation and digital transformation movement")."""
NAMED_MOVEMENT_LAUNCH = re.compile(r"\b(?:launch(?:es|ed|ing)?|inaugurat\w*)\s+(?:the\s+|a\s+)?"
                                   r"(?:(?!(?:for|of|on|to|with|platform|website|portal|app|application)\b)[\w-]+\s+){0,3}?"
                                   r"(?:" + QUOTED_NAME + r"\s+movement|movement\s+" + QUOTED_NAME + r")"
                                   r"|(?<!after the )(?<!since the )(?<!following the )\blaunch(?:ing)?(?:\s+ceremony)?"
                                   r"\s+(?:of|for)\s+the\s+" + QUOTED_NAME + r"\s+movement"
                                   r"|" + QUOTED_NAME + r"\s+movement\s+(?:was|has been)\s+"
                                   r"(?:officially\s+)?launched\b"
                                   r"(?!\s+in\s+(?:\d|" + _ANY_MONTH + r"))(?![^.;]{0,40}\b(?:last year|ago|in (?:early|late|mid))\b)"
                                   r"|\b(?:launch(?:es|ed|ing)?|inaugurat\w*)\s+the\s+(?:[^\s.,;:\"“”]+\s+){2,8}?movement\b",
                                   re.I)
"""One of the archive's national movements ("phong trào") launched by its name, as provinces launch them ("the People's
Committee of Lam Dong province launched the "Digital Education for All" movement", "The "Digital
Literacy for All" movement was launched by the city", its name unquoted: "Tuong Mai ward launched the Digital Literacy
for All movement"; not one "launched in 2021"): a campaign of its
own even where the text never says emulation; not a "campaign" so named ("cuộc vận động": "the
launching ceremony of the campaign "Voters make a plan …"", a mobilisation, not emulation)."""
_NO_DONATION = r"(?![^.\n]*\b(?:donat\w*|fund-?raising|pledg\w*|charit\w*)\b)"
"""Not a sentence of giving: a fund-raising drive or a donation month under a movement's name is a mobilisation."""
_NOT_THE_CAMPAIGN = (r"(?:platforms?|websites?|portals?|apps?|applications?|hubs?|centres?|centers?|funds?|contests?|"
                     r"competitions?|exhibitions?|festivals?|pages?|books?|films?|songs?|awards?|prizes?)\b")
"""Things launched for a movement, or under its name, that are not its campaign ("launched a platform for the
"Digital Education for All" movement", "the "Popular education" campaign hub")."""
_A_CAMPAIGNS_WORD = (r"(?:the|a|an|of|for|ceremony|campaign|movement|emulation|patriotic|peak|intensive|special|"
                     r"official(?:ly)?|new|\d+(?:-day|-month)?|days?|months?|[\w-]+-day)\b")
"""The words a launch puts between its verb and a campaign's quoted name ("launching ceremony of the movement",
"launched a 100-day intensive campaign of"): any other word launches something else ("an online quiz on the",
"a digital skills class titled")."""
NAMED_CAMPAIGN_LAUNCH = re.compile(r"(?<!after the )(?<!since the )(?<!following the )"
                                   r"(?<!after )(?<!since )(?<!following )" + _NO_DONATION
                                   + r"\b(?:launch(?:es|ed|ing)?(?:\s+ceremony)?|kick(?:s|ed|ing)?\s+off|"
                                   r"inaugurat\w*)(?:\s+" + _A_CAMPAIGNS_WORD + r"){0,8}?\s+" + QUOTED_NAME
                                   + r"(?=\s+(?:movement|campaign)(?!['’]s)\b(?!\s+" + _NOT_THE_CAMPAIGN + r")|"
                                   r"\s*[,.;:)\n]|"
                                   r"\s+(?:across|throughout|in|on|at|for|among|to|with|and)\b|\s*$)"
                                   r"|(?<!after )(?<!since )(?<!following )" + _NO_DONATION
                                   + r"\blaunch(?:es|ed|ing)?\s+(?:the\s+|a\s+)?" + QUOTED_NAME
                                   + r"\s+\([^()]{3,60}\)\s+movement\s+" + QUOTED_NAME, re.I)
"""A national movement launched by its quoted name, whatever the text calls it ("held a ceremony to launch the
“Digital Literacy for All” campaign across the province", "the launching ceremony of the movement "Popular
education"", "has launched a 100-day intensive campaign of "Popular Digital Education."", "launched the "100 peak
days" (from July 15 …) movement "Digital literacy for all""): counted only when a quoted name is one of the
archive's movements' names whole (not "All people join hands to build new rural areas and civilised urban areas",
a mobilisation that holds one), the name closing the clause or followed by "movement" or "campaign" (not a
campaign "hub" nor the "campaign's mobile learning app", nor a firm's "drive"), in a sentence that asks for no
donations."""
AIMED_CAMPAIGN = re.compile(r"(?<!after )(?<!since )(?<!following )" + _NO_DONATION
                            + r"\b(?:launch(?:es|ed|ing)?|inaugurat\w*|kick(?:s|ed|ing)?\s+off)\s+(?:a|an|the)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:campaign|drive)\s+(?:aimed\s+at|to)\s+"
                            r"(?P<aim>[^.;,]{3,120})", re.I)
"""A campaign launched by its aim, when the aim opens with a national movement's name ("launched a campaign aimed
at eliminating temporary and ramshackle houses", "launched a 50-day campaign to do away with temporary and
dilapidated houses"; not "a campaign to support eliminating …" (a donation drive), nor "to vaccinate all adults to
prevent … COVID-19" or "to collect opinions on the draft documents … of the 14th National Party Congress"; not a
sentence of donations, nor a "programme", as banks launch theirs)."""
SIGNED_PLAN_FOR_MOVEMENT = re.compile(r"(?<!after )(?<!since )(?<!following )"
                                      r"\b(?:(?:signed|issued|promulgated)\s+(?:a|the)\s+plan|Plan\s+No\.?\s*\S+)\s+"
                                      r"(?:to\s+implement|for\s+(?:the\s+)?implementation\s+of)\s+"
                                      r"the\s+movement\s+(?:of\s+)?" + QUOTED_NAME, re.I)
"""A plan signed to carry out a movement named after the word ("signed the plan to implement the movement of
"Popular education"", "has issued Plan No. 82/KH-UBND to implement the movement “Digital Mass Literacy.”"): one of
the archive's movements, when the name is one whole."""
PLAN_FOR_MOVEMENT = re.compile(r"(?:^\W*The\s+plan\s+aims\s+to\s+(?:\w+ly\s+)?(?:deploy|implement|carry\s+out|"
                               r"roll\s+out)|(?:^|[.;]\s+|,\s+)(?:Accordingly,\s+|On\s+[^,.]{3,30},\s+)?the\s+"
                               r"(?:[\w'’-]+\s+){0,5}?People['’]s\s+Committee\s+(?:has\s+)?launched\s+a\s+plan\s+"
                               r"(?:for\s+(?:the\s+)?implementation\s+of|to\s+implement))\s+the\s+" + QUOTED_NAME
                               + r"'?\s+movement\b", re.I | re.M)  # (a name may close with two quotes: "… areas'')
"""A plan told by its aim of carrying out a movement by its quoted name, opening a paragraph ("The plan aims to
widely deploy the "Digital Literacy for All" Movement …"), or launched by a People's Committee, told first in its
clause ("Accordingly, the Yen Bai Provincial People's Committee launched a plan for implementation of the "Yen Bai
join forces to build new rural areas'' movement"; not "Since the … launched a plan …"): the province's plan for
one of the archive's national movements, when the name is one (not a plan told inside a review or a draft's
discussion: "… to review six months of implementing the plan to deploy …")."""
AGENCY_DATELINE = re.compile(r"^\W*(?:[A-ZĐ][\w'’.-]*(?:\s*-\s*|\s*)|\([^()]{2,30}\)\s*){1,6},\s*(?:(?:"
                             + "|".join(WEEKDAYS) + r"),?\s*)?(?:" + _ANY_MONTH
                             + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|"
                             r"\d{1,2}\s+"
                             + _ANY_MONTH + r"\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*\([^()]{2,24}\)\s*[-–—:]\s*", re.I)
"""A news agency's dateline opening its first paragraph ("Hanoi, October 6, 2025 (VNA) - …"): the day it reported,
not the day of what it reports ("… has launched …")."""
OPENING_TAG = re.compile(r"^\W*([^\n—–-]{1,40}?)\s*[-–—]+\s*")
"""What may open a paragraph before its first words, up to a dash: a dateline if it is a place and a news agency's tag
("Ha Long (VNA) - "), a tag alone ("(VOV) - "), or a place in capitals ("HÀ NỘI — ")."""


def _past_tag(text: str) -> str:
    """A paragraph past its dateline (OPENING_TAG), if it opens with one."""
    found = OPENING_TAG.match(text)
    told = found and (found.group(1).isupper() or re.fullmatch(r"[\w'’. ]{0,30}\([A-Z]{2,6}\)", found.group(1)))
    return text[found.end():] if told else text


SPAN = re.compile(r"\([^()]*\b\d{4}\s*[-–]\s*[^()]*\)")
"""An anniversary's span in brackets: "(April 30, 1975 - April 30, 2025)", "(June 11, 1948 -
2023)": its dates are no issue date."""
_CELEBRATING = r"on\s+(?:organi[sz]ing|holding)\s+(?:the\s+)?(?:activities|events)\s+(?:to\s+)?(?:celebrate|mark|commemorat)"
CELEBRATIONS_PLAN = re.compile(r"\s*(?:dated\s+[^,;]{0,30},?\s*)?" + _CELEBRATING, re.I)
"""What follows the number of a plan of celebrations, not of a campaign: "Plan No. 150-KH/TU on
organizing activities to celebrate the 90th anniversary …" (its number is not the launch's)."""
CELEBRATIONS_ISSUED = re.compile(r"\bissued\b(?:No\.|[^.;]){0,60}\b" + _CELEBRATING, re.I)
"""A sentence that says a plan of celebrations was issued (its date is not the launch's)."""
ORGANISING = re.compile(r"\s*,?\s*(?:(?:dated|issued|signed|of)\b[^;.]{0,80}?[,\s]\s*)?(?:on\s+(?:the\s+)?"
                        r"establish\w*|establishing|to establish|setting up|to set up|on\s+setting up|to form|"
                        r"forming|on\s+(?:the\s+)?consolidat\w*|consolidating)\b"
                        r"[^.;]{0,60}?\b(?:committee|board|council|"
                        r"team)\b", re.I)
"""What follows the number of a decision that organises (a steering committee, a board): not the campaign's plan."""
_NAMED = re.compile(DOCUMENT.pattern + "$", re.I)
"""A document's name right before its number."""
_SENTENCES = re.compile(r"(?<!\bNo)(?<!\bno)(?<!\b[A-Z][a-z]{2})(?<!\bSept)(?<!\bM[rs])(?<!\bDr)\.\s+")
"""Where a sentence ends (not after "No." of a number, a month's abbreviation, "Sept. 5", nor a title: "Mr. Minh")."""


OTHER_SUBJECT = re.compile(r"\s+on\s+(?![^.;,]*?\b(?:emulation|movement|campaign|drive|launch\w*|plan)\b)"
                           r"(?:\w+\s+){0,3}?(?:reform|policy|policies|regulations?|management|development of)\b",
                           re.I)
"""A document whose subject, right after its number, is another matter ("Resolution 28-NQ/TW on
reform of social security policy"): not the plan's."""
ISSUED_BY = re.compile(r"\s*,?\s+(?:was\s+)?issued\s+by\b", re.I)
"""Words after a number that say its document was issued ("in Plan No. 97/KH-CDDVN issued by the
Vietnam Electricity (EVN) Trade Union on 14 February 2022", "Plan No. 32/KH-UBND, issued by the city, sets …"): the
plan's own, unless cited."""
SELF_DESCRIBED = re.compile(r"\s*,?\s*(?:dated\s+[^,;]{0,30},?\s*)?(?:(?:which was\s+)?(?:signed|issued)\s+by\b"
                            r"[^;.]{0,100}?,\s*)?(?:promulgating|issuing)\s+(?:a|the)\s+plan\s+(?:to\s+implement|on|"
                            r"for)\b[^.;]{0,40}?\b(?:emulation|movement|campaign|drive)\b", re.I)
"""Words after a number that say its document promulgates the campaign's plan ("Decision
1315/QD-TTg, signed by Deputy Prime Minister … on November 2, 2024, promulgating a plan to
implement the emulation movement …"; not "promulgating the plan for socio-economic
development"): the plan's own document, even told "according to", when the text says no other
was issued."""

SETS_OUT = re.compile(r"\b(?:movement|campaign|drive)\b[^.;]{0,160}?\b(?:under|in|by)\s+(?:the\s+|its\s+)?"
                      r"(?:(?P<owner>provincial|city|municipal|district|commune|ward|province['’]s|city['’]s)\s+)?"
                      r"(?:People['’]s\s+Committee['’]s\s+)?"
                      r"Plan\s+No\.?\s*$|^\s*Plan\s+No\.?\s*$", re.I)
"""Words before a plan's number that make it the campaign's ("The movement is implemented under Plan
No. 112/KH-UBND …", "The movement, set out in the provincial People's Committee's Plan No …",
"launched the emulation movement "…" under Plan No. 35/KH-UBND"), or the plan opening its sentence
("Plan No. 3012/KH-SGDDT sets the goals …"); not another body's named before it ("in the Viet Nam Women's
Union's Plan No. …"), nor one the campaign answers ("in response to Plan No. …")."""
PLAN_FIRST = re.compile(r"^\s*(?:Under|According to)\s+(?:the\s+)?Plan\s+No\.?\s*$", re.I)
CAMPAIGN_AFTER = re.compile(r"(?:\s+dated\s+\w+\s+\d{1,2},\s+\d{4})?[^.;,]*,\s*(?:the|this)\s+"
                            r"(?:(?!(?:national|provincial|[\w-]+wide)\b)[\w-]+\s+){0,2}?"
                            r"(?:movement|campaign|drive)\b", re.I)
"""A sentence opening "Under Plan No. 212/KH-BYT, the movement will run …" (PLAN_FIRST, then CAMPAIGN_AFTER): the
campaign's own plan (not the one a local launch answers: "…, the province-wide movement", "…, the national
movement")."""

LOCAL_PLAN_AFTER = re.compile(r"(?:,?\s+(?:dated|issued on|signed on)\s+(?:\w+\s+\d{1,2}(?:,?\s+\d{4}|(?!,?\s+\d{4}))|"
                              r"\d{1,2}\s+\w+\s+\d{4}|"
                              r"[\d/.-]+))?"
                              r"(?:,?\s+(?:of|issued by|signed by|by)\s+the\s+(?P<level>provincial|city|municipal|district|ward|"
                              r"commune|town)(?:\s+People['’]s\s+Committee)?"
                              r"(?:\s+on\s+(?:\w+\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\w+"
                              r"(?:\s+\d{4})?))?)?(?:\s*(?:[.;:]|$)|\s*,(?!\s*(?:(?:issued|signed|promulgated|approved)\s+by|dated|which|of|by)\b)|"
                              r"(?:\s*,\s*which)?\s+(?:sets|set out|targets|aims|requires|calls)\b)", re.I)
"""What may follow the number of the plan that sets the campaign out: nothing but its date and its
local issuer ("Plan No. 112/KH-UBND issued by the provincial People's Committee on March 28, 2022.",
"Plan No. 31/KH-UBND dated February 2, 2024 of the provincial People's Committee."), or a clause that says
what it does ("Plan No. 3012/KH-SGDDT sets the goals …", "Plan No. …, which sets out …"); not another
body's ("of the Da Nang People's Committee", "issued by the Vietnam General Confederation of Labour",
"of the Provincial Party Committee") nor a plan of something else ("on implementing the
socio-economic development plan")."""

DESCRIBED = "said to promulgate the plan"
"""How the source of a number ends when the text does not say its document was issued, only that it
promulgates or sets out the campaign's plan: such a number does not spare a report of results."""


LAUNCHER_AFTER = re.compile(r"[^.;]*?,\s*the\s+(?P<level>city|province|district|commune|ward|town)\s+(?:will|has|have|is|"
                            r"aims|plans|sets|targets)\b", re.I)
"""A sentence opening "According to Plan No. 62/KH-UBND issued on April 10, the city will …": its subject the unit
whose People's Committee launched (:func:`_launcher_after`)."""


def _launcher_after(prose: str, after: str) -> bool:
    """Whether what follows a plan's number makes the unit the text's launch names its subject (LAUNCHER_AFTER, of the
    launcher's level: "the city" where "The People's Committee of Buon Ma Thuot city … has launched …"; for a People's
    Committee's number only, "…/KH-UBND", not a department's or a Party committee's)."""
    found = LAUNCHER_AFTER.match(after)
    return bool(found) and _of_the_launchers_level(prose, found.group("level"))


def _owned(after: str) -> bool:
    """Whether what follows a plan's number names a local owner (LOCAL_PLAN_AFTER with its level): "Under Plan No.
    18/KH-UBND of the district People's Committee, Kien Xuong aims …" (its owner must be the launcher's level:
    :func:`_launchers_plan`; a plan under which a body strives, with no owner named, may be another level's)."""
    found = LOCAL_PLAN_AFTER.match(after)
    return bool(found and found.group("level"))


def _launchers_plan(prose: str, after: str, owner: Optional[str] = None) -> bool:
    """Whether what follows a plan's number (LOCAL_PLAN_AFTER) leaves it the launcher's own: no owner, or
    the People's Committee of the level the text's first launching sentence names ("… issued by the
    provincial People's Committee on March 28, 2022." where "the Quang Ninh Provincial People's Committee
    … launched"; not the district's for a commune, nor the Fatherland Front's); the ``owner`` named before the
    number too ("under the district People's Committee's Plan No. …" is not a commune's)."""
    found = LOCAL_PLAN_AFTER.match(after)
    if not found:
        return False
    levels = [level for level in (owner, found.group("level")) if level]
    return all(_of_the_launchers_level(prose, re.sub(r"['’]s$", "", level)) for level in levels)


def _of_the_launchers_level(prose: str, level: str) -> bool:
    """Whether the text's first launching sentence names a People's Committee of ``level`` ("provincial",
    "district", "commune" …), or a unit of that level as what launches, its first level word ("The southern province
    of Bình Dương on Monday launched …"; not "Hoa Phong commune in Hoa Vang district" for a district)."""
    level = {"provincial": "provincial|province", "province": "provincial|province",
             "municipal": "municipal|city", "city": "municipal|city"}.get(level.lower(), level)
    lead = _lead_launch(prose)
    subject = re.split(r"\blaunch\w*\b", lead, maxsplit=1)[0]
    first_level = re.search(r"\b(?:provinc\w*|city|municipal|district|town|commune|ward)\b", subject, re.I)
    return re.search(rf"\b(?:{level})\s+People['’]s\s+Committee\b|\bPeople['’]s\s+Committee\s+of\s+(?:[A-Z][\w'’-]*\s+){{1,3}}"
                     rf"(?:{level})\b", lead, re.I) is not None or (
        first_level is not None and re.fullmatch(rf"(?:{level})\w*", first_level.group(0), re.I) is not None
        and not re.search(r"\b(?:Party|Union|Federation|Association|Department|Front|Command|Council|Committee|Police|"
                          r"Security|Society|Confederation|Bank|Group|Company|Corporation)\b", subject))


def _launched_nationally(prose: str) -> bool:
    """Whether the text's first launching sentence has a national body launch, not answer one."""
    sentence = _lead_launch(prose)
    answers = ANSWER.search(sentence) and re.search(r"\blaunch", re.split(r",(?!\s*\d{4})", sentence, 1)[0], re.I)
    return bool(NATIONAL.search(sentence)) and not answers


def _lead_launch(prose: str) -> str:
    """The first sentence of the text's prose (a line that ends as a sentence, not a headline or a date line)
    that launches a campaign (STARTED_EN), or else the first that does."""
    launches = list(STARTED_EN.finditer(prose))
    prose_line = [found for found in launches if re.search(r"[.;]\s*$", prose[found.start():].split("\n", 1)[0])]
    launch = (prose_line or launches or [None])[0]
    return _english_sentence_of(prose, launch) if launch else ""


def _own_number(prose: str) -> Optional[tuple[str, str]]:
    """The number of the document the article says was issued ("… issued Plan No. …"), or else
    the one it says promulgates the plan (SELF_DESCRIBED); None when no number is said to be
    issued, or two are (numbers the plan implements or follows are cited, not its own), and not
    a plan of celebrations ("Plan No. 150-KH/TU on organizing activities to celebrate …")."""
    found: dict[str, str] = {}
    described: dict[str, str] = {}  # numbers told as the plan's document after "According to …"
    for match in mentions(prose):
        start = match.start(1)
        line_start = prose.rfind("\n", 0, start) + 1
        named = _NAMED.search(prose[max(line_start, start - 30):start])
        sentence = _sentence_before(prose, start)
        if not named:
            continue
        if re.search(r"\balso\s+(?:issued|signed|promulgated)\b", sentence, re.I) or EARLIER.search(sentence):
            continue  # "… has also issued Document No. 5590/UBND-KT regarding …": a further one;
                      # "Earlier, … issued Resolution No. …": one before it
        if CITED.search(sentence) or not (OWN.search(sentence) or ISSUED_BY.match(prose[match.end():])) or \
                OTHER_SUBJECT.match(prose[match.end():]):
            sets_out = SETS_OUT.search(sentence)
            if SELF_DESCRIBED.match(prose[match.end():]) or ((sets_out or (
                    PLAN_FIRST.match(sentence) and (CAMPAIGN_AFTER.match(prose[match.end():])
                                                    or _owned(prose[match.end():])
                                                    or "UBND" in match.group(1) and _launcher_after(prose, prose[match.end():]))))
                    and _launchers_plan(prose, prose[match.end():], sets_out and sets_out.group("owner"))
                    and not CELEBRATIONS_PLAN.match(prose[match.end():])
                    and not (national_issuer(match.group(1)) and not _launched_nationally(prose))):
                described.setdefault(match.group(1), f"“{named.group(0).strip()} {match.group(1)}”, {DESCRIBED}")
            continue  # one it cites, or one the text does not say was issued
        if re.match(r"\s*(?:dated\s+[^,;]{0,30},?\s*)?(?:on\s+)?(?:awarding|presenting|conferring|honou?ring)\b",
                    prose[match.end():], re.I):
            continue  # "Decision No. 25/QD-UBND awarding certificates of merit …": a commendation
        if CELEBRATIONS_PLAN.match(prose[match.end():]):
            continue  # a plan of celebrations (it may also ask for emulation): not the launch
        if ORGANISING.match(prose[match.end():]):
            continue  # "Decision No. 456/QD-UBND, issued …, on the establishment of the movement's steering committee"
        if national_issuer(match.group(1)) and _answered_locally(prose, match.end()):
            continue  # the national document a province's own launch answers, told first
        number = match.group(1)
        found.setdefault(number, f"“{named.group(0).strip()} {number}”")
    if not found and len(described) == 1:  # "According to Decision 1315/QD-TTg, signed by …,
        return next(iter(described.items()))  # promulgating a plan to implement the movement …"
    return next(iter(found.items())) if len(found) == 1 else None


_DATELINE = (r"(?:[A-ZĐ][\w'’.]*(?:\s+[A-ZĐ][\w'’.]*){0,3}(?:,\s*[A-Z][a-z]+\s+\d{1,2})?\s*(?:\([^()]{2,12}\)\s*)?"
             r"[—–-]\s*)?")
"""A dateline opening a paragraph ("DONG THAP — ", "Lao Cai (VNA) - ", "Dong Hoi, November 6 - ")."""
_CENTRAL = (r"(?:Ha\s?Noi|Hanoi|Hà Nội|Ho Chi Minh City|HCM City|HCMC|Da Nang|Đà Nẵng|Hai Phong|Hải Phòng|Can Tho|"
            r"Cần Thơ)")
"""The cities centrally run before 2025 (Hue, a provincial city until then, is not among them)."""
_DAY = (r"(?:" + _ANY_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+" + _ANY_MONTH
        + r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})")
"""A day as English texts print it ("August 21", "March 4, 2025", "4 March 2025", "04/03/2025")."""
_COMMITTEE = (r"(?:(?:Vice\s+)?[Cc]hairman\s+of\s+the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}?"
              r"(?:provincial|province|city|municipal)|" + _CENTRAL + r")\s+People['’]s\s+Committee")
"""A People's Committee of a province or a city as a plan's owner, or its chairman ("the provincial People's
Committee", "the Chairman of the City People's Committee", "the Ha Noi People's Committee")."""
_BODIES = {
    "department": r"Department\s+of\s+[A-Z][\w-]*(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,5}",
    "federation": r"Labou?r\s+Federation|Federation\s+of\s+Labou?r",
    "union": r"(?:Ho\s+Chi\s+Minh\s+Communist\s+)?Youth\s+Union",
    "women": r"Women['’]s\s+Union", "farmers": r"Farmers['’]?\s+(?:Association|Union)",
    "veterans": r"Veterans['’]?\s+Association", "police": r"Police(?:\s+Department)?",
}
"""The provincial bodies whose own dated plans are read like a People's Committee's (a department, the labour
federation, the youth, women's, farmers' and veterans' unions, the police), by their English names."""
_SYMBOLS = {"committee": r"[/-]UBND", "federation": r"/KH-L[ĐD]L[ĐD]", "union": r"-KH/T[ĐD]TN(?:-[A-Z]+)*",
            "women": r"[-/]KH[-/](?:H|HLH|LH)PN(?!TW)[A-ZĐ]*", "farmers": r"-KH/HND(?!TW)[A-ZĐ]*",
            "veterans": r"[-/]KH[-/]H?CCB(?!TW|VN)[A-ZĐ]*", "police": r"/KH-CATP?(?:-[A-Z0-9]+)*"}
"""The symbol that ends the numbers of a launcher's own plans ("…/KH-UBND", "27/KH-LĐLĐ", "47-KH/TĐTN", "86-KH/HNDT",
"215/KH-CAT-PV01"; a superior's is another's: "112/KH-TLĐ", "250-KH/TWĐTN", "478/KH-BCA-V01")."""
_DEPARTMENTS = {
    r"Health": "YT", r"Education(?:\s+and\s+Training)?": "GD(?:ĐT|DT)?", r"Tourism": "DL",
    r"Culture,?\s+Sports\s+and\s+Tourism": "VHTTDL", r"Culture\s+and\s+Sports": "VHTT",
    r"Industry\s+and\s+Trade": "CT", r"Home\s+Affairs": "NV", r"Transport": "GTVT", r"Construction": "XD",
    r"Agriculture(?:\s+and\s+(?:Rural\s+Development|Environment))?": "NN(?:PTNT|MT)?",
    r"Natural\s+Resources\s+and\s+Environment": "TNMT", r"Justice": "TP", r"Finance": "TC",
    r"Planning\s+and\s+Investment": "KH(?:ĐT|DT)", r"Labou?r,?\s+Invalids\s+and\s+Social\s+Affairs": "L[ĐD]TBXH",
    r"Information\s+and\s+Communications?": "TTTT", r"Science\s+and\s+Technology": "KHCN",
}
"""A provincial department's field in English and the letters after "KH-S" in its plans' numbers ("Department of
Education and Training": "…/KH-SGDĐT"; another department's plan, "…/KH-SYT", is not its own)."""
_BODY_OWNER = (r"(?:Standing\s+(?:Board|Committee)\s+of\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+){0,4}?"
               r"(?:(?:provincial|province|city|municipal)\s+)?(?:(?:police\s+)?department|federation|"
               r"(?:youth\s+|women['’]s\s+|farmers['’]?\s+)?union|(?:farmers['’]?\s+|veterans['’]?\s+)?"
               r"association|police)(?:\s+of\s+[A-Z][\w-]*(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,5})?"
               r"(?:(?:['’]s)?\s+Standing\s+(?:Board|Committee)|\s+director)?")
"""Such a body as a plan's owner ("the department", "the union's Standing Board", "the provincial Youth Union's
Standing Board", "the Standing Board of the Provincial Youth Union", "the department director", "the association")."""
_OWNER = _COMMITTEE + "|" + _BODY_OWNER
_WHAT_THE_DAY_IS = r"the\s+[^,]{3,100}?,"
"""What a launch's day is, told after it ("…, the 93rd founding anniversary of the union, …")."""
_ON_DAY = r"On\s+[^,]{3,40},\s*(?:" + _WHAT_THE_DAY_IS + r"\s*)?"
"""A day opening a launching sentence, with what the day is ("On March 26, the 93rd founding anniversary of …, ")."""
_LAUNCHING_TAIL = (r"(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?(?:\s*\([^()]{3,20}\))?(?:,\s*" + _WHAT_THE_DAY_IS + r")?|"
                   r"has|have|officially|yesterday|today|this\s+(?:morning|afternoon)|"
                   r"(?:has\s+)?issued\s+a\s+plan\s+to|"
                   r"held\s+(?:a|the)\s+(?:ceremony|conference)(?:\s+in\s+[^,]{3,30}?)?(?:\s+on\s+\w+(?:\s+\d{1,2})?)?"
                   r"\s+to|"
                   r"(?:on\s+)?(?:the\s+)?(?:morning|afternoon)\s+of\s+\w+\s+\d{1,2})){0,3}\s*$")
"""What may stand between a launching subject and its verb: a day ("on Wednesday (July 15)"; with what the day is: "on
March 26, the 93rd founding anniversary of the union,"), "has", "held a ceremony to" …"""
COMMITTEE_LAUNCHING = re.compile(
    r"^\W*" + _DATELINE + r"(?:" + _ON_DAY + r"|(?P<plan>(?:Under|According to)\s+Plan\s+No\.?\s*\S+\s+"
    r"(?:dated|issued on|signed on)\s+[^,]{3,12}(?:,\s*\d{4})?,\s*))?(?:[Tt]he\s+)?"
    r"(?P<committee>People['’]s\s+Committee\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:district|commune|ward|town|in|of)\b)[\w-]+\s+){0,3}?"
    r"(?:(?P<province>province)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?|(?P<of>" + _CENTRAL + r"))|"
    r"(?:[A-Z][\w-]*\s+){0,4}?(?P<level>provincial|municipal|Provincial|City|city)\s+People['’]s\s+Committee|"
    r"(?P<named>" + _CENTRAL + r")\s+People['’]s\s+Committee|"
    r"(?:[\w-]+\s+){0,3}?(?:province\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|city\s+of\s+(?P<city_of>" + _CENTRAL
    + r")))" + _LAUNCHING_TAIL)
"""The subject of a launching sentence, up to its verb, that is a province's People's Committee, one of a city
centrally run before 2025, or the province or that city itself ("The Quang Tri Provincial People's Committee on April
10 …", "The People's Committee of the south-central province of Khanh Hoa has …", "The Da Nang City People's Committee
on the morning of October 10 held a ceremony to …", "The Mekong Delta city of Can Tho on February 5 …"), nothing else
before it but a dateline, a day or the plan it launches under (not a body answering it: "Responding to the call of the
provincial People's Committee, the … Farmers' Association …"; not a provincial city's: "Thu Dau Mot city People's
Committee", nor Hue's before 2025)."""
BODY_LAUNCHING = re.compile(
    r"^\W*" + _DATELINE + r"(?:" + _ON_DAY + r")?(?:[Tt]he\s+)?(?P<committee>(?P<place>(?:[A-Z][\w-]*\s+){0,3}?)"
    r"(?:(?P<level>[Pp]rovincial|Province|province|City|city|[Mm]unicipal)\s+)?(?:"
    + "|".join(f"(?P<{kind}>{name})" for kind, name in _BODIES.items())
    + r")(?:\s+of\s+(?:the\s+)?(?:(?P<of>(?:[A-Z][\w-]*\s+){1,3})(?P<of_level>province|city)|"
    r"(?:[\w-]+\s+){0,2}?(?:province|city)\s+of\s+(?P<named_of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})))?)"
    + _LAUNCHING_TAIL)
"""The subject of a launching sentence that is a provincial body of _BODIES ("The Phu Tho Department of Education and
Training on September 15 …", "On the morning of March 5, the Binh Duong Provincial Federation of Labour …", "The Ho Chi
Minh Communist Youth Union of Dong Thap province on March 24 …", "The Department of Education and Training of the
central province of Nghe An on September 7 …"; a district's, "The Cu Chi district Youth Union", a national one, "The
Vietnam General Confederation of Labour", "The Central Youth Union", are none)."""
LAUNCHERS_PLAN_BEFORE = re.compile(
    r"^\s*" + _DATELINE + r"(?:(?P<under>Under|According to|Following|In line with|Based on)\s+(?:the\s+)?|"
    r"(?:[^.;]{0,120}?\bsaid\s+(?:that\s+)?)?"
    r"The\s+(?:emulation\s+)?(?:movement|campaign|drive)(?:,\s*[“\"][^”\"]{3,120}[”\"],)?\s*(?:follows|is based on|"
    r"is guided by|(?:is|are)\s+(?:being\s+)?(?:carried out|implemented)\s+(?:under|in line with)|"
    r",?\s*(?:is\s+)?(?:set\s+out|laid\s+out|detailed|specified|outlined)\s+in|in line with)\s+(?:the\s+)?"
    r"(?:(?P<owner>(?:provincial|city|municipal)\s+People['’]s\s+Committee|" + _BODY_OWNER + r")['’]s\s+)?)"
    r"Plan\s+No\.?\s*$", re.I)
"""Words before a plan's number, from its sentence's start, that tell it as the one the campaign is carried out under:
"Under Plan No. …", "DONG THAP — Under Plan No. …", "According to Plan No. …", "The drive follows Plan No. …", "The
movement is being carried out in line with the city People's Committee's Plan No. …", "Speaking at the event, its
director said the movement is carried out under the department's Plan No. …", "The movement is set out in the provincial
Youth Union's Plan No. …", "The drive is specified in Plan No. …", "The movement, outlined in Plan No. …" (not a unit
named first: "In Hoan Kiem ward, the movement is carried out in line with …"; not in a quote; not a plan told as the
subject of its own sentence, "The city's Plan No. 210/KH-UBND, dated August 26, sets out … activities for the
anniversary")."""
LAUNCHERS_PLAN_AFTER = re.compile(
    r"(?:\s*,?\s*(?:dated|(?:was\s+)?(?:issued|signed)\s+on)\s+" + _DAY
    + r"(?:,?\s+(?:(?:and\s+)?signed\s+)?(?:of|by)\s+(?:the|a)\s+(?P<owner>" + _OWNER + r"))?"
    r"|\s*,?\s*(?:issued|signed)\s+by\s+the\s+(?P<by>" + _OWNER + r")\s+on\s+" + _DAY
    + r"|\s*,?\s*of\s+the\s+(?P<of>" + _OWNER + r"),?\s+dated\s+" + _DAY
    + r"|\s*,\s*which\s+the\s+(?P<which>" + _OWNER + r"|(?:provincial|city|municipal)\s+chairman)\s+"
    r"(?:issued|signed)\s+on\s+" + _DAY
    + r"|\s*,\s*which\s+was\s+(?:issued|signed)\s+on\s+" + _DAY
    + r"(?:\s+by\s+(?:the\s+)?(?P<which_by>" + _OWNER + r"))?)"
    r"(?:\s+by\s+(?-i:(?:[A-ZĐ][\w-]*\s+){1,5}?[A-ZĐ][\w-]*),\s*(?:the\s+)?(?:director|chairman|head|secretary|"
    r"commander|chief)\s+of\s+the\s+(?P<post>" + _OWNER + r"))?(?-i:(?:\s+[A-ZĐ][\w-]*){1,4})?"
    r"(?:\s*,\s*the\s+(?:emulation\s+)?(?P<subject>movement|campaign|drive)(?![\w'’-])(?!\s+(?:was|were|had|\w+ed)\b)"
    r"|\s*,\s*the\s+(?P<launcher>" + _COMMITTEE + r")\b(?!['’])(?!\s+(?:\w+\s+)?also\b)"
    r"|(?P<goes_on>\s*,?\s+and\s+(?:runs|lasts|will\s+(?:run|last)|aims|sets|targets|calls|responds|"
    r"is\s+in\s+line\s+with)\b|"
    r"\s*,\s*(?:which\s+(?:carries\s+out|implements|follows)|following|carrying\s+out)\s+[^.;]{0,80}?\bPlan\s+No\b|"
    r"\s*,\s*(?:will\s+(?:run|last)|runs|lasts)\b|\s*,\s*which\s+was\s+(?:issued|signed|adopted)\b|\s*\.))",
    re.I)
"""What follows that number: its date ("dated August 21", "issued on September 8", "signed on March 4, 2025"), with its
owner if one is named (a People's Committee, its chairman or a body of _BODIES: "…, issued on October 3, 2025 by the
Chairman of the City People's Committee", "…, issued by the municipal People's Committee on March 3", "… of the
provincial People's Committee, dated January 5, 2026", "…, which the provincial People's Committee issued on June 28",
"… of the federation dated March 22", "…, which the department director signed on May 30, 2023"), then the campaign or
the launching committee as the subject ("…, the movement runs …", "…, the Dong Thap provincial People's Committee has
launched …", not what else it does: "…, the Ha Noi People's Committee also set up a steering board …"; not a campaign of
the past: "…, the movement helped …"), or, after a campaign told as carried out under it, what it does ("… and runs
until …", "…, will run …", "…, which carries out the … Plan No. …", "…, following the … Plan No. …", not "…, which
implements all of the city's tasks for 2025"; "…, which was issued shortly after …") or the sentence's end: not a unit,
the province or the bodies tasked as the subject ("…, Cam Lo district strives …", "…, the province brought forward the
deadline …", "…, departments … must finish digitising …": what the plan is about, the text does not say), nor a plan
described after it ("…, the provincial People's Committee's plan to carry out the national target programme …")."""
BELOW = re.compile(r"\b(?:district|commune|ward|town|township|village|special zone)\b(?!s)", re.I)
"""A unit below a province named in the plan's sentence (one, not "all districts"): the plan may be its."""
BESIDE = re.compile(r"\b(?:(?:together\s+with|alongside|along\s+with|in\s+tandem\s+with)\s+[^,.;]{0,60}?"
                    r"(?:\d{4}|[“\"‘'][^”\"’']{2,80}[”\"’'])\s*[^,.;]{0,30}?|and\s+the\s+[“\"‘'][^,.;]{0,60}?|"
                    r"at\s+the\s+(?:opening|launch(?:ing)?)\s+(?:ceremony\s+)?of\s+[^,.;]{0,60}?|"
                    r"and\s+(?:kicked\s+off|opened)\s+the\s+[^,.;]{0,60}?)\b(?:campaign|movement|drive|Month)\b|"
                    r"\bas\s+it\s+(?:opened|kicked\s+off)\b|\bvolunteer\s+campaign\b", re.I)
"""Another campaign named in the launching sentence, the plan's or one telling the plan, by its year or its quoted
name ("… launched the movement … together with the 2024 summer youth volunteer campaign", "… the movement … and the
'Green Sunday' campaign", "… at the opening ceremony of the 2024 Youth Month campaign", "…, as it opened the 2024
Workers' Month", "… and kicked off the 2023 Green Summer campaign"; not a partner or a part of the aim: "together with
the city Labour Federation", "the airport along with its roads", "together with honouring … of the previous
movement", "alongside the campaign '…'", "at the opening ceremony of the school year"): a dated plan told next may be
that one's."""
MONTH_NAMED = re.compile(r"\b(?:(?:Youth|Workers?['’]?|Action)\s+Month|Month\s+of\s+Action)\b", re.I)
"""A month of action ("the 2023 Worker Month", "the Month of Action for gender equality") named in the plan's sentence
or one telling the plan: the plan may be the month's (in the launching sentence it may only name the day: "On May 1, the
first day of Workers' Month, …")."""
SET_ASIDE = re.compile(r"\b(?:last year|previous|former|earlier|separately|also\s+(?:issued|signed))\b|"
                       r"^\W*In\s+(?:19|20)\d\d\s*,", re.I)
"""Words in the sentence of another plan of the launcher's kind that tell it as not the campaign's ("Last year's
movement, carried out under Plan No. …", "Separately, the city has issued Plan No. … on organising activities …", "the
former Kien Giang's Plan No. …", "In 2022, under Plan No. …")."""


def _launchers_dated_plan(prose: str, launched: PartialDate) -> Optional[str]:
    """A plan that may be the launched campaign's own, so that the ceremony's day (``launched``, as ingest read it) is
    not its issue date: the plan the province's (or a central city's) People's Committee, or a provincial body of
    _BODIES, that launches the campaign (:func:`_launcher`, in the text's first launching sentence) carries it out
    under, told with its date in that sentence or the next (LAUNCHERS_PLAN_BEFORE, LAUNCHERS_PLAN_AFTER: "The People's
    Committee of Tuyen Quang province on August 23 launched … The movement follows Plan No. 145/KH-UBND dated August 21,
    and runs until 2025"): with the launcher's symbol ("…/KH-UBND", "…/KH-SGDĐT"), not a national body's, the text's
    only plan with it but those told as another time's or topic's (SET_ASIDE), for a body (not a committee) no other
    campaign named beside the launched one (BESIDE) and the plan not told as more than the campaign
    (:func:`_told_as_more`), every owner named the launcher (:func:`_owned_by`), no unit below named in its sentence
    (BELOW), issued within EARLIER_PLAN_DAYS before the launch (a day without its year, in the launch's year or the one
    before) and not before the 2025 merger for a launch after it by a province that took others in: the sentence that
    tells it, or None. Its number is not stated, only the ceremony's day held back (:func:`extract_english`): reviews
    S293-S302 found plans told so that were not the launched campaign's (another drive's, the year's umbrella plan, a
    plan of the anniversary's events, the programme a drive supports), however narrowly read."""
    lead = _lead_launch(prose)
    launcher = _launcher(re.split(r"\blaunch\w*\b", lead, maxsplit=1)[0])
    if not launcher:
        return None
    subject, kind, level, symbol = launcher
    plans = [match for match in mentions(prose) if re.search(symbol + "$", match.group(1))
             and not SET_ASIDE.search(_sentence_before(prose, match.start(1)))]
    if len({match.group(1) for match in plans}) != 1:
        return None  # (another plan of the launcher's kind told: which is the campaign's, the text must say)
    match = plans[0]
    number, before = match.group(1), _sentence_before(prose, match.start(1))
    told = LAUNCHERS_PLAN_BEFORE.search(before)
    after = LAUNCHERS_PLAN_AFTER.match(prose[match.end():])
    lead_end = prose.find(lead) + len(lead)
    between = prose[lead_end:match.start(1) - len(before)]  # (the text between the launching sentence and the plan's)
    if not (told and after) or national_issuer(number) or re.search(r"\w", between):
        return None  # (told in the launching sentence or the next: a plan told further on may be another drive's)
    sentence = _english_sentence_of(prose, match)
    if kind != "committee" and (BESIDE.search(lead) or _told_as_more(prose, sentence, number)):
        return None  # (a body's: another campaign named beside the launched one, or the plan told as another's or as
        # more: "The plan sets out 32 activities to celebrate the anniversary, … and the emulation movement is one of
        # them"; not a committee's, as session 45 read them: reviews S314, S317 and S320 found these guards stating the
        # ceremony's day beside committees' own plans, "… six activities …", "… activities to mark the anniversary")
    if BELOW.search(sentence):
        return None  # a unit below named with it ("…, the movement will first cover Tam Dao; the plan was drawn up by
        # the Tam Dao district People's Committee")
    if told.group("under") and after.group("goes_on"):
        return None  # ("Under Plan No. … dated …, the province …": what the plan is about, the text does not say)
    owners = [told.group("owner"), *(after.group(name) for name in ("owner", "by", "of", "which", "which_by", "post",
                                                                     "launcher"))]
    if any(owner and not _owned_by(owner, kind, level, subject.group("committee")) for owner in owners):
        return None  # another level's, body's or place's ("of the city People's Committee" where a province launches,
        # "of the Vinh Long provincial People's Committee", "the Thu Duc City People's Committee")
    day = re.search(_DAY, after.group(0), re.I)
    issued = _full_date(day.group(0))
    if not re.search(r"\d{4}", day.group(0)):  # a day without its year: of the launch's, or the year before's
        issued = _full_date(f"{day.group(0)}, {launched.year}")  # ("dated December 28" of a launch on January 4)
        if issued and issued[0].first_day > launched.first_day:
            issued = _full_date(f"{day.group(0)}, {launched.year - 1}")
    if not issued or not 0 < (launched.first_day - issued[0].first_day).days <= EARLIER_PLAN_DAYS:
        return None  # an earlier year's or phase's plan, one issued after the launch or on its day (the ceremony's day
        # is then its date either way), or one the text does not date
    if issued[0].first_day < MERGER_DAY <= launched.first_day and _merged(subject.group("committee")):
        return None  # a former province's body's, before the merger (kept in force by the new one, perhaps)
    return sentence.strip()


def _merged(launcher: str) -> bool:
    """Whether the launcher's province took in others on 1 July 2025, or the launcher names none (Ha Noi, Hue and
    others did not: a plan of theirs from before that day is as much their own)."""
    places = provinces_in(launcher)
    return not places or any(unit.successor in places for unit in gazetteer().units.values())


def _launcher(words: str) -> Optional[tuple[re.Match, str, str, str]]:
    """The subject of a launching sentence, up to its verb, that is a province's or a central city's People's Committee
    (COMMITTEE_LAUNCHING) or a provincial body (BODY_LAUNCHING) that names its province or its level ("provincial",
    "municipal") and whose place is a province's whole name, with its kind ("committee" or one of _BODIES), level
    ("province" or "city") and the symbol of its plans (_SYMBOLS, _DEPARTMENTS: None for a department of a field not
    among them); None for a provincial city's, a town's or a university's ("Buon Ma Thuot City People's Committee", "the
    Labour Federation of Ha Tinh city", "Quang Tri Town Youth Union", "Thai Nguyen University Youth Union"), whose
    superior's plans carry its symbol, or a body of no province ("The Central Youth Union")."""
    subject = COMMITTEE_LAUNCHING.match(words)
    if subject:
        city = bool(subject.group("level") in ("City", "city", "municipal") or subject.group("named")
                    or subject.group("of") or subject.group("city_of"))
        kind = "committee"
    else:
        subject = BODY_LAUNCHING.match(words)
        if not subject:
            return None
        place = (subject.group("of") or subject.group("named_of") or subject.group("place")).strip()
        if (subject.group("of") or subject.group("named_of")) and subject.group("place").strip():
            return None  # a unit's own union ("The Police Youth Union of Nghe An province")
        if place and not province_named(place) or not (place or subject.group("level")):
            return None  # a town's, a university's ("Thai Nguyen University Youth Union"), or no province's
        city = subject.group("level") in ("City", "city", "municipal", "Municipal") \
            or subject.group("of_level") == "city" or not subject.group("level") and bool(re.fullmatch(_CENTRAL, place))
        kind = next(kind for kind in _BODIES if subject.group(kind))
    if city and not re.search(_CENTRAL, subject.group("committee")):
        return None
    level = "city" if city else "province"
    if kind != "department":
        return subject, kind, level, _SYMBOLS[kind]
    field = re.sub(r"^Department\s+of\s+", "", subject.group("department"))
    letters = next((letters for name, letters in _DEPARTMENTS.items() if re.fullmatch(name, field, re.I)), None)
    return (subject, kind, level, "/KH-S" + letters) if letters else None


OWNERS_KINDS = {"committee": {"committee"}, "department": {"department", "police"}, "federation": {"federation"},
                "union": {"union", "women", "farmers"}, "association": {"farmers", "veterans"}, "police": {"police"}}
"""The kinds of launcher (_BODIES) an owner's word may name ("the union" of the Women's Union, "the provincial Police
Department" of the provincial Police)."""


def _owned_by(owner: str, kind: str, level: str, launcher: str) -> bool:
    """Whether a plan's owner as the text names it ("the provincial People's Committee", "the Chairman of the City
    People's Committee", "the department", "the union's Standing Board") is the launcher: a body of its kind, of its
    level (a committee names it; a body may not), whose name holds no word the launcher's does not (its place's: "the
    Dong Thap provincial People's Committee", a place by any of its names: "the HCM City People's Committee" for "the
    Ho Chi Minh City People's Committee"; its field's: "the Department of Health")."""
    named = re.search(r"People['’]s\s+Committee|\bchairman\b|\b(department|federation|union|association|police)\b",
                      owner, re.I)
    if not named or kind not in OWNERS_KINDS[(named.group(1) or "committee").lower()] or _level(owner) not in (
            (level,) if kind == "committee" else (level, None)):
        return False  # (another kind's; another level's: "the provincial Labour Federation" where a city's launches)
    places, theirs = (provinces_in(re.sub(r"Ho\s+Chi\s+Minh\s+Communist", "", words)) for words in (owner, launcher))
    if places:
        field = re.search(r"\bDepartment\s+of\b(.*)", owner)
        return bool(places & theirs) and (not field or _words_in(field.group(1), launcher))
    return _words_in(owner, launcher)


def _words_in(owner: str, launcher: str) -> bool:
    """Whether every word of a plan's owner but the generic ones ("the", "provincial", "People's Committee", "Standing
    Board", "director" …) is a word of the launcher's name (a whole word: "An Giang" is not in "Hau Giang")."""
    words = re.sub(r"['’]s\b|\b(?:provincial|province|city|municipal|People['’]s|Committee|the|Vice|Chairman|of|"
                   r"Standing|Board|director|Department(?=\s*$))\b", " ", owner, flags=re.I)
    return set(re.findall(r"[\w-]+", words.lower())) <= set(re.findall(r"[\w-]+", launcher.lower()))


PLAN_OF_MORE = re.compile(r"\bone\s+(?:of\s+(?:them|its)|part|item)\b|"
                          r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:emulation\s+)?"
                          r"(?:events|drives|movements|campaigns|key\s+tasks)\b|"
                          r"\b(?:general\s+plan|overall\s+(?:work\s+plan|framework)|programme\s+of\s+celebrations|"
                          r"work\s+programme)\b|\bactivities\s+to\s+(?:celebrate|mark)\b|"
                          r"\bemulation\s+and\s+(?:commendation|reward)\s+plan\b", re.I)
"""Words telling a plan as more than the launched campaign's: its events, drives or key tasks counted, the campaign
"one of them", "one part", "one item" or "one of its tasks", the year's "general plan", "overall work plan", "overall
framework", "work programme" or "emulation and commendation plan", the anniversary's "programme of celebrations" or
"activities to celebrate" (not what the campaign itself does: "The plan sets out four tasks …", "… six activities …",
"… focuses on organising training courses", "… growth targets for the whole of 2025", "… one of the ten best
localities", "… 20 targets, among them …", "… under the national target programme")."""


THE_PLAN = re.compile(r"\s*(?:(?:The|That|This)(?:\s+same)?\s+(?:plan|document)\b(?!\s+(?:of|for|on)\b)|It\s+is\b)",
                      re.I)
"""A sentence opening with the plan told before ("The plan …", "That document …", "The same plan …", "It is …"; not
"The plan of celebrations …", nor a quote: "“It is one of the most important tasks …”")."""


def _told_as_more(prose: str, sentence: str, number: str) -> bool:
    """Whether the plan's ``sentence``, or a later one that names it (its ``number``, or "The plan", "That document"),
    tells it as more than the launched campaign's (PLAN_OF_MORE: "The plan sets out 32 activities to celebrate the
    anniversary, … and the emulation movement is one of them", "Plan No. 24/KH-UBND is the city's general plan on
    emulation …") or as another campaign's (BESIDE, MONTH_NAMED: "… during the 2022 Youth Month")."""
    later = prose[prose.find(sentence) + len(sentence):]
    return any(PLAN_OF_MORE.search(told) or BESIDE.search(told) or MONTH_NAMED.search(told)
               for told in [sentence, *(told for line in later.splitlines() for told in _SENTENCES.split(line)
                                        if number in told or THE_PLAN.match(told))])


def _level(words: str) -> Optional[str]:
    """The level a plan's owner names ("the provincial People's Committee", "the Chairman of the City People's
    Committee", "the Ha Noi People's Committee"): "province" or "city", or None."""
    found = re.search(r"\b(provincial|province|city|municipal)\b", words, re.I)
    if not found:
        return "city" if re.search(_CENTRAL, words) else None
    return {"provincial": "province", "province": "province"}.get(found.group(1).lower(), "city")


def _type(draft: Draft, prose: str, number: Optional[str]) -> None:
    code = type_in_number(number) if number else None
    if code:
        record_fact(draft, "type", code, f"the number {number}")
        return
    kind = ISSUED_KIND.search(prose)
    if kind and ORGANISING.match(re.sub(r"^\s*(?:No\.?|Number)?\s*\S*\d\S*", "", prose[kind.end():])):
        kind = None  # "issued Decision No. 456/QD-UBND to establish the Steering Committee …": not the plan's type
    if kind and _told_earlier(prose, kind.start()):
        draft.missing["type"] = (f"the first document the text says was issued is told as earlier "
                                 f"(“{kind.group(0).strip()}”): give the type of the plan's own, if any")
    elif kind and KINDS[kind.group("kind").lower()]:
        record_fact(draft, "type", KINDS[kind.group("kind").lower()], f"“{kind.group(0).strip()}”")
    else:
        draft.missing["type"] = "the text names no document type the records know"


A_SPANS_DAY = re.compile(r"\b(?:from|to|until|till|through|starting|beginning|before|by|toward|towards)\s*$|"
                         r"\b(?:end(?:ed|s)?|clos(?:ed|es)|conclud(?:ed|es)|finish(?:ed|es))\s+on\s*$", re.I)
"""Words right before a day that make it one end of a span or a deadline ("until", "the first phase ended on"), not
the day of an event."""


def _issued(draft: Draft, prose: str, number: Optional[str], stamp: Optional[PartialDate]) -> None:
    """The issue date: "dated …" or "issued by … on …" right after the number, else the date of
    the sentence that says it was issued ("On January 3, 2024, … issued …"), or, when the text
    names no document or never says its document was issued ("Under Plan No. 78/KH-UBND, the
    movement runs …"), of the first sentence that launches the campaign with a date ("On the
    afternoon of July 21, 2018, … organized the launching ceremony of the emulation campaign") or
    of the ceremony told last before a launch "on this occasion", if it gives day, month and year
    (a day without its year takes the year of the date printed before the text); never a plan of
    celebrations', nor a launch day a look back is bound to ("Last year, on March 17, …":
    :func:`~thidua.editing.clauses.told_apart`)."""
    dated = []
    if number:
        dated = [re.match(r"\s*,?\s*(?:dated|(?:was\s+)?(?:issued|signed)(?:\s+by\b[^.;]{0,80}?)?\s+on)\s+(.{0,30})",
                          prose[m.end():])
                 for m in re.finditer(re.escape(number), prose)]
    lines = [SPAN.sub("", AGENCY_DATELINE.sub("", sentence)) for line in prose.splitlines()
             for sentence in _SENTENCES.split(line)]
    # not an earlier event, nor the national document or launch told first that a province's own
    # launch answers
    lines = [sentence for sentence in lines if not EARLIER.search(sentence) and not (
        NATIONAL.search(sentence) and _answered_locally(prose, prose.find(sentence) + len(sentence)))]
    issuing = [_from_on(_the_plans_clause(sentence) if number is None else sentence) for sentence in lines
               if ISSUED_WORDS.search(sentence)
               and not re.search(r"\bCall for (?:Patriotic )?Emulation\b", sentence, re.I)
               and not CELEBRATIONS_ISSUED.search(sentence)
               and not (number is None and (mentions(sentence) or OTHER_KIND_ISSUED.search(sentence)
                                            and not PLAN_ISSUED.search(sentence)))]  # (another
    # document's, or one of two the text cannot tell)
    if number:  # the sentence that launches the campaign in its document ("… said that on May 26,
        # 2025, the Governor … launched the emulation movement … in document No. 4189/NHNN-TCCB")
        issuing += [_from_on(sentence) for sentence in lines if number in sentence and LAUNCH.search(sentence)
                    and not _told_on(sentence, number)]
    launches: list[str] = []
    launching: list[tuple[str, bool]] = []
    if not number or not any(number in sentence and ISSUED_WORDS.search(sentence) for sentence in lines):
        # no document named, or one never told as issued: the day of the first dated launch the text tells
        launching = [(own, own != sentence) for sentence in lines if (own := _past_dated(sentence))
                     and _launches(own) and not (number and not national_issuer(number) and NATIONAL.search(own)
                                                 and not ANSWER.search(own))]
        # (a province's plan never told as issued is not dated by the Prime Minister's launch told first)
        for own, cut in launching:  # the first dated launch; a launch told past a dated document
            if _full_date(own, stamp) or _day_told(own, stamp):  # without its own day stops the search
                launches = [own]  # ("Under a plan dated …, the … launched …": not a later launch's)
                break
            if cut:
                break
        occasion = ON_THIS_OCCASION.search(prose)
        if not launches and occasion:  # "On this occasion, … launched …": the day of the ceremony
            before = [SPAN.sub("", sentence) for line in prose[:occasion.start()].splitlines()
                      for sentence in _SENTENCES.split(line)]  # told last before it
            launches = [sentence for sentence in [sentence for sentence in before if HELD.search(sentence)][-1:]
                        if _full_date(sentence, stamp)]
        issuing += launches
    headline = (_past_page_date(prose).strip().splitlines() or [""])[0]
    for text in [match.group(1) for match in dated if match] + issuing:
        launched = text in launches  # (the day of a launch told: a campaign "from now" starts then)
        followed = _campaign_followed(text, stamp, headline)
        if followed:
            draft.missing["issued"] = followed
            return
        text = _past_the_answered_launch(text, stamp, headline)
        date = _full_date(text, stamp) or _day_told(text, stamp)
        before = text[:text.find(date[1])] if date else ""
        if date and not cited_before(before, number, text[text.find(date[1]) + len(date[1]):]) and not OTHER_DAY.search(
                before) and not A_SPANS_DAY.search(before):
            if date[0].year < 1975:
                continue  # history ("on June 11, 1948, President Ho Chi Minh issued the Call …")
            if not str(date[0].year) in date[1] and (_printed_in_other_years(prose, date[0]) or year_unsaid(
                    _past_page_date(prose), date[0].year,
                    date[0].month)):
                return  # "June 11th" of a page of 2011 that prints "(June 11th, 1948 – June 11th, 2008)",
                        # or of a movement "for the 2008-2010 period" 
            at = (len(before), len(before) + len(date[1]))
            apart = told_apart(text, at, date[0], stamp, ENGLISH) if launched else None
            if apart:
                draft.missing["issued"] = apart
                return
            record_fact(draft, "issued", date[0], f"“{date[1]}”, {LAUNCH_DAY}" if launched else f"“{date[1]}”")
            return
    day = next((day for own, _ in launching for day in YEARLESS_DAY.finditer(own)
                if not A_SPANS_DAY.search(own[:day.start()])), None)
    if day:  # the first launch told with a day (not a span's), whose year the text does not give
        yearless_launch_day(draft, day.group(0))


def _past_the_answered_launch(text: str, stamp: Optional[PartialDate], headline: str) -> str:
    """A sentence that opens by answering a launch, or by counting the time since one (:func:`_counts_since`), from
    past that launch's date when its own launch or issue follows ("Responding to the movement the Prime Minister
    launched on October 5, 2024, the Hanoi People's Committee issued …"; after a count, the next clause's own launch,
    :func:`_launch_after`: "Two months after the movement was launched on March 10, 2025, the Bac Ninh People's
    Committee on May 8 issued Plan No. 112/KH-UBND to launch …", not under a ``headline`` that names the campaign
    counted from, the article's own; not a document it carries out, whose date is cited); any other sentence whole."""
    since = _counts_since(text)
    answered = _full_date(text, stamp) if since or ANSWER.search(text) else None
    if not answered:
        return text
    at = text.find(answered[1])
    after = text[at + len(answered[1]):]
    if since and any(len(name) > 2 and name.lower() in headline.lower() for name in QUOTED_TEXT.findall(text[:at])):
        return text
    if re.search(SINCE_LAUNCHED if since else r"\blaunched\b", text[:at]) and not mentions(text[:at]) and (
            _launch_after(after, stamp) if since else re.search(r"\b(?:launched|issued|signed|kicked off)\b", after)):
        return after
    return text


ELAPSED = (r"(?:(?:nearly|almost|more than|over|about|around|some|just|only|exactly|barely|less than)\s+)?"
           r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty)(?:-\w+)?|half\s+a|a\s+few|several|\d+)"
           r"(?:\s+and\s+a\s+half)?\s+(?:years?|months?|weeks?)(?:\s+and\s+a\s+half)?")
"""A time counted ("One year", "Eighteen months", "Six weeks", "A year and a half"), before "after" in FOLLOWS."""
FOLLOWS = re.compile(rf"^\W*(?:building on|continuing|carrying on|after|following|(?P<elapsed>{ELAPSED}\s+after))\b",
                     re.I)
"""A sentence that opens by following a campaign launched before ("Building on the movement … launched on April 10,
2024, the provincial People's Committee on March 14 held a ceremony to launch …"), or by counting the time since it
("One year after the movement was launched on January 5, 2024, …")."""
OWN_CLAUSE = re.compile(r"^(?:(?!\b(?:said|reported|announced|told|noted|reviewed)\b)[^,]){0,80}?"
                        r"\b(?:launched|kicked off|issued|signed(?:\s+and\s+issued)?|"
                        r"(?:held|organi[sz]ed)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:ceremony|conference|meeting|rally)\s+"
                        r"to\s+launch)\s+(?:[^\s,]+\s+){0,8}?(?:emulation\s+(?:movement|campaign|drive)|movement|"
                        r"campaign|drive|plan)\b(?![^,]*\b(?:(?:to|the|its)\s+review|emulation\s+(?:and\s+\w+\s+)?"
                        r"congress|fund|scholarships?|contest|construction|coordination)\b)", re.I)
"""What a clause tells after its day for the clause to be the article's own launch: a launch, an issue or a ceremony
to launch whose object is the campaign or its plan ("… the Women's Union held a ceremony to launch its 2025 emulation
movement", "… the provincial Youth Union launched an emulation campaign", "… signed a plan to launch …"; not "…
organised a conference to review the movement it launched", "… reported that localities had launched …", "… kicked
off construction of 120 houses under the campaign", "… a meeting to launch the preparations for the emulation
congress", a fund, a contest, a coordination plan)."""
LAUNCH_TITLE = re.compile(r"\b(?:launch(?:es|ed)?|kicks? off|issues?|rolls? out|responds?|enters?|starts?|begins?|"
                          r"moves? to)\b", re.I)
"""A headline that tells a launch or a plan ("Hanoi launches …", "Lao Cai issues plan …", "Dien Bien responds to
movement …")."""
FEATURE_TITLE = re.compile(r"\b(?:a year on|one year on|months on|years on|gathers pace|spreads|reaches|changes|looks "
                           r"back|review|results)\b", re.I)
"""A headline that looks back on a campaign ("… gathers pace in localities", "A year on, …")."""


QUOTED_TEXT = re.compile(r"[\"“]([^\"”]*)[\"”]")
"""Words in quotes (a campaign's name)."""
SINCE_LAUNCHED = r"\b(?:launch(?:ed|ing)|kick(?:ed|ing)\s+off|start(?:ed|ing))\b"
"""How a sentence that counts the time since a campaign tells it launched: "… was launched on …", "… was kicked off on
…", "… after launching the movement on …", "… launched its movement on …"."""


def _counts_since(text: str) -> bool:
    """Whether a sentence opens by counting the time since a launch ("One year after the movement was launched
    on …")."""
    opening = FOLLOWS.search(_past_tag(text))
    return bool(opening and opening.group("elapsed"))


def _in_the_count(before: str) -> bool:
    """Whether words whose sentence runs ``before`` them lie in the clause counting the time since a campaign ("Two
    years after the Prime Minister launched the movement … for the 2021-2025 period, …": that campaign's years)."""
    return _counts_since(before) and "," not in QUOTED_TEXT.sub("", _past_tag(before))  # (a quoted name's commas no
    # clause's)


def _followed(text: str, stamp: Optional[PartialDate]) -> Optional[tuple[PartialDate, str]]:
    """The campaign a sentence opens by following (past a dateline: :func:`_past_tag`; FOLLOWS), told by
    "launched on" as a participle and a day printed with its year ("Building on the movement … launched on April 10,
    2024, …"; not "After the movement was launched on March 5, 2025, …", the article's own, nor a document's: "…
    under Plan No. 12/KH-UBND launched on …"), or by any "launched on" after the time since it ("One year after the
    movement was launched on January 5, 2024, …"): its date and the words it was read from."""
    opening = FOLLOWS.search(_past_tag(text))
    found = _full_date(text, stamp) if opening else None
    if not found or str(found[0].year) not in found[1]:
        return None
    before = text[:text.find(found[1])]
    told = re.search(SINCE_LAUNCHED + r"\s+(?:[^,]{0,80}?\s)?on\s+$" if opening.group("elapsed") else
                     r"(?<!was )(?<!were )(?<!been )(?<!being )\blaunched\s+on\s+$", before)
    return found if told and not mentions(before) else None


def _launch_after(after: str, stamp: Optional[PartialDate]) -> Optional[tuple[PartialDate, str]]:
    """The day of the launch told in the clause ``after`` a campaign followed (past "by" its launcher): its own day, in
    the clause or in a time clause opening it, then OWN_CLAUSE ("…, the provincial People's Committee on March 14 held a
    ceremony to launch …", "…, on March 14, 2025, the … signed Plan No. 60/KH-UBND to launch …"); None for another
    event (a pledge, a registration rolled out, construction kicked off, a launch said to come)."""
    rest = re.match(r"(?:\s+by\b[^,]*)?\s*,\s*(.*)", after, re.S)
    day = rest and (_full_date(rest.group(1), stamp) or _day_told(rest.group(1), stamp))
    at = rest.group(1).find(day[1]) if day else -1
    told = day and "," not in rest.group(1)[:at] and OWN_CLAUSE.search(
        re.sub(r"^\s*,\s*", "", rest.group(1)[at + len(day[1]):]))
    return day if told else None


def _campaign_followed(text: str, stamp: Optional[PartialDate], headline: str) -> Optional[str]:
    """The review note for a sentence that opens by following a campaign (:func:`_followed`), under a ``headline``
    that tells a launch (LAUNCH_TITLE) and does not look back (FEATURE_TITLE: a feature's other launches are side
    ones): that campaign's day is not the plan's, and the day of the next clause may be where that clause tells, after
    it, the article's own launch (OWN_CLAUSE: "Building on the movement … launched on April 10, 2024, the provincial
    People's Committee on March 14 held a ceremony to launch …") over three months after the one followed; the issue
    date is left for the editor (stating it, reviews S211-S225 found side launches and other events dated). Where the
    next clause launches nothing ("…, the provincial People's Committee has issued Plan No. 45/KH-UBND, which asks
    units to register by March 31") and the campaign followed is over three months before the article, no day of the
    sentence is the launch's: also left for the editor, unless the sentence answers (ANSWER: "Following …"). None
    where the sentence is not of this shape, or the day after is within three months of the campaign followed (a side
    launch or a pledge answering the article's own launch: read as any other). The next clause may follow the body
    that launched the campaign followed ("… launched on March 26, 2024 by the Central Committee …, the City Youth
    Union on July 28 organised …") and open with its day in a time clause of its own ("…, on March 14, 2025, the
    provincial People's Committee signed Plan No. 60/KH-UBND to launch …")."""
    followed = _followed(text, stamp)
    if not followed or not LAUNCH_TITLE.search(headline) or FEATURE_TITLE.search(headline):
        return None
    day = _launch_after(text[text.find(followed[1]) + len(followed[1]):], stamp)
    if day:
        if (day[0].first_day - followed[0].first_day).days <= RECALLED_DAYS:
            return None
        return f"“{followed[1]}” {FOLLOWED_CAMPAIGN}, and “{day[1]}” may be its own: check it"
    recalled = stamp and stamp.day and (stamp.first_day - followed[0].first_day).days > RECALLED_DAYS
    if not recalled or ANSWER.search(_past_tag(text)):
        return None
    return f"“{followed[1]}” {FOLLOWED_CAMPAIGN}, and the text tells no day of its own launch: check it"


ISSUED_WORDS = re.compile(r"\b(?:issued|signed|promulgated)\b", re.I)
"""Words of a sentence that says a document was issued."""
OTHER_KIND_ISSUED = re.compile(r"\b(?:issued|signed|promulgated)\s+(?:a\s+|the\s+)?(?:[Rr]esolution|[Dd]ecree|Law|"
                               r"[Cc]ircular|[Oo]rdinance)\b")
"""A sentence that tells a resolution, decree, law or circular issued ("the Standing Committee of the National Assembly
issued Resolution No. 44/2024/UBTVQH15 dated February 5, 2024 detailing …"): another document's date, never a
plan's, even where its number is one the text's numbers do not catch; not in a sentence that also tells a plan
issued (PLAN_ISSUED: "… issued a plan …, two weeks after the Politburo issued Resolution 68")."""
PLAN_ISSUED = re.compile(r"\b(?:issued|signed|promulgated)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:plan|directive)\b",
                         re.I)


def _printed_in_other_years(prose: str, date: PartialDate) -> bool:
    """Whether the text prints the day and month of ``date`` (a day whose year came from the page's
    stamp) with years, none of them its year: which year the day is, the text does not settle."""
    years = {int(match.group("year")) for pattern in (DAY_FIRST, MONTH_FIRST, NUMERIC)
             for match in pattern.finditer(prose) if match.group("year") and int(match.group("year")) >= 1975
             and (int(match.group("day")), _month(match.group("month"))) == (date.day, date.month)}  # (not the
    # Call's "June 11, 1948" beside a launch on June 11)
    return bool(years) and date.year not in years


def _month(text: str) -> int:
    """A month printed as a number or a name."""
    return int(text) if text.isdigit() else MONTHS[text.lower()]



def _launches(text: str) -> bool:
    """Whether ``text`` launches a campaign (LAUNCH) or a movement (MOVEMENT_LAUNCH, NAMED_MOVEMENT_LAUNCH)."""
    return bool(LAUNCH.search(text) or MOVEMENT_LAUNCH.search(text) or NAMED_MOVEMENT_LAUNCH.search(text))


def _prints_year(prose: str, year: int) -> bool:
    """Whether the text prints ``year`` on its own (not in the page's date line, a date or a span
    "2016-2020")."""
    return bool(re.search(rf"(?<![\d/.–-]){year}(?![\d/.–-])(?!\s*[–-]\s*\d)", _past_page_date(prose)))


def _past_page_date(prose: str) -> str:
    """The text without its page's date line."""
    return "\n".join(line for line in prose.splitlines() if not PAGE_STAMP.match(line))


def _past_dated(sentence: str) -> str:
    """A sentence past the documents it cites with their dates ("Pursuant to the Law … No.
    06/2022/QH15 dated June 15, 2022 and Decree No. 98/2023/ND-CP dated December 31, 2023 of the
    Government, the … Committee on March 3, 2025 launched …" is read from "of the Government")."""
    end = 0
    for dated in re.finditer(r"\bdated\s+", sentence):
        found = _full_date(sentence[dated.end():dated.end() + 30])
        if found and _launches(sentence[dated.end():]):
            end = dated.end() + sentence[dated.end():].find(found[1]) + len(found[1])
    return sentence[end:]


def _told_on(sentence: str, number: str) -> bool:
    """Whether the first date of a sentence is the day something was said about the document ("On
    June 2, 2025, at the press conference, the Deputy Governor said Official Letter No. … launched
    …"), not the day of its launch ("… said that on May 26, 2025, the Governor launched …")."""
    date = _full_date(sentence)
    return bool(date) and bool(re.search(r"\b(?:said|says|told|stated|noted|reported)\b",
                                         sentence[sentence.find(date[1]):sentence.find(number)], re.I))


def _launch_dated_by_campaign(draft: Draft, prose: str, span: tuple[PartialDate, Optional[PartialDate]],
                              stamp: Optional[PartialDate]) -> None:
    """The day of the first sentence that launches the campaign, printed without its year, dated
    by the campaign (:func:`~thidua.editing.facts.dated_by_campaign`): "On March 8, … launched a
    peak emulation period" of a campaign "from March 9 to June 30, 2026": the first launching
    sentence that tells the day of its event without its year (not the start itself, when the
    sentence gives it, "… launch a 30-day movement (from July 15 to …)", nor another body's launch,
    "… launched by the Prime Minister on May 19", nor the campaign's a count of time starts from: "Six weeks after the
    movement was launched on March 3, …", :func:`_in_the_count`); a day a look back is bound to ("Last year, on March
    12, …": :func:`~thidua.editing.clauses.told_apart`) dates nothing."""
    for line in prose.splitlines():
        for sentence in _SENTENCES.split(SPAN.sub("", line)):
            if _launches(sentence):
                words = re.sub(r"\b(?:from|starting|beginning)\b[^.;)]*", "", sentence)
                match = next((match for match in MONTH_FIRST.finditer(words) if not match.group("year")
                              and EVENT_DAY.search(words[:match.start()])
                              and not OTHER_DAY.search(words[:match.start()])
                              and not _in_the_count(words[:match.start()])), None)
                if match:  # the first launch told with a day
                    date = dated_by_campaign(span, MONTHS[match.group("month").lower()], int(match.group("day")))
                    apart = told_apart(words, match.span(), date, stamp or span[0], ENGLISH)
                    if apart:  # ("Last year, on March 12, …": not this campaign's launch)
                        draft.missing["issued"] = apart
                    elif date and not (stamp and date.first_day > stamp.last_day):
                        record_fact(draft, "issued", date, f"“{match.group(0)}”, its year the campaign's: check it")
                    return


EVENT_DAY = re.compile(r"(?:\bon\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?|\bin\s+the\s+(?:morning|"
                       r"afternoon|evening)\s+of\s+|^\W*(?:[\w-]+\W+){0,2}?Early\s+)$", re.I)
"""Words before the day of the event told: "On March 8, …", "… held a ceremony … on May 10 to
launch …", "Early March 1, …" (not a day it celebrates or an end: "… to welcome May 19", "… lasts
until June 30")."""
HELD = re.compile(r"\b(?:held|organi[sz]ed)\b[^.]{0,60}\b(?:ceremony|conference|meeting)\b", re.I)
"""A ceremony held on a day: the day of a launch told later "on this occasion"."""
EARLIER = re.compile(r"^\W*(?:earlier|previously|before that)\b(?!\s+(?:today|this\s+(?:week|morning|afternoon)|"
                     r"in\s+the\s+day)\b)", re.I)
"""A sentence that tells an earlier event ("Earlier, on January 5, 2025, the Provincial Party
Committee issued a directive …"): its date is not the plan's (not the article's own news: "Earlier
today, …", "Earlier this week, …")."""
OTHER_DAY = re.compile(r"(?:\bby\b[^,;]{0,60}|\b(?:meeting|conference|session|celebrat\w*|mark\w*|welcom\w*|"
                       r"anniversary|birthday|(?-i:[A-Z][\w'’]*\s+Day))\b[^.;]{0,60}?)\bon\s+(?:the\s+\w+\s+of\s+)?$|"
                       r"\b(?:anniversary|(?-i:Day))\b[^.;()]{0,60}\(\s*$|"
                       r"\b(?:formed|founded|established|merged|set\s+up|created)\s+on\s+$", re.I)
"""Words before a date that make it another event's: a launch by others ("launched by the Prime
Minister on April 13, 2025"), a meeting ("at the meeting on March 5, 2025"), the day celebrated
("to celebrate the 135th birthday of President Ho Chi Minh on May 19, 2025"), a unit's founding ("the new province,
formed on July 1 from …")."""
ON_DAY = re.compile(r"\bOn\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?=\d|" + _MONTH + r")", re.I)


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence holding ``text[at]`` before it (from its line's start or its last full stop)."""
    return _SENTENCES.split(text[text.rfind("\n", 0, at) + 1:at])[-1]


def _english_sentence_of(text: str, match: re.Match) -> str:
    """The sentence a match lies in, as English ends one (_SENTENCES: not at "No." or "Sept.")."""
    line_end = text.find("\n", match.end())
    rest = text[match.end():line_end if line_end >= 0 else len(text)]
    return _sentence_before(text, match.start()) + match.group(0) + _SENTENCES.split(rest)[0]


def _told_earlier(text: str, at: int) -> bool:
    """Whether the sentence holding ``text[at]`` tells an earlier event (EARLIER, or in the clause counting the time
    since it: :func:`_in_the_count`): "Earlier, on July 1, the Prime Minister signed a directive …" after a province's
    launch, "One year after the Prime Minister launched the … movement, the province of Quang Ninh on April 14 kicked
    off …" give neither its issuer nor its type."""
    before = _sentence_before(text, at)
    return bool(EARLIER.search(before)) or _in_the_count(before)


def _the_plans_clause(sentence: str) -> str:
    """Of a sentence that tells a plan issued and a resolution, decree or law issued, the plan's part: up to the
    clause of the other document when the plan comes first ("… has issued a plan …, two weeks after the Politburo
    issued Resolution 68 on …"), from the plan's verb when it comes after; any other sentence whole."""
    plan, other = PLAN_ISSUED.search(sentence), OTHER_KIND_ISSUED.search(sentence)
    if not (plan and other):
        return sentence
    if plan.start() > other.start():
        return sentence[plan.start():]
    head = sentence[:other.start()]
    cut = max(head.rfind(","), head.rfind(";"))
    return head[:cut] if cut > plan.end() else head


def _from_on(sentence: str) -> str:
    """The sentence from its last "On <date>" before the verb of issuing: "08/03/2024 | … The
    Directive on … On 06/3/2024, the Chairman … signed and issued" (a page stamp and a headline
    run into the sentence) is dated 06/3/2024 (not a lower-case "on <date>" inside a sentence that opens by
    answers or follows a launch: "Responding to the movement the Prime Minister launched on October 5, 2024, the Hanoi
    People's Committee issued …", "Building on the movement launched on April 10, 2024, the province issued …")."""
    verb = re.search(r"\b(?:issued|signed|promulgated)\b", sentence, re.I)
    days = [m for m in ON_DAY.finditer(sentence) if verb and m.start() < verb.start()
            and (m.group(0).startswith("On") or not (ANSWER.search(sentence) or _followed(sentence, None))
                 or _counts_since(sentence))]
    return sentence[days[-1].start():] if days else sentence


def _full_date(text: str, stamp: Optional[PartialDate] = None) -> Optional[tuple[PartialDate, str]]:
    """The first date with day, month and year in ``text``; one without its year ("on January
    30") takes the year of the date printed before the text (``stamp``), and is none if that
    puts it after the article, unless it is the day something happened: "On December 31" in an
    article of 21/03/2025 is 31 December 2024."""
    found = []
    for pattern in (DAY_FIRST, MONTH_FIRST, NUMERIC):
        for match in pattern.finditer(text):
            if match.group("year") or stamp:
                found.append(match)
    for match in sorted(found, key=lambda m: m.start()):
        month, day = _month(match.group("month")), int(match.group("day"))
        if match.group("year"):
            date = partial_date(int(match.group("year")), month, day)
        else:
            date = partial_date(stamp.year, month, day)
            if date and date.first_day > stamp.last_day and re.search(
                    r"\bon\s+(?:the\s+\w+\s+of\s+)?$", text[:match.start()], re.I):
                date = partial_date(stamp.year - 1, month, day)  # the day something happened
        if date and not (stamp and date.first_day > stamp.last_day):
            return date, match.group(0)
    return None


DAYS_FROM = re.compile(r"\b(?P<count>\d{1,3})-day\b[^.]{0,80}?\b(?:starting|beginning|from)\b"
                       r"(?:\s+(?:from|on))?\s+(?P<start>[^.;]{0,30})", re.I)
"""A campaign of so many days from a start: "a 100-day emulation campaign starting from April
15, 2024" (the start day is the first of them)."""


ABOUT_A_CAMPAIGN = re.compile(r"\b(?:emulation|to emulate|campaign|movement|drive|run|runs|running|last|lasts|"
                              r"implementation (?:time|period)|"
                              r"take place|takes place|launch\w*)\b", re.I)
"""Words of a sentence about a campaign: only such a sentence gives its period (not "From 2021
to 2025, the province built 3,200 houses")."""


def _period(draft: Draft, prose: str, stamp: Optional[PartialDate]) -> None:
    """"from March 1 to December 31, 2023", "from 2021 to 2025", "until the end of 2025": a
    date without a year takes the year the phrase states, else the article's (its page's date),
    or stays unknown; phases ("Phase 1 from … to June 30, phase 2 from July 1 to December 31,
    2025": the first one's start to the last one's end); "a 100-day campaign starting from April
    15, 2024"; or else the year of the campaign launched ("launching the emulation movement for
    2024")."""
    about = "\n".join(sentence for line in prose.splitlines() for sentence in _SENTENCES.split(line)
                      if ABOUT_A_CAMPAIGN.search(sentence) or re.match(r"\W*(?:phase|stage)\s+(?:\d|one|two|three|I+)\b",
                                                                      sentence, re.I))
    own_day = draft.values.get("issued") or (stamp and str(stamp))
    launched = _campaign_years(prose, draft.values.get("number"), PartialDate.parse(own_day).year if own_day else None)
    first, last = launched[:2] if launched else (None, None)

    def beside_the_campaign(found: re.Match) -> bool:
        """A look back ("From 2021 to 2024, … the province helped …") or a goal's deadline ("until
        the end of 2025") beside the campaign launched (for 2025, for 2025-2030)."""
        end = _phrase_date(found.group("end"), None)
        return bool(launched and end and (end.year < int(first) or (
            not found.groupdict().get("start") and end.year < int(last))))
    if _phases(draft, about):  # the first phase's start to the last one's end (the campaign's
        return                 # phases, not a project's: "The expressway is built in phases: …")
    if LATER_PHASE.search(about):
        draft.missing["period"] = ("the campaign runs in phases whose last end the text does not give as a date: "
                                   "give its period")
        return  # (not the first phase's span: "phase one from July to December 2024 …, phase two, throughout 2025")
    match = next((found for pattern in (STAGES, PERIOD, UNTIL) for found in pattern.finditer(about)
                  if not beside_the_campaign(found)
                  and not EVENT_HELD.search(about[max(0, found.start() - 160):found.start()])
                  and not (pattern is UNTIL and GOAL.search(about[about.rfind("\n", 0, found.start()) + 1:found.start()]))),
                 None)
    yearless = None if match or not stamp else YEARLESS.search(about)
    start = _phrase_date(yearless.group("start"), stamp.year) if yearless else None
    end = _phrase_date(yearless.group("end"), stamp.year) if yearless else None
    if start and end and start.first_day <= end.last_day and end.last_day >= stamp.first_day:
        # "from October 3 to December 22" in an article of 29/09/2025: that year (not a span that
        # would be over before the article, nor one that runs into the next year)
        record_period(draft, start, end, None, f"“{yearless.group(0).strip()}”")
        return
    days = None if match else DAYS_FROM.search(prose)
    start = _full_date(days.group("start")) if days and not re.search(r"\b(?:to|until|till|through)\b|\d\s*[-–]\s*\w",
                                                                       days.group("start")) else None  # (a span)
    if start:
        record_days(draft, start[0], int(days.group("count")), f"“{days.group(0).strip()}”")
        return
    if not match:
        if launched:
            record_period(draft, year_date(first), year_date(last), None, f"“{launched[2]}”")
            return
        this_year = THIS_YEAR.search(prose) if stamp and _prints_year(prose, stamp.year) else None
        if this_year:  # "launch the patriotic emulation movement for this year", on a page of 2019
            record_period(draft, year_date(str(stamp.year)), year_date(str(stamp.year)), None,
                          f"“{this_year.group(0)}”, the year of the page's date")
            return
        tasks = TASKS_YEAR.search(prose)
        if tasks:
            record_period(draft, year_date(tasks.group("year")), year_date(tasks.group("year")),
                          None, f"“{tasks.group(0)}”")
        return
    end = own_end = _phrase_date(match.group("end"), None)
    sentence = next((part for part in _SENTENCES.split(about[about.rfind("\n", 0, match.start()) + 1:])
                     if match.group(0) in part), "")
    spans = sorted([found for pattern in (PERIOD, PHASE_END) for found in pattern.finditer(sentence)],
                   key=lambda found: found.start()) if re.search(r"\b(?:phases?|stages?)\b", sentence, re.I) else []
    spans = [found for found in spans if not re.search(r"\bpeak\s+(?:phase|period|stage)\b[^.;]{0,20}$",
                                                        sentence[:found.start()], re.I)]
    last = _phrase_date(spans[-1].group("end"), None) if len(spans) > 1 or spans and spans[-1].re is PHASE_END else None
    anothers = bool(ANOTHERS_SPAN.search(sentence[:sentence.find(match.group(0))]))
    if last and (anothers or not (own_end and last.last_day < own_end.last_day)):
        end = last  # the last phase's end: "in two phases: the first from 2023 to 2025 and the second from 2026 to
        # 2030", "… the first until the end of December 2023, the second through December 2024" (not a phase within
        # the span: "runs from now until the end of 2025, with the first phase from April to December 2024", "…, with
        # a peak phase from April to the end of 2022"; but past a programme's span: "to carry out its digital
        # transformation programme running from 2021 to 2030, in two phases: …")
    start_text = match.groupdict().get("start")
    phases = [found for found in spans if found.re is PERIOD and found.group(0) != match.group(0)] if anothers else []
    if phases:  # the programme's span gives neither end: the first phase starts the campaign ("the first from June to
        # December 2024 and the second …", the pattern's start running on to the first phase's end)
        start_text, *first_end = re.split(r"\s+(?:to|until|till|through)\s+", phases[0].group("start"), maxsplit=1)
        own_end = _phrase_date(first_end[0] if first_end else phases[0].group("end"), None)
    from_now = bool(start_text) and start_text.lower() == "now"
    start = None
    if start_text and start_text.lower().startswith("the "):  # "from the date of issue": a plan's issue date (not a
        if "issued" in draft.values and LAUNCH_DAY not in draft.found.get("issued", ""):  # launch's day)
            start = PartialDate.parse(str(draft.values["issued"]))
    elif start_text and not from_now:
        start = _phrase_date(start_text, own_end.year if own_end else None)  # (the first phase's year)
    if start and end and start.first_day > end.last_day and not re.search(r"\d{4}", start_text or ""):
        start = _phrase_date(start_text, end.year - 1)  # "from December 15 to February 15, 2020": the year before
    runs_on = None if last else RUNS_ON.match(about, match.end())
    if runs_on:
        end = None
        draft.missing["period.end"] = (f"“{match.group(0).strip()}{runs_on.group(0)}”: the campaign may run past "
                                       "this span: give its end")
    record_period(draft, start, end, "from now" if from_now else None,
                  f"“{match.group(0).strip()}”")


RUNS_ON = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?:will\s+(?:continue|run)\s+)?(?:throughout|during|in|into|for|over|"
                     r"across)\b[^.;]{0,40}", re.I)
"""Words right after a span that may carry the campaign on past it ("from April to December 2025 and throughout 2026",
"… and during the first half of 2026"), or tell something else of a later year ("… and during 2027 the province will
review …"): the span's end is not certain to be the campaign's."""


LAUNCHED_FOR = re.compile(r"(?<!movement )(?<!movements )(?<!campaign )(?<!campaigns )(?<!drive )(?<!drives )(?<!was )(?<!were )"
                          r"\b(?:launch(?:es|ed|ing)?|kick(?:s|ed|ing)?\s+off|inaugurat\w*)\b"
                          r"(?:(?!\b(?:congress\w*|elections?|by|until|resolutions?|Party|targets?|goals?|plans?|programmes?|"
                          r"programs?|continu\w*|building on|following|sessions?|council)\b)[^.;\n])"
                          r"{0,240}?\b(?:for|in|during)\s+the\s+"
                          r"(?P<span>\d{4}\s*[-–]\s*\d{4}\s+(?:period|phase|stage|term|school year)|"
                          r"(?:period|phase|stage)\s+(?:of\s+)?\d{4}\s*[-–]\s*\d{4})\b", re.I)
"""The years of a campaign launched, named as its period, phase or term in the launching sentence,
however its theme is told ("launched an emulation movement themed "…" for the 2022-2025 period",
"… calling on workers … to put forward technical innovations in the 2019-2020 period", "for the
2022-2027 term"); not a congress's term ("… to welcome the provincial Party Congress for the
2025-2030 term", "… the resolution of the provincial Party Committee in the 2020-2025 term"), a goal's
or a plan's years ("by 2025", "the targets of the socio-economic development plan for the 2021-2025
period"), nor a movement's before ("Building on the emulation movement launched in the 2016-2020
period, …")."""

LAUNCHED_IN_YEAR = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\blaunch(?:es|ed|ing)?\s+(?:a|an|the)\s+"
                              r"(?:(?!\b(?:since|has|have|so far|until|by|congress\w*)\b)[^.;\n]){0,200}?"
                              r"\bin\s+(?P<span>(?:19|20)\d{2})\s*(?:[.;]|$)", re.I | re.M)
"""A campaign launched with its year closing the sentence: "… launched an emulation movement to ensure
traffic order and safety in 2023." (not a look back: "was launched in 2021", "… since …", "has …")."""

EARLIER_MOVEMENT = re.compile(r"\b(?:building on|continuing|following|results of|(?:that|which) (?:was|were) launched)\b", re.I)
"""Words that turn the years read to a movement before the one launched ("… building on the results of
the movement that was launched in the 2016-2020 period")."""


def _campaign_years(prose: str, number: Optional[str], year: Optional[int]) -> Optional[tuple[str, str, str]]:
    """The first and last year of the campaign launched (CAMPAIGN_YEAR, two years told with "and" only when they run
    on, a launch's before those of the movement a plan is issued on; else LAUNCHED_FOR, or LAUNCHED_IN_YEAR when its
    year is the one the plan was issued or the page dated in: "… to eliminate temporary houses nationwide in 2025" told
    of a launch of 2024 is the goal's year; in a sentence that names no other document: not the title of a plan the
    launch answers), with the words they were read from."""
    found = [match for match in CAMPAIGN_YEAR.finditer(prose)
             if not EARLIER_MOVEMENT.search(QUOTED_TEXT.sub("", match.group(0)))
             and not _in_the_count(_sentence_before(prose, match.start()))
             and (not match.group("next") or int(match.group("next")) == int(match.group("year")) + 1)]
    launched = next((match for match in found if not re.match(r"(?:issued|promulgated)\b", match.group(0))),
                    found[0] if found else None)
    if launched:
        first = launched.group("year") or launched.group("first") or launched.group("before") or launched.group("before2")
        last = launched.group("last") or launched.group("next") or launched.group("final")
        return first, last or first, launched.group(0)
    for named in [*LAUNCHED_FOR.finditer(prose), *(LAUNCHED_IN_YEAR.finditer(prose) if year else [])]:
        if all(found.group(1) == number for found in mentions(_english_sentence_of(prose, named))) and (
                named.re is LAUNCHED_FOR or named.group("span") == str(year)):
            first, *rest = re.findall(r"\d{4}", named.group("span"))
            return first, (rest or [first])[-1], named.group(0)
    return None


_YEARLESS_DAY = r"(?:" + _ANY_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + _ANY_MONTH + r")"
YEARLESS_DAY = re.compile(r"\b" + _YEARLESS_DAY + r"\b(?!,?\s+\d{4})", re.I)
"""A day printed without its year: "March 12", "12 March"."""
YEARLESS = re.compile(r"\bfrom\s+(?P<start>" + _YEARLESS_DAY + r")\s+(?:to|until|till|through)\s+(?P<end>"
                      + _YEARLESS_DAY + r")\b(?!,?\s+\d{4})", re.I)
"""A period whose text gives no year: "The competition lasts for 80 days, from October 3 to
December 22", "from 3 October to 22 December"."""

PHASES = re.compile(r"\b(?:phase|stage)\s+(?:1|one|I)\b\s*[:(]?\s*(?:is\s+|runs\s+)?from\s+(?P<start>[^.;]+?)"
                    r"\s+(?:to|until)\s+[\s\S]{0,400}?\b(?:phase|stage)\s+(?:[2-9]|two|three|four|II|III|IV)\b"
                    r"\s*[:(]?[^.]*?\b(?:to|until|till|through)\s+(?P<end>[^.;()]*?\d{4})\b", re.I)
"""A campaign in phases: "Phase 1 from the beginning of the year to June 30, phase 2 from July 1
to December 31, 2025"."""


ANOTHERS_SPAN = re.compile(r"\b(?:programme|program|project|strategy|scheme|master plan)\s+(?:running\s+)?$", re.I)
"""Words right before a span that make it a programme's the campaign serves, not the campaign's own ("its digital
transformation programme running from 2021 to 2030"; not "The emulation movement for the … programme runs from …")."""
LATER_PHASE = re.compile(r"\b(?:(?:phase|stage|round)\s+(?:[2-9]|two|three|four|II|III|IV)|"
                         r"(?:second|2nd|third|3rd|next|later|subsequent|following|final|last)\s+"
                         r"(?:and\s+(?:third|3rd|fourth|final|last)\s+)?(?:phase|stage|round)s?)\b", re.I)
"""A phase after the first, told in a campaign's sentences ("phase 2", "the second stage", "Round two", "the second
and third phases"): its span is not the campaign's whole."""


def _phases(draft: Draft, prose: str) -> bool:
    """The period of a campaign in phases, from the first one's start ("the beginning of the
    year": the year of the last one's end) to the last one's end."""
    phases = PHASES.search(prose)
    end = _phrase_date(phases.group("end"), None) if phases else None
    if not end:
        return False
    start_text = phases.group("start")
    start = (year_date(str(end.year)) if re.fullmatch(r"the (?:beginning|start) of the year", start_text, re.I)
             else _phrase_date(start_text, end.year))
    record_period(draft, start, end, None, f"“{phases.group(0).strip()}”")
    return True


def _phrase_date(text: str, year: Optional[int]) -> Optional[PartialDate]:
    """The date a phrase of a period gives: a day, a month or a year; without a year, the
    ``year`` of the phrase's other end (None: unknown)."""
    full = _full_date(text)
    if full:
        return full[0]
    month_year = MONTH_YEAR.search(text)
    if month_year:
        return partial_date(int(month_year.group("year")), MONTHS[month_year.group("month").lower()])
    month_only = re.fullmatch(_MONTH, text.strip(), re.I)
    if month_only and year:  # "from September to December 2022"
        return partial_date(year, MONTHS[month_only.group("month").lower()])
    day_month = MONTH_FIRST.search(text) or re.search(r"\b(?P<day>\d{1,2})\s+" + _MONTH, text, re.I)
    if day_month and year:
        return partial_date(year, MONTHS[day_month.group("month").lower()], int(day_month.group("day")))
    only_year = YEAR.search(text)
    return year_date(only_year.group("year")) if only_year and not day_month else None


_VIETNAM = r"Vi[eệ]t\s?[Nn]am"
"""The country's name as English texts print it: "Vietnam", "Viet Nam", "Việt Nam"."""
_NATIONAL_BODY = (r"(?:(?:Deputy\s+)?Prime Minister|\bPM|(?:the\s+)?Government|Ministry of [A-Z][\w ,]{2,60}?|"
                  r"Minister of [A-Z][\w ,]{2,60}?|Central (?:Emulation and (?:Commendation|Rewards?)|"
                  r"Emulation-Reward|Council for Emulation and (?:Commendation|Rewards?)) Council|"
                  r"Central (?:Council for Emulation and (?:Commendation|Rewards?))|"
                  + _VIETNAM + r" General Confederation of Labou?r|VGCL|General Department of [A-Z][\w ]{2,60}?|"
                  r"(?<=\b[Tt]he )Customs Department|" + _VIETNAM + r" Social Security|State Bank of " + _VIETNAM + r"|"
                  + _VIETNAM + r" (?:[A-Z][\w-]*\s+|\([A-Z]{2,8}\)\s+){1,4}Trade Union|"
                  + _VIETNAM + r" (?:Women['’]s Union|Farmers['’] (?:Union|Association)|Veterans['’] Association|"
                  r"Red Cross Society)|"
                  r"Supreme People['’]s (?:Court|Procuracy)|"
                  r"(?:the\s+)?National Assembly(?:['’]s)? Standing Committee|Standing Committee of the National "
                  r"Assembly|Auditor General|State Audit Office(?: of " + _VIETNAM + r")?|"
                  r"(?:Central Committee of the|(?<=\b[Tt]he ))\s*" + _VIETNAM + r" Fatherland Front(?! Committee of)|"
                  r"(?:[Tt]rade [Uu]nion of (?:the )?)?" + _VIETNAM + r" (?:National )?"
                  r"(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}Group(?:\s*\([A-Za-z]+\))?)")
NATIONAL = re.compile(r"\b" + _NATIONAL_BODY +
                      r"(?:\s+[A-Z][\w-]*){0,4}(?:\s*\([^()]{1,30}\))?,?(?:\s+(?:who\b[^.]{0,120}?|Chairman of "
                      r"[^.,]{0,80}),|\s+[-–]\s+Chairman of [^.,]{0,80}?\s+[-–])?"
                      r"(?:\s+on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|"
                      r"\s+on\s+(?:" + "|".join(WEEKDAYS) + r")|\s+today|"
                      r"\s+this\s+(?:morning|afternoon))?"
                      r"\s+(?:ha(?:s|ve)\s+)?(?:just\s+)?(?:officially\s+)?(?:issued|signed|launched|inaugurated|"
                      r"promulgated|approved|announced (?:a|the) plan|coordinated with [^.]{0,120}? to (?:organi[sz]e|hold|launch)|"
                      r"(?:held|chaired) a (?:ceremony|conference)\b[^.]{0,120}?\b(?:to|and)\s+(?:[^.]{0,80}?\s)?launch\w*|"
                      r"attended the launch\w* ceremony of (?:the\s+)?[\"“]?(?:[\w-]+\s+){0,3}?(?i:emulation))\b|"
                      r"\b[Tt]he\s+(?:event|ceremony|launch\w*(?:\s+ceremony)?)\b[^.]{0,100}?\b(?:was|were)\s+(?:held|organi[sz]ed|hosted)"
                      r"\s+by\s+(?:the\s+)?(?:Ministry of [A-Z][\w ,]{2,60}?|Prime Minister|Government)\b|"
                      r"(?<!implementing )(?<!following )(?<!to )\b(?:launched|issued)\b[^.;]{0,60}?\bby\s+"
                      r"(?:the\s+)?(?:Prime Minister|PM)\b(?:\s+[A-Z][\w-]*){0,4}(?!['’]s)|"
                      r"\b(?:Plan|Directive|Decision)\s+No\.?\s*\S+\s+issued\s+by\s+(?:the\s+)?" + _NATIONAL_BODY)
"""A national body as the subject that issues or launches: "the Prime Minister issued", "Deputy
Prime Minister Tran Luu Quang has just signed", "the Ministry of Justice issued", "Prime Minister
Pham Minh Chinh, who is also Chairman of …, has launched", "Prime Minister Pham Minh Chinh on
August 14 (on Saturday) launched", "The General Department of Vocational Education launched", "The Vietnam
General Confederation of Labor (VGCL) has issued", "Prime Minister … - Chairman of … - attended
the launching ceremony of the "Nationwide Emulation Movement …"", "The Vietnam Fatherland Front
held a ceremony in Hanoi on Sunday to mark its 85th anniversary and launch …", "The trade union
of the Vietnam Oil and Gas Group (PetroVietnam) held a ceremony … to launch …"; or a movement
"launched … by Prime Minister Nguyen Xuan Phuc"."""


LOCAL_WORDS = re.compile(r"\b(?:provinc\w*|city|cities|district|communes?|wards?|towns?|People['’]s Committees?|"
                         r"municipal\w*|local\w*)\b", re.I)
"""Words of a text that names a local body or place."""
SECTOR = re.compile(r"\b(?:Ministry of [A-Z][\w ,]{2,60}?|Minister of [A-Z][\w ,]{2,60}?|MND|MPS|MoET|MOET|"
                    r"(?:Deputy\s+)?Prime Minister|whole (?:army|military|police force|sector|industry))\b")
"""A national body or a whole sector named where the campaign is launched: in a text that names
no local body at all ("At the launch, Deputy Minister of Education and Training …", "units and
agencies in the whole army"), the plan is national."""


def _province(draft: Draft, prose: str, number: Optional[str]) -> None:
    """A national plan (the Prime Minister's, a ministry's: its number ends in -TTg, or a national
    body is the subject that issued or launched it, and no province's People's Committee is)
    is filed nationwide (``toan-quoc``). Else the province of the body that issued the plan: one named with its People's Committee
    ("Hung Yen Provincial People's Committee", "the People's Committee of Thua Thien Hue") in
    the paragraph of the plan's number, else in the text; else the one province the text names
    as "<Name> province", "<Name> city" or "province of <Name>" other than where something took
    place ("a conference in Hoa Binh province" says where, not who). None when the text names
    several, or a name the gazetteer does not know whole, or when it rounds up several
    provinces' launches ("many provincial Women's Unions launched …"). A text whose lines launch a
    campaign (a listing of several stories) is read in those lines only: a place another story
    names is not the plan's. When the lines that launch name no province, the article's own
    words may (:func:`_headline_province`)."""
    launching = "\n".join(line for line in prose.splitlines() if LAUNCH.search(line)) or prose
    paragraphs = [line for line in prose.splitlines() if number and number in line] + [launching]
    searched = paragraphs[0] if number else prose
    subject = next((found for found in NATIONAL.finditer(searched) if not _told_earlier(searched, found.start())), None)
    if subject and not _launches_nationally(prose, subject, number):
        subject = None
    sector = None if subject or number or LOCAL_WORDS.search(prose) or provinces_in(prose) \
        else SECTOR.search(prose)
    national = (f"the number {number}" if number and national_issuer(number) else
                f"“{subject.group(0)}”" if subject else
                f"“{sector.group(0)}”, in a text that names no local body" if sector else None)
    if national and not any(found[2] for found in _places_named(prose)):
        record_fact(draft, "province", NATIONWIDE, f"{national}: a national plan")
        record_fact(draft, "issuer_level", "national", national)
        return
    round_up = ROUND_UP.search(launching)
    if round_up:
        draft.missing["province"] = (f"the bodies of several provinces launch (“{round_up.group(0)}”): give "
                                     "the one that issued the plan, if any")
        return
    for text in paragraphs:
        text = _without_guests(text)
        issuing = {found[0].slug: found for found in _places_named(text) if found[2]}
        if len(issuing) > 1:  # a round-up of several provinces' bodies: none of them the plan's
            draft.missing["province"] = ("the text names the bodies of several provinces ("
                                         + ", ".join(found[1] for found in issuing.values())
                                         + "): give the one that issued the plan, if any")
            return
        if issuing:
            unit, words, _, _ = next(iter(issuing.values()))
            record_fact(draft, "province", unit.slug, f"“{words}”")
            return
    named = [found for found in _places_named(launching) if not found[3]]
    if len({unit.slug for unit, _, _, _ in named}) == 1:
        unit, words, _, _ = named[0]
        if _before_the_launch(launching, words):
            record_fact(draft, "province", unit.slug, f"“{words}”")
        else:
            draft.missing["province"] = (f"the text names “{words}”, but not as the body that launches: give the "
                                         "province whose body issued the plan, if it is that one")
    elif not named:
        _launching_body(draft, launching)
        if "province" not in draft.values:
            _district_province(draft, launching)
        if "province" not in draft.values and launching != prose:
            _issuing_body_named(draft, prose)
        if "province" not in draft.values:
            _headline_province(draft, prose, launching)


def _without_guests(text: str) -> str:
    """The sentences of ``text`` that name no guests (ATTENDED_BY), joined."""
    return " ".join(sentence for line in text.splitlines() for sentence in _SENTENCES.split(line)
                    if not ATTENDED_BY.search(sentence))


def _issuing_body_named(draft: Draft, prose: str) -> None:
    """The one province whose body (its "Provincial …" or "People's Committee") the text names, outside the lines
    that launch and the sentences that name guests, as the subject of a sentence that holds, issues or launches ("On
    August 12, the Standing Committee of Lam Dong Provincial Labor Federation held …", the launch told lines later;
    not a body that receives, speaks or is twinned)."""
    places = _places_named(_without_guests(prose))
    issuing = {unit.slug: words for unit, words, names_body, venue in places
               if names_body and not venue and _before_the_launch(prose, words)}
    if len(issuing) == 1 and len({unit.slug for unit, _, _, _ in places}) == 1:
        slug, words = next(iter(issuing.items()))
        record_fact(draft, "province", slug, f"“{words}”, the one province whose body the text names")


ATTENDED_BY = re.compile(r"\b(?:(?:was|were)\s+attended\s+by|attended\s+by|were present|was present|in the presence of)\b",
                         re.I)
"""A sentence that names who attended: the bodies it names are guests, not the one that launched
("The launching ceremony … was attended by Vice Chairwoman of the Lang Son Provincial People's
Committee …")."""


def _before_the_launch(text: str, words: str) -> bool:
    """Whether a sentence of ``text`` names ``words`` as the one that launches: in the clause right
    before its verb ("The Ho Chi Minh City Public Security launched …", "the Military Command of
    Cao Bang province held a launching ceremony"), not one that opens with a preposition or a
    participle ("Supporting Yen Bai province, the … Union launched …", "the line running through
    Ha Tinh province, EVN launched …"), or after "launched by" in a passive ("… was launched by
    the Youth Union of Ninh Binh province")."""
    for line in text.splitlines():
        for sentence in _SENTENCES.split(line):
            verb = LAUNCHING_VERB.search(sentence)
            if not verb:
                continue
            subject = re.sub(r",?\s+on\s+(?:the\s+\w+\s+of\s+)?(?:" + _ANY_MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+"
                             + _ANY_MONTH + r"(?:\s+\d{4})?|" + "|".join(WEEKDAYS) + r")\s*$", "", sentence[:verb.start()],
                             flags=re.I)
            subject = re.sub(r"\s+(?:has|have|had)(?:\s+(?:just|recently|officially))?\s*$", "", subject)  # ("…, Dak Lak
            # province, has launched …")
            clause = re.split(r"[;:]|,(?!\s*\d{4}\b)", subject.rstrip(" ,"))[-1]  # (its day dropped: "Police of Cu Chi
            # district, Ho Chi Minh City, on June 1 launched …"; not "March 26, 2024";
            # the subject's own comma before the verb: "… of Yen Thanh district, Nghe An province, held …")
            if words in clause and not re.match(r"\W*(?:[A-Za-z]+ing|with|in|at|for|to|from|through|along|on|under|"
                                                r"after|before|like|as)\b", clause, re.I) and not re.search(
                    r"\b(?:attended|at which|in which|where|witnessed)\b", clause, re.I):
                return True
            by = re.match(r"\s+by\b((?:(?!\b(?:at|in|with|during|attended|on|before|after)\b)[^,;.])*)", sentence[verb.end():])
            if by and words in by.group(1):
                return True
    return False


LAUNCHING_VERB = re.compile(r"\b(?:launch(?:ed|es)?(?!\s+ceremony)|held|holds|organi[sz]ed|issued|inaugurated|"
                            r"kick(?:s|ed)?\s+off)\b", re.I)
"""The verb of a sentence that launches (not "launching ceremony", a noun)."""


ANSWER = re.compile(r"^\W*(?:in response|responding|following|implementing|in reply|to respond|to implement|in line with)\b",
                    re.I)
"""A sentence that opens as an answer to what was told before it."""


def _answered_locally(prose: str, after: int) -> bool:
    """Whether a sentence after ``after`` opens as an answer ("Responding to the movement, …",
    "In response, …") and launches a campaign of a province it names: the national document or
    launch told before it is what the text's plan answers, not its own."""
    rest = prose[after:]
    return any(ANSWER.search(sentence) and re.search(r"\blaunch\w*\b", sentence, re.I)
               and (_places_named(sentence) or _body_place(sentence))
               for line in rest.splitlines() for sentence in _SENTENCES.split(line))


LOCAL_BODY = re.compile(r"\b(?!The\b)((?:[A-ZĐ][\w'’-]*\s+){1,3}?)(?:City\s+)?(?:(?:Health|Education|Finance|"
                        r"Justice|Culture|Transport|Construction|Home Affairs|Agriculture|Industry and Trade)\s+)?"
                        r"(?:Department|Service|Provincial|Municipal|Police|(?:Military|High) Command|Border Guard|"
                        r"Labou?r Federation|Youth Union|Women['’]s Union|Farmers['’] (?:Union|Association)|"
                        r"Veterans['’] Association)\b")
"""A province's body named after its province: "the Thanh Hoa Department of Education", "Da Nang City
Police", "the Kien Giang Farmers' Association", "Hanoi Health Service", "the HCMC High Command" (a national
service's branch, "the Lang Son Customs Department", matches, but its words, "Lang Son Customs", name no
province)."""


def _launching_body(draft: Draft, launching: str) -> None:
    """The province of the one body named after a province that launches, named right before the
    launching verb: "The Da Nang Department of Education and Training on September 7 launched …",
    "the Kien Giang Farmers' Association held a ceremony to launch …"."""
    bodies = {unit.slug: (unit, match.group(0)) for match in LOCAL_BODY.finditer(launching)
              if (unit := province_named(match.group(1).strip())) and _before_the_launch(launching, match.group(0))}
    if len(bodies) == 1:
        unit, words = next(iter(bodies.values()))
        record_fact(draft, "province", unit.slug, f"“{words}”, the body that launches")


def _body_place(sentence: str) -> Optional[object]:
    """The province a body of the sentence is named after, if any."""
    return next((unit for match in LOCAL_BODY.finditer(sentence)
                 if (unit := province_named(match.group(1).strip()))), None)


RELATED = re.compile(r"^(?:related(?: news| stories| articles)?|read more|see also|other news)\b", re.I | re.M)
"""Where a page's own story ends and links to others begin."""
DATELINE = re.compile(r"^((?:[A-ZĐ][\w'’-]*)(?:\s+[A-ZĐ][\w'’-]*){0,3})\s+[-–]\s+(?=[A-Z])", re.M)
"""A paragraph that opens with its place, as Vietnamese papers print it: "Nghe An - The Provincial
Trade Union …"."""


NOT_THE_LAUNCHER = re.compile(r"\b(?:following|implementing|to implement|"
                              r"under\s+(?:the\s+)?(?:Plan|Directive|Decision)|in line with|in accordance with|"
                              r"based on|in response to|responding to|to respond to|pursuant to)\b[^.]*$|"
                              r"\b(?:a\s+)?(?:member|subsidiary|unit)\s+(?:company\s+)?of\s+(?:the\s+)?$", re.I)
"""Words before a national body that make it the one whose plan or movement a province's body follows or answers
("Following the plan the Vietnam Education Trade Union issued …, the Quang Ninh …", "… held a ceremony to respond to
the emulation movement "…" launched by the Prime Minister"), or the parent of a province's company ("Quang Tri Power
Company, a member of Vietnam Electricity Group, held …")."""


def _launches_nationally(prose: str, subject: re.Match, number: Optional[str]) -> bool:
    """Whether a national body found as a sentence's subject (NATIONAL) launches the text's campaign: not one a
    province's body follows, answers or belongs to (NOT_THE_LAUNCHER), nor the national launch told first that a province's own
    answers, nor a national leader attending a province's launch ("… of Ho Chi Minh City")."""
    return not (NOT_THE_LAUNCHER.search(subject.string[:subject.start()])
                or not number and _answered_locally(prose, subject.end())
                or "attended" in subject.group(0) and _places_named(
                    re.split(r"(?<=[.;])\s", subject.string[subject.end():], 1)[0]))


def _headline_province(draft: Draft, prose: str, launching: str) -> None:
    """When the lines that launch name no place as a province ("Provincial authorities launched
    an emulation campaign at the ceremony"), the one place that opens them or the text as its
    dateline ("Nghe An - In the afternoon of January 10, the Provincial Labor Federation …"; in
    a listing of stories from several places, only a dateline of the lines that launch), else
    the one province they name in brackets after a body, else, when they name the provincial
    People's Committee, the one province the text names (or, naming none, the one the movement's
    quoted name names, or the one the headline opens with: "Binh Duong launches …"), else the one
    province the headline names ("Kon Tum province marks …")."""
    first_lines = "\n".join(RELATED.split(prose, 1)[0].splitlines()[:4])  # (not a related story's)
    for text in (launching, first_lines):
        places = {unit.slug: (unit, match) for match in DATELINE.finditer(text)
                  if (unit := province_named(match.group(1)))}
        if len(places) == 1:
            unit, match = next(iter(places.values()))
            record_fact(draft, "province", unit.slug, f"“{match.group(0).strip()}”, the dateline")
            return
        if places:
            return
    bracketed = {unit.slug: (unit, match) for match in BRACKETED.finditer(launching)
                 if (unit := province_named(match.group(1)))
                 and not VENUE.search(launching[max(0, match.start() - 40):match.start()])}
    if len(bracketed) == 1:
        unit, match = next(iter(bracketed.values()))
        record_fact(draft, "province", unit.slug, f"“{match.group(0)}”, after the body that launches")
        return
    everywhere = {found[0].slug: found for found in _places_named(prose) if found[0].kind == "province"}
    if len(everywhere) == 1 and OWN_COMMITTEE.search(launching):
        unit, words, _, _ = next(iter(everywhere.values()))
        record_fact(draft, "province", unit.slug, f"“{words}”, the one province the text names")
        return
    quoted = {unit.slug: (unit, name) for name in QUOTED.findall(prose)
              for unit in provinces_leading(name, english=True)}
    if not everywhere and len(quoted) == 1 and OWN_COMMITTEE.search(prose):
        unit, name = next(iter(quoted.values()))
        record_fact(draft, "province", unit.slug, f"“{name}”, the movement's name")
        return
    opening = HEADLINE_SUBJECT.search("\n".join(prose.splitlines()[:4]))
    unit = gazetteer().lookup(opening.group(1)) if opening else None
    if not everywhere and unit and unit.kind == "province" and OWN_COMMITTEE.search(prose):
        record_fact(draft, "province", unit.slug, f"“{opening.group(1)}”, the headline")
        return
    headline = prose.splitlines()[0]
    named = {found[0].slug: found for found in _places_named(headline) if not found[3]}
    if len(named) == 1 and len(headline) < 200 and not headline.endswith("."):
        unit, words, _, _ = next(iter(named.values()))
        record_fact(draft, "province", unit.slug, f"“{words}”, the headline")


OWN_COMMITTEE = re.compile(r"\b[Tt]he [Pp]rovincial People['’]s Committee\b|\b[Tt]he province launched\b")
"""A province's People's Committee that the text does not name: the province is the one the
text names, even as where the launch took place ("the Provincial People's Committee organized
the Launching Ceremony of the Movement … in Dong Thap province")."""
HEADLINE_SUBJECT = re.compile(r"^((?:[A-ZĐ][\w'’-]*)(?:[ \t]+[A-ZĐ][\w'’-]*){0,2})[ \t]+(?=(?i:launch|issue|kick|start))",
                              re.M)
"""A headline whose subject is a province: "Binh Duong launches 100-day emulation campaign …"."""
QUOTED = re.compile(r"\b(?:movement|campaign|drive|themed|theme(?: of)?|called|named)\s*:?\s*[\"“'‘]"
                    r"([^\"”\n]{3,400}?)[\"”'’](?!\w)", re.I)
"""A quoted name: the movement's ("the movement 'Hai Duong competes in innovation …'")."""


BRACKETED = re.compile(r"\(((?:[A-ZĐ][\w'’-]*)(?:\s+[A-ZĐ][\w'’-]*){0,3})(?:\s+[Pp]rovince)?\)"
                       r"(?=\s+(?:has\s+|have\s+)?(?:held|launched|organi[sz]ed|issued|kicked)\b)")
"""A province in brackets after a body, right before what it does: "the Defense Command of Region 2
- Dong Gia Nghia (Lam Dong) held a ceremony to launch …" (not a venue's: "in Da Bac district (Hoa
Binh province)", nor a person's: "deputy Tran Thi B (Hai Duong) on January 10")."""


ROUND_UP = re.compile(r"\b(?:many|several|various|numerous)\s+(?:provincial|provinces)\b", re.I)
"""A round-up of launches in several provinces: "many provincial and city Women's Unions launched
…" (the one province it then names is one of them, not the plan's)."""
ENGLISH_DISTRICT = re.compile(r"\b((?:[A-ZĐ][\w'’-]*)(?:\s+[A-ZĐ][\w'’-]*){0,2})\s+([Dd]istrict|[Tt]own)\b")
"""A district named in English: "the Cao Phong district People's Committee", "Vu Quang district
(Ha Tinh)", "Cu Chi District in HCMC"."""


def _district_province(draft: Draft, text: str) -> None:
    """The one province (before 1 July 2025) with a district of each name the text gives; none
    when they lie in several, or when a name is a district's in several provinces."""
    day = draft.values.get("issued") or draft.values.get("published")
    on = PartialDate.parse(day).first_day if day else None
    found = {}
    for match in ENGLISH_DISTRICT.finditer(text):
        kinds = ("thị xã",) if match.group(2).lower() == "town" else ("huyện", "quận")
        names = match.group(1).split()
        for size in range(len(names), 0, -1):  # "The Lac Son district": "Lac Son"
            name = " ".join(names[-size:])
            units = {unit.slug: unit for kind in kinds
                     if (unit := gazetteer().district_province(f"{kind} {name}", on))}
            if len(units) == 1:
                found.update(units)
                words = f"{name} {match.group(2)}"
                break
    if len(found) == 1:
        unit = next(iter(found.values()))
        record_fact(draft, "province", unit.slug,
                    f"“{words}”, a district of {unit.full_name('en')} until 1 July 2025")


def _places_named(text: str) -> list[tuple]:
    """Each place ``text`` names as a province or city: (unit, the words, whether it names an
    issuing body, whether it says where something took place)."""
    found = []
    matches = sorted([*PLACE.finditer(text), *PLACE_AFTER.finditer(text)], key=lambda m: m.start())
    for match in matches:
        if re.search(r"\b(?:neighbou?ring|nearby|other)\s+$", text[max(0, match.start(1) - 20):match.start(1)], re.I):
            continue  # "learning from neighbouring Ben Tre province": not the plan's place
        name = re.sub(r"['’]s$|\s+(?:Province|City)$", "", match.group(1).strip())
        words = re.split(r"\s+", name)
        for size in range(len(words), 0, -1):
            unit = gazetteer().lookup(" ".join(words[-size:]))
            if unit:
                issuing = bool(re.search(r"Provincial|Municipal|People['’]s Committee", match.group(0),
                                         re.I))
                venue = bool(VENUE.search(text[max(0, match.start() - 40):match.start()].rsplit("\n", 1)[-1])
                             or re.search(r"\bformerly\s*$", text[max(0, match.start() - 20):match.start()], re.I))
                found.append((unit, match.group(0).strip(), issuing, venue))
                break
    return found


VENUE = re.compile(r"(?<!People's Committee )(?<!People’s Committee )\b(?:in|at|to|visit\w*)\s+(?:the\s+)?"
                   r"(?:[\w-]+,?\s+){0,4}$", re.I)
"""Words before a place that say where something took place: "in the northern port city of …" (not where a
People's Committee is: "The Hoi An City People's Committee in Quang Nam province on February 17 launched …")."""

"""Dates and campaign periods as Vietnamese texts print them: "ngày 21 tháng 8 năm 2023",
"30/6/2020", "tháng 5/2019", "từ … đến hết …", phases, months of one year, a period that ends
with an event, the year of the campaign launched. A date without its year takes the year it is
given (the article's, or the campaign's), or is none."""

from __future__ import annotations

import re
from typing import Optional

from thidua.editing.facts import Draft, partial_date, record_period
from thidua.records.dates import PartialDate

DATE_PATTERN = (r"(?:ngày\s+)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+tháng\s+(\d{1,2})"
         r"(?:\s+năm\s+(\d{4}))?)")
DATE = re.compile(DATE_PATTERN, re.I)
MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)\s*(\d{4})", re.I)
YEAR = re.compile(r"năm\s+(\d{4})", re.I)
PERIOD = re.compile(r"(?:thời gian[^:]{0,60}:?\s*)?\btừ\s+(?P<start>nay|.{1,30}?)\s*(?:đến|-|–)\s*"
                    r"(?:hết\s+)?(?P<end>(?:ngày\s+)?[\d/.\-]+\d|tháng\s+\d{1,2}(?:/| năm )\d{4}|"
                    r"năm\s+\d{4})", re.I)
UNTIL = re.compile(r"(?:thời gian[^.]{0,60})?đến hết\s+(?P<end>năm\s+\d{4}|ngày\s+[\d/.\-]+\d|"
                   r"tháng\s+\d{1,2}(?:/| năm )\d{4})", re.I)
FIRST_PHASE = re.compile(r"\b(?:đợt|giai đoạn)\s+(?:1|I|một)\b", re.I)
"""Where a campaign in phases begins: "Đợt 1: từ …"."""
MONTH_RANGE = re.compile(r"\btừ\s+tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{4})\b", re.I)
"""A period of months of one year: "từ tháng 1-12/2023"."""
UNTIL_EVENT = re.compile(r"\btừ\s+(?P<start>(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|tháng\s+\d{1,2}/\d{4})"
                         r"\s+(?:cho\s+)?đến\s+khi\b[^.\n]{0,80}", re.I)
"""A period that ends with an event: "từ tháng 10/2025 đến khi tổ chức thành công Đại hội …"."""
CAMPAIGN_YEARS = re.compile(r"\bphát động\s+(?:phong trào\s+|đợt\s+)?thi đua(?:\s+yêu nước)?\s+"
                            r"(?:năm\s+(?P<first>\d{4})|giai đoạn\s+(?P<first2>\d{4})\s*[-–]\s*"
                            r"(?P<last>\d{4}))\b", re.I)
"""The year or years of the campaign the text launches: "phát động phong trào thi đua năm 2024"."""


def read_period(draft: Draft, prose: str, year: Optional[int]) -> None:
    """The campaign period: "từ … đến …" (in phases, "đợt 1 … đợt 2 …", the first phase's start
    to the last one's end), "đến hết …", "từ tháng 1-12/2023", a start with an
    end that is an event ("từ tháng 10/2025 đến khi …": no end date), or else the year or years
    of the campaign launched ("phát động phong trào thi đua năm 2024")."""
    months = MONTH_RANGE.search(prose)
    if months:
        first, last, year_text = (int(group) for group in months.groups())
        record_period(draft, partial_date(year_text, first), partial_date(year_text, last), None,
                      f"“{months.group(0).strip()}”")
        return
    phases = FIRST_PHASE.search(prose)
    spans = list(PERIOD.finditer(prose, phases.start())) if phases else []
    if len(spans) >= 2:  # "Đợt 1: từ … đến …; Đợt 2: từ … đến …": the first start, the last end
        first, last = spans[0], spans[-1]
        record_period(draft, date_phrase(first.group("start"), year),
                      date_phrase(last.group("end"), year), None,
                      f"“{first.group(0).strip()}” … “{last.group(0).strip()}”")
        return
    match = PERIOD.search(prose) or UNTIL.search(prose)
    if match:
        start_text = match.groupdict().get("start")
        from_now = bool(start_text) and start_text.lower() == "nay"
        start = None if not start_text or from_now else date_phrase(start_text, year)
        record_period(draft, start, date_phrase(match.group("end"), year),
                      "từ nay" if from_now else None, f"“{match.group(0).strip()}”")
        return
    open_ended = UNTIL_EVENT.search(prose)
    if open_ended:
        record_period(draft, date_phrase(open_ended.group("start"), year), None, None,
                      f"“{open_ended.group(0).strip()}”")
        draft.missing["period.end"] = "the campaign runs until an event (“đến khi …”): no end date"
        return
    years = CAMPAIGN_YEARS.search(prose)
    if years:
        first = int(years.group("first") or years.group("first2"))
        last = int(years.group("last") or first)
        record_period(draft, PartialDate(first), PartialDate(last), None,
                      f"“{years.group(0).strip()}”")


def date_of(match: re.Match, year: Optional[int]) -> Optional[PartialDate]:
    day, month, year_text, month_words, year_words = match.groups()
    month = month or month_words
    year_value = int(year_text or year_words or 0) or year
    if not month or not year_value:
        return None
    return partial_date(year_value, int(month), int(day))


def date_phrase(text: str, year: Optional[int]) -> Optional[PartialDate]:
    """``tháng 5/2019`` → 2019-05; ``30/6/2020``, ``ngày 30-11-2023`` → a day; ``năm 2024``."""
    text = text.strip()
    month = MONTH.search(text)
    if month:
        return partial_date(int(month.group(2)), int(month.group(1)))
    date = DATE.search(text)
    if date and date.group(2) or date and date.group(4):
        return date_of(date, year)
    only_year = YEAR.search(text)
    return PartialDate(int(only_year.group(1))) if only_year else None

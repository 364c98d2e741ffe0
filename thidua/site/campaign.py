"""A campaign's period: whether it runs on a given day, and how each language writes it."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from thidua.records.model import Period, Record
from thidua.site.charts import Chart, Span, timeline
from thidua.site.labels import label

RUNNING, ENDED, UPCOMING, UNKNOWN, UNSTATED = "running", "ended", "upcoming", "unknown", "unstated"
TIMELINE = 30
"""How many campaigns a timeline draws (the newest)."""


def status(period: Optional[Period], today: dt.date) -> str:
    """``running``, ``ended``, ``upcoming`` or ``unknown`` (one end given, not enough to say) on
    ``today``; ``unstated`` when the text gives no period at all.

    A partial date counts generously: an end of ``2024-08`` runs through 31 August 2024.
    """
    if period is None or (period.start is None and period.end is None):
        return UNSTATED
    if period.end and period.end.last_day < today:
        return ENDED
    if period.start and period.start.first_day > today:
        return UPCOMING
    if period.end and period.start:
        return RUNNING
    return UNKNOWN


def format_period(period: Optional[Period], lang: str) -> Optional[str]:
    """``tháng 5/2019 – 30/6/2020``, ``until 30 November 2023``; None when nothing is known."""
    if period is None or (period.start is None and period.end is None):
        return None
    if period.start and period.end:
        if period.start == period.end:
            return period.start.format(lang)
        return f"{period.start.format(lang)} – {period.end.format(lang)}"
    if period.start:
        return f"{label('from', lang)} {period.start.format(lang)}"
    return f"{label('until', lang)} {period.end.format(lang)}"


def periods_timeline(records: list[Record], lang: str, chart_id: str) -> Optional[Chart]:
    """The campaign periods of ``records`` (newest first) on a timeline: the newest TIMELINE
    with a period, each named by its number or else its date."""
    spans, formatted = [], []
    for record in records:
        if len(spans) == TIMELINE:
            break
        period = record.period
        if period is None or (period.start is None and period.end is None):
            continue
        anchor = record.placed_on
        start = period.start.first_day if period.start else anchor.first_day
        end = period.end.last_day if period.end else start
        name = record.number or anchor.format(lang)  # (short enough to be read whole)
        spans.append(Span(name, start, max(start, end),
                          open_start=period.start is None, open_end=period.end is None))
        formatted.append((period.start.format(lang) if period.start else "—",
                          period.end.format(lang) if period.end else "—"))
    if not spans:
        return None
    return timeline(chart_id, label("chart_timeline", lang), label("chart_timeline_desc", lang),
                    spans, (label("plan", lang), label("start", lang), label("end", lang)),
                    formatted)

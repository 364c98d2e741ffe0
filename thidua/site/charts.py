"""Pictures drawn at build time as static, accessible SVG, each with a table equivalent.

The SVG is small and laid out for a phone (about 340 units wide, drawn at that width on a
360 px screen and scaled up on larger ones). Colours come from the site's CSS (classes
``td-bar``, ``td-axis``…), so the pictures follow light and dark mode; text is ``currentColor``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

WIDTH = 340
ROW = 22
LABEL = 120
COUNT = 34
YEAR_LABEL = 28
"""Width a year label needs on the time axis."""


@dataclass(frozen=True)
class Table:
    """The data of a picture as a table, for screen readers and for anyone who prefers it."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    """A picture: its SVG markup, and the same data as a table."""

    id: str
    """Unique id within the page, used to tie the SVG to its title and description."""
    title: str
    description: str
    svg: str
    table: Table


@dataclass(frozen=True)
class Bar:
    label: str
    value: int


@dataclass(frozen=True)
class Span:
    """One campaign on a timeline; ``end`` equal to ``start`` draws a dot."""

    label: str
    start: dt.date
    end: dt.date
    open_start: bool = False
    open_end: bool = False


def _svg(chart_id: str, title: str, description: str, height: int, body: list[str]) -> str:
    return (
        f'<svg class="td-chart-svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-t">{escape(title)}</title>'
        f'<desc id="{chart_id}-d">{escape(description)}</desc>'
        + "".join(body) + "</svg>"
    )


def _clip(label: str, limit: int = 19) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(chart_id: str, title: str, description: str, bars: list[Bar],
              headers: tuple[str, str]) -> Chart:
    """Horizontal bars, one row per item, the count written at the end of each bar."""
    top = max((bar.value for bar in bars), default=0) or 1
    span = WIDTH - LABEL - COUNT
    body = []
    for row, bar in enumerate(bars):
        y = row * ROW
        width = round(span * bar.value / top, 1)
        label = escape(_clip(bar.label))
        body.append(f'<text class="td-label" x="{LABEL - 6}" y="{y + 15}" text-anchor="end">'
                    f'{label}</text>')
        if bar.value:
            body.append(f'<rect class="td-bar" x="{LABEL}" y="{y + 4}" width="{width}" '
                        f'height="{ROW - 8}" rx="2"/>')
        body.append(f'<text class="td-count" x="{LABEL + width + 4}" y="{y + 15}">{bar.value}'
                    '</text>')
    svg = _svg(chart_id, title, description, max(len(bars), 1) * ROW, body)
    table = Table(title, headers, tuple((bar.label, str(bar.value)) for bar in bars))
    return Chart(chart_id, title, description, svg, table)


def timeline(chart_id: str, title: str, description: str, spans: list[Span],
             headers: tuple[str, str, str], formatted: list[tuple[str, str]]) -> Chart:
    """Campaign periods on a time axis with a tick per year; ``formatted`` gives each span's
    start and end as the page's language writes them, for the table."""
    first = min(span.start for span in spans)
    last = max(span.end for span in spans)
    axis_start = dt.date(first.year, 1, 1)
    axis_end = dt.date(last.year + 1, 1, 1)
    days = (axis_end - axis_start).days
    span_px = WIDTH - LABEL - 8

    def x(day: dt.date) -> float:
        return round(LABEL + span_px * (day - axis_start).days / days, 1)

    body = []
    height = (len(spans) + 1) * ROW
    years = axis_end.year - axis_start.year
    every = max(1, -(-years * YEAR_LABEL // span_px))  # label every n-th year so none overlap
    for year in range(axis_start.year, axis_end.year + 1):
        tick = x(dt.date(year, 1, 1))
        body.append(f'<line class="td-axis" x1="{tick}" y1="0" x2="{tick}" y2="{height - ROW + 4}"/>')
        if year < axis_end.year and (year - axis_start.year) % every == 0:
            body.append(f'<text class="td-tick" x="{tick + 2}" y="{height - 6}">{year}</text>')
    for row, span in enumerate(spans):
        y = row * ROW
        body.append(f'<text class="td-label" x="{LABEL - 6}" y="{y + 15}" text-anchor="end">'
                    f'{escape(_clip(span.label))}</text>')
        left, right = x(span.start), x(span.end)
        if right - left < 3:
            body.append(f'<circle class="td-bar" cx="{left}" cy="{y + 11}" r="4"/>')
        else:
            kind = " td-open" if span.open_start or span.open_end else ""
            body.append(f'<rect class="td-bar{kind}" x="{left}" y="{y + 5}" '
                        f'width="{round(right - left, 1)}" height="{ROW - 10}" rx="2"/>')
    svg = _svg(chart_id, title, description, height, body)
    rows = tuple((span.label, start, end) for span, (start, end) in zip(spans, formatted))
    return Chart(chart_id, title, description, svg, Table(title, headers, rows))

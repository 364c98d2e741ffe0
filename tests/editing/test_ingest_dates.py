"""No date in a draft is absent from its text: every year ingest writes is a year the text
states (a date without a year takes it from the text, or stays partial or empty)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from thidua.editing.facts import NotAPlan
from thidua.editing.ingest import extract

PROVINCES = ["Cao Bằng", "Hậu Giang", "Quảng Ninh", "Cần Thơ"]


@st.composite
def articles(draw) -> str:
    """An article of our own writing in the shapes real ones take: dates with and without
    years, a period with or without them, a page stamp or none."""
    year = draw(st.integers(2015, 2026))
    day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))

    def date(with_year: bool) -> str:
        d, m = draw(st.integers(1, 28)), draw(st.integers(1, 12))
        return f"{d}/{m}/{year}" if with_year else f"{d}/{m}"

    lines = []
    if draw(st.booleans()):
        lines.append(f"{day:02d}/{month:02d}/{draw(st.integers(2015, 2026))} 08:15")
    lines.append(draw(st.sampled_from(["Phát động phong trào thi đua", "Thi đua lập thành tích"])))
    issued = date(draw(st.booleans()))
    number = draw(st.integers(1, 400))
    province = draw(st.sampled_from(PROVINCES))
    lines.append(f"Ngày {issued}, UBND tỉnh {province} ban hành Kế hoạch số {number}/KH-UBND "
                 "phát động phong trào thi đua.")
    if draw(st.booleans()):
        lines.append(f"Thời gian thi đua từ {date(draw(st.booleans()))} đến "
                     f"{date(draw(st.booleans()))}.")
    if draw(st.booleans()):
        lines.append(f"Phong trào hướng tới kỷ niệm năm {draw(st.integers(2015, 2030))}.")
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(articles())
def test_every_year_of_a_draft_is_a_year_its_text_states(text):
    try:
        draft = extract(text)
    except NotAPlan:
        return
    years = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    period = draft.values.get("period") or {}
    for name, value in (("published", draft.values.get("published")),
                        ("issued", draft.values.get("issued")),
                        ("period.start", period.get("start")), ("period.end", period.get("end"))):
        if value is not None:
            assert value[:4] in years, f"{name} {value}: the text states no year {value[:4]}"

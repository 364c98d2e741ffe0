"""Texts written to make ingest state a wrong fact (tests/editing/adversarial.yaml): each draft
states only values a careful reader accepts, or leaves the field empty; near-misses are refused.
The ones ingest still gets wrong are marked there and expected to fail, strictly: fixing one
shows as an unexpected pass, and its mark must go."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from thidua.editing.facts import NotAPlan
from thidua.editing.probes import DRAFT_FIELDS, accepted, probe_draft, stated

CASES = yaml.safe_load((Path(__file__).parent / "adversarial.yaml").read_text(encoding="utf-8"))


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason="a known wrong fact")] if case["wrong_now"] else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_no_wrong_fact_on_a_text_written_to_trap_ingest(case):
    accept = case["accept"]
    if accept.get("refuse"):
        with pytest.raises(NotAPlan):
            probe_draft(case)
        return
    draft = probe_draft(case)
    for name in DRAFT_FIELDS:
        got = stated(draft.values, name)
        if got is not None and name in accept:
            assert accepted(got, accept[name]), f"{case['id']}: {name} {got!r} is not one of {accept[name]!r}"

"""How ``thidua ingest`` does on texts written to test it (``thidua ingest-probes``): the trap file
(tests/editing/adversarial.yaml), the reviews' probes and the blind sets, all in one format. Each probe is a text with,
per field, the values a careful reader accepts (``accept``: a list, ``null`` among them where the field may stay
empty; a period as ``[start, end]`` pairs), or ``accept: {refuse: true}`` for a near-miss. The blind sets' figures in
evaluation/ROUNDS.md are this command's.

A field's outcome is *right* (a value accepted, or empty where empty is accepted), *wrong* (a value not accepted) or
*missed* (empty where a value is expected); a period's start and end are judged each against the halves of the pairs
accepted. The trap test is stricter on periods: a period stated must be one of the pairs, whole (:func:`accepted`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import yaml

from thidua.editing.accuracy import FIELDS, MISSED, RIGHT, WRONG, Article, Judgement, field_table, mistakes_of
from thidua.editing.facts import NotAPlan
from thidua.editing.ingest import extract
from thidua.records.problems import InvalidArchive, Problem

DRAFT_FIELDS = ("number", "issued", "province", "period", "type")
"""The draft's fields a probe may accept values for."""


def accepted(got, accept: list) -> bool:
    """Whether a value is one of those accepted; a period's half left empty (its start or its end) is never wrong,
    the half it states must be that of a pair accepted."""
    if isinstance(got, list):
        return any(pair is not None and all(half is None or half == want for half, want in zip(got, pair))
                   for pair in accept)
    return got in accept


def stated(draft_values: dict, name: str):
    """A draft's value of a probe's field: a period as [start, end]."""
    got = draft_values.get(name)
    return [got.get("start"), got.get("end")] if name == "period" and got is not None else got


def load_probes(path: Path, prefix: Optional[str] = None) -> list[dict]:
    """The probes of a file whose id starts with ``prefix`` (all without one), or :class:`InvalidArchive` naming each
    entry that is not a probe."""
    shown = str(path)
    try:
        entries = yaml.safe_load(path.read_text("utf-8")) or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InvalidArchive([Problem(shown, 1, "file", f"cannot be read: {error}")]) from None
    if not isinstance(entries, list):
        raise InvalidArchive([Problem(shown, 1, "file", "is a list of probes (- id: …)")])
    problems = [Problem(shown, 1, f"entry {number}", "needs id, language (vi or en), text and accept (a mapping)")
                for number, entry in enumerate(entries, 1)
                if not (isinstance(entry, dict) and entry.get("id") and entry.get("language") in ("vi", "en")
                        and isinstance(entry.get("text"), str) and isinstance(entry.get("accept"), dict))]
    if problems:
        raise InvalidArchive(problems)
    return [entry for entry in entries if not prefix or str(entry["id"]).startswith(prefix)]


def judge_probe(probe: dict) -> Judgement:
    """Ingest a probe's text and judge each field of its draft against the values accepted."""
    accept = probe["accept"]
    refuse = "a near-miss: no plan" if accept.get("refuse") else None
    shown = {name: accept.get(name) for name in DRAFT_FIELDS}
    article = Article(str(probe["id"]), "", probe["language"], "probe", False, None if refuse else {
        "number": shown["number"], "issued": shown["issued"], "province": shown["province"],
        "period_start": shown["period"], "period_end": shown["period"]}, refuse)
    try:
        draft = extract(probe["text"] + "\n")
    except NotAPlan as error:
        return Judgement(article, str(error), {} if refuse else {name: MISSED for name in FIELDS})
    if refuse:
        return Judgement(article, None)
    judgement = Judgement(article, None)
    for name in ("number", "issued", "province"):
        got, wants = draft.values.get(name), accept.get(name, [None])
        judgement.got[name] = got
        judgement.outcomes[name] = _outcome(got, got in wants)
    period = stated(draft.values, "period") or [None, None]
    for half, (name, got) in enumerate(zip(("period_start", "period_end"), period)):
        wants = {None if pair is None else pair[half] for pair in accept.get("period", [None])}
        judgement.got[name] = got
        judgement.outcomes[name] = _outcome(got, got in wants)
    return judgement


def _outcome(got, right: bool) -> str:
    return RIGHT if right else MISSED if got is None else WRONG


def probe_table(judgements: list[Judgement]) -> str:
    """The probes' table (see :func:`~thidua.editing.accuracy.field_table`), then every wrong outcome."""
    lines = [f"ingest over {len(judgements)} probes", "", *field_table(judgements)]
    mistakes = mistakes_of(judgements)
    if mistakes:
        lines += ["", "wrong (the values accepted after “the text says”):"] + [f"  {line}" for line in mistakes]
    return "\n".join(lines) + "\n"

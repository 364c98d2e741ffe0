"""How ``thidua ingest`` does on texts written to test it (``thidua ingest-probes``): the trap file
(tests/editing/adversarial.yaml), the reviews' probes and the blind sets, all in one format. Each probe is a text with,
for the fields it checks, the values a careful reader accepts (``accept``: a list, ``null`` among them where the field
may stay empty; a period as a list of ``[start, end]`` pairs, either half ``null`` where the text leaves it open), or
``accept: {refuse: true}`` for a near-miss; a probe may give ``published``, the article's date an editor would give
ingest (``thidua ingest --published``). The command gives the blind sets' figures of evaluation/ROUNDS.md again
with the code as it is.

A checked field's outcome is *right* (a value accepted, or empty where empty is accepted), *wrong* (a value not
accepted) or *missed* (empty where a value is expected; every checked field of a plan refused); a field the probe does
not check has none. A period is judged as the trap test judges it: a stated half is right only with a pair accepted
that also fits the other half it states (:func:`accepted`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Optional

from thidua.editing.accuracy import (
    LANGUAGES,
    MISSED,
    PUBLISHED_FIX,
    RIGHT,
    WRONG,
    Article,
    Judgement,
    field_table,
    given_date,
    mistakes_of,
    yaml_entries,
)
from thidua.editing.facts import Draft, NotAPlan
from thidua.editing.ingest import extract
from thidua.editing.nearmiss import DOUBTED
from thidua.records.dates import DateError
from thidua.records.problems import InvalidArchive, Problem

JUDGED = {"number": "number", "issued": "issued", "province": "province", "period_start": "period",
          "period_end": "period", "type": "type"}
"""The facts judged (those of the accuracy table, and the type), each with the draft's field it is read from."""
DRAFT_FIELDS = tuple(dict.fromkeys(JUDGED.values()))
"""The draft's fields a probe may check: number, issued, province, period, type."""


def accepted(got, accept: list) -> bool:
    """Whether a value is one of those accepted; a period's half left empty (its start or its end) is never wrong,
    the half it states must be that of a pair accepted."""
    if isinstance(got, list):
        return any(_fits(pair, got) for pair in accept)
    return got in accept


def _fits(pair: Optional[list], got: list) -> bool:
    """Whether a period accepted has the halves a period stated states."""
    return pair is not None and all(half is None or half == want for half, want in zip(got, pair))


def stated(draft_values: dict, name: str):
    """A draft's value of a probe's field: a period as [start, end]."""
    got = draft_values.get(name)
    return [got.get("start"), got.get("end")] if name == "period" and got is not None else got


def load_probes(paths: list[Path], prefix: Optional[str] = None) -> list[dict]:
    """The probes of the files (only the set ``prefix`` names: its ids are the prefix, perhaps a dash, and two digits,
    "DF07", "E18-35"), or :class:`InvalidArchive` naming each entry that is not a probe with its line and id."""
    problems: list[Problem] = []
    probes: list[dict] = []
    for path in paths:
        problems += _read(path, probes)
    seen = Counter(str(probe["id"]) for probe in probes)
    problems += [Problem(str(probe["path"]), probe["line"], f"{probe['id']}.id", "the id is given twice")
                 for probe in probes if seen[str(probe["id"])] > 1]
    if problems:
        raise InvalidArchive(problems)
    chosen = [probe for probe in probes
              if not prefix or re.fullmatch(re.escape(prefix) + r"-?\d{2}", str(probe["id"]))]
    if not chosen:
        raise InvalidArchive([Problem(str(paths[0]), 1, "prefix", f"no probe's id is {prefix} and two digits")])
    return chosen


def _read(path: Path, probes: list[dict]) -> list[Problem]:
    """Add the probes of one file to ``probes``; the problems of its entries."""
    try:
        entries = yaml_entries(path, "probes")
    except InvalidArchive as error:
        return error.problems
    problems = []
    for entry, line in entries:
        name = str(entry.get("id", "?")) if isinstance(entry, dict) else "?"
        found = _problem(entry)
        if found:
            problems.append(Problem(str(path), line, f"{name}.{found[0]}", found[1]))
        else:
            probes.append({**entry, "path": path, "line": line})
    return problems


def _problem(entry) -> Optional[tuple[str, str]]:
    """What is wrong with an entry (the key and what to do), or None for a probe."""
    if not isinstance(entry, dict) or not entry.get("id") or not isinstance(entry.get("text"), str):
        return "id", "each probe needs an id, its language, its text and accept"
    if entry.get("language") not in LANGUAGES:
        return "language", f"{entry.get('language')!r} is not one of {', '.join(LANGUAGES)}"
    accept = entry.get("accept")
    if not isinstance(accept, dict) or not accept:
        return "accept", "give the values accepted per field, or refuse: true for a near-miss"
    unknown = set(accept) - {*DRAFT_FIELDS, "refuse"}
    if unknown:
        return "accept", f"unknown fields {', '.join(sorted(unknown))}; the fields are {', '.join(DRAFT_FIELDS)}"
    try:
        given_date(entry)
    except DateError as error:
        return "published", f"{error}: {PUBLISHED_FIX}"
    if "refuse" in accept:
        return None if accept == {"refuse": True} else ("accept", "a near-miss's accept is refuse: true alone")
    for name, values in accept.items():
        items = [half for pair in values for half in (pair or [])] if name == "period" and isinstance(values, list) \
            else values
        if not isinstance(values, list) or name == "period" and not all(
                value is None or isinstance(value, list) and len(value) == 2 for value in values):
            return f"accept.{name}", ("a list of [start, end] pairs (or null)" if name == "period"
                                      else "a list of the values accepted (null: it may stay empty)")
        unquoted = next((item for item in items if item is not None and not isinstance(item, str)), None)
        if unquoted is not None:
            return f"accept.{name}", f"{unquoted!r} is not read as text: quote it ('{unquoted}')"
    return None


def probe_draft(probe: dict) -> Draft:
    """Ingest a probe's text, with the article's date it gives as ``published`` (an editor's ``--published``), if
    any; :class:`NotAPlan` as ingest raises it."""
    return extract(probe["text"] + "\n", given_date(probe))


def judge_probe(probe: dict) -> Judgement:
    """Ingest a probe's text and judge the fields it checks."""
    accept = probe["accept"]
    refuse = "a near-miss: no plan" if accept.get("refuse") else None
    checked = {fact: name for fact, name in JUDGED.items() if name in accept}
    article = Article(str(probe["id"]), "", probe["language"], "probe", False,
                      None if refuse else {fact: accept[name] for fact, name in checked.items()}, refuse)
    try:
        draft = probe_draft(probe)
    except NotAPlan as error:
        return Judgement(article, str(error), {} if refuse else {fact: MISSED for fact in checked})
    judgement = Judgement(article, None, doubted=DOUBTED in draft.missing)
    if refuse:
        return judgement
    period = stated(draft.values, "period") or [None, None]
    for fact, name in checked.items():
        if name == "period":
            half = fact == "period_end"
            got, right = period[half], _half_accepted(period, half, accept["period"])
        else:
            got = draft.values.get(name)
            right = got in accept[name]
        judgement.got[fact] = got
        judgement.outcomes[fact] = RIGHT if right else MISSED if got is None else WRONG
    return judgement


def _half_accepted(period: list, half: int, accept: list) -> bool:
    """Whether a period's start (``half`` 0) or end (1) is accepted: stated, with a pair that fits the whole period
    stated; left empty, where the period may be empty or a pair that fits leaves that half open."""
    if period[half] is not None:
        return any(_fits(pair, period) for pair in accept)
    return None in accept or any(_fits(pair, period) and pair[half] is None for pair in accept)


def probe_table(judgements: list[Judgement]) -> str:
    """The probes' table (see :func:`~thidua.editing.accuracy.field_table`), then every wrong outcome."""
    lines = [f"ingest over {len(judgements)} probes", "", *field_table(judgements)]
    mistakes = mistakes_of(judgements)
    if mistakes:
        lines += ["", "wrong (after “the text says”, the values accepted):"] + [f"  {line}" for line in mistakes]
    return "\n".join(lines) + "\n"

"""How well ``thidua ingest`` reads real articles: its drafts against the facts a careful reader
took from each (``thidua ingest-accuracy``).

The facts live in a YAML list (evaluation/ingest-articles.yaml): per article its id, address,
language, shape, whether it is held aside (kept out of the development of ingest, measured
apart), the facts expected (``null`` where the text does not state one), or why it is a
near-miss that must be refused, and, if its gatherer noted it, the article's date as its page
shows it (``published``, given to ingest as an editor gives ``thidua ingest --published``). The
texts are third-party and stay out of the repository: each is ``<texts>/<id>.txt`` where an
editor saved it; an article whose text is absent is skipped and named.

Each fact of a draft is *right* (as expected, or empty where the text states nothing), *wrong*
(another value, or a value where the text states none: the worst outcome) or *missed* (empty
where the text states one).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from thidua.editing.facts import NotAPlan, UnreadableText, read_text
from thidua.editing.ingest import extract
from thidua.editing.nearmiss import DOUBTED
from thidua.records.dates import DateError, PartialDate
from thidua.records.problems import InvalidArchive, Problem

FIELDS = ("number", "issued", "province", "period_start", "period_end")
"""The facts measured (the targets of the ingest issue)."""
SHAPES = ("news", "plan-text", "listing", "aggregator", "near-miss")
LANGUAGES = ("vi", "en")
RIGHT, WRONG, MISSED = "right", "wrong", "missed"


@dataclass(frozen=True)
class Article:
    id: str
    url: str
    language: str
    shape: str
    held_out: bool
    expected: Optional[dict]
    """Field → the value a careful reader takes from the text (None: it states none); None for
    a near-miss."""
    refuse: Optional[str] = None
    """Why the text announces no plan (a near-miss), or None."""
    fingerprint: Optional[str] = None
    """The :func:`fingerprint` of the copy of the text the facts were taken from, if stamped."""
    published: Optional[PartialDate] = None
    """The article's date as its page shows it, if its gatherer noted it: given to ingest, as an editor gives it
    (``thidua ingest --published``)."""


def fingerprint(text: str) -> str:
    """What identifies a copy of an article's text whatever its spaces (a copy saved again on
    another machine may have lost a non-breaking space or a blank line): the first 16 hex digits
    of the SHA-256 of its words (NFC) joined by single spaces."""
    words = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def yaml_entries(path: Path, what: str) -> list[tuple[object, int]]:
    """The entries of a YAML list of ``what`` (articles, probes), each with the line it starts on, or
    :class:`InvalidArchive` naming the file when it cannot be read or is no list."""
    shown = str(path)
    try:
        text = path.read_text("utf-8")
        entries, nodes = yaml.safe_load(text) or [], yaml.compose(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InvalidArchive([Problem(shown, 1, "file", f"cannot be read: {error}")]) from None
    if not isinstance(entries, list):
        raise InvalidArchive([Problem(shown, 1, "file", f"is a list of {what} (- id: …)")])
    return [(entry, node.start_mark.line + 1) for entry, node in zip(entries, nodes.value)]


def load_articles(path: Path) -> list[Article]:
    """The articles of a facts file, or :class:`InvalidArchive` naming each problem with its
    line."""
    shown = str(path)
    problems: list[Problem] = []
    articles = []
    for entry, line in yaml_entries(path, "articles"):
        name = str(entry.get("id", "?")) if isinstance(entry, dict) else "?"

        def problem(key: str, message: str) -> None:
            problems.append(Problem(shown, line, f"{name}.{key}", message))

        if not isinstance(entry, dict) or not {"id", "url", "language", "shape"} <= set(entry):
            problem("id", "each article needs id, url, language and shape")
            continue
        if entry["language"] not in LANGUAGES:
            problem("language", f"{entry['language']!r} is not one of {', '.join(LANGUAGES)}")
            continue
        if entry["shape"] not in SHAPES:
            problem("shape", f"{entry['shape']!r} is not one of {', '.join(SHAPES)}")
            continue
        expected, refuse = entry.get("expected"), entry.get("refuse")
        if (expected is None) == (refuse is None):
            problem("expected", "give either the expected facts or, for a near-miss, why it is "
                                "refused (refuse:), not both or neither")
            continue
        if expected is not None:
            unknown = set(expected) - set(FIELDS) - {"type"}
            if unknown:
                problem("expected", f"unknown fields {', '.join(sorted(unknown))}; the fields "
                                    f"are {', '.join(FIELDS)} (and type)")
                continue
            expected = {field_: _text(expected.get(field_)) for field_ in FIELDS}
        if not isinstance(entry.get("fingerprint", ""), str):
            problem("fingerprint", f"{entry['fingerprint']!r} is read as a number: quote it "
                                   f"(fingerprint: '{entry['fingerprint']}')")
            continue
        try:
            published = given_date(entry)
        except DateError as error:
            problem("published", f"{error}: {PUBLISHED_FIX}")
            continue
        articles.append(Article(name, entry["url"], entry["language"], entry["shape"],
                                bool(entry.get("held_out")), expected, refuse, entry.get("fingerprint"), published))
    if problems:
        raise InvalidArchive(problems)
    return articles


PUBLISHED_FIX = "give the article's date as its page shows it, as 'YYYY-MM-DD'"
"""What to do about a ``published`` that is no date (in the facts file or a probe)."""


def given_date(entry: dict) -> Optional[PartialDate]:
    """The article's date an entry (an article, a probe) gives as ``published``, the one an editor gives ingest, or
    None; :class:`DateError` if it is no date."""
    value = entry.get("published")
    return None if value is None else PartialDate.parse(str(value))


def _text(value) -> Optional[str]:
    """A fact as the drafts hold it: dates as ISO text (YAML reads 2024-03-05 as a date)."""
    if value is None:
        return None
    return str(value)


@dataclass
class Judgement:
    """What ingest made of one article."""

    article: Article
    refused: Optional[str]
    """Why ingest refused the text, if it did."""
    outcomes: dict[str, str] = field(default_factory=dict)
    """Field → RIGHT, WRONG or MISSED (empty for a near-miss)."""
    got: dict[str, Optional[str]] = field(default_factory=dict)
    doubted: bool = False
    """Whether the draft asks the editor to confirm that the text launches a campaign at all."""


def judge(article: Article, text: str) -> Judgement:
    """Ingest ``text`` and compare its draft with what ``article`` expects."""
    try:
        draft = extract(text, article.published)
    except NotAPlan as error:
        return Judgement(article, str(error),
                         {} if article.refuse else {name: MISSED for name in FIELDS})
    doubted = DOUBTED in draft.missing
    if article.refuse:
        return Judgement(article, None, doubted=doubted)
    period = draft.values.get("period") or {}
    got = {"number": draft.values.get("number"), "issued": draft.values.get("issued"),
           "province": draft.values.get("province"), "period_start": period.get("start"),
           "period_end": period.get("end")}
    judgement = Judgement(article, None, got=got, doubted=doubted)
    for name in FIELDS:
        expected, value = article.expected[name], got[name]
        if value == expected or (value is not None and expected is not None
                                 and _same_date(value, expected)):
            judgement.outcomes[name] = RIGHT
        elif value is None:
            judgement.outcomes[name] = MISSED
        else:
            judgement.outcomes[name] = WRONG
    return judgement


def _same_date(value: str, expected: str) -> bool:
    try:
        return PartialDate.parse(value) == PartialDate.parse(expected)
    except DateError:
        return False


@dataclass
class Report:
    judgements: list[Judgement]
    absent: list[str]
    """The ids of the articles whose text is not there."""
    differs: list[str] = field(default_factory=list)
    """The ids of the articles whose saved text is not the copy their facts were taken from."""

    def table(self) -> str:
        """Per field, per language, development and held aside apart: right / all, wrong,
        missed; then every wrong fact and every wrong refusal of the development articles (the
        held-aside ones are counted, never shown: they must not guide the work)."""
        lines = [f"ingest over {len(self.judgements)} articles whose text is present"
                 + (f" ({len(self.absent)} absent: {', '.join(self.absent)})" if self.absent
                    else "")]
        if self.differs:
            lines.append(f"{len(self.differs)} whose saved text is not the copy labelled (its fingerprint "
                         f"differs: its facts may not be this copy's): {', '.join(self.differs)}")
        for held, name in ((False, "development"), (True, "held aside")):
            group = [j for j in self.judgements if j.article.held_out == held]
            lines += ["", f"{name} ({len(group)} articles)", "", *field_table(group)]
        mistakes = mistakes_of([j for j in self.judgements if not j.article.held_out])
        if mistakes:
            lines += ["", "wrong (development articles; held-aside ones are not shown):"]
            lines += [f"  {line}" for line in mistakes]
        return "\n".join(lines) + "\n"


def field_table(group: list[Judgement]) -> list[str]:
    """The lines of a group's table: per field and language, right / all, wrong, missed; then its near-misses
    refused, its plans refused and its wrong facts (facts stated wrongly, and near-misses made into drafts)."""
    lines = ["| field | " + " | ".join(f"{lang}: right | {lang}: wrong | {lang}: missed" for lang in LANGUAGES) + " |",
             "|---|" + "---|---|---|" * len(LANGUAGES)]
    for fact in FIELDS:
        cells = []
        for lang in LANGUAGES:
            counts = Counter(j.outcomes[fact] for j in group if j.article.language == lang and fact in j.outcomes)
            total = sum(counts.values())
            cells += [f"{counts[RIGHT]}/{total} ({100 * counts[RIGHT] / total:.0f} %)" if total else "-",
                      str(counts[WRONG]), str(counts[MISSED])]
        lines.append(f"| {fact} | " + " | ".join(cells) + " |")
    near = [j for j in group if j.article.refuse]
    plans = [j for j in group if not j.article.refuse]
    wrong = (sum(1 for j in group for outcome in j.outcomes.values() if outcome == WRONG)
             + sum(1 for j in near if not j.refused))
    lines.append(f"\nnear-misses refused: {sum(1 for j in near if j.refused)} of {len(near)}; plans refused: "
                 f"{sum(1 for j in plans if j.refused)} of {len(plans)}; wrong facts: {wrong}")
    drafted_near, drafted_plans = [j for j in near if not j.refused], [j for j in plans if not j.refused]
    lines.append(f"drafts that ask to confirm the launch: {sum(j.doubted for j in drafted_near)} of the "
                 f"{len(drafted_near)} near-misses drafted, {sum(j.doubted for j in drafted_plans)} of the "
                 f"{len(drafted_plans)} plans drafted")
    return lines


def mistakes_of(judgements: list[Judgement]) -> list[str]:
    """A line for each wrong fact, near-miss made a draft and plan refused."""
    mistakes = [f"{j.article.id}: {fact} {j.got[fact]!r}, the text says {j.article.expected[fact]!r}"
                for j in judgements for fact, outcome in j.outcomes.items() if outcome == WRONG]
    mistakes += [f"{j.article.id}: a near-miss made a draft ({j.article.refuse})"
                 for j in judgements if j.article.refuse and not j.refused]
    return mistakes + [f"{j.article.id}: refused ({j.refused})"
                       for j in judgements if not j.article.refuse and j.refused]


def measure(facts: Path, texts: Path) -> Report:
    """Ingest every article of ``facts`` whose text is in ``texts``."""
    judgements, absent, differs = [], [], []
    for article in load_articles(facts):
        path = texts / f"{article.id}.txt"
        try:
            text = read_text(path.read_bytes())
        except (OSError, UnreadableText):
            absent.append(article.id)
            continue
        if article.fingerprint and fingerprint(text) != article.fingerprint:
            differs.append(article.id)
        judgements.append(judge(article, text))
    return Report(judgements, absent, differs)


def stamp(facts: Path, texts: Path) -> list[str]:
    """Give each article of ``facts`` whose text is in ``texts`` and that has no fingerprint yet
    the fingerprint of that text, on a line after its address (the file's other lines, comments
    included, kept as they are); the ids stamped."""
    present = {article.id: texts / f"{article.id}.txt" for article in load_articles(facts)
               if not article.fingerprint and (texts / f"{article.id}.txt").is_file()}
    lines, stamped, current = facts.read_text("utf-8").splitlines(keepends=True), [], None
    out = []
    for line in lines:
        out.append(line)
        entry = re.match(r"- id:\s*(\S+)", line)
        current = entry.group(1) if entry else current
        address = re.match(r"(\s+)url:", line)
        if address and current in present:
            text = read_text(present.pop(current).read_bytes())
            out.append(f"{address.group(1)}fingerprint: '{fingerprint(text)}'\n")  # (quoted: digits alone are text)
            stamped.append(current)
    facts.write_text("".join(out), "utf-8")
    return stamped

"""Which national movements an article's plan answers: a suggestion for the editor to check."""

from __future__ import annotations

import re
from typing import Callable, Iterator, Optional

from thidua.editing.facts import Draft, record_fact
from thidua.records.crossrefs import mentioned_numbers, number_key
from thidua.records.folding import fold
from thidua.records.movements import Movement, movements

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def suggest_movements(draft: Draft, text: str) -> None:
    """Note in the draft the movements the text names or whose launching document it cites,
    with the words that name each, for the editor to check."""
    found = named_in(text, tuple(draft.values.get("cites", ())))
    if found:
        record_fact(draft, "movement", [movement.slug for movement, _ in found],
                    "; ".join(f"“{words}”" for _, words in found))
        draft.missing["movement.suggested"] = ("suggested from the words the text gives: keep "
                                               "only the movements the plan answers")


def named_in(text: str, cites: tuple[str, ...] = ()) -> list[tuple[Movement, str]]:
    """The movements a text names (its name or a short name, in either language, as whole
    words, however accented or punctuated) or whose launching document it cites (``cites``, or
    a number in the text), each with the name or number found, in the order of the table."""
    words = f" {_words(text)} "
    cited = {number_key(number): number for number in (*cites, *mentioned_numbers(text))}
    found = []
    for movement in movements().values():
        why = _named(movement, words) or next(
            (cited[number_key(number)] for number in movement.numbers
             if number_key(number) in cited), None)
        if why:
            found.append((movement, why))
    return found


def naming_a_movement(prose: str, *patterns: re.Pattern) -> tuple[re.Pattern, ...]:
    """The ``patterns`` some match of which in ``prose`` names one of the archive's national movements: a launch of
    such a movement by its name ("Lễ phát động “Bình dân học vụ số”", "launched the Digital Literacy for All
    movement") is a campaign's even where the text never says emulation."""
    return _matching(prose, patterns, lambda found: bool(named_in(found.group(0))))


QUOTED_NAME = r"[\"“‘'][^\"”’]{3,80}[\"”’']"
"""A movement's name in quotes (straight, curly or single)."""


def called_a_movement(prose: str, *patterns: re.Pattern) -> tuple[re.Pattern, ...]:
    """The ``patterns`` some match of which in ``prose`` quotes one of the archive's national movements' names whole
    ("the launching ceremony of the movement "Popular education""; not "the campaign "All people join hands to build
    new rural areas and civilised urban areas"", a mobilisation whose name only holds one)."""
    return _matching(prose, patterns, lambda found: any(
        _is_a_name(quoted.group(0)[1:-1]) for quoted in re.finditer(QUOTED_NAME, found.group(0))))


def aimed_at_a_movement(prose: str, *patterns: re.Pattern) -> tuple[re.Pattern, ...]:
    """The ``patterns`` some match of which in ``prose`` has an ``aim`` that opens with one of the archive's national
    movements' names ("a campaign aimed at eliminating temporary and ramshackle houses"; not "a campaign to support
    eliminating …", whose aim only holds the name)."""
    return _matching(prose, patterns, lambda found: _opens_with_a_name(found.group("aim")))


def _matching(prose: str, patterns: tuple[re.Pattern, ...], names: Callable[[re.Match], bool]) -> tuple[re.Pattern, ...]:
    """The ``patterns`` some match of which in ``prose`` ``names`` a movement."""
    return tuple(pattern for pattern in patterns if any(names(found) for found in pattern.finditer(prose)))


def _is_a_name(words: str) -> bool:
    return any(_words(words) == _words(phrase) for phrase in _every_name())


def _opens_with_a_name(aim: str) -> bool:
    words = f" {_words(aim)} "
    return any(words.startswith(f" {_words(phrase)} ") for phrase in _every_name())


def _every_name() -> Iterator[str]:
    for movement in movements().values():
        yield from _phrases(movement)


def _named(movement: Movement, words: str) -> Optional[str]:
    return next((phrase for phrase in _phrases(movement) if f" {_words(phrase)} " in words), None)


def _phrases(movement: Movement) -> tuple[str, ...]:
    """The names a text may give the movement: its own in either language and its short ones."""
    return (movement.vi, *movement.names, movement.en, *movement.names_en)


def _words(text: str) -> str:
    return " ".join(_NOT_WORD.split(fold(text))).strip()

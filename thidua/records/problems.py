"""The error value: one problem in one record, said where it is and what would be right."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a record, printed as ``path:line: field: message``."""

    path: str
    """The record's path, relative to the content folder's parent (e.g. ``content/...``)."""
    line: int
    """1-based line in the file; the line of the field where one is known."""
    field: str
    """Dotted name of the field (``period.start``), or ``file`` for the file as a whole."""
    message: str
    """What is wrong and, where it can be said, what would be right."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class InvalidArchive(Exception):
    """Raised when records have problems; carries every problem found in one run."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        lines = [str(problem) for problem in self.problems]
        lines.append(f"{count} problem{'s' if count != 1 else ''} found; nothing was built.")
        return "\n".join(lines)

"""An assumption about another package's internals, stated once and checked by the tests."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from typing import Callable, Optional


class Broken(Exception):
    """An assumption no longer holds; the message says what changed."""


def expect(condition: bool, message: str) -> None:
    """Raise :class:`Broken` with ``message`` unless ``condition``."""
    if not condition:
        raise Broken(message)


@dataclass(frozen=True)
class Assumption:
    package: str
    """The distribution whose internals are relied on (``mkdocs-static-i18n``)."""
    what: str
    """What of it is relied on, and by what."""
    check: Callable[[], None]
    """Raises :class:`Broken` when the installed package no longer does what is assumed."""

    def failure(self) -> Optional[str]:
        """None while the assumption holds; else a message naming the package, its version,
        what changed and where this package relies on it."""
        try:
            self.check()
        except Broken as error:
            return (f"{self.package} {metadata.version(self.package)} changed: {error}. "
                    f"Relied on for: {self.what} (see {self.check.__module__})")
        return None

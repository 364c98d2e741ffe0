"""Partial dates (``2019``, ``2019-05``, ``2019-05-17``) and how each language writes them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class DateError(ValueError):
    """A date that is malformed or impossible; the message says what would be right."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise :class:`DateError` otherwise."""
        text = str(value).strip()
        match = _FORM.match(text)
        if not match:
            raise DateError(
                f"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08-21)"
            )
        year, month, day = (int(part) if part else None for part in match.groups())
        if year < 1900 or year > 2100:
            raise DateError(f"year {year} is out of range; write a year between 1900 and 2100")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"'{text}' has no month {month}; months run from 01 to 12")
        if day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(
                    f"'{text}' does not exist: {MONTHS_EN[month - 1]} {year} has {last} days"
                )
        return cls(year, month, day)

    @classmethod
    def of(cls, day: dt.date) -> "PartialDate":
        """The full date of a calendar day."""
        return cls(day.year, day.month, day.day)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def first_day(self) -> dt.date:
        """The earliest day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The latest day this date can mean."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def format(self, lang: str) -> str:
        """How the page's language writes it: 21/8/2023 or 21 August 2023, 5/2019 or May 2019."""
        if lang == "vi":
            if self.day is not None:
                return f"{self.day}/{self.month}/{self.year}"
            if self.month is not None:
                return f"tháng {self.month}/{self.year}"
            return f"năm {self.year}"
        if self.day is not None:
            return f"{self.day} {MONTHS_EN[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{MONTHS_EN[self.month - 1]} {self.year}"
        return str(self.year)

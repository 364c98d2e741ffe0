"""Atom feeds of the newest plans: the whole archive, each province and each national movement,
in each language
(written with feedgenerator, the library Pelican uses)."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator

from feedgenerator import Atom1Feed

from thidua.records.gazetteer import gazetteer
from thidua.records.model import Record
from thidua.records.movements import movements
from thidua.site.indexes import by_province, unit_plans
from thidua.site.labels import label
from thidua.site.linkeddata import feed_path
from thidua.site.urls import absolute, site_path

ENTRIES = 50
"""How many of the newest plans a feed carries."""


class _Feed(Atom1Feed):
    """An Atom feed whose date, when it has no entry, is the build date (never the clock)."""

    def __init__(self, *args, empty_date: dt.datetime, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_date = empty_date

    def latest_post_date(self):
        return super().latest_post_date() if self.items else self.empty_date


def feeds(records: Iterable[Record], lang: str, site_url: str, today: dt.date) -> Iterator[tuple[str, str]]:
    """``(site path, Atom XML)`` of every feed of ``lang``."""
    records = list(records)
    yield feed_path(lang), _feed(records, lang, site_url, today, label("feed_all", lang), "")
    grouped = by_province(records)
    for unit in gazetteer().units.values():
        plans = [record for record, _ in unit_plans(unit, grouped)]
        title = label("feed_province", lang, name=unit.full_name(lang))
        yield feed_path(lang, unit.slug), _feed(plans, lang, site_url, today, title, f"{unit.slug}/")
    for movement in movements().values():
        plans = [record for record in records if movement.slug in record.movement]
        title = label("feed_movement", lang, name=movement.name(lang))
        page = f"movements/{movement.slug}/"
        yield feed_path(lang, page.rstrip("/")), _feed(plans, lang, site_url, today, title, page)


def _feed(records: list[Record], lang: str, site_url: str, today: dt.date, title: str,
          page: str) -> str:
    midnight = dt.datetime(today.year, today.month, today.day, tzinfo=dt.timezone.utc)
    feed = _Feed(title=title, link=absolute(site_url, site_path(page, lang)),
                 description=title, language=lang, empty_date=midnight,
                 feed_url=absolute(site_url, feed_path(lang, page.rstrip("/") or None)),
                 feed_guid=absolute(site_url, feed_path(lang, page.rstrip("/") or None)))
    for record in records[:ENTRIES]:
        english = record.english if lang == "en" else None
        day = record.placed_on.first_day
        when = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
        url = absolute(site_url, site_path(record.url, lang))
        heading = english.title if english else record.title
        if record.number:
            heading = f"{record.number}: {heading}"
        feed.add_item(title=heading, link=url, unique_id=url, updateddate=when, pubdate=when,
                      description=english.summary if english else record.summary,
                      author_name=record.issuer)
    return feed.writeString("utf-8")

"""The index pages, computed from the records: provinces, a province, a province's year, a
year, the years, and the home page. Pure functions from records to page values; the templates
in ``overrides/`` only display them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from thidua.records.dates import PartialDate
from thidua.records.gazetteer import NATIONWIDE, Unit, gazetteer
from thidua.records.model import Record
from thidua.site.campaign import RUNNING, periods_timeline, status
from thidua.site.charts import Bar, Chart, bar_chart
from thidua.site.labels import capitalized, count_plans, label
from thidua.site.maps import MapKey, Shade, TileMap, tile_map
from thidua.site.movements import movement_pages
from thidua.site.ordering import name_order, today_units
from thidua.site.pages import Crumb, IndexPage, PlanLink, plan_link, trail
from thidua.site.urls import site_path

NEWEST = 10
"""How many plans the home page lists as the newest, and as running now."""


@dataclass(frozen=True)
class YearGroup:
    """The plans of one year on a province page."""

    year: int
    url: Optional[str]
    """The province-year page, when the province itself issued plans that year."""
    plans: tuple[PlanLink, ...]
    count: int = 0
    count_label: str = ""
    """How many plans the year holds (``3 kế hoạch``)."""


@dataclass(frozen=True)
class Notice:
    """A line above the list, with an optional link inside it (a former unit's successor):
    ``text``, the link, then ``after``."""

    text: str
    link: Optional[str] = None
    link_label: Optional[str] = None
    after: str = ""


@dataclass(frozen=True)
class UnitRow:
    """A province on the provinces page, with its count and the former units merged into it."""

    slug: str
    name: str
    url: str
    count: int
    count_label: str
    formers: tuple["UnitRow", ...] = ()


@dataclass(frozen=True)
class ProvincesPage(IndexPage):
    intro: str
    units: tuple[UnitRow, ...]
    """Today's units with plans (their own or their former units'), in name order."""
    without: tuple[UnitRow, ...]
    """Today's units the archive holds no plan of yet, listed apart, in name order."""
    chart: Chart
    """Plans per unit, of the units with plans."""
    map: TileMap
    """Today's units shaded by their number of plans."""
    nationwide: UnitRow
    """National plans (which the provinces implement), listed apart from the provinces."""
    labels: dict[str, str] = field(default_factory=dict)

    def items(self) -> list[tuple[str, str]]:
        return [(unit.name, unit.url) for unit in (self.nationwide, *self.units, *self.without)]


@dataclass(frozen=True)
class ProvincePage(IndexPage):
    province: str
    """Slug of the unit."""
    count_label: str
    notices: tuple[Notice, ...]
    groups: tuple[YearGroup, ...]
    empty: Optional[str]
    """Said instead of the list when the province has no plan."""
    charts: tuple[Chart, ...]
    year_nav: Optional[str] = None
    """The label of the links to each year's list, when there are several years."""

    def items(self) -> list[tuple[str, str]]:
        return [(plan.title, plan.url) for group in self.groups for plan in group.plans]


@dataclass(frozen=True)
class PlanListPage(IndexPage):
    """A province's year, or a year: plans grouped under headings (one group on a
    province-year page, one per province on a year page)."""

    count_label: str
    groups: tuple[tuple[str, Optional[str], tuple[PlanLink, ...]], ...]
    """(heading, link of the heading or None, plans)."""
    more: tuple[Crumb, ...] = ()
    """Where a reader goes next: the province, the year across the country, the other years."""
    more_label: str = ""

    def items(self) -> list[tuple[str, str]]:
        return [(plan.title, plan.url) for _, _, plans in self.groups for plan in plans]


@dataclass(frozen=True)
class YearRow:
    year: int
    url: str
    count_label: str


@dataclass(frozen=True)
class YearsPage(IndexPage):
    rows: tuple[YearRow, ...]
    chart: Optional[Chart]

    def items(self) -> list[tuple[str, str]]:
        return [(str(row.year), row.url) for row in self.rows]


@dataclass(frozen=True)
class HomePage:
    """The home page's lists and figures (its text comes from ``content/index*.md``)."""

    lang: str
    totals: tuple[tuple[str, str], ...]
    """(figure, what it counts)."""
    newest: tuple[PlanLink, ...]
    running: tuple[PlanLink, ...]
    """The newest NEWEST of the campaigns running now."""
    running_more: Optional[str]
    """Says how many more run now, when there are more than NEWEST."""
    none_running: str
    ways_in: tuple[Crumb, ...]
    chart: Optional[Chart]
    map: TileMap
    labels: dict[str, str] = field(default_factory=dict)


def index_pages(records: tuple[Record, ...], lang: str, today: dt.date) -> list[IndexPage]:
    """Every generated page of the site in ``lang``; ``records`` are newest first."""
    links = {record.url: plan_link(record, lang, today) for record in records}
    grouped = by_province(records)
    pages: list[IndexPage] = [provinces_page(grouped, lang), years_page(records, lang)]
    for unit in gazetteer().units.values():
        pages.append(province_page(unit, grouped, links, lang))
    for (province, year), group in sorted(_group(records, lambda r: (r.province, r.year)).items()):
        name = gazetteer().get(province).full_name(lang)
        pages.append(PlanListPage(
            path=f"{province}/{year}/", lang=lang, template="plan-list.html",
            title=label("plans_of_province_year", lang, name=name, year=year),
            crumbs=trail(lang, province, year)[:-1] + (Crumb(str(year), None),),
            count_label=count_plans(len(group), lang),
            groups=((capitalized(name), None, tuple(links[r.url] for r in group)),),
            more=(Crumb(label("all_plans_of", lang, name=name), site_path(f"{province}/", lang)),
                  Crumb(label("plans_of_year", lang, year=year), site_path(f"{year}/", lang)),
                  Crumb(label("search", lang), site_path("search/", lang))),
            more_label=label("see_also", lang)))
    for year, group in sorted(_group(records, lambda r: r.year).items()):
        per_province = sorted(_group(group, lambda r: r.province).items(),
                              key=lambda item: name_order(lang)(gazetteer().get(item[0]).name(lang)))
        pages.append(PlanListPage(
            path=f"{year}/", lang=lang, template="plan-list.html",
            title=label("plans_of_year", lang, year=year),
            crumbs=(trail(lang)[0], Crumb(label("years", lang), site_path("years/", lang)),
                    Crumb(str(year), None)),
            count_label=count_plans(len(group), lang),
            groups=tuple((capitalized(gazetteer().get(province).full_name(lang)),
                          site_path(f"{province}/{year}/", lang),
                          tuple(links[r.url] for r in plans))
                         for province, plans in per_province),
            more=(Crumb(label("years", lang), site_path("years/", lang)),
                  Crumb(label("provinces", lang), site_path("provinces/", lang)),
                  Crumb(label("search", lang), site_path("search/", lang))),
            more_label=label("see_also", lang)))
    return pages + movement_pages(records, links, lang)


def provinces_page(by_province: dict[str, list[Record]], lang: str) -> ProvincesPage:
    """Today's 34 units, those with plans first, each with its count and the former units
    merged into it; the others listed apart."""
    rows = _today_rows(by_province, lang)
    held = [row for row in rows if row.count]
    chart = bar_chart("chart-provinces", label("chart_per_province", lang),
                      label("chart_per_province_desc", lang),
                      [Bar(row.name, row.count) for row in held],
                      (label("provinces", lang), label("plans", lang)))
    return ProvincesPage(
        path="provinces/", lang=lang, template="provinces.html", title=label("provinces", lang),
        crumbs=(trail(lang)[0], Crumb(label("provinces", lang), None)),
        intro=label("provinces_intro", lang), units=tuple(held),
        without=tuple(row for row in rows if not row.count), chart=chart,
        map=plans_map(rows, "provinces/", lang),
        nationwide=_unit_row(gazetteer().get(NATIONWIDE), by_province, lang),
        labels={key: label(key, lang) for key in ("merged_from", "nationwide_note", "no_plans_yet")})


LEVELS = ((6, 3, "map_key_many"), (3, 2, "map_key_some"), (1, 1, "map_key_few"),
          (0, 0, "map_key_none"))
"""The map's shades by number of plans: (at least, level, the key's label)."""


def plans_map(rows: list[UnitRow], page: str, lang: str) -> TileMap:
    """Today's units (``rows``, with their former units' plans counted) shaded by their number
    of plans, on the page at ``page``."""
    def level(count: int) -> int:
        return next(shade for least, shade, _ in LEVELS if count >= least)

    return tile_map("map-provinces", label("map_plans", lang), label("map_plans_desc", lang),
                    {row.slug: Shade(level(row.count), row.count_label) for row in rows},
                    [MapKey(shade, label(key, lang)) for _, shade, key in reversed(LEVELS)],
                    site_path(page, lang), lang, (label("province", lang), label("plans", lang)))


def _today_rows(by_province: dict[str, list[Record]], lang: str) -> list[UnitRow]:
    """Today's units in name order, each with its former units and the plans of all."""
    rows = []
    for unit in today_units(lang):
        formers = tuple(_unit_row(former, by_province, lang) for former in _formers(unit))
        row = _unit_row(unit, by_province, lang)
        total = row.count + sum(former.count for former in formers)
        rows.append(replace(row, count=total, count_label=count_plans(total, lang),
                            formers=formers))
    return rows


def unit_plans(unit: Unit, by_province: dict[str, list[Record]]) -> list[tuple[Record, Optional[Unit]]]:
    """The plans a province's page lists, newest first: its own, and for today's unit those of
    the former units now part of it, each with the former unit that issued it."""
    formers = _formers(unit) if unit.successor is None else []
    plans = [(record, None) for record in by_province.get(unit.slug, [])]
    for former in formers:
        plans += [(record, former) for record in by_province.get(former.slug, [])]
    return sorted(plans, key=lambda item: item[0].newest_first)


def by_province(records: Iterable[Record]) -> dict[str, list[Record]]:
    """Records grouped by the province that issued them."""
    return _group(records, lambda r: r.province)


def province_page(unit: Unit, by_province: dict[str, list[Record]],
                  links: dict[str, PlanLink], lang: str) -> ProvincePage:
    """A province's plans by year, with those of the former units merged into it, marked."""
    formers = _formers(unit) if unit.successor is None else []
    plans = [(record, label("former_unit", lang, name=former.full_name(lang)) if former else None)
             for record, former in unit_plans(unit, by_province)]
    notices = []
    if unit.successor:
        today = gazetteer().today(unit.slug)
        renamed = gazetteer().get(unit.successor).code_before == unit.code_before
        key = "renamed_to" if renamed else "merged_into"
        day = (unit.valid_until + dt.timedelta(days=1))
        before, after = label(key, lang, name=unit.full_name(lang), today="\0",
                              day=PartialDate.of(day).format(lang)).split("\0")
        notices.append(Notice(before, site_path(f"{today.slug}/", lang), today.full_name(lang),
                              after))
    if formers:
        names = [former.full_name(lang) for former in formers]
        listed = names[0] if len(names) == 1 else (
            f"{', '.join(names[:-1])} {label('and', lang)} {names[-1]}")
        notices.append(Notice(label("formed_from" if len(names) == 1 else "formed_from_several",
                                    lang, names=listed)))
    own_years = {record.year for record in by_province.get(unit.slug, [])}
    groups = tuple(
        YearGroup(year, site_path(f"{unit.slug}/{year}/", lang) if year in own_years else None,
                  tuple(replace(links[record.url], former=mark) for record, mark in items),
                  len(items), count_plans(len(items), lang))
        for year, items in _group_sorted(plans, lambda item: item[0].year))
    records = [record for record, _ in plans]
    return ProvincePage(
        path=f"{unit.slug}/", province=unit.slug, lang=lang, template="province.html",
        title=capitalized(unit.full_name(lang)),
        crumbs=(trail(lang)[0], Crumb(label("provinces", lang), site_path("provinces/", lang)),
                Crumb(unit.name(lang), None)),
        count_label=count_plans(len(records), lang), notices=tuple(notices), groups=groups,
        empty=None if records else label("no_plans_here", lang, name=unit.full_name(lang)),
        year_nav=label("jump_to_year", lang) if len(groups) > 1 else None,
        charts=tuple(chart for chart in (_years_chart(records, lang, f"chart-years-{unit.slug}"),
                                         periods_timeline(records, lang, f"chart-periods-{unit.slug}"))
                     if chart))


def years_page(records: tuple[Record, ...], lang: str) -> YearsPage:
    """Every year with its count, newest first."""
    counts = _group(records, lambda r: r.year)
    rows = tuple(YearRow(year, site_path(f"{year}/", lang), count_plans(len(counts[year]), lang))
                 for year in sorted(counts, reverse=True))
    return YearsPage(path="years/", lang=lang, template="years.html", title=label("years", lang),
                     crumbs=(trail(lang)[0], Crumb(label("years", lang), None)), rows=rows,
                     chart=_years_chart(records, lang, "chart-years"))


def home_page(records: tuple[Record, ...], lang: str, today: dt.date) -> HomePage:
    """The home page's figures and lists in ``lang``, as of ``today``."""
    day = PartialDate.of(today).format(lang)
    running = [r for r in records if status(r.period, today) == RUNNING]
    more = len(running) - NEWEST
    return HomePage(
        lang=lang,
        totals=((str(len(records)), label("total_plans", lang)),
                (str(len({r.province for r in records} - {NATIONWIDE})), label("total_provinces", lang)),
                (str(len({r.year for r in records})), label("total_years", lang))),
        newest=tuple(plan_link(r, lang, today) for r in records[:NEWEST]),
        running=tuple(plan_link(r, lang, today) for r in running[:NEWEST]),
        running_more=label("running_more", lang, n=more) if more > 0 else None,
        none_running=label("none_running", lang, day=day),
        ways_in=(Crumb(label("by_province", lang), site_path("provinces/", lang)),
                 Crumb(label("by_year", lang), site_path("years/", lang)),
                 Crumb(label("by_movement", lang), site_path("movements/", lang)),
                 Crumb(label("search", lang), site_path("search/", lang))),
        chart=_years_chart(records, lang, "chart-years"),
        map=plans_map(_today_rows(by_province(records), lang), "", lang),
        labels={key: label(key, lang) for key in ("newest", "running_now", "ways_in", "totals")})


def _formers(unit: Unit) -> list[Unit]:
    """The former units now part of ``unit`` (merged into it, or its earlier names)."""
    return sorted((other for other in gazetteer().units.values()
                   if other.successor and other.slug != unit.slug
                   and gazetteer().today(other.slug).slug == unit.slug),
                  key=lambda other: other.slug)


def _unit_row(unit: Unit, by_province: dict[str, list[Record]], lang: str) -> UnitRow:
    count = len(by_province.get(unit.slug, []))
    return UnitRow(unit.slug, unit.name(lang), site_path(f"{unit.slug}/", lang), count,
                   count_plans(count, lang))


def _years_chart(records: list[Record], lang: str, chart_id: str) -> Optional[Chart]:
    if not records:
        return None
    counts = _group(records, lambda r: r.year)
    first, last = min(counts), max(counts)
    bars = [Bar(str(year), len(counts.get(year, []))) for year in range(last, first - 1, -1)]
    return bar_chart(chart_id, label("chart_per_year", lang),
                     label("chart_per_year_desc", lang, first=first, last=last), bars,
                     (label("year", lang), label("plans", lang)))


def _group(items: Iterable, key) -> dict:
    groups: dict = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def _group_sorted(items: list, key) -> list:
    """Groups in the order their first items come (items are already sorted)."""
    return list(_group(items, key).items())

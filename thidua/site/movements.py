"""The movement pages: the list of national movements (``/movements/``) and a page per
movement (``/movements/<slug>/``): what it is, what launched it, which provinces answered it
with which plans, which did not yet, a timeline and a map. Pure functions from records to page
values, like ``indexes``; the templates display them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from thidua.records.crossrefs import number_key
from thidua.records.gazetteer import NATIONWIDE, Unit, gazetteer
from thidua.records.model import Record
from thidua.records.movements import Movement, movements
from thidua.site.campaign import periods_timeline
from thidua.site.charts import Chart
from thidua.site.issuers import named_issuer
from thidua.site.labels import count_plans, label
from thidua.site.maps import MapKey, Shade, TileMap, tile_map
from thidua.site.ordering import today_units
from thidua.site.pages import Crumb, IndexPage, PlanLink, trail
from thidua.site.urls import site_path

ANSWERED = 3
"""The map's level of a province that answered a movement (0: not yet)."""


@dataclass(frozen=True)
class Launch:
    """A launching document as the page shows it, linked when the archive holds it."""

    number: Optional[str]
    date: str
    issuer: str
    issuer_lang: Optional[str]
    """``vi`` when an English page shows the issuer's Vietnamese name (no English one known)."""
    url: Optional[str]


@dataclass(frozen=True)
class Answer:
    """A province's plans that answer a movement."""

    name: str
    url: str
    plans: tuple[PlanLink, ...]


@dataclass(frozen=True)
class MovementRow:
    """A movement on the list page."""

    name: str
    url: str
    years: str
    count_label: str
    """How many plans answer it, from how many provinces."""


@dataclass(frozen=True)
class MovementsPage(IndexPage):
    intro: str
    rows: tuple[MovementRow, ...]

    def items(self) -> list[tuple[str, str]]:
        return [(row.name, row.url) for row in self.rows]


@dataclass(frozen=True)
class MovementPage(IndexPage):
    movement: str
    """Slug of the movement (its feed is ``movements/<slug>/feed.xml``)."""
    about: str
    years: str
    launches: tuple[Launch, ...]
    national: tuple[PlanLink, ...]
    """The national plans that launch or carry it out."""
    answers: tuple[Answer, ...]
    """Today's provinces with plans that answer it (their own or their former units'), in name
    order."""
    without: tuple[Crumb, ...]
    """Today's provinces with none in the archive."""
    count_label: str
    map: TileMap
    timeline: Optional[Chart]
    labels: dict[str, str] = field(default_factory=dict)

    def items(self) -> list[tuple[str, str]]:
        return [(plan.title, plan.url) for plan in self.national] + [
            (plan.title, plan.url) for answer in self.answers for plan in answer.plans]


def movement_pages(records: tuple[Record, ...], links: dict[str, PlanLink],
                   lang: str) -> list[IndexPage]:
    """The list of movements and a page per movement, in ``lang``; ``records`` newest first."""
    answering = {slug: [r for r in records if slug in r.movement] for slug in movements()}
    by_unit = {slug: _provinces(plans) for slug, plans in answering.items()}
    held = {number_key(r.number): links[r.url].url for r in records if r.number}
    units = today_units(lang)
    pages: list[IndexPage] = [MovementPage(
        path=f"movements/{movement.slug}/", lang=lang, template="movement.html",
        title=movement.name(lang),
        crumbs=(trail(lang)[0], Crumb(label("movements", lang), site_path("movements/", lang)),
                Crumb(movement.name(lang), None)),
        **_movement_values(movement, answering[movement.slug], by_unit[movement.slug], held,
                           units, links, lang))
        for movement in movements().values()]
    rows = tuple(MovementRow(movement.name(lang), site_path(f"movements/{movement.slug}/", lang),
                             movement_years(movement, lang),
                             _answered(answering[movement.slug], by_unit[movement.slug], lang))
                 for movement in movements().values())
    pages.insert(0, MovementsPage(
        path="movements/", lang=lang, template="movements.html", title=label("movements", lang),
        crumbs=(trail(lang)[0], Crumb(label("movements", lang), None)),
        intro=label("movements_intro", lang), rows=rows))
    return pages


def movement_years(movement: Movement, lang: str) -> str:
    """``2021–2025``, or ``từ 2011`` / ``since 2011`` for a movement with no stated end."""
    if movement.end is None:
        return label("since_year", lang, year=movement.start)
    return f"{movement.start}–{movement.end}" if movement.end != movement.start else str(movement.start)


def _answered(records: list[Record], by_unit: dict[str, list[Record]], lang: str) -> str:
    """``5 kế hoạch của 3 tỉnh, thành phố``, ``1 plan from 1 province and 2 national plans``,
    ``2 national plans``, ``No plans yet`` (``by_unit``: the provincial ones by today's unit)."""
    provincial = sum(len(plans) for plans in by_unit.values())
    national = len(records) - provincial
    parts = []
    if provincial:
        parts.append(label("movement_count", lang, plans=count_plans(provincial, lang),
                           provinces=label("one_province" if len(by_unit) == 1 else
                                           "many_provinces", lang, n=len(by_unit))))
    if national:
        parts.append(label("one_national" if national == 1 else "many_national", lang, n=national))
    return f" {label('and', lang)} ".join(parts) if parts else count_plans(0, lang)


def _provinces(records: list[Record]) -> dict[str, list[Record]]:
    """Records by today's unit of their province, national plans left out."""
    grouped: dict[str, list[Record]] = {}
    for record in records:
        if record.province != NATIONWIDE:
            grouped.setdefault(gazetteer().today(record.province).slug, []).append(record)
    return grouped


def _marked(link: PlanLink, record: Record, today: str, lang: str) -> PlanLink:
    """A plan under today's unit, marked with the former unit that issued it, if one did."""
    if record.province == today:
        return link
    return replace(link, former=label("former_unit", lang,
                                      name=gazetteer().get(record.province).full_name(lang)))


def _movement_values(movement: Movement, answering: list[Record],
                     by_unit: dict[str, list[Record]], held: dict[str, str], units: list[Unit],
                     links: dict[str, PlanLink], lang: str) -> dict:
    """The values of a movement's page; ``by_unit``: the plans answering it by today's unit;
    ``held``: the site path of each plan the archive holds, by its number's key; ``units``:
    today's units in name order."""
    launches = tuple(Launch(launch.number, launch.issued.format(lang),
                            *named_issuer(launch.issuer, lang),
                            held.get(number_key(launch.number)) if launch.number else None)
                     for launch in movement.launched_by)
    shades = {unit.slug: Shade(ANSWERED if unit.slug in by_unit else 0,
                               count_plans(len(by_unit.get(unit.slug, [])), lang))
              for unit in units}
    page_links = {unit.slug: site_path(f"{unit.slug}/", lang) for unit in units}
    the_map = tile_map(
        f"map-{movement.slug}", label("map_answered", lang),
        label("map_answered_desc", lang, n=len(by_unit), name=movement.name(lang)), shades,
        [MapKey(ANSWERED, label("map_key_answered", lang)),
         MapKey(0, label("map_key_not_yet", lang))],
        site_path(f"movements/{movement.slug}/", lang), lang,
        (label("province", lang), label("plans", lang)))
    return dict(
        movement=movement.slug, about=movement.about(lang), years=movement_years(movement, lang),
        launches=launches,
        national=tuple(links[r.url] for r in answering if r.province == NATIONWIDE),
        answers=tuple(Answer(unit.name(lang), page_links[unit.slug],
                             tuple(_marked(links[r.url], r, unit.slug, lang)
                                   for r in by_unit[unit.slug]))
                      for unit in units if unit.slug in by_unit),
        without=tuple(Crumb(unit.name(lang), page_links[unit.slug])
                      for unit in units if unit.slug not in by_unit),
        count_label=_answered(answering, by_unit, lang),
        map=the_map,
        timeline=periods_timeline(answering, lang, f"chart-periods-{movement.slug}"),
        labels={key: label(key, lang) for key in (
            "launched_by", "national_plans", "answered_by", "not_answered_yet", "launch_not_held",
            "movement_none_yet")})

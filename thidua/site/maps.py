"""A map of today's 34 provinces, drawn at build time as a tile grid: one equal tile per
province, placed roughly where it lies (as newspapers draw election maps), so it needs no
outline data. Each tile links to the province's page, is shaded by a level, and says its name
and value to a screen reader; a key explains the shades and a table says the same. Hoàng Sa and
Trường Sa are drawn as Vietnam's, as islands of Đà Nẵng and Khánh Hòa.

Like the charts (``thidua/site/charts.py``), the SVG takes its colours from the site's CSS
(``td-level-0`` … ``td-level-3``), so it follows light and dark mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from thidua.records.gazetteer import gazetteer
from thidua.site.charts import Chart, Table
from thidua.site.urls import relative_path, site_path

TILES: dict[str, tuple[int, int]] = {
    # the north: the north-west mountains, the north-east, the Red River delta
    "lai-chau": (1, 0), "lao-cai": (2, 0), "tuyen-quang": (3, 0), "cao-bang": (4, 0),
    "dien-bien": (0, 1), "son-la": (1, 1), "phu-tho": (2, 1), "thai-nguyen": (3, 1),
    "lang-son": (4, 1),
    "ha-noi": (2, 2), "bac-ninh": (3, 2), "quang-ninh": (4, 2),
    "ninh-binh": (2, 3), "hung-yen": (3, 3), "hai-phong": (4, 3),
    # the centre, along the coast, and the Central Highlands
    "thanh-hoa": (2, 4), "nghe-an": (2, 5), "ha-tinh": (3, 6), "quang-tri": (3, 7),
    "hue": (4, 8), "da-nang": (4, 9), "quang-ngai": (4, 10), "gia-lai": (4, 11),
    "dak-lak": (4, 12), "lam-dong": (3, 13), "khanh-hoa": (4, 13),
    # the south-east and the Mekong delta
    "tay-ninh": (1, 14), "dong-nai": (2, 14), "dong-thap": (1, 15), "ho-chi-minh": (2, 15),
    "an-giang": (0, 16), "can-tho": (1, 16), "vinh-long": (2, 16), "ca-mau": (0, 17),
}
"""Column and row of each of today's provinces."""

ISLANDS = (("hoang-sa", "da-nang", (5.9, 8.6)), ("truong-sa", "khanh-hoa", (5.9, 14.4)))
"""Vietnam's archipelagos in the East Sea: (key, the province they belong to, where drawn)."""

ISLAND_NAMES = {
    "hoang-sa": {"vi": "Quần đảo Hoàng Sa", "en": "Hoàng Sa (Paracel) Islands"},
    "truong-sa": {"vi": "Quần đảo Trường Sa", "en": "Trường Sa (Spratly) Islands"},
}

TILE_W, TILE_H, GAP = 54, 42, 2
WIDTH = 7 * TILE_W
HEIGHT = 18 * TILE_H + 4


@dataclass(frozen=True)
class Shade:
    """A province on the map: its level (0 to 3, the shade the key explains), and its value as
    said with its name and in the table (``3 kế hoạch``)."""

    level: int
    value: str


@dataclass(frozen=True)
class MapKey:
    level: int
    label: str


@dataclass(frozen=True)
class TileMap(Chart):
    """A map: a chart whose picture links each province, with a key."""

    key: tuple[MapKey, ...] = ()


def tile_map(map_id: str, title: str, description: str, shades: dict[str, Shade],
             key: list[MapKey], page: str, lang: str, headers: tuple[str, str]) -> TileMap:
    """The map of ``shades`` (one per today's province, by slug), drawn on the page at site
    path ``page``, each tile linking to its province's page; the table lists the provinces in
    the order given."""
    links = {slug: relative_path(page, site_path(f"{slug}/", lang)) for slug in shades}
    body = []
    for slug, shade in sorted(shades.items(), key=lambda item: TILES[item[0]][::-1]):
        col, row = TILES[slug]  # (in reading order, row by row: the order of keyboard focus)
        x, y = col * TILE_W, row * TILE_H
        name = gazetteer().get(slug).name(lang)
        lines = _lines(name)  # in one text, read as the name: "Thái Nguyên", not "TháiNguyên"
        top = round(y + TILE_H / 2 + 4 - (len(lines) - 1) * 5.5, 1)
        text = (f'<text x="{x + TILE_W / 2}" y="{top}" text-anchor="middle">'
                + " ".join(f'<tspan x="{x + TILE_W / 2}" dy="{11 if i else 0}">{escape(line)}</tspan>'
                           for i, line in enumerate(lines)) + "</text>")
        body.append(
            f'<a href="{escape(links[slug])}" aria-label="{escape(f"{name}: {shade.value}")}">'
            f'<rect class="td-tile td-level-{shade.level}" x="{x + GAP / 2}" y="{y + GAP / 2}" '
            f'width="{TILE_W - GAP}" height="{TILE_H - GAP}" rx="3"/>{text}</a>')
    for island, province, (col, row) in ISLANDS:
        x, y = round(col * TILE_W, 1), round(row * TILE_H, 1)
        name = ISLAND_NAMES[island][lang]
        level = shades[province].level
        dots = "".join(f'<circle class="td-island td-level-{level}" cx="{x + dx}" cy="{y + dy}" '
                       f'r="3"/>' for dx, dy in ((0, 0), (9, 5), (3, 11), (13, 14), (-4, 8)))
        owner = gazetteer().get(province).name(lang)
        body.append(f'<a href="{escape(links[province])}" aria-label="{escape(f"{name} ({owner})")}">'
                    f'{dots}<text class="td-island-name" x="{x + 4}" y="{y + 30}" '
                    f'text-anchor="middle">{escape(name.split(" (")[0])}</text></a>')
    svg = (f'<svg class="td-map-svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="group" '
           f'aria-labelledby="{map_id}-t {map_id}-d" xmlns="http://www.w3.org/2000/svg">'
           f'<title id="{map_id}-t">{escape(title)}</title>'
           f'<desc id="{map_id}-d">{escape(description)}</desc>' + "".join(body) + "</svg>")
    rows = tuple((gazetteer().get(slug).name(lang), shade.value) for slug, shade in shades.items())
    return TileMap(map_id, title, description, svg, Table(title, headers, rows), tuple(key))


def _lines(name: str) -> list[str]:
    """A name on at most two lines of about ten characters (``Hồ Chí`` / ``Minh``)."""
    words = name.split()
    if len(name) <= 10 or len(words) == 1:
        return [name]
    best = min(range(1, len(words)), key=lambda cut: abs(len(" ".join(words[:cut]))
                                                          - len(" ".join(words[cut:]))))
    return [" ".join(words[:best]), " ".join(words[best:])]

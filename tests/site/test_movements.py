"""National movements as readers meet them (issue 21): the list and a page per movement in both
languages, its launching documents, the provinces that answered it and those that did not, a
map of the 34 provinces, its feed, the link from each plan, and the movement in the data and the
search filters; read back from real builds."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from thidua.records.archive import load_archive
from thidua.records.gazetteer import MERGER_DAY, gazetteer
from thidua.records.movements import movements
from thidua.site.maps import TILES

ROOT = Path(__file__).resolve().parents[2]


def page(site: Path, url: str) -> BeautifulSoup:
    path = site / url / "index.html"
    assert path.exists(), f"{url} was not built"
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def text(node) -> str:
    return node.get_text(" ", strip=True)


def resolves(site: Path, url: str, href: str) -> bool:
    """Whether a relative link on the page at ``url`` leads to a page of the site."""
    target = (site / url / href).resolve()
    return (target / "index.html").exists() if href.endswith("/") else target.exists()


@pytest.mark.parametrize("lang, title, vhcs", [
    ("", "Phong trào thi đua toàn quốc",
     "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"),
    ("en/", "National movements",
     "Cadres, civil servants and public employees emulate in practising workplace culture")])
def test_the_list_names_every_movement_with_its_plans_and_provinces(site, lang, title, vhcs):
    listing = page(site, f"{lang}movements/")
    assert text(listing.h1) == title
    rows = {text(li.a): text(li) for li in listing.select(".td-movements li")}
    assert len(rows) == len(movements())  # every movement of the table, even one with no plan yet
    said = rows[vhcs]
    assert ("2 kế hoạch của 2 tỉnh, thành phố" if not lang else "2 plans from 2 provinces") in said
    assert ("2019–2025") in said


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_movement_page_shows_its_launch_the_provinces_that_answered_and_those_that_did_not(
        site, lang):
    url = f"{lang}movements/van-hoa-cong-so/"
    movement = page(site, url)
    launches = [text(li) for li in movement.select(".td-launches li")]
    assert launches == (["733/QĐ-TTg, 14/6/2019, Thủ tướng Chính phủ (chưa có trong lưu trữ)"]
                        if not lang else
                        ["733/QĐ-TTg, 14 June 2019, Prime Minister (not in the archive)"])
    answered = [text(h3) for h3 in movement.select("#td-answered ~ h3, section h3")]
    assert answered == (["Cao Bằng", "Cần Thơ"] if not lang else ["Can Tho", "Cao Bang"])  # (a < ă < â)
    plans = [a["href"] for a in movement.select(".td-plan-list a")]
    assert len(plans) == 2 and all(resolves(site, url, href) for href in plans)
    without = [text(a) for a in movement.select(".td-without li a")]
    assert len(without) == 32 and ("Hà Nội" if not lang else "Hanoi") in without


def test_a_plan_of_a_former_unit_is_listed_under_todays_and_marked(site):
    movement = page(site, "movements/chao-mung-dai-hoi-xiii/")
    assert [text(h3) for h3 in movement.select("section h3")] == ["Cần Thơ"]
    assert "tỉnh Hậu Giang (cũ)" in text(movement.select_one(".td-plan-list"))


def test_a_movement_no_plan_answers_says_so(site):
    movement = page(site, "en/movements/phong-chong-covid-19/")
    assert "The archive holds no plan answering this movement yet." in text(movement)
    assert len(movement.select(".td-without li")) == 34


@pytest.mark.parametrize("url", ["movements/van-hoa-cong-so/", "en/provinces/", "", "en/"])
def test_the_map_has_every_province_linked_shaded_and_named_and_the_islands(site, url):
    html = page(site, url)
    figure = html.select_one("figure.td-map")
    svg = figure.svg
    assert svg["role"] == "group" and svg.title and svg.desc
    tiles = [a for a in svg.find_all("a") if a.find("rect")]
    assert len(tiles) == 34 == len(TILES)
    for tile in tiles:
        assert resolves(site, url, tile["href"]), tile["href"]
        assert tile["aria-label"].split(": ")[0] == tile.find("text").get_text()  # as it reads
    islands = [a["aria-label"] for a in svg.find_all("a") if not a.find("rect")]
    if url.startswith("en/"):
        assert islands == ["Hoàng Sa (Paracel) Islands (Da Nang)", "Trường Sa (Spratly) Islands (Khanh Hoa)"]
    else:
        assert len(islands) == 2 and islands[0].startswith("Quần đảo Hoàng Sa")
    assert len(figure.select(".td-map-key li")) >= 2
    assert len(figure.select("table tbody tr")) == 34


def test_the_movement_map_shades_the_provinces_that_answered(site):
    svg = page(site, "movements/van-hoa-cong-so/").select_one("figure.td-map svg")
    dark = sorted(a["aria-label"].split(":")[0] for a in svg.find_all("a")
                  if a.find("rect", class_="td-level-3"))
    assert dark == ["Cao Bằng", "Cần Thơ"]


def test_the_tiles_are_todays_34_provinces_each_in_its_own_place():
    today = {unit.slug for unit in gazetteer().units.values()
             if unit.existed_on(MERGER_DAY) and unit.kind != "nation"}
    assert set(TILES) == today
    assert len(set(TILES.values())) == 34


@pytest.mark.parametrize("lang, label", [("", "Phong trào toàn quốc"), ("en/", "National movement")])
def test_each_plan_links_to_its_movements(site, lang, label):
    url = f"{lang}can-tho/2023/97-kh-ubnd/"
    plan = page(site, url)
    rows = plan.select(".td-fact-movement")
    assert [text(row.dt) for row in rows] == [label] * 4
    for row in rows:
        assert resolves(site, url, row.dd.a["href"])


@pytest.mark.parametrize("lang", ["", "en"])
def test_a_movement_has_its_own_feed(site, lang):
    folder = site / lang / "movements" / "van-hoa-cong-so"
    feed = feedparser.parse((folder / "feed.xml").read_text("utf-8"))
    assert not feed.bozo
    assert sorted(entry.title.split(":")[0] for entry in feed.entries) == ["2255/KH-UBND",
                                                                          "97/KH-UBND"]
    head = page(site, f"{lang}/movements/van-hoa-cong-so/".lstrip("/"))
    assert "feed.xml" in [link["href"] for link in head.select('link[type="application/atom+xml"]')]


def test_the_data_name_each_plans_movements(site):
    record = json.loads((site / "can-tho/2023/97-kh-ubnd/record.json").read_text("utf-8"))
    assert record["movement"] == ["nong-thon-moi", "vi-nguoi-ngheo", "doanh-nghiep-hoi-nhap",
                                  "van-hoa-cong-so"]
    rows = {row["number"]: row for row in csv.DictReader(io.StringIO(
        (site / "data/plans.csv").read_text("utf-8")))}
    assert rows["2255/KH-UBND"]["movement"] == "van-hoa-cong-so"
    assert rows["97/KH-UBND"]["movement"].split(" | ") == record["movement"]
    schema = json.loads((site / "data/record.schema.json").read_text("utf-8"))
    assert set(schema["properties"]["movement"]["items"]["enum"]) == set(movements())


def test_the_search_page_filters_by_movement(site):
    search = page(site, "en/search/")
    options = {option["value"]: text(option) for option in search.select('select[name="movement"] option')}
    assert options[""] == "All movements" and "van-hoa-cong-so" in options
    assert "phong-chong-covid-19" not in options  # no plan answers it: no empty choice
    folder = search.select_one("#td-search")["data-base"]
    facets = json.loads((site / "en/search" / folder / "facets.json").read_text("utf-8"))
    named = [[facets["movements"][m] for m in doc[3]] for doc in facets["docs"]]
    assert ["van-hoa-cong-so"] in named


def test_every_record_whose_title_text_or_cites_name_a_movement_names_it():
    """What a plan is (its title, its occasion, its text where the archive holds it) or a
    launching document it cites names the movement it answers; a summary may also name
    movements a province looked back on, which it does not answer."""
    from thidua.editing.movements import named_in
    from thidua.records.loader import read_body

    archive = load_archive(ROOT / "content")
    for record in archive.records:
        words = " ".join(filter(None, [record.title, record.occasion,
                                       read_body(ROOT / record.path) if record.has_text else ""]))
        for movement, why in named_in(words, record.cites):
            assert movement.slug in record.movement, (record.path, movement.slug, why)
    assert sum(1 for record in archive.records if record.movement) >= 40


def test_at_least_five_movements_are_answered_by_two_provinces_or_more():
    archive = load_archive(ROOT / "content")
    answered = {slug: {gazetteer().today(r.province).slug for r in archive.records
                       if slug in r.movement and r.province != "toan-quoc"} for slug in movements()}
    assert sum(1 for provinces in answered.values() if len(provinces) >= 2) >= 5


@pytest.mark.parametrize("lang, said", [
    ("vi", "1 kế hoạch của 1 tỉnh, thành phố và 2 kế hoạch cấp trung ương"),
    ("en", "1 plan from 1 province and 2 national plans")])
def test_national_plans_are_counted_apart_from_the_provinces(lang, said):
    import datetime as dt

    from conftest import make_record
    from thidua.records.dates import PartialDate
    from thidua.site.movements import movement_pages
    from thidua.site.pages import plan_link

    records = (make_record(url="toan-quoc/2024/39-ct-ttg/", province="toan-quoc", number="39/CT-TTg",
                           issuer="Thủ tướng Chính phủ", issuer_level="national", issuer_code="ttg",
                           movement=("chao-mung-dai-hoi-xiv",)),
               make_record(url="toan-quoc/2025/2437-qd-ttg/", province="toan-quoc",
                           number="2437/QĐ-TTg", issuer="Thủ tướng Chính phủ",
                           issuer_level="national", issuer_code="ttg",
                           issued=PartialDate(2025, 11, 4), movement=("chao-mung-dai-hoi-xiv",)),
               make_record(movement=("chao-mung-dai-hoi-xiv",)))
    today = dt.date(2026, 1, 1)
    links = {record.url: plan_link(record, lang, today) for record in records}
    pages = {page.path: page for page in movement_pages(records, links, lang)}
    assert pages["movements/chao-mung-dai-hoi-xiv/"].count_label == said
    assert len(pages["movements/chao-mung-dai-hoi-xiv/"].national) == 2
    listed = {row.url.split("/")[-2]: row.count_label for row in pages["movements/"].rows}
    assert listed["chao-mung-dai-hoi-xiv"] == said
    assert listed["phong-chong-covid-19"] == ("Chưa có kế hoạch" if lang == "vi" else "No plans yet")

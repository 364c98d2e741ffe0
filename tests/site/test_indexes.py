"""The index pages of a real build, read back from its HTML, in both languages."""

from __future__ import annotations

import posixpath

import pytest
from bs4 import BeautifulSoup

from conftest import build_site, copy_seed_content, make_project, record_text

CAN_THO_PLANS = ["can-tho/2023/97-kh-ubnd/", "hau-giang/2019/1460-kh-ubnd/"]


def page(site, url: str) -> BeautifulSoup:
    path = site / url / "index.html"
    assert path.exists(), f"{url} was not built"
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def targets(soup: BeautifulSoup, url: str, selector: str) -> list[str]:
    """Site paths the links under ``selector`` lead to, from the page at ``url``."""
    return [posixpath.normpath(posixpath.join("/" + url, a["href"])).lstrip("/") + "/"
            for a in soup.select(selector)]


def texts(soup: BeautifulSoup, selector: str) -> list[str]:
    return [node.get_text(" ", strip=True) for node in soup.select(selector)]


@pytest.mark.parametrize("lang, count, former_count, empty, intro", [
    ("", "2 kế hoạch", "1 kế hoạch", "Chưa có kế hoạch", "Từ ngày 1/7/2025, cả nước có 34 tỉnh, "
     "thành phố; dưới mỗi đơn vị là các tỉnh, thành phố cũ đã hợp nhất vào."),
    ("en/", "2 plans", "1 plan", "No plans yet", "Since 1 July 2025, Vietnam has 34 provinces and "
     "centrally-run cities; under each are the former units merged into it."),
])
def test_provinces_page_lists_todays_34_units_with_their_former_ones(site, lang, count,
                                                                    former_count, empty, intro):
    soup = page(site, f"{lang}provinces/")
    assert intro in [p.get_text(" ", strip=True) for p in soup.select("article p")]
    units = soup.select("ul.td-units > li")  # those with plans, in the language's order
    assert [li.a.get_text() for li in units] == (
        ["Cao Bằng", "Cần Thơ", "Đà Nẵng", "Hải Phòng"] if not lang  # a < ă < â, d < đ
        else ["Can Tho", "Cao Bang", "Da Nang", "Hai Phong"])
    without = [a.get_text() for a in soup.select(".td-without li a")]  # the others, apart
    assert len(units) + len(without) == 34
    assert f"{lang}ha-noi/" in targets(soup, f"{lang}provinces/", ".td-without li a")
    assert without[:3] == (["An Giang", "Bắc Ninh", "Cà Mau"] if not lang
                           else ["An Giang", "Bac Ninh", "Ca Mau"])
    assert [bar.get_text() for bar in soup.select(".td-chart table tbody th")] == [
        li.a.get_text() for li in units]  # no bar for a unit without plans
    can_tho = next(li for li in units if li.a["href"].endswith("can-tho/"))
    assert can_tho.select_one(":scope > .td-count").get_text() == count
    formers = {li.a.get_text(): li.select_one(".td-count").get_text()
               for li in can_tho.select(".td-formers li")}
    assert formers == ({"Hậu Giang": former_count, "Sóc Trăng": empty} if not lang
                       else {"Hau Giang": former_count, "Soc Trang": empty})
    assert targets(soup, f"{lang}provinces/", ".td-without li a")[0] == f"{lang}an-giang/"


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_merged_province_lists_its_former_units_plans_marked(site, lang):
    soup = page(site, f"{lang}can-tho/")
    assert targets(soup, f"{lang}can-tho/", ".td-plan-item > a") == [f"{lang}{u}" for u in CAN_THO_PLANS]
    assert texts(soup, ".td-year h2") == (["2023 1 kế hoạch", "2019 1 kế hoạch"] if not lang
                                          else ["2023 1 plan", "2019 1 plan"])
    assert [(a.get_text(), a["href"]) for a in soup.select(".td-year-nav a")] == [
        ("2023", "#td-year-2023"), ("2019", "#td-year-2019")]  # a phone reader jumps to a year
    assert texts(soup, ".td-notice") == (
        ["Trang này gồm cả các kế hoạch của tỉnh Hậu Giang và tỉnh Sóc Trăng, các đơn vị hành chính "
         "cũ nay đã hợp nhất vào; mỗi kế hoạch ấy ghi rõ đơn vị cũ."] if not lang else
        ["This page also lists the plans of Hau Giang Province and Soc Trang Province, former "
         "units now part of it; each of them is marked with its former unit."])
    marks = texts(soup, ".td-plan-item .td-former")
    assert marks == (["tỉnh Hậu Giang (cũ)"] if not lang else ["former Hau Giang Province"])
    # The year heading links to the province-year page only where Cần Thơ itself issued plans.
    assert targets(soup, f"{lang}can-tho/", ".td-year h2 a") == [f"{lang}can-tho/2023/"]


@pytest.mark.parametrize("lang, text", [
    ("", "Từ ngày 1/7/2025, tỉnh Hậu Giang là một phần của thành phố Cần Thơ."),
    ("en/", "Since 1 July 2025, Hau Giang Province has been part of Can Tho City."),
])
def test_a_former_province_says_where_it_belongs_now(site, lang, text):
    soup = page(site, f"{lang}hau-giang/")
    notice = soup.select_one(".td-notice")
    assert notice.get_text() == text  # one sentence, its link inside it
    assert targets(soup, f"{lang}hau-giang/", ".td-notice a") == [f"{lang}can-tho/"]
    assert targets(soup, f"{lang}hau-giang/", ".td-plan-item > a") == [
        f"{lang}hau-giang/2019/1460-kh-ubnd/"]


def test_a_province_without_plans_says_so(site):
    soup = page(site, "ha-noi/")
    assert "Lưu trữ chưa có kế hoạch nào của thành phố Hà Nội." in soup.get_text()
    assert soup.select(".td-plan-item") == [] and soup.select(".td-chart") == []


def test_province_year_page(site):
    soup = page(site, "can-tho/2023/")
    assert soup.h1.get_text() == "Kế hoạch của thành phố Cần Thơ năm 2023"
    assert targets(soup, "can-tho/2023/", ".td-plan-item > a") == ["can-tho/2023/97-kh-ubnd/"]
    assert "18/1/2023 (theo ngày đăng tin)" in soup.select_one(".td-plan-item .td-meta").get_text()
    en = page(site, "en/can-tho/2023/")
    assert en.h1.get_text() == "Plans of Can Tho City, 2023"
    assert "18 January 2023 (article date)" in en.select_one(".td-plan-item .td-meta").get_text()
    # a page that may hold a single plan says where to go next
    assert [(a.get_text(), a["href"]) for a in soup.select(".td-more a")] == [
        ("Mọi kế hoạch của thành phố Cần Thơ", "../"), ("Kế hoạch ban hành năm 2023", "../../2023/"),
        ("Tìm kiếm", "../../search/")]
    assert [a.get_text() for a in page(site, "en/2023/").select(".td-more a")] == [
        "Years", "Provinces", "Search"]


@pytest.mark.parametrize("lang, headings", [("", ["Tỉnh Cao Bằng", "Thành phố Cần Thơ"]),  # a < â
                                            ("en/", ["Can Tho City", "Cao Bang Province"])])
def test_year_page_groups_by_province(site, lang, headings):
    soup = page(site, f"{lang}2023/")
    assert texts(soup, ".td-group h2") == headings
    assert len(soup.select(".td-plan-item")) == 2


def test_years_overview(site):
    soup = page(site, "years/")
    rows = [(li.a.get_text(), li.select_one(".td-count").get_text()) for li in soup.select(".td-years li")]
    assert rows == [("2024", "1 kế hoạch"), ("2023", "2 kế hoạch"), ("2021", "1 kế hoạch"),
                    ("2019", "1 kế hoạch")]


@pytest.mark.parametrize("lang, totals, none_running", [
    ("", ["5 kế hoạch", "5 tỉnh, thành phố ban hành", "4 năm"],
     "Không có phong trào nào đang diễn ra (tính đến 22/11/2026)."),
    ("en/", ["5 plans", "5 issuing provinces", "4 years"], "No emulation movement is running (as of 22 November 2026)."),
])
def test_home_page_figures_and_ways_in(site, lang, totals, none_running):
    soup = page(site, lang)
    assert texts(soup, ".td-totals li") == totals
    assert targets(soup, lang, ".td-ways a") == [f"{lang}provinces/", f"{lang}years/",
                                                 f"{lang}movements/", f"{lang}search/"]
    assert none_running in soup.get_text(" ", strip=True)
    newest = targets(soup, lang, ".td-newest .td-plan-item > a")
    assert newest == [f"{lang}{u}" for u in ["da-nang/2024/kh-ubnd-2024-02-20/",
                                             "cao-bang/2023/2255-kh-ubnd/", "can-tho/2023/97-kh-ubnd/",
                                             "hai-phong/2021/220-kh-ubnd/",
                                             "hau-giang/2019/1460-kh-ubnd/"]]
    # the newest plans come first, before the running campaigns and the figures
    order = [section.h2["id"] for section in soup.select("article section, article nav")
             if section.h2 and section.h2.get("id")]
    assert order[:4] == ["td-ways-heading", "td-newest-heading", "td-running-heading",
                         "td-totals-heading"]


def test_charts_have_a_title_a_description_and_a_table(site):
    for url, lang in [("", "vi"), ("en/", "en")]:
        chart = page(site, url).select_one(".td-chart")
        svg = chart.select_one("svg")
        assert svg["role"] == "img"
        title = svg.select_one("title").get_text()
        assert title == ("Số kế hoạch theo năm" if lang == "vi" else "Plans per year")
        assert svg.select_one("desc").get_text()
        rows = [[cell.get_text() for cell in tr.select("th, td")] for tr in chart.select("tbody tr")]
        assert rows == [["2024", "1"], ["2023", "2"], ["2022", "0"], ["2021", "1"], ["2020", "0"],
                        ["2019", "1"]]
        assert 'fill="#' not in str(svg)  # colours come from the stylesheet (dark mode)
    timeline = page(site, "en/cao-bang/").select("#chart-periods-cao-bang tbody tr")
    assert [[c.get_text() for c in tr.select("th, td")] for tr in timeline] == [
        ["2255/KH-UBND", "August 2023", "August 2024"]]


@pytest.mark.parametrize("url, crumbs", [
    ("hau-giang/2019/1460-kh-ubnd/", ["Trang chủ", "Hậu Giang", "2019", "1460/KH-UBND"]),
    ("en/can-tho/2023/", ["Home", "Can Tho", "2023"]),
    ("en/2023/", ["Home", "Years", "2023"]),
    ("can-tho/", ["Trang chủ", "Tỉnh, thành phố", "Cần Thơ"]),
])
def test_breadcrumbs(site, url, crumbs):
    assert texts(page(site, url), ".td-crumbs li") == crumbs


@pytest.mark.parametrize("url", ["provinces/", "can-tho/", "can-tho/2023/", "2023/", "years/"])
def test_language_switch_on_generated_pages(site, url):
    to_en = page(site, url).select_one('a.md-select__link[hreflang="en"]')["href"]
    to_vi = page(site, f"en/{url}").select_one('a.md-select__link[hreflang="vi"]')["href"]
    assert posixpath.normpath(posixpath.join(url, to_en)) + "/" == f"en/{url}"
    assert posixpath.normpath(posixpath.join(f"en/{url}", to_vi)) + "/" == url


def test_navigation_has_the_ways_in_and_no_records(site):
    nav = texts(page(site, "en/"), "nav.md-tabs a")
    assert nav == ["Home", "Provinces", "Years", "Search", "Data", "About"]
    assert len(page(site, "").select("nav.md-nav--primary a")) < 12


def linking_pages(site, target: str) -> set[str]:
    """Every page whose links lead to ``target`` (a site path)."""
    found = set()
    for html in site.rglob("index.html"):
        url = html.parent.relative_to(site).as_posix() + "/"
        url = "" if url == "./" else url
        soup = BeautifulSoup(html.read_text("utf-8"), "html.parser")
        plan = target.removeprefix("en/")
        if target in targets(soup, url, "a[href]") and url not in (plan, f"en/{plan}"):
            found.add(url)
    return found


def test_a_new_record_appears_exactly_where_it_belongs(tmp_path, site):
    content = copy_seed_content(tmp_path / "content")  # the records of `site`
    new = content / "cao-bang" / "2022" / "12-kh-ubnd.md"
    new.parent.mkdir()
    new.write_text(record_text(issued="2022-05-04", period={"start": "2022-05", "end": "2022-12"}),
                   "utf-8")
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content), out)
    assert result.returncode == 0, result.stderr
    for lang in ("", "en/"):
        target = f"{lang}cao-bang/2022/12-kh-ubnd/"
        assert linking_pages(out, target) == {f"{lang}cao-bang/", f"{lang}cao-bang/2022/",
                                              f"{lang}2022/", lang}
    assert "2022 1 kế hoạch" in texts(page(out, "years/"), ".td-years li")
    cao_bang = [li for li in page(out, "provinces/").select("ul.td-units > li")
                if li.a["href"].endswith("cao-bang/")][0]
    assert cao_bang.select_one(".td-count").get_text() == "2 kế hoạch"
    assert texts(page(out, ""), ".td-totals li")[0] == "6 kế hoạch"
    assert linking_pages(site, "cao-bang/2022/12-kh-ubnd/") == set()


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_moved_plans_old_addresses_lead_to_where_it_is_now(site, lang):
    moved = page(site, f"{lang}can-tho/2024/kh-ubnd-2024-02-20/")  # placed in the wrong city first
    assert moved.find("meta", attrs={"http-equiv": "refresh"})["content"].endswith(
        "da-nang/2024/kh-ubnd-2024-02-20/")
    emptied = page(site, f"{lang}can-tho/2024/")  # the year it left with no plan of Cần Thơ
    refresh = emptied.find("meta", attrs={"http-equiv": "refresh"})["content"]
    assert targets(emptied, f"{lang}can-tho/2024/", "a") == [f"{lang}can-tho/"]
    href = refresh.split("url=")[1]
    assert posixpath.normpath(posixpath.join(f"/{lang}can-tho/2024/", href)) == f"/{lang}can-tho"
    assert emptied.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert (site / f"{lang}da-nang/2024/index.html").exists()


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_timelines_labels_are_read_whole(site, lang):
    svg = page(site, f"{lang}da-nang/").select_one("#chart-periods-da-nang svg")
    labels = [text.get_text() for text in svg.select("text.td-label")]
    assert labels == (["20/2/2024"] if not lang else ["20 February 2024"])  # no "…"

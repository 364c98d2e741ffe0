"""The search page in a real headless Chromium, over the built site served on 127.0.0.1."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

# Slow (drives Chromium): `make check` leaves it out.
pytestmark = pytest.mark.slow

CAN_THO = {"can-tho/2023/97-kh-ubnd/", "hau-giang/2019/1460-kh-ubnd/"}


def results(tab, served, address: str) -> list[str]:
    """Open a search address and return the site paths of the results, in order."""
    tab.goto(served + address)
    return shown(tab, served)


def shown(tab, served) -> list[str]:
    # Until the search page has loaded and says how many it found (not "Searching…").
    tab.wait_for_function("(() => { const s = document.getElementById('td-search-status');"
                          " return s && s.textContent && !/…$/.test(s.textContent); })()")
    links = tab.eval_on_selector_all("#td-search-results .td-plan-item > a", "as => as.map(a => a.href)")
    root = served.rstrip("/")
    return [link.removeprefix(root).lstrip("/").removeprefix("en/") for link in links]


@pytest.mark.parametrize("query", ["can+tho", "Cần+Thơ", "CẦN+THƠ", "Can+Tho"])
def test_with_or_without_diacritics_the_same_plans(tab, served, query):
    assert set(results(tab, served, f"search/?q={query}")) == CAN_THO


def test_d_matches_dj_and_a_province_without_diacritics(tab, served):
    assert "hau-giang/2019/1460-kh-ubnd/" in results(tab, served, "search/?q=dang")
    assert results(tab, served, "search/?q=hau+giang") == ["hau-giang/2019/1460-kh-ubnd/"]


@pytest.mark.parametrize("query", ["2255%2FKH-UBND", "2255%2Fkh-ubnd", "2255+KH-UBND",
                                   "2255-kh-ubnd", "2255"])
def test_a_number_puts_its_plan_first(tab, served, query):
    assert results(tab, served, f"search/?q={query}")[0] == "cao-bang/2023/2255-kh-ubnd/"


def test_filters_by_province_former_and_today_and_by_year(tab, served):
    assert set(results(tab, served, "search/?province=can-tho")) == CAN_THO
    assert results(tab, served, "search/?province=hau-giang") == ["hau-giang/2019/1460-kh-ubnd/"]
    assert set(results(tab, served, "search/?year=2023")) == {"can-tho/2023/97-kh-ubnd/",
                                                              "cao-bang/2023/2255-kh-ubnd/"}
    assert results(tab, served, "search/?q=can+tho&year=2023") == ["can-tho/2023/97-kh-ubnd/"]


def test_english_search(tab, served):
    found = results(tab, served, "en/search/?q=emulation+anniversary+Cao+Bang")
    assert found[0] == "cao-bang/2023/2255-kh-ubnd/"
    assert tab.inner_text("#td-search-status") == "1 plan found."
    assert tab.locator("#td-search-results mark").first.inner_text() in ("emulation", "Emulation")


def test_typing_updates_the_address_and_back_restores_it(tab, served):
    tab.goto(served + "search/")
    assert "Nhập từ khóa" in tab.inner_text("#td-search-status")
    tab.fill("#td-q", "hau giang")
    tab.keyboard.press("Enter")
    assert shown(tab, served) == ["hau-giang/2019/1460-kh-ubnd/"]
    assert urlsplit(tab.url).query == "q=hau+giang"
    tab.select_option("select[name=year]", "2019")
    shown(tab, served)
    assert urlsplit(tab.url).query == "q=hau+giang&year=2019"
    tab.go_back()
    tab.wait_for_function("document.querySelector('select[name=year]').value === ''")
    assert shown(tab, served) == ["hau-giang/2019/1460-kh-ubnd/"]
    shared = tab.url
    again = tab.context.new_page()
    again.goto(shared)
    assert shown(again, served) == ["hau-giang/2019/1460-kh-ubnd/"]


def test_no_result_says_what_to_try(tab, served):
    assert results(tab, served, "search/?q=xyzzy") == []
    assert tab.inner_text("#td-search-status").startswith("Không tìm thấy kế hoạch nào cho “xyzzy”")


def test_the_header_box_leads_to_the_search_page(tab, served):
    tab.goto(served + "en/provinces/")
    tab.fill("#td-search-box-q", "covid")
    tab.keyboard.press("Enter")
    assert shown(tab, served) == ["hai-phong/2021/220-kh-ubnd/"]
    assert urlsplit(tab.url).path == "/en/search/"


def test_keyboard_alone_searches_and_reaches_a_result(tab, served):
    tab.goto(served + "search/")
    assert tab.evaluate("document.activeElement.id") == "td-q"
    tab.keyboard.type("cao bang")
    tab.keyboard.press("Enter")
    shown(tab, served)
    for _ in range(10):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.closest('#td-search-results') !== null"):
            break
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/cao-bang/2023/2255-kh-ubnd/")


def test_a_submitted_search_is_not_drawn_again_under_the_reader(tab, served):
    tab.goto(served + "search/")
    tab.keyboard.type("cao bang")
    tab.keyboard.press("Enter")  # at once, before the typing's own search (200 ms later) runs
    shown(tab, served)
    tab.evaluate("document.querySelector('#td-search-results li').dataset.seen = 'yes'")
    tab.wait_for_timeout(600)
    assert tab.evaluate("document.querySelector('#td-search-results li').dataset.seen") == "yes"


def test_no_request_leaves_the_site_and_nothing_fails(tab, served):
    results(tab, served, "search/?q=can+tho")
    hosts = {urlsplit(url).netloc for url in tab.requests}
    assert hosts == {urlsplit(served).netloc}
    search_files = [url for url in tab.requests if "/search/" in url and url.endswith(".json")]
    assert any(re.search(r"/search/[0-9a-f]{12}/index\.json$", url) for url in search_files)


def test_the_search_benchmark_reports_every_query(site, browser):
    from thidua.bench.search import QUERIES, measure, table

    report = measure(site, runs=1, browser=browser)
    assert [q["query"] for q in report["queries"]] == [query for _, query in QUERIES]
    for query in report["queries"]:
        paths = [f["path"] for f in query["files"]]
        assert query["gzip_bytes"] == sum(f["gzip"] for f in query["files"]) > 0
        assert query["ms_median"] > 0
        for name in ("index.json", "facets.json", "docs/0.json"):
            assert any(re.search(rf"search/[0-9a-f]{{12}}/{name}$", path) for path in paths), (
                name, paths)
    assert table(report).splitlines()[0] == "| query | files | bytes | gzip bytes | ms (median) |"


def test_the_copy_button_copies_the_citation(browser, served):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], bypass_csp=True)
    page = context.new_page()
    page.goto(served + "en/cao-bang/2023/2255-kh-ubnd/")
    assert page.inner_text("button[data-copy='td-cite-en']") == "Copy"
    page.click("button[data-copy='td-cite-en']")
    page.wait_for_function("(document.getElementById('td-copy-status') || {}).textContent")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Cao Bang Provincial People's Committee, Plan No. 2255/KH-UBND")
    assert copied.endswith("/en/cao-bang/2023/2255-kh-ubnd/")
    assert page.inner_text("#td-copy-status") == "Citation copied."
    context.close()


def test_a_paragraph_link_shows_on_keyboard_focus(tab, served):
    tab.goto(served + "cao-bang/2023/2255-kh-ubnd/#p3")
    anchor = tab.locator("#p3 a.td-anchor")
    assert anchor.evaluate("a => getComputedStyle(a).opacity") == "0"
    anchor.focus()
    tab.wait_for_timeout(300)
    assert anchor.evaluate("a => getComputedStyle(a).opacity") == "1"


def test_a_query_is_quoted_as_typed_in_what_the_page_says(tab, served):
    assert results(tab, served, "search/?q=%24%26+%241") == []  # "$& $1"
    assert "“$& $1”" in tab.inner_text("#td-search-status")  # not the label's own words


def test_more_clicked_twice_while_a_shard_loads_shows_each_plan_once(browser, real_build):
    from thidua.bench.browser import serve

    with serve(real_build[1]) as url:
        context = browser.new_context(viewport={"width": 360, "height": 800}, bypass_csp=True)
        tab = context.new_page()
        tab.goto(url + "search/?q=thi+dua")
        tab.wait_for_function("!document.getElementById('td-search-more').hidden")
        first = tab.eval_on_selector_all("#td-search-results li", "items => items.length")
        # two clicks before the second page's shard has arrived (a fetch never answers at once)
        tab.eval_on_selector("#td-search-more", "b => { b.click(); b.click(); }")
        tab.wait_for_function(f"document.querySelectorAll('#td-search-results li').length > {first}")
        tab.wait_for_timeout(1500)  # the second click, had it gone through, would have landed by now
        links = tab.eval_on_selector_all("#td-search-results .td-plan-item > a", "as => as.map(a => a.href)")
        context.close()
    assert first == 20 and len(links) == len(set(links)) == min(40, len(links))
    assert len(links) > 20


def test_switching_language_keeps_the_search(tab, served):
    assert results(tab, served, "search/?q=hau+giang") == ["hau-giang/2019/1460-kh-ubnd/"]
    english = tab.get_attribute("a.md-select__link[hreflang=en]", "href")
    assert urlsplit(english).path.endswith("/en/search/") and urlsplit(english).query == "q=hau+giang"
    tab.goto(english)
    assert shown(tab, served) == ["hau-giang/2019/1460-kh-ubnd/"]
    assert tab.input_value("#td-q") == "hau giang"


@pytest.mark.parametrize("query, said", [
    ("ha+noi", "Lưu trữ chưa có kế hoạch nào của thành phố Hà Nội."),
    ("tỉnh+Bắc+Ninh", "Lưu trữ chưa có kế hoạch nào của tỉnh Bắc Ninh."),
])
def test_a_province_without_plans_is_told_so_not_to_check_the_spelling(tab, served, query, said):
    assert results(tab, served, f"search/?q={query}") == []
    assert tab.inner_text("#td-search-status") == said

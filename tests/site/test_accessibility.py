"""Accessibility, checked by axe-core (from the npm registry, pinned, injected into each page)
on the home, provinces, a province, a year, a plan and the search page, in both languages."""

from __future__ import annotations

import pytest

from conftest import ROOT

# Slow (drives Chromium): `make check` leaves it out.
pytestmark = pytest.mark.slow

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", "provinces/", "can-tho/", "2023/", "cao-bang/2023/2255-kh-ubnd/", "movements/",
         "movements/van-hoa-cong-so/",
         "search/?q=can+tho", "years/", "data/"]


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violation(tab, served, lang, path):
    assert AXE.exists(), "axe-core is missing: run make test (npm ci installs it)"
    tab.goto(served + lang + path)
    if path.startswith("search/"):
        tab.wait_for_selector("#td-search-results li")
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.parametrize("lang, expected", [("", "vi"), ("en/", "en")])
def test_every_page_says_its_language(site, lang, expected):
    from bs4 import BeautifulSoup

    root = site / lang.rstrip("/") if lang else site
    for html in root.rglob("index.html"):
        if not lang and html.relative_to(site).parts[0] == "en":
            continue
        tag = BeautifulSoup(html.read_text("utf-8"), "html.parser").html
        if tag.get("lang") is None:  # a redirect page names its language too
            raise AssertionError(f"{html}: no lang")
        assert tag["lang"] == expected, html


def test_a_keyboard_alone_reaches_a_plan_from_the_home_page(tab, served):
    tab.goto(served)
    for _ in range(60):
        tab.keyboard.press("Tab")
        href = tab.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
        if href and "/2023/97-kh-ubnd/" in href:
            break
    else:
        raise AssertionError("no plan link reached with Tab")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/can-tho/2023/97-kh-ubnd/")


def test_the_first_tab_stop_skips_to_the_content_and_the_closed_drawer_has_none(tab, served):
    tab.goto(served + "can-tho/")  # the phone layout: 360 px wide, the drawer closed
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.classList.contains('td-skip')")
    assert tab.evaluate("document.activeElement.textContent") == "Đến nội dung chính"
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == "#td-main"
    tab.goto(served + "can-tho/")
    for _ in range(25):
        tab.keyboard.press("Tab")
        inside = tab.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
        assert not inside, tab.evaluate("document.activeElement.outerHTML")


def _contrast(tab, selector: str) -> float:
    """The contrast ratio of an element's text against the page behind it (WCAG's formula)."""
    return tab.evaluate("""sel => {
      const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
        v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const el = document.querySelector(sel);
      let bg = 'rgba(0, 0, 0, 0)', node = el;
      while (node && /rgba\\(0, 0, 0, 0\\)|transparent/.test(bg)) {
        bg = getComputedStyle(node).backgroundColor; node = node.parentElement; }
      const [a, b] = [lum(getComputedStyle(el).color), lum(bg)].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    }""", selector)


def test_the_copy_button_reads_in_dark_mode_and_is_a_tap_target(browser, served):
    context = browser.new_context(viewport={"width": 360, "height": 800}, bypass_csp=True)
    tab = context.new_page()
    tab.goto(served + "cao-bang/2023/2255-kh-ubnd/")
    tab.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    box = tab.locator(".td-copy").first.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert _contrast(tab, ".td-copy") >= 4.5
    context.close()


def test_text_fields_do_not_make_a_phone_zoom_and_the_header_box_shows_focus(tab, served):
    tab.goto(served + "search/")
    sizes = tab.eval_on_selector_all("#td-search-box-q, #td-q, .td-search-filters select",
                                     "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert len(sizes) >= 5 and min(sizes) >= 16
    tab.focus("#td-search-box-q")
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Tab")  # focused from the keyboard
    assert tab.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"


def test_no_english_words_on_a_vietnamese_page_and_none_vietnamese_on_an_english_one(site):
    from bs4 import BeautifulSoup

    for lang, footer, switch, tabs in (("", "Lưu trữ độc lập", "Chuyển sang nền tối", "Các mục chính"),
                                       ("en/", "An independent archive", "Switch to dark mode",
                                        "Sections")):
        page = BeautifulSoup((site / lang / "index.html").read_text("utf-8"), "html.parser")
        assert page.select_one("footer").get_text(" ", strip=True).startswith(footer)
        assert "Made with" not in page.select_one("footer").get_text()
        assert page.select_one("input.md-option")["aria-label"] == switch
        assert page.select_one("nav.md-tabs")["aria-label"] == tabs


def test_the_data_pages_field_table_reads_on_a_phone(tab, served):
    tab.goto(served + "data/")  # 360 px wide
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360
    assert tab.evaluate("getComputedStyle(document.querySelector('.td-fields tr')).display") == "block"
    label = tab.evaluate("getComputedStyle(document.querySelector('.td-fields td'), '::before').content")
    assert label == '"Kiểu: "'  # each value under its heading
    assert tab.evaluate("document.documentElement.scrollHeight") < 7000


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_home_pages_first_screen_on_a_phone_shows_plans(browser, served, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(served + lang)
    first = tab.locator(".td-newest .td-plan-item").first.bounding_box()
    context.close()
    assert first["y"] + 40 < 844  # the newest plan's title is on the first screen


def test_a_charts_table_toggle_is_a_plain_disclosure_without_a_pencil(tab, served):
    tab.goto(served + "years/")
    summary = ".td-chart-table > summary"
    assert tab.evaluate(f"getComputedStyle(document.querySelector('{summary}'), '::before').display") == "none"
    tab.click(summary)
    assert tab.is_visible(".td-chart-table table")


def test_the_maps_provinces_are_reached_by_keyboard_and_show_their_focus(tab, served):
    tab.goto(served + "movements/van-hoa-cong-so/")
    for _ in range(300):  # Tab through the page until a province of the map has the focus
        tab.keyboard.press("Tab")
        if tab.evaluate("!!document.activeElement.closest('figure.td-map svg')"):
            break
    focused = tab.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused and focused.split(":")[0] == "Lai Châu"  # the first tile, in reading order
    stroke = tab.evaluate("getComputedStyle(document.activeElement.querySelector('rect')).strokeWidth")
    assert float(stroke.rstrip("px")) >= 2  # a visible ring around the focused tile
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.getAttribute('aria-label')") != focused

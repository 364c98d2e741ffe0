"""Accessibility, checked by axe-core (from the npm registry, pinned, injected into each page)
on the home, provinces, a province, a year, a plan and the search page, in both languages."""

from __future__ import annotations

import pytest

from conftest import ROOT

# Slow (drives Chromium): `make check` leaves it out.
pytestmark = pytest.mark.slow

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", "provinces/", "can-tho/", "2023/", "cao-bang/2023/2255-kh-ubnd/",
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

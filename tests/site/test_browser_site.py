"""Every page of the built archive, in both languages, in a real headless Chromium: no console
error, no failed request, and no request to any host but the site itself."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from thidua.site.urls import published_pages

# Slow (drives Chromium): `make check` leaves it out.
pytestmark = pytest.mark.slow


def test_every_page_loads_cleanly_and_only_from_the_site(browser, site, served):
    context = browser.new_context()
    page = context.new_page()
    events = []
    page.on("console", lambda message: message.type == "error" and events.append(
        f"console: {message.text}"))
    page.on("pageerror", lambda error: events.append(f"error: {error}"))
    # A request cut short because the test moves on (net::ERR_ABORTED) is not a failure; a
    # missing file shows as a 4xx response.
    page.on("requestfailed", lambda request: "ERR_ABORTED" not in (request.failure or "")
            and events.append(f"failed: {request.url} ({request.failure})"))
    page.on("response", lambda response: response.status >= 400 and events.append(
        f"{response.status}: {response.url}"))
    page.on("request", lambda request: urlsplit(request.url).netloc != urlsplit(served).netloc
            and events.append(f"third party: {request.url}"))
    problems = []
    pages = published_pages(site)
    assert len(pages) > 150
    for path in pages:
        events.clear()
        address = served + path.lstrip("/")
        html = (site / path.lstrip("/") / "index.html").read_text("utf-8")
        refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', html)
        page.goto(address, wait_until="load")
        if refresh:  # a moved plan's old address: where it leads must load cleanly too
            page.wait_for_url(urljoin(address, refresh.group(1)), wait_until="load")
        problems += [f"{path}: {event}" for event in events]
    context.close()
    assert problems == []


def test_every_page_declares_its_content_security_policy(site):
    for html in site.rglob("*.html"):
        text = html.read_text("utf-8")
        if 'http-equiv="refresh"' in text:
            continue  # a redirect page runs no script
        head = text[: text.index("<script")] if "<script" in text else text
        assert '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src' in head, html


def test_search_works_under_the_policy(browser, served):
    context = browser.new_context()  # the pages' policy enforced
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(served + "search/?q=can+tho")
    page.wait_for_selector("#td-search-results li")
    assert page.locator("#td-search-results li").count() == 2  # Cần Thơ and former Hậu Giang
    assert errors == []
    context.close()

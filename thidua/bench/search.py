"""The search budget, measured in a real headless Chromium: bytes before the first result and
the time from opening ``/search/?q=…`` to results shown (``thidua bench-search``)."""

from __future__ import annotations

import gzip
import statistics
import time
from pathlib import Path
from urllib.parse import quote_plus, urlsplit

from thidua.bench.browser import chromium, serve

QUERIES = [("", "can tho"), ("", "2255/KH-UBND"), ("", "thi dua 2023"),
           ("en/", "emulation anniversary")]
"""(language root, query) pairs."""


def measure(site: Path, queries: list[tuple[str, str]] = QUERIES, runs: int = 3,
            browser=None) -> dict:
    """Per query: the files fetched until the results show, their bytes raw and gzipped, and
    the median time (ms) from navigation to results, over ``runs`` cold page loads."""
    if browser is None:
        with chromium() as browser:
            return measure(site, queries, runs, browser)
    report = {"site": str(site), "queries": []}
    with serve(site) as base:
        for lang, query in queries:
            address = f"{base}{lang}search/?q={quote_plus(query)}"
            times, fetched = [], []
            for _ in range(runs):
                context = browser.new_context(bypass_csp=True)  # a cold cache every time
                page = context.new_page()
                fetched = []
                page.on("requestfinished", lambda request: fetched.append(request.url))
                start = time.perf_counter()
                page.goto(address)
                page.wait_for_function("document.querySelector('#td-search-results li') || "
                                       "/\\.$/.test(document.getElementById('td-search-status').textContent)",
                                       timeout=60000)
                times.append((time.perf_counter() - start) * 1000)
                context.close()
            files = [_sizes(site, url) for url in fetched if urlsplit(url).netloc == urlsplit(base).netloc]
            report["queries"].append({
                "query": query, "page": f"/{lang}search/?q={quote_plus(query)}",
                "ms_median": round(statistics.median(times)), "ms_all": [round(t) for t in times],
                "bytes": sum(f["bytes"] for f in files),
                "gzip_bytes": sum(f["gzip"] for f in files),
                "files": sorted(files, key=lambda f: -f["gzip"]),
            })
    return report


def _sizes(site: Path, url: str) -> dict:
    path = urlsplit(url).path.lstrip("/")
    file = site / path
    if file.is_dir() or path == "" or path.endswith("/"):
        file = file / "index.html"
    data = file.read_bytes() if file.exists() else b""
    return {"path": "/" + path, "bytes": len(data), "gzip": len(gzip.compress(data, 6))}


def table(report: dict) -> str:
    """The report as a Markdown table."""
    rows = ["| query | files | bytes | gzip bytes | ms (median) |", "|---|---|---|---|---|"]
    for q in report["queries"]:
        rows.append(f"| `{q['query']}` | {len(q['files'])} | {q['bytes']:,} | {q['gzip_bytes']:,} | "
                    f"{q['ms_median']} |")
    return "\n".join(rows)

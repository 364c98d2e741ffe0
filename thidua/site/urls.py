"""The URL scheme: where each page lives in each language, its alternates, and the list of
every URL ever published (which must keep resolving)."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path
from typing import Iterable, Optional

from thidua.records.record import alias_paths

PUBLISHED_LIST = "published-urls.txt"
"""The committed list of every URL the archive has published, next to mkdocs.yml."""

LANGUAGES = ("vi", "en")
"""The site's languages, default first: the default at the root, others under ``<lang>/``."""


def site_path(path: str, lang: str) -> str:
    """A path of the site in ``lang``: ``can-tho/2023/97-kh-ubnd/`` →
    ``en/can-tho/2023/97-kh-ubnd/``; the home page is ``""`` (or ``en/``)."""
    return path if lang == LANGUAGES[0] else f"{lang}/{path}"


def page_file(path: str, lang: str) -> str:
    """The file of a page in the site folder: ``can-tho/`` → ``en/can-tho/index.html``."""
    return f"{site_path(path, lang)}index.html"


def neutral_path(url: str) -> str:
    """The language-neutral path of a page URL (``en/can-tho/`` → ``can-tho/``)."""
    for lang in LANGUAGES[1:]:
        if url == f"{lang}/" or url.startswith(f"{lang}/"):
            return url[len(lang) + 1:]
    return "" if url in (".", "./") else url


def absolute(site_url: str, path: str) -> str:
    """The full address of a site path."""
    return site_url.rstrip("/") + "/" + path


def alternates(site_url: str, path: str) -> list[tuple[str, str]]:
    """``(hreflang, address)`` of a page in every language, and ``x-default`` (the default
    language's), for a language-neutral ``path``."""
    pairs = [(lang, absolute(site_url, site_path(path, lang))) for lang in LANGUAGES]
    return pairs + [("x-default", pairs[0][1])]


def published_pages(site_dir: Path) -> list[str]:
    """Every page of a built site, as ``/path/``: each folder holding an index.html, but in
    hidden folders (never published by MkDocs; a former build's files being deleted)."""
    pages = []
    for folder, folders, files in os.walk(site_dir):
        folders[:] = [name for name in folders if not name.startswith(".")]
        if "index.html" in files:
            relative = os.path.relpath(folder, site_dir).replace(os.sep, "/")
            pages.append("/" if relative == "." else f"/{relative}/")
    return sorted(pages)


def read_list(path: Path) -> list[str]:
    """The committed list of published URLs (one ``/path/`` a line; ``#`` starts a comment)."""
    if not path.exists():
        return []
    lines = path.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def missing(listed: Iterable[str], pages: Iterable[str]) -> list[str]:
    """Listed URLs that no page or redirect answers any more."""
    present = set(pages)
    return sorted(url for url in listed if url not in present)


def write_list(path: Path, urls: Iterable[str]) -> None:
    """Write the list of published URLs, sorted, with its header."""
    header = ("# Every URL this archive has published, in both languages. The build fails when\n"
              "# one no longer resolves to a page or a redirect (give a moved record `aliases:`).\n"
              "# `make urls` adds new URLs here: commit this file with the records.\n")
    path.write_text(header + "".join(f"{url}\n" for url in sorted(set(urls))), "utf-8")


def redirect_page(target: str, relative: str, lang: str, listing: bool = False) -> str:
    """A page that sends readers and crawlers from a former address to ``target`` (the full
    address; ``relative`` is the same from the former address): meta refresh, canonical
    link, and a link for people. ``listing``: the former address listed plans (a province's
    year that a moved plan left empty), and the target is its province's page."""
    words = {("vi", False): ("Trang đã chuyển", "Kế hoạch này nay ở địa chỉ"),
             ("en", False): ("This page has moved", "This plan now lives at"),
             ("vi", True): ("Trang đã chuyển", "Các kế hoạch của tỉnh, thành phố này ở trang"),
             ("en", True): ("This page has moved", "This province's plans are listed at")}[
                 (lang, listing)]
    href = escape(relative)
    return (f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{words[0]}</title>\n"
            f'<link rel="icon" href="data:,">\n'  # (no request for a /favicon.ico the site lacks)
            f'<link rel="canonical" href="{escape(target)}">\n'
            f'<meta name="robots" content="noindex">\n'
            f'<meta http-equiv="refresh" content="0; url={href}">\n</head>\n<body>\n'
            f'<p>{words[1]} <a href="{href}">{escape(target)}</a>.</p>\n</body>\n</html>\n')


def relative_path(source: str, target: str) -> str:
    """The relative link from the page at site path ``source`` to the one at ``target``."""
    depth = source.strip("/").count("/") + 1 if source.strip("/") else 0
    return "../" * depth + target


def sitemap_paths(pages: Iterable[str], archive) -> list[str]:
    """Language-neutral paths of the pages a sitemap lists: every page but the redirects."""
    redirects = {alias for record in archive.records for alias in alias_paths(record)}
    paths = {neutral_path(page.lstrip("/")) for page in pages}
    return sorted(path for path in paths if path not in redirects)


def sitemap(site_url: str, paths: Iterable[str]) -> str:
    """sitemap.xml: every page in every language, each with its language alternates."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for path in sorted(set(paths)):
        links = "".join(f'<xhtml:link rel="alternate" hreflang="{hreflang}" href="{escape(href)}"/>'
                        for hreflang, href in alternates(site_url, path))
        for lang in LANGUAGES:
            lines.append(f"<url><loc>{escape(absolute(site_url, site_path(path, lang)))}</loc>"
                         f"{links}</url>")
    return "\n".join(lines + ["</urlset>"]) + "\n"


class PublishedUrlsError(Exception):
    """The build would break a published URL, or publish one the list lacks (CI)."""


def hold_to_list(list_path: Path, pages: list[str], mode: str) -> Optional[str]:
    """Hold a built site's ``pages`` to the list of published URLs at ``list_path``.

    Every listed URL must still be a page or a redirect, else :class:`PublishedUrlsError` names
    each. New pages are, by ``mode``: ``check`` (CI) an error; ``update`` (``make urls``) added
    to the list; ``report`` (the default) left out. Returns a line to log, if any.
    """
    listed = read_list(list_path)
    gone = missing(listed, pages)
    if gone:
        raise PublishedUrlsError(
            f"{len(gone)} published URL(s) no longer resolve to a page or a redirect (listed "
            f"in {PUBLISHED_LIST}):\n" + "\n".join(gone) +
            "\nRestore them, or give the moved record `aliases:` with its old path.")
    new = sorted(set(pages) - set(listed))
    if not new:
        return None
    if mode == "check":
        raise PublishedUrlsError(f"{len(new)} new URL(s) are not in {PUBLISHED_LIST}:\n"
                                 + "\n".join(new) + f"\nRun `make urls` and commit "
                                 f"{PUBLISHED_LIST} with the records.")
    if mode == "update":
        write_list(list_path, listed + new)
        return f"{len(new)} new URL(s) added to {PUBLISHED_LIST}: commit it with the records"
    return (f"{len(new)} new URL(s) are not yet in {PUBLISHED_LIST}; before committing, run "
            "`make urls` to add them")

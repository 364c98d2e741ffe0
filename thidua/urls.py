"""The URL scheme: where each page lives in each language, its alternates, and the list of
every URL ever published (which must keep resolving)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

LANGUAGES = ("vi", "en")
"""The site's languages, default first: the default at the root, others under ``<lang>/``."""


def site_path(path: str, lang: str) -> str:
    """A path of the site in ``lang``: ``can-tho/2023/97-kh-ubnd/`` →
    ``en/can-tho/2023/97-kh-ubnd/``; the home page is ``""`` (or ``en/``)."""
    return path if lang == LANGUAGES[0] else f"{lang}/{path}"


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
    """Every page of a built site, as ``/path/``: each folder holding an index.html."""
    return sorted("/" + (page.parent.relative_to(site_dir).as_posix() + "/").removeprefix("./")
                  for page in site_dir.rglob("index.html"))


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
              "# `make site` adds new URLs here: commit this file with the records.\n")
    path.write_text(header + "".join(f"{url}\n" for url in sorted(set(urls))), "utf-8")

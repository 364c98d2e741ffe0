"""No broken internal link or anchor anywhere in the built site."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}


def test_every_internal_link_and_anchor_resolves(site):
    pages = {}
    for html in site.rglob("*.html"):
        pages[html.relative_to(site).as_posix()] = BeautifulSoup(html.read_text("utf-8"), "html.parser")
    ids = {path: {node["id"] for node in soup.find_all(id=True)} for path, soup in pages.items()}
    broken = []
    for path, soup in pages.items():
        for tag, attribute in LINKING.items():
            for node in soup.find_all(tag):
                address = node.get(attribute)
                if not address or urlsplit(address).scheme or address.startswith("//"):
                    continue
                if tag == "link" and "canonical" in node.get("rel", []):
                    continue
                parts = urlsplit(address)
                if parts.path.startswith("/"):  # root-relative, as the 404 page links
                    target = unquote(parts.path).lstrip("/")
                elif parts.path:
                    target = posixpath.normpath(posixpath.join(posixpath.dirname(path),
                                                               unquote(parts.path)))
                else:
                    target = path
                if not target or target == "." or parts.path.endswith("/") or (site / target).is_dir():
                    target = posixpath.join(target, "index.html")
                if not (site / target).is_file():
                    broken.append(f"{path}: {address}")
                elif parts.fragment and target.endswith(".html") and parts.fragment not in ids[target]:
                    broken.append(f"{path}: {address} (no such anchor)")
    assert broken == []

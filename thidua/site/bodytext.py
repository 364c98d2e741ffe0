"""A plan's text as HTML on its page: a stable anchor on every paragraph (``#p1``, ``#p2``…)
with a link to it, and links on the document numbers it cites that the archive holds."""

from __future__ import annotations

import re
from html import escape
from typing import Callable, Optional

import nh3

from thidua.records.crossrefs import MENTION, CrossRefs
from thidua.records.model import Record
from thidua.site.labels import label
from thidua.site.urls import relative_path, site_path

_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
_TAG = re.compile(r"(<[^>]+>)")


ALLOWED_TAGS = {"p", "br", "em", "strong", "b", "i", "u", "sub", "sup", "blockquote", "ul", "ol",
                "li", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "a", "code"}
"""What a record's body may keep after Markdown: text structure, never scripts, styles,
frames, forms or event handlers."""


ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}}
"""Links keep their address, headings their anchor (the page's table of contents leads there)."""


_STRAY_ANGLE = re.compile(r"<(?!/?(?:" + "|".join(sorted(ALLOWED_TAGS, key=len, reverse=True))
                          + r")\b)")


_LEFT_AS_WRITTEN = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)|<(?:https?|mailto):[^>\s]+>")
"""What Markdown itself keeps as written: code spans (``<x>`` in backticks shows as typed) and
autolinks (``<https://…>`` becomes a link)."""


def escape_stray_angles(markdown: str) -> str:
    """A body's Markdown with every ``<`` that does not open an allowed tag written as text
    (``<Tên đơn vị>``, ``<script>``): shown as printed, never taken for markup; code spans and
    autolinks are left to Markdown."""
    out, at = [], 0
    for kept in _LEFT_AS_WRITTEN.finditer(markdown):
        out += [_STRAY_ANGLE.sub("&lt;", markdown[at:kept.start()]), kept.group(0)]
        at = kept.end()
    return "".join(out + [_STRAY_ANGLE.sub("&lt;", markdown[at:])])


def sanitise(html: str) -> str:
    """The body's HTML with anything but ALLOWED_TAGS removed (nh3, a maintained sanitiser):
    raw HTML an article or an editor brings cannot run in a reader's browser."""
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")


def plan_body(html: str, record: Record, lang: str, refs: CrossRefs) -> str:
    """The plan's text as its page shows it: sanitised, paragraphs anchored, held citations
    linked."""
    html = anchor_paragraphs(sanitise(html), label("paragraph_link", lang))
    if not refs.holds_any(record):
        return html  # nothing to link
    here = site_path(record.url, lang)

    def target_of(number: str) -> Optional[str]:
        target = refs.resolve(record, number)
        return relative_path(here, site_path(target.url, lang)) if target else None

    return link_mentions(html, target_of)


def anchor_paragraphs(html: str, link_label: str) -> str:
    """Number the paragraphs: ``<p id="p1">…<a class="td-anchor" href="#p1">¶</a></p>``;
    ``link_label`` (with ``{n}``) names the link for screen readers."""
    count = 0

    def number(match: re.Match) -> str:
        nonlocal count
        count += 1
        label = escape(link_label.format(n=count))
        return (f'<p id="p{count}">{match.group(1)} <a class="td-anchor" href="#p{count}" '
                f'aria-label="{label}" title="{label}">¶</a></p>')

    return _PARAGRAPH.sub(number, html)


def link_mentions(html: str, target_of: Callable[[str], Optional[str]]) -> str:
    """Link every document number in the text (never inside a tag or a link) whose target
    ``target_of(number)`` gives (an href), leaving the others as they are."""
    parts = _TAG.split(html)
    inside_link = False
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if re.match(r"<a[\s>]", part):
                inside_link = True
            elif part.startswith("</a"):
                inside_link = False
            continue
        if not inside_link:
            parts[index] = MENTION.sub(lambda m: _link(m, target_of), part)
    return "".join(parts)


def _link(match: re.Match, target_of: Callable[[str], Optional[str]]) -> str:
    href = target_of(match.group(1))
    if href is None:
        return match.group(0)
    return f'<a class="td-xref" href="{escape(href)}">{match.group(0)}</a>'

"""Pages assembled from a frame rendered once, instead of rendering Material for each.

Every plan page of a language is the same Material page (header, tabs, navigation sidebars,
footer, scripts) around a few parts of its own: its head (``partials/td-head.html``), its
JSON-LD (``partials/td-jsonld.html``), its breadcrumbs and content (``partials/td-crumbs.html``,
``partials/td-plan.html``), its title (in ``<title>`` and the header) and the links of the
language switch; so is every province-year page, and every province page. Rendering
Material's templates again for each of 20,000 plans was the largest cost of the build
(BENCHMARKS.md).

So the first page of each kind (template, depth, and folders shared with the navigation's
pages: ``_kind``) is rendered twice: as usual, and as a *frame*, with marks where the parts go.
The frame is trusted only after the first CHECKS pages of its kind pass two checks: filling it
with their parts gives those pages byte for byte, and no value of theirs (their title, address,
text and meta, and every text of the values the package computed for them: ``plan``, ``index``,
``head``) appears in the frame's own text (:func:`_page_values`). So a template that prints a
page's value outside the parts cannot copy it into the pages that follow, even when it happens
to be the same on the pages compared. Later pages are the frame's texts with their own parts in
between. The tests build whole sites both ways and compare every file. A page with a table of
contents (headings in its text) is rendered as usual, since Material prints the table in the
frame; so is a page in the navigation.

Unlike the rest of thidua.site, this works on MkDocs' objects (its Jinja environment, pages and
navigation): it is part of the build.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from jinja2 import ChoiceLoader, DictLoader, Environment
from mkdocs.utils import normalize_url

from thidua.compat.jinja import render_shared

PARTS = ("partials/td-head.html", "partials/td-jsonld.html", "partials/td-crumbs.html",
         "partials/td-plan.html", "partials/td-plan-list.html", "partials/td-province.html")
"""The templates rendered for each page; everything else comes from the frame."""
FRAMED = ("record.html", "plan-list.html", "province.html")
"""The templates of the many pages (plans, province-years and years, provinces), whose content
is one of the PARTS; the others are rendered as usual."""
PRINTER = "td-framed.html"
"""The template MkDocs is given for the pages rendered here: it prints them as they are."""
CHECKS = 2
"""How many pages of each kind are rendered both ways and compared before the frame is trusted:
the first shows that the frame holds the page, the second that what differs between pages is in
the parts."""

_MARK = "td-frame:{}!"
"""A mark is an absolute URL (with a scheme) so that Material's ``url`` filter keeps it."""
_MARKS = re.compile(r"td-frame:([\w./-]+)!")
_TITLE, _ALTERNATE = "title", "alternate/"


@dataclass(frozen=True)
class Frame:
    texts: tuple[str, ...]
    """The frame's text around the marks (one more than ``slots``)."""
    slots: tuple[str, ...]
    """What each mark stands for: a part's template, the title, or ``alternate/<n>``."""


def _frameable(page, nav) -> bool:
    """Whether a frame can hold ``page``: it has a title (the frame marks it), no table of
    contents (Material prints it in the frame), and is not in the navigation (which marks it)."""
    return bool(page.meta.get("title")) and not page.toc and page not in nav.pages


def _kind(template: str, page, nav) -> tuple:
    """Pages of one kind share a frame: the same template, the same depth, and as many leading
    folders in common with each page of the navigation (the frame's links to them are relative,
    and MkDocs shortens a link within the folders a page shares with its target)."""
    return (template, page.url.count("/"),
            tuple(_common_folders(page.url, item.url) for item in nav.pages))


def _common_folders(url: str, other: str) -> int:
    count = 0
    for mine, theirs in zip(url.split("/")[:-1], other.split("/")[:-1]):
        if mine != theirs:
            break
        count += 1
    return count


SHORTEST = 4
"""Values shorter than this (a language code, a type code, a day) are not looked for in the
frame: they are in any page."""
INTERFACE_FIELDS = {"key", "label", "labels", "lang", "status", "template"}
"""Fields of the page values that hold interface words (labels, codes), the same on every page
of a kind, like the fields whose name ends in ``_label`` or ``_lang``."""


def _page_values(context: dict) -> set[str]:
    """Every text that belongs to the page being rendered: its title, address, file, text and
    meta, and every string in the value the package computed for it (``plan``, ``index``) but
    interface words (INTERFACE_FIELDS); less the site's own words (its name, address and
    description, and the navigation's titles and addresses, which every page shows)."""
    page = context["page"]
    found: set[str] = set()
    _strings([page.title, page.url, page.canonical_url, page.abs_url, page.file.src_uri,
              page.file.dest_uri, page.content, page.meta, context.get("plan"),
              context.get("index")], found)
    config = context["config"]
    found -= {config.site_name, config.site_url, config.site_description}
    found -= {text for item in context["nav"].pages for text in (item.title, item.url)}
    return {text for value in found if len(value) >= SHORTEST
            for text in (value, html.escape(value), html.escape(value, quote=False))}


def _strings(value, found: set[str], depth: int = 6) -> None:
    if isinstance(value, str):
        found.add(value)
    elif depth == 0 or value is None:
        return
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if not (field.name in INTERFACE_FIELDS or field.name.endswith(("_label", "_lang"))):
                _strings(getattr(value, field.name), found, depth - 1)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, found, depth - 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _strings(item, found, depth - 1)


def _leaked(frame: Frame, context: dict) -> list[str]:
    """The values of the page (:func:`_page_values`) in the frame's own text, each standing as
    a word of its own there (``province`` is not in ``provinces/``)."""
    texts = "\0".join(frame.texts)
    return sorted(value for value in _page_values(context)
                  if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", texts))


class _FramePage:
    """The page as the frame sees it: itself, with a marked title."""

    def __init__(self, page, meta: dict):
        self._page, self.meta = page, meta

    def __getattr__(self, name):
        return getattr(self._page, name)


class Frames:
    """Renders the pages of one language's build, through frames where it can."""

    def __init__(self, env: Environment, enabled: bool = True):
        self.env, self.enabled = env, enabled
        self._parts = {name: env.get_template(name) for name in PARTS}
        self._marking = env.overlay(loader=ChoiceLoader(
            [DictLoader({name: _MARK.format(name) for name in PARTS}), env.loader]))
        self._frames: dict[tuple, Optional[Frame]] = {}
        self._checked: dict[tuple, int] = {}
        """How many pages of each kind were compared with the page rendered as usual."""
        self.framed: Counter[str] = Counter()
        """How many pages of each template came from a frame (the build log reports it)."""

    def render(self, template: str, context: dict) -> str:
        """The page ``template`` renders with ``context``."""
        page = context["page"]
        if not (self.enabled and template in FRAMED and _frameable(page, context["nav"])):
            return self._full(template, context)
        key = _kind(template, page, context["nav"])
        if key not in self._frames:
            self._frames[key], self._checked[key] = self._frame(template, context), 0
        frame = self._frames[key]
        if frame is None:
            return self._full(template, context)
        if self._checked[key] < CHECKS:
            full = self._full(template, context)
            self._checked[key] += 1
            if self._fill(frame, context) != full or _leaked(frame, context):
                self._frames[key] = None
            return full
        self.framed[template] += 1
        return self._fill(frame, context)

    def summary(self) -> str:
        """How many pages of each template came from a frame, for the build log."""
        return ", ".join(f"{template} {count}" for template, count in sorted(self.framed.items()))

    def _full(self, template: str, context: dict) -> str:
        return self.env.get_template(template).render(context)

    def _frame(self, template: str, context: dict) -> Frame:
        config = context["config"]
        alternates = config.extra.alternate
        page = _FramePage(context["page"], dict(context["page"].meta, title=_MARK.format(_TITLE)))
        try:
            if alternates:
                config.extra.alternate = [dict(alternate, link=_MARK.format(f"{_ALTERNATE}{n}"))
                                          for n, alternate in enumerate(alternates)]
            text = self._marking.get_template(template).render(dict(context, page=page))
        finally:
            config.extra.alternate = alternates
        pieces = _MARKS.split(text)
        return Frame(tuple(pieces[0::2]), tuple(pieces[1::2]))

    def _fill(self, frame: Frame, context: dict) -> str:
        page = context["page"]
        alternates = context["config"].extra.alternate
        # One context for all the parts (Template.render would copy it, globals and all, for
        # each): what Jinja's low-level API offers for rendering many templates with one.
        variables = {**self.env.globals, **context}
        out = [frame.texts[0]]
        for slot, text in zip(frame.slots, frame.texts[1:]):
            if slot == _TITLE:
                out.append(page.meta["title"])
            elif slot.startswith(_ALTERNATE):
                out.append(normalize_url(alternates[int(slot[len(_ALTERNATE):])]["link"], page))
            else:
                out.append(render_shared(self.env, self._parts[slot], variables))
            out.append(text)
        return "".join(out)

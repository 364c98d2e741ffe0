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
from markupsafe import escape

from thidua.compat import mkdocs as compat
from thidua.compat.jinja import render_shared
from thidua.site.labels import interface_words

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


def _page_values(context: dict) -> set[str]:
    """Every text that belongs to the page being rendered, as a template prints it (escaped or
    not): its title, addresses, file, text and meta, and every string and number in the value
    the package computed for it (``plan`` or ``index``; ``head`` holds their title, summary and
    addresses, and constants); less the site's own words, the same on every page: its name,
    address and description, the navigation's titles and addresses, and the interface's words
    (thidua/site/labels.py)."""
    page = context["page"]
    found: set[str] = set()
    _strings([page.title, page.url, page.canonical_url, page.abs_url, page.file.src_uri,
              page.file.dest_uri, page.content, page.meta, context.get("plan"),
              context.get("index")], found)
    config = context["config"]
    found -= {config.site_name, config.site_url, config.site_description}
    found -= {text for item in context["nav"].pages for text in (item.title, item.url)}
    found -= interface_words()
    return {text for value in found if len(value) >= SHORTEST
            for text in (value, str(escape(value)), html.escape(value, quote=False))}


def _strings(value, found: set[str], depth: int = 6) -> None:
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        found.add(str(value))
    elif depth == 0 or value is None:
        return
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _strings(getattr(value, field.name), found, depth - 1)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, found, depth - 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _strings(item, found, depth - 1)


def _leaked(frame: Frame, context: dict) -> list[str]:
    """The values of the page (:func:`_page_values`) in the frame's own text, each standing
    apart there: a value that begins or ends with a letter or digit is not found inside a
    longer word (``province`` is not in ``provinces/``); ``can-tho/`` is found in
    ``/can-tho/record.json``."""
    texts = "\0".join(frame.texts)
    return sorted(value for value in _page_values(context) if value in texts  # (fast, rare)
                  and re.search(_standing_apart(value), texts))


def _standing_apart(value: str) -> str:
    before = r"(?<!\w)" if re.match(r"\w", value) else ""
    after = r"(?!\w)" if re.search(r"\w$", value) else ""
    return before + re.escape(value) + after


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
        self.refused: dict[str, str] = {}
        """By template, why a frame of its pages was not used (the build log reports it)."""

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
            leaked = _leaked(frame, context)
            if leaked:
                self._refuse(key, template, f"{page.url} prints {', '.join(map(repr, leaked[:3]))} "
                                            "outside its parts")
            elif self._fill(frame, context) != full:
                self._refuse(key, template, f"{page.url} differs from its frame filled")
            return full
        self.framed[template] += 1
        return self._fill(frame, context)

    def _refuse(self, key: tuple, template: str, why: str) -> None:
        self._frames[key] = None
        self.refused.setdefault(template, why)

    def summary(self) -> str:
        """How many pages of each template came from a frame, and why a frame was refused,
        for the build log."""
        framed = ", ".join(f"{template} {count}" for template, count in sorted(self.framed.items()))
        refused = "; ".join(f"a frame of {template} refused: {why}"
                            for template, why in sorted(self.refused.items()))
        return "; ".join(filter(None, [framed or "none", refused]))

    def _full(self, template: str, context: dict) -> str:
        return self.env.get_template(template).render(context)

    def _frame(self, template: str, context: dict) -> Frame:
        config = context["config"]
        alternates = compat.language_links(config)
        page = _FramePage(context["page"], dict(context["page"].meta, title=_MARK.format(_TITLE)))
        try:
            if alternates:
                compat.set_language_links(config, [
                    dict(alternate, link=_MARK.format(f"{_ALTERNATE}{n}"))
                    for n, alternate in enumerate(alternates)])
            text = self._marking.get_template(template).render(dict(context, page=page))
        finally:
            compat.set_language_links(config, alternates)
        pieces = _MARKS.split(text)
        return Frame(tuple(pieces[0::2]), tuple(pieces[1::2]))

    def _fill(self, frame: Frame, context: dict) -> str:
        page = context["page"]
        alternates = compat.language_links(context["config"])
        # One context for all the parts (Template.render would copy it, globals and all, for
        # each): what Jinja's low-level API offers for rendering many templates with one.
        variables = {**self.env.globals, **context}
        out = [frame.texts[0]]
        for slot, text in zip(frame.slots, frame.texts[1:]):
            if slot == _TITLE:
                out.append(page.meta["title"])
            elif slot.startswith(_ALTERNATE):
                out.append(compat.page_url(alternates[int(slot[len(_ALTERNATE):])]["link"], page))
            else:
                out.append(render_shared(self.env, self._parts[slot], variables))
            out.append(text)
        return "".join(out)

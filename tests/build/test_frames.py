"""Pages assembled from frames (thidua/build/frames.py) are the pages Material renders."""

from __future__ import annotations

import re
import subprocess
import sys
from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment

from conftest import (
    ROOT,
    build_env,
    copy_seed_content,
    differing_files,
    make_project,
    record_text,
)
from thidua.bench.corpus import generate, sentences
from thidua.build.frames import PARTS, Frames
from thidua.site.pages import Crumb

HEADED_BODY = "## Mục đích\n\nNội dung thứ nhất.\n\n## Yêu cầu\n\nNội dung thứ hai.\n"


def _build(project, site, frames: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)],
        cwd=project, env={**build_env(), "THIDUA_FRAMES": frames}, capture_output=True,
        text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.slow  # builds sites with frames and without: `make check` leaves it out
def test_framed_pages_are_byte_for_byte_the_pages_material_renders(tmp_path):
    project = make_project(tmp_path, copy_seed_content(tmp_path / "seeds"))
    content = project / "content"
    generate(40, content, sentences(ROOT / "content"), seed=5)
    headed = content / "cao-bang" / "2023" / "12-kh-ubnd.md"
    headed.parent.mkdir(parents=True, exist_ok=True)
    headed.write_text(record_text(HEADED_BODY), "utf-8")
    records = 5 + 40 + 1

    log = _build(project, tmp_path / "framed", "on")
    _build(project, tmp_path / "material", "off")

    assert differing_files(tmp_path / "framed", tmp_path / "material") == []
    framed = {lang: dict((template, int(count)) for template, count in
                         re.findall(r"([\w-]+\.html) (\d+)", counts))
              for lang, counts in re.findall(r"pages \((vi|en)\) assembled from frames: (.*)", log)}
    for lang in ("vi", "en"):
        # Every plan page but the two compared with Material's and the one with a table of
        # contents (its headings), which Material renders; and the province-year, year and
        # province pages.
        assert framed[lang]["record.html"] == records - 3
        assert framed[lang]["plan-list.html"] > 0 and framed[lang]["province.html"] > 0
    page = (tmp_path / "framed" / "cao-bang" / "2023" / "12-kh-ubnd" / "index.html").read_text()
    # The table of contents Material printed leads to the headings.
    assert 'href="#muc-dich"' in page and '<h2 id="muc-dich">Mục đích</h2>' in page


class _Page:
    """What a frame reads of MkDocs' Page."""

    def __init__(self, url: str, title: str, toc=(), number: str | None = None):
        self.url, self.meta, self.toc, self.title = url, {"title": title}, list(toc), title
        self.canonical_url = self.abs_url = f"/{url}"
        self.file = SimpleNamespace(src_uri=f"{url.rstrip('/')}.md", dest_uri=f"{url}index.html")
        self.content, self.number = "", number or title


def _context(page: _Page, nav_pages=(), province: str = "Cần Thơ", year: int = 2024) -> dict:
    config = SimpleNamespace(extra=SimpleNamespace(alternate=[]), site_name="Lưu trữ",
                             site_url="https://example.org/", site_description="")
    # a page value as thidua.site computes it, with a label that is the page's own
    plan = {"crumbs": (Crumb("Trang chủ", ""), Crumb(province, "can-tho/")), "year": year}
    return {"page": page, "config": config, "nav": SimpleNamespace(pages=list(nav_pages)),
            "number": page.number, "plan": plan}


def _frames(record_template: str, autoescape: bool = False) -> Frames:
    templates = {name: "" for name in PARTS}
    templates["partials/td-plan.html"] = "<p>{{ number }}</p>"
    templates["record.html"] = record_template
    return Frames(Environment(loader=DictLoader(templates), autoescape=autoescape))


def test_a_frame_that_would_hold_a_value_of_the_first_page_is_never_used():
    # The page's number leaks into the frame, outside its parts: the second page compared
    # shows it, and every page is then rendered as usual.
    frames = _frames('<h1>{{ page.meta.title }}</h1>{% include "partials/td-plan.html" %}'
                     '<footer>{{ page.url }}</footer>')
    pages = [_Page(f"p/{n}/", f"N{n}") for n in range(5)]
    outputs = [frames.render("record.html", _context(page)) for page in pages]
    assert outputs[3] == "<h1>N3</h1><p>N3</p><footer>p/3/</footer>"
    assert frames.framed["record.html"] == 0


def test_a_value_shared_by_the_pages_compared_is_not_copied_into_the_next():
    # The two plans compared first have the same title, which the template prints outside the
    # parts (in a footer): the two compared pages cannot tell, but the frame holds the first
    # page's title, and every page is rendered as usual.
    frames = _frames('<h1>{{ page.meta.title }}</h1>{% include "partials/td-plan.html" %}'
                     '<footer>{{ page.title }}</footer>')
    titles = ["Thi đua năm 2024", "Thi đua năm 2024", "Thi đua năm 2025", "Chào mừng Đại hội"]
    pages = [_Page(f"p/{n}/", title, number=f"{n}/KH-UBND") for n, title in enumerate(titles)]
    outputs = [frames.render("record.html", _context(page)) for page in pages]
    assert outputs[3] == ("<h1>Chào mừng Đại hội</h1><p>3/KH-UBND</p>"
                          "<footer>Chào mừng Đại hội</footer>")
    assert frames.framed["record.html"] == 0


@pytest.mark.parametrize("outside, leaked", [
    ("{{ plan.crumbs[1].label }}", "Cần Thơ"),  # a label that is the page's own (its province)
    ("{{ plan.year }}", "2024"),
    ("<a href='/{{ page.url }}record.json'>", "p/0/"),  # a value ending in "/" in a longer text
    ("{{ page.title }}", "Vietnam&#39;s plan"),  # as Jinja escapes it
])
def test_a_frame_holding_any_value_of_a_compared_page_is_refused_and_the_log_says_why(
        outside, leaked):
    frames = _frames('<h1>{{ page.meta.title }}</h1>{% include "partials/td-plan.html" %}'
                     f'<footer>{outside}</footer>', autoescape=True)
    env = frames.env
    pages = [_Page(f"p/{n}/", "Vietnam's plan", number=f"{n}/KH") for n in range(2)]
    pages.append(_Page("p/2/", "Another plan", number="2/KH"))
    contexts = [_context(pages[0]), _context(pages[1]),
                _context(pages[2], province="Hà Nội", year=2025)]
    outputs = [frames.render("record.html", context) for context in contexts]
    assert outputs[2] == env.get_template("record.html").render(contexts[2])
    assert frames.framed["record.html"] == 0
    summary = frames.summary()
    assert "a frame of record.html refused: p/0/ prints " in summary and repr(leaked) in summary


def test_the_interface_words_a_page_value_holds_do_not_refuse_a_frame():
    # "Trang chủ" (a label of the interface, and the navigation's) is in every page's frame.
    frames = _frames('<nav>Trang chủ</nav>{% include "partials/td-plan.html" %}')
    pages = [_Page(f"p/{n}/", f"N{n}") for n in range(4)]
    for page in pages:
        frames.render("record.html", _context(page))
    assert frames.framed["record.html"] == 2 and frames.refused == {}


def test_pages_of_one_kind_share_a_frame_and_a_page_with_a_table_of_contents_does_not():
    frames = _frames('<h1>{{ page.meta.title }}</h1>{% include "partials/td-plan.html" %}'
                     '<nav>{{ page.toc | length }}</nav>')
    pages = [_Page(f"p/{n}/", f"N{n}") for n in range(5)] + [_Page("p/9/", "N9", toc=["x"])]
    outputs = [frames.render("record.html", _context(page)) for page in pages]
    assert outputs[4] == "<h1>N4</h1><p>N4</p><nav>0</nav>"
    assert outputs[5] == "<h1>N9</h1><p>N9</p><nav>1</nav>"
    assert frames.framed["record.html"] == 3  # five pages, the first two compared
    # A page sharing a folder with a page of the navigation is another kind.
    nav = [_Page("p/", "P")]
    assert frames.render("record.html", _context(_Page("p/7/", "N7"), nav)) == (
        "<h1>N7</h1><p>N7</p><nav>0</nav>")
    assert frames.framed["record.html"] == 3

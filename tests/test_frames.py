"""Pages assembled from frames (thidua/frames.py) are the pages Material renders."""

from __future__ import annotations

import re
import subprocess
import sys

from thidua.corpus import generate, sentences
from conftest import ROOT, build_env, differing_files, make_project, record_text

HEADED_BODY = "## Mục đích\n\nNội dung thứ nhất.\n\n## Yêu cầu\n\nNội dung thứ hai.\n"


def _build(project, site, frames: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)],
        cwd=project, env={**build_env(), "THIDUA_FRAMES": frames}, capture_output=True,
        text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_framed_pages_are_byte_for_byte_the_pages_material_renders(tmp_path):
    project = make_project(tmp_path)
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

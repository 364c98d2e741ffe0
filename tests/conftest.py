"""Shared fixtures: record factories, tiny content folders, and one real build of the site."""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import shutil
import signal
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BUILD_DAY = dt.date(2026, 11, 22)
"""The day test builds are made for (campaign statuses are computed as of this day)."""


def build_env(day: dt.date = BUILD_DAY) -> dict[str, str]:
    epoch = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
    return {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "NO_MKDOCS_2_WARNING": "1"}


VALID = {
    "title": "Phát động phong trào thi đua năm 2023",
    "summary": "UBND tỉnh phát động phong trào thi đua năm 2023.",
    "number": "12/KH-UBND",
    "type": "KH",
    "issuer": "UBND tỉnh Cao Bằng",
    "issuer_level": "province",
    "province": "cao-bang",
    "issued": "2023-03-01",
    "period": {"start": "2023-03", "end": "2023-12-31"},
}
"""A valid record's frontmatter; its place is content/cao-bang/2023/12-kh-ubnd.md."""


def record_text(body: str = "Nội dung.\n", **changes) -> str:
    """The text of a record file: VALID with ``changes`` (a value of None removes the key)."""
    data = {**VALID, **changes}
    data = {key: value for key, value in data.items() if value is not None}
    head = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return f"---\n{head}---\n\n{body}"


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of ``text`` containing ``needle``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


class Content:
    """A temporary content folder that tests fill with files."""

    def __init__(self, root: Path):
        self.root = root
        self.dir = root / "content"
        self.dir.mkdir()

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
        return path


@pytest.fixture
def content(tmp_path) -> Content:
    return Content(tmp_path)


def build_site(project: Path, site_dir: Path, day: dt.date = BUILD_DAY, dirty: bool = False,
               quiet: bool = True) -> subprocess.CompletedProcess:
    """Run a real ``mkdocs build --strict`` of ``project`` into ``site_dir`` (``--dirty``:
    building only what changed since the last build there)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *(["-q"] if quiet else []),
         "-f", str(project / "mkdocs.yml"), "-d", str(site_dir), *(["--dirty"] if dirty else [])],
        cwd=project, env=build_env(day), capture_output=True, text=True, timeout=300,
    )


def add_hooks(project: Path, **hooks: str) -> None:
    """Write each hook's text to ``<name>.py`` in ``project`` and list it in its mkdocs.yml,
    after the project's own hook."""
    config = project / "mkdocs.yml"
    listed = "".join(f"  - {name}.py\n" for name in hooks)
    config.write_text(config.read_text("utf-8").replace(
        "hooks:\n  - hooks/archive.py\n", f"hooks:\n  - hooks/archive.py\n{listed}"), "utf-8")
    for name, text in hooks.items():
        (project / f"{name}.py").write_text(text, "utf-8")


def processes_matching(pattern: str) -> str:
    """The running processes whose command line holds ``pattern``, one per line (none: "")."""
    return subprocess.run(["pgrep", "-af", pattern], capture_output=True, text=True).stdout


def interruptible() -> None:
    """``preexec_fn`` of a child process that the test stops with Ctrl-C (SIGINT): it is
    interrupted as in a terminal, even when the tests run as a shell's background job, whose
    commands start with SIGINT ignored (and Python then leaves it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def differing_files(left: Path, right: Path) -> list[str]:
    """The files that are in one folder tree and not the other, or differ in any byte."""
    listing = filecmp.dircmp(left, right)
    differences = [str(left / name) for name in
                   listing.left_only + listing.right_only + listing.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(left, right, listing.common_files, shallow=False)
    differences += [str(left / name) for name in mismatch + errors]
    for sub in listing.common_dirs:
        differences += differing_files(left / sub, right / sub)
    return differences


def make_project(tmp_path: Path, content_dir: Path | None = None) -> Path:
    """A project folder that shares the real configuration, hooks and templates, with its own
    content (the real one unless ``content_dir`` is given)."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for name in ("hooks", "overrides"):
        (project / name).symlink_to(ROOT / name)
    if content_dir is None:
        shutil.copytree(ROOT / "content", project / "content")
        shutil.copy(ROOT / "published-urls.txt", project / "published-urls.txt")
    else:
        shutil.copytree(content_dir, project / "content")
    return project


SEED_RECORDS = ("can-tho/2023/97-kh-ubnd", "cao-bang/2023/2255-kh-ubnd",
                "da-nang/2024/kh-ubnd-2024-02-20", "hai-phong/2021/220-kh-ubnd",
                "hau-giang/2019/1460-kh-ubnd")
"""The archive's five seed records, which keep their articles' text: the site the tests read
is built from them, so that what a test expects does not change as the archive grows."""


def copy_seed_content(dest: Path) -> Path:
    """The real content folder's pages and its five seed records (with their English files),
    copied to ``dest``; returns ``dest``."""
    source = ROOT / "content"
    dest.mkdir(parents=True, exist_ok=True)
    for page in source.glob("*.md"):
        shutil.copy(page, dest / page.name)
    for record in SEED_RECORDS:
        for suffix in (".md", ".en.md"):
            target = dest / f"{record}{suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source / f"{record}{suffix}", target)
    return dest


@lru_cache(maxsize=1)
def seed_archive():
    """The five seed records as an Archive (loaded once)."""
    import tempfile

    from thidua.records.archive import load_archive

    folder = Path(tempfile.mkdtemp(prefix="thidua-seeds-"))
    return load_archive(copy_seed_content(folder / "content"))


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> tuple[Path, Path]:
    """The whole real archive, built once per test run: (its project folder, its site folder)."""
    tmp = tmp_path_factory.mktemp("real")
    out = tmp / "site"
    project = make_project(tmp)
    result = build_site(project, out)
    assert result.returncode == 0, result.stderr
    return project, out


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site of the five seed records (the real configuration, pages and templates), built
    once per test run: the site whose pages the tests read."""
    tmp = tmp_path_factory.mktemp("seeds")
    out = tmp / "site"
    project = make_project(tmp, copy_seed_content(tmp / "seed-content"))
    result = build_site(project, out)
    assert result.returncode == 0, result.stderr
    return out


def make_record(**changes):
    """A valid Record (the VALID record, as loaded) with ``changes``."""
    from thidua.records.dates import PartialDate
    from thidua.records.model import Period, Record

    base = dict(path="content/cao-bang/2023/12-kh-ubnd.md", url="cao-bang/2023/12-kh-ubnd/",
                title=VALID["title"], summary=VALID["summary"], type="KH",
                issuer="UBND tỉnh Cao Bằng", issuer_level="province", province="cao-bang",
                number="12/KH-UBND", issued=PartialDate(2023, 3, 1),
                period=Period(PartialDate(2023, 3), PartialDate(2023, 12, 31)))
    return Record(**{**base, **changes})


@pytest.fixture(scope="session")
def served(site):
    """The real archive served on 127.0.0.1; the base URL."""
    from thidua.bench.browser import serve

    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from thidua.bench.browser import chromium

    with chromium() as instance:
        yield instance


@pytest.fixture
def tab(browser, served):
    """A fresh page that records every request it makes and every console error. Its context
    lets the tests evaluate their own scripts despite the pages' Content-Security-Policy (which
    tests/site/test_browser_site.py holds the pages to)."""
    context = browser.new_context(viewport={"width": 360, "height": 800}, bypass_csp=True)
    page = context.new_page()
    page.requests, page.errors = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()

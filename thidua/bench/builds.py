"""``thidua bench``: the archive's build at N synthetic records, against the floor.

Our full build (this repository's mkdocs.yml, hooks and templates) and, in the same run, side
by side, the same Markdown built with plain MkDocs + Material + mkdocs-static-i18n and no hooks
(records out of the nav): the floor, what any MkDocs site of this size costs. Each build runs
in its own process, so that its wall time and peak memory are its own.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from thidua.bench.corpus import Sentences, generate, sentences
from thidua.site.urls import PUBLISHED_LIST

FLOOR_CONFIG = {
    "site_name": "Floor",
    "docs_dir": "content",
    "theme": {"name": "material", "language": "vi", "font": False},
    "plugins": [{"i18n": {"docs_structure": "suffix", "fallback_to_default": True,
                          "reconfigure_material": True, "reconfigure_search": False,
                          "languages": [{"locale": "vi", "name": "Tiếng Việt", "default": True,
                                         "build": True},
                                        {"locale": "en", "name": "English", "build": True}]}}],
    "nav": ["index.md"],
    "not_in_nav": "/*/\n",
}
"""Plain MkDocs + Material + mkdocs-static-i18n, records out of the nav, nothing of ours."""


@dataclass(frozen=True)
class BuildRun:
    seconds: float
    """Wall time of ``mkdocs build``."""
    cpu_seconds: float
    """User and system time of the build and of the processes it forks (thidua/build/background.py)."""
    peak_memory_mib: float
    """Mebibytes (2**20 bytes): the build's own peak resident memory (exact, from ``wait4``),
    or, if larger, the largest sum of the proportional set size of the build and the processes
    it forks, sampled every 0.2 s: memory they share (a forked process shares the archive with
    the build) counts once, split among them. A peak shorter than 0.2 s can be missed."""
    pages: int
    """HTML pages written."""
    seconds_per_page: float
    site_mib: float
    """Mebibytes of every file in ``site/``."""
    ok: bool


def run_build(project: Path, site: Path, env: dict, time_limit: float = 3600,
              dirty: bool = False) -> BuildRun:
    """Build ``project`` into ``site`` in a child process; its time and peak memory. A build
    still running after ``time_limit`` seconds is stopped and reported, not waited for.
    ``dirty``: MkDocs' ``--dirty`` build, which builds what changed (thidua/build/incremental.py)."""
    with tempfile.TemporaryFile() as stderr:  # a pipe read at the end could fill and block
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                                    str(project / "mkdocs.yml"), "-d", str(site)]
                                   + (["--dirty"] if dirty else []),
                                   cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        sampled, failure = 0, None
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                failure = f"exit code {code}" if code else None
                break
            if time.perf_counter() - start > time_limit:
                process.kill()  # the processes it forked end with it (thidua/build/background.py)
                process.wait()
                failure = f"still running after {time_limit:g} s: stopped"
                break
            sampled = max(sampled, tree_memory(process.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        stderr.seek(0)
        errors = stderr.read().decode("utf-8", "replace")
    if failure:
        raise RuntimeError(f"the build of {project} failed ({failure}):\n{errors[-3000:]}")
    pages = sum(1 for _ in site.rglob("*.html"))
    size = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    peak = max(usage.ru_maxrss * 1024, sampled)
    return BuildRun(round(seconds, 2), round(usage.ru_utime + usage.ru_stime, 2),
                    round(peak / 2**20, 1), pages, round(seconds / pages, 5),
                    round(size / 2**20, 1), True)


def tree_memory(pid: int) -> int:
    """Bytes of memory process ``pid`` and its children use together: the sum of their
    proportional set sizes (Linux /proc: a page shared by n processes counts 1/n in each)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(stat.parent.name) == pid or int(fields[1]) == pid:  # itself, or its parent is
                total += _proportional_set_size(stat.parent / "smaps_rollup")
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile
    return total


def _proportional_set_size(smaps_rollup: Path) -> int:
    for line in smaps_rollup.read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024  # in kB
    raise ValueError(f"no Pss in {smaps_rollup}")


def add_record(content: Path, scratch: Path, source: Sentences, seed: int) -> Path:
    """Add one generated record (and its English file, if it has one) to the archive in
    ``content``, generating it in ``scratch``; return its path in ``content``."""
    extra = generate(1, scratch, source, seed)[0]
    target = content / extra.relative_to(scratch)
    target.parent.mkdir(parents=True, exist_ok=True)
    for file in extra.parent.glob(extra.stem + "*"):
        shutil.copy(file, target.parent / file.name)
    return target


def bench(records: int, work: Path, repo: Path, seed: int = 1) -> dict:
    """Generate ``records`` records under ``work``, build ours and the floor side by side,
    then add one record and rebuild ours (a full build), then another and rebuild ours with
    MkDocs' ``--dirty`` (which builds what changed since the last dirty build,
    thidua/build/incremental.py: the bench makes one first); return the report."""
    content = work / "content"
    if content.exists():
        shutil.rmtree(content)
    content.mkdir(parents=True)
    for page in (repo / "content").glob("*.md"):
        shutil.copy(page, content / page.name)
    generated = generate(records, content, sentences(repo / "content"), seed)
    ours = _project(work / "ours", content, repo)
    floor = _floor(work / "floor", content)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795392000", "NO_MKDOCS_2_WARNING": "1"}
    floor_run = run_build(floor, work / "floor-site", env)
    ours_run = run_build(ours, work / "ours-site", env)
    add_record(content, work / "extra", sentences(repo / "content"), seed + 1000)
    rebuild = run_build(ours, work / "ours-site", env)
    run_build(ours, work / "ours-site", env, dirty=True)  # (it builds everything: no manifest)
    add_record(content, work / "extra-dirty", sentences(repo / "content"), seed + 2000)
    dirty = run_build(ours, work / "ours-site", env, dirty=True)
    search = {}
    for lang, folder in (("vi", "search"), ("en", "en/search")):
        data = next((work / "ours-site" / folder).glob("*/index.json")).read_bytes()
        search[lang] = {"bytes": len(data), "gzip_bytes": len(gzip.compress(data, 6))}
    plan_pages = sum(1 for path in generated
                     for lang in ("", "en/")
                     if (work / "ours-site" / lang / path.relative_to(content).with_suffix("")
                         / "index.html").exists())
    return {
        "records": records, "seed": seed, "plan_pages_built": plan_pages,
        "ours": asdict(ours_run), "floor": asdict(floor_run),
        "ratio": round(ours_run.seconds / floor_run.seconds, 3),
        "ratio_per_page": round(ours_run.seconds_per_page / floor_run.seconds_per_page, 3),
        "rebuild_after_one_record": asdict(rebuild),
        "rebuild_share_of_full": round(rebuild.seconds / ours_run.seconds, 3),
        "dirty_rebuild_after_one_record": asdict(dirty),
        "dirty_rebuild_share_of_full": round(dirty.seconds / ours_run.seconds, 3),
        # Per record too: seconds per page also moves with the mix of pages (at 1,000 records
        # 41 % of ours are index pages, at 10,000 10 %), not only with how the build scales.
        "ms_per_record": {"ours": round(1000 * ours_run.seconds / records, 3),
                          "floor": round(1000 * floor_run.seconds / records, 3)},
        # and per plan page (the pages the records make, both languages): the index pages are
        # many and cheap at 1,000 records, and a tenth of the pages at 10,000
        "ms_per_plan_page": {"ours": round(1000 * ours_run.seconds / plan_pages, 3),
                             "floor": round(1000 * floor_run.seconds / plan_pages, 3)},
        "search_index": search,
    }


def table(report: dict) -> str:
    """The report as a Markdown table."""
    ours, floor, rebuild = report["ours"], report["floor"], report["rebuild_after_one_record"]
    dirty = report["dirty_rebuild_after_one_record"]
    rows = [
        "| N | build | seconds | CPU s | s/page | peak memory MiB | site MiB | pages |",
        "|---|---|---|---|---|---|---|---|",
    ] + [f"| {report['records']:,} | {name} | {run['seconds']} | {run['cpu_seconds']} | "
         f"{run['seconds_per_page']} | {run['peak_memory_mib']} | {run['site_mib']} | {run['pages']:,} |"
         for name, run in (("ours", ours), ("floor", floor), ("ours, one record added", rebuild),
                           ("ours, another added, --dirty", dirty))]
    search = report["search_index"]
    return "\n".join(rows) + (
        f"\n\nours / floor: {report['ratio']} (per page {report['ratio_per_page']}); ms per "
        f"record: ours {report['ms_per_record']['ours']}, floor {report['ms_per_record']['floor']}; "
        f"ms per plan page: ours {report['ms_per_plan_page']['ours']}, floor "
        f"{report['ms_per_plan_page']['floor']}; "
        f"rebuild / full: {report['rebuild_share_of_full']} (--dirty: "
        f"{report['dirty_rebuild_share_of_full']}); search index: vi {search['vi']['bytes']:,} B "
        f"({search['vi']['gzip_bytes']:,} gzip), en {search['en']['bytes']:,} B "
        f"({search['en']['gzip_bytes']:,} gzip)")


def _project(folder: Path, content: Path, repo: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PUBLISHED_LIST).unlink(missing_ok=True)  # a fresh archive has published nothing
    shutil.copy(repo / "mkdocs.yml", folder / "mkdocs.yml")
    for name in ("hooks", "overrides"):
        _link(folder / name, repo / name)
    _link(folder / "content", content)
    return folder


def _floor(folder: Path, content: Path) -> Path:
    """The same records with plain top-level pages (ours name templates the floor lacks)."""
    docs = folder / "content"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True)
    for entry in content.iterdir():
        if entry.is_dir():
            _link(docs / entry.name, entry)
    (docs / "index.md").write_text("# Floor\n", "utf-8")
    (docs / "index.en.md").write_text("# Floor\n", "utf-8")
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(FLOOR_CONFIG, allow_unicode=True), "utf-8")
    return folder


def _link(link: Path, target: Path) -> None:
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(target.resolve())


def report_json(report: dict) -> str:
    return json.dumps(report, indent=1, sort_keys=True)

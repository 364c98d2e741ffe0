"""The other files written into the site folder: all of them, or, in a dirty build, what changed.

The writers (thidua/site/outputs.py) say what each file holds; this writes them, and in a dirty
build compares with what the last build made (thidua/build/incremental.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from thidua.build.incremental import Made, delete, record_digests
from thidua.site.outputs import ARCHIVE_WRITERS, RECORD_WRITERS, Build
from thidua.site.urls import page_file


def write_outputs(site_dir: Path, build: Build, previous: Optional[Made] = None) -> Made:
    """Write every output of ``build`` under ``site_dir``; return what was made.

    ``previous``, in a dirty build (``mkdocs build --dirty``: the site folder is kept), is
    what the last build made (thidua/build/incremental.py): the files of a record that is as it was
    (and whose files are there) are left as they are, a file of the whole archive that holds
    its text already is not written again (after one more record, most of 60,000 files), and
    what the last build made and this one does not is deleted, but for this build's plan pages
    (a redirect may give way to a plan page)."""
    made = Made()
    kept = previous.records if previous else {}
    digests = record_digests(build.archive.records)
    folder = str(site_dir)
    for record in build.archive.records:
        value = digests[record.url]
        before = kept.get(record.url)
        if before and before[0] == value and all(os.path.isfile(f"{folder}/{path}")
                                                 for path in before[1]):
            made.records[record.url] = before
            continue
        paths = []
        for writer in RECORD_WRITERS:
            for path, text in writer(record, build):
                _write(site_dir / path, text.encode("utf-8"))
                paths.append(path)
        made.records[record.url] = (value, tuple(paths))
        made.written += len(paths)
    files = []
    for writer in ARCHIVE_WRITERS:
        for path, text in writer(build):
            data = text.encode("utf-8")
            if previous is None or not _holds(site_dir / path, data):
                _write(site_dir / path, data)
                made.written += 1
            files.append(path)
    made.files = tuple(files)
    if previous is not None:
        now = ({path for _, paths in made.records.values() for path in paths} | set(files)
               | {page_file(record.url, build.lang) for record in build.archive.records})
        before = {path for _, paths in kept.values() for path in paths} | set(previous.files)
        made.deleted = tuple(sorted(before - now))
        delete(site_dir, made.deleted)
    return made


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.read_bytes() == data
    except OSError:
        return False

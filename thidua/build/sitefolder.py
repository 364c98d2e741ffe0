"""The site folder, emptied while the build goes on.

Before a build MkDocs empties the site folder, one file after the other: at 10,000 records,
82,000 files and 8 s of waiting on the disk (BENCHMARKS.md) before the first page is built.
The build moves what the folder holds into a hidden folder in it instead (one rename per entry
at the top: MkDocs then finds the folder empty, and never touches hidden entries), and a forked
process deletes that folder while the pages are built (thidua/build/background.py); the build waits
for it before it ends, so that it leaves no old file and no process behind. A hidden folder
left by a build that was killed first is deleted by the next one. Hidden entries of the site
folder (a ``.git`` of a deployment) are kept, as MkDocs keeps them.

A dirty build (``mkdocs build --dirty``, ``mkdocs serve --dirty``) keeps the site folder. A file
that cannot be deleted (a read-only folder) is left, named in the build's log, and the next
build tries again.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Optional

from thidua.build.background import Job

OLD = ".thidua-old-"
"""Name prefix of the hidden folders that hold a former build's files while they are deleted."""


def empty_in_background(site_dir: Path, fork: bool = True) -> Optional[Job]:
    """Move the site folder's entries into a hidden folder and delete it in a second process
    (here and now with ``fork=False``); None if there is no site folder yet."""
    if not site_dir.is_dir():
        return None
    try:
        old = site_dir / f"{OLD}{os.getpid()}-{time.time_ns()}"
        old.mkdir()
        for entry in site_dir.iterdir():
            if not entry.name.startswith("."):
                entry.rename(old / entry.name)
    except OSError:
        pass  # what could not be moved, MkDocs deletes (and reports) as it does without this
    return Job(_delete, sorted(site_dir.glob(f"{OLD}*")), fork=fork)


def _delete(folders: list[Path]) -> list[str]:
    """Delete the folders; return what could not be deleted, each with the reason. The build
    goes on without it, as MkDocs' own cleaning does, and says so; the next build tries again
    (the folders are hidden: never a page of the site)."""
    left: list[str] = []

    def note(function, path, error: BaseException) -> None:
        if function is os.rmdir and getattr(error, "errno", None) == errno.ENOTEMPTY:
            return  # a folder of what was left
        left.append(f"{path} ({getattr(error, 'strerror', None) or error})")

    for folder in folders:
        if sys.version_info >= (3, 12):
            shutil.rmtree(folder, onexc=note)
        else:  # (onerror, deprecated since 3.12, is given the exception's info)
            shutil.rmtree(folder, onerror=lambda function, path, info: note(function, path,
                                                                             info[1]))
    return left

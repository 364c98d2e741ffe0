"""Record files read once: what reading each file gave, kept between builds.

Reading and checking a record file (its YAML, every field, the facts together, the document
numbers its text mentions) gives the same result for the same file: at 10,000 records it is
3 s of every build, and of every ``thidua validate``. The archive keeps what reading each file
gave (its record or English translation, or its problems) with the file's stamp, in
``records-<folder>.pickle`` in the cache folder (``.cache/thidua/`` beside mkdocs.yml), and
reads again only the files that are new or whose stamp changed. A file changed less than
:data:`SETTLE_SECONDS` before it was read is not kept: a second change within the clock's
resolution could leave its stamp as it was (git's "racy" files). The cache is only valid for
the package that wrote it: a change to its code or data (a new check, a gazetteer fix), or to
the libraries that read the files, starts it afresh. What is checked across files (duplicates,
aliases, English files and their originals) is checked every time, over every file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional

import thidua


def cache_folder(content_dir: Path) -> Path:
    """Where the build and ``thidua validate`` keep their readings of the records of
    ``content_dir``: ``.cache/thidua/`` beside it (in the project, ignored by git)."""
    return content_dir.resolve().parent / ".cache" / "thidua"


SETTLE_SECONDS = 2.0
"""How long before its reading a file must have last changed for its reading to be kept."""
LIBRARIES = ("PyYAML", "python-frontmatter")
"""The libraries whose reading of a file the cache keeps (their versions are in its key)."""


class Stamp(NamedTuple):
    """What changes when a file is written, replaced or moved."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


def stamp(path: Path) -> Optional[Stamp]:
    """The file's stamp; None if it cannot be read (a broken link: reading it says why)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return Stamp(status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


class RecordCache:
    """What reading each file of one content folder gave; with no cache folder, nothing is
    kept (and every file is read)."""

    def __init__(self, content_dir: Path, folder: Optional[Path] = None):
        self.stamps: dict[Path, Optional[Stamp]] = {}
        """The stamp of every file asked for, as it was when it was read."""
        self._file = folder / f"records-{folder_name(content_dir)}.pickle" if folder else None
        self._key = code_key()
        self._kept: dict[str, tuple[Stamp, Any]] = self._load()
        self._fresh: dict[str, tuple[Stamp, Any]] = {}
        self._changed = False

    def read(self, path: Path, reader: Callable[[], Any]) -> Any:
        """``reader()``, the reading of ``path``: kept from an earlier build when the file
        has not changed since."""
        now = time.time_ns()
        current = self.stamps[path] = stamp(path)
        kept = self._kept.get(str(path))
        if current is not None and kept is not None and kept[0] == current:
            self._fresh[str(path)] = kept
            return kept[1]
        value = reader()
        after = stamp(path)
        if current is not None and after == current and \
                now - current.mtime_ns >= SETTLE_SECONDS * 1e9:
            self._fresh[str(path)] = (current, value)
        self._changed = True
        return value

    def save(self) -> None:
        """Keep the readings of this run (and only those: a deleted file's is dropped)."""
        if self._file is None or not (self._changed or self._fresh.keys() != self._kept.keys()):
            return
        self._file.parent.mkdir(parents=True, exist_ok=True)
        partial = self._file.with_name(f".{self._file.name}.{os.getpid()}")
        with partial.open("wb") as out:
            pickle.dump(self._key, out, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(self._fresh, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, self._file)  # a build reading it meanwhile sees the old or the new

    def _load(self) -> dict[str, tuple[Stamp, Any]]:
        if self._file is None:
            return {}
        try:
            with self._file.open("rb") as source:
                if pickle.load(source) != self._key:
                    return {}  # written by other code: read every file
                return pickle.load(source)
        except (OSError, EOFError, pickle.UnpicklingError):
            return {}  # none yet, or cut short


def code_key(libraries: tuple[str, ...] = LIBRARIES) -> str:
    """The package's code and data, and the versions of ``libraries`` (by default those that
    read the record files)."""
    digest = hashlib.sha256()
    package = Path(thidua.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yaml", ".json"):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    for library in libraries:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.hexdigest()


def folder_name(folder: Path) -> str:
    """A short name for a folder, for the names of what the cache keeps of it."""
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]

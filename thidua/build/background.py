"""Work the build hands to processes of its own while MkDocs renders the pages.

The build machine has two cores and MkDocs uses one. What depends only on the archive (not on
any page) can be done beside the pages: writing each language's search index (Python lunr's
builder, the largest single cost after the pages themselves, BENCHMARKS.md), record.json, the
citations, data and feeds (thidua/site/outputs.py), the other language's pages
(thidua/build/languagebuilds.py), deleting the former build's files (thidua/build/sitefolder.py). Each
process is forked, so it starts with the archive in memory and nothing is copied to it; its
result comes back through a pipe when the build asks for it. An error in it stops the build
with the error's traceback; it ends with the build, however that ends.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
import traceback
from typing import Any, Callable


class BackgroundError(RuntimeError):
    """The work failed in the second process; the message is its traceback."""


class Job:
    """``function(*args)``, running in a forked process (or, with ``fork=False``, run here and
    now: ``THIDUA_PARALLEL=off`` builds in one process, to compare and to profile)."""

    def __init__(self, function: Callable[..., Any], *args: Any, fork: bool = True):
        self._outcome: tuple[str, Any] | None = None
        self._process = None
        self._owner = os.getpid()  # a process forked later inherits the Job, not its child
        if not fork:
            self._outcome = _outcome(function, args)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._folder = tempfile.mkdtemp(prefix="thidua-job-")
        self._process = context.Process(target=_run, args=(send, function, args, os.getpid(),
                                                           self._folder), daemon=True)
        self._process.start()
        send.close()

    def result(self) -> Any:
        """The function's value (waiting for it the first time), or BackgroundError."""
        if self._outcome is None:
            try:
                self._outcome = self._receive.recv()
            except EOFError:
                pass
            self._receive.close()
            self._process.join()
            if self._outcome == _IN_FILE:
                with open(os.path.join(self._folder, _FILE), "rb") as source:
                    self._outcome = pickle.load(source)
            shutil.rmtree(self._folder, ignore_errors=True)
            if self._outcome is None:
                self._outcome = ("error", "the second process ended without an answer "
                                          f"(exit code {self._process.exitcode})")
        kind, value = self._outcome
        if kind == "error":
            raise BackgroundError(value)
        return value

    def cancel(self) -> None:
        """Stop the work if it still runs (the build failed). Only the process that started
        it can: in another, this does nothing."""
        if self._process is None or os.getpid() != self._owner:
            return
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        if self._outcome is None:
            self._outcome = ("error", "the second process was stopped before it answered")


def _run(send, function: Callable[..., Any], args: tuple, parent: int, folder: str) -> None:
    _end_with(parent)
    try:
        outcome = pickle.dumps(_outcome(function, args), protocol=pickle.HIGHEST_PROTOCOL)
        if len(outcome) <= _PIPED:
            send.send_bytes(outcome)
            return
        # A large value would wait in the pipe until the build reads it, at its end, and keep
        # this process and its memory alive until then (hundreds of MiB at 10,000 records).
        with open(os.path.join(folder, _FILE), "wb") as out:
            out.write(outcome)
        send.send(_IN_FILE)
    except KeyboardInterrupt:  # Ctrl-C reaches every process of the build: the build reports it
        os._exit(1)
    finally:
        send.close()


def _outcome(function: Callable[..., Any], args: tuple) -> tuple[str, Any]:
    try:
        return "ok", function(*args)
    except Exception:  # noqa: BLE001 - every failure goes back to the build
        return "error", traceback.format_exc()


def _end_with(parent: int) -> None:
    """Be stopped when the build's process ends, even killed (Linux: PR_SET_PDEATHSIG), so that
    nothing keeps writing into a site folder nobody builds any more."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: daemon=True still ends it at a normal exit
        pass
    if os.getppid() != parent:  # the build ended before the line above took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1
_PIPED = 32 * 1024
"""The largest value sent through the pipe (it holds 64 KiB); a larger one goes in a file."""
_FILE = "outcome.pickle"
_IN_FILE = ("file", _FILE)

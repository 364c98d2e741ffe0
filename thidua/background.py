"""Work the build hands to a second process while MkDocs renders the pages.

The build machine has two cores and MkDocs uses one. What depends only on the archive (not on
any page) can be computed beside the pages: the search indexes, whose builder (Python lunr) is
the largest single cost after the pages themselves (BENCHMARKS.md). The process is forked once
the archive is loaded, so it starts with the archive in memory and nothing is copied to it; its
result comes back through a pipe when the build asks for it. An error in it stops the build
with the error's traceback.
"""

from __future__ import annotations

import multiprocessing
import traceback
from typing import Any, Callable


class BackgroundError(RuntimeError):
    """The work failed in the second process; the message is its traceback."""


class Job:
    """``function(*args)``, running in a forked process."""

    def __init__(self, function: Callable[..., Any], *args: Any):
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(send, function, args), daemon=True)
        self._process.start()
        send.close()
        self._outcome: tuple[str, Any] | None = None

    def result(self) -> Any:
        """The function's value (waiting for it the first time), or BackgroundError."""
        if self._outcome is None:
            try:
                self._outcome = self._receive.recv()
            except EOFError:
                self._outcome = ("error", "the second process ended without an answer "
                                          f"(exit code {self._process.exitcode})")
            self._receive.close()
            self._process.join()
        kind, value = self._outcome
        if kind == "error":
            raise BackgroundError(value)
        return value

    def cancel(self) -> None:
        """Stop the work if it still runs (the build failed)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()


def _run(send, function: Callable[..., Any], args: tuple) -> None:
    try:
        send.send(("ok", function(*args)))
    except BaseException:  # noqa: BLE001 - every failure goes back to the build
        send.send(("error", traceback.format_exc()))
    finally:
        send.close()

"""How the build treats Python's cycle collector.

A build at 10,000 records holds a million long-lived objects (the archive, MkDocs' pages, their
contexts) that CPython's cycle collector would otherwise scan again and again: 6.7 s of a
60-second build went to it (BENCHMARKS.md). The archive, once loaded, lives until the build
ends, so it is moved out of the collector's sight; and the collector runs after 20,000 new
objects instead of 700, which is still often enough to reclaim the short cycles a page leaves.
"""

from __future__ import annotations

import gc

THRESHOLDS = (20_000, 50, 100)
"""Collections of the youngest, middle and oldest generations (CPython's default: 700, 10, 10)."""


def settle_long_lived() -> None:
    """Stop scanning what exists now (call it once the archive is loaded), and collect less
    often from now on. What an earlier build of the process froze (``mkdocs serve`` loads the
    archive again after each change of a record) is handed back to the collector first and
    what of it is garbage now freed: frozen, it would never be."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)

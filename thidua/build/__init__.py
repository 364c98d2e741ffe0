"""The build: how MkDocs is driven to turn the records into the site.

``sitebuild`` holds the build's state in one object, :class:`~thidua.build.sitebuild.SiteBuild`,
with a method per MkDocs event (hooks/archive.py forwards each event to it); it asks
thidua.site for what each page and file shows and thidua.records for the archive.

The rest is the speed layer, each part switched off by the build's own rules or by a variable,
and each held to the same output by a test that builds both ways and compares every file:

- ``frames``: plan and index pages assembled from a Material page rendered once per kind
  (``THIDUA_FRAMES=off``).
- ``background``, ``languagebuilds``, ``sitefolder``, ``writing``: work forked to processes of
  their own while the pages render (the other language's pages, each language's other files,
  deleting the former build's files). Only ``mkdocs build`` on Linux forks
  (``sitebuild.forks``); ``mkdocs serve``, other platforms and ``THIDUA_PARALLEL=off`` build in
  one process.
- ``incremental``: exact dirty builds (``mkdocs build --dirty``, ``make serve``).
- ``memory``: the loaded archive kept out of the cycle collector's scans.

``builddate`` gives the one date a build takes from outside the records.

May import: MkDocs and its plugins (through thidua.compat where it relies on their internals),
Jinja2, ``thidua.site``, ``thidua.records``.
"""

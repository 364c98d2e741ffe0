"""The campaign archive: records in, a bilingual static site out.

Layers, from the top; a layer imports only the layers below it (checked by import-linter: the
``[tool.importlinter]`` contracts in pyproject.toml, run by tests/test_layers.py):

- ``cli``: the ``thidua`` command, on top of everything.
- ``bench`` and ``editing`` (side by side, neither imports the other): benchmarks and the tools
  that serve them; the tools that write new records.
- ``build``: how MkDocs is driven: the build object whose methods hooks/archive.py forwards each
  MkDocs event to, and the speed layer (forked processes, dirty builds, the cycle collector).
  The only layer that imports MkDocs (but for ``compat``).
- ``site``: what each page and file of the site shows, as plain values.
- ``records``: the record model, reading and validating record files, the provinces, dates and
  the other facts records are made of.

Beside them, ``compat`` holds every reliance on another package's internals (lunr's builder for
``site``; MkDocs, Material, mkdocs-static-i18n and Jinja2 for ``build``), each stated as an
assumption the tests check; it imports nothing of the package, and ``records`` and
``editing`` do not import it.

ARCHITECTURE.md draws the flow of a build and says where to start for common changes.
"""

"""Every place the package relies on another package's internals, each stated as an
:class:`~thidua.compat.assumptions.Assumption` that tests/compat/ checks against what is
installed: when an upgrade breaks one, the failing test names the package, what changed and
what relied on it.

- ``jinja``: rendering a page's parts in one shared context (used by thidua.build.frames).
- ``lunr``: the search index's builder (used by thidua.site.search).
- ``mkdocs``: MkDocs, Material and mkdocs-static-i18n, as the build drives them (used by
  thidua.build only).

May import: other packages, and nothing of thidua but ``thidua.compat``.
"""

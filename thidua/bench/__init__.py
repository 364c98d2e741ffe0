"""Benchmarks and what they need: synthetic archives (``corpus``), the build benchmark against
plain MkDocs (``builds``), the search benchmark (``search``), and headless Chromium with a local
server (``browser``, which the tests use too).

May import: ``thidua.build``, ``thidua.site``, ``thidua.records``; not ``thidua.editing``.
"""

"""The site: what each page and file shows, computed from the records as plain values.

Each page kind is a dataclass the templates in overrides/ only display (``pages``: a plan;
``indexes``: provinces, province, province-year, year, years, home), with its pieces: charts
(``charts``), interface words in both languages (``labels``), campaign status (``campaign``),
citations (``citation``), a plan's text on its page (``bodytext``), the head of every page
(``linkeddata``), the Content-Security-Policy (``csp``), the URL scheme and the published URL
list (``urls``); and every other file, as one table of writers (``outputs``): record.json and the
data downloads (``exports``), Atom feeds (``feeds``), the search index (``search``).

May import: ``thidua.records``, ``thidua.compat.lunr`` (the search index's builder), the standard
library, nh3, feedgenerator, lunr. Never MkDocs or Jinja2: the templates are the site
generator's business (thidua.build).
"""

"""Records: what the archive is made of, read and checked, with no knowledge of any site.

The record model and its field table (``model``, ``schema``), reading one file (``loader``,
``record``: the slug rule and where a record lives), every record together (``archive``, and
``cache``, which keeps each file's reading between runs), the problems a record can have
(``problems``), and the facts records are made of: provinces before and after the 2025 mergers
(``gazetteer``, ``data/provinces.yaml``), partial dates (``dates``), document types and issuer
levels (``vocabulary``), folding and slugs (``folding``), the document numbers a text mentions
and who cites whom (``crossrefs``), the Markdown files a text links to (``links``).

May import: the standard library and the libraries that read files (PyYAML,
python-frontmatter). Never MkDocs, Jinja2, or any other layer of the package.
"""

"""The campaign archive's domain: records, validation, provinces, pages.

Nothing in this package imports MkDocs; ``hooks/`` adapts it to the site generator.
"""

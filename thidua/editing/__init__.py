"""Writing new records: a draft from a news article's text (``ingest``) and the record and
English files written from facts, with what an editor must review marked (``drafts``).

May import: ``thidua.site``, ``thidua.records`` (and ``thidua.build``, which it has no use for);
not ``thidua.bench``. Never MkDocs.
"""

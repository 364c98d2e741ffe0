"""Writing new records: a draft from a news article's text (``ingest`` for Vietnamese text,
``english`` for English, with ``periods`` for dates and campaign periods, ``issuers`` for the
province and the issuing body, ``nearmiss`` for the texts that look like plans and are not,
``facts`` for the draft itself), the record and English
files written from facts, with what an editor must review marked (``drafts``), and how well
ingest reads real articles (``accuracy``).

May import: ``thidua.site``, ``thidua.records`` (and ``thidua.build``, which it has no use for);
not ``thidua.bench`` or ``thidua.compat``. Never MkDocs.
"""

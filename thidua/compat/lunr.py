"""What the search index relies on in the Python lunr package beyond its documented API.

:class:`WordListBuilder` subclasses lunr's ``Builder`` and fills the fields its ``add`` and
``_create_field_vectors`` fill (``_ref``, ``_fields``, ``_documents``, ``_k1``, ``_b``,
``inverted_index``, ``field_term_frequencies``, ``field_lengths``, ``term_index``,
``document_count``, ``average_field_length``, ``field_vectors``), which lunr does not promise to
keep. The compact index (thidua/site/search.py) is made from the ``Index`` it builds (its
``inverted_index``, ``field_vectors``, ``fields`` and ``pipeline``, as lunr serializes them), for
the lunr.js version lunr names (:func:`lunr_js_version`), with the search pipeline function
registered under a name (:func:`registered_function`). :data:`ASSUMPTIONS` states each, and tests/compat/test_assumptions.py checks them against
the installed lunr, so that an upgrade that breaks one says which; tests/site/test_search.py
builds an index both ways and compares them.
"""

from __future__ import annotations

import inspect

import lunr
from lunr.builder import Builder
from lunr.idf import idf
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.utils import as_string
from lunr.vector import Vector

from thidua.compat.assumptions import Assumption, expect


class WordListBuilder(Builder):
    """lunr's :class:`Builder`, for documents whose every field is a list of words and with
    an empty pipeline (the words are folded already): the same index, built about three times
    as fast. lunr's ``add`` makes a Token (and a deep copy of its metadata) of each word and
    runs it through the pipeline; its ``_create_field_vectors`` inserts each score into a
    vector by binary search. Here a word is its string, a vector is sorted once, and the
    scores are the same expression in the same order. tests/site/test_search.py builds an index
    both ways and compares them."""

    def add(self, doc, attributes=None):
        if self.pipeline._stack:
            raise ValueError("WordListBuilder takes words as they are: reset its pipeline")
        doc_ref = str(doc[self._ref])
        self._documents[doc_ref] = attributes or {}
        self.document_count += 1
        inverted = self.inverted_index
        for field_name in self._fields:
            field_ref = f"{field_name}/{doc_ref}"
            words_ = doc[field_name] or ()
            if isinstance(words_, str):
                raise TypeError(f"field {field_name!r} of document {doc_ref}: a list of words, "
                                "not a string")
            terms = [as_string(word).lower() for word in words_]
            frequencies: dict[str, int] = {}
            self.field_term_frequencies[field_ref] = frequencies
            self.field_lengths[field_ref] = len(terms)
            for term in terms:
                frequencies[term] = frequencies.get(term, 0) + 1
                posting = inverted.get(term)
                if posting is None:
                    posting = {name: {} for name in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    inverted[term] = posting
                posting[field_name].setdefault(doc_ref, {})

    def _create_field_vectors(self):
        k1, b, count = self._k1, self._b, self.document_count
        idfs: dict[str, float] = {}
        vectors = {}
        for field_ref, frequencies in self.field_term_frequencies.items():
            field_name, doc_ref = field_ref.split("/", 1)
            if not frequencies:  # (and a field empty in every document has no average)
                vectors[field_ref] = Vector()
                continue
            boost = self._fields[field_name].boost
            doc_boost = self._documents[doc_ref].get("boost", 1)
            norm = k1 * (1 - b + b * (self.field_lengths[field_ref]
                                      / self.average_field_length[field_name]))
            scored = []
            for term, tf in frequencies.items():
                posting = self.inverted_index[term]
                weight = idfs.get(term)
                if weight is None:
                    weight = idfs[term] = idf(posting, count)
                score = weight * ((k1 + 1) * tf) / (norm + tf)
                score *= boost
                score *= doc_boost
                scored.append((posting["_index"], round(score, 3)))
            scored.sort()
            vectors[field_ref] = Vector([value for pair in scored for value in pair])
        self.field_vectors = vectors


def lunr_js_version() -> str:
    """The lunr.js version whose serialized index the Python lunr writes."""
    return lunr.__TARGET_JS_VERSION__


def registered_function(name: str):
    """The pipeline function registered under ``name`` (``Pipeline.register_function``)."""
    return Pipeline.registered_functions[name]


_BUILDER_FIELDS = ("_ref", "_fields", "_documents", "_k1", "_b", "inverted_index",
                   "field_term_frequencies", "field_lengths", "term_index", "document_count")


def _builder_fields() -> None:
    missing = [name for name in _BUILDER_FIELDS if not hasattr(Builder(), name)]
    expect(not missing, f"lunr.builder.Builder() has no {', '.join(missing)}")


def _builder_steps() -> None:
    source = inspect.getsource(Builder.build)
    expect("self._calculate_average_field_lengths()" in source
           and "self._create_field_vectors()" in source
           and "field_vectors=self.field_vectors" in source,
           "Builder.build no longer calls _create_field_vectors() and hands its field_vectors "
           "to the Index (WordListBuilder replaces that method)")


def _index_fields() -> None:
    fields = inspect.signature(Index.__init__).parameters
    expect({"inverted_index", "field_vectors", "fields", "pipeline"} <= set(fields),
           "lunr.index.Index no longer takes inverted_index, field_vectors, fields and pipeline "
           "(thidua/site/search.py compact_index reads them)")
    expect(hasattr(Vector(), "elements"), "lunr.vector.Vector has no elements")
    expect(isinstance(getattr(lunr, "__TARGET_JS_VERSION__", None), str),
           "lunr has no __TARGET_JS_VERSION__")
    expect(isinstance(getattr(Pipeline, "registered_functions", None), dict),
           "Pipeline keeps no registered_functions")


ASSUMPTIONS = [
    Assumption("lunr", "Builder's fields that WordListBuilder fills",
               _builder_fields),
    Assumption("lunr", "Builder.build's steps that WordListBuilder replaces",
               _builder_steps),
    Assumption("lunr", "the index, lunr.js version and pipeline the compact index reads",
               _index_fields),
]

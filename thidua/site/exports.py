"""The archive as open data: each plan's facts as JSON, the whole archive as CSV and JSON
Lines, and the JSON Schema of a record, generated from the same field table the validator
reads (``model.RECORD_FIELDS``): one source of truth."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, is_dataclass
from dataclasses import fields as dataclass_fields
from typing import Any, Iterable

from thidua.records.dates import PartialDate
from thidua.records.model import ENGLISH_FIELDS, RECORD_FIELDS, Record
from thidua.records.schema import object_schema, sub_fields
from thidua.site.fielddocs import MEANINGS_VI, kind_vi
from thidua.site.labels import label
from thidua.site.urls import LANGUAGES, absolute, site_path

CSV_LIST_SEPARATOR = " | "
"""How list values (topics, cites) are joined in a CSV cell."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet would run as a formula at the start of a cell: such a cell gets a
leading apostrophe (the usual guard), said on the data page."""


def record_data(record: Record, site_url: str) -> dict[str, Any]:
    """A plan's facts as JSON-ready values: the frontmatter fields (absent ones left out),
    its English title and summary, and the addresses of both language versions."""
    data: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = _plain(getattr(record, name))
        if value not in (None, (), [], {}):
            data[name] = value
    if record.english:
        data["english"] = {name: getattr(record.english, name) for name in ENGLISH_FIELDS
                           if getattr(record.english, name)}
    data["urls"] = {lang: absolute(site_url, site_path(record.url, lang)) for lang in LANGUAGES}
    return data


def record_schema(site_url: str) -> dict:
    """The JSON Schema of ``record.json`` (and of each line of ``plans.jsonl``)."""
    schema = object_schema(RECORD_FIELDS)
    schema["properties"]["english"] = {**object_schema(ENGLISH_FIELDS),
                                       "description": "The English file's title and summary."}
    schema["properties"]["urls"] = {
        "type": "object", "description": "Address of the plan's page in each language.",
        "properties": {lang: {"type": "string", "format": "uri"} for lang in LANGUAGES},
        "required": list(LANGUAGES), "additionalProperties": False}
    schema["required"] = schema["required"] + ["urls"]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": absolute(site_url, "data/record.schema.json"),
            "title": "A plan of the archive of emulation campaign plans", **schema}


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: str
    required: str
    meaning: str
    """What the field means, in the page's language."""
    example: str


@dataclass(frozen=True)
class DataPage:
    """The context of the data page (``data.html``): the downloads, and the record schema
    as a table."""

    downloads: tuple[tuple[str, str, str], ...]
    """(file name, what it holds, site path)."""
    downloads_heading: str
    caption: str
    headers: tuple[str, ...]
    rows: tuple[FieldRow, ...]


def data_page(lang: str) -> DataPage:
    """The record's fields (from the schema the validator uses) for the data page."""
    rows = []
    for field in RECORD_FIELDS.values():
        members = [(field.name, field)]
        members += [(f"{field.name}.{sub.name}", sub) for sub in sub_fields(field).values()]
        for name, member in members:
            vietnamese = lang == "vi"
            rows.append(FieldRow(name, kind_vi(member.kind.type_name) if vietnamese
                                 else member.kind.type_name,
                                 label("yes" if member.required else "no", lang),
                                 MEANINGS_VI[name] if vietnamese else member.doc, member.example))
    headers = tuple(label(key, lang) for key in ("field", "field_type", "required", "meaning",
                                                 "example"))
    downloads = (("plans.csv", label("about_csv", lang), "data/plans.csv"),
                 ("plans.jsonl", label("about_jsonl", lang), "data/plans.jsonl"),
                 ("record.schema.json", label("about_schema", lang), "data/record.schema.json"),
                 ("feed.xml", label("about_feed", lang), site_path("feed.xml", lang)))
    return DataPage(downloads, label("downloads", lang), label("fields_caption", lang), headers,
                    tuple(rows))


def csv_columns() -> list[str]:
    """CSV columns: every field, sub-fields as ``period.start`` (of a list of groups, such as
    the sources, each sub-field a column of its own: ``source.url``), then the two
    addresses."""
    columns = []
    for field in RECORD_FIELDS.values():
        subs = sub_fields(field)
        columns += [f"{field.name}.{sub}" for sub in subs] if subs else [field.name]
    return (columns + [f"english.{name}" for name in ENGLISH_FIELDS]
            + [f"urls.{lang}" for lang in LANGUAGES])


def plans_csv(data: Iterable[dict[str, Any]]) -> str:
    """The archive as CSV, from each plan's :func:`record_data`: one row per plan, UTF-8, lists
    joined with `` | ``, ``inferred`` (and the English file's) as a JSON object."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=csv_columns(), lineterminator="\n")
    writer.writeheader()
    for values in data:
        writer.writerow(_flat(values))
    return out.getvalue()


def plans_jsonl(data: Iterable[dict[str, Any]]) -> str:
    """The archive as JSON Lines, from each plan's :func:`record_data`: one ``record.json``
    object per line."""
    return "".join(dumps(values, indent=None) + "\n" for values in data)


def dumps(value: Any, indent: int | None = 2) -> str:
    """Deterministic JSON: keys in a fixed order, UTF-8 text, fixed separators."""
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)


def _flat(data: dict) -> dict[str, str]:
    return {key: f"'{value}" if value.startswith(FORMULA_START) else value
            for key, value in _cells(data).items()}


def _cells(data: dict) -> dict[str, str]:
    row: dict[str, str] = {}
    for key, value in data.items():
        if key == "inferred":
            row[key] = dumps(value, indent=None)
        elif isinstance(value, dict):  # (the English file's inferred reasons as a JSON object)
            row.update({f"{key}.{sub}": dumps(item, indent=None) if isinstance(item, dict)
                        else str(item) for sub, item in value.items()})
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            # a list of groups (the sources): a column a sub-field, the items' values joined
            subs = sub_fields(RECORD_FIELDS[key])
            row.update({f"{key}.{sub}": CSV_LIST_SEPARATOR.join(str(item.get(sub, ""))
                                                                for item in value)
                        for sub in subs if any(sub in item for item in value)})
        elif isinstance(value, list):
            row[key] = CSV_LIST_SEPARATOR.join(value)
        else:
            row[key] = str(value)
    return row


def _plain(value: Any) -> Any:
    """A model value as JSON: partial dates as text, groups as objects without empty parts."""
    if isinstance(value, PartialDate):
        return str(value)
    if is_dataclass(value):
        return {item.name: _plain(getattr(value, item.name)) for item in dataclass_fields(value)
                if getattr(value, item.name) is not None}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value

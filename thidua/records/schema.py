"""The record schema, declared once as objects: every field with its kind, docs and example.

Each kind turns a raw YAML value into a model value or reports what is wrong, as a list of
``(field, message)`` pairs. Validation (``records.py``), the editors' documentation and the
tests all read this one table.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any, Callable

from thidua.records.dates import DateError, PartialDate
from thidua.records.folding import fold
from thidua.records.gazetteer import gazetteer
from thidua.records.movements import movements

Messages = list[tuple[str, str]]


class FieldError(ValueError):
    """A value that does not fit its field; carries every ``(field, message)`` found."""

    def __init__(self, messages: Messages):
        super().__init__("; ".join(message for _, message in messages))
        self.messages = messages


class Kind:
    """How one field's raw value is read. Subclasses override :meth:`parse`."""

    type_name = "text"

    def parse(self, value: Any, name: str) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict:
        """The JSON Schema of the value as exported (``record.json``)."""
        raise NotImplementedError


class Text(Kind):
    """Non-empty text on one or more lines."""

    def parse(self, value: Any, name: str) -> str:
        if isinstance(value, (dict, list)) or value is None or isinstance(value, bool):
            raise FieldError([(name, "must be text; write it on the same line after the colon")])
        text = str(value).strip()
        if not text:
            raise FieldError([(name, "is empty; write the value or remove the field")])
        return text

    def json_schema(self) -> dict:
        return {"type": "string", "minLength": 1}


class Pattern(Text):
    """Text that must match a regular expression."""

    def __init__(self, regex: str, hint: str, type_name: str):
        self.regex = re.compile(regex)
        self.hint = hint
        self.type_name = type_name

    def parse(self, value: Any, name: str) -> str:
        text = super().parse(value, name)
        if not self.regex.fullmatch(text):
            raise FieldError([(name, f"'{text}' is not {self.hint}")])
        return text

    def json_schema(self) -> dict:
        return {"type": "string", "pattern": f"^(?:{self.regex.pattern})$"}


class Date(Kind):
    """A partial date: ``2023``, ``2023-08`` or ``2023-08-21``."""

    type_name = "partial date"

    def parse(self, value: Any, name: str) -> PartialDate:
        try:
            return PartialDate.parse(value)
        except DateError as error:
            raise FieldError([(name, str(error))]) from None

    def json_schema(self) -> dict:
        return {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}


class Choice(Kind):
    """One of a fixed set of codes."""

    def __init__(self, choices: dict[str, Any]):
        self.choices = choices
        self.type_name = "one of " + ", ".join(choices)

    def parse(self, value: Any, name: str) -> str:
        text = Text().parse(value, name)
        if text in self.choices:
            return text
        same = [choice for choice in self.choices if fold(choice) == fold(text)]
        close = same or difflib.get_close_matches(text, list(self.choices), n=1, cutoff=0.4)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise FieldError([(name, f"unknown value '{text}'; {hint}use one of: "
                                 + ", ".join(self.choices))])

    def json_schema(self) -> dict:
        return {"enum": list(self.choices)}


class Province(Kind):
    """Slug of a provincial unit in the gazetteer, as named on the issue date."""

    type_name = "province slug"

    def parse(self, value: Any, name: str) -> str:
        slug = Text().parse(value, name)
        if gazetteer().get(slug):
            return slug
        named = gazetteer().lookup(slug)
        close = [named.slug] if named else gazetteer().closest(slug)
        hint = f"did you mean {' or '.join(close)}?" if close else "see thidua/records/data/provinces.yaml"
        raise FieldError([(name, f"unknown province '{slug}'; {hint}")])

    def json_schema(self) -> dict:
        return {"enum": sorted(gazetteer().units)}


class MovementSlug(Kind):
    """Slug of a national movement in the table (``data/movements.yaml``)."""

    type_name = "movement slug"

    def parse(self, value: Any, name: str) -> str:
        slug = Text().parse(value, name)
        known = list(movements())
        if slug in known:
            return slug
        close = difflib.get_close_matches(slug, known, n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise FieldError([(name, f"unknown movement '{slug}'; {hint}see the table in "
                                 "thidua/records/data/movements.yaml (one of: "
                                 + ", ".join(known) + ")")])

    def json_schema(self) -> dict:
        return {"enum": list(movements())}


class ListOf(Kind):
    """A YAML list whose items are all of one kind."""

    def __init__(self, item: Kind):
        self.item = item
        self.type_name = f"list of {item.type_name}"

    def parse(self, value: Any, name: str) -> tuple:
        if isinstance(value, dict) and isinstance(self.item, Group):
            raise FieldError([(name, "must be a list, one item per article: write '- ' before "
                                     "the first sub-field (e.g. '- url: https://…')")])
        if not isinstance(value, list):
            raise FieldError([(name, "must be a list, e.g. [a, b] or one '- item' per line")])
        items, messages = [], []
        for index, raw in enumerate(value):
            try:
                items.append(self.item.parse(raw, f"{name}[{index}]"))
            except FieldError as error:
                messages.extend(error.messages)
        if messages:
            raise FieldError(messages)
        return tuple(items)

    def json_schema(self) -> dict:
        return {"type": "array", "items": self.item.json_schema()}


@dataclass(frozen=True)
class Field:
    """One frontmatter key: its kind, whether it is required, what it means, an example."""

    name: str
    kind: Kind
    required: bool
    doc: str
    example: str


class Group(Kind):
    """A mapping of named sub-fields, read into a dataclass."""

    type_name = "mapping"

    def __init__(self, model: Callable[..., Any], fields: list[Field]):
        self.model = model
        self.fields = {field.name: field for field in fields}

    def parse(self, value: Any, name: str) -> Any:
        if not isinstance(value, dict):
            raise FieldError([(name, "must be a mapping of sub-fields: "
                                     + ", ".join(self.fields))])
        values, messages = read_fields(value, self.fields, prefix=f"{name}.")
        if messages:
            raise FieldError(messages)
        return self.model(**values)

    def json_schema(self) -> dict:
        return object_schema(self.fields)


class Reasons(Kind):
    """A mapping from field names (dotted for sub-fields) to the reason a fact was inferred."""

    type_name = "mapping of field → reason"

    def __init__(self, known: Callable[[], list[str]]):
        self.known = known

    def parse(self, value: Any, name: str) -> dict[str, str]:
        if not isinstance(value, dict):
            raise FieldError([(name, "must map each inferred field to its reason, "
                                     "e.g. {province: \"the outlet is Cần Thơ's\"}")])
        reasons, messages = {}, []
        for key, reason in value.items():
            key = str(key)
            if key not in self.known():
                messages.append((f"{name}.{key}", unknown_field_message(key, self.known())))
                continue
            try:
                reasons[key] = Text().parse(reason, f"{name}.{key}")
            except FieldError as error:
                messages.extend(error.messages)
        if messages:
            raise FieldError(messages)
        return reasons

    def json_schema(self) -> dict:
        return {"type": "object", "propertyNames": {"enum": self.known()},
                "additionalProperties": {"type": "string", "minLength": 1}}


def object_schema(fields: dict[str, "Field"]) -> dict:
    """A JSON Schema object with one property per field, documented from the field table."""
    properties = {}
    for field in fields.values():
        properties[field.name] = {**field.kind.json_schema(), "description": field.doc,
                                  "examples": [field.example]}
    return {"type": "object", "properties": properties, "additionalProperties": False,
            "required": [field.name for field in fields.values() if field.required]}


def unknown_field_message(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else "known fields: " + ", ".join(known)
    return f"unknown field; {hint}"


def read_fields(raw: dict, fields: dict[str, Field], prefix: str = "") -> tuple[dict, Messages]:
    """Read every field of ``raw``; return the values given and every message (never stops early).

    Absent fields are left out of the values, so that the model's defaults apply.
    """
    values: dict[str, Any] = {}
    messages: Messages = []
    for key in raw:
        if str(key) not in fields:
            messages.append((f"{prefix}{key}", unknown_field_message(str(key), list(fields))))
    for field in fields.values():
        name = f"{prefix}{field.name}"
        if raw.get(field.name) is None:
            if field.required:
                messages.append((name, f"is required ({field.doc.rstrip('.').lower()}), "
                                       f"e.g. {field.name}: {field.example}"))
            continue
        try:
            values[field.name] = field.kind.parse(raw[field.name], name)
        except FieldError as error:
            messages.extend(error.messages)
    return values, messages


def markdown_table(fields: dict[str, Field]) -> str:
    """The fields as a Markdown table for editors: name, type, required, meaning, example."""
    rows = ["| field | type | required | meaning | example |", "|---|---|---|---|---|"]

    def add(field: Field, name: str) -> None:
        cells = (f"`{name}`", field.kind.type_name, "yes" if field.required else "no",
                 field.doc, f"`{field.example}`")
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")

    for field in fields.values():
        add(field, field.name)
        for sub in sub_fields(field).values():
            add(sub, f"{field.name}.{sub.name}")
    return "\n".join(rows) + "\n"


def sub_fields(field: Field) -> dict[str, Field]:
    """The sub-fields of a group, or of each item of a list of groups (``source.url``); none
    for any other field."""
    kind = field.kind.item if isinstance(field.kind, ListOf) else field.kind
    return kind.fields if isinstance(kind, Group) else {}


def dotted_names(fields: dict[str, Field]) -> list[str]:
    """Every field name, with ``group.sub`` names for the sub-fields of groups."""
    names = []
    for field in fields.values():
        names.append(field.name)
        names.extend(f"{field.name}.{sub}" for sub in sub_fields(field))
    return names



DOC_NUMBER = Pattern(
    r"[0-9][0-9A-Za-zÀ-ỹĐđ./\-&]*",
    "a document number as printed, e.g. 2255/KH-UBND, 34-CT/TU or 1528/KH-SGD&ĐT",
    "document number",
)
TOPIC = Pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*", "a lowercase slug, e.g. administrative-reform",
                "slug")
URL = Pattern(r"https?://\S+", "an http(s) URL", "URL")
SITE_PATH = Pattern(r"/?[a-z][a-z0-9\-]*/\d{4}/[a-z0-9][a-z0-9\-]*/?",
                    "the former path of a plan, /<province>/<year>/<slug>/, e.g. "
                    "/can-tho/2024/kh-ubnd-2024-02-20/", "plan path")

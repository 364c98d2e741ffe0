"""Read a record file: UTF-8 text, YAML frontmatter with the line of every field, and body.

python-frontmatter splits the file; PyYAML composes the frontmatter into nodes so that every
problem can name its line. Dates stay text (the record model parses partial dates itself),
YAML tags other than the plain ones are refused, and so are anchors, aliases and duplicate keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from thidua.records.cache import Stamp, stamp
from thidua.records.folding import nfc
from thidua.records.problems import InvalidArchive, Problem

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present


class _RecordLoader(_SafeLoader):
    """SafeLoader that leaves dates as text: ``2019-05`` and ``2019-05-17`` read alike."""


_RecordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "map", "seq")}
"""The only YAML types a record uses; any other tag (``!!python/object``…) is refused."""


LAUNCH_DOUBTED = "ingest did not recognise a launch"
"""The opening words of the note ``thidua ingest`` puts at the top of a draft that may be no plan at all (a feature, a
report of results): a file that still holds it is not published until an editor has answered it."""
_DOUBT = re.compile(r"^[ \t]*#[ \t]*review:[ \t]*" + re.escape(LAUNCH_DOUBTED), re.M)


_PARENT = re.compile(r"(\[\d+\]|\.[^.\[]*)$")
"""The last step of a dotted field name: ``[1]`` or ``.start``."""


@dataclass
class SourceFile:
    """A record file as read: its frontmatter values, the line of each field, and its body."""

    path: str
    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    """Line of each field by dotted name (``period.start``)."""
    body: str = ""
    unanswered: list[Problem] = field(default_factory=list)
    """The draft's note that ingest did not recognise a launch, still there (:func:`_doubted_launch`): reported with
    the fields' problems, which are checked all the same."""

    def line_of(self, name: str) -> int:
        """Line of a field (``cites[1]``, ``period.start``), else of its parent, else 1."""
        while name in self.lines or _PARENT.search(name):
            if name in self.lines:
                return self.lines[name]
            name = _PARENT.sub("", name)
        return 1


def read_source(path: Path, shown_as: str) -> tuple[SourceFile, list[Problem]]:
    """Read ``path``; return what could be read and the problems that keep it from being read (never raises); a
    draft's unanswered note is kept apart, in ``unanswered``."""
    source = SourceFile(path=shown_as)
    parts = _split(path, shown_as)
    if isinstance(parts, Problem):
        return source, [parts]
    head, source.body, offset = parts
    source.unanswered = _doubted_launch(head, offset, source)
    return source, _parse_head(head, offset, source)


def _doubted_launch(head: str, offset: int, source: SourceFile) -> list[Problem]:
    """The draft's note that ingest did not recognise a launch, if it is still there: the editor has not yet said
    whether the article announces a campaign at all."""
    return [Problem(source.path, offset + head.count("\n", 0, note.start()) + 1, "file",
                    "the draft still asks whether the article launches a campaign (the '# review: "
                    f"{LAUNCH_DOUBTED} …' line): if it announces a campaign being launched, delete that line; if it is "
                    "a feature, a report of results, a congress or a commendation, delete this file and its .en.md")
            for note in _DOUBT.finditer(head)]


def read_body(path: Path, shown_as: str | None = None, checked: Stamp | None = None) -> str:
    """The body of a record file, as :func:`read_source` reads it (the frontmatter is not
    parsed). A build reads a plan's text when it writes its page, instead of holding 10,000
    texts in memory from the start. :class:`InvalidArchive`, naming the file as ``shown_as``,
    if the file can no longer be read, or if it is no longer as it was when it was checked
    (``checked``, its stamp then): a text saved during the build is not published unchecked."""
    shown_as = shown_as or path.as_posix()
    parts = _split(path, shown_as)
    if isinstance(parts, Problem):
        raise InvalidArchive([parts])
    if checked is not None and stamp(path) != checked:
        raise InvalidArchive([Problem(shown_as, 1, "file", "changed after the archive was "
                                      "checked; build again (the build checks it anew)")])
    return parts[1]


def indented_paragraphs(path: Path, shown_as: str) -> list[Problem]:
    """A warning for each paragraph of a record's text that starts four spaces (or a tab) in,
    as pasted text often does: Markdown would show it as a block of code, not a paragraph."""
    parts = _split(path, shown_as)
    if isinstance(parts, Problem):
        return []
    body = parts[1]
    text = nfc(path.read_text("utf-8")).removeprefix("\ufeff")
    first = text[:text.rindex(body)].count("\n") + 1 if body else 1  # its first line in the file
    lines = body.split("\n")
    return [Problem(shown_as, first + index, "body", "this paragraph starts with four spaces or a "
                    "tab, so it would be shown as code: remove the indent")
            for index, line in enumerate(lines)
            if re.match(r"(?: {4}|\t)\S", line) and (index == 0 or not lines[index - 1].strip())]


def _split(path: Path, shown_as: str) -> tuple[str, str, int] | Problem:
    """The frontmatter, the body and the number of lines before the frontmatter's first
    field; or the problem that keeps the file from being split."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Problem(shown_as, 1, "file", f"cannot be read: {error.strerror}")
    try:
        text = nfc(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Problem(shown_as, line, "file", f"is not UTF-8 (byte 0x{raw[error.start]:02x} at "
                       f"offset {error.start}); save the file as UTF-8")
    text = text.removeprefix("\ufeff")
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return Problem(shown_as, 1, "file", "has no frontmatter; start the file with a "
                       "line '---', the fields, and another line '---'")
    try:
        head, body = handler.split(text)
    except ValueError:
        return Problem(shown_as, 1, "file", "frontmatter is not closed; add a line "
                       "'---' after the last field")
    opening = handler.FM_BOUNDARY.search(text)
    return head, body.lstrip("\n"), text.count("\n", 0, opening.end())


def _parse_head(head: str, offset: int, source: SourceFile) -> list[Problem]:
    """Parse the frontmatter; ``offset`` is the number of file lines before it."""
    loader = _RecordLoader(head)
    try:
        node = loader.get_single_node()
        if node is None:
            return [Problem(source.path, offset + 1, "file",
                            "frontmatter is empty; add the record's fields")]
        problems = _check_nodes(node, offset, source)
        if problems:
            return problems
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = offset + mark.line + 1 if mark else 1
        what = error.problem or error.context or "invalid YAML"
        return [Problem(source.path, line, "file", f"YAML syntax error: {what}; check the "
                        "indentation and quote values that contain ':' or '#'")]
    except yaml.YAMLError as error:
        return [Problem(source.path, 1, "file", f"YAML error: {error}")]
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return [Problem(source.path, 2, "file", "frontmatter must be a mapping of 'field: value' lines")]
    source.data = data
    return []


def _check_nodes(root: yaml.Node, offset: int, source: SourceFile) -> list[Problem]:
    """Record the line of every field; refuse duplicate keys, anchors, aliases and odd tags."""
    problems: list[Problem] = []
    seen: set[int] = set()

    def visit(node: yaml.Node, name: str) -> None:
        line = offset + node.start_mark.line + 1
        if id(node) in seen:
            problems.append(Problem(source.path, line, name or "file",
                                    "YAML anchors and aliases are not allowed; write the value out"))
            return
        seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            problems.append(Problem(source.path, line, name or "file",
                                    f"the YAML tag '{node.tag}' is not allowed; write a plain value"))
            return
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                child = f"{name}.{key}" if name else key
                key_line = offset + key_node.start_mark.line + 1
                if key in keys:
                    problems.append(Problem(source.path, key_line, child,
                                            f"appears twice (first on line {keys[key]}); keep one"))
                    continue
                keys[key] = key_line
                source.lines[child] = key_line
                visit(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                source.lines[f"{name}[{index}]"] = offset + item.start_mark.line + 1
                visit(item, f"{name}[{index}]")

    visit(root, "")
    return problems

"""Links between the site's Markdown files: which files a text links to, as MkDocs names them.

MkDocs turns a link to another Markdown file (``[kế hoạch](../2021/220-kh-ubnd.md)``) into a
link to its page, and warns (strict mode: fails) when the file is not there. A dirty build
(thidua/build/incremental.py) must keep such files in MkDocs' collection and build again a page whose
link target changed, so it needs them; a text's are found once, when its file is read. What is
found is a superset (any word ending in ``.md``): a word that is no link costs nothing.
"""

from __future__ import annotations

import posixpath
import re

_MARKDOWN_FILE = re.compile(r"[^\s()<>\[\]\"'`*]+\.md\b")


def linked_files(text: str, folder: str = "") -> tuple[str, ...]:
    """The Markdown files ``text`` may link to, relative to the content folder, each once, in
    order (``folder``: the text's own folder there, ``can-tho/2023``)."""
    found = []
    for target in _MARKDOWN_FILE.findall(text):
        if "://" in target or target.startswith(("/", "mailto:")):
            continue
        path = posixpath.normpath(posixpath.join(folder, target))
        if not path.startswith("../"):
            found.append(path)
    return tuple(dict.fromkeys(found))

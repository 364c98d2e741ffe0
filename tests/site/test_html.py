"""Valid HTML: every page of the built site passes the Nu HTML checker (vnu-jar, from the npm
registry, pinned in package.json, run on Debian's Java), but for a short allow-list of markup
that Material itself emits."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ALLOWED = [
    # Material's base.html writes its drawer and search toggles as
    # <input type="checkbox" autocomplete="off">: harmless (browsers ignore it there), and
    # only Material's templates can change it.
    (re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
     re.compile(r'type="checkbox" id="__(drawer|search)" autocomplete="off"')),
]


def test_every_page_is_valid_html(site):
    java = shutil.which("java")
    assert java, "Java is needed for the HTML checker: apt-get install default-jre-headless"
    assert VNU.exists(), "vnu-jar is missing: run make test (npm ci installs it)"
    pages = sorted(str(path) for path in site.rglob("*.html"))
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').rsplit('/site/', 1)[-1]}: {m['message']}"
              for m in messages
              if not any(message.search(m["message"]) and extract.search(m.get("extract", ""))
                         for message, extract in ALLOWED)]
    assert len(pages) > 150 and errors == []

"""The editors' documentation says what the code does."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT
from thidua.records.model import ENGLISH_FIELDS, RECORD_FIELDS
from thidua.records.schema import markdown_table
from thidua.records.vocabulary import DOC_TYPES, ISSUER_LEVELS

GUIDE = (ROOT / "content" / "README.md").read_text("utf-8")


def section(name: str) -> str:
    match = re.search(rf"<!-- fields:{name} -->\n(.*?)<!-- /fields:{name} -->", GUIDE, re.S)
    assert match, f"content/README.md has no fields:{name} section"
    return match.group(1)


def test_the_field_tables_are_the_schema():
    assert section("vi") == markdown_table(RECORD_FIELDS)
    assert section("en") == markdown_table(ENGLISH_FIELDS)


def test_every_document_type_and_issuer_level_is_documented():
    for code, names in {**DOC_TYPES, **ISSUER_LEVELS}.items():
        assert f"| `{code}` | {names['vi']} | {names['en']} |" in GUIDE


def test_quick_start_has_exactly_the_two_commands():
    readme = (ROOT / "README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make site", "make test"]


def test_every_direct_dependency_is_pinned_and_explained():
    lock = set((ROOT / "requirements.txt").read_text("utf-8").lower().split())
    readme = (ROOT / "README.md").read_text("utf-8")
    explained = {name.lower(): version for name, version in
                 re.findall(r"^\| ([a-z0-9\-]+) \| ([0-9.]+) \| \S", readme, re.M | re.I)}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    direct = [requirement.lower().split("==") for requirement in project["dependencies"]]
    for name in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "lunr", "pytest"):
        assert name in explained, f"{name} is not explained in the README"
    for name, version in direct:
        assert explained.get(name) == version, f"{name} is not explained at {version}"
    for name, version in explained.items():
        assert f"{name}=={version}" in lock, f"{name}=={version} is not in requirements.txt"


def test_the_layout_names_every_layer_and_only_the_command_stays_at_the_top():
    package = ROOT / "thidua"
    assert sorted(path.name for path in package.glob("*.py")) == ["__init__.py", "cli.py"]
    layers = sorted(path.parent.name for path in package.glob("*/__init__.py"))
    assert layers == ["bench", "build", "compat", "editing", "records", "site"]
    readme = (ROOT / "README.md").read_text("utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    architecture = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    for layer in layers:
        assert f"  {layer}/ " in layout, f"README's layout does not name thidua/{layer}/"
        assert f"`thidua/{layer}/`" in architecture, f"ARCHITECTURE.md does not name {layer}"
        doc = (package / layer / "__init__.py").read_text("utf-8")
        assert "May import" in doc, f"thidua/{layer}/__init__.py does not say what it may import"

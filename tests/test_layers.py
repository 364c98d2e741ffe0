"""The package's layers are a checked contract (thidua/__init__.py, pyproject.toml's
[tool.importlinter]): a lower layer that imports a higher one, or records that import MkDocs,
fail the suite and are named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess:
    """import-linter over the package in ``root``, with ``root``'s contracts."""
    return subprocess.run([str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"],
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                          capture_output=True, text=True, timeout=120)


def test_every_layer_imports_only_the_layers_below_it():
    result = _lint(ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("module, line, contract", [
    ("records/dates.py", "import mkdocs", "Records, site and editing know no site generator"),
    ("site/csp.py", "from thidua.editing import drafts", "Each layer imports only the layers below it"),
    ("build/memory.py", "import thidua.bench.corpus", "Each layer imports only the layers below it"),
    ("records/folding.py", "import thidua.site.urls", "Each layer imports only the layers below it"),
    ("compat/assumptions.py", "import thidua.records", "compat relies on other packages only"),
    ("records/dates.py", "import thidua.compat.lunr",
     "Records and editing rely on no other package's internals"),
])
def test_an_import_against_the_layers_is_named(tmp_path, module, line, contract):
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "thidua", tmp_path / "thidua",
                    ignore=shutil.ignore_patterns("__pycache__"))
    path = tmp_path / "thidua" / module
    path.write_text(path.read_text("utf-8") + f"\n{line}  # noqa\n", "utf-8")

    result = _lint(tmp_path)

    assert result.returncode != 0
    assert f"{contract} BROKEN" in result.stdout
    assert "Contracts: 3 kept, 1 broken." in result.stdout

"""Publishing: the CI workflow is valid, and two builds of one commit are byte-identical."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

from conftest import ROOT, build_site, copy_seed_content, differing_files, make_project

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def actionlint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(ACTIONLINT), "-no-color", str(path)], capture_output=True,
                          text=True, timeout=120)


def test_the_workflow_passes_actionlint_and_a_broken_one_does_not(tmp_path):
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "site.yml"
    broken.write_text(WORKFLOW.read_text("utf-8").replace("runs-on: ubuntu-24.04", "runs_on: x", 1),
                      "utf-8")
    assert actionlint(broken).returncode != 0


def test_the_workflow_checks_pull_requests_and_publishes_main():
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    steps = workflow["jobs"]["build"]["steps"]
    commands = [step.get("run", "") for step in steps]
    assert "make validate" in commands and "make site" in commands and "make test" in commands
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".venv" and "requirements.txt" in cache["with"]["key"]
    publish = workflow["jobs"]["publish"]
    assert publish["steps"][0]["uses"].startswith("actions/deploy-pages")
    assert "refs/heads/main" in publish["if"] and publish["permissions"]["pages"] == "write"


def test_the_workflow_tests_every_python_the_package_supports():
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    build = workflow["jobs"]["build"]
    pythons = build["strategy"]["matrix"]["python"]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "requires-python"]
    assert requires == f">={pythons[0]},<3.{int(pythons[-1].split('.')[1]) + 1}"
    assert pythons == [f"3.{minor}" for minor in range(11, 11 + len(pythons))]
    # each job builds .venv with its own Python, and its cache is its own
    assert build["container"] == "python:${{ matrix.python }}-bookworm"
    assert build["env"]["PYTHON"] == "python${{ matrix.python }}"
    cache = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/cache"))
    assert "${{ matrix.python }}" in cache["with"]["key"]


def test_two_builds_of_the_same_content_are_byte_identical(tmp_path, site):
    again = tmp_path / "again"
    result = build_site(make_project(tmp_path, copy_seed_content(tmp_path / "content")), again)
    assert result.returncode == 0, result.stderr
    assert differing_files(site, again) == []

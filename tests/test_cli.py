"""The `thidua` command as an editor or a pre-commit hook runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from conftest import ROOT, line_of, record_text
from thidua.cli import main
from thidua.records.archive import record_files

THIDUA = Path(sys.executable).parent / "thidua"


def test_validate_is_installed_and_passes_on_the_real_archive():
    result = subprocess.run([str(THIDUA), "validate"], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 0, result.stderr
    files = len(record_files(ROOT / "content"))  # every record and English file
    assert files > 100 and result.stdout == f"{files} files checked, no problems.\n"


def test_validate_reports_every_problem_and_exits_1(content):
    text = record_text(issued="2023-02-30")
    content.write("cao-bang/2023/12-kh-ubnd.md", text)
    other = record_text(number="13/KH-UBND", type="X")
    content.write("cao-bang/2023/13-kh-ubnd.md", other)
    result = CliRunner(mix_stderr=False).invoke(main, ["validate", "--content", str(content.dir)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"content/cao-bang/2023/12-kh-ubnd.md:{line_of(text, 'issued:')}: issued: '2023-02-30' "
        "does not exist: February 2023 has 28 days",
        f"content/cao-bang/2023/13-kh-ubnd.md:{line_of(other, 'type:')}: type: unknown value 'X'; "
        "use one of: KH, QĐ, CT, "
        "NQ, HD, CTr, TB, CV",
        "Error: 2 problems found",
    ]


def test_validate_only_some_paths(content):
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(issued="2023-02-30"))
    good = content.write("ha-noi/2023/12-kh-ubnd.md",
                         record_text(province="ha-noi", issuer="UBND thành phố Hà Nội"))
    result = CliRunner(mix_stderr=False).invoke(main, ["validate", "--content", str(content.dir), str(good)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "1 file checked, no problems.\n"


def test_validate_refuses_a_path_outside_the_content_folder(content, tmp_path):
    stray = tmp_path / "elsewhere.md"
    stray.write_text(record_text(), "utf-8")
    result = CliRunner(mix_stderr=False).invoke(main, ["validate", "--content", str(content.dir), str(stray)])
    assert result.exit_code == 2
    assert "is not in the content folder" in result.stderr


def test_validate_without_a_content_folder_is_a_usage_error(tmp_path):
    result = CliRunner(mix_stderr=False).invoke(main, ["validate", "--content", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "no content folder at" in result.stderr


def test_the_pre_commit_hook_checks_the_staged_records(content):
    repo = content.root
    venv = Path(sys.executable).parent.parent
    (repo / ".venv").symlink_to(venv)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(git + ["init", "-q"], cwd=repo, check=True)
    hook = Path(__file__).resolve().parents[1] / "scripts" / "pre-commit"
    text = record_text(issued="2023-02-30")
    content.write("cao-bang/2023/12-kh-ubnd.md", text)
    subprocess.run(git + ["add", "content"], cwd=repo, check=True)
    result = subprocess.run([str(hook)], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 1
    assert (f"content/cao-bang/2023/12-kh-ubnd.md:{line_of(text, 'issued:')}: issued: "
            "'2023-02-30' does not exist") in result.stderr
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text())
    subprocess.run(git + ["add", "content"], cwd=repo, check=True)
    result = subprocess.run([str(hook)], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    subprocess.run(git + ["commit", "-q", "--no-verify", "-m", "a record"], cwd=repo, check=True)
    content.write("cao-bang/2023/12-kh-ubnd.en.md", "---\ntitle: T\nsummary: S\n---\n\nText.\n")
    subprocess.run(git + ["add", "content"], cwd=repo, check=True)
    subprocess.run(git + ["commit", "-q", "--no-verify", "-m", "its English file"], cwd=repo,
                   check=True)
    subprocess.run(git + ["rm", "-q", "content/cao-bang/2023/12-kh-ubnd.md"], cwd=repo, check=True)
    result = subprocess.run([str(hook)], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 1
    assert "12-kh-ubnd.en.md:1: file: is an English file with no Vietnamese original" in result.stderr


def test_validate_warns_of_a_paragraph_indented_as_code_and_passes(content):
    text = record_text(body="Đoạn một.\n\n    Đoạn dán vào còn thụt lề.\n\n- một mục\n\n      tiếp mục\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", text)
    result = CliRunner(mix_stderr=False).invoke(main, ["validate", "--content", str(content.dir)])
    assert result.exit_code == 0, result.stderr
    line = text.splitlines().index("    Đoạn dán vào còn thụt lề.") + 1
    assert result.stderr.splitlines() == [
        f"warning: content/cao-bang/2023/12-kh-ubnd.md:{line}: body: this paragraph starts with four "
        "spaces or a tab, so it would be shown as code: remove the indent"]  # (not the list's)

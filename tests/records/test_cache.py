"""Record files read once: a file is read again exactly when it may have changed, and what the
archive checks across files is checked every time."""

from __future__ import annotations

import os

import pytest

from conftest import record_text
from thidua.records import archive as archive_module
from thidua.records.archive import check_archive
from thidua.records.cache import SETTLE_SECONDS, cache_folder

PLACE = "cao-bang/2023/12-kh-ubnd.md"
OTHER = "cao-bang/2023/13-kh-ubnd.md"


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The record files the archive reads (and does not take from the cache), by name."""
    seen: list[str] = []
    for name in ("load_record", "load_english"):
        real = getattr(archive_module, name)

        def counting(path, *args, _real=real):
            seen.append(path.name)
            return _real(path, *args)
        monkeypatch.setattr(archive_module, name, counting)
    return seen


def settled(path) -> None:
    """Date the file's last change back, as if saved a while before the build."""
    then = path.stat().st_mtime - 10 * SETTLE_SECONDS
    os.utime(path, (then, then))


def check(content):
    archive, problems = check_archive(content.dir, cache=cache_folder(content.dir))
    return archive, [str(problem) for problem in problems]


def test_an_unchanged_file_is_not_read_again(content, reads):
    for path in (content.write(PLACE, record_text()),
                 content.write(OTHER, record_text(number="13/KH-UBND")),
                 content.write(PLACE.replace(".md", ".en.md"),
                               "---\ntitle: Plan\nsummary: A plan.\n---\n\nText.\n")):
        settled(path)
    first, problems = check(content)
    assert problems == [] and sorted(reads) == ["12-kh-ubnd.en.md", "12-kh-ubnd.md",
                                                "13-kh-ubnd.md"]
    reads.clear()
    second, problems = check(content)
    assert problems == [] and reads == []
    assert second.records == first.records  # the English file included
    assert second.by_url["cao-bang/2023/12-kh-ubnd/"].english.title == "Plan"


def test_a_changed_file_is_read_again_and_its_problems_reported(content, reads):
    path = content.write(PLACE, record_text())
    settled(path)
    check(content)
    path.write_text(record_text(issued="2023-02-30"), "utf-8")
    settled(path)
    reads.clear()
    archive, problems = check(content)
    assert reads == ["12-kh-ubnd.md"]
    assert archive.records == () and len(problems) == 1 and "2023-02-30" in problems[0]


def test_a_file_rewritten_with_the_same_size_and_time_is_read_again(content, reads):
    path = content.write(PLACE, record_text(title="Phát động thi đua năm 2023"))
    settled(path)
    check(content)
    status = path.stat()
    path.write_text(record_text(title="Phát động thi đua năm 2024"), "utf-8")  # same length
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (status.st_size, status.st_mtime_ns)
    archive, _ = check(content)
    assert archive.records[0].title == "Phát động thi đua năm 2024"


def test_a_file_saved_just_before_the_build_is_read_again_next_time(content, reads):
    # Within the clock's resolution a second save could leave its stamp as it was.
    content.write(PLACE, record_text())
    check(content)
    reads.clear()
    check(content)
    assert reads == ["12-kh-ubnd.md"]


def test_checks_across_files_are_made_every_time(content, reads):
    settled(content.write(PLACE, record_text()))
    check(content)
    duplicate = content.write("cao-bang/2023/12-kh-ubnd.markdown", record_text())
    settled(duplicate)
    _, problems = check(content)
    assert any("records are .md files" in problem for problem in problems)
    duplicate.unlink()
    settled(content.write(PLACE.replace(".md", ".en.md"),
                          "---\ntitle: Plan\nsummary: A plan.\n---\n"))
    (content.dir / PLACE).unlink()  # the original goes: its English file is an orphan
    _, problems = check(content)
    assert problems == ["content/cao-bang/2023/12-kh-ubnd.en.md:1: file: is an English file "
                        "with no Vietnamese original; add content/cao-bang/2023/12-kh-ubnd.md "
                        "or remove it"]


def test_another_version_of_the_package_starts_afresh(content, reads, monkeypatch):
    settled(content.write(PLACE, record_text()))
    check(content)
    monkeypatch.setattr("thidua.records.cache.code_key", lambda: "another version")
    reads.clear()
    check(content)
    assert reads == ["12-kh-ubnd.md"]


def test_a_damaged_cache_is_read_as_none(content, reads):
    settled(content.write(PLACE, record_text()))
    check(content)
    [kept] = cache_folder(content.dir).glob("records-*.pickle")
    kept.write_bytes(kept.read_bytes()[:200])
    reads.clear()
    archive, problems = check(content)
    assert reads == ["12-kh-ubnd.md"] and problems == [] and len(archive.records) == 1


def test_without_a_cache_folder_nothing_is_kept(content, reads):
    settled(content.write(PLACE, record_text()))
    for _ in range(2):
        check_archive(content.dir)
    assert reads == ["12-kh-ubnd.md"] * 2
    assert not cache_folder(content.dir).exists()

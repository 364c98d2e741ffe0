"""Every kind of bad record is reported as path:line: field: message, all in one run."""

from __future__ import annotations

import pytest

from conftest import line_of, record_text
from thidua.records.archive import check_archive

PLACE = "cao-bang/2023/12-kh-ubnd.md"
SHOWN = f"content/{PLACE}"


def problems_of(content):
    archive, problems = check_archive(content.dir)
    return archive, [str(problem) for problem in problems]


def test_a_valid_record_has_no_problem(content):
    content.write(PLACE, record_text())
    archive, problems = problems_of(content)
    assert problems == []
    assert [record.url for record in archive.records] == ["cao-bang/2023/12-kh-ubnd/"]


def test_missing_required_field(content):
    text = record_text(issuer=None)
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:1: issuer: is required (issuing body as printed), "
                        "e.g. issuer: UBND tỉnh Cao Bằng"]


def test_an_empty_mapping_is_no_record_and_names_every_field_it_lacks(content):
    content.write(PLACE, "---\n{}\n---\n")
    archive, problems = problems_of(content)
    assert not archive.records
    assert sorted(problem.split(": ", 2)[1] for problem in problems) == [
        "issuer", "issuer_level", "province", "summary", "title"]
    assert all(problem.startswith(f"{SHOWN}:1: ") and ": is required" in problem for problem in problems)


def test_a_draft_that_does_not_parse_still_names_its_unanswered_launch_note(content):
    text = record_text().replace("---\n", "---\n# review: ingest did not recognise a launch in the headline\n", 1)
    content.write(PLACE, text.replace("issuer_level: province", "issuer_level: [province"))
    _, problems = problems_of(content)
    assert len(problems) == 2 and "file: YAML syntax error:" in problems[1]
    assert problems[0].startswith(f"{SHOWN}:2: file: the draft still asks whether the article launches a campaign")


def test_yaml_syntax_error_names_its_line(content):
    text = record_text().replace("issuer_level: province", "issuer_level: [province")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert len(problems) == 1
    assert problems[0].startswith(f"{SHOWN}:{line_of(text, 'province: cao-bang')}: file: "
                                  "YAML syntax error:")


def test_a_file_that_is_not_utf8(content):
    text = record_text(body="Nội dung.\n")
    raw = text.encode("utf-8").replace("Nội".encode("utf-8"), b"N\xf4i")  # Latin-1 "ô"
    content.write(PLACE, raw)
    offset = raw.index(b"\xf4")
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'dung.')}: file: is not UTF-8 (byte 0xf4 at "
                        f"offset {offset}); save the file as UTF-8"]


def test_impossible_date(content):
    text = record_text(issued="2023-02-30")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'issued:')}: issued: '2023-02-30' does not "
                        "exist: February 2023 has 28 days"]


def test_malformed_date_in_a_sub_field(content):
    text = record_text(period={"start": "5/2019", "end": "2023-12"})
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'start:')}: period.start: '5/2019' is not a "
                        "date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08-21)"]


def test_period_ending_before_it_starts(content):
    text = record_text(period={"start": "2023-08", "end": "2023-06-30"})
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'end:')}: period.end: 2023-06-30 is before the "
                        "start 2023-08; check the order of the two dates"]


def test_unknown_province_suggests_the_closest_slugs(content):
    text = record_text(province="cao-bangg")
    content.write("cao-bangg/2023/12-kh-ubnd.md", text)
    _, problems = problems_of(content)
    assert problems == [f"content/cao-bangg/2023/12-kh-ubnd.md:{line_of(text, 'province:')}: "
                        "province: unknown province 'cao-bangg'; did you mean cao-bang?"]


def test_unknown_movement_names_the_closest_and_the_table(content):
    text = record_text(movement=["nong-thon-moi", "nong-thon-moii"])
    content.write("cao-bang/2023/12-kh-ubnd.md", text)
    _, problems = problems_of(content)
    assert len(problems) == 1
    assert problems[0].startswith(f"content/cao-bang/2023/12-kh-ubnd.md:{line_of(text, 'nong-thon-moii')}: "
                                  "movement[1]: unknown movement 'nong-thon-moii'; did you mean "
                                  "'nong-thon-moi'? see the table in thidua/records/data/movements.yaml")


def test_a_known_movement_is_read(content):
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(movement=["van-hoa-cong-so"]))
    archive, problems = problems_of(content)
    assert problems == [] and archive.records[0].movement == ("van-hoa-cong-so",)


def test_province_that_no_longer_existed_on_the_issue_date(content):
    text = record_text(province="hau-giang", issuer="UBND tỉnh Hậu Giang", issued="2026-01-05")
    content.write("hau-giang/2026/12-kh-ubnd.md", text)
    _, problems = problems_of(content)
    assert problems == [f"content/hau-giang/2026/12-kh-ubnd.md:{line_of(text, 'province:')}: "
                        "province: 'hau-giang' did not exist on 2026-01-05; it became can-tho "
                        "(Cần Thơ) after 2025-06-30"]


def test_unknown_document_type(content):
    text = record_text(type="KHH")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'type:')}: type: unknown value 'KHH'; did you "
                        "mean 'KH'? use one of: KH, QĐ, CT, NQ, HD, CTr, TB, CV"]


def test_record_in_the_wrong_place(content):
    text = record_text()
    content.write("cao-bang/2024/12-kh-ubnd.md", text)
    _, problems = problems_of(content)
    assert problems == [f"content/cao-bang/2024/12-kh-ubnd.md:{line_of(text, 'number:')}: path: "
                        f"the file should be {SHOWN} (province cao-bang, year 2023, slug "
                        "12-kh-ubnd); move it there, or fix the facts"]


def test_two_records_of_the_same_plan(content):
    content.write(PLACE, record_text())
    copy = record_text(title="Bản sao")
    content.write("cao-bang/2023/12-kh-ubnd-copy.md", copy)
    _, problems = problems_of(content)
    line = line_of(copy, "number:")
    assert problems == [
        f"content/cao-bang/2023/12-kh-ubnd-copy.md:{line}: number: the same plan as {SHOWN} "
        "(same province, year, number and issuer); keep one record",
        f"content/cao-bang/2023/12-kh-ubnd-copy.md:{line}: path: the file should be {SHOWN} "
        "(province cao-bang, year 2023, slug 12-kh-ubnd); move it there, or fix the facts",
    ]


def test_english_file_without_its_vietnamese_original(content):
    content.write("cao-bang/2023/13-kh-ubnd.en.md", "---\ntitle: A plan\nsummary: S.\n---\n\nText.\n")
    _, problems = problems_of(content)
    assert problems == ["content/cao-bang/2023/13-kh-ubnd.en.md:1: file: is an English file with "
                        "no Vietnamese original; add content/cao-bang/2023/13-kh-ubnd.md or "
                        "remove it"]


def test_unknown_field_suggests_the_closest(content):
    text = record_text(isued="2023-03-01")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'isued:')}: isued: unknown field; did you mean "
                        "'issued'?"]


def test_unknown_sub_field_is_named_with_its_parent(content):
    text = record_text(signer={"name": "Hoàng Xuân Ánh", "postt": "Chủ tịch"})
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'postt:')}: signer.postt: unknown field; did "
                        "you mean 'post'?"]


def test_issuer_other_than_the_peoples_committee_needs_a_code(content):
    text = record_text(issuer="Tỉnh ủy Cao Bằng", issuer_level="party", number="185-KH/TU")
    content.write("cao-bang/2023/185-kh-tu.md", text)
    _, problems = problems_of(content)
    assert problems == [f"content/cao-bang/2023/185-kh-tu.md:{line_of(text, 'issuer:')}: "
                        "issuer_code: is required for an "
                        "issuer other than the provincial People's Committee (UBND tỉnh/thành "
                        "phố): a short code such as 'tu' or 'snv'; it goes into the slug"]


def test_an_inferred_reason_must_name_a_known_field(content):
    text = record_text(inferred={"provinse": "the outlet is Cao Bằng's"})
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'provinse:')}: inferred.provinse: unknown "
                        "field; did you mean 'province'?"]


def test_a_date_is_needed_to_place_the_record(content):
    text = record_text(issued=None)
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:1: issued: is required when 'published' is absent: the year in "
                        "the URL comes from one of them, e.g. issued: 2023-08-21"]


def test_duplicate_keys_and_python_tags_are_refused(content):
    text = record_text() + ""
    text = text.replace("type: KH\n", "type: KH\ntype: QĐ\n")
    content.write(PLACE, text)
    evil = record_text(number="13/KH-UBND").replace(
        "title: ", "title: !!python/object/apply:os.system ['echo hi'] #", 1)
    content.write("cao-bang/2023/13-kh-ubnd.md", evil)
    _, problems = problems_of(content)
    assert problems == [
        f"{SHOWN}:{line_of(text, 'type: QĐ')}: type: appears twice (first on line "
        f"{line_of(text, 'type: KH')}); keep one",
        "content/cao-bang/2023/13-kh-ubnd.md:2: title: the YAML tag "
        "'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; write a plain value",
    ]


def test_every_problem_of_every_file_is_reported_in_one_run(content):
    content.write(PLACE, record_text(issued="2023-02-30", type="XX"))
    content.write("ha-noi/2022/1-kh-ubnd.md", record_text(province="ha-noi", number="1/KH-UBND",
                                                          issued="2022-01-01", summary=None))
    content.write("ha-noi/2022/2-kh-ubnd.en.md", "---\ntitle: T\nsummary: S\n---\n")
    _, problems = problems_of(content)
    fields = [problem.split(": ")[1] for problem in problems]
    assert fields == ["type", "issued", "summary", "file"]


def test_a_record_outside_any_province_folder_is_not_silently_skipped(content):
    content.write("cao-bang/12-kh-ubnd.md", record_text())
    _, problems = problems_of(content)
    assert [p.split(": ")[1] for p in problems] == ["path"]


def test_top_level_pages_are_not_records(content):
    content.write("index.md", "---\ntitle: Trang chủ\n---\n\nXin chào.\n")
    assert problems_of(content)[1] == []


def test_a_plan_filed_under_the_wrong_province_of_its_issuer(content):
    # A 2019 Hậu Giang plan filed under Cần Thơ (which absorbed Hậu Giang only in 2025).
    text = record_text(province="can-tho", issuer="UBND tỉnh Hậu Giang", issued="2019-06-17",
                       number="1460/KH-UBND")
    content.write("can-tho/2019/1460-kh-ubnd.md", text)
    _, problems = problems_of(content)
    assert problems == [f"content/can-tho/2019/1460-kh-ubnd.md:{line_of(text, 'province:')}: "
                        "province: 'can-tho' is not the province of the issuer 'UBND tỉnh Hậu "
                        "Giang' (hau-giang); a plan is filed under the province that issued it, "
                        "as named on the issue date"]


def test_a_district_city_named_like_a_province_is_not_a_mismatch(content):
    text = record_text(province="thua-thien-hue", issuer="UBND thành phố Huế",
                       issuer_level="district", issuer_code="tp-hue", issued="2024-03-01")
    content.write("thua-thien-hue/2024/12-kh-ubnd-tp-hue.md", text)
    assert problems_of(content)[1] == []


def test_a_province_written_as_a_name_suggests_its_slug(content):
    text = record_text(province="TP. Cần Thơ")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'province:')}: province: unknown province "
                        "'TP. Cần Thơ'; did you mean can-tho?"]


def test_a_type_in_the_wrong_case_suggests_the_code(content):
    text = record_text(type="qđ", number="12/QĐ-UBND")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'type:')}: type: unknown value 'qđ'; did you "
                        "mean 'QĐ'? use one of: KH, QĐ, CT, NQ, HD, CTr, TB, CV"]


def test_a_name_not_yet_in_use_suggests_the_one_that_was(content):
    text = record_text(province="hue", issuer="UBND tỉnh Thừa Thiên Huế", issued="2023-05-01")
    content.write("hue/2023/12-kh-ubnd.md", text)
    _, problems = problems_of(content)
    assert problems == [f"content/hue/2023/12-kh-ubnd.md:{line_of(text, 'province:')}: province: "
                        "'hue' did not exist on 2023-05-01; that name was not in use before "
                        "2025-01-01; use thua-thien-hue",
                        f"content/hue/2023/12-kh-ubnd.md:{line_of(text, 'province:')}: province: "
                        "'hue' is not the province of the issuer 'UBND tỉnh Thừa Thiên Huế' "
                        "(thua-thien-hue); a plan is filed under the province that issued it, as "
                        "named on the issue date"]


def test_the_type_must_agree_with_the_number(content):
    text = record_text(type="CT")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'type:')}: type: is CT (Chỉ thị), but the number "
                        "12/KH-UBND says KH (Kế hoạch); correct one of them"]


@pytest.mark.parametrize("number", ["1554/UBND-KH", "815/PĐ-CT"])
def test_a_type_code_past_the_numbers_first_code_is_not_its_type(content, number):
    """An official letter's symbol names its body, then the office that drafted it (1554/UBND-KH: the planning
    office's letter, no Plan); a launch ("Phát động", PĐ) of the tax department (CT) is no Directive."""
    content.write(PLACE, record_text(number=number, type="CV"))
    _, problems = problems_of(content)
    assert not [problem for problem in problems if "type:" in problem]


def test_an_article_cannot_predate_the_plan(content):
    text = record_text(published="2023-02-27")
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'published:')}: published: 2023-02-27 is before "
                        "the issue date 2023-03-01; an article cannot report a plan before it is "
                        "issued: check both dates"]


def test_a_record_without_its_text_needs_its_articles_address(content):
    text = record_text(body="\n", source=[{"outlet": "Báo Cao Bằng"}])
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'source:')}: source: a record without the "
                        "article's text needs the article's address: add '- url: https://…' "
                        "under source (or paste the text below the frontmatter, when it is the "
                        "archive's own)"]
    content.write(PLACE, record_text(body="\n"))
    assert problems_of(content)[1] == [f"{SHOWN}:2: source: a record without the article's "
                                       "text needs the article's address: add '- url: https://…' "
                                       "under source (or paste the text below the frontmatter, "
                                       "when it is the archive's own)"]
    content.write(PLACE, record_text(body="\n", source=[{"url": "https://example.org/bai"}]))
    assert problems_of(content)[1] == []


def test_the_sources_are_a_list_and_the_old_mapping_is_told_how_to_change(content):
    text = record_text(source={"outlet": "Báo Cao Bằng", "url": "https://example.org/a"})
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, 'source:')}: source: must be a list, one item "
                        "per article: write '- ' before the first sub-field (e.g. '- url: "
                        "https://…')"]
    content.write(PLACE, record_text(source=[{"url": "https://example.org/a"},
                                             {"outlet": "Báo Nhân Dân", "url": "ftp://x"}]))
    assert [p.split(": ", 1)[1] for p in problems_of(content)[1]] == [
        "source[1].url: 'ftp://x' is not an http(s) URL"]


def test_a_number_whose_codes_are_joined_by_an_ampersand_is_valid(content):
    content.write("cao-bang/2023/1528-kh-sgd-dt.md", record_text(number="1528/KH-SGD&ĐT", cites=["542/PGD&ĐT"]))
    assert problems_of(content)[1] == []


def test_a_bad_list_item_is_reported_on_its_own_line(content):
    text = record_text(cites=["34-CT/TU", "Chỉ thị 34"])
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, '- Chỉ thị 34')}: cites[1]: 'Chỉ thị 34' is not a "
                        "document number as printed, e.g. 2255/KH-UBND, 34-CT/TU or 1528/KH-SGD&ĐT"]


@pytest.mark.parametrize("suffix", [".markdown", ".mdown", ".mkd", ".mkdn"])
def test_every_markdown_file_mkdocs_would_publish_is_checked(content, suffix):
    content.write(f"cao-bang/2023/12-kh-ubnd{suffix}", record_text(issued="2023-02-30"))
    _, problems = problems_of(content)
    assert [p.split(": ")[1] for p in problems] == ["file", "issued"]
    assert problems[0].endswith("file: records are .md files; rename it to 12-kh-ubnd.md")


def test_an_alias_must_be_a_free_address(content):
    mine = record_text(aliases=["/cao-bang/2023/12-kh-ubnd/", "/cao-bang/2023/old/"])
    content.write(PLACE, mine)
    other = record_text(number="13/KH-UBND", aliases=["cao-bang/2023/old"])
    content.write("cao-bang/2023/13-kh-ubnd.md", other)
    _, problems = problems_of(content)
    assert problems == [
        f"{SHOWN}:{line_of(mine, '- /cao-bang/2023/12-kh-ubnd/')}: aliases[0]: "
        "'/cao-bang/2023/12-kh-ubnd/' is this record's own address; remove it",
        f"content/cao-bang/2023/13-kh-ubnd.md:{line_of(other, '- cao-bang/2023/old')}: aliases[0]: "
        "'cao-bang/2023/old' is already the address of content/cao-bang/2023/12-kh-ubnd.md; an "
        "alias must be free",
    ]


@pytest.mark.parametrize("alias", ["/search/", "/can-tho/2023/", "/en/cao-bang/2023/x/", "/2023/"])
def test_an_alias_can_only_be_a_plans_former_path(content, alias):
    text = record_text(aliases=[alias])
    content.write(PLACE, text)
    _, problems = problems_of(content)
    assert problems == [f"{SHOWN}:{line_of(text, '- ' + alias)}: aliases[0]: '{alias}' is not the "
                        "former path of a plan, /<province>/<year>/<slug>/, e.g. "
                        "/can-tho/2024/kh-ubnd-2024-02-20/"]


def test_national_plans_are_filed_nationwide_and_only_they_are(content):
    national = dict(number="733/QĐ-TTg", type="QĐ", issuer="Thủ tướng Chính phủ",
                    issuer_level="national", issuer_code="ttg", issued="2019-06-14")
    text = record_text(**national)  # filed under cao-bang
    content.write(PLACE, text)
    assert problems_of(content)[1] == [
        f"{SHOWN}:{line_of(text, 'issuer_level:')}: province: a national plan (issuer_level "
        "national) is filed under 'toan-quoc', not under a province"]
    content.write(PLACE, record_text())
    (content.dir / PLACE).unlink()
    content.write("toan-quoc/2019/733-qd-ttg.md", record_text(**national, province="toan-quoc"))
    assert problems_of(content)[1] == []
    text = record_text(province="toan-quoc", issuer="Sở Nội vụ", issuer_level="department",
                       issuer_code="snv")
    content.write("toan-quoc/2023/12-kh-ubnd-snv.md", text)
    assert problems_of(content)[1] == [
        f"content/toan-quoc/2023/12-kh-ubnd-snv.md:{line_of(text, 'issuer_level:')}: province: "
        "a national plan is filed under 'toan-quoc' (nationwide), and only a national plan is: "
        "with issuer_level department, give the province that issued it"]


def test_a_launch_reported_without_its_document_has_no_type(content):
    content.write("cao-bang/2023/van-ban-ubnd-2023-03-01.md", record_text(number=None, type=None))
    assert problems_of(content)[1] == []  # placed as van-ban-<issuer>-<date>
    (content.dir / "cao-bang/2023/van-ban-ubnd-2023-03-01.md").unlink()
    text = record_text(type=None)  # 12/KH-UBND says what it is
    content.write(PLACE, text)
    assert problems_of(content)[1] == [
        f"{SHOWN}:{line_of(text, 'number:')}: type: is missing, but the number 12/KH-UBND says "
        "KH (Kế hoạch): add type: KH"]


def test_an_english_reason_for_a_fact_not_inferred_is_reported(content):
    content.write(PLACE, record_text(inferred={"issued": "ngày đăng bài"}))
    content.write("cao-bang/2023/12-kh-ubnd.en.md", "---\ntitle: T\nsummary: S\ninferred:\n"
                  "  issued: the article's date\n  province: the outlet is Cao Bang's\n---\n")
    assert problems_of(content)[1] == [
        "content/cao-bang/2023/12-kh-ubnd.en.md:6: inferred.province: gives a reason for "
        "'province', which the Vietnamese file does not mark as inferred; remove it or mark it "
        "there"]

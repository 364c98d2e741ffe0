"""What a plan page shows, computed by the package without MkDocs."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import make_record
from thidua.records.crossrefs import CrossRefs, cross_refs
from thidua.records.dates import PartialDate
from thidua.records.model import English, Period, Signer, Source
from thidua.site.campaign import format_period, status
from thidua.site.citation import cite
from thidua.site.pages import Note, record_page, tab_title

SITE = "https://example.org/"


def page_of(record, lang, today, refs=None):
    return record_page(record, lang, today, refs or CrossRefs(), SITE)

D = PartialDate


@pytest.mark.parametrize("period, today, expected", [
    (Period(D(2023, 8), D(2024, 8)), dt.date(2024, 8, 31), "running"),
    (Period(D(2023, 8), D(2024, 8)), dt.date(2024, 9, 1), "ended"),
    (Period(D(2023, 8), D(2024, 8)), dt.date(2023, 7, 31), "upcoming"),
    (Period(None, D(2023, 11, 30)), dt.date(2024, 1, 1), "ended"),
    (Period(D(2023, 1), None), dt.date(2024, 1, 1), "unknown"),
    (None, dt.date(2024, 1, 1), "unstated"),
])
def test_campaign_status_on_a_day(period, today, expected):
    assert status(period, today) == expected


@pytest.mark.parametrize("period, vi, en", [
    (Period(D(2019, 5), D(2020, 6, 30)), "tháng 5/2019 – 30/6/2020", "May 2019 – 30 June 2020"),
    (Period(None, D(2023, 11, 30)), "đến 30/11/2023", "until 30 November 2023"),
    (Period(D(2024), D(2024)), "năm 2024", "2024"),
    (Period(D(2023, 1), None), "từ tháng 1/2023", "from January 2023"),
])
def test_periods_in_each_language(period, vi, en):
    assert format_period(period, "vi") == vi
    assert format_period(period, "en") == en


def test_citation_with_every_fact():
    record = make_record(issued=D(2023, 8, 21), number="2255/KH-UBND",
                         english=English("p.en.md", "Launching a movement", "S.", has_text=True))
    assert cite(record, "vi") == ("Kế hoạch số 2255/KH-UBND ngày 21/8/2023 của Ủy ban nhân dân "
                                  "tỉnh Cao Bằng về việc phát động phong trào thi đua năm 2023")
    assert cite(record, "en") == ("Cao Bang Provincial People's Committee, Plan No. 2255/KH-UBND "
                                  "of 21 August 2023 on launching a movement")


def test_citation_without_number_or_date_is_shorter_never_empty():
    record = make_record(number=None, issued=None, published=D(2024, 2, 20))
    assert cite(record, "vi") == ("Kế hoạch của Ủy ban nhân dân tỉnh Cao Bằng về việc phát động "
                                  "phong trào thi đua năm 2023")
    assert cite(record, "en") == ("Cao Bang Provincial People's Committee, Plan, “Phát động phong "
                                  "trào thi đua năm 2023”")


def test_citation_with_a_partial_issue_date():
    record = make_record(issued=D(2023, 8))
    assert cite(record, "vi").startswith("Kế hoạch số 12/KH-UBND tháng 8/2023 của")
    assert cite(record, "en").endswith("Plan No. 12/KH-UBND of August 2023, “Phát động phong trào "
                                       "thi đua năm 2023”")  # no English title: the Vietnamese, quoted


def test_another_issuer_is_cited_as_printed():
    record = make_record(issuer="Tỉnh ủy Cao Bằng", issuer_level="party", issuer_code="tu",
                         number="185-KH/TU")
    assert " của Tỉnh ủy Cao Bằng về việc " in cite(record, "vi")


def test_a_title_that_starts_with_a_proper_name_keeps_its_capitals():
    record = make_record(title="Cần Thơ chung sức xây dựng nông thôn mới")
    assert cite(record, "vi").endswith("về việc Cần Thơ chung sức xây dựng nông thôn mới")


@pytest.mark.parametrize("lang, badge", [("vi", "Không nêu thời gian thi đua"),
                                         ("en", "Period not stated")])
def test_a_plan_without_period_says_its_period_is_not_stated(lang, badge):
    facts = {f.key: f for f in page_of(make_record(period=None), lang, dt.date(2024, 1, 1)).facts}
    assert facts["period"].badge_label == badge  # not "Unknown (as of …)": it is so any day
    assert facts["period"].badge == "unstated"


def test_a_plan_with_one_end_of_its_period_is_unknown_as_of_a_day():
    record = make_record(period=Period(D(2023, 1), None))
    facts = {f.key: f for f in page_of(record, "en", dt.date(2024, 1, 1)).facts}
    assert facts["period"].badge_label == "Unknown (as of 1 January 2024)"


def test_an_empty_source_shows_nothing():
    facts = {f.key for f in page_of(make_record(source=(Source(),)), "vi", dt.date(2024, 1, 1)).facts}
    assert "source" not in facts


@pytest.mark.parametrize("lang, said", [("vi", "Chưa tìm được địa chỉ của bài viết trên mạng"),
                                        ("en", "The article's web address has not been found")])
def test_a_source_without_address_says_it_has_not_been_found(lang, said):
    record = make_record(source=(Source(author="D.L"), Source(outlet="Báo Cao Bằng",
                                                              url="https://example.org/a")))
    unfound, found = [f for f in page_of(record, lang, dt.date(2024, 1, 1)).facts
                      if f.key == "source"]
    assert unfound.link is None and unfound.notes == (Note(said),)
    assert found.link == "https://example.org/a" and found.notes == ()


def test_facts_panel_in_english_marks_vietnamese_values():
    record = make_record(slogan="Đoàn kết, sáng tạo", signer=Signer("Hoàng Xuân Ánh", "Chủ tịch"),
                         source=(Source(outlet="Báo Cao Bằng", url="https://example.org/a"),))
    page = page_of(record, "en", dt.date(2023, 6, 1))
    facts = {fact.key: fact for fact in page.facts}
    assert facts["slogan"].value == "Đoàn kết, sáng tạo" and facts["slogan"].lang == "vi"
    assert facts["signer"].value == "Hoàng Xuân Ánh, Chủ tịch"
    assert facts["source"].link == "https://example.org/a"
    assert facts["period"].badge == "running"
    assert facts["period"].badge_label == "Running (as of 1 June 2023)"
    assert facts["issuer"].value == "Cao Bang Provincial People's Committee"
    assert facts["issuer"].notes == (Note("UBND tỉnh Cao Bằng", lang="vi"),)
    assert page.notice == "This plan has no English translation yet; its text is shown in Vietnamese."
    assert page.text_lang == "vi" and page.summary_lang == "vi"
    assert page.heading_number == "Plan No. 12/KH-UBND"


@pytest.mark.parametrize("province, printed, english", [
    ("ho-chi-minh", "UBND TPHCM", "Ho Chi Minh City People's Committee"),
    ("can-tho", "UBND TP Cần Thơ", "Can Tho City People's Committee"),
    ("cao-bang", "UBND tỉnh Cao Bằng", "Cao Bang Provincial People's Committee")])
def test_a_peoples_committee_is_named_in_english_as_it_names_itself(province, printed, english):
    record = make_record(province=province, issuer=printed)
    facts = {f.key: f for f in page_of(record, "en", dt.date(2024, 1, 1)).facts}
    assert facts["issuer"].value == english


@pytest.mark.parametrize("issuer, code, english", [
    ("Thủ tướng Chính phủ", "ttg", "Prime Minister"),
    ("Bộ Y tế", "byt", "Ministry of Health"),
    ("UBND huyện Vạn Ninh", "van-ninh", "Van Ninh District People's Committee"),
    ("UBND phường Hòa Hưng", "hoa-hung", "Hoa Hung Ward People's Committee"),
    ("Tỉnh ủy Bến Tre", "tu", "Ben Tre Provincial Party Committee"),
    ("Công an TPHCM", "ca", "Ho Chi Minh City Police"),
    ("Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Kỳ Sơn", "ky-son", None),  # no rule: as printed
])
def test_other_issuers_are_named_in_english_where_a_rule_knows_them(issuer, code, english):
    record = make_record(issuer=issuer, issuer_code=code)
    facts = {f.key: f for f in page_of(record, "en", dt.date(2024, 1, 1)).facts}
    assert facts["issuer"].value == (english or issuer)
    if english:  # the printed name under it, marked as Vietnamese
        assert facts["issuer"].notes == (Note(issuer, lang="vi"),) and facts["issuer"].lang is None
    else:
        assert facts["issuer"].lang == "vi"
    vi = {f.key: f for f in page_of(record, "vi", dt.date(2024, 1, 1)).facts}
    assert vi["issuer"].value == issuer


def test_every_body_a_documents_symbol_names_has_an_english_name():
    from thidua.records.vocabulary import NATIONAL_SYMBOLS

    for symbol, body in NATIONAL_SYMBOLS.items():  # what ingest writes for 03/CT-BTTTT …
        record = make_record(issuer=body, issuer_code=symbol.lower())
        english = {f.key: f for f in page_of(record, "en", dt.date(2024, 1, 1)).facts}["issuer"]
        assert english.value != body and english.lang is None, symbol


def test_facts_panel_in_vietnamese_shows_the_issuer_as_printed_too():
    page = page_of(make_record(), "vi", dt.date(2024, 1, 1))
    facts = {fact.key: fact for fact in page.facts}
    assert facts["issuer"].value == "Ủy ban nhân dân tỉnh Cao Bằng"
    assert facts["issuer"].notes == (Note("UBND tỉnh Cao Bằng"),)
    assert facts["period"].badge_label == "Đã kết thúc (tính đến 1/1/2024)"
    assert "published" not in facts and "slogan" not in facts
    assert page.notice is None and page.heading_number == "Kế hoạch số 12/KH-UBND"


def test_an_inferred_fact_carries_its_reason():
    record = make_record(inferred={"period.start": "bài viết ghi “từ nay”"})
    facts = {fact.key: fact for fact in page_of(record, "vi", dt.date(2024, 1, 1)).facts}
    assert facts["period"].notes == (Note("bài viết ghi “từ nay”", "Suy ra, không nêu trong bài"),)


def test_both_citation_forms_with_their_addresses_current_language_first():
    record = make_record(number="2255/KH-UBND", issued=D(2023, 8, 21))
    page = page_of(record, "en", dt.date(2024, 1, 1))
    assert [form.lang for form in page.citations] == ["en", "vi"]
    assert page.citations[0].text.endswith(", https://example.org/en/cao-bang/2023/12-kh-ubnd/")
    assert page.citations[1].text.startswith("Kế hoạch số 2255/KH-UBND ngày 21/8/2023 của Ủy ban")
    assert page.citations[1].text.endswith(", https://example.org/cao-bang/2023/12-kh-ubnd/")


def test_cited_documents_link_where_the_archive_holds_them():
    cited = make_record(url="can-tho/2023/97-kh-ubnd/", number="97/KH-UBND", province="can-tho",
                        issuer="UBND TP Cần Thơ", issued=D(2023, 1, 10))
    citing = make_record(url="hau-giang/2024/5-kh-ubnd/", number="5/KH-UBND", province="can-tho",
                         issuer="UBND TP Cần Thơ", issued=D(2024, 3, 1), cites=("34-CT/TU",),
                         mentions=("97/KH-UBND", "5/KH-UBND"))  # its own number too
    refs = cross_refs([cited, citing])
    page = page_of(citing, "vi", dt.date(2024, 6, 1), refs)
    assert [(doc.number, doc.url) for doc in page.cites] == [
        ("34-CT/TU", None), ("97/KH-UBND", "can-tho/2023/97-kh-ubnd/")]
    back = page_of(cited, "en", dt.date(2024, 6, 1), refs)
    assert [item.url for item in back.cited_by] == ["en/hau-giang/2024/5-kh-ubnd/"]


def test_a_provincial_plan_links_the_national_plan_it_implements():
    national = make_record(url="toan-quoc/2019/733-qd-ttg/", number="733/QĐ-TTg", type="QĐ",
                           province="toan-quoc", issuer="Thủ tướng Chính phủ",
                           issuer_level="national", issuer_code="ttg", issued=D(2019, 6, 14))
    provincial = make_record(url="vinh-phuc/2019/150-kh-ubnd/", number="150/KH-UBND",
                             province="vinh-phuc", issuer="UBND tỉnh Vĩnh Phúc",
                             issued=D(2019, 9, 23), cites=("733/QĐ-TTg",))
    refs = cross_refs([national, provincial])
    page = page_of(provincial, "en", dt.date(2024, 6, 1), refs)
    assert [(doc.number, doc.url) for doc in page.cites] == [
        ("733/QĐ-TTg", "en/toan-quoc/2019/733-qd-ttg/")]
    assert [item.url for item in page_of(national, "vi", dt.date(2024, 6, 1), refs).cited_by] == [
        "vinh-phuc/2019/150-kh-ubnd/"]
    assert tab_title(national, "en").startswith("Decision No. 733/QĐ-TTg, Nationwide – ")


def test_a_plan_whose_document_is_not_named_says_so_and_is_cited_as_a_document():
    from thidua.site.citation import cite

    record = make_record(type=None, number=None, url="cao-bang/2023/van-ban-ubnd-2023-03-01/")
    for lang, not_stated, known_as, cited in (
            ("vi", "Không nêu trong bài", "Văn bản, 1/3/2023, tỉnh Cao Bằng – ",
             "Văn bản ngày 1/3/2023 của Ủy ban nhân dân tỉnh Cao Bằng về việc phát động"),
            ("en", "Not stated in the text", "Document, 1 March 2023, Cao Bang Province – ",
             "Cao Bang Provincial People's Committee, Document of 1 March 2023")):
        facts = {fact.key: fact for fact in page_of(record, lang, dt.date(2023, 6, 1)).facts}
        assert facts["type"].value == not_stated
        assert tab_title(record, lang).startswith(known_as)
        assert cite(record, lang).startswith(cited)


def test_an_inferred_facts_reason_is_in_the_pages_language_or_marked():
    record = make_record(province="da-nang", issuer="UBND thành phố",
                         inferred={"province": "bài viết chỉ ghi “UBND thành phố”",
                                   "period": "kế hoạch phát động thi đua năm 2023"},
                         english=English(path="x.en.md", title="T", summary="S", has_text=False,
                                         inferred={"province": "the article says only “UBND thành phố”"}))
    vi = {f.key: f for f in page_of(record, "vi", dt.date(2023, 6, 1)).facts}
    assert vi["province"].notes == (Note("bài viết chỉ ghi “UBND thành phố”",
                                         "Suy ra, không nêu trong bài"),)
    en = {f.key: f for f in page_of(record, "en", dt.date(2023, 6, 1)).facts}
    assert en["province"].notes == (Note("the article says only “UBND thành phố”",
                                         "Inferred, not stated in the text"),)
    assert en["period"].notes == (Note("kế hoạch phát động thi đua năm 2023",
                                       "Inferred, not stated in the text", "vi"),)  # untranslated


def test_a_citation_printed_tu_links_the_central_document_printed_tw():
    central = make_record(url="toan-quoc/2022/18-nq-tw/", number="18-NQ/TW", type="NQ",
                          province="toan-quoc", issuer="Ban Chấp hành Trung ương",
                          issuer_level="national", issuer_code="tw", issued=D(2022, 6, 16))
    citing = make_record(cites=("18-NQ/TƯ",), issued=D(2023, 3, 1))
    refs = cross_refs([central, citing])
    assert [(doc.number, doc.url) for doc in page_of(citing, "vi", dt.date(2024, 1, 1), refs).cites] == [
        ("18-NQ/TƯ", "toan-quoc/2022/18-nq-tw/")]

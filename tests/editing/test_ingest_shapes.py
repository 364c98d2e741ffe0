"""Shapes of real articles that the seeds did not show (issue 18), each in a text of our own
writing: English articles, near-misses, a plan's own heading, a cited document's date."""

from __future__ import annotations

import unicodedata

import frontmatter
import pytest

from thidua.editing.drafts import draft_files
from thidua.editing.facts import NotAPlan
from thidua.editing.ingest import extract

ENGLISH = """Can Tho launches emulation drive for 2024
On March 5, 2024, the People's Committee of Can Tho city issued Plan No. 97/KH-UBND on \
launching the emulation movement for 2024, implementing Directive No. 34-CT/TW dated April 7, \
2014 of the Politburo.
The campaign runs from March 1 to December 31, 2024 across all departments and districts.
"""


def stated(text: str, facts: dict) -> dict:
    """What ingest drafts from ``text`` for the fields ``facts`` names (None where nothing)."""
    draft = extract(text + "\n")
    return {name: draft.values.get(name) for name in facts}


def test_an_english_article_gives_the_same_facts_and_its_headline_as_the_english_title():
    draft = extract(ENGLISH)

    assert draft.values["number"] == "97/KH-UBND"  # not the directive it implements
    assert draft.values["type"] == "KH"
    assert draft.values["issued"] == "2024-03-05"
    assert draft.values["province"] == "can-tho"
    assert draft.values["period"] == {"start": "2024-03-01", "end": "2024-12-31"}
    assert draft.english == {"title": "Can Tho launches emulation drive for 2024"}
    assert "title" in draft.missing and draft.body == ""  # the article is no text of the plan
    files = draft_files(draft.values, draft.missing, draft.body, draft.english)
    assert "title: Can Tho launches emulation drive for 2024" in files.english
    assert files.path == "can-tho/2024/97-kh-ubnd.md"


def test_a_review_note_quoting_words_across_a_line_break_stays_one_comment():
    files = draft_files({"province": "kon-tum", "issued": "2023-03-25"},
                        {"period": "“THỜI GIAN THI ĐUA\nĐợt thi đua từ ngày 01/4 đến ngày 30/6”: the text does not "
                                   "give the year of these days", "period.end": "two\nlines"}, "Văn bản.\n")
    front = frontmatter.loads(files.record)
    assert set(front.metadata) == {"summary", "province", "issued", "period"} and front["period"] is None
    assert "# review: “THỜI GIAN THI ĐUA Đợt thi đua từ ngày 01/4 đến ngày 30/6”: the text does not" in files.record
    assert "# review: period.end: two lines\n" in files.record


def test_an_english_article_without_the_plans_number_or_date_leaves_them_for_review():
    draft = extract("Thua Thien Hue province kicks off emulation campaign\n"
                    "The People's Committee of Thua Thien Hue province has launched an emulation "
                    "campaign to greet the provincial Party congress, continuing Directive No. "
                    "12/CT-UBND. It lasts until the end of 2025.\n")

    assert "number" not in draft.values and "issued" not in draft.values
    assert draft.values["province"] == "thua-thien-hue"
    assert draft.values["period"] == {"end": "2025"}


@pytest.mark.parametrize("text, kind", [
    ("Kế hoạch tổ chức Đại hội thi đua yêu nước tỉnh lần thứ VI\n"
     "UBND tỉnh Lạng Sơn ban hành Kế hoạch số 88/KH-UBND tổ chức Đại hội thi đua yêu nước các "
     "cấp, các ngành trong năm 2025.\n", "emulation congresses"),
    ("Tặng bằng khen cho 30 tập thể có thành tích trong phong trào thi đua\n"
     "Chủ tịch UBND tỉnh vừa ký Quyết định số 1200/QĐ-UBND tặng bằng khen cho các tập thể.\n",
     "commendation"),
    ("Tổng kết phong trào thi đua năm 2023 của ngành giáo dục\n"
     "Hội nghị đánh giá kết quả phong trào thi đua và khen thưởng 12 tập thể.\n", "summing-up"),
    ("Province holds photo contest on emulation movements\n"
     "The provincial Department of Culture has launched a photo contest on people who set good "
     "examples, open until June 30, 2024.\n", "contest"),
])
def test_a_near_miss_is_refused_with_what_it_is(text, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(text)


def test_a_plan_that_launches_a_campaign_to_greet_a_congress_is_a_plan():
    draft = extract("Phát động phong trào thi đua chào mừng Đại hội thi đua yêu nước tỉnh\n"
                    "Ngày 02/3/2025, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 40/KH-UBND phát động "
                    "phong trào thi đua chào mừng Đại hội thi đua yêu nước tỉnh lần thứ VI.\n")
    assert draft.values["number"] == "40/KH-UBND" and draft.values["issued"] == "2025-03-02"


def test_the_heading_of_a_plans_own_text_gives_its_number_and_date_not_a_cited_ones():
    draft = extract("ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n"
                    "Số: 45/KH-UBND\n"
                    "Cà Mau, ngày 12 tháng 4 năm 2024\n"
                    "KẾ HOẠCH Phát động phong trào thi đua năm 2024\n"
                    "Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2023 của Thủ tướng Chính phủ ban "
                    "hành Kế hoạch triển khai phong trào thi đua, Ủy ban nhân dân tỉnh Cà Mau ban "
                    "hành Kế hoạch phát động phong trào thi đua như sau.\n")

    assert draft.values["number"] == "45/KH-UBND"
    assert draft.values["issued"] == "2024-04-12"


def test_a_date_next_to_a_cited_document_is_that_documents():
    draft = extract("Hà Tĩnh phát động thi đua thực hiện nhiệm vụ năm 2016\n"
                    "Thực hiện Chỉ thị số 18/CT-TTg ngày 19/5/2016 của Thủ tướng Chính phủ, UBND "
                    "tỉnh Hà Tĩnh ban hành kế hoạch phát động phong trào thi đua năm 2016.\n")

    assert "issued" not in draft.values
    assert draft.values["province"] == "ha-tinh"


@pytest.mark.parametrize("sentence, period, open_end", [
    ("Theo đó, từ tháng 3-10/2024, các cấp công đoàn triển khai thi đua.",
     {"start": "2024-03", "end": "2024-10"}, False),
    ("Thời gian thi đua từ tháng 9/2024 đến khi tổ chức thành công Đại hội Đảng bộ tỉnh.",
     {"start": "2024-09"}, True),
    ("UBND tỉnh phát động phong trào thi đua năm 2024 trong toàn tỉnh.",
     {"start": "2024", "end": "2024"}, False),
    ("UBND tỉnh phát động phong trào thi đua giai đoạn 2021 - 2025 trong toàn tỉnh.",
     {"start": "2021", "end": "2025"}, False),
])
def test_periods_in_the_shapes_real_texts_give(sentence, period, open_end):
    draft = extract(f"Cao Bằng phát động thi đua\nNgày 02/3/2024, UBND tỉnh Cao Bằng ban hành Kế "
                    f"hoạch số 20/KH-UBND. {sentence}\n")
    assert draft.values["period"] == period
    assert ("period.end" in draft.missing) == open_end


def test_an_english_article_gives_the_year_of_the_campaign_it_launches():
    draft = extract("Son La launches emulation movement\nOn January 3, 2024, the People's "
                    "Committee of Son La province issued Directive No. 01/CT-UBND launching the "
                    "emulation movement for 2024.\n")
    assert draft.values["period"] == {"start": "2024", "end": "2024"}
    assert draft.values["number"] == "01/CT-UBND" and draft.values["province"] == "son-la"


def test_an_issue_date_without_its_year_takes_only_the_articles_year():
    text = ("Phát động thi đua\nNgày 5/3, UBND tỉnh Cao Bằng ban hành Kế hoạch số 12/KH-UBND "
            "phát động phong trào thi đua năm 2024, hướng tới Đại hội nhiệm kỳ 2025 - 2030.\n")
    # Neither 2030 (a term) nor 2024 (the campaign's: a plan for a year is often issued the
    # December before) is the plan's year.
    assert "issued" not in extract(text).values
    assert extract("05/03/2024 08:15\n" + text).values["issued"] == "2024-03-05"
    # A date that the article's year would put after the article is none.
    late = text.replace("Ngày 5/3", "Ngày 29/12")
    assert "issued" not in extract("03/01/2024 08:15\n" + late).values


@pytest.mark.parametrize("stamp, issued, says", [
    ("04/01/2025", "2024-12-29", None),  # issued before the article: last December
    ("15/04/2025", None, "“ngày 29/12” is the plan's own date, but the text does not give its year: check it"),  # too
    # far back to tell: never the launch day instead
    ("", None, "“ngày 29/12” is the plan's own date, but the text does not give its year: check it"),  # no page date
])
def test_a_plans_own_date_without_its_year_is_never_after_the_article(stamp, issued, says):
    stamp = f"{stamp} 09:00\n" if stamp else ""
    text = (f"Mộ Đức phát động thi đua cao điểm\n{stamp}Sáng 3/1, UBND huyện Mộ Đức tổ chức lễ phát động đợt thi "
            "đua cao điểm lập thành tích chào mừng 50 năm Ngày giải phóng quê hương.\nTheo Kế hoạch số 15/KH-UBND ngày "
            "29/12 của UBND huyện, đợt thi đua được tổ chức từ ngày phát động đến hết ngày 30/4/2025.\n")
    draft = extract(text)
    assert (draft.values["number"], draft.values.get("issued")) == ("15/KH-UBND", issued)
    assert says is None or draft.missing["issued"] == says


def test_a_day_told_after_a_comma_past_the_plans_number_is_not_its_date():
    text = ("Lục Nam phát động thi đua\n25/02/2025 08:00\nUBND huyện Lục Nam vừa ban hành Kế hoạch số 27/KH-UBND phát "
            "động phong trào thi đua xây dựng nông thôn mới năm 2025.\nTheo Kế hoạch số 27/KH-UBND, ngày 15/12 sẽ tổng "
            "kết phong trào.\n")
    assert "issued" not in extract(text).values


def test_a_date_after_the_plans_number_that_is_another_documents_is_not_the_plans_last_year():
    text = ("Quảng Trị phát động đợt thi đua cao điểm Tết\n10/01/2025 08:00\nNgày 8/1, UBND tỉnh Quảng Trị ban hành Kế "
            "hoạch số 09/KH-UBND thực hiện Công điện 140 ngày 30/12 của Thủ tướng Chính phủ, phát động đợt thi đua cao "
            "điểm chăm lo Tết cho Nhân dân năm 2025.\n")
    assert extract(text).values.get("issued") == "2025-01-08"


def test_a_period_without_its_years_takes_the_campaigns_year():
    draft = extract("Phát động thi đua\nUBND tỉnh Cao Bằng ban hành Kế hoạch số 12/KH-UBND phát "
                    "động phong trào thi đua năm 2024. Thời gian thi đua từ ngày 1/3 đến ngày "
                    "31/12.\n")
    assert draft.values["period"] == {"start": "2024-03-01", "end": "2024-12-31"}


GOAL = "“Kỳ Anh về đích huyện nông thôn mới năm 2025”"


@pytest.mark.parametrize("launch, period, asked", [
    (f"Sáng 9/5/2023, UBND huyện Kỳ Anh phát động phong trào thi đua {GOAL}.", {"start": "2025", "end": "2025"},
     True),  # launched two years before the goal's year: it may run from the launch
    (f"Sáng 9/5/2025, UBND huyện Kỳ Anh phát động phong trào thi đua {GOAL}.", {"start": "2025", "end": "2025"},
     False),  # launched in the goal's year: that year's campaign
    (f"Sáng 20/10/2024, UBND huyện Kỳ Anh phát động phong trào thi đua {GOAL}.", {"start": "2025", "end": "2025"},
     False),  # in the last months before it: likely that year's too
    ("Sáng 9/5/2023, UBND xã Kỳ Tân, huyện Kỳ Anh phát động phong trào thi đua xây dựng xã đạt chuẩn nông thôn mới "
     "nâng cao năm 2025.", {"start": "2025", "end": "2025"}, True),
    ("Ngày 12/8/2024, UBND xã Kỳ Tân, huyện Kỳ Anh phát động phong trào thi đua xây dựng trường đạt chuẩn quốc gia "
     "năm 2025 và những năm tiếp theo.", {"start": "2025"}, False),  # a campaign that runs on: its start is that year
])
def test_a_campaign_named_for_a_goal_year_launched_well_before_it_asks_to_check_its_start(launch, period, asked):
    draft = extract(f"Kỳ Anh phát động thi đua về đích nông thôn mới\n{launch}\n")
    assert draft.values["period"] == period
    assert ("period.start" in draft.missing) == asked
    record = draft_files(draft.values, draft.missing, draft.body).record
    assert ("# review: period.start: “" in record) == asked


@pytest.mark.parametrize("headline, kind", [
    ("Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái "
     "quốc", "commemorations"),
    ("Kế hoạch tổ chức gặp mặt, biểu dương các điển hình tiên tiến trong phong trào thi đua",
     "honour"),
    ("Hướng dẫn công tác thi đua, khen thưởng năm 2024 của Hội đồng Thi đua - Khen thưởng tỉnh",
     "guidance"),
    ("Chủ tịch UBND tỉnh trao tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 25 cá nhân",
     "commendation"),
    ("Quyết định công nhận danh hiệu Tập thể lao động xuất sắc năm 2023 cho các đơn vị",
     "commendation"),
    ("Provincial leaders presented the title of emulation fighter to 30 outstanding individuals",
     "commendation"),
    ("Cụm thi đua các phường kí kết giao ước thi đua năm 2025", "covenant"),  # "kí", as some print "ký"
])
def test_more_near_misses_are_refused(headline, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(f"{headline}\nUBND tỉnh Cao Bằng ban hành Kế hoạch số 7/KH-UBND về việc này.\n")


def test_a_commendation_that_recalls_launches_of_the_past_is_refused():
    with pytest.raises(NotAPlan, match="commendation"):
        extract("Workers' initiatives honoured\nThe Prime Minister attended the closing ceremony to honor outstanding "
                "collectives of the initiatives program this afternoon.\nSpeaking there, the union's president said "
                "that following the success of the Program of 50,000 initiatives launched in Workers' Month 2022, the "
                "program was organised to respond to the emulation movement of the whole country.\n")


def test_a_letter_the_committee_sends_is_its_own_document():
    draft = extract("Đẩy mạnh phong trào thi đua yêu nước\nNgày 24/10/2024, UBND tỉnh Cao Bằng "
                    "có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị số 22/CT-TTg của Thủ "
                    "tướng Chính phủ về đẩy mạnh phong trào thi đua.\n")
    assert draft.values["number"] == "4912/UBND-NC"
    assert draft.values["issued"] == "2024-10-24"


@pytest.mark.parametrize("issuer, province", [
    ("UBND tỉnh TT-Huế", "thua-thien-hue"),
    ("UBND tỉnh Thừa Thiên - Huế", "thua-thien-hue"),
    ("UBND TP.HCM", "ho-chi-minh"),  # and the sentence does not end at "TP."
    ("UBND tỉnh Hoà Bình", "hoa-binh"),
    ("Ban Thường vụ Tỉnh ủy Cao Bằng", "cao-bang"),  # named by the issuer alone
    ("UBND huyện Châu Thành", None),  # a district in several provinces: not guessed
])
def test_every_spelling_of_a_province_and_no_guess(issuer, province):
    draft = extract(f"Phát động thi đua\nNgày 2/3/2024, {issuer} ban hành Kế hoạch số "
                    "20/KH-UBND phát động phong trào thi đua.\n")
    assert draft.values.get("province") == province
    assert draft.values["issued"] == "2024-03-02" and draft.values["issuer"] == issuer


def test_a_number_printed_with_spaces_is_read_without_them_and_the_body_keeps_them():
    draft = extract("Phát động thi đua\nNgày 2/3/2024, UBND tỉnh Cao Bằng ban hành Chỉ thị số "
                    "07 / CT-UBND về phát động phong trào thi đua.\n")
    assert draft.values["number"] == "07/CT-UBND" and draft.values["type"] == "CT"
    assert "07 / CT-UBND" in draft.body


@pytest.mark.parametrize("printed", ["902/KH-SGD & ĐT", "902/KH-SGD&amp;ĐT", "902/KH-SGD &#38; ĐT"])
def test_a_number_joined_by_an_ampersand_printed_apart_or_escaped_is_read_whole(printed):
    """The same plan's number printed "902/KH-SGD&ĐT" in one place and apart or escaped in another is one number: its
    date beside either is the plan's."""
    draft = extract(f"Phát động thi đua\nSở Giáo dục và Đào tạo Bình Phước vừa ban hành Kế hoạch số 902/KH-SGD&ĐT "
                    f"phát động phong trào thi đua năm học 2022 - 2023. Theo Kế hoạch số {printed} ngày 12/9/2022, "
                    "phong trào thi đua được triển khai trong toàn ngành.\n")
    assert draft.values["number"] == "902/KH-SGD&ĐT" and draft.values["issued"] == "2022-09-12"


def test_a_number_given_only_in_the_headline_is_the_plans_and_not_the_one_it_implements():
    draft = extract("Kế hoạch 236/KH-UBND thực hiện Chỉ thị 18/CT-TTg về phát động thi đua\n"
                    "UBND tỉnh Hà Tĩnh triển khai phong trào thi đua trong toàn tỉnh năm 2016.\n")
    assert draft.values["number"] == "236/KH-UBND"
    assert "18/CT-TTg" in draft.values["cites"]


def test_a_campaign_in_phases_runs_from_the_first_phases_start_to_the_last_ones_end():
    draft = extract("Phát động thi đua\nNgày 02/3/2024, UBND tỉnh Cao Bằng ban hành Kế hoạch số "
                    "20/KH-UBND phát động phong trào thi đua. Đợt 1: từ ngày 01/3/2024 đến ngày "
                    "30/6/2024. Đợt 2: từ ngày 01/7/2024 đến ngày 31/12/2024.\n")
    assert draft.values["period"] == {"start": "2024-03-01", "end": "2024-12-31"}


def test_a_number_printed_without_its_symbol_is_the_plans_with_its_type():
    draft = extract("Phát động thi đua\nNgày 2/3/2024, Chủ tịch UBND tỉnh Cao Bằng ban hành Chỉ "
                    "thị số 12 về phát động phong trào thi đua năm 2024.\n")
    assert draft.values["number"] == "12" and draft.values["type"] == "CT"


@pytest.mark.parametrize("text, kind", [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCà Mau, ngày 01 tháng 4 "
     "năm 2015\nQUYẾT ĐỊNH về việc ban hành Quy chế Thi đua, Khen thưởng tỉnh Cà Mau\n"
     "Chủ tịch UBND tỉnh ban hành Quyết định số 471/QĐ-UBND.\n", "regulation"),
    ("Emulation cluster holds its congress\nOn July 30, 2020, the 3rd Patriotic Emulation "
     "Congress of the province's Emulation Cluster 3 was held in Bien Hoa city.\n",
     "congress held"),
    ("Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022\nUBND tỉnh ban hành kế hoạch "
     "276/KH-UBND tổ chức ngày hội với các hoạt động văn hóa, thể thao.\n", "festival"),
])
def test_regulations_congress_reports_and_festivals_are_refused(text, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(text)


PLAN = ("Nghệ An phát động thi đua\nUBND tỉnh Nghệ An vừa ban hành Kế hoạch số 12/KH-UBND phát "
        "động phong trào thi đua năm 2024.")


@pytest.mark.parametrize("sentence", [
    "Các đơn vị gửi bản đăng ký thi đua về Sở Nội vụ trước ngày 15/3/2024.",
    "Kế hoạch thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị ngày 7/4/2014 về thi đua.",
    "Trước đó, ngày 7 tháng 4 năm 2014, Bộ Chính trị ban hành Chỉ thị số 34-CT/TW.",
])
def test_no_other_date_is_taken_for_the_issue_date(sentence):
    assert "issued" not in extract(f"{PLAN}\n{sentence}\n").values


def test_a_look_back_or_a_goal_is_not_the_campaigns_period():
    draft = extract(f"{PLAN}\nTừ năm 2016 đến năm 2020, tỉnh đã khen thưởng 300 tập thể. Phấn đấu "
                    "từ nay đến năm 2030 trở thành tỉnh khá. Thời gian thi đua từ ngày 1/3/2024 "
                    "đến ngày 31/12/2024.\n")
    assert draft.values["period"] == {"start": "2024-03-01", "end": "2024-12-31"}


@pytest.mark.parametrize("launch", [
    "UBND tỉnh ban hành Kế hoạch phát động phong trào thi đua “Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định "
    "hướng đến năm 2030”.",
    "UBND tỉnh phát động phong trào thi đua “90 ngày đêm sản xuất an toàn” quý IV năm 2018.",  # a quarter's year
    "UBND tỉnh phát động phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trong năm 2025”.",
])
def test_a_goal_year_inside_the_campaigns_quoted_name_is_not_its_period(launch):
    draft = extract(f"Tuyên Quang phát động thi đua\nSáng 20/4, {launch}\n")
    assert "period" not in draft.values
    assert "issued" not in draft.values  # (nor does it date the yearless launch day)


def test_a_heading_in_capitals_broken_across_lines_is_read_whole():
    draft = extract("KẾ HOẠCH\nTỔ CHỨC THỰC\nHIỆN PHONG TRÀO THI ĐUA “CHUNG SỨC VÌ NGƯỜI NGHÈO” GIAI\nĐOẠN 2021 - 2025\n"
                    "Thời gian qua, Thủ tướng Chính phủ đã phát động Phong trào thi đua “Cả\nnước chung tay vì người "
                    "nghèo” giai đoạn 2016\n- 2020 với nhiều kết quả.\n")
    assert draft.values["period"] == {"start": "2021", "end": "2025"}  # the heading's, not the earlier phase's


def test_a_year_past_an_ellipsis_is_another_sentences():
    draft = extract("Cụm thi đua ký giao ước\nNgày 25/3, cụm thi đua các tỉnh tổng kết phong trào và cần quan tâm phát "
                    "động các phong trào thi đua theo đợt, theo chuyên đề… Năm 2010, các tỉnh đã khen thưởng 300 tập thể.\n")
    assert draft.values.get("period") is None


@pytest.mark.parametrize("text, facts", [
    ("Teachers' movement launched\nThe Ministry of Education and Training on January 12 launched an emulation movement "
     "for the 2021-2025 period. The movement is detailed in Plan No. 27/KH-BGDĐT, which sets out its targets.",
     {"number": "27/KH-BGDĐT", "province": "toan-quoc"}),
    ("Green city drive\nThe Hoi An City People's Committee in Quang Nam province on February 17 launched an emulation "
     "movement for a green city. Plan No. 32/KH-UBND, issued by the city, sets its targets.",
     {"number": "32/KH-UBND", "province": "quang-nam"}),
])
def test_an_english_plan_that_details_the_movement_and_a_committee_in_its_province(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    ("Kien Xuong aims high\nOn March 2, the People's Committee of Kien Xuong district launched an emulation movement "
     "for new rural areas. Under Plan No. 18/KH-UBND of the district People's Committee, Kien Xuong aims to have 10 "
     "model communes.", {"number": "18/KH-UBND"}),  # a plan said to be of the launcher's level
    ("Kien Xuong aims high\nOn March 2, the People's Committee of Kien Xuong district launched an emulation movement "
     "for new rural areas. Under Plan No. 18/KH-UBND of the provincial People's Committee, Kien Xuong aims to have 10 "
     "model communes.", {"number": None}),  # another level's
    ("Ward drive\nThe People's Committee of Nha Trang ward on September 17 launched an emulation movement. The movement "
     "is implemented under Plan No. 45/KH-UBND of the ward.", {"number": "45/KH-UBND"}),
    ("Dien Bien drive\nThe People's Committee of Dien Bien province on March 15 launched an emulation movement. The "
     "movement, detailed in Plan No. 765/KH-UBND issued on March 6, 2023, runs until May 7, 2024.",
     {"number": "765/KH-UBND"}),
    ("Ha Tinh drive\nOn June 25, 2024, the Ha Tinh People's Committee launched an emulation movement. It runs in two "
     "phases: phase one from July to December 2024, while phase two, throughout 2025, completes the dossier.",
     {"period": None}),  # not the first phase's span
])
def test_an_english_plan_of_the_launchers_level_and_a_campaign_in_phases(text, facts):
    assert stated(text, facts) == facts


def test_a_news_agencys_dateline_is_not_the_day_of_the_launch_it_reports():
    draft = extract("Police launch peak drive\nHanoi, October 6, 2025 (VNA) - The Ministry of Public Security has launched a "
                    "peak emulation campaign across the force. The campaign will run until March 2026.\n")
    assert draft.values.get("issued") is None


def test_a_national_body_spelled_with_viet_nam_is_national():
    draft = extract("SBV launches emulation drive\nHÀ NỘI — The State Bank of Việt Nam (SBV) on June 15 launched an emulation "
                    "movement on digital transformation in banking for the 2022-2025 period.\n")
    assert draft.values["province"] == "toan-quoc"


def test_an_english_national_group_and_its_union_have_launched():
    draft = extract("EVN launches emulation movement\nHanoi - The General Director of Vietnam Electricity Group (EVN) and "
                    "Vietnam Electricity Trade Union have launched an emulation movement for the period 2025 - 2030.\n")
    assert draft.values["province"] == "toan-quoc"  # not the dateline's Hanoi


@pytest.mark.parametrize("issuer, province", [
    ("UBND phường Hoàn Kiếm (Hà Nội)", "ha-noi"),  # a province's name in brackets after a ward
    ("Đảng ủy xã Minh Diệu (Hòa Bình)", None),  # Hòa Bình is also a district, of Bạc Liêu: not certain
])
def test_a_communes_one_bracketed_name_is_its_province_only_when_no_district_bears_it(issuer, province):
    draft = extract(f"Phát động thi đua\nSáng 17/10/2024, {issuer} tổ chức lễ phát động phong trào thi đua năm 2025.\n")
    assert draft.values.get("province") == province


@pytest.mark.parametrize("place, province", [
    ("Phù Yên", None),  # a district of Sơn La, or a slip for Phú Yên: neither is certain
    ("Thạnh Hóa", None),  # a district of Long An (its folded name also Thanh Hóa's city's): not Thanh Hóa
    ("Lâm Đông", "lam-dong"),  # a slip in the province's name
    ("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"),  # an en dash between its words, heading the headline
])
def test_a_headline_place_that_folds_to_a_province_s_name_is_not_that_province(place, province):
    draft = extract(f"{place}: Tuổi trẻ ra quân tình nguyện hè\n\n10/06/2024 08:00\n\nSáng 9/6, Đoàn Thanh niên phát "
                    "động đợt thi đua “Thanh niên tình nguyện” hè năm 2024.\n")
    assert draft.values.get("province") == province


@pytest.mark.parametrize("text, province", [
    ("Ngày 4/3/2024, Chủ tịch UBND tỉnh Lạng Sơn - Trưởng ban Thi đua - Khen thưởng tỉnh ký Kế hoạch số 40/KH-UBND "
     "phát động phong trào thi đua năm 2024. Năm 2023, tỉnh xếp sau tỉnh Cao Bằng trong cụm thi đua.", "lang-son"),
    ("Ngày 4/3/2024, UBND huyện Tân Phú - Đồng Nai ban hành Kế hoạch số 40/KH-UBND phát động phong trào thi đua năm "
     "2024.", "dong-nai"),  # huyện Tân Phú, not "Tân Phú Đông" (of Tiền Giang) read across the hyphen
])
def test_a_name_stops_at_a_hyphen_that_does_not_join_its_words(text, province):
    draft = extract(f"Phát động thi đua năm 2024\n{text}\n")
    assert draft.values.get("province") == province
    assert not draft.values.get("issuer", "").endswith("-")  # "UBND tỉnh Lạng Sơn", not "UBND tỉnh Lạng Sơn -"


@pytest.mark.parametrize("text, province", [
    ("Quảng Trị: Phát động thi đua năm 2024\nNgày 10/6/2024, UBND tỉnh ban hành Kế hoạch số 140/KH-UBND phát "
     "động phong trào thi đua năm 2024. Tuyến cao tốc nối Quảng Trị với tỉnh Thừa Thiên – Huế sẽ được nâng cấp.",
     "quang-tri"),
    ("Dong Nai launches emulation drive\nOn March 4, 2024, the Provincial People's Committee issued Plan No. "
     "62/KH-UBND launching an emulation movement for 2024. Last year the province ranked behind Ba Ria – Vung Tau "
     "province.", "dong-nai"),
])
def test_a_place_named_in_passing_with_an_en_dash_is_not_the_plans(text, province):
    assert extract(text + "\n").values.get("province") == province


def test_a_text_served_with_its_letters_decomposed_reads_as_the_same_text_composed():
    text = ("Cao Bằng phát động thi đua năm 2025\n\n10/03/2025 08:00\n\nSáng 8/3, UBND tỉnh Cao Bằng tổ chức lễ phát "
            "động phong trào thi đua năm 2025 trong toàn tỉnh.\n")
    composed, decomposed = extract(text), extract(unicodedata.normalize("NFD", text))
    assert decomposed.values == composed.values and composed.values["province"] == "cao-bang"
    assert decomposed.body == composed.body


def test_a_sentence_a_page_broke_across_lines_is_read_whole():
    draft = extract("Khánh Hòa phát động thi đua năm 2025\nSáng 28-2-2025, UBND tỉnh Khánh Hòa tổ chức Hội\n"
                    "nghị tổng kết công tác thi đua năm 2024 và phát động phong trào\nthi đua năm 2025. Dự hội "
                    "nghị có lãnh đạo tỉnh.\n")
    assert draft.values["issued"] == "2025-02-28"
    assert draft.values["period"] == {"start": "2025", "end": "2025"}
    assert "tổ chức Hội\n" in draft.body  # the body keeps its lines as printed


def test_a_start_after_the_end_is_not_stated():
    draft = extract(f"{PLAN}\nThời gian thi đua từ ngày 1/10/2024 đến ngày 31/3/2024.\n")
    assert draft.values["period"] == {"end": "2024-03-31"}
    assert "comes after its end" in draft.missing["period.start"]


def test_phases_whose_last_ends_with_an_event_have_no_end():
    draft = extract(f"{PLAN}\nĐợt 1: từ ngày 01/3/2024 đến ngày 30/6/2024. Đợt 2: từ ngày "
                    "01/7/2024 đến khi tổ chức thành công Đại hội Đảng bộ tỉnh.\n")
    assert draft.values["period"] == {"start": "2024-03-01"}
    assert "period.end" in draft.missing


@pytest.mark.parametrize("text", [
    "Phát động cuộc thi đua đặc biệt chào mừng Đại hội Đảng bộ tỉnh\nUBND tỉnh Cao Bằng ban hành "
    "Kế hoạch số 30/KH-UBND.",
    "Tổng kết năm 2023, phát động các phong trào thi đua năm 2024\nUBND tỉnh Cao Bằng ban hành Kế "
    "hoạch số 31/KH-UBND.",
    "Cao Bang issues plan on emulation and commendation work in 2024\nOn January 5, 2024, the "
    "People's Committee of Cao Bang province issued Plan No. 32/KH-UBND launching the emulation "
    "movement for 2024.",
])
def test_plans_that_mention_what_near_misses_are_made_of_are_plans(text):
    assert extract(text + "\n").values["number"].startswith("3")


def test_an_english_date_of_a_cited_directive_is_not_the_plans():
    draft = extract("Plan issued\nThe People's Committee of Can Tho city issued Plan No. "
                    "97/KH-UBND on the emulation movement to implement Directive No. 34-CT/TW signed on April 7, "
                    "2014 by the Politburo.\n")
    assert draft.values["number"] == "97/KH-UBND" and "issued" not in draft.values


@pytest.mark.parametrize("sentence, number", [
    ("Phó Thủ tướng vừa ký Quyết định số 118/QĐ-TTg ngày 4/11/2025 ban hành Kế hoạch triển khai "
     "đợt thi đua chào mừng Đại hội.", "118/QĐ-TTg"),
    ("Chủ tịch Hội đồng Thi đua - Khen thưởng thành phố vừa ký ban hành Công văn 07/HĐTĐKT-VP về "
     "việc đẩy mạnh phong trào thi đua.", "07/HĐTĐKT-VP"),
    ("Đó là nội dung tại Chỉ thị số 04/CT-UBND của Chủ tịch UBND tỉnh về việc phát động phong "
     "trào thi đua phòng, chống thiên tai.", "04/CT-UBND"),
    ("UBND tỉnh Bình Phước có Kế hoạch số 45/KH-UBND ngày 3/4/2023 phát động phong trào thi đua.",
     "45/KH-UBND"),
    ("Vừa qua, UBND tỉnh Bình Phước ban hành Kế hoạch phát động phong trào thi đua chuyển đổi số "
     "(Kế hoạch số 45/KH-UBND ngày 3/4/2023).", "45/KH-UBND"),
    ("Tại Kế hoạch số 45/KH-UBND, UBND tỉnh Bình Phước đề ra mục tiêu thi đua chuyển đổi số.",
     "45/KH-UBND"),
    ("UBND tỉnh Bình Phước đã ban hành Kế hoạch số 45/KH-UBND phát động phong trào thi đua "
     "chuyển đổi số.", "45/KH-UBND"),  # issued earlier, and said to launch the campaign
    ("Sở Giáo dục và Đào tạo Bình Phước vừa ban hành Kế hoạch số 902/KH-SGD&ĐT ngày 12/9/2022 phát động phong "
     "trào thi đua năm học 2022 - 2023.", "902/KH-SGD&ĐT"),  # codes joined by "&"
    # one issued long ago that the text looks back on, not the campaign's
    ("Năm 2014, Bộ Chính trị đã ban hành Chỉ thị số 34-CT/TW về công tác thi đua. Nay UBND tỉnh "
     "Bình Phước phát động phong trào thi đua chuyển đổi số.", None),
])
def test_the_plans_number_after_the_words_that_sign_or_launch_it(sentence, number):
    draft = extract(f"Đẩy mạnh phong trào thi đua\n{sentence}\n")
    assert draft.values.get("number") == number


def test_a_decision_signed_with_its_date_gives_both():
    draft = extract("Kế hoạch đợt thi đua\nPhó Thủ tướng vừa ký Quyết định số 118/QĐ-TTg ngày "
                    "4/11/2025 ban hành Kế hoạch triển khai đợt thi đua chào mừng Đại hội.\n")
    assert (draft.values["number"], draft.values["issued"]) == ("118/QĐ-TTg", "2025-11-04")
    assert draft.values["province"] == "toan-quoc"  # a national decision is filed nationwide
    assert (draft.values["issuer_level"], draft.values["issuer_code"]) == ("national", "ttg")


@pytest.mark.parametrize("sentence, period", [
    ("UBND tỉnh vừa ban hành Kế hoạch số 41/KH-UBND thực hiện phong trào thi đua “Vì người nghèo - "
     "Không để ai bị bỏ lại phía sau” tỉnh Bắc Ninh giai đoạn 2021 – 2025.",
     {"start": "2021", "end": "2025"}),
    ("Ngày 9/8/2022, UBND tỉnh đã ban hành Kế hoạch số 17/KH-UBND phát động phong trào thi đua "
     "chuyển đổi số giai đoạn 2022 - 2025.", {"start": "2022", "end": "2025"}),
    ("Lãnh đạo tỉnh phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” và phong trào thi đua năm "
     "2026 trong toàn tỉnh.", {"start": "2026", "end": "2026"}),
    # a campaign for a year's tasks is that year's; an anniversary's year or a goal is not
    ("UBND tỉnh ban hành Kế hoạch số 23/KH-UBND phát động thi đua thực hiện thắng lợi nhiệm vụ "
     "phát triển kinh tế - xã hội năm 2016.", {"start": "2016", "end": "2016"}),
    ("Sở Khoa học hưởng ứng Kế hoạch số 330-KH/TU của Tỉnh ủy về việc phát động cao điểm thi đua "
     "“Đồng Khởi mới” trong hai năm 2024 – 2025.", {"start": "2024", "end": "2025"}),
    ("UBND tỉnh ban hành Kế hoạch số 23/KH-UBND phát động phong trào thi đua chào mừng kỷ niệm 70 "
     "năm Ngày Thầy thuốc Việt Nam (27/02/1955 – 27/02/2025).\nNgày 27 tháng 02 năm 1955, Bác "
     "Hồ gửi thư.", None),
    ("UBND tỉnh ban hành Kế hoạch số 23/KH-UBND phát động phong trào thi đua phấn đấu đến năm "
     "2030 trở thành tỉnh khá.", None),
])
def test_the_years_of_the_campaign_launched_or_carried_out(sentence, period):
    draft = extract(f"Phát động thi đua\n{sentence}\n")
    assert draft.values.get("period") == period


def test_of_two_plans_a_launch_carries_out_neither_is_its_own():
    draft = extract("Xã Tà Hộc: Lễ phát động phong trào thi đua “60 ngày đêm” làm nhà cho hộ nghèo\n"
                    "Sáng 3/3, xã Tà Hộc tổ chức Lễ phát động phong trào thi đua “60 ngày đêm” làm nhà cho hộ nghèo "
                    "năm 2025. Thực hiện Kế hoạch số\n21-KH/BCĐ ngày 24/02/2025 của Ban Chỉ đạo huyện về phát "
                    "động phong trào thi đua; thực hiện Kế hoạch số 9-KH/BCĐ ngày 26/02/2025 của Ban Chỉ đạo xã về "
                    "phát động phong trào thi đua “60 ngày đêm”, xã đã vận động được 120 ngày công.\n")
    assert "number" not in draft.values  # not the district's its number was broken from (which plan is the
    # commune's own the words do not say: matching the launcher's level word took other bodies' plans, S207-S211)


def test_a_resolution_the_text_tells_was_issued_is_not_the_launchers():
    draft = extract("Xã Phú Mỹ phát động thi đua xây dựng “Gia đình số”\nNgày 14-11-2025, Ban Chỉ đạo chuyển đổi số "
                    "xã Phú Mỹ tổ chức ngày hội và phát động phong trào thi đua xây dựng “Gia đình số”.\nViệc Bộ "
                    "Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ là định "
                    "hướng lớn.\n")
    assert draft.values["issued"] == "2025-11-14"
    assert draft.values.get("province") != "toan-quoc" and draft.values.get("issuer") != "Bộ Chính trị"


def test_the_years_of_movements_a_launch_goes_on_with_are_not_its_own():
    draft = extract("Quỹ tín dụng phát động thi đua\nNăm 2024, Quỹ tín dụng nhân dân Tân Phú phát động phong trào thi "
                    "đua hoàn thành xuất sắc nhiệm vụ; tiếp tục triển khai thực hiện các phong trào thi đua “Vì người "
                    "nghèo” và “Chung sức xây dựng nông thôn mới” giai đoạn 2021-2025.\n")
    assert draft.values.get("period") in (None, {"start": "2024", "end": "2024"})


@pytest.mark.parametrize("text, province", [
    ("The plan aims to widely deploy the \"Digital Literacy for All\" movement to every village by 2026. The "
     "People's Committee of Lai Chau province asks every department to train its staff.", "lai-chau"),  # a
    # province's plan for a national movement, told by its aim
    ("The plan aims to deploy the \"Clean Village\" movement to every village by 2026.", None),  # not a national one
    ("Accordingly, the Yen Bai Provincial People's Committee launched a plan for implementation of the \"Yen Bai join "
     "forces to build new rural areas\" movement in the 2021-2025 period.", "yen-bai"),
    ("Accordingly, the Yen Bai Provincial People's Committee launched a plan for implementation of the \"Bright, "
     "green, clean streets\" movement.", None),  # a movement the archive does not know
    ("The provincial People's Committee held a conference to review six months of implementing the plan to deploy "
     "the \"Digital Literacy for All\" movement.", None),  # a review of it
    ("Prime Minister Pham Minh Chinh on April 13 launched a campaign aimed at eliminating temporary and dilapidated "
     "houses nationwide.", "toan-quoc"),  # a campaign told by its aim, which opens with a national movement's name
    ("The Son La provincial People's Committee launched a 60-day drive to do away with temporary and dilapidated "
     "houses in the province.", "son-la"),
    ("The Son La provincial Labour Federation launched a campaign to support eliminating temporary and dilapidated "
     "houses for its members.", None),  # a donation drive: its aim only holds the name
    ("Two years after the Prime Minister launched a campaign to eliminate temporary and dilapidated houses, Son La "
     "province has built 4,000 homes.", None),  # a look back
    ("The Son La provincial People's Committee had launched a campaign to eliminate temporary and dilapidated houses "
     "in May 2024, and now speeds it up.", None),
    ("On May 3, the Son La Provincial People's Committee held a ceremony to launch the \"Digital Literacy for All\" "
     "campaign across the province.", "son-la"),  # a national movement called a campaign
    ("On May 3, the Son La Provincial People's Committee held a ceremony to launch the \"Voters Speak Up\" campaign "
     "across the province.", None),  # a campaign the archive does not know (a mobilisation)
    ("The People's Committee of Son La province organised the launching ceremony of the movement \"Digital Education "
     "for the People\" in the provincial city.", "son-la"),  # the name after the word
    ("Mr. Lo Van Ha, Vice Chairman of Son La Provincial People's Committee, signed the plan to implement the movement "
     "of \"Digital Literacy for All\" in the province.", "son-la"),
    ("On May 3, the Son La Provincial People's Committee launched the campaign \"Digital literacy for all\" in the "
     "province.", "son-la"),
    ("The Son La provincial People's Committee on May 3, 2024 kicked off a campaign to eliminate temporary and "
     "dilapidated houses.", "son-la"),
    ("The Son La provincial Fatherland Front on May 3 launched a fund-raising campaign to eliminate temporary and "
     "dilapidated houses.", None),  # giving, not emulation
    ("The Son La provincial Fatherland Front on May 3 launched the \"For the poor - Leave no one behind\" campaign, "
     "calling on businesses to donate to the Fund for the Poor.", None),
    ("The Son La provincial Fatherland Front on May 3 held the launching ceremony of the campaign \"All people join "
     "hands to build new rural areas and civilised urban areas\".", None),  # a name that only holds a movement's
    ("Teachers in Son La recalled the launching ceremony of the movement \"Popular education\", held by President Ho "
     "Chi Minh in the autumn of 1945.", None),
    ("The People's Committee of Son La province has launched a 100-day intensive campaign of \"Digital Literacy for "
     "All.\"", "son-la"),  # the name after "campaign of"
    ("To concretize Resolution No. 57-NQ/TW, the Son La Provincial People's Committee has issued Plan No. 82/KH-UBND to "
     "implement the movement \"Digital Mass Literacy.\"", "son-la"),
    ("The Son La Department of Education on Monday launched a platform for the \"Digital Literacy for All\" movement, "
     "offering free courses.", None),  # a website, not a campaign
])
def test_an_english_plan_told_by_its_aim_counts_only_for_a_national_movement(text, province):
    if province is None:
        with pytest.raises(NotAPlan):
            extract(f"Digital literacy\n{text}\n")
        return
    assert extract(f"Digital literacy\n{text}\n").values["province"] == province


@pytest.mark.parametrize("sentence, facts", [
    ("Ngày 13-4-2024, Hội đồng Thi đua - Khen thưởng Trung ương phối hợp Ủy ban Trung ương MTTQVN tổ chức Lễ phát "
     "động phong trào thi đua “Xóa nhà tạm, nhà dột nát”.", {"issued": "2024-04-13", "province": "toan-quoc"}),
    ("Ngày 3/3/2024, Bộ Tư pháp phát động tới toàn thể cán bộ, công chức phong trào thi đua năm 2024.",
     {"issued": "2024-03-03", "province": "toan-quoc"}),
])
def test_a_national_body_launching_with_a_partner_or_to_its_staff(sentence, facts):
    assert stated(f"Phát động thi đua\n{sentence}", facts) == facts


def test_a_body_whose_head_launched_another_campaign_is_not_the_issuer():
    draft = extract("BHXH tỉnh phát động thi đua\nSáng 7/2/2024, Bảo hiểm xã hội tỉnh phát động đợt thi đua chào mừng ngày "
                    "thành lập ngành.\nHưởng ứng phong trào thi đua năm 2024 do Tổng Giám đốc BHXH Việt Nam phát động, Giám "
                    "đốc BHXH tỉnh phát động phong trào thi đua năm 2024 trong toàn đơn vị.\n")
    assert draft.values.get("province") != "toan-quoc"
    assert draft.values.get("issuer_level") != "national" and draft.values.get("issuer") != "BHXH Việt Nam"


def test_a_launch_with_no_document_is_dated_by_the_day_it_was_launched():
    draft = extract(" date 2026-01-29 Phường Tân Hòa phát động thi đua năm 2026\n"
                    "Ngày 29-1, UBND phường Tân Hòa tổ chức hội nghị và phát động thi đua năm "
                    "2026.\n")
    assert draft.values["published"] == "2026-01-29"  # the date a crawler printed first
    assert draft.values["issued"] == "2026-01-29"      # the year from it
    assert draft.values["period"] == {"start": "2026", "end": "2026"}
    assert not draft.body.startswith(" date")


@pytest.mark.parametrize("text, number", [
    ("UBND tỉnh Cao Bằng vừa ban hành Kế hoạch số 31/KH-UBND về thi đua. Ngày 5/3/2024, tỉnh "
     "phát động phong trào thi đua năm 2024.", "31/KH-UBND"),
    ("Ngày 5/3/2024, UBND tỉnh Cao Bằng phát động phong trào thi đua năm 2024 theo Kế hoạch số "
     "31/KH-UBND.", None),  # launched under a plan: the day is not the plan's
])
def test_a_launch_day_is_no_issue_date_when_a_document_is_named(text, number):
    draft = extract(f"Phát động thi đua\n{text}\n")
    assert draft.values.get("number") == number and "issued" not in draft.values


@pytest.mark.parametrize("issuer, day, province", [
    ("UBND huyện Cao Phong", "28/12/2021", "hoa-binh"),  # named only through its district
    ("UBND thị xã Sơn Tây", "2/3/2024", "ha-noi"),
    ("UBND huyện Phú Vang", "2/3/2024", "thua-thien-hue"),  # the province's name that day
    ("UBND huyện Phú Vang", "2/3/2025", "hue"),
    ("UBND huyện Châu Thành", "2/3/2024", None),  # seven provinces have one
    ("UBND huyện Côn Đảo", "10/6/2025", "ba-ria-vung-tau"),  # an island district, which had no commune
    ("UBND huyện Lý Sơn", "2/3/2024", "quang-ngai"),
])
def test_a_district_issuer_places_the_plan_in_its_province(issuer, day, province):
    draft = extract(f"Phát động thi đua\nNgày {day}, {issuer} ban hành Kế hoạch số 20/KH-UBND "
                    "phát động phong trào thi đua.\nThời gian từ nay đến hết năm.\n")
    assert draft.values.get("province") == province
    assert draft.values["issuer"] == issuer and draft.values["issuer_level"] == "district"


def test_an_english_number_with_spaces_and_a_span_of_years():
    draft = extract("Hung Yen launches emulation drive\nOn 05/02/2021, the Chairman of Hung Yen "
                    "Provincial People's Committee signed Directive No. 05 / CT-UBND on launching "
                    "the emulation movement for the 2021-2025 period.\n")
    assert draft.values["number"] == "05/CT-UBND"
    assert draft.values["period"] == {"start": "2021", "end": "2025"}


@pytest.mark.parametrize("sentence, period", [
    ("UBND tỉnh Nam Định ban hành Kế hoạch số 55/KH-UBND phát động đợt thi đua cao điểm 100 ngày, "
     "bắt đầu từ ngày 15/4/2024.", {"start": "2024-04-15", "end": "2024-07-23"}),
    ("UBND tỉnh Nam Định ban hành Kế hoạch số 55/KH-UBND: từ ngày 1/11/2024, trong 100 ngày, các "
     "ngành thi đua.", {"start": "2024-11-01", "end": "2025-02-08"}),  # the year the count reaches
    ("Thủ tướng ban hành Kế hoạch số 9/KH-TTg: đợt thi đua từ tháng 10-2025 đến khi tổ chức thành "
     "công Đại hội.", {"start": "2025-10"}),
])
def test_periods_of_so_many_days_and_of_months_printed_with_a_dash(sentence, period):
    draft = extract(f"Phát động thi đua\n{sentence}\n")
    assert draft.values["period"] == period


@pytest.mark.parametrize("sentence, issuer, level", [
    ("Liên đoàn Lao động tỉnh Quảng Ninh vừa ban hành Kế hoạch số 12/KH-LĐLĐ phát động phong trào "
     "thi đua trong công nhân viên chức lao động năm 2024.",
     "Liên đoàn Lao động tỉnh Quảng Ninh", "union"),
    ("LĐLĐ tỉnh vừa có kế hoạch phát động phong trào thi đua trong công nhân. Các phong trào do "
     "UBND tỉnh phát động được đẩy mạnh.", "LĐLĐ tỉnh", "union"),  # no number: the first sentence
                                                                  # that says a plan was made
    ("Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 88-KH/ĐUK phát động đợt thi đua "
     "chào mừng Đại hội.", "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh", "party"),
    ("Phó Thủ tướng vừa ký Quyết định số 118/QĐ-TTg ban hành Kế hoạch triển khai đợt thi đua, UBND "
     "các tỉnh thực hiện.", "Thủ tướng Chính phủ", "national"),
])
def test_issuers_beyond_the_peoples_committee(sentence, issuer, level):
    draft = extract(f"Phát động thi đua\n{sentence}\n")
    assert (draft.values["issuer"], draft.values["issuer_level"]) == (issuer, level)


@pytest.mark.parametrize("text", [
    "Phát động thi đua\nĐảng ủy Khối các cơ quan tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 88-KH/ĐUK "
    "phát động đợt thi đua, thời gian từ ngày 1/3/2025 đến ngày 30/6/2025.\n",
    "Emulation drive\nHa Tinh province has issued Plan No. 88-KH/DUK on an emulation campaign "
    "running from March 1, 2025 to June 30, 2025.\n",
])
def test_the_campaigns_start_is_not_its_issue_date(text):
    draft = extract(text)
    assert "issued" not in draft.values
    assert draft.values["period"] == {"start": "2025-03-01", "end": "2025-06-30"}


def test_a_listing_page_headed_by_other_news_keeps_its_items():
    draft = extract("Tin tức - Sự kiện\nCác tin khác\nUBND tỉnh Gia Lai ban hành Kế hoạch số "
                    "77/KH-UBND phát động phong trào thi đua chuyển đổi số năm 2024\n"
                    "Thông báo lịch tiếp công dân tháng 3\n")
    assert draft.values["number"] == "77/KH-UBND" and draft.values["province"] == "gia-lai"
    assert draft.values["period"] == {"start": "2024", "end": "2024"}


def test_a_start_month_without_its_year_takes_the_ends():
    draft = extract("Bình Phước phát động thi đua\nUBND tỉnh Bình Phước vừa phát động phong trào thi "
                    "đua chuyển đổi số, triển khai từ tháng 4 đến hết tháng 12/2023.\n")
    assert draft.values["period"] == {"start": "2023-04", "end": "2023-12"}


def test_a_year_on_the_next_line_is_not_the_campaigns():
    draft = extract("UBND tỉnh Bình Phước phát động thi đua\nNăm 2014, tỉnh đạt nhiều thành tích. "
                    "UBND tỉnh Bình Phước vừa ban hành Kế hoạch số 45/KH-UBND.\n")
    assert "period" not in draft.values


@pytest.mark.parametrize("text, facts", [
    ("Quang Ninh launches emulation movement for 2024\nThe Chairman of the Quang Ninh Provincial "
     "People's Committee has signed Directive No. 05/CT-UBND dated January 10, 2024 on launching "
     "the patriotic emulation movement.",
     {"number": "05/CT-UBND", "issued": "2024-01-10", "province": "quang-ninh"}),
    ("Emulation drive to welcome Party congress\nOn Sept. 5, 2024, the Lao Cai Provincial People's "
     "Committee issued Plan No. 210/KH-UBND on a special emulation campaign from 01-9-2024 to "
     "30-6-2025.",
     {"issued": "2024-09-05", "province": "lao-cai",
      "period": {"start": "2024-09-01", "end": "2025-06-30"}}),
    ("Emulation campaign launched\nHung Yen's People's Committee has issued Plan No. 98/KH-UBND on "
     "launching an emulation campaign in 2023.", {"province": "hung-yen"}),
    ("Emulation movement launched\nThe People's Committee of Thua Thien Hue has launched the "
     "emulation movement \"Joining hands for the poor\" for the 2021-2025 period.",
     {"province": "thua-thien-hue", "period": {"start": "2021", "end": "2025"}}),
    ("Can Tho city launches 100-day emulation campaign\nOn April 2, 2024, the Can Tho City People's "
     "Committee issued Plan No. 55/KH-UBND launching a 100-day emulation campaign starting from "
     "April 15, 2024.", {"issued": "2024-04-02", "period": {"start": "2024-04-15",
                                                             "end": "2024-07-23"}}),
])
def test_english_articles_as_provincial_portals_write_them(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, period", [
    ("Ngày 12/3/2024, UBND tỉnh Sóc Trăng ban hành Kế hoạch số 40/KH-UBND phát động phong trào "
     "thi đua. Thời gian thi đua: từ ngày ký đến hết ngày 31/12/2024.",
     {"start": "2024-03-12", "end": "2024-12-31"}),  # signed on its issue date
    ("UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 40/KH-UBND phát động phong trào thi đua. Thời "
     "gian thi đua: từ ngày ký đến hết ngày 31/12/2024.", {"end": "2024-12-31"}),  # no issue date
    ("UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 40/KH-UBND phát động phong trào thi đua. Thời "
     "gian thực hiện: Năm 2024.", {"start": "2024", "end": "2024"}),
    ("UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 40/KH-UBND phát động phong trào thi đua từ ngày "
     "01/3/2024 đến ngày 30/11.", {"start": "2024-03-01", "end": "2024-11-30"}),
    ("UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 40/KH-UBND phát động phong trào thi đua từ ngày "
     "01/3/2024 đến ngày 30/1.", {"start": "2024-03-01"}),  # not a year later: not known
])
def test_a_period_from_signing_stated_as_a_year_or_with_a_yearless_end(text, period):
    draft = extract(f"Phát động thi đua\n{text}\n")
    assert draft.values["period"] == period


@pytest.mark.parametrize("text, province", [
    ("LĐLĐ tỉnh vừa có kế hoạch phát động phong trào thi đua năm 2023, tiến tới Đại hội XI Công "
     "đoàn Phú Yên.", "phu-yen"),  # named only through its own organisation
    ("LĐLĐ tỉnh vừa có kế hoạch phát động phong trào thi đua năm 2023, hướng tới Đại hội Công đoàn "
     "Việt Nam.", None),  # the country is no province
    ("LĐLĐ tỉnh vừa có kế hoạch phát động phong trào thi đua năm 2023, học tập Công đoàn Phú Yên "
     "và Công đoàn Bình Định.", None),  # two provinces: not guessed
])
def test_a_province_named_only_through_its_organisation(text, province):
    draft = extract(f"Công đoàn phát động thi đua\n{text}\n")
    assert draft.values.get("province") == province


@pytest.mark.parametrize("sentence, issuer, level", [
    ("Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Bình vừa ký ban hành Kế hoạch số 8/KH-UBND phát "
     "động thi đua.", "UBND thành phố Hà Nội", "province"),  # the signer's name is not the city's
    ("Ủy ban nhân dân huyện vừa ban hành Kế hoạch số 8/KH-UBND phát động thi đua.",
     "Ủy ban nhân dân huyện", "district"),
    ("Ngày 2/3/2021, đồng chí Lê Văn An, Tỉnh ủy viên, Giám đốc Sở Công Thương đã phát động phong "
     "trào thi đua năm 2021.", "Sở Công Thương", "department"),  # his department, not the
                                                                 # committee he is a member of
    ("Ngày 2/3/2021, Sở Công Thương đã phát động phong trào thi đua năm 2021.", "Sở Công Thương",
     "department"),
    ("Dịp này, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Bắc Kạn cũng phát động phong trào thi đua.",
     None, None),  # several bodies launch it together: none of them alone
    ("Ngày 29-1, UBND phường Tân Hòa tổ chức hội nghị phát động thi đua năm 2026.",
     "UBND phường Tân Hòa", None),  # a commune: its level is the editor's to choose
])
def test_the_issuer_is_the_body_that_issued_it_not_a_name_near_it(sentence, issuer, level):
    draft = extract(f"Phát động thi đua\n{sentence}\n")
    assert (draft.values.get("issuer"), draft.values.get("issuer_level")) == (issuer, level)


def test_a_plan_to_hold_congresses_under_a_heading_laid_out_as_a_table_is_refused():
    text = ("HỘI ĐỒNG THI\nĐUA - KHEN THƯỞNG TỈNH |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n"
            "Số: 4/KH-HĐTĐKT |\nCao Bằng, ngày 2 tháng 5 năm 2024 |\nTỔ CHỨC ĐẠI HỘI THI ĐUA YÊU "
            "NƯỚC CÁC CẤP TIẾN TỚI ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH LẦN THỨ VI\nThực hiện Luật Thi đua, "
            "khen thưởng, Hội đồng xây dựng Kế hoạch tổ chức Đại hội như sau, nhằm đẩy mạnh phong "
            "trào thi đua.\n")
    with pytest.raises(NotAPlan, match="congresses"):
        extract(text)


def test_a_legal_text_in_articles_is_refused():
    text = ("Công báo số 12\nChương II\nTỔ CHỨC THI ĐUA\nĐiều 16. Hình thức tổ chức thi đua\n"
            "1. Thi đua thường xuyên và theo chuyên đề.\nĐiều 17. Nội dung tổ chức phong trào thi "
            "đua\n1. Phát động, triển khai, thực hiện phong trào thi đua.\n")
    with pytest.raises(NotAPlan, match="legal text"):
        extract(text)


@pytest.mark.parametrize("text, issued", [
    # the article's own event, told first; a launch it recalls later is another body's
    ("Thứ Ba, 25/06/2019, 21:15\nVăn hóa công sở\nSáng 25-6, UBND tỉnh Tiền Giang tổ chức Lễ phát "
     "động phong trào thi đua thực hiện văn hóa công sở. Ngày 19-5 vừa qua, Thủ tướng đã phát động "
     "phong trào thi đua này trong cả nước.", "2019-06-25"),
    ("Thời sự 18h 5/10/2025: Phát động đợt thi đua chào mừng Đại hội\nSáng nay (05/10), Thủ tướng "
     "đã phát động đợt thi đua lập thành tích chào mừng Đại hội.", "2025-10-05"),  # its year stated
    ("Bộ Chỉ huy Quân sự tỉnh phát động thi đua năm 2024\n(22/01/2024)\nNgày 18/01, Đảng ủy, Bộ "
     "Chỉ huy Quân sự tỉnh tổ chức phát động phong trào thi đua Quyết thắng năm 2024.",
     "2024-01-18"),  # a listing item's own date
    ("Phát động thi đua\nSáng 8/1, UBND xã Tân Lập phát động phong trào thi đua yêu nước.", None),
    ("Phát động thi đua\nSáng 8/1, UBND xã Tân Lập phát động phong trào thi đua năm 2026.",
     "2026-01-08"),  # early in the year of the one-year campaign it launches
    ("Phát động thi đua\nChiều 28/12, UBND xã Tân Lập tổng kết năm 2025 và phát động phong trào thi "
     "đua năm 2026.", None),  # late in a year: a launch of that year's campaign or the next one's
    ("Launching an emulation campaign\nOn the afternoon of July 21, 2018, the Provincial Military "
     "Command organized the launching ceremony of the emulation campaign, running from July 21, "
     "2018 to August 21, 2018.", "2018-07-21"),
])
def test_the_day_a_campaign_was_launched_when_no_document_is_named(text, issued):
    assert extract(text + "\n").values.get("issued") == issued


@pytest.mark.parametrize("text, period", [
    ("Phó Thủ tướng vừa ký Quyết định số 115/QĐ-TTg ban hành Kế hoạch triển khai Phong trào “Cả "
     "nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030”.",
     {"start": "2023", "end": "2030"}),  # the years in the movement's quoted name
    ("Ngày 15/5/2024, Hội Khuyến học huyện ban hành Kế hoạch. Phong trào được triển khai theo 2 giai "
     "đoạn: Giai đoạn 1 từ 2023- 2025, Giai đoạn 2 từ 2026- 2030.",
     {"start": "2023", "end": "2030"}),  # phases given as years
    ("A nationwide emulation movement with the theme “Solidarity” was launched for the 2021-2025 "
     "period by the Prime Minister on December 10.", {"start": "2021", "end": "2025"}),
])
def test_more_periods_as_real_texts_give_them(text, period):
    assert extract(f"Phát động thi đua\n{text}\n").values["period"] == period


@pytest.mark.parametrize("text, province", [
    ("Ngày 29/11/2022, UBND huyện ban hành Kế hoạch số 210/KH-UBND thực hiện phong trào thi đua "
     "“Chung sức xây dựng nông thôn mới” trên địa bàn huyện Tiên Phước.", "quang-nam"),
    ("Ngày 15/5/2024, Hội Khuyến học huyện Vĩnh Linh ban hành Kế hoạch phát động phong trào thi "
     "đua.", "quang-tri"),  # the district named by another body of it
    ("Ngày 15/5/2024, UBND huyện Châu Thành ban hành Kế hoạch phát động phong trào thi đua, học tập "
     "huyện Tiên Phước.", None),  # its own district is not placed: no other is taken for it
    ("Ngày 03/3/2021, Công đoàn Tổng công ty vừa ban hành văn bản số 88/CĐTCT phát động phong trào thi đua "
     "“Phục vụ khách hàng tận tâm” năm 2021.\nBưu cục huyện Tiên Phước đón khách hàng đầu năm\n"
     "Phong trào được triển khai đến toàn thể đoàn viên trong Tổng công ty.", None),  # a photo's caption
    ("Ngày 03/3/2021, Công đoàn ngành Giáo dục vừa ban hành văn bản số 88/CĐGD phát động phong trào thi đua "
     "“Dạy tốt, học tốt” năm 2021.\nPhong trào được triển khai đến các trường học trên địa bàn huyện Tiên Phước.",
     "quang-nam"),  # named in the text's own sentence
])
def test_a_province_from_the_districts_a_text_names(text, province):
    assert extract(f"Phát động thi đua\n{text}\n").values.get("province") == province


@pytest.mark.parametrize("text, facts", [
    (" date 2023-01-30 Leader launches emulation drive in Tuyen Quang\nThe Chairman on January 30 "
     "attended a ceremony to launch an emulation movement in Tuyen Quang province.",
     {"issued": "2023-01-30", "published": "2023-01-30"}),  # the year of the date printed first
    ("Unions launch emulation\nThe Confederation of Labour has issued Plan 89/KH-TLD launching "
     "emulation movements in 2020.", {"number": "89/KH-TLD"}),  # a number without "No."
])
def test_english_articles_with_a_crawlers_date_or_a_number_without_no(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    ("Thời sự địa phương\nBộ CHQS tỉnh Vĩnh Long phát động thi đua cao điểm\n23/04/2021Sáng 22/04, "
     "Bộ Chỉ huy quân sự tỉnh Vĩnh Long tổ chức Lễ phát động thi đua cao điểm chào mừng bầu cử, "
     "nhiệm kỳ 2021 – 2026. Đợt thi đua được phát động từ ngày 23/4 đến ngày 23/5/2021, với chủ đề "
     "“Hoàn thành xuất sắc nhiệm vụ bầu cử nhiệm kỳ 2021 – 2026”.",
     {"issued": "2021-04-22", "period": {"start": "2021-04-23", "end": "2021-05-23"}}),
    ("UBND tỉnh Bắc Kạn phát động phong trào thi đua đặc biệt\nNgày 12/10/2021, UBND tỉnh Bắc Kạn "
     "đã ban hành Kế hoạch triển khai phong trào thi đua đặc biệt. Thời gian phát động: Từ ngày "
     "15/10/2021.", {"period": {"start": "2021-10-15"}}),  # its start alone
    ("Phát động thi đua\nKế hoạch cũng đề ra chủ đề của đợt thi đua đặc biệt này, hướng tới Đại "
     "hội Thi đua yêu nước tỉnh Cà Mau.", {"province": "ca-mau"}),  # a plan's campaign, no lead
])
def test_a_glued_listing_date_a_start_alone_and_a_text_without_its_lead(text, facts):
    assert stated(text, facts) == facts


def test_an_instruction_to_carry_on_campaigns_launched_before_is_refused():
    with pytest.raises(NotAPlan, match="carry on"):
        extract("Đẩy mạnh tổ chức các phong trào thi đua trọng tâm do UBND tỉnh phát động\nUBND tỉnh "
                "Đắk Nông vừa ban hành Công văn số 245/UBND-NC về việc đẩy mạnh tổ chức các phong "
                "trào thi đua trọng tâm do UBND tỉnh phát động.\n")


def test_a_plan_a_department_responds_to_is_not_its_own():
    draft = extract("Sở Khoa học hưởng ứng cao điểm thi đua\nSở Khoa học và Công nghệ tỉnh Bến Tre "
                    "hưởng ứng phát động cao điểm thi đua để hoàn thành tốt nhiệm vụ được giao trong "
                    "Kế hoạch số 330-KH/TU ngày 29/01/2024 của Tỉnh ủy Bến Tre về việc phát động cao "
                    "điểm thi đua “Đồng Khởi mới” trong hai năm 2024 – 2025.\n")
    assert "number" not in draft.values and "issued" not in draft.values
    assert draft.values["period"] == {"start": "2024", "end": "2025"}


@pytest.mark.parametrize("text, facts", [
    # a conference that sums up one year and launches the next is a launch
    ("UBND huyện Quế Sơn tổ chức Hội nghị tổng kết phong trào thi đua năm 2022\nSáng ngày 10/3/2023, "
     "UBND huyện Quế Sơn tổ chức Hội nghị tổng kết phong trào thi đua năm 2022, phát động phong trào "
     "thi đua yêu nước năm 2023.",
     {"issued": "2023-03-10", "period": {"start": "2023", "end": "2023"}, "province": "quang-nam"}),
    ("Khánh Hòa thi đua năm 2026\nChỉ thị số 02/CT-UBND ngày 22/1/2026 của Ủy ban nhân dân tỉnh "
     "Khánh Hòa về “Thi đua thực hiện thắng lợi các nhiệm vụ phát triển kinh tế-xã hội, bảo đảm quốc "
     "phòng-an ninh năm 2026” mới ban hành.",
     {"number": "02/CT-UBND", "issued": "2026-01-22", "period": {"start": "2026", "end": "2026"}}),
    ("Phát động thi đua năm 2020\nNăm 2020 có ý nghĩa quan trọng. Ủy ban nhân dân tỉnh Yên Bái kêu "
     "gọi các tầng lớp nhân dân trong tỉnh chung sức, đồng lòng thi đua.", {"province": "yen-bai"}),
    ("Nông thôn mới\nNgày 18 tháng 5 năm 2022, Thủ tướng Chính phủ đã ban hành Quyết định số "
     "58/QĐ-TTg về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung sức "
     "xây dựng nông thôn mới” giai đoạn 2021 -2025.",
     {"number": "58/QĐ-TTg", "issued": "2022-05-18", "period": {"start": "2021", "end": "2025"}}),
    ("An ninh Tổ quốc\nNgày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND tổ "
     "chức phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc” năm 2021 và giai đoạn 2021 - 2025.",
     {"number": "42/KH-UBND", "period": {"start": "2021", "end": "2025"}}),
    ("TPHCM phát động thi đua\nUBND TPHCM vừa ban hành Chỉ thị 02 ngày 17/1/2020 về việc phát động "
     "phong trào thi đua yêu nước năm 2020.", {"number": "02", "issued": "2020-01-17"}),
    ("Kế hoạch 5 năm\nUBND tỉnh vừa ban hành Kế hoạch 5 năm phát triển kinh tế, phát động phong trào "
     "thi đua yêu nước năm 2021.", {"number": None}),  # five years, no number
])
def test_round_one_shapes_in_vietnamese(text, facts):
    assert stated(text, facts) == facts


def test_a_summing_up_that_launches_nothing_is_still_refused():
    with pytest.raises(NotAPlan, match="summing-up"):
        extract("UBND huyện Quế Sơn tổ chức Hội nghị tổng kết phong trào thi đua năm 2022\nSáng 10/3, "
                "UBND huyện tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2022.\n")


@pytest.mark.parametrize("text, issued", [
    ("Thành phố phát động thi đua năm 2019\nThứ Ba, ngày 12 tháng 2 năm 2019 - 21:59\nChiều ngày 11/2, "
     "UBND Thành phố Tuyên Quang đã tổ chức Lễ phát động thi đua năm 2019.", "2019-02-11"),
    ("Kỷ niệm ngày thầy thuốc\nThứ 4, 23.02.2022 | 20:41:28\nĐó là khẳng định tại hội nghị kỷ niệm "
     "ngày thầy thuốc và phát động thi đua năm 2022 do Sở Y tế tổ chức sáng nay.", "2022-02-23"),
    ("Kinh Môn phát động thi đua\nViệt Nam 10/11/2024\nNgày 9/11, Chủ tịch UBND thị xã Kinh Môn cho "
     "biết, thị xã vừa phát động phong trào thi đua lập thành tích.", None),  # the day of the telling
    ("Krông Pắc phát động thi đua\nHưởng ứng phong trào thi đua do Thủ tướng Chính phủ phát động. Sáng nay, ngày "
     "12/3/2024, huyện Krông Pắc tổ chức Lễ phát động thực hiện phong trào thi đua “Chung sức xây dựng nông thôn "
     "mới” năm 2024.", "2024-03-12"),  # "phát động thực hiện phong trào thi đua"
    ("Phú Thọ phát động “Bình dân học vụ số”\nSáng ngày 9/5/2025, UBND tỉnh Phú Thọ tổ chức Lễ phát động phong trào "
     "“Bình dân học vụ số” trên địa bàn toàn tỉnh.", "2025-05-09"),  # a national movement by its quoted name
    ("Phát động “Ngày Chủ nhật xanh”\nSáng 28/1/2024, UBND tỉnh tổ chức phát động phong trào “Ngày Chủ nhật xanh” năm "
     "2024.", "2024-01-28"),
    ("Phát động “Ngày Chủ nhật xanh”\nTheo kế hoạch, ngày 28/1/2024, tỉnh sẽ tổ chức phát động phong trào “Ngày Chủ nhật "
     "xanh” năm 2024.", None),  # a launch to come
    ("Phường phát động phong trào bình dân học vụ số\nTheo kế hoạch, ngày 20/9/2025, UBND phường Hải Châu sẽ tổ "
     "chức lễ phát động Phong trào bình dân học vụ số trên địa bàn phường.", None),  # a launch to come
])
def test_round_one_launch_days(text, issued):
    assert extract(text + "\n").values.get("issued") == issued


@pytest.mark.parametrize("text, facts", [
    ("Hà Tĩnh kêu gọi thi đua\nUBND tỉnh Hà Tĩnh phát động phong trào thi đua với chủ đề “Đoàn kết, "
     "sáng tạo, thi đua thực hiện hoàn thành vượt mức các mục tiêu, chỉ tiêu, nhiệm vụ năm 2019”.",
     {"period": {"start": "2019", "end": "2019"}}),
    ("Công đoàn phát động thi đua\nLiên đoàn Lao động thành phố vừa phát động phong trào thi đua, từ "
     "nay đến cuối năm 2009.", {"period": {"end": "2009"}}),
    (" date 2023-03-21 City launches emulation\nToday, the People's Committee of Ho Chi Minh City held "
     "a conference and launched the patriotic emulation movement in 2023 and a special emulation "
     "movement to celebrate the 50th anniversary (April 30, 1975 - April 30, 2025).",
     {"issued": "2023-03-21", "period": {"start": "2023", "end": "2023"}}),
    ("Khanh Hoa upholds resources\nThe People's Committee of Khanh Hoa Province has just issued a "
     "directive on launching the movement \"Emulation to successfully implement the tasks of the "
     "province in 2021\".", {"province": "khanh-hoa", "period": {"start": "2021", "end": "2021"}}),
    ("New rural areas\nThe PM has issued a plan to implement the emulation movement “The entire nation "
     "builds new-style rural areas” in the 2016-2020 period.",
     {"period": {"start": "2016", "end": "2020"}}),
    ("(HBO) - A conference launching the 2020 patriotic emulation movement took place at the hall of "
     "the Hoa Binh provincial People’s Committee on January 16.",
     {"province": "hoa-binh", "period": {"start": "2020", "end": "2020"}}),
])
def test_round_one_periods_and_places(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, province", [
    ("Youth Union launches emulation campaign\nMore than 1,500 young people joined the launching "
     "ceremony for a 90-day emulation campaign in the northern port city of Hai Phong on December "
     "26.", None),  # where it took place, not who launched it
    ("Cluster launches emulation\nOn March 13, in Hoa Binh province, the emulation cluster of the "
     "culture departments of Thai Nguyen province, Hoa Binh province and Bac Giang province "
     "launched the emulation movement.", None),  # several provinces: none of them alone
    ("Emulation launched\nThe meeting in Hanoi heard that the Quang Ninh Provincial People's "
     "Committee has launched the emulation movement for 2024.", "quang-ninh"),  # the issuing one
])
def test_an_english_articles_province_is_the_issuers_not_a_venue(text, province):
    assert extract(text + "\n").values.get("province") == province


@pytest.mark.parametrize("text, facts", [
    ("Lễ kỷ niệm\nSáng 19-2, Tỉnh uỷ tỉnh Thanh Hóa tổ chức lễ kỷ niệm (20-2-1947 - 20-2-2022); "
     "biểu dương công dân kiểu mẫu và phát động phong trào thi đua yêu nước.\n20/02/2022 08:15",
     {"issued": None}),  # (a time stamp after the article is no page stamp: no year)
    (" date 2022-02 Lễ kỷ niệm\nSáng 19-2, Tỉnh uỷ tỉnh Thanh Hóa tổ chức lễ kỷ niệm (20-2-1947 - "
     "20-2-2022); biểu dương công dân kiểu mẫu và phát động phong trào thi đua năm 2022.",
     {"issued": "2022-02-19"}),  # the launch told after a ";" of the same sentence
    ("TP phát động thi đua\nUBND TP vừa phát động đợt thi đua, bắt đầu từ đầu tháng 10-2025, kết "
     "thúc vào ngày 31-12.", {"period": {"start": "2025-10", "end": "2025-12-31"}}),
    ("Cà Mau phát động thi đua\nUBND tỉnh Cà Mau phát động thi đua 180 ngày trong 6 tháng cuối năm "
     "2025.", {"period": {"start": "2025-07", "end": "2025-12"}}),
    ("Phát động thi đua\nĐể phong trào thi đua được thực hiện sâu rộng, UBND tỉnh Bình Thuận kêu gọi "
     "các tổ chức Đảng, chính quyền, Mặt trận, tổ chức đoàn thể, doanh nghiệp và nhân dân trong tỉnh "
     "phát huy tinh thần đoàn kết, tương thân, tương ái, chủ động, sáng tạo, tạo khí thế thi đua sôi "
     "nổi.", {"province": "binh-thuan"}),  # a call to emulate, however long, is a launch
])
def test_round_two_shapes_in_vietnamese(text, facts):
    assert stated(text, facts) == facts


def test_a_congress_plan_without_its_headline_is_refused():
    with pytest.raises(NotAPlan, match="congresses"):
        extract("Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ I (2025-2030) với chủ đề “Thi đua đổi "
                "mới, sáng tạo”.\nTổ chức Đại hội thiết thực, hiệu quả, đổi mới, tạo không khí sôi "
                "nổi.\nThời gian: dự kiến cuối tháng 9 năm 2025.\n")


def test_the_years_of_a_campaign_the_plan_carries_out_are_that_documents():
    draft = extract("Xã La Bằng ra quân xây dựng nông thôn mới\nThực hiện Kế hoạch số 74/KH-UBND, ngày "
                    "15/02/2024 của UBND huyện Đại Từ về Phát động đợt thi đua cao điểm “Đại Từ quyết "
                    "tâm” năm 2024. Ngày 05/10/2024 UBND xã La Bằng phát động đợt thi đua ra quân xây "
                    "dựng nông thôn mới.\n")
    assert "period" not in draft.values and draft.values["issued"] == "2024-10-05"
    assert draft.values["province"] == "thai-nguyen"  # through huyện Đại Từ


def test_a_department_is_named_without_the_plan_it_responds_to():
    draft = extract("Sở hưởng ứng\nSở Khoa học và Công nghệ tỉnh Bến Tre hưởng ứng Kế hoạch số "
                    "330-KH/TU của Tỉnh ủy về việc phát động cao điểm thi đua “Đồng Khởi mới” và phát động "
                    "phong trào thi đua trong toàn ngành.\n")
    issuer = draft.values.get("issuer", "")
    assert "hưởng ứng" not in issuer and "330-KH/TU" not in issuer


@pytest.mark.parametrize("text", [
    # one it carries out, launching nothing itself: cited
    "Thực hiện Chỉ thị số 04/CT-UBND của Chủ tịch UBND tỉnh về việc phát động phong trào thi đua phòng, chống "
    "thiên tai, các sở đã họp bàn.",
    # a department answers another body's plan, launching nothing itself
    "Sở Khoa học và Công nghệ tỉnh Bến Tre hưởng ứng Kế hoạch số 330-KH/TU của Tỉnh ủy về việc phát động cao "
    "điểm thi đua “Đồng Khởi mới”.",
    "The province will keep carrying out Directive 19/CT-TTg dated July 16, 2021 of the Prime Minister on launching "
    "emulation for the socio-economic tasks, and focus on the following key tasks.",
])
def test_the_launch_in_a_cited_documents_title_is_not_the_texts(text):
    with pytest.raises(NotAPlan, match="launches no emulation campaign"):
        extract(text + "\n")


def test_an_english_site_name_above_the_headline_is_not_part_of_a_place():
    draft = extract("Vietnam.vn - Nền tảng quảng bá Việt Nam\nHo Chi Minh City launches the \"Digital Literacy for All\" "
                    "movement\nOn October 11, Ho Chi Minh City launched the “Digital Literacy for All” movement for the "
                    "2025-2026 period.\n")
    assert draft.values["province"] == "ho-chi-minh"  # not "Nam⏎Ho Chi Minh City", a name no province has


def test_an_english_list_of_cities_names_no_one_province():
    draft = extract("Cities sign emulation contract\nThe emulation cluster of five cities including "
                    "Hanoi, Ho Chi Minh City, the Northern City of Hai Phong and the Central City of "
                    "Da Nang held a conference on March 19 in Ho Chi Minh City to launch the emulation "
                    "movement in 2022.\n")
    assert "province" not in draft.values


@pytest.mark.parametrize("headline", [
    "Binh Duong will commend 400 advanced examples at the 5th Patriotic Emulation Congress",
    "Council prepares for organizing the 5th Binh Duong Patriotic Emulation Congress this year",
])
def test_english_congress_and_commendation_items_are_refused(headline):
    with pytest.raises(NotAPlan):
        extract(f"{headline}\nThe Council heard the report on the preparation of the congress.\n")


@pytest.mark.parametrize("text, period", [
    ("Ninh Thuận phát động thi đua vì người nghèo\nNgày 27-10-2017, UBND tỉnh ban hành Kế hoạch số "
     "4492/KH-UBND phát động phong trào thi đua “Cả nước chung tay vì người nghèo” trong công tác "
     "giảm nghèo đến năm 2020 trên địa bàn tỉnh.", {"end": "2020"}),  # until a year, no start
    ("Promoting mass mobilization\nOn October 14, 2025, the Provincial Party Standing Committee "
     "signed Directive No. 1-CT/TU on further promoting the “Skillful mass mobilization” emulation "
     "movement across Dong Nai province for the 2025–2030 period.", {"start": "2025", "end": "2030"}),
])
def test_round_four_periods(text, period):
    assert extract(text + "\n").values["period"] == period


def test_an_english_plan_of_anniversary_activities_is_refused():
    with pytest.raises(NotAPlan, match="commemorations"):
        extract("Trang Dinh district: Exciting activities towards the anniversary of That Khe "
                "liberation\nOn September 15, 2023, the District People's Committee issued Plan No. "
                "3288/KH-UBND on organizing activities to celebrate the 73rd anniversary, and the "
                "district launched movements to emulate in production.\n")


REVIEWED = [  # (text, field, the right value): wrong facts an adversarial review found, mended
    ("Ủy ban MTTQ tỉnh Hà Tĩnh vừa phát động phong trào thi đua “Vì người nghèo” giai đoạn 2026 - "
     "2030. Từ năm 2021 đến năm 2025, từ nguồn Quỹ, toàn tỉnh xây mới 3.200 căn nhà.",
     "period", {"start": "2026", "end": "2030"}),  # a look back at results is no period
    ("Ban Thường vụ Tỉnh ủy Gia Lai vừa phát động phong trào thi đua chào mừng Đại hội. Đến hết "
     "năm 2025, toàn tỉnh có 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ.", "period", None),  # a goal
    ("UBND tỉnh Bắc Ninh phát động phong trào thi đua xây dựng Bắc Ninh trở thành thành phố trực "
     "thuộc Trung ương trước năm 2030.", "period", None),
    ("Tỉnh đoàn phát động phong trào thi đua thực hiện Chiến lược phát triển thanh niên Việt Nam "
     "đến năm 2030 trong đoàn viên toàn tỉnh năm 2024.", "period", None),  # the strategy's horizon
    ("Chiều 8/7, Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. "
     "Liên đoàn phát động phong trào thi đua trong 6 tháng cuối năm 2025.",
     "period", {"start": "2025-07", "end": "2025-12"}),
    ("Sáng 3/3, Công an tỉnh Bắc Ninh tổ chức lễ ra quân, phát động đợt thi đua cao điểm năm 2024. "
     "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh Bắc Ninh.", "issuer", None),  # a guest
    ("Sáng 2/5, Liên đoàn Lao động tỉnh Thanh Hóa tổ chức lễ phát động phong trào thi đua lao động "
     "giỏi năm 2024.", "issuer", "Liên đoàn Lao động tỉnh Thanh Hóa"),
    ("Thực hiện Kế hoạch số 50/KH-UBND của UBND tỉnh Quảng Nam về phát động phong trào thi đua năm "
     "2024, UBND huyện Tiên Phước ban hành Kế hoạch số 120/KH-UBND phát động thi đua.",
     "issuer", "UBND huyện Tiên Phước"),
    ("UBND tỉnh Ninh Bình phát động phong trào thi đua thực hiện Nghị quyết của Tỉnh ủy về phát "
     "triển du lịch.", "issuer", "UBND tỉnh Ninh Bình"),
    ("UBND thành phố Hà Tĩnh vừa ban hành Kế hoạch số 210/KH-UBND phát động phong trào thi đua năm "
     "2024 trên địa bàn thành phố.", "issuer_level", "district"),  # a province's capital city
    ("UBND tỉnh Long An vừa ban hành Kế hoạch số 45/KH-UBND phát động phong trào thi đua năm 2024. "
     "Ngày 20/3/2024, tại lễ phát động, các cụm, khối thi đua đã ký kết giao ước thi đua.",
     "issued", None),  # signing a pledge is not issuing the plan
    ("Ngày 13/4/2025, Thủ tướng Chính phủ đã phát động phong trào thi đua xóa nhà tạm. Hưởng ứng "
     "phong trào, ngày 22/4/2025, UBND tỉnh Quảng Trị tổ chức lễ phát động phong trào thi đua.",
     "issued", "2025-04-22"),  # the province's own launch, not the Prime Minister's
    ("Sáng 8/2, UBND tỉnh Ninh Bình tổ chức lễ phát động phong trào thi đua năm 2024. Dịp này, Chủ "
     "tịch UBND tỉnh đã ký Quyết định số 1234/QĐ-UBND tặng Bằng khen cho 25 tập thể.",
     "number", None),  # a commendation signed at the ceremony
    ("Hưởng ứng phong trào thi đua “Vì người nghèo” do Thủ tướng Chính phủ phát động (Chỉ thị số "
     "21/CT-TTg ngày 18/5/2021), UBND tỉnh Thừa Thiên Huế vừa phát động đợt thi đua cao điểm.",
     "number", None),  # a directive cited in brackets
    ("Nhằm cụ thể hóa Kế hoạch số 30-KH/TU của Thành ủy về việc phát động thi đua, UBND huyện Cần "
     "Giờ phát động phong trào thi đua năm 2025.", "number", None),
]


@pytest.mark.parametrize("text, name, value", REVIEWED)
def test_what_an_adversarial_review_found_is_read_right(text, name, value):
    assert extract(f"Phát động thi đua\n{text}\n").values.get(name) == value


def test_an_english_look_back_at_results_is_no_period():
    draft = extract("Ha Tinh launches emulation for the poor\nThe provincial Fatherland Front has "
                    "launched the emulation movement for the 2026-2030 period. From 2021 to 2025, "
                    "the province built 3,200 houses for poor households.\n")
    assert draft.values["period"] == {"start": "2026", "end": "2030"}


@pytest.mark.parametrize("text, name, value", [
    ("UBND tỉnh Quảng Ngãi vừa ban hành Kế hoạch số 88/KH-UBND phát động phong trào thi đua năm "
     "2024, thực hiện Luật Thi đua, khen thưởng được Quốc hội ban hành ngày 15/6/2022.",
     "issued", None),  # the law's date
    ("On March 5, Quang Nam province issued Plan No. 112/KH-UBND to launch the emulation movement "
     "for 2024. President Ho Chi Minh issued the Call for Patriotic Emulation on June 11, 1948.",
     "issued", None),  # the 1948 Call's date
])
def test_no_issue_date_from_a_law_or_the_1948_call(text, name, value):
    assert extract(f"Phát động thi đua\n{text}\n").values.get(name) == value


@pytest.mark.parametrize("headline, kind", [
    ("Hội thi tuyên truyền viên giỏi về thi đua yêu nước năm 2024", "contest"),
    ("Phát động Giải báo chí viết về phong trào thi đua yêu nước", "contest"),
    ("Công đoàn phát động ủng hộ đồng bào vùng lũ trong đợt thi đua", "fundraising"),
    ("The Council held a conference to review the emulation work of 2023 in the province", "summing-up"),
])
def test_contests_fundraising_and_reviews_are_refused(headline, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(f"{headline}\nĐông đảo cán bộ, công chức tham gia sôi nổi trong toàn tỉnh.\n")


@pytest.mark.parametrize("text, name, value", [
    ("Binh Phuoc digital transformation\nBinh Phuoc Provincial People's Committee has just issued "
     "Plan No.162/KH-UBND to launch the emulation movement.", "number", "162/KH-UBND"),
    ("Son La launches\nThe Office of the People's Committee of Son La province has issued a plan to "
     "implement the emulation movement “Join hands to eliminate temporary houses in 2025”.",
     "period", {"start": "2025", "end": "2025"}),
    (" date 2025-10-06 TPHCM thi đua cao điểm\nUBND TPHCM vừa ban hành kế hoạch thi đua cao điểm. Đợt "
     "thi đua bắt đầu từ đầu tháng 10, kết thúc vào ngày 31/12.",
     "period", {"start": "2025-10", "end": "2025-12-31"}),  # the year of the page's date
])
def test_round_five_shapes(text, name, value):
    assert extract(text + "\n").values.get(name) == value


@pytest.mark.parametrize("text", [
    "(Baonghean.vn) - Ngày 13/11, Khối Thi đua các cơ quan Đảng tổ chức Hội nghị tổng kết phong "
    "trào thi đua năm 2015.\nKhối có 10 đơn vị thành viên trong toàn tỉnh và nhiều cơ quan.\nTrong "
    "năm 2015, các đơn vị trong khối đã phát động các đợt thi đua cao điểm.",  # launches told past
    "Organizing Emulation Movements: Which Content to Follow?\nRecently, the Ministry issued "
    "Circular 09/2018/TT-BTTTT guiding the emulation and commendation work in the sector.",
])
def test_a_summing_up_of_past_launches_and_a_guiding_circular_are_refused(text):
    with pytest.raises(NotAPlan):
        extract(text + "\n")


def test_periods_that_follow_each_other_day_after_day_are_one():
    draft = extract("Bình Thuận phát động thi đua năm 2025\nChiều 28/2, UBND tỉnh Bình Thuận phát động "
                    "phong trào thi đua yêu nước năm 2025. Theo đó, từ ngày 1/3 đến ngày 30/6, toàn "
                    "tỉnh tập trung thi đua chào mừng các ngày lễ lớn. Từ ngày 1/7 đến 31/12, cả hệ "
                    "thống chính trị thi đua nước rút.\n")
    assert draft.values["period"] == {"start": "2025-03-01", "end": "2025-12-31"}


def test_a_ceremonys_place_is_not_the_issuers_province():
    draft = extract("Phát động xóa nhà tạm\n(GLO)- Sáng 13-4, tại huyện Đà Bắc (tỉnh Hòa Bình), Hội "
                    "đồng Thi đua-Khen thưởng Trung ương tổ chức lễ phát động phong trào thi đua “Xóa "
                    "nhà tạm, nhà dột nát” trong cả nước.\n")
    assert draft.values["province"] == "toan-quoc"  # the national council's, not Hòa Bình's


@pytest.mark.parametrize("text", [
    " date 2024-01-25 Prime Minister Pham Minh Chinh on January 25 asked ministries and localities "
    "to launch new emulation movements.\nPresiding over the session of the Central Council, the "
    "leader said the movement should be launched in early 2024.",
    "Emulation Grouping 3 reviews results of the security movement in H1\nThe Grouping held a "
    "conference on July 11 in Hoa Binh Province to review the movement in the first 6 months.",
    " date 2021-03 Ban tổ chức cho biết, qua đợt phát động thi đua cao điểm kỷ niệm 90 năm Ngày thành "
    "lập Đoàn, đã có 104 hồ sơ đề xuất công trình.\nKết quả, có 35 công trình thanh niên đủ điều kiện "
    "công nhận là Công trình thanh niên tiêu biểu.",
    # a fund's month for the poor (fundraising), a preliminary conference
    "HUYỆN TÂN CHÂU: PHÁT ĐỘNG THÁNG CAO ĐIỂM “VÌ NGƯỜI NGHÈO” NĂM 2020\nChiều 17.10, Ban Vận động Quỹ “Vì người "
    "nghèo” huyện Tân Châu tổ chức lễ phát động Tháng cao điểm “Vì người nghèo” năm 2020.",
    "Make good use of social networks\nOn July 20th, the Preliminary Conference for the first 6 months of 2020 of "
    "the Emulation Unit of mass organisations took place in Hanoi.",
])
def test_calls_on_others_reviews_and_results_are_refused(text):
    with pytest.raises(NotAPlan):
        extract(text + "\n")


@pytest.mark.parametrize("text, kind", [
    ("Số: 41/KH-UBND\nKẾ HOẠCH\nKIỂM TRA CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2021\nỦy ban nhân dân "
     "tỉnh xây dựng kế hoạch kiểm tra việc thực hiện các phong trào thi đua tại các sở, ngành như "
     "sau.", "inspection"),
    ("Lào Cai phát động Tết trồng cây Xuân Giáp Thìn\nHưởng ứng phong trào thi đua chào mừng các "
     "ngày lễ lớn, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND tổ chức Lễ phát động.", "festival"),
    ("Council finalises honour roll for the emulation congress\nThe Central Council met on Monday to "
     "approve 120 collectives set to be honoured at the national patriotic emulation congress, "
     "which will review the emulation drive over the 2021-2025 period.", "commendation"),
])
def test_inspections_tree_planting_and_an_honour_roll_are_refused(text, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(text + "\n")


def test_a_decision_in_articles_that_issues_a_campaigns_plan_is_a_plan():
    facts = stated("THỦ TƯỚNG CHÍNH PHỦ\nSố: 512/QĐ-TTg\nHà Nội, ngày 3 tháng 5 năm 2022\nQUYẾT ĐỊNH\n"
                   "VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI PHONG TRÀO THI ĐUA “NÔNG DÂN GIỎI” GIAI ĐOẠN "
                   "2022 – 2025\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai phong "
                   "trào thi đua.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\nĐiều",
                   {"number": 0, "issued": 0, "period": 0, "source": 0})
    assert facts == {"number": "512/QĐ-TTg", "issued": "2022-05-03",
                     "period": {"start": "2022", "end": "2025"},
                     "source": None}  # "Điều", where the text is cut off, is no byline


def test_a_directive_on_emulation_and_commendation_work_is_no_commendation():
    facts = stated("Chỉ thị số 05/CT-BNV về công tác thi đua, khen thưởng năm 2024\nNgày 20 tháng 12 năm "
                   "2023, Bộ trưởng Bộ Nội vụ ban hành Chỉ thị số 05/CT-BNV về công tác thi đua, khen "
                   "thưởng năm 2024 nhằm phát động phong trào thi đua năm 2024 trong toàn ngành.",
                   {"number": 0, "issued": 0})
    assert facts == {"number": "05/CT-BNV", "issued": "2023-12-20"}


def test_an_english_movement_named_with_its_span_of_years():
    facts = stated("Updated date: 02/03/2024\nThe Provincial People's Committee held the launching "
                   "ceremony of the Movement \"Emulation in digital transformation in the period of "
                   "2024 - 2028\" in the province.", {"period": 0})
    assert facts == {"period": {"start": "2024", "end": "2028"}}
    facts = stated("Tay Ninh launches drive\nThe province launched the emulation movement for 2024 "
                   "- 2028 targets of the socio-economic plan.", {"period": 0})
    assert facts == {"period": None}  # a span named neither a period nor the movement's: no year


def test_a_letter_numbered_without_its_type_takes_the_kind_named_before_it():
    facts = stated("Hưởng ứng phong trào thi đua\nNgày 4/3/2024, UBND tỉnh có Công văn số 1520/UBND-VX "
                   "phát động phong trào thi đua chào mừng 70 năm Chiến thắng Điện Biên Phủ.",
                   {"number": 0, "type": 0})
    assert facts == {"number": "1520/UBND-VX", "type": "CV"}


def test_page_furniture_is_no_headline_and_a_launch_without_a_plan_has_no_type():
    draft = extract("Skip Ribbon Commands\nHotline: 0912 345 678\n-A\nPhường Tân An phát động thi đua năm "
                    "2026\nChiều 27/1, UBND phường Tân An tổ chức hội nghị triển khai kế hoạch phát "
                    "triển kinh tế - xã hội năm 2026 và phát động phong trào thi đua yêu nước năm 2026.\n")
    assert draft.values["title"] == "Phường Tân An phát động thi đua năm 2026"
    assert "type" not in draft.values  # "kế hoạch phát triển kinh tế" is not the launching plan
    assert stated("Lào Cai phát động thi đua\nUBND tỉnh Lào Cai vừa ban hành kế hoạch phát động "
                  "phong trào thi đua năm 2025.", {"type": 0}) == {"type": "KH"}


@pytest.mark.parametrize("text, province", [
    ("Ngành Thuế thi đua cuối năm\nTổng cục Thuế vừa phát động phong trào thi đua cuối năm 2024 trong "
     "toàn Ngành.", "toan-quoc"),
    ("Thi đua lập thành tích\nNgày 5-10, Thủ tướng Phạm Minh Chính, Chủ tịch Hội đồng Thi đua - Khen "
     "thưởng Trung ương, đã phát động đợt thi đua chào mừng Đại hội.", "toan-quoc"),
    ("Nam Định hưởng ứng\nHưởng ứng phong trào do Thủ tướng phát động, UBND tỉnh Nam Định vừa ban "
     "hành Kế hoạch số 14/KH-UBND phát động phong trào thi đua.", "nam-dinh"),  # answers the PM's
    ("Justice sector emulation\nOn February 29, 2024, the Ministry of Justice issued Decision No. "
     "244/QD-BTP on a plan to launch a thematic emulation movement for 2024.", "toan-quoc"),
    ("Two movements launched\nPrime Minister Nguyen Van A on March 3 chaired a ceremony to launch two emulation "
     "movements for the new term.", "toan-quoc"),
    ("Emulation for Hung Yen\nImplementing the Prime Minister's directive, the Hung Yen Provincial "
     "People's Committee issued Plan No. 41/KH-UBND to launch the emulation movement for 2021.",
     "hung-yen"),
])
def test_a_national_bodys_plan_is_filed_nationwide_and_a_provinces_answer_is_not(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


def test_a_former_province_named_as_history_is_not_the_plans_place():
    assert stated(" date 2025-08-16 Xã Tân Hiệp phát động thi đua\nUBND xã Tân Hiệp (thành lập từ các xã của huyện Quế "
                  "Sơn, tỉnh Quảng Nam cũ) vừa phát động phong trào thi đua năm 2026.",
                  {"province": 0}) == {"province": None}


def test_an_english_listing_is_read_in_the_story_that_launches():
    facts = stated("Union news\nCan Tho - The Hanoi City Labor Federation presented gifts to workers "
                   "of a company.\n|\nNghe An - The provincial Labor Federation launched the "
                   "emulation movement in 2026 at a conference on January 10.", {"province": 0})
    assert facts == {"province": "nghe-an"}  # the dateline of the story that launches (not Hanoi's
                                             # or Can Tho's: another story's)


@pytest.mark.parametrize("text, kind", [
    ("Đoàn kiểm tra làm việc tại các sở\nĐoàn kiểm tra của Hội đồng Thi đua - Khen thưởng tỉnh đã kiểm "
     "tra công tác thi đua, khen thưởng tại 12 cơ quan, đơn vị trong hai ngày.", "inspection"),
    ("Yên Bái triển khai Tháng Công nhân năm 2025\nLiên đoàn Lao động tỉnh vừa ban hành kế hoạch "
     "triển khai Tháng Công nhân năm 2025, với các hoạt động từ ngày 15/4 đến 31/5.", "month"),
])
def test_an_inspection_team_and_a_workers_month_are_refused(text, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(text + "\n")


def test_a_citys_police_named_by_its_abbreviation_places_the_plan():
    assert stated("Công an Thủ đô thi đua\nSáng 7-8, CATP Hà Nội tổ chức lễ phát động đợt thi đua đặc "
                  "biệt chào mừng kỷ niệm 70 năm.", {"province": 0}) == {"province": "ha-noi"}


@pytest.mark.parametrize("text, province", [
    ("Biên phòng thi đua cao điểm\nBộ đội Biên phòng tỉnh Sóc Trăng phát động đợt thi đua cao điểm "
     "60 ngày, từ ngày 1/10 đến 30/11/2023.", "soc-trang"),
    ("Quân sự tỉnh thi đua\nBộ CHQS tỉnh An Giang ban hành Kế hoạch số 50/KH-BCH phát động phong "
     "trào thi đua quyết thắng năm 2024.", "an-giang"),
])
def test_a_provinces_border_guard_or_military_command_is_no_ministry(text, province):
    assert stated(text, {"province": 0, "issuer_level": 0})["province"] == province


@pytest.mark.parametrize("text", [
    ("Cụm thi đua các cục hải quan ký giao ước\nNgày 10/1, Cụm thi đua số 2 gồm 5 Hải quan "
     "tỉnh: Lạng Sơn, Cao Bằng, Hà Giang, Lào Cai, Điện Biên phát động thi đua năm 2024. Hải "
     "quan tỉnh Lạng Sơn dẫn đầu về thu ngân sách."),
    # a national body's regional departments, one of them named by its city
    ("Cụm thi đua số 3 phát động thi đua năm 2024\nTại hội nghị, Cụm thi đua số 3 (gồm 4 cục Kiểm định khu vực: Bắc "
     "Trung Bộ; TP. Đà Nẵng; Duyên hải; Tây Nguyên) phát động phong trào thi đua năm 2024."),
])
def test_an_emulation_cluster_of_several_provinces_is_placed_in_none(text):
    assert stated(text, {"province": 0}) == {"province": None}


def test_the_young_pioneers_ho_chi_minh_is_no_city():
    text = ("LIÊN ĐỘI TN TP HỒ CHÍ MINH TRƯỜNG THCS AN THẠNH\nKẾ HOẠCH\nPhát động thi đua chào mừng ngày 26/3\n"
            "Liên đội phát động đợt thi đua “Hoa điểm 10” trong các chi đội từ ngày 1/3 đến ngày 25/3/2016.")
    assert stated(text, {"province": 0}) == {"province": None}


def test_an_english_campaign_in_stages_runs_from_the_first_to_the_last():
    facts = stated("Unions go digital\nThe provincial Labor Federation launched an emulation movement "
                   "on digital skills. The emulation period is divided into 2 stages: From 2024 - "
                   "2026 and from 2027 - 2029.", {"period": 0})
    assert facts == {"period": {"start": "2024", "end": "2029"}}


def test_an_english_page_stamp_run_into_the_lead_is_not_the_issue_date():
    facts = stated("12/04/2023 | views: 40 | Directive on the 2023 emulation movement On 09/4/2023, "
                   "the Chairman of the Provincial People's Committee signed and issued Directive "
                   "No. 05/CT-UBND on launching the emulation movement for 2023.", {"issued": 0})
    assert facts == {"issued": "2023-04-09"}


def test_a_national_council_launching_at_a_venue_is_filed_nationwide():
    facts = stated("Launching the movement for the poor\nThis morning, May 10, in Mai Chau district, "
                   "Hoa Binh province, the Central Emulation and Reward Council coordinated with the "
                   "Fatherland Front to organize the launching ceremony of the emulation movement "
                   "for the poor.", {"province": 0})
    assert facts == {"province": "toan-quoc"}  # Hoa Binh is where it was held


@pytest.mark.parametrize("text", [
    "Thi đua phải thiết thực\nSáng 12/3, Hội đồng Thi đua - Khen thưởng Trung ương họp phiên thứ 9 để "
    "xem xét kế hoạch phát động phong trào thi đua “Chuyển đổi số toàn diện”.",
    "Launching a movement for young farmers\nMAI LAN |\nThe Prime Minister assigned the Ministry of "
    "Agriculture to coordinate with agencies to study and organize the launch of an emulation "
    "movement for young farmers.",
])
def test_a_campaign_only_prepared_is_refused(text):
    with pytest.raises(NotAPlan, match="only prepared"):
        extract(text + "\n")


def test_an_english_feature_on_a_campaigns_results_is_refused():
    with pytest.raises(NotAPlan, match="summing-up"):
        extract("Da Nang's 100-day emulation campaign is delivering visible results in its wards, "
                "lifting local spirits before the congresses.\nResidents gave land to widen alleys.\n")


@pytest.mark.parametrize("text, movement", [
    ("Quảng Trị chung sức xây dựng nông thôn mới\nUBND tỉnh Quảng Trị vừa ban hành Kế hoạch số "
     "88/KH-UBND phát động phong trào thi đua “Quảng Trị chung sức xây dựng nông thôn mới” giai "
     "đoạn 2021-2025.", ["nong-thon-moi"]),  # the province's own name of the national movement
    ("Thi đua văn hóa công sở\nThực hiện Quyết định số 733/QĐ-TTg của Thủ tướng, UBND tỉnh Sơn La "
     "ban hành Kế hoạch số 12/KH-UBND phát động thi đua trong cán bộ, công chức năm 2020.",
     ["van-hoa-cong-so"]),  # the launching document it implements
    ("Hanoi launches digital drive\nOn May 20, 2025, the Hanoi People's Committee issued Plan No. "
     "190/KH-UBND to carry out the movement in which the whole country emulates in innovation and "
     "digital transformation.", ["doi-moi-sang-tao-chuyen-doi-so"]),
    ("Thi đua năm 2024\nUBND tỉnh Cao Bằng ban hành Kế hoạch số 5/KH-UBND phát động phong trào thi "
     "đua năm 2024.", None),  # names none
])
def test_ingest_suggests_the_national_movement_a_text_names_or_cites_for_review(text, movement):
    draft = extract(text + "\n")
    assert draft.values.get("movement") == movement
    assert ("movement.suggested" in draft.missing) == bool(movement)


@pytest.mark.parametrize("text", [
    "PM launches drive\nPrime Minister Pham Minh Chinh, who is also Chairman of the Central Council "
    "for Emulation and Commendation, has launched the patriotic emulation movement for 2026-2030.",
    "PM launches drive\nPrime Minister Pham Minh Chinh on August 14 launched a special emulation "
    "movement that calls on people nationwide to stay united.",
    "Vocational schools emulate\nThe General Department of Vocational Education launched a special "
    "emulation movement in all its schools.",
    "Congress to convene\nA nationwide emulation movement with the theme “Solidarity” was launched "
    "for the 2021-2025 period by Prime Minister Nguyen Xuan Phuc on December 10.",
])
def test_an_english_national_launch_in_other_words_is_filed_nationwide(text):
    assert stated(text, {"province": 0}) == {"province": "toan-quoc"}


def test_the_pms_movement_an_english_launch_counts_the_time_since_gives_neither_its_place_nor_its_years():
    draft = extract("Binh Duong steps up emulation for the poor\n14/06/2023 10:12\nBinh Duong (VNA) – Two years after "
                    "the Prime Minister launched the emulation movement \"For the poor – No one left behind\" for the "
                    "2021-2025 period, the province on June 12 launched its own emulation movement for the 2023-2025 "
                    "period.\n")
    assert draft.values.get("province") != "toan-quoc"
    assert draft.values["period"] == {"start": "2023", "end": "2025"}
    quoted = extract("Hanoi youth launch emulation drive\n14/06/2023 10:12\nHanoi (VNA) – Two years after the "
                     "movement \"Emulation to build, protect the Fatherland\" launched by the Prime Minister, the Youth "
                     "Union of Hanoi on June 12 launched an emulation drive for young volunteers.\n")
    assert quoted.values.get("province") != "toan-quoc"  # (a quoted name's commas end no clause)


def test_an_english_province_answering_the_pms_movement_is_not_national():
    facts = stated("Hung Yen responds\nResponding to the movement launched by Prime Minister Pham "
                   "Minh Chinh, the Hung Yen Provincial People's Committee issued Plan No. 41/KH-UBND "
                   "to launch the emulation movement for 2021.", {"province": 0})
    assert facts == {"province": "hung-yen"}


@pytest.mark.parametrize("text, issued", [
    ("Launching ceremony of the peak drive\nViệt NamViệt Nam28/11/2024\nOn the afternoon of "
     "November 28, the Provincial People's Committee of Quang Binh held a ceremony to launch the "
     "peak emulation campaign.", "2024-11-28"),  # the page's own date gives the year
    ("Plan for the anniversary\nViệt NamViệt Nam21/03/2025\nOn December 31, the Provincial "
     "People's Committee issued Plan No. 204/KH-UBND to implement the emulation movement.",
     "2024-12-31"),  # a day something happened, before the article: the year before
    ("Updated date: 11/08/2023 13:01:04\nOn the morning of August 11, the Provincial People's "
     "Committee of Dong Thap organized the launching ceremony of the emulation movement.",
     "2023-08-11"),
])
def test_an_english_date_without_its_year_takes_the_pages_own(text, issued):
    assert stated(text, {"issued": 0}) == {"issued": issued}


def test_an_english_anniversary_after_the_article_gives_no_date():
    facts = stated(" date 2023-03-14 The conference this week launched the patriotic emulation "
                   "movement in 2023 to celebrate Reunification Day (April 30).", {"issued": 0})
    assert facts == {"issued": None}  # not 30 April 2022: the holiday is no day of the launch


def test_an_english_campaign_for_the_years_tasks_runs_that_year():
    facts = stated("Directive on emulation\nOn 06/3/2024, the Chairman of the Provincial People's "
                   "Committee signed Directive No. 02/CT-UBND on continuing to promote patriotic "
                   "emulation movements to successfully implement the 2024 socio-economic "
                   "development plan.", {"period": 0})
    assert facts == {"period": {"start": "2024", "end": "2024"}}


@pytest.mark.parametrize("text, issuer", [
    ("Chỉ thị số 03/CT-BTTTT của Bộ Thông tin và Truyền thông về công tác thi đua năm 2023\nChỉ thị "
     "nhằm phát động phong trào thi đua năm 2023 trong toàn ngành.",
     "Bộ Thông tin và Truyền thông"),  # named by the symbol its number carries
    ("Toàn quân thi đua\nQuân ủy Trung ương, Bộ Quốc phòng vừa phát động đợt thi đua cao điểm kỷ "
     "niệm 70 năm chiến thắng Điện Biên Phủ.", "Quân ủy Trung ương"),
    ("Ngành kế hoạch đồng hành\nBộ Kế hoạch và Đầu tư (KH&ĐT) vừa ban hành Kế hoạch tổ chức phong trào "
     "thi đua giai đoạn 2017 - 2020.", "Bộ Kế hoạch và Đầu tư"),  # (its abbreviation left out)
])
def test_a_ministry_or_the_central_military_commission_is_a_national_issuer(text, issuer):
    facts = stated(text, {"province": 0, "issuer": 0, "issuer_level": 0})
    assert facts == {"province": "toan-quoc", "issuer": issuer, "issuer_level": "national"}


@pytest.mark.parametrize("text", [
    "Lữ đoàn 26 ra quân huấn luyện\nSáng 7/1, Lữ đoàn 26 tổ chức Lễ ra quân huấn luyện năm 2025. Trung tướng Nguyễn "
    "Văn A, Thứ trưởng Bộ Quốc phòng dự và phát động phong trào thi đua Quyết thắng năm 2025.",
    "Trường Sĩ quan phát động thi đua\nNgày 6/9/2024, Trường Sĩ quan Lục quân khai giảng năm học mới. Thượng tướng "
    "Nguyễn Văn B, Chủ nhiệm Tổng cục Chính trị dự và phát động phong trào thi đua “Dạy tốt, học tốt”.",
])
def test_a_national_leader_attending_a_units_launch_does_not_make_it_national(text):
    assert stated(text, {"province": 0, "issuer_level": 0}) == {"province": None, "issuer_level": None}


def test_a_communication_campaign_launched_today_is_refused_and_today_is_not_furniture():
    with pytest.raises(NotAPlan, match="communication campaign"):
        extract(" date 2025-08-08 Hôm nay, 8/8, Tỉnh đoàn đã phát động chiến dịch truyền thông “Tự "
                "hào quê hương” trên mạng xã hội, từ 4/8 đến 2/9.\n")


def test_the_pages_date_of_today_is_no_issue_date():
    facts = stated("Hôm nay, ngày 13 tháng 12 năm 2018\nHÀM TÂN PHÁT ĐỘNG THI ĐUA NĂM 2018\nNgày 26/02/2018, "
                   "UBND huyện Hàm Tân đã tổ chức hội nghị và phát động phong trào thi đua năm 2018.",
                   {"issued": 0})
    assert facts == {"issued": "2018-02-26"}  # the launch's day, not the page's "today"


def test_an_english_plan_of_activities_to_mark_events_is_refused():
    with pytest.raises(NotAPlan, match="commemorations"):
        extract("Activities for the last months of 2019\nThe Municipal People's Committee released "
                "Plan 201/KH-UBND dated August 10 on organizing activities to mark important events "
                "of the country in the last five months of 2019.\n")


def test_an_english_commendation_ceremony_that_launches_on_the_occasion_is_a_plan():
    draft = extract(" date 2024-04-09 Binh Chanh District in HCMC on April 9 held a ceremony to "
                    "receive the Labor Medal and review the emulation movement in 2023.\nThe district's "
                    "units received certificates of merit.\nOn this occasion, the Chairman of the "
                    "People's Committee of Binh Chanh District launched a patriotic emulation "
                    "movement in 2024.\n")
    assert draft.values.get("period") == {"start": "2024", "end": "2024"}


def test_an_english_movement_inaugurated_today_by_the_prime_minister():
    facts = stated(" date 2025-04-24 In Hanoi, Prime Minister Pham Minh Chinh, Chairman of the "
                   "Central Emulation and Reward Council, today inaugurated the national "
                   "movement for innovation.", {"province": 0, "issued": 0})
    assert facts == {"province": "toan-quoc", "issued": "2025-04-24"}


@pytest.mark.parametrize("text, province", [
    ("(HBO) – The Lac Son district People’s Committee recently organised a conference to launch "
     "the patriotic emulation campaign in 2019.", "hoa-binh"),  # a district of one province only
    ("Dak Ha launches emulation\nOn the morning of January 12, the People's Committee of Dak Ha "
     "district (Kon Tum) held a conference to launch the emulation movement in 2024.", "kon-tum"),
    ("Châu Thành launches emulation\nThe Chau Thanh district People's Committee launched the "
     "emulation movement in 2022.", None),  # a district of that name lies in seven provinces
    ("Island district launches emulation\nThe People's Committee of Con Co district launched the emulation "
     "movement for 2024 on March 5.", "quang-tri"),  # an island district, which had no commune
    ("Điện Biên promotes emulation movement for socio-economic development\nOn February 22, the "
     "People’s Committee of Điện Biên Province held a conference to review the work of 2024 and to "
     "launch the emulation movement for 2025, with the theme of the year and the tasks of all "
     "departments and districts.", "dien-bien"),  # Đ, as printed
])
def test_an_english_district_or_a_name_with_diacritics_places_the_plan(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


def test_a_launch_told_at_the_end_of_a_conference_takes_the_conferences_day_and_year():
    facts = stated("Sở Xây dựng nhận Cờ thi đua\nSáng 12/01/2019, UBND tỉnh Sơn La tổ chức Hội nghị tổng "
                   "kết công tác thi đua năm 2018.\nNhiều đơn vị được tặng Cờ thi đua năm 2018.\nCũng tại "
                   "Hội nghị, Chủ tịch UBND tỉnh đã phát động phong trào thi đua năm 2019 với chủ đề "
                   "“Kỷ cương, sáng tạo”.", {"issued": 0, "period": 0, "province": 0})
    assert facts == {"issued": "2019-01-12", "period": {"start": "2019", "end": "2019"},
                     "province": "son-la"}


def test_a_period_stated_before_the_campaigns_goals_is_read():
    facts = stated("Bộ CHQS tỉnh Nghệ An thi đua cao điểm\nSáng 3/3/2024, Bộ CHQS tỉnh Nghệ An tổ chức "
                   "Lễ phát động đợt thi đua cao điểm.\nĐợt thi đua diễn ra từ 05/3/2024 đến 30/6/2024, "
                   "hướng vào các mục tiêu huấn luyện qua 79 năm xây dựng và trưởng thành.",
                   {"period": 0})
    assert facts == {"period": {"start": "2024-03-05", "end": "2024-06-30"}}


def test_a_look_back_over_years_still_gives_no_period():
    facts = stated("Huyện Tân Phú phát động thi đua\nTừ năm 2021 đến năm 2023, phong trào thi đua của huyện "
                   "đã đạt nhiều kết quả.\nSáng 2/2/2024, UBND huyện Tân Phú phát động phong trào thi đua.",
                   {"period": 0})
    assert facts == {"period": None}


def test_a_plans_number_printed_after_its_heading_date_on_one_line():
    facts = stated("LIÊN ĐỘI TRƯỜNG TIỂU HỌC HÒA BÌNH\nHòa Bình, ngày 02 tháng 3 năm 2022 Số: 07-KH/LĐ\n"
                   "KẾ HOẠCH\nPhát động phong trào thi đua chào mừng ngày thành lập Đoàn 26/3\nCăn cứ "
                   "Chương trình công tác Đội năm học 2021-2022;\nNay Liên đội phát động phong trào thi "
                   "đua chào mừng ngày 26/3.", {"number": 0, "issued": 0})
    assert facts == {"number": "07-KH/LĐ", "issued": "2022-03-02"}


def test_the_central_council_launching_a_named_movement_is_national():
    facts = stated("Phát động 'Cả nước thi đua học tập suốt đời'\nSáng 10/5, Hội đồng thi đua – Khen "
                   "thưởng Trung ương tổ chức Lễ phát động phong trào 'Cả nước thi đua học tập suốt đời'.",
                   {"province": 0, "issuer_level": 0, "issued": 0})
    assert facts == {"province": "toan-quoc", "issuer_level": "national", "issued": None}  # no year


@pytest.mark.parametrize("stamp_line, issued", [
    ("GOOD NEWS - VNA March 8, 2023 09:15", "2023-03-08"),  # a byline's date
    ("Update: 09-03-2023 | 10:02:11", "2023-03-08"),        # a posting time, day first
])
def test_an_english_pages_date_in_other_shapes_gives_a_yearless_launch_its_year(stamp_line, issued):
    facts = stated(f"News\nYouth launch emulation drive\n{stamp_line}\nOn the morning of March 8, the "
                   "Provincial Youth Union held a ceremony to launch the emulation movement for young "
                   "workers.", {"issued": 0})
    assert facts == {"issued": issued}


@pytest.mark.parametrize("text, province", [
    ("Teachers meet for the new school year\nBac Kan - The Provincial Education Union held a "
     "conference and launched an emulation movement for teachers.", "bac-kan"),  # a dateline
    ("Union news\nGifts for workers\nCan Tho - A company gave gifts to its workers.\nUnion launches "
     "emulation movement\nNghe An - On May 2, the Provincial Labor Federation launched an emulation "
     "movement in 2026.", "nghe-an"),  # a listing: the dateline of the item that launches
    ("Gia Lai province marks 50 years of liberation\nThe province celebrated the anniversary.\n"
     "Provincial authorities launched an emulation campaign at the ceremony.", "gia-lai"),  # headline
    ("Border guards launch emulation\nOn June 1, the Border Guard Command of Region 3 (Quang Tri) "
     "held a ceremony to launch an emulation campaign.", "quang-tri"),  # in brackets after the body
    ("Emulation in Kon Tum and Gia Lai\nProvincial authorities launched an emulation campaign at "
     "the ceremony.", None),  # a headline of two provinces places it in neither
])
def test_an_english_launch_naming_no_province_is_placed_by_the_article(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


def test_an_english_campaign_in_phases_runs_from_the_first_to_the_end_of_the_last():
    facts = stated("The emulation movement of the town's trade unions will be held in 2 rounds. Phase 1 "
                   "from the beginning of the year to June 30, phase 2 from July 1 to December 31, 2024.",
                   {"period": 0})
    assert facts == {"period": {"start": "2024", "end": "2024-12-31"}}


@pytest.mark.parametrize("stamp, span, period", [
    (" date 2025-09-20 ", "from October 1 to December 20", {"start": "2025-10-01", "end": "2025-12-20"}),
    (" date 2025-09-20 ", "from 1 October to 20 December", {"start": "2025-10-01", "end": "2025-12-20"}),
    ("", "from October 1 to December 20", None),  # no date of the article: the year is unknown
])
def test_an_english_period_without_a_year_takes_the_articles(stamp, span, period):
    facts = stated(f"{stamp}Militia launch a peak emulation campaign of 80 days.\nThe campaign lasts "
                   f"for 80 days, {span}.", {"period": 0})
    assert facts == {"period": period}


def test_an_english_review_of_years_of_emulation_is_refused():
    with pytest.raises(NotAPlan, match="summing-up"):
        extract("Emulation work reviewed\nAt the conference, leaders said emulation campaigns had "
                "engaged many residents.\nThe city authorities today reviewed five years of work to "
                "promote patriotic emulation campaigns.\n")


@pytest.mark.parametrize("text", [
    "The Vietnam General Confederation of Labor (VGCL) has issued Plan 12/KH-TLD launching emulation "
    "movements among workers in 2021.",
    "On the morning of May 5th, in Hanoi, Prime Minister Pham Minh Chinh - Chairman of the Central "
    "Emulation and Commendation Council - attended the launching ceremony of the \"Nationwide "
    "Emulation Movement for Green Growth\".",
    "On June 2, 2023, the Ministry of Health (Hanoi, Vietnam) issued Plan 77/KH-BYT to implement the "
    "emulation movement for clean hospitals.",
    "On 3 March 2018, Auditor General Nguyen Van A announced a plan on the emulation movement "
    "called “Audit for the people” for the period 2018-2020.",
])
def test_an_english_national_body_in_other_words_files_the_plan_nationwide(text):
    assert stated(text, {"province": 0}) == {"province": "toan-quoc"}


@pytest.mark.parametrize("text, province", [
    ("Hau Giang answers the call\nOn March 3, the People's Committee and the Fatherland Front Committee of Hau Giang "
     "province held a ceremony to respond to the emulation movement \"Joining hands for the poor\" launched by the "
     "Prime Minister for the 2021-2025 period.", "hau-giang"),  # the movement it answers
    ("Power company launches emulation\nOn March 5, Nghe An Power Company, a member of Vietnam Electricity Group, held "
     "a ceremony to launch an emulation movement to ensure power supply in 2024.", None),  # the company's parent
])
def test_an_english_national_body_beside_a_local_launch_does_not_file_it_nationwide(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


def test_an_english_provincial_committee_unnamed_is_placed_by_the_one_province_named():
    facts = stated("Updated date: 02/06/2022 10:00:00\nOn the morning of June 2, at the Provincial People's "
                   "Committee hall, the Provincial People's Committee organized the Launching Ceremony "
                   "of the emulation movement for digital skills in Ben Tre province.", {"province": 0})
    assert facts == {"province": "ben-tre"}


@pytest.mark.parametrize("text, period", [
    ("Many communes in Lao Cai province held conferences to sum up the past period and launch "
     "emulation for the period 2025-2030.", {"start": "2025", "end": "2030"}),
    ("The Auditor General announced a plan on implementation of emulation movement called “Audit "
     "for the people” for the period 2016-2020.", {"start": "2016", "end": "2020"}),
])
def test_an_english_campaign_of_a_named_period(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


@pytest.mark.parametrize("text", [
    "Ngày 5 tháng 9 năm 2019 Bộ trưởng Bộ Y tế đã phát động trong toàn ngành Y tế Phong trào thi đua "
    "“Bệnh viện xanh”.",
    "Bộ trưởng Bộ Tài chính (BTC) Nguyễn Văn B phát động Phong trào thi đua với chủ đề “Kỷ cương, "
    "minh bạch” năm 2020.",
    "Thay mặt Quân ủy T.Ư - Bộ Quốc phòng, Thượng tướng Lê Văn C vừa phát động đợt thi đua cao điểm "
    "“Vì nhân dân phục vụ”.",
    "Ngày 2/9, thay mặt lãnh đạo Đảng, Nhà nước, Hội đồng Thi đua - Khen thưởng Trung ương, Thủ tướng "
    "Nguyễn Văn D - Chủ tịch Hội đồng đã có bài phát biểu phát động Phong trào thi đua “Cả nước chung "
    "tay phòng, chống thiên tai”.",
])
def test_a_minister_or_a_body_launched_for_is_a_national_issuer(text):
    assert stated(text, {"province": 0}) == {"province": "toan-quoc"}


@pytest.mark.parametrize("text, issued", [
    (" date 2019-12 Chiều 27.12, UBND tỉnh Phú Yên tổ chức hội nghị phát động phong trào thi đua năm "
     "2020.", "2019-12-27"),
    ("Ngày 15 tháng 01 năm 2022công đoàn trường đã phát động đợt thi đua chào mừng mừng Đảng, mừng "
     "Xuân.", "2022-01-15"),
])
def test_a_launch_day_printed_with_dots_or_in_words(text, issued):
    assert stated(text, {"issued": 0}) == {"issued": issued}


@pytest.mark.parametrize("launch, issued", [
    ("Ngày 5-10", "2021-10-05"),    # a few days before the campaign starts: that year
    ("Ngày 20-12", "2020-12-20"),   # in the last days of the year before
    ("Ngày 20-5", None),            # five months before: the text does not say which year
    ("Ngày 25-10", "2021-10-25"),   # during the campaign (a ceremony held after it started)
    ("Ngày 28-12", None),           # after it ended: not this campaign's launch
])
def test_a_yearless_launch_day_takes_the_year_of_the_campaign_it_launches(launch, issued):
    starts = "8/10" if launch != "Ngày 20-12" else "2/1"
    ends = "20/12/2021" if launch != "Ngày 20-12" else "30/4/2021"
    facts = stated(f"{launch}, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức phát động đợt thi đua cao điểm "
                   f"chào mừng ngày lễ lớn.\nĐợt thi đua diễn ra từ ngày {starts} đến {ends}.", {"issued": 0})
    assert facts == {"issued": issued}


def test_phases_whose_last_end_the_text_cuts_off_give_the_start_only():
    draft = extract("Huyện Đức Linh phát động thi đua\nPhong trào thi đua chia làm 2 đợt; đợt 1, từ ngày "
                    "10/1/2022 đến ngày 30/6/2023 và đợt 2, từ ngày 1/7/2023 đến n\n")
    assert draft.values.get("period") == {"start": "2022-01-10"}
    assert "period.end" in draft.missing


def test_half_a_year_of_tasks_is_not_the_campaigns_period():
    facts = stated("Chiều ngày 18/7/2025, Ủy ban MTTQ xã An Bình tổ chức Hội nghị triển khai nhiệm vụ công tác "
                   "6 tháng cuối năm 2025 và phát động phong trào thi đua chào mừng Đại hội Đảng bộ xã.",
                   {"period": 0, "issued": 0})
    assert facts == {"period": None, "issued": "2025-07-18"}


def test_the_campaigns_own_start_in_the_launching_sentence_is_no_launch_day():
    facts = stated("UBND tỉnh Phú Yên phát động đợt thi đua 45 ngày đêm (từ ngày 1/8 đến 15/9/2025).",
                   {"issued": 0, "period": 0})
    assert facts == {"issued": None, "period": {"start": "2025-08-01", "end": "2025-09-15"}}


@pytest.mark.parametrize("text", [
    "Khối thi đua số 4 họp giữa năm\nHội nghị được nghe Báo cáo đánh giá tiến độ thực hiện các chỉ tiêu "
    "thi đua đã ký kết trong 6 tháng đầu năm 2019. Cuối hội nghị, các thành viên quyết tâm tích cực "
    "phát động và triển khai các phong trào thi đua tại đơn vị.",
    "Models praised\nThe district authorities have held a conference to sum up the patriotic emulation "
    "movement in the 2015 – 2020 period and awarded certificates of merit.",
    "Sóc Trăng: hơn 5.000 hộ thoát nghèo\nUBND tỉnh Sóc Trăng vừa có Báo cáo số 210/BC-UBND ngày 3/8/2023 về kết quả "
    "hai năm thực hiện phong trào thi đua “Sóc Trăng chung tay vì người nghèo”. Phong trào được phát động theo Kế "
    "hoạch số 95/KH-UBND ngày 1/6/2021.",  # a report by its number
])
def test_a_progress_report_or_a_conference_to_sum_up_is_refused(text):
    with pytest.raises(NotAPlan, match="summing-up"):
        extract(text + "\n")


@pytest.mark.parametrize("text, issuer, code", [
    ("Chiều 12/9, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ phát động hưởng ứng phong trào "
     "thi đua “Cả nước chung tay vì người nghèo”.", "Bộ Văn hóa, Thể thao và Du lịch", "bvhttdl"),
    ("Sáng 5-10, Thủ tướng Nguyễn Văn E, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương đã chủ trì lễ "
     "phát động thi đua lập thành tích chào mừng Đại hội Đảng.", "Thủ tướng Chính phủ", "ttg"),
])
def test_a_national_body_is_written_as_the_records_name_it(text, issuer, code):
    facts = stated(text, {"province": 0, "issuer": 0, "issuer_code": 0})
    assert facts == {"province": "toan-quoc", "issuer": issuer, "issuer_code": code}


@pytest.mark.parametrize("text", [
    "Ngày 20/6/2019. Sở Tư pháp ban hành kế hoạch số 41/KH-STP về việc phát động thi đua đặc biệt.",
    "(CTT) - Ngày 20/6/2019, QUẢNG CÁO\nban hành Kế hoạch số 41/KH-STP phát động thi đua đặc biệt.",
])
def test_the_date_just_before_the_sentence_of_the_number_is_its_issue_date(text):
    assert stated(text, {"issued": 0}) == {"issued": "2019-06-20"}


def test_a_campaign_carried_out_until_a_day():
    facts = stated("Quyền Bộ trưởng Bộ Tư pháp vừa ký ban hành Văn bản số 12/BTP-TĐKT về việc phát động phong trào "
                   "thi đua “Số hóa hộ tịch”.\nPhong trào thi đua sẽ được triển khai đến ngày 31/10/2025.",
                   {"period": 0})
    assert facts == {"period": {"end": "2025-10-31"}}


@pytest.mark.parametrize("text", [
    "The Vietnam Fatherland Front held a ceremony in Hanoi on Sunday to mark its anniversary and launch "
    "an emulation movement to build civilized urban areas.",
    "The trade union of the Vietnam Rubber Industry Group (VRG) held a ceremony in Binh Phuoc province "
    "on May 2 to launch the Workers' Month and an emulation campaign for 2024.",
])
def test_an_english_national_organisation_holding_a_launch_is_national(text):
    assert stated(text, {"province": 0}) == {"province": "toan-quoc"}


def test_an_english_launch_day_before_its_campaigns_implementation_time():
    facts = stated("On May 4, the Military Command of Ha Giang province held a ceremony and launched a peak "
                   "emulation period.\nThe implementation time is from May 5 to August 30, 2025.",
                   {"issued": 0, "period": 0})
    assert facts == {"issued": "2025-05-04", "period": {"start": "2025-05-05", "end": "2025-08-30"}}


def test_an_english_campaigns_own_start_is_no_launch_day():
    facts = stated("The Chairman of the Provincial People's Committee signed to launch a 30-day emulation "
                   "movement (from July 15 to August 15, 2025).", {"issued": 0})
    assert facts == {"issued": None}


@pytest.mark.parametrize("day, issued", [
    ("February 22", "2025-02-22"),  # early in the year of the one-year campaign it launches
    ("December 28", None),          # late in a year: that year's campaign or the next one's
])
def test_an_english_yearless_launch_day_takes_its_campaigns_year_early_in_it(day, issued):
    facts = stated(f"Emulation in Lai Chau\nOn {day}, the People's Committee of Lai Chau Province held a "
                   "conference to review the emulation work of 2024 and launch the 2025 emulation "
                   "movement.", {"issued": 0})
    assert facts == {"issued": issued}


def test_a_campaigns_name_printed_with_a_comma_still_gives_its_year():
    facts = stated("Chiều 27/1, UBND phường Đông Hà tổng kết công tác thi đua năm 2025 và phát động phong "
                   "trào thi đua, yêu nước năm 2026.", {"period": 0})
    assert facts == {"period": {"start": "2026", "end": "2026"}}


def test_an_english_competition_that_translates_thi_dua_is_no_contest():
    facts = stated("Competition to innovate in education\nLaunching the emulation movement for the 2025-2030 "
                   "period, the Minister of Education and Training said the sector would compete in "
                   "innovation.", {"period": 0})
    assert facts == {"period": {"start": "2025", "end": "2030"}}


@pytest.mark.parametrize("text, why", [
    ("Provincial photo competition opens\nThe Department of Culture launched a photo competition on the "
     "emulation movement of farmers.", "contest"),
    ("A movement for children\nTowards the 50th anniversary of the movement, children across the province "
     "have done many works to celebrate this event.\nThe council made a plan of activities.", "commemorations"),
])
def test_an_english_contest_or_an_anniversarys_activities_are_refused(text, why):
    with pytest.raises(NotAPlan, match=why):
        extract(text + "\n")


def test_a_listing_of_dated_stories_is_read_in_its_first_story_that_launches():
    facts = stated("Chiều 12/4, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội tổ chức Lễ phát động thi đua hướng "
                   "tới kỷ niệm 80 năm Quốc hội Việt Nam.\nSáng 2/2, tại xã Tân Sơn, tỉnh Phú Thọ, lãnh đạo tỉnh "
                   "dự Lễ phát động thi đua và Tết trồng cây năm 2023.\nSáng 9/1, Chủ tịch nước dự Lễ phát động "
                   "thi đua năm 2022 của một tập đoàn.\nSáng 7/6, UBND tỉnh Hòa Bình tổ chức Lễ kỷ niệm.",
                   {"province": 0, "issued": 0, "period": 0})
    assert facts == {"province": "toan-quoc", "issued": None, "period": None}  # the first story's own


def test_an_english_round_up_of_several_provinces_launches_places_none():
    facts = stated("Many provincial Women's Unions launched a special emulation campaign for women and "
                   "children.\nThe Thai Binh Provincial Women's Union deploys the emulation campaign in its "
                   "communes.", {"province": 0})
    assert facts == {"province": None}


@pytest.mark.parametrize("text, why", [
    ("BỘ NỘI VỤ\nBAN THI ĐUA – KHEN THƯỞNG TRUNG ƯƠNG\nSố: 15/HD-BTĐKT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập – Tự do – Hạnh phúc\nHà Nội, ngày 2 tháng 3 năm 2016\nHƯỚNG DẪN\nTỔ CHỨC HOẠT ĐỘNG VÀ BÌNH XÉT "
     "THI ĐUA CỦA CÁC KHỐI THI ĐUA\nThực hiện chủ trương của Hội đồng, phong trào thi đua năm 2016 được đẩy "
     "mạnh.", "guidance"),
    ("Khối thi đua các sở tỉnh Quảng Trị ký kết giao ước thi đua năm 2024\nKhối thi đua vừa tổ chức hội nghị "
     "ký kết giao ước thi đua năm 2024.\nCác đơn vị cam kết đẩy mạnh phong trào thi đua do Thủ tướng Chính "
     "phủ phát động, triển khai các phong trào thi đua yêu nước năm 2024.", "covenant"),
])
def test_a_guidance_under_its_kind_word_or_a_covenant_signed_alone_is_refused(text, why):
    with pytest.raises(NotAPlan, match=why):
        extract(text + "\n")


def test_a_covenant_signed_where_a_campaign_is_launched_is_a_plan():
    facts = stated("Khối thi đua các huyện ký kết giao ước thi đua năm 2024\nKhối thi đua vừa tổ chức hội nghị "
                   "ký kết giao ước thi đua năm 2024.\nTại hội nghị, Trưởng khối đã phát động và tổ chức ký kết "
                   "giao ước thi đua hoàn thành nhiệm vụ năm 2024.", {"period": 0})
    assert facts == {"period": {"start": "2024", "end": "2024"}}  # drafted, not refused


@pytest.mark.parametrize("text, issued", [
    (" date 2025-08-07 Sáng 7-8, Bộ Y tế tổ chức hội nghị, đồng thời phát động hai phong trào thi đua trọng "
     "điểm trong toàn ngành.", "2025-08-07"),
    ("Chiều ngày 20/01/2026 Cụm thi đua số 2 tổ chức Hội nghị phát động, ký kết, giao ước phong trào thi đua "
     "yêu nước năm 2026.", "2026-01-20"),
])
def test_two_campaigns_launched_or_a_launch_listed_with_a_signing_give_the_launch_day(text, issued):
    assert stated(text, {"issued": 0}) == {"issued": issued}


def test_a_peak_drive_with_hyphenated_dates_is_a_plan_with_its_period():
    facts = stated("BTV - UBND huyện Chợ Lách vừa có kế hoạch phát động đợt cao điểm thi đua “Về đích” 60 ngày.\n"
                   "Thời gian diễn ra đợt cao điểm từ ngày 20-11-2020 đến ngày 20-1-2021, với các nội dung sau.",
                   {"period": 0, "province": 0})
    assert facts == {"period": {"start": "2020-11-20", "end": "2021-01-20"}, "province": "ben-tre"}


def test_the_national_trade_union_federation_is_a_national_issuer():
    facts = stated("Tổng Liên đoàn Lao động Việt Nam vừa ban hành Kế hoạch số 12/KH-TLĐ phát động phong trào thi "
                   "đua năm 2025 trong toàn hệ thống công đoàn.", {"province": 0, "issuer_level": 0})
    assert facts == {"province": "toan-quoc", "issuer_level": "national"}


def test_a_province_named_only_in_the_campaigns_name():
    facts = stated("Ngày 2/10/2018, Chủ tịch UBND tỉnh đã ký ban hành Kế hoạch số 90/KH-UBND về tổ chức phong trào "
                   "thi đua “Doanh nghiệp Lai Châu hội nhập và phát triển”.", {"province": 0})
    assert facts == {"province": "lai-chau"}


def test_an_english_period_of_months_and_a_launch_on_the_occasion_of_a_ceremony():
    facts = stated(" date 2022-09-10 Early September 8, the provincial Military Command held a ceremony to open "
                   "its training year.\nOn this occasion, the Command launched a peak emulation campaign.\nIt "
                   "is the Command's big campaign starting from September to December 2022.",
                   {"issued": 0, "period": 0})
    assert facts == {"issued": "2022-09-08", "period": {"start": "2022-09", "end": "2022-12"}}


@pytest.mark.parametrize("text, province", [
    ("The Provincial People's Committee has just issued a plan to launch and implement the movement 'Thai "
     "Binh competes in digital transformation, contributing to the country's growth'.\nThe emulation "
     "movement will be implemented from 2025 to 2030.", "thai-binh"),
    ("In 2019, the province launched an emulation movement themed \"Lang Son people work toward solidarity "
     "and discipline\".", "lang-son"),
    ("The Provincial People's Committee launched an emulation movement themed \"Solidarity and discipline\".",
     None),  # the movement's name names no province
])
def test_an_english_provincial_launch_placed_by_the_movements_name(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


@pytest.mark.parametrize("text, province", [
    ("Ngày 9-7, UBND xã Vĩnh Trung (Tịnh Biên, An Giang) tổ chức Hội nghị và phát động phong trào thi đua "
     "giai đoạn 2020-2025.", "an-giang"),
    ("Kon Tum: Phát động thi đua đặc biệt chào mừng đại hội\nSáng 6/10, Ban Thường trực Ủy ban MTTQ Việt Nam "
     "tỉnh tổ chức hội nghị phát động thi đua đặc biệt.", "kon-tum"),
    ("Tin vắn: Phát động thi đua\nSáng 6/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phát "
     "động thi đua đặc biệt.", None),  # a headline's label that is no province
])
def test_a_province_in_brackets_after_the_committee_or_heading_the_headline(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


@pytest.mark.parametrize("text, period", [
    ("Sở Nông nghiệp và PTNT đã phát động phong trào thi đua phấn đấu hoàn thành vượt mức các chỉ tiêu, "
     "nhiệm vụ của ngành năm 2022.", {"start": "2022", "end": "2022"}),
    # the year of a census the campaign serves is not the campaign's
    ("(09:10 | 02/12/2020)\nUBND huyện ban hành kế hoạch phát động phong trào thi đua chuyên đề “Tổng điều tra "
     "dân số và nhà ở năm 2021” trên địa bàn huyện.", None),
    ("Sở Nông nghiệp và PTNT đã phát động phong trào thi đua phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ "
     "đến năm 2030.", None),  # a goal, not the campaign's year
    # a drive for a year's tasks runs weeks of it, not that year; a drive's own year is its span
    ("Công ty Cấp nước tỉnh phát động thi đua nước rút hoàn thành nhiệm vụ sản xuất kinh doanh năm 2023.", None),
    ("Tại buổi lễ, Trung đoàn phát động đợt thi đua cao điểm với chủ đề “Đoàn kết, kỷ luật, hoàn thành nhiệm vụ năm "
     "2019”.", None),
    ("Sáng nay, Sở Y tế tỉnh phát động đợt thi đua cao điểm năm 2024 trong toàn ngành.",
     {"start": "2024", "end": "2024"}),
    ("Công ty phát động đợt thi đua đặc biệt thực hiện nhiệm vụ, kế hoạch năm 2022 - 2023.",
     {"start": "2022", "end": "2023"}),
])
def test_a_campaign_for_a_years_tasks_runs_that_year(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


def test_a_first_phase_that_starts_in_words_leaves_the_period_not_the_next_phases():
    facts = stated("Công ty phát động thi đua\nPhong trào thi đua được chia làm 2 đợt:\nĐợt 1 - từ ngày ban hành văn "
                   "bản phát động đến ngày 31.12.2022.\nĐợt 2 - từ ngày 01.01.2023 đến ngày 30.6.2023.", {"period": 0})
    assert facts == {"period": None}


@pytest.mark.parametrize("text, facts", [
    ("Nhà hát Tuồng phát động thi đua năm 2014\nNgày 12 tháng 3 năm 2015, Nhà hát Tuồng Việt Nam đã phát động phong "
     "trào thi đua trong toàn thể cán bộ, nghệ sĩ.", {"issued": "2015-03-12", "period": None}),
    # years that run on are not over; nor does a summing-up's ended year refuse the launch of the next (whose own
    # year is then left for review)
    ("Ngày 5/1/2024, UBND huyện Đức Phổ ban hành Kế hoạch số 3/KH-UBND phát động phong trào thi đua “Ngày Chủ nhật "
     "xanh” năm 2023 và những năm tiếp theo. Kết thúc phong trào thi đua, UBND huyện tặng Giấy khen các tập thể.",
     {"issued": "2024-01-05", "period": {"start": "2023"}}),
    ("Tổng kết thực hiện phong trào thi đua năm 2024\nNgày 8/1/2025, Bộ Chỉ huy Quân sự tỉnh tổng kết thực hiện phong "
     "trào thi đua năm 2024, khen thưởng 20 tập thể và phát động phong trào thi đua Quyết thắng năm 2025.",
     {"issued": "2025-01-08", "period": None}),
])
def test_a_campaigns_year_that_ended_before_its_launch_is_no_period(text, facts):
    assert stated(text, {"issued": 0, "period": 0}) == facts


def test_a_drive_for_a_years_tasks_still_dates_its_launch_day_by_that_year():
    facts = stated("Ngày 12/2, Ban Chỉ huy Quân sự huyện tổ chức lễ ra quân và phát động thi đua đột kích nhằm hoàn "
                   "thành mệnh lệnh huấn luyện năm 2022.", {"issued": 0, "period": 0})
    assert facts == {"issued": "2022-02-12", "period": None}


def test_a_conference_that_launches_the_emulation_tasks_of_a_new_period_is_a_plan():
    facts = stated("Sáng nay ngày 12/9/2025, tại Hội trường UBND phường Tân An đã diễn ra Hội nghị tuyên dương điển "
                   "hình tiên tiến, tổng kết phong trào thi đua giai đoạn 2020–2025, đồng thời phát động nhiệm vụ "
                   "thi đua giai đoạn mới.", {"issued": 0})
    assert facts == {"issued": "2025-09-12"}


def test_an_english_campaign_aimed_at_a_years_plan_runs_that_year_and_dates_its_launch():
    facts = stated("The trade union of the provincial power company held a ceremony on April 20 to launch the "
                   "Workers' Month and an emulation campaign aimed at overfulfilling the 2024 plan.",
                   {"issued": 0, "period": 0})
    assert facts == {"issued": "2024-04-20", "period": {"start": "2024", "end": "2024"}}


@pytest.mark.parametrize("text, why", [
    ("Tuyên truyền phong trào thi đua yêu nước, điển hình tiên tiến\nNgày 5/10/2023, Văn phòng UBND tỉnh có "
     "Công văn số 99/VPUBND-HCQT về việc tuyên truyền phong trào thi đua yêu nước.", "communication"),
    ("Sẽ kiểm tra tình hình thực hiện công tác thi đua, khen thưởng tại 7 đơn vị\nTừ quý II đến quý IV-2024, "
     "Hội đồng TĐKT tỉnh sẽ tổ chức các đoàn kiểm tra.", "inspection"),
    (" date 2025-09-20 Chủ tịch UBND xã tặng giấy khen cho các tập thể có thành tích xuất sắc trong phong trào "
     "thi đua yêu nước giai đoạn 2020-2025.\nTrong 5 năm qua, phong trào thi đua được phát động rộng rãi.",
     "commendation"),
])
def test_publicity_an_inspection_to_come_or_certificates_of_merit_are_refused(text, why):
    with pytest.raises(NotAPlan, match=why):
        extract(text + "\n")


def test_an_english_plan_of_celebrations_is_not_the_launching_document():
    facts = stated("The city's Party Committee soon launched a special emulation movement to celebrate the day.\n"
                   "On March 2, 2023, the City Party Committee issued Plan No. 77-KH/TU on organizing activities "
                   "to celebrate the 90th anniversary of the Provincial Party Committee.", {"number": 0, "issued": 0})
    assert facts == {"number": None, "issued": None}


def test_the_central_young_pioneers_council_is_national_and_a_yearless_span_gives_no_other_period():
    facts = stated("Tại Thành phố Hồ Chí Minh, Ban Bí thư Trung ương Đoàn, Hội đồng Đội Trung ương "
                   "phát động đợt thi đua cao điểm trong thiếu nhi cả nước.\nĐợt thi đua thực hiện từ ngày 10-7 đến "
                   "31-10; phong trào thi đua “Thiếu nhi chuyển đổi số” thực hiện từ năm 2026-2030.",
                   {"province": 0, "period": 0})
    assert facts == {"province": "toan-quoc", "period": None}  # not the other movement's 2026-2030


@pytest.mark.parametrize("text, facts", [
    ("Chiều ngày 22/3, Khối thi đua các doanh nghiệp tổ chức hội nghị phát động và ký giao ước thi đua năm "
     "2019.", {"issued": "2019-03-22"}),
    ("Ngày 19.5 tại Hà Nội, Thủ tướng Nguyễn Văn F dự lễ phát động phong trào “Cán bộ thi đua thực hiện văn "
     "hóa công sở”, do Hội đồng Thi đua - Khen thưởng T.Ư tổ chức.", {"province": "toan-quoc"}),
    ("(TBTCO) - Tổng cục trưởng Tổng cục Thuế Nguyễn Văn G vừa ký Công văn số 1234/TCT-TCCB về phát động đợt "
     "thi đua cao điểm trong toàn ngành Thuế.", {"province": "toan-quoc"}),
])
def test_a_launch_with_a_covenant_the_prime_minister_attending_and_the_tax_department(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("headline", [
    "Quang Tri launches 100-day emulation campaign to speed up public investment",
    "Quang Tri Launches 100-Day Emulation Campaign To Speed Up Public Investment",  # title case
])
def test_an_english_headline_whose_subject_is_the_province_places_its_unnamed_committee(headline):
    facts = stated(f"News\n{headline}\nOn the afternoon of May 2, the Provincial People's Committee issued "
                   "Plan No. 99/KH-UBND on a 100-day emulation campaign.", {"province": 0})
    assert facts == {"province": "quang-tri"}


@pytest.mark.parametrize("text, facts", [
    # a national leader attending a city's launch: the city's, not a national plan
    ("Đà Nẵng phát động thi đua\nSáng 2/4/2025, Thủ tướng Nguyễn Văn H dự lễ phát động phong trào thi đua "
     "“Đà Nẵng vươn mình” của thành phố Đà Nẵng.", {"province": "da-nang"}),
    ("Hue City launches emulation movement\nPrime Minister Nguyen Van H attended the launching ceremony of the "
     "emulation movement of Hue City for 2025 on April 2, 2025.", {"province": "hue"}),
    # a place the campaign celebrates is not the province of an unnamed provincial committee
    ("Phát động thi đua chào mừng chiến thắng\nUBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND phát động đợt thi "
     "đua “Lập thành tích chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ”.", {"province": None}),
    # a state corporation's "TCT" is no tax department's
    ("Tổng Công ty Sonadezi tỉnh Đồng Nai vừa ban hành Kế hoạch số 25/KH-TCT phát động phong trào thi đua năm "
     "2024.", {"province": "dong-nai"}),
    # a headline over days of one plan's follow-up is no listing of stories
    ("Tỉnh Hà Tĩnh triển khai phong trào thi đua năm 2024\nNgày 5/1, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số "
     "12/KH-UBND về phong trào thi đua năm 2024.\nNgày 10/1, UBND huyện Kỳ Anh tổ chức lễ phát động thi đua "
     "năm 2024.\nNgày 12/1, Sở Y tế tỉnh tổ chức hội nghị triển khai.\nNgày 15/1, Liên đoàn Lao động tỉnh "
     "ký kế hoạch phối hợp.", {"number": "12/KH-UBND"}),
    # a look back at the last period is not the campaign's
    ("Phát động phong trào thi đua giai đoạn 2021-2025\nUBND tỉnh Hà Tĩnh ban hành Kế hoạch số 12/KH-UBND phát "
     "động phong trào thi đua chào mừng Đại hội.\nPhong trào thi đua từ năm 2016 đến năm 2020 đã đạt nhiều "
     "kết quả.", {"period": {"start": "2021", "end": "2025"}}),  # the headline's, not 2016-2020
    # rounds of awards are not the campaign's phases
    ("Thời gian thực hiện: từ ngày 01/4/2024 đến ngày 30/9/2024.\nUBND tỉnh Hà Tĩnh ban hành Kế hoạch số "
     "12/KH-UBND ngày 20/3/2024 phát động phong trào thi đua.\nKhen thưởng đợt 1 từ ngày 1/7 đến 5/7/2024; "
     "đợt 2 vào cuối năm.", {"period": {"start": "2024-04-01", "end": "2024-09-30"}}),
    # a reporting deadline is not the campaign's end
    ("UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 12/KH-UBND ngày 5/3/2024 phát động phong trào thi đua chào mừng "
     "Đại hội.\nCác đơn vị báo cáo kết quả thực hiện đến ngày 15/11/2024 để tổng hợp.", {"period": None}),
    # the day a campaign celebrates, or the day others launched theirs, is not its launch day
    ("UBND tỉnh Hà Tĩnh phát động đợt thi đua cao điểm chào mừng ngày 19/5.\nĐợt thi đua diễn ra từ ngày 1/4 "
     "đến ngày 30/6/2025.", {"issued": None}),
    ("Hưởng ứng phong trào thi đua do Thủ tướng phát động ngày 19/5, UBND tỉnh Hà Tĩnh phát động đợt thi đua "
     "cao điểm từ ngày 1/6 đến ngày 31/8/2025.", {"issued": None}),
    # the ceremony that launches is the one told just before "Tại hội nghị"
    ("15/01/2024 10:00\nSáng 10/1, Sở Y tế tỉnh Hà Tĩnh tổ chức Hội nghị triển khai nhiệm vụ năm 2024.\nChiều "
     "12/1, UBND tỉnh Hà Tĩnh tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Tại hội nghị, Chủ tịch UBND "
     "tỉnh phát động phong trào thi đua năm 2024.", {"issued": "2024-01-12"}),
    # a clause after ";" is not a line the page broke
    ("Hội nghị điển hình tiên tiến của tỉnh Hà Tĩnh diễn ra ngày 15/9/2023; tiếp nối thành công đó, UBND tỉnh "
     "ban hành Kế hoạch số 12/KH-UBND phát động phong trào thi đua năm 2024.", {"issued": None}),
    # a campaign of the past, told as such
    ("UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 12/KH-UBND phát động phong trào thi đua chào mừng Đại hội.\nTrước "
     "đó, năm 2020 tỉnh đã phát động phong trào thi đua năm 2020 với nhiều kết quả.", {"period": None}),
    # on behalf of a national body, someone presents awards; the province launches
    ("Sáng 5/3/2025, thay mặt Quân ủy Trung ương - Bộ Quốc phòng, Thượng tướng Nguyễn Văn A trao Huân chương "
     "cho Bộ CHQS tỉnh Hà Tĩnh, sau đó Bộ CHQS tỉnh phát động đợt thi đua cao điểm năm 2025.",
     {"province": "ha-tinh"}),
])
def test_wrong_facts_a_review_of_the_rules_found_are_not_stated(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    ("Quang Ngai launches emulation campaign for 2024\nThe Quang Ngai Provincial People's Committee launched an "
     "emulation campaign from March 1 to December 31, 2024.\nA writing contest will be held in two rounds: "
     "round 1 from April 1 to April 30, round 2 from May 1 to May 31, 2024.",
     {"period": {"start": "2024-03-01", "end": "2024-12-31"}}),
    ("Emulation movement launched for 2025\nThe Provincial People's Committee launched the emulation movement "
     "for 2025 on January 10, 2025. The movement aims to link the province with Ho Chi Minh City.",
     {"province": None}),
    ("The provincial Youth Union launched the emulation movement for 2025 in the presence of deputy Tran Thi B "
     "(Hai Duong) on January 10, 2025.", {"province": None}),
    ("Emulation movement launched\nProvincial authorities launched an emulation movement for 2025 at a ceremony "
     "on January 10, 2025.\nRelated news\nHa Tinh - Farmers harvest a record rice crop.", {"province": None}),
    ("Quang Ngai launches emulation movement\nAfter implementing the emulation movement in the period 2016-2020 "
     "with many achievements, the Quang Ngai Provincial People's Committee launched a new emulation movement.",
     {"period": None}),
    ("The Quang Ngai Provincial People's Committee launched an emulation movement to achieve the 2030 targets "
     "set by the provincial Party Congress.", {"period": None}),
    (" date 2025-12-20 The Quang Ngai Provincial People's Committee launched an emulation campaign to welcome "
     "the Party Congress. The campaign runs from January 5 to March 31.", {"period": None}),
    ("The Nghe An Vietnam Fatherland Front Committee launched an emulation movement for 2025 on January 10, "
     "2025.", {"province": None}),  # a province's Front, not the national one (its name is no "province")
])
def test_english_wrong_facts_a_review_of_the_rules_found_are_not_stated(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text", [
    "Hội nghị ký kết giao ước thi đua năm 2024\nNgày 20/2/2024, Cụm thi đua các huyện miền núi tỉnh Hà Tĩnh "
    "tổ chức hội nghị ký kết giao ước thi đua năm 2024.\nCác đơn vị cam kết triển khai phong trào thi đua năm "
    "2024 mà UBND tỉnh đã phát động.",
    "Youth Union launches Green Ideas competition\nThe Quang Ngai Provincial Youth Union launched the Green "
    "Ideas competition for students, as part of the emulation movement for 2024.\nThe competition runs from "
    "March 1 to May 31, 2024.",
])
def test_a_covenant_carrying_on_others_campaign_or_a_named_competition_is_refused(text):
    with pytest.raises(NotAPlan):
        extract(text + "\n")


@pytest.mark.parametrize("text", [
    "Responding to the emulation movement launched by the Prime Minister on May 19, the Quang Ngai Provincial "
    "People's Committee launched a peak emulation period from June 1 to August 31, 2025.",
    "The Quang Ngai Provincial People's Committee launched an emulation drive that lasts until June 30.\nThe "
    "emulation campaign runs from March 9 to June 30, 2026.",
    "On January 10, 2024, the provincial Department of Health held a conference on its tasks.\nOn January 12, "
    "the Quang Ngai Provincial People's Committee held a conference to review 2023. On this occasion, the "
    "chairman launched the emulation movement for 2024.",
    # the day a unit was formed, told in the sentence of the plan's signing
    "Vinh Long starts emulation for the new province\nSeptember 5, 2025\nThe Vinh Long provincial People's Committee "
    "has launched an emulation movement for 2025-2030.\nThe plan, signed by the chairman, sets criteria for the 124 "
    "communes and wards of the province, formed on July 1 from Vinh Long, Ben Tre and Tra Vinh.",
])
def test_an_english_day_that_is_not_the_launchs_own_gives_no_issue_date(text):
    assert stated(text, {"issued": 0}) == {"issued": None}


@pytest.mark.parametrize("text, province", [
    ("Sáng ngày 06/01/2022, Huyện đoàn Phù Cát tổ chức phát động thi đua chào mừng Đại hội Đoàn các cấp.",
     "binh-dinh"),  # a district of one province, named through its Youth Union
    (" date 2026-03-06 Ngày 6/3, Tỉnh Đoàn Lào Cai tổ chức Lễ khởi động Tháng Thanh niên năm 2026, phát động "
     "đợt thi đua cao điểm.", "lao-cai"),  # the provincial Youth Union, its name capitalised
])
def test_a_province_named_through_a_youth_union(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


@pytest.mark.parametrize("text", [
    "Quảng Trị đẩy mạnh thi đua yêu nước\nNgày 11/6/1948, Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, "
    "chính thức phát động phong trào thi đua trong cả nước. Những năm qua, tỉnh Quảng Trị luôn đẩy mạnh phong "
    "trào thi đua yêu nước.",
    "Quang Tri promotes patriotic emulation\nOn June 11, 1948, President Ho Chi Minh issued the Call for "
    "Patriotic Emulation, officially launching the emulation movement nationwide. Over the years, Quang Tri has "
    "promoted patriotic emulation movements.",
])
def test_president_ho_chi_minhs_call_of_1948_is_history_not_the_plans_launch(text):
    draft = None
    try:
        draft = extract(text + "\n")
    except NotAPlan:
        pass  # refused: fine, as long as 1948 is never a plan's issue date
    assert draft is None or draft.values.get("issued") is None


def test_the_anniversary_of_the_call_stays_a_launch():
    assert stated("Ngày 5/5/2023, UBND tỉnh Quảng Trị ban hành Kế hoạch số 80/KH-UBND phát động đợt thi đua kỷ "
                  "niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023).",
                  {"number": 0, "issued": 0}) == {"number": "80/KH-UBND", "issued": "2023-05-05"}


@pytest.mark.parametrize("text", [
    " date 2025-01 Đợt thi đua cao điểm được UBND tỉnh Cao Bằng phát động từ ngày 10/09 – 20/12/2024 với chủ đề "
    "“Vững bước biên cương”. Kết thúc đợt thi đua, 12 tập thể và 5 cá nhân được nhận Bằng khen của Chủ tịch UBND "
    "tỉnh.",
    " date 2025-02 The Cao Bang Provincial People's Committee launched a peak emulation drive from September 10 "
    "to December 20, 2024. At the end of the drive, 12 collectives and five individuals were awarded "
    "certificates of merit.",
])
def test_the_awards_of_a_campaign_that_had_ended_are_a_report_not_a_launch(text):
    with pytest.raises(NotAPlan, match="had ended"):
        extract(text + "\n")


def test_awards_promised_at_a_campaigns_end_stay_a_launch():
    assert stated(" date 2024-09-12 Ngày 10/9/2024, UBND tỉnh Cao Bằng phát động đợt thi đua cao điểm từ ngày 10/09 "
                  "– 20/12/2024. Kết thúc đợt thi đua, UBND tỉnh sẽ tặng Bằng khen cho các tập thể tiêu biểu.",
                  {"period": 0}) == {"period": {"start": "2024-09-10", "end": "2024-12-20"}}


def test_a_yearless_end_day_printed_with_its_year_in_an_anniversarys_span_takes_that_year():
    facts = stated("Sáng 20/4, Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua chào mừng kỷ niệm 75 năm Ngày Chủ tịch "
                   "Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023). Đợt thi đua diễn ra từ ngày "
                   "25/4-11/6.", {"period": 0, "issued": 0})
    assert facts == {"period": {"start": "2023-04-25", "end": "2023-06-11"}, "issued": "2023-04-20"}


def test_the_day_of_a_call_the_plan_answers_is_not_its_launch_day():
    assert stated("Công đoàn trường Cao đẳng Y tế tỉnh Yên Bái\nHưởng ứng lời kêu gọi của Chủ tịch nước ngày 12/8/2021, "
                  "Công đoàn trường phát động phong trào thi đua đặc biệt phòng, chống dịch Covid-19 của Thủ tướng Chính "
                  "phủ.", {"issued": 0}) == {"issued": None}


def test_a_campaign_announced_in_phases_whose_text_stops_after_the_first_gives_its_start_only():
    draft = extract("Trường Tiểu học Sơn Kỳ phát động phong trào thi đua năm học 2022 – 2023, qua 3 đợt như sau: "
                    "Đợt 1: Từ tháng 9/2022 đến tháng 11/2022     Thi đua chào mừng ngày Nhà giáo Việt Nam\n")
    assert draft.values["period"] == {"start": "2022-09"}
    assert "3 phases" in draft.missing["period.end"]


@pytest.mark.parametrize("text, period", [
    # the year of a covenant signed at a working meeting is not a campaign's
    ("Chiều 2-3, Cụm thi đua số 2 thuộc Liên đoàn Lao động tỉnh Bình Phước tổ chức hội nghị triển khai công tác và "
     "ký kết giao ước thi đua năm 2024. Tại hội nghị, Cụm đã triển khai kế hoạch phát động các phong trào thi đua "
     "chào mừng Đại hội Công đoàn tỉnh.", None),
    # a campaign launched with its covenant: the covenant's year is the campaign's
    ("Chiều ngày 20/3, Khối thi đua các sở tỉnh Bình Phước tổ chức hội nghị phát động và ký giao ước thi đua năm "
     "2024.", {"start": "2024", "end": "2024"}),
])
def test_a_covenants_year_is_the_campaigns_only_when_the_campaign_is_launched_with_it(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


@pytest.mark.parametrize("text", [
    "Công văn 1200/SGDĐT-VP năm 2024 hướng dẫn công tác thi đua, khen thưởng năm học 2024-2025\nSố: 1200/SGDĐT-VP\n"
    "V/v hướng dẫn công tác thi đua, khen thưởng năm học 2024 - 2025\nTiếp tục triển khai thực hiện Phong trào thi đua "
    "“Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”.",
    "Đẩy mạnh phong trào thi đua xây dựng nông thôn mới\nHôm nay, tại TP Thanh Hóa, Ban Thi đua - Khen thưởng Trung ương "
    "tổ chức hội nghị đánh giá việc triển khai thực hiện phong trào thi đua “Cả nước chung tay xây dựng nông thôn mới” "
    "năm 2024.",
    "Commending 15 outstanding workers in the emulation movement\nThe provincial labour federation held a ceremony "
    "where 3 collectives and 12 workers were honoured for their achievements in the patriotic emulation movement.",
])
def test_a_guidance_a_conference_assessing_a_movement_or_a_commendation_is_refused(text):
    with pytest.raises(NotAPlan):
        extract(text + "\n")


def test_a_leaders_requirement_told_at_a_launch_ceremony_is_no_call_on_others():
    assert stated("Thượng tướng Nguyễn Văn B: 'Thi đua vì nhân dân'\nĐó là yêu cầu của Thượng tướng Nguyễn Văn B đối "
                  "với cán bộ, chiến sĩ toàn quân trong lễ phát động phong trào thi đua đặc biệt “Quân đội chung tay "
                  "phòng, chống thiên tai” năm 2024.", {"period": 0}) == {"period": {"start": "2024", "end": "2024"}}


@pytest.mark.parametrize("text, period", [
    ("Sáng 4/2, UBND tỉnh Phú Yên tổ chức phát động phong trào “Ngày thứ Bảy sạch” năm 2024.",
     {"start": "2024", "end": "2024"}),  # a movement launched by its quoted name
    # a movement a cited document carries out keeps its years to that document
    ("UBND huyện ban hành Kế hoạch số 12/KH-UBND phát động phong trào thi đua; thực hiện Nghị quyết số 07-NQ/HU của "
     "Huyện ủy về lãnh đạo thực hiện phong trào “mở rộng đường làng” giai đoạn 2023-2025.", None),
])
def test_a_movement_launched_by_its_quoted_name_runs_its_year(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


@pytest.mark.parametrize("text, number", [
    ("According to Decision 2010/QD-TTg, signed by Deputy Prime Minister Le Van A, promulgating a plan to implement "
     "the movement 'The whole country emulates digital transformation' in the period 2024 - 2030, ministries should "
     "train officials in digital skills.", "2010/QD-TTg"),
    # the province's own plan issued under it is the plan, the national decision cited
    ("According to Decision 2010/QD-TTg, promulgating a plan to implement the movement 'The whole country emulates "
     "digital transformation', the Ca Mau Provincial People's Committee issued Plan No. 88/KH-UBND on the movement.",
     "88/KH-UBND"),
])
def test_an_english_decision_said_to_promulgate_the_plan_is_its_own_when_nothing_else_is_issued(text, number):
    assert stated(text, {"number": 0}) == {"number": number}


def test_a_number_followed_by_its_launch_in_a_listing_line_is_the_plans():
    assert stated("Thông báo\nCông văn số 45/SYT-TĐKT phát động thi đua chào mừng các ngày lễ lớn trong năm 2024\n"
                  "Thực hiện Chỉ thị số 12-CT/TU ngày 04/01/2024 của Ban Thường vụ Tỉnh ủy, Sở Y tế đề nghị các đơn "
                  "vị thi đua.", {"number": 0}) == {"number": "45/SYT-TĐKT"}


@pytest.mark.parametrize("text, facts", [
    # a national council with its partner launches; the partner is not the issuer
    ("Sáng 5-5, tại huyện Mường Lát (tỉnh Thanh Hóa), Hội đồng Thi đua-Khen thưởng Trung ương phối hợp với Ủy ban "
     "Trung ương MTTQ Việt Nam tổ chức lễ phát động phong trào thi đua “Vì biên cương” trong cả nước.",
     {"province": "toan-quoc"}),
    # a venue named down to its commune, its province after a comma, is not the plan's province
    ("Sáng 2/3, tại Nhà văn hóa xã Kim Sơn, tỉnh Ninh Bình, Đoàn Thanh niên Khối các cơ quan Trung ương phát "
     "động đợt thi đua cao điểm chào mừng ngày thành lập Đoàn.", {"province": None}),
    # a second campaign launched beside the first keeps its own period
    ("Phát động thi đua cao điểm\nĐợt thi đua cao điểm của Bộ Chỉ huy Quân sự tỉnh kéo dài 30 ngày. Ngoài ra, Bộ "
     "Chỉ huy Quân sự cũng phát động phong trào thi đua chung tay vì người nghèo, từ nay đến hết năm 2025.",
     {"period": None}),
    # an English resolution on another matter, issued earlier, is not the plan
    ("Vietnam Social Security launched the emulation movement for 2021-2025 at its congress. As the Central "
     "Committee issued Resolution 28-NQ/TW on reform of social security policy, leaders valued emulation.",
     {"number": None}),
])
def test_partners_venues_second_campaigns_and_other_resolutions_give_no_wrong_fact(text, facts):
    assert stated(text, facts) == facts


def test_an_english_congress_under_a_menu_and_a_time_stamp_is_refused():
    with pytest.raises(NotAPlan, match="congress"):
        extract("Vietnamese |  English |  中文 |  Báo In\n“Quyet thang” emulation congress for 2020-2025\n"
                "Update: 10-06-2025 | 08:15:00\nOn June 9, the provincial Military Command's Party Committee "
                "organized the armed forces’“Quyet thang” emulation congress for the period of 2020-2025.\n")


@pytest.mark.parametrize("number", ["70/TANDTC-TĐKT", "313/KTNN-TĐKT",  # the Supreme People's Court, the State Audit
                                    "1150/KH-BNN&PTNT"])  # the ministry's symbol joined by "&"
def test_a_national_body_is_a_national_issuer_by_its_symbol(number):
    assert stated(f"Công văn số {number} phát động thi đua chào mừng các ngày lễ lớn năm 2026.",
                  {"province": 0}) == {"province": "toan-quoc"}


def test_a_plan_issued_with_a_decision_takes_the_decisions_number_and_date():
    facts = stated("KẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2023\n(Kèm theo Quyết định số 88/QĐ-UBND ngày 10/2/2023 "
                   "của Chủ tịch UBND tỉnh Hà Giang)\nCăn cứ Kế hoạch số 12/KH-UBND ngày 5/1/2023 của UBND tỉnh;",
                   {"number": 0, "issued": 0, "province": 0})
    assert facts == {"number": "88/QĐ-UBND", "issued": "2023-02-10", "province": "ha-giang"}


@pytest.mark.parametrize("text", [
    "Hải quan Lạng Sơn phát động thi đua\nCục Hải quan Lạng Sơn phát động đợt thi đua đặc biệt chào mừng 70 năm "
    "ngày thành lập ngành.",
    "Kho bạc phát động thi đua\nKho bạc Nhà nước Lạng Sơn phát động phong trào thi đua năm 2024.",
])
def test_a_provincial_office_of_a_national_service_places_the_plan(text):
    assert stated(text, {"province": 0}) == {"province": "lang-son"}


def test_an_english_launch_in_a_document_gives_its_number_day_and_national_issuer():
    facts = stated("Banks launch emulation\nThe Deputy Governor said that on May 20, 2025, the Governor of the State "
                   "Bank launched the emulation movement \"Digital banking for all\" in document No. 4100/NHNN-TCCB.",
                   {"number": 0, "issued": 0, "province": 0})
    assert facts == {"number": "4100/NHNN-TCCB", "issued": "2025-05-20", "province": "toan-quoc"}


def test_an_english_launch_day_takes_its_year_from_a_vietnamese_time_stamp_with_its_hour():
    assert stated("Special movement launched\n\nThứ Tư, 22/05/2019, 10:53\nThe Central Party Committee of Public "
                  "Security on May 20 launched the special emulation movement among the forces.",
                  {"issued": 0}) == {"issued": "2019-05-20"}


@pytest.mark.parametrize("text, facts", [
    ("Customs emulation\nOn the afternoon of June 20, the Customs Department held a conference on advanced models "
     "for the period 2021-2025, and launched an emulation movement for the new period 2026-2030.",
     {"province": "toan-quoc", "period": {"start": "2026", "end": "2030"}}),
    ("Railway unions emulate\nThe Vietnam Railway Trade Union has issued a plan to launch a peak emulation campaign "
     "among workers in the whole industry.", {"province": "toan-quoc"}),
    ("120 days and nights\nA launching ceremony of an emulation called \"120 days and nights\" took place on "
     "September 12 at the construction site (Tan Thanh commune). The event was held by the Ministry of Transport.",
     {"province": "toan-quoc"}),
    ("Lang Son customs\nThe Lang Son Customs Department launched an emulation movement for 2024.",
     {"province": None}),  # a province's customs department is not national (its province left for review)
])
def test_english_national_services_and_a_new_period(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, province", [
    ("Education sector launches digital emulation\nAt the launch, Deputy Minister of Education and Training Le Van "
     "B said the emulation movement would help teachers master digital skills.", "toan-quoc"),
    ("Army launches emulation\nUnits and agencies in the whole army are asked to carry out the emulation movement "
     "launched today.", "toan-quoc"),
    # a province named without the word "province" keeps the text from being national
    ("Quang Ninh launches emulation\nQuang Ninh launched an emulation drive following the Ministry of Health's "
     "guidance.", None),
])
def test_an_english_text_naming_only_a_national_body_or_a_whole_sector_is_national(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


@pytest.mark.parametrize("text, period", [
    (" date 2019-02-20 The Hoa Binh provincial People's Committee held a meeting to review 2018 and launch the "
     "patriotic emulation movement for this year. In 2019, the province aims at a growth of 8 %.",
     {"start": "2019", "end": "2019"}),
    (" date 2020-02-20 The Hoa Binh provincial People's Committee held a meeting to launch the patriotic emulation "
     "movement for this year.", None),  # a page's date the text does not print: a repost's, maybe
    ("The Hoa Binh provincial People's Committee held a meeting to review 2018 and launch the patriotic emulation "
     "movement for this year.", None),  # no page date: this year is unknown
    ("Early February 21, provincial Farmers' Association held a conference to launch the 2024 farmers ‘movement "
     "and sign the 2024 emulation agreement.", {"start": "2024", "end": "2024"}),
])
def test_an_english_campaign_for_this_year_or_named_with_its_year(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


@pytest.mark.parametrize("text, facts", [
    # phases that are milestones of a year's campaign, the text stopping inside the second
    ("HỘI NGHỊ PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2016\nNgày 28/01/2016, Liên đoàn lao động huyện Phong Điền tổ chức "
     "Hội nghị phát động phong trào thi đua năm 2016. Cụ thể:\nĐợt 1: Từ ngày 01/01/2016 đến ngày 31/3/2016: thi đua "
     "mừng Đảng, mừng xuân.\nĐợt 2: Từ ngày 01/4/2016 đến 30/6/2016: Vận", {"period": {"start": "2016", "end": "2016"}}),
    # a commune's own plan after the district's it carries out
    ("Thực hiện Kế hoạch số 120/KH-UBND ngày 2/9/2024 của UBND huyện Gio Linh, UBND xã Gio An xây dựng Kế hoạch số "
     "45/KH-UBND ngày 1/10/2024 Về việc tổ chức phát động phong trào thi đua chào mừng Đại hội Đảng các cấp.",
     {"number": "45/KH-UBND", "issued": "2024-10-01"}),
    # spans given first in each sentence, "… là đợt thi đua …", the first with a goal
    ("Sáng 7.8, Công an tỉnh Quảng Nam đã phát động đợt thi đua đặc biệt. Trong đó, từ ngày 1.8.2017 đến 11.12.2017 "
     "là đợt thi đua nước rút tập trung phấn đấu hoàn thành các chỉ tiêu. Từ ngày 12.12.2017 đến ngày 11.3.2018 là "
     "đợt thi đua mừng Đảng, đón xuân.", {"period": {"start": "2017-08-01", "end": "2018-03-11"}}),
    # the day of the anniversary the campaign greets is not its launch day
    ("Hướng tới kỷ niệm 50 năm thành lập Bệnh viện huyện Chi Lăng được tổ chức vào ngày 20/10/2023, Bệnh viện phát "
     "động thi đua lập thành tích trong toàn bệnh viện.", {"issued": None}),
])
def test_phases_of_a_years_campaign_a_communes_plan_spans_told_first_and_an_anniversarys_day(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    ("Striving for 5,000 innovations\nThis is the goal of the 2022 - 2023 emulation period, in Plan No. 55/KH-CDDL issued by "
     "the Vietnam Railways Trade Union on 10 March 2022.", {"number": "55/KH-CDDL", "issued": "2022-03-10"}),
    ("The Provincial People's Committee has just issued Document No. 5600/UBND-KT on launching the peak emulation "
     "campaign \"500 days and nights\".\nThe Provincial People's Committee has also issued Document No. 5601/UBND-KT "
     "regarding public investment.", {"number": "5600/UBND-KT"}),
])
def test_an_english_plan_issued_by_a_body_on_a_day_and_a_document_also_issued(text, facts):
    assert stated(text, facts) == facts


def test_a_yearless_launch_day_after_the_dated_document_it_carries_out_takes_that_year():
    assert stated("Phát động phong trào thi đua chào mừng Đại hội\nThực hiện Kế hoạch số 140/KH-UBND ngày 10/3/2024 của "
                  "UBND thành phố Cẩm Phả về việc tổ chức Hội nghị phát động phong trào thi đua, ngày 25/3 phường Cẩm "
                  "Trung tổ chức Hội nghị phát động phong trào thi đua chào mừng Đại hội Đảng các cấp.",
                  {"issued": 0}) == {"issued": "2024-03-25"}


@pytest.mark.parametrize("text, facts", [
    ('Quảng Bình phát động phong trào thi đua năm 2025\nNhằm tiếp tục đẩy mạnh phong trào thi đua yêu nước do Chủ tịch Hồ Chí Minh phát động, ngày 5/3/2025, UBND tỉnh Quảng Bình ban hành Kế hoạch số 45/KH-UBND phát động phong trào thi đua năm 2025.\nKế hoạch nhằm thực hiện Chỉ thị số 12/CT-TTg ngày 10/1/2025 của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua yêu nước.\nCác sở, ngành, địa phương tập trung hoàn thành các chỉ tiêu phát triển kinh tế - xã hội.',
     {'number': '45/KH-UBND', 'issued': '2025-03-05', 'province': 'quang-binh'}),
    ('Hà Tĩnh phát động thi đua cao điểm chào mừng Đại hội Đảng bộ tỉnh\nHưởng ứng phong trào thi đua ái quốc mà Chủ tịch Hồ Chí Minh đã phát động, sáng 12/4/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức lễ phát động đợt thi đua cao điểm từ ngày 12/4/2025 đến ngày 30/9/2025.\nĐợt thi đua hướng tới Đại hội Đảng bộ tỉnh lần thứ XX.\nTrước đó, năm 2020, tỉnh đã phát động phong trào thi đua giai đoạn 2020 - 2025.',
     {'issued': '2025-04-12', 'province': 'ha-tinh', 'period': {'start': '2025-04-12', 'end': '2025-09-30'}}),
    ("Thai Nguyen launches patriotic emulation movement\nResponding to the Patriotic Emulation Call that President Ho Chi Minh issued 77 years ago, the Thai Nguyen Provincial People's Committee on June 10, 2025 launched the patriotic emulation movement for the 2025-2030 period.\nThe movement will run in all agencies and localities.",
     {'issued': '2025-06-10', 'province': 'thai-nguyen', 'period': {'start': '2025', 'end': '2030'}}),
    ('Quảng Trị phát động phong trào thi đua phòng, chống dịch\nHưởng ứng lời kêu gọi của Tổng Bí thư ngày 29/7/2021, sáng 5/8/2021, UBND tỉnh Quảng Trị tổ chức lễ phát động phong trào thi đua phòng, chống dịch COVID-19.',
     {'issued': '2021-08-05'}),
    ('Hội LHPN tỉnh Thái Bình phát động thi đua\n16/08/2025 10:20\nHưởng ứng lời kêu gọi của Ban Thường vụ Tỉnh ủy, sáng 15/8, Hội LHPN tỉnh Thái Bình tổ chức lễ phát động phong trào thi đua “Phụ nữ Thái Bình chăm chỉ, sáng tạo” nhân ngày 20/10.\nPhong trào nhằm động viên hội viên phụ nữ thi đua lao động sản xuất.',
     {'issued': '2025-08-15'}),
    ('UBND tỉnh Hà Tĩnh phát động phong trào thi đua “Hà Tĩnh chung sức xây dựng nông thôn mới”\nSáng 8/4/2025, UBND tỉnh Hà Tĩnh phát động phong trào thi đua “Hà Tĩnh chung sức xây dựng nông thôn mới” giai đoạn 2025 - 2030.\nTheo đó, UBND tỉnh giao Sở Nội vụ phối hợp với các sở, ngành tổ chức lễ phát động phong trào thi đua ở các huyện.',
     {'issuer': 'UBND tỉnh Hà Tĩnh'}),
    ('Government launches plan on "Entire nation joins hands to eliminate temporary houses" movement\nAccording to Decision 1315/QD-TTg, signed by Deputy Prime Minister Tran Luu Quang on November 2, 2024, promulgating a plan to implement the emulation movement "Entire nation joins hands to eliminate temporary and dilapidated houses by 2025", ministries and localities will carry out the movement.',
     {'number': '1315/QD-TTg'}),
    ('Hội nghị đánh giá kết quả công tác năm 2024, triển khai nhiệm vụ năm 2025\nSáng 8/1/2025, Sở Y tế tỉnh Long An tổ chức hội nghị đánh giá kết quả công tác năm 2024, triển khai nhiệm vụ năm 2025.\nNăm 2024, ngành y tế hoàn thành 18/20 chỉ tiêu được giao.\nGiám đốc Sở Y tế biểu dương những nỗ lực của toàn ngành.\nKết thúc hội nghị, Giám đốc Sở Y tế phát động phong trào thi đua năm 2025 với chủ đề “Đoàn kết, đổi mới, nâng cao chất lượng khám chữa bệnh”.',
     {'period': {'start': '2025', 'end': '2025'}}),
    ("Quang Tri kicks off emulation drive for 2025\nOn January 8, 2025, the Quang Tri Provincial People's Committee held a ceremony to kick off the emulation drive for 2025.\nAt the event, 40 collectives and individuals were honoured for their achievements in 2024.\nThe drive focuses on digital transformation and administrative reform.",
     {'issued': '2025-01-08', 'province': 'quang-tri'}),
])
def test_facts_a_second_review_of_the_sessions_rules_found_lost_are_read(text, facts):
    """The launches a review found this session's rules had lost (a sentence naming President Ho Chi
    Minh's movement, a day after a call and a comma, a department tasked with a partner, a launch
    "Kết thúc hội nghị", an English kick-off where collectives were honoured): read again."""
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    # the day a document was told of is not its issue date
    ("Ngày 5-12, thông tin từ Ban Tuyên giáo (Tổng Liên đoàn Lao động Việt Nam) cho biết, Chủ tịch Tổng Liên đoàn "
     "vừa ký kế hoạch phát động phong trào thi đua năm 2025.", {"issued": None}),
    # a campaign joined with a year's movement keeps its own period (none given), and is still a launch
    ("(QBĐT) - Bộ Chỉ huy Quân sự tỉnh vừa tổ chức lễ phát động \"Tháng hành động cao điểm\" chào mừng Đại hội Đảng. "
     "Đơn vị lồng ghép việc thực hiện đợt thi đua cao điểm với thực hiện phong trào thi đua đợt 1 năm 2021.",
     {"period": None}),
])
def test_a_documents_telling_day_and_a_campaign_joined_with_another(text, facts):
    assert stated(text, facts) == facts


def test_a_number_printed_after_so_and_a_colon_is_the_plans():
    assert stated("Ngày 30/11/2023, Bộ Y tế đã ban hành Quyết định số: 1600/QĐ-BYT ban hành Kế hoạch tổ chức thực "
                  "hiện Phong trào thi đua “Vì người nghèo” giai đoạn 2021 - 2025.",
                  {"number": 0, "issued": 0}) == {"number": "1600/QĐ-BYT", "issued": "2023-11-30"}


@pytest.mark.parametrize("text", [
    "Ngày 5-12, Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Văn C vừa ký kế hoạch phát động phong trào thi đua "
    "trong đoàn viên, người lao động năm 2026.",
    # a ministry's conference on its sector's finances that also launches two movements
    "Sáng 8-8, Bộ Y tế tổ chức hội nghị triển khai công tác quản lý tài chính công, tài sản công và đầu tư công năm "
    "2025, đồng thời phát động hai phong trào thi đua trọng điểm trong toàn ngành.",
])
def test_a_national_body_with_its_chairmans_name_or_a_long_conference_before_the_launch(text):
    assert stated(text, {"province": 0}) == {"province": "toan-quoc"}


def test_a_launch_this_morning_with_its_date_after_a_comma():
    assert stated("Sáng nay, 05/3/2024, tại Văn phòng Công ty, Giám đốc và Chủ tịch Công đoàn đã phát động phong trào "
                  "thi đua năm 2024.", {"issued": 0}) == {"issued": "2024-03-05"}


def test_something_else_signed_long_ago_gives_no_issue_date():
    assert stated("Vĩnh Linh phát động thi đua 20 tháng cao điểm\nNgày 9/1/2023, huyện Vĩnh Linh tổ chức Lễ phát động "
                  "phong trào thi đua 20 tháng cao điểm. Tại lễ phát động, Chủ tịch UBND huyện ôn lại lịch sử. Ngày "
                  "25/8/1954, đại diện quân đội Pháp đã buộc phải ký vào biên bản bàn giao.",
                  {"issued": 0}) == {"issued": "2023-01-09"}


def test_a_decision_issuing_a_campaigns_plan_in_articles_whose_copy_lost_spaces_is_a_plan():
    facts = stated("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 1500/QĐ-UBND\nHà Nam, ngày 2 tháng 12 năm 2016\nQUYẾT ĐỊNH\nBANHÀNH KẾ HOẠCH TỔ CHỨC THỰC "
                   "HIỆN PHONG TRÀO THI ĐUA “VÌ NGƯỜI NGHÈO”.\nĐiều 1. Ban hành kèm theoQuyết định này Kế hoạch tổ "
                   "chức thực hiện phong trào thi đua “Vì người nghèo”.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.",
                   {"number": 0, "issued": 0})
    assert facts == {"number": "1500/QĐ-UBND", "issued": "2016-12-02"}


def test_a_province_that_did_not_exist_on_the_plans_day_is_left_for_review():
    draft = extract("Ngày 5/8/2025, UBND tỉnh Quảng Bình ban hành Kế hoạch số 12/KH-UBND phát động phong trào thi đua "
                    "năm 2025.\n")
    assert "province" not in draft.values and "did not exist" in draft.missing["province"]


@pytest.mark.parametrize("past", ["vừa qua", "vừa rồi", "năm ngoái", "\nvừa qua"])  # (a line the page wrapped)
def test_a_span_whose_first_day_is_told_as_past_yet_would_start_after_the_article_is_left_for_the_editor(past):
    """A drive begun last December told on a February page ("bắt đầu từ ngày 20/12 vừa qua") had the page's year: its
    period is left empty, and the province, no longer judged by a start past the 2025 mergers, is the unit's."""
    draft = extract("Tuổi trẻ Mèo Vạc ra quân “Xuân biên cương”\n\n12/02/2025 07:45\n\nHuyện đoàn Mèo Vạc (Hà Giang) "
                    f"phát động đợt thi đua 60 ngày “Xuân biên cương ấm áp”, bắt đầu từ ngày 20/12 {past}, sửa nhà và "
                    "trao quà cho các hộ khó khăn.\n")
    assert "period" not in draft.values
    assert draft.missing["period"].endswith("would start (2025-12-20) after the article's date (2025-02-12), though "
                                            "the text tells its first day as past: give the period, and check the "
                                            "article's date")
    assert draft.values["province"] == "ha-giang"


@pytest.mark.parametrize("text, period", [
    # the day told as past falls before the article: the page's year is its own
    ("Tuy Hòa ra quân\n\n22/12/2024 09:00\n\nThành đoàn Tuy Hòa phát động đợt thi đua 40 ngày “Tết ấm”, bắt đầu từ "
     "ngày 2/12 vừa qua.", {"start": "2024-12-02", "end": "2025-01-10"}),
    # a plan issued before its drive, told after the drive began: the issue date does not count
    ("Cần Thơ ra quân hè\n\n21/04/2025 10:00\n\nTheo Kế hoạch số 40/KH-UBND ngày 2/4/2025, UBND thành phố Cần Thơ "
     "phát động đợt thi đua từ ngày 10/4 vừa qua đến hết ngày 30/4/2025.",
     {"start": "2025-04-10", "end": "2025-04-30"}),
    # another drive's day told as past beside this year's span, read from other words
    ("Sóc Trăng thi đua mùa khô\n\n20/02/2025 08:00\n\nUBND tỉnh Sóc Trăng phát động đợt thi đua chống hạn, thực "
     "hiện từ ngày 1/3 đến ngày 31/5/2025. So với đợt thi đua bắt đầu từ ngày 1/3 năm ngoái, năm nay có thêm 20 xã "
     "tham gia.", {"start": "2025-03-01", "end": "2025-05-31"}),
    # a clause that opens with "vừa rồi" after the day
    ("Lâm Hà ra quân\n\n20/05/2025 08:00\n\nUBND huyện Lâm Hà phát động đợt thi đua cao điểm. Đợt thi đua kéo dài 100 "
     "ngày, bắt đầu từ ngày 1/6, vừa rồi Ban Chỉ đạo huyện giao chỉ tiêu cho từng xã.",
     {"start": "2025-06-01", "end": "2025-09-08"}),
    # a list line without its full stop, the next paragraph opening "Vừa rồi, …"
    ("Sóc Trăng ra quân\n\n25/03/2025 08:00\n\nTỉnh đoàn Sóc Trăng phát động đợt thi đua “Tháng Thanh niên”.\n\nThời "
     "gian thi đua: 45 ngày, bắt đầu từ ngày 1/4\n\nVừa rồi, Ban Thường vụ Tỉnh đoàn đã giao chỉ tiêu cho các cơ sở.",
     {"start": "2025-04-01", "end": "2025-05-15"}),
])
def test_a_span_whose_first_day_is_told_as_past_before_the_article_is_kept(text, period):
    assert extract(text + "\n").values["period"] == period


def test_a_launch_still_to_come_by_the_unit_after_a_merger_is_not_given_the_unit_of_the_page_s_day():
    draft = extract("Kon Tum chuẩn bị cho ngày hợp nhất\n\n25/06/2025 16:10\n\nCác sở, ngành tỉnh Kon Tum đang hoàn "
                    "tất bàn giao trước ngày hợp nhất. Ngay khi bộ máy mới vận hành, tỉnh sẽ phát động phong trào thi "
                    "đua “Đoàn kết, bứt phá”, thực hiện từ ngày 1/7 đến ngày 31/12/2025.\n")
    assert draft.values["period"] == {"start": "2025-07-01", "end": "2025-12-31"}
    assert "province" not in draft.values and "did not exist on 2025-07-01" in draft.missing["province"]


def test_a_central_youth_union_is_national_and_keeps_its_own_name():
    facts = stated("Sáng 20/3/2026, tại xã Gia Viễn, tỉnh Ninh Bình, Đoàn Thanh niên Chính phủ phối hợp với Tỉnh đoàn Ninh "
                   "Bình tổ chức lễ phát động đợt thi đua cao điểm chào mừng ngày thành lập Đoàn.",
                   {"province": 0, "issuer": 0})
    assert facts == {"province": "toan-quoc", "issuer": "Đoàn Thanh niên Chính phủ"}


def test_a_yearless_day_beside_the_same_day_of_a_year_before_1900_gives_no_year():
    assert stated("Sáng 15/4, Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua chào mừng ngày sinh Chủ tịch Hồ Chí Minh "
                  "(19/5/1890). Đợt thi đua diễn ra từ ngày 20/4-19/5.", {"period": 0}) == {"period": None}


def test_a_cited_plan_numbered_without_its_symbol_gives_neither_its_date_nor_its_body():
    facts = stated("Căn cứ Kế hoạch số 512 ngày 02/3/2025 của Bộ Công an về đợt thi đua cao điểm, ngày 10/3/2025, "
                   "Công an tỉnh Hà Tĩnh đã cụ thể hóa Kế hoạch của Bộ Công an và ban hành Kế hoạch số 77 phát động "
                   "phong trào thi đua trong lực lượng Công an tỉnh.", {"number": 0, "issued": 0, "province": 0})
    assert facts == {"number": "77", "issued": "2025-03-10", "province": "ha-tinh"}


def test_a_sites_date_of_today_above_the_headline_and_the_articles_below_leave_the_year_to_the_campaign():
    text = ("Thứ năm, 07/03/2024\nHội Nông dân huyện ký giao ước và phát động thi đua năm 2020\nThứ ba, "
            "10/03/2020\nSáng 27/2, Hội Nông dân huyện Yên Thành, tỉnh Nghệ An tổ chức hội nghị phát động phong "
            "trào thi đua năm 2020 trong cán bộ, hội viên.")
    assert stated(text, {"issued": 0}) == {"issued": "2020-02-27"}


def test_an_english_day_without_its_year_printed_elsewhere_with_other_years_gives_no_issue_date():
    text = ("Ceremony marks the anniversary of the patriotic emulation call\nWednesday - 20/07/2011 10:05\nMarking "
            "60 years since the call for patriotic emulation (June 11th, 1948 – June 11th, 2008), the Government "
            "Office held a ceremony to launch an emulation drive on the morning of June 11th, in Hanoi.")
    assert stated(text, {"issued": 0}) == {"issued": None}


def test_the_weather_of_other_cities_above_an_article_does_not_name_its_province():
    text = ("Hà Nội: 27°C Hà Nội\nTP Hồ Chí Minh: 31°C TP Hồ Chí Minh\nLạng Sơn: Phát động thi đua 60 ngày đêm "
            "hoàn thành đường tránh\nNgày 4/5, tại công trường, tỉnh Lạng Sơn đã tổ chức phát động đợt thi đua "
            "cao điểm 60 ngày đêm hoàn thành dự án đường tránh thành phố.")
    assert stated(text, {"province": 0}) == {"province": "lang-son"}


def test_a_youth_month_launched_in_answer_to_a_peak_drive_is_refused():
    with pytest.raises(NotAPlan, match="month of activities"):
        extract("Sáng ngày 3/3, tại trụ sở, Ban Thanh niên Quân đội tổ chức phát động Tháng Thanh niên năm 2024, "
                "hưởng ứng đợt thi đua cao điểm của tuổi trẻ Quân đội.\n")


def test_a_peak_drive_of_so_many_days_of_emulation_is_a_launch():
    facts = stated("Ngày 15/2/2022, Tỉnh Đoàn Bến Tre tổ chức lễ phát động đợt cao điểm “60 ngày thi đua tình "
                   "nguyện” chào mừng ngày thành lập Đoàn.", {"issued": 0, "province": 0})
    assert facts == {"issued": "2022-02-15", "province": "ben-tre"}


def test_of_several_provinces_named_the_one_in_the_launch_sentence_is_the_plans():
    text = ("Hội Nông dân Bắc Giang phát động thi đua năm 2024\nSáng 3/4/2024, Hội Nông dân tỉnh Bắc Giang tổ chức lễ "
            "phát động phong trào thi đua năm 2024 trong hội viên.\nHội Nông dân tỉnh Lạng Sơn trao 200 suất quà "
            "cho hội viên nghèo\nNông dân tỉnh Cao Bằng thu hoạch lúa xuân")
    assert stated(text, {"province": 0}) == {"province": "bac-giang"}


def test_several_provinces_named_and_none_alone_in_the_launch_sentence_leave_the_province_for_review():
    draft = extract("Sáng 12/5/2023, đoàn viên tỉnh Nam Định và tỉnh Thái Bình cùng tham gia lễ phát "
                    "động phong trào thi đua “Tuổi trẻ sáng tạo” năm 2023.\n")
    assert "province" not in draft.values
    assert "several provinces" in draft.missing["province"] and "Nam Định" in draft.missing["province"]


def test_an_english_province_named_only_after_the_launch_is_left_for_review_with_its_name():
    draft = extract("Emulation movement to build rural roads launched\nOn May 4, 2024, the steering committee launched "
                    "the emulation movement, which Yen Bai province will pilot first.\n")
    assert "province" not in draft.values and "Yen Bai province" in draft.missing["province"]


def test_an_english_province_named_before_the_launch_is_the_plans():
    facts = stated("The Bac Lieu Provincial Police launched a 60-day emulation drive on March 3, 2024.",
                   {"province": 0})
    assert facts == {"province": "bac-lieu"}


@pytest.mark.parametrize("text", [
    # a decision's number and a term of office, nothing launched
    "Ngày 3/6/2024, UBND tỉnh ban hành Quyết định số 811/QĐ-UBND về danh sách đại biểu dự hội nghị điển hình tiên "
    "tiến giai đoạn 2020 - 2025.",
    # a plan of something else with its span, nothing launched
    "Sở Văn hóa tổ chức chuỗi hoạt động văn nghệ từ ngày 1/9 đến ngày 30/9/2024 tại các xã vùng cao.",
    "The provincial Department of Culture holds art performances from September 1 to September 30, 2024 in the "
    "highland communes, under Decision No. 812/QD-UBND.",
])
def test_a_number_or_a_span_alone_with_nothing_launched_is_refused(text):
    with pytest.raises(NotAPlan, match="launches no emulation campaign"):
        extract(text + "\n")


@pytest.mark.parametrize("text, number", [
    # a plan's number issued, the text cut before what it launches (its headline says it is of emulation)
    ("Mường Lát: kế hoạch thi đua năm 2024\nNgày 12/3/2024, UBND huyện Mường Lát ban hành Kế hoạch số 56/KH-UBND. "
     "Theo đó, các xã", "56/KH-UBND"),
    ("Kế hoạch 331/KH-UBND về Thi đua cao điểm 90 ngày đêm của tỉnh sẽ diễn ra từ 01/10 - 31/12/2024.",
     "331/KH-UBND"),
])
def test_a_plans_number_or_a_document_of_a_campaign_is_enough_to_draft(text, number):
    assert stated(text, {"number": 0}) == {"number": number}


def test_an_english_dispatch_on_carrying_out_emulation_campaigns_is_drafted():
    facts = stated("On May 2, 2025, the provincial People's Committee issued Official Dispatch No. 12/CD-UBND on "
                   "urgently carrying out peak emulation campaigns in the last months of the year.",
                   {"number": 0, "issued": 0})
    assert facts == {"number": "12/CD-UBND", "issued": "2025-05-02"}


@pytest.mark.parametrize("text, province", [
    # the province, then its chairman's full name
    ("Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy vừa ký ban hành Kế hoạch số 20/KH-UBND phát động phong trào thi đua "
     "năm 2024.", "ha-nam"),
    # a name of three words whose first two are a province's: a person, the province not named
    ("Chủ tịch UBND tỉnh Hà Tĩnh Lâm vừa ký ban hành Kế hoạch số 20/KH-UBND phát động phong trào thi đua năm 2024.",
     None),
])
def test_a_province_before_a_persons_name_and_a_name_that_only_begins_like_a_province(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


def test_the_article_ends_at_its_contributors_byline_and_the_next_storys_teaser_names_no_province():
    text = ("Sáng 3.3, Trung tâm Y tế huyện tổ chức kỷ niệm ngày Thầy thuốc Việt Nam và phát động phong trào thi đua "
            "năm 2024 trong toàn thể cán bộ, nhân viên của trung tâm.\nTrung tâm phấn đấu hoàn thành vượt mức các chỉ "
            "tiêu chuyên môn được giao trong năm.\nLê Minh (CTV)\nSáng nay 5/3, Hội đồng nhân dân tỉnh Nam Định khai "
            "mạc kỳ họp chuyên đề.")
    assert stated(text, {"province": 0}) == {"province": None}


def test_an_english_date_before_1975_is_history_not_the_issue_date():
    facts = stated("Hai Duong launches emulation drive\nFollowing the Party's directive, on June 11, 1948, President Ho "
                   "Chi Minh issued the Call for Patriotic Emulation. Responding to it, the Hai Duong Provincial "
                   "People's Committee launched the emulation movement for 2024.", {"issued": 0})
    assert facts == {"issued": None}


@pytest.mark.parametrize("text, province", [
    ("An emulation movement for digital skills was launched by the Youth Union of Ninh Binh province on March 26, "
     "2024.", "ninh-binh"),
    # "started" is not read as a launch ("the Lao Cai province section started …" of a national railway)
    ("The Youth Union of Tra Vinh province on March 26, 2024 started an emulation movement for green villages.",
     None),
    ("The Police of Lam Dong province on June 11, 2024 inaugurated the emulation movement for safe roads.",
     "lam-dong"),
    # named before the verb, but as what the launcher supports, or as a place the line runs through
    ("Supporting Yen Bai province, the Women's Union launched an emulation movement on May 3, 2024.", None),
    ("With the power line running through Ha Tinh province, EVN launched a 90-day emulation drive on May 3, 2024.",
     None),
])
def test_an_english_province_named_as_the_launcher_or_not(text, province):
    assert stated(text, {"province": 0}) == {"province": province}


def test_an_english_launch_on_the_calls_day_keeps_its_year_beside_the_calls_1948():
    text = ("Thua Thien Hue launches emulation movement for 2025-2030\n12/06/2025\nOn June 11, the Provincial "
            "People's Committee of Thua Thien Hue launched the patriotic emulation movement for the 2025-2030 period "
            "on the 77th anniversary of President Ho Chi Minh's Call for Patriotic Emulation (June 11, 1948).")
    assert stated(text, {"issued": 0}) == {"issued": "2025-06-11"}


@pytest.mark.parametrize("text, number", [
    ("Ngày 4/3/2025, UBND tỉnh Bến Tre ban hành Kế hoạch số 36/KH-UBND phát động phong trào thi đua lập thành tích "
     "chào mừng Đại hội thi đua yêu nước tỉnh lần thứ V.", "36/KH-UBND"),
    ("On March 4, 2025, the Ben Tre Provincial People's Committee issued Plan No. 36/KH-UBND on launching an "
     "emulation movement to welcome the 5th Patriotic Emulation Congress.", "36/KH-UBND"),
])
def test_a_plan_launching_a_campaign_to_greet_an_emulation_congress_is_a_plan(text, number):
    assert stated(text, {"number": 0}) == {"number": number}


@pytest.mark.parametrize("text, accepted", [
    # a page of 2021 telling a launch of the 2018 campaign "on 3/4": not 2021
    ("Thi đua năm 2018\n08/06/2021 10:15\nSáng 3/4, UBND huyện Krông Pắc tổ chức lễ phát động phong trào thi đua năm "
     "2018 trong toàn huyện.", (None, "2018-04-03")),
    # a launch at the year's end of the next year's campaign: the page's year
    ("Thi đua năm 2020\n30/12/2019 09:00\nChiều 27.12, UBND tỉnh Phú Yên tổ chức hội nghị phát động phong trào thi đua "
     "năm 2020.", ("2019-12-27",)),
    # a span prints the years within it
    ("Nông thôn mới giai đoạn 2021 - 2025\n11:08, 04/08/2022\nNgày 3-8, UBND huyện Khánh Vĩnh ban hành Kế hoạch tổ "
     "chức thực hiện phong trào thi đua xây dựng nông thôn mới giai đoạn 2021 - 2025.", ("2022-08-03",)),
    ("Updated date: 12/06/2011 08:15:00\nProvince launches emulation movement\nOn June 11, the Quang Binh Provincial "
     "People's Committee launched the patriotic emulation movement for the 2008-2010 period.", (None, "2008-06-11")),
])
def test_a_day_without_its_year_takes_the_pages_only_when_the_text_prints_that_year(text, accepted):
    assert stated(text, {"issued": 0})["issued"] in accepted


@pytest.mark.parametrize("text, facts", [
    # the sentence's own day after a comma that follows the document it carries out
    ("Thực hiện Chỉ thị 05-CT/TW, ngày 15/3/2024 Ban Thường vụ Tỉnh ủy Ninh Bình ban hành Kế hoạch số 120-KH/TU phát "
     "động phong trào thi đua trong toàn Đảng bộ.", {"number": "120-KH/TU", "issued": "2024-03-15"}),
    # a launch sentence that names the Call after it is not history
    ("Thanh Hóa phát động thi đua yêu nước\n12/06/2025 08:00\nSáng 11/6, tỉnh Thanh Hóa phát động phong trào thi đua "
     "yêu nước giai đoạn 2025 - 2030, 77 năm sau khi Bác Hồ ra Lời kêu gọi thi đua ái quốc.",
     {"issued": "2025-06-11", "province": "thanh-hoa"}),
    # a cited directive's year does not unsay the page's
    ("Bình Định phát động thi đua\n06/03/2025 10:00\nNgày 5/3, UBND tỉnh Bình Định ban hành Kế hoạch số 45/KH-UBND "
     "phát động phong trào thi đua, thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
     {"issued": "2025-03-05"}),
])
def test_facts_the_sixth_review_found_lost_are_read(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text", [
    "Hiệu quả phong trào “Dân vận khéo”\n20/11/2025 08:00\nPhong trào thi đua “Dân vận khéo” được Ban Thường vụ Tỉnh ủy "
    "phát động năm 2021. Sau 4 năm, toàn tỉnh đã có hơn 3.000 mô hình được công nhận.",
    "Ngày thứ Bảy tình nguyện lan tỏa\n25/06/2025 08:00\nTừ khi được Tỉnh đoàn phát động thi đua “Ngày thứ Bảy tình "
    "nguyện” năm 2020, hàng nghìn công trình thanh niên đã được thực hiện.",
])
def test_a_launch_told_with_an_earlier_year_than_the_pages_is_a_look_back(text):
    with pytest.raises(NotAPlan):
        extract(text + "\n")


@pytest.mark.parametrize("text, facts", [
    ("Director of the Thanh Hoa provincial Police Department has signed Plan No. 245/KH-CAT-PV01 dated June 10, "
     "2018, launching a peak emulation drive to secure the summer tourist season.", {"number": "245/KH-CAT-PV01"}),
    # the subject's own comma before its verb
    ("On February 21, 2017, the People's Committee of Yen Thanh district, Nghe An province, held a ceremony to launch "
     "an emulation movement for the district.", {"province": "nghe-an"}),
])
def test_a_number_whose_code_has_digits_and_a_province_closing_its_subject(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    # phases given by years: the first's start to the last's end
    ("Bac Giang launches digital transformation movement\nUpdated date: 16/03/2023 10:20:00\nOn March 15, the Bac "
     "Giang Provincial People's Committee launched the emulation movement \"Bac Giang goes digital\". The movement runs "
     "in two phases: the first from 2023 to 2025 and the second from 2026 to 2030.",
     {"period": {"start": "2023", "end": "2030"}}),
    # a span the campaign may run past ("and throughout …", "and during …"): its start, its end left for review
    ("Lao Cai rolls out digital skills movement\nUpdated: 12/05/2025 09:00\nThe Lao Cai provincial People's Committee "
     "has issued a plan to carry out the emulation movement \"Digital skills for all\" from May to December 2025 and "
     "throughout 2026.", {"period": {"start": "2025-05"}}),
    # phases given by months: the first's start is its own month, not its end's
    ("Ben Tre launches emulation drive for clean water\nUpdated: 02/07/2024 08:00\nThe Ben Tre provincial People's "
     "Committee has launched an emulation drive to carry out its rural clean water programme for 2021-2025, in two "
     "phases: the first from July to December 2024 and the second from January to June 2025.",
     {"period": {"start": "2024-07", "end": "2025-06"}}),
    # a page's date with its time before it, or after it with AM/PM
    ("Police kick off emulation drive\nVOV.VN - Tuesday, 19:35, 14/01/2020\nThe Ministry of Public Security on January "
     "14 launched a peak emulation campaign.", {"issued": "2020-01-14"}),
    ("PM launches emulation campaign to remove makeshift houses\nOctober 05, 2024 11:20 AM\nHanoi (VNA) - Prime Minister "
     "Pham Minh Chinh on October 5 launched a nationwide emulation movement.", {"issued": "2024-10-05"}),
])
def test_english_phases_and_page_dates_with_their_time(text, facts):
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    ("Xã Phú Mỹ phát động thi đua chào mừng Đại hội Đảng bộ xã\nNgày đăng: 03/04/2025\n"
     "Sáng 2/4/2025, UBND xã Phú Mỹ (tỉnh Bà Rịa - Vũng Tàu) tổ chức lễ phát động phong trào thi đua "
     "“Phú Mỹ sáng - xanh - sạch”. Theo Kế hoạch số 18/KH-UBND của UBND xã, phong trào được triển khai "
     "từ nay đến hết ngày 30/9/2025 trong toàn xã.",
     {"number": "18/KH-UBND", "issued": "2025-04-02"}),
    ("Hội Nông dân tỉnh phát động thi đua sản xuất giỏi\n12/06/2023\n"
     "Ngày 10/6/2023, Hội Nông dân tỉnh Bến Tre phát động phong trào thi đua nông dân sản xuất, kinh doanh giỏi. "
     "Phong trào được triển khai theo Kế hoạch số 40/KH-HND do Ban Thường vụ Hội ban hành ngày 2/6/2023.",
     {"number": "40/KH-HND", "issued": "2023-06-02"}),
    ("Lâm Đồng: phát động thi đua giảm nghèo\n05/05/2024\n"
     "Sáng 4/5/2024, UBND huyện Đức Trọng tổ chức lễ phát động thi đua giảm nghèo bền vững. "
     "Thực hiện Kế hoạch số 77/KH-UBND của UBND tỉnh Lâm Đồng, UBND huyện giao các xã đăng ký chỉ tiêu.",
     {"number": None, "issued": "2024-05-04"}),
    ("Health sector launches emulation drive for better hospitals\n08/04/2022 10:15\n"
     "The Ministry of Health on April 7, 2022 launched an emulation movement among hospitals nationwide. "
     "Under Plan No. 301/KH-BYT, the movement will run from 2022 to 2025.",
     {"number": "301/KH-BYT", "issued": "2022-04-07", "period": {"start": "2022", "end": "2025"}}),
    # the plan's day after its number, without its year, before the launching unit; not a plan the movement of a
    # wider area follows
    ("Ha Giang launches new rural emulation\n25/08/2024 08:00\nThe Ha Giang provincial People's Committee on August 24 "
     "launched the emulation movement \"Ha Giang joins hands to build new-style rural areas\". Under Plan No. "
     "201/KH-UBND dated August 20, the province aims to have 20 more communes meeting the standards.",
     {"number": "201/KH-UBND", "issued": "2024-08-20"}),
    ("Dien Ban launches movement for civilised towns\nThe Dien Ban town People's Committee on March 12, 2025 launched "
     "an emulation movement to build civilised urban areas. Under Plan No. 45/KH-UBND dated March 3, 2025, the "
     "provincewide movement runs until the end of 2030.", {"number": None, "issued": "2025-03-12"}),
    ("Nghe An launches emulation movement on digital transformation\nUpdated date: 11/03/2023\n"
     "On March 10, 2023, the Nghe An provincial People's Committee held a ceremony to launch the emulation "
     "movement \"Nghe An goes digital\". The movement is implemented under Plan No. 95/KH-UBND issued by the "
     "provincial People's Committee on February 27, 2023.",
     {"number": "95/KH-UBND", "issued": "2023-02-27"}),
])
def test_the_plan_that_sets_out_the_launched_campaign_is_its_own(text, facts):
    """"Theo Kế hoạch số …, phong trào …" / "Under Plan No. …, the movement …": the campaign's own plan,
    dated by the launch when the text never says when it was issued; a plan the issuer carries out
    ("Thực hiện Kế hoạch số … của UBND tỉnh, UBND huyện …") stays another's."""
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, facts", [
    # "Theo Kế hoạch số … của <the launcher>, phong trào thi đua (năm nay) được …"
    ("Thị xã Kỳ Anh phát động thi đua xây dựng đô thị văn minh\n15/03/2024 10:20\n"
     "Sáng 14/3, UBND thị xã Kỳ Anh tổ chức lễ phát động phong trào thi đua xây dựng đô thị văn minh năm 2024.\n"
     "Theo Kế hoạch số 58/KH-UBND ngày 4/3/2024 của UBND thị xã, phong trào thi đua được triển khai ở 12 phường, "
     "xã đến hết tháng 11/2024.",
     {"number": "58/KH-UBND", "issued": "2024-03-04"}),
    ("Hội LHPN tỉnh Bình Phước phát động thi đua năm 2022\n09/02/2022 15:00\n"
     "Sáng 8/2, Hội LHPN tỉnh Bình Phước tổ chức hội nghị phát động phong trào thi đua năm 2022.\n"
     "Theo Kế hoạch số 31/KH-HPN ngày 28/1/2022 của Ban Thường vụ Hội LHPN tỉnh, phong trào thi đua năm nay tập trung "
     "hỗ trợ hội viên phục hồi sản xuất sau dịch.",
     {"number": "31/KH-HPN", "issued": "2022-01-28"}),
    # the launch told done under a plan, in the sentence that launches
    ("Xã Tân Thành phát động làm đường giao thông nông thôn\n21/05/2023 08:00\n"
     "Ngày 20/5, UBND xã Tân Thành (huyện Lục Yên) tổ chức lễ phát động phong trào thi đua “Chung tay làm đường "
     "giao thông nông thôn” năm 2023 theo Kế hoạch số 19/KH-UBND ngày 12/5/2023 của UBND xã.\n"
     "Người dân đã hiến hơn 3.000 m2 đất để mở rộng các tuyến đường liên thôn.",
     {"number": "19/KH-UBND", "issued": "2023-05-12"}),
    # … its day the launch's, not the plan's
    ("Xã Phú Lộc phát động thi đua giữ gìn vệ sinh môi trường\n28/03/2024 09:00\n"
     "Ngày 27/3, UBND xã Phú Lộc tổ chức lễ phát động phong trào thi đua “Xóm làng xanh - sạch - đẹp” năm 2024 theo "
     "Kế hoạch số 31/KH-UBND của UBND xã.\nCác thôn đã ký cam kết ra quân dọn vệ sinh mỗi sáng Chủ nhật.",
     {"number": "31/KH-UBND", "issued": None}),
    # a plan's own date after the article's: a slip, for the editor (not the launch day instead)
    ("Huyện Hàm Yên phát động thi đua năm 2022\n06/02/2022 10:00\n"
     "Sáng 5/2, UBND huyện Hàm Yên tổ chức lễ phát động phong trào thi đua năm 2022.\nTheo Kế hoạch số 14/KH-UBND "
     "ngày 10/1/2023 của UBND huyện, phong trào thi đua được triển khai ở 18 xã, thị trấn.",
     {"number": "14/KH-UBND", "issued": None}),
    # "Phong trào được cụ thể hóa tại Kế hoạch số …"
    ("Hội Nông dân huyện Yên Thành phát động thi đua sản xuất giỏi\n07/04/2021 09:00\n"
     "Chiều 6/4, Hội Nông dân huyện Yên Thành tổ chức lễ phát động phong trào thi đua nông dân sản xuất, kinh doanh "
     "giỏi giai đoạn 2021 - 2025.\nPhong trào được cụ thể hóa tại Kế hoạch số 12-KH/HND ngày 30/3/2021 của Ban "
     "Thường vụ Hội Nông dân huyện.",
     {"number": "12-KH/HND", "issued": "2021-03-30"}),
    # not a national head office's plan at its branch's launch
    ("Agribank Lạng Sơn phát động thi đua huy động vốn\n04/03/2025 16:00\n"
     "Chiều 3/3, Agribank Lạng Sơn tổ chức lễ phát động đợt thi đua cao điểm huy động vốn quý I/2025.\n"
     "Theo Kế hoạch số 77/KH-NHNo-TĐKT ngày 20/2/2025 của Agribank, phong trào thi đua được triển khai tại mọi chi "
     "nhánh trong cả nước.",
     {"number": None}),
    # not a plan told as nobody's in these shapes: the launcher's own or a superior's
    ("Huyện Tam Đảo phát động thi đua dạy tốt, học tốt\n06/09/2024 10:00\n"
     "Sáng 5/9/2024, UBND huyện Tam Đảo tổ chức lễ phát động phong trào thi đua “Dạy tốt - học tốt” năm học 2024 - "
     "2025.\nTheo Kế hoạch số 1320/KH-SGDĐT ngày 26/8/2024, phong trào thi đua được triển khai ở mọi trường học.",
     {"number": None}),
    # not an earlier phase's plan, dated over three months before the launch
    ("Huyện Quế Võ phát động thi đua năm 2025\n13/02/2025 15:00\n"
     "Sáng 12/2/2025, UBND huyện Quế Võ tổ chức hội nghị phát động phong trào thi đua xây dựng nông thôn mới năm "
     "2025.\nTheo Kế hoạch số 40/KH-UBND ngày 6/3/2023 của UBND huyện, phong trào thi đua được triển khai trong giai "
     "đoạn 2023 - 2025.",
     {"number": None}),
    # not the second of several launches a round-up tells
    ("Nhiều đơn vị ở Bạc Liêu phát động thi đua chào mừng Quốc khánh\n22/08/2024 07:30\n"
     "Những ngày qua, nhiều cơ quan, đơn vị trong tỉnh Bạc Liêu đồng loạt phát động thi đua chào mừng Quốc khánh "
     "2/9.\nNgày 19/8, Công đoàn Viên chức tỉnh phát động đợt thi đua cao điểm theo Kế hoạch số 25/KH-CĐVC ngày "
     "15/8/2024 của Công đoàn Viên chức tỉnh.\nNgày 20/8, Công an tỉnh tổ chức lễ ra quân đợt cao điểm bảo đảm an "
     "ninh, trật tự.",
     {"number": None}),
])
def test_the_launchers_own_plan_in_more_shapes(text, facts):
    """The plan that sets the launched campaign out, told as "Theo Kế hoạch số … của <the launcher>, phong trào thi
    đua …", as the plan a launch is done under, or as the plan the campaign is set out in, gives the number and its
    date where it is said to be the launcher's; not a head office's plan at its branch's launch, nor one told as
    nobody's, nor one dated in an earlier year over three months before the launch, nor the plan of one launch of
    many."""
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, period", [
    ("Ben Tre farmers launch emulation movement\n21/05/2021\nThe Ben Tre provincial Farmers' Association on May 20 "
     "launched an emulation movement themed \"Farmers join hands for clean villages\" for the 2021-2026 term.",
     {"start": "2021", "end": "2026"}),
    ("Lao Cai teachers start emulation drive\n09/09/2023\nThe Lao Cai Department of Education and Training on "
     "September 8 launched an emulation movement calling on teachers to apply digital tools in the 2023-2024 "
     "school year.",
     {"start": "2023", "end": "2024"}),
    ("Yen Bai launches emulation ahead of Party congress\n03/03/2025\nThe Yen Bai provincial People's Committee on "
     "March 2 launched an emulation movement to welcome the provincial Party Congress for the 2025-2030 term.",
     None),
])
def test_an_english_campaign_launched_for_a_named_period_or_term(text, period):
    """A span of years named as the launched campaign's period, phase or term, however its theme is
    told; a congress's term is not the campaign's."""
    assert stated(text, {"period": None})["period"] == period


@pytest.mark.parametrize("text, province", [
    ("Teachers called to emulate in digital teaching\n10/09/2024\nThe Hai Duong Department of Education and "
     "Training on September 9 launched an emulation movement among schools for the 2024-2025 school year.",
     "hai-duong"),
    ("Police launch peak emulation period\n03/06/2023\nCan Tho City Police on June 2 launched a peak emulation "
     "period to keep order during the summer.", "can-tho"),
    ("Farmers vow to compete in clean production\n20/04/2022\nOn April 19, the Soc Trang Farmers' Association "
     "held a ceremony to launch the emulation movement \"Clean fields, rich farmers\".", "soc-trang"),
    ("Doctors to compete in better care\n20/02/2024\nThe Hanoi Health Department has launched an emulation movement "
     "to mark Vietnam Physician Day.", "ha-noi"),
    ("Army launches drive\n13/09/2024\nThe Party Committee of the HCMC High Command on September 12 organized a "
     "ceremony to launch an emulation movement for its units.", "ho-chi-minh"),
    ("Women's Union launches movement for new term\n15/03/2022\nThe Vietnam Women's Union on March 14 launched "
     "the emulation movement \"Women build happy families\" for the 2022-2027 term.", "toan-quoc"),
    ("Youth volunteers start summer emulation\n02/07/2023\nAttended by the Quang Tri Youth Union, the launch of the "
     "summer volunteer campaign was held on July 1 by the district.", None),
])
def test_an_english_body_named_after_its_province_gives_the_province(text, province):
    """A body named after its province, as the subject that launches, gives that province; a
    national mass organisation files the plan nationwide; a body named as a guest gives nothing."""
    assert stated(text, {"province": None})["province"] == province


@pytest.mark.parametrize("text, facts", [
    ("Sở Giáo dục và Đào tạo Thanh Hóa phát động thi đua dạy tốt\nThứ Hai, 12/09/2022\nNgày 10/9, Sở Giáo dục và "
     "Đào tạo Thanh Hóa phát động phong trào thi đua “Dạy tốt, học tốt” năm học 2022 - 2023 trong toàn ngành.",
     {"province": "thanh-hoa", "issued": "2022-09-10"}),
    ("Phường 2 phát động thi đua xây dựng đô thị văn minh\nThứ Năm, 16/03/2023, 10:05\nSáng 15/3, UBND Phường 2, "
     "TP. Vũng Tàu tổ chức lễ phát động phong trào thi đua xây dựng phường văn minh năm 2023.",
     {"province": "ba-ria-vung-tau", "issued": "2023-03-15"}),
])
def test_a_province_named_by_a_body_or_its_city_and_an_abbreviation_inside_a_sentence(text, facts):
    """A body whose name ends with its province's ("Sở … Thanh Hóa") gives that province; a
    province's city ("TP. Vũng Tàu") gives its province; "TP." does not end the sentence that
    launches, whose day is the launch's."""
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, issued", [
    ("Hai Duong farmers launch clean-field emulation\nThursday, 14/03/2024, 09:10 (GMT+7)\nThe Hai Duong Farmers' "
     "Association on March 13 launched the emulation movement \"Clean fields\" among farmers in 2024.", "2024-03-13"),
    ("Hà Nội launches emulation movement for safe schools\nOctober 16, 2024 - 17:20\nHÀ NỘI — The Hà Nội Department of "
     "Education and Training on Monday launched an emulation movement for safe schools in the 2024-2025 school year.",
     "2024-10-14"),
    ("Quang Binh launches emulation drive\nWednesday, 06/11/2024, 08:00 (GMT+7)\nThe Quang Binh provincial Youth Union "
     "on Wednesday launched an emulation drive among young workers in 2024.", "2024-11-06"),
    ("Quang Binh to launch emulation drive\nMonday, 04/11/2024, 08:00 (GMT+7)\nThe Quang Binh provincial Youth Union "
     "will launch an emulation drive among young workers on Wednesday.", None),  # a day still to come
])
def test_an_english_launch_dated_by_the_pages_date_and_its_weekday(text, issued):
    """A page's date followed by its time, "(GMT+7)" or " - 17:20" is still its date; a launch
    told "on Monday" is of the last Monday up to it (the page's own day if a Monday); a weekday still to come
    dates nothing."""
    assert stated(text, {"issued": None})["issued"] == issued


@pytest.mark.parametrize("text, province", [
    ("Thai Binh launches Digital Literacy movement\nOn the morning of May 20, the People's Committee of Thai Binh "
     "province launched the \"Digital Literacy for All\" movement, online to every commune.", "thai-binh"),
    ("Plan to implement the Movement \"The whole country competes in green transformation\"\nThe plan asks ministries, "
     "central agencies and the People's Committees of provinces to register their targets.", None),
    ("Tết trồng cây và thi đua cao điểm\nSáng 5/3/2024, Hội Liên hiệp Phụ nữ tỉnh Phú Thọ tổ chức Lễ phát động Tết trồng "
     "cây “Phụ nữ vì màu xanh” và đợt thi đua cao điểm chào mừng Ngày Quốc tế Phụ nữ.", "phu-tho"),
])
def test_a_movement_launched_by_its_name_or_beside_a_festival_is_a_plan(text, province):
    """A movement launched by its name ("the "Digital Literacy for All" movement"), a headline "Plan
    to implement the Movement "…"", and a peak drive launched beside a tree-planting festival are
    drafted, though the first two never say emulation."""
    assert stated(text, {"province": None})["province"] == province


@pytest.mark.parametrize("text, issued", [
    ("Tỉnh đoàn phát động Tháng Thanh niên\nSáng 25.2, Tỉnh đoàn Lạng Sơn tổ chức Lễ phát động Tháng Thanh niên năm 2019 "
     "và phát động đợt thi đua cao điểm chào mừng Đại hội Đoàn tỉnh, nhiệm kỳ 2019 – 2024.", "2019-02-25"),
    ("Phát động thi đua năm mới\nSáng 20/12, UBND tỉnh Lai Châu tổ chức lễ phát động phong trào thi đua năm 2024 "
     "trong toàn tỉnh.", None),
    ("Phát động thi đua giảm nghèo\nSáng 8/4, UBND tỉnh Điện Biên tổ chức lễ phát động phong trào thi đua giảm nghèo "
     "bền vững đến năm 2030.", None),
])
def test_a_launch_day_without_its_year_takes_the_year_of_what_the_sentence_launches(text, issued):
    """A day without its year in the sentence that launches something of one year takes that year when
    the day falls in its first half (a launch in December may be of the next year's campaign); a
    goal's year ("đến năm 2030") dates nothing."""
    assert stated(text, {"issued": None})["issued"] == issued


@pytest.mark.parametrize("text, facts", [
    ("YÊN THẾ: Phát động thi đua năm 2019\nLượt xem: 120\nHội Nông dân huyện phát động phong trào thi đua nông dân "
     "sản xuất giỏi năm 2019 trong các xã, thị trấn.", {"province": "bac-giang"}),
    ("CHÂU THÀNH: Phát động thi đua năm 2019\nHội Nông dân huyện phát động phong trào thi đua nông dân sản xuất giỏi "
     "năm 2019.", {"province": None}),
    ("Ngày 12/01/2024, Cục Thống kê Hà Tĩnh ban hành Kế hoạch số 05/KH-CTK phát động phong trào thi đua năm 2024.",
     {"province": "ha-tinh", "number": "05/KH-CTK", "issued": "2024-01-12"}),
    ("Số hiệu: 88/KH-UBND Loại văn bản: Kế hoạch\nNgày ban hành: 02/03/2021 Ngày hiệu lực: Đã biết\n"
     "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\nSố: 88/KH-UBND\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2021",
     {"number": "88/KH-UBND", "issued": "2021-03-02"}),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nSố: 17/KH-UBND\nBà Rịa - Vũng Tàu, ngày 09 tháng 02 năm 2021\nKẾ HOẠCH\n"
     "Phát động phong trào thi đua năm 2021", {"number": "17/KH-UBND", "issued": "2021-02-09"}),
])
def test_a_district_heading_the_headline_a_statistics_office_and_an_aggregators_issue_date(text, facts):
    """A district heading the headline gives its one province (none for a name several provinces
    have); "Cục Thống kê Hà Tĩnh" names its province; an aggregator's "Ngày ban hành:" before its
    next field, and a heading's date in a province whose name has a dash, date the plan."""
    assert stated(text, facts) == facts


@pytest.mark.parametrize("text, period", [
    ("Ha Nam launched an emulation movement for clean rural roads in 2024.\nThe People's Committee of Ha Nam province "
     "has issued Plan No. 41/KH-UBND dated March 2, 2024 on launching an emulation movement for clean rural roads.",
     {"start": "2024", "end": "2024"}),
    ("On the morning of May 4, the Prime Minister launched a national emulation movement to join hands to build "
     "100,000 social houses nationwide in 2026.", None),
])
def test_an_english_campaign_launched_with_its_year_closing_the_sentence(text, period):
    """"… launched an emulation movement … in 2024." is the campaign's year when the plan was issued
    (or the page dated) that year; told of a launch whose year the text does not give, it may be a
    goal's year, and gives no period."""
    assert stated(text, {"period": None})["period"] == period


@pytest.mark.parametrize("text, facts", [
    ("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về đổi mới công tác thi đua, khen thưởng và Kế hoạch "
     "số 210/KH-HLHPN ngày 02 tháng 3 năm 2020 của Trung ương Hội về phát động đợt thi đua chào mừng Đại hội, Ban Thường "
     "vụ Hội Liên hiệp Phụ nữ tỉnh Hà Nam phát động thi đua trong các cấp Hội.",
     {"number": None, "issued": None}),
    ("Huyện Đoan Hùng phát động thi đua đặc biệt\nPhong trào thi đua đặc biệt do UBND huyện Đoan Hùng phát động có các nội "
     "dung như: quán triệt tư tưởng thi đua ái quốc; tiếp tục thực hiện Chỉ thị 34 ngày 7/4/2014 của Bộ Chính trị và "
     "thông tri số 11 ngày 25/4/2014 của Tỉnh ủy về công tác thi đua, Chỉ thị số 18 ngày 19/5/2016 của Thủ tướng Chính phủ "
     "về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2017.",
     {"issued": None, "period": None}),
])
def test_documents_a_sentence_carries_out_give_neither_number_nor_date_nor_years(text, facts):
    """A plan the sentence opens by carrying out ("Thực hiện … và Kế hoạch số … về phát động đợt thi
    đua …, Ban Thường vụ … phát động …") is not the text's own, though a comma inside the first
    document's title splits the clause; a day after the launch, past ";", is of a document the
    campaign carries out (a Party "thông tri" among them); the years in the title of a directive
    named by its bare number in that list are the directive's."""
    assert stated(text, facts) == facts


def test_a_ceremony_announcing_a_programme_completed_is_refused():
    """"công bố hoàn thành" a plan that answered a campaign: results, not a launch."""
    with pytest.raises(NotAPlan):
        extract("Xóa nhà tạm giúp hộ nghèo an cư\nNgày 20/8, tỉnh Bạc Liêu tổ chức công bố hoàn thành kế hoạch hưởng ứng "
                "phong trào thi đua Chung tay xóa nhà tạm, nhà dột nát trên địa bàn tỉnh năm 2025.\n")


def test_a_sidebar_above_the_article_and_a_doubled_word_do_not_lose_the_plan():
    """A sidebar's "Thống kê truy cập" above the article is not its end, and "phát động động" (a
    typing slip) still launches."""
    text = ("Liên kết website\nThống kê truy cập\nĐang online: 52\nPhát động phong trào thi đua năm 2022\n20/01/2022\n"
            "Ngày 18/01/2022, UBND tỉnh đã ban hành Chỉ thị số 02/CT-UBND về việc phát động động phong trào thi đua "
            "thực hiện thắng lợi nhiệm vụ năm 2022 của tỉnh Phú Yên.\n")
    assert stated(text, {"number": None, "issued": None, "province": None}) == {
        "number": "02/CT-UBND", "issued": "2022-01-18", "province": "phu-yen"}


def test_an_english_movement_said_to_be_launched_by_its_name():
    """"The "Digital Literacy for All" movement was launched by the city" launches it; one "launched in
    2021" is told as past."""
    assert stated("Ha Tien joins digital literacy drive\nOn March 3, 2025, the \"Digital Literacy for All\" movement was "
                  "launched in Ha Tien city, with 2,000 residents taking part.", {"issued": None})["issued"] == "2025-03-03"
    with pytest.raises(NotAPlan):
        extract("Digital skills spread in Ha Tien\nThe \"Digital Literacy for All\" movement was launched in 2021 and has "
                "helped 2,000 residents so far.\n")


@pytest.mark.parametrize("text, facts", [
    ("Phát động phong trào thi đua “Nông dân giỏi” giai đoạn 2021-2025\n10/03/2021\nHội Nông dân tỉnh Trà Vinh vừa ban "
     "hành Kế hoạch phát động phong trào thi đua “Nông dân giỏi” giai đoạn 2020-2025.",
     {"period": None}),
    ("Văn phòng UBND tỉnh phát động thi đua\nVăn phòng UBND tỉnh Hà Giang vừa ban hành Kế hoạch số 31/KH-VP ngày "
     "02/4/2024 phát động thi đua chào mừng Ngày Giải phóng miền Nam. Nội dung: gắn với các phong trào thi đua do Thủ "
     "tướng Chính phủ phát động \"Vì người nghèo\", \"Cả nước thi đua xây dựng xã hội học tập giai đoạn 2023-2030\".",
     {"number": "31/KH-VP", "issued": "2024-04-02", "period": None}),
    ("Tỉnh đoàn ban hành kế hoạch tháng thanh niên\n02/03/2016\nBan Thường vụ Tỉnh đoàn Hà Tĩnh vừa ban hành Kế hoạch số "
     "112 -KH/TĐTN-TNNT hướng dẫn tổ chức các hoạt động, phát động đợt thi đua trong toàn đoàn. Trong đó có Giải bóng đá "
     "thanh niên dự kiến tổ chức từ 20 - 24/3 tại thành phố Hà Tĩnh.",
     {"number": "112-KH/TĐTN-TNNT", "period": None}),
])
def test_years_that_disagree_or_are_others_and_a_number_spaced_before_its_dash(text, facts):
    """A headline and its text that give one launched campaign different years give none; the
    years of campaigns another body launched, listed as the content, are not the plan's; a number
    printed "112 -KH/…" is read whole; a planned event's dates ("Giải … dự kiến tổ chức từ …") are
    no period."""
    assert stated(text, facts) == facts


def test_a_photo_caption_of_a_contest_under_a_plan_issued_for_a_movement_is_not_a_contest():
    """A lead that says its body issued a numbered plan of a movement launches it, though a photo caption
    under it tells of a contest; a plan to hold an emulation congress stays a near-miss."""
    text = ("Triển khai phong trào “Cả nước thi đua xây dựng xã hội học tập”\nUBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số "
            "35/KH-UBND nhằm tổ chức thực hiện phong trào “Cả nước thi đua xây dựng xã hội học tập” giai đoạn 2023-2030.\n"
            "Hội thi Olympic tin học năm 2023 do Tỉnh đoàn tổ chức cho đoàn viên, thanh niên (Ảnh: Minh Khoa)\n")
    assert stated(text, {"number": None})["number"] == "35/KH-UBND"
    with pytest.raises(NotAPlan):
        extract("Chuẩn bị Đại hội thi đua yêu nước\nUBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 36/KH-UBND tổ chức Đại "
                "hội thi đua yêu nước tỉnh lần thứ VI.\n")


@pytest.mark.parametrize("text, kind", [
    ("Nearly 9,000 customs officers awarded\nOn May 10, the General Department of Customs held a conference to commend "
     "and award collectives and individuals for their achievements in the 2020-2025 emulation movements.\n",
     "commendation"),
    ("Ngày 6/10, Cụm thi đua số 5 - Bộ Công an tổ chức hội nghị kiểm tra kết quả thực hiện phong trào thi đua “Vì an ninh "
     "Tổ quốc” 9 tháng đầu năm tại Công an tỉnh Long An.\n", "inspection"),
    ("Tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2023\nNgày 10/5, Sở Nội vụ tỉnh Lào Cai tổ chức hội nghị "
     "tập huấn nghiệp vụ công tác thi đua, khen thưởng cho 200 cán bộ các sở, ngành, huyện.\n", "guidance"),
])
def test_an_awards_conference_a_meeting_checking_results_and_a_training_are_refused(text, kind):
    with pytest.raises(NotAPlan, match=kind):
        extract(text)


def test_a_phase_run_into_its_span_is_still_the_first_phase():
    text = ("Sở Tư pháp ban hành kế hoạch thi đua năm 2014\nNgày 20/02/2014, Sở Tư pháp tỉnh Long An ban hành Kế hoạch số "
            "51/KH-STP phát động phong trào thi đua năm 2014. Phong trào chia làm hai đợt: đợt 1từ đầu năm đến ngày "
            "30/6/2014 và đợt 2 từ ngày 01/7/2014 đến ngày 30/11/2014.\n")
    period = stated(text, {"period": None})["period"]
    assert period["end"] == "2014-11-30" and period.get("start") in (None, "2014")  # not the second phase's 2014-07-01


@pytest.mark.parametrize("text, facts", [
    ("Huyện ủy Thanh Sơn phát động thi đua\n16/07/2021\nNgày 14/7/2021, Ban Thường vụ Huyện ủy Thanh Sơn (Phú Thọ) ban hành "
     "Kế hoạch số 52-KH/HU về phát động phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025.",
     {"province": "phu-tho", "number": "52-KH/HU"}),
    ("Ngành giáo dục phát động thi đua năm học mới\n18/09/2019\nNgày 16/9, Sở Giáo dục và Đào tạo tỉnh Bình Định ban hành Kế "
     "hoạch số 1800/KH-SGDĐT về tổ chức phong trào thi đua năm học 2019 - 2020 trong toàn ngành.",
     {"period": {"start": "2019", "end": "2020"}}),
])
def test_a_district_party_committee_placed_in_brackets_and_a_school_year(text, facts):
    assert stated(text, facts) == facts


def test_a_plan_opening_a_sentence_of_another_subject_and_a_report_after_years_of_implementing():
    """"Theo Kế hoạch số … của UBND huyện, trong năm 2019, <huyện> phấn đấu …" may be the district's plan or one of its
    target plans (the reviews found both): its number is left for the editor; an English report "after three years of
    implementing the emulation movement …" is refused."""
    text = ("Can Lộc phát động thi đua năm 2019\n18/03/2019\nChiều 15/3, UBND huyện Can Lộc (Hà Tĩnh) tổ chức hội nghị phát "
            "động phong trào thi đua xây dựng nông thôn mới năm 2019.\nTheo Kế hoạch số 91/KH-UBND của UBND huyện, trong năm "
            "2019, Can Lộc phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.\n")
    assert stated(text, {"number": None})["number"] is None
    with pytest.raises(NotAPlan):
        extract("Binh Duong workers propose 900 initiatives\nUpdated date: 27/09/2023\nThe Binh Duong Federation of Labour said "
                "that after three years of implementing the emulation movement \"Good labour, creative labour\", workers had "
                "proposed 900 technical initiatives.\n")


@pytest.mark.parametrize("text, issued", [
    ("Customs launches emulation drive\nApril 07, 2020 | 17:25 GMT+7\nHanoi (VNA) - The General Department of Customs on "
     "April 6 launched an emulation movement among customs officers nationwide.", "2020-04-06"),
    ("District launches emulation movement\nFriday, 15 March 2019\nKrong No district in Dak Nong province on March 14 "
     "launched an emulation movement to become a new-style rural district in the 2019-2020 period.", "2019-03-14"),
    ("Ministry launches emulation drive\nOctober 12, 2016 - 08:45\nHÀ NỘI — The Ministry of Health launched an emulation "
     "movement for the 2016-2020 period at a ceremony in Hà Nội yesterday.", "2016-10-11"),
])
def test_an_english_page_date_with_its_time_after_a_bar_or_day_first_and_a_launch_yesterday(text, issued):
    assert stated(text, {"issued": None})["issued"] == issued


@pytest.mark.parametrize("text, province", [
    ("Police launch summer emulation drive\n03/06/2019 | 11:20\nPolice of Hoc Mon district, Ho Chi Minh City, on June 1 "
     "launched an emulation peak to ensure security and order during the summer.", "ho-chi-minh"),
    ("District launches emulation in industry\n10/04/2023 15:45\nTam Duong district, Vinh Phuc province, on April 7 launched "
     "an emulation movement to promote industrial development in the 2023-2025 period.", "vinh-phuc"),
])
def test_an_english_launcher_named_with_its_province_before_the_day_it_launched(text, province):
    """"<district>, <province>, on <day> launched …": the day between the launcher and its verb does not hide it."""
    assert stated(text, {"province": None})["province"] == province


@pytest.mark.parametrize("launcher, number", [
    ("UBND thành phố", "25/KH-UBND"),  # the same unnamed city's committee
    ("UBND thành phố Hải Phòng", "25/KH-UBND"),  # the province-level city it names
    ("UBND thành phố Thủ Đức", None),  # a district-level city: the plan is the province-level city's
])
def test_a_plan_of_an_unnamed_city_committee_is_the_launchers_only_where_the_launcher_is_that_city(launcher, number):
    text = (f"Phát động thi đua xây dựng đô thị xanh\n06/03/2024 10:15\nSáng 5/3, {launcher} tổ chức lễ phát động phong "
            "trào thi đua “Đô thị xanh, sạch, đẹp” năm 2024.\nTheo Kế hoạch số 25/KH-UBND của UBND thành phố, phong trào "
            "được triển khai đến hết năm 2024 tại các phường, xã.")
    assert stated(text, {"number": None})["number"] == number


@pytest.mark.parametrize("text", [
    "Ngày 29-12-2025, tại đặc khu Côn Đảo, Thành phố Hồ Chí Minh, Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức phát động "
    "phong trào thi đua quyết thắng năm 2026.",  # a venue down to its special zone, not the launcher's province
    "Ngày 31-7-2020, Bộ đội Biên phòng các tỉnh Quảng Trị, Kiên Giang phát động đợt thi đua cao điểm chào mừng Quốc "
    "khánh.",  # the bodies of two provinces launch together
    "Ngày 28-6-2023, Trung đoàn Cảnh sát cơ động Tây Bắc TP Hà Nội (E21), Bộ Công an tổ chức phát động phong trào "
    "thi đua đặc biệt. Trung đoàn trưởng Trung đoàn Cảnh sát cơ động Tây Bắc TP Hà Nội nhấn mạnh …",  # a ministry's
    # unit named for its area
])
def test_a_venue_or_several_provinces_give_no_province(text):
    assert "province" not in extract(f"Phát động thi đua\n{text}\n").values


def test_an_english_look_back_over_years_that_mentions_launches_is_refused():
    with pytest.raises(NotAPlan):
        extract("Customs reviews five years of emulation\nOn the afternoon of June 27, 2025, the Customs Department "
                "held a conference on advanced models for 2021 - 2025.\nOver the past 5 years, the Customs Department "
                "has launched a series of emulation movements with each year's theme.\n")


def test_provinces_a_launcher_learns_from_are_not_several_launchers():
    draft = extract("Phát động thi đua\nNgày 5-3-2024, UBND tỉnh Sóc Trăng phát động phong trào thi đua năm 2024, học tập "
                    "kinh nghiệm các tỉnh Bến Tre, Trà Vinh đã phát động từ năm trước.\n")
    assert draft.values["province"] == "soc-trang"


def test_an_english_emulation_launching_ceremony_is_dated():
    draft = extract("VINACONEX LAUNCHED EMULATION MOVEMENT AT THE PROJECT\nMon , 15/04/2024, 14:00:00 (GMT+7)\nTo speed up "
                    "the works, the Corporation chaired an emulation launching ceremony at the airport project on April "
                    "14.\n")
    assert draft.values["issued"] == "2024-04-14"


def test_a_covenant_whose_rules_name_launching_in_general_is_refused():
    with pytest.raises(NotAPlan):
        extract("Cục Thuế tỉnh Bình Định: Ký kết giao ước thi đua năm 2014\nSáng ngày 12/5/2014, Hội đồng thi đua khen "
                "thưởng Cục Thuế tỉnh Bình Định tổ chức hội nghị ký kết giao ước thi đua giữa các Chi cục Thuế.\nTheo "
                "quy chế, các khối sẽ xây dựng nội dung thi đua, tổ chức phát động các phong trào thi đua và bình xét "
                "cuối năm.\n")


@pytest.mark.parametrize("text", [
    "Mặt trận huyện Đông Sơn lan tỏa các phong trào\nCác phong trào thi đua mà Mặt trận các cấp phát động trong thời "
    "gian qua đã lan tỏa rộng khắp, góp phần hoàn thành các chỉ tiêu của huyện.\n",
    "Nội dung thi đua năm tới của Hội Nông dân tỉnh\nTại phiên họp ngày 18/12, Thường trực Hội nghe Tờ trình phát động "
    "phong trào thi đua năm 2025, dự kiến chia làm hai đợt.\n",
])
def test_a_launch_of_the_recent_past_or_a_drafts_title_launches_nothing(text):
    with pytest.raises(NotAPlan):  # the recent past's, a draft's title
        extract(text)


@pytest.mark.parametrize("text, province", [
    ("Hằng năm, huyện Yên Định đều phát động thi đua\nHằng năm, UBND huyện Yên Định (Thanh Hóa) đều phát động các "
     "phong trào thi đua; sáng 6/2/2024, huyện tổ chức lễ phát động phong trào thi đua năm 2024.\n", "thanh-hoa"),
    ("Phú Yên phát động thi đua chào mừng Đại hội\nSáng 3/3/2025, UBND tỉnh Phú Yên tổ chức lễ phát động phong trào "
     "thi đua; Chủ tịch tỉnh đề nghị các ngành tiếp tục phát động các phong trào thi đua thiết thực.\n", "phu-yen"),
    ("Quảng Trị phát động thi đua chào mừng Đại hội\nSáng 12/3, UBND tỉnh Quảng Trị tổ chức lễ phát động nhiều phong "
     "trào thi đua chào mừng Đại hội Đảng bộ tỉnh.\n", "quang-tri"),
    ("Hội nghị cán bộ chủ chốt huyện Đông Hải\nSáng 5/11, UBND huyện Đông Hải (Bạc Liêu) tổ chức hội nghị tiếp tục "
     "phát động các phong trào thi đua chào mừng Đại hội Đảng bộ các cấp.\n", "bac-lieu"),
])
def test_a_days_launch_of_many_campaigns_or_told_as_a_task_is_a_plan(text, province):
    assert extract(text).values["province"] == province


def test_a_quarter_with_its_year_is_no_span():
    draft = extract(" date 2019-12 Để hoàn thành kế hoạch năm 2019, từ đầu quý IV-2019, Tổng giám đốc Tập đoàn đã phát "
                    "động đợt thi đua cao điểm 90 ngày đêm sản xuất than.\n")
    assert draft.values.get("period", {}).get("end") != "2019"  # not "từ đầu quý IV" to "2019"


def test_an_english_resolution_issued_dates_no_launch():
    draft = extract("National Assembly Chairman launched the patriotic emulation movement for the 2025-2030 period\n"
                    "The Chairman attended and launched the patriotic emulation movement for the 2025-2030 period. "
                    "Implementing the Law on Emulation and Commendation, the Standing Committee of the National Assembly "
                    "issued Resolution No. 44/2024/UBTVQH15 dated February 5, 2024 detailing the forms of commendation.\n")
    assert "issued" not in draft.values


def test_an_english_peak_phase_within_the_span_does_not_end_it():
    draft = extract("Police launch emulation on population data\nThursday, 28/04/2022 - 15:37\nThe Ministry of Public "
                    "Security on April 27 launched an emulation movement among the police forces. The movement runs from "
                    "now until 2025, with a peak phase from April to the end of 2022.\n")
    assert draft.values["period"]["end"] == "2025"


def test_the_years_of_campaigns_commended_are_not_the_launched_ones():
    draft = extract("Biểu dương điển hình tiên tiến lần thứ II\nKhen thưởng các tập thể, cá nhân có thành tích xuất sắc "
                    "trong thực hiện các phong trào thi đua yêu nước, giai đoạn 2015-2020.\nTrên cơ sở kết quả đạt được, "
                    "huyện Đại Từ đã phát động phong trào thi đua yêu nước giai đoạn 2020-2025.\n")
    assert draft.values["period"] == {"start": "2020", "end": "2025"}

def test_a_later_phase_read_alone_gives_no_start():
    draft = extract("Công ty Điện lực Hòa Bình phát động phong trào thi đua chào mừng 50 năm thành lập ngành.\n"
                    "Phong trào được chia làm 2 đợt:\nĐợt 1 - kể từ khi có văn bản phát động, phấn đấu hoàn thành "
                    "kế hoạch sản xuất năm 2023.\nĐợt 2 - từ ngày 01/01/2024 đến ngày 30/6/2024, thi đua lập thành "
                    "tích chào mừng ngày thành lập.\n")
    assert draft.values["period"] == {"end": "2024-06-30"}  # the last phase's end; the first one's start is in words
    assert "period.start" in draft.missing


def test_the_year_of_a_movement_whose_results_a_drive_builds_on_is_not_the_drives():
    draft = extract("Ban Chỉ huy Quân sự huyện Mê Linh phát động thi đua\nSáng 9-1, Ban Chỉ huy Quân sự huyện Mê Linh "
                    "tổ chức lễ phát động đợt thi đua cao điểm “Mừng Đảng, mừng Xuân”.\nĐợt thi đua tập trung phát huy "
                    "những kết quả trong thực hiện Phong trào Thi đua Quyết thắng năm 2024, giữ vững nền nếp chính quy.\n")
    assert "period" not in draft.values  # 2024 is the past movement's year, not the drive's
    assert "issued" not in draft.values  # nor the launch day's


def test_a_launch_after_a_clause_building_on_last_years_results_keeps_its_year():
    draft = extract("Phát động thi đua năm 2025\nPhát huy những kết quả đạt được trong năm 2024 và để hoàn thành các "
                    "nhiệm vụ được giao, Giám đốc Sở Y tế tỉnh Lào Cai phát động phong trào thi đua năm 2025.\n")
    assert draft.values["period"] == {"start": "2025", "end": "2025"}


@pytest.mark.parametrize("text, province", [
    ("Ngành than phát động thi đua 90 ngày đêm\nTừ đầu quý IV, Tổng giám đốc Tập đoàn Than - Khoáng sản Việt Nam (TKV) "
     "Lê Minh Chuẩn đã phát động đợt thi đua cao điểm trong toàn Tập đoàn.\n", "toan-quoc"),
    ("Đường sắt phát động thi đua dịp Tết\nNgày 18/12, Tổng công ty Đường sắt Việt Nam tổ chức lễ phát động phong trào "
     "thi đua phục vụ hành khách dịp Tết trong toàn ngành.\n", "toan-quoc"),
    ("Phát động thi đua bán hàng\nNgày 3/4, Công ty Xăng dầu tỉnh Hà Giang - Tập đoàn Xăng dầu Việt Nam phát động "
     "phong trào thi đua bán hàng năm 2024.\n", "ha-giang"),  # a province's company, its parent named
])
def test_a_state_group_of_the_whole_country_launches_nationally(text, province):
    assert extract(text).values.get("province") == province


@pytest.mark.parametrize("text, issuer", [
    ("Phát động thi đua trong toàn hệ thống\nNgày 2 tháng 3 năm 2023, Tổng cục thi hành án dân sự (THADS) đã ban hành "
     "Kế hoạch số 512/KH-TCTHADS phát động đợt thi đua cao điểm.\n", "Tổng cục thi hành án dân sự"),
    ("Phát động thi đua đặc biệt\nTổng Cục trưởng Tổng cục Quản lý thị trường Trần Hữu Linh vừa ký ban hành Kế hoạch "
     "số 15 về phát động đợt thi đua đặc biệt năm 2023.\n", "Tổng cục Quản lý thị trường"),  # its head's name left out
])
def test_a_general_department_named_in_lower_case_launches_nationally(text, issuer):
    draft = extract(text)
    assert (draft.values["province"], draft.values["issuer"]) == ("toan-quoc", issuer)


def test_the_decision_under_a_plans_title_is_its_number_below_a_long_page_preamble():
    preamble = ("Tải bản đầy đủ (.doc) (8 trang)\n\nKe hoach thi dua nam 2019\n\nBạn đang xem bản rút gọn của tài liệu. "
                "Xem và tải ngay bản đầy đủ của tài liệu tại đây\n\n")  # an aggregator's lines above the plan
    facts = stated(preamble + "ỦY BAN NHÂN DÂN\n\nTỈNH TUYÊN QUANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                   "Độc lập - Tự do - Hạnh phúc\nTuyên Quang, ngày 08 tháng 01 năm 2019\nKẾ HOẠCH\n"
                   "Phát động phong trào thi đua năm 2019\n"
                   "(Ban hành kèm theo Quyết định số 15/QĐ-UBND\nngày 8 tháng 1 năm 2019 của UBND tỉnh Tuyên Quang)\n"
                   "Để tạo khí thế thi đua sôi nổi, UBND tỉnh phát động phong trào thi đua năm 2019 như sau:\n",
                   {"number": 0, "province": 0})
    assert facts == {"number": "15/QĐ-UBND", "province": "tuyen-quang"}


def test_a_launch_in_the_clause_that_builds_on_past_results_keeps_its_years():
    draft = extract("Hội Nông dân huyện phát động thi đua\nNgày 12/3/2024, Hội Nông dân huyện Yên Thế tổ chức hội nghị "
                    "nhằm phát huy những kết quả đạt được và phát động phong trào thi đua sản xuất giỏi giai đoạn "
                    "2024-2025.\n")
    assert draft.values["period"] == {"start": "2024", "end": "2025"}


def test_a_plans_own_number_printed_above_its_issuing_decision_stays_its_number():
    preamble = "Tải bản đầy đủ (.doc) (6 trang)\n\nKe hoach thi dua 2016\n\nBạn đang xem bản rút gọn của tài liệu.\n\n"
    facts = stated(preamble + "BỘ TƯ PHÁP\n\nSố: 07/KH-BTP\n\nHà Nội, ngày 07 tháng 01 năm 2016\nKẾ HOẠCH\n"
                   "Phát động phong trào thi đua ngành Tư pháp năm 2016\n(Ban hành kèm theo Quyết định số 41/QĐ-BTP\n"
                   "ngày 07 tháng 01 năm 2016 của Bộ trưởng Bộ Tư pháp)\n", {"number": 0})
    assert facts == {"number": "07/KH-BTP"}


def test_a_plan_about_summing_up_a_movement_is_refused():
    with pytest.raises(NotAPlan, match="summing-up"):
        extract("Triển khai tổng kết phong trào thi đua “Cả nước chung tay vì người nghèo”\nNgày 5/10/2020, UBND tỉnh "
                "Phú Yên ban hành Kế hoạch số 2210/KH-UBND về việc tổng kết phong trào thi đua “Cả nước chung tay vì "
                "người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2016-2020 trên địa bàn tỉnh.\n")


def test_a_numbered_urban_district_gives_ho_chi_minh_city():
    facts = stated("Quận 7 phát động thi đua năm 2018\nNgày 9/3/2018, Ủy ban nhân dân Quận 7 tổ chức hội nghị tổng kết "
                   "phong trào thi đua năm 2017 và phát động phong trào thi đua yêu nước năm 2018.", {"province": 0})
    assert facts == {"province": "ho-chi-minh"}


def test_a_page_stamp_with_dashes_gives_a_launch_day_its_year():
    facts = stated("Phú Giáo phát động thi đua giai đoạn 2020-2025\nCập nhật: 14-06-2020 | 09:12:40\nSáng 12-6, huyện "
                   "Phú Giáo tổ chức hội nghị tuyên dương điển hình tiên tiến và phát động phong trào thi đua giai đoạn "
                   "2020-2025.", {"issued": 0, "period": 0})
    assert facts == {"issued": "2020-06-12", "period": {"start": "2020", "end": "2025"}}


@pytest.mark.parametrize("text", [
    "Hội nghị tổng kết thi đua năm 2018 của Sở Tư pháp các tỉnh Bắc Trung Bộ\nNgày 15/3/2019, Cụm thi đua Sở Tư "
    "pháp các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết năm 2018 và phát động phong trào thi đua năm 2019. Sở Tư "
    "pháp tỉnh Hà Tĩnh, Cụm trưởng năm 2019, chủ trì hội nghị.",
    "Hội nghị ký kết giao ước thi đua năm 2023\nNgày 10/3/2023, tại thành phố Hải Dương, các đơn vị tổ chức hội nghị "
    "triển khai kế hoạch phát động phong trào thi đua năm 2023. Dự hội nghị có lãnh đạo Sở Xây dựng tỉnh Hải Dương và "
    "đại diện các sở thành viên, cùng đông đảo cán bộ, công chức của các đơn vị trong vùng. Hội nghị đã nghe báo cáo "
    "kết quả năm 2022 và thảo luận các nhiệm vụ trọng tâm của năm 2023, bàn biện pháp nâng cao chất lượng phong trào. "
    "Các đơn vị cũng trao đổi kinh nghiệm trong công tác quản lý nhà nước về xây dựng và quy hoạch đô thị. Cụm Thi đua "
    "số 2 - Bộ Xây dựng gồm 6 tỉnh, thành phố khu vực đồng bằng sông Hồng đã xây dựng kế hoạch phát động đợt thi đua.",
])
def test_a_cluster_of_several_provinces_bodies_gives_no_province_where_it_meets(text):
    assert stated(text, {"province": 0}) == {"province": None}


def test_a_campaign_of_a_year_and_the_years_after_has_no_end():
    facts = stated("Sở Y tế tỉnh Quảng Bình phát động thi đua\nSáng 20/3/2021, Giám đốc Sở Y tế tỉnh Quảng Bình phát động "
                   "phong trào thi đua năm 2021 và những năm tiếp theo trong toàn ngành.", {"period": 0})
    assert facts == {"period": {"start": "2021"}}


def test_a_union_of_the_whole_country_abbreviated_is_national():
    assert stated("Ngành đường sắt thi đua năm 2013\nTại Hà Nội, ngày 9-1, Công đoàn Đường sắt VN đã tổ chức hội nghị "
                  "tổng kết công tác năm 2012 và phát động phong trào thi đua năm 2013.",
                  {"province": 0}) == {"province": "toan-quoc"}


@pytest.mark.parametrize("text", [
    "Power workers emulate\nThe Quang Tri Power Company under Vietnam Electricity (EVN) on June 2 launched an "
    "emulation drive among its workers.",
    "Rail workers emulate\nThe Da Nang branch of Vietnam Railways Corporation launched an emulation campaign for the "
    "summer timetable.",
    "Power workers emulate\nOn May 9, EVN Quang Tri launched an emulation drive among its workers.",
    "Fuel workers emulate\nNghe An (VNA) – Petrolimex has launched an emulation drive among its stations in the "
    "province.",
    "Grid safety drive\nOn March 2, EVN launched an emulation drive for grid safety.\nResponding to the drive, the "
    "Power Company of the North launched its own emulation campaign.",
])
def test_an_english_provinces_unit_named_with_its_national_group_is_not_filed_nationwide(text):
    assert stated(text, {"province": 0})["province"] != "toan-quoc"


def test_a_related_storys_headline_below_the_lead_gives_no_province():
    text = ("Phát động thi đua giữ phố sạch đẹp tại phường Yên Sở\n"
            "Sáng 12/3, UBND phường Yên Sở đã tổ chức lễ phát động phong trào thi đua “Phố sạch, nhà đẹp” năm 2025.\n"
            "TP Đà Nẵng: Ra quân dọn dẹp sau lũ\n"
            "Phong trào kêu gọi mỗi hộ dân giữ gìn vệ sinh trước cửa nhà.")
    assert stated(text, {"province": 0}) == {"province": None}  # not "TP Đà Nẵng" of another story


def test_the_years_after_a_quoted_movement_of_emulation_are_its_period():
    text = ("Công chức thi đua văn minh nơi công sở\n"
            "UBND tỉnh Lạng Sơn vừa ban hành kế hoạch tổ chức phong trào “Công chức, viên chức thi đua làm việc văn "
            "minh” giai đoạn 2026 - 2030 trong các cơ quan của tỉnh.")
    assert stated(text, {"period": 0}) == {"period": {"start": "2026", "end": "2030"}}


def test_the_day_a_council_adopts_a_launching_plan_is_not_its_issue_date():
    text = ("Thông qua kết quả thi đua năm 2025\n"
            "Ngày 6-2, Hội đồng Thi đua - Khen thưởng tỉnh Hà Giang họp và thông qua kế hoạch phát động phong trào thi đua "
            "yêu nước năm 2026.\nTheo kế hoạch, phong trào được phát động với chủ đề “Đoàn kết, sáng tạo”.")
    assert stated(text, {"issued": 0, "period": 0}) == {"issued": None, "period": {"start": "2026", "end": "2026"}}


def test_the_year_of_the_congress_a_movement_was_launched_at_is_not_its_period():
    text = ("Ngành Tư pháp thi đua\n"
            "“Đoàn kết, sáng tạo” là chủ đề của phong trào thi đua yêu nước ngành Tư pháp tỉnh Yên Bái giai đoạn 2021 - "
            "2025 được Giám đốc Sở phát động tại Đại hội Thi đua yêu nước ngành lần thứ V, năm 2020 vừa diễn ra.")
    assert stated(text, {"period": 0})["period"] in (None, {"start": "2021", "end": "2025"})  # not the congress's 2020


@pytest.mark.parametrize("text, period", [
    ("Quang Tri issues plan on rural emulation\nThe Quang Tri Provincial People's Committee has issued Plan No. "
     "27/KH-UBND dated March 3, 2026, on the emulation movement \"Quang Tri joins hands for new rural areas\" in the "
     "2026-2030 period.", {"start": "2026", "end": "2030"}),
    # the years of the movement the plan is issued on give way to those the province launches it for
    ("Poverty emulation in Kon Tum\nOn March 5, 2026, the Kon Tum People's Committee issued a plan on the emulation "
     "movement \"Joining hands for the poor\" in the 2026-2030 period.\nUnder the plan, the province launches the "
     "movement for 2026.", {"start": "2026", "end": "2026"}),
])
def test_english_years_of_the_movement_a_plan_is_issued_on(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


def test_a_former_province_named_as_before_the_merger_is_not_the_plans():
    text = ("Xã Đồng Văn phát động thi đua cuối năm\n"
            "Ngày 20/8, UBND xã Đồng Văn, tỉnh Tuyên Quang tổ chức hội nghị phát động phong trào thi đua hoàn thành các "
            "chỉ tiêu năm 2025. Xã được thành lập từ thị trấn Đồng Văn và các xã lân cận thuộc huyện Đồng Văn (tỉnh Hà "
            "Giang trước đây).")
    assert stated(text, {"province": 0}) == {"province": "tuyen-quang"}


def test_a_venue_given_as_a_city_abbreviated_tp_with_its_province_in_brackets_is_no_issuer():
    text = ("Phát động thi đua cao điểm của Bộ Tư lệnh Vùng Hải quân 2\n"
            "Ngày 3/6, tại Tp. Nha Trang (Tỉnh Khánh Hòa), Bộ Tư lệnh Vùng Hải quân 2 tổ chức Lễ phát động thi đua cao "
            "điểm “60 ngày đêm hành động kiểu mẫu”.")
    assert stated(text, {"province": 0}) == {"province": None}  # the venue's, not the command's


@pytest.mark.parametrize("text, period", [
    ("Police emulate\nThe police of Ben Tre province on March 4 launched the emulation movement \"For national "
     "security\" for 2025 and 2026, focusing on crime prevention.", {"start": "2025", "end": "2026"}),
    ("Border guards emulate\nThe Ha Giang Border Guard Command on April 2 launched an emulation movement \"Border "
     "guards for the people\" in 2024 and 2025.", {"start": "2024", "end": "2025"}),
])
def test_an_english_campaign_for_two_years_told_with_and(text, period):
    assert stated(text, {"period": 0}) == {"period": period}


@pytest.mark.parametrize("text", [
    "Hau Giang emulates for clean water\nOn March 10, 2025, the Hau Giang People's Committee launched an emulation "
    "movement for clean water in rural areas. Round one runs from March 10 to June 30, 2025, for the districts along "
    "the river. Round two of the movement takes in the rest of the province.",
    "Binh Phuoc emulates in digital skills\nThe Binh Phuoc People's Committee on April 2, 2025 launched an emulation "
    "movement on digital skills. The first phase runs from April 2 to December 31, 2025; the second and third phases "
    "will be carried out in the following years.",
])
def test_an_english_campaigns_first_round_or_phase_is_not_its_whole_span(text):
    """A later round, or phases told together ("the second and third phases"), leaves the first one's span short of
    the campaign's: no period."""
    assert stated(text, {"period": 0}) == {"period": None}


def test_a_numbers_type_is_its_first_code_only():
    """An official letter's symbol names its body, then the office that drafted it: 1554/UBND-KH is the letter of a
    district's planning office, no Plan; the letter is named, so it is a Công văn."""
    text = ("Huyện Yên Thế phát động thi đua cuối năm\n"
            "Ngày 12/10/2024, UBND huyện Yên Thế có Công văn số 1554/UBND-KH phát động thi đua hoàn thành các chỉ tiêu "
            "kinh tế - xã hội năm 2024.")
    assert stated(text, {"number": 0, "type": 0}) == {"number": "1554/UBND-KH", "type": "CV"}


@pytest.mark.parametrize("plan, launch_day", [
    ("Thực hiện Kế hoạch số 52/KH-UBND ngày 8/3/2024 của UBND huyện, phong trào thi đua được triển khai",
     None),  # its own
    ("Thực hiện Kế hoạch số 18/KH-UBND ngày 2/3/2024, đợt thi đua được tổ chức",
     None),  # nobody's named: may be its own
    ("Căn cứ Kế hoạch số 52/KH-UBND ngày 8/3/2024 của UBND huyện, đợt thi đua cao điểm được triển khai",
     None),  # its own, told with "Căn cứ", of a peak drive
    ("Theo Kế hoạch số 30/KH-UBND ngày 20/2/2024 của UBND tỉnh, phong trào được triển khai", "2024-03-14"),  # a higher
    # body's, that the district carries out: the launch is told with no plan of its own
])
def test_a_launch_beside_its_own_dated_plan_whose_number_is_not_read_leaves_the_issue_date_for_review(plan, launch_day):
    """The launch day is the issue date only of a launch told with no plan of its own; a dated plan that sets the
    campaign out, whose number ingest does not take, said to be nobody's or the launcher's, leaves the date empty with
    that plan named, rather than the ceremony's day."""
    for stamp in ("15/03/2024 09:10\n", ""):  # (without the page's date, the launch day's year is the campaign's)
        launch = (f"Yên Minh phát động thi đua xây dựng nông thôn mới\n{stamp}Sáng 14/3, UBND huyện Yên Minh tổ "
                  "chức lễ phát động phong trào thi đua “Yên Minh chung sức xây dựng nông thôn mới” năm 2024.\n")
        draft = extract(f"{launch}{plan} tại 18 xã, thị trấn.\n")
        assert draft.values.get("issued") == launch_day
        assert launch_day or plan.split(",")[0] in draft.missing["issued"]
        assert extract(launch).values["issued"] == "2024-03-14"  # without it: the launch day


@pytest.mark.parametrize("launch, plan, issued", [
    ("Sáng 14/3, tại xã Minh Ngọc, Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện Bắc Mê tổ chức lễ phát động",
     "của UBND huyện", None),  # four bodies launching together: the committee is one of them
    ("Sáng 14/3, Hội LHPN xã Minh Ngọc tổ chức lễ phát động. Phó Chủ tịch UBND huyện Bắc Mê dự và phát biểu chỉ đạo "
     "tại lễ phát động", "của UBND huyện", "2024-03-14"),  # a guest, not a launcher
    ("Sáng 14/3, đồng chí Nguyễn Văn Hải, Tỉnh ủy viên, Bí thư Huyện ủy Bắc Mê phát động",
     "của Ban Thường vụ Tỉnh ủy", "2024-03-14"),  # a member of the provincial committee leads the district's
    ("Sáng 14/3, Chi cục Thuế khu vực Bắc Mê, Cục Thuế tỉnh Hà Giang tổ chức lễ phát động",
     "của Cục Thuế tỉnh", "2024-03-14"),  # the parent unit after a comma
    ("Sáng 14/3, Kho bạc Nhà nước Hà Giang tổ chức lễ phát động", "của Kho bạc Nhà nước", "2024-03-14"),  # a national
    # body's plan, carried out by its branch
    ("Sáng 14/3, Agribank Chi nhánh tỉnh Hà Giang tổ chức hội nghị phát động", "của Agribank",
     "2024-03-14"),  # a bank's branch
    ("Sáng 14/3, UBND xã Minh Ngọc tổ chức lễ phát động phong trào thi đua. Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND "
     "huyện Bắc Mê phát động", "của UBND huyện", "2024-03-14"),  # a district's leader at a commune's ceremony
    ("Sáng 14/3, đồng chí Nguyễn Văn An, Chủ tịch UBND huyện Bắc Mê phát động", "của UBND huyện", None),  # the leader
    # who launches for his own body
    ("Sáng 14/3, Trung tâm Y tế huyện Bắc Mê tổ chức lễ phát động phong trào thi đua. Phát biểu chỉ đạo, bác sĩ Lê Văn "
     "An, Phó Giám đốc Sở Y tế đề nghị Trung tâm tiếp tục phát động", "của Sở Y tế", "2024-03-14"),  # a speaker who
    # urges the launcher
    ("Sáng 14/3, Đội Quản lý thị trường số 3, Cục Quản lý thị trường tỉnh Hà Giang tổ chức lễ phát động",
     "của Cục Quản lý thị trường tỉnh", "2024-03-14"),  # the parent after a comma
    ("(BHG) - Sáng 14/3, UBND thành phố Uông Bí tổ chức lễ phát động", "của UBND thành phố", None),  # a city of a
    # province: "UBND thành phố" is its own
    ("Sáng 14/3, UBND TP Uông Bí tổ chức lễ phát động", "của UBND thành phố", None),  # the same, "TP" for "thành phố"
    ("Sáng 14/3, Công an tỉnh Hà Giang tổ chức lễ ra quân, phát động", "của Giám đốc Công an tỉnh", None),  # its
    # head's plan
    ("Sáng 14/3, UBND TP. Cần Thơ tổ chức lễ phát động", "của UBND thành phố", None),  # a province-level city's own
    ("Sáng 14/3, UBND TP Thủ Đức tổ chức lễ phát động", "của UBND Thành phố", "2024-03-14"),  # the city that is a
    # province, above the city within it
    ("Bà Rịa - Vũng Tàu - Sáng 14/3, UBND huyện Long Điền tổ chức lễ phát động", "của UBND huyện", None),  # the
    # province's name, with its own dash, before the lead: the district's own plan
    ("Tỉnh Đoàn Quảng Nam - Sáng 14/3, lễ phát động", "của Tỉnh Đoàn", None),  # a body's name before the dash is
    # no place's: its own plan
    ("Sáng 14/3, dưới sự chỉ đạo của Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện, Hội LHPN huyện Bắc Mê tổ chức lễ phát "
     "động", "của UBND huyện", "2024-03-14"),  # bodies that direct the launcher
])
def test_whose_dated_plan_may_be_the_launchers_is_read_from_the_body_that_launches(launch, plan, issued):
    """A dated plan said to be the launcher's leaves the issue date for review; one of a guest, of a higher committee a
    leader is a member of, of a parent unit, of the national body whose branch launches, of bodies that direct the
    launcher, leaves the launch day."""
    text = (f"Phát động thi đua xây dựng nông thôn mới\n15/03/2024 09:10\n{launch} phong trào thi đua “Chung sức "
            f"xây dựng nông thôn mới” năm 2024.\nThực hiện Kế hoạch số 52/KH-UBND ngày 8/3/2024 {plan}, phong trào thi "
            "đua được triển khai tại 18 xã, thị trấn.\n")
    assert extract(text).values.get("issued") == issued


@pytest.mark.parametrize("plan, issued", [
    ("Theo Kế hoạch số 21/KH-UBND ngày 8/3/2024", None),  # a committee's, where a committee launches: maybe its own
    ("Theo Kế hoạch số 21/KH-SNV ngày 8/3/2024", "2024-03-14"),  # a department's, where a committee launches
    ("Theo Chỉ thị số 12/CT-TTg ngày 8/3/2024", "2024-03-14"),  # the Prime Minister's
    ("Theo Kế hoạch số 21/KH-UBND ngày 10/2/2024", "2024-03-14"),  # over a month before: an earlier drive's
])
def test_a_dated_plan_said_to_be_nobodys_may_be_the_launchers_only_by_its_symbol_and_its_day(plan, issued):
    text = ("Phát động thi đua xây dựng nông thôn mới\n15/03/2024 09:10\nSáng 14/3, UBND xã Minh Ngọc tổ chức lễ phát "
            f"động phong trào thi đua xây dựng nông thôn mới năm 2024.\n{plan}, phong trào thi đua được triển khai "
            "tại 9 thôn.\n")
    assert extract(text).values.get("issued") == issued


@pytest.mark.parametrize("launch", [
    "Sáng 5/3, với sự tham dự của hơn 500 đoàn viên, thanh niên, Huyện đoàn Lục Nam tổ chức lễ phát động",  # an
    # audience, not a guest
    "Tại hội nghị sáng 5/3, đồng chí Nguyễn Văn Thắng, Bí thư Huyện đoàn Lục Nam phát biểu chỉ đạo và phát động",  # a
    # leader who speaks and launches
    "Sáng 5/3, Huyện đoàn Lục Nam đã tổ chức lễ phát động",  # told as done, with no other launch but the headline's
    "(BG) - Sáng 5/3, dưới sự chỉ đạo của Huyện ủy, UBND huyện, Huyện đoàn Lục Nam tổ chức lễ phát động",  # the last
    # of the bodies named after "của"
    "BG - Hướng tới kỷ niệm 93 năm Ngày thành lập Đoàn, sáng 5/3, trước sự chứng kiến của 300 đoàn viên, Huyện đoàn "
    "Lục Nam tổ chức lễ phát động",  # a paper's tag, an occasion, an audience
    "Sáng 5/3, Huyện đoàn Lục Nam đã tổ chức lễ phát động đợt thi đua. Sau lễ phát động, các chi đoàn trong huyện tiếp "
    "tục tổ chức phát động",  # told as done, with the units' launches after it
])
def test_the_launchers_own_plan_is_read_whoever_else_the_launch_sentence_names(launch):
    text = (f"Lục Nam phát động đợt thi đua Tháng Thanh niên\n06/03/2024 10:00\n{launch} đợt thi đua cao điểm chào "
            "mừng 93 năm Ngày thành lập Đoàn.\nTheo Kế hoạch số 25-KH/HĐTN ngày 28/2/2024 của Ban Thường vụ Huyện "
            "đoàn, đợt thi đua được triển khai từ ngày 5/3 đến ngày 26/3/2024.\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == ("25-KH/HĐTN", "2024-02-28")


@pytest.mark.parametrize("launcher, owner", [
    ("UBND TP Đà Nẵng", "UBND thành phố"),  # "TP" for "thành phố"
    ("UBND thành phố Đà Nẵng", "UBND TP"),
])
def test_a_citys_own_dated_plan_however_the_city_is_spelt_leaves_the_issue_date_for_review(launcher, owner):
    """The launcher's own plan, whose number is not taken (a city's spellings are matched only to hold a date back:
    S244 found parents after a comma matched once they stated numbers)."""
    text = (f"Phát động đợt thi đua cao điểm\n10/04/2025 08:20\nChiều 9/4, {launcher} tổ chức lễ phát động đợt thi đua "
            f"cao điểm chào mừng 50 năm Ngày giải phóng miền Nam.\nTheo Kế hoạch số 88/KH-UBND ngày 7/4/2025 của {owner}, "
            "đợt thi đua diễn ra từ ngày 9/4 đến ngày 2/9/2025.\n")
    draft = extract(text)
    assert "issued" not in draft.values and "88/KH-UBND" in draft.missing["issued"]
    same = extract(text.replace(launcher, "UBND TPHCM").replace(owner + ",", "UBND TP,"))  # printed alike: its own
    assert (same.values.get("number"), same.values.get("issued")) == ("88/KH-UBND", "2025-04-07")


@pytest.mark.parametrize("launch, owner, number", [
    ("Sáng 14/3, UBND phường Lê Chân tổ chức lễ phát động", "UBND phường", "25/KH-UBND"),  # the ward's own
    ("Sáng 14/3, đồng chí Nguyễn Văn An, Thành ủy viên, Bí thư Đảng ủy phường Lê Chân phát động", "Thành ủy",
     None),  # a member of the city's Party committee, launching for the ward's
    ("Sáng 14/3, Thành đoàn TP Thủ Đức tổ chức lễ phát động", "Thành đoàn", None),  # the city that is a province's
    # youth union, above the one of the city within it
    ("Sáng 14/3, UBND phường Lê Chân tổ chức lễ phát động. Phát biểu tại buổi lễ, Phó Chủ tịch UBND TP Hải Phòng đề "
     "nghị các phường tiếp tục phát động", "UBND TP", None),  # a speaker who urges others to launch
])
def test_a_plan_that_sets_out_the_campaign_is_its_own_only_of_the_body_that_launches(launch, owner, number):
    text = (f"Phát động thi đua xây dựng đô thị văn minh\n15/03/2024 09:10\n{launch} phong trào thi đua xây dựng đô thị "
            f"văn minh năm 2024.\nTheo Kế hoạch số 25/KH-UBND ngày 8/3/2024 của {owner}, phong trào được triển khai từ "
            "nay đến hết năm 2024.\n")
    assert extract(text).values.get("number") == number


@pytest.mark.parametrize("launcher", ["phường Hải Châu, TP Đà Nẵng", "UBND phường Hải Châu, thành phố Đà Nẵng"])
def test_the_city_a_ward_is_placed_in_is_not_the_launcher(launcher):
    """A ward named with its city after a comma launches; the city's plan it carries out is not its own."""
    text = ("Phường Hải Châu phát động thi đua\n12/09/2025 16:45\nThực hiện Kế hoạch số 112/KH-UBND ngày 3/9/2025 của "
            f"thành phố, sáng 12/9, {launcher} tổ chức lễ phát động phong trào thi đua lập thành tích chào mừng Đại hội "
            "Đảng bộ thành phố.\nPhong trào diễn ra từ ngày 12/9/2025 đến hết ngày 31/12/2025.\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == (None, "2025-09-12")


@pytest.mark.parametrize("plan", [
    "Thực hiện Chỉ thị số 21/CT-TTg ngày 2/5/2024 của Thủ tướng Chính phủ",  # the Prime Minister's, though he too
    # launches in the text
    "Theo Kế hoạch số 120/KH-UBND ngày 8/5/2024",  # nobody's named, carried out across the province
])
def test_a_national_or_a_province_wide_plan_is_not_the_districts_own(plan):
    text = ("Phát động thi đua xóa nhà tạm\n15/05/2024 09:10\nNgày 13/4/2024, Thủ tướng Chính phủ phát động phong trào "
            "thi đua “Cả nước chung tay xóa nhà tạm”. Sáng 14/5, UBND huyện Bắc Mê tổ chức lễ phát động phong trào thi "
            f"đua xóa nhà tạm trên địa bàn huyện.\n{plan}, phong trào thi đua được triển khai trên địa bàn toàn "
            "tỉnh.\n")
    assert extract(text).values.get("issued") == "2024-05-14"


@pytest.mark.parametrize("where, issued", [
    ("tại 9 thôn của xã", None),  # the commune's own
    ("tại 22 xã, thị trấn", "2024-03-14"),  # the district's, carried out across its communes
    ("trên địa bàn toàn tỉnh", "2024-03-14"),  # the province's
])
def test_a_dated_plan_of_nobody_named_is_the_communes_only_across_the_commune(where, issued):
    text = ("Phát động thi đua xây dựng nông thôn mới\n15/03/2024 09:10\nSáng 14/3, UBND xã Minh Ngọc tổ chức lễ phát "
            "động phong trào thi đua xây dựng nông thôn mới năm 2024.\nTheo Kế hoạch số 21/KH-UBND ngày 8/3/2024, "
            f"phong trào thi đua được triển khai {where}.\n")
    assert extract(text).values.get("issued") == issued


def test_a_campaign_from_now_starts_on_the_launch_day_though_the_issue_date_is_left_for_review():
    text = ("Yên Minh phát động thi đua xây dựng nông thôn mới\n15/03/2024 09:10\nSáng 14/3, UBND huyện Yên Minh tổ "
            "chức lễ phát động phong trào thi đua xây dựng nông thôn mới năm 2024.\nThực hiện Kế hoạch số 52/KH-UBND "
            "ngày 8/3/2024 của UBND huyện, phong trào thi đua được triển khai từ nay đến hết năm 2024.\n")
    draft = extract(text)
    assert "issued" not in draft.values and draft.values["period"] == {"start": "2024-03-14", "end": "2024"}


def held_for_review(text: str) -> str:
    """The note with which ingest leaves the issue date of ``text`` for review, naming a plan told beside its launch
    that may be the launch's own (its number stated neither); "" where it does not."""
    draft = extract(text)
    note = draft.missing.get("issued", "")
    held = draft.values.get("number") is None and "issued" not in draft.values and "may be this plan's" in note
    return note if held else ""


def assert_held_for(text: str, number: str | None, launch_day: str) -> None:
    """Ingest leaves the issue date of ``text`` for review naming the plan ``number``, or, with None, keeps the day of
    its launch, ``launch_day``."""
    if number:
        assert number in held_for_review(text)
    else:
        assert not held_for_review(text) and extract(text).values.get("issued") == launch_day


@pytest.mark.parametrize("earlier", [
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về phát động phong trào thi đua này.",
    "Trước đó, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND ngày 4/3/2024 triển khai phong trào.",
    "Trước đó, Chủ tịch UBND huyện đã ký ban hành Kế hoạch số 61/KH-UBND ngày 4/3/2024 về tổ chức phong trào.",
    "Trước đó không lâu, UBND huyện đã có Kế hoạch số 61/KH-UBND ngày 4/3/2024 về tổ chức phong trào.",
    "Trước đó, ngày 4/1/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về phát động phong trào thi đua này.",
    # two months before the article, its subject told as this campaign
    "Trước đó, ngày 4/3/2024, huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức phong trào thi đua.",  # the district
    "Trước đó, ngày 4/3/2024, Huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức phong trào thi đua.",  # by its level
    "Đây là lần thứ hai huyện phát động trong năm. Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số "
    "61/KH-UBND về phát động phong trào thi đua.",  # told after another sentence
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND. Kế hoạch quy định chương trình buổi lễ.",
    # told bare
    "Phong trào được triển khai trong toàn huyện theo Kế hoạch số 61/KH-UBND ngày 4/3/2024 của UBND huyện.",
    "Phong trào được cụ thể hóa bằng Kế hoạch số 61/KH-UBND do anh Lê Văn Tâm, Chủ tịch UBND huyện, ký ban hành ngày "
    "4/3/2024.",  # the leader named before his post
    "Kế hoạch số 61/KH-UBND về phong trào này đã được Chủ tịch UBND huyện ký ban hành ngày 4/3/2024.",
    "Kế hoạch số 61/KH-UBND, ban hành ngày 4/3/2024 của UBND huyện, nêu rõ phong trào kéo dài đến hết năm.",  # told
    # with its issue, after a comma
    "Các xã triển khai Kế hoạch số 61/KH-UBND, ký ngày 4/3/2024 bởi ông Lê Văn Tâm, Chủ tịch UBND huyện.",
    "Theo Kế hoạch số 61/KH-UBND của UBND huyện, ký ngày 4 tháng 3 năm 2024, phong trào được triển khai đến hết năm.",
    # its owner, then its day
    "Trước đó, ngày 4/3, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức phong trào thi đua.",  # no year
    "Trước đó, ngày 4/3/2024, UBND huyện Tân Hiệp đã ban hành Kế hoạch số 61/KH-UBND về phát động phong trào thi đua "
    "và Kế hoạch số 62/KH-UBND về đợt thi đua cao điểm.",  # two plans, the first of the movement launched
])
def test_the_launchers_plan_told_as_issued_before_the_ceremony_holds_the_launch_day_back(earlier):
    text = ("Tân Hiệp phát động thi đua xây dựng nông thôn mới\n12/03/2024 10:20\nSáng 11/3, UBND huyện Tân Hiệp tổ "
            f"chức lễ phát động phong trào thi đua xây dựng nông thôn mới năm 2024.\n{earlier}\n")
    assert "61/KH-UBND" in held_for_review(text)


@pytest.mark.parametrize("earlier", [
    "Trước đó, ngày 4/3/2024, UBND tỉnh đã ban hành Kế hoạch số 61/KH-UBND về phát động phong trào thi đua này.",
    # another body's: the province's, above the district that launches
    "Trước đó, ngày 4/1/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức phong trào thi đua.",
    # issued two months before the article, not told as this campaign's: an earlier year's or phase's
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về phát động phong trào thi đua năm 2023.",
    # another year's campaign
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về phát động đợt thi đua cao điểm.",
    # a peak drive's, where the ceremony launches the movement
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về chuyển đổi số.",  # another topic
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức phong trào thi đua chuyển đổi "
    "số.",  # another movement, unquoted
    "Trước đó, ngày 4/3/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức phong trào thi đua trong công "
    "tác cải cách hành chính.",  # another movement, told after "trong"
])
def test_a_plan_told_as_issued_before_the_ceremony_is_not_the_plan_of_another_body_time_or_campaign(earlier):
    text = ("Tân Hiệp phát động thi đua xây dựng nông thôn mới\n12/03/2024 10:20\nSáng 11/3, UBND huyện Tân Hiệp tổ "
            f"chức lễ phát động phong trào thi đua xây dựng nông thôn mới năm 2024.\n{earlier}\n")
    assert not held_for_review(text) and extract(text).values.get("issued") == "2024-03-11"
    assert not held_for_review(text.replace("UBND huyện Tân Hiệp tổ chức", "Huyện đoàn Tân Hiệp tổ chức"))


@pytest.mark.parametrize("told", [
    "Phong trào được triển khai theo Kế hoạch số 61/KH-UBND mà UBND huyện đã ban hành từ ngày 4/3/2024.",
    "Phong trào được triển khai theo Kế hoạch số 61/KH-UBND mà Ban Thường vụ LĐLĐ huyện ban hành hôm 4/3.",
])
def test_the_plan_that_sets_out_the_campaign_told_as_issued_on_a_day_is_not_of_the_launch_day(told):
    """The plan read as the campaign's own, told as issued by the launcher on a day (not read as its issue date), leaves
    the issue date for review naming it, not the day of the launch."""
    text = ("Tân Hiệp phát động thi đua xây dựng nông thôn mới\n12/03/2024 10:20\nSáng 11/3, UBND huyện Tân Hiệp tổ "
            f"chức lễ phát động phong trào thi đua xây dựng nông thôn mới năm 2024.\n{told}\n")
    draft = extract(text.replace("UBND huyện Tân Hiệp tổ", "Liên đoàn Lao động huyện Tân Hiệp tổ") if "LĐLĐ" in told
                    else text)
    assert draft.values.get("number") == "61/KH-UBND" and "issued" not in draft.values
    assert "61/KH-UBND" in draft.missing["issued"]


@pytest.mark.parametrize("launch, told", [
    ("Ngày 8/7/2024, Ban Chỉ đạo xây dựng nông thôn mới huyện Tân Hiệp tổ chức lễ phát động", "Phong trào được triển "
     "khai theo Kế hoạch số 61/KH-UBND ngày 4/7/2024 của UBND huyện."),  # the district's steering committee
    ("Sáng 8/7, Đảng ủy - HĐND - UBND - UBMTTQ huyện Tân Hiệp tổ chức lễ phát động", "Thực hiện Kế hoạch số "
     "61/KH-UBND ngày 4/7/2024 của UBND huyện, phong trào được triển khai đến hết năm 2024."),  # bodies together
    ("Sáng 8/7, UBND huyện Tân Hiệp tổ chức lễ phát động", "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, UBND "
     "huyện đã ban hành kế hoạch ngày 4/7/2024 về phát động phong trào thi đua này."),  # told as launching, but
    # "this" campaign: not the launch itself
])
def test_a_plan_of_the_body_that_leads_or_shares_the_launch_holds_the_launch_day_back(launch, told):
    text = (f"Tân Hiệp phát động thi đua xây dựng nông thôn mới\n09/07/2024 10:20\n{launch} phong trào thi đua xây "
            f"dựng nông thôn mới năm 2024.\n{told}\n")
    assert held_for_review(text)


@pytest.mark.parametrize("told", [
    "Trước đó, ngày 4/7/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND tổng kết 10 năm xây dựng nông thôn mới.",
    "Ngày 4/7/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND về tổ chức Đại hội Thi đua yêu nước huyện lần thứ V.",
    "Ngày 4/7/2024, UBND huyện đã ban hành Kế hoạch số 61/KH-UBND ra quân Tết trồng cây “Đời đời nhớ ơn Bác Hồ”.",
    "Kế hoạch số 61/KH-BYT do Bộ trưởng ký ngày 4/7/2024 nêu rõ, phong trào kéo dài đến hết năm.",  # a minister's,
    # for a province's department
])
def test_a_plan_of_another_event_or_a_ministers_leaves_a_departments_launch_day(told):
    text = ("Sở Y tế phát động thi đua\n09/07/2024 10:20\nSáng 8/7, Sở Y tế tỉnh Tân An tổ chức lễ phát động phong "
            f"trào thi đua xây dựng nông thôn mới năm 2024.\n{told}\n").replace("UBND huyện", "Sở")
    assert not held_for_review(text) and extract(text).values.get("issued") == "2024-07-08"


def test_a_superiors_plan_is_not_the_launchers_through_a_short_name():
    """A provincial federation's launch told as done, its name written in full, and its plan told with the short name
    ("LĐLĐ tỉnh"): not the district federation's own plan, whose launch the article reports."""
    text = ("Công đoàn huyện Tân Hiệp phát động thi đua\n11/03/2024 10:20\nNgày 4/3, Liên đoàn Lao động tỉnh Kiên "
            "Giang đã tổ chức lễ phát động đợt thi đua “Lao động giỏi, lao động sáng tạo” năm 2024. Sáng 10/3, Liên "
            "đoàn Lao động huyện Tân Hiệp tổ chức lễ phát động đợt thi đua “Lao động giỏi, lao động sáng tạo” năm "
            "2024 trong công nhân, viên chức.\nTheo Kế hoạch số 18/KH-LĐLĐ của LĐLĐ tỉnh, phong trào được triển khai "
            "đến hết năm 2024.\n")
    assert extract(text).values.get("number") is None


@pytest.mark.parametrize("launch, told, issued", [
    ("11/01/2025 09:00\nSáng 10/1, UBND thành phố Huế tổ chức lễ phát động phong trào thi đua năm 2025.", "Trước đó, "
     "ngày 26/12/2024, UBND tỉnh Thừa Thiên Huế đã ban hành kế hoạch về phong trào thi đua yêu nước năm 2025.",
     "2024-12-26"),  # one body renamed: a province become a city
    ("21/01/2025 09:00\nSáng 20/1, UBND thành phố Đông Triều tổ chức lễ phát động phong trào thi đua năm 2025.",
     "Trước đó, ngày 27/12/2024, UBND thị xã Đông Triều đã ban hành kế hoạch về phong trào thi đua yêu nước năm 2025.",
     "2024-12-27"),  # a town become a city
    ("13/03/2024 09:00\nSáng 12/3, UBND huyện Tân Hiệp tổ chức lễ phát động phong trào thi đua năm 2024.", "Trước đó, "
     "ngày 1/3/2024, UBND huyện đã ban hành kế hoạch về phong trào thi đua yêu nước năm 2024.", "2024-03-01"),  # told
    # in other words
])
def test_the_day_of_the_launchers_own_unnumbered_plan_is_its_issue_date(launch, told, issued):
    """The launcher's own plan told as issued on a day, however the text words its subject or names the body (review
    S269), gives the issue date, not the launch's day."""
    assert extract(f"Phát động thi đua\n{launch}\n{told}\n").values.get("issued") == issued


def test_a_hospital_named_central_is_no_national_body():
    """"Trung ương" inside a hospital's name makes it no national body: its own dated plan holds its launch day back."""
    text = ("Bệnh viện Trung ương Huế phát động thi đua\n13/03/2024 10:00\nSáng 12/3, Bệnh viện Trung ương Huế tổ chức "
            "lễ phát động phong trào thi đua “Đổi mới phong cách phục vụ” năm 2024.\nPhong trào được triển khai trong "
            "toàn bệnh viện theo kế hoạch ngày 4/3/2024 của Bệnh viện Trung ương Huế.\n")
    assert held_for_review(text)


def test_a_national_bodys_plan_is_not_its_local_committees_however_spelt():
    """"Ủy ban MTTQ Việt Nam" (the national committee) begins the name of a commune's "Ủy ban Mặt trận Tổ quốc Việt Nam
    xã …": its plan is not the commune's own."""
    text = ("Mặt trận xã Yên Thế phát động thi đua vì người nghèo\n12/09/2025 15:45\nSáng 12/9, Ủy ban Mặt trận Tổ "
            "quốc Việt Nam xã Yên Thế tổ chức lễ phát động phong trào thi đua “Vì người nghèo” trên địa bàn xã. Theo "
            "Kế hoạch số 31/KH-MTTW-BTT của Ủy ban MTTQ Việt Nam, phong trào được triển khai đến hết năm 2025.\n")
    for spelt in (text, text.replace("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban MTTQ Việt Nam xã")):
        assert extract(spelt).values.get("number") is None


@pytest.mark.parametrize("owner", ["huyện", "Huyện", "thành phố"])
def test_a_plan_told_as_a_places_is_not_that_of_a_body_named_after_the_place(owner):
    """A plan told as issued by a place alone ("huyện đã ban hành …") is its People's Committee's: not the launcher's
    where that is another body of the place (its youth union) or only the place a ward launching is in."""
    for launch in ("Huyện đoàn Tân Hiệp tổ chức lễ phát động", "phường Tân Hiệp, TP Rạch Giá tổ chức lễ phát động"):
        text = (f"Tân Hiệp phát động thi đua xây dựng nông thôn mới\n12/03/2024 10:20\nSáng 11/3, {launch} phong trào "
                f"thi đua xây dựng nông thôn mới năm 2024.\nTrước đó, ngày 4/3/2024, {owner} đã ban hành Kế hoạch số "
                "61/KH-UBND về tổ chức phong trào thi đua.\n")
        assert not held_for_review(text) and extract(text).values.get("issued") == "2024-03-11"


@pytest.mark.parametrize("owner, launcher", [
    ("Kho bạc Nhà nước", "Kho bạc Nhà nước Hà Giang"),  # the national body, not its branch
    ("UBND huyện Châu Thành", "UBND huyện Châu Thành A"),  # a neighbour whose name the launcher's begins
    ("UBND xã Tân Phú", "UBND xã Tân Phú Trung"),
])
def test_a_plan_told_as_issued_before_the_ceremony_is_not_the_plan_of_a_body_of_like_name(owner, launcher):
    text = (f"Phát động thi đua năm 2024\n12/03/2024 10:20\nSáng 11/3, {launcher} tổ chức lễ phát động phong trào thi "
            f"đua năm 2024.\nTrước đó, ngày 4/3/2024, {owner} đã ban hành Kế hoạch số 61/KH-UBND về phát động phong "
            "trào thi đua năm 2024.\n")
    assert not held_for_review(text)
    assert "61/KH-UBND" in held_for_review(text.replace(f", {owner} đã", f", {launcher} đã"))


@pytest.mark.parametrize("text, number", [
    ("Phát động thi đua chuyển đổi số\n15/10/2024 20:40\nChiều 14/10, UBND TP.HCM tổ chức lễ phát động phong trào thi "
     "đua chuyển đổi số.\nTheo Kế hoạch số 5120/KH-UBND ngày 2/10/2024 của UBND TP.HCM, phong trào được triển khai từ "
     "ngày 14/10/2024 đến ngày 31/12/2025.\n", "5120/KH-UBND"),  # one owner, not "UBND TP" cut at its dot
    ("Phát động thi đua chuyển đổi số\n15/10/2024 20:40\nChiều 14/10, UBND Tp. Cần Thơ tổ chức lễ phát động phong "
     "trào thi đua chuyển đổi số.\nTheo Kế hoạch số 5120/KH-UBND ngày 2/10/2024 của UBND Tp. Cần Thơ, phong trào được "
     "triển khai từ ngày 14/10/2024 đến ngày 31/12/2025.\n", "5120/KH-UBND"),
    ("Tp. Vinh phát động thi đua cải cách hành chính\n16/03/2024 10:20\nSáng 15/3, UBND Tp. Vinh tổ chức lễ phát động "
     "phong trào thi đua cải cách hành chính năm 2024.\nTheo Kế hoạch số 70/KH-UBND ngày 6/3/2024 của UBND thành phố, "
     "phong trào được triển khai đến hết tháng 12/2024.\n", "70/KH-UBND"),  # a city spelt "Tp." that launches
])
def test_a_citys_dated_plan_however_its_tp_is_printed_holds_the_launch_day_back(text, number):
    """A city's "TP." or "Tp." cuts neither the owner nor the launcher: its dated plan that sets the campaign out may be
    the plan, so the launch day is not its issue date (left for review; its number is not stated: a city's own launch
    told beside a ward's would make it the ward's)."""
    draft = extract(text)
    assert "issued" not in draft.values and number in draft.missing["issued"]


def test_a_plan_that_sets_out_a_drive_and_its_campaign_is_the_plan():
    text = ("Công an tỉnh ra quân cao điểm dịp Tết\n17/12/2024 10:05\nNgày 16/12, Công an tỉnh Thái Bình tổ chức lễ ra "
            "quân đợt cao điểm trấn áp tội phạm, gắn với phát động đợt thi đua cao điểm “Vì an ninh Tổ quốc”.\nTheo "
            "Kế hoạch số 689/KH-CAT-PV01 ngày 10/12/2024 của Công an tỉnh, đợt cao điểm và đợt thi đua được "
            "triển khai từ ngày 15/12/2024 đến ngày 28/2/2025.\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == ("689/KH-CAT-PV01", "2024-12-10")


@pytest.mark.parametrize("signed, number", [
    ("Kế hoạch số 73/KH-UBND triển khai phong trào do Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Minh ký ngày 19/5/2023.",
     "73/KH-UBND"),  # the leader's name after the post
    ("Buổi lễ được kết nối trực tuyến tới 155 xã, phường. Phong trào được triển khai theo Kế hoạch số 73/KH-UBND do "
     "Chủ tịch UBND tỉnh ký ngày 19/5/2023.", "73/KH-UBND"),  # past a sentence on the ceremony itself
    ("Kế hoạch số 73/KH-UBND triển khai phong trào do Chủ tịch UBND huyện Hoài Nhơn ký ngày 19/5/2023.", None),  # a
    # district's, whose name is no person's
    ("Kế hoạch số 73/KH-UBND do Chủ tịch UBND tỉnh ký ngày 19/5/2023 về cải cách hành chính trong cơ quan nhà nước.",
     None),  # another plan of the launcher's, on a topic the campaign does not name
])
def test_the_launchers_plan_told_as_signed_holds_the_launch_day_back(signed, number):
    text = ("Bình Định phát động thi đua chuyển đổi số\n24/05/2023 15:45\nSáng 24/5, UBND tỉnh Bình Định tổ chức hội "
            f"nghị phát động phong trào thi đua “Bình Định chung tay chuyển đổi số” giai đoạn 2023-2025. {signed}\n")
    assert_held_for(text, number, "2023-05-24")


@pytest.mark.parametrize("signed, number, issued", [
    ("Bộ trưởng Bộ Giáo dục và Đào tạo", None, "2023-09-20"),  # the ministry's plan the department carries out
    ("Thứ trưởng Nguyễn Văn Phúc", None, "2023-09-20"),  # a deputy minister's
    ("ông Trần Quốc Bảo, Chủ nhiệm Tổng cục Chính trị", None, "2023-09-20"),  # a national body's head, named first
    ("Vụ trưởng Vụ Giáo dục Trung học", None, "2023-09-20"),  # a ministry's department
    ("ông Lê Minh Hải, Giám đốc Sở Giáo dục và Đào tạo", "88/KH-SGDĐT", "2023-09-12"),  # the launcher's own director
    ("Giám đốc Lê Minh Hải", "88/KH-SGDĐT", "2023-09-12"),  # by the post and his name
    ("Phó Giám đốc phụ trách Lê Minh Hải", "88/KH-SGDĐT", "2023-09-12"),  # a post ingest cannot tell: no superior's
])
def test_a_plan_that_sets_out_the_campaign_told_as_signed_by_a_superior_is_not_the_launchers(signed, number, issued):
    text = ("Sở GD&ĐT Phú Yên phát động thi đua dạy tốt, học tốt\n21/09/2023 10:00\nSáng 20/9, Sở Giáo dục và Đào tạo "
            "tỉnh Phú Yên tổ chức lễ phát động phong trào thi đua “Dạy tốt, học tốt” năm học 2023-2024.\nPhong trào "
            f"được triển khai theo Kế hoạch số 88/KH-SGDĐT, ký ngày 12/9/2023 bởi {signed}, trong toàn ngành.\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == (number, issued)
    assert draft.values.get("province") == "phu-yen"


@pytest.mark.parametrize("launch, told, number", [
    ("Sáng 16/2, UBND thị xã Buôn Hồ tổ chức lễ phát động", "Phong trào được triển khai theo Kế hoạch số 45/KH-UBND, "
     "ký ngày 10/2/2022 bởi Phó Chủ tịch UBND tỉnh Võ Văn Cảnh, trên phạm vi toàn tỉnh.", None),  # the province's
    ("Sáng 16/2, UBND xã Hòa Lạc (Hà Nội) tổ chức lễ phát động", "Phong trào được triển khai theo Kế hoạch số "
     "45/KH-UBND, ký ngày 10/2/2022 bởi Chủ tịch UBND Thành phố Trần Văn An.", None),  # the city's, over a commune
    ("Thực hiện Kế hoạch số 45/KH-CT ngày 10/2/2022 của Cục Thuế tỉnh, sáng 16/2, Chi cục Thuế khu vực Krông Pắc, Cục "
     "Thuế tỉnh Đắk Lắk tổ chức lễ phát động", "", None),  # the department's, over its branch that launches
    ("Sáng 16/2, UBND thị xã Buôn Hồ tổ chức lễ phát động", "Phong trào được triển khai theo Kế hoạch số 45/KH-UBND, "
     "ký ngày 10/2/2022 bởi Chủ tịch UBND thị xã Trần Văn An.", "45/KH-UBND"),  # its own chairman's
])
def test_a_plan_told_as_signed_by_a_body_above_the_launcher_is_not_the_launchers(launch, told, number):
    text = (f"Buôn Hồ phát động thi đua năm 2022\n16/02/2022 17:05\n{launch} phong trào thi đua “Chung sức xây dựng "
            f"nông thôn mới” năm 2022.\n{told}\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == (number, "2022-02-10" if number
                                                                          else "2022-02-16")


@pytest.mark.parametrize("launch, signed, own", [
    ("Tổng Liên đoàn", "Chủ tịch Tổng Liên đoàn Lao động Việt Nam", True),  # a national body's own plan
    ("Agribank chi nhánh tỉnh Yên Bái", "Giám đốc Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) "
     "chi nhánh tỉnh Yên Bái", True),  # a branch named from the national bank's name
    ("UBND tỉnh Yên Bái", "ông Trần Huy Tuấn, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch UBND tỉnh", True),  # a
    # party title before the post told last
    ("UBND TP Thủ Đức cùng UBND 34 phường", "Chủ tịch UBND Thành phố Thủ Đức Hoàng Minh Tuấn", True),  # a city of a
    # city, "Thành phố" capitalised, with its wards
    ("Hội LHPN tỉnh Yên Bái", "Đoàn Chủ tịch Hội LHPN Việt Nam", False),  # the national union, named by its last words
    ("UBND xã Tân Thịnh, huyện Văn Chấn", "Chủ tịch UBND huyện Văn Chấn", False),  # the district over its commune
    ("UBND phường Yên Thịnh", "Chủ tịch UBND TP Hà Nội", False),  # a centrally-run city written "TP"
    ("Ban đại diện HĐQT Ngân hàng Chính sách xã hội huyện Văn Chấn", "ông Lê Văn Hòa, Phó Chủ tịch UBND huyện, Trưởng "
     "Ban đại diện", True),  # a district's body ("xã" of "xã hội" no commune), its head the district's vice-chairman
    ("UBND thành phố Hà Tĩnh", "Chủ tịch UBND Thành phố", True),  # a province's city writing itself capitalised
    ("UBND thành phố Hà Tĩnh", "Chủ tịch UBND tỉnh Hà Tĩnh", False),  # its province, named alike
    ("UBND đặc khu Phú Quốc", "Chủ tịch UBND tỉnh An Giang", False),  # a special zone, commune-level, after 2025
    ("UBND quận Ninh Kiều", "Phó Chủ tịch UBND thành phố Cần Thơ Lê Văn Tâm", False),  # a city that is a province,
    # its leader's name after it
    ("UBND quận Hoàng Mai", "Phó Chủ tịch UBND Thành phố", False),  # unnamed, over a "quận": a centrally-run city
    ("Hội đồng Thi đua - Khen thưởng huyện Văn Chấn", "Phó Chủ tịch UBND huyện", True),  # a council the committee's
    # leader chairs: of the same level, no superior
])
def test_a_signer_is_a_superior_only_where_plainly_above_the_launcher(launch, signed, own):
    text = (f"Phát động thi đua năm 2023\n10/03/2023 09:00\nSáng 9/3, {launch} tổ chức lễ phát động phong trào thi đua "
            f"năm 2023.\nPhong trào được triển khai theo Kế hoạch số 36/KH-XYZ, ký ngày 2/3/2023 bởi {signed}.\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == (("36/KH-XYZ", "2023-03-02") if own
                                                                          else (None, "2023-03-09"))


def test_a_ministers_plan_is_not_that_of_a_provinces_military_command_that_launches():
    """"Bộ CHQS tỉnh" is no ministry: the plan the minister signed is the ministry's, not the command's."""
    text = ("Bộ CHQS tỉnh Hà Giang ra quân huấn luyện\n06/01/2025 10:30\nSáng 5/1, Bộ CHQS tỉnh Hà Giang tổ chức lễ ra "
            "quân huấn luyện năm 2025 và phát động phong trào thi đua Quyết thắng trong lực lượng vũ trang tỉnh.\n"
            "Năm nay, phong trào được triển khai theo Kế hoạch số 95/KH-BQP do Bộ trưởng ký ngày 20/12/2024 về phong "
            "trào thi đua Quyết thắng năm 2025 trong toàn quân đội.\n")
    draft = extract(text)
    assert (draft.values.get("number"), draft.values.get("issued")) == (None, "2025-01-05")
    assert draft.values.get("province") == "ha-giang"


def test_a_launcher_named_with_its_short_name_in_brackets_is_the_body_its_short_name_tells():
    """"Liên đoàn Lao động (LĐLĐ) tỉnh Bình Phước" is the "Ban Thường vụ LĐLĐ tỉnh" whose plan sets out the campaign:
    the plan is its own, and the day of the ceremony is not that plan's issue date."""
    text = ("LĐLĐ Bình Phước phát động thi đua\n03/05/2023 09:00\nSáng 2/5, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Phước "
            "tổ chức lễ phát động phong trào thi đua “Lao động giỏi” năm 2023.\nPhong trào được triển khai theo kế "
            "hoạch số 41/KH-LĐLĐ mà Ban Thường vụ LĐLĐ tỉnh ban hành hôm 24/4, đến hết tháng 11/2023.\n")
    draft = extract(text)
    assert draft.values.get("number") == "41/KH-LĐLĐ" and "issued" not in draft.values
    assert "41/KH-LĐLĐ" in draft.missing["issued"]


def test_a_plan_of_the_launchers_head_by_a_post_ending_in_truong_holds_the_launch_day_back():
    """"Cục trưởng Cục Thuế tỉnh" is the head of the department that launches, as "Giám đốc Sở …" is: the plan dated
    before the ceremony may be its own, so the ceremony's day is not stated as its issue date."""
    text = ("Cục Thuế Lào Cai phát động thi đua thu ngân sách\n12/03/2024 15:00\nSáng 11/3, Cục Thuế tỉnh Lào Cai tổ "
            "chức lễ phát động đợt thi đua thu ngân sách năm 2024.\nThực hiện Kế hoạch số 40/KH-CT ngày 4/3/2024 của "
            "Cục trưởng Cục Thuế tỉnh, đợt thi đua được triển khai đến hết năm 2024.\n")
    assert "40/KH-CT" in held_for_review(text)


@pytest.mark.parametrize("launch, earlier", [
    ("Sáng 11/3, UBND huyện Cẩm Xuyên tổ chức lễ phát động đợt thi đua cao điểm tháng 4, góp phần thực hiện phong "
     "trào thi đua yêu nước năm 2024.", "Trước đó, ngày 1/3/2024, UBND huyện đã ban hành Kế hoạch số 85/KH-UBND về "
     "tổ chức phong trào thi đua yêu nước năm 2024."),  # the movement the drive serves
    ("Sáng 11/3, UBND huyện Cẩm Xuyên tổ chức lễ phát động đợt thi đua cao điểm tháng 4.", "Trước đó, ngày 1/3/2024, "
     "UBND huyện đã ban hành Kế hoạch số 85/KH-UBND về tổ chức đợt thi đua cao điểm tháng 3."),  # another month's
    ("Sáng 11/3, UBND huyện Cẩm Xuyên tổ chức lễ phát động phong trào thi đua “Cẩm Xuyên chuyển đổi số” năm 2024.",
     "Trước đó, ngày 1/3/2024, UBND huyện đã ban hành Kế hoạch số 85/KH-UBND về phát động phong trào thi đua năm "
     "2024."),  # the year's plan, not the named movement's
])
def test_a_plan_told_as_issued_before_the_headlines_launch_is_not_that_of_another_launch(launch, earlier):
    text = f"Huyện Cẩm Xuyên phát động thi đua\n12/03/2024 10:20\n{launch}\n{earlier}\n"
    assert not held_for_review(text)


def test_the_city_a_ward_is_placed_in_is_no_launcher_when_written_tp_with_a_dot():
    text = ("Phường Mỹ Bình phát động thi đua\n12/03/2024 10:20\nSáng 11/3, UBND phường Mỹ Bình, TP. Long Xuyên tổ "
            "chức lễ phát động phong trào thi đua xây dựng đô thị văn minh năm 2024.\nTheo Kế hoạch số 88/KH-UBND ngày "
            "1/3/2024 của TP. Long Xuyên, phong trào được triển khai tại 13 phường, xã đến hết năm 2024.\n")
    assert extract(text).values.get("number") is None


@pytest.mark.parametrize("told, number", [
    ("Đợt thi đua được triển khai theo Kế hoạch số 15-KH/HNDTW do Chủ tịch Hội Nông dân Việt Nam ký ngày 1/3/2023.",
     None),  # the national body's, not the province's branch (no leader's name)
    ("Kế hoạch số 15/KH-HND do Chủ tịch Hội Nông dân tỉnh ký ngày 1/3/2023 về xây dựng nông thôn mới.", None),  # on
    # a topic the campaign does not name
    ("Hội nghị cũng triển khai phong trào xây dựng đường hoa. Phong trào này được triển khai theo Kế hoạch số "
     "15/KH-HND do Chủ tịch Hội Nông dân tỉnh ký ngày 1/3/2023.", "15/KH-HND"),  # the launcher's plan, whichever of
    # the two campaigns told at the ceremony it sets out: the launch day may not be its date
    ("Đợt thi đua được triển khai theo Kế hoạch số 15/KH-HND do Chủ tịch Hội Nông dân tỉnh ký ngày 1/3/2023.",
     "15/KH-HND"),  # the same plan told after the launch itself may be its own
    ("Kế hoạch số 15/KH-HND do Chủ tịch Hội Nông dân tỉnh ký ngày 1/3/2023 nêu rõ, năm 2023 Hội phấn đấu kết nạp "
     "2.000 hội viên.", "15/KH-HND"),  # the launcher's, its subject untold
    ("Kế hoạch số 15/KH-HND do Chủ tịch Hội Nông dân tỉnh ký ngày 1/3/2023.\nSáng 10/3, Hội Nông dân huyện Lục Nam "
     "tổ chức lễ phát động hưởng ứng phong trào trên địa bàn huyện.", "15/KH-HND"),  # a district's launch after
    # it: the day of neither is the plan's
])
def test_a_plan_told_as_signed_holds_the_launch_day_back_only_for_the_launchers_campaign(told, number):
    text = ("Hội Nông dân phát động thi đua sản xuất giỏi\n14/03/2023 10:15\nSáng 13/3, Hội Nông dân tỉnh Bắc Giang tổ "
            f"chức lễ phát động đợt thi đua sản xuất, kinh doanh giỏi năm 2023. {told}\n")
    assert_held_for(text, number, "2023-03-13")


@pytest.mark.parametrize("text", [
    "Huyện Cẩm Xuyên phát động thi đua\n12/03/2024 10:20\nNgày 5/3, UBND tỉnh Hà Tĩnh tổ chức lễ phát động phong trào "
    "thi đua “Chung tay xóa nhà tạm” trên địa bàn toàn tỉnh.\nTrước đó, ngày 1/3/2024, UBND tỉnh đã ban hành Kế hoạch "
    "số 85/KH-UBND về tổ chức phong trào thi đua “Chung tay xóa nhà tạm”.\n",  # the province's launch, told under the
    # headline of a district's own
    "Đắk Mil phát động thi đua xây dựng nông thôn mới\n12/03/2024 10:20\nSáng 20/2, UBND tỉnh Đắk Nông tổ chức lễ phát "
    "động phong trào thi đua xây dựng nông thôn mới năm 2024. Trước đó, ngày 15/2/2024, UBND tỉnh đã ban hành Kế hoạch "
    "số 140/KH-UBND về tổ chức phong trào thi đua.\nSáng 11/3, UBND huyện Đắk Mil tổ chức lễ phát động hưởng ứng.\n",
    # the province's launch and plan told first, the headline's district launching after
    "Phát động thi đua xây dựng nông thôn mới\n12/03/2024 10:20\nSáng 20/2, UBND tỉnh Đắk Nông tổ chức lễ phát động "
    "phong trào thi đua xây dựng nông thôn mới năm 2024. Trước đó, ngày 15/2/2024, UBND tỉnh đã ban hành Kế hoạch số "
    "140/KH-UBND về tổ chức phong trào thi đua.\nSáng 11/3, lễ phát động hưởng ứng phong trào của huyện Đắk Mil diễn "
    "ra tại xã Đức Mạnh.\n",
    # the same without a headline naming it: a later launch names another place
    "Quận Hải Châu phát động thi đua năm 2025\n04/01/2025 10:00\nChiều 3/1/2025, UBND quận Hải Châu tổ chức hội nghị "
    "phát động phong trào thi đua năm 2025. Trước đó, ngày 26/12/2024, UBND quận đã ban hành Kế hoạch số 05/KH-UBND về "
    "phong trào thi đua, khen thưởng năm 2025.\n",  # the launcher's plan of emulation and commendation work, a week
    # before: the year's plan, perhaps
    "Phát động thi đua “Dân vận khéo”\n13/03/2024 10:05\nNgày 5/3, Ban Thường vụ Tỉnh ủy Quảng Bình tổ chức hội nghị "
    "phát động phong trào thi đua “Dân vận khéo” năm 2024. Trước đó, ngày 28/2/2024, Ban Thường vụ Tỉnh ủy đã ban hành "
    "Kế hoạch số 126-KH/TU về phát động phong trào thi đua này.\nNgày 12/3, huyện Lệ Thủy tổ chức phát động.\n",
    # the launch told first a week before the article: background to the one the article reports
])
def test_a_launch_answered_beside_its_launchers_dated_plan_gives_no_issue_date(text):
    """A superior's launch and its dated plan told first, the article's own launch after or only in its headline, or a
    launch beside the launcher's plan of the year's work: no launch day is the issue date (the plan's may be, whose
    number is not stated: the article may be the later launch's, the plan another)."""
    draft = extract(text)
    assert "issued" not in draft.values and draft.values.get("number") is None


@pytest.mark.parametrize("text, number", [
    ("Quận Hải Châu phát động phong trào thi đua năm 2025\n04/01/2025 10:00\nChiều 3/1/2025, UBND quận Hải Châu tổ "
     "chức hội nghị phát động phong trào thi đua năm 2025 với chủ đề “Hải Châu đoàn kết, đổi mới, phát triển”.\nTrước "
     "đó, ngày 26/12/2024, UBND quận đã ban hành Kế hoạch số 415/KH-UBND về phát động phong trào thi đua năm 2025.\n",
     "415/KH-UBND"),  # the year's plan of the year's movement, launched with a theme
    ("LĐLĐ tỉnh Bắc Ninh phát động “100 ngày thi đua lao động sáng tạo”\n11/04/2024 07:30\nSáng 10/4, Liên đoàn Lao "
     "động tỉnh Bắc Ninh tổ chức lễ phát động đợt thi đua cao điểm “100 ngày thi đua lao động sáng tạo”.\nTrước đó, "
     "ngày 3/4/2024, Liên đoàn Lao động tỉnh đã có Kế hoạch số 28/KH-LĐLĐ về tổ chức đợt thi đua cao điểm “100 ngày "
     "thi đua lao động sáng tạo”.\n", "28/KH-LĐLĐ"),  # a headline naming the launcher by its acronym
])
def test_the_launchers_plan_told_as_issued_under_its_headline_holds_the_launch_day_back(text, number):
    assert number in held_for_review(text)


@pytest.mark.parametrize("text, plan", [
    ("Lang Son launches drive for clean markets\nMarch 15, 2024\nThe Lang Son Provincial People's Committee on March "
     "14 launched an emulation drive for clean, safe markets in 2024.\nThe drive is based on Plan No. 61/KH-UBND dated "
     "March 4, 2024, and aims to upgrade 40 rural markets by December.", "61/KH-UBND"),
    ("Hai Phong kicks off port logistics emulation\nJune 6, 2025\nThe Hai Phong City People's Committee on June 5 "
     "held a ceremony to launch an emulation movement for port logistics.\nThe movement follows Plan No. "
     "204/KH-UBND, issued on May 28, 2025 by the Chairman of the City People's Committee, and runs until the end of "
     "the year.", "204/KH-UBND"),
    ("Dong Thap opens tourism emulation\nMarch 13, 2024\nDONG THAP — Under Plan No. 62/KH-UBND dated March 4, 2024, "
     "the Dong Thap provincial People's Committee on March 12 launched an emulation movement for friendly tourism.",
     "62/KH-UBND"),
    # a central city's committee named without its level word
    ("Da Nang launches clean beaches movement\nMay 21, 2024\nDA NANG — Under Plan No. 131/KH-UBND dated May 10, 2024, "
     "the Da Nang People's Committee on May 20 launched an emulation movement for clean beaches.", "131/KH-UBND"),
    # a provincial department, its plan told with the department as owner
    ("Tay Ninh schools start emulation for the new year\nSeptember 10, 2024\nThe Tay Ninh Department of Education and "
     "Training on September 9 launched an emulation movement for the 2024-2025 school year.\nThe movement follows the "
     "department's Plan No. 2210/KH-SGDĐT dated August 30, 2024, and runs until May 2025.", "2210/KH-SGDĐT"),
    # the labour federation, beside the confederation's plan it answers
    ("Nam Dinh workers begin productivity drive\nApril 4, 2023\nThe Nam Dinh Provincial Labour Federation on April 3 "
     "launched an emulation drive among workers for higher productivity.\nThe drive follows Plan No. 19/KH-LĐLĐ of the "
     "federation dated March 27, 2023 and responds to Plan No. 75/KH-TLĐ of the Vietnam General Confederation of "
     "Labour.", "19/KH-LĐLĐ"),
    # the youth union, its day told with what the day is
    ("Ha Tinh youth launch green volunteering\nMarch 27, 2025\nThe Ha Tinh provincial Ho Chi Minh Communist Youth "
     "Union on March 26, the union's founding day, launched an emulation movement for green volunteering.\nThe "
     "movement is set out in the provincial Youth Union's Plan No. 88-KH/TĐTN dated March 14, 2025, and runs until "
     "December.",
     "88-KH/TĐTN"),
    # the launcher named by one of its city's names, the plan's owner by another
    ("HCM City launches clean canals drive\nApril 16, 2024\nThe Ho Chi Minh City People's Committee on April 15 "
     "launched an emulation drive for clean canals.\nThe drive follows Plan No. 1322/KH-UBND, issued on April 2, 2024 "
     "by the HCM City People's Committee, and runs until December.", "1322/KH-UBND"),
    # a farmers' association, its plan's owner its Standing Board, answering the central union's plan
    ("Tien Giang farmers begin drive\nApril 8, 2022\nThe Tien Giang Farmers' Association on April 7 launched an "
     "emulation drive for clean rice fields.\nThe drive follows Plan No. 41-KH/HNDT dated March 28, 2022 of the "
     "provincial Farmers' Association Standing Board, which carries out the Vietnam Farmers' Union's Plan No. "
     "120-KH/HNDTW.", "41-KH/HNDT"),
    # the police, the plan signed by its director, the launch told by its weekday
    ("Binh Phuoc police open peak drive\nThursday, January 11, 2024\nThe Binh Phuoc provincial Police on Wednesday "
     "launched a peak emulation drive for security during Tet.\nThe drive is specified in Plan No. 12/KH-CAT-PV01 "
     "signed on January 3 by Colonel Tran Van Minh, director of the provincial Police Department.", "12/KH-CAT-PV01"),
    # a committee's plan detailed in a sentence of its own, signed by the chairman named after his post
    ("Phu Yen begins its five-year movement\nJanuary 10, 2026\nThe People's Committee of Phu Yen province on January 9 "
     "launched its emulation movement for 2026-2030.\nThe movement is detailed in Plan No. 07/KH-UBND, which was "
     "signed on January 2 by chairman of the provincial People's Committee Le Van Thanh.", "07/KH-UBND"),
    # a women's union, a dateline with its day, a plan told with what followed its issue
    ("Nam Dinh women open movement\nNovember 6, 2024\nNam Dinh, November 6 - The Women's Union of Nam Dinh province on "
     "November 5 launched an emulation movement for safe families.\nThe movement follows the union's Plan No. "
     "33/KH-HPN dated October 25, 2024, which was issued after the union's congress.", "33/KH-HPN"),
    # a plan dated in the December before a January launch, its year not printed
    ("Yen Bai starts the year's movement\nJanuary 6, 2024\nThe Yen Bai Provincial People's Committee on January 5 "
     "launched the emulation movement for 2024.\nThe movement follows Plan No. 301/KH-UBND dated December 22, and "
     "runs until the end of the year.", "301/KH-UBND"),
    # a city that took in no other on 1 July 2025, its plan of June
    ("Quang Ninh keeps up its drive\nJuly 9, 2025\nThe Quang Ninh Provincial People's Committee on July 8 launched an "
     "emulation drive for the two-tier local government.\nThe drive follows Plan No. 190/KH-UBND dated June 25, and "
     "runs until December.", "190/KH-UBND"),
    # a launch day with its date in brackets, the people and a programme named as the aim, the plan's own activities
    ("Ha Tinh goes digital\nJuly 16, 2020\nThe Ha Tinh provincial People's Committee on Wednesday (July 15) launched "
     "an emulation movement among officials and the people to carry out the national digital transformation "
     "programme.\nThe movement follows Plan No. 230/KH-UBND dated July 8, 2020, and runs until 2022.\nThe plan sets "
     "out six activities, from online public services to cashless markets.", "230/KH-UBND"),
    # a union of "the central province of …", its plan owned by "the Standing Board of the Provincial Youth Union"
    ("Quang Binh youth take the lead\nMarch 25, 2023\nThe Youth Union of the central province of Quang Binh on March "
     "24 launched an emulation movement for young people in digital transformation.\nAccording to Plan No. "
     "52-KH/TĐTN dated March 10, 2023 of the Standing Board of the Provincial Youth Union, the movement runs until "
     "December.", "52-KH/TĐTN"),
    # the launch's day told as the first of the Workers' Month; honours of the movement before beside the launch
    ("Binh Dinh workers begin drive\nMay 2, 2024\nOn May 1, the first day of Workers' Month, the Binh Dinh provincial "
     "Labour Federation launched an emulation drive on productivity, together with honouring 30 workers of the "
     "previous movement.\nThe drive follows the federation's Plan No. 21/KH-LĐLĐ dated April 19, 2024, and runs "
     "until December.", "21/KH-LĐLĐ"),
    # a committee's plan told later with the activities it lists: the guards read bodies' plans only
    ("Dien Bien opens anniversary drive\nFebruary 6, 2024\nThe Dien Bien provincial People's Committee on February 5 "
     "launched an emulation drive towards the 70th anniversary of the Dien Bien Phu Victory.\nThe drive follows Plan "
     "No. 30/KH-UBND dated January 25, 2024, and runs until May 7.\nThe plan lists activities to mark the anniversary "
     "that every agency must join.", "30/KH-UBND"),
])
def test_an_english_launch_under_its_launchers_plan_dated_before_leaves_the_issue_date_for_review(text, plan):
    draft = extract(text + "\n")
    assert "issued" not in draft.values  # (the ceremony's day is not the plan's; whose plan it is, the editor checks)
    assert plan in draft.missing["issued"] and "check which" in draft.missing["issued"]


@pytest.mark.parametrize("text, launched", [
    # a district launches under the province's plan: the ceremony's day is given, as where no plan of its own is told
    ("Tam Dao launches smart village drive\nMarch 17, 2021\nThe Tam Dao district People's Committee on March 16 "
     "launched an emulation drive for smart villages.\nThe drive follows Plan No. 75/KH-UBND dated March 2, 2021 of "
     "the provincial People's Committee.", "2021-03-16"),
    # the plan's owner is another province's committee
    ("Tra Vinh joins cluster movement\nMarch 10, 2022\nThe Tra Vinh provincial People's Committee on March 9 launched "
     "the cluster's emulation movement.\nThe movement follows Plan No. 31/KH-UBND of the Vinh Long provincial "
     "People's Committee, dated February 21, 2022.", "2022-03-09"),
    # a plan dated after the launch
    ("Vinh Long launches green province movement\nAugust 26, 2025\nThe Vinh Long Provincial People's Committee on "
     "August 12 launched an emulation movement for a green province.\nThe movement follows Plan No. 90/KH-UBND dated "
     "August 20, 2025, and runs until 2030.", "2025-08-12"),
    # a plan dated the launch's day: that day is its date either way
    ("Lao Cai opens tourism drive\nApril 9, 2022\nThe Lao Cai Provincial People's Committee on April 8 launched an "
     "emulation drive for safe tourism.\nThe drive follows Plan No. 70/KH-UBND dated April 8, 2022, and runs until "
     "October.", "2022-04-08"),
    # a plan told further on, after a sentence on something else
    ("Quang Ninh opens drive on public investment\nMay 9, 2024\nThe Quang Ninh Provincial People's Committee on May 8 "
     "launched a 100-day emulation drive to speed up public investment.\nThe province disbursed 18 per cent of its "
     "capital in the first quarter.\nThe drive follows Plan No. 88/KH-UBND dated April 30, 2024.", "2024-05-08"),
    # a district's youth union, whose superior's plans carry its symbol
    ("Cu Chi youth start summer drive\nJune 3, 2024\nThe Cu Chi district Youth Union on June 2 launched a summer "
     "emulation drive.\nThe drive follows Plan No. 45-KH/TĐTN dated May 20, 2024, and runs until August.",
     "2024-06-02"),
    # a department launching under the province's committee plan: not its own symbol
    ("Gia Lai health workers begin emulation\nMarch 6, 2024\nThe Gia Lai Department of Health on March 5 launched an "
     "emulation movement for kind hospital staff.\nThe movement follows Plan No. 410/KH-UBND dated February 26, 2024 "
     "of the provincial People's Committee.", "2024-03-05"),
    # a department launching beside another department's plan
    ("Ben Tre farms drive\nMay 15, 2023\nThe Ben Tre Department of Agriculture and Rural Development on May 14 "
     "launched an emulation drive for clean farms.\nThe drive follows Plan No. 77/KH-SCT of the Department of Industry "
     "and Trade, dated May 4, 2023.", "2023-05-14"),
    # a national body's youth union
    ("Youth union opens digital drive\nMarch 20, 2024\nThe Central Youth Union on March 19 launched an emulation "
     "drive on digital transformation.\nThe drive follows Plan No. 301-KH/TĐTN dated March 8, 2024.",
     "2024-03-19"),
    # another department's plan, told by its symbol alone
    ("Bac Giang schools begin reading drive\nOctober 3, 2023\nThe Bac Giang Department of Education and Training on "
     "October 2 launched an emulation drive for school libraries.\nThe drive follows Plan No. 640/KH-SVHTTDL dated "
     "September 22, 2023, and runs until May.", "2023-10-02"),
    # another province's department, whose name shares words with the launcher's
    ("Hau Giang health staff begin drive\nJune 4, 2024\nThe Hau Giang Department of Health on June 3 launched an "
     "emulation drive for friendly clinics.\nThe drive follows Plan No. 512/KH-SYT of the An Giang Department of "
     "Health, dated May 24, 2024, and runs until December.", "2024-06-03"),
    # a provincial city's federation, under the provincial federation's plan
    ("Ninh Binh city workers join drive\nMay 7, 2024\nThe Labour Federation of Ninh Binh city on May 6 launched an "
     "emulation drive for safe workplaces.\nThe drive follows Plan No. 44/KH-LĐLĐ dated April 24 of the provincial "
     "Labour Federation.", "2024-05-06"),
    # a university's youth union, its name opening with its province's
    ("Hue students launch research movement\nNovember 12, 2024\nThe Hue University Youth Union on November 11 "
     "launched an emulation movement for student research.\nThe movement follows Plan No. 71-KH/TĐTN dated "
     "October 30, 2024, and runs until June.", "2024-11-11"),
    # a movement launched together with another campaign, whose plan is told next
    ("Ca Mau youth launch green movement\nMarch 4, 2024\nThe Ca Mau provincial Youth Union on March 3 launched the "
     "emulation movement \"Green Ca Mau youth\" at the opening ceremony of the 2024 Youth Month.\nThe campaign follows "
     "Plan No. 15-KH/TĐTN dated February 21, and runs until March 31.", "2024-03-03"),
    # a plan the next sentence tells as the department's general plan, of which the drive is one part
    ("Can Tho clinics open drive on online services\nMarch 6, 2025\nThe Can Tho Department of Health on March 5 "
     "launched an emulation drive on online health services.\nThe drive follows Plan No. 30/KH-SYT dated February 14, "
     "2025.\nPlan No. 30/KH-SYT is the department's general plan on emulation work this year, with five drives; this "
     "is the first.", "2025-03-05"),
    # a plan told after the committee does something else than launch
    ("Hai Phong starts port drive\nApril 11, 2024\nThe Hai Phong City People's Committee on April 10 launched an "
     "emulation drive at its seaports.\nUnder Plan No. 81/KH-UBND dated April 1, the Hai Phong City People's Committee "
     "also set up a board to run the city's port festival.", "2024-04-10"),
    # a launch told by its weekday, the plan dated that very day
    ("Son La health staff start drive\nWednesday, May 8, 2024\nThe Son La Department of Health on Monday launched an "
     "emulation drive for clean hospitals.\nThe drive follows the department's Plan No. 402/KH-SYT dated May 6, 2024, "
     "and runs until December.", "2024-05-06"),
    # a unit's own youth union, named with its province after it
    ("Police youth begin volunteer drive\nMarch 21, 2023\nThe Police Youth Union of Thanh Hoa province on March 20 "
     "launched an emulation drive among young officers.\nThe drive follows Plan No. 30-KH/TĐTN dated March 6, 2023 "
     "of the provincial Youth Union.", "2023-03-20"),
    # two campaigns launched together, the plan the second's
    ("Bac Lieu youth launch two campaigns\nApril 2, 2024\nThe Bac Lieu provincial Youth Union on April 1 launched the "
     "emulation movement \"Youth for civilised streets\" and the \"Green Sunday\" campaign.\nThe campaign follows "
     "Plan No. 22-KH/TĐTN dated March 20, 2024, and runs until June.", "2024-04-01"),
    # the plan told further on as the Worker Month's
    ("Long An workers begin drive\nMay 3, 2023\nThe Long An provincial Labour Federation on May 2 launched an "
     "emulation drive on productivity.\nThe drive follows Plan No. 14/KH-LĐLĐ dated April 20, 2023.\nThe plan sets "
     "out the events of the 2023 Worker Month.", "2023-05-02"),
    # a plan told further on, by a pronoun, as the body's overall work plan
    ("Kon Tum workers begin drive\nApril 11, 2024\nThe Kon Tum provincial Labour Federation on April 10 launched an "
     "emulation drive for safe workplaces.\nThe drive follows Plan No. 18/KH-LĐLĐ dated March 29, 2024.\nIt is the "
     "federation's overall work plan for 2024.", "2024-04-10"),
    # a plan the next sentence ties to the Month of Action beside the launch
    ("Tra Vinh women launch movement\nNovember 16, 2023\nThe Tra Vinh provincial Women's Union on November 15 "
     "launched an emulation movement for safe homes.\nThe movement follows Plan No. 40/KH-HLHPN dated November 3, "
     "2023.\nThe plan sets out the Month of Action for gender equality.", "2023-11-15"),
    # the plan's own sentence telling the campaign as one of the plan's movements
    ("Lai Chau farmers open tea drive\nJune 5, 2024\nThe Lai Chau provincial Farmers' Association on June 4 launched "
     "an emulation drive for clean tea farms.\nThe drive follows Plan No. 95-KH/HNDT dated May 24, 2024, as one of "
     "five emulation movements that plan sets for the year.", "2024-06-04"),
])
def test_an_english_launch_beside_a_plan_not_its_launchers_gives_the_ceremonys_day(text, launched):
    assert stated(text, {"issued": 0})["issued"] == launched

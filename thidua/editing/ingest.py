"""Turn the plain text of a news article announcing a plan into a draft record.

The draft states only what the text supports: each fact found says where it came from, and
every fact not found is listed for review and left empty. The body keeps the article as
printed, without the page furniture (view counters, share buttons, QR-code captions, link
lists). Nothing here guesses a province from part of a word: places go through the gazetteer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from thidua.editing.clauses import VIETNAMESE, told_apart
from thidua.editing.english import extract_english, is_english
from thidua.editing.facts import (
    EARLIER_PLAN_DAYS,
    EMULATION,
    FOLLOWED_CAMPAIGN,
    FULL_STOP,
    LAUNCH_DAY,
    NOTHING_LAUNCHED,
    RECALLED_DAYS,
    SENTENCE_END,
    Draft,
    NotAPlan,
    article_date,
    ask_to_confirm_its_launch,
    campaign_span,
    cited_before,
    crawled,
    dated_by_campaign,
    first_published,
    launches_or_plans,
    one_stamp,
    partial_date,
    record_fact,
    rewrapped,
    sentence_of,
    sentences,
    unit_of_its_day,
    unspaced,
    without_history,
    without_lunar_days,
    year_unsaid,
    yearless_launch_day,
)
from thidua.editing.issuers import (
    ISSUING,
    LOOKED_BACK_ON,
    NAME_WORD,
    answered_locally,
    national_issuer,
    number_sentence,
    province_named,
    provinces_in,
    read_places,
)
from thidua.editing.movements import naming_a_movement, suggest_movements
from thidua.editing.nearmiss import (
    LAUNCH,
    LOOKED_BACK_ON_ENDED,
    ON_THIS_OCCASION,
    OTHERS_LAUNCH,
    ended_before,
    near_miss,
)
from thidua.editing.periods import (
    BARE_DATE_PATTERN,
    DATE,
    DOCUMENT_BEFORE,
    FULL_DAY,
    TERM,
    campaign_years,
    date_of,
    read_period,
    span_before_its_plan,
    span_told_past,
    year_printed_beside,
)
from thidua.records.crossrefs import mentions
from thidua.records.dates import PartialDate
from thidua.records.folding import fold, nfc
from thidua.records.gazetteer import gazetteer
from thidua.records.record import type_in_number

FURNITURE = re.compile(
    r"^(chia sẻ( bài viết)?|lượt xem:?.*|tải về|print|gốc|qr code.*|tiện ích thông tin|nguồn tin|"
    r"chúng tôi trên mạng xã hội|mã qr code.*|tài liệu đính kèm:?.*|[•·]?\s*(đang truy cập|hôm nay|"
    r"trong tuần|(?:tổng|số) lượt truy cập)\s*:?\s*[\d.,\s]*|hôm nay,?\s+(?:thứ\s+\w+,?\s+)?(?:ngày\s+)?"
    r"\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|[/.-]\d{1,2}[/.-])\d{4}|[\d\s.…]+|\.|chính trị|xã hội|kinh tế|thời sự|trang chủ|"
    r"in bài|bản in|bình luận|gửi bình luận|ý kiến bạn đọc|gửi bài|quay lại|lên đầu trang|email|"
    r"theo dõi chúng tôi.*|[\w.-]+ trên google news|chia sẻ lên .*|cỡ chữ.*|tin tức\s*-\s*sự kiện|skip ribbon commands|"
    r"skip to (?:main )?content|hotline:?.*|đường dây nóng:?.*|-?\s*a\s*\+?|a\s*-|[-+]?\s*a\s*[-+]|"
    r"xây dựng đảng|[^.\n]{0,40}?-?\d{1,2}\s*(?:°\s*C?|℃)[^.\n]{0,40})$", re.I)
"""Lines that belong to the web page, not to the article (a visitors' counter "Hôm nay: 1.234",
the day's date "Hôm nay, ngày 13 tháng 12 năm 2018", the weather "Đà Nẵng: 29°C Đà Nẵng"; not
"Hôm nay, 8/8, … đã phát động …")."""
END_OF_ARTICLE = re.compile(r"^(tin khác|các tin khác|tin liên quan|thống kê truy cập|"
                            r"tiện ích thông tin|tin cùng chuyên mục|bài viết liên quan|"
                            r"xem thêm|đọc thêm)$", re.I)
"""Lines after which nothing is the article any more."""
SIDEBAR = re.compile(r"^(thống kê truy cập|liên kết website|tiện ích thông tin)$", re.I)
"""A sidebar's heading: above the article, what came before it is the page's, not the article's."""
SIGNED_OFF = re.compile(r"^[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,4}\s*\((?:CTV|PV|BTV|TTXVN|TTXVN/[^()]{1,20})\)$")
"""A byline with its contributor's tag ("Hoàng Thía (CTV)"): the article ends there, what follows
is another story's teaser."""
STAMP = re.compile(r"^\((\d{1,2})/(\d{1,2})/(\d{4})\)$|"
                   r"(?:thứ \w+,?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*[-,|]?\s*\d{1,2}:\d{2}|"
                   r"\d{1,2}:\d{2},?\s*(\d{1,2})/(\d{1,2})/(\d{4})|"
                   r"^(?:đăng ngày|ngày đăng|cập nhật):?\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})|"
                   r"^(?:cập nhật|đăng)(?:\s+lúc)?:?\s*\d{1,2}:\d{2}\s*[-,|]?\s*(?:thứ\s+\w+,?\s*)?(\d{1,2})/(\d{1,2})/(\d{4})|"
                   r"^(?:thứ \w+,?\s*)?ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})\s*[-,|]\s*\d{1,2}:\d{2}|"
                   r"^\D{0,30}?(\d{1,2})/(\d{1,2})/(\d{4})$", re.I)
"""A web page's time stamp: 18/01/2023 - 20:43, 07:52, 20/02/2024, Thứ Năm, 30/09/2021 16:21,
"Thứ 4, 23.02.2022 | 20:41:28", "Cập nhật: 29-05-2015 | 08:51:27", "Thứ Ba, ngày 12 tháng 2 năm 2019 - 21:59", a
listing item's "(22/01/2024)" on a line of its own, a short line that ends with a date."""
DOUBLED = re.compile(r"\b(phát động)(?:\s+động)+\b|\b(đợt\s+\d)(?=từ\b)", re.I)
"""Typing slips: a word of a launch doubled, "về việc phát động động phong trào thi đua" (read as "phát
động"), a phase's number run into its span, "đợt 1từ đầu năm" (read as "đợt 1 từ"); the body keeps
them as printed."""
HEADLINE_STAMP = re.compile(r"\s*\(\d{1,2}:\d{2}\s+(\d{1,2})/(\d{1,2})/(\d{4})\)$")
"""A page's time stamp in brackets at the end of its headline: "… chào mừng Đại hội Đảng bộ các cấp (15:35 30/11/2019)"."""
GLUED_STAMP = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?=[^\W\d])")
"""A listing item's date run into its first word: "23/04/2021Sáng 22/04, …"."""
OWN_NUMBER = re.compile(r"(?:^số(?:\s+hiệu)?(?:\s*:\s*|\s+)|\bnăm\s+\d{4}\s+số\s*:\s*|"
                        r"(?:ban hành|\bký|xây dựng)\s+(?:ban hành\s+)?(?:kế hoạch|quyết định|chỉ thị|"
                        r"công văn|văn bản|thông báo)(?:\s+số\s*:?)?\s+|"
                        r"(?:\bcó|gửi)\s+(?:văn bản|công văn|kế hoạch|chỉ thị|quyết định|thông báo)"
                        r"\s+số\s+|^\s*tại\s+(?:kế hoạch|chỉ thị|quyết định)\s+số\s+|"
                        r"\(\s*(?:kế hoạch|chỉ thị|quyết định|công văn)\s+số\s+|"
                        r"^\(\s*(?:ban hành\s+)?kèm theo\s+(?:quyết định|công văn)\s+số\s+|"
                        r"nguồn\s+(?:kế hoạch|quyết định)\s+số\s+)$",
                        re.I)
"""What comes right before the plan's own number (not before a number it cites): "Số:" (also
after the heading's date on its line: "…, ngày 08 tháng 11 năm 2021 Số: 10-KH/LĐ"),
"(vừa) ký Quyết định số", "ký ban hành Công văn", "ban hành Kế hoạch số", "có Kế hoạch số",
"xây dựng Kế hoạch số",
"Tại Kế hoạch số" opening a sentence, "(Kế hoạch số" after the sentence says it was issued,
"(Kèm theo Quyết định số" opening the line under a plan's title (the decision that issues it)."""
LAUNCHED_BY = re.compile(r"^[^.;\n]{0,60}?\bvề\s+(?:việc\s+)?(?:(?:tổ chức\s+)?phát động\s+(?:phong trào|đợt|cao điểm)|"
                         r"[“\"]?\s*(?:đẩy mạnh\s+)?(?:phong trào\s+|đợt\s+)?thi đua\b)", re.I)
"""What follows a number that is the launching document's own: "Chỉ thị số 03/CT-UBND của Chủ tịch
UBND tỉnh về việc phát động Phong trào thi đua …", "Chỉ thị số 02/CT-UBND ngày 22/1/2026 của Ủy
ban nhân dân tỉnh Khánh Hòa về “Thi đua thực hiện thắng lợi …”"."""
TITLE_LAUNCH = re.compile(r"^\s*phát động\s+(?:phong trào\s+|đợt\s+)?thi đua\b", re.I)
"""What follows a number at the head of its line that launches: a listing's item "Công văn số
68/TANDTC-TĐKT phát động thi đua chào mừng …" (not a document a sentence names later, "Công văn
số 68/UBND-VX phát động thi đua … của UBND tỉnh đã được … quán triệt")."""
THEO_PLAN = re.compile(r"^\s*theo\s+(?:kế hoạch(?:\s+liên tịch)?|chỉ thị)\s+số\s+$", re.I)
OWN_PLAN_CARRIED = re.compile(r"^\s*(theo|thực hiện)\s+(?:kế hoạch|chỉ thị)\s+số\s+$", re.I)
"""A plan a sentence opens by carrying out, said to be someone's, whose own subject is the launch ("Theo Kế hoạch số
103/KH-SXD ngày 10/9/2024 của Sở Xây dựng về việc phát động …") or whose sentence goes on to it ("Thực hiện Kế hoạch
số 45-KH/HNDT ngày 25/02/2019 của Ban Thường vụ Hội Nông dân tỉnh, ngày 7/3, Hội Nông dân tỉnh Sóc Trăng tổ chức lễ
phát động …"): the plan that sets out the launch when it is the launcher's own (:func:`_sets_out`)."""
CAMPAIGN_DOES = r"\s+(?![“\"])(?:sẽ\s+)?(?:được|diễn ra|kéo dài|hướng|có|nhằm|tập trung|bắt đầu)\b"
"""What the campaign does as a clause's subject ("… được triển khai", "… diễn ra"), not another campaign named in
full."""
EMULATION_SUBJECT = re.compile(r"[^.;,]*,\s*phong trào\s+thi đua(?:\s+(?:năm nay|này))?" + CAMPAIGN_DOES, re.I)
SPELT_OUT_IN = re.compile(r"\b(?:phong trào|đợt(?:\s+thi đua)?)\b[^.;,]{0,60}?\b(?:được\s+)?cụ thể hóa\s+"
                          r"(?:tại|bằng|trong)\s+(?:kế hoạch(?:\s+liên tịch)?|chỉ thị)\s+số\s+$", re.I)
"""Shapes of the plan that sets the campaign out, read only where it is said to be the launcher's (:func:`_sets_out`):
"Theo Kế hoạch số 58/KH-UBND ngày 4/3/2024 của UBND thị xã, phong trào thi đua (năm nay) được …" (THEO_PLAN before
the number, EMULATION_SUBJECT after it), "Phong trào được cụ thể hóa tại Kế hoạch số 198/KH-UBND … của UBND huyện"
(SPELT_OUT_IN), and the plan a launch is told done under (UNDER_A_PLAN). Told as nobody's, they are as often a
superior's, a head office's or a national body's (reviews S373-S375)."""
UNDER_A_PLAN = re.compile(r"\btheo\s+(?:kế hoạch(?:\s+liên tịch)?|chỉ thị)\s+số\s+$", re.I)
"""A plan a sentence's launch is told done under ("Ngày 10/1, UBND huyện Gia Bình tổ chức lễ phát động phong trào thi
đua “…” theo Kế hoạch số 02/KH-UBND ngày 3/1/2025"): the plan that sets it out, where the launch is the sentence's own
(:func:`_launched_under`)."""
PLACE_NAME = rf"(?:{NAME_WORD}|\d+)(?:\s+(?:{NAME_WORD}|\d+))*"
"""A place's name after its level word: capitalised words or numbers ("Tân Phú Trung", "Phường 11")."""
IN_CLAUSE = r"(?:[^,;.]|(?<=\bT[Pp])\.)"
"""A character within a clause: no comma, semicolon or full stop, but a city's "TP." ("UBND TP.HCM", "UBND Tp. Cần
Thơ")."""
PLAN_ABOUT_A_LAUNCH = re.compile(r"^\s*,?\s*(?:ngày\s+[^,;.]{3,30}?\s+)?của\s+(?P<owner>[^,;.]{1,60}?)\s+về\s+(?:việc\s+)?"
                                 r"phát động\b", re.I)
"""Whose plan it is, after its number, when its subject is a launch: "… ngày 10/9/2024 của Sở Xây dựng về việc phát
động …"."""
CAMPAIGN_SUBJECT = re.compile(r"[^.;,]*,\s*(?:phong trào|đợt (?:thi đua|cao điểm))(?:\s+và\s+đợt (?:thi đua|cao điểm))?"
                              r"(?!\s+thi đua\b)" + CAMPAIGN_DOES, re.I)
PLAN_OF_CAMPAIGN = re.compile(r"\b(?:phong trào|đợt(?:\s+thi đua)?)\b[^.;,]{0,60}?\b(?:được\s+)?(?:triển khai|thực hiện|"
                              r"tổ chức)\s+theo\s+(?:kế hoạch(?:\s+liên tịch)?|chỉ thị)\s+số\s+$", re.I)
"""The plan that sets the campaign out: "Theo Kế hoạch số 25/KH-UBND của UBND phường, phong trào được
triển khai từ nay …" (THEO_PLAN before the number, CAMPAIGN_SUBJECT after it: a clause whose
subject is the campaign, not another campaign named in full nor "đợt chấm điểm"), "Phong trào được
triển khai theo Kế hoạch số 2345/KH-UBND …" (PLAN_OF_CAMPAIGN); in a text that launches a campaign
(not a look at one under way), and, when said to be someone's, the launcher's own (:func:`_sets_out`)."""
UNREAD_PLAN = re.compile(r"(?:^|(?<=[.;\n]))\s*(?:theo|thực hiện|căn cứ)\s+(?:kế hoạch(?:\s+liên tịch)?|chỉ thị)\s+"
                         r"số\s+(?P<number>\S+)\s+ngày\s+" + BARE_DATE_PATTERN
                         + r"(?:\s+của\s+(?P<owner>" + IN_CLAUSE + r"{1,80}?))?\s*,\s*"
                         r"(?:phong trào(?:\s+thi đua)?|đợt\s+"
                         r"(?:thi đua(?:\s+cao điểm)?|cao điểm))\s+(?![“\"])(?:sẽ\s+)?"
                         r"(?:được|diễn ra|kéo dài|bắt đầu)\b", re.I)
"""A dated plan that sets out a campaign ("Thực hiện Kế hoạch số 52/KH-UBND ngày 8/3/2024 của UBND huyện, phong trào thi
đua được triển khai …"): where no number is read for the text's own plan and this one may be the launcher's
(:func:`_unread_plan`), the launch day is not taken for the issue date."""
ISSUED_PLAN = re.compile(r"\b(?:ban hành|ký)\s+(?:kế hoạch|chỉ thị)\b|\bsố\s+\S+\s+do\s+[^,;.]{2,60}?\s+ban hành\b", re.I)
"""A text that says a plan was issued ("Trước đó, ngày 1/3/2025, UBND phường đã ban hành kế hoạch này")."""
OWNER = re.compile(r"^\s*,?\s*(?:ngày\s+[^,;.]{3,30}?\s+)?(?:của|do)\s+(?P<owner>(?:(?!\bban hành\b)[^,;.]){1,80}?)"
                   r"(?:\s+ban hành\b[^,;.]*)?\s*(?=[,;.]|$)")
"""Whose plan it is, after its number: "… của UBND phường, …", "… ngày 10 tháng 3 năm 2025 của UBND huyện Lục Nam,
…", "…, ngày 10/3/2025 của …", "… do UBND tỉnh ban hành, …"."""
CITING = (r"thực hiện|triển khai|căn cứ|theo|hưởng ứng|được giao|cụ thể hóa|quán triệt|trên cơ sở|"
          r"phát huy kết quả(?:\s+của)?|do\s+[^,.;]{0,60}?\s+phát động")
"""Words before a document number that make it one the text carries out, responds to or cites."""
AWARDS = re.compile(r"\b(?:tặng|trao|khen thưởng|công nhận|danh hiệu|bằng khen)\b", re.I)
"""Words after a decision's number that make it a commendation, not the plan."""
EMULATION_WORK = re.compile(r"\bthi đua\s*(?:,|-|–|và)?\s*khen thưởng\b", re.I)
""""công tác thi đua, khen thưởng" (emulation and commendation work): the subject of many a
directive that launches a campaign, not a commendation."""
CARRIES_OUT = re.compile(LAUNCH.pattern + r"|\b(?:tổ chức|triển khai|thực hiện)(?:\s+thực hiện)?\s+"
                         r"(?:các\s+)?(?:phong trào|đợt)\s+thi đua\b", re.I)
"""Words that say a document launches or organises a campaign ("… phát động phong trào thi đua",
"… tổ chức thực hiện Phong trào thi đua …")."""
DOCUMENT_KINDS = {"kế hoạch": "KH", "chỉ thị": "CT", "quyết định": "QĐ", "công văn": "CV",
                  "thông báo": "TB"}
BARE_NUMBER = re.compile(r"(?:(?<!đã )|(?=[^.;]{0,40}?\d,?\s+(?:về việc\s+)?phát động\b))"
                         r"\b(?:ban hành|ký)\s+(?P<kind>kế hoạch|chỉ thị|quyết định)\s+(?:số\s+"
                         r"(?P<number>\d{1,5})\b(?![/.-]?\w)|(?P<unnamed>\d{1,5})(?=\s+(?:ngày\s+\d|(?:về|của)\b)))",
                         re.I)
"""A plan's number printed without its symbol: "ban hành Chỉ thị số 12 về …", "ban hành Chỉ thị 02
ngày 17/1/2020", one "đã ban hành" only when the launch follows it ("… đã ban hành Chỉ thị số 04, phát động phong trào
thi đua …", told as just issued: :func:`_bare_number`) (not "Kế hoạch 5 năm", nor "Kế hoạch 100 ngày đêm thi đua …")."""
JUST_ISSUED = re.compile(r"(?<!nhiệm kỳ )(?<!thời gian )(?<!năm )(?<!giai đoạn )(?<!tháng )"
                         r"\bvừa qua,?\s+[^,.;]{0,60}?\bđã ban hành\b", re.I)
"""A document told as just issued ("vừa qua UBND tỉnh Gia Lai đã ban hành …"; not "Trong nhiệm kỳ vừa qua, …", "Thời
gian vừa qua, …": a look back)."""
PLAN_NAMED = re.compile(r"\b(?:ban hành|có|xây dựng|vừa ký)\s+kế hoạch\b(?!\s+(?:phát triển|5 năm|năm năm|"
                        r"hành động|công tác))|\bkế hoạch\s+(?:phát động|triển khai|tổ chức thực hiện)\s+"
                        r"(?:các\s+)?(?:phong trào|đợt)\s+thi đua\b", re.I)
"""A plan named as the document that launches the campaign ("UBND tỉnh ban hành kế hoạch …",
"Kế hoạch phát động phong trào thi đua …"), not a socio-economic plan the text also names."""
HEADLINE_NUMBER = re.compile(r"(?:kế hoạch|chỉ thị|quyết định|công văn)(?:\s+số)?\s+$", re.I)
"""A headline that opens with the document's name and number: "Kế hoạch 236/KH-UBND thực hiện
…" (a number further on in it is one the plan cites)."""
ISSUE_DATE = re.compile(r"\bngày(?:\s+ban hành\s*:)?\s+" + BARE_DATE_PATTERN, re.I)
"""A date printed with "ngày": "ngày 21 tháng 8 năm 2023", "Ngày ban hành: 28/07/2016"."""
LAUNCH_DATE = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa)(?:\s+(?:nay|qua|hôm nay|ngày))?\s*(?:(?<=nay),\s*)?"
                         r"\(?\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*(\d{4})|\s+năm\s+(\d{4}))?"
                         r"(?!\d)(?!\s+số\b)", re.I)
"""The day of an event as news prints it: "Ngày 18/01", "Sáng 25-6", "Chiều 27.12", "Chiều ngày
11/2", "Sáng nay (05/10)", "Sáng nay, 03/3/2023", "Ngày 14 tháng 01 năm 2021"."""
NATIONAL = re.compile(r"\b(?:Thủ tướng|Chính phủ|Trung ương|Bộ Chính trị|Ban Bí thư|Chủ tịch nước)\b")
"""A national body: a launch it made is not a province's own."""
DOCUMENT_OR_CAMPAIGN = re.compile(r"\b(?:kế hoạch|(?-i:KH|CT|QĐ)(?![&-])|chỉ thị|quyết định|công văn|văn bản|thông báo|"
                                 r"thi đua|phong trào)\b", re.I)
"""Words of a sentence about the plan or its campaign: one that says something else was signed
("Ngày 25/8/1954, đại diện quân đội Pháp đã buộc phải ký vào biên bản …") gives no issue date."""
AT_OWN_UNITS = re.compile(r"\bphát động\b[^.;]{0,80}\btại\s+(?:đơn vị|địa phương|cơ sở)(?:\s+mình)?\b", re.I)
"""A launch the units make at their own places ("… 3/4 số sở, ngành đã đăng ký và phát động phong trào
thi đua tại đơn vị"): their day is not the plan's."""
TOLD = re.compile(r"\b(?:cho biết|cho hay|thông tin từ)\b", re.I)
"""Words that tell of a document: a date before them is the telling's ("Ngày 9-12, thông tin từ …
cho biết, … vừa ký kế hoạch"), one after them may be its own ("… cho biết, ngày 5/3/2025, UBND
tỉnh đã ban hành kế hoạch …")."""
REPORTED = re.compile(TOLD.pattern + r"|\b(?:thông tin|vừa)\b", re.I)
"""Words of a sentence whose date is the day a launch was told or that it had just happened."""
HELD = re.compile(r"\b(?:tổ chức|diễn ra)\s+(?:long trọng\s+)?(?:Hội nghị|Lễ|buổi lễ|ngày hội|họp mặt)\b|"
                  r"\b(?:hội nghị|lễ|buổi lễ)\b[^.,;]{0,80}\bđược tổ chức\b", re.I)
"""A ceremony held on a day ("Sáng 01/3/2017, UBND tỉnh … tổ chức Hội nghị tổng kết …", "… đã tổ chức ngày hội đại
đoàn kết …", "… hội nghị tổng kết … được tổ chức tại …"): the day of a launch told later without its own ("Cũng tại
Hội nghị, Chủ tịch … đã phát động …", "Nhân dịp này, … đồng thời phát động …")."""
_CELEBRATED = r"chào mừng|kỷ niệm|hướng tới"
"""Words before the day a campaign celebrates ("chào mừng ngày 19/5")."""
OTHER_EVENT = re.compile(r"(?:\bdo\b[^.;]{0,60}\bphát động|\b(?:cuộc họp|phiên họp|họp báo|hội nghị|buổi làm việc|"
                         r"kết luận|thông báo|" + _CELEBRATED + r"|quốc khánh)\b[^.;,]{0,40}?)\s*(?:vào\s+)?$",
                         re.I)
"""Words right before a date that make it another event's: a launch by others ("… do Thủ tướng
phát động ngày 13/4/2025"), a meeting whose conclusions the plan carries out ("tại cuộc họp ngày
5/3/2025"), the day the campaign celebrates ("Quốc khánh ngày 2/9/2025")."""
CALLED = re.compile(r"\b(?:lời kêu gọi|do\b[^.;,]{0,60}\bphát động)\b[^.;,]{0,60}?\s*(?:vào\s+)?$", re.I)
"""Words right before a day that make it the day of a call or launch the plan answers ("Hưởng
ứng lời kêu gọi của Tổng Bí thư … ngày 29/7/2021, …"), not its own launch day (which follows a
comma: "… do Thủ tướng phát động, sáng 5/9, UBND tỉnh …")."""
TODAY = re.compile(r"\b(?:sáng|chiều|tối|trưa|hôm)\s+nay\b", re.I)
"""An event of the article's own day: "… do Sở Y tế tổ chức sáng nay"."""
PERIOD_WORDS = re.compile(r"(?:\btừ|\bđến(?:\s+hết)?|\bbắt đầu|\btrước|\bthời gian\b[^,;]*)\s*$", re.I)
"""Words right before a date that make it one end of the campaign's period, or a deadline
("hoàn thành trước ngày 30/11/2025")."""
HEADING_DATE = re.compile(r"^(?!Báo\b|Thứ\b|Chủ nhật\b)[^\W\d][\w.]*(?:(?:\s+|\s*[-–]\s*)(?!Thứ\b|Chủ nhật\b)[^\W\d][\w.]*){0,5},\s*ngày\s+"
                          r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?=\s*(?:\||$))|"
                          r"^ngày ban hành\s*:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?![\w/.-])",
                          re.I | re.M)
"""The date line of a plan's own heading: "Nghệ An, ngày 21 tháng 10 năm 2021", "Bà Rịa - Vũng Tàu,
ngày 23 tháng 12 năm 2022", or an aggregator's "Ngày ban hành: 23/12/2022" opening its line (also
before its next field: "… Ngày hiệu lực: …"); not a newspaper's date line ("Báo Bắc Giang - Thứ Hai,
ngày 18 tháng 3 năm 2024")."""
OTHER_DOCUMENTS = re.compile(r"^(?:(?:các\s+)?văn bản (?:liên quan|cùng lĩnh vực|khác|mới)|tin liên quan)\b", re.I | re.M)
"""A page's list of other documents: a heading date under it is theirs."""
SIGNER = re.compile(rf"(?P<post>(?:Phó\s+)?Chủ tịch\s+(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|"
                    rf"TP))\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s+(?:đã\s+)?ký")
SLOGAN = re.compile(r"(?:khẩu hiệu|chủ đề)[^“\"\n]{0,30}[“\"]([^”\"\n]+?)(?:[”\"]|\.(?:\s|$)|$)",
                    re.I | re.M)
OCCASION = re.compile(r"chào mừng\s+(?:kỷ niệm\s+)?(.+?)(?=\s+(?:gắn với|và|vừa|được|nhằm|với)\s|"
                      rf"[.;,](?:\s|$)|(?<=\))\s+(?-i:{NAME_WORD})|$)", re.I | re.M)
"""What a campaign greets, up to the clause or the sentence after it (one whose full stop is missing after a
bracket: "… (18.11.1930 - 18.11.2016) Ngày 18 tháng 11 …")."""
PARTICIPANTS = re.compile(r"đối tượng (?:thi đua|tham gia)\s*(?:là|:)\s*(.+)$", re.I | re.M)


STARTED = re.compile(rf"\b(?:phát động|khởi động)\b(?!\s+cuộc vận động)[^.\n]*?{EMULATION}|\b(?:mở|ra quân)\s+(?:đợt\s+|cao điểm\s+)*thi đua|"
                     rf"{EMULATION}(?:(?!\bdo\b)[^.\n])*?\b(?:phát động|khởi động)\b|"
                     rf"{EMULATION}[^.\n]*?\bdo\b[^.\n]{{0,60}}?\bphát động\s+(?:vào\s+)?(?:sáng|chiều|tối|ngày|hôm nay)\b", re.I)
"""A sentence that starts a campaign, its verb before or after its "thi đua", however far apart (not
a drive of something else tied to one, "phát động cuộc vận động hiến máu … gắn với phong trào thi
đua", nor one others launched, "phong trào thi đua … do Thủ tướng phát động", unless on the text's day: "…
do Công an tỉnh Lạng Sơn phát động sáng 5/6")
("phát động 100 ngày đêm cao điểm thi đua", "khởi động phong trào thi đua", "Đợt thi đua đặc biệt
được Hội LHPN tỉnh phát động …")."""
MOVEMENT_LAUNCHED = re.compile(r"\bphát động\s+(?:phong trào\s*)?[“\"][^”\"\n]{3,150}[”\"]", re.I)
"""A movement launched by its quoted name, "thi đua" unsaid ("Lễ phát động “Bình dân học vụ số” …"): a launch where
the name is one of the archive's national movements."""
CAMPAIGN_NAMED = re.compile(rf"\bban hành\b[^.\n]{{0,80}}\b(?:kế hoạch|chỉ thị)\b[^.\n]*?{EMULATION}|"
                            r"\bban hành\b[^.\n]{0,80}\b(?:kế hoạch|chỉ thị)\b[^.\n]{0,60}\b(?:triển khai|thực hiện|phát động)\s+"
                            r"(?:các\s+)?phong trào\b|"
                            r"\bphát động\b(?!\s+cuộc vận động)[^.]{0,80}\b(?:kế hoạch|phong trào|đợt thi đua|"
                            r"(?:đợt|chiến dịch) cao điểm\s+[“\"]?\d+\s+ngày)|"
                            r"\bphát động\s+[“\"]?tháng hành động cao điểm|"
                            rf"\b(?:kế hoạch|chỉ thị|quyết định|văn bản|công văn)\b[^.]{{0,80}}?(?<!đăng ký ){EMULATION}|"
                            rf"(?<!lời )\bkêu gọi\b[^.]{{0,250}}{EMULATION}", re.I)
"""Words that name the document of a campaign or call for one: "ban hành Kế hoạch … phong trào thi
đua …" (not a plan to carry out the Law on Emulation and Commendation),
"Kế hoạch 6677/KH-UBND về Thi đua cao điểm …", "Quyết định … về việc tổ chức đợt thi đua …",
"kêu gọi … thi đua" (not the Call's name, "Lời kêu gọi thi đua ái quốc")."""
OWN_HEADING = re.compile(r"^\W*Số(?:\s+hiệu)?\s*:(?![^\n]*/(?:BC|TTr)\b)[^\n]*(?:\n(?!\W*BÁO CÁO\b)[^\n]*){0,8}?"
                         rf"(?:{EMULATION}|\b(?:triển khai|phát động|thực hiện|tổ chức)\s+(?:các\s+)?phong trào\b)", re.M | re.I)
"""The heading of a plan's own text, its number and, in the lines under it (past its motto, place
and date and kind), its title of a campaign ("Số: 01-KH/BCĐTW …" / "TRIỂN KHAI PHONG TRÀO “BÌNH
DÂN HỌC VỤ SỐ”"); not a report's ("Số: 12/BC-UBND", "BÁO CÁO")."""


def extract(text: str, published: Optional[PartialDate] = None) -> Draft:
    """Read an article's text into a draft; raise :class:`NotAPlan` when it announces none. An
    English article is read as English (thidua/editing/english.py). The article's date, when its
    editor gives it (``published``), is read as the page's time stamp would be. The text is read, and its body kept,
    in Unicode form NFC, as every stored text is (a page may serve its letters decomposed, each mark a character of
    its own)."""
    text = nfc(text)
    if is_english(text):
        return extract_english(text, published)
    draft = Draft()
    lines, stamp = _article_lines(text)
    stamp = first_published(text) or stamp  # (a repost's page date is not its article's)
    paragraphs = [line for line in lines if line]
    if not paragraphs:
        raise NotAPlan("the text holds no article: only page furniture, or nothing")
    refused = near_miss(paragraphs)
    if refused:
        raise NotAPlan(f"the text announces no plan launching a campaign: it is {refused}")
    draft.body = "\n\n".join(paragraphs) + "\n" if paragraphs else ""
    prose = without_history(DOUBLED.sub(lambda slip: slip.group(1) or f"{slip.group(2)} ",
                                        unspaced(without_lunar_days(rewrapped("\n".join(_one_story(paragraphs)))))))
    # (the body keeps them as printed)
    stamp = article_date(draft, stamp, published, "the page's time stamp")
    number = _own_number(prose) or _bare_number(prose)
    # A date printed without its year takes the article's own (its page's time stamp, or the date its editor
    # gives), else the one year of the campaign the text launches ("phát động phong trào thi đua năm 2024"),
    # never another year the text happens to name: without either it stays unknown (a launch day may then be
    # dated by the campaign's span: facts.dated_by_campaign).
    campaign = campaign_years(prose, number[0] if number else None)
    default_year = stamp.year if stamp else (
        int(campaign.group("first")) if campaign and campaign.group("first") else None)
    if number:
        record_fact(draft, "number", number[0], number[1])
    _type(draft, prose, number[0] if number else None)
    unread = _issued(draft, prose, number[0] if number else None, stamp)
    told_year = read_period(draft, prose, default_year)  # (a drive's year: not its period; it still dates the text)
    if ended_before(prose, draft.values.get("period") or (told_year and {"end": str(told_year)}), stamp):
        raise NotAPlan(f"the text announces no plan launching a campaign: it is {LOOKED_BACK_ON_ENDED}")
    span = campaign_span(draft) or (told_year and (told_year, told_year))
    if not number and "issued" not in draft.values and span and not unread:
        _launch_day(draft, prose, None, stamp, span)  # its year from the campaign's
    read_places(draft, prose, number[0] if number else None)
    span_before_its_plan(draft)  # (wrong spans out before the province is judged by the plan's day)
    span_told_past(draft)
    unit_of_its_day(draft, told_year)
    _people(draft, prose, paragraphs)
    cites = [m.group(1) for m in mentions(prose) if not number or m.group(1) != number[0]]
    if cites:
        draft.values["cites"] = list(dict.fromkeys(cites))
        draft.found["cites"] = "the document numbers the text mentions"
    suggest_movements(draft, prose)
    if len(paragraphs[0]) < 250 and not paragraphs[0].endswith("."):
        record_fact(draft, "title", paragraphs[0], "the headline")
    else:
        draft.missing["title"] = "the article's text has no headline: write the plan's title"
    if not launches_or_plans(draft, prose, LAUNCH, STARTED, CAMPAIGN_NAMED, OWN_HEADING,
                             *naming_a_movement(prose, MOVEMENT_LAUNCHED)):
        raise NotAPlan(NOTHING_LAUNCHED)
    for name, why in (("number", "the text gives the plan no number"),
                      ("issued", "the text gives no issue date"),
                      ("province", "the text names no province"),
                      ("period", "the text gives no campaign period"),
                      ("signer", "the text names no signer"),
                      ("occasion", "the text names no occasion"),
                      ("slogan", "the text gives no slogan or theme"),
                      ("participants", "the text does not say who takes part")):
        if name not in draft.values and name not in draft.missing:
            draft.missing[name] = why
    ask_to_confirm_its_launch(draft, paragraphs)
    return draft


def _article_lines(text: str) -> tuple[list[str], Optional[PartialDate]]:
    """The article's lines without the page around it, and the page's time stamp (or the date
    a crawler put before the text: " date 2026-01-29 …"; of several stamps that differ,
    :func:`~thidua.editing.facts.one_stamp`)."""
    crawl, text = crawled(text)
    lines, stamp, stamps = [], None, []
    started = False  # the page's time stamp comes before the article's first long line
    links = False  # between the headline and the article, a box of related links
    for raw in text.splitlines():
        line = raw.strip()
        if END_OF_ARTICLE.match(line) or SIDEBAR.match(line):
            if started:
                break
            if SIDEBAR.match(line):  # a sidebar above the article ("Văn bản mới / … / Thống kê truy cập / …"): what
                lines, stamps = [], []  # came before is the page's
            else:  # related links between the headline and the article ("… / Tin liên quan / <links> / (BGĐT) - Sáng …"):
                links = bool(lines)  # skipped up to the article's first sentence (under a listing's heading: its items)
            continue
        if links and not (STORY.match(re.sub(r"^\([^()]{1,20}\)\s*[-–]\s*", "", line)) or (
                len(line) > 40 and line.rstrip("”\"’' ").endswith((".", ":", ";")) and not line.endswith(("...", "…")))):
            continue
        links = False
        glued = GLUED_STAMP.match(line)
        if glued and not started and not (crawl or stamp):  # "23/04/2021Sáng 22/04, …": a listing's date
            stamp = partial_date(*(int(group) for group in reversed(glued.groups())))
            line = line[glued.end():]
        closing = HEADLINE_STAMP.search(line)
        if closing and not started:  # "Hai Bà Trưng: Tổ chức phong trào thi đua … (15:35 30/11/2019)"
            stamps.append(partial_date(*(int(group) for group in reversed(closing.groups()))))
            line = line[:closing.start()]
        match = STAMP.search(line)
        if match and len(line) < 60 and not started:
            day, month, year = [g for g in match.groups() if g][:3]
            stamps.append(partial_date(int(year), int(month), int(day)))
            continue
        if FURNITURE.match(line):
            continue
        started = started or (len(line) > 80 and line.rstrip("”\"’' ").endswith((".", ":", ";")))  # prose, not a headline
        lines.append(line)
        if started and SIGNED_OFF.match(line):
            break
    return lines, crawl or stamp or one_stamp(stamps)


STORY = re.compile(r"^(?:sáng|chiều|tối|trưa|ngày)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.I)
"""A paragraph that opens a news story with its day: "Chiều 28/3, tại Nhà Quốc hội, …"."""


def _one_story(paragraphs: list[str]) -> list[str]:
    """A listing of stories (no headline; three paragraphs or more, half of them at least, that
    each open with their day) is read in its first story that launches a campaign, that story's
    facts only; any other text whole (an article under its headline that tells one plan's
    follow-up day by day is one story)."""
    starts = [index for index, paragraph in enumerate(paragraphs) if STORY.match(paragraph)]
    if len(starts) < 3 or starts[0] > 0 or len(starts) < len(paragraphs) / 2:
        return paragraphs  # (under a headline, days that follow one story)
    for start, end in zip(starts, [*starts[1:], len(paragraphs)]):
        if LAUNCH.search(" ".join(paragraphs[start:end])):
            return paragraphs[:starts[0]] + paragraphs[start:end]
    return paragraphs


def _is_byline(line: str) -> bool:
    """The article's last line is a byline: short, no digits, not a sentence, and in capitals
    ("HÁI", "T. HUY", "ĐẮC LINH - THU HÀ") or two or more capitalised words ("Minh An"); not a
    single word such as the "Điều" a text cut off ends on."""
    words = re.findall(r"\w+", line)
    if not words or len(line) > 40 or line.endswith((".", ")")) or re.search(r"\d", line):
        return False
    return line.upper() == line or (len(words) >= 2 and all(word[0].isupper() for word in words))


def _own_number(prose: str) -> Optional[tuple[str, str]]:
    """The plan's own number: one printed as "Số …", "vừa ban hành Kế hoạch số …", "(Nguồn Kế
    hoạch số …)", "ký ban hành Kế hoạch số …" or at the head of the headline ("Kế hoạch
    236/KH-UBND thực hiện …"); a number after "Căn cứ", "Nghị quyết số",
    "Chỉ thị số" or an earlier "đã ban hành" is one it cites, unless its sentence says it
    launches the campaign ("đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua"), or
    sets it out ("Theo Kế hoạch số 25/KH-UBND của UBND phường, phong trào được triển khai …": last,
    when no other is told).
    When two numbers fit equally well, the text does not say which is the plan's: None."""
    ranked: dict[str, tuple[int, str]] = {}
    for index, match in enumerate(mentions(prose)):
        line_start = prose.rfind("\n", 0, match.start()) + 1
        before = prose[max(line_start, match.start() - 40):match.start()]
        sentence = _clause_before(prose, match.start())
        headline = line_start == 0 and HEADLINE_NUMBER.match(before)
        line_end = prose.find("\n", match.end())
        titled = match.start() - line_start < 40 and TITLE_LAUNCH.match(prose[match.end():]) and not (
            prose[match.end():line_end if line_end >= 0 else len(prose)].rstrip().endswith("."))  # (a title)
        launching = ((LAUNCHED_BY.match(prose[match.end():match.end() + 120]) or titled)
                     and not re.search(rf"\b(?:{CITING})\b", re.split(r"[,;]", sentence)[-1], re.I)
                     and not (re.match(rf"\W*(?:{CITING})\b", sentence, re.I) and not ISSUING.search(sentence)))
        # (not one of the documents a sentence opens by carrying out: "Thực hiện Chỉ thị số 34-CT/TW … về
        # … công tác thi đua, khen thưởng và Kế hoạch số 737/KH-LMHTXVN … về phát động đợt thi đua …, Ban
        # Chấp hành … phát động …")
        set_out = _sets_out(prose, sentence, match.group(1), prose[match.end():])
        if not (headline or launching or set_out or OWN_NUMBER.search(before)
                or OWN_NUMBER.search(before.strip() + " ")) or LOOKED_BACK_ON.search(sentence):
            continue  # (a document told as earlier: "Trước đó, Tổng cục Thuế đã ban hành …")
        if re.search(r"kèm theo", before, re.I) and prose.count("\n", 0, match.start()) > 6 and not (
                index == 0 and re.search(r"^\s*(?:KẾ HOẠCH|CHỈ THỊ)\s*$(?:\n[^\n]*){0,2}\n[^\n]*\Z",
                                         prose[:match.start()], re.M)):
            continue  # "(Kèm theo Quyết định số …)" inside the plan: criteria it cites, not the
                      # decision that issues it (under the plan's title, its kind printed alone two or three
                      # lines above, however far down a page's preamble puts it, the text's first number)
        rank = 1 if headline else 0 if re.match(r"\s*số(?:\s+hiệu)?\s*[:\s]", before, re.I) or re.search(
            r"nguồn|kèm theo", before, re.I) else (
            1 if re.search(r"\bvừa\b|\bký ban hành", sentence, re.I) else
            3 if re.search(r"\bđã ban hành|căn cứ|theo\b", re.split(r"[,;]", sentence)[-1], re.I)
            else 2)
        number = match.group(1)
        after = SENTENCE_END.split(prose[match.end():], 1)[0]
        if AWARDS.search(EMULATION_WORK.sub("thi đua", after)[:80]) or re.match(
                r"\s*(?:ngày[^,;]{0,25}\s)?(?:về\s+(?:việc\s+)?)?(?:kiện toàn|thành lập|bổ nhiệm|phân công|cử)\b", after, re.I):
            continue  # "ký Quyết định số 1234/QĐ-UBND tặng Bằng khen …": a commendation; "… về việc
                      # kiện toàn Hội đồng Thi đua - Khen thưởng": an organising decision
        bracketed = re.search(r"\(\s*(?:kế hoạch|chỉ thị|quyết định|công văn)\s+số\s+$", before, re.I)
        if bracketed and (not ISSUING.search(sentence) or re.search(rf"\b(?:{CITING})\b", sentence, re.I)):
            continue  # "(Chỉ thị số 21/CT-TTg …)" after a campaign "do Thủ tướng phát động": cited
        if rank == 3 and not (CARRIES_OUT.search(after) or set_out):
            continue  # one issued earlier ("Năm 2014, Bộ Chính trị đã ban hành …") that the
                      # sentence does not say launches the campaign: one the text looks back on
        if number not in ranked or rank < ranked[number][0]:
            ranked[number] = (rank, f"“…{before.strip()} {number}”")
    for number in [number for number in ranked if national_issuer(number)]:
        if answered_locally(prose, prose.find(number)):
            del ranked[number]  # "Thủ tướng … đã ban hành Chỉ thị số 15/CT-TTg … Hưởng ứng, UBND tỉnh …"
    if not ranked:
        return None
    best = min(rank for rank, _ in ranked.values())
    winners = [(number, source) for number, (rank, source) in ranked.items() if rank == best]
    return winners[0] if len(winners) == 1 else None


def _clause_before(prose: str, at: int) -> str:
    """The words of ``at``'s sentence before it: from its line's start or the last full stop, whichever is later."""
    return prose[max(prose.rfind("\n", 0, at), prose.rfind(".", 0, at)) + 1:at]


def _sets_out(prose: str, before: str, number: str, after: str) -> bool:
    """Whether ``number``, between ``before`` and ``after`` (its sentence's words on each side), is of
    the plan that sets out the campaign the text launches (THEO_PLAN with CAMPAIGN_SUBJECT, PLAN_OF_CAMPAIGN,
    OWN_PLAN_CARRIED with its owner; with its owner told, THEO_PLAN with EMULATION_SUBJECT, SPELT_OUT_IN or the plan
    the text's first launch is done under, :func:`_launched_under`): not a national body's where it does not launch,
    nor one dated in an earlier year over PLAN_BEFORE_LAUNCH_DAYS before the launch; not in a text that launches
    nothing (a look at a campaign under way: "Theo Kế hoạch số 30/KH-UBND …, phong trào được triển khai … Qua hơn một
    năm …") nor in a summing-up
    that launches a new phase; a plan said to be someone's must be of the body a launch not told as
    earlier names (:func:`_same_body`), and one told as signed by a body or leader on a day ("…, ký ngày 10/9/2023 bởi
    Bộ trưởng …", PLAN_OF_OWNER; "… do Bộ trưởng ký ngày 16/2/2024", PLAN_BY_OWNER) not a superior's
    (:func:`_superiors`; reviews S267, S272. Not any signer no launch names: review S273 found the launchers' own heads
    named in too many ways, "bởi Hiệu trưởng, PGS.TS …", "Chủ tịch LĐLĐ tỉnh" for "LĐLĐ Thanh Hóa")."""
    carried = OWN_PLAN_CARRIED.search(before)
    about_a_launch = PLAN_ABOUT_A_LAUNCH.match(after) if carried else None  # "… của Sở Xây dựng về việc phát động …"
    owner = about_a_launch or OWNER.match(after)
    launched_by_it = bool(about_a_launch) or bool(carried and owner) and carried.group(1).lower() == "thực hiện" \
        and bool(LAUNCH.search(SENTENCE_END.split(after[owner.end():], 1)[0]))  # "Thực hiện Kế hoạch số … của …, ngày
    # 7/3, <the body> tổ chức lễ phát động …"
    owned_only = not ((THEO_PLAN.search(before) and CAMPAIGN_SUBJECT.match(after)) or PLAN_OF_CAMPAIGN.search(before)
                      or launched_by_it)
    if owned_only and not (owner and ((THEO_PLAN.search(before) and EMULATION_SUBJECT.match(after))
                                      or SPELT_OUT_IN.search(before) or _launched_under(prose, before))):
        return False
    national = national_issuer(number)
    if national and not any(national[0].lower() in _plain(launcher, spelt=True).lower()
                            for launcher in _launchers(prose)):
        return False  # a national body's where it does not launch ("… theo Kế hoạch số 310/KH-BYT …" at a province's)
    if not _launches_anew(prose):
        return False  # nothing launched, or a summing-up that launches a new phase (the plan may be the old one's)
    told = owner or PLAN_OF_OWNER.match(after) or PLAN_BY_OWNER.match(after)
    if told and _superiors(told.group("owner"), after[told.end("owner"):], _launchers(prose)):
        return False  # a superior's ("…, ký ngày 10/9/2023 bởi Bộ trưởng …", "… của Cục Thuế tỉnh, … Chi cục Thuế …")
    first, headline = _first_launch(prose), prose.split("\n", 1)[0].strip()
    launches = [launch for launch in _launching(prose)
                if not owned_only or launch.strip() in (first.strip(), headline)]  # (in these
    # shapes, the headline's or the first launcher's: not a side launch's, "Cùng ngày, UBND huyện Gio Linh cũng tổ chức
    # lễ phát động …")
    launchers = [launch[:LAUNCH.search(launch).start()] for launch in launches if LAUNCH.search(launch)]
    dated, launched = OWN_DATE.search(after.split(",", 1)[0]), _launched(prose, None, None)
    issued = date_of(dated, None) if dated and launched else None
    if issued and issued.year < launched.year \
            and issued.first_day < launched.first_day - dt.timedelta(days=PLAN_BEFORE_LAUNCH_DAYS):
        return False  # an earlier year's, a phase's or the whole movement's ("Theo Kế hoạch số 36/KH-UBND ngày
        # 20/2/2023 …, phong trào thi đua được triển khai trong giai đoạn 2023-2025" at a launch of 12/3/2024)
    return not owner or any(_same_body(owner.group("owner"), launcher) for launcher in launchers
                            if not GUEST_AT_A_LAUNCH.search(launcher))
    # (not a guest's, a host's or a speaker's: "Phó Chủ tịch UBND tỉnh … dự lễ phát động … của huyện Yên Minh", "Phó
    # Chủ tịch UBND TP Hải Phòng … đề nghị các xã, phường tiếp tục phát động …")


def _launched_under(prose: str, before: str) -> bool:
    """Whether ``before``, a sentence's words up to a plan's number, launches a campaign under that plan (UNDER_A_PLAN
    after LAUNCH) and is the text's first launch past its headline (not one of many a round-up tells: "Ngày 12/3, Liên
    đoàn Lao động tỉnh phát động … theo Kế hoạch số 56/KH-LĐLĐ …" after "nhiều cơ quan, đơn vị … đồng loạt phát
    động …"); not a launch told as earlier, another's or looked back on ("… đã phát động …", "Hưởng ứng đợt thi đua
    do Bộ Công an phát động theo …", "phong trào thi đua được phát động ngày 26/2/2024 theo …")."""
    launch = LAUNCH.search(before)
    if not launch or not UNDER_A_PLAN.search(before, launch.end()) or re.search(r"\bđã\s+|\bdo\b|\bđược\b",
                                                                                before[:launch.start()], re.I):
        return False
    return before.strip() in _first_launch(prose)


def _first_launch(prose: str) -> str:
    """The text's first sentence past its headline that launches a campaign (:func:`_launching`), if any, else ""."""
    headline = prose.split("\n", 1)[0].strip()
    return next((sentence for sentence in _launching(prose) if sentence.strip() != headline), "")


def _without_leaders_name(owner: str) -> str:
    """A leader's post and body without the leader's name after them ("Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Minh": two to
    four capitalised words after a word in lower case, opening with a surname, that name no place the gazetteer knows,
    nor follow a commune's or ward's level word); any other owner as it is."""
    words = owner.split()
    name = len(words)
    while name and words[name - 1][:1].isupper():
        name -= 1
    if not LEADERS_POST.match(owner) or LEADERS_POST.fullmatch(" ".join(words[:name])) \
            or not 2 <= len(words) - name <= 4 or not name or not words[name - 1][:1].islower() \
            or words[name - 1].lower() in ("xã", "phường", "trấn"):
        return owner  # (not "Bộ Công Thương" of "Bộ trưởng Bộ Công Thương", nor a ward's name: "phường Hà Huy Tập")
    person = " ".join(words[name:])
    return owner if words[name] not in SURNAMES or gazetteer().lookup(person) or gazetteer().names_a_district(person) \
        else " ".join(words[:name])


SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Trương", "Mai", "Cao", "Tạ", "Hà", "Lương", "Đào", "Triệu", "Thái",
            "Lưu", "Tô", "Châu", "Chu", "Quách", "Vương", "Trịnh", "Kiều", "Đàm", "Nông", "Lò", "Hứa", "Giang", "La",
            "Tăng", "Phùng", "Kim", "Tống", "Đồng", "Khổng", "Lại", "Lục", "Mạc", "Mạnh", "Nghiêm", "Quan", "Thân",
            "Văn", "Y", "H'"}
"""The surnames a leader's name after the post opens with (the common ones), so that a place's name is not taken for
a person's ("Chủ tịch Hội Nông dân Việt Nam" keeps "Việt Nam")."""


CAMPAIGN_ABOUT = (r"(?:về\s+(?:việc\s+)?)?(?:(?:tổ chức|phát động|triển khai|thực hiện)\s+){0,3}"
                  r"(?:phong trào|đợt|cao điểm)\b(?:[^,;“\"]|“[^”]*”|\"[^\"]*\")*?")
"""A plan's subject when it is a campaign, up to a comma ("về tổ chức phong trào", "triển khai phong trào", "về việc tổ
chức phát động đợt thi đua “…” năm 2024")."""
def _launches_anew(prose: str) -> bool:
    """Whether the text launches a campaign, and not at a summing-up that launches a new phase (where a plan may be the
    old phase's)."""
    launches = [sentence for sentence in sentences(prose) if LAUNCH.search(sentence)]
    return bool(launches) and not re.search(r"\b(?:sơ kết|tổng kết)\b", prose.split("\n", 1)[0] + launches[0], re.I)


def _launching(prose: str) -> list[str]:
    """The sentences that launch a campaign, not one looked back on (LOOKED_BACK_ON) nor told as done ("đã phát
    động")."""
    return [sentence for sentence in sentences(prose) if LAUNCH.search(sentence)
            and not LOOKED_BACK_ON.search(sentence) and not re.search(r"\bđã\s+phát động\b", sentence)]


def _launchers(prose: str) -> list[str]:
    """The bodies (or their leaders' posts) the text says launch the campaign, in each sentence that launches it: not
    one told as done beside another ("Ngày 28/2, UBND tỉnh … đã tổ chức lễ phát động …"; not beside the headline's nor
    the units' own launches after it), nor a guest's or a speaker's (GUEST_AT_A_LAUNCH); the subject before the launch,
    the first of its parts between commas that names no time, place, occasion or audience (OPENER; "Sáng 14/3, tại xã
    Thượng Ấm, UBND huyện Sơn Dương tổ chức lễ …"), the last of a list begun by "của", "với" or "cùng" ("dưới sự chỉ
    đạo của Huyện ủy, UBND huyện, Hội LHPN huyện … tổ chức …"), bodies launching together before the place they share,
    and a leader's post after a person's name ("Đồng chí Nguyễn Văn A, Chủ tịch UBND huyện …"); not a parent or an
    address after it ("Chi cục Thuế khu vực I, Cục Thuế tỉnh Hà Giang", "UBND xã Tân Lập, huyện Lục Ngạn")."""
    launches = _launching(prose)
    headline = prose.split("\n", 1)[0].strip()
    told = [launch for launch in launches if not EARLIER_LAUNCH.search(launch)]
    launches = told if any(launch.strip() != headline and not UNITS_BELOW_LAUNCH.search(launch)
                           and not re.match(r"\W*sau\s+(?:buổi\s+)?(?:lễ|hội nghị)\b", launch, re.I)
                           for launch in told) else launches  # (not "Sau lễ phát động, các xã … tiếp tục phát động …")
    subjects, bodies = [], []
    for launch in launches:
        words = launch[:LAUNCH.search(launch).start()]
        if GUEST_AT_A_LAUNCH.search(words):
            continue
        parts = [part.strip() for part in _past_the_dateline(words).split(",")]
        start = next((i for i, part in enumerate(parts) if part[:1].isupper() and not OPENER.match(part)),
                     len(parts))  # (not "thanh niên" of "với sự tham dự của … đoàn viên, thanh niên")
        if 0 < start < len(parts) and re.search(r"\b(?:của|với|cùng)\s+[A-ZĐ]", parts[start - 1]):
            start = len(parts) - 1  # the last of a list the words before began ("dưới sự chỉ đạo của Huyện ủy, UBND
        parts = parts[start:]       # huyện, Hội LHPN huyện Đức Hòa tổ chức …")
        joint = next((i for i, part in enumerate(parts) if not BARE_BODY.fullmatch(part)), len(parts))
        place = PLACE_WORDS.search(parts[joint]) if joint < len(parts) else None  # ("Huyện ủy, HĐND, UBND, Ủy ban
        named = [f"{part} {place.group(0)}" if place else part for part in parts[:joint]]  # MTTQ huyện Yên Minh")
        posts = [part for part in parts[joint + 1:] if LEADERS_POST.match(part)]
        named += parts[joint:joint + 1] + posts
        subjects += named
        if launch.strip() != headline and not posts:  # (not a person's name before the post: "Thượng tá Hà Văn
            bodies += [subject for subject in named if not LEADERS_POST.match(subject)]  # Tuấn, Trưởng Công an huyện")
    return [subject for subject in subjects if not bodies or not LEADERS_POST.match(subject)]  # (a leader who
    # launches at another body's ceremony, "Phó Chủ tịch UBND huyện … phát động …" at a commune's, is no launcher
    # where the text tells a body launching)


EARLIER_LAUNCH = re.compile(r"\bđã\s+(?:tổ chức\s+(?:lễ|hội nghị)\s+)?phát động\b", re.I)
"""A launch told as done ("Ngày 28/2, UBND tỉnh Hòa Bình đã tổ chức lễ phát động …"): an earlier one, where the text
tells another without it."""
GUEST_AT_A_LAUNCH = re.compile(r"(?<!tham )(?<!sự )\b(?:dự|chứng kiến|đăng cai|chung vui|ghi nhận)\b"
                               r"(?!\s+(?:án|kiến|toán|báo|thảo|bị|phòng|thi|trữ)\b)|"
                               r"\b(?:tại|trong)\s+(?:buổi\s+)?(?:lễ|hội nghị)\s*$|"
                               r"\b(?:đề nghị|yêu cầu|kêu gọi|đề xuất|giao cho)\b[^,;.]*$", re.I)
"""Words before a launch that tell of a guest, a host or a speaker, not of the launcher ("Phó Chủ tịch UBND tỉnh … dự
và phát biểu chỉ đạo tại lễ phát động …", "… đăng cai tổ chức lễ phát động …", "… ghi nhận việc xã sớm phát động …",
"Phó Giám đốc Sở Y tế đề nghị Trung tâm … phát động …"; not "với sự tham dự của …", "trước sự chứng kiến của …", nor a
leader who "phát biểu chỉ đạo và phát động …")."""
DATELINE = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*[-–—]*\s*|(?:[A-ZĐ]{2,6}|[\w.]{2,30}\.(?:vn|com|net))\s*[-–—]+\s*)?"
                      r"(?:[^:,]{1,40}:\s*)?")
"""What opens a lead before its first words: the paper's tag, "(GLO)- ", "QNO - ", "Baophutho.vn - ", a place, "TP Cần
Thơ: "."""
PLACE_BEFORE_DASH = re.compile(r"\s*(?P<place>(?:TP\.?\s*)?[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s*[-–—]+\s*")
"""A name before a dash that may be a place's, opening a lead ("Hà Nội - ", "Bà Rịa - ", "HÀ NỘI — ")."""


def _past_the_dateline(words: str) -> str:
    """A lead's words past what opens it (DATELINE) and past every place named before a dash ("TP Hồ Chí Minh - ",
    "Bà Rịa - Vũng Tàu - ", "Krông Pắc - ": a province, a centrally-run city or a district the gazetteer knows by that
    name; not a body's, "Tỉnh Đoàn Quảng Nam - Sáng 26/3, …", "Hội LHPN - Hội Nông dân xã … phối hợp …": review S334
    found them stripped as places, their own plans then read as others')."""
    words = DATELINE.sub("", words)
    while (place := PLACE_BEFORE_DASH.match(words)) and (
            gazetteer().lookup_printed(place.group("place")) or gazetteer().names_a_district(place.group("place"))):
        words = DATELINE.sub("", words[place.end():])
    return words


BARE_BODY = re.compile(r"(?:Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|(?:Thường trực\s+)?(?:HĐND|Hội đồng nhân "
                       r"dân)|UBND|Ủy ban nhân dân|(?:Ủy ban MTTQ|UBMTTQ|Ủy ban Mặt trận Tổ quốc)(?:\s+Việt Nam)?)")
"""A body named without its place, one of several that launch together before the place they share ("Đảng ủy, UBND
xã Cao Minh …")."""
PLACE_WORDS = re.compile(r"\b(?:tỉnh|thành phố|TP|huyện|quận|thị xã|thị trấn|xã|phường)\b.*")
"""A place and all after it, in the last of several bodies that launch together."""
LEADERS_POST = re.compile(r"(?:Phó\s+)?(?:(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Hiệu trưởng|Chỉ huy trưởng|Tư lệnh|"
                          r"Chính ủy|Chủ nhiệm|Trưởng)\b|(?:Bộ|Thứ|Cục|Tổng cục|Chi cục|Vụ) trưởng\b)")
"""A leader's post, that names the body led ("Chủ tịch UBND huyện …", "Cục trưởng Cục Thuế tỉnh")."""
OPENER = re.compile(r"(?:sáng|chiều|tối|trưa|ngày|hôm|tại|vào|trong|nhân|dịp|đúng|năm|tháng|từ|qua|sau|trước|tiếp|"
                    r"hưởng ứng|thực hiện|theo|căn cứ|quán triệt|triển khai|để|nhằm|với|cùng|dưới|được|hướng tới|"
                    r"chào mừng|kỷ niệm|mới đây|vừa qua|phát biểu|thay mặt|đại diện|thừa|cuối|đầu|giữa|cũng|\d)\b",
                    re.I)
"""The opening words of a part of a sentence that is its time, place, occasion or speaker ("Sáng 14/3", "tại xã …",
"Hướng tới kỷ niệm …", "Được sự thống nhất của …", "Phát biểu chỉ đạo"), not its subject."""


def _same_body(owner: str, launcher: str) -> bool:
    """Whether the body a plan is said to be of is one the launching clause names (any of its parts between
    commas, past a leader's post): the owner's words, past "Ban Thường vụ" and the like, begin its name ("UBND
    phường" of "UBND phường Hà Giang 1 …", "Hội LHPN tỉnh" of "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng", "Sở Y tế"
    of "Sở Y tế tỉnh Nam Định", "Thành ủy" of "Ban Thường vụ Thành ủy Hải Phòng"); not "UBND huyện Lục Nam"
    for "UBND xã Tân Lập", nor "UBND Thành phố" (the city that is a province) for "UBND thành phố Thủ Đức", nor "Thành
    ủy" for "Thành ủy viên", nor a part that is the place of the body before it ("…, TP Đà Nẵng"), nor a national
    body's name or a brand's for its branch's ("Ủy ban MTTQ Việt Nam" for "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị",
    "Vietcombank" for "Vietcombank Hà Tĩnh", "Agribank" for "Agribank Chi nhánh …", "EVN" for "EVNHCMC": BRAND,
    LOCAL_BRANCH, BRANDS_BRANCH)."""
    owned = _plain(owner)
    for index, part in enumerate(launcher.split(",")):  # ("UBND xã Tân Lập, huyện Lục Ngạn", "đồng chí …, Chủ tịch
        # UBND huyện …")
        subject = re.sub(r"^(?:(?:Phó\s+)?Chủ tịch|Giám đốc|Bí thư|Trưởng ban)\s+", "", _plain(part))
        if index and re.match(r"(?i:tỉnh|thành phố|huyện|quận|thị xã)\s+(?!(?:Đoàn|Ủy|Uỷ)\b)[A-ZĐ]", subject):
            continue  # the place of the body before it ("phường Hải Châu, TP Đà Nẵng"), not a body
        if owned and subject.lower().startswith(owned.lower()) and not A_MEMBER.match(subject[len(owned):]) \
                and not ((NATIONAL_NAME.search(owned) or BRAND.fullmatch(owned))
                         and BRANDS_BRANCH.match(subject[len(owned):])) \
                and not ("Thành phố" in owned and "Thành phố" not in subject) \
                and not (UNNAMED_CITY_BODY.search(owned) and _another_place_named(
                    re.sub(r"^\s*thành phố\b", "", subject[len(owned):]))):  # ("Thành đoàn" of "Thành đoàn TP
            # Thủ Đức": past its "TP")
            return True
    return False


def _plain(words: str, cities: bool = False, spelt: bool = False) -> str:
    """A body's name past "Ban Thường vụ" and the like, with "Ủy ban nhân dân" and "LHPN" as one spelling, with
    ``cities`` a city's "TP" ("UBND TP Cần Thơ", "UBND TP.HCM", "UBND Tp. Vinh", "UBND TP") as "thành phố", and with
    ``spelt`` the short names of bodies spelt out (ACRONYMS_SPELT; only to hold a launch day back:
    :func:`_is_the_launcher`. Review S267 found the numbers of superiors' plans stated through them, a superior's
    launch told as done written the other way)."""
    words = re.sub(r"^(?:Ban Thường vụ|BTV|Đoàn Chủ tịch|Ban Chấp hành|Thường trực)\s+", "", words.strip())
    words = re.sub(r"\bT[Pp](?:\b\.?|(?=[A-ZĐ]))\s*", "thành phố ", words) if cities else words
    words = re.sub(r"\bLHPN\b", "Liên hiệp Phụ nữ", re.sub(r"\bỦy ban nhân dân\b", "UBND", words))
    return " ".join((ACRONYMS.sub(lambda short: ACRONYMS_SPELT[short.group(0)], words) if spelt else words).split())


ACRONYMS_SPELT = {"LĐLĐ": "Liên đoàn Lao động", "CHQS": "Chỉ huy Quân sự",
                  "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo", "MTTQ": "Mặt trận Tổ quốc"}
"""The short names of bodies a text may use for the long ones ("LĐLĐ tỉnh" of "Liên đoàn Lao động tỉnh …")."""
ACRONYMS = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ACRONYMS_SPELT)) + r")(?!\w)")


def _is_the_launcher(owner: str, subject: str) -> bool:
    """Whether ``owner`` names ``subject``, one of :func:`_launchers`: as :func:`_same_body` reads it, past any leader's
    post on either ("Phó Giám đốc …", "của Giám đốc Công an tỉnh"), a city's "TP" read as "thành phố" (only to hold a
    launch day back: :func:`_unread_plan`); not
    "Tỉnh ủy" for "Tỉnh ủy viên, …", nor a national body's name for its branch's ("Kho bạc Nhà nước" for "Kho bạc Nhà
    nước Hà Giang"), nor a place's for one whose name goes on from it (PLACE_NAMED_LAST); "UBND thành phố" is the
    launcher's where it is a city of a province ("UBND thành phố Uông Bí")."""
    named = _plain(re.sub(rf"^{LEADERS_POST.pattern}\s+", "", BRACKETED_SHORT.sub("", subject.strip())), cities=True,
                   spelt=True)
    owner = re.sub(rf"^{LEADERS_POST.pattern}\s+", "", owner.strip())  # ("của Giám đốc Công an tỉnh")
    owned = _plain(owner, cities=True, spelt=True)
    rest = named[len(owned):]
    if not owned or not named.lower().startswith(owned.lower()) or ANOTHER_UNIT.match(rest) \
            or (NATIONAL_NAME.search(owned) or " " not in owned) and LOCAL_BRANCH.match(rest) \
            or PLACE_NAMED_LAST.search(owned) and re.match(rf"\s+(?:{NAME_WORD}|\d)", rest):
        return False  # (not "UBND xã Tân Phú" for "UBND xã Tân Phú Trung", nor "… Châu Thành" for "… Châu Thành A")
    return _same_body(owned, named) or bool(UNNAMED_CITY_BODY.search(owned)) and "Thành phố" not in owned \
        and _city_of_a_province(_leading_name(rest))


BRACKETED_SHORT = re.compile(r"\s*\((?:[A-ZĐ][\w&.-]{1,11}\s*)+\)")
"""A body's short name in brackets after its long one ("Liên đoàn Lao động (LĐLĐ) tỉnh …"), dropped to compare names."""
A_MEMBER = re.compile(r"\s*viên\b", re.I)
"""What after a body's name makes it a member's title ("Tỉnh ủy" of "Tỉnh ủy viên")."""
ANOTHER_UNIT = re.compile(rf"\w|{A_MEMBER.pattern}|\s+chi nhánh\b", re.I)
"""What after an owner's words makes the launcher another unit: more of a word ("EVN" of "EVNNPC"), a member ("Tỉnh
ủy" of "Tỉnh ủy viên"), a branch ("Agribank" of "Agribank Chi nhánh tỉnh …")."""
PLACE_NAMED_LAST = re.compile(rf"\b(?i:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+(?!(?:Đoàn|Ủy|Uỷ)\b)"
                              rf"{PLACE_NAME}$")
"""An owner whose name ends with its place's ("UBND xã Tân Phú"): a launcher whose name goes on with another name word
is another place's ("UBND xã Tân Phú Trung")."""
NATIONAL_NAME = re.compile(r"\b(?:Nhà nước|Việt Nam|Trung ương|Chính sách xã hội)$")
LOCAL_BRANCH = re.compile(r"\s+(?:[A-ZĐ]|(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|khu vực|chi nhánh)\b)")
"""A national body's name (NATIONAL_NAME), or a name of one word ("Agribank", "VNPT", "KBNN", "NHCSXH"), that its
branch's begins, the branch's name or place after it (LOCAL_BRANCH): "Kho bạc Nhà nước" is not "Kho bạc Nhà nước Hà
Giang", nor "Viettel" "Viettel Bắc Ninh", nor "NHCSXH" "NHCSXH tỉnh Lào Cai"."""
BRAND = re.compile(r"[A-Za-z&]+")
"""A body's name of one word in no Vietnamese letter: a brand's or a short name's ("Agribank", "VNPT", "KBNN"), whose
branches' names go on from it; not a body named back by its kind ("Hội" of "Ban Thường vụ Hội")."""
BRANDS_BRANCH = re.compile(rf"\w|{LOCAL_BRANCH.pattern}")
"""What after a national body's or a brand's name makes a branch's ("EVN" of "EVNHCMC", "VNPT" of "VNPT Bà Rịa - Vũng
Tàu")."""


UNNAMED_CITY_BODY = re.compile(r"\b(?:thành phố|TP\.?|Thành ủy|Thành đoàn)\s*$", re.I)
"""A city's body named without its name ("UBND thành phố", "UBND TP", "Thành ủy"): a province-level city's where the
launcher names a district-level one ("UBND thành phố Thủ Đức"), the same as the launcher's where it names that
province-level city ("Thành ủy Hải Phòng") or none ("UBND thành phố tổ chức …")."""


def _another_place_named(text: str) -> bool:
    """Whether ``text`` opens with a place's name that is no province's or centrally-run city's ("Thủ Đức …"; not
    "HCM tổ chức …", " Hải Phòng tổ chức …", nor "tổ chức …")."""
    names = _leading_name(text)
    return bool(names) and not any(province_named(" ".join(names[:size])) for size in range(len(names), 0, -1))


def _leading_name(text: str) -> list[str]:
    """The words of the name ``text`` opens with (up to four), if any."""
    words = re.match(rf"[\s.]*((?:{NAME_WORD})(?:\s+{NAME_WORD}){{0,3}})", text)
    return words.group(1).split() if words else []


def _city_of_a_province(words: list[str]) -> bool:
    """Whether a city of a province (not of a centrally-run city) bears the name ``words`` or their first ones make
    ("Uông Bí", of Quảng Ninh; not "Thủ Đức"), whose "UBND thành phố" can be no other."""
    return any(unit is not None and unit.kind == "province" for unit in (
        gazetteer().district_province(f"thành phố {' '.join(words[:size])}") for size in range(len(words), 0, -1)))


def _bare_number(prose: str) -> Optional[tuple[str, str]]:
    """A number printed without its symbol after the document it numbers, said to be issued
    ("ban hành Chỉ thị số 12"), if the text gives one such."""
    found = {match.group("number") or match.group("unnamed"): match for match in BARE_NUMBER.finditer(prose)
             if not prose[:match.start()].endswith("đã ") or JUST_ISSUED.search(sentence_of(prose, match))}
    # (one "đã ban hành" only when told as just issued: "vừa qua UBND tỉnh … đã ban hành Chỉ thị số 04, phát động …";
    # not "Năm 2021, Tỉnh ủy … đã ban hành Chỉ thị số 04, …")
    if len(found) != 1:
        return None
    number, match = next(iter(found.items()))
    return number, f"“{match.group(0).strip()}”"


def _type(draft: Draft, prose: str, number: Optional[str]) -> None:
    code = type_in_number(number) if number else None
    bare = BARE_NUMBER.search(prose) if number and not code else None
    if code:
        record_fact(draft, "type", code, f"the number {number}")
    elif bare and (bare.group("number") or bare.group("unnamed")) == number:
        record_fact(draft, "type", DOCUMENT_KINDS[bare.group("kind").lower()],
                    f"“{bare.group('kind')} số {number}”")
    elif number and (named := re.search(rf"\b({'|'.join(DOCUMENT_KINDS)})\s+(?:số\s+)?"
                                        rf"{re.escape(number)}(?![\w/])", prose, re.I)):
        record_fact(draft, "type", DOCUMENT_KINDS[named.group(1).lower()],
                    f"“{named.group(0)}”")  # "Công văn số 1520/UBND-VX": the kind named
    elif not number and (plan := PLAN_NAMED.search(prose)):
        record_fact(draft, "type", "KH", f"“{plan.group(0)}”")
    else:
        draft.missing["type"] = "the text names no document type"


def _issued(draft: Draft, prose: str, number: Optional[str], stamp: Optional[PartialDate]) -> Optional[str]:
    """The issue date: right after the number ("số 2255/KH-UBND ngày 21 tháng 8 năm 2023"), in
    the heading of the plan's own text (a line "Nghệ An, ngày 21 tháng 10 năm 2021", "Ngày ban
    hành: 28/07/2016"), in the sentence of its number, or in a sentence that says the plan was
    issued or signed; never a date whose nearest number before it in its clause is another
    document's (that document's date). A date without its year takes the article's (its page's
    stamp), and is none if that puts it after the article; the plan's own date right after its number (no word nor
    comma between) is then of the year before, when that is within YEAR_BEFORE_DAYS of the article ("Kế hoạch số
    15/KH-UBND ngày 29/12" on a page of 4/1/2025; not "Kế hoạch số 09/KH-UBND thực hiện Công điện 140 ngày 30/12"),
    else, or where no year can be given it, or where its printed year puts it after the article (a slip), left for
    review (never the launch day instead); the day in the sentence of a launch done under the plan is the launch's
    (:func:`_launched_under`). Without such a date, a
    launch told with no document, or with the one that sets the campaign out and is never said to be issued ("Theo Kế
    hoạch số 25/KH-UBND …": :func:`_sets_out`; not the plan a launch is done under, :func:`_launched_under`), is of the
    day it was launched; beside a dated plan that may be the
    launcher's own and whose number is not read (:func:`_unread_plan`), or beside the words that tell the read plan
    issued by the launcher on a day not read as its date (:func:`_launchers_dated_plan`: "… theo Kế hoạch số 42/KH-UBND
    mà UBND huyện đã ban hành từ ngày 25/2/2019"), it is left for review (the words telling that plan returned, where
    its number is not read)."""
    year = stamp.year if stamp else None
    windows, launchers = [], _launchers(prose)  # (the launchers: to hold a launch day back)
    if number and re.search(r"[/-]", number):
        for match in re.finditer(rf"(?<![\w/.-]){re.escape(number)}(?![\w/])", prose):
            windows.append(SENTENCE_END.split(prose[match.end():match.end() + 40])[0])
    numbered = len(windows)  # (the words right after the plan's own number)
    others = OTHER_DOCUMENTS.search(prose, 200)  # (past a sidebar's "Văn bản mới" at the page's top)
    windows += [m.group(0) for m in HEADING_DATE.finditer(prose) if not others or m.start() < others.start()]
    before, after = number_sentence(prose, number)
    under = bool(number) and _launched_under(prose, before)  # (its sentence's day is the launch's: "Ngày 27/3, UBND xã
    # … phát động … theo Kế hoạch số 27/KH-UBND của UBND xã")
    windows += [before + after] if number and not under else []
    windows += [_lead_in(prose, number)] if number else []
    windows += [sentence for sentence in sentences(prose)
                if ISSUING.search(sentence) and DOCUMENT_OR_CAMPAIGN.search(sentence)
                and _about_the_plan(sentence, number) and not (number and LOOKED_BACK_ON.search(sentence))]
    for index, window in enumerate(windows):
        matches = list(ISSUE_DATE.finditer(window))
        if window.strip()[:1].isdigit() and DATE.match(window.strip()):
            matches.insert(0, DATE.match(window.strip()))
            window = window.strip()
        for match in matches:
            if cited_before(window[:match.start()], number, window[match.end():]) or \
                    re.search(r"\bLuật\b[^.;]{0,80}$", window[:match.start()]):
                continue  # the date of a document the plan cites, or of a law
            if PERIOD_WORDS.search(window[:match.start()]):
                continue  # the campaign's start or end, not its issue
            if OTHER_EVENT.search(window[:match.start()]):
                continue  # another event's day: a launch by others, a meeting, a day celebrated
            if TOLD.search(window[match.end():]) or TOLD.search(re.split(r"[,;]", window[:match.start()])[-1]) \
                    or re.search(r"\bmà\s*$", window[:match.start()]):
                continue  # the day it was told of ("Ngày 9-12, … cho biết, … vừa ký kế hoạch …"), or
                          # another document's ("chương trình phối hợp mà ngày 10/3/2023, … đã ký")
            date = date_of(match, year or _year_stated(prose, match))
            if date and year and str(date.year) not in match.group(0) and year_unsaid(prose, date.year, date.month):
                continue  # its year the page's, which the text never prints
            if date and date.year < 1975:
                continue  # history ("Ngày 1/5/1948, Ban Thường vụ Trung ương Đảng đã ban hành Chỉ thị …")
            own = index < numbered and not window[:match.start()].strip()  # (right after the plan's number)
            if own and (not date or stamp and date.first_day > stamp.last_day):
                earlier = date and str(date.year) not in match.group(0) and partial_date(date.year - 1, date.month,
                                                                                         date.day)
                if earlier and (stamp.first_day - earlier.first_day).days <= YEAR_BEFORE_DAYS:
                    record_fact(draft, "issued", earlier, f"“{match.group(0).strip()}”, the year before the article's")
                else:
                    draft.missing["issued"] = (f"“{match.group(0).strip()}” is the plan's own date, but " + (
                        "it is after the article's: check it" if date and str(date.year) in match.group(0)
                        else "the text does not give its year: check it"))
                return None  # "Kế hoạch số 15/KH-UBND ngày 29/12" on a page of 4/1/2025: issued before it; without the
                # page's date, no year to give it: never the launch day instead
            if date and not (stamp and date.first_day > stamp.last_day):
                record_fact(draft, "issued", date, f"“{match.group(0).strip()}”")
                return None
    if number and (not _sets_out(prose, before, number, after[len(number):]) or ISSUED_PLAN.search(prose) or under):
        return None  # (a launch done under a plan is not its issue)
    launched = _launched(prose, year, stamp)
    if not number and (unread := _unread_plan(prose, stamp, launched, launchers)):
        draft.missing["issued"] = (f"“{unread}”: the launch may be this plan's, whose issue date the "
                                   "text gives, or another body's; check which")
        draft.launched = launched
        return unread
    dated = next((plan for plan in PLAN_TOLD.finditer(prose) if plan.group("number") == number
                  and _launchers_dated_plan(prose, plan, launchers, stamp, launched)),
                 None) if number else None  # ("… theo Kế hoạch số 42/KH-UBND mà UBND huyện đã ban hành từ ngày …")
    if dated:
        draft.missing["issued"] = f"“{sentence_of(prose, dated).strip()}” tells the plan's issue date: check it"
    else:
        _launch_day(draft, prose, year, stamp)
    return None


def _launched(prose: str, year: Optional[int], stamp: Optional[PartialDate]) -> Optional[PartialDate]:
    """The day the text tells its campaign was launched (:func:`_launch_day`), if it tells one (not "the article's day"
    for a launch "sáng nay")."""
    launch = Draft()
    _launch_day(launch, prose, year, stamp)
    return PartialDate.parse(str(launch.values["issued"])) if LAUNCH_DAY in launch.found.get("issued", "") else None


def _unread_plan(prose: str, stamp: Optional[PartialDate], launched: Optional[PartialDate],
                 launchers: list[str]) -> Optional[str]:
    """A dated plan that sets out a campaign (UNREAD_PLAN) that may be the launched campaign's own, whose date the
    launch day must not replace: said to be a launcher's, read strictly (:func:`_launchers`, :func:`_is_the_launcher`:
    enough to leave an issue date for review, never to state a plan's number), or said to be nobody's with a
    People's Committee's symbol ("KH-UBND") where one launches, of the level it covers (WIDER_SCOPE);
    never a national body's ("CT-TTg"), nor one issued long before the article (an earlier year's or phase's); or any
    plan told as a launcher's and dated shortly before (:func:`_launchers_dated_plan`: "Trước đó, ngày 12/3/2024, UBND
    huyện đã ban hành Kế hoạch số 66/KH-UBND về phát động phong trào thi đua này", "… theo Kế hoạch số 67/KH-UBND do
    Chủ tịch UBND huyện ký ngày 4/3/2019"), whose number is not stated either (reviews S250-S261 found superiors' plans
    told alike). ``launched``: the day the text tells the launch, if it does; ``launchers``: :func:`_launchers`."""
    levels = {"thành phố" if level.group(1) == "TP" else level.group(1).lower() for level in (
        COMMITTEE_LEVEL.match(_plain(launcher)) for launcher in launchers) if level}  # (the launching People's
    # Committees' levels)
    for match in UNREAD_PLAN.finditer(prose) if _launches_anew(prose) else ():
        owner, number = match.group("owner"), match.group("number")
        if national_issuer(number):
            continue  # a national body's
        if owner and not any(_is_the_launcher(owner, launcher) for launcher in launchers):
            continue  # another body's
        if not owner and (not re.search(r"[-/]UBND$", number) or not levels
                          or _wider(prose[match.start():].lstrip(), levels)):
            continue  # nobody's, and not a launching committee's symbol or level
        issued = date_of(ISSUE_DATE.search(match.group(0)), stamp.year if stamp else None)
        if issued and stamp and issued.first_day < stamp.first_day - dt.timedelta(days=EARLIER_PLAN_DAYS):
            continue
        return match.group(0).strip()
    for plan in PLAN_TOLD.finditer(prose):
        if _launchers_dated_plan(prose, plan, launchers, stamp, launched):
            return sentence_of(prose, plan).strip()
    return None


A_DAY = r"(?:ngày|hôm)\s+" + BARE_DATE_PATTERN
"""A day told with "ngày" or "hôm" ("ngày 4/3/2019", "hôm 20/4")."""
PLAN_TOLD = re.compile(r"\b(?:kế hoạch|chỉ thị)\b(?:\s+liên tịch)?(?:\s+(?:số\s+)?(?P<number>\d[\w/&.-]*\w))?", re.I)
"""A plan named, with its number if printed ("Kế hoạch số 66/KH-UBND", "Kế hoạch 08/KH-UBND", "kế hoạch")."""
PERSON = (r"(?:(?:anh|chị|ông|bà|đồng chí|bác sĩ|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng))\s+[^,;.]{2,40}?"
          r"(?:,|\s+[-–])\s*)?")
"""A person named before the post: "chị Trần Thị Mỹ Linh, Bí thư Tỉnh Đoàn", "Đại tá Nông Đức Thắng, Giám đốc …", "ông
Lê Văn Hà - Chủ tịch UBND huyện"."""
OWNER_END = r"(?=\s*(?:[,;.(]|$)|\s+(?:về|để|nhằm|triển khai|xác định|nêu|quy định|với|thực hiện|cụ thể hóa|ban hành|" \
            r"ký|đã|được|là|giao|phát động|tổ chức|mang)\b)"
"""Where a plan's owner ends: a clause's end, or the words that go on to its subject, purpose or issue."""
PLAN_OF_OWNER = re.compile(r"\s*,?\s*(?:(?:được\s+)?(?:ban hành|ký)\s+)?(?P<day>ngày\s+" + BARE_DATE_PATTERN
                           + r")\s+(?:của|do|bởi)\s+(?P<owner>" + PERSON + IN_CLAUSE + r"{2,80}?)" + OWNER_END, re.I)
"""A plan's date and owner after it: "… ngày 5/7/2024 của UBND huyện", "…, ban hành ngày 24/2/2023 của UBND huyện",
"…, ký ngày 10/4/2024 bởi Đại tá …, Chỉ huy trưởng …"."""
PLAN_BY_OWNER = re.compile(r"\s*(?P<about>" + CAMPAIGN_ABOUT + r")?\s*(?:do|mà|của|(?:đã\s+)?được)\s+(?P<owner>"
                           + PERSON + IN_CLAUSE + r"{2,80}?),?\s+(?:đã\s+)?(?:ký(?:\s+ban hành)?|ban hành)\s+"
                           r"(?:vào\s+|từ\s+)?(?P<day>" + A_DAY + ")", re.I)
"""A plan told as signed or issued by its owner on a day, after it: "… do Chủ tịch UBND huyện ký ngày 4/3/2019", "… mà
UBND huyện đã ban hành từ ngày 25/2/2019", "… đã được Bộ trưởng ký ban hành ngày 28/8/2024", "… được UBND thành phố
ban hành hôm 14/2", "… của UBND phường, ký ngày 10 tháng 11 năm 2025" (review S274)."""
PLAN_ISSUER = re.compile(r"^\s*(?:(?:vào\s+)?(?P<day>" + A_DAY + r")\s+)?(?P<owner>" + IN_CLAUSE + r"{2,80}?)\s+"
                         r"(?:(?:đã|vừa|tiếp tục|cũng)\s+)*(?:ký\s+(?:ban hành\s+)?|ban hành\s+|có\s+)$", re.I)
"""A plan's owner told as issuing it, before it in its clause: "UBND huyện đã ban hành …", "Sở đã có …"."""
THIS_CAMPAIGN = re.compile(r"\s*" + CAMPAIGN_ABOUT + r"\bnày\b", re.I)
"""A plan's subject that is the campaign the text launches: "về phát động phong trào thi đua này"."""
PLAN_SUBJECT_TOLD = re.compile(r"\s*,?\s*(?:về|triển khai|tổ chức|thực hiện|phát động|tổng kết|sơ kết|ra quân|"
                               r"hướng dẫn|chuẩn bị|kiện toàn)\b"
                               r"(?:[^,;“\"]|“[^”]*”|\"[^\"]*\")*", re.I)
"""A plan's subject, after it (and its date or owner): "về tổ chức phong trào thi đua “…” năm 2024", "triển khai phong
trào", "về chuyển đổi số"."""
PLANS_LISTED = re.compile(r"(?:kế hoạch|chỉ thị)\b[^;]*?\s+và\s+$", re.I)
"""A plan told before another in a list ("… đã ban hành Kế hoạch số 15/KH-UBND ngày 22/2/2024 về … và Kế hoạch số
31/KH-UBND …"): the owner told issuing the first issued the second."""
DAY_ALONE = re.compile(r"\s*(?:vào\s+)?(?P<day>" + A_DAY + r")\s*", re.I)
"""A clause that is a day alone ("Trước đó, ngày 5/3/2024, UBND huyện đã ban hành …")."""
LEVEL = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\b")
"""A level of government ("huyện" of a plan "huyện đã ban hành")."""
KIND_ALONE = re.compile(r"(?:nhà\s+)?(?P<kind>(?i:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|trường)|Sở|Bộ|"
                        r"Hội|Cục|Ban|Công an|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Trung tâm|Bệnh viện|Công ty)")
"""A body named by its kind alone, for the one the text tells of ("Sở đã ban hành …", "… của nhà trường")."""


def _launchers_dated_plan(prose: str, plan: re.Match, launchers: list[str], stamp: Optional[PartialDate],
                          launched: Optional[PartialDate]) -> bool:
    """Whether a plan the text names (``plan``, of PLAN_TOLD) is told as a launcher's and dated (:func:`_plan_told`,
    not :func:`_of_another`), so that a launch day is not its issue date: not on the launch's day; within
    EARLIER_PLAN_DAYS before the article (or the launch told, where the page gives no date), or within
    YEAR_BEFORE_DAYS when its subject names the campaign launched ("… về phát động phong trào thi đua này", or by its
    name in quotes)."""
    reference, told = stamp or launched, _plan_told(prose, plan)
    if not reference or not told:
        return False
    owner, day, subject = told
    date = DATE.search(day)
    issued = date_of(date, reference.year)
    if issued and issued.first_day > reference.last_day and not (date.group(3) or date.group(5)):
        issued = partial_date(issued.year - 1, issued.month, issued.day)
    if not issued or issued.first_day > reference.last_day or str(issued) == str(launched):
        return False  # (nor a plan issued on the launch's day: "ngày 20/12, UBND huyện … ban hành kế hoạch phát động")
    days = (reference.first_day - issued.first_day).days
    if days > YEAR_BEFORE_DAYS or days > EARLIER_PLAN_DAYS and not (
            subject and (THIS_CAMPAIGN.match(subject) or QUOTED_NAME.search(subject))):
        return False
    return not _of_another(prose, owner, subject, launchers)


def _plan_told(prose: str, plan: re.Match) -> Optional[tuple[str, str, str]]:
    """The owner, the day and the subject ("" if none: PLAN_SUBJECT_TOLD) of a plan the text names (``plan``, of
    PLAN_TOLD) as issued or signed on a day (PLAN_OF_OWNER, PLAN_BY_OWNER, PLAN_ISSUER), if it does; not a plan told
    issued as the launch itself ("Ngày 30/12, Sở … ban hành kế hoạch phát động đợt thi đua …"; but "… đã ban hành kế
    hoạch ngày 18/3/2024 về phát động đợt thi đua này")."""
    clause = SENTENCE_END.split(prose[plan.end():], 1)[0]
    parts = re.split(r"[,;]", _clause_before(prose, plan.start()))
    after = PLAN_OF_OWNER.match(clause) or PLAN_BY_OWNER.match(clause)
    before = PLAN_ISSUER.match(PLANS_LISTED.sub("", parts[-1]))  # (also the second of two plans it tells issued)
    if after:
        owner, day = after.group("owner"), after.group("day")
        topic = after.groupdict().get("about") or clause[after.end():]
    elif before and (THIS_CAMPAIGN.search(clause) or not _its_launch(sentence_of(prose, plan))):
        dated = ISSUE_DATE.match(clause.lstrip(" ,"))
        alone = DAY_ALONE.fullmatch(parts[-2]) if len(parts) > 1 else None
        owner, day = before.group("owner"), before.group("day") or (alone and alone.group("day")) or (
            dated and dated.group(0))
        topic = clause.lstrip(" ,")[dated.end() if dated else 0:]
    else:
        return None
    subject = PLAN_SUBJECT_TOLD.match(topic)
    return (owner, day, subject.group(0) if subject else "") if day else None


def _of_another(prose: str, owner: str, subject: str, launchers: list[str]) -> bool:
    """Whether a plan of ``owner`` on ``subject`` (:func:`_plan_told`) is another's than the launch's: a national
    body's, named first (not the Prime Minister's, where he launched first: "Ngày 13/4/2024, Thủ tướng Chính phủ phát
    động …"; not "Bệnh viện Trung ương Huế", nor "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), one that names none of the
    ``launchers`` (:func:`_names_a_launcher`), or of another campaign than the text's first launch
    (:func:`_another_campaign`)."""
    launches = _launching(prose[prose.find("\n") + 1:]) or _launching(prose)
    owner = re.sub(r"^" + PERSON, "", owner.strip())  # (past a person named before the post)
    return bool(NATIONAL.match(owner)) or not _names_a_launcher(owner, launchers) or bool(
        subject and launches and _another_campaign(subject, launches[0][LAUNCH.search(launches[0]).start():]))


def _another_campaign(subject: str, launch: str) -> bool:
    """Whether a plan's ``subject`` (PLAN_SUBJECT_TOLD) is other than the campaign a sentence launches (``launch``: from
    its launch word; the campaign up to what it is tied to, LAUNCHED_CAMPAIGN): another event's (ANOTHER_EVENT: "tổng
    kết 10 năm …", "về tổ chức Đại hội Thi đua yêu nước …"); one that names a topic of its own (two words or more, up to
    what it is tied to, but for those that name no campaign, GENERIC_WORDS, and the years), no two words running of
    which the launch's sentence names ("về chuyển đổi số" or "về tổ chức phong trào thi đua trong công tác cải cách hành
    chính" for "phong trào thi đua xây dựng nông thôn mới"; not "về đẩy mạnh chuyển đổi số" for "phong trào thi đua
    “Chuyển đổi số toàn diện”"; not one that tells where, when or under what it is carried out: CARRIED_WHERE); a peak
    drive where a movement is launched (not the other way: a drive launched under the movement's plan); a name in
    quotes the launch does not give, or none and nothing but a year where the launch gives one (the year's plan); a
    year or a month the launch does not name ("… năm 2023" for "… năm 2024", "tháng 3" for "tháng 4")."""
    launched = LAUNCHED_CAMPAIGN.match(launch).group(0)
    told = f" {fold(GENERIC_WORDS.sub(' ', launch))} "
    named = LAUNCHED_CAMPAIGN.match(subject).group(0)  # (not what it is tied to: "… năm học với 5 nội dung …")
    words = fold(GENERIC_WORDS.sub(" ", TIME_NAMED.sub(" ", QUOTED_NAME.sub(" ", named)))).split()
    if ANOTHER_EVENT.search(subject) or not CARRIED_WHERE.match(subject) and len(words) > 1 \
            and not any(f" {first} {second} " in told for first, second in zip(words, words[1:])):
        return True
    names, known = map(fold, QUOTED_NAME.findall(subject)), list(map(fold, QUOTED_NAME.findall(launched)))
    if _peak_drive(subject) and not _peak_drive(launched) or any(
            not any(name in other or other in name for other in known) for name in names):
        return True
    if known and not words and not QUOTED_NAME.search(subject) and TIME_NAMED.search(subject):
        return True
    return bool(set(TIME_NAMED.findall(QUOTED_NAME.sub(" ", subject))) - set(TIME_NAMED.findall(launched)))


GENERIC_WORDS = re.compile(r"\b(?:về|việc|tổ chức|phát động|triển khai|thực hiện|phong trào|đợt|thi đua|cao điểm|này|"
                           r"năm học|năm|giai đoạn|trên địa bàn|toàn|tỉnh|huyện|thành phố|xã|phường|quận|thị xã|"
                           r"ngành)\b|[^\w\s]", re.I)
"""The words of a plan's subject that name no topic of its own ("về tổ chức phong trào thi đua này năm 2024")."""
CARRIED_WHERE = re.compile(r"\W*(?:triển khai|thực hiện)\s+(?:từ|đến|tới|tại|trong|trên|ở|đồng loạt|sâu rộng|rộng khắp|"
                           r"cho|với|kế hoạch|chỉ thị|nghị quyết|quyết định|công văn)\b", re.I)
"""A plan's subject that tells where, when or under what it is carried out, not its topic ("triển khai từ nay đến hết
năm", "triển khai tới các cơ quan", "thực hiện Kế hoạch số 95-KH/HU …")."""
ANOTHER_EVENT = re.compile(r"\b(?:đại hội thi đua|tổ chức đại hội|tổng kết|sơ kết|khen thưởng|kiện toàn)\b", re.I)
"""Words of a plan's subject that make it another event's: a congress, a summing-up, a commendation, a reshuffle."""
TIME_NAMED = re.compile(r"\b(?:19|20)\d{2}\b|\btháng\s+\d{1,2}\b", re.I)
"""A year or a month a campaign is named by ("năm 2024", "tháng 4")."""


def _peak_drive(words: str) -> bool:
    """Whether the first campaign ``words`` name is a peak drive ("đợt thi đua", "phong trào thi đua cao điểm"), not a
    movement."""
    first = CAMPAIGN_WORD.search(words)
    return bool(first) and (first.group(0).lower() != "phong trào" or bool(re.match(
        r"\s+thi đua\s+cao điểm\b", words[first.end():], re.I)))


CAMPAIGN_WORD = re.compile(r"\b(?:phong trào|đợt|cao điểm)\b", re.I)
LAUNCHED_CAMPAIGN = re.compile(r"(?:[^,;(“\"]|“[^”]*”|\"[^\"]*\")*?(?=[,;(]|\s+(?:gắn với|hưởng ứng|nhằm|góp phần|"
                               r"hướng tới|với|và|để|đến|tới|trên địa bàn|trong(?!\s+công tác)|tại|ở|cho)\b|$)", re.I)
"""The campaign a launch launches, from its launch word, up to what it is tied to, serves, reaches ("… trong đoàn
viên", not "… trong công tác cải cách hành chính", its topic) or is given as its theme ("phát động đợt thi đua cao
điểm mừng Đảng" of "…, góp phần thực hiện thắng lợi phong trào thi đua yêu nước năm 2024", "phát động phong trào thi
đua năm 2025" of "… với chủ đề “…”"), or another launched with it ("… và đợt thi đua cao điểm …")."""
COMMITTEE_LED = re.compile(r"^Ban Chỉ đạo\b|(?<![\w/-])(?:UBND|Ủy ban nhân dân)\b"
                           r"(?!\s+(?i:tỉnh|thành phố|TP|huyện|quận|thị xã|thị trấn|xã|phường)\b)")
"""A launcher that a place's People's Committee leads or launches with: the place's steering committee ("Ban Chỉ đạo …
huyện Phù Yên"), bodies named together before their place ("Đảng ủy - HĐND - UBND - UBMTTQ xã Thạch Đài", "UBND và Ủy
ban MTTQ huyện Mường Lát")."""


MINISTRY = re.compile(r"Bộ\b(?!\s+(?:Chỉ huy|CHQS|CH\b|BCH|đội|Tư lệnh))")
"""A ministry's name ("Bộ Y tế"), not a province's military command ("Bộ CHQS tỉnh …", "Bộ Chỉ huy Bộ đội Biên phòng
…") that a minister does not head."""
MINISTER = re.compile(r"(?:Bộ|Thứ) trưởng\b")
"""A minister's or deputy minister's post, opening an owner ("Bộ trưởng", "Thứ trưởng Nguyễn Văn Phúc")."""
NATIONAL_BODY = re.compile(r"(?:Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Chủ tịch nước|Quốc hội|Tổng cục|"
                           r"Ban Chấp hành Trung ương|Trung ương|Tổng Liên đoàn|Vụ trưởng)\b|" + MINISTER.pattern
                           + r"|Vụ\s+[A-ZĐ]|" + MINISTRY.pattern + r"\s+[A-ZĐ]")
"""A national body, or a minister, opening a name past its leader's post: "Bộ trưởng Bộ Giáo dục và Đào tạo", "Tổng
cục Chính trị QĐND Việt Nam", "Vụ Giáo dục Trung học", "Tổng Liên đoàn"; not a province's military command ("Bộ CHQS
tỉnh …"), nor a body that only names one ("Bệnh viện Trung ương Huế", "Ngân hàng … Việt Nam – Chi nhánh tỉnh …")."""
NATIONAL_NAMED = re.compile(r"\bViệt Nam\b(?!\s*\(|\s*[-–]|" + LOCAL_BRANCH.pattern + ")")
"""A national body named by its name's last words, "Việt Nam", that no branch's name, short name or place goes on from
("Hội LHPN Việt Nam, …"; not "… Việt Nam (Agribank) chi nhánh …", "… Việt Nam – Chi nhánh tỉnh …")."""
LEVEL_RANKS = {"tỉnh": 3, "huyện": 2, "quận": 2, "thị xã": 2, "xã": 1, "phường": 1, "thị trấn": 1, "đặc khu": 1}
"""The levels of local government, a province's highest (a city's: :func:`_rank`)."""
LEVEL_NAMED = re.compile(r"(?:(?<=UBND )|(?<=Ủy ban nhân dân )|(?P<named>\b))"
                         r"((?i:tỉnh|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|thành phố|TP))\b"
                         r"(?:\.?\s*(?P<name>[A-ZĐ][\w’'-]*(?:\s+[A-ZĐ][\w’'-]*)*))?")
"""A level of local government and the unit's capitalised name after it, if any."""


def _superiors(owner: str, rest: str, launchers: list[str]) -> bool:
    """Whether ``owner``, told as signing a plan, is plainly above the ``launchers``: a national body or a minister
    (NATIONAL_BODY, past a person's name and titles to the post told last), or a body whose name ends "Việt Nam" where
    the words after it, ``rest``, go on to no branch (NATIONAL_NAMED: "Đoàn Chủ tịch Hội LHPN Việt Nam"), where a
    launcher names a local level or a province and none is national; a People's Committee or its head of a level above
    every launcher's (the first level a launcher names: "UBND xã …, huyện …" is a commune's), where one names a level
    and none left names a province ("UBND Thành phố" unnamed a province's where a launcher is a "quận" or names a
    centrally-run city); a Cục over its Chi cục (where no Cục launches). A signer named in a way ingest cannot place is
    no superior (review S275: national-looking own plans, "Tổng Liên đoàn", "TCTK", "Ngân hàng … Việt Nam – Chi nhánh
    …"), nor a People's Committee of the launcher's own level (review S280: a council or a board its leader chairs, a
    joint launch, the province's own plan at its department's ceremony)."""
    owner = _without_leaders_name(re.sub(r"^" + PERSON, "", owner.strip()).split(",")[-1].strip())
    body = re.sub(rf"^(?:Quyền\s+)?{LEADERS_POST.pattern}\s*(?:Thường trực\s+)?", "", owner)
    in_a_city = any(re.search(r"\bquận\b", launcher, re.I) or any(
        gazetteer().get(slug).kind == "city" for slug in provinces_in(launcher)) for launcher in launchers)
    launchers = [re.sub(r"\([^()]*\)", "", _past_the_dateline(launcher)).strip() for launcher in launchers]
    if not launchers or any(NATIONAL_BODY.match(launcher) or NATIONAL_NAMED.search(launcher) for launcher in launchers):
        return False
    ranks = [_rank(launcher) for launcher in launchers]
    if NATIONAL_BODY.match(body) or MINISTER.match(owner) or (
            body.endswith("Việt Nam") and NATIONAL_NAMED.match("Việt Nam" + rest)):
        return any(ranks) or any(provinces_in(launcher) for launcher in launchers)
    if re.match(r"(?:UBND|Ủy ban nhân dân)\s+", body):
        rank = 3 if in_a_city and re.fullmatch(r"(?:UBND|Ủy ban nhân dân)\s+Thành phố", body) else _rank(body)
        return bool(rank) and any(ranks) and all(found < rank for found in ranks if found) and not any(
            provinces_in(launcher) for launcher, found in zip(launchers, ranks) if not found)
    return bool(re.match(r"Cục\b", body)) and any(re.match(r"Chi cục\b", launcher) for launcher in launchers) \
        and not any(re.match(r"Cục\b", launcher) for launcher in launchers)


def _rank(name: str) -> int:
    """The rank of the first level of local government ``name`` names (LEVEL_RANKS), as a People's Committee's
    ("UBND tỉnh") or before the unit's name ("huyện Yên Thành"; not "xã" of "Ngân hàng Chính sách xã hội"); a city's
    that is a province as a province's ("UBND TP Hà Nội", "thành phố Cần Thơ"), any other city's as a district's
    ("UBND TP Thủ Đức", "thành phố Hà Tĩnh" named like its province, and "UBND Thành phố" unnamed: a province's city
    writes itself so too, review S277); 0 for none."""
    level = next((level for level in LEVEL_NAMED.finditer(name) if level.group("named") is None or level.group("name")),
                 None)
    if not level:
        return 0
    kind, words = level.group(2).lower(), (level.group("name") or "").split()
    if kind in ("thành phố", "tp"):
        return 3 if any((unit := province_named(" ".join(words[:size]))) and unit.kind == "city"
                        for size in (1, 2, 3)) else 2
    return LEVEL_RANKS[kind]


def _names_a_launcher(owner: str, launchers: list[str]) -> bool:
    """Whether ``owner`` (past a person named before the post: :func:`_of_another`) names one of the ``launchers``: as
    :func:`_is_the_launcher` reads it, past a leader's name after the post; by its kind alone (KIND_ALONE) where a
    launcher is of that kind; by a minister's post alone ("Bộ trưởng"), a ministry that launches; a place's People's
    Committee, the launcher it leads or launches with (COMMITTEE_LED)."""
    launchers = launchers + [f"UBND {place.group(0)}" for launcher in launchers  # (its People's Committee's)
                             if COMMITTEE_LED.search(launcher) and (place := PLACE_WORDS.search(launcher))]
    owner = _without_leaders_name(owner)
    body = re.sub(rf"^{LEADERS_POST.pattern}\s*", "", owner)
    if not body:  # (a minister for the ministry that launches, not for a province's department)
        return bool(MINISTER.match(owner)) and any(MINISTRY.match(launcher) for launcher in launchers)
    alone = KIND_ALONE.fullmatch(body)
    if alone:  # (a launcher of that kind: "UBND huyện …" for "huyện", not "Huyện đoàn …" nor "TP Đà Nẵng" of a ward's)
        level = LEVEL.fullmatch(alone.group("kind").lower())  # (a place's level: its People's Committee's)
        kind = rf"^{'UBND' if level else '(?:UBND)?'}\s*{re.escape(alone.group('kind'))}\b(?!\s*(?:đoàn|ủy|uỷ)\b)"
        return any(re.search(kind, _plain(launcher.split(",")[0], cities=True), re.I) for launcher in launchers)
    return any(_is_the_launcher(owner, launcher) for launcher in launchers)


def _wider(plan: str, levels: set) -> bool:
    """Whether a plan's sentence (``plan``: from its start) says it is carried out across a unit wider than the
    launching committees' ``levels`` (WIDER_SCOPE, UNITS_COUNTED)."""
    words = SENTENCE_END.split(plan, 1)[0]
    scope, counted = WIDER_SCOPE.search(words), UNITS_COUNTED.search(words)
    return bool(scope and scope.group("level").lower() not in levels
                or counted and not levels & ({"tỉnh", "thành phố"} if counted.group(1).lower() in ("huyện", "sở")
                                             else {"huyện", "quận", "thị xã", "thành phố"}))


UNITS_COUNTED = re.compile(r"(?:\b\d{1,3}|\b100%|\bcác)\s+(huyện|xã|phường|sở)\b", re.I)
"""Units counted across which a plan is carried out ("tại 22 xã, thị trấn", "100% xã", "ở 7 huyện, thành phố", "các sở,
ban, ngành"): a plan of the level above them (a province's above its departments)."""
COMMITTEE_LEVEL = re.compile(r"UBND\s+(tỉnh|thành phố|TP|huyện|quận|thị xã|thị trấn|xã|phường)\b", re.I)
"""A People's Committee's level, after "UBND"."""
WIDER_SCOPE = re.compile(r"\b(?:toàn|trong|trên địa bàn(?:\s+toàn)?|của|được\s+(?:UBND|Ủy ban nhân dân))\s+"
                         r"(?P<level>tỉnh|thành phố|huyện|quận|thị xã)\b", re.I)
"""The unit a plan is carried out across, or whose committee launches under it ("… trên địa bàn toàn tỉnh", "… tại 31
xã, thị trấn của huyện", "…, đợt thi đua cao điểm được UBND tỉnh phát động …"): a plan of a People's Committee of that
level, not of a lower one that launches in it."""
YEAR_BEFORE_DAYS = 92
"""A plan's own date printed without its year that the article's year puts after the article is of the year before
when that is at most this many days before the article (a December plan told on a page of January to March)."""
OWN_DATE = re.compile(r"(?<!từ )(?<!đến )" + ISSUE_DATE.pattern, re.I)
"""A plan's date in its clause ("… ngày 20/2/2022 của UBND huyện", "… của UBND huyện ban hành ngày 20/2/2022"), not the
campaign's start or end ("từ ngày 1/3/2024")."""
PLAN_BEFORE_LAUNCH_DAYS = 92
"""How long before the launch the text tells, with its year, the plan said to set out the campaign can be dated in an
earlier year and still be the launch's own: one dated before is an earlier phase's or the whole movement's."""


def _lead_in(prose: str, number: str) -> str:
    """What comes right before the sentence of the plan's number when that sentence does not
    start it: a date on its own ("Ngày 17/5/2018. Sở Công Thương ban hành kế hoạch số …"), or the
    line a broken page cut the sentence from ("Ngày 23/01/2024, …\nban hành Kế hoạch số …")."""
    before, _ = number_sentence(prose, number)
    start = prose.find(before + number) if before else -1
    if start <= 0:
        return ""
    previous = SENTENCE_END.split(prose[:start].rstrip().rstrip(".;"))[-1]
    broken = before.strip()[:1].islower() and prose[:start].rstrip(" \t").endswith("\n")
    if broken or re.fullmatch(r"\s*(?:ngày\s+)?[\d/.-]+\s*", previous, re.I):
        return previous
    return ""


LAUNCH_CEREMONY = re.compile(r"\blễ phát động\s+(?:triển khai\s+)?thực hiện\s+(?:phong trào|đợt)\s+thi đua\b|"
                             r"\b(?:lễ|tổ chức(?:\s+hội nghị)?)\s+phát động\s+phong trào\s*[“\"]", re.I)
"""A ceremony that launches the carrying out of a campaign ("Sáng nay, ngày 14/3/2025, huyện Đồng Xuân tổ chức Lễ
phát động thực hiện Phong trào thi đua …") or a movement by its quoted name ("Sáng ngày 8/5/2025, UBND tỉnh Thanh
Hóa tổ chức Lễ phát động phong trào “Bình dân học vụ số” …", "… tổ chức phát động phong trào "Ngày Chủ nhật xanh"
năm 2024", "… tổ chức hội nghị phát động phong trào “…”"): its day is the launch's (not "N năm phát động thực hiện
phong trào …", years of a campaign looked back on)."""


NOT_HELD = re.compile(r"\b(?:sẽ|dự kiến|kế hoạch nêu rõ|từ khi|kể từ)\b|\btheo kế hoạch\s*,|"
                      r"\b(?:ngày|sáng|chiều|tối)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?\s+(?:sắp\s+)?tới\b|"
                      r"\b(?:tại|trong|sau|tiếp theo|(?:sau|tiếp nối|phát huy)\s+(?:thành công|kết quả)"
                      r"(?:\s+của)?)\s*$|"
                      r"^\W*(?:trước đó|trước đây|năm \d{4})\b", re.I)
"""Words before a ceremony that make it one to come ("huyện sẽ tổ chức Lễ phát động …", "Theo kế hoạch, ngày
10/4/2024, UBND huyện tổ chức phát động …") or one recalled ("Tại Lễ phát động … ngày 15/3/2023, huyện đã …", "Từ khi
UBND huyện tổ chức phát động …"; not "đã", the past of the article's own event: "Sáng ngày 23/8/2025, UBND phường
Cầu Giấy đã long trọng tổ chức Lễ phát động …")."""


QUOTED_NAME = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]")
"""A name in quotes."""


UNITS_BELOW_LAUNCH = re.compile(r"(?:^|[,;])\s*(?:(?:ngày|sáng|chiều|tối)\s+[\d/.-]+,?\s+)?(?:UBND\s+)?"
                                r"(?:các|(?<![\d/])\d+/\d+)\s+(?:xã|phường|"
                                r"thị trấn|huyện|quận|đơn vị|cơ sở|địa phương)\b[^.;]{0,40}?"
                                r"\b(?:đồng loạt\s+)?phát động\b",
                                re.I)
"""The units below launching in their turn, as the subject of their clause ("Sau lễ phát động cấp huyện, ngày
22/5/2025, các xã, thị trấn đồng loạt phát động …"; not "UBND huyện cùng các xã … đồng loạt phát động", "hội nghị
trực tuyến đến các huyện … để phát động"): not the text's own launch."""


ADOPTED = re.compile(r"\bthông qua\s+(?:dự thảo\s+)?(?:kế hoạch|chỉ thị)\s+(?:tổ chức\s+)?phát động\b"
                     r"(?![^.;]*\b(?:đồng thời|và)\s+(?:tổ chức\s+)?phát động\b)", re.I)
"""A plan that launches a campaign adopted at a meeting ("Ngày 2-2, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức họp
và thông qua kế hoạch phát động phong trào thi đua yêu nước năm 2015"): the day of the meeting, not of the launch nor
of the plan's issue (not one that launches too: "… thông qua kế hoạch phát động …, đồng thời phát động …")."""


def _its_launch(sentence: str) -> bool:
    """Whether a sentence launches the text's campaign (LAUNCH): not one told as earlier ("Trước đó, …"), nor a
    launch at the units' own level (AT_OWN_UNITS), nor the units below launching in their turn (UNITS_BELOW_LAUNCH), nor
    a plan adopted at a meeting (ADOPTED)."""
    return bool(LAUNCH.search(sentence)) and _about_the_plan(_own_clause(sentence), None) \
        and not AT_OWN_UNITS.search(sentence) and not LOOKED_BACK_ON.search(sentence) \
        and not UNITS_BELOW_LAUNCH.search(sentence) and not ADOPTED.search(sentence)


def _ceremony_held(sentence: str, name: str) -> bool:
    """Whether a sentence tells a ceremony of LAUNCH_CEREMONY as held (not NOT_HELD) of the movement ``name``, the
    one the text names first (not another's told beside it: "Ngày 15/3/2023, UBND huyện đã tổ chức phát động phong
    trào “Ngày Chủ nhật xanh” …" under a headline of "Dân vận khéo")."""
    ceremony = LAUNCH_CEREMONY.search(sentence)
    told = ceremony and QUOTED_NAME.search(sentence, ceremony.start())
    return bool(told) and fold(told.group(1)) == fold(name) and not NOT_HELD.search(sentence[:ceremony.start()])


def _launch_day(draft: Draft, prose: str, year: Optional[int], stamp: Optional[PartialDate],
                span: Optional[tuple[PartialDate, Optional[PartialDate]]] = None) -> None:
    """The day the first dated sentence that launches a campaign ("Sáng 25-6, UBND tỉnh … tổ
    chức Lễ phát động …") says it was launched: the article's own event, told first (a launch
    the text recalls later, "Ngày 19-5 vừa qua, Thủ tướng đã phát động …", is another's; so is
    a national one told first, when the province's own follows: "Ngày 13/4/2025, Thủ tướng …
    Hưởng ứng phong trào, sáng 22/4, UBND tỉnh … tổ chức lễ phát động"). A launch told without
    its day at a ceremony ("Cũng tại Hội nghị, … đã phát động …") is of the day the last dated
    sentence before it says a ceremony was held. Given the campaign's ``span`` (see
    :func:`~thidua.editing.facts.dated_by_campaign`), a day without its year takes the year that
    span says ("Ngày 7-10, … phát động đợt thi đua …" of a campaign "từ ngày 9/10 đến 22/12/2019"). A day a look
    back is bound to ("Năm ngoái, ngày 17/3, …": :func:`~thidua.editing.clauses.told_apart`) dates nothing."""
    told = FULL_STOP.split(prose)  # past its ";"
    first_name = QUOTED_NAME.search(prose)  # (the movement the text is about, named first)
    ceremony = first_name and not any(map(_its_launch, told[1:]))  # (a ceremony's day only where no launch is told)
    launches = [sentence for sentence in told
                if (_event_day(sentence) or TODAY.search(sentence))
                and (_its_launch(sentence) or ceremony and _ceremony_held(sentence, first_name.group(1)))
                and not _dated_past_the_launch(sentence)]
    local = [sentence for sentence in launches if not NATIONAL.search(sentence)]
    if launches and NATIONAL.search(launches[0]) and (local or answered_locally(
            prose, prose.find(launches[0]))):  # the province's own launch, told after the
        launches = local                        # Prime Minister's (undated: no day)
    occasion = ON_THIS_OCCASION.search(prose)
    if not launches and occasion:  # "Cũng tại Hội nghị, … phát động …": the ceremony told last
        launches = [sentence for sentence in FULL_STOP.split(prose[:occasion.start()])
                    if _event_day(sentence) and HELD.search(sentence)][-1:]
    for sentence in launches:
        followed = _campaign_followed(sentence, prose, stamp)
        if followed:
            draft.missing["issued"] = followed
            return
        match = _event_day(sentence)
        today = TODAY.search(sentence) if not match else None
        if REPORTED.search(sentence):
            return  # "Ngày 9/11, … cho biết, thị xã vừa phát động …": the day of the telling
        if today:  # "sáng nay": the day of the article, when its page gives it
            if stamp and stamp.day:
                record_fact(draft, "issued", stamp, f"“{today.group(0)}”, the article's day")
            else:
                yearless_launch_day(draft, today.group(0), todays=True)
            return
        day, month, year_text, year_words = (int(group) if group else None for group in match.groups())
        year_text = year_text or year_words
        from_page = not year_text and year and not year_unsaid(prose, year, month)
        date = partial_date(year_text or (year if from_page else None) or _year_stated(prose, match) or _year_carried_out(
            sentence[:match.start()], month, day) or 0, month, day)
        within = span or (None if date else _year_launched(sentence))
        dated_by = ", its year the campaign's: check it" if not date and within else ""
        opens = re.match(r"\W*(?:\w+\W+){0,3}?$", sentence[:match.start()]) or re.match(
            r"(?:sáng|chiều|tối|trưa)\b", match.group(0), re.I)  # "(ĐN) - Sáng 19/8, …", "… chiều 5/4"
        date = date or (dated_by_campaign(within, month, day) if within and opens
                        and not OTHERS_LAUNCH.search(sentence[:match.end() + 40]) else None)
        apart = told_apart(sentence, match.span(), date, stamp or (span[0] if span else None), VIETNAMESE)
        if apart:
            draft.missing["issued"] = apart
            return
        if date and not (stamp and date.first_day > stamp.last_day):
            record_fact(draft, "issued", date,
                        f"“{match.group(0).strip()}”, {LAUNCH_DAY}{dated_by}")
        elif not date:
            yearless_launch_day(draft, match.group(0).strip())
        return


FOLLOWED = re.compile(r"^\W*(?:(?:nhằm|tiếp tục|để)\s+)?(?:tiếp nối|kế thừa|phát huy|hưởng ứng|sau(?!\s+khi\s+được))\b"
                      r"[^,;]*?\bđược\b[^,;]{0,60}?\bphát động\s+(?:vào\s+)?$", re.I)
"""An opening clause (past its lead's DATELINE) that follows (or answers) a campaign told as launched before ("Tiếp nối
phong trào thi đua … được phát động ngày 6/3/2024, …", "Sau một năm thực hiện phong trào được phát động ngày 8/3/2024,
…"), up to that launch's day."""


def _campaign_followed(sentence: str, prose: str, stamp: Optional[PartialDate]) -> Optional[str]:
    """The review note for a launching sentence that opens with a clause telling the campaign it follows (FOLLOWED:
    "Tiếp nối phong trào thi đua được phát động ngày 6/3/2024, chiều 4/3, Hội LHPN tỉnh … tổ chức lễ phát động …"):
    that campaign's day is not the plan's, and the day told after it may be (the issue date is left for the editor;
    stating it, reviews S209-S224 found side launches and other events dated). Where that campaign's day prints its
    year and the rest opens with a day of its own and launches; not a day the article's (``stamp``) or the rest's
    own year puts within three months after the campaign followed (a side launch answering the article's own: "Hưởng
    ứng phong trào được UBND tỉnh phát động ngày 3/3/2025, sáng 5/3, Tỉnh đoàn …") or over three months before the
    article (a launch recalled in its turn), nor one of another event (NOT_ITS_LAUNCH: a deadline, an anniversary, a
    meeting, a launch to come, a tally), and only under a headline that tells a launch (LAUNCH_HEADLINE) and does
    not look back (FEATURE_HEADLINE: "Phong trào “…” lan tỏa đến từng thôn"; a feature's later launches are side
    ones); not a campaign "sau khi được phát động" (the one the rest carries on). None for any other sentence."""
    day = _event_day(sentence)
    if not day or not (day.group(3) or day.group(4)) or not FOLLOWED.search(_past_the_dateline(QUOTED_NAME.sub(
            lambda name: name.group(0).replace(",", " "), sentence[:day.start()]))):  # (a name's commas no clause's)
        return None
    comma = sentence.find(",", day.end())
    rest = sentence[comma + 1:] if comma >= 0 else ""
    own, launch = _event_day(rest), LAUNCH.search(rest)
    opening = rest[:own.start()] if own else ""
    if not own or not launch or launch.start() < own.end() or not re.match(r"\W*(?:\w+\W+){0,3}?$", opening) \
            or NOT_ITS_LAUNCH.search(rest[:launch.start()]) \
            or any(name.start() < own.start() < name.end() for name in QUOTED_NAME.finditer(rest)):
        return None  # (nor a day in a name: "phong trào “Ngày 26/3 xanh” được Tỉnh đoàn phát động …")
    followed, launched = _told_date(day, None), _told_date(own, stamp.year if stamp else None)
    near = followed and launched and (launched.first_day - followed.first_day).days <= RECALLED_DAYS
    recalled = launched and stamp and (stamp.first_day - launched.first_day).days > RECALLED_DAYS
    headline = prose.split("\n", 1)[0]
    told = LAUNCH_HEADLINE.search(headline) and not FEATURE_HEADLINE.search(headline)
    if not told or near or recalled:
        return None
    return f"“{day.group(0).strip()}” {FOLLOWED_CAMPAIGN}, and “{own.group(0).strip()}” may be its own: check it"


def _told_date(day: re.Match, year: Optional[int]) -> Optional[PartialDate]:
    """The date of a day of LAUNCH_DATE, in ``year`` where it prints none (None without one)."""
    printed = day.group(3) or day.group(4)
    year = int(printed) if printed else year
    return partial_date(year, int(day.group(2)), int(day.group(1))) if year else None


NOT_ITS_LAUNCH = re.compile(r"\b(?:là|hạn|chậm nhất|đánh dấu|tròn|kỷ niệm|sẽ|dự kiến|sắp|theo kế hoạch|họp|làm việc|"
                            r"thống nhất|góp ý|dự thảo|chuẩn bị|quán triệt|toàn bộ|cả|100%|tính (?:đến|tới|hết))\b|"
                            r"\bbàn\s+(?:kế hoạch|về|việc)\b|^\W*(?:tới|hết|đến|trước)\b", re.I)
"""Words before the launch of what follows a campaign told as followed that make its day another event's: a deadline
("ngày 15/4 là hạn cuối để … tổ chức phát động …"), an anniversary ("ngày 26/3/2025 đánh dấu … tròn một thập kỷ phát
động …"), a launch to come ("dự kiến ngày 20/7/2025 … sẽ tổ chức lễ phát động …"), a meeting on it ("chiều 10/7, Ban
Thường vụ … làm việc … để thống nhất kế hoạch phát động …", "hội nghị quán triệt kế hoạch …"), a tally's day ("tính
hết ngày 30/6/2025", "tới ngày 15/10, toàn bộ 21 huyện đã tổ chức phát động …", "ngày 10/6, 100% cơ sở Hội đã hoàn
thành việc phát động …")."""


LAUNCH_HEADLINE = re.compile(r"\b(?:phát động|ra quân|khởi động)\b", re.I)
"""A headline that tells a launch ("Hải Lăng phát động thi đua …", "Công an Quảng Bình ra quân, phát động …")."""
FEATURE_HEADLINE = re.compile(r"(?<!kỷ niệm )(?<!chào mừng )(?<!mừng )(?<!hướng tới )"
                              r"\b(?:một|hai|ba|\d+)\s+(?:năm|tháng)\b"
                              r"(?!\s+(?:\d|ngày|thành lập|thống nhất|giải phóng|[A-ZĐ]))|\bsau\b|\bnhìn lại\b|"
                              r"\blan tỏa\b|\bdo\b[^.]{0,60}\bphát động\b", re.I)
"""A headline that looks back on a launch ("Một năm phong trào thi đua do Tỉnh ủy … phát động", "… sau một năm", "…
lan tỏa"): a feature, whose launch is the one it recalls (not the years an occasion marks: "chào mừng 80 năm Quốc
khánh")."""


YEAR_LAUNCHED = re.compile(r"\b(?:phát động|ra quân)\s+(?:(?!tổng kết|sơ kết|khen thưởng|trao thưởng|biểu dương|tôn vinh|đánh giá|nhìn lại|kết quả)[^.;()“”\"])"
                           r"{0,60}?(?<!đến )(?<!tới )(?<!hết )(?<!cuối )(?<!trong )\bnăm\s+(\d{4})\b"
                           r"(?!\s*[-–])", re.I)
"""What a launching sentence launches with its year: "Lễ phát động Tháng Thanh niên năm 2017 và phát
động đợt thi đua cao điểm …", "lễ ra quân huấn luyện năm 2025 và phát động đợt thi đua …"; not the
year of what is summed up or rewarded beside it ("phát động thi đua và tổng kết công tác Hội năm
2024"), nor one inside the campaign's quoted name (a goal: "“… trong năm 2025”")."""


def _year_launched(sentence: str) -> Optional[tuple[PartialDate, PartialDate]]:
    """The one year a launching sentence gives what it launches (YEAR_LAUNCHED), if it prints no other
    year outside brackets, as a span of that year (its launch day, told without its year, falls in
    its first half: :func:`~thidua.editing.facts.dated_by_campaign`); a congress's term ("nhiệm kỳ
    2017 – 2022") is no other year."""
    found = YEAR_LAUNCHED.search(sentence)
    years = set(re.findall(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])", TERM.sub("", re.sub(r"\([^()]*\)", "", sentence))))
    if not found or years != {found.group(1)}:
        return None
    year = PartialDate.parse(found.group(1))
    return year, year


def _dated_past_the_launch(sentence: str) -> bool:
    """Whether the sentence's day comes after its launch, past a ";" or ":" (what the campaign then
    carries out: "… do UBND TP Mỹ Tho phát động có các nội dung thi đua như: …; tiếp tục thực hiện
    Chỉ thị 34 ngày 7/4/2014 …"): not the launch's day, unless that clause tells the launch itself
    ("…; lễ phát động được tổ chức sáng 8/3/2026 …")."""
    day, launch = _event_day(sentence), LAUNCH.search(sentence)
    if not (day and launch and day.start() > launch.end() and re.search(r"[;:]", sentence[launch.end():day.start()])):
        return False
    clause = re.split(r"[;:]", sentence[:day.start()])[-1]
    return not (re.search(r"\b(?:lễ\s+)?phát động\b", clause, re.I)
                and not re.search(r"\b(?:ở|tại)\s+các\s+(?:xã|phường|thị trấn|huyện|quận|đơn vị|cơ sở)\b", clause))


def _event_day(sentence: str) -> Optional[re.Match]:
    """The first day a sentence gives that is not one end of a period ("… phát động đợt thi đua
    30 ngày đêm (từ ngày 15/7 đến 15/8/2025)": no day of the launch), nor the day it celebrates
    ("… chào mừng ngày 19/5", "Hướng tới kỷ niệm 60 năm thành lập … được tổ chức vào ngày
    29/11/2022, …"), nor a document's ("Kế hoạch số 133/KH-UBND ngày 13/3/2024 …")."""
    return next((match for match in LAUNCH_DATE.finditer(sentence)
                 if not PERIOD_WORDS.search(sentence[:match.start()])
                 and not re.search(rf"\b(?:{_CELEBRATED})\b[^,;.]{{0,80}}$", sentence[:match.start()], re.I)
                 and not CALLED.search(sentence[:match.start()])
                 and not cited_before(sentence[:match.start()], None, sentence[match.end():])),
                None)


def _own_clause(sentence: str) -> str:
    """A launch sentence without the document it opens by carrying out ("Thực hiện Kế hoạch số
    133/KH-UBND … , ngày 29/3 phường Hà Khánh tổ chức Hội nghị phát động …"): from its day on."""
    day = _event_day(sentence)
    if day and re.match(rf"\W*(?:{CITING})\b", sentence, re.I):
        cut = sentence.rfind(",", 0, day.start())  # (not "số 74/KH-UBND, ngày 15/02/2024 của …":
        if cut >= 0 and not DOCUMENT_BEFORE.search(sentence[:cut]):  # the document's day)
            return sentence[cut + 1:]
    return sentence


def _year_carried_out(before: str, month: int, day: int) -> Optional[int]:
    """The year of a launch day printed without it, from the document its sentence says it carries
    out ("Thực hiện Kế hoạch số 133/KH-UBND ngày 13/3/2024 của UBND Thành phố …, ngày 29/3 phường …
    tổ chức Hội nghị phát động …"): that document's year, if it puts the day within three months
    after the document's."""
    cited = re.search(rf"\b(?:{CITING})\b[^.;]{{0,40}}?\bsố\s+\S+\s+ngày\s+" + FULL_DAY.pattern, before, re.I)
    if not cited:
        return None
    issued = partial_date(int(cited.group(3)), int(cited.group(2)), int(cited.group(1)))
    launched = partial_date(int(cited.group(3)), month, day) if issued else None
    fits = launched and 0 <= (launched.first_day - issued.first_day).days <= 92
    return int(cited.group(3)) if fits else None


def _year_stated(prose: str, match: re.Match) -> Optional[int]:
    """The year the text prints beside the day of a LAUNCH_DATE or ISSUE_DATE match that has
    none (:func:`~thidua.editing.periods.year_printed_beside`)."""
    groups = [group for group in match.groups() if group]
    return year_printed_beside(prose, int(groups[0]), int(groups[1])) if len(groups) >= 2 else None


def _about_the_plan(sentence: str, number: Optional[str]) -> bool:
    """Whether a sentence that says something was issued may be about the plan: it names the
    plan's number, or no document's number nor a law ("Luật … được Quốc hội ban hành ngày …")."""
    found = {match.group(1) for match in mentions(sentence)}
    if number not in found and re.search(r"\bLuật\b[^.;]{0,80}\b(?:ban hành|thông qua)\b", sentence):
        return False
    return not found or number in found


def _people(draft: Draft, prose: str, paragraphs: list[str]) -> None:
    signer = SIGNER.search(prose)
    if signer:
        record_fact(draft, "signer", {"name": signer.group("name"), "post": signer.group("post")},
               f"“{signer.group(0)}”")
    slogan = SLOGAN.search(prose)
    if slogan:
        record_fact(draft, "slogan", slogan.group(1).strip(), f"“{slogan.group(0).strip()[:60]}…”")
    else:
        for previous, paragraph in zip(paragraphs, paragraphs[1:]):
            if re.match(r"đó là khẩu hiệu", paragraph, re.I):
                record_fact(draft, "slogan", previous, "the paragraph before “Đó là khẩu hiệu …”")
                break
    body = "\n".join(paragraphs[1:]) or prose  # past the headline, the fuller wording
    occasion = OCCASION.search(body) or OCCASION.search(prose)
    if occasion:
        record_fact(draft, "occasion", occasion.group(1).strip(), f"“chào mừng {occasion.group(1).strip()}”")
    participants = PARTICIPANTS.search(prose)
    if participants:
        record_fact(draft, "participants", participants.group(1).strip(), "“Đối tượng thi đua là …”")
    if len(paragraphs) > 1 and _is_byline(paragraphs[-1]):
        record_fact(draft, "source", [{"author": paragraphs[-1]}], "the byline")

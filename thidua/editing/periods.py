"""Dates and campaign periods as Vietnamese texts print them: "ngày 21 tháng 8 năm 2023",
"30/6/2020", "tháng 5/2019", "từ … đến hết …", phases, months of one year, a period that ends
with an event, the year of the campaign launched. A date without its year takes the year it is
given (the article's, or the campaign's), or is none."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from thidua.editing.facts import (
    DOCUMENT_KINDS,
    FULL_STOP,
    SENTENCE_END,
    Draft,
    partial_date,
    record_days,
    record_period,
    sentence_of,
    sentences,
)
from thidua.editing.issuers import ISSUING
from thidua.records.crossrefs import mentions
from thidua.records.dates import PartialDate

BARE_DATE_PATTERN = (r"(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+tháng\s+(\d{1,2})"
                     r"(?:\s+năm\s+(\d{4}))?)")
"""A date as printed after its "ngày": "21/8/2023", "21 tháng 8 năm 2023" (day, month, year; month, year in words)."""
DATE_PATTERN = r"(?:ngày\s+)?" + BARE_DATE_PATTERN
DATE = re.compile(DATE_PATTERN, re.I)
MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:[/-]|\s+năm\s+)\s*(\d{4})", re.I)
"""A month of a year: "tháng 5/2019", "tháng 10-2025", "tháng 8 năm 2023"."""
YEAR = re.compile(r"năm\s+(\d{4})", re.I)
PERIOD = re.compile(r"(?:thời gian[^:]{0,60}:?\s*)?\btừ\s+(?P<start>nay|.{1,30}?)\s*"
                    r"(?:đến|(?<!tháng \d)(?<!tháng \d\d)(?<!\d-\d)(?<!\d-\d\d)"
                    r"(?<!quý I)(?<!quý II)(?<!quý III)(?<!quý IV)(?<!quý \d)"
                    r"[-–](?!\d{1,2}-\d{4}))\s*"
                    r"(?:hết\s+)?(?P<end>(?:ngày\s+)?[\d/.\-]+\d|tháng\s+\d{1,2}(?:[/-]| năm )\d{4}|"
                    r"năm\s+\d{4})", re.I)
UNTIL = re.compile(r"(?:thời gian[^.]{0,60})?(?:đến (?:hết|cuối)\s+|\b(?:phong trào|đợt|thi đua)\b(?:(?!báo cáo)"
                   r"[^.;\n]){0,80}?\b(?:triển khai|thực hiện|diễn ra|kéo dài)\s+đến\s+(?=ngày\s+\d{1,2}\s*[/.-]\s*"
                   r"\d{1,2}\s*[/.-]\s*\d{4}))(?P<end>năm\s+\d{4}|ngày\s+[\d/.\-]+\d|"
                   r"tháng\s+\d{1,2}(?:[/-]| năm )\d{4})", re.I)
PHASES_ANNOUNCED = re.compile(r"\b(?:qua|gồm|chia(?:\s+(?:làm|thành))?|theo|trong)\s+(\d|hai|ba|bốn|năm)\s+"
                              r"(?:đợt|giai đoạn)\b", re.I)
"""A campaign said to run in so many phases ("phát động phong trào thi đua …, qua 4 đợt như sau")."""
COUNTS = {"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
          "ii": 2, "iii": 3, "iv": 4}
"""How many phases a text announces ("qua 4 đợt"), and the number of a later phase's mark ("Đợt 2", "giai đoạn III")."""
PHASE = re.compile(r"\b(?:đợt|giai đoạn)\s+(?:\d|I{1,3}|IV|một|hai|ba)\b\s*:?", re.I)
"""Where a phase of a campaign begins: "Đợt 1: từ …"."""
FIRST_PHASE = re.compile(r"(?:đợt|giai đoạn)\s+(?:1|I|một)\b", re.I)
"""The first phase's mark. A later phase read alone ("Đợt 2 - từ ngày 01.01.2015 …", the first one's sentence
set aside, no span told before it) gives no start: at most the end, when it is the last of the phases the text
announces (not another programme's phase told after the campaign's own span)."""
NOT_THE_CAMPAIGN = re.compile(r"\b(?:đã(?!\s+(?:ban hành|ký|phát động))|(?:phấn đấu|mục tiêu)(?!(?:(?!Đại hội|Hội (?:khỏe|thi|thao|diễn)|hội (?:nghị|thi|thao|diễn)|giải\b(?!\s+(?:ngân|quyết|phóng|pháp))|"
                              r"lễ|Lễ|ngày hội|liên hoan|kỳ họp)[^,;])*"
                              r"\b(?:diễn ra|kéo dài)\s+từ\b)|"
                              r"qua \d+ năm|(?:giải|lễ|hội thi|hội thao|hội diễn|liên hoan|hội nghị|đại hội|kỳ họp|ngày hội)\b"
                              r"(?:(?!thi đua|phong trào|đợt)[^.;]){0,120}?\bdự kiến\b(?:(?![,)]\s*(?:thời gian|thi đua|phong trào|đợt))[^.;]){0,40}?"
                              r"\btừ\b|"
                              r"những năm qua|sơ kết|tổng kết|(?:gửi|nộp)\s+hồ sơ|hồ sơ đề nghị|gửi báo cáo|ngoài ra)\b", re.I)
"""Words of a sentence that looks back ("đã", but not "đã ban hành", "đã phát động": the
campaign's own launch), states a goal, or sets a window for dossiers or reports ("gửi hồ sơ đề
nghị khen thưởng … từ ngày 1/12 đến ngày 15/12/2025"), or tells a second campaign launched beside
it ("Ngoài ra, … cũng phát động phong trào … từ nay đến hết năm 2020"; not "Tại hội nghị, … cũng
phát động …", the event's own launch): its dates are not the campaign's (a campaign named for
dossiers, "Giải quyết hồ sơ thủ tục hành chính đúng hạn", keeps its own; so does one whose name
runs on into its span: "Kế hoạch … về Thi đua cao điểm … phấn đấu hoàn thành chỉ tiêu … sẽ diễn
ra từ 01/11 - 31/12/2024")."""
SPAN_FIRST = re.compile(r"\b(?:đợt thi đua|phong trào|thời gian|cao điểm)\b[^,;]{0,60}\b(?:diễn ra|kéo dài|"
                        r"thực hiện|triển khai|được tổ chức)\s+từ\b[^,;]{1,40}\bđến\b(?!\s+nay)|"
                        r"\btừ\s+(?:ngày\s+)?\d[^,;]{1,30}\bđến\s+(?:ngày\s+)?\d[^,;\s]{1,12}\s+là\s+(?:đợt|giai đoạn)\b", re.I)
"""A campaign whose span its sentence gives first, as running: "Đợt thi đua diễn ra từ … đến …",
"từ ngày 1.8.2017 đến 11.12.2017 là đợt thi đua nước rút …"
(not "Từ năm 2021 đến nay, phong trào thi đua … đã …" nor "Phong trào thi đua từ năm 2016 đến năm
2020 đã đạt …", looks back)."""
ABOUT_A_CAMPAIGN = re.compile(r"thi đua|thời gian|\bđợt\b|phong trào|cao điểm|phát động|triển khai|"
                              r"thực hiện|diễn ra|kéo dài|bắt đầu|kết thúc", re.I)
"""Words of a sentence about a campaign: only such a sentence gives its period (not "Từ năm 2021
đến năm 2025, toàn tỉnh xây mới 3.200 căn nhà", nor "Đến hết năm 2025, toàn tỉnh có …")."""
TERM = re.compile(r"\bnhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}", re.I)
"""A term of office ("nhiệm kỳ 2021 – 2026"): not a period of the campaign, whatever surrounds it."""
MONTH_RANGE = re.compile(r"\btừ\s+tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{4})\b", re.I)
"""A period of months of one year: "từ tháng 1-12/2023"."""
UNTIL_EVENT = re.compile(r"\btừ\s+(?P<start>(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|tháng\s+\d{1,2}[/-]\d{4})"
                         r"\s+(?:cho\s+)?đến\s+khi\b[^.\n]{0,80}", re.I)
"""A period that ends with an event: "từ tháng 10/2025 đến khi tổ chức thành công Đại hội …"."""
_NAME_GAP = (r"(?:\s*[“\"][^”\"\n]{1,150}[”\"])?(?:[ \t]+(?![“\"]?(?:cuộc\s+)?(?:tổng\s+)?(?:điều tra|kiểm kê)\b|"
             r"dịp\b|Tết\b|quý\b|kế hoạch\s+(?:\d+|năm)\s+năm\b|và\s+(?:tiếp tục|duy trì)\b|"
             r"với\s+(?:việc\s+)?(?:thực hiện|triển khai)\s+(?:các\s+)?"
             r"(?:phong trào|đợt|cuộc vận động)\b|phấn đấu|mục tiêu|kỷ niệm|ngày|của\b|"
             r"đến\b|tới\b|trước\b|vào\b|trong\s+năm\s+\d{4}\b|giai đoạn\b|chiến lược|nghị quyết|đề án|quy hoạch|"
             r"chương trình|đánh giá|nhìn lại|kết quả|tổng kết|sơ kết|khen thưởng|trao thưởng|chào mừng|học kỳ)"
             r"[^\s.;…]+){0,20}?")
"""Between "thi đua" and its years: the campaign's name, quoted or in words ("chuyển đổi số",
"“Vì người nghèo …” tỉnh Bắc Ninh", "thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội":
a campaign for a year's tasks is that year's), not a goal or an anniversary it serves, nor a
census, a holiday or a five-year plan it serves ("thi đua “Tổng điều tra kinh tế … năm 2021”",
launched in 2020; "… dịp Tết Nguyên đán … năm 2025", launched in December; "… hoàn thành các chỉ
tiêu kế hoạch 5 năm 2021 - 2025", launched in its last year), nor a deadline "trong năm …" ("thi đua “Chung
tay xóa nhà tạm … trong năm 2025”", launched in 2024), nor a quarter's year ("… quý IV năm 2018": the
quarter is the span), nor what the launch goes on with ("… và tiếp tục thực hiện
…"), nor words past an ellipsis ("theo chuyên đề… Năm 2010", another sentence's year)."""
HALF_YEAR = re.compile(r"\b(?:trong\s+)?(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})\b", re.I)
"""A campaign over the first or last months of a year: "trong 6 tháng cuối năm 2025"."""
BEGINS_ENDS = re.compile(r"\bbắt đầu (?:từ\s+)?(?:đầu\s+)?(?P<start>(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|"
                         r"tháng\s+\d{1,2}(?:[/-]\d{4})?)[^.;]{0,40}?\bkết thúc (?:vào\s+)?(?:cuối\s+)?"
                         r"(?P<end>(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|tháng\s+\d{1,2}[/-]\d{4})",
                         re.I)
"""A period told by its start and its end: "bắt đầu từ đầu tháng 10-2025, kết thúc vào ngày
31-12"."""
START_ONLY = re.compile(r"\bthời gian[^:.\n]{0,30}:\s*từ\s+((?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*"
                        r"\d{4})(?![^.;\n]{0,40}?(?:đến|[-–]))", re.I)
"""A period whose text gives its start alone: "Thời gian phát động: Từ ngày 15/10/2021"."""
SIGNING_DAY = re.compile(r"(?:ngày\s+)?(?:ký|ban hành)(?:\s+(?:kế hoạch|chỉ thị|quyết định))?", re.I)
"""A period's start that is the day the plan was signed: "từ ngày ký đến …" (its issue date)."""
STATED_YEAR = re.compile(r"\bthời gian\s+(?:thi đua|thực hiện|triển khai)\s*:?\s*(?:trong\s+)?năm\s+"
                         r"(\d{4})\b(?!\s*[-–])", re.I)
"""A period stated as one year: "Thời gian thực hiện: Năm 2024"."""
_DAY = r"(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
DAYS_FROM = re.compile(rf"\b(?P<count>\d{{1,3}})\s+ngày(?:\s+đêm)?\b[^.;\n]{{0,80}}?\b(?:bắt đầu\s+)?"
                       rf"từ\s+(?P<start>{_DAY})(?!\s*(?:đến|-|–))|\btừ\s+(?P<start2>{_DAY}),?\s+"
                       rf"(?:trong\s+)?(?P<count2>\d{{1,3}})\s+ngày\b", re.I)
"""A campaign of so many days from a start: "đợt thi đua cao điểm 100 ngày, bắt đầu từ ngày
15/4/2024", "từ ngày 1/5/2024, trong 100 ngày" (the start day is the first of them)."""
_CAMPAIGN_VERB = (r"\b(?:(?:phát động|(?<!đã )(?:thực hiện|triển khai))\s+"
                  r"(?:(?:(?!tổng kết|sơ kết|tại\s+Đại hội)[^.;\n]){0,60}?\s)?|"
                  r"tổ chức\s+(?=phong trào|đợt)|về\s*(?=[“\"]?\s*thi đua))(?:[“\"]\s*)?")
"""Words that launch or carry out a campaign ("phát động", "triển khai Phong trào", "tổ chức
phong trào", a document "về “Thi đua …”"), with a few words between (not a summing-up's, nor a congress's where it
was launched: "… phát động tại Đại hội Thi đua yêu nước Ngành … lần thứ V, năm 2020")."""
_NOT_A_COVENANTS = (r"(?:(?<=phát động và ký giao ước )|(?<=phát động và ký kết giao ước )|"
                    r"(?<=phát động và tổ chức ký kết giao ước )|(?<!giao ước ))")
"""Before "thi đua": not a covenant's ("ký kết giao ước thi đua năm 2023"), unless the campaign is
launched with it ("phát động và ký giao ước thi đua năm 2018")."""
_CAMPAIGN_NAME = (rf"(?:(?:(?:phong trào|đợt)\s+)?{_NOT_A_COVENANTS}thi đua\b,?{_NAME_GAP}|"
                  r"phong trào\s*[“\"](?=[^”\"\n]{0,40}thi đua)[^”\"\n]{0,150}?[”\"]?|"
                  r"(?<=phát động )phong trào\s*[“\"][^”\"\n]{1,150}[”\"]|"
                  r"(?:phong trào\s+)?thi đua\b[^.;\n“\"]{0,30}?\bvới chủ đề\s*[“\"][^”\"\n]{0,200}?)")
"""The campaign and its name up to its years: "thi đua chuyển đổi số", "Phong trào “Cả nước thi
đua …", a movement of emulation by its quoted name before them ("phong trào “Cán bộ, công chức, viên chức thi đua
thực hiện văn hóa công sở” giai đoạn 2019 - 2025"), "thi đua với chủ đề “… nhiệm vụ", a movement launched by its
quoted name ("phát động phong trào "Ngày Chủ nhật xanh" năm 2024"); not a covenant's year alone."""
_CAMPAIGN_SPAN = (r"(?:(?:hai\s+|ba\s+)?năm(?:\s+học)?\s+(?P<first>\d{4})(?:\s*[-–]\s*(?P<last2>\d{4})|\s+và\s+"
                  r"(?:giai đoạn\s+|(?:kế hoạch\s+)?5 năm\s*\(\s*)(?P=first)\s*[-–]\s*(?P<last3>\d{4})\)?)?|"
                  r"giai đoạn\s+(?P<first2>\d{4})\s*[-–]\s*(?P<last>\d{4}))(?:\b|(?<=\)))")
"""Its years: "năm 2024", "hai năm 2024 – 2025", "năm 2021 và giai đoạn 2021 - 2025", "năm 2016 và Kế hoạch 5
năm (2016 - 2020)", "giai đoạn 2021-2025", a school year "năm học 2018 - 2019"."""
CAMPAIGN_YEARS = re.compile(_CAMPAIGN_VERB + _CAMPAIGN_NAME + r"[ \t]+" + _CAMPAIGN_SPAN, re.I)
"""The year or years of the campaign the text launches or carries out, the first ones its
sentence names: "phát động phong trào thi đua năm 2024", "thực hiện phong trào thi đua “Vì người
nghèo …” giai đoạn 2021 – 2025", "phát động “Tết trồng cây …” và phong trào thi đua năm 2026",
"triển khai Phong trào “Cả nước thi đua xây dựng xã hội học tập … giai đoạn 2023-2030”"
(not a campaign the text says was carried out: "đã thực hiện …", nor a goal "đến năm 2030")."""
CAMPAIGN_UNTIL = re.compile(_CAMPAIGN_VERB + _CAMPAIGN_NAME + r"[ \t]+đến năm\s+(?P<end>\d{4})\b", re.I)
"""A campaign that runs until a year, its start not given: "phát động phong trào thi đua “Cả
nước chung tay vì người nghèo …” trong công tác giảm nghèo đến năm 2020" (not a year inside its
quoted name: :func:`_in_its_quoted_name`)."""


TASKS_YEAR = re.compile(r"\b(?:phát động|tổ chức|triển khai)\s+(?:phong trào\s+)?thi đua\s+(?:nhằm\s+)?(?:phấn đấu\s+)?"
                        r"(?:hoàn thành|đạt)\b[^.;\n]{0,120}?\b(?:chỉ tiêu|nhiệm vụ|kế hoạch)\b[^.;\n]{0,80}?"
                        r"(?<!đến )\bnăm\s+(\d{4})\b(?!\s*[-–]\s*\d)", re.I)
"""A campaign launched for a year's tasks runs that year: "phát động phong trào thi đua phấn đấu
hoàn thành vượt mức các chỉ tiêu, nhiệm vụ … năm 2021", "tổ chức phong trào thi đua phấn đấu
hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội năm 2024" (not a goal "đến năm 2030")."""


LOOK_BACK = re.compile(r"\b(?:trước đó|năm trước|trước đây|những năm qua|kể từ khi|từ khi|đã đạt|tiếp nối kết quả|"
                       r"phát huy kết quả|đạt (?:nhiều|được)\s+(?:kết quả|thành tích)|với nhiều kết quả)\b", re.I)
"""Words of a sentence that tells a campaign of the past: its years are not the one launched."""


SERVES = re.compile(r"\bgóp phần\b|\b(?:lồng ghép|gắn|kết hợp)\b[^.;]{0,80}\bvới\s+(?:việc\s+)?$", re.I)
"""Words before a campaign's years that make it the larger campaign the text's serves or is joined
with: "Đợt thi đua góp phần thực hiện thắng lợi phong trào thi đua giai đoạn 2021-2025 của Tập
đoàn", "lồng ghép việc thực hiện đợt thi đua cao điểm với …" (not "Cùng với việc phát động …")."""
JOINING = re.compile(r"\b(?:lồng ghép|gắn|kết hợp)\b", re.I)
JOINED = re.compile(r"\b(?:với|và)\s+(?:việc\s+)?(?:thực hiện|triển khai)\s+(?:các\s+)?(?:phong trào|đợt|cuộc vận động)\b",
                    re.I)
"""Inside a campaign's words, another campaign joined to it ("lồng ghép việc thực hiện đợt thi đua
cao điểm với thực hiện phong trào thi đua đợt 1 năm 2016"): the years are that one's."""


def campaign_years(prose: str, number: Optional[str] = None) -> Optional[re.Match]:
    """The first CAMPAIGN_YEARS the text gives its own campaign: not the title of a document it
    carries out ("Thực hiện Kế hoạch số 74/KH-UBND … của UBND huyện về Phát động đợt thi đua …
    năm 2024"), whose years are that document's (a campaign the text responds to, "hưởng ứng
    … Kế hoạch số 330-KH/TU … về việc phát động cao điểm thi đua … 2024 – 2025", is its own), nor
    campaigns others launched ("… do Thủ tướng Chính phủ phát động “…” giai đoạn 2023-2030"); none
    when the first two of its own give one campaign different years."""
    own = [match for match in CAMPAIGN_YEARS.finditer(prose) if _its_own_years(prose, match, number)]
    if len({_years_of(match) for match in own[:2]}) > 1 and _same_campaign(own[0], own[1]):
        return None  # the headline and the text give one campaign different years ("giai đoạn 2021-2025" /
                     # "giai đoạn 2020-2025"): neither is certain
    return own[0] if own else None


ACHIEVED_IN = re.compile(r"\bthành tích(?:\s+xuất sắc|\s+tiêu biểu)?\s+trong(?:\s+việc)?\s*$", re.I)
"""Words before a campaign told as the field of someone's achievements: a past campaign, not the one launched."""
BUILDS_ON = re.compile(r"\b(?:phát huy|tiếp nối)\s+(?:(?:những|các)\s+)?kết quả\b(?:(?!phát động|ban hành)[^,;:])*$",
                       re.I)
"""Words in the same clause before a campaign that make it the past one whose results the text builds on ("phát huy
những kết quả trong thực hiện Phong trào Thi đua Quyết thắng năm 2022"; not a launch after the clause, "Phát huy những
kết quả đạt được trong năm 2019 và …, Bộ trưởng … phát động phong trào thi đua năm 2020", nor "phát huy những kết quả
đạt được và phát động phong trào … giai đoạn 2024-2025")."""
_OTHER_BODY = r"(?:Thủ tướng|Chính phủ|Trung ương|Bộ|Ban|Hội đồng|Tỉnh ủy|Thành ủy|UBND|Ủy ban)"
OTHERS_LAUNCHED = re.compile(rf"\bdo\s+{_OTHER_BODY}[^.;]{{0,60}}?\bphát động\b", re.I)
"""Words before a campaign's years that make it one of the campaigns another body launched ("… do Thủ tướng
Chính phủ phát động “…”, “… giai đoạn 2023-2030”"), unless the years are of a launch of the text's own
("Hưởng ứng phong trào thi đua do Thủ tướng phát động, sáng 20/5/2025, UBND tỉnh … phát động … năm 2025")."""
LAUNCHED_BY_OTHERS = re.compile(rf"[”\"]?\s*(?:được|do)\s+{_OTHER_BODY}[^.;]{{0,40}}?\bphát động\b", re.I)
"""Words after a campaign's years that make it another body's ("… giai đoạn 2023-2030 được Thủ tướng Chính
phủ phát động")."""


GOES_ON = re.compile(r"\b(?:tiếp tục|duy trì)\s+(?:(?:triển khai|thực hiện|đẩy mạnh|hưởng ứng)\s*,?\s+(?:việc\s+)?)*$",
                     re.I)
"""Words right before a campaign carried out that make it one under way the text goes on with ("tiếp tục triển
khai thực hiện …", "tiếp tục đẩy mạnh việc thực hiện …", "tiếp tục hưởng ứng, thực hiện …", "duy trì thực hiện …")."""
LAUNCHED_HERE = re.compile(r"\bphát động\s+(?:[^,.;:“”\"]{0,40}?\s)?thi đua\b", re.I)
"""Words that launch a campaign of the text's own and name it, before those it goes on with ("Chi nhánh phát động
phong trào thi đua …; tiếp tục triển khai thực hiện các phong trào thi đua “…” giai đoạn 2021-2025"; not a bare
"tổ chức lễ phát động, tiếp tục thực hiện phong trào thi đua “…” giai đoạn 2022-2027", which launches that one)."""
ADDS_TO = re.compile(r"^\W*(?:Cùng với đó|Song song với đó|Đồng thời|Bên cạnh đó|Ngoài ra)\b"
                     r"|\bcũng\s+(?:tiếp tục|duy trì)\b", re.I)
"""A sentence that adds to the one before it ("Cùng với đó, xã tiếp tục triển khai thực hiện …", "Huyện cũng duy
trì thực hiện …")."""


def _with_the_sentence_it_adds_to(before: str) -> str:
    """The words of a sentence before a point (past its ";"), with the sentence before it when it opens by
    adding to that one (ADDS_TO)."""
    *previous, current = [part for part in FULL_STOP.split(before) if part.strip()] or [""]
    return f"{previous[-1]} {current}" if previous and ADDS_TO.search(current) else current


def _opens_with_launch(match: re.Match) -> bool:
    """Whether a CAMPAIGN_YEARS match opens with the verb that launches ("phát động …")."""
    return bool(re.match(r"phát động\b", match.group(0), re.I))


def _same_campaign(first: re.Match, second: re.Match) -> bool:
    """Whether two CAMPAIGN_YEARS matches both launch one campaign by the same quoted name (a headline
    and its text: "Phát động phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025" / "… ban hành Kế
    hoạch phát động phong trào thi đua “Dân vận khéo” giai đoạn 2020-2025"; not a launch and the
    campaign's run of the year before)."""
    def name(match: re.Match) -> str:
        quoted = re.search(r"[“\"]([^”\"]{3,})", match.group(0))
        return quoted.group(1).strip().lower() if quoted and _opens_with_launch(match) else ""
    return bool(name(first)) and name(first) == name(second)


def _its_own_years(prose: str, match: re.Match, number: Optional[str]) -> bool:
    """Whether a CAMPAIGN_YEARS match gives the years of the text's own campaign (see campaign_years)."""
    if re.search(r"\bLuật\b", match.group(0)):
        return False  # a law's name and year ("… triển khai theo Luật Thi đua, khen thưởng năm 2022")
    if any(re.match(r"[^.;]{0,80}?\bvề\s+(?:việc\s+)?phát động\b", match.group(0)[found.end():], re.I)
           for found in [*(found for found in mentions(match.group(0)) if found.group(1) != number),
                         *BARE_DOCUMENT.finditer(match.group(0))]):
        return False  # another document's campaign ("thực hiện thắng lợi kế hoạch 22 của UBND tỉnh về phát động thi
                      # đua … giai đoạn 2010-2015"; not a document the campaign's name carries out)
    sentence = sentence_of(prose, match)
    opening = sentence[:sentence.find(match.group(0))]
    others = OTHERS_LAUNCHED.search(opening + match.group(0)[:20])
    own_launch = _opens_with_launch(match) and others and others.end() <= len(opening)
    if (others and not own_launch) or LAUNCHED_BY_OTHERS.match(prose[match.end():]):
        return False  # campaigns others launched ("các phong trào thi đua do Thủ tướng Chính phủ phát động “…”, “…
                      # giai đoạn 2023-2030”")
    if LOOK_BACK.search(sentence):
        return False  # "Trước đó, năm 2020 tỉnh đã phát động phong trào thi đua năm 2020 …"
    if ACHIEVED_IN.search(opening) or BUILDS_ON.search(opening) and not _opens_with_launch(match):
        return False  # "Khen thưởng các tập thể … có thành tích xuất sắc trong thực hiện các phong trào thi đua yêu
                      # nước, giai đoạn 2015-2020": the campaigns those it commends carried out; or whose results
                      # it builds on
    if GOES_ON.search(opening) and not _opens_with_launch(match) and LAUNCHED_HERE.search(
            _with_the_sentence_it_adds_to(prose[:match.start()])):
        return False  # "năm 2024, Chi nhánh phát động phong trào thi đua …; tiếp tục triển khai thực hiện các phong
                      # trào thi đua “…” giai đoạn 2021-2025": the movements under way, beside the one launched
    if SERVES.search(opening) or (JOINING.search(opening + match.group(0)) and JOINED.search(match.group(0))):
        return False  # the larger campaign it serves or is joined with
    before = prose[max(0, match.start() - 160):match.start()]
    cited = sorted([found for found in mentions(before) if found.group(1) != number]
                   + list(BARE_DOCUMENT.finditer(before)), key=lambda found: found.end())
    if cited and re.search(r"\bvề\s+(?:việc\s+)?$", before, re.I) and not SENTENCE_END.search(
            before[cited[-1].end():]) and _carried_out(
            opening[:opening.rfind(cited[-1].group(0))] if cited[-1].group(0) in opening else ""):
        return False
    return True


BARE_DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_KINDS})\s+(?:số\s*)?\d+\b(?![/-])(?!\s*năm\b)", re.I)
"""A document named by its number without a symbol: "Chỉ thị số 18 ngày 19/5/2016 của Thủ tướng …" (not a plan's
length, "Kế hoạch 5 năm")."""


def _carried_out(opening: str) -> bool:
    """Whether the words of a sentence before a document carry out a list of documents it belongs to
    ("…; tiếp tục thực hiện Chỉ thị 34 … và thông tri số 11 … về …, Chỉ thị số 18 … về việc phát động
    …"), with no document issued between."""
    found = list(re.finditer(r"\b(?:thực hiện|căn cứ|triển khai)\b", opening, re.I))
    rest = opening[found[-1].end():] if found else ""
    return bool(found) and not (ISSUING.search(rest) or re.search(r"\bcó\s*$", rest, re.I))


def read_period(draft: Draft, prose: str, year: Optional[int]) -> Optional[PartialDate]:
    """The campaign period, from the sentences about the campaign (not a look back at past
    years, nor a goal "phấn đấu … đến năm 2030"): "từ … đến …" (in phases, "đợt 1 … đợt 2 …", the
    first phase's start to the last one's end, none if the last ends with an event),
    "đến hết …", "từ tháng 1-12/2023", a start with an end that is an event ("từ tháng 10/2025
    đến khi …": no end date), so many days from a start ("100 ngày, bắt đầu từ ngày 15/4/2024"),
    a period stated as one year ("Thời gian thực hiện: năm 2024"), or else the year or years of
    the campaign launched ("phát động phong trào thi đua năm 2024"), or the year of the tasks it
    serves ("phấn đấu hoàn thành … nhiệm vụ … năm 2021"). A start without its year takes the
    end's, an end without its year the start's; a start "từ ngày ký" is the issue date. Phases
    whose last end the text cuts off give the start only; days whose year the text never gives
    give no period (not a later span, another campaign's), unless the text states the year. A drive's only year
    when it is its goal's ("đợt thi đua cao điểm … hoàn thành nhiệm vụ năm 2011") is not its span: none, the year
    returned (it still dates the text: a launch day printed without its year, a unit of that day, a campaign ended
    before the page). Nor are a campaign's years that ended before the plan's day (a headline's "năm 2010" over a
    launch "Ngày 10 tháng 4 năm 2011"; not years that run on, "… năm 2021 và những năm tiếp theo"): none. A campaign's
    one year that is the year a goal is to be reached, on a plan dated well before it ("phát động phong trào thi đua
    “Mộ Đức về đích huyện nông thôn mới năm 2025”" on 16/5/2023), is kept, its start marked for review
    (:func:`_launched_before_its_goal_year`)."""
    number = draft.values.get("number")
    text = "\n".join(TERM.sub("", sentence) for sentence in (PURPOSE_FIRST.sub("", _campaign_clause(sentence))
                                                             for sentence in sentences(prose))
                     if not _not_the_campaigns(sentence) and not _another_plan(sentence, number) and (
                         ABOUT_A_CAMPAIGN.search(sentence) or PHASE.match(sentence.strip())))
    months = MONTH_RANGE.search(text)
    if months:
        first, last, year_text = (int(group) for group in months.groups())
        record_period(draft, partial_date(year_text, first), partial_date(year_text, last), None,
                      f"“{months.group(0).strip()}”")
        return
    if _phases(draft, text, year, prose):
        return
    launched = campaign_years(prose, number)
    first_year, last_year = _years_of(launched) if launched else (None, None)
    for match in [*PERIOD.finditer(text), *UNTIL.finditer(text)]:
        end = date_phrase(match.group("end"), year or _year_of_bare_day(prose, match.group("end")))
        if launched and end and (end.year < int(first_year) or (not match.groupdict().get("start")
                                                                and end.year < int(last_year))):
            continue  # a look back ("Từ năm 2021 đến năm 2024, … phong trào …") or a goal's
                      # deadline ("Đến hết năm 2025, …") beside the campaign launched (2025-2030)
        start_text = match.groupdict().get("start")
        from_now = bool(start_text) and start_text.lower() == "nay"
        signed = bool(start_text) and SIGNING_DAY.fullmatch(start_text.strip())
        start = (None if not start_text or from_now
                 else PartialDate.parse(draft.values["issued"]) if signed and "issued" in draft.values
                 else date_phrase(start_text, end.year if end else year))
        if start and not end:  # "từ ngày 01/3/2024 đến ngày 30/11": the start's year
            end = date_phrase(match.group("end"), start.year)
            end = end if end and end.last_day >= start.first_day else None
        end = _continued(text, match, end, year)
        now = draft.values.get("issued") or draft.values.get("published")  # (the launch's day, else the page's)
        if from_now and end and now and end.last_day < PartialDate.parse(str(now)).first_day \
                and not re.search(r"\d{4}", match.group("end")):
            end = date_phrase(match.group("end"), end.year + 1)  # "từ nay đến hết ngày 28/2" told of a launch
            # in November: the next 28 February (a campaign from now ends after it)
        if (start or end) and _not_this_year(draft, match, start, end, year):
            draft.missing["period"] = (f"“{match.group(0).strip()}”: days without their year that cross a "
                                       "new year or end before the page's date: the text does not give it")
            return
        if start or end:
            record_period(draft, start, end, "từ nay" if from_now else
                          f"từ {start_text.strip()}" if signed else None,
                          f"“{match.group(0).strip()}”")
            return
        # days whose year the text does not say: no period, rather than a later span, another
        # campaign's ("… từ ngày 10-7 đến 31-10; Phong trào … thực hiện từ năm 2025-2030")
        if re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", match.group(0)):
            if not _stated_year(draft, text):  # (a year the text states for the whole campaign)
                draft.missing["period"] = (f"“{match.group(0).strip()}”: the text does not give the "
                                           "year of these days")
            return
    half = next((match for match in HALF_YEAR.finditer(text) if not re.search(
        r"\b(?:nhiệm vụ|công tác|kết quả)\b[^.;\n]{0,20}$", text[max(0, match.start() - 40):match.start()],
        re.I)), None)
    if half:  # "trong 6 tháng cuối năm 2025" (not "nhiệm vụ công tác 6 tháng cuối năm 2025")
        count, which, year_text = int(half.group(1)), half.group(2).lower(), int(half.group(3))
        first, last = (1, count) if which == "đầu" else (13 - count, 12)
        record_period(draft, partial_date(year_text, first), partial_date(year_text, last), None,
                      f"“{half.group(0).strip()}”")
        return
    begins = BEGINS_ENDS.search(text)
    if begins:
        start = date_phrase(begins.group("start"), year)
        end = date_phrase(begins.group("end"), start.year if start else year)  # "ngày 31-12"
        end = None if start and end and end.last_day < start.first_day else end
        if start or end:
            record_period(draft, start, end, None, f"“{begins.group(0).strip()}”")
            return
    start_only = START_ONLY.search(text)
    if start_only:
        record_period(draft, date_phrase(start_only.group(1), year), None, None,
                      f"“{start_only.group(0).strip()}”")
        return
    days = DAYS_FROM.search(text)
    start = date_phrase(days.group("start") or days.group("start2"), year) if days else None
    if start and start.day:
        record_days(draft, start, int(days.group("count") or days.group("count2")),
                    f"“{days.group(0).strip()}”")
        return
    open_ended = UNTIL_EVENT.search(text)
    if open_ended:
        record_period(draft, date_phrase(open_ended.group("start"), year), None, None,
                      f"“{open_ended.group(0).strip()}”")
        draft.missing["period.end"] = "the campaign runs until an event (“đến khi …”): no end date"
        return
    if _stated_year(draft, text):
        return
    if launched:
        first, last = _years_of(launched)
        if first == last and _serves_a_drives_tasks(launched.group(0)):
            return _leave_the_drives_span(draft, launched, first)
        onwards = ONWARDS.match(prose, launched.end())
        issued = draft.values.get("issued")
        if not onwards and issued and PartialDate.parse(str(issued)).year > int(last):
            draft.missing["period"] = (f"“{launched.group(0).strip()}”: years that ended before the plan's day "
                                       f"({issued}): another campaign's, or the text's slip; give the campaign's")
            return  # (nor do they date the text: a summing-up's years beside the launch of the next)
        record_period(draft, year_date(first), None if onwards else year_date(last), None,
                      f"“{launched.group(0).strip()}{onwards.group(0) if onwards else ''}”")
        known = _launched_before_its_goal_year(draft, launched.group(0), first) if first == last and not onwards \
            else None
        if known:
            draft.missing["period.start"] = (f"“{launched.group(0).strip()}”: the year a goal is to be reached, and "
                                             f"the launch was by {known}: the campaign may run from it; check the "
                                             "start")
        return
    return _until_or_tasks(draft, text, prose)


GOAL_REACHED = re.compile(r"\b(?:(?<!đã )về đích|(?<!vừa )(?<!mới )(?<!đã )(?<!sau )đạt chuẩn)\b", re.I)
"""Words of a campaign's name that make its one year the year a goal is to be reached ("thi đua “Mộ Đức về đích huyện
nông thôn mới năm 2025”", "thi đua xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2025"; not a standard already
reached, "các xã vừa đạt chuẩn … tiếp tục thi đua năm 2025", "đã về đích", "sau đạt chuẩn")."""


def _launched_before_its_goal_year(draft: Draft, words: str, year: str) -> Optional[str]:
    """The plan's day (or, without one, the page's: the launch was not after it) when the one ``year`` of the campaign
    its ``words`` launch is the year a goal is to be reached (GOAL_REACHED) and the day falls before the October ahead
    of it: the campaign may run from its launch until then rather than over that year alone, which the editor is asked
    to check (the start is kept: reviews S359-S371 found the text telling the campaign to be that year's in more ways
    than any list of words could hold). None otherwise."""
    known = draft.values.get("issued") or draft.values.get("published")
    if not known or not GOAL_REACHED.search(words):
        return None
    return str(known) if PartialDate.parse(str(known)).first_day < dt.date(int(year) - 1, 10, 1) else None


def _not_this_year(draft: Draft, match: re.Match, start: Optional[PartialDate], end: Optional[PartialDate],
                   year: Optional[int]) -> bool:
    """Whether days printed without any year ("từ ngày 20/12 đến ngày 15/2", "từ ngày 1/1 đến
    ngày 31/3" on a page of 28/12/2024), given the page's or the campaign's year, cross a new
    year or end before the page's date: their year is not that one, and the text does not say
    which it is."""
    if year is None or re.search(r"\d{4}", match.group(0)):
        return False
    stamp = draft.values.get("published")
    last = (end or start).last_day
    return bool(start and end and end.last_day < start.first_day) or bool(
        stamp and last < PartialDate.parse(str(stamp)).first_day)


def span_before_its_plan(draft: Draft) -> None:
    """Leave the period empty, with a note, when it ends before the plan's issue date and the text prints neither its
    start nor its end with its year: its days were printed without their year ("… chào mừng Xuân Ất Tỵ 2025, bắt đầu
    từ ngày 2/1", in a plan issued on 23/12/2024; "từ ngày 20/12/2024 đến ngày 28/2"), and the year they took (the
    page's, the campaign's, another day's) cannot be theirs. A span the text prints with its year ("từ ngày 5/1 đến
    ngày 5/4/2025", "6 tháng cuối năm 2024") is left as read: then the issue date may be the one wrong. (Not against
    the article's date: a page may tell a drive long over.)"""
    period, source, issued = draft.values.get("period") or {}, draft.found.get("period", ""), draft.values.get("issued")
    if not (period.get("end") and issued):
        return
    end, issued = PartialDate.parse(period["end"]), PartialDate.parse(issued)
    if end.last_day >= issued.first_day or any(_printed_with_its_year(source, f"{source}\n{draft.body}",
                                                                      PartialDate.parse(day))
                                                for day in period.values()):
        return
    _leave_the_period(draft, f"the span read from {source} would end ({end}) before the issue date read ({issued}), "
                             "and the text does not print its year: give the period, and check the issue date")


TOLD_PAST = re.compile(r"(?:[ \t]+|[ \t]*\n\s*(?=[a-zđ]))(?i:vừa qua|vừa rồi|năm ngoái|năm trước)\b")
"""Words right after a day that tell it as past: "bắt đầu từ ngày 15/12 vừa qua", "từ ngày 20/12 năm ngoái", a line the
page wrapped going on in lower case ("… từ ngày 20/12\nvừa qua, …"); not a clause or a paragraph that opens with them
("bắt đầu từ ngày 1/6, vừa rồi Ban Chỉ đạo …", a list line "… bắt đầu từ ngày 1/4" before "Vừa rồi, …")."""


def span_told_past(draft: Draft) -> None:
    """Leave the period empty, with a note, when its first day, told as past right where the span is read ("… bắt
    đầu từ ngày 15/12 vừa qua"), would fall after the article's date (the page's time stamp, or the date its editor
    gives): the year it took (the page's) cannot be its own, or the article's date is not. Only the words the span was
    read from count (not another drive's day told beside it: "So với đợt thi đua bắt đầu từ ngày 8/3 năm ngoái, …");
    not against the issue date (a plan issued before its drive, told after the drive began: "Kế hoạch … ngày 2/4/2025
    …, từ ngày 10/4 vừa qua đến hết ngày 30/4/2025")."""
    period, source = draft.values.get("period") or {}, draft.found.get("period", "")
    told = draft.values.get("published")
    words = re.match(r"“(.*)”", source)
    if not (period.get("start") and told and words):
        return
    start, told = PartialDate.parse(period["start"]), PartialDate.parse(str(told))
    if not start.day or start.first_day <= told.last_day:
        return
    printed = re.compile(r"\s+".join(map(re.escape, words.group(1).split())))
    found = printed.search(draft.body)
    day = re.compile(rf"(?<![\d/.-])0?{start.day}\s*[/.-]\s*0?{start.month}(?![\d/.-])")
    past = found and any(TOLD_PAST.match(draft.body, at.end())
                         for at in day.finditer(draft.body, found.start(), found.end()))
    if not past:
        return
    _leave_the_period(draft, f"the span read from {source} would start ({start}) after the article's date ({told}), "
                             "though the text tells its first day as past: give the period, and check the article's "
                             "date")


def _leave_the_period(draft: Draft, note: str) -> None:
    """Take the period read out of the draft, and leave it for the editor with ``note``."""
    del draft.values["period"], draft.found["period"]
    draft.missing.pop("period.start", None)
    draft.missing["period"] = note


def _printed_with_its_year(words: str, text: str, date: PartialDate) -> bool:
    """Whether ``text`` prints ``date`` with its year ("2/1/2025", "2/1 năm 2025", "ngày 02 tháng 01, năm 2025"; not
    in a document's number, "01/2024/NQ-HĐND"), or, for a month or a year, whether ``words`` (those the span was read
    from) print its year ("6 tháng cuối năm 2024", "quý IV/2024", "tháng 4/2025", "2021-2025")."""
    year = rf"\s*(?:[/.-]|,?\s*năm)\s*{date.year}(?![\w/-])"  # ("/2025", "-2025", " năm 2025", ", năm 2025")
    if not date.day:
        return bool(re.search(rf"(?<!\d){date.year}(?!\d|\s*/\s*[^\W\d])", words))  # ("tháng 4/2025", "2021-2025")
    return bool(re.search(rf"(?<![\d/])0?{date.day}\s*[/.-]\s*0?{date.month}{year}|"
                          rf"(?<!\d)0?{date.day}\s+tháng\s+0?{date.month}{year}", text, re.I))


DOCUMENT_BEFORE = re.compile(r"\d/[^\s,]*[^\W\d_][^\s,]*\s*,?\s*(?:ngày\s+)?$")
"""A document's number right before a date: "Kế hoạch số 120/KH-UBND ngày " (the date is its)."""
FULL_DAY = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")


def year_printed_beside(prose: str, day: int, month: int) -> Optional[int]:
    """The year of a day printed without it, when the text prints that same day with a year, one
    only, that is the latest it states (or the year before): "Sáng nay (05/10)" of a page with
    "Thời sự 18h 5/10/2025"; the campaign "từ ngày 1/5-11/6" of a text that greets the
    anniversary "(11/6/1948-11/6/2018)" ends on 11/6/2018 (not the date of a document: "Kế hoạch
    số 120/KH-UBND ngày 31/12/2024" says nothing of "đến ngày 31/12"). None if no such year, or
    several."""
    stated = [int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", prose)]
    years = {int(found.group(3)) for found in FULL_DAY.finditer(prose)
             if (int(found.group(1)), int(found.group(2))) == (day, month)
             and int(found.group(3)) >= max(stated, default=0) - 1
             and not DOCUMENT_BEFORE.search(prose[max(0, found.start() - 40):found.start()])}
    return years.pop() if len(years) == 1 else None


def _year_of_bare_day(prose: str, day_text: str) -> Optional[int]:
    """:func:`year_printed_beside` for a day as a period prints it ("11/6", "ngày 11/6")."""
    bare = re.fullmatch(r"(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})", day_text.strip(), re.I)
    return year_printed_beside(prose, int(bare.group(1)), int(bare.group(2))) if bare else None


GOAL_AFTER_SPAN = re.compile(r"\d\)?\s*,[^,;]{0,30}?\b(?:với mục tiêu|đề ra mục tiêu|phấn đấu)\b", re.I)
"""A goal told after the campaign's span in its sentence ("… kết thúc vào ngày 22/12/2019, với mục tiêu …", "(từ ngày
1-7 đến ngày 10-10), Cụm đề ra mục tiêu phấn đấu …")."""


PURPOSE_FIRST = re.compile(r"^\W*Để\b(?!\s+(?:đợt thi đua|phong trào|thi đua)\b)[^,;.]{0,160},\s*"
                           r"(?=(?:đợt thi đua|phong trào|thi đua)\b)", re.I)
"""A purpose told before the campaign, whose span follows it: "Để hoàn thành mục tiêu giải ngân …, đợt thi đua được
tổ chức từ ngày 1/7/2024 đến ngày 31/12/2024" (the purpose's own dates, a deadline or a goal's span, are not read;
not a purpose that is the campaign's own: "Để đợt thi đua diễn ra từ ngày 1/6/2024 đến ngày 31/8/2024 đạt kết quả cao,
…")."""


def _not_the_campaigns(sentence: str) -> bool:
    """Whether a sentence's dates are not the campaign's (NOT_THE_CAMPAIGN), a purpose it tells after the campaign's
    span aside (GOAL_AFTER_SPAN, "…, với mục tiêu …": the span is the campaign's, not the goal's; not a goal said to be
    met, "(từ tháng 3/2023 đến tháng 12/2023), mục tiêu đề ra đã cơ bản hoàn thành")."""
    goal = GOAL_AFTER_SPAN.search(sentence)
    return bool(NOT_THE_CAMPAIGN.search(sentence[:goal.start() + 1] if goal else sentence))


def _another_plan(sentence: str, number: Optional[str]) -> bool:
    """Whether a sentence says another document was issued, when the plan's own number is known
    ("Hai ngày sau, UBND tỉnh ban hành tiếp Kế hoạch số 14/KH-UBND phát động đợt thi đua … từ ngày
    15/1/2025 đến ngày 15/2/2025" beside the plan 10/KH-UBND): its span is that document's."""
    issued = [found.group(1) for found in mentions(sentence) if re.search(
        r"\b(?:ban hành|ký)\b(?:\s+tiếp)?\s+(?:kế hoạch|quyết định|chỉ thị|công văn)\s+(?:số\s+)?$",
        sentence[max(0, found.start(1) - 40):found.start(1)], re.I)]
    return bool(number) and any(other != number for other in issued) and number not in sentence


def _stated_year(draft: Draft, text: str) -> bool:
    """A period stated as one year ("Thời gian thực hiện: năm 2024"), recorded; whether there is one."""
    stated = STATED_YEAR.search(text)
    if stated:
        record_period(draft, year_date(stated.group(1)), year_date(stated.group(1)), None,
                      f"“{stated.group(0).strip()}”")
    return bool(stated)


def _years_of(launched: re.Match) -> tuple[str, str]:
    """The first and last years of a CAMPAIGN_YEARS match (the same one for one year)."""
    first = launched.group("first") or launched.group("first2")
    return first, launched.group("last") or launched.group("last2") or launched.group("last3") or first


ONWARDS = re.compile(r"\s*(?:và|,)\s*(?:những|các)\s+năm\s+(?:tiếp theo|kế tiếp|tiếp sau|sau(?:\s+đó)?)\b", re.I)
"""Words after a campaign's year that leave its end open: "phát động phong trào thi đua năm 2020 và những năm tiếp
theo"."""


def _until_or_tasks(draft: Draft, text: str, prose: str) -> Optional[PartialDate]:
    """A period given only by the year the campaign runs until ("đến năm …") or by the year of the
    tasks it serves (a drive's: none, that year returned, as by :func:`read_period`)."""
    until = CAMPAIGN_UNTIL.search(text)
    if until and not _in_its_quoted_name(until.group(0)):  # (only the first: not a later campaign's)
        record_period(draft, None, year_date(until.group("end")), None, f"“{until.group(0).strip()}”")
        return
    tasks = next((match for match in TASKS_YEAR.finditer(prose)
                  if not LOOK_BACK.search(sentence_of(prose, match))), None)
    if tasks and _serves_a_drives_tasks(tasks.group(0)):
        return _leave_the_drives_span(draft, tasks, tasks.group(1))
    if tasks:  # "phát động phong trào thi đua phấn đấu hoàn thành … nhiệm vụ … năm 2021"
        record_period(draft, year_date(tasks.group(1)), year_date(tasks.group(1)), None,
                      f"“{tasks.group(0).strip()}”")


DRIVE = re.compile(r"\b(?:đợt\s+(?:thi đua|cao điểm)|(?:thi đua|đợt)\s+(?:nước rút|đột kích|cao điểm)|"
                   r"cao điểm\s+thi đua)\b", re.I)
"""A drive: a short push within a campaign or a year ("đợt thi đua cao điểm", "thi đua nước rút", "thi đua đột
kích", "cao điểm thi đua")."""
GOAL = re.compile(r"\b(?:nhiệm vụ|chỉ tiêu|kế hoạch|mệnh lệnh)\b", re.I)
"""Words of the tasks a drive serves, before their year ("hoàn thành nhiệm vụ năm 2011", "quán triệt mệnh lệnh chiến
đấu năm 2018")."""


def _serves_a_drives_tasks(words: str) -> bool:
    """Whether the one year a launch's words give is the year of the tasks a drive serves, not its span: a drive
    launched late in the year "hoàn thành nhiệm vụ năm 2011", or early in it "gắn với … nhiệm vụ năm 2023", runs
    weeks, not that year (not a drive's own year, "đợt thi đua cao điểm năm 2025"; a drive over two years, "đợt thi
    đua đặc biệt thực hiện nhiệm vụ, kế hoạch năm 2017- 2018", is read by its years)."""
    drive = DRIVE.search(words)
    return bool(drive) and bool(GOAL.search(words, drive.end()))


def _leave_the_drives_span(draft: Draft, launched: re.Match, year: str) -> PartialDate:
    """Mark for review the span of a drive whose only year is its tasks' (:func:`_serves_a_drives_tasks`); that
    year."""
    draft.missing["period"] = (f"“{launched.group(0).strip()}”: the year of the tasks a drive serves, not its span: "
                               "give the drive's start and end if the plan states them")
    return year_date(year)


def _in_its_quoted_name(words: str) -> bool:
    """Whether words that end in a campaign's year end inside its quoted name ("phát động Phong trào thi đua
    “Chuyển đổi số tỉnh đến năm 2025", of a name “… đến năm 2025, định hướng đến năm 2030”: a goal the name states,
    not the campaign's end)."""
    return words.count("“") > words.count("”") or words.count('"') % 2 == 1


def _campaign_clause(sentence: str) -> str:
    """A sentence that gives the campaign's span before it looks back or states its goals
    ("Đợt thi đua diễn ra từ 19/11/2025 đến 31/01/2026, tập trung vào các mục tiêu …", "… phát động
    đợt thi đua cao điểm 6 tháng cuối năm 2025, phấn đấu …") is read up to those words; any other
    sentence whole."""
    back = NOT_THE_CAMPAIGN.search(sentence)
    if back and (SPAN_FIRST.search(sentence[:back.start()]) or re.search(
            r"(?<!đợt )\bphát động\s+(?:(?:phong trào|đợt|thi đua|cao điểm)\s+){1,4}(?:trong\s+)?\d{1,2}\s+tháng\s+(?:đầu|cuối)"
            r"\s+năm\s+\d{4}", sentence[:back.start()], re.I)):
        return sentence[:back.start()]
    return sentence


def _continued(text: str, match: re.Match, end: Optional[PartialDate],
               year: Optional[int]) -> Optional[PartialDate]:
    """The end of a period continued by the ones that follow it day after day, phases without
    their marks: "từ nay đến ngày 30/6 …; Từ ngày 1/7 đến 31/12 …" ends on 31/12."""
    for following in PERIOD.finditer(text, match.end()):
        if not end or not end.day:
            break
        start = date_phrase(following.group("start"), end.year)
        if not start or not start.day or start.first_day != end.last_day + dt.timedelta(days=1):
            break
        end = date_phrase(following.group("end"), start.year) or end
    return end


def _phases(draft: Draft, text: str, year: Optional[int], prose: str) -> bool:
    """A campaign in phases ("Đợt 1: từ … đến …; Đợt 2: …"): the first phase's start to the last
    one's end, no end if the last one ends with an event or its end is not read, or the text
    stops inside it (more phases may follow: the campaign's year, if the text launches one,
    "phát động phong trào thi đua năm 2015 … Đợt 2: Từ ngày 01/4/2015 đến 30/6/2015: Vận").
    Whether the text has phases."""
    marks = list(PHASE.finditer(text))
    announced = PHASES_ANNOUNCED.search(text)
    later = PERIOD.search(text, marks[0].end()) if len(marks) == 1 else None
    if later and not FIRST_PHASE.match(marks[0].group(0)) and re.fullmatch(r"[\s:–-]*",
                                                                           text[marks[0].end():later.start()]) \
            and all(span.start() >= marks[0].start() for span in PERIOD.finditer(text)):
        number = marks[0].group(0).split()[-1].rstrip(":").lower()  # ("Đợt 2", "giai đoạn III")
        end = date_phrase(later.group("end"), year) if announced and COUNTS.get(number, 0) == COUNTS.get(
            announced.group(1).lower()) else None
        if end:
            record_period(draft, None, end, None,
                          f"“{announced.group(0)}: {marks[0].group(0)} {later.group(0).strip()}”")
        draft.missing["period.start"] = (f"“{marks[0].group(0).strip()}” is a later phase and the first one's "
                                         "start is not read: give the campaign's start, if the text has it")
        return True
    if announced and len(marks) == 1 and COUNTS.get(announced.group(1).lower(), 0) > 1 and FIRST_PHASE.match(
            marks[0].group(0)):
        first = PERIOD.search(text, marks[0].end())
        start = date_phrase(first.group("start"), year) if first else None
        if start:  # "qua 4 đợt như sau: Đợt 1: Từ tháng 9/2021 đến tháng 11/2021 …" (cut off)
            record_period(draft, start, None, None, f"“{announced.group(0)}: {marks[0].group(0)} "
                                                    f"{first.group(0).strip()}”")
            draft.missing["period.end"] = (f"the text announces {announced.group(1)} phases and stops "
                                           "before the last one: its end is not given")
            return True
    if len(marks) < 2:
        return False
    parts = [text[mark.end():following.start() if following else len(text)]
             for mark, following in zip(marks, [*marks[1:], None])]
    first = PERIOD.search(parts[0])
    last_open = re.search(r"\bđến\s+khi\b", parts[-1], re.I)
    last = None if last_open else PERIOD.search(parts[-1])
    tail = parts[-1][last.end():] if last else ""  # the last phase's words after its span
    stops = bool(last) and not SENTENCE_END.search(tail) and prose.rstrip().endswith(
        (tail.strip() or last.group(0).strip())[-20:]) and not re.search(r"[.;!?)”\"]$", prose.rstrip())
    launched = campaign_years(prose) if stops and first and last else None
    if launched:  # the text stops inside a phase of the year's campaign: that year
        first_year, last_year = _years_of(launched)
        record_period(draft, year_date(first_year), year_date(last_year), None, f"“{launched.group(0).strip()}”")
        return True
    last = None if stops else last
    if not first and FIRST_PHASE.match(marks[0].group(0)) and _first_span_in_a_later_phase(text, marks):
        # the first phase's start in words ("Đợt 1 - từ ngày ban hành văn bản phát động đến …"), no span told before
        # the phases: not the next phase's start, and a later span may be another's ("Đề án … giai đoạn 2 từ …")
        draft.missing["period"] = (f"“{marks[0].group(0).strip()} …”: the first phase's start is not a date the text "
                                   "gives: give the campaign's period")
        return True
    if not first or not (last or last_open or _cut_off(parts[-1])):
        return False
    last_open = last_open or not last  # the last phase's end unread: the text stops inside it
    end = date_phrase(last.group("end"), year) if last else None
    start_text = first.group("start")
    start = None if start_text.lower() == "nay" else date_phrase(start_text, end.year if end else year)
    if not (start or end or start_text.lower() == "nay"):
        return False  # phases whose dates are not read: the text's other words may say
    record_period(draft, start, end, "từ nay" if start_text.lower() == "nay" else None,
                  f"“{marks[0].group(0)} {first.group(0).strip()}” … “{marks[-1].group(0)}…”")
    if last_open:
        draft.missing["period.end"] = ("the last phase's end is not given (it runs until an event, "
                                       "“đến khi …”, or the text stops)")
    return True


def _first_span_in_a_later_phase(text: str, marks: list[re.Match]) -> bool:
    """Whether the text's first span (PERIOD) comes under a phase mark after the first ("Đợt 2 - từ …")."""
    told_first = PERIOD.search(text)
    within = [mark for mark in marks if told_first and mark.start() < told_first.start()]
    return bool(within) and not FIRST_PHASE.match(within[-1].group(0))


def _cut_off(phase: str) -> bool:
    """Whether a phase's words are a span the text stops inside ("đợt 2, từ ngày 19/5/2023 đến n"):
    its start given, the text ending in it (not "đợt 2 vào cuối năm")."""
    return bool(re.search(r"\btừ\b", phase)) and not re.search(r"[.;]\s*$", phase.strip()) and len(phase) < 80


def year_date(text: Optional[str]) -> Optional[PartialDate]:
    """A year as a date, if it is one a plan can have."""
    return PartialDate(int(text)) if text and 1945 <= int(text) <= 2100 else None


def date_of(match: re.Match, year: Optional[int]) -> Optional[PartialDate]:
    day, month, year_text, month_words, year_words = match.groups()
    month = month or month_words
    year_value = int(year_text or year_words or 0) or year
    if not month or not year_value:
        return None
    return partial_date(year_value, int(month), int(day))


def date_phrase(text: str, year: Optional[int]) -> Optional[PartialDate]:
    """``tháng 5/2019`` → 2019-05; ``30/6/2020``, ``ngày 30-11-2023`` → a day; ``năm 2024``;
    ``tháng 4`` → that month of ``year`` (the other end's), if it is known."""
    text = text.strip()
    month = MONTH.search(text)
    if month:
        return partial_date(int(month.group(2)), int(month.group(1)))
    date = DATE.search(text)
    if date and date.group(2) or date and date.group(4):
        return date_of(date, year)
    bare_year = re.fullmatch(r"(?:năm\s+)?(\d{4})", text, re.I)
    if bare_year:  # "giai đoạn 1 từ 2023- 2025"
        return year_date(bare_year.group(1))
    only_month = re.fullmatch(r"(?:(?:đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})", text, re.I)
    if only_month and year:  # "từ tháng 4 đến hết tháng 12/2023": the end's year; "từ đầu tháng 1 - 30.4.2014"
        return partial_date(year, int(only_month.group(1)))
    only_year = YEAR.search(text)
    return year_date(only_year.group(1)) if only_year else None

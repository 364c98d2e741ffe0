"""Texts that look like a plan launching an emulation campaign and are not one: a plan to hold
emulation congresses, a conference summing up results, a commendation or a title conferred, a
covenant signed with nothing launched, a guidance on emulation work, a writing or photo contest,
a communication campaign or publicity, a fundraising drive, a notice of conclusions, an
inspection plan, a tree-planting festival, a legal text.
Each is refused with what it is, unless the text also launches a campaign (a plan that launches
one to greet a congress is a plan). A text drafted whose first lines tell no launch, and that gives no number,
issue date or campaign start, is one more often than not: its draft asks the editor to confirm its launch
(unsure_launch)."""

from __future__ import annotations

import re
from typing import Optional

from thidua.records.dates import PartialDate
from thidua.records.loader import LAUNCH_DOUBTED

SUMMING_UP = "a summing-up of results, not a campaign"
COVENANT = "a signing of an emulation covenant, not a campaign"
FESTIVAL = "a festival, not a campaign"
MONTH = "a month of activities, not a campaign"
COMMENDATION = "a commendation, not a campaign"
FUNDRAISING = "a fundraising drive, not a campaign"
CONTEST = "a contest, not a campaign"
GUIDANCE = "a guidance on emulation work, not a campaign"
HONOURING = "a meeting or a plan to honour or spread models, not a campaign"
CONGRESS = "a plan to hold emulation congresses, not a campaign"
BOOK = "a book or an exhibition, not a campaign"
ORGANISATION = "an organisational decision (a steering committee or a council set up), not a campaign"
_DOT = r"(?:[^.]|\.(?=\s*\d))"
"""Any character of a sentence, a number's "No. 45" included."""
KINDS = [
    (CONGRESS,
     r"(?<!tới )(?<!mừng )(?<!về )tổ chức\s+(?:các\s+)?đại hội thi đua (?:yêu nước|quyết thắng)|"
     r"^đại hội thi đua (?:yêu nước|quyết thắng)\b|"
     r"\b(?:kế hoạch|chỉ thị)\b(?:(?!thi đua|phong trào|chào mừng|hướng tới|hướng về|tiến tới|lập thành tích|đợt|cao điểm)"
     r"[^.]){0,60}\bđại hội thi đua (?:yêu nước|quyết thắng)|"
     r"\b(?:plan|directive)\b(?:(?!launch|movement|campaign|drive|welcom|greet|toward|celebrat|emulat|ahead|run-up)"
     + _DOT + r"){0,100}"
     r"\b(?:emulation congress(?:es)?|congress of patriotic emulation)\b|"
     r"\bprepar\w*\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?emulation congress|"
     r"\b(?:organi[sz]\w*|hold)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:patriotic\s+)?"
     r"emulation congress|\b(?:organi[sz]\w*|hold|held)\b[^.]{0,80}?[”\"]\s*emulation congress\b"),
    (SUMMING_UP,
     r"^(?:hội nghị\s+)?(?:tổng kết|sơ kết)\b|\bhội nghị (?:tổng kết|sơ kết|đánh giá)\b|^kết quả\b|^summar|"
     r"^nhìn lại\b|"
     r"\b(?:lễ\s+)?công bố\b[^.,;]{0,40}\bhoàn thành\b|"
     r"\bannounc\w*\s+(?:the\s+)?(?:completion|"
     r"(?:(?!expected\b|target\w*\b|planned\b)[\w-]+\s+){0,4}?results\s+(?:of|for)\b)|"
     r"\breviews?\b[^.]{0,40}\bresults\b|\breview(?:s|ed|ing)?\s+(?:the\s+(?:past\s+)?)?(?:\w+\s+)?years?\s+of\b|"
     r"\bsummary conference\b|\bpreliminary (?:conference|review of)\b|\breviews?\b[^.]{0,30}\bemulation and "
     r"(?:commendation|reward) work\b|\bemulation and (?:commendation|reward) work\b[^.]{0,30}\breviewed\b|"
     r"\bmet\b[^.]{0,30}\bto (?:assess|review)\b|\b(?:ceremony|conference|meeting)\s+(?:to\s+)?(?:sum(?:ming)?\s+up|review(?:ing)?)\b|"
     r"\b(?:movement|campaign|drive)[”\"]?(?:\s+[\w'’-]+){0,4}?\s+(?:pays off|bears fruit|has paid off|has borne fruit)\b|\bkế hoạch\s+(?:tổ chức\s+)?(?:tổng kết|sơ kết)\b|"
     r"\bkế hoạch\s+số\s+\S+(?:\s+ngày\s+(?:[\d/.-]+|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
     r"(?:\s+của\s+[^.\n]{3,40}?)?"
     r"\s+về\s+(?:việc\s+)?(?:tổ chức\s+)?(?:tổng kết|sơ kết)\b"
     r"(?![^.\n]*\b(?:và|đồng thời)\s+(?:tiếp tục\s+)?(?:tổ chức\s+)?phát động\b)|"
     r"\b(?:mid-year|six-month|6-month) review (?:conference|meeting|of)\b|\breview(?:ing)? (?:conference|meeting)\b|\b(?:conference|meeting) to "
     r"(?:review|sum up)\b|\bbáo cáo đánh giá (?:tiến độ|kết quả)\b|"
     r"\bbáo cáo\s+số\s+\S+(?:\s+ngày\s+\S+)?\s+về\s+(?:việc\s+)?(?:đánh giá\s+)?"
     r"kết quả\b|\b(?:campaign|movement|drive)\b[^.]{0,30}\b(?:yield\w*|bring\w*|brought|deliver\w*|"
     r"achiev\w*)\b[^.]{0,30}\bresults\b"),
    (COMMENDATION,
     r"\b(?:consider\w*|evaluat\w*|review\w*)\b[^.]{0,40}\bemulation titles\b|"
     r"\b(?:conference|ceremony|meeting)\s+to\s+(?:commend|honou?r|award|praise)\b|"
     r"\b(?:units|individuals|collectives)\b[^.]{0,30}\b(?:awarded|honou?red|commended)\b|"
     r"\b(?:grant\w*|present\w*|award\w*|receiv\w*)\s+(?:[\w'’]+\s+){0,3}emulation flags?\b|"
     r"\b(?:(?:trao\s+)?tặng (?:bằng khen|giấy khen|cờ thi đua|danh hiệu|huân chương)|trao (?:bằng khen|"
     r"giấy khen|cờ thi đua|huân chương)|quyết định khen thưởng|công nhận danh hiệu|xét tặng|commendation (?:ceremony|"
     r"decision)s?|certificates? of merit|will commend|(?:commend|honou?r)(?:s|ed)?\s+(?:more than\s+|nearly\s+|over\s+|about\s+|some\s+)?\d+|^(?:commending|honou?ring)\b|(?:are|were)\s+(?:honou?red|commended)\b|(?:set|due)\s+to\s+be\s+honou?red|(?:presented|awarded|conferred)\b[^.]{0,40}\b(?:title|"
     r"certificates?|orders?|medals?))\b"),
    (COVENANT,
     r"\bk[ýí] kết giao ước thi đua\b|"
     r"\bsign\w*\b[^.]{0,40}\bemulation (?:agreement|covenant|contract|arrangement|pact)s?\b"),
    (GUIDANCE,
     r"^(?:hướng dẫn|guidance|guidelines?)\b[^.]{0,80}\b(?:thi đua|khen thưởng|emulation)|"
     r"\b(?:thông tư|circular)\b[^.]{0,60}\b(?:hướng dẫn|guiding)\b|"
     r"\btập huấn\b[^.]{0,40}\bcông tác thi đua|\btraining (?:course|conference)\b[^.]{0,60}\bemulation\b|"
     r"\bban hành\s+hướng dẫn\b[^.]{0,60}\bcông tác thi đua|\b(?:V/v|về việc)\s+hướng dẫn\b[^.]{0,60}"
     r"\b(?:thi đua|khen thưởng)|\bhướng dẫn công tác thi đua\b"),
    (CONTEST,
     r"\b(?:cuộc thi(?!\s+đua)|hội thi(?!\s+đua)|giải báo chí|contest|press awards?|journalism awards?)\b|"
     r"\bphát động\s+(?:sáng tác|viết)\b|\bsáng tác\s+(?:tác phẩm|văn học)|\bwriting (?:campaign|contest|awards?)\b|"
     r"\bcampaign to write\b|"
     r"(?<!emulation )(?<!patriotic )(?<!The )(?<!the )(?<!-day )(?<!-Day )\bcompetitions?\b"
     r"(?!\s+(?:to|lasts|runs|period|content)\b)"),
    ("a communication campaign, not an emulation campaign",
     r"\bchiến dịch truyền thông\b|\b(?:media|communication) campaign\b|"
     r"^tuyên truyền\s+(?:các\s+)?phong trào thi đua\b|\b(?:về|kế hoạch)\s+tuyên truyền\s+(?:các\s+)?phong trào thi đua\b"),
    (BOOK,
     r"\b(?:book|exhibition)\b[^.]{0,80}\b(?:launched|inaugurated|opened|released)\b|\blaunch\w*\s+(?:(?:a|the)\s+)?book\b|"
     r"\b(?:ra mắt|khai mạc)\s+(?:cuốn sách|sách|triển lãm)\b"),
    (FUNDRAISING,
     r"\bphát động\s+(?:phong trào\s+|đợt\s+)?(?:ủng hộ|quyên góp)\b|\bfundrais\w*\b|"
     r"\btháng cao điểm\s+[“\"]?vì người nghèo|\bban vận động quỹ\b|\b(?:đóng góp|ủng hộ)\b[^.]{0,80}\bvào\s+Quỹ\b"),
    ("a plan of commemorations, not a campaign",
     r"\b(?:tổ chức\s+(?:các\s+)?hoạt động\s+kỷ niệm|tổ chức\s+lễ kỷ niệm|commemorat\w+\s+activities|activities\s+"
     r"(?:towards|to celebrate|celebrating|in celebration of)\s+the\s+(?:\d+\w*\s+)?anniversary|"
     r"^towards the \d+\w* anniversary\b[^.]{0,160}\bcelebrate\b|"
     r"activities to mark)\b"),
    (ORGANISATION,
     r"^\W*(?:quyết định\s+)?(?:về việc\s+|v/v\s+)?(?:kiện toàn|thành lập|củng cố)\s+(?:Ban Chỉ đạo|Hội đồng Thi đua|"
     r"Tổ giúp việc|Ban Thi đua|Cụm thi đua|Khối thi đua)\b|"
     r"^\W*(?:decision\s+(?:No\.?\s*\S+\s+)?on\s+)?(?:setting up|establishing|consolidating)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
     r"(?:steering committee|council|emulation clusters?|emulation blocs?)\b"),
    ("a regulation, not a campaign",
     r"\b(?:ban hành\s+quy chế|quy chế\s+(?:công tác\s+)?thi đua|regulations?\s+on\s+emulation)"
     r"\b"),
    ("an account of an emulation congress held, not a campaign",
     r"\bemulation congress\b(?:No\.|[^.])*\b(?:was|were)\s+held\b|\bđại hội thi đua yêu nước\b"
     r"[^.]{0,80}\b(?:đã diễn ra|đã tổ chức|tổ chức thành công)\b"),
    (FESTIVAL, r"\b(?:tổ chức\s+[“\"]?ngày hội|tết trồng cây|festival)\b"),
    ("an inspection plan, not a campaign",
     r"^(?:kế hoạch\s+|đoàn\s+|sẽ\s+)?kiểm tra\b|\b(?:kế hoạch|hội nghị)\s+kiểm tra\b|\bkiểm tra\s+(?:tình hình\s+)?"
     r"(?:việc\s+)?(?:thực hiện\s+)?công tác\s+(?:thi đua|tđkt)|\binspect\w*\b[^.]{0,40}\bemulation\b"),
    (MONTH,
     r"\b(?:triển khai|tổ chức|hưởng ứng)\s+(?:lễ\s+)?(?:phát động\s+)?(?:các hoạt động\s+)?tháng\s+(?:công nhân|hành động|"
     r"thanh niên)\b|"
     r"\bphát động\s+[“\"]?tháng hành động\s+vì\b"),
    (HONOURING,
     r"\b(?:tổ chức\s+(?:hội nghị\s+)?(?:gặp mặt|biểu dương|tôn vinh)|ceremony to honou?r)\b|"
     r"\bkế hoạch\b[^.]{0,30}\btổ chức\s+(?:hội nghị|lễ)\s+(?:điển hình tiên tiến|tuyên dương|biểu dương|tôn vinh|vinh danh)\b|"
     r"\bkế hoạch\b(?:(?!nhằm|để|thi đua|phong trào)[^.]){0,60}\bnhân rộng\b[^.]{0,40}\bđiển hình tiên tiến\b|"
     r"\b(?:plan|directive)\b(?:(?!\bto\b|aim|launch|movement)" + _DOT + r"){0,60}\b(?:discover\w*|foster\w*|replicat\w*)\b"
     r"[^.]{0,60}\badvanced (?:examples|models)\b"),
    ("an instruction to carry on campaigns launched before, not a campaign",
     r"\b(?:đẩy mạnh|tiếp tục)\s+(?:tổ chức\s+|thực hiện\s+|triển khai\s+)?(?:các\s+)?phong trào thi đua"
     r"[^.]{0,40}\bdo\b[^.]{0,40}\b(?:đã\s+)?phát động\b"),
    ("a notice of conclusions, not a campaign",
     r"\b(?:thông báo kết luận|notice\b(?:No\.|[^.]){0,60}\bconclusions?)\b"),
]
_KINDS = [(why, re.compile(pattern, re.I)) for why, pattern in KINDS]
HEADING = re.compile(r"cộng hòa xã hội chủ nghĩa|chủ nghĩa việt nam$|độc lập\s*[-–]\s*tự do|"
                     r"^số(?:\s+hiệu)?\s*:|"
                     r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$", re.I)
"""The lines of an official document's heading (the national motto, its number, its place and
date), which say nothing of what it is."""
LAUNCH = re.compile(r"\bphát động\s+(?:hưởng ứng\s+)?(?:các\s+|cuộc\s+|hai\s+|ba\s+)?"
                    r"(?:phong trào\s+|đợt\s+|cao điểm\s+|nhiệm vụ\s+|nội dung\s+|tháng\s+){0,2}"
                    r"thi đua\b|\bphát động\s*(?:,|và)\s*(?:tổ chức\s+)?(?:đăng\s+)?ký(?: kết)?[^.]{0,30}\bthi đua\b|"
                    r"\bphát động\s+phong trào\s*[“\"'‘][^”\"'’\n]{0,40}\bthi đua\b|"
                    r"\bphát động\s+(?:trong\s+(?:toàn|cả)|tới|đến)\s+[^.;\n]{0,60}?\b(?:phong trào|đợt)\s+thi đua\b|"
                    r"\bphát động\b(?!\s+(?:cuộc|hội)\s+thi\b)(?!\s*(?:năm\s+\d{4}\s*)?,?\s*và\b)[^.]{0,80}\svà\s+(?:các\s+)?(?:phong trào|đợt)\s+(?:cao điểm\s+)?thi đua\b|"
                    r"\bra quân\s+(?:đợt\s+)?(?:cao điểm\s+)?thi đua\b|"
                    r"\bphát động\s+(?:đợt\s+)?(?:cao điểm\s+)?[“\"]?\d+\s+ngày(?:\s+đêm)?\s+thi đua\b|"
                    r"\b(?:issue[sd]?|promulgat\w*)\s+(?:(?:a|the)\s+)?(?:plan|directive)(?:\s+No\.?\s*\S+)?"
                    r"(?:\s+dated\s+[^.]{0,25}?)?\s+(?:on|for)\b"
                    r"(?:(?!congress|examples|titles?|flags?|commendation|reward|organi[sz])[^.]){0,100}"
                    r"\bemulation\b(?!\s+(?:congress|and\s+(?:commendation|reward)))|"
                    r"(?<!organising and )(?<!organizing and )(?<!how to )(?<!\bin )(?<!\bon )"
                    r"\b(?:launch\w*|kick\w* off)\b(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:contest|competition|award)s?\b|"
                    r"\s+(?:(?:a|an|the)\s+)?(?:campaign to write|book)\b)"
                    r"[^.]{0,80}\bemulation\b", re.I)
"""Words that launch a campaign (not a contest about one: "launched a photo competition on the
emulation movement")."""


ARTICLE = re.compile(r"^Điều\s+\d+\s*[.:]", re.M)
"""An article of a law, decree or regulation: "Điều 17. Nội dung tổ chức phong trào thi đua"."""


ISSUES_A_CAMPAIGN_PLAN = re.compile(r"\bban\s*hành(?:\s*kèm\s*theo\s*quyết định này)?\s*kế hoạch\b"
                                    r"(?!\s*(?:tổ chức\s+)?(?:tổng kết|sơ kết))[^.]{0,60}\bphong\s*trào\s*thi đua\b", re.I)
"""A decision whose articles issue a campaign's plan ("Quyết định về việc ban hành Kế hoạch tổ
chức thực hiện Phong trào thi đua …", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", even
with the spaces a copy lost, "BANHÀNH KẾ HOẠCH"): a plan, though its text is in articles."""


LOOKED_BACK = re.compile(r"\bđã\s+phát động|\b(?:qua|sau)\s+(?:đợt|phong trào)\s+(?:phát động\s+)?thi đua|"
                         r"\bqua\s+đợt\s+phát động|\bfollowing the success of\b(?:[^.,]|,(?=\d)){0,120}\blaunched\b"
                         r"(?![^.,]*,[^.]*\blaunched\b(?!\s+by\b))", re.I)
"""A launch the line looks back on ("đã phát động", "qua đợt phát động thi đua …", "following the success of the
Program … launched in Workers' Month 2021", unless the sentence goes on to a launch of its own: "…, the federation on
March 4, 2025 launched …"): no launch."""
URGED = re.compile(r"\b(?:asked|asking|asks|urged|urges|urging|called on|calls on|requested|requests|"
                   r"encouraged|encourages|stressed the need for)\b"
                   r"[^.]{0,120}\bto (?:promptly\s+)?launch\b|\b(?:đề nghị|yêu cầu)\b"
                   r"(?!\s+của\b[^.]{0,120}\b(?:trong|tại)\s+(?:buổi\s+)?lễ phát động)[^.]{0,80}\b"
                   r"(?:tiếp tục\s+)?phát động\b", re.I)
"""Others asked to launch campaigns (a report of a meeting, "… đề nghị huyện phát động phong trào
thi đua …", "asking provinces … to promptly launch …"): no launch (not a leader's requirement
told at a launch ceremony, "yêu cầu của Đại tướng … trong lễ phát động …")."""


ON_THIS_OCCASION = re.compile(r"\b(?:on this occasion|at the (?:ceremony|conference|event|meeting)|(?:concluding|closing) "
                              r"the (?:[\w-]+\s+){0,3}(?:ceremony|conference|event|meeting))\b"
                              r"[^.]{0,160}?(?<!\bto )\blaunch\w*\b"
                              r"(?!\s+by\b)[^.]{0,60}\bemulation\b|"
                              r"\b(?:nhân dịp này|dịp này|tại (?:hội nghị|buổi lễ|lễ|buổi họp mặt|buổi gặp mặt)|"
                              r"(?:kết thúc|bế mạc) hội nghị|"
                              r"phát biểu (?:kết luận|chỉ đạo)(?: hội nghị)?)\b"
                              r"(?:[^.]{0,160}?|[^.]{0,240}?\bđồng thời\s+(?=phát động))"
                              r"\bphát động\b[^.]{0,40}\bthi đua\b", re.I)
"""The event's own launch, told after its ceremony ("On this occasion, the Chairwoman … launched
a patriotic emulation movement in 2023"): a text that leads with a commendation or a summing-up
and launches a campaign there is a launch."""
PREPARED = re.compile(r"\b(?:xem xét|cho ý kiến(?:\s+vào)?)\s+(?:dự thảo\s+)?kế hoạch phát động\b|"
                      r"\b(?:assign\w*|task\w*)\b[^.]{0,80}\bto (?:study|research|consider)\b[^.]{0,60}"
                      r"\blaunch\b|\bgiao\b[^.]{0,60}\bnghiên cứu\b[^.]{0,60}\bphát động\b|"
                      r"\bpropos\w*\s+(?:to\s+)?launch\w*\b", re.I)
"""A launch only prepared: a meeting that reviews a draft plan to launch a campaign ("phiên họp …
để xem xét kế hoạch phát động phong trào thi đua …"), a body tasked to study one ("assigned the
Ministry of Home Affairs … to study and organize the launch of …")."""


OTHERS_LAUNCH = re.compile(r"\bdo\b[^,.;]{0,60}?\bphát động\b|\blaunched by\b", re.I)
"""A campaign others launched: "phong trào thi đua do Thủ tướng Chính phủ phát động"."""


GENERAL_DUTY = re.compile(r"(?:(?<=, )|(?<=sẽ )|(?<=để ))tổ chức\s+phát động\s+các\s+phong trào(?:\s+thi đua)?"
                          r"(?=\s*(?:và\b|[,;.]))", re.I)
"""A duty of launching campaigns in general, as rules adopted at a covenant signing set it ("… để xây dựng nội dung
thi đua, tổ chức phát động các phong trào thi đua và …", one duty of a list): no campaign launched (not "kế hoạch
phát động các phong trào thi đua năm 2021", a plan that launches them, nor "đã tổ chức phát động các phong trào thi đua
năm 2025 trong toàn Cụm", nor the day's act of its subject, "UBND tỉnh … tổ chức phát động các phong trào thi đua, ký
kết giao ước …", nor one told after "long trọng", "đã" or a body's name)."""


PAST_OR_DRAFTED = re.compile(
    r"(?P<past>phát động)\s+(?:trong\s+)?(?:thời gian|những năm|các năm|nhiều năm)\s+(?:vừa\s+)?qua\b|"
    r"\b(?:tờ trình|dự thảo)\s+(?:(?:kế hoạch|chỉ thị)\s+)?(?:về\s+(?:việc\s+)?)?(?P<draft>phát động)\b", re.I)
"""Launch words that launch nothing of the text's own: campaigns of the recent past ("do Mặt trận các cấp phát động
trong thời gian qua"), a draft's title ("Tờ trình phát động phong trào thi đua …"). (Many campaigns told as launched,
"đã phát động nhiều phong trào thi đua", and a task of launching them, "tiếp tục phát động các phong trào thi đua",
are often the day's own launch: reviews S72-S74.)"""


def without_past_or_drafted(text: str) -> str:
    """``text`` with the launch words of :data:`PAST_OR_DRAFTED` blanked (the same length: positions hold)."""
    def blank(match: re.Match) -> str:
        name = next(group for group, value in match.groupdict().items() if value)
        start, end = match.span(name)
        return match.group(0)[:start - match.start()] + " " * (end - start) + match.group(0)[end - match.start():]
    return PAST_OR_DRAFTED.sub(blank, text)


def _launches_itself(line: str) -> bool:
    """Whether a line launches a campaign itself, at the event or not looking back (a covenant
    signed where a campaign is launched is a launch, "Tại hội nghị, … đã phát động phong trào thi
    đua"; not one that carries on a campaign others launched, "… do Thủ tướng Chính phủ phát
    động", "… mà UBND tỉnh đã phát động", "launched earlier")."""
    line = GENERAL_DUTY.sub("", OTHERS_LAUNCH.sub("", without_past_or_drafted(line)))
    return bool(ON_THIS_OCCASION.search(line)) or bool(LAUNCH.search(line)) and not LOOKED_BACK.search(
        line) and not re.search(r"\blaunched\s+(?:earlier|before|previously)\b", line, re.I)


ENDED = re.compile(r"\b(?:kết thúc|sau)\s+(?:đợt|phong trào)\s+thi đua\b(?![^.]{0,160}?\bsẽ\b)[^.]{0,160}?"
                   r"\b(?:bằng khen|giấy khen|khen thưởng|được tặng|biểu dương)\b|\b(?:at the end of|after)\s+the\s+"
                   r"(?:emulation\s+)?(?:drive|campaign|movement)\b(?![^.]{0,160}?\bwill\b)[^.]{0,160}?"
                   r"\b(?:certificates? of merit|commended|awarded)\b", re.I)
"""The awards given when a campaign ended ("Kết thúc đợt thi đua, 14 tập thể … được nhận Bằng
khen …"): told on a page dated after the campaign's end, the text looks back on it."""
LOOKED_BACK_ON_ENDED = "a report on a campaign that had ended (its awards), not a launch"


def ended_before(prose: str, period: Optional[dict], stamp: Optional[PartialDate]) -> bool:
    """Whether a page dated ``stamp`` tells the awards of a campaign (``period``, as read) that
    had ended by then."""
    end = (period or {}).get("end")
    return bool(end and stamp and stamp.first_day > PartialDate.parse(end).last_day and ENDED.search(prose))


KIND_LINE = re.compile(r"^(?:hướng dẫn|kế hoạch|chỉ thị|quyết định|công văn|thông báo|quy chế)$", re.I)
"""A document's kind printed alone on the line above its title ("HƯỚNG DẪN" / "TỔ CHỨC HOẠT ĐỘNG
VÀ BÌNH XÉT THI ĐUA …"): read with the title, it says what the document is."""


def _menu(line: str) -> bool:
    """Whether a line is a site's menu ("Vietnamese |  English |  中文 |  Báo In"): three parts or
    more, none longer than three words (not a headline with its section and site, "Tổng kết … |
    Tin tức | Báo Bình Phước")."""
    parts = line.split("|")
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


ALSO_LAUNCHES = re.compile(r"(?:\b(?:and|và|đồng thời)\s+(?:to\s+)?(?:officially\s+|chính thức\s+)?|[,;]\s*)(?<!khởi xướng và )"
                           r"(?:(?:launch(?:es|ed|ing)?|kick(?:s|ed)?\s+off)\b(?!\s+(?:(?:a|the)\s+)?book\b)"
                           r"(?:\s+[\w'’-]+){0,6}?\s+(?:emulation|movement|"
                           r"campaign|drive|one)\b|(?:tổ chức\s+)?(?:lễ\s+|hội nghị\s+)?phát động\b[^.]{0,60}\bthi đua\b"
                           r"(?![^.]{0,40}\bdo\b)|ban hành\s+(?:kế hoạch|chỉ thị)\b[^.]{0,80}\bthi đua\b)", re.I)
"""A line that sums up, commends or prepares a congress and launches an emulation campaign too, not
another body's nor a month of something else ("… to sum up the 2024
movement and launch the 2025 one", "… reviews emulation work, launches 2025 movement")."""


ISSUES_OWN = re.compile(r"\bban hành\s+(?:Chỉ thị|Kế hoạch)\s+(?:số\s*)?\S*\d|"
                        r"\b(?:vừa|đã)\s+(?:ký\s+)?ban hành\s+(?:Chỉ thị|Kế hoạch)\s+về\s+(?:việc\s+)?phát động\b|"
                        r"\bissued\s+(?:Directive|Plan)\s+No\b", re.I)
"""A lead that says its body issued a numbered directive or plan, or one whose subject is a launch ("Ban Thường vụ
Tỉnh ủy … vừa ban hành Chỉ thị số 18-CT/TU …", "… vừa ký ban hành Chỉ thị về việc phát động thi đua năm 2012"):
what the directive asks others to launch is its own content, not a call reported from a meeting."""


def _launched_beside(why: str, pattern: re.Pattern, line: str, lead: list[str], launches: list[int],
                     body: list[str]) -> bool:
    """Whether a line that reads as the kind ``why`` belongs to a text that launches a campaign
    beside it: a conference that sums up one year and launches the next, a commendation, an
    honouring or a congress's preparation that launches one (on the line, in the lead or "on this
    occasion"); a book, an exhibition or an organisational decision beside a launch the lead tells
    elsewhere; a training among a listing's items, one of which launches a campaign on its day; a
    covenant signed, a festival, a month or a contest held where a campaign is
    launched (not a fundraising drive's own "quyên góp", "ủng hộ")."""
    if why in (SUMMING_UP, COMMENDATION, HONOURING, CONGRESS):
        return bool(ALSO_LAUNCHES.search(line) or launches or any(ON_THIS_OCCASION.search(later) for later in body))
    if why in (BOOK, ORGANISATION):
        return any(ALSO_LAUNCHES.search(other) for other in lead) or any(
            not pattern.search(lead[other]) for other in launches)
    if why == GUIDANCE:  # a training that launches a campaign ("… holds training course on emulation work, launches
        also = ALSO_LAUNCHES.search(line)  # 2025 movement"; not "… on organising and launching emulation movements")
        if also and re.search(r"\blaunch(?:es|ed)\b|phát động", also.group(0)):
            return True
        return any(_launches_itself(later) and not BRIEFED.search(later) and (  # a listing's item that launches a campaign
            re.search(r"\b\d{1,2}[/.-]\d{1,2}\b", later) or ON_THIS_OCCASION.search(later) or re.match(  # on its day, or a
                r"\W*tại hội nghị\b", later, re.I))                                                    # launch at the training
            for later in body)
    if why in (COVENANT, FESTIVAL, MONTH, FUNDRAISING, CONTEST):
        return any(_launches_itself(later) and not (why == FUNDRAISING and re.search(r"quyên góp|ủng hộ", later, re.I))
                   for later in body)
    return False


BRIEFED = re.compile(r"\b(?:quán triệt|hướng dẫn|giới thiệu|phổ biến)\b", re.I)
"""Words of trainees briefed on a plan, not of a launch."""


def _issues_a_campaign_plan(line: str) -> bool:
    """Whether a lead line says its body issued a numbered plan or directive of a campaign ("UBND tỉnh Trà
    Vinh vừa ban hành Kế hoạch số 21/KH-UBND nhằm tổ chức thực hiện phong trào “Cả nước thi đua …”"),
    and names no other kind of text (not "ban hành Kế hoạch số … tổ chức Đại hội thi đua yêu nước")."""
    return bool(ISSUES_OWN.search(line) and re.search(r"\bphong trào\b|\bthi đua\b", line, re.I)
                and not re.search(r"\bsố\s+\S+\s+(?:về\s+(?:việc\s+)?)?(?:sơ kết|tổng kết|kiểm tra|đánh giá)\b", line, re.I)
                and not any(pattern.search(line) for _, pattern in _KINDS))


def _body_and_lead(lines: list[str]) -> tuple[list[str], list[str]]:
    """What a text says past its official heading (a document's kind printed alone read with the title under it),
    and its lead: the first three of those lines of five words or more, not a time stamp nor a menu."""
    cells = [line.strip(" |") for line in lines]  # a heading laid out as a table: "… |"
    heading = [index for index, line in enumerate(cells[:12]) if HEADING.search(line)]
    body = cells[heading[-1] + 1:] if heading else cells  # what the text says past its heading
    body = [f"{line} {following}" if KIND_LINE.match(line) else line  # "HƯỚNG DẪN" / "Tổ chức …"
            for line, following in zip(body, [*body[1:], ""])]
    lead = [line for line in body  # (not a time stamp, "Update: 12-06-2024 | 12:46:24", nor a
            if len(re.findall(r"\w+", line)) >= 5 and len(re.findall(r"[^\W\d_]+", line)) >= 2
            and not _menu(line) and not HEADING.search(line)][:3]  # menu, "Vietnamese | English | …")
    return body, lead


def _launches_in(lead: list[str]) -> list[int]:
    """The lines of a lead that launch a campaign or say their body issued one's plan (not a past launch nor a
    draft's, :func:`without_past_or_drafted`; not one looked back on nor urged on others)."""
    return [index for index, line in enumerate(lead)
            if (LAUNCH.search(without_past_or_drafted(line)) or _issues_a_campaign_plan(line))
            and not LOOKED_BACK.search(line) and not URGED.search(line)]


UNSURE_LAUNCH = (f"{LAUNCH_DOUBTED} in the headline or the first lines, nor a plan number, issue date "
                 "or campaign start: if the article announces a campaign being launched, delete this note; if it is a "
                 "feature, a report of results, a congress or a commendation, delete the draft")
"""Why a draft's launch itself is left to the editor to confirm (a record that still holds it is not published)."""
DOUBTED = "launch"
"""The draft's note (of no field) that asks the editor to confirm its launch."""


PLAN_TOLD = re.compile(r"\bban hành\s+(?:kế hoạch|chỉ thị)\b[^.]{0,80}\bthi đua\b|"
                       r"\b(?:issue[sd]?|promulgat\w*)\s+(?:an?\s+|the\s+)?(?:plan|directive)\b[^.]{0,80}"
                       r"\bemulation\b", re.I)
"""A plan of emulation told as issued, without "phát động" ("UBND tỉnh vừa ban hành kế hoạch tổ chức đợt thi đua đặc
biệt …", "… issued a plan to carry out the emulation movement …"): enough, for the note, to tell the text announces
one. (Not a movement "triển khai", carried out: most often one under way.)"""
JUST_LAUNCHED = re.compile(r"(?:\b\d{1,2}[/.-]\d{1,2}\b(?![/.-]\d{4}\s+\d{1,2}:\d{2})|(?<!năm )(?<!gian )(?<!tháng )"
                           r"\bvừa qua\b|\b(?:mới đây|hôm qua)\b)[^.\n]{0,160}\bđã phát động\b", re.I)
"""A launch told as done on a day or just now ("Sáng 5/3, … đã phát động …", "Vừa qua, UBND thị xã … đã phát động
…"; not a page's time stamp, nor "những năm vừa qua", "thời gian vừa qua")."""
LAUNCHED_SINCE = re.compile(r"\b(?:từ khi|kể từ khi|kể từ|sau khi|since)\b[^.;]{0,80}\b(?:phát động|launch\w*)", re.I)
"""A launch a line counts time from ("Từ khi UBND tỉnh phát động phong trào …"): an earlier one."""


def unsure_launch(lines: list[str], values: dict) -> Optional[str]:
    """Why a text drafted as a plan may be a near-miss after all, or None: its lead tells no launch (its own, one
    beside a summing-up or a covenant, a plan of emulation told as issued, PLAN_TOLD, or a launch told as just done,
    JUST_LAUNCHED; not one it counts time from, LAUNCHED_SINCE), and the draft has none of the facts a
    plan's announcement gives first (a number, an issue date, a campaign start). Most near-misses ingest drafts look so
    (features, reports of results), and some plans do (a launch told further down)."""
    _, lead = _body_and_lead(lines)
    launches = _launches_in(lead)
    told = [line for index, line in enumerate(lead) if index in launches or ALSO_LAUNCHES.search(line)
            or PLAN_TOLD.search(line) or JUST_LAUNCHED.search(line)]
    facts = values.get("number") or values.get("issued") or (values.get("period") or {}).get("start")
    return None if facts or any(not LAUNCHED_SINCE.search(line) for line in told) else UNSURE_LAUNCH


def near_miss(lines: list[str]) -> Optional[str]:
    """What the text is, if the first line of its lead (its first three lines of five words or
    more past an official heading, even one laid out as a table, not a time stamp nor a menu:
    the headline and what the article says first) that says what it is names one of the KINDS, or if it is a legal text
    in articles ("Điều 16. …", "Điều 17. …"); None if it launches a campaign (further on, a
    text that is not a plan often asks others to launch campaigns) or says neither. A document's
    kind printed alone ("HƯỚNG DẪN") is read with the title under it; a summing-up or a
    commendation that launches a campaign "on this occasion", and a covenant signed where a
    campaign is launched, are launches."""
    if sum(1 for line in lines if ARTICLE.match(line)) >= 2 and \
            not any(ISSUES_A_CAMPAIGN_PLAN.search(line) for line in lines[:60]):
        return "a legal text (a law, decree or regulation in articles), not a campaign"
    body, lead = _body_and_lead(lines)
    launches = _launches_in(lead)
    prepared = [index for index, line in enumerate(lead) if PREPARED.search(line)]
    if prepared and all(index == 0 or index in prepared for index in launches):
        return "a campaign only prepared, not yet launched"  # (a headline may name it)
    for index, line in enumerate(lead):
        if index in launches:
            return None
        if URGED.search(line) and not launches and not any(ISSUES_OWN.search(other) for other in lead):
            return "a call on others to launch campaigns, not a campaign"
        for why, pattern in _KINDS:
            if pattern.search(line) and not _launched_beside(why, pattern, line, lead, launches, body):
                return why
    return None

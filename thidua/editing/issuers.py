"""Where a plan comes from, as a Vietnamese article says it: the province (a whole name after
"tỉnh", "thành phố" or "TP", a provincial organisation's name, or the districts of before the
2025 mergers), and the body that issued it with its level (a People's Committee of a province,
district or commune, a department, a Party committee, a mass organisation, the Prime Minister).
Places go through the gazetteer, never by part of a word; a name several provinces have is not
guessed."""

from __future__ import annotations

import re
from typing import Optional

from thidua.editing.facts import EMULATION, FULL_STOP, SENTENCE_END, Draft, record_fact, sentences
from thidua.editing.nearmiss import LAUNCH
from thidua.records.crossrefs import CAPITAL
from thidua.records.dates import PartialDate
from thidua.records.folding import fold, slugify
from thidua.records.gazetteer import NATIONWIDE, Unit, gazetteer
from thidua.records.vocabulary import NATIONAL_BODIES, NATIONAL_SYMBOLS

NAME_WORD = rf"[{CAPITAL}][\w]*"
"""A capitalised word (Vietnamese capitals are scattered over several Unicode blocks)."""


def _place_name(dashes: str = "-") -> str:
    """A place's name: up to four capitalised words on one line, spaced or joined by one of ``dashes`` ("Bà Rịa - Vũng
    Tàu")."""
    return rf"{NAME_WORD}(?:(?:[ \t]*[{dashes}][ \t]*|[ \t]+){NAME_WORD}){{0,3}}"


PLACE_NAME = _place_name()

ISSUING = re.compile(r"\bban hành\b|(?<!đăng )\bký\b(?!\s+kết)", re.I)
"""Words of a sentence that says a document was issued or signed (not "đăng ký": register; not
"ký kết giao ước": signing a pledge)."""
_NOT_PIONEERS = r"(?<![Đđ]ội TN )(?<!ĐỘI TN )"
"""Not the "TP" of the Young Pioneers' name, spaced ("Liên đội TN TP Hồ Chí Minh": "Thiếu niên Tiền phong Hồ Chí Minh"
is no city; "Đoàn TN TP Cần Thơ", the city's Youth Union, is)."""
PLACE = re.compile(rf"{_NOT_PIONEERS}\b(?i:tỉnh|thành phố|tp\.?)[ \t]*({PLACE_NAME})")
ISSUER = re.compile(rf"\b(UBND|Ủy ban nhân dân)\s+((?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|"
                    rf"xã|phường|đặc khu))"
                    rf"([ \t]*{PLACE_NAME})?")
"""A People's Committee and the place it governs (a name stops at the end of its line)."""
DISTRICT = re.compile(rf"\b((?i:huyện|quận|thị xã))(?:[ \t]+(?i:đoàn|ủy|uỷ))?[ \t]+({PLACE_NAME}|"
                      rf"(?<=[Qq]uận )\d{{1,2}}(?![\d/.,-]))")
"""A district named with its type word: "huyện Tiên Phước", "Quận 10" (Ho Chi Minh City's are numbered), also
through its Youth Union or Party committee: "Huyện đoàn Phù Mỹ", "Huyện ủy Yên Minh"."""
CITY = re.compile(rf"{_NOT_PIONEERS}\b((?i:thành phố|tp\.?))[ \t]*"
                  rf"({PLACE_NAME})")
"""A city named with its type word: a province's city is a district-level unit ("TP. Vũng Tàu")."""
ORGANISATION_PLACE = re.compile(
    rf"\b(?:Công đoàn|Đảng bộ|(?i:Tỉnh đoàn|Thành đoàn)|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến "
    rf"binh|Mặt trận Tổ quốc|CATP|CAT|Công an|Cục Hải quan|Cục Thuế|Kho bạc Nhà nước|Bảo hiểm (?i:xã hội)|BHXH|"
    rf"Bộ Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng|Liên đoàn Lao động|Hội Chữ thập đỏ|Cục Thống kê)"
    rf"[ \t]+({PLACE_NAME})")
"""A provincial organisation named with its province and no type word: "Công đoàn Phú Yên",
"CATP Hà Nội" (the city's police) (not a power company: Ho Chi Minh City's "Công ty Điện lực Phú Thọ" is named after
a district)."""
_NOT_A_NAME = r"(?i:hưởng ứng|về việc|kế hoạch(?! và đầu tư)|chỉ thị|tổ chức|phối hợp)|\bdự\b(?!\s+án)|\bchủ trì\b|\d"
"""Where a body's name has ended: the plan it responds to, a verb ("… Bộ Quốc phòng dự và phát động …": a leader
attending another body's launch; not "Cục Dự trữ"), a number."""
_ISSUES = (r"(?=\s+(?:phối hợp(?:\s+với)?\s+[^.;]{3,80}?\s+)?(?:(?:vừa|đã|mới|cũng|đồng loạt)\s+)*(?:ký\s+)?"
           r"(?:ban hành|có|phát động|tổ chức\s+"
           r"(?i:lễ|hội nghị|buổi lễ)(?:[^.;]{0,60}?|[^.;]{0,160}?,\s*đồng thời\s+)phát động|(?<=ký\s)(?i:công văn|kế hoạch|chỉ thị|quyết định|"
           r"văn bản)))")
"""What follows an issuing body named as the subject: "… vừa ban hành", "… có kế hoạch", "… đã
phát động", "… tổ chức lễ phát động", "… vừa ký Công văn …", also with a partner ("… phối hợp
với Ủy ban Trung ương MTTQ Việt Nam tổ chức lễ phát động", "… phối hợp Ủy ban Trung ương MTTQVN …")."""
PARTY = re.compile(rf"\b(?:Ban Thường vụ\s+)?(?:Tỉnh|Thành) ủy(?!\s+viên)(?:\s+(?:TP\.?\s*)?{NAME_WORD}){{0,4}}"
                   rf"{_ISSUES}|\bĐảng ủy Khối\s+[^,.;:\n]{{2,60}}?{_ISSUES}")
"""A Party committee as the subject that issues or launches: "Ban Thường vụ Tỉnh ủy Cao Bằng ban
hành", "Thành ủy TP Hồ Chí Minh phát động" (not one merely named)."""
DEPARTMENT = re.compile(rf"\bSở\s+(?:(?!{_NOT_A_NAME})[^,.;:\n()]){{2,60}}?"
                        rf"{_ISSUES}")
"""A department as the issuer: "Sở Y tế tỉnh Tiền Giang vừa ban hành" (its name stops before a
document or a number it responds to)."""
UNION = re.compile(rf"\b(?:Tổng Liên đoàn Lao động|Liên đoàn Lao động|LĐLĐ|Công đoàn|Tỉnh đoàn|Thành đoàn|"
                   rf"Hội Liên hiệp Phụ nữ|Hội Nông dân|Hội Cựu chiến binh|Ủy ban MTTQ|Ủy ban Mặt trận "
                   rf"Tổ quốc)(?:\s+(?:(?!{_NOT_A_NAME})[^,.;:\n()]){{1,60}}?)?{_ISSUES}")
"""A mass organisation as the issuer: a trade union, the Youth Union, the Fatherland Front."""
_MINISTRIES = "|".join(re.escape(name) for name in sorted(NATIONAL_BODIES, key=len, reverse=True)
                       if name.startswith("Bộ "))
MINISTRY = re.compile(rf"(?<!do )(?<!mà )\b(?:(?:Bộ trưởng\s+)?(?:{_MINISTRIES})|"
                      rf"Bộ(?:\s+trưởng\s+Bộ)?(?!\s+(?:đội|Chỉ huy|CHQS|CH|Tư lệnh|phận)\b)\s+"
                      rf"(?:(?!{_NOT_A_NAME})[^,.;:\n()]){{2,50}}?)"
                      rf"(?:\s*\([^()\n]{{1,15}}\)(?:\s+{NAME_WORD}){{0,4}})?{_ISSUES}")
"""A ministry as the issuer: "Bộ Y tế ban hành", "Bộ trưởng Bộ Nội vụ ban hành", "Bộ trưởng Bộ Kế
hoạch và Đầu tư (KH&ĐT) Nguyễn Chí Dũng phát động", "Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ
phát động" (a name with a comma, as the table of national bodies prints it) (national); not
a province's border guard or military command ("Bộ đội Biên phòng tỉnh …", "Bộ Chỉ huy Quân sự
tỉnh")."""
_NOT_A_PARENT = r"(?<!- )(?<!– )(?<!thuộc )(?<!của )(?<!thành viên )(?<!\()"
"""Not a national group or General Department named as the parent of the unit before it ("Công ty Xăng dầu Hà Giang -
Tập đoàn Xăng dầu Việt Nam", "… thuộc Tổng cục Thuế", "…, (đơn vị) thành viên Tập đoàn …"; after a comma: ITS_UNIT),
but the group's own board ("Hội đồng thành viên Tập đoàn …")."""
NATIONAL_BODY = re.compile(rf"(?<!do )(?<!mà )\b(?:(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?(?:\s+(?:Thường trực\s+)?"
                           rf"{NAME_WORD}){{0,3}}|Hội đồng (?i:thi đua\s*[-–]\s*khen thưởng) (?:Trung ương|T\.?Ư|TW)|"
                           rf"{_NOT_A_PARENT}(?P<general>Tổng cục\s+(?:{NAME_WORD}|thi hành án)"
                           rf"(?:\s+(?!dự\b|chủ trì\b)[^\W\d]+){{0,5}}?)"
                           rf"(?:\s*\([^()\n]{{1,15}}\))?|"
                           rf"Tổng Liên đoàn Lao động Việt Nam|"
                           rf"{_NOT_A_PARENT}(?:(?:Tổng [Gg]iám đốc|(?:Chủ tịch\s+)?(?:HĐTV|Hội đồng thành viên))\s+)?"
                           rf"(?P<group>(?:Tập đoàn|Tổng công ty)\s+(?:[^\W\d]+\s+|-\s+){{1,7}}?"
                           rf"(?:Quốc gia(?:\s+Việt Nam)?|Việt Nam))(?:\s*\([^()\n]{{1,20}}\))?|"
                           rf"(?<!Chấp hành )(?:Trung ương|T\.Ư\.?|TƯ|TW) Đoàn|Hội đồng Đội Trung ương|Ủy ban Trung ương MTTQ Việt Nam|"
                           rf"Đoàn Thanh niên Chính phủ|Đoàn Khối (?:các cơ quan|Doanh nghiệp) Trung ương|"
                           rf"Ủy ban Thường vụ Quốc hội|Bảo hiểm (?i:xã hội) Việt Nam|BHXH Việt Nam|"
                           rf"Kho bạc Nhà nước(?!\s+(?:tỉnh|thành phố|TP|khu vực|{NAME_WORD}))|"
                           rf"Quân ủy (?:Trung ương|T\.?Ư|TW)(?:\s*[-–,]\s*Bộ Quốc phòng)?)"
                           rf"(?:,[^,.;\n]{{3,90}},|,\s*Chủ tịch [^,.;\n]{{3,90}}?(?=\s+(?:đã|vừa)\s)|"
                           rf"\s+(?!(?:Tỉnh|Thành|Huyện|Quận|Đoàn|Sở|Ban|Hội|Công|Ủy|UBND|Bộ|Cục|Chi|Liên)\b)"
                           rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}(?=\s+(?:đã|vừa)\s))?"
                           rf"(?:{_ISSUES}|(?=\s+(?:đã\s+)?(?:chủ trì|dự)\s+(?i:lễ|buổi lễ|hội nghị(?: toàn quốc)?)\s+"
                           rf"phát động))")
"""A national body as the subject that issues or launches: "Thủ tướng Phạm Minh Chính, Chủ tịch
Hội đồng Thi đua - Khen thưởng Trung ương, đã phát động", "Thủ tướng …, Chủ tịch Hội đồng … đã chủ
trì lễ phát động", "Thủ tướng … dự lễ phát động …" (unless a province's body or place follows:
ATTENDED), "Tổng cục Thuế vừa phát động", "Quân ủy Trung ương, Bộ Quốc phòng vừa phát động", a state group or
corporation of the whole country ("Tổng giám đốc Tập đoàn Than - Khoáng sản Việt Nam (TKV) … đã phát động", "Tổng
công ty Đường sắt Việt Nam tổ chức lễ phát động"; not "Tổng công ty Điện lực TPHCM", a city's, nor a group or a General
Department named as the parent of a province's unit, "Công ty Xăng dầu Hà Giang - Tập đoàn Xăng dầu Việt Nam", "Chi
nhánh Nghệ An, Tổng công ty Bưu điện Việt Nam", "Cục Thuế tỉnh Nghệ An – Tổng cục Thuế", nor "Tổng cục" named bare,
"phong trào thi đua Tổng cục vừa phát động") (not "do Thủ tướng phát động": a campaign the text's own issuer
answers)."""
ATTENDED = re.compile(r"\s+(?:đã\s+)?dự\b")
"""A national leader who attends a launch: the launch is national only when the sentence names no
province's body or place after it ("Thủ tướng … dự lễ phát động phong trào … của Thành phố Hồ Chí
Minh" is the city's)."""
LOCAL = re.compile(rf"\b(?:tỉnh|thành phố|TP\.?|Tỉnh ủy|Thành ủy|UBND|Ủy ban nhân dân)\b|\bcủa\s+{NAME_WORD}")
"""A province's body or place named in a sentence."""
ON_BEHALF = re.compile(r"\b[Tt]hay mặt\s+(?:[^,.;\n]{0,40},\s*){0,3}(Hội đồng (?i:thi đua\s*[-–]\s*khen thưởng) "
                       r"Trung ương|Quân ủy (?:Trung ương|T\.?Ư|TW)(?:\s*[-–]\s*Bộ Quốc phòng)?)\s*,"
                       r"(?=[^.;,\n]{0,140}\bphát động\b)")
"""A national body on whose behalf someone launches, in one clause: "Thay mặt Quân ủy T.Ư - Bộ Quốc
phòng, Thượng tướng … vừa phát động …" (not "…, Thượng tướng … trao Huân chương …, sau đó Bộ CHQS tỉnh
phát động …"), "thay mặt lãnh đạo Đảng, Nhà nước, Hội đồng Thi đua - Khen thưởng Trung
ương, Thủ tướng … phát động …"."""
SEVERAL_PROVINCES = re.compile(r"\b(?i:cụm|khối) (?i:thi đua)[^.\n]{0,60}?\bgồm (?:\d+|các)\s+[^.\n:]{0,30}?"
                               r"tỉnh(?:,\s*thành phố)?\b|\bgồm\s+(?:\d+|các)\s+cục\b|"
                               r"\b(?i:cụm|khối) (?i:thi đua)\b[^.\n]{0,80}?\b(?:các|\d+)\s+(?:tỉnh|thành phố)\b|"
                               rf"(?<!kinh nghiệm )(?<!cùng )(?<!với )\b(?i:các tỉnh)\s+"
                               rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
                               rf"(?:\s*,\s*|\s+và\s+){NAME_WORD}[^.;\n]{{0,40}}?\bphát động\b")
"""An emulation cluster of several provinces' bodies ("Cụm thi đua số 5 … gồm 6 Thuế tỉnh: Phú
Thọ, Quảng Ninh, …", of a national body's regional departments, "Cụm thi đua số 5 (gồm 5 cục DTNN khu vực: Nam Tây
Nguyên; TP. Hồ Chí Minh; …)", "Cụm thi đua Sở Kế hoạch và Đầu tư các tỉnh Miền núi biên giới phía Bắc", wherever it
meets), or the bodies of several provinces launching together ("BĐBP các tỉnh Quảng Bình, Sóc Trăng phát động …";
not provinces learnt from or launching beside the host: "học tập kinh nghiệm các tỉnh …", "cùng các tỉnh …"): the
province of its plan is none of those it lists."""

CODES = {"tỉnh ủy": "tu", "thành ủy": "tu", "ban thường vụ tỉnh ủy": "tu",
         "ban thường vụ thành ủy": "tu", "liên đoàn lao động": "ldld", "lđlđ": "ldld",
         "ủy ban mttq": "mttq", "ủy ban mặt trận tổ quốc": "mttq", "tỉnh đoàn": "td",
         "thành đoàn": "td", "hội nông dân": "hnd", "hội liên hiệp phụ nữ": "hlhpn",
         "hội cựu chiến binh": "hccb", "tổng liên đoàn lao động": "tld"}
"""The short codes of issuers that texts name by what they are ("Tỉnh ủy", "Liên đoàn Lao động
tỉnh"), as the records write them."""


_FOLDED_SYMBOLS = {fold(symbol): symbol for symbol in NATIONAL_SYMBOLS}
"""The national symbols as a number may print them without Đ ("BGDDT" in English texts)."""


def national_issuer(number: str) -> Optional[tuple[str, str]]:
    """The national body whose symbol the number carries, after its type's or first (``12/CT-TTg``,
    ``123/BYT-KCB``, ``1150/KH-BNN&PTNT`` as ``BNNPTNT``), with its code (``ttg``, ``btttt``)."""
    parts = [fold(part.replace("&", "")) for part in number.split("/", 1)[-1].split("-")]
    symbol = next((_FOLDED_SYMBOLS[part] for part in parts[:2] if part in _FOLDED_SYMBOLS), None)
    return (NATIONAL_SYMBOLS[symbol], fold(symbol)) if symbol else None


def province_named(name: str):
    """The province or centrally-run city ``name`` names whole, as printed, if any (not a district, not the
    nation; not "Phù Yên", a district of Sơn La, for Phú Yên)."""
    unit = gazetteer().lookup_printed(name)
    return unit if unit and unit.kind in ("province", "city") else None


def provinces_in(text: str) -> set:
    """The provinces and centrally-run cities a run of one to three capitalised words of ``text``
    names ("Quảng Ninh", "Hải Dương học …", "Ho Chi Minh", even in "President Ho Chi Minh")."""
    found = set()
    for match in re.finditer(rf"[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*", text):
        words = match.group(0).split()
        found |= {unit.slug for size in (1, 2, 3) for start in range(len(words) - size + 1)
                  if (unit := province_named(" ".join(words[start:start + size])))}
    return found


def read_places(draft: Draft, prose: str, number: Optional[str]) -> None:
    """The province and the issuer the text gives, the province read, when the text names none
    after a type word, from the issuer ("Ban Thường vụ Tỉnh ủy Cao Bằng"), a provincial
    organisation or the districts it names, else, for a body that says only "tỉnh", the subject
    of its campaign's name, else a province in brackets after a local committee or heading the
    headline."""
    _places(draft, prose, number)
    cluster = SEVERAL_PROVINCES.search(prose[:1000])
    if cluster and draft.values.get("issuer_level") != "national":
        draft.values.pop("province", None)  # one member named in passing is not the plan's place
        draft.found.pop("province", None)
        draft.missing["province"] = (f"the bodies of several provinces (“{cluster.group(0)}”): "
                                     "give the province whose body issued the plan, if any")
        return
    if draft.values.get("issuer_level") == "national":
        record_fact(draft, "province", NATIONWIDE, "a national body's plan is filed nationwide")
        draft.missing.pop("province", None)
        return
    issuer = draft.values.get("issuer")
    unit = (gazetteer().named_in(issuer) or _ending_province(issuer)) if issuer and "province" not in draft.values else None
    if unit:  # "Ban Thường vụ Tỉnh ủy Cao Bằng", "Sở Y tế Hà Nội": named by its issuer alone
        record_fact(draft, "province", unit.slug, f"the issuer, “{issuer}”")
    elif "province" not in draft.values:
        _organisation_province(draft, prose)
        if not (draft.values.get("issuer_level") == "district"
                and DISTRICT.search(draft.values.get("issuer", ""))):  # its own was not placed
            _district_province(draft, prose)
        if "province" not in draft.values and UNNAMED_PROVINCE.search(prose):
            _campaign_name_province(draft, prose)
        if "province" not in draft.values:
            _bracketed_or_headline_province(draft, prose)


LEVEL_WORD = re.compile(r"(?i:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố|tp\.?|thôn|ấp|bản|làng|"
                        r"tổ dân phố|khu phố)")
"""A unit's type word (down to a village's: "Hội Cựu chiến binh thôn Hòa Bình")."""
LEARNT_FROM = re.compile(r"(?<!xã hội )\b(?:học tập|học hỏi|tham quan|nhân rộng)\b[^.;]{0,30}?(?:của|từ|ở|tại)\s*$|\b(?:lân cận|giáp ranh)\s*$",
                         re.I)
"""Words before a place learnt from or next door ("học tập kinh nghiệm của tỉnh Bến Tre", "học tập các mô
hình hay của huyện Đông Anh", "nhân rộng cách làm hay của TP. Thủ Đức"): not the plan's place (a body's own
"phát huy kinh nghiệm của tỉnh Bình Dương" is)."""


def _learnt_from(prose: str, match: re.Match) -> bool:
    """Whether a place the match names is one learnt from or next door (LEARNT_FROM, in the words before it)."""
    return bool(LEARNT_FROM.search(prose[max(0, match.start() - 50):match.start()]))


def _ending_province(issuer: str) -> Optional[Unit]:
    """The province whose whole name, in capitalised words after a word in lower case, ends a body's
    name without a type word before it ("Sở Y tế Hà Nội", "Sở Giáo dục và Đào tạo Thanh Hóa", "Công
    đoàn Trường trung cấp Y tế Nam Định"), if any; not a person's name after it ("Sở Nội vụ Nguyễn Hòa
    Bình", "Sở Y tế Nguyễn Thị Huế"), nor a commune's committee ("UBND xã Đồng Tháp"), nor a district
    or a commune named like a province ("Hội Nông dân huyện Hòa Bình", "Hội LHPN xã Thái Bình")."""
    words = issuer.split()
    if not words or words[0] in ("UBND", "Ủy", "Uỷ"):
        return None
    return next((unit for size in (3, 2) if len(words) > size + 1 and all(word[:1].isupper() for word in words[-size:])
                 and words[-size - 1][:1].islower() and not LEVEL_WORD.fullmatch(" ".join(words[-size - 2:-size]))
                 and not LEVEL_WORD.fullmatch(words[-size - 1]) and (unit := province_named(" ".join(words[-size:])))), None)


MINISTRYS_UNIT = re.compile(r"\b(?:Trung đoàn|Lữ đoàn|Sư đoàn|Tiểu đoàn|Hải đoàn|Hải đội)\b"
                            r"(?:(?!\b(?:tỉnh|thành phố|Công an|CA|CAT|CATP|Bộ Chỉ huy|Bộ CHQS|BCH|BCHQS|"
                            r"Bộ đội Biên phòng|BĐBP|thuộc)\b)"
                            r"[^,.;\n])"
                            r"{0,60}$")
"""A unit of the army or the police whose name runs up to a place ("Trung đoàn Cảnh sát cơ động (CSCĐ) Đông Nam"; not
a province's own unit, "Trung đoàn Bộ binh 738 (Bộ Chỉ huy Quân sự tỉnh Lạng Sơn)", "Tiểu đoàn CSCĐ thuộc Công an
tỉnh Bình Dương")."""


def _a_ministrys_unit(prose: str, match: re.Match) -> bool:
    """Whether a place is named inside the name of a unit, in a text that names the unit's ministry (Public
    Security, National Defence): "Trung đoàn CSCĐ Đông Nam TPHCM (E29), Bộ Công an" is the ministry's, not the
    province's (a province's own command is "Bộ Chỉ huy Quân sự tỉnh …")."""
    return bool(MINISTRYS_UNIT.search(prose[max(0, match.start() - 80):match.start()])
                and re.search(r"\bBộ (?:Công an|Quốc phòng)\b", prose))


def _places(draft: Draft, prose: str, number: Optional[str]) -> None:
    """The province, from a whole name after "tỉnh", "thành phố" or "TP" (never a part of a
    word), and the issuer: the People's Committee that issued the plan."""
    venues, named = set(), []
    for match in PLACE.finditer(prose):
        found = _leading_name(match)
        if found and _at_a_venue(prose, match):
            venues.add(found[0].slug)
            continue  # "tại huyện Đà Bắc (tỉnh Hòa Bình)": where it took place
        attending = FULL_STOP.split(prose[:match.start()])[-1]
        guest = bool(found) and bool(re.match(r"\W*(?:về\s+|đến\s+|cùng\s+)?(?:tham\s+)?dự\b", attending, re.I)) and bool(
            re.search(r"\b(?:đoàn đại biểu|đoàn công tác|khách mời)\b[^,;]{0,40}$", attending, re.I))  # (a delegation, not the
        # host's leaders: "Đến dự có …, Bí thư Tỉnh ủy, … đơn vị tỉnh Hà Giang")
        if found and _learnt_from(prose, match):
            continue  # "học tập kinh nghiệm của tỉnh Bến Tre": another province's example
        if found and re.search(r"\b(?:Đại học(?: Quốc gia)?|Trường|Học viện|Bệnh viện)\s*$",
                               prose[max(0, match.start() - 30):match.start()]):
            continue  # "Đại học Quốc gia Thành phố Hồ Chí Minh": a university's name
        line_start = prose.rfind("\n", 0, match.start()) + 1
        line = prose[line_start:].split("\n", 1)[0]
        if found and line_start == match.start() > 0 and HEADLINE_PLACE.match(line) \
                and not re.search(r"thi đua|phát động|kế hoạch|ban hành", line, re.I):
            continue  # "TP Huế: Khẩn trương …" below the headline: a related story's own headline
        if found and _a_ministrys_unit(prose, match):
            continue  # "Trung đoàn Cảnh sát cơ động Đông Nam TPHCM (E29), Bộ Công an": a unit named for its area
        if found and re.match(r"\s*\(?(?:cũ|trước (?:khi )?sáp nhập)\b|\s*trước đây\s*\)",
                              prose[match.start(1) + found[2]:]):
            continue  # "(huyện Quế Sơn, tỉnh Quảng Nam cũ)", "(tỉnh Hà Giang trước đây)": a former province
        if found and venues - {found[0].slug}:
            named = []
            break  # the venue in one province, another named later (guests, volunteers): neither
        if found:
            named.append((found[0], f"{prose[match.start():match.start(1)]}{found[1]}", match.start(), guest))
    if named and all(place[3] for place in named):  # "Dự buổi lễ có … đoàn đại biểu Tỉnh đoàn tỉnh Hà Tĩnh"
        draft.missing["province"] = (f"the text names only a guest's province ({named[0][1]}): give the province "
                                     "whose body issued the plan")
        return
    _named_province(draft, prose, [place[:3] for place in named])
    national = national_issuer(number) if number else None
    other = _other_issuer(prose, number)
    # The Prime Minister's or a ministry's plan is national; a ministry the text names as the
    # subject that issues it is written as printed (below), else by its number's symbol.
    if national and (national[1] == "ttg" or not other):
        name, code = national
        record_fact(draft, "issuer", name, f"the number {number}")
        record_fact(draft, "issuer_level", "national", f"the number {number}")
        record_fact(draft, "issuer_code", code, f"the number {number}")
        return
    if other:
        text, level, words = other
        record_fact(draft, "issuer", text, f"“{words}”")
        record_fact(draft, "issuer_level", level,
                    f"the number's sentence names {text}" if number else f"the text says {words} issued it")
        _issuer_code(draft, issuer_code(text, level))
        return
    issuer = _issuer_match(prose, number)
    if issuer is None:
        draft.missing["issuer"] = "the text names no issuing People's Committee"
        return
    kind = issuer.group(2).lower()
    found = _leading_name(issuer, 3) if kind not in ("huyện", "quận", "thị xã") else None
    if kind in ("xã", "phường", "thị trấn", "đặc khu"):
        text = issuer.group(0).strip()
        record_fact(draft, "issuer", text, f"“{text}”")
        draft.missing["issuer_level"] = "a commune's People's Committee: choose its level"
        _issuer_code(draft, issuer_code(text, "other"))
        return
    city = kind in ("thành phố", "tp", "tp.")
    if found and not (city and found[0].kind == "province"):  # a province, or a centrally-run city
        text = issuer.string[issuer.start():issuer.start(3) + found[2]].strip()  # (its name only)
        record_fact(draft, "issuer", text, f"“{text}”")
        record_fact(draft, "issuer_level", "province", "a People's Committee of a province or city")
    elif found:  # "UBND thành phố Hà Tĩnh": the capital city of the province of that name
        text = issuer.string[issuer.start():issuer.start(3) + found[2]].strip()
        _district_issuer(draft, text, f"a city of {found[0].full_name('vi')}, a district-level unit")
        if "province" not in draft.values:
            record_fact(draft, "province", found[0].slug, f"“{text}”, a city of the province")
    elif kind in ("huyện", "quận", "thị xã") or (city and issuer.group(3)):
        _district_issuer(draft, issuer.group(0).strip(), "a district's People's Committee")
        _district_province(draft, prose, issuer)
    else:  # "UBND tỉnh yêu cầu …": no name follows
        text = f"{issuer.group(1)} {issuer.group(2)}"
        record_fact(draft, "issuer", text, f"“{text}”")
        record_fact(draft, "issuer_level", "province", "a People's Committee of a province or city")


def _named_province(draft: Draft, prose: str, named: list) -> None:
    """The province of the places ``named`` (unit, words, where), when they are all one; of
    several, the one the first sentence of emulation that issues a plan or launches a campaign
    names, if it names one only and the headline names no other (not the other provinces of a
    page's related stories, of guests, of examples: "Hải Dương học cách làm hay" / "Năm 2023, tỉnh
    Quảng Ninh đã phát động …"); else none, left for review with the names."""
    units = {unit.slug: words for unit, words, _ in named}
    if len(units) > 1:
        first = next((sentence for sentence in sentences(prose) if (ISSUING.search(sentence) or LAUNCH.search(sentence))
                      and re.search(rf"{EMULATION}|\bphong trào\b", sentence, re.I)
                      and not re.match(r"\W*(?:trước đó|trước đây|năm\s+\d{4}\s*,[^.]*\bđã\b)", sentence, re.I)), "")
        start = prose.find(first) if first else -1
        named = [found for found in named if start >= 0 and start <= found[2] < start + len(first)]
        headline = provinces_in(prose.split("\n", 1)[0])
        if len({unit.slug for unit, _, _ in named}) != 1 or headline and named[0][0].slug not in headline:
            draft.missing["province"] = ("the text names several provinces (" + ", ".join(f"“{words}”" for words in units.values())
                                         + "): give the one whose body issued the plan")
            return
    if named:
        unit, words, _ = named[0]
        record_fact(draft, "province", unit.slug, f"“{words}”")


def _district_issuer(draft: Draft, text: str, why: str) -> None:
    record_fact(draft, "issuer", text, f"“{text}”")
    record_fact(draft, "issuer_level", "district", why)
    _issuer_code(draft, issuer_code(text, "district"))


def issuer_code(issuer: str, level: str) -> Optional[str]:
    """A short code for an issuer other than a provincial People's Committee, as the records
    write them: the place's name for a People's Committee of a district or a commune ("UBND
    huyện Khánh Vĩnh" → ``khanh-vinh``; ``xa-quang-ninh`` when the name is also a province's),
    the customary code of a Party committee or a mass organisation ("Tỉnh ủy" → ``tu``), the
    initials of a department or a ministry ("Sở Nội vụ" → ``snv``, "Bộ Y tế" → ``byt``); None
    when it cannot be made."""
    words = issuer.split()
    symbol = next((symbol for symbol, body in NATIONAL_SYMBOLS.items() if body == issuer), None)
    if level == "national" and symbol:  # "Thủ tướng Chính phủ" → ttg, as its numbers print it
        return fold(symbol)
    committee = re.match(r"(?:UBND|Ủy ban nhân dân)\s+((?i:huyện|quận|thị xã|thành phố|tp\.?|xã|"
                         r"phường|thị trấn|đặc khu))\s+(.+)$", issuer)
    if committee:
        name = committee.group(2)
        place = slugify(name)
        if gazetteer().lookup(name):  # "xã Quảng Ninh", "thành phố Tuyên Quang"
            kind = {"thành phố": "tp", "tp": "tp", "tp.": "tp", "thị xã": "tx"}.get(
                committee.group(1).lower(), slugify(committee.group(1)))
            return f"{kind}-{place}"
        return place
    head = _without_place(issuer)
    for name, code in sorted(CODES.items(), key=lambda item: -len(item[0])):
        if fold(head).startswith(fold(name)) and len(fold(head)) <= len(fold(name)) + 1:
            return code
    if level in ("department", "national") and words and words[0] in ("Sở", "Bộ"):
        named = re.sub(r"^Bộ trưởng\s+", "", head)
        return "".join(re.sub(r"[^a-z0-9]", "", fold(word)) if sum(ch.isupper() for ch in word) > 1
                       else fold(word)[0] for word in named.split()
                       if word.lower() != "và" and re.match(r"\w", word)) or None
    return None


def _without_place(issuer: str) -> str:
    """The issuer's name without the province it ends with ("Liên đoàn Lao động tỉnh Phú Yên",
    "Tỉnh ủy Cao Bằng" → "Liên đoàn Lao động", "Tỉnh ủy")."""
    words = issuer.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        if gazetteer().lookup(" ".join(words[-size:])):
            words = words[:-size]
            break
    while len(words) > 1 and fold(words[-1]) in ("tinh", "thanh", "pho", "tp", "tp."):
        words = words[:-1]
    return " ".join(words)


def _issuer_code(draft: Draft, code: Optional[str]) -> None:
    if code:
        record_fact(draft, "issuer_code", code, "made from the issuer's name: check it")
    else:
        draft.missing["issuer_code"] = "an issuer other than the People's Committee needs a code"


VENUE_CHAIN = re.compile(rf"\btại\b(?:(?!UBND|Ủy ban|Sở\b|Đoàn\b|Hội\b|Công an)[^.;]){{0,60}}?\b(?i:xã|phường|"
                         rf"thị trấn|huyện|quận|thị xã|thành phố|đặc khu|"
                         rf"TP\.?)\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}\s*,\s*$")
"""A venue named down to its commune or district, its province after a comma: "tại Quảng trường
Trung tâm Văn hóa xã Yên Mô, tỉnh Ninh Bình"."""


def _at_a_venue(prose: str, match: re.Match) -> bool:
    """Whether a place is named as where something took place: "tại huyện Đà Bắc (tỉnh …)", "tại Tp. Vũng Tàu (Tỉnh Bà
    Rịa-Vũng Tàu)", "tại … xã Yên Mô, tỉnh Ninh Bình"."""
    before = prose[max(0, match.start() - 100):match.start()]
    return bool(re.search(r"\btại\b(?:[Tt][Pp]\.|[^,.;]){0,30}$", before) or VENUE_CHAIN.search(before))


def _leading_name(match: re.Match, group: int = 1) -> Optional[tuple]:
    """The unit whose whole name the words of the match's ``group`` begin with (the longest
    first), that name and where it ends in the group: "Cần Thơ trực" → (Cần Thơ, "Cần Thơ", 7).
    None when one capitalised word alone follows the name before a word in lower case ("Chủ tịch
    UBND tỉnh Hà Nam Trường vừa ký …"): a person's name, whose words the name may only begin (a
    name after the province has two words or more: "tỉnh Hà Nam Trương Quốc Huy"); not a word past a heading's
column gap ("TỈNH BẠC LIÊU          Độc lập …")."""
    text = match.group(group) or ""
    following = match.string[match.end(group):] if match.group(group) else ""
    words = list(re.finditer(r"\S+", text))
    for size in range(len(words), 0, -1):
        name = " ".join(word.group(0) for word in words[:size])
        unit = gazetteer().lookup(name) if words[size - 1].group(0) != "-" else None  # (not "Lạng Sơn -")
        if unit:
            if size == len(words) - 1 and re.fullmatch(
                    r" [^\W\d_]+", text[words[size - 1].end():]) and re.match(r"[ \t]+[^\W\d_]", following) and \
                    following.strip()[:1].islower():
                return None
            return unit, name, words[size - 1].end()
    return None


def _organisation_province(draft: Draft, prose: str) -> None:
    """The province a text names only through a provincial organisation ("Đại hội Công đoàn Phú
    Yên", "Đảng bộ Cao Bằng") in its headline or the sentences about the campaign or a document
    issued (not one praised in passing, "BHXH Hà Nội dẫn đầu …", nor a partner), if all such
    names give the same one."""
    units = {}
    lines = prose.split("\n")
    about = "\n".join([lines[0], *(sentence for sentence in sentences(prose)
                                      if re.search(r"thi đua|phong trào", sentence, re.I)
                                      or ISSUING.search(sentence))])
    for match in ORGANISATION_PLACE.finditer(about):
        if PARTNER.search(about[:match.start()]):
            continue  # "… phối hợp với Tỉnh đoàn Ninh Bình …": a partner's place
        found = _leading_name(match)
        if found:
            unit, name, _ = found
            units.setdefault(unit.slug, f"“{match.group(0).split()[0]} … {name}”")
    if len(units) == 1:
        slug, source = next(iter(units.items()))
        record_fact(draft, "province", slug, source)


UNNAMED_PROVINCE = re.compile(rf"\b(?:UBND|Ủy ban nhân dân|Hội[^,.;\n]{{1,30}}?|LĐLĐ|Liên đoàn Lao động|Tỉnh đoàn|"
                              rf"Sở[^,.;\n]{{1,30}}?)\s+tỉnh\b(?!\s*{NAME_WORD})")
"""A provincial body the text does not name its province with: "Chủ tịch UBND tỉnh", "Hội LHPN
tỉnh"."""
CAMPAIGN_NAME = re.compile(r"\b(?:phong trào|thi đua)[^“\"\n]{0,20}[“\"]([^”\"\n]{3,200})(?:[”\"]|\s*\Z)", re.I)
"""A campaign's quoted name: "phong trào thi đua “Doanh nghiệp Sơn La hội nhập và phát triển”", or its beginning
where the text is cut off ("… phong trào thi đua “Tây Ninh chung sức xây dựng nông t")."""


def provinces_leading(name: str, english: bool = False) -> list:
    """The provinces or centrally-run cities a campaign's name opens with, within its first three
    words ("Doanh nghiệp Sơn La hội nhập …", "Hai Duong competes in …"), a whole name only ("Điện
    Biên" in "Điện Biên Phủ …" is no province's: in Vietnamese a capital after it continues the
    name); never "Hồ Chí Minh", a person's name in most campaigns."""
    words = name.split()
    found = []
    for size in (4, 3, 2):
        for index in range(min(3, len(words) - size + 1)):
            window = " ".join(words[index:index + size])
            following = words[index + size] if index + size < len(words) else ""
            if not all(word[:1].isupper() for word in window.split()) or window == "Hồ Chí Minh" or (
                    not english and following[:1].isupper()):
                continue
            unit = province_named(window)
            if unit:
                found.append(unit)
    return found


def _campaign_name_province(draft: Draft, prose: str) -> None:
    """The province of a provincial body the text does not name, when the only province the text
    names is the subject of its campaign's name ("Chủ tịch UBND tỉnh … phong trào thi đua “Doanh
    nghiệp Sơn La hội nhập và phát triển”"; not a place the name celebrates, "… kỷ niệm 70 năm
    Chiến thắng Điện Biên Phủ")."""
    units = {unit.slug: match.group(1) for match in CAMPAIGN_NAME.finditer(prose)
             for unit in provinces_leading(match.group(1))}
    if len(units) == 1:
        slug, name = next(iter(units.items()))
        record_fact(draft, "province", slug, f"“{name}”, the campaign's name (the issuer says only “tỉnh”)")


BRACKETED_PLACE = re.compile(rf"\b(?:(?:UBND|Ủy ban nhân dân)\s+(?i:xã|phường|thị trấn|huyện|quận|thị xã)|(?:Huyện|Thị|Thành|Đảng) ủy"
                             rf"(?:\s+(?i:xã|phường|thị trấn))?)\s+"
                             rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}\s*\(([^()]{{0,40}}?)\)")
"""A local committee followed by its place in brackets: "UBND xã Thới Sơn (Tịnh Biên, An Giang)",
"Ban Thường vụ Huyện ủy Tam Nông (Phú Thọ)"."""
HEADLINE_PLACE = re.compile(rf"^({_place_name('-–')})\s*:\s")
"""A headline that opens with its province: "Quảng Ngãi: Phát động thi đua đặc biệt …", "Bà Rịa - Vũng Tàu: …", also
with an en dash, "Thừa Thiên – Huế: …" (read as a hyphen only here, where the name heads the headline: a body or a
place named with an en dash in the text may be two places, or not the plan's)."""


def _bracketed_or_headline_province(draft: Draft, prose: str) -> None:
    """The province a text gives in brackets after a local committee ("UBND xã Thới Sơn (Tịnh
    Biên, An Giang) tổ chức …", its last name; a commune's one bracketed name when no district bears it) or
    at the head of its headline ("Quảng Ngãi:
    Phát động …", or a district of one province: "LỤC NGẠN: Phát động …"), when it names it
    nowhere else."""
    bracketed = BRACKETED_PLACE.search(prose)
    commune = bracketed and re.search(r"\b(?i:xã|phường|thị trấn)\b", bracketed.group(0).split("(")[0])
    # a commune's one name in brackets may be its district's ("Đảng ủy xã Minh Diệu (Hòa Bình)", of Bạc Liêu); not
    # when no district bears it and the commune is the issuer ("UBND phường Hoàn Kiếm (Hà Nội)", not a guest's or a
    # commune learnt from: "Dự lễ có đại diện UBND xã Nghi Phong (Nghệ An)")
    issuer = draft.values.get("issuer") or ""
    uncertain = commune and "," not in bracketed.group(1) and (gazetteer().names_a_district(bracketed.group(1)) or not (
        issuer and bracketed.group(0).startswith(issuer)))
    unit = province_named(bracketed.group(1).split(",")[-1].strip()) if bracketed and not uncertain else None
    if unit:
        record_fact(draft, "province", unit.slug, f"“({bracketed.group(1)})”, after the committee")
        return
    headline = HEADLINE_PLACE.match(prose)
    name = headline.group(1).replace("–", "-") if headline else None  # ("Thừa Thiên – Huế: …")
    unit = province_named(name) if headline else None
    if unit:
        record_fact(draft, "province", unit.slug, f"“{headline.group(0).strip()}”, the headline")
        return
    if headline and gazetteer().lookup(name):
        return  # a district's name a province's spells too, folded ("Quang Bình: …", of Hà Giang, or a slip for
        # Quảng Bình): neither is certain
    day = draft.values.get("issued") or draft.values.get("published")
    unit = gazetteer().district_province(name, PartialDate.parse(day).first_day if day else None) \
        if headline and not re.search(rf"(?:\b(?:xã|phường|thị trấn|đặc khu)\s+|\bP\.\s*){re.escape(headline.group(1))}\b", prose, re.I) \
        else None  # (not a commune or ward of that name: "Kim Sơn: … UBND xã Kim Sơn …")
    if unit:  # "LỤC NGẠN: Phát động …": a district's name, of one province
        record_fact(draft, "province", unit.slug, f"“{headline.group(0).strip()}”, a district of "
                                                  f"{unit.full_name('vi')} heading the headline")


def _district_province(draft: Draft, prose: str, issuer: Optional[re.Match] = None) -> None:
    """The province of the district that issued the plan (``issuer``), or else of every district
    (or a province's city: "TP. Vũng Tàu") the text names, when the text names no province: the one province with a district of that
    name before 1 July 2025 (none for "huyện Châu Thành", in seven provinces; none if the text's
    districts lie in several), under its name on the plan's or the article's day. A district named only in a photo's
    caption (:func:`_in_a_caption`) counts among the text's districts but places nothing by itself."""
    if "province" in draft.values:
        return
    day = draft.values.get("issued") or draft.values.get("published")
    on = PartialDate.parse(day).first_day if day else None
    named = ([(issuer.group(2), issuer.group(3), True)] if issuer and issuer.group(3) else
             [(match.group(1), match.group(2), not _in_a_caption(prose, match))
              for pattern in (DISTRICT, CITY) for match in pattern.finditer(prose)
              if not _at_a_venue(prose, match) and not (pattern is CITY and _leading_name(match, 2))
              and not _learnt_from(prose, match)])
    found, told = {}, {}
    for kind, name, in_text in named:
        # not past a spaced hyphen: "huyện Tân Phú - Đồng Nai" (Tân Phú of Đồng Nai) is no "huyện Tân Phú Đông"
        words = re.split(r"\s+-\s+", name)[0].split()
        for size in range(len(words), 0, -1):
            district = f"{kind} {' '.join(words[:size])}"
            unit = gazetteer().district_province(district, on)
            if unit:
                found.setdefault(unit.slug, (unit, district))
                if in_text:
                    told.setdefault(unit.slug, (unit, district))
                break
    if len(found) == 1 and told:  # (a photo's caption alone places nothing: _in_a_caption)
        unit, district = next(iter(told.values()))
        record_fact(draft, "province", unit.slug,
                    f"“{district}”, a district of {unit.full_name('vi')} until 1 July 2025")


def _in_a_caption(prose: str, match: re.Match) -> bool:
    """Whether a place is named in a photo's caption: a short line below the headline that ends without a full stop
    ("Chi trả Người có công tại BĐ-VHX Đông Viên, huyện Chợ Đồn, tỉnh Bắc Kạn" in a national corporation's news)."""
    start = prose.rfind("\n", 0, match.start()) + 1
    end = prose.find("\n", match.end())
    line = prose[start:end if end >= 0 else len(prose)].strip()
    return start > 0 and len(line) < 200 and not line.endswith((".", ":", ";", "…", "!", "?", "”", '"', ")"))


def number_sentence(prose: str, number: Optional[str]) -> tuple[str, str]:
    """The sentence that gives the plan's number, split at the number: (before, after)."""
    if not number or number not in prose:
        return "", ""
    at = prose.index(number)
    ends = [match.end() for match in SENTENCE_END.finditer(prose, 0, at)]
    stop = SENTENCE_END.search(prose, at)
    return prose[ends[-1] if ends else 0:at], prose[at:stop.start() if stop else len(prose)]


def _other_issuer(prose: str, number: Optional[str]) -> Optional[tuple[str, str, str]]:
    """A Party committee, a department, a mass organisation or a national body as the subject of
    the number's sentence (without a number, or one whose sentence names no body, "Kế hoạch 890/KH-SYT: Phát động …"
    in the headline: of the first sentence that names one and says a plan was made or a campaign launched), with its
    level and the words that name it, when it comes after any People's Committee named there."""
    found = _body_issuing(number_sentence(prose, number)[0]) if number else None
    headline_only = bool(number) and number in prose.split("\n", 1)[0] and prose.count(number) == 1
    if found or number and not headline_only:
        return found  # (a number told in the headline alone names no body: the text's first that issues does)
    for sentence in map(_past_a_law, sentences(prose)):
        if ISSUING.search(sentence) or LAUNCH.search(sentence) or re.search(r"\bcó kế hoạch\b", sentence, re.I):
            found = None if LOOKED_BACK_ON.search(sentence) else _body_issuing(sentence)
            if found and found[1] == "national" and (headline_only and not national_issuer(number)
                                                     or answered_locally(prose, prose.find(sentence))):
                continue  # the national launch the province's own answers, told first (or one beside a local
                # number: "Kế hoạch 45/KH-UBND: …" over "Thủ tướng … đã phát động …")
            if found:
                return found
    return None


LAW_ISSUED = re.compile(r"\bban hành\s+(?:các\s+)?(?:Nghị quyết|Nghị định|Luật|Thông tư|Pháp lệnh)\b", re.I)
"""Words that say a resolution, decree or law was issued ("Việc Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW …"):
what a campaign serves, not a plan, so not who issued the text's."""


def _past_a_law(sentence: str) -> str:
    """A sentence past the clause that says a law was issued (LAW_ISSUED), from the first comma after it: "Sau khi
    Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy Bắc Giang đã ban hành kế hoạch …" from "Ban
    Thường vụ"; nothing when no comma follows ("Việc Bộ Chính trị ban hành Nghị quyết … thể hiện tầm nhìn …"; a comma
    inside the law's title cuts there)."""
    law = LAW_ISSUED.search(sentence)
    if not law:
        return sentence
    comma = sentence.find(",", law.end())
    return sentence[comma + 1:] if comma >= 0 else ""


LOOKED_BACK_ON = re.compile(r"^\s*(?:trước đó|trước đây)\b", re.I)
"""A sentence that tells an earlier event ("Trước đó, ngày 5/3/2025, … đã ban hành Chỉ thị …"):
its document, date and body are not the plan's."""
LOCAL_LAUNCH = re.compile(r"\b(?:tổ chức\s+(?:lễ|hội nghị)\s+phát động|phát động)\b[^.;\n]{0,120}?"
                          r"\b(?:thi đua|phong trào)\b", re.I)
LOCAL_BODY = re.compile(r"\b(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Sở|Công an|Cục|Bộ CHQS|Bộ Chỉ huy|"
                        r"Hội|Liên đoàn|Tỉnh đoàn|Thành đoàn)\b[^.;\n]{0,40}?\b(?i:tỉnh|thành phố|huyện|xã|phường|"
                        r"TP)\b")
"""A sentence that launches a campaign (LOCAL_LAUNCH) by a body of a province, a district or a
commune (LOCAL_BODY): "UBND tỉnh Quảng Trị tổ chức lễ phát động phong trào thi đua …"."""


def answered_locally(prose: str, after: int) -> bool:
    """Whether a sentence after ``after`` launches a campaign by a province's or a district's own
    body ("Hưởng ứng phong trào, sáng 8/5, UBND tỉnh Quảng Trị tổ chức lễ phát động …"): the
    national directive or launch told before it is what the text's plan answers, not its own."""
    stop = SENTENCE_END.search(prose, max(after, 0))
    rest = prose[stop.end():] if stop else ""
    return any(LOCAL_LAUNCH.search(sentence) and LOCAL_BODY.search(sentence)
               for sentence in sentences(rest))


PARTNER = re.compile(r"\b(?:phối hợp(?:\s+với)?|cùng với|với sự phối hợp của|giao(?:\s+cho)?|đề nghị|yêu cầu|"
                     r"chỉ đạo)\s*$", re.I)
"""Words before a body that make it a partner of the one that launches ("Đoàn Thanh niên Chính phủ
phối hợp với Tỉnh đoàn Ninh Bình tổ chức …") or a body it tasks ("UBND tỉnh giao Sở Nội vụ phối
hợp với … tổ chức lễ phát động …"): not the issuer."""


OWNER = re.compile(r"\b(?:kế hoạch|chỉ thị|quyết định|công văn|hướng dẫn|nghị quyết|văn bản|thông báo)"
                   r"(?:\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*)?(?:,?\s+ngày\s+[^,;]{1,25}?)?\s+của\s*$", re.I)
"""Words before a body that make it the owner of a document the sentence names ("… cụ thể hóa Kế
hoạch của Bộ Công an và ban hành Kế hoạch số 290 …"): not the issuer of the plan."""


LAUNCHED_BY_HEAD = re.compile(rf"\bdo\s+(?:[^,.;]{{0,40}}?,\s*)?(?:Phó\s+)?(?:Tổng\s+)?(?:Giám đốc|Chủ tịch|Bộ trưởng|"
                              rf"Thủ trưởng|Trưởng ban|Tổng cục trưởng|Cục trưởng)(?:\s+{NAME_WORD}){{0,3}}?\s+$|"
                              r"\bdo\s+[^,.;]{0,40}?,\s*$", re.I)
"""Words before a body whose head launched another campaign ("… phong trào thi đua yêu nước năm 2024 do Tổng Giám
đốc BHXH Việt Nam phát động, Giám đốc BHXH tỉnh phát động …", "… do Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc
phòng phát động", "… do Tổng cục trưởng Tổng cục Thuế phát động"): not the issuer."""


ITS_UNIT = re.compile(r"^(?:(?!\b(?i:tại|ở)\b)[^,.;])*\b(?:Chi nhánh|Công ty|Cục|Chi cục|Bưu điện|Điện lực|"
                      r"Trung tâm|Xí nghiệp|Nhà máy|Ban Quản lý|VNPT|Viettel|BHXH|Bảo hiểm (?i:xã hội)|Kho bạc)\b"
                      r"[^,.;]{0,50},\s*$")
"""A province's unit named before its national body after a comma ("Giám đốc Chi nhánh Nghệ An, Tổng công ty Bưu điện
Việt Nam đã phát động …", "Bảo hiểm xã hội tỉnh Nghệ An, Bảo hiểm xã hội Việt Nam phát động …"): the unit launches,
not the national body (not a venue, its clause read from the comma before it: "tại Nhà máy Lọc dầu Dung Quất, Tập
đoàn Dầu khí Quốc gia Việt Nam tổ chức …", "tại hội trường Trung tâm Hội nghị tỉnh Quảng Trị, Thủ tướng …")."""
MOVEMENT_OF = re.compile(r"\b(?:phong trào|đợt)(?:\s+thi đua)?\s*$", re.I)
"""Words before a body that make it the launcher of the movement the sentence answers, in a clause without "do"
("hưởng ứng phong trào thi đua Tổng cục Thuế phát động, Cục Thuế tỉnh …"): not the issuer."""
NATIONWIDE_UNION = re.compile(r"^\s*(?:Công đoàn|Hội|Liên đoàn)\b[^,.;:\n–-]*\b(?:Việt Nam|VN)"
                              r"(?:\s*\([^()\n]{1,15}\))?\s*$")
"""A mass organisation named for the whole country ("Công đoàn Y tế Việt Nam", "Hội Nông dân Việt Nam", "Công đoàn
Đường sắt VN"): a national body (not a unit's union with its national one after a dash, "Công đoàn Xí nghiệp Đầu máy Hà
Nội - Công đoàn Đường sắt VN", nor the Fatherland Front's committee, "Ủy ban MTTQ Việt Nam", which a province's text
names without its place)."""


def _body_issuing(sentence: str) -> Optional[tuple[str, str, str]]:
    """The last body other than a People's Committee named in ``sentence`` before its verb of
    issuing (a national one by the name the table of national bodies gives it), with its level
    and the words that name it, not a PARTNER, a document's OWNER, nor a body whose head launched another
    campaign (LAUNCHED_BY_HEAD); None if a People's Committee comes after it."""
    candidates = [(m, m.group(0).strip(), "party") for m in PARTY.finditer(sentence)]
    candidates += [(m, m.group(0).strip(), "department") for m in DEPARTMENT.finditer(sentence)]
    candidates += [(m, m.group(0).strip(), "national" if NATIONWIDE_UNION.search(m.group(0)) else "union")
                   for m in UNION.finditer(sentence)]
    candidates += [(m, re.sub(r"\s*\([^()]*\)$", "", m.group(0).strip()), "national")
                   for m in MINISTRY.finditer(sentence)  # (without its abbreviation in brackets)
                   if not re.search(r"\b(?:tỉnh|thành phố|TP)\b", m.group(0))]  # not a province's
    candidates += [(m, m.group("group") or m.group("general") or re.split(r",", m.group(0))[0].strip(), "national")
                   for m in NATIONAL_BODY.finditer(sentence)
                   if not (ATTENDED.match(sentence[m.end():]) and LOCAL.search(sentence[m.end():]))
                   and not ITS_UNIT.search(re.split(r"[.;]|,(?!\s*$)", sentence[:m.start()])[-1])]
    candidates += [(m, m.group(1), "national") for m in ON_BEHALF.finditer(sentence)]
    candidates = [c for c in candidates if not any(words.search(sentence[:c[0].start()])
                                                   for words in (PARTNER, OWNER, LAUNCHED_BY_HEAD, MOVEMENT_OF))]
    committees = [m.end() for m in ISSUER.finditer(sentence)]
    if not candidates or (committees and max(committees) > max(c[0].end() for c in candidates)):
        return None
    # the last one named; of those ending together, a national one ("Tổng Liên đoàn Lao động Việt
    # Nam" is a union too), then the one that begins first ("Quân ủy Trung ương, Bộ Quốc phòng")
    found, text, level = max(candidates, key=lambda c: (c[0].end(), c[2] == "national", -c[0].start()))
    if re.match(r"\s*(?:,|và)\s*(?:HĐND|UBND|Ủy ban|Hội đồng)", sentence[found.end():]) or re.search(
            r"(?:HĐND|UBND|Ủy ban|ủy|Hội đồng|MTTQ)[^,]{0,40}(?:,|\bvà)\s*$", sentence[:found.start()]):
        return None  # one of several bodies that launch it together
    return (_national_name(text) if level == "national" else None) or text, level, text


def _national_name(text: str) -> Optional[str]:
    """The national body ``text`` names, as the table of national bodies prints it ("Bộ trưởng
    Bộ Kế hoạch và Đầu tư (KH&ĐT) Nguyễn Chí Dũng" → "Bộ Kế hoạch và Đầu tư")."""
    def plain(words: str) -> str:  # (dashes spaced alike, "T.Ư"/"TW" written out)
        return fold(re.sub(r"\bT\.?Ư\b|\bTW\b", "Trung ương", re.sub(r"\s*[-–]\s*", " - ", words)))
    if re.match(r"Phó Thủ tướng\b", text):
        return None  # a deputy is written as printed
    if re.match(r"Thủ tướng\b", text):
        return "Thủ tướng Chính phủ"  # "Thủ tướng Phạm Minh Chính": the Prime Minister
    def heads(name: str) -> bool:  # the body itself, or its head ("Bộ trưởng Bộ …"), not a body of
        found = plain(text).find(plain(name))  # it ("Đoàn Thanh niên Chính phủ" is no "Chính phủ")
        return found == 0 or found > 0 and bool(re.search(r"\b(?:bo truong|chu tich|tong giam doc|thu truong)\s*$",
                                                         plain(text)[:found]))
    return next((name for name in sorted(NATIONAL_BODIES, key=len, reverse=True) if heads(name)), None)


def _issuer_match(prose: str, number: Optional[str]) -> Optional[re.Match]:
    """The People's Committee that issued the plan: the last one named before the plan's number
    in its sentence ("Thực hiện Kế hoạch … của UBND tỉnh, UBND huyện Tiên Phước ban hành Kế
    hoạch số 120/KH-UBND": the district's), else the first one named in a sentence that says a
    plan was issued or a campaign launched, not as a venue or among guests ("tại Hội trường
    UBND tỉnh", "Dự buổi lễ có … Phó Chủ tịch UBND tỉnh")."""
    before, _ = number_sentence(prose, number)
    found = list(ISSUER.finditer(before))
    if found:
        return found[-1]
    for sentence in sentences(prose):
        if not (ISSUING.search(sentence) or LAUNCH.search(sentence)) or ATTENDING.search(sentence):
            continue
        for match in ISSUER.finditer(sentence):
            if not VENUE.search(sentence[max(0, match.start() - 30):match.start()]):
                return match
    return None


VENUE = re.compile(r"\b(?:tại|ở|hội trường|trụ sở)\s*$", re.I)
"""Words before a People's Committee that name a place, not the issuer: "tại Hội trường"."""
ATTENDING = re.compile(r"\b(?:dự|tham dự|có mặt|chủ trì)\b", re.I)
"""Words of a sentence that names who attended, not who issued."""

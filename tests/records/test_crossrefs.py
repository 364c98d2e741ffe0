"""Document numbers found in a plan's text (thidua/records/crossrefs.py: mentions)."""

from __future__ import annotations

import pytest

from thidua.records.crossrefs import mentions


def _numbers(text: str) -> list[str]:
    return [match.group(1) for match in mentions(text)]


@pytest.mark.parametrize("text, numbers", [
    ("Thực hiện Kế hoạch số 2255/KH-UBND ngày 4/7/2023", ["2255/KH-UBND"]),
    ("34-CT/TU của Tỉnh ủy", ["34-CT/TU"]),  # at the very start of the text
    ("theo Nghị quyết 114/NQ-HĐND và Quyết định 01/2024/QĐ-UBND.",
     ["114/NQ-HĐND", "01/2024/QĐ-UBND"]),
    ("Resolution No. 114/NQ-HĐND (2023)", ["114/NQ-HĐND"]),
    ("số 12/KH-UBND", ["12/KH-UBND"]),  # at the very end
    ("Nghị quyết số 18-NQ/TƯ và Chỉ thị 05-CT/TƯ", ["18-NQ/TƯ", "05-CT/TƯ"]),  # capitals beyond Đ
    ("issued Plan No.162/KH-UBND to launch", ["162/KH-UBND"]),  # no space after "No."
    ("Kế hoạch số 1528/KH-SGD&ĐT và Công văn 542/PGD&ĐT", ["1528/KH-SGD&ĐT", "542/PGD&ĐT"]),  # codes joined by "&"
    ("56/KH-SDT&TG, 1150/KH-BNN&PTNT", ["56/KH-SDT&TG", "1150/KH-BNN&PTNT"]),
    ("Kế hoạch số 45/KH-UBND&nbsp;ngày 3/4/2023; 12/QĐ-UBND & 13/KH-UBND", ["45/KH-UBND", "12/QĐ-UBND", "13/KH-UBND"]),
    ("SỐ 45/KH-UBND&QUYẾT ĐỊNH; 46/KH-UBND&AMP;", ["45/KH-UBND", "46/KH-UBND"]),  # a page's word or entity run on
    ("Kế hoạch số 135/KH-UBND&TT Huế, 136/KH-UBND&TT HUẾ", ["135/KH-UBND", "136/KH-UBND"]),  # "TT Huế": no sector
])
def test_document_numbers_are_found_as_printed(text, numbers):
    assert _numbers(text) == numbers


@pytest.mark.parametrize("text", [
    "ngày 17/5/2019, năm 2023, giai đoạn 2021-2025",  # dates, years, periods
    "mã A12/KH-UBND",  # a letter before the digits
    "trang 3.12/KH-UBND",  # a dot before
    "x/12/KH-UBND",  # a slash before
    "-12/KH-UBND",  # a hyphen before
    "123456/KH-UBND",  # more than five digits
    "12/kh-ubnd",  # codes are upper case
])
def test_what_is_not_a_document_number_is_not_found(text):
    assert _numbers(text) == []


def test_the_central_committees_symbol_is_one_however_printed():
    from thidua.records.crossrefs import number_key

    assert number_key("18-NQ/TƯ") == number_key("18-NQ/TW") == "18-nq-tw"
    assert number_key("34-CT/TU") == "34-ct-tu"  # a Provincial Party Committee's stays its own

import pytest

from thidua.records.dates import PartialDate
from thidua.records.folding import fold, slugify, unaccented
from thidua.records.record import record_slug


@pytest.mark.parametrize("text", ["can tho", "Cần Thơ", "CẦN THƠ", "Can Tho", "Cần Thơ"])
def test_every_spelling_of_can_tho_folds_alike(text):
    assert fold(text) == "can tho"


@pytest.mark.parametrize("text", ["Đảng", "đảng", "Ðảng", "ðảng"])
def test_d_and_its_look_alikes_fold_to_d(text):
    # Ð (U+00D0) is how the Cần Thơ 97/KH-UBND article writes Đ.
    assert fold(text) == "dang"


@pytest.mark.parametrize("number, slug", [
    ("97/KH-UBND", "97-kh-ubnd"),
    ("185-KH/TU", "185-kh-tu"),
    ("114/NQ-HĐND", "114-nq-hdnd"),
    ("01/2024/QĐ-UBND", "01-2024-qd-ubnd"),
])
def test_slugs_from_document_numbers(number, slug):
    assert slugify(number) == slug


def test_a_provincial_peoples_committee_plan_is_slugged_by_its_number_alone():
    assert record_slug("97/KH-UBND", "KH", None, PartialDate(2023)) == "97-kh-ubnd"


def test_another_issuer_is_in_the_slug_unless_the_number_names_it():
    assert record_slug("185-KH/TU", "KH", "tu", PartialDate(2023)) == "185-kh-tu"
    assert record_slug("45/KH-UBND", "KH", "phong-dien", PartialDate(2023)) == "45-kh-ubnd-phong-dien"


def test_a_plan_without_number_is_slugged_by_type_issuer_and_date():
    assert record_slug(None, "KH", None, PartialDate(2024, 2, 20)) == "kh-ubnd-2024-02-20"
    assert record_slug(None, "QĐ", "snv", PartialDate(2024, 2)) == "qd-snv-2024-02"


@pytest.mark.parametrize("text, plain", [("Vạn Ninh", "Van Ninh"), ("Đồng Hới", "Dong Hoi"),
                                         ("ÐẮK LẮK", "DAK LAK"), ("Hoà Bình", "Hoa Binh")])
def test_unaccented_names_keep_their_case(text, plain):
    assert unaccented(text) == plain

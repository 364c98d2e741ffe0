"""The province table: both eras, renames, successors, whole-name lookup, and the districts of
before the mergers."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

import pytest
import yaml

from conftest import ROOT
from thidua.records.folding import slugify
from thidua.records.gazetteer import MERGER_DAY, gazetteer

REFERENCE = (ROOT.parent / "shared" / "reference" / "provinces.md")


def units_on(day: dt.date):
    """The provincial units on ``day`` (not the place of national plans)."""
    return [unit for unit in gazetteer().units.values()
            if unit.existed_on(day) and unit.kind != "nation"]


def test_63_units_before_the_mergers_and_34_since():
    assert len(units_on(MERGER_DAY - dt.timedelta(days=1))) == 63
    assert len(units_on(MERGER_DAY)) == 34
    assert len({u.code_since for u in units_on(MERGER_DAY)}) == 34


def test_slugs_are_the_names_folded_without_the_type_word():
    for unit in gazetteer().units.values():
        assert unit.slug == slugify(unit.vi)


def test_every_former_unit_leads_to_a_unit_of_today():
    for unit in gazetteer().units.values():
        assert gazetteer().today(unit.slug).existed_on(dt.date(2026, 1, 1)), unit.slug
    assert gazetteer().today("hau-giang").slug == "can-tho"
    assert gazetteer().today("thua-thien-hue").slug == "hue"


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference is not beside the repo")
def test_mergers_match_the_reference_table():
    rows = re.findall(r"^\| (.+?) \((\d\d)\) \| (.+?) \|$", REFERENCE.read_text("utf-8"), re.M)
    assert len(rows) == 23
    for today_name, code, formed_from in rows:
        today = gazetteer().lookup(today_name)
        assert today.code_since == code, today_name
        for name, old_code in re.findall(r"([^,\[]+?) \[(\d\d)\]", formed_from):
            former = gazetteer().lookup(name.strip())
            assert former.code_before == old_code, name
            assert gazetteer().today(former.slug) == today, name


def test_huế_was_renamed_at_the_start_of_2025():
    tth, hue = gazetteer().get("thua-thien-hue"), gazetteer().get("hue")
    assert tth.existed_on(dt.date(2024, 12, 31)) and not tth.existed_on(dt.date(2025, 1, 1))
    assert hue.existed_on(dt.date(2025, 1, 1)) and not hue.existed_on(dt.date(2024, 12, 31))


@pytest.mark.parametrize("name, slug", [
    ("TP Cần Thơ", "can-tho"), ("thành phố Cần Thơ", "can-tho"), ("TP.HCM", "ho-chi-minh"),
    ("TPHCM", "ho-chi-minh"), ("Sài Gòn", "ho-chi-minh"), ("HCMC", "ho-chi-minh"),
    ("BR-VT", "ba-ria-vung-tau"), ("TT-Huế", "thua-thien-hue"), ("Hoà Bình", "hoa-binh"),
    ("Hòa Bình", "hoa-binh"), ("Đắc Lắc", "dak-lak"), ("Hanoi", "ha-noi"), ("tỉnh Cao Bằng", "cao-bang"),
    ("Can Tho", "can-tho"),
])
def test_lookup_knows_the_ways_news_text_writes_a_place(name, slug):
    assert gazetteer().lookup(name).slug == slug


@pytest.mark.parametrize("text", ["thanh nien", "Cần Thơ và Hậu Giang", "hn", "Đoàn Thanh niên"])
def test_lookup_never_matches_part_of_a_text(text):
    assert gazetteer().lookup(text) is None


def test_names_in_both_languages():
    assert gazetteer().get("cao-bang").full_name("vi") == "tỉnh Cao Bằng"
    assert gazetteer().get("cao-bang").full_name("en") == "Cao Bang Province"
    assert gazetteer().get("can-tho").full_name("vi") == "thành phố Cần Thơ"
    assert gazetteer().get("can-tho").full_name("en") == "Can Tho City"
    assert gazetteer().get("ho-chi-minh").full_name("en") == "Ho Chi Minh City"


def test_23_merged_units_and_11_unchanged():
    today = units_on(MERGER_DAY)
    merged = [unit for unit in today if any(other.successor == unit.slug and
                                            other.code_before != unit.code_before
                                            for other in gazetteer().units.values())]
    assert len(merged) == 23
    assert len(today) - len(merged) == 11


def test_each_former_unit_has_exactly_one_successor():
    former = [unit for unit in gazetteer().units.values() if unit.valid_until is not None]
    assert len(former) == 30  # 29 merged away on 2025-07-01, and Thừa Thiên Huế renamed
    assert all(unit.successor and gazetteer().get(unit.successor) for unit in former)
    assert all(isinstance(unit.successor, str) for unit in former)  # one slug, never a list
    assert gazetteer().get("tien-giang").successor == "dong-thap"


@pytest.mark.parametrize("text", ["Kế hoạch phát triển thanh niên",
                                  "Chương trình hành động của Ban Chấp hành"])
def test_texts_that_name_no_province(text):
    assert gazetteer().lookup(text) is None
    assert gazetteer().named_in(text) is None


@pytest.mark.parametrize("issuer, slug", [
    ("UBND tỉnh Hậu Giang", "hau-giang"), ("UBND TP Cần Thơ", "can-tho"),
    ("Sở Nội vụ tỉnh Cao Bằng", "cao-bang"), ("Tỉnh ủy Cao Bằng", "cao-bang"),
    ("Ủy ban nhân dân thành phố Hồ Chí Minh", "ho-chi-minh"), ("UBND thành phố", None),
])
def test_the_province_an_issuer_names(issuer, slug):
    unit = gazetteer().named_in(issuer)
    assert (unit.slug if unit else None) == slug


@pytest.mark.parametrize("district, day, slug", [
    ("huyện Cao Phong", None, "hoa-binh"),
    ("Huyện Cao Phong", dt.date(2021, 12, 28), "hoa-binh"),
    ("TP Thủ Đức", None, "ho-chi-minh"),       # "TP", "TP." and "thành phố" are one type word
    ("thành phố Thủ Đức", None, "ho-chi-minh"),
    ("Thị xã Sơn Tây", None, "ha-noi"),
    ("huyện Phú Vang", dt.date(2021, 5, 1), "thua-thien-hue"),  # its province's name that day
    ("huyện Phú Vang", dt.date(2025, 3, 1), "hue"),
    ("huyện Phú Vang", None, None),            # renamed in 2025: which name is not known
    ("huyện Châu Thành", None, None),          # in seven provinces: not guessed
    ("huyện Cao Phong", dt.date(2025, 7, 1), None),  # no districts since the mergers
    ("huyện Thanh Niên", None, None),          # no such district
    ("quận Cao Phong", None, None),            # the type word is part of the name
    ("huyện Hoa Lư", dt.date(2021, 1, 11), "ninh-binh"),  # raised since to "Thành phố Hoa Lư"
    ("thị xã Thủ Đức", None, "ho-chi-minh"),   # a town's name found among the cities
])
def test_the_province_of_a_district_of_before_the_mergers(district, day, slug):
    unit = gazetteer().district_province(district, day)
    assert (unit.slug if unit else None) == slug


@pytest.mark.parametrize("name, slug", [
    ("Thanh Hoá", "thanh-hoa"),      # the tone mark placed the old way: one name
    ("tỉnh Thanh Hóa", "thanh-hoa"),
    ("THANH HÓA", "thanh-hoa"),
    ("Thanh Hoa", "thanh-hoa"),      # printed without diacritics (English texts): matched folded
    ("TT-Huế", "thua-thien-hue"),    # another of its names
    ("Đăk Lắk", "dak-lak"),
    ("Quảng Ngải", "quang-ngai"),    # ngã printed as hỏi, a common slip: one mark
    ("Quãng Nam", "quang-nam"),
    ("Lâm Đông", "lam-dong"),        # a slip in the province's name, which names no district
    ("Đak Lắk", "dak-lak"),          # a slip whose last syllable is a district's name (huyện Lắk): the whole counts
    ("Thạnh Hóa", None),             # a district of Long An
    ("Phù Yên", None),               # a district of Sơn La
    ("Quang Bình", None),            # a district of Hà Giang
])
def test_a_district_s_name_printed_with_its_own_diacritics_is_not_a_province_s(name, slug):
    unit = gazetteer().lookup_printed(name)
    assert (unit.slug if unit else None) == slug


def test_every_district_belongs_to_a_province_of_the_63():
    codes = {unit.code_before for unit in gazetteer().units.values() if unit.code_before}
    data = yaml.safe_load(resources.files("thidua.records").joinpath("data/districts.yaml")
                          .read_text("utf-8"))["districts"]
    assert set(data) <= codes and len(data) == 63
    assert sum(len(names) for names in data.values()) == 696


def test_the_place_of_national_plans_is_no_name_a_text_gives():
    nation = gazetteer().get("toan-quoc")
    assert (nation.full_name("vi"), nation.full_name("en"), nation.name("vi")) == (
        "toàn quốc", "Nationwide", "Toàn quốc")
    assert gazetteer().lookup("Toàn quốc") is None and gazetteer().named_in("UBND toàn quốc") is None

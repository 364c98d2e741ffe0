import datetime as dt

import pytest

from thidua.records.dates import DateError, PartialDate


@pytest.mark.parametrize("text, vi, en", [
    ("2019", "năm 2019", "2019"),
    ("2019-05", "tháng 5/2019", "May 2019"),
    ("2023-08-21", "21/8/2023", "21 August 2023"),
])
def test_partial_dates_read_and_written_per_language(text, vi, en):
    date = PartialDate.parse(text)
    assert str(date) == text
    assert date.format("vi") == vi
    assert date.format("en") == en


def test_a_bare_year_from_yaml_is_an_int_and_still_reads():
    assert PartialDate.parse(2019) == PartialDate(2019)


def test_partial_dates_span_their_whole_month_or_year():
    assert PartialDate.parse("2024-02").last_day == dt.date(2024, 2, 29)
    assert PartialDate.parse("2019").first_day == dt.date(2019, 1, 1)
    assert PartialDate.parse("2019").last_day == dt.date(2019, 12, 31)


@pytest.mark.parametrize("text, message", [
    ("2023-02-30", "'2023-02-30' does not exist: February 2023 has 28 days"),
    ("2023-13", "'2023-13' has no month 13; months run from 01 to 12"),
    ("21/8/2023", "'21/8/2023' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08-21)"),
    ("2023-8-21", "'2023-8-21' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08-21)"),
    ("0999", "year 999 is out of range; write a year between 1900 and 2100"),
])
def test_malformed_and_impossible_dates_are_refused_with_the_fix(text, message):
    with pytest.raises(DateError) as error:
        PartialDate.parse(text)
    assert str(error.value) == message

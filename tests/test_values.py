"""Numbers, dates and yes/no as Danes and English speakers type them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcli.plan.values import (
    ValueProblemError,
    canonical_number,
    format_date,
    format_money,
    format_number,
    format_percent,
    parse_date,
    parse_number,
    parse_yes_no,
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1.250.000,50", "da", 1250000.5),
        ("12,5", "da", 12.5),
        ("250.000", "da", 250000),
        ("1.250", "da", 1250),
        ("0.125", "da", 0.125),  # a group never starts with 0: this is a decimal
        ("2.5", "da", 2.5),
        ("1 250 000", "da", 1250000),
        ("25 %", "da", 25),
        ("1.000 kr.", "da", 1000),
        ("kr. 1.000,-", "da", 1000),
        ("−3,5", "da", -3.5),
        ("100,00", "da", 100),
        ("1,250,000.50", "en", 1250000.5),
        ("1,250", "en", 1250),
        ("1.250", "en", 1.25),
        ("12,5", "en", 12.5),  # not a thousands group: a Dane's decimal comma
        ("DKK 500", "en", 500),
        ("-3", "en", -3),
        ("1.250.000,50", "en", 1250000.5),  # both marks: the last is the decimal
    ],
)
def test_numbers_are_read_as_typed(text: str, lang: str, expected: float) -> None:
    assert parse_number(text, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "abc", "12a", "1.2.3,4,5", "1,25,000", "--3", "1e3", "12,5,0"])
def test_numbers_that_are_not_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueProblemError) as info:
        parse_number(text, "da")
    assert info.value.key == "value.number"


@given(
    st.one_of(
        st.integers(-(10**12), 10**12), st.floats(-1e12, 1e12, allow_nan=False).map(lambda f: round(f, 6))
    )
)
def test_formatted_numbers_read_back_to_the_same_value(value: float) -> None:
    for lang in ("da", "en"):
        assert parse_number(format_number(value, lang), lang) == value  # type: ignore[arg-type]


def test_numbers_are_formatted_for_the_reader() -> None:
    assert format_number(1250000.5, "da") == "1.250.000,5"
    assert format_number(1250000.5, "en") == "1,250,000.5"
    assert format_money(1250000, "da", "DKK") == "1.250.000 kr."
    assert format_money(1250000.5, "da", "DKK") == "1.250.000,50 kr."
    assert format_money(1250000, "en", "DKK") == "DKK 1,250,000"
    assert format_money(99, "da", "EUR") == "99 EUR"
    assert format_percent(12.5, "da") == "12,5 %"
    assert format_percent(12.5, "en") == "12.5%"


@pytest.mark.parametrize(
    "text",
    ["2027-03-31", "31-03-2027", "31.3.2027", "31/3/2027", "31.03.27", "31. marts 2027", "31 marts 2027",
     "31 March 2027", "March 31, 2027", "31. mar. 2027"],
)  # fmt: skip
def test_dates_are_read_in_both_languages(text: str) -> None:
    assert parse_date(text, "da") == dt.date(2027, 3, 31)
    assert parse_date(text, "en") == dt.date(2027, 3, 31)


def test_today_is_understood() -> None:
    today = dt.date(2027, 5, 1)
    assert parse_date("i dag", "da", today) == today
    assert parse_date("today", "en", today) == today


@pytest.mark.parametrize(
    "text", ["30-02-2027", "2027-13-01", "31/4/2027", "tomorrow", "12", "2027", "1. smarts 2027"]
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueProblemError) as info:
        parse_date(text, "da")
    assert info.value.key == "value.date"


def test_dates_are_formatted_for_the_reader() -> None:
    assert format_date(dt.date(2027, 3, 31), "da") == "31. marts 2027"
    assert format_date(dt.date(2027, 3, 31), "en") == "31 March 2027"


def test_yes_and_no_in_both_languages() -> None:
    assert [parse_yes_no(s) for s in ("ja", "J", "yes", "y", "true")] == [True] * 5
    assert [parse_yes_no(s) for s in ("nej", "N", "no", "false")] == [False] * 4
    with pytest.raises(ValueProblemError):
        parse_yes_no("måske")


def test_canonical_numbers_are_the_plan_file_notation() -> None:
    assert canonical_number("1250000.5") == 1250000.5
    assert canonical_number("-12") == -12
    assert canonical_number("1.0e-07") == 1e-07
    assert canonical_number("100.0") == 100
    assert canonical_number("1.250.000") is None
    assert canonical_number(".inf") is None
    assert canonical_number("12,5") is None

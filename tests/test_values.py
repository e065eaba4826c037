"""Numbers, dates and yes/no as Danes and English speakers type them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcli.errors import FileProblemsError
from smartcli.i18n import t
from smartcli.plan.planfile import load_answers, load_plan_text
from smartcli.plan.questionset import shipped_question_set
from smartcli.plan.values import (
    COMMON_CURRENCIES,
    DATE_MAX,
    DATE_MIN,
    ValueProblemError,
    canonical_number,
    check_period,
    format_date,
    format_money,
    format_number,
    format_percent,
    parse_currency,
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
        ("2 timer", "da", 2),  # hours a week, as people write them
        ("12,5 t", "da", 12.5),
        ("ca. 500 kr", "da", 500),
        ("cirka 40", "da", 40),
        ("3 hours", "en", 3),
        ("about 1,200", "en", 1200),
        ("~ 30 pcs", "en", 30),
    ],
)
def test_numbers_are_read_as_typed(text: str, lang: str, expected: float) -> None:
    assert parse_number(text, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["", "abc", "12a", "1.2.3,4,5", "1,25,000", "--3", "1e3", "12,5,0", "fire", "ca.", "timer", "h"]
)
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
    assert info.value.key == ("value.no_such_day" if text in ("30-02-2027", "31/4/2027") else "value.date")


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


@pytest.mark.parametrize("text", ["9999-12-31", "31.12.9999", "2200-01-01", "1899-12-31", "1. januar 1000"])
def test_dates_outside_the_years_smart_works_with_are_refused(text: str) -> None:
    with pytest.raises(ValueProblemError) as info:
        parse_date(text, "da")
    assert info.value.key == "value.date_range"
    assert info.value.params == {"low": 1900, "high": 2199}


def test_the_first_and_last_day_of_the_range_are_dates_like_any_other() -> None:
    assert parse_date("1900-01-01", "en") == DATE_MIN == dt.date(1900, 1, 1)
    assert parse_date("31-12-2199", "da") == DATE_MAX == dt.date(2199, 12, 31)


@pytest.mark.parametrize("text", ["DKK", "EUR", "SEK", "NOK", "USD", "GBP", "ISK", "CHF", "JPY", " EUR "])
def test_a_currency_is_an_iso_4217_code(text: str) -> None:
    assert parse_currency(text) == text.strip()


def test_the_common_currencies_come_first_and_are_real_codes() -> None:
    assert COMMON_CURRENCIES == ("DKK", "EUR", "SEK", "NOK", "USD", "GBP")
    assert all(parse_currency(code) == code for code in COMMON_CURRENCIES)


@pytest.mark.parametrize("text", ["Svar 6", "SVAR 6", "kr.", "kr", "XYZ", "DK", "DKKK", "", "ÆØÅ", "D K K"])
def test_anything_but_a_real_currency_code_is_refused_with_the_common_ones_offered(text: str) -> None:
    with pytest.raises(ValueProblemError) as info:
        parse_currency(text)
    assert info.value.key == "value.currency"
    assert info.value.params["common"] == "DKK, EUR, SEK, NOK, USD, GBP"


def test_a_code_in_small_letters_is_refused_not_silently_changed() -> None:
    with pytest.raises(ValueProblemError) as info:
        parse_currency("dkk")
    assert info.value.key == "value.currency_capitals" and info.value.params == {"capitals": "DKK"}


def test_a_period_must_end_after_it_starts() -> None:
    check_period(dt.date(2027, 1, 1), dt.date(2027, 1, 2))
    for end in (dt.date(2027, 1, 1), dt.date(2026, 12, 31)):
        with pytest.raises(ValueProblemError) as info:
            check_period(dt.date(2027, 1, 1), end)
        assert info.value.key == "value.period_order"
        assert set(info.value.params) == {"start", "end"}


QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml"


def problems_of(text: str) -> list[tuple[str, int | None, str]]:
    """Each problem of a plan file's text as (field, line, message); the file must not load."""
    with pytest.raises(FileProblemsError) as info:
        load_plan_text(text, QSET, Path("plan.yaml"))
    return [(p.path, p.line, t("en", p.key, **p.params)) for p in info.value.problems]


@pytest.mark.parametrize(
    ("old", "new", "path", "line"),
    [
        (
            "  start: 2027-01-01\n  end: 2027-12-31\n",
            "  start: 2027-01-01\n  end: 9999-12-31\n",
            "period.end",
            7,
        ),
        ("updated: 2027-04-06\n", "updated: 1066-10-14\n", "updated", 9),
        (
            "  date: 2027-02-01\n  value: 158\n",
            "  date: 9999-12-31\n  value: 158\n",
            "measurements[0].date",
            0,  # the line where the new date stands
        ),
    ],
)
def test_a_date_out_of_range_in_a_plan_file_is_a_located_problem(
    old: str, new: str, path: str, line: int
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    changed = text.replace(old, new)
    line = line or changed[: changed.index("9999")].count("\n") + 1
    [found] = problems_of(changed)
    assert found == (path, line, "The date must lie between the years 1900 and 2199.")


@pytest.mark.parametrize(
    ("currency", "message"),
    [
        (
            "SVAR 6",
            "'SVAR 6' is not a currency code. Enter an ISO 4217 code of three capital letters, e.g. DKK, EUR, SEK, NOK, USD, GBP.",
        ),
        (
            "kr",
            "'kr' is not a currency code. Enter an ISO 4217 code of three capital letters, e.g. DKK, EUR, SEK, NOK, USD, GBP.",
        ),
        ("dkk", "Write the currency code in capitals: DKK."),
    ],
)
def test_a_currency_that_is_not_an_iso_code_in_a_plan_file_is_a_located_problem(
    currency: str, message: str
) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("currency: DKK\n", f"currency: {currency}\n")
    assert problems_of(text) == [("currency", 8, message)]


@pytest.mark.parametrize("end", ["2027-01-01", "2026-12-31"])
def test_a_period_that_ends_on_or_before_its_start_is_a_located_problem(end: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "  start: 2027-01-01\n  end: 2027-12-31\n", f"  start: 2027-01-01\n  end: {end}\n"
    )
    found = problems_of(text)
    assert ("period.end", 7, f"The period must end after it starts (start 2027-01-01, end {end}).") in found


def test_an_answers_file_is_held_to_the_same_currency_period_and_dates(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "language: da\ncompany: Hvede\ncurrency: Svar 6\nperiod: {start: 1.1.2027, end: 1.1.2027}\n"
        "objectives:\n- statement: Flere kunder\n  deadline: 31.12.9999\n",
        encoding="utf-8",
    )
    with pytest.raises(FileProblemsError) as info:
        load_answers(answers, QSET, "da")
    found = {(p.path, p.key, p.line) for p in info.value.problems}
    assert found == {
        ("currency", "value.currency", 3),
        ("period.end", "value.period_order", 4),
        ("objectives[0].deadline", "value.date_range", 7),
    }


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("30-02-2027", "da", "Den dato findes ikke: måneden har kun 28 dage."),
        ("29.2.2028", "da", None),  # a leap year has it
        ("31 April 2027", "en", "That date doesn't exist: the month has only 30 days."),
    ],
)
def test_a_day_the_month_has_not_got_is_named(text: str, lang: str, said: str | None) -> None:
    if said is None:
        assert parse_date(text, lang) == dt.date(2028, 2, 29)  # type: ignore[arg-type]
        return
    with pytest.raises(ValueProblemError) as info:
        parse_date(text, lang)  # type: ignore[arg-type]
    assert t(lang, info.value.key, **info.value.params) == said  # type: ignore[arg-type]

"""Whether a statement names a number and a time, and which numbers (method review §4, the S row)."""

from __future__ import annotations

import pytest

from smartcli.check.smartgoals import names_number, names_time, quantities
from smartcli.i18n import Lang


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Fordoble antallet af leads til efteråret", "da"),
        ("Flere besøg i butikken i foråret", "da"),
        ("Flere gæster i caféen i vinteren og sommeren", "da"),
        ("Sælge 300 påskebrunchkasser op til påsken", "da"),
        ("Flere gaveæsker til julen", "da"),
        ("Twice the orders in the fall", "en"),
    ],
)
def test_a_season_in_its_definite_form_is_a_time(statement: str, lang: Lang) -> None:
    assert names_time(statement, lang)


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Flere kunder end i dag", "da"),
        ("Flere kunder inden længe", "da"),
        ("Flere følgere hurtigst muligt", "da"),
        ("More customers than today", "en"),
        ("More customers before long", "en"),
    ],
)
def test_a_vague_time_is_no_deadline(statement: str, lang: Lang) -> None:
    assert not names_time(statement, lang)


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Øge omsætningen over de næste to kvartaler", "da"),
        ("Øge omsætningen over de næste 6 måneder", "da"),
        ("Flere kunder inden 1. juli", "da"),
        ("Flere kunder i 2027", "da"),
        ("Flere følgere inden uge 28", "da"),
        ("Grow revenue over the next two quarters", "en"),
        ("More customers by 31 March 2027", "en"),
    ],
)
def test_a_duration_a_date_or_a_year_is_not_a_target_number(statement: str, lang: Lang) -> None:
    assert not names_number(statement, lang)


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("30 % flere ordrer inden 1. juli", "da"),
        ("Fordoble antallet af leads til efteråret", "da"),
        ("Svartid under 2 timer inden juli", "da"),  # a number of hours is the target here
        ("500 new Instagram followers before week 28", "en"),
    ],
)
def test_a_target_number_is_still_found(statement: str, lang: Lang) -> None:
    assert names_number(statement, lang)


def test_quantities_are_read_as_the_plans_language_writes_them() -> None:
    da = quantities("Fra 1.200 til 1.700 følgere og et snit på 4,6 inden 11. juli 2027 (uge 28)", "da")
    assert [q.value for q in da] == [1200, 1700, 4.6]
    en = quantities("From 1,200 to 1,700 followers and an average of 4.6 by July 11, 2027", "en")
    assert [q.value for q in en] == [1200, 1700, 4.6]


def test_percentages_and_millions_are_marked_and_scaled() -> None:
    found = quantities("Omsætning fra 1,2 mio. til 2 mio. kr. og 30 % flere kunder på 6 måneder", "da")
    assert [(q.value, q.percent) for q in found] == [(1_200_000, False), (2_000_000, False), (30, True)]

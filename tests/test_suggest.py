"""Did you mean: the closest known name for a mistyped one, and none when nothing is close."""

from __future__ import annotations

import pytest

from smartcli.plan.suggest import closest, unknown_key

KEYS = [
    "company",
    "title",
    "period",
    "currency",
    "strengths",
    "weaknesses",
    "competitors",
    "customer_segments",
]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("compnay", "company"),
        ("strenghts", "strengths"),
        ("competitor", "competitors"),
        ("Currency", None),  # the same name in another case is no slip to point out
        ("COMPNAY", "company"),
        ("custom", "customer_segments"),  # the only name that starts so
        ("budget", None),
        ("", None),
        ("x", None),
    ],
)
def test_closest_finds_the_name_meant(typed: str, meant: str | None) -> None:
    assert closest(typed, KEYS) == meant


def test_accents_and_danish_letters_are_folded() -> None:
    assert closest("malsaetnig", ["målsætning", "situation"]) == "målsætning"


def test_an_unknown_key_is_reported_with_a_suggestion_or_the_known_keys() -> None:
    assert unknown_key("compnay", KEYS) == (
        "schema.unknown_key_suggest",
        {"key": "compnay", "suggestion": "company"},
    )
    key, params = unknown_key("zzz", ["a", "b"])
    assert key == "schema.unknown_key" and params == {"key": "zzz", "known": "a, b"}

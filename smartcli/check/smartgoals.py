"""Whether an objective's statement reads as SMART: does it name a number, and a time?

Heuristics, deliberately: they only warn. "Flere kunder" names neither;
"30 % flere ordrer inden 1. juli" names both. The structured fields (metric,
target, deadline) are what ``smart check`` holds an objective to; the statement
is what people read, so it should say the same.
"""

from __future__ import annotations

import re

from smartcli.i18n import Lang
from smartcli.plan.values import MONTHS

_NUMBER_WORDS: dict[Lang, str] = {
    "da": "to tre fire fem seks syv otte ni ti tyve halvdelen dobbelt fordoble tredoble",
    "en": "two three four five six seven eight nine ten twenty half double triple",
}
_TIME_WORDS: dict[Lang, str] = {
    "da": "inden senest før indtil uge ugen uger dag dage måned måneder kvartal kvartaler halvår "
    "halvåret år året sommer sommerferien jul julen påske efterår forår vinter sæson",
    "en": "by before until within during week weeks day days month months quarter quarters year "
    "years summer christmas easter autumn spring winter season today",
}
_TIME_PHRASES: dict[Lang, tuple[str, ...]] = {
    "da": ("frem til", "i løbet af", "om året", "om måneden", "om ugen", "i dag"),
    "en": ("per year", "a year", "a month", "a week"),
}
_ANY_LANGUAGE_TIME = r"\b(?:[hq][1-4])\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"


def _words(words: tuple[str, ...]) -> str:
    return r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"


_NUMBER = {
    lang: re.compile(r"\d|" + _words(tuple(words.split())), re.IGNORECASE)
    for lang, words in _NUMBER_WORDS.items()
}
_TIME = {
    lang: re.compile(
        _words((*words.split(), *_TIME_PHRASES[lang], *(m.lower() for m in MONTHS[lang])))
        + "|"
        + _ANY_LANGUAGE_TIME,
        re.IGNORECASE,
    )
    for lang, words in _TIME_WORDS.items()
}


def names_number(statement: str, lang: Lang) -> bool:
    """Whether the statement names a quantity (a digit, or a number word of `lang`)."""
    return bool(_NUMBER[lang].search(statement))


def names_time(statement: str, lang: Lang) -> bool:
    """Whether the statement names when: a date, year, month, week, quarter, season, or "inden"/"by"."""
    return bool(_TIME[lang].search(statement))

"""Whether an objective's statement reads as SMART: does it name a number, and a time? Which numbers?

Heuristics, deliberately: they only warn. "Flere kunder" names neither;
"30 % flere ordrer inden 1. juli" names both. The structured fields (metric,
target, deadline) are what ``smart check`` holds an objective to; the statement
is what people read, so it should say the same.

A date, a year or a week number is a time, not a quantity (»inden 1. juli«
names no number), and neither is a duration (»over de næste to kvartaler«).
A vague time (»inden længe«, »end i dag«) is no deadline. :func:`quantities`
gives the numbers a statement names as measures, read as the plan's language
writes them (``1.200`` in Danish, ``1,200`` in English), for the rules that
compare them with the fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smartcli.i18n import Lang
from smartcli.plan.values import MONTHS, ValueProblemError, parse_number

_NUMBER_WORDS: dict[Lang, str] = {
    "da": "to tre fire fem seks syv otte ni ti tyve halvdelen dobbelt fordoble tredoble",
    "en": "two three four five six seven eight nine ten twenty half double triple",
}
_TIME_WORDS: dict[Lang, str] = {
    "da": "inden senest før indtil uge ugen uger dag dage måned måneden måneder kvartal kvartalet kvartaler "
    "halvår halvåret år året sommer sommeren sommerferien jul julen julesæsonen juleperioden påske påsken "
    "påskeferien efterår efteråret efterårsferien forår foråret vinter vinteren vinterferien sæson sæsonen "
    "højsæsonen fastelavn nytår nytåret",
    "en": "by before until within during week weeks day days month months quarter quarters year "
    "years summer christmas easter autumn fall spring winter season",
}
_TIME_PHRASES: dict[Lang, tuple[str, ...]] = {
    "da": ("frem til", "i løbet af", "om året", "om måneden", "om ugen"),
    "en": ("per year", "a year", "a month", "a week"),
}
_VAGUE_TIMES: dict[Lang, tuple[str, ...]] = {
    "da": ("inden længe", "før eller siden", "end i dag", "i dag", "hurtigst muligt", "på sigt", "med tiden"),
    "en": ("before long", "sooner or later", "than today", "today", "as soon as possible", "over time",
           "in due course", "in time"),
}  # fmt: skip
"""Times that set no deadline: removed before a statement is searched for one."""
_DURATION_UNITS = (
    "dag dage døgn uge uger måned måneder md mdr kvartal kvartaler halvår halvåret år time timer "
    "day days week weeks month months quarter quarters year years hour hours"
)
_ANY_LANGUAGE_TIME = r"\b(?:[hq][1-4])\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"


def _words(words: tuple[str, ...]) -> str:
    return r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"


_MONTH_WORDS = _words(tuple(m.lower() for names in MONTHS.values() for m in names))
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUMBER_AT = re.compile(rf"(?<![\w.,])(?:{_DIGITS})(?![\w]|[.,]\d)")
_NOT_QUANTITIES = re.compile(
    "|".join(
        (
            r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",  # 31.3.2027, 31/3/27
            r"\b\d{1,2}/\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.(?!\d)",  # 31/3, 31.3.
            r"\b\d{4}-\d{1,2}-\d{1,2}\b",  # 2027-03-31
            rf"\b\d{{1,2}}\.?\s*(?:{_MONTH_WORDS})",  # 31. marts, 1 July
            rf"(?:{_MONTH_WORDS})\s+\d{{1,2}}\b(?!\s*[.,]?\d)",  # October 31
            r"\b(?:19|20)\d{2}\b",  # a year
            r"\b(?:uge|week|kl\.|klokken)\s+\d{1,2}\b(?![.,]\d)",  # uge 28, kl. 7
            r"\b[hq][1-4]\b",  # Q1, H2
        )
    ),
    re.IGNORECASE,
)
_AHEAD = r"\b(?:næste|kommende|next|coming)\s+"
_DURATION = {
    lang: re.compile(
        rf"(?:{_AHEAD}(?:{_DIGITS}|{_words(tuple(words.split()))})|{_words(tuple(words.split()))})"
        rf"\.?\s+{_words(tuple(_DURATION_UNITS.split()))}",
        re.IGNORECASE,
    )
    for lang, words in _NUMBER_WORDS.items()
}
"""A duration: a number word and a time unit (»to kvartaler«), or digits after »næste« (»næste 6 uger«)."""
_MEASURE_DURATION = re.compile(rf"(?:{_DIGITS})\.?\s+{_words(tuple(_DURATION_UNITS.split()))}", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*(?:%|procent\b|percent\b|pct\.?)", re.IGNORECASE)
_SCALE = (
    (re.compile(r"^\s*(?:mia\.?|milliard(?:er)?\b|billion\b|bn\b)", re.IGNORECASE), 1_000_000_000),
    (re.compile(r"^\s*(?:mio\.?|mill?\.|million(?:er)?\b|m\b)", re.IGNORECASE), 1_000_000),
    (re.compile(r"^\s*(?:tusind(?:e)?\b|thousand\b|k\b|t\.\s*kr)", re.IGNORECASE), 1_000),
)


@dataclass(frozen=True)
class Quantity:
    """A number a statement names as a measure (not a date, a year, a week or a duration).

    Attributes:
        value: The number, scaled (``1,2 mio.`` is 1,200,000).
        percent: Whether it is a percentage (``30 %``).
        start: Where it stands in the statement.
        end: Where it ends, its unit included.
    """

    value: float
    percent: bool
    start: int
    end: int


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """`text` with every match of `pattern` replaced by spaces, so positions stay where they were."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


_VAGUE = {lang: re.compile(_words(phrases), re.IGNORECASE) for lang, phrases in _VAGUE_TIMES.items()}


def _without_vague_times(statement: str, lang: Lang) -> str:
    return _blank(statement, _VAGUE[lang])


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
    """Whether the statement names a quantity: a number or number word of `lang`, not a date or a duration."""
    text = _blank(_blank(_without_vague_times(statement, lang), _NOT_QUANTITIES), _DURATION[lang])
    return bool(_NUMBER[lang].search(text))


def names_time(statement: str, lang: Lang) -> bool:
    """Whether the statement names when: a date, year, month, week, quarter, season, or "inden"/"by".

    A vague time (»inden længe«, »end i dag«) is not a deadline.
    """
    return bool(_TIME[lang].search(_without_vague_times(statement, lang)))


def quantities(statement: str, lang: Lang) -> list[Quantity]:
    """The numbers the statement names as measures, in order, read as `lang` writes them.

    Dates, years, week numbers and durations (»6 måneder«) are left out; a
    number with a percent sign is a percentage, one with »mio.«/»million« is
    scaled.
    """
    text = _blank(_blank(statement, _NOT_QUANTITIES), _MEASURE_DURATION)
    found = []
    for match in _NUMBER_AT.finditer(text):
        try:
            value = float(parse_number(match.group(0), lang))
        except ValueProblemError:
            continue
        rest, end = statement[match.end() :], match.end()
        percent = _PERCENT.match(rest)
        if percent:
            end += percent.end()
        else:
            for pattern, factor in _SCALE:
                if scale := pattern.match(rest):
                    value, end = value * factor, end + scale.end()
                    break
        found.append(Quantity(value, bool(percent), match.start(), end))
    return found

"""Typed answers: reading numbers, dates, yes/no and currencies as people type them, and writing them back.

Danish and English are read side by side: a Dane types ``1.250.000,50`` and
``31.3.2027``, an English speaker ``1,250,000.50`` and ``31 March 2027``; ISO
dates and plain numbers work in both. Parsers raise :class:`ValueProblemError`
carrying a message key, so the caller says what is wrong in the user's language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from decimal import Decimal
from typing import Any

from smartcli.i18n import Lang, t
from smartcli.plan.model import Number, Period, Plan, Question, is_empty


class ValueProblemError(ValueError):
    """An answer that can't be read as the type asked for."""

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


# --- numbers ----------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']")
_DECORATION_BEFORE = re.compile(
    r"^(?:dkk|kr\.?|eur|€|usd|\$|gbp|£|sek|nok|ca\.?|cirka|omkring|about|approx\.?|around|~)\s*",
    re.IGNORECASE,
)
_DECORATION_AFTER = re.compile(
    r"\s*(?:dkk|kr\.?|,-|\.-|eur|€|usd|\$|gbp|£|sek|nok|%|pct\.?|procent|percent"
    r"|timer?|t\.?|hours?|hrs?\.?|h|stk\.?|styk|pcs\.?|pieces?)$",
    re.IGNORECASE,
)
_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_CANONICAL_INT = re.compile(r"^[-+]?\d+$")
_CANONICAL_FLOAT = re.compile(r"^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$")
_MAX_DIGITS = 30


def _tidy_number(value: float) -> Number:
    """Whole numbers as ``int`` (so 100,00 is stored as 100); others as they are."""
    if value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _is_grouped(digits: str, separator: str) -> bool:
    return bool(_GROUPED.match(digits)) and all(sep == separator for sep in re.findall(r"[.,]", digits))


def parse_number(text: str, lang: Lang) -> Number:
    """Read a number as it was typed in `lang`: ``1.250.000,50``, ``12,5``, ``1,250.5``, ``-3``.

    Currency and percent signs, units of time and count, and a leading "about"
    around it are ignored (``25 %``, ``1.000 kr.``, ``2 timer``, ``ca. 500 kr``).
    A lone separator followed by exactly three digits is a thousands separator
    in Danish (``250.000``) and in English (``250,000``); otherwise it is the
    decimal mark.
    """
    s = _SPACES.sub("", text.strip().replace("\u2212", "-"))
    for _ in range(2):  # "ca. kr. 500": an approximation and a currency
        s = _DECORATION_BEFORE.sub("", s)
    s = _DECORATION_AFTER.sub("", s)
    s = _SPACES.sub("", s)
    sign = ""
    if s[:1] in "+-" and s:
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    if not s or not re.fullmatch(r"[\d.,]+", s) or not re.search(r"\d", s):
        raise ValueProblemError("value.number")
    if len(re.sub(r"\D", "", s)) > _MAX_DIGITS:
        raise ValueProblemError("value.number")
    dots, commas = s.count("."), s.count(",")
    integer, fraction = s, ""
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if decimal == "." else "."
        integer, _, fraction = s.rpartition(decimal)
        if s.count(decimal) != 1 or not _is_grouped(integer, group):
            raise ValueProblemError("value.number")
        integer = integer.replace(group, "")
    elif dots or commas:
        mark = "." if dots else ","
        native_decimal = (lang == "da" and mark == ",") or (lang == "en" and mark == ".")
        if s.count(mark) > 1:
            if not _is_grouped(s, mark):
                raise ValueProblemError("value.number")
            integer = s.replace(mark, "")
        elif not native_decimal and _is_grouped(s, mark) and not s.startswith("0"):
            integer = s.replace(mark, "")
        else:
            integer, _, fraction = s.partition(mark)
    if not integer and not fraction:
        raise ValueProblemError("value.number")
    if fraction and not fraction.isdigit():
        raise ValueProblemError("value.number")
    if not fraction:
        return int(sign + (integer or "0"))
    return _tidy_number(float(f"{sign}{integer or '0'}.{fraction}"))


def canonical_number(text: str) -> Number | None:
    """Read a number written the way plan files write them (``1250000.5``), or ``None``."""
    s = text.strip()
    if _CANONICAL_INT.match(s) and len(s) <= _MAX_DIGITS:
        return int(s)
    if _CANONICAL_FLOAT.match(s):
        value = float(s)
        if math.isfinite(value):
            return _tidy_number(value)
    return None


def _digits(value: Number) -> tuple[str, str, str]:
    """Sign, integer digits and fraction digits of `value`, the shortest that reads back exactly."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = format(Decimal(repr(value)), "f") if isinstance(value, float) else str(value)
    sign = "-" if text.startswith("-") else ""
    integer, _, fraction = text.lstrip("-").partition(".")
    return sign, integer, fraction


def _group(integer: str, separator: str) -> str:
    head = len(integer) % 3 or 3
    parts = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    return separator.join(parts)


def format_number(value: Number, lang: Lang, decimals: int | None = None) -> str:
    """`value` as a reader of `lang` writes it: ``1.250.000,5`` or ``1,250,000.5``.

    The result reads back to the same value with :func:`parse_number`.
    """
    if decimals is not None:
        value = round(float(value), decimals)
        if decimals == 0:
            value = int(value)
    sign, integer, fraction = _digits(value)
    if decimals:
        fraction = fraction.ljust(decimals, "0")[:decimals]
    group, decimal = (".", ",") if lang == "da" else (",", ".")
    text = sign + _group(integer, group)
    return f"{text}{decimal}{fraction}" if fraction else text


def format_money(value: Number, lang: Lang, currency: str) -> str:
    """An amount for a reader: ``1.250.000 kr.`` in Danish, ``DKK 1,250,000`` in English."""
    decimals = 0 if float(value).is_integer() else 2
    number = format_number(value, lang, decimals)
    if lang == "da":
        return f"{number} kr." if currency.upper() == "DKK" else f"{number} {currency}"
    return f"{currency} {number}"


def format_percent(value: Number, lang: Lang) -> str:
    """A percentage for a reader: ``12,5 %`` in Danish, ``12.5%`` in English."""
    number = format_number(value, lang)
    return f"{number} %" if lang == "da" else f"{number}%"


# --- dates ------------------------------------------------------------------------

MONTHS: dict[Lang, tuple[str, ...]] = {
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_MONTH_NUMBERS: dict[str, int] = {}
for _names in MONTHS.values():
    for _number, _name in enumerate(_names, start=1):
        _MONTH_NUMBERS[_name.lower()] = _number
        _MONTH_NUMBERS[_name.lower()[:3]] = _number
_MONTH_NUMBERS["okt"] = 10
_MONTH_NUMBERS["sept"] = 9

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-zæøå]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_TODAY = frozenset({"i dag", "idag", "today"})

DATE_MIN = dt.date(1900, 1, 1)
"""The earliest date smart accepts: nothing in a marketing plan happened before it."""
DATE_MAX = dt.date(2199, 12, 31)
"""The latest date smart accepts.

A plan looks a few years ahead; past 2199 a date is a typo (``2207`` for
``2027``, ``9999``), and keeping every date far inside the years Python can
count (1–9999) means a cadence after it, the next period or a chart never
overflow.
"""


def parse_date(text: str, lang: Lang, today: dt.date | None = None) -> dt.date:
    """Read a date as typed in either language.

    Accepted: ``2027-03-31``, ``31-03-2027``, ``31.3.2027``, ``31/3/27``,
    ``31. marts 2027``, ``31 March 2027``, ``March 31, 2027``, ``i dag``/``today``.
    Day-first throughout: ``03/04/2027`` is 3 April.
    """
    s = " ".join(text.strip().lower().split())
    if s in _TODAY:
        return today or dt.date.today()
    year = month = day = None
    if match := _ISO_DATE.match(s):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.match(s):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    elif match := _DAY_MONTH_NAME.match(s):
        day, month, year = int(match.group(1)), _MONTH_NUMBERS.get(match.group(2)), int(match.group(3))
    elif match := _MONTH_NAME_DAY.match(s):
        month, day, year = _MONTH_NUMBERS.get(match.group(1)), int(match.group(2)), int(match.group(3))
    if year is None or month is None or day is None:
        raise ValueProblemError("value.date")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12 and day >= 1 and 1 <= year <= 9999:  # a real month, a day it hasn't got
            days = calendar.monthrange(year, month)[1]
            raise ValueProblemError("value.no_such_day", days=days) from None
        raise ValueProblemError("value.date") from None
    check_date_range(date)
    return date


def check_date_range(date: dt.date) -> None:
    """Refuse a date outside :data:`DATE_MIN`–:data:`DATE_MAX`.

    Raises:
        ValueProblemError: ``value.date_range``, naming the first and last year.
    """
    if not DATE_MIN <= date <= DATE_MAX:
        raise ValueProblemError("value.date_range", low=DATE_MIN.year, high=DATE_MAX.year)


def check_period(start: dt.date, end: dt.date) -> Period:
    """The period from `start` to `end`, which must end after it starts.

    Raises:
        ValueProblemError: ``value.period_order`` when `end` is on or before `start`.
    """
    if end <= start:
        raise ValueProblemError("value.period_order", start=start.isoformat(), end=end.isoformat())
    return Period(start, end)


def format_date(value: dt.date, lang: Lang) -> str:
    """A date for a reader: ``31. marts 2027`` or ``31 March 2027``."""
    month = MONTHS[lang][value.month - 1]
    if lang == "da":
        return f"{value.day}. {month} {value.year}"
    return f"{value.day} {month} {value.year}"


def format_short_date(value: dt.date, lang: Lang) -> str:
    """A date in few characters, for a chart's axis: ``1. mar`` or ``1 Mar``."""
    month = MONTHS[lang][value.month - 1][:3]
    return f"{value.day}. {month.lower()}" if lang == "da" else f"{value.day} {month}"


def format_date_input(value: dt.date, lang: Lang) -> str:
    """A date as a user of `lang` would type it (``31-03-2027``, ``2027-03-31``)."""
    return value.strftime("%d-%m-%Y") if lang == "da" else value.isoformat()


# --- currencies -------------------------------------------------------------------

COMMON_CURRENCIES = ("DKK", "EUR", "SEK", "NOK", "USD", "GBP")
"""The currencies a Danish business most often plans in, offered first."""

# ISO 4217 list one (2025): the currencies in circulation, without the fund,
# precious-metal, bond-market and test codes (BOV, XAU, XBA, XTS, XXX...),
# which no marketing budget is kept in. ANG, CUC, SLL and ZWL, replaced
# recently, stay so that a plan written with them still opens.
_ISO_4217_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
    BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW
    KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN
    NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK
    SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU
    UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL
"""
ISO_4217 = frozenset(_ISO_4217_CODES.split())
"""The currency codes smart accepts."""


def parse_currency(text: str) -> str:
    """Read a currency as an ISO 4217 code: ``DKK``, ``EUR``...

    Nothing typed is changed silently: only the spaces around it go (as for
    every one-line answer); ``dkk`` is refused with ``DKK`` offered, so the
    plan holds what the person wrote.

    Raises:
        ValueProblemError: ``value.currency_capitals`` for a real code in
            small letters, ``value.currency`` for anything else (with the
            common codes offered).
    """
    code = text.strip()
    if code in ISO_4217:
        return code
    if code.upper() in ISO_4217:
        raise ValueProblemError("value.currency_capitals", capitals=code.upper())
    raise ValueProblemError("value.currency", value=code, common=", ".join(COMMON_CURRENCIES))


# --- yes / no ---------------------------------------------------------------------

_YES = frozenset({"ja", "j", "yes", "y", "true", "sand", "1"})
_NO = frozenset({"nej", "n", "no", "false", "falsk", "0"})


def parse_yes_no(text: str) -> bool:
    """Read yes or no in either language (``ja``, ``nej``, ``yes``, ``no``, ``true``...)."""
    s = text.strip().lower()
    if s in _YES:
        return True
    if s in _NO:
        return False
    raise ValueProblemError("value.yes_no")


def format_yes_no(value: bool, lang: Lang) -> str:
    """Yes or no in `lang`."""
    if lang == "da":
        return "Ja" if value else "Nej"
    return "Yes" if value else "No"


# --- answers for a reader ---------------------------------------------------------


def display_value(question: Question, value: Any, plan: Plan, lang: Lang) -> str:
    """An answer as a reader sees it: ``1.250.000 kr.``, ``31. marts 2027``, a choice's label."""
    if is_empty(value):
        return "–"
    kind = question.type
    if kind == "money":
        return format_money(value, lang, plan.currency)
    if kind == "percent":
        return format_percent(value, lang)
    if kind == "number":
        return format_number(value, lang)
    if kind == "date":
        return format_date(value, lang)
    if kind == "yes_no":
        return t(lang, "ask.yes") if value else t(lang, "ask.no")
    if kind == "choice":
        return question.choice_label(value, lang)
    if kind == "multi_choice":
        return ", ".join(question.choice_label(v, lang) for v in value)
    if kind in ("list", "ref") and isinstance(value, list):
        return ", ".join(map(str, value))
    if kind == "records":
        return ", ".join(str(r.get("id")) for r in value)
    return " ".join(str(value).split())

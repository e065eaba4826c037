"""Words for values checked at input: currencies, periods and the range of dates smart accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "schema.unknown_key_questions": {
        "da": "ukendt nøgle '{key}' (smart questions viser spørgsmålenes id'er)",
        "en": "unknown key '{key}' (smart questions lists the questions' ids)",
    },
    "value.date_range": {
        "da": "Datoen skal ligge mellem år {low} og {high}.",
        "en": "The date must lie between the years {low} and {high}.",
    },
    "value.period_order": {
        "da": "Perioden skal slutte efter, at den starter (start {start}, slut {end}).",
        "en": "The period must end after it starts (start {start}, end {end}).",
    },
    "value.currency": {
        "da": "'{value}' er ikke en valutakode. Skriv en ISO 4217-kode med tre store bogstaver, fx {common}.",
        "en": "'{value}' is not a currency code. Enter an ISO 4217 code of three capital letters, e.g. {common}.",
    },
    "value.currency_capitals": {
        "da": "Skriv valutakoden med store bogstaver: {capitals}.",
        "en": "Write the currency code in capitals: {capitals}.",
    },
    "value.no_such_day": {
        "da": "Den dato findes ikke: måneden har kun {days} dage.",
        "en": "That date doesn't exist: the month has only {days} days.",
    },
}

"""Asking one question of any type: validation, defaults, lists and records, built on the primitives.

Each ask function takes a :class:`~smartcli.prompts.Prompter`, so the same
code runs against questionary in a terminal and against a script in tests.
Values are checked while the user types: a wrong number or date is refused
with a message and asked again, never stored. Lists and records, asked item by
item, are in :mod:`smartcli.interview.records`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape

from smartcli.check.smartgoals import names_number, names_time
from smartcli.i18n import Lang, t
from smartcli.interview.prompts import Prompter, Validator
from smartcli.plan.model import (
    NUMERIC_TYPES,
    Plan,
    Question,
    QuestionSet,
    is_empty,
    record_summary,
)
from smartcli.plan.values import (
    ValueProblemError,
    display_value,
    format_date,
    format_date_input,
    format_number,
    parse_date,
    parse_number,
)


@dataclass
class AskContext:
    """What asking needs besides the question: the prompter, the console and the plan so far."""

    prompter: Prompter
    console: Console
    plan: Plan
    qset: QuestionSet
    lang: Lang
    """The language spoken and typed in (``--lang`` may differ from the plan's)."""
    record: dict[str, Any] = field(default_factory=dict)
    """The record being asked, so a date field can be bounded by a sibling (end after start)."""
    fields: tuple[Question, ...] = ()
    """The fields of that record."""
    back: bool = False
    """Whether the prompts offer Shift-Tab, raising :class:`~smartcli.interview.navigation.GoBack`:
    set by a caller that catches it."""


# --- bounds and display -----------------------------------------------------------


def _bound(ctx: AskContext, question: Question, name: str | None) -> tuple[dt.date, str] | None:
    """A date bound's value and what to call it, or ``None`` when it is not known yet."""
    if name is None:
        return None
    if name in ("period.start", "period.end"):
        period = ctx.plan.period
        if period is None:
            return None
        return (period.start if name == "period.start" else period.end), t(ctx.lang, f"bound.{name}")
    value = ctx.record.get(name)
    if not isinstance(value, dt.date):
        return None
    sibling = next((f for f in ctx.fields if f.id == name), None)
    label = sibling.prompt(ctx.lang) if sibling else name
    return value, t(ctx.lang, "bound.field", field=label)


def default_text(question: Question, value: Any, lang: Lang) -> str:
    """An answer as the text a user would type, to offer it as the default."""
    if is_empty(value):
        return ""
    if question.type in NUMERIC_TYPES:
        return format_number(value, lang)
    if question.type == "date" and isinstance(value, dt.date):
        return format_date_input(value, lang)
    return str(value)


# --- validators -------------------------------------------------------------------


def _validator(ctx: AskContext, question: Question) -> Validator:
    """Checks typed text as `question` wants it, saying what is wrong in the user's language."""
    lang = ctx.lang

    def check(text: str) -> str | None:
        if not text.strip():
            return t(lang, "value.required") if question.required else None
        try:
            _parse(ctx, question, text)
        except ValueProblemError as e:
            return t(lang, e.key, **e.params)
        return None

    return check


def _parse(ctx: AskContext, question: Question, text: str) -> Any:
    """Typed text as `question`'s value; raises :class:`ValueProblemError` when it can't be."""
    lang = ctx.lang
    if question.type in NUMERIC_TYPES:
        number = parse_number(text, lang)
        if question.minimum is not None and number < question.minimum:
            raise ValueProblemError("value.number_min", min=format_number(question.minimum, lang))
        if question.maximum is not None and number > question.maximum:
            raise ValueProblemError("value.number_max", max=format_number(question.maximum, lang))
        other = ctx.record.get(question.not_equal) if question.not_equal else None
        if isinstance(other, int | float) and not isinstance(other, bool) and other == number:
            sibling = next((f for f in ctx.fields if f.id == question.not_equal), None)
            label = sibling.prompt(lang) if sibling else str(question.not_equal)
            raise ValueProblemError("value.not_equal", field=label, value=format_number(number, lang))
        return number
    if question.type == "date":
        date = parse_date(text, lang)
        low = _bound(ctx, question, question.not_before)
        if low is not None and date < low[0]:
            raise ValueProblemError("value.date_min", date=format_date(low[0], lang), what=low[1])
        high = _bound(ctx, question, question.not_after)
        if high is not None and date > high[0]:
            raise ValueProblemError("value.date_max", date=format_date(high[0], lang), what=high[1])
        same = _bound(ctx, question, question.not_equal)
        if same is not None and date == same[0]:
            raise ValueProblemError("value.date_after", date=format_date(same[0], lang), what=same[1])
        return date
    if question.type == "text" and "\n" in text:
        raise ValueProblemError("value.one_line")
    return text


# --- one value --------------------------------------------------------------------


def ask_value(ctx: AskContext, question: Question, default: Any, message: str | None = None) -> Any:
    """Ask `question` once and return its typed answer (``None`` when skipped).

    Lists and records are not asked here but by :func:`ask_list` and
    :func:`ask_records`, which save after every item.

    Raises:
        GoBack: The user went back (only when ``ctx.back``).
    """
    p, lang, back = ctx.prompter, ctx.lang, ctx.back
    kind = question.type
    if kind == "choice":
        choices = [(c.key, c.label(lang)) for c in question.choices]
        if not question.required:
            choices.append(("", "–"))  # last, so Enter on a new question still takes the first choice
        picked = p.select(message or t(lang, "ask.choose"), choices, default=default, back=back)
        return picked or None
    if kind == "multi_choice":
        choices = [(c.key, c.label(lang)) for c in question.choices]
        return p.checkbox(message or t(lang, "ask.choose_many"), choices, default=default or (), back=back)
    if kind == "yes_no":
        return p.confirm(
            message or t(lang, "ask.yes_no_message"),
            default=True if default is None else bool(default),
            back=back,
        )
    if kind == "ref":
        return _ask_ref(ctx, question, default, message)
    instruction = None
    if kind == "long_text":
        instruction = t(lang, "ask.long_text_hint")
    elif not question.required:
        instruction = t(lang, "ask.optional")
    text = p.text(
        message or t(lang, "ask.answer"),
        default=default_text(question, default, lang),
        validate=_validator(ctx, question),
        instruction=instruction,
        editor=kind == "long_text",
        back=back,
    )
    if not text.strip():
        return None
    value = _parse(ctx, question, text.strip() if kind != "long_text" else text.rstrip())
    _warn(ctx, question, value)
    if kind in ("money", "date") or (
        kind in NUMERIC_TYPES and text.strip() != default_text(question, value, lang)
    ):
        shown = display_value(question, value, ctx.plan, lang)
        ctx.console.print(f"  [dim]→ {escape(t(lang, 'ask.interpreted', value=shown))}[/]")
    return value


def _warn(ctx: AskContext, question: Question, value: Any) -> None:
    """Say, without refusing the answer, what a SMART answer would also name."""
    text = str(value)
    if "number" in question.warn_unless and not names_number(text, ctx.lang):
        ctx.console.print(f"  [yellow]{escape(t(ctx.lang, 'ask.warn_statement_number'))}[/]")
    if "time" in question.warn_unless and not names_time(text, ctx.lang):
        ctx.console.print(f"  [yellow]{escape(t(ctx.lang, 'ask.warn_statement_time'))}[/]")


def _ask_ref(ctx: AskContext, question: Question, default: Any, message: str | None) -> Any:
    """Choose among the records of another question (an activity's objectives, say)."""
    target = ctx.plan.answers.get(question.ref or "") or []
    found = ctx.qset.find(question.ref or "")
    choices = []
    for record in target:
        summary = record_summary(found[1], record) if found else ""
        choices.append((record["id"], f"{record['id']} · {summary}" if summary else record["id"]))
    if not choices:
        return None
    label = message or question.prompt(ctx.lang)
    if question.many:
        current = [v for v in (default or []) if v in {c[0] for c in choices}]
        return ctx.prompter.checkbox(label, choices, default=current, back=ctx.back) or None
    none = ("", "–")
    picked = ctx.prompter.select(label, [none, *choices], default=default or "", back=ctx.back)
    return picked or None

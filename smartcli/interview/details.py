"""The plan's details: language, company, period, title and currency, asked before the phases.

Each detail is one step of a walk (:mod:`smartcli.interview.navigation`), so
Shift-Tab goes back from one to the one before, and from the first question of
the phases back into these. Each answer is saved as it is given: the plan file
is created by the first one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rich.console import Console

from smartcli.i18n import ACTIVE_LANG, MESSAGES, Lang, t
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.navigation import GoBack, Step, walk
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import Period, Question, Text
from smartcli.plan.values import COMMON_CURRENCIES, ValueProblemError, parse_currency


def default_period(today: dt.date | None = None) -> Period:
    """A year from the first day of next month, or the next calendar year when it is near.

    Late in the year (November, December) most businesses plan the coming year.
    """
    today = today or dt.date.today()
    start = dt.date(today.year + 1, 1, 1) if today.month >= 11 else dt.date(today.year, today.month + 1, 1)
    return Period(start, dt.date(start.year + 1, start.month, 1) - dt.timedelta(days=1))


def default_title(period: Period, lang: Lang) -> str:
    """``Marketingplan 2027``, or ``Marketingplan 2026/27`` for a period across two years."""
    years = str(period.start.year)
    if period.end.year != period.start.year:
        years += f"/{period.end.year % 100:02d}"
    return t(lang, "ask.title_default", year=years)


def _meta_question(qid: str, kind: str, lang_key: str, **extra: Any) -> Question:
    texts = MESSAGES[lang_key]
    return Question(id=qid, type=kind, prompt=Text(texts["da"], texts["en"]), **extra)  # type: ignore[arg-type]


COMPANY = _meta_question("company", "text", "ask.company", required=True)
TITLE = _meta_question("title", "text", "ask.title", required=True)
PERIOD_START = _meta_question("start", "date", "ask.period_start", required=True)
PERIOD_END = _meta_question(
    "end", "date", "ask.period_end", required=True, not_before="start", not_equal="start"
)


def nothing_before(console: Console, lang: Lang) -> None:
    """Say that Shift-Tab has nowhere to go from here (the same prompt is asked again)."""
    say(console, lang, "ask.nothing_before", "dim")


def walk_here(steps: Sequence[Step], console: Console, lang: Lang, *, from_end: bool = False) -> None:
    """Walk `steps` where there is nothing before them: going back from the first one asks it again."""
    while True:
        try:
            walk(steps, from_end=from_end)
            return
        except GoBack:
            nothing_before(console, lang)
            from_end = False


def metadata_steps(session: Session, ctx: AskContext, skip: frozenset[str] = frozenset()) -> list[Step]:
    """The steps that ask company, period, title and currency, with the current values as defaults.

    Keys in `skip` (``company``, ``title``, ``period``, ``currency``) came from
    an answers file (or an earlier session) and are not asked.
    """
    plan = session.plan
    start: dict[str, dt.date] = {}

    def company(_: bool) -> None:
        plan.company = ask_value(ctx, COMPANY, plan.company or None, message=COMPANY.prompt(ctx.lang))
        session.save()

    def period_start(_: bool) -> None:
        period = plan.period or default_period()
        start["date"] = ask_value(ctx, PERIOD_START, period.start, message=PERIOD_START.prompt(ctx.lang))

    def period_end(_: bool) -> None:
        period = plan.period or default_period()
        first = start.get("date", period.start)
        ctx.record, ctx.fields = {"start": first}, (PERIOD_START, PERIOD_END)
        try:
            default = period.end if period.end >= first else None
            end = ask_value(ctx, PERIOD_END, default, message=PERIOD_END.prompt(ctx.lang))
        finally:
            ctx.record, ctx.fields = {}, ()
        plan.period = Period(first, end)
        session.save()

    def title(_: bool) -> None:
        current = plan.title or default_title(plan.period or default_period(), ctx.lang)
        plan.title = ask_value(ctx, TITLE, current, message=TITLE.prompt(ctx.lang))
        session.save()

    def currency(_: bool) -> None:
        plan.currency = ask_currency(ctx, plan.currency or COMMON_CURRENCIES[0])
        session.save()

    steps: list[Step] = []
    if "company" not in skip:
        steps.append(company)
    if "period" not in skip:
        steps += [period_start, period_end]
    if "title" not in skip:
        steps.append(title)
    if "currency" not in skip:
        steps.append(currency)
    return steps


def ask_metadata(session: Session, ctx: AskContext, skip: frozenset[str] = frozenset()) -> None:
    """Ask company, period, title and currency (see :func:`metadata_steps`), saving each answer.

    Raises:
        GoBack: The user went back from the first of them.
    """
    walk(metadata_steps(session, ctx, skip))


def language_step(session: Session, ctx: AskContext, asked: Lang | None = None) -> Step:
    """The step that asks the plan's language; the session, the prompts and the plan speak it at once.

    `asked` is the answer the user gave before the step first ran (``smart new``
    asks it before anything heavy is loaded); walked back into, it asks again.
    """
    given = [asked] if asked is not None else []

    def step(_: bool) -> None:
        from smartcli.interview.prompts import pick_language  # asking is interactive: questionary is there

        lang = given.pop() if given else pick_language(ctx.prompter, ctx.lang)
        session.lang = ctx.lang = ctx.prompter.lang = session.plan.language = lang
        ACTIVE_LANG.set(lang)
        if session.text is not None:  # the file exists: it records the language too
            session.save()
        say(ctx.console, lang, "ask.meta_intro", path=session.path)

    return step


def ask_currency(ctx: AskContext, current: str) -> str:
    """The currency: the common ones to pick from, any other ISO 4217 code typed (``ISK``).

    Raises:
        GoBack: The user went back from the list of currencies.
    """
    lang, p = ctx.lang, ctx.prompter
    choices = [(code, code) for code in dict.fromkeys([*COMMON_CURRENCIES, current])]
    choices.append(("", t(lang, "ask.currency_other")))

    def check(text: str) -> str | None:
        try:
            parse_currency(text)
        except ValueProblemError as e:
            return t(lang, e.key, **e.params)
        return None

    while True:
        picked = p.select(t(lang, "ask.currency"), choices, default=current, back=ctx.back)
        if picked:
            return picked
        try:
            return parse_currency(p.text(t(lang, "ask.currency_code"), validate=check, back=ctx.back))
        except GoBack:
            current = ""  # back to the list, at "another currency"

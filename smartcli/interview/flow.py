"""The interview: starting a plan, walking the five phases, resuming and editing, saving every answer.

These are the use cases behind ``smart new``, ``smart resume`` and ``smart
edit``. They take a prompter and a console, raise :mod:`smartcli.errors`
exceptions, and never exit the process, so a test or another program can call
them directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table

from smartcli.errors import InterviewStopped, SmartError
from smartcli.i18n import ACTIVE_LANG, LANGUAGE_NAMES, LANGUAGES, MESSAGES, Lang, t, tn
from smartcli.interview.ask import AskContext, ask_list, ask_records, ask_value
from smartcli.interview.prompts import Prompter
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import (
    Period,
    Phase,
    Plan,
    Question,
    QuestionSet,
    Text,
    applies,
    is_answered,
    is_empty,
)
from smartcli.plan.values import COMMON_CURRENCIES, ValueProblemError, parse_currency


@contextmanager
def stop_on_interrupt(path: Path | None) -> Iterator[None]:
    """Turn Ctrl-C and Ctrl-D at a prompt into :class:`InterviewStopped` (answers are already saved)."""
    try:
        yield
    except (KeyboardInterrupt, EOFError):
        raise InterviewStopped(path) from None


# --- which questions are open -----------------------------------------------------


def applicable(phase: Phase, answers: dict[str, Any]) -> list[Question]:
    """The questions of `phase` that are asked, given the answers so far."""
    return [q for q in phase.questions if applies(q, answers)]


def _counted(phase: Phase, answers: dict[str, Any]) -> list[Question]:
    """The questions a position counts: those asked, and those whose condition is not answered yet.

    Counting a conditional question until its condition says no keeps the
    count from growing under the user's feet (17, then 16, not 16, then 17).
    """
    return [
        q
        for q in phase.questions
        if applies(q, answers) or (q.when is not None and q.when.question not in answers)
    ]


def first_open(plan: Plan, qset: QuestionSet) -> tuple[Phase, Question] | None:
    """The first question not yet dealt with (resume starts here), or ``None``."""
    for phase, question in qset:
        if applies(question, plan.answers) and not is_answered(question, plan.answers):
            return phase, question
    return None


def interrupted(plan: Plan, qset: QuestionSet, start: Question) -> tuple[Phase, Question] | None:
    """The list or records question just before `start`, which may have been stopped part-way.

    Questions are asked in order and every item is saved as it is given, so when
    the last question dealt with is a list or records question, its last item or
    record may be where the user stopped: resume offers its rest first.
    """
    last: tuple[Phase, Question] | None = None
    for phase, question in qset:
        if question is start:
            break
        if applies(question, plan.answers) and is_answered(question, plan.answers):
            last = (phase, question)
    if last is None or last[1].type not in ("list", "records") or is_empty(plan.answers.get(last[1].id)):
        return None
    return last


def unanswered(plan: Plan, qset: QuestionSet) -> list[tuple[Phase, Question]]:
    """Every applicable question without an answer: not asked yet, or skipped."""
    return [
        (phase, question)
        for phase, question in qset
        if applies(question, plan.answers)
        and (not is_answered(question, plan.answers) or is_empty(plan.answers.get(question.id)))
    ]


# --- printing ---------------------------------------------------------------------


def _print_phase_intro(console: Console, phase: Phase, qset: QuestionSet, lang: Lang) -> None:
    heading = t(
        lang, "flow.phase_heading", number=phase.number, total=len(qset.phases), title=phase.title(lang)
    )
    console.print()
    console.print(Rule(f"[bold]{escape(heading)}[/]", align="left", style="blue"))
    console.print(f"[bold]{escape(phase.question(lang))}[/]")
    console.print(Padding(escape(phase.intro(lang).strip()), (0, 0, 0, 2)), style="dim")


def _print_question(
    console: Console, phase: Phase, question: Question, plan: Plan, qset: QuestionSet, lang: Lang
) -> None:
    questions = _counted(phase, plan.answers)
    index = questions.index(question) + 1 if question in questions else 1
    position = t(
        lang, "flow.position", number=phase.number, total=len(qset.phases),
        title=phase.title(lang), index=index, count=len(questions),
    )  # fmt: skip
    console.print()
    console.print(f"[dim]{escape(position)}[/]")
    console.print(f"[bold]{escape(question.prompt(lang))}[/]")
    if question.help is not None:
        console.print(Padding(escape(question.help(lang).strip()), (0, 0, 0, 2)), style="dim")
    if question.example is not None:
        example = f"{t(lang, 'ask.example')}: {question.example(lang).strip()}"
        console.print(Padding(escape(example), (0, 0, 0, 2)), style="dim italic")


def print_summary(session: Session, console: Console) -> None:
    """Completeness per phase, the open points, and what to do next."""
    lang, plan, qset = session.lang, session.plan, session.qset
    open_points = unanswered(plan, qset)
    table = Table(title=t(lang, "flow.summary_title", path=session.path), title_justify="left")
    table.add_column(t(lang, "flow.summary_phase"))
    table.add_column(t(lang, "flow.summary_answered"), justify="right")
    table.add_column(t(lang, "flow.summary_open"))
    for phase in qset.phases:
        questions = applicable(phase, plan.answers)
        missing = [q for p, q in open_points if p is phase]
        answered = len(questions) - len(missing)
        ids = ", ".join(q.id for q in missing) or t(lang, "flow.summary_none")
        table.add_row(f"{phase.number}. {phase.title(lang)}", f"{answered}/{len(questions)}", escape(ids))
    console.print()
    console.print(table)
    path = str(session.path)
    if first_open(plan, qset) is not None:
        say(console, lang, "flow.next_resume", path=path)
    say(console, lang, "flow.next_report", "bold", path=path)
    say(console, lang, "flow.next_edit", path=path)


# --- asking -----------------------------------------------------------------------


def ask_question(
    session: Session,
    ctx: AskContext,
    phase: Phase,
    question: Question,
    *,
    editing: bool,
    continuing: bool = False,
) -> None:
    """Show one question with its position and help, ask it, and save the answer.

    With `continuing`, a list or records question goes on from its last item
    instead of offering the existing ones again.
    """
    plan, lang = session.plan, session.lang
    _print_question(ctx.console, phase, question, plan, session.qset, lang)
    current = plan.answers.get(question.id)

    def store(value: Any) -> None:
        plan.answers[question.id] = value
        session.save()

    if question.type == "list":
        ask_list(ctx, question, current if isinstance(current, list) else None, store, continuing=continuing)
    elif question.type == "records":
        existing = current if isinstance(current, list) else None
        ask_records(ctx, question, existing, store, review_existing=editing, continuing=continuing)
    else:
        store(ask_value(ctx, question, current))


def run_interview(session: Session, prompter: Prompter, console: Console, *, resuming: bool = False) -> bool:
    """Ask every open question, phase by phase, saving each answer as it is given.

    At the end of each phase the user may go on or stop. Returns whether the
    plan has no open questions left.
    """
    plan, qset, lang = session.plan, session.qset, session.lang
    ctx = session.context(prompter, console)
    start = first_open(plan, qset)
    if start is None:
        say(console, lang, "flow.all_answered", path=session.path)
        if resuming:
            with stop_on_interrupt(session.path):
                _offer_skipped(session, ctx, prompter)
        print_summary(session, console)
        return True
    if resuming:
        questions = _counted(start[0], plan.answers)
        say(
            console, lang, "flow.resuming", path=session.path, number=start[0].number, total=len(qset.phases),
            title=start[0].title(lang), index=questions.index(start[1]) + 1, count=len(questions),
        )  # fmt: skip
    phases = list(qset.phases)
    with stop_on_interrupt(session.path):
        if resuming and (stopped := interrupted(plan, qset, start[1])) is not None:
            say(console, lang, "flow.continuing", question=stopped[1].prompt(lang))
            ask_question(session, ctx, *stopped, editing=False, continuing=True)
        for position, phase in enumerate(phases):
            if phase.number < start[0].number:
                continue
            pending = [q for q in applicable(phase, plan.answers) if not is_answered(q, plan.answers)]
            if not pending:
                continue
            _print_phase_intro(console, phase, qset, lang)
            for question in phase.questions:
                if applies(question, plan.answers) and not is_answered(question, plan.answers):
                    ask_question(session, ctx, phase, question, editing=False)
            later = phases[position + 1 :]
            if later and first_open(plan, qset) is not None:
                following = next(p for p in later if p.number > phase.number)
                go_on = prompter.confirm(
                    t(lang, "flow.continue", number=phase.number, next_number=following.number,
                      next_title=following.title(lang)),
                    default=True,
                )  # fmt: skip
                if not go_on:
                    say(console, lang, "flow.stopped", number=phase.number, path=session.path)
                    return False
        if resuming:
            _offer_skipped(session, ctx, prompter)
    print_summary(session, console)
    return first_open(plan, qset) is None


def skipped(plan: Plan, qset: QuestionSet) -> list[tuple[Phase, Question]]:
    """The questions that were asked and left empty (Enter on an empty answer)."""
    return [(p, q) for p, q in unanswered(plan, qset) if is_answered(q, plan.answers)]


def _offer_skipped(session: Session, ctx: AskContext, prompter: Prompter) -> None:
    """At the end of ``smart resume``: offer the skipped questions once more, in order."""
    left = skipped(session.plan, session.qset)
    if not left or not prompter.confirm(tn(session.lang, "flow.offer_skipped", len(left)), default=True):
        return
    for phase, question in left:
        ask_question(session, ctx, phase, question, editing=False)


# --- starting a plan --------------------------------------------------------------


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


def ask_metadata(session: Session, ctx: AskContext, skip: frozenset[str] = frozenset()) -> None:
    """Ask company, period, title and currency with the current values as defaults.

    Keys in `skip` (``company``, ``title``, ``period``, ``currency``) came from an
    answers file (or an earlier session) and are not asked. Each answer is saved
    as it is given: the plan file is created by the first one.
    """
    plan, lang = session.plan, session.lang

    def ask(question: Question, current: Any, key: str) -> Any:
        if key in skip:
            return current
        return ask_value(ctx, question, current, message=question.prompt(lang))

    saved = session.save
    plan.company = ask(COMPANY, plan.company or None, "company")
    saved()
    period = plan.period or default_period()
    ctx.fields = (PERIOD_START, PERIOD_END)
    start = ask(PERIOD_START, period.start, "period")
    ctx.record = {"start": start}
    end = ask(PERIOD_END, period.end if period.end >= start else None, "period")
    ctx.record, ctx.fields = {}, ()
    plan.period = Period(start, end)
    saved()
    plan.title = ask(TITLE, plan.title or default_title(plan.period, lang), "title")
    saved()
    if "currency" not in skip:
        plan.currency = ask_currency(ctx, plan.currency or COMMON_CURRENCIES[0])
    saved()


def ask_currency(ctx: AskContext, current: str) -> str:
    """The currency: the common ones to pick from, any other ISO 4217 code typed (``ISK``)."""
    lang, p = ctx.lang, ctx.prompter
    choices = [(code, code) for code in dict.fromkeys([*COMMON_CURRENCIES, current])]
    choices.append(("", t(lang, "ask.currency_other")))
    picked = p.select(t(lang, "ask.currency"), choices, default=current)
    if picked:
        return picked

    def check(text: str) -> str | None:
        try:
            parse_currency(text)
        except ValueProblemError as e:
            return t(lang, e.key, **e.params)
        return None

    return parse_currency(p.text(t(lang, "ask.currency_code"), validate=check))


# --- the use cases ----------------------------------------------------------------


def new_plan(
    path: Path,
    qset: QuestionSet,
    prompter: Prompter,
    console: Console,
    lang: Lang,
    seed: Plan | None = None,
    seed_keys: frozenset[str] = frozenset(),
) -> bool:
    """``smart new``: ask language and metadata, create the file at once, then walk the phases.

    Args:
        seed: Answers from ``--from``; only what it lacks is asked.
        seed_keys: The metadata keys the answers file gave (not asked again).

    Returns:
        Whether every question is answered at the end.

    Raises:
        SmartError: The plan file already exists.
        InterviewStopped: Ctrl-C or Ctrl-D; the answers given are saved.
    """
    if path.exists():
        raise SmartError("error.plan_exists", path=str(path))
    plan = seed or Plan(language=lang)
    with stop_on_interrupt(None):
        if "language" not in seed_keys:
            choices = [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES]
            lang = prompter.select(t(lang, "ask.language"), choices, default=lang)  # type: ignore[assignment]
        else:
            lang = plan.language
    prompter.lang = plan.language = lang
    ACTIVE_LANG.set(lang)
    session = Session(path, plan, qset, lang)
    session.ask_when_changed(prompter, console)
    say(console, lang, "ask.meta_intro", path=path)
    try:
        ask_metadata(session, session.context(prompter, console), skip=seed_keys)
    except (KeyboardInterrupt, EOFError):
        raise InterviewStopped(path if session.text is not None else None) from None
    session.save()
    say(console, lang, "ask.created", "green", path=path)
    return run_interview(session, prompter, console)


def write_from_answers(
    path: Path, qset: QuestionSet, console: Console, seed: Plan, lang: Lang
) -> list[tuple[Phase, Question]]:
    """``smart new --no-input``: write the plan from an answers file and list what is still open.

    Raises:
        SmartError: The plan exists already, or the answers lack the company's name.
    """
    if path.exists():
        raise SmartError("error.plan_exists", path=str(path))
    if is_empty(seed.company):
        raise SmartError("error.company_missing", path=str(path))
    seed.period = seed.period or default_period()
    seed.title = seed.title or default_title(seed.period, seed.language)
    session = Session(path, seed, qset, lang)
    session.save()
    say(console, lang, "flow.written", path=path)
    missing = unanswered(seed, qset)
    if missing:
        say(console, lang, "flow.unanswered_title", count=len(missing))
        for phase, question in missing:
            console.print(f"  {phase.id}.{question.id}: {escape(question.prompt(lang))}", soft_wrap=True)
    return missing


def resume_plan(session: Session, prompter: Prompter, console: Console) -> bool:
    """``smart resume``: continue at the first question not dealt with yet.

    Returns:
        Whether every question is answered at the end.
    """
    prompter.lang = session.lang
    session.ask_when_changed(prompter, console)
    given = _metadata_given(session.plan)
    if len(given) < 4:  # stopped while the plan's details were asked
        say(console, session.lang, "flow.meta_missing", path=session.path)
        with stop_on_interrupt(session.path):
            ask_metadata(session, session.context(prompter, console), skip=given)
    return run_interview(session, prompter, console, resuming=True)


def _metadata_given(plan: Plan) -> frozenset[str]:
    """The plan's details already answered; they are asked in order, so the currency only after the title."""
    given = {key for key, value in (("company", plan.company), ("title", plan.title)) if not is_empty(value)}
    if plan.period is not None:
        given.add("period")
    if "title" in given:
        given.add("currency")
    return frozenset(given)

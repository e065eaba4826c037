"""The interview: starting a plan, walking the five phases, resuming and editing, saving every answer.

These are the use cases behind ``smart new``, ``smart resume`` and ``smart
edit``. They take a prompter and a console, raise :mod:`smartcli.errors`
exceptions, and never exit the process, so a test or another program can call
them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table

from smartcli.errors import InterviewStopped, SmartError
from smartcli.i18n import ACTIVE_LANG, Lang, t, tn
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.details import (
    default_period,
    default_title,
    language_step,
    metadata_steps,
    nothing_before,
    walk_here,
)
from smartcli.interview.navigation import GoBack, Step, walk
from smartcli.interview.panel import print_earlier
from smartcli.interview.position import (
    applicable,
    counted,
    first_open,
    following,
    for_review,
    interrupted,
    previous,
    ranks,
    route,
    skipped,
    unanswered,
)
from smartcli.interview.prompts import Prompter
from smartcli.interview.records import ask_list, ask_records
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import Phase, Plan, Question, QuestionSet, is_answered, is_empty

__all__ = ["applicable", "default_period", "default_title", "first_open", "skipped", "unanswered"]
"""Found here by callers, though at home in details and position."""


@contextmanager
def stop_on_interrupt(path: Path | None) -> Iterator[None]:
    """Turn Ctrl-C and Ctrl-D at a prompt into :class:`InterviewStopped` (answers are already saved)."""
    try:
        yield
    except (KeyboardInterrupt, EOFError):
        raise InterviewStopped(path) from None


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
    questions = counted(phase, plan.answers)
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
    print_earlier(console, question, plan, qset, lang)  # from situation to strategy: what it builds on


def print_summary(session: Session, console: Console, *, quick: bool = False) -> None:
    """Completeness per phase, the open points, and what to do next (after the short route: its end)."""
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
    if quick and first_open(plan, qset.quick_route()) is None:
        say(console, lang, "flow.quick_done", count=len(open_points), path=path)
    later = for_review(plan, qset)
    if later:  # what was reached and learned: a new plan has nothing to say yet
        key = "flow.review_later.one" if len(later) == 1 else "flow.review_later"
        say(console, lang, key, count=len(later), ids=", ".join(q.id for q in later), path=path)
    if first_open(plan, route(plan, qset)) is not None:
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
    from_end: bool = False,
) -> None:
    """Show one question with its position and help, ask it, and save the answer.

    With `continuing`, a list or records question goes on from its last item
    instead of offering the existing ones again. With `from_end` (going back
    into the question), a list or records question starts at its last prompt.

    Raises:
        GoBack: The user went back from the question's first prompt (only when ``ctx.back``).
    """
    plan, lang = session.plan, session.lang
    _print_question(ctx.console, phase, question, plan, session.qset, lang)
    current = plan.answers.get(question.id)

    def store(value: Any) -> None:
        plan.answers[question.id] = value
        session.save()

    if question.type == "list":
        existing = current if isinstance(current, list) else None
        ask_list(ctx, question, existing, store, continuing=continuing, from_end=from_end)
    elif question.type == "records":
        records = current if isinstance(current, list) else None
        ask_records(
            ctx, question, records, store, review_existing=editing, continuing=continuing, from_end=from_end
        )
    else:
        store(ask_value(ctx, question, current))


def run_interview(
    session: Session,
    prompter: Prompter,
    console: Console,
    *,
    resuming: bool = False,
    before: Callable[[], None] | None = None,
    quick: bool = False,
) -> bool:
    """Ask every open question, phase by phase, saving each answer as it is given.

    At the end of each phase the user may go on or stop. Shift-Tab goes back
    to the question before (asked again with its answer as the default), from
    the first question into `before` (the plan's details, asked from their
    end); walking forward again re-asks the questions gone back over. With
    `quick`, only the short route's questions are walked; the rest stay open.

    Returns:
        Whether the walk has no open questions left (the short route's, with `quick`).
    """
    plan = session.plan
    qset = route(plan, session.qset, quick=quick)
    ctx = session.context(prompter, console)
    ctx.back = True
    order = ranks(qset)
    start = first_open(plan, qset)
    current, continuing = start, False
    if start is None:
        done = "flow.all_answered_now" if for_review(plan, session.qset) else "flow.all_answered"
        say(console, session.lang, "flow.quick_answered" if quick else done, path=session.path)
    elif resuming:
        questions = counted(start[0], plan.answers)
        say(
            console, session.lang, "flow.resuming", path=session.path, number=start[0].number,
            total=len(qset.phases), title=start[0].title(session.lang),
            index=questions.index(start[1]) + 1, count=len(questions),
        )  # fmt: skip
        stopped = interrupted(plan, qset, start[1])
        if stopped is not None:
            say(console, session.lang, "flow.continuing", question=stopped[1].prompt(session.lang))
            current, continuing = stopped, True
    furthest = order[start[1].id] if start is not None else len(order)
    from_end = False
    shown: Phase | None = None
    with stop_on_interrupt(session.path):
        while True:
            lang = ctx.lang = session.lang  # going back into the details may change it
            if current is None:  # past the last question
                try:
                    if resuming:
                        _offer_skipped(session, ctx, prompter, qset)
                    break
                except GoBack:
                    current, from_end = previous(plan, qset, None), True
                    if current is None:
                        nothing_before(console, lang)
                        continue
            phase, question = current
            if phase is not shown and not from_end:
                _print_phase_intro(console, phase, qset, lang)
            shown = phase
            revisit = not continuing and not from_end and is_answered(question, plan.answers)
            try:
                ask_question(
                    session, ctx, phase, question, editing=False,
                    continuing=continuing or (revisit and question.type == "list"), from_end=from_end,
                )  # fmt: skip
            except GoBack:
                continuing = False
                earlier = previous(plan, qset, question)
                if earlier is not None:
                    current, from_end = earlier, True
                elif before is not None:
                    before()
                    shown, from_end = None, False
                else:
                    nothing_before(console, lang)
                    from_end = False
                continue
            continuing = from_end = False
            furthest = max(furthest, order[question.id])
            upcoming = following(plan, qset, question, furthest)
            if upcoming is not None and upcoming[0] is not phase and order[upcoming[1].id] > furthest:
                try:
                    go_on = prompter.confirm(
                        t(lang, "flow.continue", number=phase.number, next_number=upcoming[0].number,
                          next_title=upcoming[0].title(lang)),
                        default=True, back=True,
                    )  # fmt: skip
                except GoBack:
                    from_end = True  # back into the question just answered
                    continue
                if not go_on:
                    say(console, lang, "flow.stopped", number=phase.number, path=session.path)
                    return False
            current = upcoming
    print_summary(session, console, quick=quick)
    return first_open(plan, qset) is None


def _offer_skipped(session: Session, ctx: AskContext, prompter: Prompter, route: QuestionSet) -> None:
    """At the end of ``smart resume``: offer the skipped questions of `route` once more, in order.

    Raises:
        GoBack: The user went back from the offer (to the last question).
    """
    left = skipped(session.plan, route)
    while left:
        if not prompter.confirm(tn(session.lang, "flow.offer_skipped", len(left)), default=True, back=True):
            return
        steps = [_question_step(session, ctx, phase, question) for phase, question in left]
        try:
            walk(steps)
            return
        except GoBack:
            continue  # back to the offer


def _question_step(session: Session, ctx: AskContext, phase: Phase, question: Question) -> Step:
    def step(from_end: bool) -> None:
        ask_question(session, ctx, phase, question, editing=False, from_end=from_end)

    return step


# --- the use cases ----------------------------------------------------------------


def new_plan(
    path: Path,
    qset: QuestionSet,
    prompter: Prompter,
    console: Console,
    lang: Lang,
    seed: Plan | None = None,
    seed_keys: frozenset[str] = frozenset(),
    *,
    quick: bool = False,
    asked: Lang | None = None,
) -> bool:
    """``smart new``: ask language and metadata, create the file at once, then walk the phases.

    Args:
        seed: Answers from ``--from``; only what it lacks is asked.
        seed_keys: The metadata keys the answers file gave (not asked again,
            unless the user goes back to them).
        quick: Walk only the short route (``--quick``); ``smart resume`` asks the rest.
        asked: The language, when the user already chose it (the first prompt).

    Returns:
        Whether every question is answered at the end.

    Raises:
        SmartError: The plan file already exists.
        InterviewStopped: Ctrl-C or Ctrl-D; the answers given are saved.
    """
    if path.exists():
        raise SmartError("error.plan_exists", path=str(path))
    plan = seed or Plan(language=lang)
    if "language" in seed_keys:
        lang = plan.language
    prompter.lang = plan.language = lang
    ACTIVE_LANG.set(lang)
    session = Session(path, plan, qset, lang)
    session.ask_when_changed(prompter, console)
    ctx = session.context(prompter, console)
    ctx.back = True
    choose_language = language_step(session, ctx, asked)
    first: list[Step] = [choose_language] if "language" not in seed_keys else []
    if not first:
        say(console, lang, "ask.meta_intro", path=path)
    try:
        walk_here([*first, *metadata_steps(session, ctx, skip=seed_keys)], console, lang)
    except (KeyboardInterrupt, EOFError):
        raise InterviewStopped(path if session.text is not None else None) from None
    session.save()
    say(console, session.lang, "ask.created", "green", path=path)

    def details() -> None:  # going back from the first question: everything, the language too
        walk_here([choose_language, *metadata_steps(session, ctx)], console, session.lang, from_end=True)

    return run_interview(session, prompter, console, before=details, quick=quick)


def write_from_answers(
    path: Path, qset: QuestionSet, console: Console, seed: Plan, lang: Lang, source: Path | None = None
) -> list[tuple[Phase, Question]]:
    """``smart new --no-input``: write the plan from an answers file and list what is still open.

    Args:
        source: The answers file, named when it lacks something.

    Raises:
        SmartError: The plan exists already, or the answers lack the company's name.
    """
    if path.exists():
        raise SmartError("error.plan_exists", path=str(path))
    if is_empty(seed.company):
        raise SmartError("error.company_missing", path=str(source or path))
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


def resume_plan(session: Session, prompter: Prompter, console: Console, *, quick: bool = False) -> bool:
    """``smart resume``: continue at the first question not dealt with yet.

    With `quick` (``smart resume --quick``), only the short route's open
    questions are asked: a short route stopped part-way is finished first.

    Returns:
        Whether every question is answered at the end.
    """
    prompter.lang = session.lang
    session.ask_when_changed(prompter, console)
    ctx = session.context(prompter, console)
    ctx.back = True
    given = _metadata_given(session.plan)
    if len(given) < 4:  # stopped while the plan's details were asked
        say(console, session.lang, "flow.meta_missing", path=session.path)
        with stop_on_interrupt(session.path):
            walk_here(metadata_steps(session, ctx, skip=given), console, session.lang)

    def details() -> None:
        walk_here(metadata_steps(session, ctx), console, session.lang, from_end=True)

    return run_interview(session, prompter, console, resuming=True, before=details, quick=quick)


def _metadata_given(plan: Plan) -> frozenset[str]:
    """The plan's details already answered; they are asked in order, so the currency only after the title."""
    given = {key for key, value in (("company", plan.company), ("title", plan.title)) if not is_empty(value)}
    if plan.period is not None:
        given.add("period")
    if "title" in given:
        given.add("currency")
    return frozenset(given)

"""``smart track``, ``review`` and ``next``: the living cycle's commands."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli import common
from smartcli.cli.common import LangOpt, app, help_text, run
from smartcli.errors import SmartError

if TYPE_CHECKING:
    from rich.console import Console


@app.command(help=help_text("track"))
def track(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    objective: Annotated[
        str | None, typer.Option("--objective", help=help_text("objective"), show_default=False)
    ] = None,
    value: Annotated[str | None, typer.Option("--value", help=help_text("value"), show_default=False)] = None,
    date: Annotated[str | None, typer.Option("--date", help=help_text("date"), show_default=False)] = None,
    note: Annotated[str | None, typer.Option("--note", help=help_text("note"), show_default=False)] = None,
    confidence: Annotated[
        str | None, typer.Option("--confidence", help=help_text("confidence"), show_default=False)
    ] = None,
    from_csv: Annotated[
        Path | None,
        typer.Option("--from-csv", help=help_text("from_csv"), show_default=False, metavar="FILE"),
    ] = None,
    replace: Annotated[bool, typer.Option("--replace", help=help_text("replace"))] = False,
    lang: LangOpt = None,
) -> None:
    """Record a measurement."""

    def use_case(console: "Console") -> None:
        import datetime as dt

        from smartcli.cycle.tracking import Reading, given_by_options, import_csv, record
        from smartcli.interview.session import open_session
        from smartcli.plan.questionset import shipped_question_set

        session = open_session(plan, shipped_question_set(), console, lang)
        if from_csv is not None:
            import_csv(session, from_csv, console, replace=replace)
            return
        given = given_by_options(
            session.lang, objective=objective, value=value, date=date, note=note, confidence=confidence
        )
        if objective is not None and "value" in given:
            reading = Reading(
                objective, given.get("date") or dt.date.today(), given["value"], note, confidence
            )
            record(session, reading, console, replace=replace)
            return
        if not common.stdin_is_interactive():
            raise SmartError("track.needs_value") if objective else common.no_terminal("track", session.lang)
        from smartcli.cycle.tracking import track_interactively
        from smartcli.interview.flow import stop_on_interrupt
        from smartcli.interview.prompts import QuestionaryPrompter

        with stop_on_interrupt(session.path):
            track_interactively(session, QuestionaryPrompter(session.lang), console, given, replace=replace)

    run(lang, use_case, writes=plan, command="track")


@app.command(help=help_text("review"))
def review(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    lang: LangOpt = None,
) -> None:
    """Hold a review."""

    def use_case(console: "Console") -> None:
        from smartcli.interview.session import open_session
        from smartcli.plan.questionset import shipped_question_set

        session = open_session(plan, shipped_question_set(), console, lang)
        common.require_terminal("review", session.lang)
        from smartcli.cycle.review import run_review
        from smartcli.interview.prompts import QuestionaryPrompter

        run_review(session, QuestionaryPrompter(session.lang), console)

    run(lang, use_case, writes=plan, command="review")


@app.command(name="next", help=help_text("next"))
def next_cycle(
    plan: Annotated[
        Path | None, typer.Argument(help=help_text("plan_of_next"), show_default=False, metavar="PLAN")
    ] = None,
    new_plan: Annotated[
        Path | None, typer.Argument(help=help_text("new_plan"), show_default=False, metavar="NEW_PLAN")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help=help_text("period"), show_default=False, metavar="START:END"),
    ] = None,
    abandon: Annotated[
        str | None, typer.Option("--abandon", help=help_text("abandon"), show_default=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Start the next planning cycle (``smart next NEW`` starts it from plan.yaml)."""
    if new_plan is None:  # one file given: the new plan, from plan.yaml
        plan, new_plan = None, plan
    old_plan = plan or Path("plan.yaml")

    def use_case(console: "Console") -> None:
        from smartcli.cycle.nextcycle import parse_period, start_next_cycle
        from smartcli.interview.session import open_session
        from smartcli.plan.questionset import shipped_question_set

        if new_plan is None:
            raise SmartError("next.needs_new_plan")
        session = open_session(old_plan, shipped_question_set(), console, lang)
        new_period = parse_period(period, session.lang) if period is not None else None
        dropped = frozenset(part.strip() for part in (abandon or "").split(",") if part.strip())
        start_next_cycle(session, new_plan, console, period=new_period, abandon=dropped)

    run(lang, use_case, writes=new_plan, command="next", creates=True)

"""``smart new``, ``resume`` and ``edit``: the commands that ask the questions."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli import common, completing
from smartcli.cli.common import LangOpt, app, help_text, run
from smartcli.errors import SmartError
from smartcli.i18n import Lang, resolve_lang

if TYPE_CHECKING:
    from rich.console import Console


@app.command(help=help_text("new"))
def new(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    lang: LangOpt = None,
    from_: Annotated[
        Path | None, typer.Option("--from", help=help_text("from"), show_default=False, metavar="FILE")
    ] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help=help_text("no_input"))] = False,
    example: Annotated[bool, typer.Option("--example", help=help_text("example"))] = False,
    quick: Annotated[bool, typer.Option("--quick", help=help_text("quick"))] = False,
) -> None:
    """Start a new plan."""

    def use_case(console: "Console") -> None:
        language = resolve_lang(lang)
        if example:
            if from_ is not None or no_input or quick:
                raise SmartError("error.example_alone")
            from smartcli.interview.example import write_example

            write_example(plan, language, console)
            return
        if no_input and from_ is None:
            raise SmartError("error.no_input_needs_from")
        if no_input and quick:
            raise SmartError("error.quick_no_input")
        asked = None
        if not no_input:
            common.require_terminal("new", language)
            if from_ is None:  # the first question before the question sets and the interview load
                asked = _first_question(plan, language)
        from smartcli.plan.planfile import load_answers
        from smartcli.plan.questionset import shipped_question_set

        qset = shipped_question_set()
        seed, keys = load_answers(from_, qset, language) if from_ is not None else (None, frozenset[str]())
        if lang is not None and seed is not None:  # --lang wins over the file
            seed.language, keys = language, keys | {"language"}
        if no_input:
            from smartcli.interview.flow import write_from_answers

            assert seed is not None
            write_from_answers(plan, qset, console, seed, resolve_lang(lang, seed.language), from_)
            return
        from smartcli.interview.flow import new_plan
        from smartcli.interview.prompts import QuestionaryPrompter

        new_plan(
            plan, qset, QuestionaryPrompter(language), console, language, seed, keys, quick=quick, asked=asked
        )

    run(lang, use_case, writes=plan, command="new", creates=True)


def _first_question(plan: Path, language: Lang) -> Lang:
    """Ask the plan's language at once: the rest of the interview loads while the user reads it."""
    from smartcli.errors import InterviewStopped
    from smartcli.interview.prompts import QuestionaryPrompter, pick_language

    if plan.exists():
        raise SmartError("error.plan_exists", path=str(plan))
    try:
        return pick_language(QuestionaryPrompter(language), language)
    except (KeyboardInterrupt, EOFError):
        raise InterviewStopped(None) from None


@app.command(help=help_text("resume"))
def resume(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    lang: LangOpt = None,
    quick: Annotated[bool, typer.Option("--quick", help=help_text("resume_quick"))] = False,
) -> None:
    """Continue a plan."""

    def use_case(console: "Console") -> None:
        from smartcli.interview.session import open_session
        from smartcli.plan.questionset import shipped_question_set

        session = open_session(plan, shipped_question_set(), console, lang)
        common.require_terminal("resume", session.lang)
        from smartcli.interview.flow import resume_plan
        from smartcli.interview.prompts import QuestionaryPrompter

        resume_plan(session, QuestionaryPrompter(session.lang), console, quick=quick)

    run(lang, use_case, writes=plan, command="resume")


@app.command(help=help_text("edit"))
def edit(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    phase: Annotated[
        str | None,
        typer.Option(
            "--phase",
            "-p",
            help=help_text("phase"),
            show_default=False,
            autocompletion=completing.offer(completing.phases),
        ),
    ] = None,
    question: Annotated[
        str | None,
        typer.Option(
            "--question",
            "-q",
            help=help_text("question"),
            show_default=False,
            autocompletion=completing.offer(completing.questions),
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Change answers in a plan."""

    def use_case(console: "Console") -> None:
        from smartcli.interview.edit import find_phase, find_question
        from smartcli.interview.session import open_session
        from smartcli.plan.questionset import shipped_question_set

        qset = shipped_question_set()
        if phase is not None:
            find_phase(qset, phase)  # a wrong name fails before the plan is opened
        if question is not None:
            find_question(qset, question)
        session = open_session(plan, qset, console, lang)
        common.require_terminal("edit", session.lang)
        from smartcli.interview.edit import edit_plan
        from smartcli.interview.prompts import QuestionaryPrompter

        edit_plan(session, QuestionaryPrompter(session.lang), console, phase_name=phase, question_id=question)

    run(lang, use_case, writes=plan, command="edit")

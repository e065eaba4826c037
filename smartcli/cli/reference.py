"""``smart questions`` and ``smart schema``: the question set for people and for editors, no plan needed."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli import completing
from smartcli.cli.common import LangOpt, NoPagerOpt, app, help_text, run
from smartcli.errors import SmartError
from smartcli.i18n import resolve_lang

if TYPE_CHECKING:
    from rich.console import Console

QUESTIONS_FORMATS = ("text", "md", "html")


@app.command(help=help_text("questions"))
def questions(
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=help_text("questions_format"),
            autocompletion=completing.offer(completing.choices(*QUESTIONS_FORMATS)),
        ),
    ] = "text",
    lang: LangOpt = None,
    no_pager: NoPagerOpt = False,
) -> None:
    """List every question id, or print a blank questionnaire."""

    def use_case(console: "Console") -> None:
        from smartcli.interview.questionnaire import (
            print_questions,
            questionnaire_html,
            questionnaire_markdown,
        )
        from smartcli.plan.questionset import shipped_question_set

        if output_format not in QUESTIONS_FORMATS:
            raise SmartError(
                "questions.bad_format", value=output_format, formats=", ".join(QUESTIONS_FORMATS)
            )
        language = resolve_lang(lang)
        if output_format == "md":
            sys.stdout.write(questionnaire_markdown(shipped_question_set(), language))
        elif output_format == "html":
            sys.stdout.write(questionnaire_html(shipped_question_set(), language))
        else:
            print_questions(shipped_question_set(), console, language)

    run(lang, use_case, paged=not no_pager)


@app.command(help=help_text("schema"))
def schema(lang: LangOpt = None, no_pager: NoPagerOpt = False) -> None:
    """Print the JSON Schema of the plan file."""

    def use_case(console: "Console") -> None:
        import json

        from smartcli.plan.questionset import shipped_question_set
        from smartcli.plan.schema import plan_schema

        document = plan_schema(shipped_question_set(), resolve_lang(lang))
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")

    run(lang, use_case, paged=not no_pager)

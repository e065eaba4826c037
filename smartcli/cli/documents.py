"""``smart report``: the plan as a document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli.common import LangOpt, PlanArg, app, help_text, run
from smartcli.i18n import resolve_lang

if TYPE_CHECKING:
    from rich.console import Console


@app.command(help=help_text("report"))
def report(
    plan: PlanArg,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=help_text("output"), show_default=False, metavar="FILE"),
    ] = None,
    lang: LangOpt = None,
    template: Annotated[
        Path | None,
        typer.Option("--template", help=help_text("template"), show_default=False, metavar="FILE"),
    ] = None,
) -> None:
    """Write the strategy report."""

    def use_case(console: Console) -> None:
        from smartcli.plan.planfile import load_plan
        from smartcli.plan.questionset import shipped_question_set
        from smartcli.report.render import render_report
        from smartcli.report.writing import check_destination, deliver_report

        qset = shipped_question_set()
        loaded = load_plan(plan, qset, resolve_lang(lang))
        language = resolve_lang(lang, loaded.plan.language)
        if output is not None:
            check_destination(output, plan, template)
        text = render_report(loaded.plan, qset, language, template=template, source=plan.name)
        deliver_report(text, output, console, language)

    run(lang, use_case)

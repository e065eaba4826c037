"""``smart report``: the plan as a document."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli import completing
from smartcli.cli.common import LangOpt, NoPagerOpt, app, help_text, run
from smartcli.errors import SmartError
from smartcli.i18n import resolve_lang

if TYPE_CHECKING:
    from rich.console import Console


@app.command(help=help_text("report"))
def report(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=help_text("output"), show_default=False, metavar="FILE"),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=help_text("report_format"),
            show_default=False,
            metavar="FORMAT",
            autocompletion=completing.offer(completing.choices("md", "html", "pdf", "docx")),
        ),
    ] = None,
    lang: LangOpt = None,
    template: Annotated[
        Path | None,
        typer.Option("--template", help=help_text("template"), show_default=False, metavar="FILE"),
    ] = None,
    no_pager: NoPagerOpt = False,
) -> None:
    """Write the strategy report."""

    def use_case(console: "Console") -> None:
        from smartcli.plan.planfile import load_plan
        from smartcli.plan.questionset import shipped_question_set
        from smartcli.report import writing

        fmt = writing.report_format(output_format, output)
        if template is not None and fmt != "md":
            raise SmartError("error.template_md_only", format=fmt)
        qset = shipped_question_set()
        loaded = load_plan(plan, qset, resolve_lang(lang))
        language = resolve_lang(lang, loaded.plan.language)
        if output is not None:
            writing.check_destination(output, plan, template)
        if fmt == "md":
            from smartcli.report.render import render_report

            text = render_report(loaded.plan, qset, language, template=template, source=plan.name)
            writing.deliver_report(text, output, console, language)
            return
        from smartcli.report.render import render_html

        document = render_html(loaded.plan, qset, language)
        data: str | bytes = document.html
        if fmt == "pdf":
            from smartcli.report.pdf import render_pdf

            data = render_pdf(document)
        elif fmt == "docx":
            from smartcli.report.word import render_docx

            data = render_docx(document)
        writing.deliver_document(data, output, console, language)

    run(lang, use_case, paged=output is None and not no_pager)

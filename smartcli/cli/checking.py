"""``smart check`` and ``smart status``: holding plans to the method, and where they stand."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli import completing
from smartcli.cli.common import LangOpt, NoPagerOpt, app, help_text, run
from smartcli.errors import ExitCode, SmartError
from smartcli.i18n import resolve_lang

if TYPE_CHECKING:
    from rich.console import Console

CHECK_FORMATS = completing.choices("text", "json", "github")
STATUS_FORMATS = completing.choices("text", "md", "json")
SEVERITIES = completing.choices("error", "warning", "info", "todo")


@app.command(help=help_text("check"))
def check(
    paths: Annotated[list[Path], typer.Argument(help=help_text("paths"), show_default=False)],
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help=help_text("format"), autocompletion=completing.offer(CHECK_FORMATS)
        ),
    ] = "text",
    fail_on: Annotated[
        str, typer.Option("--fail-on", help=help_text("fail_on"), autocompletion=completing.offer(SEVERITIES))
    ] = "error",
    complete: Annotated[bool, typer.Option("--complete", help=help_text("complete"))] = False,
    skip_non_plans: Annotated[
        bool, typer.Option("--skip-non-plans", help=help_text("skip_non_plans"))
    ] = False,
    lang: LangOpt = None,
    no_pager: NoPagerOpt = False,
) -> None:
    """Check plans."""

    def use_case(console: "Console") -> int:
        import json
        import re

        from smartcli.check.findings import SEVERITIES, at_least
        from smartcli.check.runner import check_paths, to_github, to_json
        from smartcli.check.show import print_findings
        from smartcli.plan.questionset import shipped_question_set

        if fail_on not in SEVERITIES:
            raise SmartError("check.bad_severity", value=fail_on)
        if output_format not in ("text", "json", "github"):
            raise SmartError("check.bad_format", value=output_format)
        language = resolve_lang(lang)
        qset = shipped_question_set()
        results = check_paths(paths, qset, lang, skip_non_plans=skip_non_plans, complete=complete)
        if output_format == "json":
            text = json.dumps(to_json(results), ensure_ascii=False, indent=2, default=str)
            # json escapes C0 controls but not DEL and C1 (a CSI is U+009B): escape those too,
            # so the same data reaches a program and nothing reaches a terminal.
            sys.stdout.write(re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
        elif output_format == "github":
            sys.stdout.writelines(line + "\n" for line in to_github(results))
        else:
            print_findings(results, qset, console, language, "todo")
        if any(r.unreadable for r in results):
            return int(ExitCode.USAGE)
        failing = any(at_least(f.severity, fail_on) for r in results for f in r.findings)
        return int(ExitCode.FINDINGS if failing else ExitCode.OK)

    code = run(lang, use_case, paged=not no_pager)
    raise typer.Exit(code)


@app.command(help=help_text("status"))
def status(
    paths: Annotated[
        list[Path] | None, typer.Argument(help=help_text("status_paths"), show_default=False)
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help=help_text("status_format"), autocompletion=completing.offer(STATUS_FORMATS)
        ),
    ] = "text",
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help=help_text("status_fail_on"),
            show_default=False,
            autocompletion=completing.offer(SEVERITIES),
        ),
    ] = None,
    lang: LangOpt = None,
    no_pager: NoPagerOpt = False,
) -> None:
    """Show where a plan stands, or every plan under some folders."""

    def use_case(console: "Console") -> int:
        import datetime as dt

        from smartcli.check.findings import SEVERITIES
        from smartcli.plan.questionset import shipped_question_set

        if output_format not in ("text", "md", "json"):
            raise SmartError("overview.bad_format", value=output_format)
        if fail_on is not None and fail_on not in SEVERITIES:
            raise SmartError("check.bad_severity", value=fail_on)
        targets = paths or [Path("plan.yaml")]
        qset = shipped_question_set()
        if len(targets) == 1 and not targets[0].is_dir() and output_format == "text" and fail_on is None:
            from smartcli.check.runner import check_plan
            from smartcli.plan.planfile import load_plan
            from smartcli.report.status import print_status

            loaded = load_plan(targets[0], qset, resolve_lang(lang))
            language = resolve_lang(lang, loaded.plan.language)
            print_status(loaded.plan, qset, check_plan(targets[0], qset, language), console, language)
            return int(ExitCode.OK)
        from smartcli.portfolio.commands import show_overview

        return show_overview(targets, qset, console, lang, output_format, fail_on, dt.date.today())

    raise typer.Exit(run(lang, use_case, paged=not no_pager))

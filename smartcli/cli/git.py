"""``smart diff``, ``log`` and ``git-setup``, and git's drivers: the commands for plans in git."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli import common, completing
from smartcli.cli.common import LangOpt, NoPagerOpt, app, help_text, run
from smartcli.errors import SmartError
from smartcli.i18n import resolve_lang

if TYPE_CHECKING:
    from rich.console import Console


@app.command(help=help_text("diff"))
def diff(
    old: Annotated[str, typer.Argument(help=help_text("diff_old"), show_default=False)],
    new: Annotated[str | None, typer.Argument(help=help_text("diff_new"), show_default=False)] = None,
    rev: Annotated[str | None, typer.Option("--rev", help=help_text("rev"), show_default=False)] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=help_text("diff_format"),
            autocompletion=completing.offer(completing.choices("text", "md", "json")),
        ),
    ] = "text",
    lang: LangOpt = None,
    no_pager: NoPagerOpt = False,
) -> None:
    """Show what changed between two versions of a plan."""

    def use_case(console: "Console") -> None:
        from smartcli.plan.questionset import shipped_question_set
        from smartcli.vcs.diffing import diff_plans
        from smartcli.vcs.history import compare, diff_json, diff_markdown, dump_json, print_diff

        if output_format not in ("text", "md", "json"):
            raise SmartError("diff.bad_format", value=output_format)
        qset = shipped_question_set()
        before, after = compare(old, new, qset, resolve_lang(lang), rev)
        language = resolve_lang(lang, after.plan.language)
        changes = diff_plans(before.plan, after.plan, qset, language)
        if output_format == "json":
            sys.stdout.write(dump_json(diff_json(before, after, changes)))
        elif output_format == "md":
            sys.stdout.write(diff_markdown(before, after, changes, qset, language))
        else:
            print_diff(before, after, changes, qset, console, language)

    run(lang, use_case, paged=not no_pager)


@app.command(help=help_text("log"))
def log(
    plan: Annotated[Path, typer.Argument(help=help_text("plan"))] = Path("plan.yaml"),
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help=help_text("limit"), show_default=False)
    ] = None,
    lang: LangOpt = None,
    no_pager: NoPagerOpt = False,
) -> None:
    """Show a plan's history from git."""

    def use_case(console: "Console") -> None:
        from smartcli.plan.questionset import shipped_question_set
        from smartcli.vcs.history import plan_log, print_log

        print_log(plan_log(plan, shipped_question_set(), lang, limit), console)

    run(lang, use_case, paged=not no_pager)


@app.command(help=help_text("textconv"), hidden=True)
def textconv(file: Annotated[Path, typer.Argument(show_default=False)]) -> None:
    """git's textconv driver: a plan as one labelled line per answer; any other file as it is."""

    def use_case(console: "Console") -> None:
        from smartcli.vcs.textconv import textconv_bytes

        sys.stdout.buffer.write(textconv_bytes(file))
        sys.stdout.buffer.flush()

    run(None, use_case)


@app.command(name="merge-driver", help=help_text("merge_driver"), hidden=True)
def merge_driver(
    base: Annotated[Path, typer.Argument(show_default=False)],
    ours: Annotated[Path, typer.Argument(show_default=False)],
    theirs: Annotated[Path, typer.Argument(show_default=False)],
    name: Annotated[str | None, typer.Argument(show_default=False)] = None,
) -> None:
    """git's merge driver: merge plans by answer and record id; exit 1 when conflicts remain."""

    def use_case(console: "Console") -> int:
        from smartcli.vcs.drivers import merge_files

        return merge_files(base, ours, theirs, name or str(ours), common.make_console(stderr=True))

    raise typer.Exit(run(None, use_case))


@app.command(name="git-setup", help=help_text("git_setup"))
def git_setup(
    plans: Annotated[
        list[Path] | None, typer.Argument(help=help_text("git_setup_plans"), show_default=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Configure git to diff and merge plans with smart."""

    def use_case(console: "Console") -> None:
        from smartcli.vcs.drivers import setup_git

        setup_git(plans or [], console, resolve_lang(lang))

    run(lang, use_case)


def main() -> None:
    """Entry point of the ``smart`` console script."""
    app()

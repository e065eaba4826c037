"""``smart site``: every plan under some folders as a static site (the overview is ``smart status DIR``)."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartcli.cli.common import LangOpt, app, help_text, run

if TYPE_CHECKING:
    from rich.console import Console


@app.command(help=help_text("site"))
def site(
    paths: Annotated[list[Path], typer.Argument(help=help_text("site_paths"), show_default=False)],
    out: Annotated[
        Path, typer.Option("--output", "-o", help=help_text("site_out"), show_default=False, metavar="FOLDER")
    ],
    lang: LangOpt = None,
) -> None:
    """Build a static site of every plan."""

    def use_case(console: "Console") -> None:
        from smartcli.plan.questionset import shipped_question_set
        from smartcli.portfolio.commands import make_site

        make_site(paths, out, shipped_question_set(), console, lang)

    run(lang, use_case)

"""The overview and the site as the command line asks for them: formats, progress, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rich.console import Console

from smartcli.check.findings import SEVERITIES, at_least
from smartcli.errors import ExitCode
from smartcli.i18n import resolve_lang, t
from smartcli.output import say
from smartcli.plan.model import QuestionSet
from smartcli.portfolio.overview import overview, to_json
from smartcli.portfolio.show import overview_markdown, print_overview

PROGRESS_FROM = 20
"""From this many plans, a terminal shows a progress bar while they are read."""


def _with_progress(lang: str | None) -> Callable[[Iterable[Path]], Iterable[Path]]:
    def wrap(files: Iterable[Path]) -> Iterator[Path]:
        files = list(files)
        stderr = Console(stderr=True)
        if len(files) < PROGRESS_FROM or not stderr.is_terminal:
            yield from files
            return
        from rich.progress import track

        yield from track(
            files, description=t(resolve_lang(lang), "overview.reading"), console=stderr, transient=True
        )

    return wrap


def show_overview(
    paths: list[Path],
    qset: QuestionSet,
    console: Console,
    lang: str | None,
    output_format: str,
    fail_on: str | None,
    today: dt.date,
) -> int:
    """``smart status DIR…``: print the overview; 1 when a plan has findings of `fail_on` or worse.

    A plan that can't be read counts as failing too.
    """
    rows = overview(paths, qset, lang, today=today, progress=_with_progress(lang))
    language = resolve_lang(lang)
    if output_format == "json":
        sys.stdout.write(json.dumps(to_json(rows, today), ensure_ascii=False, indent=2) + "\n")
    elif output_format == "md":
        sys.stdout.write(overview_markdown(rows, language, today))
    else:
        print_overview(rows, console, language, today)
    if fail_on is None:
        return int(ExitCode.OK)
    worst = [s for s in SEVERITIES if at_least(s, fail_on)]  # type: ignore[arg-type]
    failing = any(not row.readable or any(row.findings[s] for s in worst) for row in rows)
    return int(ExitCode.FINDINGS if failing else ExitCode.OK)


def make_site(paths: list[Path], out: Path, qset: QuestionSet, console: Console, lang: str | None) -> None:
    """``smart site DIR… -o OUT``: build or update the site, and say what was done."""
    from smartcli.portfolio.site import build_site

    result = build_site(paths, out, qset, lang)
    say(console, resolve_lang(lang), "site.written", "green", out=out, built=result.built, kept=result.kept,
        removed=result.removed, index=result.index)  # fmt: skip

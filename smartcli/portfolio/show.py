"""The overview of many plans shown: a table in the terminal, or Markdown (for a pull request or a wiki)."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.i18n import MESSAGES, Lang, t, tn
from smartcli.output import inert
from smartcli.plan.values import format_date
from smartcli.portfolio.overview import COLUMNS, PlanRow, cells
from smartcli.report.markdown import cell


def _title(rows: list[PlanRow], lang: Lang, today: dt.date) -> str:
    return tn(lang, "overview.title", len(rows), date=format_date(today, lang))


def print_overview(rows: list[PlanRow], console: Console, lang: Lang, today: dt.date) -> None:
    """The overview as a table that fits the terminal (80 columns too), what needs attention first.

    The next measurement and the next review share a column; below 100 columns
    the period is left out (``--format md`` has every column in full).
    """
    from rich import box

    keys = ["plan", "period", "complete", "objectives", "next", "findings"]
    if console.width < 100:
        keys.remove("period")
    table = Table(
        title=_title(rows, lang, today),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        expand=True,
    )
    for key in keys:
        short = f"overview.short.{key}"
        heading = t(lang, short if short in MESSAGES else f"overview.col.{key}")
        ratio = {"plan": 3, "objectives": 3, "findings": 2}.get(key)
        table.add_column(heading, overflow="fold", no_wrap=ratio is None, ratio=ratio)
    for row in rows:
        shown = cells(row, lang, today)
        values: dict[str, str] = {}
        if not row.readable:
            error = escape(t(lang, "overview.unreadable_short", path=inert(str(row.path))))
            values["plan"] = f"{escape(inert(shown['plan']))}\n[red]{error}[/]"
        else:
            values["plan"] = (
                f"[bold]{escape(inert(row.company or row.shown))}[/]\n[dim]{escape(inert(row.shown))}[/]"
            )
            values["period"] = escape(shown["period_short"])
            values["complete"] = escape(shown["complete"])
            objectives = escape(shown["objectives"])
            values["objectives"] = f"[yellow]{objectives}[/]" if row.objectives["behind"] else objectives
            values["next"] = "\n".join(_next(row, lang, today))
            style = "red" if row.findings["error"] else "yellow" if row.findings["warning"] else "dim"
            values["findings"] = f"[{style}]{escape(shown['findings'])}[/]"
        table.add_row(*(values.get(key, "–" if key != "next" else "") for key in keys))
    console.print(table)


def _next(row: PlanRow, lang: Lang, today: dt.date) -> list[str]:
    """The next measurement and review, each on a line: ``måling 1.5.2027 !``."""
    lines = []
    if row.next_measurement:
        day, state = row.next_measurement
        lines.append(f"{escape(t(lang, 'overview.next.measurement'))} {_compact(day, lang)}{_mark(state)}")
    if row.next_review:
        due = "due" if row.review_due(today) else "ok"
        lines.append(
            f"{escape(t(lang, 'overview.next.review'))} {_compact(row.next_review, lang)}{_mark(due)}"
        )
    return lines or ["–"]


def _compact(day: dt.date, lang: Lang) -> str:
    """A date in a narrow column: ``1.5.2027``, ``2027-05-01``."""
    return f"{day.day}.{day.month}.{day.year}" if lang == "da" else day.isoformat()


def _mark(state: str) -> str:
    return {"due": " [yellow]![/]", "overdue": " [red]!![/]"}.get(state, "")


def overview_markdown(rows: list[PlanRow], lang: Lang, today: dt.date) -> str:
    """The overview as a GitHub-flavoured Markdown table."""
    lines = [f"## {cell(_title(rows, lang, today))}", ""]
    lines.append("| " + " | ".join(t(lang, f"overview.col.{key}") for key in COLUMNS) + " |")
    lines.append("|" + " --- |" * len(COLUMNS))
    for row in rows:
        shown = cells(row, lang, today)
        if not row.readable:
            lines.append(f"| {cell(shown['plan'])} | {cell(shown['error'])} |" + " – |" * (len(COLUMNS) - 2))
            continue
        plan = f"**{cell(row.company or row.shown)}** ({cell(row.shown)})"
        lines.append("| " + " | ".join([plan, *(str(cell(shown[key])) for key in COLUMNS[1:])]) + " |")
    return "\n".join(lines) + "\n"

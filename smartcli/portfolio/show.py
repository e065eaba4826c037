"""The overview of many plans shown: a table in the terminal, or Markdown (for a pull request or a wiki)."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.i18n import Lang, t, tn
from smartcli.output import inert
from smartcli.plan.values import format_date
from smartcli.portfolio.overview import COLUMNS, PlanRow, cells
from smartcli.report.markdown import cell


def _title(rows: list[PlanRow], lang: Lang, today: dt.date) -> str:
    return tn(lang, "overview.title", len(rows), date=format_date(today, lang))


def print_overview(rows: list[PlanRow], console: Console, lang: Lang, today: dt.date) -> None:
    """The overview as a table, what needs attention first; values never split from their units."""
    table = Table(title=_title(rows, lang, today), title_justify="left", expand=False)
    for key in COLUMNS:
        table.add_column(t(lang, f"overview.col.{key}"), overflow="fold", no_wrap=key == "complete")
    for row in rows:
        shown = cells(row, lang, today)
        if not row.readable:
            table.add_row(escape(inert(shown["plan"])), f"[red]{escape(inert(shown['error']))}[/]", *[""] * 5)
            continue
        plan = f"[bold]{escape(inert(row.company or row.shown))}[/]\n[dim]{escape(inert(row.shown))}[/]"
        findings = shown["findings"]
        style = "red" if row.findings["error"] else "yellow" if row.findings["warning"] else "dim"
        objectives = shown["objectives"]
        if row.objectives["behind"]:
            objectives = f"[yellow]{escape(objectives)}[/]"
        table.add_row(
            plan,
            escape(shown["period"]),
            escape(shown["complete"]),
            objectives,
            escape(shown["measurement"]),
            escape(shown["review"]),
            f"[{style}]{escape(findings)}[/]",
        )
    console.print(table)


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

"""``smart status``: one plan in the terminal: how complete, how the objectives stand, the top findings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.check.findings import SEVERITIES, PlanCheck
from smartcli.check.show import SEVERITY_MARK, counts_line
from smartcli.i18n import Lang, t, tn
from smartcli.output import as_typed, inert
from smartcli.plan.model import Plan, QuestionSet
from smartcli.plan.values import format_date, format_percent, format_short_date
from smartcli.report.context import build_context


def _shown(text: object) -> str:
    """Any text (an answer, a file name) as inert, escaped Rich markup: shown as it is, never obeyed."""
    return escape(inert(str(text)))


def _state_label(status: str, lang: Lang) -> str:
    colour = {"reached": "green", "on_pace": "green", "behind": "yellow", "overdue": "red"}.get(status, "dim")
    return f"[{colour}]{escape(t(lang, f'status.{status}'))}[/]"


def _bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / total) if total else 0
    return "[green]" + "█" * filled + "[/][dim]" + "░" * (width - filled) + "[/]"


def print_status(
    plan: Plan,
    qset: QuestionSet,
    result: PlanCheck,
    console: Console,
    lang: Lang,
    today: dt.date | None = None,
) -> None:
    """The overview: completeness per phase, the objectives with deadline and progress, the top findings."""
    today = today or dt.date.today()
    context = build_context(plan, qset, lang, source=result.path.name, as_of=today)
    console.print(
        f"[bold]{_shown(plan.title or result.path.name)}[/] · {_shown(plan.company)}", soft_wrap=True
    )
    if plan.period is not None:
        period = f"{format_date(plan.period.start, lang)} – {format_date(plan.period.end, lang)}"
        console.print(f"[dim]{escape(period)}[/]")
    phases = Table(title=t(lang, "status.completeness"), title_justify="left", show_header=False, box=None)
    for phase in context.phases:
        phases.add_row(
            f"{phase.number}. {_shown(phase.title)}",
            _bar(phase.answered, phase.total),
            f"{phase.answered}/{phase.total}",
        )
    console.print(phases)
    if context.objectives:
        console.print(_objectives_table(context.objectives, lang, today))
    serious = sorted(
        (f for f in result.findings if f.severity not in ("info", "todo")),
        key=lambda f: -SEVERITIES.index(f.severity),
    )
    console.print(f"[bold]{t(lang, 'status.findings')}[/]: {escape(counts_line(result, lang))}")
    for f in serious[:5]:
        console.print(f"  {SEVERITY_MARK[f.severity]} {f.code} {_shown(f.message)}", soft_wrap=True)
    if result.findings:
        more = t(lang, "status.more", path=result.path)
        console.print(f"  [dim]{_shown(as_typed(more) if console.is_terminal else more)}[/]", soft_wrap=True)


def _table_date(value: dt.date, lang: Lang) -> str:
    """A date in a table cell: ``31. okt 2027``, ``31 Oct 2027`` (short; its column never wraps)."""
    return f"{format_short_date(value, lang)} {value.year}"


def _objectives_table(objectives: list[Any], lang: Lang, today: dt.date) -> Table:
    """Each objective with its deadline, progress, state and next measurement, fitted to the terminal.

    The objective's sentence takes the room that is left (it wraps); the columns
    of short values never wrap, so a date or ``43 %`` is never split over two
    lines (rich breaks at any space, a no-break space too, so the columns are
    kept whole rather than the values). Days left go under the deadline and the
    due state under the next measurement, which leaves the sentence most of an
    80-column terminal.
    """
    table = Table(
        title=t(lang, "status.objectives"),
        title_justify="left",
        box=None,
        pad_edge=False,
        header_style="bold underline",
    )
    whole = {"no_wrap": True, "overflow": "fold"}
    table.add_column(t(lang, "status.col.id"), **whole)  # type: ignore[arg-type]
    table.add_column(t(lang, "status.col.objective"), ratio=1, min_width=16)
    table.add_column(t(lang, "status.col.deadline"), min_width=12, **whole)  # type: ignore[arg-type]
    table.add_column(t(lang, "status.col.progress"), min_width=10, **whole)  # type: ignore[arg-type]
    table.add_column(t(lang, "status.col.status"), min_width=9, max_width=11)
    table.add_column(t(lang, "status.col.next"), min_width=12, max_width=12)
    for o in objectives:
        deadline = "–"
        if o.deadline is not None:
            days = (o.deadline - today).days
            left = t(lang, "status.days_over", days=-days) if days < 0 else tn(lang, "status.days_left", days)
            deadline = f"{escape(_table_date(o.deadline, lang))}\n[dim]{escape(left)}[/]"
        progress = "–"
        if o.progress is not None:
            share = format_percent(round(o.progress * 100), lang)
            progress = f"{_bar(round(max(0.0, min(o.progress, 1.0)) * 100), 100, 10)}\n{escape(share)}"
        next_due = "–"
        if o.next_due is not None:
            next_due = escape(_table_date(o.next_due, lang))
            if o.due != "ok":
                colour = "red" if o.due == "overdue" else "yellow"
                next_due += f"\n[{colour}]{escape(t(lang, f'status.due.{o.due}'))}[/]"
        statement = o.statement or o.metric or ""
        short = statement if len(statement) <= 90 else statement[:89] + "…"
        table.add_row(_shown(o.id), _shown(short), deadline, progress, _state_label(o.status, lang), next_due)
    return table

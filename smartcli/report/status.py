"""``smart status``: one plan in the terminal: how complete, how the objectives stand, the top findings."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.check.findings import SEVERITIES, PlanCheck
from smartcli.check.show import SEVERITY_MARK, counts_line
from smartcli.i18n import Lang, t
from smartcli.output import inert
from smartcli.plan.model import Plan, QuestionSet
from smartcli.plan.values import format_date, format_percent
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
        table = Table(title=t(lang, "status.objectives"), title_justify="left")
        for key in (
            "col.id",
            "col.objective",
            "col.deadline",
            "col.days_left",
            "col.progress",
            "col.status",
            "col.next",
        ):
            table.add_column(t(lang, f"status.{key}"))
        for o in context.objectives:
            days = (o.deadline - today).days if o.deadline else None
            left = (
                "–" if days is None else (t(lang, "status.days_over", days=-days) if days < 0 else str(days))
            )
            progress = "–"
            if o.progress is not None:
                share = format_percent(round(o.progress * 100), lang)
                progress = f"{_bar(round(max(0.0, min(o.progress, 1.0)) * 100), 100, 10)} {share}"
            next_due = "–"
            if o.next_due is not None:
                next_due = escape(format_date(o.next_due, lang))
                if o.due != "ok":
                    colour = "red" if o.due == "overdue" else "yellow"
                    next_due = f"[{colour}]{next_due} · {escape(t(lang, f'status.due.{o.due}'))}[/]"
            status = _state_label(o.status, lang)
            statement = o.statement or o.metric or ""
            short = statement if len(statement) <= 48 else statement[:47] + "…"
            deadline = format_date(o.deadline, lang) if o.deadline else "–"
            table.add_row(_shown(o.id), _shown(short), deadline, left, progress, status, next_due)
        console.print(table)
    serious = sorted(
        (f for f in result.findings if f.severity not in ("info", "todo")),
        key=lambda f: -SEVERITIES.index(f.severity),
    )
    console.print(f"[bold]{t(lang, 'status.findings')}[/]: {escape(counts_line(result, lang))}")
    for f in serious[:5]:
        console.print(f"  {SEVERITY_MARK[f.severity]} {f.code} {_shown(f.message)}", soft_wrap=True)
    if result.findings:
        console.print(f"  [dim]{_shown(t(lang, 'status.more', path=result.path))}[/]", soft_wrap=True)

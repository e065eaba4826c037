"""Showing plans in the terminal: the findings of ``smart check`` and the ``smart status`` overview."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.check import Finding, PlanCheck, at_least
from smartcli.findings import SEVERITIES, Severity
from smartcli.i18n import Lang, t
from smartcli.model import PHASE_IDS, Plan, QuestionSet
from smartcli.reportdata import build_context
from smartcli.values import format_date, format_percent

_MARK: dict[Severity, str] = {"error": "[red]✗[/]", "warning": "[yellow]![/]", "info": "[blue]i[/]"}


def _phase_title(qset: QuestionSet, phase_id: str | None, lang: Lang) -> str:
    return qset.phase(phase_id).title(lang) if phase_id in PHASE_IDS else t(lang, "check.group_plan")


def counts_line(result: PlanCheck, lang: Lang) -> str:
    """``2 fejl, 1 advarsel, 3 bemærkninger`` for one plan."""
    parts = []
    for severity in reversed(SEVERITIES):
        n = result.count(severity)
        if n:
            parts.append(t(lang, f"check.count.{severity}" + (".one" if n == 1 else ""), n=n))
    return ", ".join(parts) if parts else t(lang, "check.clean")


def print_findings(
    results: list[PlanCheck], qset: QuestionSet, console: Console, lang: Lang, show: Severity
) -> None:
    """Each plan's findings at or above `show`, grouped by phase, each with its fix."""
    for result in results:
        if result.unreadable is not None:
            console.print(
                f"[red]✗[/] [bold]{escape(str(result.path))}[/]: {escape(result.unreadable)}", soft_wrap=True
            )
            continue
        lang = result.lang
        console.print(
            f"[bold]{escape(str(result.path))}[/]: {escape(counts_line(result, lang))}", soft_wrap=True
        )
        groups: dict[str | None, list[Finding]] = {}
        for finding in result.findings:
            if at_least(finding.severity, show):
                groups.setdefault(finding.phase, []).append(finding)
        order = [None, *PHASE_IDS]
        for phase in sorted(groups, key=order.index):
            console.print(f"  [bold]{escape(_phase_title(qset, phase, lang))}[/]")
            for f in sorted(groups[phase], key=lambda f: -SEVERITIES.index(f.severity)):
                where = escape(f"{result.path}:{f.line}" if f.line else str(result.path))
                head = f"    {_MARK[f.severity]} {f.code} {escape(f.path)} [dim]({where})[/]"
                console.print(f"{head}: {escape(f.message)}", soft_wrap=True)
                console.print(f"      [dim]→ {escape(f.fix)}[/]", soft_wrap=True)


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
        f"[bold]{escape(plan.title or result.path.name)}[/] · {escape(plan.company)}", soft_wrap=True
    )
    if plan.period is not None:
        period = f"{format_date(plan.period.start, lang)} – {format_date(plan.period.end, lang)}"
        console.print(f"[dim]{escape(period)}[/]")
    phases = Table(title=t(lang, "status.completeness"), title_justify="left", show_header=False, box=None)
    for phase in context.phases:
        phases.add_row(
            f"{phase.number}. {escape(phase.title)}",
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
            table.add_row(o.id, escape(short), deadline, left, progress, status, next_due)
        console.print(table)
    serious = sorted(
        (f for f in result.findings if f.severity != "info"), key=lambda f: -SEVERITIES.index(f.severity)
    )
    console.print(f"[bold]{t(lang, 'status.findings')}[/]: {escape(counts_line(result, lang))}")
    for f in serious[:5]:
        console.print(f"  {_MARK[f.severity]} {f.code} {escape(f.message)}", soft_wrap=True)
    if result.findings:
        console.print(f"  [dim]{escape(t(lang, 'status.more', path=result.path))}[/]", soft_wrap=True)

"""The findings of ``smart check`` in the terminal: per plan, grouped by phase, each with its fix."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from smartcli.check.findings import SEVERITIES, Finding, PlanCheck, Severity, at_least
from smartcli.i18n import Lang, t
from smartcli.output import as_typed, inert
from smartcli.plan.model import PHASE_IDS, QuestionSet

SEVERITY_MARK: dict[Severity, str] = {
    "error": "[red]✗[/]",
    "warning": "[yellow]![/]",
    "info": "[blue]i[/]",
    "todo": "[cyan]○[/]",
}


def _shown(text: object) -> str:
    """Any text (a path, a message quoting an answer) as inert, escaped Rich markup."""
    return escape(inert(str(text)))


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
                f"[red]✗[/] [bold]{_shown(result.path)}[/]: {_shown(result.unreadable)}", soft_wrap=True
            )
            continue
        lang = result.lang
        console.print(f"[bold]{_shown(result.path)}[/]: {_shown(counts_line(result, lang))}", soft_wrap=True)
        groups: dict[str | None, list[Finding]] = {}
        for finding in result.findings:
            if at_least(finding.severity, show):
                groups.setdefault(finding.phase, []).append(finding)
        order = [None, *PHASE_IDS]
        for phase in sorted(groups, key=order.index):
            console.print(f"  [bold]{_shown(_phase_title(qset, phase, lang))}[/]")
            for f in sorted(groups[phase], key=lambda f: -SEVERITIES.index(f.severity)):
                where = _shown(f"{result.path}:{f.line}" if f.line else result.path)
                head = f"    {SEVERITY_MARK[f.severity]} {f.code} {_shown(f.path)} [dim]({where})[/]"
                console.print(f"{head}: {_shown(f.message)}", soft_wrap=True)
                fix = as_typed(f.fix) if console.is_terminal else f.fix
                console.print(f"      [dim]→ {_shown(fix)}[/]", soft_wrap=True)

"""The overview of many plans (``smart status DIR…``): one row per plan, what needs attention first.

Each plan under the folders (found as ``smart check`` finds them: YAML files
that are plans) becomes a :class:`PlanRow`: its company, period and how much
is answered; its objectives by status (reached, on track, behind, no data);
when the next measurement and the next review are due; its findings by
severity. A plan that can't be read is a row that says so, never the end of
the overview. Rows are sorted by what needs attention first: unreadable plans,
then errors, objectives behind, measurements and reviews overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcli.check.findings import SEVERITIES, PlanCheck
from smartcli.check.runner import check_plan, find_plan_files
from smartcli.errors import SmartError
from smartcli.i18n import Lang, resolve_lang, t
from smartcli.plan.model import QuestionSet
from smartcli.plan.planfile import load_plan
from smartcli.report.context import build_context

JSON_VERSION = 1
"""The version of the documented JSON shape (docs/portfolio.md)."""

STATES = ("reached", "on_track", "behind", "no_data")
COLUMNS = ("plan", "period", "complete", "objectives", "measurement", "review", "findings")
"""The overview's columns, in the order every view shows them."""


@dataclass
class PlanRow:
    """One plan of the overview.

    Attributes:
        path: The plan file.
        shown: Its path as the overview shows it (relative to the folder searched).
        readable: Whether it could be loaded as a plan at all.
        error: Why not, in the overview's language.
        company, title, lang: The plan's metadata (its own language).
        period: Its start and end, when set.
        answered, total: How many of the questions that apply are answered.
        objectives: How many objectives are ``reached``, ``on_track``, ``behind``, ``no_data``.
        next_measurement: The earliest next measurement due, and ``ok``, ``due`` or ``overdue``.
        next_review: When the next review is due (the review cadence after the last).
        findings: The plan's findings by severity (as ``smart check`` gives them).
    """

    path: Path
    shown: str
    readable: bool = True
    error: str | None = None
    company: str = ""
    title: str = ""
    lang: Lang = "en"
    period: tuple[dt.date, dt.date] | None = None
    answered: int = 0
    total: int = 0
    objectives: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    next_measurement: tuple[dt.date, str] | None = None
    next_review: dt.date | None = None
    findings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))

    @property
    def complete(self) -> float:
        """The share of the questions answered (0–1)."""
        return self.answered / self.total if self.total else 0.0

    def review_due(self, today: dt.date) -> bool:
        """Whether the next review is due on `today` or was due before."""
        return self.next_review is not None and self.next_review <= today

    def attention(self, today: dt.date) -> tuple[int, ...]:
        """The sort key: the more that needs doing, the smaller (so it comes first)."""
        measuring = {"overdue": 2, "due": 1}.get(self.next_measurement[1], 0) if self.next_measurement else 0
        return (
            self.readable,
            -self.findings["error"],
            -self.objectives["behind"],
            -measuring,
            -self.review_due(today),
            -self.findings["warning"],
            -self.objectives["no_data"],
        )


_STATE_OF = {"reached": "reached", "on_pace": "on_track", "behind": "behind", "overdue": "behind"}


def plan_row(path: Path, shown: str, qset: QuestionSet, lang: Lang, today: dt.date) -> PlanRow:
    """The overview's row for one plan file, as of `today`."""
    checked = check_plan(path, qset, lang, today)
    row = PlanRow(path, shown, lang=checked.lang)
    row.findings = {s: checked.count(s) for s in SEVERITIES}
    if checked.unreadable is not None:
        row.readable, row.error = False, checked.unreadable
        return row
    try:
        plan = load_plan(path, qset, lang).plan
    except SmartError as e:  # the findings say what is wrong with it, line by line
        row.readable, row.error = False, e.render(lang).splitlines()[0]
        return row
    report = build_context(plan, qset, plan.language, as_of=today)
    row.company, row.title, row.lang = plan.company, plan.title, plan.language
    row.period = (plan.period.start, plan.period.end) if plan.period else None
    row.answered, row.total = report.answered, report.total
    for objective in report.objectives:
        row.objectives[_STATE_OF.get(objective.status, "no_data")] += 1
    dues = sorted((o.next_due, o.due) for o in report.objectives if o.next_due is not None)
    row.next_measurement = dues[0] if dues else None
    row.next_review = report.next_review
    return row


def overview(
    paths: list[Path],
    qset: QuestionSet,
    lang: str | None = None,
    *,
    today: dt.date | None = None,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> list[PlanRow]:
    """A row for every plan under `paths` (files, or folders searched), sorted by what needs attention.

    Args:
        progress: Wraps the files as they are read (a progress bar, in a terminal).

    Raises:
        SmartError: A path does not exist, or there is no plan anywhere in them.
    """
    language = resolve_lang(lang)
    today = today or dt.date.today()
    files, missing = find_plan_files(paths, language)
    if missing and not files:
        raise SmartError("overview.none", paths=", ".join(str(m.path) for m in missing))
    base = _common_folder(paths)
    rows = [_unreadable(m, base, language) for m in missing if m.path.exists()]
    for path in progress(files) if progress is not None else files:
        rows.append(plan_row(path, _shown(path, base), qset, language, today))
    return sorted(rows, key=lambda r: (r.attention(today), r.shown))


def _unreadable(result: PlanCheck, base: Path, lang: Lang) -> PlanRow:
    return PlanRow(result.path, _shown(result.path, base), readable=False, error=result.unreadable, lang=lang)


def _common_folder(paths: list[Path]) -> Path:
    folders = [(p if p.is_dir() else p.parent).resolve() for p in paths]
    common = folders[0]
    for folder in folders[1:]:
        while not folder.is_relative_to(common):
            common = common.parent
    return common


def _shown(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


# --- the overview as data -----------------------------------------------------------


def to_json(rows: list[PlanRow], today: dt.date) -> dict[str, Any]:
    """The documented JSON shape of ``smart status DIR --format json`` (docs/portfolio.md)."""
    plans = []
    for row in rows:
        entry: dict[str, Any] = {"path": row.shown, "readable": row.readable}
        if not row.readable:
            entry["error"] = row.error
        else:
            entry |= {
                "company": row.company,
                "title": row.title,
                "language": row.lang,
                "period": {"start": row.period[0].isoformat(), "end": row.period[1].isoformat()}
                if row.period
                else None,
                "answered": row.answered,
                "questions": row.total,
                "objectives": {"total": sum(row.objectives.values()), **row.objectives},
                "next_measurement": {
                    "date": row.next_measurement[0].isoformat(),
                    "state": row.next_measurement[1],
                }
                if row.next_measurement
                else None,
                "next_review": {"date": row.next_review.isoformat(), "due": row.review_due(today)}
                if row.next_review
                else None,
            }
        entry["findings"] = row.findings
        plans.append(entry)
    summary = {
        "plans": len(rows),
        "unreadable": sum(1 for r in rows if not r.readable),
        "objectives": {s: sum(r.objectives[s] for r in rows) for s in STATES},
        "findings": {s: sum(r.findings[s] for r in rows) for s in SEVERITIES},
    }
    return {"version": JSON_VERSION, "as_of": today.isoformat(), "plans": plans, "summary": summary}


def cells(row: PlanRow, lang: Lang, today: dt.date) -> dict[str, str]:
    """The row's cells as text in `lang`, for the terminal, Markdown and the site's index."""
    from smartcli.plan.values import format_date, format_percent

    if not row.readable:
        return {"plan": row.shown, "error": t(lang, "overview.unreadable", reason=row.error or "")}
    states = [t(lang, f"overview.state.{state}", n=n) for state, n in row.objectives.items() if n]
    objectives = " · ".join(states) or t(lang, "overview.no_objectives")
    measurement = "–"
    if row.next_measurement:
        day, state = row.next_measurement
        measurement = format_date(day, lang) + ("" if state == "ok" else f" ({t(lang, f'overview.{state}')})")
    review = "–"
    if row.next_review:
        review = format_date(row.next_review, lang)
        review += f" ({t(lang, 'overview.due')})" if row.review_due(today) else ""
    period = short = "–"
    if row.period:
        start, end = row.period
        period = f"{format_date(start, lang)} – {format_date(end, lang)}"
        short = f"{_month(start, lang)} {start.year} – {_month(end, lang)} {end.year}"
        if start.year == end.year:
            short = f"{_month(start, lang)}–{_month(end, lang)} {end.year}"
    return {
        "plan": row.shown,
        "company": row.company,
        "title": row.title,
        "period": period,
        "period_short": short,
        "complete": format_percent(round(100 * row.complete), lang),
        "objectives": objectives,
        "measurement": measurement,
        "review": review,
        "findings": " · ".join(
            t(lang, f"check.count.{s}" + (".one" if n == 1 else ""), n=n)
            for s, n in reversed(row.findings.items())
            if n
        )
        or "–",
    }


def _month(day: dt.date, lang: Lang) -> str:
    from smartcli.plan.values import MONTHS

    return MONTHS[lang][day.month - 1][:3]

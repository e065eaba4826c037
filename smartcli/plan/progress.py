"""Progress, pace and cadence of objectives, computed from the measurements, never claimed.

For an objective with a baseline and a target, and its latest measurement:

- progress = (latest − baseline) / (target − baseline): 0 at the baseline, 1 at
  the target, for a falling metric (cost per lead) as for a rising one;
- expected = where a straight line from the plan's start to the deadline says
  it should be on the day in question (0 before the start, 1 from the deadline);
- status: ``reached`` (progress ≥ 1), ``overdue`` (deadline passed, not
  reached), ``on_pace`` (progress ≥ expected), ``behind``, or ``no_data``
  (no measurement, or no baseline or target to measure against).

The cadence (the objective's own, else the plan's) says when the next
measurement is due: a cadence after the last one (or after the plan's start).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any, Literal

from smartcli.plan.model import Number, Plan, as_number

Status = Literal["reached", "on_pace", "behind", "overdue", "no_data"]
Due = Literal["ok", "due", "overdue"]
CADENCE_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}
CADENCE_DAYS = {"daily": 1, "weekly": 7}
_TOLERANCE = 1e-9


@dataclass(frozen=True)
class ObjectiveProgress:
    """Where one objective stands on a given day.

    Attributes:
        history: Its measurements as (date, value), oldest first.
        latest: The latest value, and its date.
        progress: How far from baseline to target (1.0 = reached), or ``None``.
        expected: How far it should be by now on a straight line, or ``None``.
        status: ``reached``, ``on_pace``, ``behind``, ``overdue`` or ``no_data``.
        cadence: How often it is measured (its own, else the plan's), or ``None``.
        next_due: When the next measurement is due, or ``None`` without a cadence.
        due: ``ok``, ``due`` (from the due date) or ``overdue`` (a week or a cadence later).
    """

    history: tuple[tuple[dt.date, Number], ...]
    latest: tuple[dt.date, Number] | None
    progress: float | None
    expected: float | None
    status: Status
    cadence: str | None
    next_due: dt.date | None
    due: Due


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved `months` months on, kept within the month (31 January + 1 month = 28/29 February).

    Past the last (or first) date Python can hold, it stops there rather than
    crash: plans never hold such dates (they are refused when read), but the
    arithmetic holds for any date.
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_days(day: dt.date, days: int) -> dt.date:
    """`day` moved `days` days on, stopping at the last (or first) date Python can hold."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def after_cadence(day: dt.date, cadence: str) -> dt.date:
    """The day one cadence (``weekly``, ``monthly``, ...) after `day`."""
    if cadence in CADENCE_DAYS:
        return add_days(day, CADENCE_DAYS[cadence])
    return add_months(day, CADENCE_MONTHS.get(cadence, 1))


def progress_between(baseline: float | None, target: float | None, value: float) -> float | None:
    """How far `value` has come from `baseline` towards `target` (None when that can't be said)."""
    if baseline is None or target is None or target == baseline:
        return None
    return (value - baseline) / (target - baseline)


def expected_by(start: dt.date | None, deadline: dt.date | None, day: dt.date) -> float | None:
    """Where a straight line from `start` to `deadline` stands on `day`: 0 to 1."""
    if start is None or deadline is None:
        return None
    if day >= deadline or deadline <= start:
        return 1.0
    if day <= start:
        return 0.0
    return (day - start).days / (deadline - start).days


def pace_points(
    objective: dict[str, Any], milestones: list[dict[str, Any]], start: dt.date | None
) -> list[tuple[dt.date, float]]:
    """The course `objective` should take: baseline at its start, its milestones, target on the deadline.

    The start is the objective's own (a campaign starting in August expects
    nothing before), else the plan's. Without a baseline, target or deadline
    there is no course (an empty list). Milestones of other objectives, or
    without a date or a value, are left out.
    """
    baseline, target = as_number(objective.get("baseline")), as_number(objective.get("target"))
    deadline = objective.get("deadline") if isinstance(objective.get("deadline"), dt.date) else None
    own = objective.get("start")
    begin = own if isinstance(own, dt.date) else start
    if baseline is None or target is None or deadline is None or begin is None or begin >= deadline:
        return []
    steps = sorted(
        (m["date"], float(value))
        for m in milestones
        if isinstance(m, dict)
        and m.get("objective") == objective.get("id")
        and isinstance(m.get("date"), dt.date)
        and begin < m["date"] < deadline
        and (value := as_number(m.get("value"))) is not None
    )
    return [(begin, float(baseline)), *steps, (deadline, float(target))]


def expected_on(points: list[tuple[dt.date, float]], day: dt.date) -> float | None:
    """The value the course `points` expects on `day`: the first value before it, the last after it."""
    if not points:
        return None
    if day <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in itertools.pairwise(points):
        if day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / max(1, (d1 - d0).days)
    return points[-1][1]


def objective_progress(
    objective: dict[str, Any],
    measurements: list[dict[str, Any]],
    *,
    start: dt.date | None,
    as_of: dt.date,
    plan_cadence: str | None = None,
    milestones: list[dict[str, Any]] | None = None,
) -> ObjectiveProgress:
    """Where `objective` stands on `as_of`, from its `measurements` (any order, others ignored).

    The expected progress follows the objective's course (:func:`pace_points`):
    the milestones when it has any, else a straight line from its start (or the
    plan's) to the deadline.
    """
    oid = objective.get("id")
    history = tuple(
        sorted(
            (m["date"], m["value"])
            for m in measurements
            if m.get("objective") == oid
            and isinstance(m.get("date"), dt.date)
            and as_number(m.get("value")) is not None
        )
    )
    latest = history[-1] if history else None
    baseline, target = as_number(objective.get("baseline")), as_number(objective.get("target"))
    deadline = objective.get("deadline") if isinstance(objective.get("deadline"), dt.date) else None
    progress = progress_between(baseline, target, latest[1]) if latest else None
    own = objective.get("start") if isinstance(objective.get("start"), dt.date) else None
    course = pace_points(objective, milestones or [], start)
    on_course = expected_on(course, as_of)
    if on_course is not None and baseline is not None and target is not None and target != baseline:
        expected: float | None = (on_course - baseline) / (target - baseline)
    else:
        expected = expected_by(own or start, deadline, as_of)
    status: Status
    if progress is None:
        status = "no_data"
    elif progress >= 1 - _TOLERANCE:
        status = "reached"
    elif deadline is not None and as_of > deadline:
        status = "overdue"
    elif expected is None or progress >= expected - _TOLERANCE:
        status = "on_pace"
    else:
        status = "behind"
    cadence = objective.get("cadence") or plan_cadence
    next_due: dt.date | None = None
    if cadence:
        since = latest[0] if latest else (own or start)
        next_due = after_cadence(since, cadence) if since else None
    due: Due
    if next_due is None or as_of < next_due:
        due = "ok"
    else:
        grace = min(7, CADENCE_DAYS.get(cadence or "", 7))
        due = "overdue" if as_of >= add_days(next_due, grace) else "due"
    return ObjectiveProgress(history, latest, progress, expected, status, cadence, next_due, due)


def plan_progress(plan: Plan, as_of: dt.date) -> dict[str, ObjectiveProgress]:
    """Every objective's progress on `as_of`, by objective id."""
    objectives = plan.answers.get("objectives")
    start = plan.period.start if plan.period else None
    cadence = plan.answers.get("cadence")
    milestones = plan.answers.get("milestones")
    steps = [m for m in milestones if isinstance(m, dict)] if isinstance(milestones, list) else []
    by_objective: dict[Any, list[dict[str, Any]]] = {}
    for m in plan.measurements:  # once, not once per objective: 100 objectives × 10,000 measurements add up
        by_objective.setdefault(m.get("objective"), []).append(m)
    return {
        str(o.get("id")): objective_progress(
            o,
            by_objective.get(o.get("id"), []),
            start=start,
            as_of=as_of,
            plan_cadence=cadence,
            milestones=steps,
        )
        for o in (objectives if isinstance(objectives, list) else [])
        if isinstance(o, dict)
    }

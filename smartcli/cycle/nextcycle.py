"""``smart next``: start the next planning cycle from a plan, so it begins from what was learned.

The situation carries over as the starting point (to be revised), and so do
the reporting set-up and the review rhythm. Objectives that were reached, or
that the user abandons, are closed with their final figures; the others carry
over with their measurements, so their history goes on. The new plan records
where it came from; the old plan is not touched.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from rich.console import Console

from smartcli.errors import SmartError
from smartcli.i18n import Lang
from smartcli.interview.flow import default_title, print_summary
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import Period, Plan, QuestionSet
from smartcli.plan.planfile import save_plan
from smartcli.plan.progress import add_days, add_months, plan_progress
from smartcli.plan.values import DATE_MAX, ValueProblemError, check_date_range, check_period, parse_date

CARRIED_QUESTIONS = ("cadence", "report_owner", "report_audience", "measurement_tools", "review_cadence")
"""Besides the situation: how reporting and reviews are done carries over too."""


def next_period(period: Period | None, today: dt.date) -> Period:
    """The period after `period`, as long as it (a year after it, when it is not known).

    Raises:
        SmartError: The next period would end after :data:`DATE_MAX`, so the
            new plan could not be read back; the user gives one with ``--period``.
    """
    if period is None:
        start = dt.date(today.year + 1, 1, 1)
        new = Period(start, dt.date(start.year, 12, 31))
    else:
        start = add_days(period.end, 1)
        months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        new = Period(start, add_days(add_months(start, months), -1))
    try:
        check_date_range(new.end)
    except ValueProblemError:
        raise SmartError("next.period_out_of_range", high=DATE_MAX.year) from None
    return new


def build_next_plan(
    old: Plan, qset: QuestionSet, source: str, *, period: Period | None = None,
    abandon: frozenset[str] = frozenset(), today: dt.date | None = None,
) -> Plan:  # fmt: skip
    """The next cycle's plan, built from `old` (which is not changed).

    Raises:
        SmartError: `abandon` names an objective the plan does not have.
    """
    today = today or dt.date.today()
    objectives = [o for o in old.answers.get("objectives") or [] if isinstance(o, dict)]
    unknown = sorted(abandon - {str(o.get("id")) for o in objectives})
    if unknown:
        known = ", ".join(str(o.get("id")) for o in objectives) or "-"
        raise SmartError("track.unknown_objective", objective=", ".join(unknown), known=known)
    new_period = period or next_period(old.period, today)
    new = Plan(
        language=old.language, company=old.company, title=default_title(new_period, old.language),
        period=new_period, currency=old.currency, ignore_checks=list(old.ignore_checks),
    )  # fmt: skip
    situation = qset.phase("situation")
    for question in situation.questions:
        if question.id in old.answers:
            new.answers[question.id] = copy.deepcopy(old.answers[question.id])
    for question_id in CARRIED_QUESTIONS:
        if question_id in old.answers:
            new.answers[question_id] = copy.deepcopy(old.answers[question_id])
    states = plan_progress(old, today)
    closed: list[dict[str, Any]] = []
    carried: list[dict[str, Any]] = []
    for objective in objectives:
        oid = str(objective.get("id"))
        state = states.get(oid)
        reached = state is not None and state.status == "reached"
        if reached or oid in abandon:
            entry: dict[str, Any] = {"objective": oid, "result": "reached" if reached else "abandoned"}
            for key in ("statement", "metric", "unit", "baseline", "target", "deadline", "budget"):
                if objective.get(key) is not None:
                    entry[key] = objective[key]
            if state is not None and state.latest is not None:
                entry["final_date"], entry["final"] = state.latest
            closed.append(entry)
        else:
            carried.append(copy.deepcopy(objective))
    if carried:
        new.answers["objectives"] = carried
    carried_ids = {str(o.get("id")) for o in carried}
    new.measurements = [copy.deepcopy(m) for m in old.measurements if m.get("objective") in carried_ids]
    origin: dict[str, Any] = {"plan": source}
    if old.period is not None:
        origin["period"] = {"start": old.period.start, "end": old.period.end}
    if closed:
        origin["closed"] = closed
    if carried_ids:
        origin["carried"] = sorted(carried_ids, key=lambda i: (len(i), i))
    learnings = _latest_learnings(old)
    if learnings:
        origin["learnings"] = learnings
    new.origin = origin
    return new


def _latest_learnings(plan: Plan) -> dict[str, str]:
    """What the last review (or, without one, the plan itself) says was learned."""
    for review in reversed(plan.reviews):
        found = {k: str(review[k]) for k in ("learnings", "market_learnings") if review.get(k)}
        if found:
            return found
    return {k: str(plan.answers[k]) for k in ("learnings", "market_learnings") if plan.answers.get(k)}


def parse_period(text: str, lang: Lang) -> Period:
    """``START:END`` as typed (``1.1.2028:31.12.2028``) into a period.

    Raises:
        SmartError: Either date can't be read or lies outside the years smart
            accepts, or the period does not end after it starts.
    """
    start, _, end = text.partition(":")
    try:
        return check_period(parse_date(start, lang), parse_date(end, lang))
    except ValueProblemError as e:
        if e.key == "value.date":
            raise SmartError("next.bad_period") from None
        raise SmartError(e.key, **e.params) from None


def start_next_cycle(
    old: Session, new_path: Path, console: Console, *, period: Period | None = None,
    abandon: frozenset[str] = frozenset(), today: dt.date | None = None,
) -> Plan:  # fmt: skip
    """``smart next``: write the next cycle's plan beside the old one, and say what to do next.

    Raises:
        SmartError: The new plan's file exists already.
    """
    if new_path.exists():
        raise SmartError("error.plan_exists", path=str(new_path))
    plan = build_next_plan(old.plan, old.qset, old.path.name, period=period, abandon=abandon, today=today)
    save_plan(new_path, plan, old.qset, None, today=today)
    lang = old.lang
    closed = (plan.origin or {}).get("closed", [])
    say(console, lang, "next.written", "green", path=new_path, old=old.path)
    say(console, lang, "next.summary", carried=len(plan.answers.get("objectives") or []), closed=len(closed))
    print_summary(Session(new_path, plan, old.qset, lang), console)
    say(console, lang, "next.revise", "bold", path=new_path)
    return plan

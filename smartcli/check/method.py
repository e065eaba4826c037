"""The consultant's rules: plausible objectives, links that hold both ways, hours and money that add up.

Run by :class:`~smartcli.check.rules.Checker` after the rules of the file and
the objectives. Each rule here answers a question a marketing consultant asks
of a plan (method review §4):

- Is the objective realistic? Growth far beyond the baseline for its time
  (``SM111``), a cost per result far from the plan's own figures (``SM112``).
- Does every krone and every activity work towards an objective, in time?
  (``SM210`` to ``SM213``)
- Do the hours and the money add up? (``SM214`` to ``SM216``)
- Do the milestones lie on their objective's course? (``SM217`` to ``SM219``)

The thresholds are documented in ``docs/check.md``; they are deliberately
generous, so that a finding is worth a consultant's question.
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import TYPE_CHECKING, Any

from smartcli.i18n import t
from smartcli.plan.model import as_number, is_empty
from smartcli.plan.values import format_number

if TYPE_CHECKING:
    from smartcli.check.rules import Checker

DOUBLING_MONTHS = 12
"""More than doubling within a year (or any shorter time) is rare for a business's own figures."""
WITH_RATIONALE = 5
"""A stated rationale lets the target go five times further (×10 in a year) before it is questioned."""
COST_APART = 5
"""Costs per result more than five times apart (either way) are questioned."""
BUDGETS_APART = 0.10
"""The objectives' budgets and the money put towards objectives may differ by a tenth."""
DAYS_PER_MONTH = 30.44


def check_method(checker: Checker) -> None:
    """Every rule of this module, in the order a reader meets the plan."""
    objectives = {str(o.get("id")): o for o in checker.records("objectives")}
    growth(checker, objectives)
    cost_per_result(checker, objectives)
    money_without_objective(checker)
    activity_links(checker, objectives)
    capacity(checker)
    budget_reconciliation(checker, objectives)
    milestones(checker, objectives)


# --- realistic objectives ------------------------------------------------------------


def growth_factor(objective: dict[str, Any]) -> float | None:
    """How many times over the objective moves its figure (``target ÷ baseline``; inverted for a fall)."""
    baseline, target = as_number(objective.get("baseline")), as_number(objective.get("target"))
    if baseline is None or target is None or baseline <= 0 or target <= 0 or baseline == target:
        return None  # from or to nothing: no factor to judge
    return max(target / baseline, baseline / target)


def _start(checker: Checker, objective: dict[str, Any]) -> dt.date | None:
    own = objective.get("start")
    if isinstance(own, dt.date):
        return own
    return checker.plan.period.start if checker.plan.period else None


def growth(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM111: a target far beyond the baseline for the time it is given.

    The ceiling is doubling within a year (twice the baseline for any objective
    of up to 12 months, doubling every 12 months beyond); an objective that says
    what its number rests on (``rationale``) gets five times that (×10 in a year).
    Money is shown but not part of the ceiling: what a krone buys depends on
    the unit (SM112 weighs the cost per result).
    """
    lang = checker.lang
    for oid, o in objectives.items():
        factor, start, deadline = growth_factor(o), _start(checker, o), o.get("deadline")
        if factor is None or start is None or not isinstance(deadline, dt.date) or deadline <= start:
            continue
        months = (deadline - start).days / DAYS_PER_MONTH
        ceiling = max(2.0, 2 ** (months / DOUBLING_MONTHS))
        reasoned = not is_empty(o.get("rationale"))
        if factor <= ceiling * (WITH_RATIONALE if reasoned else 1):
            continue
        budget = as_number(o.get("budget"))
        money = (
            t(lang, "method.growth.money", money=checker.money(budget))
            if budget
            else t(lang, "method.growth.no_money")
        )
        checker.add(
            "SM111",
            "objectives",
            ("objectives", "objectives", oid, "target"),
            oid,
            id=oid,
            factor=format_number(factor, lang, 0 if factor >= 10 else 1),
            months=max(1, round(months)),
            money=money,
            why=t(lang, "method.growth.why_reasoned" if reasoned else "method.growth.why"),
        )


def _cost(budget: Any, baseline: Any, result: Any) -> float | None:
    budget, baseline, result = as_number(budget), as_number(baseline), as_number(result)
    if not budget or budget <= 0 or baseline is None or result is None or result == baseline:
        return None
    return float(budget / abs(result - baseline))


def _key(value: Any) -> str:
    return " ".join(str(value).casefold().split()) if not is_empty(value) else ""


def cost_per_result(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM112: an objective's cost per extra result far from the plan's own figures.

    The cost per extra result is the objective's budget ÷ |target − baseline|.
    It is held to the other objectives in the same unit (their median), and to
    an objective of the last period with the same metric, as it ended
    (``origin.closed``, written by ``smart next``, with its budget and final
    figure). More than :data:`COST_APART` times apart either way is questioned.
    """
    costs = {
        oid: c
        for oid, o in objectives.items()
        if (c := _cost(o.get("budget"), o.get("baseline"), o.get("target")))
    }
    closed = (checker.plan.origin or {}).get("closed")
    history = [c for c in closed if isinstance(c, dict)] if isinstance(closed, list) else []
    for oid, cost in costs.items():
        o = objectives[oid]
        unit = _key(o.get("unit"))
        peers = sorted(p for p in costs if p != oid and unit and _key(objectives[p].get("unit")) == unit)
        references: list[tuple[str, float]] = []
        if peers:
            median = statistics.median(costs[p] for p in peers)
            ids = ", ".join(peers)
            references.append((t(checker.lang, "method.cost.peers", unit=o.get("unit"), ids=ids), median))
        metric = _key(o.get("metric"))
        for entry in history:
            past = _cost(entry.get("budget"), entry.get("baseline"), entry.get("final"))
            if metric and past and _key(entry.get("metric")) == metric:
                references.append((t(checker.lang, "method.cost.history", id=entry.get("objective")), past))
        far = [(ref, other) for ref, other in references if max(cost, other) / min(cost, other) > COST_APART]
        for reference, other in far[:1]:  # one finding per objective, against the plan's own figures first
            checker.add(
                "SM112",
                "objectives",
                ("objectives", "objectives", oid, "budget"),
                oid,
                id=oid,
                cost=checker.money(round(cost, 2)),
                reference=reference,
                other=checker.money(round(other, 2)),
            )


# --- links both ways -----------------------------------------------------------------


def _refs(record: dict[str, Any], key: str = "objectives") -> list[str]:
    refs = record.get(key)
    return [str(r) for r in refs] if isinstance(refs, list) else [str(refs)] if refs else []


def money_without_objective(checker: Checker) -> None:
    """SM210: a channel or a budget line with money that serves no objective."""
    for question_id, amount_key in (("channel_plan", "budget"), ("budget_lines", "amount")):
        for record in checker.records(question_id):
            amount = as_number(record.get(amount_key))
            if amount and amount > 0 and not _refs(record):
                rid = str(record.get("id"))
                checker.add(
                    "SM210",
                    "agenda",
                    ("agenda", question_id, rid, "objectives"),
                    rid,
                    id=rid,
                    money=checker.money(amount),
                    question=question_id,
                )


def serving(checker: Checker) -> list[tuple[dict[str, Any], list[str]]]:
    """Each activity that is not dropped, with the objectives it serves (its own, else its channel's)."""
    channels = {str(c.get("id")): c for c in checker.records("channel_plan")}
    served = []
    for a in checker.records("activities"):
        if a.get("status") == "dropped":
            continue
        refs = _refs(a) or _refs(channels.get(str(a.get("channel")), {}))
        served.append((a, refs))
    return served


def activity_links(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM211: an activity serves no objective; SM212/SM213: it starts, or mostly lies, after its deadlines.

    An activity that runs on past the deadline (a newsletter all year) is
    normal; one that lies mostly (more than half its days) after the last
    deadline it serves works for an objective that will not count it.
    """
    lang = checker.lang
    for a, refs in serving(checker):
        aid = str(a.get("id"))
        steps = ("agenda", "activities", aid)
        if not refs:
            checker.add("SM211", "agenda", (*steps, "objectives"), aid, id=aid)
            continue
        deadlines = [d for r in refs if isinstance(d := objectives.get(r, {}).get("deadline"), dt.date)]
        start, end = a.get("start"), a.get("end")
        if not deadlines or not isinstance(start, dt.date):
            continue
        last = max(deadlines)
        fill = {"id": aid, "objectives": ", ".join(refs), "deadline": checker.date(last)}
        if start > last:
            checker.add("SM212", "agenda", (*steps, "start"), aid, start=checker.date(start), **fill)
        elif isinstance(end, dt.date) and end > last and (end - last).days * 2 > (end - start).days:
            after = (end - last).days
            checker.add(
                "SM213",
                "agenda",
                (*steps, "end"),
                aid,
                days=after,
                share=t(lang, "method.share", after=after, all=(end - start).days + 1),
                **fill,
            )


def capacity(checker: Checker) -> None:
    """SM214: the activities' planned hours are more than the hours a week give over the plan period."""
    per_week = as_number(checker.plan.answers.get("hours_per_week"))
    period = checker.plan.period
    if per_week is None or period is None:
        return
    planned = sum(as_number(a.get("effort")) or 0 for a, _ in serving(checker))
    weeks = ((period.end - period.start).days + 1) / 7
    available = per_week * weeks
    if planned > available:
        lang = checker.lang
        checker.add(
            "SM214",
            "agenda",
            ("agenda", "hours_per_week"),
            planned=format_number(planned, lang, 0),
            per_week=format_number(per_week, lang),
            weeks=format_number(weeks, lang, 0),
            available=format_number(available, lang, 0),
        )


def budget_reconciliation(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM215: an objective's budget no channel or budget line can spend; SM216: the two allocations disagree.

    A channel or a budget line serving several objectives may spend all its
    money on any of them, so an objective's budget is only a fault when it is
    more than everything serving it could spend (SM215). When every objective
    has a budget, their sum and the money put towards objectives (channels and
    budget lines that name one) should tell the same story (SM216, within
    :data:`BUDGETS_APART`). Either sum above the total is SM201/SM209's.
    """
    spenders = [
        (as_number(r.get(key)) or 0, _refs(r))
        for question_id, key in (("channel_plan", "budget"), ("budget_lines", "amount"))
        for r in checker.records(question_id)
    ]
    budgets = {oid: as_number(o.get("budget")) for oid, o in objectives.items()}
    for oid, budget in budgets.items():
        reach = sum(money for money, refs in spenders if oid in refs)
        if budget and budget > reach:
            checker.add(
                "SM215",
                "objectives",
                ("objectives", "objectives", oid, "budget"),
                oid,
                id=oid,
                budget=checker.money(budget),
                reach=checker.money(reach),
            )
    towards = sum(money for money, refs in spenders if refs)
    if not budgets or not towards or not all(budgets.values()):
        return
    by_objective = sum(b or 0 for b in budgets.values())
    if abs(by_objective - towards) > BUDGETS_APART * max(by_objective, towards):
        checker.add(
            "SM216",
            "objectives",
            ("objectives", "objectives"),
            objectives=checker.money(by_objective),
            towards=checker.money(towards),
        )


# --- milestones ----------------------------------------------------------------------


def milestones(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM217: a milestone outside the period; SM218: outside its objective's course; SM219: off its values."""
    period = checker.plan.period
    for m in checker.records("milestones"):
        mid, date = str(m.get("id")), m.get("date")
        if isinstance(date, dt.date) and period is not None and not period.start <= date <= period.end:
            checker.add(
                "SM217",
                "objectives",
                ("objectives", "milestones", mid, "date"),
                mid,
                id=mid,
                date=checker.date(date),
                start=checker.date(period.start),
                end=checker.date(period.end),
            )
            continue
        oid = str(m.get("objective") or "")
        if oid in objectives:
            _on_course(checker, m, oid, objectives[oid])


def _on_course(checker: Checker, m: dict[str, Any], oid: str, o: dict[str, Any]) -> None:
    """SM218 and SM219 for milestone `m` of objective `oid`."""
    mid = str(m.get("id"))
    date, start, deadline = m.get("date"), _start(checker, o), o.get("deadline")
    if isinstance(date, dt.date) and isinstance(deadline, dt.date) and start is not None:
        _date_on_course(checker, mid, oid, date, start, deadline)
    value, baseline, target = (as_number(x) for x in (m.get("value"), o.get("baseline"), o.get("target")))
    if value is None or baseline is None or target is None:
        return
    if not min(baseline, target) <= value <= max(baseline, target):
        lang = checker.lang
        checker.add(
            "SM219",
            "objectives",
            ("objectives", "milestones", mid, "value"),
            mid,
            id=mid,
            objective=oid,
            value=format_number(value, lang),
            baseline=format_number(baseline, lang),
            target=format_number(target, lang),
        )


def _date_on_course(
    checker: Checker, mid: str, oid: str, date: dt.date, start: dt.date, deadline: dt.date
) -> None:
    if not start <= date <= deadline:
        checker.add(
            "SM218",
            "objectives",
            ("objectives", "milestones", mid, "date"),
            mid,
            id=mid,
            objective=oid,
            date=checker.date(date),
            start=checker.date(start),
            deadline=checker.date(deadline),
        )

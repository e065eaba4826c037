"""What a report shows: the plan turned into the documented context every report template receives.

Everything a template would otherwise have to compute (shares of the budget,
whether an objective is measurable, what is still open) is computed here, in
Python, once; templates only lay it out. The context is plain data: answers
stay data and are escaped by the template environment, never evaluated.
See ``docs/templates.md`` for the context as a template author sees it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from smartcli import __version__
from smartcli.i18n import Lang
from smartcli.plan.model import RECORD_ID, Plan, Question, QuestionSet, applies, as_number, is_empty
from smartcli.plan.progress import after_cadence, pace_points, plan_progress
from smartcli.plan.values import display_value
from smartcli.report.views import (
    ActivityView,
    Answers,
    BudgetLineView,
    BudgetView,
    ChannelView,
    ChartView,
    DecisionView,
    ObjectiveView,
    OpenPoint,
    PhaseView,
    ReviewView,
)


@dataclass
class ReportContext:
    """Everything a report template receives (see ``docs/templates.md``)."""

    lang: Lang
    company: str
    title: str
    period_start: dt.date | None
    period_end: dt.date | None
    updated: dt.date | None
    currency: str
    answers: Answers
    phases: list[PhaseView]
    answered: int
    total: int
    objectives: list[ObjectiveView]
    channels: list[ChannelView]
    budget: BudgetView
    activities: list[ActivityView]
    open_points: list[OpenPoint]
    source: str
    as_of: dt.date
    """The day progress is computed for: the plan's last change, so a report can be made again."""
    reviews: list[ReviewView]
    decisions: list[DecisionView]
    """The whole decision log, oldest first: the plan's own decisions and those of reviews."""
    measurement_count: int
    origin: dict[str, Any] | None
    """Where the plan came from (``smart next``): plan, period, closed, carried, learnings."""
    gantt_sections: list[tuple[str, list[ActivityView]]]
    """Dated activities grouped by kind, in the order the kinds first appear (for the timeline)."""
    pie_slices: list[tuple[str, float]]
    """The budget pie's channel slices (those with a budget), labels made unique."""
    next_steps: list[ActivityView] = field(default_factory=list)
    """The next three activities not finished by `as_of`, the earliest first (the summary's "next steps")."""
    next_review: dt.date | None = None
    """When the next review is due: the last review (or the plan's start) plus the review cadence."""
    generator: str = f"smart {__version__}"
    questions: dict[str, Question] = field(default_factory=dict)

    @property
    def percent_complete(self) -> int:
        """How much of the plan is answered, in whole percent."""
        return round(100 * self.answered / self.total) if self.total else 0


def _text(value: Any) -> str | None:
    return None if is_empty(value) else str(value)


def _records(plan: Plan, question_id: str) -> list[dict[str, Any]]:
    value = plan.answers.get(question_id)
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


def _label(qset: QuestionSet, question_id: str, field_id: str, key: Any, lang: Lang) -> str | None:
    if is_empty(key):
        return None
    found = qset.find(question_id)
    sub = found[1].field(field_id) if found else None
    return sub.choice_label(str(key), lang) if sub else str(key)


def _ids(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [] if is_empty(value) else [str(value)]


def build_objectives(
    plan: Plan, qset: QuestionSet, lang: Lang, as_of: dt.date | None = None
) -> list[ObjectiveView]:
    """The objectives with their measurable and time-bound flags, and their progress on `as_of`."""
    states = plan_progress(plan, as_of or plan.updated or dt.date.today())
    milestones = _records(plan, "milestones")
    views = []
    for record in _records(plan, "objectives"):
        target = as_number(record.get("target"))
        deadline = record.get("deadline") if isinstance(record.get("deadline"), dt.date) else None
        views.append(
            ObjectiveView(
                id=str(record.get("id")),
                statement=_text(record.get("statement")),
                kind=_label(qset, "objectives", "kind", record.get("kind"), lang),
                metric=_text(record.get("metric")),
                unit=_text(record.get("unit")),
                baseline=as_number(record.get("baseline")),
                target=target,
                deadline=deadline,
                budget=as_number(record.get("budget")),
                owner=_text(record.get("owner")),
                measurable=target is not None and not is_empty(record.get("metric")),
                time_bound=deadline is not None,
                start=record.get("start") if isinstance(record.get("start"), dt.date) else None,
                baseline_period=_text(record.get("baseline_period")),
                data_source=_text(record.get("data_source")),
                business_goal=_label(qset, "objectives", "business_goal", record.get("business_goal"), lang),
                rationale=_text(record.get("rationale")),
            )
        )
        views[-1].cost_per_result = _cost_per_result(views[-1])
        state = states.get(views[-1].id)
        if state is not None:
            view = views[-1]
            if state.latest is not None:
                view.latest_date, view.latest = state.latest
            view.progress, view.expected, view.status = state.progress, state.expected, state.status
            view.due, view.next_due = state.due, state.next_due
            view.chart = _chart(state.history, target)
            course = pace_points(record, milestones, plan.period.start if plan.period else None)
            if view.chart and course:
                view.chart.pace = course
                view.chart.low = min(view.chart.low, _round_down(min(v for _, v in course)))
                view.chart.high = max(view.chart.high, _round_up(max(v for _, v in course)))
    return views


def _cost_per_result(objective: ObjectiveView) -> float | None:
    """What each unit of change costs: budget ÷ |target − baseline| (a consultant's first sanity check)."""
    budget, baseline, target = objective.budget, objective.baseline, objective.target
    if not budget or baseline is None or target is None or target == baseline:
        return None
    cost = budget / abs(target - baseline)
    return float(round(cost)) if cost >= 10 else round(cost, 2)  # whole kroner; øre when it is cheap


def _chart(history: tuple[tuple[dt.date, Any], ...], target: float | None) -> ChartView | None:
    if len(history) < 2:
        return None
    values = [float(v) for _, v in history]
    span = [*values, *([] if target is None else [float(target)])]
    low, high = min(span), max(span)
    margin = (high - low) * 0.1 or abs(high) * 0.1 or 1
    low = 0 if low >= 0 and low - margin < 0 else _round_down(low - margin)
    return ChartView([d for d, _ in history], values, target, low, _round_up(high + margin))


def _round_down(value: float) -> float:
    step = 10 ** max(0, len(str(int(abs(value)))) - 2)
    return float(math.floor(value / step) * step)


def _round_up(value: float) -> float:
    step = 10 ** max(0, len(str(int(abs(value)))) - 2)
    return float(math.ceil(value / step) * step)


def build_decisions(plan: Plan, qset: QuestionSet, lang: Lang) -> tuple[list[ReviewView], list[DecisionView]]:
    """The reviews, and the whole decision log, oldest first.

    The log holds the plan's own decisions, the reviews' decisions and the
    adjustments applied to the plan (each with what it changed, before → after).
    """
    log = [
        DecisionView(
            date=d.get("date") if isinstance(d.get("date"), dt.date) else None,
            decision=_text(d.get("decision")),
            reason=_text(d.get("reason")),
            owner=_text(d.get("owner")),
            change=None,
            review=None,
        )
        for d in _records(plan, "decisions")
    ]
    reviews = []
    for review in plan.reviews:
        day = review.get("date") if isinstance(review.get("date"), dt.date) else None
        decisions = [
            DecisionView(day, _text(d.get("decision")), _text(d.get("reason")), _text(d.get("owner")),
                         _change_text(plan, qset, d, lang), str(review.get("id")))
            for d in review.get("decisions") or []
            if isinstance(d, dict)
        ]  # fmt: skip
        answers = {
            k: str(v) for k, v in review.items() if k not in ("id", "date", "decisions") and not is_empty(v)
        }
        reviews.append(ReviewView(str(review.get("id")), day, answers, decisions))
        log += decisions
    log += [
        DecisionView(
            date=a.get("applied") if isinstance(a.get("applied"), dt.date) else None,
            decision=": ".join(text for text in (_text(a.get("what")), _text(a.get("change"))) if text)
            or None,
            reason=_text(a.get("reason")),
            owner=None,
            change=_change_text(plan, qset, a, lang),
            review=_text(a.get("review")),
            adjustment=str(a.get("id")),
        )
        for a in _records(plan, "adjustments")
        if a.get("record")  # applied: it changed the plan, so it is a decision of the log
    ]
    log.sort(key=lambda d: d.date or dt.date.min)
    return reviews, log


def _change_text(plan: Plan, qset: QuestionSet, decision: dict[str, Any], lang: Lang) -> str | None:
    """``O2 Target: 1,700 → 1,900``: what a decision changed, in the reader's words."""
    record, field_id = decision.get("record"), decision.get("field")
    if not record or not field_id:
        return None
    collection = "objectives" if str(record).startswith("O") else "activities"
    found = qset.find(collection)
    question = found[1].field(str(field_id)) if found else None
    if question is None:
        return f"{record} {field_id}: {decision.get('before', '–')} → {decision.get('after', '–')}"
    before = display_value(question, decision.get("before"), plan, lang)
    after = display_value(question, decision.get("after"), plan, lang)
    return f"{record} {question.prompt(lang)}: {before} → {after}"


def build_budget(plan: Plan, channels: list[dict[str, Any]]) -> BudgetView:
    """The budget: its total, what the channels and other lines take, what is left, the basis of shares."""
    total = as_number(plan.answers.get("total_budget"))
    allocated = sum(as_number(c.get("budget")) or 0 for c in channels)
    records = _records(plan, "budget_lines")
    lines_total = float(sum(as_number(r.get("amount")) or 0 for r in records))
    unallocated = None if total is None else total - allocated - lines_total
    basis = total if total else (allocated + lines_total or None)
    lines = [
        BudgetLineView(
            id=str(r.get("id")),
            what=_text(r.get("what")),
            amount=(amount := as_number(r.get("amount"))),
            share=amount / basis if amount is not None and basis else None,
            objectives=_ids(r.get("objectives")),
        )
        for r in records
    ]
    over = unallocated is not None and unallocated < 0
    return BudgetView(total, allocated, unallocated, over, basis, lines, lines_total)


def build_context(
    plan: Plan, qset: QuestionSet, lang: Lang, source: str = "", as_of: dt.date | None = None
) -> ReportContext:
    """The report context for `plan`, in `lang`.

    Args:
        plan: The plan (possibly incomplete: every part copes with missing answers).
        qset: Its question set.
        lang: The report's language (``--lang``, else the plan's).
        source: The plan file's name, for the report's footer.
        as_of: The day progress is computed for (default: the plan's last
            change, so a report can be made again; ``smart status`` uses today).
    """
    phases: list[PhaseView] = []
    open_points: list[OpenPoint] = []
    for phase in qset.phases:
        asked = [q for q in phase.questions if applies(q, plan.answers)]
        missing = [q for q in asked if is_empty(plan.answers.get(q.id))]
        view = PhaseView(
            phase.number, phase.id, phase.title(lang), phase.question(lang), phase.intro(lang).strip(),
            answered=len(asked) - len(missing), total=len(asked),
        )  # fmt: skip
        phases.append(view)
        open_points += [OpenPoint(view, q.id, q.prompt(lang)) for q in missing]

    channel_records = _records(plan, "channel_plan")
    budget = build_budget(plan, channel_records)
    channels = []
    for record in channel_records:
        amount = as_number(record.get("budget"))
        share = amount / budget.basis if amount is not None and budget.basis else None
        channels.append(
            ChannelView(
                id=str(record.get("id")),
                name=_text(record.get("name")),
                why=_text(record.get("why")),
                budget=amount,
                share=share,
                objectives=_ids(record.get("objectives")),
                demands=_text(record.get("demands")),
                targeting=_text(record.get("targeting")),
            )
        )
    names = {c.id: c.name for c in channels}
    activities = []
    for record in _records(plan, "activities"):
        start, end = record.get("start"), record.get("end")
        activities.append(
            ActivityView(
                id=str(record.get("id")),
                what=_text(record.get("what")),
                kind=_label(qset, "activities", "kind", record.get("kind"), lang),
                owner=_text(record.get("owner")),
                start=start if isinstance(start, dt.date) else None,
                end=end if isinstance(end, dt.date) else None,
                effort=as_number(record.get("effort")),
                channel=names.get(str(record.get("channel"))) or _text(record.get("channel")),
                objectives=_ids(record.get("objectives")),
                status=_text(record.get("status")),
                status_label=_label(qset, "activities", "status", record.get("status"), lang),
            )
        )
    period = plan.period
    as_of = as_of or plan.updated or dt.date.today()
    reviews, decisions = build_decisions(plan, qset, lang)
    return ReportContext(
        lang=lang,
        company=plan.company,
        title=plan.title,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        updated=plan.updated,
        currency=plan.currency,
        answers=Answers(plan, qset),
        phases=phases,
        answered=sum(p.answered for p in phases),
        total=sum(p.total for p in phases),
        objectives=build_objectives(plan, qset, lang, as_of),
        channels=channels,
        budget=budget,
        activities=activities,
        open_points=open_points,
        source=source,
        as_of=as_of,
        reviews=reviews,
        decisions=decisions,
        measurement_count=len(plan.measurements),
        origin=plan.origin,
        gantt_sections=_gantt_sections(activities),
        next_steps=next_steps(activities, as_of),
        next_review=next_review(plan),
        pie_slices=_pie_slices(channels),
        questions={q.id: q for _, q in qset},
    )


def _pie_slices(channels: list[ChannelView]) -> list[tuple[str, float]]:
    """Slices with unique labels: Mermaid silently drops a slice whose label repeats."""
    slices: list[tuple[str, float]] = []
    seen: set[str] = set()
    for channel in channels:
        if channel.budget is None or channel.budget <= 0:
            continue
        label = " ".join((channel.name or channel.id).split())
        if label in seen:
            label = f"{label} ({channel.id})"
        seen.add(label)
        slices.append((label, channel.budget))
    return slices


def _gantt_sections(activities: list[ActivityView]) -> list[tuple[str, list[ActivityView]]]:
    sections: dict[str, list[ActivityView]] = {}
    for activity in activities:
        if activity.start is not None:
            sections.setdefault(activity.kind or "–", []).append(activity)
    return list(sections.items())


def next_steps(activities: list[ActivityView], as_of: dt.date, count: int = 3) -> list[ActivityView]:
    """The next `count` things to do: activities starting from `as_of` on, then those still running."""
    dated = [a for a in activities if a.start is not None]
    upcoming = sorted(
        (a for a in dated if a.start and a.start >= as_of), key=lambda a: (a.start, _natural(a.id))
    )
    running = sorted(
        (a for a in dated if a.start and a.start < as_of <= (a.end or a.start)),
        key=lambda a: (a.end or as_of, _natural(a.id)),
    )
    return [*upcoming, *running][:count]


def _natural(record_id: str) -> tuple[str, int]:
    """``A2`` before ``A10``."""
    match = RECORD_ID.match(record_id)
    return (match.group(1), int(match.group(2))) if match else (record_id, 0)


def next_review(plan: Plan) -> dt.date | None:
    """The review cadence after the last review, or after the plan's start; ``None`` without a cadence."""
    cadence = plan.answers.get("review_cadence")
    if not isinstance(cadence, str) or not cadence:
        return None
    held = [r["date"] for r in plan.reviews if isinstance(r.get("date"), dt.date)]
    last = max(held) if held else (plan.period.start if plan.period else None)
    return None if last is None else after_cadence(last, cadence)

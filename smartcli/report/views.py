"""The pieces a report shows, as plain data: a phase, an objective, a channel, an activity, a decision...

Each view holds what a template prints, already computed; :mod:`smartcli.report.context`
builds them from the plan. Answers stay data: they are escaped by whichever
template prints them, never evaluated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from smartcli.plan.model import Plan, QuestionSet, applies, is_empty


class Record(dict[str, Any]):
    """A record of a records answer: its empty fields read as ``None``; an unknown field is an error."""

    def __init__(self, data: dict[str, Any], fields: frozenset[str]) -> None:
        super().__init__(data)
        self._fields = fields

    def __missing__(self, key: str) -> None:
        if key in self._fields:
            return
        raise KeyError(f"no field {key!r}")


class Answers(Mapping[str, Any]):
    """The plan's answers by question id: ``None`` for a question not answered.

    Asking for an id that is not a question is an error, so a typo in a
    template fails loudly instead of printing nothing.
    """

    def __init__(self, plan: Plan, qset: QuestionSet) -> None:
        self._plan, self._qset = plan, qset

    def __getitem__(self, question_id: str) -> Any:
        found = self._qset.find(question_id)
        if found is None:
            raise KeyError(f"no question {question_id!r}")
        value = self._plan.answers.get(question_id)
        if is_empty(value) or not applies(found[1], self._plan.answers):
            return None
        if found[1].type == "records" and isinstance(value, list):
            fields = frozenset({"id", *(f.id for f in found[1].fields)})
            return [Record(r, fields) for r in value if isinstance(r, dict)]
        return value

    def __iter__(self) -> Iterator[str]:
        return (q.id for _, q in self._qset)

    def __len__(self) -> int:
        return sum(1 for _ in self._qset)


@dataclass
class PhaseView:
    """One phase: ``number``, ``id``, ``title``, guiding ``question``, ``intro``, and how complete it is."""

    number: int
    id: str
    title: str
    question: str
    intro: str
    answered: int
    total: int


@dataclass
class ObjectiveView:
    """One objective with what a reader needs to judge it.

    Attributes:
        id, statement, kind, metric, unit, baseline, target, deadline, budget, owner:
            The record's fields (``None`` where empty); ``kind`` is the choice's label.
        measurable: It has a metric and a numeric target.
        time_bound: It has a deadline.
        latest: The latest measurement (none until measurements are recorded).
        progress: (latest − baseline) / (target − baseline), when it can be computed.
        status: ``no_data`` until measurements exist.
    """

    id: str
    statement: str | None
    kind: str | None
    metric: str | None
    unit: str | None
    baseline: float | None
    target: float | None
    deadline: dt.date | None
    budget: float | None
    owner: str | None
    measurable: bool
    time_bound: bool
    latest: float | None = None
    latest_date: dt.date | None = None
    progress: float | None = None
    expected: float | None = None
    status: str = "no_data"
    due: str = "ok"
    next_due: dt.date | None = None
    chart: ChartView | None = None
    start: dt.date | None = None
    """When work on it begins, when not at the plan's start."""
    baseline_period: str | None = None
    data_source: str | None = None
    business_goal: str | None = None
    """The business goal it serves (the choice's label)."""
    rationale: str | None = None
    """What the number rests on (why it is realistic)."""
    cost_per_result: float | None = None
    """Its budget for each unit of change from baseline to target (``None`` without all three)."""


@dataclass
class ChartView:
    """An objective's measurements against its target, for a line chart (two or more measurements)."""

    dates: list[dt.date]
    values: list[float]
    target: float | None
    low: float
    high: float
    pace: list[tuple[dt.date, float]] = field(default_factory=list)
    """The expected course: baseline on the plan's first day to target on the deadline (when known)."""


@dataclass
class DecisionView:
    """One decision of the log: from the plan's own answers, from a review, or an applied adjustment.

    ``change`` says what it changed in the plan (``O2 Target: 1,700 → 1,900``), or ``None``;
    ``adjustment`` is the adjustment's id (``J1``) when the entry is one.
    """

    date: dt.date | None
    decision: str | None
    reason: str | None
    owner: str | None
    change: str | None
    review: str | None
    adjustment: str | None = None


@dataclass
class ReviewView:
    """One review: its id, date, the answers given (question id → text) and its decisions."""

    id: str
    date: dt.date | None
    answers: dict[str, str]
    decisions: list[DecisionView]


@dataclass
class ChannelView:
    """One channel of the channel plan, with its share of the total budget (0–1, or ``None``)."""

    id: str
    name: str | None
    why: str | None
    budget: float | None
    share: float | None
    objectives: list[str]
    demands: str | None
    targeting: str | None


@dataclass
class BudgetLineView:
    """Money outside the channels (a photographer, print, a reserve): what, how much, for which objectives."""

    id: str
    what: str | None
    amount: float | None
    share: float | None
    objectives: list[str]


@dataclass
class BudgetView:
    """The money: the total, what the channels and the other budget lines take, and what is left.

    ``None`` where unknown. `allocated` is the channels' sum; `lines_total` the
    other lines'; `unallocated` what neither takes of the total.
    """

    total: float | None
    allocated: float
    unallocated: float | None
    over: bool
    basis: float | None
    """What shares are taken of: the total budget, else the sum of the channels and the other lines."""
    lines: list[BudgetLineView] = field(default_factory=list)
    lines_total: float = 0.0


@dataclass
class ActivityView:
    """One activity of the action plan, with its channel's name and the label of its kind."""

    id: str
    what: str | None
    kind: str | None
    owner: str | None
    start: dt.date | None
    end: dt.date | None
    effort: float | None
    channel: str | None
    objectives: list[str]
    status: str | None = None
    """Where it stands: ``planned``, ``in_progress``, ``done``, ``postponed`` or ``dropped`` (when set)."""
    status_label: str | None = None

    @property
    def gantt_end(self) -> dt.date | None:
        """The day after the activity ends: Mermaid's gantt takes the end date as exclusive."""
        last = self.end or self.start
        return None if last is None else last + dt.timedelta(days=1)


@dataclass
class OpenPoint:
    """A question not answered yet: its phase, id and prompt."""

    phase: PhaseView
    id: str
    prompt: str

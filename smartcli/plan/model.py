"""The question set and the plan as typed data; no I/O happens here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

from smartcli.i18n import Lang

SCHEMA_VERSION = 2
"""The plan file schema this version of smart writes (the ``smart_plan`` key)."""

PHASE_IDS = ("situation", "objectives", "agenda", "reporting", "adaptation")
"""The five phases in the model's order; their initials in Danish spell SMART."""

QuestionType = Literal[
    "text",
    "long_text",
    "choice",
    "multi_choice",
    "yes_no",
    "number",
    "percent",
    "money",
    "date",
    "list",
    "records",
    "ref",
    "raw",
]
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)
FIELD_TYPES: tuple[str, ...] = tuple(t for t in QUESTION_TYPES if t not in ("records", "raw"))
TOP_LEVEL_TYPES: tuple[str, ...] = tuple(t for t in QUESTION_TYPES if t not in ("ref", "raw"))
"""``raw`` (any value, kept as written) is for smart's own records, not for question files."""
NUMERIC_TYPES = frozenset({"number", "percent", "money"})

Number = int | float
"""Answers to number, percent and money questions."""


@dataclass(frozen=True)
class Text:
    """A text in both languages, side by side."""

    da: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.da if lang == "da" else self.en


@dataclass(frozen=True)
class Choice:
    """One option of a choice question: a stable key stored in the plan, a label shown."""

    key: str
    label: Text


@dataclass(frozen=True)
class Condition:
    """Ask a question only when an earlier answer is one of `values`."""

    question: str
    values: tuple[Any, ...]

    def holds(self, answers: dict[str, Any]) -> bool:
        """Whether the condition is met by `answers`."""
        answer = answers.get(self.question)
        if isinstance(answer, list):
            return any(v in answer for v in self.values)
        return answer in self.values


@dataclass(frozen=True)
class Question:
    """One question of a phase, or one field of a record question.

    Attributes:
        id: Stable identifier, the key in the plan file.
        type: How the answer is asked, validated and stored.
        prompt: The question (for a record field: its label).
        help: What the question is for, with tools a user might use.
        example: A sample answer.
        required: Whether an empty answer is refused.
        covers: The points of the model (``S1``, ``M2``...) this question covers.
        choices: The options of ``choice`` and ``multi_choice`` questions.
        when: Ask only when this condition holds.
        fields: The fields of each record of a ``records`` question.
        id_prefix: Records get ids like ``O1``, ``O2`` from this prefix.
        item: What one record is called (``competitor``).
        minimum: The smallest number accepted.
        maximum: The largest number accepted.
        not_before: A date bound: ``period.start``, ``period.end`` or a sibling date field.
        not_after: A date bound, as `not_before`.
        ref: For ``ref`` fields: the records question whose ids may be chosen.
        many: For ``ref`` fields: whether several records may be chosen.
        review: Whether a review (``smart review``) asks this question again.
        not_equal: For record fields: a sibling field this one must differ from
            (an objective's target from its baseline).
        warn_unless: What the answer should name (``number``, ``time``); the
            user is warned, not stopped, when it doesn't.
        quick: Whether the short route (``smart new --quick``) asks it: the
            core a one-page plan and its report need.
    """

    id: str
    type: QuestionType
    prompt: Text
    help: Text | None = None
    example: Text | None = None
    required: bool = False
    covers: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    when: Condition | None = None
    fields: tuple[Question, ...] = ()
    id_prefix: str = ""
    item: Text | None = None
    minimum: float | None = None
    maximum: float | None = None
    not_before: str | None = None
    not_after: str | None = None
    ref: str | None = None
    many: bool = False
    review: bool = False
    not_equal: str | None = None
    warn_unless: tuple[str, ...] = ()
    quick: bool = False

    def choice_label(self, key: str, lang: Lang) -> str:
        """The label of choice `key`, or the key itself when it is not a choice."""
        for choice in self.choices:
            if choice.key == key:
                return choice.label(lang)
        return key

    def item_noun(self, lang: Lang) -> str:
        """What one record is called, without its article (``kanal``, ``objective``)."""
        item = self.item(lang) if self.item else ""
        return item.split(" ", 1)[1] if " " in item else item

    def field(self, field_id: str) -> Question | None:
        """The record field called `field_id`, if there is one."""
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True)
class Phase:
    """One of the five phases: its guiding question, an introduction, and its questions."""

    id: str
    number: int
    title: Text
    question: Text
    intro: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class QuestionSet:
    """All five phases in order, with lookups by question id."""

    phases: tuple[Phase, ...]
    _index: dict[str, tuple[Phase, Question]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for phase in self.phases:
            for question in phase.questions:
                self._index[question.id] = (phase, question)

    def __iter__(self) -> Iterator[tuple[Phase, Question]]:
        for phase in self.phases:
            for question in phase.questions:
                yield phase, question

    def find(self, question_id: str) -> tuple[Phase, Question] | None:
        """The phase and question with id `question_id`, if any."""
        return self._index.get(question_id)

    def phase(self, phase_id: str) -> Phase:
        """The phase called `phase_id`."""
        return next(p for p in self.phases if p.id == phase_id)

    def without_review(self) -> QuestionSet:
        """Every phase without its review questions (what was reached and learned), in the same order."""
        return QuestionSet(
            tuple(replace(p, questions=tuple(q for q in p.questions if not q.review)) for p in self.phases)
        )

    def quick_route(self) -> QuestionSet:
        """The short route: every phase with only its ``quick`` questions, in the same order."""
        return QuestionSet(
            tuple(replace(p, questions=tuple(q for q in p.questions if q.quick)) for p in self.phases)
        )


@dataclass
class Period:
    """The plan period: the objectives' deadlines and the activities fall within it."""

    start: dt.date
    end: dt.date


@dataclass
class Plan:
    """A plan as answered so far.

    ``answers`` maps question ids to typed answers; a question that is not in it
    has not been asked yet, and ``None`` means it was asked and skipped. Keys a
    newer or hand-edited file holds that this version does not know are kept in
    ``extra`` (top level) and ``extra_answers`` (per phase) and written back as
    they were.
    """

    language: Lang
    company: str = ""
    title: str = ""
    period: Period | None = None
    currency: str = "DKK"
    updated: dt.date | None = None
    ignore_checks: list[str] = field(default_factory=list)
    read_as_version: int = field(default=SCHEMA_VERSION, compare=False)
    """The schema version the file had when it was read (it is always written in the current one)."""
    answers: dict[str, Any] = field(default_factory=dict)
    measurements: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    origin: dict[str, Any] | None = None
    merge_conflicts: list[dict[str, Any]] = field(default_factory=list)
    extra_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


RECORD_ID = re.compile(r"^([A-Z]+)(\d+)$")

CONFIDENCE = (
    Choice("on_track", Text("På sporet", "On track")),
    Choice("at_risk", Text("I fare", "At risk")),
    Choice("off_track", Text("Ude af kurs", "Off track")),
)

MEASUREMENTS = Question(
    id="measurements",
    type="records",
    prompt=Text("Målinger", "Measurements"),
    id_prefix="M",
    item=Text("en måling", "a measurement"),
    fields=(
        Question("objective", "ref", Text("Målsætning", "Objective"), required=True, ref="objectives"),
        Question("date", "date", Text("Dato", "Date"), required=True),
        Question("value", "number", Text("Værdi", "Value"), required=True),
        Question("confidence", "choice", Text("Vurdering", "Confidence"), choices=CONFIDENCE),
        Question("note", "long_text", Text("Hvad påvirkede tallet", "What influenced it")),
    ),
)
"""The measurements recorded by ``smart track``: a records list of the plan's own."""

DECISIONS = Question(
    id="decisions",
    type="records",
    prompt=Text("Beslutninger", "Decisions"),
    id_prefix="D",
    item=Text("en beslutning", "a decision"),
    fields=(
        Question("decision", "text", Text("Beslutning", "Decision"), required=True),
        Question("reason", "long_text", Text("Begrundelse", "Reason")),
        Question("owner", "text", Text("Ansvarlig", "Owner")),
        Question("record", "text", Text("Ændrer", "Changes")),
        Question("field", "text", Text("Felt", "Field")),
        Question("before", "raw", Text("Før", "Before")),
        Question("after", "raw", Text("Efter", "After")),
    ),
)
"""A review's decisions; one that changes the plan names the record, the field, before and after."""


def review_records(qset: QuestionSet) -> Question:
    """The reviews recorded by ``smart review``: a date, the review questions' answers, the decisions."""
    answers = tuple(
        Question(q.id, q.type, q.prompt) for _, q in qset if q.review and q.type in ("text", "long_text")
    )
    return Question(
        id="reviews",
        type="records",
        prompt=Text("Gennemgange", "Reviews"),
        id_prefix="RV",
        item=Text("en gennemgang", "a review"),
        fields=(Question("date", "date", Text("Dato", "Date"), required=True), *answers, DECISIONS),
    )


def as_number(value: Any) -> Number | None:
    """`value` when it is a number (an answer to a number, percent or money question), else ``None``."""
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def next_record_id(prefix: str, records: list[dict[str, Any]]) -> str:
    """The next free id for a record: the prefix and one more than the highest number used."""
    highest = 0
    for record in records:
        match = RECORD_ID.match(str(record.get("id", "")))
        if match and match.group(1) == prefix:
            highest = max(highest, int(match.group(2)))
    return f"{prefix}{highest + 1}"


def is_empty(value: Any) -> bool:
    """Whether an answer or field holds nothing (``None``, blank text, an empty list)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict):
        return not value
    return False


def record_is_complete(question: Question, record: dict[str, Any]) -> bool:
    """Whether every required field of `record` has a value."""
    return all(not is_empty(record.get(f.id)) for f in question.fields if f.required)


def is_answered(question: Question, answers: dict[str, Any]) -> bool:
    """Whether `question` has been dealt with: asked (even if skipped) and, for records, complete."""
    if question.id not in answers:
        return False
    value = answers[question.id]
    if question.type == "records" and isinstance(value, list):
        return all(record_is_complete(question, r) for r in value if isinstance(r, dict))
    return True


def applies(question: Question, answers: dict[str, Any]) -> bool:
    """Whether `question` is asked, given the answers so far."""
    return question.when is None or question.when.holds(answers)


def record_summary(question: Question, record: dict[str, Any], limit: int = 60) -> str:
    """A record in one line, by its first filled text field (``Bageren på hjørnet``)."""
    for sub in question.fields:
        value = record.get(sub.id)
        if sub.type in ("text", "long_text") and not is_empty(value):
            text = " ".join(str(value).split())
            return text if len(text) <= limit else text[: limit - 1] + "…"
    return ""

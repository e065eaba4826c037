"""Loading the question sets: one YAML file per phase, validated with every problem reported at once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, cast

from smartcli.errors import Problem, QuestionSetError
from smartcli.i18n import LANGUAGES
from smartcli.plan.model import (
    FIELD_TYPES,
    PHASE_IDS,
    TOP_LEVEL_TYPES,
    Choice,
    Condition,
    Phase,
    Question,
    QuestionSet,
    QuestionType,
    Text,
)
from smartcli.plan.store import YamlReadError, YMap, YScalar, YSeq, parse_yaml, read_text
from smartcli.plan.values import ValueProblemError, canonical_number, parse_yes_no
from smartcli.resources import data_dir

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
PREFIX = re.compile(r"^[A-Z]{1,3}$")
MODEL_POINTS: dict[str, int] = {"S": 9, "M": 4, "A": 16, "R": 5, "T": 4}
"""How many numbered points each phase of the model has (see the method description)."""
COVER = re.compile(r"^([SMART])(\d{1,2})$")
DATE_BOUNDS = ("period.start", "period.end")

_PHASE_KEYS = ("phase", "number", "title", "question", "intro", "questions")
_QUESTION_KEYS = (
    "id", "type", "prompt", "help", "example", "required", "covers", "choices", "when",
    "fields", "id_prefix", "item", "min", "max", "not_before", "not_after", "ref", "many",
    "review", "not_equal", "warn_unless", "quick",
)  # fmt: skip
WARNINGS = ("number", "time")


def all_model_points() -> list[str]:
    """Every point of the model, ``S1`` to ``T4``, in order."""
    return [f"{letter}{n}" for letter, count in MODEL_POINTS.items() for n in range(1, count + 1)]


@dataclass
class _Reader:
    """Reads one question file, collecting problems instead of stopping at the first."""

    problems: list[Problem] = field(default_factory=list)

    def problem(self, code: str, path: str, node: Any = None, **params: Any) -> None:
        line = getattr(node, "line", None)
        column = getattr(node, "column", None)
        self.problems.append(Problem(code, params, path=path, line=line, column=column))

    def mapping(self, node: Any, path: str) -> YMap | None:
        if isinstance(node, YMap):
            return node
        self.problem("schema.expected_mapping", path, node)
        return None

    def check_keys(self, node: YMap, known: tuple[str, ...], path: str) -> None:
        for key in node:
            if key not in known:
                self.problem("schema.unknown_key", path, _KeyAt(node, key), key=key, known=", ".join(known))

    def text(self, parent: YMap, key: str, path: str, *, required: bool = True) -> str | None:
        node = parent.get(key)
        where = f"{path}.{key}" if path else key
        if node is None or (isinstance(node, YScalar) and node.is_null):
            if required:
                self.problem("schema.missing", where, node or _KeyAt(parent, key))
            return None
        if not isinstance(node, YScalar):
            self.problem("schema.expected_text", where, node)
            return None
        if required and not node.text.strip():
            self.problem("schema.empty", where, node)
            return None
        return node.text

    def bilingual(self, parent: YMap, key: str, path: str, *, required: bool = True) -> Text | None:
        where = f"{path}.{key}" if path else key
        node = parent.get(key)
        if node is None or (isinstance(node, YScalar) and node.is_null):
            if required:
                self.problem("schema.missing", where, _KeyAt(parent, key))
            return None
        mapping = self.mapping(node, where)
        if mapping is None:
            return None
        self.check_keys(mapping, LANGUAGES, where)
        texts = [self.text(mapping, lang, where) for lang in LANGUAGES]
        if any(text is None for text in texts):
            return None
        return Text(*cast("list[str]", texts))

    def flag(self, parent: YMap, key: str, path: str) -> bool:
        node = parent.get(key)
        if node is None:
            return False
        try:
            if isinstance(node, YScalar):
                return parse_yes_no(node.text)
        except ValueProblemError:
            pass
        self.problem("schema.bad_flag", f"{path}.{key}", node)
        return False

    def number(self, parent: YMap, key: str, path: str) -> float | None:
        node = parent.get(key)
        if node is None:
            return None
        value = canonical_number(node.text) if isinstance(node, YScalar) else None
        if value is None:
            self.problem("value.number", f"{path}.{key}", node)
            return None
        return float(value)


@dataclass(frozen=True)
class _KeyAt:
    """Where a key of a mapping is (or where the mapping is, when the key is missing)."""

    mapping: YMap
    key: str

    @property
    def line(self) -> int:
        return self.mapping.key_lines.get(self.key, self.mapping.line)

    @property
    def column(self) -> int | None:
        return None if self.key in self.mapping.key_lines else self.mapping.column


def _read_choices(r: _Reader, node: YMap, path: str) -> tuple[Choice, ...]:
    choices_node = node.get("choices")
    if choices_node is None:
        return ()
    if not isinstance(choices_node, YSeq):
        r.problem("schema.expected_list", f"{path}.choices", choices_node)
        return ()
    choices = []
    for i, item in enumerate(choices_node):
        where = f"{path}.choices[{i}]"
        mapping = r.mapping(item, where)
        if mapping is None:
            continue
        r.check_keys(mapping, ("key", *LANGUAGES), where)
        key = r.text(mapping, "key", where)
        if key is not None and not IDENTIFIER.match(key):
            r.problem("schema.bad_identifier", f"{where}.key", mapping.get("key"), value=key)
        labels = [r.text(mapping, lang, where) for lang in LANGUAGES]
        if key is not None and all(label is not None for label in labels):
            choices.append(Choice(key, Text(*cast("list[str]", labels))))
    return tuple(choices)


def _read_question(r: _Reader, node: Any, path: str, *, is_field: bool) -> Question | None:
    mapping = r.mapping(node, path)
    if mapping is None:
        return None
    r.check_keys(mapping, _QUESTION_KEYS, path)
    problems_before = len(r.problems)
    qid = r.text(mapping, "id", path)
    if qid is not None and not IDENTIFIER.match(qid):
        r.problem("schema.bad_identifier", f"{path}.id", mapping.get("id"), value=qid)
    qtype = r.text(mapping, "type", path)
    allowed = FIELD_TYPES if is_field else TOP_LEVEL_TYPES
    if qtype is not None and qtype not in allowed:
        r.problem(
            "schema.bad_type", f"{path}.type", mapping.get("type"), value=qtype, known=", ".join(allowed)
        )
    prompt = r.bilingual(mapping, "prompt", path)
    help_text = r.bilingual(mapping, "help", path, required=not is_field)
    example = r.bilingual(mapping, "example", path, required=False)
    item = r.bilingual(mapping, "item", path, required=qtype == "records")
    if item is not None and not (
        item.da.split(" ")[0] in ("en", "et") and item.en.split(" ")[0] in ("a", "an")
    ):
        r.problem("schema.item_article", f"{path}.item", mapping.get("item"))
    choices = _read_choices(r, mapping, path)
    if qtype in ("choice", "multi_choice") and not choices:
        r.problem("schema.needs_choices", path, mapping, type=qtype)

    covers: list[str] = []
    covers_node = mapping.get("covers")
    if covers_node is not None:
        if isinstance(covers_node, YSeq):
            for i, point in enumerate(covers_node):
                text = point.text if isinstance(point, YScalar) else ""
                match = COVER.match(text)
                if not match or not 1 <= int(match.group(2)) <= MODEL_POINTS[match.group(1)]:
                    r.problem("schema.bad_cover", f"{path}.covers[{i}]", point, value=text)
                else:
                    covers.append(text)
        else:
            r.problem("schema.expected_list", f"{path}.covers", covers_node)

    fields: list[Question] = []
    if qtype == "records":
        fields_node = mapping.get("fields")
        prefix = r.text(mapping, "id_prefix", path)
        if prefix is not None and not PREFIX.match(prefix):
            r.problem("schema.bad_prefix", f"{path}.id_prefix", mapping.get("id_prefix"))
        if not isinstance(fields_node, YSeq) or not fields_node:
            r.problem("schema.needs_fields", path, mapping)
        else:
            seen: set[str] = set()
            for i, field_node in enumerate(fields_node):
                sub = _read_question(r, field_node, f"{path}.fields[{i}]", is_field=True)
                if sub is None:
                    continue
                if sub.id in seen or sub.id == "id":
                    r.problem(
                        "schema.duplicate_question",
                        f"{path}.fields[{i}].id",
                        field_node,
                        id=sub.id,
                        other=path,
                    )
                seen.add(sub.id)
                fields.append(sub)
            field_ids = {f.id for f in fields}
            for i, sub in enumerate(fields):
                for bound in (sub.not_before, sub.not_after):
                    if bound and bound not in DATE_BOUNDS and bound not in field_ids:
                        r.problem("schema.bad_bound", f"{path}.fields[{i}]", fields_node[i], value=bound)
                if sub.not_equal and sub.not_equal not in field_ids:
                    where = f"{path}.fields[{i}].not_equal"
                    r.problem("schema.bad_bound", where, fields_node[i], value=sub.not_equal)
    else:
        for bound_key in ("not_before", "not_after"):
            bound = mapping.get(bound_key)
            if isinstance(bound, YScalar) and bound.text not in DATE_BOUNDS and not is_field:
                r.problem("schema.bad_bound", f"{path}.{bound_key}", bound, value=bound.text)

    when = None
    when_node = mapping.get("when")
    if when_node is not None:
        when_map = r.mapping(when_node, f"{path}.when")
        if when_map is not None:
            r.check_keys(when_map, ("question", "equals", "in"), f"{path}.when")
            target = r.text(when_map, "question", f"{path}.when")
            raw_values = when_map.get("in", when_map.get("equals"))
            items = list(raw_values) if isinstance(raw_values, YSeq) else [raw_values]
            values = tuple(v for v in items if isinstance(v, YScalar))
            if target is not None and values:
                when = Condition(target, tuple(v.text for v in values))
            else:
                r.problem("schema.missing", f"{path}.when.equals", when_map)

    if qtype == "ref" and r.text(mapping, "ref", path) is None:
        return None
    warn_unless: list[str] = []
    warn_node = mapping.get("warn_unless")
    if warn_node is not None:
        entries = list(warn_node) if isinstance(warn_node, YSeq) else [warn_node]
        for entry in entries:
            text = entry.text if isinstance(entry, YScalar) else ""
            if text in WARNINGS:
                warn_unless.append(text)
            else:
                known = ", ".join(WARNINGS)
                r.problem("schema.unknown_choice", f"{path}.warn_unless", entry, value=text, choices=known)
    quick = r.flag(mapping, "quick", path)
    if quick and is_field:  # the short route asks whole questions, not a record's fields
        r.problem("schema.quick_field", f"{path}.quick", mapping.get("quick"))
    if len(r.problems) > problems_before or qid is None or qtype is None or prompt is None:
        return None
    return Question(
        id=qid,
        type=cast("QuestionType", qtype),
        prompt=prompt,
        help=help_text,
        example=example,
        required=r.flag(mapping, "required", path),
        covers=tuple(covers),
        choices=choices,
        when=when,
        fields=tuple(fields),
        id_prefix=r.text(mapping, "id_prefix", path, required=False) or "",
        item=item,
        minimum=r.number(mapping, "min", path),
        maximum=r.number(mapping, "max", path),
        not_before=r.text(mapping, "not_before", path, required=False),
        not_after=r.text(mapping, "not_after", path, required=False),
        ref=r.text(mapping, "ref", path, required=False),
        many=r.flag(mapping, "many", path),
        review=r.flag(mapping, "review", path),
        not_equal=r.text(mapping, "not_equal", path, required=False),
        warn_unless=tuple(warn_unless),
        quick=quick,
    )


def load_phase_file(path: Path) -> Phase:
    """Load and validate one phase's question file.

    Raises:
        QuestionSetError: With every problem found, each with its field path and line.
    """
    try:
        root = parse_yaml(read_text(path))
    except YamlReadError as e:
        raise QuestionSetError(path, e.problems) from e
    r = _Reader()
    mapping = r.mapping(root, "")
    if mapping is None:
        raise QuestionSetError(path, r.problems)
    r.check_keys(mapping, _PHASE_KEYS, "")
    phase_id = r.text(mapping, "phase", "")
    if phase_id is not None and phase_id not in PHASE_IDS:
        r.problem("schema.bad_phase", "phase", mapping.get("phase"), known=", ".join(PHASE_IDS))
    number = r.number(mapping, "number", "")
    title = r.bilingual(mapping, "title", "")
    guiding = r.bilingual(mapping, "question", "")
    intro = r.bilingual(mapping, "intro", "")
    questions: list[Question] = []
    questions_node = mapping.get("questions")
    if not isinstance(questions_node, YSeq) or not questions_node:
        r.problem("schema.expected_list", "questions", questions_node or mapping)
    else:
        for i, node in enumerate(questions_node):
            question = _read_question(r, node, f"questions[{i}]", is_field=False)
            if question is not None:
                questions.append(question)
    if r.problems or phase_id is None or number is None or not (title and guiding and intro):
        raise QuestionSetError(path, r.problems)
    return Phase(phase_id, int(number), title, guiding, intro, tuple(questions))


def _typed_condition_values(condition: Condition, target: Question) -> tuple[Any, ...]:
    """The `when` values read as the target question's type (``yes`` is true for yes/no)."""
    if target.type == "yes_no":
        return tuple(parse_yes_no(str(v)) for v in condition.values)
    return condition.values


def _check_references(phases: list[Phase], paths: dict[str, Path]) -> list[QuestionSetError]:
    """Problems that span files: duplicate ids, ``when`` and ``ref`` pointing nowhere."""
    errors: dict[str, list[Problem]] = {}
    seen: dict[str, str] = {}
    records = {q.id for p in phases for q in p.questions if q.type == "records"}
    quick = {q.id for p in phases for q in p.questions if q.quick}
    for phase in phases:
        for i, question in enumerate(phase.questions):
            where = f"questions[{i}]"
            problems = errors.setdefault(phase.id, [])
            if question.id in seen:
                problems.append(
                    Problem(
                        "schema.duplicate_question",
                        {"id": question.id, "other": seen[question.id]},
                        path=f"{where}.id",
                    )
                )
            if question.when and question.when.question not in seen:
                problems.append(
                    Problem("schema.bad_when", {"question": question.when.question}, path=f"{where}.when")
                )
            elif question.when and question.quick and question.when.question not in quick:
                # the short route would never ask what decides whether this question applies
                problems.append(
                    Problem("schema.quick_when", {"question": question.when.question}, path=f"{where}.when")
                )
            for j, sub in enumerate(question.fields):
                if sub.type == "ref" and sub.ref not in records:
                    problems.append(
                        Problem(
                            "schema.bad_ref_target", {"question": sub.ref}, path=f"{where}.fields[{j}].ref"
                        )
                    )
            seen[question.id] = paths[phase.id].name
    return [QuestionSetError(paths[pid], problems) for pid, problems in errors.items() if problems]


def load_question_set(folder: Path | None = None) -> QuestionSet:
    """Load the five phase files from `folder` (the shipped ``questions/`` by default).

    Raises:
        QuestionSetError: For the first file with problems, listing all of them.
    """
    folder = folder or data_dir("questions")
    phases: list[Phase] = []
    paths: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        phase = load_phase_file(path)
        phases.append(phase)
        paths[phase.id] = path
    phases.sort(key=lambda p: p.number)
    found = [p.id for p in phases]
    if found != list(PHASE_IDS):
        problem = Problem("schema.bad_phase", {"known": ", ".join(PHASE_IDS)}, path=", ".join(found))
        raise QuestionSetError(folder, [problem])
    errors = _check_references(phases, paths)
    if errors:
        raise errors[0]
    return QuestionSet(tuple(_with_typed_conditions(phases, paths)))


def _with_typed_conditions(phases: list[Phase], paths: dict[str, Path]) -> list[Phase]:
    """The phases with each ``when`` value read as its target question's type."""
    index = {q.id: q for p in phases for q in p.questions}
    resolved = []
    for phase in phases:
        questions = []
        for i, question in enumerate(phase.questions):
            if question.when is not None:
                try:
                    values = _typed_condition_values(question.when, index[question.when.question])
                except ValueProblemError as e:
                    problem = Problem(e.key, e.params, path=f"questions[{i}].when")
                    raise QuestionSetError(paths[phase.id], [problem]) from e
                question = replace(question, when=Condition(question.when.question, values))
            questions.append(question)
        resolved.append(replace(phase, questions=tuple(questions)))
    return resolved


@cache
def shipped_question_set() -> QuestionSet:
    """The question set shipped with smart, loaded once per process."""
    return load_question_set()

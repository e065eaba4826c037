"""Reading a parsed plan file into a :class:`~smartcli.plan.model.Plan`, every problem located, and back.

A plan is read in one of two modes. A *plan file* (it has ``smart_plan:``) is
what smart wrote: numbers are plain (``1250000.5``). An *answers file*
(``smart new --from``) is what a person wrote: each value is read as if it had
been typed at the prompt in the plan's language, so ``1.250.000,50`` and
``31.3.2027`` work in a Danish one, and record ids may be left out.

Back the other way, :func:`plan_to_data` gives a plan as the data its file
holds, in file order, for :mod:`smartcli.plan.planfile` to write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from smartcli.errors import Problem
from smartcli.i18n import LANGUAGES, Lang
from smartcli.plan.migrations import MIGRATIONS
from smartcli.plan.model import (
    MEASUREMENTS,
    NUMERIC_TYPES,
    PHASE_IDS,
    RECORD_ID,
    SCHEMA_VERSION,
    Period,
    Plan,
    Question,
    QuestionSet,
    is_empty,
    next_record_id,
    review_records,
)
from smartcli.plan.store import (
    YMap,
    YNode,
    YScalar,
    YSeq,
    plain_value,
)
from smartcli.plan.suggest import unknown_key
from smartcli.plan.values import (
    ValueProblemError,
    canonical_number,
    check_period,
    parse_currency,
    parse_date,
    parse_number,
    parse_yes_no,
)

LIFECYCLE_KEYS = ("measurements", "reviews", "origin", "merge_conflicts")
"""Top-level keys for what happens after the first pass: tracking, reviews, the previous cycle."""
META_KEYS = ("smart_plan", "language", "company", "title", "period", "currency", "updated", "ignore_checks")


@dataclass
class _Context:
    """What converting one file needs: its mode, language, and the problems found so far."""

    qset: QuestionSet
    lang: Lang
    typed: bool
    problems: list[Problem] = field(default_factory=list)
    refs: list[tuple[Question, Any, str, YNode]] = field(default_factory=list)

    def problem(self, code: str, path: str, node: Any = None, **params: Any) -> None:
        line = getattr(node, "line", None)
        column = getattr(node, "column", None)
        self.problems.append(Problem(code, params, path=path, line=line, column=column))


def _scalar(
    ctx: _Context, node: YNode | None, path: str, key: str = "schema.expected_scalar"
) -> YScalar | None:
    if node is None or (isinstance(node, YScalar) and node.is_null):
        return None
    if not isinstance(node, YScalar):
        ctx.problem(key, path, node)
        return None
    return node


def _convert_scalar(ctx: _Context, question: Question, node: YScalar, path: str) -> Any:
    """A scalar answer read as `question`'s type, or ``None`` after recording a problem."""
    text = node.text
    kind = question.type
    try:
        if kind in ("text", "long_text"):
            return text
        if kind == "yes_no":
            return parse_yes_no(text)
        if kind == "date":
            return parse_date(text, ctx.lang)
        if kind in NUMERIC_TYPES:
            # A plan file's own notation first (1250000.5); failing that, the
            # way a person types it, so a hand-edited 1.250.000,50 still reads.
            number = None if ctx.typed else canonical_number(text)
            return number if number is not None else parse_number(text, ctx.lang)
        if kind == "choice":
            return _choice_key(ctx, question, node, path)
    except ValueProblemError as e:
        ctx.problem(e.key, path, node, **e.params)
        return None
    raise AssertionError(kind)  # pragma: no cover - callers dispatch the other types


def _choice_key(ctx: _Context, question: Question, node: YScalar, path: str) -> str | None:
    keys = [c.key for c in question.choices]
    if node.text in keys:
        return node.text
    if ctx.typed:  # a person may write the label they saw, in either language
        wanted = node.text.strip().casefold()
        for choice in question.choices:
            if wanted in (choice.label.da.casefold(), choice.label.en.casefold(), choice.key):
                return choice.key
    ctx.problem("schema.unknown_choice", path, node, value=node.text, choices=", ".join(keys))
    return None


def _convert(ctx: _Context, question: Question, node: YNode | None, path: str) -> Any:
    """`node` read as the answer to `question` (``None`` when empty or wrong)."""
    kind = question.type
    if kind in ("list", "multi_choice"):
        if node is None or (isinstance(node, YScalar) and node.is_null):
            return None
        items = node if isinstance(node, YSeq) else [node] if ctx.typed else None
        if items is None:
            ctx.problem("value.list" if kind == "list" else "schema.expected_list", path, node)
            return None
        result = []
        for i, item in enumerate(items):
            scalar = _scalar(ctx, item, f"{path}[{i}]")
            if scalar is None:
                continue
            if kind == "multi_choice":
                key = _choice_key(ctx, question, scalar, f"{path}[{i}]")
                if key is not None and key not in result:
                    result.append(key)
            else:
                result.append(scalar.text)
        return result
    if kind == "records":
        return _convert_records(ctx, question, node, path)
    if kind == "raw":
        return plain_value(node)
    if kind == "ref":
        if node is not None and not (isinstance(node, YScalar) and node.is_null):
            ctx.refs.append((question, None, path, node))
        return _ref_value(question, node)
    scalar = _scalar(ctx, node, path)
    return None if scalar is None else _convert_scalar(ctx, question, scalar, path)


def _ref_value(question: Question, node: YNode | None) -> Any:
    """The record ids a ``ref`` field names (checked against the records once all are read)."""
    if isinstance(node, YSeq):
        ids = [item.text for item in node if isinstance(item, YScalar) and not item.is_null]
    elif isinstance(node, YScalar) and not node.is_null:
        ids = [part.strip() for part in node.text.split(",") if part.strip()]
    else:
        return None
    if question.many:
        return ids
    return ids[0] if ids else None


def _convert_records(ctx: _Context, question: Question, node: YNode | None, path: str) -> Any:
    if node is None or (isinstance(node, YScalar) and node.is_null):
        return None
    if not isinstance(node, YSeq):
        ctx.problem("value.records", path, node)
        return None
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    known = {"id", *(f.id for f in question.fields)}
    for i, item in enumerate(node):
        where = f"{path}[{i}]"
        if not isinstance(item, YMap):
            ctx.problem("schema.expected_mapping", where, item)
            continue
        record: dict[str, Any] = {}
        id_node = item.get("id")
        if id_node is None and ctx.typed:
            record["id"] = None  # given below, once every written id is known
        else:
            scalar = _scalar(ctx, id_node, f"{where}.id")
            match = RECORD_ID.match(scalar.text) if scalar else None
            if scalar is None or match is None or match.group(1) != question.id_prefix:
                example = f"{question.id_prefix}1"
                ctx.problem(
                    "schema.record_id",
                    f"{where}.id",
                    id_node or item,
                    example=example,
                    prefix=question.id_prefix,
                )
                continue
            if scalar.text in seen:
                ctx.problem("schema.duplicate_id", f"{where}.id", scalar, id=scalar.text)
                continue
            seen.add(scalar.text)
            record["id"] = scalar.text
        for sub in question.fields:
            value = _convert(ctx, sub, item.get(sub.id), f"{where}.{sub.id}")
            if not is_empty(value):
                record[sub.id] = value
        for key, value_node in item.items():
            if key not in known:
                record[key] = plain_value(value_node)
        records.append(record)
    for record in records:
        if record["id"] is None:
            record["id"] = next_record_id(question.id_prefix, records)
    return records


def _check_refs(ctx: _Context, answers: dict[str, Any]) -> None:
    """Every ``ref`` field names records that exist (known only once all answers are read)."""
    known: dict[str, tuple[list[Any], set[Any]]] = {}  # each records question's ids, gathered once
    for question, _, path, node in ctx.refs:
        target = question.ref or ""
        if target not in known:
            ids_there = [r.get("id") for r in answers.get(target) or [] if isinstance(r, dict)]
            known[target] = ids_there, set(ids_there)
        listed, present = known[target]
        ids = _ref_value(question, node)
        for ref_id in ids if isinstance(ids, list) else [ids]:
            if ref_id not in present:
                shown = ", ".join(map(str, listed)) or "-"
                ctx.problem("schema.unknown_ref", path, node, value=ref_id, known=shown)


def _read_meta(ctx: _Context, root: YMap, plan: Plan) -> None:
    """Company, title, currency (an ISO 4217 code), period and the rest of the plan's metadata."""
    for key in ("company", "title"):
        scalar = _scalar(ctx, root.get(key), key)
        if scalar is not None:
            setattr(plan, key, scalar.text)
    currency = _scalar(ctx, root.get("currency"), "currency")
    if currency is not None:
        try:
            plan.currency = parse_currency(currency.text)
        except ValueProblemError as e:
            ctx.problem(e.key, "currency", currency, **e.params)
    _read_period(ctx, root, plan)
    _read_optional(ctx, root, plan)


def _read_period(ctx: _Context, root: YMap, plan: Plan) -> None:
    """The plan period: two dates in range, the end after the start."""
    period = root.get("period")
    if period is not None and not (isinstance(period, YScalar) and period.is_null):
        if not isinstance(period, YMap):
            ctx.problem("schema.expected_mapping", "period", period)
        else:
            dates = []
            for key in ("start", "end"):
                scalar = _scalar(ctx, period.get(key), f"period.{key}")
                if scalar is None:
                    ctx.problem("schema.missing", f"period.{key}", period)
                    continue
                try:
                    dates.append(parse_date(scalar.text, ctx.lang))
                except ValueProblemError as e:
                    ctx.problem(e.key, f"period.{key}", scalar, **e.params)
            if len(dates) == 2:
                try:
                    plan.period = check_period(*dates)
                except ValueProblemError as e:
                    ctx.problem(e.key, "period.end", period.get("end"), **e.params)
                    plan.period = Period(*dates)


def _read_optional(ctx: _Context, root: YMap, plan: Plan) -> None:
    """The checks the plan ignores, and when it was last updated."""
    ignore = root.get("ignore_checks")
    if ignore is not None and not (isinstance(ignore, YScalar) and ignore.is_null):
        items = ignore if isinstance(ignore, YSeq) else [ignore]
        for i, item in enumerate(items):
            scalar = _scalar(ctx, item, f"ignore_checks[{i}]")
            if scalar is not None:
                plan.ignore_checks.append(scalar.text)
    updated = _scalar(ctx, root.get("updated"), "updated")
    if updated is not None:
        try:
            plan.updated = parse_date(updated.text, ctx.lang)
        except ValueProblemError as e:
            ctx.problem(e.key, "updated", updated, **e.params)


def _read_language(ctx: _Context, root: YMap, default: Lang) -> Lang:
    node = root.get("language")
    if node is None and ctx.typed:
        return default
    scalar = _scalar(ctx, node, "language")
    if scalar is None or scalar.text not in LANGUAGES:
        if scalar is not None or not ctx.typed:
            ctx.problem("schema.bad_language", "language", node or root, value=scalar.text if scalar else "")
        return default
    return scalar.text


def _read_version(ctx: _Context, root: YMap) -> int:
    """The file's schema version, after bringing an older file up to date in memory."""
    node = root.get("smart_plan")
    if node is None:
        if not ctx.typed:
            ctx.problem("schema.not_a_plan", "smart_plan", root)
        return SCHEMA_VERSION
    version = canonical_number(node.text) if isinstance(node, YScalar) else None
    if not isinstance(version, int) or version < 1:
        ctx.problem("schema.version_invalid", "smart_plan", node)
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        ctx.problem("schema.version_newer", "smart_plan", node, found=version, known=SCHEMA_VERSION)
        return version
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](root)
    return version


def plan_from_yaml(
    root: YNode | None, qset: QuestionSet, *, typed: bool, lang: Lang
) -> tuple[Plan, list[Problem]]:
    """Convert a parsed file into a plan, with every problem found.

    Args:
        root: The parsed file.
        qset: The questions that give each answer its type.
        typed: Read values as typed at a prompt (answers files) rather than as
            written by smart (plan files).
        lang: The language to read typed values in when the file names none.
    """
    ctx = _Context(qset, lang, typed)
    if root is None:
        root = YMap()
        root.line, root.column, root.key_lines = 1, 1, {}
    if not isinstance(root, YMap):
        ctx.problem("schema.expected_mapping", "", root)
        return Plan(language=lang), ctx.problems
    version = _read_version(ctx, root)
    if ctx.problems and not typed and any(p.key == "schema.version_newer" for p in ctx.problems):
        return Plan(language=lang), ctx.problems  # a newer schema: don't guess at the rest
    ctx.lang = _read_language(ctx, root, lang)
    plan = Plan(language=ctx.lang, read_as_version=version)
    _read_meta(ctx, root, plan)
    for key, node in root.items():
        if key in META_KEYS:
            continue
        if key in PHASE_IDS and isinstance(node, YMap):
            _read_phase(ctx, plan, key, node)
        elif key == "measurements":
            plan.measurements = _convert_records(ctx, MEASUREMENTS, node, key) or []
        elif key == "reviews":
            plan.reviews = _convert_records(ctx, review_records(qset), node, key) or []
        elif key == "origin":
            plan.origin = plain_value(node) if isinstance(node, YMap) else None
        elif key == "merge_conflicts":
            value = plain_value(node)
            plan.merge_conflicts = (
                [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []
            )
        elif typed and (found := qset.find(key)) is not None:  # a flat answers file
            plan.answers[key] = _convert(ctx, found[1], node, key)
        elif typed and key not in PHASE_IDS:  # a person's file: a name smart doesn't know is a slip
            known = [*META_KEYS, *LIFECYCLE_KEYS, *PHASE_IDS, *(q.id for _, q in qset)]
            code, params = unknown_key(key, known)
            if code == "schema.unknown_key":  # the known names are too many to list: say where they are
                code, params = "schema.unknown_key_questions", {"key": key}
            ctx.problem(code, key, node, **params)
        elif key in PHASE_IDS and not (isinstance(node, YScalar) and node.is_null):
            ctx.problem("schema.expected_mapping", key, node)
        else:
            plan.extra[key] = plain_value(node)
    _check_refs(ctx, plan.answers)
    return plan, ctx.problems


def _read_phase(ctx: _Context, plan: Plan, phase_id: str, node: YMap) -> None:
    for qid, value_node in node.items():
        found = ctx.qset.find(qid)
        if found is None or found[0].id != phase_id:
            if ctx.typed:  # in an answers file, as above: say so, with the name it may have meant
                code, params = unknown_key(qid, [q.id for q in ctx.qset.phase(phase_id).questions])
                ctx.problem(code, f"{phase_id}.{qid}", value_node, **params)
                continue
            plan.extra_answers.setdefault(phase_id, {})[qid] = plain_value(value_node)
            continue
        plan.answers[qid] = _convert(ctx, found[1], value_node, f"{phase_id}.{qid}")


# --- and back: the plan as the file's data ------------------------------------------

UPDATED_AFTER = "currency"
"""The key ``updated`` follows in the file (a save that moves the date writes only that line anew)."""


def plan_to_data(plan: Plan, qset: QuestionSet) -> dict[str, Any]:
    """The plan as plain data in file order: metadata, then each phase's answers in question order."""
    data: dict[str, Any] = {"smart_plan": SCHEMA_VERSION, "language": plan.language}
    data["company"] = plan.company
    data["title"] = plan.title
    if plan.period is not None:
        data["period"] = {"start": plan.period.start, "end": plan.period.end}
    data[UPDATED_AFTER] = plan.currency
    if plan.updated is not None:
        data["updated"] = plan.updated
    if plan.ignore_checks:
        data["ignore_checks"] = list(plan.ignore_checks)
    for phase in qset.phases:
        section: dict[str, Any] = {}
        for question in phase.questions:
            if question.id in plan.answers:
                section[question.id] = _answer_data(question, plan.answers[question.id])
        section.update(plan.extra_answers.get(phase.id, {}))
        if section:
            data[phase.id] = section
    for phase_id, extra in plan.extra_answers.items():
        if phase_id not in data and extra:
            data[phase_id] = dict(extra)
    if plan.measurements:
        data["measurements"] = _answer_data(MEASUREMENTS, sorted(plan.measurements, key=measurement_order))
    if plan.reviews:
        data["reviews"] = _answer_data(review_records(qset), plan.reviews)
    if plan.origin:
        data["origin"] = plan.origin
    if plan.merge_conflicts:
        data["merge_conflicts"] = plan.merge_conflicts
    data.update(plan.extra)
    return data


def measurement_order(measurement: dict[str, Any]) -> tuple[Any, int]:
    """Measurements are kept in date order, and in the order they were recorded within a day."""
    match = RECORD_ID.match(str(measurement.get("id", "")))
    return (measurement.get("date") or dt.date.min, int(match.group(2)) if match else 0)


def _answer_data(question: Question, value: Any) -> Any:
    if question.type != "records" or not isinstance(value, list):
        return value
    # This runs for every record of every save: the fields are looked at once, not per record.
    fields = [(sub.id, sub if sub.type == "records" else None) for sub in question.fields]
    records = []
    for record in value:
        out: dict[str, Any] = {"id": record.get("id")}
        for field_id, nested in fields:
            field_value = record.get(field_id)
            if not is_empty(field_value):
                out[field_id] = field_value if nested is None else _answer_data(nested, field_value)
        if len(record) > len(out) - ("id" not in record):  # keys beyond the fields (or empty ones)
            out.update((k, v) for k, v in record.items() if k not in out and question.field(k) is None)
        records.append(out)
    return records

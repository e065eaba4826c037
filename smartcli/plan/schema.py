"""A JSON Schema (2020-12) of the plan file, generated from the question set, for editors.

``smart schema`` prints it; with a ``# yaml-language-server: $schema=...``
line in a plan (or the editor's settings), VS Code and other editors that use
yaml-language-server complete question ids and choices and flag wrong types
while a plan is edited by hand. It describes the file smart writes: dates as
ISO strings (``2027-03-31``), numbers as plain numbers, choices by their keys,
records with their ids (``O1``, ``C2``) and required fields. Top-level
questions are never required: a plan is filled in phase by phase, and
``smart check --complete`` is what holds a finished plan to them. An answers
file for ``smart new --from`` (values as typed, labels for choices) is more
forgiving than this schema.
"""

from __future__ import annotations

from typing import Any

from smartcli.i18n import LANGUAGES, Lang, t
from smartcli.plan.model import (
    MEASUREMENTS,
    SCHEMA_VERSION,
    Phase,
    Question,
    QuestionSet,
    review_records,
)
from smartcli.plan.values import COMMON_CURRENCIES

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` that also allows ``null`` (an answer asked and skipped)."""
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _date() -> dict[str, Any]:
    return {"type": "string", "format": "date", "pattern": DATE_PATTERN}


def _value(question: Question, qset: QuestionSet, lang: Lang) -> dict[str, Any]:
    """The schema of one answer or field, by its type (without ``null``)."""
    kind = question.type
    if kind in ("text", "long_text"):
        return {"type": "string"}
    if kind in ("number", "percent", "money"):
        number: dict[str, Any] = {"type": "number"}
        if question.minimum is not None:
            number["minimum"] = question.minimum
        if question.maximum is not None:
            number["maximum"] = question.maximum
        return number
    if kind == "date":
        return _date()
    if kind == "yes_no":
        return {"type": "boolean"}
    if kind == "choice":
        return {"enum": [c.key for c in question.choices]}
    if kind == "multi_choice":
        return {"type": "array", "items": {"enum": [c.key for c in question.choices]}, "uniqueItems": True}
    if kind == "list":
        return {"type": "array", "items": {"type": "string"}}
    if kind == "ref":
        target = qset.find(question.ref or "")
        prefix = target[1].id_prefix if target else ""
        one = {"type": "string", "pattern": f"^{prefix}\\d+$"}
        return {"type": "array", "items": one, "uniqueItems": True} if question.many else one
    if kind == "records":
        return {"type": "array", "items": _record(question, qset, lang)}
    return {}  # raw: any value, kept as written


def _record(question: Question, qset: QuestionSet, lang: Lang) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "id": {
            "type": "string",
            "pattern": f"^{question.id_prefix}\\d+$",
            "description": t(lang, "schema.doc.record_id", example=f"{question.id_prefix}1"),
        }
    }
    for sub in question.fields:
        properties[sub.id] = _described(sub, qset, lang)
    required = ["id", *(sub.id for sub in question.fields if sub.required)]
    return {"type": "object", "required": required, "properties": properties, "additionalProperties": False}


def _described(question: Question, qset: QuestionSet, lang: Lang) -> dict[str, Any]:
    """An answer's schema with its prompt as the title and its help (and choices) as the description."""
    schema = _nullable(_value(question, qset, lang))
    schema["title"] = question.prompt(lang)
    parts = [question.help(lang).strip()] if question.help is not None else []
    if question.choices:
        parts.append("; ".join(f"{c.key}: {c.label(lang)}" for c in question.choices))
    if question.when is not None:
        values = ", ".join(str(v).lower() for v in question.when.values)
        parts.append(t(lang, "schema.doc.when", question=question.when.question, value=values))
    if parts:
        schema["description"] = "\n\n".join(parts)
    return schema


def _phase(phase: Phase, qset: QuestionSet, lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "title": f"{phase.number}. {phase.title(lang)}",
        "description": phase.question(lang),
        "properties": {q.id: _described(q, qset, lang) for q in phase.questions},
        "additionalProperties": False,
    }


def plan_schema(qset: QuestionSet, lang: Lang) -> dict[str, Any]:
    """The JSON Schema of a plan file for `qset`, its titles and descriptions in `lang`."""
    doc = {key: t(lang, f"schema.doc.{key}") for key in ("title", "smart_plan", "period", "updated")}
    properties: dict[str, Any] = {
        "smart_plan": {
            "type": "integer",
            "minimum": 1,
            "maximum": SCHEMA_VERSION,
            "description": doc["smart_plan"],
        },
        "language": {"enum": list(LANGUAGES), "title": t(lang, "ask.language")},
        "company": {"type": "string", "title": t(lang, "ask.company")},
        "title": {"type": "string", "title": t(lang, "ask.title")},
        "period": {
            "type": "object",
            "description": doc["period"],
            "required": ["start", "end"],
            "properties": {"start": _date(), "end": _date()},
            "additionalProperties": False,
        },
        "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "title": t(lang, "ask.currency"),
            "examples": list(COMMON_CURRENCIES),
        },
        "updated": {**_date(), "description": doc["updated"]},
        "ignore_checks": {
            "type": "array",
            "items": {"type": "string", "pattern": r"^SM\d{3}(:[A-Za-z_0-9]+)?$"},
            "description": t(lang, "schema.doc.ignore_checks"),
        },
    }
    for phase in qset.phases:
        properties[phase.id] = _phase(phase, qset, lang)
    for question in (MEASUREMENTS, review_records(qset)):
        properties[question.id] = {**_value(question, qset, lang), "title": question.prompt(lang)}
    properties["origin"] = {"type": "object", "description": t(lang, "schema.doc.origin")}
    properties["merge_conflicts"] = {
        "type": "array",
        "items": {"type": "object"},
        "description": t(lang, "schema.doc.merge_conflicts"),
    }
    return {
        "$schema": DRAFT,
        "title": doc["title"],
        "type": "object",
        "required": ["smart_plan", "language"],
        "properties": properties,
        "additionalProperties": False,
    }

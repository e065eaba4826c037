"""``smart track``: recording measurements of the objectives (Rapportering), one at a time or from CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape

from smartcli.errors import ImportFileError, Problem, SmartError
from smartcli.i18n import Lang, t, tn
from smartcli.interview.session import Session
from smartcli.output import inert, say
from smartcli.plan.model import CONFIDENCE, MEASUREMENTS, Number, Plan, next_record_id, record_summary
from smartcli.plan.progress import ObjectiveProgress, plan_progress

if TYPE_CHECKING:
    from smartcli.interview.prompts import Prompter
from smartcli.plan.values import (
    ValueProblemError,
    format_date,
    format_number,
    format_percent,
    parse_date,
    parse_number,
)


@dataclass
class Reading:
    """One measurement to record: which objective, when, what value, and what went with it."""

    objective: str
    date: dt.date
    value: Number
    note: str | None = None
    confidence: str | None = None


def given_by_options(
    lang: Lang,
    *,
    objective: str | None,
    value: str | None,
    date: str | None,
    note: str | None,
    confidence: str | None,
) -> dict[str, Any]:
    """What ``smart track``'s options say of a measurement, read as if typed at the prompt.

    Raises:
        SmartError: A value, date or confidence that can't be read.
    """
    given: dict[str, Any] = {"objective": objective, "note": note}
    try:
        if value is not None:
            given["value"] = parse_number(value, lang)
        if date is not None:
            given["date"] = parse_date(date, lang)
    except ValueProblemError as e:
        raise SmartError(e.key, **e.params) from None
    if confidence is not None:
        keys = [c.key for c in CONFIDENCE]
        if confidence not in keys:
            raise SmartError("schema.unknown_choice", value=confidence, choices=", ".join(keys))
        given["confidence"] = confidence
    return given


def objectives_of(plan: Plan) -> list[dict[str, Any]]:
    """The plan's objectives (records with an id)."""
    value = plan.answers.get("objectives")
    return [o for o in value if isinstance(o, dict) and o.get("id")] if isinstance(value, list) else []


def _existing(plan: Plan, objective: str, date: dt.date) -> dict[str, Any] | None:
    return next(
        (m for m in plan.measurements if m.get("objective") == objective and m.get("date") == date), None
    )


def add_reading(plan: Plan, reading: Reading, *, replace: bool = False) -> dict[str, Any]:
    """Add a measurement to the plan and return it.

    Raises:
        SmartError: The objective does not exist, or it already has a measurement
            that day (unless `replace`, which overwrites that one, keeping its id).
    """
    ids = [str(o.get("id")) for o in objectives_of(plan)]
    if reading.objective not in ids:
        raise SmartError("track.unknown_objective", objective=reading.objective, known=", ".join(ids) or "-")
    fields = {"objective": reading.objective, "date": reading.date, "value": reading.value}
    fields.update({k: v for k, v in (("confidence", reading.confidence), ("note", reading.note)) if v})
    existing = _existing(plan, reading.objective, reading.date)
    if existing is not None:
        if not replace:
            raise SmartError(
                "track.duplicate", objective=reading.objective, date=reading.date.isoformat(),
                id=existing["id"], value=existing.get("value"),
            )  # fmt: skip
        kept_id = existing["id"]
        existing.clear()
        existing.update({"id": kept_id, **fields})
        return existing
    measurement = {"id": next_record_id(MEASUREMENTS.id_prefix, plan.measurements), **fields}
    plan.measurements.append(measurement)
    return measurement


ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252"))
"""Tried in this order: UTF-8 (with or without a byte-order mark), then what Excel on a Danish
Windows writes for "CSV (semikolonsepareret)"."""


def read_csv_text(path: Path) -> tuple[str, str]:
    """A CSV file's text and the name of the encoding it was read in (see :data:`ENCODINGS`).

    Raises:
        SmartError: The file is missing, unreadable, or in neither encoding.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SmartError("error.file_missing", path=str(path)) from None
    except OSError as e:
        raise SmartError("error.file_unreadable", path=str(path), reason=e.strerror or str(e)) from e
    for codec, name in ENCODINGS:
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise SmartError("track.csv_encoding", path=str(path))


def read_csv(path: Path, plan: Plan, lang: Lang, *, replace: bool = False) -> list[Reading]:
    """Read measurements from a CSV file: objective id, date, value, and optionally note and confidence.

    A header row is allowed; ``;`` or ``,`` separate the columns. A file
    separated by ``;`` comes from a spreadsheet that writes decimal commas
    (Excel in Danish: ``O1;31-03-2027;12,5``), so its numbers are read the
    Danish way whatever the plan's language.

    Raises:
        ImportFileError: Listing every bad row by line; nothing is imported then.
    """
    return parse_csv(read_csv_text(path)[0], path, plan, lang, replace=replace)


def parse_csv(text: str, path: Path, plan: Plan, lang: Lang, *, replace: bool = False) -> list[Reading]:
    """The measurements in a CSV file's `text` (see :func:`read_csv`).

    Raises:
        ImportFileError: Listing every bad row by line; nothing is imported then.
    """
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    numbers: Lang = "da" if delimiter == ";" else lang
    ids = {str(o.get("id")) for o in objectives_of(plan)}
    confidences = {c.key for c in CONFIDENCE}
    readings: list[Reading] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, dt.date], int] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and len(cells) >= 3 and cells[0] not in ids and _is_header(cells, numbers):
            continue
        if len(cells) < 3:
            problems.append(Problem("track.csv_columns", {"count": len(cells)}, line=number))
            continue
        objective, date_text, value_text = cells[:3]
        row_problems = len(problems)
        if objective not in ids:
            problems.append(
                Problem(
                    "track.unknown_objective",
                    {"objective": objective, "known": ", ".join(sorted(ids))},
                    "objective",
                    number,
                    1,
                )
            )
        try:
            date = parse_date(date_text, lang)
        except ValueProblemError as e:
            problems.append(Problem(e.key, e.params, path="date", line=number, column=2))
        try:
            value = parse_number(value_text, numbers)
        except ValueProblemError as e:
            problems.append(Problem(e.key, e.params, path="value", line=number, column=3))
        note = cells[3] if len(cells) > 3 and cells[3] else None
        confidence = cells[4] if len(cells) > 4 and cells[4] else None
        if confidence is not None and confidence not in confidences:
            problems.append(
                Problem(
                    "schema.unknown_choice",
                    {"value": confidence, "choices": ", ".join(sorted(confidences))},
                    "confidence",
                    number,
                    5,
                )
            )
        if len(problems) > row_problems:
            continue
        key = (objective, date)
        if key in seen:
            problems.append(Problem("track.csv_duplicate", {"other": seen[key]}, line=number))
            continue
        seen[key] = number
        existing = _existing(plan, objective, date)
        if existing is not None and not replace:
            values = {"objective": objective, "date": date.isoformat(), "id": existing["id"]}
            problems.append(
                Problem("track.duplicate", {**values, "value": existing.get("value")}, line=number)
            )
            continue
        readings.append(Reading(objective, date, value, note, confidence))
    if problems:
        raise ImportFileError(path, problems)
    return readings


def _is_header(cells: list[str], lang: Lang) -> bool:
    """A first row whose value column is not a number (its objective column is no id either)."""
    try:
        parse_number(cells[2], lang)
    except ValueProblemError:
        return True
    return False


def import_csv(session: Session, path: Path, console: Console, *, replace: bool = False) -> int:
    """Add every measurement in a CSV file, or none: one save, after all rows are good."""
    text, encoding = read_csv_text(path)
    readings = parse_csv(text, path, session.plan, session.lang, replace=replace)
    for reading in readings:
        add_reading(session.plan, reading, replace=replace)
    session.save()
    imported = tn(
        session.lang, "track.imported", len(readings), path=session.path, source=path, encoding=encoding
    )
    console.print(f"[green]{escape(inert(imported))}[/]", soft_wrap=True)
    for objective in sorted({r.objective for r in readings}):
        print_progress(session, objective, console)
    return len(readings)


def record(session: Session, reading: Reading, console: Console, *, replace: bool = False) -> dict[str, Any]:
    """Add one measurement, save, and say where the objective stands now."""
    measurement = add_reading(session.plan, reading, replace=replace)
    session.save()
    say(console, session.lang, "track.saved", "green", id=measurement["id"], path=session.path)
    print_progress(session, reading.objective, console)
    return measurement


def progress_of(session: Session, objective_id: str, as_of: dt.date | None = None) -> ObjectiveProgress:
    """Where one objective of the session's plan stands."""
    return plan_progress(session.plan, as_of or dt.date.today())[objective_id]


def print_progress(session: Session, objective_id: str, console: Console) -> None:
    """``O1: 175 on 1 March 2027 · 42 % of the way · on pace``."""
    lang = session.lang
    state = progress_of(session, objective_id)
    if state.latest is None:
        return
    parts = [
        t(
            lang,
            "track.latest",
            value=format_number(state.latest[1], lang),
            date=format_date(state.latest[0], lang),
        )
    ]
    if state.progress is not None:
        parts.append(t(lang, "track.of_the_way", share=format_percent(round(state.progress * 100), lang)))
    parts.append(t(lang, f"status.{state.status}"))
    console.print(f"  {escape(objective_id)}: {escape(' · '.join(parts))}", soft_wrap=True)


def track_interactively(
    session: Session, prompter: Prompter, console: Console, given: dict[str, Any], *, replace: bool = False
) -> dict[str, Any]:
    """Ask what the options did not give: the objective, the value, the date, a note, a confidence.

    Shift-Tab goes back to the answer before (nothing is saved until the last one).
    """
    from smartcli.interview.ask import (  # the prompts load only when there is something to ask
        AskContext,
        ask_value,
    )
    from smartcli.interview.details import walk_here

    lang, plan = session.lang, session.plan
    prompter.lang = lang
    session.ask_when_changed(prompter, console)
    ctx = AskContext(prompter, console, plan, session.qset, lang, back=True)
    objective_question = session.qset.find("objectives")
    fields = {f.id: f for f in MEASUREMENTS.fields}
    answers: dict[str, Any] = {"objective": given.get("objective")}
    if answers["objective"] is None and not objectives_of(plan):
        raise SmartError("track.no_objectives", path=str(session.path))

    def pick_objective(_: bool) -> None:
        choices = []
        for o in objectives_of(plan):
            state = progress_of(session, str(o["id"]))
            latest = f" · {format_number(state.latest[1], lang)}" if state.latest else ""
            summary = record_summary(objective_question[1], o) if objective_question else ""
            choices.append((str(o["id"]), f"{o['id']} {summary}{latest}"))
        answers["objective"] = prompter.select(t(lang, "track.pick"), choices, default=answers["objective"])

    def field_step(name: str) -> Callable[[bool], None]:
        def step(_: bool) -> None:
            message = None
            if name == "value":
                target = next((o for o in objectives_of(plan) if o.get("id") == answers["objective"]), {})
                message = t(lang, "track.value", unit=target.get("unit") or target.get("metric") or "")
            default = answers.get(name, dt.date.today() if name == "date" else None)
            message = message or fields[name].prompt(lang)
            answers[name] = ask_value(ctx, fields[name], default, message=message)

        return step

    steps: list[Callable[[bool], None]] = [] if given.get("objective") is not None else [pick_objective]
    for name in ("value", "date", "note", "confidence"):
        if given.get(name) is not None:
            answers[name] = given[name]
        else:
            steps.append(field_step(name))
    walk_here(steps, console, lang)
    reading = Reading(str(answers["objective"]), answers["date"], answers["value"], answers["note"],
                      answers["confidence"])  # fmt: skip
    return record(session, reading, console, replace=replace)

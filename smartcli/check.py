"""``smart check``: validate and lint plans the way a careful consultant would, for people, CI and pre-commit.

A plan is first loaded (every file and schema problem becomes a finding with
its line), then held to the rules in :mod:`smartcli.findings`: objectives that
are measurable and time-bound, budgets and dates that agree, questions that
are answered. Each finding has a stable code, a severity, a field path, the
line where it stands, and a one-line fix.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from smartcli.errors import FileProblemsError, Problem, SmartError
from smartcli.findings import LOAD_PROBLEM_CODES, RULES, SEVERITIES, Severity
from smartcli.i18n import Lang, resolve_lang, t
from smartcli.model import (
    PHASE_IDS,
    SCHEMA_VERSION,
    Plan,
    Question,
    QuestionSet,
    applies,
    as_number,
    is_answered,
    is_empty,
)
from smartcli.plan import load_plan
from smartcli.smartgoals import names_number, names_time
from smartcli.store import YMap, YNode, YSeq
from smartcli.values import format_date, format_money, format_percent

IGNORE_ENTRY = re.compile(r"^SM\d{3}(?::[A-Za-z_0-9]+)?$")
PLAN_MARKER = re.compile(r"^smart_plan\s*:", re.MULTILINE)
_SKIPPED_FOLDERS = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})


@dataclass(frozen=True)
class Finding:
    """One thing `smart check` found.

    Attributes:
        code: The stable code (``SM104``).
        severity: ``error``, ``warning`` or ``info``.
        phase: The phase it concerns (``objectives``), or ``None`` for the plan as a whole.
        path: The field path (``objectives.objectives[O2].deadline``).
        line: The line in the file, where known.
        column: The column, where known.
        subject: The record or question it is about (``O2``), used to silence one finding.
        message: What is wrong, in the report's language.
        fix: How to fix it, in one line.
    """

    code: str
    severity: Severity
    phase: str | None
    path: str
    line: int | None
    column: int | None
    subject: str | None
    message: str
    fix: str


@dataclass
class PlanCheck:
    """The outcome of checking one file: its findings, or why it could not be read at all."""

    path: Path
    findings: list[Finding] = field(default_factory=list)
    unreadable: str | None = None
    lang: Lang = "en"
    """The language its messages are in."""

    def count(self, severity: Severity) -> int:
        """How many findings of `severity` there are."""
        return sum(1 for f in self.findings if f.severity == severity)


def at_least(severity: Severity, threshold: Severity) -> bool:
    """Whether `severity` is `threshold` or worse."""
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


# --- finding where a value stands --------------------------------------------------


def _locate(root: YNode | None, *steps: str) -> tuple[int | None, int | None]:
    """Line and column of the value at `steps` (keys, or record ids in lists), or of its nearest parent."""
    node: Any = root
    line = column = None
    for step in steps:
        if isinstance(node, YMap) and step in node:
            line, column = node.key_lines.get(step), None
            node = node[step]
        elif isinstance(node, YSeq):
            match = next(
                (item for item in node if isinstance(item, YMap) and _text(item.get("id")) == step), None
            )
            if match is None:
                break
            line, column = match.line, match.column
            node = match
        else:
            break
    return line, column


def _text(node: Any) -> str | None:
    return getattr(node, "text", None)


# --- the checker --------------------------------------------------------------------


class _Checker:
    """Holds one plan to the rules, collecting findings."""

    def __init__(
        self, path: Path, plan: Plan, qset: QuestionSet, root: YNode | None, lang: Lang, today: dt.date
    ):
        self.path, self.plan, self.qset, self.root = path, plan, qset, root
        self.lang, self.today = lang, today
        self.findings: list[Finding] = []

    def add(
        self, code: str, phase: str | None, steps: tuple[str, ...], subject: str | None = None, **values: Any
    ) -> None:
        rule = RULES[code]
        question = steps[1] if len(steps) > 1 else (steps[0] if steps else "")
        fill = {"file": str(self.path), "question": question, **values}
        path = ".".join(f"[{s}]" if _is_record_id(s) else s for s in steps).replace(".[", "[")
        line, column = _locate(self.root, *steps)
        self.findings.append(
            Finding(
                code,
                rule.severity,
                phase,
                path,
                line,
                column,
                subject,
                rule.message(self.lang).format(**fill),
                rule.fix(self.lang).format(**fill),
            )
        )

    def money(self, value: float) -> str:
        return format_money(value, self.lang, self.plan.currency)

    def date(self, value: dt.date) -> str:
        return format_date(value, self.lang)

    def records(self, question_id: str) -> list[dict[str, Any]]:
        value = self.plan.answers.get(question_id)
        return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []

    def run(self) -> list[Finding]:
        for rule in (
            self.unknown_keys,
            self.objectives,
            self.budgets,
            self.activities,
            self.links,
            self.completeness,
        ):
            rule()
        return self.findings

    def unknown_keys(self) -> None:
        for entry in self.plan.ignore_checks:
            if not IGNORE_ENTRY.match(entry):
                self.add("SM009", None, ("ignore_checks",), value=entry)
        for phase_id, extra in self.plan.extra_answers.items():
            known = [q.id for q in self.qset.phase(phase_id).questions] if phase_id in PHASE_IDS else []
            for key in extra:
                close = difflib.get_close_matches(key, [q.id for _, q in self.qset], n=1)
                suggestion = f" ({close[0]}?)" if close else ""
                if key not in known:
                    self.add("SM007", phase_id, (phase_id, key), key, key=key, suggestion=suggestion)
        for key in self.plan.extra:
            self.add("SM008", None, (key,), key, key=key)
        if self.plan.read_as_version < SCHEMA_VERSION:
            self.add("SM011", None, ("smart_plan",), found=self.plan.read_as_version, known=SCHEMA_VERSION)
        for conflict in self.plan.merge_conflicts:
            path = str(conflict.get("path", ""))
            phase = path.split(".")[0] if path.split(".")[0] in PHASE_IDS else None
            self.add("SM010", phase, ("merge_conflicts",), path, path=path,
                     ours=_shown(conflict.get("ours")), theirs=_shown(conflict.get("theirs")))  # fmt: skip

    def objectives(self) -> None:
        objectives = self.records("objectives")
        if "objectives" in self.plan.answers and not objectives:
            self.add("SM110", "objectives", ("objectives", "objectives"))
        period = self.plan.period
        for o in objectives:
            oid = str(o.get("id"))
            steps = ("objectives", "objectives", oid)
            if is_empty(o.get("metric")):
                self.add("SM101", "objectives", (*steps, "metric"), oid, id=oid)
            target, baseline = as_number(o.get("target")), as_number(o.get("baseline"))
            if target is None:
                self.add("SM102", "objectives", (*steps, "target"), oid, id=oid)
            if baseline is None:
                self.add("SM103", "objectives", (*steps, "baseline"), oid, id=oid)
            elif target is not None and target == baseline:
                self.add("SM106", "objectives", (*steps, "target"), oid, id=oid, value=target)
            deadline = o.get("deadline")
            if not isinstance(deadline, dt.date):
                self.add("SM104", "objectives", (*steps, "deadline"), oid, id=oid)
            else:
                if period is not None and not period.start <= deadline <= period.end:
                    self.add(
                        "SM105",
                        "objectives",
                        (*steps, "deadline"),
                        oid,
                        id=oid,
                        deadline=self.date(deadline),
                        start=self.date(period.start),
                        end=self.date(period.end),
                    )
                if deadline < self.today and not _measured_since(self.plan, oid, deadline):
                    self.add(
                        "SM107", "objectives", (*steps, "deadline"), oid, id=oid, deadline=self.date(deadline)
                    )
            statement = o.get("statement")
            if isinstance(statement, str) and statement.strip():
                lang = self.plan.language
                if not names_number(statement, lang):
                    self.add("SM108", "objectives", (*steps, "statement"), oid, id=oid)
                if not names_time(statement, lang):
                    self.add("SM109", "objectives", (*steps, "statement"), oid, id=oid)

    def budgets(self) -> None:
        total = as_number(self.plan.answers.get("total_budget"))
        channels = self.records("channel_plan")
        allocated = sum(as_number(c.get("budget")) or 0 for c in channels)
        if total is not None and channels and allocated > total:
            self.add(
                "SM201",
                "agenda",
                ("agenda", "channel_plan"),
                allocated=self.money(allocated),
                total=self.money(total),
            )
        elif total and channels and 0 < allocated < total:
            share = format_percent(round(100 * allocated / total), self.lang)
            self.add(
                "SM202", "agenda", ("agenda", "channel_plan"), share=share, rest=self.money(total - allocated)
            )
        objective_budgets = sum(as_number(o.get("budget")) or 0 for o in self.records("objectives"))
        if total is not None and objective_budgets > total:
            self.add(
                "SM209",
                "objectives",
                ("objectives", "objectives"),
                allocated=self.money(objective_budgets),
                total=self.money(total),
            )

    def activities(self) -> None:
        period = self.plan.period
        for a in self.records("activities"):
            aid = str(a.get("id"))
            steps = ("agenda", "activities", aid)
            if is_empty(a.get("owner")):
                self.add("SM203", "agenda", (*steps, "owner"), aid, id=aid)
            start, end = a.get("start"), a.get("end")
            missing = [
                name for name, value in (("start", start), ("end", end)) if not isinstance(value, dt.date)
            ]
            if missing:
                words = {
                    "da": {"start": "startdato", "end": "slutdato"},
                    "en": {"start": "a start date", "end": "an end date"},
                }
                joiner = " og " if self.lang == "da" else " and "
                self.add(
                    "SM204",
                    "agenda",
                    (*steps, missing[0]),
                    aid,
                    id=aid,
                    missing=joiner.join(words[self.lang][m] for m in missing),
                )
            if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
                self.add(
                    "SM205",
                    "agenda",
                    (*steps, "end"),
                    aid,
                    id=aid,
                    start=self.date(start),
                    end=self.date(end),
                )
            dates = [d for d in (start, end) if isinstance(d, dt.date)]
            if period is not None and any(not period.start <= d <= period.end for d in dates):
                self.add(
                    "SM206",
                    "agenda",
                    (*steps, "start"),
                    aid,
                    id=aid,
                    start=self.date(period.start),
                    end=self.date(period.end),
                )

    def links(self) -> None:
        served: set[str] = set()
        for question_id in ("activities", "channel_plan"):
            for record in self.records(question_id):
                refs = record.get("objectives")
                served.update(refs if isinstance(refs, list) else [refs] if refs else [])
        cadence = self.plan.answers.get("cadence")
        for o in self.records("objectives"):
            oid = str(o.get("id"))
            if oid not in served:
                self.add("SM207", "objectives", ("objectives", "objectives", oid), oid, id=oid)
            if is_empty(cadence):
                self.add("SM208", "reporting", ("objectives", "objectives", oid), oid, id=oid)

    def completeness(self) -> None:
        answers = self.plan.answers
        for phase in self.qset.phases:
            unanswered = []
            for question in phase.questions:
                if not applies(question, answers):
                    continue
                value = answers.get(question.id)
                if question.required and is_empty(value) and not isinstance(value, list):  # [] is SM110's
                    self.add("SM301", phase.id, (phase.id, question.id), question.id, question=question.id)
                elif not is_answered(question, answers) or is_empty(value):
                    unanswered.append(question.id)
                if question.type == "records":
                    self.incomplete_records(phase.id, question)
            if unanswered:
                self.add(
                    "SM302",
                    phase.id,
                    (phase.id,),
                    phase.id,
                    count=len(unanswered),
                    questions=", ".join(unanswered),
                )

    def incomplete_records(self, phase_id: str, question: Question) -> None:
        for record in self.records(question.id):
            rid = str(record.get("id"))
            for sub in question.fields:
                if sub.required and is_empty(record.get(sub.id)):
                    if question.id == "objectives" and sub.id in ("metric", "target", "deadline"):
                        continue  # SM101, SM102 and SM104 say it better
                    self.add(
                        "SM303",
                        phase_id,
                        (phase_id, question.id, rid, sub.id),
                        rid,
                        id=rid,
                        field=sub.id,
                        question=question.id,
                    )


def _shown(value: Any) -> str:
    text = "–" if value is None else " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _is_record_id(step: str) -> bool:
    return bool(re.match(r"^[A-Z]+\d+$", step))


def _measured_since(plan: Plan, objective_id: str, since: dt.date) -> bool:
    """Whether the plan records a measurement of the objective on or after `since`."""
    measurements = plan.measurements
    if not isinstance(measurements, list):
        return False
    for m in measurements:
        if isinstance(m, dict) and m.get("objective") == objective_id:
            date = m.get("date")
            if isinstance(date, dt.date) and date >= since:
                return True
    return False


def _silenced(finding: Finding, ignore: list[str]) -> bool:
    return finding.code in ignore or (
        finding.subject is not None and f"{finding.code}:{finding.subject}" in ignore
    )


def _load_findings(error: FileProblemsError, lang: Lang, path: Path) -> list[Finding]:
    findings = []
    for problem in error.problems:
        code = LOAD_PROBLEM_CODES.get(problem.key, "SM004")
        rule = RULES[code]
        detail = Problem(problem.key, problem.params).render(lang)
        phase = problem.path.split(".")[0] if problem.path.split(".")[0] in PHASE_IDS else None
        fill = {"file": str(path), "question": problem.path.split(".")[-1], "detail": detail}
        findings.append(
            Finding(
                code,
                rule.severity,
                phase,
                problem.path,
                problem.line,
                problem.column,
                None,
                rule.message(lang).format(**fill),
                rule.fix(lang).format(**fill),
            )
        )
    return findings


def check_plan(
    path: Path, qset: QuestionSet, lang: str | None = None, today: dt.date | None = None
) -> PlanCheck:
    """Check one plan file.

    Args:
        path: The plan file.
        qset: The question set it is checked against.
        lang: The language of the messages (``None``: the plan's own).
        today: The date deadlines are compared with (default: today).
    """
    result = PlanCheck(path, lang=resolve_lang(lang))
    try:
        loaded = load_plan(path, qset, result.lang)
    except FileProblemsError as error:
        result.lang = resolve_lang(lang, error.lang_hint)
        result.findings = _load_findings(error, result.lang, path)
        return result
    except SmartError as error:
        result.unreadable = error.render(result.lang)
        return result
    language = result.lang = resolve_lang(lang, loaded.plan.language)
    checker = _Checker(path, loaded.plan, qset, loaded.root, language, today or dt.date.today())
    findings = checker.run()
    result.findings = [f for f in findings if not _silenced(f, loaded.plan.ignore_checks)]
    return result


def find_plan_files(paths: list[Path], lang: Lang = "en") -> tuple[list[Path], list[PlanCheck]]:
    """The plan files to check: files as given, folders searched for YAML files that are plans.

    Returns:
        The files, and a :class:`PlanCheck` marked unreadable for each path that
        does not exist or is a folder with no plan in it.
    """
    files: list[Path] = []
    missing: list[PlanCheck] = []
    for path in paths:
        if path.is_dir():
            found = sorted(_plans_in(path))
            if not found:
                missing.append(PlanCheck(path, unreadable=t(lang, "check.no_plans")))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            missing.append(PlanCheck(path, unreadable=t(lang, "error.file_missing", path=str(path))))
    return files, missing


def _plans_in(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d not in _SKIPPED_FOLDERS and not d.startswith(".")]
        for name in filenames:
            if name.endswith((".yaml", ".yml")) and looks_like_plan(Path(dirpath) / name):
                yield Path(dirpath) / name


def looks_like_plan(path: Path) -> bool:
    """Whether a YAML file is a smart plan (it has a top-level ``smart_plan:`` key)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return bool(PLAN_MARKER.search(handle.read(1_000_000)))
    except OSError:
        return False


def check_paths(
    paths: list[Path],
    qset: QuestionSet,
    lang: str | None = None,
    *,
    skip_non_plans: bool = False,
    today: dt.date | None = None,
    progress: Callable[[Path], None] | None = None,
) -> list[PlanCheck]:
    """Check every plan in `paths` (files, or folders to search).

    Args:
        skip_non_plans: Pass over files that are not plans (for pre-commit,
            which hands over every YAML file that changed).
    """
    files, results = find_plan_files(paths, resolve_lang(lang))
    for path in files:
        if skip_non_plans and not looks_like_plan(path):
            continue
        if progress is not None:
            progress(path)
        results.append(check_plan(path, qset, lang, today))
    return results


def to_json(results: list[PlanCheck]) -> dict[str, Any]:
    """The documented JSON shape of ``smart check --format json`` (see docs/check.md)."""
    plans = []
    for result in results:
        entry: dict[str, Any] = {"path": str(result.path), "readable": result.unreadable is None}
        if result.unreadable is not None:
            entry["error"] = result.unreadable
        entry["counts"] = {s: result.count(s) for s in SEVERITIES}
        entry["findings"] = [asdict(f) for f in result.findings]
        plans.append(entry)
    summary: dict[str, int] = {s: sum(r.count(s) for r in results) for s in SEVERITIES}
    summary["plans"] = len(results)
    summary["unreadable"] = sum(1 for r in results if r.unreadable is not None)
    return {"version": 1, "plans": plans, "summary": summary}

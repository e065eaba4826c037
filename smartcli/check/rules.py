"""The rules a careful consultant holds a plan to, once it has loaded: one :class:`Checker` per plan.

Objectives that are measurable and time-bound, budgets and dates that agree,
questions that are answered. Each rule adds a :class:`~smartcli.check.findings.Finding`
with its code, the field path and the line where the value stands.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from smartcli.check.consultant import check_consultant, first_measurement
from smartcli.check.findings import RULES, Finding
from smartcli.check.method import check_method
from smartcli.check.smartgoals import names_number, names_time
from smartcli.i18n import Lang, t
from smartcli.plan.model import (
    PHASE_IDS,
    SCHEMA_VERSION,
    Plan,
    Question,
    QuestionSet,
    applies,
    as_number,
    is_empty,
)
from smartcli.plan.store import YMap, YNode, YSeq
from smartcli.plan.values import format_date, format_money, format_percent

IGNORE_ENTRY = re.compile(r"^SM\d{3}(?::[A-Za-z_0-9]+)?$")


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


class Checker:
    """Holds one plan to the rules, collecting findings."""

    def __init__(
        self,
        path: Path,
        plan: Plan,
        qset: QuestionSet,
        root: YNode | None,
        lang: Lang,
        today: dt.date,
        *,
        complete: bool = False,
    ):
        self.path, self.plan, self.qset, self.root = path, plan, qset, root
        self.lang, self.today, self.complete = lang, today, complete
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
                rule.severity_in(self.complete),
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
            self.method,
            self.completeness,
            self.merge_driver,
        ):
            rule()
        return self.findings

    def method(self) -> None:
        """The consultant's rules: plausible objectives, links both ways, hours and money that add up."""
        check_method(self)
        check_consultant(self)

    def merge_driver(self) -> None:
        """SM012: git-setup ran in this clone, yet this plan would be merged line by line (renamed since?)."""
        if _git_merges_without_smart(self.path):
            self.add("SM012", None, ())

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
                self.unknown_baseline(oid, o.get("baseline_period"))
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

    def unknown_baseline(self, oid: str, measured: Any) -> None:
        """SM103: no baseline; SM121: one marked unknown (»ukendt – måles første gang …«), not measured.

        A baseline marked unknown with the date of its first measurement is an
        answer: nothing to say until that date has passed with no measurement.
        """
        steps = ("objectives", "objectives", oid, "baseline")
        first = first_measurement(measured, self.plan.language)
        if first is None:
            self.add("SM103", "objectives", steps, oid, id=oid)
        elif first < self.today and not _measured_since(self.plan, oid, dt.date.min):
            self.add("SM121", "objectives", steps, oid, id=oid, date=self.date(first))

    def budgets(self) -> None:
        total = as_number(self.plan.answers.get("total_budget"))
        channels = self.records("channel_plan")
        # money outside the channels (a photographer, a reserve) counts as allocated too
        lines = sum(as_number(b.get("amount")) or 0 for b in self.records("budget_lines"))
        allocated = sum(as_number(c.get("budget")) or 0 for c in channels) + lines
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
                named = [t(self.lang, f"check.missing_date.{m}") for m in missing]
                self.add(
                    "SM204",
                    "agenda",
                    (*steps, missing[0]),
                    aid,
                    id=aid,
                    missing=t(self.lang, "check.and", first=named[0], second=named[1])
                    if len(named) == 2
                    else named[0],
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
                elif question.id not in answers or is_empty(value):  # a record's gaps are SM303's
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
    text = " ".join(_plain_text(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _plain_text(value: Any) -> str:
    """A value from ``merge_conflicts`` as a reader writes it: ``start: 2027-01-01, end: 2027-12-15``."""
    if value is None:
        return "–"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_plain_text(item)}" for key, item in value.items())
    if isinstance(value, list):
        return ", ".join(_plain_text(item) for item in value)
    return str(value)


def _git_merges_without_smart(path: Path) -> bool:
    """Whether `path` is in a clone where ``smart git-setup`` ran but git has no ``merge=smart`` for it.

    Asks git itself, the one judge of which attributes apply. This is a
    second caller of git besides :mod:`smartcli.vcs.gitio` because ``check``
    may not import ``vcs``; it only reads. A repository that never set smart
    up, a folder outside any repository, or no git at all: nothing to say.
    """
    executable = shutil.which("git")
    folder = path.absolute().parent
    if executable is None or not folder.is_dir():
        return False

    def ask(*args: str) -> str | None:
        result = subprocess.run([executable, *args], cwd=folder, capture_output=True, check=False)
        return result.stdout.decode("utf-8", "surrogateescape") if result.returncode == 0 else None

    if ask("config", "--get", "merge.smart.driver") is None:
        return False
    attributes = ask("check-attr", "-z", "merge", "--", path.name)
    return attributes is not None and attributes.split("\0")[2:3] != ["smart"]


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

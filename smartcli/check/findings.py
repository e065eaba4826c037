"""What ``smart check`` can report: the stable codes and their severities, and the findings themselves.

Codes never change meaning once released, so a plan can silence one
(``ignore_checks: [SM202]``) and CI can rely on it. ``SM0xx`` are problems
with the file itself, ``SM1xx`` with objectives, ``SM2xx`` with the plan's
consistency, ``SM3xx`` with its completeness.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from smartcli.i18n import MESSAGES, Lang
from smartcli.plan.model import Text

Severity = Literal["todo", "info", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = ("todo", "info", "warning", "error")
"""In ascending order: ``--fail-on warning`` fails on warnings and errors.

``todo`` is what an unfinished plan still lacks (a required answer not given
yet): a draft is not faulty, so it does not fail a check unless asked to
(``smart check --complete`` makes these errors again)."""


@dataclass(frozen=True)
class Rule:
    """One kind of finding: its code and severity; its words are in the catalogue (``finding.SM104``).

    Attributes:
        unfinished: The finding is a required answer not given yet: ``todo`` in
            a draft, `severity` in a plan held to be complete.
    """

    code: str
    severity: Severity
    unfinished: bool = False

    def severity_in(self, complete: bool) -> Severity:
        """The severity of this finding in a draft, or in a plan that must be complete."""
        return "todo" if self.unfinished and not complete else self.severity

    @property
    def message(self) -> Text:
        """What the finding says (``{name}`` marks a value filled in when it is found)."""
        return _words(f"finding.{self.code}")

    @property
    def fix(self) -> Text:
        """How to fix it, in one line."""
        return _words(f"finding.{self.code}.fix")


def _words(key: str) -> Text:
    entry = MESSAGES[key]
    return Text(entry["da"], entry["en"])


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # the file
        Rule("SM001", "error"),
        Rule("SM002", "error"),
        Rule("SM003", "error"),
        Rule("SM004", "error"),
        Rule("SM005", "error"),
        Rule("SM006", "error"),
        Rule("SM007", "error"),
        Rule("SM008", "warning"),
        Rule("SM010", "error"),
        Rule("SM011", "info"),
        Rule("SM009", "warning"),
        Rule("SM012", "warning"),
        # objectives
        Rule("SM101", "error", unfinished=True),
        Rule("SM102", "error", unfinished=True),
        Rule("SM103", "warning"),
        Rule("SM104", "error", unfinished=True),
        Rule("SM105", "error"),
        Rule("SM106", "error"),
        Rule("SM107", "warning"),
        Rule("SM108", "info"),
        Rule("SM109", "info"),
        Rule("SM110", "error"),
        Rule("SM111", "info"),
        Rule("SM112", "info"),
        Rule("SM113", "info"),
        Rule("SM114", "info"),
        Rule("SM115", "info"),
        Rule("SM116", "info"),
        Rule("SM117", "info"),
        Rule("SM118", "info"),
        Rule("SM119", "info"),
        Rule("SM120", "info"),
        Rule("SM121", "warning"),
        # consistency
        Rule("SM201", "error"),
        Rule("SM202", "info"),
        Rule("SM203", "warning"),
        Rule("SM204", "warning"),
        Rule("SM205", "error"),
        Rule("SM206", "warning"),
        Rule("SM207", "warning"),
        Rule("SM208", "warning"),
        Rule("SM209", "warning"),
        Rule("SM210", "warning"),
        Rule("SM211", "warning"),
        Rule("SM212", "warning"),
        Rule("SM213", "info"),
        Rule("SM214", "warning"),
        Rule("SM215", "warning"),
        Rule("SM216", "info"),
        Rule("SM217", "warning"),
        Rule("SM218", "warning"),
        Rule("SM219", "warning"),
        Rule("SM220", "info"),
        Rule("SM221", "info"),
        Rule("SM222", "info"),
        Rule("SM223", "info"),
        # completeness
        Rule("SM301", "error", unfinished=True),
        Rule("SM302", "info"),
        Rule("SM303", "error", unfinished=True),
    )
}

LOAD_PROBLEM_CODES: dict[str, str] = {
    "yaml.syntax": "SM001", "yaml.not_utf8": "SM001", "yaml.multiple_documents": "SM001",
    "yaml.duplicate_key": "SM001", "yaml.key_not_text": "SM001",
    "yaml.alias": "SM002", "yaml.tag": "SM002", "yaml.too_deep": "SM002",
    "schema.not_a_plan": "SM003", "schema.version_invalid": "SM003", "schema.version_newer": "SM003",
    "schema.record_id": "SM005", "schema.duplicate_id": "SM005",
    "schema.unknown_ref": "SM006",
}  # fmt: skip
"""Which code a problem found while loading the plan is reported as (anything else: SM004)."""


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

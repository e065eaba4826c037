"""What changed between two versions of a plan, in the model's words.

Answers are compared question by question, records by id (not by position),
lists item by item, long texts word by word; measurements and reviews that
were added show as such. The same comparison serves ``smart diff``, the
one-line summaries of ``smart log``, and the text git shows through the
textconv driver (:func:`plan_lines`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from smartcli.i18n import Lang, t
from smartcli.plan.model import (
    MEASUREMENTS,
    Plan,
    Question,
    QuestionSet,
    is_empty,
    record_summary,
    review_records,
)
from smartcli.plan.values import display_value, format_date

ChangeKind = Literal["added", "changed", "removed"]


@dataclass(frozen=True)
class Change:
    """One difference between two versions of a plan.

    Attributes:
        kind: ``added``, ``changed`` or ``removed``.
        phase: The phase it belongs to, or ``None`` for the plan's details.
        path: Where in the plan (``objectives.objectives[O3].target``).
        label: What it is, in the reader's words (``objective O3 · Target``).
        old: The old value as a reader sees it (``None`` when added).
        new: The new value as a reader sees it (``None`` when removed).
        words: For long texts: the word diff as (``=``/``-``/``+``, text) pairs.
    """

    kind: ChangeKind
    phase: str | None
    path: str
    label: str
    old: str | None = None
    new: str | None = None
    words: list[tuple[str, str]] | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """The change as plain data, for ``--format json``."""
        data = asdict(self)
        data["words"] = [list(pair) for pair in self.words] if self.words else None
        return data


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The words that stayed (``=``), went (``-``) and came (``+``), in order."""
    # A word keeps its trailing space, so a rewritten sentence is one change, not a weave of words.
    a, b = re.findall(r"\s*\S+\s*", old), re.findall(r"\s*\S+\s*", new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", "".join(a[i1:i2])))
        else:
            if i2 > i1:
                out.append(("-", "".join(a[i1:i2])))
            if j2 > j1:
                out.append(("+", "".join(b[j1:j2])))
    return out


class _Differ:
    def __init__(self, old: Plan, new: Plan, qset: QuestionSet, lang: Lang) -> None:
        self.old, self.new, self.qset, self.lang = old, new, qset, lang
        self.changes: list[Change] = []

    def show(self, question: Question, value: Any, plan: Plan) -> str:
        return display_value(question, value, plan, self.lang)

    def add(
        self,
        kind: ChangeKind,
        phase: str | None,
        path: str,
        label: str,
        old: Any = None,
        new: Any = None,
        words: list[tuple[str, str]] | None = None,
    ) -> None:
        self.changes.append(Change(kind, phase, path, label, old, new, words))

    def value(self, phase: str | None, path: str, label: str, question: Question, old: Any, new: Any) -> None:
        """Compare one answer or field; empty counts as absent."""
        old = None if is_empty(old) else old
        new = None if is_empty(new) else new
        if old == new:
            return
        if question.type == "list":
            before = old if isinstance(old, list) else []
            after = new if isinstance(new, list) else []
            for item in after:
                if item not in before:
                    self.add("added", phase, path, label, new=str(item))
            for item in before:
                if item not in after:
                    self.add("removed", phase, path, label, old=str(item))
            return
        kind: ChangeKind = "added" if old is None else "removed" if new is None else "changed"
        words = None
        if kind == "changed" and question.type == "long_text":
            words = word_diff(str(old), str(new))
        old_text = None if old is None else self.show(question, old, self.old)
        new_text = None if new is None else self.show(question, new, self.new)
        self.add(kind, phase, path, label, old_text, new_text, words)

    def records(self, phase: str | None, path: str, question: Question, old: Any, new: Any) -> None:
        """Compare two lists of records by id: added, removed, and each changed field."""
        before = {str(r.get("id")): r for r in old or [] if isinstance(r, dict)}
        after = {str(r.get("id")): r for r in new or [] if isinstance(r, dict)}
        noun = question.item_noun(self.lang) if question.item else question.prompt(self.lang)
        for rid, record in after.items():
            label = f"{noun} {rid}"
            if rid not in before:
                self.add("added", phase, f"{path}[{rid}]", label, new=record_summary(question, record) or rid)
                continue
            for sub in question.fields:
                where = f"{path}[{rid}].{sub.id}"
                if sub.type == "records":
                    self.records(phase, where, sub, before[rid].get(sub.id), record.get(sub.id))
                else:
                    self.value(
                        phase,
                        where,
                        f"{label} · {sub.prompt(self.lang)}",
                        sub,
                        before[rid].get(sub.id),
                        record.get(sub.id),
                    )
        for rid, record in before.items():
            if rid not in after:
                summary = record_summary(question, record) or rid
                self.add("removed", phase, f"{path}[{rid}]", f"{noun} {rid}", old=summary)

    def run(self) -> list[Change]:
        old, new, lang = self.old, self.new, self.lang
        for name, old_meta, new_meta in (
            ("company", old.company, new.company),
            ("title", old.title, new.title),
            ("currency", old.currency, new.currency),
            ("language", old.language, new.language),
        ):
            if old_meta != new_meta:
                self.add(
                    "changed", None, name, t(lang, f"diff.meta.{name}"), old_meta or "–", new_meta or "–"
                )
        if old.period != new.period:
            self.add(
                "changed", None, "period", t(lang, "diff.meta.period"), _period(old, lang), _period(new, lang)
            )
        for phase, question in self.qset:
            path = f"{phase.id}.{question.id}"
            before, after = old.answers.get(question.id), new.answers.get(question.id)
            if question.type == "records":
                self.records(phase.id, path, question, before, after)
            else:
                self.value(phase.id, path, question.prompt(lang), question, before, after)
        self.records("reporting", "measurements", MEASUREMENTS, old.measurements, new.measurements)
        self.records("adaptation", "reviews", review_records(self.qset), old.reviews, new.reviews)
        for key in sorted(set(old.extra) | set(new.extra)):
            if old.extra.get(key) != new.extra.get(key):
                kind: ChangeKind = "changed"
                if key not in old.extra or key not in new.extra:
                    kind = "added" if key not in old.extra else "removed"
                self.add(kind, None, key, key, _raw(old.extra.get(key)), _raw(new.extra.get(key)))
        return self.changes


def _period(plan: Plan, lang: Lang) -> str:
    if plan.period is None:
        return "–"
    return f"{format_date(plan.period.start, lang)} – {format_date(plan.period.end, lang)}"


def _raw(value: Any) -> str | None:
    return None if value is None else str(value)


def diff_plans(old: Plan, new: Plan, qset: QuestionSet, lang: Lang) -> list[Change]:
    """Every difference from `old` to `new`, in question order, labelled in `lang`."""
    return _Differ(old, new, qset, lang).run()


def summarize(changes: list[Change], lang: Lang, limit: int = 3) -> str:
    """The changes in one line: ``objective O3 · Target 500 → 650; competitor C4 added; …``."""
    parts = []
    for change in changes[:limit]:
        if change.kind == "changed":
            old, new = _short(change.old), _short(change.new)
            parts.append(f"{change.label} {old} → {new}")
        else:
            shown = _short(change.new if change.kind == "added" else change.old)
            parts.append(t(lang, f"diff.summary.{change.kind}", label=change.label, value=shown))
    if len(changes) > limit:
        parts.append(t(lang, "diff.summary.more", count=len(changes) - limit))
    return "; ".join(parts) if parts else t(lang, "diff.none")


def _short(text: str | None, limit: int = 40) -> str:
    text = " ".join((text or "–").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plan_lines(plan: Plan, qset: QuestionSet) -> list[str]:
    """The plan as one labelled line per value, for ``git diff`` through the textconv driver.

    A changed answer then shows as a changed line that says which question,
    record and field it is, in the plan's language.
    """
    lang = plan.language
    lines = [
        f"{t(lang, 'diff.meta.company')}: {plan.company}",
        f"{t(lang, 'diff.meta.title')}: {plan.title}",
        f"{t(lang, 'diff.meta.period')}: {_period(plan, lang)}",
        f"{t(lang, 'diff.meta.currency')}: {plan.currency}",
    ]
    for phase, question in qset:
        value = plan.answers.get(question.id)
        if question.id not in plan.answers:
            continue
        head = f"{phase.title(lang)} › {question.id}"
        lines += _value_lines(head, question, value, plan, lang)
    for name, collection, question in (
        ("measurements", plan.measurements, MEASUREMENTS),
        ("reviews", plan.reviews, review_records(qset)),
    ):
        if collection:
            lines += _value_lines(t(lang, f"diff.meta.{name}"), question, collection, plan, lang)
    for key, value in plan.extra.items():
        lines.append(f"{key}: {value}")
    return lines


def _value_lines(head: str, question: Question, value: Any, plan: Plan, lang: Lang) -> list[str]:
    if question.type == "records" and isinstance(value, list):
        lines = []
        for record in value:
            if not isinstance(record, dict):
                continue
            rid = record.get("id")
            for sub in question.fields:
                if not is_empty(record.get(sub.id)):
                    lines += _value_lines(
                        f"{head} › {rid} › {sub.prompt(lang)}", sub, record[sub.id], plan, lang
                    )
        return lines
    if question.type == "list" and isinstance(value, list):
        return [f"{head}: - {item}" for item in value]
    if question.type == "long_text" and isinstance(value, str) and "\n" in value:
        return [f"{head}: {line}" for line in value.splitlines()]
    return [f"{head}: {display_value(question, value, plan, lang)}"]

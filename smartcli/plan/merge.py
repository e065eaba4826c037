"""Three-way merge of plans, for git's merge driver: by answer, by record id, and list item by item.

git merges lines, so two branches that each append a record to the same list
conflict although nothing contradicts. Merging the plans themselves, an
answer changed on one side only takes that side; records are matched by id,
so both branches' additions are kept (when both added the same id, the other
branch's record gets the next free id and its references follow); list items
are added and removed as each side did. Only a real conflict, the same value
changed both ways, is left for the user: the merged file keeps our value and
records base, ours and theirs under ``merge_conflicts``, which ``smart check``
reports (SM010) until it is resolved. A record one branch deleted while the
other still refers to it (a measurement of a deleted objective) is kept, as
a conflict with a note saying why, so the merged plan always loads.

Everything recorded under ``merge_conflicts`` is plain data a plan file can
hold: text, numbers, dates, lists and mappings (the period is a mapping).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from smartcli.i18n import t
from smartcli.plan.model import MEASUREMENTS, Plan, Question, QuestionSet, next_record_id, review_records
from smartcli.plan.planfile import measurement_order

_MISSING = object()


@dataclass
class Conflict:
    """A value both branches changed, differently: where, and each version (``None`` when absent).

    The versions are plain data (see :func:`_plain`); `note` says, in the
    plan's language, what the merge did when that needs saying.
    """

    path: str
    base: Any
    ours: Any
    theirs: Any
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The entry written under ``merge_conflicts``."""
        entry = {"path": self.path, "base": self.base, "ours": self.ours, "theirs": self.theirs}
        return {**entry, "note": self.note} if self.note else entry


class _Merger:
    def __init__(self, qset: QuestionSet) -> None:
        self.qset = qset
        self.conflicts: list[Conflict] = []

    def value(self, path: str, base: Any, ours: Any, theirs: Any) -> Any:
        """Three-way merge of one value: a change on one side wins; both ways is a conflict (ours kept)."""
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        self.conflicts.append(Conflict(path, _plain(base), _plain(ours), _plain(theirs)))
        return ours

    def items(self, path: str, base: Any, ours: Any, theirs: Any) -> Any:
        """A list merged item by item: additions from both sides, removals from both sides."""
        if not all(isinstance(v, list) or v is _MISSING or v is None for v in (base, ours, theirs)):
            return self.value(path, base, ours, theirs)
        b = base if isinstance(base, list) else []
        o = ours if isinstance(ours, list) else []
        t = theirs if isinstance(theirs, list) else []
        if ours is _MISSING and theirs is _MISSING:
            return _MISSING
        merged = [item for item in o if item in t or item not in b]
        merged += [item for item in t if item not in b and item not in merged]
        return merged

    def records(self, path: str, question: Question, base: Any, ours: Any, theirs: Any) -> Any:
        """Records matched by id; each field merged three ways; additions of both sides kept."""
        if ours is _MISSING and theirs is _MISSING:
            return _MISSING
        b = {r["id"]: r for r in _records(base)}
        o = {r["id"]: r for r in _records(ours)}
        t = {r["id"]: r for r in _records(theirs)}
        order = list(o) + [rid for rid in t if rid not in o]
        merged = []
        for rid in order:
            in_b, in_o, in_t = rid in b, rid in o, rid in t
            where = f"{path}[{rid}]"
            if in_o and in_t:
                merged.append(self.record(where, question, b.get(rid, {}), o[rid], t[rid]))
            elif in_o and in_b:  # they removed it
                if o[rid] != b[rid]:
                    self.conflicts.append(Conflict(where, _plain(b[rid]), _plain(o[rid]), None))
                    merged.append(o[rid])
            elif in_t and in_b:  # we removed it
                if t[rid] != b[rid]:
                    self.conflicts.append(Conflict(where, _plain(b[rid]), None, _plain(t[rid])))
                    merged.append(t[rid])
            else:  # added on one side
                merged.append(o.get(rid) or t[rid])
        return merged

    def record(
        self,
        path: str,
        question: Question,
        base: dict[str, Any],
        ours: dict[str, Any],
        theirs: dict[str, Any],
    ) -> dict[str, Any]:
        keys = ["id", *(f.id for f in question.fields)]
        keys += [k for k in (*ours, *theirs) if k not in keys]
        out: dict[str, Any] = {}
        for key in keys:
            merged = self.value(
                f"{path}.{key}", base.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING)
            )
            if merged is not _MISSING and merged is not None:
                out[key] = merged
        return out


def _records(value: Any) -> list[dict[str, Any]]:
    return [r for r in value if isinstance(r, dict) and "id" in r] if isinstance(value, list) else []


def _plain(value: Any) -> Any:
    """A value as it can be written in the plan: absent becomes None, a dataclass (the period) a mapping."""
    if value is _MISSING:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return copy.deepcopy(value)


def _references(question: Question, records: Any) -> Iterator[tuple[str, str, str]]:
    """Each reference in `records`: (the records question it names, the id named, the referring id)."""
    for record in _records(records):
        for sub in question.fields:
            value = record.get(sub.id)
            if sub.type == "ref" and sub.ref:
                for target in value if isinstance(value, list) else [value]:
                    if target is not None:
                        yield sub.ref, str(target), str(record["id"])
            elif sub.type == "records":
                yield from _references(sub, value)


def _all_references(plan: Plan, qset: QuestionSet) -> Iterator[tuple[str, str, str]]:
    for _, question in qset:
        if question.type == "records":
            yield from _references(question, plan.answers.get(question.id))
    yield from _references(MEASUREMENTS, plan.measurements)
    yield from _references(review_records(qset), plan.reviews)


def _keep_referenced(merged: Plan, sides: tuple[Plan, Plan, Plan], qset: QuestionSet) -> list[Conflict]:
    """Put back the records one branch deleted while the other still refers to them; one conflict each.

    Without this a merge of two valid plans could name an objective that no
    longer exists, and no command would open the result. Keeping the record
    keeps every side's work; the conflict (with a note) leaves the choice to
    the user, as a record deleted on one side and edited on the other does.
    """
    conflicts: list[Conflict] = []
    while True:  # a record put back may itself refer to one deleted (an activity's channel)
        dangling: dict[tuple[str, str], set[str]] = {}
        for collection, target, referrer in _all_references(merged, qset):
            if all(r["id"] != target for r in _records(merged.answers.get(collection))):
                dangling.setdefault((collection, target), set()).add(referrer)
        restored = False
        for (collection, target), referrers in dangling.items():
            versions = [next((r for r in _records(p.answers.get(collection)) if r["id"] == target), None)
                        for p in sides]  # fmt: skip
            source = versions[1] or versions[2] or versions[0]
            found = qset.find(collection)
            if source is None or found is None:
                continue  # named in no version: nothing to put back (loading the plan will say so)
            order = _records(sides[versions.index(source)].answers.get(collection))
            _insert_in_order(merged, collection, copy.deepcopy(source), [r["id"] for r in order])
            note = t(merged.language, "merge.kept_for_refs", id=target, refs=", ".join(sorted(referrers)))
            path = f"{found[0].id}.{collection}[{target}]"
            base, ours, theirs = (_plain(v) for v in versions)
            conflicts.append(Conflict(path, base, ours, theirs, note))
            restored = True
        if not restored:
            return conflicts


def _insert_in_order(plan: Plan, collection: str, record: dict[str, Any], order: list[str]) -> None:
    """Insert `record` after the record that preceded it in `order` (its own version's list)."""
    records = plan.answers.get(collection)
    if not isinstance(records, list):
        records = plan.answers[collection] = []
    before = order[: order.index(record["id"])]
    ids = [r.get("id") if isinstance(r, dict) else None for r in records]
    at = max((ids.index(rid) + 1 for rid in before if rid in ids), default=0)
    records.insert(at, record)


def _renumber_theirs(base: Plan, ours: Plan, theirs: Plan, qset: QuestionSet) -> None:
    """Give the other branch's new records a free id where both branches added the same id; fix references."""
    renames: dict[str, dict[str, str]] = {}
    collections: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], str]] = []
    for _, question in qset:
        if question.type == "records":
            b, o, t = (_records(p.answers.get(question.id)) for p in (base, ours, theirs))
            collections.append((question.id, b, o, t, question.id_prefix))
    collections.append(("measurements", base.measurements, ours.measurements, theirs.measurements, "M"))
    collections.append(("reviews", base.reviews, ours.reviews, theirs.reviews, "RV"))
    for name, b, o, t, prefix in collections:
        base_ids = {r["id"] for r in b}
        ours_by_id = {r["id"]: r for r in o}
        taken = [*b, *o, *t]
        for record in t:
            rid = record["id"]
            if rid in base_ids or rid not in ours_by_id or ours_by_id[rid] == record:
                continue
            new_id = next_record_id(prefix, taken)
            renames.setdefault(name, {})[rid] = new_id
            record["id"] = new_id
            taken.append({"id": new_id})
    if not renames:
        return
    for _, question in qset:  # references inside the other branch follow its renamed records
        for record in _records(theirs.answers.get(question.id)):
            for sub in question.fields:
                if sub.type == "ref" and sub.ref in renames and sub.id in record:
                    mapping = renames[sub.ref]
                    value = record[sub.id]
                    record[sub.id] = (
                        [mapping.get(v, v) for v in value]
                        if isinstance(value, list)
                        else mapping.get(value, value)
                    )
    objectives = renames.get("objectives", {})
    for measurement in theirs.measurements:
        target = str(measurement.get("objective"))
        measurement["objective"] = objectives.get(target, target)
    for review in theirs.reviews:
        for decision in review.get("decisions") or []:
            target = str(decision.get("record"))
            collection = "objectives" if str(target).startswith("O") else "activities"
            decision["record"] = renames.get(collection, {}).get(target, target)


def merge_plans(base: Plan, ours: Plan, theirs: Plan, qset: QuestionSet) -> tuple[Plan, list[Conflict]]:
    """Merge two plans that grew from `base`; returns the merged plan and the conflicts left in it."""
    theirs = copy.deepcopy(theirs)
    _renumber_theirs(base, ours, theirs, qset)
    m = _Merger(qset)
    merged = Plan(language=m.value("language", base.language, ours.language, theirs.language))
    for name in ("company", "title", "currency", "period", "origin"):
        setattr(merged, name, m.value(name, getattr(base, name), getattr(ours, name), getattr(theirs, name)))
    merged.updated = max((d for d in (ours.updated, theirs.updated) if d is not None), default=None)
    merged.ignore_checks = m.items(
        "ignore_checks", base.ignore_checks, ours.ignore_checks, theirs.ignore_checks
    )
    for phase, question in qset:
        path = f"{phase.id}.{question.id}"
        b, o, t = (p.answers.get(question.id, _MISSING) for p in (base, ours, theirs))
        if question.type == "records":
            value = m.records(path, question, b, o, t)
        elif question.type in ("list", "multi_choice"):
            value = m.items(path, b, o, t)
        else:
            value = m.value(path, b, o, t)
        if value is not _MISSING:
            merged.answers[question.id] = value
    measurements = m.records(
        "measurements", MEASUREMENTS, base.measurements, ours.measurements, theirs.measurements
    )
    merged.measurements = sorted(
        measurements if isinstance(measurements, list) else [], key=measurement_order
    )
    reviews = m.records("reviews", review_records(qset), base.reviews, ours.reviews, theirs.reviews)
    merged.reviews = reviews if isinstance(reviews, list) else []
    for key in {*base.extra, *ours.extra, *theirs.extra}:
        value = m.value(key, *(p.extra.get(key, _MISSING) for p in (base, ours, theirs)))
        if value is not _MISSING:
            merged.extra[key] = value
    for phase_id in {*base.extra_answers, *ours.extra_answers, *theirs.extra_answers}:
        sides = [p.extra_answers.get(phase_id, {}) for p in (base, ours, theirs)]
        for key in {*sides[0], *sides[1], *sides[2]}:
            value = m.value(f"{phase_id}.{key}", *(s.get(key, _MISSING) for s in sides))
            if value is not _MISSING:
                merged.extra_answers.setdefault(phase_id, {})[key] = value
    m.conflicts += _keep_referenced(merged, (base, ours, theirs), qset)
    previous: list[dict[str, Any]] = []
    for entry in (*ours.merge_conflicts, *theirs.merge_conflicts):  # left from earlier merges, once each
        if entry not in base.merge_conflicts and entry not in previous:
            previous.append(entry)
    merged.merge_conflicts = [*previous, *(c.as_dict() for c in m.conflicts)]
    return merged, m.conflicts

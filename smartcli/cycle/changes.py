"""A change to the plan, by a review's decision or by an adjustment: one concept, with its before and after.

A decision taken in ``smart review`` and an adjustment (Tilpasning's
``adjustments``, applied during a review) change the plan the same way: one
field of one objective or activity gets a new value, and the entry that made
the change keeps ``record``, ``field``, ``before`` and ``after``, so the
decision log can say what changed (``A7 End: 30 May 2027 → 20 June 2027``).
"""

from __future__ import annotations

from typing import Any

from smartcli.i18n import t
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import Plan, Question, is_empty, record_summary
from smartcli.plan.values import display_value

CHANGEABLE: dict[str, tuple[str, ...]] = {
    "objectives": ("target", "deadline", "baseline", "budget", "owner"),
    "activities": ("what", "owner", "start", "end", "effort", "status"),
}
"""What a change may touch: these fields of objectives and activities (an activity's status too)."""
NO_CHANGE = "__none__"


def apply_change(
    plan: Plan, collection: str, record_id: str, field_id: str, after: Any, entry: dict[str, Any]
) -> bool:
    """Set `field_id` of record `record_id` to `after`, and keep the change in `entry`.

    `entry` (a decision, an adjustment) gets ``record`` and ``field``, and
    ``before`` and ``after`` where they hold a value. Returns whether anything
    changed (the same value again is no change, and `entry` is left as it is).

    Raises:
        KeyError: The plan has no such record (a caller offers only records that exist).
    """
    records = plan.answers.get(collection) or []
    record = next((r for r in records if isinstance(r, dict) and r.get("id") == record_id), None)
    if record is None:
        raise KeyError(f"{collection}:{record_id}")
    before = record.get(field_id)
    if after == before:
        return False
    if is_empty(after):
        record.pop(field_id, None)
    else:
        record[field_id] = after
    entry.update(record=record_id, field=field_id)
    entry.pop("before", None)
    entry.pop("after", None)
    if before is not None:
        entry["before"] = before
    if not is_empty(after):
        entry["after"] = after
    return True


def field_question(session: Session, collection: str, field_id: str) -> Question:
    """The question of `field_id` in the records of `collection`."""
    found = session.qset.find(collection)
    sub = found[1].field(field_id) if found else None
    assert sub is not None, f"{collection}.{field_id}"
    return sub


def ask_change(
    session: Session, ctx: AskContext, entry: dict[str, Any], *, suggested: str | None = None
) -> bool:
    """Ask which objective or activity `entry` changes, which field and to what; apply and save.

    `suggested` (an activity's or objective's id, as an adjustment names one)
    is the record offered first. Returns whether the plan changed.
    """
    lang, plan = session.lang, session.plan
    choices = [(NO_CHANGE, t(lang, "review.no_change"))]
    default = NO_CHANGE
    for collection in CHANGEABLE:
        found = session.qset.find(collection)
        for record in plan.answers.get(collection) or []:
            summary = record_summary(found[1], record) if found else ""
            choices.append((f"{collection}:{record['id']}", f"{record['id']} · {summary}"))
            if record["id"] == suggested:
                default = f"{collection}:{record['id']}"
    picked = ctx.prompter.select(t(lang, "review.change_what"), choices, default=default)
    if picked == NO_CHANGE:
        return False
    collection, record_id = picked.split(":", 1)
    record = next(r for r in plan.answers[collection] if r.get("id") == record_id)
    field_choices = [(f, field_question(session, collection, f).prompt(lang)) for f in CHANGEABLE[collection]]
    field_id = ctx.prompter.select(t(lang, "review.change_field", id=record_id), field_choices)
    question = field_question(session, collection, field_id)
    ctx.record, ctx.fields = dict(record), session.qset.find(collection)[1].fields  # type: ignore[index]
    before = record.get(field_id)
    after = ask_value(ctx, question, before, message=question.prompt(lang))
    ctx.record, ctx.fields = {}, ()
    if not apply_change(plan, collection, record_id, field_id, after, entry):
        return False
    session.save()
    say(
        ctx.console,
        lang,
        "review.changed",
        id=record_id,
        field=question.prompt(lang),
        before=display_value(question, before, plan, lang),
        after=display_value(question, after, plan, lang),
    )
    return True

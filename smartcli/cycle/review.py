"""``smart review``: a guided Tilpasning review, kept as a dated entry in the plan's log.

A review first shows where the objectives stand (computed from the
measurements), then asks the review questions of Rapportering and Tilpasning
for this review, then records decisions. A decision may change an objective
(target, deadline) or an activity; the change is applied to the plan and the
before, the after and the reason are kept in the review's log. Every answer
is saved as it is given, and earlier reviews are never overwritten.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.errors import InterviewStopped
from smartcli.i18n import Lang, t
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.flow import stop_on_interrupt
from smartcli.interview.prompts import Prompter
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import DECISIONS, Question, is_empty, next_record_id, record_summary, review_records
from smartcli.plan.progress import plan_progress
from smartcli.plan.values import display_value, format_date, format_number, format_percent

CHANGEABLE: dict[str, tuple[str, ...]] = {
    "objectives": ("target", "deadline", "baseline", "budget", "owner"),
    "activities": ("what", "owner", "start", "end", "effort"),
}
"""What a decision may change: these fields of objectives and activities."""
_NONE = "__none__"


def print_state(session: Session, console: Console, as_of: dt.date) -> None:
    """Where each objective stands: latest measurement, progress, pace and status; what is due."""
    lang, plan = session.lang, session.plan
    states = plan_progress(plan, as_of)
    if not states:
        say(console, lang, "review.no_objectives")
        return
    table = Table(title=t(lang, "review.state", date=format_date(as_of, lang)), title_justify="left")
    for key in (
        "status.col.id",
        "review.col.latest",
        "status.col.progress",
        "review.col.expected",
        "status.col.status",
    ):
        table.add_column(t(lang, key))
    for oid, state in states.items():
        latest = "–"
        if state.latest is not None:
            latest = f"{format_number(state.latest[1], lang)} ({format_date(state.latest[0], lang)})"
        table.add_row(
            oid,
            escape(latest),
            "–" if state.progress is None else format_percent(round(state.progress * 100), lang),
            "–" if state.expected is None else format_percent(round(state.expected * 100), lang),
            _status_markup(state.status, lang) + _due_markup(state.due, lang),
        )
    console.print(table)
    last = max((r["date"] for r in plan.reviews if isinstance(r.get("date"), dt.date)), default=None)
    notes = [
        m for m in plan.measurements if m.get("note") and (last is None or m.get("date", dt.date.min) > last)
    ]
    if notes:
        say(console, lang, "review.notes", "bold")
        for m in notes:
            when = format_date(m["date"], lang) if isinstance(m.get("date"), dt.date) else "–"
            console.print(
                f"  {escape(str(m.get('objective')))} · {escape(when)}: {escape(str(m['note']))}",
                soft_wrap=True,
            )


def _status_markup(status: str, lang: Lang) -> str:
    colour = {"reached": "green", "on_pace": "green", "behind": "yellow", "overdue": "red"}.get(status, "dim")
    return f"[{colour}]{escape(t(lang, f'status.{status}'))}[/]"


def _due_markup(due: str, lang: Lang) -> str:
    if due == "ok":
        return ""
    return f" · [{'red' if due == 'overdue' else 'yellow'}]{escape(t(lang, f'status.due.{due}'))}[/]"


def _field_question(session: Session, collection: str, field_id: str) -> Question:
    found = session.qset.find(collection)
    sub = found[1].field(field_id) if found else None
    assert sub is not None, f"{collection}.{field_id}"
    return sub


def _ask_change(session: Session, ctx: AskContext, decision: dict[str, Any], save: Any) -> None:
    """Ask whether the decision changes an objective or an activity, and apply the change."""
    lang, plan = session.lang, session.plan
    choices = [(_NONE, t(lang, "review.no_change"))]
    for collection in CHANGEABLE:
        found = session.qset.find(collection)
        for record in plan.answers.get(collection) or []:
            summary = record_summary(found[1], record) if found else ""
            choices.append((f"{collection}:{record['id']}", f"{record['id']} · {summary}"))
    picked = ctx.prompter.select(t(lang, "review.change_what"), choices, default=_NONE)
    if picked == _NONE:
        return
    collection, record_id = picked.split(":", 1)
    record = next(r for r in plan.answers[collection] if r.get("id") == record_id)
    field_choices = [
        (f, _field_question(session, collection, f).prompt(lang)) for f in CHANGEABLE[collection]
    ]
    field_id = ctx.prompter.select(t(lang, "review.change_field", id=record_id), field_choices)
    question = _field_question(session, collection, field_id)
    ctx.record, ctx.fields = dict(record), session.qset.find(collection)[1].fields  # type: ignore[index]
    before = record.get(field_id)
    after = ask_value(ctx, question, before, message=question.prompt(lang))
    ctx.record, ctx.fields = {}, ()
    if after == before:
        return
    if is_empty(after):
        record.pop(field_id, None)
    else:
        record[field_id] = after
    decision.update(record=record_id, field=field_id)
    if before is not None:
        decision["before"] = before
    if after is not None:
        decision["after"] = after
    save()
    shown_before = display_value(question, before, plan, lang)
    shown_after = display_value(question, after, plan, lang)
    field_name = question.prompt(lang)
    say(
        ctx.console,
        lang,
        "review.changed",
        id=record_id,
        field=field_name,
        before=shown_before,
        after=shown_after,
    )


def run_review(
    session: Session, prompter: Prompter, console: Console, today: dt.date | None = None
) -> dict[str, Any]:
    """``smart review``: show the state, ask the review questions, record decisions; returns the review.

    Raises:
        InterviewStopped: Ctrl-C or Ctrl-D; what was answered is saved in the
            review (a review stopped before its first answer leaves no entry).
    """
    today = today or dt.date.today()
    lang, plan = session.lang, session.plan
    prompter.lang = lang
    session.ask_when_changed(prompter, console)
    ctx = AskContext(prompter, console, plan, session.qset, lang)
    print_state(session, console, today)
    prefix = review_records(session.qset).id_prefix
    review: dict[str, Any] = {"id": next_record_id(prefix, plan.reviews), "date": today}
    try:
        with stop_on_interrupt(session.path):
            _ask_review(session, ctx, review)
    except InterviewStopped:
        if set(review) <= {"id", "date"} and review in plan.reviews:
            plan.reviews.remove(review)
            session.save()
        raise
    count = len(review.get("decisions", []))
    decided = t(
        lang, "review.decisions." + ("none" if count == 0 else "one" if count == 1 else "many"), count=count
    )
    say(console, lang, "review.done", "bold", id=review["id"], decisions=decided, path=session.path)
    return review


def _ask_review(session: Session, ctx: AskContext, review: dict[str, Any]) -> None:
    """Ask the review questions, then the decisions, saving after every answer."""
    lang, plan, console, prompter = session.lang, session.plan, ctx.console, ctx.prompter
    plan.reviews.append(review)
    session.save()
    say(console, lang, "review.started", "green", id=review["id"], path=session.path)
    for _, question in session.qset:
        if not (question.review and question.type in ("text", "long_text")):
            continue
        console.print()
        console.print(f"[bold]{escape(question.prompt(lang))}[/]")
        if question.help is not None:
            console.print(f"  [dim]{escape(question.help(lang).strip())}[/]", soft_wrap=True)
        answer = ask_value(ctx, question, None)
        if not is_empty(answer):
            review[question.id] = answer
            session.save()
    decisions: list[dict[str, Any]] = []
    while prompter.confirm(
        t(lang, "review.add_another" if decisions else "review.add_decision"), default=not decisions
    ):
        decision: dict[str, Any] = {"id": next_record_id(DECISIONS.id_prefix, decisions)}
        decisions.append(decision)
        review["decisions"] = decisions
        for field_id in ("decision", "reason", "owner"):
            sub = DECISIONS.field(field_id)
            assert sub is not None
            value = ask_value(ctx, sub, None, message=sub.prompt(lang))
            if not is_empty(value):
                decision[field_id] = value
            session.save()
        _ask_change(session, ctx, decision, session.save)

"""``smart review``: a guided Tilpasning review, kept as a dated entry in the plan's log.

A review first shows where the objectives stand (computed from the
measurements), then asks the review questions of Rapportering and Tilpasning
for this review, then records decisions. A decision may change an objective
(target, deadline) or an activity (its dates, its status); the change is
applied to the plan and the before, the after and the reason are kept in the
review's log. Last, each adjustment not applied yet (Tilpasning's
``adjustments``) is offered: applied, it changes the plan the same way
(:mod:`smartcli.cycle.changes`). Every answer is saved as it is given, and
earlier reviews are never overwritten.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from smartcli.cycle.changes import ask_change
from smartcli.errors import InterviewStopped
from smartcli.i18n import Lang, t
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.flow import stop_on_interrupt
from smartcli.interview.prompts import Prompter
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import DECISIONS, is_empty, next_record_id, review_records
from smartcli.plan.progress import plan_progress
from smartcli.plan.values import format_date, format_number, format_percent


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
        ask_change(session, ctx, decision)
    _ask_adjustments(session, ctx, review)


def _ask_adjustments(session: Session, ctx: AskContext, review: dict[str, Any]) -> None:
    """Offer each adjustment not applied yet: applied, it changes the plan the way a decision does.

    The adjustment keeps what it changed (``record``, ``field``, ``before``,
    ``after``), the day it was applied and the review it was applied in, so the
    decision log shows it beside the decisions.
    """
    lang, prompter = session.lang, ctx.prompter
    adjustments = session.plan.answers.get("adjustments") or []
    pending = [a for a in adjustments if isinstance(a, dict) and "record" not in a]
    asked = False
    while pending and prompter.confirm(
        t(lang, "review.apply_another" if asked else "review.apply_adjustment"), default=False
    ):
        asked = True
        choices = [(str(a["id"]), f"{a['id']} · {_summary(a)}") for a in pending]
        picked = prompter.select(t(lang, "review.which_adjustment"), choices)
        adjustment = next(a for a in pending if str(a["id"]) == picked)
        activity = adjustment.get("activity")
        if ask_change(session, ctx, adjustment, suggested=str(activity) if activity else None):
            adjustment.update(applied=review["date"], review=review["id"])
            session.save()
            pending.remove(adjustment)


def _summary(adjustment: dict[str, Any]) -> str:
    text = " ".join(f"{adjustment.get('what') or ''}: {adjustment.get('change') or ''}".split()).strip(": ")
    return text if len(text) <= 70 else text[:69] + "…"

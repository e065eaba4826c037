"""From situation to strategy: the earlier answers a strategy question builds on, shown beside it.

While the user answers an Agenda question (positioning, personas, the channel
plan, the message, the activities), a compact panel shows what they said
earlier that the answer should rest on: strengths and opportunities for the
positioning, segments and customer knowledge for the personas, today's
channels and how they do for the channel plan, the objectives for the
activities. The mapping is here, in Python, so the question files stay
about questions.

The panel is short (one line per earlier answer, at most :data:`MAX_LINES`,
each cut to the width) and inert: an answer may hold markup or control
characters, and it is shown as typed.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from smartcli.i18n import MESSAGES, Lang, t
from smartcli.output import inert
from smartcli.plan.model import Plan, Question, QuestionSet, is_empty, record_summary
from smartcli.plan.values import display_value

EARLIER: dict[str, tuple[str, ...]] = {
    "strategy_summary": ("key_insights", "strengths", "opportunities", "ambition"),
    "personas": ("customer_segments", "customer_knowledge"),
    "competitor_focus": ("competitors", "strengths", "weaknesses"),
    "message": ("brand_words", "customer_opinion", "personas"),
    "positioning": ("strengths", "opportunities", "competitors", "brand_words"),
    "value_proposition": ("customer_knowledge", "personas", "strengths"),
    "channel_plan": ("current_channels", "offline_channels", "objectives", "personas"),
    "budget_lines": ("total_budget", "channel_plan"),
    "content_types": ("personas", "message"),
    "activities": ("objectives", "channel_plan", "milestones"),
    "hours_per_week": ("marketing_hours", "resources"),
}
"""Question id → the earlier questions whose answers it builds on, in the order shown."""

MAX_LINES = 8
ITEM_CHARS = 40
"""An item of a list or a record is cut to this many characters, so several fit on a line."""


def earlier_lines(question: Question, plan: Plan, qset: QuestionSet, lang: Lang) -> list[tuple[str, str]]:
    """(label, answer in one line) for each earlier answer `question` builds on; none when none is given."""
    lines = []
    for earlier_id in EARLIER.get(question.id, ()):
        found = qset.find(earlier_id)
        value = plan.answers.get(earlier_id)
        if found is None or is_empty(value):
            continue
        shown = _one_line(found[1], value, plan, lang)
        if shown:
            key = f"panel.label.{earlier_id}"
            label = t(lang, key) if key in MESSAGES else found[1].prompt(lang)
            lines.append((label, shown))
    return lines[:MAX_LINES]


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"


def _one_line(question: Question, value: Any, plan: Plan, lang: Lang) -> str:
    if question.type == "list" and isinstance(value, list):
        return " · ".join(_cut(str(item), ITEM_CHARS) for item in value if not is_empty(item))
    if question.type == "records" and isinstance(value, list):
        return " · ".join(_record(question, r, plan, lang) for r in value if isinstance(r, dict))
    return display_value(question, value, plan, lang)


def _record(question: Question, record: dict[str, Any], plan: Plan, lang: Lang) -> str:
    """``CC1 Instagram (Nogen)``: the id, the first text, the first choice."""
    text = f"{record.get('id', '')} {record_summary(question, record, ITEM_CHARS)}".strip()
    for sub in question.fields:
        if sub.type == "choice" and not is_empty(record.get(sub.id)):
            return f"{text} ({display_value(sub, record[sub.id], plan, lang)})"
    return text


def print_earlier(console: Console, question: Question, plan: Plan, qset: QuestionSet, lang: Lang) -> None:
    """Show the earlier answers `question` builds on in a compact panel (nothing when there are none)."""
    lines = earlier_lines(question, plan, qset, lang)
    if not lines:
        return
    room = max(20, console.width - 4)  # the panel's border and padding
    body = "\n".join(
        f"[bold]{escape(inert(label))}:[/] {escape(inert(_cut(shown, max(10, room - len(label) - 2))))}"
        for label, shown in lines
    )
    console.print(
        Panel(
            body,
            title=escape(t(lang, "panel.title")),
            title_align="left",
            border_style="cyan",
            padding=(0, 1),
        )
    )

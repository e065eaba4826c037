"""Lists and records, asked one item at a time, saved after every item, with a way back.

A list (strengths, weaknesses) is asked item by item until an empty line; a
records question (objectives, competitors) record by record, field by field,
with "add another?" between them. Going back
(:class:`~smartcli.interview.navigation.GoBack`) steps to the previous item or
field, from a record's first field into the record before it, and from the
first prompt out to the question before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.markup import escape

from smartcli.i18n import Lang, t
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.navigation import GoBack, Step, walk
from smartcli.interview.prompts import Validator
from smartcli.plan.model import Question, is_empty, next_record_id, record_summary

Records = list[dict[str, Any]]


# --- lists ------------------------------------------------------------------------


def ask_list(
    ctx: AskContext,
    question: Question,
    current: list[str] | None,
    on_change: Callable[[list[str]], None],
    *,
    continuing: bool = False,
    from_end: bool = False,
) -> list[str]:
    """Ask for short items one at a time; an empty line finishes. Saves after every item.

    Existing items are offered one by one as defaults first: change one, clear
    it to remove it, or press Enter to keep it. When `continuing` a list that
    was interrupted, or going back into a list (`from_end`), the next new item
    is asked first. Going back steps to the previous item.

    Raises:
        GoBack: The user went back from the first item.
    """
    p, lang = ctx.prompter, ctx.lang
    items = list(current or [])
    position = 0
    if items and (continuing or from_end):
        position = len(items)
        so_far = t(lang, "ask.list_so_far", count=len(items), items=" · ".join(items))
        ctx.console.print(f"  [dim]{escape(so_far)}[/]", soft_wrap=True)
    elif items:
        ctx.console.print(f"  [dim]{escape(t(lang, 'ask.list_edit_hint'))}[/]")
    added = False
    while True:
        old = items[position] if position < len(items) else None
        try:
            text = p.text(
                f"{position + 1}.",
                default=old or "",
                validate=_single_line(lang),
                instruction=None if old is not None or added else t(lang, "ask.list_hint"),
                back=ctx.back,
            ).strip()
        except GoBack:
            if position == 0:
                raise
            position -= 1
            continue
        if old is None:
            if not text:
                break
            items.append(text)
            added = True
            position += 1
        elif text:
            items[position] = text
            position += 1
        else:
            del items[position]  # cleared: removed, and the next item moves up
        on_change(list(items))
    on_change(list(items))
    return items


def _single_line(lang: Lang) -> Validator:
    def check(text: str) -> str | None:
        return t(lang, "value.one_line") if "\n" in text.strip() else None

    return check


# --- records ----------------------------------------------------------------------


def ask_record_fields(
    ctx: AskContext,
    question: Question,
    record: dict[str, Any],
    on_change: Callable[[], None],
    *,
    ask_from: int = 0,
    from_end: bool = False,
) -> None:
    """Ask the fields of one record, with its current values as defaults; saves after each.

    Going back steps to the previous field, asked or not on the way forward;
    from there on, every field up to the furthest one reached is asked again.

    Args:
        ask_from: Ask every field from this one on; before it, only the
            required fields that are empty (``len(question.fields)``: only
            those; the index after the last field given: the rest of a record
            that was interrupted).
        from_end: Start at the last field (going back into the record).

    Raises:
        GoBack: The user went back from the first field.
    """
    fields = question.fields

    def wanted(index: int) -> bool:
        return index >= ask_from or (fields[index].required and is_empty(record.get(fields[index].id)))

    index = len(fields) - 1 if from_end else _next_index(range(len(fields)), wanted)
    furthest = index
    ctx.record, ctx.fields = record, fields
    try:
        while index < len(fields):
            sub = fields[index]
            if sub.help is not None:
                ctx.console.print(f"  [dim]{escape(sub.help(ctx.lang))}[/]")
            try:
                value = ask_value(ctx, sub, record.get(sub.id), message=sub.prompt(ctx.lang))
            except GoBack:
                if index == 0:
                    raise
                index -= 1
                continue
            if is_empty(value):
                record.pop(sub.id, None)
            else:
                record[sub.id] = value
            on_change()
            furthest = max(furthest, index)
            index = _next_index(range(index + 1, len(fields)), wanted, up_to=furthest)
    finally:
        ctx.record, ctx.fields = {}, ()


def _next_index(indexes: range, wanted: Callable[[int], bool], up_to: int = -1) -> int:
    """The first of `indexes` that is wanted or not past `up_to`, or the end of the range."""
    return next((i for i in indexes if i <= up_to or wanted(i)), indexes.stop)


def ask_records(
    ctx: AskContext,
    question: Question,
    current: Records | None,
    on_change: Callable[[Records], None],
    *,
    review_existing: bool,
    continuing: bool = False,
    from_end: bool = False,
) -> Records:
    """Ask for records one at a time, with "add another?" between them.

    With `review_existing` (``smart edit``), each record already there is
    offered first: keep, change or remove. Otherwise only records left
    incomplete (an interrupted session) are completed. When `continuing` an
    interrupted question, the last record's fields after the last one given are
    asked too. Every field is saved the moment it is given, so an interrupted
    record is not lost.

    Going back steps to the previous field, from a record's first field to the
    record before it, and from "add another?" into the last record; a new
    record left before anything was given in it is dropped again. `from_end`
    starts at the last "add another?" (going back into the question).

    Raises:
        GoBack: The user went back from the first prompt.
    """
    records: Records = [dict(r) for r in current or []]

    def changed() -> None:
        on_change(records)

    if records and not from_end:
        ids = ", ".join(str(r.get("id")) for r in records)
        count = t(ctx.lang, "ask.records_count", count=len(records), ids=ids)
        ctx.console.print(f"  [dim]{escape(count)}[/]")
    steps: list[Step] = []
    original = list(records)
    for record in records:
        if review_existing:
            steps.append(_review_step(ctx, question, records, original, record, changed))
        else:
            ask_from = len(question.fields)  # only what is missing
            if continuing and record is records[-1]:
                given = [i for i, sub in enumerate(question.fields) if not is_empty(record.get(sub.id))]
                ask_from = given[-1] + 1 if given else 0
            steps.append(_fields_step(ctx, question, records, steps, record, changed, ask_from=ask_from))
    steps.append(_more_step(ctx, question, records, steps, changed))
    walk(steps, from_end=from_end)
    changed()
    return records


def _fields_step(
    ctx: AskContext,
    question: Question,
    records: Records,
    steps: list[Step],
    record: dict[str, Any],
    changed: Callable[[], None],
    *,
    ask_from: int,
    new: bool = False,
) -> Step:
    """The step that asks one record's fields; a `new` record left empty going back is dropped."""

    saved = {"once": False}

    def record_changed() -> None:
        saved["once"] = True
        changed()

    def step(from_end: bool) -> None:
        fields = question.fields
        if from_end or any(
            i >= ask_from or (f.required and is_empty(record.get(f.id))) for i, f in enumerate(fields)
        ):
            _print_record_heading(ctx, question, record)
        try:
            ask_record_fields(ctx, question, record, record_changed, ask_from=ask_from, from_end=from_end)
        except GoBack:
            if new and set(record) <= {"id"}:  # nothing given: as if "add another?" had not been answered
                records[:] = [r for r in records if r is not record]
                del steps[steps.index(step) :]
                if saved["once"]:  # a record that was saved, then emptied, goes from the file too
                    changed()
            raise

    return step


def _more_step(
    ctx: AskContext, question: Question, records: Records, steps: list[Step], changed: Callable[[], None]
) -> Step:
    """The step that asks "add another?" and, on yes, adds a record and the steps that ask it."""
    lang = ctx.lang
    item, noun = (question.item(lang) if question.item else ""), question.item_noun(lang)

    def step(from_end: bool) -> None:
        if steps.index(step) + 1 < len(steps):  # the record it added is still there: pass on to it
            if from_end:
                raise GoBack
            return
        first = not records
        if first and question.required:
            if from_end:  # nothing is asked here: go back further
                raise GoBack
            add = True
        else:
            key = "ask.record_add_first" if first else "ask.record_add_more"
            add = ctx.prompter.confirm(t(lang, key, item=item, noun=noun), default=first, back=ctx.back)
        if add:
            record = {"id": next_record_id(question.id_prefix, records)}
            records.append(record)
            steps.append(_fields_step(ctx, question, records, steps, record, changed, ask_from=0, new=True))
            steps.append(_more_step(ctx, question, records, steps, changed))

    return step


def _review_step(
    ctx: AskContext,
    question: Question,
    records: Records,
    original: Records,
    record: dict[str, Any],
    changed: Callable[[], None],
) -> Step:
    """The step that offers an existing record: keep, change (its fields) or remove.

    Going back to a record that was removed puts it back in its place, with
    "remove" as the default: nothing is lost by going back.
    """
    lang = ctx.lang
    state = {"action": "keep"}

    def present() -> bool:
        return any(r is record for r in records)

    def step(from_end: bool) -> None:
        if not present():
            before = original[: next(i for i, r in enumerate(original) if r is record)]
            records.insert(sum(1 for r in before if any(r is x for x in records)), record)
            changed()
        fields_now = from_end and state["action"] == "change"
        while True:
            if fields_now:
                try:
                    ask_record_fields(ctx, question, record, changed, from_end=from_end)
                    return
                except GoBack:
                    from_end = False  # back to this record's keep/change/remove
            label = t(
                lang, "ask.record_action", id=record.get("id"), summary=record_summary(question, record)
            )
            choices = [
                ("keep", t(lang, "ask.record_keep")),
                ("change", t(lang, "ask.record_change")),
                ("remove", t(lang, "ask.record_remove")),
            ]
            state["action"] = ctx.prompter.select(label, choices, default=state["action"], back=ctx.back)
            if state["action"] == "remove":
                records[:] = [r for r in records if r is not record]
                changed()
                ctx.console.print(f"  [dim]{escape(t(lang, 'ask.record_removed', id=record.get('id')))}[/]")
                return
            if state["action"] == "keep":
                return
            fields_now = True

    return step


def _print_record_heading(ctx: AskContext, question: Question, record: dict[str, Any]) -> None:
    noun = question.item_noun(ctx.lang)
    heading = t(ctx.lang, "ask.record_heading", item=noun.capitalize(), id=record.get("id"))
    ctx.console.print(f"  [bold]{escape(heading)}[/]")

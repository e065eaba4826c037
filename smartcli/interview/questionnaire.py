"""The questions without a terminal: each id with its prompt (``smart questions``), a blank questionnaire.

The list names the ids ``smart edit -q`` takes, phase by phase. The
questionnaire is the interview on paper, for a workshop: per phase its guiding
question and introduction, per question its prompt, help, example and room to
write (lines, boxes to tick, a block per record), in Markdown that prints well
through pandoc or GitHub.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape

from smartcli.i18n import Lang, t
from smartcli.output import say
from smartcli.plan.model import Phase, Question, QuestionSet

LINE = "." * 72
"""A line to write on (dots have no meaning in Markdown, unlike underscores or dashes)."""

_RECORD_BLOCKS = {"objectives": 3, "competitors": 3, "activities": 4}
"""How many blank records the questionnaire offers (two for the rest)."""


def condition_text(question: Question, qset: QuestionSet, lang: Lang) -> str | None:
    """When a conditional question is asked: ``kun når uses_digital er Ja``."""
    if question.when is None:
        return None
    found = qset.find(question.when.question)
    asked = found[1] if found else None
    shown = []
    for value in question.when.values:
        if isinstance(value, bool):
            shown.append(t(lang, "ask.yes" if value else "ask.no"))
        else:
            shown.append(asked.choice_label(str(value), lang) if asked else str(value))
    return t(lang, "questions.when", question=question.when.question, value=" / ".join(shown))


def print_questions(qset: QuestionSet, console: Console, lang: Lang) -> None:
    """Every question's id and prompt, by phase: what ``smart edit -q`` and ``--phase`` take."""
    width = max(len(q.id) for _, q in qset)
    for phase in qset.phases:
        heading = t(lang, "questions.phase", number=phase.number, title=phase.title(lang), id=phase.id)
        console.print(f"[bold]{escape(heading)}[/] [dim]· {escape(phase.question(lang))}[/]", soft_wrap=True)
        for question in phase.questions:
            line = f"  {question.id:<{width}}  {escape(question.prompt(lang))}"
            condition = condition_text(question, qset, lang)
            if condition:
                line += f" [dim]({escape(condition)})[/]"
            console.print(line, soft_wrap=True)
            if question.fields:
                fields = ", ".join(sub.id for sub in question.fields)
                note = escape(t(lang, "questions.fields", fields=fields))
                console.print(f"  {'':<{width}}  [dim]{note}[/]", soft_wrap=True)
        console.print()
    say(console, lang, "questions.hint", "dim")


# --- the questionnaire in Markdown ---------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_LINE_START = re.compile(r"^(\s*)([-+>]|\d+[.)])(\s)", re.MULTILINE)


def md(text: str) -> str:
    """The question set's text as literal Markdown: nothing in it is read as markup."""
    return _LINE_START.sub(r"\1\\\2\3", _SPECIAL.sub(r"\\\1", text.strip()))


def questionnaire_markdown(qset: QuestionSet, lang: Lang) -> str:
    """The blank questionnaire: the plan's details, then every phase's questions with room to answer."""
    out = [f"# {md(t(lang, 'questions.title'))}", "", md(t(lang, "questions.intro")), ""]
    out += [f"## {md(t(lang, 'questions.about_plan'))}", ""]
    for key in ("ask.company", "questions.period", "ask.title", "ask.currency"):
        out += [f"**{md(t(lang, key))}:** {LINE[:48]}", ""]
    for phase in qset.phases:
        out += _phase(phase, qset, lang)
    return "\n".join(out).rstrip() + "\n"


def _phase(phase: Phase, qset: QuestionSet, lang: Lang) -> list[str]:
    heading = t(
        lang, "flow.phase_heading", number=phase.number, total=len(qset.phases), title=phase.title(lang)
    )
    out = [f"## {md(heading)}: {md(phase.question(lang))}", "", md(phase.intro(lang)), ""]
    for number, question in enumerate(phase.questions, start=1):
        out += [f"### {phase.number}.{number} {md(question.prompt(lang))}", ""]
        notes = [f"`{question.id}`"]
        if question.required:
            notes.append(md(t(lang, "questions.required")))
        condition = condition_text(question, qset, lang)
        if condition:
            notes.append(md(condition))
        out += [" · ".join(notes), ""]
        if question.help is not None:
            out += [md(question.help(lang)), ""]
        if question.example is not None:
            example = md(question.example(lang)).splitlines()
            out += [
                f"> *{md(t(lang, 'ask.example'))}:* {example[0]}",
                *(f"> {line}" for line in example[1:]),
                "",
            ]
        out += _room(question, qset, lang)
    return out


def _room(question: Question, qset: QuestionSet, lang: Lang) -> list[str]:
    """The room to answer `question` on paper, as its type wants."""
    kind = question.type
    if kind == "records":
        out = []
        noun = question.item_noun(lang).capitalize()
        for n in range(1, _RECORD_BLOCKS.get(question.id, 2) + 1):
            heading = t(lang, "ask.record_heading", item=noun, id=f"{question.id_prefix}{n}")
            out += [f"#### {md(heading)}", ""]
            for sub in question.fields:
                out += [f"- {md(sub.prompt(lang))}: {_inline_room(sub, qset, lang)}"]
            out.append("")
        return [*out, md(t(lang, "questions.more_records")), ""]
    if kind == "list":
        return [*(f"{n}. {LINE[:60]}" for n in range(1, 6)), ""]
    if kind in ("choice", "multi_choice"):
        head = [md(t(lang, "questions.choose_many")), ""] if kind == "multi_choice" else []
        return [*head, *(f"- [ ] {md(c.label(lang))}" for c in question.choices), ""]
    if kind == "yes_no":
        return [f"- [ ] {t(lang, 'ask.yes')}", f"- [ ] {t(lang, 'ask.no')}", ""]
    if kind == "long_text":
        return [line for _ in range(5) for line in (LINE, "")]
    return [_inline_room(question, qset, lang), ""]


def _inline_room(question: Question, qset: QuestionSet, lang: Lang) -> str:
    """Room for one value on one line: dots, with the form it takes (a date, an amount, a choice)."""
    kind = question.type
    if kind in ("choice", "multi_choice"):
        return " ".join(f"☐ {md(c.label(lang))}" for c in question.choices)
    if kind == "yes_no":
        return f"☐ {t(lang, 'ask.yes')} ☐ {t(lang, 'ask.no')}"
    hint = {
        "date": t(lang, "questions.date"),
        "money": t(lang, "questions.amount"),
        "percent": "%",
        "ref": t(lang, "questions.ref", ref=question.ref or ""),
    }.get(kind)
    return f"{LINE[:40]} {md(hint)}" if hint else LINE[:56]

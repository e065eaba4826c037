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


# --- the questionnaire as a web page to print ------------------------------------------

_PAGE_STYLE = """\
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; color: #1d1d1f; }
h1 { font-size: 1.7em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { margin: 1.6em 0 .3em; } h4 { margin: 1em 0 .2em; color: #444; }
blockquote { margin: .5em 0; padding: .2em .8em; border-left: 3px solid #9bb; color: #444; }
code { font-size: .9em; color: #666; }
p { margin: .35em 0; overflow-wrap: anywhere; }
.write { height: 1.9em; border-bottom: 1px solid #999; }
li.box { list-style: none; margin-left: -1.2em; }
@page { size: A4; margin: 18mm 16mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: page; }
               h3, h4 { break-after: avoid; } }
"""


_DOTTED = re.compile(rf"<p>{re.escape(LINE)}</p>")


def questionnaire_html(qset: QuestionSet, lang: Lang) -> str:
    """The blank questionnaire as one self-contained web page (A4 when printed), from its Markdown.

    The Markdown escapes everything the question set says, so converting it
    (CommonMark, raw HTML off) leaves no way for a text to become markup.
    """
    from html import escape as html_escape

    from markdown_it import MarkdownIt  # comes with rich

    body = MarkdownIt("commonmark", {"html": False}).render(questionnaire_markdown(qset, lang))
    body = _DOTTED.sub('<div class="write"></div>', body)  # paper's lines: ruled, the page's width
    body = body.replace("<li>[ ] ", '<li class="box">☐ ')
    title = html_escape(t(lang, "questions.title"))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{_PAGE_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )

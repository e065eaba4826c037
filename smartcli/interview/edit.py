"""Revisiting answers (``smart edit``): by question, by phase, or from a menu, old answers as defaults."""

from __future__ import annotations

import unicodedata

from rich.console import Console

from smartcli.errors import SmartError
from smartcli.i18n import Lang, t
from smartcli.interview.flow import applicable, ask_metadata, ask_question, stop_on_interrupt
from smartcli.interview.prompts import Prompter
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import Phase, Question, QuestionSet, applies, is_empty
from smartcli.plan.values import display_value

_DONE, _META, _BACK = "__done__", "__meta__", "__back__"


def _fold(text: str) -> str:
    """Lower case without accents, with æ/ø/å spelled out, for forgiving name matching."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def find_phase(qset: QuestionSet, name: str) -> Phase:
    """The phase a user means: ``2``, ``objectives``, ``Målsætning``, ``maalsaetning`` or ``M``.

    Raises:
        SmartError: No phase matches.
    """
    wanted = _fold(name.strip())
    for phase in qset.phases:
        names = {str(phase.number), phase.id, _fold(phase.title.da), _fold(phase.title.en)}
        if wanted in names or wanted == _fold(phase.title.da)[:1]:
            return phase
    choices = ", ".join(f"{p.number}/{p.id}" for p in qset.phases)
    raise SmartError("error.unknown_phase", phase=name, choices=choices)


def find_question(qset: QuestionSet, question_id: str) -> tuple[Phase, Question]:
    """The question with id `question_id` (``phase.id`` is accepted too).

    Raises:
        SmartError: No question has that id.
    """
    found = qset.find(question_id.split(".")[-1].strip())
    if found is None:
        examples = ", ".join(q.id for _, q in list(qset)[:6])
        raise SmartError("error.unknown_question", question=question_id, examples=examples + ", …")
    return found


def edit_plan(
    session: Session,
    prompter: Prompter,
    console: Console,
    *,
    phase_name: str | None = None,
    question_id: str | None = None,
) -> None:
    """``smart edit``: revisit answers, saving each change as it is made.

    With `question_id`, that question; with `phase_name`, every question of the
    phase in turn; with neither, a menu of phases and questions.

    Raises:
        SmartError: An unknown phase or question.
        InterviewStopped: Ctrl-C or Ctrl-D; every change made is saved.
    """
    prompter.lang = session.lang
    session.ask_when_changed(prompter, console)
    ctx = session.context(prompter, console)
    answers = session.plan.answers
    with stop_on_interrupt(session.path):
        if question_id is not None:
            phase, question = find_question(session.qset, question_id)
            if not applies(question, answers):
                depends = question.when.question if question.when else ""
                say(console, session.lang, "edit.not_applicable", question=question.id, depends=depends)
                return
            ask_question(session, ctx, phase, question, editing=True)
        elif phase_name is not None:
            phase = find_phase(session.qset, phase_name)
            for question in phase.questions:
                if applies(question, answers):
                    ask_question(session, ctx, phase, question, editing=True)
        else:
            _menu(session, prompter, console)
    say(console, session.lang, "edit.saved", path=session.path)


def _menu(session: Session, prompter: Prompter, console: Console) -> None:
    lang, plan, qset = session.lang, session.plan, session.qset
    ctx = session.context(prompter, console)
    while True:
        choices = [(_META, t(lang, "edit.meta"))]
        for phase in qset.phases:
            questions = applicable(phase, plan.answers)
            done = sum(1 for q in questions if not is_empty(plan.answers.get(q.id)))
            choices.append((phase.id, f"{phase.number}. {phase.title(lang)} ({done}/{len(questions)})"))
        choices.append((_DONE, t(lang, "edit.done")))
        picked = prompter.select(t(lang, "edit.pick_phase"), choices, default=qset.phases[0].id)
        if picked == _DONE:
            return
        if picked == _META:
            ask_metadata(session, ctx)
            continue
        _question_menu(session, prompter, console, qset.phase(picked))


def _question_menu(session: Session, prompter: Prompter, console: Console, phase: Phase) -> None:
    lang, plan = session.lang, session.plan
    ctx = session.context(prompter, console)
    default: str | None = None
    while True:
        questions = applicable(phase, plan.answers)
        choices = [(q.id, _menu_label(q, session, lang)) for q in questions]
        choices.append((_BACK, t(lang, "edit.back")))
        picked = prompter.select(t(lang, "edit.pick_question"), choices, default=default)
        if picked == _BACK:
            return
        question = next(q for q in questions if q.id == picked)
        ask_question(session, ctx, phase, question, editing=True)
        later = [q.id for q in applicable(phase, plan.answers)]
        index = later.index(picked) + 1 if picked in later else 0
        default = later[index] if index < len(later) else _BACK


def _menu_label(question: Question, session: Session, lang: Lang) -> str:
    answers = session.plan.answers
    if question.id not in answers:
        state = f"· ({t(lang, 'edit.unanswered')})"
    elif is_empty(answers[question.id]):
        state = f"· ({t(lang, 'edit.skipped')})"
    else:
        shown = display_value(question, answers[question.id], session.plan, lang)
        state = "✓ " + (shown if len(shown) <= 40 else shown[:39] + "…")
    return f"{question.prompt(lang)}  {state}"

"""Revisiting answers (``smart edit``): by question, by phase, or from a menu, old answers as defaults.

Shift-Tab goes back here too: to the previous question of a phase, from a
question picked in the menu back to the menu, and from the menu of questions
back to the phases.
"""

from __future__ import annotations

import shutil

from rich.console import Console

from smartcli.errors import SmartError
from smartcli.i18n import Lang, t
from smartcli.interview.details import metadata_steps, walk_here
from smartcli.interview.flow import applicable, ask_question, stop_on_interrupt
from smartcli.interview.navigation import GoBack, Step, walk
from smartcli.interview.prompts import Prompter
from smartcli.interview.session import Session
from smartcli.output import say
from smartcli.plan.model import Phase, Question, QuestionSet, applies, is_empty
from smartcli.plan.suggest import closest, fold
from smartcli.plan.values import display_value

_DONE, _META, _BACK = "__done__", "__meta__", "__back__"


def find_phase(qset: QuestionSet, name: str) -> Phase:
    """The phase a user means: ``2``, ``objectives``, ``Målsætning``, ``maalsaetning`` or ``M``.

    Raises:
        SmartError: No phase matches (with the closest name, when one is).
    """
    wanted = fold(name)
    names: dict[str, Phase] = {}
    for phase in qset.phases:
        for known in (str(phase.number), phase.id, phase.title.da, phase.title.en):
            names[fold(known)] = phase
        if wanted == fold(phase.title.da)[:1]:
            return phase
    if wanted in names:
        return names[wanted]
    choices = ", ".join(f"{p.number}/{p.id}" for p in qset.phases)
    suggestion = closest(name, [p.id for p in qset.phases] + [p.title.da for p in qset.phases])
    if suggestion is not None:
        raise SmartError("error.unknown_phase_suggest", phase=name, suggestion=suggestion, choices=choices)
    raise SmartError("error.unknown_phase", phase=name, choices=choices)


def find_question(qset: QuestionSet, question_id: str) -> tuple[Phase, Question]:
    """The question with id `question_id` (``phase.id`` is accepted too).

    Raises:
        SmartError: No question has that id (with the closest id, when one is).
    """
    wanted = question_id.split(".")[-1].strip()
    found = qset.find(wanted)
    if found is None:
        suggestion = closest(wanted, [q.id for _, q in qset])
        if suggestion is not None:
            raise SmartError("error.unknown_question_suggest", question=question_id, suggestion=suggestion)
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
    ctx.back = True
    answers, lang = session.plan.answers, session.lang
    with stop_on_interrupt(session.path):
        if question_id is not None:
            phase, question = find_question(session.qset, question_id)
            if not applies(question, answers):
                depends = question.when.question if question.when else ""
                say(console, lang, "edit.not_applicable", question=question.id, depends=depends)
                return
            walk_here([_question_step(session, phase, question, prompter, console)], console, lang)
        elif phase_name is not None:
            phase = find_phase(session.qset, phase_name)
            steps = [_question_step(session, phase, q, prompter, console) for q in phase.questions]
            walk_here(steps, console, lang)
        else:
            _menu(session, prompter, console)
    say(console, lang, "edit.saved", path=session.path)


def _question_step(
    session: Session, phase: Phase, question: Question, prompter: Prompter, console: Console
) -> Step:
    """Ask `question` if it applies now; going back passes over one that doesn't."""
    ctx = session.context(prompter, console)
    ctx.back = True

    def step(from_end: bool) -> None:
        if not applies(question, session.plan.answers):
            if from_end:
                raise GoBack
            return
        ask_question(session, ctx, phase, question, editing=True, from_end=from_end)

    return step


def _menu(session: Session, prompter: Prompter, console: Console) -> None:
    lang, plan, qset = session.lang, session.plan, session.qset
    ctx = session.context(prompter, console)
    ctx.back = True
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
        try:
            if picked == _META:
                walk(metadata_steps(session, ctx))
            else:
                _question_menu(session, prompter, console, qset.phase(picked))
        except GoBack:
            continue  # back to the menu of phases


def _question_menu(session: Session, prompter: Prompter, console: Console, phase: Phase) -> None:
    """The questions of one phase, each with its state; Shift-Tab (or "back") returns to the phases."""
    lang, plan = session.lang, session.plan
    default: str | None = None
    while True:
        questions = applicable(phase, plan.answers)
        width = shutil.get_terminal_size().columns - _MENU_INDENT
        choices = [(q.id, menu_label(q, session, lang, width)) for q in questions]
        choices.append((_BACK, t(lang, "edit.back")))
        picked = prompter.select(t(lang, "edit.pick_question"), choices, default=default, back=True)
        if picked == _BACK:
            return
        question = next(q for q in questions if q.id == picked)
        try:
            _question_step(session, phase, question, prompter, console)(False)
        except GoBack:
            default = picked  # back to this menu, at the same question
            continue
        later = [q.id for q in applicable(phase, plan.answers)]
        index = later.index(picked) + 1 if picked in later else 0
        default = later[index] if index < len(later) else _BACK


_MENU_INDENT = 4
"""What a menu row takes before its label: the pointer and the spaces around it."""


def menu_label(question: Question, session: Session, lang: Lang, width: int = 76) -> str:
    """A question's row in the menu, fitted into `width` characters with its state always shown.

    The state comes first (``✓`` answered, ``·`` not yet, ``–`` skipped), then
    the question, shortened if need be, then what is answered as far as it
    fits; a row is never longer than `width`, so the terminal cuts nothing off.
    """
    answers = session.plan.answers
    prompt = question.prompt(lang)
    if question.id in answers and not is_empty(answers[question.id]):
        shown = " ".join(display_value(question, answers[question.id], session.plan, lang).split())
        head = _shortened(f"✓ {prompt}", max(20, width * 3 // 5))
        room = width - len(head) - 3
        return f"{head} · {_shortened(shown, room)}" if room >= 8 else _shortened(f"✓ {prompt}", width)
    state = t(lang, "edit.unanswered" if question.id not in answers else "edit.skipped")
    mark = "·" if question.id not in answers else "–"
    tail = f" ({state})"
    return _shortened(f"{mark} {prompt}", max(10, width - len(tail))) + tail


def _shortened(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)].rstrip() + "…"

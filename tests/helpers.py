"""Test helpers: a small question set written inline, and a scripted prompter."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcli.i18n import Lang
from smartcli.interview.navigation import GoBack
from smartcli.interview.prompts import Validator
from smartcli.plan.model import QuestionSet
from smartcli.plan.questionset import load_question_set

PHASE_TITLES = {
    "situation": ("Situation", "Situation"),
    "objectives": ("Målsætning", "Objectives"),
    "agenda": ("Agenda", "Agenda"),
    "reporting": ("Rapportering", "Reporting"),
    "adaptation": ("Tilpasning", "Adaptation"),
}


def phase_file(phase: str, number: int, questions: str) -> str:
    """One phase file's text around `questions` (YAML list items, unindented)."""
    da, en = PHASE_TITLES[phase]
    head = textwrap.dedent(f"""\
        phase: {phase}
        number: {number}
        title: {{da: {da}, en: {en}}}
        question: {{da: Hvor?, en: Where?}}
        intro: {{da: Om fasen {da}., en: About the phase {en}.}}
        questions:
        """)
    return head + textwrap.indent(textwrap.dedent(questions), "  ")


SMALL = {
    "situation": """\
        - id: company_story
          type: long_text
          prompt: {da: Fortæl om jer, en: Tell us about you}
          help: {da: Kort hjælp., en: Short help.}
        - id: uses_digital
          type: yes_no
          prompt: {da: Bruger I digitale kanaler?, en: Do you use digital channels?}
          help: {da: Hjælp., en: Help.}
        - id: channels
          type: records
          when: {question: uses_digital, equals: yes}
          id_prefix: CC
          item: {da: en kanal, en: a channel}
          prompt: {da: Hvilke kanaler?, en: Which channels?}
          help: {da: Hjælp., en: Help.}
          fields:
            - id: name
              type: text
              required: true
              prompt: {da: Navn, en: Name}
            - id: success
              type: choice
              prompt: {da: Succes, en: Success}
              choices:
                - {key: good, da: God, en: Good}
                - {key: poor, da: Dårlig, en: Poor}
        - id: strengths
          type: list
          prompt: {da: Styrker, en: Strengths}
          help: {da: SWOT., en: SWOT.}
        """,
    "objectives": """\
        - id: objectives
          type: records
          required: true
          id_prefix: O
          item: {da: en målsætning, en: an objective}
          prompt: {da: Målsætninger, en: Objectives}
          help: {da: Målbare., en: Measurable.}
          fields:
            - id: statement
              type: text
              required: true
              prompt: {da: Målsætning, en: Objective}
            - id: target
              type: number
              required: true
              prompt: {da: Mål, en: Target}
            - id: deadline
              type: date
              not_before: period.start
              not_after: period.end
              prompt: {da: Deadline, en: Deadline}
        - id: total_budget
          type: money
          min: 0
          prompt: {da: Budget, en: Budget}
          help: {da: Hele budgettet., en: The whole budget.}
        """,
    "agenda": """\
        - id: activities
          type: records
          id_prefix: A
          item: {da: en aktivitet, en: an activity}
          prompt: {da: Aktiviteter, en: Activities}
          help: {da: Hvem gør hvad., en: Who does what.}
          fields:
            - id: what
              type: text
              required: true
              prompt: {da: Hvad, en: What}
            - id: start
              type: date
              prompt: {da: Start, en: Start}
            - id: end
              type: date
              not_before: start
              prompt: {da: Slut, en: End}
            - id: objectives
              type: ref
              ref: objectives
              many: true
              prompt: {da: Målsætninger, en: Objectives}
        """,
    "reporting": """\
        - id: cadence
          type: choice
          prompt: {da: Hvor tit?, en: How often?}
          help: {da: Kadence., en: Cadence.}
          choices:
            - {key: weekly, da: Ugentligt, en: Weekly}
            - {key: monthly, da: Månedligt, en: Monthly}
        """,
    "adaptation": """\
        - id: content_types
          type: multi_choice
          prompt: {da: Indhold, en: Content}
          help: {da: Typer., en: Types.}
          choices:
            - {key: video, da: Video, en: Video}
            - {key: articles, da: Artikler, en: Articles}
            - {key: podcasts, da: Podcasts, en: Podcasts}
        - id: share
          type: percent
          prompt: {da: Andel, en: Share}
          help: {da: Procent., en: Percent.}
        """,
}


def write_question_set(folder: Path, phases: dict[str, str] | None = None) -> Path:
    """Write the five phase files (the small set unless `phases` replaces some) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {**SMALL, **(phases or {})}
    for number, (phase, questions) in enumerate(texts.items(), start=1):
        (folder / f"{number}-{phase}.yaml").write_text(phase_file(phase, number, questions), encoding="utf-8")
    return folder


def small_question_set(tmp_path: Path) -> QuestionSet:
    """The small question set, loaded through the real loader."""
    return load_question_set(write_question_set(tmp_path / "questions"))


class ScriptEnded(AssertionError):
    """The code under test asked more than the script answers."""


BACK = GoBack()
"""A script item: Shift-Tab, back to the previous question (the prompt must offer it)."""


@dataclass
class ScriptedPrompter:
    """Answers prompts from a script, checking each answer as the real prompt would.

    A script item is the answer (text, choice value, list, bool), ``None`` for
    Enter on the default, an exception instance to raise (``KeyboardInterrupt()``
    for Ctrl-C, :data:`BACK` for Shift-Tab), or a function to call that returns
    one of those. Every text answer is run through the prompt's validator, and a
    refused answer fails the test, so a script cannot slip a value past the
    checks a user meets; :data:`BACK` fails the test at a prompt that does not
    offer going back, as the real prompt would not react to the key there.
    """

    script: list[Any]
    lang: Lang = "da"
    asked: list[tuple[str, str, Any]] = field(default_factory=list)
    offered_back: list[bool] = field(default_factory=list)
    """For each prompt asked, whether it offered going back (its hint line names Shift-Tab)."""

    def _next(self, kind: str, message: str, default: Any, back: bool = False) -> Any:
        self.asked.append((kind, message, default))
        self.offered_back.append(back)
        if not self.script:
            raise ScriptEnded(f"no answer scripted for {kind} {message!r}")
        answer = self.script.pop(0)
        if callable(answer) and not isinstance(answer, type):
            answer = answer()  # a step that does something (edits the file) and then answers
        if isinstance(answer, GoBack) and not back:
            raise AssertionError(f"{kind} {message!r} does not offer going back")
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        instruction: str | None = None,
        editor: bool = False,
        back: bool = False,
    ) -> str:
        answer = self._next("text", message, default, back)
        if answer is None:  # Enter on the default
            answer = default
        if validate is not None and (problem := validate(answer)) is not None:
            raise AssertionError(f"scripted answer {answer!r} to {message!r} refused: {problem}")
        return str(answer)

    def select(
        self,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: str | None = None,
        *,
        back: bool = False,
    ) -> str:
        answer = self._next("select", message, default, back)
        answer = default if answer is None else answer
        assert answer in [value for value, _ in choices], (
            f"{answer!r} is not a choice of {message!r}: {choices}"
        )
        return str(answer)

    def checkbox(
        self,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: Sequence[str] = (),
        *,
        back: bool = False,
    ) -> list[str]:
        answer = self._next("checkbox", message, list(default), back)
        answer = list(default) if answer is None else answer
        assert set(answer) <= {value for value, _ in choices}
        return list(answer)

    def confirm(self, message: str, default: bool = True, *, back: bool = False) -> bool:
        answer = self._next("confirm", message, default, back)
        return default if answer is None else bool(answer)


def bare_sample(lang: str = "en") -> str:
    """The sample plan's text without its measurements and reviews: a plan at the start of its period."""
    from smartcli.plan.planfile import dump_plan, load_plan
    from smartcli.plan.questionset import shipped_question_set

    qset = shipped_question_set()
    plan = load_plan(
        Path(__file__).resolve().parent.parent / "examples" / f"bageriet-hvede.{lang}.yaml", qset
    ).plan
    plan.measurements, plan.reviews = [], []
    return dump_plan(plan, qset)

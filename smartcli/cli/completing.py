"""What the shell completes after an option: question ids, phases, languages, formats.

Each function runs only when the shell asks (``smart --install-completion``
sets that up), and is handed to typer only then (:func:`offer`): typer
inspects every completion function when it builds the commands, which would
cost every ``smart --help``. A completion offers the value and, where the
shell shows it, a short description in the user's language.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from smartcli.i18n import LANGUAGE_NAMES, resolve_lang

F = TypeVar("F", bound=Callable[..., object])

ASKED = any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)
"""Whether the shell is asking for completions (typer's ``_SMART_COMPLETE`` protocol)."""


def offer(complete: F) -> F | None:
    """`complete` when the shell asks for completions; otherwise nothing for typer to inspect."""
    return complete if ASKED else None


def questions(incomplete: str) -> list[tuple[str, str]]:
    """Question ids (what ``smart edit -q`` takes), with their prompts."""
    from smartcli.plan.questionset import shipped_question_set

    lang = resolve_lang()
    return [
        (q.id, q.prompt(lang))
        for phase in shipped_question_set().phases
        for q in phase.questions
        if q.id.startswith(incomplete)
    ]


def phases(incomplete: str) -> list[tuple[str, str]]:
    """Phase ids and numbers (what ``smart edit --phase`` takes), with their titles."""
    from smartcli.plan.questionset import shipped_question_set

    lang = resolve_lang()
    offered = []
    for phase in shipped_question_set().phases:
        for name in (str(phase.number), phase.id):
            if name.startswith(incomplete):
                offered.append((name, f"{phase.number}. {phase.title(lang)}"))
    return offered


def languages(incomplete: str) -> list[tuple[str, str]]:
    """``da`` and ``en``, with their names."""
    return [(code, name) for code, name in LANGUAGE_NAMES.items() if code.startswith(incomplete)]


def choices(*values: str) -> Callable[[str], list[str]]:
    """A completion of a fixed list, such as a command's formats."""

    def complete(incomplete: str) -> list[str]:
        return [value for value in values if value.startswith(incomplete)]

    return complete

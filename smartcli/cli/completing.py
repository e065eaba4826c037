"""What the shell completes after an option: question ids, phases, languages, formats.

Each function runs only when the shell asks (``smart --install-completion``
sets that up), so reading the question set here costs ``smart --help``
nothing. A completion offers the value and, where the shell shows it, a
short description in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable

from smartcli.i18n import LANGUAGE_NAMES, resolve_lang


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

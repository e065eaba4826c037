"""Going back: the signal a prompt raises for "the previous question", and the walk that obeys it.

The key (Shift-Tab) is bound in :mod:`smartcli.interview.prompts`, and only
where the caller asked for it; the prompt then raises :class:`GoBack` instead
of returning an answer. Every level of the interview catches it where it can
step back (a record's previous field, a list's previous item, the previous
question, the plan's details) and lets it rise where it can't, so the level
above steps back instead. Nothing is undone by going back: answers already
saved stay saved until they are answered again, and they are the defaults then.

This module is light on purpose (no prompt library): the orchestration imports
it without loading the terminal widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Step = Callable[[bool], None]
"""One stop of a walk; called with ``True`` when it is entered backwards (its last prompt first)."""


class GoBack(Exception):
    """The user asked for the previous question (Shift-Tab at a prompt that offers it)."""


def walk(steps: Sequence[Step], *, from_end: bool = False) -> None:
    """Run `steps` in order; :class:`GoBack` in one of them runs the one before, entered from its end.

    `steps` may grow or shrink while it is walked (a record added or dropped):
    it is read afresh before every step.

    Args:
        from_end: Start at the last step, entered from its end (the walk itself
            was entered backwards).

    Raises:
        GoBack: The user went back from the first step: the caller goes further back.
    """
    index = len(steps) - 1 if from_end else 0
    backwards = from_end
    while 0 <= index < len(steps):
        try:
            steps[index](backwards)
        except GoBack:
            if index == 0:
                raise
            index, backwards = index - 1, True
            continue
        index, backwards = index + 1, False

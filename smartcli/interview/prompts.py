"""The terminal prompts: the only module that talks to questionary and prompt_toolkit.

Four primitives (text, select, checkbox, confirm) behind the :class:`Prompter`
protocol; everything that knows about question types is built on them in
``ask.py``, and tests can put a scripted prompter in their place. Ctrl-C is
never swallowed: the primitives call ``unsafe_ask`` and let
``KeyboardInterrupt`` (and ``EOFError`` for Ctrl-D) reach the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.keys import Keys
from questionary import Choice, Style

from smartcli.i18n import Lang, t

Validator = Callable[[str], "str | None"]
"""Returns a message saying what is wrong with the text, or ``None`` when it is fine."""

STYLE = Style(
    [
        ("qmark", "fg:#5f87af bold"),
        ("question", "bold"),
        ("answer", "fg:#5f8700 bold"),
        ("instruction", "fg:#808080 italic"),
        ("pointer", "fg:#5f87af bold"),
        ("highlighted", "fg:#5f87af bold"),
        ("selected", "fg:#5f8700"),
        ("validation-toolbar", "bg:#870000 fg:#ffffff"),
    ]
)


class Prompter(Protocol):
    """What the interview needs from a terminal; a test can script it."""

    lang: Lang

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        instruction: str | None = None,
        editor: bool = False,
    ) -> str:
        """Ask for a line of text (with `editor`, Ctrl-X Ctrl-E opens ``$EDITOR``)."""
        ...

    def select(self, message: str, choices: Sequence[tuple[str, str]], default: str | None = None) -> str:
        """Ask for one of `choices` (value, label); returns the value."""
        ...

    def checkbox(
        self, message: str, choices: Sequence[tuple[str, str]], default: Sequence[str] = ()
    ) -> list[str]:
        """Ask for any number of `choices` (value, label); returns the values in choice order."""
        ...

    def confirm(self, message: str, default: bool = True) -> bool:
        """Ask a yes/no question."""
        ...


def _as_questionary_validator(validate: Validator | None) -> Callable[[str], bool | str] | None:
    if validate is None:
        return None

    def check(text: str) -> bool | str:
        message = validate(text)
        return True if message is None else message

    return check


class QuestionaryPrompter:
    """The real prompts, drawn by questionary in the terminal."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        instruction: str | None = None,
        editor: bool = False,
    ) -> str:
        question = questionary.text(
            message,
            default=default,
            validate=_as_questionary_validator(validate),
            instruction=instruction,
            style=STYLE,
            qmark="›",
            enable_open_in_editor=editor,
        )
        answer: str = question.unsafe_ask()
        return answer

    def select(self, message: str, choices: Sequence[tuple[str, str]], default: str | None = None) -> str:
        question = questionary.select(
            message,
            choices=[Choice(label, value=value) for value, label in choices],
            default=default if default in {v for v, _ in choices} else None,
            style=STYLE,
            qmark="›",
            instruction=" ",
        )
        answer: str = question.unsafe_ask()
        return answer

    def checkbox(
        self, message: str, choices: Sequence[tuple[str, str]], default: Sequence[str] = ()
    ) -> list[str]:
        question = questionary.checkbox(
            message,
            choices=[Choice(label, value=value, checked=value in default) for value, label in choices],
            style=STYLE,
            qmark="›",
            instruction=f"({t(self.lang, 'ask.multi_hint')})",
        )
        answer: list[str] = question.unsafe_ask()
        return answer

    def confirm(self, message: str, default: bool = True) -> bool:
        return _confirm(message, default, self.lang)


def _confirm(message: str, default: bool, lang: Lang) -> bool:
    """A yes/no prompt that answers to ``j``/``n`` in Danish (``y`` works too) and ``y``/``n`` in English.

    questionary's own confirm knows only ``y``; a Danish user types ``j``.
    """
    yes, no = t(lang, "ask.yes"), t(lang, "ask.no")
    hint = f"({yes[0].upper()}/{no[0].lower()})" if default else f"({yes[0].lower()}/{no[0].upper()})"
    status: dict[str, Any] = {"answer": None, "done": False}

    def tokens() -> FormattedText:
        parts = [("class:qmark", "›"), ("class:question", f" {message} ")]
        if status["done"]:
            parts.append(("class:answer", yes if status["answer"] else no))
        else:
            parts.append(("class:instruction", f"{hint} "))
        return FormattedText(parts)

    bindings = KeyBindings()

    def finish(event: Any, answer: bool) -> None:
        status["answer"], status["done"] = answer, True
        event.app.exit(result=answer)

    @bindings.add(Keys.ControlC, eager=True)
    def _interrupt(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    @bindings.add(Keys.ControlD, eager=True)
    def _eof(event: Any) -> None:
        event.app.exit(exception=EOFError)

    for key in ("y", "Y", "j", "J") if lang == "da" else ("y", "Y"):
        bindings.add(key)(lambda event: finish(event, True))
    for key in ("n", "N"):
        bindings.add(key)(lambda event: finish(event, False))
    bindings.add(Keys.ControlM, eager=True)(lambda event: finish(event, default))

    @bindings.add(Keys.Any)
    def _ignore(event: Any) -> None:
        """Other keys do nothing."""

    session: PromptSession[bool] = PromptSession(tokens, key_bindings=bindings, style=STYLE)
    return bool(session.prompt())

"""The terminal prompts: the only module that talks to questionary and prompt_toolkit.

Four primitives (text, select, checkbox, confirm) behind the :class:`Prompter`
protocol; everything that knows about question types is built on them in
``ask.py``, and tests can put a scripted prompter in their place. Ctrl-C is
never swallowed: the primitives call ``unsafe_ask`` and let
``KeyboardInterrupt`` (and ``EOFError`` for Ctrl-D) reach the caller.

Where the caller offers it (``back=True``), Shift-Tab leaves the prompt with
:class:`~smartcli.interview.navigation.GoBack`, and the hint line says so.
Shift-Tab is the key because it means "previous field" in every form and
dialog, the terminal sends it as one sequence that arrives at once, and none
of these prompts uses it: a lone Esc is only told apart from the start of an
arrow key after a delay (and many press it to cancel), Ctrl-B moves the
cursor in a text prompt (and is tmux's prefix key), and Alt-Left doesn't reach
every terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.application import run_in_terminal
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.keys import Keys
from questionary import Choice, Style

from smartcli.i18n import LANGUAGE_NAMES, LANGUAGES, Lang, t
from smartcli.interview.editor import edit_text, editor_name, pick_editor
from smartcli.interview.navigation import GoBack

Validator = Callable[[str], "str | None"]
"""Returns a message saying what is wrong with the text, or ``None`` when it is fine."""

BACK_KEY = Keys.BackTab
"""Shift-Tab: the key that goes back to the previous question."""

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
    """What the interview needs from a terminal; a test can script it.

    With ``back=True`` a prompt may raise :class:`~smartcli.interview.navigation.GoBack`
    instead of answering; without it, it never does.
    """

    lang: Lang

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
        """Ask for a line of text (with `editor`, Ctrl-X Ctrl-E opens an editor).

        `instruction` is a short hint shown after the message (without parentheses).
        """
        ...

    def select(
        self,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: str | None = None,
        *,
        back: bool = False,
    ) -> str:
        """Ask for one of `choices` (value, label); returns the value."""
        ...

    def checkbox(
        self,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: Sequence[str] = (),
        *,
        back: bool = False,
    ) -> list[str]:
        """Ask for any number of `choices` (value, label); returns the values in choice order."""
        ...

    def confirm(self, message: str, default: bool = True, *, back: bool = False) -> bool:
        """Ask a yes/no question."""
        ...


def pick_language(prompter: Prompter, lang: Lang) -> Lang:
    """Ask which language the plan speaks (`lang` first): the first question of ``smart new``."""
    choices = [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES]
    picked = prompter.select(t(lang, "ask.language"), choices, default=lang)
    return "da" if picked == "da" else "en"


def hint(lang: Lang, words: str | None, back: bool) -> str | None:
    """The hint after a prompt's message: ``(Enter springer over · Shift-Tab går tilbage)``."""
    parts = [words] if words else []
    if back:
        parts.append(t(lang, "ask.back_hint"))
    return f"({' · '.join(parts)})" if parts else None


def _offer_back(question: Any) -> None:
    """Let Shift-Tab leave a questionary prompt with :class:`GoBack`."""
    bindings = KeyBindings()

    @bindings.add(BACK_KEY, eager=True)
    def _back(event: Any) -> None:
        event.app.exit(exception=GoBack())

    _add_bindings(question, bindings)


def _add_bindings(question: Any, bindings: KeyBindings) -> None:
    """Give a questionary prompt more key bindings; they win over its own for the same keys."""
    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, bindings]) if app.key_bindings else bindings


def _editor_bindings(lang: Lang) -> KeyBindings:
    """Ctrl-X Ctrl-E: the answer so far in an editor, and back to the prompt with what was saved.

    prompt_toolkit's own binding submits whatever the editor left, even after
    quitting without saving; this one never submits: the user sees the text
    and presses Enter.
    """
    bindings = KeyBindings()

    @bindings.add("c-x", "c-e", eager=True)
    def _edit(event: Any) -> None:
        buffer = event.current_buffer
        command = pick_editor()

        def run() -> str | None:
            print(t(lang, "ask.editor_opening", editor=editor_name(command)), flush=True)
            try:
                return edit_text(buffer.text, command)
            except OSError as error:
                print(
                    t(lang, "ask.editor_failed", editor=command, reason=error.strerror or error), flush=True
                )
                return None

        async def edit() -> None:
            text = await run_in_terminal(run, in_executor=True)
            if text is not None:
                buffer.document = Document(text, len(text))

        event.app.create_background_task(edit())

    return bindings


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
        back: bool = False,
    ) -> str:
        while True:
            question = questionary.text(
                message,
                default=default,
                instruction=hint(self.lang, instruction, back),
                style=STYLE,
                qmark="›",
            )
            if editor:
                _add_bindings(question, _editor_bindings(self.lang))
            if back:
                _offer_back(question)
            answer: str = question.unsafe_ask()
            problem = validate(answer) if validate is not None else None
            if problem is None:
                return answer
            # Said on the line below the answer, then asked again with the answer to correct:
            # prompt_toolkit's validation bar sits at the foot of a tall terminal, far from the eye.
            questionary.print(f"  {problem}", style="fg:#d70000 bold")
            default = answer

    def select(
        self,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: str | None = None,
        *,
        back: bool = False,
    ) -> str:
        question = questionary.select(
            message,
            choices=[Choice(label, value=value) for value, label in choices],
            default=default if default in {v for v, _ in choices} else None,
            style=STYLE,
            qmark="›",
            instruction=hint(self.lang, None, back) or " ",
        )
        if back:
            _offer_back(question)
        answer: str = question.unsafe_ask()
        return answer

    def checkbox(
        self,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: Sequence[str] = (),
        *,
        back: bool = False,
    ) -> list[str]:
        question = questionary.checkbox(
            message,
            choices=[Choice(label, value=value, checked=value in default) for value, label in choices],
            style=STYLE,
            qmark="›",
            instruction=hint(self.lang, t(self.lang, "ask.multi_hint"), back),
        )
        if back:
            _offer_back(question)
        answer: list[str] = question.unsafe_ask()
        return answer

    def confirm(self, message: str, default: bool = True, *, back: bool = False) -> bool:
        return _confirm(message, default, self.lang, back)


def _confirm(message: str, default: bool, lang: Lang, back: bool = False) -> bool:
    """A yes/no prompt that answers to ``j``/``n`` in Danish (``y`` works too) and ``y``/``n`` in English.

    questionary's own confirm knows only ``y``; a Danish user types ``j``.
    """
    yes, no = t(lang, "ask.yes"), t(lang, "ask.no")
    keys = f"{yes[0].upper()}/{no[0].lower()}" if default else f"{yes[0].lower()}/{no[0].upper()}"
    shown = hint(lang, keys, back)
    status: dict[str, Any] = {"answer": None, "done": False}

    def tokens() -> FormattedText:
        parts = [("class:qmark", "›"), ("class:question", f" {message} ")]
        if status["done"]:
            parts.append(("class:answer", yes if status["answer"] else no))
        else:
            parts.append(("class:instruction", f"{shown} "))
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

    if back:

        @bindings.add(BACK_KEY, eager=True)
        def _back(event: Any) -> None:
            event.app.exit(exception=GoBack())

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

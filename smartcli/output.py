"""Printing on a rich console safely: sentences unwrapped, no answer reaching the terminal as controls."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.markup import escape

from smartcli.i18n import Lang, t

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ESC shows as ␛
    return "␡" if code == 0x7F else f"<U+{code:04X}>"


def inert(text: str) -> str:
    """`text` with every control character but newline and tab made visible.

    An answer may hold escape sequences (``ESC ]0;title BEL``, ``ESC [2J``) that
    would retitle, clear or even write to the clipboard of the terminal that
    prints it; they are shown as ``␛]0;title␇␛[2J`` instead. Carriage returns
    go too, since one can hide the start of a line.
    """
    return _CONTROLS.sub(_visible, text)


def say(console: Console, lang: Lang, key: str, style: str | None = None, /, **params: Any) -> None:
    """Print message `key` in `lang`.

    The text is made inert and escaped (a path like ``plan[2].yaml`` is not
    markup) and never wrapped, so a command in it (``smart resume plan.yaml``)
    can be copied whole.
    """
    text = escape(inert(t(lang, key, **params)))
    console.print(f"[{style}]{text}[/]" if style else text, soft_wrap=True)

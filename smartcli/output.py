"""Printing the catalogue's sentences on a rich console, safely and unwrapped."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape

from smartcli.i18n import Lang, t


def say(console: Console, lang: Lang, key: str, style: str | None = None, /, **params: Any) -> None:
    """Print message `key` in `lang`.

    The text is escaped (a path like ``plan[2].yaml`` is not markup) and never
    wrapped, so a command in it (``smart resume plan.yaml``) can be copied whole.
    """
    text = escape(t(lang, key, **params))
    console.print(f"[{style}]{text}[/]" if style else text, soft_wrap=True)

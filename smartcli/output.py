"""Printing on a rich console safely: sentences unwrapped, no answer reaching the terminal as controls.

Also the one place where the commands smart suggests (``smart resume
plan.yaml``) are made to work as typed: when ``smart`` on PATH is not this
smart (run as ``.venv/bin/smart`` or ``python -m smartcli``), a person at a
terminal is shown the way it was started instead.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartcli.i18n import Lang, t

if TYPE_CHECKING:  # rich loads when something is printed, not when smart starts
    from rich.console import Console

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
    can be copied whole; on a terminal, that command is the one that works
    there (:func:`as_typed`, applied to the catalogue's words, not to the values).
    """
    template = t(lang, key)
    if console.is_terminal:
        template = as_typed(template)
    from rich.markup import escape

    text = escape(inert(template.format(**params) if params else template))
    console.print(f"[{style}]{text}[/]" if style else text, soft_wrap=True)


# --- commands that work as typed ------------------------------------------------------

COMMANDS = (
    "new", "resume", "edit", "report", "check", "status", "track", "review", "next", "diff", "log",
    "git-setup", "questions", "schema", "site",
)  # fmt: skip
"""smart's commands, as the catalogue's hints name them (``smart edit``)."""

_HINT = re.compile(rf"(?<![\w./\\-])smart(?= (?:{'|'.join(map(re.escape, COMMANDS))})\b)")


def _resolved(path: str | Path) -> Path:
    return Path(os.path.realpath(path))


def _quoted(word: str) -> str:
    if sys.platform.startswith("win"):
        return f'"{word}"' if " " in word else word
    return shlex.quote(word)


def _python() -> str:
    """This Python as the user can type it: ``python3`` when that is it, else its path."""
    executable = sys.executable
    for name in ("python3", "python"):
        found = shutil.which(name)
        if found and Path(found).absolute() == Path(executable).absolute():  # a venv's python is a link
            return name
    try:
        relative = Path(executable).relative_to(Path.cwd())
    except ValueError:
        return executable
    return str(relative) if len(relative.parts) > 1 else f".{os.sep}{relative}"


@functools.cache
def invocation() -> str:
    """How a person starts this smart again: ``smart``, ``.venv/bin/smart``, ``python3 -m smartcli``.

    ``smart`` when the ``smart`` on PATH is this installation's; otherwise the
    way this process was started (the script's path as it was typed, or this
    Python with ``-m smartcli``); ``smart`` too when neither is known (smart
    called from another program).
    """
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    on_path = shutil.which("smart")
    if on_path is not None:
        scripts = sysconfig.get_path("scripts")
        mine = _resolved(on_path).parent == _resolved(scripts) if scripts else False
        if mine or (argv0 and _resolved(on_path) == _resolved(argv0)):
            return "smart"
    started = Path(argv0)
    if started.name.lower() in ("smart", "smart.exe", "smart-script.py"):
        return _quoted(argv0)
    if started.name == "__main__.py" and _resolved(started).parent == _resolved(__file__).parent:
        return f"{_quoted(_python())} -m smartcli"
    return "smart"


def as_typed(text: str) -> str:
    """`text` with each command it suggests (``smart resume plan.yaml``) spelt as :func:`invocation` says."""
    prefix = invocation()
    return text if prefix == "smart" else _HINT.sub(lambda _: prefix, text)

"""Writing a long answer in an editor (Ctrl-X Ctrl-E): which editor, and what leaving it means.

The editor is ``$VISUAL``, then ``$EDITOR``; with neither, one a newcomer can
leave: nano where it is installed, vi otherwise, Notepad on Windows. The
prompt says which before it opens. Whatever happens in the editor, the user
comes back to the prompt and submits with Enter: saving puts the new text in
the prompt, and leaving without saving (or an editor that fails) leaves the
prompt as it was, so an aborted edit never becomes an answer.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path


def pick_editor(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> str:
    """The editor command to open: ``$VISUAL``, ``$EDITOR``, else nano, vi, or notepad on Windows."""
    environ = os.environ if environ is None else environ
    for variable in ("VISUAL", "EDITOR"):
        command = environ.get(variable, "").strip()
        if command:
            return command
    if (platform or sys.platform).startswith("win"):
        return "notepad"
    return "nano" if which("nano") else "vi"


def editor_name(command: str) -> str:
    """What to call the editor in a message: ``nano`` for ``/usr/bin/nano -w``."""
    words = _split(command)
    return Path(words[0]).stem if words else command


def _split(command: str) -> list[str]:
    try:
        return shlex.split(command, posix=not sys.platform.startswith("win"))
    except ValueError:  # an unbalanced quote: take it as one program name
        return [command]


def edit_text(text: str, command: str, suffix: str = ".txt") -> str | None:
    """Open `text` in the editor `command` and return what was saved.

    Returns:
        The new text (without the one trailing newline editors add), or
        ``None`` when the editor failed or was left without a change: the
        caller keeps what it had.

    Raises:
        OSError: The editor could not be started (not installed, say).
    """
    handle, name = tempfile.mkstemp(prefix="smart-answer-", suffix=suffix)
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        finished = subprocess.run([*_split(command), str(path)], check=False)
        if finished.returncode != 0:
            return None
        saved = path.read_text(encoding="utf-8", errors="replace")
    finally:
        path.unlink(missing_ok=True)
    if saved.endswith("\n"):
        saved = saved[:-2] if saved.endswith("\r\n") else saved[:-1]
    return None if saved == text else saved

"""Long output through a pager, as git does: in a terminal, when it does not fit, never for questions.

The commands that print a document or a list (report, log, diff, check,
status, questions, schema) collect what they print while they run; if it is
taller than the terminal, it goes to ``$SMART_PAGER`` or ``$PAGER`` (``less``
when neither is set, with ``LESS=FRX`` unless the user set ``LESS``, so
colours pass and a short page doesn't wait for ``q``). ``--no-pager``, a
pager set to ``cat`` or to nothing, output to a pipe or a file, and a pager
that can't be started all print straight to the terminal.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import TextIO


class _Screen(io.StringIO):
    """Holds what a command prints, while telling rich it writes to the terminal it stands in for."""

    def __init__(self, terminal: TextIO) -> None:
        super().__init__()
        self._terminal = terminal

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:  # rich asks it for the terminal's size and colours
        return self._terminal.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._terminal.encoding or "utf-8"


def pager_command() -> list[str] | None:
    """The pager to use, as an argument list; ``None`` when paging is switched off or there is none."""
    for variable in ("SMART_PAGER", "PAGER"):
        value = os.environ.get(variable)
        if value is not None:
            words = shlex.split(value, posix=os.name != "nt")
            return None if not words or words == ["cat"] else words
    found = shutil.which("less") or (shutil.which("more") if os.name == "nt" else None)
    return [found] if found else None


@contextlib.contextmanager
def paged(enabled: bool = True) -> Iterator[None]:
    """Collect standard output while the block runs; then show it, through the pager when it is long.

    What was collected is shown even when the block fails (the error follows it).
    """
    terminal = sys.stdout
    command = pager_command() if enabled and terminal.isatty() else None
    if command is None:
        yield
        return
    screen = _Screen(terminal)
    sys.stdout = screen
    try:
        yield
    finally:
        sys.stdout = terminal
        _show(screen.getvalue(), terminal, command)


def _show(text: str, terminal: TextIO, command: list[str]) -> None:
    rows = shutil.get_terminal_size().lines
    if text.count("\n") < rows - 1 or not _page(text, terminal, command):
        terminal.write(text)
        terminal.flush()


def _page(text: str, terminal: TextIO, command: list[str]) -> bool:
    """Show `text` in the pager; whether it could be started."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # as git does: colours pass, a screenful ends by itself
    terminal.flush()
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    encoding = terminal.encoding or "utf-8"
    try:
        assert pager.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # the reader quit before the end: that is fine
            pager.stdin.write(text.encode(encoding, "replace"))
            pager.stdin.close()
        while True:
            try:
                pager.wait()
                break
            except KeyboardInterrupt:  # Ctrl-C belongs to the pager (less stops a search with it)
                continue
    finally:
        with contextlib.suppress(BrokenPipeError):
            if pager.stdin is not None:
                pager.stdin.close()
    return True

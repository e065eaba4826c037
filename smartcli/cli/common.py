"""The typer application, the options every command shares, and the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from smartcli import __version__
from smartcli.errors import ExitCode, FileProblemsError, SmartError
from smartcli.i18n import ACTIVE_LANG, LANGUAGES, Lang, resolve_lang, t

if TYPE_CHECKING:
    from rich.console import Console

_HELP_LANG: Lang = resolve_lang()


def help_text(name: str) -> str:
    """The help for a command or option, from the catalogue (``help.<name>``), in the user's language."""
    return t(_HELP_LANG, f"help.{name}")


app = typer.Typer(
    name="smart",
    help=help_text("app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

PlanArg = Annotated[Path, typer.Argument(help=help_text("plan"), show_default=False)]
LangOpt = Annotated[str | None, typer.Option("--lang", "-l", help=help_text("lang"), show_default=False)]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smart {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=help_text("version"))
    ] = False,
) -> None:
    """Guide a business through the SMART marketing strategy model."""


# --- running a use case -----------------------------------------------------------


def stdin_is_interactive() -> bool:
    """Whether questions can be asked (tests replace this to drive prompts through a pipe)."""
    return sys.stdin.isatty()


def make_console(stderr: bool = False) -> Console:
    """A rich console that prints the catalogue's sentences unwrapped and unhighlighted."""
    return _console_class()(stderr=stderr, highlight=False, soft_wrap=False)


@functools.cache
def _console_class() -> type[Console]:
    from rich.console import Console

    class PipeAwareConsole(Console):
        """A console that lets a closed pipe reach :func:`run` (rich would exit 1: "found problems")."""

        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    return PipeAwareConsole


def _check_lang(option: str | None) -> None:
    if option is not None and option not in LANGUAGES:
        _fail(SmartError("error.bad_lang", lang=option), resolve_lang())


def _fail(error: SmartError, lang: Lang) -> None:
    if isinstance(error, FileProblemsError) and error.lang_hint is not None:
        lang = error.lang_hint
    elif (active := ACTIVE_LANG.get()) is not None:
        lang = active
    from rich.markup import escape

    from smartcli.output import inert

    prefix = "" if error.exit_code == ExitCode.INTERRUPTED else f"{t(lang, 'error.prefix')}: "
    style = "yellow" if error.exit_code == ExitCode.INTERRUPTED else "red"
    message = escape(inert(prefix + error.render(lang)))
    make_console(stderr=True).print(f"[{style}]{message}[/]", soft_wrap=True)
    raise typer.Exit(int(error.exit_code))


BROKEN_PIPE = 141
"""The exit code when the reader of smart's output stops early (``smart log | head``).

It is what a shell reports for a command that SIGPIPE ended (128 + 13), as for
``git log | head``: the output was cut short, so neither 0 ("all is well") nor
1 ("found problems") would be true.
"""


def run(
    lang_option: str | None,
    use_case: Callable[[Console], Any],
    writes: Path | None = None,
    command: str = "",
    creates: bool = False,
) -> Any:
    """Run `use_case`, turning smart's errors into a message and their exit code.

    With `writes`, the use case runs holding that plan's lock, so two smart
    processes never write one plan at the same time, and a write-protected plan
    is refused before anything is asked. With `creates` (a plan to be made),
    missing folders on the way to `writes` are made first, and removed again if
    the command ends without writing into them.
    """
    _check_lang(lang_option)
    token = ACTIVE_LANG.set(None)  # each command learns its language afresh
    try:
        out = make_console()
        if writes is None:
            result = use_case(out)
        else:
            result = _run_writing(lang_option, use_case, out, writes, command, creates)
        sys.stdout.flush()  # a reader gone away shows here, not as noise when Python exits
        return result
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(BROKEN_PIPE) from None
    except SmartError as error:
        _fail(error, resolve_lang(lang_option))
    except KeyboardInterrupt:
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except Exception as error:  # a bug: say so in one line; the traceback only on request
        if os.environ.get("SMART_DEBUG"):
            raise
        internal = SmartError("error.internal", kind=type(error).__name__, detail=str(error)[:200])
        internal.exit_code = ExitCode.INTERNAL
        _fail(internal, resolve_lang(lang_option))
    finally:
        ACTIVE_LANG.reset(token)


def _run_writing(
    lang_option: str | None,
    use_case: Callable[[Console], Any],
    out: Console,
    writes: Path,
    command: str,
    creates: bool,
) -> Any:
    from smartcli.plan.lock import plan_lock
    from smartcli.plan.planfile import make_folders, refuse_write_protected, remove_empty_folders

    refuse_write_protected(writes)
    made = make_folders(writes.parent) if creates else []
    try:
        with plan_lock(writes, command):
            return use_case(out)
    finally:
        remove_empty_folders(made)
        if made and made[-1].is_dir():  # said only of a folder that stays, with the plan in it
            from smartcli.output import say

            say(out, resolve_lang(lang_option), "note.folder_made", path=writes.parent)


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush has nothing to fail on.

    This is the way Python's documentation gives for a closed pipe
    (``signal`` module, "Note on SIGPIPE").
    """
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def no_terminal(command: str, lang: Lang) -> SmartError:
    """The error for a command that must ask but has no terminal, with that command's way out."""
    hint = t(lang, f"hint.no_terminal.{command if command in ('new', 'track') else 'other'}")
    return SmartError("error.not_interactive", command=command, hint=hint)


def require_terminal(command: str, lang: Lang) -> None:
    """Stop with :func:`no_terminal`'s error unless questions can be asked."""
    if not stdin_is_interactive():
        raise no_terminal(command, lang)

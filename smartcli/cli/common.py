"""The typer application, the options every command shares, and the one place errors become exit codes."""

from __future__ import annotations

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
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


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


def run(
    lang_option: str | None, use_case: Callable[[Console], Any], writes: Path | None = None, command: str = ""
) -> Any:
    """Run `use_case`, turning smart's errors into a message and their exit code.

    With `writes`, the use case runs holding that plan's lock, so two smart
    processes never write one plan at the same time.
    """
    _check_lang(lang_option)
    token = ACTIVE_LANG.set(None)  # each command learns its language afresh
    try:
        out = make_console()
        if writes is None:
            return use_case(out)
        from smartcli.plan.lock import plan_lock

        with plan_lock(writes, command) as took_over:
            if took_over:
                from smartcli.output import say

                say(make_console(stderr=True), resolve_lang(lang_option), "lock.stale", "yellow", path=writes)
            return use_case(out)
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


def no_terminal(command: str, lang: Lang) -> SmartError:
    """The error for a command that must ask but has no terminal, with that command's way out."""
    hint = t(lang, f"hint.no_terminal.{command if command in ('new', 'track') else 'other'}")
    return SmartError("error.not_interactive", command=command, hint=hint)


def require_terminal(command: str, lang: Lang) -> None:
    """Stop with :func:`no_terminal`'s error unless questions can be asked."""
    if not stdin_is_interactive():
        raise no_terminal(command, lang)

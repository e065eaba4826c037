"""The typer application, the options every command shares, and the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import errno
import functools
import importlib
import os
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
from typer._click.exceptions import UsageError
from typer.core import TyperCommand, TyperGroup

from smartcli import __version__
from smartcli.cli import completing, language
from smartcli.errors import ExitCode, FileProblemsError, SmartError
from smartcli.i18n import ACTIVE_LANG, LANGUAGES, Lang, resolve_lang, t

try:
    from typer._coercion import RuntimeParam, build_runtime_param
except ImportError:  # pragma: no cover - a typer before 0.29 converts through click: nothing to lighten
    RuntimeParam = object  # type: ignore[assignment,misc]
    build_runtime_param = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from rich.console import Console
    from typer._click import Context, HelpFormatter

_HELP_LANG: Lang = resolve_lang()


def help_text(name: str) -> str:
    """The help for a command or option, from the catalogue (``help.<name>``), in the user's language.

    Drawn in the language of ``--lang`` when one is given (:mod:`smartcli.cli.language`).
    """
    return language.help_text(name, _HELP_LANG)


class _Deferred(type):
    """Stands in for a class of a module not imported yet: using it imports the real one."""

    def _real(cls) -> Any:
        return getattr(importlib.import_module(cls.__module__), cls.__name__)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._real()(*args, **kwargs)

    def __getattr__(cls, name: str) -> Any:
        return getattr(cls._real(), name)


def _stand_in(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__getattr__ = lambda attr: _Deferred(attr, (), {"__module__": name})  # type: ignore[method-assign]
    return module


def load_help_renderer() -> None:
    """Import typer's help renderer (:mod:`typer.rich_utils`) without two modules it never uses here.

    It imports ``rich.markdown`` (with markdown-it and pygments) for help
    written in Markdown and ``rich.traceback`` for pretty tracebacks; smart's
    help is rich markup and its tracebacks are off, and the two cost a third
    of ``smart --help``'s time. Stand-ins take their place while typer's
    module loads and are removed after, so any later import gets the real
    modules (and a stand-in class, if ever used, imports its real class).
    """
    if "typer.rich_utils" in sys.modules:
        return
    stand_ins = {
        name: _stand_in(name) for name in ("rich.markdown", "rich.traceback") if name not in sys.modules
    }
    sys.modules.update(stand_ins)
    try:
        import typer.rich_utils
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    make = typer.rich_utils._get_rich_console

    def help_console(stderr: bool = False) -> Console:
        console = make(stderr)
        console.on_broken_pipe = _help_cut_short  # type: ignore[method-assign]
        return console

    typer.rich_utils._get_rich_console = help_console
    language.speak(language.spoken())  # its words were just set in English: the language chosen, again


def _help_cut_short() -> None:
    """``smart --help | head``: the reader stopped early; exit as for any cut-short output (rich says 1)."""
    _silence_stdout()
    raise SystemExit(BROKEN_PIPE)


_PLAIN_PATH = {"exists": False, "resolve_path": False, "file_okay": True, "dir_okay": True,
               "readable": True, "writable": False, "allow_dash": False, "path_type": None}  # fmt: skip
"""A path option that asks typer for no checks beyond these defaults."""


@dataclass(frozen=True)
class _PlainParam(RuntimeParam):
    """Converts a text, a flag or a path as typer does, without building typer's pydantic adapter.

    typer (0.29) converts every option's value through a pydantic TypeAdapter
    built when the command runs; importing pydantic and building them took
    more than all of smart's own start-up. For smart's options the conversion
    is the value itself or ``Path(value)``; anything else (a number, a value
    typer would refuse) goes to typer's own conversion, built then. A missing
    value never gets here (:meth:`RuntimeParam.coerce` deals with it), so an
    option not given costs nothing either.
    """

    kind: str = ""

    def _coerce_value(self, value: Any, param: Any, ctx: Context) -> Any:
        if self.kind == "text" and type(value) is str:
            return value
        if self.kind == "flag" and type(value) is bool:
            return value
        if self.kind == "path" and (path := _plain_path(value)) is not None:
            return path
        if self.kind == "paths" and isinstance(value, list | tuple):
            paths = [_plain_path(item) for item in value]
            if None not in paths:
                return paths
        return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)


def _plain_path(value: Any) -> Path | None:
    """`value` as typer makes it a path with no checks asked for; ``None`` for what typer refuses."""
    if not isinstance(value, str | Path):
        return None
    path = Path(value)
    try:
        path.stat()
    except (OSError, ValueError):
        return path
    return path if os.access(path, os.R_OK) else None  # typer refuses a path it can't read


def _light_coercion(command: TyperCommand | TyperGroup, ctx: Context) -> None:
    """Give `command`'s options :class:`_PlainParam` converters (any other typer is left as it is)."""
    if build_runtime_param is None:
        return
    for param in command.get_params(ctx):
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", False) is not None:
            continue
        info, annotation = descriptor.parameter_info, descriptor.annotation
        plain = descriptor.file_annotation is None and info.parser is None
        if plain and annotation in (Path, list[Path]):
            plain = all(getattr(info, flag, default) == default for flag, default in _PLAIN_PATH.items())
        kinds = {str: "text", bool: "flag", Path: "path", list[Path]: "paths"}
        kind = kinds.get(annotation, "") if plain else ""
        param._runtime_param = _PlainParam(parameter_info=info, annotation=annotation, kind=kind)  # type: ignore[attr-defined]


def _format_help(
    command: TyperCommand | TyperGroup,
    ctx: Context,
    formatter: HelpFormatter,
    draw: Callable[[Context, HelpFormatter], None],
) -> None:
    """Draw `command`'s help with the light renderer, in the language ``--lang`` chose."""
    load_help_renderer()
    language.translate_help(command, ctx, language.spoken())
    draw(ctx, formatter)


def _speaking(error: UsageError) -> UsageError:
    """`error` in the language spoken, with typer's renderer (which draws it) loaded and told the same."""
    load_help_renderer()
    if error.ctx is not None:  # its usage line names the values as the help does
        language.translate_help(error.ctx.command, error.ctx, language.spoken())
    language.localise(error)
    return error


if TYPE_CHECKING:
    _Base = TyperCommand
else:
    _Base = object


class _Polished(_Base):
    """What smart's commands and its group share: ``--lang`` anywhere, light options, translated help."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        language.choose(ctx, args)
        _light_coercion(self, ctx)
        try:
            return super().parse_args(ctx, args)
        except UsageError as error:
            raise _speaking(error) from None

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _format_help(self, ctx, formatter, super().format_help)

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        language.usage(self, ctx, formatter)


class _Group(_Polished, TyperGroup):
    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not language.without_lang(args) and not ctx.resilient_parsing:
            language.choose(ctx, args)
            # smart alone (or with only --lang) shows the help, and that is a success, as for git
            shown = ctx.get_help()
            if shown:
                typer.echo(shown)
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Any, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except UsageError as error:
            raise _speaking(error) from None


class _Command(_Polished, TyperCommand):
    pass


class _App(typer.Typer):
    """The typer app: its commands built with less work and their help drawn by a lighter renderer.

    The command modules don't use ``from __future__ import annotations``:
    typer would compile and evaluate every option's annotation text each time
    smart starts; written as objects, they are simply read.
    """

    def command(  # type: ignore[override]
        self, *args: Any, cls: type[TyperCommand] | None = None, **kwargs: Any
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        return super().command(*args, cls=cls or _Command, **kwargs)


app = _App(
    cls=_Group,
    name="smart",
    help=help_text("app"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

PlanArg = Annotated[Path, typer.Argument(help=help_text("plan"), show_default=False)]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        help=help_text("lang"),
        show_default=False,
        autocompletion=completing.offer(completing.languages),
    ),
]
NoPagerOpt = Annotated[bool, typer.Option("--no-pager", help=help_text("no_pager"))]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smart {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help=help_text("version"))
    ] = False,
    lang: LangOpt = None,
) -> None:
    """Guide a business through the SMART marketing strategy model."""
    _check_lang(lang)  # kept by click for the command, which speaks it (language.chosen)


# --- running a use case -----------------------------------------------------------


def stdin_is_interactive() -> bool:
    """Whether questions can be asked (tests replace this to drive prompts through a pipe)."""
    return sys.stdin.isatty()


def make_console(stderr: bool = False) -> Console:
    """A rich console that prints the catalogue's sentences unwrapped and unhighlighted."""
    return _console_class()(stderr=stderr, highlight=False, soft_wrap=False)


class _LazyConsole:
    """The command's console, made when first used: ``smart new`` asks its first question before rich."""

    def __init__(self) -> None:
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            self._console = make_console()
        return getattr(self._console, name)


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

    from smartcli.output import as_typed, inert

    prefix = "" if error.exit_code == ExitCode.INTERRUPTED else f"{t(lang, 'error.prefix')}: "
    style = "yellow" if error.exit_code == ExitCode.INTERRUPTED else "red"
    text = prefix + error.render(lang)
    console = make_console(stderr=True)
    if console.is_terminal:  # a hint (smart resume plan.yaml) works as typed, however smart was started
        text = as_typed(text)
    console.print(f"[{style}]{escape(inert(text))}[/]", soft_wrap=True)
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
    paged: bool = False,
) -> Any:
    """Run `use_case`, turning smart's errors into a message and their exit code.

    With `writes`, the use case runs holding that plan's lock, so two smart
    processes never write one plan at the same time, and a write-protected plan
    is refused before anything is asked. With `creates` (a plan to be made),
    missing folders on the way to `writes` are made first, and removed again if
    the command ends without writing into them. With `paged`, what it prints
    goes through a pager when it is taller than the terminal
    (:mod:`smartcli.cli.paging`).
    """
    if lang_option is None:  # smart --lang da status: given before the command
        from typer._click.globals import get_current_context

        lang_option = language.chosen(get_current_context(silent=True))
    _check_lang(lang_option)
    token = ACTIVE_LANG.set(None)  # each command learns its language afresh
    try:
        out = cast("Console", _LazyConsole())
        if writes is None:
            from smartcli.cli.paging import paged as pager

            with pager(paged):
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
    from smartcli.plan.files import make_folders, refuse_write_protected, remove_empty_folders
    from smartcli.plan.lock import plan_lock

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

"""The language of the command line itself: ``--lang`` anywhere, and help in that language, typer's words too.

The help texts are given to typer once, when the commands are declared, in
the language the environment suggests. ``smart --lang da new --help`` and
``smart new --help --lang da`` must both show Danish, so the language is
read from the raw arguments before click parses them (help is printed while
parsing), and every help text smart gave is looked up again by its text and
swapped for the chosen language's just before the help is drawn. typer's
own words (panel titles, ``[default: …]``, ``required``, "Missing command")
go through module constants and a gettext ``_`` that this module points at
the catalogue. typer's bundled click writes its usage errors as English
literals with no gettext: the common ones are matched when an error is shown
and rewritten (:func:`localise`); a sentence not in that list stays English.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import TYPE_CHECKING, Any

from smartcli.i18n import LANGUAGES, MESSAGES, Lang, resolve_lang, t

if TYPE_CHECKING:
    from typer._click import Context, HelpFormatter

_CONTEXT_KEY = "smart.lang"

_KEYS: dict[str, str] = {}
"""Every help text handed to typer, in either language, and the catalogue key it came from."""

_TYPER_WORDS = {
    # typer.rich_utils's constants, read when help or an error is drawn
    "ARGUMENTS_PANEL_TITLE": "shell.arguments",
    "OPTIONS_PANEL_TITLE": "shell.options",
    "COMMANDS_PANEL_TITLE": "shell.commands",
    "ERRORS_PANEL_TITLE": "shell.error",
    "ABORTED_TEXT": "shell.aborted",
    "RICH_HELP": "shell.try_help",
    "DEFAULT_STRING": "shell.default",
    "REQUIRED_LONG_STRING": "shell.required_long",
    "ENVVAR_STRING": "shell.envvar",
    "DEPRECATED_STRING": "shell.deprecated",
}

_GETTEXT = {
    # what typer.core passes through gettext, and the catalogue's word for it
    "(dynamic)": "shell.dynamic",
    "Aborted!": "shell.aborted",
    "default: {default}": "shell.default_inline",
    "required": "shell.required",
    "env var: {var}": "shell.envvar_inline",
    "Arguments": "shell.arguments",
    "Options": "shell.options",
    "Commands": "shell.commands",
    "Missing command.": "shell.missing_command",
    "No such command {name!r}.": "shell.no_such_command",
}

_CLICK_SENTENCES = (  # compiled when an error is shown, not at every start
    # typer's bundled click writes these in English, without gettext: matched and rewritten
    (r"No such option: (?P<a>\S+)", "shell.no_such_option"),
    (r"\(Possible options: (?P<a>[^)]*)\)", "shell.possible_options"),
    (r"Did you mean (?P<a>.+?)\?", "shell.did_you_mean"),
    (r"Missing argument (?P<a>\S+?)\.", "shell.missing_argument"),
    (r"Missing option (?P<a>\S+?)\.", "shell.missing_option"),
    (r"Invalid value for (?P<a>.+?): ", "shell.invalid_value"),
    (r"Got unexpected extra arguments? \((?P<a>.*)\)", "shell.extra_arguments"),
    (r"Option (?P<a>\S+) requires an argument\.", "shell.needs_value"),
    (r"(?P<a>'[^']*') is not one of (?P<b>.+?)\.", "shell.not_a_choice"),
    (r"(?P<a>'[^']*') is not a valid integer\.", "shell.not_an_integer"),
)

_OWN_OPTIONS = {
    "help": "shell.help",
    "install_completion": "shell.install_completion",
    "show_completion": "shell.show_completion",
}

_current: Lang = resolve_lang()


def help_text(name: str, lang: Lang) -> str:
    """The catalogue's ``help.<name>`` in `lang`, remembered so that it can be drawn in the other language."""
    key = f"help.{name}"
    for each in LANGUAGES:
        _KEYS.setdefault(t(each, key), key)
    return t(lang, key)


def lang_in(args: list[str]) -> str | None:
    """The value of the last ``--lang``/``-l`` in `args` (before a ``--``), as typed; ``None`` without one."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg in ("--lang", "-l") and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
        elif arg.startswith("-l") and not arg.startswith("--") and len(arg) > 2:
            found = arg[2:]
    return found


def choose(ctx: Context, args: list[str]) -> Lang:
    """The language the command line speaks for `ctx`: its ``--lang``, its parent's, or the environment's.

    Remembered on the context (click shares ``meta`` with the subcommand's
    context), and typer's own words are set to it.
    """
    typed = lang_in(args)
    if typed in LANGUAGES:
        lang: Lang = typed
    else:
        lang = ctx.meta.get(_CONTEXT_KEY) or resolve_lang()
    ctx.meta[_CONTEXT_KEY] = lang
    speak(lang)
    return lang


def chosen(ctx: Context | None) -> Lang | None:
    """The language a ``--lang`` before the command chose (``smart --lang da status``), if any."""
    if ctx is None:
        return None
    root = ctx.find_root()
    value = root.params.get("lang")
    return value if value in LANGUAGES else None


def translate_help(command: Any, ctx: Context, lang: Lang) -> None:
    """Swap the help texts of `command`, its options and (for a group) its commands into `lang`."""
    commands = [command]
    if hasattr(command, "list_commands"):
        commands += [command.get_command(ctx, name) for name in command.list_commands(ctx)]
    for each in commands:
        if each is None:
            continue
        for attribute in ("help", "short_help"):
            if (key := _KEYS.get(getattr(each, attribute, None) or "")) is not None:
                setattr(each, attribute, t(lang, key))
    for param in command.get_params(ctx):
        _name_the_value(param, lang)
        if (key := _KEYS.get(getattr(param, "help", None) or "")) is not None:
            param.help = t(lang, key)
        elif param.name in _OWN_OPTIONS:  # click's help option, typer's completion options
            param.help = t(lang, _OWN_OPTIONS[param.name])


def _name_the_value(param: Any, lang: Lang) -> None:
    """Show what an option takes as a name in `lang` (``FORMAT``, ``PLAN``, ``FIL``), nothing after a flag.

    typer 0.29 shows Python types (``<str>``, ``<path>``, ``<bool>``); a user
    reads ``--format FORMAT`` and ``--quick`` better. The English name is
    kept on the option, so the help can be drawn again in the other language.
    """
    if param.name is None:
        return
    english = getattr(param, "_smart_value", None)
    if english is None:
        if getattr(param, "metavar", None) is not None:
            english = param.metavar
        elif getattr(param, "is_flag", False) or getattr(param, "count", False):
            english = ""
        elif param.name in _OWN_OPTIONS:
            return
        else:
            longs = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
            english = (longs[0][2:] if longs else param.name).upper().replace("-", "_")
        param._smart_value = english
    key = f"shell.value.{english}"
    param.metavar = t(lang, key) if english and key in MESSAGES else english
    if getattr(param, "param_type_name", "") == "argument":  # its name says it: no type beside it
        param.display_type_rich = lambda ctx: None


def speak(lang: Lang) -> None:
    """Point typer's own words at `lang` (for the help and the usage errors drawn from now on)."""
    global _current
    _current = lang
    rich_utils = sys.modules.get("typer.rich_utils")
    if rich_utils is not None:
        for name, key in _TYPER_WORDS.items():
            setattr(rich_utils, name, t(lang, key))
        rich_utils._ = _gettext  # type: ignore[attr-defined]
        usage = rich_utils.OptionHighlighter.highlights
        for each in LANGUAGES:  # the usage line's first word is styled in either language
            pattern = f"(?P<usage>{t(each, 'shell.usage')})"
            if pattern not in usage:
                usage.append(pattern)
    core = sys.modules.get("typer.core")
    if core is not None:
        core._ = _gettext  # type: ignore[attr-defined]


def _gettext(message: str) -> str:
    key = _GETTEXT.get(message)
    return message if key is None else t(_current, key)


def localise(error: Any) -> None:
    """Let a click usage error speak the language spoken now, as far as its known sentences go."""
    if _current == "en":
        return
    english = error.format_message

    def format_message() -> str:
        text = english()
        for pattern, key in _CLICK_SENTENCES:
            text = re.sub(pattern, functools.partial(_sentence, key), text)
        return str(text)

    error.format_message = format_message


def _sentence(key: str, match: re.Match[str]) -> str:
    return t(_current, key, **match.groupdict())


def spoken() -> Lang:
    """The language the command line speaks now."""
    return _current


def without_lang(args: list[str]) -> list[str]:
    """`args` without their ``--lang`` options (and values)."""
    rest: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--lang", "-l"):
            skip = True
        elif not arg.startswith("--lang=") and not (arg.startswith("-l") and not arg.startswith("--")):
            rest.append(arg)
    return rest


def usage(command: Any, ctx: Context, formatter: HelpFormatter) -> None:
    """Write `command`'s usage line (``Brug: smart new [TILVALG] [plan]``) in the language spoken now."""
    pieces = command.collect_usage_pieces(ctx)
    if pieces and pieces[0] == command.options_metavar:
        pieces[0] = t(_current, "shell.options_metavar")
    if pieces and pieces[-1] == getattr(command, "subcommand_metavar", None):
        pieces[-1] = t(_current, "shell.subcommand_metavar")
    formatter.write_usage(ctx.command_path, " ".join(pieces), t(_current, "shell.usage"))

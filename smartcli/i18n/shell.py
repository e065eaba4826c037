"""Words of the command line around the commands: typer's own, shell completion, the pager."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "help.no_pager": {
        "da": "Vis ikke lang tekst gennem en pager (less); ellers bruges $PAGER, når teksten ikke kan være i terminalen.",
        "en": "Don't show long output through a pager (less); otherwise $PAGER is used when it doesn't fit the terminal.",
    },
    # --- what an option takes, as the help names it -----------------------------------
    "shell.value.ABANDON": {"da": "OPGIV", "en": "ABANDON"},
    "shell.value.BASE": {"da": "BASIS", "en": "BASE"},
    "shell.value.CONFIDENCE": {"da": "SIKKERHED", "en": "CONFIDENCE"},
    "shell.value.DATE": {"da": "DATO", "en": "DATE"},
    "shell.value.FAIL_ON": {"da": "NIVEAU", "en": "FAIL_ON"},
    "shell.value.FILE": {"da": "FIL", "en": "FILE"},
    "shell.value.FOLDER": {"da": "MAPPE", "en": "FOLDER"},
    "shell.value.FORMAT": {"da": "FORMAT", "en": "FORMAT"},
    "shell.value.LANG": {"da": "SPROG", "en": "LANG"},
    "shell.value.LIMIT": {"da": "ANTAL", "en": "LIMIT"},
    "shell.value.NAME": {"da": "NAVN", "en": "NAME"},
    "shell.value.NEW": {"da": "NY", "en": "NEW"},
    "shell.value.NEW_PLAN": {"da": "NY_PLAN", "en": "NEW_PLAN"},
    "shell.value.NOTE": {"da": "NOTE", "en": "NOTE"},
    "shell.value.OBJECTIVE": {"da": "MÅLSÆTNING", "en": "OBJECTIVE"},
    "shell.value.OLD": {"da": "GAMMEL", "en": "OLD"},
    "shell.value.OURS": {"da": "VORES", "en": "OURS"},
    "shell.value.PATHS": {"da": "STIER", "en": "PATHS"},
    "shell.value.PHASE": {"da": "FASE", "en": "PHASE"},
    "shell.value.PLAN": {"da": "PLAN", "en": "PLAN"},
    "shell.value.PLANS": {"da": "PLANER", "en": "PLANS"},
    "shell.value.QUESTION": {"da": "SPØRGSMÅL", "en": "QUESTION"},
    "shell.value.REV": {"da": "REV", "en": "REV"},
    "shell.value.START:END": {"da": "START:SLUT", "en": "START:END"},
    "shell.value.THEIRS": {"da": "DERES", "en": "THEIRS"},
    "shell.value.VALUE": {"da": "VÆRDI", "en": "VALUE"},
    # --- typer's and click's words, where they can be reached ---------------------------
    "shell.usage": {"da": "Brug: ", "en": "Usage: "},
    "shell.arguments": {"da": "Argumenter", "en": "Arguments"},
    "shell.options": {"da": "Tilvalg", "en": "Options"},
    "shell.commands": {"da": "Kommandoer", "en": "Commands"},
    "shell.error": {"da": "Fejl", "en": "Error"},
    "shell.aborted": {"da": "Afbrudt.", "en": "Aborted."},
    "shell.try_help": {
        "da": "Se [blue]'{command_path} {help_option}'[/] for hjælp.",
        "en": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
    "shell.default": {"da": "[standard: {}]", "en": "[default: {}]"},
    "shell.default_inline": {"da": "standard: {default}", "en": "default: {default}"},
    "shell.required_long": {"da": "[skal angives]", "en": "[required]"},
    "shell.required": {"da": "skal angives", "en": "required"},
    "shell.envvar": {"da": "[miljøvariabel: {}]", "en": "[env var: {}]"},
    "shell.envvar_inline": {"da": "miljøvariabel: {var}", "en": "env var: {var}"},
    "shell.deprecated": {"da": "(udgår) ", "en": "(deprecated) "},
    "shell.dynamic": {"da": "(beregnes)", "en": "(dynamic)"},
    "shell.missing_command": {"da": "Der mangler en kommando.", "en": "Missing command."},
    "shell.no_such_command": {
        "da": "Der er ingen kommando, der hedder {name!r}.",
        "en": "No such command {name!r}.",
    },
    "shell.no_such_option": {"da": "Ukendt tilvalg: {a}", "en": "No such option: {a}"},
    "shell.possible_options": {"da": "(mulige tilvalg: {a})", "en": "(Possible options: {a})"},
    "shell.did_you_mean": {"da": "Mente I {a}?", "en": "Did you mean {a}?"},
    "shell.missing_argument": {"da": "Argumentet {a} mangler.", "en": "Missing argument {a}."},
    "shell.missing_option": {"da": "Tilvalget {a} mangler.", "en": "Missing option {a}."},
    "shell.invalid_value": {"da": "Ugyldig værdi for {a}: ", "en": "Invalid value for {a}: "},
    "shell.extra_arguments": {
        "da": "Uventede ekstra argumenter ({a})",
        "en": "Got unexpected extra arguments ({a})",
    },
    "shell.needs_value": {
        "da": "Tilvalget {a} skal have en værdi.",
        "en": "Option {a} requires an argument.",
    },
    "shell.not_a_choice": {"da": "{a} er ikke en af {b}.", "en": "{a} is not one of {b}."},
    "shell.not_an_integer": {"da": "{a} er ikke et helt tal.", "en": "{a} is not a valid integer."},
    "shell.options_metavar": {"da": "[TILVALG]", "en": "[OPTIONS]"},
    "shell.subcommand_metavar": {"da": "KOMMANDO [ARGUMENTER]...", "en": "COMMAND [ARGS]..."},
    "shell.install_completion": {
        "da": "Slå fuldførelse med Tab til i denne skal (bash, zsh, fish, PowerShell): kommandoer, spørgsmål, faser.",
        "en": "Turn on Tab completion in this shell (bash, zsh, fish, PowerShell): commands, questions, phases.",
    },
    "shell.show_completion": {
        "da": "Vis skallens fuldførelsesskript, så I selv kan lægge det ind.",
        "en": "Show the shell's completion script, to install it yourselves.",
    },
    "shell.help": {"da": "Vis denne hjælp, og afslut.", "en": "Show this message and exit."},
}

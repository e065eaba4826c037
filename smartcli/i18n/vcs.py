"""Words of plans in git: diff, log, merges and the drivers' set-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- diff and git ----------------------------------------------------------------
    "diff.meta.company": {"da": "Virksomhed", "en": "Company"},
    "diff.meta.title": {"da": "Titel", "en": "Title"},
    "diff.meta.period": {"da": "Periode", "en": "Period"},
    "diff.meta.currency": {"da": "Valuta", "en": "Currency"},
    "diff.meta.language": {"da": "Sprog", "en": "Language"},
    "diff.meta.measurements": {"da": "Målinger", "en": "Measurements"},
    "diff.meta.reviews": {"da": "Gennemgange", "en": "Reviews"},
    "diff.summary.added": {"da": "{label} tilføjet: {value}", "en": "{label} added: {value}"},
    "diff.summary.removed": {"da": "{label} fjernet: {value}", "en": "{label} removed: {value}"},
    "diff.summary.more": {"da": "og {count} mere", "en": "and {count} more"},
    "diff.none": {"da": "ingen ændringer i planen", "en": "no changes to the plan"},
    "diff.title": {"da": "Ændringer fra {old} til {new}", "en": "Changes from {old} to {new}"},
    "diff.group_plan": {"da": "Planen", "en": "The plan"},
    "diff.count": {"da": "{count} ændringer", "en": "{count} changes"},
    "diff.count.one": {"da": "1 ændring", "en": "1 change"},
    "diff.kind.added": {"da": "tilføjet", "en": "added"},
    "diff.kind.removed": {"da": "fjernet", "en": "removed"},
    "diff.kind.changed": {"da": "ændret", "en": "changed"},
    "log.created": {"da": "planen blev oprettet", "en": "the plan was created"},
    "log.unreadable": {
        "da": "denne udgave er ikke en gyldig plan",
        "en": "this version is not a valid plan",
    },
    "merge.conflicts": {
        "da": "{path}: flettet, men {count} værdier er ændret forskelligt på begge grene. De står under merge_conflicts; smart check viser dem.",
        "en": "{path}: merged, but {count} values were changed differently on both branches. They are listed under merge_conflicts; smart check shows them.",
    },
    "merge.clean": {"da": "{path}: flettet uden konflikter.", "en": "{path}: merged without conflicts."},
    "git.setup_done": {
        "da": "git viser og fletter nu {count} planer med smart ({path}).",
        "en": "git now diffs and merges {count} plans with smart ({path}).",
    },
    "git.setup_done.one": {
        "da": "git viser og fletter nu planen med smart ({path}).",
        "en": "git now diffs and merges the plan with smart ({path}).",
    },
    "git.missing": {
        "da": "git findes ikke på denne maskine; installér git for at bruge {command}.",
        "en": "git is not installed here; install git to use {command}.",
    },
    "git.failed": {"da": "git fejlede: {reason}", "en": "git failed: {reason}"},
    "git.not_a_repo": {
        "da": "{path} ligger ikke i et git-repository.",
        "en": "{path} is not inside a git repository.",
    },
    "git.no_history": {
        "da": "{path} har ingen historik i git endnu (er den committet?).",
        "en": "{path} has no history in git yet (is it committed?).",
    },
}

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
        "da": "{path}: flettet, men {count} konflikter er overladt til jer. De står under merge_conflicts; smart check viser dem.",
        "en": "{path}: merged, but {count} conflicts are left for you. They are listed under merge_conflicts; smart check shows them.",
    },
    "merge.conflicts.one": {
        "da": "{path}: flettet, men 1 konflikt er overladt til jer. Den står under merge_conflicts; smart check viser den.",
        "en": "{path}: merged, but 1 conflict is left for you. It is listed under merge_conflicts; smart check shows it.",
    },
    "merge.clean": {"da": "{path}: flettet uden konflikter.", "en": "{path}: merged without conflicts."},
    "merge.kept_for_refs": {
        "da": "{id} blev slettet på den ene gren, men {refs} henviser stadig til den, så den er beholdt. Slet den sammen med henvisningerne, eller behold den, og fjern så dette punkt.",
        "en": "{id} was deleted on one branch, but {refs} still refer to it, so it is kept. Delete it together with the references, or keep it, then remove this entry.",
    },
    "merge.invalid": {
        "da": "{path}: den flettede plan er gemt, men den er ikke gyldig. Ret disse steder (smart check {path}), og kør så git add {path}:",
        "en": "{path}: the merged plan is saved, but it is not valid. Fix these places (smart check {path}), then git add {path}:",
    },
    "merge.not_a_plan": {
        "da": "{path}: den flettede fil er ikke en gyldig plan. En af udgaverne var ikke en gyldig plan, så git har flettet den linje for linje. Ret den (smart check {path} viser hvor), og kør så git add {path}.",
        "en": "{path}: the merged file is not a valid plan. One of its versions was not a valid plan, so git merged it line by line. Fix it (smart check {path} shows where), then git add {path}.",
    },
    "diff.bad_format": {
        "da": "Ukendt format '{value}'. Brug text, md eller json.",
        "en": "Unknown format '{value}'. Use text, md or json.",
    },
    "log.bad_limit": {
        "da": "--limit skal være 1 eller mere (ikke {value}).",
        "en": "--limit must be 1 or more (not {value}).",
    },
    "git.option_like": {
        "da": "'{value}' begynder med '-', så git ville læse det som en indstilling. Angiv en revision: en gren, et tag, HEAD~2 eller en commit-hash.",
        "en": "'{value}' starts with '-', so git would read it as an option. Give a revision: a branch, a tag, HEAD~2 or a commit hash.",
    },
    "git.bad_revision": {
        "da": "'{rev}' er ikke en revision i dette repository (en gren, et tag, HEAD~2 eller en commit-hash).",
        "en": "'{rev}' is not a revision in this repository (a branch, a tag, HEAD~2 or a commit hash).",
    },
    "git.setup_done": {
        "da": "git viser og fletter nu {count} planer med smart ({path}).",
        "en": "git now diffs and merges {count} plans with smart ({path}).",
    },
    "git.setup_done.one": {
        "da": "git viser og fletter nu planen med smart ({path}).",
        "en": "git now diffs and merges the plan with smart ({path}).",
    },
    "git.setup_all": {
        "da": "git viser og fletter nu alle planer her med smart, også dem, der kommer til eller skifter navn senere ({count} planer nu; {path}). Andre YAML-filer viser og fletter git, som det plejer.",
        "en": "git now diffs and merges every plan here with smart, also those added or renamed later ({count} plans now; {path}). Other YAML files git diffs and merges as it always does.",
    },
    "git.setup_all.one": {
        "da": "git viser og fletter nu alle planer her med smart, også dem, der kommer til eller skifter navn senere (1 plan nu; {path}). Andre YAML-filer viser og fletter git, som det plejer.",
        "en": "git now diffs and merges every plan here with smart, also those added or renamed later (1 plan now; {path}). Other YAML files git diffs and merges as it always does.",
    },
    "git.ignore_locks": {
        "da": "{path}: {pattern} tilføjet, så smarts låsefiler ved siden af planerne aldrig kommer med i et commit.",
        "en": "{path}: {pattern} added, so smart's lock files beside the plans are never committed.",
    },
    "textconv.usage": {
        "da": "Brug: python -m smartcli.vcs.textconv FIL (git kører den for at vise en plan i git diff).",
        "en": "Usage: python -m smartcli.vcs.textconv FILE (git runs it to show a plan in git diff).",
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

"""Words of the overview of many plans (``smart status DIR``) and of ``smart site``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "overview.title": {"da": "{count} planer, status pr. {date}", "en": "{count} plans, as of {date}"},
    "overview.title.one": {"da": "1 plan, status pr. {date}", "en": "1 plan, as of {date}"},
    "overview.col.plan": {"da": "Plan", "en": "Plan"},
    "overview.col.period": {"da": "Periode", "en": "Period"},
    "overview.col.complete": {"da": "Udfyldt", "en": "Complete"},
    "overview.col.objectives": {"da": "Målsætninger", "en": "Objectives"},
    "overview.col.measurement": {"da": "Næste måling", "en": "Next measurement"},
    "overview.col.review": {"da": "Næste evaluering", "en": "Next review"},
    "overview.col.findings": {"da": "Fund", "en": "Findings"},
    "overview.short.objectives": {"da": "Målsætninger", "en": "Objectives"},
    "overview.short.next": {"da": "Næste", "en": "Next"},
    "overview.short.complete": {"da": "Udfyldt", "en": "Done"},
    "overview.next.measurement": {"da": "måling", "en": "measure"},
    "overview.next.review": {"da": "evaluering", "en": "review"},
    "overview.unreadable_short": {
        "da": "kan ikke læses: smart check {path}",
        "en": "can't be read: smart check {path}",
    },
    "overview.state.reached": {"da": "{n} nået", "en": "{n} reached"},
    "overview.state.on_track": {"da": "{n} i rute", "en": "{n} on track"},
    "overview.state.behind": {"da": "{n} bagud", "en": "{n} behind"},
    "overview.state.no_data": {"da": "{n} uden målinger", "en": "{n} without data"},
    "overview.no_objectives": {"da": "ingen endnu", "en": "none yet"},
    "overview.due": {"da": "tid nu", "en": "due"},
    "overview.overdue": {"da": "overskredet", "en": "overdue"},
    "overview.unreadable": {"da": "kan ikke læses: {reason}", "en": "can't be read: {reason}"},
    "overview.none": {"da": "Der er ingen planer i {paths}.", "en": "There are no plans in {paths}."},
    "overview.bad_format": {
        "da": "'{value}' er ikke et format for overblikket. Vælg text, md eller json.",
        "en": "'{value}' is not a format for the overview. Choose text, md or json.",
    },
    "overview.reading": {"da": "Læser planer", "en": "Reading plans"},
    "site.written": {
        "da": "Siden er skrevet i {out} (planer bygget: {built}, uændrede: {kept}, fjernet: {removed}). Åbn {index}",
        "en": "The site is written in {out} (plans built: {built}, unchanged: {kept}, removed: {removed}). Open {index}",
    },
    "site.not_a_site": {
        "da": "{out} er ikke tom og er ikke en side, smart har bygget. Vælg en tom mappe eller en ny.",
        "en": "{out} is not empty and is not a site smart built. Choose an empty folder or a new one.",
    },
    "site.out_is_file": {"da": "{out} er en fil, ikke en mappe.", "en": "{out} is a file, not a folder."},
    "site.inside_source": {
        "da": "Siden kan ikke bygges inde i en af planmapperne ({out}); vælg en mappe ved siden af.",
        "en": "The site can't be built inside one of the plan folders ({out}); choose a folder beside them.",
    },
    "site.title": {"da": "Marketingplaner", "en": "Marketing plans"},
    "site.report": {"da": "Rapport", "en": "Report"},
    "site.history": {"da": "Historik", "en": "History"},
    "site.made": {"da": "Lavet med {generator}.", "en": "Made with {generator}."},
    "site.back": {"da": "Alle planer", "en": "All plans"},
    "site.commit": {"da": "Commit", "en": "Commit"},
    "site.when": {"da": "Hvornår", "en": "When"},
    "site.who": {"da": "Hvem", "en": "Who"},
    "site.what": {"da": "Hvad der ændrede sig", "en": "What changed"},
}

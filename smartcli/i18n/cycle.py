"""Words of the living cycle: tracking measurements, reviews, the next cycle."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- tracking --------------------------------------------------------------------
    "track.unknown_objective": {
        "da": "Planen har ingen målsætning '{objective}' (den har: {known}).",
        "en": "The plan has no objective '{objective}' (it has: {known}).",
    },
    "track.duplicate": {
        "da": "{objective} har allerede en måling den {date} ({id}: {value}). Brug --replace for at erstatte den.",
        "en": "{objective} already has a measurement on {date} ({id}: {value}). Use --replace to overwrite it.",
    },
    "track.csv_columns": {
        "da": "rækken har {count} kolonner; der skal være mindst tre: målsætning, dato, værdi",
        "en": "the row has {count} columns; it needs at least three: objective, date, value",
    },
    "track.csv_duplicate": {
        "da": "samme målsætning og dato som linje {other}",
        "en": "the same objective and date as line {other}",
    },
    "track.imported": {
        "da": "{count} målinger er gemt i {path} (fra {source}, læst som {encoding}).",
        "en": "{count} measurements are saved in {path} (from {source}, read as {encoding}).",
    },
    "track.imported.one": {
        "da": "Én måling er gemt i {path} (fra {source}, læst som {encoding}).",
        "en": "One measurement is saved in {path} (from {source}, read as {encoding}).",
    },
    "track.csv_encoding": {
        "da": "{path} er hverken UTF-8 eller Windows-1252. Gem den som CSV (UTF-8) i jeres regneark, og prøv igen.",
        "en": "{path} is neither UTF-8 nor Windows-1252. Save it as CSV (UTF-8) in your spreadsheet and try again.",
    },
    "track.saved": {"da": "Målingen {id} er gemt i {path}.", "en": "Measurement {id} is saved in {path}."},
    "track.latest": {"da": "{value} den {date}", "en": "{value} on {date}"},
    "track.of_the_way": {"da": "{share} af vejen til målet", "en": "{share} of the way to the target"},
    "track.no_objectives": {
        "da": "{path} har ingen målsætninger at måle på endnu. Tilføj dem med: smart edit {path} -q objectives",
        "en": "{path} has no objectives to measure yet. Add them with: smart edit {path} -q objectives",
    },
    "track.pick": {
        "da": "Hvilken målsætning vil I registrere en måling for?",
        "en": "Which objective do you want to record a measurement for?",
    },
    "track.value": {"da": "Målt værdi ({unit})", "en": "Measured value ({unit})"},
    "track.needs_value": {
        "da": "--objective kræver også --value uden en terminal (eller brug --from-csv FIL).",
        "en": "--objective also needs --value without a terminal (or use --from-csv FILE).",
    },
    "status.reached": {"da": "nået", "en": "reached"},
    "status.on_pace": {"da": "i rute", "en": "on track"},
    "status.behind": {"da": "bagud", "en": "behind"},
    "status.overdue": {"da": "fristen er overskredet", "en": "overdue"},
    "status.no_data": {"da": "ingen målinger", "en": "no data"},
    "status.due.due": {"da": "tid til måling", "en": "measurement due"},
    "status.due.overdue": {"da": "måling forsinket", "en": "measurement overdue"},
    # --- reviews ---------------------------------------------------------------------
    "review.state": {"da": "Status pr. {date}", "en": "Status as of {date}"},
    "review.col.latest": {"da": "Seneste måling", "en": "Latest measurement"},
    "review.col.expected": {"da": "Forventet nu", "en": "Expected by now"},
    "review.no_objectives": {
        "da": "Planen har ingen målsætninger endnu; gennemgangen handler om læring og beslutninger.",
        "en": "The plan has no objectives yet; the review is about learnings and decisions.",
    },
    "review.notes": {
        "da": "Bemærkninger til målingerne siden sidst:",
        "en": "Notes on the measurements since last time:",
    },
    "review.started": {
        "da": "Gennemgang {id} er startet og gemmes i {path}, mens I svarer.",
        "en": "Review {id} has started and is saved in {path} as you answer.",
    },
    "review.add_decision": {"da": "Notér en beslutning?", "en": "Record a decision?"},
    "review.add_another": {"da": "Endnu en beslutning?", "en": "Another decision?"},
    "review.no_change": {"da": "Ændrer ikke planen", "en": "Does not change the plan"},
    "review.change_what": {
        "da": "Ændrer beslutningen en målsætning eller en aktivitet?",
        "en": "Does the decision change an objective or an activity?",
    },
    "review.change_field": {"da": "Hvad ændres ved {id}?", "en": "What changes in {id}?"},
    "review.apply_adjustment": {
        "da": "Skal en af jeres tilpasninger ændre planen nu?",
        "en": "Apply one of your adjustments to the plan now?",
    },
    "review.apply_another": {"da": "Endnu en tilpasning?", "en": "Another adjustment?"},
    "review.which_adjustment": {"da": "Hvilken tilpasning?", "en": "Which adjustment?"},
    "review.changed": {
        "da": "{id}: {field} ændret fra {before} til {after}.",
        "en": "{id}: {field} changed from {before} to {after}.",
    },
    "review.done": {
        "da": "Gennemgang {id} er gemt i {path} ({decisions}). Se den i rapporten: smart report {path}",
        "en": "Review {id} is saved in {path} ({decisions}). See it in the report: smart report {path}",
    },
    "review.decisions.none": {"da": "ingen beslutninger", "en": "no decisions"},
    "review.decisions.one": {"da": "1 beslutning", "en": "1 decision"},
    "review.decisions.many": {"da": "{count} beslutninger", "en": "{count} decisions"},
    # --- the next cycle --------------------------------------------------------------
    "next.written": {
        "da": "Den næste plan er skrevet: {path} (ud fra {old}, som er urørt).",
        "en": "The next plan is written: {path} (from {old}, which is untouched).",
    },
    "next.summary": {
        "da": "Målsætninger der fortsætter: {carried}. Lukket med deres endelige tal: {closed}.",
        "en": "Objectives carried over: {carried}. Closed with their final figures: {closed}.",
    },
    "next.revise": {
        "da": "Gennemgå situationen, der er ført med over: smart edit {path} --phase situation",
        "en": "Revise the situation that was carried over: smart edit {path} --phase situation",
    },
    "next.bad_period": {
        "da": "Skriv perioden som START:SLUT, fx 2028-01-01:2028-12-31.",
        "en": "Write the period as START:END, e.g. 2028-01-01:2028-12-31.",
    },
    "next.period_out_of_range": {
        "da": "Den næste periode ville slutte efter år {high}, og så langt frem regner smart ikke. Angiv jeres periode med --period START:SLUT.",
        "en": "The next period would end after the year {high}, further ahead than smart reckons. Give your period with --period START:END.",
    },
    "next.needs_new_plan": {
        "da": "Angiv filen til den nye plan: smart next [PLAN] NY_PLAN (uden PLAN: plan.yaml).",
        "en": "Name the file for the new plan: smart next [PLAN] NEW_PLAN (without PLAN: plan.yaml).",
    },
}

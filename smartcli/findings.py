"""The findings ``smart check`` can report: stable codes, severities, and what each says in both languages.

Codes never change meaning once released, so a plan can silence one
(``ignore_checks: [SM202]``) and CI can rely on it. ``SM0xx`` are problems
with the file itself, ``SM1xx`` with objectives, ``SM2xx`` with the plan's
consistency, ``SM3xx`` with its completeness.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from smartcli.model import Text

Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
"""In ascending order: ``--fail-on warning`` fails on warnings and errors."""


@dataclass(frozen=True)
class Rule:
    """One kind of finding: its code, severity, message and fix (``{name}`` marks a value)."""

    code: str
    severity: Severity
    message: Text
    fix: Text


def _rule(code: str, severity: Severity, message: tuple[str, str], fix: tuple[str, str]) -> Rule:
    return Rule(code, severity, Text(*message), Text(*fix))


_EDIT = ("smart edit {file} -q {question}", "smart edit {file} -q {question}")

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # --- the file -----------------------------------------------------------------------
        _rule("SM001", "error", ("{detail}", "{detail}"),
              ("Ret YAML-syntaksen på den angivne linje; planen kan ikke læses, før den er gyldig.",
               "Fix the YAML syntax at that line; the plan can't be read until it is valid.")),
        _rule("SM002", "error", ("{detail}", "{detail}"),
              ("Skriv værdien ud i stedet for aliaser og mærker; smart læser kun almindelig YAML.",
               "Write the value out instead of aliases and tags; smart reads plain YAML only.")),
        _rule("SM003", "error", ("{detail}", "{detail}"),
              ("Start planen med smart new, eller opdatér smart, hvis planen er nyere.",
               "Start the plan with smart new, or upgrade smart if the plan is newer.")),
        _rule("SM004", "error", ("{detail}", "{detail}"),
              ("Ret værdien, eller besvar spørgsmålet igen: smart edit {file}.",
               "Correct the value, or answer the question again: smart edit {file}.")),
        _rule("SM005", "error", ("{detail}", "{detail}"),
              ("Giv hver post sit eget id med det rigtige bogstav, fx O3.",
               "Give each record its own id with the right letters, e.g. O3.")),
        _rule("SM006", "error", ("{detail}", "{detail}"),
              ("Henvis kun til id'er, der findes i planen, eller opret posten først.",
               "Refer only to ids that exist in the plan, or create the record first.")),
        _rule("SM007", "error", ("ukendt spørgsmål '{key}' i fasen", "unknown question '{key}' in this phase"),
              ("Ret navnet{suggestion}, eller fjern det.", "Correct the name{suggestion}, or remove it.")),
        _rule("SM008", "warning", ("ukendt nøgle '{key}' (bevares, men bruges ikke)",
                                   "unknown key '{key}' (kept, but not used)"),
              ("Fjern nøglen, hvis den er en fejl; en nyere udgave af smart kan kende den.",
               "Remove the key if it is a mistake; a newer version of smart may know it.")),
        _rule("SM010", "error", ("flettekonflikt i {path}: vores udgave {ours}, deres {theirs}",
                                 "merge conflict at {path}: ours {ours}, theirs {theirs}"),
              ("Sæt den rigtige værdi (smart edit {file}), og slet så punktet under merge_conflicts i filen.",
               "Set the right value (smart edit {file}), then delete the entry under merge_conflicts in the file.")),
        _rule("SM011", "info", ("planen bruger skemaversion {found}; den skrives som version {known}, næste gang den ændres",
                                "the plan uses schema version {found}; it is written as version {known} when next changed"),
              ("Intet at gøre: smart læser den gamle udgave; commit den nye sammen med din næste ændring.",
               "Nothing to do: smart reads the old version; commit the new one with your next change.")),
        _rule("SM009", "warning", ("'{value}' i ignore_checks er ikke en kode som SM104 eller SM104:O2",
                                   "'{value}' in ignore_checks is not a code like SM104 or SM104:O2"),
              ("Skriv koden, eventuelt med id'et på posten: SM207:O4.",
               "Write the code, optionally with the record's id: SM207:O4.")),
        # --- objectives ---------------------------------------------------------------------
        _rule("SM101", "error", ("{id} siger ikke, hvad der måles (intet »måles på«)",
                                 "{id} does not say what is measured (no metric)"),
              ("Angiv hvad der måles, fx »Webshopordrer pr. måned«: " + _EDIT[0],
               "Say what is measured, e.g. “Web shop orders per month”: " + _EDIT[1])),
        _rule("SM102", "error", ("{id} har intet mål at nå (target)", "{id} has no target to reach"),
              ("Sæt et tal som mål: " + _EDIT[0], "Set a number as its target: " + _EDIT[1])),
        _rule("SM103", "warning", ("{id} har intet udgangspunkt, så fremskridt kan ikke beregnes",
                                   "{id} has no baseline, so progress can't be computed"),
              ("Skriv hvor I står i dag (baseline): " + _EDIT[0],
               "Write where you stand today (baseline): " + _EDIT[1])),
        _rule("SM104", "error", ("{id} har ingen frist og er ikke tidsbestemt", "{id} has no deadline: it is not time-bound"),
              ("Sæt en frist inden for planperioden: " + _EDIT[0], "Set a deadline within the plan period: " + _EDIT[1])),
        _rule("SM105", "error", ("{id} har frist {deadline}, uden for planperioden {start} – {end}",
                                 "{id} is due {deadline}, outside the plan period {start} – {end}"),
              ("Flyt fristen ind i perioden, eller ret perioden: " + _EDIT[0],
               "Move the deadline into the period, or change the period: " + _EDIT[1])),
        _rule("SM106", "error", ("{id} har samme mål som udgangspunkt ({value}); der er intet at nå",
                                 "{id} has the same target as baseline ({value}); there is nothing to reach"),
              ("Ret målet eller udgangspunktet: " + _EDIT[0], "Correct the target or the baseline: " + _EDIT[1])),
        _rule("SM107", "warning", ("{id}s frist {deadline} er passeret, uden en måling fra fristen",
                                   "{id}'s deadline {deadline} has passed without a measurement at the deadline"),
              ("Registrér den endelige måling, så planen viser, om målet blev nået.",
               "Record the final measurement, so the plan shows whether it was reached.")),
        _rule("SM108", "info", ("{id}s formulering nævner intet tal", "{id}'s statement names no number"),
              ("Skriv målet ind i sætningen, fx »30 % flere ordrer«: " + _EDIT[0],
               "Put the target in the sentence, e.g. “30 % more orders”: " + _EDIT[1])),
        _rule("SM109", "info", ("{id}s formulering nævner ingen tid", "{id}'s statement names no time"),
              ("Skriv fristen ind i sætningen, fx »inden 1. juli«: " + _EDIT[0],
               "Put the deadline in the sentence, e.g. “by 1 July”: " + _EDIT[1])),
        _rule("SM110", "error", ("planen har ingen målsætninger", "the plan has no objectives"),
              ("Tilføj mindst én målbar, tidsbestemt målsætning: " + _EDIT[0],
               "Add at least one measurable, time-bound objective: " + _EDIT[1])),
        # --- consistency --------------------------------------------------------------------
        _rule("SM201", "error", ("kanalernes budgetter ({allocated}) er større end det samlede budget ({total})",
                                 "the channel budgets ({allocated}) exceed the total budget ({total})"),
              ("Skær ned på kanalerne, eller hæv det samlede budget: smart edit {file} -q channel_plan",
               "Cut the channels, or raise the total budget: smart edit {file} -q channel_plan")),
        _rule("SM202", "info", ("kanalerne får {share} af budgettet; {rest} er ikke fordelt",
                                "the channels get {share} of the budget; {rest} is not allocated"),
              ("Fordel resten, eller skriv i budgetnoterne hvad den er til: smart edit {file} -q budget_notes",
               "Allocate the rest, or say in the budget notes what it is for: smart edit {file} -q budget_notes")),
        _rule("SM203", "warning", ("aktiviteten {id} har ingen ansvarlig", "activity {id} has no owner"),
              ("Skriv hvem der gør det: " + _EDIT[0], "Say who does it: " + _EDIT[1])),
        _rule("SM204", "warning", ("aktiviteten {id} mangler {missing}", "activity {id} lacks {missing}"),
              ("Giv den start- og slutdato, så den kommer med i tidsplanen: " + _EDIT[0],
               "Give it a start and an end date, so it is in the timeline: " + _EDIT[1])),
        _rule("SM205", "error", ("aktiviteten {id} slutter ({end}) før den starter ({start})",
                                 "activity {id} ends ({end}) before it starts ({start})"),
              ("Ret datoerne: " + _EDIT[0], "Correct the dates: " + _EDIT[1])),
        _rule("SM206", "warning", ("aktiviteten {id} ligger uden for planperioden {start} – {end}",
                                   "activity {id} falls outside the plan period {start} – {end}"),
              ("Flyt den ind i perioden, eller ret perioden: " + _EDIT[0],
               "Move it into the period, or change the period: " + _EDIT[1])),
        _rule("SM207", "warning", ("ingen aktivitet eller kanal arbejder hen imod {id}",
                                   "no activity or channel works towards {id}"),
              ("Knyt en aktivitet eller kanal til målsætningen: smart edit {file} -q activities",
               "Link an activity or a channel to the objective: smart edit {file} -q activities")),
        _rule("SM208", "warning", ("der er ingen rapporteringskadence, så {id} følges ikke op",
                                   "there is no reporting cadence, so {id} is not followed up"),
              ("Vælg hvor ofte der rapporteres: smart edit {file} -q cadence",
               "Choose how often you report: smart edit {file} -q cadence")),
        _rule("SM209", "warning", ("målsætningernes budgetter ({allocated}) er større end det samlede budget ({total})",
                                   "the objectives' budgets ({allocated}) exceed the total budget ({total})"),
              ("Ret budgetterne, så de passer: smart edit {file} -q objectives",
               "Correct the budgets so they fit: smart edit {file} -q objectives")),
        # --- completeness -------------------------------------------------------------------
        _rule("SM301", "error", ("det krævede spørgsmål '{question}' er ikke besvaret",
                                 "the required question '{question}' is not answered"),
              ("Besvar det: " + _EDIT[0], "Answer it: " + _EDIT[1])),
        _rule("SM302", "info", ("{count} spørgsmål er ikke besvaret: {questions}",
                                "{count} questions are not answered: {questions}"),
              ("Besvar resten: smart resume {file}", "Answer the rest: smart resume {file}")),
        _rule("SM303", "error", ("{id} mangler feltet '{field}'", "{id} lacks the field '{field}'"),
              ("Udfyld feltet: " + _EDIT[0], "Fill in the field: " + _EDIT[1])),
    )
}  # fmt: skip

LOAD_PROBLEM_CODES: dict[str, str] = {
    "yaml.syntax": "SM001", "yaml.not_utf8": "SM001", "yaml.multiple_documents": "SM001",
    "yaml.duplicate_key": "SM001", "yaml.key_not_text": "SM001",
    "yaml.alias": "SM002", "yaml.tag": "SM002", "yaml.too_deep": "SM002",
    "schema.not_a_plan": "SM003", "schema.version_invalid": "SM003", "schema.version_newer": "SM003",
    "schema.record_id": "SM005", "schema.duplicate_id": "SM005",
    "schema.unknown_ref": "SM006",
}  # fmt: skip
"""Which code a problem found while loading the plan is reported as (anything else: SM004)."""

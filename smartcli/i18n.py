"""The two languages: which one a command speaks, and every message it says in both."""

from __future__ import annotations

import os
from contextvars import ContextVar
from typing import Any, Literal, get_args

Lang = Literal["da", "en"]
LANGUAGES: tuple[Lang, ...] = get_args(Lang)
LANGUAGE_NAMES: dict[Lang, str] = {"da": "Dansk", "en": "English"}


ACTIVE_LANG: ContextVar[Lang | None] = ContextVar("ACTIVE_LANG", default=None)
"""The language the running command speaks, once it knows (set when a plan is opened)."""


def is_lang(value: object) -> bool:
    """Whether `value` names a language `smart` speaks."""
    return value in LANGUAGES


def resolve_lang(option: str | None = None, plan_lang: str | None = None) -> Lang:
    """The language to speak: ``--lang``, then the plan's, then ``SMART_LANG``, then the locale."""
    for candidate in (option, plan_lang, os.environ.get("SMART_LANG")):
        if candidate in LANGUAGES:
            return candidate
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def tn(lang: Lang, key: str, count: int, /, **params: Any) -> str:
    """Message `key` for `count` things: ``key.one`` when there is one and the catalogue has it."""
    one = f"{key}.one"
    return t(lang, one if count == 1 and one in MESSAGES else key, count=count, **params)


def t(lang: Lang, key: str, /, **params: Any) -> str:
    """The message `key` in `lang`, with `params` filled in."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in the catalogue") from None
    text = entry[lang]
    return text.format(**params) if params else text


# Every sentence the tool itself says, in both languages side by side, so that
# neither can drift away from the other. Question texts live in questions/.
MESSAGES: dict[str, dict[Lang, str]] = {
    # --- errors and file problems -------------------------------------------------
    "error.prefix": {"da": "Fejl", "en": "Error"},
    "error.plan_invalid": {
        "da": "Planen {path} kan ikke indlæses ({count} fejl). Filen er ikke ændret.",
        "en": "The plan {path} can't be loaded ({count} problems). The file was not changed.",
    },
    "error.answers_invalid": {
        "da": "Svarfilen {path} kan ikke bruges ({count} fejl). Intet er skrevet.",
        "en": "The answers file {path} can't be used ({count} problems). Nothing was written.",
    },
    "error.import_invalid": {
        "da": "Målingerne i {path} kan ikke importeres ({count} fejl). Intet er importeret.",
        "en": "The measurements in {path} can't be imported ({count} problems). Nothing was imported.",
    },
    "error.questions_invalid": {
        "da": "Spørgsmålsfilen {path} er ugyldig ({count} fejl).",
        "en": "The question file {path} is not valid ({count} problems).",
    },
    "error.plan_exists": {
        "da": "{path} findes allerede. Fortsæt med: smart resume {path}  ·  ret svar: smart edit {path}",
        "en": "{path} already exists. Continue it: smart resume {path}  ·  change answers: smart edit {path}",
    },
    "error.plan_missing": {
        "da": "Planen {path} findes ikke. Start en ny med: smart new {path}",
        "en": "The plan {path} does not exist. Start one with: smart new {path}",
    },
    "error.file_missing": {
        "da": "Filen {path} findes ikke.",
        "en": "The file {path} does not exist.",
    },
    "error.file_unreadable": {
        "da": "Filen {path} kan ikke læses: {reason}",
        "en": "The file {path} can't be read: {reason}",
    },
    "error.write_failed": {
        "da": "Kunne ikke gemme {path}: {reason}. Den sidst gemte udgave er urørt.",
        "en": "Could not save {path}: {reason}. The last saved version is untouched.",
    },
    "error.not_interactive": {
        "da": "smart {command} skal bruge en terminal til spørgsmålene.{hint}",
        "en": "smart {command} needs a terminal to ask its questions.{hint}",
    },
    "hint.no_terminal.new": {
        "da": " Uden terminal: smart new PLAN --from FIL --no-input.",
        "en": " Without one: smart new PLAN --from FILE --no-input.",
    },
    "hint.no_terminal.track": {
        "da": " Uden terminal: --objective O1 --value 175, eller --from-csv FIL.",
        "en": " Without one: --objective O1 --value 175, or --from-csv FILE.",
    },
    "hint.no_terminal.other": {
        "da": " Kør den i en terminal; smart check og smart report virker uden.",
        "en": " Run it in a terminal; smart check and smart report work without one.",
    },
    "error.no_input_needs_from": {
        "da": "--no-input kræver --from FIL med mindst virksomhedens navn (company).",
        "en": "--no-input needs --from FILE with at least the company's name (company).",
    },
    "error.company_missing": {
        "da": "Svarfilen {path} mangler virksomhedens navn (company), som en plan skal have.",
        "en": "The answers file {path} lacks the company's name (company), which a plan needs.",
    },
    "error.unknown_phase": {
        "da": "Ukendt fase '{phase}'. Vælg en af: {choices}",
        "en": "Unknown phase '{phase}'. Choose one of: {choices}",
    },
    "error.unknown_question": {
        "da": "Ukendt spørgsmål '{question}'. Spørgsmålene hedder fx: {examples}",
        "en": "Unknown question '{question}'. Question ids are, for example: {examples}",
    },
    "error.bad_lang": {
        "da": "Ukendt sprog '{lang}'. Brug da eller en.",
        "en": "Unknown language '{lang}'. Use da or en.",
    },
    "error.changed_on_disk": {
        "da": "{path} er blevet ændret af et andet program, mens du svarede. Dine svar er gemt i {side}; den anden udgave er urørt.",
        "en": "{path} was changed by another program while you were answering. Your answers are saved in {side}; the other version is untouched.",
    },
    "error.internal": {
        "da": "Intern fejl i smart ({kind}: {detail}). Alt, der blev svaret, er gemt. "
        "Kør igen med SMART_DEBUG=1 for detaljer, og rapportér fejlen.",
        "en": "Internal error in smart ({kind}: {detail}). Everything answered is saved. "
        "Run again with SMART_DEBUG=1 for details, and please report it.",
    },
    "error.template": {
        "da": "Skabelonen fejler i {where}: {reason}",
        "en": "The template fails at {where}: {reason}",
    },
    "report.written": {"da": "Rapporten er skrevet: {path}", "en": "The report is written: {path}"},
    "lock.busy": {
        "da": "{path} er åben i en anden smart ({command}, proces {pid}, siden {since}). Vent, til den er færdig.",
        "en": "{path} is open in another smart ({command}, process {pid}, since {since}). Wait until it has finished.",
    },
    "lock.stale": {
        "da": "Bemærk: en gammel lås på {path} fra en smart, der ikke kører længere, er fjernet.",
        "en": "Note: a stale lock on {path}, left by a smart that no longer runs, was removed.",
    },
    "disk.changed": {
        "da": "{path} er blevet ændret af et andet program, siden du åbnede den (fx git pull eller en editor).",
        "en": "{path} was changed by another program since you opened it (a git pull or an editor, say).",
    },
    "disk.question": {"da": "Hvad skal der ske?", "en": "What should happen?"},
    "disk.merge": {
        "da": "Flet mit svar ind i deres udgave, og fortsæt",
        "en": "Merge my answer into their version, and go on",
    },
    "disk.theirs": {
        "da": "Behold deres udgave og fortsæt (mit svar gemmes i {side})",
        "en": "Keep their version and go on (my answer is saved in {side})",
    },
    "disk.stop": {
        "da": "Stop her (min udgave gemmes i {side})",
        "en": "Stop here (my version is saved in {side})",
    },
    "warning.comments_dropped": {
        "da": "Bemærk: {path} indeholder YAML-kommentarer (#). De bliver ikke bevaret, når planen gemmes næste gang.",
        "en": "Note: {path} holds YAML comments (#). They will not be kept when the plan is next saved.",
    },
    "interrupt.saved": {
        "da": "Afbrudt. Alle dine svar er gemt i {path}. Fortsæt med: smart resume {path}",
        "en": "Interrupted. Every answer you gave is saved in {path}. Continue with: smart resume {path}",
    },
    "interrupt.nothing_saved": {
        "da": "Afbrudt, før planen blev oprettet. Intet er gemt.",
        "en": "Interrupted before the plan was created. Nothing was saved.",
    },
    # --- YAML and schema problems ---------------------------------------------------
    "yaml.syntax": {"da": "YAML-syntaksfejl: {reason}", "en": "YAML syntax error: {reason}"},
    "yaml.not_utf8": {
        "da": "filen er ikke gyldig UTF-8 (byte {position})",
        "en": "the file is not valid UTF-8 (byte {position})",
    },
    "yaml.alias": {
        "da": "YAML-aliaser (*navn) er ikke tilladt; skriv værdien ud",
        "en": "YAML aliases (*name) are not allowed; write the value out",
    },
    "yaml.tag": {
        "da": "YAML-mærket {tag} er ikke tilladt",
        "en": "the YAML tag {tag} is not allowed",
    },
    "yaml.too_deep": {
        "da": "filen er indlejret for dybt (over {limit} niveauer)",
        "en": "the file is nested too deeply (over {limit} levels)",
    },
    "yaml.multiple_documents": {
        "da": "filen indeholder flere YAML-dokumenter; kun ét er tilladt",
        "en": "the file holds several YAML documents; only one is allowed",
    },
    "yaml.duplicate_key": {
        "da": "nøglen '{key}' står to gange",
        "en": "the key '{key}' appears twice",
    },
    "yaml.key_not_text": {"da": "nøgler skal være tekst", "en": "keys must be text"},
    "schema.expected_mapping": {
        "da": "her skal stå en samling af nøgler og værdier",
        "en": "expected a mapping of keys to values here",
    },
    "schema.expected_list": {"da": "her skal stå en liste", "en": "expected a list here"},
    "schema.expected_text": {"da": "her skal stå en tekst", "en": "expected text here"},
    "schema.expected_scalar": {
        "da": "her skal stå én værdi, ikke en liste eller samling",
        "en": "expected a single value here, not a list or mapping",
    },
    "schema.missing": {"da": "mangler", "en": "missing"},
    "schema.empty": {"da": "må ikke være tom", "en": "must not be empty"},
    "schema.unknown_key": {
        "da": "ukendt nøgle '{key}' (kendte: {known})",
        "en": "unknown key '{key}' (known: {known})",
    },
    "schema.not_a_plan": {
        "da": "filen er ikke en smart-plan (nøglen smart_plan mangler)",
        "en": "the file is not a smart plan (the key smart_plan is missing)",
    },
    "schema.version_newer": {
        "da": "planen har skemaversion {found}, men denne udgave af smart kender kun op til {known}. Opdatér smart; filen er ikke ændret.",
        "en": "the plan has schema version {found}, but this version of smart knows up to {known}. Upgrade smart; the file was not changed.",
    },
    "schema.version_invalid": {
        "da": "skemaversionen skal være et helt tal, fx 1",
        "en": "the schema version must be a whole number, e.g. 1",
    },
    "schema.bad_language": {
        "da": "sproget skal være da eller en, ikke '{value}'",
        "en": "the language must be da or en, not '{value}'",
    },
    "schema.period_order": {
        "da": "periodens slut ({end}) ligger før dens start ({start})",
        "en": "the period's end ({end}) is before its start ({start})",
    },
    "schema.record_id": {
        "da": "id'et skal se ud som {example} (bogstaverne {prefix} og et tal)",
        "en": "the id must look like {example} (the letters {prefix} and a number)",
    },
    "schema.duplicate_id": {
        "da": "id'et {id} bruges af mere end én post",
        "en": "the id {id} is used by more than one record",
    },
    "schema.unknown_choice": {
        "da": "'{value}' er ikke et af valgene: {choices}",
        "en": "'{value}' is not one of the choices: {choices}",
    },
    "schema.unknown_ref": {
        "da": "'{value}' henviser ikke til en eksisterende post (kendte: {known})",
        "en": "'{value}' does not refer to an existing record (known: {known})",
    },
    "schema.bad_type": {
        "da": "ukendt spørgsmålstype '{value}' (kendte: {known})",
        "en": "unknown question type '{value}' (known: {known})",
    },
    "schema.duplicate_question": {
        "da": "spørgsmålet '{id}' findes allerede ({other})",
        "en": "the question '{id}' already exists ({other})",
    },
    "schema.bad_identifier": {
        "da": "'{value}' er ikke et gyldigt id (små bogstaver, tal og _)",
        "en": "'{value}' is not a valid id (lower-case letters, digits and _)",
    },
    "schema.bad_prefix": {
        "da": "id_prefix skal være store bogstaver, fx O",
        "en": "id_prefix must be capital letters, e.g. O",
    },
    "schema.needs_choices": {
        "da": "typen {type} kræver choices",
        "en": "the type {type} needs choices",
    },
    "schema.needs_fields": {
        "da": "typen records kræver fields og id_prefix",
        "en": "the type records needs fields and id_prefix",
    },
    "schema.bad_when": {
        "da": "when henviser til '{question}', som ikke er et tidligere spørgsmål",
        "en": "when refers to '{question}', which is not an earlier question",
    },
    "schema.bad_ref_target": {
        "da": "ref henviser til '{question}', som ikke er et records-spørgsmål",
        "en": "ref refers to '{question}', which is not a records question",
    },
    "schema.bad_bound": {
        "da": "'{value}' er ikke en gyldig grænse (brug period.start, period.end eller et datofelt)",
        "en": "'{value}' is not a valid bound (use period.start, period.end or a date field)",
    },
    "schema.bad_cover": {
        "da": "'{value}' er ikke et punkt i modellen (S1–S9, M1–M4, A1–A16, R1–R5, T1–T4)",
        "en": "'{value}' is not a point of the model (S1–S9, M1–M4, A1–A16, R1–R5, T1–T4)",
    },
    "schema.bad_phase": {
        "da": "fasen skal være en af {known}",
        "en": "the phase must be one of {known}",
    },
    "schema.item_article": {
        "da": "item skal have sin artikel med: da 'en kanal'/'et værktøj', en 'a channel'/'an activity'",
        "en": "item must include its article: da 'en kanal'/'et værktøj', en 'a channel'/'an activity'",
    },
    "schema.bad_flag": {"da": "skal være true eller false", "en": "must be true or false"},
    # --- typed values ---------------------------------------------------------------
    "value.required": {"da": "Dette svar skal udfyldes.", "en": "This answer is required."},
    "value.number": {
        "da": "Skriv et tal, fx 1.250.000,50 eller 12,5.",
        "en": "Enter a number, e.g. 1,250,000.50 or 12.5.",
    },
    "value.number_min": {
        "da": "Tallet skal være mindst {min}.",
        "en": "The number must be at least {min}.",
    },
    "value.number_max": {
        "da": "Tallet må højst være {max}.",
        "en": "The number must be at most {max}.",
    },
    "value.date": {
        "da": "Skriv en dato, fx 31-03-2027, 31.3.2027 eller 2027-03-31.",
        "en": "Enter a date, e.g. 2027-03-31, 31/03/2027 or 31 March 2027.",
    },
    "value.date_min": {
        "da": "Datoen skal være {date} eller senere ({what}).",
        "en": "The date must be {date} or later ({what}).",
    },
    "value.date_max": {
        "da": "Datoen skal være {date} eller tidligere ({what}).",
        "en": "The date must be {date} or earlier ({what}).",
    },
    "value.yes_no": {"da": "Svar ja eller nej.", "en": "Answer yes or no."},
    "value.not_equal": {
        "da": "Målet skal være forskelligt fra {field} ({value}); ellers er der intet at nå.",
        "en": "The target must differ from the {field} ({value}); otherwise there is nothing to reach.",
    },
    "value.list": {
        "da": "her skal stå en liste af korte tekster",
        "en": "expected a list of short texts here",
    },
    "value.records": {
        "da": "her skal stå en liste af poster",
        "en": "expected a list of records here",
    },
    "value.one_line": {
        "da": "Et kort svar på én linje, tak.",
        "en": "A short answer on one line, please.",
    },
    "bound.period.start": {"da": "planens start", "en": "the plan's start"},
    "bound.period.end": {"da": "planens slut", "en": "the plan's end"},
    "bound.field": {"da": "feltet {field}", "en": "the field {field}"},
    # --- the interview --------------------------------------------------------------
    "ask.language": {"da": "Sprog / Language", "en": "Sprog / Language"},
    "ask.company": {"da": "Virksomhedens navn", "en": "The company's name"},
    "ask.title": {"da": "Planens titel", "en": "The plan's title"},
    "ask.title_default": {"da": "Marketingplan {year}", "en": "Marketing plan {year}"},
    "ask.period_start": {"da": "Planperiodens start", "en": "The plan period's start"},
    "ask.period_end": {"da": "Planperiodens slut", "en": "The plan period's end"},
    "ask.currency": {"da": "Valuta", "en": "Currency"},
    "ask.meta_intro": {
        "da": "Først lidt om planen. Svarene gemmes i {path}, så snart du giver dem.",
        "en": "First, a little about the plan. Answers are saved in {path} the moment you give them.",
    },
    "ask.created": {"da": "Planen er oprettet: {path}", "en": "The plan is created: {path}"},
    "ask.answer": {"da": "Svar", "en": "Answer"},
    "ask.choose": {"da": "Vælg", "en": "Choose"},
    "ask.choose_many": {"da": "Vælg en eller flere", "en": "Choose one or more"},
    "ask.yes_no_message": {"da": "Ja eller nej", "en": "Yes or no"},
    "ask.help": {"da": "Hjælp", "en": "Help"},
    "ask.example": {"da": "Eksempel", "en": "Example"},
    "ask.optional": {"da": "Enter springer over", "en": "Enter skips"},
    "ask.long_text_hint": {
        "da": "Enter gemmer · Ctrl-X Ctrl-E åbner din editor",
        "en": "Enter saves · Ctrl-X Ctrl-E opens your editor",
    },
    "ask.multi_hint": {
        "da": "mellemrum vælger, Enter gemmer",
        "en": "space selects, Enter saves",
    },
    "ask.list_item": {"da": "{item} {n}", "en": "{item} {n}"},
    "ask.list_hint": {
        "da": "én ad gangen · tom linje afslutter",
        "en": "one at a time · an empty line finishes",
    },
    "ask.list_edit_hint": {
        "da": "ret teksten, eller slet den for at fjerne punktet",
        "en": "change the text, or clear it to remove the item",
    },
    "ask.record_add_first": {"da": "Tilføj {item}?", "en": "Add {item}?"},
    "ask.record_add_more": {"da": "Tilføj {item} mere?", "en": "Add another {noun}?"},
    "ask.record_heading": {"da": "{item} {id}", "en": "{item} {id}"},
    "ask.record_action": {"da": "{id} {summary}", "en": "{id} {summary}"},
    "ask.record_keep": {"da": "Behold", "en": "Keep"},
    "ask.record_change": {"da": "Ret", "en": "Change"},
    "ask.record_remove": {"da": "Slet", "en": "Remove"},
    "ask.record_removed": {"da": "{id} er slettet.", "en": "{id} is removed."},
    "ask.records_count": {
        "da": "{count} registreret: {ids}",
        "en": "{count} recorded: {ids}",
    },
    "ask.yes": {"da": "Ja", "en": "Yes"},
    "ask.no": {"da": "Nej", "en": "No"},
    "ask.interpreted": {"da": "læst som {value}", "en": "read as {value}"},
    "ask.warn_statement_number": {
        "da": "Bemærk: målsætningen nævner intet tal. En god målsætning kan måles, fx »20 % mere omsætning«.",
        "en": "Note: the objective names no number. A good objective is measurable, e.g. “20 % more revenue”.",
    },
    "ask.warn_statement_time": {
        "da": "Bemærk: målsætningen nævner ingen tid. En god målsætning har en frist, fx »inden udgangen af 1. kvartal«.",
        "en": "Note: the objective names no time. A good objective has a deadline, e.g. “by the end of Q1”.",
    },
    "flow.phase_heading": {
        "da": "Fase {number} af {total} · {title}",
        "en": "Phase {number} of {total} · {title}",
    },
    "flow.position": {
        "da": "Fase {number} af {total} · {title} · spørgsmål {index} af {count}",
        "en": "Phase {number} of {total} · {title} · question {index} of {count}",
    },
    "flow.resuming": {
        "da": "Fortsætter {path} ved fase {number} af {total} ({title}), spørgsmål {index} af {count}.",
        "en": "Resuming {path} at phase {number} of {total} ({title}), question {index} of {count}.",
    },
    "flow.all_answered": {
        "da": "Alle spørgsmål i {path} er besvaret.",
        "en": "Every question in {path} is answered.",
    },
    "flow.continue": {
        "da": "Fase {number} er gemt. Fortsæt til fase {next_number}: {next_title}?",
        "en": "Phase {number} is saved. Go on to phase {next_number}: {next_title}?",
    },
    "flow.stopped": {
        "da": "Stoppet efter fase {number}. Alt er gemt i {path}. Fortsæt senere med: smart resume {path}",
        "en": "Stopped after phase {number}. Everything is saved in {path}. Continue later with: smart resume {path}",
    },
    "flow.summary_title": {"da": "Status for {path}", "en": "Status of {path}"},
    "flow.summary_phase": {"da": "Fase", "en": "Phase"},
    "flow.summary_answered": {"da": "Besvaret", "en": "Answered"},
    "flow.summary_open": {"da": "Åbne punkter", "en": "Open points"},
    "flow.summary_none": {"da": "ingen", "en": "none"},
    "flow.next_report": {
        "da": "Næste skridt: smart report {path} -o rapport.md",
        "en": "Next step: smart report {path} -o report.md",
    },
    "flow.next_edit": {
        "da": "Ret et svar: smart edit {path} --question ID",
        "en": "Change an answer: smart edit {path} --question ID",
    },
    "flow.next_resume": {
        "da": "Besvar resten: smart resume {path}",
        "en": "Answer the rest: smart resume {path}",
    },
    "flow.unanswered_title": {
        "da": "Ubesvaret ({count}):",
        "en": "Unanswered ({count}):",
    },
    "flow.written": {"da": "Planen er skrevet: {path}", "en": "The plan is written: {path}"},
    "flow.nothing_changed": {
        "da": "Intet ændret i {path}.",
        "en": "Nothing changed in {path}.",
    },
    "edit.pick_phase": {"da": "Hvad vil du rette?", "en": "What do you want to change?"},
    "edit.pick_question": {"da": "Vælg et spørgsmål", "en": "Choose a question"},
    "edit.meta": {
        "da": "Om planen (virksomhed, titel, periode)",
        "en": "About the plan (company, title, period)",
    },
    "edit.back": {"da": "← Tilbage", "en": "← Back"},
    "edit.done": {"da": "Færdig", "en": "Done"},
    "edit.unanswered": {"da": "ubesvaret", "en": "unanswered"},
    "edit.skipped": {"da": "sprunget over", "en": "skipped"},
    "edit.not_applicable": {
        "da": "{question} bruges kun, når {depends} har et bestemt svar; det har det ikke nu.",
        "en": "{question} only applies when {depends} has a certain answer; it does not now.",
    },
    "edit.saved": {"da": "Gemt i {path}.", "en": "Saved in {path}."},
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
        "da": "{count} målinger er gemt i {path}.",
        "en": "{count} measurements are saved in {path}.",
    },
    "track.saved": {"da": "Målingen {id} er gemt i {path}.", "en": "Measurement {id} is saved in {path}."},
    "track.latest": {"da": "{value} den {date}", "en": "{value} on {date}"},
    "track.of_the_way": {"da": "{share} af vejen til målet", "en": "{share} of the way to the target"},
    "track.no_objectives": {
        "da": "{path} har ingen målsætninger at måle på endnu. Tilføj dem med: smart edit {path} -q objectives",
        "en": "{path} has no objectives to measure yet. Add them with: smart edit {path} -q objectives",
    },
    "track.pick": {"da": "Hvilken målsætning har du målt?", "en": "Which objective did you measure?"},
    "track.value": {"da": "Målt værdi ({unit})", "en": "Measured value ({unit})"},
    "track.needs_value": {
        "da": "--objective kræver også --value uden en terminal (eller brug --from-csv FIL).",
        "en": "--objective also needs --value without a terminal (or use --from-csv FILE).",
    },
    "status.reached": {"da": "nået", "en": "reached"},
    "status.on_pace": {"da": "på sporet", "en": "on pace"},
    "status.behind": {"da": "bagud", "en": "behind"},
    "status.overdue": {"da": "fristen er overskredet", "en": "overdue"},
    "status.no_data": {"da": "ingen målinger", "en": "no data"},
    "status.due.due": {"da": "måling forfalden", "en": "measurement due"},
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
        "da": "Gennemgang {id} er startet og gemmes i {path}, mens du svarer.",
        "en": "Review {id} has started and is saved in {path} as you answer.",
    },
    "review.add_decision": {"da": "Vil du notere en beslutning?", "en": "Do you want to record a decision?"},
    "review.add_another": {"da": "Endnu en beslutning?", "en": "Another decision?"},
    "review.no_change": {"da": "Ændrer ikke planen", "en": "Does not change the plan"},
    "review.change_what": {
        "da": "Ændrer beslutningen en målsætning eller en aktivitet?",
        "en": "Does the decision change an objective or an activity?",
    },
    "review.change_field": {"da": "Hvad ændres ved {id}?", "en": "What changes in {id}?"},
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
    # --- check and status ------------------------------------------------------------
    "check.group_plan": {"da": "Planen", "en": "The plan"},
    "check.count.error": {"da": "{n} fejl", "en": "{n} errors"},
    "check.count.warning": {"da": "{n} advarsler", "en": "{n} warnings"},
    "check.count.info": {"da": "{n} bemærkninger", "en": "{n} notes"},
    "check.count.error.one": {"da": "{n} fejl", "en": "{n} error"},
    "check.count.warning.one": {"da": "{n} advarsel", "en": "{n} warning"},
    "check.count.info.one": {"da": "{n} bemærkning", "en": "{n} note"},
    "check.clean": {"da": "ingen fund", "en": "no findings"},
    "check.no_plans": {
        "da": "ingen planer her (YAML-filer med nøglen smart_plan)",
        "en": "no plans here (YAML files with the key smart_plan)",
    },
    "check.summary": {
        "da": "{plans} planer tjekket: {counts}.",
        "en": "{plans} plans checked: {counts}.",
    },
    "check.bad_severity": {
        "da": "Ukendt alvorlighed '{value}'. Brug error, warning eller info.",
        "en": "Unknown severity '{value}'. Use error, warning or info.",
    },
    "check.bad_format": {
        "da": "Ukendt format '{value}'. Brug text eller json.",
        "en": "Unknown format '{value}'. Use text or json.",
    },
    "status.completeness": {"da": "Udfyldt", "en": "Completed"},
    "status.objectives": {"da": "Målsætninger", "en": "Objectives"},
    "status.col.id": {"da": "ID", "en": "ID"},
    "status.col.objective": {"da": "Målsætning", "en": "Objective"},
    "status.col.deadline": {"da": "Frist", "en": "Deadline"},
    "status.col.days_left": {"da": "Dage tilbage", "en": "Days left"},
    "status.col.progress": {"da": "Fremskridt", "en": "Progress"},
    "status.col.status": {"da": "Status", "en": "Status"},
    "status.col.next": {"da": "Næste måling", "en": "Next measurement"},
    "status.days_over": {"da": "{days} dage over", "en": "{days} days over"},
    "status.findings": {"da": "Tjek", "en": "Check"},
    "status.more": {
        "da": "Alle fund og hvordan de rettes: smart check {path}",
        "en": "Every finding and how to fix it: smart check {path}",
    },
}

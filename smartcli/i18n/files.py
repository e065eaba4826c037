"""Words for reading and writing files: errors, YAML and schema problems, typed values."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- errors and file problems -------------------------------------------------
    "error.prefix": {"da": "Fejl", "en": "Error"},
    "error.plan_invalid": {
        "da": "Planen {path} kan ikke indlæses ({count} fejl). Filen er ikke ændret.",
        "en": "The plan {path} can't be loaded ({count} problems). The file was not changed.",
    },
    "error.plan_invalid.one": {
        "da": "Planen {path} kan ikke indlæses (1 fejl). Filen er ikke ændret.",
        "en": "The plan {path} can't be loaded (1 problem). The file was not changed.",
    },
    "error.answers_invalid": {
        "da": "Svarfilen {path} kan ikke bruges ({count} fejl). Intet er skrevet.",
        "en": "The answers file {path} can't be used ({count} problems). Nothing was written.",
    },
    "error.answers_invalid.one": {
        "da": "Svarfilen {path} kan ikke bruges (1 fejl). Intet er skrevet.",
        "en": "The answers file {path} can't be used (1 problem). Nothing was written.",
    },
    "error.import_invalid": {
        "da": "Målingerne i {path} kan ikke importeres ({count} fejl). Intet er importeret.",
        "en": "The measurements in {path} can't be imported ({count} problems). Nothing was imported.",
    },
    "error.import_invalid.one": {
        "da": "Målingerne i {path} kan ikke importeres (1 fejl). Intet er importeret.",
        "en": "The measurements in {path} can't be imported (1 problem). Nothing was imported.",
    },
    "error.questions_invalid": {
        "da": "Spørgsmålsfilen {path} er ugyldig ({count} fejl).",
        "en": "The question file {path} is not valid ({count} problems).",
    },
    "error.questions_invalid.one": {
        "da": "Spørgsmålsfilen {path} er ugyldig (1 fejl).",
        "en": "The question file {path} is not valid (1 problem).",
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
        "da": "Ukendt spørgsmål '{question}'. Spørgsmålene hedder fx: {examples} (alle: smart questions)",
        "en": "Unknown question '{question}'. Question ids are, for example: {examples} (all: smart questions)",
    },
    "error.unknown_question_suggest": {
        "da": "Ukendt spørgsmål '{question}'. Mente I {suggestion}? (alle spørgsmål: smart questions)",
        "en": "Unknown question '{question}'. Did you mean {suggestion}? (every question: smart questions)",
    },
    "error.unknown_phase_suggest": {
        "da": "Ukendt fase '{phase}'. Mente I {suggestion}? Faserne: {choices}",
        "en": "Unknown phase '{phase}'. Did you mean {suggestion}? The phases: {choices}",
    },
    "error.bad_lang": {
        "da": "Ukendt sprog '{lang}'. Brug da eller en.",
        "en": "Unknown language '{lang}'. Use da or en.",
    },
    "error.changed_on_disk": {
        "da": "{path} er blevet ændret af et andet program, mens I svarede. Jeres svar er gemt i {side}; den anden udgave er urørt.",
        "en": "{path} was changed by another program while you were answering. Your answers are saved in {side}; the other version is untouched.",
    },
    "error.internal": {
        "da": "Intern fejl i smart ({kind}: {detail}). Alt, der blev svaret, er gemt. "
        "Kør igen med SMART_DEBUG=1 for detaljer, og rapportér fejlen.",
        "en": "Internal error in smart ({kind}: {detail}). Everything answered is saved. "
        "Run again with SMART_DEBUG=1 for details, and please report it.",
    },
    "lock.busy": {
        "da": "{path} er åben i en anden smart ({command}, proces {pid} på {host}, siden {since}). "
        "Vent, til den er færdig: dens lås, {lock}, frigives, så snart den slutter.",
        "en": "{path} is open in another smart ({command}, process {pid} on {host}, since {since}). "
        "Wait until it has finished: its lock, {lock}, is freed the moment it ends.",
    },
    "error.lock_failed": {
        "da": "Kunne ikke låse {path}: låsefilen {lock} kan ikke skrives ({reason}). Intet er ændret.",
        "en": "Could not lock {path}: the lock file {lock} can't be written ({reason}). Nothing was changed.",
    },
    "error.plan_read_only": {
        "da": "{path} er skrivebeskyttet, så smart lader den være. "
        "Må den ændres, så gør den skrivbar først (chmod u+w {path}).",
        "en": "{path} is write-protected, so smart leaves it as it is. "
        "If it may be changed, make it writable first (chmod u+w {path}).",
    },
    "error.folder_failed": {
        "da": "Kunne ikke oprette mappen {path}: {reason}. Intet er skrevet.",
        "en": "Could not make the folder {path}: {reason}. Nothing was written.",
    },
    "note.folder_made": {
        "da": "Mappen {path} er oprettet til planen.",
        "en": "Made the folder {path} for the plan.",
    },
    "disk.changed": {
        "da": "{path} er blevet ændret af et andet program, siden I åbnede den (fx git pull eller en editor).",
        "en": "{path} was changed by another program since you opened it (a git pull or an editor, say).",
    },
    "disk.question": {"da": "Hvad skal der ske?", "en": "What should happen?"},
    "disk.merge": {
        "da": "Flet svaret herfra ind i den anden udgave, og fortsæt",
        "en": "Merge my answer into their version, and go on",
    },
    "disk.theirs": {
        "da": "Behold den anden udgave, og fortsæt (svaret herfra gemmes i {side})",
        "en": "Keep their version and go on (my answer is saved in {side})",
    },
    "disk.stop": {
        "da": "Stop her (udgaven herfra gemmes i {side})",
        "en": "Stop here (my version is saved in {side})",
    },
    "warning.comments_dropped": {
        "da": "Bemærk: {path} indeholder YAML-kommentarer (#). De bliver ikke bevaret, når planen gemmes næste gang.",
        "en": "Note: {path} holds YAML comments (#). They will not be kept when the plan is next saved.",
    },
    "interrupt.saved": {
        "da": "Afbrudt. Alle jeres svar er gemt i {path}. Fortsæt med: smart resume {path}",
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
    "schema.unknown_key_suggest": {
        "da": "ukendt nøgle '{key}' – mente I '{suggestion}'?",
        "en": "unknown key '{key}': did you mean '{suggestion}'?",
    },
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
    "schema.quick_field": {
        "da": "quick gælder hele spørgsmål, ikke et felt i en post",
        "en": "quick applies to whole questions, not to a field of a record",
    },
    "schema.quick_when": {
        "da": "spørgsmålet er med i den korte vej (quick), men det afhænger af '{question}', som ikke er med i den",
        "en": "the question is on the short route (quick), but it depends on '{question}', which is not on it",
    },
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
        "da": "Måltallet skal være forskelligt fra {field} ({value}); ellers er der intet at nå.",
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
    # --- smart schema: the JSON Schema's own words -------------------------------------
    "schema.doc.title": {"da": "En SMART-marketingplan (smart)", "en": "A SMART marketing plan (smart)"},
    "schema.doc.smart_plan": {
        "da": "Planfilens skemaversion; smart skriver den selv.",
        "en": "The plan file's schema version; smart writes it.",
    },
    "schema.doc.period": {
        "da": "Planperioden; datoer skrives som ÅÅÅÅ-MM-DD.",
        "en": "The plan period; dates are written as YYYY-MM-DD.",
    },
    "schema.doc.updated": {
        "da": "Hvornår et svar sidst blev ændret; smart skriver den selv.",
        "en": "When an answer last changed; smart writes it.",
    },
    "schema.doc.ignore_checks": {
        "da": "Fund fra smart check, planen tier om: en kode (SM202) eller en kode for én post (SM207:O4).",
        "en": "Findings of smart check the plan silences: a code (SM202) or a code for one record (SM207:O4).",
    },
    "schema.doc.origin": {
        "da": "Den plan, denne blev startet fra (smart next).",
        "en": "The plan this one was started from (smart next).",
    },
    "schema.doc.merge_conflicts": {
        "da": "Værdier, en fletning ikke kunne afgøre; ret dem, og slet punkterne.",
        "en": "Values a merge could not settle; correct them, then delete the entries.",
    },
    "schema.doc.record_id": {
        "da": "Postens faste id, fx {example}; smart giver det.",
        "en": "The record's stable id, e.g. {example}; smart gives it.",
    },
    "schema.doc.when": {
        "da": "Stilles kun, når {question} er {value}.",
        "en": "Asked only when {question} is {value}.",
    },
    "bound.period.start": {"da": "planens start", "en": "the plan's start"},
    "bound.period.end": {"da": "planens slut", "en": "the plan's end"},
    "bound.field": {"da": "feltet {field}", "en": "the field {field}"},
}

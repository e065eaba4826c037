"""Words of the interview: asking, answering, resuming and editing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "interrupt.side_file": {
        "da": "Afbrudt. {path} blev ændret af et andet program, så jeres seneste svar er gemt i {side}; {path} er urørt.",
        "en": "Interrupted. {path} was changed by another program, so your latest answers are saved in {side}; {path} is untouched.",
    },
    # --- the interview --------------------------------------------------------------
    "ask.language": {"da": "Sprog / Language", "en": "Sprog / Language"},
    "ask.company": {"da": "Virksomhedens navn", "en": "The company's name"},
    "ask.title": {"da": "Planens titel", "en": "The plan's title"},
    "ask.title_default": {"da": "Marketingplan {year}", "en": "Marketing plan {year}"},
    "ask.period_start": {"da": "Planperiodens start", "en": "The plan period's start"},
    "ask.period_end": {"da": "Planperiodens slut", "en": "The plan period's end"},
    "ask.currency": {"da": "Valuta", "en": "Currency"},
    "ask.currency_other": {"da": "En anden valuta …", "en": "Another currency …"},
    "ask.currency_code": {
        "da": "Valutakode (ISO 4217, tre store bogstaver, fx ISK)",
        "en": "Currency code (ISO 4217, three capital letters, e.g. ISK)",
    },
    "value.date_after": {
        "da": "Datoen skal ligge efter {what} ({date}).",
        "en": "The date must come after {what} ({date}).",
    },
    "ask.meta_intro": {
        "da": "Først lidt om planen. Svarene gemmes i {path}, så snart I giver dem.",
        "en": "First, a little about the plan. Answers are saved in {path} the moment you give them.",
    },
    "ask.created": {"da": "Planen er oprettet: {path}", "en": "The plan is created: {path}"},
    "ask.answer": {"da": "Svar", "en": "Answer"},
    "ask.choose": {"da": "Vælg", "en": "Choose"},
    "ask.choose_many": {"da": "Vælg én eller flere", "en": "Choose one or more"},
    "ask.yes_no_message": {"da": "Ja eller nej", "en": "Yes or no"},
    "ask.help": {"da": "Hjælp", "en": "Help"},
    "ask.example": {"da": "Eksempel", "en": "Example"},
    "ask.optional": {"da": "Enter springer over", "en": "Enter skips"},
    "ask.long_text_hint": {
        "da": "Enter gemmer · Ctrl-X Ctrl-E åbner en editor",
        "en": "Enter saves · Ctrl-X Ctrl-E opens your editor",
    },
    "ask.back_hint": {"da": "Shift-Tab går tilbage", "en": "Shift-Tab goes back"},
    "ask.nothing_before": {
        "da": "Der er ikke noget spørgsmål før dette.",
        "en": "There is no question before this one.",
    },
    "ask.editor_opening": {
        "da": "Åbner {editor}. Gem og luk den for at vende tilbage til spørgsmålet; lukker I uden at gemme, er svaret som før.",
        "en": "Opening {editor}. Save and close it to return to the question; close it without saving to keep the answer as it was.",
    },
    "ask.editor_failed": {
        "da": "Editoren {editor} kunne ikke startes ({reason}). Sæt $EDITOR til en editor, der findes.",
        "en": "The editor {editor} could not be started ({reason}). Set $EDITOR to an editor that exists.",
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
    "ask.list_so_far": {
        "da": "{count} indtil nu: {items}",
        "en": "{count} so far: {items}",
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
    "flow.meta_missing": {
        "da": "{path} mangler stadig et par oplysninger om planen; de kommer først.",
        "en": "{path} still lacks some details about the plan; those come first.",
    },
    "flow.continuing": {
        "da": "Først resten af det spørgsmål, I stoppede i: {question}",
        "en": "First the rest of the question you stopped in: {question}",
    },
    "flow.offer_skipped": {
        "da": "{count} spørgsmål blev sprunget over. Vil I besvare dem nu?",
        "en": "{count} questions were skipped. Answer them now?",
    },
    "flow.offer_skipped.one": {
        "da": "Ét spørgsmål blev sprunget over. Vil I besvare det nu?",
        "en": "One question was skipped. Answer it now?",
    },
    "flow.resuming": {
        "da": "Fortsætter {path} ved fase {number} af {total} ({title}), spørgsmål {index} af {count}.",
        "en": "Resuming {path} at phase {number} of {total} ({title}), question {index} of {count}.",
    },
    "flow.quick_answered": {
        "da": "Den korte vej i {path} er allerede gået. Resten tager: smart resume {path}",
        "en": "The short route of {path} is already done. The rest: smart resume {path}",
    },
    "flow.quick_done": {
        "da": "Den korte vej er gået: planen har det, en kort plan og dens rapport skal bruge. {count} spørgsmål står åbne til senere.",
        "en": "The short route is done: the plan has what a short plan and its report need. {count} questions are left for later.",
    },
    "error.quick_no_input": {
        "da": "--quick vælger, hvilke spørgsmål der stilles, og kan ikke bruges sammen med --no-input.",
        "en": "--quick chooses which questions are asked and can't be combined with --no-input.",
    },
    "flow.review_later": {
        "da": "{count} spørgsmål om, hvad I har nået og lært ({ids}), venter, til planen er i gang: smart review {path} stiller dem.",
        "en": "{count} questions on what you reached and learned ({ids}) wait until the plan is running: smart review {path} asks them.",
    },
    "flow.review_later.one": {
        "da": "Ét spørgsmål om, hvad I har nået og lært ({ids}), venter, til planen er i gang: smart review {path} stiller det.",
        "en": "One question on what you reached and learned ({ids}) waits until the plan is running: smart review {path} asks it.",
    },
    "flow.all_answered_now": {
        "da": "Alle spørgsmål i {path}, der kan besvares nu, er besvaret.",
        "en": "Every question in {path} that can be answered now is answered.",
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
    "flow.example_written": {
        "da": "Eksempelplanen for Bageriet Hvede er skrevet: {path}",
        "en": "The sample plan of Bageriet Hvede is written: {path}",
    },
    "flow.example_next": {
        "da": "Prøv: smart status {path} · smart report {path} · smart check {path} · smart edit {path}",
        "en": "Try: smart status {path} · smart report {path} · smart check {path} · smart edit {path}",
    },
    "error.example_alone": {
        "da": "--example skriver eksempelplanen og kan ikke bruges sammen med --from, --no-input eller --quick.",
        "en": "--example writes the sample plan and can't be combined with --from, --no-input or --quick.",
    },
    "flow.nothing_changed": {
        "da": "Intet ændret i {path}.",
        "en": "Nothing changed in {path}.",
    },
    # --- smart questions: the ids, and a blank questionnaire --------------------------
    "questions.bad_format": {
        "da": "Ukendt format '{value}'. Brug {formats}.",
        "en": "Unknown format '{value}'. Use {formats}.",
    },
    "questions.phase": {"da": "{number}. {title} ({id})", "en": "{number}. {title} ({id})"},
    "questions.when": {"da": "kun når {question} er {value}", "en": "only when {question} is {value}"},
    "questions.fields": {"da": "felter: {fields}", "en": "fields: {fields}"},
    "questions.hint": {
        "da": "Ret et svar: smart edit PLAN -q ID · en hel fase: smart edit PLAN --phase NR · til en workshop: smart questions --format md",
        "en": "Change an answer: smart edit PLAN -q ID · a whole phase: smart edit PLAN --phase NO · for a workshop: smart questions --format md",
    },
    "questions.title": {
        "da": "Spørgeskema til jeres marketingplan (SMART)",
        "en": "Questionnaire for your marketing plan (SMART)",
    },
    "questions.intro": {
        "da": "Skriv jeres svar under hvert spørgsmål; spring over, hvad I ikke ved endnu. Koden under hvert spørgsmål (fx current_strategy) er det, smart edit -q tager, når svarene skal ind i planen.",
        "en": "Write your answers under each question; leave out what you don't know yet. The code under each question (e.g. current_strategy) is what smart edit -q takes when the answers go into the plan.",
    },
    "questions.about_plan": {"da": "Om planen", "en": "About the plan"},
    "questions.period": {"da": "Planperiode (fra – til)", "en": "Plan period (from – to)"},
    "questions.required": {"da": "skal besvares", "en": "required"},
    "questions.more_records": {
        "da": "Flere? Skriv dem på et ekstra ark.",
        "en": "More? Write them on an extra sheet.",
    },
    "questions.choose_many": {"da": "Sæt kryds ved alle, der passer.", "en": "Tick every one that applies."},
    "questions.date": {"da": "(dato, fx 31-03-2027)", "en": "(date, e.g. 31 March 2027)"},
    "questions.amount": {"da": "(beløb)", "en": "(amount)"},
    "questions.ref": {"da": "(id'er fra {ref}, fx O1)", "en": "(ids from {ref}, e.g. O1)"},
    "edit.pick_phase": {"da": "Hvad skal rettes?", "en": "What do you want to change?"},
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
}

"""The command line's help: every command, argument and option, in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "help.app": {
        "da": "Før en virksomhed gennem SMART-modellen for markedsføring: Situation, Målsætning, Agenda, Rapportering og Tilpasning. Planen gemmes som YAML (god i git), og rapporten skrives i Markdown.",
        "en": "Guide a business through the SMART marketing strategy model: Situation, Objectives (Målsætning), Agenda, Reporting (Rapportering) and Adaptation (Tilpasning). The plan is kept as YAML (at home in git), the report is written in Markdown.",
    },
    "help.new": {
        "da": "Start en ny plan: sprog, virksomhed, titel og periode, derefter de fem faser. Hvert svar gemmes med det samme.",
        "en": "Start a new plan: language, company, title and period, then the five phases. Every answer is saved the moment it is given.",
    },
    "help.quick": {
        "da": "Den korte vej: kun de cirka 15 kernespørgsmål, der giver en kort plan og en rapport (situationen kort, SWOT, målsætninger, kanaler, aktiviteter, opfølgning). Resten kan I besvare senere med smart resume.",
        "en": "The short route: only the 15 or so core questions a short plan and its report need (the situation in brief, SWOT, objectives, channels, activities, follow-up). Answer the rest later with smart resume.",
    },
    "help.resume_quick": {
        "da": "Fortsæt kun den korte vej (de spørgsmål, smart new --quick stiller); uden --quick stilles alle åbne spørgsmål.",
        "en": "Continue only the short route (the questions smart new --quick asks); without --quick every open question is asked.",
    },
    "help.resume": {
        "da": "Fortsæt en plan ved det første ubesvarede spørgsmål.",
        "en": "Continue a plan at the first question not yet answered.",
    },
    "help.edit": {
        "da": "Ret svar i en plan, med de gamle svar som standard.",
        "en": "Change answers in a plan, with the old answers as defaults.",
    },
    "help.plan": {"da": "Planfilen (YAML).", "en": "The plan file (YAML)."},
    "help.lang": {
        "da": "Sprog: da eller en (ellers planens sprog, SMART_LANG eller systemets).",
        "en": "Language: da or en (otherwise the plan's, SMART_LANG, or the system's).",
    },
    "help.from": {
        "da": "Tag svar fra en (delvis) plan eller svarfil, og spørg kun om resten.",
        "en": "Take answers from a (partial) plan or answers file and ask only the rest.",
    },
    "help.no_input": {
        "da": "Spørg ikke om noget: skriv planen ud fra --from, og list det ubesvarede.",
        "en": "Ask nothing: write the plan from --from and list what is unanswered.",
    },
    "help.phase": {
        "da": "Gå alle spørgsmål i én fase igennem (1-5, situation, målsætning, ...).",
        "en": "Go through every question of one phase (1-5, situation, objectives, ...).",
    },
    "help.question": {
        "da": "Ret ét spørgsmål, ud fra dets id (fx competitors).",
        "en": "Change one question, by its id (e.g. competitors).",
    },
    "help.version": {"da": "Vis versionen og afslut.", "en": "Show the version and exit."},
    "help.report": {
        "da": "Skriv marketingplanen som rapport: Markdown (standard), HTML, PDF eller Word. Til en fil med -o (formatet følger af filens endelse), ellers til terminalen.",
        "en": "Write the strategy report: Markdown (the default), HTML, PDF or Word. To a file with -o (the format follows its suffix), otherwise to the terminal.",
    },
    "help.report_format": {
        "da": "md, html, pdf eller docx (standard: ud fra -o's endelse, ellers md).",
        "en": "md, html, pdf or docx (default: from -o's suffix, else md).",
    },
    "help.output": {"da": "Skriv rapporten til denne fil.", "en": "Write the report to this file."},
    "help.check": {
        "da": "Tjek planer: fejl i filen, målsætninger, der ikke er SMART, budgetter og datoer, der ikke hænger sammen, ubesvarede spørgsmål. Afslutter med 0 (rent), 1 (fund) eller 2 (kan ikke læses).",
        "en": "Check plans: problems in the file, objectives that are not SMART, budgets and dates that don't agree, unanswered questions. Exits 0 (clean), 1 (findings) or 2 (unreadable input).",
    },
    "help.paths": {
        "da": "Planfiler eller mapper, der gennemsøges for planer.",
        "en": "Plan files, or folders to search for plans.",
    },
    "help.format": {
        "da": "text, json eller github (annoteringer i GitHub Actions).",
        "en": "text, json or github (annotations in GitHub Actions).",
    },
    "help.complete": {
        "da": "Kræv en færdig plan: ubesvarede påkrævede spørgsmål er fejl, ikke udestående.",
        "en": "Require a finished plan: required questions not answered are errors, not to do.",
    },
    "help.fail_on": {
        "da": "Afslut med 1 ved fund af denne alvorlighed eller værre: error, warning, info eller todo.",
        "en": "Exit 1 on findings of this severity or worse: error, warning, info or todo.",
    },
    "help.skip_non_plans": {
        "da": "Spring YAML-filer over, der ikke er planer (til pre-commit).",
        "en": "Skip YAML files that are not plans (for pre-commit).",
    },
    "help.track": {
        "da": "Registrér en måling for en målsætning (Rapportering): spurgt ind, fra flag, eller mange fra en CSV-fil.",
        "en": "Record a measurement of an objective (Reporting): asked, from flags, or many from a CSV file.",
    },
    "help.objective": {"da": "Målsætningens id, fx O1.", "en": "The objective's id, e.g. O1."},
    "help.value": {"da": "Den målte værdi (12,5 eller 12.5).", "en": "The measured value (12.5 or 12,5)."},
    "help.date": {
        "da": "Målingens dato (standard: i dag).",
        "en": "The measurement's date (default: today).",
    },
    "help.note": {"da": "Hvad påvirkede tallet.", "en": "What influenced the number."},
    "help.confidence": {"da": "on_track, at_risk eller off_track.", "en": "on_track, at_risk or off_track."},
    "help.from_csv": {
        "da": "Importér målinger fra CSV: målsætning, dato, værdi[, note, vurdering]. Alt eller intet.",
        "en": "Import measurements from CSV: objective, date, value[, note, confidence]. All or nothing.",
    },
    "help.replace": {
        "da": "Erstat en måling, der allerede findes for samme målsætning og dato.",
        "en": "Overwrite a measurement that exists for the same objective and date.",
    },
    "help.review": {
        "da": "En guidet gennemgang (Tilpasning): status på målsætningerne, hvad I har lært, og beslutninger, der kan ændre planen. Gemmes som et dateret punkt i planens log.",
        "en": "A guided review (Adaptation): where the objectives stand, what you learned, and decisions that may change the plan. Kept as a dated entry in the plan's log.",
    },
    "help.next": {
        "da": "Start næste planperiode ud fra en plan: situationen føres med over, nåede målsætninger lukkes, åbne fortsætter. Den gamle plan ændres ikke.",
        "en": "Start the next planning cycle from a plan: the situation carries over, reached objectives are closed, open ones continue. The old plan is not changed.",
    },
    "help.new_plan": {"da": "Filen til den nye plan.", "en": "The file for the new plan."},
    "help.period": {
        "da": "Den nye periode som START:SLUT (standard: perioden efter den gamle).",
        "en": "The new period as START:END (default: the period after the old one).",
    },
    "help.abandon": {
        "da": "Målsætninger, der opgives i stedet for at fortsætte, fx O3,O4.",
        "en": "Objectives to abandon instead of carrying over, e.g. O3,O4.",
    },
    "help.diff": {
        "da": "Hvad der er ændret mellem to udgaver af en plan, i modellens ord. Udgaver er filer eller git-revisioner (main:plan.yaml, --rev HEAD~3).",
        "en": "What changed between two versions of a plan, in the model's words. Versions are files or git revisions (main:plan.yaml, --rev HEAD~3).",
    },
    "help.diff_old": {
        "da": "Den gamle udgave: en fil eller REV:STI (alene: den seneste commit mod filen).",
        "en": "The old version: a file or REV:PATH (alone: the last commit against the file).",
    },
    "help.diff_new": {
        "da": "Den nye udgave: en fil eller REV:STI.",
        "en": "The new version: a file or REV:PATH.",
    },
    "help.rev": {
        "da": "Sammenlign filen, som den var ved denne git-revision.",
        "en": "Compare the file as it was at this git revision.",
    },
    "help.diff_format": {
        "da": "text, md (til en pull request) eller json.",
        "en": "text, md (for a pull request) or json.",
    },
    "help.log": {
        "da": "Planens historik fra git: commit, dato, forfatter og hvad der ændrede sig i modellens ord.",
        "en": "The plan's history from git: commit, date, author and what changed in the model's words.",
    },
    "help.limit": {"da": "Højst så mange commits.", "en": "At most this many commits."},
    "help.textconv": {"da": "git textconv: planen som tekst.", "en": "git textconv: the plan as text."},
    "help.merge_driver": {"da": "git merge-driver for planer.", "en": "git merge driver for plans."},
    "help.git_setup": {
        "da": "Sæt git op til at vise og flette planer med smart (.gitattributes og git config).",
        "en": "Set git up to diff and merge plans with smart (.gitattributes and git config).",
    },
    "help.git_setup_plans": {
        "da": "Planfilerne (standard: alle YAML-filer, *.yaml og *.yml, så planer, der kommer til eller omdøbes senere, også er med).",
        "en": "The plan files (default: every YAML file, *.yaml and *.yml, so plans added or renamed later are covered too).",
    },
    "help.status": {
        "da": "Hvor en plan står: hvor meget er udfyldt, målsætningerne og deres frister, de vigtigste fund. Med mapper: én linje pr. plan, det, der kræver opmærksomhed, først.",
        "en": "Where a plan stands: how much is answered, the objectives and their deadlines, the top findings. With folders: one row per plan, what needs attention first.",
    },
    "help.status_paths": {
        "da": "En plan (standard: plan.yaml), eller planer og mapper, der gennemsøges for planer.",
        "en": "A plan (default: plan.yaml), or plans and folders to search for plans.",
    },
    "help.status_format": {
        "da": "text, md eller json (json har en dokumenteret, versioneret form).",
        "en": "text, md or json (json has a documented, versioned shape).",
    },
    "help.status_fail_on": {
        "da": "Afslut med 1, hvis en plan har fund af denne alvorlighed eller værre (todo, info, warning, error), eller ikke kan læses.",
        "en": "Exit 1 when a plan has findings of this severity or worse (todo, info, warning, error), or can't be read.",
    },
    "help.site": {
        "da": "Byg en statisk hjemmeside af alle planer under mapperne: et overblik og for hver plan dens rapport og historik fra git. Kun ændrede planer bygges igen.",
        "en": "Build a static site of every plan under the folders: an overview, and for each plan its report and its history from git. Only changed plans are built again.",
    },
    "help.site_paths": {
        "da": "Mapper (eller planfiler), der gennemsøges for planer.",
        "en": "Folders (or plan files) to search for plans.",
    },
    "help.site_out": {
        "da": "Mappen, siden skrives i (tom, ny eller en side, smart har bygget før).",
        "en": "The folder to write the site into (empty, new, or a site smart built before).",
    },
    "help.template": {
        "da": "Brug jeres egen Jinja-skabelon (kører i en sandkasse; se docs/templates.md).",
        "en": "Use your own Jinja template (runs in a sandbox; see docs/templates.md).",
    },
    # --- smart questions and smart schema ---------------------------------------------
    "help.questions": {
        "da": "Vis alle spørgsmål med deres id (det, smart edit -q tager), fase for fase; --format md giver et tomt spørgeskema til en workshop.",
        "en": "Show every question with its id (what smart edit -q takes), phase by phase; --format md gives a blank questionnaire for a workshop.",
    },
    "help.questions_format": {
        "da": "text (id'er og spørgsmål), md eller html (et spørgeskema at printe).",
        "en": "text (ids and questions), md or html (a questionnaire to print).",
    },
    "help.schema": {
        "da": "Skriv planfilens JSON Schema, så editorer (VS Code med YAML-udvidelsen) kan fuldføre og tjekke håndrettede planer.",
        "en": "Print the plan file's JSON Schema, so editors (VS Code with the YAML extension) complete and check plans edited by hand.",
    },
    "help.plan_of_next": {
        "da": "Planen, den næste cyklus starter fra (standard: plan.yaml, når kun den nye plan er angivet).",
        "en": "The plan the next cycle starts from (default: plan.yaml, when only the new plan is given).",
    },
    "help.example": {
        "da": "Skriv eksempelplanen (et bageri, på planens sprog) i stedet for at spørge, så I kan prøve alle kommandoer.",
        "en": "Write the sample plan (a bakery, in the chosen language) instead of asking, to try every command on.",
    },
}

"""Words of ``smart check`` and ``smart status``, and every finding's message and fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- check and status ------------------------------------------------------------
    "check.group_plan": {"da": "Planen", "en": "The plan"},
    "check.count.error": {"da": "{n} fejl", "en": "{n} errors"},
    "check.count.warning": {"da": "{n} advarsler", "en": "{n} warnings"},
    "check.count.info": {"da": "{n} bemærkninger", "en": "{n} notes"},
    "check.count.error.one": {"da": "{n} fejl", "en": "{n} error"},
    "check.count.warning.one": {"da": "{n} advarsel", "en": "{n} warning"},
    "check.count.info.one": {"da": "{n} bemærkning", "en": "{n} note"},
    "check.count.todo": {"da": "{n} udestående", "en": "{n} to do"},
    "check.count.todo.one": {"da": "{n} udestående", "en": "{n} to do"},
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
        "da": "Ukendt alvorlighed '{value}'. Brug error, warning, info eller todo.",
        "en": "Unknown severity '{value}'. Use error, warning, info or todo.",
    },
    "check.bad_format": {
        "da": "Ukendt format '{value}'. Brug text, json eller github.",
        "en": "Unknown format '{value}'. Use text, json or github.",
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
    "status.days_left": {"da": "om {count} dage", "en": "in {count} days"},
    "status.days_left.one": {"da": "i morgen", "en": "tomorrow"},
    "status.findings": {"da": "Tjek", "en": "Check"},
    "status.more": {
        "da": "Alle fund og hvordan de rettes: smart check {path}",
        "en": "Every finding and how to fix it: smart check {path}",
    },
    "check.missing_date.start": {"da": "startdato", "en": "a start date"},
    "check.missing_date.end": {"da": "slutdato", "en": "an end date"},
    "check.and": {"da": "{first} og {second}", "en": "{first} and {second}"},
    # --- findings: each code's message and its fix (see smartcli/check/findings.py) --------
    "finding.SM001": {"da": "{detail}", "en": "{detail}"},
    "finding.SM001.fix": {
        "da": "Ret YAML-syntaksen på den angivne linje; planen kan ikke læses, før den er gyldig.",
        "en": "Fix the YAML syntax at that line; the plan can't be read until it is valid.",
    },
    "finding.SM002": {"da": "{detail}", "en": "{detail}"},
    "finding.SM002.fix": {
        "da": "Skriv værdien ud i stedet for aliaser og mærker; smart læser kun almindelig YAML.",
        "en": "Write the value out instead of aliases and tags; smart reads plain YAML only.",
    },
    "finding.SM003": {"da": "{detail}", "en": "{detail}"},
    "finding.SM003.fix": {
        "da": "Start planen med smart new, eller opdatér smart, hvis planen er nyere.",
        "en": "Start the plan with smart new, or upgrade smart if the plan is newer.",
    },
    "finding.SM004": {"da": "{detail}", "en": "{detail}"},
    "finding.SM004.fix": {
        "da": "Ret værdien, eller besvar spørgsmålet igen: smart edit {file}.",
        "en": "Correct the value, or answer the question again: smart edit {file}.",
    },
    "finding.SM005": {"da": "{detail}", "en": "{detail}"},
    "finding.SM005.fix": {
        "da": "Giv hver post sit eget id med det rigtige bogstav, fx O3.",
        "en": "Give each record its own id with the right letters, e.g. O3.",
    },
    "finding.SM006": {"da": "{detail}", "en": "{detail}"},
    "finding.SM006.fix": {
        "da": "Henvis kun til id'er, der findes i planen, eller opret posten først.",
        "en": "Refer only to ids that exist in the plan, or create the record first.",
    },
    "finding.SM007": {
        "da": "ukendt spørgsmål '{key}' i fasen",
        "en": "unknown question '{key}' in this phase",
    },
    "finding.SM007.fix": {
        "da": "Ret navnet{suggestion}, eller fjern det.",
        "en": "Correct the name{suggestion}, or remove it.",
    },
    "finding.SM008": {
        "da": "ukendt nøgle '{key}' (bevares, men bruges ikke)",
        "en": "unknown key '{key}' (kept, but not used)",
    },
    "finding.SM008.fix": {
        "da": "Fjern nøglen, hvis den er en fejl; en nyere udgave af smart kan kende den.",
        "en": "Remove the key if it is a mistake; a newer version of smart may know it.",
    },
    "finding.SM010": {
        "da": "flettekonflikt i {path}: vores udgave {ours}, deres {theirs}",
        "en": "merge conflict at {path}: ours {ours}, theirs {theirs}",
    },
    "finding.SM010.fix": {
        "da": "Sæt den rigtige værdi (smart edit {file}), og slet så punktet under merge_conflicts i filen.",
        "en": "Set the right value (smart edit {file}), then delete the entry under merge_conflicts in the file.",
    },
    "finding.SM011": {
        "da": "planen bruger skemaversion {found}; den skrives som version {known}, næste gang den ændres",
        "en": "the plan uses schema version {found}; it is written as version {known} when next changed",
    },
    "finding.SM012": {
        "da": "git fletter ikke denne plan med smart: .gitattributes giver den ikke merge=smart (har den fået et nyt navn, siden I kørte smart git-setup?), så en fletning sker linje for linje",
        "en": "git does not merge this plan with smart: .gitattributes gives it no merge=smart (renamed since smart git-setup?), so a merge goes line by line",
    },
    "finding.SM012.fix": {
        "da": "Kør smart git-setup i repositoriet, og commit .gitattributes.",
        "en": "Run smart git-setup in the repository, and commit .gitattributes.",
    },
    "finding.SM011.fix": {
        "da": "Intet at gøre: smart læser den gamle udgave; commit den nye sammen med jeres næste ændring.",
        "en": "Nothing to do: smart reads the old version; commit the new one with your next change.",
    },
    "finding.SM009": {
        "da": "'{value}' i ignore_checks er ikke en kode som SM104 eller SM104:O2",
        "en": "'{value}' in ignore_checks is not a code like SM104 or SM104:O2",
    },
    "finding.SM009.fix": {
        "da": "Skriv koden, eventuelt med id'et på posten: SM207:O4.",
        "en": "Write the code, optionally with the record's id: SM207:O4.",
    },
    "finding.SM101": {
        "da": "{id} siger ikke, hvad der måles (intet »måles på«)",
        "en": "{id} does not say what is measured (no metric)",
    },
    "finding.SM101.fix": {
        "da": "Angiv, hvad der måles, fx »Webshopordrer pr. måned«: smart edit {file} -q {question}",
        "en": "Say what is measured, e.g. “Web shop orders per month”: smart edit {file} -q {question}",
    },
    "finding.SM102": {"da": "{id} har intet mål at nå (target)", "en": "{id} has no target to reach"},
    "finding.SM102.fix": {
        "da": "Sæt et tal som mål: smart edit {file} -q {question}",
        "en": "Set a number as its target: smart edit {file} -q {question}",
    },
    "finding.SM103": {
        "da": "{id} har intet udgangspunkt, så fremskridt kan ikke beregnes",
        "en": "{id} has no baseline, so progress can't be computed",
    },
    "finding.SM103.fix": {
        "da": "Skriv, hvor I står i dag, og hvornår det er målt; ved I det ikke endnu, så skriv »ukendt – måles første gang <dato>« under »Udgangspunktet er målt«: smart edit {file} -q {question}",
        "en": "Write where you stand today and when that was measured; if you don't know yet, write “unknown – measured first on <date>” under “Baseline measured”: smart edit {file} -q {question}",
    },
    "finding.SM104": {
        "da": "{id} har ingen frist og er ikke tidsbestemt",
        "en": "{id} has no deadline: it is not time-bound",
    },
    "finding.SM104.fix": {
        "da": "Sæt en frist inden for planperioden: smart edit {file} -q {question}",
        "en": "Set a deadline within the plan period: smart edit {file} -q {question}",
    },
    "finding.SM105": {
        "da": "{id} har frist {deadline}, uden for planperioden {start} – {end}",
        "en": "{id} is due {deadline}, outside the plan period {start} – {end}",
    },
    "finding.SM105.fix": {
        "da": "Flyt fristen ind i perioden, eller ret perioden: smart edit {file} -q {question}",
        "en": "Move the deadline into the period, or change the period: smart edit {file} -q {question}",
    },
    "finding.SM106": {
        "da": "{id} har samme mål som udgangspunkt ({value}); der er intet at nå",
        "en": "{id} has the same target as baseline ({value}); there is nothing to reach",
    },
    "finding.SM106.fix": {
        "da": "Ret målet eller udgangspunktet: smart edit {file} -q {question}",
        "en": "Correct the target or the baseline: smart edit {file} -q {question}",
    },
    "finding.SM107": {
        "da": "{id}s frist {deadline} er passeret, uden en måling fra fristen",
        "en": "{id}'s deadline {deadline} has passed without a measurement at the deadline",
    },
    "finding.SM107.fix": {
        "da": "Registrér den endelige måling, så planen viser, om målet blev nået.",
        "en": "Record the final measurement, so the plan shows whether it was reached.",
    },
    "finding.SM108": {"da": "{id}s formulering nævner intet tal", "en": "{id}'s statement names no number"},
    "finding.SM108.fix": {
        "da": "Skriv målet ind i sætningen, fx »30 % flere ordrer«: smart edit {file} -q {question}",
        "en": "Put the target in the sentence, e.g. “30 % more orders”: smart edit {file} -q {question}",
    },
    "finding.SM109": {"da": "{id}s formulering nævner ingen tid", "en": "{id}'s statement names no time"},
    "finding.SM109.fix": {
        "da": "Skriv fristen ind i sætningen, fx »inden 1. juli«: smart edit {file} -q {question}",
        "en": "Put the deadline in the sentence, e.g. “by 1 July”: smart edit {file} -q {question}",
    },
    "finding.SM110": {"da": "planen har ingen målsætninger", "en": "the plan has no objectives"},
    "finding.SM110.fix": {
        "da": "Tilføj mindst én målbar, tidsbestemt målsætning: smart edit {file} -q {question}",
        "en": "Add at least one measurable, time-bound objective: smart edit {file} -q {question}",
    },
    "finding.SM201": {
        "da": "kanalerne og de øvrige budgetposter fordeler {allocated}, mere end det samlede budget på {total}",
        "en": "the channels and the other budget lines allocate {allocated}, more than the total budget of {total}",
    },
    "finding.SM201.fix": {
        "da": "Skær ned på kanalerne eller budgetposterne, eller hæv det samlede budget: smart edit {file} -q channel_plan",
        "en": "Cut the channels or the budget lines, or raise the total budget: smart edit {file} -q channel_plan",
    },
    "finding.SM202": {
        "da": "kanalerne og budgetposterne fordeler {share} af budgettet; {rest} er ikke fordelt",
        "en": "the channels and budget lines allocate {share} of the budget; {rest} is not allocated",
    },
    "finding.SM202.fix": {
        "da": "Fordel resten, eller skriv den som en budgetpost (fx en reserve): smart edit {file} -q budget_lines",
        "en": "Allocate the rest, or enter it as a budget line (a reserve, say): smart edit {file} -q budget_lines",
    },
    "finding.SM203": {"da": "aktiviteten {id} har ingen ansvarlig", "en": "activity {id} has no owner"},
    "finding.SM203.fix": {
        "da": "Skriv, hvem der gør det: smart edit {file} -q {question}",
        "en": "Say who does it: smart edit {file} -q {question}",
    },
    "finding.SM204": {"da": "aktiviteten {id} mangler {missing}", "en": "activity {id} lacks {missing}"},
    "finding.SM204.fix": {
        "da": "Giv den start- og slutdato, så den kommer med i tidsplanen: smart edit {file} -q {question}",
        "en": "Give it a start and an end date, so it is in the timeline: smart edit {file} -q {question}",
    },
    "finding.SM205": {
        "da": "aktiviteten {id} slutter ({end}) før den starter ({start})",
        "en": "activity {id} ends ({end}) before it starts ({start})",
    },
    "finding.SM205.fix": {
        "da": "Ret datoerne: smart edit {file} -q {question}",
        "en": "Correct the dates: smart edit {file} -q {question}",
    },
    "finding.SM206": {
        "da": "aktiviteten {id} ligger uden for planperioden {start} – {end}",
        "en": "activity {id} falls outside the plan period {start} – {end}",
    },
    "finding.SM206.fix": {
        "da": "Flyt den ind i perioden, eller ret perioden: smart edit {file} -q {question}",
        "en": "Move it into the period, or change the period: smart edit {file} -q {question}",
    },
    "finding.SM207": {
        "da": "ingen aktivitet eller kanal arbejder hen imod {id}",
        "en": "no activity or channel works towards {id}",
    },
    "finding.SM207.fix": {
        "da": "Knyt en aktivitet eller kanal til målsætningen: smart edit {file} -q activities",
        "en": "Link an activity or a channel to the objective: smart edit {file} -q activities",
    },
    "finding.SM208": {
        "da": "der er ikke valgt, hvor ofte der følges op, så {id} bliver ikke fulgt op",
        "en": "no one has chosen how often to report, so {id} is not followed up",
    },
    "finding.SM208.fix": {
        "da": "Vælg, hvor ofte der rapporteres: smart edit {file} -q cadence",
        "en": "Choose how often you report: smart edit {file} -q cadence",
    },
    "finding.SM209": {
        "da": "målsætningernes budgetter ({allocated}) er større end det samlede budget ({total})",
        "en": "the objectives' budgets ({allocated}) exceed the total budget ({total})",
    },
    "finding.SM209.fix": {
        "da": "Ret budgetterne, så de passer: smart edit {file} -q objectives",
        "en": "Correct the budgets so they fit: smart edit {file} -q objectives",
    },
    "finding.SM301": {
        "da": "det krævede spørgsmål '{question}' er ikke besvaret",
        "en": "the required question '{question}' is not answered",
    },
    "finding.SM301.fix": {
        "da": "Besvar det: smart edit {file} -q {question}",
        "en": "Answer it: smart edit {file} -q {question}",
    },
    "finding.SM302": {
        "da": "ikke besvaret endnu ({count}): {questions}",
        "en": "not answered yet ({count}): {questions}",
    },
    "finding.SM302.fix": {
        "da": "Besvar resten: smart resume {file}",
        "en": "Answer the rest: smart resume {file}",
    },
    "finding.SM303": {"da": "{id} mangler feltet '{field}'", "en": "{id} lacks the field '{field}'"},
    "finding.SM303.fix": {
        "da": "Udfyld feltet: smart edit {file} -q {question}",
        "en": "Fill in the field: smart edit {file} -q {question}",
    },
}

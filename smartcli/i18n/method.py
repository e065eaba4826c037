"""Words of the consultant's checks and hints (issue 12): links both ways, plausibility, capacity, the situation shown back.

Each finding's message is ``finding.SMxxx`` and its one-line fix
``finding.SMxxx.fix`` (see :mod:`smartcli.check.method`); the parts a message
is built from are ``method.*``; the panel of earlier answers is ``panel.*``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- parts of the findings -----------------------------------------------------------
    "method.growth.money": {"da": "med {money}", "en": "on {money}"},
    "method.growth.no_money": {"da": "uden eget budget", "en": "with no budget of its own"},
    "method.growth.why": {
        "da": "mere end en fordobling om året er sjælden, og målsætningen siger ikke, hvad tallet bygger på",
        "en": "more than doubling in a year is rare, and the objective does not say what the number rests on",
    },
    "method.growth.why_reasoned": {
        "da": "over ti gange på et år er meget sjældent, også med en begrundelse",
        "en": "ten times over in a year is very rare, even with a rationale",
    },
    "method.cost.peers": {
        "da": "de andre målsætninger i {unit} ({ids})",
        "en": "the other objectives in {unit} ({ids})",
    },
    "method.cost.history": {
        "da": "sidste periodes {id}, som den endte,",
        "en": "last period's {id}, as it ended,",
    },
    "method.share": {"da": "{after} af {all} dage", "en": "{after} of {all} days"},
    "consultant.on_channels": {"da": "på {channels}", "en": "on {channels}"},
    "consultant.in_plan": {"da": "i planen", "en": "in the plan"},
    "consultant.none_sells": {
        "da": "ingen målsætning handler om salg eller henvendelser (»sell« i PR Smiths 5S)",
        "en": "no objective is about sales or leads (the »sell« of PR Smith's 5S)",
    },
    "consultant.all_awareness": {
        "da": "alle målsætninger handler om kendskab, ingen om salg eller henvendelser",
        "en": "every objective is about awareness, none about sales or leads",
    },
    "consultant.no_review_cadence": {
        "da": "planen har ingen rytme for gennemgang og derfor ingen dato for næste gennemgang",
        "en": "the plan has no review rhythm, so no date for the next review",
    },
    "consultant.first_review_late": {
        "da": "den første gennemgang ({date}) ligger efter planperioden, så planen bliver ikke justeret undervejs",
        "en": "the first review ({date}) comes after the plan period, so the plan is not adjusted while it runs",
    },
    # --- the panel of earlier answers (smartcli/interview/panel.py) -----------------------
    "panel.title": {"da": "Det bygger I på", "en": "What you build on"},
    "panel.label.key_insights": {"da": "Vigtigste konklusioner", "en": "Key insights"},
    "panel.label.strengths": {"da": "Styrker", "en": "Strengths"},
    "panel.label.weaknesses": {"da": "Svagheder", "en": "Weaknesses"},
    "panel.label.opportunities": {"da": "Muligheder", "en": "Opportunities"},
    "panel.label.ambition": {"da": "Ambition", "en": "Ambition"},
    "panel.label.customer_segments": {"da": "Kundegrupper", "en": "Customer segments"},
    "panel.label.customer_knowledge": {
        "da": "Det ved I om kunderne",
        "en": "What you know of your customers",
    },
    "panel.label.customer_opinion": {"da": "Det siger kunderne", "en": "What customers say"},
    "panel.label.competitors": {"da": "Konkurrenter", "en": "Competitors"},
    "panel.label.brand_words": {"da": "Kundernes ord om jer", "en": "Your customers' words"},
    "panel.label.personas": {"da": "Personas", "en": "Personas"},
    "panel.label.current_channels": {"da": "Kanaler i dag", "en": "Channels today"},
    "panel.label.offline_channels": {"da": "Uden for nettet", "en": "Offline"},
    "panel.label.objectives": {"da": "Målsætninger", "en": "Objectives"},
    "panel.label.total_budget": {"da": "Samlet budget", "en": "Total budget"},
    "panel.label.channel_plan": {"da": "Kanalplan", "en": "Channel plan"},
    "panel.label.milestones": {"da": "Milepæle", "en": "Milestones"},
    "panel.label.message": {"da": "Budskab", "en": "Message"},
    "panel.label.marketing_hours": {"da": "Timer om ugen i dag", "en": "Hours a week today"},
    "panel.label.resources": {"da": "Ressourcer", "en": "Resources"},
    # --- findings ----------------------------------------------------------------------
    "finding.SM111": {
        "da": "{id} sigter mod ×{factor} på {months} måneder {money}: {why}",
        "en": "{id} aims at ×{factor} in {months} months {money}: {why}",
    },
    "finding.SM111.fix": {
        "da": "Sæt målet ned, giv det mere tid, eller skriv, hvad tallet bygger på: smart edit {file} -q objectives",
        "en": "Lower the target, give it more time, or say what the number rests on: smart edit {file} -q objectives",
    },
    "finding.SM112": {
        "da": "{id} regner med {cost} pr. ekstra resultat, mens {reference} koster {other}: over fem gange forskel",
        "en": "{id} counts on {cost} per extra result, while {reference} cost {other}: over five times apart",
    },
    "finding.SM112.fix": {
        "da": "Tjek budgettet og målet, eller skriv i begrundelsen, hvorfor det bliver billigere eller dyrere denne gang: smart edit {file} -q objectives",
        "en": "Check the budget and the target, or say in the rationale why it costs less or more this time: smart edit {file} -q objectives",
    },
    "finding.SM113": {
        "da": "{id} måler {metric}, og ingen målsætning om salg eller henvendelser arbejder {where}: hvad skal det blive til?",
        "en": "{id} measures {metric}, and no sales or leads objective works {where}: what should it turn into?",
    },
    "finding.SM113.fix": {
        "da": "Tilføj en målsætning om salg eller henvendelser i samme kanal, eller skriv i begrundelsen, hvordan det fører til salg: smart edit {file} -q objectives",
        "en": "Add a sales or leads objective in the same channel, or say in the rationale how it leads to sales: smart edit {file} -q objectives",
    },
    "finding.SM114": {
        "da": "{id} tæller henvendelser ({metric}), men ingen salgsmålsætning arbejder {where}, og ingen målsætning måler, hvor mange der bliver til kunder",
        "en": "{id} counts leads ({metric}), but no sales objective works {where} and no objective measures how many become customers",
    },
    "finding.SM114.fix": {
        "da": "Tilføj en målsætning for konverteringen (fx hvor mange henvendelser der bliver til ordrer) eller for salget: smart edit {file} -q objectives",
        "en": "Add an objective for the conversion (e.g. how many enquiries become orders) or for the sales: smart edit {file} -q objectives",
    },
    "finding.SM115": {
        "da": "{id}s formulering siger {said}, men felterne siger udgangspunkt {baseline} og mål {target}",
        "en": "{id}'s statement says {said}, but the fields say baseline {baseline} and target {target}",
    },
    "finding.SM115.fix": {
        "da": "Få sætningen og felterne til at sige det samme: smart edit {file} -q objectives",
        "en": "Make the sentence and the fields say the same: smart edit {file} -q objectives",
    },
    "finding.SM116": {
        "da": "planen har {count} målsætninger; flere end {most} spreder kræfterne",
        "en": "the plan has {count} objectives; more than {most} spread the work thin",
    },
    "finding.SM116.fix": {
        "da": "Behold dem, der betyder mest, og gør resten til aktiviteter eller milepæle: smart edit {file} -q objectives",
        "en": "Keep those that matter most, and make the rest activities or milestones: smart edit {file} -q objectives",
    },
    "finding.SM117": {
        "da": "{id} måler det samme som {other} ({metric})",
        "en": "{id} measures the same as {other} ({metric})",
    },
    "finding.SM117.fix": {
        "da": "Slå dem sammen, eller skriv i nøgletallet, hvad der skiller dem ad (en periode, en kundegruppe): smart edit {file} -q objectives",
        "en": "Merge them, or say in the metric what sets them apart (a period, a segment): smart edit {file} -q objectives",
    },
    "finding.SM118": {"da": "{why}", "en": "{why}"},
    "finding.SM118.fix": {
        "da": "Tilføj en målsætning for det, markedsføringen skal sælge: smart edit {file} -q objectives",
        "en": "Add an objective for what the marketing is to sell: smart edit {file} -q objectives",
    },
    "finding.SM119": {
        "da": "{id} siger ikke, hvor tallet kommer fra (datakilde)",
        "en": "{id} does not say where its number comes from (data source)",
    },
    "finding.SM119.fix": {
        "da": "Skriv kilden, fx Shopify, Google Analytics eller et regneark: smart edit {file} -q objectives",
        "en": "Name the source, e.g. Shopify, Google Analytics or a spreadsheet: smart edit {file} -q objectives",
    },
    "finding.SM120": {
        "da": "{id}s formulering har en betingelse mere ({extra}), som felterne ikke følger",
        "en": "{id}'s statement holds a second condition ({extra}) that the fields do not track",
    },
    "finding.SM120.fix": {
        "da": "Del den i to målsætninger, eller gør den anden betingelse til en grænse, I tjekker ved hver rapport: smart edit {file} -q objectives",
        "en": "Split it into two objectives, or keep the second condition as a guardrail you check at each report: smart edit {file} -q objectives",
    },
    "finding.SM121": {
        "da": "{id}s udgangspunkt skulle måles første gang {date}, men der er ingen måling af det",
        "en": "{id}'s baseline was to be measured first on {date}, but no measurement of it is recorded",
    },
    "finding.SM121.fix": {
        "da": "Mål det, og skriv det som udgangspunkt: smart edit {file} -q objectives",
        "en": "Measure it and write it as the baseline: smart edit {file} -q objectives",
    },
    "finding.SM210": {
        "da": "{id} har {money}, men arbejder ikke hen imod nogen målsætning",
        "en": "{id} has {money} but works towards no objective",
    },
    "finding.SM210.fix": {
        "da": "Knyt den til de målsætninger, pengene skal give resultater for: smart edit {file} -q {question}",
        "en": "Link it to the objectives the money is meant to move: smart edit {file} -q {question}",
    },
    "finding.SM211": {
        "da": "aktiviteten {id} arbejder ikke hen imod nogen målsætning (heller ikke via sin kanal)",
        "en": "activity {id} works towards no objective (nor does its channel)",
    },
    "finding.SM211.fix": {
        "da": "Knyt den til en målsætning, eller overvej, om I skal bruge tid på den: smart edit {file} -q activities",
        "en": "Link it to an objective, or ask whether it is worth your time: smart edit {file} -q activities",
    },
    "finding.SM212": {
        "da": "aktiviteten {id} starter {start}, efter den sidste frist for {objectives} ({deadline}), så den tæller ikke med",
        "en": "activity {id} starts {start}, after the last deadline of {objectives} ({deadline}), so it does not count",
    },
    "finding.SM212.fix": {
        "da": "Flyt aktiviteten frem, eller knyt den til en målsætning med en senere frist: smart edit {file} -q activities",
        "en": "Move the activity earlier, or link it to an objective due later: smart edit {file} -q activities",
    },
    "finding.SM213": {
        "da": "det meste af aktiviteten {id} ({share}) ligger efter den sidste frist for {objectives} ({deadline})",
        "en": "most of activity {id} ({share}) falls after the last deadline of {objectives} ({deadline})",
    },
    "finding.SM213.fix": {
        "da": "Afslut den før fristen, eller knyt den til en målsætning, der løber længere: smart edit {file} -q activities",
        "en": "End it by the deadline, or link it to an objective that runs longer: smart edit {file} -q activities",
    },
    "finding.SM214": {
        "da": "aktiviteterne kræver {planned} timer, men {per_week} timer om ugen i periodens {weeks} uger giver {available}",
        "en": "the activities need {planned} hours, but {per_week} hours a week over the period's {weeks} weeks give {available}",
    },
    "finding.SM214.fix": {
        "da": "Skær aktiviteter fra, sæt timerne ned, eller find flere timer om ugen: smart edit {file} -q hours_per_week",
        "en": "Drop activities, cut their hours, or find more hours a week: smart edit {file} -q hours_per_week",
    },
    "finding.SM215": {
        "da": "{id} har et budget på {budget}, men kanalerne og budgetposterne, der arbejder for den, har kun {reach} i alt",
        "en": "{id} has a budget of {budget}, but the channels and budget lines that work for it hold only {reach} in all",
    },
    "finding.SM215.fix": {
        "da": "Knyt kanaler eller budgetposter til målsætningen, eller sæt dens budget ned: smart edit {file} -q channel_plan",
        "en": "Link channels or budget lines to the objective, or lower its budget: smart edit {file} -q channel_plan",
    },
    "finding.SM216": {
        "da": "målsætningerne har budgetter for {objectives}, men kanalerne og budgetposterne lægger {towards} i dem",
        "en": "the objectives have budgets of {objectives}, but the channels and budget lines put {towards} towards them",
    },
    "finding.SM216.fix": {
        "da": "Få de to fordelinger til at passe sammen, så budgettet fortæller én historie: smart edit {file} -q objectives",
        "en": "Make the two allocations agree, so the budget tells one story: smart edit {file} -q objectives",
    },
    "finding.SM217": {
        "da": "milepælen {id} ({date}) ligger uden for planperioden {start} – {end}",
        "en": "milestone {id} ({date}) falls outside the plan period {start} – {end}",
    },
    "finding.SM217.fix": {
        "da": "Flyt milepælen ind i perioden: smart edit {file} -q milestones",
        "en": "Move the milestone into the period: smart edit {file} -q milestones",
    },
    "finding.SM218": {
        "da": "milepælen {id} ({date}) ligger uden for {objective}s forløb, {start} – {deadline}",
        "en": "milestone {id} ({date}) falls outside {objective}'s course, {start} – {deadline}",
    },
    "finding.SM218.fix": {
        "da": "Ret datoen, eller knyt milepælen til den rigtige målsætning: smart edit {file} -q milestones",
        "en": "Correct the date, or link the milestone to the right objective: smart edit {file} -q milestones",
    },
    "finding.SM219": {
        "da": "milepælen {id} ({value}) ligger ikke mellem {objective}s udgangspunkt ({baseline}) og mål ({target})",
        "en": "milestone {id} ({value}) is not between {objective}'s baseline ({baseline}) and target ({target})",
    },
    "finding.SM219.fix": {
        "da": "Ret værdien, så den ligger på vejen fra udgangspunkt til mål: smart edit {file} -q milestones",
        "en": "Correct the value so it lies on the way from baseline to target: smart edit {file} -q milestones",
    },
    "finding.SM220": {
        "da": "kanalen {id} ({name}) arbejder ikke hen imod nogen målsætning, så intet måler, om den virker",
        "en": "channel {id} ({name}) works towards no objective, so nothing measures whether it works",
    },
    "finding.SM220.fix": {
        "da": "Knyt den til de målsætninger, hvis nøgletal viser, om den virker, eller drop den: smart edit {file} -q channel_plan",
        "en": "Link it to the objectives whose metrics show whether it works, or drop it: smart edit {file} -q channel_plan",
    },
    "finding.SM221": {
        "da": "kanalen {id} ({name}) har ingen aktiviteter",
        "en": "channel {id} ({name}) has no activity",
    },
    "finding.SM221.fix": {
        "da": "Planlæg, hvad I gør i den, eller drop den: smart edit {file} -q activities",
        "en": "Plan what you do in it, or drop it: smart edit {file} -q activities",
    },
    "finding.SM222": {"da": "{why}", "en": "{why}"},
    "finding.SM222.fix": {
        "da": "Vælg, hvor ofte I gennemgår planen (kvartalsvis passer de fleste): smart edit {file} -q review_cadence",
        "en": "Choose how often you review the plan (quarterly suits most): smart edit {file} -q review_cadence",
    },
    "finding.SM223": {
        "da": "planen gennemgås {review}, men der rapporteres {report}, så de fleste gennemgange har ingen nye tal",
        "en": "the plan is reviewed {review} but reported on {report}, so most reviews have no new numbers",
    },
    "finding.SM223.fix": {
        "da": "Gennemgå planen lige så tit, som I rapporterer, eller sjældnere: smart edit {file} -q review_cadence",
        "en": "Review the plan as often as you report, or less often: smart edit {file} -q review_cadence",
    },
}

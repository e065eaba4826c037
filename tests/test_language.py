"""The Danish reads right: no phrasing the consultant's review flagged, and one voice for the user.

Every Danish string the tool shows is scanned: the questions (prompts, help, examples, choices,
record fields), the catalogue of messages and the report's labels. The review (§2a) found
errors of grammar, anglicisms and a second voice (*du*) beside the questions' *I/jeres*; each
flagged phrasing is listed here with why it is wrong, so it can't creep back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from smartcli.i18n import MESSAGES
from smartcli.plan.model import Question
from smartcli.plan.questionset import shipped_question_set

ROOT = Path(__file__).resolve().parent.parent

FLAGGED: list[tuple[str, str]] = [
    (r"\bVær ærlig\b", "the adjective agrees with plural I: »Vær ærlige«"),
    (r"\bhar hånd om\b", "»have hånd om« is to take care of, not to control: »råder over«"),
    (r"\ber I nået\b", "transitive »nå« takes »have«: »har I nået«"),
    (r"\bPå sporet\b", "»på sporet (af)« is on the trail of: »I rute« or »på rette spor«"),
    (r"\bforfalden\b", "»forfalden« is for bills: »tid til ny måling«"),
    (r"for meget end for lidt", "broken idiom: »en linje for meget end en for lidt«"),
    (r"formular-henvendelse", "Danish compounds take no hyphen: »henvendelser via kontaktformularen«"),
    (r"\brapportere på\b", "anglicism (report on): »rapportere om«"),
    (r"klogere sted", "anglicism (start from a smarter place): »stå stærkere«"),
    (r"folder detaljerne ud", "anglicism (unfolds): »uddyber detaljerne«"),
    (r"ud over kanalerne\?", "redundant with »resten«"),
    (r"vil I møde dem", "»møde« suggests meeting in person: »konkurrere med dem«"),
    (r"\bde en til tre\b", "clumsy: »en til tre konkurrenter – dem, der …«"),
    (r"\bi en eller to sætninger", "numeral accent: »i én eller to sætninger«"),
    (r"passer med jeres", "preposition: »passer til jeres«"),
    (r"på Instagram-story", "preposition and article: »i en Instagram-story«"),
    (r"og hvad kan de\?", "ambiguous: »og hvad er de gode til?«"),
    (r"dyr og lange køer", "zeugma: »dyr og med lange køer«"),
    (r"åbningsraten på", "preposition: »åbningsraten for«"),
    (r"gerne ville (kunne|have)", "the conditional isn't needed: »gerne vil«, »stræber efter«"),
    (r"Hvordan vil I kort beskrive", "copies 'How would you describe': ask directly, »Beskriv kort …«"),
    (r"^Måles hvor ofte$", "word order: »Hvor ofte måles det?«"),
    (r"^Hvad måles$", "a label fragment: »Hvilket nøgletal (KPI) måler I på?«"),
    (r"Vælg – for", "the dash reads as a typo: »Spring over (vælg »–«) for …«"),
    (r"Google Virksomhedsprofil|Google-profilen", "one spelling of the product: »Google-virksomhedsprofil«"),
    (r"måleenhed og mål", "the flag concerns metric and target, not the unit"),
    (r"^Hvor de er$", "a label fragment: »Hvor møder I dem?«"),
    (r"Markedsføringsstrategi", "the document is a »marketingplan« throughout"),
    (r"Specifikke, Målbare", "Danish doesn't capitalise adjectives mid-sentence"),
    (r"Virksomheden bruger ikke", "the report speaks as »vi«"),
    (r"følge fremskridtet", "more natural: »følge udviklingen«"),
    (r"følge op og rapportere", "»følge op på og rapportere om«"),
    (r"og hvad giver den\?", "vague: »hvilke resultater giver den?«"),
    (r"^Nogen$", "»Succes: Nogen« is a literal 'some': »Middel«"),
]
"""Each phrasing the review (§2a) flagged, as a regular expression, and why it is wrong."""

ADDRESSED_AS_DU = re.compile(r"\b(du|din|dit|dine|dig)\b", re.IGNORECASE)
QUOTED = re.compile(r"»[^«]*«")
"""Words inside »…« are quotes, not the tool speaking: »Hvordan hørte du om os?« is a question
for the till, put to a customer, so it keeps the customer's du."""


def _question_texts(question: Question, where: str) -> Iterator[tuple[str, str]]:
    for name, text in (("prompt", question.prompt), ("help", question.help), ("example", question.example),
                       ("item", question.item)):  # fmt: skip
        if text is not None:
            yield f"{where}.{name}", text.da
    for choice in question.choices:
        yield f"{where}.choices.{choice.key}", choice.label.da
    for sub in question.fields:
        yield from _question_texts(sub, f"{where}.{sub.id}")


def danish_texts() -> Iterator[tuple[str, str]]:
    """Every Danish string the tool shows, with where it lives."""
    for phase in shipped_question_set().phases:
        for name, text in (("title", phase.title), ("question", phase.question), ("intro", phase.intro)):
            yield f"questions/{phase.id}.{name}", text.da
        for question in phase.questions:
            yield from _question_texts(question, f"questions/{phase.id}/{question.id}")
    for key, entry in MESSAGES.items():
        yield f"catalogue {key}", entry["da"]
    labels = yaml.safe_load((ROOT / "templates" / "labels.yaml").read_text(encoding="utf-8"))
    for key, entry in labels.items():
        yield f"templates/labels.yaml {key}", entry["da"]


TEXTS = list(danish_texts())


def test_the_scan_sees_the_questions_the_catalogue_and_the_labels() -> None:
    places = {where.split()[0].split("/")[0] for where, _ in TEXTS}
    assert {"questions", "catalogue", "templates"} <= places
    assert len(TEXTS) > 800


@pytest.mark.parametrize(("pattern", "why"), FLAGGED, ids=[p for p, _ in FLAGGED])
def test_no_phrasing_the_review_flagged(pattern: str, why: str) -> None:
    found = re.compile(pattern, re.MULTILINE)
    hits = [f"{where}: {text}" for where, text in TEXTS if found.search(text)]
    assert hits == [], why


def test_the_flag_list_catches_what_it_is_meant_to() -> None:
    """Each pattern matches the text the review quoted, so none of them is a pattern that cannot fail."""
    quoted = ["Vær ærlig og konkret", "I selv har hånd om", "Hvilke målsætninger er I nået", "På sporet",
              "Måling forfalden", "Hellere en kort linje for meget end for lidt.", "formular-henvendelser",
              "rapportere på markedsføringen", "starter et klogere sted", "Resten af fasen folder detaljerne ud.",
              "resten af budgettet ud over kanalerne?", "hvordan vil I møde dem?", "Vælg de en til tre",
              "i en eller to sætninger", "passer med jeres ressourcer", "på Instagram-story", "og hvad kan de?",
              "men dyr og lange køer", "åbningsraten på nyhedsbrevet", "hvad I gerne ville kunne måle",
              "Hvordan vil I kort beskrive", "Måles hvor ofte", "Hvad måles", "Vælg – for at følge",
              "Google Virksomhedsprofil", "måleenhed og mål", "Hvor de er", "Markedsføringsstrategi for",
              "Specifikke, Målbare", "Virksomheden bruger ikke digitale kanaler", "så I kan følge fremskridtet",
              "følge op og rapportere", "og hvad giver den?", "Nogen"]  # fmt: skip
    assert len(quoted) == len(FLAGGED)
    for (pattern, _), text in zip(FLAGGED, quoted, strict=True):
        assert re.search(pattern, text, re.MULTILINE), pattern


def test_the_user_is_addressed_as_i_never_as_du() -> None:
    hits = [f"{where}: {text}" for where, text in TEXTS if ADDRESSED_AS_DU.search(QUOTED.sub("", text))]
    assert hits == []


def test_the_du_scan_sees_du_outside_quotes_and_not_inside() -> None:
    assert ADDRESSED_AS_DU.search(QUOTED.sub("", "Hvad vil du rette?"))
    assert ADDRESSED_AS_DU.search(QUOTED.sub("", "commit den sammen med din næste ændring"))
    assert not ADDRESSED_AS_DU.search(QUOTED.sub("", "et spørgsmål ved kassen: »Hvordan hørte du om os?«"))
    assert not ADDRESSED_AS_DU.search("Dinosaur, dukke og diget")  # whole words only


def test_one_comma_style_before_a_subordinate_clause() -> None:
    """Startkomma throughout: »Skriv, hvem …«, »Vælg, hvor …«, as the question files write it."""
    missing = re.compile(
        r"\b(Skriv|Angiv|Vælg|Beskriv|Tjek|Notér|Fortæl) (hvem|hvad|hvor|hvilke|hvilken|hvornår|hvorfor|om) "
    )
    hits = [f"{where}: {text}" for where, text in TEXTS if missing.search(text)]
    assert hits == []
    assert missing.search("Skriv hvor I står i dag")  # the review's example of the other style

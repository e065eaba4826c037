"""The short route (``smart new --quick``): about fifteen core questions that make a complete short plan.

The route is the questions marked ``quick: true`` in ``questions/``. These tests walk it as a
user would, scripted in process and once in a real pseudo-terminal, and check that what comes
out is the committed example ``examples/quick-plan.da.yaml`` and that its report reads as a
short plan: every phase of the first pass has something in it, and what is left is named once.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
from rich.console import Console
from typer.testing import CliRunner

from helpers import ScriptedPrompter
from smartcli.cli import app
from smartcli.interview.flow import new_plan
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "quick-plan.da.yaml"
QSET = shipped_question_set()
QUICK = [q.id for _, q in QSET.quick_route()]

META = ["da", "Bageriet Hvede ApS", "1-1-2027", "31-12-2027", None, None]  # ... title, currency: the defaults

SCRIPT: list[Any] = [
    *META,
    # 1. Situation
    "Et økologisk surdejsbageri med café i Aarhus C og på Trøjborg og en webshop til forudbestilling."
    " Vi markedsfører os med Instagram, et nyhedsbrev og skilte i butikkerne, når der er tid.",
    "Børnefamilier og par fra kvarteret køber weekendbrød; kontorer i Aarhus C spørger efter morgenbrød"
    " til møder. 41 % af webshopkunderne har hørt om os fra venner og familie.",
    "Økologisk surdejsbrød bagt hver nat",
    "Et nyhedsbrev med 900 modtagere, der køber",
    "",
    "Markedsføringen sker, når der er tid",
    "Vi ved ikke, hvor kunderne kommer fra",
    "",
    "Virksomheder vil have økologisk morgenbrød til møder",
    "Gaveæsker som julegaver til medarbejdere",
    "",
    "Kornmod åbner flere butikker",
    "Stigende priser på mel og smør",
    "",
    "Mette bruger 4 timer og Jonas 12 timer om ugen på markedsføring. Budgettet er 60.000 kr. for 2027.",
    "Nyhedsbrevet og webshoppen skal bære sæsonkampagnerne",
    "Catering skal have fast menu og egen side, før vi markedsfører det",
    "",
    True,  # on to phase 2
    # 2. Målsætning
    "Webshoppen og catering skal blive et solidt andet ben ved siden af butikkerne.",
    "Øge webshoppens ordrer fra 150 til 200 om måneden inden 31. oktober 2027",
    "sales",
    "Webshopordrer pr. måned",
    "ordrer pr. måned",
    "150",
    "september–oktober 2026",
    "200",
    "31-10-2027",
    "",
    "Shopify",
    "revenue",
    "",
    "35000",
    "Jonas",
    "",
    True,  # another
    "Mindst 6 cateringforespørgsler om måneden i oktober 2027 (i dag ca. 3)",
    "leads",
    "Cateringforespørgsler pr. måned",
    "forespørgsler",
    "3",
    "efteråret 2026",
    "6",
    "31-10-2027",
    "1-8-2027",
    "Leadloggen",
    "margin",
    "",
    "25000",
    "Mette Holm",
    "",
    False,  # no more
    "60000",
    True,  # on to phase 3
    # 3. Agenda
    "Reels og nyhedsbrevet trækker privatkunderne ind i webshoppen til sæsonerne; catering bliver"
    " et rigtigt produkt, som virksomhederne finder via Google og Mettes netværk.",
    True,
    "Instagram",
    "Her er privatkunderne",
    "30000",
    ["O1"],
    "3 reels om ugen",
    "",
    True,
    "Nyhedsbrev",
    "Vores bedste kanal for salg",
    "5000",
    ["O1"],
    "",
    "",
    True,
    "Google Ads",
    "Fanger dem, der søger catering",
    "25000",
    ["O2"],
    "",
    "Aarhus Kommune, august–oktober",
    False,
    True,
    "Påskebrunch-kassen til forudbestilling",
    "campaign",
    "Jonas",
    "1-3-2027",
    "29-3-2027",
    "20",
    "",
    "CH1",
    ["O1"],
    True,
    "Cateringside med fast menu og priser",
    "seo",
    "Mette Holm",
    "1-2-2027",
    "31-3-2027",
    "25",
    "",
    "",
    ["O2"],
    True,
    "Google Ads på »catering Aarhus«",
    "ads",
    "Mette Holm",
    "16-8-2027",
    "31-10-2027",
    "15",
    "",
    "CH3",
    ["O2"],
    True,
    "Sommerens picnickurv til forudbestilling",
    "campaign",
    "Jonas",
    "1-6-2027",
    "15-8-2027",
    "30",
    "",
    "CH1",
    ["O1"],
    False,
    True,  # on to phase 4
    # 4. Rapportering
    "monthly",
    "Jonas samler tallene den første mandag i måneden",
    True,  # on to phase 5
    # 5. Tilpasning: how often the plan is reviewed, so a review date follows
    "quarterly",
]


def walk_quick_route(path: Path, console: Console) -> ScriptedPrompter:
    prompter = ScriptedPrompter(list(SCRIPT))
    new_plan(path, QSET, prompter, console, "da", quick=True)
    assert prompter.script == []
    return prompter


def test_the_short_route_is_about_fifteen_core_questions() -> None:
    assert 14 <= len(QUICK) <= 17
    for core in ("current_strategy", "strengths", "threats", "key_insights", "objectives",
                 "channel_plan", "activities", "cadence", "report_owner"):  # fmt: skip
        assert core in QUICK
    phases = {phase.id for phase in QSET.quick_route().phases if phase.questions}
    assert phases == {"situation", "objectives", "agenda", "reporting", "adaptation"}
    assert "review_cadence" in QUICK  # Tilpasning: how often; the rest comes with a first review


def test_quick_new_asks_only_the_short_route_and_makes_the_committed_example(
    tmp_path: Path, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    walk_quick_route(path, console)
    plan = load_plan(path, QSET).plan
    assert sorted(plan.answers) == sorted(QUICK)
    example = load_plan(EXAMPLE, QSET).plan
    assert plan.answers == example.answers
    assert (plan.company, plan.title, plan.period) == (example.company, example.title, example.period)
    said = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Den korte vej er gået" in said
    # the rest, less the two whose condition is not answered yet (current_channels, partners)
    assert f"{len(list(QSET)) - len(QUICK) - 2} spørgsmål står åbne til senere" in said


def test_the_report_of_a_quick_plan_reads_as_a_short_plan(tmp_path: Path) -> None:
    out = tmp_path / "rapport.md"
    result = CliRunner().invoke(app, ["report", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    for phase in ("1. Situation", "2. Målsætning", "3. Agenda", "4. Rapportering"):
        section = text.split(f"## {phase}", 1)[1].split("\n## ", 1)[0]
        assert "Fasen er ikke besvaret endnu" not in section, phase
    for heading in ("### SWOT", "### Det bygger vi på", "### Målsætninger", "### Kanalplan og budget",
                    "### Handlingsplan", "### Status på målsætningerne"):  # fmt: skip
        assert heading in text
    # what the short route left open is listed once, phase by phase, not as a page of blanks
    open_points = text.split("## Åbne punkter", 1)[1]
    assert "smart resume" in open_points
    assert len(re.findall(r"^- ", open_points, re.MULTILINE)) <= 5
    assert text == (ROOT / "examples" / "quick-plan.da.md").read_text(encoding="utf-8")


OBJECTIVE_FIELDS = [
    ("Type", "\r"),
    ("Hvilket nøgletal (KPI) måler I på?", "Webshopordrer pr. måned\r"),
    ("Enhed", "\r"),
    ("Udgangspunkt", "150\r"),
    ("Udgangspunktet er målt", "\r"),
    ("Måltal", "200\r"),
    ("Frist", "31-10-2027\r"),
    ("Starter", "\r"),
    ("Tallet kommer fra", "\r"),
    ("Forretningsmål", "\r"),
    ("Hvad bygger tallet på", "\r"),
    ("Budget", "\r"),
    ("Ansvarlig", "\r"),
    ("Hvor ofte måles det?", "\r"),
]
"""An objective's fields after its statement, in the order asked, and the keys typed at each."""


def _prompt(word: str) -> str:
    ansi = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"
    return rf"›{ansi}\s*{ansi}{re.escape(word)}"


@pytest.mark.timeout(120)
def test_quick_route_in_a_real_terminal(tmp_path: Path) -> None:
    """``smart new --quick`` through a pty: only the route's questions, then the summary."""
    (tmp_path / "answers.yaml").write_text(
        "language: da\ncompany: Bageriet Hvede ApS\nperiod:\n  start: 2027-01-01\n  end: 2027-12-31\n"
        "title: Marketingplan 2027\ncurrency: DKK\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm-256color", "COLUMNS": "120"}
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "new", "plan.yaml", "--quick", "--from", "answers.yaml"],
        cwd=str(tmp_path), env=env, encoding="utf-8", timeout=15, dimensions=(50, 120),
    )  # fmt: skip
    child.expect_exact("Fase 1 af 5 · Situation")
    child.expect_exact("spørgsmål 1 af 8")
    child.expect(_prompt("Svar"))
    child.send("Et økologisk surdejsbageri i Aarhus.\r")
    asked = []
    while True:
        index = child.expect([r"spørgsmål (\d+) af (\d+)", r"Fortsæt til fase \d", "Den korte vej er gået"])
        if index == 2:
            break
        if index == 1:
            child.send("y")
            continue
        asked.append((int(child.match.group(1)), int(child.match.group(2))))
        kind = child.expect([_prompt(w) for w in ("Svar", "Vælg", "1.", "Målsætning", "Tilføj")])
        if kind == 3:  # the one required question: one objective with its required fields
            child.send("200 webshopordrer om måneden inden oktober 2027\r")
            for field, keys in OBJECTIVE_FIELDS:
                child.expect(_prompt(field))
                child.send(keys)
            child.expect(_prompt("Tilføj en målsætning mere?"))
            child.send("n")
        elif kind == 4:  # channels, activities: none on this walk
            child.send("n")
        else:  # Enter: a text, list or choice left as it is (a choice takes its first option)
            child.send("\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    plan = load_plan(tmp_path / "plan.yaml", QSET).plan
    assert set(plan.answers) <= set(QUICK) and "objectives" in plan.answers
    assert plan.answers["objectives"][0]["target"] == 200
    totals = {total for _, total in asked}
    assert totals == {8, 3, 2, 1}  # each phase counts only its questions on the route

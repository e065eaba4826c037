"""From situation to strategy: an Agenda question shows the earlier answers it builds on, short and inert."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from rich.console import Console

from helpers import ScriptedPrompter
from smartcli.interview.ask import AskContext
from smartcli.interview.flow import ask_question
from smartcli.interview.panel import EARLIER, MAX_LINES, earlier_lines
from smartcli.interview.session import open_session
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"


def asked(tmp_path: Path, question_id: str, answer: str, changes: dict[str, object] | None = None) -> str:
    """Ask `question_id` of the Danish sample (as `changes` leave it) in process; what the console shows."""
    plan = load_plan(SAMPLE, QSET).plan
    plan.answers.update(changes or {})
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan, QSET), encoding="utf-8")
    console = Console(record=True, width=80, color_system=None)
    session = open_session(path, QSET, console, None)
    ctx = AskContext(ScriptedPrompter([answer], "da"), console, session.plan, QSET, "da")
    found = QSET.find(question_id)
    assert found is not None
    ask_question(session, ctx, *found, editing=False)
    return console.export_text()


def panel_of(output: str) -> list[str]:
    lines = output.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("╭─ Det bygger I på"))
    bottom = next(i for i in range(top, len(lines)) if lines[i].startswith("╰"))
    return lines[top : bottom + 1]


def test_positioning_shows_the_strengths_opportunities_and_competitors(tmp_path: Path) -> None:
    output = asked(tmp_path, "positioning", "Kvarterets økologiske surdejsbageri.")
    panel = panel_of(output)
    assert output.index("Hvordan adskiller I jer") < output.index("Det bygger I på")  # under the question
    body = "\n".join(panel)
    assert "Styrker: Økologisk surdejsbrød med lang hævetid" in body
    assert "Muligheder: Flere virksomheder har medarbejderne" in body
    assert "Konkurrenter: C1 Kornmod · C2 Supermarkedernes bake-off · C3 MødeMad Aarhus" in body
    assert len(panel) <= MAX_LINES + 2 and all(len(line) <= 80 for line in panel)


def test_personas_show_the_segments_and_customer_knowledge() -> None:
    plan = load_plan(SAMPLE, QSET).plan
    found = QSET.find("personas")
    assert found is not None
    labels = [label for label, _ in earlier_lines(found[1], plan, QSET, "da")]
    assert labels == ["Kundegrupper", "Det ved I om kunderne"]


def test_the_channel_plan_shows_todays_channels_with_how_they_do() -> None:
    plan = load_plan(SAMPLE, QSET).plan
    found = QSET.find("channel_plan")
    assert found is not None
    lines = dict(earlier_lines(found[1], plan, QSET, "en"))
    assert lines["Channels today"].startswith("CC1 Instagram (")
    assert lines["Objectives"].startswith("O1 ")


def test_a_question_without_earlier_answers_shows_no_panel(tmp_path: Path) -> None:
    changes = dict.fromkeys(EARLIER["message"])
    output = asked(tmp_path, "message", "Bagt i nat.", changes)
    assert "Det bygger I på" not in output
    output = asked(tmp_path, "competences", "Video og Canva.")  # not a strategy question
    assert "Det bygger I på" not in output


def test_answers_are_shown_as_typed_never_as_markup_or_terminal_codes(tmp_path: Path) -> None:
    hostile = ["[bold red]Stort[/] brød", "\x1b]0;pwned\x07Titel", "x" * 500]
    output = asked(tmp_path, "positioning", "Svar.", {"strengths": hostile})
    body = "\n".join(panel_of(output))
    assert "[bold red]Stort[/] brød" in body  # the brackets, not red
    assert "\x1b" not in output and "␛]0;pwned␇Titel" in body
    assert all(len(line) <= 80 for line in panel_of(output)) and "…" in body  # 500 x's cut


@pytest.mark.timeout(60)
def test_in_a_real_terminal_the_panel_stands_under_the_question(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "plan.yaml")
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm-256color", "COLUMNS": "100"}
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "edit", "plan.yaml", "-q", "positioning"], cwd=str(tmp_path),
        env=env, encoding="utf-8", timeout=15, dimensions=(50, 100),
    )  # fmt: skip
    child.expect_exact("Hvordan adskiller I jer")
    child.expect_exact("Det bygger I på")
    child.expect(r"Styrker:\S*\s+\S*Økologisk surdejsbrød")
    child.expect_exact("Kornmod")
    child.send("\x03")  # Ctrl-C at the prompt: nothing changed
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert (tmp_path / "plan.yaml").read_bytes() == SAMPLE.read_bytes()

"""smart review: the state first, the review questions, decisions that change the plan, all kept in the log."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pexpect
import pytest
from rich.console import Console

from helpers import ScriptedPrompter, bare_sample
from smartcli.cycle.review import run_review
from smartcli.errors import InterviewStopped
from smartcli.interview.session import open_session
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml"
DAY = dt.date(2027, 4, 2)
REVIEW_QUESTIONS = [
    "reached",
    "activity_status",
    "influences",
    "learnings",
    "market_learnings",
    "world_changes",
]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    text = bare_sample("en")
    text += "measurements:\n- id: M1\n  objective: O2\n  date: 2027-03-31\n  value: 1300\n  note: Reels took off\n"
    path.write_text(text, encoding="utf-8")
    return path


def printed(console: Console) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def test_a_review_shows_the_state_asks_and_applies_a_decision(plan: Path, console: Console) -> None:
    script = [
        "O2 is ahead.", "", "Easter went well.", "Reels beat photos.", "", "Prices rose.",  # the six questions
        True, "Raise the Instagram target", "We are ahead of pace", "Mette",  # a decision
        "objectives:O2", "target", "1,900",  # that changes O2's target
        False,  # no more decisions
    ]  # fmt: skip
    review = run_review(open_session(plan, QSET, console, None), ScriptedPrompter(script, "en"), console, DAY)
    out = printed(console)
    assert "Status as of 2 April 2027" in out and "Reels took off" in out
    assert "O2: Target changed from 1,700 to 1,900." in out
    saved = load_plan(plan, QSET).plan
    assert saved.reviews == [review]
    assert review == {
        "id": "RV1", "date": DAY, "reached": "O2 is ahead.", "influences": "Easter went well.",
        "learnings": "Reels beat photos.", "world_changes": "Prices rose.",
        "decisions": [{"id": "D1", "decision": "Raise the Instagram target", "reason": "We are ahead of pace",
                       "owner": "Mette", "record": "O2", "field": "target", "before": 1700, "after": 1900}],
    }  # fmt: skip
    assert next(o for o in saved.answers["objectives"] if o["id"] == "O2")["target"] == 1900


def test_a_decision_may_move_an_activity_and_the_dates_are_checked(plan: Path, console: Console) -> None:
    script = ["", "", "", "", "", "", True, "Start the summer basket later", "", "",
              "activities:A8", "start", "2027-08-20", "2027-06-15", False]  # fmt: skip
    with pytest.raises(AssertionError, match="refused"):  # 20 August is after the basket's end: refused
        run_review(
            open_session(plan, QSET, console, None), ScriptedPrompter(list(script), "en"), console, DAY
        )
    fixed = [*script[:12], "2027-06-15", False]
    run_review(open_session(plan, QSET, console, None), ScriptedPrompter(fixed, "en"), console, DAY)
    saved = load_plan(plan, QSET).plan
    decision = saved.reviews[-1]["decisions"][0]
    assert (decision["record"], decision["field"], decision["before"], decision["after"]) == (
        "A8", "start", dt.date(2027, 6, 1), dt.date(2027, 6, 15)
    )  # fmt: skip


def test_earlier_reviews_stay_and_an_interrupted_review_keeps_its_answers(
    plan: Path, console: Console
) -> None:
    first = run_review(
        open_session(plan, QSET, console, None), ScriptedPrompter([""] * 6 + [False], "en"), console, DAY
    )
    later = dt.date(2027, 7, 1)
    with pytest.raises(InterviewStopped):
        run_review(
            open_session(plan, QSET, console, None),
            ScriptedPrompter(["July", KeyboardInterrupt()], "en"),
            console,
            later,
        )
    reviews = load_plan(plan, QSET).plan.reviews
    assert reviews[0] == first
    assert reviews[1] == {"id": "RV2", "date": later, "reached": "July"}


def test_the_review_log_round_trips_byte_for_byte(plan: Path, console: Console) -> None:
    script = [
        "a\nb",
        "",
        "",
        "",
        "",
        "",
        True,
        "Decide",
        "",
        "",
        "objectives:O1",
        "deadline",
        "2027-11-30",
        False,
    ]
    run_review(open_session(plan, QSET, console, None), ScriptedPrompter(script, "en"), console, DAY)
    text = plan.read_text(encoding="utf-8")
    loaded = load_plan(plan, QSET)
    assert dump_plan(loaded.plan, QSET) == text
    assert "    before: 2027-10-31\n    after: 2027-11-30\n" in text


@pytest.mark.timeout(60)
def test_one_review_in_a_real_terminal(plan: Path) -> None:
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "COLUMNS": "120"}
    child = pexpect.spawn(sys.executable, ["-m", "smartcli", "review", str(plan), "--lang", "da"], env=env,
                          encoding="utf-8", timeout=15, dimensions=(60, 140))  # fmt: skip
    child.expect_exact("Status pr.")
    child.expect_exact("Reels took off")
    for answer in ("O2 er foran.", "", "", "Reels virker.", "", ""):
        child.expect("Svar")
        child.send(answer + "\r")
    child.expect_exact("Vil du notere en beslutning?")
    child.send("j")
    child.expect("Beslutning")
    child.send("Hæv målet for O2\r")
    child.expect("Begrundelse")
    child.send("\r")
    child.expect("Ansvarlig")
    child.send("\r")
    child.expect_exact("Ændrer beslutningen en målsætning eller en aktivitet?")
    child.send("\x1b[B\x1b[B\r")  # the second objective: O2
    child.expect_exact("Hvad ændres ved O2?")
    child.send("\r")  # the target
    child.expect_exact("1.700")  # the target's prompt, its old value as the default (the list held "Mål" too)
    child.send("\x7f" * 10 + "1.900\r")
    child.expect_exact("O2: Mål ændret fra 1.700 til 1.900.")
    child.expect_exact("Endnu en beslutning?")
    child.send("n")
    child.expect_exact("Gennemgang RV1 er gemt")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = load_plan(plan, QSET).plan
    assert saved.reviews[0]["learnings"] == "Reels virker."
    assert next(o for o in saved.answers["objectives"] if o["id"] == "O2")["target"] == 1900


def test_a_review_stopped_before_any_answer_leaves_no_entry(plan: Path, console: Console) -> None:
    with pytest.raises(InterviewStopped):
        run_review(
            open_session(plan, QSET, console, None),
            ScriptedPrompter([KeyboardInterrupt()], "en"),
            console,
            DAY,
        )
    assert load_plan(plan, QSET).plan.reviews == []
    assert "\nreviews:" not in plan.read_text(encoding="utf-8")

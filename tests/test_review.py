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
from smartcli.i18n import Lang, t
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


def target_label(lang: Lang) -> str:
    """The objective's target field as the review names it."""
    found = QSET.find("objectives")
    target = found[1].field("target") if found else None
    assert target is not None
    return target.prompt(lang)


def printed(console: Console) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def test_a_review_shows_the_state_asks_and_applies_a_decision(plan: Path, console: Console) -> None:
    script = [
        "O2 is ahead.", "", "Easter went well.", "Reels beat photos.", "", "Prices rose.",  # the six questions
        True, "Raise the Instagram target", "We are ahead of pace", "Mette",  # a decision
        "objectives:O2", "target", "1,900",  # that changes O2's target
        False,  # no more decisions
        False,  # no adjustment applied
    ]  # fmt: skip
    review = run_review(open_session(plan, QSET, console, None), ScriptedPrompter(script, "en"), console, DAY)
    out = printed(console)
    assert "Status as of 2 April 2027" in out and "Reels took off" in out
    assert f"O2: {target_label('en')} changed from 1,700 to 1,900." in out
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
    fixed = [*script[:12], "2027-06-15", False, False]
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
        open_session(plan, QSET, console, None),
        ScriptedPrompter([""] * 6 + [False, False], "en"),
        console,
        DAY,
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
    child.expect_exact("Notér en beslutning?")
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
    child.expect_exact(f"O2: {target_label('da')} ændret fra 1.700 til 1.900.")
    child.expect_exact("Endnu en beslutning?")
    child.expect_exact("(j/N)")
    child.send("n")
    child.expect_exact("Skal en af jeres tilpasninger ændre planen nu?")
    child.expect_exact("(j/N)")
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


NO_ANSWERS = [""] * 6  # the six review questions, left empty


def test_a_review_applies_an_adjustment_like_a_decision_and_keeps_its_before_and_after(
    plan: Path, console: Console
) -> None:
    prompter = ScriptedPrompter(
        [*NO_ANSWERS, False,  # no decision
         True, "J1",  # apply adjustment J1: the Christmas boxes for private customers
         None, "end", "2027-12-18",  # its activity, A14, is offered first: the last order day moves
         False],  # no other adjustment
        "en",
    )  # fmt: skip
    run_review(open_session(plan, QSET, console, None), prompter, console, DAY)
    change_what = next(a for a in prompter.asked if a[1] == t("en", "review.change_what"))
    assert change_what[2] == "activities:A14"  # the adjustment's activity is the default
    saved = load_plan(plan, QSET).plan
    j1 = next(a for a in saved.answers["adjustments"] if a["id"] == "J1")
    assert {k: j1[k] for k in ("record", "field", "before", "after", "applied", "review")} == {
        "record": "A14", "field": "end", "before": dt.date(2027, 12, 20), "after": dt.date(2027, 12, 18),
        "applied": DAY, "review": "RV1",
    }  # fmt: skip
    assert next(a for a in saved.answers["activities"] if a["id"] == "A14")["end"] == dt.date(2027, 12, 18)
    assert "A14: " in printed(console) and "from 20 December 2027 to 18 December 2027" in printed(console)

    later = ScriptedPrompter([*NO_ANSWERS, False, True, "J2", "__none__", False], "en")
    run_review(open_session(plan, QSET, console, None), later, console, dt.date(2027, 7, 1))
    j2 = next(a for a in load_plan(plan, QSET).plan.answers["adjustments"] if a["id"] == "J2")
    assert "record" not in j2 and "applied" not in j2  # not applied: nothing recorded


def test_only_adjustments_not_applied_are_offered(plan: Path, console: Console) -> None:
    prompter = ScriptedPrompter([*NO_ANSWERS, False, True, "J1", "activities:A14", "end", "2027-12-18", True,
                                 "J1"], "en")  # fmt: skip
    with pytest.raises(AssertionError, match="not a choice"):  # J1 is applied: the second list lacks it
        run_review(open_session(plan, QSET, console, None), prompter, console, DAY)


def test_a_review_sets_an_activitys_status(plan: Path, console: Console) -> None:
    script = [*NO_ANSWERS, True, "The giveaway is cancelled", "The profiles said no", "Jonas",
              "activities:A7", "status", "dropped", False, False]  # fmt: skip
    run_review(open_session(plan, QSET, console, None), ScriptedPrompter(script, "en"), console, DAY)
    saved = load_plan(plan, QSET).plan
    assert next(a for a in saved.answers["activities"] if a["id"] == "A7")["status"] == "dropped"
    decision = saved.reviews[-1]["decisions"][0]
    assert (decision["field"], decision["before"], decision["after"]) == ("status", "planned", "dropped")


def test_the_decision_log_holds_applied_adjustments_with_before_and_after(
    plan: Path, console: Console
) -> None:
    from smartcli.report.context import build_decisions

    script = [*NO_ANSWERS, False, True, "J1", None, "end", "2027-12-18", False]
    run_review(open_session(plan, QSET, console, None), ScriptedPrompter(script, "en"), console, DAY)
    _, log = build_decisions(load_plan(plan, QSET).plan, QSET, "en")
    (entry,) = [d for d in log if d.adjustment == "J1"]
    assert entry.date == DAY and entry.review == "RV1"
    assert entry.change is not None and entry.change.startswith("A14 ")
    assert entry.change.endswith("20 December 2027 → 18 December 2027")
    assert entry.decision is not None and entry.decision.startswith(
        "Christmas gift boxes for private customers: "
    )
    assert not any(d.adjustment == "J2" for d in log)  # not applied: not a decision

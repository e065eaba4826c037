"""What an interview walks now: the short route, and the review questions only once a plan is running."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smartcli.interview.position import for_review, route
from smartcli.plan.model import Plan
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml"
REVIEW = {q.id for _, q in QSET if q.review}


def ids(qset):  # type: ignore[no-untyped-def]
    return {q.id for _, q in qset}


def test_there_are_review_questions_in_the_reporting_and_adaptation_phases() -> None:
    assert {"reached", "learnings", "market_learnings", "decisions"} <= REVIEW


def test_a_new_plan_leaves_what_was_reached_and_learned_for_smart_review() -> None:
    plan = Plan(language="en")
    assert ids(route(plan, QSET)) == ids(QSET) - REVIEW
    assert {q.id for q in for_review(plan, QSET)} == REVIEW
    assert not REVIEW & ids(route(plan, QSET, quick=True)) and ids(route(plan, QSET, quick=True)) <= ids(QSET)


def test_a_plan_with_a_measurement_or_a_review_asks_them_too() -> None:
    measured = Plan(language="en")
    measured.measurements.append({"id": "M1", "objective": "O1", "date": dt.date(2027, 2, 1), "value": 1})
    reviewed = Plan(language="en")
    reviewed.reviews.append({"id": "R1", "date": dt.date(2027, 4, 1)})
    for plan in (measured, reviewed):
        assert ids(route(plan, QSET)) == ids(QSET) and for_review(plan, QSET) == []


def test_the_running_sample_walks_every_question() -> None:
    sample = load_plan(SAMPLE, QSET).plan
    assert ids(route(sample, QSET)) == ids(QSET)


def test_resume_of_a_new_plan_says_what_is_answered_now_and_what_waits(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from helpers import ScriptedPrompter
    from smartcli.interview.flow import resume_plan
    from smartcli.interview.session import open_session
    from smartcli.plan.planfile import dump_plan

    plan = load_plan(SAMPLE, QSET).plan
    plan.measurements, plan.reviews = [], []
    for question_id in REVIEW:
        plan.answers.pop(question_id, None)
    (tmp_path / "plan.yaml").write_text(dump_plan(plan, QSET), encoding="utf-8")
    console = Console(file=io.StringIO(), width=200)
    resume_plan(open_session(tmp_path / "plan.yaml", QSET, console, "en"), ScriptedPrompter([]), console)
    said = console.file.getvalue()  # type: ignore[attr-defined]
    assert "that can be answered now is answered" in said and "Every question in" in said
    assert f"{len(REVIEW)} questions on what you reached and learned" in said

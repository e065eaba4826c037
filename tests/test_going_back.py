"""Going back (Shift-Tab): to the previous field, item, record, question, phase and plan detail.

Driven with the scripted prompter (``BACK`` is Shift-Tab); each test checks
what was asked again, with which default, and what the file holds: nothing
saved is lost by going back. The real key in the real widgets is in
tests/test_prompts.py, and once in a real terminal in tests/test_terminal.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from helpers import BACK, ScriptedPrompter, small_question_set
from smartcli.errors import InterviewStopped
from smartcli.interview.edit import edit_plan
from smartcli.interview.flow import new_plan, resume_plan
from smartcli.interview.session import open_session
from smartcli.plan.model import Period, Plan, QuestionSet
from smartcli.plan.planfile import load_plan, save_plan

META = ["da", "Bageriet Hvede", "1-1-2027", "31-12-2027", None, None]  # language ... title, currency
STOP = KeyboardInterrupt()


@pytest.fixture
def qset(tmp_path: Path) -> QuestionSet:
    return small_question_set(tmp_path)


def printed(console: Console) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def on_disk(path: Path, qset: QuestionSet) -> Plan:
    return load_plan(path, qset).plan


def write_plan(path: Path, qset: QuestionSet, **answers: Any) -> Path:
    plan = Plan(
        language="da",
        company="Hvede",
        title="Plan",
        period=Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
    )
    plan.answers.update(answers)
    save_plan(path, plan, qset, None)
    return path


def resume(path: Path, qset: QuestionSet, console: Console, script: list[Any]) -> ScriptedPrompter:
    """Resume `path` with `script`, which ends in Ctrl-C (or finishes the plan)."""
    prompter = ScriptedPrompter(script)
    with contextlib.suppress(InterviewStopped):
        resume_plan(open_session(path, qset, console, None), prompter, console)
    assert prompter.script == [], f"not asked: {prompter.script}"
    return prompter


def asked_again(prompter: ScriptedPrompter, message: str) -> list[Any]:
    """The defaults `message` was asked with, in order."""
    return [default for _, asked, default in prompter.asked if asked == message]


# --- questions and the plan's details ------------------------------------------------


def test_back_from_the_first_question_goes_into_the_plans_details(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"

    def company_still_saved() -> Any:
        assert on_disk(path, qset).company == "Bageriet Hvede"  # going back undid nothing
        return BACK

    script = [*META, BACK, company_still_saved, "Hvedes plan", None, "Vi bager", STOP]
    prompter = ScriptedPrompter(script)
    with pytest.raises(InterviewStopped):
        new_plan(path, qset, prompter, console, "da")
    assert prompter.script == []
    plan = on_disk(path, qset)
    assert plan.title == "Hvedes plan" and plan.answers == {"company_story": "Vi bager"}
    # back from the story: the currency, then the title with its answer as the default
    assert [m for _, m, _ in prompter.asked[6:11]] == ["Svar", "Valuta", "Planens titel", "Valuta", "Svar"]
    assert asked_again(prompter, "Planens titel") == ["Marketingplan 2027", "Marketingplan 2027"]
    assert asked_again(prompter, "Fortæl om jer") == [] and asked_again(prompter, "Svar") == ["", ""]


def test_back_through_the_details_to_the_language_and_on_in_the_new_one(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    script = ["da", "Hvede", BACK, BACK, "en", None, None, None, None, None, STOP]
    prompter = ScriptedPrompter(script)
    with pytest.raises(InterviewStopped):
        new_plan(path, qset, prompter, console, "da")
    plan = on_disk(path, qset)
    assert plan.language == "en" and plan.company == "Hvede" and plan.title.startswith("Marketing plan")
    assert ("text", "The company's name", "Hvede") in prompter.asked  # asked again, in English
    offered = {m: back for (_, m, _), back in zip(prompter.asked, prompter.offered_back, strict=True)}
    assert offered.pop("Sprog / Language") is False  # nothing comes before the language
    assert all(offered.values())


def test_back_at_the_first_prompt_says_there_is_nothing_before(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset)
    script = [BACK, BACK, BACK, BACK, BACK, BACK, None, None, None, None, None, "Vi bager", STOP]
    prompter = resume(path, qset, console, script)
    assert "Der er ikke noget spørgsmål før dette." in printed(console)
    assert [m for _, m, _ in prompter.asked[:7]] == [
        "Svar", "Valuta", "Planens titel", "Planperiodens slut", "Planperiodens start",
        "Virksomhedens navn", "Virksomhedens navn",
    ]  # fmt: skip
    assert on_disk(path, qset).answers == {"company_story": "Vi bager"}


def test_back_from_a_resumed_question_to_an_answered_one_and_forward_again(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset, company_story="Vi bager", uses_digital=False)
    # at the strengths: back to "uses digital?" (default: no), yes; now the channels apply
    script = [BACK, True, True, "Instagram", "good", False, "Stenovn", "", STOP]
    prompter = resume(path, qset, console, script)
    answers = on_disk(path, qset).answers
    assert answers["uses_digital"] is True
    assert answers["channels"] == [{"id": "CC1", "name": "Instagram", "success": "good"}]
    assert answers["strengths"] == ["Stenovn"]
    assert prompter.asked[1] == ("confirm", "Ja eller nej", False)


def test_back_across_a_phase_and_at_the_question_between_phases(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset, company_story="Vi bager", uses_digital=False)
    script = [
        "Stenovn", "",  # strengths
        BACK,  # at "phase 1 is saved, go on?": back into the list, at its next item
        BACK, None, "",  # back to item 1 (kept), then finish
        True,  # go on to phase 2
        BACK,  # at the first objective's first field: back to the strengths (phase 1)
        "Stamkunder", "",
        True, "Flere ordrer", STOP,
    ]  # fmt: skip
    prompter = resume(path, qset, console, script)
    answers = on_disk(path, qset).answers
    assert answers["strengths"] == ["Stenovn", "Stamkunder"]
    assert answers["objectives"] == [{"id": "O1", "statement": "Flere ordrer"}]
    assert asked_again(prompter, "1.") == ["", "Stenovn"]
    assert "1 indtil nu: Stenovn" in printed(console)
    continues = [m for k, m, _ in prompter.asked if k == "confirm" and m.startswith("Fase 1 er gemt")]
    assert len(continues) == 3


def test_going_back_out_of_a_question_not_answered_yet_saves_nothing_for_it(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    """The first objective is added by itself (the question is required); leaving it empty drops it."""
    path = write_plan(tmp_path / "plan.yaml", qset, company_story="x", uses_digital=False, strengths=[])
    resume(path, qset, console, [BACK, "", STOP])  # back to the (empty) strengths; finish it; Ctrl-C
    assert "objectives" not in on_disk(path, qset).answers  # still open: resume asks it again


# --- records ------------------------------------------------------------------------


def phase_one_done(tmp_path: Path, qset: QuestionSet) -> Path:
    return write_plan(tmp_path / "plan.yaml", qset, company_story="x", uses_digital=False, strengths=[])


def test_back_to_the_previous_field_of_a_record_with_its_answer_as_default(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = phase_one_done(tmp_path, qset)
    script = [
        "Flere ordrer", BACK, "Flere webordrer",  # statement; back from the target
        "100", BACK, "120",  # back from the deadline to the target
        "", BACK, "1-6-2027",  # back from "add another?" to the deadline
        False, STOP,
    ]  # fmt: skip
    prompter = resume(path, qset, console, script)
    assert on_disk(path, qset).answers["objectives"] == [
        {"id": "O1", "statement": "Flere webordrer", "target": 120, "deadline": dt.date(2027, 6, 1)}
    ]
    assert asked_again(prompter, "Målsætning") == ["", "Flere ordrer"]
    assert asked_again(prompter, "Mål") == ["", "", "100"]
    assert asked_again(prompter, "Deadline") == ["", "", ""]


def test_a_new_record_left_before_its_first_answer_is_dropped(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = phase_one_done(tmp_path, qset)
    saved_o2: list[bool] = []

    def o2_never_saved() -> Any:
        saved_o2.append(len(on_disk(path, qset).answers["objectives"]) == 2)
        return False

    script = ["A", "1", "", True, BACK, o2_never_saved, STOP]
    prompter = resume(path, qset, console, script)
    assert on_disk(path, qset).answers["objectives"] == [{"id": "O1", "statement": "A", "target": 1}]
    assert saved_o2 == [False]
    add_more = [d for k, m, d in prompter.asked if k == "confirm" and m.startswith("Tilføj")]
    assert add_more == [False, False]  # asked again, as before


def test_back_from_a_records_first_field_goes_into_the_record_before(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = phase_one_done(tmp_path, qset)
    script = [
        "A", "1", "", True,  # O1; another
        "B", "2", "",  # O2
        BACK, BACK, BACK, BACK,  # "add another?", then O2's deadline, target and statement
        "1-6-2027",  # ... into O1's deadline
        None, None, None,  # forward again through O2, its answers the defaults
        False, STOP,
    ]  # fmt: skip
    prompter = resume(path, qset, console, script)
    assert on_disk(path, qset).answers["objectives"] == [
        {"id": "O1", "statement": "A", "target": 1, "deadline": dt.date(2027, 6, 1)},
        {"id": "O2", "statement": "B", "target": 2},
    ]
    assert asked_again(prompter, "Målsætning") == ["", "", "B", "B"]


def test_back_into_an_answered_records_question_reaches_its_records(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(
        tmp_path / "plan.yaml", qset, company_story="x", uses_digital=False, strengths=[],
        objectives=[{"id": "O1", "statement": "s", "target": 1}],
    )  # fmt: skip
    script = [
        "", False,  # the interrupted objective: its deadline, then no more
        BACK,  # at the budget: back to "add another objective?"
        BACK, BACK, "2",  # its deadline, its target: 2
        "", False, "100", STOP,
    ]  # fmt: skip
    resume(path, qset, console, script)
    answers = on_disk(path, qset).answers
    assert answers["objectives"] == [{"id": "O1", "statement": "s", "target": 2}]
    assert answers["total_budget"] == 100


# --- lists --------------------------------------------------------------------------


def test_back_to_the_previous_item_of_a_list(tmp_path: Path, qset: QuestionSet, console: Console) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset, company_story="x", uses_digital=False)
    script = ["Stenovn", "Stamkunder", BACK, "Trofaste stamkunder", "", STOP]
    prompter = resume(path, qset, console, script)
    assert on_disk(path, qset).answers["strengths"] == ["Stenovn", "Trofaste stamkunder"]
    assert prompter.asked[2:4] == [("text", "3.", ""), ("text", "2.", "Stamkunder")]


def test_clearing_an_item_gone_back_to_removes_it(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset, company_story="x", uses_digital=False)
    resume(path, qset, console, ["Stenovn", "Fejl", BACK, "", "", STOP])
    assert on_disk(path, qset).answers["strengths"] == ["Stenovn"]


# --- the end of resume, and edit ------------------------------------------------------


def test_back_from_the_offer_of_skipped_questions_to_the_last_question(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(
        tmp_path / "plan.yaml", qset, company_story="x", uses_digital=False, strengths=["s"],
        objectives=[{"id": "O1", "statement": "s", "target": 1, "deadline": dt.date(2027, 6, 1)}],
        total_budget=None, activities=[{"id": "A1", "what": "Skilt"}], cadence="weekly",
        content_types=["video"], share=None,
    )  # fmt: skip
    script = [BACK, "5", True, "100"]  # back from the offer; the share; then offered: the budget
    prompter = resume(path, qset, console, script)
    answers = on_disk(path, qset).answers
    assert answers["share"] == 5 and answers["total_budget"] == 100
    offers = [m for k, m, _ in prompter.asked if k == "confirm" and "sprunget over" in m]
    assert offers[0].startswith("2 spørgsmål") and offers[1].startswith("Ét spørgsmål")


def test_edit_back_from_a_change_and_a_removed_record_comes_back(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(
        tmp_path / "plan.yaml", qset,
        objectives=[{"id": "O1", "statement": "A", "target": 1}, {"id": "O2", "statement": "B", "target": 2}],
    )  # fmt: skip
    removed_on_disk: list[list[str]] = []

    def o2_gone() -> Any:
        removed_on_disk.append([o["id"] for o in on_disk(path, qset).answers["objectives"]])
        return BACK

    script = [
        "change", BACK,  # O1: change; back from its statement to keep/change/remove
        "keep",
        "remove", o2_gone,  # O2: removed (saved at once); back from "add another?"
        "keep", False,  # O2 is offered again, with "remove" as the default: keep it
    ]  # fmt: skip
    prompter = ScriptedPrompter(script)
    edit_plan(open_session(path, qset, console, None), prompter, console, question_id="objectives")
    assert removed_on_disk == [["O1"]]
    assert [o["id"] for o in on_disk(path, qset).answers["objectives"]] == ["O1", "O2"]
    choices = [d for k, m, d in prompter.asked if k == "select"]
    assert choices == ["keep", "change", "keep", "remove"]


def test_edit_a_phase_goes_back_to_its_previous_question(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset, objectives=[{"id": "O1", "statement": "A", "target": 1}])
    script = ["keep", False, BACK, False, "5.000"]  # at the budget: back to "add another?"
    prompter = ScriptedPrompter(script)
    edit_plan(open_session(path, qset, console, None), prompter, console, phase_name="2")
    assert on_disk(path, qset).answers["total_budget"] == 5000
    assert [k for k, _, _ in prompter.asked[:4]] == ["select", "confirm", "text", "confirm"]


def test_edit_menu_back_from_a_question_and_from_the_list_of_questions(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = write_plan(tmp_path / "plan.yaml", qset, cadence="weekly")
    script = ["reporting", "cadence", BACK, BACK, "__meta__", BACK, "__done__"]
    prompter = ScriptedPrompter(script)
    edit_plan(open_session(path, qset, console, None), prompter, console)
    assert [m for _, m, _ in prompter.asked] == [
        "Hvad skal rettes?", "Vælg et spørgsmål", "Vælg", "Vælg et spørgsmål",
        "Hvad skal rettes?", "Virksomhedens navn", "Hvad skal rettes?",
    ]  # fmt: skip
    assert asked_again(prompter, "Vælg et spørgsmål") == [None, "cadence"]
    assert on_disk(path, qset).answers["cadence"] == "weekly"


def test_every_prompt_of_a_whole_run_offers_going_back_but_the_first(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    script = [
        *META,
        "Vi bager", True, True, "Instagram", "good", False, "", True,
        "Flere følgere", "1.700", "1-7-2027", False, "250.000", True,
        True, "Kampagne", "1-3-2027", "31-3-2027", ["O1"], False, True,
        "monthly", True,
        ["video"], "12,5",
    ]  # fmt: skip
    prompter = ScriptedPrompter(script)
    assert new_plan(tmp_path / "plan.yaml", qset, prompter, console, "da") is True
    assert prompter.offered_back == [False] + [True] * (len(prompter.asked) - 1)

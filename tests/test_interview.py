"""The interview use cases with a scripted prompter: what is asked, in what order, and what is saved when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from helpers import ScriptedPrompter, small_question_set
from smartcli.errors import InterviewStopped, SmartError
from smartcli.interview.edit import edit_plan, find_phase, find_question
from smartcli.interview.flow import default_period, default_title, new_plan, resume_plan, write_from_answers
from smartcli.interview.session import open_session
from smartcli.plan.model import Period, Plan, QuestionSet
from smartcli.plan.planfile import load_plan, save_plan

META = ["da", "Bageriet Hvede", "1-1-2027", "31-12-2027", None, None]  # language ... title, currency


@pytest.fixture
def qset(tmp_path: Path) -> QuestionSet:
    return small_question_set(tmp_path)


def printed(console: Console) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def answers_on_disk(path: Path, qset: QuestionSet) -> dict[str, Any]:
    return load_plan(path, qset).plan.answers


def test_new_creates_the_file_after_the_metadata_and_saves_every_answer(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"

    def file_exists_already() -> str:
        assert load_plan(path, qset).plan.company == "Bageriet Hvede"
        return "Vi bager surdej"

    script = [*META, file_exists_already, False, "Stenovn", KeyboardInterrupt()]
    with pytest.raises(InterviewStopped) as info:
        new_plan(path, qset, ScriptedPrompter(script), console, "da")
    assert info.value.plan_path == path
    plan = load_plan(path, qset).plan
    assert plan.title == "Marketingplan 2027" and plan.currency == "DKK"
    assert plan.period == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # the list item typed before Ctrl-C is saved; the channels were not asked (no digital channels)
    assert plan.answers == {
        "company_story": "Vi bager surdej",
        "uses_digital": False,
        "strengths": ["Stenovn"],
    }


def test_nothing_is_saved_when_interrupted_before_the_plan_exists(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    with pytest.raises(InterviewStopped) as info:
        new_plan(path, qset, ScriptedPrompter(["da", KeyboardInterrupt()]), console, "da")
    assert info.value.plan_path is None and not path.exists()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (["da", "Bageriet Hvede"], {"company": "Bageriet Hvede"}),
        (["da", "Bageriet Hvede", "1-1-2027", "31-12-2027"], {"company": "Bageriet Hvede", "year": 2027}),
    ],
)
def test_ctrl_c_during_the_plan_details_keeps_what_was_typed(
    tmp_path: Path, qset: QuestionSet, console: Console, typed: list[Any], kept: dict[str, Any]
) -> None:
    """F17: the company (and period) typed before Ctrl-C were discarded: "Nothing was saved"."""
    path = tmp_path / "plan.yaml"
    with pytest.raises(InterviewStopped) as info:
        new_plan(path, qset, ScriptedPrompter([*typed, KeyboardInterrupt()]), console, "da")
    assert info.value.plan_path == path
    plan = load_plan(path, qset).plan
    assert plan.company == kept["company"]
    assert (plan.period.start.year if plan.period else None) == kept.get("year")


def test_resume_asks_the_plan_details_that_are_missing_first(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    with pytest.raises(InterviewStopped):
        new_plan(path, qset, ScriptedPrompter(["da", "Bageriet Hvede", KeyboardInterrupt()]), console, "da")
    session = open_session(path, qset, console, None)
    script = ["1-1-2027", "31-12-2027", None, None, "Vi bager", KeyboardInterrupt()]
    with pytest.raises(InterviewStopped):
        resume_plan(session, ScriptedPrompter(script), console)
    plan = load_plan(path, qset).plan
    assert plan.company == "Bageriet Hvede" and plan.title == "Marketingplan 2027"
    assert plan.period == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert plan.answers == {"company_story": "Vi bager"}


def test_resume_goes_on_with_a_list_stopped_part_way(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    """F18: resume went on to the next question, so the list could not be continued."""
    path = tmp_path / "plan.yaml"
    script = [*META, "Vi bager", False, "Stenovn", KeyboardInterrupt()]  # Ctrl-C at item 2
    with pytest.raises(InterviewStopped):
        new_plan(path, qset, ScriptedPrompter(script), console, "da")
    prompter = ScriptedPrompter(["Surdej", "", KeyboardInterrupt()])  # item 2, finish; then phase 2
    with pytest.raises(InterviewStopped):
        resume_plan(open_session(path, qset, console, None), prompter, console)
    assert answers_on_disk(path, qset)["strengths"] == ["Stenovn", "Surdej"]
    assert [message for _, message, _ in prompter.asked[:2]] == ["2.", "3."]
    assert "1 indtil nu: Stenovn" in printed(console)


def test_resume_goes_on_with_the_rest_of_a_record_then_offers_another(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    """F18: the rest of an interrupted record (its optional deadline) and "add another?" were skipped."""
    path = tmp_path / "plan.yaml"
    script = [*META, "Vi bager", False, "", True, "Flere ordrer", "100", KeyboardInterrupt()]
    with pytest.raises(InterviewStopped):
        new_plan(path, qset, ScriptedPrompter(script), console, "da")
    assert answers_on_disk(path, qset)["objectives"] == [
        {"id": "O1", "statement": "Flere ordrer", "target": 100}
    ]
    prompter = ScriptedPrompter(["1-6-2027", True, "Nye kunder", "20", "", False, KeyboardInterrupt()])
    with pytest.raises(InterviewStopped):
        resume_plan(open_session(path, qset, console, None), prompter, console)
    objectives = answers_on_disk(path, qset)["objectives"]
    assert objectives[0]["deadline"] == dt.date(2027, 6, 1)
    assert [o["statement"] for o in objectives] == ["Flere ordrer", "Nye kunder"]
    assert prompter.asked[0][1] == "Deadline" and len(prompter.asked) == 7  # then the budget question


def test_new_refuses_to_overwrite_a_plan(tmp_path: Path, qset: QuestionSet, console: Console) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("mine\n")
    with pytest.raises(SmartError) as info:
        new_plan(path, qset, ScriptedPrompter([]), console, "da")
    assert info.value.key == "error.plan_exists"
    assert path.read_text() == "mine\n"


def test_a_whole_run_shows_positions_and_ends_with_a_summary(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    script = [
        *META,
        "Vi bager", True, True, "Instagram", "good", False, "", True,  # phase 1, then go on
        "Flere følgere", "1.700", "1-7-2027", False, "250.000", True,  # phase 2
        True, "Kampagne", "1-3-2027", "31-3-2027", ["O1"], False, True,  # phase 3
        "monthly", True,  # phase 4
        ["video"], "12,5",  # phase 5
    ]  # fmt: skip
    prompter = ScriptedPrompter(script)
    assert new_plan(path, qset, prompter, console, "da") is True
    assert prompter.script == []
    answers = answers_on_disk(path, qset)
    assert answers["channels"] == [{"id": "CC1", "name": "Instagram", "success": "good"}]
    assert answers["strengths"] == []
    assert answers["objectives"] == [
        {"id": "O1", "statement": "Flere følgere", "target": 1700, "deadline": dt.date(2027, 7, 1)}
    ]
    assert answers["total_budget"] == 250000 and answers["share"] == 12.5
    assert answers["activities"][0]["objectives"] == ["O1"]
    out = printed(console)
    assert "Fase 1 af 5 · Situation · spørgsmål 3 af 4" in out
    assert "Fase 2 af 5 · Målsætning" in out and "Om fasen Målsætning." in out
    assert "smart report" in out and "strengths" in out  # the empty list is an open point


def test_the_user_may_stop_at_the_end_of_a_phase(tmp_path: Path, qset: QuestionSet, console: Console) -> None:
    path = tmp_path / "plan.yaml"
    script = [*META, "Vi bager", False, "", False]
    assert new_plan(path, qset, ScriptedPrompter(script), console, "da") is False
    assert "Stoppet efter fase 1" in printed(console) and "smart resume" in printed(console)
    assert set(answers_on_disk(path, qset)) == {"company_story", "uses_digital", "strengths"}


def write_plan(path: Path, qset: QuestionSet, **answers: Any) -> None:
    plan = Plan(
        language="da",
        company="Hvede",
        title="Plan",
        period=Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
    )
    plan.answers.update(answers)
    save_plan(path, plan, qset, None)


def test_resume_continues_at_the_first_open_question_and_completes_a_half_record(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(
        path, qset, company_story="Vi bager", uses_digital=True, channels=[{"id": "CC1", "success": "good"}]
    )
    prompter = ScriptedPrompter(["Instagram", False, "Stenovn", "", False])
    assert resume_plan(open_session(path, qset, console, None), prompter, console) is False
    assert prompter.asked[0] == ("text", "Navn", "")  # the missing name of CC1, nothing before it
    assert answers_on_disk(path, qset)["channels"] == [{"id": "CC1", "name": "Instagram", "success": "good"}]
    assert "Fortsætter" in printed(console) and "spørgsmål 3 af 4" in printed(console)


def test_resume_of_a_finished_plan_says_so(tmp_path: Path, qset: QuestionSet, console: Console) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(
        path, qset, company_story="x", uses_digital=False, strengths=[], objectives=[{"id": "O1", "statement": "s", "target": 1}],
        total_budget=None, activities=[], cadence="weekly", content_types=[], share=None,
    )  # fmt: skip
    prompter = ScriptedPrompter([False])  # "5 questions were skipped: answer them now?" no
    assert resume_plan(open_session(path, qset, console, None), prompter, console) is True
    assert "Alle spørgsmål" in printed(console)
    assert prompter.asked == [("confirm", "5 spørgsmål blev sprunget over. Vil I besvare dem nu?", True)]


def test_resume_offers_the_skipped_questions_at_the_end(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(
        path, qset, company_story="x", uses_digital=False, strengths=["Stenovn"],
        objectives=[{"id": "O1", "statement": "s", "target": 1}], total_budget=None, activities=[{"id": "A1", "what": "Skilt"}],
        cadence="weekly", content_types=["video"],
    )  # fmt: skip
    prompter = ScriptedPrompter(["12", True, "40.000"])  # the last open question, then the skipped one
    resume_plan(open_session(path, qset, console, None), prompter, console)
    answers = answers_on_disk(path, qset)
    assert answers["share"] == 12 and answers["total_budget"] == 40000
    assert prompter.asked[1] == ("confirm", "Ét spørgsmål blev sprunget over. Vil I besvare det nu?", True)


def test_edit_one_question_with_the_old_answer_as_default(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset, total_budget=100000)
    prompter = ScriptedPrompter(["150.000"])
    edit_plan(
        open_session(path, qset, console, None), prompter, console, question_id="objectives.total_budget"
    )
    assert prompter.asked == [("text", "Svar", "100.000")]
    assert answers_on_disk(path, qset)["total_budget"] == 150000


def test_edit_a_phase_walks_its_questions(tmp_path: Path, qset: QuestionSet, console: Console) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset, cadence="weekly")
    edit_plan(
        open_session(path, qset, console, "en"),
        ScriptedPrompter(["monthly"]),
        console,
        phase_name="Rapportering",
    )
    assert answers_on_disk(path, qset)["cadence"] == "monthly"
    assert "Phase 4 of 5 · Reporting · question 1 of 1" in printed(console)  # --lang en over a Danish plan


def test_edit_menu_goes_phase_then_question_then_back(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset, company_story="gammel")
    script = [
        "situation",
        "company_story",
        "ny historie",
        "__back__",
        "__meta__",
        None,
        None,
        None,
        "Ny titel",
        "EUR",  # picked from the common currencies (typing "eur" is refused: nothing typed changes silently)
        "__done__",
    ]
    edit_plan(open_session(path, qset, console, None), ScriptedPrompter(script), console)
    plan = load_plan(path, qset).plan
    assert plan.answers["company_story"] == "ny historie"
    assert plan.title == "Ny titel" and plan.currency == "EUR"


def test_another_currency_is_typed_as_an_iso_code_and_refused_otherwise(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    script = ["da", "Bageriet Hvede", "1-1-2027", "31-12-2027", None, "", "ISK", KeyboardInterrupt()]
    with pytest.raises(InterviewStopped):
        new_plan(path, qset, ScriptedPrompter(script), console, "da")
    assert load_plan(path, qset).plan.currency == "ISK"
    with pytest.raises(AssertionError, match="er ikke en valutakode"):  # the prompt's validator refuses it
        new_plan(
            tmp_path / "p2.yaml",
            qset,
            ScriptedPrompter(["da", "Hvede", "1-1-2027", "31-12-2027", None, "", "Svar 6"]),
            console,
            "da",
        )
    with pytest.raises(AssertionError, match="store bogstaver: DKK"):
        new_plan(
            tmp_path / "p3.yaml",
            qset,
            ScriptedPrompter(["da", "Hvede", "1-1-2027", "31-12-2027", None, "", "dkk"]),
            console,
            "da",
        )


def test_a_period_that_ends_on_its_first_day_is_refused_at_the_prompt(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    script = ["da", "Hvede", "1-1-2027", "1-1-2027"]
    with pytest.raises(AssertionError, match="Datoen skal ligge efter"):
        new_plan(tmp_path / "plan.yaml", qset, ScriptedPrompter(script), console, "da")


def test_edit_a_question_that_does_not_apply_explains_why(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset, uses_digital=False)
    edit_plan(open_session(path, qset, console, None), ScriptedPrompter([]), console, question_id="channels")
    assert "uses_digital" in printed(console)


@pytest.mark.parametrize("name", ["2", "objectives", "Målsætning", "maalsaetning", "M", "målsætning"])
def test_phases_are_found_by_any_name(qset: QuestionSet, name: str) -> None:
    assert find_phase(qset, name).id == "objectives"


def test_unknown_phase_and_question_are_explained(qset: QuestionSet) -> None:
    with pytest.raises(SmartError) as info:
        find_phase(qset, "sales")
    assert "1/situation" in info.value.render("en")
    with pytest.raises(SmartError) as info:
        find_question(qset, "nope")
    assert info.value.key == "error.unknown_question"


def someone_else_edits(path: Path, answer: str):  # type: ignore[no-untyped-def]
    """A script step: another program changes the plan (a git pull), then the user answers."""

    def step() -> str:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("company: Hvede\n", "company: Hvede ApS\n"), encoding="utf-8")
        return answer

    return step


def test_a_plan_changed_on_disk_is_not_clobbered_when_the_user_stops(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset)
    session = open_session(path, qset, console, None)
    with pytest.raises(SmartError) as info:
        resume_plan(session, ScriptedPrompter([someone_else_edits(path, "Vi bager"), "stop"]), console)
    assert info.value.key == "error.changed_on_disk"
    assert load_plan(path, qset).plan.company == "Hvede ApS"  # theirs, untouched
    side = load_plan(tmp_path / "plan.mine.yaml", qset).plan
    assert side.answers == {"company_story": "Vi bager"} and side.company == "Hvede"
    assert "ændret af et andet program" in printed(console)


def test_merging_keeps_their_change_and_my_answer(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset)
    session = open_session(path, qset, console, None)
    script = [someone_else_edits(path, "Vi bager"), "merge", KeyboardInterrupt()]
    with pytest.raises(InterviewStopped):
        resume_plan(session, ScriptedPrompter(script), console)
    plan = load_plan(path, qset).plan
    assert plan.company == "Hvede ApS" and plan.answers == {"company_story": "Vi bager"}
    assert not (tmp_path / "plan.mine.yaml").exists()


def test_ctrl_c_at_the_changed_on_disk_question_keeps_my_answer_in_the_side_file(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    """F8: the answer was in neither file, while the message said it was saved."""
    path = tmp_path / "plan.yaml"
    write_plan(path, qset)
    session = open_session(path, qset, console, None)
    script = [someone_else_edits(path, "Vi bager"), KeyboardInterrupt()]
    with pytest.raises(InterviewStopped) as info:
        resume_plan(session, ScriptedPrompter(script), console)
    side = tmp_path / "plan.mine.yaml"
    assert info.value.key == "interrupt.side_file" and str(side) in info.value.render("en")
    assert load_plan(side, qset).plan.answers == {"company_story": "Vi bager"}
    assert load_plan(path, qset).plan.company == "Hvede ApS"  # theirs, untouched


def test_keeping_theirs_goes_on_from_their_version(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset)
    session = open_session(path, qset, console, None)
    script = [
        someone_else_edits(path, "Vi bager"),
        "theirs",
        True,
        KeyboardInterrupt(),
    ]  # then the next question
    with pytest.raises(InterviewStopped):
        resume_plan(session, ScriptedPrompter(script), console)
    plan = load_plan(path, qset).plan
    assert plan.company == "Hvede ApS" and plan.answers == {"uses_digital": True}  # my answer left their plan
    assert load_plan(tmp_path / "plan.mine.yaml", qset).plan.answers == {"company_story": "Vi bager"}


def test_an_unchanged_plan_is_not_rewritten(tmp_path: Path, qset: QuestionSet, console: Console) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("smart_plan: 1\nlanguage: da\ncompany: 'Hvede'   # hand-formatted\n", encoding="utf-8")
    session = open_session(path, qset, console, None)
    session.save()
    assert path.read_text(encoding="utf-8").endswith("# hand-formatted\n")


def test_no_input_writes_the_plan_and_lists_what_is_open(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    seed = Plan(language="en", company="Hvede", answers={"company_story": "We bake", "uses_digital": False})
    missing = write_from_answers(tmp_path / "plan.yaml", qset, console, seed, "en")
    assert [q.id for _, q in missing] == [
        "strengths",
        "objectives",
        "total_budget",
        "activities",
        "cadence",
        "content_types",
        "share",
    ]
    assert "situation.strengths: Strengths" in printed(console)
    assert load_plan(tmp_path / "plan.yaml", qset).plan.title.startswith("Marketing plan")


def test_the_default_period_is_the_coming_year_late_in_the_year() -> None:
    assert default_period(dt.date(2026, 11, 27)) == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert default_period(dt.date(2027, 4, 10)) == Period(dt.date(2027, 5, 1), dt.date(2028, 4, 30))
    assert default_title(Period(dt.date(2027, 5, 1), dt.date(2028, 4, 30)), "da") == "Marketingplan 2027/28"


def test_editing_the_plan_details_saves_each_answer_at_once(
    tmp_path: Path, qset: QuestionSet, console: Console
) -> None:
    path = tmp_path / "plan.yaml"
    write_plan(path, qset)
    script = ["__meta__", "Nyt navn", KeyboardInterrupt()]
    with pytest.raises(InterviewStopped):
        edit_plan(open_session(path, qset, console, None), ScriptedPrompter(script), console)
    assert load_plan(path, qset).plan.company == "Nyt navn"


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("competitor", "competitors"),
        ("strenghts", "strengths"),
        ("objective", "objectives"),
        ("brand_word", "brand_words"),
    ],
)
def test_a_mistyped_question_id_gets_a_suggestion(typed: str, suggested: str) -> None:
    from smartcli.plan.questionset import shipped_question_set

    with pytest.raises(SmartError) as info:
        find_question(shipped_question_set(), typed)
    assert info.value.key == "error.unknown_question_suggest"
    assert f"Did you mean {suggested}?" in info.value.render("en")


@pytest.mark.parametrize(("typed", "suggested"), [("objectivs", "objectives"), ("Malsætning", "Målsætning")])
def test_a_mistyped_phase_gets_a_suggestion(qset: QuestionSet, typed: str, suggested: str) -> None:
    with pytest.raises(SmartError) as info:
        find_phase(qset, typed)
    assert f"Mente I {suggested}?" in info.value.render("da") and "2/objectives" in info.value.render("da")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_edit_menu_rows_fit_80_columns_with_their_state_shown(tmp_path: Path, lang: str) -> None:
    from smartcli.interview.edit import menu_label
    from smartcli.interview.session import Session
    from smartcli.plan.questionset import shipped_question_set

    shipped = shipped_question_set()
    example = Path(__file__).resolve().parent.parent / "examples" / f"bageriet-hvede.{lang}.yaml"
    plan = load_plan(example, shipped).plan
    plan.answers["marketing_status"] = None  # skipped
    del plan.answers["brand_words"]  # not asked yet
    session = Session(tmp_path / "plan.yaml", plan, shipped, lang)  # type: ignore[arg-type]
    width = 80 - 4  # the pointer and its spaces
    labels = {q.id: menu_label(q, session, lang, width) for _, q in shipped}  # type: ignore[arg-type]
    assert max(len(label) for label in labels.values()) <= width
    skipped, unasked = ("sprunget over", "ubesvaret") if lang == "da" else ("skipped", "unanswered")
    assert labels["marketing_status"].startswith("– ") and labels["marketing_status"].endswith(f"({skipped})")
    assert labels["brand_words"].startswith("· ") and labels["brand_words"].endswith(f"({unasked})")
    answered = [label for qid, label in labels.items() if qid not in ("marketing_status", "brand_words")]
    assert all(label.startswith("✓ ") for label in answered)

"""Every question type driven through the real questionary widgets, bad input included.

Keys go through prompt_toolkit's pipe input, so the widgets, their key
bindings and their validation run exactly as in a terminal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import PipeInput
from rich.console import Console

from helpers import small_question_set
from smartcli.interview.ask import AskContext, ask_value
from smartcli.interview.navigation import GoBack
from smartcli.interview.prompts import QuestionaryPrompter, hint
from smartcli.interview.records import ask_list, ask_records
from smartcli.plan.model import Period, Plan, Question, QuestionSet, Text

ENTER, DOWN, SPACE, CTRL_C, CTRL_D = "\r", "\x1b[B", " ", "\x03", "\x04"
BACKSPACES = "\x7f" * 30


@pytest.fixture
def qset(tmp_path: Path) -> QuestionSet:
    return small_question_set(tmp_path)


def make_ctx(qset: QuestionSet, console: Console, lang: str = "da", **answers: Any) -> AskContext:
    plan = Plan(language=lang, period=Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)))  # type: ignore[arg-type]
    plan.answers.update(answers)
    return AskContext(QuestionaryPrompter(lang), console, plan, qset, lang)  # type: ignore[arg-type]


def q(kind: str, **extra: Any) -> Question:
    return Question(id="x", type=kind, prompt=Text("Spørgsmål", "Question"), **extra)  # type: ignore[arg-type]


def test_short_text(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("Bageriet Hvede ApS\r")
    assert ask_value(make_ctx(qset, console), q("text"), None) == "Bageriet Hvede ApS"


def test_required_text_refuses_empty_and_asks_again(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    keys.send_text("\r   \rHvede\r")
    assert ask_value(make_ctx(qset, console), q("text", required=True), None) == "Hvede"


def test_optional_text_is_skipped_with_enter(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("\r")
    assert ask_value(make_ctx(qset, console), q("text"), None) is None


def test_text_keeps_its_default_on_enter(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("\r")
    assert ask_value(make_ctx(qset, console), q("text"), "gammelt svar") == "gammelt svar"


def test_long_text_keeps_every_character(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("  Vi er på Instagram #bagværk {{ x }} æøå 🎉\r")
    answer = ask_value(make_ctx(qset, console), q("long_text"), None)
    assert answer == "  Vi er på Instagram #bagværk {{ x }} æøå 🎉"


def test_single_choice_by_arrow_keys(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    cadence = qset.find("cadence")[1]  # type: ignore[index]
    keys.send_text(DOWN + ENTER)
    assert ask_value(make_ctx(qset, console), cadence, None) == "monthly"


def test_single_choice_starts_at_the_old_answer(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    cadence = qset.find("cadence")[1]  # type: ignore[index]
    keys.send_text(ENTER)
    assert ask_value(make_ctx(qset, console), cadence, "monthly") == "monthly"


def test_multiple_choice_toggles(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    content = qset.find("content_types")[1]  # type: ignore[index]
    keys.send_text(SPACE + DOWN + DOWN + SPACE + ENTER)
    assert ask_value(make_ctx(qset, console), content, None) == ["video", "podcasts"]


def test_multiple_choice_keeps_old_choices(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    content = qset.find("content_types")[1]  # type: ignore[index]
    keys.send_text(DOWN + SPACE + ENTER)
    assert ask_value(make_ctx(qset, console), content, ["video"]) == ["video", "articles"]


@pytest.mark.parametrize(
    ("lang", "key", "expected"), [("da", "j", True), ("da", "n", False), ("en", "y", True)]
)
def test_yes_no_in_the_users_language(
    keys: PipeInput, qset: QuestionSet, console: Console, lang: str, key: str, expected: bool
) -> None:
    keys.send_text(key)
    assert ask_value(make_ctx(qset, console, lang), q("yes_no"), None) is expected


def test_yes_no_enter_takes_the_default(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("x" + ENTER)  # other keys do nothing
    assert ask_value(make_ctx(qset, console), q("yes_no"), False) is False


def test_number_refuses_text_and_reads_danish_notation(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    keys.send_text("mange\r" + BACKSPACES + "1.250\r")
    assert ask_value(make_ctx(qset, console), q("number"), None) == 1250


def test_number_below_the_minimum_is_refused(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("-5\r" + BACKSPACES + "5\r")
    assert ask_value(make_ctx(qset, console), q("number", minimum=0), None) == 5


def test_percentage(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("12,5 %\r")
    assert ask_value(make_ctx(qset, console), q("percent"), None) == 12.5


def test_money_in_danish_and_english(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text("1.250.000,50 kr.\r")
    assert ask_value(make_ctx(qset, console), q("money"), None) == 1250000.5
    assert "1.250.000,50 kr." in console.file.getvalue()  # type: ignore[attr-defined]
    keys.send_text("1,250,000.50\r")
    assert ask_value(make_ctx(qset, console, "en"), q("money"), None) == 1250000.5


def test_money_default_is_shown_as_the_user_types_it(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    keys.send_text(ENTER)
    assert ask_value(make_ctx(qset, console), q("money"), 1250000.5) == 1250000.5


def test_date_refuses_nonsense_and_impossible_dates(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    keys.send_text("snart\r" + BACKSPACES + "30-02-2027\r" + BACKSPACES + "31.3.2027\r")
    assert ask_value(make_ctx(qset, console), q("date"), None) == dt.date(2027, 3, 31)


def test_deadline_must_fall_in_the_plan_period(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    deadline = q("date", not_before="period.start", not_after="period.end")
    keys.send_text("2026-12-31\r" + BACKSPACES + "2028-01-01\r" + BACKSPACES + "31-12-2027\r")
    assert ask_value(make_ctx(qset, console), deadline, None) == dt.date(2027, 12, 31)


def test_list_of_short_items_ends_on_an_empty_line(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    saved: list[list[str]] = []
    keys.send_text("Stenovn\rStamkunder\r\r")
    items = ask_list(make_ctx(qset, console), q("list"), None, saved.append)
    assert items == ["Stenovn", "Stamkunder"]
    assert saved[0] == ["Stenovn"]  # saved after the first item, before the second was typed


def test_list_edit_changes_and_removes_items(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    keys.send_text(ENTER + BACKSPACES + ENTER + "Ny\r\r")
    items = ask_list(make_ctx(qset, console), q("list"), ["Behold", "Fjern"], lambda _: None)
    assert items == ["Behold", "Ny"]


def test_records_one_at_a_time_with_add_another(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    objectives = qset.find("objectives")[1]  # type: ignore[index]
    saved: list[Any] = []
    keys.send_text("Flere følgere\r" + "1.700\r" + "1.7.2027\r" + "j")
    keys.send_text("Flere ordrer\r" + "et tal\r" + BACKSPACES + "30\r" + "\r" + "n")
    records = ask_records(
        make_ctx(qset, console),
        objectives,
        None,
        lambda r: saved.append([dict(x) for x in r]),
        review_existing=False,
    )
    assert records == [
        {"id": "O1", "statement": "Flere følgere", "target": 1700, "deadline": dt.date(2027, 7, 1)},
        {"id": "O2", "statement": "Flere ordrer", "target": 30},
    ]
    assert saved[0] == [{"id": "O1", "statement": "Flere følgere"}]  # saved field by field


def test_records_edit_keep_change_remove(keys: PipeInput, qset: QuestionSet, console: Console) -> None:
    objectives = qset.find("objectives")[1]  # type: ignore[index]
    current = [
        {"id": "O1", "statement": "Behold", "target": 1},
        {"id": "O2", "statement": "Ret", "target": 2},
        {"id": "O3", "statement": "Slet", "target": 3},
    ]
    keys.send_text(ENTER)  # O1: keep
    keys.send_text(DOWN + ENTER + ENTER + BACKSPACES + "20\r" + ENTER)  # O2: change the target
    keys.send_text(DOWN + DOWN + ENTER)  # O3: remove
    keys.send_text("j" + "Ny\r" + "4\r" + "\r" + "n")  # add one
    records = ask_records(make_ctx(qset, console), objectives, current, lambda _: None, review_existing=True)
    assert records == [
        {"id": "O1", "statement": "Behold", "target": 1},
        {"id": "O2", "statement": "Ret", "target": 20},
        {"id": "O3", "statement": "Ny", "target": 4},
    ]


def test_activity_end_must_not_be_before_its_start(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    activities = qset.find("activities")[1]  # type: ignore[index]
    ctx = make_ctx(qset, console, objectives=[{"id": "O1", "statement": "Flere følgere", "target": 1}])
    keys.send_text(
        "j" + "Kampagne\r" + "1-3-2027\r" + "28-2-2027\r" + BACKSPACES + "31-3-2027\r" + SPACE + ENTER + "n"
    )
    records = ask_records(ctx, activities, None, lambda _: None, review_existing=False)
    assert records == [
        {
            "id": "A1",
            "what": "Kampagne",
            "start": dt.date(2027, 3, 1),
            "end": dt.date(2027, 3, 31),
            "objectives": ["O1"],
        }
    ]


@pytest.mark.parametrize("kind", ["text", "long_text", "yes_no", "choice", "multi_choice"])
def test_ctrl_c_reaches_the_caller(keys: PipeInput, qset: QuestionSet, console: Console, kind: str) -> None:
    question = {"choice": "cadence", "multi_choice": "content_types"}.get(kind)
    keys.send_text(CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        ask_value(make_ctx(qset, console), qset.find(question)[1] if question else q(kind), None)  # type: ignore[index]


@pytest.mark.parametrize("kind", ["text", "yes_no"])
def test_ctrl_d_ends_input(keys: PipeInput, qset: QuestionSet, console: Console, kind: str) -> None:
    keys.send_text(CTRL_D)
    with pytest.raises(EOFError):
        ask_value(make_ctx(qset, console), q(kind), None)


def test_an_objective_target_equal_to_its_baseline_is_refused_and_vague_statements_warned(
    keys: PipeInput, console: Console
) -> None:
    from smartcli.plan.questionset import shipped_question_set

    qset = shipped_question_set()
    objectives = qset.find("objectives")[1]  # type: ignore[index]
    ctx = make_ctx(qset, console, "en")
    keys.send_text("More customers\r")  # statement: no number, no time (warned, accepted)
    keys.send_text("\r")  # kind: the first choice
    keys.send_text("Customers per month\r" + "\r")  # metric, unit skipped
    keys.send_text("100\r" + "\r")  # baseline, the period it is from skipped
    keys.send_text("100\r" + BACKSPACES + "abc\r" + BACKSPACES + "120\r")  # target: equal, then not a number
    keys.send_text("31 December 2028\r" + BACKSPACES + "30 June 2027\r")  # deadline: outside, then inside
    keys.send_text(
        "\r\r\r\r"
    )  # its own start and data source skipped, business goal: the first, no rationale
    keys.send_text("\r\r\r" + "n")  # budget, owner skipped, cadence: the first choice; no more
    records = ask_records(ctx, objectives, None, lambda _: None, review_existing=False)
    assert records[0]["target"] == 120 and records[0]["deadline"] == dt.date(2027, 6, 30)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "the objective names no number" in out and "the objective names no time" in out


def test_a_smart_statement_is_not_warned(keys: PipeInput, console: Console) -> None:
    from smartcli.plan.questionset import shipped_question_set

    qset = shipped_question_set()
    statement = qset.find("objectives")[1].field("statement")  # type: ignore[index,union-attr]
    keys.send_text("Grow revenue 20 % over the next two quarters\r")
    assert (
        ask_value(make_ctx(qset, console, "en"), statement, None)
        == "Grow revenue 20 % over the next two quarters"
    )
    assert "names no" not in console.file.getvalue()  # type: ignore[attr-defined]


# --- going back: Shift-Tab -----------------------------------------------------------

SHIFT_TAB = "\x1b[Z"


@pytest.mark.parametrize("kind", ["text", "long_text", "number", "yes_no", "choice", "multi_choice"])
def test_shift_tab_goes_back_where_it_is_offered(
    keys: PipeInput, qset: QuestionSet, console: Console, kind: str
) -> None:
    question = {"choice": "cadence", "multi_choice": "content_types"}.get(kind)
    ctx = make_ctx(qset, console)
    ctx.back = True
    keys.send_text("halvt skrevet" + SHIFT_TAB if kind in ("text", "long_text") else SHIFT_TAB)
    with pytest.raises(GoBack):
        ask_value(ctx, qset.find(question)[1] if question else q(kind), None)  # type: ignore[index]


@pytest.mark.parametrize(("kind", "rest", "answer"), [("text", "Hvede\r", "Hvede"), ("yes_no", "j", True)])
def test_shift_tab_does_nothing_where_going_back_is_not_offered(
    keys: PipeInput, qset: QuestionSet, console: Console, kind: str, rest: str, answer: Any
) -> None:
    keys.send_text(SHIFT_TAB + rest)
    assert ask_value(make_ctx(qset, console), q(kind), None) == answer


def test_shift_tab_in_a_list_goes_back_to_the_item_before(
    keys: PipeInput, qset: QuestionSet, console: Console
) -> None:
    ctx = make_ctx(qset, console)
    ctx.back = True
    keys.send_text("Stenovn\r" + "Stamkundr\r" + SHIFT_TAB + BACKSPACES + "Stamkunder\r" + "\r")
    assert ask_list(ctx, q("list"), None, lambda _: None) == ["Stenovn", "Stamkunder"]


def test_the_hint_names_the_key_back_only_where_it_works() -> None:
    assert hint("da", "Enter springer over", back=True) == "(Enter springer over · Shift-Tab går tilbage)"
    assert hint("en", None, back=True) == "(Shift-Tab goes back)"
    assert hint("da", "Enter gemmer", back=False) == "(Enter gemmer)"
    assert hint("da", None, back=False) is None

"""The shipped question sets load, speak both languages and cover the whole model; bad files are explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write_question_set
from smartcli.errors import QuestionSetError
from smartcli.plan.model import PHASE_IDS, Question, Text
from smartcli.plan.questionset import all_model_points, load_question_set, shipped_question_set


def texts_of(question: Question) -> list[Text]:
    found = [question.prompt, *(t for t in (question.help, question.example, question.item) if t)]
    found += [choice.label for choice in question.choices]
    for sub in question.fields:
        found += texts_of(sub)
    return found


def test_the_shipped_question_set_has_the_five_phases_in_order() -> None:
    qset = shipped_question_set()
    assert [p.id for p in qset.phases] == list(PHASE_IDS)
    assert [p.number for p in qset.phases] == [1, 2, 3, 4, 5]
    assert [p.title.da for p in qset.phases] == [
        "Situation",
        "Målsætning",
        "Agenda",
        "Rapportering",
        "Tilpasning",
    ]


def test_every_point_of_the_model_is_covered() -> None:
    covered = {point for _, question in shipped_question_set() for point in question.covers}
    assert sorted(set(all_model_points()) - covered) == []


def test_every_text_is_written_in_both_languages() -> None:
    qset = shipped_question_set()
    for phase in qset.phases:
        for text in (phase.title, phase.question, phase.intro):
            assert text.da.strip() and text.en.strip()
        for question in phase.questions:
            assert question.help is not None, f"{question.id} has no help text"
            for text in texts_of(question):
                assert text.da.strip() and text.en.strip(), f"{question.id}: {text}"


def test_question_ids_are_unique_and_records_have_prefixes() -> None:
    questions = [q for _, q in shipped_question_set()]
    assert len({q.id for q in questions}) == len(questions)
    prefixes = [q.id_prefix for q in questions if q.type == "records"]
    assert all(prefixes) and len(set(prefixes)) == len(prefixes)


def test_help_texts_name_tools_a_user_might_use() -> None:
    helps = " ".join(q.help.en for _, q in shipped_question_set() if q.help)
    for tool in ("SWOT", "persona", "Value Proposition Canvas", "Google Analytics"):
        assert tool.lower() in helps.lower()


def test_a_broken_question_file_is_explained_in_full(tmp_path: Path) -> None:
    broken = """\
        - id: Bad-Id
          type: essay
          prompt: {da: Hej}
          help: {da: Hjælp., en: Help.}
        - id: pick
          type: choice
          prompt: {da: Vælg, en: Pick}
          help: {da: Hjælp., en: Help.}
        - id: things
          type: records
          prompt: {da: Ting, en: Things}
          help: {da: Hjælp., en: Help.}
        """
    folder = write_question_set(tmp_path / "q", {"situation": broken})
    with pytest.raises(QuestionSetError) as info:
        load_question_set(folder)
    rendered = info.value.render("en")
    assert info.value.source.name == "1-situation.yaml"
    for expected in (
        "questions[0].id: 'Bad-Id' is not a valid id",
        "questions[0].type: unknown question type 'essay'",
        "questions[0].prompt.en: missing",
        "questions[1]: the type choice needs choices",
        "questions[2]: the type records needs fields and id_prefix",
    ):
        assert expected in rendered
    assert "1-situation.yaml:7:" in rendered  # with the line of each problem


def test_a_condition_must_point_to_an_earlier_question(tmp_path: Path) -> None:
    later = """\
        - id: first
          type: text
          when: {question: second, equals: yes}
          prompt: {da: A, en: A}
          help: {da: A, en: A}
        - id: second
          type: yes_no
          prompt: {da: B, en: B}
          help: {da: B, en: B}
        """
    with pytest.raises(QuestionSetError) as info:
        load_question_set(write_question_set(tmp_path / "q", {"situation": later}))
    assert "when refers to 'second', which is not an earlier question" in info.value.render("en")


def test_conditions_are_read_as_the_target_type(tmp_path: Path) -> None:
    from helpers import small_question_set

    channels = small_question_set(tmp_path).find("channels")[1]  # type: ignore[index]
    assert channels.when is not None and channels.when.values == (True,)
    assert channels.when.holds({"uses_digital": True})
    assert not channels.when.holds({"uses_digital": False})

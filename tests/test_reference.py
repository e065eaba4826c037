"""smart questions and smart schema: the question set listed, printed blank, and described for editors."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from smartcli.cli import app
from smartcli.interview.edit import find_question
from smartcli.plan.questionset import shipped_question_set

runner = CliRunner()
QSET = shipped_question_set()
EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


# --- smart questions ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_questions_lists_every_id_edit_takes_by_phase(lang: str) -> None:
    code, out = run("questions", "--lang", lang)
    assert code == 0
    lines = out.splitlines()
    for phase, question in QSET:
        line = next(line for line in lines if line.split()[:1] == [question.id])
        assert question.prompt(lang) in line
        assert find_question(QSET, question.id) == (phase, question)  # what edit -q takes
    headings = [line for line in lines if line[:2] in {f"{p.number}." for p in QSET.phases}]
    assert headings[0].startswith("1. Situation (situation)")
    assert len(headings) == 5


def test_questions_says_when_a_question_is_asked_and_names_record_fields() -> None:
    _, out = run("questions", "--lang", "da")
    line = next(line for line in out.splitlines() if line.strip().startswith("current_channels"))
    assert "kun når uses_digital er Ja" in line
    assert "felter: statement, kind, metric" in out


def test_questions_refuses_an_unknown_format() -> None:
    code, out = run("questions", "--format", "pdf")
    assert code == 2 and "Unknown format 'pdf'" in out and "text, md, html" in out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_blank_questionnaire_has_every_prompt_help_example_and_room(lang: str) -> None:
    code, out = run("questions", "--format", "md", "--lang", lang)
    assert code == 0
    assert out.startswith("# ")
    for _, question in QSET:
        assert f"`{question.id}`" in out
        assert question.prompt(lang).split()[0] in out
    assert out.count("## ") >= 6  # the plan's details and five phases
    situation = out[out.index("`marketing_maturity`") : out.index("`marketing_status`")]
    assert "- [ ] " in situation  # a box to tick per choice
    assert "> *" in out  # examples
    assert "...................." in out  # lines to write on
    objectives = out[out.index("`objectives`") : out.index("`total_budget`")]
    assert objectives.count("- ") >= 3 * 10  # three blank objectives, each with its ten fields


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_questionnaire_as_a_web_page_has_every_question_ruled_lines_and_boxes(lang: str) -> None:
    from html.parser import HTMLParser

    code, out = run("questions", "--format", "html", "--lang", lang)
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in out
    for _, question in QSET:
        assert f"<code>{question.id}</code>" in out
    assert out.count('<div class="write"></div>') > 50  # ruled lines to write on, not dots
    assert '<li class="box">☐ ' in out  # a box to tick per choice
    assert "<script" not in out and "http://" not in out and "https://" not in out  # nothing fetched
    assert "@page { size: A4" in out

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.opened.append(tag)

    tags = Tags()
    tags.feed(out)
    assert tags.opened.count("h2") == 6 and tags.opened.count("h3") == sum(1 for _ in QSET)


def test_the_web_questionnaire_shows_the_question_sets_text_as_text(tmp_path: Path) -> None:
    from smartcli.interview.questionnaire import questionnaire_html
    from smartcli.plan.questionset import load_question_set
    from tests.helpers import SMALL, phase_file

    folder = tmp_path / "questions"
    folder.mkdir()
    hostile = SMALL["situation"].replace("Fortæl om jer", "<script>alert(1)</script> & <b>jer</b>")
    for number, (phase, text) in enumerate({**SMALL, "situation": hostile}.items(), start=1):
        (folder / f"{number}-{phase}.yaml").write_text(phase_file(phase, number, text), encoding="utf-8")
    page = questionnaire_html(load_question_set(folder), "da")
    assert "<script>" not in page and "<b>jer</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;jer&lt;/b&gt;" in page


def test_the_questionnaire_is_clean_markdown_that_pandoc_reads(tmp_path: Path) -> None:
    from pymarkdown.api import PyMarkdownApi

    _, out = run("questions", "--format", "md", "--lang", "da")
    path = tmp_path / "spørgeskema.md"
    path.write_text(out, encoding="utf-8")
    result = PyMarkdownApi().disable_rule_by_identifier("md013").scan_path(str(path))
    assert [f"{f.line_number}: {f.rule_description}" for f in result.scan_failures] == []
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        import pypandoc

        pandoc = pypandoc.get_pandoc_path()
    html = subprocess.run(
        [pandoc, "-f", "gfm", "-t", "html5", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "<h3" in html and 'type="checkbox"' in html and "current_strategy" in html


# --- smart schema -------------------------------------------------------------------


def schema() -> dict[str, Any]:
    code, out = run("schema", "--lang", "en")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def as_editor_reads(path: Path) -> Any:
    """A plan as an editor's YAML 1.2 parser sees it: dates are strings, not date objects."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value.isoformat() if isinstance(value, dt.date) else value

    return plain(yaml.safe_load(path.read_text(encoding="utf-8")))


def validator() -> jsonschema.Draft202012Validator:
    document = schema()
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document, format_checker=jsonschema.FormatChecker())


def test_the_schema_is_a_valid_2020_12_schema_generated_from_the_questions() -> None:
    document = schema()
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(document)
    for phase, question in QSET:
        assert question.id in document["properties"][phase.id]["properties"]
    objectives = document["properties"]["objectives"]["properties"]["objectives"]
    record = objectives["items"]
    assert record["properties"]["id"]["pattern"] == "^O\\d+$"
    assert set(record["required"]) == {"id", "statement", "metric", "target", "deadline"}
    assert record["properties"]["deadline"]["pattern"] == "^\\d{4}-\\d{2}-\\d{2}$"
    cadence = document["properties"]["reporting"]["properties"]["cadence"]
    assert cadence["enum"][:2] == ["weekly", "biweekly"] or "monthly" in cadence["enum"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_the_example_plans_validate_against_the_schema(example: Path) -> None:
    errors = sorted(validator().iter_errors(as_editor_reads(example)), key=str)
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda p: p.update(compnay="Hvede"), "'compnay' was unexpected"),
        (lambda p: p["situation"].update(strenghts=["x"]), "'strenghts' was unexpected"),
        (lambda p: p["situation"].update(marketing_maturity="sometimes"), "is not one of"),
        (lambda p: p["objectives"]["objectives"][0].update(id="X1"), "does not match"),
        (lambda p: p["objectives"]["objectives"][0].update(deadline="30.06.2027"), "does not match"),
        (lambda p: p["objectives"]["objectives"][0].update(target="many"), "is not of type 'number'"),
        (lambda p: p["objectives"]["objectives"][0].pop("metric"), "'metric' is a required property"),
        (lambda p: p["situation"].update(uses_digital="yes"), "is not of type 'boolean'"),
    ],
)
def test_the_schema_catches_what_a_hand_edit_gets_wrong(change: Any, complaint: str) -> None:
    plan = as_editor_reads(EXAMPLES[0])
    change(plan)
    messages = [e.message for e in validator().iter_errors(plan)]
    assert any(complaint in m for m in messages), messages


def test_a_draft_with_skipped_answers_and_open_phases_is_valid() -> None:
    draft = {
        "smart_plan": 1,
        "language": "da",
        "company": "Hvede",
        "situation": {"current_strategy": None, "strengths": [], "marketing_maturity": None},
    }
    assert list(validator().iter_errors(draft)) == []


def test_the_schema_speaks_the_language_asked_for() -> None:
    code, out = run("schema", "--lang", "da")
    assert code == 0
    document = json.loads(out)
    assert document["properties"]["situation"]["properties"]["strengths"]["title"] == "Hvad er jeres styrker?"

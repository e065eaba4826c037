"""The command line as a user meets it: exit codes, one-line errors, nothing written on bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.input import PipeInput
from typer.testing import CliRunner

from smartcli import cli
from smartcli.cli import app

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.output


GOOD_ANSWERS = """\
language: da
company: Bageriet Hvede ApS
period: {start: 1.1.2027, end: 31-12-2027}
strengths: [Stenovn]
total_budget: 250.000
"""


def test_help_lists_the_commands_in_english_and_danish() -> None:
    code, out = run("--help")
    assert code == 0 and "new" in out and "resume" in out and "edit" in out
    danish = subprocess.run(
        [sys.executable, "-m", "smartcli", "--help"],
        capture_output=True, text=True, env={**os.environ, "SMART_LANG": "da"}, check=True,
    )  # fmt: skip
    assert "Start en ny plan" in danish.stdout


HEAVY_PROBE = """
import sys
sys.argv = ['smart', *sys.argv[1:]]
from smartcli import cli
try:
    cli.main()
except SystemExit:
    pass
loaded = {m.split('.')[0] for m in sys.modules}
print('LOADED', sorted(loaded & {'questionary', 'prompt_toolkit', 'jinja2'}), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["--help"], set()),
        (["check", "{sample}"], set()),
        (["status", "{sample}"], set()),
        (["track", "{copy}", "--objective", "O1", "--value", "170", "--date", "2027-02-01"], set()),
        (["report", "{sample}", "-o", "{out}"], {"jinja2"}),
    ],
)
def test_commands_that_do_not_prompt_do_not_load_the_prompt_libraries(
    tmp_path: Path, args: list[str], allowed: set[str]
) -> None:
    copy = tmp_path / "plan.yaml"
    copy.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    argv = [a.format(sample=SAMPLE, copy=copy, out=tmp_path / "r.md") for a in args]
    result = subprocess.run(
        [sys.executable, "-c", HEAVY_PROBE, *argv], capture_output=True, text=True, check=True
    )
    loaded = eval(result.stderr.split("LOADED ")[1].strip())  # a printed list of names
    assert set(loaded) == allowed, result.stderr


def test_version() -> None:
    code, out = run("--version")
    assert code == 0 and out.startswith("smart ")


def test_new_without_a_terminal_fails_fast_in_one_line(tmp_path: Path) -> None:
    code, out = run("new", str(tmp_path / "plan.yaml"), "--lang", "en")
    assert code == 2
    assert "needs a terminal" in out and "--no-input" in out and "Traceback" not in out
    assert not (tmp_path / "plan.yaml").exists()


def test_no_input_needs_an_answers_file(tmp_path: Path) -> None:
    code, out = run("new", str(tmp_path / "plan.yaml"), "--no-input", "--lang", "en")
    assert code == 2 and "--from" in out


def test_no_input_writes_the_plan_and_lists_the_rest(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(GOOD_ANSWERS, encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    code, out = run("new", str(plan), "--from", str(answers), "--no-input")
    assert code == 0, out
    assert "Planen er skrevet" in out and "situation.current_strategy" in out
    text = plan.read_text(encoding="utf-8")
    assert "company: Bageriet Hvede ApS\n" in text and "  total_budget: 250000\n" in text
    assert "title: Marketingplan 2027\n" in text


def test_a_bad_answers_file_is_explained_and_nothing_is_written(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("company: X\ntotal_budget: mange\nuses_digital: måske\n", encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    code, out = run("new", str(plan), "--from", str(answers), "--no-input", "--lang", "en")
    assert code == 2
    assert f"{answers}:2:15: total_budget: Enter a number" in out
    assert f"{answers}:3:15: uses_digital: Answer yes or no." in out
    assert not plan.exists()


def test_an_answers_file_that_is_not_yaml_is_a_clean_error(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("company: [X\n", encoding="utf-8")
    code, out = run("new", str(tmp_path / "p.yaml"), "--from", str(answers), "--no-input", "--lang", "en")
    assert code == 2 and "YAML syntax error" in out and "Traceback" not in out


def test_new_refuses_an_existing_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("keep me\n")
    answers = tmp_path / "a.yaml"
    answers.write_text("company: X\n")
    code, out = run("new", str(plan), "--from", str(answers), "--no-input", "--lang", "en")
    assert code == 2 and "smart resume" in out
    assert plan.read_text() == "keep me\n"


def test_an_unknown_language_is_refused() -> None:
    code, out = run("resume", "plan.yaml", "--lang", "de")
    assert code == 2 and "da" in out and "en" in out


def test_resume_of_a_missing_plan(tmp_path: Path) -> None:
    code, out = run("resume", str(tmp_path / "nope.yaml"), "--lang", "en")
    assert code == 2 and "does not exist" in out and "smart new" in out


def test_a_broken_plan_is_reported_in_its_own_language_and_never_rewritten(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    broken = "smart_plan: 1\nlanguage: da\ncompany: X\nsituation:\n  marketing_hours: mange\n"
    plan.write_text(broken, encoding="utf-8")
    for command in ("resume", "edit"):
        code, out = run(command, str(plan))
        assert code == 2
        assert f"{plan}:5:20: situation.marketing_hours: Skriv et tal" in out
        assert plan.read_text(encoding="utf-8") == broken


def test_edit_with_an_unknown_phase_fails_before_anything_else(tmp_path: Path) -> None:
    code, out = run("edit", str(tmp_path / "plan.yaml"), "--phase", "sales", "--lang", "en")
    assert code == 2 and "Unknown phase 'sales'" in out


def test_comments_in_a_plan_are_announced_before_any_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("smart_plan: 1\nlanguage: en\ncompany: X  # client\n", encoding="utf-8")
    code, out = run("resume", str(plan))  # no terminal: stops right after loading
    assert code == 2
    assert "holds YAML comments" in out
    assert plan.read_text(encoding="utf-8").endswith("# client\n")


def test_interactive_new_interrupted_exits_130_with_the_way_back(
    keys: PipeInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli.common, "stdin_is_interactive", lambda: True)
    plan = tmp_path / "plan.yaml"
    clear = "\x7f" * 12  # the default date stands in the field; clear it first
    keys.send_text("\r" + "Bageriet Hvede\r" + clear + "1-2-2027\r" + clear + "31-1-2028\r" + "\r\r")
    keys.send_text("Vi bager surdejsbrød\r" + "\x03")
    code, out = run("new", str(plan), "--lang", "da")
    assert code == 130
    assert "Alle jeres svar er gemt" in out and f"smart resume {plan}" in out
    text = plan.read_text(encoding="utf-8")
    assert "current_strategy: Vi bager surdejsbrød\n" in text
    assert "start: 2027-02-01\n" in text and "end: 2028-01-31\n" in text
    assert "title: Marketingplan 2027/28\n" in text


def test_report_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "rapport.md"
    code, text = run("report", str(SAMPLE), "-o", str(out))
    assert code == 0 and "Rapporten er skrevet" in text
    assert out.read_text(encoding="utf-8").startswith("# Marketingplan 2027\n")


def test_report_piped_is_raw_markdown_in_the_chosen_language() -> None:
    code, text = run("report", str(SAMPLE), "--lang", "en")
    assert code == 0
    assert text.startswith("# Marketingplan 2027\n\nThe marketing plan for Bageriet Hvede ApS")
    assert "```mermaid\npie showData" in text


def test_report_of_a_broken_plan_or_template_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "plan.yaml"
    broken.write_text("smart_plan: 1\nlanguage: en\ncompany: [\n", encoding="utf-8")
    code, text = run("report", str(broken))
    assert code == 2 and "YAML syntax error" in text
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ report.nothing }}\n", encoding="utf-8")
    code, text = run("report", str(SAMPLE), "--template", str(template), "--lang", "en")
    assert code == 2 and "mine.md.j2:1" in text and "nothing" in text and "Traceback" not in text


# --- plan.yaml is the default plan ---------------------------------------------------


@pytest.fixture
def in_plan_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding the sample plan as plan.yaml, as the current folder."""
    from helpers import bare_sample

    (tmp_path / "plan.yaml").write_text(bare_sample("en"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_status_and_track_take_plan_yaml_when_no_plan_is_named(in_plan_folder: Path) -> None:
    code, out = run("status")
    assert code == 0 and "Bageriet Hvede" in out
    code, out = run("track", "--objective", "O1", "--value", "171", "--date", "2027-03-01")
    assert code == 0 and "plan.yaml" in out
    assert "objective: O1" in (in_plan_folder / "plan.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["resume", "edit", "review"])
def test_the_asking_commands_find_plan_yaml_too(in_plan_folder: Path, command: str) -> None:
    code, out = run(command)  # no terminal here: they get as far as needing one
    assert code == 2 and "needs a terminal" in out and "Missing argument" not in out


def test_log_takes_plan_yaml(in_plan_folder: Path) -> None:
    code, out = run("log")  # not in a git repository: said of plan.yaml
    assert code == 2 and "Missing argument" not in out and "plan.yaml" in out


def test_next_with_one_file_starts_it_from_plan_yaml(in_plan_folder: Path) -> None:
    code, out = run("next", "2028.yaml")
    assert code == 0, out
    assert "origin:" in (in_plan_folder / "2028.yaml").read_text(encoding="utf-8")
    code, out = run("next", "--lang", "en")
    assert code == 2 and "Name the file for the new plan" in out


def test_without_plan_yaml_the_message_says_how_to_start_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = run("status", "--lang", "en")
    assert code == 2 and "The plan plan.yaml does not exist" in out and "smart new plan.yaml" in out


def test_a_mistyped_question_or_phase_gets_a_suggestion(in_plan_folder: Path) -> None:
    code, out = run("edit", "-q", "competitor", "--lang", "en")
    assert code == 2 and "Did you mean competitors?" in out
    code, out = run("edit", "--phase", "objectivs", "--lang", "en")
    assert code == 2 and "Did you mean objectives?" in out


def test_an_answers_file_without_a_company_is_named_not_the_plan(tmp_path: Path) -> None:
    answers = tmp_path / "bad.yaml"
    answers.write_text("language: en\nstrengths: [x]\n", encoding="utf-8")
    code, out = run("new", str(tmp_path / "p3.yaml"), "--from", str(answers), "--no-input")
    assert code == 2 and f"The answers file {answers} lacks" in out and "p3.yaml" not in out

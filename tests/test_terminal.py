"""End to end in a real pseudo-terminal: the Danish happy path, interrupted and resumed.

pexpect runs ``smart`` as a user would, through a pty, so questionary draws
its real widgets and Ctrl-C arrives as a keystroke. Before each key the test
waits for text only the next prompt shows (a key sent while one prompt closes
and the next is being drawn is lost).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from smartcli.plan.model import Question
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set

SMART_ON_PATH = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
ENV = {
    **os.environ,
    "PROMPT_TOOLKIT_NO_CPR": "1",
    "TERM": "xterm-256color",
    "COLUMNS": "120",
    "PATH": SMART_ON_PATH,
}
"""As installed: the ``smart`` on PATH is this one, so the hints say ``smart``."""
POSITION = r"spørgsmål (\d+) af (\d+)"
ANSI = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"


def prompt(word: str) -> str:
    """A regex for the prompt line "› word", whatever styling sits between the two."""
    return rf"›{ANSI}\s*{ANSI}{re.escape(word)}"


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "smartcli", *args], cwd=str(tmp_path), env=ENV,
        encoding="utf-8", timeout=15, dimensions=(50, 120),
    )  # fmt: skip


def answer(child: pexpect.spawn, text: str, keys: str) -> None:
    child.expect(prompt(text))
    child.send(keys)


@pytest.mark.timeout(90)
def test_danish_new_interrupt_resume_and_finish_a_phase(tmp_path: Path) -> None:
    child = spawn(tmp_path, "new", "plan.yaml", "--lang", "da")
    answer(child, "Sprog / Language", "\r")
    answer(child, "Virksomhedens navn", "Bageriet Hvede ApS\r")
    answer(child, "Planperiodens start", "\r")
    answer(child, "Planperiodens slut", "\r")
    answer(child, "Planens titel", "\r")
    answer(child, "Valuta", "\r")
    child.expect_exact("Planen er oprettet: plan.yaml")
    child.expect_exact("Fase 1 af 5 · Situation")
    child.expect_exact("spørgsmål 1 af 20")
    answer(child, "Svar", "Vi lever af stamkunder, æblekager og mund-til-mund.\r")
    child.expect_exact("spørgsmål 2 af 20")
    answer(child, "Vælg", "\x1b[B\r")  # "Af og til, når der er tid"
    child.expect_exact("spørgsmål 3 af 20")
    answer(child, "Svar", "Nyhedsbrevet vi")  # typing, then Ctrl-C mid-answer
    child.send("\x03")
    child.expect_exact("Afbrudt. Alle jeres svar er gemt i plan.yaml")
    child.expect_exact("smart resume plan.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    qset = shipped_question_set()
    plan = load_plan(tmp_path / "plan.yaml", qset).plan
    assert plan.company == "Bageriet Hvede ApS"
    assert plan.answers == {
        "current_strategy": "Vi lever af stamkunder, æblekager og mund-til-mund.",
        "marketing_maturity": "ad_hoc",
    }

    child = spawn(tmp_path, "resume", "plan.yaml")
    child.expect_exact("Fortsætter plan.yaml ved fase 1 af 5 (Situation), spørgsmål 3 af 20.")
    child.expect_exact("spørgsmål 3 af 20")
    answer(child, "Svar", "Nyhedsbrevet virker.\r")
    child.expect_exact("spørgsmål 4 af 20")
    answer(child, "Tilføj et nøgletal?", "n")
    child.expect_exact("spørgsmål 5 af 20")
    answer(child, "Ja eller nej", "n")  # no digital channels: their question is skipped
    seen = []
    while True:
        index = child.expect([POSITION, "Fortsæt til fase 2"])
        if index == 1:
            child.send("n")
            break
        seen.append(int(child.match.group(1)))
        kind = child.expect([prompt(w) for w in ("Svar", "Vælg", "1.", "Tilføj en konkurrent?")])
        if kind == 2 and seen[-1] == 10:  # the strengths (10th once the channels are skipped)
            child.send("Eget stenovnsbageri\r")
            child.expect(prompt("2."))
        child.send("n" if kind == 3 else "\r")
    child.expect_exact("Stoppet efter fase 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert seen == list(range(6, 20))  # 19 questions once the channels question no longer applies

    plan = load_plan(tmp_path / "plan.yaml", qset).plan
    assert plan.answers["marketing_status"] == "Nyhedsbrevet virker."
    assert plan.answers["uses_digital"] is False
    assert plan.answers["strengths"] == ["Eget stenovnsbageri"]
    assert plan.answers["competitors"] == []
    assert "current_channels" not in plan.answers
    phase_one = [q.id for q in qset.phases[0].questions if q.id != "current_channels"]
    assert set(plan.answers) == set(phase_one)


@pytest.mark.timeout(60)
def test_a_long_answer_can_be_written_in_the_editor(tmp_path: Path) -> None:
    editor = tmp_path / "fake-editor.sh"
    editor.write_text(
        '#!/bin/sh\nprintf "Første afsnit om os.\\n\\nAndet afsnit: åbent hver dag.\\n" > "$1"\n',
        encoding="utf-8",
    )
    editor.chmod(0o755)
    (tmp_path / "answers.yaml").write_text("language: da\ncompany: Hvede\n", encoding="utf-8")
    setup = spawn(tmp_path, "new", "plan.yaml", "--from", "answers.yaml", "--no-input")
    setup.expect(pexpect.EOF)

    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "edit", "plan.yaml", "--question", "current_strategy"],
        cwd=str(tmp_path), env={**ENV, "EDITOR": str(editor), "VISUAL": ""}, encoding="utf-8",
        timeout=15, dimensions=(50, 120),
    )  # fmt: skip
    child.expect(prompt("Svar"))
    child.send("\x18\x05")  # Ctrl-X Ctrl-E: open $EDITOR on the answer
    child.expect_exact("Andet afsnit")  # the edited text is back in the prompt
    child.send("\r")
    child.expect_exact("Gemt i plan.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert "  current_strategy: |-\n    Første afsnit om os.\n\n    Andet afsnit: åbent hver dag.\n" in text


TYPED = {"text": "Text answer", "long_text": "A longer answer.", "number": "5", "percent": "10",
         "money": "250,000", "date": "2027-06-30"}  # fmt: skip


def answer_field(child: pexpect.spawn, question: Question, label: str) -> None:
    """Answer one prompt for `question` (a field or a top-level question) as its type wants."""
    kind = question.type
    if kind in TYPED:
        value = {"start": "2027-03-01", "end": "2027-03-31", "target": "10"}.get(question.id, TYPED[kind])
        answer(child, label, value + "\r")
    elif kind == "choice":
        answer(child, label, "\r")
    elif kind == "multi_choice" or (kind == "ref" and question.many):
        answer(child, label, " \r")
    elif kind == "ref":
        answer(child, label, "\x1b[B\r")  # the first record, below "–"
    elif kind == "yes_no":
        answer(child, label, "y")
    elif kind == "list":
        answer(child, label, "First item\r")
        answer(child, "2.", "\r")
    else:
        raise AssertionError(kind)


@pytest.mark.timeout(120)
def test_english_all_five_phases_end_to_end(tmp_path: Path) -> None:
    qset = shipped_question_set()
    clear = "\x7f" * 12
    child = spawn(tmp_path, "new", "plan.yaml", "--lang", "en")
    answer(child, "Sprog / Language", "\r")  # English, preselected by --lang en
    answer(child, "The company's name", "Hvede Bakery\r")
    answer(child, "The plan period's start", clear + "2027-01-01\r")
    answer(child, "The plan period's end", clear + "2027-12-31\r")
    answer(child, "The plan's title", "\r")
    answer(child, "Currency", "\r")
    for phase in qset.phases:
        child.expect_exact(f"Phase {phase.number} of 5 · {phase.title.en}")
        for question in phase.questions:
            if question.review:  # a new plan has nothing to look back on: smart review asks these
                continue
            child.expect_exact(question.prompt.en[:40])
            if question.type == "records":
                if not question.required:
                    answer(child, f"Add {question.item.en}?", "y")  # type: ignore[union-attr]
                for sub in question.fields:
                    answer_field(child, sub, sub.prompt.en)
                answer(child, f"Add another {question.item_noun('en')}?", "n")
            else:
                label = {
                    "choice": "Choose",
                    "multi_choice": "Choose one or more",
                    "yes_no": "Yes or no",
                    "list": "1.",
                }
                answer_field(child, question, label.get(question.type, "Answer"))
        if phase.number < 5:
            answer(child, f"Phase {phase.number} is saved. Go on to phase {phase.number + 1}", "y")
    later = [q.id for _, q in qset if q.review]
    child.expect_exact(f"{len(later)} questions on what you reached and learned ({', '.join(later)})")
    child.expect_exact("wait until the plan is running: smart review plan.yaml asks them.")
    child.expect_exact("Next step: smart report plan.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    plan = load_plan(tmp_path / "plan.yaml", qset).plan
    assert plan.language == "en" and plan.title == "Marketing plan 2027"
    assert set(plan.answers) == {q.id for _, q in qset if not q.review}
    assert plan.answers["total_budget"] == 250000
    activity = plan.answers["activities"][0]
    assert activity["start"].isoformat() == "2027-03-01" and activity["objectives"] == ["O1"]
    assert activity["channel"] == "CH1"


SHIFT_TAB = "\x1b[Z"


@pytest.mark.timeout(60)
def test_shift_tab_goes_back_in_a_real_terminal(tmp_path: Path) -> None:
    child = spawn(tmp_path, "new", "plan.yaml", "--lang", "da")
    answer(child, "Sprog / Language", "\r")
    answer(child, "Virksomhedens navn", "Hvede\r")
    child.expect_exact("Shift-Tab går tilbage")  # the hint line names the key
    answer(child, "Planperiodens start", SHIFT_TAB)  # back to the company, its answer the default
    answer(child, "Virksomhedens navn", "\x7f" * 5 + "Bageriet Hvede\r")
    answer(child, "Planperiodens start", "\r")
    answer(child, "Planperiodens slut", "\r")
    answer(child, "Planens titel", "\r")
    answer(child, "Valuta", "\r")
    child.expect_exact("spørgsmål 1 af 20")
    answer(child, "Svar", "Vi bager.\r")
    child.expect_exact("spørgsmål 2 af 20")
    answer(child, "Vælg", SHIFT_TAB)  # back to question 1
    child.expect_exact("spørgsmål 1 af 20")
    answer(child, "Svar", " Og sælger.\r")  # the earlier answer is in the prompt: typing goes on after it
    child.expect_exact("spørgsmål 2 af 20")
    answer(child, "Vælg", "\x03")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    plan = load_plan(tmp_path / "plan.yaml", shipped_question_set()).plan
    assert plan.company == "Bageriet Hvede"
    assert plan.answers == {"current_strategy": "Vi bager. Og sælger."}


@pytest.mark.timeout(60)
def test_leaving_the_editor_without_saving_keeps_the_answer_as_it_was(tmp_path: Path) -> None:
    editor = tmp_path / "quits-without-saving"
    editor.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    editor.chmod(0o755)
    (tmp_path / "answers.yaml").write_text("language: da\ncompany: Hvede\n", encoding="utf-8")
    spawn(tmp_path, "new", "plan.yaml", "--from", "answers.yaml", "--no-input").expect(pexpect.EOF)
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "edit", "plan.yaml", "--question", "current_strategy"],
        cwd=str(tmp_path), env={**ENV, "EDITOR": str(editor), "VISUAL": ""}, encoding="utf-8",
        timeout=15, dimensions=(50, 120),
    )  # fmt: skip
    answer(child, "Svar", "kladde")
    child.send("\x18\x05")  # Ctrl-X Ctrl-E
    child.expect_exact("Åbner quits-without-saving.")  # says which editor, and how to get back
    child.expect(prompt("Svar"))  # back at the prompt, nothing submitted
    child.send(" og mere\r")
    child.expect_exact("Gemt i plan.yaml")
    child.expect(pexpect.EOF)
    child.close()
    plan = load_plan(tmp_path / "plan.yaml", shipped_question_set()).plan
    assert plan.answers["current_strategy"] == "kladde og mere"


@pytest.mark.timeout(60)
def test_the_edit_menu_shows_each_rows_state_at_80_columns(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"
    text = example.read_text(encoding="utf-8")
    start = text.index("  marketing_status: |-\n")
    end = text.index("  uses_digital:")
    (tmp_path / "plan.yaml").write_text(text[:start] + "  marketing_status:\n" + text[end:], encoding="utf-8")
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "edit", "plan.yaml"], cwd=str(tmp_path),
        env={**ENV, "COLUMNS": "80"}, encoding="utf-8", timeout=15, dimensions=(40, 80),
    )  # fmt: skip
    answer(child, "Hvad skal rettes?", "\r")  # phase 1, where the pointer starts
    child.expect(prompt("Vælg et spørgsmål"))
    child.expect_exact("Shift-Tab går tilbage")
    child.expect_exact("✓ Hvor struktureret er jeres markedsføring i… · Af og til, når der er tid")
    child.expect(r"– Hvordan står det til med jeres markedsføring lige nu[^\r\n]*\(sprunget over\)")
    child.send("\x03")
    child.expect(pexpect.EOF)


@pytest.mark.timeout(60)
def test_hints_name_the_way_smart_was_started_when_smart_is_not_on_path(tmp_path: Path) -> None:
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "smart").symlink_to(Path(sys.executable).parent / "smart")
    env = {**ENV, "PATH": os.defpath}  # no smart on PATH
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", "tools/smart new plan.yaml --example --lang da"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=15,
        dimensions=(30, 200),
    )  # fmt: skip  (typed at a shell prompt, as a user would)
    child.expect_exact("Prøv: tools/smart status plan.yaml · tools/smart report plan.yaml")
    child.expect(pexpect.EOF)
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "new", "p2.yaml", "--example", "--lang", "da"], cwd=str(tmp_path),
        env=env, encoding="utf-8", timeout=15, dimensions=(30, 200),
    )  # fmt: skip
    child.expect_exact(
        f"Prøv: {sys.executable} -m smartcli status p2.yaml"
    )  # its path: it is outside the folder
    child.expect(pexpect.EOF)

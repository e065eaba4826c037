"""smart report against slips and hostile input: never over a plan, no escapes, templates that fail or never end.

The slips (``-o plan.yaml`` for ``-o plan.md``) and the hostile plans and
templates come from the reliability review (F4, F6, F21, F23).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from reporting import empty_plan
from smartcli.cli import app
from smartcli.errors import SmartError
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.report import sandbox
from smartcli.report.markdown import block, bullets, cell, code, inline, lead, mermaid_text
from smartcli.report.render import TemplateError, render_report

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"
QSET = shipped_question_set()
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


# --- F4: the report is never written over the plan, a plan or the template --------------


def test_the_report_is_not_written_over_its_own_plan(plan: Path) -> None:
    before = plan.read_bytes()
    code, out = run("report", str(plan), "-o", str(plan), "--lang", "en")
    assert code == 2, out
    assert f"{plan} is the plan itself" in out and "-o " in out and "plan.md" in out
    assert plan.read_bytes() == before


def test_nor_over_the_plan_by_another_name(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = plan.read_bytes()
    (plan.parent / "link.yaml").symlink_to(plan)
    os.link(plan, plan.parent / "hard.yaml")
    monkeypatch.chdir(plan.parent)
    for name in ("./plan.yaml", "link.yaml", "hard.yaml", f"../{plan.parent.name}/plan.yaml"):
        code, out = run("report", "plan.yaml", "-o", name, "--lang", "en")
        assert code == 2 and "is the plan itself" in out, (name, out)
    code, out = run("report", "link.yaml", "-o", "plan.yaml", "--lang", "en")
    assert code == 2 and "is the plan itself" in out, out
    assert plan.read_bytes() == before and (plan.parent / "link.yaml").is_symlink()


def test_nor_over_another_plan(plan: Path, tmp_path: Path) -> None:
    other = tmp_path / "plan-2026.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = other.read_bytes()
    code, out = run("report", str(plan), "-o", str(other), "--lang", "en")
    assert code == 2 and f"{other} is a smart plan" in out, out
    assert other.read_bytes() == before


def test_nor_over_the_template(plan: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("# {{ report.company }}\n", encoding="utf-8")
    code, out = run("report", str(plan), "--template", str(template), "-o", str(template), "--lang", "en")
    assert code == 2 and f"{template} is the template" in out, out
    assert template.read_text(encoding="utf-8") == "# {{ report.company }}\n"


def test_an_ordinary_file_is_still_replaced_by_the_report(plan: Path, tmp_path: Path) -> None:
    old = tmp_path / "plan.md"
    old.write_text("# last week's report\n", encoding="utf-8")
    code, out = run("report", str(plan), "-o", str(old))
    assert code == 0, out
    assert old.read_text(encoding="utf-8").startswith("# Marketingplan 2027\n")


def test_dash_is_standard_output_not_a_file_named_dash(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(plan.parent)
    code, out = run("report", "plan.yaml", "-o", "-")
    assert code == 0 and out.startswith("# Marketingplan 2027\n"), out
    assert not (plan.parent / "-").exists()


def test_the_guard_never_reads_from_a_pipe(plan: Path, tmp_path: Path) -> None:
    from smartcli.report.writing import check_destination

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    check_destination(fifo, plan, None)  # returns at once: a pipe is never opened to see if it is a plan
    with pytest.raises(SmartError):
        check_destination(plan, plan, None)


# --- F23: a folder given as the template ------------------------------------------------


def test_a_folder_given_as_the_template_is_called_a_folder(plan: Path, tmp_path: Path) -> None:
    code, out = run("report", str(plan), "--template", str(tmp_path), "--lang", "en")
    assert code == 2 and f"{tmp_path} is a folder" in out and "does not exist" not in out, out
    code, out = run("report", str(plan), "--template", str(tmp_path / "nope.md.j2"), "--lang", "en")
    assert code == 2 and "does not exist" in out, out


# --- F6: control characters in answers never reach a terminal, nor a report file -------

EVIL = "Evil\x1b]0;HACKED\x07\x1b[2J\x9b31m\x1b]52;c;aGk=\x07"
"""A window title, a cleared screen, a C1 CSI and a clipboard write, as a colleague's plan might hold them."""
EVIL_YAML = '"Evil\\e]0;HACKED\\a\\e[2J\\x9b31m\\e]52;c;aGk=\\a"'
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def evil_plan(folder: Path, name: str = "esc.yaml") -> Path:
    """The sample plan with escape sequences in the company, an objective and a strength."""
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("company: Bageriet Hvede ApS\n", f"company: {EVIL_YAML}\n", 1)
    text = text.replace(
        "    statement: Øge webshoppens", f"    statement: {EVIL_YAML[:-1]} Øge webshoppens", 1
    )
    text = text.replace("  strengths:\n  - ", f"  strengths:\n  - {EVIL_YAML}\n  - ", 1)
    text = text.replace("om måneden i gennemsnit for september–oktober 2027\n", 'om måneden"\n', 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_evil_plan_holds_the_escapes(tmp_path: Path) -> None:
    plan = load_plan(evil_plan(tmp_path), QSET).plan
    assert plan.company == EVIL and plan.answers["strengths"][0] == EVIL
    assert plan.answers["objectives"][0]["statement"].startswith(EVIL)


def test_the_markdown_writer_makes_every_control_character_visible() -> None:
    for value in (
        inline(EVIL),
        cell(EVIL),
        block(EVIL + "\n\n" + EVIL),
        bullets([EVIL]),
        code(EVIL),
        lead(EVIL, "L"),
    ):
        assert not CONTROLS.search(value), repr(value)
        assert "␛]0;HACKED␇␛[2J<U+009B>31m" in value.replace("\\", ""), repr(value)
    assert not CONTROLS.search(mermaid_text(EVIL, limit=200)) and "␛" in mermaid_text(EVIL, limit=200)
    for char in map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0)]):
        for value in (
            inline(char + "x"),
            cell("x" + char),
            block("x" + char),
            code(char),
            mermaid_text(char),
        ):
            assert not CONTROLS.search(value), (hex(ord(char)), value)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_report_file_of_an_evil_plan_replays_nothing(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "report.md"
    code, said = run("report", str(evil_plan(tmp_path)), "-o", str(out), "--lang", lang)
    assert code == 0, said
    text = out.read_text(encoding="utf-8")
    assert not CONTROLS.search(text), CONTROLS.findall(text)
    assert "Evil␛\\]0;HACKED␇␛\\[2J\\<U+009B\\>31m" in text  # shown, not obeyed (and still escaped Markdown)


def test_a_user_template_cannot_write_control_characters_either(tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "# {{ report.company }}\n\x1b]0;own\x07{{ '\\x1b[2J' }}{{ '\\x9b' | md }}\n", encoding="utf-8"
    )
    out = tmp_path / "report.md"
    code, said = run("report", str(evil_plan(tmp_path)), "--template", str(template), "-o", str(out))
    assert code == 0, said
    text = out.read_text(encoding="utf-8")
    assert not CONTROLS.search(text) and text.count("␛") == 5, text


def pty_output(folder: Path, *args: str) -> bytes:
    """What `smart *args` sends to a real terminal, as the raw bytes a terminal would act on."""
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", *args], cwd=str(folder), timeout=60, dimensions=(50, 160),
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "160", "SMART_LANG": "en"},
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus in (0, 1), child.before
    return bytes(child.before)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("command", ["status", "report", "check"])
def test_in_a_terminal_the_escapes_are_shown_never_obeyed(tmp_path: Path, command: str) -> None:
    # check prints no answers of a clean plan, only the path: give it an evil file name too
    name = "esc\x1b]0;NAME\x07.yaml" if command == "check" else "esc.yaml"
    out = pty_output(tmp_path, command, str(evil_plan(tmp_path, name))).decode(
        "utf-8"
    )  # strict: no lone C1 byte
    for sequence in ("\x1b]0;", "\x1b]52;", "\x07", "\x1b[2J", "\x9b"):
        assert sequence not in out, (sequence, out)
    assert "␛]0;" in out, out


def test_check_as_json_keeps_the_data_exact_and_sends_no_control_character(tmp_path: Path) -> None:
    path = evil_plan(tmp_path, "esc\x9b2J\x1b]0;NAME\x07.yaml")
    code, out = run("check", str(path), "--format", "json")
    assert code == 0, out
    assert not CONTROLS.search(out), CONTROLS.findall(out)
    assert json.loads(out)["plans"][0]["path"] == str(path)


# --- F21: whatever a user's template does, it is the template's error, and it ends ------


def smart(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`smart *args` as a user runs it; a hang fails the test when the timeout runs out."""
    return subprocess.run(
        [sys.executable, "-m", "smartcli", *args], cwd=folder, capture_output=True, text=True, timeout=120,
        env={**os.environ, "SMART_LANG": "en"},
    )  # fmt: skip


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("{{ [].pop() }}", "IndexError: pop from empty list"),
        ("{{ range(10**9)|list|length }}", "a text or list gets too long (over 100,000 characters or items)"),
        ("{% macro f(n) %}{{ f(n+1) }}{% endmacro %}{{ f(0) }}", "a macro calls itself too many times over"),
        ("{{ 9**(9**9) }}", "a number gets too big (over 3,000 digits)"),
    ],
)
def test_the_reviews_templates_fail_as_input_errors_and_never_hang(
    tmp_path: Path, body: str, reason: str
) -> None:
    (tmp_path / "bad.md.j2").write_text(f"# Title\n\n{body}\n", encoding="utf-8")
    done = smart(tmp_path, "report", str(SAMPLE), "--template", "bad.md.j2", "--lang", "en")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == f"Error: The template fails at {tmp_path / 'bad.md.j2'}:3: {reason}"


@pytest.mark.parametrize(
    "body",
    [
        "{{ 'x' * 10**9 }}",
        "{{ [0] * 10**9 }}",
        "{{ 10**9 * 'x' }}",
        "{{ (10**3000) * (10**3000) }}",
        "{{ 'x'|center(10**9) }}",
        "{{ 1|number(10**9) }}",
        "{{ 'x'.ljust(10**9) }}",
        "{{ '%0999999999d' % 1 }}",
        "{{ '%*d' % (999999999, 1) }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ '{:>{}}'.format(1, 999999999) }}",
        "{{ '%0999999999d'|format(1) }}",
        "{{ '%*d'|format(999999999, 1) }}",
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "{% set l = [1] %}{% for i in range(64) %}{% do l.extend(l) %}{% endfor %}",
    ],
)
def test_a_template_cannot_build_a_huge_number_text_or_list(tmp_path: Path, body: str) -> None:
    template = tmp_path / "big.md.j2"
    template.write_text(body + "\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render_report(empty_plan("en"), QSET, "en", template=template)
    assert "big.md.j2:1:" in info.value.render("en") and "too " in info.value.render("en"), info.value.render(
        "en"
    )


def test_a_report_can_not_grow_without_end(tmp_path: Path) -> None:
    template = tmp_path / "long.md.j2"
    template.write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx{% endfor %}{% endfor %}\n"
    )
    with pytest.raises(TemplateError) as info:
        render_report(empty_plan("en"), QSET, "en", template=template)
    assert info.value.render("en").endswith("the report gets too big (over 20,000,000 characters)")


def test_a_template_that_would_run_for_days_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "TIME_LIMIT", 2)  # 10^10 empty turns: hours at full speed
    template = tmp_path / "slow.md.j2"
    template.write_text("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n")
    with pytest.raises(TemplateError) as info:
        render_report(empty_plan("da"), QSET, "da", template=template)
    assert info.value.render("da").endswith("skabelonen har kørt i mere end 2 sekunder uden at blive færdig")


def test_ordinary_arithmetic_and_formatting_still_work(tmp_path: Path) -> None:
    template = tmp_path / "fine.md.j2"
    template.write_text(
        "{{ '%d' % 2000000 }} {{ '{}'.format(2000000) }} {{ '%s'|format(2000000) }} {{ 2000000|default(1) }}"
        " {% set l = [] %}{% do l.append(2000000) %}{{ l|first }} {{ [2000000]|first + 1 }}\n"
        "{{ 2**10 }} {{ 'ab' * 3 }} {{ '%5.1f' % 3.14159 }} {{ '{:>4}'.format(7)|length }} {{ 'x'|center(5)|length }}"
        " {{ (range(3)|list + [9])|join(',') }} {{ 'a' ~ 'b' }} {{ [1, 2]|batch(1)|list|length }} {{ 'x'.ljust(3)|length }}\n",
        encoding="utf-8",
    )
    text = render_report(empty_plan("en"), QSET, "en", template=template)
    assert (
        text == "2000000 2000000 2000000 2000000 2,000,000 2,000,001\n1,024 ababab 3.1 4 5 0,1,2,9 ab 2 3\n"
    ), text


def test_the_time_limit_leaves_an_outer_timer_running(tmp_path: Path) -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        template = tmp_path / "ok.md.j2"
        template.write_text("# {{ report.company }}\n", encoding="utf-8")
        render_report(empty_plan("en"), QSET, "en", template=template)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 100 and signal.getsignal(signal.SIGALRM) is not previous
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == []

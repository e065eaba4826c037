"""smart report against slips and hostile input: never over a plan, no escapes, templates that fail or never end.

The slips (``-o plan.yaml`` for ``-o plan.md``) and the hostile plans and
templates come from the reliability review (F4, F6, F21, F23).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartcli.cli import app
from smartcli.errors import SmartError

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"
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

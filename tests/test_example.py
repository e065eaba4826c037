"""smart new --example: the sample plan, in either language, from a checkout and from the installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartcli.cli import app
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_new_example_writes_the_sample_plan_in_the_language(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "prøve" / "plan.yaml"
    result = runner.invoke(app, ["new", str(path), "--example", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == (ROOT / "examples" / f"bageriet-hvede.{lang}.yaml").read_bytes()
    plan = load_plan(path, shipped_question_set()).plan
    assert plan.language == lang and plan.company == "Bageriet Hvede ApS"
    assert f"smart status {path}" in result.output
    for command in (["status"], ["check"], ["report", "-o", str(tmp_path / "r.md")]):
        assert runner.invoke(app, [*command[:1], str(path), *command[1:]]).exit_code == 0, command


def test_new_example_never_overwrites_and_stands_alone(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["new", str(path), "--example", "--lang", "en"])
    assert result.exit_code == 2 and "already exists" in result.output
    assert path.read_text(encoding="utf-8") == "mine\n"
    result = runner.invoke(app, ["new", str(tmp_path / "p.yaml"), "--example", "--no-input", "--lang", "en"])
    assert result.exit_code == 2 and "can't be combined" in result.output


@pytest.mark.timeout(120)
def test_the_installed_wheel_carries_the_sample_plan(tmp_path: Path) -> None:
    """Built as pip builds it, unpacked as pip installs it, run from another folder."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path / "site")
    assert (tmp_path / "site" / "smartcli" / "examples" / "bageriet-hvede.da.yaml").is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run(
        [sys.executable, "-m", "smartcli", "new", "plan.yaml", "--example", "--lang", "da"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    probe = "import smartcli, sys; print(smartcli.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert where.stdout.startswith(str(tmp_path / "site"))  # the unpacked wheel ran, not the checkout
    assert "company: Bageriet Hvede ApS" in (elsewhere / "plan.yaml").read_text(encoding="utf-8")

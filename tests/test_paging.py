"""Long output goes through the pager in a terminal, and only there (a real pty, a stand-in pager)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from smartcli.cli import paging

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"

PAGER = """\
import sys
from pathlib import Path
Path(sys.argv[1]).write_bytes(sys.stdin.buffer.read())
print("PAGER DONE")
"""


def smart(tmp_path: Path, *args: str, rows: int = 24, pager: str | None = "stand-in") -> tuple[str, Path]:
    """Run smart in a pty of `rows` lines; the output seen, and the file the stand-in pager writes."""
    paged = tmp_path / "paged.txt"
    script = tmp_path / "pager.py"
    script.write_text(PAGER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "SMART_PAGER", "LESS")}
    env["SMART_LANG"] = "en"
    if pager == "stand-in":
        env["PAGER"] = f"{sys.executable} {script} {paged}"
    elif pager is not None:
        env["PAGER"] = pager
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", *args], cwd=str(tmp_path), env=env,
        encoding="utf-8", timeout=30, dimensions=(rows, 100),
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before), paged


def test_long_output_in_a_terminal_goes_to_the_pager(tmp_path: Path) -> None:
    seen, paged = smart(tmp_path, "questions")
    assert "PAGER DONE" in seen and "current_strategy" not in seen
    text = paged.read_text(encoding="utf-8")
    assert "current_strategy" in text and "strengths" in text and text.count("\n") > 24


def test_less_is_told_to_pass_colours_and_quit_on_a_short_page(tmp_path: Path) -> None:
    script = tmp_path / "env.py"
    script.write_text(
        "import os, sys\nsys.stdin.read()\nprint('LESS=' + os.environ.get('LESS', ''))\n", encoding="utf-8"
    )
    seen, _ = smart(tmp_path, "questions", pager=f"{sys.executable} {script}")
    assert "LESS=FRX" in seen


def test_no_pager_prints_straight_to_the_terminal(tmp_path: Path) -> None:
    seen, paged = smart(tmp_path, "questions", "--no-pager")
    assert "current_strategy" in seen and not paged.exists()


def test_output_that_fits_the_terminal_is_not_paged(tmp_path: Path) -> None:
    seen, paged = smart(tmp_path, "questions", rows=400)
    assert "current_strategy" in seen and not paged.exists()


@pytest.mark.parametrize("value", ["", "cat"])
def test_a_pager_set_to_nothing_or_cat_switches_paging_off(tmp_path: Path, value: str) -> None:
    seen, _ = smart(tmp_path, "questions", pager=value)
    assert "current_strategy" in seen


def test_a_pager_that_cannot_start_still_shows_the_output(tmp_path: Path) -> None:
    seen, _ = smart(tmp_path, "questions", pager=str(tmp_path / "no-such-pager"))
    assert "current_strategy" in seen


def test_a_report_in_the_terminal_is_paged_and_one_to_a_file_is_not(tmp_path: Path) -> None:
    seen, paged = smart(tmp_path, "report", str(SAMPLE))
    assert "PAGER DONE" in seen and "Bageriet Hvede" in paged.read_text(encoding="utf-8")
    paged.unlink()
    seen, paged = smart(tmp_path, "report", str(SAMPLE), "-o", str(tmp_path / "r.md"))
    assert not paged.exists() and (tmp_path / "r.md").exists()


def test_the_pager_follows_smart_pager_then_pager(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMART_PAGER", raising=False)
    monkeypatch.setenv("PAGER", "more -s")
    assert paging.pager_command() == ["more", "-s"]
    monkeypatch.setenv("SMART_PAGER", "less -S")
    assert paging.pager_command() == ["less", "-S"]
    monkeypatch.setenv("SMART_PAGER", "cat")
    assert paging.pager_command() is None


def test_nothing_is_paged_when_output_is_not_a_terminal(tmp_path: Path) -> None:
    """Through a pipe (CI, `| grep`), the output is the output: no pager is ever started."""
    import subprocess

    script = tmp_path / "pager.py"
    script.write_text(PAGER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SMART_PAGER"}
    env["PAGER"] = f"{sys.executable} {script} {tmp_path / 'paged.txt'}"
    done = subprocess.run(
        [sys.executable, "-m", "smartcli", "questions"], capture_output=True, text=True, env=env, check=True
    )
    assert "current_strategy" in done.stdout and not (tmp_path / "paged.txt").exists()

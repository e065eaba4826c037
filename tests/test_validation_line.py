"""A refused answer is explained on the line below it, in a tall terminal too (a real pty and a screen)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pexpect
import pyte
import pytest

ROWS, COLUMNS = 40, 100


@pytest.mark.timeout(60)
def test_the_reason_stands_under_the_refused_answer_and_the_answer_can_be_corrected(tmp_path: Path) -> None:
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm-256color", "SMART_LANG": "da"}
    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "new", "plan.yaml"], cwd=str(tmp_path), env=env,
        timeout=20, dimensions=(ROWS, COLUMNS),
    )  # fmt: skip
    seen = io.BytesIO()
    child.logfile_read = seen
    child.expect("Sprog")
    child.send("\r")
    child.expect("Virksomhedens navn")
    child.send("Bageriet Hvede ApS\r")
    child.expect("Planperiodens start")
    child.send("\x7f" * 12 + "30-02-2027\r")
    child.expect("Den dato findes ikke")
    child.expect("Planperiodens start")  # asked again, the refused text there to correct
    child.send("\x7f" * 2 + "\x7f" * 8 + "1-3-2027\r")
    child.expect("Planperiodens slut")
    screen = pyte.Screen(COLUMNS, ROWS)
    pyte.ByteStream(screen).feed(seen.getvalue())
    child.sendcontrol("c")
    child.expect(pexpect.EOF)

    lines = [line.rstrip() for line in screen.display]
    refused = next(i for i, line in enumerate(lines) if "30-02-2027" in line)
    assert "Den dato findes ikke: måneden har kun 28 dage." in lines[refused + 1]
    assert "Planperiodens start" in lines[refused + 2] and "1-3-2027" in lines[refused + 2]

"""Two smart processes on one plan: one writer at a time, stale locks recognised, locks cleaned up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from helpers import bare_sample
from smartcli.errors import SmartError
from smartcli.plan.lock import lock_path, plan_lock

ENV = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "SMART_LANG": "en"}


def track(plan: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcli", "track", str(plan), "--objective", "O1", "--value", "160",
                           "--date", "2027-02-01"], capture_output=True, text=True, env=ENV, check=False)  # fmt: skip


@pytest.mark.timeout(60)
def test_a_second_writer_waits_and_a_killed_ones_lock_is_taken_over(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(bare_sample("en"), encoding="utf-8")
    child = pexpect.spawn(sys.executable, ["-m", "smartcli", "edit", str(plan), "--question", "brand"],
                          env=ENV, encoding="utf-8", timeout=15)  # fmt: skip
    child.expect("Answer")  # the session is open and holds the lock
    assert lock_path(plan).exists()
    second = track(plan)
    assert (
        second.returncode == 2 and "is open in another smart (edit, process" in second.stderr + second.stdout
    )
    os.kill(child.pid, signal.SIGKILL)  # killed: no chance to clean up
    child.wait()
    assert lock_path(plan).exists()
    third = track(plan)
    assert third.returncode == 0, third.stdout + third.stderr
    assert "stale lock" in third.stderr
    assert not lock_path(plan).exists()
    assert "  objective: O1\n  date: 2027-02-01\n  value: 160\n" in plan.read_text(encoding="utf-8")


@pytest.mark.timeout(60)
def test_the_lock_goes_when_the_session_ends_even_by_ctrl_c(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(bare_sample("en"), encoding="utf-8")
    child = pexpect.spawn(sys.executable, ["-m", "smartcli", "edit", str(plan), "--question", "brand"],
                          env=ENV, encoding="utf-8", timeout=15)  # fmt: skip
    child.expect("Answer")
    child.send("\x03")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not lock_path(plan).exists()
    assert track(plan).returncode == 0


def test_a_lock_in_the_same_process_is_refused_and_released(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    with plan_lock(plan, "edit") as took_over:
        assert not took_over
        with pytest.raises(SmartError) as info, plan_lock(plan, "track"):
            pass
        assert info.value.key == "lock.busy"
    assert not lock_path(plan).exists()

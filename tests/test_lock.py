"""Two smart processes on one plan: one writer at a time, and a lock never blocks when no smart holds it."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from helpers import bare_sample
from smartcli.errors import SmartError
from smartcli.plan.lock import lock_path, plan_lock

ENV = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "SMART_LANG": "en"}
SMART = [sys.executable, "-m", "smartcli"]
TRACK = ["--objective", "O1", "--value", "160", "--date", "2027-02-01"]
AS_A_USER = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all"]
    if os.geteuid() == 0
    else []
)


def smart(*args: str | Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [*(prefix or []), *SMART, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=ENV, check=False)


def track(plan: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return smart("track", plan, *TRACK, prefix=prefix)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def sample(path: Path) -> Path:
    path.write_text(bare_sample("en"), encoding="utf-8")
    return path


@pytest.mark.timeout(60)
def test_a_second_writer_is_told_who_holds_the_plan_and_a_killed_holder_blocks_nobody(tmp_path: Path) -> None:
    plan = sample(tmp_path / "plan.yaml")
    child = pexpect.spawn(sys.executable, ["-m", "smartcli", "edit", str(plan), "--question", "brand"],
                          env=ENV, encoding="utf-8", timeout=15)  # fmt: skip
    child.expect("Answer")  # the session is open and holds the lock
    message = one_line_error(track(plan))
    assert f"is open in another smart (edit, process {child.pid} on {socket.gethostname()}, since" in message
    assert str(lock_path(plan)) in message
    os.kill(child.pid, signal.SIGKILL)  # killed: no chance to clean up
    child.wait()
    assert lock_path(plan).exists()  # its file stays, but nobody holds it any more
    third = track(plan)
    assert third.returncode == 0, third.stdout + third.stderr
    assert third.stderr == ""  # nothing to take over, nothing to say
    assert not lock_path(plan).exists()
    assert "  objective: O1\n  date: 2027-02-01\n  value: 160\n" in plan.read_text(encoding="utf-8")


@pytest.mark.timeout(60)
def test_the_lock_goes_when_the_session_ends_even_by_ctrl_c(tmp_path: Path) -> None:
    plan = sample(tmp_path / "plan.yaml")
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
    with plan_lock(plan, "edit") as held:
        assert held == lock_path(plan)
        info = json.loads(held.read_text(encoding="utf-8"))
        assert (info["pid"], info["host"], info["command"]) == (os.getpid(), socket.gethostname(), "edit")
        with pytest.raises(SmartError) as error, plan_lock(plan, "track"):
            pass
        assert error.value.key == "lock.busy" and error.value.params["lock"] == str(held)
    assert not lock_path(plan).exists()
    with plan_lock(plan, "track"):  # free again
        pass


@pytest.mark.parametrize(
    "left_behind",
    [
        # an older smart's lock (no OS lock held), from another host, fresh
        '{"pid": 1, "host": "otherhost", "command": "track", "since": "2026-11-30T10:00:00"}',
        "",  # a lock whose writing failed (disk full)
        "garbage",
    ],
)
def test_a_lock_file_nobody_holds_is_simply_taken(tmp_path: Path, left_behind: str) -> None:
    plan = sample(tmp_path / "plan.yaml")
    lock_path(plan).write_text(left_behind, encoding="utf-8")
    result = track(plan)
    assert (result.returncode, result.stderr) == (0, "")
    assert not lock_path(plan).exists()


def _contend(plan: Path, rounds: int, start: object, held: object, verdicts: object) -> None:
    """One of two processes: in each round, try for the lock at the same moment as the other."""
    for _ in range(rounds):
        start.wait()  # type: ignore[attr-defined]
        got = False
        try:
            with plan_lock(plan, "track"):
                held.wait()  # type: ignore[attr-defined]  # both are past their attempt, this one still holding
                got = True
        except SmartError:
            held.wait()  # type: ignore[attr-defined]
        verdicts.put(got)  # type: ignore[attr-defined]


@pytest.mark.timeout(120)
def test_two_processes_trying_at_once_never_both_hold_it(tmp_path: Path) -> None:
    rounds = 60
    plan = tmp_path / "plan.yaml"
    context = multiprocessing.get_context("fork")
    start, held = context.Barrier(3), context.Barrier(2)
    verdicts = context.Queue()
    workers = [context.Process(target=_contend, args=(plan, rounds, start, held, verdicts)) for _ in range(2)]
    for worker in workers:
        worker.start()
    winners = []
    for _ in range(rounds):
        # A lock a killed smart left behind: with the old take-over, both processes claimed it.
        lock_path(plan).write_text(
            json.dumps({"pid": 999999999, "host": socket.gethostname()}), encoding="utf-8"
        )
        start.wait()
        winners.append(verdicts.get(timeout=30) + verdicts.get(timeout=30))
    for worker in workers:
        worker.join(30)
    assert winners == [1] * rounds  # exactly one holder every round, never two, never none


def test_a_lock_that_cannot_be_written_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    plan = sample(tmp_path / "plan.yaml")
    before = plan.read_bytes()
    message = one_line_error(track(plan, prefix=["bash", "-c", 'ulimit -f 0; exec "$@"', "bash"]))
    assert str(lock_path(plan)) in message and "File too large" in message
    assert not lock_path(plan).exists() and plan.read_bytes() == before
    assert track(plan).returncode == 0


def test_a_plan_in_a_missing_folder_does_not_exist(tmp_path: Path) -> None:
    message = one_line_error(track(tmp_path / "nodir" / "plan.yaml"))
    assert "does not exist" in message
    assert not (tmp_path / "nodir").exists()


def test_a_new_plan_in_a_missing_folder_makes_the_folder(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("company: Bageriet Hvede ApS\nlanguage: en\n", encoding="utf-8")
    plan = tmp_path / "plans" / "2027" / "plan.yaml"
    result = smart("new", plan, "--from", answers, "--no-input")
    assert result.returncode == 0, result.stderr
    assert f"Made the folder {plan.parent}" in result.stdout
    assert plan.exists() and sorted(p.name for p in plan.parent.iterdir()) == ["plan.yaml"]
    # a new plan that fails leaves no empty folder behind
    answers.write_text("language: en\n", encoding="utf-8")  # no company: refused
    result = smart("new", tmp_path / "other" / "deep" / "plan.yaml", "--from", answers, "--no-input")
    assert result.returncode == 2
    assert not (tmp_path / "other").exists()


def test_a_read_only_folder_is_one_line_naming_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "rodir"
    folder.mkdir()
    plan = sample(folder / "plan.yaml")
    folder.chmod(0o555)
    try:
        message = one_line_error(track(plan, prefix=AS_A_USER))
    finally:
        folder.chmod(0o755)
    assert str(lock_path(plan)) in message


def test_a_folder_where_the_lock_should_be_is_one_line(tmp_path: Path) -> None:
    plan = sample(tmp_path / "plan.yaml")
    lock_path(plan).mkdir()
    message = one_line_error(track(plan))
    assert str(lock_path(plan)) in message
    assert plan.read_text(encoding="utf-8") == bare_sample("en")

"""The file on disk: output never harms what it writes to, links and write protection are respected,
line endings and byte-order marks are kept, and a reader that stops early is not an error."""

from __future__ import annotations

import codecs
import io
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from helpers import bare_sample
from smartcli.errors import SmartError
from smartcli.plan.files import output_kind, write_atomic, write_kind
from smartcli.plan.lock import plan_lock
from smartcli.plan.planfile import load_plan, save_plan
from smartcli.plan.questionset import shipped_question_set

SMART = [sys.executable, "-m", "smartcli"]
ENV = {**os.environ, "SMART_LANG": "en", "GIT_AUTHOR_NAME": "Mette", "GIT_AUTHOR_EMAIL": "m@hvede.dk",
       "GIT_COMMITTER_NAME": "Mette", "GIT_COMMITTER_EMAIL": "m@hvede.dk"}  # fmt: skip
TRACK = ["--objective", "O1", "--value", "160", "--date", "2027-02-01"]
# Root ignores file modes; without these capabilities it meets them like any user.
AS_A_USER = (
    [
        shutil.which("setpriv") or "setpriv",
        "--bounding-set=-dac_override,-dac_read_search,-fowner",
        "--inh-caps=-all",
    ]
    if os.geteuid() == 0
    else []
)


def smart(
    *args: str | Path, cwd: Path | None = None, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [*(prefix or []), *SMART, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=ENV, cwd=cwd, check=False)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The error `result` printed, checked to be one line, exit 2, no traceback."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def write_plan(path: Path, text: str | None = None) -> Path:
    path.write_text(text if text is not None else bare_sample("en"), encoding="utf-8")
    return path


# --- output never harms what it writes to ---------------------------------------------


def read_fifo(path: Path, into: list[bytes]) -> None:
    with path.open("rb") as handle:
        into.append(handle.read())


def test_a_fifo_is_written_to_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "report.md"
    os.mkfifo(fifo)
    got: list[bytes] = []
    # A daemon thread: when the code under test replaces the FIFO, nobody ever opens it to write.
    reader = threading.Thread(target=read_fifo, args=(fifo, got), daemon=True)
    reader.start()
    write_atomic(fifo, "# Report\nÆblegrød\n")
    reader.join(20)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got == ["# Report\nÆblegrød\n".encode()]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_report_written_into_a_fifo_leaves_the_fifo(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "plan.yaml")
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=read_fifo, args=(fifo, got), daemon=True)
    reader.start()
    result = smart("report", plan, "-o", fifo)
    reader.join(20)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].startswith(b"# Marketing plan 2027")


@pytest.mark.parametrize(
    ("mode", "kind"),
    [
        (stat.S_IFCHR | 0o666, "direct"),  # /dev/null, a terminal
        (stat.S_IFBLK | 0o660, "direct"),  # a disk
        (stat.S_IFIFO | 0o644, "direct"),  # a named pipe
        (stat.S_IFSOCK | 0o755, "direct"),
        (stat.S_IFREG | 0o644, "replace"),
        (stat.S_IFREG | 0o444, "replace"),
    ],
)
def test_devices_and_pipes_are_written_to_and_regular_files_replaced(mode: int, kind: str) -> None:
    assert write_kind(mode) == kind


def test_a_link_to_a_device_counts_as_the_device(tmp_path: Path) -> None:
    # Only looked at (stat), never written: the decision alone is under test here.
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    assert output_kind(link) == "direct"
    assert output_kind(tmp_path / "new.md") == "replace"
    with pytest.raises(IsADirectoryError):
        output_kind(tmp_path)


# --- F5: a plan behind a symbolic link -----------------------------------------------------


def test_a_save_through_a_link_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = write_plan(tmp_path / "real" / "plan.yaml")
    link = tmp_path / "link.yaml"
    link.symlink_to(Path("real") / "plan.yaml")
    result = smart("track", link, *TRACK)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.readlink() == (Path("real") / "plan.yaml")
    assert "  objective: O1\n  date: 2027-02-01\n  value: 160\n" in real.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "real"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["plan.yaml"]  # no lock, no temporary left


def test_a_dangling_link_gets_its_target_made(tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to("made/later.md")
    (tmp_path / "made").mkdir()
    write_atomic(link, "text\n")
    assert link.is_symlink()
    assert (tmp_path / "made" / "later.md").read_text(encoding="utf-8") == "text\n"


def test_two_names_of_one_plan_share_one_lock(tmp_path: Path) -> None:
    real = write_plan(tmp_path / "plan.yaml")
    link = tmp_path / "other-name.yaml"
    link.symlink_to(real.name)
    with plan_lock(real, "edit"):
        with pytest.raises(SmartError) as info, plan_lock(link, "track"):
            pass
        assert info.value.key == "lock.busy"


# --- F19: a write-protected plan -------------------------------------------------------


def test_a_write_protected_plan_is_refused_before_anything_is_asked(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "plan.yaml")
    plan.chmod(0o444)
    before = plan.read_bytes()
    message = one_line_error(smart("track", plan, *TRACK))
    assert str(plan) in message and "write-protected" in message
    # edit would ask questions (and, with no terminal, say it needs one): the refusal comes first
    assert "write-protected" in one_line_error(smart("edit", plan, "--question", "brand"))
    assert plan.read_bytes() == before and stat.S_IMODE(plan.stat().st_mode) == 0o444


def test_a_plan_this_user_may_not_write_is_refused(tmp_path: Path) -> None:
    # The owner may only read it, others may write: the owner's own permission is what counts.
    plan = write_plan(tmp_path / "plan.yaml")
    plan.chmod(0o466)
    before = plan.read_bytes()
    message = one_line_error(smart("track", plan, *TRACK, prefix=AS_A_USER))
    assert "write-protected" in message
    assert plan.read_bytes() == before


def test_the_last_guard_never_replaces_a_write_protected_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PermissionError):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


# --- line endings and byte-order marks ---------------------------------------------------


@pytest.mark.parametrize(("newline", "bom"), [("\r\n", False), ("\r\n", True), ("\n", True)])
def test_a_save_keeps_the_files_line_endings_and_byte_order_mark(
    tmp_path: Path, newline: str, bom: bool
) -> None:
    plain = write_plan(tmp_path / "plain.yaml")
    styled = tmp_path / "styled.yaml"
    styled.write_bytes((codecs.BOM_UTF8 if bom else b"") + bare_sample("en").replace("\n", newline).encode())
    for plan in (plain, styled):
        assert smart("track", plan, *TRACK).returncode == 0
        assert (
            smart("track", plan, "--objective", "O2", "--value", "3", "--date", "2027-02-02").returncode == 0
        )
    expected = plain.read_bytes().replace(b"\n", newline.encode())
    assert styled.read_bytes() == (codecs.BOM_UTF8 if bom else b"") + expected


def test_an_unchanged_crlf_plan_is_not_rewritten_and_a_session_saves_twice(tmp_path: Path) -> None:
    from rich.console import Console

    from smartcli.interview.session import open_session

    qset = shipped_question_set()
    path = tmp_path / "plan.yaml"
    path.write_bytes(bare_sample("en").replace("\n", "\r\n").encode())
    loaded = load_plan(path, qset)
    before = path.stat()
    assert save_plan(path, loaded.plan, qset, loaded.text) == loaded.text
    assert path.stat().st_ino == before.st_ino and path.stat().st_mtime_ns == before.st_mtime_ns
    session = open_session(path, qset, Console(file=io.StringIO()), "en")
    session.plan.answers["brand"] = "Brød, der tager tid"
    session.save()
    session.plan.answers["brand"] = "Brød, der tager tid.\nHver dag."
    session.save()  # the file on disk is what this session wrote: no "changed on disk"
    data = path.read_bytes()
    assert b"  Hver dag.\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


# --- a reader that stops early (F23) -------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    write_plan(tmp_path / "a.yaml")
    write_plan(tmp_path / "b.yaml", bare_sample("en").replace("target: 1700", "target: 1800"))
    for args in (["init", "-q", "-b", "main"], ["add", "a.yaml"], ["commit", "-q", "-m", "Plan 2027"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=ENV, check=True, capture_output=True)
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "a.yaml", "b.yaml"],
        ["diff", "a.yaml", "b.yaml", "--format", "json"],
        ["log", "a.yaml"],
        ["report", "a.yaml"],
        ["status", "a.yaml"],
        ["check", "a.yaml", "--format", "json"],
        ["--help"],
        ["report", "--help"],
    ],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(repo: Path, args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line (like `| head -0`)
    try:
        result = subprocess.run([*SMART, *args], stdout=write_end, stderr=subprocess.PIPE, text=True,
                                env=ENV, cwd=repo, check=False)  # fmt: skip
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, "")

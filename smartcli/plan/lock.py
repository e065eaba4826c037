"""One writer at a time: a lock file next to the plan while a command may change it.

The lock (``.plan.yaml.lock``) holds the owner's process id, host and start
time. A second ``smart`` that wants to write the same plan is told who has it
and stops; a lock left by a process that is gone (killed, machine restarted)
is recognised as stale and taken over. The lock is removed when the command
ends, however it ends.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

from smartcli.errors import SmartError

STALE_AFTER = dt.timedelta(hours=12)
"""A lock older than this is stale even if its process seems alive (a reused process id)."""


def lock_path(plan: Path) -> Path:
    """Where the lock of `plan` lives."""
    return plan.with_name(f".{plan.name}.lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_stale(info: dict[str, object], age: dt.timedelta) -> bool:
    if age > STALE_AFTER:
        return True
    if info.get("host") != socket.gethostname():
        return False  # another machine's process: we can't tell; trust the age
    pid = info.get("pid")
    return not isinstance(pid, int) or not _alive(pid)


@contextlib.contextmanager
def plan_lock(plan: Path, command: str) -> Iterator[bool]:
    """Hold the plan's lock for the duration; yields whether a stale lock was taken over.

    Raises:
        SmartError: Another live ``smart`` holds the lock.
    """
    path = lock_path(plan)
    mine = json.dumps(
        {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "command": command,
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
    )
    took_over = False
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                info = json.loads(path.read_text(encoding="utf-8") or "{}")
                age = dt.datetime.now() - dt.datetime.fromtimestamp(path.stat().st_mtime)
            except (OSError, ValueError):
                info, age = {}, STALE_AFTER * 2
            if not _is_stale(info, age):
                raise SmartError(
                    "lock.busy",
                    path=str(plan),
                    command=info.get("command", "smart"),
                    pid=info.get("pid", "?"),
                    since=info.get("since", "?"),
                ) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            took_over = True
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(mine)
        break
    else:  # pragma: no cover - another process won the race twice
        raise SmartError("lock.busy", path=str(plan), command="smart", pid="?", since="?")

    def release() -> None:
        with contextlib.suppress(OSError):
            if path.read_text(encoding="utf-8") == mine:
                path.unlink()

    atexit.register(release)
    try:
        yield took_over
    finally:
        release()
        atexit.unregister(release)

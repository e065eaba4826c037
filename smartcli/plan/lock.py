"""One writer at a time: an operating-system lock on a file beside the plan while a command may change it.

The lock is ``flock`` (``msvcrt.locking`` on Windows) on ``.plan.yaml.lock``
beside the plan, or beside its target when the plan is a symbolic link, so
two names of one plan share one lock. The operating system frees it the
moment its process ends, however it ends (``kill -9``, a crash, a power cut),
so a lock never blocks anyone when no ``smart`` holds it, on this machine or
another: there is nothing stale to recognise or take over. The file holds the
holder's command, process id, host and start time only to tell a second
``smart`` who has the plan. It is removed when the command ends; a file left
behind (by a killed process, or by an older smart that locked by the file
alone) is simply taken by the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from smartcli.errors import SmartError
from smartcli.plan.files import resolved

_ATTEMPTS = 50
"""Tries to lock a file that is not removed under us (each miss is a holder finishing just then)."""

_INFO_LIMIT = 4096

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks byte ranges and keeps other processes from reading them: lock
    # one byte far past the holder's details, so that a second smart can read them.
    _LOCKED_BYTE = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as e:
            if e.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        # Windows asks for a region to be unlocked before its file is closed.
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        """Nothing to do: closing the file frees an flock."""


def lock_path(plan: Path) -> Path:
    """Where the lock of `plan` lives: beside the real file, whatever name the plan is given by."""
    try:
        real = resolved(plan)
    except OSError:
        real = plan.absolute()
    return real.with_name(f".{real.name}.lock")


@contextlib.contextmanager
def plan_lock(plan: Path, command: str) -> Iterator[Path]:
    """Hold the plan's lock for the duration; yields the lock file's path.

    Raises:
        SmartError: Another ``smart`` holds the lock (``lock.busy``, naming it and
            the lock file); the plan's folder does not exist (``error.plan_missing``);
            the lock file can't be made or written (``error.lock_failed``, with
            the reason: a read-only folder, a folder in its place, a full disk).
    """
    path = lock_path(plan)
    fd = _acquire(plan, path)
    try:
        _write_info(fd, command)
    except OSError as e:
        # Nobody else can use a lock whose holder is unknown to them, and a save
        # would fail the same way: stop now, before anything is asked.
        _release(fd, path)
        raise SmartError(
            "error.lock_failed", path=str(plan), lock=str(path), reason=e.strerror or str(e)
        ) from e
    try:
        yield path
    finally:
        _release(fd, path)


def _acquire(plan: Path, path: Path) -> int:
    """Open and lock the lock file of `plan`; returns its descriptor, holding the lock."""
    for _ in range(_ATTEMPTS):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except (FileNotFoundError, NotADirectoryError):
            if not path.parent.is_dir():
                raise SmartError("error.plan_missing", path=str(plan)) from None
            raise SmartError(
                "error.lock_failed", path=str(plan), lock=str(path), reason=os.strerror(errno.ENOENT)
            ) from None
        except OSError as e:
            raise SmartError(
                "error.lock_failed", path=str(plan), lock=str(path), reason=e.strerror or str(e)
            ) from e
        try:
            locked = _try_lock(fd)
        except OSError as e:  # a file system without locks
            os.close(fd)
            raise SmartError(
                "error.lock_failed", path=str(plan), lock=str(path), reason=e.strerror or str(e)
            ) from e
        if not locked:
            holder = _read_info(fd)
            os.close(fd)
            raise SmartError(
                "lock.busy",
                path=str(plan),
                lock=str(path),
                command=holder.get("command", "smart"),
                pid=holder.get("pid", "?"),
                host=holder.get("host", "?"),
                since=holder.get("since", "?"),
            )
        if _is_at(fd, path):
            return fd
        # The holder removed the file between our open and our lock: this
        # lock is on a file nobody else will open again. Try the path afresh.
        os.close(fd)
    raise SmartError(
        "lock.busy", path=str(plan), lock=str(path), command="smart", pid="?", host="?", since="?"
    )


def _is_at(fd: int, path: Path) -> bool:
    """Whether the open file `fd` is still the file at `path`."""
    try:
        here, there = os.fstat(fd), path.stat()
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _write_info(fd: int, command: str) -> None:
    info = {
        "command": command,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }
    data = json.dumps(info).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    while data:
        data = data[os.write(fd, data) :]


def _read_info(fd: int) -> dict[str, object]:
    """The holder's details, as far as they can be read (a holder may not have written them yet)."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, _INFO_LIMIT).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _release(fd: int, path: Path) -> None:
    """Remove the lock file while still holding it (so nobody takes a file about to vanish), then free it."""
    with contextlib.suppress(OSError):
        if _is_at(fd, path):
            path.unlink()  # Windows refuses while the file is open: the file stays, harmless
    with contextlib.suppress(OSError):
        _unlock(fd)
    with contextlib.suppress(OSError):
        os.close(fd)

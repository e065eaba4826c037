"""Files on disk, no YAML: the write that never harms its target, write protection, a new plan's folders.

Light on purpose: a command checks the plan it will write, and makes its
folders, before the interview and the YAML machinery load.

:func:`write_atomic` replaces a regular file atomically (temporary file,
fsync, rename), through symbolic links (the link stays), keeping the file's
mode and owner, refusing a write-protected file; a device, a named pipe or a
socket is written to directly, never replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Literal

from smartcli.errors import SmartError

WriteKind = Literal["replace", "direct"]


def write_kind(mode: int) -> WriteKind:
    """How a file of this ``st_mode`` is written: a regular file is replaced, anything else written to.

    A device (``/dev/null``, a terminal), a named pipe or a socket is not a
    document: replacing it with a regular file would break whatever it is for
    everyone on the machine, and an atomic replace means nothing for a stream.
    """
    return "replace" if stat.S_ISREG(mode) else "direct"


def output_kind(path: Path) -> WriteKind:
    """How :func:`write_atomic` writes to `path` (a new file is made by replacing nothing).

    Raises:
        IsADirectoryError: `path` is a folder.
        OSError: `path` can't be looked at.
    """
    try:
        mode = path.stat().st_mode  # through links: what counts is what they point to
    except FileNotFoundError:
        return "replace"
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    return write_kind(mode)


def resolved(path: Path) -> Path:
    """`path` with every symbolic link followed; a dangling link gives the path it points to.

    Raises:
        OSError: The links form a loop.
    """
    try:
        return path.resolve()
    except RuntimeError as e:  # Python before 3.13 reports a loop of links this way
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from e


def is_write_protected(path: Path) -> bool:
    """Whether `path` is a file its owner protected from writing.

    It is when this process may not write it, and also when the file has no
    write permission for anyone: ``chmod 444`` is a deliberate protection that
    root, to whom every file is writable, should respect too (as vim does).
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (UTF-8, or bytes as given) to `path`: a crash leaves the old file or the new, never half.

    Output never harms what it writes to. A regular file (or a new path) is
    replaced atomically: the text goes to a temporary file in the same folder,
    is flushed and fsynced, takes the old file's mode and owner, and is renamed
    over the target; then the folder itself is fsynced so the rename survives
    a power cut. A symbolic link is followed and its target replaced, so the
    link stays a link. A device or a named pipe is opened and written to,
    never replaced (see :func:`write_kind`).

    Raises:
        PermissionError: The file is write-protected (:func:`is_write_protected`);
            it is left as it is.
        OSError: The text could not be written; the old file is untouched.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    target = resolved(path)
    if output_kind(target) == "direct":
        with target.open("wb") as handle:
            handle.write(data)
        return
    if is_write_protected(target):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _take_permissions(tmp, target)
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _take_permissions(tmp: Path, target: Path) -> None:
    """Give the new file the old one's mode, and its owner where allowed (root saving a user's plan)."""
    try:
        old = target.stat()
    except FileNotFoundError:
        tmp.chmod(0o666 & ~_umask())
        return
    if hasattr(os, "chown"):
        mine = tmp.stat()
        if (old.st_uid, old.st_gid) != (mine.st_uid, mine.st_gid):
            with contextlib.suppress(OSError):  # only root may give a file away
                os.chown(tmp, old.st_uid, old.st_gid)
    tmp.chmod(old.st_mode & 0o7777)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def refuse_write_protected(path: Path) -> None:
    """Stop before anything is asked or changed when the plan at `path` is write-protected.

    Raises:
        SmartError: The file exists and its owner protected it from writing
            (see :func:`is_write_protected`).
    """
    if is_write_protected(path):
        raise SmartError("error.plan_read_only", path=str(path))


def make_folders(folder: Path) -> list[Path]:
    """Make `folder` and any missing parents, for a new plan; returns the folders made, outermost first.

    Raises:
        SmartError: A folder can't be made (a file is in the way, no permission).
    """
    made = []
    for part in reversed([folder, *folder.parents]):
        if part.is_dir():
            continue
        try:
            part.mkdir()
        except FileExistsError:
            if part.is_dir():
                continue  # made meanwhile by someone else: theirs, not ours to remove
            raise SmartError(
                "error.folder_failed", path=str(part), reason=os.strerror(errno.ENOTDIR)
            ) from None
        except OSError as e:
            raise SmartError("error.folder_failed", path=str(part), reason=e.strerror or str(e)) from e
        made.append(part)
    return made


def remove_empty_folders(folders: list[Path]) -> None:
    """Remove again those of `folders` (from :func:`make_folders`) that nothing was written into."""
    for folder in reversed(folders):
        try:
            folder.rmdir()
        except OSError:
            return  # not empty: the plan (or something else) is in it

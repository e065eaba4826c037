"""Talking to git, only through ``git`` itself: a plan as it was at a revision, and its history."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from smartcli.errors import SmartError


@dataclass(frozen=True)
class Commit:
    """One commit that touched a plan: its hash, date, author and subject."""

    sha: str
    date: str
    author: str
    subject: str


def git(args: list[str], cwd: Path, command: str = "smart") -> str:
    """Run git and return what it printed.

    Raises:
        SmartError: git is not installed, or it failed (with its own message).
    """
    executable = shutil.which("git")
    if executable is None:
        raise SmartError("git.missing", command=command)
    result = subprocess.run(
        [executable, *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace",
        check=False,
    )  # fmt: skip
    if result.returncode != 0:
        message = result.stderr.strip() or result.stdout.strip() or f"exit {result.returncode}"
        reason = message.splitlines()[0]
        raise SmartError("git.failed", reason=reason)
    return result.stdout


def _folder(path: Path) -> Path:
    folder = path.parent if not path.is_dir() else path
    return folder if str(folder) else Path()


def in_repo_path(path: Path) -> tuple[Path, str]:
    """The repository's root and `path` relative to it, as git names it.

    Raises:
        SmartError: `path` is not inside a git repository.
    """
    folder = _folder(path.resolve())
    try:
        root = Path(git(["rev-parse", "--show-toplevel"], folder).strip())
    except SmartError:
        raise SmartError("git.not_a_repo", path=str(path)) from None
    return root, path.resolve().relative_to(root.resolve()).as_posix()


def show(revision: str, path: Path) -> str:
    """The text of `path` as it was at `revision` (``HEAD~3``, a branch, a tag, a hash)."""
    root, relative = in_repo_path(path)
    return git(["show", f"{revision}:{relative}"], root)


def show_spec(spec: str, cwd: Path) -> str:
    """The text of ``REV:PATH`` (a path relative to the repository root, as git reads it)."""
    return git(["show", spec], cwd)


def history(path: Path, limit: int | None = None) -> list[Commit]:
    """The commits that changed `path`, newest first (following renames)."""
    root, relative = in_repo_path(path)
    args = ["log", "--follow", "--format=%H%x1f%ad%x1f%an%x1f%s", "--date=short"]
    if limit:
        args.append(f"-n{limit}")
    out = git([*args, "--", relative], root)
    commits = []
    for line in out.splitlines():
        sha, date, author, subject = [*line.split("\x1f"), "", "", ""][:4]
        commits.append(Commit(sha, date, author, subject))
    return commits


def path_at(commit: str, path: Path) -> str | None:
    """The name `path` had in `commit` (it may have been renamed since), or ``None`` if it did not exist."""
    root, relative = in_repo_path(path)
    names = git(["log", "--follow", "--name-only", "--format=%H", "--", relative], root).split("\n")
    current = None
    for line in names:
        if len(line) == 40 and all(c in "0123456789abcdef" for c in line):
            current = line
        elif line.strip() and current == commit:
            return line.strip()
    return None

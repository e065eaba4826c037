"""Talking to git, only through ``git`` itself: a plan as it was at a revision, and its history.

Nothing a user types reaches git where git would read it as an option: a
revision that starts with ``-`` is refused, any other must name a commit
(``git rev-parse --verify``) before it is used, and revisions and paths follow
``--end-of-options`` or ``--``. File names are read from git's ``-z`` output,
never from its quoted one, so a plan may be called ``markedsplan-københavn.yaml``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from smartcli.errors import SmartError


@dataclass(frozen=True)
class Commit:
    """One commit that touched a plan: its hash, date, author, subject, and the plan's name in it."""

    sha: str
    date: str
    author: str
    subject: str
    name: str = ""


def git(args: list[str], cwd: Path, command: str = "smart") -> str:
    """Run git and return what it printed.

    Bytes that are not UTF-8 (a file name in Latin-1) are kept as surrogates,
    so a name read from git can be handed back to git unchanged.

    Raises:
        SmartError: git is not installed, or it failed (with its own message).
    """
    executable = shutil.which("git")
    if executable is None:
        raise SmartError("git.missing", command=command)
    result = subprocess.run([executable, *args], cwd=cwd, capture_output=True, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        message = message or result.stdout.decode("utf-8", "replace").strip() or f"exit {result.returncode}"
        raise SmartError("git.failed", reason=message.splitlines()[0])
    return os.fsdecode(result.stdout)


def _readable(text: str) -> str:
    """`text` from git with any byte that was not UTF-8 shown as ``�``, for printing."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def in_repo_path(path: Path) -> tuple[Path, str]:
    """The repository's root and `path` relative to it, as git names it.

    The path need not exist (a plan deleted since, in a folder deleted since):
    git is asked from its nearest folder that does. A symlinked plan keeps its
    own name, as git tracks it.

    Raises:
        SmartError: `path` is not inside a git repository.
    """
    absolute = Path(os.path.normpath(path.absolute()))
    folder = absolute if absolute.is_dir() else absolute.parent
    asked = folder
    while not asked.is_dir() and asked != asked.parent:
        asked = asked.parent
    try:
        out = git(["rev-parse", "--show-toplevel"], asked)
    except SmartError as error:
        if error.key == "git.missing":
            raise
        raise SmartError("git.not_a_repo", path=str(path)) from None
    root = Path(out.removesuffix("\n")).resolve()
    target = asked.resolve() / folder.relative_to(asked)
    if not absolute.is_dir():
        target /= absolute.name
    try:
        return root, target.relative_to(root).as_posix()
    except ValueError:  # a folder that is a symlink out of the repository
        raise SmartError("git.not_a_repo", path=str(path)) from None


def commit_of(revision: str, cwd: Path) -> str:
    """The commit `revision` names (``HEAD~3``, a branch, a tag, a hash), checked before git uses it.

    Raises:
        SmartError: `revision` starts with ``-`` (git would read it as an
            option), or names no commit in the repository.
    """
    if revision.startswith("-"):
        raise SmartError("git.option_like", value=revision)
    try:
        out = git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], cwd)
    except SmartError as error:
        if error.key == "git.missing":
            raise
        raise SmartError("git.bad_revision", rev=revision) from None
    return out.strip()


def show(revision: str, path: Path) -> str:
    """The text of `path` as it was at `revision` (``HEAD~3``, a branch, a tag, a hash).

    Raises:
        SmartError: Not in a repository, `revision` is not a commit, or the
            file did not exist there.
    """
    root, relative = in_repo_path(path)
    commit_of(revision, root)
    return git(["show", "--no-textconv", "--end-of-options", f"{revision}:{relative}"], root)


def show_spec(spec: str, cwd: Path) -> str:
    """The text of ``REV:PATH``, PATH read as git reads it (from the root, or ``./`` from `cwd`).

    Raises:
        SmartError: As :func:`show`; a `spec` that starts with ``-`` is refused.
    """
    if spec.startswith("-"):
        raise SmartError("git.option_like", value=spec)
    in_repo_path(cwd)
    revision = spec.partition(":")[0]
    if revision:  # ``:PATH`` is the version in git's index
        commit_of(revision, cwd)
    return git(["show", "--no-textconv", "--end-of-options", spec], cwd)


_FORMAT = "%H%x1f%ad%x1f%an%x1f%s"


def history(path: Path, limit: int | None = None) -> list[Commit]:
    """The commits that changed `path`, newest first, following renames; each with the plan's name then.

    Raises:
        SmartError: Not in a repository, or git fails.
    """
    root, relative = in_repo_path(path)
    args = ["log", "--follow", "--name-only", "-z", f"--format={_FORMAT}", "--date=short"]
    if limit is not None:
        args.append(f"--max-count={limit}")
    out = git([*args, "--", relative], root)
    commits: list[Commit] = []
    # With -z, each commit is its header, NUL, then a newline and the name it touched, NUL.
    for token in out.split("\0"):
        if token.startswith("\n"):
            if commits and not commits[-1].name:
                commits[-1] = replace(commits[-1], name=token[1:])
        elif token:
            sha, date, author, subject = [*token.split("\x1f"), "", "", ""][:4]
            commits.append(Commit(sha, date, _readable(author), _readable(subject)))
    named = relative
    for i in range(len(commits)):  # a commit that names no file (a merge) had its newer neighbour's name
        named = commits[i].name or named
        commits[i] = replace(commits[i], name=named)
    return commits


def version_at(commit: Commit, root: Path) -> str:
    """The plan's text in `commit` (a hash from :func:`history`, so never an option)."""
    return git(["show", "--no-textconv", "--end-of-options", f"{commit.sha}:{commit.name}"], root)

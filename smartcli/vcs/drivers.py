"""git's side of plans: the merge and textconv drivers, and ``smart git-setup`` registering them.

``git-setup`` registers the drivers for every YAML file (``*.yaml``, ``*.yml``),
since git tells files apart by name only and a plan keeps its drivers when
it is renamed. So the drivers meet YAML that is not a plan, and leave it to
git's own ways: textconv (:mod:`smartcli.vcs.textconv`) prints it byte for
byte, the merge driver runs ``git merge-file`` and says nothing. A plan is
merged by answer and record id; a merged plan that would not load is never
passed off as clean.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from smartcli.errors import PlanLoadError, SmartError
from smartcli.i18n import Lang, resolve_lang, tn
from smartcli.output import inert, say
from smartcli.plan.files import write_atomic
from smartcli.plan.merge import merge_plans
from smartcli.plan.planfile import PLAN_MARKER, dump_plan, load_plan_text, plans_in, text_style
from smartcli.plan.questionset import shipped_question_set
from smartcli.plan.store import YamlReadError, read_text
from smartcli.vcs import gitio

DRIVER = "smart"
"""The name of the diff and merge drivers in ``.gitattributes`` (``diff=smart merge=smart``)."""

PATTERNS = ("*.yaml", "*.yml")
"""What ``smart git-setup`` registers when given no plan: every YAML file, wherever and however named."""

LOCK_PATTERN = ".*.lock"
"""The lock files beside plans (``.plan.yaml.lock``), which ``git-setup`` keeps out of git."""


def _is_plan_text(data: bytes) -> bool:
    return bool(PLAN_MARKER.search(data[:1_000_000].decode("utf-8", "replace")))


# --- the merge driver -----------------------------------------------------------------


def merge_files(base: Path, ours: Path, theirs: Path, name: str, console: Console) -> int:
    """Merge three versions of a plan into `ours`, as git's merge driver does; 0 when clean, 1 otherwise.

    Three plans are merged by answer and record id; conflicts are written into
    the plan (``merge_conflicts``) and make it 1. When a version is not a valid
    plan, git's own line merge (``git merge-file``) does the work instead, and
    the result must load as a plan to count as clean. Files that are not plans
    at all are only line-merged.
    """
    sides = (base, ours, theirs)
    try:
        raw = [p.read_bytes() for p in sides]
    except OSError:
        return _line_merge(base, ours, theirs, name)
    if not any(_is_plan_text(data) for data in raw):
        return _line_merge(base, ours, theirs, name)
    qset = shipped_question_set()
    try:
        plans = [
            load_plan_text(read_text(p), qset, Path(f"{name} ({side})")).plan
            for p, side in zip(sides, ("base", "ours", "theirs"), strict=True)
        ]
    except (SmartError, YamlReadError, OSError, ValueError):
        code = _line_merge(base, ours, theirs, name)
        return code if _loads(ours) else _not_a_plan(console, name)
    merged, conflicts = merge_plans(plans[0], plans[1], plans[2], qset)
    text = dump_plan(merged, qset)
    style = text_style(ours)  # a CRLF plan (or one with a byte-order mark) stays so
    write_atomic(ours, style.file_text(style.apply(text)))
    lang = plans[1].language
    try:
        load_plan_text(text, qset, Path(name), lang)
    except PlanLoadError as error:  # kept as merged, with every problem named: nothing is lost
        say(console, lang, "merge.invalid", "red", path=name)
        for problem in error.problems:
            console.print(f"  {escape(inert(problem.render(lang)))}", soft_wrap=True)
        return 1
    if conflicts:
        message = tn(lang, "merge.conflicts", len(conflicts), path=name)
        console.print(f"[yellow]{escape(inert(message))}[/]", soft_wrap=True)
        for conflict in conflicts:
            line = f"{conflict.path}: {conflict.note}" if conflict.note else conflict.path
            console.print(f"  {escape(inert(line))}", soft_wrap=True)
        return 1
    say(console, lang, "merge.clean", path=name)
    return 0


def _loads(path: Path) -> bool:
    try:
        load_plan_text(read_text(path), shipped_question_set(), path)
    except (SmartError, YamlReadError, OSError):
        return False
    return True


def _not_a_plan(console: Console, name: str) -> int:
    """Say that the line-merged plan is not valid; 1, so git marks the file conflicted and commits nothing."""
    say(console, resolve_lang(), "merge.not_a_plan", "red", path=name)
    return 1


def _line_merge(base: Path, ours: Path, theirs: Path, name: str) -> int:
    """git's own three-way line merge into `ours`: 0 when clean, 1 with conflict markers.

    The markers follow the user's ``merge.conflictStyle`` (``diff3``,
    ``zdiff3``), as git's built-in merge would.
    """
    labels = [arg for side in ("ours", "base", "theirs") for arg in ("-L", f"{name} ({side})")]
    try:
        style = gitio.git(["config", "--get", "merge.conflictStyle"], ours.parent).strip()
    except SmartError:
        style = ""  # not set
    options = [f"--{style}"] if style in ("diff3", "zdiff3") else []
    try:
        gitio.git(["merge-file", *options, *labels, "--", str(ours), str(base), str(theirs)], ours.parent)
    except SmartError:
        return 1
    return 0


# --- git-setup ------------------------------------------------------------------------


def _command() -> str:
    """How git should start smart: this very Python, so it works from any virtualenv."""
    return f"{shlex.quote(sys.executable)} -m smartcli"


_GLOB = re.compile(r"([\[\]*?\\])")
_NEEDS_QUOTES = re.compile(r'[\s"\\\x00-\x1f\x7f]')
_C_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def attribute_pattern(relative: str) -> str:
    """The ``.gitattributes`` pattern that matches the file at `relative` (from the root), and it alone.

    Glob characters (``[ ] * ? \\``) are escaped so a name is not read as a
    pattern, the pattern is anchored at the root, and it is C-quoted (as git
    allows) when it holds a space, a quote, a backslash or a control character.
    """
    pattern = "/" + _GLOB.sub(r"\\\1", relative)
    if not _NEEDS_QUOTES.search(pattern):
        return pattern
    quoted = "".join(
        _C_ESCAPES.get(c, f"\\{ord(c):03o}" if ord(c) < 0x20 or c == "\x7f" else c) for c in pattern
    )
    return f'"{quoted}"'


def setup_git(plans: list[Path], console: Console, lang: Lang) -> list[str]:
    """Register the textconv and merge drivers in git's config and ``.gitattributes``; ignore lock files.

    With no `plans`, every YAML file is registered by pattern (``*.yaml``,
    ``*.yml``), so plans added or renamed later are covered too; with plans,
    exactly those files.

    Returns:
        The ``.gitattributes`` lines added (none when they were there already).

    Raises:
        SmartError: Not inside a git repository, or git fails.
    """
    root, _ = gitio.in_repo_path(Path.cwd())
    smart = _command()
    python = shlex.quote(sys.executable)  # textconv runs per file: its own light entry, not the CLI
    gitio.git(["config", "--", f"diff.{DRIVER}.textconv", f"{python} -m smartcli.vcs.textconv"], root)
    gitio.git(["config", "--", f"merge.{DRIVER}.name", "smart: merge plans by answer and record id"], root)
    gitio.git(["config", "--", f"merge.{DRIVER}.driver", f"{smart} merge-driver %O %A %B %P"], root)
    patterns = [attribute_pattern(gitio.in_repo_path(plan)[1]) for plan in plans] or list(PATTERNS)
    attributes = root / ".gitattributes"
    existing = attributes.read_text(encoding="utf-8").splitlines() if attributes.exists() else []
    added = []
    for pattern in patterns:
        line = f"{pattern} diff={DRIVER} merge={DRIVER}"
        if line not in existing and line not in added:
            added.append(line)
    if added:
        write_atomic(attributes, "\n".join([*existing, *added]) + "\n")
    if plans:
        done = tn(lang, "git.setup_done", len(plans), path=attributes)
    else:
        done = tn(lang, "git.setup_all", len(list(plans_in(root))), path=attributes)
    console.print(f"[green]{escape(inert(done))}[/]", soft_wrap=True)
    for line in added:
        console.print(f"  {escape(inert(line))}", soft_wrap=True)
    ignore = root / ".gitignore"
    if _ignore_locks(ignore):
        say(console, lang, "git.ignore_locks", path=ignore, pattern=LOCK_PATTERN)
    return added


def _ignore_locks(ignore: Path) -> bool:
    """Add the lock files' pattern to `ignore` unless it is there; whether it was added."""
    text = ignore.read_text(encoding="utf-8") if ignore.exists() else ""
    if LOCK_PATTERN in (line.strip() for line in text.splitlines()):
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    write_atomic(ignore, f"{text}{LOCK_PATTERN}\n")
    return True

"""git's side of plans: the merge driver's files, and ``smart git-setup`` registering the drivers."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from smartcli.errors import SmartError
from smartcli.i18n import Lang, tn
from smartcli.output import say
from smartcli.plan.merge import merge_plans
from smartcli.plan.planfile import dump_plan, load_plan_text, looks_like_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.plan.store import read_text, write_atomic
from smartcli.vcs import gitio

DRIVER = "smart"
"""The name of the diff and merge drivers in ``.gitattributes`` (``diff=smart merge=smart``)."""


def merge_files(base: Path, ours: Path, theirs: Path, name: str, console: Console) -> int:
    """Merge three versions of a plan into `ours`, as git's merge driver does; 0 when clean, 1 with conflicts.

    When a version is not a valid plan, git's own line merge (``git merge-file``)
    does the work instead, so the user still gets the usual conflict markers.
    """
    qset = shipped_question_set()
    try:
        texts = [read_text(p) for p in (base, ours, theirs)]
        plans = [
            load_plan_text(text, qset, Path(f"{name} ({side})")).plan
            for text, side in zip(texts, ("base", "ours", "theirs"), strict=True)
        ]
    except (SmartError, OSError, ValueError):
        return _line_merge(base, ours, theirs, name)
    merged, conflicts = merge_plans(plans[0], plans[1], plans[2], qset)
    write_atomic(ours, dump_plan(merged, qset))
    lang = plans[1].language
    if conflicts:
        say(console, lang, "merge.conflicts", "yellow", path=name, count=len(conflicts))
        for conflict in conflicts:
            console.print(f"  {conflict.path}", soft_wrap=True)
        return 1
    say(console, lang, "merge.clean", path=name)
    return 0


def _line_merge(base: Path, ours: Path, theirs: Path, name: str) -> int:
    try:
        gitio.git(
            [
                "merge-file",
                "-L",
                f"{name} (ours)",
                "-L",
                f"{name} (base)",
                "-L",
                f"{name} (theirs)",
                str(ours),
                str(base),
                str(theirs),
            ],
            ours.parent,
        )
    except SmartError:
        return 1
    return 0


def _command() -> str:
    """How git should start smart: this very Python, so it works from any virtualenv."""
    return f"{shlex.quote(sys.executable)} -m smartcli"


def setup_git(plans: list[Path], console: Console, lang: Lang) -> list[str]:
    """Register the textconv and merge drivers in git's config, and the plans in ``.gitattributes``.

    Returns:
        The ``.gitattributes`` lines added (none when they were there already).

    Raises:
        SmartError: Not inside a git repository, or git fails.
    """
    root, _ = gitio.in_repo_path(Path.cwd())
    smart = _command()
    gitio.git(["config", f"diff.{DRIVER}.textconv", f"{smart} textconv"], root)
    gitio.git(["config", f"merge.{DRIVER}.name", "smart: merge plans by answer and record id"], root)
    gitio.git(["config", f"merge.{DRIVER}.driver", f"{smart} merge-driver %O %A %B %P"], root)
    if not plans:
        plans = sorted(p for p in root.rglob("*.y*ml") if ".git" not in p.parts and looks_like_plan(p))
    attributes = root / ".gitattributes"
    existing = attributes.read_text(encoding="utf-8").splitlines() if attributes.exists() else []
    added = []
    for plan in plans:
        relative = plan.resolve().relative_to(root.resolve()).as_posix()
        line = f"{relative} diff={DRIVER} merge={DRIVER}"
        if line not in existing:
            added.append(line)
    if added:
        write_atomic(attributes, "\n".join([*existing, *added]) + "\n")
    console.print(
        f"[green]{escape(tn(lang, 'git.setup_done', len(plans), path=attributes))}[/]", soft_wrap=True
    )
    for line in added:
        console.print(f"  {line}", soft_wrap=True)
    return added

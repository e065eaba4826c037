"""An open plan: loading it for a command, and saving it after every change without clobbering others.

Before each save the file on disk is compared with what this session last read
or wrote. If another program changed it (a ``git pull``, an editor), the user
chooses: merge this session's answers into their version (the same three-way
merge git's driver uses), keep their version, or stop. This session's version
goes to a side file whenever it is not written to the plan, so nothing is
lost silently.
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from rich.console import Console

from smartcli.errors import InterviewStopped, SmartError
from smartcli.i18n import ACTIVE_LANG, Lang, resolve_lang, t
from smartcli.output import say
from smartcli.plan.files import resolved, write_atomic
from smartcli.plan.model import Plan, QuestionSet
from smartcli.plan.planfile import (
    PlanText,
    dump_plan,
    load_plan,
    load_plan_text,
    save_plan,
)
from smartcli.plan.store import read_text

if TYPE_CHECKING:
    from smartcli.interview.ask import AskContext
    from smartcli.interview.prompts import Prompter

Resolution = Literal["merge", "theirs", "stop"]
Resolver = Callable[[Path], Resolution]
"""Asked when the file changed on disk; it gets the side file this session's version would go to."""


@dataclass
class Session:
    """An open plan: where it lives, what it holds, and the text last read from or written to disk.

    Attributes:
        path: The plan file.
        plan: The plan as answered so far.
        qset: The questions that give the answers their types.
        lang: The language the session speaks (``--lang``, else the plan's).
        text: The file's text as last read or written here; ``None`` until the file exists.
        as_loaded: The plan as smart would write it when it was read: while the
            plan still equals it, nothing is written (an older schema or a
            hand-formatted file stays as it is until something changes).
        resolve: Asks what to do when the file changed on disk; without it, this
            session's version goes to a side file and the command stops.
        cache: The plan's text as last dumped, part by part: each save writes
            out anew only the parts that changed since.
    """

    path: Path
    plan: Plan
    qset: QuestionSet
    lang: Lang
    text: str | None = None
    as_loaded: str | None = None
    resolve: Resolver | None = None
    cache: PlanText = dataclasses.field(default_factory=PlanText)

    def save(self) -> None:
        """Save the plan now (nothing is written when nothing changed).

        Raises:
            SmartError: The file changed on disk and the user chose to stop (or
                could not be asked); this session's version is in a side file.
        """
        dumped = self.dump() if self.as_loaded is not None else None
        if dumped is not None and dumped == self.as_loaded:
            return
        if self.text is not None:
            try:
                on_disk: str | None = read_text(self.path)
            except (OSError, ValueError):
                on_disk = None
            if on_disk != self.text:
                if not self._changed_on_disk(on_disk):
                    return
                dumped = None  # merged: the plan is not what was dumped
        self.text = save_plan(self.path, self.plan, self.qset, self.text, cache=self.cache, dumped=dumped)
        self.as_loaded = None

    def dump(self) -> str:
        """The plan's text as it stands (only what changed since the last dump is written out anew)."""
        return dump_plan(self.plan, self.qset, self.cache)

    def _changed_on_disk(self, on_disk: str | None) -> bool:
        """Deal with a file someone else changed; returns whether this session's plan is to be written."""
        side = side_file(self.path)
        # Our version goes to the side file before anyone is asked, so an interrupt at the
        # question (or a crash) can't lose it; it is removed again once a merge has saved it.
        write_atomic(side, self.dump())
        try:
            choice: Resolution = (
                self.resolve(side) if self.resolve is not None and on_disk is not None else "stop"
            )
        except (KeyboardInterrupt, EOFError):
            raise InterviewStopped(self.path, side) from None
        theirs = None
        if choice != "stop" and on_disk is not None:
            try:
                theirs = load_plan_text(on_disk, self.qset, self.path, self.lang).plan
            except SmartError:
                choice = "stop"  # their version is not a valid plan: nothing to merge into
        if choice != "merge" or theirs is None:
            if choice == "stop" or theirs is None:
                raise SmartError("error.changed_on_disk", path=str(self.path), side=str(side))
            self._replace(theirs)  # keep theirs: carry on from their version
            self.text, self.as_loaded = on_disk, self.dump()
            return False
        from smartcli.plan.merge import merge_plans

        base = load_plan_text(self.text or "", self.qset, self.path, self.lang).plan
        merged, _ = merge_plans(base, self.plan, theirs, self.qset)
        self._replace(merged)
        self.text = on_disk
        side.unlink(missing_ok=True)  # the merge carries our answers into the plan itself
        return True

    def _replace(self, other: Plan) -> None:
        """Take `other`'s content into this session's plan object, which the interview holds on to."""
        for field in dataclasses.fields(Plan):
            setattr(self.plan, field.name, getattr(other, field.name))

    def context(self, prompter: Prompter, console: Console) -> AskContext:
        """What the ask functions need to ask questions of this plan."""
        from smartcli.interview.ask import AskContext

        return AskContext(prompter, console, self.plan, self.qset, self.lang)

    def ask_when_changed(self, prompter: Prompter, console: Console) -> None:
        """Let the user choose, through `prompter`, what happens if the file changes on disk."""

        def resolve(side: Path) -> Resolution:
            say(console, self.lang, "disk.changed", "yellow", path=self.path)
            choices = [
                ("merge", t(self.lang, "disk.merge")),
                ("theirs", t(self.lang, "disk.theirs", side=side)),
                ("stop", t(self.lang, "disk.stop", side=side)),
            ]
            picked = prompter.select(t(self.lang, "disk.question"), choices, default="merge")
            return picked if picked in ("merge", "theirs") else "stop"  # type: ignore[return-value]

        self.resolve = resolve


def side_file(path: Path) -> Path:
    """A free name beside `path` for answers that could not be saved there (``plan.mine.yaml``)."""
    candidate = path.with_name(f"{path.stem}.mine{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.mine-{n}{path.suffix}")
        n += 1
    return candidate


def remove_stale_temporaries(path: Path, older_than: float = 60.0) -> list[Path]:
    """Delete temporary files that an interrupted save (``kill -9``, power cut) left beside `path`.

    They are :func:`~smartcli.plan.files.write_atomic`'s, named ``.plan.yaml.*.tmp``.

    Only files older than `older_than` seconds go, so another process's save
    in progress is never touched. Returns the files removed.
    """
    cutoff = time.time() - older_than
    removed = []
    with contextlib.suppress(OSError):
        path = resolved(path)  # a save through a link writes beside its target
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                removed.append(tmp)
    return removed


def open_session(path: Path, qset: QuestionSet, console: Console, lang_option: str | None) -> Session:
    """Load the plan at `path` for a command that may change it.

    A plan holding YAML comments is loaded, with a warning now, before anything
    is written, that a save will not keep them.

    Raises:
        SmartError: The file is missing or unreadable.
        PlanLoadError: The plan is not valid; the file is left untouched.
    """
    loaded = load_plan(path, qset, resolve_lang(lang_option))
    remove_stale_temporaries(path)
    lang = resolve_lang(lang_option, loaded.plan.language)
    ACTIVE_LANG.set(lang)
    if loaded.has_comments:
        say(console, lang, "warning.comments_dropped", "yellow", path=path)
    session = Session(path, loaded.plan, qset, lang, loaded.text)
    session.as_loaded = session.dump()  # this first dump also fills the cache the first save uses
    return session

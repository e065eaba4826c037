"""An open plan: loading it for a command, and saving it after every change without clobbering others."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from smartcli.errors import SmartError
from smartcli.i18n import ACTIVE_LANG, Lang, resolve_lang
from smartcli.model import Plan, QuestionSet
from smartcli.output import say
from smartcli.plan import dump_plan, load_plan, save_plan
from smartcli.store import read_text, remove_stale_temporaries, write_atomic

if TYPE_CHECKING:
    from smartcli.ask import AskContext
    from smartcli.prompts import Prompter


@dataclass
class Session:
    """An open plan: where it lives, what it holds, and the text last read from or written to disk.

    Attributes:
        path: The plan file.
        plan: The plan as answered so far.
        qset: The questions that give the answers their types.
        lang: The language the session speaks (``--lang``, else the plan's).
        text: The file's text as last read or written here; ``None`` until the
            file exists.
    """

    path: Path
    plan: Plan
    qset: QuestionSet
    lang: Lang
    text: str | None = None

    def save(self) -> None:
        """Save the plan now (nothing is written when nothing changed).

        Raises:
            SmartError: When another program changed the file since it was read;
                this session's answers then go to a side file, and neither is lost.
        """
        if self.text is not None:
            try:
                on_disk: str | None = read_text(self.path)
            except (OSError, ValueError):
                on_disk = None
            if on_disk != self.text:
                side = side_file(self.path)
                write_atomic(side, dump_plan(self.plan, self.qset))
                raise SmartError("error.changed_on_disk", path=str(self.path), side=str(side))
        self.text = save_plan(self.path, self.plan, self.qset, self.text)

    def context(self, prompter: Prompter, console: Console) -> AskContext:
        """What the ask functions need to ask questions of this plan."""
        from smartcli.ask import AskContext

        return AskContext(prompter, console, self.plan, self.qset, self.lang)


def side_file(path: Path) -> Path:
    """A free name beside `path` for answers that could not be saved there (``plan.mine.yaml``)."""
    candidate = path.with_name(f"{path.stem}.mine{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.mine-{n}{path.suffix}")
        n += 1
    return candidate


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
    return Session(path, loaded.plan, qset, lang, loaded.text)

"""Error types and exit codes: the core raises these, `smartcli.cli` alone prints them and exits."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from smartcli.i18n import Lang, t, tn


class ExitCode(IntEnum):
    """The exit codes every command keeps to."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 70
    INTERRUPTED = 130


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a place a user can find.

    The message is kept as a catalogue key with parameters, so that it is
    rendered in whichever language the command speaks when it is printed.
    """

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    line: int | None = None
    column: int | None = None

    def render(self, lang: Lang, source: Path | str | None = None) -> str:
        """The problem as one line: ``file:line:col: field: message``."""
        where = [str(source)] if source is not None else []
        if self.line is not None:
            where.append(str(self.line))
            if self.column is not None:
                where.append(str(self.column))
        prefix = ":".join(where)
        text = t(lang, self.key, **self.params)
        if self.path:
            text = f"{self.path}: {text}"
        return f"{prefix}: {text}" if prefix else text


class SmartError(Exception):
    """Root of every error `smart` reports to a user (never as a traceback)."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def render(self, lang: Lang) -> str:
        """The message in the user's language."""
        return t(lang, self.key, **self.params)


class FileProblemsError(SmartError):
    """A file (plan, answers or question set) that can't be used, with every problem in it."""

    def __init__(self, key: str, source: Path, problems: list[Problem], /, **params: Any) -> None:
        super().__init__(key, path=str(source), count=len(problems), **params)
        self.source = source
        self.problems = problems
        self.lang_hint: Lang | None = None

    def render(self, lang: Lang) -> str:
        rest = {k: v for k, v in self.params.items() if k != "count"}
        lines = [tn(lang, self.key, self.params["count"], **rest)]  # "1 problem", "2 problems"
        lines += ["  " + p.render(lang, self.source) for p in self.problems]
        return "\n".join(lines)


class PlanLoadError(FileProblemsError):
    """A plan file that fails to load; it is never overwritten."""

    def __init__(self, source: Path, problems: list[Problem]) -> None:
        super().__init__("error.plan_invalid", source, problems)


class AnswersFileError(FileProblemsError):
    """An answers file (``--from``) that can't be used; nothing is written."""

    def __init__(self, source: Path, problems: list[Problem]) -> None:
        super().__init__("error.answers_invalid", source, problems)


class ImportFileError(FileProblemsError):
    """A file of measurements (``--from-csv``) with bad rows; nothing of it is imported."""

    def __init__(self, source: Path, problems: list[Problem]) -> None:
        super().__init__("error.import_invalid", source, problems)


class QuestionSetError(FileProblemsError):
    """A question set file that is not valid; reported with every problem at once."""

    def __init__(self, source: Path, problems: list[Problem]) -> None:
        super().__init__("error.questions_invalid", source, problems)


class InterviewStopped(SmartError):
    """The user pressed Ctrl-C or Ctrl-D at a prompt; what was answered is saved."""

    exit_code = ExitCode.INTERRUPTED

    def __init__(self, plan_path: Path | None, side: Path | None = None) -> None:
        """`side`: the file this session's version went to, when the plan itself could not take it."""
        if side is not None:
            super().__init__("interrupt.side_file", path=str(plan_path), side=str(side))
        else:
            key = "interrupt.saved" if plan_path is not None else "interrupt.nothing_saved"
            super().__init__(key, path=str(plan_path) if plan_path else "")
        self.plan_path = plan_path

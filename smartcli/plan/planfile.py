"""The plan file: loading it (validated, every problem located), writing it stably, saving it safely.

Reading the parsed YAML into a plan is :mod:`smartcli.plan.reading`'s work;
this module owns the file on disk: its line ends and byte-order mark (which a
save keeps), write protection (respected), and the folders a new plan needs.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcli.errors import AnswersFileError, PlanLoadError, Problem, SmartError
from smartcli.i18n import Lang
from smartcli.plan.model import (
    MEASUREMENTS,
    RECORD_ID,
    SCHEMA_VERSION,
    Plan,
    Question,
    QuestionSet,
    is_empty,
    review_records,
)
from smartcli.plan.reading import META_KEYS, plan_from_yaml
from smartcli.plan.store import (
    YamlReadError,
    YMap,
    YNode,
    dump_yaml,
    gc_paused,
    has_comments,
    is_write_protected,
    parse_yaml,
    read_text,
    write_atomic,
)

# --- writing ----------------------------------------------------------------------


def plan_to_data(plan: Plan, qset: QuestionSet) -> dict[str, Any]:
    """The plan as plain data in file order: metadata, then each phase's answers in question order."""
    data: dict[str, Any] = {"smart_plan": SCHEMA_VERSION, "language": plan.language}
    data["company"] = plan.company
    data["title"] = plan.title
    if plan.period is not None:
        data["period"] = {"start": plan.period.start, "end": plan.period.end}
    data["currency"] = plan.currency
    if plan.updated is not None:
        data["updated"] = plan.updated
    if plan.ignore_checks:
        data["ignore_checks"] = list(plan.ignore_checks)
    for phase in qset.phases:
        section: dict[str, Any] = {}
        for question in phase.questions:
            if question.id in plan.answers:
                section[question.id] = _answer_data(question, plan.answers[question.id])
        section.update(plan.extra_answers.get(phase.id, {}))
        if section:
            data[phase.id] = section
    for phase_id, extra in plan.extra_answers.items():
        if phase_id not in data and extra:
            data[phase_id] = dict(extra)
    if plan.measurements:
        data["measurements"] = _answer_data(MEASUREMENTS, sorted(plan.measurements, key=measurement_order))
    if plan.reviews:
        data["reviews"] = _answer_data(review_records(qset), plan.reviews)
    if plan.origin:
        data["origin"] = plan.origin
    if plan.merge_conflicts:
        data["merge_conflicts"] = plan.merge_conflicts
    data.update(plan.extra)
    return data


def measurement_order(measurement: dict[str, Any]) -> tuple[Any, int]:
    """Measurements are kept in date order, and in the order they were recorded within a day."""
    match = RECORD_ID.match(str(measurement.get("id", "")))
    return (measurement.get("date") or dt.date.min, int(match.group(2)) if match else 0)


def _answer_data(question: Question, value: Any) -> Any:
    if question.type != "records" or not isinstance(value, list):
        return value
    records = []
    for record in value:
        out: dict[str, Any] = {"id": record.get("id")}
        for sub in question.fields:
            if not is_empty(record.get(sub.id)):
                out[sub.id] = _answer_data(sub, record[sub.id])
        out.update((k, v) for k, v in record.items() if k not in out and question.field(k) is None)
        records.append(out)
    return records


def dump_plan(plan: Plan, qset: QuestionSet) -> str:
    """The plan file's text."""
    return dump_yaml(plan_to_data(plan, qset))


# --- files ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text file ends its lines, and whether it opens with a UTF-8 byte-order mark.

    smart writes ``\\n``; a plan saved on Windows may use ``\\r\\n`` and a
    byte-order mark. A save keeps the file's style, so that git shows only the
    lines that changed, not every line of the file.
    """

    newline: str = "\n"
    bom: bool = False

    def apply(self, text: str) -> str:
        """`text`, written with ``\\n``, in this style's line ends (the mark comes with :meth:`file_text`)."""
        return text if self.newline == "\n" else text.replace("\n", self.newline)

    def file_text(self, styled: str) -> str:
        """The text to write for `styled` (from :meth:`apply`): the mark first if the file had one."""
        return "\ufeff" + styled if self.bom else styled


_STYLE_SAMPLE = 1 << 16


def text_style(path: Path) -> TextStyle:
    """The style of the file at `path`, read from its first line; the default for a new or unreadable file.

    Line breaks inside answers are written escaped or as block scalars' own
    lines, so changing every ``\\n`` of a dumped text changes only line ends.
    """
    if not path.is_file():  # a pipe or a device is never read ahead
        return TextStyle()
    try:
        with path.open("rb") as handle:
            head = handle.read(_STYLE_SAMPLE)
    except OSError:
        return TextStyle()
    end = head.find(b"\n")
    crlf = end > 0 and head[end - 1 : end] == b"\r"
    return TextStyle("\r\n" if crlf else "\n", head.startswith(codecs.BOM_UTF8))


@dataclass
class LoadedPlan:
    """A plan as read from disk, with the text it was read from and where each value stood in it."""

    plan: Plan
    text: str
    has_comments: bool
    root: YNode | None = None


def _parse_file(path: Path, error: Callable[[Path, list[Problem]], SmartError]) -> tuple[str, YNode | None]:
    try:
        text = read_text(path)
    except FileNotFoundError:
        raise SmartError("error.file_missing", path=str(path)) from None
    except IsADirectoryError:
        raise SmartError("error.file_unreadable", path=str(path), reason="is a directory") from None
    except OSError as e:
        raise SmartError("error.file_unreadable", path=str(path), reason=e.strerror or str(e)) from e
    except YamlReadError as e:
        raise error(path, e.problems) from e
    try:
        return text, parse_yaml(text)
    except YamlReadError as e:
        raise error(path, e.problems) from e


def load_plan(path: Path, qset: QuestionSet, lang: Lang = "da") -> LoadedPlan:
    """Read and validate a plan file.

    Raises:
        SmartError: When the file is missing or unreadable.
        PlanLoadError: When it is not a valid plan; it lists every problem with
            its line and field, and the file is left as it is.
    """
    if not path.exists():
        raise SmartError("error.plan_missing", path=str(path))
    text, root = _parse_file(path, PlanLoadError)
    return _validated(text, root, qset, lang, path)


def load_plan_text(text: str, qset: QuestionSet, source: Path, lang: Lang = "da") -> LoadedPlan:
    """Read and validate a plan from its text (a git revision, say); `source` names it in errors.

    Raises:
        PlanLoadError: When it is not a valid plan.
    """
    try:
        root = parse_yaml(text)
    except YamlReadError as e:
        raise PlanLoadError(source, e.problems) from e
    return _validated(text, root, qset, lang, source)


def _validated(text: str, root: YNode | None, qset: QuestionSet, lang: Lang, source: Path) -> LoadedPlan:
    with gc_paused():
        plan, problems = plan_from_yaml(root, qset, typed=False, lang=lang)
    if problems:
        error = PlanLoadError(source, problems)
        error.lang_hint = plan.language
        raise error
    return LoadedPlan(plan, text, has_comments(text), root)


def load_answers(path: Path, qset: QuestionSet, lang: Lang) -> tuple[Plan, frozenset[str]]:
    """Read an answers file (or a partial plan) for ``smart new --from``.

    Returns:
        The answers as a plan, and the metadata keys (``company``, ``period``...)
        the file gave, which are then not asked.

    Raises:
        AnswersFileError: With every problem, when any value can't be used.
    """
    _, root = _parse_file(path, AnswersFileError)
    is_plan = isinstance(root, YMap) and "smart_plan" in root
    plan, problems = plan_from_yaml(root, qset, typed=not is_plan, lang=lang)
    if problems:
        raise AnswersFileError(path, problems)
    given = frozenset(key for key in META_KEYS if isinstance(root, YMap) and key in root)
    return plan, given


def save_plan(
    path: Path, plan: Plan, qset: QuestionSet, previous: str | None, today: dt.date | None = None
) -> str:
    """Write the plan if its content changed, and return the text now on disk (as :func:`read_text` reads it).

    The ``updated`` date moves only when an answer changes, so saving an
    unchanged plan writes nothing and a plan's bytes never change by themselves.
    The file keeps its line ends and byte-order mark: a plan that was CRLF stays
    CRLF, so a save changes in git only the lines whose answers changed.

    Raises:
        SmartError: When the file can't be written (the old one is kept).
    """
    style = text_style(path)
    text = style.apply(dump_plan(plan, qset))
    if text == previous:
        return text
    today = today or dt.date.today()
    if plan.updated != today:
        plan.updated = today
        text = style.apply(dump_plan(plan, qset))
    try:
        write_atomic(path, style.file_text(text))
    except OSError as e:
        raise SmartError("error.write_failed", path=str(path), reason=e.strerror or str(e)) from e
    return text


def refuse_write_protected(path: Path) -> None:
    """Stop before anything is asked or changed when the plan at `path` is write-protected.

    Raises:
        SmartError: The file exists and its owner protected it from writing
            (see :func:`~smartcli.plan.store.is_write_protected`).
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


# --- finding plans -----------------------------------------------------------------

PLAN_MARKER = re.compile(r"^\ufeff?smart_plan\s*:", re.MULTILINE)  # a byte-order mark may open the file
_SKIPPED_FOLDERS = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})


def plans_in(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d not in _SKIPPED_FOLDERS and not d.startswith(".")]
        for name in filenames:
            if name.endswith((".yaml", ".yml")) and looks_like_plan(Path(dirpath) / name):
                yield Path(dirpath) / name


def looks_like_plan(path: Path) -> bool:
    """Whether a YAML file is a smart plan (it has a top-level ``smart_plan:`` key)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return bool(PLAN_MARKER.search(handle.read(1_000_000)))
    except OSError:
        return False

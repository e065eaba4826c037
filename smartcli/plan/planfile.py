"""The plan file: loading it (validated, every problem located), writing it stably, saving it safely.

Reading the parsed YAML into a plan is :mod:`smartcli.plan.reading`'s work;
this module owns the file on disk: its line ends and byte-order mark (which a
save keeps), write protection (respected), and the folders a new plan needs.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcli.errors import AnswersFileError, PlanLoadError, Problem, SmartError
from smartcli.i18n import Lang
from smartcli.plan.files import write_atomic
from smartcli.plan.model import SCHEMA_VERSION as SCHEMA_VERSION  # the version saved (tests change it)
from smartcli.plan.model import Plan, QuestionSet
from smartcli.plan.reading import META_KEYS, UPDATED_AFTER, plan_from_yaml, plan_to_data
from smartcli.plan.reading import measurement_order as measurement_order  # where merge and tests look
from smartcli.plan.store import (
    YamlReadError,
    YMap,
    YNode,
    dump_yaml,
    gc_paused,
    has_comments,
    line_form,
    parse_yaml,
    read_text,
)

# --- writing ----------------------------------------------------------------------

Block = tuple[str, tuple[str, ...]]
"""A block scalar: its header (``|-``) and its lines, not indented."""


def dump_plan(plan: Plan, qset: QuestionSet, cache: PlanText | None = None) -> str:
    """The plan file's text; with `cache` (from the plan's last dump), only what changed is written out."""
    return (cache or PlanText()).dump(plan_to_data(plan, qset))


class _Fallback(Exception):
    """A part :class:`PlanText` leaves to PyYAML: a key that is not plain text, a type it does not know."""


class PlanText:
    """The plan's YAML text, written part by part and remembered part by part for the next dump.

    It writes what :func:`~smartcli.plan.store.dump_yaml` writes, byte for byte
    (tests/test_save_cost.py proves it for any data), in the dumper's layout:
    block style, two spaces, a sequence in a mapping not indented. Each text's
    form (plain, quoted or a block) is worked out once; each record (a mapping
    in a list) is kept under its content, so the save of a plan that gained one
    measurement writes one record out anew, not ten thousand. A part it does
    not know (a key that needs quotes, an unknown type) is dumped by PyYAML.

    Attributes:
        written: How many records the last dump wrote out anew.
    """

    def __init__(self) -> None:
        self._texts: dict[str, str | Block] = {}  # each text's form, as the dumper writes it
        self._decimals: dict[float, str | Block] = {}  # apart from the texts: 1.0 == 1 == True as keys
        self._keys: set[str] = set()  # keys known to be written as they are
        self._records: dict[tuple[int, Any], tuple[str, bool]] = {}  # (column, content): text, ends open
        self._kept: dict[tuple[int, Any], tuple[str, bool]] = {}
        self._last: dict[str, tuple[str, bool]] = {}  # the last dump's top entries
        self.written = 0

    def dump(self, data: dict[str, Any]) -> str:
        """`data` as :func:`~smartcli.plan.store.dump_yaml` writes it."""
        self._kept, self.written = {}, 0
        with gc_paused():  # many small objects, no cycles (see gc_paused)
            self._last = {key: self._top(key, value) for key, value in data.items()}
        self._records = self._kept  # what this dump used is what the next one may find
        return self._joined() if data else dump_yaml(data)

    def with_entry(self, key: str, value: Any, after: str) -> str:
        """The last dump's data with `key` set to `value` (placed after `after` if it is new).

        Only that entry is written out: the rest is the last dump's text.

        Raises:
            KeyError: The last dump had neither `key` nor `after`.
        """
        entries = {}
        for old_key, entry in self._last.items():
            entries[old_key] = self._top(key, value) if old_key == key else entry
            if old_key == after and key not in self._last:
                entries[key] = self._top(key, value)
        if key not in entries:
            raise KeyError(after)
        self._last = entries
        return self._joined()

    def _top(self, key: str, value: Any) -> tuple[str, bool]:
        """One entry of the top mapping, and whether it ends in a ``|+`` block."""
        part: list[str] = []
        try:
            ends_open = self._entry(part, key, value, 0, "")
        except _Fallback:
            return _open_ended(dump_yaml({key: value}))
        return "".join(part), ends_open

    def _joined(self) -> str:
        # A document whose last value is a "|+" block ends with "...", as the dumper writes it.
        *_, (_, open_end) = self._last.values()
        return "".join(text for text, _ in self._last.values()) + ("...\n" if open_end else "")

    def _entry(self, out: list[str], key: Any, value: Any, indent: int, lead: str) -> bool:
        """Write ``key: value`` at `indent`, its line starting with `lead`; returns whether it ends open."""
        if key not in self._keys:
            if type(key) is not str or len(key) >= 100 or self._text(key) != key:
                raise _Fallback  # a key that is not plain text (quoted, empty, many lines) or long
            self._keys.add(key)
        kind = type(value)
        if kind is dict or kind is list:
            if not value:
                out.append(f"{lead}{key}: {'{}' if kind is dict else '[]'}\n")
                return False
            out.append(f"{lead}{key}:\n")
            if kind is dict:
                return self._mapping(out, value, indent + 2, " " * (indent + 2))
            return self._sequence(out, value, indent, " " * indent)
        return self._scalar(out, f"{lead}{key}:", value, indent + 2)

    def _mapping(self, out: list[str], mapping: dict[str, Any], indent: int, lead: str) -> bool:
        open_end = False
        pad, texts, keys = " " * indent, self._texts, self._keys
        for key, value in mapping.items():
            # Inline, a key seen before and a text as it is, a whole number or a date: a large plan
            # has 100,000 of them, and each costs the calls _entry would make.
            kind = type(value)
            if key in keys and kind is str and type(form := texts.get(value)) is str:
                out.append(f"{lead}{key}: {form}\n")
                open_end = False
            elif key in keys and (kind is int or kind is dt.date):
                out.append(f"{lead}{key}: {value}\n")  # a date's str is its ISO form, as dumped
                open_end = False
            else:
                open_end = self._entry(out, key, value, indent, lead)
            lead = pad
        return open_end

    def _sequence(self, out: list[str], items: list[Any], column: int, lead: str) -> bool:
        """Write `items` with their dashes at `column`, the first line starting with `lead`."""
        open_end = False
        for item in items:
            kind = type(item)
            if kind is dict and item:
                open_end = self._record(out, item, column, lead)
            elif kind is list and item:
                open_end = self._sequence(out, item, column + 2, lead + "- ")
            elif kind is dict or kind is list:
                out.append(f"{lead}- {'{}' if kind is dict else '[]'}\n")
                open_end = False
            else:
                open_end = self._scalar(out, f"{lead}-", item, column + 2)
            lead = " " * column
        return open_end

    def _record(self, out: list[str], record: dict[str, Any], column: int, lead: str) -> bool:
        """Write a mapping in a list: the text an earlier dump wrote for the same content, if there is one."""
        key = (column, _frozen(record))
        found = self._records.get(key) or self._kept.get(key)
        if found is None:
            part: list[str] = []
            try:
                ends_open = self._mapping(part, record, column + 2, "- ")
                found = "".join(part), ends_open
            except _Fallback:
                text, ends_open = _open_ended(dump_yaml([record]))
                first, *rest = text.split("\n")
                found = (
                    "\n".join([first, *(" " * column + line if line else line for line in rest)]),
                    ends_open,
                )
            self.written += 1
        self._kept[key] = found
        out += (lead, found[0])
        return found[1]

    def _scalar(self, out: list[str], head: str, value: Any, indent: int) -> bool:
        """Write `head` and the scalar `value` after it (a block's lines at `indent`)."""
        kind = type(value)
        form: str | Block
        if kind is str:
            form = self._text(value)
        elif kind is bool:
            form = "true" if value else "false"
        elif kind is int:
            form = str(value)
        elif kind is float:
            form = self._decimals.get(value) or self._decimals.setdefault(value, _dumped_form(value))
        elif value is None:
            form = "null"
        elif kind is dt.date:
            form = value.isoformat()
        else:
            raise _Fallback
        if isinstance(form, str):
            out.append(f"{head} {form}\n")
            return False
        header, lines = form
        pad = " " * indent
        out.append(f"{head} {header}\n")
        out += [f"{pad}{line}\n" if line else "\n" for line in lines]
        return header.endswith("+")

    def _text(self, text: str) -> str | Block:
        form = self._texts.get(text)
        if form is None:
            form = self._texts[text] = line_form(text) or _dumped_form(text)
        return form


def _dumped_form(value: str | float) -> str | Block:
    """How :func:`~smartcli.plan.store.dump_yaml` writes the scalar `value`: a line's end, or a block."""
    if isinstance(value, str) and len(value) > 100_000:
        raise _Fallback  # the emitter folds a line past its width, and so where it stands counts
    text, _ = _open_ended(dump_yaml({"k": value}))
    head, _, rest = text[3:].partition("\n")
    if head.startswith("|"):
        return head, tuple(line[2:] for line in rest.split("\n")[:-1])
    return head


def _open_ended(text: str) -> tuple[str, bool]:
    """A dumped text without the "..." that ends a document after a ``|+`` block, and whether it had one."""
    return (text[:-4], True) if text.endswith("\n...\n") else (text, False)


def _frozen(value: Any) -> tuple[Any, ...]:
    """`value` as a key for :class:`PlanText`: equal only for data written alike (not 1 and True)."""
    if type(value) is list:
        return (list, *[_frozen(v) if type(v) in _NESTED else (type(v), v) for v in value])
    return (dict, *[(k, type(k), type(v), _frozen(v) if type(v) in _NESTED else v) for k, v in value.items()])


_NESTED = (dict, list)


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
    path: Path,
    plan: Plan,
    qset: QuestionSet,
    previous: str | None,
    today: dt.date | None = None,
    cache: PlanText | None = None,
    dumped: str | None = None,
) -> str:
    """Write the plan if its content changed, and return the text now on disk (as :func:`read_text` reads it).

    The ``updated`` date moves only when an answer changes, so saving an
    unchanged plan writes nothing and a plan's bytes never change by themselves.
    The file keeps its line ends and byte-order mark: a plan that was CRLF stays
    CRLF, so a save changes in git only the lines whose answers changed. With
    `cache` (the :class:`PlanText` of the plan's earlier saves), only what
    changed since is written out anew; `dumped` is the plan's text when the
    caller has just dumped it with that cache.

    Raises:
        SmartError: When the file can't be written (the old one is kept).
    """
    style = text_style(path)
    cache = cache or PlanText()
    text = style.apply(dumped if dumped is not None else dump_plan(plan, qset, cache))
    if text == previous:
        return text
    today = today or dt.date.today()
    if plan.updated != today:
        plan.updated = today
        text = style.apply(cache.with_entry("updated", today, after=UPDATED_AFTER))
    try:
        write_atomic(path, style.file_text(text))
    except OSError as e:
        raise SmartError("error.write_failed", path=str(path), reason=e.strerror or str(e)) from e
    return text


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

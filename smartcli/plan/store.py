"""YAML in and out, and atomic saves: the only module that talks to PyYAML.

Reading composes the YAML node graph (never constructing Python objects from
tags) and turns it into :class:`YMap`, :class:`YSeq` and :class:`YScalar`
values that remember their line and column, so every later error can point at
the place in the file. Scalars keep the text exactly as written; the plan
schema decides per question type what the text means, which sidesteps YAML
1.1's surprises (``no`` as false, ``017`` as 15). Aliases and unknown tags are
refused: they are how small hostile files explode or execute code.

Writing goes through one dumper configured for stable, diff-friendly output;
the file itself is written by :func:`smartcli.plan.files.write_atomic`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from smartcli.errors import Problem

try:  # libyaml's parser is about ten times faster where it is installed
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# Writing uses the pure-Python emitter on purpose: libyaml escapes characters
# outside the Basic Multilingual Plane (an emoji becomes "\U0001F389"), which
# a person reading the plan or its git diff should not have to decode.
_BaseDumper = yaml.SafeDumper

MAX_DEPTH = 64
"""Deeper nesting than this is refused (no plan needs it; a hostile file might)."""


class _Loader(_BaseLoader):
    """Composes without YAML's guess at each plain scalar's type (a third of reading a large plan).

    The schema types every value (see :class:`YScalar`); only ``<<`` and ``=``
    keep YAML's type (merge and value keys), to be refused as tags.
    """

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and value in ("<<", "="):
            return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        return f"tag:yaml.org,2002:{_UNTYPED[kind]}"


_UNTYPED = {yaml.ScalarNode: "str", yaml.SequenceNode: "seq", yaml.MappingNode: "map"}
_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass(frozen=True, slots=True)
class YScalar:
    """A scalar as written in the file.

    Attributes:
        text: The scalar's text (for a quoted or block scalar: its value).
        plain: Whether it was written without quotes or block style, so that
            ``null`` and ``~`` mean "no value" and numbers are numbers.
        line: 1-based line number.
        column: 1-based column.
    """

    text: str
    plain: bool
    line: int
    column: int

    @property
    def is_null(self) -> bool:
        """Whether the scalar is an unquoted null (empty, ``~`` or ``null``)."""
        return self.plain and self.text in _NULLS


class YMap(dict[str, Any]):
    """A mapping in file order, with the line and column of itself and of each key."""

    line: int
    column: int
    key_lines: dict[str, int]


class YSeq(list[Any]):
    """A sequence, with the line and column where it starts."""

    line: int
    column: int


YNode = YMap | YSeq | YScalar


class YamlReadError(Exception):
    """A YAML text that can't be read; carries the problems with their places."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].key if problems else "yaml")
        self.problems = problems


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Converter:
    """Turns a composed node graph into located values, refusing aliases, tags and depth.

    Args:
        anchors: Whether the text may hold anchors (a ``&``): without one there
            can be no alias, and no node needs remembering to find one.
    """

    def __init__(self, anchors: bool = True) -> None:
        self.seen: set[int] = set()
        self.anchors = anchors
        self.problems: list[Problem] = []

    def convert(self, node: yaml.Node, depth: int = 0, at: tuple[int, int] | None = None) -> YNode | None:
        """Convert `node`; `at` is where the reference to it sits (for an alias, not the anchor)."""
        mark = node.start_mark
        line, column = mark.line + 1, mark.column + 1
        if self.anchors:
            if id(node) in self.seen:
                # The composer hands out the same node object for every alias of an
                # anchor, so a node met twice is an alias; report where it is used.
                where_line, where_column = at or (line, column)
                self.problems.append(Problem("yaml.alias", line=where_line, column=where_column))
                return None
            self.seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            self.problems.append(Problem("yaml.tag", {"tag": node.tag}, line=line, column=column))
            return None
        if depth > MAX_DEPTH:
            self.problems.append(Problem("yaml.too_deep", {"limit": MAX_DEPTH}, line=line))
            return None
        if isinstance(node, yaml.ScalarNode):
            # The pure-Python composer marks plain scalars with None, libyaml's with "".
            return YScalar(node.value, not node.style, line, column)
        if isinstance(node, yaml.SequenceNode):
            seq = YSeq()
            seq.line, seq.column = line, column
            for item in node.value:
                seq.append(self.convert(item, depth + 1, (line, column)))
            return seq
        mapping = YMap()
        mapping.line, mapping.column = line, column
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode) or id(key_node) in self.seen:
                self.problems.append(Problem("yaml.key_not_text", line=key_line, column=key_column))
                continue
            if self.anchors:
                self.seen.add(id(key_node))
            key = key_node.value
            if key in mapping:
                self.problems.append(
                    Problem("yaml.duplicate_key", {"key": key}, line=key_line, column=key_column)
                )
                continue
            mapping.key_lines[key] = key_line
            mapping[key] = self.convert(value_node, depth + 1, (key_line, key_column))
        return mapping


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large acyclic structure.

    Parsing a plan makes many small objects and no reference cycles; with the
    collector on, it rescans the growing heap again and again, and loading a
    plan ten times the size took twenty times as long. Paused, it is linear.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_yaml(text: str) -> YNode | None:
    """Parse one YAML document into located values (``None`` for an empty document).

    Raises:
        YamlReadError: On a syntax error (with line and column), several
            documents, an alias, a non-standard tag or too deep nesting.
    """
    try:
        with gc_paused():
            nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        reason = e.problem or e.context or str(e)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        if "nesting depth" in reason:  # libyaml's own limit, far above ours
            raise YamlReadError(
                [Problem("yaml.too_deep", {"limit": MAX_DEPTH}, line=line, column=column)]
            ) from e
        raise YamlReadError([Problem("yaml.syntax", {"reason": reason}, line=line, column=column)]) from e
    except yaml.YAMLError as e:
        raise YamlReadError([Problem("yaml.syntax", {"reason": str(e)})]) from e
    except RecursionError as e:
        raise YamlReadError([Problem("yaml.too_deep", {"limit": MAX_DEPTH})]) from e
    if not nodes:
        return None
    if len(nodes) > 1:
        line, _ = _mark(nodes[1])
        raise YamlReadError([Problem("yaml.multiple_documents", line=line)])
    converter = _Converter(anchors="&" in text)
    with gc_paused():
        value = converter.convert(nodes[0])
    if converter.problems:
        raise YamlReadError(converter.problems)
    return value


def plain_value(node: YNode | None) -> Any:
    """`node` as plain Python data, read the way YAML itself would (for keys smart doesn't know)."""
    if node is None:
        return None
    if isinstance(node, YMap):
        return {key: plain_value(value) for key, value in node.items()}
    if isinstance(node, YSeq):
        return [plain_value(item) for item in node]
    if not node.plain:
        return node.text
    # Resolve the plain scalar's type as YAML would (int, float, bool, null,
    # date), without parsing it again: this runs for every unknown value.
    tag = _RESOLVER.resolve(yaml.ScalarNode, node.text, (True, False))  # type: ignore[no-untyped-call]
    construct = _CONSTRUCTOR.yaml_constructors.get(tag)
    if construct is None or tag.endswith(":str"):
        return node.text
    try:
        value = construct(_CONSTRUCTOR, yaml.ScalarNode(tag, node.text))
    except (yaml.YAMLError, ValueError):
        return node.text
    return value if isinstance(value, bool | int | float | str | dt.date) or value is None else node.text


def read_text(path: Path) -> str:
    """The file's text, decoded as UTF-8, line ends as they are (a byte-order mark is dropped).

    Raises:
        OSError: When the file can't be read.
        YamlReadError: When it is not valid UTF-8.
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise YamlReadError([Problem("yaml.not_utf8", {"position": e.start}, line=line)]) from e


def has_comments(text: str) -> bool:
    """Whether a YAML text holds comments (which a save would not keep).

    A ``#`` counts when it is outside every scalar, so ``#tag`` inside an answer
    does not.
    """
    if "#" not in text:
        return False
    spans: list[tuple[int, int]] = []
    try:
        for token in yaml.scan(text, Loader=_BaseLoader):
            if isinstance(token, yaml.ScalarToken | yaml.TagToken | yaml.AnchorToken | yaml.AliasToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        return False
    position = 0
    for start, end in spans:
        if "#" in text[position:start]:
            return True
        position = max(position, end)
    return "#" in text[position:]


# --- writing ----------------------------------------------------------------------


class _PlanDumper(_BaseDumper):
    """Block style, file order, no aliases, UTF-8 as is, multi-line text as ``|`` blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: _PlanDumper, data: str) -> yaml.ScalarNode:
    if any(c in data for c in ("\x85", "\u2028", "\u2029")):
        # YAML 1.1 treats these as line breaks and folds them inside quotes and
        # blocks; only a double-quoted scalar, which escapes them, keeps them.
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


def _represent_date(dumper: _PlanDumper, data: dt.date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", data.isoformat())


def _represent_float(dumper: _PlanDumper, data: float) -> yaml.ScalarNode:
    if data.is_integer() and abs(data) < 1e15:
        # 100.0 is written 100, as it is read back; the bytes stay the same on the next save.
        return dumper.represent_int(int(data))
    return dumper.represent_float(data)


_PlanDumper.add_representer(str, _represent_str)
_PlanDumper.add_representer(dt.date, _represent_date)
_PlanDumper.add_representer(float, _represent_float)


def dump_yaml(data: Any) -> str:
    """`data` as YAML in the plan file style: stable, readable, one value a line."""
    text: str = yaml.dump(
        data,
        Dumper=_PlanDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
        encoding=None,
    )
    return text


_RESOLVED_FIRST = frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k)  # how typed values start
_SURELY_PLAIN = re.compile(r"\w(?:[\w .,;()/%+'&=!?\"-]*[\w.)%!?'\"])?\Z")
_ANALYZER = _PlanDumper(io.StringIO(), allow_unicode=True)  # for its analyze_scalar, which writes nothing


def line_form(text: str) -> str | None:
    """How :func:`dump_yaml` writes `text` as a value, when that is as it is or in single quotes.

    It is the emitter's choice, made without the emitter: plain, unless YAML would read the text
    as something else (``no``, ``12``) or a character needs quoting; ``None`` for any other text.
    """
    if not 0 < len(text) < 10_000:
        return None
    is_text = text[0] not in _RESOLVED_FIRST or (
        _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"  # type: ignore[no-untyped-call]
    )
    if is_text and _SURELY_PLAIN.match(text):  # the shape of most texts shows it at a glance
        return text
    analysis = _ANALYZER.analyze_scalar(text)
    if analysis.multiline:
        return None
    if is_text and analysis.allow_block_plain:
        return text
    return "'" + text.replace("'", "''") + "'" if analysis.allow_single_quoted else None

"""Writing user text into Markdown so that it stays text: no markup, no broken tables, no HTML, no escapes.

An answer may hold anything a person types: ``|``, ``*``, ``#``, backticks,
``<script>``, ``{{ }}``. These functions turn it into GitHub-flavoured Markdown
that shows exactly those characters. :class:`Md` marks text that is already
Markdown (built by these functions or by a template), so it is not escaped twice.

Control characters (C0 but newline and tab, DEL, C1) are made visible
(``ESC`` shows as ``␛``) before anything else: an answer pasted from a
colleague's plan must not retitle, clear or write the clipboard of the
terminal that ``cat``s the report.
"""

from __future__ import annotations

import re

from smartcli.output import inert


class Md(str):
    """Text that is already safe Markdown.

    It answers ``__html__`` as markupsafe's ``Markup`` does, so the template
    environment passes it through without escaping it again.
    """

    __slots__ = ()

    def __html__(self) -> str:
        return self


# Characters with a meaning anywhere in a line: emphasis, code, links, HTML,
# tables, strikethrough, math (GitHub) and the escape character itself.
_INLINE = re.compile(r"([\\`*_\[\]<>|~$])")
# What makes a line a heading, list item, quote or setext underline.
_LINE_START = re.compile(r"^(\s*)(-+|\+|\d{1,9}[.)]|#{1,6}|=+)(?=\s|$)")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BULLET = re.compile(r"^\s*(?:[-*•–+]|\d{1,3}[.)])\s+")


def escape_line(text: str, *, line_start: bool = True) -> str:
    """One line of user text as inline Markdown that shows every character as typed.

    With `line_start`, what would make the line a heading, list item or quote
    (``# ``, ``- ``, ``1. ``) is escaped too; inside a table cell, or for text
    smart formats itself (``1. marts 2027``), that is not needed.
    """
    text = inert(text.replace("\t", "    ")).rstrip()
    text = _ENTITY.sub("&amp;", text)
    text = _INLINE.sub(r"\\\1", text)
    match = _LINE_START.match(text) if line_start else None
    if match:
        marker = match.group(2)
        escaped = "\\" + marker if not marker[0].isdigit() else marker[:-1] + "\\" + marker[-1]
        text = match.group(1) + escaped + text[match.end() :]
    return text


def inline(value: object, *, line_start: bool = True) -> Md:
    """Any value as one line of Markdown: line breaks become spaces."""
    return Md(escape_line(" ".join(str(value).split()), line_start=line_start))


def cell(value: object, empty: str = "–") -> Md:
    """A value as a table cell: escaped, on one line, never empty.

    Lines of a multi-line answer are joined with " · ": a ``<br>`` would be
    lost when the report is converted to Word.
    """
    if value is None:
        return Md(empty)
    if isinstance(value, list):
        text = " · ".join(" ".join(str(v).split()) for v in value if str(v).strip())
    else:
        text = " · ".join(" ".join(line.split()) for line in str(value).splitlines() if line.strip())
    return Md(escape_line(text, line_start=False) if text else empty)


def block(value: object) -> Md:
    """A long answer as Markdown paragraphs.

    Blank lines separate paragraphs; lines within a paragraph stay together as
    the person wrote them. A paragraph whose every line starts with a bullet
    (``-``, ``*``, ``•``, ``1.``) becomes a real list, its items escaped.
    """
    paragraphs = re.split(r"\n\s*\n", str(value).strip())
    out = []
    for paragraph in paragraphs:
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and all(_BULLET.match(line) for line in lines):
            out.append("\n".join("- " + escape_line(_BULLET.sub("", line, count=1)) for line in lines))
        else:
            out.append("\n".join(escape_line(line.strip()) for line in lines))
    return Md("\n\n".join(out))


def lead(value: object, label: str) -> Md:
    """A long answer introduced by a bold label: ``**Learnings:** The first paragraph...``.

    When the answer opens with a list, the label stands on its own line above it.
    """
    body = block(value)
    head = f"**{label}:**"
    return Md(f"{head}\n\n{body}" if body.startswith("- ") else f"{head} {body}")


def bullets(items: list[object]) -> Md:
    """A list of short answers as a Markdown list."""
    return Md("\n".join("- " + escape_line(" ".join(str(i).split())) for i in items if str(i).strip()))


def code(value: object) -> Md:
    """A value as an inline code span, fenced with more backticks than it holds."""
    text = inert(" ".join(str(value).split()))
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Md(f"{fence}{pad}{text}{pad}{fence}")


def normalize(text: str) -> str:
    """Tidy rendered Markdown: no control characters, no trailing spaces, at most one blank line in a row,
    one final newline.

    Values are made inert as they are written; this catches what a user's
    template writes itself.
    """
    lines = [line.rstrip() for line in inert(text).splitlines()]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidy.strip("\n") + "\n"


def mermaid_text(value: object, *, limit: int = 48, task: bool = False) -> Md:
    """Text for a Mermaid label or title: one line, shown as typed.

    Mermaid decodes ``#name;`` and ``#123;`` entities in every diagram before
    parsing, so the characters it would misread are written that way: ``#``
    (first, so no text is read as an entity), ``"``, ``<``, ``\\`` and ``%``
    (``%%`` starts a comment). A gantt task name (`task`) also has its ``:``
    escaped (it ends the name) and its first character, so that a name starting
    with a keyword (``section``, ``title``...) or a date is still a name.
    """
    text = inert(" ".join(str(value).split()))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    if not text:
        return Md("–")
    first = f"#{ord(text[0])};" if task and text[0] not in '#"<%:\\' else ""
    if first:
        text = text[1:]
    for char, entity in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), ("\\", "#92;"), ("%", "#37;")):
        text = text.replace(char, entity)
    if task:
        text = text.replace(":", "#58;")
    return Md(first + text)

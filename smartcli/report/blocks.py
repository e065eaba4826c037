"""The HTML report read back as blocks (headings, paragraphs, lists, tables, charts), for PDF and Word.

The PDF and the Word report are not rendered a second time from the plan: they
are written from the HTML document itself, so every format says the same in
the same order. The HTML is smart's own, from its own templates, so this
reader knows a small, fixed vocabulary (``h1``–``h4``, ``p``, ``ul``/``ol``,
``table``, ``dl``, ``figure``, ``strong``, ``em``, ``small``, ``br``...) and
turns it into plain data: a list of :class:`Block`, each holding runs of
text with their emphasis. Text stays text all the way: nothing in it is
markup for Typst or Word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list", "table", "figure", "facts", "pagebreak"]


@dataclass
class Run:
    """A piece of text and its emphasis; `newline` is a line break before it."""

    text: str
    bold: bool = False
    italic: bool = False
    small: bool = False
    newline: bool = False


Paragraph = list[Run]


@dataclass
class Cell:
    """One table cell: its paragraphs (a list in a cell becomes bulleted paragraphs)."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    header: bool = False
    style: str = ""
    """The cell's class in the HTML (``num``, ``status status-behind``...)."""


@dataclass
class Block:
    """One block of the document.

    Attributes:
        kind: What it is.
        level: A heading's level (1–4).
        runs: A heading's or paragraph's text.
        style: A paragraph's or table's class in the HTML (``note``, ``kpi``...).
        items: A list's items, or a ``dl``'s terms and definitions (in pairs).
        ordered: Whether a list is numbered.
        head: A table's header cells.
        rows: A table's rows.
        numeric: Per column, whether it holds numbers (right-aligned).
        chart: A figure's chart id (its drawing is in the document's figures).
    """

    kind: BlockKind
    level: int = 0
    runs: Paragraph = field(default_factory=list)
    style: str = ""
    items: list[Paragraph] = field(default_factory=list)
    ordered: bool = False
    head: list[Cell] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    numeric: list[bool] = field(default_factory=list)
    chart: str = ""

    def as_data(self) -> dict[str, Any]:
        """The block as JSON-ready data (for the Typst template)."""

        def runs(paragraph: Paragraph) -> list[dict[str, Any]]:
            return [r.__dict__ for r in paragraph]

        def cells(row: list[Cell]) -> list[dict[str, Any]]:
            return [
                {"paragraphs": [runs(p) for p in c.paragraphs], "header": c.header, "style": c.style}
                for c in row
            ]

        return {
            "kind": self.kind,
            "level": self.level,
            "runs": runs(self.runs),
            "style": self.style,
            "items": [runs(i) for i in self.items],
            "ordered": self.ordered,
            "head": cells(self.head),
            "rows": [cells(r) for r in self.rows],
            "numeric": self.numeric,
            "chart": self.chart,
        }


_SKIPPED = frozenset({"head", "title", "style", "script", "svg", "figcaption"})
_EMPHASIS = {"strong": "bold", "b": "bold", "th": "bold", "dt": "bold", "em": "italic", "i": "italic"}
_SMALL = frozenset({"small", "code"})


class _Reader(HTMLParser):
    """Builds the blocks while the HTML streams past."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.skip = 0
        self.marks: dict[str, int] = {"bold": 0, "italic": 0, "small": 0}
        self.runs: Paragraph | None = None  # where text goes now
        self.newline = False
        self.table: Block | None = None
        self.cell: Cell | None = None
        self.in_head = False
        self.lists: list[Block | None] = []  # open lists; None for a list inside a table cell
        self.numbers: list[int] = []
        self.figure: Block | None = None
        self.started = False

    # --- where text goes --------------------------------------------------------

    def _paragraph(self, style: str = "") -> Paragraph:
        runs: Paragraph = []
        if self.cell is not None:
            self.cell.paragraphs.append(runs)
        else:
            self.blocks.append(Block("paragraph", runs=runs, style=style))
        return runs

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        css = attributes.get("class") or ""
        if self.skip or tag in _SKIPPED:
            self.skip += tag in _SKIPPED or tag not in ("br", "img", "meta", "link")
            if tag == "figcaption" and self.figure is not None:
                self.skip -= 1
                self.runs = self.figure.runs
            return
        if tag in _EMPHASIS:
            self.marks[_EMPHASIS[tag]] += 1
        if tag in _SMALL:
            self.marks["small"] += 1
        if tag == "section" and ("phase" in css or "open" in css) and self.started:
            self.blocks.append(Block("pagebreak"))
        elif tag in ("h1", "h2", "h3", "h4"):
            block = Block("heading", level=int(tag[1]))
            self.blocks.append(block)
            self.runs, self.started = block.runs, True
        elif tag == "p":
            self.runs = self._paragraph(css)
        elif tag in ("ul", "ol"):
            if self.cell is not None:
                self.lists.append(None)
            else:
                block = Block("list", ordered=tag == "ol")
                self.blocks.append(block)
                self.lists.append(block)
            self.numbers.append(0)
        elif tag == "li":
            self.numbers[-1] += 1
            current = self.lists[-1] if self.lists else None
            if current is None:  # an item in a table cell: a paragraph of its own, with its bullet
                self.runs = self._paragraph()
                self.runs.append(Run("• "))
            else:
                item: Paragraph = []
                current.items.append(item)
                self.runs = item
        elif tag == "table":
            self.table = Block("table", style=css)
            self.blocks.append(self.table)
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr" and self.table is not None and not self.in_head:
            self.table.rows.append([])
        elif tag in ("th", "td") and self.table is not None:
            self.cell = Cell(header=tag == "th", style=css)
            if self.in_head:
                self.table.head.append(self.cell)
                self.table.numeric.append("num" in css)
            else:
                self.table.rows[-1].append(self.cell)
            self.runs = None
        elif tag == "dl":
            self.blocks.append(Block("facts"))
        elif tag in ("dt", "dd"):
            item = []
            self.blocks[-1].items.append(item)
            self.runs = item
        elif tag == "figure":
            self.figure = Block("figure", chart=attributes.get("data-chart") or "")
            self.blocks.append(self.figure)
        elif tag == "br":
            self.newline = True

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in _SKIPPED or tag not in ("br", "img", "meta", "link"):
                self.skip -= 1
            if tag == "figcaption":
                self.runs = None
            return
        if tag == "figcaption" and self.figure is not None:
            self.runs = None
            return
        if tag in _EMPHASIS:
            self.marks[_EMPHASIS[tag]] -= 1
        if tag in _SMALL:
            self.marks["small"] -= 1
        if tag in ("h1", "h2", "h3", "h4", "p", "li", "dt", "dd"):
            self.runs = None
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.numbers.pop()
        elif tag in ("th", "td"):
            self.cell, self.runs = None, None
        elif tag == "thead":
            self.in_head = False
        elif tag == "table":
            self.table = None
        elif tag == "figure":
            self.figure = None

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        text = re.sub(r"[ \t\n\r\f\v]+", " ", data)  # not \s: a no-break space keeps a value whole
        if self.runs is None:
            if not text.strip():
                return
            if self.cell is None and self.figure is None:
                return  # text outside any block: only whitespace between tags in smart's HTML
            self.runs = self._paragraph() if self.figure is None else self.figure.runs
        if not self.runs or self.newline:
            text = text.lstrip()
        if not text:
            return
        self.runs.append(
            Run(
                text,
                bold=self.marks["bold"] > 0,
                italic=self.marks["italic"] > 0,
                small=self.marks["small"] > 0,
                newline=self.newline and bool(self.runs),
            )
        )
        self.newline = False


def read_blocks(html: str) -> list[Block]:
    """The blocks of an HTML report, in order, with trailing spaces trimmed."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    for block in reader.blocks:
        for paragraph in _paragraphs(block):
            while paragraph and not paragraph[-1].text.strip():
                paragraph.pop()
            if paragraph:
                paragraph[-1].text = paragraph[-1].text.rstrip()
    return [b for b in reader.blocks if b.kind != "paragraph" or b.runs]


def _paragraphs(block: Block) -> list[Paragraph]:
    cells = [c for row in [block.head, *block.rows] for c in row]
    return [block.runs, *block.items, *(p for c in cells for p in c.paragraphs)]


def plain(paragraph: Paragraph) -> str:
    """A paragraph's text without its emphasis (line breaks as newlines)."""
    return "".join(("\n" if r.newline else "") + r.text for r in paragraph)

"""The report as a Word document: real headings, lists and tables in Word's own styles, charts as pictures.

Written with python-docx (``pip install 'smart-marketing[docx]'``) from the
HTML report's blocks, so it says what the HTML and the PDF say. Everything
uses the styles of Word's default template (``Heading 2``, ``List Bullet``,
``Table Grid``...), so a user can restyle the whole document at once. Word
does not show every SVG, and LibreOffice shows none that lack a PNG, so the
charts go in as PNG pictures, drawn from the same SVG by Typst (which brings
its own fonts).
"""

from __future__ import annotations

import io
from typing import Any

from smartcli.errors import SmartError
from smartcli.report.blocks import Block, Cell, Paragraph, plain, read_blocks
from smartcli.report.render import Document

_PNG_SOURCE = (
    b'#set page(width: auto, height: auto, margin: 0pt)\n#image(bytes(sys.inputs.svg), format: "svg")\n'
)
_MUTED = (0x61, 0x6E, 0x7C)
_STATUS = {"reached": (0x2F, 0x7A, 0x4F), "on_pace": (0x2F, 0x7A, 0x4F), "behind": (0xB5, 0x65, 0x1D)}
_STATUS |= {"overdue": (0x9E, 0x2A, 0x2B), "no_data": _MUTED}


def render_docx(document: Document) -> bytes:
    """The Word document (``.docx``) of `document`.

    Raises:
        SmartError: python-docx or Typst is not installed (``error.docx_engine``).
    """
    try:
        import docx
        import typst  # noqa: F401  (the charts' pictures)
    except ImportError:
        raise SmartError("error.docx_engine") from None
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    word = docx.Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(18), Mm(20)
    normal = word.styles["Normal"]
    normal.font.size = Pt(10)
    _set_language(word, document.lang)
    word.core_properties.title = document.title
    word.core_properties.author = document.company
    word.core_properties.language = "da-DK" if document.lang == "da" else "en-GB"
    _footer(word, f"{document.company} · {document.title}")
    for block in read_blocks(document.html):
        _write_block(word, block, document)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _write_block(word: Any, block: Block, document: Document) -> None:
    from docx.shared import Mm, Pt, RGBColor

    if block.kind == "pagebreak":
        word.add_page_break()
    elif block.kind == "heading":
        paragraph = word.add_heading(level=0 if block.level == 1 else block.level - 1)
        _add_runs(paragraph, block.runs)
    elif block.kind == "paragraph":
        paragraph = word.add_paragraph()
        _add_runs(paragraph, block.runs)
        if block.style in ("note", "subtitle", "kicker"):
            for run in paragraph.runs:
                run.font.color.rgb = RGBColor(*_MUTED)
                if block.style == "note":
                    run.font.size = Pt(8.5)
        elif block.style in ("review", "kicker"):
            for run in paragraph.runs:
                run.bold = True
    elif block.kind == "list":
        style = "List Number" if block.ordered else "List Bullet"
        for item in block.items:
            _add_runs(word.add_paragraph(style=style), item)
    elif block.kind == "facts":
        for term, value in zip(block.items[::2], block.items[1::2], strict=False):
            paragraph = word.add_paragraph()
            _add_runs(paragraph, term, bold=True)
            paragraph.add_run(": ")
            _add_runs(paragraph, value)
    elif block.kind == "table":
        _write_table(word, block)
    elif block.kind == "figure" and block.chart in document.figures:
        picture = _png(document.figures[block.chart].svg)
        word.add_picture(io.BytesIO(picture), width=Mm(170))
        caption = word.add_paragraph(style="Caption")
        _add_runs(caption, block.runs)


def _write_table(word: Any, block: Block) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    columns = len(block.head) or max((len(r) for r in block.rows), default=1)
    table = word.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows: list[tuple[list[Cell], bool]] = [(block.head, True)] if block.head else []
    rows += [(r, False) for r in block.rows]
    widths = _column_widths(rows, columns)
    table.autofit = False
    for x, width in enumerate(widths):  # the grid is what LibreOffice reads; Word reads the cells
        table.columns[x].width = width
    for cells, is_head in rows:
        row = table.add_row()
        for x, width in enumerate(widths):
            row.cells[x].width = width
        if is_head:  # repeated at the top of every page the table runs over
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for x, cell in enumerate(cells[:columns]):
            target = row.cells[x]
            target.paragraphs[0].text = ""
            for i, paragraph in enumerate(cell.paragraphs or [[]]):
                out = target.paragraphs[0] if i == 0 else target.add_paragraph()
                _add_runs(out, paragraph, bold=is_head or cell.header)
                if x < len(block.numeric) and block.numeric[x]:
                    out.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for run in out.runs:
                    run.font.size = Pt(8.5)
                    status = next((s for s in _STATUS if f"status-{s}" in cell.style), None)
                    if status is not None:
                        run.font.color.rgb = RGBColor(*_STATUS[status])
                        run.bold = True
            if is_head:
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), "F3F5F7")
                target._tc.get_or_add_tcPr().append(shading)
    word.add_paragraph()


def _column_widths(rows: list[tuple[list[Cell], bool]], columns: int) -> list[Any]:
    """Widths that give each column room by what it holds (Word would make them all alike)."""
    from docx.shared import Mm

    weights = [6.0] * columns
    for cells, _ in rows:
        for x, cell in enumerate(cells[:columns]):
            longest = max((len(plain(p)) for p in cell.paragraphs), default=0)
            weights[x] = max(weights[x], min(float(longest), 48.0))
    total = sum(weights)
    return [Mm(174 * w / total) for w in weights]


def _add_runs(paragraph: Any, runs: Paragraph, bold: bool = False) -> None:
    from docx.shared import Pt, RGBColor

    for piece in runs:
        if piece.newline:
            paragraph.add_run().add_break()
        run = paragraph.add_run(_xml_safe(piece.text))
        run.bold = bold or piece.bold or None
        run.italic = piece.italic or None
        if piece.small:
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(*_MUTED)


def _xml_safe(text: str) -> str:
    """Word's XML can't hold most control characters; the HTML showed them as symbols already."""
    return "".join(c for c in text if c in "\t\n" or ord(c) >= 32)


def _png(svg: str) -> bytes:
    import typst

    try:
        return bytes(typst.compile(_PNG_SOURCE, format="png", ppi=220, sys_inputs={"svg": svg}))
    except typst.TypstError as e:  # a chart smart drew itself: a bug, not the user's
        raise RuntimeError(f"a chart could not be drawn: {e}") from e


def _footer(word: Any, text: str) -> None:
    """The company and title at the foot of every page, and the page number (a PAGE field)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    paragraph = word.sections[0].footer.paragraphs[0]
    run = paragraph.add_run(f"{_xml_safe(text)}\t\t")
    run.font.size, run.font.color.rgb = Pt(8), RGBColor(*_MUTED)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    label = OxmlElement("w:t")
    label.text = "1"
    number.append(label)
    field.append(number)
    paragraph._p.append(field)


def _set_language(word: Any, lang: str) -> None:
    """Mark the text as Danish or English, so Word's spelling check speaks the report's language."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    properties = defaults.find(qn("w:rPrDefault"))
    if properties is None:
        return
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        return
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "da-DK" if lang == "da" else "en-GB")
    run_properties.append(language)

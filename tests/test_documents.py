"""The report as a document a client holds: HTML (golden), PDF and Word, written from one HTML document.

The sample's HTML reports are committed in examples/ and are golden files:
regenerate them after an intended change with ``SMART_UPDATE_GOLDEN=1 pytest``.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reporting import empty_plan, hostile_plan
from smartcli.cli import app
from smartcli.errors import SmartError
from smartcli.plan.model import Plan
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.report import pdf
from smartcli.report.blocks import plain, read_blocks
from smartcli.report.render import Document, render_html

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
QSET = shipped_question_set()
UPDATE = os.environ.get("SMART_UPDATE_GOLDEN") == "1"
EVIL = "</svg><script>alert(1)</script> \"quoted\" 'single' \u202eevil RTL\u202c 🎉 æøå"


def sample(lang: str) -> Plan:
    return load_plan(EXAMPLES / f"bageriet-hvede.{lang}.yaml", QSET).plan


def evil_plan() -> Plan:
    """The hostile plan, with the worst text also in the company, a channel (a chart label) and an objective."""
    plan = hostile_plan()
    plan.company = EVIL
    plan.answers["channel_plan"][0]["name"] = EVIL
    plan.answers["objectives"][0]["statement"] = EVIL
    return plan


class Tags(HTMLParser):
    """Collects the tags and attributes of an HTML page, and checks that they nest."""

    VOID = frozenset({"meta", "br", "img", "link", "line", "rect", "circle", "polyline", "path"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1] if self.open else 'nothing'}")
        else:
            self.open.pop()


def parsed(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


# --- HTML -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_golden_html_report(lang: str) -> None:
    html = render_html(sample(lang), QSET, lang).html  # type: ignore[arg-type]
    golden = EXAMPLES / f"bageriet-hvede.{lang}.html"
    if UPDATE:
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs: SMART_UPDATE_GOLDEN=1 to review"
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_html_is_one_self_contained_page_with_drawn_charts(lang: str) -> None:
    html = render_html(sample(lang), QSET, lang).html  # type: ignore[arg-type]
    tags = parsed(html)
    assert tags.errors == [] and tags.open == []
    names = [tag for tag, _ in tags.seen]
    assert names.count("svg") >= 6 and "script" not in names and "link" not in names
    assert ("html", {"lang": lang}) in tags.seen
    urls = [v for _, attrs in tags.seen for k, v in attrs.items() if k in ("src", "href") and v]
    assert urls == []  # nothing is fetched: no image, font or stylesheet from anywhere
    assert "url(" not in html and "@import" not in html
    assert "mermaid" not in html
    assert not re.search(r"(?<!&)#(\d+|quot|lt);", html)  # Mermaid's own escapes have no place here


def test_numbers_and_units_stay_together_and_the_action_plan_fits_a_page() -> None:
    html = render_html(sample("da"), QSET, "da").html
    assert "40.000\u00a0kr." in html and "22\u00a0%" in html and "31.\u00a0oktober\u00a02027" in html
    action_plan = html[html.index('<table class="actions">') :]
    header = action_plan[: action_plan.index("</tr>")]
    assert len(re.findall(r"<th[ >]", header)) == 4  # what, who, when, hours: not the Markdown's nine columns


def test_the_summary_leads_with_what_an_owner_needs() -> None:
    html = render_html(sample("en"), QSET, "en").html
    summary = html[html.index('id="summary"') : html.index('id="situation"')]
    for expected in (
        "The ambition:",
        "The strategy in brief:",
        "KPI overview",
        "150 → 210",
        "Behind",
        "The next steps",
        "Next review: 5\u00a0July\u00a02027 (quarterly).",
    ):
        assert expected in summary, expected
    assert summary.count("<li><strong>A") == 3
    assert "Made with smart" in html and "bageriet-hvede" not in html  # no internal file names


@pytest.mark.parametrize("lang", ["da", "en"])
def test_hostile_answers_are_text_in_the_html_and_its_charts(lang: str) -> None:
    document = render_html(evil_plan(), QSET, lang)  # type: ignore[arg-type]
    tags = parsed(document.html)
    assert tags.errors == [] and tags.open == []
    assert "script" not in [tag for tag, _ in tags.seen]
    assert "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in document.html
    assert "\u202eevil RTL" in document.html and "🎉 æøå" in document.html
    assert "{{ 7 * 7 }}" in document.html and "49" not in re.findall(r"\b49\b", document.html)
    for figure in document.figures.values():
        inner = parsed(figure.svg)
        assert inner.errors == [] and [t for t, _ in inner.seen].count("svg") == 1
    assert "&lt;/svg&gt;" in document.figures["budget"].svg
    empty = render_html(empty_plan(lang), QSET, lang)  # type: ignore[arg-type]
    assert parsed(empty.html).errors == [] and empty.figures == {}


def test_the_blocks_read_back_say_what_the_html_says() -> None:
    document = render_html(sample("en"), QSET, "en")
    blocks = read_blocks(document.html)
    headings = [plain(b.runs) for b in blocks if b.kind == "heading"]
    assert headings[:3] == ["Marketing plan 2027", "Executive summary", "KPI overview"]
    assert "1. Situation: Where are we now?" in headings
    tables = [b for b in blocks if b.kind == "table"]
    kpi = next(t for t in tables if t.style == "kpi")
    assert plain(kpi.head[0].paragraphs[0]) == "ID" and len(kpi.rows) == 5  # O1–O5
    assert [b.chart for b in blocks if b.kind == "figure"] == list(document.figures)
    assert sum(1 for b in blocks if b.kind == "pagebreak") == 6  # before each phase and the open points
    assert any("40,000" in plain(p) for t in tables for row in t.rows for c in row for p in c.paragraphs)


# --- PDF ------------------------------------------------------------------------------


def pdf_pages(data: bytes) -> tuple[list[tuple[float, float]], str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    return sizes, "\n".join(p.extract_text() for p in reader.pages)


def assert_a_client_pdf(data: bytes, company: str) -> None:
    assert data.startswith(b"%PDF-")
    sizes, text = pdf_pages(data)
    assert len(sizes) >= 5 and set(sizes) == {(595, 842)}  # A4 portrait, every page
    flat = " ".join(text.split())
    assert company in flat and "Målsætning" in flat and "Trøjborg" in flat and "Æ" in flat and "å" in flat


def test_the_pdf_typeset_by_typst_is_a4_with_searchable_danish_text() -> None:
    pytest.importorskip("typst", reason="the [pdf] extra is not installed")
    document = render_html(sample("da"), QSET, "da")
    data = pdf.typeset_pdf(document)
    assert_a_client_pdf(data, "Bageriet Hvede ApS")
    _, text = pdf_pages(data)
    assert "1 / " in text  # the page numbers at the foot of each page


def test_the_pdf_printed_by_chrome_is_a4_with_searchable_danish_text() -> None:
    chrome = pdf.find_chrome()
    if chrome is None:
        pytest.skip("no Chrome, Chromium or Edge on this machine")
    data = pdf.print_pdf(render_html(sample("da"), QSET, "da"), chrome)
    assert_a_client_pdf(data, "Bageriet Hvede ApS")


def test_hostile_answers_are_text_in_the_pdf() -> None:
    pytest.importorskip("typst", reason="the [pdf] extra is not installed")
    data = pdf.typeset_pdf(render_html(evil_plan(), QSET, "en"))
    _, text = pdf_pages(data)
    assert "<script>alert(1)</script>" in text and "{{ 7 * 7 }}" in text


def test_without_a_pdf_engine_the_command_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "_has_typst", lambda: False)
    monkeypatch.setattr(pdf, "find_chrome", lambda: None)
    with pytest.raises(SmartError) as info:
        pdf.render_pdf(render_html(sample("en"), QSET, "en"))
    assert "pip install 'smart-marketing[pdf]'" in info.value.render("en")
    plan = tmp_path / "plan.yaml"
    plan.write_text(dump_plan(sample("en"), QSET), encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(plan), "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "smart-marketing[pdf]" in result.output
    assert not (tmp_path / "r.pdf").exists()


# --- Word -----------------------------------------------------------------------------


def test_the_word_report_has_real_headings_tables_and_the_charts_as_pictures() -> None:
    pytest.importorskip("docx", reason="the [docx] extra is not installed")
    from smartcli.report.word import render_docx

    document = render_html(sample("da"), QSET, "da")
    data = render_docx(document)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        body = archive.read("word/document.xml").decode("utf-8")
    pictures = [n for n in names if n.startswith("word/media/") and n.endswith(".png")]
    assert len(pictures) == len(document.figures) == 6
    assert "<svg" not in body and "mermaid" not in body.lower()
    assert body.count("<w:tbl>") >= 10 and 'w:val="Heading1"' in body and 'w:val="ListBullet"' in body
    assert "Bageriet Hvede ApS" in body and "Trøjborg" in body and "40.000\u00a0kr." in body
    import docx

    word = docx.Document(io.BytesIO(data))
    assert word.sections[0].page_width.mm == pytest.approx(210, abs=0.5)  # type: ignore[union-attr]
    assert word.core_properties.language == "da-DK" and word.core_properties.title == "Marketingplan 2027"


def test_hostile_answers_are_text_in_the_word_report() -> None:
    pytest.importorskip("docx", reason="the [docx] extra is not installed")
    from smartcli.report.word import render_docx

    data = render_docx(render_html(evil_plan(), QSET, "en"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script" not in body


# --- the command ----------------------------------------------------------------------


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(sample("da"), QSET), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "args", "magic"),
    [
        ("r.html", [], b"<!DOCTYPE html>"),
        ("r.pdf", [], b"%PDF-"),
        ("r.docx", [], b"PK"),
        ("report", ["--format", "html"], b"<!DOCTYPE html>"),
        ("r.md", ["-f", "md"], b"# Marketingplan 2027"),
    ],
)
def test_the_format_follows_the_option_or_the_suffix(
    plan_file: Path, name: str, args: list[str], magic: bytes
) -> None:
    if name.endswith((".pdf", ".docx")):
        pytest.importorskip("typst", reason="the document extras are not installed")
    out = plan_file.parent / name
    result = CliRunner().invoke(app, ["report", str(plan_file), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "rtf"], "'rtf' is not a report format. Choose one of: md, html, pdf, docx."),
        (["-f", "pdf", "-o", "{dir}/r.html"], "ends in .html, but the format is pdf"),
        (["-f", "html", "--template", "{dir}/t.md.j2"], "--template is for the Markdown report"),
    ],
)
def test_a_wrong_format_is_refused_in_one_line(plan_file: Path, args: list[str], message: str) -> None:
    (plan_file.parent / "t.md.j2").write_text("x\n", encoding="utf-8")
    args = [a.replace("{dir}", str(plan_file.parent)) for a in args]
    result = CliRunner().invoke(app, ["report", str(plan_file), "--lang", "en", *args])
    assert result.exit_code == 2 and message in " ".join(result.output.split())
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["plan.yaml", "t.md.j2"]


def test_a_pdf_is_not_sent_to_a_terminal_but_goes_down_a_pipe(plan_file: Path) -> None:
    pytest.importorskip("typst", reason="the [pdf] extra is not installed")
    import pexpect

    child = pexpect.spawn(
        sys.executable, ["-m", "smartcli", "report", str(plan_file), "-f", "pdf", "--lang", "en"],
        encoding="utf-8", timeout=60,
    )  # fmt: skip
    child.expect("can't be shown in the terminal")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    piped = CliRunner().invoke(app, ["report", str(plan_file), "-f", "pdf"])
    assert piped.exit_code == 0 and piped.stdout_bytes.startswith(b"%PDF-")


def test_the_default_plan_is_plan_yaml(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(plan_file.parent)
    result = CliRunner().invoke(app, ["report", "-o", "r.html"])
    assert result.exit_code == 0 and Path("r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_document_can_be_made_from_a_plan_with_nothing_answered() -> None:
    document: Document = render_html(empty_plan("da"), QSET, "da")
    assert "Fasen er ikke besvaret endnu." in document.html
    pytest.importorskip("typst", reason="the [pdf] extra is not installed")
    sizes, _ = pdf_pages(pdf.typeset_pdf(document))
    assert set(sizes) == {(595, 842)}

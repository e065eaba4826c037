"""The strategy report: golden files in both languages, valid Markdown, data that stays data.

Golden files: the sample plan's reports are the ones committed in examples/
(a visitor reads those); the empty and hostile plans' are in tests/golden/.
Regenerate them after an intended change with ``SMART_UPDATE_GOLDEN=1 pytest``
and read the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mermaid_check import gantt_date_errors, mermaid_blocks, mermaid_errors
from reporting import empty_plan, hostile_plan, lint, pandoc
from smartcli.errors import SmartError
from smartcli.plan.model import Plan
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.report.render import TemplateError, render_report

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = ROOT / "examples"
QSET = shipped_question_set()
UPDATE = os.environ.get("SMART_UPDATE_GOLDEN") == "1"


def sample(lang: str) -> Plan:
    return load_plan(EXAMPLES / f"bageriet-hvede.{lang}.yaml", QSET).plan


CASES = {
    "sample.da": (lambda: sample("da"), EXAMPLES / "bageriet-hvede.da.md", "bageriet-hvede.da.yaml"),
    "sample.en": (lambda: sample("en"), EXAMPLES / "bageriet-hvede.en.md", "bageriet-hvede.en.yaml"),
    "quick.da": (
        lambda: load_plan(EXAMPLES / "quick-plan.da.yaml", QSET).plan,
        EXAMPLES / "quick-plan.da.md",
        "quick-plan.da.yaml",
    ),
    "empty.da": (lambda: empty_plan("da"), GOLDEN / "empty.da.md", "plan.yaml"),
    "empty.en": (lambda: empty_plan("en"), GOLDEN / "empty.en.md", "plan.yaml"),
    "hostile.da": (hostile_plan, GOLDEN / "hostile.da.md", "plan.yaml"),
    "hostile.en": (hostile_plan, GOLDEN / "hostile.en.md", "plan.yaml"),
}


def rendered(case: str) -> str:
    make, _, source = CASES[case]
    plan = make()
    return render_report(plan, QSET, case.split(".")[1], source=source)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_report(case: str) -> None:
    text = rendered(case)
    golden = CASES[case][1]
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == text, (
        f"{golden.name} differs: SMART_UPDATE_GOLDEN=1 to review"
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_report_is_valid_markdown(case: str) -> None:
    assert lint(rendered(case)) == []


@pytest.mark.parametrize("case", ["sample.da", "sample.en", "hostile.da", "empty.en"])
def test_pandoc_converts_the_report_to_html_and_word(case: str, tmp_path: Path) -> None:
    text = rendered(case)
    page = pandoc(text, "html5", tmp_path).decode()
    assert "<h1" in page and "<script" not in page
    assert pandoc(text, "docx", tmp_path)[:2] == b"PK"  # a Word file is a zip


def test_every_mermaid_block_parses() -> None:
    blocks = [block for case in sorted(CASES) for block in mermaid_blocks(rendered(case))]
    kinds = {block.split()[0] for block in blocks}
    assert {"pie", "gantt", "xychart-beta"} <= kinds
    assert mermaid_errors(blocks) == [None] * len(blocks)
    for block in blocks:
        if block.startswith("gantt"):
            assert gantt_date_errors(block) == []


def test_the_sample_report_reads_like_a_strategy_document() -> None:
    text = rendered("sample.da")
    assert text.startswith("# Marketingplan 2027\n")
    for heading in ("## Resumé", "## 1. Situation: Hvor er vi nu?", "## 2. Målsætning: Hvor vil vi hen?",
                    "## 3. Agenda: Hvordan når vi derhen?", "### SWOT", "### Konkurrenter", "### Handlingsplan",
                    "### Kanalplan og budget", "## Åbne punkter"):  # fmt: skip
        assert heading + "\n" in text
    assert re.search(r"\d{1,3}(\.\d{3})+ kr\.", text), "Danish amounts: 180.000 kr."
    assert re.search(
        r"\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) 2027",
        text,
    )
    english = rendered("sample.en")
    assert re.search(r"DKK \d{1,3}(,\d{3})+", english)
    assert "## 2. Objectives: Where do we want to go?" in english


def test_answers_are_data_in_the_rendered_page(tmp_path: Path) -> None:
    page = pandoc(rendered("hostile.da"), "html5", tmp_path).decode()
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    for probe in ("<script>alert(1)</script>", "{{ 7 * 7 }}", "{% if true %}x{% endif %}", "**bold**",
                  "# not a heading", "[link](http://example.com)", "~~strike~~", "$x^2$", "&amp;", "`code`"):  # fmt: skip
        assert probe in text, probe
    assert "<script>" not in page and "<b>html</b>" not in page and "<h1>not a heading" not in page


class _Cells(HTMLParser):
    """The text of each cell of the first table body row whose first cell starts with a marker."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


@settings(max_examples=25, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30))
def test_any_text_shows_literally_in_its_table_cell(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    plan = empty_plan("en")
    plan.answers["competitors"] = [{"id": "C1", "name": "MARKER", "strengths": text, "weaknesses": "w"}]
    page = pandoc(render_report(plan, QSET, "en"), "html5", tmp_path_factory.mktemp("cell")).decode()
    parser = _Cells()
    parser.feed(page)
    row = next(r for r in parser.rows if r and r[0] == "MARKER")
    assert len(row) == 4, row  # the text did not add or remove a column
    expected = " ".join(text.split()) or "–"
    # pandoc reads its input in Unicode normal form C (U+2F800 comes out as U+4E3D, the same character)
    assert " ".join(row[1].split()) == unicodedata.normalize("NFC", expected)


def test_amounts_and_dates_follow_the_language() -> None:
    plan = empty_plan("da")
    plan.answers["total_budget"] = 1250000
    plan.answers["objectives"] = [
        {"id": "O1", "statement": "Mål", "metric": "m", "target": 1, "deadline": dt.date(2027, 3, 31)}
    ]
    assert "1.250.000 kr." in render_report(plan, QSET, "da")
    assert "31. marts 2027" in render_report(plan, QSET, "da")
    assert "DKK 1,250,000" in render_report(plan, QSET, "en")
    assert "31 March 2027" in render_report(plan, QSET, "en")


def test_objectives_that_are_not_smart_are_marked() -> None:
    plan = empty_plan("en")
    plan.answers["objectives"] = [{"id": "O1", "statement": "Earn more"}]
    text = render_report(plan, QSET, "en")
    assert "Earn more (⚠ not measurable, ⚠ no deadline)" in text


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_template_gets_the_same_context_and_can_include_the_built_in_sections(tmp_path: Path) -> None:
    template = write(tmp_path, "mine.md.j2", '# {{ report.company }}\n\n{% include "situation.md.j2" %}\n')
    plan = empty_plan("da")
    plan.company = "Hvede *ApS*"
    plan.answers["strengths"] = ["Stenovn"]
    text = render_report(plan, QSET, "da", template=template)
    assert text.startswith("# Hvede \\*ApS\\*\n") and "### SWOT" in text


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("line one\n{% if %}\n", 2, "Expected an expression"),
        ("one\ntwo\n{{ report.no_such_thing }}\n", 3, "no_such_thing"),
        ("{{ answers.no_such_question }}\n", 1, "no_such_question"),
        ("\n{{ t('no.such.label') }}\n", 2, "no.such.label"),
        ("{{ report.__class__.__mro__ }}\n", 1, "__class__"),
        ("{{ ''.__class__.__subclasses__() }}\n", 1, "__class__"),
    ],
)
def test_template_errors_name_the_template_line_and_cause(
    tmp_path: Path, body: str, line: int, reason: str
) -> None:
    template = write(tmp_path, "bad.md.j2", body)
    with pytest.raises(TemplateError) as info:
        render_report(empty_plan("en"), QSET, "en", template=template)
    message = info.value.render("en")
    assert f"bad.md.j2:{line}" in message and reason in message, message


def test_a_missing_template_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(SmartError) as info:
        render_report(empty_plan("en"), QSET, "en", template=tmp_path / "nope.md.j2")
    assert info.value.key == "error.file_missing"


def test_each_objective_says_what_a_result_costs_from_its_budget_baseline_and_target() -> None:
    """The consultant's first sanity check (method review §4): budget ÷ |target − baseline|, in the report."""
    from smartcli.report.context import build_objectives

    plan = sample("en")
    costs = {o.id: o.cost_per_result for o in build_objectives(plan, QSET, "en")}
    # 28,000 ÷ 500 followers; 5,000 ÷ 150 reviews; 62,000 ÷ 60 orders a month
    assert costs["O2"] == 56 and costs["O4"] == 33 and costs["O1"] == 1033
    o4 = next(o for o in plan.answers["objectives"] if o["id"] == "O4")
    o4.update(baseline=10, target=8, budget=5)  # a figure that should fall, and a cheap one: øre count
    o2 = next(o for o in plan.answers["objectives"] if o["id"] == "O2")
    o2["budget"] = None  # no budget, no cost
    costs = {o.id: o.cost_per_result for o in build_objectives(plan, QSET, "en")}
    assert costs["O4"] == 2.5 and costs["O2"] is None
    report = render_report(sample("en"), QSET, "en")
    assert "DKK 56 per result: DKK 28,000 for 500 followers" in report

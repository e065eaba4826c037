"""Tests of the Mermaid validator itself: it accepts valid diagrams and rejects broken ones.

A validator that always says "fine" would be worthless, so every kind of diagram the reports use
(pie, gantt, xychart-beta) is tried valid and broken. All blocks go to the parser in one call.
The label cases pin down the character findings in mermaid_check's docstring, so a Mermaid
upgrade that changes them fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import mermaid_check
from mermaid_check import gantt_date_errors, mermaid_blocks, mermaid_errors

VALID_PIE = """pie title Budget 2027
    "Sociale medier" : 45
    "SEO" : 30.5
    "E-mail" : 24.5
"""

VALID_GANTT = """gantt
    title Handlingsplan 2027
    dateFormat YYYY-MM-DD
    axisFormat %d/%m
    section Forberedelse
    Målgruppeanalyse :a1, 2027-01-04, 2027-01-29
    Budget godkendt :milestone, m1, 2027-02-01, 0d
    section Kampagne
    Forårskampagne :crit, a2, after a1, 6w
    Evaluering :a3, 2027-04-01, 2027-04-15
"""

VALID_XYCHART = """xychart-beta
    title "Omsætning og besøg"
    x-axis ["Jan", "Feb", "Mar", "Apr"]
    y-axis "Kr. (tusind)" 0 --> 500
    line [120, 180, 260, 310]
    bar [100, 150, 240, 300]
"""


def _pie(label: str) -> str:
    return f'pie title T\n    "{label}" : 1\n    "Andet" : 2\n'


def _gantt(name: str) -> str:
    return f"gantt\n    dateFormat YYYY-MM-DD\n    section S\n    {name} :a1, 2027-01-01, 2027-01-31\n"


def _xychart(label: str) -> str:
    return f"xychart-beta\n    x-axis [{label}, Z]\n    y-axis 0 --> 10\n    bar [1, 2]\n"


# name -> (Mermaid source, whether it must parse)
CASES: dict[str, tuple[str, bool]] = {
    "valid pie": (VALID_PIE, True),
    "valid gantt": (VALID_GANTT, True),
    "valid xychart": (VALID_XYCHART, True),
    "pie label missing its closing quote": ('pie title T\n    "Sociale medier : 45\n    "SEO" : 30\n', False),
    "pie label missing its opening quote": ('pie title T\n    Sociale medier" : 45\n', False),
    "pie with a negative value": ('pie title T\n    "A" : -1\n', False),
    "gantt with a garbage line": (
        "gantt\n    dateFormat YYYY-MM-DD\n    section S\n    this is not a task\n    T :a1, 2027-01-01, 2027-01-31\n",
        False,
    ),
    "xychart series without closing bracket": (
        'xychart-beta\n    x-axis ["A", "B"]\n    y-axis 0 --> 10\n    line [1, 2\n',
        False,
    ),
    "xychart series with a word for a number": (
        'xychart-beta\n    x-axis ["A", "B"]\n    y-axis 0 --> 10\n    bar [1, two]\n',
        False,
    ),
    "not a diagram": ("this is not mermaid\n", False),
    # Labels that must parse.
    "pie label with æøå": (_pie("Kunder på Østerbro og Ærø"), True),
    "pie label with #quot;": (_pie("Kampagnen #quot;Forår#quot;"), True),
    "pie label with a colon": (_pie("Sociale medier: Facebook"), True),
    "pie label with ; # % %% < > & backtick {{": (_pie("A; #1 50% %% <b> & `x` {{y}}"), True),
    "pie label with emoji": (_pie("Vækst 🚀"), True),
    "pie title with æøå and #quot;": ('pie title Fordeling #quot;2027#quot; på kanaler\n    "A" : 1\n', True),
    "gantt name with æøå ; # quotes < > &": (_gantt("Møde; #1 \"x\" 'y' <a> & b"), True),
    "gantt name with #58; for a colon": (_gantt("Fase 1#58; start"), True),
    "gantt name starting with a keyword, first letter escaped": (_gantt("#67;lick kampagne"), True),
    "xychart quoted labels with æøå, colon, emoji, #quot;": (
        _xychart('"Forår: uge 1 🚀", "Kampagne #quot;Ø#quot;"'),
        True,
    ),
    "xychart quoted title with æøå": (
        'xychart-beta\n    title "Besøg på hjemmesiden: 2027"\n    x-axis ["A"]\n    bar [1]\n',
        True,
    ),
    # Labels that must not parse (the breaking characters of the docstring's tables).
    "pie label with a raw double quote": (_pie('Kampagnen "Forår"'), False),
    "gantt name with a newline": (_gantt("Første\nAnden"), False),
    "gantt name starting with Click": (_gantt("Click kampagne"), False),
    "gantt name starting with a date": (_gantt("2027-01-01 lancering"), False),
    "xychart unquoted label with æøå": (_xychart("Forår"), False),
    "xychart unquoted label with a colon": (_xychart("Uge:1"), False),
    "xychart quoted label with a raw double quote": (_xychart('"A"B"'), False),
    "xychart unquoted title with æøå": (
        "xychart-beta\n    title Besøg\n    x-axis [A]\n    bar [1]\n",
        False,
    ),
}


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    """Parse every case in one call to the Mermaid parser."""
    names = list(CASES)
    return dict(zip(names, mermaid_errors([CASES[name][0] for name in names]), strict=True))


@pytest.mark.parametrize("name", [name for name, (_, ok) in CASES.items() if ok])
def test_valid_block_parses(results: dict[str, str | None], name: str) -> None:
    assert results[name] is None, f"{name}: {results[name]}"


@pytest.mark.parametrize("name", [name for name, (_, ok) in CASES.items() if not ok])
def test_broken_block_gives_an_error_message(results: dict[str, str | None], name: str) -> None:
    error = results[name]
    assert isinstance(error, str)
    assert error.strip()


def test_results_keep_the_order_of_the_blocks() -> None:
    errors = mermaid_errors([VALID_PIE, _pie('A"B'), VALID_GANTT])
    assert errors[0] is None
    assert isinstance(errors[1], str)
    assert errors[2] is None


def test_no_blocks_need_no_parser_run() -> None:
    assert mermaid_errors([]) == []


def test_missing_parser_install_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(mermaid_check, "MERMAID_DIR", tmp_path)
    with pytest.raises(RuntimeError, match="npm ci --prefix tests/mermaid"):
        mermaid_errors([VALID_PIE])


def test_missing_node_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mermaid_check.shutil, "which", lambda _name: None)
    with pytest.raises(RuntimeError, match=r"Node\.js .*npm ci --prefix tests/mermaid"):
        mermaid_errors([VALID_PIE])


# gantt_date_errors


def test_valid_gantt_has_no_date_errors() -> None:
    assert gantt_date_errors(VALID_GANTT) == []


def test_gantt_february_30_is_reported() -> None:
    errors = gantt_date_errors(_gantt("T").replace("2027-01-01", "2027-02-30"))
    assert len(errors) == 1
    assert "2027-02-30 is not a real date" in errors[0]
    assert "line 4" in errors[0]


def test_gantt_february_30_parses_in_mermaid_which_is_why_we_check_it() -> None:
    # Mermaid quietly rolls 2027-02-30 over to 2027-03-02.
    assert mermaid_errors([_gantt("T").replace("2027-01-01", "2027-02-30")]) == [None]


def test_gantt_end_before_start_is_reported() -> None:
    errors = gantt_date_errors(
        "gantt\n    dateFormat YYYY-MM-DD\n    section S\n    T :2027-03-01, 2027-02-01\n"
    )
    assert len(errors) == 1
    assert "ends 2027-02-01 before it starts 2027-03-01" in errors[0]


def test_gantt_end_on_start_day_is_fine() -> None:
    assert gantt_date_errors("gantt\n    section S\n    M :milestone, m1, 2027-02-01, 2027-02-01\n") == []


def test_gantt_bad_month_and_malformed_date_are_reported() -> None:
    block = "gantt\n    dateFormat YYYY-MM-DD\n    section S\n    A :a1, 2027-13-01, 5d\n    B :b1, 2027-1-5, 2027-02-01\n"
    errors = gantt_date_errors(block)
    assert len(errors) == 2
    assert "start 2027-13-01 is not a real date" in errors[0]
    assert "'2027-1-5' is not a YYYY-MM-DD date" in errors[1]


def test_gantt_after_and_until_must_name_known_ids() -> None:
    block = (
        "gantt\n    dateFormat YYYY-MM-DD\n    section S\n"
        "    A :a1, 2027-01-01, 2027-01-31\n"
        "    B :b1, after a1, 5d\n"
        "    C :c1, after zz, until a1\n"
    )
    errors = gantt_date_errors(block)
    assert len(errors) == 1
    assert "line 6" in errors[0]
    assert "zz" in errors[0]


def test_gantt_colon_in_task_name_is_reported() -> None:
    errors = gantt_date_errors(_gantt("Fase 1: start"))
    assert len(errors) == 1
    assert "#58;" in errors[0]


def test_gantt_other_date_formats_and_other_diagrams_are_not_checked() -> None:
    assert (
        gantt_date_errors("gantt\n    dateFormat DD-MM-YYYY\n    section S\n    T :a1, 30-02-2027, 5d\n")
        == []
    )
    assert gantt_date_errors(VALID_PIE) == []
    assert gantt_date_errors(VALID_XYCHART) == []


def test_gantt_statements_and_comments_are_not_tasks() -> None:
    block = (
        "%% a comment: 2027-02-30\n"
        "gantt\n"
        "    title Plan: 2027-02-30\n"
        "    accTitle: Plan\n"
        "    dateFormat YYYY-MM-DD\n"
        "    excludes weekends\n"
        "    section Fase: 1\n"
        "    T :done, 2027-01-01, 3d\n"
        "    U :2w\n"
    )
    assert gantt_date_errors(block) == []


# mermaid_blocks


def test_mermaid_blocks_extracts_only_mermaid_blocks_in_order() -> None:
    markdown = (
        "# Rapport\n\nTekst.\n\n"
        '```mermaid\npie title A\n    "x" : 1\n```\n\n'
        "```python\nprint('```mermaid')\n```\n\n"
        "````markdown\n```mermaid\nnot a block\n```\n````\n\n"
        "~~~ Mermaid\ngantt\n    section S\n~~~\n\n"
        "   ```mermaid\nxychart-beta\n\n    bar [1]\n   ```\n"
    )
    assert mermaid_blocks(markdown) == [
        'pie title A\n    "x" : 1\n',
        "gantt\n    section S\n",
        "xychart-beta\n\n    bar [1]\n",
    ]


def test_mermaid_blocks_of_text_without_blocks_is_empty() -> None:
    assert mermaid_blocks("# Rapport\n\n    ```mermaid\n    indented code, not a fence\n") == []


def test_mermaid_blocks_unclosed_block_runs_to_the_end() -> None:
    assert mermaid_blocks('```mermaid\npie\n    "a" : 1') == ['pie\n    "a" : 1\n']


def test_extracted_blocks_parse() -> None:
    markdown = f"# Plan\n\n```mermaid\n{VALID_PIE}```\n\n```mermaid\n{VALID_GANTT}```\n"
    assert mermaid_errors(mermaid_blocks(markdown)) == [None, None]

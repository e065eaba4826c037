"""Helpers for checking reports: lint, pandoc, and the plans the golden files come from."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

from smartcli.plan.model import Period, Plan

HOSTILE = [
    "a | b",
    "<script>alert(1)</script>",
    "**bold** and _under_ and ~~strike~~",
    "# not a heading",
    "`code` and ``double``",
    "{{ 7 * 7 }} {% if true %}x{% endif %}",
    "[link](http://example.com) ![img](x.png)",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "$x^2$ \\ backslash &amp; &copy;",
    "---",
    "line one\nline two | with pipe\n\nnew paragraph",
    "<br> <b>html</b> <!-- comment -->",
    "🎉 æøå ÆØÅ",
    "| --- | --- |",
    "*",
    "   leading and trailing   ",
]


def hostile_plan() -> Plan:
    """A plan whose every text answer is a string that tries to break the report."""
    h = HOSTILE
    answers: dict[str, Any] = {
        "current_strategy": "\n".join(h),
        "marketing_maturity": "ad_hoc",
        "marketing_status": h[12],
        "uses_digital": True,
        "current_channels": [
            {"id": f"CC{i + 1}", "name": s, "use": s, "success": "good", "note": s} for i, s in enumerate(h[:6])
        ],
        "customer_opinion": h[2],
        "customer_segments": h,
        "strengths": h[:5],
        "weaknesses": h[5:10],
        "opportunities": h[10:15],
        "threats": h[15:],
        "competitors": [
            {"id": f"C{i + 1}", "name": s, "website": s, "strengths": s, "weaknesses": s, "marketing": s}
            for i, s in enumerate(h)
        ],
        "brand": "\n".join(h[::-1]),
        "brand_words": h[:4],
        "objectives": [
            {"id": "O1", "statement": h[0], "metric": h[1], "unit": h[3], "baseline": 10, "target": 20,
             "deadline": dt.date(2027, 6, 30), "budget": 1000.5, "owner": h[5], "baseline_period": h[2],
             "data_source": h[4], "business_goal": "revenue", "rationale": h[12], "start": dt.date(2027, 2, 1)},
            {"id": "O2", "statement": h[13], "metric": h[14], "unit": "%", "target": 5},
        ],
        "total_budget": 100,
        "milestones": [
            {"id": f"MS{i + 1}", "what": s, "date": dt.date(2027, 4, 1), "objective": "O1", "value": 12}
            for i, s in enumerate(h)
        ],
        "budget_lines": [{"id": "BL1", "what": h[1], "amount": 7, "objectives": ["O1"]}, {"id": "BL2", "what": h[0]}],
        "personas": [{"id": "P1", "name": h[3], "description": h[12], "needs": h[0], "where": h[1]}],
        "channel_plan": [
            {"id": "CH1", "name": s, "why": s, "budget": 60, "objectives": ["O1", "O2"], "demands": s, "targeting": s}
            for s in h[:3]
        ],
        "tools": [{"id": "T1", "name": h[4], "use": h[5]}],
        "content_types": ["video", "articles"],
        "content_notes": h[8],
        "activities": [
            {"id": f"A{i + 1}", "what": s, "kind": "campaign", "owner": s, "start": dt.date(2027, 3, 1),
             "end": dt.date(2027, 3, 31), "effort": 5, "channel": "CH1", "objectives": ["O1"], "status": "planned"}
            for i, s in enumerate(h)
        ] + [{"id": "A99", "what": "undated " + h[0]}],
        "responsibilities": [{"id": "R1", "area": h[0], "who": h[1], "internal": "internal"}],
        "needs_partners": True,
        "partners": [{"id": "PA1", "name": h[6], "helps_with": h[7], "kind": "agency"}],
        "daily_routines": h,
        "cadence": "monthly",
        "report_owner": h[0],
        "report_audience": h[1],
        "learnings": "\n".join(h),
        "review_cadence": "quarterly",
        "adjustments": [{"id": "J1", "what": h[0], "change": h[1], "reason": h[2], "activity": "A1"}],
        "decisions": [{"id": "D1", "date": dt.date(2027, 2, 1), "decision": h[12], "reason": h[1], "owner": h[2]},
                      {"id": "D2", "decision": h[0]}],
    }  # fmt: skip
    return Plan(
        language="da", company=h[0], title=h[3], period=Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
        currency="DKK", updated=dt.date(2026, 11, 27), answers=answers,
    )  # fmt: skip


def empty_plan(lang: str) -> Plan:
    """A plan with its metadata and nothing else answered."""
    return Plan(
        language=lang,  # type: ignore[arg-type]
        company="Bageriet Hvede ApS", title="", period=Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
        updated=dt.date(2026, 11, 27),
    )  # fmt: skip


def lint(markdown: str) -> list[str]:
    """Markdown lint findings (pymarkdown, with tables checked; line length is not a rule for prose)."""
    from pymarkdown.api import PyMarkdownApi

    api = PyMarkdownApi().disable_rule_by_identifier("md013")
    api = api.enable_extension_by_identifier("markdown-tables")
    result = api.scan_string(markdown)
    return [f"{f.line_number}:{f.column_number} {f.rule_id} {f.rule_description} {f.extra_error_information}"
            for f in result.scan_failures]  # fmt: skip


def pandoc(markdown: str, to: str, tmp_path: Path) -> bytes:
    """Convert GitHub-flavoured Markdown with pandoc; fails the test on any warning or error."""
    executable = shutil.which("pandoc")
    if executable is None:  # no system pandoc: the one the test extra installs from PyPI
        import pypandoc

        executable = pypandoc.get_pandoc_path()
    out = tmp_path / f"report.{to}"
    result = subprocess.run(
        [executable, "-f", "gfm", "-t", to, "-o", str(out), "--fail-if-warnings"],
        input=markdown.encode(), capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    return out.read_bytes()

"""The HTML report beside the Markdown one, on plans up to the largest benchmark plan, in one run.

The target: the HTML report (context, templates and every chart) costs at most
1.5 × the Markdown report of the same plan. PDF and Word are timed too, where
their engines are installed, for the record (they are written from the HTML).

    .venv/bin/python benchmarks/documents.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import make_plan, median_time  # the report benchmark's plan generator

from smartcli.plan.model import Plan, QuestionSet
from smartcli.plan.planfile import dump_plan, load_plan_text
from smartcli.plan.questionset import shipped_question_set
from smartcli.report.render import render_html, render_report

SIZES = ((10, 100, 1000), (100, 1000, 10000))


def as_loaded(plan: Plan, qset: QuestionSet) -> Plan:
    """The plan as a command sees it: written and read back (measurements in place, every chart drawn)."""
    return load_plan_text(dump_plan(plan, qset), qset, Path("plan.yaml")).plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    qset = shipped_question_set()
    print(f"{'plan (objectives/activities/measurements)':<44}{'md':>9}{'html':>9}{'html ÷ md':>11}")
    for objectives, activities, measurements in SIZES:
        plan = as_loaded(make_plan(objectives, activities, measurements), qset)
        md = median_time(lambda plan=plan: render_report(plan, qset, "da"), args.runs)
        html = median_time(lambda plan=plan: render_html(plan, qset, "da"), args.runs)
        label = f"{objectives}/{activities}/{measurements}"
        print(f"{label:<44}{md * 1000:>7.0f}ms{html * 1000:>7.0f}ms{html / md:>10.2f}×")
    try:
        from smartcli.report.pdf import typeset_pdf
        from smartcli.report.word import render_docx
    except ImportError:
        return
    plan = as_loaded(make_plan(*SIZES[0]), qset)
    document = render_html(plan, qset, "da")
    for name, write in (("pdf (typst)", typeset_pdf), ("docx", render_docx)):
        try:
            seconds = median_time(lambda write=write: write(document), max(1, args.runs // 2))
        except Exception as e:  # an engine that is not installed: say so and go on
            print(f"{name}: not timed ({e})")
            continue
        print(f"{name} of the {'/'.join(map(str, SIZES[0]))} plan from its HTML: {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()

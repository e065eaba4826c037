"""How fast ``smart report`` is on a large plan, beside just loading that YAML file.

Usage (from the repository root)::

    .venv/bin/python benchmarks/report.py [--runs 5]

Generates plans of growing size (the largest: 100 objectives, 1,000
activities, 10,000 measurements) and prints, for each, the median time to

- ``yaml.load`` the file with libyaml's CSafeLoader (the floor: just reading it),
- ``load_plan`` (smart's validated load: every value typed, every error located),
- ``render_report`` on the loaded plan,
- ``load + report``, compared to the plain load (goal: at most 2×),

all in this process, and then the same comparison as whole commands, in interleaved rounds
(``python -c "yaml.load(...)"`` against ``smart report PLAN -o FILE``; goal:
at most 1.3×). Time per record at each size shows whether the work grows
linearly. The machine is shared and noisy: compare within one run, not across
runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from timing import Figure, interleaved, print_figures, print_table, time_command

from smartcli.plan.model import Period, Plan
from smartcli.plan.planfile import dump_plan, load_plan, measurement_order
from smartcli.plan.questionset import shipped_question_set
from smartcli.report.render import render_report

QSET = shipped_question_set()
START = dt.date(2027, 1, 1)


def make_plan(objectives: int, activities: int, measurements: int) -> Plan:
    """A plan of the given size, with realistic text lengths."""
    answers: dict[str, Any] = {
        "objectives": [
            {"id": f"O{i}", "statement": f"Grow web shop orders in segment {i} by 20 % before the autumn",
             "kind": "sales", "metric": f"Orders per month, segment {i}", "unit": "orders",
             "baseline": 100 + i, "target": 150 + i, "deadline": START + dt.timedelta(days=200 + i % 150),
             "budget": 1000 + 10 * i, "owner": "Mette Holm"}
            for i in range(1, objectives + 1)
        ],
        "channel_plan": [
            {"id": f"CH{i}", "name": f"Channel {i}", "why": "Where the customers are", "budget": 5000,
             "objectives": [f"O{i}"]}
            for i in range(1, 11)
        ],
        "total_budget": 100000,
        "activities": [
            {"id": f"A{i}", "what": f"Campaign {i}: reels, newsletter and ads for the season", "kind": "campaign",
             "owner": "Jonas", "start": START + dt.timedelta(days=i % 300),
             "end": START + dt.timedelta(days=i % 300 + 14), "effort": 12, "channel": f"CH{1 + i % 10}",
             "objectives": [f"O{1 + i % objectives}"]}
            for i in range(1, activities + 1)
        ],
    }  # fmt: skip
    plan = Plan(language="en", company="Hvede", title="Big plan", period=Period(START, dt.date(2027, 12, 31)))
    plan.answers.update(answers)
    plan.measurements = [
        {"id": f"M{i}", "objective": f"O{1 + i % objectives}", "date": START + dt.timedelta(days=i % 365),
         "value": 100 + i % 97, "note": "After the newsletter"}
        for i in range(1, measurements + 1)
    ]  # fmt: skip
    plan.measurements.sort(key=measurement_order)  # as smart keeps them: the file is what a save writes
    return plan


def write_plan(path: Path, objectives: int = 100, activities: int = 1000, measurements: int = 10000) -> Path:
    """A plan of the given size (by default the largest) at `path`, as smart itself writes it."""
    path.write_text(dump_plan(make_plan(objectives, activities, measurements), QSET), encoding="utf-8")
    return path


def median_time(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(runs: int, folder: Path) -> Path:
    """The per-size table, in this process; returns the largest plan's path."""
    print(f"{'size (obj/act/meas)':22} {'bytes':>10} {'yaml.load':>10} {'load_plan':>10} {'render':>9}"
          f" {'load+report':>12} {'× yaml':>7} {'µs/record':>10}")  # fmt: skip
    largest = folder / "plan.yaml"
    for scale in (0.125, 0.25, 0.5, 1.0):
        sizes = (int(100 * scale), int(1000 * scale), int(10000 * scale))
        path = write_plan(folder / f"plan-{scale}.yaml", *sizes)
        text = path.read_text(encoding="utf-8")
        plain = median_time(lambda: yaml.load(text, Loader=yaml.CSafeLoader), runs)  # noqa: B023
        loading = median_time(lambda: load_plan(path, QSET), runs)  # noqa: B023
        plan = load_plan(path, QSET).plan
        rendering = median_time(lambda: render_report(plan, QSET, "en"), runs)  # noqa: B023
        both = loading + rendering
        per_record = both / sum(sizes) * 1e6
        print(f"{'/'.join(map(str, sizes)):22} {len(text):10,} {plain * 1000:8.0f}ms {loading * 1000:8.0f}ms"
              f" {rendering * 1000:7.0f}ms {both * 1000:10.0f}ms {both / plain:7.2f} {per_record:10.1f}")  # fmt: skip
        largest = path
    return largest


def measure(rounds: int, folder: Path, largest: Path | None = None) -> list[Figure]:
    """``smart report`` on the largest plan beside loading it with libyaml, as whole commands."""
    largest = largest or write_plan(folder / "plan.yaml")
    smart = Path(sys.executable).parent / "smart"
    load = [sys.executable, "-c", f"import yaml; yaml.load(open({str(largest)!r}), Loader=yaml.CSafeLoader)"]
    cases = {
        'python -c "yaml.load(plan, CSafeLoader)"': lambda: time_command(load),
        "smart report plan -o report.md": lambda: time_command(
            [smart, "report", largest, "-o", folder / "r.md"]
        ),
    }
    timings = interleaved(cases, rounds)
    print_table(
        timings, "The report of the largest plan (100 objectives, 1,000 activities, 10,000 measurements)"
    )
    ratio = timings.ratio("smart report plan -o report.md", 'python -c "yaml.load(plan, CSafeLoader)"')
    return [Figure("smart report ÷ libyaml load (largest plan)", ratio, 1.3)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="smart-bench-"))
    largest = in_process(args.runs, folder)
    print_figures(measure(args.runs, folder, largest))


if __name__ == "__main__":
    main()

"""Every figure of the cost benchmarks beside its baseline and its target, in one run.

Usage (from the repository root, after ``pip install -e '.[test,bench]'``)::

    .venv/bin/python benchmarks/figures.py [--rounds 10]

Runs, in this order, ``saving.py`` (track ÷ check on the largest plan),
``report.py``'s whole commands (report ÷ libyaml load), ``history.py``
(log -n 5 on 200 commits ÷ on 10) and ``startup.py`` (help ÷ cookiecutter and
copier, first prompt ÷ importing questionary and typer), each case timed in
interleaved rounds beside its baseline, then prints all the ratios together.
The machine is shared: only ratios within one run mean much, and no test
asserts on them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import history
import report
import saving
import startup
from timing import print_figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="smart-bench-"))
    largest = report.write_plan(folder / "plan.yaml")
    figures = [
        *saving.measure(args.rounds, folder, largest),
        *report.measure(args.rounds, folder, largest),
        *history.measure(args.rounds, folder),
        *startup.measure(2 * args.rounds),  # start-up is short and noisy: more rounds
    ]
    print("\nAll figures (each a median of per-round ratios in this run):")
    print_figures(figures)


if __name__ == "__main__":
    main()

"""What a plan's history costs: ``smart log -n 5`` and ``smart diff --rev`` on a short and a long history.

Usage (from the repository root)::

    .venv/bin/python benchmarks/history.py [--rounds 10]

Makes two git repositories holding the sample plan, one with 10 commits and
one with 200 (each commit records a measurement or changes an answer), and
times, in interleaved rounds (see ``timing.py``):

- ``smart log plan.yaml -n 5`` in each (goal: the long history costs at most
  3× the short one: only the versions shown are read, plus the one before);
- ``smart diff plan.yaml --rev HEAD~3`` in each (two versions, whatever the
  history: about 1×).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import Figure, interleaved, print_figures, print_table, time_command

from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.resources import example_plan

SMART = Path(sys.executable).parent / "smart"
GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "Mette", "GIT_AUTHOR_EMAIL": "m@example.com",
           "GIT_COMMITTER_NAME": "Mette", "GIT_COMMITTER_EMAIL": "m@example.com"}  # fmt: skip


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, env=GIT_ENV, check=True, capture_output=True)


def make_history(folder: Path, commits: int) -> Path:
    """A repository in `folder` whose plan.yaml has `commits` commits; returns the plan's path."""
    qset = shipped_question_set()
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    plan_path = folder / "plan.yaml"
    plan = load_plan(example_plan("en"), qset).plan
    objective = plan.answers["objectives"][0]["id"]
    for n in range(commits):
        if n % 3 == 2:
            plan.answers["brand"] = f"Bread that takes time, version {n}"
        else:
            day = dt.date(2027, 1, 1) + dt.timedelta(days=n)
            plan.measurements.append(
                {"id": f"M{100 + n}", "objective": objective, "date": day, "value": 100 + n}
            )
        plan_path.write_text(dump_plan(plan, qset), encoding="utf-8")
        git(folder, "add", "plan.yaml")
        git(folder, "commit", "-q", "-m", f"Change {n}")
    return plan_path


def measure(rounds: int, folder: Path) -> list[Figure]:
    """Time log and diff on a short and a long history; returns the figures with their targets."""
    short, long = make_history(folder / "short", 10), make_history(folder / "long", 200)
    cases = {}
    for name, plan in (("10 commits", short), ("200 commits", long)):
        cases[f"smart log -n 5, {name}"] = lambda plan=plan: time_command(
            [SMART, "log", plan.name, "-n", "5"], cwd=plan.parent
        )
        cases[f"smart diff --rev HEAD~3, {name}"] = lambda plan=plan: time_command(
            [SMART, "diff", plan.name, "--rev", "HEAD~3"], cwd=plan.parent
        )
    timings = interleaved(cases, rounds)  # type: ignore[arg-type]
    print_table(timings, "History")
    return [
        Figure("smart log -n 5: 200 commits ÷ 10 commits",
               timings.ratio("smart log -n 5, 200 commits", "smart log -n 5, 10 commits"), 3),
        Figure("smart diff --rev HEAD~3: 200 commits ÷ 10 commits",
               timings.ratio("smart diff --rev HEAD~3, 200 commits", "smart diff --rev HEAD~3, 10 commits"), 1.5),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    print_figures(measure(args.rounds, Path(tempfile.mkdtemp(prefix="smart-bench-"))))


if __name__ == "__main__":
    main()

"""What a save costs on the largest benchmark plan: ``smart track`` beside ``smart check``.

Usage (from the repository root)::

    .venv/bin/python benchmarks/saving.py [--rounds 7]

On the report benchmark's largest plan (100 objectives, 1,000 activities,
10,000 measurements; ``report.py``'s generator), times in interleaved rounds
(see ``timing.py``):

- ``smart check plan.yaml``: reading and checking the plan, the baseline (a
  save cannot cost less than the read before it);
- ``smart track plan.yaml --objective O1 --value ...``: the same read, one
  measurement, one save (goal: at most 1.5× the check).

Then, in this process, what one save of an open session costs next to a
full dump of the plan through PyYAML, and how many records it wrote out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

from report import QSET, write_plan
from rich.console import Console
from timing import Figure, interleaved, print_figures, print_table, time_command

from smartcli.interview.session import open_session
from smartcli.plan.planfile import load_plan
from smartcli.plan.reading import plan_to_data
from smartcli.plan.store import dump_yaml

SMART = Path(sys.executable).parent / "smart"


def measure(rounds: int, folder: Path, largest: Path | None = None) -> list[Figure]:
    """Time track and check on copies of the largest plan; returns the figure with its target."""
    original = largest or write_plan(folder / "plan.yaml")
    work = folder / "work.yaml"
    taken = {m["date"] for m in load_plan(original, QSET).plan.measurements if m["objective"] == "O1"}
    free = [day for n in range(365) if (day := dt.date(2027, 1, 1) + dt.timedelta(days=n)) not in taken]
    tracked = iter(free * rounds)

    def check() -> float:
        shutil.copyfile(original, work)
        return time_command([SMART, "check", work], ok=(0, 1))  # 1: it found things to say

    def track() -> float:
        shutil.copyfile(original, work)
        day = next(tracked).isoformat()  # a day O1 has no measurement on: this adds one
        return time_command([SMART, "track", work, "--objective", "O1", "--value", "5", "--date", day])

    timings = interleaved(
        {"smart check plan.yaml": check, "smart track plan.yaml --objective O1 ...": track}, rounds
    )
    print_table(timings, "A save on the largest plan")
    one_save(original, folder)
    ratio = timings.ratio("smart track plan.yaml --objective O1 ...", "smart check plan.yaml")
    return [Figure("smart track ÷ smart check (largest plan)", ratio, 1.5)]


def one_save(original: Path, folder: Path) -> None:
    """One session save in this process, beside the full PyYAML dump it replaces."""
    work = folder / "session.yaml"
    shutil.copyfile(original, work)
    session = open_session(work, QSET, Console(file=io.StringIO()), "en")
    session.plan.measurements.append(
        {"id": "M99999", "objective": "O1", "date": dt.date(2027, 6, 1), "value": 5}
    )
    start = time.perf_counter()
    session.save()
    saving = time.perf_counter() - start
    start = time.perf_counter()
    dump_yaml(plan_to_data(session.plan, QSET))
    full = time.perf_counter() - start
    print(f"  in this process: one save {saving * 1000:.0f}ms ({session.cache.written} record written out anew),"
          f" one full PyYAML dump {full * 1000:.0f}ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print_figures(measure(args.rounds, Path(tempfile.mkdtemp(prefix="smart-bench-"))))


if __name__ == "__main__":
    main()

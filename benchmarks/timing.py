"""Timing beside a baseline on a shared, noisy machine: interleaved rounds, medians, ratios per round.

Each round runs every case once, in turn, so a busy moment of the machine
(another engineer's test run) slows all cases of that round alike; the ratio
of two cases is the median of their ratios round by round. Only ratios
within one run mean much: absolute times move with the machine's load.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


def time_command(argv: Sequence[str | Path], cwd: Path | None = None, ok: Sequence[int] = (0,)) -> float:
    """Wall time of one run of `argv` (its output discarded); fails unless it exits with one of `ok`."""
    start = time.perf_counter()
    result = subprocess.run(
        [str(a) for a in argv], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode not in ok:
        raise RuntimeError(f"{' '.join(map(str, argv))} exited {result.returncode}: {result.stderr[-500:]!r}")
    return elapsed


@dataclass
class Timings:
    """The times of each case, round by round (every case has one time per round)."""

    times: dict[str, list[float]] = field(default_factory=dict)

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def ratio(self, name: str, baseline: str) -> float:
        """The median over the rounds of `name`'s time divided by `baseline`'s in the same round."""
        return statistics.median(a / b for a, b in zip(self.times[name], self.times[baseline], strict=True))


def interleaved(cases: dict[str, Callable[[], float]], rounds: int, warm: int = 1) -> Timings:
    """Time `cases` in `rounds` rounds, each case once a round (after `warm` untimed rounds)."""
    timings = Timings({name: [] for name in cases})
    for n in range(warm + rounds):
        for name, case in cases.items():
            elapsed = case()
            if n >= warm:
                timings.times[name].append(elapsed)
    return timings


def print_table(timings: Timings, title: str) -> None:
    """One line per case: median, fastest and slowest time."""
    rounds = len(next(iter(timings.times.values())))
    print(f"\n{title} ({rounds} interleaved rounds)")
    print(f"  {'case':46} {'median':>9} {'min':>9} {'max':>9}")
    for name, times in timings.times.items():
        print(
            f"  {name:46} {statistics.median(times) * 1000:7.0f}ms {min(times) * 1000:7.0f}ms"
            f" {max(times) * 1000:7.0f}ms"
        )


@dataclass(frozen=True)
class Figure:
    """One figure of issue 15: a case's time divided by its baseline's, and the target for it."""

    name: str
    ratio: float
    target: float

    @property
    def met(self) -> bool:
        return self.ratio <= self.target

    def line(self) -> str:
        return f"  {self.name:58} {self.ratio:6.2f}  (target ≤ {self.target:g})  {'met' if self.met else 'NOT met'}"


def print_figures(figures: list[Figure]) -> None:
    print()
    for figure in figures:
        print(figure.line())

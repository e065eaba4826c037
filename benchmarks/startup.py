"""Start-up time of smart, beside baselines measured in the same run.

Usage (from the repository root, after ``pip install -e '.[test,bench]'``)::

    .venv/bin/python benchmarks/startup.py [--runs 30]

Prints the median and the spread of the wall time of:

- ``python -c "import typer"``: the floor any typer CLI stands on;
- ``smart --help``;
- ``cookiecutter --help``, when installed: the goal is to be faster;
- ``smart new`` until its first prompt is drawn, in a real pseudo-terminal.

The machine is shared and noisy, so only the ratios within one run mean much;
no test asserts on these numbers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BIN = Path(sys.executable).parent


def time_command(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def time_first_prompt() -> float:
    import pexpect

    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1"}
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        child = pexpect.spawn(str(BIN / "smart"), ["new", "plan.yaml"], cwd=folder, env=env, timeout=30)
        child.expect("Sprog / Language")
        elapsed = time.perf_counter() - start
        child.terminate(force=True)
    return elapsed


def measure(name: str, run: Callable[[], float], runs: int) -> tuple[str, list[float]]:
    run()  # warm the file cache
    return name, [run() for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    cases = [
        ('python -c "import typer"', lambda: time_command([sys.executable, "-c", "import typer"])),
        ("smart --help", lambda: time_command([str(BIN / "smart"), "--help"])),
    ]
    cookiecutter = shutil.which("cookiecutter", path=str(BIN)) or shutil.which("cookiecutter")
    if cookiecutter:
        cases.append(("cookiecutter --help", lambda: time_command([cookiecutter, "--help"])))
    else:
        print("(cookiecutter not installed: pip install -e '.[bench]' to compare)")
    cases.append(("smart new → first prompt (pty)", time_first_prompt))

    results = [measure(name, run, args.runs) for name, run in cases]
    baseline = statistics.median(results[0][1])
    print(f"{'command':34} {'median':>9} {'min':>9} {'max':>9} {'× typer':>8}   ({args.runs} runs each)")
    for name, times in results:
        median = statistics.median(times)
        print(
            f"{name:34} {median * 1000:7.1f}ms {min(times) * 1000:7.1f}ms {max(times) * 1000:7.1f}ms"
            f" {median / baseline:8.2f}"
        )


if __name__ == "__main__":
    main()

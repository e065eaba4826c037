"""Start-up time of smart, beside baselines measured in the same run.

Usage (from the repository root, after ``pip install -e '.[test,bench]'``)::

    .venv/bin/python benchmarks/startup.py [--rounds 20]

Times, in interleaved rounds (see ``timing.py``):

- ``smart --help`` beside ``cookiecutter --help`` (goal: at most 0.7 of it)
  and ``copier --help`` (at most 0.4), when they are installed;
- ``smart new`` until its first prompt is drawn, in a real pseudo-terminal,
  beside ``python -c "import questionary, typer"``, the two libraries it
  stands on (goal: at most 1.3 of it);
- ``python -c "import typer"``, the floor any typer CLI stands on.

No test asserts on these numbers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import Figure, interleaved, print_figures, print_table, time_command

BIN = Path(sys.executable).parent


def time_first_prompt() -> float:
    """From starting ``smart new plan.yaml`` in a pseudo-terminal until its first question shows."""
    import pexpect

    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1"}
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        child = pexpect.spawn(str(BIN / "smart"), ["new", "plan.yaml"], cwd=folder, env=env, timeout=30)
        child.expect("Sprog / Language")
        elapsed = time.perf_counter() - start
        child.terminate(force=True)
    return elapsed


def compile_smart() -> None:
    """Compile smart's modules to bytecode first, as every baseline's modules already are.

    pip compiles a package when it installs it, and Python writes bytecode the
    first time an editable checkout runs. With ``PYTHONDONTWRITEBYTECODE`` set
    (as on some machines) an editable smart would compile its 25 start-up
    modules from source on every run while cookiecutter and copier load
    theirs: a handicap of about 70 ms that no user of an installed smart pays.
    """
    import compileall

    compileall.compile_dir(Path(__file__).resolve().parent.parent / "smartcli", quiet=1)


def measure(rounds: int) -> list[Figure]:
    """Time the cases and print them; returns the figures with their targets."""
    compile_smart()
    cases: dict[str, Callable[[], float]] = {
        'python -c "import typer"': lambda: time_command([sys.executable, "-c", "import typer"]),
        'python -c "import questionary, typer"': lambda: time_command(
            [sys.executable, "-c", "import questionary, typer"]
        ),
        "smart --help": lambda: time_command([BIN / "smart", "--help"]),
    }
    others = {}
    for tool in ("cookiecutter", "copier"):
        found = shutil.which(tool, path=str(BIN)) or shutil.which(tool)
        if found:
            others[tool] = f"{tool} --help"
            cases[others[tool]] = lambda found=found: time_command([found, "--help"])  # type: ignore[misc]
        else:
            print(f"({tool} is not installed: pip install -e '.[bench]' to compare)")
    cases["smart new → first prompt (pty)"] = time_first_prompt
    timings = interleaved(cases, rounds)
    print_table(timings, "Start-up")
    figures = [
        Figure(f"smart --help ÷ {name}", timings.ratio("smart --help", name), target)
        for tool, target in (("cookiecutter", 0.7), ("copier", 0.4))
        if (name := others.get(tool))
    ]
    figures.append(
        Figure(
            'first prompt of smart new ÷ python -c "import questionary, typer"',
            timings.ratio("smart new → first prompt (pty)", 'python -c "import questionary, typer"'),
            1.3,
        )
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    print_figures(measure(args.rounds))


if __name__ == "__main__":
    main()

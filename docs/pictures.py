"""Draw the README's terminal pictures from the real program, so they show what smart does today.

``smart new`` runs in a pseudo-terminal, answered as a user would; the
screen it leaves (drawn by a terminal emulator, pyte) becomes an SVG.
``smart status`` of the sample plan is printed to a recording rich console.
Both on a fixed day, so the pictures change only when smart does.

Run from the project's root, with the test extra installed (pexpect, pyte)::

    .venv/bin/python docs/pictures.py            # rewrite docs/pictures/*.svg
    .venv/bin/python docs/pictures.py --check    # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
from pathlib import Path

import pexpect
import pyte
from rich.console import Console
from rich.style import Style
from rich.text import Text

ROOT = Path(__file__).resolve().parent.parent
PICTURES = ROOT / "docs" / "pictures"
SAMPLE = ROOT / "examples" / "bageriet-hvede.da.yaml"
TODAY = dt.date(2027, 5, 3)
"""The day the pictures are drawn on: the sample plan's spring, with measurements due."""

COLUMNS, ROWS = 100, 32
CLEAR = "\x7f" * 12  # a date field holds its default: clear it before typing


def new_screen() -> Text:
    """The screen of ``smart new`` at the first question, after the plan's details are answered."""
    screen = pyte.Screen(COLUMNS, ROWS)
    stream = pyte.ByteStream(screen)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES", "FORCE_COLOR")}
    env.update(PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm-256color", SMART_LANG="da")
    with tempfile.TemporaryDirectory() as folder:
        child = pexpect.spawn(
            sys.executable, ["-m", "smartcli", "new", "plan.yaml", "--lang", "da"],
            cwd=folder, env=env, timeout=30, dimensions=(ROWS, COLUMNS),
        )  # fmt: skip
        seen = io.BytesIO()
        child.logfile_read = seen
        steps = [
            ("Sprog", "\r"),
            ("Virksomhedens navn", "Bageriet Hvede ApS\r"),
            ("Planperiodens start", CLEAR + "1-1-2027\r"),
            ("Planperiodens slut", CLEAR + "31-12-2027\r"),
            ("Planens titel", "\r"),
            ("Valuta", "\r"),
        ]
        for expected, keys in steps:
            child.expect(expected)
            child.send(keys)
        child.expect("Svar")
        child.expect(r"tilbage\)")  # the prompt's hint, the last thing it draws
        child.expect(pexpect.TIMEOUT, timeout=0.5)  # and anything the terminal is told after it
        stream.feed(seen.getvalue())
        child.logfile_read = None
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
    return _as_text(screen)


def _as_text(screen: pyte.Screen) -> Text:
    """The emulator's screen as rich text, colours and weights kept, trailing blank lines dropped."""
    lines = []
    for y in range(screen.lines):
        line = Text()
        row = screen.buffer[y]
        run, style = "", None
        for x in range(screen.columns):  # runs of one style, so that the SVG holds few spans
            char = row[x]
            if (each := _style(char)) != style and run:
                line.append(run, style)
                run = ""
            run, style = run + char.data, each
        line.append(run, style)
        line.rstrip()
        lines.append(line)
    while lines and not lines[-1].plain:
        lines.pop()
    return Text("\n").join(lines)


def _style(char: pyte.screens.Char) -> Style:
    def colour(value: str) -> str | None:
        if value == "default":
            return None
        if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value):
            return f"#{value}"
        return {"brown": "yellow"}.get(value, value)

    fg, bg = colour(char.fg), colour(char.bg)
    if char.reverse:
        fg, bg = bg or "black", fg or "white"
    return Style(color=fg, bgcolor=bg, bold=char.bold, italic=char.italics, underline=char.underscore)


def status_console() -> Console:
    """``smart status`` of the sample plan, printed to a recording console."""
    from smartcli.check.runner import check_plan
    from smartcli.plan.planfile import load_plan
    from smartcli.plan.questionset import shipped_question_set
    from smartcli.report.status import print_status

    qset = shipped_question_set()
    console = _recorder()
    with tempfile.TemporaryDirectory() as folder:
        here = Path.cwd()
        os.chdir(folder)  # the plan is called plan.yaml, as in the README, wherever this runs
        try:
            plan_file = Path("plan.yaml")
            plan_file.write_bytes(SAMPLE.read_bytes())
            plan = load_plan(plan_file, qset, "da").plan
            print_status(plan, qset, check_plan(plan_file, qset, "da"), console, "da", today=TODAY)
        finally:
            os.chdir(here)
    return console


def _recorder() -> Console:
    """A console that records what smart would print to a 100-column colour terminal."""
    return Console(
        record=True, width=COLUMNS, force_terminal=True, color_system="truecolor", highlight=False,
        file=io.StringIO(),
    )  # fmt: skip


def pictures() -> dict[str, str]:
    """Each picture's file name and its SVG."""
    new = _recorder()
    new.print(new_screen(), soft_wrap=True)
    return {
        "new.svg": new.export_svg(title="smart new plan.yaml"),
        "status.svg": status_console().export_svg(title="smart status plan.yaml"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the committed pictures are out of date"
    )
    args = parser.parse_args()
    stale = []
    for name, svg in pictures().items():
        path = PICTURES / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != svg:
                stale.append(name)
        else:
            PICTURES.mkdir(parents=True, exist_ok=True)
            path.write_text(svg, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date: {', '.join(stale)} (run: python docs/pictures.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""git's textconv driver, what ``git diff`` shows of a YAML file: ``python -m smartcli.vcs.textconv FILE``.

``smart git-setup`` registers it for every YAML file, so ``git log -p`` may
start it hundreds of times, mostly for files that are not plans. It starts
without the command line (typer, rich) and, for a file that is not a plan,
without the plan's machinery (PyYAML, the question set) too, and prints that
file byte for byte, as git would. ``smart textconv`` (hidden) does the same,
for clones set up by an older smart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from smartcli.errors import SmartError


def textconv_bytes(path: Path) -> bytes:
    """What ``git diff`` shows of `path`: a plan as one labelled line per value, anything else as it is.

    The lines are made inert (an answer may hold terminal escapes, which the
    YAML file shows harmlessly as ``\\e``). A file that is not a plan, or not a
    valid one (conflict markers), is returned byte for byte, as git would show it.

    Raises:
        SmartError: The file is missing or can't be read.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SmartError("error.file_missing", path=str(path)) from None
    except OSError as e:
        raise SmartError("error.file_unreadable", path=str(path), reason=e.strerror or str(e)) from e
    if b"smart_plan" not in data:  # the cheap test first: most YAML in a repository is not a plan
        return data
    from smartcli.output import inert
    from smartcli.plan.planfile import PLAN_MARKER, load_plan_text
    from smartcli.plan.questionset import shipped_question_set
    from smartcli.vcs.diffing import plan_lines

    if not PLAN_MARKER.search(data.decode("utf-8", "replace")):
        return data
    qset = shipped_question_set()
    try:
        plan = load_plan_text(data.decode("utf-8-sig"), qset, path).plan
    except (SmartError, UnicodeDecodeError):
        return data
    return ("\n".join(inert(line) for line in plan_lines(plan, qset)) + "\n").encode("utf-8")


def main(argv: list[str]) -> int:
    """Print `argv`'s one file as :func:`textconv_bytes` has it; 2 with one line on stderr when it can't."""
    from smartcli.i18n import resolve_lang, t

    lang = resolve_lang()
    if len(argv) != 1:
        print(t(lang, "textconv.usage"), file=sys.stderr)
        return 2
    try:
        sys.stdout.buffer.write(textconv_bytes(Path(argv[0])))
        sys.stdout.buffer.flush()
    except SmartError as error:
        from smartcli.output import inert

        print(inert(f"{t(lang, 'error.prefix')}: {error.render(lang)}"), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

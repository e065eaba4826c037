"""Where a report goes, and in which format: a file (never over the plan or the template), or stdout.

A slip of tab-completion (``-o plan.yaml`` for ``-o plan.md``) must not
replace the plan with its own report, so the destination is checked before
anything is rendered, whatever name it is given by (``./plan.yaml``, a
symbolic or hard link). ``-o -`` means standard output, as for most tools.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from smartcli.errors import SmartError
from smartcli.i18n import Lang
from smartcli.output import inert, say
from smartcli.plan.files import write_atomic
from smartcli.plan.planfile import looks_like_plan

STDOUT = Path("-")
"""The output name that means standard output."""

FORMATS = ("md", "html", "pdf", "docx")
"""The report's formats; ``md`` is the default."""
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


def report_format(asked: str | None, output: Path | None) -> str:
    """The format to write: ``--format`` if given, else what ``-o``'s suffix says, else Markdown.

    Raises:
        SmartError: An unknown format, or one that contradicts the file's suffix.
    """
    from_suffix = _SUFFIXES.get(output.suffix.lower()) if output is not None and output != STDOUT else None
    if asked is None:
        return from_suffix or "md"
    chosen = asked.strip().lower().lstrip(".")
    chosen = {"markdown": "md", "htm": "html", "word": "docx"}.get(chosen, chosen)
    if chosen not in FORMATS:
        raise SmartError("error.report_format", value=asked, formats=", ".join(FORMATS))
    if from_suffix is not None and from_suffix != chosen:
        raise SmartError("error.report_format_suffix", path=str(output), suffix=output.suffix, value=chosen)  # type: ignore[union-attr]
    return chosen


def _same_file(a: Path, b: Path) -> bool:
    """Whether `a` and `b` name the same file: one path, a symbolic link or a hard link to it."""
    try:
        return a.samefile(b)
    except OSError:  # one of them does not exist (yet): the same only if they resolve alike
        return a.resolve() == b.resolve()


def check_destination(output: Path, plan: Path, template: Path | None) -> None:
    """Refuse an output that would replace the plan, another smart plan or the template.

    Only a regular file is read to see whether it is a plan: a pipe or a
    device is never opened here (reading one could block, or consume data).

    Raises:
        SmartError: `output` is the plan or the template (by any name), or an
            existing smart plan.
    """
    if output == STDOUT:
        return
    if _same_file(output, plan):
        raise SmartError("error.report_over_plan", path=str(output), suggestion=str(plan.with_suffix(".md")))
    if template is not None and _same_file(output, template):
        raise SmartError("error.report_over_template", path=str(output))
    if output.is_file() and looks_like_plan(output):
        raise SmartError("error.report_over_a_plan", path=str(output))


def deliver_report(text: str, output: Path | None, console: Console, lang: Lang) -> None:
    """Write the report to `output`, or to standard output (``-``, or none given).

    In a terminal the report is shown formatted; piped (or with ``-o -``) it
    is the Markdown itself. Either way it holds no control character that a
    terminal would act on (the Markdown writer made them visible; this is
    the last guard before a terminal).

    Raises:
        SmartError: The file can't be written.
    """
    if output is not None and output != STDOUT:
        _write_file(output, text, console, lang)
    elif output is None and sys.stdout.isatty():
        from rich.markdown import Markdown

        console.print(Markdown(inert(text)))
    else:
        sys.stdout.write(inert(text))


def deliver_document(data: str | bytes, output: Path | None, console: Console, lang: Lang) -> None:
    """Write an HTML, PDF or Word report to `output`, or to standard output (``-``, or none given).

    Raises:
        SmartError: The file can't be written, or a PDF or Word file would go to a terminal.
    """
    if output is not None and output != STDOUT:
        _write_file(output, data, console, lang)
    elif isinstance(data, bytes):
        if sys.stdout.isatty():
            raise SmartError("error.report_binary_to_terminal")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)


def _write_file(output: Path, data: str | bytes, console: Console, lang: Lang) -> None:
    """Write a report to the file `output` at once (atomically where it is a file), and say so."""
    try:
        write_atomic(output, data)
    except OSError as e:
        raise SmartError("error.write_failed", path=str(output), reason=e.strerror or str(e)) from e
    say(console, lang, "report.written", path=output)

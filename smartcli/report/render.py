"""Rendering the strategy report through Jinja templates: the only module that talks to jinja2.

One environment is built per report, in one place, for the built-in templates
and a user's own alike: ``StrictUndefined`` (a misspelt name is an error, not a
blank) and ``keep_trailing_newline``. ``autoescape`` is on, but the escaping is
Markdown's, not HTML's: ``finalize`` turns every value a template prints into
escaped Markdown text (numbers and dates written for the report's language)
and marks it safe, so the HTML escaper never touches it; text that is already
Markdown (:class:`~smartcli.markdown.Md`, a macro's output) passes as it is.
A user's template (``--template``) renders in a sandbox with the same context
and filters, and finds the built-in templates behind its own folder, so it can
include or extend them. The sandbox also bounds what a template can cost (a
template from a colleague or a pull request must not hang a CI job): no number
of more than 3,000 digits, no text or list of more than a million characters or
items, no report over 20 million characters, at most a minute; and whatever
goes wrong in it is the template's error (exit 2), never smart's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from markupsafe import Markup, escape

from smartcli.errors import Problem, QuestionSetError, SmartError
from smartcli.i18n import LANGUAGES, Lang, t
from smartcli.plan.model import Plan, QuestionSet, Text
from smartcli.plan.store import YamlReadError, YMap, YScalar, gc_paused, parse_yaml, read_text
from smartcli.plan.values import format_date, format_money, format_number, format_percent, format_short_date
from smartcli.report.context import build_context
from smartcli.report.html import Figure, build_figures, whole
from smartcli.report.html import formatters as html_formatters
from smartcli.report.html import text as html_text
from smartcli.report.markdown import Md, block, bullets, cell, code, inline, lead, mermaid_text, normalize
from smartcli.report.sandbox import BoundedSandbox, TemplateLimitError, bounded_filter, render_bounded
from smartcli.resources import data_dir

MAIN_TEMPLATE = "report.md.j2"
HTML_TEMPLATE = "report.html.j2"
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
LABELS_FILE = "labels.yaml"


class TemplateError(SmartError):
    """A report template that fails: its file, line and what went wrong."""

    def __init__(self, template: str, line: int | None, reason: str) -> None:
        where = f"{template}:{line}" if line else template
        super().__init__("error.template", where=where, reason=reason)


@cache
def load_labels(folder: Path) -> dict[str, Text]:
    """The report's own words (headings, labels, sentences) in both languages, from ``labels.yaml``.

    Raises:
        SmartError: When the file is missing, unreadable, or a label lacks a language.
    """
    path = folder / LABELS_FILE
    try:
        root = parse_yaml(read_text(path))
    except OSError as e:
        raise SmartError("error.file_unreadable", path=str(path), reason=e.strerror or str(e)) from e
    except YamlReadError as e:
        raise QuestionSetError(path, e.problems) from e
    labels: dict[str, Text] = {}
    problems: list[Problem] = []
    if not isinstance(root, YMap):
        problems.append(Problem("schema.expected_mapping", path=""))
    else:
        for key, node in root.items():
            texts = [node.get(lang) if isinstance(node, YMap) else None for lang in LANGUAGES]
            if all(isinstance(text, YScalar) for text in texts):
                labels[key] = Text(*(text.text for text in texts))  # type: ignore[union-attr]
            else:
                problems.append(Problem("schema.missing", path=f"{key}.da/en", line=root.key_lines.get(key)))
    if problems:
        raise QuestionSetError(path, problems)
    return labels


def _formatters(lang: Lang, currency: str) -> dict[str, Any]:
    """The filters a template uses to write values for a reader of `lang`."""

    def money(value: Any) -> Md:
        return Md("–") if value is None else inline(format_money(value, lang, currency), line_start=False)

    def number(value: Any, decimals: int | None = None) -> Md:
        return Md("–") if value is None else inline(format_number(value, lang, decimals), line_start=False)

    def percent(value: Any, decimals: int = 0) -> Md:
        """A fraction (0.25) as a percentage (25 %)."""
        if value is None:
            return Md("–")
        share = round(value * 100, decimals) if decimals else round(value * 100)
        return inline(format_percent(share, lang), line_start=False)

    def date(value: Any) -> Md:
        return Md("–") if value is None else inline(format_date(value, lang), line_start=False)

    return {
        "md": inline,
        "cell": cell,
        "block": block,
        "bullets": bullets,
        "lead": lead,
        "mermaid": mermaid_text,
        "mermaid_task": lambda value: mermaid_text(value, task=True),
        "money": money,
        "number": number,
        "percent": percent,
        "date": date,
        "iso": lambda value: Md("" if value is None else value.isoformat()),
        "short_date": lambda value: mermaid_text(format_short_date(value, lang)),
        "plain": _plain_number,
        "join": _join,
        "code": code,
    }


def _plain_number(value: Any) -> Md:
    """A number as Mermaid reads it: ``1250000.5``, and ``160`` rather than ``160.0``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return Md(repr(value) if isinstance(value, float) else str(value))


def _finalize_for(lang: Lang) -> Any:
    def finalize(value: Any) -> Md:
        """Every printed value: Markdown as is; numbers and dates formatted; all else escaped."""
        if hasattr(value, "__html__"):  # Md, or a macro's output
            return Md(value.__html__())
        if value is None:
            return Md("–")
        if isinstance(value, bool):
            return Md(str(value).lower())
        if isinstance(value, dt.date):
            return inline(format_date(value, lang), line_start=False)
        if isinstance(value, int | float):
            return inline(format_number(value, lang), line_start=False)
        return inline(value)

    return finalize


def _html_finalize_for(lang: Lang) -> Any:
    def finalize(value: Any) -> Markup:
        """Every printed value: HTML as is; numbers and dates formatted and kept whole; all else escaped."""
        if hasattr(value, "__html__"):
            return Markup(value.__html__())
        if value is None:
            return Markup("–")
        if isinstance(value, bool):
            return Markup(str(value).lower())
        if isinstance(value, dt.date):
            return whole(format_date(value, lang))
        if isinstance(value, int | float):
            return whole(format_number(value, lang))
        return html_text(value)

    return finalize


def _html_join(items: Any, separator: str = "", attribute: str | None = None) -> Markup:
    """Jinja's ``join``, escaping the items that are not HTML yet."""
    values = [item[attribute] if attribute else item for item in items]
    return Markup(escape(separator)).join(v if hasattr(v, "__html__") else html_text(v) for v in values)


def _join(items: Any, separator: str = "", attribute: str | None = None) -> Md:
    """Jinja's ``join`` with Markdown escaping of the items that are not Markdown yet."""
    values = [item[attribute] if attribute else item for item in items]
    parts = [str(v.__html__()) if hasattr(v, "__html__") else inline(v) for v in values]
    return Md(separator.join(parts))


@cache
def bytecode_cache() -> jinja2.BytecodeCache | None:
    """Where the built-in templates are kept compiled between runs, so no report compiles them again.

    ``SMART_CACHE_DIR``, else the platform's cache folder (``~/.cache/smart`` on
    Linux), in a folder per smart version. jinja2 checks each template's source
    against what it compiled, so an edited template is compiled again. Without a
    folder smart may write to, nothing is cached and nothing goes wrong.
    """
    import os
    import sys

    from smartcli import __version__

    base = os.environ.get("SMART_CACHE_DIR")
    if not base:
        if sys.platform == "win32":
            base = str(
                Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "smart" / "Cache"
            )
        elif sys.platform == "darwin":
            base = str(Path.home() / "Library" / "Caches" / "smart")
        else:
            base = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "smart")
    folder = Path(base) / f"templates-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def make_environment(
    search_path: list[Path],
    qset: QuestionSet,
    lang: Lang,
    currency: str,
    *,
    sandboxed: bool,
    html: bool = False,
) -> jinja2.Environment:
    """The template environment: strict, with the report's filters and ``t``, escaping as Markdown or HTML."""
    cls = BoundedSandbox if sandboxed else jinja2.Environment
    # For Markdown, autoescape is on only so that macro output and Md count as
    # safe; the escaping itself is Markdown's, done by finalize, which marks what
    # it returns safe so that HTML escaping never applies. For HTML, finalize
    # formats numbers and dates, and HTML escaping does the rest.
    finalize = _html_finalize_for(lang) if html else _finalize_for(lang)
    env = cls(
        loader=jinja2.FileSystemLoader([str(p) for p in search_path]),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        extensions=["jinja2.ext.do"],
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=finalize,
        bytecode_cache=None if sandboxed else bytecode_cache(),  # a user's template: compiled afresh
    )
    env.filters.update(html_formatters(lang, currency) if html else _formatters(lang, currency))
    if html:
        env.filters["join"] = _html_join
    if sandboxed:
        env.filters.update({name: bounded_filter(name, f) for name, f in env.filters.items()})
    labels = load_labels(data_dir("templates"))
    wrap: Any = Markup if html else Md

    def translate(key: str, **params: Any) -> Any:
        """The report's own words for `key`; parameters (which may be user text) are escaped."""
        try:
            text = labels[key](lang)
        except KeyError:
            raise KeyError(f"no label {key!r} in {LABELS_FILE}") from None
        safe = {k: finalize(v) for k, v in params.items()}
        if html:
            text = str(escape(text))
        # "180.000 kr." ending a sentence must not become "180.000 kr.."
        return wrap(_DOUBLE_STOP.sub(".", text.format(**safe)))

    def choice(path: str, key: Any) -> Any:
        """The label of choice `key` of question ``qid`` or record field ``qid.field``."""
        if key is None:
            return None
        question_id, _, field_id = path.partition(".")
        found = qset.find(question_id)
        if found is None:
            raise KeyError(f"no question {question_id!r}")
        question = found[1].field(field_id) if field_id else found[1]
        if question is None:
            raise KeyError(f"no field {path!r}")
        if isinstance(key, list):
            labels_ = [question.choice_label(k, lang) for k in key]
            return _html_join(labels_, ", ") if html else _join(labels_, ", ")
        label = question.choice_label(str(key), lang)
        return html_text(label) if html else inline(label)

    env.globals["t"] = translate
    env.globals["choice"] = choice
    return env


def _template_line(tb: TracebackType | None, filenames: set[str]) -> tuple[str | None, int | None]:
    """The template and line where rendering failed (jinja2 maps template frames to template lines)."""
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in filenames or filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render_report(
    plan: Plan, qset: QuestionSet, lang: Lang, *, template: Path | None = None, source: str = ""
) -> str:
    """The Markdown report of `plan` in `lang`, through the built-in template or `template`.

    Raises:
        SmartError: The template file is missing, or is a folder.
        TemplateError: The template has a syntax error, names something that
            does not exist, or does something the sandbox forbids; the message
            names the template, the line and the cause.
    """
    builtin = data_dir("templates")
    search = [template.resolve().parent, builtin] if template is not None else [builtin]
    env = make_environment(search, qset, lang, plan.currency, sandboxed=template is not None)
    name = template.name if template is not None else MAIN_TEMPLATE
    if template is not None and not template.is_file():
        raise SmartError(
            "error.template_folder" if template.is_dir() else "error.file_missing", path=str(template)
        )
    context = build_context(plan, qset, lang, source=source)
    values = {"report": context, "answers": context.answers, "questions": context.questions}
    # A built-in template that fails is smart's bug (exit 70); a user's template
    # failing in any way at all is the template's error, said as such (exit 2).
    expected: tuple[type[Exception], ...] = (
        (Exception,)
        if template is not None
        else (jinja2.TemplateError, KeyError, TypeError, ValueError, AttributeError, ZeroDivisionError)
    )
    try:
        compiled = env.get_template(name)
        if template is None:
            with gc_paused():
                text = compiled.render(**values)
        else:
            text = render_bounded(compiled, **values)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(e.filename or e.name or name, e.lineno, e.message or str(e)) from None
    except expected as e:
        filename, line = _template_line(e.__traceback__, {str(p) for p in search})
        raise TemplateError(filename or name, line, _reason(e, lang)) from None
    return normalize(text)


def _reason(error: Exception, lang: Lang) -> str:
    """Why a template failed, in the user's language where the words are smart's own."""
    if isinstance(error, TemplateLimitError):
        return t(lang, error.key, **{k: format_number(v, lang) for k, v in error.params.items()})
    if isinstance(error, RecursionError):
        return t(lang, "error.template_recursion")
    if isinstance(error, jinja2.TemplateError) and error.message:
        return error.message
    return f"{type(error).__name__}: {error}"


@dataclass(frozen=True)
class Document:
    """A report as one self-contained HTML document, with the charts drawn for it.

    The PDF and Word writers read this same document (its HTML, and each
    ``<figure data-chart>``'s drawing in `figures`), so all formats say the same.
    """

    html: str
    figures: dict[str, Figure]
    lang: Lang
    title: str
    company: str


def render_html(plan: Plan, qset: QuestionSet, lang: Lang) -> Document:
    """The report of `plan` in `lang` as a self-contained HTML document (no script, nothing fetched)."""
    builtin = data_dir("templates")
    env = make_environment([builtin], qset, lang, plan.currency, sandboxed=False, html=True)
    context = build_context(plan, qset, lang)
    labels = load_labels(builtin)
    figures = build_figures(context, lambda key: labels[key](lang))
    values = {
        "report": context,
        "answers": context.answers,
        "questions": context.questions,
        "figures": figures,
    }
    with gc_paused():
        text = env.get_template(HTML_TEMPLATE).render(**values)
    title = context.title or labels["report.untitled"](lang)
    return Document(_tidy_html(text), figures, lang, title, context.company)


def _tidy_html(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def render_page(template: str, qset: QuestionSet, lang: Lang, **values: Any) -> str:
    """One of smart's own HTML pages besides the report (the site's index and history pages).

    The page gets `values` and the report environment's filters and words, with
    HTML autoescaping: every value it prints is escaped unless it is HTML.
    """
    env = make_environment([data_dir("templates")], qset, lang, "DKK", sandboxed=False, html=True)
    return _tidy_html(env.get_template(template).render(**values))

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

import contextlib
import datetime as dt
import inspect
import re
import signal
import threading
import time
from collections.abc import Iterator
from functools import cache, wraps
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from smartcli.errors import Problem, QuestionSetError, SmartError
from smartcli.i18n import LANGUAGES, Lang, t
from smartcli.plan.model import Plan, QuestionSet, Text
from smartcli.plan.store import YamlReadError, YMap, YScalar, gc_paused, parse_yaml, read_text
from smartcli.plan.values import format_date, format_money, format_number, format_percent, format_short_date
from smartcli.report.context import build_context
from smartcli.report.markdown import Md, block, bullets, cell, code, inline, lead, mermaid_text, normalize
from smartcli.resources import data_dir

MAIN_TEMPLATE = "report.md.j2"
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


def _join(items: Any, separator: str = "", attribute: str | None = None) -> Md:
    """Jinja's ``join`` with Markdown escaping of the items that are not Markdown yet."""
    values = [item[attribute] if attribute else item for item in items]
    parts = [str(v.__html__()) if hasattr(v, "__html__") else inline(v) for v in values]
    return Md(separator.join(parts))


# --- the bounds of a user's template ----------------------------------------------------

MAX_DIGITS = 3000
"""The most digits a number in a user's template may have (``9**(9**9)`` would take hours)."""
MAX_SIZE = 1_000_000
"""The most characters (or items) a text or list in a user's template may have."""
MAX_RANGE = 100_000
"""The most numbers ``range`` gives (jinja2's own sandbox limit)."""
MAX_OUTPUT = 20_000_000
"""The most characters a report from a user's template may have (the sample report has 25,000)."""
TIME_LIMIT = 60
"""The most seconds a user's template may render for (the largest benchmark plan takes a few)."""
_BITS_PER_DIGIT = 3.33


class TemplateLimitError(Exception):
    """A user's template went past one of the sandbox's bounds: a catalogue key and its numbers."""

    def __init__(self, key: str, /, **params: int) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bounded(value: Any) -> Any:
    """`value`, unless it is a text or collection too large to go on with."""
    if isinstance(value, str | list | tuple | dict | set) and len(value) > MAX_SIZE:
        raise TemplateLimitError("error.template_limit_size", size=MAX_SIZE)
    return value


def _check_count(value: Any) -> None:
    """A width, count or repetition given to a text or list operation: at most :data:`MAX_SIZE`."""
    if _int(value) and abs(value) > MAX_SIZE:
        raise TemplateLimitError("error.template_limit_size", size=MAX_SIZE)


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\d*|\*)(?:\.(\d*|\*))?")
_BRACE_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}")
_NESTED_BRACE = re.compile(r"\{[^{}]*:[^{}]*\{")


def _check_format(text: str, args: Any) -> None:
    """A format string (``%``, ``.format``) whose widths stay within bounds, also those given as arguments.

    The values formatted may be as large as they like (``'%d kr.' % 2000000``);
    only a width taken from the arguments (``%*d``, ``{:{}}``) makes them count.
    """
    widths = [w for spec in _PERCENT_SPEC.findall(text) for w in spec if w]
    widths += [w for spec in _BRACE_SPEC.findall(text) for w in re.findall(r"\d+", spec)]
    for width in widths:
        if width != "*":
            _check_count(int(width))
    if "*" in widths or _NESTED_BRACE.search(text):
        if isinstance(args, dict):
            args = list(args.values())
        for arg in args if isinstance(args, tuple | list) else [args]:
            _check_count(arg)


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``**`` and ``*`` whose result would be too large, before it is computed."""
    if operator == "**" and _int(left) and _int(right) and right > 0 and abs(left) > 1:
        if abs(left).bit_length() * right > MAX_DIGITS * _BITS_PER_DIGIT:
            raise TemplateLimitError("error.template_limit_number", digits=MAX_DIGITS)
    elif operator == "*":
        if _int(left) and _int(right):
            if left.bit_length() + right.bit_length() > MAX_DIGITS * _BITS_PER_DIGIT:
                raise TemplateLimitError("error.template_limit_number", digits=MAX_DIGITS)
        elif isinstance(left, str | list | tuple) and _int(right):
            _check_count(len(left) * right)
        elif isinstance(right, str | list | tuple) and _int(left):
            _check_count(len(right) * left)
    elif operator == "%" and isinstance(left, str):
        _check_format(left, right)


def _bounded_range(*args: int) -> range:
    """``range``, at most :data:`MAX_RANGE` numbers."""
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimitError("error.template_limit_size", size=MAX_RANGE)
    return numbers


_COUNT_FILTERS = frozenset(
    {"batch", "center", "indent", "number", "percent", "round", "slice", "truncate", "wordwrap"}
)
"""Filters whose arguments after the value are widths, counts or decimals."""
_COUNT_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
"""Text methods whose arguments are widths."""


def _bounded_filter(name: str, function: Any) -> Any:
    """A filter whose result is bounded, and its widths and counts (or format string) before it runs."""
    skip = 2 if getattr(function, "jinja_pass_arg", None) is not None else 1

    @wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if name in _COUNT_FILTERS:
            for arg in [*args[skip:], *kwargs.values()]:
                _check_count(arg)
        elif name == "format" and len(args) >= skip and isinstance(args[skip - 1], str):
            _check_format(args[skip - 1], kwargs or args[skip:])
        return _bounded(function(*args, **kwargs))

    return bounded


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so that its result is bounded too (it is not an interceptable operator)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(SandboxedEnvironment):
    """jinja2's sandbox, bounded in time and size as well as in what it may touch."""

    intercepted_binops = frozenset({"**", "*", "%", "+"})
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _bounded_range
        self.bounded = _bounded

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``**``, ``*``, ``%`` refused before they build something huge; ``+`` checked after."""
        _check_binop(operator, left, right)
        return _bounded(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A call; a text or list method (``center``, ``extend``...) has its counts and results bounded."""
        method = inspect.unwrap(__obj)
        owner = getattr(method, "__self__", None)
        builtin = inspect.isbuiltin(method) and isinstance(owner, str | list | dict | set | tuple)
        if builtin and isinstance(owner, str):
            if method.__name__ in _COUNT_METHODS:
                for arg in [*args, *kwargs.values()]:
                    _check_count(arg)
            elif method.__name__ == "format":
                _check_format(owner, kwargs or args)
            elif method.__name__ == "format_map" and args:
                _check_format(owner, args[0])
        result = __self.bounded(super().call(__context, __obj, *args, **kwargs))
        if builtin:
            _bounded(owner)  # list.extend and friends grow the list itself
        return result


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Stop a render that takes longer than `seconds` (where a timer signal can be had)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise TemplateLimitError("error.template_limit_time", seconds=seconds)

    previous = signal.signal(signal.SIGALRM, stop)
    started = time.monotonic()
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # a timer someone else set (a test runner's, say) goes on with what it had left
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001), interval)


def _render_bounded(compiled: jinja2.Template, **context: Any) -> str:
    """Render a user's template, stopping once the report grows past :data:`MAX_OUTPUT`."""
    parts: list[str] = []
    size = 0
    with _time_limit(TIME_LIMIT):
        for part in compiled.generate(**context):
            size += len(part)
            if size > MAX_OUTPUT:
                raise TemplateLimitError("error.template_limit_output", size=MAX_OUTPUT)
            parts.append(part)
    return "".join(parts)


def make_environment(
    search_path: list[Path], qset: QuestionSet, lang: Lang, currency: str, *, sandboxed: bool
) -> jinja2.Environment:
    """The template environment: strict, Markdown-escaping, with the report's filters and ``t``."""
    cls = BoundedSandbox if sandboxed else jinja2.Environment
    # autoescape is on only so that macro output and Md count as safe; the
    # escaping itself is Markdown's, done by finalize, which marks what it
    # returns safe so that HTML escaping never applies.
    env = cls(
        loader=jinja2.FileSystemLoader([str(p) for p in search_path]),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        extensions=["jinja2.ext.do"],
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize_for(lang),
    )
    env.filters.update(_formatters(lang, currency))
    if sandboxed:
        env.filters.update({name: _bounded_filter(name, f) for name, f in env.filters.items()})
    labels = load_labels(data_dir("templates"))
    finalize = _finalize_for(lang)

    def translate(key: str, **params: Any) -> Md:
        """The report's own words for `key`; parameters (which may be user text) are escaped."""
        try:
            text = labels[key](lang)
        except KeyError:
            raise KeyError(f"no label {key!r} in {LABELS_FILE}") from None
        safe = {k: finalize(v) for k, v in params.items()}
        # "180.000 kr." ending a sentence must not become "180.000 kr.."
        return Md(_DOUBLE_STOP.sub(".", text.format(**safe)))

    def choice(path: str, key: Any) -> Md | None:
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
            return _join([question.choice_label(k, lang) for k in key], ", ")
        return inline(question.choice_label(str(key), lang))

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
            text = _render_bounded(compiled, **values)
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

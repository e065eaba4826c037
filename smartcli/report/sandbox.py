"""The sandbox a user's own template renders in: jinja2's, bounded in time and size as well.

A template from a colleague or a pull request must not hang a CI job or fill
the memory: no number of more than 3,000 digits, no text or list of more than
a million characters or items, ``range`` of at most 100,000 numbers, no report
over 20 million characters, at most a minute. What it may *touch* is bounded
by jinja2's own :class:`~jinja2.sandbox.SandboxedEnvironment`.
"""

from __future__ import annotations

import contextlib
import inspect
import re
import signal
import threading
import time
from collections.abc import Iterator
from functools import wraps
from types import FrameType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

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


def bounded_filter(name: str, function: Any) -> Any:
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


def render_bounded(compiled: jinja2.Template, **context: Any) -> str:
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

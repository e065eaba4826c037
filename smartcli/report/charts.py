"""Charts drawn by smart as SVG: the budget split, the activity timeline, an objective's measurements.

The documents (HTML, PDF, Word) show charts without JavaScript, fonts from the
network or a chart library: each chart is a small, self-contained ``<svg>``
written here from numbers the report context has already computed. Every
text in a chart comes from the caller already formatted (``40.000 kr.``,
``mar.``), so the charts know nothing of languages; every text is
XML-escaped and stripped of control characters, so an answer can never become
markup. Text widths are estimated (no font is measured), and labels that
would not fit are shortened with an ellipsis.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
INK, MUTED, GRID, PAPER = "#1f2933", "#616e7c", "#d9dee4", "#ffffff"
PALETTE = ("#2a6f97", "#e09f3e", "#3d8361", "#9e2a2b", "#6c4f99", "#4f6d7a", "#c9703d", "#5c8001")
"""Colour-blind-friendly enough to tell eight neighbours apart; repeats after that."""

_CHAR = 0.62
"""The width of an average character, in ems, for the sans-serif fonts above."""


def _clean(text: str) -> str:
    """`text` safe inside SVG: control characters dropped (XML forbids most), markup escaped."""
    kept = "".join(c for c in text if c in "\t\n" or not (ord(c) < 32 or 127 <= ord(c) < 160))
    return escape(" ".join(kept.split()), {'"': "&quot;"})


def fit(text: str, width: float, size: float) -> str:
    """`text` shortened with "…" so that it fits `width` pixels at font `size` (an estimate)."""
    room = max(1, int(width / (size * _CHAR)))
    text = " ".join(text.split())
    return text if len(text) <= room else text[: max(0, room - 1)].rstrip() + "…"


def _text(x: float, y: float, text: str, *, size: float = 12, anchor: str = "start", **style: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in style.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" text-anchor="{anchor}"{extra}>'
        f"{_clean(text)}</text>"
    )


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values (steps of 1, 2 or 5 times a power of ten) covering `low` to `high`."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9 * step:
        ticks.append(ticks[-1] + step)
    return ticks


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str, **style: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in style.items())
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}"{extra}/>'


def _svg(width: float, height: float, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" fill="{INK}">'
        f"<title>{_clean(title)}</title>"
        f'<rect width="100%" height="100%" fill="{PAPER}"/>' + "".join(body) + "</svg>"
    )


# --- the budget --------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value, and the value as the reader should see it (``40.000 kr. · 27 %``)."""

    label: str
    value: float
    shown: str
    muted: bool = False
    """Drawn grey: money not given to any channel."""


def bar_chart(title: str, bars: Sequence[Bar], width: float = 640) -> str:
    """Horizontal bars, longest first as given, each with its label on the left and its value on the right."""
    row, label_w, value_w = 28, width * 0.34, width * 0.26
    track = width - label_w - value_w - 16
    top = max((b.value for b in bars), default=0) or 1
    body: list[str] = []
    for i, bar in enumerate(bars):
        y = 8 + i * row
        length = max(2.0, track * max(bar.value, 0) / top) if bar.value > 0 else 0
        colour = GRID if bar.muted else PALETTE[i % len(PALETTE)]
        body.append(_text(label_w - 8, y + 17, fit(bar.label, label_w - 16, 12), anchor="end"))
        body.append(
            f'<rect x="{label_w:.1f}" y="{y + 5}" width="{length:.1f}" height="16" rx="2" fill="{colour}"/>'
        )
        body.append(
            _text(label_w + length + 8, y + 17, fit(bar.shown, value_w + track - length, 12), fill=MUTED)
        )
    return _svg(width, 16 + len(bars) * row, title, body)


# --- the timeline ------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """One activity on the timeline: its label, its first and last day."""

    label: str
    start: dt.date
    end: dt.date


def timeline_chart(
    title: str,
    sections: Sequence[tuple[str, Sequence[Span]]],
    start: dt.date,
    end: dt.date,
    month_label: Callable[[dt.date], str],
    today: dt.date | None = None,
    width: float = 640,
) -> str:
    """A gantt chart of `sections` (a heading and its spans) from `start` to `end`, a column a month."""
    spans = [s for _, group in sections for s in group]
    start = min([start, *(s.start for s in spans)])
    end = max([end, *(s.end for s in spans)])
    days = max(1, (end - start).days + 1)
    label_w, row, head = width * 0.34, 22, 24
    chart_w = width - label_w - 8

    def x(day: dt.date) -> float:
        return label_w + chart_w * (day - start).days / days

    rows = sum(1 + len(group) for _, group in sections)
    height = head + rows * row + 8
    body = []
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        left = max(x(month), label_w)
        body.append(_line(left, head - 6, left, height - 8, GRID))
        following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        middle = (left + min(x(following), width - 8)) / 2
        if min(x(following), width - 8) - left > 18:
            body.append(_text(middle, head - 10, month_label(month), size=10, anchor="middle", fill=MUTED))
        month = following
    y = head
    for index, (heading, group) in enumerate(sections):
        body.append(_text(4, y + 15, fit(heading, width - 8, 12), font_weight="bold"))
        y += row
        colour = PALETTE[index % len(PALETTE)]
        for span in group:
            body.append(_text(12, y + 15, fit(span.label, label_w - 20, 11), size=11))
            left, right = x(span.start), x(span.end + dt.timedelta(days=1))
            body.append(
                f'<rect x="{left:.1f}" y="{y + 4}" width="{max(right - left, 3):.1f}" height="14" rx="2" '
                f'fill="{colour}"/>'
            )
            y += row
    if today is not None and start <= today <= end:
        body.append(_line(x(today), head - 6, x(today), height - 8, PALETTE[3], stroke_dasharray="3 3"))
    return _svg(width, height, title, body)


# --- an objective ------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """An objective's course: measurements, the expected pace, the target, and the words around them."""

    measured: Sequence[tuple[dt.date, float]]
    pace: Sequence[tuple[dt.date, float]]
    """The expected value over time (baseline → target), drawn dashed; may be empty."""
    target: float | None
    low: float
    high: float
    shown: Callable[[float], str]
    """A value as the axis shows it (``1.800``)."""
    date_label: Callable[[dt.date], str]
    words: dict[str, str]
    """``measured``, ``pace``, ``target``: the legend's words."""


def objective_chart(title: str, series: Series, width: float = 640, height: float = 240) -> str:
    """A line chart of the measurements against the expected pace and the target."""
    points = [*series.measured, *series.pace]
    first = min(d for d, _ in points)
    last = max(d for d, _ in points)
    days = max(1, (last - first).days)
    ticks = nice_ticks(series.low, series.high)
    low, high = ticks[0], ticks[-1]
    left, right, top, bottom = 64, width - 16, 16, height - 48

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / days

    def y(value: float) -> float:
        return bottom - (bottom - top) * (value - low) / (high - low)

    body = []
    for value in ticks:
        body.append(_line(left, y(value), right, y(value), GRID))
        body.append(_text(left - 6, y(value) + 4, series.shown(value), size=10, anchor="end", fill=MUTED))
    for day in (first, last):
        anchor = "start" if day == first else "end"
        body.append(_text(x(day), bottom + 16, series.date_label(day), size=10, anchor=anchor, fill=MUTED))
    if series.target is not None:
        ty = y(series.target)
        body.append(_line(left, ty, right, ty, PALETTE[2], stroke_width="1.5"))
    if len(series.pace) >= 2:
        path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in series.pace)
        dashed = 'stroke-width="1.5" stroke-dasharray="5 4"'
        body.append(f'<polyline points="{path}" fill="none" stroke="{MUTED}" {dashed}/>')
    if series.measured:
        path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in series.measured)
        body.append(f'<polyline points="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="2.5"/>')
        body += [
            f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3.5" fill="{PALETTE[0]}"/>'
            for d, v in series.measured
        ]
    legend = [
        ("measured", PALETTE[0], ""),
        ("pace", MUTED, "5 4"),
        ("target", PALETTE[2], ""),
    ]
    lx: float = left
    for key, colour, dash in legend:
        word = series.words.get(key, key)
        body.append(
            _line(
                lx,
                height - 12,
                lx + 22,
                height - 12,
                colour,
                stroke_width="2",
                stroke_dasharray=dash or "none",
            )
        )
        body.append(_text(lx + 28, height - 8, word, size=11))
        lx += 40 + len(word) * 11 * _CHAR + 16
    return _svg(width, height, title, body)

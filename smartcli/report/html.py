"""Writing the report as HTML: user text as escaped HTML, values kept whole, and the charts drawn.

The HTML report renders the same context as the Markdown one, through Jinja
templates with HTML autoescaping (:mod:`smartcli.report.render` builds that
environment). The filters here turn answers into safe HTML: every character
shows as typed, control characters are made visible, and a formatted value
(``40.000 kr.``, ``43 %``, ``1. april 2027``) is kept on one line with no-break
spaces. :func:`build_figures` draws the charts of a report as SVG, with the
report's own words, once; the HTML embeds them, and the PDF and Word writers
take the very same drawings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from smartcli.i18n import Lang
from smartcli.output import inert
from smartcli.plan.values import MONTHS, format_date, format_money, format_number, format_percent
from smartcli.report import charts
from smartcli.report.context import ReportContext

NBSP = "\u00a0"
_BULLET = re.compile(r"^\s*(?:[-*•–+]|\d{1,3}[.)])\s+")


def text(value: object) -> Markup:
    """Any value as HTML text, on one line, every character as typed."""
    return escape(inert(" ".join(str(value).split())))


def whole(value: str) -> Markup:
    """A formatted value that must not break over two lines (``40.000 kr.``)."""
    return escape(inert(value).replace(" ", NBSP))


def cell(value: object, empty: str = "–") -> Markup:
    """A value for a table cell: a list or the lines of an answer each on a line of their own."""
    if value is None:
        return Markup(empty)
    items = value if isinstance(value, list) else str(value).splitlines()
    lines = [text(item) for item in items if str(item).strip()]
    return Markup("<br>").join(lines) if lines else Markup(empty)


def block(value: object) -> Markup:
    """A long answer as paragraphs; a paragraph whose every line is a bullet becomes a list."""
    out = []
    for paragraph in re.split(r"\n\s*\n", str(value).strip()):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if len(lines) > 1 and all(_BULLET.match(line) for line in lines):
            items = (Markup("<li>%s</li>") % text(_BULLET.sub("", line, count=1)) for line in lines)
            out.append(Markup("<ul>%s</ul>") % Markup("").join(items))
        elif lines:
            out.append(Markup("<p>%s</p>") % Markup("<br>").join(text(line) for line in lines))
    return Markup("\n").join(out)


def lead(value: object, label: str) -> Markup:
    """A long answer introduced by a bold label, run into its first paragraph."""
    body = block(value)
    head = Markup("<strong>%s:</strong> ") % label
    if body.startswith("<p>"):
        return Markup("<p>") + head + Markup(body[3:])
    return Markup("<p>%s</p>\n") % head.rstrip() + body


def bullets(items: list[object]) -> Markup:
    """Short answers as a list."""
    rows = [Markup("<li>%s</li>") % text(i) for i in items if str(i).strip()]
    return Markup("<ul>%s</ul>") % Markup("").join(rows) if rows else Markup("")


def css_string(value: object) -> Markup:
    """A value as a CSS string (for the printed page's footer): all but letters and digits escaped.

    Inside ``<style>`` HTML entities mean nothing, so HTML escaping can't make
    text safe there; CSS's own hex escapes can, and leave no ``<`` or quote.
    """
    chars = inert(" ".join(str(value).split()))
    return Markup('"' + "".join(c if c.isalnum() else f"\\{ord(c):x} " for c in chars) + '"')


def formatters(lang: Lang, currency: str) -> dict[str, Callable[..., Markup]]:
    """The value filters of the HTML templates: like the Markdown ones, kept whole on a line."""

    def money(value: object) -> Markup:
        return Markup("–") if value is None else whole(format_money(value, lang, currency))  # type: ignore[arg-type]

    def number(value: object, decimals: int | None = None) -> Markup:
        return Markup("–") if value is None else whole(format_number(value, lang, decimals))  # type: ignore[arg-type]

    def percent(value: float | None) -> Markup:
        return Markup("–") if value is None else whole(format_percent(round(value * 100), lang))

    def date(value: dt.date | None) -> Markup:
        return Markup("–") if value is None else whole(format_date(value, lang))

    return {
        "md": text,
        "cell": cell,
        "block": block,
        "bullets": bullets,
        "lead": lead,
        "money": money,
        "number": number,
        "percent": percent,
        "date": date,
        "css_string": css_string,
    }


# --- the charts --------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One chart of the report: its id (``budget``, ``timeline``, ``O2``), its title and its drawing."""

    id: str
    title: str
    svg: str

    def __html__(self) -> str:
        caption = Markup("<figcaption>%s</figcaption>") % self.title
        return Markup('<figure class="chart" data-chart="%s">%s%s</figure>') % (
            self.id,
            Markup(self.svg),
            caption,
        )


def build_figures(report: ReportContext, words: Callable[[str], str]) -> dict[str, Figure]:
    """Every chart the report shows, drawn once: the budget, the timeline, each objective's course.

    Args:
        report: The report's context.
        words: The report's own words by label key (``chart.budget`` ...), in its language.
    """
    lang, figures = report.lang, {}
    budget = report.budget
    bars = [
        charts.Bar(label, amount, _share_text(amount, budget.basis, lang, report.currency))
        for label, amount in report.pie_slices
    ]
    money = report.currency
    bars += [
        charts.Bar(line.what or line.id, line.amount, _share_text(line.amount, budget.basis, lang, money))
        for line in budget.lines
        if line.amount
    ]
    if budget.unallocated is not None and budget.unallocated > 0:
        shown = _share_text(budget.unallocated, budget.basis, lang, report.currency)
        bars.append(charts.Bar(words("col.unallocated"), budget.unallocated, shown, muted=True))
    if bars:
        title = words("chart.budget")
        figures["budget"] = Figure("budget", title, charts.bar_chart(title, bars))
    if report.gantt_sections and report.period_start and report.period_end:
        sections = [
            (kind, [charts.Span(a.what or a.id, a.start, a.end or a.start) for a in group if a.start])
            for kind, group in report.gantt_sections
        ]
        title = words("chart.timeline")
        svg = charts.timeline_chart(
            title,
            sections,
            report.period_start,
            report.period_end,
            lambda d: _month(d, lang),
            today=report.as_of,
        )
        figures["timeline"] = Figure("timeline", title, svg)
    for o in report.objectives:
        if o.chart is None:
            continue
        series = charts.Series(
            measured=list(zip(o.chart.dates, o.chart.values, strict=True)),
            pace=o.chart.pace,
            target=o.chart.target,
            low=o.chart.low,
            high=o.chart.high,
            shown=lambda v: format_number(round(v, 2), lang),
            date_label=lambda d: format_date(d, lang),
            words={key: words(f"chart.{key}") for key in ("measured", "pace", "target")},
        )
        title = f"{o.id}: {o.metric or o.statement or ''}".rstrip(": ")
        figures[o.id] = Figure(o.id, title, charts.objective_chart(title, series))
    return figures


def _share_text(amount: float, basis: float | None, lang: Lang, currency: str) -> str:
    money = format_money(amount, lang, currency)
    return f"{money} · {format_percent(round(100 * amount / basis), lang)}" if basis else money


def _month(day: dt.date, lang: Lang) -> str:
    """A month's short name for a timeline's axis: ``mar.``, ``Mar``."""
    name = MONTHS[lang][day.month - 1]
    return name[:3] + "." if lang == "da" and len(name) > 3 else name[:3]

"""The consultant's questions of the objectives' mix and of the follow-up (method review §4).

Run by :class:`~smartcli.check.rules.Checker` after :mod:`smartcli.check.method`.
Every rule here is ``info``: a question worth asking, not a fault.

- What do the objectives lead to? Followers, likes or reach with no sales or
  leads objective on the same channel (``SM113``); leads with nothing that
  counts what they turn into (``SM114``); no objective that sells (``SM118``).
- Does the statement say what the fields say? Numbers that differ
  (``SM115``), two conditions in one objective (``SM120``).
- Are there too many objectives, or two on one metric (``SM116``, ``SM117``)?
  Does each say where its number comes from (``SM119``)?
- Is every channel measured and worked in (``SM220``, ``SM221``), and is the
  plan reviewed in time, and no more often than there are numbers (``SM222``,
  ``SM223``)?

The statement's numbers are read by :func:`smartcli.check.smartgoals.quantities`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Any

from smartcli.check.smartgoals import Quantity, quantities
from smartcli.i18n import Lang, t
from smartcli.plan.model import as_number, is_empty
from smartcli.plan.progress import after_cadence
from smartcli.plan.values import ValueProblemError, format_number, parse_date

if TYPE_CHECKING:
    from smartcli.check.rules import Checker

MAX_OBJECTIVES = 5
"""More than five objectives spread a small business's attention too thin."""
SELLING_KINDS = ("sales", "leads")
"""The kinds that sell (the first S of PR Smith's 5S)."""
VANITY_KINDS = ("awareness", "engagement")
CADENCE_ORDER = ("daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly")


def _stems(*stems: str) -> re.Pattern[str]:
    """Words that begin with one of `stems` (``følger`` finds »Instagram-følgere«)."""
    return re.compile(r"\b(?:" + "|".join(stems) + ")", re.IGNORECASE)


VANITY_WORDS = _stems(
    "følger", "likes?\\b", "synes godt om", "rækkevidde", "visning", "sidevisning", "eksponering",
    "followers?", "fans?\\b", "reach\\b", "views?\\b", "page views", "impressions?",
)  # fmt: skip
"""Metrics that count attention, not business: followers, likes, reach, views, impressions."""
SALES_WORDS = _stems(
    "salg", "ordre", "omsætning", "bestilling", "køb", "sales", "orders?", "revenue", "purchases?"
)
LEAD_WORDS = _stems(
    "henvendelse", "forespørgsel", "leads?\\b", "enquir", "inquir", "tilmelding", "sign-?ups?"
)
CONVERSION_WORDS = _stems(
    "konverter", "hitrate", "lukkerate", "conversion", "converted", "close rate", "closing rate", "win rate",
    "hit rate",
)  # fmt: skip


def check_consultant(checker: Checker) -> None:
    """Every rule of this module."""
    objectives = {str(o.get("id")): o for o in checker.records("objectives")}
    carried = _channels_carrying(checker)
    what_objectives_lead_to(checker, objectives, carried)
    statements(checker, objectives)
    mix(checker, objectives)
    channels(checker, carried)
    review_rhythm(checker)


# --- what the objectives lead to ----------------------------------------------------------


def _text(o: dict[str, Any], *keys: str) -> str:
    return " ".join(str(o.get(k)) for k in keys if not is_empty(o.get(k)))


def sells(o: dict[str, Any]) -> bool:
    """Whether the objective sells: its kind is sales or leads, or (with no kind) its metric counts them."""
    if o.get("kind"):
        return o.get("kind") in SELLING_KINDS
    metric = _text(o, "metric", "unit")
    return bool(SALES_WORDS.search(metric) or LEAD_WORDS.search(metric))


def _is_sales(o: dict[str, Any]) -> bool:
    return o.get("kind") == "sales" if o.get("kind") else bool(SALES_WORDS.search(_text(o, "metric", "unit")))


def _is_leads(o: dict[str, Any]) -> bool:
    return o.get("kind") == "leads" if o.get("kind") else bool(LEAD_WORDS.search(_text(o, "metric", "unit")))


def _is_vanity(o: dict[str, Any]) -> bool:
    return o.get("kind") in VANITY_KINDS or bool(VANITY_WORDS.search(_text(o, "metric", "unit")))


def _refs(record: dict[str, Any], key: str = "objectives") -> list[str]:
    refs = record.get(key)
    return [str(r) for r in refs] if isinstance(refs, list) else [str(refs)] if refs else []


def _channels_carrying(checker: Checker) -> dict[str, set[str]]:
    """Each channel, with the objectives it carries: its own, and those of the activities run in it."""
    carried = {str(c.get("id")): set(_refs(c)) for c in checker.records("channel_plan")}
    for a in checker.records("activities"):
        channel = str(a.get("channel") or "")
        if channel in carried and a.get("status") != "dropped":
            carried[channel].update(_refs(a))
    return carried


def what_objectives_lead_to(
    checker: Checker, objectives: dict[str, dict[str, Any]], carried: dict[str, set[str]]
) -> None:
    """SM113: a vanity metric; SM114: leads that nothing follows to a sale.

    An objective on followers, likes, reach, views or impressions (or of kind
    awareness or engagement) should share each of its channels with an
    objective that sells (sales or leads): else what do the followers turn into?
    A leads objective should share each of its channels with a sales objective,
    unless some objective measures conversion. An objective in no channel is
    held to the plan as a whole.
    """
    converts = any(
        CONVERSION_WORDS.search(_text(o, "metric", "unit", "statement")) for o in objectives.values()
    )
    for oid, o in objectives.items():
        if _is_vanity(o) and not sells(o):
            code, partner = "SM113", sells
        elif _is_leads(o) and not converts:
            code, partner = "SM114", _is_sales
        else:
            continue
        own = sorted(ch for ch, refs in carried.items() if oid in refs)
        partners = {p for p, other in objectives.items() if p != oid and partner(other)}
        lonely = [ch for ch in own if not carried[ch] & partners] if own else ([] if partners else ["–"])
        if lonely:
            where = (
                t(checker.lang, "consultant.on_channels", channels=", ".join(lonely))
                if own
                else t(checker.lang, "consultant.in_plan")
            )
            checker.add(
                code,
                "objectives",
                ("objectives", "objectives", oid, "kind"),
                oid,
                id=oid,
                metric=o.get("metric") or o.get("kind") or "",
                where=where,
            )


# --- the statement and the fields ---------------------------------------------------------


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1)


def _names_field(q: Quantity, baseline: float | None, target: float) -> bool:
    """Whether `q` is the target, the change to it, or the change as a percentage of the baseline."""
    if q.percent:
        moves = (
            [100 * (target - baseline) / baseline, 100 * (baseline - target) / baseline] if baseline else []
        )
        return _close(q.value, target) or any(_close(q.value, m) for m in moves)
    return _close(q.value, target) or (baseline is not None and _close(q.value, abs(target - baseline)))


_FROM = re.compile(r"\b(?:fra|from)\s+(?:ca\.\s*|omkring\s+|about\s+|around\s+)?$", re.IGNORECASE)
_TO = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:til|to)\s+(?:ca\.\s*|omkring\s+|about\s+|around\s+)?$", re.IGNORECASE
)


def _from_to(statement: str, found: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The first »fra X til Y« / »from X to Y« in the statement, if any."""
    for first, second in itertools.pairwise(found):
        before = statement[max(0, first.start - 20) : first.start]  # »fra ca. «: a few words at most
        if _FROM.search(before) and _TO.match(statement[first.end : second.start]):
            return first, second
    return None


def statements(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM115: the statement's numbers differ from the fields; SM120: two conditions in one objective.

    Conservative: SM115 only when a »fra X til Y« disagrees with the baseline
    and the target, or the statement names two numbers or more and none of
    them is the target (or the change to it, in figures or per cent). SM120
    when the statement joins numbered parts with »og«/»and« and one of the
    numbers is none of the fields (»230→380 anmeldelser og et snit på mindst 4,6«).
    """
    lang = checker.plan.language
    for oid, o in objectives.items():
        statement = o.get("statement")
        target, baseline = as_number(o.get("target")), as_number(o.get("baseline"))
        if not isinstance(statement, str) or target is None:
            continue
        found = quantities(statement, lang)
        steps = ("objectives", "objectives", oid, "statement")
        pair = _from_to(statement, found)
        fields = (
            format_number(baseline, checker.lang) if baseline is not None else "–",
            format_number(target, checker.lang),
        )
        said = ""
        if pair and not (
            (baseline is None or _close(pair[0].value, baseline)) and _close(pair[1].value, target)
        ):
            said = f"{statement[pair[0].start : pair[0].end]} → {statement[pair[1].start : pair[1].end]}"
        elif not pair and len(found) >= 2 and not any(_names_field(q, baseline, target) for q in found):
            said = ", ".join(statement[q.start : q.end] for q in found)
        if said:
            checker.add(
                "SM115", "objectives", steps, oid, id=oid, said=said, baseline=fields[0], target=fields[1]
            )
        extra = [q for q in found if not _names_field(q, baseline, target) and not _is(q, baseline)]
        if extra and _numbered_parts(statement, found) >= 2:
            checker.add(
                "SM120", "objectives", steps, oid, id=oid, extra=statement[extra[0].start : extra[0].end]
            )


def _is(q: Quantity, baseline: float | None) -> bool:
    return baseline is not None and not q.percent and _close(q.value, baseline)


_AND = re.compile(r"\b(?:og|and|samt|as well as)\b", re.IGNORECASE)


def _numbered_parts(statement: str, found: list[Quantity]) -> int:
    """How many of the parts the statement joins with »og«/»and« name a number."""
    joins = [m.start() for m in _AND.finditer(statement)]
    return len({bisect.bisect_right(joins, q.start) for q in found})


# --- the mix of objectives ------------------------------------------------------------------


def mix(checker: Checker, objectives: dict[str, dict[str, Any]]) -> None:
    """SM116 too many objectives, SM117 two on one metric, SM118 none that sells, SM119 no data source."""
    if len(objectives) > MAX_OBJECTIVES:
        checker.add(
            "SM116", "objectives", ("objectives", "objectives"), count=len(objectives), most=MAX_OBJECTIVES
        )
    seen: dict[str, str] = {}
    for oid, o in objectives.items():
        metric = " ".join(str(o.get("metric") or "").casefold().split())
        if metric and metric in seen:
            steps = ("objectives", "objectives", oid, "metric")
            checker.add("SM117", "objectives", steps, oid, id=oid, other=seen[metric], metric=o.get("metric"))
        seen.setdefault(metric, oid)
    judged = [o for o in objectives.values() if o.get("kind") or not is_empty(o.get("metric"))]
    if judged and not any(sells(o) for o in judged):
        every = all(o.get("kind") == "awareness" for o in judged)
        why = t(checker.lang, "consultant.all_awareness" if every else "consultant.none_sells")
        checker.add("SM118", "objectives", ("objectives", "objectives"), why=why)
    for oid, o in objectives.items():
        if is_empty(o.get("data_source")):
            checker.add("SM119", "objectives", ("objectives", "objectives", oid, "data_source"), oid, id=oid)


# --- channels and the follow-up ---------------------------------------------------------------


def channels(checker: Checker, carried: dict[str, set[str]]) -> None:
    """SM220: a channel nothing measures (no objective, no money: with money, SM210); SM221: no activity."""
    worked = {str(a.get("channel")) for a in checker.records("activities") if a.get("status") != "dropped"}
    for c in checker.records("channel_plan"):
        cid = str(c.get("id"))
        steps = ("agenda", "channel_plan", cid)
        money = as_number(c.get("budget")) or 0
        if not carried.get(cid) and money <= 0:
            checker.add("SM220", "agenda", (*steps, "objectives"), cid, id=cid, name=c.get("name") or cid)
        if cid not in worked:
            checker.add("SM221", "agenda", steps, cid, id=cid, name=c.get("name") or cid)


def review_rhythm(checker: Checker) -> None:
    """SM222: no review within the period; SM223: reviews more often than there are reports.

    The review looks at the reports and decides what to change: without a
    review rhythm, or with a first review only after the period (a yearly
    review of a one-year plan), the plan is never adjusted while it runs. A
    review more often than the reports has no new numbers to look at. Reviews
    less often than reports are the usual rhythm (monthly reports, quarterly
    review) and are not flagged.
    """
    answers, period = checker.plan.answers, checker.plan.period
    review, report = answers.get("review_cadence"), answers.get("cadence")
    if period is None or not checker.records("objectives"):
        return
    if not isinstance(review, str) or not review:
        why = t(checker.lang, "consultant.no_review_cadence")
        checker.add("SM222", "adaptation", ("adaptation", "review_cadence"), why=why)
        return
    first = after_cadence(period.start, review)
    if not checker.plan.reviews and first > period.end:
        why = t(checker.lang, "consultant.first_review_late", date=checker.date(first))
        checker.add("SM222", "adaptation", ("adaptation", "review_cadence"), why=why)
    order = CADENCE_ORDER.index
    if report in CADENCE_ORDER and review in CADENCE_ORDER and order(review) < order(str(report)):
        checker.add(
            "SM223",
            "adaptation",
            ("adaptation", "review_cadence"),
            review=_cadence_word(checker, "review_cadence", review),
            report=_cadence_word(checker, "cadence", str(report)),
        )


def _cadence_word(checker: Checker, question_id: str, key: str) -> str:
    """The choice's label as the question set words it (»Kvartalsvis«), in lower case."""
    found = checker.qset.find(question_id)
    for choice in found[1].choices if found else ():
        if choice.key == key:
            return choice.label(checker.lang).lower()
    return key


# --- a baseline not known yet ---------------------------------------------------------------

_UNKNOWN = re.compile(r"^\W*(?:ukendt|ikke målt|unknown|not known|not measured)\b", re.IGNORECASE)
_DATE_IN_TEXT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{1,2}\.?\s+[a-zæøå]+\.?,?\s+\d{4}|[a-zæøå]+\.?\s+\d{1,2},?\s+\d{4}",
    re.IGNORECASE,
)


def first_measurement(baseline_period: Any, lang: Lang) -> dt.date | None:
    """The date of a baseline's first measurement, when `baseline_period` marks it unknown with one.

    »ukendt – måles første gang 1. marts 2027« and »unknown, measured first on
    2027-03-01« give 1 March 2027; anything else (a period, »ukendt« with no
    date) gives ``None``.
    """
    if not isinstance(baseline_period, str) or not _UNKNOWN.match(baseline_period):
        return None
    for match in _DATE_IN_TEXT.finditer(baseline_period):
        try:
            return parse_date(match.group(0), lang)
        except ValueProblemError:
            continue
    return None

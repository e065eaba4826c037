"""Where an interview stands: which questions apply, which are open, what comes before and after.

Pure functions of a plan and a question set, no printing and no asking, so
the walk (:mod:`smartcli.interview.flow`), ``smart edit`` and the summaries
agree on what "open" means. :func:`route` is the set of questions an
interview walks now: the short route with ``--quick``, and the review
questions (what was reached, what was learned) only once the plan has
something to look back on; before that ``smart review`` asks them.
"""

from __future__ import annotations

from typing import Any

from smartcli.plan.model import Phase, Plan, Question, QuestionSet, applies, is_answered, is_empty


def route(plan: Plan, qset: QuestionSet, *, quick: bool = False) -> QuestionSet:
    """The questions ``smart new`` and ``smart resume`` walk now (see the module's docstring)."""
    walked = qset.quick_route() if quick else qset
    return walked if is_running(plan) else walked.without_review()


def is_running(plan: Plan) -> bool:
    """Whether the plan has something to look back on: a measurement, or a review."""
    return bool(plan.measurements or plan.reviews)


def for_review(plan: Plan, qset: QuestionSet) -> list[Question]:
    """The review questions a new plan leaves open for ``smart review`` (none once it is running)."""
    if is_running(plan):
        return []
    return [q for _, q in unanswered(plan, qset) if q.review and not is_answered(q, plan.answers)]


def applicable(phase: Phase, answers: dict[str, Any]) -> list[Question]:
    """The questions of `phase` that are asked, given the answers so far."""
    return [q for q in phase.questions if applies(q, answers)]


def counted(phase: Phase, answers: dict[str, Any]) -> list[Question]:
    """The questions a position counts: those asked, and those whose condition is not answered yet.

    Counting a conditional question until its condition says no keeps the
    count from growing under the user's feet (17, then 16, not 16, then 17).
    """
    return [
        q
        for q in phase.questions
        if applies(q, answers) or (q.when is not None and q.when.question not in answers)
    ]


def first_open(plan: Plan, qset: QuestionSet) -> tuple[Phase, Question] | None:
    """The first question not yet dealt with (resume starts here), or ``None``."""
    for phase, question in qset:
        if applies(question, plan.answers) and not is_answered(question, plan.answers):
            return phase, question
    return None


def interrupted(plan: Plan, qset: QuestionSet, start: Question) -> tuple[Phase, Question] | None:
    """The list or records question just before `start`, which may have been stopped part-way.

    Questions are asked in order and every item is saved as it is given, so when
    the last question dealt with is a list or records question, its last item or
    record may be where the user stopped: resume offers its rest first.
    """
    last: tuple[Phase, Question] | None = None
    for phase, question in qset:
        if question is start:
            break
        if applies(question, plan.answers) and is_answered(question, plan.answers):
            last = (phase, question)
    if last is None or last[1].type not in ("list", "records") or is_empty(plan.answers.get(last[1].id)):
        return None
    return last


def unanswered(plan: Plan, qset: QuestionSet) -> list[tuple[Phase, Question]]:
    """Every applicable question without an answer: not asked yet, or skipped."""
    return [
        (phase, question)
        for phase, question in qset
        if applies(question, plan.answers)
        and (not is_answered(question, plan.answers) or is_empty(plan.answers.get(question.id)))
    ]


def ranks(qset: QuestionSet) -> dict[str, int]:
    """Each question's place in the whole interview, across the phases."""
    return {question.id: n for n, (_, question) in enumerate(qset)}


def previous(plan: Plan, qset: QuestionSet, question: Question | None) -> tuple[Phase, Question] | None:
    """The question asked before `question` (``None``: the last one), or ``None`` before the first."""
    before = None
    for phase, other in qset:
        if other is question:
            return before
        if applies(other, plan.answers):
            before = (phase, other)
    return before


def following(
    plan: Plan, qset: QuestionSet, question: Question | None, furthest: int
) -> tuple[Phase, Question] | None:
    """The question to ask after `question` (``None``: from the start).

    That is the next one not dealt with yet, or, after going back, the next one
    up to the furthest reached (`furthest`, a rank), so the way back is walked
    forward again with the answers as defaults.
    """
    order = ranks(qset)
    after = -1 if question is None else order[question.id]
    for phase, other in qset:
        rank = order[other.id]
        if (
            rank > after
            and applies(other, plan.answers)
            and (rank <= furthest or not is_answered(other, plan.answers))
        ):
            return phase, other
    return None


def skipped(plan: Plan, qset: QuestionSet) -> list[tuple[Phase, Question]]:
    """The questions that were asked and left empty (Enter on an empty answer)."""
    return [(p, q) for p, q in unanswered(plan, qset) if is_answered(q, plan.answers)]

"""The plan file: exact round trips, located errors, kept unknown keys, answers files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcli.errors import AnswersFileError, PlanLoadError, SmartError
from smartcli.plan.model import SCHEMA_VERSION, Period, Plan, Question, QuestionSet
from smartcli.plan.planfile import dump_plan, load_answers, load_plan, measurement_order, save_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.plan.reading import plan_from_yaml
from smartcli.plan.store import parse_yaml
from smartcli.plan.values import DATE_MAX, DATE_MIN

QSET = shipped_question_set()

# Any text a user could type: every character but lone surrogates (not encodable).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
TRICKY = st.sampled_from(
    ["no", "yes", "on", "off", "null", "~", "1e3", "0123", "2027-01-01", "#tag", "a: b", "{{ x }}",
     "{% if %}", " leading", "trailing ", "\ttab", "🎉", "æøå", "- item", "[1]", "'quoted'", '"dq"', "|",
     ">", "line\nbreak\n", "*alias", "&anchor", "!tag", "%", "@", "`", "\u2028", "\x85", "", " "]
)  # fmt: skip
STRINGS = st.one_of(TEXT, TRICKY)
NUMBERS = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e18, max_value=1e18),
)
DATES = st.dates(DATE_MIN, DATE_MAX - dt.timedelta(days=800))


def value_strategy(question: Question) -> st.SearchStrategy[Any]:
    kind = question.type
    keys = [c.key for c in question.choices]
    if kind in ("text", "long_text"):
        return STRINGS
    if kind == "choice":
        return st.sampled_from(keys)
    if kind == "multi_choice":
        return st.lists(st.sampled_from(keys), unique=True).map(lambda xs: [k for k in keys if k in xs])
    if kind == "yes_no":
        return st.booleans()
    if kind in ("number", "percent", "money"):
        return NUMBERS
    if kind == "date":
        return DATES
    if kind == "list":
        return st.lists(STRINGS, max_size=4)
    raise AssertionError(kind)


@st.composite
def plans(draw: st.DrawFn, qset: QuestionSet = QSET) -> Plan:
    start = draw(DATES)
    plan = Plan(
        language=draw(st.sampled_from(["da", "en"])),
        company=draw(STRINGS),
        title=draw(STRINGS),
        period=Period(start, start + dt.timedelta(days=draw(st.integers(1, 800)))),
        currency=draw(st.sampled_from(["DKK", "EUR", "SEK"])),
        updated=draw(st.none() | DATES),
    )
    for _, question in qset:
        if draw(st.integers(0, 3)) == 0:
            continue  # not asked yet
        if draw(st.integers(0, 5)) == 0:
            plan.answers[question.id] = None  # asked and skipped
        elif question.type == "records":
            records = []
            for n in range(1, draw(st.integers(0, 3)) + 1):
                record: dict[str, Any] = {"id": f"{question.id_prefix}{n * draw(st.integers(1, 3))}"}
                for sub in question.fields:
                    if sub.type == "ref":
                        continue  # filled in below, once every record exists
                    value = draw(value_strategy(sub))
                    if value not in (None, "", []) and not (isinstance(value, str) and not value.strip()):
                        record[sub.id] = value
                records.append(record)
            unique = {r["id"]: r for r in records}
            plan.answers[question.id] = list(unique.values())
        else:
            plan.answers[question.id] = draw(value_strategy(question))
    objective_ids = [o["id"] for o in plan.answers.get("objectives") or []]
    if objective_ids:
        for n in range(1, draw(st.integers(0, 4)) + 1):
            measurement = {
                "id": f"M{n}",
                "objective": draw(st.sampled_from(objective_ids)),
                "date": draw(DATES),
                "value": draw(NUMBERS),
            }
            if draw(st.booleans()):
                measurement["note"] = draw(STRINGS.filter(lambda s: bool(s.strip())))
            if draw(st.booleans()):
                measurement["confidence"] = draw(st.sampled_from(["on_track", "at_risk", "off_track"]))
            plan.measurements.append(measurement)
        plan.measurements.sort(key=measurement_order)
    for n in range(1, draw(st.integers(0, 2)) + 1):
        review: dict[str, Any] = {"id": f"RV{n}", "date": draw(DATES)}
        if draw(st.booleans()):
            review["learnings"] = draw(STRINGS.filter(lambda s: bool(s.strip())))
        raw = st.one_of(NUMBERS, DATES, STRINGS.filter(lambda s: bool(s.strip())))
        decisions = [
            {
                "id": f"D{k}",
                "decision": draw(STRINGS.filter(lambda s: bool(s.strip()))),
                "record": "O1",
                "field": "target",
                "before": draw(raw),
                "after": draw(raw),
            }
            for k in range(1, draw(st.integers(0, 2)) + 1)
        ]
        if decisions:
            review["decisions"] = decisions
        plan.reviews.append(review)
    if draw(st.booleans()):
        plan.origin = {
            "plan": draw(STRINGS),
            "carried": draw(st.lists(st.sampled_from(["O1", "O2"]), max_size=2)),
        }
    plan.ignore_checks = draw(st.lists(st.sampled_from(["SM202", "SM207:O1"]), max_size=2, unique=True))
    for _, question in qset:  # references to records that exist
        for sub in question.fields:
            if sub.type != "ref":
                continue
            targets = [r["id"] for r in plan.answers.get(sub.ref or "") or []]
            for record in plan.answers.get(question.id) or []:
                if targets and draw(st.booleans()):
                    picked = draw(st.lists(st.sampled_from(targets), min_size=1, unique=True))
                    record[sub.id] = picked if sub.many else picked[0]
    return plan


def reload(text: str) -> Plan:
    plan, problems = plan_from_yaml(parse_yaml(text), QSET, typed=False, lang="da")
    assert problems == []
    return plan


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_plan_round_trips_exactly(plan: Plan) -> None:
    text = dump_plan(plan, QSET)
    again = reload(text)
    assert again == plan
    assert dump_plan(again, QSET) == text


def test_strings_yaml_would_misread_are_kept_as_text(tmp_path: Path) -> None:
    tricky = [
        "no",
        "yes",
        "on",
        "null",
        "~",
        "1e3",
        "0123",
        "2027-01-01",
        "#tag",
        "a: b",
        "{{ x }}",
        "  x  ",
        "\t",
        "🎉 æøå",
    ]
    plan = Plan(language="da", company="Hvede", answers={"strengths": tricky, "brand": "no"})
    path = tmp_path / "plan.yaml"
    save_plan(path, plan, QSET, None)
    assert load_plan(path, QSET).plan.answers == {"strengths": tricky, "brand": "no"}


def test_multi_line_answers_are_block_scalars(tmp_path: Path) -> None:
    plan = Plan(language="da", company="Hvede", answers={"current_strategy": "Første linje\nAnden linje"})
    text = dump_plan(plan, QSET)
    assert "  current_strategy: |-\n    Første linje\n    Anden linje\n" in text


def test_file_order_follows_the_questions_not_the_alphabet() -> None:
    plan = Plan(
        language="da", company="X", answers={"brand": "b", "current_strategy": "a", "cadence": "weekly"}
    )
    text = dump_plan(plan, QSET)
    assert (
        text.index("current_strategy")
        < text.index("brand")
        < text.index("reporting:")
        < text.index("cadence")
    )
    assert text.startswith(f"smart_plan: {SCHEMA_VERSION}\nlanguage: da\ncompany: X\n")


def test_saving_an_unchanged_plan_writes_nothing_and_updated_moves_only_on_change(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    plan = Plan(language="da", company="Hvede", answers={"brand": "Lokalt"})
    first = save_plan(path, plan, QSET, None, today=dt.date(2027, 1, 5))
    assert plan.updated == dt.date(2027, 1, 5)
    loaded = load_plan(path, QSET)
    path.chmod(0o444)  # a write now would fail: proves that none is attempted
    try:
        assert save_plan(path, loaded.plan, QSET, loaded.text, today=dt.date(2027, 2, 1)) == first
    finally:
        path.chmod(0o644)
    loaded.plan.answers["brand"] = "Kendt i hele byen"
    save_plan(path, loaded.plan, QSET, loaded.text, today=dt.date(2027, 2, 1))
    assert load_plan(path, QSET).plan.updated == dt.date(2027, 2, 1)


def write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HAND_EDITED = """\
smart_plan: 1
language: da
company: Hvede
period:
  start: 2027-01-01
  end: 2026-12-31
situation:
  uses_digital: måske
  marketing_maturity: brilliant
  marketing_hours: mange
objectives:
  objectives:
  - id: O1
    statement: Flere følgere
    target: mange
    deadline: 2027-02-30
  - id: O1
    statement: Dubleret
  - statement: Uden id
  total_budget: [1, 2]
agenda:
  activities:
  - id: A1
    what: Kampagne
    objectives: [O9]
"""


def test_a_hand_edited_plan_reports_every_problem_with_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, HAND_EDITED)
    with pytest.raises(PlanLoadError) as info:
        load_plan(path, QSET)
    rendered = info.value.render("en")
    for expected in (
        f"{path}:6:8: period.end: The period must end after it starts (start 2027-01-01, end 2026-12-31).",
        f"{path}:8:17: situation.uses_digital: Answer yes or no.",
        f"{path}:9:23: situation.marketing_maturity: 'brilliant' is not one of the choices",
        f"{path}:10:20: situation.marketing_hours: Enter a number",
        f"{path}:15:13: objectives.objectives[0].target: Enter a number",
        f"{path}:16:15: objectives.objectives[0].deadline: That date doesn't exist: the month has only 28 days.",
        f"{path}:17:9: objectives.objectives[1].id: the id O1 is used by more than one record",
        "objectives.objectives[2].id: the id must look like O1",
        f"{path}:20:17: objectives.total_budget: expected a single value here",
        "agenda.activities[0].objectives: 'O9' does not refer to an existing record",
    ):
        assert expected in rendered, expected
    assert info.value.lang_hint == "da"  # reported in the plan's own language by the CLI


def test_a_file_that_is_not_a_plan_says_so(tmp_path: Path) -> None:
    with pytest.raises(PlanLoadError) as info:
        load_plan(write(tmp_path, "name: something else\n"), QSET)
    assert "the key smart_plan is missing" in info.value.render("en")


def test_a_newer_schema_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(PlanLoadError) as info:
        load_plan(write(tmp_path, "smart_plan: 99\nlanguage: da\nfuture: {x: 1}\n"), QSET)
    assert "schema version 99" in info.value.render("en") and "Upgrade smart" in info.value.render("en")


def test_invalid_yaml_and_encoding_are_located(tmp_path: Path) -> None:
    with pytest.raises(PlanLoadError) as info:
        load_plan(write(tmp_path, "smart_plan: 1\nlanguage: da\ncompany: [unclosed\n"), QSET)
    assert info.value.problems[0].key == "yaml.syntax" and info.value.problems[0].line is not None
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("smart_plan: 1\ncompany: Bageriet på hjørnet\n".encode("latin-1"))
    with pytest.raises(PlanLoadError) as info:
        load_plan(latin1, QSET)
    assert info.value.problems[0].key == "yaml.not_utf8" and info.value.problems[0].line == 2


def test_missing_and_unreadable_files_are_clean_errors(tmp_path: Path) -> None:
    with pytest.raises(SmartError) as info:
        load_plan(tmp_path / "nope.yaml", QSET)
    assert info.value.key == "error.plan_missing"
    with pytest.raises(SmartError) as info:
        load_plan(tmp_path, QSET)
    assert info.value.key == "error.file_unreadable"


def test_unknown_keys_are_kept_where_they_were(tmp_path: Path) -> None:
    text = """\
smart_plan: 1
language: en
company: Hvede
title: Plan
currency: DKK
situation:
  brand: Local
  custom_note: from a newer version
objectives:
  objectives:
  - id: O1
    statement: More followers
    target: 10
    colour: green
notes:
  reviewed: true
"""
    text = text.replace("smart_plan: 1", f"smart_plan: {SCHEMA_VERSION}")  # written as it is read
    path = write(tmp_path, text)
    loaded = load_plan(path, QSET)
    assert loaded.plan.extra == {"notes": {"reviewed": True}}
    assert loaded.plan.extra_answers == {"situation": {"custom_note": "from a newer version"}}
    assert dump_plan(loaded.plan, QSET) == text


def test_comments_are_noticed(tmp_path: Path) -> None:
    path = write(tmp_path, "smart_plan: 1\nlanguage: da\ncompany: Hvede  # the client\n")
    assert load_plan(path, QSET).has_comments
    assert not load_plan(
        write(tmp_path, "smart_plan: 1\nlanguage: da\ncompany: '#1 Hvede'\n"), QSET
    ).has_comments


ANSWERS = """\
language: da
company: Bageriet Hvede ApS
period: {start: 1.1.2027, end: 31-12-2027}
strengths: [Eget stenovnsbageri, Stamkunder]
marketing_maturity: Af og til, når der er tid
uses_digital: ja
total_budget: 250.000
objectives:
  - statement: 500 nye følgere på Instagram inden uge 28
    metric: Følgere
    baseline: 1.200
    target: 1.700
    deadline: 11. juli 2027
  - statement: Flere ordrer
    metric: Ordrer
    target: 12,5
    deadline: 2027-12-31
"""


def test_an_answers_file_is_read_as_typed_in_its_language(tmp_path: Path) -> None:
    plan, given = load_answers(write(tmp_path, ANSWERS, "answers.yaml"), QSET, "en")
    assert given == {"language", "company", "period"}
    assert plan.language == "da" and plan.period == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert plan.answers["total_budget"] == 250000
    assert plan.answers["marketing_maturity"] == "ad_hoc"  # the label a person saw
    assert plan.answers["uses_digital"] is True
    first, second = plan.answers["objectives"]
    assert first["id"] == "O1" and first["baseline"] == 1200 and first["deadline"] == dt.date(2027, 7, 11)
    assert second["id"] == "O2" and second["target"] == 12.5


def test_a_bad_answers_file_lists_every_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "company: X\ntotal_budget: lots\nobjectives:\n  - target: x\n", "answers.yaml")
    with pytest.raises(AnswersFileError) as info:
        load_answers(path, QSET, "da")
    rendered = info.value.render("da")
    assert f"{path}:2:15: total_budget: Skriv et tal" in rendered
    assert f"{path}:4:13: objectives[0].target: Skriv et tal" in rendered


def _span(lines: list[str], start: int) -> range:
    """The lines of the value whose key line is `start`: until the next line indented as much or less."""
    indent = len(lines[start]) - len(lines[start].lstrip(" -"))
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > indent
    ):
        end += 1
    return range(start, end)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.data())
def test_a_changed_answer_changes_only_its_own_lines(plan: Plan, data: st.DataObject) -> None:
    import difflib

    candidates = [
        q
        for _, q in QSET
        if q.type in ("text", "long_text", "number", "money", "date") and plan.answers.get(q.id) is not None
    ]
    if not candidates:
        return
    question = data.draw(st.sampled_from(candidates))
    before = dump_plan(plan, QSET).splitlines()
    new_value = data.draw(
        value_strategy(question).filter(lambda v: v != plan.answers[question.id] and v is not None)
    )
    plan.answers[question.id] = new_value
    after = dump_plan(plan, QSET).splitlines()
    key = f"  {question.id}:"
    old_span = _span(before, next(i for i, line in enumerate(before) if line.startswith(key)))
    new_span = _span(after, next(i for i, line in enumerate(after) if line.startswith(key)))
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op != "equal":
            assert all(i in old_span for i in range(i1, i2)) and all(j in new_span for j in range(j1, j2)), (
                op,
                before[i1:i2],
                after[j1:j2],
            )


def test_a_mistyped_key_in_an_answers_file_is_named_with_what_it_may_have_meant(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("language: en\ncompnay: Hvede\nobjectives:\n  objectivs: []\nzzz: 1\n", encoding="utf-8")
    with pytest.raises(AnswersFileError) as info:
        load_answers(path, QSET, "en")
    shown = info.value.render("en")
    assert str(path) in shown and "(3 problems)" in shown
    assert f"{path}:2:10: compnay: unknown key 'compnay': did you mean 'company'?" in shown
    assert "objectives.objectivs: unknown key 'objectivs': did you mean 'objectives'?" in shown
    assert "unknown key 'zzz' (smart questions lists the questions' ids)" in shown
    partial_plan = tmp_path / "partial.yaml"  # a plan smart wrote keeps what it doesn't know
    partial_plan.write_text("smart_plan: 2\nlanguage: en\ncompany: Hvede\nfuture_key: 1\n", encoding="utf-8")
    assert load_answers(partial_plan, QSET, "en")[0].extra == {"future_key": 1}

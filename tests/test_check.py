"""smart check: every finding code triggered and not, silencing, the JSON shape, hostile plans."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_method_rules import KEPT
from typer.testing import CliRunner

from smartcli.check.findings import RULES, PlanCheck
from smartcli.check.runner import check_plan, to_json
from smartcli.cli import app
from smartcli.plan.model import SCHEMA_VERSION, Plan
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml"
TODAY = dt.date(2027, 1, 15)  # fixed, so deadlines don't pass as the calendar moves


def sample() -> Plan:
    plan = load_plan(SAMPLE, QSET).plan
    plan.measurements, plan.reviews = [], []  # the plan as it starts its period
    plan.ignore_checks = ["SM210:BL3", *KEPT]  # the reserve, and the findings a consultant keeps
    spent = [
        *(c["budget"] for c in plan.answers["channel_plan"]),
        *(b["amount"] for b in plan.answers["budget_lines"]),
    ]
    plan.answers["total_budget"] = sum(spent)  # every krone allocated: no SM202
    return plan


def run_check(tmp_path: Path, plan: Plan | str, today: dt.date = TODAY) -> PlanCheck:
    path = tmp_path / "plan.yaml"
    path.write_text(plan if isinstance(plan, str) else dump_plan(plan, QSET), encoding="utf-8")
    return check_plan(path, QSET, "en", today)


def codes(result: PlanCheck) -> set[str]:
    return {f.code for f in result.findings}


def test_the_adjusted_sample_plan_is_clean(tmp_path: Path) -> None:
    assert run_check(tmp_path, sample()).findings == []


def objective(plan: Plan, **changes: Any) -> Plan:
    plan.answers["objectives"][0].update(changes)
    for key, value in changes.items():
        if value is None:
            del plan.answers["objectives"][0][key]
    return plan


def activity(plan: Plan, **changes: Any) -> Plan:
    plan.answers["activities"][0].update(changes)
    for key, value in changes.items():
        if value is None:
            del plan.answers["activities"][0][key]
    return plan


def unserve_o1(plan: Plan) -> Plan:
    for question in ("activities", "channel_plan"):
        for record in plan.answers[question]:
            record["objectives"] = [o for o in record.get("objectives", []) if o != "O1"] or ["O2"]
    return plan


def unserve_all(plan: Plan) -> Plan:
    plan.answers["objectives"] = []
    for question in ("activities", "channel_plan", "budget_lines"):
        for record in plan.answers[question]:
            record.pop("objectives", None)
    for milestone in plan.answers["milestones"]:
        milestone.pop("objective", None)
    plan.answers["adjustments"] = []
    return plan


def with_record(question_id: str, **fields: Any) -> Callable[[Plan], Plan]:
    def change(plan: Plan) -> Plan:
        plan.answers[question_id].append(fields)
        return plan

    return change


def every_objective(**changes: Any) -> Callable[[Plan], Plan]:
    def change(plan: Plan) -> Plan:
        for o in plan.answers["objectives"]:
            o.update(changes)
        return plan

    return change


def another_objective(**changes: Any) -> Callable[[Plan], Plan]:
    def change(plan: Plan) -> Plan:
        plan.answers["objectives"].append({**plan.answers["objectives"][3], "id": "O6", **changes})
        return plan

    return change


def without(question_id: str) -> Callable[[Plan], Plan]:
    def change(plan: Plan) -> Plan:
        del plan.answers[question_id]
        return plan

    return change


def text_change(old: str, new: str) -> Callable[[Plan], str]:
    def change(plan: Plan) -> str:
        text = dump_plan(plan, QSET)
        assert old in text, old
        return text.replace(old, new, 1)

    return change


SEMANTIC: dict[str, Callable[[Plan], Plan | str]] = {
    "SM001": text_change("company: Bageriet Hvede ApS\n", "company: [Bageriet\n"),
    "SM002": text_change("title: Marketing plan 2027\n", "title: !!python/object:os.system x\n"),
    "SM003": text_change(f"smart_plan: {SCHEMA_VERSION}\n", "smart_plan: 99\n"),
    "SM004": text_change("  marketing_hours: 11\n", "  marketing_hours: many\n"),
    "SM005": text_change("  - id: O2\n", "  - id: O1\n"),
    "SM006": text_change("    channel: CH1\n", "    channel: CH9\n"),
    "SM007": text_change("situation:\n", "situation:\n  brnad: typo\n"),
    "SM008": text_change("currency: DKK\n", "currency: DKK\nnotes: hello\n"),
    "SM010": lambda p: (
        setattr(p, "merge_conflicts", [{"path": "situation.brand", "base": "a", "ours": "b", "theirs": "c"}]),
        p,
    )[1],
    "SM009": lambda p: (setattr(p, "ignore_checks", ["please ignore"]), p)[1],
    "SM101": lambda p: objective(p, metric=None),
    "SM102": lambda p: objective(p, target=None),
    "SM103": lambda p: objective(p, baseline=None),
    "SM104": lambda p: objective(p, deadline=None),
    "SM105": lambda p: objective(p, deadline=dt.date(2028, 3, 1)),
    "SM106": lambda p: objective(p, target=p.answers["objectives"][0]["baseline"]),
    "SM107": lambda p: objective(p, deadline=dt.date(2027, 1, 10)),
    "SM108": lambda p: objective(p, statement="More orders by the end of October"),
    "SM109": lambda p: objective(p, statement="210 orders and 4.6 stars on Google"),
    "SM110": lambda p: unserve_all(p),
    "SM111": lambda p: objective(p, target=60000, rationale=None),
    "SM112": lambda p: objective(p, unit=p.answers["objectives"][1]["unit"]),  # 1,033 vs 56 per follower
    "SM113": lambda p: objective(p, kind="awareness", metric="Instagram followers"),  # CH4 carries O1 alone
    "SM114": lambda p: objective(p, kind="leads", metric="Enquiries through the web shop"),
    "SM115": lambda p: objective(p, target=200),  # the statement says from 150 to 210
    "SM116": another_objective(metric="Gift cards sold"),
    "SM117": another_objective(),
    "SM118": every_objective(kind="service"),
    "SM119": lambda p: objective(p, data_source=None),
    "SM120": lambda p: objective(
        p, statement="From 150 to 210 orders a month and baskets of DKK 300 by 31 October 2027"
    ),
    "SM121": lambda p: objective(p, baseline=None, baseline_period="unknown – measured first on 2027-01-05"),
    "SM201": lambda p: (p.answers.__setitem__("total_budget", 1000), p)[1],
    "SM202": lambda p: (p.answers.__setitem__("total_budget", p.answers["total_budget"] + 5000), p)[1],
    "SM203": lambda p: activity(p, owner=None),
    "SM204": lambda p: activity(p, end=None),
    "SM205": lambda p: activity(p, start=dt.date(2027, 3, 1), end=dt.date(2027, 2, 1)),
    "SM206": lambda p: activity(p, start=dt.date(2026, 12, 1)),
    "SM207": unserve_o1,
    "SM208": without("cadence"),
    "SM209": lambda p: objective(p, budget=10**7),
    "SM210": lambda p: (p.answers["channel_plan"][3].__setitem__("objectives", []), p)[1],
    "SM211": lambda p: activity(p, objectives=None, channel=None),
    "SM212": lambda p: activity(p, start=dt.date(2027, 11, 1), end=dt.date(2027, 11, 30)),
    "SM213": lambda p: activity(p, start=dt.date(2027, 10, 1), end=dt.date(2027, 12, 20)),
    "SM214": lambda p: activity(p, effort=5000),
    "SM215": lambda p: (p.answers["objectives"][3].__setitem__("budget", 40000), p)[1],
    "SM216": lambda p: objective(p, budget=30000),
    "SM217": lambda p: (p.answers["milestones"][1].__setitem__("date", dt.date(2028, 1, 15)), p)[1],
    "SM218": lambda p: (p.answers["milestones"][2].__setitem__("date", dt.date(2027, 8, 1)), p)[1],
    "SM219": lambda p: (p.answers["milestones"][3].__setitem__("value", 200), p)[1],
    "SM220": with_record("channel_plan", id="CH6", name="Local paper"),
    "SM221": with_record("channel_plan", id="CH6", name="Local paper", objectives=["O1"]),
    "SM222": without("review_cadence"),
    "SM223": lambda p: (p.answers.update(review_cadence="monthly", cadence="quarterly"), p)[1],
    "SM301": without("cadence"),
    "SM302": without("brand"),
    "SM303": lambda p: (p.answers["competitors"][0].pop("name"), p)[1],
}


def test_every_code_has_a_trigger_here() -> None:
    tested_elsewhere = {"SM011", "SM012"}  # an older schema: tests/test_schema.py; SM012: tests/test_git.py
    assert sorted({*SEMANTIC, *tested_elsewhere}) == sorted(RULES)


@pytest.mark.parametrize("code", sorted(SEMANTIC))
def test_each_finding_is_triggered_and_only_by_its_cause(tmp_path: Path, code: str) -> None:
    changed = SEMANTIC[code](copy.deepcopy(sample()))
    result = run_check(tmp_path, changed)
    assert code in codes(result), [f"{f.code} {f.message}" for f in result.findings]
    finding = next(f for f in result.findings if f.code == code)
    assert finding.severity == RULES[code].severity_in(complete=False)
    assert finding.message and finding.fix and "{" not in finding.message + finding.fix
    if code not in ("SM302", "SM202", "SM009"):
        assert finding.line is not None, f"{code} has no line"


def test_findings_name_the_field_and_line(tmp_path: Path) -> None:
    plan = objective(sample(), deadline=None)
    finding = next(f for f in run_check(tmp_path, plan).findings if f.code == "SM104")
    assert finding.path == "objectives.objectives[O1].deadline"
    assert finding.subject == "O1" and finding.phase == "objectives"
    text = (tmp_path / "plan.yaml").read_text().splitlines()
    assert text[finding.line - 1] == "  - id: O1"  # the record, since the field is missing


def test_findings_are_silenced_per_plan_by_code_or_by_record(tmp_path: Path) -> None:
    plan = sample()
    for record in plan.answers["activities"][:2]:
        del record["owner"]
    assert [f.subject for f in run_check(tmp_path, plan).findings] == ["A1", "A2"]
    plan.ignore_checks = ["SM210:BL3", "SM203:A1", *KEPT]
    assert [f.subject for f in run_check(tmp_path, plan).findings] == ["A2"]
    plan.ignore_checks = ["SM210:BL3", "SM203", *KEPT]
    assert run_check(tmp_path, plan).findings == []
    assert "ignore_checks:\n- SM210:BL3\n- SM203\n" in (tmp_path / "plan.yaml").read_text()


def test_messages_speak_the_plans_language(tmp_path: Path) -> None:
    plan = objective(sample(), deadline=None)
    plan.language = "da"
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan, QSET), encoding="utf-8")
    finding = check_plan(path, QSET, None, TODAY).findings[0]
    assert finding.message == "O1 har ingen frist og er ikke tidsbestemt"


def test_json_output_has_the_documented_shape(tmp_path: Path) -> None:
    result = run_check(tmp_path, activity(sample(), owner=None))
    document = json.loads(json.dumps(to_json([result, PlanCheck(tmp_path / "gone.yaml", unreadable="gone")])))
    assert document["version"] == 2
    assert document["summary"] == {
        "todo": 0,
        "info": 0,
        "warning": 1,
        "error": 0,
        "plans": 2,
        "unreadable": 1,
    }
    plan, gone = document["plans"]
    assert plan["readable"] is True and plan["counts"] == {"todo": 0, "info": 0, "warning": 1, "error": 0}
    assert plan["findings"] == [{
        "code": "SM203", "severity": "warning", "phase": "agenda", "path": "agenda.activities[A1].owner",
        "line": plan["findings"][0]["line"], "column": plan["findings"][0]["column"], "subject": "A1",
        "message": "activity A1 has no owner", "fix": f"Say who does it: smart edit {tmp_path / 'plan.yaml'} -q activities",
    }]  # fmt: skip
    assert isinstance(plan["findings"][0]["line"], int)
    assert gone == {"path": str(tmp_path / "gone.yaml"), "readable": False, "error": "gone",
                    "counts": {"todo": 0, "info": 0, "warning": 0, "error": 0}, "findings": []}  # fmt: skip


runner = CliRunner()


def test_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(activity(sample(), owner=None), QSET), encoding="utf-8")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0  # a warning, failing on errors
    assert runner.invoke(app, ["check", str(path), "--fail-on", "warning"]).exit_code == 1
    path.write_text(dump_plan(sample(), QSET), encoding="utf-8")
    assert runner.invoke(app, ["check", str(path), "--fail-on", "info"]).exit_code == 0
    assert runner.invoke(app, ["check", str(tmp_path / "missing.yaml")]).exit_code == 2
    result = runner.invoke(app, ["check", str(path), "--fail-on", "fatal"])
    assert result.exit_code == 2 and "error, warning, info or todo" in result.output


def test_a_folder_is_searched_for_plans_and_other_yaml_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "clients" / "a").mkdir(parents=True)
    (tmp_path / "clients" / "a" / "plan.yaml").write_text(dump_plan(sample(), QSET), encoding="utf-8")
    (tmp_path / "clients" / "b.yml").write_text(
        dump_plan(objective(sample(), deadline=dt.date(2028, 3, 1)), QSET), encoding="utf-8"
    )
    (tmp_path / "clients" / "config.yaml").write_text("name: not a plan\n", encoding="utf-8")
    (tmp_path / "clients" / ".git").mkdir()
    (tmp_path / "clients" / ".git" / "old.yaml").write_text("smart_plan: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "clients"), "--format", "json"])
    document = json.loads(result.stdout)
    assert sorted(Path(p["path"]).name for p in document["plans"]) == ["b.yml", "plan.yaml"]
    assert result.exit_code == 1
    config = tmp_path / "clients" / "config.yaml"
    assert runner.invoke(app, ["check", str(config), "--skip-non-plans"]).exit_code == 0
    assert runner.invoke(app, ["check", str(config)]).exit_code == 1  # given by name: it must be a plan
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(app, ["check", str(empty)]).exit_code == 2


def test_text_output_groups_by_phase_with_fixes(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        dump_plan(activity(objective(sample(), deadline=None), owner=None), QSET), encoding="utf-8"
    )
    output = runner.invoke(app, ["check", str(path), "--lang", "en"]).output
    assert "plan.yaml: 1 warning, 1 to do" in output
    assert (
        output.index("  Objectives")
        < output.index("SM104")
        < output.index("  Agenda")
        < output.index("SM203")
    )
    assert "→ Set a deadline within the plan period: smart edit" in output


def test_status_shows_completeness_objectives_and_findings(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(activity(sample(), owner=None), QSET), encoding="utf-8")
    output = runner.invoke(app, ["status", str(path)], env={"COLUMNS": "140"}).output
    for expected in ("Marketing plan 2027 · Bageriet Hvede ApS", "1. Situation", "O1", "31 Oct 2027",
                     "SM203", "smart check"):  # fmt: skip
        assert expected in output, expected
    assert re.search(r"1\. Situation +█+ +(\d+)/\1 ", output), output  # every situation question answered


@pytest.mark.parametrize("lang", ["da", "en"])
def test_status_fits_80_columns_and_keeps_numbers_with_their_units(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    import io

    from rich.console import Console

    from smartcli.report.status import print_status

    monkeypatch.chdir(tmp_path)  # the hint names the plan as given: a short path, as beside the samples
    example = Path(f"bageriet-hvede.{lang}.yaml")  # with the Christmas objective proposed for it
    shipped = load_plan(SAMPLE.with_name(example.name), QSET).plan
    example.write_text(dump_plan(shipped, QSET), encoding="utf-8")
    plan = load_plan(example, QSET).plan
    console = Console(file=io.StringIO(), width=80, color_system=None, highlight=False)
    result = check_plan(example, QSET, lang, TODAY)
    print_status(plan, QSET, result, console, lang, today=dt.date(2027, 3, 1))
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert max(len(line) for line in lines) <= 80
    table = lines[next(i for i, line in enumerate(lines) if line.startswith("ID ")) :]
    first_row = next(line for line in table if line.startswith("O1 "))
    statement = load_plan(example, QSET).plan.answers["objectives"][0]["statement"]
    assert " ".join(statement.split()[:3]) in first_row  # the sentence has room: three words a line
    deadline = "31. okt 2027" if lang == "da" else "31 Oct 2027"
    assert deadline in first_row  # a date is never split over two lines
    share = re.compile(r"\b\d+ %" if lang == "da" else r"\b\d+%")
    assert len([line for line in table if share.search(line)]) == 4  # each objective's share, whole
    assert not any(line.rstrip().endswith(("kr.", "%")) and not share.search(line) for line in table)


# --- hostile plans --------------------------------------------------------------------


def test_a_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"smart_plan: 1\nlanguage: en\ncompany: !!python/object/apply:os.system ['touch {marker}']\n"
    assert codes(run_check(tmp_path, text)) == {"SM002"}
    assert not marker.exists()


def test_an_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["smart_plan: 1", "language: en", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    result = run_check(tmp_path, "\n".join(lines) + "\n")
    assert codes(result) == {"SM002"}


def test_deep_nesting_and_a_megabyte_string_are_findings_not_crashes(tmp_path: Path) -> None:
    deep = "smart_plan: 1\nlanguage: en\nnotes: " + "[" * 5000 + "]" * 5000 + "\n"
    assert codes(run_check(tmp_path, deep)) == {"SM002"}
    plan = sample()
    plan.answers["brand"] = "x" * 1_000_000
    plan.answers["competitors"][0]["name"] = "æ" * 1_000_000
    assert run_check(tmp_path, plan).findings == []


JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.dates(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
KEYS = st.sampled_from(["company", "title", "period", "language", "currency", "updated", "ignore_checks",
                        "situation", "objectives", "agenda", "reporting", "adaptation", "strengths", "junk"])  # fmt: skip
QUESTION_IDS = st.sampled_from([q.id for _, q in QSET])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    top=st.dictionaries(KEYS, JSONISH, max_size=6),
    phase=st.sampled_from(["situation", "objectives", "agenda", "reporting", "adaptation"]),
    answers=st.dictionaries(QUESTION_IDS, JSONISH, max_size=6),
)
def test_wrong_types_anywhere_give_findings_never_a_crash(
    tmp_path: Path, top: dict[str, Any], phase: str, answers: dict[str, Any]
) -> None:
    document = {"smart_plan": 1, "language": "en", **top, phase: answers}
    result = run_check(tmp_path, yaml.safe_dump(document, allow_unicode=True))
    assert result.unreadable is None
    assert all(f.code in RULES for f in result.findings)


def test_the_pre_commit_hook_runs_smart_check_on_the_files_it_is_given(tmp_path: Path) -> None:
    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "smart-check")
    assert hook["language"] == "python" and hook["types"] == ["yaml"]
    program, *args = hook["entry"].split()
    assert program == "smart"
    plan = tmp_path / "plan.yaml"
    plan.write_text(dump_plan(objective(sample(), deadline=dt.date(2028, 3, 1)), QSET), encoding="utf-8")
    other = tmp_path / "docker-compose.yml"
    other.write_text("services: {}\n", encoding="utf-8")
    result = runner.invoke(app, [*args, str(other), str(plan)])  # pre-commit appends the file names
    assert result.exit_code == 1 and "SM105" in result.output and "docker-compose" not in result.output


# --- drafts: what is not answered yet is to do, not an error ---------------------------


def draft() -> Plan:
    """A plan stopped part-way: the reporting phase not reached, the last objective half given."""
    plan = sample()
    for question in ("cadence", "report_owner", "report_audience"):
        plan.answers.pop(question, None)
    plan.answers["objectives"][-1].pop("deadline")
    plan.answers["objectives"][-1].pop("target")
    return plan


def test_an_unfinished_plan_has_things_to_do_and_passes(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(draft(), QSET), encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "3 to do" in result.output
    todo = {f.code for f in check_plan(path, QSET, "en", TODAY).findings if f.severity == "todo"}
    assert todo == {"SM102", "SM104", "SM301"}


def test_complete_holds_a_plan_to_every_required_answer(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(draft(), QSET), encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--complete", "--lang", "en"])
    assert result.exit_code == 1 and "3 errors" in result.output
    errors = {
        f.code for f in check_plan(path, QSET, "en", TODAY, complete=True).findings if f.severity == "error"
    }
    assert errors == {"SM102", "SM104", "SM301"}
    assert runner.invoke(app, ["check", str(path), "--fail-on", "todo"]).exit_code == 1


def test_a_real_fault_in_a_draft_still_fails(tmp_path: Path) -> None:
    plan = draft()
    plan.answers["objectives"][0]["deadline"] = dt.date(2028, 3, 1)  # outside the period: SM105
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan, QSET), encoding="utf-8")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 1


def test_the_pre_commit_hook_passes_a_draft_and_fails_a_fault(tmp_path: Path) -> None:
    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())
    _, *args = next(h for h in hooks if h["id"] == "smart-check")["entry"].split()
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(draft(), QSET), encoding="utf-8")
    assert runner.invoke(app, [*args, str(path)]).exit_code == 0
    over_budget = SEMANTIC["SM201"](draft())  # the channels cost more than the whole budget
    path.write_text(dump_plan(over_budget, QSET), encoding="utf-8")  # type: ignore[arg-type]
    assert runner.invoke(app, [*args, str(path)]).exit_code == 1
    complete = next(h for h in hooks if h["id"] == "smart-check-complete")
    _, *strict = complete["entry"].split()
    path.write_text(dump_plan(draft(), QSET), encoding="utf-8")
    assert runner.invoke(app, [*strict, str(path)]).exit_code == 1


# --- GitHub Actions annotations --------------------------------------------------------


def test_github_format_writes_one_annotation_per_finding(tmp_path: Path) -> None:
    plan = activity(objective(draft(), deadline=dt.date(2028, 3, 1)), owner=None)
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan, QSET), encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "github", "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    finding = next(f for f in check_plan(path, QSET, "en", TODAY).findings if f.code == "SM105")
    assert (
        f"::error file={path},line={finding.line},title=SM105 objectives.objectives[O1].deadline::"
        f"{finding.message} → {finding.fix}"
    ) in lines
    assert any(line.startswith("::warning file=") and "title=SM203" in line for line in lines)
    assert any(line.startswith("::notice file=") and "title=SM301" in line for line in lines)
    assert all(line.startswith("::") for line in lines)


def test_github_annotations_escape_what_the_runner_would_misread(tmp_path: Path) -> None:
    from smartcli.check.runner import to_github

    odd = tmp_path / "a,b: 100%.yaml"
    results = [PlanCheck(odd, unreadable="line one\nline two 50% \x1b[2J")]
    (line,) = to_github(results)
    name = str(odd).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert line == f"::error file={name}::line one%0Aline two 50%25 ␛[2J"


def test_the_documentation_lists_every_code_with_its_severity() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "check.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `(SM\d{3})` \| (\w+)", docs, re.MULTILINE))
    assert listed == {code: rule.severity for code, rule in RULES.items()}

"""smart next: the next cycle starts from the situation and the open objectives; the old plan stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartcli.cli import app
from smartcli.cycle.nextcycle import build_next_plan, next_period, parse_period
from smartcli.errors import SmartError
from smartcli.plan.model import Period
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml"
runner = CliRunner()
D = dt.date


def sample_with_o2_reached():  # type: ignore[no-untyped-def]
    plan = load_plan(SAMPLE, QSET).plan
    plan.measurements.append({"id": "M99", "objective": "O2", "date": D(2027, 7, 1), "value": 1720})
    return plan


def test_reached_and_abandoned_objectives_close_with_their_figures_and_the_rest_carry_over() -> None:
    old = sample_with_o2_reached()
    new = build_next_plan(old, QSET, "plan-2027.yaml", abandon=frozenset({"O3"}), today=D(2027, 12, 31))
    assert [o["id"] for o in new.answers["objectives"]] == ["O1", "O4", "O5"]
    assert new.period == Period(D(2028, 1, 1), D(2028, 12, 31)) and new.title == "Marketing plan 2028"
    origin = new.origin
    assert origin is not None and origin["plan"] == "plan-2027.yaml"
    assert origin["period"] == {"start": D(2027, 1, 1), "end": D(2027, 12, 31)}
    closed = {c["objective"]: c for c in origin["closed"]}
    assert closed["O2"]["result"] == "reached" and closed["O2"]["final"] == 1720
    assert closed["O2"]["final_date"] == D(2027, 7, 1) and closed["O2"]["target"] == 1700
    assert closed["O3"]["result"] == "abandoned" and closed["O3"]["final"] == 4
    assert origin["carried"] == ["O1", "O4", "O5"]
    assert origin["learnings"]["learnings"].startswith("Pre-ordering sells")
    assert {m["objective"] for m in new.measurements} == {"O1", "O4"}  # their history goes on


def test_the_situation_and_the_reporting_set_up_carry_over_the_agenda_does_not() -> None:
    old = load_plan(SAMPLE, QSET).plan
    new = build_next_plan(old, QSET, "old.yaml", today=D(2027, 12, 31))
    for question in QSET.phase("situation").questions:
        assert new.answers.get(question.id) == old.answers.get(question.id)
    assert new.answers["cadence"] == "monthly" and new.answers["review_cadence"] == "quarterly"
    assert (
        "activities" not in new.answers and "channel_plan" not in new.answers and "reached" not in new.answers
    )
    assert new.reviews == []
    old.answers["competitors"][0]["name"] = "changed"
    assert new.answers["competitors"][0]["name"] != "changed"  # a copy, not the same records


def test_the_next_period_has_the_same_length() -> None:
    assert next_period(Period(D(2027, 1, 1), D(2027, 12, 31)), D(2027, 6, 1)) == Period(
        D(2028, 1, 1), D(2028, 12, 31)
    )
    assert next_period(Period(D(2027, 5, 1), D(2027, 10, 31)), D(2027, 6, 1)) == Period(
        D(2027, 11, 1), D(2028, 4, 30)
    )
    assert next_period(None, D(2027, 6, 1)) == Period(D(2028, 1, 1), D(2028, 12, 31))


def test_abandoning_an_unknown_objective_is_an_error() -> None:
    with pytest.raises(SmartError) as info:
        build_next_plan(load_plan(SAMPLE, QSET).plan, QSET, "old.yaml", abandon=frozenset({"O9"}))
    assert "O9" in info.value.render("en")


def test_the_command_writes_the_new_plan_and_leaves_the_old_one(tmp_path: Path) -> None:
    old = tmp_path / "plan-2027.yaml"
    old.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = old.read_bytes()
    new = tmp_path / "plan-2028.yaml"
    result = runner.invoke(
        app, ["next", str(old), str(new), "--abandon", "O3", "--period", "2028-02-01:2029-01-31"]
    )
    assert result.exit_code == 0, result.output
    assert "The next plan is written" in result.output and "--phase situation" in result.output
    assert old.read_bytes() == before
    loaded = load_plan(new, QSET)
    assert loaded.plan.period == Period(D(2028, 2, 1), D(2029, 1, 31))
    assert dump_plan(loaded.plan, QSET) == loaded.text  # a normal, stable plan file
    assert runner.invoke(app, ["next", str(old), str(new)]).exit_code == 2  # never overwritten
    report = runner.invoke(app, ["report", str(new)]).output
    assert "### From the previous period" in report and "| O3 |" in report and "Abandoned" in report
    bad = runner.invoke(app, ["next", str(old), str(tmp_path / "x.yaml"), "--period", "2028"])
    assert bad.exit_code == 2 and "START:END" in bad.output


def test_a_next_period_beyond_the_years_smart_works_with_is_refused_not_a_crash() -> None:
    with pytest.raises(SmartError) as info:
        next_period(Period(D(2199, 1, 1), D(2199, 12, 31)), D(2199, 6, 1))
    assert info.value.key == "next.period_out_of_range"
    assert "2199" in info.value.render("en") and "--period" in info.value.render("en")
    assert next_period(Period(D(2198, 1, 1), D(2198, 12, 31)), D(2198, 6, 1)) == Period(
        D(2199, 1, 1), D(2199, 12, 31)
    )


def test_a_period_given_to_next_must_end_after_it_starts() -> None:
    assert parse_period("1.1.2028:2.1.2028", "da") == Period(D(2028, 1, 1), D(2028, 1, 2))
    for text in ("1.1.2028:1.1.2028", "1.1.2028:31.12.2027", "1.1.2028:31.12.9999"):
        with pytest.raises(SmartError):
            parse_period(text, "da")


def test_next_on_a_plan_ending_in_9999_is_an_input_error(tmp_path: Path) -> None:
    far = tmp_path / "far.yaml"
    far.write_text(
        SAMPLE.read_text(encoding="utf-8").replace(
            "  start: 2027-01-01\n  end: 2027-12-31\n", "  start: 2027-01-01\n  end: 9999-12-31\n"
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["next", str(far), str(tmp_path / "n.yaml")])
    assert result.exit_code == 2 and f"{far}:7" in result.output and "period.end" in result.output, (
        result.output
    )
    assert not (tmp_path / "n.yaml").exists()

"""Progress and pace arithmetic, including the edge cases of real plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from smartcli.cli import app
from smartcli.plan.progress import (
    add_months,
    after_cadence,
    expected_by,
    expected_on,
    objective_progress,
    pace_points,
    progress_between,
)

D = dt.date
START = D(2027, 1, 1)


def measure(*values: tuple[dt.date, float], objective: str = "O1") -> list[dict[str, Any]]:
    return [
        {"id": f"M{i}", "objective": objective, "date": d, "value": v} for i, (d, v) in enumerate(values, 1)
    ]


def objective(**fields: Any) -> dict[str, Any]:
    return {"id": "O1", "baseline": 100, "target": 200, "deadline": D(2027, 12, 31), **fields}


def test_progress_is_the_share_of_the_way_from_baseline_to_target() -> None:
    assert progress_between(100, 200, 150) == 0.5
    assert progress_between(100, 200, 100) == 0
    assert progress_between(100, 200, 250) == 1.5
    assert progress_between(100, 200, 90) == -0.1


def test_a_falling_metric_progresses_as_it_falls() -> None:
    # cost per lead from 80 kr. to 50 kr.: 65 kr. is half way
    assert progress_between(80, 50, 65) == 0.5
    assert progress_between(80, 50, 90) == pytest.approx(-1 / 3)


def test_no_progress_without_baseline_or_target_or_when_they_are_equal() -> None:
    assert progress_between(None, 200, 150) is None
    assert progress_between(100, None, 150) is None
    assert progress_between(100, 100, 150) is None


def test_expected_pace_is_a_straight_line_from_start_to_deadline() -> None:
    deadline = D(2027, 12, 31)
    assert expected_by(START, deadline, D(2026, 12, 1)) == 0  # before the start
    assert expected_by(START, deadline, START) == 0
    assert expected_by(START, deadline, D(2027, 7, 2)) == pytest.approx(182 / 364)
    assert expected_by(START, deadline, deadline) == 1
    assert expected_by(START, deadline, D(2028, 3, 1)) == 1  # after the deadline
    assert expected_by(START, D(2026, 6, 1), D(2027, 1, 1)) == 1  # a deadline before the start
    assert expected_by(None, deadline, START) is None


@pytest.mark.parametrize(
    ("values", "as_of", "status"),
    [
        ([], D(2027, 6, 1), "no_data"),
        ([(D(2027, 3, 1), 210)], D(2027, 3, 2), "reached"),
        ([(D(2027, 7, 1), 160)], D(2027, 7, 2), "on_pace"),  # 60 % of the way, 50 % expected
        ([(D(2027, 7, 1), 130)], D(2027, 7, 2), "behind"),  # 30 % of the way, 50 % expected
        ([(D(2027, 12, 1), 190)], D(2028, 1, 5), "overdue"),
        (
            [(D(2026, 12, 1), 105)],
            D(2026, 12, 15),
            "on_pace",
        ),  # measured before the start: nothing expected yet
    ],
)
def test_status(values: list[tuple[dt.date, float]], as_of: dt.date, status: str) -> None:
    state = objective_progress(objective(), measure(*values), start=START, as_of=as_of)
    assert state.status == status


def test_the_latest_measurement_counts_whatever_the_order_and_other_objectives_are_ignored() -> None:
    measurements = measure((D(2027, 5, 1), 170), (D(2027, 2, 1), 120)) + measure(
        (D(2027, 6, 1), 999), objective="O2"
    )
    state = objective_progress(objective(), measurements, start=START, as_of=D(2027, 6, 1))
    assert state.latest == (D(2027, 5, 1), 170)
    assert [d for d, _ in state.history] == [D(2027, 2, 1), D(2027, 5, 1)]
    assert state.progress == pytest.approx(0.7)


def test_missing_baseline_gives_no_data_but_keeps_the_latest_value() -> None:
    state = objective_progress(
        objective(baseline=None), measure((D(2027, 5, 1), 170)), start=START, as_of=D(2027, 6, 1)
    )
    assert state.status == "no_data" and state.latest == (D(2027, 5, 1), 170) and state.progress is None


def test_cadence_says_when_the_next_measurement_is_due() -> None:
    monthly = objective(cadence="monthly")
    state = objective_progress(monthly, measure((D(2027, 1, 31), 110)), start=START, as_of=D(2027, 2, 27))
    assert state.next_due == D(2027, 2, 28) and state.due == "ok"
    assert (
        objective_progress(monthly, measure((D(2027, 1, 31), 110)), start=START, as_of=D(2027, 3, 1)).due
        == "due"
    )
    assert (
        objective_progress(monthly, measure((D(2027, 1, 31), 110)), start=START, as_of=D(2027, 3, 8)).due
        == "overdue"
    )
    never = objective_progress(objective(), [], start=START, as_of=D(2027, 1, 9), plan_cadence="weekly")
    assert never.cadence == "weekly" and never.next_due == D(2027, 1, 8) and never.due == "due"
    assert (
        objective_progress(objective(), [], start=START, as_of=D(2027, 9, 1)).due == "ok"
    )  # no cadence at all


def test_month_arithmetic_keeps_within_the_month() -> None:
    assert add_months(D(2027, 1, 31), 1) == D(2027, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2027, 11, 15), 3) == D(2028, 2, 15)
    assert after_cadence(D(2027, 1, 1), "quarterly") == D(2027, 4, 1)
    assert after_cadence(D(2027, 1, 1), "weekly") == D(2027, 1, 8)


def test_month_and_day_arithmetic_stops_at_the_last_date_python_knows_instead_of_crashing() -> None:
    assert add_months(D(9999, 12, 31), 1) == dt.date.max
    assert add_months(D(9999, 11, 30), 12) == dt.date.max
    assert add_months(D(1, 1, 31), -1) == dt.date.min
    assert after_cadence(dt.date.max, "weekly") == dt.date.max
    assert after_cadence(D(9999, 12, 30), "yearly") == dt.date.max
    far = objective(cadence="yearly", deadline=dt.date.max)
    state = objective_progress(far, measure((D(9999, 12, 31), 150)), start=START, as_of=dt.date.max)
    assert state.next_due == dt.date.max and state.due != "ok" and state.status == "behind"


SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml"


def test_a_far_future_measurement_date_is_refused_and_the_plan_stays_usable(tmp_path: Path) -> None:
    plan = tmp_path / "t.yaml"
    plan.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = plan.read_bytes()
    runner = CliRunner()
    result = runner.invoke(
        app, ["track", str(plan), "--objective", "O1", "--value", "7", "--date", "9999-12-31"]
    )
    assert result.exit_code == 2, result.output
    assert "between the years 1900 and 2199" in result.output and "Internal error" not in result.output
    assert plan.read_bytes() == before
    for command in (["status", str(plan)], ["report", str(plan)]):
        assert runner.invoke(app, command).exit_code == 0


def test_a_hand_edited_far_future_date_is_a_located_problem_for_status_and_report(tmp_path: Path) -> None:
    plan = tmp_path / "t.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "  date: 2027-02-01\n  value: 158\n", "  date: 9999-12-31\n  value: 158\n"
    )
    plan.write_text(text, encoding="utf-8")
    runner = CliRunner()
    for command, code in ((["status", str(plan)], 2), (["report", str(plan)], 2), (["check", str(plan)], 1)):
        result = runner.invoke(app, command)
        assert result.exit_code == code, (command, result.output)  # check: an error finding (SM004)
        line = text[: text.index("date: 9999")].count("\n") + 1
        assert f"{plan}:{line}" in result.output and "measurements[0].date" in result.output, result.output
        assert "between the years 1900 and 2199" in result.output


# --- pace by milestones (issue 12) --------------------------------------------------------


def milestone(day: dt.date, value: float, objective_id: str = "O1", mid: str = "MS1") -> dict[str, Any]:
    return {"id": mid, "objective": objective_id, "date": day, "value": value}


def test_a_seasonal_objective_is_on_track_by_its_milestones_where_a_straight_line_says_behind() -> None:
    """Catering enquiries from 3 to 8 a month, the campaign in August: March expects hardly anything."""
    o = objective(baseline=3, target=8, deadline=D(2027, 10, 31))
    seen = measure((D(2027, 3, 31), 3))
    straight = objective_progress(o, seen, start=START, as_of=D(2027, 4, 1))
    assert straight.status == "behind"
    steps = [
        milestone(D(2027, 7, 31), 3, mid="MS1"),
        milestone(D(2027, 9, 30), 6, mid="MS2"),
    ]  # flat till August
    paced = objective_progress(o, seen, start=START, as_of=D(2027, 4, 1), milestones=steps)
    assert paced.status == "on_pace" and paced.expected == 0


def test_milestones_can_also_say_behind_where_a_straight_line_says_on_track() -> None:
    """Followers front-loaded by a spring campaign: 1,200 to 1,700 with 1,600 expected by May."""
    o = objective(baseline=1200, target=1700, deadline=D(2027, 12, 31))
    seen = measure((D(2027, 5, 31), 1450))
    assert objective_progress(o, seen, start=START, as_of=D(2027, 6, 1)).status == "on_pace"
    steps = [milestone(D(2027, 5, 31), 1600)]
    paced = objective_progress(o, seen, start=START, as_of=D(2027, 6, 1), milestones=steps)
    assert paced.status == "behind" and paced.expected == pytest.approx(0.8, abs=0.01)


def test_an_objective_with_its_own_start_expects_nothing_before_it() -> None:
    o = objective(baseline=0, target=100, deadline=D(2027, 10, 31), start=D(2027, 8, 1))
    before = objective_progress(o, measure((D(2027, 4, 1), 0)), start=START, as_of=D(2027, 4, 2))
    assert before.expected == 0 and before.status == "on_pace"
    during = objective_progress(o, measure((D(2027, 9, 15), 20)), start=START, as_of=D(2027, 9, 15))
    assert during.expected == pytest.approx(45 / 91) and during.status == "behind"


def test_milestones_of_other_objectives_or_without_a_value_are_not_part_of_the_course() -> None:
    o = objective()
    steps = [
        milestone(D(2027, 3, 1), 190, objective_id="O2"),
        {"id": "MS2", "objective": "O1", "date": D(2027, 3, 1)},
    ]
    assert pace_points(o, steps, START) == [(START, 100.0), (D(2027, 12, 31), 200.0)]
    assert expected_on(
        pace_points(o, [milestone(D(2027, 7, 1), 180)], START), D(2027, 4, 1)
    ) == pytest.approx(100 + 80 * 90 / 181)
    assert pace_points(objective(baseline=None), steps, START) == []

"""The consultant's rules (SM111–SM121, SM210–SM223): each triggered by a small plan, silent on the sample."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from smartcli.check.findings import Finding, PlanCheck
from smartcli.check.runner import check_plan
from smartcli.plan.model import Plan
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = dt.date(2027, 1, 15)
NEW_CODES = {*(f"SM1{n}" for n in range(11, 22)), *(f"SM2{n}" for n in range(10, 24))}

KEPT = ["SM114:O3", "SM120:O4"]
"""Findings on the sample a consultant would keep, each silenced in the plan (its reason in the answer):
``SM114:O3`` (catering enquiries are followed to orders in the lead log, with no conversion
target until a season has shown the rate) and ``SM120:O4`` (the average of 4.6 is a guardrail
read at each monthly report, not a second target)."""


def load_sample(lang: str = "en") -> Plan:
    plan = load_plan(EXAMPLES / f"bageriet-hvede.{lang}.yaml", QSET).plan
    plan.measurements, plan.reviews = [], []
    return plan


def clean(lang: str = "en") -> Plan:
    """The sample as shipped: its Christmas season has its objective (O5), and the kept findings are silenced."""
    return load_sample(lang)


def run_check(tmp_path: Path, plan: Plan, today: dt.date = TODAY) -> PlanCheck:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan, QSET), encoding="utf-8")
    return check_plan(path, QSET, plan.language or "en", today)


def new(result: PlanCheck) -> list[Finding]:
    return [f for f in result.findings if f.code in NEW_CODES]


def only(result: PlanCheck, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def record(plan: Plan, question: str, rid: str) -> dict[str, Any]:
    return next(r for r in plan.answers[question] if r["id"] == rid)  # type: ignore[no-any-return]


# --- the samples ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_sample_without_its_history_trips_no_new_rule(tmp_path: Path, lang: str) -> None:
    assert new(run_check(tmp_path, clean(lang))) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_shipped_samples_trip_no_new_rule_and_keep_only_what_a_consultant_would(lang: str) -> None:
    path = EXAMPLES / f"bageriet-hvede.{lang}.yaml"
    assert new(check_plan(path, QSET, lang, TODAY)) == []
    assert load_plan(path, QSET).plan.ignore_checks == ["SM210:BL3", *KEPT]


# --- SM111: growth beyond the baseline for the time ----------------------------------


def test_fifty_times_in_six_months_on_little_money_is_questioned_and_says_why(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "objectives", "O2").update(
        baseline=1200, target=60000, budget=1000, deadline=dt.date(2027, 7, 1), rationale=None
    )
    (finding,) = only(run_check(tmp_path, plan), "SM111")
    assert finding.subject == "O2" and finding.path == "objectives.objectives[O2].target"
    assert finding.message.startswith("O2 aims at ×50 in 6 months on DKK 1,000: more than doubling")
    assert "what the number rests on" in finding.fix


def test_revenue_six_times_over_by_christmas_on_5000_kr_is_questioned_in_danish(tmp_path: Path) -> None:
    plan = clean("da")
    record(plan, "objectives", "O1").update(
        metric="Omsætning", unit="kr.", baseline=1_000_000, target=6_000_000, budget=5000,
        deadline=dt.date(2027, 12, 20), rationale=None,
    )  # fmt: skip
    (finding,) = only(run_check(tmp_path, plan), "SM111")
    assert finding.message.startswith(
        "O1 sigter mod ×6,0 på 12 måneder med 5.000 kr.: mere end en fordobling"
    )


def test_a_rationale_lets_a_target_go_further_but_not_without_bounds(tmp_path: Path) -> None:
    plan = clean()
    o2 = record(plan, "objectives", "O2")
    o2.update(baseline=1200, target=3600, rationale=None)  # ×3 in a little over six months
    assert [f.subject for f in only(run_check(tmp_path, plan), "SM111")] == ["O2"]
    o2["rationale"] = "Three food profiles brought other bakeries 800 followers each."
    assert only(run_check(tmp_path, plan), "SM111") == []
    o2["target"] = 1200 * 30
    (finding,) = only(run_check(tmp_path, plan), "SM111")
    assert "ten times over in a year is very rare" in finding.message


def test_a_fall_is_judged_by_the_same_factor_and_nothing_from_zero(tmp_path: Path) -> None:
    plan = clean()
    o4 = record(plan, "objectives", "O4")
    o4.update(baseline=400, target=40, rationale=None)  # a cost per lead from 400 to 40: ×10
    assert [f.subject for f in only(run_check(tmp_path, plan), "SM111")] == ["O4"]
    o4.update(baseline=0, target=40)  # from nothing: no factor to judge
    assert only(run_check(tmp_path, plan), "SM111") == []


# --- SM112: cost per result ----------------------------------------------------------


def test_a_cost_per_result_far_from_the_plans_own_objectives_in_the_same_unit(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "objectives", "O3").update(unit="orders per month", budget=55000)  # 11,000 per extra order
    record(plan, "objectives", "O1").update(unit="Orders  per month")  # 62,000 / 60: about 1,033
    result = run_check(tmp_path, plan)
    assert sorted(f.subject or "" for f in only(result, "SM112")) == ["O1", "O3"]
    o3 = next(f for f in only(result, "SM112") if f.subject == "O3")
    assert o3.message == (
        "O3 counts on DKK 11,000 per extra result, while the other objectives in orders per month (O1)"
        " cost DKK 1,033.33: over five times apart"
    )
    record(plan, "objectives", "O3")["budget"] = 5000  # 1,000 per extra order: like O1's
    assert only(run_check(tmp_path, plan), "SM112") == []


def test_a_cost_per_result_far_from_how_the_last_period_ended(tmp_path: Path) -> None:
    plan = clean()
    plan.origin = {
        "plan": "plan-2026.yaml",
        "closed": [
            {"objective": "O9", "result": "reached", "metric": record(plan, "objectives", "O4")["metric"],
             "baseline": 100, "target": 200, "final": 230, "budget": 65000},  # 500 per review
        ],
    }  # fmt: skip
    (finding,) = only(run_check(tmp_path, plan), "SM112")  # O4: 5,000 / 150, about 33 per review
    assert finding.subject == "O4" and "last period's O9, as it ended, cost DKK 500" in finding.message


# --- SM210–SM213: links both ways ----------------------------------------------------


def test_a_channel_with_money_and_no_objective_and_its_silencing(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "channel_plan", "CH4")["objectives"] = []
    (finding,) = only(run_check(tmp_path, plan), "SM210")
    assert finding.subject == "CH4" and finding.path == "agenda.channel_plan[CH4].objectives"
    assert finding.message == "CH4 has DKK 8,000 but works towards no objective"
    assert finding.fix.endswith("-q channel_plan")
    plan.ignore_checks.append("SM210:CH4")
    assert only(run_check(tmp_path, plan), "SM210") == []


def test_the_reserve_without_objective_is_found_unless_silenced(tmp_path: Path) -> None:
    plan = clean()
    plan.ignore_checks = []
    (finding,) = only(run_check(tmp_path, plan), "SM210")
    assert finding.subject == "BL3" and finding.fix.endswith("-q budget_lines")


def test_an_activity_serving_no_objective_unless_its_channel_does(tmp_path: Path) -> None:
    plan = clean()
    a1 = record(plan, "activities", "A1")
    a1["objectives"] = []  # its channel CH2 serves O1 and O3
    assert only(run_check(tmp_path, plan), "SM211") == []
    del a1["channel"]
    (finding,) = only(run_check(tmp_path, plan), "SM211")
    assert finding.subject == "A1" and finding.message.startswith("activity A1 works towards no objective")
    a1["status"] = "dropped"  # a dropped activity asks for nothing
    assert only(run_check(tmp_path, plan), "SM211") == []


def test_an_activity_after_every_deadline_it_serves(tmp_path: Path) -> None:
    plan = load_sample("en")
    for activity in ("A13", "A14"):  # as the sample was before Christmas had its objective (O5)
        record(plan, "activities", activity)["objectives"] = ["O1"]
    result = run_check(tmp_path, plan)
    (late,) = only(result, "SM212")
    assert late.subject == "A14" and late.message == (
        "activity A14 starts 1 November 2027, after the last deadline of O1 (31 October 2027), so it does not count"
    )
    (mostly,) = only(result, "SM213")
    assert mostly.subject == "A13" and "(40 of 68 days)" in mostly.message


def test_an_activity_running_on_past_the_deadline_is_normal(tmp_path: Path) -> None:
    plan = clean()
    a2 = record(plan, "activities", "A2")  # the newsletter, all year, serves O1 (due 31 October)
    assert a2["end"] > record(plan, "objectives", "O1")["deadline"]
    assert only(run_check(tmp_path, plan), "SM213") == []


# --- SM214: hours -------------------------------------------------------------------


def test_planned_hours_beyond_the_hours_a_week_give(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "activities", "A1")["effort"] = 3000
    (finding,) = only(run_check(tmp_path, plan), "SM214")
    assert finding.path == "agenda.hours_per_week"
    assert finding.message == (
        "the activities need 3,532 hours, but 16 hours a week over the period's 52 weeks give 834"
    )
    plan.answers["hours_per_week"] = 70
    assert only(run_check(tmp_path, plan), "SM214") == []


# --- SM215, SM216: budgets that reconcile ---------------------------------------------


def test_an_objective_budget_nothing_can_spend(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "objectives", "O4")["budget"] = 50000  # CH3 and BL2 hold 37,000 between them
    (finding,) = only(run_check(tmp_path, plan), "SM215")
    assert finding.message == (
        "O4 has a budget of DKK 50,000, but the channels and budget lines that work for it hold only DKK 37,000 in all"
    )


def test_objective_budgets_and_channel_money_that_tell_two_stories(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "objectives", "O1")["budget"] = 30000  # 133,000 by objective, 165,000 towards them
    (finding,) = only(run_check(tmp_path, plan), "SM216")
    assert "DKK 133,000" in finding.message and "DKK 165,000" in finding.message
    del record(plan, "objectives", "O5")["budget"]  # not every objective has a budget: no comparison
    assert only(run_check(tmp_path, plan), "SM216") == []


# --- SM217–SM219: milestones ----------------------------------------------------------


def test_milestones_off_the_period_off_the_course_and_off_the_values(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "milestones", "MS2")["date"] = dt.date(2028, 1, 15)
    record(plan, "milestones", "MS3")["date"] = dt.date(2027, 8, 1)  # O2 is due 11 July
    record(plan, "milestones", "MS4")["value"] = 200  # O4 runs from 230 to 380
    result = run_check(tmp_path, plan)
    assert [(f.code, f.subject) for f in result.findings if f.code in ("SM217", "SM218", "SM219")] == [
        ("SM217", "MS2"),
        ("SM218", "MS3"),
        ("SM219", "MS4"),
    ]
    assert only(result, "SM218")[0].message == (
        "milestone MS3 (1 August 2027) falls outside O2's course, 1 January 2027 – 11 July 2027"
    )
    assert only(result, "SM219")[0].message == (
        "milestone MS4 (200) is not between O4's baseline (230) and target (380)"
    )


def test_a_milestone_before_a_late_objectives_own_start(tmp_path: Path) -> None:
    plan = clean()
    record(plan, "milestones", "MS5")["date"] = dt.date(2027, 6, 1)  # O3 starts 1 August
    (finding,) = only(run_check(tmp_path, plan), "SM218")
    assert finding.subject == "MS5" and "1 August 2027 – 31 October 2027" in finding.message


def test_the_last_periods_cost_comes_from_smart_next(tmp_path: Path) -> None:
    from smartcli.cycle.nextcycle import build_next_plan

    old = clean()
    record(old, "objectives", "O2").update(baseline=1200, target=1300, budget=50000)  # 500 per follower
    old.measurements = [{"id": "M1", "objective": "O2", "date": dt.date(2027, 7, 1), "value": 1300}]
    new_plan = build_next_plan(old, QSET, "plan-2027.yaml", today=dt.date(2027, 12, 31))
    closed = next(c for c in new_plan.origin["closed"] if c["objective"] == "O2")  # type: ignore[index]
    assert closed["budget"] == 50000 and closed["final"] == 1300
    o2 = dict(record(old, "objectives", "O2"), id="O6", baseline=1300, target=2300, budget=5000)
    o2.update(start=None, deadline=dt.date(2028, 6, 30))
    new_plan.answers["objectives"] = [{k: v for k, v in o2.items() if v is not None}]
    (finding,) = only(run_check(tmp_path, new_plan, dt.date(2028, 1, 2)), "SM112")  # 5 per follower now
    assert finding.subject == "O6" and "last period's O2, as it ended, cost DKK 500" in finding.message


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "the channels and the other budget lines allocate DKK 180,000, more than the total budget of DKK 1,000",
        ),
        (
            "da",
            "kanalerne og de øvrige budgetposter fordeler 180.000 kr., mere end det samlede budget på 1.000 kr.",
        ),
    ],
)
def test_sm201_counts_the_budget_lines_and_says_so(tmp_path: Path, lang: str, message: str) -> None:
    plan = clean(lang)
    plan.answers["total_budget"] = 1000
    (finding,) = only(run_check(tmp_path, plan), "SM201")
    assert finding.message == message


# --- SM113, SM114: what the objectives lead to ------------------------------------------


def test_followers_with_no_sales_objective_on_their_channel(tmp_path: Path) -> None:
    plan = clean()
    plan.answers["channel_plan"].append({"id": "CH6", "name": "TikTok", "budget": 0, "objectives": ["O2"]})
    record(plan, "activities", "A7")["channel"] = "CH6"  # the giveaway, for followers alone
    (finding,) = only(run_check(tmp_path, plan), "SM113")
    assert finding.subject == "O2" and finding.message == (
        "O2 measures Instagram followers, and no sales or leads objective works on CH6: what should it turn into?"
    )
    record(plan, "channel_plan", "CH6")["objectives"] = ["O2", "O1"]
    assert only(run_check(tmp_path, plan), "SM113") == []


def test_a_vanity_metric_is_known_by_its_words_without_a_kind(tmp_path: Path) -> None:
    plan = clean("da")
    for o in plan.answers["objectives"]:
        o.pop("kind", None)
    record(plan, "objectives", "O2")["metric"] = "Likes på opslagene"
    record(plan, "channel_plan", "CH1")["objectives"] = ["O2"]
    for a in plan.answers["activities"]:
        if a.get("channel") == "CH1":
            a["objectives"] = ["O2"]
    (finding,) = only(run_check(tmp_path, plan), "SM113")
    assert finding.message.startswith(
        "O2 måler Likes på opslagene, og ingen målsætning om salg eller henvendelser"
    )


def test_leads_with_nothing_that_follows_them_to_a_sale(tmp_path: Path) -> None:
    plan = clean()
    plan.ignore_checks.remove("SM114:O3")
    (finding,) = only(run_check(tmp_path, plan), "SM114")  # CH5, LinkedIn and direct sales, carries O3 alone
    assert finding.subject == "O3" and "no sales objective works on CH5" in finding.message
    assert finding.fix.startswith("Add an objective for the conversion")
    record(plan, "objectives", "O4")["metric"] = "Share of catering enquiries converted to orders"
    assert only(run_check(tmp_path, plan), "SM114") == []  # a conversion KPI follows them


# --- SM115, SM120: the statement and the fields --------------------------------------------


def test_a_from_to_in_the_statement_that_the_fields_contradict(tmp_path: Path) -> None:
    plan = clean("da")
    record(plan, "objectives", "O1")["target"] = 200  # the sentence says 150 → 210
    (finding,) = only(run_check(tmp_path, plan), "SM115")
    assert finding.subject == "O1" and finding.path == "objectives.objectives[O1].statement"
    assert (
        finding.message == "O1s formulering siger 150 → 210, men felterne siger udgangspunkt 150 og mål 200"
    )


def test_two_numbers_and_neither_is_the_target(tmp_path: Path) -> None:
    plan = clean()
    o1 = record(plan, "objectives", "O1")
    o1["statement"] = "210 web shop orders a month by 31 October 2027, 40 % more than last autumn"
    assert only(run_check(tmp_path, plan), "SM115") == []  # 210 is the target; 40 % is the growth
    o1["target"] = 200
    (finding,) = only(run_check(tmp_path, plan), "SM115")
    assert "says 210, 40 %" in finding.message
    o1["statement"] = "Orders up by 50 a month by 31 October 2027"  # one number: too little to judge
    assert only(run_check(tmp_path, plan), "SM115") == []


def test_a_second_condition_joined_by_and(tmp_path: Path) -> None:
    plan = clean("da")
    plan.ignore_checks.remove("SM120:O4")
    (finding,) = only(run_check(tmp_path, plan), "SM120")
    assert finding.subject == "O4"
    assert finding.message == "O4s formulering har en betingelse mere (4,6), som felterne ikke følger"
    assert "grænse" in finding.fix
    # O3 names its baseline after »og«: »(i dag ca. 3)« is not a second condition
    assert "og" in record(plan, "objectives", "O3")["statement"]


# --- SM116–SM119: the mix of objectives ------------------------------------------------


def test_six_objectives_and_two_on_one_metric(tmp_path: Path) -> None:
    plan = clean()
    o6 = dict(
        record(plan, "objectives", "O4"), id="O6", metric="total reviews on the two  Google Business Profiles"
    )
    plan.answers["objectives"].append(o6)
    result = run_check(tmp_path, plan)
    (many,) = only(result, "SM116")
    assert many.message == "the plan has 6 objectives; more than 5 spread the work thin"
    (same,) = only(result, "SM117")
    assert same.subject == "O6" and same.message.startswith("O6 measures the same as O4")


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("awareness", "every objective is about awareness, none about sales or leads"),
        ("service", "no objective is about sales or leads (the »sell« of PR Smith's 5S)"),
    ],
)
def test_no_objective_that_sells(tmp_path: Path, kind: str, message: str) -> None:
    plan = clean()
    for o in plan.answers["objectives"]:
        o["kind"] = kind
    (finding,) = only(run_check(tmp_path, plan), "SM118")
    assert finding.message == message and finding.severity == "info"


def test_an_objective_with_no_data_source(tmp_path: Path) -> None:
    plan = clean()
    del record(plan, "objectives", "O2")["data_source"]
    (finding,) = only(run_check(tmp_path, plan), "SM119")
    assert finding.subject == "O2" and finding.path == "objectives.objectives[O2].data_source"
    plan.ignore_checks.append("SM119:O2")
    assert only(run_check(tmp_path, plan), "SM119") == []


# --- SM103, SM121: a baseline not known yet -------------------------------------------------


def test_a_baseline_marked_unknown_with_its_first_measurement(tmp_path: Path) -> None:
    plan = clean("da")
    o2 = record(plan, "objectives", "O2")
    del o2["baseline"]
    o2["baseline_period"] = "ukendt"  # unknown, but not when it will be known
    (missing,) = only(run_check(tmp_path, plan), "SM103")
    assert "»ukendt – måles første gang <dato>«" in missing.fix
    o2["baseline_period"] = "ukendt – måles første gang 1. februar 2027"
    assert [f for f in run_check(tmp_path, plan).findings if f.code in ("SM103", "SM121")] == []
    (late,) = only(run_check(tmp_path, plan, dt.date(2027, 3, 1)), "SM121")
    assert late.severity == "warning" and late.message == (
        "O2s udgangspunkt skulle måles første gang 1. februar 2027, men der er ingen måling af det"
    )
    plan.measurements = [{"id": "M1", "objective": "O2", "date": dt.date(2027, 2, 2), "value": 1210}]
    assert only(run_check(tmp_path, plan, dt.date(2027, 3, 1)), "SM121") == []


# --- SM220–SM223: channels and the follow-up -------------------------------------------------


def test_a_channel_nothing_measures_and_a_channel_with_no_activity(tmp_path: Path) -> None:
    plan = clean()
    plan.answers["channel_plan"].append({"id": "CH6", "name": "Local paper"})
    result = run_check(tmp_path, plan)
    assert [f.subject for f in only(result, "SM220")] == ["CH6"]
    assert only(result, "SM220")[0].message == (
        "channel CH6 (Local paper) works towards no objective, so nothing measures whether it works"
    )
    assert [f.subject for f in only(result, "SM221")] == ["CH6"]
    record(plan, "activities", "A12").update(channel="CH6")  # its activity serves O3: measured by O3
    assert only(run_check(tmp_path, plan), "SM220") == only(run_check(tmp_path, plan), "SM221") == []


def test_no_review_in_the_period(tmp_path: Path) -> None:
    plan = clean()
    del plan.answers["review_cadence"]
    (finding,) = only(run_check(tmp_path, plan), "SM222")
    assert finding.message == "the plan has no review rhythm, so no date for the next review"
    plan.answers["review_cadence"] = "yearly"
    (finding,) = only(run_check(tmp_path, plan), "SM222")
    assert finding.message.startswith("the first review (1 January 2028) comes after the plan period")


def test_reviews_more_often_than_reports(tmp_path: Path) -> None:
    plan = clean("da")
    plan.answers.update(review_cadence="monthly", cadence="quarterly")
    (finding,) = only(run_check(tmp_path, plan), "SM223")
    assert finding.message == (
        "planen gennemgås månedligt, men der rapporteres kvartalsvis, så de fleste gennemgange har ingen nye tal"
    )
    plan.answers.update(review_cadence="quarterly", cadence="monthly")  # the usual rhythm
    assert only(run_check(tmp_path, plan), "SM223") == []

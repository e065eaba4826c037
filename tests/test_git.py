"""Plans in git, against real git in temporary repositories: textconv, diff by revision, log, merges."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import bare_sample
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SMART = [sys.executable, "-m", "smartcli"]


def run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Mette", "GIT_AUTHOR_EMAIL": "m@hvede.dk",
           "GIT_COMMITTER_NAME": "Mette", "GIT_COMMITTER_EMAIL": "m@hvede.dk", "SMART_LANG": "en"}  # fmt: skip
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=check, env=env)


def git(cwd: Path, *args: str) -> str:
    return run(["git", *args], cwd).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plan.yaml").write_text(bare_sample("en"), encoding="utf-8")
    git(tmp_path, "add", "plan.yaml")
    git(tmp_path, "commit", "-q", "-m", "Plan 2027")
    setup = run([*SMART, "git-setup"], tmp_path)
    assert "plan.yaml diff=smart merge=smart" in setup.stdout
    git(tmp_path, "add", ".gitattributes")
    git(tmp_path, "commit", "-q", "-m", "Diff and merge plans with smart")
    return tmp_path


def edit_plan(repo: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = repo / "plan.yaml"
    plan = load_plan(path, QSET).plan
    change(plan)
    path.write_text(dump_plan(plan, QSET), encoding="utf-8")


def objective(oid: str, statement: str) -> dict[str, object]:
    return {"id": oid, "statement": statement, "metric": "Orders", "baseline": 1, "target": 2}


def test_git_diff_shows_a_changed_answer_as_one_labelled_line(repo: Path) -> None:
    edit_plan(repo, lambda p: p.answers["objectives"][1].update(target=1800))
    diff = git(repo, "diff")
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == [
        "-Objectives › objectives › O2 › Target: 1,700",
        "+Objectives › objectives › O2 › Target: 1,800",
    ]
    assert "-    target: 1700" not in diff  # the YAML lines are not what git shows


def test_diff_against_a_revision_and_between_revisions(repo: Path) -> None:
    edit_plan(repo, lambda p: p.answers["strengths"].append("Sourdough courses"))
    git(repo, "commit", "-q", "-am", "New strength")
    edit_plan(repo, lambda p: p.answers.update(brand="Known across Aarhus"))
    text = run([*SMART, "diff", "plan.yaml", "--rev", "HEAD~1"], repo).stdout
    assert "Changes from HEAD~1:plan.yaml to plan.yaml (2 changes)" in text
    assert "+ What are your strengths?: Sourdough courses" in text
    document = json.loads(
        run([*SMART, "diff", "main~1:plan.yaml", "main:plan.yaml", "--format", "json"], repo).stdout
    )
    assert [(c["kind"], c["path"], c["new"]) for c in document["changes"]] == [
        ("added", "situation.strengths", "Sourdough courses")
    ]
    md = run([*SMART, "diff", "plan.yaml", "--format", "md"], repo).stdout  # HEAD against the working file
    assert md.startswith("### Changes from HEAD:plan.yaml to plan.yaml\n")
    assert "**Where does your brand stand today" in md and "~~" in md and "**Known across Aarhus**" in md


def test_records_are_matched_by_id_not_position(tmp_path: Path) -> None:
    from smartcli.vcs.diffing import diff_plans

    old = load_plan(Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml", QSET).plan
    new = load_plan(Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.en.yaml", QSET).plan
    new.answers["competitors"] = list(
        reversed(new.answers["competitors"][1:])
    )  # C1 removed, others reordered
    new.answers["competitors"][0]["weaknesses"] = "Slow"
    changes = diff_plans(old, new, QSET, "en")
    assert [(c.kind, c.path) for c in changes] == [
        ("changed", "situation.competitors[C3].weaknesses"), ("removed", "situation.competitors[C1]")
    ]  # fmt: skip


def test_log_lists_commits_in_the_models_words(repo: Path) -> None:
    edit_plan(repo, lambda p: p.answers["objectives"][2].update(target=650))
    git(repo, "commit", "-q", "-am", "More catering")
    git(repo, "mv", "plan.yaml", "plan-2027.yaml")
    git(repo, "commit", "-q", "-m", "Rename")
    out = run([*SMART, "log", "plan-2027.yaml"], repo).stdout
    lines = out.splitlines()
    assert "Rename" in lines[0] and "no changes to the plan" in lines[1]
    assert "More catering" in lines[2] and "objective O3 · Target 8 → 650" in lines[3]
    assert "Plan 2027" in lines[4] and "the plan was created" in lines[5]


def branch_and_merge(repo: Path, ours, theirs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    git(repo, "checkout", "-q", "-b", "theirs")
    edit_plan(repo, theirs)
    git(repo, "commit", "-q", "-am", "Theirs")
    git(repo, "checkout", "-q", "main")
    edit_plan(repo, ours)
    git(repo, "commit", "-q", "-am", "Ours")
    return run(["git", "merge", "--no-edit", "theirs"], repo, check=False)


def test_two_branches_that_each_add_an_objective_merge_without_conflict(repo: Path) -> None:
    def ours(p) -> None:  # type: ignore[no-untyped-def]
        p.answers["objectives"].append(objective("O5", "100 newsletter sign-ups by June"))
        p.answers["competitors"].append({"id": "C4", "name": "New bakery"})

    def theirs(p) -> None:  # type: ignore[no-untyped-def]
        p.answers["objectives"].append(objective("O5", "20 catering customers by Christmas"))
        p.answers["activities"].append({"id": "A15", "what": "Catering fair", "objectives": ["O5"]})
        p.measurements.append(
            {"id": "M1", "objective": "O1", "date": __import__("datetime").date(2027, 2, 1), "value": 160}
        )
        p.answers["strengths"].append("Sourdough courses")

    result = branch_and_merge(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    plan = load_plan(repo / "plan.yaml", QSET).plan
    statements = {o["id"]: o["statement"] for o in plan.answers["objectives"]}
    assert statements["O5"] == "100 newsletter sign-ups by June"
    assert statements["O6"] == "20 catering customers by Christmas"  # theirs renumbered
    assert plan.answers["activities"][-1] == {
        "id": "A15",
        "what": "Catering fair",
        "objectives": ["O6"],
    }  # and followed
    assert [c["id"] for c in plan.answers["competitors"]][-1] == "C4"
    assert plan.answers["strengths"][-1] == "Sourdough courses"
    assert [m["id"] for m in plan.measurements] == ["M1"]
    assert plan.merge_conflicts == []
    assert git(repo, "status", "--porcelain") == ""


def test_the_same_answer_changed_both_ways_is_left_for_the_user_and_check_explains_it(repo: Path) -> None:
    result = branch_and_merge(
        repo,
        lambda p: p.answers.update(brand="Ours: known in Aarhus C"),
        lambda p: p.answers.update(brand="Theirs: known in Trøjborg", message="Theirs too"),
    )
    assert result.returncode != 0 and "CONFLICT" in result.stdout
    plan = load_plan(repo / "plan.yaml", QSET).plan  # still a valid plan: no conflict markers
    assert plan.answers["brand"] == "Ours: known in Aarhus C" and plan.answers["message"] == "Theirs too"
    assert plan.merge_conflicts == [{"path": "situation.brand", "base": plan.merge_conflicts[0]["base"],
                                     "ours": "Ours: known in Aarhus C", "theirs": "Theirs: known in Trøjborg"}]  # fmt: skip
    check = run([*SMART, "check", "plan.yaml", "--format", "json"], repo, check=False)
    assert check.returncode == 1
    finding = next(f for f in json.loads(check.stdout)["plans"][0]["findings"] if f["code"] == "SM010")
    assert "situation.brand" in finding["message"] and "Theirs: known in Trøjborg" in finding["message"]


def test_a_version_that_is_not_a_plan_falls_back_to_gits_line_merge(repo: Path) -> None:
    def broken(p) -> None:  # type: ignore[no-untyped-def]
        p.answers["brand"] = "x"

    git(repo, "checkout", "-q", "-b", "theirs")
    (repo / "plan.yaml").write_text((repo / "plan.yaml").read_text() + "brand: [broken\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Broken")
    git(repo, "checkout", "-q", "main")
    edit_plan(repo, broken)
    git(repo, "commit", "-q", "-am", "Ours")
    run(["git", "merge", "--no-edit", "theirs"], repo, check=False)
    text = (repo / "plan.yaml").read_text()
    assert "brand: [broken" in text and "  brand: x\n" in text  # git's own line merge of both sides
    assert (
        run([*SMART, "check", "plan.yaml"], repo, check=False).returncode == 1
    )  # and check says it is broken

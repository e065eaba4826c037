"""Plans in git, against real git in temporary repositories: textconv, diff by revision, log, merges."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import bare_sample
from smartcli.plan.model import Plan
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
    run([*SMART, "git-setup"], tmp_path)
    assert attributes(tmp_path, "plan.yaml") == {"diff": "smart", "merge": "smart"}
    git(tmp_path, "add", "--all")
    git(tmp_path, "commit", "-q", "-m", "Diff and merge plans with smart")
    return tmp_path


def attributes(repo: Path, name: str) -> dict[str, str]:
    """What ``git check-attr`` says of the diff and merge attributes of `name` (any bytes in it)."""
    fields = git(repo, "check-attr", "-z", "diff", "merge", "--", name).split("\0")
    return {fields[i + 1]: fields[i + 2] for i in range(0, len(fields) - 2, 3)}


def edit_plan(repo: Path, change, name: str = "plan.yaml") -> None:  # type: ignore[no-untyped-def]
    path = repo / name
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
        "-Objectives › objectives › O2 › Target value: 1,700",
        "+Objectives › objectives › O2 › Target value: 1,800",
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
    assert "More catering" in lines[2] and "objective O3 · Target value 8 → 650" in lines[3]
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
        p.answers["objectives"].append(objective("O6", "100 newsletter sign-ups by June"))
        p.answers["competitors"].append({"id": "C4", "name": "New bakery"})

    def theirs(p) -> None:  # type: ignore[no-untyped-def]
        p.answers["objectives"].append(objective("O6", "20 catering customers by Christmas"))
        p.answers["activities"].append({"id": "A15", "what": "Catering fair", "objectives": ["O6"]})
        p.measurements.append(
            {"id": "M1", "objective": "O1", "date": __import__("datetime").date(2027, 2, 1), "value": 160}
        )
        p.answers["strengths"].append("Sourdough courses")

    result = branch_and_merge(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    plan = load_plan(repo / "plan.yaml", QSET).plan
    statements = {o["id"]: o["statement"] for o in plan.answers["objectives"]}
    assert statements["O6"] == "100 newsletter sign-ups by June"
    assert statements["O7"] == "20 catering customers by Christmas"  # theirs renumbered
    assert plan.answers["activities"][-1] == {
        "id": "A15",
        "what": "Catering fair",
        "objectives": ["O7"],
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
    result = run(["git", "merge", "--no-edit", "theirs"], repo, check=False)
    text = (repo / "plan.yaml").read_text()
    assert "brand: [broken" in text and "  brand: x\n" in text  # git's own line merge of both sides
    assert (
        run([*SMART, "check", "plan.yaml"], repo, check=False).returncode == 1
    )  # and check says it is broken
    # F15: the line merge had no conflict, but its result is not a plan: git must not commit it
    assert result.returncode == 1, result.stdout + result.stderr
    assert "plan.yaml: the merged file is not a valid plan" in result.stdout + result.stderr
    assert git(repo, "status", "--porcelain") == "UU plan.yaml\n"
    assert git(repo, "log", "-1", "--format=%s") == "Ours\n"  # no merge commit was made


def test_both_branches_changing_the_period_is_a_recorded_conflict_and_nothing_else_is_lost(
    repo: Path,
) -> None:
    """F1: the period (a dataclass in the model) is recorded as plain data, and theirs' other changes stay."""
    import datetime as dt

    from smartcli.plan.model import Period

    def ours(p) -> None:  # type: ignore[no-untyped-def]
        p.period = Period(dt.date(2027, 1, 1), dt.date(2027, 12, 15))
        p.answers["strengths"].append("Ours: sourdough courses")

    def theirs(p) -> None:  # type: ignore[no-untyped-def]
        p.period = Period(dt.date(2027, 1, 1), dt.date(2027, 11, 30))
        p.company = "THEIRS Co"
        p.answers["brand"] = "Theirs: known in Trøjborg"
        p.answers["objectives"].append(objective("O6", "20 catering customers by Christmas"))

    result = branch_and_merge(repo, ours, theirs)
    assert result.returncode == 1 and "CONFLICT" in result.stdout, result.stdout + result.stderr
    assert "Internal error" not in result.stdout + result.stderr
    plan = load_plan(repo / "plan.yaml", QSET).plan  # a valid plan, no conflict markers
    assert plan.company == "THEIRS Co" and plan.answers["brand"] == "Theirs: known in Trøjborg"
    assert plan.answers["objectives"][-1]["id"] == "O6"
    assert plan.answers["strengths"][-1] == "Ours: sourdough courses"
    assert plan.period == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 15))  # ours kept
    assert plan.merge_conflicts == [
        {
            "path": "period",
            "base": {"start": dt.date(2027, 1, 1), "end": dt.date(2027, 12, 31)},
            "ours": {"start": dt.date(2027, 1, 1), "end": dt.date(2027, 12, 15)},
            "theirs": {"start": dt.date(2027, 1, 1), "end": dt.date(2027, 11, 30)},
        }
    ]
    check = run([*SMART, "check", "plan.yaml", "--format", "json"], repo, check=False)
    codes = [(f["code"], f["path"]) for f in json.loads(check.stdout)["plans"][0]["findings"]]
    assert ("SM010", "merge_conflicts") in codes
    finding = next(f for f in json.loads(check.stdout)["plans"][0]["findings"] if f["code"] == "SM010")
    assert "period" in finding["message"] and "2027-11-30" in finding["message"]


def drop_objective(plan, oid: str) -> None:  # type: ignore[no-untyped-def]
    """Delete an objective and every reference to it, as a careful user would: valid on its own."""
    plan.answers["objectives"] = [o for o in plan.answers["objectives"] if o["id"] != oid]
    for question in ("activities", "channel_plan", "budget_lines"):
        for record in plan.answers.get(question) or []:
            if oid in (record.get("objectives") or []):
                record["objectives"] = [x for x in record["objectives"] if x != oid]
                if not record["objectives"]:
                    del record["objectives"]
    for milestone in plan.answers.get("milestones") or []:
        if milestone.get("objective") == oid:
            del milestone["objective"]
    plan.measurements = [m for m in plan.measurements if m["objective"] != oid]


def test_a_deleted_objective_that_the_other_branch_refers_to_is_kept_as_a_conflict(repo: Path) -> None:
    """F3: never a merged plan that no command opens; the record stays and the conflict says why."""
    import datetime as dt

    def ours(p) -> None:  # type: ignore[no-untyped-def]
        p.answers["activities"].append({"id": "A15", "what": "Review drive", "objectives": ["O4"]})
        p.measurements.append({"id": "M1", "objective": "O4", "date": dt.date(2027, 5, 20), "value": 9})

    result = branch_and_merge(repo, ours, lambda p: drop_objective(p, "O4"))
    assert result.returncode == 1 and "CONFLICT" in result.stdout, result.stdout + result.stderr
    assert "objectives.objectives[O4]" in result.stdout + result.stderr
    plan = load_plan(repo / "plan.yaml", QSET).plan  # loads: every reference resolves
    assert [o["id"] for o in plan.answers["objectives"]] == ["O1", "O2", "O3", "O4", "O5"]
    assert (
        plan.answers["activities"][-1]["objectives"] == ["O4"] and plan.measurements[0]["objective"] == "O4"
    )
    (conflict,) = plan.merge_conflicts
    assert conflict["path"] == "objectives.objectives[O4]"
    assert conflict["ours"]["id"] == "O4" and conflict["theirs"] is None
    assert "A15" in conflict["note"] and "M1" in conflict["note"]
    for command in (["report", "plan.yaml"], ["status", "plan.yaml"]):
        assert run([*SMART, *command], repo, check=False).returncode == 0
    check = run([*SMART, "check", "plan.yaml", "--format", "json"], repo, check=False)
    assert any(f["code"] == "SM010" for f in json.loads(check.stdout)["plans"][0]["findings"])


def test_a_renamed_and_edited_plan_still_merges_by_answer(repo: Path) -> None:
    """F14: the drivers follow a plan to its new name, whichever branch renamed it."""
    git(repo, "checkout", "-q", "-b", "renamed")
    git(repo, "mv", "plan.yaml", "plan-2027.yaml")
    edit_plan(
        repo, lambda p: p.answers["objectives"].append(objective("O6", "Renamed side")), "plan-2027.yaml"
    )
    git(repo, "commit", "-q", "-am", "Rename and add O6")
    git(repo, "checkout", "-q", "-b", "edited", "main")
    edit_plan(repo, lambda p: p.answers["objectives"].append(objective("O6", "Edited side")))
    git(repo, "commit", "-q", "-am", "Add another O6")
    result = run(["git", "merge", "--no-edit", "renamed"], repo, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    plan = load_plan(repo / "plan-2027.yaml", QSET).plan
    statements = {o["id"]: o["statement"] for o in plan.answers["objectives"]}
    assert statements["O6"] == "Edited side" and statements["O7"] == "Renamed side"


def test_yaml_that_is_not_a_plan_diffs_and_merges_as_git_would(repo: Path) -> None:
    """The drivers cover every YAML file; one that is not a plan is left to git's own ways, byte for byte."""
    base = "".join(f"key{i}: value {i}\n" for i in range(12))
    (repo / "ci.yml").write_bytes(base.encode())
    git(repo, "add", "ci.yml")
    git(repo, "commit", "-q", "-m", "CI")
    assert attributes(repo, "ci.yml") == {"diff": "smart", "merge": "smart"}
    (repo / "ci.yml").write_bytes(base.replace("value 3", "caf\xe9 \x1b[2J").encode("latin-1"))
    diffs = [subprocess.run(["git", "diff", *extra], cwd=repo, capture_output=True, check=True).stdout
             for extra in ([], ["--no-textconv"])]  # fmt: skip
    assert diffs[0] == diffs[1] and b"caf\xe9 \x1b[2J" in diffs[0]  # non-UTF-8 and all: as it is
    git(repo, "checkout", "ci.yml")
    git(repo, "checkout", "-q", "-b", "theirs")
    (repo / "ci.yml").write_text(base.replace("value 1\n", "theirs 1\n"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Theirs")
    git(repo, "checkout", "-q", "main")
    (repo / "ci.yml").write_text(base.replace("value 10", "ours 10"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Ours")
    result = run(["git", "merge", "--no-edit", "theirs"], repo, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smart" not in result.stdout + result.stderr
    assert (repo / "ci.yml").read_text() == base.replace("value 1\n", "theirs 1\n").replace(
        "value 10", "ours 10"
    )
    git(repo, "config", "merge.conflictStyle", "diff3")  # a real conflict: marked the way the user asked
    git(repo, "checkout", "-q", "theirs")
    (repo / "ci.yml").write_text(base.replace("value 5", "theirs 5"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Theirs again")
    git(repo, "checkout", "-q", "main")
    (repo / "ci.yml").write_text((repo / "ci.yml").read_text().replace("value 5", "ours 5"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Ours again")
    conflict = run(["git", "merge", "--no-edit", "theirs"], repo, check=False)
    assert conflict.returncode == 1 and "smart" not in conflict.stderr
    text = (repo / "ci.yml").read_text()
    assert "<<<<<<< ci.yml (ours)\nkey5: ours 5\n||||||| ci.yml (base)\nkey5: value 5\n=======\n" in text


def test_merged_conflicts_are_plain_data_a_plan_file_holds_for_an_open_session_too(tmp_path: Path) -> None:
    """F1 and F3 where a session merges a file changed on disk: the same merge, written and read back."""
    import datetime as dt

    from smartcli.plan.merge import merge_plans
    from smartcli.plan.model import Period
    from smartcli.plan.planfile import load_plan_text

    def version(change) -> Plan:  # type: ignore[no-untyped-def]
        plan = load_plan_text(bare_sample("en"), QSET, tmp_path / "plan.yaml").plan
        change(plan)
        return plan

    def ours(p) -> None:  # type: ignore[no-untyped-def]
        p.period = Period(dt.date(2027, 2, 1), dt.date(2027, 12, 31))
        drop_objective(p, "O4")

    def theirs(p) -> None:  # type: ignore[no-untyped-def]
        p.period = Period(dt.date(2027, 3, 1), dt.date(2027, 12, 31))
        p.measurements.append({"id": "M1", "objective": "O4", "date": dt.date(2027, 5, 20), "value": 9})

    merged, conflicts = merge_plans(version(lambda p: None), version(ours), version(theirs), QSET)
    assert [c.path for c in conflicts] == ["period", "objectives.objectives[O4]"]
    again = load_plan_text(dump_plan(merged, QSET), QSET, tmp_path / "plan.yaml").plan
    assert again.merge_conflicts[0]["theirs"] == {"start": dt.date(2027, 3, 1), "end": dt.date(2027, 12, 31)}
    assert again.merge_conflicts[1]["ours"] is None and again.merge_conflicts[1]["theirs"]["id"] == "O4"
    assert [o["id"] for o in again.answers["objectives"]] == ["O1", "O2", "O3", "O4", "O5"]


def check_codes(repo: Path, name: str) -> list[str]:
    check = run([*SMART, "check", "--format", "json", "--", name], repo, check=False)
    return [f["code"] for f in json.loads(check.stdout)["plans"][0]["findings"]]


def test_check_warns_when_git_would_merge_a_plan_line_by_line(tmp_path: Path) -> None:
    """F14: a plan registered by name and then renamed is named by SM012 until git-setup runs again."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plan.yaml").write_text(bare_sample("en"), encoding="utf-8")
    assert "SM012" not in check_codes(tmp_path, "plan.yaml")  # never set up here: nothing to say
    run([*SMART, "git-setup", "plan.yaml"], tmp_path)
    assert "SM012" not in check_codes(tmp_path, "plan.yaml")
    (tmp_path / "plan.yaml").rename(tmp_path / "plan 2027.yaml")
    assert "SM012" in check_codes(tmp_path, "plan 2027.yaml")
    check = run([*SMART, "check", "plan 2027.yaml"], tmp_path, check=False)
    assert "Run smart git-setup in the repository, and commit .gitattributes." in check.stdout
    run([*SMART, "git-setup"], tmp_path)
    assert "SM012" not in check_codes(tmp_path, "plan 2027.yaml")


def test_the_merge_driver_keeps_a_crlf_plan_crlf(tmp_path: Path) -> None:
    """A plan saved on Windows must not come out of a merge with every line changed."""
    import io

    from rich.console import Console

    from smartcli.vcs.drivers import merge_files

    text = bare_sample("en")
    base, ours, theirs = (tmp_path / name for name in ("base", "ours", "theirs"))
    for path, content in (
        (base, text),
        (ours, text.replace("company: ", "company: Ours ", 1)),
        (theirs, text.replace("title: ", "title: Theirs ", 1)),
    ):
        path.write_bytes(("\ufeff" + content).replace("\n", "\r\n").encode("utf-8"))
    assert merge_files(base, ours, theirs, "plan.yaml", Console(file=io.StringIO())) == 0
    merged = ours.read_bytes()
    assert merged.startswith("\ufeff".encode()) and merged.count(b"\n") == merged.count(b"\r\n")
    assert b"company: Ours " in merged and b"title: Theirs " in merged

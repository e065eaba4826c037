"""Plans in git against hostile and awkward input: options posing as revisions, odd file names, escapes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import test_git
from test_git import SMART, attributes, edit_plan, git, run

from helpers import bare_sample

repo = test_git.repo  # the same fixture: a repository with a committed plan and smart's drivers

EVIL = "Evil\x1b]0;HACKED\x07\x1b[2J\x9b31m"
"""An answer that would retitle and clear a terminal (OSC 0, CSI 2J, and an 8-bit CSI)."""


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if ".git" not in p.parts}


# --- F2: nothing a user types reaches git as an option ------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "plan.yaml", "--rev", "--output=written"],
        ["diff", "plan.yaml", "--rev=-p"],
        ["diff", "--", "--output=written:plan.yaml", "plan.yaml"],
        ["diff", "--", "-p:plan.yaml", "plan.yaml"],
    ],
)
def test_a_revision_that_looks_like_an_option_is_refused_and_writes_nothing(
    repo: Path, args: list[str]
) -> None:
    before = files_in(repo)
    result = run([*SMART, *args], repo, check=False)
    assert files_in(repo) == before  # git wrote no file: --output never reached it
    assert result.returncode == 2, result.stdout + result.stderr
    assert "starts with '-'" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_unknown_revision_is_named_in_one_line(repo: Path) -> None:
    result = run([*SMART, "diff", "plan.yaml", "--rev", "no-such-branch"], repo, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Error: 'no-such-branch' is not a revision in this repository (a branch, a tag, HEAD~2 or a commit hash)."
    )
    spec = run([*SMART, "diff", "nope~1:plan.yaml", "plan.yaml"], repo, check=False)
    assert spec.returncode == 2 and "'nope~1' is not a revision" in spec.stderr


def test_revisions_and_rev_path_still_work(repo: Path) -> None:
    edit_plan(repo, lambda p: p.answers.update(brand="Known across Aarhus"))
    git(repo, "commit", "-q", "-am", "Brand")
    assert "(1 change)" in run([*SMART, "diff", "plan.yaml", "--rev", "HEAD~1"], repo).stdout
    sha = git(repo, "rev-parse", "HEAD~1").strip()
    assert "(1 change)" in run([*SMART, "diff", f"{sha[:8]}:plan.yaml", "main:plan.yaml"], repo).stdout


# --- F10: names git would quote -------------------------------------------------------------


@pytest.mark.parametrize("name", ["markedsplan-københavn.yaml", "plan med mellemrum.yaml", "ny\nplan.yaml"])
def test_log_reads_every_version_of_a_plan_whatever_its_name(repo: Path, name: str) -> None:
    git(repo, "mv", "plan.yaml", name)
    git(repo, "commit", "-q", "-m", "Rename")
    edit_plan(repo, lambda p: p.answers["objectives"][2].update(target=650), name)
    git(repo, "commit", "-q", "-am", "More catering")
    result = run([*SMART, "log", "--", name], repo)
    assert "not a valid plan" not in result.stdout, result.stdout
    lines = result.stdout.splitlines()
    assert "objective O3 · Target value 8 → 650" in lines[1] and "no changes to the plan" in lines[3]
    assert "the plan was created" in lines[-1]
    assert "no changes to the plan" in run([*SMART, "diff", "--", name], repo).stdout


# --- F11: .gitattributes lines that name exactly the plan they mean --------------------------


def test_git_setup_quotes_names_so_each_plan_and_only_it_gets_the_drivers(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    names = [
        "with space.yaml",
        "a[1]*.yaml",
        'quote"and\\back.yaml',
        "ny\nplan.yaml",
        "#hash.yaml",
        "æøå.yaml",
    ]
    for name in [*names, "a1x.yaml"]:
        (tmp_path / name).write_text(bare_sample("en"), encoding="utf-8")
    result = run([*SMART, "git-setup", *names], tmp_path)
    assert "is not a valid attribute name" not in result.stderr
    for name in names:
        assert attributes(tmp_path, name) == {"diff": "smart", "merge": "smart"}, name
    assert attributes(tmp_path, "a1x.yaml") == {"diff": "unspecified", "merge": "unspecified"}
    status = run(["git", "status", "--porcelain"], tmp_path)
    assert status.stderr == ""  # git reads every line of .gitattributes without a warning
    again = run([*SMART, "git-setup", *names], tmp_path)  # running it again adds nothing
    assert (tmp_path / ".gitattributes").read_text(encoding="utf-8").count("merge=smart") == len(names)
    assert again.returncode == 0


def test_git_setup_keeps_lock_files_out_of_git_once(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plan.yaml").write_text(bare_sample("en"), encoding="utf-8")
    (tmp_path / ".gitignore").write_text("build/", encoding="utf-8")  # no newline at the end
    run([*SMART, "git-setup"], tmp_path)
    run([*SMART, "git-setup"], tmp_path)
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "build/\n.*.lock\n"
    assert git(tmp_path, "check-ignore", ".plan.yaml.lock") == ".plan.yaml.lock\n"


# --- F13 and F23: clear messages, the right exit codes ------------------------------------


@pytest.mark.parametrize("command", ["diff", "log"])
def test_a_plan_in_a_missing_folder_is_a_usage_error(repo: Path, command: str) -> None:
    result = run([*SMART, command, "missing/plan.yaml"], repo, check=False)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "missing/plan.yaml" in result.stderr


def test_diff_names_every_format_it_knows(repo: Path) -> None:
    result = run([*SMART, "diff", "plan.yaml", "--format", "xml"], repo, check=False)
    assert result.returncode == 2 and "Use text, md or json." in result.stderr


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_log_refuses_a_limit_below_one(repo: Path, limit: str) -> None:
    result = run([*SMART, "log", "plan.yaml", "-n", limit], repo, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == f"Error: --limit must be 1 or more (not {limit})."


@pytest.mark.parametrize(
    "command", [[*SMART, "textconv"], [sys.executable, "-m", "smartcli.vcs.textconv"]], ids=["smart", "light"]
)
def test_textconv_of_a_missing_file_says_so_in_one_line(tmp_path: Path, command: list[str]) -> None:
    result = run([*command, "missing.yaml"], tmp_path, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "missing.yaml" in result.stderr


# --- F6: answers and commit messages never drive the terminal --------------------------------


def test_escape_sequences_in_answers_and_commits_never_reach_the_terminal(repo: Path) -> None:
    edit_plan(repo, lambda p: setattr(p, "company", EVIL))
    run(["git", "commit", "-q", "-am", f"Subject {EVIL}"], repo)
    edit_plan(repo, lambda p: p.answers.update(brand=f"Brand {EVIL}\nsecond line"))
    outputs = {
        "diff": run([*SMART, "diff", "plan.yaml", "--rev", "HEAD~1"], repo).stdout,
        "diff md": run([*SMART, "diff", "plan.yaml", "--rev", "HEAD~1", "--format", "md"], repo).stdout,
        "log": run([*SMART, "log", "plan.yaml"], repo).stdout,
        "git diff": git(repo, "diff", "HEAD~1"),  # through the textconv driver
        "git log -p": git(repo, "log", "-p", "-2", "--format=%h"),
    }
    for name, text in outputs.items():
        for control in ("\x1b", "\x07", "\x9b"):
            assert control not in text, f"{name} printed {control!r}: {text!r}"
        shown = "Evil␛\\]0;HACKED␇␛\\[2J" if name == "diff md" else "Evil␛]0;HACKED␇␛[2J"
        assert shown in text, name  # shown, not hidden (Markdown escapes the brackets too)
    document = run([*SMART, "diff", "plan.yaml", "--rev", "HEAD~1", "--format", "json"], repo).stdout
    assert "\x9b" not in document and "\x1b" not in document
    assert json.loads(document)["changes"][0]["new"] == EVIL  # the data stays exact

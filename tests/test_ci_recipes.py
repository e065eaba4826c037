"""The CI recipes of docs/ci: their shell commands run here, against a real git repository of plans.

The workflow files can only run on GitHub and GitLab; what they ask the shell to do is tested here,
with the bash they run it with (``bash -eo pipefail``) and this smart on the PATH.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "examples" / "bageriet-hvede.da.yaml").read_text(encoding="utf-8")
WORKFLOW = yaml.safe_load((ROOT / "docs" / "ci" / "github-pages.yml").read_text(encoding="utf-8"))
GITLAB = yaml.safe_load((ROOT / "docs" / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8"))


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.email=m@h.dk", "-c", "user.name=Mette", "-C", str(repo), *args],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


@pytest.fixture
def pull_request(tmp_path: Path) -> Path:
    """main with two client plans; a branch that edits one, adds one, and changes a YAML that is no plan."""
    repo = tmp_path / "repo"
    (repo / "clients" / "hvede").mkdir(parents=True)
    (repo / "clients" / "acme").mkdir()
    (repo / "clients" / "hvede" / "plan.yaml").write_text(SAMPLE, encoding="utf-8")
    (repo / "clients" / "acme" / "plan.yaml").write_text(
        SAMPLE.replace("Bageriet Hvede ApS", "Acme ApS"), "utf-8"
    )
    (repo / "ci.yml").write_text("on: push\n", encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "Plans")
    git(repo, "checkout", "-qb", "feature")
    plan = repo / "clients" / "hvede" / "plan.yaml"
    plan.write_text(SAMPLE.replace("total_budget: 180000", "total_budget: 200000"), encoding="utf-8")
    (repo / "clients" / "ny kunde æøå").mkdir()
    (repo / "clients" / "ny kunde æøå" / "plan.yaml").write_text(SAMPLE, encoding="utf-8")
    (repo / "ci.yml").write_text("on: [push, pull_request]\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "More budget, a new client")
    return repo


def shell(script: str, repo: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `script` as the CI runners do: bash -eo pipefail, with this smart first on the PATH."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=repo, capture_output=True, text=True, env={**os.environ, "PATH": path, "SMART_LANG": "en", **env},
        timeout=300,
    )  # fmt: skip


def steps(job: str) -> dict[str, Any]:
    return {step.get("name", ""): step for step in WORKFLOW["jobs"][job]["steps"]}


def assert_the_comment(repo: Path) -> None:
    comment = (repo / "comment.md").read_text(encoding="utf-8")
    assert "180.000 kr. → 200.000 kr." in comment  # the changed answer, in words (the plan speaks Danish)
    assert "kr.\n\n### clients/ny" in comment  # each plan a section of its own
    assert "clients/ny kunde æøå/plan.yaml" in comment and "A new plan." in comment
    assert "Acme" not in comment and "ci.yml" not in comment  # unchanged plans and other YAML: nothing


def test_the_github_comment_step_says_what_each_changed_plan_changes(pull_request: Path) -> None:
    script = steps("comment")["What the pull request changes in each plan"]["run"]
    done = shell(script, pull_request, BASE="main")
    assert done.returncode == 0, done.stderr
    assert_the_comment(pull_request)


def test_the_gitlab_comment_job_says_the_same(pull_request: Path) -> None:
    loop = next(line for line in GITLAB["diff-comment"]["script"] if "smart diff" in line)
    done = shell(loop, pull_request, BASE="main")
    assert done.returncode == 0, done.stderr
    assert_the_comment(pull_request)


def test_the_check_and_site_steps_run_as_written(pull_request: Path) -> None:
    env = {"PLANS": WORKFLOW["env"]["PLANS"]}
    check = shell(
        steps("check")["Check every plan (findings become annotations on the lines)"]["run"],
        pull_request,
        **env,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert all(line.startswith("::") for line in check.stdout.splitlines())  # annotations only
    site = shell(steps("site")["Build the site"]["run"], pull_request, **env)
    assert site.returncode == 0, site.stderr
    assert (pull_request / "public" / "index.html").is_file()
    assert (pull_request / "public" / "hvede" / "plan" / "history.html").is_file()
    gitlab = shell("\n".join(GITLAB["pages"]["script"]), pull_request, PLANS=GITLAB["variables"]["PLANS"])
    assert gitlab.returncode == 0 and "plans built: 0, unchanged: 3" in " ".join(gitlab.stdout.split())


def test_a_plan_with_an_error_fails_the_check_job(pull_request: Path) -> None:
    plan = pull_request / "clients" / "acme" / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("  end: 2027-12-31", "  end: 2026-12-31", 1), "utf-8"
    )
    job = shell("\n".join(GITLAB["check"]["script"]), pull_request, PLANS="clients")
    assert job.returncode != 0

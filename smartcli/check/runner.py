"""``smart check``: validate and lint plans the way a careful consultant would, for people, CI and pre-commit.

A plan is first loaded (every file and schema problem becomes a finding with
its line), then held to the rules in :mod:`smartcli.check.findings`: objectives that
are measurable and time-bound, budgets and dates that agree, questions that
are answered. Each finding has a stable code, a severity, a field path, the
line where it stands, and a one-line fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from smartcli.check.findings import LOAD_PROBLEM_CODES, RULES, SEVERITIES, Finding, PlanCheck
from smartcli.check.rules import Checker
from smartcli.errors import FileProblemsError, Problem, SmartError
from smartcli.i18n import Lang, resolve_lang, t
from smartcli.output import inert
from smartcli.plan.model import (
    PHASE_IDS,
    QuestionSet,
)
from smartcli.plan.planfile import load_plan, looks_like_plan, plans_in


def _silenced(finding: Finding, ignore: list[str]) -> bool:
    return finding.code in ignore or (
        finding.subject is not None and f"{finding.code}:{finding.subject}" in ignore
    )


def _load_findings(error: FileProblemsError, lang: Lang, path: Path) -> list[Finding]:
    findings = []
    for problem in error.problems:
        code = LOAD_PROBLEM_CODES.get(problem.key, "SM004")
        rule = RULES[code]
        detail = Problem(problem.key, problem.params).render(lang)
        phase = problem.path.split(".")[0] if problem.path.split(".")[0] in PHASE_IDS else None
        fill = {"file": str(path), "question": problem.path.split(".")[-1], "detail": detail}
        findings.append(
            Finding(
                code,
                rule.severity,
                phase,
                problem.path,
                problem.line,
                problem.column,
                None,
                rule.message(lang).format(**fill),
                rule.fix(lang).format(**fill),
            )
        )
    return findings


def check_plan(
    path: Path,
    qset: QuestionSet,
    lang: str | None = None,
    today: dt.date | None = None,
    *,
    complete: bool = False,
) -> PlanCheck:
    """Check one plan file.

    Args:
        path: The plan file.
        qset: The question set it is checked against.
        lang: The language of the messages (``None``: the plan's own).
        today: The date deadlines are compared with (default: today).
        complete: Hold the plan to be finished: a required answer not given
            is an error, not a ``todo``.
    """
    result = PlanCheck(path, lang=resolve_lang(lang))
    try:
        loaded = load_plan(path, qset, result.lang)
    except FileProblemsError as error:
        result.lang = resolve_lang(lang, error.lang_hint)
        result.findings = _load_findings(error, result.lang, path)
        return result
    except SmartError as error:
        result.unreadable = error.render(result.lang)
        return result
    language = result.lang = resolve_lang(lang, loaded.plan.language)
    checker = Checker(
        path, loaded.plan, qset, loaded.root, language, today or dt.date.today(), complete=complete
    )
    findings = checker.run()
    result.findings = [f for f in findings if not _silenced(f, loaded.plan.ignore_checks)]
    return result


def find_plan_files(paths: list[Path], lang: Lang = "en") -> tuple[list[Path], list[PlanCheck]]:
    """The plan files to check: files as given, folders searched for YAML files that are plans.

    Returns:
        The files, and a :class:`PlanCheck` marked unreadable for each path that
        does not exist or is a folder with no plan in it.
    """
    files: list[Path] = []
    missing: list[PlanCheck] = []
    for path in paths:
        if path.is_dir():
            found = sorted(plans_in(path))
            if not found:
                missing.append(PlanCheck(path, unreadable=t(lang, "check.no_plans")))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            missing.append(PlanCheck(path, unreadable=t(lang, "error.file_missing", path=str(path))))
    return files, missing


def check_paths(
    paths: list[Path],
    qset: QuestionSet,
    lang: str | None = None,
    *,
    skip_non_plans: bool = False,
    today: dt.date | None = None,
    progress: Callable[[Path], None] | None = None,
    complete: bool = False,
) -> list[PlanCheck]:
    """Check every plan in `paths` (files, or folders to search).

    Args:
        skip_non_plans: Pass over files that are not plans (for pre-commit,
            which hands over every YAML file that changed).
        complete: Hold every plan to be finished (see :func:`check_plan`).
    """
    files, results = find_plan_files(paths, resolve_lang(lang))
    for path in files:
        if skip_non_plans and not looks_like_plan(path):
            continue
        if progress is not None:
            progress(path)
        results.append(check_plan(path, qset, lang, today, complete=complete))
    return results


def to_json(results: list[PlanCheck]) -> dict[str, Any]:
    """The documented JSON shape of ``smart check --format json`` (see docs/check.md)."""
    plans = []
    for result in results:
        entry: dict[str, Any] = {"path": str(result.path), "readable": result.unreadable is None}
        if result.unreadable is not None:
            entry["error"] = result.unreadable
        entry["counts"] = {s: result.count(s) for s in SEVERITIES}
        entry["findings"] = [asdict(f) for f in result.findings]
        plans.append(entry)
    summary: dict[str, int] = {s: sum(r.count(s) for r in results) for s in SEVERITIES}
    summary["plans"] = len(results)
    summary["unreadable"] = sum(1 for r in results if r.unreadable is not None)
    return {"version": 2, "plans": plans, "summary": summary}


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice", "todo": "notice"}


def _github_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped as GitHub's runner wants them."""
    return inert(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """A workflow command's property value: as a message, and ``:`` and ``,`` escaped too."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(results: list[PlanCheck]) -> list[str]:
    """The findings as GitHub Actions workflow commands, one annotation a line.

    ``::error file=plan.yaml,line=12,col=5,title=SM104::message → fix``: the
    runner shows each on the line of the file it concerns, in the pull request
    too. Errors and warnings keep their level; ``info`` and ``todo`` are notices.
    """
    lines = []
    for result in results:
        file = _github_property(str(result.path))
        if result.unreadable is not None:
            lines.append(f"::error file={file}::{_github_data(result.unreadable)}")
            continue
        for f in result.findings:
            where = [f"file={file}"]
            if f.line is not None:
                where.append(f"line={f.line}")
                if f.column is not None:
                    where.append(f"col={f.column}")
            where.append(f"title={_github_property(f'{f.code} {f.path}'.strip())}")
            message = _github_data(f"{f.message} → {f.fix}")
            lines.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(where)}::{message}")
    return lines

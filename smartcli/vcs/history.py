"""``smart diff`` and ``smart log``: versions of a plan from files and git, compared in the model's words."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from smartcli.errors import SmartError
from smartcli.i18n import Lang, resolve_lang, t, tn
from smartcli.output import inert
from smartcli.plan.model import Plan, QuestionSet
from smartcli.plan.planfile import load_plan, load_plan_text
from smartcli.report.markdown import inline
from smartcli.vcs import gitio
from smartcli.vcs.diffing import Change, diff_plans, summarize


@dataclass
class Version:
    """One version of a plan and what to call it (``plan.yaml``, ``HEAD~3:plan.yaml``)."""

    plan: Plan
    label: str


def load_version(spec: str, qset: QuestionSet, lang: Lang, *, rev: str | None = None) -> Version:
    """A plan from a file, from ``REV:PATH``, or (with `rev`) from the file `spec` as it was at `rev`.

    Raises:
        SmartError: The file or revision does not exist, a revision starts
            with ``-``, or git fails.
        PlanLoadError: That version is not a valid plan.
    """
    path = Path(spec)
    if rev is not None:
        return Version(
            load_plan_text(gitio.show(rev, path), qset, Path(f"{rev}:{spec}"), lang).plan, f"{rev}:{spec}"
        )
    if not path.exists() and ":" in spec:
        text = gitio.show_spec(spec, Path.cwd())
        return Version(load_plan_text(text, qset, Path(spec), lang).plan, spec)
    return Version(load_plan(path, qset, lang).plan, spec)


def compare(
    old_spec: str, new_spec: str | None, qset: QuestionSet, lang: Lang, rev: str | None
) -> tuple[Version, Version]:
    """The two versions ``smart diff`` compares.

    ``smart diff PLAN`` compares the last commit with the working file;
    ``--rev REV`` compares that revision with the working file (or NEW).

    Raises:
        SmartError: A file or revision does not exist (the working file is
            looked for first, so a missing one is named as such), or git fails.
    """
    if new_spec is None:
        if not Path(old_spec).exists():
            raise SmartError("error.plan_missing", path=old_spec)
        old = load_version(old_spec, qset, lang, rev=rev or "HEAD")
        return old, load_version(old_spec, qset, lang)
    if rev is not None:
        return load_version(old_spec, qset, lang, rev=rev), load_version(new_spec, qset, lang)
    return load_version(old_spec, qset, lang), load_version(new_spec, qset, lang)


# --- showing a diff -----------------------------------------------------------------

_MARK = {"added": "[green]+[/]", "removed": "[red]-[/]", "changed": "[yellow]~[/]"}
_RICH_WORDS = {"=": "{}", "-": "[red strike]{}[/]", "+": "[green]{}[/]"}
_MD_WORDS = {"=": "{}", "-": "~~{}~~ ", "+": "**{}** "}


def _groups(changes: list[Change], qset: QuestionSet, lang: Lang) -> list[tuple[str, list[Change]]]:
    order: dict[str | None, str] = {None: t(lang, "diff.group_plan")}
    order.update((phase.id, f"{phase.number}. {phase.title(lang)}") for phase in qset.phases)
    grouped: dict[str | None, list[Change]] = {}
    for change in changes:
        grouped.setdefault(change.phase, []).append(change)
    return [(order[key], grouped[key]) for key in order if key in grouped]


def _shown(text: str | None) -> str:
    """A value for the terminal: controls made visible (an answer may hold ``ESC ]0;``), markup escaped."""
    return escape(inert(text or "–"))


def _md(value: object, *, line_start: bool = True) -> str:
    """A value for Markdown: controls made visible, then escaped as one line."""
    return inline(inert(str(value)), line_start=line_start)


def print_diff(
    old: Version, new: Version, changes: list[Change], qset: QuestionSet, console: Console, lang: Lang
) -> None:
    """The changes in the terminal, grouped by phase; long texts as a word diff."""
    title = t(lang, "diff.title", old=old.label, new=new.label)
    count = tn(lang, "diff.count", len(changes))
    console.print(f"[bold]{_shown(title)}[/] ({escape(count)})", soft_wrap=True)
    if not changes:
        console.print(f"  {escape(t(lang, 'diff.none'))}")
    for heading, group in _groups(changes, qset, lang):
        console.print(f"[bold]{_shown(heading)}[/]")
        for change in group:
            head = f"  {_MARK[change.kind]} {_shown(change.label)}"
            if change.words:
                words = "".join(_RICH_WORDS[op].format(escape(inert(text))) for op, text in change.words)
                console.print(f"{head}:\n      {words}", soft_wrap=True)
            elif change.kind == "changed":
                console.print(
                    f"{head}: [red]{_shown(change.old)}[/] → [green]{_shown(change.new)}[/]", soft_wrap=True
                )
            else:
                value = change.new if change.kind == "added" else change.old
                console.print(f"{head}: {_shown(value)}", soft_wrap=True)


def diff_markdown(old: Version, new: Version, changes: list[Change], qset: QuestionSet, lang: Lang) -> str:
    """The changes as Markdown, for a pull-request comment: values escaped, long texts as a word diff."""
    lines = [f"### {_md(t(lang, 'diff.title', old=old.label, new=new.label))}", ""]
    if not changes:
        lines += [inline(t(lang, "diff.none")), ""]
    for heading, group in _groups(changes, qset, lang):
        lines += [f"#### {_md(heading, line_start=False)}", ""]
        for change in group:
            kind = t(lang, f"diff.kind.{change.kind}")
            label = _md(change.label)
            if change.words:
                text = "".join(
                    _MD_WORDS[op].format(_md(w) if op == "=" else _md(w.strip())) for op, w in change.words
                )
                lines.append(f"- **{label}** ({kind}): {' '.join(text.split())}")
            elif change.kind == "changed":
                old_text, new_text = _md(change.old or "–"), _md(change.new or "–")
                lines.append(f"- **{label}** ({kind}): {old_text} → {new_text}")
            else:
                value = change.new if change.kind == "added" else change.old
                lines.append(f"- **{label}** ({kind}): {_md(value or '–')}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def diff_json(old: Version, new: Version, changes: list[Change]) -> dict[str, Any]:
    """The changes as data: ``{"version": 1, "old": ..., "new": ..., "changes": [...]}``."""
    return {"version": 1, "old": old.label, "new": new.label, "changes": [c.as_dict() for c in changes]}


_C1 = re.compile("[\x7f-\x9f]")


def dump_json(document: dict[str, Any]) -> str:
    """`document` as JSON text that is safe to print: the data exact, no control character raw.

    ``json.dumps`` escapes C0 controls (ESC is ``\\u001b``) but writes DEL and
    the C1 controls (the 8-bit CSI, U+009B) as they are; they are escaped too,
    which JSON allows anywhere in a string and which reads back the same.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2, default=str)
    return _C1.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


# --- the log ------------------------------------------------------------------------


@dataclass
class LogEntry:
    """One commit of a plan's history with what it changed in the model's words."""

    commit: gitio.Commit
    changes: list[Change]
    summary: str


def plan_log(
    path: Path, qset: QuestionSet, lang_option: str | None, limit: int | None = None
) -> list[LogEntry]:
    """The plan's history from git, newest first, each commit summarised in the model's terms.

    The summaries speak `lang_option`, else the newest version's language.
    Only the versions shown (and the one before the oldest, to compare with)
    are read.

    Raises:
        SmartError: `limit` is below 1, not in a git repository, or the file
            has no history.
    """
    if limit is not None and limit < 1:
        raise SmartError("log.bad_limit", value=limit)
    commits = gitio.history(path, limit=None if limit is None else limit + 1)
    if not commits:
        raise SmartError("git.no_history", path=str(path))
    root, _ = gitio.in_repo_path(path)
    lang = resolve_lang(lang_option)
    versions: list[Plan | None] = []
    for commit in commits:
        try:
            source = Path(f"{commit.sha[:7]}:{commit.name}")
            versions.append(load_plan_text(gitio.version_at(commit, root), qset, source, lang).plan)
        except SmartError:
            versions.append(None)  # a version that was not a valid plan: nothing to compare
    newest = next((v for v in versions if v is not None), None)
    lang = resolve_lang(lang_option, newest.language if newest else None)
    entries = []
    for i, commit in enumerate(commits[:limit]):
        new, old = versions[i], versions[i + 1] if i + 1 < len(versions) else None
        if new is None:
            entries.append(LogEntry(commit, [], t(lang, "log.unreadable")))
            continue
        changes = diff_plans(old or Plan(language=new.language), new, qset, lang)
        summary = t(lang, "log.created") if old is None else summarize(changes, lang)
        entries.append(LogEntry(commit, changes, summary))
    return entries


def print_log(entries: list[LogEntry], console: Console) -> None:
    """One line per commit: hash, date, author, subject, and what it changed."""
    for entry in entries:
        c = entry.commit
        console.print(
            f"[yellow]{c.sha[:7]}[/] {_shown(c.date)} [bold]{_shown(c.author)}[/] {_shown(c.subject)}",
            soft_wrap=True,
        )
        console.print(f"        {_shown(entry.summary)}", soft_wrap=True)

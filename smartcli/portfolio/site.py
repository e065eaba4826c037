"""``smart site DIR… -o OUT``: a static site of many plans, to share without installing anything.

``OUT/index.html`` holds the overview (as ``smart status DIR`` shows it), one
``<details>`` per client folder, linking each plan's page: ``OUT/<folder>/<plan>/
index.html`` is its HTML report and ``history.html`` its history from git (in
``smart log``'s words) when the plan is in a repository. Every page stands
alone (no script, no CDN, no web font) and links relatively, so the site works
from the file system and from a Pages sub-path alike; each plan's pages speak
its own language.

A plan's pages are rebuilt only when the plan, its history or smart changed:
``OUT/.smart-site.json`` keeps a hash of each. The index is made every time,
since what is due depends on the day. Pages of plans that are gone are removed;
nothing else in OUT is ever touched, and a folder that holds other things and
no ``.smart-site.json`` is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from smartcli import __version__
from smartcli.errors import SmartError
from smartcli.i18n import Lang, resolve_lang, t
from smartcli.plan.files import write_atomic
from smartcli.plan.model import QuestionSet
from smartcli.plan.planfile import load_plan
from smartcli.portfolio.overview import COLUMNS, PlanRow, cells, overview
from smartcli.report.render import render_html, render_page

MANIFEST = ".smart-site.json"


@dataclass
class SiteResult:
    """What a build did: plans whose pages were (re)built, kept as they were, and removed."""

    index: Path
    built: int
    kept: int
    removed: int


def build_site(
    paths: list[Path], out: Path, qset: QuestionSet, lang: str | None = None, *, today: dt.date | None = None
) -> SiteResult:
    """Write (or bring up to date) the static site of every plan under `paths` into `out`.

    Raises:
        SmartError: `out` is a file, lies inside a plan folder, or holds other
            things and no site of smart's; a path does not exist.
    """
    language = resolve_lang(lang)
    today = today or dt.date.today()
    _check_out(out, paths)
    rows = overview(paths, qset, lang, today=today)
    manifest = _read_manifest(out)
    pages: dict[str, dict[str, str]] = {}
    built = kept = 0
    taken: set[str] = set()
    for row in rows:
        if not row.readable:
            continue
        folder = _folder_for(row, taken)
        stamp = _stamp(row.path)
        pages[row.shown] = {"folder": folder, "stamp": stamp, "history": ""}
        old = manifest.get(row.shown)
        if old is not None and old.get("stamp") == stamp and old.get("folder") == folder:
            pages[row.shown]["history"] = old.get("history", "")
            kept += 1
            continue
        has_history = _write_plan_pages(row, out, folder, qset)
        pages[row.shown]["history"] = "history.html" if has_history else ""
        built += 1
    removed = 0
    for shown, old in manifest.items():
        if (
            shown not in pages
            and old.get("folder")
            and old.get("folder") not in {p["folder"] for p in pages.values()}
        ):
            gone = out / old["folder"]
            shutil.rmtree(gone, ignore_errors=True)
            for parent in gone.parents:  # the client's folder too, once nothing is left in it
                if parent == out or not parent.is_relative_to(out) or any(parent.iterdir()):
                    break
                parent.rmdir()
            removed += 1
    index = out / "index.html"
    write_atomic(index, _index_page(rows, pages, qset, language, today))
    document = {"version": 1, "smart": __version__, "plans": pages}
    write_atomic(out / MANIFEST, json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return SiteResult(index, built, kept, removed)


def _check_out(out: Path, paths: list[Path]) -> None:
    if out.exists() and not out.is_dir():
        raise SmartError("site.out_is_file", out=str(out))
    resolved = out.resolve()
    for path in paths:
        if path.is_dir() and (resolved == path.resolve() or resolved.is_relative_to(path.resolve())):
            raise SmartError("site.inside_source", out=str(out))
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        raise SmartError("site.not_a_site", out=str(out))


def _read_manifest(out: Path) -> dict[str, dict[str, str]]:
    try:
        document = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("smart") != __version__:
        return {}  # another smart made these pages: all are made again
    plans = document.get("plans")
    return plans if isinstance(plans, dict) else {}


def _folder_for(row: PlanRow, taken: set[str]) -> str:
    """Where a plan's pages go: its path without the suffix (``clients/acme/plan-2027``), made unique."""
    stem = row.shown.rsplit(".", 1)[0] if row.shown.endswith((".yaml", ".yml")) else row.shown
    folder, n = stem, 2
    while folder in taken or folder in ("index.html", MANIFEST):
        folder, n = f"{stem}-{n}", n + 1
    taken.add(folder)
    return folder


def _stamp(path: Path) -> str:
    """What a plan's pages depend on: its bytes, the last commit that touched it, and smart's version."""
    digest = hashlib.sha256(path.read_bytes())
    digest.update(__version__.encode())
    head = _last_commit(path)
    digest.update(head.encode())
    return digest.hexdigest()


def _last_commit(path: Path) -> str:
    from smartcli.vcs import gitio

    try:
        commits = gitio.history(path, limit=1)
    except SmartError:
        return ""
    return commits[0].sha if commits else ""


def _write_plan_pages(row: PlanRow, out: Path, name: str, qset: QuestionSet) -> bool:
    """The plan's report and, when git knows it, its history; returns whether there is a history page."""
    plan = load_plan(row.path, qset, row.lang).plan
    document = render_html(plan, qset, plan.language)
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    up = "../" * len(name.split("/"))
    write_atomic(folder / "index.html", document.html)
    entries = _history(row.path, qset, plan.language)
    history = folder / "history.html"
    if not entries:
        history.unlink(missing_ok=True)
        return False
    words = {
        key: t(plan.language, f"site.{key}") for key in ("history", "back", "commit", "when", "who", "what")
    }
    page = render_page(
        "site-history.html.j2",
        qset,
        plan.language,
        row=row,
        entries=entries,
        words=words,
        index=up + "index.html",
    )
    write_atomic(history, page)
    return True


def _history(path: Path, qset: QuestionSet, lang: Lang) -> list[dict[str, Any]]:
    from smartcli.vcs.history import plan_log

    try:
        entries = plan_log(path, qset, lang)
    except SmartError:
        return []  # not in a repository, or never committed
    return [
        {
            "sha": e.commit.sha[:7],
            "date": e.commit.date,
            "author": e.commit.author,
            "subject": e.commit.subject,
            "summary": e.summary,
        }
        for e in entries
    ]


def _index_page(
    rows: list[PlanRow], pages: dict[str, dict[str, str]], qset: QuestionSet, lang: Lang, today: dt.date
) -> str:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        client = row.shown.rsplit("/", 1)[0] if "/" in row.shown else "."
        page = pages.get(row.shown)
        entry: dict[str, Any] = {
            "row": row,
            "cells": cells(row, lang, today),
            "report": _href(page["folder"], "index.html") if page else None,
            "history": _href(page["folder"], page["history"]) if page and page["history"] else None,
            "attention": row.attention(today) < PlanRow(row.path, row.shown).attention(today),
        }
        groups.setdefault(client, []).append(entry)
    words = {f"col_{key}": t(lang, f"overview.col.{key}") for key in COLUMNS}
    words |= {key: t(lang, f"site.{key}") for key in ("title", "report", "history")}
    words["made"] = t(lang, "site.made", generator=f"smart {__version__}")
    words["count"] = t(lang, "overview.title" if len(rows) != 1 else "overview.title.one", count=len(rows),
                       date=_date(today, lang))  # fmt: skip
    return render_page(
        "site-index.html.j2",
        qset,
        lang,
        groups=groups,
        words=words,
        page_lang=lang,
    )


def _href(folder: str, name: str) -> str:
    """A relative link that works from the file system and from a web server's sub-path alike."""
    return "/".join(quote(part) for part in [*folder.split("/"), name])


def _date(day: dt.date, lang: Lang) -> str:
    from smartcli.plan.values import format_date

    return format_date(day, lang)

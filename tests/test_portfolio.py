"""A consultant's many plans: the overview (``smart status DIR``) and the static site (``smart site``)."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from smartcli.cli import app
from smartcli.plan.planfile import dump_plan, load_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.portfolio.overview import overview, to_json
from smartcli.portfolio.site import MANIFEST, build_site

ROOT = Path(__file__).resolve().parent.parent
QSET = shipped_question_set()
TODAY = dt.date(2027, 5, 10)
EVIL = '</td><script>alert(1)</script> "Ærø & Co" \u202eRTL'


def sample_text(lang: str = "da") -> str:
    return (ROOT / "examples" / f"bageriet-hvede.{lang}.yaml").read_text(encoding="utf-8")


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    """Three clients: a healthy plan, a plan with problems and a hostile name, a broken one, and other YAML."""
    root = tmp_path / "clients"
    (root / "bager" / "2027").mkdir(parents=True)
    (root / "bager" / "2027" / "plan.yaml").write_text(sample_text("da"), encoding="utf-8")
    (root / "acme").mkdir()
    plan = load_plan(ROOT / "examples" / "bageriet-hvede.en.yaml", QSET).plan
    plan.company = EVIL
    activity = plan.answers["activities"][0]
    activity["end"] = activity["start"] - dt.timedelta(days=3)  # an error finding: SM205
    (root / "acme" / "plan.yaml").write_text(dump_plan(plan, QSET), encoding="utf-8")
    (root / "acme" / "ci.yaml").write_text("on: push\njobs: {}\n", encoding="utf-8")  # YAML, not a plan
    (root / "broken").mkdir()
    (root / "broken" / "plan.yaml").write_text(
        "smart_plan: 1\nlanguage: da\ncompany: [oops\n", encoding="utf-8"
    )
    return root


def test_every_plan_is_found_and_what_needs_attention_comes_first(clients: Path) -> None:
    rows = overview([clients], QSET, "en", today=TODAY)
    assert [r.shown for r in rows] == ["broken/plan.yaml", "acme/plan.yaml", "bager/2027/plan.yaml"]
    broken, acme, bager = rows
    assert not broken.readable and "can't be loaded" in (broken.error or "")
    assert acme.findings["error"] >= 1 and acme.company == EVIL
    assert bager.readable and bager.company == "Bageriet Hvede ApS" and bager.lang == "da"
    assert sum(bager.objectives.values()) == 5 and bager.answered == bager.total
    assert bager.next_review == dt.date(2027, 7, 5)


def test_the_json_shape_is_versioned_and_documented(clients: Path) -> None:
    document = to_json(overview([clients], QSET, "en", today=TODAY), TODAY)
    assert document["version"] == 1 and document["as_of"] == "2027-05-10"
    assert document["summary"]["plans"] == 3 and document["summary"]["unreadable"] == 1
    bager = next(p for p in document["plans"] if p["path"] == "bager/2027/plan.yaml")
    assert set(bager) == {
        "path", "readable", "company", "title", "language", "period", "answered", "questions",
        "objectives", "next_measurement", "next_review", "findings",
    }  # fmt: skip
    assert bager["period"] == {"start": "2027-01-01", "end": "2027-12-31"}
    assert set(bager["objectives"]) == {"total", "reached", "on_track", "behind", "no_data"}
    assert set(bager["findings"]) == {"todo", "info", "warning", "error"}
    docs = (ROOT / "docs" / "portfolio.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in docs for key in bager)


def test_status_of_a_folder_in_every_format_and_its_exit_code(clients: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(app, ["status", str(clients), "--lang", "en"], env={"COLUMNS": "80"})
    assert text.exit_code == 0 and "3 plans, as of" in text.output and "smart check" in text.output
    assert all(cell_len(line) <= 80 for line in text.output.splitlines())  # cells on screen, not code points
    md = runner.invoke(app, ["status", str(clients), "-f", "md", "--lang", "da"])
    assert md.exit_code == 0 and md.output.startswith("## 3 planer, status pr.")
    assert "\\<script\\>" in md.output and "<script>" not in md.output
    data = runner.invoke(app, ["status", str(clients), "-f", "json"])
    assert json.loads(data.output)["summary"]["plans"] == 3
    failing = runner.invoke(app, ["status", str(clients), "--fail-on", "error"])
    assert failing.exit_code == 1
    healthy = runner.invoke(app, ["status", str(clients / "bager"), "--fail-on", "error"])
    assert healthy.exit_code == 0
    bad = runner.invoke(app, ["status", str(clients), "-f", "xml", "--lang", "en"])
    assert bad.exit_code == 2 and "Choose text, md or json" in bad.output


def test_a_folder_without_plans_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["status", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 2 and "There are no plans in" in result.output


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k in ("href", "src") and v]


def links(page: Path) -> Links:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_the_site_links_every_plan_and_every_link_resolves(clients: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = build_site([clients], out, QSET, "da", today=TODAY)
    assert (result.built, result.kept, result.removed) == (2, 0, 0)
    index = links(out / "index.html")
    assert "script" not in index.tags and index.hrefs
    for page in [out / "index.html", *out.rglob("*.html")]:
        for href in links(page).hrefs:
            assert not re.match(r"[a-z]+:", href) and not href.startswith("/")  # relative only
            assert (page.parent / unquote(href)).is_file(), f"{page}: {href}"
    report = out / "bager" / "2027" / "plan" / "index.html"
    assert '<html lang="da">' in report.read_text(encoding="utf-8")
    assert '<html lang="en">' in (out / "acme" / "plan" / "index.html").read_text(encoding="utf-8")
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert html.count("<details") == 3  # one per client folder


def test_only_changed_plans_are_built_again_and_gone_ones_removed(clients: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site([clients], out, QSET, "da", today=TODAY)
    report = out / "bager" / "2027" / "plan" / "index.html"
    built_at = report.stat().st_mtime_ns
    again = build_site([clients], out, QSET, "da", today=TODAY)
    assert (again.built, again.kept) == (0, 2) and report.stat().st_mtime_ns == built_at
    plan = clients / "acme" / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("title: ", "title: New ", 1), encoding="utf-8")
    changed = build_site([clients], out, QSET, "da", today=TODAY)
    assert (changed.built, changed.kept) == (1, 1) and "New Marketing" in (
        out / "acme" / "plan" / "index.html"
    ).read_text()
    plan.unlink()
    gone = build_site([clients], out, QSET, "da", today=TODAY)
    assert gone.removed == 1 and not (out / "acme").exists() and report.is_file()


def test_the_site_refuses_a_folder_it_did_not_make(clients: Path, tmp_path: Path) -> None:
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8")
    result = CliRunner().invoke(app, ["site", str(clients), "-o", str(other), "--lang", "en"])
    assert result.exit_code == 2 and "is not a site smart built" in result.output
    assert sorted(p.name for p in other.iterdir()) == ["holiday.jpg"]
    inside = CliRunner().invoke(app, ["site", str(clients), "-o", str(clients / "site"), "--lang", "en"])
    assert inside.exit_code == 2 and not (clients / "site").exists()


def test_a_plan_in_git_gets_its_history_page(clients: Path, tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(clients), *args], check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("-c", "user.email=m@h.dk", "-c", "user.name=Mette", "add", ".")
    git("-c", "user.email=m@h.dk", "-c", "user.name=Mette", "commit", "-qm", "Plans for 2027")
    out = tmp_path / "site"
    result = CliRunner().invoke(app, ["site", str(clients), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0 and "plans built: 2" in result.output
    history = (out / "bager" / "2027" / "plan" / "history.html").read_text(encoding="utf-8")
    assert "Mette" in history and "Plans for 2027" in history and "planen blev oprettet" in history
    assert (out / MANIFEST).is_file()

"""Schema evolution: an older plan is read through migrations, reported by check, rewritten only when changed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from smartcli.check import rules
from smartcli.check.runner import check_plan
from smartcli.interview.session import open_session
from smartcli.plan import migrations, model, planfile, reading
from smartcli.plan.model import SCHEMA_VERSION
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set
from smartcli.plan.store import YMap

QSET = shipped_question_set()
NOW = SCHEMA_VERSION
OLD = f"smart_plan: {NOW}\nlanguage: en\ncompany: Hvede\nsituation:\n  brand_story: Known in Trøjborg\n"


@pytest.fixture
def version_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend this smart writes the next schema, in which today's brand_story became brand."""

    def one_to_two(root: YMap) -> None:
        situation = root.get("situation")
        if isinstance(situation, YMap) and "brand_story" in situation:
            situation["brand"] = situation.pop("brand_story")

    for module in (model, reading, planfile, rules):
        monkeypatch.setattr(module, "SCHEMA_VERSION", NOW + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, NOW, one_to_two)


def test_an_older_plan_is_migrated_in_memory(tmp_path: Path, version_two: None) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(OLD, encoding="utf-8")
    loaded = load_plan(path, QSET)
    assert loaded.plan.answers == {"brand": "Known in Trøjborg"} and loaded.plan.read_as_version == NOW
    codes = [f.code for f in check_plan(path, QSET, "en").findings]
    assert "SM011" in codes and "SM007" not in codes


def test_it_is_written_in_the_new_schema_only_when_something_changes(
    tmp_path: Path, version_two: None
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(OLD, encoding="utf-8")
    session = open_session(path, QSET, Console(file=io.StringIO()), None)
    session.save()
    assert path.read_text(encoding="utf-8") == OLD
    session.plan.answers["message"] = "Bread baked tonight"
    session.save()
    text = path.read_text(encoding="utf-8")
    assert (
        text.startswith(f"smart_plan: {NOW + 1}\n")
        and "  brand: Known in Trøjborg\n" in text
        and "brand_story" not in text
    )


def test_a_newer_plan_is_refused_and_never_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("smart_plan: 7\nlanguage: en\nfuture: yes\n", encoding="utf-8")
    result = check_plan(path, QSET, "en")
    assert [f.code for f in result.findings] == ["SM003"] and "version 7" in result.findings[0].message
    assert path.read_text(encoding="utf-8") == "smart_plan: 7\nlanguage: en\nfuture: yes\n"


def test_a_version_1_plan_opens_with_its_milestones_as_records_and_is_written_as_version_2(
    tmp_path: Path,
) -> None:
    """The first real migration (issue 12): a milestone was a line of text, now it is a record."""
    path = tmp_path / "plan.yaml"
    old = (
        "smart_plan: 1\nlanguage: da\ncompany: Hvede\nobjectives:\n  milestones:\n"
        "  - '31. marts: 1.400 følgere'\n  - Ny webshop live\n"
    )
    path.write_text(old, encoding="utf-8")
    loaded = load_plan(path, QSET)
    assert loaded.plan.read_as_version == 1
    assert loaded.plan.answers["milestones"] == [
        {"id": "MS1", "what": "31. marts: 1.400 følgere"},
        {"id": "MS2", "what": "Ny webshop live"},
    ]
    assert [f.code for f in check_plan(path, QSET, "en").findings if f.code == "SM011"] == ["SM011"]
    session = open_session(path, QSET, Console(file=io.StringIO()), None)
    session.save()
    assert path.read_text(encoding="utf-8") == old  # not rewritten until something changes
    session.plan.answers["brand"] = "Kvarterets bageri"
    session.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("smart_plan: 2\n") and "  - id: MS2\n    what: Ny webshop live\n" in text

"""A save costs what changed: the part-by-part writer gives PyYAML's bytes, and re-writes only new parts."""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from test_plan import DATES, NUMBERS, QSET, STRINGS, plans

from smartcli.errors import SmartError
from smartcli.interview.session import open_session
from smartcli.plan.model import Plan
from smartcli.plan.planfile import PlanText, dump_plan, load_plan, save_plan
from smartcli.plan.reading import plan_to_data
from smartcli.plan.store import dump_yaml

SLOW = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))

# Any data YAML can hold, and keys the writer must leave to PyYAML (quoted, empty, long, many lines).
KEYS = st.one_of(
    st.sampled_from(["id", "note", "value", "objectives"]),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=6),
    st.sampled_from(["no", "a: b", "", "-", "~", "1", "k" * 130, "x\ny", "\x85", "#x"]),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    DATES,
    st.datetimes(),  # a type plans don't hold: PyYAML writes it
    STRINGS,
    st.sampled_from(
        ["a\n", "a\n\n", "\n", " a\nb", "a \nb", "...\n\n", "---", "...", "é🎉\n", "x" * 100_001]
    ),
)
DATA = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=25,
)


@SLOW
@given(st.dictionaries(KEYS, DATA, max_size=5), st.dictionaries(KEYS, DATA, max_size=5))
def test_any_data_is_written_as_pyyaml_writes_it_first_and_again(
    first: dict[str, Any], then: dict[str, Any]
) -> None:
    writer = PlanText()
    assert writer.dump(first) == dump_yaml(first)
    assert writer.dump(first) == dump_yaml(first)  # every part found in what the writer kept
    changed = {**first, **then}  # some parts as before, some new, some replaced
    assert writer.dump(changed) == dump_yaml(changed)


def change(plan: Plan, kind: str, data: st.DataObject) -> None:
    """Change `plan` in one of the ways an interview, a track or a review does."""
    records = [r for r in plan.answers.values() if isinstance(r, list) and r and isinstance(r[0], dict)]
    if kind == "measure" and plan.answers.get("objectives"):
        day = data.draw(DATES)
        plan.measurements.append({"id": f"M{len(plan.measurements) + 100}", "objective": "O1", "date": day,
                                  "value": data.draw(NUMBERS), "note": data.draw(STRINGS)})  # fmt: skip
    elif kind == "edit" and records:
        record = data.draw(st.sampled_from(records))[0]
        record[data.draw(st.sampled_from(sorted(record)))] = data.draw(
            st.one_of(STRINGS, NUMBERS, st.booleans())
        )
    elif kind == "retype" and plan.measurements:
        measurement = plan.measurements[0]
        value = measurement["value"]
        measurement["value"] = (
            float(value) if isinstance(value, int) else int(value) if value == int(value) else True
        )
    elif kind == "remove" and records:
        data.draw(st.sampled_from(records)).pop()
    elif kind == "answer":
        plan.answers["brand"] = data.draw(STRINGS)
    elif kind == "unknown":
        plan.extra[data.draw(st.sampled_from(["x_custom", "no", "a: b"]))] = data.draw(DATA)
    elif kind == "updated":
        plan.updated = data.draw(DATES)


KINDS = st.sampled_from(["measure", "edit", "retype", "remove", "answer", "unknown", "updated"])


@SLOW
@given(plans(), st.lists(KINDS, min_size=1, max_size=6), st.data())
def test_a_plan_dumped_with_its_cache_after_any_changes_is_the_full_dump(
    plan: Plan, kinds: list[str], data: st.DataObject
) -> None:
    cache = PlanText()
    assert dump_plan(plan, QSET, cache) == dump_yaml(plan_to_data(plan, QSET))
    for kind in kinds:
        change(plan, kind, data)
        assert dump_plan(plan, QSET, cache) == dump_yaml(plan_to_data(plan, QSET)), kind


@pytest.mark.parametrize(("newline", "bom"), [("\n", False), ("\r\n", False), ("\r\n", True)])
def test_a_cached_save_writes_the_bytes_a_fresh_save_writes(tmp_path: Path, newline: str, bom: bool) -> None:
    plan = big_plan(50)
    cached, fresh = tmp_path / "cached.yaml", tmp_path / "fresh.yaml"
    for path in (cached, fresh):
        path.write_bytes(codecs.BOM_UTF8 * bom + dump_plan(plan, QSET).replace("\n", newline).encode())
    cache = PlanText()
    previous = {path: load_plan(path, QSET).text for path in (cached, fresh)}
    for day in range(1, 4):
        plan.measurements.append(
            {"id": f"M{100 + day}", "objective": "O2", "date": dt.date(2027, 3, day), "value": day}
        )
        previous[cached] = save_plan(
            cached, plan, QSET, previous[cached], today=dt.date(2027, 4, day), cache=cache
        )
        previous[fresh] = save_plan(
            fresh, copy.deepcopy(plan), QSET, previous[fresh], today=dt.date(2027, 4, day)
        )
        assert cached.read_bytes() == fresh.read_bytes()
    assert cached.read_bytes().startswith(codecs.BOM_UTF8 * bom + b"smart_plan: 1" + newline.encode())


def big_plan(measurements: int) -> Plan:
    plan = Plan(language="en", company="Hvede", title="Plan")
    plan.answers["objectives"] = [{"id": f"O{i}", "statement": f"Objective {i}: more orders"} for i in (1, 2)]
    plan.measurements = [
        {"id": f"M{i}", "objective": "O1", "date": dt.date(2027, 1, 1) + dt.timedelta(days=i), "value": i,
         "note": "After the newsletter.\nAnd the ads."}
        for i in range(1, measurements + 1)
    ]  # fmt: skip
    return plan


def test_a_session_that_adds_one_measurement_writes_one_record_out_anew(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(big_plan(500), QSET), encoding="utf-8")
    session = open_session(path, QSET, Console(file=io.StringIO()), "en")
    assert session.cache.written == 502  # opening reads every record once, to know what is unchanged
    session.plan.measurements.append(
        {"id": "M501", "objective": "O2", "date": dt.date(2027, 6, 1), "value": 7}
    )
    session.save()
    assert session.cache.written == 1
    assert path.read_text(encoding="utf-8") == dump_yaml(plan_to_data(session.plan, QSET))
    session.plan.measurements[10]["note"] = "Changed"
    session.save()
    assert session.cache.written == 1
    assert load_plan(path, QSET).plan.measurements[10]["note"] == "Changed"


def test_a_session_still_notices_a_file_changed_on_disk_between_cached_saves(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(big_plan(20), QSET), encoding="utf-8")
    session = open_session(path, QSET, Console(file=io.StringIO()), "en")
    session.plan.answers["brand"] = "Mine"
    session.save()
    theirs = path.read_text(encoding="utf-8").replace("value: 3\n", "value: 33\n")
    path.write_text(theirs, encoding="utf-8")  # an editor, a git pull
    session.plan.answers["brand"] = "Mine, again"
    with pytest.raises(SmartError) as info:
        session.save()
    assert info.value.key == "error.changed_on_disk"
    assert path.read_text(encoding="utf-8") == theirs
    side = load_plan(tmp_path / "plan.mine.yaml", QSET).plan
    assert side.answers["brand"] == "Mine, again"


def test_an_unchanged_hand_formatted_plan_is_not_written_by_a_session(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    hand = dump_plan(big_plan(3), QSET).replace("company: Hvede", "company: 'Hvede'")
    path.write_text(hand, encoding="utf-8")
    session = open_session(path, QSET, Console(file=io.StringIO()), "en")
    path.chmod(0o444)  # a write now would fail: proves that none is attempted
    try:
        session.save()
    finally:
        path.chmod(0o644)
    assert path.read_text(encoding="utf-8") == hand

"""Cost that grows with the change: a save writes what changed, a log reads what it shows, start-up loads what it uses.

Each test proves what the cheaper way keeps: the same bytes as PyYAML's dump,
the same versions, the same conversions and help as typer's own.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from test_plan import DATES, NUMBERS, QSET, STRINGS, plans

from smartcli.cli import common
from smartcli.errors import SmartError
from smartcli.interview.session import open_session
from smartcli.plan.model import SCHEMA_VERSION, Plan
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
    assert cached.read_bytes().startswith(
        codecs.BOM_UTF8 * bom + f"smart_plan: {SCHEMA_VERSION}".encode() + newline.encode()
    )


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


# --- history: smart log reads the versions it shows -----------------------------------------

GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.com",
           "GIT_COMMITTER_NAME": "A", "GIT_COMMITTER_EMAIL": "a@example.com"}  # fmt: skip


def history_of(folder: Path, commits: int) -> Path:
    """A git repository whose plan.yaml was committed `commits` times, a measurement more each time."""
    folder.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=folder, check=True, env=GIT_ENV)
    plan, path = big_plan(0), folder / "plan.yaml"
    for n in range(commits):
        plan.measurements.append(
            {"id": f"M{n + 1}", "objective": "O1", "date": dt.date(2027, 1, 1), "value": n}
        )
        path.write_text(dump_plan(plan, QSET), encoding="utf-8")
        for args in (["add", "plan.yaml"], ["commit", "-q", "-m", f"M{n + 1}"]):
            subprocess.run(["git", *args], cwd=folder, check=True, env=GIT_ENV)
    return path


@pytest.mark.timeout(120)
def test_a_log_of_n_commits_reads_n_plus_one_versions_however_long_the_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcli.vcs import gitio, history

    read: list[str] = []
    real_version_at = gitio.version_at

    def version_at(commit: gitio.Commit, root: Path) -> str:
        read.append(commit.subject)
        return real_version_at(commit, root)

    monkeypatch.setattr(gitio, "version_at", version_at)
    for commits in (4, 30):
        read.clear()
        entries = history.plan_log(history_of(tmp_path / str(commits), commits), QSET, "en", limit=3)
        newest = [f"M{n}" for n in range(commits, commits - 4, -1)]
        assert [e.commit.subject for e in entries] == newest[:3]
        assert read == newest  # the three shown and the one before the oldest, to compare with
        assert "M" in entries[-1].summary or entries[-1].changes


def test_a_diff_with_a_revision_reads_that_one_version_from_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcli.vcs import gitio, history

    path = history_of(tmp_path / "repo", 12)
    asked: list[list[str]] = []
    real_git = gitio.git

    def git(args: list[str], cwd: Path, command: str = "smart") -> str:
        asked.append(args)
        return real_git(args, cwd, command)

    monkeypatch.setattr(gitio, "git", git)
    old, new = history.compare(str(path), None, QSET, "en", "HEAD~3")
    assert [m["id"] for m in old.plan.measurements][-1] == "M9"
    assert [m["id"] for m in new.plan.measurements][-1] == "M12"
    assert [args[0] for args in asked if args[0] in ("show", "log", "cat-file")] == ["show"]


# --- start-up: what smart --help and every command load ------------------------------------

PROBE = """
import sys
sys.argv = ['smart', *sys.argv[1:]]
from smartcli import cli
try:
    cli.main()
except SystemExit:
    pass
print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'markdown_it', 'pygments'}), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["new", "--help"], ["check", "{plan}"], ["report", "{plan}", "-o", "{out}"],
     ["track", "{plan}", "--objective", "O1", "--value", "3", "--date", "2027-03-01"], ["log", "{plan}"]],
)  # fmt: skip
def test_help_and_commands_load_neither_pydantic_nor_a_markdown_parser(
    tmp_path: Path, args: list[str]
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(dump_plan(big_plan(3), QSET), encoding="utf-8")
    argv = [a.format(plan=plan, out=tmp_path / "r.md") for a in args]
    result = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True)
    assert result.stderr.split("LOADED ")[1].strip() == "[]", result.stderr


def test_the_help_is_still_typers_rich_help(tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "100", "SMART_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "smartcli", "--help"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0
    assert "[OPTIONS] COMMAND [ARGS]..." in result.stdout
    assert "╭─ Commands ─" in result.stdout and "│ track " in result.stdout
    command = subprocess.run(
        [sys.executable, "-m", "smartcli", "track", "--help"], capture_output=True, text=True, env=env
    )
    assert "╭─ Options ─" in command.stdout and "--objective" in command.stdout


def test_the_modules_the_help_left_out_are_the_real_ones_when_imported_later() -> None:
    code = (
        "from smartcli.cli.common import load_help_renderer\n"
        "load_help_renderer()\n"
        "import typer.rich_utils, rich.markdown, rich.traceback\n"
        "import io\n"
        "from rich.console import Console\n"
        "console = Console(file=io.StringIO(), record=True, width=40)\n"
        "console.print(rich.markdown.Markdown('# Title'))\n"
        "console.print(typer.rich_utils.Markdown('**bold**'))\n"  # a stand-in, if ever used, makes the real one
        "print(type(typer.rich_utils.Markdown('x')).__module__, rich.traceback.Traceback.__module__)\n"
        "print(console.export_text())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("rich.markdown rich.traceback\n")
    assert "Title" in result.stdout and "bold" in result.stdout


def test_smarts_options_are_converted_as_typer_converts_them(tmp_path: Path) -> None:
    import typer.main
    from typer._coercion import build_runtime_param

    from smartcli.cli import app

    readable = tmp_path / "plan.yaml"
    readable.write_text("x", encoding="utf-8")
    samples = ["plan.yaml", "", " spaced name.yaml ", str(readable), str(tmp_path), "-", "æøå 🎉"]
    group = typer.main.get_command(app)
    context = group.make_context("smart", ["--version"], resilient_parsing=True)
    checked = set()
    for command in [group, *group.commands.values()]:  # type: ignore[attr-defined]
        common._light_coercion(command, context)
        for param in command.params:
            light, typers = param._runtime_param, build_runtime_param(param.type_descriptor)
            annotation = param.type_descriptor.annotation
            values: list[Any] = {str: samples, bool: [True, False], Path: [*samples, Path("plan.yaml")]}.get(
                annotation, [samples[:3], tuple(samples)] if annotation == list[Path] else []
            )
            for value in [None, *values]:
                got = light.coerce(value, param=param, ctx=context)
                want = typers.coerce(value, param=param, ctx=context)
                assert (got, type(got)) == (want, type(want)), (command.name, param.name, value)
            checked.add(repr(annotation))
    assert {"<class 'str'>", "<class 'bool'>", "<class 'pathlib.Path'>", "list[pathlib.Path]"} <= checked


def test_a_value_typer_refuses_is_still_refused_in_typers_words(tmp_path: Path) -> None:
    env = {**os.environ, "SMART_LANG": "en", "COLUMNS": "100"}
    result = subprocess.run(
        [sys.executable, "-m", "smartcli", "log", "plan.yaml", "-n", "many"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Invalid value for '--limit' / '-n'" in result.stderr and "Traceback" not in result.stderr

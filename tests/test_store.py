"""The YAML boundary: located values, refused aliases and tags, comments, stable dumps, atomic writes."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcli.plan.files import write_atomic
from smartcli.plan.store import (
    YamlReadError,
    YMap,
    YScalar,
    YSeq,
    dump_yaml,
    has_comments,
    parse_yaml,
    plain_value,
)


def test_scalars_keep_their_text_and_place() -> None:
    root = parse_yaml("a: no\nb: '017'\nc:\n  - 2027-01-01\n  - ~\n")
    assert isinstance(root, YMap)
    assert root["a"] == YScalar("no", True, 1, 4)
    assert root["b"] == YScalar("017", False, 2, 4)
    items = root["c"]
    assert isinstance(items, YSeq)
    assert items[0].text == "2027-01-01" and items[0].line == 4
    assert items[1].is_null
    assert root.key_lines == {"a": 1, "b": 2, "c": 3}


def test_syntax_errors_have_a_line_and_column() -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml("a: 1\nb: [1, 2\nc: 3\n")
    problem = info.value.problems[0]
    assert problem.key == "yaml.syntax"
    assert problem.line is not None and problem.line >= 2


def test_aliases_are_refused_so_a_small_file_cannot_explode() -> None:
    bomb = (
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"
    )
    with pytest.raises(YamlReadError) as info:
        parse_yaml(bomb)
    assert {p.key for p in info.value.problems} == {"yaml.alias"}
    assert info.value.problems[0].line == 2


def test_an_alias_without_its_anchor_is_refused_too() -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml("a: 1\nb: *a\n")  # no '&' in the text: the reader does not look for aliases itself
    assert info.value.problems[0].key == "yaml.syntax" and info.value.problems[0].line == 2


@pytest.mark.parametrize("text", ["a: !!python/object/apply:os.system ['echo hi']\n", "a: !custom 1\n"])
def test_tags_are_refused_never_executed(text: str) -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml(text)
    assert info.value.problems[0].key == "yaml.tag"


@pytest.mark.parametrize(
    ("text", "tag"), [("a: =\n", "value"), ("a: <<\n", "merge"), ("- [=, x]\n", "value")]
)
def test_yamls_merge_and_value_keys_are_refused_as_tags(text: str, tag: str) -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml(text)
    assert info.value.problems[0].key == "yaml.tag"
    assert info.value.problems[0].params == {"tag": f"tag:yaml.org,2002:{tag}"}


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.dates() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4)))  # fmt: skip
def test_reading_without_yamls_type_guesses_gives_what_reading_with_them_gives(data: Any) -> None:
    import yaml

    from smartcli.plan import store

    text = dump_yaml({"a": data})
    converter = store._Converter()  # the values read with YAML's stock loader, which guesses every type
    assert parse_yaml(text) == converter.convert(yaml.compose(text, Loader=yaml.CSafeLoader))
    assert converter.problems == []


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml("a: " + "[" * 200 + "]" * 200 + "\n")
    assert info.value.problems[0].key == "yaml.too_deep"


def test_duplicate_keys_are_reported() -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml("a: 1\nb: 2\na: 3\n")
    assert info.value.problems[0].key == "yaml.duplicate_key"
    assert info.value.problems[0].line == 3


def test_several_documents_are_refused() -> None:
    with pytest.raises(YamlReadError) as info:
        parse_yaml("a: 1\n---\nb: 2\n")
    assert info.value.problems[0].key == "yaml.multiple_documents"


def test_comments_are_found_but_not_hash_signs_in_answers() -> None:
    assert has_comments("a: 1  # why\n")
    assert has_comments("# header\na: 1\n")
    assert not has_comments("a: '#tag'\nb: |\n  # not a comment\n  text\nc: x#y\n")
    assert not has_comments("a: 1\n")


def test_unknown_keys_keep_their_yaml_meaning() -> None:
    root = parse_yaml("a: 12\nb: yes\nc: '12'\nd: 2027-01-01\ne: [1, x]\n")
    assert plain_value(root) == {"a": 12, "b": True, "c": "12", "d": dt.date(2027, 1, 1), "e": [1, "x"]}


def test_dump_is_readable_and_diff_friendly() -> None:
    text = dump_yaml(
        {"b": "one\ntwo\n", "a": "x" * 200, "c": dt.date(2027, 1, 1), "d": "no", "e": ["æøå 🎉"]}
    )
    assert text == (f"b: |\n  one\n  two\na: {'x' * 200}\nc: 2027-01-01\nd: 'no'\ne:\n- æøå 🎉\n")


def test_atomic_write_keeps_the_file_mode_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")
    target.chmod(0o640)
    write_atomic(target, "new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_atomic(target, "new\n" * 1000)
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_temporaries_left_by_a_killed_save_are_cleaned_up_but_not_a_running_one(tmp_path: Path) -> None:
    from smartcli.interview.session import remove_stale_temporaries

    target = tmp_path / "plan.yaml"
    target.write_text("plan\n")
    stale = tmp_path / ".plan.yaml.abc123.tmp"
    stale.write_text("half a plan")
    os.utime(stale, (1, 1))
    running = tmp_path / ".plan.yaml.def456.tmp"
    running.write_text("being written right now")
    other = tmp_path / ".other.yaml.xyz.tmp"
    other.write_text("not ours")
    os.utime(other, (1, 1))
    assert remove_stale_temporaries(target) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".other.yaml.xyz.tmp",
        ".plan.yaml.def456.tmp",
        "plan.yaml",
    ]


def test_temporaries_are_looked_for_beside_a_links_target(tmp_path: Path) -> None:
    from smartcli.interview.session import remove_stale_temporaries

    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "plan.yaml"
    target.write_text("plan\n")
    link = tmp_path / "plan.yaml"
    link.symlink_to(target)
    stale = tmp_path / "real" / ".plan.yaml.abc123.tmp"  # where a save through the link writes
    stale.write_text("half a plan")
    os.utime(stale, (1, 1))
    assert remove_stale_temporaries(link) == [stale]


def test_atomic_write_keeps_the_files_owner(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")
    # Root saving a user's plan must not make it root's; another user can only keep their own.
    owner = (65534, 65534) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    os.chown(target, *owner)
    write_atomic(target, "new\n")
    assert (target.stat().st_uid, target.stat().st_gid) == owner

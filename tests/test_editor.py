"""The editor behind Ctrl-X Ctrl-E: which one opens, and what coming back from it means."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcli.interview.editor import edit_text, editor_name, pick_editor


def which_only(*present: str):  # type: ignore[no-untyped-def]
    return lambda name: f"/usr/bin/{name}" if name in present else None


@pytest.mark.parametrize(
    ("environ", "platform", "installed", "expected"),
    [
        ({"VISUAL": "code --wait", "EDITOR": "vim"}, "linux", ("nano",), "code --wait"),
        ({"EDITOR": "vim"}, "linux", ("nano",), "vim"),
        ({"EDITOR": "  "}, "linux", ("nano", "vi"), "nano"),
        ({}, "linux", ("nano", "vi"), "nano"),
        ({}, "darwin", ("vi",), "vi"),
        ({}, "linux", (), "vi"),
        ({}, "win32", (), "notepad"),
    ],
)
def test_the_editor_is_visual_editor_then_one_a_newcomer_can_leave(
    environ: dict[str, str], platform: str, installed: tuple[str, ...], expected: str
) -> None:
    assert pick_editor(environ, platform, which_only(*installed)) == expected


def test_the_editor_is_named_by_its_program() -> None:
    assert editor_name("/usr/bin/nano -w") == "nano"
    assert editor_name("code --wait") == "code"


def script(tmp_path: Path, body: str) -> str:
    path = tmp_path / "editor.sh"
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def test_what_the_editor_saved_comes_back_without_its_last_newline(tmp_path: Path) -> None:
    editor = script(tmp_path, 'printf "ny tekst\\n" > "$1"')
    assert edit_text("gammel tekst", editor) == "ny tekst"


@pytest.mark.parametrize("body", ["exit 0", ': < "$1"', "exit 1"])
def test_an_editor_left_without_a_change_or_failing_gives_nothing(tmp_path: Path, body: str) -> None:
    assert edit_text("kladde", script(tmp_path, body)) is None


def test_an_editor_that_is_not_installed_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        edit_text("kladde", str(tmp_path / "no-such-editor"))

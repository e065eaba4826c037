"""The commands smart suggests work as typed: smart on PATH, the script's path, or python -m smartcli."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rich.console import Console

from smartcli import output
from smartcli.output import as_typed, invocation, say

PACKAGE = Path(output.__file__).resolve().parent


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Set how smart was started: argv[0], what PATH finds, and where this Python's scripts are."""
    monkeypatch.chdir(tmp_path)

    def start(argv0: str, on_path: dict[str, str] | None = None, scripts: str = "/env/bin") -> str:
        invocation.cache_clear()
        monkeypatch.setattr(sys, "argv", [argv0])
        monkeypatch.setattr(output.shutil, "which", lambda name: (on_path or {}).get(name))
        monkeypatch.setattr(output.sysconfig, "get_path", lambda name: scripts)
        return invocation()

    yield start
    invocation.cache_clear()


def test_smart_on_path_from_this_installation_is_just_smart(started, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scripts = tmp_path / "venv" / "bin"
    scripts.mkdir(parents=True)
    (scripts / "smart").touch()
    assert started(str(scripts / "smart"), {"smart": str(scripts / "smart")}, str(scripts)) == "smart"
    link = tmp_path / "local-bin-smart"  # pipx: ~/.local/bin/smart links into its own venv
    link.symlink_to(scripts / "smart")
    assert started(str(link), {"smart": str(link)}, str(scripts)) == "smart"
    assert started(str(PACKAGE / "__main__.py"), {"smart": str(scripts / "smart")}, str(scripts)) == "smart"


def test_a_script_off_path_is_named_as_it_was_typed(started, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert started(".venv/bin/smart") == ".venv/bin/smart"
    other = tmp_path / "other" / "smart"  # another smart on PATH is not this one
    assert started("my tools/smart", {"smart": str(other)}) == "'my tools/smart'"


def test_python_m_smartcli_names_this_python(
    started, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    main = str(PACKAGE / "__main__.py")
    python = tmp_path / ".venv" / "bin" / "python"
    monkeypatch.setattr(sys, "executable", str(python))
    assert started(main) == ".venv/bin/python -m smartcli"  # relative to the folder it was run in
    assert started(main, {"python3": str(python)}) == "python3 -m smartcli"
    monkeypatch.setattr(sys, "executable", "/opt/py/bin/python")
    assert started(main) == "/opt/py/bin/python -m smartcli"


def test_another_program_keeps_smart(started) -> None:  # type: ignore[no-untyped-def]
    assert started("/usr/lib/python3/site-packages/pytest/__main__.py") == "smart"
    assert started("") == "smart"


def test_only_the_suggested_commands_change(started) -> None:  # type: ignore[no-untyped-def]
    started(".venv/bin/smart")
    text = "Fortsæt med: smart resume plan.yaml · smart læser kun YAML · smartere · smart edit p -q x"
    assert as_typed(text) == (
        "Fortsæt med: .venv/bin/smart resume plan.yaml · smart læser kun YAML · smartere · .venv/bin/smart edit p -q x"
    )


def test_say_rewrites_on_a_terminal_and_keeps_smart_for_programs(started) -> None:  # type: ignore[no-untyped-def]
    started(".venv/bin/smart")
    for terminal, expected in ((True, ".venv/bin/smart resume"), (False, "Fortsæt senere med: smart resume")):
        console = Console(file=io.StringIO(), force_terminal=terminal, color_system=None, width=200)
        say(console, "da", "flow.stopped", number=1, path="smart new.yaml")
        printed = console.file.getvalue()  # type: ignore[attr-defined]
        assert expected in printed
        assert "Alt er gemt i smart new.yaml" in printed  # a value (here a file name) is never changed


def test_an_error_in_a_terminal_names_the_command_as_it_was_started(tmp_path: Path) -> None:
    """The hint in an error (start one with: smart new …) works as typed when smart is not on PATH."""
    import os

    import pexpect

    script = Path(sys.executable).parent / "smart"
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if Path(p) != script.parent)
    child = pexpect.spawn(
        str(script), ["resume", "nowhere.yaml", "--lang", "en"], cwd=str(tmp_path),
        env={**os.environ, "PATH": path}, encoding="utf-8", timeout=30,
    )  # fmt: skip
    child.expect(pexpect.EOF)
    shown = " ".join(child.before.split())
    assert f"Start one with: {script} new nowhere.yaml" in shown, shown

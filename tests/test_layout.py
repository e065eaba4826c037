"""The package's shape: rooms by concern, imports that flow one way, modules a reader can hold in mind."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "smartcli"

CROSS_CUTTING = {"smartcli", "i18n", "errors", "output", "resources"}
"""Modules at the top that every room may use."""

MAY_IMPORT: dict[str, set[str]] = {
    "i18n": set(),
    "resources": set(),
    "errors": {"i18n"},
    "output": {"i18n"},
    "plan": CROSS_CUTTING,
    "check": CROSS_CUTTING | {"plan"},
    "interview": CROSS_CUTTING | {"plan", "check"},
    "cycle": CROSS_CUTTING | {"plan", "check", "interview"},
    "report": CROSS_CUTTING | {"plan", "check"},
    "vcs": CROSS_CUTTING | {"plan", "check", "report"},
    "portfolio": CROSS_CUTTING | {"plan", "check", "report", "vcs"},
    "cli": CROSS_CUTTING | {"plan", "check", "interview", "cycle", "report", "vcs", "portfolio"},
    "__main__": {"cli"},
}
"""Each room, and the rooms it may import from (its own is always allowed). The same rules are
written in each subpackage's docstring; this keeps them true."""


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def room(path: Path) -> str:
    """``plan`` for smartcli/plan/store.py, ``errors`` for smartcli/errors.py."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return "smartcli" if parts == ("__init__",) else parts[0]


def imported_rooms(path: Path) -> set[str]:
    """The rooms a module imports from, counting imports inside functions (the lazy ones) too."""
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            names = [node.module]
            if node.module == "smartcli":  # from smartcli import i18n; __version__ is the package's own
                names = [f"smartcli.{a.name}" for a in node.names if a.name != "__version__"] or ["smartcli"]
        for name in names:
            parts = name.split(".")
            if parts[0] == "smartcli":
                rooms.add(parts[1] if len(parts) > 1 else "smartcli")
    return rooms


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_one_way(path: Path) -> None:
    own = room(path)
    if own == "smartcli":  # the package's __init__: the version only
        assert imported_rooms(path) == set()
        return
    allowed = MAY_IMPORT[own] | {own, "smartcli"}
    assert imported_rooms(path) - allowed == set(), f"{own} may import only {sorted(allowed)}"


def test_at_most_twelve_modules_lie_loose_at_the_top() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(loose) <= 12, loose


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_500_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_says_what_it_owns(path: Path) -> None:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert docstring, f"{path.name} has no docstring"
    if path.name == "__init__.py" and path.parent != PACKAGE:
        assert "import" in docstring, f"{path.parent.name}/__init__.py should say what the room may import"


def test_every_room_is_known() -> None:
    rooms = {room(p) for p in modules()} - {"smartcli"}
    assert rooms == set(MAY_IMPORT)


def test_the_command_modules_write_their_annotations_as_objects() -> None:
    """typer compiles and evaluates annotation texts on every start: a command module keeps them objects."""
    for module in sorted((PACKAGE / "cli").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        if "@app.command" in text:
            assert "from __future__ import annotations" not in text, module.name

"""The README's terminal pictures are drawn from today's smart: regenerating them changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(120)
def test_the_readme_pictures_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "pictures.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr + "\nRegenerate them with: python docs/pictures.py"


def test_the_readme_shows_the_pictures() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("new.svg", "status.svg"):
        assert f"docs/pictures/{name}" in readme and (ROOT / "docs" / "pictures" / name).is_file()


def test_the_pictures_show_the_first_question_and_the_status() -> None:
    new = (ROOT / "docs" / "pictures" / "new.svg").read_text(encoding="utf-8")
    status = (ROOT / "docs" / "pictures" / "status.svg").read_text(encoding="utf-8")
    assert "Bageriet&#160;Hvede&#160;ApS" in new and "Fase&#160;1&#160;af&#160;5" in new
    assert "Målsætninger" in status and "Bageriet&#160;Hvede&#160;ApS" in status

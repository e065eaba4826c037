"""Where the shipped question sets, report templates and sample plans are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `name` (``questions``, ``templates`` or ``examples``) shipped with smart.

    An installed wheel carries it inside the package; a source checkout or an
    editable install keeps it at the top of the repository.
    """
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def example_plan(lang: str) -> Path:
    """The sample plan (a Danish bakery, Bageriet Hvede) in `lang` (``da`` or ``en``)."""
    return data_dir("examples") / f"bageriet-hvede.{lang}.yaml"

"""The sample plan (``smart new --example``): a complete plan for a Danish bakery to try every command on."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from smartcli.errors import SmartError
from smartcli.i18n import Lang
from smartcli.output import say
from smartcli.plan.files import write_atomic
from smartcli.resources import example_plan


def write_example(path: Path, lang: Lang, console: Console) -> None:
    """Write the sample plan in `lang` to `path`, as shipped (its answers, measurements and reviews).

    Raises:
        SmartError: `path` exists already.
    """
    if path.exists() or path.is_symlink():
        raise SmartError("error.plan_exists", path=str(path))
    write_atomic(path, example_plan(lang).read_bytes())
    say(console, lang, "flow.example_written", "green", path=path)
    say(console, lang, "flow.example_next", path=path)

"""Shared fixtures: real prompt_toolkit input for the prompt tests, a quiet console, a clean language."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console


@pytest.fixture(autouse=True)
def _neutral_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their language; the machine's locale must not."""
    for var in ("SMART_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The compiled templates go to a folder of the test run's, not the user's cache."""
    import os

    from smartcli.report.render import bytecode_cache

    os.environ["SMART_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    bytecode_cache.cache_clear()
    yield


@pytest.fixture(autouse=True, scope="session")
def _no_pager() -> Iterator[None]:
    """A test that runs smart in a pseudo-terminal reads its output, not less's ':' (test_paging sets its own)."""
    import os

    os.environ["SMART_PAGER"] = "cat"
    yield


@pytest.fixture
def keys() -> Iterator[PipeInput]:
    """Keystrokes for real questionary prompts: ``keys.send_text("answer\\r")``."""
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


@pytest.fixture
def console() -> Console:
    """A console that records what it printed (``console.file.getvalue()``)."""
    return Console(file=io.StringIO(), width=100, highlight=False, color_system=None)

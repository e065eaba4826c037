"""Shell completion: commands, question ids, phases, languages and formats, as a shell asks for them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def complete(words: str, lang: str = "en") -> list[str]:
    """What bash would be offered for the last word of `words` (the protocol typer's script speaks)."""
    parts = words.split(" ")
    env = {
        **os.environ,
        "_SMART_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
        "SMART_LANG": lang,
    }
    done = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv[0] = 'smart'; from smartcli.cli import main; main()"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    return done.stdout.split()


def test_commands_complete() -> None:
    assert complete("smart re") == ["resume", "report", "review"]


def test_question_ids_complete_for_edit() -> None:
    assert complete("smart edit plan.yaml -q stre") == ["strengths"]
    offered = complete("smart edit -q ")
    assert {"strengths", "objectives", "channel_plan"} <= set(offered) and len(offered) > 40


def test_phases_complete_by_number_and_name() -> None:
    assert complete("smart edit --phase ") == [
        "1", "situation", "2", "objectives", "3", "agenda", "4", "reporting", "5", "adaptation",
    ]  # fmt: skip
    assert complete("smart edit --phase ag") == ["agenda"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("smart report --format ", ["md", "html", "pdf", "docx"]),
        ("smart check x.yaml --format g", ["github"]),
        ("smart status --format ", ["text", "md", "json"]),
        ("smart check --fail-on w", ["warning"]),
        ("smart diff a b --format j", ["json"]),
        ("smart questions --format ", ["text", "md", "html"]),
        ("smart new --lang ", ["da", "en"]),
    ],
)
def test_option_values_complete(words: str, expected: list[str]) -> None:
    assert complete(words) == expected


def test_the_completion_script_can_be_shown_for_each_shell() -> None:
    for shell in ("bash", "zsh", "fish"):
        done = subprocess.run(
            [sys.executable, "-c", "import sys; sys.argv[0] = 'smart'; from smartcli.cli import main; main()",
             "--show-completion", shell],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0 and "_SMART_COMPLETE" in done.stdout, (shell, done.stderr)

"""``--lang`` anywhere on the command line: the help, typer's own words and the command all speak it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartcli.cli import app, language
from smartcli.i18n import LANGUAGES, MESSAGES, t

runner = CliRunner()


def run(*args: str, lang: str = "en") -> tuple[int, str]:
    """`smart args` with the environment speaking `lang`, so that only ``--lang`` can change it."""
    result = runner.invoke(app, list(args), env={"SMART_LANG": lang, "COLUMNS": "100"})
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "args",
    [
        ("--lang", "da", "new", "--help"),
        ("new", "--help", "--lang", "da"),
        ("new", "--lang=da", "--help"),
        ("-l", "da", "new", "-h"),
        ("new", "-lda", "--help"),
    ],
)
def test_help_is_danish_wherever_lang_stands(args: tuple[str, ...]) -> None:
    code, out = run(*args)
    assert code == 0
    assert t("da", "help.new").split(":")[0] in out
    assert "Tilvalg" in out and "Brug: smart new [TILVALG]" in out
    assert t("da", "help.plan") in out and "Vis denne hjælp, og afslut." in out
    assert "Options" not in out and "Show this message" not in out


def test_an_english_lang_wins_over_a_danish_environment() -> None:
    code, out = run("--lang", "en", "report", "--help", lang="da")
    assert code == 0
    assert "Usage: smart report [OPTIONS]" in out and "Options" in out
    assert t("en", "help.report").split(":")[0] in out and "Tilvalg" not in out


def test_the_command_list_is_in_the_chosen_language() -> None:
    code, out = run("--lang", "da", "--help")
    assert code == 0 and "Kommandoer" in out and "KOMMANDO [ARGUMENTER]" in out
    assert t("da", "help.resume") in out


def test_lang_alone_shows_the_help_as_smart_alone_does() -> None:
    alone = runner.invoke(app, [], env={"SMART_LANG": "da", "COLUMNS": "100"})
    code, out = run("--lang", "da")
    assert code == alone.exit_code == 0 and out == alone.output
    assert "Brug: smart" in out and "Kommandoer" in out


def test_the_version_has_a_short_option_too() -> None:
    assert run("-V") == run("--version") and run("-V")[1].startswith("smart ")


def test_usage_errors_speak_the_chosen_language() -> None:
    code, out = run("--lang", "da", "status", "--bogus")
    assert code == 2 and "Ukendt tilvalg: --bogus" in out and "Fejl" in out
    code, out = run("--lang", "da", "nwe")
    assert code == 2 and "Der er ingen kommando, der hedder 'nwe'. Mente I 'new'?" in out
    code, out = run("status", "--bogus")
    assert code == 2 and "No such option: --bogus" in out


def test_lang_before_the_command_is_the_commands_language(tmp_path: Path) -> None:
    missing = tmp_path / "none.yaml"
    code, out = run("--lang", "da", "status", str(missing))
    assert code == 2 and "Fejl:" in out
    code, english = run("--lang", "en", "status", str(missing), lang="da")
    assert code == 2 and "Error:" in english


def test_an_unknown_lang_before_the_command_is_refused() -> None:
    code, out = run("--lang", "xx", "status")
    assert code == 2 and "Unknown language 'xx'" in out


def test_the_help_from_a_danish_shell_is_danish_without_lang() -> None:
    danish = subprocess.run(
        [sys.executable, "-m", "smartcli", "check", "--help"],
        capture_output=True, text=True, env={**os.environ, "SMART_LANG": "da", "COLUMNS": "100"}, check=True,
    )  # fmt: skip
    assert "Tilvalg" in danish.stdout and t("da", "help.check").split(":")[0] in danish.stdout


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_help_text_is_its_own_so_it_can_be_found_again(lang: str) -> None:
    """The help is swapped by its text: two help keys with one text would swap wrongly."""
    texts = [entry[lang] for key, entry in MESSAGES.items() if key.startswith("help.")]  # type: ignore[index]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["new", "--lang", "da"], "da"),
        (["--lang=en", "x"], "en"),
        (["-l", "da", "--", "--lang", "en"], "da"),
        (["-lda"], "da"),
        (["new"], None),
    ],
)
def test_lang_is_read_from_the_raw_arguments(args: list[str], expected: str | None) -> None:
    assert language.lang_in(args) == expected


def test_what_an_option_takes_is_named_in_the_chosen_language() -> None:
    code, danish = run("--lang", "da", "report", "--help")
    assert code == 0 and "--output    -o      FIL " in danish and "SPROG" in danish
    code, english = run("report", "--help")
    assert code == 0 and "--output    -o      FILE " in english and "LANG" in english
    assert "<str>" not in danish + english and "<path>" not in danish + english and "<bool>" not in english


def test_a_usage_error_names_the_values_as_the_help_does() -> None:
    code, danish = run("--lang", "da", "status", "--bogus")
    assert code == 2 and "Brug: smart status [TILVALG] [STIER]..." in danish
    code, english = run("status", "--bogus")
    assert code == 2 and "Usage: smart status [OPTIONS] [PATHS]..." in english

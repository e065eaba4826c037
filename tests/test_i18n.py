"""Every sentence the code says exists in the catalogue, in both languages, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from smartcli.check.findings import RULES
from smartcli.i18n import LANGUAGES, MESSAGES, resolve_lang, t

SOURCE = Path(__file__).resolve().parent.parent / "smartcli"
# A message key as the code writes it: a quoted dotted lower-case name.
KEY = re.compile(r"""["']((?:[a-z]+_?)+(?:\.[a-z_]+)+)["']""")
PREFIXES = ("error.", "warning.", "interrupt.", "yaml.", "schema.", "value.", "bound.", "ask.", "flow.",
            "edit.", "report.written", "questions.", "check.", "status.", "track.", "review.", "next.", "help.", "lock.", "note.",
            "disk.", "diff.", "log.", "git.", "flow.", "hint.")  # fmt: skip


def used_keys() -> set[str]:
    keys = set()
    for path in SOURCE.rglob("*.py"):
        for key in KEY.findall(path.read_text(encoding="utf-8")):
            if key.startswith(PREFIXES) and not key.endswith("."):
                keys.add(key)
    return keys


def test_every_key_the_code_uses_is_in_the_catalogue() -> None:
    missing = sorted(k for k in used_keys() if k not in MESSAGES)
    assert missing == []


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_say_it_with_the_same_placeholders(key: str) -> None:
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES)
    assert all(texts[lang].strip() for lang in LANGUAGES)
    if (
        key != "ask.record_add_more"
    ):  # Danish says "en kanal mere", English "another channel": both are passed
        assert fields(texts["da"]) == fields(texts["en"]), key


def test_keys_the_code_builds_exist() -> None:
    from typing import get_args

    from smartcli.plan.progress import Due, Status

    built = [f"status.{s}" for s in get_args(Status)] + [
        f"status.due.{d}" for d in get_args(Due) if d != "ok"
    ]
    built += [f"check.count.{s}{one}" for s in ("error", "warning", "info") for one in ("", ".one")]
    built += [f"hint.no_terminal.{c}" for c in ("new", "track", "other")]
    built += [f"review.decisions.{n}" for n in ("none", "one", "many")]
    assert [k for k in built if k not in MESSAGES] == []


def test_every_finding_rule_has_the_same_placeholders_in_both_languages() -> None:
    for rule in RULES.values():
        assert fields(rule.message.da) == fields(rule.message.en), rule.code
        assert fields(rule.fix.da) == fields(rule.fix.en), rule.code


def test_the_language_comes_from_the_option_the_plan_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert resolve_lang("en", "da") == "en"
    assert resolve_lang(None, "da") == "da"
    monkeypatch.setenv("SMART_LANG", "da")
    assert resolve_lang() == "da"
    monkeypatch.delenv("SMART_LANG")
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert resolve_lang() == "da"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert resolve_lang() == "en"
    assert t("da", "check.count.error", n=2) == "2 fejl"


def test_every_help_text_the_command_line_asks_for_is_in_the_catalogue() -> None:
    asked = {
        f"help.{name}"
        for path in (SOURCE / "cli").glob("*.py")
        for name in re.findall(r'help_text\("([a-z_]+)"\)', path.read_text(encoding="utf-8"))
    }
    assert asked and sorted(asked - MESSAGES.keys()) == []

"""The two languages: which one a command speaks, and the catalogue of everything it says in both.

The catalogue is the one home of the program's own words: messages, the
command line's help, and each finding's message and fix, split by concern
into the modules of this package (``files``, ``interview``, ``cycle``,
``vcs``, ``check``, ``method``, ``report``, ``portfolio``, ``usage``, ``shell``,
``values``), each entry with its Danish and English side by side so that
neither can drift from the other. The questions live in ``questions/`` and
the report's words in ``templates/labels.yaml``.

Imports nothing from the rest of smartcli: every other module may import it.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from typing import Any, Literal, get_args

from smartcli.i18n import check, cycle, files, interview, method, portfolio, report, shell, usage, values, vcs

Lang = Literal["da", "en"]
LANGUAGES: tuple[Lang, ...] = get_args(Lang)
LANGUAGE_NAMES: dict[Lang, str] = {"da": "Dansk", "en": "English"}


ACTIVE_LANG: ContextVar[Lang | None] = ContextVar("ACTIVE_LANG", default=None)
"""The language the running command speaks, once it knows (set when a plan is opened)."""


def is_lang(value: object) -> bool:
    """Whether `value` names a language `smart` speaks."""
    return value in LANGUAGES


def resolve_lang(option: str | None = None, plan_lang: str | None = None) -> Lang:
    """The language to speak: ``--lang``, then the plan's, then ``SMART_LANG``, then the locale."""
    for candidate in (option, plan_lang, os.environ.get("SMART_LANG")):
        if candidate in LANGUAGES:
            return candidate
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def tn(lang: Lang, key: str, count: int, /, **params: Any) -> str:
    """Message `key` for `count` things: ``key.one`` when there is one and the catalogue has it."""
    one = f"{key}.one"
    return t(lang, one if count == 1 and one in MESSAGES else key, count=count, **params)


def t(lang: Lang, key: str, /, **params: Any) -> str:
    """The message `key` in `lang`, with `params` filled in."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in the catalogue") from None
    text = entry[lang]
    return text.format(**params) if params else text


def _merged(*parts: dict[str, dict[Lang, str]]) -> dict[str, dict[Lang, str]]:
    merged: dict[str, dict[Lang, str]] = {}
    for part in parts:
        clash = merged.keys() & part.keys()
        if clash:
            raise RuntimeError(f"catalogue keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


MESSAGES: dict[str, dict[Lang, str]] = _merged(
    files.MESSAGES,
    interview.MESSAGES,
    cycle.MESSAGES,
    vcs.MESSAGES,
    check.MESSAGES,
    report.MESSAGES,
    portfolio.MESSAGES,
    method.MESSAGES,
    usage.MESSAGES,
    values.MESSAGES,
    shell.MESSAGES,
)
"""Every sentence the tool itself says, by key. Question texts live in questions/."""

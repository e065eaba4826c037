"""Did you mean: the known name a mistyped one is closest to (``compnay`` → ``company``).

Used wherever a user types a name smart must know: a question id (``smart edit
-q``), a phase (``--phase``), a key in an answers file or a plan. Matching
ignores case and accents (``maalsaetning`` finds ``målsætning``), takes a
name that starts the way the typed one does (``compet`` → ``competitors``),
and otherwise the closest spelling, if it is close enough to be a slip.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

CUTOFF = 0.75
"""How alike two names must be (difflib's ratio) to suggest one for the other."""


def fold(text: str) -> str:
    """Lower case without accents, with æ/ø/å spelled out, for forgiving name matching."""
    text = text.strip().lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def closest(word: str, known: Iterable[str]) -> str | None:
    """The name in `known` that `word` most likely mistypes, or ``None`` when none is close.

    A name equal to `word` (folded) is not a suggestion: the caller knew it already.
    """
    names = {fold(name): name for name in known}
    wanted = fold(word)
    if not wanted or wanted in names:
        return None
    starting = [name for folded, name in names.items() if len(wanted) >= 3 and folded.startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    match = difflib.get_close_matches(wanted, list(names), n=1, cutoff=CUTOFF)
    return names[match[0]] if match else None


def unknown_key(key: str, known: Iterable[str]) -> tuple[str, dict[str, str]]:
    """The catalogue message for an unknown key, with a suggestion when one is close.

    Returns:
        The message key and its parameters, ready for a
        :class:`~smartcli.errors.Problem`: ``schema.unknown_key_suggest``
        (``key``, ``suggestion``) or ``schema.unknown_key`` (``key``, ``known``).
    """
    names = list(known)
    suggestion = closest(key, names)
    if suggestion is not None:
        return "schema.unknown_key_suggest", {"key": key, "suggestion": suggestion}
    return "schema.unknown_key", {"key": key, "known": ", ".join(names)}

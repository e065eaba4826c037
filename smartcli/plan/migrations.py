"""Schema versions: how a plan written by an older smart is brought up to today's schema, in memory."""

from __future__ import annotations

from collections.abc import Callable

from smartcli.plan.store import YMap

Migration = Callable[[YMap], None]
MIGRATIONS: dict[int, Migration] = {}
"""How to bring a plan of schema version N up to N + 1, in place, on the parsed file.

Version 1 is the first schema, so there are none yet. A migration rewrites the
parsed mapping (renaming keys, moving values) so that lines stay known for errors;
the plan is written in the new schema only when it is next changed and saved.
"""

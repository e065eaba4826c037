"""Schema versions: how a plan written by an older smart is brought up to today's schema, in memory.

A migration rewrites the parsed mapping of a plan of version N into version
N + 1 (renaming keys, moving values), keeping each value's line so that an
error still points at the right place in the file. The plan is written in the
new schema only when it is next changed and saved; until then ``smart check``
says it is older (SM011) and the file stays as it is.

Version 2 (issue 12) made milestones records (a date, an objective and a value
give an objective its expected course) and added optional fields that need
no migration: an objective's start, baseline period, data source, business
goal and rationale; an activity's status; budget lines outside the channels;
the hours a week available; the plan change an adjustment made.
"""

from __future__ import annotations

from collections.abc import Callable

from smartcli.plan.store import YMap, YScalar, YSeq

Migration = Callable[[YMap], None]


def _map(at: YMap | YSeq | YScalar, items: dict[str, YScalar]) -> YMap:
    """A mapping made by a migration, placed where `at` stood in the file."""
    made = YMap(items)
    made.line, made.column = at.line, at.column
    made.key_lines = dict.fromkeys(items, at.line)
    return made


def milestones_as_records(root: YMap) -> None:
    """1 → 2: each milestone, a line of text, becomes a record ``{id: MS1, what: the text}``.

    Its date, objective and value are left for the user to add (``smart edit
    -q milestones``): the text may name a date, but guessing one would put
    words in the plan that nobody wrote.
    """
    objectives = root.get("objectives")
    if not isinstance(objectives, YMap):
        return
    milestones = objectives.get("milestones")
    if not isinstance(milestones, YSeq):
        return
    records = YSeq()
    records.line, records.column = milestones.line, milestones.column
    for number, item in enumerate(milestones, start=1):
        if isinstance(item, YScalar) and not item.is_null:
            ident = YScalar(f"MS{number}", True, item.line, item.column)
            records.append(_map(item, {"id": ident, "what": item}))
        else:
            records.append(item)  # already a mapping (hand-edited): reading the plan judges it
    objectives["milestones"] = records


MIGRATIONS: dict[int, Migration] = {1: milestones_as_records}
"""How to bring a plan of schema version N up to N + 1, in place, on the parsed file."""

"""The living cycle after the first pass: measurements, reviews and the next period (R and T of SMART).

Owns ``smart track`` (one measurement, or many from CSV: ``tracking``),
``smart review`` (a guided review kept as a dated log entry: ``review``) and
``smart next`` (the next planning cycle from what was learned: ``nextcycle``),
and the one way a decision or an adjustment changes the plan (``changes``).
The arithmetic of progress and pace lives in :mod:`smartcli.plan.progress`,
because reports and checks need it too.

May import ``plan``, ``check``, ``interview`` (sessions and prompts) and the
cross-cutting modules at the top.
"""

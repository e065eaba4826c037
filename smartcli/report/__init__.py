"""Showing a plan: the strategy report and the terminal overview.

Owns what a report shows (``context``: the documented context every template
receives, computed once), writing user text safely into Markdown
(``markdown``), the only contact with Jinja (``render``: built-in and
sandboxed user templates), and ``smart status`` in the terminal (``status``).
Document formats beyond Markdown land here too.

May import ``plan``, ``check`` and the cross-cutting modules at the top.
"""

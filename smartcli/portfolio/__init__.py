"""A consultant's many plans: one overview of every plan under some folders, and a static site of them.

Owns the overview of ``smart status DIR…`` (``overview``: one row per plan,
sorted by what needs attention first, as a terminal table, Markdown or JSON)
and ``smart site`` (``site``: an index page and, per plan, its HTML report and
its history from git, rebuilt only where something changed).

May import ``plan``, ``check``, ``report``, ``vcs`` and the cross-cutting
modules at the top; only the command line imports it.
"""

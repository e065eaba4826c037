"""Plans in git: versions, differences in the model's words, history, git's drivers.

Owns the only calls to ``git`` (``gitio``), what changed between two plans
(``diffing``), ``smart diff`` and ``smart log`` (``history``), and the merge and
textconv drivers with ``smart git-setup`` (``drivers``). The three-way merge of
two plans is :mod:`smartcli.plan.merge`, since an open session merges too.

May import ``plan``, ``check``, ``report`` (Markdown escaping) and the
cross-cutting modules at the top.
"""

"""Plans in git: versions, differences in the model's words, history, git's drivers.

Owns the calls to ``git`` (``gitio``; ``check`` asks git one question of
its own, for SM012), what changed between two plans (``diffing``),
``smart diff`` and ``smart log`` (``history``), the merge driver with
``smart git-setup`` (``drivers``), and the textconv driver, which git starts
per file and so has a light entry of its own (``textconv``). The three-way
merge of two plans is :mod:`smartcli.plan.merge`, since an open session merges too.

May import ``plan``, ``check``, ``report`` (Markdown escaping) and the
cross-cutting modules at the top.
"""

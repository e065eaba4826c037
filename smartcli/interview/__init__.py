"""Asking the questions: the prompts, one question of any type, the walk through the phases, editing.

Owns the only contact with questionary and prompt_toolkit (``prompts``: one
primitive per question type, behind a ``Prompter`` that tests replace),
asking one question with its validation, lists and records (``ask``), starting,
resuming and finishing a plan (``flow``), revisiting answers (``edit``), and an
open plan that is saved after every answer without clobbering others
(``session``).

May import ``plan``, ``check`` (SMART wording while answering) and the
cross-cutting modules at the top.
"""

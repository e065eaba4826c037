"""Asking the questions: the prompts, one question of any type, the walk through the phases, editing.

Owns the only contact with questionary and prompt_toolkit (``prompts``: one
primitive per question type, behind a ``Prompter`` that tests replace, with
the editor behind Ctrl-X Ctrl-E in ``editor``), going back with Shift-Tab
(``navigation``), asking one question with its validation (``ask``), lists and
records item by item (``records``), the plan's details (``details``),
starting, resuming and finishing a plan (``flow``), revisiting answers
(``edit``), an open plan that is saved after every answer without clobbering
others (``session``), the questions without a terminal (``questionnaire``:
``smart questions``) and the sample plan (``example``).

May import ``plan``, ``check`` (SMART wording while answering) and the
cross-cutting modules at the top.
"""

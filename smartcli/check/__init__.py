"""Holding a plan to the method: the rules ``smart check`` applies, its findings, and SMART wording.

Owns the finding codes and their severities (``findings``; their words are in
the catalogue), the rules themselves (``rules``), checking files and folders
and the JSON shape (``runner``), the findings in the terminal (``show``), and
whether a sentence names a number and a time (``smartgoals``, also used while
answering).

May import ``plan`` and the cross-cutting modules at the top.
"""

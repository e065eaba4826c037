"""The plan and its file: the data model, typed values, the question set, YAML, the file on disk.

Owns what a plan *is* (``model``: question set and plan types, no I/O),
how answers are read and written (``values``), the shipped question sets
(``questionset``), the only contact with PyYAML (``store``: parsing with
lines kept, stable dumping), the file on disk without YAML (``files``: atomic
saves, write protection, a new plan's folders), reading a parsed file into a plan
(``reading``, with ``migrations`` for older schemas), the plan file as a whole
(``planfile``: load, dump, save, find plans in folders), one writer at a time
(``lock``), three-way merges of two versions (``merge``: for git's driver and
for a file changed under an open session), and what follows from the numbers by arithmetic alone
(``progress``: progress, pace, cadence).

May import only the cross-cutting modules at the top (``i18n``, ``errors``,
``output``, ``resources``); every other room builds on this one.
"""

"""The ``smart`` command line: it parses options, calls one use case, and maps the outcome to an exit code.

Owns nothing but translation: each command module holds thin command functions
(``interview``: new, resume, edit; ``documents``: report; ``checking``: check, status;
``cycle``: track, review, next; ``git``: diff, log, git-setup and git's
drivers), and :mod:`smartcli.cli.common` the typer app, the shared options and
the one place where errors become messages and exit codes. It may import any
part of smartcli; nothing imports it.

Start-up is kept light: ``smart --help`` and the commands that don't prompt
never import questionary, prompt_toolkit or jinja2; each command imports what
it needs when it runs.
"""

from __future__ import annotations

from smartcli.cli.common import app

# Importing a command module registers its commands; --help lists them in this order.
# isort: off
from smartcli.cli import interview, documents, checking, cycle, git, portfolio, reference  # noqa: F401
# isort: on


def main() -> None:
    """Entry point of the ``smart`` console script."""
    app()

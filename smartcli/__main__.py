"""``python -m smartcli``: the same as the ``smart`` command."""

from smartcli.cli import main

main()

"""Words of ``smart report``: where it was written, and what went wrong with a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "error.template": {
        "da": "Skabelonen fejler i {where}: {reason}",
        "en": "The template fails at {where}: {reason}",
    },
    "report.written": {"da": "Rapporten er skrevet: {path}", "en": "The report is written: {path}"},
}

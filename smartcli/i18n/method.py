"""Words of the consultant's checks and hints (issue 12): links both ways, plausibility, capacity, the situation shown back."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcli.i18n import Lang

MESSAGES: dict[str, dict[Lang, str]] = {}

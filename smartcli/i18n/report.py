"""Words of ``smart report``: where it was written, where it won't be, and what went wrong with a template."""

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
    "error.report_over_plan": {
        "da": "{path} er selve planen, og rapporten skrives ikke oven i den. Vælg en anden fil, fx -o {suggestion}",
        "en": "{path} is the plan itself, and the report is not written over it. Choose another file, e.g. -o {suggestion}",
    },
    "error.report_over_a_plan": {
        "da": "{path} er en smart-plan, og rapporten skrives ikke oven i den. Vælg en anden fil, fx en .md-fil.",
        "en": "{path} is a smart plan, and the report is not written over it. Choose another file, e.g. a .md file.",
    },
    "error.report_over_template": {
        "da": "{path} er skabelonen, og rapporten skrives ikke oven i den. Vælg en anden fil, fx en .md-fil.",
        "en": "{path} is the template, and the report is not written over it. Choose another file, e.g. a .md file.",
    },
    "error.template_limit_number": {
        "da": "et tal bliver for stort (over {digits} cifre)",
        "en": "a number gets too big (over {digits} digits)",
    },
    "error.template_limit_size": {
        "da": "en tekst eller liste bliver for lang (over {size} tegn eller elementer)",
        "en": "a text or list gets too long (over {size} characters or items)",
    },
    "error.template_limit_output": {
        "da": "rapporten bliver for stor (over {size} tegn)",
        "en": "the report gets too big (over {size} characters)",
    },
    "error.template_limit_time": {
        "da": "skabelonen har kørt i mere end {seconds} sekunder uden at blive færdig",
        "en": "the template has run for more than {seconds} seconds without finishing",
    },
    "error.template_recursion": {
        "da": "en makro kalder sig selv for mange gange i træk",
        "en": "a macro calls itself too many times over",
    },
    "error.template_folder": {
        "da": "{path} er en mappe. Angiv skabelonfilen i den, fx --template {path}/rapport.md.j2",
        "en": "{path} is a folder. Give the template file in it, e.g. --template {path}/report.md.j2",
    },
}

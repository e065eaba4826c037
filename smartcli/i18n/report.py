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
    "error.report_format": {
        "da": "'{value}' er ikke et rapportformat. Vælg et af: {formats}.",
        "en": "'{value}' is not a report format. Choose one of: {formats}.",
    },
    "error.report_format_suffix": {
        "da": "{path} ender på {suffix}, men formatet er {value}. Ret filnavnet, eller udelad --format.",
        "en": "{path} ends in {suffix}, but the format is {value}. Change the file name, or leave out --format.",
    },
    "error.template_md_only": {
        "da": "--template gælder Markdown-rapporten; {format}-rapporten laves ud fra de indbyggede skabeloner.",
        "en": "--template is for the Markdown report; the {format} report is made from the built-in templates.",
    },
    "error.report_binary_to_terminal": {
        "da": "En PDF- eller Word-fil kan ikke vises i terminalen. Skriv den til en fil med -o, fx -o rapport.pdf.",
        "en": "A PDF or Word file can't be shown in the terminal. Write it to a file with -o, e.g. -o report.pdf.",
    },
    "error.pdf_engine": {
        "da": "Der er ingen PDF-motor. Installér den med: pip install 'smart-marketing[pdf]' (eller installér Chrome eller Chromium).",
        "en": "There is no PDF engine. Install one with: pip install 'smart-marketing[pdf]' (or install Chrome or Chromium).",
    },
    "error.pdf_engine_typst": {
        "da": "SMART_PDF_ENGINE=typst, men Typst er ikke installeret. Installér det med: pip install 'smart-marketing[pdf]'",
        "en": "SMART_PDF_ENGINE=typst, but Typst is not installed. Install it with: pip install 'smart-marketing[pdf]'",
    },
    "error.pdf_engine_chrome": {
        "da": "SMART_PDF_ENGINE=chrome, men der er ingen Chrome, Chromium eller Edge på maskinen (SMART_CHROME kan pege på en).",
        "en": "SMART_PDF_ENGINE=chrome, but there is no Chrome, Chromium or Edge on this machine (SMART_CHROME can name one).",
    },
    "error.pdf_engine_unknown": {
        "da": "SMART_PDF_ENGINE={engine} kendes ikke; brug typst eller chrome.",
        "en": "SMART_PDF_ENGINE={engine} is not known; use typst or chrome.",
    },
    "error.pdf_chrome_failed": {
        "da": "{browser} kunne ikke skrive PDF-filen: {reason}",
        "en": "{browser} could not write the PDF: {reason}",
    },
    "error.docx_engine": {
        "da": "Word-rapporten kræver python-docx og Typst. Installér dem med: pip install 'smart-marketing[docx]'",
        "en": "The Word report needs python-docx and Typst. Install them with: pip install 'smart-marketing[docx]'",
    },
}

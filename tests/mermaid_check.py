r"""Check Mermaid blocks offline with the real Mermaid parser, plus the gantt dates Mermaid lets through.

`mermaid_errors` hands Mermaid sources to ``tests/mermaid/parse.mjs``, which runs the Mermaid
package pinned in ``tests/mermaid/package-lock.json`` (Mermaid 11.17.2 on jsdom 27.4.0; Node.js
20.19 or newer) and calls ``mermaid.parse`` on each block, all in one ``node`` process (about
1.2 s for a handful of blocks, nearly all of it loading Mermaid). Install the parser once with::

    npm ci --prefix tests/mermaid

`mermaid_blocks` pulls the ```` ```mermaid ```` blocks out of a Markdown text, and
`gantt_date_errors` checks what ``mermaid.parse`` does not: that literal gantt dates are real
calendar dates and that no task ends before it starts.

``mermaid.parse`` checks syntax, not drawing: an ``xychart-beta`` without any ``line`` or ``bar``
series parses and then fails when drawn; the gantt date 2027-13-45 parses and fails when drawn,
and 2027-02-30 parses and is quietly drawn as 2027-03-02 (`gantt_date_errors` reports both).
And several characters below parse but silently change or drop text: only sanitizing the text
before it goes into a block protects against those.

Characters in labels
--------------------
Found with Mermaid 11.17.2, by parsing and by drawing to SVG in jsdom. Every entry was tried in
the middle of a label, at its start and at its end.

The one escape that works everywhere: before parsing, Mermaid turns every ``#name;`` and
``#123;`` (regex ``#\w+;``, ASCII letters, digits and _) into the HTML entity ``&name;`` /
``&#123;``, which the drawing shows as that character: #quot; is ", #35; is #, #37; is %,
#58; is :, #59; is ;, #lt; is <, #gt; is >, #amp; is &, #92; is \. So literal text that looks
like ``#word;`` (e.g. "Nr #1;") is read as an entity too: write its # as #35;. One more quirk:
on a line that contains ``style`` or ``classDef`` followed later by a ``:``, characters without a
space, a ``#`` and a ``;``, Mermaid deletes the last ``;`` (so ``"Lifestyle:#35;1"`` shows
"Lifestyle:#351").

Pie slice label, ``"label" : 12``: always in double quotes; a negative value is a parse error.

    label contains               effect                                         write instead
    ---------------------------  ---------------------------------------------  --------------
    "                            parse error                                    #quot;
    \                            silently removed (a string escape: \" is a     #92;
                                 quote, \\ a backslash)
    newline                      parses, drawn as a space                       a space
    #word;  (e.g. Nr #1;)        read as an entity                              #35; for the #
    leading/trailing spaces      kept: "A" and "A " are two different slices    strip them
    the same label twice         the second slice is silently dropped           unique labels
    : ; # % %% < > & ` {{ }}     fine, drawn literally (labels are set as       as is
    [ ] ( ) , | ' – tab          text, not HTML)
    emoji æøå

Pie title, ``pie title text``, and gantt title, ``title text``: the rest of the line, unquoted,
passed through DOMPurify.

    title contains               effect                                         write instead
    ---------------------------  ---------------------------------------------  --------------
    newline                      parse error, or the title ends there           a space
    < directly before a letter   the rest is dropped: "A<B" shows "A"           #lt;
    < elsewhere                  shows the text "&lt;" ("A < B", "A<3")         #lt;
    %% (pie title only)          the rest of the title is dropped (comment)     #37;#37;
    <script>…</script>           removed                                        plain text
    #word;                       read as an entity                              #35; for the #
    : ; # % " ' > & ` {{ }}      fine                                           as is
    ( ) [ ] , emoji æøå

Gantt task name, ``name :id, 2027-01-01, 2027-01-31``: up to the first ``:``, drawn as plain
text (no sanitizer, so < > & " ' are safe here).

    name contains                effect                                         write instead
    ---------------------------  ---------------------------------------------  --------------
    :                            no error: the name is cut at the first : and   #58;
                                 the rest is read as task data (wrong id and
                                 dates); a leading : is a parse error
    % as 1st or 2nd character    the whole line is a comment: the task is       #37; (escape
                                 silently lost, an "after" on it breaks         every %)
    newline                      parse error, or a second line                  a space
    a keyword at the start       no error for section , title , dateFormat ,    its first letter
    (any case; the space         axisFormat , tickInterval , includes ,         as #NN;, e.g.
    after it counts, so          excludes , todayMarker , weekday monday …      #83;ection for
    "Section :a1, …" too)        sunday, inclusiveEndDates: the line is read    "Section"
                                 as that statement, so the task is lost, or
                                 becomes a section or the title, or loses the
                                 keyword from its name and changes a setting.
                                 click , call , gantt, topAxis, weekend
                                 friday/saturday, accDescription , or a
                                 YYYY-MM-DD date: parse error
    #word;                       read as an entity                              #35; for the #
    leading spaces or tabs       trimmed (trailing spaces are kept, harmless)   as is
    ; # " ' < > & ` {{ }} [ ]    fine                                           as is
    ( ) , | \ – emoji æøå

Gantt section name, ``section text``: the rest of the line; only a newline breaks it
(: % %% # < " are all fine, shown literally).

xychart-beta x-axis labels ``x-axis ["Q1", "Q2"]``, title ``title "text"``, series names
``bar "name" [1, 2]`` and axis titles ``x-axis "name" [...]``: always put the text in double
quotes. Unquoted text may hold only ASCII letters, digits and _ & # + = * . - ; anything else
(æøå, emoji, : ; ' " % < > ( ) [ ] { } / | \ ` –) is a parse error, a , starts the next label,
and the spaces between words are silently deleted ("Q1 2027" shows "Q12027"). Quoted text is
passed through DOMPurify:

    quoted text contains         effect                                         write instead
    ---------------------------  ---------------------------------------------  --------------
    "                            parse error                                    #quot;
    < directly before a letter   the rest is dropped                            #lt;
    < elsewhere                  shows the text "&lt;"                          #lt;
    newline                      parses, drawn as a space                       a space
    #word;                       read as an entity                              #35; for the #
    leading/trailing spaces      trimmed                                        as is
    : ; # % %% ' > & ` {{ }}     fine                                           as is
    [ ] ( ) , | \ – emoji æøå
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
from pathlib import Path

MERMAID_DIR = Path(__file__).resolve().parent / "mermaid"
PARSE_SCRIPT = MERMAID_DIR / "parse.mjs"
INSTALL_COMMAND = "npm ci --prefix tests/mermaid"


def _install(node: str) -> None:
    """Install the pinned parser from the lock file on first use, so a plain ``pytest`` run suffices."""
    npm = shutil.which("npm") or str(Path(node).with_name("npm"))
    proc = subprocess.run(
        [npm, "ci", "--prefix", str(MERMAID_DIR), "--no-audit", "--no-fund", "--loglevel=error"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if proc.returncode != 0 or not (MERMAID_DIR / "node_modules" / "mermaid" / "package.json").is_file():
        raise RuntimeError(
            f"Could not install the Mermaid parser ({INSTALL_COMMAND} failed): {proc.stderr.strip()[:500]}"
        )


def mermaid_errors(blocks: list[str]) -> list[str | None]:
    """Parse Mermaid sources with the real Mermaid parser.

    All blocks are parsed in one ``node`` process.

    Args:
        blocks: Mermaid sources, each the content of one ```` ```mermaid ```` block.

    Returns:
        One entry per block, in order: ``None`` if the block parsed, else Mermaid's error message.

    Raises:
        RuntimeError: If ``node`` or the installed parser is missing (the message says how to
            install it), or if the parser script failed without giving an answer.
    """
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(
            "The Mermaid check needs Node.js 20.19 or newer (`node` is not on PATH). "
            f"Install Node.js and npm, then run `{INSTALL_COMMAND}` from the repository root."
        )
    if not (MERMAID_DIR / "node_modules" / "mermaid" / "package.json").is_file():
        _install(node)
    if not blocks:
        return []
    proc = subprocess.run(
        [node, str(PARSE_SCRIPT)],
        input=json.dumps(blocks),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=MERMAID_DIR,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{PARSE_SCRIPT} failed (exit code {proc.returncode}):\n{proc.stderr}")
    results: list[str | None] = json.loads(proc.stdout)
    if len(results) != len(blocks):
        raise RuntimeError(f"{PARSE_SCRIPT} answered {len(results)} results for {len(blocks)} blocks")
    return results


_FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*(?P<info>[^\s`]*)")


def mermaid_blocks(markdown: str) -> list[str]:
    """Extract the contents of the ```` ```mermaid ```` fenced code blocks of a Markdown text.

    Fences of three or more backticks or tildes count, indented by up to three spaces. A block
    ends at a fence of the same character at least as long as its opening one, or at the end of
    the text. Blocks in another language are skipped whole, so a ```` ```mermaid ```` line
    inside a longer ```` ```` ```` fence is not taken for a block.

    Args:
        markdown: The Markdown text.

    Returns:
        The contents of each mermaid block, in order, without the fences, each line ending in a
        newline.
    """
    blocks: list[str] = []
    fence = ""
    is_mermaid = False
    lines: list[str] = []
    for line in markdown.splitlines(keepends=True):
        if not fence:
            match = _FENCE_OPEN.match(line)
            if match:
                fence = match["fence"]
                is_mermaid = match["info"].lower() == "mermaid"
                lines = []
            continue
        stripped = line.strip()
        if (
            len(line) - len(line.lstrip(" ")) <= 3
            and stripped.startswith(fence)
            and set(stripped) == {fence[0]}
        ):
            if is_mermaid:
                blocks.append("".join(lines))
            fence = ""
        elif is_mermaid:
            lines.append(line if line.endswith("\n") else line + "\n")
    if fence and is_mermaid:
        blocks.append("".join(lines))
    return blocks


# Gantt statements that are not tasks (the lexer matches them case-insensitively).
_GANTT_STATEMENT = re.compile(
    r"(gantt|title|section|dateFormat|axisFormat|tickInterval|includes|excludes|todayMarker"
    r"|weekday|weekend|inclusiveEndDates|topAxis|accTitle|accDescr|accDescription|click|call)\b",
    re.IGNORECASE,
)
_GANTT_TAGS = {"active", "done", "crit", "milestone", "vert"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DURATION = re.compile(r"\d+(\.\d+)?(ms|[smhdwMy])")


def gantt_date_errors(block: str) -> list[str]:
    """Check the literal dates of a gantt block, which ``mermaid.parse`` lets through.

    Only blocks whose ``dateFormat`` is ``YYYY-MM-DD`` (Mermaid's default) are checked; any other
    block, gantt or not, gives no errors. A task line is ``name :data``, where data is a comma
    list. Its leading tags (``active``, ``done``, ``crit``, ``milestone``, ``vert``) are dropped,
    and what is left is read as Mermaid reads it: ``end``, ``start, end`` or ``id, start, end``.
    A start is a date or ``after id ...``; an end is a date, a duration (``5d``, ``2w``) or
    ``until id``. Each task line is checked for these faults:

    * a literal date that is not a real calendar date (2027-02-30), or not written as YYYY-MM-DD;
    * an end date before the start date (the same day is allowed);
    * ``after``/``until`` naming a task id that the block does not define;
    * a ``:`` in the data, which means a ``:`` in the task name cut it short (write ``#58;``).

    Args:
        block: The Mermaid source of one block.

    Returns:
        One message per fault, naming the line number (1-based, within the block) and the line.
    """
    lines = block.splitlines()
    significant = [line.strip() for line in lines if line.strip() and not line.strip().startswith("%%")]
    if not significant or significant[0].split()[0].lower() != "gantt":
        return []
    tasks: list[tuple[int, str, list[str]]] = []
    ids: set[str] = set()
    in_description = False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if in_description:
            in_description = "}" not in line
            continue
        if not line or line.startswith("%%"):
            continue
        if re.match(r"dateFormat\s", line, re.IGNORECASE) and line.split(None, 1)[1].strip() != "YYYY-MM-DD":
            return []
        if re.match(r"accDescr\s*\{", line):
            in_description = "}" not in line
            continue
        if _GANTT_STATEMENT.match(line) or ":" not in line:
            continue
        items = [item.strip() for item in line.split(":", 1)[1].split(",")]
        while len(items) > 1 and items[0] in _GANTT_TAGS:
            items.pop(0)
        if len(items) == 3:
            ids.add(items[0])
        tasks.append((number, line, items))

    errors: list[str] = []
    for number, line, items in tasks:
        where = f"line {number} {line!r}"
        if any(":" in item for item in items):
            errors.append(f"{where}: ':' in the task data; a ':' in a task name must be written #58;")
            continue
        start_text, end_text = (None, items[0]) if len(items) == 1 else (items[-2], items[-1])
        start = _gantt_date(start_text, ids, "start", where, errors)
        end = _gantt_date(end_text, ids, "end", where, errors)
        if start and end and end < start:
            errors.append(f"{where}: ends {end} before it starts {start}")
    return errors


def _gantt_date(
    text: str | None, ids: set[str], role: str, where: str, errors: list[str]
) -> datetime.date | None:
    """Read one start or end item of a gantt task, adding a message to ``errors`` if it is bad.

    Args:
        text: The item, or ``None`` for a task that starts where the previous one ends.
        ids: The task ids defined in the block.
        role: ``"start"`` or ``"end"``, for the messages.
        where: The line, for the messages.
        errors: The list to add messages to.

    Returns:
        The date if the item is a valid literal date, else ``None``.
    """
    if text is None:
        return None
    keyword = "after" if role == "start" else "until"
    words = text.split()
    if words and words[0] == keyword:
        unknown = [ref for ref in words[1:] if ref not in ids]
        if len(words) == 1 or unknown:
            errors.append(f"{where}: {text!r} names no known task id ({', '.join(unknown) or 'none given'})")
        return None
    if role == "end" and _DURATION.fullmatch(text):
        return None
    if _DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            errors.append(f"{where}: {role} {text} is not a real date")
            return None
    errors.append(f"{where}: {role} {text!r} is not a YYYY-MM-DD date, a duration or {keyword} <id>")
    return None

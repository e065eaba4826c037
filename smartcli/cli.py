"""The ``smart`` command line: parses options, calls one use case, maps the outcome to an exit code.

Start-up is kept light: ``smart --help`` and the commands that don't prompt
never import questionary, prompt_toolkit or jinja2; each command imports what it
needs when it runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from smartcli import __version__
from smartcli.errors import ExitCode, FileProblemsError, SmartError
from smartcli.i18n import ACTIVE_LANG, LANGUAGES, Lang, resolve_lang, t

if TYPE_CHECKING:
    from rich.console import Console

_HELP_LANG: Lang = resolve_lang()

_HELP: dict[str, dict[Lang, str]] = {
    "app": {
        "da": "Før en virksomhed gennem SMART-modellen for markedsføring: Situation, Målsætning, "
        "Agenda, Rapportering og Tilpasning. Planen gemmes som YAML (god i git), og rapporten "
        "skrives i Markdown.",
        "en": "Guide a business through the SMART marketing strategy model: Situation, Objectives "
        "(Målsætning), Agenda, Reporting (Rapportering) and Adaptation (Tilpasning). The plan is "
        "kept as YAML (at home in git), the report is written in Markdown.",
    },
    "new": {
        "da": "Start en ny plan: sprog, virksomhed, titel og periode, derefter de fem faser. "
        "Hvert svar gemmes med det samme.",
        "en": "Start a new plan: language, company, title and period, then the five phases. "
        "Every answer is saved the moment it is given.",
    },
    "resume": {
        "da": "Fortsæt en plan ved det første ubesvarede spørgsmål.",
        "en": "Continue a plan at the first question not yet answered.",
    },
    "edit": {
        "da": "Ret svar i en plan, med de gamle svar som standard.",
        "en": "Change answers in a plan, with the old answers as defaults.",
    },
    "plan": {"da": "Planfilen (YAML).", "en": "The plan file (YAML)."},
    "lang": {
        "da": "Sprog: da eller en (ellers planens sprog, SMART_LANG eller systemets).",
        "en": "Language: da or en (otherwise the plan's, SMART_LANG, or the system's).",
    },
    "from": {
        "da": "Tag svar fra en (delvis) plan eller svarfil og spørg kun om resten.",
        "en": "Take answers from a (partial) plan or answers file and ask only the rest.",
    },
    "no_input": {
        "da": "Spørg ikke om noget: skriv planen ud fra --from og list det ubesvarede.",
        "en": "Ask nothing: write the plan from --from and list what is unanswered.",
    },
    "phase": {
        "da": "Gå alle spørgsmål i én fase igennem (1-5, situation, målsætning, ...).",
        "en": "Go through every question of one phase (1-5, situation, objectives, ...).",
    },
    "question": {
        "da": "Ret ét spørgsmål, ud fra dets id (fx competitors).",
        "en": "Change one question, by its id (e.g. competitors).",
    },
    "version": {"da": "Vis versionen og afslut.", "en": "Show the version and exit."},
    "report": {
        "da": "Skriv strategirapporten i Markdown: til en fil med -o, ellers vist i terminalen "
        "(eller som rå Markdown, når uddata sendes videre).",
        "en": "Write the strategy report in Markdown: to a file with -o, otherwise shown in the "
        "terminal (or as raw Markdown when the output is piped).",
    },
    "output": {"da": "Skriv rapporten til denne fil.", "en": "Write the report to this file."},
    "check": {
        "da": "Tjek planer: fejl i filen, målsætninger der ikke er SMART, budgetter og datoer der ikke "
        "hænger sammen, ubesvarede spørgsmål. Afslutter med 0 (rent), 1 (fund) eller 2 (kan ikke læses).",
        "en": "Check plans: problems in the file, objectives that are not SMART, budgets and dates that "
        "don't agree, unanswered questions. Exits 0 (clean), 1 (findings) or 2 (unreadable input).",
    },
    "paths": {
        "da": "Planfiler, eller mapper der gennemsøges for planer.",
        "en": "Plan files, or folders to search for plans.",
    },
    "format": {"da": "text eller json.", "en": "text or json."},
    "fail_on": {
        "da": "Afslut med 1 ved fund af denne alvorlighed eller værre: error, warning eller info.",
        "en": "Exit 1 on findings of this severity or worse: error, warning or info.",
    },
    "skip_non_plans": {
        "da": "Spring YAML-filer over, der ikke er planer (til pre-commit).",
        "en": "Skip YAML files that are not plans (for pre-commit).",
    },
    "track": {
        "da": "Registrér en måling af en målsætning (Rapportering): spurgt ind, fra flag, "
        "eller mange fra en CSV-fil.",
        "en": "Record a measurement of an objective (Reporting): asked, from flags, or many from a CSV file.",
    },
    "objective": {"da": "Målsætningens id, fx O1.", "en": "The objective's id, e.g. O1."},
    "value": {"da": "Den målte værdi (12,5 eller 12.5).", "en": "The measured value (12.5 or 12,5)."},
    "date": {"da": "Målingens dato (standard: i dag).", "en": "The measurement's date (default: today)."},
    "note": {"da": "Hvad påvirkede tallet.", "en": "What influenced the number."},
    "confidence": {"da": "on_track, at_risk eller off_track.", "en": "on_track, at_risk or off_track."},
    "from_csv": {
        "da": "Importér målinger fra CSV: målsætning, dato, værdi[, note, vurdering]. Alt eller intet.",
        "en": "Import measurements from CSV: objective, date, value[, note, confidence]. All or nothing.",
    },
    "replace": {
        "da": "Erstat en måling, der allerede findes for samme målsætning og dato.",
        "en": "Overwrite a measurement that exists for the same objective and date.",
    },
    "review": {
        "da": "En guidet gennemgang (Tilpasning): status på målsætningerne, hvad I har lært, og "
        "beslutninger, der kan ændre planen. Gemmes som et dateret punkt i planens log.",
        "en": "A guided review (Adaptation): where the objectives stand, what you learned, and "
        "decisions that may change the plan. Kept as a dated entry in the plan's log.",
    },
    "next": {
        "da": "Start næste planperiode ud fra en plan: situationen føres med over, nåede "
        "målsætninger lukkes, åbne fortsætter. Den gamle plan ændres ikke.",
        "en": "Start the next planning cycle from a plan: the situation carries over, reached objectives "
        "are closed, open ones continue. The old plan is not changed.",
    },
    "new_plan": {"da": "Filen til den nye plan.", "en": "The file for the new plan."},
    "period": {
        "da": "Den nye periode som START:SLUT (standard: perioden efter den gamle).",
        "en": "The new period as START:END (default: the period after the old one).",
    },
    "abandon": {
        "da": "Målsætninger der opgives i stedet for at fortsætte, fx O3,O4.",
        "en": "Objectives to abandon instead of carrying over, e.g. O3,O4.",
    },
    "diff": {
        "da": "Hvad der er ændret mellem to udgaver af en plan, i modellens ord. Udgaver er filer eller "
        "git-revisioner (main:plan.yaml, --rev HEAD~3).",
        "en": "What changed between two versions of a plan, in the model's words. Versions are files or "
        "git revisions (main:plan.yaml, --rev HEAD~3).",
    },
    "diff_old": {
        "da": "Den gamle udgave: en fil eller REV:STI (alene: den seneste commit mod filen).",
        "en": "The old version: a file or REV:PATH (alone: the last commit against the file).",
    },
    "diff_new": {"da": "Den nye udgave: en fil eller REV:STI.", "en": "The new version: a file or REV:PATH."},
    "rev": {
        "da": "Sammenlign filen, som den var ved denne git-revision.",
        "en": "Compare the file as it was at this git revision.",
    },
    "diff_format": {
        "da": "text, md (til en pull request) eller json.",
        "en": "text, md (for a pull request) or json.",
    },
    "log": {
        "da": "Planens historik fra git: commit, dato, forfatter og hvad der ændrede sig i modellens ord.",
        "en": "The plan's history from git: commit, date, author and what changed in the model's words.",
    },
    "limit": {"da": "Højst så mange commits.", "en": "At most this many commits."},
    "textconv": {"da": "git textconv: planen som tekst.", "en": "git textconv: the plan as text."},
    "merge_driver": {"da": "git merge-driver for planer.", "en": "git merge driver for plans."},
    "git_setup": {
        "da": "Sæt git op til at vise og flette planer med smart (.gitattributes og git config).",
        "en": "Set git up to diff and merge plans with smart (.gitattributes and git config).",
    },
    "git_setup_plans": {
        "da": "Planfilerne (standard: alle planer i repositoriet).",
        "en": "The plan files (default: every plan in the repository).",
    },
    "status": {
        "da": "Overblik i terminalen: hvor meget er udfyldt, målsætningerne og deres frister, "
        "og de vigtigste fund.",
        "en": "An overview in the terminal: how much is answered, the objectives and their deadlines, "
        "and the top findings.",
    },
    "template": {
        "da": "Brug din egen Jinja-skabelon (kører i en sandkasse; se docs/templates.md).",
        "en": "Use your own Jinja template (runs in a sandbox; see docs/templates.md).",
    },
}


def _help(key: str) -> str:
    return _HELP[key][_HELP_LANG]


app = typer.Typer(
    name="smart",
    help=_help("app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

PlanArg = Annotated[Path, typer.Argument(help=_help("plan"), show_default=False)]
LangOpt = Annotated[str | None, typer.Option("--lang", "-l", help=_help("lang"), show_default=False)]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smart {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_help("version"))
    ] = False,
) -> None:
    """Guide a business through the SMART marketing strategy model."""


# --- running a use case -----------------------------------------------------------


def stdin_is_interactive() -> bool:
    """Whether questions can be asked (tests replace this to drive prompts through a pipe)."""
    return sys.stdin.isatty()


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _check_lang(option: str | None) -> None:
    if option is not None and option not in LANGUAGES:
        _fail(SmartError("error.bad_lang", lang=option), resolve_lang())


def _fail(error: SmartError, lang: Lang) -> None:
    if isinstance(error, FileProblemsError) and error.lang_hint is not None:
        lang = error.lang_hint
    elif (active := ACTIVE_LANG.get()) is not None:
        lang = active
    console = _console(stderr=True)
    from rich.markup import escape

    prefix = "" if error.exit_code == ExitCode.INTERRUPTED else f"{t(lang, 'error.prefix')}: "
    style = "yellow" if error.exit_code == ExitCode.INTERRUPTED else "red"
    console.print(f"[{style}]{escape(prefix + error.render(lang))}[/]", soft_wrap=True)
    raise typer.Exit(int(error.exit_code))


def _run(
    lang_option: str | None, use_case: Callable[[Console], Any], writes: Path | None = None, command: str = ""
) -> Any:
    """Run `use_case`, turning smart's errors into a message and their exit code.

    With `writes`, the use case runs holding that plan's lock, so two smart
    processes never write one plan at the same time.
    """
    _check_lang(lang_option)
    token = ACTIVE_LANG.set(None)  # each command learns its language afresh
    try:
        console = _console()
        if writes is None:
            return use_case(console)
        from smartcli.lock import plan_lock

        with plan_lock(writes, command) as took_over:
            if took_over:
                from smartcli.output import say

                say(_console(stderr=True), resolve_lang(lang_option), "lock.stale", "yellow", path=writes)
            return use_case(console)
    except SmartError as error:
        _fail(error, resolve_lang(lang_option))
    except KeyboardInterrupt:
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except Exception as error:  # a bug: say so in one line; the traceback only on request
        if os.environ.get("SMART_DEBUG"):
            raise
        internal = SmartError("error.internal", kind=type(error).__name__, detail=str(error)[:200])
        internal.exit_code = ExitCode.INTERNAL
        _fail(internal, resolve_lang(lang_option))
    finally:
        ACTIVE_LANG.reset(token)


def _no_terminal(command: str, lang: Lang) -> SmartError:
    hint = t(lang, f"hint.no_terminal.{command if command in ('new', 'track') else 'other'}")
    return SmartError("error.not_interactive", command=command, hint=hint)


def _require_terminal(command: str, lang: Lang) -> None:
    if not stdin_is_interactive():
        raise _no_terminal(command, lang)


# --- commands ---------------------------------------------------------------------


@app.command(help=_help("new"))
def new(
    plan: Annotated[Path, typer.Argument(help=_help("plan"))] = Path("plan.yaml"),
    lang: LangOpt = None,
    from_: Annotated[
        Path | None, typer.Option("--from", help=_help("from"), show_default=False, metavar="FILE")
    ] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help=_help("no_input"))] = False,
) -> None:
    """Start a new plan."""

    def use_case(console: Console) -> None:
        from smartcli.plan import load_answers
        from smartcli.questionset import shipped_question_set

        language = resolve_lang(lang)
        if no_input and from_ is None:
            raise SmartError("error.no_input_needs_from")
        if not no_input:
            _require_terminal("new", language)
        qset = shipped_question_set()
        seed, keys = load_answers(from_, qset, language) if from_ is not None else (None, frozenset[str]())
        if lang is not None and seed is not None:  # --lang wins over the file
            seed.language, keys = language, keys | {"language"}
        if no_input:
            from smartcli.interview import write_from_answers

            assert seed is not None
            write_from_answers(plan, qset, console, seed, resolve_lang(lang, seed.language))
            return
        from smartcli.interview import new_plan
        from smartcli.prompts import QuestionaryPrompter

        new_plan(plan, qset, QuestionaryPrompter(language), console, language, seed, keys)

    _run(lang, use_case, writes=plan, command="new")


@app.command(help=_help("resume"))
def resume(plan: PlanArg, lang: LangOpt = None) -> None:
    """Continue a plan."""

    def use_case(console: Console) -> None:
        from smartcli.questionset import shipped_question_set
        from smartcli.session import open_session

        session = open_session(plan, shipped_question_set(), console, lang)
        _require_terminal("resume", session.lang)
        from smartcli.interview import resume_plan
        from smartcli.prompts import QuestionaryPrompter

        resume_plan(session, QuestionaryPrompter(session.lang), console)

    _run(lang, use_case, writes=plan, command="resume")


@app.command(help=_help("edit"))
def edit(
    plan: PlanArg,
    phase: Annotated[
        str | None, typer.Option("--phase", "-p", help=_help("phase"), show_default=False)
    ] = None,
    question: Annotated[
        str | None, typer.Option("--question", "-q", help=_help("question"), show_default=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Change answers in a plan."""

    def use_case(console: Console) -> None:
        from smartcli.edit import find_phase, find_question
        from smartcli.questionset import shipped_question_set
        from smartcli.session import open_session

        qset = shipped_question_set()
        if phase is not None:
            find_phase(qset, phase)  # a wrong name fails before the plan is opened
        if question is not None:
            find_question(qset, question)
        session = open_session(plan, qset, console, lang)
        _require_terminal("edit", session.lang)
        from smartcli.edit import edit_plan
        from smartcli.prompts import QuestionaryPrompter

        edit_plan(session, QuestionaryPrompter(session.lang), console, phase_name=phase, question_id=question)

    _run(lang, use_case, writes=plan, command="edit")


@app.command(help=_help("report"))
def report(
    plan: PlanArg,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help=_help("output"), show_default=False, metavar="FILE")
    ] = None,
    lang: LangOpt = None,
    template: Annotated[
        Path | None, typer.Option("--template", help=_help("template"), show_default=False, metavar="FILE")
    ] = None,
) -> None:
    """Write the strategy report."""

    def use_case(console: Console) -> None:
        from smartcli.plan import load_plan
        from smartcli.questionset import shipped_question_set
        from smartcli.report import render_report

        qset = shipped_question_set()
        loaded = load_plan(plan, qset, resolve_lang(lang))
        language = resolve_lang(lang, loaded.plan.language)
        text = render_report(loaded.plan, qset, language, template=template, source=plan.name)
        if output is not None:
            from smartcli.output import say
            from smartcli.store import write_atomic

            try:
                write_atomic(output, text)
            except OSError as e:
                raise SmartError("error.write_failed", path=str(output), reason=e.strerror or str(e)) from e
            say(console, language, "report.written", path=output)
        elif sys.stdout.isatty():
            from rich.markdown import Markdown

            console.print(Markdown(text))
        else:
            sys.stdout.write(text)

    _run(lang, use_case)


@app.command(help=_help("check"))
def check(
    paths: Annotated[list[Path], typer.Argument(help=_help("paths"), show_default=False)],
    output_format: Annotated[str, typer.Option("--format", "-f", help=_help("format"))] = "text",
    fail_on: Annotated[str, typer.Option("--fail-on", help=_help("fail_on"))] = "error",
    skip_non_plans: Annotated[bool, typer.Option("--skip-non-plans", help=_help("skip_non_plans"))] = False,
    lang: LangOpt = None,
) -> None:
    """Check plans."""

    def use_case(console: Console) -> int:
        import json

        from smartcli.check import at_least, check_paths, to_json
        from smartcli.findings import SEVERITIES
        from smartcli.questionset import shipped_question_set
        from smartcli.status import print_findings

        if fail_on not in SEVERITIES:
            raise SmartError("check.bad_severity", value=fail_on)
        if output_format not in ("text", "json"):
            raise SmartError("check.bad_format", value=output_format)
        language = resolve_lang(lang)
        results = check_paths(paths, shipped_question_set(), lang, skip_non_plans=skip_non_plans)
        if output_format == "json":
            sys.stdout.write(json.dumps(to_json(results), ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            print_findings(results, shipped_question_set(), console, language, "info")
        if any(r.unreadable for r in results):
            return int(ExitCode.USAGE)
        failing = any(at_least(f.severity, fail_on) for r in results for f in r.findings)
        return int(ExitCode.FINDINGS if failing else ExitCode.OK)

    code = _run(lang, use_case)
    raise typer.Exit(code)


@app.command(help=_help("status"))
def status(plan: PlanArg, lang: LangOpt = None) -> None:
    """Show a plan's status."""

    def use_case(console: Console) -> None:
        from smartcli.check import check_plan
        from smartcli.plan import load_plan
        from smartcli.questionset import shipped_question_set
        from smartcli.status import print_status

        qset = shipped_question_set()
        loaded = load_plan(plan, qset, resolve_lang(lang))
        language = resolve_lang(lang, loaded.plan.language)
        print_status(loaded.plan, qset, check_plan(plan, qset, language), console, language)

    _run(lang, use_case)


@app.command(help=_help("track"))
def track(
    plan: PlanArg,
    objective: Annotated[
        str | None, typer.Option("--objective", help=_help("objective"), show_default=False)
    ] = None,
    value: Annotated[str | None, typer.Option("--value", help=_help("value"), show_default=False)] = None,
    date: Annotated[str | None, typer.Option("--date", help=_help("date"), show_default=False)] = None,
    note: Annotated[str | None, typer.Option("--note", help=_help("note"), show_default=False)] = None,
    confidence: Annotated[
        str | None, typer.Option("--confidence", help=_help("confidence"), show_default=False)
    ] = None,
    from_csv: Annotated[
        Path | None, typer.Option("--from-csv", help=_help("from_csv"), show_default=False, metavar="FILE")
    ] = None,
    replace: Annotated[bool, typer.Option("--replace", help=_help("replace"))] = False,
    lang: LangOpt = None,
) -> None:
    """Record a measurement."""

    def use_case(console: Console) -> None:
        import datetime as dt

        from smartcli.model import CONFIDENCE
        from smartcli.questionset import shipped_question_set
        from smartcli.session import open_session
        from smartcli.tracking import Reading, import_csv, record
        from smartcli.values import ValueProblemError, parse_date, parse_number

        session = open_session(plan, shipped_question_set(), console, lang)
        if from_csv is not None:
            import_csv(session, from_csv, console, replace=replace)
            return
        given: dict[str, Any] = {"objective": objective, "note": note}
        try:
            if value is not None:
                given["value"] = parse_number(value, session.lang)
            if date is not None:
                given["date"] = parse_date(date, session.lang)
        except ValueProblemError as e:
            raise SmartError(e.key, **e.params) from None
        if confidence is not None:
            keys = [c.key for c in CONFIDENCE]
            if confidence not in keys:
                raise SmartError("schema.unknown_choice", value=confidence, choices=", ".join(keys))
            given["confidence"] = confidence
        if objective is not None and "value" in given:
            reading = Reading(
                objective, given.get("date") or dt.date.today(), given["value"], note, confidence
            )
            record(session, reading, console, replace=replace)
            return
        if not stdin_is_interactive():
            raise SmartError("track.needs_value") if objective else _no_terminal("track", session.lang)
        from smartcli.interview import stop_on_interrupt
        from smartcli.prompts import QuestionaryPrompter
        from smartcli.tracking import track_interactively

        with stop_on_interrupt(session.path):
            track_interactively(session, QuestionaryPrompter(session.lang), console, given, replace=replace)

    _run(lang, use_case, writes=plan, command="track")


@app.command(help=_help("review"))
def review(plan: PlanArg, lang: LangOpt = None) -> None:
    """Hold a review."""

    def use_case(console: Console) -> None:
        from smartcli.questionset import shipped_question_set
        from smartcli.session import open_session

        session = open_session(plan, shipped_question_set(), console, lang)
        _require_terminal("review", session.lang)
        from smartcli.prompts import QuestionaryPrompter
        from smartcli.review import run_review

        run_review(session, QuestionaryPrompter(session.lang), console)

    _run(lang, use_case, writes=plan, command="review")


@app.command(name="next", help=_help("next"))
def next_cycle(
    plan: PlanArg,
    new_plan: Annotated[Path, typer.Argument(help=_help("new_plan"), show_default=False)],
    period: Annotated[
        str | None, typer.Option("--period", help=_help("period"), show_default=False, metavar="START:END")
    ] = None,
    abandon: Annotated[
        str | None, typer.Option("--abandon", help=_help("abandon"), show_default=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Start the next planning cycle."""

    def use_case(console: Console) -> None:
        from smartcli.model import Period
        from smartcli.nextcycle import start_next_cycle
        from smartcli.questionset import shipped_question_set
        from smartcli.session import open_session
        from smartcli.values import ValueProblemError, parse_date

        session = open_session(plan, shipped_question_set(), console, lang)
        new_period = None
        if period is not None:
            start, _, end = period.partition(":")
            try:
                new_period = Period(parse_date(start, session.lang), parse_date(end, session.lang))
            except ValueProblemError:
                raise SmartError("next.bad_period") from None
            if new_period.end < new_period.start:
                raise SmartError("next.bad_period")
        dropped = frozenset(part.strip() for part in (abandon or "").split(",") if part.strip())
        start_next_cycle(session, new_plan, console, period=new_period, abandon=dropped)

    _run(lang, use_case, writes=new_plan, command="next")


@app.command(help=_help("diff"))
def diff(
    old: Annotated[str, typer.Argument(help=_help("diff_old"), show_default=False)],
    new: Annotated[str | None, typer.Argument(help=_help("diff_new"), show_default=False)] = None,
    rev: Annotated[str | None, typer.Option("--rev", help=_help("rev"), show_default=False)] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=_help("diff_format"))] = "text",
    lang: LangOpt = None,
) -> None:
    """Show what changed between two versions of a plan."""

    def use_case(console: Console) -> None:
        import json

        from smartcli.diffing import diff_plans
        from smartcli.history import compare, diff_json, diff_markdown, print_diff
        from smartcli.questionset import shipped_question_set

        if output_format not in ("text", "md", "json"):
            raise SmartError("check.bad_format", value=output_format)
        qset = shipped_question_set()
        before, after = compare(old, new, qset, resolve_lang(lang), rev)
        language = resolve_lang(lang, after.plan.language)
        changes = diff_plans(before.plan, after.plan, qset, language)
        if output_format == "json":
            document = diff_json(before, after, changes)
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")
        elif output_format == "md":
            sys.stdout.write(diff_markdown(before, after, changes, qset, language))
        else:
            print_diff(before, after, changes, qset, console, language)

    _run(lang, use_case)


@app.command(help=_help("log"))
def log(
    plan: PlanArg,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help=_help("limit"), show_default=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Show a plan's history from git."""

    def use_case(console: Console) -> None:
        from smartcli.history import plan_log, print_log
        from smartcli.questionset import shipped_question_set

        print_log(plan_log(plan, shipped_question_set(), lang, limit), console)

    _run(lang, use_case)


@app.command(help=_help("textconv"), hidden=True)
def textconv(file: Annotated[Path, typer.Argument(show_default=False)]) -> None:
    """git's textconv driver: a plan as one labelled line per answer."""
    from smartcli.diffing import plan_lines
    from smartcli.plan import load_plan
    from smartcli.questionset import shipped_question_set

    try:
        lines = plan_lines(load_plan(file, shipped_question_set()).plan, shipped_question_set())
    except SmartError:  # not a valid plan (conflict markers, say): show it as it is
        sys.stdout.write(file.read_text(encoding="utf-8", errors="replace"))
        return
    sys.stdout.write("\n".join(lines) + "\n")


@app.command(name="merge-driver", help=_help("merge_driver"), hidden=True)
def merge_driver(
    base: Annotated[Path, typer.Argument(show_default=False)],
    ours: Annotated[Path, typer.Argument(show_default=False)],
    theirs: Annotated[Path, typer.Argument(show_default=False)],
    name: Annotated[str | None, typer.Argument(show_default=False)] = None,
) -> None:
    """git's merge driver: merge plans by answer and record id; exit 1 when conflicts remain."""

    def use_case(console: Console) -> int:
        from smartcli.gitmerge import merge_files

        return merge_files(base, ours, theirs, name or str(ours), _console(stderr=True))

    raise typer.Exit(_run(None, use_case))


@app.command(name="git-setup", help=_help("git_setup"))
def git_setup(
    plans: Annotated[
        list[Path] | None, typer.Argument(help=_help("git_setup_plans"), show_default=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Configure git to diff and merge plans with smart."""

    def use_case(console: Console) -> None:
        from smartcli.gitmerge import setup_git

        setup_git(plans or [], console, resolve_lang(lang))

    _run(lang, use_case)


def main() -> None:
    """Entry point of the ``smart`` console script."""
    app()

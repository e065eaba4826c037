"""smart track: measurements from flags and CSV files, all or nothing, in date order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from helpers import bare_sample
from smartcli.cli import app
from smartcli.errors import ImportFileError, SmartError
from smartcli.plan.planfile import load_plan
from smartcli.plan.questionset import shipped_question_set

QSET = shipped_question_set()
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"
runner = CliRunner()


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(bare_sample("da"), encoding="utf-8")
    return path


def track(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["track", *args])
    return result.exit_code, result.output


def measurements(path: Path) -> list[tuple[str, str, dt.date, float]]:
    return [(m["id"], m["objective"], m["date"], m["value"]) for m in load_plan(path, QSET).plan.measurements]


def test_flags_record_a_measurement_and_say_where_it_stands(plan: Path) -> None:
    code, out = track(
        str(plan), "--objective", "O1", "--value", "171,5", "--date", "1.3.2027", "--note", "Påske"
    )
    assert code == 0, out
    assert (
        "Målingen M1 er gemt" in out and "O1: 171,5 den 1. marts 2027" in out and "af vejen til målet" in out
    )
    assert measurements(plan) == [("M1", "O1", dt.date(2027, 3, 1), 171.5)]
    assert "  note: Påske\n" in plan.read_text(encoding="utf-8")


def test_measurements_are_kept_in_date_order_with_stable_ids(plan: Path) -> None:
    for day, value in (("2027-03-01", "170"), ("2027-01-31", "155"), ("2027-02-28", "161")):
        assert track(str(plan), "--objective", "O1", "--value", value, "--date", day)[0] == 0
    assert [(i, d.isoformat()) for i, _, d, _ in measurements(plan)] == [
        ("M2", "2027-01-31"), ("M3", "2027-02-28"), ("M1", "2027-03-01")
    ]  # fmt: skip


def test_a_second_measurement_the_same_day_needs_replace(plan: Path) -> None:
    track(str(plan), "--objective", "O1", "--value", "170", "--date", "2027-03-01")
    code, out = track(str(plan), "--objective", "O1", "--value", "175", "--date", "2027-03-01")
    assert code == 2 and "--replace" in out
    assert (
        track(str(plan), "--objective", "O1", "--value", "175", "--date", "2027-03-01", "--replace")[0] == 0
    )
    assert measurements(plan) == [("M1", "O1", dt.date(2027, 3, 1), 175)]


def test_bad_flags_are_explained(plan: Path) -> None:
    assert "O9" in track(str(plan), "--objective", "O9", "--value", "1")[1]
    code, out = track(str(plan), "--objective", "O1", "--value", "mange")
    assert code == 2 and "Skriv et tal" in out
    code, out = track(str(plan), "--objective", "O1", "--value", "1", "--confidence", "great")
    assert code == 2 and "on_track" in out
    code, out = track(str(plan), "--objective", "O1")  # no terminal to ask the value in
    assert code == 2 and "--value" in out
    assert measurements(plan) == []


def write_csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_danish_csv_imports_with_semicolons_and_decimal_commas(plan: Path, tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path,
        "målsætning;dato;værdi;note;vurdering\nO2;01-02-2027;1.310;;on_track\nO1;1.3.2027;12,5;Påske;\n",
    )
    code, out = track(str(plan), "--from-csv", str(csv))
    assert code == 0, out
    assert "2 målinger er gemt" in out
    assert measurements(plan) == [
        ("M1", "O2", dt.date(2027, 2, 1), 1310),
        ("M2", "O1", dt.date(2027, 3, 1), 12.5),
    ]


def test_an_english_csv_with_commas_and_no_header(plan: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path, "O1,2027-02-01,160\nO1,2027-03-01,171.5\n")
    assert track(str(plan), "--from-csv", str(csv), "--lang", "en")[0] == 0
    assert [v for *_, v in measurements(plan)] == [160, 171.5]


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(plan: Path, tmp_path: Path) -> None:
    before = plan.read_bytes()
    csv = write_csv(
        tmp_path,
        "O1;2027-02-01;160\nO9;2027-02-01;1\nO1;30-02-2027;1\nO1;2027-03-01;x\nO1\nO1;2027-02-01;161\n",
    )
    code, out = track(str(plan), "--from-csv", str(csv))
    assert code == 2
    for expected in (f"{csv}:2:1: objective: Planen har ingen målsætning 'O9'", f"{csv}:3:2: date:",
                     f"{csv}:4:3: value:", f"{csv}:5: rækken har 1 kolonner", f"{csv}:6: samme målsætning og dato som linje 1"):  # fmt: skip
        assert expected in out, expected
    assert "Intet er importeret" in out
    assert plan.read_bytes() == before


def test_a_csv_row_that_repeats_a_recorded_day_is_refused_unless_replacing(
    plan: Path, tmp_path: Path
) -> None:
    track(str(plan), "--objective", "O1", "--value", "160", "--date", "2027-02-01")
    csv = write_csv(tmp_path, "O1;2027-02-01;165\nO1;2027-03-01;170\n")
    code, out = track(str(plan), "--from-csv", str(csv))
    assert code == 2 and "M1: 160" in out and len(measurements(plan)) == 1
    assert track(str(plan), "--from-csv", str(csv), "--replace")[0] == 0
    assert [(i, v) for i, _, _, v in measurements(plan)] == [("M1", 165), ("M2", 170)]


def test_read_csv_directly_raises_with_every_problem(tmp_path: Path) -> None:
    from smartcli.cycle.tracking import read_csv

    plan = load_plan(SAMPLE, QSET).plan
    with pytest.raises(ImportFileError) as info:
        read_csv(write_csv(tmp_path, "O1;x;y\n"), plan, "da")
    assert [p.path for p in info.value.problems] == ["date", "value"]
    with pytest.raises(SmartError):
        read_csv(tmp_path / "missing.csv", plan, "da")


def test_asking_goes_back_to_the_answer_before(plan: Path, console: Console) -> None:
    from helpers import BACK, ScriptedPrompter
    from smartcli.cycle.tracking import track_interactively
    from smartcli.interview.session import open_session

    session = open_session(plan, QSET, console, None)
    # the objective, a value; back at the date to the value (its answer the default), then on
    prompter = ScriptedPrompter(["O2", "12", BACK, "14", "1.3.2027", BACK, None, None, ""])
    track_interactively(session, prompter, console, {"note": None})
    assert [m[1:] for m in measurements(plan)] == [("O2", dt.date(2027, 3, 1), 14)]
    today = dt.date.today().strftime("%d-%m-%Y")
    assert [d for _, m, d in prompter.asked if m == "Dato"] == [today, today, "01-03-2027"]


EXCEL_DA = "Målsætning;Dato;Værdi;Note\r\nO1;01-05-2027;180;Påske\r\nO2;01.06.2027;1.250,5;Sommer\r\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (EXCEL_DA.encode("cp1252"), "Windows-1252"),  # Excel on a Danish Windows: "CSV (semikolonsepareret)"
        (EXCEL_DA.encode("utf-8-sig"), "UTF-8"),  # "CSV UTF-8": with a byte-order mark
        (EXCEL_DA.encode("utf-8"), "UTF-8"),
    ],
)
def test_an_excel_export_is_read_in_its_encoding_which_is_named(
    plan: Path, tmp_path: Path, encoded: bytes, encoding: str
) -> None:
    csv = tmp_path / "m.csv"
    csv.write_bytes(encoded)
    code, out = track(str(plan), "--from-csv", str(csv))
    assert code == 0, out
    assert f"2 målinger er gemt i {plan} (fra {csv}, læst som {encoding})" in out
    assert measurements(plan) == [
        ("M1", "O1", dt.date(2027, 5, 1), 180),
        ("M2", "O2", dt.date(2027, 6, 1), 1250.5),
    ]
    notes = [m.get("note") for m in load_plan(plan, QSET).plan.measurements]
    assert notes == ["Påske", "Sommer"]


def test_a_semicolon_file_has_decimal_commas_in_an_english_plan_too(plan: Path, tmp_path: Path) -> None:
    csv = tmp_path / "m.csv"
    csv.write_bytes("O1;2027-05-01;1,5\n".encode("cp1252"))
    code, out = track(str(plan), "--from-csv", str(csv), "--lang", "en")
    assert code == 0, out
    assert "One measurement is saved" in out and "read as UTF-8" in out
    assert [v for *_, v in measurements(plan)] == [1.5]


def test_a_file_in_neither_encoding_is_refused_by_name(plan: Path, tmp_path: Path) -> None:
    csv = tmp_path / "m.csv"
    csv.write_bytes(b"O1;2027-05-01;1\x81\x8d\n")  # bytes that are neither UTF-8 nor Windows-1252
    before = plan.read_bytes()
    code, out = track(str(plan), "--from-csv", str(csv))
    assert code == 2 and f"{csv} er hverken UTF-8 eller Windows-1252" in out
    assert plan.read_bytes() == before

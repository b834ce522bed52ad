"""Names under a "Patient" column header (gateway/detect/tables.py). Names are made up."""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.detect.tables import table_names

PIPES = """Chair | Patient            | EDW     | Notes
B1    | Leblanc, Justin    | 71.5 kg | UF goal lowered
B2    | Octavio Padron     | 64.0 kg | ran full time
B4    | empty              |         | see census
"""
MARKDOWN = """| Room | Time    | Patient               | MRN      | Procedure    |
|------|---------|-----------------------|----------|--------------|
| 4    | 7:15 am | Christopher Armstrong | 54932262 | appendectomy |
"""
CSV = """time,patient,mrn,test,flag
11:00 am,STEVEN ONEAL,41320346,troponin,critical
03:40,Jorge Luis Pineda,69594441,absolute neutrophil count,critical low, called twice
"""
# Quoted as RFC 4180 quotes cells with commas: "Last, First" is one cell there.
QUOTED = """appt_date,appt_time,patient,dob,visit_reason
08/18/2026,9:45 am,"Reed, Charles","March 13, 1966",pre-op
03/31/2026,9:45 am,"Krishna ""Kris"" Chaudhuri",,foot ulcer follow-up
03/31/2026,10:00 am,Ann Lee,,"wound, left heel"
"""
TABS = "Bed\tPt name\tDiet\n12\tMaria Lopez\tNPO\n"
# Columns aligned with runs of spaces (a fixed-width report): cells are split at two or
# more spaces, so "Sarah Dean" and "filgrastim 480 mcg" stay whole.
SPACED = """Chair  Time      Patient         MRN        Regimen
1      7:45 am   Sarah Dean      95378363   filgrastim 480 mcg
4      12:30 pm  Armando Galvan  52010429   Venofer 200 mg + labs
"""


def cells(text: str) -> list[str]:
    return [text[a:b] for a, b in table_names(text)]


def test_cells_under_a_patient_header() -> None:
    assert cells(PIPES) == ["Leblanc, Justin", "Octavio Padron"]  # "empty" is no name
    assert cells(MARKDOWN) == ["Christopher Armstrong"]  # the |---| rule holds no name
    # a comma row may carry extra commas in its last, free-text cell
    assert cells(CSV) == ["STEVEN ONEAL", "Jorge Luis Pineda"]
    assert cells(TABS) == ["Maria Lopez"]
    # a quoted cell keeps its commas; a quote inside is doubled and not a name's
    assert cells(QUOTED) == ["Reed, Charles", "Ann Lee"]
    assert cells(SPACED) == ["Sarah Dean", "Armando Galvan"]
    # prose with two spaces after a full stop has no header cell
    assert cells("The patient was seen.  Maria Lopez called back.\n") == []


def test_name_beside_a_record_column() -> None:
    # a caseload export: "Name" next to a member ID or birth date column is the patient's
    export = "MemberID | Name | DOB | Program\nW590388162 | Megan Klein | 07/25/2025 | PNH\n"
    assert cells(export) == ["Megan Klein"]
    assert cells("Name, MRN, Dx\nKelly Gomez, 00123456, hemophilia\n") == ["Kelly Gomez"]
    # ... but not beside a phone or shift column
    assert cells("Name | Phone | Shift\nMegan Klein | 555-1212 | nights\n") == []


def test_rows_separated_by_blank_lines_and_snake_case_headers() -> None:
    # HTML tables and markdown rendered to text: a blank line after every row
    html = (
        "| Patient | MRN | Reading |\n\n|---|---|---|\n\n"
        "| Michelle Hernandez | 66339201 | BP 178/104 |\n\n"
        "| Salma Valadez | 33499246 | HR 134 |\n\n2 alerts unacknowledged.\n"
    )
    assert cells(html) == ["Michelle Hernandez", "Salma Valadez"]
    # exported keys: "patient_name" heads the same column as "Patient Name"
    assert cells('patient_name,dob,vaccine_due\n"Joseph Owen","1984-02-25",RSV\n') == [
        "Joseph Owen"
    ]
    assert cells("MRN\tPatient-Name\tUnit\n77641081\tSpencer Marshall\t4W\n") == [
        "Spencer Marshall"
    ]
    # after a blank line, a comma line must line up: prose follows tables
    assert cells("MRN,Patient,Dx\n123456,Ann Lee,asthma\n\nThanks, Maria Lopez, RN, ok\n") == [
        "Ann Lee"
    ]


def test_a_rule_under_the_header_and_a_combined_header() -> None:
    # psql and fixed-width reports rule the header off with "-+-"; the rule holds no cell
    ruled = (
        "Pt                | Callback     | Why\n"
        "------------------+--------------+--------------------\n"
        "Matthews, Christy | 815-555-7989 | wants sooner annual physical\n"
    )
    assert cells(ruled) == ["Matthews, Christy"]
    # ... only there: a rule after the rows may open a signature, and ends the table
    assert cells("Patient | Bed\nMaria Lopez | 4\n-----\nAnn Lee | RN\n") == ["Maria Lopez"]
    # a collections report heads its person column "Guarantor/Pt"
    spaced = "Guarantor/Pt      Acct         Svc\nAustin Nguyen     984835327    appendectomy\n"
    assert cells(spaced) == ["Austin Nguyen"]


def test_other_headers_and_broken_rows_label_nothing() -> None:
    # "Name" heads staff lists and sign-up sheets too
    assert cells("Name | Role | Topic\nMaria Lopez | RN | diabetes class\n") == []
    # a row that no longer lines up ends the table
    assert cells("Patient | Bed\nMaria Lopez | 4\nnotes for Jorge Pineda\n") == ["Maria Lopez"]
    assert cells("Patient | Bed\n\nMaria Lopez | 4 | extra\n") == []
    # a patient word in prose is not a header
    assert cells("The patient, Maria Lopez, is in bed 4.\n") == []


@pytest.mark.parametrize("text", [PIPES + "\nHemodialysis ran long.", MARKDOWN])
def test_patient_table_with_health_information_is_phi(
    engine: DetectorEngine, re_engine: DetectorEngine, text: str
) -> None:
    for eng in (engine, re_engine):
        found = eng.detect([("body", text)])
        assert found.phi
        assert "table_name" in {f.detector for f in found.findings}


def test_staff_table_with_health_words_is_not_phi(engine: DetectorEngine) -> None:
    text = "Name | Role | Class\nMaria Lopez | RN educator | diabetes self-management\n"
    assert not engine.detect([("body", text)]).phi

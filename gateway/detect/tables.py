"""Patients named by a table's header: the cells under a "Patient" column.

Census lists, call logs, OR boards, dialysis handoffs and worklists are pasted into mail as
pipe, tab or comma separated rows, or as columns aligned with spaces (two or more between
cells, as a fixed-width report prints them):

    Chair | Patient            | EDW     | Notes
    B1    | Leblanc, Justin    | 71.5 kg | UF goal lowered to 2.5 L

The header labels every cell below it, as "Patient:" labels one name in prose, so such a
cell is a name with its patient word (a supported hit), wherever the health information in
the row or message is. Only patient-specific headers count ("Patient", "Pt name", "Client",
"Resident", "Insured"...): a bare "Name" column heads staff directories and sign-up sheets
too, so "Name" counts only beside a record column in the same header ("MemberID | Name |
DOB", "Name, MRN, Dx"): a caseload export, not a phone list. The same holds outside the
clinic: "Athlete", "Student", "Driver", "Camper" or "Name" head a patient column beside a
column of health facts ("Athlete | Sport | Injury", "Name | Allergies"), not on a roster.

Cost: one pass over the lines of a part that has a delimited line with such a header word
(a single regex search decides); offsets only, nothing kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.detect.literals import Literals

# Header cells that say the column holds patients (lower-cased, inner spaces collapsed).
_HEADERS = frozenset(
    {
        "patient",
        "patient name",
        "patient's name",
        "pt",
        "pt name",
        "pt.",
        "client",
        "client name",
        "resident",
        "resident name",
        "member name",
        "guarantor",
        "insured",
        "insured name",
        "subscriber",
        "subscriber name",
        "beneficiary",
        "beneficiary name",
        # a public-health caseload ("Child | DOB | Venous BLL | Drawn | Status")
        "child",
        "child name",
        "child's name",
        "infant",
        "infant name",
        # a payment-plan or collections report ("Guarantor/Pt | Acct | Svc | Bal")
        "guarantor/pt",
        "guarantor/patient",
        "pt/guarantor",
        "patient/guarantor",
        # a morgue log or a death register ("TAG | DECEDENT | MRN | DOD")
        "decedent",
        "decedent name",
        "deceased",
        "deceased name",
    }
)
# "Name" heads a patient column only beside one of these record columns.
_NAME_HEADERS = frozenset({"name", "full name", "last, first", "name (last, first)"})
_RECORD_HEADERS = frozenset(
    {
        "dob",
        "d.o.b.",
        "date of birth",
        "mrn",
        "member id",
        "memberid",
        "member #",
        "dx",
        "diagnosis",
        "medical record",
        "medical record #",
        "chart #",
    }
)
# Headers naming the person a row is about outside the clinic ("Athlete", "Student",
# "Driver") or just "Name": a patient column only beside a column of health facts.
_PERSON_HEADERS = frozenset(
    {
        "athlete",
        "student",
        "driver",
        "participant",
        "camper",
        "player",
        "rider",
        "traveler",
        "applicant",
        "dependent",
        "employee",
        "child",
    }
)
_HEALTH_HEADERS = frozenset(
    {
        "injury",
        "injuries",
        "diagnosis",
        "dx",
        "allergy",
        "allergies",
        "medication",
        "medications",
        "meds",
        "symptoms",
        "illness",
        "medical condition",
        "medical conditions",
        "health condition",
        "health conditions",
        "medical notes",
        "health notes",
        # a unit's medical readiness list ("Name | PHA | Dental | Immunizations | Profile")
        "immunizations",
        "immunization",
        "vaccinations",
        # an audiogram series ("Employee | ID | L 2k/3k/4k | R 2k/3k/4k | STS")
        "sts",
        "threshold shift",
        "standard threshold shift",
        # an athletic trainer's injury list ("Athlete | Sport | Injury date | Symptom score")
        "injury date",
        "date of injury",
        "injury type",
        "symptom score",
        "concussion",
        "rtp stage",
        "return to play",
    }
)
# A header word, then (_header_line) a delimiter on its line. One regex for both ("a line
# with a delimiter and a header word") backtracked along every line of prose, and even a
# case-blind regex for the words alone costs 2 ms per 30 KB: an automaton finds them.
_HEADER_WORDS = (
    "patient",
    "pt",
    "client",
    "resident",
    "member name",
    "member_name",
    "guarantor",
    "insured",
    "subscriber",
    "beneficiary",
    "child",
    "infant",
    "decedent",
    "deceased",
    "dob",
    "mrn",
    "member id",
    "member_id",
    "memberid",
    "date of birth",
    "date_of_birth",
    "dx",
    "diagnosis",
)
# A line qualifies with one header word (_HEADER), or with a person word and a health word
# together (_PERSON | _HEALTH): "student" or "medication" alone on a line of prose with a
# comma does not send the part through the table pass (that doubled its cost on prose).
_HEADER, _PERSON, _HEALTH = 1, 2, 4
_header_kinds: dict[str, int] = {}
for _words, _kind in (
    (_HEADER_WORDS, _HEADER),
    ((*_PERSON_HEADERS, *_NAME_HEADERS), _PERSON),
    (_HEALTH_HEADERS, _HEALTH),
):
    for _w in _words:
        _header_kinds[_w] = _header_kinds.get(_w, 0) | _kind
_HEADER_AUTO = Literals({w: (len(w), k) for w, k in _header_kinds.items()})
_DELIMITED = re.compile(r"[|\t,]|\S  +\S")
_JOINERS = str.maketrans("_-", "  ")  # in header cells: snake_case and kebab-case keys
_SPACED = "  "  # columns aligned with runs of spaces
_DELIMITERS = ("|", "\t", ",", _SPACED)
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
# A name split over two neighbouring columns ("camper_last,camper_first", "Last Name |
# First Name"): a word for the part, after an optional word for whose name it is.
_SPLIT_NAME = re.compile(
    r"(?:(?P<who>[a-z']+) )?(?:(?P<last>last|last name|surname|family name)"
    r"|(?P<first>first|first name|given name|given names|forename))"
)
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'-]+")
# A name as a cell holds it: "Maria Lopez", "Lopez, Maria" (in a pipe or tab table),
# "LOPEZ MARIA", "Octavio Padron", with an optional middle initial.
_NAME_CELL = re.compile(
    r"(?:[A-Z][A-Za-z'-]+\.?)(?:,? (?:[A-Z]\.|[A-Z][A-Za-z'-]+)){1,3}",
)


# The characters of a line that only rules a table off ("----+----", "|---|:--|", "=====").
_RULE_CHARS = frozenset("-=+|: \t\r")


def _rule(line: str) -> bool:
    # Set arithmetic, not a regex: a regex of this shape backtracks quadratically on a long
    # line of dashes that fails at its end.
    return not set(line) - _RULE_CHARS and line.count("-") + line.count("=") >= 3


# A CSV cell, quoted as RFC 4180 quotes it ("Reed, Charles") or not.
_CSV_CELL = re.compile(r'[ \t]*"((?:[^"]|"")*)"[ \t]*(?=,|$)|([^,]*)')


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped content within the line (a quoted CSV cell's:
    inside its quotes)."""
    if delim == _SPACED:  # words joined by single spaces make one cell
        return [m.span() for m in _SPACED_CELL.finditer(line)]
    if delim == "," and '"' in line:
        out = []
        pos = 0
        while pos <= len(line):
            m = _CSV_CELL.match(line, pos)
            assert m is not None  # the second branch matches the empty string
            g = 1 if m.group(1) is not None else 2
            a, b = m.span(g)
            raw = line[a:b]
            lead = len(raw) - len(raw.lstrip())
            out.append((a + lead, a + len(raw.rstrip())))
            pos = m.end() + 1
        return out
    out = []
    pos = 0
    for raw in line.split(delim):
        lead = len(raw) - len(raw.lstrip())
        out.append((pos + lead, pos + len(raw.rstrip())))
        pos += len(raw) + 1
    return out


def _header_line(text: str) -> bool:
    """Whether some line holds a header word (whole word; "_" may follow: "patient_name")
    and a delimiter. Each line is looked at once, however many header words it holds."""
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two ("İ"): offsets would shift
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    done = -1  # lines up to here were looked at
    line_end = -1  # the end of the line the kinds below were seen on
    kinds = 0
    for end, (size, kind) in _HEADER_AUTO.iter(low):
        start = end - size + 1
        if end < done:
            continue
        if start and (low[start - 1].isalnum() or low[start - 1] == "_"):
            continue
        after = low[end + 1 : end + 2]
        if after and (after.isalnum() and after != "_"):
            continue
        if end > line_end:  # a new line
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            kinds = 0
        kinds |= kind
        if not (kinds & _HEADER or (kinds & _PERSON and kinds & _HEALTH)):
            continue
        a = text.rfind("\n", 0, start) + 1
        if _DELIMITED.search(text, a, line_end):
            return True
        done = line_end
    return False


def _split_name(head: str, nxt: str, record: bool, health: bool) -> bool:
    """Whether two neighbouring header cells hold one patient's last and first names:
    "camper last" and "camper first" beside a health column, "Patient Last" and "Patient
    First" anywhere, "Last Name" and "First Name" beside a record or a health column."""
    m, n = _SPLIT_NAME.fullmatch(head), _SPLIT_NAME.fullmatch(nxt)
    if m is None or n is None or m["who"] != n["who"] or bool(m["last"]) == bool(n["last"]):
        return False
    who = m["who"]
    if who is None:
        return record or health
    return who in _HEADERS or (health and who in _PERSON_HEADERS)


def table_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the cells under a patient column, in every delimited table of ``text``."""
    if not _header_line(text):
        return
    # delimiter, column index, cells in header, and whether the name goes on into the next
    # column (its first name after its last, or the other way round)
    column: tuple[str, int, int, bool] | None = None
    gap = False  # a blank line since the last row
    ruled = False  # the line before was the header: a rule line may follow
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if column is not None:
            if not line.strip():
                # A blank line between rows does not end the table: HTML tables and
                # markdown rendered to text put one after every row.
                gap = True
                continue
            if ruled and _rule(line):
                # "-----+-----" under the header, as psql and fixed-width reports rule it (only
                # there: a rule after the rows may open a signature)
                ruled = False
                continue
            ruled = False
            delim, idx, width, split = column
            cells = _cells(line, delim)
            # Comma rows may have extra commas in free-text cells; pipes and tabs must align.
            # After a blank line, commas must align too: prose follows tables ("Thanks,
            # Maria Lopez, RN").
            extra = delim == "," and not gap and len(cells) > width
            gap = False
            if len(cells) != width and not extra:
                column = None
            else:
                a, b = cells[idx]
                if split:
                    c, d = cells[idx + 1]
                    if _NAME_WORD.fullmatch(line, a, b) and _NAME_WORD.fullmatch(line, c, d):
                        yield start + a, start + d
                    continue
                # Comma tables keep "Last, First" apart unless quoted: a name spans one cell.
                m = _NAME_CELL.fullmatch(line, a, b)
                quoted = line[a - 1 : a] == '"'
                if m and (delim != "," or quoted or "," not in m.group()):
                    yield start + a, start + b
                continue
        for delim in _DELIMITERS:
            if line.count(delim) < 1:
                continue
            cells = _cells(line, delim)
            # "patient_name", "Patient-Name" and "Patient Name" head the same column.
            heads = [
                " ".join(line[a:b].lower().strip("*_:").translate(_JOINERS).split())
                for a, b in cells
            ]
            record = not _RECORD_HEADERS.isdisjoint(heads)
            health = not _HEALTH_HEADERS.isdisjoint(heads)
            for i, head in enumerate(heads):
                if (
                    head.rstrip("#").strip() in _HEADERS
                    or (record and head in _NAME_HEADERS)
                    or (health and (head in _PERSON_HEADERS or head in _NAME_HEADERS))
                ):
                    column = (delim, i, len(cells), False)
                    ruled = True
                    break
                if i + 1 < len(heads) and _split_name(head, heads[i + 1], record, health):
                    column = (delim, i, len(cells), True)
                    ruled = True
                    break
            if column is not None:
                break

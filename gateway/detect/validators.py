"""Checksum and structure validators for identifier candidates.

Each validator takes the matched text (never logged) and answers whether it can be a real
identifier of that type. Patterns find shapes; validators throw away shapes that cannot be
real numbers, which is where most of the precision comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Validator = Callable[[str], bool]

_NON_DIGITS = re.compile(r"\D+")
_ASCII_NON_DIGITS = bytes(b for b in range(128) if not 48 <= b <= 57)


def _digits(text: str) -> str:
    """The decimal digits of ``text`` (validators run once per candidate: keep it cheap)."""
    if text.isascii():
        if text.isdigit():
            return text
        d = text.replace("-", "")  # the usual separator (SSNs, dates)
        if d.isdigit():
            return d
        return text.encode("ascii").translate(None, _ASCII_NON_DIGITS).decode("ascii")
    return _NON_DIGITS.sub("", text)


def luhn_ok(digits: str) -> bool:
    """Luhn mod-10 over a string of digits (ISO/IEC 7812)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# SSA: never issued, or published in advertising and since voided.
_SSN_INVALID = frozenset({"078051120", "219099999", "457555462", "123456789"})


def ssn(text: str) -> bool:
    """SSN structure rules (SSA): area not 000/666/9xx, group not 00, serial not 0000."""
    d = _digits(text)
    if len(d) != 9 or d in _SSN_INVALID:
        return False
    # Area (3 digits) not 000, 666 or 9xx; group (2) not 00; serial (4) not 0000.
    if d.startswith(("000", "666", "9")) or d[3:5] == "00" or d.endswith("0000"):
        return False
    # A run of one digit is a placeholder ("111-11-1111"), not a number someone was issued.
    return bool(d.strip(d[0]))


_MBI_LETTER = "ACDEFGHJKMNPQRTUVWXY"  # CMS: no S L O I B Z
_MBI_ALNUM = _MBI_LETTER + "0123456789"
# CMS's own example on medicare.gov and in every "your new Medicare card" mailing: printed
# in newsletters as often as the Woolworth SSN was, and issued to no one.
_MBI_EXAMPLES = frozenset({"1EG4TE5MK73"})


def mbi(text: str) -> bool:
    """Medicare Beneficiary Identifier (CMS format C A AN N A AN N A A N N)."""
    s = text.replace("-", "").upper()
    if len(s) != 11 or s in _MBI_EXAMPLES:
        return False
    shape = "CAPNAPNAANN"
    for ch, kind in zip(s, shape, strict=True):
        if kind == "C" and ch not in "123456789":
            return False
        if kind == "A" and ch not in _MBI_LETTER:
            return False
        if kind == "P" and ch not in _MBI_ALNUM:
            return False
        if kind == "N" and not ch.isdigit():
            return False
    return True


def npi(text: str) -> bool:
    """NPI: 10 digits starting 1 or 2, Luhn over the 80840 prefix (CMS NPI standard)."""
    d = _digits(text)
    return len(d) == 10 and d[0] in "12" and luhn_ok("80840" + d)


_DEA_FIRST = frozenset("ABCDEFGHJKLMPRSTUX")


def dea(text: str) -> bool:
    """DEA registration: 2 letters + 7 digits, check digit from (d1+d3+d5) + 2*(d2+d4+d6)."""
    s = text.upper()
    if len(s) != 9 or s[0] not in _DEA_FIRST or not (s[1].isalpha() or s[1] == "9"):
        return False
    if not s[2:].isdigit():
        return False
    n = [ord(c) - 48 for c in s[2:]]
    check = (n[0] + n[2] + n[4]) + 2 * (n[1] + n[3] + n[5])
    return check % 10 == n[6]


def _card_prefix_ok(d: str) -> bool:
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    two, four = int(d[:2]), int(d[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return len(d) == 16
    if two in (34, 37):
        return len(d) == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= four <= 3589:
        return len(d) in (16, 19)
    if two in (36, 38) or 300 <= int(d[:3]) <= 305:
        return len(d) == 14
    return False


def card(text: str) -> bool:
    """Payment card: a known issuer prefix and length, and Luhn."""
    d = _digits(text)
    return 13 <= len(d) <= 19 and len(set(d)) > 1 and _card_prefix_ok(d) and luhn_ok(d)


def aba(text: str) -> bool:
    """ABA routing number: Federal Reserve prefix ranges and the 3-7-1 checksum."""
    d = _digits(text)
    if len(d) != 9:
        return False
    prefix = int(d[:2])
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    n = [ord(c) - 48 for c in d]
    total = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])
    return total % 10 == 0 and d != "000000000"


def ndc(text: str) -> bool:
    """NDC: 4-4-2, 5-3-2, 5-4-1 hyphenated or 11 digits (5-4-2); no all-zero segment."""
    if "-" in text:
        segs = text.split("-")
        if len(segs) != 3 or tuple(len(s) for s in segs) not in (
            (4, 4, 2),
            (5, 3, 2),
            (5, 4, 1),
            (5, 4, 2),
        ):
            return False
        return all(s.strip("0") for s in segs)
    d = _digits(text)
    return len(d) == 11 and bool(d[:5].strip("0")) and bool(d[5:9].strip("0"))


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_ok(year: int, month: int, day: int) -> bool:
    # No clock here (detection is pure): the upper year bound is generous and fixed.
    # 1900-01-01 is what record systems store for "unknown" and test records carry.
    if year == 1900 and month == 1 and day == 1:
        return False
    return 1900 <= year <= 2039 and 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]


_WORDS = re.compile(r"[A-Za-z]+|\d+")


# The usual shape: exactly _WORDS's three tokens, found at half the cost of findall.
_NUMERIC_DATE = re.compile(r"(\d+)[/.-](\d+)[/.-](\d+)", re.ASCII)


def date(text: str) -> bool:
    """A calendar date: numeric M/D/Y, ISO Y-M-D, "Month D, YYYY" / "D Month YYYY", or
    YYYYMMDD as HL7 and X12 write it."""
    if len(text) == 8 and text.isascii() and text.isdigit():
        return _date_ok(int(text[:4]), int(text[4:6]), int(text[6:]))
    m = _NUMERIC_DATE.fullmatch(text)
    tokens: Sequence[str] = m.groups() if m is not None else _WORDS.findall(text)
    if len(tokens) != 3:
        return False
    try:
        if tokens[0].isalpha():
            month = _MONTHS.get(tokens[0].lower(), 0)
            return month > 0 and _date_ok(int(tokens[2]), month, int(tokens[1]))
        if tokens[1].isalpha():
            month = _MONTHS.get(tokens[1].lower(), 0)
            return month > 0 and _date_ok(int(tokens[2]), month, int(tokens[0]))
        a, b, c = int(tokens[0]), int(tokens[1]), int(tokens[2])
    except ValueError:
        return False
    if len(tokens[0]) == 4:
        return _date_ok(a, b, c)
    year = c if len(tokens[2]) == 4 else (1900 + c if c > 30 else 2000 + c)
    # US order first; fall back to D/M/Y for dates written the other way round.
    return _date_ok(year, a, b) or _date_ok(year, b, a)


def phone(text: str) -> bool:
    """NANP: area code and exchange start 2-9 and are not N11 service codes."""
    d = _digits(text)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) != 10:
        return False
    # Area code d[:3], exchange d[3:6].
    return d[0] not in "01" and d[3] not in "01" and d[1:3] != "11" and d[4:6] != "11"


def ipv4(text: str) -> bool:
    """Dotted quad with octets <= 255, not an all-zero or broadcast address."""
    parts = text.split(".")
    if len(parts) != 4:
        return False
    try:
        octets = [int(p) for p in parts]
    except ValueError:
        return False
    if any(o > 255 for o in octets) or any(len(p) > 1 and p[0] == "0" for p in parts):
        return False
    return octets[0] != 0 and text != "255.255.255.255"


# Test systems' record numbers say so ("TST100001", "ZZT000000001", "TEST-0042").
_TEST_PREFIXES = ("tst", "test", "zz")
# The null birth date interfaces fill in for a test or unknown patient ("19000101" in an HL7
# PID segment): no record number.
_NULL_DATES = frozenset({"19000101", "01011900"})


def not_repeated(text: str) -> bool:
    """Reject placeholders made of one repeated character ("0000000", "XXXXXXXX") or all
    but one of it ("9999999990"), and test records' numbers ("TST100001")."""
    if text[:4].lower().startswith(_TEST_PREFIXES):
        return False
    s = _digits(text) or text
    if s in _NULL_DATES:
        return False
    if not s or not s.strip(s[0]):
        return False
    most = max(s.count(c) for c in set(s))
    return len(s) < 6 or most < len(s) - 1


# Words that follow "Dear", "Patient:" or "Mr." in form letters without naming anyone.
# Lab analytes the census also holds as surnames ("Na, K, Cl" is no "Lee, L").
_ANALYTES = frozenset({"na", "alt"})
_NOT_NAMES = frozenset(
    [
        "valued",
        "dear",
        "patient",
        "patients",
        "member",
        "members",
        "customer",
        "customers",
        "friend",
        "friends",
        "subscriber",
        "subscribers",
        "colleague",
        "colleagues",
        "team",
        "sir",
        "madam",
        "all",
        "everyone",
        "health",
        "care",
        "medical",
        "doctor",
        "our",
        "the",
        "your",
        "new",
        "client",
        "clients",
        "sample",
        "test",
        "example",
        "user",
        "account",
        "family",
        "families",
        "parent",
        "parents",
        "guardian",
        "provider",
        "staff",
        "department",
        "center",
        "clinic",
        "services",
        "group",
        "office",
        "hospital",
        "practice",
        "community",
        "reader",
        "readers",
        "neighbor",
        "resident",
        "residents",
        "policy",
        "holder",
        "plan",
        "participant",
        "participants",
        "name",
        "first",
        "last",
        "full",
        # roles and institutions a greeting names ("Dear Nurse Smith", "Dear Jefferson
        # Elementary families", "Dear Westview High School families")
        "nurse",
        "nurses",
        "coach",
        "pastor",
        "principal",
        "teacher",
        "teachers",
        "counselor",
        "officer",
        "professor",
        "elementary",
        "middle",
        "junior",
        "high",
        "school",
        "academy",
        "university",
        "college",
        # health fairs and clinics in Portuguese, Spanish, French ("Feira de Saude")
        "feira",
        "saude",
        "salud",
        "sante",
        "clinica",
        "centro",
        # public payers, capitalised like names ("patients with Medicare, Medicaid or ...")
        "medicare",
        "medicaid",
        "medigap",
        "tricare",
        "champva",
        # and private payers' names, which read like a first or last name ("Aetna Choice POS
        # II will require prior authorization")
        "aetna",
        "cigna",
        "humana",
        "ambetter",
        "anthem",
        "highmark",
        "optum",
        "wellcare",
        "caresource",
        "amerigroup",
        # Vietnamese words that open a flyer's title, read with accents folded ("Ngay Hoi Suc
        # Khoe Cong Dong": community health day); none is in the name lists
        "ngay",
        "hoi",
        "suc",
        "khoe",
        "cong",
        "thoi",
        "gian",
        "diem",
        "moi",
        # a hospital's name read as a person's ("DIVERSION: Good Samaritan East")
        "samaritan",
    ]
)


# Name components as records write them: HL7's "Last^First^Middle", X12's "Last*First".
_COMPONENTS = str.maketrans({",": " ", "^": " ", "*": " "})


def person_name(text: str) -> bool:
    """A labelled name ("Patient: Jane Roe", an HL7 PID's "Roe^Jane"): reject salutations
    like "Valued Member" and test records ("TEST^PATIENT", "ZZTEST^ALPHA")."""
    words = text.lower().translate(_COMPONENTS).split()
    if "." in text:
        words = [w.strip(".") for w in words]
    return (
        len(words) >= 2
        and _NOT_NAMES.isdisjoint(words)
        and not any(w.startswith("zz") for w in words)
    )


# Everyday words with a clinical suffix (-osis, -oma, -emia, -algia...): not health terms.
_NOT_CLINICAL = frozenset(
    [
        "diagnosis",
        "diagnoses",
        "prognosis",
        "prognoses",
        "hypnosis",
        "osmosis",
        "symbiosis",
        "metamorphosis",
        "apotheosis",
        "gnosis",
        "diploma",
        "diplomas",
        "aroma",
        "aromas",
        "oklahoma",
        "tacoma",
        "sonoma",
        "paloma",
        "tahoma",
        "idioma",
        "academia",
        "bohemia",
        "nostalgia",
        "dichotomy",
        "dichotomies",
    ]
)


# The titles an airline record puts after a passenger's name (a child, an infant, a master).
_PASSENGER_TITLES = frozenset({"MR", "MRS", "MS", "MISS", "MSTR", "DR", "CHD", "INF", "PROF"})


def medical_word(text: str) -> bool:
    """A word built with a clinical suffix ("microdiscectomy", "thyroiditis"), not an everyday
    word that happens to end like one ("diploma", "academia", "diagnosis")."""
    return text.lower() not in _NOT_CLINICAL


def always(text: str) -> bool:
    """No structural check beyond the pattern."""
    return True


def make_validators(
    icd10cm_codes: frozenset[str],
    first_names: frozenset[str] = frozenset(),
    last_names: frozenset[str] = frozenset(),
    common_words: frozenset[str] = frozenset(),
    health_words: frozenset[str] = frozenset(),
) -> dict[str, Validator]:
    """The validators a detector definition may name, by name."""

    def _first_last(text: str) -> tuple[str, str] | None:
        # "First [M.] Last", or "Last, First" as charts and lab systems write it; None for
        # a salutation ("Valued Member"). Hyphenated surnames are judged by their first part.
        if "^" in text or "*" in text:  # HL7 "Last^First", X12 "Last*First"
            text = text.replace("^", ", ", 1).replace("*", ", ", 1)
        words = text.lower().split()
        inverted = len(words) == 2 and words[0].endswith(",")
        if "." in text or "," in text:
            words = [w.strip(".,") for w in words]
        # A firm named for its partners ("Cox, Gilbert and Elliott"), not a person.
        if len(words) < 2 or not _NOT_NAMES.isdisjoint(words) or "and" in words or "&" in words:
            return None
        if inverted:
            return words[1], words[0].split("-")[0]
        return words[0], words[-1].split("-")[0]

    def known_name(text: str) -> bool:
        # Census first name and census last name; in capitals ("LESLIE WILLIAMS") also no
        # everyday word, since capitals set headings and shouting too ("MAY DAY").
        fl = _first_last(text)
        if fl is None or fl[0] not in first_names or fl[1] not in last_names:
            return False
        return not text.isupper() or (fl[0] not in common_words and fl[1] not in common_words)

    def unlisted_name(text: str) -> bool:
        # A name the census lists lack ("Gaurika Sankar", "Rose Oyekan"): no part an everyday
        # English word ("Thanks Team", "In Powershell"; common_words holds census names only
        # when they are among the most frequent words) or a health term ("Kerendia Refill"),
        # and at least one part outside the census lists (both inside is known_name's).
        fl = _first_last(text)
        if fl is None:
            return False
        first, last = fl
        if first in first_names and last in last_names:
            return False
        # A census surname where the first name goes is a firm or a list of surnames
        # ("Davis, Patterson and Graham"), not someone's name.
        if first in last_names and first not in first_names:
            return False
        return all(w not in common_words and w not in health_words for w in (first, last))

    def passenger_name(text: str) -> bool:
        # A name as tickets, passports and airline records write it ("BAUER/JUERGEN MR",
        # "OZTURK/EMINE MRS"): with its title it is a traveller, whatever the names; without
        # one, a census surname or first name on its side of the slash, and no everyday word
        # ("PASS/FAIL", "AND/OR" are not names).
        words = text.split()
        titled = len(words) > 1 and words[-1] in _PASSENGER_TITLES
        last, _, first = words[0].lower().partition("/")
        if not first or not last:
            return False
        if titled:
            return True
        if last in common_words or first in common_words:
            return False
        return last.split("-")[0] in last_names or first in first_names

    def first_name(text: str) -> bool:
        # A greeting's name ("Hi Maria"): a census first name, not "Hi Team" or "Dear Member".
        word = text.strip(" ,").lower()
        return word in first_names and word not in _NOT_NAMES

    def last_name(text: str) -> bool:
        # A surname alone ("Ortiz in rm 4"): a census last name, not "Meeting in room 4".
        word = text.strip(" ,").lower()
        return word in last_names and word not in _NOT_NAMES

    def initialled_surname(text: str) -> bool:
        # The surname of "Lee, L" or "Gomez, K." (charts and subject lines): a census
        # surname that is no everyday word ("Best, K" signs off; "Young, Brown" are words).
        # Nor an analyte a lab list starts with ("Bias within limits for Na, K, Cl").
        word = text.strip(" ,").lower()
        return last_name(text) and word not in common_words and word not in _ANALYTES

    def icd10cm(text: str) -> bool:
        # Validated against the CMS list, not only the shape: "B12" and "A1C" are not codes.
        return text.replace(".", "").upper() in icd10cm_codes

    return {
        "ssn": ssn,
        "mbi": mbi,
        "npi": npi,
        "dea": dea,
        "card": card,
        "luhn": lambda t: luhn_ok(_digits(t)),
        "aba": aba,
        "ndc": ndc,
        "date": date,
        "phone": phone,
        "ipv4": ipv4,
        "icd10cm": icd10cm,
        "not_repeated": not_repeated,
        "person_name": person_name,
        "known_name": known_name,
        "unlisted_name": unlisted_name,
        "passenger_name": passenger_name,
        "first_name": first_name,
        "last_name": last_name,
        "initialled_surname": initialled_surname,
        "medical_word": medical_word,
        "none": always,
    }


VALIDATOR_NAMES = frozenset(make_validators(frozenset()))

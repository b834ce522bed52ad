from __future__ import annotations

import random
import re

import pytest

from gateway.detect import validators as v

CHECKS = v.make_validators(
    frozenset({"E11", "E119", "J45909", "Z0000"}),
    frozenset({"maria", "john"}),
    frozenset({"lopez", "smith", "public"}),
)


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        (
            "ssn",
            ["123-45-6788", "536-90-4399", "772 12 3456"],
            [
                "000-12-3456",
                "666-12-3456",
                "912-34-5678",
                "123-00-4567",
                "123-45-0000",
                "078-05-1120",
                "219-09-9999",
                "457-55-5462",
                "111-11-1111",
                "12-345-678",
            ],
        ),
        (
            "mbi",
            ["1EG4-TE5-MK74", "3TG7JK2MN45", "9AA9AA9AA99"],
            [
                "1EG4-TE5-MK73",  # CMS's published example, issued to no one
                "0EG4TE5MK73",
                "1SG4TE5MK73",
                "1EG4TE5MK7",
                "1EG4TE5MKZ3",
                "1EGATE5MK73",
                "1EG4TE5MO73",
            ],
        ),
        (
            "npi",
            ["1234567893", "1245319599", "2000000002"],
            ["1234567890", "3234567893", "123456789", "1245319598"],
        ),
        (
            "dea",
            ["AB1234563", "BJ6125341", "F91234563"],
            ["AB1234564", "AB123456", "IB1234563", "A11234563"],
        ),
        (
            "card",
            ["4111111111111111", "5500 0000 0000 0004", "3400-0000-0000-009", "6011000000000004"],
            ["4111111111111112", "1234567812345670", "9111111111111111"],
        ),
        (
            "aba",
            ["011000015", "021000021", "121000358"],
            ["011000016", "130000000", "000000000", "12100035"],
        ),
        (
            "ndc",
            ["0002-3227-30", "50580-506-02", "12345-6789-1", "00002322730"],
            ["0000-3227-30", "123-4567-89", "12345-678-901", "0000232273"],
        ),
        (
            "date",
            ["03/14/1975", "1975-03-14", "March 14, 1975", "14 Mar 1975", "31/12/1980", "19750314"],
            # 1900-01-01: the "unknown" and test-record birth date of record systems
            [
                *("02/30/1975", "13/13/1975", "1875-03-14", "Foo 14, 1975", "00/10/1990"),
                *("19751314", "19000101", "01/01/1900", "1900-01-01", "1975031"),
            ],
        ),
        (
            "phone",
            ["(415) 555-0199", "415-555-0199", "+1 212 555 0134"],
            ["(115) 555-0199", "415-155-0199", "911-555-0199", "415-911-0199", "555-0199"],
        ),
        ("ipv4", ["10.1.2.3", "192.168.0.1"], ["256.1.1.1", "0.1.2.3", "01.2.3.4", "1.2.3"]),
        ("icd10cm", ["E11.9", "e11", "J45.909", "E11"], ["B12", "A1C", "E11.99", "Z99.9"]),
        (
            "person_name",
            ["Maria Lopez", "Lopez, Maria", "John Q. Public", "Roe^Jane^^^^^L", "Roe*Jane"],
            [
                *("Valued Member", "Dear Patient", "Customer Service", "Smith"),
                *("TEST^PATIENT^ALPHA", "ZZTEST^BRAVO", "Roe^"),
            ],
        ),
        (
            "not_repeated",
            ["1234567", "10203", "A12345678", "T5000123"],
            ["0000000", "9999999999", "ZZT000000001", "TST100001", "test-0042"],
        ),
        (
            "known_name",
            ["Maria Lopez", "John Q. Public", "Maria Lopez-Smith", "Lopez^Maria", "LOPEZ^MARIA"],
            ["Maria Unknownname", "Board Meeting", "Dear Smith", "Maria", "Maria^Lopez"],
        ),
    ],
)
def test_validator(name: str, good: list[str], bad: list[str]) -> None:
    check = CHECKS[name]
    for text in good:
        assert check(text), f"{name} should accept {text}"
    for text in bad:
        assert not check(text), f"{name} should reject {text}"


def test_luhn_known_values() -> None:
    assert v.luhn_ok("79927398713")
    assert not v.luhn_ok("79927398710")


def test_every_documented_validator_exists() -> None:
    assert {"ssn", "mbi", "npi", "dea", "card", "aba", "ndc", "date", "phone", "icd10cm"} <= (
        v.VALIDATOR_NAMES
    )


# -- fast paths against the plain originals ------------------------------------------------
# _digits, person_name and known_name run once per candidate and have str-method fast paths;
# these are the straightforward versions they replaced, compared on random strings.

_REF_NON_DIGITS = re.compile(r"\D+")


def _ref_digits(text: str) -> str:
    return _REF_NON_DIGITS.sub("", text)


def _ref_person_name(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.replace(",", " ").split()]
    return len(words) >= 2 and not any(w in v._NOT_NAMES for w in words)


def _ref_known_name(text: str, firsts: frozenset[str], lasts: frozenset[str]) -> bool:
    raw = text.split()
    words = [w.strip(".,").lower() for w in raw]
    if len(words) < 2 or any(w in v._NOT_NAMES for w in words):
        return False
    if len(raw) == 2 and raw[0].endswith(","):  # "Last, First"
        return words[0].split("-")[0] in lasts and words[1] in firsts
    return words[0] in firsts and words[-1].split("-")[0] in lasts


def _random_strings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["0", "7", "12", "-", " ", ".", ",", "(", ")", "\u00a0", "\t", "\u0663", "\u00b2"]
    pieces += ["Maria", "LOPEZ", "lopez", "John", "Q.", "Dear", "Valued", "Member", "Smith-Jones"]
    pieces += ["\u0130", "\u00e9", "ß", ".Maria", "Lopez,", "patient", "X"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(n)]


def test_fast_paths_match_reference() -> None:
    firsts, lasts = frozenset({"maria", "john"}), frozenset({"lopez", "smith", "public"})
    checks = v.make_validators(frozenset(), firsts, lasts)
    wrong = []
    for i, s in enumerate(_random_strings(20_000, seed=5)):
        if v._digits(s) != _ref_digits(s):
            wrong.append(("digits", i))
        if checks["person_name"](s) != _ref_person_name(s):
            wrong.append(("person_name", i))
        if checks["known_name"](s) != _ref_known_name(s, firsts, lasts):
            wrong.append(("known_name", i))
    assert wrong == []
    # The corpus reaches both answers of each validator (else the comparison is vacuous).
    sample = _random_strings(20_000, seed=5)
    assert {checks["known_name"](s) for s in sample} == {True, False}
    assert {checks["person_name"](s) for s in sample} == {True, False}
    assert any(not s.isascii() and _ref_digits(s) for s in sample)


# ssn, date, phone and not_repeated: the versions before their fast paths, compared on random
# strings shaped like what their patterns match (and some that are not).


def _ref_ssn(text: str) -> bool:
    d = _ref_digits(text)
    if len(d) != 9 or d in v._SSN_INVALID:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    return len(set(d)) > 1


def _ref_date(text: str) -> bool:
    if re.fullmatch(r"[0-9]{8}", text):  # YYYYMMDD, as HL7 and X12 write it
        return v._date_ok(int(text[:4]), int(text[4:6]), int(text[6:]))
    tokens = v._WORDS.findall(text)
    if len(tokens) != 3:
        return False
    try:
        if tokens[0].isalpha():
            month = v._MONTHS.get(tokens[0].lower(), 0)
            return month > 0 and v._date_ok(int(tokens[2]), month, int(tokens[1]))
        if tokens[1].isalpha():
            month = v._MONTHS.get(tokens[1].lower(), 0)
            return month > 0 and v._date_ok(int(tokens[2]), month, int(tokens[0]))
        a, b, c = (int(t) for t in tokens)
    except ValueError:
        return False
    if len(tokens[0]) == 4:
        return v._date_ok(a, b, c)
    year = c if len(tokens[2]) == 4 else (1900 + c if c > 30 else 2000 + c)
    return v._date_ok(year, a, b) or v._date_ok(year, b, a)


def _ref_phone(text: str) -> bool:
    d = _ref_digits(text)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) != 10:
        return False
    area, exch = d[:3], d[3:6]
    if area[0] in "01" or exch[0] in "01":
        return False
    return not (area[1:] == "11" or exch[1:] == "11")


def _ref_not_repeated(text: str) -> bool:
    if re.match(r"(?i)tst|test|zz", text):
        return False  # a test system's record number
    s = _REF_NON_DIGITS.sub("", text) or text
    if len(s) >= 6 and any(s.count(c) >= len(s) - 1 for c in s):
        return False  # all but one character the same: a test record's placeholder
    return len(set(s)) > 1


def _number_strings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    digits = "0123456789"
    pieces = ["-", "-", "/", ".", " ", "(", ")", "+1 ", "\u0663", "\u00b2", "x", "Mar", "\n"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 5)):
            # Runs of digits with few distinct values, so placeholders and zeros come up.
            pool = rng.choice([digits, "0", "01", "19", "9", "1", "23"])
            parts.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 5))))
            parts.append(rng.choice(pieces))
        out.append("".join(parts))
    # The shapes the patterns match, valid and not.
    for _ in range(n // 4):
        a, b, c = rng.randint(0, 999), rng.randint(0, 99), rng.randint(0, 9999)
        out.append(f"{a:03d}-{b:02d}-{c:04d}")
        out.append(f"{a:03d}{b:02d}{c:04d}")
        out.append(f"{rng.randint(0, 13)}/{rng.randint(0, 32)}/{rng.randint(0, 2100)}")
        out.append(f"{rng.randint(1890, 2050)}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}")
        out.append(f"({a:03d}) {rng.randint(0, 999):03d}-{c:04d}")
        out.append(f"{rng.randint(1890, 2050)}{rng.randint(0, 13):02d}{rng.randint(0, 32):02d}")
        out.append(f"{rng.choice(['TST', 'zz', 'Te', 'T'])}{c:04d}")
    return out


def test_number_validators_match_reference() -> None:
    wrong = []
    sample = _number_strings(20_000, seed=8)
    for i, s in enumerate(sample):
        for name, fast, ref in (
            ("ssn", v.ssn, _ref_ssn),
            ("date", v.date, _ref_date),
            ("phone", v.phone, _ref_phone),
            ("not_repeated", v.not_repeated, _ref_not_repeated),
        ):
            if fast(s) != ref(s):
                wrong.append((name, i))
    assert wrong == []
    for f in (v.ssn, v.date, v.phone, v.not_repeated):
        assert {f(s) for s in sample} == {True, False}

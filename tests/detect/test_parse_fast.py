"""The single-text-part fast path gives exactly what the stdlib parser path gives.

Random messages mix the shapes the fast path takes (plain text, identity transfer
encodings, simple charsets, folded and RFC 2047 headers, 8-bit bytes) with the ones it
must hand over (attachments, base64, multipart, odd line endings, broken headers).
"""

from __future__ import annotations

import random
from pathlib import Path

from gateway.parse import ParsedMessage, ScanLimits, _Budget, _simple_message, parse_message

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

NAMES = ["Subject", "From", "To", "Comments", "Keywords", "X-Mailer", "Date", "subject"]
VALUES = [
    "Hello",
    "",
    "DOB 03/14/1975 Maria Lopez",
    "=?utf-8?q?caf=C3=A9_results?=",
    "=?utf-8?b?w6k=?=",
    "=?bogus?q?x?=",
    "a\r\n b",
    "a\r\n\tfolded again",
    "  leading spaces",
    "tab\there",
]
CTYPES = [
    None,
    "text/plain",
    "text/plain; charset=utf-8",
    'text/plain; charset="ISO-8859-1"',
    "TEXT/PLAIN; format=flowed; charset=us-ascii",
    "text/plain; charset=bogus-charset",
    "text/plain; charset=utf-8; name=notes.txt",
    "text/plain;",
    "text/plain; charset*=utf-8''x",
    "text/html; charset=utf-8",
    "application/octet-stream",
    "multipart/mixed; boundary=b",
    "text/plain; charset=utf-8\r\n format=flowed",
]
CTES = [None, "7bit", "8BIT", " binary ", "base64", "quoted-printable", "x-unknown"]
BODIES = [
    b"",
    b"Patient Maria Lopez, MRN 12345678, diabetes follow-up.\r\n",
    b"caf\xc3\xa9 \xff\xfe latin bytes\r\n",
    b"--b\r\nContent-Type: text/plain\r\n\r\ninner\r\n--b--\r\n",
    b"no final newline",
    b"line\n.\nbare LF body\n",
    b"SGVsbG8=\r\n",
]


def random_message(rng: random.Random) -> bytes:
    eol = rng.choice([b"\r\n"] * 6 + [b"\n"] * 3 + [b"\r"])
    lines: list[bytes] = []
    if rng.random() < 0.03:
        lines.append(b"From someone@example.test Mon Jan 1 00:00:00 2024")
    if rng.random() < 0.03:
        lines.append(b" leading continuation")
    for _ in range(rng.randint(0, 6)):
        value = rng.choice(VALUES).encode()
        if rng.random() < 0.1:
            value += b" \xe9t\xe9"  # raw 8-bit header bytes
        lines.append(rng.choice(NAMES).encode() + b":" + rng.choice([b" ", b"", b"\t"]) + value)
    ctype = rng.choice(CTYPES)
    if ctype is not None:
        lines.append(b"Content-Type: " + ctype.encode())
        if rng.random() < 0.05:
            lines.append(b"Content-Type: text/plain")
    cte = rng.choice(CTES)
    if cte is not None:
        lines.append(b"Content-Transfer-Encoding: " + cte.encode())
    if rng.random() < 0.1:
        lines.append(b"Content-Disposition: attachment; filename=a.txt")
    if rng.random() < 0.05:
        lines.append(b"Bad Header Line Without Colon")
    if rng.random() < 0.03:
        lines.append(b"Odd : spaced name")
    head = eol.join(line.replace(b"\r\n", eol) for line in lines)
    sep = b"" if rng.random() < 0.03 else eol + eol
    if rng.random() < 0.05:
        sep = b"\r\n\n"  # mixed
    body = rng.choice(BODIES)
    if eol != b"\r\n" and rng.random() < 0.5:
        body = body.replace(b"\r\n", eol)
    return head + sep + body


def both(raw: bytes) -> tuple[ParsedMessage, ParsedMessage]:
    # A clock that never moves: the two paths must not differ by time bound alone.
    return (
        parse_message(raw, clock=lambda: 0.0),
        parse_message(raw, clock=lambda: 0.0, fast=False),
    )


def takes_fast_path(raw: bytes) -> bool:
    return _simple_message(raw, _Budget(ScanLimits(), lambda: 0.0)) is not None


def test_fast_path_matches_full_parser_on_random_messages() -> None:
    rng = random.Random(1045)
    fast = 0
    for _ in range(4000):
        raw = random_message(rng)
        got, want = both(raw)
        assert got == want, raw
        fast += takes_fast_path(raw)
    # The comparison means something only if both paths were exercised often.
    assert 600 < fast < 3400, fast


def test_fast_path_matches_full_parser_on_fixtures() -> None:
    files = sorted(FIXTURES.rglob("*.eml"))
    assert files
    for f in files:
        raw = f.read_bytes()
        got, want = both(raw)
        assert got == want, f.name


def test_fast_path_applies_the_byte_bound() -> None:
    raw = b"Subject: x\r\n\r\n" + b"a" * 100
    got = parse_message(raw, ScanLimits(max_decoded_bytes=50), clock=lambda: 0.0)
    assert takes_fast_path(raw)
    assert got.unscannable == ("bytes",)
    assert [p.part for p in got.parts] == ["subject"]


def test_plain_notification_takes_the_fast_path_and_attachment_does_not() -> None:
    plain = b"Subject: Lab results\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n"
    named = plain.replace(b"utf-8", b"utf-8; name=results.txt")
    assert takes_fast_path(plain)
    assert not takes_fast_path(named)
    assert [p.part for p in parse_message(named).parts] == ["subject", "attachment:1"]

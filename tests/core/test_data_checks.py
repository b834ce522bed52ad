"""The DATA checks' fast forms agree with the plain regular expressions they replace."""

from __future__ import annotations

import random
import re

from gateway.server import _bare_cr_lf_or_nul, _has_long_line

SMUGGLE = re.compile(rb"\r(?!\n)|(?<!\r)\n|\x00")
LONG_LINE = re.compile(rb"(?:^|\n)[^\n]{1001,}")


def _samples() -> list[bytes]:
    rnd = random.Random(5321)
    out = [b"", b"\r\n", b"\r", b"\n", b"\x00", b"a\r\r\n", b"a\n\r", b"\r\n\r\n.\r\n"]
    for _ in range(3000):
        n = rnd.choice((1, 5, 40, 999, 1000, 1001, 1002, 2500))
        alphabet = rnd.choice((b"ab\r\n", b"a\r\n", b"a" * 30 + b"\r\n", b"ab\r\n\x00."))
        out.append(bytes(rnd.choice(alphabet) for _ in range(n)))
    # Lines right at the limit, with and without CR.
    for width in (998, 999, 1000, 1001, 1002):
        out += [b"x" * width + b"\r\n" + b"y\r\n", b"y\r\n" + b"x" * width, b"x" * width]
    return out


def test_bare_cr_lf_nul_matches_the_regex() -> None:
    samples = _samples()
    flagged = [s for s in samples if SMUGGLE.search(s)]
    assert flagged and len(flagged) < len(samples)  # both outcomes are exercised
    for s in samples:
        assert _bare_cr_lf_or_nul(s) == bool(SMUGGLE.search(s)), s[:60]


def test_long_line_matches_the_regex() -> None:
    samples = _samples()
    assert any(LONG_LINE.search(s) for s in samples)
    assert not all(LONG_LINE.search(s) for s in samples if len(s) > 1000)
    for s in samples:
        assert _has_long_line(s) == bool(LONG_LINE.search(s)), len(s)

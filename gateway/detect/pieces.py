"""Cutting one long part into pieces, so the scan's time bound is checked inside it.

A part's scan is linear in its text but not cheap on hostile text: one line of "Hi " makes a
report at every word, ~4 s per MB of Python work per report, and a part may hold the whole
``max_decoded_bytes`` (20 MB by default). Scanning a long part piece by piece lets the caller
stop between pieces, so an over-long scan overruns its deadline by one piece at most.

Each piece owns a stretch of the text and is scanned with a margin of text either side, so
that matches crossing its edges are whole and their context windows (tens of characters,
``window`` in the spec) see the same words as in one scan of the part; only hits starting in
the owned stretch are kept. Cuts fall at a line break, else at whitespace, so no token is
split where a piece's scan starts (a match starting mid-token in the margin could otherwise
hide a real one that overlaps it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# ~0.03 s of ordinary prose, ~0.5 s of the worst text found (one line of "Hi "): the
# largest overrun of a deadline. Parts up to this size (nearly all mail) are scanned whole.
PIECE_CHARS = 131_072
# Far more than any context window or "after the name" cue (80 characters, whose.py).
MARGIN_CHARS = 1_024

_SPACE = re.compile(r"\s")


def _cut(text: str, lo: int, hi: int) -> int:
    """The offset just after the last line break in [lo, hi), else after the last
    whitespace there, else ``hi``."""
    i = text.rfind("\n", lo, hi)
    if i < 0:
        i = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
    return i + 1 if i >= 0 else hi


def pieces(
    text: str, size: int = PIECE_CHARS, margin: int = MARGIN_CHARS
) -> Iterator[tuple[int, int, int, int]]:
    """(scan start, scan end, owned start, owned end) for each piece of ``text``, in order.

    The owned stretches tile the text; each is at most ``size`` long and ends at a line break
    in its last quarter when there is one. One piece (the whole text) when it fits."""
    n = len(text)
    a = 0
    while a < n:
        b = n if n - a <= size else _cut(text, a + size - size // 4, a + size)
        lo = 0
        if a > margin:
            # Start the scan just after whitespace inside the margin: never mid-token.
            m = _SPACE.search(text, a - margin, a)
            lo = m.end() if m else a - margin
        hi = n
        if b + margin < n:
            m = _SPACE.search(text, b + margin, min(n, b + 2 * margin))
            hi = m.start() if m else min(n, b + 2 * margin)
        yield lo, hi, a, b
        a = b

"""How far before its end a regex match can start: the shape facts that let Hyperscan scan
without start-of-match tracking.

Hyperscan's HS_FLAG_SOM_LEFTMOST (report each match's leftmost start) costs about three
times the scan itself on prose (22 against 7 ms per MB on this machine), mostly for the
name patterns. Without it a report is an end offset only. The start can then be had:

- exactly, for a pattern whose matches all have one length W (start = end - W);
- as a lower bound, for a pattern with a longest match W (start >= end - W), or with at
  most k of some separator (a newline, a space) in any match: the start is after the
  (k+1)-th separator before the end. A name pattern with at most two spaces then starts
  within its last three words, however long the line.

A lower bound is enough for ``engine._confirm``, which re-runs ``re`` from it. Patterns
with no bound keep start tracking. The facts come from the regex's parse tree
(``re._parser``, the parser ``re`` itself uses); a pattern it cannot read gets no bound.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

# re's own parser and constants, private modules since 3.11 (sre_parse before): loaded by
# name so that a Python without them only loses the fast path (see reach()).
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - CPython 3.11-3.13 have both
    _parser = _c = None

_UNBOUNDED = -1
# Separators counted: a newline bounds multi-line patterns, a space bounds names and words
# on long lines (HTML turned to text, a PDF's one-line paragraphs).
SEPARATORS = (10, 32)


@dataclass(frozen=True, slots=True)
class Reach:
    """``fixed``: every match is this long (exact start). Otherwise ``width`` (the longest
    match, None when unbounded) and ``counts``: (separator byte, most of it in one match)
    for each separator with a bound."""

    fixed: int | None
    width: int | None
    counts: tuple[tuple[int, int], ...]

    @property
    def bounded(self) -> bool:
        return self.fixed is not None or self.width is not None or bool(self.counts)


NO_REACH = Reach(None, None, ())


def reach(regex: str) -> Reach:
    """The start facts of ``regex`` (as compiled with re.ASCII, no other flags)."""
    if _parser is None:
        return NO_REACH
    try:
        tree = _parser.parse(regex, 0)
        lo, hi = tree.getwidth()
        most = [(sep, _most(tree, sep)) for sep in SEPARATORS]
    except Exception:  # any surprise in a private parser: no fast path
        return NO_REACH
    counts = tuple((sep, n) for sep, n in most if n != _UNBOUNDED)
    width = hi if hi < _c.MAXREPEAT else None
    return Reach(hi if lo == hi and width is not None else None, width, counts)


def _most(tree: Any, ch: int) -> int:
    """The most ``ch`` characters one match of the parsed sequence can hold, or _UNBOUNDED."""
    total = 0
    for op, av in tree:
        n = _op_most(op, av, ch)
        if n == _UNBOUNDED:
            return _UNBOUNDED
        total += n
    return total


def _op_most(op: Any, av: Any, ch: int) -> int:
    c = _c
    if op is c.LITERAL:
        return int(av == ch)
    if op is c.NOT_LITERAL:
        return int(av != ch)
    if op is c.ANY:  # no DOTALL: "." matches anything but a newline
        return int(ch != 10)
    if op is c.IN:
        return int(_set_has(av, ch))
    if op is c.CATEGORY:
        return int(_category_has(av, ch))
    if op is c.BRANCH:
        counts = [_most(branch, ch) for branch in av[1]]
        return _UNBOUNDED if _UNBOUNDED in counts else max(counts, default=0)
    if op is c.SUBPATTERN:
        return _most(av[-1], ch)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        _lo, most, item = av
        n = _most(item, ch)
        if n == 0:
            return 0
        if n == _UNBOUNDED or most >= c.MAXREPEAT:
            return _UNBOUNDED
        return int(n * most)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width (a lookaround's text is not kept)
        return 0
    return _UNBOUNDED  # back-references, conditionals, atomic groups: no claim


def _set_has(items: Any, ch: int) -> bool:
    c = _c
    negate, hit = False, False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            hit |= av == ch
        elif op is c.RANGE:
            hit |= av[0] <= ch <= av[1]
        elif op is c.CATEGORY:
            hit |= _category_has(av, ch)
        else:
            return True  # unknown item: assume it can
    return hit != negate


def _category_has(cat: Any, ch: int) -> bool:
    """Whether an re category (\\s, \\d, \\w and their negations; ASCII) holds ``ch``, a
    separator (never a digit or word character)."""
    c = _c
    if cat in (c.CATEGORY_SPACE, c.CATEGORY_NOT_DIGIT, c.CATEGORY_NOT_WORD):
        return True
    if cat is c.CATEGORY_LINEBREAK:
        return ch == 10
    if cat is c.CATEGORY_NOT_LINEBREAK:
        return ch != 10
    return False  # digits, word characters and non-spaces hold no separator


def start_bound(data: bytes, end: int, r: Reach) -> int:
    """The lowest offset at which a match of a pattern with reach ``r`` ending at ``end``
    can start (``r`` must be bounded)."""
    return start_bounds(data, [end], r)[0][1]


def start_bounds(data: bytes, ends: list[int], r: Reach) -> list[tuple[int, int]]:
    """(end, start_bound(data, end, r)) for each of ``ends``, in one walk when they ascend,
    as Hyperscan reports them.

    The bound for a separator is just after the (k+1)-th one before the end. Searched
    back from each end on its own, a line with no newline is searched to its start for
    every report: quadratic (5 MB of "Hi " took 163 s). The (k+1) separators before an
    end are those between it and the previous end, then the last ones before that: each
    byte is searched once per pattern."""
    out: list[tuple[int, int]] = []
    # Per separator: the last (up to k+1) positions before ``upto``, ascending.
    seen: list[list[int]] = [[] for _ in r.counts]
    upto = 0
    for end in ends:
        if end < upto:  # not ascending: start over (correct, only slower)
            seen = [[] for _ in r.counts]
            upto = 0
        lo = max(end - r.width, 0) if r.width is not None else 0
        for j, (sep, k) in enumerate(r.counts):
            needle = _BYTE[sep]
            if k == 0:  # the common case (no newline in a match): one position, no lists
                p = data.rfind(needle, upto, end)
                if p < 0:
                    p = seen[j][0] if seen[j] else -1
                else:
                    seen[j] = [p]
                if p >= 0:
                    lo = max(lo, p + 1)
                continue
            new: list[int] = []
            p = end
            while len(new) <= k:
                p = data.rfind(needle, upto, p)
                if p < 0:
                    break
                new.append(p)
            last = (seen[j] + new[::-1])[-(k + 1) :]
            seen[j] = last
            if len(last) == k + 1:
                lo = max(lo, last[0] + 1)
        upto = end
        out.append((end, lo))
    return out


_BYTE = {sep: bytes([sep]) for sep in SEPARATORS}

"""A lint for admin-written regexes that Python's ``re`` may take exponential time on.

Policy regexes (``header_matches``) run with ``re`` on header values a sender controls. The
classic catastrophic shape is an unbounded repeat whose body is made of repeats and nothing
else ("(a+)+", "(\\w+\\s?)*", "(\\s*,?\\s*)+"): a run the body cannot finish can be split
among the repetitions in exponentially many ways before the match fails. A body with a
required fixed-width item ("(?:\\w+\\.)*example\\.org") splits one way only and is not
flagged. This is a lint, not a proof: it finds the common shape, not every slow regex
(overlapping alternatives such as "(b|b+)+" are not caught).
Possessive repeats ("*+", "++") and atomic groups never backtrack and are not flagged.
"""

from __future__ import annotations

# re's parser: stable in practice and the only way to see a pattern's structure.
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT)


def _only_repeats(items: Any) -> bool:
    """Every item can repeat or vanish (and at least one repeats more than once)."""
    many = False
    for op, av in items:
        if op in _REPEATS:
            many |= av[1] > 1
        elif op is _c.SUBPATTERN:
            if not _only_repeats(av[3]):
                return False
            many = True
        elif op is _c.BRANCH:
            if not all(_only_repeats(b) for b in av[1]):
                return False
            many = True
        else:
            return False
    return many


def _children(op: Any, av: Any) -> list[Any]:
    """The sub-sequences an item holds (not those of possessive repeats or atomic groups)."""
    if op in _REPEATS:
        return [av[2]]
    if op is _c.SUBPATTERN:
        return [av[3]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    return []


def _nested(items: Any) -> bool:
    for op, av in items:
        if op in _REPEATS and av[1] == _c.MAXREPEAT and _only_repeats(av[2]):
            return True
        if any(_nested(child) for child in _children(op, av)):
            return True
    return False


def backtracking_risk(regex: str) -> str | None:
    """Why ``regex`` may backtrack exponentially, or None. The regex must compile."""
    if _nested(_parser.parse(regex)):
        return (
            "an unbounded repeat of repeats (like '(a+)+') can take exponential time on "
            "text it does not match; make the inner repeat possessive ('a++') or put a "
            "fixed separator between repetitions"
        )
    return None

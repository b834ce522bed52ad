"""Texts a regex matches, made from its parse tree: probes for the Hyperscan self-check.

Hyperscan (the Vectorscan build in the ``hyperscan`` wheels) has been seen to miss matches
that ``re`` finds: one 13-way alternation before "medical leave" matched at the start of a
text and never once the match began past offset 26. The engine cannot trust a pattern's fast
path on faith, least of all a pattern an administrator wrote, so before it compiles a pattern
into its databases it scans these probes, at the start of a text and shifted far into one,
and keeps the pattern on the ``re`` path when Hyperscan misses a match ``re`` reports.

The probes are built from ``re``'s own parse tree (``re._parser``): probe k takes the k-th
option of every alternation (cycling through shorter ones), and alternately the fewest and
one more of every repeat, so every option of every alternation appears in some probe. It is
a check, not a proof: combinations of options are not all tried, and lookarounds are left to
``re`` to judge (a probe ``re`` does not match is dropped).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - CPython 3.11-3.13 have both
    _parser = _c = None

# Enough to reach every option of the widest alternation the shipped detectors have (~40),
# twice (fewest and one more repeat); a pattern with wider ones is probed on the first 64.
MAX_PROBES = 64
# A run this long is cut short: probes are for finding faults, not for filling buffers.
_MAX_REPEAT_TEXT = 4
# The shift: the fault was seen past offset 26; 150 characters of words and spaces also take
# the match past any short-text special case.
SHIFT = "word " * 30


class _Unprobeable(Exception):
    """A construct the probe maker does not write (the pattern simply gets no probes)."""


def _class_char(items: Any) -> str:
    """A character of an [...] set: the first one listed that is an ASCII letter or digit if
    there is one (a probe should look like text), else the first listed."""
    chars: list[str] = []
    negate = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE:
            chars.append(chr(av[0]))
        elif op is _c.CATEGORY:
            chars.append(_CATEGORY.get(av, ""))
        else:
            raise _Unprobeable(op)
    if negate:
        excluded = set(chars)
        for c in "x0 ._-":
            if c not in excluded:
                return c
        raise _Unprobeable("negated set")
    good = [c for c in chars if c and c.isascii() and c.isalnum()]
    return (good or [c for c in chars if c] or [""])[0]


def _category() -> dict[Any, str]:
    if _c is None:  # pragma: no cover
        return {}
    return {
        _c.CATEGORY_DIGIT: "7",
        _c.CATEGORY_NOT_DIGIT: "x",
        _c.CATEGORY_SPACE: " ",
        _c.CATEGORY_NOT_SPACE: "x",
        _c.CATEGORY_WORD: "x",
        _c.CATEGORY_NOT_WORD: " ",
    }


_CATEGORY = _category()


def _write(items: Any, k: int, groups: dict[int, str]) -> str:
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op is _c.NOT_LITERAL:
            out.append("x" if chr(av) != "x" else "y")
        elif op is _c.ANY:
            out.append("x")
        elif op is _c.IN:
            out.append(_class_char(av))
        elif op is _c.BRANCH:
            options = av[1]
            out.append(_write(options[k % len(options)], k, groups))
        elif op is _c.SUBPATTERN:
            text = _write(av[3], k, groups)
            if av[0] is not None:
                groups[av[0]] = text
            out.append(text)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, high, body = av
            n = low if k % 2 == 0 else min(high, low + 1)
            out.append(_write(body, k, groups) * min(n, max(low, _MAX_REPEAT_TEXT)))
        elif op is _c.GROUPREF:
            out.append(groups.get(av, ""))
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # anchors and lookarounds: re judges the probe as a whole
        elif op is _c.ATOMIC_GROUP:
            out.append(_write(av, k, groups))
        else:
            raise _Unprobeable(op)
    return "".join(out)


def _widest(items: Any) -> int:
    """The most options of any alternation in the pattern (1 without any)."""
    most = 1
    for op, av in items:
        if op is _c.BRANCH:
            most = max(most, len(av[1]), *(_widest(b) for b in av[1]))
        elif op is _c.SUBPATTERN:
            most = max(most, _widest(av[3]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            most = max(most, _widest(av[2]))
        elif op is _c.ATOMIC_GROUP:
            most = max(most, _widest(av))
    return most


def probes(regex: str, flags: int = re.ASCII) -> list[str]:
    """Texts ``re`` matches ``regex`` in, each a probe between spaces (so word boundaries
    hold); [] when the pattern has constructs the maker does not write."""
    if _parser is None:  # pragma: no cover
        return []
    try:
        tree = _parser.parse(regex, flags)
    except re.error:
        return []
    rx = re.compile(regex, flags)
    out: list[str] = []
    seen: set[str] = set()
    for k in range(min(MAX_PROBES, 2 * _widest(tree))):
        try:
            text = f" {_write(tree, k, {})} "
        except (_Unprobeable, RecursionError):
            return out
        if text not in seen and rx.search(text):
            seen.add(text)
            out.append(text)
    return out

"""Every occurrence of a set of literal keys in a lower-cased, padded text.

The dictionaries (30,000 keys), the context words and the table header words are found this
way. pyahocorasick's ``iter`` walks the text a character at a time in C but still costs
~13 ns per character (0.42 ms per 30 KB of prose); Hyperscan's literal compiler finds the
same matches in ~0.07 ms. So keys go to Hyperscan when it is there, and to an Aho-Corasick
automaton otherwise, or when a key is not ASCII (Hyperscan scans the text as ASCII bytes,
each other character as '?'). Both backends report the same matches in the same order:
by end offset ascending, and at one end the longest key first (the automaton's order, on
which ``engine._context_words`` relies).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Generic, TypeVar

import ahocorasick

_hs: Any
try:
    import hyperscan as _hs
except ImportError:  # pragma: no cover - the fallback is exercised with use_hyperscan=False
    _hs = None

# Values start with their key's length, as every caller's do: (length, ...). The two
# backends' matches are merged by it.
V = TypeVar("V", bound=tuple[Any, ...])


class Literals(Generic[V]):
    """(end, value) for every occurrence of every key; ``end`` is the offset of its last
    character. Immutable after construction and safe to share between threads."""

    def __init__(self, words: Mapping[str, V], use_hyperscan: bool = True) -> None:
        # Longest first: ids then sort matches ending at one offset as the automaton does.
        ascii_keys = sorted((k for k in words if k.isascii()), key=lambda k: -len(k))
        self._db: Any = None
        if use_hyperscan and _hs is not None and ascii_keys:
            try:
                self._db = _compile(tuple(ascii_keys))
            except _hs.error:  # a database Hyperscan will not build: the automaton finds all
                ascii_keys = []
        else:
            ascii_keys = []
        self._values: list[V] = [words[k] for k in ascii_keys]
        hs_keys = set(ascii_keys)
        rest = {k: v for k, v in words.items() if k not in hs_keys}
        self._auto: Any = None
        if rest:
            self._auto = ahocorasick.Automaton()
            for k, v in rest.items():
                self._auto.add_word(k, v)
            self._auto.make_automaton()
        self._local = threading.local()

    @property
    def uses_hyperscan(self) -> bool:
        return self._db is not None

    def iter(self, low: str, begin: int = 0, end: int | None = None) -> list[tuple[int, V]]:
        """Matches lying wholly in ``low[begin:end]``, offsets in ``low``."""
        stop = len(low) if end is None else min(end, len(low))
        out: list[tuple[int, V]] = []
        if self._db is not None and stop > begin:
            got: list[tuple[int, int]] = []
            add = got.append
            scratch = getattr(self._local, "scratch", None)
            if scratch is None:
                scratch = self._local.scratch = _hs.Scratch(self._db)
            # Called once per match: dictionary and context words are sparse in text.
            self._db.scan(
                low[begin:stop].encode("ascii", "replace"),
                match_event_handler=lambda idx, frm, to, flags, ctx: add((to, idx)),
                scratch=scratch,
            )
            got.sort()
            values = self._values
            last = begin - 1
            out = [(to + last, values[idx]) for to, idx in got]
        if self._auto is not None and not (self._db is not None and low.isascii()):
            more = list(self._auto.iter(low, begin, stop))
            # Both backends matched: merged into the one order.
            out = sorted(out + more, key=lambda m: (m[0], -m[1][0])) if out else more
        return out


@lru_cache(maxsize=8)
def _compile(keys: tuple[str, ...]) -> Any:
    """One Hyperscan literal database per key list (compiling 30,000 keys takes ~0.7 s;
    policy reloads and tests that build the same detector again reuse it)."""
    db = _hs.Database()
    db.compile(
        expressions=[k.encode("ascii") for k in keys],
        ids=list(range(len(keys))),
        elements=len(keys),
        flags=0,
        literal=True,
    )
    return db

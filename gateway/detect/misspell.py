"""Health terms as people misspell them: "metforman", "lisinipril", "hypertention",
"alzhiemers", "dimentia".

Patients' mail and voicemail transcripts, and staff typing fast, misspell the very words
the health dictionaries list, and a message whose only health word is misspelt would carry
a patient's name and no health information. A word of the text is taken as a misspelling of
a dictionary term when it is one edit away from it (a letter dropped, added, changed, or two
neighbours swapped), starts with the same letter (people rarely get the first one wrong, and
it keeps chance matches down), is at least ``MIN_LENGTH`` letters long (short words are one
edit from too much: "cancel" and "cancer"), and is no word known elsewhere: an everyday
English word, a census name, or any dictionary term itself.

Lookup is by deletion (the symmetric-delete idea of SymSpell): every term is indexed under
itself and each of its one-letter deletions, so a word's candidates are found by a few dict
lookups instead of a comparison with every term; each candidate is then checked exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_LENGTH = 7
# Lower-case ASCII words of MIN_LENGTH letters or more, whole words only.
_WORD = re.compile(rf"\b[a-z]{{{MIN_LENGTH},40}}\b", re.ASCII)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one deletion, insertion, substitution or
    swap of two neighbouring letters (Damerau-Levenshtein distance 1)."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # substitution
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]  # swap
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


class Misspellings:
    """Finds misspelt dictionary terms in lower-cased text."""

    def __init__(self, terms: Iterable[str], known: Iterable[str]) -> None:
        # "alzheimer's" is written "alzhiemers"; a term one letter shorter than the words
        # looked at can still be reached by an added letter ("flomax", "flowmax").
        self._terms: frozenset[str] = frozenset(
            t
            for t in (t.replace("'", "") for t in terms)
            if len(t) >= MIN_LENGTH - 1 and t.isascii() and t.isalpha()
        )
        index: dict[str, set[str]] = {}
        for t in self._terms:
            for d in _deletes(t):
                index.setdefault(d, set()).add(t)
        # Values as one string each, not sets: the sets would be ~150,000 more containers for
        # the garbage collector to walk on every full collection, more than the rest of the
        # process holds (274,000 tracked objects against 121,000; strings are not tracked).
        self._index: dict[str, str] = {d: "\n".join(sorted(ts)) for d, ts in index.items()}
        self._known = frozenset(known) | self._terms
        self._cache: dict[str, bool] = {}

    def __len__(self) -> int:
        return len(self._terms)

    def _misspelt(self, word: str) -> bool:
        found = self._cache.get(word)
        if found is not None:
            return found
        # A letter dropped from a term: the word is one of its deletions.
        index = self._index
        candidates: set[str] = set()
        if word in index:
            candidates.update(index[word].split("\n"))
        for d in _deletes(word):
            if d in self._terms:
                candidates.add(d)  # a letter added
            if d in index:  # a letter changed (or swapped: checked below)
                candidates.update(index[d].split("\n"))
        for i in range(len(word) - 1):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if swapped in self._terms:
                candidates.add(swapped)
        found = any(t[0] == word[0] and one_edit(word, t) for t in candidates)
        if len(self._cache) < 100_000:  # bounded: hostile text may hold endless new words
            self._cache[word] = found
        return found

    def find(self, low: str) -> list[tuple[int, int]]:
        """(start, end) of each misspelt term in ``low`` (lower-cased text)."""
        if not self._terms:
            return []
        unknown = set(_WORD.findall(low)) - self._known
        bad = {w for w in unknown if self._misspelt(w)}
        if not bad:
            return []
        return [m.span() for m in _WORD.finditer(low) if m.group() in bad]

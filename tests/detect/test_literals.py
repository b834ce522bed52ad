"""literals.py: Hyperscan's literal compiler and the Aho-Corasick fallback report the same
matches in the same order (by end, the longest key first at one end), in whole texts and in
windows, with non-ASCII keys and text."""

from __future__ import annotations

import random

import ahocorasick
import pytest

from gateway.detect.engine import HAVE_HYPERSCAN
from gateway.detect.literals import Literals

KEYS = [" a ", " a b ", " b ", " ab ", "b a", " café ", " é ", " über alles ", " x y z ", " y "]
WORDS = ["a", "b", "ab", "café", "é", "über", "alles", "x", "y", "z", "q"]


def _reference(words: dict[str, tuple[int, str]], low: str, begin: int, end: int) -> list[object]:
    auto = ahocorasick.Automaton()
    for k, v in words.items():
        auto.add_word(k, v)
    auto.make_automaton()
    return list(auto.iter(low, begin, end))


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        " " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40))) + " " for _ in range(n)
    ]


@pytest.mark.parametrize("use_hyperscan", [True, False])
def test_matches_and_order_equal_the_automaton(use_hyperscan: bool) -> None:
    words = {k: (len(k), k.strip()) for k in KEYS}
    lit = Literals(words, use_hyperscan)
    assert lit.uses_hyperscan is (use_hyperscan and HAVE_HYPERSCAN)
    rng = random.Random(3)
    checked = 0
    for low in _texts(400, seed=1):
        assert lit.iter(low) == _reference(words, low, 0, len(low))
        a = rng.randint(0, len(low))
        b = rng.randint(a, len(low))
        assert lit.iter(low, a, b) == _reference(words, low, a, b)
        checked += bool(lit.iter(low))
    assert checked > 300  # the texts do hold keys


@pytest.mark.skipif(not HAVE_HYPERSCAN, reason="hyperscan not installed")
def test_keys_ending_together_come_longest_first() -> None:
    lit = Literals({" b ": (3, "short"), " a b ": (5, "long")})
    assert lit.iter(" a b ") == [(4, (5, "long")), (4, (3, "short"))]


def test_ascii_text_skips_the_non_ascii_keys_automaton() -> None:
    # Non-ASCII keys live in the automaton whichever backend has the rest; ASCII text cannot
    # hold them, and non-ASCII text finds them merged in order with the others.
    lit = Literals({" é ": (3, "e"), " a ": (3, "a")})
    assert lit.iter(" a é a ") == [(2, (3, "a")), (4, (3, "e")), (6, (3, "a"))]
    assert lit.iter(" a a ") == [(2, (3, "a")), (4, (3, "a"))]


@pytest.mark.skipif(not HAVE_HYPERSCAN, reason="hyperscan not installed")
def test_a_database_hyperscan_refuses_falls_back_to_the_automaton(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hyperscan

    from gateway.detect import literals

    def refuse(keys: tuple[str, ...]) -> object:
        raise hyperscan.error("refused")

    monkeypatch.setattr(literals, "_compile", refuse)
    lit = Literals({" a ": (3, "a"), " a b ": (5, "ab")})
    assert not lit.uses_hyperscan
    assert lit.iter(" a b ") == [(2, (3, "a")), (4, (5, "ab"))]

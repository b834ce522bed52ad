"""reach.py: how far before its end a match can start (what lets Hyperscan skip SOM)."""

from __future__ import annotations

import random
import re

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.detect.reach import NO_REACH, Reach, reach, start_bound


@pytest.mark.parametrize(
    ("regex", "want"),
    [
        (r"\b\d{3}-\d{2}-\d{4}\b", Reach(11, 11, ((10, 0), (32, 0)))),
        (r"\b\d{1,2}/\d{1,2}/\d{4}\b", Reach(None, 10, ((10, 0), (32, 0)))),
        # A name: unbounded length, but at most two spaces and no newline.
        (r"\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+\b", Reach(None, None, ((10, 0), (32, 2)))),
        # \s counts as both separators; a bounded repeat multiplies.
        (r"Name:\s{1,4}[A-Z][a-z]+", Reach(None, None, ((10, 4), (32, 4)))),
        # "." matches a space but never a newline (no DOTALL).
        (r"a.*b", Reach(None, None, ((10, 0),))),
        # Negated sets and \S / \W: [^x] holds both separators, \S neither, \W both.
        (r"[^x]+", NO_REACH),
        (r"\S+@\S+", Reach(None, None, ((10, 0), (32, 0)))),
        (r"a\W+b", NO_REACH),
        # Alternatives take their worst branch; lookarounds hold no text.
        (r"(?:a b c|d)(?= \n)", Reach(None, 5, ((10, 0), (32, 2)))),
        # Back-references: no claim about what they hold.
        (r"(a+) \1", NO_REACH),
    ],
)
def test_reach_facts(regex: str, want: Reach) -> None:
    assert reach(regex) == want


def test_unreadable_regex_has_no_reach() -> None:
    assert reach("(unclosed") == NO_REACH
    assert not NO_REACH.bounded


@pytest.mark.parametrize(
    ("text", "end", "r", "want"),
    [
        ("xx 123-45-6789", 14, Reach(11, 11, ()), 3),
        # Width bound alone, clipped at 0.
        ("1/2/2020", 8, Reach(None, 10, ()), 0),
        # Two spaces allowed: after the third space before the end.
        ("one two Ann B. Lee", 18, Reach(None, None, ((32, 2),)), 8),
        # Fewer separators than allowed before the end: no bound from them.
        ("Ann Lee", 7, Reach(None, None, ((32, 2),)), 0),
        # The tighter of two bounds wins; separators are only looked for above the width.
        ("a\nb c d", 7, Reach(None, None, ((10, 0), (32, 0))), 6),
        ("aaaa bbbb", 9, Reach(None, 3, ((32, 0),)), 6),
    ],
)
def test_start_bound(text: str, end: int, r: Reach, want: int) -> None:
    assert start_bound(text.encode(), end, r) == want


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    toks = [
        "Maria",
        "Lopez",
        "J.",
        "Patient:",
        "DOB",
        "03/14/1975",
        "123-45-6789",
        "(415) 555-0134",
        "maria@example.org",
        "https://x.example/a?b",
        "diabetes",
        "E11.9",
        "my",
        "mother",
        "in",
        "rm",
        "4",
        "appendectomy",
        "12 Oak Street",
        "Hi",
        "MRN",
        "1234567",
    ]
    seps = [" ", "  ", "\n", ", ", ": ", "\n\n", " \n ", "\t"]
    return [
        "".join(rng.choice(toks) + rng.choice(seps) for _ in range(rng.randint(1, 80)))
        for _ in range(n)
    ]


def test_bound_never_passes_a_real_start(engine: DetectorEngine) -> None:
    """Every shipped pattern: for each match re finds (at any start, as Hyperscan reports
    every end), the bound from its end is at or before its start."""
    spec = engine.spec
    texts = _texts(300, seed=5)
    checked = 0
    for ident in spec.identifiers.values():
        for pat in ident.patterns:
            r = reach(pat.regex)
            if not r.bounded:
                continue
            rx = re.compile(pat.regex, re.ASCII)
            for text in texts:
                data = text.encode()
                for start in range(len(text)):
                    m = rx.match(text, start)
                    if m is None or m.end() == m.start():
                        continue
                    assert start_bound(data, m.end(), r) <= m.start(), (ident.name, pat.regex)
                    if r.fixed is not None:
                        assert m.end() - m.start() == r.fixed
                    checked += 1
    assert checked > 1000

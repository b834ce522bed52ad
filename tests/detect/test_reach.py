"""reach.py: how far before its end a match can start (what lets Hyperscan skip SOM)."""

from __future__ import annotations

import random
import re

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.detect.reach import NO_REACH, Reach, reach, start_bound, start_bounds


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


def _bound_from_end(data: bytes, end: int, r: Reach) -> int:
    """The bound searched back from one end alone: the reference for start_bounds."""
    lo = max(end - r.width, 0) if r.width is not None else 0
    for sep, k in r.counts:
        p = end
        for _ in range(k + 1):
            p = data.rfind(bytes([sep]), lo, p)
            if p < 0:
                break
        else:
            lo = p + 1
    return lo


@pytest.mark.parametrize(
    "r",
    [
        Reach(None, None, ((10, 0),)),
        Reach(None, None, ((10, 0), (32, 2))),
        Reach(None, 7, ((32, 1),)),
        Reach(None, None, ((32, 3),)),
    ],
)
def test_one_walk_over_ascending_ends_equals_searching_from_each(r: Reach) -> None:
    rng = random.Random(11)
    for _ in range(300):
        data = bytes(rng.choice(b"ab \n") for _ in range(rng.randint(0, 60)))
        ends = sorted(rng.randint(0, len(data)) for _ in range(rng.randint(0, 12)))
        want = [(e, _bound_from_end(data, e, r)) for e in ends]
        assert start_bounds(data, ends, r) == want
        # Out of order (not what Hyperscan reports): still right, by starting over.
        rng.shuffle(ends)
        assert start_bounds(data, ends, r) == [(e, _bound_from_end(data, e, r)) for e in ends]


class _CountingBytes(bytes):
    """Bytes that count how many bytes rfind searches: the work, not the time."""

    searched = 0

    def rfind(self, sub: bytes, start: int = 0, end: int | None = None, /) -> int:  # type: ignore[override]
        stop = len(self) if end is None else end
        _CountingBytes.searched += max(stop - start, 0)
        return super().rfind(sub, start, stop)


@pytest.mark.parametrize(
    "r",
    [Reach(None, None, ((10, 0),)), Reach(None, None, ((10, 0), (32, 2)))],
    ids=["newline", "newline and spaces"],
)
def test_bounds_for_a_line_of_reports_search_each_byte_about_once(r: Reach) -> None:
    """One line with a report at every offset (5 MB of "Hi " took 163 s through detect()
    when each report searched back to the line's start): the search is linear."""
    data = _CountingBytes(b"Hi " * 10_000)
    _CountingBytes.searched = 0
    got = start_bounds(data, list(range(1, len(data) + 1)), r)
    assert len(got) == len(data)
    # Each separator searches each byte once, plus its k+1 finds per report.
    assert _CountingBytes.searched <= 4 * len(data) * len(r.counts)

"""The scan's shortcuts against the plain way, on random text.

- Hyperscan reports taken as matches without re (``_plain`` patterns, ASCII text, disjoint
  reports) must give exactly ``finditer``'s matches, including for patterns whose reports
  overlap (those fall back to re), and for non-ASCII text (which always falls back).
- Patterns that re runs itself (all of them on the pure-re path) skip their finditer when a
  context word they require is absent from the whole text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from gateway.detect import engine as eng_mod
from gateway.detect.engine import HAVE_HYPERSCAN, DetectorEngine, Hit
from gateway.detect.spec import DetectorSpec, IdentifierSpec, Kind, PatternSpec
from gateway.model import Confidence

# Overlapping ends, several ends per start, lazy quantifiers, alternations of different
# lengths, classes with and without word boundaries: shapes where Hyperscan's reports and
# finditer's matches differ unless the reports happen not to overlap.
PLAIN = [
    r"\d{2,4}",
    r"\b\d+\b",
    r"a+",
    r"(?:ab|a)(?:bc|c)?",
    r"\d+?x?",
    r"[a-c]{2}",
    r"x\d*y",
    r"\w+@\w+",
    r"\b(?:19|20)?\d{2}\b",
    r"\b(?:\d[ -]?){3,5}\d\b",
    r"[^\s]+",
    r".{3}",
    r"a|ab|abc",
    r"\d\d\b",
    r"\b\d{3}-\d{2}-\d{4}\b",
    r"\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+\b",
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b",
    r"c\.?\d",
    r"\b[2-9]\d{2}[-. ]\d{4}\b",
]
# Not plain (re confirms every report): groups, anchors, lookarounds, flags, \B.
TRICKY = [*PLAIN, r"\B\d\d", r"(\d)\d", r"^\w+", r"\d+$", r"(?i)ab", r"(?<=x)\d+"]


def tricky_spec(requires: bool) -> DetectorSpec:
    spec = DetectorSpec()
    for i, regex in enumerate(TRICKY):
        spec.identifiers[f"p{i}"] = IdentifierSpec(
            name=f"p{i}",
            kind=Kind.OTHER,
            validator="none",
            patterns=(PatternSpec(regex, Confidence.MEDIUM, requires and i % 2 == 1),),
            context=("ctx", "key word"),
            negative=("neg",),
            window=8,
        )
    return spec


def random_texts(n: int, seed: int, ascii_only: bool) -> list[str]:
    rng = random.Random(seed)
    alphabet = ["a", "b", "c", "x", "y", "A", "Jo", "Ann", "1", "2", "9", "0", "19", "20"]
    alphabet += [" ", " ", "-", ".", "/", "@", "\n", "ctx", "key word", "neg", "Mary Li"]
    alphabet += ["536-90-4399", "03/14/1975", "415-555-0199", "E. ", "c.4"]
    if not ascii_only:
        alphabet += ["é", "İ", "?", "\u00a0", "日"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(n)]


def by_finditer(engine: DetectorEngine, text: str) -> list[tuple[int, int]]:
    """Every pattern's finditer spans (end, start), in pattern order."""
    out: list[tuple[int, int]] = []
    for c in engine._compiled:
        out += [(e, s) for s, e in (m.span() for m in c.rx.finditer(text)) if e > s]
    return out


def test_plain_accepts_the_simple_shapes() -> None:
    for regex in PLAIN:
        assert eng_mod._plain(regex), regex


@pytest.mark.parametrize(
    "regex",
    [
        r"(\d+)",  # a capture group: the identifier may be the group
        r"(?P<n>\d)",
        r"(?=\d)\d",
        r"(?<!x)\d",
        r"(?i)\d",
        r"(?#c)\d",
        r"^\d",
        r"\d$",
        r"\d\Z",  # end of string in re, also before a final newline in Hyperscan
        r"\A\d",
        r"\v\d",  # a vertical tab in re, any vertical space in Hyperscan
        r"\x41",
        r"\101",
        r"\1",
        r"\d\ ",
        r"[[:alpha:]]",  # a POSIX class in Hyperscan, a nested set (warning) in re
        r"[a&&b]",
        r"[a--b]",
        r"[]a]",
        r"[^]a]",
        r"[\b]",
        r"\d++",  # possessive (re >= 3.11)
        r"\d*+",
        r"\d?+",
        r"\d{2}+",
        r"\d{,3}",  # {0,3} in re, a literal in PCRE
        r"\d{a}",
        r"é\d",
        "\\",
        r"[ab",
    ],
)
def test_plain_rejects_what_could_differ(regex: str) -> None:
    assert not eng_mod._plain(regex)


def test_disjoint() -> None:
    assert eng_mod._disjoint([])
    assert eng_mod._disjoint([(3, 1)])
    assert eng_mod._disjoint([(3, 1), (5, 3), (9, 6)])
    assert not eng_mod._disjoint([(3, 1), (5, 2)])
    assert not eng_mod._disjoint([(3, 0), (4, 0)])  # two ends of one start
    assert not eng_mod._disjoint([(9, 6), (3, 1)])  # out of order


def expected_spans(engine: DetectorEngine, text: str) -> dict[int, list[tuple[int, int]]]:
    """Per pattern, (end, start) of the identifier in each finditer match (the group if the
    pattern has one and it took part), empty ones left out."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, c in enumerate(engine._compiled):
        spans = []
        for m in c.rx.finditer(text):
            s, e = m.span(1) if c.rx.groups and m.span(1)[0] >= 0 else m.span()
            if e > s:
                spans.append((e, s))
        if spans:
            out[i] = spans
    return out


@pytest.mark.skipif(not HAVE_HYPERSCAN, reason="hyperscan not installed")
@pytest.mark.parametrize("ascii_only", [True, False])
def test_reports_taken_as_matches_are_finditers(ascii_only: bool) -> None:
    engine = DetectorEngine(tricky_spec(requires=False))
    assert engine.uses_hyperscan
    assert {c.pattern.regex for c in engine._compiled if c.plain} == set(PLAIN)
    index = {id(c): i for i, c in enumerate(engine._compiled)}
    shortcuts = {True: 0, False: 0}  # by text.isascii()
    fallbacks = 0  # plain patterns whose reports overlapped or were inexact: confirmed by re
    inexact = 0
    for text in random_texts(1500, seed=3, ascii_only=ascii_only):
        reports = engine._reports(text)
        spans: dict[str, list[tuple[int, int]]] = {}
        for i in engine._always:  # as scan_text does
            c = engine._compiled[i]
            spans[c.pattern.regex] = eng_mod._spans(c.rx.finditer(text), c.rx.groups > 0)
        got = {}
        for c, found in engine._patterns(text, reports, spans, -1):
            i = index[id(c)]
            got[i] = list(found)
            shortcut = found is reports.get(i)
            shortcuts[text.isascii()] += shortcut
            fallbacks += c.plain and text.isascii() and not shortcut
            # Reports with a start bound only (scanned without SOM) are never matches.
            inexact += shortcut and i not in engine._hs_exact
        assert got == expected_spans(engine, text)
    # ASCII text takes the shortcut where reports are exact and disjoint; other text never.
    assert shortcuts[True] > 300 and shortcuts[False] == 0 and fallbacks > 100
    assert inexact == 0 and not engine._hs_exact >= set(range(len(engine._compiled)))


def _hits(engine: DetectorEngine, text: str) -> list[Hit]:
    return engine.scan_text(text)


@pytest.mark.skipif(not HAVE_HYPERSCAN, reason="hyperscan not installed")
@pytest.mark.parametrize("full_pass_chars", [0, 10**9])
@pytest.mark.parametrize("requires", [False, True])
def test_hyperscan_and_re_agree_on_tricky_patterns(
    monkeypatch: pytest.MonkeyPatch, full_pass_chars: int, requires: bool
) -> None:
    spec = tricky_spec(requires)
    hs_engine, re_engine = DetectorEngine(spec), DetectorEngine(spec, use_hyperscan=False)
    # The same Hyperscan engine with the shortcut off: every report confirmed by re.
    slow = DetectorEngine(spec)
    slow._compiled = [
        eng_mod._Compiled(c.ident, c.pattern, c.rx, c.validator, c.bit, c.outcomes, False)
        for c in slow._compiled
    ]
    for e in (hs_engine, re_engine, slow):
        monkeypatch.setattr(e, "full_pass_chars", full_pass_chars)
    mismatches = []
    for ascii_only in (True, False):
        for i, text in enumerate(random_texts(400, seed=9, ascii_only=ascii_only)):
            want = _hits(slow, text)
            if _hits(hs_engine, text) != want or _hits(re_engine, text) != want:
                mismatches.append((ascii_only, i))
    assert mismatches == []


def test_re_path_skips_patterns_whose_context_is_absent(
    re_engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = sum(c.pattern.requires_context for c in re_engine._compiled)
    assert gated, "the shipped detectors have context-gated patterns"
    ran: list[bool] = []
    real = eng_mod._spans

    def counting(matches: Iterable[re.Match[str]], grouped: bool) -> list[tuple[int, int]]:
        ran.append(True)
        return real(matches, grouped)

    monkeypatch.setattr(eng_mod, "_spans", counting)
    re_engine.scan_text("nothing to see here 123456789 and 4111 1111 1111 1111")
    assert len(ran) < len({c.pattern.regex for c in re_engine._compiled})
    # A supporting word brings the gated pattern back.
    hits = re_engine.scan_text("routing number 021000021")
    assert any(h.detector == "aba_routing" for h in hits)


def test_re_path_matches_hyperscan_without_context_words(
    engine: DetectorEngine, re_engine: DetectorEngine
) -> None:
    # Texts with identifier shapes and no (or few) context words: the skip decides.
    rng = random.Random(4)
    pieces = ["536-90-4399", "021000021", "1245319599", "AB1234563", "03/14/1975", "E11.9"]
    pieces += ["4111 1111 1111 1111", "203.0.113.9", "(415) 555-0199", "lorem", "ipsum", "\n"]
    pieces += ["routing", "dob", "npi", "card", "é"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert engine.scan_text(text) == re_engine.scan_text(text)


def test_words_starts_end_with_a_sentinel(engine: DetectorEngine) -> None:
    low = eng_mod._padded("patient ssn 536-90-4399 patient")
    words = eng_mod._Words(engine._ctx_auto, low)
    bit = next(c.bit for c in engine._compiled if c.ident.name == "ssn")
    got = words.starts(bit)
    assert got[-1] == eng_mod._FAR and got[:-1] == sorted(got[:-1]) and len(got) >= 3
    assert words.present >> bit & 1
    assert re.fullmatch(r"[\w ]+", low)

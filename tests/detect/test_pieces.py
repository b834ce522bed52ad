"""Long parts are scanned in pieces (pieces.py): the same hits as one scan, and a place
between pieces where the time bound is asked."""

from __future__ import annotations

import itertools
import random

import pytest

from gateway.detect.engine import DetectorEngine, fold_accents
from gateway.detect.pieces import pieces
from gateway.detect.templates import blank_merge_tags
from gateway.parse import parse_message


@pytest.mark.parametrize("seed", range(40))
def test_owned_stretches_tile_the_text_and_cut_between_tokens(seed: int) -> None:
    rng = random.Random(seed)
    words = ["a", "bb", "Patient", "12345", "x" * rng.randint(1, 400), "\n", "\n\n", "  "]
    text = "".join(rng.choice(words) + rng.choice([" ", "", "\t"]) for _ in range(3000))
    size, margin = rng.choice([(500, 64), (2000, 200), (64, 16)])
    got = list(pieces(text, size, margin))
    assert got[0][2] == 0 and got[-1][3] == len(text)
    for (_, _, _, b), (_, _, a, _) in itertools.pairwise(got):
        assert a == b  # no gap, no overlap
    for lo, hi, a, b in got:
        assert 0 < b - a <= size
        assert lo <= a and b <= hi
        # The scan starts within a margin before its stretch, after whitespace (whole
        # tokens) unless the margin has none, and runs at least a margin past it.
        assert lo == 0 or a - lo <= margin
        margin_has_space = any(c.isspace() for c in text[max(0, a - margin) : a])
        assert lo == 0 or text[lo - 1].isspace() or not margin_has_space
        assert lo == 0 or a > margin
        assert hi == len(text) or hi - b >= margin
        # A cut inside the text falls after whitespace when the last quarter has any.
        if b < len(text) and any(c.isspace() for c in text[b - size // 4 : b]):
            assert text[b - 1].isspace()


def test_one_piece_when_the_text_fits() -> None:
    assert list(pieces("short text", 100, 10)) == [(0, 10, 0, 10)]
    assert list(pieces("", 100, 10)) == []


@pytest.fixture(scope="module")
def long_text() -> str:
    from generate import generate

    bodies = [
        p.text
        for s in generate(per_template=1)
        for p in parse_message(s.raw).parts
        if p.part == "body"
    ]
    random.Random(7).shuffle(bodies)
    # As detect() prepares a part; ~150 KB of mixed PHI and hard-negative mail (taken by
    # size, not count: the corpus grows, and many bodies are one line before an attachment).
    chosen: list[str] = []
    size = 0
    for body in bodies:
        if size >= 150_000:
            break
        chosen.append(body)
        size += len(body) + 2
    return blank_merge_tags(fold_accents("\n\n".join(chosen)))


@pytest.mark.parametrize("size", [1_500, 4_000, 30_000])
@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one line"])
def test_pieces_find_exactly_the_hits_of_one_scan(
    engine: DetectorEngine,
    long_text: str,
    size: int,
    one_line: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = long_text.replace("\n", " ") if one_line else long_text
    whole = sorted(engine.scan_text(text))
    assert len(whole) > 500  # a text that exercises the detectors
    monkeypatch.setattr(engine, "piece_chars", size)
    got, stopped = engine.scan_pieces(text)
    assert not stopped
    assert sorted(got) == whole


def test_a_stop_between_pieces_keeps_the_hits_found(
    engine: DetectorEngine, long_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "piece_chars", 10_000)
    asked = [0]

    def out_of_time() -> bool:
        asked[0] += 1
        return asked[0] > 3  # four pieces scanned

    got, stopped = engine.scan_pieces(long_text, out_of_time)
    assert stopped
    ends = [b for _, _, _, b in pieces(long_text, 10_000)]
    assert got and max(h.start for h in got) < ends[3]
    assert sorted(got) == sorted(h for h in engine.scan_text(long_text) if h.start < ends[3])
    asked[0] = -1  # detect() asks once more, before the part
    found = engine.detect([("body", long_text)], out_of_time=out_of_time)
    assert found.stopped
    assert any(f.part == "body" for f in found.findings)
    assert any(f.detector == "unscannable" for f in found.findings)

"""Names as mail writes them: with accents, and "Last, First" as charts print them.

All names here are made up from the census lists; assertions compare detector names,
offsets and verdicts only.
"""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorEngine, fold_accents


def hits(engine: DetectorEngine, text: str) -> list[tuple[str, int, int]]:
    return sorted(
        (h.detector, h.start, h.end)
        for _part, found in engine.detect([("body", text)]).hits
        for h in found
    )


def test_folding_keeps_length_and_offsets() -> None:
    text = "José García, Zoë Müller, Łukasz Øster, Дмитрий, naïve café"
    folded = fold_accents(text)
    assert len(folded) == len(text)
    assert folded == "Jose Garcia, Zoe Muller, Lukasz Oster, Дмитрий, naive cafe"
    assert fold_accents("plain ascii") == "plain ascii"


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        (
            "Patient José García was seen for diabetes today.",
            "Patient Jose Garcia was seen for diabetes today.",
        ),
        (
            "Refill for Zoë Hernández: metformin 500 mg.",
            "Refill for Zoe Hernandez: metformin 500 mg.",
        ),
    ],
)
def test_accented_names_are_found_where_the_plain_ones_are(
    eng: DetectorEngine, accented: str, plain: str
) -> None:
    got = hits(eng, accented)
    assert got == hits(eng, plain)
    assert any(d in ("known_name", "person_name") for d, _, _ in got)
    assert eng.detect([("body", accented)]).phi


def test_last_comma_first_is_a_name(eng: DetectorEngine) -> None:
    text = "Critical value - Lopez, Maria: potassium 6.1, please call."
    assert "known_name" in {d for d, _, _ in hits(eng, text)}
    assert eng.detect([("subject", "Critical value - Lopez, Maria"), ("body", "potassium")]).phi


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Maria, for the slides.",  # "thanks" is no surname
        "Regards, Maria",
        "However, Maria said the room is booked.",
        "Maria, Lopez",  # first name first: not the inverted form
    ],
)
def test_comma_after_a_common_word_is_not_a_name(eng: DetectorEngine, text: str) -> None:
    assert not [d for d, s, e in hits(eng, text) if d == "known_name" and "," in text[s:e]]

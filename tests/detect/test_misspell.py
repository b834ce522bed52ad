"""Misspelt health terms (misspell.py): one edit away, same first letter, long enough, and
no word known elsewhere; looked for only in a part with no health word spelt right."""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.detect.misspell import Misspellings, one_edit


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        ("metforman", "metformin", True),  # changed
        ("cholestrol", "cholesterol", True),  # dropped
        ("epilepsey", "epilepsy", True),  # added
        ("alzhiemers", "alzheimers", True),  # swapped neighbours
        ("metformin", "metformin", False),  # the same word is no misspelling
        ("plavicks", "plavix", False),  # two edits
        ("nemonia", "pneumonia", False),
        ("abcdefgh", "badcefgh", False),  # two swaps
        ("metformi", "metformin", True),
        ("etformin", "metformin", True),
    ],
)
def test_one_edit(a: str, b: str, want: bool) -> None:
    assert one_edit(a, b) is want
    assert one_edit(b, a) is want


def test_find_marks_misspelt_terms_only() -> None:
    m = Misspellings(["metformin", "hypertension", "dementia", "flomax"], ["patient", "dementias"])
    text = "pt ran out of metforman, hx hypertention and dementias; on flowmax. patiant"
    got = [text[a:b] for a, b in m.find(text)]
    assert got == ["metforman", "hypertention", "flowmax"]
    # A different first letter, a short word, a known word, or the term itself: none.
    assert m.find("netformin xdementia dementi dementia") == [(20, 27)]  # "dementi" only
    assert m.find("dementi") == [(0, 7)]
    assert m.find("dement") == []  # six letters: too short to look at


@pytest.mark.parametrize("eng_name", ["engine", "re_engine"])
def test_misspelt_drug_makes_a_named_patient_phi(
    eng_name: str, request: pytest.FixtureRequest
) -> None:
    eng: DetectorEngine = request.getfixturevalue(eng_name)
    msg = "Hi, this is Maria Lopez. I ran out of my metforman two days ago, can you call it in?"
    found = eng.detect([("subject", "refill"), ("body", msg)])
    assert "misspelling" in {f.detector for f in found.findings}
    assert found.phi
    # Spelt right, the dictionary finds it and no misspelling is looked for.
    right = eng.detect([("body", msg.replace("metforman", "metformin"))])
    assert right.phi
    assert "misspelling" not in {f.detector for f in right.findings}
    # Everyday words one letter from a term are known words, not misspellings.
    plain = eng.detect([("body", "Hi, this is Maria Lopez. The concert was cancelled.")])
    assert not plain.phi
    assert "misspelling" not in {f.detector for f in plain.findings}


def test_looked_for_only_once_someone_is_identified(engine: DetectorEngine) -> None:
    question = "whats ur go-to for hypertention in pts who cant take lisinipril?"
    alone = engine.detect([("subject", "tx question"), ("body", question)])
    assert "misspelling" not in {f.detector for f in alone.findings}
    # A name in the Subject counts for the body after it.
    named = engine.detect([("subject", "Maria Lopez"), ("body", "out of lisinipril since fri")])
    assert "misspelling" in {f.detector for f in named.findings}
    assert named.phi

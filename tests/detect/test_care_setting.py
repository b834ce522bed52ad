"""Occupational health: terms that lift a business topic (``care_setting`` dictionaries).

Employment mail is a business topic ("employee", "employment"): there a name beside a health
term needs a patient word, a record identifier or a contact detail, so HR mail and job offers
are not PHI. In an occupational clinic's mail every message says "employee" and the worker is
the patient; a term only such a clinic writes lifts the topic for the whole message."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from gateway.detect.engine import DetectorEngine

# The same worker in the same kind of mail, with and without an occupational-health term.
MRO = (
    "Employee: Marcus Hale\nVerified positive for oxycodone; no valid prescription. Remove "
    "from safety-sensitive duty pending return-to-duty evaluation.\nThanks, employee services\n"
)
HR = (
    "Employee: Marcus Hale\nHe is on the oxycodone awareness training roster for March. "
    "Please add him to the employee portal.\nThanks, employee services\n"
)

OCC_PHI = [
    ("Drug test result", MRO),
    (
        "Audiogram follow-up",
        "EMPLOYEE: JOSHUA POPE\nBaseline audiogram 2019; today's shows a standard threshold "
        "shift in the left ear. Refit hearing protection; retest in 30 days.\n",
    ),
    (
        "Fitness for duty",
        "Officer David West was evaluated on 10/08/2026 at the department's request after "
        "the incident. Sources: clinical interview, MMPI-3.\n\nOpinion: currently FIT for "
        "duty with conditions: continued treatment for alcohol use disorder, in early "
        "remission.\n",
    ),
    (
        "MRO worksheet",
        "DONOR: JOSHUA POPE\nLAB RESULT: POSITIVE - marijuana metabolite\nDONOR STATES: "
        "PRESCRIPTION FOR cyclobenzaprine 10 mg\n",
    ),
]
OCC_NOT_PHI = [
    ("Training roster", HR),
    (
        "New hire paperwork",
        "Employee: Marcus Hale\nStart date 03/02. Flu shot clinic is open to all employees on "
        "Wednesday; benefits enrollment closes Friday.\n",
    ),
    (
        "Program update",
        "The medical review officer contract renews in March; audiogram booths in the press "
        "room are recalibrated yearly. Questions: Maria Lopez, employee services.\n",
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "phi"), [(*c, True) for c in OCC_PHI] + [(*c, False) for c in OCC_NOT_PHI]
)
def test_occupational_health_and_its_counterpart(
    eng: DetectorEngine,
    verdict: Callable[[DetectorEngine, str, str], bool],
    subject: str,
    body: str,
    phi: bool,
) -> None:
    assert verdict(eng, subject, body) is phi


def test_the_flag_not_the_term_lifts_the_topic(re_engine: DetectorEngine) -> None:
    """The same dictionary without ``care_setting``: its terms still count as health
    information, but the employment topic stands and the MRO's mail is not PHI."""
    spec = re_engine.spec
    occ = spec.dictionaries["occ_health"]
    assert occ.care_setting
    flat = dataclasses.replace(
        spec,
        dictionaries={
            **spec.dictionaries,
            "occ_health": dataclasses.replace(occ, care_setting=False),
        },
    )
    plain = DetectorEngine(flat, use_hyperscan=False)
    found = plain.detect([("subject", "Drug test result"), ("body", MRO)])
    assert "occ_health" in {f.detector for f in found.findings}
    assert not found.phi
    assert re_engine.detect([("subject", "Drug test result"), ("body", MRO)]).phi


def test_care_setting_only_on_health_dictionaries(
    tmp_path: Path, load_errors: Callable[[Path, str, str], list[str]]
) -> None:
    errors = load_errors(
        tmp_path,
        "p.yaml",
        "dictionaries:\n"
        "  words: {terms: [payroll], kind: non_care, care_setting: true}\n"
        "  occ: {terms: [audiogram], care_setting: often}\n"
        "rules:\n  - {name: a, when: {phi: true}, action: portal}\n",
    )
    assert f"{tmp_path / 'p.yaml'}:2:59: dictionaries.words.care_setting: only for health_info" in (
        errors
    )
    assert f"{tmp_path / 'p.yaml'}:3:43: dictionaries.occ.care_setting: expected true or false" in (
        errors
    )

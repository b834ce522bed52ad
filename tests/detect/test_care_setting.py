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


@pytest.mark.parametrize("key", ["misspellings", "care_setting"])
def test_flags_only_on_health_dictionaries(
    tmp_path: Path, load_errors: Callable[[Path, str, str], list[str]], key: str
) -> None:
    """Both options are for health_info dictionaries only, and take true or false (the
    two keys are the same length, so the columns are the same)."""
    errors = load_errors(
        tmp_path,
        "p.yaml",
        "dictionaries:\n"
        f"  words: {{terms: [payroll], kind: non_care, {key}: true}}\n"
        f"  occ: {{terms: [audiogram], {key}: often}}\n"
        "rules:\n  - {name: a, when: {phi: true}, action: portal}\n",
    )
    assert f"{tmp_path / 'p.yaml'}:2:59: dictionaries.words.{key}: only for health_info" in errors
    assert f"{tmp_path / 'p.yaml'}:3:43: dictionaries.occ.{key}: expected true or false" in errors

"""Rules added when tuning on the fresh22 (how busy people type) and fresh23 (allied and
out-of-hospital care) splits, each with a counterpart decided the other way.

All names and numbers here are made up; assertions compare detector names and verdicts only.
"""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.detect.templates import blank_merge_tags


def verdict(engine: DetectorEngine, subject: str, body: str) -> bool:
    return engine.detect([("subject", subject), ("body", body)]).phi


# -- a chart label with initials or a title and surname ----------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("pt MK 12/08/1962 - bx came back +", "path faxed over, invasive ductal ca L breast."),
        ("LMR 08/31/1953 LLE swelling - admit?", "ED doc wants obs, thoughts?"),
        ("R.T. (September 18, 1937) flu A +", "started tamiflu 75 BID x5d"),
        ("quick q", "Mrs. Okafor (04/16/1950) c/o CP x2d, NKDA. ok to give eliquis?"),
    ],
)
def test_initials_or_title_with_an_old_date_are_a_patient(
    eng: DetectorEngine, subject: str, body: str
) -> None:
    assert verdict(eng, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # An agency and a rule's date: the date is not a birth date.
        ("CMS 01/01/2019 rule", "Per CMS 01/01/2019 the diabetes codes changed."),
        ("FDA (March 4, 2016) label update", "New metformin label language."),
        # Initials mid-sentence are not a chart label.
        ("update", "The team met with AB 12/08/1962 memo in hand; diabetes rates rose."),
    ],
)
def test_agency_dates_and_mid_sentence_capitals_are_not(
    eng: DetectorEngine, subject: str, body: str
) -> None:
    assert not verdict(eng, subject, body)


# -- out-of-office replies: a business topic that leaves the DOB rule alone ---------------


def test_auto_reply_echoing_a_patient_subject_is_phi(eng: DetectorEngine) -> None:
    subject = "Automatic reply: Arthur Stewart January 29, 1956 CBC results"
    body = "I am out of the office until 06/19/2026. For urgent matters page 361-555-4690."
    found = eng.detect([("subject", subject), ("body", body)])
    assert found.phi
    assert "auto_reply" in {f.detector for f in found.findings}


def test_auto_reply_naming_a_colleague_near_care_words_is_not(eng: DetectorEngine) -> None:
    body = (
        "I am out of the office until 06/19/2026. If you are in crisis, call 988 or go to the "
        "nearest emergency room. For scheduling questions contact Dana Whitfield at "
        "415-555-0142; current clients can reach our covering clinician, Sam Ortiz, LCSW."
    )
    assert not verdict(eng, "Automatic reply: Re: scheduling", body)


# -- clinical shorthand ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "invasive ductal ca",
        "bx came back +",
        "flu A +",
        "strep pos",
        "c/o CP",
        "HA x3d",
        "n/v/d x2 days",
        "LLE swelling",
        "passive SI",
        "SI w/o plan",
    ],
)
def test_shorthand_is_health_information(eng: DetectorEngine, text: str) -> None:
    assert verdict(eng, "note", f"Maria Lopez: {text}.")


@pytest.mark.parametrize(
    "text",
    [
        "ship to Paul Smith c/o Acme Corp",  # "care of"
        "the SI unit of length",
        "HA HA, see you at 3",
        "flu season starts; get your shot",
    ],
)
def test_shorthand_lookalikes_are_not(eng: DetectorEngine, text: str) -> None:
    assert "clinical_shorthand" not in {f.detector for f in eng.detect([("body", text)]).findings}


# -- a numbered dialysis chair is not a committee chair -----------------------------------


def test_dialysis_chair_does_not_make_the_patient_staff(eng: DetectorEngine) -> None:
    assert verdict(eng, "Chair 14 - Weaver, Alison - pre-dialysis potassium 6.4", "See her.")


def test_committee_chair_is_still_a_role(eng: DetectorEngine) -> None:
    body = "Thanks to Alison Weaver, chair of the dialysis quality committee, for the update."
    assert not verdict(eng, "Committee", body)


# -- merge tags in CamelCase -------------------------------------------------------------


def test_camel_case_merge_tags_are_blanked() -> None:
    text = "Hi [PatientFirstName], due on [DueDate] at [PracticeName]; [McDonald] stays."
    out = blank_merge_tags(text)
    assert len(out) == len(text)
    assert "[" not in out.replace("[McDonald]", "")
    assert "[McDonald]" in out


# -- handoff phrasing, plan shorthand and research participants ------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("intake tmrw", "William Price for intake 10am, PHQ-9 = 21, passive SI no plan."),
        ("schedule", ">> also pls add Jennifer Mitchell on for D&C 07/13, dx DKA, NPO"),
        ("squeeze in?", "Lopez, Maria calling w/ fever 102.6, hx asthma. any slot today?"),
        ("mbr id XJH678836686 Robert Woods PA", "faxed clinicals"),
        ("SAE report - subject PT-1127 (E.V.)", "Event: an infusion reaction. Study drug held."),
        ("AE", "Participant #204-0032 in the TIDE trial had an infusion reaction."),
        ("handoff", "rm 214-A - Fields, Lindsay 79F - stage 3 sacral decub, on coumadin 5."),
        ("pls call", "Adrienne Diaz (243) 555-6306 wants results of her UA from last wk."),
        ("Chair 14 - Kemp, Destiny - Kt/V 1.08", "See her before the next shift."),
    ],
)
def test_handoffs_plans_and_participants(eng: DetectorEngine, subject: str, body: str) -> None:
    assert verdict(eng, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # "for consult" about a budget, not care: no health term follows in the sentence.
        ("Staff", "Maria Lopez for consult on the new program budget."),
        # A quoted header "Subject:" and a subject number with no study word near it.
        ("Fwd: figures", "Subject: 2024-05 enrolment figures; diabetes arm at 40 people."),
        ("Lab", "subject 101-004 of the chemistry course covers diabetes."),
        # An aggregate safety summary: events, no participant.
        ("DSMB", "Three infusion reactions across both arms; no serious adverse event."),
    ],
)
def test_their_lookalikes_are_not(eng: DetectorEngine, subject: str, body: str) -> None:
    assert not verdict(eng, subject, body)


@pytest.mark.parametrize(
    "said",
    [
        "my chest feels tight",
        "her feet are real swollen",
        "i cant catch my breath",
        "im dizzy every time i stand up",
        "my sugar was 380 this morning",
        "his heart keeps racing",
    ],
)
def test_symptoms_in_patients_words(eng: DetectorEngine, said: str) -> None:
    body = f"Transcription: hi this is Maria Lopez um {said} so please call me back"
    assert verdict(eng, "Voicemail", body)


@pytest.mark.parametrize(
    "said",
    ["my heart is full", "i cant sleep on planes", "my back is to the wall", "her face is on TV"],
)
def test_everyday_phrases_are_not_symptoms(eng: DetectorEngine, said: str) -> None:
    assert "lay_symptom" not in {
        f.detector for f in eng.detect([("body", f"Maria Lopez says {said}.")]).findings
    }

"""Rules added when tuning on the fresh24 (mail written by machines) and fresh25 (the people
around the patient, in their own words) splits, each with a counterpart decided the other
way.

All names and numbers here are made up; assertions compare verdicts only.
"""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorEngine, fold_accents
from gateway.detect.whose import _breaks


def verdict(engine: DetectorEngine, subject: str, body: str) -> bool:
    return engine.detect([("subject", subject), ("body", body)]).phi


PHI = [
    # relatives as families name them: brackets, "is", in-laws, an age word
    (
        "FW: Dad update",
        "Hi all. Hospice nurse came today. Dad (Erik Miller) is sleeping most of the day now. "
        "She upped the morphine to every 4 hours.",
    ),
    ("Chemo rota", "Here's who is taking Dad to chemo. Dad is Wyatt Marshall.\n 03/28 - me"),
    (
        "question",
        "My father-in-law Brett Osborne came home from the hospital yesterday and the new "
        "blood thinner list doesn't match the bottle.",
    ),
    ("worried", "Our 15-year-old daughter Megan Klein has had migraines every day this week."),
    # the same in Tagalog, Haitian Creole, Polish and Vietnamese
    (
        "Tungkol kay Tita",
        "Ako po ang pamangkin ni Pamela Parker. Kailangan na niyang mag-dialysis dahil sa "
        "sakit sa bato.",
    ),
    ("Pitit mwen malad", "Bonjou, Pitit mwen Valerie Becker gen lafyèv depi yè swa."),
    ("Pytanie", "Dzień dobry, mój mąż Charles Beard jest po drugiej chemii i ma gorączkę 38,7."),
    (
        "Con trai tôi bị ho",
        "Con trai tôi, Amanda Taylor, bị ho và khò khè ba đêm rồi. Cháu đã xịt thuốc suyễn.",
    ),
    # employers, firms and carriers writing about the person they represent
    (
        "Return-to-work clearance",
        "Our employee Benjamin Gonzalez has been out since 08/31/2026 after surgery on the "
        "right shoulder. We need a note with any restrictions.",
    ),
    (
        "Letter of protection",
        "Our firm represents Shawn Reed, who is treating at your office for whiplash and a "
        "concussion after a fall.",
    ),
    # a name alone on the first line, as a confirmation addresses its reader
    (
        "Your appointment is confirmed",
        "CONFIRMATION #JBO1N3OC\nBRANDON CARRILLO\n\nYou're scheduled for: Wound Care Visit\n"
        "Please bring your medication bottles, including your albuterol inhaler.",
    ),
    # marks of self-harm as a parent finds them
    (
        "worried about our teenager",
        "Our daughter Megan Klein has been staying in her room, and I found cuts on both arms "
        "last night.",
    ),
    # an exported record: the MRN as a JSON key
    (
        "Med rec export failed validation",
        '{"patient_mrn": "30743764", "medications": [{"name": "Lyrica", "status": "on hold"}]}',
    ),
]

NOT_PHI = [
    # the same relative forms with nothing about health
    ("Saturday", "Dad (Erik Miller) is coming to the barbecue. Bring the potato salad."),
    # Tagalog "kay" is "to": a contact person for a health fair
    (
        "Libreng health screening",
        "Libreng pagsusuri ng blood pressure at blood sugar pagkatapos ng misa. Para sa tanong, "
        "tumawag kay Andrea Perry.",
    ),
    # a firm's client in a dispute about something else
    ("Engagement", "Our firm represents Shawn Reed in the lease dispute with the landlord."),
    # a signature after second-person care words is the writer, not the reader
    (
        "Reminder",
        "Please bring your inhaler and your metformin to your visit.\n\nThanks,\nMarie Rocha",
    ),
    # roles and schools after "Dear" are not names
    (
        "Thank you from the PTA",
        "Dear Nurse Smith,\n\nThank you for talking to our second graders about covering "
        "coughs.\n\nMary Johnson, PTA President",
    ),
    (
        "From the school nurse",
        "Dear Roosevelt Middle School families,\n\nPlease keep children home until they are "
        "fever-free for 24 hours.",
    ),
    # a health fair in Portuguese: "Feira de Saude" is no one's name
    (
        "Feira de Saúde gratuita neste sábado",
        "Medição de pressão e glicose, orientação sobre diabetes e hipertensão.",
    ),
    # a talk someone gave: "attended" is no care event
    (
        "CME",
        "I attended Maria Lopez's talk on asthma care with Dr. Rogers today. Slides to follow.",
    ),
    # a horse's vet care
    (
        "farrier and vet this week",
        "Barn update: the mare has a hoof abscess on the left front. The equine vet wrapped it. "
        "Christy Tyler and Mr. Jonathan Summers are doing the soaks.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PHI)
def test_people_around_the_patient_are_phi(eng: DetectorEngine, subject: str, body: str) -> None:
    assert verdict(eng, subject, body)


@pytest.mark.parametrize(("subject", "body"), NOT_PHI)
def test_their_counterparts_are_not(eng: DetectorEngine, subject: str, body: str) -> None:
    assert not verdict(eng, subject, body)


def test_vietnamese_letters_with_two_marks_fold_one_for_one() -> None:
    text = "Nguyễn đường huyết"
    folded = fold_accents(text)
    assert folded == "Nguyen duong huyet"
    assert len(folded) == len(text)  # offsets unchanged


def test_a_titles_full_stop_ends_no_sentence() -> None:
    text = "I attended Robert's follow-up with Dr. Rogers today. Mr. Lee and Mrs. Ortiz came. Done."
    ends = [text[:i].rsplit(" ", 1)[-1] for i in _breaks(text)]
    assert ends == ["today.", "came.", "Done."]

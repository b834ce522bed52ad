"""The general rules added when tuning on the fresh2/fresh3 splits: each with a case it must
decide one way and a near-identical counterpart it must decide the other way.

All names and numbers here are made up; assertions compare detector names and verdicts only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect.engine import Detection, DetectorEngine
from gateway.model import Confidence
from gateway.policy import PolicyEngine, PolicyLoadError, PolicySettings


def found(engine: DetectorEngine, text: str) -> dict[str, Confidence]:
    out: dict[str, Confidence] = {}
    for _part, hits in engine.detect([("body", text)]).hits:
        for h in hits:
            out[h.detector] = max(out.get(h.detector, Confidence.LOW), h.confidence)
    return out


def detect(engine: DetectorEngine, subject: str, body: str) -> Detection:
    return engine.detect([("subject", subject), ("body", body)])


def phi(engine: DetectorEngine, text: str) -> bool:
    return engine.detect([("body", text)]).phi


# -- chart label: a name followed by a pre-2020 full date is a name with its DOB -------------


@pytest.mark.parametrize(
    "subject",
    [
        "FW: Maria Lopez 03/14/1975",
        "Lopez, Maria 1975-03-14 - path report",
        "Maria Lopez (March 14, 1975)",
        "Lopez, Maria - 3/14/1975",
    ],
)
def test_chart_label_is_an_identity_in_the_subject(eng: DetectorEngine, subject: str) -> None:
    det = detect(eng, subject, "FYI")
    assert det.phi and det.phi_parts == frozenset({"subject"})


def test_chart_label_needs_an_old_full_date(eng: DetectorEngine) -> None:
    # A recent date next to a name is a meeting or a visit, not a date of birth.
    assert not detect(eng, "FW: Maria Lopez 03/14/2026", "FYI").phi
    assert "dob" not in found(eng, "Maria Lopez 03/14/2026")
    # Not right after the name: a date elsewhere in the line is not a chart label either.
    assert not detect(eng, "FW: Maria Lopez, meeting on 03/14/1975", "FYI").phi
    assert found(eng, "Maria Lopez 03/14/1975")["dob"] == Confidence.HIGH
    # "born" makes it a birth date in prose (medium), as for the labelled form.
    assert found(eng, "Maria Lopez, born 03/14/1975")["dob"] == Confidence.MEDIUM


def test_chart_label_in_non_care_mail_is_not_an_identity(eng: DetectorEngine) -> None:
    assert not detect(eng, "Maria Lopez 03/14/1975", "Itinerary: seat 14C, passenger list").phi
    assert detect(eng, "Maria Lopez 03/14/1975", "Seat 14C").phi


# -- names: care-role labels and care events --------------------------------------------------


def test_care_role_label_names_someone(eng: DetectorEngine) -> None:
    # A surname outside the census lists: found only through the label.
    assert found(eng, "Referral: Amrita Xyzzaro")["person_name"] == Confidence.MEDIUM
    assert found(eng, "Guarantor: Amrita Xyzzaro")["person_name"] >= Confidence.MEDIUM
    assert "person_name" not in found(eng, "Referral: New Patient")
    assert "person_name" not in found(eng, "Amrita Xyzzaro")


def test_name_before_a_care_event(eng: DetectorEngine) -> None:
    text = "Amrita Xyzzaro was discharged yesterday after treatment for gout."
    assert "person_name" in found(eng, text)
    assert phi(eng, text)
    hired = "Amrita Xyzzaro was hired yesterday; she had gout once."
    assert "person_name" not in found(eng, hired)
    assert not phi(eng, hired)


# -- the person + health rule ------------------------------------------------------------------


def test_prose_birth_date_alone_names_no_one(eng: DetectorEngine) -> None:
    bio = "Our keynote speaker was born 03/14/1975 in Chicago and studies diabetes."
    assert found(eng, bio)["dob"] == Confidence.MEDIUM
    assert not phi(eng, bio)
    assert phi(eng, "Maria Lopez was born 03/14/1975 in Chicago and has diabetes.")


def test_business_topic_needs_a_tie_to_a_patient(eng: DetectorEngine) -> None:
    offer = (
        "Dear Maria Lopez,\nWe are pleased to send your offer of employment. Please complete "
        "the pre-employment drug screen.\n"
    )
    assert "non_care_topic" in found(eng, offer)
    assert not phi(eng, offer)
    # Without the topic words the same greeting and health term are PHI...
    assert phi(eng, "Dear Maria Lopez,\nPlease complete the drug screen.\n")
    # ...and with them, a name tied to a patient still is.
    assert phi(eng, offer.replace("Dear Maria Lopez", "Patient: Maria Lopez"))
    assert phi(eng, offer + "SSN 536-90-4399\n")


def test_celebration_words_do_not_override_health_information(eng: DetectorEngine) -> None:
    # Medium non_care words only switch off the name + DOB rule.
    assert phi(eng, "Congratulations Maria Lopez on finishing chemo for breast cancer!")
    assert not phi(eng, "Congratulations Maria Lopez!\nDate of birth: 03/14/1975")


def test_name_with_a_labelled_ssn_is_a_patients_identity(eng: DetectorEngine) -> None:
    # Like a name with a labelled DOB: no health word needed in a care organisation's mail.
    assert phi(eng, "Eligibility check: Maria Lopez SSN 536-90-4399, ran it this morning.")
    # Unlabelled, the number is not known to be an SSN; in payroll mail it is an employee's.
    assert not phi(eng, "Eligibility check: Maria Lopez 536-90-4399, ran it this morning.")
    assert not phi(eng, "Payroll: Maria Lopez SSN 536-90-4399 for the W-2 correction.")


@pytest.mark.parametrize(
    "topic",
    ["your passport", "jury duty", "the court summons", "credentialing", "the staff gym"],
)
def test_non_care_topics_switch_off_the_identity_rule(eng: DetectorEngine, topic: str) -> None:
    base = "Maria Lopez, date of birth 03/14/1975."
    assert phi(eng, base)
    assert not phi(eng, f"{base} About {topic}.")


# -- whose health? a bare name and health information ----------------------------------------


def test_bare_name_counts_only_near_health_information(eng: DetectorEngine) -> None:
    # Same part, same sentence or the next: the health term is taken as the person's.
    assert phi(eng, "Maria Lopez's MRI of the lumbar spine is scheduled for Friday.")
    assert phi(eng, "Please excuse Maria Lopez from work this week. She was seen for gout.")
    # A staff name far from a disease word in a newsletter item is not a patient's.
    far = (
        "Step challenge results: Maria Lopez walked the most steps this month and "
        "wins the trophy. Next challenge starts on the first of the month, sign up at the "
        "front desk by Friday, bring comfortable shoes and a water bottle.\n\nTip of the "
        "month: a daily walk lowers the risk of type 2 diabetes."
    )
    assert found(eng, far)["known_name"] == Confidence.MEDIUM
    assert not phi(eng, far)
    # A patient word near the name ties it to the health term wherever that is.
    assert phi(eng, far.replace("Maria Lopez walked", "our patient Maria Lopez walked"))
    # So does any other identifier that is a patient's (an SSN).
    assert phi(eng, far + "\nSSN 536-90-4399")


def test_name_in_the_subject_is_what_the_message_is_about(eng: DetectorEngine) -> None:
    body = "Wound on the left heel improving. Continues metformin. Next visit Tuesday."
    assert detect(eng, "Weekly update - Maria Lopez", body).phi
    # A bare name in the body is not tied to a health term that only the Subject has.
    assert not detect(eng, "Free skin cancer screening", "Questions? Call Maria Lopez.").phi
    assert not detect(eng, "Skin cancer screening day", "Hosts: Maria Lopez and team.").phi
    assert detect(eng, "Skin cancer screening", "Patient: Maria Lopez").phi


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        (
            "Congratulations to Maria Lopez and colleagues, whose study of adults with asthma "
            "was published this week.",
            "Congratulations Maria Lopez on your recovery from asthma!",
        ),
        (
            "Staff flu shots on Monday. Pharmacist Maria Lopez will answer questions about "
            "metformin.",
            "Flu shots on Monday. Maria Lopez will answer questions about her metformin.",
        ),
        (
            "Free diabetes screening on Saturday. Questions: Maria Lopez, extension 4410.",
            "Free diabetes screening on Saturday. Maria Lopez, 58, has diabetes.",
        ),
        (
            "The walk for breast cancer research was led by Maria Lopez.",
            "At the walk we met Maria Lopez, who is being treated for breast cancer.",
        ),
    ],
)
def test_name_in_a_staff_or_public_role_is_not_a_patient(
    eng: DetectorEngine, text: str, patient: str
) -> None:
    assert "role" in found(eng, text)
    assert not phi(eng, text)
    # The same name, tied by its sentence to the health term, is a patient's.
    assert phi(eng, patient)


def test_role_word_must_be_next_to_the_name(eng: DetectorEngine) -> None:
    # "congratulations on ..." is said to patients too; "questions about" is not a role.
    assert phi(eng, "Congratulations Maria Lopez on finishing chemo for breast cancer!")
    assert phi(eng, "Maria Lopez had questions about her metformin dose.")
    # A patient word near the name wins over a role word.
    assert phi(eng, "Thanks to our patient Maria Lopez for sharing her story of asthma.")


# -- one span, one meaning ----------------------------------------------------------------------


def test_name_inside_a_street_address_is_a_street(eng: DetectorEngine) -> None:
    text = "Deliver the insulin syringes to 7231 Wilson Hills by Friday."
    assert "known_name" not in found(eng, text)
    assert not phi(eng, text)
    # The same name outside an address is a person.
    assert phi(eng, "Wilson Hills needs the insulin syringes at home.")


def test_address_whose_number_is_a_year_is_not_an_address(eng: DetectorEngine) -> None:
    det = detect(eng, "DOB July 14, 1941 Martin Green", "Chart attached.")
    assert det.phi and "subject" in det.phi_parts
    assert "street_address" not in {f.detector for f in det.findings}
    assert "street_address" in found(eng, "He moved to 1941 Martin Green last year.")


def test_provider_number_is_not_a_record_number(eng: DetectorEngine) -> None:
    credentialing = "Provider: Maria Lopez, MD\nDate of birth: 03/14/1975\nNPI: 1245319599\n"
    got = found(eng, credentialing)
    assert got["npi"] == Confidence.HIGH and "mrn" not in got
    # The same number without a valid NPI reading stays a possible record number.
    assert "mrn" in found(eng, "Maria Lopez\nDate of birth: 03/14/1975\nID 1245319598\n")


# -- dictionaries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Mother called about the rash", "symptom"),
        ("new chest pain since Monday", "symptom"),
        ("your prescription is ready", "care"),
        ("Explanation of benefits for the claim", "care"),
        ("history of sciatica", "condition"),
        ("started Eliquis and Jardiance", "medication"),
        ("critical value called to the office", "lab_test"),
        ("scheduled carpal tunnel release", "procedure"),
    ],
)
def test_new_dictionary_terms(eng: DetectorEngine, text: str, detector: str) -> None:
    assert found(eng, text)[detector] == Confidence.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Tia Smith from the CAD team, Washington D.C. office, paid in CHF",
        "Your visit to our booth and your results in the survey",
    ],
)
def test_ambiguous_words_are_not_health_terms(eng: DetectorEngine, text: str) -> None:
    kinds = {h.kind.value for _p, hits in eng.detect([("body", text)]).hits for h in hits}
    assert "health_info" not in kinds


def test_near_health_must_be_a_sane_number(tmp_path: Path) -> None:
    ident = (
        "identifiers:\n  nick:\n    kind: name\n    near_health: {n}\n"
        "    patterns: ['\\\\bNick [A-Z][a-z]+\\\\b']\n"
        "rules:\n  - {{name: a, when: {{phi: true}}, action: portal}}\n"
    )
    (tmp_path / "p.yaml").write_text(ident.format(n=-1))
    with pytest.raises(PolicyLoadError) as info:
        PolicyEngine.load(PolicySettings(dir=tmp_path))
    # file:line:col of the offending value, then the key path.
    assert f"{tmp_path / 'p.yaml'}:4:18: identifiers.nick.near_health: expected 0..100000" in (
        info.value.errors
    )
    (tmp_path / "p.yaml").write_text(ident.format(n=50))
    spec = PolicyEngine.load(PolicySettings(dir=tmp_path)).detector.spec
    assert spec.identifiers["nick"].near_health == 50


def test_proximity_index_matches_the_plain_definitions() -> None:
    """_Near answers by bisection what the rule defines as a scan over the part's hits
    (the scan made a message of repeated names quadratic)."""
    import random

    from gateway.detect.engine import _ROLE_GAP, Hit, Kind, _is_health, _Near

    rng = random.Random(200)
    kinds = [Kind.ROLE, Kind.HEALTH_INFO, Kind.NAME, Kind.PERSON]
    for _ in range(3000):
        hits = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 300)
            conf = rng.choice([Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH])
            kind = rng.choice(kinds)
            hits.append(Hit("x", kind, start, start + rng.randint(1, 20), conf, False))
        index = _Near(hits)
        chars = rng.randint(0, 60)
        for h in hits:
            in_role = any(
                r.kind is Kind.ROLE
                and (0 <= h.start - r.end <= _ROLE_GAP or 0 <= r.start - h.end <= _ROLE_GAP)
                for r in hits
            )
            near = any(
                _is_health(x) and x.start - h.end <= chars and h.start - x.end <= chars
                for x in hits
            )
            assert index.in_role(h) is in_role
            assert index.health_near(h, chars) is near


def test_misread_filter_matches_the_plain_definition() -> None:
    """_drop_misread by bisection equals the rule written as scans over the hits."""
    import random

    from gateway.detect.engine import _NAME_CONTAINERS, Hit, Kind, _drop_misread

    def plain(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
        def overlaps(a: Hit, b: Hit) -> bool:
            return a.start < b.end and b.start < a.end

        containers = [h for h in hits if h.detector in _NAME_CONTAINERS]
        providers = [h for h in hits if h.kind is Kind.PROVIDER]
        dates = [h for h in hits if h.kind is Kind.BIRTH_DATE]
        misread = {c for c in containers if any(overlaps(c, d) for d in dates)}
        kept = [c for c in containers if c not in misread]
        return tuple(
            h
            for h in hits
            if h not in misread
            and not (h.kind is Kind.NAME and any(overlaps(c, h) for c in kept))
            and not (
                h.kind in (Kind.HEALTH_ID, Kind.PERSON)
                and any(
                    p.start <= h.start and h.end <= p.end and p.confidence > h.confidence
                    for p in providers
                )
            )
        )

    container = sorted(_NAME_CONTAINERS)[0]
    shapes = [
        (container, Kind.PERSON),
        ("dob", Kind.BIRTH_DATE),
        ("known_name", Kind.NAME),
        ("npi", Kind.PROVIDER),
        ("mrn", Kind.HEALTH_ID),
        ("account_number", Kind.PERSON),
    ]
    rng = random.Random(786)
    for _ in range(3000):
        hits = []
        for _ in range(rng.randint(0, 10)):
            start = rng.randint(0, 120)
            det, kind = rng.choice(shapes)
            conf = rng.choice([Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH])
            hits.append(Hit(det, kind, start, start + rng.randint(1, 25), conf, False))
        assert _drop_misread(tuple(hits)) == plain(tuple(hits))

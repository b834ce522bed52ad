"""Whose health? (gateway/detect/whose.py): a bare name counts for the person + health rule
only where its sentence links it to the health term. Each cue has a sentence it must link and
a near-identical one it must not, run through the full detector (Hyperscan and re).

All names are made up; assertions compare verdicts only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.detect.whose import Links
from gateway.model import Confidence


def phi(engine: DetectorEngine, text: str) -> bool:
    return engine.detect([("body", text)]).phi


# (cue, linked: PHI, unlinked counterpart: not PHI)
PAIRS = [
    (
        "possessive",
        "Maria Lopez's colonoscopy moved to Friday.",
        "Maria Lopez's lab found that metformin slows colon cancer in mice.",
    ),
    (
        "apposition",
        "Seen today:\nMaria Lopez, asthma\nJohn Carter - gout",
        "Seen today: Maria Lopez and the asthma education team.",
    ),
    (
        "predicate",
        "Maria Lopez was just started on Plavix.",
        "Maria Lopez wrote the new Plavix order set for the unit.",
    ),
    (
        "predicate with an adverb inside",
        "Maria Lopez called again about the nausea.",
        "Maria Lopez called a meeting of the whole department on nausea.",
    ),
    (
        "pronoun in the next sentence",
        "Maria Lopez phoned this morning. She is on digoxin now.",
        "Maria Lopez phoned this morning. Patients on digoxin need a level.",
    ),
    (
        "pronoun possessive",
        "Maria Lopez keeps her insulin in the nurse's office.",
        "Maria Lopez praised her research on insulin at the meeting.",
    ),
    (
        "demographics",
        "Maria Lopez, 67, end-stage COPD, family asks for hospice.",
        "Maria Lopez, from Acme, presented on COPD.",
    ),
    (
        "bed",
        "Bed 12 (Maria Lopez) watch for wheezing overnight.",
        "Team 12 (Maria Lopez) covers wheezing lectures overnight.",
    ),
    (
        "relation",
        "My father Maria Lopez was told he may have melanoma.",
        "My colleague Maria Lopez was told about the melanoma study.",
    ),
    (
        "relation, a name outside the census lists",
        "My mother, Gaurika Sankar, is scheduled for a colonoscopy on Friday.",
        "My husband Gaurav Sankar and I will be at the diabetes gala on Friday.",
    ),
    (
        "greeted by first name",
        "Hi Maria,\nWe could not refill your Lasix: no refills left.",
        "Hi Maria,\nThe diabetes walk is on Saturday. Bring your friends!",
    ),
    (
        "age and sex after a name outside the census lists",
        "Consult request: Gaurika Sankar, 67F, gout",
        "Consult request: Gaurika Sankar, gout education booth",
    ),
    (
        "salutation on its own line",
        "Maria Lopez,\nThis is a reminder of your appointment for your colonoscopy.",
        "Maria Lopez,\nThis is a reminder of the staff colonoscopy lecture.",
    ),
    (
        "a family member's health, told by the writer",
        "Hello, my son (born 03/04/2019) started the amoxicillin yesterday.\nMaria Lopez",
        "Hello, the amoxicillin shortage is over, my son says.\nMaria Lopez",
    ),
    (
        "the name said again as a role noun",
        "About Maria Lopez, seen weekly since May. Lately the client has reported nausea.",
        "About Maria Lopez, seen weekly since May. Lately clients have reported nausea.",
    ),
    (
        "a health term naming a product",
        "Maria Lopez is still on Lasix.",
        "Maria Lopez from Acme will drop off Lasix samples.",
    ),
    (
        "a surname alone, by bed or room",
        "Ortiz in rm 4 - 67yo, here for chest pain, took her Lasix this am.",
        "Meeting in room 4 about the chest pain guideline.",
    ),
    (
        "symptom in lay words",
        "Maria Lopez has had pain in the lower right belly since Sunday.",
        "Maria Lopez has had trouble with the back office printer since Sunday.",
    ),
    (
        "care object",
        "Can someone check on Maria Lopez tomorrow? Post-op day 2 after appendectomy.",
        "Can someone thank Maria Lopez tomorrow? Great talk on appendectomy.",
    ),
    (
        "for",
        "Wheelchair van for Maria Lopez on Monday, going to dialysis.",
        "Round of applause for Maria Lopez at the dialysis fun run.",
    ),
    (
        "first person",
        "Thank you to 4 West for the care after my appendectomy.\nMaria Lopez",
        "Thank you to 4 West for the care after the appendectomy study.\nMaria Lopez",
    ),
    (
        "second person with a greeting",
        "Hello Maria Lopez, your A1c was 9.1 today.",
        "Hello Maria Lopez, the A1c analyzer demo is today.",
    ),
    (
        "other people's health",
        "Maria Lopez has gout.",
        "Maria Lopez cares for patients recovering from gout.",
    ),
    (
        "self-introduction",
        "hi its Terri Gibson again. the Strattera is making my face peel.",
        "Hi, this is Terri Gibson from Acme. I can bring Strattera samples on Friday.",
    ),
    (
        "self-introduced first name",
        "hi its Patrick again. the Strattera is making my face peel.",
        "hi its Patrick again. the Strattera samples for the clinic are in.",
    ),
    (
        "contracted pronoun without its apostrophe",
        "Julie Oliver cancelled. shes in the ED w keratoconus.",
        "Julie Oliver cancelled. The ED keratoconus poster is done.",
    ),
    (
        "stopped as a care predicate",
        "Kristi Pratt stopped the Strattera two weeks ago.",
        "Kristi Pratt stopped by the Strattera booth at the conference.",
    ),
    (
        "complaint adjective on a body part",
        "Kristi Pratt has had a swollen jaw since Monday.",
        "Kristi Pratt has had a busy week since Monday.",
    ),
    (
        "a Spanish relative (accents folded)",
        "Mi mamá, Rosa Zamudio, recibe quimioterapia los jueves.",
        "La señora Rosa Zamudio habla de la quimioterapia en la radio.",
    ),
    (
        "Spanish first person",
        "Hola, tengo epilepsia y no puedo manejar.\nGracias,\nMark Leon",
        "Hola, la clínica abre un grupo de epilepsia.\nGracias,\nMark Leon",
    ),
    (
        "a first-person sentence signed by the name",
        "the Qvar is making me feel weird, is that normal?\nthx\nJames Roberts",
        "the Qvar samples are in the cabinet.\nthx\nJames Roberts",
    ),
    (
        "a care term that is itself the reader's",
        "Hi Catherine,\nHere is your prescription from Dr. Norris.",
        "Hi Catherine,\nHere is the prescription drug price list.",
    ),
    (
        "the bed before the surname",
        "Bed 14 Flynn - troponin critical, paged the resident.",
        "Bed 14 cleaned - troponin analyzer serviced, Flynn signed off.",
    ),
    (
        "a title outranks a patient word; a greeting before one does not",
        "Hi Brenda - Dr. Stone looked at your CTA chest; your SVT is the same.",
        "Do not comment on any patient. Dr. Maria Lopez will explain SVT to reporters.",
    ),
    (
        "a credential after the name",
        "Patient Thomas Ferguson - glaucoma follow-up in 3 months.",
        "Thomas Ferguson, MD - glaucoma - accepting new patients.",
    ),
    (
        "a firm named for its partners is no one",
        "Re: Gilbert Cox - pink eye and UTIs, call back",
        "Re: Cox, Gilbert and Elliott Virtual Care - pink eye and UTIs now $49",
    ),
    (
        "a record's labelled health field after the name",
        "Vanessa Clark is at visit 11 of 12.\nDx on the auth is alopecia areata.",
        "Vanessa Clark is at the front desk today.\nAlopecia areata is the topic of Friday's talk.",
    ),
    (
        "a second-person sentence to the greeted reader",
        "Hi Jessica,\nYour pathology is back from the shave biopsy on the left shoulder.",
        "Hi Jessica,\nIf your child needs a shave biopsy, the clinic can do it.",
    ),
    (
        "a surname after an honorific",
        "Mrs. Barr - plantar ulcer measurements wk 4",
        "Mrs. Barr retires Friday; cake in the break room.",
    ),
    (
        "a first name as the subject of a care statement",
        "Mom called. Melissa is the one with the peanut allergy; bring the EpiPens.",
        "Mom called. Melissa has the new peanut allergy guideline slides.",
    ),
    (
        "an eponym is not a name",
        "Mom called. Barrett has Crohn's disease and is due for a scope.",
        "Barrett's esophagus in adults is the topic of grand rounds.",
    ),
    (
        "characters of a story are not patients",
        "Hazel has thyroid cancer; her mother called the clinic.",
        "The book club reads a novel this month. Hazel has thyroid cancer and carries oxygen.",
    ),
    (
        "a desk named after patients is no patient word",
        "Callers: patient Benjamin Cooper asked about refills of empagliflozin.",
        "Callers asking about refills of empagliflozin hear a message.\n"
        "- Benjamin Cooper, patient access manager",
    ),
    (
        "a credential starts no sentence",
        "We need help with ADHD for my son Megan. Do you take new patients?",
        "8:30 Lindsay Peterson, DO - ADHD in adults: pearls for primary care",
    ),
    (
        "a topic word after the term, in its own sentence only",
        "Maria Lopez has asthma.\n\nOur book club meets Monday.",
        "Maria Lopez: asthma registry logic now needs two visits a year apart.",
    ),
    (
        "the writer's tie to the patient in a signature",
        "The bottle of morphine is almost empty.\nThomas Reed (daughter of Maria Lopez)",
        "The bottle of morphine is almost empty.\nThomas Reed (director of Maria Lopez Hospice)",
    ),
    (
        "an event in lower case right after the name",
        "Dtr called, Maria Lopez fell last night, now c/o dizziness.",
        "Speakers: Maria Lopez Dizziness Clinic, then lunch.",
    ),
    (
        "a first name with the age after it",
        "Nicholas (the 72yo from rm 6, s/p TKA) needs f/u in 2 wks.",
        "Nicholas (the team lead, s/p TKA rollout) needs the deck in 2 wks.",
    ),
    (
        "thanks to everyone, in the first person",
        "Thank you Dr. Bailey and everyone for getting me through the colonoscopy.\nJennifer Davis",
        "Thank you Dr. Bailey; everyone with colitis gets me a form.\nJennifer Davis",
    ),
    (
        "I&D is no first-person word",
        "I had an I&D of a thigh abscess last week.\nJames Miller",
        "Patients waiting on I&D of a thigh abscess drove up LOS.\n"
        "James Miller will present the escalation process.",
    ),
    (
        "a care instruction to the greeted reader",
        "Hi Kari,\n\nDr. Brown wants you to:\n- Tonight at 9:30 pm: trigger with Ovidrel\n",
        "Hi Kari,\n\nThe Ovidrel rep visits Tuesday; lunch is in the break room.\n",
    ),
    (
        "a labelled field a few words before the term",
        "Tyler Edwards is at visit 11 of 12. Dx on the auth is chronic spontaneous urticaria.",
        "Tyler Edwards is at visit 11 of 12. The auth form lists chronic spontaneous urticaria "
        "as an example.",
    ),
    (
        "a text message's vocative line",
        "Benjamin, Dr. Hunter wants to see you for the thyroid biopsy on Friday.",
        "Benjamin, Dr. Hunter wants the thyroid biopsy slides for grand rounds.",
    ),
    (
        "the reader on a waitlist for care",
        "Hi Maria,\nwe have you on our waitlist for a sleep study; a slot opened Tuesday.",
        "Hi Maria,\nwe have a waitlist for the sleep lab tour; a slot opened Tuesday.",
    ),
    (
        "a form's value on the line under its label",
        "Patient: Maria Lopez\nReason for visit:\nasthma follow-up\n",
        "Presenter: Maria Lopez\nTopic:\nasthma follow-up rates across the network\n",
    ),
    (
        "seen for a condition",
        "Maria Lopez was seen today for cellulitis of the left leg.",
        "Maria Lopez will present a talk on cellulitis of the left leg.",
    ),
    (
        "a department after the name is a colleague",
        "Brett Rodriguez asked whether his diabetes meds can be refilled Friday.",
        "Brett Rodriguez (Marketing) asked whether the diabetes mailer can go out Friday.",
    ),
    (
        "care words quoted as copy are a mention",
        "Hi Chris King,\nyour prescription for lisinopril is ready for pickup.",
        "Hi Chris King,\nLegal asked us to say 'your prescription' instead of the drug name.",
    ),
    (
        "a Spanish greeting and 'su'",
        "Hola Susan:\nsu prueba de sifilis salio positiva.",
        "Hola a todos:\nla prueba de sifilis es gratis los martes.",
    ),
    (
        "a family's own relative, not a school notice's 'if your child'",
        "Mi hijo tiene fiebre desde ayer.\n\nShawn Smith",
        "Estimadas familias: si su hijo tiene fiebre, no lo mande a la escuela.\n\nShawn Smith",
    ),
    (
        "a relative in Portuguese",
        "Boa tarde. Sua mae, dona Widisha Ratti, teve febre ontem a noite.",
        "Boa tarde. A diretora, dona Widisha Ratti, falou sobre febre amarela na palestra.",
    ),
    (
        "a programme's client number with the client's result",
        "Client 93450457 - positive drug screen for fentanyl",
        "Client 93450457 - the quarterly invoice for the fentanyl test kits",
    ),
    (
        "a denied claim of a named member",
        "Maria Lopez: claim denied CO-197 (precertification absent) for the MRI.",
        "Bulletin: CPT 99214 and CO-197 (precertification absent) rules change in March.",
    ),
    (
        "an event straight after a name",
        "William Riddle relapsed - needs higher level of care",
        "Olympic swimmer William Riddle spoke about relapse prevention; patients asked.",
    ),
]


@pytest.mark.parametrize(("cue", "linked", "unlinked"), PAIRS, ids=[p[0] for p in PAIRS])
def test_cue_links_and_its_counterpart_does_not(
    eng: DetectorEngine, cue: str, linked: str, unlinked: str
) -> None:
    assert phi(eng, linked), cue
    assert not phi(eng, unlinked), cue


def test_linked_name_is_reported_as_supported(eng: DetectorEngine) -> None:
    (_part, hits), *_ = eng.detect([("body", "Maria Lopez has gout.")]).hits
    name = next(h for h in hits if h.detector == "known_name")
    assert name.context and name.confidence == Confidence.HIGH
    (_part, hits), *_ = eng.detect([("body", "Maria Lopez, from Acme, on gout.")]).hits
    name = next(h for h in hits if h.detector == "known_name")
    assert not name.context and name.confidence == Confidence.MEDIUM


def test_sentence_breaks_and_wrapped_lines() -> None:
    # A health term two sentences on is not the name's; a soft-wrapped line is one sentence.
    text = "Maria Lopez came by. The lobby is painted. Asthma clinic opens Monday."
    start = text.index("Asthma")
    links = Links(text, text.lower(), [(start, start + 6)])
    assert not links.linked(0, 11, 200)
    wrapped = (
        "Maria Lopez phoned the front desk this morning to say that she still\n"
        "has asthma attacks at night."
    )
    start = wrapped.index("asthma")
    links = Links(wrapped, wrapped.lower(), [(start, start + 6)])
    assert links.linked(0, 11, 200)
    # A pronoun stands for the last name before it, across sentences: up to the next name.
    text = "Maria Lopez phoned.\nThe desk.\nShe has asthma."
    start = text.index("asthma")
    assert Links(text, text.lower(), [(start, start + 6)], [0]).linked(0, 11, 200)
    text = "Maria Lopez phoned.\nJohn Carter came by.\nShe has asthma."
    start, other = text.index("asthma"), text.index("John")
    links = Links(text, text.lower(), [(start, start + 6)], [0, other])
    assert not links.linked(0, 11, 200)
    assert links.linked(other, other + 11, 200)


def test_link_is_bounded_by_near_health() -> None:
    text = "Maria Lopez has " + "very " * 60 + "bad asthma."
    start = text.index("asthma")
    links = Links(text, text.lower(), [(start, start + 6)])
    assert not links.linked(0, 11, 200)


def test_link_needs_near_health_in_config(
    tmp_path: Path, load_errors: Callable[[Path, str, str], list[str]]
) -> None:
    msg = "\n".join(
        load_errors(
            tmp_path,
            "extra.yaml",
            "identifiers:\n"
            "  staff_name:\n"
            "    kind: name\n"
            "    link: true\n"
            "    patterns: ['\\bZed [A-Z][a-z]+\\b']\n"
            "  other_name:\n"
            "    kind: name\n"
            "    near_health: 100\n"
            "    link: maybe\n"
            "    identity: 3\n"
            "    patterns: ['\\bYves [A-Z][a-z]+\\b']\n",
        )
    )
    d = tmp_path
    assert f"{d / 'extra.yaml'}:4:11: identifiers.staff_name.link: needs near_health" in msg
    assert f"{d / 'extra.yaml'}:9:11: identifiers.other_name.link" in msg
    assert f"{d / 'extra.yaml'}:10:15: identifiers.other_name.identity" in msg


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Maria Lopez had a microdiscectomy last week.", True),
        ("Maria Lopez is recovering from thyroiditis.", True),
        ("Maria Lopez has (radiculopathy) again.", True),
        ("Maria Lopez has a diploma in nursing.", False),
        ("Maria Lopez has nostalgia for Oklahoma.", False),
        ("Maria Lopez has a dichotomy in her purposes and proposes aromas.", False),
        ("Maria Lopez has batesthomas@example.com as her address.", False),
        ("Maria Lopez has www.glaucomasite.org bookmarked.", False),
    ],
)
def test_clinical_words_by_suffix(eng: DetectorEngine, text: str, health: bool) -> None:
    # Procedures and conditions no dictionary lists, by their Greek and Latin suffixes; not
    # everyday words that end the same way, nor a suffix inside an address.
    assert phi(eng, text) is health


@pytest.mark.parametrize(
    "text",
    [
        # a term right after the name's sentence: no words between them
        "Spoke with Maria Lopez. Diabetes education next week.",
        "Maria Lopez's memoir of her four years on dialysis was our book club pick.",
    ],
)
def test_pronoun_window_edges(eng: DetectorEngine, text: str) -> None:
    # Nothing between name and term must not break the pronoun check; a work word before the
    # pronoun in its sentence breaks a "her <words> <term>" link.
    found = eng.detect([("body", text)])
    assert not found.phi


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("My husband Steven was in the ER last night for diarrhea.", True),
        ("Kaylee Scott's daughter is at the desk, upset about the Xifaxan.", True),
        ("Kaylee Scott's team is at the desk, upset about the Xifaxan.", False),
    ],
)
def test_relatives(eng: DetectorEngine, text: str, phi: bool) -> None:
    assert eng.detect([("body", text)]).phi is phi


@pytest.mark.parametrize(
    ("subject", "phi"),
    [
        ("Darrell Evans / May 13, 1959 / walk-in", True),  # a chart label: name, birth date
        ("Darrell Evans / May 13, 2026 / walk-in", False),  # a recent date is an event
    ],
)
def test_chart_label_with_slashes(eng: DetectorEngine, subject: str, phi: bool) -> None:
    assert eng.detect([("subject", subject)]).phi is phi


def test_negative_words_stay_in_their_paragraph(eng: DetectorEngine) -> None:
    # The addressee's "Dr." above a blank line does not make the patient staff.
    salutation = "Hi Dr. Wood,\n\nTeresa Pacheco has COPD and needs a refill."
    assert eng.detect([("body", salutation)]).phi
    assert not eng.detect([("body", "Hi Dr. Teresa Pacheco has COPD and needs a refill.")]).phi


@pytest.mark.parametrize(
    "text",
    [
        # a maker's savings card: its GROUP number is no account of a patient's
        "Show this savings offer at the pharmacy. GROUP: 99993011. Offer valid for Celebrex.",
        # a department named after patients is no patient context for its phone number
        "Meters may misread glucose. Tell patient educators. Call (851) 555-6858.",
        # public payers read as a "Last, First" name, a maker's support line as a patient's
        "Not valid for patients with Medicare, Medicaid or other government insurance. "
        "Ask about Chantix.",
        "Ask about Chantix savings. Acme Patient Support | (401) 555-3557",
        # a template under review: its merge tags' words are no patient context
        "Hi Chris King,\nplease approve: Hi [Patient First Name], time to refill [Medication]. "
        "Our records show your last fill was [Days Since Fill] days ago.",
        # a provider's enrolment numbers and birth date in a credentialing file
        "CAQH ID: 910283\nDate of birth (CAQH profile): February 08, 1982\n"
        "Re-credentialing is due.",
        # an officer's title after the name outranks the patient word in the notice above it
        "This record is protected; the patient must consent.\nBrian Bauer, Privacy Officer",
    ],
)
def test_marketing_and_departments_are_not_patients(eng: DetectorEngine, text: str) -> None:
    assert not eng.detect([("body", text)]).phi


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Your biopsy", "Hi Matthew,\ngood news: the biopsy of the lump came back benign.", True),
        ("Your guide to heart health", "Hi Matthew,\nfive biopsy myths, and heart tips.", False),
        ("Lunch", "Hi Matthew,\ngood news: the biopsy of the lump came back benign.", False),
    ],
)
def test_a_subject_about_the_readers_care_links_the_greeting(
    eng: DetectorEngine, subject: str, body: str, expected: bool
) -> None:
    """ "Your biopsy" in the Subject makes the greeted reader the patient of the body."""
    assert eng.detect([("subject", subject), ("body", body)]).phi is expected

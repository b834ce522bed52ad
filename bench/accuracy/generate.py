"""Synthetic labelled corpus for the PHI detector: Faker fills templates; every value is fake.

Templates are split by template (even index: dev, odd index: held-out), so held-out figures
measure how detection generalises to message shapes it was not tuned on. The "fresh1" and
"fresh2" splits hold templates written after detector changes (see their comments). Each
template says whether it carries PHI, whether the Subject carries PHI, and whether a
validated identifier (checksum or code-list backed: card, ICD-10-CM code, MBI, SSN) is
present.
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from faker import Faker
from formats import FORMATS, message

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Template:
    subject: str
    body: str
    phi: bool
    subject_phi: bool = False
    validated: bool = False  # a checksum/code-list backed identifier is present


@dataclass(frozen=True)
class Sample:
    template: int
    split: str  # dev | heldout
    phi: bool
    subject_phi: bool
    validated: bool
    fmt: str
    raw: bytes


P = Template  # brevity in the tables below

PHI_TEMPLATES: list[Template] = [
    P(
        "Lab results",
        "Patient: {name}\nDOB: {dob}\nYour {lab} came back high. "
        "We would like to discuss {condition} management.\n{sig}",
        True,
    ),
    P(
        "Referral",
        "Referring {name} (DOB {dob}) to {specialty} for evaluation of {condition}.\n"
        "Current meds: {med}.\n{sig}",
        True,
    ),
    P(
        "Claim {claim}",
        "Member ID: {member}\nPatient: {name}\nDiagnosis code {icd} ({condition}).\n{sig}",
        True,
        validated=True,
    ),
    P(
        "Prescription refill",
        "Pt. {name}, DOB: {dob}, requests a refill of {med}. NDC {ndc}.\n{sig}",
        True,
    ),
    P("Patient {name} - {condition}", "See attached notes.\n{sig}", True, subject_phi=True),
    P(
        "Medicare eligibility",
        "Medicare beneficiary {name}, MBI {mbi}, is eligible for {procedure}.\n{sig}",
        True,
        validated=True,
    ),
    P(
        "Billing question",
        "Patient {name} paid for the {procedure} with card {card}.\n{sig}",
        True,
        validated=True,
    ),
    P(
        "Intake form",
        "Name: {name}\nSSN: {ssn}\nAddress: {address}\nAllergies: penicillin\n"
        "History of {condition}.\n",
        True,
        validated=True,
    ),
    P(
        "Follow-up",
        "Dear {name},\nThank you for visiting. Your {procedure} showed signs of "
        "{condition}. Please continue {med}.\n{sig}",
        True,
    ),
    P("MRN {mrn}", "Chart update for MRN {mrn}: started {med}.\n{sig}", True, subject_phi=True),
    P(
        "Discharge summary",
        "Patient: {name}\nMRN: {mrn}\nAdmitted for {condition}; discharged on {med}.\n{sig}",
        True,
    ),
    P(
        "Appointment",
        "Mr. {last_only} {last}, your {specialty} appointment for {condition} is on "
        "{date}. Please call {phone} if you need to reschedule.\n",
        True,
    ),
    P(
        "Insurance verification",
        "Subscriber ID: {member}\nInsured: {name}\nDOB: {dob}\nPlanned procedure: {procedure}\n",
        True,
    ),
    P("Results for {name}", "Hemoglobin A1C: 8.2%.\n{sig}", True, subject_phi=True),
    P(
        "Message from your care team",
        "Hi {first},\nPatient {name}: your {lab} is normal but your {condition} needs follow-up.\n",
        True,
    ),
    P(
        "Re: question",
        "My mother {name} (date of birth {dob}) was prescribed {med} for "
        "{condition}. Is that right?\n",
        True,
    ),
    P(
        "Pharmacy notice",
        "Patient name: {name}\nRx: {med}, NDC {ndc}\nDiagnosis: {icd}\n",
        True,
        validated=True,
    ),
    P(
        "Case review",
        "Reviewing the case of patient {name}, SSN {ssn}, diagnosed with {condition} in {year}.\n",
        True,
        validated=True,
    ),
    P(
        "Your statement",
        "Account number {account} for patient {name}: {procedure} on {date}. Diagnosis {icd}.\n",
        True,
        validated=True,
    ),
    P(
        "Telehealth",
        "Patient portal login from {ip} for patient {name}; discussed {condition}.\n",
        True,
    ),
    P(
        "Home visit",
        "Patient {name} lives at {address}. Cell: {phone}. Wound care after {procedure}.\n",
        True,
    ),
    P(
        "Vaccination record",
        "Name: {name}\nBirth date: {dob}\nImmunization: flu shot\nCondition: {condition}\n",
        True,
    ),
    P(
        "Urgent: {name}",
        "Please call the family about the {condition} results.\n",
        True,
        subject_phi=True,
    ),
    P(
        "Prior authorization",
        "Member #: {member}\nPatient: {name}\nRequested: {procedure} for {icd}.\n",
        True,
        validated=True,
    ),
    P("Counseling note", "Client: {name}\nDx: major depressive disorder. Continue {med}.\n", True),
    P("DOB {dob} {name}", "Chart attached.\n", True, subject_phi=True),
    P(
        "Radiology",
        "PATIENT: {upper_name}\nMRN {mrn}\nMRI shows findings consistent with {condition}.\n",
        True,
    ),
    P("Dental", "Dear {name}, your root canal is scheduled. Medical history: {condition}.\n", True),
    P(
        "Physical therapy",
        "Patient: {last}, {first_only}\nPhysical therapy after {procedure}. "
        "Pain managed with {med}.\n",
        True,
    ),
    P("Pregnancy test", "Ms. {name}, your pregnancy test result is ready. Call {phone}.\n", True),
    P("HIV test", "Patient: {name}\nHIV test: negative. Viral load: undetectable.\n", True),
    P("Medicaid", "Medicaid ID: {member}\nBeneficiary: {name}\nCondition: {condition}\n", True),
    P(
        "Emergency contact",
        "Emergency contact for patient {name}: {phone}. Admitted to the ICU with {condition}.\n",
        True,
    ),
    P(
        "Behavioral health",
        "Resident {name}, DOB {dob}, attends substance abuse treatment for opioid use disorder.\n",
        True,
    ),
    P(
        "Email from patient",
        "Patient email: {email}\nPatient {name} asks about {med} side effects.\n",
        True,
    ),
    P("Genetic test", "Patient: {name}\nBRCA genetic test positive. Referred to oncology.\n", True),
    P(
        "Surgery schedule",
        "Patient {name}, MRN {mrn}, scheduled for {procedure} on {date}.\n",
        True,
    ),
    P(
        "Diabetes program",
        "Dear {name},\nAs a patient with type 2 diabetes on {med}, you qualify for our program.\n",
        True,
    ),
    P(
        "Insurance card",
        "Insurance ID {member} for patient {name}; diagnosis {icd}.\n",
        True,
        validated=True,
    ),
    P(
        "Patient {name}: SSN {ssn}",
        "Intake attached, diagnosis {condition}.\n",
        True,
        subject_phi=True,
        validated=True,
    ),
    P(
        "Medication change",
        "Pt. {name} switched from {med} to {med2} because of {condition}.\n",
        True,
    ),
    P(
        "Records request",
        "Patient: {name}\nMedical record number: {mrn}\nPlease send records "
        "about the {procedure}.\n",
        True,
    ),
]

NEG_TEMPLATES: list[Template] = [
    P(
        "Your order has shipped",
        "Order number {order}. Tracking number {tracking}.\nQuestions? Call {phone}.\n",
        False,
    ),
    P("Invoice {invoice}", "Invoice {invoice} for {amount} is due on {date}. PO {order}.\n", False),
    P(
        "Weekly newsletter",
        "This week: living well with {condition}. Ask your doctor about "
        "{med}. Flu shot clinics open Monday.\n{footer}",
        False,
    ),
    P("Schedule", "The meeting is on {date} at 10:00 in room E11.\nDr. {name}\n{sig}", False),
    P("New hire", "Please welcome Mr. {name} to the facilities team. Extension {ext}.\n", False),
    P(
        "Vitamin tips",
        "Vitamin B12 and vitamin D matter. Ask about A1C screening at the pharmacy.\n{footer}",
        False,
    ),
    P("Ticket {ticket}", "Ticket {ticket} updated. Build {build}, version {version}.\n", False),
    P("Payment failed", "We could not charge card ending 4242. Reference {ref}.\n", False),
    P("Clinic hours", "Our clinic is open 8-5. Fax: {phone}. NPI {npi}.\n{sig}", False),
    P(
        "Conference",
        "Join 300 cardiologists in Boston on {date}. Topics: heart failure, "
        "atrial fibrillation, statins.\n{footer}",
        False,
    ),
    P("Shipment {tracking}", "Your package {tracking} ({uuid}) is out for delivery.\n", False),
    P("Password reset", "Your reset code is {code}. Session {uuid}.\n", False),
    P(
        "Quarterly report",
        "Revenue grew 12%. SKU {sku} sold {count} units. Order {order}.\n",
        False,
    ),
    P(
        "Staff directory",
        "Name: {name}\nTitle: nurse manager\nPhone: {phone}\nEmail: {email}\n",
        False,
    ),
    P(
        "Research digest",
        "A new study links {condition} with sleep apnea. Metformin and "
        "lisinopril were compared in 2,000 adults.\n{footer}",
        False,
    ),
    P(
        "Card test",
        "Test number 4111 1111 1111 1112 failed Luhn as expected. Order {order}.\n",
        False,
    ),
    P("IT maintenance", "Server 10.20.30.40 and gateway 10.20.30.1 restart on {date}.\n", False),
    P("Lunch", "Shall we meet at noon, {first}? {address} has a new cafe.\n", False),
    P(
        "Account update",
        "Your account {account} order history is available. Order {order}.\n",
        False,
    ),
    P("Board meeting", "Minutes from {date}. Attendees: {name}, {name2}, {name3}.\n", False),
    P(
        "Fundraiser",
        "Walk for diabetes on {date}! Register at https://example.org/walk.\n{footer}",
        False,
    ),
    P("Product recall", "Lot {lot} of product SKU {sku} is recalled. Call {phone}.\n", False),
    P("Job posting", "Hiring: oncology nurse, pediatrics RN. Apply by {date}.\n{sig}", False),
    P(
        "Expense report",
        "Expense {invoice}: {amount}. Cost center 4410. Approved by {name}.\n",
        False,
    ),
    P(
        "Software release",
        "Release {version} (build {build}) fixes ICD-10 import for code tables.\n",
        False,
    ),
    P(
        "Webinar",
        "Webinar on asthma management for clinicians. Dial-in {phone}, code {code}.\n",
        False,
    ),
    P("Travel", "Flight {flight} confirmation {code}. Booking reference {ref}.\n", False),
    P("Volunteer", "Thanks {name} for volunteering at the health fair on {date}.\n", False),
    P("Parking", "Your parking permit {permit} expires {date}. Lot B, space {ext}.\n", False),
    P("Supplier", "Supplier {company}, tax ID 12-3456789, invoice {invoice}.\n{sig}", False),
    P("Survey", "How was your visit? Rate us at https://survey.example/{code}.\n{footer}", False),
    P("Training", "CPR training on {date}. Bring ID. Questions: {email}.\n", False),
    P("Inventory", "Gloves: 1200, syringes: 4400, masks: 9000. PO {order}.\n", False),
    P("Policy update", "The privacy policy changed on {date}. Version {version}.\n{footer}", False),
    P("Holiday", "The office is closed on {date}. Call {phone} for emergencies.\n{sig}", False),
    P("Reference letter", "I recommend {name}, who worked here from {year} to {year2}.\n", False),
    P(
        "Health tips",
        "Five ways to lower high blood pressure: walk, sleep, eat less salt.\n{footer}",
        False,
    ),
    P(
        "Meeting notes",
        "Action items: update version {version}, close ticket {ticket}, review UUID {uuid}.\n",
        False,
    ),
    P("Pharmacy hours", "The pharmacy at {address} is open until 9pm. Tel {phone}.\n", False),
    P(
        "Drug shortage",
        "Amoxicillin shortage expected; alternatives include azithromycin.\n{footer}",
        False,
    ),
    P(
        "Donation receipt",
        "Receipt {invoice} for your donation of {amount}. Thank you, {name}.\n",
        False,
    ),
    P("Contract", "Contract {ref} between {company} and the clinic, signed {date}.\n{sig}", False),
    P(
        "Grand rounds",
        "Dr. {name} will present new guidance on {condition} and {med} at grand "
        "rounds on {date}.\n{footer}",
        False,
    ),
    P(
        "Class schedule",
        "Our nurse educator {name} leads the {condition} class on Tuesdays.\n{footer}",
        False,
    ),
    P(
        "Welcome",
        "Please welcome {name}, MD, who joins our oncology team. She treats lung "
        "cancer and leukemia.\n",
        False,
    ),
    P(
        "Article",
        "Managing {condition}: a guide by {name}. Topics: {med}, diet, exercise.\n{footer}",
        False,
    ),
    # Added with the patient-identity rule (name + date of birth = PHI), which opened a new
    # false-positive class: staff birthdays and HR paperwork also pair a name with a birth
    # date. Written by the author of the rule, knowing its word lists: not an independent test.
    P(
        "Happy birthday, {first}!",
        "Please join us in wishing {name} a happy birthday! Born {dob}, and still the fastest "
        "runner on the billing team. Cake in the break room at 3.\n",
        False,
    ),
    P(
        "New hire paperwork",
        "New employee: {name}\nDate of birth: {dob}\nStart date: {date}\n"
        "Please set up payroll and badge access.\n{sig}",
        False,
    ),
    P(
        "Open enrollment",
        "Employees born before {dob} can make catch-up contributions this year. Questions? "
        "Ask {name} in human resources.\n",
        False,
    ),
]

# "fresh1": written after the first version of the patient-identity rule (name + DOB) and the
# hard negatives above, to measure it on shapes it had not seen. It did badly (recall 80 %,
# Subject 60 %, false positives 49 %: see docs/policy.md), and the rule was then refined on
# these templates (narrative birth words, the non_care topic, a capitalised word before a
# name), so they are now tuning data. "fresh2" below is the untouched check.
FRESH_PHI_TEMPLATES: list[Template] = [
    P(
        "Re: {name} DOB {dob}",
        "Can you confirm the address we have on file? Thanks.\n",
        True,
        subject_phi=True,
    ),
    P(
        "{last}, {first_only} - {dob}",
        "Fax received, please scan into the chart.\n{sig}",
        True,
        subject_phi=True,
    ),
    P(
        "Pt {name} D.O.B. {dob}",
        "Please call back about the prior auth.\n",
        True,
        subject_phi=True,
    ),
    P(
        "Missed appointment",
        "Hi,\n{name} (DOB {dob}) missed the appointment today. Please reschedule.\n{sig}",
        True,
    ),
    P(
        "Lab requisition",
        "Patient name: {name}\nDate of birth: {dob}\nTests ordered: {lab}\nFasting required.\n",
        True,
    ),
    P(
        "Records release for {name}",
        "Signed authorization attached; DOB {dob}.\n",
        True,
        subject_phi=True,
    ),
    P("Rx question", "{name} is allergic to {med}; please update the pharmacy profile.\n", True),
    P(
        "Insurance {member}",
        "Policy holder {name}, group number 55123, claim denied for the {procedure}.\n",
        True,
    ),
    P("{first} {last} - {condition} follow up", "See note.\n", True, subject_phi=True),
    P(
        "Transport",
        "Pickup for {name}, DOB {dob}, from {address} to dialysis at 7am.\n",
        True,
    ),
]

FRESH_NEG_TEMPLATES: list[Template] = [
    P(
        "Happy birthday {first}!",
        "Wishing {name} a wonderful birthday from all of us in radiology. Born {dob}? "
        "We will never tell.\n",
        False,
    ),
    P(
        "Retirement",
        "Congratulations to {name}, who retires after 30 years with us. Born {dob}, she "
        "joined the hospital in {year}.\n",
        False,
    ),
    P(
        "Employee portal",
        "To verify your identity on the employee portal, {name}, confirm your date of birth "
        "({dob}) on file.\n",
        False,
    ),
    P(
        "Volunteer application",
        "Volunteer applicant {name}, date of birth {dob}, passed the background check and "
        "starts in the gift shop on {date}.\n",
        False,
    ),
    P("Library notice", "{name}, the book you borrowed has been overdue since {date}.\n", False),
    P(
        "Payroll correction",
        "Payroll correction for {name}: the date of birth on the W-4 ({dob}) was mistyped.\n",
        False,
    ),
    P("Sales chart", "{name}, the Q3 results chart is attached. Records broke in May.\n", False),
    P(
        "Alumni news",
        "Class notes: {name} (born {dob}) was elected to the city council.\n{footer}",
        False,
    ),
]

# "fresh2": written after the refinements above were final; never tuned on. Same author as
# the detector, so vocabulary still leaks, but these shapes were not looked at before.
FRESH2_PHI_TEMPLATES: list[Template] = [
    P(
        "Callback: {name}, born {dob}",
        "Mother called about the rash, please call back.\n",
        True,
        subject_phi=True,
    ),
    P(
        "Scan request",
        "Please scan the ID for {name} / DOB: {dob} / Acct {account}\n{sig}",
        True,
    ),
    P("FW: {name} {dob}", "FYI\n", True, subject_phi=True),
    P(
        "Mutual patient",
        "Dear Dr. {last},\nI am writing about our mutual patient, {name}, date of birth "
        "{dob}, who was seen for {condition}.\n",
        True,
    ),
    P("Chart review", "Reviewed chart of {name} (MRN {mrn}); no changes.\n", True),
    P(
        "Pharmacy preference",
        "{name}\n{address}\nDOB {dob}\nPreferred pharmacy: {company} Pharmacy\n",
        True,
    ),
    P(
        "Your visit summary, {first}",
        "Hello {name}, thank you for visiting today. Your blood pressure was 150/95; we "
        "started {med}.\n",
        True,
    ),
    P("Referral - {name} - DOB {dob}", "Referral attached.\n", True, subject_phi=True),
]

FRESH2_NEG_TEMPLATES: list[Template] = [
    P(
        "Speaker bio",
        "Our keynote speaker, {name}, was born {dob} in Chicago and leads research on "
        "{condition}.\n{footer}",
        False,
    ),
    P(
        "Passport renewal",
        "{name}, your passport (date of birth {dob}) expires on {date}. Renew at the travel "
        "desk.\n",
        False,
    ),
    P(
        "Staff gym",
        "Welcome to the staff gym, {name}! Member since {date}. Date of birth on file: {dob}.\n",
        False,
    ),
    P("Team lunch", "Lunch for {name}'s birthday on {date} at noon, {address}.\n", False),
    P("Conference badge", "Badge for {name}: please bring photo ID. Registration {code}.\n", False),
    P(
        "Jury duty",
        "{name} will be out on jury duty from {date}; the court summons is attached (DOB {dob}).\n",
        False,
    ),
]


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + string.digits
    c = [
        rng.choice("123456789"),
        rng.choice(letters),
        rng.choice(alnum),
        rng.choice(string.digits),
        rng.choice(letters),
        rng.choice(alnum),
        rng.choice(string.digits),
        rng.choice(letters),
        rng.choice(letters),
        rng.choice(string.digits),
        rng.choice(string.digits),
    ]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _icd(rng: random.Random, codes: list[str]) -> str:
    code = rng.choice(codes)
    return code if len(code) == 3 else f"{code[:3]}.{code[3:]}"


def _terms(name: str) -> list[str]:
    path = ROOT / "policies" / "data" / name
    return [t for t in path.read_text().splitlines() if t and not t.startswith("#")]


def fill(fk: Faker, rng: random.Random, codes: list[str]) -> dict[str, str]:
    first, last = fk.first_name(), fk.last_name()
    conditions = [t for t in _terms("conditions.txt") if " " not in t or len(t) > 8]
    meds = _terms("medications.txt")
    clinic = f"{fk.last_name()} Family Clinic"
    sig = (
        f"--\nDr. {fk.first_name()} {fk.last_name()}, {rng.choice(['Cardiology', 'Pediatrics'])}\n"
        f"{clinic}, {fk.building_number()} {fk.street_name()}\n"
        f"Tel: {fk.numerify('(415) 555-01##')}  Fax: {fk.numerify('(415) 555-02##')}\n"
        f"NPI {_luhn_complete('80840' + rng.choice('12'), 15, rng)[5:]}\n"
    )
    footer = (
        f"\n{clinic} | {fk.building_number()} {fk.street_name()}, {fk.city()}\n"
        "Unsubscribe: https://news.example/unsub | Privacy policy\n"
    )
    return {
        "name": f"{first} {last}",
        "name2": fk.name(),
        "name3": fk.name(),
        "first": first,
        "first_only": first,
        "last": last,
        "last_only": first,
        "upper_name": f"{first.upper()} {last.upper()}",
        "dob": fk.date_of_birth(minimum_age=1, maximum_age=95).strftime(
            rng.choice(["%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y"])
        ),
        "date": fk.date_this_year().strftime("%m/%d/%Y"),
        "year": str(rng.randint(1990, 2020)),
        "year2": str(rng.randint(2021, 2025)),
        "ssn": _ssn(rng),
        "mbi": _mbi(rng),
        "mrn": str(rng.randint(1_000_000, 99_999_999)),
        "member": rng.choice(["XJH", "MBR", "W"]) + str(rng.randint(100_000_000, 999_999_999)),
        "claim": str(rng.randint(10_000, 99_999)),
        "icd": _icd(rng, codes),
        "ndc": f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
        "card": _luhn_complete(rng.choice(["4", "51", "37"]), 16, rng),
        "account": str(rng.randint(10_000_000, 9_999_999_999)),
        "phone": fk.numerify(rng.choice(["(###) 555-####", "###-555-####"]))
        .replace("(0", "(2")
        .replace("(1", "(3"),
        "email": fk.free_email(),
        "address": f"{fk.building_number()} {fk.street_name()}",
        "ip": fk.ipv4_public(),
        "condition": rng.choice(conditions),
        "med": rng.choice(meds),
        "med2": rng.choice(meds),
        "procedure": rng.choice(_terms("procedures.txt")),
        "lab": rng.choice(_terms("lab_tests.txt")),
        "specialty": rng.choice(["cardiology", "oncology", "neurology", "dermatology"]),
        "sig": sig,
        "footer": footer,
        "order": str(rng.randint(100_000_000, 999_999_999)),
        "tracking": "1Z"
        + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
        "invoice": f"INV-{rng.randint(10000, 99999)}",
        "amount": f"${rng.randint(10, 9999)}.{rng.randint(0, 99):02d}",
        "ticket": f"{rng.choice(['JIRA', 'OPS'])}-{rng.randint(100, 9999)}",
        "build": str(rng.randint(10_000_000, 99_999_999)),
        "version": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
        "ref": "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
        "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "code": str(rng.randint(100000, 999999)),
        "sku": f"SKU-{rng.randint(100000, 999999)}",
        "count": str(rng.randint(10, 5000)),
        "ext": str(rng.randint(100, 999)),
        "npi": _luhn_complete("808401", 15, rng)[5:],
        "lot": f"L{rng.randint(100000, 999999)}",
        "flight": f"UA{rng.randint(100, 9999)}",
        "permit": f"P-{rng.randint(10000, 99999)}",
        "company": fk.company(),
    }


def generate(per_template: int = 25, seed: int = 20261122) -> Iterator[Sample]:
    fk = Faker("en_US")
    Faker.seed(seed)
    rng = random.Random(seed)
    codes = [
        c
        for c in (ROOT / "policies" / "data" / "icd10cm_codes.txt").read_text().split()
        if c[:1].isalpha()
    ]
    templates = [(t, True) for t in PHI_TEMPLATES] + [(t, False) for t in NEG_TEMPLATES]
    splits = ["dev" if idx % 2 == 0 else "heldout" for idx in range(len(templates))]
    for name, phi_list, neg_list in (
        ("fresh1", FRESH_PHI_TEMPLATES, FRESH_NEG_TEMPLATES),
        ("fresh2", FRESH2_PHI_TEMPLATES, FRESH2_NEG_TEMPLATES),
    ):
        templates += [(t, True) for t in phi_list] + [(t, False) for t in neg_list]
        splits += [name] * (len(phi_list) + len(neg_list))
    for idx, (tpl, _is_phi) in enumerate(templates):
        split = splits[idx]
        for k in range(per_template):
            values = fill(fk, rng, codes)
            fmt = FORMATS[(idx + k) % len(FORMATS)]
            subject = tpl.subject.format(**values)
            body = tpl.body.format(**values)
            sender = "care@clinic.example"
            raw = message(subject, body, fmt, sender=sender, to=fk.free_email())
            yield Sample(idx, split, tpl.phi, tpl.subject_phi, tpl.validated, fmt, raw)


if __name__ == "__main__":
    n = sum(1 for _ in generate(2))
    print(
        f"{len(PHI_TEMPLATES)} PHI templates, {len(NEG_TEMPLATES)} negative templates, "
        f"fresh1 {len(FRESH_PHI_TEMPLATES)} + {len(FRESH_NEG_TEMPLATES)}, "
        f"fresh2 {len(FRESH2_PHI_TEMPLATES)} + {len(FRESH2_NEG_TEMPLATES)}; {n} samples"
    )

"""Synthetic labelled corpus for the PHI detector: Faker fills templates; every value is fake.

Templates are split by template (even index: dev, odd index: held-out), so held-out figures
measure how detection generalises to message shapes it was not tuned on. The "fresh1" to
"fresh53" splits hold templates written after detector changes (see their comments); fresh6
to fresh53 (fresh6.py ... fresh53.py) were written by helpers that read neither the detector
nor its dictionaries, and each was run once before being tuned on. Each template says
whether it carries PHI, whether the Subject carries PHI, and whether a validated identifier
(checksum or code-list backed: card, ICD-10-CM code, MBI, SSN) is present.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fresh6
import fresh7
import fresh8
import fresh9
import fresh10
import fresh11
import fresh12
import fresh13
import fresh14
import fresh15
import fresh16
import fresh17
import fresh18
import fresh19
import fresh20
import fresh21
import fresh22
import fresh23
import fresh24
import fresh25
import fresh26
import fresh27
import fresh28
import fresh29
import fresh30
import fresh31
import fresh32
import fresh33
import fresh34
import fresh35
import fresh36
import fresh37
import fresh38
import fresh39
import fresh40
import fresh41
import fresh42
import fresh43
import fresh44
import fresh45
import fresh46
import fresh47
import fresh48
import fresh49
import fresh50
import fresh51
import fresh52
import fresh53
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
    split: str  # dev | heldout | fresh1 .. fresh15
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


# "fresh3": written before any detector change of the generalisation pass, from ordinary
# hospital mail shapes, without looking at the dictionaries or context word lists first.
# Its clinical vocabulary ({dx}, {rx}, {proc}, {test}) comes from the hand-written lists in
# FRESH_VOCAB below, not from policies/data, and some names ({intl_name}) from Faker's es_MX
# and en_IN locales (often outside the US Census 1990 name lists). Baseline measured first;
# after that it was tuning data (docs/policy.md).
FRESH3_PHI_TEMPLATES: list[Template] = [
    P(
        "New message from your care team",
        "Hello {name},\nYour {test} results from {date} are now available in the patient "
        "portal. Dr. {provider} commented: your numbers are consistent with {dx}; we will keep "
        "you on {rx}.\nLog in at https://portal.example/login to read the full message.\n",
        True,
    ),
    P(
        "Referral: {intl_name}",
        "Dear Dr. {provider_last},\nThank you for seeing {intl_name}, a {age}-year-old with "
        "{dx}, DOB {dob}. She has tried {rx} without relief and I am requesting evaluation for "
        "{proc}.\nSincerely,\n{sig}",
        True,
        subject_phi=True,
    ),
    P(
        "Critical value - {last}, {first_only}",
        "Critical result called to Dr. {provider}'s office at {time}.\nPatient: {last}, "
        "{first_only}\nDOB: {dob}\nTest: potassium\nResult: 6.1 mmol/L (H)\n"
        "Read back confirmed by RN.\n",
        True,
        subject_phi=True,
    ),
    P(
        "Refill request",
        "Refill request received for {name}, DOB {dob}.\nMedication: {rx}\nQty: 90, "
        "refills: 3\nLast fill: {date}\nPlease approve or deny in the e-prescribing queue.\n",
        True,
    ),
    P(
        "Statement for account {account}",
        "Guarantor: {name}\nDate of service: {date}\nCPT 99214 office visit, ICD-10 {icd}\n"
        "Balance due: {amount}\nPay online or call billing at {phone}.\n",
        True,
        validated=True,
    ),
    P(
        "Discharge follow-up",
        "Hi team,\n{intl_name} was discharged from 4 West yesterday after treatment for {dx}. "
        "Home health starts {date}; she needs a {test} within a week and a cardiology "
        "follow-up. Her daughter's number is {phone}.\nThanks,\n{provider_first}\n",
        True,
    ),
    P("{name} - {dx} - needs appt this week", "Can someone call her? Thx\n", True, True),
    P("Re: pt {name} {test} result", "Got it, I'll let her know.\n", True, True),
    P(
        "Prior authorization request",
        "PRIOR AUTHORIZATION REQUEST\nMember name: {name}\nMember ID: {member}\n"
        "Date of birth: {dob}\nDrug requested: {rx}\nDiagnosis: {dx} ({icd})\n"
        "Prescriber: Dr. {provider}\n",
        True,
        validated=True,
    ),
    P(
        "Your upcoming procedure",
        "Dear {name},\nThis is a reminder of your {proc} with Dr. {provider} on {date} at "
        "{time}. Do not eat after midnight, and stop taking {rx} three days before.\n",
        True,
    ),
    P(
        "Explanation of benefits",
        "Patient: {name}\nClaim #{claim}\nService: {proc}\nProvider: {clinic}\n"
        "Amount billed: {amount}\nYou may owe: {amount2}\n",
        True,
    ),
    P(
        "Session tomorrow",
        "Hi {first},\nJust confirming our therapy session tomorrow at {time}. Please bring the "
        "anxiety worksheet we discussed. If you feel unsafe before then, call 988.\n"
        "{provider_first}, LCSW\n",
        True,
    ),
    P(
        "Care management list",
        "Patient: {name}\nMRN: {mrn}\nDx: {dx}\nNext visit: {date}\n"
        "Patient: {intl_name}\nMRN: {mrn2}\nDx: {dx2}\nNext visit: {date2}\n",
        True,
    ),
    P(
        "Immunization record for {first}",
        "Student: {name}\nDate of birth: {dob}\nMMR: 2 doses\nTdap: {date}\n"
        "Medical exemption: none\nSigned, {provider}, school health clinic\n",
        True,
        subject_phi=True,
    ),
    P("{last}, {first_only} {dob} - path report", "see attached\n", True, True),
    P(
        "Encounter note",
        "Patient: {intl_name}\nHPI: {age}-year-old presents with {dx}, worse over two weeks. "
        "Started {rx}. Ordered {test}. Return in 2 weeks.\n{provider}, NP\n",
        True,
    ),
]

FRESH3_NEG_TEMPLATES: list[Template] = [
    P(
        "ICU nursing schedule, week of {date}",
        "Mon: {name} (charge), {name2}\nTue: {name3}, {provider}\nFloat pool covers 4 West. "
        "Call {phone} for swaps.\n",
        False,
    ),
    P(
        "Invoice {invoice}",
        "Bill to: {clinic}\nItems: insulin syringes 1 mL (case of 500), nitrile gloves, "
        "{rx} tablets x 1000\nTotal: {amount}\nDue: {date}\nRemit to: {company}, "
        "{address}\n",
        False,
    ),
    P(
        "Ticket {ticket}: EHR login issue",
        "User {name} (ext {ext}) cannot open the patient list after the upgrade to version "
        "{version}. Cleared the cache; resolved.\nIT Service Desk\n",
        False,
    ),
    P(
        "Heart month: know your numbers",
        "Free blood pressure and cholesterol screenings on {date} in the main lobby. People "
        "with {dx} should ask their doctor whether {rx} is right for them.\n{footer}",
        False,
    ),
    P(
        "Invitation: Regional Stroke Symposium",
        "Dear colleague,\nYou are invited to the Regional Stroke Symposium on {date}. Speakers "
        "include Dr. {name} on thrombectomy and Dr. {name2} on {dx}.\nCME credits: 6.5. "
        "Register by {date2}.\n",
        False,
    ),
    P(
        "Do you have {dx}? Join a research study",
        "Adults 18-75 with {dx} may qualify for a study of an investigational medication. "
        "Participants receive study-related care at no cost. Call the research office at "
        "{phone}. IRB #{code}.\n{footer}",
        False,
    ),
    P(
        "Credentialing packet - Dr. {last}",
        "Provider: {name}, MD\nDate of birth: {dob}\nNPI: {npi}\nSpecialty: internal "
        "medicine\nMedical license expires {date}. Please send the malpractice certificate.\n",
        False,
    ),
    P(
        "Visa invitation letter",
        "To the Consular Officer:\nThis letter confirms that {intl_name}, born {dob}, passport "
        "number {passport}, is invited to present at our cardiology fellowship conference on "
        "{date}. We will cover lodging.\n{sig}",
        False,
    ),
    P(
        "Offer of employment",
        "Dear {name},\nWe are pleased to offer you the position of Registered Nurse in the "
        "Emergency Department, starting {date}, at {amount} per hour. Please complete the "
        "pre-employment TB test and drug screen at Employee Health.\n",
        False,
    ),
    P(
        "Child care enrollment confirmed",
        "Child: {name}\nDate of birth: {dob}\nRoom: Sunflowers\nStart date: {date}\n"
        "Parents can pick up between 4 and 6 pm. Staff child care center\n",
        False,
    ),
    P(
        "Open enrollment closes Friday",
        "Hi {first},\nYou have not yet chosen a medical plan for next year. If you do nothing "
        "you stay in the PPO with the same dependents. Questions: {email}\n",
        False,
    ),
    P(
        "New cancer center opens",
        "{clinic} opens its new cancer center on {date}. Dr. {name}, medical director, said "
        "patients with breast cancer and lymphoma will be treated in one building.\nMedia "
        "contact: {name2}, {phone}\n",
        False,
    ),
    P(
        "Thank you for your gift",
        "Dear {name},\nYour gift of {amount} to the Pediatric Diabetes Fund helps children "
        "living with type 1 diabetes go to summer camp.\nGratefully,\n{provider}\n",
        False,
    ),
    P(
        "Itinerary for {name}",
        "Passenger: {name}\nDate of birth: {dob}\nFlight {flight} on {date}\nSeat 14C\n"
        "Known Traveler Number: {code}\n",
        False,
    ),
    P(
        "Annual privacy training due",
        "{name}, your annual HIPAA privacy training is due by {date}. Modules: minimum "
        "necessary, patient rights, reporting a breach.\n",
        False,
    ),
    P(
        "Background check complete",
        "Candidate: {name}\nDOB: {dob}\nResult: clear\nStart date: {date}\n"
        "Please schedule orientation.\n",
        False,
    ),
    P(
        "Free sports physicals Saturday",
        "Free sports physicals for students on {date} at {address}. Bring the school form "
        "signed by a parent. Questions: {phone}.\n{footer}",
        False,
    ),
    P(
        "Formulary change",
        "Effective {date}, {rx} moves to tier 3. Consider alternatives for patients with {dx}."
        "\nPharmacy and Therapeutics Committee\n",
        False,
    ),
]

# "fresh4": written once the detector changes of the generalisation pass were final, then run
# once; its figures were the honest generalisation measurement of that pass. It was then tuned
# on by the "whose health?" pass (docs/policy.md), and fresh5 is the untuned check.
# New shapes (triage notes, OR bookings, tumour boards, work notes, IT tickets carrying a
# patient; staff wellness, de-identified case conferences, drug reps, condolences...) and its
# own vocabulary (FRESH4_VOCAB).
FRESH4_PHI_TEMPLATES: list[Template] = [
    P(
        "Your prescription is ready",
        "{name}, your prescription for {rx4} is ready for pickup at the {company} pharmacy "
        "counter. Rx #{code}. We will hold it until {date}.\n",
        True,
    ),
    P(
        "Triage call",
        "Spoke with the patient's wife. {name} ({age} y/o M) c/o {symptom4} x3 days, temp "
        "101.2. Advised ED if worse. Dr. {provider_last} to call back after clinic.\n",
        True,
    ),
    P(
        "OR booking {date}",
        "Please book {name}, DOB {dob}, for {proc4} with Dr. {provider_last}. Insurance: "
        "{company} PPO, ID {member}. Pre-op labs: {test4}.\n",
        True,
    ),
    P(
        "Fwd: question about my meds",
        "From: {name}\nHi, I have been taking {rx4} for my {dx4} and I get dizzy in the "
        "mornings. Should I stop?\n",
        True,
    ),
    P(
        "Weekly update - {name}",
        "Visit notes: wound on left heel improving, dressing changed. BP 138/82. Continues "
        "{rx4}. Next visit Tuesday.\n{provider_first}, home care RN\n",
        True,
        subject_phi=True,
    ),
    P(
        "Tumor board {date}",
        "Case 1: {name}, {age}F, {dx4}, s/p {proc4}\nCase 2: {intl_name}, {age}M, "
        "{dx4}, for discussion of {rx4}\n",
        True,
    ),
    P("{name} MRI results", "Attached.\n", True, subject_phi=True),
    P("Pt {intl_name} {dob}", "Please add to Thursday's list.\n", True, subject_phi=True),
    P(
        "Past due balance",
        "Patient: {name}\nAccount: {account}\nService: {proc4} on {date}\nDiagnosis: {icd}\n"
        "Amount due: {amount}\n",
        True,
        validated=True,
    ),
    P(
        "Letter of medical necessity - {name}",
        "To whom it may concern,\n{name} (DOB {dob}) has been under my care for {dx4} since "
        "{year}. A {equip} is medically necessary.\nSincerely,\nDr. {provider}\n",
        True,
        subject_phi=True,
    ),
    P(
        "Work excuse",
        "Please excuse {name} from work from {date} to {date2}. They were seen in our clinic "
        "for {dx4}.\n{sig}",
        True,
    ),
    P(
        "Registration update",
        "{name}'s Medicare number is {mbi}. Please update the registration before the {proc4}.\n",
        True,
        validated=True,
    ),
    P(
        "You are due for a screening",
        "Dear {name},\nOur records show you are due for your diabetic eye exam. As a patient "
        "with {dx4}, regular checks protect your vision. Call {phone} to schedule.\n",
        True,
    ),
    P(
        "Ticket {ticket}: result not filing",
        "Result for {name}, MRN {mrn} ({test4}) did not file to the chart. Please re-send "
        "the HL7 message.\n",
        True,
    ),
]

FRESH4_NEG_TEMPLATES: list[Template] = [
    P(
        "Step challenge results",
        "Congrats to {name} (billing) who walked 412,000 steps! Join the next challenge on "
        "{date}. Tip: walking lowers the risk of {dx4}.\n",
        False,
    ),
    P(
        "Case conference: a {age}-year-old with {dx4}",
        "Presenter: Dr. {name}. Discussion of a de-identified case of {dx4} treated with "
        "{rx4}. Lunch provided. Room 3B, {date}.\n",
        False,
    ),
    P(
        "Drug alert: {rx4} dosing",
        "Prescribers: new FDA labeling for {rx4} in patients with renal impairment. Contact "
        "the pharmacy at {phone}.\n{name}, PharmD\n",
        False,
    ),
    P(
        "Biomed: infusion pumps",
        "Infusion pumps on 5 North are due for preventive maintenance on {date}. Contact "
        "{name}, biomedical engineering, ext {ext}.\n",
        False,
    ),
    P(
        "Your application to {clinic}",
        "Hi {first},\nThanks for applying for the ICU RN position. Your interview with "
        "{name2}, nurse manager, is on {date} at {time}.\n",
        False,
    ),
    P(
        "Lost badge",
        "{name}'s badge was found in the cafeteria. Pick it up at security, level B1.\n",
        False,
    ),
    P(
        "New paper",
        "Congratulations to {name} and colleagues, whose study of 1,200 adults with {dx4} was "
        "published this week. {rx4} reduced admissions by 18%.\n",
        False,
    ),
    P(
        "Renewal quote",
        "Attached is the medical plan renewal for {company}: 212 enrolled employees, premium "
        "increase 6.4%. Contact {name}, account executive.\n",
        False,
    ),
    P(
        "Free skin cancer screening",
        "Dermatologists from {clinic} offer free skin checks on {date} at {address}. No "
        "appointment needed. Questions: {name}, {phone}.\n",
        False,
    ),
    P(
        "Thank you!",
        "{first}, thanks for covering my shift on {date}; my daughter's recital went great. "
        "I owe you coffee.\n{name2}\n",
        False,
    ),
    P(
        "In memoriam",
        "It is with sadness that we share that {name}, a respiratory therapist here for 22 "
        "years, passed away on {date}. Services will be held at {address}.\n",
        False,
    ),
    P(
        "Meeting request",
        "Hi Dr. {provider_last}, I am {name} with {company}, representing {rx4}. Could I "
        "bring lunch for your team on {date} to review new data in {dx4}?\n",
        False,
    ),
    P(
        "Rotation schedule",
        "Medical student {name} will rotate with the cardiology team from {date} to {date2}. "
        "Please give her EHR access.\n",
        False,
    ),
    P(
        "Flu shot clinic for staff",
        "Staff flu shots: {date}, 7am to 3pm, cafeteria annex. Bring your badge. Pharmacist "
        "{name} will also answer questions about {rx4}.\n",
        False,
    ),
]


# "fresh5": written after the "whose health?" refinement (bare names count only near health
# information; names next to a role word are staff) was final, and run once: its figures are
# the honest measurement of that change, and it must not be tuned on. Half of the PHI
# templates name the patient only by a bare name next to a health word; half of the negatives
# name a staff or public person next to a health word. Own vocabulary (FRESH5_VOCAB).
FRESH5_PHI_TEMPLATES: list[Template] = [
    P(
        "Schedule change",
        "{name}'s {proc5} has moved to {date} at {time}. Please let the family know.\n",
        True,
    ),
    P(
        "Re: tomorrow",
        "Can someone check on {name} tomorrow morning? Post-op day 2 after {proc5}, needs "
        "the dressing changed and a pain reassessment.\n",
        True,
    ),
    P(
        "FYI",
        "{name} called again about the {sym5}. I told her to keep taking {rx5} and that we "
        "would see her Monday.\n{provider_first}\n",
        True,
    ),
    P(
        "heads up",
        "Heads up: {name}'s {test5} came back abnormal this morning, please review before "
        "rounds.\n",
        True,
    ),
    P("{name} - {dx5} follow up", "See my note from today.\n", True, subject_phi=True),
    P(
        "Night handoff",
        "Bed 12 ({name}) is on {rx5}; watch for {sym5} overnight. Family at bedside.\n",
        True,
    ),
    P(
        "Question about my father",
        "My father {name} was just started on {rx5} for his {dx5}. Is it safe with the "
        "blood pressure pills he already takes?\nThank you,\n{name2}\n",
        True,
    ),
    P(
        "Hospice referral",
        "{name}, {age}, end-stage {dx5}. Family requests home hospice; please call the "
        "daughter at {phone}.\n",
        True,
    ),
    P(
        "Claim denied",
        "The claim for {name} was denied: {proc5} is not covered without documentation of "
        "{dx5}. Claim {claim}. Please send the office notes.\n",
        True,
    ),
    P(
        "Care plan for the school year",
        "{name} (grade 4) has {dx5} and keeps her {rx5} in the nurse's office. Please share "
        "this with her teachers.\n",
        True,
    ),
    P(
        "Discharge summary",
        "Name: {intl_name}\nAdmitted: {date}\nDischarge diagnosis: {dx5}\n"
        "Discharge medications: {rx5}\n",
        True,
    ),
    P(
        "Records request",
        "Please send {name}'s immunization record (DOB {dob}) to the school nurse by Friday.\n",
        True,
    ),
    P(
        "Thank you 4 West",
        "Thank you to everyone on 4 West who looked after me after my {proc5}. The nights "
        "were hard and you made them easier.\n{name}\n",
        True,
    ),
    P(
        "Transport",
        "Wheelchair van for {name} on {date}, pickup {time}, going to dialysis for {dx5}. "
        "Needs oxygen on board.\n",
        True,
    ),
]

FRESH5_NEG_TEMPLATES: list[Template] = [
    P(
        "Grand rounds",
        "This week's grand rounds: {name} from {company} on what is new in {dx5}. CME "
        "credit available. Auditorium, {date}, noon.\n",
        False,
    ),
    P(
        "Book club",
        "{name} picked this month's book, a memoir about living with {dx5}. We meet on "
        "{date} in the staff library.\n",
        False,
    ),
    P(
        "Fun run",
        "Our team raised $2,300 for {dx5} research at Saturday's fun run. Thank you, {name}, "
        "for organizing it!\n",
        False,
    ),
    P(
        "Formulary update",
        "The P&T committee, chaired by {name}, added {rx5} to the formulary for {dx5}. "
        "Order sets will be updated on {date}.\n",
        False,
    ),
    P(
        "New patient education video",
        "Many thanks to {name} in media services for filming our new video on managing "
        "{dx5}. It is on the intranet now.\n",
        False,
    ),
    P(
        "Now enrolling",
        "We are enrolling adults with {dx5} in a study of {rx5}. To learn more, email "
        "{name}, study coordinator, at {email}.\n",
        False,
    ),
    P(
        "Analyzer demo",
        "{name} from {company} will demo the new {test5} analyzer on {date} in the core "
        "lab. Coffee provided.\n",
        False,
    ),
    P(
        "Blood drive",
        "{name} from the blood bank will run our blood drive on {date}. Donors with {dx5} "
        "or on {rx5} should check eligibility first.\n",
        False,
    ),
    P(
        "Shift swap approved",
        "{name} swapped her Saturday shift with {name2}. The {proc5} cases that day are covered.\n",
        False,
    ),
    P(
        "Support group",
        "The {dx5} support group meets Thursdays at 6 pm in room 210. Facilitator: {name} "
        "({phone}).\n",
        False,
    ),
    P(
        "DAISY award",
        "This quarter's DAISY award goes to {name} for her care of patients recovering from "
        "{proc5}. Cake in the break room at 3.\n",
        False,
    ),
    P(
        "Out of office",
        "I am out of the office until {date}. For urgent {rx5} prior authorization "
        "questions please contact {name} at {phone}.\n",
        False,
    ),
    P(
        "Lab news",
        "A new paper from {name}'s lab shows that {rx5} slows {dx5} in mice. Journal club "
        "will discuss it on {date}.\n",
        False,
    ),
    P(
        "Interpreter services",
        "Spanish interpreters are available 24/7. For {proc5} consents, page {name} or "
        "call {phone}.\n",
        False,
    ),
]


# Clinical vocabulary and extra values for the fresh splits, from a generator separate from
# fill()'s (so the older splits keep their exact values).
def _items(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


FRESH_VOCAB: dict[str, list[str]] = {
    "dx": _items(
        """gout; sciatica; shingles; urinary tract infection; community-acquired pneumonia;
        GERD; plantar fasciitis; kidney stones; atrial fibrillation; COPD exacerbation;
        cellulitis of the left leg; iron-deficiency anemia; hypothyroidism; migraine with aura;
        generalized anxiety disorder; type 2 diabetes; chronic kidney disease stage 3;
        rheumatoid arthritis; sleep apnea; diverticulitis; torn meniscus;
        early-stage breast cancer; congestive heart failure; psoriasis; bipolar II disorder;
        hepatitis C"""
    ),
    "rx": _items(
        """metformin 500 mg; atorvastatin 40 mg; Eliquis 5 mg; lisinopril 10 mg;
        sertraline 50 mg; levothyroxine 75 mcg; Ozempic 0.5 mg; albuterol inhaler;
        amlodipine 5 mg; gabapentin 300 mg; prednisone; Jardiance 10 mg; insulin glargine;
        omeprazole 20 mg; allopurinol 100 mg; Xarelto 20 mg; hydrochlorothiazide 25 mg;
        montelukast 10 mg; buprenorphine/naloxone; methotrexate"""
    ),
    "proc": _items(
        """colonoscopy; knee arthroscopy; cataract surgery; MRI of the lumbar spine;
        echocardiogram; upper endoscopy; cardiac catheterization; sleep study; mammogram;
        CT of the abdomen; skin biopsy; hip replacement; stress test; carpal tunnel release"""
    ),
    "test": _items(
        """lipid panel; CBC; TSH; hemoglobin A1c; urinalysis; PSA;
        comprehensive metabolic panel; vitamin D level; INR; urine culture; strep test;
        COVID-19 PCR"""
    ),
}

# fresh4's own vocabulary, written after the detector changes were final, as clinicians and
# billing staff write it, without checking it against policies/data.
FRESH4_VOCAB: dict[str, list[str]] = {
    "dx4": _items(
        """hypertension; poorly controlled diabetes; asthma exacerbation;
        low back pain with radiculopathy; osteoarthritis of the right knee; major depression;
        alcohol use disorder; heart failure with reduced ejection fraction;
        chronic hepatitis B; endometriosis; benign paroxysmal positional vertigo;
        trigeminal neuralgia; Crohn's disease; prostate cancer; stage 2 pressure injury;
        recurrent UTIs; obstructive sleep apnea; Graves' disease; lupus nephritis; ADHD; PTSD;
        non-small cell lung cancer; frozen shoulder; gestational hypertension; anorexia;
        sickle cell anemia; Lyme disease; epilepsy; macular degeneration; opioid use disorder"""
    ),
    "rx4": _items(
        """Synthroid 100 mcg; losartan 50 mg; Lexapro 10 mg; Humira; Wegovy; furosemide 40 mg;
        Keppra 500 mg; tramadol; Trulicity 1.5 mg; Adderall XR 20 mg; Suboxone film;
        amoxicillin-clavulanate; warfarin 5 mg; Entresto; tamoxifen; Biktarvy; Lyrica;
        meloxicam 15 mg; Paxlovid; clonazepam 0.5 mg; nitrofurantoin; Dupixent; Mounjaro;
        escitalopram"""
    ),
    "proc4": _items(
        """total knee replacement; laparoscopic cholecystectomy; cardiac stress test;
        colonoscopy with polypectomy; lumbar MRI; breast biopsy; cystoscopy; tonsillectomy;
        EGD; bone marrow biopsy; PET/CT; cesarean section; coronary stent;
        shoulder arthroscopy; mammogram; spinal tap; cataract extraction; hysterectomy;
        skin graft; kidney biopsy"""
    ),
    "test4": _items(
        """CBC with differential; basic metabolic panel; A1c; lipid profile; urine drug screen;
        hepatitis C antibody; BNP; troponin; TSH and free T4; PT/INR; urine culture; ferritin;
        CMP; vitamin B12; HIV screen; PSA"""
    ),
    "symptom4": _items(
        """chest tightness; a productive cough; dizziness; swelling in both legs;
        blood in the urine; severe headaches; vomiting; shortness of breath on exertion;
        a rash on the arms; abdominal pain; fever and chills; numbness in the left hand"""
    ),
    "equip": _items(
        """power wheelchair; CPAP machine; hospital bed; continuous glucose monitor;
        home oxygen concentrator; walker"""
    ),
}


# fresh5's own vocabulary, written after the "whose health?" refinement, without checking it
# against policies/data.
FRESH5_VOCAB: dict[str, list[str]] = {
    "dx5": _items(
        """multiple sclerosis; Parkinson's disease; COPD; type 1 diabetes; heart failure;
        cirrhosis; end-stage renal disease; pancreatic cancer; ALS; dementia;
        ulcerative colitis; celiac disease; cystic fibrosis; schizophrenia; melanoma;
        stroke; atrial fibrillation; hemophilia; pulmonary fibrosis; peanut allergy;
        autism; glaucoma; psoriatic arthritis; HIV"""
    ),
    "rx5": _items(
        """an insulin pump; Plavix; digoxin; heparin; morphine; Ocrevus; Keytruda;
        levetiracetam; an EpiPen; hydroxychloroquine; Dilantin; lithium; Xeljanz; Farxiga;
        apixaban; methadone; Tylenol with codeine; a nebulizer; Zoloft; Depakote"""
    ),
    "proc5": _items(
        """appendectomy; spinal fusion; angiogram; dialysis catheter placement; ERCP;
        hip fracture repair; bronchoscopy; lumpectomy; Whipple procedure; thyroidectomy;
        ablation; amputation; C-section; pacemaker insertion; gastric bypass"""
    ),
    "test5": _items(
        """potassium; blood culture; hemoglobin; creatinine; liver panel; D-dimer;
        lactate; sed rate; blood gas; platelet count; urine protein; lipase"""
    ),
    "sym5": _items(
        """wheezing; nausea; swollen ankles; night sweats; palpitations; confusion; a cough
        that won't go away; back pain; fainting spells; a high fever; trouble swallowing;
        blurred vision"""
    ),
}


# The blind splits, each in its own module (fresh6.py ... fresh21.py), written by helpers that
# read neither the detector nor its dictionaries, each run once before it was tuned on:
# fresh6 before the "links" change of 2026-11-23 was measured on it; fresh7 before the
# tuning on fresh6 was; fresh8 and fresh9 while the generated lexicons and unlisted names
# were being added; fresh10 while fresh8 and fresh9 were tuned on; fresh11 while fresh10
# was; fresh12 and fresh13 (hospital, and outside-the-hospital mail) at the start of the
# session that made Hyperscan scan without start tracking, then tuned on; fresh14 and
# fresh15 (small practices, machine-made mail) while that tuning went on; fresh16 and
# fresh17 (outside doctors' offices and hospitals; subjects and short mail) at the start of
# the session that tuned on fresh14 and fresh15. Order matters: fresh_fill draws their
# vocabularies in this order.
BLIND_SPLITS = {"fresh6": fresh6, "fresh7": fresh7, "fresh8": fresh8, "fresh9": fresh9}
BLIND_SPLITS |= {"fresh10": fresh10, "fresh11": fresh11, "fresh12": fresh12, "fresh13": fresh13}
BLIND_SPLITS |= {"fresh14": fresh14, "fresh15": fresh15, "fresh16": fresh16, "fresh17": fresh17}
BLIND_SPLITS |= {"fresh18": fresh18, "fresh19": fresh19}
# fresh20 (sensitive-category care: behavioural health, substance use, HIV, reproductive,
# genetic, school and long-term care, partly in Spanish) and fresh21 (the back office:
# revenue cycle, payers, records requests, occupational health, help desks, privacy office),
# written blind while fresh18 and fresh19 were tuned on.
BLIND_SPLITS |= {"fresh20": fresh20, "fresh21": fresh21}
# fresh22 (how busy people type: terse subjects, typos, abbreviations, quoted threads,
# voicemail transcripts) and fresh23 (allied and out-of-hospital care: dental, eye, hearing,
# therapy, imaging, sleep, DME, dialysis, EMS, research, public health), written blind while
# fresh18-21 were tuned on.
BLIND_SPLITS |= {"fresh22": fresh22, "fresh23": fresh23}
# fresh24 (mail written by machines and the structured text people paste: portal and EHR
# notifications, worklists, HL7 and FHIR snippets, faxes, web forms, monitoring alerts) and
# fresh25 (the people around the patient in their own words: families, caregivers, employers,
# attorneys, adjusters, in several languages), written blind while fresh22 and fresh23 were
# tuned on.
BLIND_SPLITS |= {"fresh24": fresh24, "fresh25": fresh25}
# fresh26 (health information outside the clinic: benefits, FSA/HSA, disability and life
# underwriting, PBM prior authorisations, school/camp/sports forms, immigration and travel
# medicals, DOT and FAA medical certificates, courts and probation, VA, gyms, wellness
# screening, DNA tests) and fresh27 (everyday clinical mail in the shapes mail takes:
# forwarded chains and quoted replies, ALL-CAPS printouts, pasted tables, phone mail,
# hard-wrapped lines, "Surname, First"), written blind while fresh24 and fresh25 were tuned on.
BLIND_SPLITS |= {"fresh26": fresh26, "fresh27": fresh27}
# fresh28 (digital health and care at a distance: remote monitoring alerts, telehealth,
# portal notifications, chatbots, delivery apps, device support) and fresh29 (the hospital's
# own operations, where patients appear in passing: bed flow, transport, dietary, couriers,
# isolation, security, chaplaincy, interpreters, case management, records), written blind
# while fresh26 and fresh27 were tuned on.
BLIND_SPLITS |= {"fresh28": fresh28, "fresh29": fresh29}
# fresh30 (clinical teaching, quality and safety, handoffs: sign-out lists, consults, tumor
# boards, M&M, event reports, infection-prevention line lists, with de-identified teaching
# cases as negatives) and fresh31 (children, pregnancy and families: prenatal, NICU, newborn
# screening, well-child, school forms, foster care, fertility), written blind while fresh28
# and fresh29 were tuned on.
BLIND_SPLITS |= {"fresh30": fresh30, "fresh31": fresh31}
# fresh32 (end of life and after: hospice, palliative care, advance directives, death
# certificates, medical examiners, organ donation, next of kin and executors) and fresh33
# (medicines and pharmacy: refills, prior authorisations, PDMP, med reconciliation,
# infusion, anticoagulation, recalls, adverse-event reports), written blind while fresh30
# and fresh31 were tuned on.
BLIND_SPLITS |= {"fresh32": fresh32, "fresh33": fresh33}
# fresh34 (cancer care and transplant: chemotherapy and radiation, navigators, trials,
# survivorship, transplant waitlists, living donors, immunosuppressant levels) and fresh35
# (surgery and procedures from booking to follow-up: consent, pre-op, OR case lists,
# pathology, post-op check-ins, bariatric and cosmetic surgery, endoscopy), written blind
# while fresh32 and fresh33 were tuned on.
BLIND_SPLITS |= {"fresh34": fresh34, "fresh35": fresh35}
# fresh36 (scheduling and the patient access centre: call notes, referral intake, waitlists,
# reminders and no-show letters, interpreter and transport requests, registration) and
# fresh37 (billing, collections and patient financial services: statements, payment plans,
# collection agencies, financial assistance, denials and appeals, estimates, refunds),
# written blind while false positives in the older splits were worked on.
BLIND_SPLITS |= {"fresh36": fresh36, "fresh37": fresh37}
# fresh38 (emergency care and EMS: run reports and ePCR extracts, CAD notes, handoffs,
# tracking boards, trauma and stroke alerts, transfer-centre logs, ambulance bills) and
# fresh39 (public health and mixed-language mail), written blind while fresh36 and fresh37
# were tuned on.
BLIND_SPLITS |= {"fresh38": fresh38, "fresh39": fresh39}
# fresh40 (post-acute, long-term and chronic care: home health, skilled nursing and rehab,
# assisted living and memory care, PACE, dialysis, chronic care management, transitions) and
# fresh41 (laboratories, imaging and diagnostics: critical-value calls, specimen rejections,
# blood bank, microbiology, pathology, genetics, radiology letters, cardiology and sleep
# studies, HL7 results; veterinary and environmental reports as negatives). Both written
# blind while the older splits' false positives were looked at, each run once on 9c8f70e.
BLIND_SPLITS |= {"fresh40": fresh40, "fresh41": fresh41}
# fresh42 (people held or housed by institutions: jail, prison and detention health units,
# shelters and street medicine, group homes, foster care; custody operations as negatives)
# and fresh43 (occupational health: work injuries, fitness for duty, MRO drug testing,
# surveillance exams; a worker is the patient). Written blind while fresh40 and fresh41 were
# tuned on, each run once on 8c7d5e8.
BLIND_SPLITS |= {"fresh42": fresh42, "fresh43": fresh43}
# fresh44 (health information management: release of information, subpoenas and attorney
# letters, disability and life-insurance records requests, amendments, privacy incidents
# and breach letters; the same world's policies, fee schedules and rosters as negatives).
# Written blind while fresh42 and fresh43 were tuned on, run once on e40205f.
BLIND_SPLITS |= {"fresh44": fresh44}
# fresh45 (durable medical equipment, supplies and home infusion: oxygen and CPAP
# suppliers, power mobility, orthotics and prosthetics, diabetic supplies, delivery
# tickets, recalls to named patients; catalogues, routes and fee schedules as negatives).
# Written blind while fresh44 was tuned on, run once on deb2000.
BLIND_SPLITS |= {"fresh45": fresh45}
# fresh46 (teeth, eyes and ears: dental offices and labs, oral surgery, orthodontics,
# optometry and ophthalmology, optical shops, audiology and hearing aids) and fresh47
# (reproductive and genetic medicine: fertility clinics, donor banks, surrogacy, genetic
# counselling and testing, prenatal and newborn screening). Written blind while fresh42 to
# fresh45 were tuned on, each run once on a757e98.
BLIND_SPLITS |= {"fresh46": fresh46, "fresh47": fresh47}
# fresh48 (digital health and care at a distance: telehealth, portals, remote monitoring,
# wearables and apps, e-prescribing, nurse lines and chatbots, HIE and ADT alerts) and
# fresh49 (veterans, service members and immigration medicals: VA community care, claims and
# C&P exams, TRICARE and medical boards, civil surgeons' I-693 exams, refugee screening).
# Written blind while fresh46 and fresh47 were tuned on, each run once on 6020cd9.
BLIND_SPLITS |= {"fresh48": fresh48, "fresh49": fresh49}
# fresh50 (social care and community health: community health workers, social-needs
# screening and referrals, food as medicine, shelters and street medicine, Medicaid waiver
# services, medical transport, interpreters, care coordinators) and fresh51 (sports
# medicine, student and campus health: athletic trainers, concussion and return to play,
# college health and counselling, accommodations, study abroad, summer camps). Written
# blind while fresh48 and fresh49 were tuned on, each run once on b4cf678.
BLIND_SPLITS |= {"fresh50": fresh50, "fresh51": fresh51}
# fresh52 (clinical research and trials: coordinators, IRBs, monitors and sponsors,
# screening, consent, randomisation, adverse events, stipends, biobanks, registries) and
# fresh53 (travel, cross-border and international health: travel clinics, airline medical
# desks, cruise ships, assistance companies and repatriation, medical tourism, expatriate
# plans, visa medicals). Written blind while fresh50 and fresh51 were tuned on, each run
# once on e1f01ff.
BLIND_SPLITS |= {"fresh52": fresh52, "fresh53": fresh53}


def _blind(name: str, part: str) -> Any:
    return getattr(BLIND_SPLITS[name], f"FRESH{name.removeprefix('fresh')}_{part}")


def _templates(name: str, part: str) -> list[Template]:
    return [Template(**d) for d in _blind(name, part)]


# Every split after the main corpus: (name, PHI templates, negative templates).
SPLITS: list[tuple[str, list[Template], list[Template]]] = [
    ("fresh1", FRESH_PHI_TEMPLATES, FRESH_NEG_TEMPLATES),
    ("fresh2", FRESH2_PHI_TEMPLATES, FRESH2_NEG_TEMPLATES),
    ("fresh3", FRESH3_PHI_TEMPLATES, FRESH3_NEG_TEMPLATES),
    ("fresh4", FRESH4_PHI_TEMPLATES, FRESH4_NEG_TEMPLATES),
    ("fresh5", FRESH5_PHI_TEMPLATES, FRESH5_NEG_TEMPLATES),
] + [(name, _templates(name, "PHI"), _templates(name, "NEG")) for name in BLIND_SPLITS]


def fresh_fill(key: str, intl: list[Faker], fk: Faker) -> dict[str, str]:
    """Extra values for the fresh3+ templates, from their own seeded generators."""
    rng = random.Random(key)
    intl_fk = intl[rng.randrange(len(intl))]
    fk.seed_instance(key)
    intl_fk.seed_instance(key)
    out = {k: rng.choice(v) for k, v in FRESH_VOCAB.items()}
    out["dx2"] = rng.choice(FRESH_VOCAB["dx"])
    first, last = fk.first_name(), fk.last_name()
    out.update(
        intl_name=f"{intl_fk.first_name()} {intl_fk.last_name()}",
        provider=f"{first} {last}",
        provider_first=first,
        provider_last=last,
        clinic=f"{fk.last_name()} Medical Group",
        time=f"{rng.randint(7, 11)}:{rng.choice(['00', '15', '30', '45'])} am",
        age=str(rng.randint(19, 88)),
        amount2=f"${rng.randint(10, 900)}.{rng.randint(0, 99):02d}",
        passport=f"{rng.choice(string.ascii_uppercase)}{rng.randint(10_000_000, 99_999_999)}",
        mrn2=str(rng.randint(1_000_000, 99_999_999)),
        date2=fk.date_this_year().strftime("%m/%d/%Y"),
    )
    # Drawn after everything above, so fresh3's values are unchanged by fresh4.
    out.update({k: rng.choice(v) for k, v in FRESH4_VOCAB.items()})
    # Drawn after everything above, so the older splits' values are unchanged by fresh5.
    out.update({k: rng.choice(v) for k, v in FRESH5_VOCAB.items()})
    for name in BLIND_SPLITS:
        out.update({k: rng.choice(v) for k, v in _blind(name, "VOCAB").items()})
    return out


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
    return _with_check_digit(body)


def _card(rng: random.Random) -> str:
    """A Visa, Mastercard or American Express number. Amex numbers have 15 digits: before
    2026-11-23 they were made with 16 (no issuer has 16-digit 37... numbers, so the detector
    rightly refused a third of the "validated" cards). They are still drawn as 16 digits and
    cut, so every value drawn after them is unchanged."""
    number = _luhn_complete(rng.choice(["4", "51", "37"]), 16, rng)
    return _with_check_digit(number[:14]) if number.startswith("37") else number


def _with_check_digit(body: str) -> str:
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
    # A frozen copy of the detector's dictionaries (see vocab/README.md): the corpus must not
    # change, or follow the detector, when policies/data grows.
    path = Path(__file__).resolve().parent / "vocab" / name
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
        "card": _card(rng),
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
    # Own instances, each seeded per sample in fresh_fill: they never touch fk's generator.
    intl = [Faker("es_MX"), Faker("en_IN")]
    fk_extra = Faker("en_US")
    codes = [
        c
        for c in (ROOT / "policies" / "data" / "icd10cm_codes.txt").read_text().split()
        if c[:1].isalpha()
    ]
    templates = [(t, True) for t in PHI_TEMPLATES] + [(t, False) for t in NEG_TEMPLATES]
    splits = ["dev" if idx % 2 == 0 else "heldout" for idx in range(len(templates))]
    for name, phi_list, neg_list in SPLITS:
        templates += [(t, True) for t in phi_list] + [(t, False) for t in neg_list]
        splits += [name] * (len(phi_list) + len(neg_list))
    for idx, (tpl, _is_phi) in enumerate(templates):
        split = splits[idx]
        for k in range(per_template):
            values = fill(fk, rng, codes)
            if split.startswith("fresh") and split not in ("fresh1", "fresh2"):
                values.update(fresh_fill(f"{seed}-{split}-{idx}-{k}", intl, fk_extra))
            fmt = FORMATS[(idx + k) % len(FORMATS)]
            # A vocabulary value written over two lines (sym5) is one line in a Subject, as a
            # mail program would send it; no other subject changes.
            subject = re.sub(r"\s*\n\s*", " ", tpl.subject.format(**values))
            body = tpl.body.format(**values)
            sender = "care@clinic.example"
            raw = message(subject, body, fmt, sender=sender, to=fk.free_email())
            yield Sample(idx, split, tpl.phi, tpl.subject_phi, tpl.validated, fmt, raw)


if __name__ == "__main__":
    n = sum(1 for _ in generate(2))
    sizes = ", ".join(f"{name} {len(p)} + {len(q)}" for name, p, q in SPLITS)
    print(
        f"{len(PHI_TEMPLATES)} PHI templates, {len(NEG_TEMPLATES)} negative templates, "
        f"{sizes}; {n} samples"
    )

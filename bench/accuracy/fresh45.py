"""Held-out split "fresh45": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full, with a grep of its def/FRESH/subject_phi lines), bench/accuracy/fresh6.py (in full),
bench/accuracy/fresh7.py (lines 1-260 and its last 40 lines in full, and the Subject and phi
lines of the rest) and the module docstring of bench/accuracy/fresh44.py (its first 75 lines
were printed and the output ended at the docstring's closing quotes; read as a model of this
docstring, the data format and the labelling rules, not for its templates or vocabulary), for
the placeholder names, the data format, and so as not to repeat their templates. The file
names in bench/accuracy/ were listed once (with the line counts of generate.py and
fresh7.py); the file names at the top of the repository were listed once, and the
[tool.ruff], [tool.ruff.lint] and [tool.ruff.lint.per-file-ignores] sections of
pyproject.toml were read, for the line length and lint rules. The author did not read
gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/, run.py or any other
bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the benchmark or
any test. The only things run were `date`, Python's ast module over generate.py (without
executing it) to collect the placeholder names that generate.fill() and generate.fresh_fill()
provide, imports of this file with a small script checking its placeholders, key sets,
labels, Subject placeholders and the Luhn failure of the card-like numbers in the negatives,
small Python string edits of this file, and ruff format and ruff check on this file.
It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.

Angle: durable medical equipment, supplies and care delivered to the home. Mail from and to
DME/HME suppliers, respiratory therapists and home oxygen companies, CPAP/BiPAP resupply
programs and compliance downloads, diabetic supply, CGM and insulin-pump distributors,
wheelchair and power-mobility suppliers (seating evaluations, face-to-face notes, prior
authorisation for power chairs), orthotics and prosthetics clinics (fittings, socket
changes), home infusion pharmacies and their nurses, enteral nutrition suppliers, ostomy and
wound-supply mail order, hospital bed and patient-lift deliveries, device-recall outreach to
named patients, drivers' delivery tickets and proofs of delivery, rental billing and
capped-rental notices, certificates of medical necessity, and Medicare and Medicaid DME
documentation requests. Shapes vary: forms with "Label: value" fields, ALL-CAPS system
printouts, pasted tables, forwarded threads with "> " quoting, terse notes with typos, long
narratives, delivery tickets, Spanish, French and Portuguese. The hard negatives come from
the same world: product catalogues and price lists, recall notices to all customers with no
patient, HCPCS code lists and fee schedules, delivery route schedules and fleet maintenance,
warehouse inventory counts, vendor invoices, quotes and purchase orders, staff rosters and
on-call schedules, accreditation survey preparation, infection-control training on cleaning
equipment, marketing for new masks and supplies, aggregate compliance and denial statistics,
letter templates with bracketed fields, a coding reminder with literal ICD-10 codes and no
patient, signatures with NPI and phone/fax, tracking and invoice numbers, and card-like
numbers that fail the Luhn check.

This file's own placeholders (FRESH45_VOCAB): {dx45} {rx45} {enteral45} {cpap45}
{o2test45} {supply45} {op45} for the patient templates, {dme45} {denial45} {supplier45}
{hcpcs45} used in both groups (in negatives they name equipment, a denial reason, a supplier
or a billing code, never a person's health), and {role45} {route45} for the negatives.
Other placeholders come from generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, injury, visit or admission for care, payment for care). For this split a piece of
medical equipment or a medical supply delivered to, rented by, fitted on, set up for,
recalled from or picked up from a named person is a device and so health information: a
delivery ticket naming the recipient of an oxygen concentrator, or a capped-rental letter to
a named CPAP user, is PHI; so is a decedent whose equipment is collected. A delivery driver,
respiratory therapist, seating specialist, orthotist, infusion nurse or billing clerk named
as staff is not a patient. subject_phi is True only when the Subject alone identifies a
patient together with health information (equipment counts), or holds a patient identifier
(MRN, MBI) in a care context; PHI templates whose Subject is not PHI carry no person's name
in the Subject at all (only order, invoice, claim or ticket numbers). validated is True
exactly when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body. Negatives never
use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi}, {passport} or {intl_name},
never pair a home address with equipment, and name only staff, physicians as staff,
vendors, manufacturers, payers or nobody, or give aggregate figures; the card-like numbers
written literally in them fail the Luhn check. Anything ambiguous (a route sheet of street
addresses with the item left at each, a Subject naming a person with only "delivery" and no
item) was either left out or written so that no person is identifiable.
"""

from __future__ import annotations

FRESH45_VOCAB: dict[str, list[str]] = {
    "dme45": [
        "CPAP with heated humidifier",
        "auto-titrating CPAP",
        "BiPAP S/T with backup rate",
        "5-liter stationary oxygen concentrator",
        "portable oxygen concentrator",
        "liquid oxygen reservoir and portable",
        "semi-electric hospital bed with half rails",
        "full-electric hospital bed",
        "Hoyer lift with full-body sling",
        "Group 2 power wheelchair",
        "Group 3 power wheelchair with tilt and recline",
        "ultralight manual wheelchair",
        "rolling walker with seat",
        "3-in-1 bedside commode",
        "alternating pressure mattress",
        "low air loss mattress overlay",
        "nebulizer compressor",
        "enteral feeding pump",
        "negative pressure wound therapy unit",
        "home ventilator",
        "cough assist device",
        "TENS unit",
        "knee walker",
    ],
    "supply45": [
        "full-face mask with cushions and headgear",
        "nasal pillow cushions",
        "heated tubing and disposable filters",
        "test strips and lancets",
        "CGM sensors",
        "insulin pump pods",
        "infusion sets and reservoirs",
        "drainable ostomy pouches and barrier rings",
        "silicone foam dressings",
        "calcium alginate dressings",
        "intermittent catheters, 14 Fr",
        "enteral formula and gravity bags",
        "G-tube extension sets",
        "nasal cannulas and 25-foot oxygen tubing",
        "compression stockings, 30-40 mmHg",
        "incontinence briefs, size large",
    ],
    "dx45": [
        "ALS",
        "a C5 spinal cord injury",
        "T10 paraplegia",
        "multiple sclerosis with leg weakness",
        "a right below-knee amputation",
        "a left above-knee amputation",
        "a stage 4 sacral pressure injury",
        "spastic quadriplegic cerebral palsy",
        "Duchenne muscular dystrophy",
        "spina bifida",
        "advanced heart failure",
        "Parkinson's disease with frequent falls",
        "post-polio syndrome",
        "a hip fracture",
        "end-stage COPD",
        "severe rheumatoid arthritis",
        "morbid obesity",
        "a stroke with left-sided weakness",
        "dementia with falls",
        "metastatic lung cancer",
    ],
    "rx45": [
        "IV vancomycin 1.25 g every 12 hours",
        "IV ertapenem 1 g daily",
        "IV cefazolin 2 g every 8 hours",
        "daptomycin 6 mg/kg daily",
        "TPN 1,800 mL over 12 hours nightly",
        "IVIG 2 g/kg every 4 weeks",
        "milrinone continuous infusion",
        "treprostinil by CADD pump",
        "IV micafungin daily",
        "ceftriaxone 2 g daily",
        "IV fluids, 1 L normal saline daily",
        "IV iron sucrose",
        "IV acyclovir every 8 hours",
    ],
    "enteral45": [
        "Jevity 1.5 at 60 mL/h by G-tube",
        "Peptamen 1.5 boluses four times a day",
        "Osmolite 1.2 overnight by pump",
        "a blenderized whole-food formula, 4 cartons a day",
        "Vital 1.5 continuous at 50 mL/h",
        "Nutren 2.0 boluses, 5 cans a day",
    ],
    "cpap45": [
        "average use 3.2 hours a night, 41% of nights over 4 hours",
        "average use 6.8 hours a night, residual AHI 2.1",
        "residual AHI 14.6 with high leak",
        "large mask leak on most nights",
        "usage 0 hours for the last 12 nights",
        "average use 4.6 hours, 72% of nights over 4 hours",
        "central apneas at an index of 11 on the current pressure",
    ],
    "o2test45": [
        "SpO2 86% on room air at rest",
        "SpO2 87% walking, 93% on 2 L/min",
        "PaO2 54 mmHg on room air",
        "SpO2 under 88% for 9 minutes of the overnight oximetry",
        "SpO2 85% on room air during the six-minute walk",
    ],
    "op45": [
        "transtibial socket with a pin-lock liner",
        "transfemoral prosthesis with a microprocessor knee",
        "custom AFO for the left leg",
        "KAFO for the right leg",
        "cranial remolding helmet",
        "TLSO back brace",
        "partial foot prosthesis",
        "myoelectric arm prosthesis",
        "diabetic shoes with custom inserts",
        "hinged knee brace",
    ],
    "denial45": [
        "no face-to-face exam in the 6 months before the order",
        "the CMN is missing the physician's signature date",
        "CPAP use under 4 hours on 70% of nights in the first 90 days",
        "the qualifying oxygen test is more than 30 days old",
        "same or similar equipment was billed within 5 years",
        "the mobility exam does not say why a cane or walker is not enough",
        "no home assessment on file",
        "the written order does not describe the item",
        "the proof of delivery is unsigned",
    ],
    "supplier45": [
        "Lakeshore Home Medical",
        "Tri-County Oxygen & Respiratory",
        "Keystone Mobility",
        "Harbor Diabetic Supply",
        "NorthBay Home Infusion",
        "Cedar Orthotics & Prosthetics",
        "Prairie Enteral Services",
        "Evergreen Ostomy Direct",
        "Blue Mesa HME",
        "Riverside Sleep Supply",
    ],
    "hcpcs45": [
        "E0601 (CPAP device)",
        "E0471 (bilevel with backup rate)",
        "E1390 (oxygen concentrator)",
        "E0431 (portable gaseous oxygen)",
        "K0823 (Group 2 power wheelchair)",
        "E0260 (semi-electric hospital bed)",
        "E0630 (hydraulic patient lift)",
        "A7030 (full-face mask)",
        "E2103 (CGM receiver)",
        "B9002 (enteral infusion pump)",
        "E0143 (folding wheeled walker)",
        "E2402 (negative pressure wound therapy pump)",
    ],
    "role45": [
        "respiratory therapist",
        "delivery technician",
        "intake coordinator",
        "rehab technology supplier (ATP)",
        "certified prosthetist-orthotist",
        "home infusion nurse",
        "billing specialist",
        "warehouse lead",
        "resupply coordinator",
        "compliance officer",
    ],
    "route45": [
        "Route 4 (north county)",
        "Route 9 (downtown)",
        "Route 12 (lakeside)",
        "Route 17 (rural west)",
        "Route 21 (airport corridor)",
        "Route 26 (river towns)",
    ],
}


FRESH45_PHI: list[dict] = [
    {
        "subject": "90-day compliance report",
        "body": (
            "CPAP COMPLIANCE SUMMARY\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Device: {dme45}\n"
            "Setup date: {date}\n"
            "Download: {cpap45}\n"
            "Ordering physician: Dr. {provider}\n\n"
            "Medicare needs a clinical re-evaluation between day 31 and day 91 that says the "
            "patient is benefiting. Please book the follow-up and send us the note.\n"
            "{supplier45} Sleep Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPAP resupply due - {name}",
        "body": (
            "Hi {first},\n\n"
            "Your insurance now allows new mask cushions, filters and tubing for your sleep "
            "apnea machine. Reply YES and we will ship them to the address on file, or call "
            "{phone} to change it. If your mask has been uncomfortable, tell us and a "
            "respiratory therapist will call you.\n\n{supplier45}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Oxygen qualification",
        "body": (
            "HOME OXYGEN QUALIFYING TEST\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "MBI: {mbi}\n"
            "TEST DATE: {date}\n"
            "RESULT: {o2test45}\n"
            "DX: {icd}\n"
            "RX: 2 LPM CONTINUOUS VIA NASAL CANNULA, 24 HRS/DAY\n"
            "EQUIPMENT: STATIONARY CONCENTRATOR + PORTABLE\n"
            "ORDERING MD: {provider}  NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Face-to-face mobility exam",
        "body": (
            "Dear {supplier45} team,\n\n"
            "I saw {name} in clinic on {date} for a mobility examination. {first} is {age} and "
            "has {dx45}. At home she cannot walk more than about 10 feet with the rolling "
            "walker before her legs give out, and she fell twice last month going from the "
            "bedroom to the bathroom. She cannot self-propel a manual chair because of "
            "shoulder weakness and pain. She is alert, able to operate a joystick safely, and "
            "willing to use a power chair; her home has a ramp and the doorways are wide "
            "enough.\n\n"
            "A power wheelchair is required for mobility-related activities of daily living in "
            "the home. The signed order and my note are attached.\n\n"
            "Dr. {provider}\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Seating eval - results",
        "body": (
            "Client: {last}, {first}\n"
            "Eval date: {date}   ATP: {provider}\n\n"
            "Measurement        | Value\n"
            "-------------------|---------\n"
            "Hip width          | 17 in\n"
            "Seat depth (L/R)   | 18 / 18.5 in\n"
            "Back height        | 21 in\n"
            "Pelvic obliquity   | right side low, flexible\n"
            "Skin               | healed stage 2 on the left ischium\n\n"
            "Dx: {dx45}. Recommending skin-protection cushion, lateral supports and power "
            "tilt. Quote to follow.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: delivery before discharge",
        "body": (
            "Can someone on the afternoon route take this? Needs to be there by 5.\n\n"
            "-----Original Message-----\n"
            "From: {provider}, RN Case Manager\n"
            "Sent: {date}\n"
            "Subject: delivery before discharge\n\n"
            "> Patient {name} is going home today to {address}.\n"
            "> Needs a {dme45} and a 3-in-1 commode set up before she arrives.\n"
            "> Diagnosis {dx45}. Daughter {name2} will be there, cell {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delivery ticket {order}",
        "body": (
            "DELIVERY TICKET #{order}\n"
            "Deliver to: {name}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Item: {dme45}\n"
            "Serial: HM{code}\n"
            "Set up and instructed: yes\n"
            "Received by: {name2} (spouse)\n"
            "Driver: {provider_first}   Time: {time}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your rental has reached month 13",
        "body": (
            "Dear {name},\n\n"
            "Your {dme45} has now been rented for 13 months. Under Medicare's capped rental "
            "rules, ownership of the equipment transfers to you this month and you will not "
            "be billed further rental. We will still repair it if needed; service calls are "
            "billed separately.\n\n"
            "Questions? Call our billing office at {phone}.\n"
            "{supplier45}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received - thank you",
        "body": (
            "Hello {name},\n\n"
            "We charged {amount2} to card {card} for month 6 of your {dme45} rental. Your "
            "insurance paid its share on {date}. Your next automatic payment will be on the "
            "same day next month.\n\n"
            "Account {account}\n{supplier45} Billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "CMN for signature",
        "body": (
            "Dr. {provider_last},\n\n"
            "Please sign and date section D of the attached certificate of medical necessity "
            "(CMS-484, oxygen) and fax it back to {phone}.\n\n"
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Diagnosis: {icd}\n"
            "Qualifying result: {o2test45}\n"
            "Flow rate: 3 L/min, continuous\n"
            "Initial date: {date}\n\n"
            "Thank you,\n{supplier45} Intake\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Additional documentation request, claim {claim}",
        "body": (
            "The DME MAC has selected the claim below for medical review. Records are due in "
            "45 days.\n\n"
            "Beneficiary: {name}\n"
            "Medicare ID: {mbi}\n"
            "Date of service: {date}\n"
            "Item: {hcpcs45}\n\n"
            "Please send the face-to-face note, the written order, the proof of delivery and "
            "any notes that document {dx45}.\n"
            "Medical Review Department\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Medicaid prior auth request",
        "body": (
            "Recipient: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Item requested: {dme45}\n"
            "Diagnosis: {dx45}\n"
            "Length of need: 99 months (lifetime)\n"
            "Ordering provider: Dr. {provider}, NPI {npi}\n"
            "Status: pended, please upload the home assessment\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "sensor failed early",
        "body": (
            "Pt {name} called the support line, her CGM sensor fell off on day 4 and the "
            "receiver showed sensor error. She has type 1 diabetes and is testing with "
            "fingersticks until the replacement arrives. Shipping a replacement to {address} "
            "overnight, case #{ref}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pump training scheduled",
        "body": (
            "Hi {provider_first},\n\n"
            "{name} (DOB {dob}) is scheduled to start on the tubeless insulin pump on {date} "
            "at {time}. Please have the pods and the basal settings from the endocrinologist "
            "ready. Current regimen: Lantus 22 units and Humalog with meals. Last A1c 9.4%.\n\n"
            "Thanks,\nDiabetes Education\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Important safety notice about your device",
        "body": (
            "Dear {name},\n\n"
            "Our records show that on {date} we supplied you with a CPAP machine, serial number "
            "SN{code}, which is part of a manufacturer's recall of its sound-abatement foam. "
            "Please do not stop using your device without talking to your doctor. Register "
            "the serial number at the manufacturer's website, or call us at {phone} and we "
            "will do it for you and arrange a replacement.\n\n"
            "{supplier45} Patient Safety\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall outreach - call log {date}",
        "body": (
            "Patient           | Phone          | Device serial | Status\n"
            "------------------|----------------|---------------|------------------------\n"
            "{name}    | {phone} | SN{code}      | left voicemail\n"
            "{name2}   | (none)         | SN{ext}0{ext} | mailed letter\n"
            "{intl_name} | {phone} | SN{ext}8{ext} | replacement shipped\n\n"
            "All three use a CPAP from the recalled lot. Next attempt Thursday.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Socket change - {name}",
        "body": (
            "Her residual limb volume has dropped again and the liner is pistoning. We will "
            "cast for a new transtibial socket on {date} and fit a test socket the week after.\n"
            "{provider_first}, CPO\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your fitting appointment",
        "body": (
            "Dear {name},\n\n"
            "Your {op45} is ready for fitting at Cedar Orthotics & Prosthetics on {date} at "
            "{time}. Please wear the shoes you use most and allow 90 minutes. If you cannot come, "
            "call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Visit note {date}",
        "body": (
            "Patient: {name}\n"
            "Therapy: {rx45}\n"
            "Access: PICC right upper arm, 42 cm, dressing and caps changed, site clean\n"
            "Vitals: T 98.9, BP 126/78, HR 84\n"
            "Labs drawn: CBC, CMP, trough, sent to the reference lab\n"
            "Patient independent with the elastomeric pump. Next visit {date2}.\n"
            "{provider}, RN, home infusion\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New referral: {name} - {rx45}",
        "body": (
            "Discharging from 6 East on {date}. Insurance {company} PPO, member ID {member}. "
            "First dose given inpatient; first home dose due tomorrow at {time}. Please "
            "confirm you can staff the start-of-care visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Formula change",
        "body": (
            "Per the dietitian's note from {date}, {name} is switching to {enteral45}. "
            "Weight is down 9 lb since admission. Please cancel the standing order for the "
            "old formula and ship the new one with pump sets to the home by Friday. "
            "Caregiver: {name2}, {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Entrega de fórmula y bolsas de alimentación",
        "body": (
            "Estimada Sra. {last}:\n\n"
            "Su pedido mensual de fórmula para la sonda de alimentación (gastrostomía) y las "
            "bolsas para la bomba llegará el {date} entre las 9 y las 12. Alguien mayor de 18 "
            "años debe firmar la entrega en {address}. Si necesita cambiar la fecha, llame al "
            "{phone}.\n\n"
            "{supplier45}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your supply order {order} has shipped",
        "body": (
            "Hi {first},\n\n"
            "Your monthly ostomy order shipped today to {address}:\n"
            "  20 x one-piece drainable pouch, cut-to-fit\n"
            "  10 x barrier ring\n"
            "  1 x adhesive remover wipes (box of 50)\n\n"
            "Tracking: {tracking}. Your next order is due on {date2}.\n"
            "{supplier45}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wound supplies - weekly order",
        "body": (
            "Patient: {name}\n"
            "Wound: stage 4 sacral pressure injury, 6.0 x 4.2 x 1.1 cm, moderate drainage\n"
            "Dressing: silicone foam 6x6 over alginate, change 3x weekly\n"
            "Quantity: 12 for the month\n"
            "Ordered by: {provider}, wound care nurse\n"
            "Ship to home, signature required.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bed and lift delivery {date}",
        "body": (
            "Delivering a full-electric bed, an air mattress and a Hoyer lift to {name} at "
            "{address} tomorrow morning. "
            "He is bedbound with {dx45} and hospice is admitting him the same day, so please "
            "call the hospice nurse at {phone} before you leave the warehouse. Two techs "
            "needed, narrow stairs.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "stop 6",
        "body": (
            "pt wasnt home, left door tag. neighbor said hes back in the hosptial agian for the "
            "copd. wil retry tmrw. {name}, {address}. o2 tanks still in the van\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Equipment pickup request",
        "body": (
            "The family of {name} called this morning; he passed away on {date}. Please "
            "schedule pickup of the {dme45}, the oxygen concentrator and all cylinders from "
            "{address}. His son {name2} will be at the house, {phone}. Stop the rental "
            "billing as of the date of death.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RT HOME VISIT REPORT",
        "body": (
            "PATIENT: {upper_name}\n"
            "ADDRESS: {address}\n"
            "VISIT DATE: {date}\n"
            "EQUIPMENT: {dme45}\n"
            "SPO2 AT REST ON 3 LPM: 91%\n"
            "FINDINGS: {o2test45}\n"
            "NOTES: PATIENT STILL SMOKING IN THE HOME. RE-EDUCATED ON FIRE RISK. NO SIGNS OF "
            "BURNS ON CANNULA. MD NOTIFIED.\n"
            "RT: {provider}, RRT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - O2 sat 84% on room air",
        "body": "Found at the RT visit today. Called the doctor's office for a new order.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - CPAP order missing sleep study",
        "body": (
            "We cannot set up the machine without the diagnostic study. Can you fax the "
            "report and the last office note to {phone}? Thanks.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {name} MBI {mbi} - power chair",
        "body": (
            "The prior authorization came back non-affirmed: {denial45}. I have asked the "
            "clinic for an addendum and will resubmit once it is in.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Fw: {last}, {first} - wound vac pickup",
        "body": (
            "Wound is closed per the home health nurse, Dr. {provider_last} signed the "
            "discontinue order. Please pick up the pump and canisters this week.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PA approved: {dme45} for {first} {last}",
        "body": (
            "Approved for 13 months of rental, authorization {ref}, valid {date} to {date2}. "
            "Go ahead and schedule the delivery.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} CGM alarms overnight",
        "body": (
            "Her daughter called at 7. Three readings under 54 mg/dL between 2 and 5 am. The "
            "receiver alarmed each time and they treated with juice. She wants to know "
            "whether the endo should lower the night basal. Please call back at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Recordatorio: ya puede pedir su mascarilla nueva",
        "body": (
            "Estimado/a {name}:\n\n"
            "Según su seguro, ya le corresponde una mascarilla nueva y filtros para su equipo "
            "CPAP para la apnea del sueño. Responda SÍ a este correo o llame al {phone} y se "
            "los enviaremos sin costo adicional.\n\n"
            "Su terapeuta respiratorio, {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Visita de la enfermera de infusión",
        "body": (
            "Hola {first}:\n\n"
            "La enfermera irá a su casa en {address} el {date} a las {time} para cambiar el "
            "apósito del catéter PICC y revisar la bomba de su tratamiento ({rx45}). Tenga "
            "listos los medicamentos del refrigerador. Si tiene fiebre o enrojecimiento en el "
            "brazo, llame al {phone} de inmediato.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Livraison de votre concentrateur d'oxygène",
        "body": (
            "Bonjour M. {last},\n\n"
            "Votre concentrateur d'oxygène sera livré le {date} au {address}. Notre technicien "
            "vous montrera comment régler le débit prescrit (2 L/min) pour votre BPCO et "
            "comment nettoyer les lunettes nasales. Merci de prévoir une prise électrique "
            "libre près du lit.\n\n"
            "Service client : {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Entrega da cadeira de rodas motorizada",
        "body": (
            "Prezado Sr. {name},\n\n"
            "A sua cadeira de rodas motorizada, aprovada pelo plano após a avaliação de "
            "postura, ficou pronta. O técnico fará a entrega e o ajuste do assento no dia "
            "{date}. Por causa da sua esclerose múltipla, o encosto terá inclinação "
            "elétrica.\n\n"
            "Dúvidas: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Statement {invoice}",
        "body": (
            "Patient: {name}\n"
            "Account: {account}\n\n"
            "Date       | Item                              | Billed   | Ins paid | You owe\n"
            "{date} | {hcpcs45} rental, month 9 of 13 | {amount} | pending  | -\n"
            "{date2} | {supply45}, monthly | {amount2} | denied   | {amount2}\n\n"
            "Pay online or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claim denied - {claim}",
        "body": (
            "Beneficiary: {name}\n"
            "Diagnosis code: {icd}\n"
            "Item: {dme45}\n"
            "Denial reason: {denial45}\n"
            "Action: request records from Dr. {provider_last}, then file a redetermination "
            "within 120 days.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Diabetic supply order form",
        "body": (
            "DIABETIC TESTING SUPPLIES - DETAILED WRITTEN ORDER\n"
            "Patient name: {name}\n"
            "Date of birth: {dob}\n"
            "Diagnosis (ICD-10): {icd}\n"
            "Insulin treated: yes\n"
            "Testing frequency: 4 times a day\n"
            "Items: meter, test strips, lancets, control solution\n"
            "Quantity: 90-day supply, refills 3\n"
            "Prescriber: {provider}, NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Request for face-to-face note",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "We received your order for a {dme45} for your patient {name} (DOB {dob}). Before "
            "we can deliver it, Medicare needs the note from an in-person visit that addresses "
            "the need for it; the note we received has this problem: {denial45}. Please fax "
            "the visit note to {phone}.\n\n"
            "Intake Department\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "question about moms oxygen",
        "body": (
            "hi, my mom {name} keeps pulling the cannula off at night and the concentrator "
            "beeps constantly, it woke the whole house up. she has copd and heart failure. "
            "is there a mask she would keep on better? we're at {address}.\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Still no wheelchair",
        "body": (
            "This is {name}. I was measured for my power chair in March and every time I call "
            "I am told the paperwork is with my doctor. I have {dx45} and I am stuck in one "
            "room of my apartment without it. My number is {phone}. Please tell me what is "
            "missing.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: bipap settings",
        "body": (
            "Changed it remotely this morning, new download next week.\n"
            "{provider_first}, RRT\n\n"
            "> From: Dr. {provider}\n"
            "> OK to increase to IPAP 16 / EPAP 8 for {name}.\n"
            ">\n"
            ">> From: {provider_first}\n"
            ">> Her download shows {cpap45} on the current settings, still\n"
            ">> waking up with headaches. Her ALS weakness is getting worse.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your order is on backorder",
        "body": (
            "{first} {last},\n\n"
            "The {supply45} on your order {order} are backordered by the manufacturer until "
            "{date}. We can send a substitute of the same size today if you reply SUB, or you "
            "can wait for your usual product.\n\n"
            "{supplier45} Customer Care\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DME needs for discharges today",
        "body": (
            "Three going home from 5 North:\n"
            "- Rm 512 {name}: {dme45}, rolling walker. Ins {company}.\n"
            "- Rm 518 {name2}: home O2 2 L, qualified this morning.\n"
            "- Rm 521 {intl_name}: bedside commode only.\n"
            "Please confirm delivery windows with me by noon.\n"
            "{provider}, discharge planner, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Non-adherent CPAP list, week of {date}",
        "body": (
            "Name              | Setup      | Avg use | Nights >4 h\n"
            "{name}     | {date2} | 2.1 h   | 28%\n"
            "{name2}    | {date2} | 3.4 h   | 52%\n"
            "{name3}    | {date2} | 0.6 h   | 4%\n\n"
            "RTs please call each of these patients about mask fit this week.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Replacement pump shipped",
        "body": (
            "Warranty case {ref}\n"
            "Patient: {name}\n"
            "Reported issue: motor error alarm, no insulin delivered for about 2 hours\n"
            "Ship to: {address}\n"
            "Replacement shipped {date} via {tracking}\n"
            "Patient told to use injections until the new pump arrives.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} vanco trough 24.1",
        "body": "Held tonight's dose and paged the ID fellow. Redraw before the AM dose.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medicaid renewal - enteral",
        "body": (
            "Recipient: {name}\n"
            "SSN: {ssn}\n"
            "Product: {enteral45}\n"
            "Reason: dysphagia after a stroke, nothing by mouth\n"
            "The renewal packet needs a new prescription and the dietitian's weight history "
            "before {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Copay for your new liner",
        "body": (
            "Hi {name},\n\n"
            "Thank you for your payment of {amount2} for the new gel liner and the "
            "adjustments to your below-knee prosthesis. It was charged to card {card} as you "
            "asked. Your next check with {provider_first} is in six weeks.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "wc eval",
        "body": (
            "seen {first} {last} at home today for w/c eval. cant self propel more then 20 ft, "
            "shoulder pain both sides, {dx45}. recomend grp 3 w/ tilt. need F2F from dr "
            "{provider_last} before we can submit. pt phone {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Proof of delivery - {order}",
        "body": (
            "PROOF OF DELIVERY\n"
            "Beneficiary: {name}\n"
            "Delivery address: {address}\n"
            "Date delivered: {date}\n"
            "Item: {hcpcs45}\n"
            "Quantity: 1\n"
            "Condition: new\n"
            "Received by: beneficiary (signature on tablet)\n"
            "Technician: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New CPAP order",
        "body": (
            "Patient: {name}\n"
            "Phone: {phone}\n"
            "Diagnosis: obstructive sleep apnea, AHI 31 on the home sleep test\n"
            "Order: auto-titrating CPAP, pressure 5-15 cm H2O, medium full-face mask\n"
            "Sleep physician: Dr. {provider}\n"
            "Please contact the patient to schedule setup.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail - oxygen line",
        "body": (
            "Transcription: Hi, this is {name}, I'm calling about my oxygen. I'm down to my "
            "last portable tank and I have a doctor's appointment Friday. Can someone bring "
            "more before then? My address is {address}. Thank you.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Orthotic delivery receipt",
        "body": (
            "O&P DELIVERY RECEIPT\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "DEVICE: {op45}\n"
            "FIT CHECK: GOOD, NO REDNESS AFTER 20 MIN OF WEAR\n"
            "WEAR SCHEDULE: 1 HR ON / 1 HR OFF, ADD 1 HR DAILY\n"
            "WARRANTY: 90 DAYS, WORKMANSHIP\n"
            "CLINICIAN: {provider}, CO\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - {op45} rubbing",
        "body": (
            "Mom called, red mark on the shin after two hours of wear. Told her to stop using "
            "it until we see him. Added to Friday's adjustment clinic.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pedido de sensores de glucosa - {name}",
        "body": (
            "Paciente con diabetes tipo 1, usa sensores CGM cada 10 días. Su seguro aprobó 3 "
            "sensores al mes. Enviar a {address}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pickup - {intl_name} - hospital bed",
        "body": (
            "Moved to a nursing home on {date}, family wants the bed and mattress out this "
            "week. Call {phone} to set a time.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH45_NEG: list[dict] = [
    {
        "subject": "New CPAP masks now in stock",
        "body": (
            "We have added three new masks to the catalogue:\n\n"
            "  FeatherLite nasal pillow mask (S/M/L)     $89.00\n"
            "  QuietSeal full-face mask (S/M/L/XL)      $149.00\n"
            "  OpenView minimal-contact nasal mask      $119.00\n\n"
            "Replacement cushions ship in packs of three. Ask your account manager, "
            "{name}, about introductory pricing for referral sources.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "2027 retail price list",
        "body": (
            "Item                                   | Purchase | Monthly rental\n"
            "---------------------------------------|----------|---------------\n"
            "Rolling walker with seat               | $129     | n/a\n"
            "Semi-electric hospital bed             | $1,450   | $185\n"
            "5-liter oxygen concentrator            | $1,295   | $210\n"
            "Knee walker                            | $249     | $45\n"
            "Hoyer lift with sling                  | $1,100   | $140\n\n"
            "Prices effective {date}. Delivery within 30 miles is free.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Safety notice to all customers: {dme45}",
        "body": (
            "Dear customer,\n\n"
            "The manufacturer has announced a voluntary recall of certain units of this "
            "product made between January and June because a power supply may overheat. "
            "Check the label on the bottom of your unit: if the serial number begins with "
            "PX4, call us at {phone} and we will exchange it at no cost. Other units are not "
            "affected.\n\n{supplier45}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DMEPOS fee schedule update",
        "body": (
            "The quarterly DMEPOS fee schedule is posted. Changes for our top items:\n\n"
            "HCPCS | Description                         | Old     | New\n"
            "E0601 | CPAP device, monthly rental         | $91.20  | $93.05\n"
            "E1390 | Oxygen concentrator, monthly        | $161.40 | $164.77\n"
            "K0823 | Power wheelchair, Group 2 standard  | $381.14 | $388.90\n"
            "A7030 | Full-face mask, each                | $150.62 | $153.66\n\n"
            "Billing will load the new rates on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Route schedule, week of {date}",
        "body": (
            "Mon-Wed: {route45}, driver {name}, van 14\n"
            "Thu-Fri: same route, driver {name2}, van 9\n"
            "Oxygen cylinder runs: {name3}, box truck, Tue and Fri\n\n"
            "Average stops per day last week: 17. Please clock out through the app, not the "
            "paper sheet.\nDispatch, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Van 14 out of service",
        "body": (
            "Van 14 is at the shop until {date2}: liftgate hydraulic leak and the 60,000-mile "
            "service. Repair estimate {amount}. {route45} will use the spare van; the spare "
            "has no liftgate, so schedule bed deliveries for Thursday.\n"
            "Fleet, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Month-end inventory count",
        "body": (
            "WAREHOUSE COUNT {date}\n"
            "OXYGEN CONCENTRATORS READY: 42\n"
            "IN CLEANING: 11\n"
            "QUARANTINE (RECALL): 6\n"
            "CPAP DEVICES NEW IN BOX: 87\n"
            "HOSPITAL BEDS READY: 15\n"
            "POWER CHAIRS AWAITING PARTS: 4\n"
            "VARIANCE VS SYSTEM: -2 CONCENTRATORS, INVESTIGATING\n"
            "COUNTED BY: {name}, {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} from {company}",
        "body": (
            "Bill to: {supplier45}\n"
            "PO: {order}\n\n"
            "Qty 40   Stationary oxygen concentrator, 5 L          {sku}\n"
            "Qty 200  Nasal cannula, adult, 7 ft\n"
            "Qty 24   Humidifier bottles\n\n"
            "Total: {amount}\nTerms: net 45\nRemit to: {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - masks and tubing",
        "body": (
            "Please ship:\n"
            "  A7030 full-face masks, medium, 60 each\n"
            "  A7034 nasal masks, medium, 80 each\n"
            "  A7037 standard tubing, 200 each\n"
            "  A7038 disposable filters, 1,000 each\n"
            "Ship to our main warehouse. Need by {date}.\n"
            "{name}, Purchasing\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RT on-call schedule",
        "body": (
            "Week 1: {name} (primary), {name2} (backup)\n"
            "Week 2: {name2} (primary), {name3} (backup)\n"
            "Week 3: {provider} (primary), {name} (backup)\n\n"
            "After-hours line forwards to the on-call cell at 5 pm. Ventilator calls always "
            "go to the primary. Swaps must be approved by the clinical manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accreditation survey prep",
        "body": (
            "The surveyor may arrive any day after {date}. Checklist:\n"
            "1. Complaint log current and each complaint closed within 14 days\n"
            "2. Cleaning logs for every returned concentrator and bed\n"
            "3. Driver training records, including cylinder safety\n"
            "4. Emergency plan tested this year\n"
            "5. Patient rights posters in the showroom, English and Spanish\n"
            "Owner for each item: {name}. Mock survey on {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Training: cleaning returned equipment",
        "body": (
            "Required for all warehouse staff and drivers. Topics: dirty-to-clean workflow, "
            "intermediate-level disinfectant contact times, changing concentrator filters, "
            "bag-and-tag for clean units, and PPE when handling equipment returned from homes "
            "with isolation precautions. Sessions on {date} and {date2}, led by {name}, "
            "infection control lead.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sleep better with the FeatherLite",
        "body": (
            "Tired of red marks on your nose? Our new FeatherLite nasal pillow mask weighs "
            "less than two ounces and works with all major CPAP machines. Most insurance "
            "plans cover a new mask every three months. Ask about a free fitting at any "
            "{supplier45} showroom.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 CPAP adherence",
        "body": (
            "New setups this quarter: {count}\n"
            "Met the 90-day adherence rule: 71% (goal 75%)\n"
            "Average nightly use: 5.4 hours\n"
            "Most common reason for low use: mask discomfort (38%)\n\n"
            "Thanks to {name}'s team for the early-call program; adherence rose 6 points in "
            "the patients they reached in week one.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New fax number for orders",
        "body": (
            "Starting {date}, please fax all DME orders and CMNs to our new intake line. The "
            "old number will forward for 60 days.\n\n"
            "{name}, RRT\nClinical Manager, {supplier45}\nNPI {npi}\n"
            "Phone ext {ext} | Fax {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fuel card declined",
        "body": (
            "Hi {first},\n\n"
            "The fuel card for van 9 (5412 7534 8821 0046) was declined at two stations "
            "yesterday, and the backup card 4024 0071 5533 2981 came back as an invalid "
            "number. Can you call the bank and check the digits? PO {order}.\n\n"
            "Fleet Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Driver of the month: {name}",
        "body": (
            "Congratulations to {name}, who made 412 deliveries this month, set up 63 oxygen "
            "concentrators and had zero missed windows. {first} also trained two new "
            "technicians on hospital bed assembly. Enjoy the gift card (4532 8811 2047 6615) "
            "and the reserved parking spot!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: delivery technician",
        "body": (
            "{supplier45} is hiring full-time delivery technicians. Duties: deliver and set "
            "up oxygen, beds and mobility equipment, teach safe use, and keep the van clean. "
            "Requirements: clean driving record, able to lift 75 lb, customer service "
            "experience. Hiring manager: {name}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oxygen cylinder safety refresher",
        "body": (
            "Reminder for drivers: cylinders must ride upright in the rack, never loose on "
            "the floor. No more than 12 E-cylinders in a van. Placards on when carrying more "
            "than 1,000 lb. Refresher quiz due by {date}; {name} has the sign-in sheet.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Capacitación: limpieza y desinfección de equipos",
        "body": (
            "Todo el personal del almacén debe asistir a la capacitación sobre limpieza de "
            "concentradores de oxígeno, camas y sillas de ruedas devueltas. Fecha: {date}, "
            "8:00 a.m. Instructora: {name}. Se tomará asistencia.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Promotion : nouveaux masques CPAP",
        "body": (
            "Découvrez notre nouveau masque narinaire, plus léger et plus silencieux. Offre "
            "valable jusqu'au {date} dans toutes nos agences. Renseignements : {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DAILY DISPATCH SUMMARY",
        "body": (
            "DATE: {date}\n"
            "ROUTE                       STOPS  DELIVERED  PICKUPS  MISSED\n"
            "{route45}          18     14         3        1\n"
            "OXYGEN CYLINDER RUN         22     22         0        0\n"
            "WILL CALL (SHOWROOM)        9      9          0        0\n"
            "TOTAL                       49     45         3        1\n"
            "DISPATCHER: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: rep visit - new CGM",
        "body": (
            "Anyone free Tuesday? Worth seeing.\n\n"
            "> From: {name}, {company}\n"
            "> I'd like to show your diabetes team our new 15-day CGM sensor and the\n"
            "> updated reader, and go over the new billing codes. I can bring lunch\n"
            "> on {date}. My cell is {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "out of caths",
        "body": (
            "ran out of 14fr caths agian, plz reorder from {company} asap. po {order}. also "
            "low on 25ft tubing and the small nasal pillows\n{first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LCD update: home oxygen",
        "body": (
            "The DME MACs have revised the oxygen coverage policy. Summary: the qualifying "
            "test may now be done during an inpatient stay within 2 days of discharge, and "
            "the CMN is no longer required for new orders, but the medical record must "
            "support the need. Education session for intake staff on {date}, led by "
            "{name}, {role45}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: documenting power mobility",
        "body": (
            "For physician offices and therapists. Learn what a face-to-face note for a power "
            "wheelchair must include, common reasons for denial (for example, {denial45}), "
            "and how the seating evaluation fits in. Presenter: {name}, {role45}. "
            "{date}, noon. Register at https://example.org/mobility.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicaid revalidation for our supplier number",
        "body": (
            "Our state Medicaid enrollment is due for revalidation by {date}. I need the "
            "surety bond certificate, the updated accreditation letter and the list of "
            "locations. NPI {npi}, tax ID 47-2918365.\n{name}, {role45}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Top denial reasons, Q3",
        "body": (
            "Denials this quarter: {count}\n"
            "1. {denial45}: 31%\n"
            "2. Missing or late proof of delivery: 18%\n"
            "3. Eligibility (patient in a facility on the date of service): 12%\n"
            "Target: under 8% of claims denied. Discuss at the billing meeting on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Capped rental letter template",
        "body": (
            "Please use this wording from now on:\n\n"
            "Dear [PATIENT NAME],\n"
            "Your [ITEM] has been rented for 13 months. Ownership now transfers to you ...\n\n"
            "Merge fields are filled by the billing system. Do not type names by hand. "
            "Questions to {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Diabetic supply coding reminder",
        "body": (
            "Orders for testing supplies must carry a diabetes diagnosis code, for example "
            "E11.9 or E10.65, and say whether the patient uses insulin. Testing more than the "
            "usual limits needs the KX modifier and a log in the chart. Refresher for intake "
            "on {date}.\n{name}, coding lead\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "After-hours line",
        "body": (
            "Starting {date}, the after-hours line for oxygen and ventilator emergencies is "
            "answered by our on-call respiratory therapist, not the answering service. "
            "Non-urgent calls go to voicemail and are returned the next business day.\n"
            "{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What's new at {supplier45}",
        "body": (
            "For our referral partners:\n"
            "- Same-day oxygen for hospital discharges until 6 pm\n"
            "- Seating clinic now open Tuesdays and Thursdays\n"
            "- Online order portal for {dme45} and supplies\n"
            "Your liaison, {name}, can set up a lunch-and-learn. {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday delivery schedule",
        "body": (
            "We are closed on {date}. Deliveries scheduled that day move to the next morning. "
            "Oxygen emergencies are covered by the on-call team. Drivers: {name} and {name2} "
            "are on the holiday cylinder run.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Showroom moving",
        "body": (
            "Our showroom moves to {address} on {date}. Mask fittings and walker pickups will "
            "happen there; the warehouse stays where it is. New hours 8:30 to 5.\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CE course: transfemoral socket design",
        "body": (
            "{name}, CPO, will teach a two-day course on ischial containment sockets and "
            "microprocessor knee alignment on {date} and {date2}. 14 CE credits. Bring your "
            "own casting supplies. Register with {name2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cleanroom certification passed",
        "body": (
            "The compounding cleanroom and both hoods passed certification on {date}. "
            "Particle counts were within limits, and surface samples showed no growth. Next "
            "certification in six months. Thanks to {name}, PharmD, and the technicians.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formula shortage - substitutions",
        "body": (
            "The manufacturer has allocated our 1.5 kcal/mL peptide formula until {date}. "
            "Approved substitutions are on the intranet; the dietitians must sign off before "
            "any change is shipped. Questions to {name}, {role45}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free ostomy sample program",
        "body": (
            "Trying a new pouching system? Request up to three free samples of our flat and "
            "convex barriers. A certified ostomy nurse answers questions Monday to Friday at "
            "{phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parts order for chair repairs",
        "body": (
            "Ordering from {company}: 6 joystick modules, 10 pairs of drive wheels, 12 "
            "lithium battery packs, 20 seat cushion covers. Quote {ref}, total {amount}. "
            "Repair backlog is at 23 work orders.\n{name}, service manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ticket {ticket}: dispatch app crashing",
        "body": (
            "Drivers on {route45} report that the dispatch app closes when they open the "
            "signature screen. Version {version}. Workaround: paper delivery ticket, scan at "
            "end of day. Vendor case {code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Customer survey results",
        "body": (
            "Responses: {count}\n"
            "Driver was on time: 91%\n"
            "Equipment explained clearly: 94%\n"
            "Would recommend us: 88%\n"
            "Most common comment: want text alerts before delivery. {name} is looking into "
            "it.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Billing meeting notes",
        "body": (
            "Attendees: {name}, {name2}, {name3}\n"
            "- 212 rentals reach month 13 next quarter; letters go out automatically\n"
            "- Oxygen contents billing fixed for portable-only customers\n"
            "- Action: {name2} to update the rental aging report by {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cash-pay rental rates",
        "body": (
            "For customers without insurance coverage:\n"
            "Wheelchair, standard: $60/month\n"
            "Hospital bed, semi-electric: $175/month\n"
            "Nebulizer: purchase only, $65\n"
            "Deposit: one month. Card payments are taken at the showroom only.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: tubing lot {lot}",
        "body": (
            "Lot {lot} of 6-foot standard CPAP tubing may crack at the cuff. Pull all stock "
            "from the shelves and the vans today and return it to the warehouse in the red "
            "bins. Affected customers will be identified by billing and sent replacements; "
            "no action needed from drivers beyond pulling stock.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shipment {tracking}",
        "body": (
            "Your shipment of 24 hospital bed frames from {company} left the factory on "
            "{date}. Tracking {tracking}. Liftgate delivery to the warehouse dock.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Meter QC log",
        "body": (
            "Showroom demo meters: control solution checks done on {date}. Low control 48 "
            "mg/dL (range 36-60), high control 312 mg/dL (range 280-350). Both in range. "
            "Checked by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ATP availability next week",
        "body": (
            "{name}: Mon, Wed, Fri (home evals)\n"
            "{name2}: Tue, Thu (seating clinic)\n"
            "Intake, please book seating evaluations only in these slots. Each home "
            "evaluation blocks 2 hours plus travel.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refrigerator temperature excursion",
        "body": (
            "Pharmacy refrigerator 2 read 9.1 C at 02:00 on {date} for 40 minutes after a "
            "door alarm failed. Stock was moved to refrigerator 1; the manufacturer's "
            "stability data allow use. Alarm repaired. Logged by {name}, {role45}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Press release: {supplier45} opens second location",
        "body": (
            "{supplier45} today opened a second branch to serve the river towns, with a "
            'showroom, an oxygen fill station and a seating clinic. "Families told us the '
            'drive was too long," said general manager {name}. Media contact: {name2}, '
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new orthotist",
        "body": (
            "Please welcome {name}, CO, who joins the clinic on {date}. {first} specializes "
            "in pediatric bracing and scoliosis orthoses and will see patients Tuesdays to "
            "Fridays. Extension {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Loan closet donations",
        "body": (
            "The community loan closet needs clean walkers, shower chairs and crutches. "
            "Drop them at the showroom; our techs will inspect and sanitize them before they "
            "go out. Thank you to {company} for donating 20 canes.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref} - 20 beds for the new wing",
        "body": (
            "Per your request for the skilled nursing facility's new wing: 20 full-electric "
            "beds with low air loss mattresses, delivery and setup, 3-year service plan. "
            "Total {amount}. Quote valid until {date}. {name}, account manager, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Van 7 incident report",
        "body": (
            "Van 7 was rear-ended at a stoplight on {date}. The driver, {name}, filed the "
            "police report and photos. Damage to the rear door and "
            "liftgate; estimate {amount}. The empty cylinders on board were not damaged.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HCPCS cheat sheet for intake",
        "body": (
            "Most common codes on our orders:\n"
            "  {hcpcs45}\n"
            "  E0601 (CPAP device)\n"
            "  E0562 (heated humidifier)\n"
            "  A4253 (test strips, per 50)\n"
            "  E0260 (semi-electric hospital bed)\n"
            "Laminated copies at each intake desk. Corrections to {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Enteral pump preventive maintenance",
        "body": (
            "{count} rental feeding pumps are due for annual maintenance this quarter. Biomed "
            "will swap them on scheduled visits so no customer is without a pump. Tracking "
            "sheet owner: {name}, {role45}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

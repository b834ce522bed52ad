"""Held-out split "fresh29": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (for the placeholder names, the data
format, and so as not to repeat their templates), and once listed the file names in
bench/accuracy/ (to check that fresh29.py did not exist yet). The author did not read
gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/ or any other
bench/accuracy/fresh*.py file, did not run git, the detector, run.py, the benchmark or any
test. The only things run were Python's ast module over generate.py (without executing it)
to collect the placeholder names, and an import of this file to check its placeholders,
formatting, labels and Luhn failures. It is meant to be run once, as an honest, untuned
measurement: do not tune the detector on these templates.

Angle: the hospital's own operations, where patients appear in passing. Mail among the people
who keep a hospital running mentions a patient as part of the work: bed management and
patient flow (bed requests, ED boarding, transfer centre calls), transport and escort
requests, diet and nutrition orders (tray tickets, tube feeds, food allergies), lab courier
manifests and rejected specimens, environmental services and isolation rooms, security
incidents and sitters, chaplaincy, interpreters, social work and discharge planning, case
management and utilisation review, belongings and lost-and-found, patient relations,
pharmacy technicians and supply chain, and the release-of-information desk. Formats vary:
short requests, ticket-system notifications, shift reports, pasted spreadsheets, forwarded
threads, pager-style one-liners, some Spanish. The hard negatives come from the same world:
capacity dashboards with counts only, fleet maintenance, menus and allergens, courier routes,
EVS staffing and recalls, isolation-signage policy, drills, schedules, vendor invoices,
training, productivity and survey figures in aggregate, backorder lists with item and
NDC-like numbers, staff recognition, parking and badges, and card-like numbers that fail
the Luhn check.

This file's own placeholders (FRESH29_VOCAB): {unit29} {bed29} {dx29} {diet29} {feed29}
{allergy29} {iso29} {risk29} {lang29} {dispo29} {spec29} {mode29} {ur29} {rxmed29}
{item29} {faith29} for the patient templates, and {food29} {supply29} {lost29} {role29}
for the negatives (some of the first group, such as {unit29}, {lang29} and {iso29}, also
appear in negatives, where no patient is named). Other placeholders come from
generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, diet ordered for a medical reason,
isolation for an infection, appointment or visit for care, payment for care). subject_phi is
True only when the Subject alone identifies a patient together with health information, or
holds a patient identifier in a care context. validated is True exactly when {card}, {icd},
{mbi} or {ssn} appears in the Subject or body. Negatives never use {mrn}, {mrn2}, {member},
{dob}, {ssn}, {card}, {icd}, {mbi} or {passport}, and name only staff, vendors or nobody, or
give aggregate figures; the card-like numbers written literally in them fail the Luhn check.
Anything ambiguous was left out.
"""

from __future__ import annotations

FRESH29_VOCAB: dict[str, list[str]] = {
    "unit29": [
        "4B Med-Surg",
        "5 North Telemetry",
        "the MICU",
        "7 West Ortho",
        "6 East Oncology",
        "3 South Step-Down",
        "the Clinical Decision Unit",
        "2 West Neuro",
        "8 North Cardiac",
        "4 East Renal",
    ],
    "bed29": [
        "4B-12",
        "512-A",
        "618-B",
        "714-2",
        "MICU 9",
        "305-1",
        "ED hall 6",
        "ED 22",
        "CDU 14",
        "221-B",
        "833-A",
    ],
    "dx29": [
        "a CHF exacerbation",
        "urosepsis",
        "a left hip fracture",
        "DKA",
        "alcohol withdrawal",
        "an NSTEMI",
        "a COPD flare",
        "an acute ischemic stroke",
        "an upper GI bleed",
        "a small bowel obstruction",
        "right lower lobe pneumonia",
        "cellulitis of the right foot",
        "acute pancreatitis",
        "syncope with a new heart block",
        "new-onset seizures",
        "a saddle pulmonary embolism",
    ],
    "diet29": [
        "2 g sodium cardiac diet",
        "renal diet with a 1.5 L fluid restriction",
        "consistent-carbohydrate diabetic diet",
        "pureed diet with nectar-thick liquids",
        "clear liquid diet",
        "full liquid diet",
        "low-residue diet",
        "gluten-free diet",
        "neutropenic diet",
        "mechanical soft diet with thin liquids",
        "low-potassium renal diet",
        "1,800 kcal diabetic diet",
    ],
    "feed29": [
        "Jevity 1.2 at 55 mL/h via PEG",
        "Osmolite 1.5 at 40 mL/h via NG tube",
        "Nepro at 35 mL/h via G-tube",
        "Vital 1.5 at 20 mL/h via Dobhoff, advancing 10 mL every 4 h",
        "Glucerna 1.2, 240 mL bolus four times a day via PEG",
        "Peptamen AF at 45 mL/h via NJ tube",
        "TwoCal HN, 120 mL bolus three times a day via G-tube",
        "Pivot 1.5 at 50 mL/h via OG tube",
    ],
    "allergy29": [
        "peanut allergy (anaphylaxis)",
        "shellfish allergy",
        "tree nut allergy",
        "egg allergy",
        "cow's milk protein allergy",
        "sesame allergy",
        "soy allergy",
        "fish allergy (hives)",
        "wheat allergy",
        "strawberry allergy",
    ],
    "iso29": [
        "contact precautions for MRSA",
        "enteric contact precautions for C. diff",
        "airborne precautions to rule out TB",
        "droplet precautions for influenza A",
        "contact precautions for VRE",
        "enhanced contact precautions for CRE",
        "airborne and contact precautions for disseminated shingles",
        "droplet precautions for pertussis",
        "contact and droplet precautions for RSV",
        "contact precautions for scabies",
        "contact precautions for Candida auris",
        "airborne precautions for a measles exposure",
    ],
    "risk29": [
        "suicidal ideation with a plan",
        "delirium, pulling at the IV lines",
        "dementia with wandering and elopement risk",
        "alcohol withdrawal with agitation",
        "an intentional overdose, on a 72-hour hold",
        "impulsivity and a high fall risk after a stroke",
        "acute psychosis, responding to internal stimuli",
        "recent self-harm (cutting)",
    ],
    "lang29": [
        "Spanish",
        "Mandarin",
        "Vietnamese",
        "Haitian Creole",
        "Arabic",
        "American Sign Language",
        "Somali",
        "Russian",
        "Portuguese",
        "Nepali",
        "Cantonese",
        "Korean",
    ],
    "dispo29": [
        "skilled nursing placement for rehab",
        "home oxygen at 2 L by nasal cannula",
        "home IV antibiotics through the PICC",
        "acute inpatient rehab",
        "hospice at home",
        "long-term acute care (LTACH)",
        "home health nursing for wound care",
        "a hospital bed and bedside commode at home",
        "a return to the memory-care unit",
        "outpatient dialysis chair placement",
    ],
    "spec29": [
        "blood cultures x2",
        "CSF tubes 1-4",
        "a urine culture",
        "stool for C. diff toxin",
        "a frozen section",
        "a 24-hour urine",
        "sputum for AFB x3",
        "an arterial blood gas on ice",
        "a bone marrow aspirate",
        "a type and screen",
        "a lithium level",
        "a send-out celiac panel",
    ],
    "mode29": [
        "stretcher with 2 L oxygen",
        "wheelchair, fall precautions",
        "bed with a portable monitor and RN escort",
        "stretcher on a heparin drip, RN escort",
        "wheelchair with IV pole",
        "bed, ventilated, RT and RN escort",
        "stretcher, seizure precautions",
        "bariatric bed, four-person assist",
    ],
    "ur29": [
        "observation, two-midnight rule not met",
        "continued-stay review, day 7",
        "inpatient criteria met for sepsis",
        "days 4-6 denied by the payer",
        "peer-to-peer requested by the plan",
        "awaiting SNF auth, medically ready since Monday",
        "avoidable day: MRI not done over the weekend",
        "level of care downgraded to observation",
    ],
    "rxmed29": [
        "vancomycin 1.25 g IV every 12 hours",
        "a heparin drip",
        "a nicardipine drip",
        "tonight's TPN bag",
        "an insulin drip",
        "cefepime 2 g IV every 8 hours",
        "a hydromorphone PCA",
        "IV immune globulin",
        "a vasopressin drip",
        "piperacillin-tazobactam 4.5 g IV",
    ],
    "item29": [
        "hearing aids",
        "upper denture",
        "CPAP machine",
        "insulin pump",
        "prosthetic left leg",
        "glucometer and test strips",
        "partial lower denture",
        "right hearing aid",
        "portable oxygen concentrator",
    ],
    "faith29": [
        "Catholic, asking for the sacrament of the sick",
        "Muslim, the family asks for an imam",
        "Jewish, asking for a rabbi",
        "Baptist, wants prayer before surgery",
        "Buddhist, the family asks for a quiet room",
        "no affiliation, wants someone to talk to",
        "Greek Orthodox, asking for a priest",
        "Latter-day Saint, asking for a blessing",
    ],
    "food29": [
        "chicken tikka masala (contains milk)",
        "shrimp and grits (shellfish, milk)",
        "vegan lentil soup (no top-9 allergens)",
        "pad thai (peanuts, egg, soy)",
        "turkey club on sourdough (wheat)",
        "almond-crusted cod (fish, tree nuts)",
        "black bean burger on a gluten-free bun",
        "sesame noodle salad (sesame, soy, wheat)",
        "baked mac and cheese (milk, wheat)",
        "lemon poppyseed muffins (egg, milk, wheat)",
    ],
    "supply29": [
        "IV start kits",
        "10 mL saline flush syringes",
        "sequential compression sleeves, medium",
        "yellow isolation gowns, universal",
        "N95 respirators, size small",
        "Foley catheter trays, 16 Fr",
        "aerobic blood culture bottles",
        "chlorhexidine bathing cloths",
        "patient belongings bags",
        "disposable bedside commode liners",
    ],
    "lost29": [
        "a gray zip-up hoodie",
        "car keys on a red lanyard",
        "a black umbrella",
        "a silver charm bracelet",
        "wireless earbuds in a white case",
        "a child's stuffed rabbit",
        "a blue insulated lunch bag",
        "a brown leather wallet with no ID",
        "a denim jacket",
    ],
    "role29": [
        "transport aide",
        "EVS technician",
        "diet clerk",
        "unit secretary",
        "patient sitter",
        "lab courier",
        "staff interpreter",
        "pharmacy technician",
        "bed placement coordinator",
    ],
}


FRESH29_PHI: list[dict] = [
    {
        "subject": "Bed request - ED to {unit29}",
        "body": (
            "BED REQUEST #{code}\n"
            "Patient: {last}, {first}\n"
            "MRN: {mrn}\n"
            "Admitting dx: {dx29}\n"
            "Level of care: telemetry\n"
            "Isolation: {iso29}\n"
            "Boarding in the ED since {time}. Admitting: Dr. {provider_last}.\n\n"
            "Patient Placement\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED boarder: {name}, {dx29}, 14 hours and counting",
        "body": (
            "Still no bed upstairs. The family has asked for patient relations twice. Can the "
            "house supervisor escalate at the 1500 bed huddle?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Transfer Center call log {date}",
        "body": (
            "Time: {time}\n"
            "Caller: Dr. {provider}, {clinic}\n"
            "Patient: {intl_name}, {age}M\n"
            "Reason: {dx29}, needs a higher level of care and neuro IR\n"
            "Accepting: Dr. {provider_last} (yes)\n"
            "Bed assigned: {bed29}\n"
            "Transport: critical care ground unit, ETA 45 min\n"
            "Logged by: transfer RN, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[Transport] New request {ticket}",
        "body": (
            "Request: {ticket}\n"
            "From: {unit29}, room {bed29}\n"
            "Patient: {name}\n"
            "To: procedure area - {proc}\n"
            "Mode: {mode29}\n"
            "Priority: STAT\n"
            "Notes: {iso29}, gown and glove before entering.\n\n"
            "Reply ACCEPT to take this job.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PAGE",
        "body": (
            "ESCORT NEEDED RM {bed29} {upper_name} TO DIALYSIS 0900 W/C ON 2L O2 CALL X{ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Diet order change",
        "body": (
            "Food & Nutrition,\n\n"
            "Please change the tray for {name} in {bed29} to a {diet29} starting with dinner. "
            "New diagnosis of {dx29} per Dr. {provider_last}. The patient also has a "
            "{allergy29}, so no substitutions from the grill line.\n\n"
            "Thanks,\n{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tube feed: {last}, {first} ({bed29}) - {feed29}",
        "body": (
            "Formula delivered to the unit pantry, two days' supply. RD will reassess "
            "tolerance on Thursday.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Tray ticket reprint",
        "body": (
            "TRAY TICKET    {date}    LUNCH\n"
            "{upper_name}    RM {bed29}\n"
            "DIET: {diet29}\n"
            "ALLERGY: {allergy29}\n"
            "DISLIKES: mushrooms, cottage cheese\n"
            "NOTE: admitted with {dx29}, no caffeine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RD consult - malnutrition screen positive",
        "body": (
            "Consult for {name} (MRN {mrn}): about 15 pounds lost since the last admission, "
            "eating under a quarter of meals, albumin 2.6. Recommend starting {feed29} if "
            "intake is still below 50% by Friday. Will follow.\n\n"
            "{provider_first}, RD, LDN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier manifest - {unit29} pickup {time}",
        "body": (
            "MANIFEST {ref}\n"
            "#  | Patient         | MRN       | Specimen          | Temp\n"
            "1  | {last}, {first} | {mrn}  | {spec29} | ambient\n"
            "2  | {name2}         | {mrn2}  | {test}            | refrigerated\n"
            "Bags sealed: 2   Received by courier: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specimen rejected - MRN {mrn} - {spec29}",
        "body": (
            "Tube arrived unlabeled at {time}. Please recollect and call the core lab at ext "
            "{ext} when it is on its way.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "EVS: isolation clean needed",
        "body": (
            "Please send a tech to {bed29} for a bleach terminal clean after discharge. The "
            "patient, {name}, was on {iso29}. UV robot requested as well.\n\n"
            "Charge nurse, {unit29}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Isolation: {name} in {bed29} - {iso29}",
        "body": (
            "Sign is on the door and the cart is stocked. Transport and dietary, please "
            "follow the sign.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Infection Prevention notification",
        "body": (
            "Lab-confirmed result for {intl_name}, MRN {mrn}, on {unit29}: place on "
            "{iso29}. Keep the patient in a private room, flag the chart, and tell the "
            "receiving unit before any transfer.\n\n"
            "Infection Prevention, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Security incident report {code}",
        "body": (
            "Date/time: {date} {time}\n"
            "Location: {unit29}, room {bed29}\n"
            "Subject: patient {name}, {age}\n"
            "Narrative: Patient tried to leave against medical advice while confused; "
            "history of {risk29}. Code Gray called, Officer {provider_last} responded. "
            "Patient walked back to the room, a sitter was assigned and the attending was "
            "notified.\n"
            "Injuries: none\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "1:1 sitter request: {last}, {first} - {risk29}",
        "body": (
            "Staffing office, we need a sitter on {unit29} from 19:00 to 07:00. Approved by "
            "the house supervisor. Room number is on the staffing board.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Spiritual care referral",
        "body": (
            "Referral for {name} in {bed29}: {faith29}. Prognosis is poor after {dx29} and "
            "the family is gathering tonight. Contact is the daughter, {name2}, at {phone}.\n\n"
            "Sent from the {unit29} nurses' station\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter request - {lang29}",
        "body": (
            "Need a {lang29} interpreter at the bedside for {intl_name}, {bed29}, at {time} "
            "for the consent for {proc}. Video remote won't work, the patient is hard of "
            "hearing.\n\n"
            "Requested by {provider_first}, RN, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Solicitud de intérprete",
        "body": (
            "Buenos días:\n\n"
            "Necesitamos un intérprete de {lang29} para la paciente {intl_name} (habitación "
            "{bed29}) mañana a las {time}. El Dr. {provider_last} le va a explicar los "
            "resultados de la {test} y el plan para su {dx5}.\n\n"
            "Gracias,\nServicios de Idiomas\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Discharge planning update",
        "body": (
            "{name}, {age}, on {unit29}. Admitted with {dx29}. The team recommends {dispo29}. "
            "Lives alone at {address}; the son, {name2}, is the contact at {phone}. Referrals "
            "sent to three facilities. Target discharge {date2}.\n\n"
            "{provider_first}, LCSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home O2 for {name} - qualifying sats attached",
        "body": (
            "Sat 86% on room air at rest, 93% on 2 L. The DME vendor ({company}) needs the "
            "signed order by noon or the tank won't be delivered before discharge.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "UR review queue {date}",
        "body": (
            "Pt               | MRN      | Payer     | Dx    | Status\n"
            "{last}, {first}  | {mrn} | {company} | {icd} | {ur29}\n"
            "{name2}          | {mrn2} | Medicare  | {dx4} | day 3, awaiting PT eval\n\n"
            "Please work the top line first.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Peer-to-peer: {name} - {dx29}",
        "body": (
            "The plan denied day 4. Dr. {provider_last}, can you call their medical director "
            "at {phone} before 3 pm? Reference {ref}.\n\n"
            "Case Management\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Patient belongings - missing items",
        "body": (
            "Hello Security,\n\n"
            "{name}, discharged from {unit29} yesterday after {dx29}, says her {item29} "
            "never came back. Belongings inventory #{code} shows them logged in the ED "
            "before the move to {bed29}. Can someone check the safe?\n\n"
            "Patient Relations\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Found: {item29} labelled {upper_name}",
        "body": (
            "Found in pre-op holding after this morning's {proc}. It has a patient "
            "sticker with MRN {mrn}. Holding it at the main security desk.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Patient Relations case {ticket}",
        "body": (
            "Complainant: {name2} (daughter)\n"
            "Patient: {name}, DOB {dob}\n"
            "Unit: {unit29}\n"
            "Concern: her mother's {rx} was given two hours late and the call light went "
            "unanswered overnight. The family is also unhappy that the discharge for "
            "{dispo29} was delayed.\n"
            "Requested: call back at {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grievance: {name}, MRN {mrn}, delayed pain medication",
        "body": (
            "Formal grievance received by phone. The written response is due in 7 days. "
            "Assigned to the {unit29} manager.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Missing dose",
        "body": (
            "Pharmacy, {unit29} is missing {rxmed29} for {last}, {first} in {bed29}. It is "
            "due at {time}. Please send to tube station 42.\n\n"
            "Thanks, {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Own-med ID: {name} - {rx4}",
        "body": (
            "Family brought in the home bottles. Pharmacy tech to identify them and store "
            "them in the patient's bin; the team still needs to write an order to use them.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Rental request - bariatric equipment",
        "body": (
            "Supply chain, we need a bariatric bed and a {equip} for {name} in {bed29}, "
            "{age}, weight 212 kg, admitted with {dx29}. Rental vendor is {company}; the PO "
            "will follow.\n\n"
            "{unit29} charge nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release of information - request {code}",
        "body": (
            "Requester: {company} Law Group\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Records: ED visit {date}, imaging, discharge summary (admitted for {dx29})\n"
            "Authorization: signed, valid through {date2}\n"
            "Fee: {amount2}\n\n"
            "HIM Release of Information desk\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ROI: {last}, {first} DOB {dob} - records for disability claim",
        "body": (
            "Packet includes the {proc4} operative note and the PT notes. Sending by secure "
            "fax today.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Face sheet correction",
        "body": (
            "{name} called HIM: the SSN on the chart ({ssn}) is off by one digit, and the claim "
            "for the {dx4} admission bounced because of it. Registration has corrected it. "
            "Please reprint the face sheet for the coders.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Medicare check before SNF",
        "body": (
            "CM note: verified the MBI for {name} ({mbi}) with the eligibility tool. The "
            "three-midnight inpatient stay is met ({dx29}), so Part A covers SNF days 1-20. "
            "{clinic} has accepted; transport booked for {date2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "UR: {name} - {icd}",
        "body": (
            "Working diagnosis changed; please update the auth with the payer. Continued "
            "stay approved through {date2}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Meds-to-beds delivery",
        "body": (
            "{name} in {bed29} paid the {amount2} copay for {rx4} and {rx} with card {card}. "
            "The bag was delivered to the room by the pharmacy tech and the discharge nurse "
            "did the teaching.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Bed board - night shift report",
        "body": (
            "Nights, {date}\n"
            "House census 412/430. Pending admits: 9.\n"
            "- {bed29}: {last}, {first}, {dx29}; may go to ICU if the lactate is up again\n"
            "- ED hall 3: {name2}, needs a negative-pressure room for {iso29}; none open\n"
            "- Two discharges on 4B held for rides\n"
            "EVS caught up on dirty beds by 0200.\n\n"
            "House supervisor {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[ServiceNow] Incident {code} assigned to Environmental Services",
        "body": (
            "Short description: Spill clean-up, room {bed29}\n"
            "Description: Patient {name} vomited after the {proc}; patient is on {iso29}. "
            "Bleach wipes and a fresh linen cart needed.\n"
            "Caller: {provider_first} (RN)\n"
            "Priority: 2 - High\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Plan de alta",
        "body": (
            "Hola {provider_first}:\n\n"
            "Hablé con la esposa de {intl_name}. Él se va a casa el {date2} con oxígeno en "
            "casa. Ella pide que alguien le explique cómo usar el {equip}. Su teléfono es "
            "{phone}.\n\n"
            "Trabajo Social\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dieta: {intl_name}, hab. {bed29} - {diet29}",
        "body": "Por favor, cambien la bandeja a partir del almuerzo. Gracias.\nNutrición\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Ride home for a discharge",
        "body": (
            "Transportation desk: {name} is going home from {unit29} today and needs a "
            "wheelchair van to {address} at 2 pm. Uses a {equip}; weight-bearing as tolerated "
            "after the {proc4}. Medicaid transport, trip number {ref}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} / {bed29} NPO - OR 0730",
        "body": "Dietary: hold the breakfast tray. Pre-op for {proc4}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: bed swap",
        "body": (
            "Can we do this before the 1100 huddle? Moving {name} from {bed29} to a private "
            "room for {iso29}, and putting the post-op from PACU in that bed.\n\n"
            "---------- Forwarded message ----------\n"
            "From: Infection Prevention\n"
            "Sent: {date} {time}\n"
            "Subject: bed swap\n\n"
            "> The PCR came back positive. Private room please, today.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Send-out tracking",
        "body": (
            "{spec29} on {last}, {first} (MRN {mrn}) went to the reference lab today under "
            "tracking {tracking}. Results in 5-7 days; ordering physician Dr. {provider_last}. "
            "The {dx29} workup is waiting on it, so please watch for the result.\n\n"
            "Lab Logistics\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spiritual care visits - {unit29}",
        "body": (
            "Date   | Room   | Patient | Reason                     | Chaplain\n"
            "{date} | {bed29} | {name} | {faith29}; new dx of {dx5} | {provider_first}\n"
            "{date} | 6E-601 | (declined) | -                      | {provider_first}\n\n"
            "Please add your visits by end of shift.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Code Gray {bed29} - {name}, {risk29}",
        "body": "Security to the room now please. RN {provider_first}, ext {ext}\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Video interpreter session log",
        "body": (
            "Session ID: {uuid}\n"
            "Language: {lang29}\n"
            "Duration: 34 min\n"
            "Patient: {intl_name}, MRN {mrn}\n"
            "Encounter: {unit29} - discharge teaching for {rx4}\n"
            "Interpreter ID: 5532\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SW consult - safety concern",
        "body": (
            "Consult for {name}, {age}, admitted with {dx29}. The patient told the night nurse "
            "that her partner has been keeping her {rx} from her. Safety planning is in "
            "progress; please do not give the room number to visitors or callers.\n\n"
            "{provider}, MSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Avoidable days log - week of {date}",
        "body": (
            "Patient            | Unit     | Reason\n"
            "{last}, {first}    | {unit29} | {ur29}; here for {dx29}\n"
            "{name2}            | 7 West   | waiting on family to choose a SNF\n\n"
            "Totals go to the throughput committee on Friday.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Escort: {name} ({bed29}) to {proc} - {mode29}",
        "body": "Pick up at {time}. Chart and consent go with the patient.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "late tray",
        "body": (
            "the lunch tray for mrs {last} in {bed29} never came up. she is diabetic, got her "
            "insulin at 1130 and now she's shaky. pls send juice and her {diet29} lunch asap\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient Relations: compliment for Transport",
        "body": (
            "Mr. {last} in {bed29} asked us to thank the transport aide who took him down for "
            "his {proc} yesterday. He said she was gentle with him after the {dx29} and kept "
            "him warm in the hallway. Please pass this on to the team.\n\n"
            "Patient Relations, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pertenencias del paciente",
        "body": (
            "El paciente {intl_name}, MRN {mrn}, dejó su {item29} en Urgencias cuando lo "
            "subieron a {unit29}. Seguridad lo guarda en la caja fuerte hasta que un familiar "
            "pase a recogerlo.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bed request: {name}, {age}F, {dx29}, needs {iso29}",
        "body": "Private room only. ED attending is Dr. {provider_last}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ED boarding list {time}",
        "body": (
            "Bay      | Patient          | Waiting | Needs\n"
            "{bed29}  | {last}, {first}  | 9 h     | {unit29} bed, {dx29}\n"
            "ED 31    | {name2}          | 6 h     | psych bed, {risk29}\n"
            "ED 12    | (pending)        | 1 h     | obs bed\n\n"
            "Sent to bed placement and the house supervisor.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concurrent review submitted",
        "body": (
            "Member {member}, {name}, DOB {dob}. Clinicals for {dx29} faxed to {company} "
            "today; auth #{ref} is pending. Next review due {date2}.\n\n"
            "Utilization Review\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Non-formulary purchase request",
        "body": (
            "Purchasing, we need four doses of {rx5} for {name} on {unit29} ({dx5}). We do not "
            "stock it; the wholesaler says next-day delivery if ordered by 2 pm.\n\n"
            "{provider}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Walk-in at HIM: {name}, DOB {dob}, wants the {test4} results",
        "body": "ID checked. Do we release before the doctor has signed off?\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Behavioral health belongings search",
        "body": (
            "Per unit policy, the belongings of {name} (room {bed29}, admitted for {risk29}) "
            "were searched on arrival. Removed: shoelaces, a belt, and 14 tablets of {rx4} "
            "loose in a pocket. Logged in bag #{code}, held by Security.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Negative-pressure room check",
        "body": (
            "Facilities: please verify the pressure monitor in {bed29} before we move {name} "
            "in for {iso29}. The alarm keeps sounding. Call ext {ext}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfer in: {intl_name} from {clinic}, {dx29}",
        "body": "Accepted by Dr. {provider_last}; bed {bed29} assigned. ETA {time}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Solicitud de capellán",
        "body": (
            "La familia de {intl_name} (habitación {bed29}) pide un sacerdote hoy. La paciente "
            "está en cuidados paliativos por {dx5}. Contacto: su hijo, {name2}, al {phone}.\n\n"
            "Enfermería, {unit29}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[Patient Relations] Case {ticket} updated",
        "body": (
            "Status: Resolved\n"
            "Patient: {name}\n"
            "Issue: billed twice for the {proc4} on {date}\n"
            "Action: refunded {amount2} to the card on file ({card}); apology letter mailed\n"
            "Owner: {provider_first}, Patient Relations\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Discharge transport - {last}, {first} - going home on oxygen",
        "body": (
            "Wheelchair van booked for 1 pm. A portable tank from the DME vendor is at the "
            "bedside, and the concentrator is being delivered to the house this morning.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Shift handoff - Transport dispatch",
        "body": (
            "Day to evening, {date}\n"
            "Jobs completed: 188. Open: 6.\n"
            "Watch: {name} in {bed29} goes to the {proc} at 1600 by {mode29}; they have "
            "cancelled twice because the RN escort wasn't free. Call the charge nurse at ext "
            "{ext} first.\n"
            "Two stretchers tagged for brakes, left in the basement shop.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter no-show",
        "body": (
            "The {lang29} interpreter booked for 10:00 never arrived, so the family meeting "
            "for {first} {last} (DOB {dob}) was moved to tomorrow. Dr. {provider_last} still "
            "needs to go over the {test4} results and the plan for {dx4}. Please confirm a "
            "new booking with the vendor.\n\n"
            "Unit clerk, {unit29}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Supply request for a patient going home",
        "body": (
            "Central supply, could you pull a two-week starter kit for {name} on {unit29}: "
            "ostomy wafers and pouches, size 2 1/4 in, after the {proc5}. The home health "
            "agency ships the rest. The patient's phone for the agency is {phone}.\n\n"
            "WOC nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH29_NEG: list[dict] = [
    {
        "subject": "Capacity update {time}",
        "body": (
            "HOUSE CAPACITY  {date}\n"
            "Unit            | Staffed | Occupied | Clean | Dirty | Blocked\n"
            "{unit29}   | 32      | 30       | 1     | 1     | 0\n"
            "MICU            | 16      | 16       | 0     | 0     | 0\n"
            "7 West Ortho    | 28      | 24       | 2     | 2     | 0\n"
            "ED admitted holds: 11 (longest 19 h)\n"
            "Discharges before noon yesterday: 23%\n"
            "Status: YELLOW. Next bed huddle 1500.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wheelchair fleet audit results",
        "body": (
            "Transport audited 214 wheelchairs this month: 17 had worn brakes, 9 were missing "
            "footrests and 3 had cracked oxygen-tank holders. Tagged chairs go to the basement "
            "shop; please don't pull the tags. Work order {ticket}.\n\n"
            "{name}, Transport Supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field action: stretcher side-rail latch",
        "body": (
            "{company} has issued a field safety notice for its 1115-series transport "
            "stretchers, lot {lot}. Clinical Engineering will replace the latches by {date}. "
            "Until then, do not use any stretcher with an orange tag.\n\n"
            "Clinical Engineering, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient menu changes starting {date}",
        "body": (
            "Food & Nutrition is updating the patient room-service menu:\n"
            "- The cardiac and renal menus swap turkey sausage for a low-sodium veggie patty.\n"
            "- Gluten-free bread is now available on every diet, on request.\n"
            "- Sugar-free gelatin replaces the pudding cup on the diabetic menu.\n"
            "Questions go to the diet office, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "This week in the Garden Café",
        "body": (
            "Monday: {food29}\n"
            "Tuesday: taco bar (corn tortillas are gluten-free)\n"
            "Wednesday: vegetable curry with rice (no top-9 allergens)\n"
            "Thursday: roast turkey with cranberry sauce\n"
            "Friday: fish fry (fish, wheat, egg)\n\n"
            "Allergen cards are posted at every station. Ask a chef about cross-contact.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier route change - east clinics",
        "body": (
            "Starting {date}, Route 3 will run the east clinics in reverse order: urgent care "
            "first at 10:15, then the women's health building, then the cancer center at 12:40. "
            "Route 5 picks up the afternoon run. Please have totes sealed 10 minutes before "
            "pickup.\n\n"
            "Lab Logistics, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EVS staffing - Thanksgiving weekend",
        "body": (
            "Days: {name} (lead), {name2}, four techs from the float pool\n"
            "Evenings: {name3} (lead), three techs\n"
            "Nights: two techs plus the discharge team on call\n\n"
            "Please trade shifts through the scheduler only, not by text.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: disinfectant wipes, lot {lot}",
        "body": (
            "The manufacturer has recalled one lot of quaternary ammonium/alcohol wipes "
            "(purple top, 160 count) because the canisters may dry out. Check your closets "
            "for lot {lot} and return them to Supply Chain; replacements ship {date}. Other "
            "lots are not affected.\n\n"
            "Environmental Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated isolation signage",
        "body": (
            "Infection Prevention has refreshed the door signs. What changed:\n"
            "- Contact (yellow): MRSA, VRE, CRE, scabies\n"
            "- Enteric contact (brown): C. diff and norovirus, soap and water only\n"
            "- Droplet (green): influenza, pertussis, RSV\n"
            "- Airborne (blue): TB, measles, chickenpox and disseminated shingles\n"
            "Old signs come down on {date}. New signs are in the isolation carts.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Code Pink drill Thursday",
        "body": (
            "Security will run an infant-abduction drill on the maternity floors Thursday "
            'between 10:00 and 11:00. Overhead pages will say "this is a drill". Staff at '
            "each stairwell exit, please note the time you get there. Debrief in the "
            "Security office at 11:30.\n\n"
            "{name}, Director of Security\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spiritual Care holiday schedule",
        "body": (
            "Interfaith service: {date}, 12:00, main chapel\n"
            "Catholic Mass: Sundays 10:00, broadcast on channel 5\n"
            "Jumu'ah prayer: Fridays 13:15, prayer room B\n"
            "On-call chaplain through the operator, 24/7\n\n"
            "Chaplains this month: {provider}, {name}, {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - {company} Language Services",
        "body": (
            "Bill to: Language Services Department\n"
            "PO: {order}\n\n"
            "Service                  Minutes   Rate     Amount\n"
            "Video remote, Spanish     4,812    $0.95\n"
            "Video remote, {lang29}     1,036    $1.25\n"
            "Over-the-phone, other       388    $1.40\n"
            "On-site, ASL (hours)         22    $85.00\n\n"
            "Total due: {amount}   Terms: net 45\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Social work team meeting",
        "body": (
            "Agenda for Tuesday, {date}, 8:30, conference room 3:\n"
            "1. Coverage for the ED social worker position ({name})\n"
            "2. New SNF referral portal go-live\n"
            "3. Update from the APS liaison\n"
            "4. Holiday schedule\n"
            "Coffee provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Training: motivational interviewing for case managers",
        "body": (
            "{name}, LCSW, will lead a four-hour workshop on motivational interviewing on "
            "{date}. The session counts for 4 CEUs. Case managers and social workers, please "
            "register in the learning portal by {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case management productivity - {date}",
        "body": (
            "Case manager    | Reviews | Discharges | Avoidable days\n"
            "{name}   | 41      | 18         | 2\n"
            "{name2}  | 37      | 21         | 0\n"
            "{name3}  | 29      | 15         | 4\n"
            "Department avg LOS 4.6 days (target 4.4). Observation rate 18%.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lost and found - items held at Security",
        "body": (
            "The following items were turned in this week and are held at the main Security "
            "desk for 30 days:\n"
            "- {lost29}, found in the east lobby\n"
            "- a pair of reading glasses, found in parking garage B, level 2\n"
            "- a travel mug, found in the cafeteria\n"
            "Describe the item and when it was lost to claim it.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient experience results - Q3",
        "body": (
            "Top-box scores, all inpatient units (n = 1,284 surveys):\n"
            "Communication with nurses: 79% (+2)\n"
            "Responsiveness of staff: 63% (-1)\n"
            "Quietness at night: 51% (+4)\n"
            "Cleanliness of room: 72% (+3)\n"
            "Would recommend: 71%\n"
            "Complaints logged: 212, of which 38 became formal grievances.\n\n"
            "Patient Relations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Backorder list {date}",
        "body": (
            "Item #      | Description                     | NDC          | ETA\n"
            "{sku}  | Heparin 5,000 units/mL, 1 mL    | {ndc}  | 3 weeks\n"
            "SKU-310552  | {supply29}                      | n/a          | {date2}\n"
            "SKU-204418  | Lactated Ringer's 1,000 mL      | n/a          | allocation\n\n"
            "Substitutes are listed in the supply portal. Do not hoard on the units.\n"
            "Supply Chain\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transport aide of the month",
        "body": (
            "Congratulations to {name}, our transport aide of the month! {first} completed "
            "the most jobs in October, with a 6-minute average response time, and trained "
            "four new aides on safe stretcher handling. Lunch is on us on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Garage B closure",
        "body": (
            "Garage B levels 3 and 4 close for resurfacing from {date} to {date2}. Staff with "
            "permits for those levels (for example permit {permit}) may park in the surface "
            "lot off Elm Street; the shuttle runs every 10 minutes.\n\n"
            "Parking & Transportation, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Badge reader upgrade",
        "body": (
            "Security is replacing the badge readers at the loading dock and the pharmacy "
            "vault on {date}. Badges issued before {year2} will need to be re-encoded at the "
            "badge office, ground floor, 7:00-15:00.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - uniform order",
        "body": (
            "Hi {first},\n\n"
            "The department card you gave for the scrub order (4539 1488 0343 6468) comes up "
            "invalid in our system, and so does the backup, 5500 0055 5555 5558. Could you "
            "double-check the numbers? The order ({order}) is on hold until then.\n\n"
            "{company} Uniforms\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shortage: vancomycin 1 g vials",
        "body": (
            "Our wholesaler has placed vancomycin 1 g vials (NDC {ndc}) on allocation. On hand: "
            "{count} vials. Pharmacy will compound from 10 g bulk vials and adjust PAR levels "
            "in the automated cabinets. No change to ordering for prescribers.\n\n"
            "{name}, Pharmacy Buyer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED boarding escalation policy",
        "body": (
            "Effective {date}, the surge plan escalates when:\n"
            "- 10 or more admitted patients are holding in the ED, or\n"
            "- any hold passes 8 hours, or\n"
            "- no ICU bed is available for 2 hours.\n"
            "At level 2, units open hallway beds and discharge lounges open at 07:00.\n"
            "Patient Flow Committee\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfer Center - October volume",
        "body": (
            "Requests: 612   Accepted: 471   Declined: 141\n"
            "Top reasons for transfer in: stroke (88), STEMI (41), trauma (63), GI bleed (29)\n"
            "Top reasons for declining: no ICU bed (72), service not offered (34)\n"
            "Median time to bed assignment: 2 h 10 min\n\n"
            "{name}, Transfer Center Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tube-feeding formulary change",
        "body": (
            "From {date}, the standard 1.2 kcal/mL formula moves to a new vendor, {company}. "
            "The peptide and renal formulas are unchanged. Dietitians will update the order "
            "set; nursing, please use up current stock first.\n\n"
            "Clinical Nutrition\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: blood culture transport times",
        "body": (
            "Blood culture bottles must reach the lab within 2 hours of collection. Last "
            "month 14% arrived late, mostly from the satellite clinics. Send them by tube "
            "(stations 12 and 42 accept them) or call a courier at {phone}.\n\n"
            "Microbiology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "UV robot schedule",
        "body": (
            "EVS will run the UV disinfection robot in the OR suites on nights this week and "
            "in the ED resuscitation bays on Sunday from 04:00. Expect each cycle to take 15 "
            "minutes. Contact {name} at ext {ext} with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Workplace violence prevention training",
        "body": (
            "De-escalation training is now required every year for ED, behavioral health and "
            "Security staff. Sessions on {date} and {date2}, 4 hours, simulation lab. "
            "Instructor: {name}. Sign up in the learning portal.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Virtual sitter program - six-month results",
        "body": (
            "The virtual sitter program covered 412 patient-days across four units. Falls on "
            "those units dropped 31%, and in-person sitter hours fell by 2,300, saving about "
            "{amount}. Next phase: {unit29} and the step-down unit in January.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New video interpreter carts",
        "body": (
            "Language Services has placed 12 new video interpreter carts on the inpatient "
            "floors. Over 200 languages are available by video, including {lang29}, Spanish "
            'and ASL. Log a broken cart with the IT help desk, ticket type "interpreter '
            'device".\n'
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new staff interpreters",
        "body": (
            "Please welcome {name} and {name2}, who join Language Services as staff medical "
            "interpreters this week. {first} is certified in Spanish and Portuguese. You can "
            "reach the interpreter office at ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Discharge lounge hours",
        "body": (
            "The discharge lounge on the first floor is now open 08:00-20:00 on weekdays and "
            "10:00-18:00 on weekends. It has 12 recliners, two stretcher bays, snacks, and a "
            "pharmacy pickup window. Units can book a spot through the bed board.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New preferred DME vendor for home oxygen",
        "body": (
            "From {date}, {company} is our preferred vendor for home oxygen, hospital beds and "
            "wheelchairs at discharge. Same-day delivery for orders placed by 13:00. Intake "
            "line: {phone}. Contract {ref} is in the case management shared drive.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Observation rate dashboard",
        "body": (
            "Month     | Obs encounters | Obs > 48 h | Converted to inpatient\n"
            "August    | 1,102          | 7.1%       | 22%\n"
            "September | 1,055          | 6.4%       | 24%\n"
            "October   | 1,131          | 5.9%       | 21%\n"
            "Goal for Q1: fewer than 5% of observation stays over 48 hours.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ROI desk closed Friday afternoon",
        "body": (
            "The Release of Information window in Health Information Management will close at "
            "12:00 on Friday for staff training. Requests can still be dropped in the secure "
            "box or faxed. {name} will cover urgent court orders; call ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Copy fee schedule update",
        "body": (
            "Starting {date}, per the state fee limits:\n"
            "- Electronic copy of records: flat $6.50\n"
            "- Paper, first 10 pages: $1.00 per page\n"
            "- Paper, each page after: $0.50\n"
            "- Images on CD: $10.00\n"
            "Continuity-of-care requests between providers remain free.\n"
            "HIM\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grievance turnaround report",
        "body": (
            "Formal grievances closed in October: 38. Median days to written response: 6 "
            "(standard: 7). Late: 3. Top categories: communication (14), billing (9), "
            "belongings (6), wait times (5), food (4). Full report on the quality drive.\n\n"
            "{name}, Patient Relations Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PAR level change on {unit29}",
        "body": (
            "Effective next Monday, the supply room PAR levels change:\n"
            "{sku}  {supply29}   PAR 40 -> 60\n"
            "SKU-318204  Suction canisters, 1,200 mL   PAR 24 -> 18\n"
            "Scan the shelf label, not the box, when you take the last one.\n"
            "Supply Chain, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automated cabinet maintenance",
        "body": (
            "The vendor will update the software on all medication cabinets on 6 East and 7 "
            "West on {date} between 01:00 and 03:00. Each cabinet is down for about 20 "
            "minutes. Pharmacy techs will refill the override bins beforehand.\n\n"
            "Pharmacy Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Menú de la cafetería esta semana",
        "body": (
            "Lunes: pollo asado con arroz\n"
            "Martes: tacos de pescado (contiene pescado y trigo)\n"
            "Miércoles: sopa de lentejas vegana\n"
            "Jueves: enchiladas de queso (contiene leche)\n"
            "Viernes: paella (contiene mariscos)\n\n"
            "Las tarjetas de alérgenos están en cada estación.\n"
            "Servicios de Alimentación\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Capacitación para intérpretes",
        "body": (
            "La capacitación anual de terminología médica para intérpretes será el {date} de "
            "9:00 a 13:00 en el aula 2. Tema de este año: cardiología y consentimientos "
            "informados. Instructora: {name}. Confirmen su asistencia a {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cambio de horario del transporte de pacientes",
        "body": (
            "A partir del {date}, el turno de noche de Transporte empieza a las 22:00 en lugar "
            "de las 23:00. El despacho sigue en la extensión {ext}. Cualquier duda, hablen con "
            "su supervisor, {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Pneumatic tube station 42 out of service",
        "body": (
            "Station 42 (4B) is jammed and will be out until a part arrives, about two days. "
            "Please send specimens and medications by runner or use station 40 on 4A. "
            "Facilities has the carrier that was stuck; it was empty.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PAGE",
        "body": "EVS TO MAIN LOBBY BY GIFT SHOP - COFFEE SPILL, WET FLOOR SIGNS NEEDED X{ext}\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bed huddle 0800",
        "body": (
            "Open beds: 14 (ICU 1, tele 5, med-surg 8)\n"
            "Expected discharges: 46, 19 with rides confirmed\n"
            "ED holds: 7\n"
            "Isolation rooms needed: 3; negative-pressure rooms free: 2\n"
            "Dirty beds: 9; EVS adding a float tech until noon\n"
            "Next huddle 1100.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P-card statement - charges to verify",
        "body": (
            "Hi {first},\n\n"
            "Two charges on the Food & Nutrition purchasing card statement did not match a "
            "receipt. The statement also shows the card as 6011 0009 9013 9425, which is not "
            "the number we have on file (4916 3384 5012 2877). Can you confirm with the bank "
            "before the {date} close?\n\n"
            "Accounts Payable, {company} shared services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Food Allergy Awareness Week",
        "body": (
            "This week the cafeteria labels the nine major allergens on every item: milk, egg, "
            "fish, shellfish, tree nuts, peanuts, wheat, soy and sesame. Our dietitians will "
            "have a table in the atrium on Wednesday with recipes and label-reading tips.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Kosher and halal meal supplier change",
        "body": (
            "From {date}, certified kosher and halal frozen meals for patient trays come from "
            "{company}. The diet office can still order same-day meals from the local "
            "supplier for weekends. The item numbers in the menu system will change; "
            "{name} is updating them.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clinical pastoral education - applications open",
        "body": (
            "Spiritual Care is accepting applications for next year's CPE residency: four "
            "positions, one year, stipend included. Applications close {date}. Information "
            "session with {provider}, ACPE certified educator, on {date2} in the chapel "
            "office.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you, EVS night shift",
        "body": (
            "Last month the EVS night shift turned over 1,204 discharge rooms with an average "
            "bed turnaround of 48 minutes, our best yet. Special thanks to {name} and {name2}, "
            "who covered four extra shifts during the flu surge. Breakfast in the EVS break "
            "room on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier vehicle incident - no injuries",
        "body": (
            "Courier car 12 was rear-ended at a light on Route 5 this morning. The driver, "
            "{name}, is fine. All totes were intact and were moved to car 9; the afternoon "
            "run will be about 40 minutes late. Claim {ref} filed with {company}.\n\n"
            "Lab Logistics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: RN case manager",
        "body": (
            "Case Management is hiring two RN case managers for the medical units, day shift, "
            "with every fourth weekend. Experience with InterQual and SNF placement "
            "preferred. Hiring manager: {name}. Req #{code}; apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reorder: belongings bags and labels",
        "body": (
            "Item {sku}, patient belongings bags (clear, drawstring), 500 per case: 6 cases\n"
            "Item SKU-552901, belongings inventory labels, 1,000 per roll: 4 rolls\n"
            "Ship to: Security office, dock 2. PO {order}.\n"
            "Requested by {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient Relations volunteer orientation",
        "body": (
            "New patient-liaison volunteers start orientation on {date} at 9:00 in the "
            "volunteer office. Topics: privacy training, how to log a concern, and rounding "
            "scripts. Please bring your badge and a signed confidentiality form.\n\n"
            "{name}, Volunteer Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vendor credentialing reminder",
        "body": (
            "All vendor representatives must check in at the vendor kiosk and wear a printed "
            "day badge. From {date}, reps without current flu vaccination records in the "
            "credentialing system will be turned away from patient care areas. Questions go "
            "to {name}, vendor credentialing coordinator, ext {ext}.\n\n"
            "Supply Chain\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: linen delivery short",
        "body": (
            "Can we get an extra cart from the other hospital tonight?\n\n"
            "---------- Forwarded message ----------\n"
            "From: {name}, Linen Services\n"
            "Sent: {date} {time}\n\n"
            "> The laundry vendor shorted us 400 bath blankets and 250 fitted sheets on "
            "today's delivery. Invoice {invoice} will be credited.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter vendor order {order} confirmed",
        "body": (
            "Your order for on-site interpreters is confirmed:\n"
            "- ASL, 2 interpreters, town hall on {date}, 14:00-16:00\n"
            "- {lang29}, 1 interpreter, new-employee orientation, {date2}\n"
            "Cancel at least 24 hours ahead to avoid the minimum charge.\n"
            "{company} Interpreting\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sitter staffing pool",
        "body": (
            "We are building a float pool of patient sitters for nights. {role29}s and "
            "nursing assistants with a current de-escalation certificate can apply; "
            "differential is $2.50/h. Talk to {name} in Staffing by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recognition: {role29} of the quarter",
        "body": (
            "Please congratulate {name}, our {role29} of the quarter, nominated by three "
            'different units for always picking up the phone and never saying "not my job". '
            "Cake in the cafeteria, {date}, 14:00.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh38": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py (in full), bench/accuracy/fresh7.py (lines 1-40 and 150-260, lines
580-600 of its negatives, and the Subject lines of the rest) and the module docstring of
bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and the data
format; not its templates), for the placeholder names, the data format, and so as not to
repeat their templates. The file names in bench/accuracy/ were listed once (with the line
counts of generate.py, fresh6.py and fresh7.py). The author did not read gateway/, policies/,
docs/, tests/, README.md, pyproject.toml, bench/accuracy/vocab/ or any other
bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the benchmark or
any test. The only things run were Python's ast module over generate.py (without executing
it) to collect the placeholder names that fill() and fresh_fill() provide, an import of this
file with a script checking its placeholders (formatting every template with dummy values),
key sets, labels and the Luhn failures of the literal card-like numbers in the negatives,
and ruff format and ruff check on this file. It is meant to be run once, as an honest,
untuned measurement: do not tune the detector on these templates.

Angle: emergency care and EMS. Mail from 911 dispatch to the emergency department and out
again: ambulance run reports and ePCR extracts (ALL-CAPS printouts, a NEMSIS export error in
JSON), CAD incident notes, MIST and SBAR handoffs, ED tracking-board exports pasted as text,
triage notes, trauma activations (with trauma aliases and MRNs), stroke and STEMI alerts,
transfer-center call logs and forwarded transfer threads, poison-control consults, patient
refusals, flight requests, critical-value calls, chart merges for unidentified patients,
72-hour bouncebacks, ED discharge callbacks and voicemails, frequent-visitor and sickle-cell
care plans, community-paramedic visits, ambulance bills and Medicare ambulance claims, plus
family mail in Spanish and a French ambulance report. Shapes vary: terse pages and texts
with typos and abbreviations, "Label: value" forms, tables, "> " quoted forwards. The hard
negatives come from the same world: EMS shift bids and strike-team rosters, ambulance fleet
and monitor maintenance, controlled-substance box audits, mass-casualty drill announcements
and victim cards with fictional, unnamed victims, a mock STEMI and a test stroke page, ED
wait-time and boarding dashboards, county run-volume, stroke, STEMI, poison-centre and
billing figures in aggregate, EMS protocol updates and medical-director memos, CE course
and BLS renewal notices, a de-identified case of the month, a sim-lab scenario, hospital
diversion alerts, a blank downtime tracking board, ePCR release notes, literal ICD-10 code
ranges without a patient, and fuel and test card numbers that fail the Luhn check.

This file's own placeholders (FRESH38_VOCAB): {unit38} {hosp38} {incident38} {station38}
{cc38} {edx38} {vitals38} {gcs38} {mech38} {inj38} {tx38} {tox38} {alias38} {course38}.
{course38} appears only in negatives; {station38}, {unit38}, {hosp38}, {cc38}, {vitals38}
and {inj38} also appear in negatives, where no patient is identified (drills, simulations,
schedules, dashboards). Other placeholders come from generate.fill() and
generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). A trauma alias ("Trauma Zulu") counts as
identified only together with an MRN. subject_phi is True only when the Subject alone
identifies a patient together with health information, or holds a patient identifier in a
care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the
Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd},
{mbi} or {passport}, and name only staff, vendors or nobody, or give aggregate figures;
drill and simulation victims are unnamed; the card-like numbers written literally in them
fail the Luhn check. Anything ambiguous was left out.
"""

from __future__ import annotations

FRESH38_VOCAB: dict[str, list[str]] = {
    "unit38": ["Medic 14", "Medic 7", "Rescue 22", "Ambulance 31", "M-41", "Medic 9"],
    "hosp38": [
        "St. Brigid Regional",
        "Mercy West Medical Center",
        "Lakeshore General",
        "Valley Presbyterian",
        "Riverbend Memorial",
        "Good Samaritan East",
    ],
    "incident38": ["26-118342", "2026-041187", "F26-009371", "EMS26-077120", "26-204458"],
    "station38": ["Station 4", "Station 11", "Station 2", "Station 17", "Fire Station 6"],
    "cc38": [
        "chest pain",
        "SOB",
        "syncope",
        "fall at home",
        "AMS",
        "abd pain",
        "seizure",
        "L-sided weakness",
        "allergic reaction",
        "sudden severe headache",
        "palpitations",
        "hematemesis",
        "SI",
        "hypoglycemia",
        "scalp lac",
        "back pain",
    ],
    "edx38": [
        "NSTEMI",
        "inferior STEMI",
        "right MCA stroke",
        "subarachnoid hemorrhage",
        "opioid overdose",
        "DKA",
        "sepsis from pneumonia",
        "saddle pulmonary embolism",
        "left hip fracture",
        "small bowel obstruction",
        "anaphylaxis (peanut)",
        "concussion",
        "acute appendicitis",
        "hyperkalemia (K 7.1)",
        "COPD exacerbation",
        "upper GI bleed",
        "new-onset a-fib with RVR",
    ],
    "vitals38": [
        "BP 88/54, HR 128, RR 26, SpO2 89% on RA",
        "BP 186/104, HR 92, RR 18, SpO2 97% RA",
        "BP 104/62, HR 142 irregular, RR 24, SpO2 91% on 4 L NC",
        "BP 142/88 HR 58 RR 14 SpO2 99%",
        "BP 76/40, HR 134, RR 30, SpO2 84% on NRB",
        "BP 128/76, P 110, R 22, sat 95%, BGL 42",
        "BP 160/98, HR 104, RR 20, SpO2 93%, T 38.9",
    ],
    "gcs38": ["GCS 15", "GCS 14 (E4 V4 M6)", "GCS 9 (E2 V2 M5)", "GCS 7", "GCS 13", "GCS 3T"],
    "mech38": [
        "MVC, restrained driver, T-boned on the driver's side at ~40 mph, airbags deployed",
        "fall from a ladder, ~12 ft, landed on the left side",
        "pedestrian struck by a pickup at ~30 mph",
        "single GSW to the left flank",
        "motorcycle vs. guardrail, helmeted, thrown ~20 ft",
        "stab wound to the right chest",
        "rollover MVC, unrestrained, 35 min extrication",
    ],
    "inj38": [
        "open right tib/fib fracture, distal pulses present",
        "left rib fractures with crepitus, decreased breath sounds on the left",
        "scalp laceration with active bleeding, occipital hematoma",
        "deformity and shortening of the left thigh",
        "seatbelt sign across the lower abdomen, abdomen rigid",
        "unstable pelvis on exam",
        "entry wound left flank, no exit wound found",
    ],
    "tx38": [
        "ASA 324 mg PO, nitro 0.4 mg SL x2",
        "naloxone 4 mg IN, then 2 mg IV",
        "D10 250 mL IV",
        "albuterol/ipratropium nebs x3, CPAP 10",
        "epinephrine 0.3 mg IM, diphenhydramine 50 mg IV",
        "fentanyl 100 mcg IV, splinted",
        "TXA 1 g IV, pelvic binder, 1 unit whole blood",
        "NS 1 L bolus, ondansetron 4 mg IV",
        "midazolam 5 mg IM for active seizure",
        "needle decompression left chest, BVM",
    ],
    "tox38": [
        "about 30 tablets of Tylenol Extra Strength",
        "an unknown number of amlodipine 10 mg tablets",
        "about 12 quetiapine 100 mg tablets",
        "antifreeze (ethylene glycol), about one cup",
        "an unknown quantity of counterfeit oxycodone pills",
        "ibuprofen 800 mg x 20 tablets",
        "lithium ER, about 25 tablets",
        "bupropion XL 300 mg x 15",
        "metformin 1000 mg, about 40 tablets",
    ],
    "alias38": [
        "Trauma Zulu",
        "Trauma Xray",
        "Unknown Tango",
        "Doe, Sierra",
        "Trauma Quebec",
        "Unknown Victor",
    ],
    "course38": [
        "PHTLS refresher",
        "ACLS recertification",
        "PALS provider course",
        "12-lead ECG workshop",
        "AMLS",
        "EVOC driver training",
        "TECC (tactical casualty care)",
        "Geriatric EMS (GEMS)",
    ],
}


FRESH38_PHI: list[dict] = [
    {
        "subject": "ePCR export - {unit38} - {date}",
        "body": (
            "*** ePCR SUMMARY - PRINTED {date2} ***\n"
            "INCIDENT #: {incident38}    UNIT: {unit38}\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}    AGE: {age}    SEX: M\n"
            "HOME ADDR: {address}\n"
            "CHIEF COMPLAINT: {cc38}\n"
            "PRIMARY IMPRESSION: {edx38}\n"
            "VITALS (1ST SET): {vitals38}, {gcs38}\n"
            "INTERVENTIONS: {tx38}\n"
            "DESTINATION: {hosp38} ED\n"
            "DISPOSITION: TRANSPORTED NO LIGHTS/SIREN, CONDITION IMPROVED\n"
            "CREW: {provider_last} (P) / {name2} (EMT-B)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "handoff sheet {unit38}",
        "body": (
            "MIST called to {hosp38} at {time}\n\n"
            "M - {mech38}\n"
            "I - {inj38}\n"
            "S - {vitals38}; {gcs38}\n"
            "T - {tx38}\n\n"
            "Pt ID'd from wallet: {name}, DOB {dob}. Family not notified yet, PD has the info.\n"
            "- {provider_first}, FF/PM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "bay 6",
        "body": (
            "bay 6 is {first} {last}, the {cc38} off {unit38}. trop pending, ekg in the "
            "chart. can u page cards? thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "STEMI ALERT - {last}, {first} - ETA 8 min",
        "body": (
            "{age} y/o, inferior STEMI on the 12-lead {unit38} transmitted at {time}. ASA 324 "
            "given in the field, nitro held for BP 92/60. Cath lab activated, team paged. "
            "Please quick-register under the name above and open the STEMI order set.\n\n"
            "ED Charge RN\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Code Stroke: {name}, LKW {time}",
        "body": (
            "NIHSS 14 on arrival (R gaze preference, L hemiplegia, dysarthria). CT head neg "
            "for bleed, CTA with R M1 occlusion. TNK given at door + 31 min. IR notified for "
            "thrombectomy. Wife at bedside, {phone}.\n\n"
            "{provider}, MD - Emergency Medicine\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "TRAUMA 1 ACTIVATION - ETA 6 MIN",
        "body": (
            "TRAUMA LEVEL 1 ACTIVATION {time}\n"
            "ALIAS: {alias38}    MRN: {mrn}\n"
            "MECH: {mech38}\n"
            "INJ: {inj38}\n"
            "VS: {vitals38}    {gcs38}\n"
            "PREHOSPITAL TX: {tx38}\n"
            "UNIT: {unit38}\n"
            "TRAUMA BAY 1. BLOOD BANK NOTIFIED, MTP ON STANDBY.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfer Center - accepted",
        "body": (
            "TRANSFER CENTER CALL LOG\n"
            "Date/time: {date} {time}\n"
            "Referring: Dr. {provider}, {hosp38} ED\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Dx: {edx38}\n"
            "Vitals at time of call: {vitals38}\n"
            "Service requested: neuro ICU / neurosurgery\n"
            "Accepting: Dr. {name3}\n"
            "Mode: critical care ground, {unit38}\n"
            "Bed assigned: NSICU 4\n"
            "Call recording ID: {ref}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Poison center consult",
        "body": (
            "Poison Center case {code}\n"
            "Caller: ED RN, {hosp38}\n"
            "Pt: {name}, {age} y/o, wt ~70 kg\n"
            "Exposure: {tox38}, reported as intentional, est. time of ingestion {time}\n"
            "Sx: nausea, diaphoresis, HR 112\n"
            "Recs: 4-hr APAP and salicylate levels, BMP, EKG; NAC if APAP above the treatment "
            "line; psych eval once medically cleared. We will call back at 0200 for levels.\n"
            "SPI on duty: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "callback list - done",
        "body": (
            "Called {name} at {phone} re: ED visit {date} for {edx38}. States feeling better, "
            "picked up the {rx}, has PCP appt Thursday. Reviewed return precautions. No "
            "further action.\n\n"
            "2nd pt on the list not reachable, left generic VM.\n"
            "- {provider_first} RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED Care Plan updated - {name} (MRN {mrn})",
        "body": (
            "The ED Complex Care Committee reviewed this plan on {date}.\n\n"
            "ED visits, last 12 months: 31\n"
            "Main presentations: {cc38}; alcohol intoxication\n"
            "Plan:\n"
            "  1. No IV opioids. Ketorolac or acetaminophen for pain.\n"
            "  2. Page social work on arrival, any hour.\n"
            "  3. Shelter bed through Street Outreach: {phone}\n"
            "  4. PCP: Dr. {provider}\n\n"
            "Please do not print this plan into the patient's discharge packet.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ED board snapshot {time}",
        "body": (
            "TRACKING BOARD - MAIN ED - exported {date} {time}\n"
            "RM  PATIENT             AGE  CC                 ESI  MD          STATUS\n"
            "04  {last}, {first}     {age}   {cc38}          2    {provider_last}  CT pending\n"
            "07  --                                                        dirty\n"
            "09  {name3}             61   fall, hip pain     3    {provider_last}  admit ortho\n"
            "12  {name2}             {age}   {edx38}         1    {provider_last}  to cath lab\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "triage note - pls cosign",
        "body": (
            "TRIAGE {date} {time}\n"
            "{name}, {age}F, ambulatory to triage c/o {symptom4} x 2 days. PMH: {dx}. Home "
            "meds: {rx}. NKDA. T 38.4 HR 104 BP 132/80 RR 20 SpO2 96% RA. ESI 3. To waiting "
            "room, labs drawn per standing order.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: ambulance bill",
        "body": (
            "Hi,\n\n"
            "I paid the bill for my husband's ambulance ride on {date} (account {account}) over "
            "the phone with card {card}, but the portal still shows a balance of {amount}. He "
            "was taken to {hosp38} after his fall. His name is {name}. Can someone check?\n\n"
            "Thanks,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Claim hold - ground ambulance",
        "body": (
            "CLAIM HOLD REPORT\n"
            "Beneficiary: {upper_name}\n"
            "MBI: {mbi}\n"
            "DOS: {date}    Run #: {incident38}\n"
            "HCPCS: A0427 (ALS1 emergency)  A0425 x 9 loaded miles\n"
            "ICD-10: {icd}\n"
            "Hold reason: medical necessity narrative missing\n"
            'Crew narrative excerpt: "pt found on floor, {cc38}, unable to ambulate"\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "coding query - ED level",
        "body": (
            "Dr. {provider_last},\n\n"
            "Acct {account} / {last}, {first} / DOS {date}\n"
            "You documented {edx38} and 45 min of critical care. The final dx on the chart is "
            "{icd}. Can you confirm, or add an addendum if the code should change? The claim "
            "is on hold until we hear back.\n\n"
            "HIM Coding\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Doe merge",
        "body": (
            "The unidentified male from Trauma Bay 2 last night ({alias38}, MRN {mrn}) was "
            "identified by his sister this morning as {name}, SSN {ssn}. He has an old chart "
            "under MRN {mrn2} with his seizure history and Keppra dose. Please merge so neuro "
            "can see the old EEGs.\n\n"
            "Registration supervisor, nights\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Pregunta sobre mi papá",
        "body": (
            "Buenas noches,\n\n"
            "Mi papá, {intl_name}, fue llevado en ambulancia a su sala de emergencias anoche "
            "porque tenía dolor de pecho y le faltaba el aire. Los paramédicos dijeron que "
            "podía ser un infarto. Nadie nos ha dicho si lo van a internar. Él toma {rx} para "
            "la presión. ¿Me pueden llamar al {phone}?\n\n"
            "Gracias,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: transfer?",
        "body": (
            "Can you take this one? I'm in a resus.\n\n"
            "---------- Forwarded message ----------\n"
            "From: Transfer Center\n"
            "Date: {date}\n\n"
            "> {hosp38} calling re: {name}, DOB {dob}.\n"
            "> {age} y/o, CT shows {edx38}, currently {vitals38}.\n"
            "> Requesting transfer to your service. Callback via transfer line ext {ext}.\n"
            ">\n"
            "> Transfer RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "72-hr ED bounceback: {name}",
        "body": (
            "Seen {date} for {cc38}, discharged with {rx}. Back today with the same complaint, "
            "now admitted for {edx38}. Flagging for peer review per policy.\n\n"
            "ED Quality\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - ED culture callback, resistant to Keflex",
        "body": (
            "Urine culture from the ED visit on {date} grew E. coli >100K, resistant to "
            "cephalexin. Called pt at {phone}, still symptomatic. Sent nitrofurantoin 100 mg "
            "BID x 5 days to her pharmacy.\n"
            "-{provider_first}, PA-C\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} left AMA before CT",
        "body": (
            "Pt eloped from room 18 at {time} before the CT for {cc38}. Security checked the "
            "lot. Called the cell on file twice, no answer. Documented; please send the AMA "
            "letter.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "OD - {name} - narcan x2 in field",
        "body": (
            "FYI for the peer recovery coach: brought in by {unit38}, found down in a "
            "restroom. Naloxone 4 mg IN then 2 mg IV by medics, now awake and talking. Says "
            "he is interested in starting buprenorphine. Bed 12.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Transfer request: {intl_name}, {age}yo, {edx38}",
        "body": (
            "From {hosp38}. Intubated, on norepi. Requesting ICU bed. Accepting doc please "
            "call the transfer line.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Poison ctr f/u: {name} ({dob}) - {tox38}",
        "body": (
            "Pt now in MICU 6. Per our recs: serial levels q4h, telemetry, repeat EKG at 0600. "
            "Will call back at shift change.\n"
            "SPI {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ED rm 14 - {first} {last} - psych hold day 3",
        "body": (
            "Still boarding, no inpatient psych beds in the region. Sitter in place. Home meds "
            "restarted. Please update the bed search list before 10.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "QA review: {name} cardiac arrest, run {incident38}",
        "body": (
            "Medical director review of the run on {date}: witnessed arrest, bystander CPR, VF "
            "on arrival, ROSC after 2 shocks and 1 mg epi. ETCO2 documented throughout. Crew "
            "did great. Copy to the {unit38} crew and the chart.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Refusal - {unit38} - {date}",
        "body": (
            "PATIENT REFUSAL OF TREATMENT/TRANSPORT\n"
            "Patient name: {name}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Assessment: found by wife, BGL 38, D10 250 mL given, recheck BGL 142, A&Ox4\n"
            "Pt refuses transport. Understands risks incl. recurrent hypoglycemia and death.\n"
            "Instructed to eat a meal now and call 911 if symptoms return.\n"
            "Witness: {name2} (spouse)\n"
            "Medic: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAD printout {incident38}",
        "body": (
            "CAD INCIDENT {incident38}  TYPE: CARDIAC/RESP ARREST  PRI: 1\n"
            "LOC: {address}\n"
            "{time}  CALLER STATES HUSBAND {upper_name} NOT BREATHING, HX HEART ATTACK\n"
            "T+01    CPR INSTRUCTIONS GIVEN, CALLER COMPLYING\n"
            "T+07    {unit38} ON SCENE\n"
            "T+24    ROSC PER MEDIC, TRANSPORTING TO {hosp38}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your Emergency Department visit summary",
        "body": (
            "Dear {name},\n\n"
            "You were seen in the {hosp38} Emergency Department on {date}.\n\n"
            "Diagnosis: {edx38}\n"
            "New prescriptions: {rx4}\n"
            "Follow up: your primary doctor in 2-3 days, or {specialty} as referred.\n\n"
            "Come back to the Emergency Department right away if you have {symptom4} that "
            "gets worse, or any new symptoms that worry you.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ER visit on {date}",
        "body": (
            "hello, i was in your ER on {date} for {cc38} and they did a {test4} and a CT and "
            "told me it was probably nothing but to follow up. nobody called me with the final "
            "read of the CT. can someone call me? {phone}\n\n"
            "{name}\nsent from my phone\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Statement from {company} Ambulance",
        "body": (
            "STATEMENT DATE {date2}\n"
            "Account: {account}\n"
            "Patient: {name}\n"
            "Service date: {date}\n"
            "Service: BLS emergency transport to {hosp38}, 6.2 loaded miles\n"
            "Charges: {amount}\n"
            "Insurance paid: $0.00 (denied - not medically necessary)\n"
            "Patient balance: {amount}\n"
            "Pay online or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flight request - scene",
        "body": (
            "AirCare flight request {time}\n"
            "Scene: I-80 MM 142, LZ secured by Engine 9\n"
            "Pt: {name}, {age}F per DL\n"
            "Burns ~30% TBSA, partial and full thickness, singed nares, hoarse voice\n"
            "Intubated on scene, RSI with ketamine/roc\n"
            "Dest: regional burn center\n"
            "Ground unit: {unit38}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stroke registry abstraction - questions",
        "body": (
            "For the GWTG entry:\n\n"
            "Patient: {name}    MRN: {mrn}\n"
            "Arrival: {date} {time} by {unit38}\n"
            "Door-to-CT: 14 min\n"
            "Door-to-needle: 38 min (tenecteplase)\n"
            "NIHSS 9 -> 3 at 24 h\n\n"
            "Missing: dysphagia screen time before the first PO med. Can nursing find it?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ECO - bed search",
        "body": (
            "{name}, DOB {dob}, brought in by PD on an emergency custody order at {time}. SI "
            "with a plan (overdose on {rx4}), medically cleared, APAP/ASA neg. Need a psych "
            "bed before the ECO expires at 0400. Called 6 facilities so far, list attached.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "community paramedic visit note",
        "body": (
            "Home visit: {name}, {address}\n"
            "911 calls in past 30 days: 9 (mostly SOB)\n"
            "COPD on home O2 2 L, {rx}, nebs. Found the O2 concentrator unplugged so she could "
            "charge her phone. Lungs: wheezes bilat. SpO2 88% -> 93% back on O2. Set up a pill "
            "box, refilled inhaler through the pharmacy. Next visit Tues.\n"
            "- {provider_first}, CP-C\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SBAR for 1900 handoff",
        "body": (
            "S: {first} {last}, bed 22, {age}M, here for {edx38}\n"
            "B: hx {dx5}, on {rx5}\n"
            "A: {vitals38}, pain 6/10, tolerating PO\n"
            "R: admit orders in, waiting on tele bed; repeat trop at 2100\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pit",
        "body": (
            "r u in pit? Mr. {last} in 4 got 5 of haldol + 2 of ativan for agitation, pls "
            "recheck q15 and put him on the sitter list. im stuck in trauma\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical value call",
        "body": (
            "CRITICAL RESULT NOTIFICATION\n"
            "Test: troponin I, high sensitivity\n"
            "Result: 4,210 ng/L (CRITICAL HIGH)\n"
            "Patient: {upper_name}    MRN {mrn}\n"
            "Location: ED BED 9\n"
            "Called to: Dr. {provider_last} at {time}, read-back verified\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "seizure pt",
        "body": (
            "pt {first} {last} dob {dob} came in by ems w/ seizre x3 in the field, hx "
            "epilepsy, says she ran out of keppra last wk bc insurance. 2mg ativan IM en route "
            "per medics, loaded keppra here. neuro aware. can SW help w/ the med $$?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Entrega de paciente - {unit38}",
        "body": (
            "Entrega al servicio de urgencias, {hosp38}\n"
            "Paciente: {intl_name}, {age} años\n"
            "Motivo: caída desde su propia altura, golpe en la cabeza, toma warfarina\n"
            "Signos: {vitals38}\n"
            "{gcs38}\n"
            "Tratamiento: collarín cervical, inmovilización, acceso IV\n"
            "Familiar: su hija, tel. {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Non-emergency transport auth",
        "body": (
            "Requesting prior authorization for recurring stretcher transport.\n"
            "Member ID: {member}\n"
            "Member: {name}\n"
            "DOB: {dob}\n"
            "Reason: bed-confined after {proc5}; dialysis MWF at {clinic}\n"
            "Trips: 26 round trips, {date} through {date2}\n"
            "Ordering: Dr. {provider}, NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "billing face sheet missing info",
        "body": (
            "Run {incident38} ({date}) - crew got the face sheet from {hosp38}:\n"
            "   {last}, {first}\n"
            "   SSN {ssn}\n"
            "   DOB {dob}\n"
            "   Ins: Medicaid pending\n"
            "Primary impression was {edx38}. We still need a signature; pt could not sign "
            "(intubated), so get the receiving RN's signature form from the ED.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "ED copay payment",
        "body": (
            "Pt {name} called to pay the ED copay for the visit on {date} (laceration repair, "
            "4 sutures). Card {card}, exp 11/28. Amount {amount2}. Receipt emailed to "
            "{email}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "ED chart final dx",
        "body": (
            "MRN {mrn}: final dx changed from R07.9 to {icd} after the CTA read. Please re-drop "
            "the facility charge.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "High utilizer list - Nov",
        "body": (
            "ACO high-utilizer report (ED visits >= 6 in 90 days)\n\n"
            "Name | MBI | ED visits | Top dx\n"
            "{name} | {mbi} | 7 | CHF exacerbation\n"
            "{name2} | (pending) | 6 | COPD\n\n"
            "Care managers please outreach this week.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "sent to L&D",
        "body": (
            "FYI {name}, G2P1 at 34 weeks, came to the ED with a headache and BP 168/110. Mag "
            "started, sent up to L&D at {time}. Her partner {name2} is parking the car and "
            "will come up to the 3rd floor.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tdap in ED - registry update",
        "body": (
            "Please update the state immunization registry:\n"
            "Name: {name}\n"
            "DOB: {dob}\n"
            "Vaccine: Tdap (Boostrix) 0.5 mL IM, L deltoid\n"
            "Lot: {lot}\n"
            "Given: {date}, Emergency Dept, for a dog bite to the right hand\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LVAD pt inbound",
        "body": (
            "Heads up, {unit38} bringing in {name}, HeartMate 3 LVAD, low-flow alarms x 2 hrs, "
            "MAP 58 by doppler. VAD coordinator paged ({phone}). Do NOT start compressions "
            "without talking to the VAD team.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Individualized pain plan",
        "body": (
            "INDIVIDUALIZED ED PLAN\n"
            "Patient: {name}    DOB: {dob}\n"
            "Diagnosis: sickle cell disease (HbSS)\n"
            "Vaso-occlusive crisis: hydromorphone 1.5 mg IV within 60 min of arrival, repeat "
            "q30min x 3 as needed. IV fluids at maintenance only.\n"
            "Always check: CBC, retic, CXR if chest pain or hypoxia (acute chest).\n"
            "Hematologist: Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "peds side",
        "body": (
            "peds 3: {first}, 4 y/o, febrile seizure at daycare, brought by {unit38}. Mom "
            "{name2} at bedside. Tmax 39.6, back to baseline, tylenol given. Likely dc after a "
            "PO challenge.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "VM - ED callback line",
        "body": (
            "Voicemail transcript ({time}):\n"
            "\"Hi, this is {name2}, I'm calling about my mother {name}. She was sent home from "
            "your ER last night after the {edx38}, and today she's more confused and not "
            'eating. Should I bring her back? My number is {phone}."\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bilan ambulancier",
        "body": (
            "Bilan transmis au régulateur à {time}\n"
            "Victime : {intl_name}, {age} ans\n"
            "Circonstances : chute dans l'escalier à domicile\n"
            "Bilan : douleur de la hanche droite, raccourcissement et rotation externe du "
            "membre inférieur droit\n"
            "Constantes : {vitals38}\n"
            "Traitement : oxygène, immobilisation, antalgique\n"
            "Destination : {hosp38}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NEMSIS export error",
        "body": (
            "Export to the state repository failed validation for 1 record:\n\n"
            '{{"eRecord.01": "{incident38}", "ePatient.02": "{last}", '
            '"ePatient.03": "{first}", "ePatient.17": "{dob}", '
            '"eSituation.11": "{edx38}", "error": "eDisposition.21 is required"}}\n\n'
            "Fix the record in the ePCR and re-export.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH38_NEG: list[dict] = [
    {
        "subject": "January shift bid results",
        "body": (
            "Shift bid results, effective {date}:\n\n"
            "A shift   {unit38}   {name} (P) / {name2} (EMT)\n"
            "B shift   Medic 3    {name3} (P) / {provider} (EMT)\n"
            "C shift   open - OT sign-up sheet on the board at {station38}\n\n"
            "Trades must be approved by the on-duty captain.\n- Ops\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{unit38} out of service",
        "body": (
            "{unit38} is OOS as of {time}: check engine light and loss of power on the ramp at "
            "{hosp38}. Towed to fleet. Reserve unit R-2 in service at {station38}; stretcher "
            "and monitor swapped, drug box seal #{code} transferred. ETA back ~3 days.\n"
            "- Fleet, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Full-scale MCI drill - {date}",
        "body": (
            "The county full-scale mass-casualty exercise is on {date} at the fairgrounds. "
            "Scenario: bus rollover on Route 9 with 40 simulated patients. Role-players wear "
            "moulage and carry victim cards (e.g. 'adult male, open femur fracture, RR 32' or "
            "'child, no injuries, crying'). {hosp38} will receive about 12 simulated patients; "
            "register them with the drill names DRILL-001 to DRILL-040, never in real charts.\n"
            "All radio traffic starts and ends with 'THIS IS A DRILL'.\n"
            "Exercise director: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drill victim cards v3",
        "body": (
            "Final victim cards for Saturday (role-players get these at check-in):\n\n"
            "CARD  AGE/SEX  INJURIES                                   START\n"
            "D-01  34 M     {inj38}    RED\n"
            "D-02  61 F     hip pain, cannot walk                      YELLOW\n"
            "D-03  8 M      laceration to forearm, ambulatory          GREEN\n"
            "D-04  45 F     apneic after airway repositioning          BLACK\n"
            "D-05  27 M     vitals {vitals38}    RED\n\n"
            "Moulage team: {name} and {name2}. The cards are fictional; no names go on them.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED throughput dashboard - week of {date}",
        "body": (
            "MAIN ED - WEEKLY\n"
            "Arrivals: 1,412 (EMS 31%)\n"
            "Median door-to-provider: 27 min\n"
            "Median LOS, discharged: 3.9 h\n"
            "Median LOS, admitted: 7.6 h\n"
            "Boarding hours: 612\n"
            "LWBS: 2.4%\n"
            "72-h returns: 3.1%\n"
            "Ambulance offload > 30 min: 58 occurrences\n\n"
            "Questions to {name}, ED Operations.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Protocol update 7.4 - Suspected Stroke",
        "body": (
            "Effective {date}, regional protocol 7.4 changes:\n"
            "- Use the LAMS score. LAMS >= 4 with LKW < 24 h: transport to a "
            "thrombectomy-capable center if it adds no more than 30 min.\n"
            "- Glucose on every suspected stroke; treat < 60 with D10.\n"
            "- Call the stroke alert from the field and give the LKW time.\n\n"
            "{provider}, MD, EMS Medical Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{course38} - seats open",
        "body": (
            "{course38} at the {station38} training room, {date}, 0800-1700. Instructor: "
            "{name}. 16 CE hours (NCCR). Bring your own stethoscope and lunch. Register with "
            "{email} by {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "County EMS run volume - October",
        "body": (
            "STATION   RUNS   TRANSPORTS   AVG RESP   TOP IMPRESSION\n"
            "Sta 2      612          441       7:48   fall\n"
            "Sta 4      388          301       6:12   chest pain\n"
            "Sta 11     903          612       9:05   behavioral\n"
            "Sta 17     842          607       8:31   SOB\n"
            "TOTAL    2,745        1,961\n\n"
            "Cardiac arrests: 19 (ROSC 6). Overdoses with naloxone given: 44.\n"
            "Prepared by {name}, County EMS Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stroke program Q3 metrics",
        "body": (
            "Q3, {hosp38}\n"
            "Code strokes called: 118 (EMS pre-alert 71%)\n"
            "Thrombolytics: 22, median door-to-needle 41 min (goal < 45)\n"
            "Thrombectomy: 14\n"
            "sICH after lytics: 1\n\n"
            "Thanks to the {unit38} crews for the pre-alerts.\n"
            "- {name}, Stroke Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "STEMI committee - Q3 data",
        "body": (
            "42 STEMI activations, 6 false positives (14%). Median FMC-to-device 78 min; "
            "door-to-balloon 57 min. 2 patients transferred in from {hosp38}.\n"
            "Reminder for coders: STEMI codes are I21.0x-I21.3; NSTEMI is I21.4.\n"
            "Next meeting {date}, {time}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New trauma activation criteria",
        "body": (
            "Starting {date} the criteria are:\n"
            "LEVEL 1: SBP < 90 at any time, GCS <= 8, penetrating injury to head, neck, torso "
            "or proximal extremities, intubated, receiving blood.\n"
            "LEVEL 2: GCS 9-13, two or more proximal long-bone fractures, pelvic fracture, "
            "ejection, fall > 20 ft.\n"
            "Please post in the EMS room. - Trauma Program Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfer center on-call - week of {date}",
        "body": (
            "Neurosurgery: Dr. {provider}  {phone}\n"
            "Cardiology/STEMI: Dr. {name}\n"
            "Trauma surgery: Dr. {name2}\n"
            "PICU: Dr. {name3}\n"
            "Transfer center RN: ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Poison Center bulletin: button batteries and laundry pods",
        "body": (
            "Our specialists took 214 calls about button battery ingestions this year, most in "
            "children under 6. If a child may have swallowed a battery, give 10 mL of honey "
            "every 10 minutes on the way (over age 1) and go to an ED with endoscopy. Laundry "
            "pods: call us before inducing anything. Hotline 1-800-222-1222.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED discharge callback program",
        "body": (
            "Starting {date}, callback RNs will phone every patient discharged from the main "
            "ED within 48 hours. Script: confirm prescriptions were picked up, review return "
            "precautions, check that a follow-up appointment exists. Callbacks are "
            "documented in the encounter, not in email. Questions: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Complex care committee minutes",
        "body": (
            "Present: {name} (SW), {name2} (ED RN), Dr. {provider}\n\n"
            "1. 28 patients now have ED care plans. ED visits in that group fell 41% over six "
            "months.\n"
            "2. Two plans are due for review; case managers will bring them next month (see "
            "the EHR list, not email).\n"
            "3. Outreach van funded through {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: naloxone nasal spray lot {lot}",
        "body": (
            "The manufacturer recalled lot {lot} (exp 06/2027) of naloxone 4 mg nasal spray "
            "for possible actuation failure. Check the drug boxes on all units and pull "
            "affected devices. Replacements from {company}, PO {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CS box audit {unit38}",
        "body": (
            "CONTROLLED SUBSTANCE AUDIT - {unit38} - {date}\n"
            "FENTANYL 100 MCG/2 ML    X4  OK\n"
            "MIDAZOLAM 10 MG/2 ML     X4  OK\n"
            "KETAMINE 500 MG/5 ML     X2  OK\n"
            "MORPHINE 10 MG           X0  (REMOVED FROM FORMULARY)\n"
            "SEAL IN: {code}   SEAL OUT: {ref}\n"
            "AUDITOR: {name}   WITNESS: {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LIFEPAK 15 failed self-test",
        "body": (
            "Monitor SN 44817263 on {unit38} failed its daily self-test at {time} (error: "
            "therapy fault). Pulled from service; loaner from {company} Biomed. 12-lead "
            "transmission to {hosp38} tested OK on the loaner.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: Paramedic (full-time, 24/48)",
        "body": (
            "Requirements: state paramedic license, ACLS, PALS, PHTLS, clean driving record. "
            "Starting pay $26.40/h, sign-on bonus $5,000. Busy 911 system, about 22,000 runs "
            "a year.\nContact {name}, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "fuel card declined at pump",
        "body": (
            "{first}, the fleet fuel card for {unit38} (5567 2109 8843 6610) was declined "
            "again tonight at the county pumps. The spare card 4485 0391 2267 5813 failed too. "
            "Crew paid with petty cash, receipt is in the envelope. Can you call the fuel "
            "vendor?\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - EMS supplies",
        "body": (
            "Qty 40    Adjustable cervical collars\n"
            "Qty 20    NPA kits, assorted\n"
            "Qty 100   IV start kits\n"
            "Qty 12    Pelvic binders\n"
            "Qty 30    Tourniquets (CAT Gen 7)\n"
            "Total {amount}    PO {order}\n"
            "{company}, {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DIVERSION: {hosp38}",
        "body": (
            "*** HOSPITAL STATUS CHANGE ***\n"
            "{hosp38} EMERGENCY DEPT: ON DIVERSION {time} TO 1800\n"
            "REASON: CT SCANNER DOWN\n"
            "EXCEPTIONS: CARDIAC ARREST, STEMI, AIRWAY COMPROMISE\n"
            "STROKE ALERTS: GO TO THE NEAREST STROKE CENTER\n"
            "- REGIONAL MEDICAL COMMUNICATIONS\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAD upgrade downtime {date}",
        "body": (
            "CAD will be down 0200-0400 for version {version}. Dispatch will use paper run "
            "cards; units acknowledge on TAC 2. ePCR tablets stay up but will not pull "
            "incident numbers; enter them by hand after the downtime.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EMS Week awards",
        "body": (
            "Congratulations to Paramedic {name} and EMT {name2} of {unit38}, this year's "
            "Lifesaving Award recipients, for a cardiac arrest call last spring: high-quality "
            "CPR, 3 shocks, ROSC in 11 minutes, and the patient went home neurologically "
            "intact. Banquet on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AAR: MCI exercise",
        "body": (
            "After-action summary\n"
            "- 42 simulated patients triaged in 19 minutes (goal 20)\n"
            "- Triage accuracy 86%: 4 yellow tagged red, 2 green tagged yellow\n"
            "- First transport at T+24 min\n"
            "- {hosp38} surge plan activated at T+31\n"
            "- Radio interoperability problems on TAC 3\n"
            "Improvement plan due {date}. - {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Downtime: paper tracking board",
        "body": (
            "During the EHR downtime use the paper board at the charge nurse station:\n\n"
            "RM | PATIENT NAME | AGE | CC | ESI | RN | MD | DISPO\n"
            "---|--------------|-----|----|-----|----|----|------\n"
            "   |              |     |    |     |    |    |\n\n"
            "Use the downtime labels from the pre-printed sheet, and shred the board when the "
            "system is back.\n"
            "{name}, Nursing Informatics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ePCR release {version}",
        "body": (
            "What's new in {version} (build {build}):\n"
            "- NEMSIS 3.5.1 schema\n"
            "- eSituation.PrimaryComplaint pick list adds 'syncope' and 'suicidal ideation'\n"
            "- Fix: patient DOB field no longer clears when Age is edited\n"
            "- Fix: stroke scale now totals automatically\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sim lab scenario for Thursday",
        "body": (
            "Scenario 3 (manikin): 58-year-old male with {cc38}. Initial vitals {vitals38}. "
            "Deteriorates at minute 6. Learners should run the primary survey, call for the "
            "monitor and give a hospital report. Facilitator: {name}. Debrief in room 2.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case of the month",
        "body": (
            "A woman in her 70s called 911 for sudden slurred speech while gardening. The crew "
            "found LAMS 5, glucose 112, LKW 40 min earlier. Question: the primary stroke center "
            "8 minutes away, or the comprehensive center 22 minutes away? Reply with your "
            "answer; discussion at CE night on {date}.\n"
            "- {provider}, EMS Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ketamine for severe agitation - memo",
        "body": (
            "Effective immediately: IM ketamine for severe agitation is capped at 4 mg/kg, "
            "continuous ETCO2 and SpO2 monitoring are required after any dose, and every "
            "administration triggers a QA review.\n\n{provider}, MD\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Regional EMS council agenda {date}",
        "body": (
            "1. Call to order\n"
            "2. Offload times at {hosp38} (ops)\n"
            "3. Protocol revisions: stroke, pediatric seizure\n"
            "4. Naloxone leave-behind program: 212 kits handed out\n"
            "5. Budget\n"
            "6. Adjourn\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu shots at the stations",
        "body": (
            "Employee Health will give flu vaccines at {station38} on {date} from 0700-0900 "
            "for A/B/C shifts. 64% of field staff are vaccinated so far. Bring your badge. "
            "Questions: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Strike team deployment roster",
        "body": (
            "Ambulance strike team (5 units) deploys to the wildfire staging area at 0600.\n"
            "Leader: {name}, cell {phone}\n"
            "{unit38}: {name2} / {name3}\n"
            "Medic 3: {provider} / TBD\n"
            "Pack for 72 hours. Fuel cards issued at staging.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "swap?",
        "body": (
            "hey {first} can u take my 1900 in pod B on {date}? ill take your 0700 the sat "
            "after. charge said ok if ur good w it\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Poison Center annual report",
        "body": (
            "Total exposure calls: 38,412\n"
            "Children under 6: 41%\n"
            "Top substances: analgesics, household cleaners, cosmetics, antidepressants, "
            "antihistamines\n"
            "Managed on site (no ED visit): 68%\n"
            "Deaths: 9 (all adults)\n"
            "Full report attached.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Boarding report {date}",
        "body": (
            "0700 census: 44 in the department, 17 admitted holds (9 med/surg, 4 tele, 3 ICU, 1 "
            "psych). Longest boarder 31 h. 6 EMS crews waiting to offload at {time}. "
            "Ambulance diversion requested.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Helipad closed {date}",
        "body": (
            "The rooftop helipad is closed 0800-1400 for resurfacing. AirCare will land at the "
            "alternate LZ in Lot C; security will escort the trauma team. Flight comms: "
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stop the Bleed - free class",
        "body": (
            "Learn to apply a tourniquet and pack a wound. {date}, {time}, at {station38}. "
            "Taught by {name}, Paramedic. Ages 12+. Register at https://example.org/stb\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your BLS card expires {date}",
        "body": (
            "{name},\n\n"
            "Our records show your BLS Provider card expires on {date}. Sign up for a renewal "
            "class in the LMS before then to stay on the schedule. Your ACLS card expires "
            "{date2}.\n\n"
            "Clinical Education\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OT approval - pay period ending {date}",
        "body": (
            "{name}: 36 h OT (holdover on {unit38} after a late call, plus 2 shift trades). "
            "Approved by Capt. {provider_last}. Payroll ref {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TEST - CODE STROKE PAGE",
        "body": (
            "*** THIS IS A TEST OF THE CODE STROKE PAGING GROUP ***\n"
            "NO PATIENT. NO ACTION REQUIRED.\n"
            "PLEASE REPLY ACK TO {phone} WITHIN 10 MIN\n"
            "CT, PHARMACY, NEURO, ED CHARGE, RADIOLOGY\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mock STEMI activation tomorrow",
        "body": (
            "Heads up: we will run an unannounced mock STEMI between 0900 and 1100. The "
            "'patient' is a manikin arriving by {unit38}; the 12-lead is a teaching tracing "
            "labelled MOCK. Register as MOCK, STEMI (no real name or MRN). Goal: door-to-lab "
            "under 30 min.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cleaning after airborne-precaution transports",
        "body": (
            "Reminder for all crews: after any transport on airborne precautions, leave the "
            "rear doors open 20 minutes, wipe every surface with the purple-top wipes and log "
            "the decon on the unit sheet. Do not write patient details on the decon log.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Regional capacity 0600",
        "body": (
            "HOSPITAL                     ED PTS  BOARDERS  ICU OPEN  DIVERSION\n"
            "{hosp38}                     52      14        2         NO\n"
            "Lakeshore General            38      9         0         YES (ICU)\n"
            "County General               61      22        4         NO\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Curso de RCP para la comunidad",
        "body": (
            "El {date} ofrecemos un curso gratuito de RCP y uso del DEA en la estación de "
            "bomberos ({station38}), de 9:00 a 12:00. Instructor: {name}, paramédico. Cupo "
            "para 30 personas. Inscripciones al {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Demo: video laryngoscope",
        "body": (
            "{name} from {company} will demo the new video laryngoscope in the ED airway lab "
            "on {date}. First-pass success in their field trial was 91% vs 74% with direct "
            "laryngoscopy.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monthly billing summary - October",
        "body": (
            "Claims submitted: 1,204\n"
            "Denied: 96 (8.0%) - top reason: missing PCS form (41)\n"
            "Average days in A/R: 38\n"
            "Collections: {amount}\n"
            "Self-pay runs: 212\n"
            "Prepared by {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: {unit38} holdover",
        "body": (
            "Approved. Thanks.\n\n"
            "> On {date}, {name} wrote:\n"
            "> {unit38} was held 2 h at {hosp38} waiting on a bed for a psych transfer. Crew "
            "out of\n"
            "> service until {time}. Requesting OT for {name2} and {name3}.\n"
            ">> Offload delay logged, ticket {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Triage sepsis screen - new questions",
        "body": (
            "Starting {date} the triage screen asks: temp > 38.3 or < 36, HR > 90, RR > 20, "
            "suspected infection. Two or more = sepsis alert to the charge RN. In October we "
            "screened 3,880 patients and 212 were positive.\n"
            "{name}, ED Educator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SSM posting plan - nights",
        "body": (
            "SYSTEM STATUS PLAN - LEVEL 4 AND BELOW\n"
            "POST 1: {address} ({unit38})\n"
            "POST 2: I-80 / RT 9 PARK AND RIDE\n"
            "POST 3: {station38}\n"
            "LEVEL 0: NOTIFY ON-DUTY SUPERVISOR {phone}, REQUEST MUTUAL AID\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient payment portal - test results",
        "body": (
            "QA on the ambulance billing portal, build {build}: test card 4111 1111 1111 1112 "
            "rejected (bad checksum, as expected); 5500 0000 0000 0005 rejected as expected. "
            "Only the built-in test account was used; no real accounts were touched.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh30": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (for the placeholder names, the data
format, and so as not to repeat their templates), and the module docstring of
bench/accuracy/fresh29.py (its first 60 lines, as a model of this docstring; not its
templates), and once listed the file names in bench/accuracy/. It also grepped pyproject.toml
for the line-length setting only. The author did not read gateway/, policies/, docs/, tests/,
README.md, bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file, did not run git,
the detector, run.py, the benchmark or any test. The only things run were cat, sed, grep and
wc over the files named above, Python's ast module over generate.py (without executing it) to
collect the placeholder names, an import of this file to check its placeholders, labels and
Luhn failures, and ruff format and ruff check on this file. It is meant to be run once, as an
honest, untuned measurement: do not tune the detector on these templates.

Angle: clinical teaching, quality and safety, and clinician-to-clinician handoffs. Mail where
cases are discussed: resident sign-out and I-PASS handoff lists, consult requests and pasted
consult notes, tumour board and case conference agendas, morbidity and mortality summaries,
peer review referrals, patient-safety event reports (falls, medication errors, pressure
injuries), rapid response and code debriefs, sepsis and stroke core-measure abstractions,
infection prevention line lists, readmission reviews, grand rounds and morning report cases,
preceptor feedback, pharmacist and stewardship intervention logs, transfusion and mortality
reviews, and a nurse manager's follow-up on a complaint. Formats vary: numbered handoff lists,
"Pt:" shorthand, ALL-CAPS event-report exports, pipe and tab tables, forwarded threads with
quoted "> " lines, HTML fragments pasted as text, pager one-liners, long narrative paragraphs,
some Spanish and French; patients appear by full name, by title and surname with age and sex,
by initials with an MRN, and by room with a surname. The hard negatives come from the same
world: de-identified teaching cases ("a 54-year-old man", "Patient A", "Case 3"), board
questions, conference and M&M schedules naming only faculty and topics, aggregate safety,
infection, sepsis, stroke and readmission dashboards, policy and protocol text full of drug
and disease names, simulation scenarios with mannequins, journal club abstracts, staff
education, committee minutes, credentialing mail about clinicians (NPI, licence numbers),
eponymous diseases in lecture titles, look-alike drug alerts, on-call schedules with phone
and pager numbers, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH30_VOCAB): {dx30} {med30} {proc30} {event30} {lab30}
{room30} {svc30} {todo30} {init30} {harm30} for the patient templates, and {topic30}
{lasa30} {sim30} {metric30} for the negatives (some of the first group, such as {dx30},
{med30}, {proc30} and {svc30}, also appear in negatives, where no patient is named). Other
placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, safety event with its harm,
appointment or visit for care, payment for care). subject_phi is True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier in
a care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the
Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd},
{mbi} or {passport}, and name only staff, vendors or nobody, or give aggregate or
de-identified figures (teaching cases give an age and sex but no name, date or place); the
card-like numbers written literally in them fail the Luhn check. Anything ambiguous was left
out.
"""

from __future__ import annotations

FRESH30_VOCAB: dict[str, list[str]] = {
    "dx30": [
        "septic shock from a urinary source",
        "acute ischemic stroke, left MCA territory",
        "inferior STEMI",
        "DKA",
        "upper GI bleed from a duodenal ulcer",
        "hospital-acquired pneumonia",
        "necrotizing fasciitis of the thigh",
        "acute on chronic hypoxic respiratory failure",
        "severe hyponatremia",
        "alcoholic hepatitis",
        "small bowel obstruction",
        "recurrent C. difficile infection",
        "status epilepticus",
        "hyperactive delirium",
        "submassive PE",
    ],
    "med30": [
        "enoxaparin 40 mg daily",
        "vancomycin 1.25 g IV q12h",
        "insulin lispro correction scale",
        "hydromorphone 0.5 mg IV q3h PRN",
        "a heparin infusion",
        "piperacillin-tazobactam 4.5 g q6h",
        "potassium chloride 40 mEq",
        "norepinephrine at 0.08 mcg/kg/min",
        "ceftriaxone 2 g daily",
        "tacrolimus 2 mg BID",
        "haloperidol 2 mg IV",
        "lorazepam 1 mg IV",
        "cefepime 2 g q8h",
        "oxycodone 10 mg q4h PRN",
        "warfarin 7.5 mg",
    ],
    "proc30": [
        "right IJ central line",
        "emergent intubation",
        "exploratory laparotomy",
        "mechanical thrombectomy",
        "EGD with clipping",
        "bedside paracentesis",
        "chest tube placement",
        "bronchoscopy with BAL",
        "lumbar puncture",
        "TEE-guided cardioversion",
        "I&D of a gluteal abscess",
        "IR-guided drain placement",
    ],
    "event30": [
        "unwitnessed fall from bed",
        "tenfold heparin bolus",
        "stage 3 sacral pressure injury",
        "missed insulin dose",
        "IV infiltration with blistering",
        "wrong-patient blood draw",
        "omitted anticoagulation after surgery",
        "fall in the bathroom with a scalp laceration",
        "pressure injury under the BiPAP mask",
        "duplicate opioid administration",
        "delayed response to a critical potassium",
        "retained guidewire",
    ],
    "lab30": [
        "lactate 4.8",
        "troponin 2.31",
        "K 6.9",
        "Hgb 6.1",
        "INR 5.4",
        "glucose 38",
        "Na 116",
        "pCO2 78 on the ABG",
        "WBC 24.7",
        "creatinine 3.9 from 1.1",
        "ammonia 142",
        "procalcitonin 11.2",
    ],
    "room30": [
        "712B",
        "MICU-14",
        "ED 22",
        "418-2",
        "CVICU 9",
        "5N-31",
        "6W-04",
        "SICU 2",
        "340-1",
        "Obs 18",
        "4N-12",
        "715A",
    ],
    "svc30": [
        "nephrology",
        "infectious diseases",
        "palliative care",
        "GI",
        "neurology",
        "hematology",
        "cardiology",
        "wound care",
        "psychiatry C/L",
        "general surgery",
    ],
    "todo30": [
        "f/u AM BMP",
        "recheck lactate at 0200",
        "trend troponin x2",
        "repeat K after the second run",
        "vanc trough before the 4th dose",
        "NPO after midnight for the procedure",
        "reassess pain 1 h after the PRN",
        "restart heparin if no bleeding at 6 h",
        "watch UOP, bolus 500 if under 30 mL/h",
        "CIWA q2h, call if over 15",
    ],
    "init30": [
        "J.T.",
        "M.R.G.",
        "A.K.",
        "D.W.",
        "S.O.",
        "L.P.",
        "K.N.",
        "R.B.",
        "E.V.",
        "T.H.",
    ],
    "harm30": [
        "NCC MERP Category C - reached patient, no harm",
        "NCC MERP Category D - monitoring required",
        "NCC MERP Category E - temporary harm, intervention required",
        "NCC MERP Category F - prolonged hospitalization",
        "AHRQ harm scale: mild harm",
        "AHRQ harm scale: moderate harm",
    ],
    "topic30": [
        "Takotsubo cardiomyopathy",
        "Guillain-Barre syndrome",
        "Wernicke encephalopathy",
        "Kawasaki disease",
        "Cushing syndrome",
        "Addisonian crisis",
        "Stevens-Johnson syndrome",
        "Wolff-Parkinson-White syndrome",
        "Budd-Chiari syndrome",
        "Hashimoto encephalopathy",
        "Brugada syndrome",
        "Sheehan syndrome",
        "Lemierre syndrome",
        "Ludwig angina",
    ],
    "lasa30": [
        "hydroxyzine and hydralazine",
        "Celebrex, Celexa and Cerebyx",
        "vinblastine and vincristine",
        "Zyprexa and Zyrtec",
        "morphine and hydromorphone",
        "Lamictal and Lamisil",
        "Brilinta and Brintellix",
        "NovoLog and Novolin",
        "oxycodone and OxyContin",
        "dopamine and dobutamine",
    ],
    "sim30": [
        "SimMan 3G",
        "the Harvey cardiopulmonary simulator",
        "the Noelle birthing simulator",
        "the Apollo high-fidelity mannequin",
        "the HAL S3201 mannequin",
        "SimJunior",
        "the Victoria obstetric simulator",
        "a Resusci Anne torso",
    ],
    "metric30": [
        "CLABSI",
        "CAUTI",
        "falls with injury",
        "hospital-acquired pressure injuries, stage 2 and above",
        "hospital-onset C. difficile",
        "SEP-1 bundle compliance",
        "30-day readmissions",
        "rapid response calls outside the ICU",
    ],
}


FRESH30_PHI: list[dict] = [
    {
        "subject": "Night sign-out 7 West {date}",
        "body": (
            "I-PASS sign-out, 7 West, {date}\n\n"
            "1. {last}, {first} - {room30} - {age}M\n"
            "   I: WATCHER\n"
            "   P: {dx30}, on {med30}\n"
            "   A: {todo30}; if MAP under 65 call the ICU fellow\n"
            "   S: full code, wife at bedside\n"
            "   S: night team read back, agrees\n"
            "2. {name2} - bed 12 - {age}F\n"
            "   I: stable\n"
            "   P: cellulitis of the left leg, day 3 of cefazolin, afebrile\n"
            "   A: nothing overnight, likely home tomorrow\n\n"
            "Pager 4-{ext} until 0700. Thanks!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "page",
        "body": "7W RN to 4-{ext}: {last} rm {room30} {lab30}, on {med30}. pls call back\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consult request - {svc30}",
        "body": (
            "Requesting a {svc30} consult for {name}, MRN {mrn}, {age}F admitted {date} with "
            "{dx30}.\n"
            "Question: worsening {lab30} despite {med30}; is further workup or a procedure "
            "indicated?\n"
            "Urgency: today\n"
            "Requesting physician: Dr. {provider}, pager 4-{ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: your consult",
        "body": (
            "Pasting my note below so you have it before rounds.\n\n"
            "CONSULT NOTE - {svc30}\n"
            "Patient: {upper_name}    MRN: {mrn}\n"
            "Requesting: Dr. {provider_last}\n"
            "Reason: {dx30}\n\n"
            "HPI: Mr. {last} is a {age}-year-old man admitted on {date} who developed "
            "{lab30} on hospital day 2. He has been on {med30}. He denies chest pain. Family "
            "history noncontributory.\n\n"
            "Assessment/Plan:\n"
            "- Agree with current antibiotics; would not escalate yet\n"
            "- Recommend {proc30} if no improvement in 24 h\n"
            "- {todo30}\n"
            "- We will follow daily\n\n"
            "{provider_first}, fellow\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thoracic tumor board - {date} agenda",
        "body": (
            "#  | Patient            | MRN    | Age/Sex | Summary                         "
            "| Presenter              | Question\n"
            "1  | {last}, {first} | {mrn} | {age}F | RUL mass 3.1 cm, PET avid, "
            "FEV1 48% | Dr. {provider_last} | SBRT vs lobectomy\n"
            "2  | {name2} | {mrn2} | {age}M | stage IIIA adenocarcinoma after "
            "chemoradiation | Dr. {provider} | durvalumab?\n\n"
            "Pathology and radiology will pull slides and images. Reply by noon with "
            "additions.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "M&M submission - Q3",
        "body": (
            "Submitting the following for departmental M&M.\n\n"
            "Patient: {name} (MRN {mrn})\n"
            "Service: Medicine\n"
            "Event: {event30}\n"
            "Outcome: {harm30}\n\n"
            "Summary: admitted with {dx30}. On hospital day 4 the event occurred overnight; "
            "{proc30} was needed the next morning. Contributing factors: a cross-cover "
            "intern with 22 patients, no handoff of the pending {lab30}.\n\n"
            "Submitted by Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Confidential peer review referral",
        "body": (
            "CONFIDENTIAL - PEER REVIEW PRIVILEGED\n\n"
            "Practitioner under review: Dr. {provider}\n"
            "Patient: {name}, MRN {mrn}\n"
            "Encounter: ED visit {date}\n\n"
            "Concern: possible delayed recognition of {dx30}. The {lab30} resulted at {time} "
            "and the first documented response is four hours later. Patient required "
            "{proc30} and ICU transfer.\n\n"
            "Referred by the Quality department for committee review on {date2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SAFETY EVENT {code} - FALL",
        "body": (
            "EVENT ID: {code}\n"
            "EVENT TYPE: FALL - UNASSISTED\n"
            "DATE/TIME: {date} {time}\n"
            "PATIENT NAME: {upper_name}\n"
            "MRN: {mrn}\n"
            "LOCATION: {room30}\n"
            "MORSE FALL SCORE: 75 (HIGH)\n"
            "SEDATING MEDS LAST 12H: {med30}\n"
            "INJURY: LACERATION LEFT EYEBROW, CT HEAD NEGATIVE\n"
            "HARM: {harm30}\n"
            "REPORTER: RN, 6 EAST\n"
            "STATUS: OPEN - MANAGER REVIEW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Event report: medication error",
        "body": (
            "Filed this morning. Mrs. {last} in {room30} received {med30} twice, at 2200 "
            "and again at 0010, because the first dose was charted on paper during the "
            "downtime and not entered. She became drowsy with RR 8 and got naloxone 0.4 mg "
            "with good response. Harm: {harm30}. Her daughter {name2} was informed at 0200 "
            "and asked for a call from the attending.\n\n"
            "{provider_first}, charge RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HAPI follow-up",
        "body": (
            "Hi team,\n\n"
            "The wound RN saw {name} in {room30} today. The sacral wound is now a stage 3 "
            "pressure injury, 4 x 3 cm with slough. It was a stage 2 on admission night, so "
            "this one counts as hospital-acquired. Low air loss mattress ordered, turning "
            "q2h, nutrition consult placed, {svc30} aware.\n\n"
            "Please document skin checks every shift; the RCA is on {date2}.\n\n"
            "{provider}, Nurse Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RRT debrief {date}",
        "body": (
            "Rapid response called at {time} for Mr. {last} ({age}M, {room30}): SBP 78, "
            "HR 128, {lab30}. Given 2 L LR and started {med30}; transferred to the MICU "
            "at 1415 with {dx30}.\n\n"
            "Went well: RN escalated early, family updated.\n"
            "Improve: 25 minutes to get a second IV, no pressure bag on the floor.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Code debrief - please review",
        "body": (
            "Code Blue, {room30}, {date} at {time}.\n"
            "Patient {name}, MRN {mrn}. PEA arrest; ROSC after 3 rounds of epinephrine and "
            "{proc30}. Underlying cause thought to be {dx30}.\n\n"
            "Time to first compression: 40 s\n"
            "Time to first epi: 4 min\n"
            "CPR fraction: 84%\n"
            "Issues: suction not set up, family in the room without a support person.\n\n"
            "Please add comments before Friday's resuscitation committee.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SEP-1 abstraction - fallout",
        "body": (
            "Encounter: {account}\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}\n"
            "Principal dx: {icd}\n"
            "Severe sepsis presentation time: {date} {time}\n"
            "Initial lactate: 4.1 (drawn within window)\n"
            "Repeat lactate: not drawn within 6 hours -> FAIL\n"
            "Antibiotics: {med30}, within 3 hours\n"
            "Fluids: 30 mL/kg documented\n\n"
            "Please review with the ED attending before the quarterly submission.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Stroke measure review: {name}, MRN {mrn}",
        "body": (
            "Door-to-needle 72 minutes (goal 45). Alteplase at {time} after CT at 0951; "
            "delay was waiting on a weight. Principal diagnosis {icd}. NIHSS 14 on arrival, "
            "6 at 24 hours. Transferred for mechanical thrombectomy at the comprehensive "
            "center the same afternoon.\n\n"
            "Stroke coordinator\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "CLABSI line list - week of {date}",
        "body": (
            "MRN | Patient | Unit/bed | Line | Line day | Organism | NHSN\n"
            "{mrn} | {last}, {first} | {room30} | R IJ triple lumen | 9 | MRSA, 2 of 2 "
            "bottles | meets CLABSI\n"
            "{mrn2} | {name2} | 5N-07 | L arm PICC | 14 | Candida glabrata | meets "
            "CLABSI\n\n"
            "Unit managers: line necessity review with the team by Friday please.\n"
            "Infection Prevention\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "30-day readmission review",
        "body": (
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Index admission: {date}, {dx30}, discharged home on {med30}\n"
            "Readmission: {date2}, same condition\n"
            "Follow-up appointment within 7 days: not scheduled\n"
            "Preventable? Reviewer 1 says likely; reviewer 2 to complete.\n\n"
            "Readmission Review Committee\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "slides for Thursday",
        "body": (
            "Attached my draft for grand rounds. I still need to scrub slide 4, it has "
            "{name}'s MRN ({mrn}) in the corner of the CT from {date} showing the {dx30}, "
            "and slide 9 has her face in the clinical photo. Will fix tonight, sorry.\n\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Feedback - third-year clerkship, week 2",
        "body": (
            "{name2} presented Mr. {last} ({age}M, {dx30}) on rounds Tuesday: organized, "
            "good differential, and she caught that his {lab30} had not been repeated. "
            "Area to grow: the plan should state the dose and duration of {med30} rather "
            "than 'continue abx'. Overall meets expectations, trending toward exceeds.\n\n"
            "Dr. {provider_last}, preceptor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy interventions log",
        "body": (
            "Date\tPatient\tMRN\tDrug\tIntervention\tOutcome\n"
            "{date}\t{last}, {first}\t{mrn}\t{med30}\tRenal dose adjustment, CrCl 22\t"
            "Accepted\n"
            "{date}\t{name2}\t{mrn2}\tenoxaparin\tDuplicate anticoagulation with heparin "
            "drip\tAccepted\n"
            "{date}\t{name3}\t4471208\tceftriaxone\tAllergy clarification, tolerated "
            "before\tNo change\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Follow-up on your concerns",
        "body": (
            "Dear Ms. {last},\n\n"
            "Thank you for taking the time to speak with me on {date} about your father "
            "{name2}'s stay on our unit. I have reviewed his chart and the report of his "
            "{event30}. You were right that the bed alarm was not on that night; we have "
            "since retrained the staff. His {dx30} is being treated by the {svc30} team, "
            "and Dr. {provider_last} will call you this week to go over the CT results.\n\n"
            "Please call me directly at {phone} with any other concerns.\n\n"
            "{provider}, RN, Nurse Manager, 7 West\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: overnight event",
        "body": (
            "FYI, see below. Can you add this to the safety huddle?\n\n"
            "> From: {provider}\n"
            "> Sent: {date}\n"
            "> {last} in {room30}: {event30} around 0300. Vitals stable, {lab30} "
            "on the morning labs.\n"
            "> Family notified at {phone}. Event report filed.\n"
            ">\n"
            "> - night resident\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pt update",
        "body": (
            "Pt: {name}\n"
            "DOB: {dob}\n"
            "Dx: {dx30}\n"
            "Plan: {proc30} tomorrow AM, hold {med30} from midnight\n"
            "Code: full\n"
            "Dispo: likely SNF\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Entrega de turno - Medicina Interna",
        "body": (
            "Paciente: {name}, cama {room30}\n"
            "Diagnóstico: {dx30}\n"
            "Tratamiento: {med30}\n"
            "Pendiente: {todo30}\n"
            "Si empeora, avisar al residente de guardia (busca 4-{ext}). La familia ya "
            "está informada.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transmission - garde de nuit",
        "body": (
            "Mme {last}, {age} ans, chambre {room30} : {dx30}. Sous {med30}. "
            "À surveiller cette nuit : {todo30}. Bilan de {lab30} ce matin, contrôle "
            "prévu à 6 h. Sa fille a demandé à être appelée au {phone} si ça s'aggrave.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy intervention {date}",
        "body": (
            "Pt {init30} (MRN {mrn}): {med30} held for {lab30}. Discussed with Dr. "
            "{provider_last}, who agreed; order changed at {time}. Will recheck tomorrow.\n"
            "- clinical pharmacist, 5 North\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Handoff tool export",
        "body": (
            '<table class="ipass">\n'
            "<tr><th>Patient</th><th>Room</th><th>Severity</th><th>Summary</th>"
            "<th>To do</th></tr>\n"
            "<tr><td>{last}, {first}</td><td>{room30}</td><td>Watcher</td>"
            "<td>{dx30}, on {med30}</td><td>{todo30}</td></tr>\n"
            "<tr><td>{name2}</td><td>4N-09</td><td>Stable</td><td>COPD exacerbation, "
            "prednisone day 3</td><td>wean O2</td></tr>\n"
            "</table>\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sign-out: Mr. {last} {room30} - {dx30}",
        "body": "Full code. Son at bedside overnight. {todo30}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Consult: {name}, MRN {mrn}",
        "body": (
            "{svc30}, could you please see this patient today re: {dx30}? Already on "
            "{med30}. Callback Dr. {provider_last}, pager 4-{ext}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "M&M: {last}, {first} - {event30}",
        "body": (
            "Draft timeline attached for Tuesday. Please check the times against the MAR, "
            "I pulled them from the nursing notes.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fall with injury - {name} - {room30}",
        "body": "CT head negative, 3 sutures to the scalp. Post-fall huddle at 1400.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} line list correction",
        "body": (
            "This patient's bloodstream infection was attributed to 6 West, but the line was "
            "placed in the ED two days before transfer. Can you re-attribute before the NHSN "
            "upload?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Tumor board add-on: {name} ({age}F), new pancreatic head mass",
        "body": (
            "EUS biopsy pending, CT on PACS. Presenting: Dr. {provider_last}. Question is "
            "upfront surgery vs neoadjuvant chemo.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Peer review: {upper_name} MRN {mrn}",
        "body": (
            "Case referred by Quality. Reviewer packet in the secure folder. Please complete "
            "the scoring form by {date2}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "critical value - {last}, {first} - {lab30}",
        "body": "Called to Dr. {provider_last} at {time}, read back and verified. - lab\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Readmit within 30d: {name} ({dx30})",
        "body": (
            "Second admission this month. Discharged on {date} without a follow-up visit. "
            "Adding to Thursday's readmission huddle.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Face sheet correction: {name}, SSN {ssn}",
        "body": (
            "Registration attached this SSN to the wrong encounter during the {dx30} "
            "admission. Please correct it before the event report is closed; HIM is "
            "copied.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "ICD {icd} query - {last}, {first}",
        "body": (
            "Clinical documentation query\n\n"
            "Dr. {provider_last}, the record documents {lab30} and BiPAP for 2 days. Please "
            "clarify in an addendum whether this represents acute, chronic or acute on "
            "chronic respiratory failure, or another diagnosis.\n\n"
            "CDI specialist\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "RRT {room30} - Mrs. {last}, {age}F, hypotensive",
        "body": "Team at bedside, ICU fellow en route.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pharm int: {init30} MRN {mrn} - {med30}",
        "body": "Changed to renal dosing per CrCl. Prescriber notified.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Stroke alert {time}: {name}, {age}M, LKW 0615",
        "body": "CT in 6 min. Neuro at bedside. Pharmacy bring alteplase to CT 2.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: Mr. {last} - {event30}",
        "body": (
            "Agree, let's present it at the safety huddle.\n\n"
            "> On {date}, Dr. {provider} wrote:\n"
            "> Disclosure done with the family this afternoon. Risk management aware.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Isolation - {name}, MRN {mrn}, CRE positive",
        "body": "Contact plus precautions started. EVS notified for terminal clean.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "pgr",
        "body": (
            "CVICU 9 {last} K 6.9 -> Ca gluconate + insulin/D50 given, repeat at {time}. "
            "ok to start kayexalate?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "weekend coverage - my patients",
        "body": (
            "Hi {provider_first},\n\n"
            "Thanks again for covering. Three to keep an eye on. Mr. {last} in {room30} is "
            "the sickest: {dx30}, on {med30}, and I would not be surprised if he needs "
            "{proc30} over the weekend; the family knows and he is DNR but OK with pressors. "
            "{name2} in 4N-02 is on day 2 of alcohol withdrawal, {todo30}. {intl_name} in "
            "418-1 is waiting on a SNF bed and should be quiet, but her INR was 3.4 this "
            "morning so hold warfarin tonight.\n\n"
            "My cell is {phone} if anything comes up.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Discharge handoff - your patient",
        "body": (
            "Dr. {provider_last},\n\n"
            "Your patient {name} (DOB {dob}) was discharged today after {proc30} for "
            "{dx30}.\n"
            "Discharge meds changed: started {med30}; stopped lisinopril (AKI).\n"
            "Pending at discharge: blood cultures from {date}, final path.\n"
            "Please see within 7 days and repeat a BMP.\n\n"
            "Hospitalist service\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 SEP-1 sample - cases needing attestation",
        "body": (
            "Acct | Patient | Principal dx | Fallout reason\n"
            "{account} | {last}, {first} | {icd} | repeat lactate missing\n"
            "{claim}88 | {name2} | A41.9 | fluids not documented as 30 mL/kg\n\n"
            "Attending attestations due by {date2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Neuro case conference agenda",
        "body": (
            "Wednesday 7:30 am, Neurosciences conference room.\n\n"
            "Case 1: {name}, {age}M - {dx30}; presenting Dr. {provider}\n"
            "Case 2: {name2}, 71F - recurrent falls, suspected NPH; for LP discussion\n"
            "Case 3: teaching - EEG review, no patient\n\n"
            "Residents please pull imaging into the conference folder.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Med rec discrepancy",
        "body": (
            "At admission {name} (DOB {dob}) told the ED she takes {rx} daily, but the "
            "outpatient pharmacy fill history shows it has not been filled since spring, "
            "and the admitting team ordered it anyway. She is now on {med30} as well. "
            "Could the team confirm what she actually takes before we reconcile?\n\n"
            "Pharmacy, admissions med rec\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient relations case {code}",
        "body": (
            "Complainant: {name2} (daughter)\n"
            "Patient: {name}\n"
            "Phone: {phone}\n"
            "Unit: 7 West\n"
            "Concern: her mother's {event30} on {date} was not reported to the family "
            "until the next morning. She also asks why her mother's {med30} was stopped.\n"
            "Assigned to: nurse manager, 7 West\n"
            "Response due: 7 days\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refund after complaint",
        "body": (
            "Per the nurse manager's follow-up, we are waiving the ED facility charge for "
            "{name}'s visit on {date} (the {event30}) and refunding the {amount} paid to "
            "card {card}. Please confirm once the refund posts.\n\n"
            "Patient Financial Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Morning report tomorrow",
        "body": (
            "Tomorrow {provider_first} will present Mrs. {last} from 5 North ({age}F, "
            "admitted with {dx30}). Please look at the chart beforehand, MRN {mrn}; the "
            "teaching point is the {lab30}. Coffee provided.\n\n"
            "Chief residents\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfer handoff",
        "body": (
            "TRANSFER HANDOFF\n"
            "FROM: Outside hospital ED\n"
            "PT: {upper_name}    DOB: {dob}\n"
            "DX: {dx30}\n"
            "VITALS: HR 124, BP 86/50, SpO2 89% on 6 L\n"
            "LINES: {proc30} placed at OSH\n"
            "MEDS GIVEN: {med30}\n"
            "ACCEPTING: Dr. {provider}\n"
            "ETA: {time} by critical care transport\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SBAR - new confusion",
        "body": (
            "S: {name} in {room30} is newly confused and pulling at lines.\n"
            "B: POD 2 after {proc30}, on {med30}, no prior dementia.\n"
            "A: {lab30}; I think this is {dx30} versus a medication effect.\n"
            "R: please come evaluate within 30 minutes; sitter requested.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "24-hour post-RRT check",
        "body": (
            "Saw Mr. {last} ({room30}) this morning, about 24 h after yesterday's rapid "
            "response. Off oxygen, mentating at baseline, {lab30} trending down. Primary "
            "team plans to continue {med30}. No further escalation needed; closing the "
            "follow-up.\n\n"
            "RRT nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Skin audit results 6 East",
        "body": (
            "Bed   | Patient          | Braden | Finding\n"
            "6E-01 | {last}, {first} | 12 | stage 2, coccyx, present on admission\n"
            "6E-07 | {name2}         | 14 | deep tissue injury, right heel\n"
            "6E-11 | {name3}         | 19 | intact\n\n"
            "Heel offloading boots ordered for 6E-07.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-fall huddle notes",
        "body": (
            "Post-fall huddle, 6 East, {date} {time}\n"
            "Patient: {first} {last}, {age}F, Morse 65\n"
            "What happened: got up to the bathroom alone, bed alarm off\n"
            "Meds in prior 6 h: {med30}\n"
            "Injury: none, but neuro checks q1h x4 because she is on anticoagulation\n"
            "Plan: bed alarm on, toileting schedule q2h, PT to re-evaluate\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "anticoag stewardship",
        "body": (
            "Hi Dr. {provider_last}, {name} (MRN {mrn}) on {med30} has an INR of 5.4 "
            "this morning and a new drop in hemoglobin. Suggest holding tonight's dose and "
            "vitamin K 2.5 mg PO; happy to discuss. Anticoagulation pharmacist, x{ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ASP recommendations {date}",
        "body": (
            "Antimicrobial stewardship review\n"
            "1) {last}, {first} (MRN {mrn}): day 7 of {med30} for {dx30}; cultures "
            "negative, afebrile 72 h. Recommend stop.\n"
            "2) {name2} (MRN {mrn2}): on vancomycin for MSSA bacteremia. Recommend switch "
            "to cefazolin 2 g q8h.\n"
            "Recommendations left in the chart as notes.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfusion reaction workup",
        "body": (
            "Patient: {name}, MRN {mrn}\n"
            "Product: RBC, second unit, started {time}\n"
            "Reaction: fever to 39.1 and rigors 40 min in; transfusion stopped\n"
            "DAT negative, no hemolysis, cultures of the bag sent\n"
            "Classification: febrile non-hemolytic, pending cultures\n"
            "Premedication for future transfusions per Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ethics consult request",
        "body": (
            "Requesting an ethics consult for {name}, {age}M in the MICU with {dx30}. The "
            "team recommends comfort care; the family disagrees about {proc30}. His "
            "daughter {name2} is the health care proxy and can be reached at {phone}. "
            "Family meeting proposed for {date2} at 3 pm.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interesting rash on 4 North",
        "body": (
            "Residents: if you have a minute today, go see {name} in {room30}. Classic "
            "target lesions, SJS vs DRESS after {med30}, dermatology biopsied this morning. "
            "He has agreed to let learners examine him. Please gown and glove.\n"
            "Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sesión clínica del jueves",
        "body": (
            "Resumen del caso: Sr. {last}, {age} años, ingresado por {dx30}. Historia "
            "clínica {mrn}. Se le realizó {proc30} el día 3. Presenta: Dra. {provider_last}. "
            "Por favor, no reenviar fuera del servicio.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IDR notes 5 North",
        "body": (
            "Interdisciplinary rounds, 5 North\n"
            "- {last} (5N-14): {dx30}, PT says home with walker, CM arranging home health\n"
            "- {name2} (5N-16): awaiting {proc30}, NPO, consent signed\n"
            "- 5N-20: empty, terminal clean\n"
            "Barriers escalated to the physician advisor: none today.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mortality review form",
        "body": (
            "Decedent: {name}\n"
            "DOB: {dob}\n"
            "Expired: {date}, 7 West\n"
            "Admitting diagnosis: {dx30}\n"
            "Comfort care at time of death: no\n"
            "Was the death expected? Reviewer to complete\n"
            "Opportunities for improvement: delayed {proc30}?\n\n"
            "Please return to the Quality office within 14 days.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Observation status appeal",
        "body": (
            "Beneficiary {name}, MBI {mbi}, was kept in observation for 3 nights after "
            "{proc30}. Principal diagnosis {icd}. The physician advisor agrees inpatient "
            "criteria were met on day 1; we will appeal the status with the attached "
            "progress notes.\n\n"
            "Utilization Review\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "handoff ED -> 6W",
        "body": (
            "Nurse-to-nurse report: {name}, {age}M, coming up to 6W-04 with {dx30}. Got "
            "{med30} at {time}. IV x2, 20g L AC and 18g R FA. Fall risk, confused at "
            "night per wife. Wife {name2} is on her way, {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH30_NEG: list[dict] = [
    {
        "subject": "Case of the week",
        "body": (
            "A {age}-year-old man presents with fever, hypotension and confusion. Lactate "
            "is 4.8 and a urinalysis shows pyuria. He received {med30} in the ED. What is "
            "the next best step, and which SEP-1 elements are still due?\n\n"
            "Answers and discussion next Friday. Submitted by Dr. {provider_last}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ethics seminar reading",
        "body": (
            "For Tuesday, please read the two cases in the packet. Patient A is a man in his "
            "70s with advanced dementia whose family requests a feeding tube. Patient B is a "
            "woman in her 40s with {dx30} who declines transfusion for religious reasons. "
            "Come ready to discuss capacity and surrogate decision-making.\n\n"
            "{name}, PhD, Clinical Ethics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicine Grand Rounds - winter schedule",
        "body": (
            "All sessions Thursdays, 12:00-1:00, Auditorium B and on Zoom.\n\n"
            "{date}  Dr. {provider}: {topic30}, a case-based review\n"
            "{date2}  Dr. {name}: New guidelines for {dx30}\n"
            "TBA     Visiting professor {intl_name}: Updates in {svc30}\n\n"
            "1 AMA PRA Category 1 Credit per session.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Falls dashboard - October",
        "body": (
            "Unit      | Patient days | Falls | With injury | Rate per 1,000\n"
            "4 North   | 2,410        | 6     | 1           | 2.49\n"
            "5 North   | 2,188        | 3     | 0           | 1.37\n"
            "6 East    | 2,902        | 9     | 2           | 3.10\n"
            "7 West    | 2,655        | 4     | 1           | 1.51\n"
            "House     | 19,874       | 41    | 7           | 2.06\n\n"
            "NDNQI benchmark 2.4. 6 East is above it for the second month.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CLABSI and CAUTI counts, FY to date",
        "body": (
            "CLABSI: 7 (SIR 0.81); ICU 4, oncology 2, step-down 1\n"
            "CAUTI: 11 (SIR 1.12); 3 in the MICU, 8 on the medical floors\n"
            "Central line days: 9,412; urinary catheter days: 12,077\n\n"
            "Line-level detail is in the secure NHSN folder, not in email. Questions to "
            "{name}, Infection Prevention, x{ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy NUR-214 revised: heparin infusions",
        "body": (
            "Summary of changes:\n"
            "1. Weight-based heparin nomograms now use actual body weight up to 150 kg.\n"
            "2. Anti-Xa replaces aPTT for monitoring in adults.\n"
            "3. Independent double check required for every bolus and rate change; a "
            "tenfold bolus error last year prompted this change.\n"
            "4. Hold the infusion and call the prescriber for anti-Xa above 1.0 or any "
            "bleeding.\n\n"
            "Effective {date}. Education in the learning system by {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SIM LAB: scenario for Thursday",
        "body": (
            "SIMULATION ONLY - fictional patient, no real patient data.\n"
            "Mannequin: {sim30}\n"
            "Scenario: 62-year-old simulated patient on the ward develops {dx30}; learners "
            "must recognise deterioration, call a rapid response and start {med30}.\n"
            "Learners: PGY-1 group B\n"
            "Faculty: Dr. {provider_last}, {name}, RN\n"
            "Debrief: 30 minutes, PEARLS format\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club: early vasopressors in septic shock",
        "body": (
            "Presenter: {name}, PGY-2\n\n"
            "Background: The optimal timing of norepinephrine in septic shock is unclear.\n"
            "Methods: Multicentre randomised trial, 412 adults with septic shock assigned "
            "to early norepinephrine or usual care.\n"
            "Results: Shock control at 6 h 76% vs 48%; 28-day mortality 15.7% vs 22.0% "
            "(not significant). Fewer cardiogenic pulmonary oedema events with early use.\n"
            "Conclusion: Early norepinephrine improved shock control.\n\n"
            "Discussion questions attached. Lunch provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Skills fair stations",
        "body": (
            "Annual nursing skills fair, {date}, 0700-1900, Education Center.\n"
            "- Central line dressing change and CLABSI bundle: {name}, RN\n"
            "- Insulin pens and hypoglycemia protocol: {name2}, CDE\n"
            "- Restraints and delirium screening (CAM-ICU): {name3}, RN\n"
            "- Blood administration and transfusion reactions: blood bank staff\n"
            "Sign in with your badge at each station.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P&T committee minutes",
        "body": (
            "Present: Dr. {provider} (chair), {name}, PharmD, {name2}, RN\n\n"
            "1. Formulary: tenecteplase added for acute ischemic stroke; alteplase retained "
            "for catheter clearance.\n"
            "2. Medication safety: 3 events involving {lasa30}; tall-man lettering approved "
            "for the cabinets.\n"
            "3. Stewardship: fluoroquinolone use down 18%.\n"
            "4. Next meeting {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reappointment packet - Dr. {provider_last}",
        "body": (
            "Dr. {provider},\n\n"
            "Your reappointment is due {date}. We have on file: NPI {npi}, state medical "
            "license MD{code} (expires {date2}), board certification in internal medicine. "
            "Please upload your current DEA registration and your CME summary, and complete "
            "the conflict-of-interest attestation in the portal.\n\n"
            "Medical Staff Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Noon conference this week",
        "body": (
            "Mon: {topic30} - Dr. {provider_last}\n"
            "Tue: Approach to hyponatremia - {name}\n"
            "Wed: Morbidity and mortality (de-identified cases)\n"
            "Thu: Grand rounds, no noon conference\n"
            "Fri: ECG Friday, Wolff-Parkinson-White and Brugada patterns\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medication safety alert: look-alike names",
        "body": (
            "Two near misses this month involved {lasa30}. In one, the wrong product was "
            "pulled from the cabinet because both drugs sit in adjacent pockets; in the "
            "other, a verbal order was misheard. Neither reached a patient.\n\n"
            "Actions: tall-man lettering in the EHR, separated bins, read-back for all "
            "verbal orders. Report near misses in the event system.\n\n"
            "Medication Safety Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospitalist on-call, week of {date}",
        "body": (
            "Day      | Nocturnist           | Pager  | Backup\n"
            "Mon-Tue  | Dr. {provider}       | 4-{ext} | {phone}\n"
            "Wed-Thu  | {name}, MD           | 4-2217 | {phone}\n"
            "Fri-Sun  | {name2}, DO          | 4-2283 | (555) 010-4418\n\n"
            "Rapid response pager 4-7777. Stroke alert 4-7800.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surgery M&M - {date}",
        "body": (
            "Case 1: Delayed diagnosis of {dx30} after {proc30}. Presenter: Dr. "
            "{provider_last}\n"
            "Case 2: Anastomotic leak after low anterior resection. Presenter: {name}, PGY-4\n"
            "Case 3: Retained sponge, counts reported correct. Presenter: {name2}, PGY-3\n\n"
            "Reminder: slides must be de-identified. No names, MRNs, dates or images with "
            "burned-in identifiers.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SEP-1 Q3 results",
        "body": (
            "Compliance 61% (112 of 184 abstracted cases), up from 54%.\n"
            "Top fallout reasons:\n"
            "  repeat lactate not drawn in time   31\n"
            "  fluids not documented              19\n"
            "  antibiotics after 3 hours          14\n"
            "  vasopressors not documented         8\n"
            "ED and ICU champions meet {date} to plan the next PDSA cycle.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stroke program quarterly",
        "body": (
            "Median door-to-needle 38 min (n=47), 81% within 45 min. Door-in-door-out for "
            "thrombectomy transfers 112 min. Dysphagia screen before oral intake 96%. "
            "Thanks to the ED and neurology teams. Full report from {name}, stroke "
            "coordinator.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hand hygiene audit",
        "body": (
            "Observed hand hygiene compliance by role, {date}:\n"
            "Physicians 78%, RNs 91%, PCTs 88%, EVS 94%, Transport 72%.\n"
            "Secret shopper audits continue through the end of the quarter.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Readmissions by condition",
        "body": (
            "Condition\tDischarges\tReadmitted\tRate\n"
            "Heart failure\t412\t88\t21.4%\n"
            "Pneumonia\t365\t54\t14.8%\n"
            "COPD\t201\t39\t19.4%\n"
            "AMI\t144\t19\t13.2%\n"
            "Hip/knee\t310\t12\t3.9%\n"
            "Source: claims, 12-month rolling. No patient-level data in this report.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Peer review committee - {date}",
        "body": (
            "The committee will meet on {date} at 7 am in the board room. Six cases are on "
            "the agenda; reviewer packets are in the secure folder and must not be "
            "forwarded. Reviewers this month: Dr. {provider}, {name}, MD and {name2}, MD. "
            "Please declare conflicts before the meeting.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rapid response program - annual summary",
        "body": (
            "Calls: 1,284 (up 9%)\n"
            "Top triggers: hypotension 31%, hypoxia 24%, altered mental status 19%\n"
            "Transferred to ICU: 28%\n"
            "Codes outside the ICU per 1,000 admissions: 1.1 (down from 1.6)\n"
            "{metric30} are now tracked on the same dashboard.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Code cart checks",
        "body": (
            "Daily code cart and defibrillator checks were completed on 96% of unit-days in "
            "October. Missing items found: amiodarone 150 mg (2 carts), adenosine 6 mg "
            "(1 cart), pediatric pads (3 carts). Pharmacy restocked all carts by {date}.\n"
            "Resuscitation Committee\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "I-PASS workshop for incoming interns",
        "body": (
            "Orientation session on structured handoffs: Illness severity, Patient summary, "
            "Action list, Situation awareness and contingency planning, Synthesis by "
            "receiver. Practice cases use made-up patients; do not bring real sign-out "
            "sheets. Facilitators: Dr. {provider_last} and {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy interventions - monthly totals",
        "body": (
            "Total documented interventions: 1,214\n"
            "  Renal dose adjustment     402\n"
            "  IV to PO conversion       233\n"
            "  Duplicate therapy         118\n"
            "  Allergy clarification      97\n"
            "  Anticoagulation dosing     88\n"
            "Acceptance rate 93%. Estimated cost avoidance {amount}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pressure injury prevention bundle",
        "body": (
            "For every patient with a Braden score of 18 or less:\n"
            "- Turn and reposition every 2 hours\n"
            "- Heel offloading boots\n"
            "- Prophylactic silicone foam dressing on the sacrum\n"
            "- Check under devices (BiPAP masks, trach ties, NG tubes) every shift\n"
            "- Nutrition consult if albumin is low or intake is under 50%\n"
            "Wound care team: {name}, RN, and {name2}, RN, pager 4-{ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fall prevention reminders",
        "body": (
            "A Morse score of 45 or more means high risk: bed alarm on, yellow socks and "
            "wristband, hourly rounding, and toileting offered every 2 hours. Patients on "
            "opioids, benzodiazepines or diuretics need a fall risk reassessment after each "
            "new dose. Post-fall huddles within 1 hour, every time.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Night float roster",
        "body": (
            "Block 6 night float:\n"
            "Team A: {name} (pgr 4-{ext}) with intern {name2}\n"
            "Team B: {name3} (pgr 4-2290)\n"
            "Senior on call: Dr. {provider_last}, cell {phone}\n"
            "Swaps need chief approval.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consult service pagers",
        "body": (
            "Updated consult pagers, effective {date}:\n"
            "{svc30}: 4-{ext} (weekdays), operator after 5 pm\n"
            "Cardiology fellow: 4-3311\n"
            "Palliative care: 4-3360, 8-5 weekdays\n"
            "Wound care: place an order; no pages\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tumor board: how to submit a case",
        "body": (
            "Thoracic tumor board meets Wednesdays at 7 am. Submit cases through the tumor "
            "board request form in the EHR by Monday noon. Please do not email patient "
            "names or MRNs; the coordinator, {name}, will build the list from the form. "
            "Pathology ({provider}) and radiology review slides and images in advance.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mid-rotation feedback",
        "body": (
            "Hi {first},\n\n"
            "Mid-rotation feedback: your presentations are crisp and your differentials "
            "are broad. Work on committing to an assessment, especially for the {dx30} "
            "admissions, and on writing discharge summaries the same day. Keep reading "
            "about {topic30}; your teaching session on it was excellent.\n\n"
            "Dr. {provider_last}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Board review question 14",
        "body": (
            "A 34-year-old woman at 32 weeks of gestation presents with headache, blood "
            "pressure 168/112 and a platelet count of 88,000. Which of the following is "
            "the most appropriate next step?\n"
            "A) Labetalol and magnesium sulfate\n"
            "B) Discharge with home blood pressure monitoring\n"
            "C) Lumbar puncture\n"
            "D) Warfarin\n"
            "Answer: A. Explanation in the shared drive.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sesión clínica: caso anónimo",
        "body": (
            "Caso clínico anónimo para la sesión del jueves: varón de 67 años con "
            "{dx30}, tratado con {med30}. Objetivos docentes: reconocer el deterioro "
            "precoz y revisar la evidencia. Ponente: Dra. {provider_last}. Todos los "
            "datos identificativos han sido eliminados.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff de morbi-mortalité",
        "body": (
            "Cas anonymisé pour le staff de mardi : femme de 72 ans, {dx30}, complication "
            "après {proc30}. Présentation par le Dr {provider_last}. Merci de ne pas "
            "apporter de dossiers papier.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quality Corner newsletter",
        "body": (
            "<h2>Quality Corner</h2>\n"
            "<p>Falls with injury are down 18% this year, and hospital-onset C. difficile "
            "is at its lowest rate since 2019.</p>\n"
            "<p><b>Spotlight:</b> 5 North went 200 days without a CAUTI. Congratulations "
            "to nurse manager {name} and team!</p>\n"
            "<p>Next focus: {metric30}.</p>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EVENT SUMMARY BY CATEGORY",
        "body": (
            "SAFETY EVENT SUMMARY - ALL UNITS - MONTH TO DATE\n"
            "CATEGORY                    COUNT   HARM   NEAR MISS\n"
            "MEDICATION                  112     9      41\n"
            "FALL                        64      7      0\n"
            "SKIN/PRESSURE INJURY        23      23     0\n"
            "LAB/SPECIMEN                58      1      30\n"
            "IDENTIFICATION              17      0      12\n"
            "REPORT RUN BY: QUALITY ANALYTICS\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: case for M&M?",
        "body": (
            "Yes, it's a great teaching case. Present it, but de-identify first: no name, "
            "MRN, dates, room numbers or images with identifiers. Call it 'a man in his "
            "60s with {topic30}'.\n\n"
            "> Would the {topic30} case from last month work for M&M? The missed ECG "
            "finding is a good lesson.\n"
            "> - {provider_first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "test page",
        "body": "pager test 4-{ext}, pls ignore. - telecom\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical values policy reminder",
        "body": (
            "Critical results must be called to a licensed caregiver within 30 minutes and "
            "read back: potassium above 6.0, sodium below 120, glucose below 40, lactate "
            "above 4.0, hemoglobin below 7.0, INR above 5.0, positive blood cultures. "
            "Escalate to the attending if there is no response in 15 minutes.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sepsis order set updated",
        "body": (
            "Changes effective {date}: 30 mL/kg crystalloid default now uses ideal body "
            "weight above BMI 30; {med30} added as an option; lactate auto-repeat at 3 hours "
            "if the first is above 2. Questions to Dr. {provider}, sepsis physician lead.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stroke alert process",
        "body": (
            "1. Any staff member can call a stroke alert: dial 5-5555.\n"
            "2. Last known well and glucose at the door.\n"
            "3. CT within 20 minutes of arrival.\n"
            "4. Tenecteplase 0.25 mg/kg, max 25 mg; alteplase 0.9 mg/kg, max 90 mg.\n"
            "5. CTA for large vessel occlusion; notify the thrombectomy team.\n"
            "Stroke coordinator: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New antibiogram posted",
        "body": (
            "The annual antibiogram is on the intranet. Highlights: E. coli susceptibility "
            "to ceftriaxone 84%, to ciprofloxacin 71%; MRSA 38% of S. aureus isolates; "
            "Pseudomonas susceptibility to cefepime 89%. Use it with the empiric therapy "
            "guide for {dx30}.\n"
            "Antimicrobial Stewardship\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Massive transfusion drill",
        "body": (
            "MTP drill in the ED on {date} at {time}. Blood bank will release simulated "
            "coolers (6 RBC, 6 plasma, 1 platelets). Target: first cooler within 10 "
            "minutes. Observers: {name}, blood bank, and {name2}, trauma program.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FPPE for Dr. {provider_last}",
        "body": (
            "Dr. {provider} has been granted privileges for {proc30}. Per the bylaws, "
            "focused professional practice evaluation requires 6 proctored cases. Proctor: "
            "Dr. {name}. Please return the proctoring forms to the Medical Staff Office.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In situ mock code, 5 North",
        "body": (
            "Unannounced mock code on 5 North this week using {sim30}. Scenario: simulated "
            "VF arrest. We will time the first compression, the first shock and the code "
            "cart arrival. This is a drill: the mannequin is labelled SIMULATION and no "
            "real patient is involved.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CME: {topic30} and other eponyms",
        "body": (
            "Join Dr. {provider} for 'Eponyms at the bedside: {topic30}, Brugada, "
            "Wernicke and Takotsubo', {date}, 5 pm, Auditorium A. Dinner provided. "
            "Register at https://cme.example/{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tall-man lettering go-live",
        "body": (
            "On {date} the EHR and cabinets switch to tall-man names: hydrOXYzine vs "
            "hydrALAZINE, NovoLOG vs NovoLIN, vinBLAStine vs vinCRIStine, DOPamine vs "
            "DOBUTamine. Please report any screen where the old names still appear.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Conference registration payment failed",
        "body": (
            "Hi {first},\n\n"
            "Your registration for the Patient Safety Summit could not be completed: the "
            "card 4532 7153 3790 1243 was declined as invalid. Please re-enter it or pay "
            "by department transfer (cost center 7720). Registration ID {code}.\n\n"
            "Events team\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion pump recall notice",
        "body": (
            "{company} has recalled software {version} for its large-volume infusion pumps "
            "because the drug library may allow heparin rates above the hard limit. Biomed "
            "will update all pumps by {date}. Until then, use a second nurse check for "
            "heparin and insulin infusions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contact precautions: updated criteria",
        "body": (
            "Contact precautions continue for CRE, C. auris and C. difficile (until 48 h "
            "without diarrhea). They are no longer required for MRSA or VRE colonisation "
            "without draining wounds. Signage and gowns stay at the door. Questions: "
            "{name}, Infection Prevention, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resident QI proposal",
        "body": (
            "Title: Reducing time to antibiotics for {dx30} on the wards\n"
            "Team: {name} (PGY-2), {name2} (PGY-1), mentor Dr. {provider_last}\n"
            "Aim: median time from sepsis alert to antibiotics under 60 min by June\n"
            "Measures: monthly aggregate from the sepsis registry\n"
            "IRB: determined not human subjects research\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Retrospective study approved",
        "body": (
            "The IRB approved the retrospective review of outcomes after {proc30} for "
            "{dx30}, 2019-2024. Data will be extracted by the honest broker and delivered "
            "de-identified; please never send study data by email. PI: Dr. {provider}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nurse residency case night",
        "body": (
            "Case study night for the nurse residency cohort, {date}, 5-7 pm. Each group "
            "gets an unfolding case (fictional) on {topic30} or {dx30} and presents a care "
            "plan. Facilitators: {name}, MSN, and {name2}, CNS.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "License renewal reminder",
        "body": (
            "Dr. {provider}, our records show your state license expires on {date}. Please "
            "send the renewed license number to the Medical Staff Office so that your "
            "privileges to perform {proc30} are not suspended.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Guardias de diciembre",
        "body": (
            "Calendario de guardias de Medicina Interna:\n"
            "1-7: Dr. {provider_last} (busca 4-{ext})\n"
            "8-14: Dra. {name}\n"
            "15-21: Dr. {name2}\n"
            "22-31: por confirmar\n"
            "Teléfono de la supervisión: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Handoff tool downtime",
        "body": (
            "The EHR handoff tool will be down {date} from 0200 to 0400. Use the paper "
            "I-PASS template during the downtime and place the sheets in the shred bin at "
            "the end of the shift. Do not photograph or text sign-out sheets.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mortality index Q3",
        "body": (
            "Observed/expected mortality 0.82 (Vizient), sepsis O/E 0.91, heart failure O/E "
            "0.77. Mortality reviews completed: 64 of 71 within 30 days. The mortality "
            "review committee, chaired by Dr. {provider_last}, meets {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Smart pump demo",
        "body": (
            "{name} from {company} will demonstrate the new smart pump with dose error "
            "reduction software on {date} in the Education Center. The drug library covers "
            "{med30}, insulin infusions and heparin nomograms. Pharmacy and nursing "
            "informatics are invited.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Teaching file: chest film of the week",
        "body": (
            "This week's film: a {age}-year-old woman with sudden dyspnea. Findings: "
            "Hampton hump and Westermark sign, later confirmed as pulmonary embolism on CTA. "
            "All identifiers have been removed from the image. Posted by Dr. "
            "{provider_last}, Radiology.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Debrief skills for charge nurses",
        "body": (
            "After every code and rapid response, charge nurses should lead a 5-minute hot "
            "debrief: what went well, what could be better, and who needs support. "
            "Training with {name}, RN, and Dr. {provider_last} on {date}. Chaplain "
            "services are available after difficult events, x{ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case 3 for the resident exam",
        "body": (
            "Case 3: A {age}-year-old woman on {med30} is found on the floor beside her "
            "bed. She has a scalp laceration and is on anticoagulation. List the "
            "immediate nursing and physician actions and the elements of the event report. "
            "(Fictional case written by the education committee.)\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new patient safety officer",
        "body": (
            "Please welcome {name}, PharmD, MS, our new patient safety officer. {first} "
            "comes from {company}, where she led the program that cut {metric30} by a "
            "third. Reach her at {email} or x{ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

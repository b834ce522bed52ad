"""Held-out split "fresh27": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (for the placeholder names that
generate.fill() and generate.fresh_fill() provide, for the data format, and so as not to
repeat their templates). The author did not read, list or grep gateway/, policies/, docs/,
tests/, README.md, bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file, and did
not run the detector, run.py, the benchmark or any test. The only commands run were imports
of this file (to check its placeholder names, formatting, labels and Luhn-failing numbers), a
parse of generate.py's FRESH_VOCAB, FRESH4_VOCAB and FRESH5_VOCAB with the ast module
(importing generate failed because Faker was not installed), and `git status` to confirm that
no other file was touched. It is meant to be run once, as an honest, untuned measurement: do
not tune the detector on these templates.

Angle: ordinary clinical mail in the shapes mail really takes. The content is everyday care
communication (results, referrals, refills, discharge, scheduling, prior authorization,
nursing handoffs, coding queries), but the point is the shape: long forwarded chains with
"-----Original Message-----" and "From: / Sent: / To: / Subject:" blocks, "On <date>,
<name> wrote:" with ">" quoting where the PHI may sit only in the quoted part, top-posted
one-line replies, Outlook signatures with long confidentiality disclaimers, mobile mail with
no capitals or punctuation, text hard-wrapped at 72 columns so that a name or a label is
split across lines, names written "Surname, First" or with a title, ALL-CAPS lab printouts,
tab- and pipe-separated tables pasted from spreadsheets, bulleted handoff lists, PHI at the
very end after a long harmless preamble, and English/Spanish mail. The negatives take the
same shapes: forwarded chains about staffing, IT outages, meetings, CME and grand rounds,
formulary and shortage notices, policy updates, disclaimers that mention protected health
information in legal text, drug-rep mail, journal club, aggregate quality figures, ALL-CAPS
maintenance notices, supply spreadsheets with order, invoice, lot and NDC-like codes, staff
birthday and retirement mail, de-identified case discussions, and card-like numbers that
fail the Luhn check.

Own vocabulary (FRESH27_VOCAB), written from general knowledge of how clinical mail reads:
{dx27} diagnoses, {rx27} medications with doses, {test27} tests, {proc27} procedures and
visits, {sym27} symptoms in a patient's words (lower case), {symes27} symptoms in Spanish,
{flag27} ALL-CAPS abnormal result lines, {abn27} short abnormal results for subjects,
{disclaimer27} confidentiality footers, {mobile27} mobile signatures, {role27} staff roles,
{dept27} departments, {system27} hospital IT systems, {topic27} CME and grand rounds titles,
{item27} supply items, {nick27} nicknames, {short27} products on shortage. Other
placeholders come from generate.fill() and generate.fresh_fill() (FRESH_VOCAB, FRESH4_VOCAB,
FRESH5_VOCAB).

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, appointment or visit for care, payment for care), wherever in the message it sits,
quoted parts included. subject_phi is True only when the Subject alone identifies a patient
together with health information, or holds a patient identifier in a care context. validated
is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the subject or body. Negatives
never use {mrn}, {member}, {dob}, {ssn}, {card}, {icd} or {mbi}; they name only staff,
vendors, speakers or nobody, or give aggregate figures; the card-like numbers written in them
fail the Luhn check. Anything ambiguous was left out.
"""

from __future__ import annotations

FRESH27_VOCAB: dict[str, list[str]] = {
    "dx27": [
        "uncontrolled hypertension",
        "new-onset atrial flutter",
        "acute on chronic systolic heart failure",
        "a left lower extremity DVT",
        "stage 3b chronic kidney disease",
        "an acute gout flare of the right great toe",
        "symptomatic anemia",
        "hyponatremia",
        "an E. coli UTI",
        "COPD with acute exacerbation",
        "cellulitis of the right foot",
        "a new thyroid nodule",
        "major depressive disorder, single episode",
        "osteomyelitis of the left heel",
        "a partial small bowel obstruction",
        "alcohol-related pancreatitis",
        "postoperative ileus",
        "a non-displaced distal radius fracture",
        "a stage 2 sacral pressure injury",
        "hypokalemia",
        "early Parkinson's disease",
        "endometrial hyperplasia",
        "poorly controlled type 2 diabetes",
        "community-acquired pneumonia of the right lower lobe",
    ],
    "rx27": [
        "apixaban 5 mg BID",
        "metoprolol tartrate 25 mg BID",
        "furosemide 40 mg daily",
        "insulin lispro per sliding scale",
        "amoxicillin 875 mg BID",
        "cephalexin 500 mg QID",
        "a prednisone 40 mg taper",
        "sertraline 100 mg",
        "levothyroxine 88 mcg",
        "tamsulosin 0.4 mg",
        "enoxaparin 40 mg SC daily",
        "colchicine 0.6 mg",
        "Entresto 24/26 mg BID",
        "semaglutide 1 mg weekly",
        "hydrocodone-acetaminophen 5/325",
        "oxybutynin 5 mg",
        "ondansetron 4 mg",
        "ferrous sulfate 325 mg",
        "losartan 100 mg",
        "glargine 30 units at bedtime",
    ],
    "test27": [
        "BMP",
        "CBC with diff",
        "CT abdomen/pelvis with contrast",
        "2-view chest X-ray",
        "renal function panel",
        "fasting lipid panel",
        "urine culture",
        "blood cultures x2",
        "TTE",
        "thyroid ultrasound",
        "hemoglobin A1c",
        "magnesium and phosphorus",
        "BNP",
        "lower extremity venous duplex",
        "iron studies",
        "TSH with reflex",
    ],
    "proc27": [
        "screening colonoscopy",
        "left total knee arthroplasty",
        "cataract surgery on the right eye",
        "EGD with biopsy",
        "right L5 transforaminal injection",
        "ultrasound-guided thyroid FNA",
        "cystoscopy with stent removal",
        "laparoscopic appendectomy",
        "left carpal tunnel release",
        "PICC placement",
        "left heart cath",
        "MRI brain with and without contrast",
        "bone density scan",
        "6-week post-op visit",
        "annual wellness visit",
        "diabetic eye exam",
    ],
    "sym27": [
        "chest pain that comes and goes",
        "swelling in both ankles",
        "dizziness when i stand up",
        "vomiting since last night",
        "burning when i pee",
        "shortness of breath walking to the mailbox",
        "redness and drainage at the incision",
        "sugars in the 300s",
        "blood in my stool",
        "a headache that wont go away",
        "a racing heartbeat at night",
        "a cough that keeps me up",
        "pain in my calf",
    ],
    "symes27": [
        "dolor en el pecho",
        "mareos al levantarse",
        "fiebre desde el domingo",
        "tos con flema",
        "ardor al orinar",
        "hinchazón en las piernas",
        "vómito desde anoche",
        "dolor de cabeza muy fuerte",
        "el azúcar muy alta",
        "falta de aire al caminar",
    ],
    "flag27": [
        "POTASSIUM            6.4  H   3.5-5.1 MMOL/L",
        "HEMOGLOBIN           6.8  L   12.0-16.0 G/DL",
        "TROPONIN I, HS       212  H   <=14 NG/L",
        "GLUCOSE              412  H   70-99 MG/DL",
        "SODIUM               119  L   135-145 MMOL/L",
        "INR                  5.8  H   0.9-1.1",
        "CREATININE           3.9  H   0.60-1.20 MG/DL",
        "PLATELETS            18   L   150-400 K/UL",
        "WBC                  27.4 H   4.0-11.0 K/UL",
        "TSH                  0.01 L   0.45-4.50 UIU/ML",
        "LACTATE              4.6  H   0.5-2.0 MMOL/L",
        "HEMOGLOBIN A1C       11.2 H   4.0-5.6 %",
    ],
    "abn27": [
        "K 6.4",
        "Hgb 6.8",
        "INR 5.8",
        "trop 212",
        "glucose 412",
        "Na 119",
        "positive blood cx",
        "lactate 4.6",
        "plt 18",
        "A1c 11.2",
    ],
    "disclaimer27": [
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
        "sole use of the intended recipient(s) and may contain confidential and privileged "
        "information, including protected health information (PHI) that is subject to HIPAA. "
        "Any unauthorized review, use, disclosure or distribution is prohibited. If you are "
        "not the intended recipient, please contact the sender by reply e-mail and destroy "
        "all copies of the original message.",
        "This message and any attachments may contain information that is privileged,\n"
        "confidential, or otherwise protected from disclosure under federal and state law,\n"
        "including 42 CFR Part 2 and the HIPAA Privacy Rule. If you received it in error,\n"
        "notify the sender immediately and delete it. Do not forward, copy or print it.",
        "IMPORTANT: The information contained in this transmission is intended only for the "
        "person or entity to which it is addressed and may contain protected health "
        "information. Re-disclosure without patient authorization may be prohibited by law. "
        "If you are not the intended recipient, any dissemination is strictly prohibited.",
        "*** This e-mail has been scanned for viruses. External sender - use caution with "
        "links and attachments. *** Confidentiality: this communication may contain PHI "
        "and is intended only for the addressee. If received in error, please notify "
        "privacy@health.example and delete all copies.",
        "The contents of this e-mail are confidential. Electronic mail is not a secure "
        "medium; please do not send patient information to this address unless it is "
        "encrypted. If you are not the intended recipient, you are hereby notified that "
        "reading, copying or distributing this message is prohibited.",
        "AVISO DE CONFIDENCIALIDAD: Este mensaje puede contener información de salud "
        "protegida. Si usted no es el destinatario, por favor notifique al remitente y "
        "borre el mensaje. / CONFIDENTIALITY NOTICE: This message may contain protected "
        "health information. If you are not the recipient, notify the sender and delete it.",
        "Please consider the environment before printing this e-mail.\n"
        "NOTICE: This communication is confidential and may be legally privileged. It may\n"
        "include individually identifiable health information protected by HIPAA. Any\n"
        "use by someone other than the addressee is unauthorized.",
        "This electronic message is intended only for the named recipient and may contain "
        "confidential, proprietary or legally privileged information, including health "
        "information. No confidentiality or privilege is waived or lost by any "
        "mistransmission. If you have received this in error, delete it and notify the "
        "sender; you must not use, disclose, copy or distribute any part of it.",
    ],
    "mobile27": [
        "Sent from my iPhone",
        "Sent from my iPad",
        "Sent from my Galaxy",
        "Get Outlook for iOS",
        "Get Outlook for Android",
        "Sent from Yahoo Mail for iPhone",
        "Enviado desde mi iPhone",
        "Sent from my Verizon, Samsung Galaxy smartphone",
        "Sent from Mail for Windows",
    ],
    "role27": [
        "RN, BSN | Care Coordinator",
        "Medical Assistant",
        "LPN, Triage Nurse",
        "Patient Access Representative",
        "CPC, Coding Specialist",
        "Referral Coordinator",
        "Charge Nurse, 4 West",
        "PharmD, Clinical Pharmacist",
        "Unit Secretary, Med/Surg",
        "Practice Manager",
    ],
    "dept27": [
        "Cardiology Clinic",
        "Internal Medicine, Suite 210",
        "Pre-Admission Testing",
        "Central Scheduling",
        "Health Information Management",
        "Utilization Review",
        "Pharmacy Services",
        "Patient Access",
        "Infusion Center",
        "Wound Care Center",
        "Revenue Integrity",
    ],
    "system27": [
        "Epic Hyperspace",
        "PACS (image viewer)",
        "the Pyxis MedStation network",
        "Kronos timekeeping",
        "the Dragon dictation service",
        "e-prescribing (Surescripts)",
        "the lab interface",
        "Citrix remote access",
        "the nurse call system",
        "Outlook Web Access",
    ],
    "topic27": [
        "Updates in the management of heart failure with preserved ejection fraction",
        "Sepsis bundles: what the new CMS measures mean for us",
        "Diabetic kidney disease: beyond the A1c",
        "Recognizing delirium in older adults",
        "Anticoagulation in atrial fibrillation: a case-based review",
        "Opioid stewardship after surgery",
        "Long COVID: what we know in 2026",
        "Early detection of pancreatic cancer",
        "Pediatric asthma action plans that work",
        "Hyponatremia for the hospitalist",
    ],
    "item27": [
        "Nitrile exam gloves, L, 100/bx",
        "Saline flush syringe 10 mL",
        "Sterile gauze 4x4, 12-ply",
        "IV start kit",
        "Blood culture bottle set",
        "Foley catheter tray 16 Fr",
        "Sharps container 2 gal",
        "Alcohol prep pads",
        "Transparent film dressing 4x4-3/4",
        "Biohazard specimen bags",
    ],
    "nick27": [
        "Bobby",
        "Peggy",
        "Chuck",
        "Liz",
        "Billy",
        "Katie",
        "Jimmy",
        "Sue",
        "Tony",
        "Maggie",
    ],
    "short27": [
        "cefazolin 1 g vials",
        "0.9% sodium chloride 1000 mL bags",
        "lidocaine 1% 20 mL vials",
        "amoxicillin oral suspension 400 mg/5 mL",
        "albuterol 2.5 mg/3 mL nebules",
        "methylprednisolone 125 mg vials",
        "heparin 5,000 units/mL vials",
        "epinephrine 1 mg/10 mL prefilled syringes",
        "dextrose 50% syringes",
    ],
}


FRESH27_PHI: list[dict] = [
    {
        "subject": "FW: RE: results",
        "body": (
            "Forwarding to you since you're covering the inbox this week.\n\n"
            "{provider_first}\n\n"
            "-----Original Message-----\n"
            "From: {name2} <{email}>\n"
            "Sent: Monday, {date} 4:52 PM\n"
            "To: {dept27}\n"
            "Subject: RE: results\n\n"
            "Hi, I'm writing for my father {name}. He got a message that his {test27} was "
            "abnormal and that he should call, but the line keeps going to voicemail. He's "
            "on {rx27} and has {dx27}. Best number is {phone}.\n\n"
            "Thank you\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: refill",
        "body": (
            "Done, sent to the pharmacy on file.\n\n"
            "On {date}, at {time}, {name2} wrote:\n"
            "> Can you refill {rx27} for {name} (DOB {dob})? She has 2 pills left and\n"
            "> her next {proc27} isn't until next month. Pharmacy is {company} on\n"
            "> {address}.\n"
            "> Thanks\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: FW: {last}, {first} - abnormal {lab}",
        "body": (
            "Agree, please call her today and repeat in 1 week.\n\n"
            "{provider}\n\n"
            "-----Original Message-----\n"
            "From: Lab Results Inbox\n"
            "Sent: {date} 6:02 AM\n"
            "To: {provider}\n"
            "Subject: FW: {last}, {first} - abnormal {lab}\n\n"
            "Result flagged outside reference range. See chart for details.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: critical value callback",
        "body": (
            "Pasting what the lab faxed over, pls document the callback in the note.\n\n"
            "*** CRITICAL RESULT ***\n"
            "PATIENT: {upper_name}          MRN: {mrn}\n"
            "DOB: {dob}     SEX: F     LOC: 3 WEST\n"
            "COLLECTED: {date} {time}\n\n"
            "TEST                 RESULT FLAG  REF RANGE\n"
            "{flag27}\n\n"
            "CALLED TO AND READ BACK BY: RN {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "question",
        "body": (
            "hi its {first} {last} ive been having {sym27} since i started the {rx27} is "
            "that normal should i stop it. call me {phone}\n\n"
            "{mobile27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral to {specialty}",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Thank you for agreeing to see our mutual patient, Mr. {first}\n"
            "{last}, date of birth {dob}, who carries a diagnosis of {dx27} and\n"
            "has been managed on {rx27} with only a partial response. I would be\n"
            "grateful for your opinion on next steps, including whether\n"
            "{proc27} is indicated. His recent {test27} is enclosed.\n\n"
            "Sincerely,\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first} DOB {dob} - {dx27}",
        "body": (
            "Pls see attached H&P and call me after you review.\n"
            "Thanks\n"
            "{provider_first}\n\n"
            "{disclaimer27}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "d/c follow up calls - today",
        "body": (
            "Here's the list for the 48h calls, pasted from the spreadsheet:\n\n"
            "Name\tMRN\tDischarge Dx\tPhone\tNotes\n"
            "{last}, {first}\t{mrn}\t{dx27}\t{phone}\tneeds f/u {proc27}\n"
            "{name2}\t{mrn2}\t{dx}\t\tno phone on file, send letter\n\n"
            "Please log the outcome in column F before you leave.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PA queue",
        "body": (
            "Current prior auth queue, oldest first:\n\n"
            "| Patient | Member ID | Drug | Status |\n"
            "|---|---|---|---|\n"
            "| {name} | {member} | {rx4} | pending clinicals |\n"
            "| {name2} | {ref} | {rx27} | denied, appeal drafted |\n\n"
            "I'll work the rest after lunch.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "night handoff 4W",
        "body": (
            "Handoff for tonight:\n\n"
            "- Rm 412 - {name}, {age}yo, {dx27}. on {rx27}. recheck {test27} at 0400\n"
            "- Rm 415 - empty, cleaned\n"
            "- Rm 418 - Mrs. {last}, POD1 {proc4}, pain ok, high fall risk, bed alarm on\n"
            "- Pharmacy still owes us the 2200 meds\n\n"
            "call me if anything, {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly clinic update",
        "body": (
            "Good morning all,\n\n"
            "A few things for this week. The new fax number is live and the old one will "
            "forward until the end of the month. Flu clinic hours are Tuesday and Thursday "
            "afternoons; please steer walk-ins to those slots. The parking garage level 2 "
            "will be closed on Wednesday for striping, so park on level 3 or in the surface "
            "lot. The break room fridge will be emptied Friday at 3, so label your food.\n\n"
            "We are still short one MA on Mondays. If you can pick up a shift, tell me.\n\n"
            "Last thing: {name} (MRN {mrn}) called again about the {test27} from {date}. "
            "Please return her call at {phone} before Friday.\n\n"
            "{provider_first}\n"
            "Practice Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recordatorio de cita / Appointment reminder",
        "body": (
            "Estimado/a {name}:\n\n"
            "Le recordamos su cita para {proc27} el {date} a las {time} con el Dr. "
            "{provider_last} en {clinic}. Por favor traiga su lista de medicamentos.\n\n"
            "Dear {name},\n\n"
            "This is a reminder of your {proc27} appointment on {date} at {time} with "
            "Dr. {provider_last} at {clinic}. Please bring your medication list.\n\n"
            "Para cambiar su cita / To reschedule: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: {name} - resultados de {test27}",
        "body": (
            "Gracias doctora, ya le llamé a la paciente. Dice que sigue con {symes27}. "
            "Le di cita para mañana.\n\n"
            "{name2}\n"
            "{role27}\n\n"
            "> El {date}, {provider} escribió:\n"
            "> Favor de avisarle a la paciente que su {test27} salió anormal y que\n"
            "> necesita cita esta semana.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Coding query - CDI",
        "body": (
            "Dr. {provider_last},\n\n"
            "The record for {name}, account {account}, documents {dx27} in the progress note "
            "of {date} but not in the discharge summary. Please clarify whether the "
            "condition was present on admission. Proposed code: {icd}.\n\n"
            "{name2}\n"
            "{role27}\n"
            "{dept27}\n\n"
            "{disclaimer27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "FW: {name} MRN {mrn} - d/c summary",
        "body": (
            "Sending to the SNF as requested. He leaves at 2pm by wheelchair van.\n\n"
            "-----Original Message-----\n"
            "From: Case Management\n"
            "Sent: {date}\n"
            "Subject: {name} MRN {mrn} - d/c summary\n\n"
            "Accepting facility needs the discharge summary, the med rec ({rx27}, {rx4}) "
            "and the last {test27} before transport.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: RE: RE: {last}, {first} - {rx27} refill",
        "body": (
            "ok sent.\n\n"
            "-- \n"
            "{provider_first}\n\n"
            "On {date}, {name2} wrote:\n"
            "> pharmacy says they still don't have it\n"
            ">\n"
            "> On {date2}, {provider} wrote:\n"
            ">> I sent it yesterday, can you check with the pharmacy?\n"
            ">>\n"
            ">>> Patient called, out of meds since Sunday. Dx {dx27}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: pt question",
        "body": (
            "yes ok to hold it tonight, recheck bp in am\n\n"
            "{mobile27}\n\n"
            "> On {date}, at {time}, {name2} <{email}> wrote:\n"
            ">\n"
            "> Dr {provider_last}, my mom {name} has been having {sym27} since the new\n"
            "> {rx27}. should she skip tonight's dose? her bp was 92/50 at home.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OR schedule change {date}",
        "body": (
            "Room 6 update:\n\n"
            "0730  {last}, {first}   {age}F  {proc4}   Dr. {provider_last}\n"
            "1000  moved to Thursday\n"
            "1230  {name2}   {proc27}   Dr. {provider_last}\n\n"
            "Anesthesia is aware. Please update the board.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-admission testing",
        "body": (
            "Please see below for tomorrow's PAT appointment. The fax came through\n"
            "wrapped so the fields are broken up; retyping it as it came.\n\n"
            "Patient Name: {first}\n"
            "{last}     Medical Record\n"
            "Number: {mrn}     Procedure: {proc4}\n"
            "Surgeon: Dr. {provider}     Anesthesia\n"
            "concerns: {dx27}, on {rx27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} - {sym5}",
        "body": (
            "she called the nurse line twice tonight, told her to go to urgent care if it "
            "gets worse. fyi\n\n"
            "{mobile27}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "REFILL REQUEST",
        "body": (
            "REFILL AUTHORIZATION REQUEST\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "PHONE: {phone}\n"
            "MEDICATION: {rx4}\n"
            "QTY: 90    REFILLS REQUESTED: 3\n"
            "LAST FILLED: {date}\n"
            "PRESCRIBER: {provider}, NPI {npi}\n\n"
            "[ ] APPROVED    [ ] DENIED    [ ] NEEDS APPOINTMENT\n"
            "PLEASE FAX BACK TO {company} PHARMACY\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRN {mrn2} {abn27} - pls call",
        "body": (
            "Lab paged me, I'm in a procedure. Can whoever is free call the patient and send "
            "to the ED if symptomatic? Number is in the chart.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: PA status",
        "body": (
            "Any update on this? Surgery is next week.\n\n"
            "________________________________\n"
            "From: {company} Utilization Mgmt <um@payer.example>\n"
            "Sent: {date} 11:20 AM\n"
            "To: {dept27}\n"
            "Subject: PA status\n\n"
            "Reference {ref}: the request for {proc4} for member {member} is pending "
            "additional clinical information. Please submit the last two office notes and "
            "the {test27} report.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SBAR",
        "body": (
            "S: Mr. {last}, {age} y/o, bed 9, increased O2 need overnight\n"
            "B: admitted {date} with {dx}, hx of {dx4}\n"
            "A: sats 88% on 2L, now on 4L, crackles at both bases, {test27} pending\n"
            "R: please reassess at 0800, consider {rx27}\n\n"
            "{name2}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding review - batch {ref}",
        "body": (
            "| Acct | Patient | DOS | Dx code | Issue |\n"
            "| {account} | {last}, {first} | {date} | {icd} | laterality missing |\n"
            "| {claim} | {name2} | {date2} | pending | query sent to Dr. {provider_last} |\n\n"
            "Please hold both accounts until the queries come back.\n"
            "{role27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Instrucciones de alta / Discharge instructions",
        "body": (
            "Paciente / Patient: {name}\n"
            "Fecha de alta / Discharge date: {date}\n"
            "Diagnóstico / Diagnosis: {dx27}\n"
            "Medicamentos nuevos / New medicines: {rx27}\n"
            "Cita de seguimiento / Follow-up: {proc27}, {date2}\n\n"
            "Llame al {phone} si tiene {symes27}.\n"
            "Call {phone} if you have {sym5}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: {last}, {first} / SSN {ssn} / {proc27} auth",
        "body": (
            "Forwarding the face sheet, the payer wants an SSN match before they will "
            "release the auth.\n\n"
            "{name2}\n"
            "{role27}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Staff meeting notes",
        "body": (
            "Notes from this morning:\n\n"
            "1. Parking: permits renew on the 1st, the form is on the intranet.\n"
            "2. Holiday schedule is posted by the time clock. Swaps go through me.\n"
            "3. New badge readers on the back door start Monday; old badges still work "
            "at the front.\n"
            "4. Kudos to the front desk for the patient survey scores this quarter.\n"
            "5. Please finish the annual compliance modules by the end of the month.\n\n"
            "PS - whoever took the message for {name} yesterday: her daughter called back, "
            "she's had {sym27} since the {proc27} and wants a nurse to call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: my labs",
        "body": (
            "Can someone get her in this week? -{provider_first}\n\n"
            "---------- Forwarded message ---------\n"
            "From: {name} <{email}>\n"
            "Date: {date}\n"
            "Subject: my labs\n"
            "To: Dr. {provider_last}\n\n"
            "Dr {provider_last}, can you look at this? The urgent care said my {test5} was "
            "high and I should follow up with my own doctor. I'm still having {sym5}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: {name} ({age}M) - {dx27} - bed request",
        "body": (
            "Bed 14 on 5 North is assigned, ETA 45 min.\n\n"
            "> From: ED Charge\n"
            "> Sent: {date} {time}\n"
            "> Subject: {name} ({age}M) - {dx27} - bed request\n"
            ">\n"
            "> Admit to hospitalist, telemetry. Got the first dose of {rx27} in the ED.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: {last}, {first} - {test27} result",
        "body": (
            "Thanks, I'll let him know this afternoon.\n\n"
            "{name2}\n"
            "{role27} | {dept27}\n\n"
            "{disclaimer27}\n\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Sent: {date} 7:48 PM\n"
            "To: {name2}\n"
            "Subject: {last}, {first} - {test27} result\n\n"
            "Normal, no follow-up needed beyond routine care.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "cita",
        "body": (
            "hola soy {name} tengo {symes27} desde hace 3 dias puedo ir hoy a la clinica "
            "mi numero es {phone}\n\n"
            "{mobile27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: outside labs",
        "body": (
            "Outside labs faxed from {company}, scanned in. Pls review and sign.\n\n"
            "{company} LABORATORIES          REPORT STATUS: FINAL\n"
            "PATIENT NAME: {upper_name}\n"
            "DOB: {dob}        ACCT: {account}\n"
            "ORDERING: {provider}\n"
            "SPECIMEN COLLECTED: {date}\n\n"
            "{flag27}\n"
            "COMMENT: VERIFIED BY REPEAT ANALYSIS.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} MBI {mbi} - {equip} order",
        "body": (
            "The DME vendor needs a face-to-face note dated within 6 months before they will "
            "deliver. Last visit was {date}. Can you addend it?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "RE: payment",
        "body": (
            "Posted, thank you.\n\n"
            "> -----Original Message-----\n"
            "> From: Front Desk\n"
            "> Sent: {date}\n"
            "> Subject: payment\n"
            ">\n"
            "> {name} paid {amount} toward the {proc27} balance by phone, card {card},\n"
            "> exp 11/28. Please post to acct {account}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Scheduling request",
        "body": (
            "Please schedule the following patient for {proc27} with Dr.\n"
            "{provider_last} at the earliest available. Patient: {name}, DOB\n"
            "{dob}, phone {phone}. Indication: {dx4}. Patient prefers\n"
            "mornings and needs a Spanish interpreter.\n\n"
            "{name2}\n"
            "{role27}\n"
            "{dept27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Handoff: {first} {last} bed 22 - {dx27}",
        "body": (
            "- NPO after midnight for {proc4}\n"
            "- {rx27} held per surgery\n"
            "- daughter {name2} at bedside, wants an update at {phone}\n"
            "- IV site L forearm, changed today\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: query response needed",
        "body": (
            "Responded in the chart.\n"
            "{provider}\n\n"
            "From: {name2}\n"
            "Sent: {date} 8:41 AM\n"
            "To: {provider}\n"
            "Subject: query response needed\n\n"
            "Dr. {provider_last}, for the admission of {name} (acct {account}), the "
            "principal diagnosis is coded {icd}. Documentation also mentions {dx27}; please "
            "indicate whether it was clinically significant.\n\n"
            "{name2}\n"
            "{role27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: Mrs. {last} - {rx4} side effects?",
        "body": ("i'd stop it and switch to something else, will put a note in\n\n{mobile27}\n"),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Infusion chair schedule tomorrow",
        "body": (
            "Chair\tTime\tPatient\tDrug\tNotes\n"
            "1\t{time}\t{name}\t{rx4}\tpremeds 30 min prior\n"
            "2\t10:30 am\t{name2}\t{rx}\tfirst dose, observe 1 h\n"
            "3\t-\t-\t-\t\n\n"
            "Pharmacy please confirm the mixing times.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral - pediatric {specialty}",
        "body": (
            "Hello,\n\n"
            "We are referring {first}, son of {name2}, for evaluation of {dx5}. Symptoms "
            "started in the spring and have not improved. The parents can be reached at "
            "{phone}. Growth chart and last visit note attached.\n\n"
            "{sig}\n"
            "{disclaimer27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: FW: {name}, DOB {dob} - {proc27} records",
        "body": (
            "Can you send these to the surgeon's office? Fax number is on the referral.\n\n"
            "---------- Forwarded message ---------\n"
            "From: {company} Orthopedics\n"
            "Date: {date}\n\n"
            "Please send the op note, pathology and last imaging for the above patient.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: printer on 3 West",
        "body": (
            "IT came up this morning and swapped the toner and the fuser. The test page "
            "looked fine and the jam light is off. They said the tray 2 sensor is worn and "
            "they will order a part, so use tray 1 for now. The label printer next to it "
            "also got new firmware ({version}), and the wristband stock was reloaded.\n\n"
            "While I'm at it: before the fix, the label printer printed a wristband for "
            "{name}, MRN {mrn}, admitted with {dx27}, on the 3 West printer by mistake. I "
            "shredded it, but someone should check the registration.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{upper_name} {abn27}",
        "body": (
            "CRITICAL VALUE NOTIFICATION\n"
            "RESULT CALLED TO: {provider}\n"
            "TIME: {time}\n"
            "READ BACK: YES\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: discharge",
        "body": (
            "See below - the HH agency needs the orders signed.\n\n"
            "Begin forwarded message:\n\n"
            'From: "{company} Home Health" <intake@hh.example>\n'
            "Date: {date}\n"
            "Subject: discharge\n\n"
            "We received the referral for {name}, {address}, discharged yesterday after "
            "{proc4}. Start of care is scheduled for {date2}. We need signed orders for SN "
            "and PT and for the {equip}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "rx {first} {last} {rx27} 90 day",
        "body": (
            "can you send a 90 day supply to mail order, she asked at her visit\n\n{mobile27}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pregunta sobre mi mamá / question about my mom",
        "body": (
            "Buenas tardes, mi mamá {name} tuvo {proc27} el {date} y ahora tiene "
            "{symes27}. ¿Es normal?\n"
            "Good afternoon, my mom had the procedure and now she has {sym5}. Is that "
            "normal?\n\n"
            "Mi teléfono / my phone: {phone}\n"
            "{name2}\n\n"
            "{mobile27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pt called",
        "body": (
            '{name} ("{nick27}") called - {sym27}, started after the {rx27} dose '
            "increase. told him to hold tonight's dose. please call back {phone}\n"
            "- front desk\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: FW: {nick27} {last} ({dob}) - pre-op clearance",
        "body": (
            "Cleared from a cardiac standpoint. EKG unchanged from last year.\n\n"
            "{provider}\n\n"
            ">>> {name2} {date} >>>\n"
            "Dr {provider_last}, can you clear her for the {proc4}? Last {test27} is "
            "attached.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Consult note",
        "body": (
            "CONSULTATION\n\n"
            "Reason for consult: {dx27}. Requested by Dr. {provider_last}.\n\n"
            "I saw and examined the patient, Ms. {first} {last}, at the bedside\n"
            "this afternoon. She is a {age} year old woman who reports {sym5}\n"
            "for the past several days. Home medications include {rx27}.\n"
            "Recommend {test27} and {proc27} once stable. Will follow.\n\n"
            "{provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prior authorization request - {rx4}",
        "body": (
            "PRIOR AUTHORIZATION REQUEST FORM\n"
            "Member name: {name}\n"
            "Member ID: {member}\n"
            "Dx (ICD-10): {icd}\n"
            "Drug requested: {rx4}\n"
            "Previous therapies tried: {rx27}; {rx}\n"
            "Prescriber: {provider}, NPI {npi}\n"
            "Urgent: [ ] yes  [x] no\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{last}, {first} -- ED f/u",
        "body": (
            "Seen in the ED on {date} for {sym5}, discharged home. PCP follow-up within "
            "1 week please.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fw: New message from patient",
        "body": (
            "Routing to the triage pool.\n\n"
            "> Message from: {name}\n"
            "> Received: {date} {time}\n"
            "> Subject: Medication question\n"
            ">\n"
            "> i ran out of {rx27} and the pharmacy said i need a new script. i also\n"
            "> have {sym27}. please call {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "callback list",
        "body": (
            "MRN\tPatient\tResult\tCalled?\n"
            "{mrn}\t{last}, {first}\t{abn27}\tLVM x2\n"
            "{mrn2}\t{name2}\t{test5} normal\tyes\n\n"
            "Whoever is on tomorrow please keep trying the first one.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Denial: {last}, {first} DOS {date} Dx {icd}",
        "body": (
            "The payer says the diagnosis does not support medical necessity for the "
            "{proc27}. Appeal deadline is 60 days. Sending to coding to review first.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "transport for tomorrow",
        "body": (
            "MRN {mrn}, {proc27}: the wheelchair van is booked for 7:15. Family will meet "
            "him there.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Minutes: Tuesday huddle",
        "body": (
            "Attendees: unit leadership, case management, PT, pharmacy\n\n"
            "1. Staffing: two travelers start Monday; orientation with the educator.\n"
            "2. Supplies: the new IV pumps arrive next week, training sign-up is on the "
            "board.\n"
            "3. Falls: zero this month, keep up the hourly rounding.\n"
            "4. Discharges before noon: 41% last week, goal is 50%.\n"
            "5. Reminder that the unit council meets on the third Thursday.\n"
            "6. Complex case: {name} ({age}), readmitted {date} with {dx27} for the third "
            "time this quarter. SW to call the daughter, {name2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: rad read",
        "body": (
            "fyi\n\n"
            "RADIOLOGY REPORT\n"
            "PATIENT: {upper_name}     MRN: {mrn}\n"
            "EXAM: {test27}\n"
            "DATE OF SERVICE: {date}\n"
            "IMPRESSION: FINDINGS CONCERNING FOR {dx27}. RECOMMEND CLINICAL CORRELATION.\n"
            "ELECTRONICALLY SIGNED BY {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resultados de {name} - {test5} alto",
        "body": (
            "Hola, le llamé a la paciente y no contestó. Le dejé mensaje. Por favor "
            "intentar de nuevo mañana temprano.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "URGENT - {first} {last} - {sym5}",
        "body": "she's in the waiting room, can someone room her now\n\n{mobile27}\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: FMLA paperwork",
        "body": (
            "Faxed this morning.\n\n"
            "On {date}, {name2} <{email}> wrote:\n"
            "> Hi, I'm following up on the FMLA form for my husband {name}. The\n"
            "> employer needs it by Friday. His SSN is {ssn}. He is out of work\n"
            "> after his {proc4}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Med rec discrepancy",
        "body": (
            "For {name} in 7B: the home list says {rx4}, the pharmacy fill history says "
            "{rx27}. Can you clarify with the patient before discharge?\n\n"
            "{name2}, {role27}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "No-show report",
        "body": (
            "| Date | Patient | Phone | Appt type |\n"
            "| {date} | {name} | {phone} | {proc27} |\n"
            "| {date2} | {name2} | | {proc} |\n\n"
            "Please call and rebook, and send the no-show letter to the second one.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refund - {name} - {proc27} overpayment",
        "body": "Refund of {amount2} issued back to card {card} per the patient's request.\n",
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
]


FRESH27_NEG: list[dict] = [
    {
        "subject": "FW: RE: holiday coverage",
        "body": (
            "Looping in {name3} since she builds the schedule.\n\n"
            "{provider_first}\n\n"
            "-----Original Message-----\n"
            "From: {name2}\n"
            "Sent: Thursday, {date} 3:17 PM\n"
            "To: {provider}\n"
            "Subject: RE: holiday coverage\n\n"
            "I can take the 24th if someone covers my Saturday in January.\n\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Sent: Thursday, {date} 1:02 PM\n"
            "To: {dept27} Staff\n"
            "Subject: holiday coverage\n\n"
            "We still need one RN and one MA for the 24th and the 31st. Reply by Monday.\n\n"
            "{provider}\n"
            "{role27}\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "*** DOWNTIME NOTICE ***",
        "body": (
            "*** PLANNED DOWNTIME ***\n"
            "{system27} WILL BE UNAVAILABLE ON {date} FROM 0100 TO 0500 FOR AN UPGRADE TO\n"
            "VERSION {version}. USE DOWNTIME FORMS AND THE READ-ONLY BCA PC ON EACH UNIT.\n"
            "DO NOT RE-ENTER DOWNTIME ORDERS UNTIL THE ALL-CLEAR IS SENT.\n"
            "QUESTIONS: SERVICE DESK {phone} EXT {ext}, REFERENCE {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: Medical Grand Rounds {date}",
        "body": (
            "Sharing in case anyone on the unit wants to attend.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Office of CME\n"
            "Date: {date2}\n"
            "Subject: Medical Grand Rounds {date}\n\n"
            "Topic: {topic27}\n"
            "Speaker: {provider}, MD, Professor of Medicine\n"
            "Time: noon to 1 pm, Auditorium B and on Zoom\n\n"
            "Objectives: review current evidence, discuss common pitfalls in diagnosis, and "
            "apply guideline-based treatment to hospitalized adults.\n"
            "This activity is approved for 1.0 AMA PRA Category 1 Credit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary update from P&T",
        "body": (
            "At its meeting on {date} the Pharmacy and Therapeutics Committee approved the "
            "following changes, effective {date2}:\n\n"
            "- ADDED: {rx4} (restricted to {specialty} attending approval)\n"
            "- REMOVED: {rx}; therapeutic interchange to {rx27}\n"
            "- CRITERIA UPDATED: {rx5}\n\n"
            "Order sets will be updated overnight. Questions to {dept27}, ext {ext}.\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drug shortage: {short27}",
        "body": (
            "Our wholesaler has placed {short27} on backorder with no release date. On-hand "
            "supply is about 9 days at current usage.\n\n"
            "Conservation measures, effective now:\n"
            "- Use the alternative product on the shortage page when clinically appropriate\n"
            "- Do not stock the item in floor cabinets; pharmacy will dispense per dose\n"
            "- Report any waste to pharmacy\n\n"
            "Pharmacy Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: secure messaging policy",
        "body": (
            "Got it, thanks. I'll tell my team at the huddle.\n\n"
            "{name2}\n\n"
            "On {date}, {provider} wrote:\n"
            "> Reminder that the updated policy takes effect on the 1st: do not send\n"
            "> protected health information by personal text message or personal\n"
            "> e-mail. Use the secure chat in the EHR. The policy and FAQ are on the\n"
            "> intranet under Privacy and Security.\n"
            ">\n"
            "> {provider}\n"
            "> Privacy Officer\n"
            ">\n"
            "> {disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lunch next Tuesday?",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "I hope you're well! I'd love to bring lunch for your team next Tuesday and take "
            "ten minutes to share the new data on {rx4} in adults with {dx4}, including the "
            "updated dosing and the savings card program. I can also drop off samples and "
            "patient education brochures in English and Spanish.\n\n"
            "Best,\n"
            "{name2}\n"
            "Territory Manager, {company}\n"
            "{phone}\n\n"
            "{mobile27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club: article for Thursday",
        "body": (
            "Hi all,\n\n"
            "This month's article is a randomized trial comparing {rx27} with usual care in "
            "adults with {dx27}. The primary outcome was hospitalization at 12 months. "
            "{name2} will present; please read the methods and the supplementary appendix, "
            "and bring one question about the statistics.\n\n"
            "Room 3B, 7 am, coffee provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sepsis dashboard - monthly",
        "body": (
            "SEPSIS BUNDLE COMPLIANCE, LAST MONTH\n\n"
            "Unit\tCases\tBundle met\tMortality\n"
            "ED\t{count}\t81%\t-\n"
            "ICU\t27\t74%\t11%\n"
            "4 West\t12\t67%\t0%\n"
            "5 North\t9\t78%\t1 death\n\n"
            "Lactate repeat within 6 hours remains the element most often missed. Unit "
            "leaders, please review with your staff.\n"
            "Quality Department\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Supply order {order}",
        "body": (
            "Pasted from the order sheet:\n\n"
            "Item\tSKU\tLot\tNDC/Product\tQty\tInvoice\n"
            "{item27}\t{sku}\t{lot}\t-\t40\t{invoice}\n"
            "{short27}\t{sku}\t{lot}\t{ndc}\t25\t{invoice}\n"
            "Saline flush syringe 10 mL\t{sku}\t{lot}\t-\t600\t{invoice}\n\n"
            "Received and put away by materials management. Two cases short, back-ordered.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Happy birthday {first}!",
        "body": (
            "Cake in the break room at 2:30 for {name}'s birthday. Card is at the front "
            "desk, please sign it before lunch, and don't let her see it!\n\n"
            "{name2}\n"
            "{role27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Retirement celebration",
        "body": (
            "After 31 years in the {dept27}, {name}, RN, is retiring at the end of the "
            "month. {first} has precepted more nurses than any of us can count and started "
            "the unit's wound care and fall-prevention programs.\n\n"
            "Join us in the atrium on {date} from 3 to 5. Contributions for the gift to "
            "{name2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "M&M case for Friday (de-identified)",
        "body": (
            "Case: a man in his 60s with {dx27} presented with {sym5} and was discharged "
            "from the ED. He returned two days later and required {proc5}.\n\n"
            "Discussion points: anchoring bias, follow-up of pending {test27}, and the "
            "handoff between the ED and primary care.\n\n"
            "All identifiers have been removed. Please do not look up the chart.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: P-card charge rejected",
        "body": (
            "The card number on the form was mistyped; the one you entered, "
            "4532 7781 0394 2216, is not a valid number. Please re-enter it from the card.\n\n"
            "> The {company} charge for the conference registration ({amount}) was\n"
            "> rejected. Card entered: 4532 7781 0394 2216. Invoice {invoice}.\n"
            ">\n"
            "> Accounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: huddle moved to 8:15",
        "body": (
            "running 10 min late, start without me\n\n"
            "{mobile27}\n\n"
            "> On {date}, at {time}, {provider} wrote:\n"
            "> Safety huddle is moved to 8:15 tomorrow in the conference room because of\n"
            "> the fire drill. Agenda: staffing, the new pumps, and the survey visit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Capacitación de intérpretes / Interpreter training",
        "body": (
            "Hola a todos,\n"
            "La capacitación anual para intérpretes médicos será el {date} a las {time} en "
            "la sala 2. Temas: consentimiento informado, terminología de {dx5} y ética.\n\n"
            "Hi all,\n"
            "The annual medical interpreter training is on {date} at {time} in room 2. "
            "Topics: informed consent, terminology for {dx5}, and ethics.\n\n"
            "{name2}, Language Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Memo: visitor policy update",
        "body": (
            "MEMORANDUM\n\n"
            "To: All clinical staff\n"
            "From: {provider}, Vice President of Nursing, and {name2},\n"
            "Director of Infection Prevention\n\n"
            "Effective {date}, inpatient units return to two visitors at a time\n"
            "between 8 am and 8 pm. Visitors with fever, cough or other symptoms of\n"
            "respiratory illness will be asked to postpone their visit. Masks remain\n"
            "required in the ED waiting room and on oncology units.\n\n"
            "Thank you for your flexibility.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staffing grid - next week",
        "body": (
            "| Day | Day RN | Night RN | CNA | Charge |\n"
            "|---|---|---|---|---|\n"
            "| Mon | 6 | 5 | 3 | {name} |\n"
            "| Tue | 6 | 5 | 2 | {name2} |\n"
            "| Wed | 5 | 5 | 3 | {name3} |\n"
            "| Thu | 6 | 4 | 3 | {name} |\n\n"
            "Thursday night is still one short. Incentive pay is approved.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: FW: CME - {topic27}",
        "body": (
            "+1, I'll go. Can we get the slides afterwards?\n\n"
            "{name2}\n\n"
            "On {date}, {provider} wrote:\n"
            "> Worth attending, see below.\n"
            ">\n"
            "> ---------- Forwarded message ---------\n"
            "> From: Continuing Education\n"
            "> Subject: CME - {topic27}\n"
            ">\n"
            "> Evening program at the {company} conference center, dinner provided.\n"
            "> Faculty: {name3}, MD. Register by {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A few updates before the holidays",
        "body": (
            "Hi everyone,\n\n"
            "Thanks for a busy quarter. Some housekeeping before the holidays. The clinic "
            "will close at noon on the 24th and reopen on the 26th. The new check-in kiosks "
            "go live in January; training videos are in the shared drive. Our patient "
            "satisfaction scores went up four points, and our no-show rate dropped to 8%. "
            "The compliance modules are due by the 31st, and about a third of us still "
            "need to finish them. The holiday party is on {date} at {company}; partners "
            "welcome.\n\n"
            "Last thing: the ice machine on 4 West is finally fixed.\n\n"
            "{provider_first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CHEMISTRY ANALYZER QC FAILURE",
        "body": (
            "ATTENTION ALL UNITS\n"
            "QC FAILED ON CHEMISTRY ANALYZER 2 AT 0214. ALL POTASSIUM AND MAGNESIUM RESULTS\n"
            "REPORTED BETWEEN 0130 AND 0230 ARE BEING REPEATED ON ANALYZER 1. CORRECTED\n"
            "RESULTS WILL BE FILED WITH A COMMENT. NO NEW SPECIMENS ARE NEEDED.\n"
            "LABORATORY SUPERVISOR, EXT {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payer update: prior auth changes",
        "body": (
            "Hi team,\n\n"
            "Forwarding the payer bulletin. Starting {date}, {company} will no longer "
            "require prior authorization for {proc27} in network, but will require it for "
            "{proc4} and for {rx4}. Gold-card providers are exempt. The updated grid is "
            "attached; please save it to the shared drive.\n\n"
            "{name2}\n"
            "{role27}\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NEW REFERENCE RANGES",
        "body": (
            "EFFECTIVE {date} THE LABORATORY WILL REPORT THE FOLLOWING NEW REFERENCE\n"
            "RANGES AFTER THE ANALYZER CHANGE:\n\n"
            "TEST                 OLD RANGE          NEW RANGE\n"
            "POTASSIUM            3.5-5.1 MMOL/L     3.4-5.0 MMOL/L\n"
            "TROPONIN I, HS       <=14 NG/L          <=19 NG/L\n"
            "TSH                  0.45-4.50 UIU/ML   0.40-4.20 UIU/ML\n\n"
            "CRITICAL VALUE LIMITS ARE UNCHANGED.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: lunch and learn RSVP",
        "body": (
            "Put me down for vegetarian please.\n\n"
            "-----Original Message-----\n"
            "From: {name2}\n"
            "Sent: {date}\n"
            "Subject: RE: lunch and learn RSVP\n\n"
            "So far we have 14. Still need a headcount from the night shift.\n\n"
            "-----Original Message-----\n"
            "From: {name3}\n"
            "Subject: lunch and learn RSVP\n\n"
            "{company} is sponsoring a lunch and learn on {dx4} management on Wednesday. "
            "Please reply by Monday with any dietary restrictions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - card declined",
        "body": (
            "Hello,\n\n"
            "We were unable to charge the card on file for invoice {invoice} ({amount}). "
            "The number we have, 5412 3301 8872 6645, was declined as invalid. Please call "
            "{phone} to update payment for your {item27} subscription, account {account}.\n\n"
            "{company} Medical Supply, Accounts Receivable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interview schedule - RN candidates",
        "body": (
            "Candidate interviews for the two night positions:\n\n"
            "- {time}: {name}, new grad, BSN\n"
            "- 10:30 am: {name2}, 6 years ICU\n"
            "- 1:00 pm: {name3}, travel RN, interested in a permanent role\n\n"
            "Panel: {provider}, the charge nurses, and one staff RN. Badge them in at the "
            "front lobby.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: garage construction",
        "body": (
            "FYI for anyone who parks in the east garage.\n\n"
            "From: Facilities\n"
            "Sent: {date}\n"
            "Subject: garage construction\n\n"
            "Beginning Monday, levels 3-5 of the east garage will be closed for repairs for "
            "approximately six weeks. Staff should use the remote lot; shuttles run every "
            "10 minutes from 5:30 am. Permit {permit} holders are unaffected.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tip sheet: documenting a critical value callback",
        "body": (
            "Several units asked how to document critical value callbacks. In the note "
            "template, fill in:\n\n"
            "  Patient name: ____________  MRN: ____________\n"
            "  Result and value: ____________\n"
            "  Time called / read back: ____________\n"
            "  Provider notified: ____________\n\n"
            "Do not paste the lab printout into the note. Questions to {name2}, Clinical "
            "Informatics, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Living well with {dx5}",
        "body": (
            "Our free support group meets the first Tuesday of each month at 6 pm in the "
            "community room. This month: {name2}, a dietitian, on eating well with "
            "{dx5}, and a question-and-answer session with our nurse educators.\n\n"
            "No registration needed. Family members welcome.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tumor board list (de-identified)",
        "body": (
            "Cases for Wednesday:\n\n"
            "1. 58F, {dx}, post neoadjuvant therapy, surgical planning\n"
            "2. 71M, {dx5}, second opinion on staging\n"
            "3. 46F, {dx27}, incidental finding on imaging\n\n"
            "Presenting residents will send slides by Tuesday noon. Please use case numbers "
            "only; no names or MRNs on the slides.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infection rates by unit - Q3",
        "body": (
            "| Unit | Patient days | CLABSI | CAUTI | C. diff | Falls w/ injury |\n"
            "|---|---|---|---|---|---|\n"
            "| ICU | 2,140 | 1 | 0 | 2 | 0 |\n"
            "| 4 West | 3,318 | 0 | 1 | 1 | 1 |\n"
            "| 5 North | 2,975 | 0 | 0 | 3 | 0 |\n\n"
            "Overall we had {count} central line days with a single infection. Great work.\n"
            "Infection Prevention\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "flu shots for staff",
        "body": (
            "employee health is doing walk-in flu shots {date} 7-11 and 2-6 in the cafe "
            "annex. bring your badge. declination forms are on the intranet\n\n"
            "{mobile27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "can u cover sat",
        "body": (
            "hey can u cover my saturday day shift, i'll take your sunday in 2 wks. "
            "already asked {first_only} and she cant\n\n"
            "{mobile27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter services contract renewal",
        "body": (
            "Hi {provider_first},\n\n"
            "The {company} contract for video interpreting renews on {date}. Usage last "
            "year was {count} minutes, 61% Spanish, 9% Vietnamese, 7% Arabic. The vendor "
            "proposed a 4% increase; procurement is negotiating. Reference {ref}.\n\n"
            "{name2}\n"
            "Language Services Manager\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IRB approval - protocol {code}",
        "body": (
            'The Institutional Review Board has approved protocol {code}, "A pragmatic '
            'trial of {rx4} versus standard care in adults with {dx4}", principal '
            "investigator {provider}, MD, for one year from {date}. Enrollment may begin "
            "once the site initiation visit is complete. No participants are enrolled yet.\n"
            "\nIRB Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel: ACP meeting",
        "body": (
            "Your travel is booked:\n\n"
            "Flight {flight}, departs {date} 7:05 am\n"
            "Hotel: confirmation {ref}\n"
            'Poster session: "{topic27}", Hall C, board 112\n\n'
            "Submit receipts within 30 days. Per diem is on the travel policy page.\n"
            "{name2}, Department Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT: device recall notice",
        "body": (
            "{company} has issued a voluntary recall of infusion pump tubing sets, lots "
            "listed below, because the clamp may crack.\n\n"
            "Product\tLot\tExpiry\tQty on hand\n"
            "Primary tubing set 20 drop\t{lot}\t2027-03\t140\n"
            "Secondary tubing set\t{lot}\t2027-05\t85\n\n"
            "Pull all affected lots and return them to materials management. No patient "
            "injuries have been reported.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cierre de la clínica / Clinic closure",
        "body": (
            "Estimados pacientes: la clínica estará cerrada el {date} por capacitación del "
            "personal. Para surtir recetas llame a su farmacia. En caso de emergencia llame "
            "al 911.\n\n"
            "Dear patients: the clinic will be closed on {date} for staff training. For "
            "refills, contact your pharmacy. In an emergency, call 911.\n\n"
            "{clinic}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: FW: lost badge",
        "body": (
            "Found it, it was in the med room. Thanks everyone.\n\n"
            "-----Original Message-----\n"
            "From: Security\n"
            "Sent: {date}\n"
            "Subject: FW: lost badge\n\n"
            "A badge belonging to {name} was reported lost. If found, return it to the "
            "security desk at the main entrance. Badge access has been suspended.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thanks!",
        "body": (
            "Thanks so much, that works.\n\n"
            "{name2}\n"
            "{role27}\n"
            "{dept27}\n"
            "Phone {phone} x{ext}\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P&T minutes - anticoagulant use",
        "body": (
            "Summary of the anticoagulation review:\n\n"
            "- {count} inpatient orders for DOACs last quarter, up 12%\n"
            "- 31 bleeding events reported, none fatal\n"
            "- {rx27} dosing errors: 6, mostly renal adjustment\n\n"
            "Action: pharmacy will add a renal dosing alert. Next review in six months.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: article",
        "body": (
            "interesting but the sample was tiny and they excluded anyone with ckd. "
            "not changing my practice yet\n\n"
            "{mobile27}\n\n"
            "> On {date}, {name2} wrote:\n"
            "> Did you see this one? Observational study on {rx5} in {dx5}, claims a\n"
            "> 30% reduction in admissions. Could be a good one for journal club.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: template changes for January",
        "body": (
            "Looks good, please build it.\n\n"
            "> From: {name2}\n"
            "> Sent: {date}\n"
            "> Subject: template changes for January\n"
            ">\n"
            "> Proposed template for Dr. {provider_last}, Tuesdays:\n"
            ">   8:00-10:00  new patients (4 x 30 min)\n"
            ">   10:00-12:00 follow-ups (8 x 15 min)\n"
            ">   1:00-4:00   {proc27} slots (6)\n"
            "> Same-day slots held until 9 am.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Denials summary - last month",
        "body": (
            "Denials by reason, last month:\n\n"
            "Reason\tCount\tAmount\n"
            "No authorization\t{count}\t{amount}\n"
            "Medical necessity\t88\t{amount2}\n"
            "Eligibility\t41\t$19,204.11\n"
            "Timely filing\t7\t$3,118.40\n\n"
            "No-auth denials are mostly {proc4} and imaging. Front-end team is reviewing "
            "the scheduling workflow.\n"
            "{role27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CME certificate",
        "body": (
            "Dear {name},\n\n"
            'Thank you for attending "{topic27}". Your certificate for 1.0 AMA PRA '
            "Category 1 Credit is attached. Please keep it for your records.\n\n"
            "Office of Continuing Medical Education\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Biomed PM schedule",
        "body": (
            "Asset\tDevice\tSerial\tLocation\tPM due\n"
            "BM-{code}\t{equip}\tSN{build}\tEquipment room 2\t{date}\n"
            "BM-{code}\tIV pump\tSN{build}\t4 West\t{date2}\n"
            "BM-{code}\tDefibrillator\tSN{build}\tED crash cart 1\t{date}\n\n"
            "Please have the devices clean and available on the PM date. Ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Potluck sign-up",
        "body": (
            "Name\tBringing\n"
            "{name}\tmac and cheese\n"
            "{name2}\ttamales\n"
            "{name3}\tdessert\n"
            "\tdrinks?\n"
            "\tplates and cups?\n\n"
            "Friday at noon in the conference room. Add yourself to the sheet!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations, nurse residency graduates",
        "body": (
            "Please join us in congratulating this year's nurse residency graduates, "
            "including {name}, {name2} and {name3}. Their evidence-based practice projects "
            "covered early mobility after {proc4}, insulin safety, and reducing alarm "
            "fatigue on telemetry. Posters are displayed outside the cafeteria.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SPD: tray turnaround",
        "body": (
            "Sterile processing update: average tray turnaround was 5.2 hours last week. "
            "{count} trays processed, 14 returned for bioburden, 3 missing instruments. "
            "Please send the count sheet with every tray and call ext {ext} for STAT "
            "turnarounds.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: upgrade readiness meeting",
        "body": (
            "Thursday works for me.\n\n"
            "-----Original Message-----\n"
            "From: {name2}\n"
            "Sent: {date} 10:05 AM\n"
            "To: Clinical Informatics\n"
            "Subject: RE: upgrade readiness meeting\n\n"
            "Can we move it? Tuesday conflicts with the ED go-live rounding.\n\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Sent: {date} 8:30 AM\n"
            "Subject: upgrade readiness meeting\n\n"
            "Readiness review for the {system27} upgrade to {version} (build {build}). "
            "Agenda: testing status, super-user coverage, downtime plan.\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sample closet log - November",
        "body": (
            "| Product | NDC | Lot | Exp | Received | Dispensed | On hand |\n"
            "|---|---|---|---|---|---|---|\n"
            "| {rx4} | {ndc} | {lot} | 06/2027 | 20 | 12 | 8 |\n"
            "| {rx27} | {ndc} | {lot} | 09/2027 | 30 | 30 | 0 |\n\n"
            "Rep drop-off by {name2} ({company}) logged on {date}. Expired samples go to the "
            "pharmacy return bin.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: annual privacy training due",
        "body": (
            "All workforce members must complete the annual privacy and security\n"
            "training by {date}. This year's module covers minimum necessary access,\n"
            "how to report a suspected breach of protected health information,\n"
            "phishing, and the rules for texting and personal devices. Access is\n"
            "suspended for anyone who has not finished by the deadline.\n\n"
            "{provider}\n"
            "Chief Privacy Officer\n\n"
            "{disclaimer27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ELEVATOR OUT OF SERVICE",
        "body": (
            "PATIENT ELEVATOR B (NORTH TOWER) IS OUT OF SERVICE UNTIL {date}.\n"
            "USE ELEVATOR C FOR ALL BED TRANSPORTS. ALLOW EXTRA TIME FOR TRANSFERS TO\n"
            "RADIOLOGY AND THE OR. WORK ORDER {ticket}. FACILITIES EXT {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reunión de personal / Staff meeting",
        "body": (
            "Hola equipo, la reunión de personal será el jueves a las 8. Vamos a hablar del "
            "nuevo horario, la auditoría de {company} y las vacaciones de diciembre.\n\n"
            "Hi team, the staff meeting is Thursday at 8. We will cover the new schedule, "
            "the {company} audit and December vacation requests.\n\n"
            "{name2}\n"
            "{role27}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: county respiratory surveillance",
        "body": (
            "FYI from the health department.\n\n"
            "---------- Forwarded message ---------\n"
            "From: County Epidemiology\n"
            "Date: {date}\n\n"
            "Influenza positivity is 18% this week ({count} positive tests county-wide), "
            "RSV is declining, and COVID-19 admissions are stable. Three long-term care "
            "outbreaks were reported. Clinicians should offer vaccination at every visit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P-card reconciliation - missing receipts",
        "body": (
            "Card\tMerchant\tAmount\tReceipt\n"
            "4024 0071 5893 2210\t{company}\t{amount}\tmissing\n"
            "6011 4409 2873 1150\tAirline\t{amount2}\tok\n"
            "4929 1805 6637 4421\tConference fee\t$450.00\tmissing\n\n"
            "These numbers were copied from the statement and look wrong (they fail the "
            "check digit), so please verify them against your cards. Receipts due Friday.\n"
            "Finance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: dictation down?",
        "body": (
            "back up now, vendor restarted the server\n\n"
            "{mobile27}\n\n"
            "> On {date}, at {time}, {name2} wrote:\n"
            "> Is {system27} down for anyone else? I've been getting a connection\n"
            "> error since 7. Ticket is {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you, volunteers",
        "body": (
            "A big thank-you to our volunteers, who gave {count} hours this year at the "
            "information desk, the gift shop and the infusion center. Special thanks to "
            "{name} and {name2}, who each passed 1,000 hours. Appreciation breakfast on "
            "{date} in the auditorium.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quality huddle: readmissions",
        "body": (
            "Readmissions, last 90 days, from the dashboard:\n\n"
            "- Heart failure: 19.4% ({count} index admissions)\n"
            "- COPD: 16.1%\n"
            "- Pneumonia: 12.8%\n"
            "- 12 patients with sepsis were readmitted within 30 days this month\n\n"
            "Focus for next month: follow-up calls within 48 hours and med rec at "
            "discharge. No individual cases will be discussed at this huddle.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh12": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written blind to the detector: the author did not read gateway/, policies/,
docs/, tests/, README.md or bench/accuracy/vocab/ (the detector's code, dictionaries and
documentation), did not read the other blind splits (fresh8.py ... fresh11.py, fresh13.py),
and did not run the detector, the benchmark or any test. Only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read, for the placeholder names
and the data format, and so as not to repeat their templates or vocabulary. It is meant to be
run once, as an honest, untuned measurement: do not tune the detector on these templates.

Angle: mail from hospital inpatient and specialty settings as it is really written (nursing
handoffs, case management, oncology infusion, behavioral health and substance-use programs,
home health and hospice, radiology and pathology result routing, pharmacy prior-auth and
refills, transport and interpreter requests, family emails with misspellings, Spanish-language
patient messages), with hard negatives from the same settings (rosters, grand rounds, recalls,
postings, invoices, de-identified cases, IT and equipment notices, plan brochures).

The vocabulary below ({dx12} {rx12} {proc12} {test12} {sym12}, plus {unit12} hospital units,
{lang12} interpreter languages, {es12} Spanish symptom phrases and {esdx12} Spanish diagnoses;
FRESH12_VOCAB) was written from general knowledge of how inpatient staff, patients and families
write. Other placeholders come from generate.fill() and generate.fresh_fill(). Two PHI
templates write a patient's initials with str.format indexing ({first[0]}, {last[0]}), which
needs only the existing "first" and "last" values.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH12_VOCAB: dict[str, list[str]] = {
    "dx12": [
        "diffuse large B-cell lymphoma",
        "AML",
        "triple-negative breast cancer",
        "glioblastoma",
        "hepatocellular carcinoma",
        "cholangiocarcinoma",
        "mantle cell lymphoma",
        "myelodysplastic syndrome",
        "small cell lung cancer",
        "uveal melanoma",
        "renal cell carcinoma with bone mets",
        "neutropenic fever",
        "tumor lysis syndrome",
        "DKA",
        "severe hyponatremia",
        "small bowel obstruction",
        "upper GI bleed",
        "alcoholic hepatitis",
        "hepatic encephalopathy",
        "acute hypercapnic respiratory failure",
        "septic shock",
        "necrotizing fasciitis",
        "osteomyelitis of the right foot",
        "diabetic foot ulcer",
        "hospital delirium",
        "Lewy body dementia",
        "schizoaffective disorder",
        "bipolar I disorder, manic",
        "fentanyl use disorder",
        "benzodiazepine dependence",
        "first-episode psychosis",
        "catatonia",
        "vaso-occlusive crisis",
        "Guillain-Barre syndrome",
        "myasthenic crisis",
        "subdural hematoma",
        "intertrochanteric femur fracture",
        "rhabdomyolysis",
        "infective endocarditis",
        "unstageable sacral pressure injury",
        "pulmonary hypertension",
    ],
    "rx12": [
        "R-CHOP",
        "FOLFIRINOX",
        "carboplatin and paclitaxel",
        "Opdivo 480 mg",
        "Tecentriq",
        "Herceptin",
        "Neulasta Onpro",
        "filgrastim 480 mcg",
        "aprepitant",
        "dexamethasone 4 mg BID",
        "Venclexta",
        "Imbruvica 420 mg",
        "Xtandi 160 mg",
        "capecitabine",
        "IV vancomycin",
        "Zosyn 4.5 g q8h",
        "cefepime 2 g",
        "meropenem",
        "enoxaparin 40 mg daily",
        "insulin drip",
        "lactulose 20 g TID",
        "rifaximin 550 mg BID",
        "Librium taper",
        "Sublocade 300 mg",
        "Brixadi weekly",
        "Invega Sustenna",
        "clozapine 200 mg",
        "Zyprexa Zydis 10 mg",
        "Haldol 5 mg IM",
        "Dilaudid PCA",
        "fentanyl patch 25 mcg",
        "IVIG",
        "Soliris",
        "Remicade",
        "Entyvio",
        "Venofer",
        "Aranesp",
        "TPN",
        "Spravato 56 mg",
        "Jevity tube feeds",
    ],
    "proc12": [
        "port-a-cath removal",
        "Ommaya reservoir placement",
        "CT-guided liver biopsy",
        "EBUS bronchoscopy",
        "stem cell apheresis",
        "autologous stem cell transplant",
        "radiation simulation",
        "SBRT to the lung",
        "whole brain radiation",
        "Y-90 radioembolization",
        "TACE",
        "TIPS",
        "variceal banding",
        "PEG tube placement",
        "tracheostomy",
        "ex-lap with bowel resection",
        "I&D of a thigh abscess",
        "transmetatarsal amputation",
        "wound vac change",
        "tunneled central line",
        "IR drain placement",
        "nephrostomy tube exchange",
        "EVD placement",
        "craniotomy",
        "Impella placement",
        "ECMO cannulation",
        "plasmapheresis",
        "chest tube placement",
        "VATS wedge resection",
        "mastectomy with sentinel node biopsy",
        "cervical cerclage",
        "hip hemiarthroplasty",
        "IVC filter placement",
        "G-tube replacement",
        "lumbar puncture",
    ],
    "test12": [
        "flow cytometry",
        "BCR-ABL PCR",
        "CA 19-9",
        "CEA",
        "AFP",
        "restaging PET",
        "bone scan",
        "MUGA scan",
        "frozen section",
        "pleural fluid cytology",
        "HER2 FISH",
        "Oncotype DX",
        "germline genetic panel",
        "ammonia level",
        "procalcitonin",
        "serum alcohol level",
        "clozapine level",
        "ANC",
        "CD4 count",
        "HIV viral load",
        "CTA head and neck",
        "MRCP",
        "modified barium swallow",
        "echo with bubble study",
        "V/Q scan",
        "continuous video EEG",
        "CSF cell count",
        "peripheral smear",
        "haptoglobin and LDH",
        "type and screen",
        "AFB smear",
        "wound culture",
        "fetal non-stress test",
        "CT chest/abdomen/pelvis",
        "KUB",
    ],
    "sym12": [
        "mouth sores",
        "a fever of 101.8",
        "breakthrough pain",
        "night-time confusion",
        "poor oral intake",
        "terminal secretions",
        "mottled knees and feet",
        "sundowning",
        "visual hallucinations",
        "tremors and sweats",
        "strong cravings",
        "right arm swelling near the PICC",
        "drainage from the incision",
        "yellowing of the eyes",
        "a swollen belly",
        "coffee-ground emesis",
        "watery diarrhea",
        "numb fingertips",
        "hair loss",
        "orthopnea",
        "coughing with meals",
        "two falls at home",
        "a worsening bedsore",
        "low urine output",
        "excessive sleepiness",
        "paranoid thoughts",
        "new shaking episodes",
        "chills during the infusion",
        "a peeling rash on the palms",
        "hiccups that won't stop",
        "a foul-smelling wound",
    ],
    "unit12": [
        "5 North",
        "6 South",
        "MICU",
        "SICU",
        "CVICU",
        "4 West Oncology",
        "BMT Unit",
        "L&D",
        "Mother-Baby",
        "NICU",
        "PICU",
        "3 East Med-Surg",
        "7 Tele",
        "Step-Down",
        "8 Ortho/Neuro",
        "Adult Psych 2",
        "Detox (4 East)",
        "CDU",
        "ED Obs",
        "9 East Rehab",
        "Palliative Care Unit",
        "Infusion Center",
        "Short Stay",
        "PACU",
        "Burn Unit",
        "Neuro ICU",
        "Geri-Psych",
        "TCU",
        "2 North Surgical",
    ],
    "lang12": [
        "Spanish",
        "Mandarin",
        "Cantonese",
        "Vietnamese",
        "Haitian Creole",
        "Arabic",
        "Russian",
        "Somali",
        "Tagalog",
        "Portuguese",
        "Korean",
        "ASL",
        "Nepali",
        "Dari",
        "Pashto",
        "Amharic",
        "Tigrinya",
        "Karen",
        "Burmese",
        "Polish",
        "Hmong",
        "Ukrainian",
        "French",
        "Swahili",
        "Punjabi",
        "Farsi",
        "K'iche'",
    ],
    "es12": [
        "fiebre",
        "mucha tos",
        "dolor de pecho",
        "vómitos",
        "diarrea",
        "llagas en la boca",
        "dolor de cabeza muy fuerte",
        "mareos",
        "falta de aire",
        "las piernas hinchadas",
        "dolor de estómago",
        "sangrado de la nariz",
        "ardor al orinar",
        "mucho cansancio",
        "escalofríos",
        "la vista borrosa",
        "comezón en todo el cuerpo",
        "náuseas",
        "dolor en la herida",
        "sangre en la orina",
        "confusión",
        "dolor de huesos",
        "hormigueo en las manos",
        "la boca muy seca",
        "calambres en las piernas",
    ],
    "esdx12": [
        "diabetes tipo 2",
        "presión alta",
        "cáncer de mama",
        "cáncer de colon",
        "leucemia",
        "linfoma",
        "insuficiencia renal",
        "cirrosis",
        "hepatitis C",
        "asma",
        "EPOC",
        "epilepsia",
        "depresión",
        "ansiedad",
        "artritis reumatoide",
        "lupus",
        "VIH",
        "tuberculosis",
        "anemia",
        "colesterol alto",
        "hipotiroidismo",
        "insuficiencia cardíaca",
        "cálculos en la vesícula",
        "glaucoma",
        "esquizofrenia",
        "trastorno bipolar",
    ],
}


FRESH12_PHI: list[dict] = [
    {
        "subject": "Night shift report - {unit12}",
        "body": (
            "Handoff 1900-0700, {unit12}\n\n"
            "Rm {ext}A  {last}, {age}F - adm {date2} w/ {dx12}. A&Ox3 this evening, on "
            "{rx12}. {test12} pending from 1800. Full code. Daughter calls every shift, ok to "
            "update her.\n"
            "Rm {ext}B  {intl_name}, NPO after MN for {proc12} in the AM, consent signed, "
            "IV 20g L FA.\n"
            "Hall bed  empty, admit coming up from ED around 2100\n\n"
            "Sickest one is {last} - watch for {sym12}, rapid was called at 0300 last night. "
            "Fall precautions, bed alarm on.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pt in 12",
        "body": (
            "Hey, {first[0]}{last[0]} in bed 12 ({age}M, {dx12}) pulled his PICC again "
            "around {time}. Restraint order expired, need a new one + CXR once the new line "
            "is in. Wife wants a call, number is in the chart.\n- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bed 14 {last} - {test12} critical",
        "body": (
            "Value called to the floor at {time} and read back by the RN. Dr. {provider_last} "
            "paged x2, no callback yet. Please escalate.\nCore Lab, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "DC planning rm {ext}",
        "body": (
            "Hi all,\n\n"
            "Update on {name} ({age}, {unit12}): medically ready tomorrow per Dr. "
            "{provider_last}. PT recommends SNF; she is refusing and wants to go home to "
            "{address}, where she lives alone. Admitted for {dx12} and still on {rx12}, so "
            "home health would need infusion teaching.\n\n"
            "Ins: {company} Medicare Advantage, member ID {member}. SNF auth would take "
            "48-72h.\n"
            "Daughter {name2} is HCPOA, cell {phone}.\n\n"
            "Can we do a family meeting at 2?\n\n"
            "{provider}, RN CM\n{unit12} Case Management | ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "C3D1 {last}, {first} - {rx12}",
        "body": (
            "Chair 6, {date} at {time}. Needs {test12} resulted before pharmacy mixes. Pre-meds "
            "per protocol. She asked if her husband can sit with her, told her yes.\n"
            "Infusion scheduling\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Infusion Center chairs - {date}",
        "body": (
            "Chair  Time      Patient                 MRN        Regimen\n"
            "1      {time}   {name}      {mrn}   {rx12}\n"
            "4      12:30 pm  {intl_name}      {mrn2}   Venofer 200 mg + labs\n"
            "7      2:00 pm   {name3}      (new)      teaching visit, {dx12}\n\n"
            "Pharmacy: chair 4 needs the dose recalculated, weight changed. Nursing: chair 7 "
            "is a first-timer, allow 2 hrs.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IOP attendance - week of {date}",
        "body": (
            "Counselors,\n\n"
            "{first} {last} missed group Tuesday and Thursday. UDS on Monday was positive for "
            "fentanyl and xylazine; she says she used once after a fight with her partner. "
            "Still on Sublocade, next injection due {date2}. {name2} (primary counselor) will "
            "call her today. If she no-shows Monday we will step her back up to PHP.\n\n"
            "Reminder: this program's records are protected under 42 CFR Part 2. Do not "
            "forward outside the treatment team.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - hospice admission visit",
        "body": (
            "Admitted to hospice at home today. Terminal dx {dx12}, PPS 30%. Family reports "
            "{sym12} since Sunday. Comfort kit delivered, taught the daughter how to give the "
            "sublingual doses. DNR/POLST on the fridge. Chaplain visit requested. Next RN "
            "visit {date}.\n{provider_first}, RN, Hospice Admissions\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SN visit note {date}",
        "body": (
            "Pt: {last}, {first}\n"
            "Addr: {address}\n"
            "Visit: SN, 45 min\n\n"
            'S: "feeling a little better", c/o {sym12}\n'
            "O: T 99.1, BP 142/80, HR 96, SpO2 93% RA. Wound vac to sacrum intact, 75 mL "
            "serosanguineous in canister.\n"
            "A: {dx12}, healing slowly\n"
            "P: cont {rx12}, notify MD for temp >100.4, next visit Thurs\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical finding - please acknowledge",
        "body": (
            "CRITICAL RESULT NOTIFICATION\n\n"
            "Patient: {upper_name}\n"
            "MRN: {mrn}\n"
            "DOB: {dob}\n"
            "Location: {unit12}\n"
            "Exam: {test12}\n"
            "Impression: findings concerning for {dx12}. Recommend clinical correlation.\n\n"
            "Dr. {provider}, Radiology, attempted to reach the ordering provider at {time}. "
            "Reply ACK to close this notification.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Path final: {last}, {first} ({dob})",
        "body": (
            "Final report signed out {date}.\n"
            "DIAGNOSIS: {dx12}\n"
            "Ancillary: {test12} to follow as an addendum.\n"
            "Comment: discussed with Dr. {provider_last} by phone.\n\n"
            "Please make sure oncology has a copy before her clinic visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PA for {rx12}",
        "body": (
            "Got a rejection on this one (code 75, prior auth required).\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Dx: {icd}\n"
            "CMM key: {ref}\n\n"
            "Plan says she has to try two formulary options first, but she already failed "
            "both. Can you pull the notes from onc? She has been calling the pharmacy every "
            "day.\n\n"
            "{company} Specialty Pharmacy | Ph {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "refill",
        "body": (
            "{last} called AGAIN about the {rx12}. says shes been out since sat. uses the "
            "{company} pharmacy on {address}. ok to send a 30 day? dr {provider_last} is off "
            "til mon\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transport request - {unit12}",
        "body": (
            "TRANSPORT REQUEST\n"
            "Patient: {name}\n"
            "Age/Sex: {age} F\n"
            "From: {unit12}, rm {ext}\n"
            "To: Radiology, {test12}\n"
            "Time: {time}\n"
            "Mode: stretcher, 2L O2 via NC\n"
            "Isolation: contact (MRSA)\n"
            "Fall risk: yes\n"
            "Notes: confused at night, needs RN escort\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter needed - {lang12} - rm {ext}",
        "body": (
            "We need an in-person {lang12} interpreter tomorrow at 10 for a goals-of-care "
            "family meeting for {intl_name}. Dx {dx12}; palliative is joining. Video won't "
            "work, the family specifically asked for in-person. Please confirm with the unit "
            "clerk at ext {ext}.\n\nThanks,\n{provider_first}, MSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "my dad",
        "body": (
            "hi my name is {name2} and im writting about my dad {name} hes been in the "
            "hosptial since tuesday for his {dx12} and nobody is telling us nothing. the "
            "doctor said somthing about a {proc12} but my dad dont remember what. can somebody "
            "please call me at {phone}, his birthday is {dob} if you need it to look him up. "
            "we are very worried\n\nSent from my iPhone\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pregunta sobre mi mamá",
        "body": (
            "Buenas tardes,\n\n"
            "Mi mamá, {intl_name}, recibe quimioterapia con el Dr. {provider_last} los "
            "jueves. Desde el martes tiene {es12} y casi no quiere comer. ¿Es normal con el "
            "tratamiento? ¿La llevamos a emergencias? Su fecha de nacimiento es {dob}.\n\n"
            "Muchas gracias,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cambio de cita - {name} - {proc12}",
        "body": (
            "Hola, necesito cambiar la cita del {date} porque no tengo quien me lleve. Tengo "
            "{esdx12} y el doctor dijo que no puedo manejar después. Mi número de expediente "
            "es {mrn}. Gracias.\n\n"
            "> El {date2}, Central de Citas escribió:\n"
            "> Su cita está confirmada. Llame al {phone} para cualquier cambio.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{upper_name} / {dx12} / {unit12}",
        "body": (
            "fyi, came up from the ED overnight. hospitalist is primary, we're consulting. "
            "will staff on rounds.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: FW: {first} {last} - biopsy back",
        "body": (
            "Dr. {provider_last} wants to tell her in person, please do not release to the "
            "portal yet. Can we get her in this week?\n\n"
            "-----Original Message-----\n"
            "From: Pathology Client Services\n"
            "Sent: {date}\n"
            "Subject: FW: {first} {last} - biopsy back\n\n"
            "Result attached: {dx12}. Additional stains ({test12}) to follow.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last} {first[0]}. MRN {mrn}",
        "body": (
            "Please add {test12} to tomorrow's AM draw, attending wants it back before the "
            "family meeting.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Coding query - {name} - {icd}",
        "body": (
            "Dr. {provider_last},\n\n"
            "The H&P documents {dx12}, but the discharge summary does not state acuity. "
            "Please clarify in an addendum so we can finalize the claim for this admission "
            "({date} to {date2}).\n\n"
            "Thank you,\n{name2}, CCS\nHealth Information Management\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Re: placement",
        "body": (
            "Hi {provider_first},\n\n"
            "Following up on our call this morning about {name}. I spoke with the admissions "
            "coordinator at {company} Rehab and they still need the last 3 days of nursing "
            "notes, the PT/OT evals, the face sheet and the signed consent. I will fax those "
            "after lunch; their fax number is {phone}.\n\n"
            "The bed will likely open Thursday, but they won't hold it past noon. The family "
            "also asked about transport: her son doesn't drive, so I put in a wheelchair van "
            "request and will confirm the pickup time once we hear back.\n\n"
            "I also checked benefits: her plan covers 20 days at 100%, then the daily copay "
            "starts. I already told the son.\n\n"
            "The only thing holding us up clinically is that she still needs {rx12} through "
            "the PICC for the {dx12} until {date2}, and the facility's pharmacy has to confirm "
            "they can get it.\n\n"
            "Thanks,\n{name2}, RN Case Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: family meeting tomorrow",
        "body": (
            "Adding palliative. See below.\n\n"
            "---------- Forwarded message ---------\n"
            "From: {name2}\n"
            "Date: {date}\n"
            "Subject: family meeting tomorrow\n\n"
            "The room is booked for 2:30 in the {unit12} conference room. Attendees: ICU "
            "attending, SW, chaplain.\n\n"
            "> Who is the patient again?\n\n"
            "{name}, the one in 14 on the vent. Family wants to talk about stopping the "
            "{rx12} given the {dx12}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Financial assistance application",
        "body": (
            "Applicant: {name}\n"
            "SSN: {ssn}\n"
            "Household size: 4\n"
            "Monthly income: {amount}\n"
            "Account: {account}\n"
            "Inpatient stay: {date} - {date2}, {unit12}\n"
            "Reason for admission (from registration): {dx12}\n\n"
            "Missing: last two pay stubs. Letter sent to {address}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "NOE submitted",
        "body": (
            "Notice of Election filed today for {name}, MBI {mbi}, election date {date}. "
            "Terminal diagnosis {dx12}; related conditions per the IDG. Attending of record "
            "Dr. {provider}, NPI {npi}. Please watch for the acceptance in FISS.\n\n"
            "Hospice Billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Copay collected",
        "body": (
            "Spoke with {first} (patient) to schedule delivery of {rx12} for {date}. Copay "
            "{amount2} charged to card {card}, exp 11/28. Ship to {address}, signature "
            "required, keep refrigerated. She says the {sym12} has been better this cycle.\n"
            "- {provider_first}, CPhT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "hold paperwork",
        "body": (
            "{name}, {age}M, brought in by PD at 0230 after a call from his roommate. Hx "
            "{dx12}, off his {rx12} x 3 wks. Endorsing command AH. On a 72-hr hold, expires "
            "{date} at {time}. Needs a psych bed, none in the county right now; on the list "
            "for {company} BHC. Sitter at bedside, ED room {ext}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "sedation for MRI",
        "body": (
            "MRN {mrn2} - {age}F, claustrophobic, for {test12} on {date}. Anesthesia needs to "
            "see her first because of the {dx12}. Can you move her to the afternoon slot? "
            "Ordering: Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specimen rejected - recollect",
        "body": (
            "The following specimen was rejected (mislabeled: tube label does not match the "
            "requisition):\n\n"
            "Patient: {upper_name}\n"
            "DOB on req: {dob}\n"
            "Test: {test12}\n"
            "Collected: {date} {time}, {unit12}\n\n"
            "Please recollect and label at the bedside. Safety report #{code} filed.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pt {last}: {sym12} tonight",
        "body": (
            "can the covering resident come see her, family at bedside and upset. vitals "
            "stable-ish, HR 118.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "L&D board {time}",
        "body": (
            "LDR 1  {last}  G2P1 38w  IOL, pit at 6\n"
            "LDR 3  {intl_name}  G1P0 34w  severe pre-e, mag running, q1h neuro checks\n"
            "LDR 5  clean\n"
            "Triage: 2 waiting, one r/o ROM\n"
            "OR: repeat C/S at 1300 for LDR 1 if no progress\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH12_NEG: list[dict] = [
    {
        "subject": "{unit12} staffing - {date}",
        "body": (
            "Days\n"
            "  Charge: {name}\n"
            "  RNs: {name2}, {name3}, {provider}\n"
            "  CNA: 2 (one floated to {unit12})\n"
            "Nights\n"
            "  Charge: {intl_name}\n"
            "  Need 1 more RN, incentive pay approved\n\n"
            "A 1:1 sitter has been requested; the staffing office is aware.\n"
            "Call staffing at {phone} for swaps.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Heme/Onc on-call {date} to {date2}",
        "body": (
            "Mon-Wed: Dr. {provider} (pager {ext})\n"
            "Thu-Fri: Dr. {name}\n"
            "Weekend: Dr. {name2}\n"
            "Fellow: Dr. {name3}, cell {phone}\n\n"
            "Neutropenic fever and tumor lysis admissions go to the hospitalist with an onc "
            "consult. Chemo orders written after 5 pm need attending co-sign.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicine Grand Rounds: {dx12}",
        "body": (
            "Thursday, {date}, 8:00 am, Auditorium B and on Zoom\n\n"
            '"Beyond the guidelines: managing {dx12} in hospitalized adults"\n'
            "Speaker: {name}, MD, Associate Professor of Medicine\n\n"
            "Objectives: review the evidence for {rx12}; recognize {sym12} early; decide "
            "when to escalate to {proc12}.\n\n"
            "1.0 AMA PRA Category 1 Credit. Text {code} to claim.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health advisory: xylazine-associated wounds",
        "body": (
            "The Department of Health is seeing more skin wounds linked to xylazine mixed "
            "into the local fentanyl supply. Xylazine does not respond to naloxone, but "
            "naloxone should still be given for any suspected overdose. Wounds can appear "
            "anywhere on the body, not only at injection sites. Refer patients to wound care "
            "and offer treatment with buprenorphine or methadone.\n\n"
            "Questions: {name}, MD, Medical Director, Bureau of Substance Use, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: {rx12}, lot {lot}",
        "body": (
            "URGENT: DRUG RECALL - PHARMACY ACTION REQUIRED\n\n"
            "Product: {rx12}\n"
            "NDC: {ndc}\n"
            "Lot: {lot}, exp 03/2027\n"
            "Reason: visible particulate matter in some vials\n\n"
            "Quarantine all stock in the main pharmacy, the Infusion Center and the {unit12} "
            "automated cabinets by end of shift. Return through {company}, RA #{ref}. Per the "
            "manufacturer, no patient notification is needed.\n"
            "Questions: {name}, PharmD, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: Hospice RN Case Manager",
        "body": (
            "{clinic} Hospice is hiring a full-time RN Case Manager for our home hospice "
            "team. You will manage a caseload of 12-14 patients with {dx12}, dementia and "
            "end-stage heart and lung disease, teach families about comfort medications, and "
            "work with our social workers and chaplains.\n\n"
            "Requirements: RN license, 2 years of acute care or home health experience, a "
            "valid driver's license. Mileage reimbursed. Sign-on bonus {amount}.\n\n"
            "Apply by {date} (req #{code}) or email the recruiter, {name}, at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - PO {order}",
        "body": (
            "{company}\n"
            "Bill to: {clinic}, Infusion Center\n\n"
            "Item           Description                           Qty   Ext\n"
            "{sku}     Huber needle 20G x 3/4 in, safety     200   {amount2}\n"
            "SKU-448120     Chemo spill kit                       12    $318.00\n"
            "NDC {ndc}  {rx12}, 1 vial                 10    {amount}\n\n"
            "PO {order} | Terms net 45 | Lot {lot}\n"
            "Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case of the month: {age}-year-old with {dx12}",
        "body": (
            "This month's case (details changed to protect privacy; shared with consent):\n\n"
            "A {age}-year-old presented to the ED with {sym12} and was admitted to the "
            "medicine service. Workup included {test12}. The team diagnosed {dx12} and "
            "started {rx12}; the patient later underwent {proc12} and went home on day 6.\n\n"
            "Teaching points: anchoring bias, and when to call the specialist early.\n"
            "Submitted by {name}, PGY-3. Discussion at noon conference on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out {date} - {date2}: ASCO",
        "body": (
            "Hi team,\n\n"
            "I'll be at ASCO in Chicago from {date} to {date2}, presenting our poster on "
            "{rx12} in {dx12}. Flight {flight}, hotel confirmation {code}, in case anything "
            "comes up. Dr. {name2} is covering my inpatients and the in-basket. Please move "
            "my Thursday clinic to the following week and let the infusion nurses know.\n\n"
            "Thanks,\n"
            "{provider}, MD\n"
            "Hematology/Oncology, {clinic}\n"
            "Ph {phone} | NPI {npi}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In the news: Celine Dion and stiff-person syndrome",
        "body": (
            "Our neurology department has had media calls this week after the documentary "
            "about Celine Dion's stiff-person syndrome. If a reporter contacts you, refer "
            "them to {name} in Public Affairs ({phone}) and do not comment on any patient. "
            "Dr. {provider}, who runs our neuroimmunology clinic, has agreed to give general "
            "background on the condition, its treatment with IVIG and diazepam, and how rare "
            "it is.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first}, save on your family's prescriptions",
        "body": (
            "Hi {first},\n\n"
            "Transfer any prescription to {company} Pharmacy and get a $10 gift card. This "
            "month's featured savings:\n\n"
            "- 90-day generics from $9.99\n"
            "- {rx12}: ask about manufacturer copay cards\n"
            "- Free blood pressure checks every Saturday\n"
            "- Flu, shingles and RSV vaccines, no appointment needed\n\n"
            "Use code {code} at checkout. Offer ends {date}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Epic Rover not scanning on {unit12}",
        "body": (
            "Reported by: {name}, RN (ext {ext})\n"
            "Issue: Rover devices on {unit12} fail to scan patient wristbands and medication "
            "barcodes since the {version} upgrade. Nurses are using the BCMA downtime "
            "override.\n"
            "Impact: 6 devices, 1 unit\n"
            "Workaround: scan from the workstation on wheels\n"
            "Assigned: {name2}, Clinical Applications\n"
            "No patient information is attached to this ticket.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Service notice: infusion pump software update",
        "body": (
            "Biomedical Engineering will update the software on all large-volume infusion "
            "pumps on {unit12} and in the Infusion Center between {date} and {date2}. The "
            "update adds new drug library entries for {rx12} and the heparin nomogram. Please "
            "leave pumps plugged in at the docking stations.\n\n"
            "Contact {name}, ext {ext}. Service order {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your {year2} {company} Medicare Advantage plan guide",
        "body": (
            "What's covered:\n"
            "- Chemotherapy and infusions: 20% coinsurance\n"
            "- {proc12}: covered with prior authorization\n"
            "- Hospice: covered by Original Medicare\n"
            "- Behavioral health and substance use treatment: $0 copay in network\n"
            "- Tier 5 specialty drugs such as {rx12}: 25% coinsurance\n\n"
            "Member Services: {phone} (TTY 711), 8 am to 8 pm, seven days a week.\n"
            "This is an advertisement. Y0001_{code}_M\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rapid response / code team - {date}",
        "body": (
            "Code leader: Dr. {provider}\n"
            "Airway: {name}, CRNA\n"
            "Compressions: {name2}, {name3}\n"
            "Pharmacy: {intl_name}, PharmD\n"
            "Recorder: {unit12} charge RN\n"
            "RRT nurse pager: {ext}\n\n"
            "Reminder: the new sepsis and stroke pathways are live. Mock code on {unit12} "
            "at 2 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice volunteer orientation",
        "body": (
            "Welcome to our new hospice volunteers {name}, {name2} and {name3}! Orientation "
            "is on {date}, 9 to 3, in the education center. We will cover what to expect at "
            "the end of life, sitting with patients who have dementia, and self-care after a "
            "loss. Please bring your TB test result and the badge form.\n"
            "Coordinator: {provider_first}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free naloxone and fentanyl test strips Saturday",
        "body": (
            "Our Community Health team will hand out free naloxone (Narcan) kits and fentanyl "
            "test strips at {address} on {date}, 10 to 2. No ID needed. Peer recovery coaches "
            "will be there to talk about treatment with buprenorphine or methadone.\n"
            "Organizer: {name}, {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Feria de salud gratuita - {date}",
        "body": (
            "¡Los esperamos!\n\n"
            "Feria de salud gratuita en {address}, el sábado {date}, de 9 a 1.\n"
            "- Pruebas de azúcar y de presión arterial\n"
            "- Vacunas contra la gripe y el COVID\n"
            "- Información sobre {esdx12}\n"
            "- Intérpretes de {lang12} disponibles\n\n"
            "No se necesita seguro médico. Informes: {name}, promotora de salud, {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Training: prior auth workflow for specialty drugs",
        "body": (
            "Pharmacy technicians and clinic nurses: {name} from the specialty pharmacy will "
            "walk through the new prior authorization workflow on {date} at {time}. We will "
            "use {rx12} as the example: which plans require step therapy, how to attach chart "
            "notes, and how to track the CMM key. The recording will be posted on the "
            "intranet.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter coverage this week",
        "body": (
            "In-person coverage:\n"
            "  {lang12}: {name} (Mon-Wed), {name2} (Thu-Fri)\n"
            "  Spanish: {intl_name}, all week, based in L&D and the ED\n"
            "  ASL: video only until {date}\n\n"
            "After hours, use the video carts or call {phone} (access code {code}). Please "
            "book family meetings at least 24 hours ahead.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CM huddle: LOS and avoidable days",
        "body": (
            "Team,\n\n"
            "This month's average length of stay was 5.8 days (goal 5.2). The biggest drivers "
            "of avoidable days were SNF auth delays ({count} days) and patients waiting on "
            "{proc12}. {dx12} admissions had the longest LOS of any DRG. {name} will present "
            "the payer escalation process at Thursday's huddle in the {unit12} conference "
            "room.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - ASCO registration",
        "body": (
            "Hi {first},\n\n"
            "The department card you gave for Dr. {provider_last}'s ASCO registration, "
            "4532 7781 0094 2216, was declined as an invalid number. The travel card on file, "
            "5500 3341 8820 1745, was rejected too. Could you re-check the digits or call the "
            "travel desk at {phone}? Registration ID {ref}.\n\n"
            "Thanks,\n{name2}\nDepartment of Medicine, Finance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref}: infusion chairs",
        "body": (
            "Thank you for your interest. Quote for the {clinic} Cancer Center:\n\n"
            "{sku}   Power infusion recliner, bariatric   x 4   {amount}\n"
            "SKU-220917   IV pole, 4-hook, chemo-rated base    x 8   {amount2}\n\n"
            "Delivery 6-8 weeks after PO. Please reference PO {order} when ordering.\n"
            "{name}, Account Manager, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Trial update: enrollment closed",
        "body": (
            "The phase 3 trial of {rx12} versus standard of care in adults with {dx12} "
            "(NCT05{code}) closed to enrollment on {date} after reaching its target of {count} "
            "participants. Sites will continue follow-up visits. Thank you to Dr. {provider} "
            "and the research nurses on {unit12}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Book club: The Fault in Our Stars",
        "body": (
            "Next month the {unit12} book club reads The Fault in Our Stars. Hazel has thyroid "
            "cancer with lung metastases and carries an oxygen tank everywhere; Augustus lost "
            "a leg to osteosarcoma. {name} will lead a discussion of how the book portrays "
            "teenage patients and their families. Break room, {date}, 3 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy revision: alcohol withdrawal (CIWA-Ar) protocol",
        "body": (
            "The P&T Committee approved revisions to the alcohol withdrawal protocol, "
            "effective {date}:\n"
            "1. Phenobarbital is added as an option in the ED and ICU.\n"
            "2. Symptom-triggered lorazepam remains first line on the floors.\n"
            "3. Thiamine 500 mg IV three times a day for suspected Wernicke's.\n\n"
            "Policy owner: {name}, PharmD. The updated order set is live in the EHR as of "
            "version {version}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CT 2 down - {date}",
        "body": (
            "CT 2 is down for a tube replacement; the {company} field engineer is on site "
            "(service ticket {ticket}). All {test12} orders are routed to CT 1 and the ED "
            "scanner until about {time} tomorrow. Expect delays for outpatients.\n"
            "{name}, Radiology Manager, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ACLS/PALS expiring this quarter",
        "body": (
            "The following staff have ACLS or PALS cards expiring before {date}:\n\n"
            "{name}, RN ({unit12}) - ACLS\n"
            "{name2}, RN ({unit12}) - ACLS, PALS\n"
            "{name3}, RT - PALS\n"
            "{intl_name}, RN - ACLS\n\n"
            "Classes run every other Tuesday; register in the learning portal. Staff with "
            "expired cards cannot be scheduled on {unit12}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Data request {ticket}: de-identified cohort",
        "body": (
            "Request: all adult admissions with a principal diagnosis of {dx12}, {year} to "
            "{year2}.\n"
            "Fields: age group (5-year bands), sex, length of stay, discharge disposition, "
            "30-day readmission flag.\n"
            "De-identification: Safe Harbor; no names, MRNs, dates or ZIP codes.\n"
            "Requester: {name}, MPH, Quality Analytics\n"
            "Estimated rows: {count}\n"
            "IRB determination: not human subjects research, ref {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New education sheet: going home after {proc12}",
        "body": (
            "The patient education committee approved a new handout for patients going home "
            "after {proc12}: wound care, when to call (for example {sym12}, or a fever over "
            "101), and follow-up. It is in the EHR education library in English, Spanish and "
            "{lang12}. Thanks to {name}, RN, who wrote it.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pathology turnaround times - {date}",
        "body": (
            "Surgical pathology TAT this month: median 2.1 days (goal 2.0). Frozen sections: "
            "96% under 20 minutes. Most delays were {test12} send-outs to {company}. {name}, "
            "lab manager, is adding a second courier run. Cytology and the gross room are "
            "fully staffed again.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home health: EVV starts {date}",
        "body": (
            "Home health and hospice clinicians: electronic visit verification starts on "
            "{date}. Clock in and out in the app at each home visit, including wound vac "
            "changes and IV antibiotic visits; GPS location is recorded only while you are "
            "clocked in. Mileage reimbursement goes up to $0.70 a mile.\n\n"
            "Questions: {name}, Home Health Operations, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

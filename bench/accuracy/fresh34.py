"""Held-out split "fresh34": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (all of
it, in two views; the viewer elided about 20 lines of the fresh4 templates in the second),
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full), and the module docstring of
bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and the data
format; not its templates), for the placeholder names, the data format, and so as not to
repeat their templates. The file names in bench/accuracy/ were listed once (with the line
counts of generate.py, fresh6.py and fresh7.py). The author did not read gateway/, policies/,
docs/, tests/, README.md, bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file,
and did not run git, the detector, run.py, the benchmark or any test. The only things run
were Python's ast module over generate.py (without executing it) to collect the placeholder
names that fill() and fresh_fill() provide, a Luhn check of the card-like numbers drafted for
the negatives, small Python, sed, grep and awk edits and line-length checks on this file, an
import of this file with a script checking its placeholders, key sets, labels and Luhn
failures, and ruff format and ruff check on this file. It is meant to be run once, as an
honest, untuned measurement: do not tune the detector on these templates.

Angle: cancer care and transplant. Mail around oncology and transplant patients: chemotherapy
and radiation scheduling, infusion chair assignments, tumour markers and restaging scans,
oncology nurse navigator letters, clinical-trial enrolment and screen failures, genetic
counselling referrals and results, survivorship care plans, financial counselling, copay
foundations and compassionate-allowance claims, wig and breast-prosthesis vouchers, cancer
centre social work and lodging, fertility preservation before treatment, transplant waitlist
and evaluation letters, organ offers, living-donor workups, tacrolimus troughs, unrelated and
haploidentical donor searches, CAR-T collection, post-transplant clinic notes. Formats vary:
pasted chair tables, ALL-CAPS lab and pharmacy printouts, "Label: value" forms, forwarded
threads with "> " quoting, terse pages with typos, long worried family paragraphs, text
reminders, and Spanish, Portuguese and French mail. The hard negatives come from the same
world without a patient: survivorship walks and awareness days, trial recruitment flyers,
tumour-board agendas and logistics (one with de-identified age/sex cases), oncology pharmacy
compounding logs and hood certification, aggregate cancer-registry and transplant-outcome
figures, infusion-centre dashboards and nurse (not patient) chair assignments, newsletters,
support-group schedules, chemotherapy shortages, assay changes, staff certifications, donor
registry drives, grant mail, wig-bank and oncofertility programme notices, invoices, and
card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH34_VOCAB): {oncdx34} {regimen34} {rt34} {marker34}
{scan34} {gene34} {tx34} (solid-organ transplants only; stem-cell transplants are written out
in the templates) {immuno34} {tac34} {side34} {chair34} {trial34} for the patient templates,
and {event34} {cert34} {short34} {group34} for the negatives (some of the first group, such
as {oncdx34}, {regimen34}, {rt34}, {trial34}, {tx34} and {chair34}, also appear in negatives,
where no patient is named). Other placeholders come from generate.fill() and
generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). A named living-donor candidate undergoing
evaluation counts as a patient. subject_phi is True only when the Subject alone identifies a
patient together with health information, or holds a patient identifier in a care context.
validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body.
Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi} or
{passport}, and name only staff, vendors or nobody, or give aggregate figures; the card-like
numbers written literally in them fail the Luhn check. A tumour-board case given only by age,
sex and diagnosis, with no name, date or identifier, is not identifiable. Anything ambiguous
(for example a named survivor speaking in public about her own cancer, or an anonymous
registry donor ID with HLA typing) was left out.
"""

from __future__ import annotations

FRESH34_VOCAB: dict[str, list[str]] = {
    "oncdx34": [
        "stage IIIA non-small cell lung cancer",
        "triple-negative breast cancer",
        "HER2-positive breast cancer, stage II",
        "diffuse large B-cell lymphoma",
        "AML with FLT3-ITD",
        "metastatic colon cancer (liver mets)",
        "pancreatic adenocarcinoma",
        "glioblastoma",
        "multiple myeloma, IgG kappa",
        "classical Hodgkin lymphoma",
        "high-grade serous ovarian cancer, stage IIIC",
        "HPV+ oropharyngeal SCC",
        "B-ALL, Ph-positive",
        "MDS with excess blasts",
        "castration-resistant prostate cancer",
        "cholangiocarcinoma",
        "stage III melanoma",
        "clear cell renal cell carcinoma",
        "muscle-invasive bladder cancer",
        "rectal adenocarcinoma, T3N1",
        "small cell lung cancer, extensive stage",
        "endometrial cancer",
    ],
    "regimen34": [
        "FOLFOX",
        "R-CHOP",
        "AC followed by weekly Taxol",
        "carbo/Taxol",
        "FOLFIRINOX",
        "gem/Abraxane",
        "Keytruda",
        "ABVD",
        "7+3 induction",
        "Dara-VRd",
        "TCHP",
        "nivo/ipi",
        "weekly cisplatin with radiation",
        "Xeloda",
        "Herceptin maintenance",
        "Ven/Aza",
        "carboplatin/etoposide",
        "docetaxel",
        "Pola-R-CHP",
    ],
    "rt34": [
        "IMRT to the left breast, 16 fractions",
        "SBRT to the right upper lobe",
        "whole-brain radiation",
        "proton therapy",
        "pelvic chemoradiation, 28 fractions",
        "Gamma Knife to two brain mets",
        "palliative RT to T10",
        "HDR brachytherapy",
        "total body irradiation before transplant",
        "radiation to the prostate bed",
    ],
    "marker34": [
        "CA-125 412 U/mL",
        "CEA 14.2 ng/mL (up from 6.8)",
        "CA 19-9 1,240 U/mL",
        "PSA 0.9 ng/mL, was <0.1",
        "AFP 86 ng/mL",
        "LDH 612 U/L",
        "beta-2 microglobulin 4.1 mg/L",
        "M-spike 0.8 g/dL",
        "kappa free light chains 212 mg/L",
        "BCR-ABL 0.08% IS",
        "CA 15-3 58 U/mL",
        "beta-hCG 340 mIU/mL",
    ],
    "scan34": [
        "PET/CT with no FDG-avid disease (Deauville 2)",
        "two new liver lesions on CT, largest 2.3 cm",
        "stable disease on restaging CT",
        "MRI brain negative for metastases",
        "partial response, primary down from 4.1 to 2.6 cm",
        "new uptake in L3 and the left iliac bone on bone scan",
        "mixed response: nodes smaller, new 8 mm lung nodule",
        "complete metabolic response",
        "progression in the peritoneum with new ascites",
        "enlarging right axillary node",
    ],
    "gene34": [
        "BRCA2 pathogenic variant",
        "Lynch syndrome (MSH2)",
        "TP53 variant of uncertain significance",
        "CHEK2 c.1100delC",
        "ATM pathogenic variant",
        "PALB2 likely pathogenic variant",
        "BRCA1 pathogenic variant",
        "negative 84-gene panel",
    ],
    "tx34": [
        "kidney transplant",
        "liver transplant",
        "heart transplant",
        "bilateral lung transplant",
        "kidney-pancreas transplant",
        "deceased-donor kidney transplant",
        "living-donor liver transplant",
    ],
    "immuno34": [
        "tacrolimus 2 mg BID",
        "Envarsus XR 4 mg daily",
        "mycophenolate 750 mg BID",
        "Myfortic 360 mg BID",
        "sirolimus 1 mg daily",
        "cyclosporine 100 mg BID",
        "belatacept every 4 weeks",
        "prednisone 5 mg daily",
    ],
    "tac34": [
        "3.1 ng/mL",
        "4.6 ng/mL",
        "7.2 ng/mL",
        "9.8 ng/mL",
        "11.4 ng/mL",
        "14.6 ng/mL",
        "18.9 ng/mL",
        "<2.0 ng/mL",
    ],
    "side34": [
        "fever of 38.6",
        "grade 2 neuropathy in both hands",
        "mouth sores so bad she can't eat",
        "hand-foot syndrome",
        "nausea that Zofran isn't touching",
        "radiation burns under the arm",
        "diarrhea 6-7 times a day",
        "platelets of 22",
        "an ANC of 0.4",
        "shaking chills after the infusion",
        "a rash on his chest and back",
        "swelling in the arm with the PICC",
    ],
    "chair34": [
        "chair 3",
        "chair 11",
        "Pod A chair 6",
        "Pod C chair 2",
        "recliner 14",
        "chair 19",
        "Pod B chair 8",
        "private room 2",
    ],
    "trial34": [
        "protocol ONC-2291",
        "the HORIZON-3 study",
        "NRG-GY031",
        "study BRX-114 (phase 2)",
        "the LUMEN-7 trial",
        "protocol HEM-0457",
    ],
    "event34": [
        "Survivors' Walk",
        "Pink Ribbon 5K",
        "Light the Night walk",
        "National Cancer Survivors Day picnic",
        "Movember kickoff",
        "Ride for Marrow",
    ],
    "cert34": ["OCN", "BMTCN", "CPHON", "AOCNP", "CBCN", "BCOP"],
    "short34": [
        "carboplatin",
        "cisplatin",
        "methotrexate injection",
        "fludarabine",
        "vincristine",
        "BCG for intravesical use",
    ],
    "group34": [
        "Breast cancer support group",
        "Young adults with cancer",
        "Caregivers' circle",
        "Transplant recipients peer group",
        "Head and neck cancer club",
        "Grief and bereavement group",
    ],
}


FRESH34_PHI: list[dict] = [
    {
        "subject": "C3D1 moved",
        "body": (
            "FYI - {name} (MRN {mrn}) C3D1 {regimen34} is moved from {date} to {date2}, ANC "
            "was 0.9 this am. Dr {provider_last} ok'd a 1 wk delay. I gave her {chair34} for "
            "the new date. Pharmacy pls don't mix today.\n{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion chair assignments {date}",
        "body": (
            "INFUSION CENTER - CHAIR ASSIGNMENTS - {date}\n\n"
            "CHAIR           APPT       PATIENT                  MRN        REGIMEN\n"
            "{chair34}       {time}     {upper_name}             {mrn}      {regimen34}\n"
            "chair 15        1:30 pm    {intl_name}              {mrn2}     IV fluids + "
            "magnesium\n\n"
            "Charge RN today: {provider}. Call the desk at ext {ext} for add-ons.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your latest lab results",
        "body": (
            "Dear {name},\n\n"
            "Dr. {provider_last} has reviewed the blood work from your visit on {date}. Your "
            "{marker34}. She would like to talk it over with you before your next treatment, "
            "so we have booked a telehealth visit for {date2} at {time}.\n\n"
            "If you have questions before then, call the oncology nurse line at {phone}.\n\n"
            "{clinic} Cancer Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "restaging",
        "body": (
            "Hi Dr. {provider_last} - {name}'s restaging scan from yesterday read as {scan34}. "
            "He's scheduled with you Thursday for C5 of {regimen34}. Do you want to hold "
            "treatment until you've seen him, or keep the chair? Wife ({name2}) already "
            "called asking for results.\n\n"
            "{provider_first}\nThoracic nurse navigator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome from your nurse navigator",
        "body": (
            "Dear {name},\n\n"
            "My name is {provider}, and I am the oncology nurse navigator who will be "
            "working with you and Dr. {provider_last}'s team. I know the diagnosis of "
            "{oncdx34} is a lot to take in. My job is to help you through the next steps:\n\n"
            "  - Medical oncology consult: {date} at {time}\n"
            "  - Port placement: to be scheduled after the consult\n"
            "  - Chemo teaching class with a pharmacist before your first treatment\n\n"
            "Please bring a list of your medicines and a family member or friend if you can. "
            "You can reach me directly at {phone}.\n\n"
            "Warmly,\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Enrollment confirmation",
        "body": (
            "CLINICAL TRIALS OFFICE - ENROLLMENT CONFIRMATION\n\n"
            "Study: {trial34}\n"
            "Participant: {name}\n"
            "MRN: {mrn}\n"
            "Study ID: 034-{code}\n"
            "Consent signed: {date} (version 6.0, witness {name3})\n"
            "Randomized: Arm B\n"
            "Cycle 1 Day 1: {date2}\n\n"
            "Research RN: {provider}. Please flag the chart with the research banner.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral to Cancer Genetics",
        "body": (
            "Patient name: {name}\n"
            "Date of birth: {dob}\n"
            "Phone: {phone}\n"
            "Reason for referral: {oncdx34}, diagnosed at {age}\n"
            "Family history: mother ovarian ca at 52, maternal aunt breast ca at 44\n"
            "Prior genetic testing: none\n"
            "Urgency: results may change surgical plan, please schedule within 2 weeks\n"
            "Referring provider: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} - {gene34}",
        "body": (
            "Report is in the media tab. I drafted the results letter; disclosure visit is on "
            "{date}. She already asked about testing for her sister and daughter, so I'll "
            "bring the family letter.\n{provider_first}, MS, CGC\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Survivorship care plan",
        "body": (
            "SURVIVORSHIP CARE PLAN\n"
            "Name: {name}\n"
            "DOB: {dob}\n"
            "Diagnosis: {oncdx34}\n"
            "Treatment completed: {regimen34} x 6 cycles; {rt34}\n"
            "Last treatment date: {date}\n"
            "Follow-up: oncology visit every 6 months for 2 years, then yearly; echo in 1 year\n"
            "Late effects to watch: neuropathy, fatigue, heart function\n"
            "Primary care: {provider}, {clinic}\n\n"
            "Copy given to patient and faxed to PCP.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Copay foundation application",
        "body": (
            "Hi {provider_first},\n\n"
            "I submitted the copay assistance application for {name} this morning:\n"
            "Diagnosis (ICD-10): {icd}\n"
            "Drug: {regimen34}\n"
            "Insurance: {company} Medicare Advantage\n"
            "Household size 2, income under 400% FPL\n"
            "Grant requested: $7,500\n\n"
            "The fund re-opened yesterday so we should hear within 48 hours. I'll let the "
            "infusion desk know not to collect the copay on {date}.\n\n"
            "{name2}\nOncology Financial Counselor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Wig voucher",
        "body": (
            "Voucher request for {name}, starting {regimen34} on {date}. Expected hair loss "
            "by cycle 2. She'd like to go to {company} Boutique, 2nd floor. Voucher up to "
            "$250, please mail it to her home: {address}.\n\n"
            "Thanks - Cancer Center Social Work\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prosthesis and mastectomy bras",
        "body": (
            "Hello,\n\n"
            "Please fit Ms. {last} for a breast form and two post-mastectomy bras. She had a "
            "left mastectomy on {date} and the surgeon cleared her for fitting at 6 weeks. "
            "Prescription signed by Dr. {provider} is attached. Her number is {phone}.\n\n"
            "Thank you,\nBreast Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SW note / transport",
        "body": (
            "Met with {intl_name} in the rad onc waiting room. Starts {rt34} on {date}, "
            "daily M-F. Lives alone, gave up her car last year, daughter {name2} works "
            "nights. Applied for the Road to Recovery rides and the gas card. Will f/u "
            "Friday.\n{provider_first}, LCSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT fertility consult before chemo",
        "body": (
            "Dear REI team,\n\n"
            "Could you see {name}, {age}, this week? New {oncdx34}; Dr. {provider_last} wants "
            "to start {regimen34} on {date}, and she would like to freeze eggs first. We can "
            "delay up to 2 weeks at most. AMH not done yet. Her cell is {phone}.\n\n"
            "Thank you,\n{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "sperm banking",
        "body": (
            "Mr. {last} ({age}) is starting BEP for testicular cancer on Monday. He'd like to "
            "bank before cycle 1. Can the andrology lab take him Friday morning? Insurance "
            "won't cover it, I'm checking the Livestrong discount. -{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You have been added to the transplant waiting list",
        "body": (
            "Dear {name},\n\n"
            "We are pleased to tell you that the Transplant Selection Committee has approved "
            "you for {tx34}, and you were added to the national waiting list on {date}.\n\n"
            "What this means for you:\n"
            "  * Keep your phone ({phone}) on and with you at all times.\n"
            "  * Tell us right away about any hospital stay, infection or blood transfusion.\n"
            "  * Keep all your clinic visits and monthly labs.\n\n"
            "Your transplant coordinator is {provider}. Call {provider_first} with any "
            "questions.\n\n"
            "{clinic} Transplant Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transplant evaluation - committee decision",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Re: {name}, DOB {dob}\n\n"
            "Thank you for referring your patient for {tx34}. The evaluation is complete and "
            "the selection committee met on {date}. Decision: DEFERRED. We will reconsider "
            "once BMI is under 35 and there are 6 months of documented tobacco abstinence "
            "(cotinine testing). Cardiac workup and infectious disease clearance were "
            "acceptable.\n\n"
            "Sincerely,\n{clinic} Transplant Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Living donor evaluation - {name2} for recipient {name}",
        "body": (
            "Donor workup so far: blood type O, compatible. Crossmatch negative. 24h urine "
            "CrCl 104. CT angio shows two arteries on the left, so surgery prefers the right "
            "kidney. Still need psych eval and the independent living donor advocate "
            "visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Tacrolimus trough",
        "body": (
            "TRANSPLANT LABORATORY - CRITICAL/ABNORMAL RESULT\n"
            "PATIENT: {upper_name}\n"
            "MRN: {mrn}\n"
            "TEST: TACROLIMUS, WHOLE BLOOD (TROUGH)\n"
            "RESULT: {tac34}   TARGET: 6-8 NG/ML\n"
            "COLLECTED: {date} 07:45\n"
            "RESULTED: {date} 13:10\n"
            "ORDERING: {provider}\n"
            "*** PLEASE NOTIFY TRANSPLANT COORDINATOR ***\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "tac {tac34} - {last}, {first}",
        "body": "was 2 hrs late on the dose. repeat thurs, no change for now. pls call him\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Donor search update",
        "body": (
            "Dr. {provider_last},\n\n"
            "Update on {name} (MRN {mrn}), AML in first remission:\n"
            "- Unrelated search: 4 potential 8/8 donors, two confirmed available for "
            "workup\n"
            "- Sibling {name2}: HLA-typed as a haploidentical match\n"
            "- Target admission for conditioning: week of {date}\n\n"
            "Recommend requesting CT on the two available donors. We'll present at the BMT "
            "selection meeting Tuesday.\n\n"
            "BMT coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-transplant clinic note",
        "body": (
            "POST-TRANSPLANT CLINIC\n"
            "Pt: {name}    Visit: {date}\n"
            "S/p {tx34}, POD 94\n"
            "Immunosuppression: {immuno34}\n"
            "Tac trough: {tac34}\n"
            "Cr 1.3 (baseline 1.2), CMV PCR neg, no rejection symptoms\n"
            "A/P: stable graft function. Continue valganciclovir prophylaxis until month 6. "
            "RTC 4 weeks with labs.\n"
            "{provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RT sim {date} - {name}, {rt34}",
        "body": (
            "Mask made, tattoos done. Plan to start {date2}. Dosimetry has it.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: side effects",
        "body": (
            "Hi, thanks for writing. With a fever after chemo you need to be seen today - "
            "please go to the Cancer Center urgent care, 2nd floor, and tell them you are on "
            "{regimen34}. I've let them know you're coming.\n"
            "{provider_first}, RN\n\n"
            "> From: {name} <{email}>\n"
            "> Sent: {date}\n"
            "> Subject: side effects\n"
            ">\n"
            "> Hello, I had my second treatment Tuesday and since last night I have\n"
            "> {side34}. Is that normal or should I come in? I don't want to bother\n"
            "> anyone on a weekend.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pregunta sobre mi quimio",
        "body": (
            "Buenos días,\n\n"
            "Soy {name}, paciente de la Dra. {provider_last}. Me toca la quimioterapia "
            "({regimen34}) el {date}, pero desde ayer tengo fiebre de 38.5 y escalofríos. "
            "¿Debo ir a la cita de todos modos o ir a urgencias? Mi teléfono es {phone}.\n\n"
            "Muchas gracias.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nível de tacrolimo da minha mãe",
        "body": (
            "Boa tarde,\n\n"
            "Sou {name2}, filha de {intl_name}. Minha mãe fez transplante de rim em {year} e "
            "o exame de ontem mostrou tacrolimo {tac34}. O laboratório disse que está fora do "
            "alvo. Ela toma {immuno34}. Precisa mudar a dose? Ela também está com diarreia desde "
            "domingo.\n\n"
            "Obrigada,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "tumor bd add on",
        "body": (
            "pls add {first} {last} to thurs tumor bd - new {oncdx34}, path just back "
            "tdy, needs rad onc + surg input before we start anything. imaging is on PACS. "
            "thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicare Part B-ID enrollment",
        "body": (
            "Hi,\n\n"
            "{name} had a kidney transplant in {year} and his Part A coverage ends 36 months "
            "after the transplant month. We'd like to enroll him in the Part B "
            "immunosuppressive drug benefit so his {immuno34} stays covered.\n\n"
            "MBI: {mbi}\nMailing address: {address}\n\n"
            "Could you call him at {phone} to sign the form? Thanks,\n"
            "Transplant Financial Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Payment received",
        "body": (
            "Posted {amount} from {name} toward the PET/CT balance (DOS {date}), card {card}, "
            "approval code {code}. Remaining balance after the foundation grant: "
            "{amount2}.\n"
            "- Oncology business office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Prior auth request - oncology",
        "body": (
            "PRIOR AUTHORIZATION REQUEST - ONCOLOGY\n"
            "Patient: {last}, {first}\n"
            "Member ID: {member}\n"
            "Regimen: {regimen34}, every 21 days x 6 cycles\n"
            "Primary dx: {icd}\n"
            "Stage / line of therapy: IV, first line\n"
            "Ordering: {provider}, NPI {npi}\n"
            "Requested start: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Compassionate allowance application",
        "body": (
            "To: Disability Determination Services\n\n"
            "Claimant: {name}\n"
            "SSN: {ssn}\n"
            "Condition: {oncdx34}\n\n"
            "Enclosed are the pathology report, the most recent imaging ({scan34}) and the "
            "treatment summary from our clinic. The claimant has been unable to work since "
            "{date} and remains on active treatment.\n\n"
            "{provider}, MD, Medical Oncology\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MRN {mrn} port flush + labs",
        "body": "Due Tuesday, can you fit her in at 9 before the infusion crowd?\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Triage call - after hours",
        "body": (
            "Caller: patient\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Callback: {phone}\n"
            "Reason: {side34}, day 9 after {regimen34}\n"
            "Disposition: instructed to go to ED now; ED charge nurse notified; "
            "neutropenic fever pathway\n"
            "On-call MD: Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Appointment reminder",
        "body": (
            "{clinic} Cancer Ctr: Hi {name}, reminder of your infusion on {date} at {time} "
            "({chair34}). Labs 1 hr before. Reply C to confirm, R to reschedule. Msg&data "
            "rates may apply.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "my husband",
        "body": (
            "hi, my husband {name} has been on {regimen34} for 3 cyles now and since last week "
            "he cant feel his feet, he almost fell on the stairs this morning. also {side34}. "
            'he wont call you himself because he doesnt want to "make a fuss" and is scared '
            "youll stop the chemo. his next treatment is {date}. what should we do?? please "
            "call me at {phone}, im home all day.\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dose verification",
        "body": (
            "ONCOLOGY PHARMACY - DOSE CHECK\n"
            "Pt: {name}   MRN {mrn}\n"
            "Ht 170 cm  Wt 68.2 kg  BSA 1.79 m2\n"
            "SCr 0.9, CrCl 84 mL/min (capped 125)\n"
            "Carboplatin AUC 5 = 545 mg (ordered 550 mg, within 10%, OK)\n"
            "Paclitaxel 175 mg/m2 = 313 mg (ordered 313 mg, OK)\n"
            "Premeds ordered. Verified by {provider}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Survivorship clinic visit",
        "body": (
            "Dear Mr. {last},\n\n"
            "Congratulations on reaching five years since you finished treatment for "
            "{oncdx34}. You are now due for your first visit in our Survivorship Clinic on "
            "{date} at {time}, where Dr. {provider_last} will review your scans, your "
            "long-term medicines and any late effects you have noticed.\n\n"
            "{clinic} Cancer Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lodging referral",
        "body": (
            "Referral for the cancer lodge:\n"
            "Patient: {intl_name}\n"
            "Companion: husband, {name2}\n"
            "Treatment: {rt34}, daily for 6 weeks starting {date}\n"
            "Home: 140 miles away, no reliable car\n"
            "Mobility: independent, no oxygen\n"
            "Contact: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - {oncdx34} - new pt",
        "body": "Pathology attached. Pls schedule with first available, family is anxious.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CAR-T collection for {last}, {first} moved",
        "body": (
            "Apheresis moved to {date} (line placement the day before). Bridging with "
            "{regimen34} until then. Manufacturing slot confirmed by {company}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Greffe de foie de ma mère",
        "body": (
            "Bonjour,\n\n"
            "Je vous écris au sujet de ma mère, {intl_name}, qui a reçu une greffe de foie "
            "chez vous le {date}. Depuis deux jours elle a de la fièvre et les yeux jaunes. "
            "Elle prend toujours son {immuno34}. Faut-il l'amener aux urgences ou attendre le "
            "rendez-vous de lundi ?\n\n"
            "Merci,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Study eligibility",
        "body": (
            "Dear {name},\n\n"
            "Thank you for your interest in {trial34}. After reviewing your screening tests "
            "from {date}, we are sorry to tell you that you are not eligible to take part: "
            "your kidney function (creatinine clearance 38 mL/min) is below the level the "
            "study requires. Dr. {provider_last} will discuss other treatment options for "
            "your {oncdx34} at your visit next week.\n\n"
            "Clinical Trials Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - kidney offer",
        "body": (
            "OPO called 02:14. KDPI 34%, cold time 6 h so far, final crossmatch pending. Pt "
            "told to stay NPO and come to admitting by 07:00. Surgery aware.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Dental clearance for transplant evaluation",
        "body": (
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Evaluation for: {tx34}\n\n"
            "Please send a letter confirming dental clearance (no active infection, "
            "extractions completed if needed). The selection committee cannot list the "
            "patient without it. Fax to the transplant office at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: CMV PCR",
        "body": (
            "Dr {provider_last} - see below, do you want to treat or repeat?\n\n"
            "-----Original Message-----\n"
            "From: Virology Lab\n"
            "Sent: {date}\n\n"
            "> Patient: {last}, {first}   MRN: {mrn}\n"
            "> Specimen: plasma\n"
            "> CMV DNA PCR: 2,340 IU/mL (previous: not detected)\n"
            "> Comment: recipient of {tx34}, day +41\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scalp cooling",
        "body": (
            "Scalp cooling booked for {name}: C1 {regimen34} on {date}, {chair34}, arrive 45 "
            "min early for the cap fitting. She bought the cap kit herself, so no charge on "
            "our side.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: {first} {last} tumor markers",
        "body": (
            "Agree, it's rising. Let's get a PET before C7 and move up her visit.\n\n"
            "> {marker34} on {date}. Still asymptomatic per phone call.\n"
            "> - {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Member {member} - Keytruda PA approved",
        "body": (
            "Approved through {date2}, 6 doses. Auth # {ref}. Scanned to the chart and sent to "
            "the infusion scheduler.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "BMT unit rm 12",
        "body": (
            "Night update: rm 12 ({first} {last}) day +7 after allo SCT, mucositis grade 3, "
            "on PCA, counts not engrafted yet. Spiked to 38.4 at 0300, cultures sent, "
            "cefepime started. Mom at bedside.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH34_NEG: list[dict] = [
    {
        "subject": "{event34} - team registration open",
        "body": (
            "Hi everyone,\n\n"
            "Registration for the {event34} on {date} is open. Survivors walk the first lap "
            "and get a purple shirt; everyone else gets white. Our department team captain "
            "is {name}. Sign up at https://events.example/{code} by {date2}.\n\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now enrolling: {trial34}",
        "body": (
            "Do you have {oncdx34}? You may be able to take part in {trial34}, a study of a "
            "new treatment combination. Adults 18 and older who have not yet started "
            "treatment may qualify. Study visits and study drug are provided at no cost.\n\n"
            "To learn more, contact study coordinator {name} at {phone} or {email}.\n"
            "IRB #{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thoracic tumor board {date} - agenda",
        "body": (
            "Thoracic Multidisciplinary Tumor Board\n"
            "{date}, 7:00 am, Conference Room 3 and Teams\n\n"
            "Case 1 - 67M, RUL mass, PET-avid mediastinal nodes; presenting Dr. "
            "{provider_last}\n"
            "Case 2 - 54F, stage IV adenocarcinoma, EGFR exon 19, progression on "
            "first-line therapy\n"
            "Case 3 - 72M, solitary 1.4 cm nodule, poor PFTs: SBRT vs. surveillance\n\n"
            "Patient identifiers are on the board list in the EHR only. Please do not reply "
            "to this email with case details.\n"
            "Coordinator: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "GI tumor board moving",
        "body": (
            "Starting {date}, GI tumor board moves to Wednesdays at 12:15 in the Cancer "
            "Center auditorium. Submit cases by Monday noon through the tumor board list in "
            "the EHR. Pathology (Dr. {provider_last}) and radiology ({name}) will present "
            "together. Lunch provided by the department.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hazardous compounding log - {date}",
        "body": (
            "ONCOLOGY PHARMACY CLEANROOM - PREPARATION LOG - {date}\n\n"
            "BATCH    DRUG             DOSE      DILUENT        BUD         TECH  RPH\n"
            "C-4471   carboplatin      450 mg    250 mL NS      24 h RT     JM    KP\n"
            "C-4472   paclitaxel       300 mg    500 mL NS      27 h RT     JM    KP\n"
            "C-4473   oxaliplatin      160 mg    500 mL D5W     6 h RT      SL    KP\n"
            "C-4474   pembrolizumab    200 mg    100 mL NS      4 h RT      SL    AR\n"
            "C-4475   fluorouracil     4,200 mg  CADD pump      7 days      JM    AR\n\n"
            "Hood 1 wipe-down logged 06:30 and 14:00. Compounded by {name}, CPhT.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cancer Registry annual report",
        "body": (
            "The Cancer Registry has finished abstracting {year2} cases:\n\n"
            "  Analytic cases          2,406\n"
            "  Breast                    412\n"
            "  Lung and bronchus         338\n"
            "  Prostate                  301\n"
            "  Colon and rectum          214\n"
            "  Lymphoma                  131\n\n"
            "Stage at diagnosis for lung: 31% stage I, 46% stage IV. Full report goes to the "
            "Cancer Committee on {date}. Questions: {name}, CTR, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cancer Center News - winter issue",
        "body": (
            "In this issue:\n"
            "* New infusion pods open on the 3rd floor, 12 more chairs\n"
            "* Meet our new nurse navigators for breast and GI cancers\n"
            "* What is a survivorship care plan, and should you ask for one?\n"
            "* Mouth sores and taste changes: tips from our oncology pharmacists\n"
            "* Recipe: ginger-lemon tea for queasy days\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Support groups - this month",
        "body": (
            "GROUP                              DAY        TIME      ROOM\n"
            "{group34}                          Tuesday    6:00 pm   Healing Garden room\n"
            "Look Good Feel Better              2nd Mon    10:00 am  Boutique\n"
            "Gentle yoga for people in treatment Thursday  4:30 pm   Wellness studio\n"
            "Caregivers' coffee                 Friday     9:00 am   Cafe annex\n\n"
            "All groups are free. Facilitator: {name}, LCSW. Call {phone} to join.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drug shortage: {short34}",
        "body": (
            "Pharmacy has been notified of a national shortage of {short34}. Current supply "
            "covers about 3 weeks at usual use. Until further notice:\n"
            "1. Dose rounding to the nearest vial size within 10% is required.\n"
            "2. New starts of regimens containing {short34} need approval from the oncology "
            "pharmacy supervisor.\n"
            "3. Trial patients are supplied separately and are not affected.\n\n"
            "Updates will follow weekly. {name}, PharmD, BCOP\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations to our newly certified nurses",
        "body": (
            "Please join us in congratulating {name}, RN, who passed the {cert34} exam, and "
            "{name2}, RN, who renewed her BMTCN this month. That brings the infusion center "
            "to 71% certified nurses. Cake at the nurses' station Friday at 2.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Swab drive results",
        "body": (
            "Thank you to everyone who helped at the marrow donor registry drive on {date}! "
            "We added 212 new potential donors aged 18-40, 38% from under-represented "
            "groups. Swab kits go to the registry lab by courier tomorrow ({tracking}).\n\n"
            "Special thanks to {name} and the student nurses.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "R01 resubmission - budget",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Attached is the revised budget for the resubmission ({amount} direct costs in "
            "year 1). I moved the research nurse to 50% effort and removed the second PET "
            "time point per the summary statement. The internal deadline is {date}.\n\n"
            "{name}\nResearch Administration\n\n"
            "> Can we drop the PET at week 12? Reviewer 2 called it exploratory.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chairs out of service",
        "body": (
            "Biomed will service {chair34}, chair 9 and recliner 14 on {date} (motor and "
            "upholstery). Scheduling has been told to book around them. Expected back in "
            "service by noon. Work order {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion RN assignments {date}",
        "body": (
            "POD   CHAIRS    RN              BREAK\n"
            "A     1-8       {name}          11:30\n"
            "B     9-16      {name2}         12:00\n"
            "C     17-24     {name3}         12:30\n"
            "Float / triage: {provider}\n\n"
            "Chemo-competent RNs only on pod C today (hazardous drug spill drill at 10).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wig boutique donations",
        "body": (
            "The wig boutique received 40 donated wigs this month and 60 head scarves from "
            "the knitting circle. Reminder that vouchers for new wigs (up to $250 at "
            "{company}) are issued through social work; boutique volunteers should not "
            "collect patient information. Questions: {name}, volunteer coordinator.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Copay foundation funds open",
        "body": (
            "Heads up for financial counselors: two foundations re-opened funds this "
            "morning, one for {oncdx34} and one for multiple myeloma. Grants are first come, "
            "first served. Portal logins are in the shared drive; contact {name} if yours "
            "has expired.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SRTR report released",
        "body": (
            "The new program-specific report is out. Highlights for our center:\n"
            "  Kidney: 212 transplants, 1-year graft survival 96.1% (expected 95.4%)\n"
            "  Liver: 88 transplants, 1-year patient survival 92.8%\n"
            "  Waitlist mortality: lower than expected\n"
            "Quality will present the full report on {date}. - {name}, Transplant QAPI\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tacrolimus assay change",
        "body": (
            "Effective {date}, the core lab moves tacrolimus testing from immunoassay to "
            "LC-MS/MS. Results may run 15-20% lower than before. Target ranges in the "
            "transplant order sets are unchanged for now; the transplant pharmacists will "
            "review them at the next protocol meeting. Questions: {name}, lab director, "
            "ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thinking about living donation?",
        "body": (
            "Join our free information session for people thinking about donating a kidney "
            "or part of a liver. Hear from a transplant surgeon, our living donor advocate "
            "and the financial team about testing, recovery time and lost-wage support.\n\n"
            "{date}, 6 pm, Cancer and Transplant Pavilion, room 2A. RSVP to {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gift cards for walk volunteers",
        "body": (
            "Hi {first},\n\n"
            "Thanks for volunteering at the {event34}. Your thank-you gift cards:\n"
            "  6011 4482 9015 3376  (cafe, $15)\n"
            "  6011 4482 9015 3384  (cafe, $15)\n"
            "They work at any hospital cafe until {date}.\n\n"
            "Volunteer Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registration payment declined",
        "body": (
            "{name}, the payment for your ONS Congress registration was declined. The card "
            "number we received (4532 7781 0092 6614) is not valid; please re-enter it on "
            "the portal. Registration ID {code}. Your continuing education credits for the "
            "{cert34} renewal will post after the congress.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LINAC 2 downtime",
        "body": (
            "LINAC 2 will be down {date} for annual QA and a software update (version "
            "{version}). All treatments that day move to LINAC 1 and 3; the schedulers have "
            "already called patients with new times. Physics contact: {name}. Therapists "
            "{name2} and {name3} cover the late shift.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: oncology nurse navigator",
        "body": (
            "{clinic} is hiring a full-time oncology nurse navigator for the breast program. "
            "Requirements: RN, 3 years of oncology experience, {cert34} or CBCN preferred. "
            "Duties include guiding newly diagnosed patients through consults, tumor board "
            "follow-up and survivorship planning. Req #{code}. Hiring manager: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scalp cooling demo",
        "body": (
            "{name} from {company} will demo the new scalp cooling system in the infusion "
            "center on {date} at {time}. It reduces hair loss for some regimens such as AC "
            "and docetaxel. Nursing and social work are welcome; 30 minutes.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "USP 800 annual competency",
        "body": (
            "All staff who handle hazardous drugs must finish the annual USP <800> "
            "competency by {date}: the online module, a glove and gown check-off, and the "
            "spill-kit drill. Infusion, oncology pharmacy and environmental services "
            "included. Your manager has the roster. - {name}, Safety Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chemo spill 6 West - resolved",
        "body": (
            "A small spill of a hazardous drug (under 5 mL) occurred in the 6 West med room "
            "at {time}. It was contained with the spill kit by {name}, RN; no staff "
            "exposure. The kit has been restocked. Event report {ticket} filed for "
            "tracking.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion center dashboard - October",
        "body": (
            "INFUSION CENTER MONTHLY SUMMARY\n"
            "VISITS: 1,842   CHAIRS: 36   UTILIZATION: 81%\n"
            "AVG CHAIR TIME: 3.2 H   AVG WAIT TO CHAIR: 27 MIN\n"
            "NO-SHOWS: 41 (2.2%)   SAME-DAY ADD-ONS: 96\n"
            "TOP REGIMENS: FOLFOX, R-CHOP, PEMBROLIZUMAB, CARBO/TAXOL\n"
            "HYPERSENSITIVITY REACTIONS: 7 (ALL GRADE 1-2)\n"
            "PREPARED BY {name}, NURSE MANAGER\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IRB approval - {trial34}",
        "body": (
            "The IRB approved {trial34} at its meeting on {date}. Site activation is "
            "expected in 4-6 weeks once the budget and the drug shipment are done. PI: Dr. "
            "{provider}. Research nurse: {name}. Target enrollment at our site: 12.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wear pink Friday",
        "body": (
            "October is Breast Cancer Awareness Month! Wear pink on Friday and drop a dollar "
            "in the jar at any nursing station. The mobile mammography van will be in "
            "parking lot B on {date}; staff and visitors over 40 can book at {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Save the date: Survivorship Symposium",
        "body": (
            "Save the date: {date}, 8 am to 3 pm.\n"
            "Keynote: Dr. {provider} on long-term cardiac effects after {regimen34}.\n"
            "Workshops: fertility after cancer, returning to work, exercise during and "
            "after {rt34}.\n"
            "5.5 CME/CNE credits. Speakers: {name}, {name2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grupo de apoyo en español",
        "body": (
            "Les invitamos al grupo de apoyo para personas con cáncer y sus familias. Nos "
            "reunimos los jueves a las 6 pm en la sala 210 del Centro Oncológico. La "
            "facilitadora es {name}, trabajadora social. No es necesario registrarse. "
            "Información: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campanha de cadastro de doadores de medula",
        "body": (
            "No dia {date} teremos uma campanha de cadastro de doadores de medula óssea no "
            "saguão principal, das 9h às 16h. Podem se cadastrar pessoas de 18 a 35 anos, "
            "com documento de identidade. Basta uma pequena amostra de sangue. Organização: "
            "{name}, enfermeira do serviço de transplante.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BSC 2 failed certification",
        "body": (
            "Biological safety cabinet #2 in the oncology cleanroom failed its airflow "
            "certification this morning. No hazardous compounding in hood 2 until the vendor "
            "({company}) recertifies it, probably {date}. Use hoods 1 and 3; expect delays "
            "for afternoon chairs.\n{name}, Pharmacy Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Genetic testing send-outs",
        "body": (
            "The courier pickup for hereditary cancer panels moves to 3 pm starting {date}. "
            "Kits must be sealed with the requisition in the outer pocket. Counselors: the "
            "lab's new turnaround is 14 days for the 84-gene panel. Supply orders to {name}, "
            "ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transplant coordinator on-call",
        "body": (
            "ON-CALL - WEEK OF {date}\n"
            "Kidney/pancreas: {name}  {phone}\n"
            "Liver: {name2}\n"
            "Heart/lung: {name3}\n"
            "Living donor: {provider}\n"
            "OPO offers go to the organ line first; page the coordinator after that.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HLA lab proficiency results",
        "body": (
            "The histocompatibility lab scored 100% on this cycle's proficiency survey "
            "(HLA typing, antibody screening and crossmatch). Thanks to {name} and {name2}. "
            "The accreditation inspection is scheduled for {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: ondansetron injection lot {lot}",
        "body": (
            "The manufacturer has recalled ondansetron 4 mg/2 mL vials, lot {lot}, for "
            "possible particulates. Pharmacy has pulled the lot from the infusion center and "
            "the automated cabinets. No patient doses from this lot were given per the "
            "dispensing report. Contact {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order set update: chemo dose rounding",
        "body": (
            "From {date}, the chemotherapy order sets round doses of monoclonal antibodies "
            "and cytotoxics to the nearest vial within 10% automatically. Prescribers can "
            "override with a reason. Approved by the P&T oncology subcommittee; questions to "
            "{name}, PharmD, {cert34}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free parking for infusion and radiation",
        "body": (
            "Good news: starting {date}, parking is free for patients coming for infusion or "
            "radiation. The front desk stamps the ticket at check-in. Staff should keep "
            "using Lot C. Questions to Parking Services, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gala results",
        "body": (
            "Thank you! The Hope Gala raised $1.2 million for the new bone marrow transplant "
            "unit, including a $250,000 matching gift from {company}. Dr. {provider}, BMT "
            "program director, thanked donors and staff. Photos are on the intranet.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New oncofertility referral pathway",
        "body": (
            "To all oncology providers and navigators:\n\n"
            "Patients of reproductive age starting gonadotoxic treatment should be offered "
            "fertility preservation counseling before the first cycle. Use the new "
            "'Oncofertility consult' order; the REI team will call within 48 hours. For "
            "urgent cases page {name}, fertility nurse coordinator.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - specialty distributor",
        "body": (
            "Bill to: {clinic} Cancer Center Pharmacy\n"
            "PO: {order}\n\n"
            "Qty 20   pembrolizumab 100 mg/4 mL vial     {sku}\n"
            "Qty 10   daratumumab 400 mg/20 mL vial\n"
            "Qty 40   ondansetron 8 mg ODT, blister\n\n"
            "Total: {amount}   Terms: net 30\n"
            "Remit to {company}, {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card on file rejected - ONS chapter dues",
        "body": (
            "Hello {first},\n\n"
            "The local ONS chapter could not renew your dues; the card ending 3342 on file "
            "was rejected and the backup number (4916 3308 2741 5529) failed validation. "
            "Please update it at the chapter site. Dues: {amount2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion center daily census",
        "body": (
            "DAILY CENSUS {date}\n"
            "SCHEDULED 61  ARRIVED 58  NO-SHOW 3  ADD-ON 5\n"
            "CHAIRS IN USE AT 11:00: 33/36\n"
            "LONGEST WAIT: 52 MIN (PHARMACY DELAY, HOOD 2 DOWN)\n"
            "HOLDS FOR LABS: 4\n"
            "CHARGE RN: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transplant grand rounds",
        "body": (
            "This week: Dr. {provider} on tacrolimus variability and graft loss after "
            "{tx34}, with new data from our program's 10-year cohort (n = 1,104). Auditorium, "
            "{date}, noon. 1.0 CME.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: survivorship walk shirts",
        "body": (
            "Ordered 300 purple and 450 white, should arrive by {date}. {company} sent the "
            "proof with the wrong logo so I asked for a new one.\n\n"
            "{name}\n\n"
            "> How many survivor shirts did we order? Last year we ran out by 9 am.\n"
            "> - {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Financial counseling team - coverage",
        "body": (
            "Coverage while {name} is out {date} to {date2}: {name2} covers infusion and "
            "radiation, {name3} covers transplant. Foundation applications in progress are "
            "in the shared tracker; please don't email patient details, use the tracker.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

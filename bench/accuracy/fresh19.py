"""Held-out split "fresh19": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, bench/accuracy/vocab/ or README.md (the detector's code,
dictionaries and documentation), did not read the other blind splits fresh8.py ...
fresh18.py, and did not run the detector, the benchmark or any test. Only
bench/accuracy/generate.py, bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read,
for the placeholder names and the data format, and so as not to repeat their templates or
vocabulary. It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

Angle: clinical documents and long-form clinical writing pasted or forwarded into mail, as it
really arrives: consult and referral letters, discharge summaries with section headers,
operative, radiology, pathology, echo and transcription reports, medication reconciliations
and problem lists, SOAP notes, immunisation records, school and work excuse notes, FMLA,
disability and DMV forms, return-to-work letters, second-opinion requests, tumour-board,
M&M and family-meeting notes, death-certificate and autopsy correspondence, peer-to-peer and
appeal write-ups, and clinicians discussing one patient across a quoted thread ("> " quoting,
"On ... wrote:" lines, signatures with NPI, phone and pager numbers). The patient is often
named once in a header and then called "the patient", "Mr. <last name>", "this
<age>-year-old", by initials plus date of birth, or only by MRN. The hard negatives are the
same document types without a real patient: blank forms and note templates ("Patient name:
________", "***", "@NAME@"), explicitly de-identified teaching cases, board-review vignettes
and CME quizzes, policies and procedure manuals, order-set and template build specs,
guideline and journal-club summaries, vendor demo reports and HL7 samples with obviously
synthetic test patients, job descriptions, transcription style guides, credentialing and
peer-review agendas listing no patient, and clinicians' signatures full of numbers.

The vocabulary below ({dx19} {rx19} {proc19} {test19} {sym19} {finding19} {path19} {vax19}
{restrict19}, FRESH19_VOCAB) was written from general knowledge of how clinicians dictate and
write reports, letters and forms. Other placeholders come from generate.fill() and
generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check, and the
SSN-like literals use an area number that is never issued (000).
"""

from __future__ import annotations

FRESH19_VOCAB: dict[str, list[str]] = {
    "dx19": [
        "acute calculous cholecystitis",
        "pulmonary sarcoidosis",
        "ocular myasthenia gravis",
        "giant cell arteritis",
        "polymyalgia rheumatica",
        "hypertrophic obstructive cardiomyopathy",
        "idiopathic intracranial hypertension",
        "adhesive small bowel obstruction",
        "diabetic ketoacidosis",
        "septic arthritis of the left knee",
        "acute on chronic hypoxic respiratory failure",
        "squamous cell carcinoma of the oral tongue",
        "Guillain-Barre syndrome",
        "minimal change disease",
        "pulmonary arterial hypertension",
        "mitral valve endocarditis",
        "osteomyelitis of the right great toe",
        "ARFID",
        "complex regional pain syndrome of the right arm",
        "schizoaffective disorder, bipolar type",
        "glioblastoma",
        "acute myeloid leukemia",
        "hyperemesis gravidarum",
        "primary adrenal insufficiency",
        "post-concussive syndrome",
        "recurrent spontaneous pneumothorax",
        "alcohol-associated hepatitis",
        "stage IIIB rectal adenocarcinoma",
        "focal epilepsy with impaired awareness seizures",
        "severe aortic stenosis",
    ],
    "rx19": [
        "enoxaparin 40 mg subcut daily",
        "ceftriaxone 2 g IV q24h",
        "IV vancomycin, pharmacy to dose",
        "labetalol 200 mg BID",
        "dexamethasone 4 mg q6h",
        "ivabradine 5 mg BID",
        "famotidine 20 mg BID",
        "amiodarone 200 mg daily",
        "simvastatin 20 mg nightly",
        "colchicine 0.6 mg daily",
        "nortriptyline 25 mg at bedtime",
        "olanzapine 10 mg at bedtime",
        "insulin aspart per correction scale",
        "metoclopramide 10 mg before meals",
        "clindamycin 300 mg QID",
        "tacrolimus 2 mg BID",
        "mycophenolate mofetil 1000 mg BID",
        "lacosamide 100 mg BID",
        "carbidopa-levodopa 25/100 TID",
        "torsemide 20 mg daily",
        "hydroxyurea 500 mg daily",
        "memantine 10 mg BID",
        "methimazole 10 mg daily",
        "nifedipine XL 30 mg daily",
        "IVIG 2 g/kg divided over 5 days",
        "fludrocortisone 0.1 mg daily",
        "acetazolamide 500 mg BID",
    ],
    "proc19": [
        "right hemicolectomy",
        "transcatheter mitral edge-to-edge repair",
        "VATS wedge resection of the right upper lobe",
        "ventriculoperitoneal shunt placement",
        "intramedullary nailing of the left femur",
        "percutaneous nephrolithotomy",
        "parathyroidectomy",
        "anterior cervical discectomy and fusion, C5-C6",
        "radical cystectomy with ileal conduit",
        "Achilles tendon repair",
        "sentinel lymph node biopsy",
        "left mastectomy with tissue expander placement",
        "diagnostic laparoscopy",
        "EBUS-guided transbronchial needle aspiration",
        "TIPS",
        "left atrial appendage occlusion",
        "craniotomy for tumor resection",
        "laparoscopic Nissen fundoplication",
        "dual-chamber ICD implantation",
        "temporal artery biopsy",
        "mitral valve replacement",
    ],
    "test19": [
        "CT angiogram of the head and neck",
        "transesophageal echocardiogram",
        "gastric emptying study",
        "MRCP",
        "serum protein electrophoresis",
        "peripheral blood flow cytometry",
        "24-hour ambulatory blood pressure monitoring",
        "EMG and nerve conduction studies",
        "HIDA scan",
        "anti-CCP antibody",
        "fecal calprotectin",
        "procalcitonin",
        "ACTH stimulation test",
        "hepatitis B surface antigen",
        "lumbar puncture with opening pressure",
        "overnight oximetry",
        "MRI of the pelvis with and without contrast",
        "acetylcholine receptor antibodies",
        "cardiac MRI",
    ],
    "sym19": [
        "progressive dyspnea on exertion",
        "right upper quadrant pain after fatty meals",
        "a first-time generalized seizure",
        "painless jaundice",
        "early satiety",
        "exertional syncope",
        "three-pillow orthopnea",
        "word-finding difficulty",
        "ascending bilateral leg weakness",
        "hematemesis",
        "recurrent falls at home",
        "pleuritic chest pain",
        "a non-healing ulcer on the right heel",
        "morning stiffness lasting over an hour",
        "hoarseness for six weeks",
        "postmenopausal bleeding",
        "jaw claudication and new temporal headaches",
        "fevers and a new murmur",
        "diplopia and ptosis that worsen in the evening",
    ],
    "finding19": [
        "a 1.4 cm spiculated nodule in the right upper lobe",
        "a 3.2 cm enhancing mass in the upper pole of the left kidney",
        "a nondisplaced fracture of the base of the left fifth metatarsal",
        "a moderate right pleural effusion",
        "multiple hypodense liver lesions concerning for metastatic disease",
        "an acute infarct in the left MCA territory",
        "a 5 mm obstructing stone at the right UVJ with mild hydronephrosis",
        "diffuse ground-glass opacities in both lungs",
        "a 2.1 cm complex cystic lesion in the pancreatic tail",
        "an L3 compression fracture with 40% height loss",
        "a 6 cm infrarenal abdominal aortic aneurysm",
        "a ring-enhancing lesion in the right frontal lobe",
        "a segmental pulmonary embolism in the right lower lobe",
        "bilateral hilar lymphadenopathy",
    ],
    "path19": [
        "invasive ductal carcinoma, grade 2, ER/PR positive, HER2 negative",
        "tubular adenoma with high-grade dysplasia",
        "prostatic adenocarcinoma, Gleason score 4+3=7 (Grade Group 3)",
        "non-necrotizing granulomatous inflammation",
        "diffuse large B-cell lymphoma",
        "moderately differentiated adenocarcinoma, consistent with colorectal primary",
        "melanoma in situ, margins clear",
        "invasive keratinizing squamous cell carcinoma, depth of invasion 4 mm",
        "acute cholecystitis with cholelithiasis",
        "high-grade papillary urothelial carcinoma, non-invasive",
        "chronic active gastritis with Helicobacter pylori organisms",
        "metastatic adenocarcinoma, TTF-1 positive, consistent with lung primary",
        "atypical endometrial hyperplasia",
        "arteritis with transmural inflammation and giant cells",
        "fibroadenoma, benign",
    ],
    "vax19": [
        "Tdap",
        "MMR, dose 2",
        "varicella, dose 2",
        "HPV-9, dose 1",
        "hepatitis B, dose 3",
        "MenACWY booster",
        "MenB, dose 1",
        "PCV20",
        "recombinant zoster, dose 2",
        "RSV vaccine",
        "IPV, dose 4",
        "DTaP, dose 5",
        "hepatitis A, dose 2",
        "rabies vaccine, post-exposure day 7",
        "COVID-19, current formula",
    ],
    "restrict19": [
        "no lifting over 10 pounds",
        "seated work only",
        "no driving or operating machinery",
        "no use of the right arm",
        "4-hour shifts for two weeks, then full shifts",
        "no ladders or climbing",
        "no night shifts",
        "allowed to elevate the left leg every 2 hours",
        "no patient handling or transfers",
        "work from home only",
        "no overhead reaching with the left arm",
        "a 15-minute break every 2 hours to check blood sugar",
        "no standing for more than 30 minutes at a time",
    ],
}


FRESH19_PHI: list[dict] = [
    {
        "subject": "Consultation - thank you for your referral",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Thank you for referring {name} (DOB {dob}), whom I saw in clinic on {date} for "
            "evaluation of {sym19}.\n\n"
            "HISTORY OF PRESENT ILLNESS: This {age}-year-old reports that the symptoms began "
            "about three months ago and have slowly progressed. There is no prior history of "
            "anything similar and no relevant family history.\n\n"
            "ASSESSMENT: The presentation is most consistent with {dx19}. I reviewed the "
            "{test19} you ordered, which supports this.\n\n"
            "PLAN:\n"
            "1. Start {rx19}.\n"
            "2. Repeat imaging in three months.\n"
            "3. I will see the patient back in six weeks and will keep you updated.\n\n"
            "Thank you for allowing me to participate in the care of this patient. Please do "
            "not hesitate to contact me with any questions.\n\n"
            "Sincerely,\n\n"
            "{name2}\n{clinic}\nTel {phone}\nNPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Discharge summary - {last}, {first} - MRN {mrn}",
        "body": (
            "DISCHARGE SUMMARY\n\n"
            "Admit date: {date}     Discharge date: {date2}\n"
            "Attending: {provider}, MD     PCP: {clinic}\n"
            "Principal diagnosis: {dx19} ({icd})\n\n"
            "HPI: {age}-year-old presented to the ED with {sym19}. Initial workup was notable "
            "for {finding19}.\n\n"
            "HOSPITAL COURSE: Admitted to the hospitalist service. Underwent {proc19} on "
            "hospital day 2 without complication. Diet advanced, pain controlled on oral "
            "medication, ambulating independently with PT by day 4.\n\n"
            "DISCHARGE MEDICATIONS:\n"
            "  NEW       {rx19}\n"
            "  CONTINUE  aspirin 81 mg daily\n"
            "  STOP      naproxen\n\n"
            "FOLLOW-UP: PCP within 7 days; surgery clinic in 2 weeks for wound check.\n"
            "PENDING AT DISCHARGE: final blood cultures.\n\n"
            "CONDITION AT DISCHARGE: Stable. Disposition: home with family.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "FW: op report for your records",
        "body": (
            "Dr. {provider_last} - op report below, as requested. Path to follow.\n\n"
            "---------- Forwarded message ---------\n"
            "From: OR Dictation Service\n"
            "Date: {date}\n"
            "Subject: OPERATIVE REPORT\n\n"
            "PATIENT: {upper_name}\n"
            "MRN: {mrn}\n"
            "DATE OF SURGERY: {date}\n"
            "SURGEON: {name2}\n"
            "PREOPERATIVE DIAGNOSIS: {dx19}\n"
            "POSTOPERATIVE DIAGNOSIS: Same\n"
            "PROCEDURE: {proc19}\n"
            "ANESTHESIA: General endotracheal\n"
            "ESTIMATED BLOOD LOSS: 150 mL\n"
            "SPECIMENS: To pathology\n"
            "COMPLICATIONS: None apparent\n\n"
            "INDICATIONS: The patient is a {age}-year-old with {sym19}. Risks, benefits and "
            "alternatives were discussed at length and informed consent was obtained.\n\n"
            "DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative holding "
            "area and brought to the operating room. A time-out was performed confirming "
            "patient, procedure and site. The procedure was carried out as planned. Counts "
            "were correct x2. The patient tolerated the procedure well and was taken to PACU "
            "in stable condition.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical result - please acknowledge",
        "body": (
            "RADIOLOGY REPORT\n"
            "Exam: CT chest, abdomen and pelvis with IV contrast\n"
            "Patient: {last}, {first}    DOB: {dob}    MRN: {mrn}\n"
            "Ordering provider: {provider}\n"
            "Clinical history: {sym19}\n"
            "Comparison: None available.\n\n"
            "FINDINGS:\n"
            "{finding19}. No free fluid. Remaining structures are unremarkable for age.\n\n"
            "IMPRESSION:\n"
            "1. {finding19}.\n"
            "2. Recommend correlation and multidisciplinary review.\n\n"
            "Critical finding discussed with Dr. {provider_last} by telephone at {time} on "
            "{date}, with read-back.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surgical pathology - {last}, {first} - final",
        "body": (
            "SURGICAL PATHOLOGY REPORT\n"
            "Accession #: S-{code}\n"
            "Patient: {last}, {first}   DOB: {dob}\n"
            "Collected: {date}\n"
            "Submitting physician: {provider}\n\n"
            "SPECIMEN:\n"
            "A. Core needle biopsy, site per requisition\n\n"
            "FINAL DIAGNOSIS:\n"
            "A. {path19}.\n\n"
            "COMMENT: Immunohistochemical stains were performed with appropriate controls. "
            "Findings were discussed with Dr. {provider_last} on {date2}.\n\n"
            "GROSS DESCRIPTION: Received in formalin, labeled with the patient's name and "
            "medical record number, are three tan-pink cores, 1.2 cm in aggregate length. "
            "Entirely submitted in cassette A1.\n\n"
            "Electronically signed by {name2}, Pathologist\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Med rec before Tuesday's visit",
        "body": (
            "Hi {provider_first},\n\n"
            "I went through the outside records for the new patient on your Tuesday schedule. "
            "Summary below so you don't have to dig.\n\n"
            "Patient: {intl_name}   DOB: {dob}   MRN: {mrn}\n\n"
            "PROBLEM LIST\n"
            "1. {dx19} - followed by an outside specialist, last seen {date}\n"
            "2. Hyperlipidemia\n"
            "3. Chronic low back pain\n"
            "4. History of {proc19}\n\n"
            "MEDICATIONS (per pharmacy fill history)\n"
            "- {rx19}\n"
            "- atorvastatin 20 mg nightly\n"
            "- acetaminophen 650 mg as needed\n\n"
            "DISCREPANCIES\n"
            "- Says she stopped the {rx19} two weeks ago because of side effects; the pharmacy "
            "still shows monthly fills.\n\n"
            "ALLERGIES: sulfa (rash), iodinated contrast (hives)\n\n"
            "{name2}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "note for cosign",
        "body": (
            "Can you cosign when you get a chance? Saw her for Dr. {provider_last} today.\n\n"
            "S: {age} y/o here for {sym19} x 10 days. Denies fever. Tried OTC remedies without "
            "relief. Hx {dx19}.\n"
            "O: T 37.8  HR 96  BP 138/84  RR 18  SpO2 95% RA. Alert, mild distress. Exam "
            "otherwise as documented in the flowsheet.\n"
            "A: Symptoms most likely related to {dx19}; other causes not excluded.\n"
            "P: {test19} today. Start {rx19}. Return precautions reviewed. RTC 2 weeks or "
            "sooner PRN.\n\n"
            "Pt: {name}  MRN {mrn}\n\n"
            "{provider_first}, NP-C\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Immunization history for school",
        "body": (
            "Hello,\n\n"
            "As requested by the school nurse, here is the immunization history from the state "
            "registry.\n\n"
            "Student: {first} {last}\n"
            "DOB: {dob}\n"
            "Parent/guardian: {name2}\n\n"
            "Vaccine                      Date given   Lot       Site\n"
            "{vax19}                      {date}   {lot}   L deltoid\n"
            "Influenza, inactivated       {date2}   {lot}   R deltoid\n\n"
            "A medical exemption for live vaccines is on file, signed by Dr. {provider_last}: "
            "the student is being treated for {dx19} and is on {rx19}.\n\n"
            "{clinic} | Fax {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "school note",
        "body": (
            "{clinic}\n{address}\n\n"
            "{date}\n\n"
            "To the attendance office:\n\n"
            "{first} {last} was seen in our office today and was absent from school from "
            "{date2} through today because of {sym19}. The student may return to school "
            "tomorrow.\n\n"
            "Please allow the following for the next two weeks:\n"
            "- Excused from physical education\n"
            "- May carry and take {rx19} at school\n"
            "- Elevator pass\n\n"
            "If you have any questions, please call our office at {phone}.\n\n"
            "{provider}, MD\nPediatrics\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Return to work - {name}",
        "body": (
            "To: Human Resources / Employee Health\n\n"
            "{name} has been under my care since {date} and underwent {proc19} on {date2}. "
            "The patient may return to work on Monday with the following restrictions for six "
            "weeks:\n\n"
            "- {restrict19}\n"
            "- No commercial driving until cleared at the next visit\n\n"
            "Restrictions will be reassessed at the follow-up visit. Further medical details "
            "will be released only with the patient's written authorization.\n\n"
            "Sincerely,\n{provider}, DO\n{clinic}\nPhone {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FMLA paperwork completed",
        "body": (
            "Hi {first},\n\n"
            "Your FMLA certification is done and was faxed to your employer's leave "
            "administrator this morning. Here is what Dr. {provider_last} filled in, for your "
            "records:\n\n"
            "Employee/patient: {name}\n\n"
            "Part A - Medical facts\n"
            "Condition: {dx19}, ICD-10 {icd}\n"
            "Date condition commenced: {date}\n"
            "Inpatient care: yes, {date} to {date2}\n"
            "Treatment: {rx19}; office visits every 4 weeks\n\n"
            "Part B - Amount of leave\n"
            "Continuous leave: 6 weeks from the admission date\n"
            "Episodic flare-ups: about 2 per month, 1-3 days each\n\n"
            "Let us know if the employer sends it back with questions.\n\n"
            "{provider_first}\nForms department, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Attending physician statement - LTD claim {claim}",
        "body": (
            "ATTENDING PHYSICIAN STATEMENT\n\n"
            "Claimant: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Employer: {company}\n\n"
            "1. Diagnosis: {dx19}\n"
            "2. Subjective symptoms: {sym19}\n"
            "3. Objective findings: {finding19} on imaging of {date}\n"
            "4. Treatment: {proc19} on {date2}; currently taking {rx19}\n"
            "5. Restrictions: {restrict19}\n"
            "6. Expected return to work: re-evaluate in 8 weeks\n\n"
            "I certify that the above is accurate to the best of my knowledge.\n\n"
            "{provider}, MD    NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "DMV driver medical evaluation - completed",
        "body": (
            "Completed form attached; summary for the chart.\n\n"
            "DRIVER MEDICAL EVALUATION\n"
            "Driver: {name}\n"
            "Driver license no.: {passport}\n"
            "DOB: {dob}\n\n"
            "Section 4 - Neurological\n"
            "Diagnosis: {dx19} (ICD-10 {icd})\n"
            "Date of last episode of altered consciousness: {date}\n"
            "Current treatment: {rx19}; adherent per patient and pharmacy records\n\n"
            "Physician recommendation: may drive, daylight hours only; re-evaluate in 6 "
            "months.\n\n"
            "Examining physician: {provider}, MD\nLicense no. G{code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Second opinion request",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "I would be grateful for your opinion on a patient of mine, {intl_name}, {age}, "
            "who was found to have {finding19} on imaging done on {date}. The local surgeon "
            "has recommended {proc19}. The patient and family want a second opinion before "
            "going ahead, and I share some of their hesitation given the history of "
            "{dx19}.\n\n"
            "Enclosed: clinic notes, the imaging report and disc, and the latest labs.\n"
            "Insurance: Original Medicare, MBI {mbi}; no secondary.\n"
            "Patient phone: {phone}\n\n"
            "With thanks,\n{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Tumor board add-on: {name}, {path19}",
        "body": (
            "Please add to Thursday's board.\n\n"
            "Name: {name}\n"
            "MRN: {mrn}\n"
            "Age: {age}\n"
            "Presenting: Dr. {provider}\n"
            "Diagnosis: {path19} (biopsy {date})\n"
            "Imaging: {finding19}\n"
            "Question for the board: surgery first vs neoadjuvant therapy; candidate for "
            "{proc19}?\n"
            "Performance status: ECOG 1\n\n"
            "Radiology and pathology: please pull the slides and the last CT for review.\n\n"
            "{provider_first}\nCancer center nurse navigator\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "M&M prep for Thursday",
        "body": (
            "Hi all,\n\n"
            "For Thursday I'd like to present the case below. The slides will be "
            "de-identified; this email is not, so please don't forward it.\n\n"
            "Patient: {name}, MRN {mrn}\n"
            "Admitted {date} with {sym19}. Underwent {proc19} on {date2}. On POD 3 developed "
            "new fever and tachycardia; CT showed a postoperative collection and the patient "
            "returned to the OR.\n\n"
            "Discussion points: timing of the CT, whether an earlier {test19} would have "
            "changed management, and the handoff between the day and night teams.\n\n"
            "{name2}\nPGY-4, General Surgery\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death certificate awaiting your signature",
        "body": (
            "Dr. {provider_last},\n\n"
            "The funeral home has started a death certificate in the electronic death "
            "registration system, and it is waiting for your medical certification.\n\n"
            "Decedent: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Date of death: {date}\n"
            "Place of death: hospital inpatient, 6 East\n\n"
            "Draft cause of death, from the expiration note:\n"
            "Part I  a) {dx19}\n"
            "        b) (please complete)\n"
            "Part II: chronic kidney disease\n"
            "Manner: natural. Autopsy: not performed. Medical examiner notified: no.\n\n"
            "Please sign by {date2} so the family can go ahead with the burial.\n\n"
            "{name2}\nDecedent Affairs, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Final autopsy report - {name}",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "The final autopsy report for your patient {name} (MRN {mrn}), who died on "
            "{date}, has been signed out and is attached.\n\n"
            "In brief, the principal anatomic findings were:\n"
            "1. {path19}\n"
            "2. Cardiomegaly (heart weight 540 g) with moderate coronary atherosclerosis\n"
            "3. Bilateral pulmonary edema\n\n"
            "Cause of death: complications of {dx19}. The family has asked for a meeting to "
            "go over the findings; our office can arrange it with you if that would help.\n\n"
            "{name2}\nAutopsy Pathology\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Peer-to-peer outcome, auth {ref}",
        "body": (
            "Summary for the chart and the UM file.\n\n"
            "Peer-to-peer held {date} at {time}.\n"
            "Treating physician: Dr. {provider}\n"
            "Plan reviewer: {name2}, medical director, {company} Medicare Advantage\n\n"
            "Member: {name}\n"
            "MBI: {mbi}\n"
            "DOB: {dob}\n"
            "Request: {proc19}, inpatient\n"
            "Initial denial reason: does not meet criteria; outpatient setting appropriate.\n\n"
            "Discussion: I reviewed the member's {dx19}, the failed outpatient management and "
            "the {test19} from {date2}. The reviewer agreed that the comorbidities support "
            "inpatient status.\n\n"
            "Outcome: denial overturned; inpatient stay approved, 3 days.\n\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: Re: your patient from last week",
        "body": (
            "Thanks, that's really helpful. I'll order it and see her back in a month.\n\n"
            "On {date2}, Dr. {provider} wrote:\n"
            "> Happy to help. Looking at the images again, the {finding19} is what needs\n"
            "> attention, and I'd get a {test19} before anything else. If that's\n"
            "> unremarkable, {rx19} is reasonable and I can see her in clinic.\n"
            ">\n"
            "> On {date}, {name2} wrote:\n"
            ">> Hi, curbside on Mrs. {last}, {age}, the one with {dx19} I mentioned at\n"
            ">> the dinner. CT attached. She's anxious and wants a plan before the holidays.\n"
            ">>\n"
            ">> Pt: {name}  DOB {dob}\n"
            ">>\n"
            ">> --\n"
            ">> {name2} | Internal Medicine | {clinic}\n"
            ">> NPI {npi} | T {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "curbside - pt in 14",
        "body": (
            "Hey, quick one. {age}yo in 14 admitted overnight with {sym19}. Troponin flat, "
            "{test19} pending. Hx {dx19}, on {rx19} at home. Nephro says OK to continue but "
            "I'm not sure. Would you hold it? MRN {mrn} if you want to peek.\n\n"
            "thx\n{provider_first}\nHospitalist, pager {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Urgent referral - 2 week wait",
        "body": (
            "REFERRAL REQUEST\n"
            "To: Surgical oncology intake\n"
            "From: {provider}, MD, {clinic}\n"
            "Date: {date}\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Phone: {phone}\n"
            "Address: {address}\n"
            "Insurance: {company}, ID {member}\n\n"
            "Reason for referral: {finding19} on imaging ({date2}); presenting with {sym19}.\n"
            "Urgency: urgent, please see within 2 weeks\n"
            "Relevant history: {dx19}\n"
            "Attachments: imaging report, last two office notes, labs\n"
            "Patient aware of referral and reason: yes\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "family meeting note - please review before you sign",
        "body": (
            "Draft below, feel free to edit.\n\n"
            "PALLIATIVE CARE FAMILY MEETING\n"
            "Patient: Mr. {last} (MRN {mrn}), {age}\n"
            "Present: patient's wife, two sons (one by phone), Dr. {provider_last}, SW, RN\n\n"
            "Summary: We reviewed that the {dx19} has progressed despite {rx19}. The family "
            "understands that {proc19} is unlikely to help at this point. The patient had "
            "told his wife he would not want prolonged life support.\n\n"
            "Decisions: code status changed to DNR/DNI. Continue current treatment without "
            "escalation. Hospice information given; the family will decide by {date}.\n\n"
            "{name2}, LCSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "C/L psychiatry note",
        "body": (
            "CONSULTATION-LIAISON PSYCHIATRY\n"
            "Patient: {intl_name}   MRN: {mrn}   Unit: 7 West\n"
            "Requesting: Dr. {provider}, medicine\n"
            "Reason for consult: low mood and statements to nursing about not wanting to go "
            "on.\n\n"
            "Assessment: {age}-year-old with {dx19}, admitted for medical workup. On interview "
            "the patient endorses a passive death wish without plan; denies access to "
            "firearms. One prior overdose in {year}.\n\n"
            "Recommendations:\n"
            "1. 1:1 sitter until re-evaluated tomorrow.\n"
            "2. Start {rx19}.\n"
            "3. Social work for outpatient follow-up; patient agrees.\n\n"
            "Will follow. Page {ext} with questions.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED visit notification",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Your patient {name} (DOB {dob}) was seen in our emergency department on {date} "
            "at {time}.\n\n"
            "Chief complaint: {sym19}\n"
            "ED diagnosis: {dx19}\n"
            "Tests: {test19}; results in the attached summary\n"
            "Treatment: {rx19}; discharged home\n"
            "Follow-up requested: with you within 3-5 days\n\n"
            "This notification goes to the primary care provider listed in the patient's "
            "registration. If this is not your patient, please call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pre-op H&P for Friday",
        "body": (
            "H&P is in our chart; pasting it here because the surgeon's office can't see our "
            "EHR.\n\n"
            "PREOPERATIVE EVALUATION\n"
            "{name}, DOB {dob}\n"
            "Planned procedure: {proc19} with Dr. {provider_last}, {date}\n"
            "PMH: {dx19}; hypertension; GERD\n"
            "PSH: cholecystectomy ({year})\n"
            "Meds: {rx19}; lisinopril 20 mg daily\n"
            "Allergies: penicillin (anaphylaxis)\n"
            "Functional capacity: more than 4 METs, climbs two flights without stopping\n"
            "Exam: BP 142/86, HR 72, lungs clear, regular rhythm, no murmur\n"
            "Assessment: ASA III. Acceptable risk for the planned procedure. Hold lisinopril "
            "the morning of surgery.\n\n"
            "{provider_first}, PA-C\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Echo report - MRN {mrn}",
        "body": (
            "TRANSTHORACIC ECHOCARDIOGRAM\n"
            "Indication: {sym19}\n"
            "Height 170 cm  Weight 82 kg  BP 128/76  Rhythm: sinus\n\n"
            "FINDINGS\n"
            "Left ventricle: normal size. Moderately reduced systolic function, LVEF 35-40% by "
            "biplane Simpson's. Grade II diastolic dysfunction.\n"
            "Right ventricle: normal size and function. TAPSE 19 mm.\n"
            "Valves: mild mitral regurgitation. Trileaflet aortic valve without stenosis.\n"
            "Pericardium: no effusion.\n\n"
            "CONCLUSION\n"
            "New cardiomyopathy, LVEF 35-40%, compared with 55% on the study of {date}.\n\n"
            "Read by {provider}, MD, FASE\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{upper_name} DOB {dob} - discharge packet",
        "body": (
            "Attached: discharge summary, medication list and the wound care orders. Please "
            "fax all three to the SNF admissions office before 3 pm; they won't accept the "
            "transfer without the signed med list.\n\n"
            "Case Management, 5 North\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Referral: {name}, {age}, {sym19}",
        "body": (
            "Dear colleague,\n\n"
            "I'd appreciate your seeing this patient, whom I have followed for years and who "
            "is not one to complain. Over the last month the symptoms have steadily worsened, "
            "and a scan I ordered last week shows {finding19}. Labs are notable for a mild "
            "anemia. The patient lives alone and will need help with transport, so a morning "
            "appointment would be ideal.\n\n"
            "Kind regards,\n{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pathology addendum - MRN {mrn2}",
        "body": (
            "ADDENDUM\n"
            "Original diagnosis: {path19}\n"
            "Addendum: Molecular testing on block A2 shows a KRAS G12C mutation. Mismatch "
            "repair proteins are intact. PD-L1 TPS 60%.\n"
            "This addendum does not change the original diagnosis.\n"
            "Addendum signed {date} by {provider}, MD\n\n"
            "Oncology clinic team - making sure you see this before the visit next week.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Excuse note for {first} {last} ({dob})",
        "body": (
            "Please find the work excuse below; the patient asked us to email it to you "
            "directly.\n\n"
            "To whom it may concern:\n"
            "The above-named patient was seen in urgent care on {date} and should be excused "
            "from work through {date2}, and may return without restrictions after that "
            "date.\n\n"
            "{provider}, PA-C\n{clinic} Urgent Care\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Coding query - op note {date}",
        "body": (
            "Dr. {provider_last},\n\n"
            "A clarification is needed before we can code this case.\n\n"
            "Patient: {name}\n"
            "Account: {account}\n"
            "Date of service: {date}\n"
            "Procedure documented: {proc19}\n"
            "Diagnosis currently coded: {icd}\n\n"
            "The findings section of the op note describes {path19}, but the preoperative and "
            "postoperative diagnoses both list only '{dx19}'. Based on your clinical judgment, "
            "can you clarify the postoperative diagnosis in an addendum? Please answer the "
            "query in your in-basket rather than by email.\n\n"
            "{name2}, RHIA, CCS\nClinical Documentation Integrity\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "records request for my mother",
        "body": (
            "Hello,\n\n"
            "I am my mother's health care agent (power of attorney attached). She was in your "
            "hospital in {year} for {dx19} and had a {proc19}; her new doctors need the "
            "discharge summary, the operative note and the pathology report.\n\n"
            "Her name is {name}, date of birth {dob}. Please send them to Dr. {provider} at "
            "{clinic}, fax {phone}.\n\n"
            "For the copy fee, you can charge my card: {card}, exp 09/28, billing zip as on "
            "file.\n\n"
            "Thank you,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Admission med history - bed 22",
        "body": (
            "PHARMACY ADMISSION MEDICATION HISTORY\n"
            "Patient: {last}, {first} (MRN {mrn})\n"
            "Sources: patient interview, daughter, outpatient fill history ({company} "
            "Pharmacy)\n\n"
            "Home medications:\n"
            "1. {rx19} - taking as prescribed\n"
            "2. metformin XR 1000 mg daily - patient reports taking it twice a day\n"
            "3. hydromorphone 2 mg - last filled {date}, patient says 'only when needed'\n"
            "4. OTC: melatonin 3 mg, docusate\n\n"
            "Discrepancies for the admitting team:\n"
            "- Home {rx19} not ordered on admission; intentional?\n"
            "- Duplicate therapy: admission orders include a second agent from the same "
            "class\n\n"
            "{name2}, PharmD, BCPS   ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dictation {code} ready for review",
        "body": (
            "The following report has been transcribed and is awaiting your electronic "
            "signature.\n\n"
            "HISTORY AND PHYSICAL\n"
            "PATIENT NAME: {upper_name}\n"
            "MEDICAL RECORD #: {mrn}\n"
            "DATE OF ADMISSION: {date}\n"
            "ATTENDING: {provider}, MD\n\n"
            "CHIEF COMPLAINT: {sym19}.\n\n"
            "HISTORY OF PRESENT ILLNESS: The patient is a {age}-year-old with a history of "
            "{dx19} who presents with the above complaint of several days' duration. "
            "[inaudible] at home. The patient was brought in by family.\n\n"
            "SOCIAL HISTORY: Lives with spouse. Former smoker, quit in {year}. No alcohol.\n\n"
            "ASSESSMENT AND PLAN: Admit to telemetry. {test19}. Continue {rx19}.\n\n"
            "Job #{code} | Dictated {date} {time} | Transcribed by MT-{ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your genetic test results",
        "body": (
            "Dear {name},\n\n"
            "It was a pleasure to speak with you on {date}. As we discussed, your genetic "
            "testing found a pathogenic variant in the MLH1 gene, which means you have Lynch "
            "syndrome. This explains the colon and uterine cancers on your father's side of "
            "the family.\n\n"
            "The recommendations we discussed:\n"
            "- A colonoscopy every 1-2 years, starting now\n"
            "- A visit with gynecology to talk about risk-reducing surgery\n"
            "- Your brothers, sisters and children each have a 50% chance of carrying the "
            "variant; the enclosed family letter explains how they can be tested\n\n"
            "A copy of this letter has been sent to Dr. {provider_last}.\n\n"
            "Warm regards,\n{name2}, MS, CGC\nCancer Genetics Program, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PT initial eval - faxed copy",
        "body": (
            "PHYSICAL THERAPY INITIAL EVALUATION\n"
            "Patient: {name}   DOB: {dob}\n"
            "Referring: Dr. {provider}\n"
            "Diagnosis: s/p {proc19} on {date}\n\n"
            "Subjective: Reports pain 6/10 at rest, 8/10 with activity. Goal is to return to "
            "work and walk the dog.\n"
            "Objective: Range of motion and strength limited as expected after surgery. Gait "
            "antalgic with a rolling walker. TUG 18 s.\n"
            "Assessment: Good rehab potential. Elevated fall risk.\n"
            "Plan: 2x/week for 8 weeks. Home exercise program issued.\n\n"
            "Precautions per surgeon: {restrict19}\n\n"
            "{name2}, PT, DPT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SBAR - transfer back to your facility",
        "body": (
            "S: {name}, {age}, returning to your facility today after a 4-day stay with us.\n"
            "B: Admitted {date} with {sym19}; found to have {dx19}. Baseline: oriented to "
            "self and place, walks with a walker, DNR.\n"
            "A: Improved. Eating 50-75% of meals. Skin intact except a stage 2 area on the "
            "sacrum (photo in the packet).\n"
            "R: New medication: {rx19}. Please weigh daily and call if up more than 2 lb. "
            "Follow-up with {clinic} in one week.\n\n"
            "Report given by {provider_first}, RN, 5 South, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn discharge summary for the pediatrician",
        "body": (
            "NEWBORN DISCHARGE SUMMARY\n"
            "Infant: Baby Boy {last}\n"
            "Mother: {name}, MRN {mrn}\n"
            "Born {date} at {time}, 38 weeks, birth weight 3,210 g\n"
            "Delivery: repeat cesarean; Apgars 8 and 9\n"
            "Maternal history: {dx19}; GBS negative; hepatitis B surface antigen negative\n"
            "Nursery course: mild jaundice, peak bilirubin below the phototherapy threshold. "
            "Hepatitis B vaccine given. Hearing screen passed both ears. CCHD screen "
            "passed.\n"
            "Feeding: breastfeeding with supplementation\n"
            "Follow-up: weight and bilirubin check at your office in 48 hours.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "prenatal records - due in 2 weeks",
        "body": (
            "Sending her prenatal record ahead of time since she lives closer to your "
            "hospital.\n\n"
            "{intl_name}, DOB {dob}\n"
            "G3P2002, EDD {date2}\n"
            "Blood type O negative, antibody screen negative, RhoGAM given at 28 weeks\n"
            "Problems this pregnancy: {dx19}; followed by MFM\n"
            "Medications: prenatal vitamin, {rx19}\n"
            "GBS: to be collected next week\n"
            "Plan: induction at 39 weeks if not delivered\n\n"
            "{provider}, CNM\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Appeal - claim {claim}",
        "body": (
            "RE: Appeal of adverse determination\n"
            "Patient: {name}\n"
            "Member ID: {member}\n"
            "Date of service: {date}\n"
            "Claim: {claim}\n"
            "Diagnosis: {icd}\n\n"
            "To the appeals committee:\n\n"
            "I am writing to appeal the denial of {proc19} for my patient, named above. The "
            "patient has {dx19} and had already failed conservative management, including "
            "{rx19} for twelve weeks. The {test19} of {date2} showed progression. Without the "
            "procedure the patient is at high risk of hospitalization.\n\n"
            "Please reconsider. Supporting records are enclosed.\n\n"
            "Sincerely,\n{provider}, MD\nNPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "overnight update",
        "body": (
            "Dr. {provider_last},\n\n"
            "FYI, Mr. {last} in 9B (MRN {mrn}) had a rough night. Around 2 am he developed "
            "{sym19}. Rapid response called; BP 84/50, improved with a 1 L bolus. Stat "
            "{test19} ordered. We held his {rx19} and moved him to step-down. Wife updated at "
            "the bedside.\n\n"
            "Will discuss on rounds.\n\n"
            "{provider_first}\nPGY-2, Internal Medicine\nPager {ext} | Cell {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Screen fail - study {code}",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "I pre-screened {name} (MRN {mrn}) from your Thursday clinic for the trial. "
            "Unfortunately the patient is not eligible: {dx19} is an exclusion, and the most "
            "recent {test19} ({date}) is outside the window. I won't approach them. Let me "
            "know if you disagree.\n\n"
            "{name2}\nClinical Research Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: FW: worried about my scan",
        "body": (
            "Forwarding to you since you ordered it. Can you call her today?\n\n"
            "{provider_first}, RN\n\n"
            "-----Original Message-----\n"
            "From: {name} <{email}>\n"
            "Sent: {date}\n"
            "To: Nurse Advice Line\n"
            "Subject: worried about my scan\n\n"
            "I read my CT report in the portal this morning and it says {finding19}. Nobody "
            "has called me. Does this mean cancer? I also still have {sym19}. Please call me "
            "at {phone}.\n\n"
            "{name}\nDOB {dob}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "question about a shared patient",
        "body": (
            "Hi {provider_first},\n\n"
            "Re our shared patient R.T., DOB {dob}: I saw her yesterday for {sym19}. Her "
            "{test19} is abnormal and I suspect it's related to the {rx19} you started in "
            "{year}. Would you be OK with tapering it? I'd rather you make the call, since "
            "you know her history of {dx19} better than I do.\n\n"
            "Thanks,\n{name2}\n{clinic}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH19_NEG: list[dict] = [
    {
        "subject": "Consult letter template - please use from Monday",
        "body": (
            "Hi all,\n\n"
            "Below is the new standard consult letter. Copy it into the letter activity; "
            "fields in brackets must be completed before sending.\n\n"
            "-----\n"
            "Dear Dr. [Referring provider],\n\n"
            "Thank you for referring [Patient name] (DOB [__/__/____]), whom I saw in clinic "
            "on [date] for evaluation of [reason for referral].\n\n"
            "HISTORY: [ ]\n"
            "ASSESSMENT: [ ]\n"
            "PLAN: [ ]\n\n"
            "Thank you for allowing me to participate in the care of this patient.\n"
            "-----\n\n"
            "Please do not save filled-in copies to the shared drive.\n\n"
            "{name}\nPractice Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Discharge summary note template - build spec v{version}",
        "body": (
            "Requested by: Hospital Medicine documentation committee\n"
            "Analyst: {name}, clinical informatics\n\n"
            "Sections, in order:\n"
            "1. Header: @NAME@, @DOB@, @MRN@, @ADMITDATE@, @DISCHDATE@, @ATTENDING@\n"
            "2. Principal diagnosis: SmartList pulling from the hospital problem list\n"
            "3. HPI: free text (***)\n"
            "4. Hospital Course: free text by problem (***)\n"
            "5. Discharge Medications: @DISCHMEDS@ with NEW / CHANGED / STOPPED flags\n"
            "6. Follow-up: @FOLLOWUP@ plus pending results @PENDLABS@\n"
            "7. Condition at discharge: SmartList (stable / fair / guarded)\n\n"
            "Go-live {date}. Test in the POC environment with ZZTEST patients only.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case of the week: answer inside",
        "body": (
            "This week's case (de-identified, with details changed):\n\n"
            "A {age}-year-old woman presents with {sym19}. Vital signs are stable. Exam is "
            "notable for mild pallor. Initial labs show a normocytic anemia.\n\n"
            "What is the next best test?\n\n"
            "Answer: {test19}. In this case it led to the diagnosis of {dx19}. Teaching point: "
            "keep the differential broad when the history doesn't fit the usual pattern.\n\n"
            "Submitted by Dr. {name}, chief resident. Send us your cases at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Board review question #{count}",
        "body": (
            "A 54-year-old man with a history of {dx19} is admitted with {sym19}. He takes "
            "{rx19}. Temperature is 38.4 C, pulse 112/min and blood pressure 96/58 mm Hg. "
            "Which of the following is the most appropriate next step in management?\n\n"
            "A. Discharge with outpatient follow-up\n"
            "B. {test19}\n"
            "C. Blood cultures and empiric broad-spectrum antibiotics\n"
            "D. {proc19}\n"
            "E. Observation only\n\n"
            "Reply with your answer; the explanation comes Friday. Leaderboard: {name} leads "
            "with 41 correct.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy HIM-{code}: timeliness of clinical documentation (revised)",
        "body": (
            "PURPOSE: To define completion standards for clinical documentation.\n\n"
            "POLICY:\n"
            "1. History and physical: within 24 hours of admission and before any surgery.\n"
            "2. Operative report: immediately after surgery; a brief op note is required "
            "before the patient leaves PACU if the full report has not been dictated.\n"
            "3. Discharge summary: within 48 hours of discharge; it must include the reason "
            "for hospitalization, significant findings, procedures, condition at discharge "
            "and instructions.\n"
            "4. Records incomplete at 14 days are delinquent; privileges may be suspended "
            "under the medical staff bylaws.\n\n"
            "Policy owner: {name}, Director of Health Information Management\n"
            "Approved: Medical Executive Committee, {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ortho op note template (updated)",
        "body": (
            "Updated op note template for the joint service. Wildcards (***) must be cleared "
            "before signing.\n\n"
            "OPERATIVE REPORT\n"
            "Patient: ***\n"
            "Date of surgery: ***\n"
            "Surgeon: ***\n"
            "Assistant: ***\n"
            "Preoperative diagnosis: ***\n"
            "Postoperative diagnosis: same\n"
            "Procedure: *** (laterality: ***)\n"
            "Anesthesia: ***\n"
            "Tourniquet time: *** min\n"
            "EBL: *** mL\n"
            "Implants: see implant log\n"
            "Complications: ***\n"
            "Disposition: PACU in stable condition\n\n"
            "Questions to {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New normal macros for chest radiographs",
        "body": (
            "Radiologists,\n\n"
            "Please use the following standard macros starting {date}.\n\n"
            "[NORMAL CXR 2V]\n"
            "FINDINGS: The lungs are clear. No focal consolidation, pleural effusion or "
            "pneumothorax. The cardiomediastinal silhouette is within normal limits. No acute "
            "osseous abnormality.\n"
            "IMPRESSION: No acute cardiopulmonary process.\n\n"
            "[LINE CHECK]\n"
            "FINDINGS: Interval placement of a [device] with the tip projecting over the "
            "[location]. No pneumothorax.\n"
            "IMPRESSION: [Device] in appropriate position.\n\n"
            "{name}\nVice Chair for Quality, Department of Radiology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Synoptic reporting - breast resection checklist",
        "body": (
            "The updated synoptic protocol is live in the LIS. Required elements:\n\n"
            "Procedure: ________\n"
            "Specimen laterality: ________\n"
            "Tumor size (greatest dimension): ___ cm\n"
            "Histologic type: ________\n"
            "Histologic grade (Nottingham): ___\n"
            "Margins: ________ (distance to closest margin: ___ mm)\n"
            "Lymph nodes examined: ___  positive: ___\n"
            "pT: ___  pN: ___\n"
            "ER / PR / HER2: see separate biomarker report\n\n"
            "Cases signed out without all required elements will be flagged on the monthly QA "
            "report.\n\n"
            "{name}\nDirector of Anatomic Pathology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sample reports from today's demo",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Thanks for your time today. As promised, here is one of the sample reports from "
            "our demo environment. All data are synthetic.\n\n"
            "PATIENT: ZZTEST, DEMO ONE\n"
            "MRN: 000000001   DOB: 01/01/1900\n"
            "EXAM: CT chest with contrast (DEMO)\n"
            "IMPRESSION: {finding19}. Follow-up per guideline. [AUTO-GENERATED SAMPLE]\n\n"
            "The structured follow-up tracking you asked about ships in release {version}. "
            "Happy to set up a pilot.\n\n"
            "{name}\nSolutions Engineer, {company}\n{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: Clinical Documentation Integrity Specialist",
        "body": (
            "Position: Clinical Documentation Integrity Specialist (RN or coder), full time, "
            "hybrid\n\n"
            "Responsibilities:\n"
            "- Concurrent review of H&Ps, progress notes, operative reports and discharge "
            "summaries\n"
            "- Compliant queries to providers when documentation is unclear, incomplete or "
            "conflicting\n"
            "- Tracking query response rates and educating medical staff on documenting "
            "severity (for example acute respiratory failure, sepsis, malnutrition)\n\n"
            "Requirements: CCDS or CDIP within 1 year; 3 years of acute care experience; "
            "working knowledge of ICD-10-CM/PCS and MS-DRGs.\n\n"
            "Hiring manager: {name}. Req #{code}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transcription style guide - 2026 update",
        "body": (
            "Key changes this year:\n\n"
            "1. Dates: transcribe as MM/DD/YYYY. Do not put a date of birth in the body of a "
            "letter; it belongs in the header fields only.\n"
            "2. Sound-alikes: flag ileum/ilium, hypo/hyper and perineal/peroneal for review "
            "when unclear.\n"
            "3. Drug names: brand names capitalized, generics lowercase (Lasix, furosemide). "
            "Doses: '10 mg' with a space; never 'q.d.'.\n"
            "4. Headings: HISTORY OF PRESENT ILLNESS, HOSPITAL COURSE, DISCHARGE MEDICATIONS "
            "and FOLLOW-UP in capitals.\n"
            "5. Never put patient names or record numbers in the subject line when returning "
            "jobs by email.\n\n"
            "Questions: {name}, transcription QA lead, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Credentials Committee agenda - {date}",
        "body": (
            "CREDENTIALS COMMITTEE\n"
            "{date}, 7:00 am, Board Room\n\n"
            "1. Call to order; approval of minutes\n"
            "2. Initial appointments:\n"
            "   - {name}, MD - Hospital Medicine\n"
            "   - {name2}, DO - Anesthesiology\n"
            "   - {name3}, CRNA - Anesthesiology\n"
            "3. Reappointments: 14 practitioners (list in the packet)\n"
            "4. FPPE completions: 3\n"
            "5. New privilege criteria: robotic-assisted surgery\n"
            "6. Adjourn\n\n"
            "Packets are in the secure folder. Confidential peer review document.\n"
            "Medical Staff Office, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Peer Review Committee - case list",
        "body": (
            "Per policy, cases are listed by review number only. Reviewers can open the full "
            "record in the peer review module.\n\n"
            "PR-{code}-01  Surgery   Unplanned return to OR within 48 h       Reviewer: Dr. "
            "{provider_last}\n"
            "PR-{code}-02  Medicine  Rapid response within 24 h of transfer   Reviewer: "
            "{name}\n"
            "PR-{code}-03  OB        Unexpected NICU admission                Reviewer: "
            "{name2}\n\n"
            "Scoring: 1 = most experienced practitioners would have managed the case the same "
            "way; 4 = most would have managed it differently.\n"
            "Meeting {date} at {time}. Please do not bring printed records.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: call schedule for December",
        "body": (
            "Works for me, I'll take the 12th and the 26th. Can someone swap me out of New "
            "Year's Eve?\n\n"
            "--\n"
            "{provider}, MD, FACC\n"
            "Associate Professor of Medicine, Division of Cardiology\n"
            "{clinic} | {address}\n"
            "Office {phone} | Pager 800-555-0199 PIN 4471\n"
            "NPI {npi} | State license A{code}\n"
            "Clinic fax 415-555-0288 | Scheduling 415-555-0241\n\n"
            "CONFIDENTIALITY NOTICE: This message may contain protected health information. "
            "If you are not the intended recipient, please delete it and notify the sender.\n\n"
            "On {date}, {name} wrote:\n"
            "> December call is posted. Please send swaps by Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FMLA forms - how to request",
        "body": (
            "Employees requesting leave for their own serious health condition need the health "
            "care provider section completed. This is what the provider fills in:\n\n"
            "Employee name: ____________________\n"
            "Part A: Medical facts\n"
            "  (1) Approximate date condition commenced: ________\n"
            "      Probable duration of condition: ________\n"
            "  (2) Was the patient admitted for an overnight stay? [ ] No [ ] Yes, dates: "
            "________\n"
            "Part B: Amount of leave needed\n"
            "  Episodic flare-ups: frequency ____ times per ____ ; duration ____ hours/days\n\n"
            "Return completed forms to Leave Administration by fax or upload. Do not email "
            "medical information to your manager.\n\n"
            "{name}\nHR Leave Specialist\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DMV medical report form - new version",
        "body": (
            "FYI the state replaced the driver medical evaluation form. Old versions will be "
            "rejected after {date}. Fields:\n\n"
            "Driver name: ________________  Driver license no.: ____________  DOB: __/__/____\n"
            "Section 3 - Seizures / loss of consciousness: date of last episode: ________ "
            "Medication: ________ Compliant? [ ] Y [ ] N\n"
            "Section 5 - Vision: corrected acuity R ____ L ____\n"
            "Physician recommendation: [ ] may drive [ ] may not drive [ ] restrictions: "
            "________\n\n"
            "Blank PDFs are on the forms page of the intranet. Front desk, please print the "
            "new version.\n\n"
            "{name}, Practice Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated school and work note templates",
        "body": (
            "The new letterhead is live. Templates:\n\n"
            "SCHOOL EXCUSE\n"
            "Please excuse ______________________ from school from ________ to ________.\n"
            "[ ] May return without restrictions  [ ] Restrictions: ______________\n"
            "[ ] Excused from PE until ________\n\n"
            "WORK NOTE\n"
            "______________________ was seen in our clinic on ________ and may return to work "
            "on ________.\n\n"
            "Do not put diagnoses on school or work notes unless the patient (or parent) asks "
            "in writing.\n\n"
            "{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: return-to-work clearance",
        "body": (
            "Staff returning from a medical leave of more than 5 days must be cleared by "
            "Employee Health before their first shift. Bring your provider's note listing any "
            "restrictions (for example, {restrict19}); Employee Health does not need to know "
            "the diagnosis. Managers receive a clearance notice listing restrictions only.\n\n"
            "Employee Health: {phone}, Monday-Friday 7-3:30.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Guideline summary: {dx19}",
        "body": (
            "Quick summary of the updated society guideline, for the residents' wiki:\n\n"
            "- Diagnosis: confirm with {test19} where available\n"
            "- First-line treatment: {rx19} for most adults, adjusted for renal function\n"
            "- Refer for {proc19} when medical therapy fails or complications develop\n"
            "- Strength of evidence for most recommendations: moderate\n\n"
            "Full text and the slides from {name}'s noon conference are on the shared drive.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club {date}: discussion summary",
        "body": (
            "Article: randomized trial of {rx19} vs usual care in 1,842 adults with {dx19}.\n"
            "Primary outcome: death or hospitalization at 12 months; HR 0.81 (95% CI "
            "0.70-0.94); NNT about 22.\n"
            "Critique: open label, 19% crossover, industry funded; outcome adjudication was "
            "blinded.\n"
            "Take-home: reasonable to consider for patients who resemble the trial population; "
            "the exclusion of patients over 80 limits applicability to our clinic.\n\n"
            "Presenter: Dr. {name}. Next month: {name2} on outcomes after {proc19}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual reminder: staff immunization requirements",
        "body": (
            "All workforce members must have on file:\n"
            "- MMR: 2 doses or a positive titer\n"
            "- Varicella: 2 doses, a positive titer or documented history\n"
            "- Hepatitis B: 3-dose series with positive surface antibody, or a signed "
            "declination\n"
            "- Tdap: one adult dose\n"
            "- Influenza: every year by {date} (otherwise a medical or religious exemption "
            "form)\n"
            "- TB screening: at hire, and yearly on high-risk units\n\n"
            "Upload documentation in the employee portal. Questions: Employee Health, "
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Immunization record form for camp physicals",
        "body": (
            "Parents keep asking for this. Here's the blank version the camps accept; we fill "
            "it in from the registry at the visit.\n\n"
            "Camper name: ______________________  Date of birth: ___/___/______\n\n"
            "Vaccine        Dose 1   Dose 2   Dose 3   Dose 4   Dose 5\n"
            "DTaP/Tdap      ______   ______   ______   ______   ______\n"
            "Polio (IPV)    ______   ______   ______   ______\n"
            "MMR            ______   ______\n"
            "Varicella      ______   ______\n"
            "Hepatitis B    ______   ______   ______\n\n"
            "Provider signature: ______________  Date: ________\n\n"
            "{name}, RN\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order set review: upper GI bleed admission v{version}",
        "body": (
            "P&T and the GI section approved the following for the upper GI bleed admission "
            "order set:\n\n"
            "Nursing: vitals q1h x 4, then q4h; two large-bore IVs; strict I&O\n"
            "Labs: CBC q6h x 24 h, type and screen, PT/INR, BMP, LFTs\n"
            "Medications: pantoprazole 80 mg IV bolus, then 40 mg IV BID (default); "
            "octreotide infusion and ceftriaxone 1 g IV daily (cirrhosis panel only)\n"
            "Transfusion: restrictive threshold, Hgb below 7 g/dL (below 8 with active "
            "cardiac disease)\n"
            "Consults: GI for endoscopy within 24 h\n\n"
            "Build analyst: {name}. Target go-live {date}. Ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SOAP note template: change request",
        "body": (
            "From the primary care documentation workgroup:\n\n"
            "Current template:\n"
            "S: @CC@ / HPI: ***\n"
            "O: @VS@ / Exam: ***\n"
            "A: @DIAGNOSES@\n"
            "P: ***\n\n"
            "Requested changes:\n"
            "1. Pull @PROBLEMLIST@ into A instead of the visit diagnoses only.\n"
            "2. Add a 'Medications reviewed' checkbox under P.\n"
            "3. Default the exam to blank rather than a normal exam, to cut down on cloned "
            "notes.\n"
            "4. Rename the merge field {{PT_NAME}} in the letter version to match the others.\n\n"
            "Please reply with comments by {date}.\n"
            "{name}, MD, CMIO\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tumor board case submissions - new process",
        "body": (
            "Starting {date}, please submit cases for the weekly multidisciplinary tumor board "
            "only through the submission form in the EHR, not by email. The form pulls in the "
            "MRN, pathology and imaging automatically.\n\n"
            "Deadline: Tuesday noon for the Thursday board.\n"
            "Presenters: de-identify your slides (no names, MRNs, dates of birth or faces in "
            "images).\n"
            "Virtual attendees must join from a private location.\n\n"
            "Coordinator: {name}, {phone}, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Intern orientation: example discharge summary",
        "body": (
            "Below is the model discharge summary we go over in orientation. The patient is "
            "fictitious.\n\n"
            "Patient: TEST, PATIENT   MRN: XXXXXXXX   DOB: XX/XX/XXXX\n"
            "Principal diagnosis: {dx19}\n"
            "Hospital Course: A 70-year-old presented with {sym19}. {test19} showed "
            "{finding19}. Treated with {rx19}, with improvement.\n"
            "Discharge Medications: NEW {rx19}; CONTINUE home medications\n"
            "Follow-up: PCP in 7 days. Pending results: none.\n\n"
            "What makes it good: a problem-based course, explicit medication changes, a named "
            "follow-up and a list of pending results.\n\n"
            "{name}, MD, Associate Program Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Completing cause-of-death statements: 5-minute refresher",
        "body": (
            "The most common reasons the state registrar returns certificates:\n\n"
            "1. A mechanism listed as the underlying cause ('cardiac arrest' or 'respiratory "
            "failure' alone).\n"
            "2. Abbreviations: write out 'chronic obstructive pulmonary disease'.\n"
            "3. A Part I sequence that doesn't make sense read upwards: each line should be "
            "due to the line below it.\n\n"
            "Example (fictitious): Part I a) pulmonary embolism, b) deep vein thrombosis, c) "
            "immobility after hip fracture; Part II: {dx19}.\n\n"
            "Decedent Affairs can help: ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Autopsy requests after hours",
        "body": (
            "A reminder of the process for requesting a hospital autopsy:\n\n"
            "1. Confirm the death is not a medical examiner case (trauma, unexpected, within "
            "24 h of surgery, in custody). If in doubt, call the ME.\n"
            "2. Obtain consent from the legal next of kin on form AUT-1; telephone consent "
            "needs two witnesses.\n"
            "3. Complete the clinical summary and the questions for the pathologist.\n"
            "4. Page the autopsy pathologist on call; after hours, the body is held in the "
            "morgue until morning.\n\n"
            "Preliminary findings usually take 2 working days; final reports 30-60 days.\n\n"
            "{name}\nDirector, Autopsy Service\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How to request a peer-to-peer review",
        "body": (
            "Dear provider,\n\n"
            "If a prior authorization request for one of your patients is denied, you may "
            "request a peer-to-peer conversation with a {company} medical director within 14 "
            "calendar days of the determination.\n\n"
            "Call {phone}, option 3. Have ready the member ID, the case reference number from "
            "the denial letter and the clinical notes that support the request. Peer-to-peer "
            "reviews are scheduled within 2 business days.\n\n"
            "Provider Relations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Expert second opinions, from home",
        "body": (
            "Facing major surgery or a new diagnosis like {dx19}? Our virtual second opinion "
            "program connects you with a specialist who reviews your records, imaging and "
            "pathology slides and sends you a written report within 10 days. Many employer "
            "plans cover it at no cost.\n\n"
            "Learn more at an information session on {date}, or call {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transcription QA - monthly report",
        "body": (
            "Overall accuracy: 99.3% (target 98%)\n"
            "Turnaround: H&Ps 94% within 24 h; operative reports 97% within 24 h; discharge "
            "summaries 91% within 48 h\n"
            "Top critical errors: wrong laterality (2), dose errors (1), wrong-patient "
            "demographics caught before signing (1)\n"
            "Action: second-level review for every report with more than 3 blanks.\n\n"
            "Jobs audited: {count}\n"
            "{name}, QA Lead\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scribe training: writing the HPI",
        "body": (
            "Scribes, a reminder of the elements of a good HPI (OLDCARTS): onset, location, "
            "duration, character, aggravating and relieving factors, radiation, timing, "
            "severity.\n\n"
            "Example (mock patient, never copy into a chart): '62-year-old presenting with "
            "{sym19}, onset three days ago, worse with exertion, relieved by rest, no "
            "radiation.'\n\n"
            "Your next shadow shift with {name} is on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CME quiz answers: {dx19} module",
        "body": (
            "Thanks to the 63 clinicians who completed the module.\n\n"
            "1. C\n"
            "2. A\n"
            "3. D - in a patient with {sym19} and a normal first workup, {test19} is the most "
            "useful next step.\n"
            "4. B - monitoring is required after starting {rx19}.\n"
            "5. E\n\n"
            "Certificates for 1.0 AMA PRA Category 1 Credit are in your learning portal. "
            "Questions: {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Re: discharge summary template - follow-up section",
        "body": (
            "Agree with {provider_first}. Let's make pending results mandatory and leave the "
            "rest optional. I'll tell the analyst.\n\n"
            "{name}\n\n"
            "On {date}, Dr. {provider} wrote:\n"
            "> I'd go further and make 'pending results at discharge' a hard stop. Half the\n"
            "> readmissions we reviewed last quarter had a result nobody followed up.\n"
            ">\n"
            "> On {date2}, {name2} wrote:\n"
            ">> The SNFs keep asking us to put the follow-up appointments at the top of the\n"
            ">> discharge summary instead of the bottom. Any objections before I send the\n"
            ">> request?\n"
            ">>\n"
            ">> --\n"
            ">> {name2}, RN, MSN\n"
            ">> Transitions of Care Program Manager\n"
            ">> Tel {phone} | Fax 415-555-0140\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral guidelines for GI: what to send",
        "body": (
            "To help us triage faster, please include with GI referrals:\n\n"
            "- Iron deficiency anemia: CBC, ferritin, and whether the patient is "
            "anticoagulated\n"
            "- Abnormal liver tests: hepatitis serologies, an ultrasound and the alcohol "
            "history\n"
            "- {sym19}: duration, weight change and any prior {test19}\n"
            "- Post-polypectomy surveillance: the prior colonoscopy and pathology reports\n\n"
            "Urgent referrals: call the GI triage nurse at {phone}.\n\n"
            "{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR downtime Saturday 01:00-05:00",
        "body": (
            "Planned downtime for the upgrade to version {version}. Units will use the paper "
            "downtime packets:\n"
            "- Downtime MAR, printed from the midnight BCA report\n"
            "- Blank progress note and order forms (Patient name: ________  MRN: ________)\n"
            "- Lab requisitions; send specimens by tube system as usual\n\n"
            "After downtime, back-enter medication administrations and vitals. IT command "
            "center: {phone}. Change ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release of information: copy fees from January",
        "body": (
            "Updated fee schedule for copies of medical records:\n"
            "- Patients requesting their own records electronically: flat fee $6.50\n"
            "- Paper copies: $0.25 per page after the first 10 pages\n"
            "- Attorney and insurer requests: $25 search fee plus per-page fees\n"
            "- Continuity-of-care requests from another provider: no charge\n\n"
            "We accept checks and cards. Staff: the training terminal uses the dummy card "
            "5500 0000 0000 0005, which is invalid on purpose and should always decline.\n\n"
            "HIM Release of Information, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resident research roundup",
        "body": (
            "Congratulations to Dr. {name} (PGY-3), whose abstract on outcomes after {proc19} "
            "was accepted for a podium presentation, and to Dr. {name2}, whose case report on "
            "an unusual presentation of {dx19} was published this month (consent obtained, "
            "details de-identified).\n\n"
            "Reminder: research day abstracts are due {date}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Deaths reportable to the medical examiner",
        "body": (
            "Report to the medical examiner, before the body is released, any death that is:\n"
            "- due to injury, poisoning or overdose, however remote the injury\n"
            "- sudden and unexpected in an apparently healthy person\n"
            "- during or within 24 hours of a procedure or anesthesia\n"
            "- in police custody or a correctional facility\n"
            "- possibly related to employment\n\n"
            "ME investigator line: {phone}, 24/7. Document the case number the investigator "
            "gives you in the expiration note.\n\n"
            "{name}\nDecedent Affairs Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release notes {version}: anatomic pathology module",
        "body": (
            "New in this release:\n"
            "- Synoptic worksheets can be pre-populated from the gross description\n"
            "- Addenda now notify the ordering provider's in-basket\n"
            "- Fixed: specimen labels printing the accession number twice (defect {ticket})\n"
            "- Fixed: HL7 ORU messages with OBX segments over 64 KB were truncated\n\n"
            "Test scripts use the synthetic patients in the TST environment (ZZPATH, ALPHA "
            "and ZZPATH, BETA). Build {build}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sample ADT^A04 for the interface spec",
        "body": (
            "Sample message for the vendor's interface spec. Synthetic test patient only.\n\n"
            "MSH|^~\\&|REG|HOSP|LAB|HOSP|20260101121500||ADT^A04|MSG00001|T|2.5.1\n"
            "PID|1||999999999^^^HOSP^MR||ZZTEST^INTERFACE^A||19000101|U|||"
            "1 TEST ST^^NOWHERE^ZZ^00000\n"
            "PV1|1|O|CLINIC^^^HOSP||||0000000000^TEST^PROVIDER\n\n"
            "Note the processing ID 'T' in MSH-11; production messages use 'P'. Questions to "
            "{name}, integration engineering, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prior auth form - advanced imaging (blank)",
        "body": (
            "Attached is the blank prior authorization form for advanced imaging. Front desk: "
            "complete the top section before routing to the provider.\n\n"
            "Member name: ______________________   Member ID: ________________\n"
            "Date of birth: ___/___/______         Group #: ________\n"
            "Ordering provider: ______________     NPI: __________\n"
            "Requested study (CPT): ________       Diagnosis (ICD-10): ________\n"
            "Clinical indication / prior treatment: ______________________________\n\n"
            "Fax completed forms to the payer's UM line.\n"
            "{name}, referral coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clinicopathological conference: case {count}",
        "body": (
            "This month's CPC: a 61-year-old woman with {sym19} and {finding19}. Dr. {name} "
            "will discuss the differential diagnosis without knowing the answer, and Dr. "
            "{name2} from pathology will reveal the final diagnosis.\n\n"
            "All case details are de-identified and some have been changed. {date}, noon, "
            "Auditorium B. 1.0 CME credit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your literature search is ready",
        "body": (
            "Dr. {provider_last},\n\n"
            "Attached are 37 citations on {proc19} versus medical therapy for {dx19}, limited "
            "to the last 10 years, adults and English. I searched MEDLINE, Embase and Cochrane; "
            "the search strategy is on page 1 so you can re-run it.\n\n"
            "{name}, MLIS\nClinical Librarian, Medical Library, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Credentialing application - common mistakes",
        "body": (
            "When completing the application:\n"
            "- SSN: enter all nine digits; the sample on page 2 (000-12-3456) is not a real "
            "number\n"
            "- NPI: 10 digits; verify it on NPPES\n"
            "- DEA: attach the current registration for each state\n"
            "- Malpractice: 10-year claims history, including dismissed claims\n"
            "- Gaps in work history over 6 months need a written explanation\n\n"
            "Medical Staff Office, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Attending physician statements: turnaround",
        "body": (
            "Forms team,\n\n"
            "Reminder of our standard for disability and FMLA paperwork: 7 business days from "
            "receipt of the signed authorization and the $25 form fee. Route each form to the "
            "treating provider's pool, not to an individual inbox, and log it in the forms "
            "tracker. If the insurer asks for office notes, release only the dates of service "
            "listed on the authorization.\n\n"
            "Current backlog: {count} forms, oldest received {date}.\n\n"
            "{name}\nHealth Information Management Supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

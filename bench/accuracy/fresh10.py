"""Held-out split "fresh10": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session, blind to the detector. The author did not read gateway/, policies/, docs/, tests/,
bench/accuracy/vocab/, README.md, bench/accuracy/fresh8.py or bench/accuracy/fresh9.py (the
detector's code, dictionaries, documentation and tests, and the two most recent splits), did
not grep them, and did not run the detector, the benchmark, any test or any git command. Only
three files were read: bench/accuracy/generate.py (for the placeholder names that fill() and
fresh_fill() provide, and the Template format), and bench/accuracy/fresh6.py and
bench/accuracy/fresh7.py (for the data format, and so as not to repeat their templates or
vocabulary). It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

The vocabulary below ({dx10} {rx10} {proc10} {test10} {sym10}, FRESH10_VOCAB) was written
from general knowledge of how US clinicians, nurses, pharmacists, billing staff and patients
write: formal terms, abbreviations, brand and generic drugs with doses, lay phrasing and the
misspellings patients make. It spans primary care, emergency medicine, cardiology,
pulmonology, endocrinology, gastroenterology, neurology, psychiatry, obstetrics, pediatrics,
orthopedics, dermatology and oncology. It does not use {condition}, {med}, {med2},
{procedure} or {lab} (the detector's own dictionaries). Other placeholders come from
generate.fill() and generate.fresh_fill(); fresh_fill() must draw FRESH10_VOCAB for the five
keys above to be filled.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH10_VOCAB: dict[str, list[str]] = {
    "dx10": [
        "hypertrophic cardiomyopathy",
        "WPW syndrome",
        "severe aortic stenosis",
        "pulmonary hypertension",
        "sarcoidosis",
        "bronchiectasis",
        "emphysema",
        "walking pneumonia",
        "diabetic ketoacidosis",
        "adrenal insufficiency",
        "primary hyperparathyroidism",
        "diabetis type 2",
        "eosinophilic esophagitis",
        "H. pylori gastritis",
        "primary biliary cholangitis",
        "alcoholic hepatitis",
        "myasthenia gravis",
        "cluster headaches",
        "Guillain-Barre syndrome",
        "a concussion",
        "schizoaffective disorder",
        "agoraphobia",
        "postpartum psychosis",
        "hyperemesis gravidarum",
        "placenta previa",
        "preterm labor at 32 weeks",
        "RSV bronchiolitis",
        "croup",
        "a febrile seizure",
        "hand, foot and mouth disease",
        "Kawasaki disease",
        "a scaphoid fracture",
        "Achilles tendon rupture",
        "scoliosis",
        "atopic dermatitis",
        "rosacea",
        "scabies",
        "basal cell carcinoma on the nose",
        "triple-negative breast cancer",
        "small cell lung cancer",
        "acute myeloid leukemia",
        "glioblastoma",
        "long COVID",
        "mono",
        "nuemonia",
        "a bad heart valve",
        "water on the lungs",
    ],
    "rx10": [
        "nitroglycerin 0.4 mg SL prn",
        "amiodarone 200 mg daily",
        "Multaq 400 mg BID",
        "Lovenox 40 mg subQ",
        "Repatha 140 mg every 2 weeks",
        "simvastatin 20 mg",
        "Breo Ellipta 100/25",
        "Trelegy Ellipta 1 puff daily",
        "ProAir HFA 2 puffs q4h prn",
        "Advair 250/50",
        "Levemir 18 units at night",
        "NovoLog 6 units with meals",
        "Victoza 1.2 mg",
        "glimepiride 2 mg",
        "hydrocortisone 10 mg AM, 5 mg PM",
        "methimazole 10 mg",
        "Linzess 145 mcg",
        "mesalamine 1.2 g",
        "Skyrizi",
        "famotidine 20 mg BID",
        "Xifaxan 550 mg",
        "lactulose 20 g",
        "sumatriptan 50 mg",
        "topiramate 25 mg",
        "Aimovig 70 mg monthly",
        "donepezil 10 mg",
        "carbidopa-levodopa 25/100",
        "olanzapine 5 mg",
        "Vraylar 1.5 mg",
        "hydroxyzine 25 mg prn",
        "Strattera 40 mg",
        "Diclegis 2 tabs at bedtime",
        "labetalol 200 mg",
        "amoxicillin 400 mg/5 mL, 5 mL twice a day",
        "Children's Tylenol 160 mg/5 mL",
        "cefdinir 300 mg",
        "cyclobenzaprine 10 mg",
        "naproxen 500 mg",
        "Celebrex 200 mg",
        "triamcinolone 0.1% cream",
        "isotretinoin 40 mg",
        "permethrin 5% cream",
        "letrozole 2.5 mg",
        "Ibrance 125 mg",
        "Compazine 10 mg",
        "Lokelma 10 g",
        "metforman 1000 mg",
        "lisinipril 20",
        "my water pill",
    ],
    "proc10": [
        "PCI with a drug-eluting stent to the LAD",
        "Watchman implant",
        "AICD implant",
        "transesophageal echo",
        "EBUS bronchoscopy",
        "VATS wedge resection",
        "chest tube placement",
        "parathyroidectomy",
        "hemorrhoidectomy",
        "PEG tube placement",
        "TIPS procedure",
        "deep brain stimulator placement",
        "craniotomy",
        "Botox injections for migraine",
        "ketamine infusion",
        "amniocentesis",
        "external cephalic version",
        "induction of labor at 39 weeks",
        "newborn circumcision",
        "adenoidectomy",
        "closed reduction and casting of the forearm",
        "ACDF at C5-C6",
        "total ankle replacement",
        "excision of a sebaceous cyst",
        "cryotherapy of warts",
        "CAR-T infusion",
        "pelvic radiation, 25 fractions",
        "cycle 3 of FOLFOX",
        "I&D of a buttock abscess",
        "laceration repair, 6 sutures",
        "knee aspiration",
        "cortisone shot in the shoulder",
        "the scope down my throat",
    ],
    "test10": [
        "NT-proBNP",
        "echo with bubble study",
        "coronary calcium score",
        "Zio patch",
        "30-day event monitor",
        "6-minute walk test",
        "spirometry with bronchodilator",
        "low-dose CT lung screening",
        "V/Q scan",
        "AM cortisol",
        "C-peptide",
        "PTH and ionized calcium",
        "thyroid peroxidase antibodies",
        "celiac panel (tTG-IgA)",
        "H. pylori breath test",
        "fecal calprotectin",
        "hepatitis B surface antigen",
        "MRI of the cervical spine",
        "EMG/nerve conduction study",
        "ammonia level",
        "serum alcohol level",
        "PHQ-9",
        "1-hour glucose tolerance test",
        "group B strep swab",
        "non-stress test",
        "20-week anatomy scan",
        "blood lead level",
        "newborn bilirubin",
        "rapid RSV swab",
        "X-ray of the right wrist",
        "CT of the C-spine",
        "KOH prep",
        "CA-125",
        "CEA",
        "bone scan",
        "peripheral smear",
        "procalcitonin",
        "cat scan of my head",
        "sonogram",
    ],
    "sym10": [
        "chest pain going down my left arm",
        "my heart fluttering when I lie down",
        "not able to breathe lying flat",
        "coughing all night",
        "wheezing when she runs at recess",
        "being thirsty all the time and peeing a lot",
        "always cold and so tired",
        "throwing up after every meal",
        "diarrhea for 5 days",
        "blood when I wipe",
        "yellow eyes",
        "the worst headache of my life",
        "one side of the face drooping",
        "pins and needles in my fingers",
        "memory getting worse",
        "crying all the time",
        "thoughts of hurting myself",
        "racing thoughts and no sleep for 3 days",
        "cramping and bleeding at 10 weeks",
        "the baby not moving as much",
        "leaking fluid",
        "fever of 103 and pulling at his ear",
        "a barking cough",
        "not wanting her bottle",
        "the knee giving out",
        "not being able to put weight on the ankle",
        "a mole that changed color",
        "an itchy rash between the fingers",
        "a lump in my breast",
        "losing 20 lbs without trying",
        "dizzyness",
        "diarea",
        "stomache pain",
        "bad hedaches",
    ],
}


FRESH10_PHI: list[dict] = [
    {
        "subject": "ED sign-out 0700",
        "body": (
            "Sign-out to Dr. {provider_last}\n\n"
            "Bed 3 - {last}, {age}M, {sym10}. First set neg, repeat {test10} due at 0900. "
            "If neg, home with cards f/u.\n"
            "Bed 11 - {intl_name}, {dx10}. Admitted to hospitalist, boarding. Got {rx10} at "
            "0400.\n"
            "Hall C - {name2}, intoxicated, sleeping it off, reassess when sober. Sister "
            "coming to pick up.\n"
            "Nothing pending on the rest of the board.\n\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How your mom did overnight",
        "body": (
            "Hello,\n\n"
            "This is {name2}, one of the night nurses on 6 East. You asked me to email you "
            "since you can't get here until the weekend. Your mother {name} had a quiet "
            "night and slept from about midnight on. Her {test10} this morning looked better "
            "than yesterday's, and the team plans to lower the {rx10}. She is asking for her "
            "reading glasses and her own slippers.\n\n"
            "Dr. {provider_last} usually rounds around {time} if you want to call the unit "
            "then. I'm back on Thursday night.\n\n"
            "{name2}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Why was I charged twice??",
        "body": (
            "To whoever handles billing,\n\n"
            "I got a statement for {amount} for the {proc10} I had on {date}. I PAID for "
            "this at the front desk that same day, {amount2} on my card {card}, and I have "
            "the receipt. Now it's in collections?? I have been a patient at {clinic} for 11 "
            "years and this is ridiculous. Fix it or I'm calling my insurance and the "
            "state.\n\n"
            "{name}\nDOB {dob}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Fax: prior authorization request (4 pages)",
        "body": (
            "FAX COVER SHEET\n"
            "To: {company} Pharmacy Prior Authorization Unit\n"
            "From: {clinic}\n"
            "Pages: 4 including cover\n"
            "RE: {name}   Member ID: {member}   DOB: {dob}\n"
            "Medication: {rx10}\n"
            "Diagnosis: {dx10} ({icd})\n"
            "Notes: urgent, patient has been out for 3 days. Chart notes and prior trials "
            "attached.\n\n"
            "CONFIDENTIALITY NOTICE: this fax may contain protected health information. If "
            "you received it in error, call {phone} and destroy all copies.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "FW: CT abdomen/pelvis - {upper_name}",
        "body": (
            "Dr. {provider_last}, FYI an incidental finding on your patient, we did not act "
            "on it in the ED. Can your office arrange follow-up?\n\n"
            "---------- Forwarded message ----------\n"
            "EXAM: CT ABDOMEN/PELVIS WITH CONTRAST\n"
            "PATIENT: {upper_name}   MRN: {mrn}   DOB: {dob}\n"
            "INDICATION: {sym10}\n"
            "FINDINGS: No appendicitis. 1.8 cm left adrenal nodule, indeterminate. Mild "
            "sigmoid diverticulosis without inflammation.\n"
            "IMPRESSION: 1. No acute process. 2. Indeterminate left adrenal nodule; "
            "recommend adrenal protocol CT or MRI and an endocrine workup.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Nutrition consult",
        "body": (
            "MNT follow-up, 45 min\n"
            "{intl_name}, {age}F, here with her daughter, who interpreted.\n"
            "Referring dx: {dx10}. Wt down 3 lb since last visit.\n"
            "Diet recall: sweet coffee x3 a day, white rice with two meals, juice with the "
            "grandkids after school. Walks 20 min most evenings.\n"
            "Meds reviewed, on {rx10}.\n"
            "Plan: swap juice for water, half-plate vegetables, carb counting handout in "
            "Spanish. RTC 6 weeks.\n\n"
            "{provider}, RDN, CDCES\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refill too soon - {rx10}",
        "body": (
            "Hi, this is the pharmacist at {company} Pharmacy, store {ext}.\n\n"
            "The claim for {first} {last} (DOB {dob}) rejected 79 REFILL TOO SOON. Last fill "
            "{date2}, qty 30, 30-day supply, next eligible {date}. The patient says the bottle "
            "was left at a relative's house out of state. We can request a lost-medication "
            "override only if the prescriber OKs it. Please call {phone} or send a new Rx "
            "with a note.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Huddle notes {date}",
        "body": (
            "Complex care huddle - attendees: RN CM, SW, pharmacy, CHW\n\n"
            "1. {name} (MRN {mrn}) - 2 missed dialysis sessions this week, ride fell through. "
            "SW to set up Medicaid transport.\n"
            "2. {intl_name} (MRN {mrn2}) - back in the ED Sunday for {sym10}. Pharmacy to do "
            "a med rec; she has two bottles of {rx10} from different pharmacies.\n"
            "3. {name3} - hospice conversation with family went well, DNR signed, referral "
            "sent.\n\n"
            "Next huddle Tuesday.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Request for my medical records",
        "body": (
            "AUTHORIZATION TO RELEASE HEALTH INFORMATION\n\n"
            "I, {name}, date of birth {dob}, SSN {ssn}, of {address}, authorize {clinic} to "
            "release my records from {date2} to the present, including office notes, "
            "imaging and records of my treatment for {dx10}, to {company} Law Group. "
            "Purpose: legal. This authorization expires one year from signing.\n\n"
            "I do / do not (circle) authorize release of mental health and substance use "
            "records.\n\n"
            "Signed: {name}   Date: {date}\n"
            "Send copies to {email}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "help pls",
        "body": (
            "hello doctor {provider_last}\n\n"
            "my name is {intl_name}, i am your patient. i am have {sym10} since 3 day and "
            "now is more worse in the night. also my medicine {rx10} is finish, the "
            "pharmacy say need new paper from you. please what i do? i can not come this "
            "week because my work.\n\n"
            "my birthday {dob}\n"
            "phone {phone}\n"
            "thank you so much god bless\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Excused absence request",
        "body": (
            "Dear Dean {provider_last},\n\n"
            "With the student's written consent, I am writing to confirm that {name} "
            "(student ID {code}) was seen at University Student Health on {date} and "
            "diagnosed with {dx10}. The student was not able to attend classes or sit "
            "exams from {date} through {date2}. We ask that the student be allowed to make "
            "up the missed midterm.\n\n"
            "Please contact our office at {phone} with any questions; clinical details "
            "beyond this letter cannot be shared.\n\n"
            "{name2}, MD\nUniversity Student Health Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sports physical - {first} {last} - cleared with conditions",
        "body": (
            "PRE-PARTICIPATION PHYSICAL EVALUATION\n"
            "Athlete: {name}   Age: 15   Sport: soccer\n"
            "History: {dx10}, followed by Dr. {provider}.\n"
            "Exam: normal heart sounds, no murmur with Valsalva. BP 118/72.\n"
            "Clearance: cleared for all sports, provided the athlete carries {rx10} to every "
            "practice and game and the coach has the action plan.\n"
            "Examiner: {name2}, PA-C   Date: {date}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FMLA certification completed",
        "body": (
            "Certification of Health Care Provider for Employee's Serious Health Condition\n\n"
            "Employee: {first} {last}\n"
            "Employer: {company}\n"
            "Employee ID: {code}\n"
            "Condition began: {date2}\n"
            "Condition: {dx10}\n"
            "Treatment: {proc10}, then follow-up every 2 weeks\n"
            "Continuous incapacity: {date} to 6 weeks after\n"
            "Intermittent leave: flare-ups about 2 per month, 1-2 days each\n"
            "Provider: {provider}, MD, {clinic}, NPI {npi}\n\n"
            "Faxed to HR at the number the employee gave us.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: quick favor",
        "body": (
            "Done - called and left a message, will try again after lunch.\n\n"
            "On {date}, {provider} wrote:\n"
            "> Hi, can you call {name} about her {test10}? It came back off and I want her "
            "to\n"
            "> start {rx10} tonight. Best number is {phone}. If she has {sym10}\n"
            "> she needs to go to the ED instead.\n"
            "> Thanks!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OR board {date}",
        "body": (
            "| Room | Time   | Patient     | MRN     | Procedure      | Surgeon     |\n"
            "|------|--------|-------------|---------|----------------|-------------|\n"
            "| 4    | {time} | {name}      | {mrn}   | {proc10}       | {provider_last} |\n"
            "| 4    | 13:30  | {intl_name} | {mrn2}  | hemorrhoidectomy | {provider_last} |\n"
            "\nRoom 6 is held for add-ons. Anesthesia, please see the note on case 2 about "
            "the difficult airway.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident report submitted",
        "body": (
            "Event type: patient fall\n"
            "Date/time: {date} {time}\n"
            "Unit: 5 West, room 514\n"
            "Patient name: {name}\n"
            "MRN: {mrn}\n"
            "Age: {age}\n"
            "Fall risk score on admission: high\n"
            "Description: found on the floor by the bathroom, bed alarm was off. Reports "
            "{sym10}. Admitted for {dx10}, on {rx10}.\n"
            "Injury: small skin tear, left forearm. {test10} ordered.\n"
            "Provider notified: Dr. {provider_last}\n"
            "Family notified: yes, daughter\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DISCHARGE NOTIFICATION",
        "body": (
            "*** AUTOMATED MESSAGE - DO NOT REPLY ***\n"
            "DISCHARGE NOTIFICATION FOR PRIMARY CARE\n"
            "PATIENT: {upper_name}\n"
            "MEDICARE ID: {mbi}\n"
            "DOB: {dob}\n"
            "ADMIT DATE: {date2}   DISCH DATE: {date}\n"
            "DISCH DX: {dx10}\n"
            "DISPOSITION: HOME WITH HOME HEALTH\n"
            "FOLLOW UP WITH PCP WITHIN 7 DAYS\n"
            "ATTENDING: {provider}\n"
            "*** END OF MESSAGE ***\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "question about my husbands meds",
        "body": (
            "Hi,\n\n"
            "My husband {first} was in the ER last night for {sym10} and they said it is "
            "probably {dx10}. They sent him home with {rx10}. He already takes his blood "
            "pressure pills every morning, is it ok to take both? The ER doctor said to "
            "ask his regular doctor. He doesn't like email so I am writing for him.\n\n"
            "Thank you,\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - {dx10} - back again",
        "body": (
            "Third ED visit this month. Discharged overnight, but she needs to be seen this "
            "week. Can the front desk find a slot and call her?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{test10} result for {name}",
        "body": (
            "Result is back and flagged abnormal. Dr. {provider_last} wants the patient "
            "called today and the call documented. I'll be in clinic until 5.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "someone at the front desk",
        "body": (
            "{name}'s daughter is at the front desk and very upset. She wants to know why "
            "her mom was moved to comfort care without anyone calling her. She says her mom "
            "was doing fine on the {rx10} last week. Can the attending or the charge nurse "
            "come down?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "supervision agenda",
        "body": (
            "Hi {provider_first},\n\n"
            "Can we spend time on {intl_name} on Thursday? In today's session she disclosed "
            "{sym10}, and with her history of {dx10} I want to be sure the safety plan is "
            "enough. She agreed to a psychiatry referral.\n\n"
            "{name2}, LMSW (under supervision)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{intl_name} - {proc10} consent signed",
        "body": (
            "Consent is in the chart, interpreter ID noted. Patient is NPO since midnight. "
            "Ready for pick-up from pre-op.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn2} allergy list wrong",
        "body": (
            "He says he is NOT allergic to penicillin, it was sulfa that gave him hives. "
            "The list from the outside records was imported backwards. Can pharmacy fix it "
            "before tonight's dose?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{first} {last} / {dob} / {sym10}",
        "body": "Walk-in, triaged ESI 3. Room when one opens.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "L&D triage update",
        "body": (
            "{name}, G2P1 at 34 weeks, came in with {sym10}. On the monitor now, "
            "contractions every 6-8 minutes, {test10} pending. History of {dx10} in her "
            "first pregnancy. Dr. {provider_last} is aware and on the way. Husband at "
            "bedside.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn follow-up",
        "body": (
            "Baby boy {last} (mother {name}), born {date2} at 38 weeks, discharged yesterday. "
            "{test10} was 14.2 at 36 hours, high-intermediate risk. Needs a weight check and "
            "a repeat level in our office tomorrow. Mom is breastfeeding and worried about "
            "supply. Parents' cell: {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chemo teaching for {name}",
        "body": (
            "Teaching session booked for {date} at {time}, infusion suite. {first} starts "
            "{proc10} the following Monday for {dx10}. Please have the side-effect "
            "calendar and the fever instructions ready; she has a young child at home.\n"
            "{provider_first}, oncology RN navigator\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "pic of the spot",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "This is {name}, DOB {dob}. Attached is the photo of {sym10} on my back like you "
            "asked. My wife thinks it has gotten bigger since the visit. Do I need to come "
            "in sooner than {date}?\n\n"
            "{first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Work status report",
        "body": (
            "WORKERS' COMPENSATION PROGRESS REPORT\n"
            "Claimant: {name}\n"
            "SSN: {ssn}\n"
            "Employer: {company}\n"
            "Date of injury: {date2}\n"
            "Diagnosis: {dx10} ({icd})\n"
            "Treatment to date: {proc10}, PT 2x/week\n"
            "Work status: modified duty, no lifting over 10 lb, no ladders, until {date}\n"
            "MMI expected: not yet\n"
            "{provider}, MD, occupational medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Device alert: {upper_name}",
        "body": (
            "Remote transmission received {date}. 3 AT/AF episodes, longest 4 h 12 min, "
            "burden 6%. Patient is on {rx10}. Battery and leads OK. Per protocol, routing "
            "to Dr. {provider_last} to consider anticoagulation. Patient callback number "
            "{phone}.\n\nDevice clinic\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "5150 - {name}",
        "body": (
            "Placed on a 72-hour hold at {time}, danger to self. {age} y/o, brought in by "
            "police after {sym10}. Known {dx10}, not taking {rx10} for a month per mother. "
            "Medically cleared, waiting for an inpatient psych bed. 1:1 sitter in place.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Coding query: {name} - {icd}?",
        "body": (
            "The provider documented {dx10} in the assessment but the charge came over with "
            "the code in the subject line. Can you clarify which is correct so we can drop "
            "the claim? DOS {date}.\n\nCoding team\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Pump supply order",
        "body": (
            "Order for insulin pump supplies, 90-day:\n"
            "Member: {name}, {member}\n"
            "Ship to: {address}\n"
            "Dx: {dx10}, on pump since {year}\n"
            "Infusion sets x 30, reservoirs x 30, CGM sensors x 9\n"
            "Prescriber: Dr. {provider}, NPI {npi}\n"
            "Member prefers email updates to {email}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH10_NEG: list[dict] = [
    {
        "subject": "Our case series is out",
        "body": (
            "Happy to share that Dr. {provider} and colleagues have published a series of "
            "14 consecutive patients with {dx10} treated with {rx10} at our center between "
            "{year} and {year2}. Median follow-up was 19 months; 11 of 14 had a complete "
            "response. No patient is identifiable in the paper. Link on the intranet.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New diabetes clinic hours",
        "body": (
            "Starting {date}, {name}, FNP-C, will see diabetes patients on Tuesdays until 7 "
            "pm and on the first Saturday of each month. Same-day visits for insulin starts, "
            "CGM training and foot checks. Book through the front desk or call {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccine clinic schedule - October",
        "body": (
            "Our pharmacist {name}, PharmD, will run walk-in vaccine clinics:\n"
            "  Mon/Wed 9-1: flu (high-dose for 65+), COVID\n"
            "  Tue/Thu 2-6: Shingrix, RSV for 60+ and pregnant patients at 32-36 weeks\n"
            "  Sat 9-12: catch-up childhood vaccines\n"
            "Bring your insurance card. Most plans cover these at no cost.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surgeon joining our team",
        "body": (
            "Please welcome Dr. {provider}, a fellowship-trained foot and ankle surgeon, who "
            "joins {clinic} on {date}. Dr. {provider_last} has performed more than 300 "
            "cases of {proc10} and will also see patients with {dx10}. Referrals can be "
            "sent through the usual queue. Office: {address}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oncology nursing excellence award",
        "body": (
            "Congratulations to {name}, BSN, OCN, of the infusion center, this year's winner "
            "of the Oncology Nursing Excellence Award. {first} built the nurse-led triage "
            "line for patients receiving {proc10} and wrote the unit's guide to managing "
            "{sym10} during treatment. Ceremony {date} at 3 pm, auditorium B.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blog: 6 signs of {dx10} you shouldn't ignore",
        "body": (
            "By {name}, MD\n\n"
            "Many people live with {dx10} for years before it is diagnosed. Call your doctor "
            "if you notice {sym10}, unexplained tiredness, or changes that last more than two "
            "weeks. Tests such as a {test10} can help. Treatment has come a long way; "
            "options range from lifestyle changes to {rx10}.\n\n"
            "This post is for general education and is not medical advice.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider bulletin: coverage change for {rx10}",
        "body": (
            "{company} Health Plan - Provider Bulletin\n\n"
            "Effective {date}, {rx10} will require prior authorization for members with "
            "{dx10}. Members already taking it will be grandfathered for 90 days. Submit "
            "requests through the provider portal. Questions: Provider Services, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT: Medical device recall",
        "body": (
            "URGENT MEDICAL DEVICE RECALL - CLASS II\n\n"
            "Product: single-use lancing devices, 28G\n"
            "Catalog: {sku}\n"
            "Affected lots: {lot} and the two lots after it\n"
            "Problem: the spring may not retract, causing a second puncture.\n"
            "Action: quarantine affected stock, complete the response form and return it "
            "to {company} by {date}. Replacement product will ship at no charge.\n"
            "Recall coordinator: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - backorder notice",
        "body": (
            "Line  SKU         Description                         Qty  Status\n"
            "1     {sku}  Peak flow meters, adult              24   shipped\n"
            "2     SKU-481920  Spacer chambers with mask, pediatric  48   backorder\n"
            "3     SKU-330716  Nebulizer kits, disposable           100  shipped\n\n"
            "Shipped lines: lot {lot}, tracking {tracking}. Backordered line expected "
            "{date}. Reply to cancel or substitute.\n{company} Customer Care\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR release notes {version}",
        "body": (
            "Release {version} (build {build}) goes live Sunday at 02:00.\n\n"
            "What's new:\n"
            "- New sepsis alert: fires on two SIRS criteria plus lactate over 2\n"
            "- {test10} added to the ED order panel\n"
            "- Best-practice advisory for {dx10} screening in adults 50-80\n"
            "- Medication reconciliation now shows {rx10} dose ranges\n"
            "- Fixed: discharge instructions printing twice\n\n"
            "Downtime: about 20 minutes. Clinical Informatics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] POS terminal rejecting test cards",
        "body": (
            "Gift shop terminal (asset {code}) rejects the test cards from the vendor. "
            "Tried 4000 1234 5678 9011 and 5105 1051 0510 5101, both 'invalid number' as "
            "expected since they fail the check digit. Vendor session {uuid}. Need a "
            "working test card from the processor before go-live on {date}.\n\n"
            "Reported by {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Board of Trustees minutes - draft",
        "body": (
            "Present: {name} (chair), {name2}, {name3}, Dr. {provider}\n"
            "1. CFO reported operating margin of 1.8% year to date.\n"
            "2. The board approved the new cath lab, which will expand capacity for "
            "{proc10}.\n"
            "3. CMO presented readmission rates for {dx10}; down 9% since last year.\n"
            "4. Executive session. Next meeting {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 quality dashboard",
        "body": (
            "Quarter at a glance (all sites):\n"
            "  ED visits: 18,402 (+4%)\n"
            "  Visits for {dx10}: {count}\n"
            "  30-day readmissions, heart failure: 14.2%\n"
            "  {test10} turnaround, median: 52 min\n"
            "  Patients 65+ who got a flu shot: 71%\n"
            "Figures are aggregate; cells under 11 are suppressed.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: staffing question",
        "body": (
            "Thank you for your email. I am at the state nursing leadership conference "
            "through {date} with limited access to email. For staffing or scheduling on "
            "the cardiac step-down unit, please contact {name}, assistant nurse manager, at "
            "ext {ext}.\n\n{provider}, MSN, RN\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: live demo of an AI scribe",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "I'm {name} with {company}. Could I show your team our ambient documentation "
            "tool on {date} at {time}? In a 20-minute demo we will draft a note for a mock "
            "visit about {sym10}, including orders for a {test10}. No real patient data is "
            "used.\n\n"
            "Book a slot: https://demo.example/{ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Agenda: Regional Pulmonary and Critical Care Update",
        "body": (
            "8:00  Registration and breakfast\n"
            "8:30  {name}, MD - What's new in {dx10}\n"
            "9:15  {name2}, DO - Reading a {test10}: pearls and pitfalls\n"
            "10:00 Break, exhibits\n"
            "10:30 {provider}, MD - When to refer for {proc10}\n"
            "11:15 Panel: inhalers, cost and adherence\n"
            "Location: {address}. 4.0 CME credits.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spring steps challenge starts Monday",
        "body": (
            "Form a team of 5 and log your steps for 6 weeks. Prizes for the top three "
            "teams. This year's challenge is organized by {name} from Employee Wellness, "
            "and every team that reaches 2 million steps earns a $50 HSA credit. Free "
            "blood pressure checks at the kickoff.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Run with us: 5K for {dx10} research",
        "body": (
            "Lace up! {name}, a respiratory therapist in our ICU, is organizing our team for "
            "the 5K on {date} to benefit the foundation funding {dx10} research. Register "
            "by {date2} and use team code {code}. Walkers and strollers welcome.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Board review question of the week",
        "body": (
            "A 58-year-old man presents with {sym10}. He takes {rx10}. Exam is notable for "
            "a soft systolic murmur. Which is the best next step?\n"
            "A. {test10}\nB. Reassurance\nC. Referral for {proc10}\nD. Start aspirin\n\n"
            "Answer and discussion next week. Submitted by {name}, PGY-3.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shortage: {rx10}",
        "body": (
            "Pharmacy update: the manufacturer has placed NDC {ndc} on allocation through "
            "{date}. Prescribers, please consider therapeutic alternatives for new starts. "
            "Current patients will not be switched. Questions: {name}, clinical pharmacy "
            "manager, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reference range change",
        "body": (
            "Laboratory notice: effective {date}, the reference interval for {test10} "
            "changes with the new analyzer. Results before and after are not directly "
            "comparable. Order code unchanged. The validation summary is available from "
            "{name}, laboratory medical director.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff flu vaccination by department",
        "body": (
            "Department          Staff   Vaccinated   Rate\n"
            "Emergency            212        198      93%\n"
            "Oncology              88         87      99%\n"
            "Pediatrics           104         96      92%\n"
            "Environmental svcs   140        109      78%\n"
            "Declination forms are due to Employee Health by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Match Day results",
        "body": (
            "Congratulations to our graduating students! {name} matched in pediatrics, "
            "{name2} in emergency medicine, and {name3} in psychiatry. {first} also won "
            "the pediatric research prize. Celebration at the student center Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRI 2 down Thursday",
        "body": (
            "MRI scanner 2 at the main campus is down on {date} for a helium refill and "
            "coil replacement. Outpatient {test10} studies scheduled that day are being "
            "moved to the east campus. Schedulers are calling patients. Service order "
            "{order}, engineer {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Privileges approved",
        "body": (
            "The Medical Executive Committee approved the following on {date}:\n"
            "- Dr. {provider}: core privileges in cardiology plus {proc10}\n"
            "- {name}, CRNA: anesthesia privileges, main OR\n"
            "- {name2}, NP: outpatient {dx10} clinic\n"
            "Proctoring requirements apply for the first 5 cases.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: medical assistant, pediatrics",
        "body": (
            "Full-time MA for a busy pediatric practice. Duties: rooming, vitals, "
            "{test10}, vaccine administration, and phone triage using protocols for "
            "{sym10}. Bilingual Spanish preferred. Contact {name}, practice manager, at "
            "{email}. Req {code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vendor payment failed",
        "body": (
            "Hi {first},\n\n"
            "The payment to {company} for invoice {invoice} ({amount}) bounced. The card "
            "number on the PO, 4929 0317 5612 2283, fails validation, and the backup "
            "3782 822463 10006 does too. Could you get the correct numbers from Treasury? "
            "Reference {ref}.\n\nAccounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "This week's cafeteria specials",
        "body": (
            "Monday: heart-healthy salmon bowl\n"
            "Tuesday: diabetic-friendly turkey chili (32 g carbs)\n"
            "Wednesday: gluten-free pasta primavera, safe for celiac disease\n"
            "Thursday: low-sodium chicken soup\n"
            "Dietitian {name} is at the cafe entrance Wednesday at noon to answer "
            "questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Research data request approved",
        "body": (
            "Your request {ref} for a de-identified extract is approved: adults with "
            "{dx10} seen {year} to {year2}, fields limited to age band, sex, {test10} "
            "value and length of stay. Dates shifted, no names or record numbers. Contact "
            "{name}, honest broker, at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] interface queue backed up",
        "body": (
            "Outbound results channel to the reference lab stalled at {time}; {count} "
            "messages queued. Root cause: expired certificate on {ip}. Renewed, queue "
            "drained. Correlation IDs for review: {uuid}. No messages lost.\n"
            "On call: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

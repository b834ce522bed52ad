"""Held-out split "fresh33": templates and pharmacy vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (all
of it), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (all of both), and the module
docstring of bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and
the data format; not its templates), for the placeholder names, the data format, and so as
not to repeat their templates. The file names in bench/accuracy/ were listed once (with the
line counts of generate.py, fresh6.py and fresh7.py). By mistake, the first five lines of
bench/accuracy/formats.py (its module docstring: the list of message formats) were also
printed once; nothing else of it was read. The author did not read gateway/, policies/,
docs/, tests/, README.md, bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file,
and did not run git, the detector, run.py, the benchmark or any test. The only things run
were Python's ast module over generate.py (without executing it) to collect the placeholder
names, a Luhn check of the card-like numbers written in the negatives, an import of this
file with a script checking its placeholders, key sets, labels and Luhn failures, and ruff
format and ruff check on this file. It is meant to be run once, as an honest, untuned
measurement: do not tune the detector on these templates.

Angle: medicines and pharmacy. Retail and specialty pharmacy notices, refill reminders and
ready-for-pickup texts, prior authorisations and step-therapy appeals, PDMP reports,
controlled-substance agreements, early-refill flags, medication reconciliation lists,
compounding orders, infusion-centre scheduling, biologic copay-card and patient-assistance
enrolment, recall letters sent to a named patient, adverse drug event reports drafted for
MedWatch, pharmacist consult and counselling notes, DUR overrides, anticoagulation clinic
INR dosing messages, insulin pump and CGM supplies, mail-order shipping and cold-chain
excursions, pharmacy vaccine administration records, meds-to-beds, hospice comfort kits,
blister packs for assisted living. Shapes: pharmacy system printouts in capitals, SIG codes
(1 PO BID), drug-strength-form strings, NDC and Rx numbers, pasted tables, forms with
"Label: value" fields, SMS texts, voicemail transcripts, forwarded mail with "> " quoting,
terse pharmacist shorthand with typos, some Spanish. The hard negatives come from the same
world: formulary updates, drug-shortage notices, manufacturer recalls with lot numbers, P&T
minutes, wholesaler orders, C-II counts and return manifests with NDC numbers, CE mail,
public flu-shot clinics (also in Spanish and Portuguese), cash price lists, DEA and licence
renewals for staff, naloxone training, job postings, interaction newsletters, a warfarin
nomogram, blank med-rec and agreement forms, refill-text templates with merge fields, a
photo order ready for pickup, vaccine-fridge excursions, aggregate ADE, PDMP-stewardship and
recall-outreach figures, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH33_VOCAB): {drug33} {sig33} {spec33} {padx33}
{failed33} {cii33} {infuse33} {ade33} {sfx33} {inr33} {warf33} {cgm33} {vax33}
{compound33} {pharm33} {pbm33} for the patient templates, and {shortage33} for the
negatives (some of the first group, such as {drug33}, {spec33}, {cii33}, {pharm33} and
{pbm33}, also appear in negatives, where no patient is named). Other placeholders come from
generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). subject_phi is True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier
in a care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in
the Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card},
{icd}, {mbi} or {passport}, and name only staff, vendors or nobody, or give aggregate
figures; the card-like numbers written literally in them fail the Luhn check. Anything
ambiguous was left out.
"""

from __future__ import annotations

FRESH33_VOCAB: dict[str, list[str]] = {
    "drug33": [
        "atorvastatin 40 mg tablet",
        "lisinopril 20 mg tab",
        "metoprolol tartrate 25 mg tab",
        "Eliquis 5 mg tablet",
        "Jardiance 25 mg tab",
        "levothyroxine 88 mcg tab",
        "amlodipine 10 mg tab",
        "sertraline 100 mg tab",
        "Ozempic 1 mg/dose pen",
        "Trelegy Ellipta 100/62.5/25 mcg",
        "gabapentin 600 mg tab",
        "Xarelto 20 mg tab",
        "pantoprazole 40 mg DR tab",
        "losartan-HCTZ 100-25 mg tab",
        "Entresto 49-51 mg tab",
        "Januvia 50 mg tab",
        "tamsulosin 0.4 mg cap",
        "Farxiga 10 mg tab",
        "valacyclovir 1 g tab",
        "carvedilol 12.5 mg tab",
        "escitalopram 10 mg tab",
        "rosuvastatin 20 mg tab",
        "glipizide ER 10 mg tab",
        "spironolactone 25 mg tab",
    ],
    "sig33": [
        "1 PO QD",
        "1 PO BID",
        "1 tab PO QHS",
        "1 PO TID PRN",
        "1 cap PO BID x 10d",
        "1 PO QAM w/ food",
        "1/2 tab PO daily",
        "1 PO q12h",
        "2 tabs PO daily",
        "1 PO BID AC",
    ],
    "spec33": [
        "Humira 40 mg/0.4 mL pen",
        "Dupixent 300 mg/2 mL pen",
        "Stelara 90 mg/mL syringe",
        "Skyrizi 150 mg/mL pen",
        "Enbrel 50 mg SureClick",
        "Cosentyx 150 mg Sensoready pen",
        "Taltz 80 mg autoinjector",
        "Kesimpta 20 mg pen",
        "Aimovig 140 mg autoinjector",
        "Xolair 150 mg syringe",
        "Repatha 140 mg SureClick",
        "Forteo 20 mcg pen",
        "Tremfya 100 mg pen",
        "Rinvoq 15 mg ER tab",
    ],
    "padx33": [
        "Dupixent 300 mg/2 mL for moderate-to-severe atopic dermatitis",
        "Humira 40 mg/0.4 mL for rheumatoid arthritis",
        "Skyrizi 150 mg for plaque psoriasis",
        "Stelara 90 mg for Crohn's disease",
        "Ozempic 1 mg for type 2 diabetes",
        "Aimovig 140 mg for chronic migraine",
        "Entyvio 300 mg IV for ulcerative colitis",
        "Xolair 300 mg for severe allergic asthma",
        "Kesimpta 20 mg for relapsing multiple sclerosis",
        "Epclusa 400/100 mg for chronic hepatitis C",
        "Repatha 140 mg for familial hypercholesterolemia",
        "Mounjaro 5 mg for type 2 diabetes",
        "Cosentyx 300 mg for ankylosing spondylitis",
    ],
    "failed33": [
        "methotrexate 20 mg weekly for 4 months",
        "clobetasol ointment and tacrolimus 0.1% for 12 weeks",
        "metformin 1000 mg BID for 6 months",
        "topiramate and propranolol, each for more than 8 weeks",
        "mesalamine 4.8 g/day for 10 weeks",
        "atorvastatin 80 mg plus ezetimibe for 12 weeks",
        "Enbrel 50 mg weekly for 6 months",
        "high-dose Symbicort plus montelukast for a year",
        "two formulary TNF inhibitors",
    ],
    "cii33": [
        "oxycodone 10 mg IR tab",
        "hydrocodone-APAP 10-325 mg tab",
        "Adderall 20 mg tab",
        "alprazolam 1 mg tab",
        "Suboxone 8-2 mg film",
        "methylphenidate ER 36 mg tab",
        "morphine ER 30 mg tab",
        "tramadol 50 mg tab",
        "lorazepam 0.5 mg tab",
        "Vyvanse 40 mg cap",
        "oxycodone-APAP 5-325 mg tab",
        "clonazepam 1 mg tab",
        "zolpidem 10 mg tab",
    ],
    "infuse33": [
        "infliximab 5 mg/kg IV",
        "Ocrevus 600 mg IV",
        "Entyvio 300 mg IV",
        "Injectafer 750 mg IV (dose 1 of 2)",
        "IVIG 0.4 g/kg (day 1 of 5)",
        "Tysabri 300 mg IV",
        "Reclast 5 mg IV",
        "Benlysta 10 mg/kg IV",
        "Venofer 200 mg IV",
        "rituximab 1000 mg IV",
        "Leqembi 10 mg/kg IV",
    ],
    "ade33": [
        "angioedema of the lips and tongue",
        "diffuse maculopapular rash",
        "hypoglycemia (BG 38)",
        "QTc prolongation to 541 ms",
        "acute kidney injury (SCr 2.9)",
        "hyperkalemia, K 6.4",
        "C. diff diarrhea",
        "rhabdomyolysis, CK 14,200",
        "upper GI bleed",
        "Achilles tendon rupture",
        "serotonin syndrome",
        "anaphylaxis requiring epinephrine",
        "severe neutropenia (ANC 400)",
    ],
    "sfx33": [
        "a rash all over my chest",
        "really bad dizziness when I stand up",
        "swelling in my lips",
        "muscle aches in both legs",
        "a dry cough that won't stop",
        "stomach cramps and diarrhea",
        "my heart racing at night",
        "ankles swelling up",
        "headaches every afternoon",
    ],
    "inr33": ["1.4", "1.7", "1.9", "2.1", "2.6", "3.2", "3.6", "4.1", "4.8", "5.6"],
    "warf33": [
        "warfarin 5 mg daily (35 mg/wk)",
        "warfarin 2.5 mg Mon/Fri, 5 mg all other days (30 mg/wk)",
        "hold tonight, then 3 mg daily",
        "warfarin 7.5 mg Sun, 5 mg other days (37.5 mg/wk)",
        "warfarin 4 mg daily except 2 mg Wed (26 mg/wk)",
        "no change, 6 mg daily",
        "extra 2.5 mg tonight, then back to 5 mg daily",
    ],
    "cgm33": [
        "Dexcom G7 sensors x 9",
        "FreeStyle Libre 3 Plus sensors x 2",
        "Omnipod 5 pods x 30",
        "t:slim X2 cartridges x 30",
        "MiniMed 780G infusion sets x 10",
        "Dexcom G6 transmitter x 1",
        "Guardian 4 sensors x 10",
        "FreeStyle Libre 2 sensors x 6",
    ],
    "vax33": [
        "Shingrix (RZV) dose 2 of 2",
        "Prevnar 20 (PCV20)",
        "Arexvy (RSV)",
        "Fluzone High-Dose 2026-27",
        "Spikevax COVID-19 2026-27",
        "Boostrix (Tdap)",
        "Heplisav-B dose 1 of 2",
        "Gardasil 9 dose 3 of 3",
        "Flucelvax 2026-27",
        "Abrysvo (RSV)",
    ],
    "compound33": [
        "ketoprofen 10%/gabapentin 6%/lidocaine 5% cream, 120 g",
        "omeprazole 2 mg/mL oral suspension, 150 mL",
        "progesterone 200 mg SR capsules, #30",
        "magic mouthwash (diphenhydramine/lidocaine/Maalox 1:1:1), 240 mL",
        "tacrolimus 0.1% in Aquaphor, 60 g",
        "naltrexone 4.5 mg capsules (LDN), #30",
        "metronidazole 50 mg/mL suspension, 100 mL",
        "spironolactone 5 mg/mL suspension, 60 mL",
        "diltiazem 2% ointment, 30 g",
    ],
    "pharm33": [
        "Northgate Specialty Pharmacy",
        "Bayview Apothecary",
        "CareLine Mail Order Pharmacy",
        "Riverside Infusion Pharmacy",
        "Summit Compounding Lab",
        "Parkway Drug",
        "Greenleaf Pharmacy",
        "MedFirst Specialty Rx",
        "Corner Care Pharmacy",
    ],
    "pbm33": [
        "ScriptWise",
        "Meridian Rx Solutions",
        "ClearPath PBM",
        "Unity Pharmacy Benefits",
        "OptiScript",
        "Keystone Rx",
    ],
    "shortage33": [
        "amoxicillin 400 mg/5 mL suspension",
        "cefdinir 250 mg/5 mL suspension",
        "Adderall IR 10 mg tablets",
        "methotrexate 25 mg/mL vials",
        "albuterol 0.083% nebules",
        "lidocaine 1% with epinephrine vials",
        "liraglutide 18 mg/3 mL pens",
        "dextrose 50% syringes",
        "sodium bicarbonate 8.4% syringes",
        "penicillin G benzathine 1.2 million units",
    ],
}


FRESH33_PHI: list[dict] = [
    {
        "subject": "Your prescription is ready",
        "body": (
            "{pharm33}: Rx for {first} {last} is ready for pickup. {drug33}, qty 30. Pick "
            "up by {date} or it will be returned to stock. Reply STOP to opt out. "
            "Questions: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Time to refill",
        "body": (
            "Dear {name},\n\n"
            "Our records show your prescription may be running low:\n\n"
            "  {drug33}\n"
            "  Directions: {sig33}\n"
            "  Last filled: {date}\n"
            "  Refills left: 2\n\n"
            "Refill online, in the app, or reply REFILL to this message. If your doctor has "
            "stopped this medicine, let us know and we will turn off these reminders.\n\n"
            "{pharm33}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome to {pharm33}",
        "body": (
            "Hello {first},\n\n"
            "Welcome! Dr. {provider_last}'s office sent us your prescription for {spec33}, "
            "and your plan ({pbm33}) approved it on {date}. Here is what happens next:\n\n"
            "1. A pharmacist will call you at {phone} to go over how to inject and store "
            "your medicine.\n"
            "2. We ship in an insulated box with ice packs. Someone 18 or older must sign.\n"
            "3. Your copay is {amount2} per 28 days; ask us about the manufacturer copay "
            "card.\n\n"
            "Shipping address on file: {address}\n\n"
            "Your care team at {pharm33}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prior authorization request - pharmacy benefit",
        "body": (
            "PHARMACY PRIOR AUTHORIZATION REQUEST\n"
            "Plan: {pbm33}\n"
            "Member name: {name}\n"
            "Member ID: {member}\n"
            "DOB: {dob}\n"
            "Medication: {padx33}\n"
            "Qty / days supply: 1 / 28\n"
            "Diagnosis (ICD-10): {icd}\n"
            "Previous therapies tried: {failed33}\n"
            "Prescriber: {provider}, NPI {npi}\n"
            "Urgent review: No\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Step therapy exception request",
        "body": (
            "To: {pbm33} Appeals Department\n"
            "Re: {name}, DOB {dob}, Member ID {member}\n\n"
            "I am writing to request an exception to the step therapy requirement for "
            "{padx33}. My patient has already completed an adequate trial of {failed33}, "
            "with an inadequate response and documented side effects. Requiring a further "
            "trial of a preferred agent would delay effective treatment and is likely to "
            "cause a flare needing urgent care.\n\n"
            "Chart notes and lab results are enclosed. Please contact my office at {phone} "
            "with any questions.\n\n"
            "Sincerely,\n{provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PDMP {upper_name} DOB {dob}",
        "body": (
            "STATE PRESCRIPTION MONITORING PROGRAM - PATIENT RX HISTORY REPORT\n"
            "REQUESTOR: {provider_first} {provider_last}, PHARMD\n"
            "SEARCH: {upper_name} / DOB {dob} / RANGE: LAST 12 MONTHS\n\n"
            "FILLED      DRUG                      QTY  DAYS  MME   PRESCRIBER   PHARMACY\n"
            "{date}  {cii33}  60   30    45.0  {provider_last}  {pharm33}\n"
            "{date2}  {cii33}  28   7     --    URGENT CARE  PARKWAY DRUG\n\n"
            "PRESCRIBERS: 2   PHARMACIES: 2   ACTIVE MME/DAY: 45\n"
            "NARX SCORE: 310\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Signed controlled substance agreement - scan to chart",
        "body": (
            "Please scan the attached agreement into the chart.\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Medication covered: {cii33}\n"
            "Prescriber: Dr. {provider_last}\n"
            "Designated pharmacy: {pharm33}\n"
            "UDS: random, at least every 90 days\n"
            "Pill counts: on request, 24 h notice\n"
            "Lost / stolen Rx: not replaced\n"
            "Signed by patient and prescriber {date}.\n\n"
            "{provider_first}, MA\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - med rec discrepancy",
        "body": (
            "Admission med rec done. Home list per pt + {pharm33} fill history:\n\n"
            "Medication                 Sig             Last fill    Status\n"
            "{drug33}   {sig33}   {date}   CONTINUE\n"
            "{cii33}   1 PO q6h PRN    {date2}   HOLD - sedated\n"
            "fish oil 1000 mg cap       1 PO daily      OTC          CONTINUE\n\n"
            "Discrepancy: pt says she stopped the {drug33} 2 wks ago d/t cost, but it is "
            "still on the PCP list. Pls clarify at rounds.\n"
            "- {provider_first}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Compound Rx - please quote",
        "body": (
            "Hi {pharm33} team,\n\n"
            "Can you compound and quote the following? Patient will pick up.\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Phone: {phone}\n"
            "Rx: {compound33}\n"
            "Sig: use as directed\n"
            "Refills: 1\n"
            "Prescriber: {provider}, NPI {npi}\n"
            "Allergies: sulfa (hives)\n\n"
            "Thank you,\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion reschedule - {name} ({infuse33})",
        "body": (
            "Pt called, has a cold, wants to push to next week. I moved her to {date2} at "
            "{time}, chair 7. PA is good through end of month. Premeds unchanged.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your infusion appointment",
        "body": (
            "Dear {name},\n\n"
            "You are scheduled at the {clinic} Infusion Center for:\n\n"
            "Treatment: {infuse33}\n"
            "Date: {date}\n"
            "Arrival time: {time}\n"
            "Expected length: 3 to 4 hours\n\n"
            "Please eat a normal breakfast, drink plenty of water and bring a list of your "
            "current medicines. If you have had a fever or started an antibiotic since your "
            "last infusion, call us before you come in: {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Copay card enrollment confirmation",
        "body": (
            "ENROLLMENT CONFIRMED\n\n"
            "Program: {spec33} Complete Savings Card\n"
            "Patient: {name}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Eligible through: 12/31\n"
            "BIN: 610020   PCN: LOYALTY   GROUP: 99991234\n"
            "Card ID: {member}\n\n"
            "Your pharmacy should bill this card as secondary to your commercial "
            "insurance. Maximum annual benefit: $14,000.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Important: recall of a medicine you received",
        "body": (
            "{date}\n\n"
            "{name}\n{address}\n\n"
            "Dear {name},\n\n"
            "The manufacturer of {drug33} has voluntarily recalled lot {lot} because some "
            "bottles may contain tablets of the wrong strength. Our records show that this "
            "lot was dispensed to you on {date2} (Rx #{code}).\n\n"
            "Please do not stop taking your medicine without talking to your doctor. Bring "
            "the bottle to any of our stores and we will replace it at no cost. Questions: "
            "call our pharmacists at {phone}.\n\n"
            "Sincerely,\n{pharm33}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADE report: {name} - {ade33}",
        "body": (
            "Internal adverse drug event report (draft for MedWatch 3500)\n\n"
            "MRN: {mrn}\n"
            "Age: {age}\n"
            "Suspect drug: {drug33}, started {date}\n"
            "Reaction: {ade33}\n"
            "Outcome: hospitalized, recovering\n"
            "Dechallenge: drug stopped, improved\n"
            "Reported by: {provider}, PharmD\n\n"
            "P&T will review before submission. Do not forward outside the hospital.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pharmacy consult - vancomycin dosing",
        "body": (
            "PHARMACY CONSULT NOTE\n"
            "Pt: {last}, {first}   MRN {mrn}   Rm 5112-B\n"
            "Indication: MRSA bacteremia\n"
            "Wt 84 kg  Ht 178 cm  SCr 1.3 (baseline 0.9)  CrCl ~62 mL/min\n"
            "Current: vancomycin 1250 mg IV q12h\n"
            "AUC (2-level): 612 -> above goal 400-600\n"
            "Plan: decrease to 1000 mg IV q12h, next levels w/ 4th dose, BMP daily. "
            "Will follow.\n"
            "{provider_first} {provider_last}, PharmD, BCIDP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your INR result and dosing instructions",
        "body": (
            "Hello Mr. {last},\n\n"
            "Your INR today ({date}) was {inr33}. Your goal range is 2.0-3.0.\n\n"
            "New dosing: {warf33}\n"
            "Next INR check: {date2}\n\n"
            "Reminders: keep your vitamin K foods steady, and tell us about any new "
            "antibiotics. Call the anticoagulation clinic at {phone} if you notice unusual "
            "bruising, black stools or blood in the urine.\n\n"
            "{provider_first}, PharmD, CACP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "INR {inr33} - {last}, {first_only}",
        "body": "POC today. Missed 2 doses last wk. {warf33}. RTC 1 wk. Pt aware.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Supply order - diabetes",
        "body": (
            "DME ORDER - PHARMACY BENEFIT\n"
            "Beneficiary: {name}\n"
            "DOB: {dob}\n"
            "Ship to: {address}\n"
            "Items: {cgm33}\n"
            "Frequency: 90-day supply\n"
            "Dx: {icd}\n"
            "Insulin-treated: yes, MDI 4x/day\n"
            "Ordering provider: {provider}, NPI {npi}\n"
            "Last face-to-face visit: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your order has shipped",
        "body": (
            "Hi {first},\n\n"
            "Your order from {pharm33} is on its way.\n\n"
            "Shipping to: {name}, {address}\n"
            "Items: {spec33} (1 carton, refrigerated)\n"
            "Carrier: FedEx Priority Overnight\n"
            "Tracking: {tracking}\n"
            "Expected delivery: {date} by 10:30 am\n\n"
            "This package contains refrigerated medicine. Put it in the fridge (36-46 F) as "
            "soon as it arrives. Do not freeze.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: package arrived warm",
        "body": (
            "Hi,\n\n"
            "Thanks for sending the photo of the temperature indicator. The {spec33} shipped "
            "to you on {date} was out of range, so please do NOT use it. We are sending a "
            "replacement today at no charge; it should arrive tomorrow before noon at "
            "{address}.\n\n"
            "Please keep the warm box; a return label is in the replacement package.\n\n"
            "Pharmacist on call\n{pharm33}\n\n"
            "> From: {name} <{email}>\n"
            "> The ice packs were melted and the little indicator is red. My next dose is\n"
            "> Thursday. What do I do??\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccination record",
        "body": (
            "IMMUNIZATION ADMINISTRATION RECORD\n"
            "Pharmacy: {pharm33}, Store #{ext}\n\n"
            "Name: {name}\n"
            "DOB: {dob}\n"
            "Vaccine: {vax33}\n"
            "Lot: {lot}\n"
            "Dose / route / site: 0.5 mL IM, left deltoid\n"
            "VIS given: yes\n"
            "Administered by: {provider}, RPh, {date} {time}\n"
            "Reported to state IIS: yes\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DUR override?",
        "body": (
            "new rx {drug33} for {last}, {first} - DUR hit w/ {cii33} (CNS/resp "
            "depression). pt {age}yo, also on gabapentin. called dr {provider_last}'s "
            "office, MA says ok to fill, MD aware. documenting + counselling pt at p/u. "
            "naloxone offered, declined. - {provider_first} RPh\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "necesito mi receta",
        "body": (
            "Buenos días,\n\n"
            "Soy {intl_name}, mi fecha de nacimiento es {dob}. Se me acabó mi {drug33} hace "
            "dos días y la farmacia dice que necesita autorización del doctor. Tomo una "
            "pastilla en la mañana para la presión. ¿Pueden mandar la receta a {pharm33}? "
            "Mi teléfono es {phone}.\n\n"
            "Gracias,\n{intl_name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: wrong pills?",
        "body": (
            "Can you call her back? Looks like the generic maker changed, pill looks "
            "different. I verified NDC {ndc} matches the Rx.\n\n"
            "-----Original Message-----\n"
            "From: {name} <{email}>\n"
            "Sent: {date}\n"
            "To: refills@pharmacy.example\n"
            "Subject: wrong pills?\n\n"
            "> I picked up my {drug33} yesterday and the pills are white now, they used to\n"
            "> be yellow. I take it {sig33} like the label says. Is this the right\n"
            "> medicine?? I don't want to take the wrong thing with my heart condition.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rejected claim - needs PA",
        "body": (
            "RX#: {code}   FILL DATE: {date}\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}   PHONE: {phone}\n"
            "DRUG: {spec33}\n"
            "NDC: {ndc}   QTY: 2   DS: 28\n"
            "SIG: INJECT 1 PEN SUBQ EVERY 14 DAYS\n"
            "PRESCRIBER: {provider}\n"
            "PLAN: {pbm33}   BIN 004336\n"
            "REJECT 75 - PRIOR AUTHORIZATION REQUIRED\n"
            "REJECT 76 - PLAN LIMITATIONS EXCEEDED\n"
            "STATUS: ON HOLD - PA REQUEST FAXED TO MD {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phone payment - specialty copay",
        "body": (
            "{name} called to pay the copay for this month's {spec33} before we ship. Card "
            "{card}, exp 11/28, zip on file. Amount {amount2}. Payment went through; "
            "released the order for {date} delivery.\n"
            "- Specialty intake\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Part D coverage determination: {name}, MBI {mbi}",
        "body": (
            "Coverage determination request received for {drug33} (non-formulary). "
            "Prescriber supporting statement due within 72 hours. Case {ref}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Your medication review summary",
        "body": (
            "Dear {name},\n\n"
            "Thank you for talking with me on {date} for your yearly medication review. "
            "Here is your personal medication list:\n\n"
            "  - {drug33}: {sig33}\n"
            "  - metformin 500 mg: 1 tablet twice a day with meals, for diabetes\n"
            "  - aspirin 81 mg: 1 tablet daily, for your heart\n\n"
            "Your action plan:\n"
            "  1. Use a weekly pill box so you don't miss evening doses.\n"
            "  2. Stop the ibuprofen you buy over the counter; use acetaminophen instead.\n"
            "  3. Check your blood sugar before breakfast 3 days a week.\n\n"
            "{provider}, PharmD\n"
            "{pbm33} Medication Therapy Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Meds to beds - 4 West",
        "body": (
            "Delivering at 1400:\n"
            "Rm 412-B  {name}  5 new Rx incl {drug33} and {cii33}. Copay {amount2}, pt "
            "paying at bedside. Counsel before d/c.\n"
            "Rm 418-A  declined, will use own pharmacy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Comfort kit delivered",
        "body": (
            "Comfort kit delivered to the home of {name}, {address}, at {time}. Contents: "
            "morphine 20 mg/mL oral soln 30 mL, lorazepam 0.5 mg tabs #10, haloperidol "
            "2 mg/mL 15 mL, atropine 1% drops 5 mL, bisacodyl 10 mg supp #6. Daughter "
            "{name2} signed for it; lock box provided. Hospice RN {provider_first} aware.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Early refill flag: {first} {last}, {cii33}",
        "body": (
            "Requested 6 days early, says she's traveling. Last fill {date} #60. PDMP shows "
            "no other prescribers. Holding for MD ok - pls advise.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Naloxone co-dispense",
        "body": (
            "FYI per our standing order, naloxone 4 mg nasal spray was co-dispensed today "
            "to {name} (DOB {dob}) with {cii33}; daily MME 90. Counselled patient and spouse "
            "on use. Billed to insurance, $0 copay.\n"
            "{provider}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New voicemail - pharmacist line",
        "body": (
            "From: {phone}\n"
            "Duration: 0:48\n"
            'Transcript: "Hi, this is {name}, um, I picked up the {drug33} on {date} and '
            "since I started it I have {sfx33}... not sure if it's the new medicine. Can a "
            'pharmacist call me back at this number? Thanks."\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Su receta está lista",
        "body": (
            "{pharm33}: La receta de {name} ({drug33}) está lista para recoger. Tienda "
            "#{ext}. Horario: 9 a.m. a 9 p.m. Si no la recoge antes del {date}, se devolverá "
            "al inventario. Preguntas: {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dosing calendar",
        "body": (
            "Hi {first}, here's your calendar as we discussed on the phone:\n\n"
            "Week 0 ({date}): 2 injections (loading dose)\n"
            "Week 2: 1 injection\n"
            "Every 2 weeks after that: 1 injection\n\n"
            "Medicine: {spec33}\n"
            "Take it out of the fridge 30 min before. Your next shipment is set to go to "
            "{address}.\n\n"
            "Nurse educator, {pharm33}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rx transfer out",
        "body": (
            "Transferring to {pharm33} per patient request.\n\n"
            "Patient: {name}   DOB {dob}\n"
            "Rx: {drug33}   Sig: {sig33}\n"
            "Original date: {date}   Refills remaining: 3 of 5\n"
            "Last filled: {date2}\n"
            "Transferring RPh: {provider}\n"
            "Receiving RPh: {name3}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You're due for your second dose",
        "body": (
            "Hi {name},\n\n"
            "You received your first dose of Shingrix (shingles vaccine) at our pharmacy on "
            "{date}. Your second dose is due now. Walk in any time or book online. Most "
            "plans cover it at $0.\n\n"
            "{pharm33}, Store #{ext}, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: last refill?",
        "body": (
            "Yes! This is your 12th week of Epclusa 400/100 mg. After you finish, Dr. "
            "{provider_last} will order a viral load 12 weeks later to confirm the cure. "
            "We'll call you to remind you.\n\n"
            "Congrats {first} - {pharm33} hepatitis C team\n\n"
            "> Is this really my last box?\n"
            "> {name}\n"
            "> {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: labs before your next refill",
        "body": (
            "{name},\n\n"
            "Your next Descovy refill is due on {date}. Per your PrEP plan, we need an HIV "
            "test and a creatinine from the last 90 days before we can fill it. You can get "
            "labs at any {company} lab site; the order is already in.\n\n"
            "Questions? Text or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fertility medication delivery confirmation",
        "body": (
            "DELIVERY SCHEDULED\n\n"
            "Patient: {name}\n"
            "Deliver to: {address}\n"
            "Delivery date: {date}, 8 am - 12 pm\n\n"
            "Medications:\n"
            "  Gonal-f RFF 900 IU pen x 2 (refrigerate)\n"
            "  Menopur 75 IU vials x 10\n"
            "  Cetrotide 0.25 mg x 5 (refrigerate)\n"
            "  Ovidrel 250 mcg x 1 (refrigerate)\n\n"
            "Please be home to sign. Cycle coordinator at the clinic: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient assistance application - missing documents",
        "body": (
            "Hello Dr. {provider_last}'s office,\n\n"
            "We received the patient assistance application for {name} for {spec33}, but "
            "it is missing:\n"
            "  - proof of income (last year's tax return or 2 pay stubs)\n"
            "  - patient signature on page 3\n\n"
            "Applicant SSN on the form: {ssn}\n"
            "Household size: 3\n\n"
            "Please fax the missing pages to {phone}. We hold applications for 30 days.\n\n"
            "Patient Assistance Foundation\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Dx code needed",
        "body": (
            "Plan won't pay for {drug33} for {name} w/o a diagnosis code on the Rx (age/"
            "indication edit). Office gave us {icd} over the phone, resubmitted and it paid. "
            "Please add it to the hard copy.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: {intl_name} - {cgm33} replacement",
        "body": (
            "Sensor failed on day 3 (error: signal loss). Filed the replacement with the "
            "manufacturer; new one ships to the patient's home by {date}. Told her to use "
            "fingersticks until then.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Bup induction day 2",
        "body": (
            "{name} (MRN {mrn}) - day 2 home induction, COWS 6 this am. Took 8 mg total "
            "yesterday, 12 mg today. Rx for Suboxone 8-2 mg film #14 sent to {pharm33}; "
            "confirmed they have it in stock. Next visit {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Warfarin + Bactrim - please review",
        "body": (
            "Dr. {provider_last},\n\n"
            "We received an Rx for Bactrim DS 1 PO BID x 7d for {name}, who is on warfarin "
            "through your clinic (last INR {inr33}). This combination can raise the INR a "
            "lot. Options: nitrofurantoin if the culture allows, or keep Bactrim and check "
            "an INR in 3-4 days with a possible warfarin dose reduction. The patient is "
            "waiting at the counter.\n\n"
            "{provider}, RPh, {pharm33}, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blister pack changes - Sunrise Court",
        "body": (
            "Med changes for next week's cycle:\n\n"
            "Room 214 - {name}: START {drug33}, {sig33}, from {date}. D/C the old "
            "strength, pull it from the card.\n"
            "Room 118 - no changes this week.\n\n"
            "Cards go out on Friday's delivery. Call me with questions.\n"
            "{provider_first}, LTC pharmacy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clinical note - new start",
        "body": (
            "Specialty pharmacist new-start counseling\n"
            "Pt: {name}, {age} y/o\n"
            "Therapy: {padx33}\n"
            "Baseline: TB test negative {date}, hep B panel negative\n"
            "Counseled: injection technique (demo pen), storage 2-8 C, travel, infection "
            "risk, no live vaccines\n"
            "Interactions: none found\n"
            "Adherence plan: phone reminders + refill sync\n"
            "Time: 25 min\n"
            "{provider}, PharmD, CSP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "refill",
        "body": "can u refill my {drug33} pls, out tmrw. {name} {dob}\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rx ready: {name} - {drug33}",
        "body": "Bin C-14. Copay {amount2}. Counsel required (new Rx).\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PA {member} - {spec33}",
        "body": (
            "Approved through {date2}. Auth {ref}. Let the specialty pharmacy know so they "
            "can rerun the claim.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Step therapy appeal - {name} - {spec33}",
        "body": (
            "Denied again on peer-to-peer. Dr. {provider_last} wants to go to external "
            "review. Can you pull the last 3 notes showing the failed agents?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "INR callbacks for this afternoon",
        "body": (
            "Please call these back with dosing:\n\n"
            "Patient             Phone            INR    Plan\n"
            "{name}   {phone}   {inr33}   {warf33}\n"
            "{name2}   (see chart)      2.4    no change, recheck 4 wk\n\n"
            "Both on the 3 pm list. Thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New prescription transfer request (web form)",
        "body": (
            "Form: Transfer my prescriptions\n"
            "First name: {first}\n"
            "Last name: {last}\n"
            "Date of birth: {dob}\n"
            "Phone: {phone}\n"
            "Email: {email}\n"
            "Current pharmacy: {company} Pharmacy, {address}\n"
            "Medications to transfer: {drug33}; {sig33}\n"
            "Insurance: {pbm33}, ID {member}\n"
            "Preferred pickup store: #{ext}\n"
            "Submitted: {date} {time}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Compounded suspension - dose check",
        "body": (
            "{provider_first},\n\n"
            "Can you double-check the dose on this one before I verify? Rx is {compound33} "
            "for {name}, {age} yo, wt 61 kg, CrCl ~35. Prescriber wrote 'as directed' - I "
            "called and got 5 mL BID but want a second set of eyes with the renal function."
            "\n\nThanks,\n{name3}, RPh\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lost Rx report",
        "body": (
            "Patient {name} came in today to report her {cii33} stolen from her car on "
            "{date}. Police report #{code} on file. Per her agreement, no early replacement; "
            "notified Dr. {provider_last}. PDMP checked, nothing new.\n"
            "- {provider_first}, PIC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH33_NEG: list[dict] = [
    {
        "subject": "Formulary update effective {date}",
        "body": (
            "P&T approved the following changes (chair: {provider}, PharmD):\n\n"
            "ADDED\n"
            "  {drug33} - tier 2\n"
            "  {spec33} - specialty tier, PA required\n"
            "REMOVED\n"
            "  {shortage33}\n"
            "STEP THERAPY\n"
            "  GLP-1 agonists: trial of metformin for 90 days unless contraindicated\n\n"
            "Prescribers will see the new alerts in the EHR from {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drug shortage: {shortage33}",
        "body": (
            "Our wholesaler has placed {shortage33} on allocation; current supply is about 9 "
            "days at normal use. Until further notice:\n"
            "- Reserve remaining stock for inpatient use.\n"
            "- Suggested alternatives are on the shortage page of the intranet.\n"
            "- Do not borrow from other stores without telling the buyer.\n\n"
            "Expected release: 6-8 weeks per manufacturer.\n"
            "{name}, pharmacy buyer, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT: Class II recall - {drug33}",
        "body": (
            "Dear Pharmacist,\n\n"
            "{company} is voluntarily recalling the lots below of {drug33} to the pharmacy "
            "level because of a failed dissolution test. No adverse events have been "
            "reported.\n\n"
            "NDC             Lot        Expiry\n"
            "{ndc}    {lot}    03/2027\n"
            "55111-0334-90   L882139    05/2027\n\n"
            "Please check your stock, quarantine affected bottles and return them with the "
            "enclosed business reply form. Patient-level notification is not required.\n\n"
            "Recall coordinator: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P&T Committee minutes - {date}",
        "body": (
            "Present: Dr. {provider} (chair), {name} PharmD, {name2} RN, {name3} MD\n\n"
            "1. Biosimilar conversion: adalimumab biosimilar for all new starts; current "
            "patients switched at next refill. Approved 7-0.\n"
            "2. ADE review: 14 events reported last quarter, 3 serious (2 hypoglycemia, "
            "1 bleed on apixaban). No trend found.\n"
            "3. {spec33}: added with PA criteria.\n"
            "4. Vancomycin AUC dosing protocol updated.\n\n"
            "Next meeting {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order confirmation {order}",
        "body": (
            "Acct: {pharm33}   DEA BR4726153\n"
            "Ship: next day; cold-chain items packed separately\n\n"
            "NDC             Description                        Qty   Unit cost\n"
            "{ndc}    {drug33} 90ct    6     {amount2}\n"
            "00093-7180-56   amlodipine 10 mg tab 1000ct        2     $18.40\n"
            "{ndc}    {spec33}    1     {amount}\n\n"
            "Backordered: {shortage33}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CII count discrepancy - resolved",
        "body": (
            "Perpetual inventory check {date}:\n\n"
            "Drug                      NDC             Expected   Counted\n"
            "{cii33}    {ndc}    500        498\n\n"
            "Reviewed by {name} (PIC) and {name2}, CPhT. Found 2 tabs in the counting-tray "
            "return bin; recount 500. No DEA 106 needed.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CE webinar: anticoagulation update (1.5 contact hours)",
        "body": (
            "Join us {date} at 7 pm for 'DOACs vs warfarin: dosing, reversal and drug "
            "interactions'. Speaker: {name}, PharmD, BCPS. ACPE UAN "
            "0204-0000-26-118-L01-P. Free for members.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu shot clinics this week",
        "body": (
            "Walk-in flu shots, no appointment needed:\n\n"
            "Mon  10am-2pm   Public Library, {address}\n"
            "Wed  3pm-7pm    Community Center, Hall B\n"
            "Sat  9am-1pm    {pharm33}, Store #{ext}\n\n"
            "Ages 3 and up. Most insurance accepted; $0 with Medicare Part B. High-dose "
            "available for 65+. COVID and RSV shots also available.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vacunas contra la gripe sin costo",
        "body": (
            "¡Vacúnese contra la gripe! Clínica gratuita el sábado {date} de 9 a 1 en el "
            "salón de la iglesia San José, {address}. No necesita cita ni seguro médico. "
            "Para mayores de 6 meses. También ofrecemos la vacuna contra el COVID-19. "
            "Información: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated cash price list",
        "body": (
            "Discount club prices (30-day / 90-day):\n\n"
            "atorvastatin 40 mg       $6.00 / $12.00\n"
            "lisinopril 20 mg         $4.00 / $10.00\n"
            "metformin ER 500 mg      $5.00 / $12.00\n"
            "sertraline 50 mg         $6.00 / $15.00\n"
            "{drug33}   call for price\n\n"
            "Prices effective {date}. Not valid with insurance.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Action needed: DEA registration renewal",
        "body": (
            "Dr. {provider},\n\n"
            "Your DEA registration (FP2948567, schedules 2, 2N, 3, 3N, 4, 5) expires on "
            "{date}. DEA no longer mails paper reminders. Renew online at least 45 days "
            "before expiry; the fee is reimbursed by the medical staff office. Please send "
            "the new certificate to credentialing when it arrives.\n\n"
            "{name}, Medical Staff Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Naloxone training for all pharmacy staff",
        "body": (
            "Our state's naloxone standing order lets any pharmacist dispense naloxone "
            "without a prescription. Training: {date}, 30 min, break room. Covers: spotting "
            "an overdose, nasal spray vs injection, rescue breathing, and what to say at the "
            "counter. Trainer: {name}, PharmD. Demo kits are in the back.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: specialty pharmacist (remote)",
        "body": (
            "{pharm33} is hiring a full-time specialty pharmacist. You'll counsel patients "
            "starting biologics, work prior authorizations and appeals, and handle refill "
            "calls. Requirements: PharmD, active license, 2 years' experience; CSP a plus. "
            "Contact {name}, {email}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drug Interaction Digest - November",
        "body": (
            "This month:\n\n"
            "1. Paxlovid + statins: hold simvastatin and lovastatin during therapy.\n"
            "2. Warfarin + SMX-TMP: expect an INR rise of 1-2 points; consider alternatives."
            "\n3. Clarithromycin + apixaban: avoid in patients over 80.\n"
            "4. {drug33} + grapefruit juice: what the evidence actually shows.\n\n"
            "Read online: news.example/ddi\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated warfarin dosing protocol",
        "body": (
            "Anticoagulation clinic - warfarin maintenance nomogram (goal INR 2-3)\n\n"
            "INR         Action\n"
            "< 1.5       increase weekly dose 10-20%, recheck 1 wk\n"
            "1.5-1.9     increase weekly dose 5-10%, recheck 1-2 wk\n"
            "2.0-3.0     no change\n"
            "3.1-3.9     decrease weekly dose 5-10%\n"
            "4.0-4.9     hold 1 dose, decrease 10%\n"
            ">= 5.0      hold, call MD, consider vitamin K\n\n"
            "Approved {date}. Questions to {name}, PharmD, CACP.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New wording for refill reminder texts",
        "body": (
            "Marketing signed off on the new text. Please load it into the SMS tool by "
            "Friday:\n\n"
            '  "{{PHARMACY}}: Hi {{FIRST_NAME}}, a refill for Rx {{RX_NUMBER}} is due. '
            'Reply 1 to refill, 2 to skip. Msg&data rates may apply."\n\n'
            "For controlled substances the text must not include the drug name. Limit is 160 "
            "characters.\n"
            "{name}, pharmacy operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your order is ready for pickup",
        "body": (
            "Good news! Your photo order (25 prints, 4x6 glossy, 1 canvas 11x14) is ready "
            "for pickup at Store #{ext}, {address}. Order {order}. We'll hold it for 14 "
            "days.\n\n"
            "Please bring your order number. Photo counter hours: 9am-9pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccine fridge excursion - Store #{ext}",
        "body": (
            "Data logger alarm overnight: fridge 2 reached 9.4 C for 2 h 10 min (range "
            "2-8 C). Quarantined and labelled DO NOT USE:\n\n"
            "Vaccine              Lot          Doses\n"
            "Shingrix             {lot}      18\n"
            "Prevnar 20           LL7734       9\n"
            "Fluzone High-Dose    UT8132KA     40\n\n"
            "Called the manufacturers for stability data; waiting on one. {name}, PIC.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Master formulation record - omeprazole 2 mg/mL",
        "body": (
            "MFR #C-0142, rev 3\n"
            "Ingredients: omeprazole 20 mg DR capsules x 10; sodium bicarbonate 8.4% qs "
            "100 mL\n"
            "Method: open capsules, dissolve pellets in bicarb with stirring 20-30 min\n"
            "BUD: 30 days refrigerated (USP <795>)\n"
            "Label: shake well, refrigerate\n"
            "Prepared by {name}, CPhT; verified by {name2}, RPh\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "State PMP downtime Saturday",
        "body": (
            "The state prescription monitoring program will be offline {date} from 10 pm "
            "to 4 am for maintenance. During the outage, note in the dispensing record that "
            "the PMP could not be checked, and check it the next business day for any "
            "schedule II fills. Integrated EHR queries will also fail.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Opioid stewardship dashboard - Q3",
        "body": (
            "Clinic-level numbers for Q3:\n\n"
            "Prescriber        Pts on LTOT   Avg MME   % w/ agreement   % w/ naloxone\n"
            "Dr. {provider_last}    42            38        91%              77%\n"
            "Dr. {last}    17            62        88%              59%\n"
            "NP {name3}    9             24        100%             89%\n\n"
            "Goal: naloxone co-prescribed for everyone above 50 MME. Peer comparison only.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quarterly ADE report",
        "body": (
            "Adverse drug events reported Jul-Sep: {count}\n"
            "Top categories:\n"
            "  hypoglycemia with insulin        11\n"
            "  bleeding with anticoagulants      7\n"
            "  AKI with vancomycin               5\n"
            "  rash / hypersensitivity           4\n"
            "MedWatch submissions: 6\n"
            "No sentinel events. De-identified list on the P&T SharePoint.\n"
            "{name}, medication safety officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Copay program information for your office",
        "body": (
            "Commercially insured patients may pay as little as $5 per month for {spec33}. "
            "Patients or offices can enroll online or by phone at {phone}.\n\n"
            "Pharmacy processing:\n"
            "BIN 610020\n"
            "PCN PDMI\n"
            "GROUP 99993316\n\n"
            "Not valid for Medicare, Medicaid or other government insurance.\n"
            "{name}, field reimbursement manager, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Omnipod 5 and Dexcom G7 training for staff",
        "body": (
            "{name}, the {company} clinical trainer, will run a 1-hour session for "
            "pharmacists and techs on {date}: starting a pod, pairing the sensor, common "
            "error codes, and billing pods and sensors under the pharmacy benefit. Demo "
            "units provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infusion center staffing {date}",
        "body": (
            "Chairs 1-6: {name}, RN\n"
            "Chairs 7-12: {name2}, RN\n"
            "Pharmacist (hood): {provider}, PharmD\n"
            "Tech: {name3}\n\n"
            "Volume: 31 scheduled (8 infliximab, 6 IV iron, 5 Ocrevus, 12 other). Ocrevus "
            "bags ready by 8:30. Lunch coverage 12-1.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "340B audit prep",
        "body": (
            "The HRSA audit is scheduled for {date2}. Please pull 50 random 340B claims from "
            "the contract pharmacies for the sample period, and the accumulator report for "
            "NDC {ndc}. {name} (340B program manager) will walk through the policy binder "
            "on Thursday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment declined - account {account}",
        "body": (
            "Hello,\n\n"
            "The card on file for your {company} wholesale account was declined for the "
            "weekly statement ({amount}). Card on file: 4532 0151 1283 0367 (exp 09/27). We "
            "also tried the backup card 5500 0055 5555 5558. Please update the card or pay "
            "by ACH by {date} to avoid a credit hold on your C-II orders.\n\n"
            "Credit department\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "National Drug Take Back Day",
        "body": (
            "Saturday {date}, 10 am - 2 pm: drop off unused or expired medicines, including "
            "opioids, at the kiosk by our front door. No questions asked. We cannot take "
            "needles, inhalers or liquids. Sponsored with the county sheriff's office.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday pharmacy hours",
        "body": (
            "Thanksgiving Day: all stores closed except 24-hour Store #{ext} ({address}).\n"
            "Black Friday: 9 am - 6 pm\n"
            "Prescriptions due over the holiday can be filled early; call {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly vaccine inventory",
        "body": (
            "Store #{ext} - on hand as of {date}\n\n"
            "Vaccine              NDC             Lot         Exp       Doses\n"
            "Fluzone High-Dose    49281-0125-65   UT8132KA    06/2027   64\n"
            "Shingrix             58160-0823-11   {lot}     11/2027   21\n"
            "Arexvy               58160-0848-11   3H9L2       02/2027   8\n"
            "Spikevax 2026-27     80777-0115-99   AS0417B     04/2027   30\n\n"
            "Reorder placed for Shingrix. {name}, immunizing pharmacist\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medication safety alert: hydroxyzine / hydralazine",
        "body": (
            "Two near-miss errors this month involved hydroxyzine 25 mg and hydralazine "
            "25 mg, which sit next to each other on the shelf. Both were caught at final "
            "check; no one received the wrong drug. Effective now: tall-man lettering on bin "
            "labels, and the bins are being moved apart. Report near misses in the safety "
            "portal.\n"
            "{name}, medication safety\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "APPE rotation assignments",
        "body": (
            "Welcome to our P4 students starting {date}:\n"
            "  {name} - ambulatory care / anticoag clinic (preceptor {provider})\n"
            "  {name2} - specialty pharmacy\n"
            "  {name3} - community, Store #{ext}\n"
            "Please finish HIPAA training and the badge form before day 1.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claims rejects - daily summary",
        "body": (
            "DATE: {date}\n"
            "TOTAL CLAIMS: 1,842\n"
            "REJECTED: 214 (11.6%)\n"
            "  75 PRIOR AUTHORIZATION REQUIRED    88\n"
            "  79 REFILL TOO SOON                 61\n"
            "  70 PRODUCT NOT COVERED             39\n"
            "  76 PLAN LIMITATIONS EXCEEDED       26\n"
            "Top rejecting plan: {pbm33}. Techs, please work the PA queue before noon.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday shipping cutoffs for cold-chain orders",
        "body": (
            "Refrigerated orders will not ship on the Thursday or Friday of Thanksgiving "
            "week. Orders for Monday-Wednesday delivery must be verified by 2 pm the day "
            "before. Use the 48-hour shipper with 6 gel packs when the destination forecast "
            "is above 90 F. Questions: {name}, shipping lead, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Biosimilar switch - what to tell patients",
        "body": (
            "Starting {date}, our plan prefers adalimumab-adaz over Humira. Pharmacists, "
            "please use these talking points at the counter:\n"
            "  - Same active ingredient, same dose and schedule\n"
            "  - The new pen looks different; offer a demo pen\n"
            "  - Copay is the same or lower\n"
            "Anyone with a documented reaction can request an exception through the "
            "prescriber.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Med rec form - new version",
        "body": (
            "Attached is the revised admission medication reconciliation form. Fields:\n\n"
            "Patient name: ______________   MRN: __________   DOB: ___/___/_____\n"
            "Source(s): [ ] patient  [ ] family  [ ] pharmacy fill history  [ ] PCP list\n"
            "Medication | Dose | Route | Frequency | Last dose | Continue / Hold / Stop\n\n"
            "Pharmacy techs take the history; the pharmacist signs. Go-live {date}.\n"
            "{name}, PharmD\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Controlled substance agreement template (rev. {year2})",
        "body": (
            "Clinic leadership approved the revised agreement. Changes: random UDS at least "
            "twice a year, one designated pharmacy, no early refills for lost medication, "
            "and naloxone offered to everyone on more than 50 MME/day. Print it from the "
            "forms library and recycle the old version. Questions to {name}, RN, clinic "
            "manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sig code table update in the dispensing system",
        "body": (
            "These sig codes were added or changed in the pharmacy system (v{version}):\n\n"
            "1PO BID     Take 1 tablet by mouth twice a day\n"
            "1PO QHS     Take 1 tablet by mouth at bedtime\n"
            "2P Q4-6H    Inhale 2 puffs every 4 to 6 hours as needed\n"
            "INJ QW      Inject under the skin once a week\n"
            "UD          Use as directed (not allowed for insulin; RPh must clarify)\n\n"
            "Effective {date}. {name}, pharmacy informatics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {invoice} - 503B outsourcing",
        "body": (
            "Thank you for your request. Pricing for office-use stock (no patient-specific "
            "orders):\n\n"
            "Product                                    Pack   Price\n"
            "phenylephrine 100 mcg/mL 10 mL syringe     25     {amount2}\n"
            "ketamine 50 mg/5 mL syringe                25     $312.50\n"
            "oxytocin 30 units/500 mL bag               10     $289.00\n\n"
            "BUD 90 days refrigerated. Lead time 2 weeks.\n"
            "{name}, account manager, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Insulin $35 cap - what changes Jan 1",
        "body": (
            "Reminder for all stores: from January 1, Part D and most of our commercial "
            "plans cap insulin copays at $35 per month's supply. Pens and vials are "
            "included; pump supplies billed under the medical benefit are not. Run a test "
            "claim if in doubt. Training slides from {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacist license renewal reminder",
        "body": (
            "{name}, RPh - license #RPH.0049213 expires {date}. You need 30 CE hours, "
            "including 2 in opioids/pain management and 1 in pharmacy law. Upload "
            "certificates in the compliance portal. Your current CPE Monitor total is 24.5 "
            "hours.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field safety notice: CGM sensor lots",
        "body": (
            "{company} is recalling certain lots of CGM sensors that may read falsely high. "
            "Affected lots: {lot}, L559021, L559044. Pharmacies: pull affected stock and "
            "return it with the enclosed label. Customers who received these lots are being "
            "contacted directly by the manufacturer. Pods and transmitters are not "
            "affected.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Return manifest - expired stock",
        "body": (
            "Pickup scheduled {date} by {company} Returns.\n\n"
            "NDC             Description                      Qty     Exp\n"
            "{ndc}    {drug33}    1 btl   08/2026\n"
            "00378-6208-77   levothyroxine 50 mcg tab 90ct    2 btl   07/2026\n"
            "C-II: oxycodone 5 mg tab 100ct x 1 (DEA 222 #{code} attached)\n\n"
            "Credit memo expected in 60-90 days.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Employee flu shots - this week only",
        "body": (
            "Employee Health and pharmacy are offering free flu shots Mon-Wed, 7 am - 3 pm, "
            "cafeteria annex. Bring your badge. If you got your shot elsewhere, upload "
            "proof in the employee health portal by {date}. Questions: {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PGY1 residency match results",
        "body": (
            "We are delighted to welcome our incoming PGY1 pharmacy residents: {name}, "
            "{name2} and {intl_name}. Orientation starts July 1. Thanks to everyone who "
            "interviewed candidates this year.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rep visit request",
        "body": (
            "Hi Dr. {provider_last}, this is {name} with {company}. I'd like to bring lunch "
            "for your team on {date} and share new data on {spec33}, including the patient "
            "support program and the savings card. Would 12:15 work?\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Beyond-use date chart for sterile preps",
        "body": (
            "Posted in the IV room (USP <797>):\n\n"
            "Category     Room temp   Fridge    Freezer\n"
            "1            12 h        24 h      n/a\n"
            "2 aseptic    4 days      10 days   45 days\n\n"
            "Label every syringe and bag with its BUD. {name}, IV room supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DI question: crushing {drug33}",
        "body": (
            "Q (from a 6 North RN): can {drug33} be crushed for a feeding tube?\n"
            "A: Immediate-release tabs may be crushed and mixed with 15 mL water; flush the "
            "tube before and after. Do not crush ER/DR forms - call pharmacy for a liquid "
            "alternative. Ref: ISMP Do Not Crush list.\n"
            "{name}, PharmD, drug information\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Which vaccines can pharmacists give? (updated)",
        "body": (
            "Quick reference for the counter:\n"
            "- Flu: ages 3+\n"
            "- COVID-19: ages 5+\n"
            "- RSV (Arexvy, Abrysvo): 75+, or 60-74 at increased risk\n"
            "- Shingrix: 50+, 2 doses 2-6 months apart\n"
            "- Prevnar 20: 65+, or 19-64 with risk conditions\n"
            "Always check the state registry before giving a dose. {name}, immunization "
            "program lead\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall outreach status",
        "body": (
            "Patient-level recall for {drug33} lot {lot}: 312 patients identified from "
            "dispensing records, 287 reached by phone or text, 11 letters returned, 14 still "
            "unreachable. Replacement bottles dispensed: 203. The call list is in the secure "
            "folder, not in email.\n"
            "{name}, PIC\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campanha de vacinação contra a gripe",
        "body": (
            "A farmácia {pharm33} oferece vacina contra a gripe gratuita no sábado, {date}, "
            "das 9h às 13h, no salão da paróquia, {address}. Não é preciso marcar. Traga um "
            "documento com foto. Dúvidas: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: can you send Ozempic?",
        "body": (
            "Sent 4 pens of 1 mg in the courier bag, transfer logged under your store.\n\n"
            "{name2}, PIC Store #{ext}\n\n"
            "> On {date}, {name} wrote:\n"
            "> We're out of Ozempic 1 mg and have 3 people waiting on it this week. Can you\n"
            "> spare a few pens? I can send back Trulicity 1.5 next week.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EOD report Store #{ext}",
        "body": (
            "END OF DAY SUMMARY  {date}\n"
            "RX FILLED: 612   NEW: 188   REFILL: 424\n"
            "WILL CALL BINS: 341   RTS DUE: 57\n"
            "VACCINES GIVEN: 44 (FLU 31, COVID 9, SHINGRIX 4)\n"
            "C-II FILLS: 23   PMP CHECKS: 23\n"
            "REJECTS OPEN: 18\n"
            "RPH ON DUTY: {provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Compounding cleanroom recertification",
        "body": (
            "{company} will recertify the cleanroom and hoods on {date}, 6 am - 2 pm. No "
            "sterile compounding during that window; batch the morning antibiotics the "
            "night before. Viable air and surface sampling results come back in about 7 "
            "days. Contact {name}, compounding supervisor, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh21": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector: the author did not read gateway/, policies/, docs/,
tests/, bench/accuracy/vocab/ or README.md, did not read the other blind splits fresh8.py ...
fresh20.py, and did not run the detector, the benchmark or any test. Only
bench/accuracy/generate.py, bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read,
for the placeholder names and the data format, and so as not to repeat their templates or
vocabulary. It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

Angle: the back office and the people who are not clinicians. Revenue cycle and billing
(denials and appeals, prior-authorisation back-and-forth with payers, EOB and remittance
questions, coding queries, collections, refunds, clearinghouse rejections with pasted
837/835/277 segments), health-plan member services and case management, pharmacy benefit
managers and specialty pharmacy intake, release of information (attorneys, subpoenas,
disability and life insurers), workers' compensation and occupational health, IT and EHR
help-desk tickets and interface alerts that quote what staff see on screen, privacy-office
incident reports, and employees' own health mentioned to HR. The hard negatives come from the
same world: payer bulletins and fee schedules naming codes and drugs but no member, coding
quizzes with de-identified cases, batch-level clearinghouse reports, vendor invoices and
shipping notices, IT change tickets, HL7 specs with obviously synthetic test patients, HR
benefits mail, compliance reminders, denial dashboards with aggregates, and signatures full of
phone, fax and NPI numbers.

The vocabulary below ({dx21} {rx21} {srx21} {proc21} {cpt21} {test21} {sym21} {payer21}
{carc21} {injury21} {accom21} {dme21}, FRESH21_VOCAB) was written from general knowledge of
clinical and revenue-cycle language. Other placeholders come from generate.fill() and
generate.fresh_fill(). Each template is a dict: subject, body, phi, subject_phi (the Subject
alone carries PHI: it identifies a patient together with health information, or holds a
patient identifier), validated (a checksum- or code-list-backed identifier is present:
{card}, {icd}, {mbi}, {ssn}). Templates are filled with str.format, so they hold no literal
braces. Card-like numbers written literally in the negatives fail the Luhn check, and
SSN-like literals use never-issued area numbers (000, 666, 9xx).
"""

from __future__ import annotations

FRESH21_VOCAB: dict[str, list[str]] = {
    "dx21": [
        "myasthenia gravis",
        "pulmonary sarcoidosis",
        "paroxysmal nocturnal hemoglobinuria",
        "hereditary angioedema",
        "Gaucher disease type 1",
        "spinal muscular atrophy",
        "eosinophilic esophagitis",
        "moderate to severe plaque psoriasis",
        "ankylosing spondylitis",
        "CIDP",
        "immune thrombocytopenia",
        "polycythemia vera",
        "pulmonary arterial hypertension",
        "primary biliary cholangitis",
        "narcolepsy with cataplexy",
        "mantle cell lymphoma",
        "metastatic renal cell carcinoma",
        "HER2-positive breast cancer",
        "wet macular degeneration",
        "severe eosinophilic asthma",
        "atopic dermatitis",
        "opioid use disorder in early remission",
        "gender dysphoria",
        "morbid obesity with BMI 42",
        "cluster headaches",
        "lumbar disc herniation at L5-S1",
        "complex regional pain syndrome",
        "post-concussion syndrome",
        "alcoholic cirrhosis",
        "a labral tear of the right hip",
    ],
    "rx21": [
        "Nurtec ODT 75 mg",
        "Ubrelvy 50 mg",
        "Linzess 145 mcg",
        "Xifaxan 550 mg",
        "Repatha 140 mg/mL",
        "Qulipta 60 mg",
        "Austedo 12 mg",
        "Ingrezza 40 mg",
        "Rexulti 1 mg",
        "Caplyta 42 mg",
        "Auvelity",
        "Belsomra 10 mg",
        "Xywav oral solution",
        "Veozah 45 mg",
        "Myrbetriq 50 mg",
        "tizanidine 4 mg",
        "baclofen 10 mg",
        "celecoxib 200 mg",
        "lidocaine 5% patches",
        "Butrans 10 mcg/hr patch",
        "Sublocade 300 mg",
        "varenicline 1 mg",
        "Kerendia 10 mg",
        "Vraylar 3 mg",
        "modafinil 200 mg",
        "topiramate 50 mg",
    ],
    "srx21": [
        "Skyrizi 150 mg",
        "Rinvoq 15 mg",
        "Stelara 90 mg",
        "Entyvio infusions",
        "infliximab (Remicade)",
        "Tremfya",
        "Cosentyx 300 mg",
        "Nucala 100 mg",
        "Fasenra",
        "Tezspire",
        "Xolair",
        "Kesimpta",
        "Vyvgart",
        "Soliris",
        "Ultomiris",
        "Takhzyro",
        "Cerezyme",
        "Evrysdi",
        "Epclusa",
        "Revlimid 10 mg",
        "Ibrance 125 mg",
        "Imbruvica",
        "Eylea injections",
        "Hemlibra",
        "Orencia ClickJect",
        "Dupixent 300 mg",
    ],
    "proc21": [
        "arthroscopic rotator cuff repair (29827)",
        "lumbar laminectomy, L3-L5",
        "laparoscopic sleeve gastrectomy (43775)",
        "attended sleep study (95810)",
        "MRI cervical spine without contrast (72141)",
        "hereditary cancer gene panel (81162)",
        "IV infusion, first hour (96365)",
        "neuropsychological testing",
        "intensive outpatient program, 20 days",
        "residential substance use treatment",
        "inpatient rehab stay",
        "skilled nursing facility stay",
        "air ambulance transport",
        "cochlear implant",
        "spinal cord stimulator trial (63650)",
        "lumbar facet radiofrequency ablation (64635)",
        "reduction mammaplasty (19318)",
        "upper eyelid blepharoplasty",
        "IVF cycle with ICSI",
        "gender-affirming chest surgery",
        "dental rehab under general anesthesia",
        "coronary CT angiography (75574)",
        "home sleep apnea test (95806)",
        "outpatient physical therapy, 12 visits",
        "ABA therapy, 30 hours a week",
        "TMS, 36 sessions",
        "proton beam therapy",
        "MRI left knee (73721)",
    ],
    "cpt21": [
        "99214",
        "99215",
        "99223",
        "99285",
        "20610",
        "97110",
        "97140",
        "G0439",
        "93000",
        "96413",
        "J0897",
        "J1745",
        "71046",
        "45380",
        "90837",
        "99497",
        "27130",
        "64483",
        "J9312",
        "G2211",
    ],
    "test21": [
        "hepatitis B surface antigen",
        "HLA-B27",
        "anti-CCP antibody",
        "Factor V Leiden mutation test",
        "BRCA1/2 sequencing",
        "serum free light chains",
        "JAK2 V617F mutation test",
        "alpha-1 antitrypsin level",
        "IGF-1",
        "ACTH stimulation test",
        "urine EtG",
        "NT-proBNP",
        "high-sensitivity troponin",
        "nerve conduction study",
        "sleep-deprived EEG",
        "cardiac MRI",
        "coronary calcium score",
        "whole-body bone scan",
        "Oncotype DX",
        "FibroScan",
        "tilt table test",
        "spirometry with bronchodilator",
        "allergy skin testing",
        "audiogram",
        "Humphrey visual field",
        "MRI of the left shoulder",
    ],
    "sym21": [
        "his back went out lifting boxes",
        "she can't grip anything with her right hand",
        "dizzy spells at work",
        "panic attacks on the drive in",
        "migraines that keep her home two or three days a month",
        "chest pains at his desk",
        "a seizure in the break room",
        "nosebleeds that won't stop",
        "can't stand for more than 20 minutes",
        "a swollen knee that locks up",
        "burning pain down the left leg",
        "waking up choking at night",
        "blurry vision since the accident",
        "exhaustion so bad she can't get out of bed",
        "memory problems since the fall",
        "nightmares and flashbacks",
        "pain in both wrists from typing",
        "a rash on his hands from the gloves",
        "constant nausea",
        "hearing loss in the left ear",
        "fainting when she stands up",
    ],
    "payer21": [
        "UnitedHealthcare Community Plan",
        "Anthem Blue Cross",
        "Cigna",
        "Humana Gold Plus HMO",
        "Aetna Choice POS II",
        "Kaiser Permanente",
        "Molina Healthcare",
        "Ambetter",
        "Highmark BCBS",
        "Florida Blue",
        "TRICARE East",
        "Medicare Part B",
        "Medi-Cal",
        "Oscar Health",
        "Priority Health",
        "Geisinger Health Plan",
        "Blue Shield of California",
        "Horizon NJ Health",
        "CareSource",
        "Wellcare",
        "UMR",
        "Meritain Health",
        "Medica",
        "EmblemHealth",
        "Health Net",
    ],
    "carc21": [
        "CO-197 (precertification/authorization absent)",
        "CO-50 (not deemed a medical necessity)",
        "CO-16 with remark MA130 (claim lacks information)",
        "CO-29 (time limit for filing has expired)",
        "CO-22 (may be covered by another payer)",
        "PR-1 (deductible)",
        "PR-2 (coinsurance)",
        "CO-4 (modifier inconsistent with procedure)",
        "CO-97 (included in another service)",
        "CO-18 (exact duplicate claim)",
        "CO-27 (incurred after coverage terminated)",
        "CO-151 (frequency not supported)",
        "OA-23 (prior payer adjudication)",
        "CO-109 (not covered by this payer)",
        "PR-96 (non-covered charge)",
        "CO-236 (NCCI procedure-to-procedure edit)",
        "CO-167 (diagnosis not covered)",
        "PR-204 (not covered under the benefit plan)",
        "CO-45 (charge exceeds fee schedule)",
        "CO-252 (additional documentation needed)",
    ],
    "injury21": [
        "a lumbar strain from lifting a patient",
        "a left wrist fracture from a fall on ice in the parking lot",
        "a needlestick exposure",
        "a chemical splash to both eyes",
        "a right shoulder strain",
        "a laceration to the right hand that needed sutures",
        "carpal tunnel syndrome from repetitive scanning",
        "a concussion from a falling shelf",
        "an ankle sprain on the loading dock",
        "a knee contusion",
        "a second-degree burn from the fryer",
        "a crush injury to two fingers",
        "an inguinal hernia from lifting",
        "a bite from a combative patient",
        "heat exhaustion",
        "a dog bite during a home visit",
        "a hip contusion from a slip and fall",
        "noise-induced hearing loss",
        "contact dermatitis from latex",
    ],
    "accom21": [
        "a sit/stand desk",
        "a 15 lb lifting restriction",
        "intermittent FMLA, up to two days a month",
        "a later start three mornings a week for dialysis",
        "remote work during chemotherapy",
        "a private space to use her insulin pump",
        "extra breaks to check blood sugar",
        "no night shifts",
        "a reduced schedule of 24 hours a week for 8 weeks",
        "an ergonomic keyboard and wrist rest",
        "time off every other Friday for infusions",
        "a parking space close to the entrance",
        "permission to bring a service dog",
        "a quiet workspace away from the call floor",
        "no patient lifting for 6 weeks",
    ],
    "dme21": [
        "a semi-electric hospital bed (E0260)",
        "a group 2 power wheelchair",
        "a CPAP with heated humidifier",
        "a Dexcom G7",
        "an Omnipod 5 pump",
        "a home oxygen concentrator",
        "a TENS unit",
        "a knee scooter",
        "a bone growth stimulator",
        "a pneumatic compression pump",
        "a wound vac",
        "enteral feeding pump supplies",
        "a Hoyer lift",
        "a custom knee-ankle-foot orthosis",
        "a BiPAP ST",
    ],
}


FRESH21_PHI: list[dict] = [
    {
        "subject": "Level 1 appeal - claim {claim}",
        "body": (
            "{payer21}\n"
            "Attn: Provider Appeals\n\n"
            "RE: Member {name}\n"
            "Member ID: {member}\n"
            "Date of birth: {dob}\n"
            "Date of service: {date}\n"
            "Service: {proc21}\n"
            "Denial reason: {carc21}\n\n"
            "We are appealing the denial of the above claim. The member has {dx21} and had "
            "failed more than six months of conservative treatment, including {rx21}, before "
            "the service was ordered. The office notes and imaging report are enclosed. We ask "
            "that the claim be reprocessed for payment.\n\n"
            "Sincerely,\n{name2}\nAppeals Specialist, Patient Financial Services\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Query: documentation clarification needed",
        "body": (
            "Dr. {provider_last},\n\n"
            "Patient: {last}, {first}   MRN: {mrn}   Admit date: {date}\n\n"
            "The H&P describes {sym21} and the {test21} was abnormal, and the progress notes "
            "from day 2 mention {dx21}, but it is not carried into the discharge summary. "
            "Based on your clinical judgment, can you clarify whether the condition was:\n\n"
            "  [ ] present on admission and treated\n"
            "  [ ] ruled out\n"
            "  [ ] clinically undetermined\n"
            "  [ ] other (please specify)\n\n"
            "Please answer in the query tab so the account can be final billed.\n\n"
            "{name2}, RHIT, CCS\nClinical Documentation Integrity\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "835 question - why did this pay $0?",
        "body": (
            "Can someone who reads 835s look at this one? Pasting the segments from the ERA:\n\n"
            "CLP*{claim}*4*1850*0**12*{ref}~\n"
            "NM1*QC*1*{last}*{first}****MI*{member}~\n"
            "NM1*82*2*{clinic}*****XX*{npi}~\n"
            "DTM*232*20250314~\n"
            "SVC*HC:{cpt21}*1850*0**1~\n"
            "CAS*CO*197*1850~\n\n"
            "The patient had the {proc21} and I'm sure we had an auth on file with "
            "{payer21}. Do we appeal or submit a corrected claim with the auth number?\n\n"
            "{name2}\nCash posting\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clearinghouse rejections {date}",
        "body": (
            "277CA REJECTION DETAIL\n"
            "------------------------------------------------------------\n"
            "Patient:   {upper_name}\n"
            "Acct:      {account}\n"
            "Subscriber ID: {member}\n"
            "DOS:       {date2}\n"
            "Payer:     {payer21}\n"
            "STC*A7:255:IN*20250402*U*425~\n"
            "Message:   Diagnosis code {icd} is not valid for the date of service\n"
            "------------------------------------------------------------\n"
            "1 rejected, 0 accepted in this file. Correct the claim in the work queue and "
            "resubmit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Refund request",
        "body": (
            "Hello billing department,\n\n"
            "My name is {name} and I paid {amount2} at check-in for my {proc21} on {date}. "
            "My statement now shows that {payer21} paid everything and I have a credit of "
            "{amount2}. Could you refund it to the card I paid with? The number is {card}. "
            "My account number is {account}.\n\n"
            "Thank you,\n{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "EOB doesn't make sense",
        "body": (
            "Hi,\n\n"
            "I got an Explanation of Benefits from {payer21} for the {test21} I had at your lab "
            "on {date}. It says the billed amount was {amount}, that {carc21} applies, and that "
            "I owe {amount2}. My doctor told me it would be covered because of my {dx21}. Can "
            "someone check whether it was coded right before I pay it?\n\n"
            "Member ID on my card: {member}\n\n"
            "{name}\n{address}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: PA {ref} - {name} - {srx21}",
        "body": (
            "Faxed the chart notes and the TB test result over at 2:40. Please confirm receipt.\n"
            "\n{name2}\nPrior Authorization Coordinator, {clinic}\n\n"
            "-----Original Message-----\n"
            "From: Pharmacy Prior Authorization <pa-noreply@rxplan.example>\n"
            "Sent: {date}\n\n"
            "Request {ref} is PENDED for additional information. Please provide documentation "
            "of: (1) diagnosis of {dx21} by a specialist; (2) trial and failure of two "
            "formulary alternatives of at least 12 weeks each; (3) negative TB screening within "
            "the last 12 months. If we do not receive this within 72 hours the request will be "
            "decided on the information on file.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Peer-to-peer scheduled",
        "body": (
            "Dr. {provider_last},\n\n"
            "{payer21} denied inpatient status for {name} (DOB {dob}), admitted {date} with "
            "{dx21}; they are offering observation only. The peer-to-peer with their medical "
            "director is set for {time} tomorrow. Call {phone} and give reference {ref}. The "
            "review nurse said they will ask why the {test21} could not be done outpatient.\n\n"
            "{name2}, RN\nUtilization Review\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FINAL NOTICE - account {account}",
        "body": (
            "{upper_name}\n{address}\n\n"
            "Dear {name},\n\n"
            "Our records show a balance of {amount} for services at {clinic} on {date} "
            "({proc21}). Your insurance has processed this claim and the remaining amount is "
            "your responsibility. If we do not receive payment or hear from you by {date2}, "
            "the account may be referred to an outside collection agency.\n\n"
            "To pay, set up a payment plan, or apply for financial assistance, call {phone}.\n\n"
            "Patient Financial Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "COB - member {member}",
        "body": (
            "Per the COB questionnaire returned by {name}, she also has coverage through her "
            "husband's employer, {company}, effective {date2}. That plan is primary. All "
            "{srx21} claims since then will be reversed and the infusion center has to bill "
            "the other plan first. I have added a note to the member file and let the "
            "specialty case manager know.\n\n"
            "{name2}\nCoordination of Benefits, Member Services\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Charge correction needed",
        "body": (
            "Please correct before the claim drops tonight:\n\n"
            "MRN       Patient             DOS         Billed   Should be       Dx\n"
            "{mrn2}  {last}, {first}   {date}  {cpt21}    {cpt21}-25 + 20610  {icd}\n\n"
            "The provider did a separately documented E/M and a joint injection at the same "
            "visit, so the E/M needs modifier 25 and the injection was not charged at all.\n\n"
            "{name2}\nCharge Review\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Small balance write-off approval",
        "body": (
            "Requesting approval to adjust off the following balances (under $50, statements "
            "sent x3, no response):\n\n"
            "- {name}, acct {account}, {amount2}, {proc21}\n"
            "- {name3}, acct {mrn}, $18.40, office visit and {test21}\n"
            "- {intl_name}, acct {mrn2}, $42.15, {cpt21} copay\n\n"
            "Adjustment code 4410 (small balance). Please reply approved and I will post "
            "them today.\n\n"
            "Thanks,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call log - member {member}",
        "body": (
            "Inbound call {date} {time}\n"
            "Caller: spouse, {name2} (on the authorized representative form)\n"
            "Member: {name}, DOB {dob}\n"
            "Reason: {rx21} rejected at the pharmacy. Explained that it needs step therapy "
            "and that the prescriber has to submit a PA showing two preferred drugs were "
            "tried. Caller says the member has had {sym21} for weeks and is upset. Sent a "
            "fax to the prescriber, Dr. {provider}, and gave the caller reference {ref}.\n"
            "Resolution: open, follow-up in 2 business days.\n"
            "Agent: {name3}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "High-risk referral: {name}, {dx21}",
        "body": (
            "Member ID: {member}\n"
            "Age: {age}\n"
            "Plan: {payer21}\n\n"
            "Three ED visits in the last 60 days, the most recent on {date} for {sym21}. "
            "Pharmacy claims show gaps in {rx21} fills. No PCP visit in 14 months. Please "
            "assign to an RN case manager for outreach; the best number on file is {phone}.\n\n"
            "Population Health Analytics\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Reject 75 - {last}, {first} - {rx21}",
        "body": (
            "NCPDP response from the PBM, copied from the pharmacy system:\n\n"
            "  Cardholder ID ...... {member}\n"
            "  Patient ............ {upper_name}\n"
            "  DOB ................ {dob}\n"
            "  Product ............ NDC {ndc}\n"
            "  Reject codes ....... 75 (prior authorization required), 569\n"
            "  Message ............ CALL 800 FOR PA OR SUBMIT ELECTRONICALLY\n\n"
            "Faxed the PA request to Dr. {provider_last}. Patient is coming back Friday to "
            "pick up; told her to call first.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "New referral - specialty pharmacy",
        "body": (
            "SPECIALTY PHARMACY REFERRAL / INTAKE\n\n"
            "Patient name: {name}\n"
            "DOB: {dob}\n"
            "Ship-to address: {address}\n"
            "Best phone: {phone}\n"
            "Insurance: {payer21}, ID {member}\n"
            "Medication: {srx21}\n"
            "Diagnosis: {dx21} ({icd})\n"
            "Prescriber: {provider}, NPI {npi}\n"
            "Labs attached: {test21}, CBC, CMP\n\n"
            "Benefits investigation started. Patient prefers delivery to home, signature "
            "required.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Copay card activated for {first} {last} - {srx21}",
        "body": (
            "The manufacturer copay program approved the enrollment.\n\n"
            "Program ID: {ref}\n"
            "Annual maximum: $15,000\n"
            "Effective: {date} to the end of the year\n\n"
            "With the program the patient's out-of-pocket cost per fill is $5. The first fill "
            "ships {date2} to the address on file, {address}. Our nurse will call the patient "
            "to go over injection training.\n\n"
            "Patient Access, {company} Specialty Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your refill is on hold",
        "body": (
            "Hello {first},\n\n"
            "We could not ship the {srx21} for {name} that was scheduled for {date}. "
            "{payer21} says the authorization ended last month and needs to be renewed by "
            "your doctor. We have already sent the renewal request to Dr. {provider_last}'s "
            "office. You have about 5 days of medicine left, based on your last shipment.\n\n"
            "Questions? Call the care team at {phone}, 24 hours a day.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary exception request - {name} - {rx21}",
        "body": (
            "PRESCRIBER SUPPORTING STATEMENT\n\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Requested drug: {rx21}\n\n"
            "The patient has {dx21}. The formulary alternatives were tried and caused "
            "intolerable side effects, documented in visits on {date} and {date2}. A switch "
            "would likely cause a relapse. Please approve for 12 months.\n\n"
            "{provider}, MD\nNPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MSP questionnaire - please complete",
        "body": (
            "Registration could not finish the Medicare Secondary Payer questions for this "
            "admission, and the claim will hold until they are answered.\n\n"
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Admit date: {date}\n"
            "Reason for admission: {injury21} after a car accident\n"
            "Is the injury work-related? unknown\n"
            "Is another party responsible (auto or liability insurance)? unknown\n\n"
            "Can someone reach the family at {phone} today?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "CMN missing",
        "body": (
            "Hi {provider_first},\n\n"
            "We can't deliver {dme21} to {name} (DOB {dob}, {address}) until we have the signed "
            "certificate of medical necessity and a face-to-face note from the last 6 months "
            "that mentions {dx21}. The order came in on {date} but the note attached is from "
            "last year. Fax to {phone}, attention DME intake.\n\n"
            "Thanks,\n{name2}\n{company} Home Medical\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concurrent review, day 4",
        "body": (
            "Facility: {clinic}\n"
            "Member: {last}, {first}    ID {member}\n"
            "Admit: {date}   Approved through: {date2}\n"
            "Working dx: {dx21}\n"
            "Last 24 h: still on IV therapy, {test21} pending, PT recommends {proc21} after "
            "discharge. Family wants home with services.\n"
            "Request: 2 additional days.\n"
            "UR nurse: {name2}, direct line {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Member grievance #{code}",
        "body": (
            "Summary for the grievance committee:\n\n"
            "{name} (member ID {member}) states that she went to the nearest ER on {date} with "
            "{sym21} and was later billed {amount} as out-of-network. The ER claim was denied "
            "with {carc21}. The member asks that it be reprocessed at the in-network level "
            "under the emergency services rule. Recommend overturn; the ED record supports a "
            "prudent-layperson emergency.\n\n"
            "{name2}, Grievance and Appeals Analyst\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice election - {name}",
        "body": (
            "NOE submitted to the MAC on {date}.\n"
            "MBI: {mbi}\n"
            "Terminal diagnosis: {dx21}\n"
            "Attending: Dr. {provider}\n"
            "Benefit period: 1 (90 days)\n\n"
            "Billing: please hold any outpatient claims for this beneficiary after the "
            "election date; they will be the hospice's responsibility.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Records request - our client {name}",
        "body": (
            "To the Custodian of Records:\n\n"
            "This firm represents {name} (date of birth {dob}, SSN {ssn}) in connection with "
            "injuries sustained in a motor vehicle collision on {date}. Enclosed is a "
            "HIPAA-compliant authorization signed by our client. Please provide complete "
            "certified copies of all records from {date2} to the present, including ER "
            "records, imaging, the {test21} report, therapy notes, and an itemized billing "
            "statement for the {proc21}.\n\n"
            "Please direct any fee invoice to our office.\n\n"
            "{name2}, Paralegal\n{company} LLP\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Subpoena duces tecum - {name}, DOB {dob}",
        "body": (
            "HIM/ROI team,\n\n"
            "Legal received a subpoena today for this patient, Superior Court case no. "
            "{code}. It asks for records of treatment for {dx21} from {year} to present and "
            "all pharmacy records for {rx21}. Because some of the records are from the "
            "substance use program, do NOT release anything until Legal confirms whether a "
            "court order is needed. Response due {date2}.\n\n"
            "{name2}\nOffice of General Counsel\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Attending physician statement requested",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "{company} Insurance is evaluating a long-term disability claim for your patient.\n"
            "\n"
            "Claimant: {name}\n"
            "Claim number: {claim}\n"
            "Date of birth: {dob}\n"
            "Last day worked: {date}\n"
            "Reported condition: {dx21}\n\n"
            "Please complete the enclosed attending physician statement, including current "
            "restrictions and limitations and the expected duration, and return it with "
            "office notes since {date2}. A fee of up to $50 will be reimbursed.\n\n"
            "{name2}, Disability Claims Specialist\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "APS request - applicant {name}",
        "body": (
            "{company} Life Insurance is underwriting an individual term policy for {name}, "
            "DOB {dob}, {address}. On the application the proposed insured disclosed {dx21}, "
            "treated with {rx21}, and a {test21} in {year}. Please send an attending "
            "physician statement and records from the last five years. The signed "
            "authorization is attached.\n\n"
            "Order number: {order}\n"
            "Underwriting Services | Fax {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} - injury at work",
        "body": (
            "Hi,\n\n"
            "I'm the HR manager at {company}. Our employee {name} was seen at your occupational "
            "health clinic yesterday after {injury21}. The workers' comp carrier gave us claim "
            "number {claim}. Can you send over the work status form? We need to know if he can "
            "come back on light duty Monday and what the restrictions are. His supervisor says "
            "he mentioned {sym21} too.\n\n"
            "Thanks,\n{name2}\nHuman Resources\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Work status report",
        "body": (
            "WORK STATUS REPORT - OCCUPATIONAL HEALTH\n\n"
            "Employee: {name}\n"
            "Employer: {company}\n"
            "Date of injury: {date}\n"
            "Injury: {injury21}\n"
            "Treatment today: exam, X-ray, {rx21}\n\n"
            "Status: MODIFIED DUTY\n"
            "Restrictions: no lifting over 10 lb, no use of the injured hand, seated work only\n"
            "Next visit: {date2} at {time}\n\n"
            "{provider}, DO\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-accident drug screen - {name}",
        "body": (
            "Donor: {name}\n"
            "Employer: {company}\n"
            "Specimen ID: {code}\n"
            "Collected: {date}\n"
            "Test: 10-panel urine, DOT breath alcohol\n\n"
            "MRO-verified result: NEGATIVE\n"
            "Breath alcohol: 0.000\n\n"
            "The donor reported a current prescription for {rx21}; the MRO confirmed it "
            "with the prescriber and it does not affect the result.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FMLA certification received",
        "body": (
            "Hi {first},\n\n"
            "We received the certification Dr. {provider_last} completed. It supports "
            "intermittent leave for {dx21}: up to two episodes a month, 1-3 days each, plus "
            "appointments every 8 weeks for {srx21}. Your leave is approved from {date} through "
            "{date2}. When you use it, please call the absence line and say it is FMLA so "
            "it is not counted as an occurrence.\n\n"
            "{name2}\nLeave Administration, Human Resources\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accommodation request",
        "body": (
            "Hello,\n\n"
            "I'm {name}, I work in Patient Access at the main registration desk (employee ID "
            "{code}). Last month I was diagnosed with {dx21}, and my doctor has recommended "
            "{accom21}. I have a note from her I can send. Who should I talk to, and does my "
            "manager have to know the diagnosis?\n\n"
            "Thank you,\n{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RTW: {name} cleared with restrictions",
        "body": (
            "Manager,\n\n"
            "Employee Health has cleared your team member to return on {date} with these "
            "restrictions for the next 4 weeks: {accom21}; no mandatory overtime. We have not "
            "shared the medical details with you, and please do not ask the employee about "
            "them. Contact me at {phone} if the restrictions can't be met in your area.\n\n"
            "{name2}, RN\nEmployee Health Services\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Chart locked - MRN {mrn}",
        "body": (
            "Priority: 3 - Medium\n"
            "Category: EHR > Documentation\n"
            "Submitted by: {name2}, Outpatient Surgery\n\n"
            "Description:\n"
            "When I open the chart for {last}, {first} (DOB {dob}) I get the message below and "
            "can't sign the op note for the {proc21} from this morning.\n\n"
            '  "Encounter is locked by another user (HIM_CODER04). Allergy reconciliation '
            'required before signing. Active problem: {dx21}."\n\n'
            "I already logged out and back in. The coder says she is not in the chart.\n\n"
            "Workstation: {ip}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Interface error: ORU_OUT message rejected",
        "body": (
            "Engine: Integration Prod\n"
            "Channel: LAB_ORU_TO_REFLAB\n"
            "Error: AE - OBX-3 identifier not in the receiving system's code table\n"
            "Retries: 3 of 3, message moved to the error queue\n\n"
            "MSH|^~\\&|LIS|MAINLAB|REFLAB|REF|20250611083000||ORU^R01|{code}|P|2.5.1\n"
            "PID|1||{mrn}^^^MAINLAB^MR||{last}^{first}||{dob}|F|||{address}||{phone}\n"
            "OBR|1|{order}||LAB^{test21}|||{date}\n"
            "OBX|1|TX|LAB^{test21}||Result consistent with {dx21}. See comment.||||||F\n\n"
            "Please add the code to the outbound map and resend from the error queue.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Privacy incident {code} - misdirected fax",
        "body": (
            "INCIDENT SUMMARY (Privacy Office - confidential)\n\n"
            "Reported by: {name2}, Case Management\n"
            "Date of incident: {date}\n\n"
            "What happened: a discharge summary and the {test21} report for {name} (DOB {dob}, "
            "MRN {mrn}), admitted for {dx21}, were faxed to a wrong number: one digit of the "
            "skilled nursing facility's fax number was transposed. The recipient, a local "
            "business, called us and has shredded the pages.\n\n"
            "Next steps: risk assessment; patient notification letter to {address}; staff "
            "re-education on verifying fax numbers.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident: laptop stolen from vehicle",
        "body": (
            "A care management laptop was stolen from an employee's car on {date}. IT confirms "
            "the disk was NOT encrypted (it missed the BitLocker rollout). The user had an "
            "export of her caseload on the desktop, 38 members. First rows of the file, from "
            "her OneDrive copy:\n\n"
            "MemberID     | Name               | DOB         | Program\n"
            "{member} | {name}      | {dob}  | {dx21}\n"
            "W{mrn}    | {name3}      | {date2}  | {dx5}\n\n"
            "Privacy is starting a breach risk assessment. Please do not forward this email.\n\n"
            "{name2}\nInformation Security\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Portal: patient sees someone else's results",
        "body": (
            "Ticket from the patient portal help line:\n\n"
            "{name} ({email}) called to say that when she logs in she sees a {test21} result "
            "that isn't hers. It belongs to {name2}, DOB {dob}, and shows {dx21}. Looks like "
            "the proxy access set up on {date} was linked to the wrong chart (MRN {mrn2}). I "
            "disabled the proxy and escalated to the privacy office.\n\n"
            "{name3}, Patient Portal Support\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Break-the-glass audit follow-up",
        "body": (
            "Manager,\n\n"
            "The weekly access report shows that {name2} in your department used break-the-"
            "glass on {date} to open the record of {name} (MRN {mrn}), who is also an employee "
            "and was admitted for {dx21}. No treatment or billing relationship was found. "
            "Please meet with the employee and send us the reason for the access by "
            "{date2}.\n\n"
            "Privacy and Compliance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "837 rejected at front end",
        "body": (
            "Availity bounced this one with '2300 HI01-2 invalid format'. Segments from the "
            "file:\n\n"
            "NM1*IL*1*{last}*{first}****MI*{member}~\n"
            "N3*{address}~\n"
            "CLM*{account}*{amount2}***11:B:1*Y*A*Y*Y~\n"
            "HI*ABK:{icd}~\n"
            "SV1*HC:{cpt21}*{amount2}*UN*1***1~\n\n"
            "I think the decimal in the diagnosis code is the problem; the 837 should not "
            "have it. Can IT fix the scrubber rule? I fixed this claim by hand.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "ROI log - completed today",
        "body": (
            "Completed releases, {date}:\n\n"
            "1. {name}, DOB {dob}: to {company} Insurance (disability), 212 pages, including "
            "the {test21} and psychiatry notes (separate authorization on file).\n"
            "2. {name3}, DOB {date2}: to the patient, portal download, {proc21} op note.\n\n"
            "Invoices sent to the requesters. Copies of authorizations are in the ROI folder.\n"
            "\n{name2}, ROI Specialist, HIM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH21_NEG: list[dict] = [
    {
        "subject": "Provider bulletin: prior authorization list changes effective {date}",
        "body": (
            "{payer21} Provider Communications\n\n"
            "Starting {date}, the following services will need prior authorization for "
            "commercial and Medicare Advantage members:\n\n"
            "  - 95810, 95811 attended sleep studies (home sleep testing, 95806, stays exempt)\n"
            "  - 72148, 72141 spine MRI without contrast, unless billed with M54.16 after six "
            "weeks of documented therapy\n"
            "  - J0897 denosumab and J1745 infliximab when given in the hospital outpatient "
            "setting\n"
            "  - {srx21} and {rx21} under the pharmacy benefit\n\n"
            "Requests submitted before the effective date will be honored. See the full code "
            "list on the provider portal.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fee schedule update - Q3",
        "body": (
            "Hi all,\n\n"
            "The new commercial fee schedule from {payer21} loads on {date}. Highlights:\n\n"
            "CPT     Description                       Old       New\n"
            "99213   Office visit, est., low           $92.47    $95.10\n"
            "99214   Office visit, est., moderate      $131.20   $134.85\n"
            "20610   Arthrocentesis, major joint       $68.05    $66.90\n"
            "97110   Therapeutic exercise, 15 min      $29.88    $30.41\n"
            "G2211   Visit complexity add-on           $0.00     $16.05\n\n"
            "Contract management will update the expected-reimbursement tables over the "
            "weekend. Variances over 5% go to the underpayment work queue.\n\n"
            "{name}\nManaged Care Contracting\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding Corner: test your skills",
        "body": (
            "This month's quiz (answers at the bottom, no peeking):\n\n"
            "1. A 58-year-old woman with {dx21} comes in for a follow-up and her {rx21} dose is "
            "adjusted. Total time 35 minutes. Which E/M level?\n"
            "2. A patient with type 2 diabetes and diabetic CKD stage 3a: which codes, and in "
            "what order?\n"
            "3. A knee injection and a separately documented E/M on the same day: which "
            "modifier?\n\n"
            "Answers: 1) 99214 on time. 2) E11.22 then N18.31. 3) 25 on the E/M.\n\n"
            "Scenarios are made up for teaching. Send questions to the coding educator, "
            "{name}, CPC.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clearinghouse daily summary {date}",
        "body": (
            "Submitter ID: {code}\n\n"
            "Batch         Claims   Accepted   Rejected   Charges\n"
            "{ref}      412      407        5          {amount}\n"
            "{build}    96       96         0          $48,210.00\n\n"
            "999 acknowledgments: 2 of 2 accepted\n"
            "277CA: 5 claim-level rejections, see the rejection work queue\n"
            "ERA files received: 14 (835), total paid $212,884.31\n\n"
            "This is an automated message. Do not reply.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ERA with provider-level adjustment",
        "body": (
            "FYI the {payer21} ERA from this morning has no claim detail we can post, only a "
            "provider-level adjustment:\n\n"
            "BPR*I*0*C*NON************20250612~\n"
            "TRN*1*{code}*1{build}~\n"
            "PLB*{npi}*20251231*WO:{ref}*-1204.50~\n\n"
            "It's the recoupment for last year's overpayment review, netted against the EFT. "
            "Posting it to the payer suspense account for now.\n\n"
            "{name}\nCash Posting Lead\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - release of information services",
        "body": (
            "Bill to: Health Information Management, {clinic}\n"
            "Service period: {date} to {date2}\n\n"
            "Requests fulfilled                 412\n"
            "  Attorney / legal                 131\n"
            "  Insurance / disability            98\n"
            "  Patient and continuing care      183\n"
            "Pages produced                  18,230\n"
            "Certified copies, notary fees       $640.00\n\n"
            "Amount due: {amount}   Terms: net 45\n"
            "Remit to {company}, {address}. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} released",
        "body": (
            "Purchase order {order} has been released to {company}.\n\n"
            "Line  Item                                      SKU          Qty\n"
            "1     Infusion chair, bariatric, 3-position     {sku}   4\n"
            "2     Pharmacy refrigerator, 23 cu ft, alarmed  SKU-771203   2\n"
            "3     Temperature data logger                   SKU-550918   6\n\n"
            "Ship to: Infusion Center loading dock, {address}\n"
            "Requested delivery: {date}\n"
            "Buyer: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shipping notice: your order is on the way",
        "body": (
            "Order: {order}\n"
            "Carrier: FedEx Priority Overnight\n"
            "Tracking: {tracking}\n\n"
            "Contents: 2 x cold-chain shipper, lot {lot}, exp 2027-03\n"
            "  Recombinant factor VIII reagent, 10 x 1 mL (research use only)\n"
            "  Gel packs, temperature indicator\n\n"
            "Please refrigerate on arrival and scan the indicator. Customer care: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CHG{code}: EHR upgrade, planned downtime",
        "body": (
            "Change: upgrade the EHR to version {version} (build {build})\n"
            "Window: {date}, 01:00-05:00\n"
            "Impact: clinical and registration modules read-only; charge entry, claim "
            "scrubber and the 270/271 eligibility interface down\n"
            "Downtime procedures: paper registration packets and downtime MAR reports are on "
            "the shared drive\n"
            "Back-out plan: restore snapshot {uuid}\n"
            "Approver: {name}, CAB\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OUTAGE: eligibility checks delayed",
        "body": (
            "Our clearinghouse reports that real-time eligibility (270/271) and claim status "
            "(276/277) requests to {payer21} are timing out since {time}. Batch claim "
            "submission is not affected. Registration: please use the payer portal or call "
            "the provider line for urgent checks and note 'eligibility pending' on the "
            "account. We will update you when service is back.\n\n"
            "IT Service Desk | {phone} | ticket {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADT interface spec v{version} - test messages",
        "body": (
            "Attached is the interface spec for the new ambulatory ADT feed. Use only the "
            "synthetic test patients below in the TEST environment; they exist in no "
            "production system.\n\n"
            "MSH|^~\\&|REG|CLINIC|ENGINE|HOSP|20250101120000||ADT^A04|MSG00001|T|2.5.1\n"
            "PID|1||TEST000001^^^CLINIC^MR||ZZTEST^ALPHA^A||19000101|U|||1 TEST WAY^^"
            "NOWHERE^ZZ^00000||555-555-0100|||||||999-00-0001\n"
            "PV1|1|O|TESTCLINIC^^^CLINIC||||9999999999^ZZTEST^DOCTOR\n\n"
            "Field notes: PID-3 repeats for the enterprise ID; PID-19 is optional and must be "
            "stripped before messages leave the engine. Questions to {name}, integration "
            "analyst, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Open enrollment closes {date}",
        "body": (
            "Reminder: benefits open enrollment ends {date} at 11:59 pm.\n\n"
            "- Medical: the PPO, HDHP and EPO plans stay the same; premiums go up 3.8%\n"
            "- HSA limits: $4,300 self-only, $8,550 family\n"
            "- Dental and vision: new carrier, new ID cards will be mailed\n"
            "- Add or drop dependents: upload birth or marriage certificates\n\n"
            "If you do nothing, your current elections roll over, except the FSA, which must "
            "be re-elected. Questions: Benefits Service Center, {phone}.\n\n"
            "Human Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: annual privacy and compliance training due",
        "body": (
            "Hi {first},\n\n"
            "Your annual HIPAA Privacy, Security and Compliance modules are due by {date}. "
            "This year's course has new scenarios on misdirected faxes, ROI requests from "
            "attorneys, and what to do if a laptop or phone is lost. It takes about 45 "
            "minutes.\n\n"
            "Staff who have not finished by the due date lose EHR access until they do.\n\n"
            "Compliance Office | {email} | Hotline {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Denials dashboard - week ending {date}",
        "body": (
            "Initial denial rate: 11.4% (target < 8%)\n"
            "Denied dollars: {amount}\n\n"
            "Top reasons by volume\n"
            "  1. {carc21}                    22%\n"
            "  2. CO-16 missing information              17%\n"
            "  3. CO-22 coordination of benefits         12%\n"
            "  4. CO-50 medical necessity                 9%\n\n"
            "Top payers: {payer21} (31%), Medicare Part B (18%)\n"
            "Services most affected: {proc21}, high-cost imaging, {srx21}\n\n"
            "Action: Patient Access to re-verify auths 48 h before scheduled procedures.\n"
            "{name}, Revenue Integrity\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated billing office contacts",
        "body": (
            "Please update your records with our new billing contacts, effective {date}.\n\n"
            "{name}\nBusiness Office Manager\n{clinic}\n{address}\n"
            "Phone: {phone} | Fax: (415) 555-0299\n"
            "Group NPI: {npi} | Tax ID: 94-1234567\n"
            "Medicare PTAN: AB1234 | Medicaid ID: 0412345\n"
            "Billing email: {email}\n\n"
            "{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re-credentialing due: Dr. {provider}",
        "body": (
            "Dr. {provider_last}'s re-credentialing with {payer21} is due by {date}. We have:\n"
            "\n"
            "  Individual NPI: {npi}\n"
            "  CAQH ID: {code}\n"
            "  Date of birth (CAQH profile): {dob}\n"
            "  State license: exp {date2}\n"
            "  DEA: renewed, copy on file\n"
            "  Malpractice COI: needs the new policy page\n\n"
            "Please re-attest in CAQH and send the COI. Thanks!\n\n"
            "{name}, Provider Enrollment\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PBM formulary changes for next year",
        "body": (
            "Our pharmacy benefit manager has released next year's commercial formulary. "
            "Changes that will affect the most prescriptions:\n\n"
            "* {rx21}: moves from tier 2 to tier 3 (non-preferred)\n"
            "* {srx21}: stays on the specialty tier; step therapy now needs one preferred "
            "biosimilar first\n"
            "* Humira: removed; adalimumab-adaz and adalimumab-aaty are preferred\n"
            "* GLP-1s for weight loss: excluded unless the employer buys the rider\n\n"
            "Members affected will get letters 60 days before. Prescribers can find the "
            "exception form on the portal.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How to refer to our specialty pharmacy",
        "body": (
            "Thank you for partnering with {company} Specialty Pharmacy. To speed up benefits "
            "investigation, please fax referrals to {phone} with this cover sheet filled in:\n"
            "\n"
            "  Patient name: ______________________   DOB: ____/____/______\n"
            "  Member ID: ____________   Phone: ______________\n"
            "  Drug and strength: __________________   ICD-10: ________\n"
            "  Prescriber NPI: __________   Signature: ________________\n\n"
            "Attach the last two office notes, relevant labs, and the insurance card (front "
            "and back). Our liaison for your region is {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OSHA 300A summary - please post by February 1",
        "body": (
            "Attached is the Form 300A summary for calendar year {year2}, which must be "
            "posted in each break room from February 1 to April 30.\n\n"
            "Total recordable cases: 14\n"
            "  Days away from work: 3\n"
            "  Job transfer or restriction: 6\n"
            "  Other recordable cases: 5\n"
            "Injury types: 9 strains and sprains, 3 needlesticks, 1 skin disorder, 1 hearing "
            "loss\n"
            "Total hours worked: 1,284,500\n\n"
            "Signed by {name}, VP Human Resources. The 300 log itself stays confidential.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Earn $300 with the wellness program",
        "body": (
            "Employees and spouses on our medical plan can earn a $300 HSA deposit this year "
            "by completing a biometric screening (blood pressure, cholesterol, glucose, BMI) "
            "and an online health assessment by {date}. Screenings are in the auditorium "
            "{date2}, 6 am to 2 pm, no appointment needed.\n\n"
            "Individual results go only to you and the screening vendor, {company}; the "
            "employer sees combined statistics only.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You have 6 free counseling sessions",
        "body": (
            "A reminder that the Employee Assistance Program is free and confidential for "
            "you and anyone in your household. Counselors can help with stress, grief, "
            "substance use, parenting and money worries, and can refer you for longer-term "
            "care. Call {phone} any time, or visit the EAP website with company code "
            "{code}.\n\nNothing you discuss with the EAP is shared with your manager or "
            "HR.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations to our newest CPC and CRC",
        "body": (
            "Please congratulate {name}, who passed the CPC exam, and {name2}, who earned the "
            "CRC risk adjustment credential! {name2} will now take the lead on HCC reviews "
            "for {dx21} and heart failure, and {first} joins the pro-fee coding team for "
            "orthopedics and {proc21}.\n\n"
            "Coding Department\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: contract renewal - proposed rates",
        "body": (
            "{name},\n\n"
            "Thanks for the call. To recap our counter-proposal for the {payer21} renewal:\n"
            "- Professional services: 118% of the Medicare fee schedule (your offer: 108%)\n"
            "- {proc21}: case rate of {amount}, carve-out from the outpatient percentage\n"
            "- Specialty drugs ({srx21} and others): ASP + 6%\n"
            "- Timely filing: 180 days; auth retro-review window: 5 business days\n\n"
            "Happy to meet on {date}.\n\n"
            "{name2}\nDirector, Managed Care\n\n"
            "> From: {name}\n"
            "> We can't go above 110% this cycle, but we're open on timely filing.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADR letters received - action needed",
        "body": (
            "We received 25 Additional Documentation Requests from the Medicare RAC this week, "
            "mostly for inpatient rehab stays and {proc21}. The list with claim numbers is in "
            "the Audit SharePoint folder (restricted), not in this email. Records are due "
            "{date}; HIM will pull charts and Revenue Integrity will review before anything is "
            "sent.\n\n"
            "{name}, Audit Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lockbox deposit summary {date}",
        "body": (
            "Lockbox: 04412\n"
            "Deposit date: {date}\n\n"
            "Patient checks:          187    $24,981.22\n"
            "Insurance checks:         42   $311,407.90\n"
            "Correspondence only:      63\n"
            "Returned mail:            19\n\n"
            "Images available in the lockbox portal under batch {ref}. Unidentified payments "
            "({count}) were routed to the research queue.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Privacy office monthly report",
        "body": (
            "Incidents logged last month: 12\n"
            "  Misdirected fax: 5\n"
            "  Mailing errors (wrong statement in envelope): 3\n"
            "  Inappropriate EHR access: 2\n"
            "  Lost device (encrypted): 1\n"
            "  Verbal disclosure: 1\n\n"
            "None met the breach notification threshold after risk assessment. Fax errors "
            "are down 40% since speed-dial numbers were locked in the fax server. Next "
            "training focus: verifying requester identity for ROI.\n\n"
            "{name}, Privacy Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phishing test results",
        "body": (
            "Last week's simulated phishing email ('Your EOB is ready: view claim') was "
            "opened by 41% of staff and 9% entered credentials on the fake page. Revenue "
            "cycle and patient access had the highest click rates. Everyone who clicked has "
            "been enrolled in a 10-minute refresher. Report suspicious mail with the Phish "
            "Alert button.\n\n"
            "Information Security | {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certificate of destruction {ref}",
        "body": (
            "{company} Secure Shredding\n\n"
            "Service date: {date}\n"
            "Location: HIM file room and Business Office, {address}\n"
            "Consoles serviced: 14\n"
            "Weight destroyed: {count} lbs\n"
            "Method: cross-cut shredding, NAID AAA certified\n\n"
            "This certifies that the material collected was destroyed in accordance with "
            "applicable privacy law. Certificate number {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MAC update: LCD revision for {srx21}",
        "body": (
            "The Medicare Administrative Contractor has revised the local coverage "
            "determination for drugs given in physician offices. For {srx21}, coverage now "
            "requires documentation of {dx21} confirmed by a specialist, and one of the "
            "listed ICD-10-CM codes must be billed on the same line. Claims with a date of "
            "service on or after {date} will be edited. The updated billing and coding "
            "article lists the covered codes and the JW/JZ modifier rules.\n\n"
            "Pharmacy Revenue Cycle\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NCCI quarterly edits - what changed",
        "body": (
            "The quarterly NCCI update is in the scrubber as of {date}. New or changed edits "
            "to watch:\n\n"
            "Column 1   Column 2   Modifier allowed\n"
            "64483      64484      1 (with XS if a different level)\n"
            "45380      45385      1\n"
            "96413      96365      1 (when the infusion is a different drug)\n"
            "93000      99214      1 (separately identifiable E/M)\n\n"
            "Unit limits for J9312 and J1745 also changed. Questions to {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received by virtual card",
        "body": (
            "{payer21} has paid 37 claims with a single-use virtual card.\n\n"
            "Card number: 4485 2931 7740 1235\n"
            "Expiration: 09/27   CVV: 118\n"
            "Amount: {amount}\n"
            "Payment reference: {ref}\n\n"
            "Claim detail is in the attached remittance. To receive future payments by ACH "
            "instead (no processing fee), enroll for EFT at the payer portal.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Test data for the new eligibility tool",
        "body": (
            "For UAT of the real-time eligibility tool, use only the payer's sandbox test "
            "subscribers:\n\n"
            "  Subscriber: TESTCASE, ONE   Member ID TEST000001   SSN 987-65-4320\n"
            "  Subscriber: TESTCASE, TWO   Member ID TEST000002   SSN 900-00-0002\n\n"
            "Both should return active coverage with a $25 copay and a $1,500 deductible. "
            "Do not test with real patients' data in the sandbox. Log defects under "
            "{ticket}.\n\n"
            "{name}, Revenue Cycle Applications\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mock audit results - E/M documentation",
        "body": (
            "Summary of the internal mock audit (30 randomly selected visits, de-identified "
            "for this report):\n\n"
            "- Case 7 (patient A, 70s, {dx21}): billed 99215, documentation supports 99214\n"
            "- Case 12 (patient B, 40s, {proc21}): modifier 25 not supported\n"
            "- Case 19 (patient C): time statement missing for 99417\n\n"
            "Overall accuracy 83%. Providers will get their individual results from {name} in "
            "one-on-one education sessions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EFT enrollment confirmed",
        "body": (
            "Your electronic funds transfer enrollment with {payer21} is active as of "
            "{date}.\n\n"
            "Payee: {clinic}\n"
            "TIN: 47-3920184\n"
            "NPI: {npi}\n"
            "Bank account: checking ending 8821, routing ending 0036\n"
            "ERA delivery: to your clearinghouse, trading partner ID {code}\n\n"
            "Allow two payment cycles for the change to take effect.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: prior authorization specialist",
        "body": (
            "Our infusion center is hiring a full-time prior authorization specialist. You'll "
            "work with payers on biologics such as {srx21}, track {carc21} denials, and "
            "handle peer-to-peer scheduling. Experience with CoverMyMeds and payer portals "
            "preferred; CPhT or CPC a plus. Hiring manager: {name}. Apply by {date}, req "
            "#{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OBX mapping change in the results interface",
        "body": (
            "Starting with release {version}, the results interface will send numeric lab "
            "values in OBX-5 with the units in OBX-6 instead of one text field, for example:\n"
            "\n"
            "  OBX|1|NM|NTPROBNP^NT-proBNP||125|pg/mL|0-125|N|||F\n\n"
            "Receiving systems that parse OBX-5 as text need to be updated before {date}. No "
            "change to PID or PV1. Contact {name} with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payer ID changes this month",
        "body": (
            "Please update the payer master file before {date}:\n\n"
            "Payer                           Old ID    New ID\n"
            "{payer21}          {ext}00     87726\n"
            "Meritain Health                 41124     64157\n"
            "Workers' comp (Oregon)          WC001     J1554\n\n"
            "Claims sent to the old IDs after the cutover will reject at the clearinghouse "
            "with 'payer not found'.\n\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: Out of office",
        "body": (
            "I am out of the office until {date} with limited access to email.\n\n"
            "For release of information requests, attorney subpoenas and disability forms, "
            "please contact the ROI team at {phone} or fax (415) 555-0241. For urgent "
            "continuity-of-care requests, call HIM at ext {ext}.\n\n"
            "{name}, RHIA\nRelease of Information Supervisor\n"
            "Health Information Management | {clinic}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coverage while {first} is out",
        "body": (
            "Team,\n\n"
            "{name} will be out from {date} until {date2}. While she is out, {name2} will "
            "cover the {payer21} denial queue and {name3} will take the refund requests. "
            "Please don't send her texts or Teams messages.\n\n"
            "Thanks,\nBusiness Office Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Member services training: call scenario 4",
        "body": (
            "Scenario for Thursday's training (fictional member):\n\n"
            "'Jane Sample' calls because her pharmacy rejected {rx21}. She is upset and says "
            "she has been out of it for three days. Walk through: verify identity with three "
            "identifiers, check the claim history for reject 75, explain step therapy, offer "
            "a transition fill, and document the call.\n\n"
            "Trainer: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall notice from your pharmacy benefit manager",
        "body": (
            "The manufacturer of {rx21} has recalled lot {lot} and lot L448120 because of a "
            "labeling error. Network pharmacies have been told to pull stock. The PBM will "
            "send letters to members who filled from the affected lots; no action is needed "
            "by the plan sponsor. Recall line: {phone}.\n\n"
            "{company} Pharmacy Benefit Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "W-2 and 1095-C forms available",
        "body": (
            "Your {year2} W-2 and Form 1095-C (employer health coverage offer) are now in the "
            "employee self-service portal. To get paper copies, change your preference by "
            "{date}. The 1095-C shows the months you were offered coverage; you do not need "
            "to send it with your tax return.\n\n"
            "Payroll | {email} | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

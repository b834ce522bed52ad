"""Held-out split "fresh6": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session, before that session's detector changes were evaluated against it. It is meant to be
run once, as an honest, untuned measurement: do not tune the detector on these templates.

The author did not read gateway/, policies/ or bench/accuracy/vocab/ (the detector's code and
dictionaries), did not run the detector or the benchmark, and wrote the vocabulary below
from general knowledge of how clinicians, patients, billing and front-desk staff write.
Placeholders come from generate.fill() and generate.fresh_fill(), plus this file's own
{dx6} {rx6} {proc6} {test6} {sym6} (FRESH6_VOCAB).

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH6_VOCAB: dict[str, list[str]] = {
    "dx6": [
        "T2DM with peripheral neuropathy",
        "essential hypertension",
        "high cholesterol",
        "CHF exacerbation",
        "acute kidney injury",
        "DVT of the right calf",
        "pulmonary embolism",
        "NSTEMI",
        "aspiration pneumonia",
        "C. diff colitis",
        "MRSA bacteremia",
        "osteoporosis",
        "fibromyalgia",
        "postpartum depression",
        "panic disorder",
        "OCD",
        "chronic migraines",
        "Bell's palsy",
        "acute pancreatitis",
        "gallstones",
        "pre-eclampsia",
        "gestational diabetes",
        "PCOS",
        "BPH",
        "colon cancer",
        "non-Hodgkin lymphoma",
        "CLL",
        "alcohol withdrawal",
        "hidradenitis suppurativa",
        "urosepsis",
        "a rotator cuff tear",
        "a TIA (mini-stroke)",
        "a bladder infection",
        "bad acid reflux",
    ],
    "rx6": [
        "Norco 5/325",
        "oxycodone 5 mg",
        "Zofran 4 mg ODT",
        "Keflex 500 mg",
        "Bactrim DS",
        "doxycycline 100 mg",
        "Cipro 500 mg",
        "Flomax 0.4 mg",
        "Protonix 40 mg",
        "Lasix 20 mg",
        "metoprolol succinate 25 mg",
        "carvedilol 6.25 mg",
        "Crestor 10 mg",
        "Wellbutrin XL 150 mg",
        "trazodone 50 mg",
        "Seroquel 25 mg",
        "Abilify 5 mg",
        "Lantus 20 units at bedtime",
        "Humalog sliding scale",
        "Januvia 100 mg",
        "glipizide 5 mg",
        "Pradaxa 150 mg",
        "Vyvanse 30 mg",
        "Fosamax 70 mg weekly",
        "spironolactone 25 mg",
        "a Medrol Dosepak",
        "Tamiflu 75 mg",
        "Narcan nasal spray",
        "Cymbalta 60 mg",
        "Xanax 0.25 mg",
        "Valtrex 1 g",
        "vitamin D 50,000 IU weekly",
    ],
    "proc6": [
        "TURP",
        "right heart cath",
        "TAVR",
        "CABG x3",
        "ACL reconstruction",
        "rotator cuff repair",
        "bunionectomy",
        "D&C",
        "IUD insertion",
        "vasectomy",
        "septoplasty",
        "lithotripsy",
        "port placement",
        "paracentesis",
        "thoracentesis",
        "lumbar epidural steroid injection",
        "cardioversion",
        "colposcopy",
        "Mohs surgery",
        "sleeve gastrectomy",
        "ORIF of the left wrist",
        "wisdom tooth extraction",
    ],
    "test6": [
        "fasting glucose",
        "QuantiFERON",
        "24-hour urine collection",
        "FIT test",
        "Pap smear",
        "chest X-ray",
        "CT head without contrast",
        "gallbladder ultrasound",
        "DEXA scan",
        "Holter monitor",
        "EKG",
        "venous Doppler of the legs",
        "magnesium level",
        "CRP",
        "Cologuard",
        "EEG",
        "PFTs",
    ],
    "sym6": [
        "crushing chest pain",
        "burning when urinating",
        "black, tarry stools",
        "ringing in the ears",
        "tingling in both feet",
        "coughing up blood",
        "weight loss of about 15 pounds",
        "trouble sleeping",
        "a racing heart",
        "a really bad sore throat",
        "pain in the lower right belly",
        "double vision",
        "leg cramps at night",
        "a lump under the arm",
        "slurred speech",
        "no appetite",
        "panic attacks",
    ],
}


FRESH6_PHI: list[dict] = [
    {
        "subject": "New patient packet",
        "body": (
            "NEW PATIENT REGISTRATION\n"
            "Name: {name}\n"
            "DOB: {dob}\n"
            "SSN: {ssn}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Primary insurance: {company} HMO, member ID {member}\n"
            "Reason for visit: {dx6}\n"
            "Current medications: {rx6}\n"
            "Scanned by front desk, please verify insurance before Monday.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "bed 7",
        "body": (
            "hey - {first} {last} in 7 is asking for something for the {sym6} again. last "
            "dose of {rx6} was at {time}. can you put in an order or call dr {provider_last}? "
            "thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "question about my results",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "I got a notification that my {test6} came back and the portal says {dx6}?? "
            "Nobody has called me to explain what that means. I am already on {rx6}, do I "
            "need something else? I have also been having {sym6} for about a week.\n\n"
            "Thank you,\n{name}\nDOB {dob}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "My mom's surgery",
        "body": (
            "Hello,\n\n"
            "My mother, {intl_name}, is scheduled for a {proc6} on {date} with Dr. "
            "{provider}. She does not speak much English, so could we please have an "
            "interpreter there? She also takes {rx6} every morning. Should she skip it that "
            "day?\n\n"
            "Thank you so much,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "phone payment",
        "body": (
            "{name} called to pay off the balance for the {proc6} over the phone. Card "
            "{card} exp 08/27, billing zip on file. Amount {amount}. Please post to account "
            "{account}, I could not get into the terminal.\n"
            "Thanks - PFS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your refill could not be processed",
        "body": (
            "Hi {first},\n\n"
            "This is {company} Pharmacy. We were unable to refill your {rx6} because the "
            "prescription has no refills left. We have sent a request to Dr. "
            "{provider_last}'s office and will text you when it is ready.\n\n"
            "If you are out of medication, please call us at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Appointment reminder",
        "body": (
            "Dear {name},\n\n"
            "This is a reminder that you are scheduled for your {proc6} on {date} at {time} "
            "at {clinic}, {address}.\n\n"
            "- Please arrive 30 minutes early.\n"
            "- Bring your insurance card and a list of your medications.\n"
            "- If you take {rx6}, follow the instructions the nurse gave you at your "
            "pre-op visit.\n"
            "- You will need a driver to take you home.\n\n"
            "To cancel or reschedule, call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wrong chart",
        "body": (
            "I think a result got filed in the wrong chart. The {test6} from {date} is in "
            "{name}'s chart (MRN {mrn}) but it belongs to {name2}, DOB {dob}, MRN {mrn2}. "
            "Can HIM move it? I have not released it to either portal.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: RE: transfer request",
        "body": (
            "See below, can we accept? Bed board says 2 ICU beds open.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Transfer Center\n"
            "Date: {date}\n"
            "Subject: RE: transfer request\n\n"
            "{age} yo M, {intl_name}, at the outside hospital with {dx6}, currently stable "
            "on {rx6}. Needs {proc6} and they do not offer it. Accepting physician would be "
            "Dr. {provider}?\n\n"
            "> Sending the face sheet with DOB {dob} shortly.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - {dx6}",
        "body": "Pls see my note and cosign. Her daughter wants a call back at {phone}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - {test6} still pending",
        "body": (
            "Still waiting on this one and the patient is going home today. Can the lab run "
            "it STAT?\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Consult request: {intl_name}, {age}F, {dx6}",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Would you be able to see this patient in the next two weeks? Symptoms have not "
            "improved on {rx6}, and the family is asking about {proc6}. Her most recent "
            "{test6} is attached.\n\n"
            "Thank you,\n{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} MBI {mbi}",
        "body": (
            "Updated the Medicare number in registration, the old one kept getting rejected "
            "by the clearinghouse. Please rebill the {proc6} from {date}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "fwd: {first} {last} dob {dob}",
        "body": (
            "can you fax her {test6} and the last office note to the surgeon's office, she's "
            "having the {proc6} next week\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Admit: {name} - {dx6}",
        "body": (
            "ED is sending him up to 5 North, ETA 30 min. Attending is Dr. {provider_last}. "
            "No isolation needed.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Prior authorization determination",
        "body": (
            "RE: {name}\n"
            "Member ID: {member}\n"
            "Date of birth: {dob}\n"
            "Requested service: {proc6}\n"
            "Diagnosis code: {icd}\n"
            "Determination: APPROVED, 1 unit, valid {date} through {date2}\n"
            "Authorization #: {ref}\n\n"
            "This approval is not a guarantee of payment. Benefits are subject to "
            "eligibility on the date of service.\n"
            "{company} Utilization Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Rejected claims report",
        "body": (
            "The following claim was rejected by the payer:\n\n"
            "Acct {account} | {last}, {first} | DOS {date} | Dx {icd} | CPT 99213 | "
            "Reason: subscriber DOB does not match payer records ({dob})\n\n"
            "Please correct and resubmit within 30 days.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Short-term disability form",
        "body": (
            "To the claims department,\n\n"
            "Attached is the completed attending physician statement for our patient {name}, "
            "SSN {ssn}. Primary diagnosis: {dx6}. The patient has been unable to work since "
            "{date} and we expect a return to work on {date2}, pending recovery from "
            "{proc6}.\n\n"
            "{provider}, MD\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "no show",
        "body": (
            "{first} {last} no-showed for the intake again today, third time. Per her sister "
            "she has been out of {rx6} for over a week. Do we do a welfare check or just send "
            "the letter?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail - nurse line",
        "body": (
            "Caller: {name2}\n"
            "Callback: {phone}\n"
            "Message: Calling about her husband {name}. He had the {proc6} on {date} and "
            "now he has {sym6}. She wants to know if that's normal or if she should bring him "
            "in.\n\n"
            "Transcribed by the voicemail service. Audio attached.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home health orders",
        "body": (
            "Please start home health for:\n"
            "{name}\n{address}\n{phone}\n\n"
            "Dx: {dx6}\n"
            "SN 2x/week x 4 weeks: med management ({rx6}), vitals, teaching\n"
            "PT eval and treat\n"
            "Ordering: Dr. {provider}, NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Care management outreach",
        "body": (
            "Called member {intl_name} (DOB {dob}) after the ER visit on {date} for {sym6}. "
            "She says she stopped taking {rx6} because the copay went up. Set her up with "
            "mail order and referred her to our {dx6} program. Will call again next week.\n\n"
            "{provider_first}, RN Care Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH6_NEG: list[dict] = [
    {
        "subject": "Your {company} order {order} has shipped",
        "body": (
            "Items shipped:\n"
            "  Nitrile exam gloves, size M x 10 boxes\n"
            "  3 mL syringes with 23G needle x 2 cases\n"
            "  A1C test cartridges x 4\n\n"
            "Carrier: UPS, tracking {tracking}\n"
            "Invoice {invoice} will follow by email.\n"
            "Customer service: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Interface engine alert",
        "body": (
            "Channel ADT_IN stopped at {time} on {date}. Message control ID {uuid} errored "
            "on a date format in the PID segment. Restarted the channel and the queue "
            "drained ({count} messages). No action needed.\n\n"
            "Integration team\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fax line down",
        "body": (
            "FYI the main fax line is down until the vendor comes out Thursday. Please use "
            "the back-office fax in the meantime.\n\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Healthy Living: fall edition",
        "body": (
            "In this issue:\n"
            "- Flu and COVID boosters: who should get them this fall\n"
            "- Is your B12 low? Signs to watch for\n"
            "- Living with {dx6}: five questions to ask your doctor\n"
            "- Now at our pharmacy: lower prices on {rx6}\n"
            "- Recipe: sheet-pan salmon with roasted vegetables\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health advisory: confirmed measles case",
        "body": (
            "The County Health Department has confirmed a case of measles in an unvaccinated "
            "adult who recently traveled abroad. Clinicians should consider measles in any "
            "patient with fever and rash, isolate suspected cases right away, and report "
            "them within 24 hours to {phone}. MMR given within 72 hours of exposure may "
            "prevent illness.\n\n"
            "Exposure locations and times are listed on the department website.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card on file rejected",
        "body": (
            "Hi {first},\n\n"
            "The corporate card number entered for the {company} software subscription "
            "(4716 2093 5518 7304) was rejected as invalid. The backup card on the PO, "
            "5425 2334 3010 9904, was rejected too. Can you check the digits and re-enter "
            "them in the procurement portal? PO {order}.\n\n"
            "Accounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Front desk coverage next week",
        "body": (
            "{name} has check-in Monday and Tuesday, {name2} has Wednesday through Friday. "
            "{name3} is on vacation until {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club Thursday",
        "body": (
            "{name} will lead journal club on the new trial of {rx6} in adults with {dx6}. "
            "Pizza at noon, conference room 4.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nurse of the Year",
        "body": (
            "Please join me in congratulating {name}, RN, our Nurse of the Year! {first} "
            "started the unit's {dx6} education program and has trained more than 40 new "
            "nurses in caring for patients after {proc6}.\n\n"
            "Reception in the atrium on {date} at 2 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sepsis committee minutes",
        "body": (
            "Present: {name} (chair), {name2}, Dr. {provider}\n\n"
            "1. {name2} reported 3-hour bundle compliance of 82% this quarter.\n"
            "2. Dr. {provider_last} asked pharmacy to stock {rx6} in the ED automated "
            "cabinets.\n"
            "3. Next meeting {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Demo: new robotic platform",
        "body": (
            "{name} from {company} will demonstrate the robotic system for {proc6} in OR 3 on "
            "{date} at {time}. Surgeons, residents and scrub techs are welcome.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New benefits for next year",
        "body": (
            "Benefits specialist {name} will explain the new coverage for {rx6} and for "
            "{proc6} at the open enrollment sessions on {date} and {date2}. You can also "
            "email {email} with questions.\n\n"
            "Human Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lunch and learn Wednesday",
        "body": (
            "Hi all, {name} from {company} is bringing lunch Wednesday to talk about {rx6} "
            "for {dx6}. Please RSVP to the front desk by Monday so we order enough food.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: clinical pharmacist",
        "body": (
            "{clinic} is hiring a full-time clinical pharmacist for its outpatient clinic. "
            "Hiring manager {name} is looking for someone experienced in dosing {rx6} for "
            "patients with {dx6}. Req #{code}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In the news",
        "body": (
            "Former state senator {name} spoke at the capitol yesterday about her own "
            "experience with {dx6} and urged lawmakers to fund free screening. Our CEO and "
            "two of our nurses attended.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grant awarded",
        "body": (
            "Congratulations to Dr. {provider}, who received a $1.2 million NIH grant to "
            "study whether {rx6} lowers the risk of {dx6} after {proc6}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Save the date: Primary Care Update",
        "body": (
            "Save the date: {date}, 8 am to 4 pm.\n"
            "Keynote: {name}, MD, on the workup of {sym6} in primary care.\n"
            "Afternoon workshops on {test6} interpretation and {dx6}.\n"
            "6.0 CME credits. Registration opens next month.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Direct deposit change confirmed",
        "body": (
            "Hi {first},\n\n"
            "Your direct deposit change was processed. Starting with the pay date {date}, "
            "your net pay will go to the account ending in 4471. If you did not request "
            "this change, call Payroll at {phone} right away.\n\n"
            "Employee ID: {code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parking citation",
        "body": (
            "{name}, a citation was issued to your vehicle (permit {permit}) for parking in "
            "the physicians' lot on {date}. The {amount2} fine will be deducted from your "
            "next paycheck unless you appeal by {date2}.\n"
            "Parking & Transportation, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tuition reimbursement approved",
        "body": (
            "{name}, your tuition reimbursement request for NURS 410 (Pathophysiology) has "
            "been approved for {amount}. Please upload your final grade by {date} so we can "
            "include it in the next payroll.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} from {company}",
        "body": (
            "Bill to: {clinic}\n"
            "PO: {order}\n\n"
            "Qty 200   COVID-19 antigen test kits   {sku}\n"
            "Qty 50    Vitamin B12 1000 mcg/mL, 1 mL vials\n"
            "Qty 12    Sharps containers, 2 gal\n\n"
            "Total: {amount}\nTerms: net 30\nRemit to: {address}\nQuestions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Masking update",
        "body": (
            "Effective {date}, masks are no longer required in non-clinical areas. Masks are "
            "still required in patient rooms when the patient has cough or fever, and on the "
            "bone marrow transplant unit at all times.\n\n"
            "COVID and flu vaccines are available to all staff at Employee Health, Monday to "
            "Friday, 7 am to 3 pm.\n\n"
            "Infection Prevention\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

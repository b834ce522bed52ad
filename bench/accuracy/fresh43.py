"""Held-out split "fresh43": templates and vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full) and the module
docstring of bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and
the data format; not its templates), for the placeholder names, the data format, and so as
not to repeat their templates. The file names in bench/accuracy/ were listed once (with the
line counts of generate.py, fresh6.py and fresh7.py); the file names at the top of the
repository were listed once and the [tool.ruff] section of pyproject.toml (with the few
dependency lines printed above it) was read, for the line length and lint rules. The author
did not read gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/ or any
other bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the
benchmark or any test. The only things run were Python's ast module over generate.py
(without executing it) to collect the placeholder names that generate.fill() and
generate.fresh_fill() provide, an import of this file with a script checking its
placeholders, key sets, labels and Luhn failures, and ruff format and ruff check on this
file. It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

Angle: occupational and workplace health. Mail from occupational-medicine clinics and
hospital employee health services, workers' compensation carriers, third-party
administrators and nurse case managers, DOT and FAA medical examiners, Medical Review
Officers and Substance Abuse Professionals, employers' safety and HR offices: first reports
of injury, work-status and return-to-work notes with restrictions, pre-placement and
fitness-for-duty exams, respirator medical clearance and fit tests, needlestick and
bloodborne-pathogen follow-ups, TB screening and staff vaccination compliance, drug and
alcohol testing (custody and control forms, breath-alcohol printouts, MRO verification
calls), hearing-conservation audiograms, lead, silica and cholinesterase surveillance, OSHA
300 log entries and recordability decisions, EAP referrals, FMLA certifications, Medicare
Section 111 queries. Shapes vary: forms with "Label: value" fields, ALL-CAPS system
printouts, pasted tables, forwarded threads with "> " quoting, text-message style notes
with typos, long case-manager narratives, Spanish and Portuguese. The hard negatives come
from the same world: OSHA 300A summary postings, safety committee minutes with aggregate
injury rates, toolbox talks, job postings for occupational nurses, vendor quotes and
invoices for test kits, training calendars and completion rosters, policy updates naming
conditions but no person, loss runs, experience-mod renewals, EAP utilisation reports,
noise surveys, aggregate lead and vaccination figures, staff directories and signatures, a
wellness step-challenge leaderboard, and card-like numbers that fail the Luhn check.

For this split a worker or a job applicant counts as the patient: an identifiable worker or
applicant linked to health information is PHI under the rules below even when an employer,
a third-party administrator, a consortium or an insurer holds it.

This file's own placeholders (FRESH43_VOCAB): {job43} {employer43} {site43} {dept43}
{tpa43} {inj43} {restr43} {rx43} {drug43} {reason43} {exam43} {faa43} {dot43} {ohcond43}
{bll43} {tb43} {audio43} {ccf43} {pep43} {resp43} {resplim43} {priorproc43} {ffd43} for
the patient templates, and {course43} {kit43} {role43} for the negatives (some of the first
group, such as {employer43}, {site43}, {tpa43} and {dept43}, also appear in negatives, where
no person's health is named). Other placeholders come from generate.fill() and
generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). A worker or applicant counts as a patient
as said above; drug and alcohol test results, fit-for-duty opinions, work restrictions,
audiograms and exposure-surveillance results about a named worker are health information.
subject_phi is True only when the Subject alone identifies a patient together with health
information, or holds a patient identifier in a care context. validated is True exactly
when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body. Negatives never use
{mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi} or {passport}, and name only
staff, vendors or nobody, or give aggregate figures; the card-like numbers written literally
in them fail the Luhn check. Anything ambiguous (a named employee merely selected for a
random test, a named new hire told to complete a drug screen, leave without a stated
reason) was left out.
"""

from __future__ import annotations

FRESH43_VOCAB: dict[str, list[str]] = {
    "job43": [
        "forklift operator",
        "CDL Class A driver",
        "welder",
        "ICU registered nurse",
        "environmental services aide",
        "warehouse associate",
        "line cook",
        "HVAC technician",
        "firefighter/EMT",
        "utility lineman",
        "sandblaster",
        "phlebotomist",
        "paint line operator",
        "school bus driver",
        "machinist",
        "certified nursing assistant",
        "press operator",
        "roofer",
    ],
    "employer43": [
        "Ridgeline Foundry",
        "Coastal Freight Lines",
        "St. Brigid Medical Center",
        "Tri-County Transit Authority",
        "Summit Paving & Grading",
        "Northgate Cold Storage",
        "Harbor Point Stamping",
        "Blue Mesa Growers",
        "Lakeview Unified School District",
        "Keller Brothers Roofing",
    ],
    "site43": [
        "Plant 2 - Dayton",
        "Distribution Center 7",
        "the main campus",
        "the North Yard",
        "Terminal 4",
        "the Fresno packing shed",
        "Building 12",
    ],
    "dept43": [
        "Environmental Services",
        "5 North Med-Surg",
        "Central Sterile",
        "the Emergency Department",
        "Shipping & Receiving",
        "Paint Line 2",
        "the foundry, 2nd shift",
        "Food & Nutrition",
        "the OR",
        "Facilities Maintenance",
        "outpatient phlebotomy",
        "the press room",
    ],
    "tpa43": [
        "Granite Mutual Insurance",
        "Keystone Claims Services",
        "Pinnacle Comp TPA",
        "Lakeshore Casualty",
        "Redwood Risk Administrators",
        "the state fund",
    ],
    "inj43": [
        "lumbar strain",
        "right shoulder strain",
        "laceration of the left index finger",
        "crush injury of the right foot",
        "corneal abrasion, left eye (metal fragment)",
        "second-degree burn of the right forearm",
        "left wrist sprain",
        "cervical strain",
        "contusion of the left knee",
        "right inguinal hernia",
        "right carpal tunnel syndrome",
        "lateral epicondylitis, right elbow",
        "puncture wound of the left palm",
        "fracture of the right fifth metatarsal",
        "chemical splash to both eyes",
        "concussion",
        "right ankle sprain",
        "medial meniscus tear, left knee",
    ],
    "restr43": [
        "no lifting over 20 lbs",
        "no overhead reaching with the right arm",
        "seated work only",
        "no ladders, scaffolds or heights",
        "no use of the left hand",
        "no forklift or powered equipment",
        "4-hour shifts only",
        "walking boot at all times, no uneven ground",
        "no patient lifting or transfers",
        "no work in hot environments",
        "no driving company vehicles",
        "no repetitive gripping, 10-minute break every hour",
    ],
    "rx43": [
        "naproxen 500 mg twice a day",
        "cyclobenzaprine 10 mg at bedtime",
        "ibuprofen 600 mg",
        "meloxicam 7.5 mg",
        "tramadol 50 mg",
        "a lidocaine 5% patch",
        "tizanidine 4 mg",
        "hydrocodone/APAP 5/325",
        "a prednisone taper",
        "Adderall XR 20 mg",
        "Tylenol #3",
        "erythromycin eye ointment",
        "silver sulfadiazine cream",
        "methocarbamol 750 mg",
    ],
    "drug43": [
        "marijuana metabolite (THC)",
        "cocaine metabolite (benzoylecgonine)",
        "amphetamine",
        "methamphetamine",
        "oxycodone",
        "oxymorphone",
        "hydrocodone",
        "codeine and morphine",
        "6-acetylmorphine",
        "PCP",
        "fentanyl",
    ],
    "reason43": [
        "pre-employment",
        "random",
        "post-accident",
        "reasonable suspicion",
        "return-to-duty",
        "follow-up",
    ],
    "exam43": [
        "DOT physical",
        "pre-placement physical",
        "respirator medical evaluation",
        "annual audiogram",
        "hazmat team physical",
        "FAA second-class medical",
        "asbestos surveillance exam",
        "police pre-employment physical",
        "NFPA 1582 firefighter exam",
        "baseline spirometry",
    ],
    "faa43": [
        "obstructive sleep apnea with a BMI of 41",
        "current use of sertraline",
        "a kidney stone within the past year",
        "a history of ADHD medication",
        "an ablation for atrial fibrillation",
        "a history of alcohol dependence",
        "a seizure in childhood",
        "a recent diagnosis of type 2 diabetes on metformin",
    ],
    "dot43": [
        "BP 152/94",
        "insulin-treated diabetes",
        "sleep apnea on CPAP",
        "left eye 20/50 corrected",
        "A1c 9.1",
        "new hearing aid",
        "stage 1 hypertension",
        "on warfarin after a DVT",
    ],
    "ohcond43": [
        "noise-induced hearing loss",
        "occupational asthma (isocyanates)",
        "latex allergy",
        "contact dermatitis from epoxy resin",
        "silicosis",
        "elevated blood lead",
        "hand-arm vibration syndrome",
        "carbon monoxide exposure",
        "chronic low back pain",
        "PTSD after a workplace assault",
        "bilateral carpal tunnel syndrome",
        "De Quervain's tenosynovitis",
    ],
    "bll43": [
        "38 ug/dL",
        "42 µg/dL",
        "47 µg/dL",
        "51 ug/dL",
        "44 µg/dL",
        "62 µg/dL",
    ],
    "tb43": [
        "QuantiFERON-TB Gold Plus POSITIVE",
        "TST 14 mm induration at 48 hours",
        "T-SPOT.TB borderline",
        "QuantiFERON indeterminate (low mitogen)",
        "TST 11 mm, history of BCG vaccination",
        "TST converted from 0 mm to 12 mm",
    ],
    "audio43": [
        "a standard threshold shift of 12 dB in the left ear",
        "a new 4 kHz notch in both ears",
        "an average shift of 14 dB at 2, 3 and 4 kHz in the right ear",
        "a recordable hearing loss in the left ear",
        "a standard threshold shift in both ears",
    ],
    "ccf43": [
        "4419203",
        "3867115",
        "7702941",
        "2290564",
        "A1957735",
        "0815562",
    ],
    "pep43": [
        "accepted (Biktarvy x 28 days)",
        "declined after counselling",
        "not indicated, source tested negative",
        "accepted, stopped on day 3 when source results came back",
        "HBIG and hepatitis B vaccine given (non-responder)",
    ],
    "resp43": [
        "N95 filtering facepiece (3M 1870+)",
        "half-face elastomeric, P100 cartridges",
        "full-face APR, organic vapor cartridges",
        "SCBA",
        "loose-fitting PAPR",
    ],
    "resplim43": [
        "PAPR only, because of asthma with recent flares",
        "no SCBA until cleared by cardiology (abnormal stress test)",
        "annual re-evaluation because of uncontrolled hypertension",
        "no heavy exertion in a respirator; FEV1 68% of predicted",
        "N95 only; not cleared for tight-fitting elastomeric (claustrophobia)",
    ],
    "priorproc43": [
        "lumbar fusion",
        "right knee replacement",
        "rotator cuff repair",
        "ACL reconstruction",
        "cervical disc surgery",
    ],
    "ffd43": [
        "post-traumatic stress",
        "alcohol use disorder, in early remission",
        "insomnia and an acute stress reaction",
        "major depression",
    ],
    "course43": [
        "Bloodborne Pathogens annual refresher",
        "Hearing Conservation annual training",
        "HazCom / GHS labels and SDS",
        "Lockout/Tagout for authorized employees",
        "Heat illness prevention",
        "Safe patient handling and lift equipment",
        "Confined space entry",
        "DOT reasonable-suspicion training for supervisors",
    ],
    "kit43": [
        "5-panel instant urine cup (THC/COC/OPI/AMP/PCP)",
        "10-panel instant cup with adulterant strip",
        "oral fluid collection kit",
        "QuantiFERON-TB Gold Plus tube set",
        "Tubersol PPD 5 mL vial",
        "quantitative fit-test adapter kit",
        "breath alcohol EBT mouthpieces, box of 100",
    ],
    "role43": [
        "Occupational Health Nurse (COHN-S preferred)",
        "MRO Assistant",
        "Nurse Case Manager, Workers' Compensation",
        "Audiometric Technician (CAOHC)",
        "Employee Health RN",
        "DOT Collector / Breath Alcohol Technician",
    ],
}


FRESH43_PHI: list[dict] = [
    {
        "subject": "FROI filed - claim {claim}",
        "body": (
            "*** FIRST REPORT OF INJURY - ELECTRONIC FILING CONFIRMATION ***\n"
            "CARRIER/TPA: {tpa43}\n"
            "EMPLOYER: {employer43}   LOCATION: {site43}\n"
            "EMPLOYEE NAME: {upper_name}\n"
            "SSN: {ssn}\n"
            "HOME ADDRESS: {address}\n"
            "OCCUPATION: {job43}\n"
            "DATE OF INJURY: {date}   TIME: {time}\n"
            "NATURE OF INJURY: {inj43}\n"
            "INITIAL TREATMENT: CLINIC - {clinic}\n"
            "LOST TIME: UNKNOWN\n"
            "JURISDICTION CLAIM NO: {claim}\n"
            "ACKNOWLEDGED BY STATE: {date2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "WC case update - {name} - {inj43}",
        "body": (
            "Hi {provider_first},\n\n"
            "Quick update after today's appt w/ Dr. {provider_last} at {clinic}. Mr. {last} "
            "is still having pain and limited ROM, so PT 2x/wk x 4 more weeks. MRI was "
            "authorized by {tpa43} yesterday, sched for {date2}. Work status unchanged: "
            "modified duty, {restr43}. The employer ({employer43}) confirmed they can keep him "
            "on light duty in the tool crib.\n\n"
            "Next f/u in 3 wks. Let me know if you need the PT notes.\n\n"
            "{name2}, RN, CCM\nNurse Case Manager\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Work status report",
        "body": (
            "WORK STATUS REPORT\n"
            "{clinic} - Occupational Medicine\n\n"
            "Patient: {name}\n"
            "Employer: {employer43}\n"
            "Date of visit: {date}\n"
            "Diagnosis: {inj43}\n\n"
            "[ ] Full duty\n"
            "[X] Modified duty from {date} until re-evaluated\n"
            "[ ] Off work\n\n"
            "Restrictions: {restr43}\n"
            "Medications: {rx43}\n"
            "Next appointment: {date2} at {time}\n\n"
            "Provider: {provider}, DO\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DOT card - {name} - 1 yr only ({dot43})",
        "body": (
            "Certified for 1 year instead of 2. He needs to bring proof of follow-up with his "
            "PCP to the next exam. MEC and long form uploaded to the National Registry.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your FAA medical application",
        "body": (
            "Dear {name},\n\n"
            "Thank you for seeing Dr. {provider_last} for your second-class medical "
            "examination on {date}. Because of {faa43}, the AME could not issue your "
            "certificate in the office and has deferred your application to the FAA Aerospace "
            "Medical Certification Division in Oklahoma City.\n\n"
            "What happens next: the FAA will write to you at {address}, usually within 30 to "
            "60 days, and may ask for more records. You can check the status online with your "
            "MedXPress confirmation number.\n\n"
            "Please do not act as pilot in command until you hold a valid medical "
            "certificate.\n\n"
            "{clinic} Aviation Medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRO review log",
        "body": (
            "MRO VERIFICATION WORKSHEET\n"
            "DONOR: {upper_name}\n"
            "CCF SPECIMEN ID: {ccf43}\n"
            "REASON FOR TEST: RANDOM (DOT/FMCSA)\n"
            "LAB RESULT: POSITIVE - {drug43}\n"
            "DONOR INTERVIEW: {date} {time} BY PHONE {phone}\n"
            "DONOR STATES: PRESCRIPTION FOR {rx43} FROM DR {provider_last}, FILLED AT "
            "{company} PHARMACY\n"
            "PHARMACY VERIFICATION: PENDING\n"
            "FINAL: HOLD - DO NOT REPORT TO DER UNTIL VERIFIED\n"
            "MRO: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Verified result - action required",
        "body": (
            "CONFIDENTIAL - DESIGNATED EMPLOYER REPRESENTATIVE ONLY\n\n"
            "Employee: {name}\n"
            "Employer: {employer43}\n"
            "Collection date: {date}\n"
            "Test type: DOT 49 CFR Part 40, {reason43}\n"
            "Verified result: POSITIVE for {drug43}\n"
            "Date verified: {date2}\n\n"
            "The employee must be removed from safety-sensitive functions immediately and "
            "given a list of Substance Abuse Professionals. This result must be reported to "
            "the FMCSA Drug & Alcohol Clearinghouse.\n\n"
            "{provider}, MD, MRO\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BBP exposure f/u - {first} {last}",
        "body": (
            "Source pt labs back: HIV Ag/Ab neg, HCV Ab neg, HBsAg neg. Employee's baseline "
            "drawn {date}, anti-HBs 214 (immune). OK to stop PEP after today's dose, I called "
            "her. 6-wk labs not really needed w/ a neg source but she wants them, ordered.\n\n"
            "{provider_first}, NP\nEmployee Health\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Sharps injury report #{code}",
        "body": (
            "SHARPS INJURY / BLOODBORNE PATHOGEN EXPOSURE REPORT\n"
            "Employee name: {name}\n"
            "Job title: {job43}\n"
            "Department: {dept43}\n"
            "Date/time of exposure: {date} {time}\n"
            "Device: 25G safety needle, safety feature not activated\n"
            "Procedure: subcutaneous heparin injection\n"
            "Body part: left thumb, skin punctured, bled freely\n"
            "Source patient identified: yes (see confidential source file)\n"
            "First aid: washed with soap and water\n"
            "Seen in Employee Health/ED within 2 hours: yes\n"
            "PEP: {pep43}\n"
            "Supervisor: {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your TB screening result",
        "body": (
            "Dear {name},\n\n"
            "Your annual TB screening on {date} gave this result: {tb43}.\n\n"
            "This does not mean that you have active TB or that you are contagious. Because "
            "the result is not negative, you need a chest X-ray and a short visit with our "
            "nurse practitioner before you can be cleared for the coming year. We have booked "
            "you for {date2} at {time} in Employee Health (Building C, ground floor). You can "
            "keep working in the meantime unless you have a cough, fever or night sweats; if "
            "you do, call us at {phone} before your next shift.\n\n"
            "Employee Health Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Non-compliant list - {dept43}",
        "body": (
            "Hi, these are still outstanding for your unit as of today. Please send them to "
            "Employee Health before {date} or they come off the schedule per policy HR-214.\n\n"
            "Name                  Item                    Status\n"
            "{name}           influenza vaccine       declined, no exemption on file\n"
            "{name2}          annual TB screen        overdue since {date2}\n"
            "{intl_name}      hep B titer             anti-HBs <10, needs repeat series\n\n"
            "Thanks,\n{provider_first}\nEmployee Health\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hearing test results - notice of change",
        "body": (
            "{employer43}\n"
            "Hearing Conservation Program\n\n"
            "To: {name}\n"
            "Dept: {dept43}\n\n"
            "Your annual audiogram on {date} showed {audio43} compared with your baseline "
            "test. OSHA requires us to tell you this in writing within 21 days.\n\n"
            "What this means for you:\n"
            "- You must wear hearing protection in all posted areas, even for short tasks.\n"
            "- You will be refitted for earplugs and retrained by the audiometric technician.\n"
            "- A retest is scheduled for {date2}. If the shift is confirmed, you will be "
            "referred to an audiologist at no cost to you.\n\n"
            "Questions: Safety Office, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual audiograms - press room - for review",
        "body": (
            "Dr. {provider_last}, please review the flagged ones before Friday.\n\n"
            "Employee             ID       L 2k/3k/4k   R 2k/3k/4k   STS\n"
            "{name}         E-{ext}    20/35/50     15/25/40     L - yes\n"
            "{name2}        E-20417  10/10/15     10/15/15     no\n"
            "{intl_name}    E-31882  25/45/60     30/50/65     both - recordable?\n\n"
            "Retests booked for next Tuesday.\n"
            "{name3}, CAOHC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BLL results - medical removal",
        "body": (
            "Blood lead results, draw of {date}:\n\n"
            "  {name}, {job43}: {bll43}, ZPP 112\n"
            "  {name2}, maintenance mechanic: 14 µg/dL\n\n"
            "{first} has to be moved out of the furnace area starting next shift, with full "
            "pay and benefits under medical removal protection, and rechecked monthly until "
            "below 40. Please confirm with the supervisor today.\n\n"
            "{provider}, MD\nOccupational Medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Silica medical surveillance - your results",
        "body": (
            "Dear {name},\n\n"
            "Here are the results of your respirable crystalline silica exam on {date}:\n\n"
            "Chest X-ray (ILO B reading): profusion 1/0, small rounded opacities, upper zones\n"
            "Spirometry: FVC 82% predicted, FEV1 79% predicted, FEV1/FVC 0.74\n"
            "TB test: negative\n\n"
            "Dr. {provider_last} recommends a referral to a lung specialist. With your "
            "permission we will tell your employer only that you were examined and any limits "
            "on respirator use, not these results.\n\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Respirator medical clearance - written opinion",
        "body": (
            "PLHCP WRITTEN OPINION (29 CFR 1910.134(e)(6))\n\n"
            "Employee: {name}\n"
            "Employer: {employer43}\n"
            "Respirator type: {resp43}\n\n"
            "Medical determination:\n"
            "[ ] Cleared, no limitations\n"
            "[X] Cleared with limitations: {resplim43}\n"
            "[ ] Not cleared\n\n"
            "Follow-up evaluation: {date2}\n"
            "Reviewer: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "fit test",
        "body": (
            "hey can u squeeze {first} {last} in for a fit test today? she failed the 1870 "
            "last yr, try the small halyard. dr {provider_last} already cleared her on the "
            "questionnaire even w/ the asthma. thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "300 log - new entries this month",
        "body": (
            "Adding these to the 300 log for {site43}. Privacy case box not checked for "
            "either. Pls double-check the day counts.\n\n"
            "(A) Case | (B) Employee | (C) Job title | (D) Date | (E) Where | "
            "(F) Injury/illness | (H) Days away | (I) Restricted\n"
            "17 | {name} | {job43} | {date} | dock 3 | {inj43} | 4 | 10\n"
            "18 | {name2} | sander | {date2} | paint booth | contact dermatitis, both hands, "
            "prescription cream | 0 | 0\n\n"
            "{name3}\nEHS Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recordability determination - incident {ref}",
        "body": (
            "Incident {ref}\n"
            "Employee: {name}, {job43}\n"
            "Date: {date}\n"
            "What happened: caught left hand between the roller and the guard while clearing "
            "a jam.\n"
            "Treatment: seen at {clinic}; 4 sutures, prescription for {rx43}, back to work the "
            "same day with restrictions ({restr43}).\n\n"
            "Determination: RECORDABLE (medical treatment beyond first aid: sutures and a "
            "prescription medication; restricted work).\n"
            "Days restricted to date: 3\n\n"
            "Reviewed by {name2}, Safety Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mandatory EAP referral: {name} (alcohol at work)",
        "body": (
            "Per our call, I am making a formal supervisor referral for {first}. On {date} two "
            "coworkers reported the smell of alcohol during the morning shift and he was sent "
            "for a reasonable-suspicion test (the result will come from the MRO). He has "
            "agreed to call you this week. Attendance records attached. Please confirm only "
            "whether he attends; I understand I won't get any clinical details.\n\n"
            "{name2}\nShift Supervisor, {dept43}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SAP follow-up evaluation - return-to-duty eligibility",
        "body": (
            "To: Designated Employer Representative, {employer43}\n"
            "Re: {name}\n\n"
            "I conducted the initial SAP evaluation of this employee on {date} after a DOT "
            "violation (verified positive, {drug43}). I recommended a 12-week intensive "
            "outpatient program, which the employee has completed, as confirmed by the "
            "treating program.\n\n"
            "At the follow-up evaluation on {date2} I found that the employee has shown "
            "successful compliance. The employee may take a directly observed return-to-duty "
            "test.\n\n"
            "Follow-up testing plan: 6 unannounced, directly observed tests (drugs and "
            "alcohol) in the first 12 months of return to duty.\n"
            "Aftercare: weekly support group for 6 months.\n\n"
            "{provider}, LCSW, SAP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-placement exam results",
        "body": (
            "Candidate: {name}\n"
            "Position: {job43}\n"
            "Exam date: {date}\n\n"
            "Result: QUALIFIED WITH RESTRICTIONS\n"
            "Restrictions: {restr43} (permanent, after a prior {priorproc43})\n"
            "Drug screen: negative\n\n"
            "Please discuss accommodation with the hiring manager before the start date. The "
            "detailed medical record stays with {clinic}.\n\n"
            "{provider_first}\nClient Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fitness-for-duty evaluation - outcome",
        "body": (
            "Privileged and confidential\n\n"
            "Officer {name} was evaluated on {date} at the department's request after the "
            "incident of {date2}. Sources: clinical interview, MMPI-3, records from the "
            "treating therapist.\n\n"
            "Opinion: currently FIT for duty with conditions: continued treatment for "
            "{ffd43}, monthly check-ins with the department psychologist for 6 months, and no "
            "more than 12 hours of overtime a week.\n\n"
            "{provider}, PhD, ABPP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: authorization request - shoulder",
        "body": (
            "{provider_first},\n"
            "Approved, auth # {ref}. Please send the op note afterwards.\n\n"
            "{name2}\nClaims Adjuster, {tpa43}\n\n"
            "> On {date}, {provider_first} wrote:\n"
            "> Claimant: {name}\n"
            "> Claim: {claim}\n"
            "> DOI: {date2}\n"
            "> Dx: {icd} - right shoulder, full-thickness rotator cuff tear on MRI\n"
            "> Request: arthroscopic rotator cuff repair, outpatient\n"
            "> Has failed 8 wks of PT and one injection.\n"
            "> Thanks\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "mi espalda",
        "body": (
            "Hola señora {provider_last},\n\n"
            "soy {name}, trabajo en el almacén de {employer43}. Me lastimé la espalda "
            "levantando unas cajas el {date}. El doctor de la clínica me dio {rx43} y me dijo "
            "que no puedo levantar más de 10 libras, pero mi supervisor dice que no hay "
            "trabajo ligero y que me quede en casa. ¿Me van a pagar esos días? Tengo cita otra "
            "vez el {date2}.\n\n"
            "Gracias,\n{first}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "post accident - forklift - {site43}",
        "body": (
            "{name} ({job43}) tipped the forklift on the ramp around {time}. He has a cut on "
            "the forehead and says his neck hurts. Sending him to {clinic} now for treatment "
            "AND the post-accident drug/alcohol test (non-DOT, company policy). {name2} is "
            "driving him. Incident report to follow.\n\n"
            "- {name3}, Shift Lead\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Custody and control form - copy 2",
        "body": (
            "FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM\n"
            "SPECIMEN ID NO. {ccf43}\n"
            "STEP 1: COMPLETED BY COLLECTOR OR EMPLOYER REPRESENTATIVE\n"
            "A. Employer: {employer43}\n"
            "C. Donor SSN or Employee I.D. No.: {ssn}\n"
            "D. Specify DOT Agency: FMCSA\n"
            "E. Reason for Test: {reason43}\n"
            "F. Drug Tests to be Performed: THC, COC, PCP, OPI, AMP\n"
            "STEP 2: Temperature between 90 and 100 F within 4 minutes: Yes\n"
            "STEP 4: Collector: {name2}\n"
            "STEP 5: Donor: {name}   Daytime phone: {phone}\n"
            "STEP 6: MRO verification: NEGATIVE - DILUTE\n"
            "MRO: {provider}, MD   Date: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "EBT printout",
        "body": (
            "ALCO-SENSOR EBT   SN 0034712\n"
            "TEST #: 0877\n"
            "DATE: {date}   TIME: {time}\n"
            "SUBJECT NAME: {upper_name}\n"
            "EMPLOYER: {employer43}\n"
            "BAT: {name2}\n"
            "SCREENING TEST RESULT:     0.043\n"
            "CONFIRMATION TEST RESULT:  0.041\n"
            "*** 0.04 OR GREATER: REMOVE FROM SAFETY-SENSITIVE DUTY ***\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WC bill - claim {claim}",
        "body": (
            "CMS-1500 attached for the visit below; please send payment to the address on "
            "the form.\n\n"
            "Patient: {name}\n"
            "Patient SSN: {ssn}\n"
            "Employer: {employer43}\n"
            "Date of injury: {date2}\n"
            "Date of service: {date}\n\n"
            "CPT    Dx        Charge\n"
            "99204  {icd}   $285.00\n"
            "97110  {icd}   $64.00\n"
            "73030  {icd}   $112.00\n\n"
            "Total billed: $461.00\n"
            "{clinic} Billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "phone payment - self-pay exam",
        "body": (
            "{name} called to pay for his {exam43} from {date} himself (the employer won't "
            "cover it). Card {card}, exp 09/28, zip on file. {amount2}. I couldn't get into "
            "the terminal, can someone run it and email him the receipt at {email}?\n"
            "- front desk\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: case mgmt notes",
        "body": (
            "Hi {name2},\n\n"
            "Sorry for the delay, been out in the feild all week. Went with Ms. {last} to her "
            "ortho appt today. Surgeon recomends carpal tunnel release on the R, pt wants to "
            "wait til after the holidays. I explained that TTD continues while shes off and "
            "that the employer's light duty offer (sorting mail, one hand) is still open, she "
            "says she'll think about it. Pain 6/10, numbness at night, dropping things. Next "
            "appt {date}.\n\n"
            "Also she asked if PT can move somewhere closer to home ({address}), I told her "
            "I'd ask you.\n\n"
            "thx\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "light duty for 2nd shift?",
        "body": (
            "{name} came back from the clinic with a note - {restr43} until {date2}, dx "
            "{inj43}. Do we have anything for him on 2nd shift? Otherwise he goes home and it "
            "turns into a lost-time case. Note attached.\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TTD start - payroll coding",
        "body": (
            "Payroll,\n\n"
            "{name} (emp #{code}) has been off work since {date} under workers' comp; "
            "{tpa43} accepted the claim for {ohcond43}. Please stop regular pay after the "
            "waiting period and code the time as WC; the carrier pays TTD directly. Surgery "
            "is scheduled for {date2}. I'll let you know when we have a return-to-work "
            "date.\n\n"
            "Benefits Team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WH-380-E received",
        "body": (
            "Certification of Health Care Provider for Employee's Serious Health Condition\n\n"
            "Employee: {name}\n"
            "Employer: {employer43}\n\n"
            "Part A (provider)\n"
            "Condition: {ohcond43}\n"
            "Date condition began: {date}\n"
            "Inpatient care: no\n"
            "Treatment: follow-up visits every 2-4 weeks; {rx43}\n"
            "Flare-ups: 1-2 a month, lasting 1-3 days; unable to perform job functions "
            "during a flare-up.\n\n"
            "Provider: {provider}, MD, {clinic}\n\n"
            "Leave team note: intermittent leave approved through {date2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ChE results - crew 4",
        "body": (
            "Cholinesterase monitoring, handlers of Toxicity Category I/II pesticides\n\n"
            "Worker              Baseline RBC ChE   Current   % of baseline   Action\n"
            "{intl_name}      12.4 U/mL          8.1       65%             REMOVE from handling\n"
            "{name}           11.9 U/mL          11.2      94%             none\n\n"
            "Por favor, avísele hoy a {intl_name} que no puede mezclar ni aplicar hasta nuevo "
            "aviso; repetimos la prueba en 2 semanas.\n\n"
            "{provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EH visit summary",
        "body": (
            "EMPLOYEE HEALTH - VISIT SUMMARY\n"
            "Employee: {last}, {first}\n"
            "Dept: {dept43}   Job: {job43}\n"
            "Date/time: {date} {time}\n"
            "CC: low back pain after boosting a patient in bed without the lift\n"
            "Exam: L paraspinal tenderness, SLR neg, neuro intact\n"
            "Assessment: {inj43}\n"
            "Plan: ice, {rx43}, PT referral; modified duty: {restr43}\n"
            "WC packet given: yes\n"
            "Seen by: {provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accommodation request - exposure",
        "body": (
            "Hi {provider_first},\n\n"
            "{name} from {dept43} let us know she is 20 weeks pregnant, and her OB has asked "
            "that she not handle hazardous drugs or care for patients on airborne precautions "
            "until after delivery. She gave us the OB's letter (attached). Can Employee Health "
            "confirm the restriction so I can adjust her assignments?\n\n"
            "Thanks,\n{name2}\nHR Business Partner\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hep B titer",
        "body": (
            "Dear {name},\n\n"
            "Your hepatitis B surface antibody (anti-HBs) drawn on {date} was below 10 mIU/mL "
            "after your three-dose series, which means you did not respond to the vaccine. Per "
            "policy we will give you a second series (Heplisav-B, 2 doses a month apart) and "
            "recheck your titer 1-2 months after that. Your first dose is booked for {date2} "
            "at {time}.\n\n"
            "If you ever have a needlestick, report it right away: you would need hepatitis B "
            "immune globulin.\n\n"
            "Employee Health\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RTW clearance",
        "body": (
            "{name} ({dept43}) called in positive for COVID-19 on {date} (home antigen test). "
            "Symptoms improving, fever-free 24 h without meds. Cleared to return {date2}, must "
            "mask for 10 days from symptom onset. No test needed to return.\n\n"
            "{provider_first}, RN\nEmployee Health\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS log",
        "body": (
            "Outbound SMS\n"
            "To: {phone}\n"
            "Sent: {date} {time}\n"
            '"Hi {first}, this is {clinic}. Reminder: your {exam43} is tomorrow at {time}. '
            'Bring your glasses and a list of your medications. Reply C to confirm."\n'
            "Status: delivered\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: my injury claim",
        "body": (
            "FYI, can someone set this one up and call her back? No last name in the email, "
            "but the address matches {name} in the roster.\n\n"
            "---------- Forwarded message ---------\n"
            "From: {email}\n"
            "Date: {date}\n"
            "Subject: my injury claim\n\n"
            "I hurt my knee at work on {date2} when I slipped on the wet floor in the kitchen. "
            "Urgent care said {inj43} and gave me a brace. My manager told me to email you. "
            "What is my claim number?\n\n"
            "{first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Update from the hospital",
        "body": (
            "Just left the hospital. {name} is in room 4112 (step-down); they're saying heat "
            "stroke with kidney injury, his CK was very high. His wife is with him. The crew "
            "was on the roof from 6 am and it was 98 by noon. We have to report this to OSHA, "
            "in-patient hospitalizations must be reported within 24 hours. I'll get the "
            "water/rest log from the foreman.\n\n"
            "{name2}\nSafety Director, {employer43}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your pre-employment drug test",
        "body": (
            "{name}\n{address}\n\n"
            "Dear Ms. {last},\n\n"
            "The laboratory reported your urine specimen collected on {date} as "
            "negative-dilute. Under {employer43}'s policy a negative-dilute result requires "
            "an immediate recollection. Please go to any {clinic} location within 24 hours "
            "of receiving this letter, with photo ID, and limit how much you drink before the "
            "test.\n\n"
            "{provider}, MD\nMedical Review Officer\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NFPA 1582 annual - results",
        "body": (
            "Firefighter {name}, Station {ext}\n\n"
            "Exam date: {date}\n"
            "BP 142/90 (repeat 138/88)\n"
            "BMI 33\n"
            "Spirometry: normal\n"
            "Audiogram: mild loss 4-6 kHz both ears, no change from last year\n"
            "Treadmill: 11.2 METs, no ischemic changes\n"
            "Labs: LDL 171, A1c 5.9\n\n"
            "Determination: medically qualified for full duty. Counselled on blood pressure "
            "and cholesterol; follow up with PCP within 3 months.\n\n"
            "{provider}, MD\nFire Department Medical Officer\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ajuda - EAP",
        "body": (
            "Olá, meu nome é {name}, trabalho na desossa da {employer43} no turno da noite. "
            "Depois do acidente com meu colega no dia {date} não consigo dormir e tenho crises "
            "de ansiedade durante o turno. O RH disse que posso ligar para o programa de apoio "
            "(EAP). Meu telefone é {phone}. Obrigado.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Estado laboral / Work status",
        "body": (
            "CLÍNICA DE MEDICINA OCUPACIONAL\n"
            "Paciente: {intl_name}\n"
            "Empresa: {employer43}\n"
            "Fecha de la visita: {date}\n"
            "Diagnóstico: esguince de tobillo derecho\n"
            "Estado: trabajo modificado - no subir escaleras ni escaleras portátiles, puede "
            "trabajar sentado\n"
            "Medicamento: {rx43}\n"
            "Próxima cita: {date2}\n"
            "Médico: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Section 111 query - Medicare beneficiary",
        "body": (
            "The Section 111 query came back positive for one of our open claimants:\n\n"
            "Claimant: {name}\n"
            "Claim: {claim}\n"
            "MBI: {mbi}\n"
            "DOB: {dob}\n"
            "Injury: {inj43}, DOI {date}\n\n"
            "We need to report ongoing responsibility for medicals and set up a Medicare "
            "set-aside review before settlement. Please flag the file.\n\n"
            "{name2}\nClaims Compliance, {tpa43}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} - UDS non-negative, sent for lab confirmation",
        "body": (
            "Instant cup read non-negative for AMP. Split sealed and sent to the lab for "
            "confirmation; told the donor not to report to the site until the MRO calls. "
            "Candidate for {job43}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - DOT recert - OSA/CPAP compliance",
        "body": (
            "Here today for recert, didn't bring the CPAP download. Gave him a 3-month card. "
            "Needs >=4 h/night on 70% of nights; will print the letter for his sleep doc.\n"
            "- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Needlestick - {name}, {dept43}, {date}",
        "body": (
            "She's in EH now. Source is in room 14 and consented to a rapid HIV. Can the lab "
            "draw the source stat? Thanks.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RTW note for {name} ({inj43})",
        "body": (
            "Attached. Full duty as of Monday, no restrictions. Final visit, at MMI.\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SSN {ssn} - WC claim {claim}",
        "body": (
            "Carrier rejected the bill because the SSN didn't match. Corrected number above, "
            "from the employee's W-4. Please rebill the {date} visit (laceration repair, "
            "tetanus booster).\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Positive QFT - {first} {last}, {dept43}",
        "body": (
            "CXR today was clear. Referred to ID for LTBI treatment (probably 4 months of "
            "rifampin). She's cleared to work. Please update her file.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: {intl_name} audiogram - STS left ear",
        "body": (
            "Done, retest booked for {date}.\n\n"
            "> Please schedule a retest within 30 days per the program.\n"
            "> {name2}, audiometric tech\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - employee hep B series",
        "body": (
            "{name}: dose 2 of Engerix-B given today, L deltoid, lot {lot}. Dose 3 due "
            "{date2}. No reaction.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH43_NEG: list[dict] = [
    {
        "subject": "OSHA 300A summary - post by Feb 1",
        "body": (
            "Please print the summary below and post it at each time clock from February 1 "
            "through April 30.\n\n"
            "Summary of Work-Related Injuries and Illnesses (OSHA Form 300A), {year2}\n"
            "Establishment: {employer43}, {site43}\n"
            "NAICS: 493120\n"
            "Annual average number of employees: 412\n"
            "Total hours worked by all employees: 861,540\n\n"
            "Number of cases\n"
            "  Deaths: 0\n"
            "  Days away from work: 5\n"
            "  Job transfer or restriction: 9\n"
            "  Other recordable cases: 14\n"
            "Number of days\n"
            "  Away from work: 88\n"
            "  Job transfer or restriction: 241\n"
            "Injury and illness types\n"
            "  Injuries: 24  Skin disorders: 2  Respiratory conditions: 0  Poisonings: 0  "
            "Hearing loss: 2  All other illnesses: 0\n\n"
            "Certified by {name}, Plant Manager, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Safety committee minutes - {date}",
        "body": (
            "Attendees: {name} (chair), {name2}, {name3}, Dr. {provider}\n\n"
            "1. Injury rates YTD: TRIR 3.1 (target 2.5), DART 1.8. 11 recordables, 6 of them "
            "strains from manual lifting in shipping.\n"
            "2. Hearing conservation: 96% of enrolled employees have a current audiogram; 3 "
            "standard threshold shifts confirmed so far this year.\n"
            "3. Action: {name2} to get quotes for a vacuum lifter on the carton line.\n"
            "4. Next meeting {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Toolbox talk: heat illness / Charla: enfermedades por calor",
        "body": (
            "Read this at the start of shift and have everyone sign the sheet.\n\n"
            "Signs of heat exhaustion: heavy sweating, headache, dizziness, nausea, cramps. "
            "Move the person to shade, give water, loosen clothing.\n"
            "Heat stroke is an emergency: confusion, slurred speech, hot dry skin, seizures. "
            "Call 911 and cool them with water and ice while you wait.\n\n"
            "Señales de agotamiento por calor: sudor excesivo, dolor de cabeza, mareo, "
            "náusea. Lleve a la persona a la sombra y dele agua. Si está confundida o se "
            "desmaya, llame al 911.\n\n"
            "Water, rest, shade: 1 quart per hour, a break every 2 hours.\n"
            "{name}, Safety\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sharps safety huddle - 5 minutes",
        "body": (
            "Hospital-wide we had 23 sharps injuries in the last 12 months: 8 during disposal, "
            "6 during recapping, 5 from needles left in linen or trash, 4 during suturing.\n"
            "- Never recap. Activate the safety feature right after use.\n"
            "- Don't fill sharps containers past the 3/4 line.\n"
            "- Report every exposure to Employee Health right away, 24/7: the PEP window is "
            "hours, not days.\n\n"
            "Discuss: where are the sharps containers on your unit, and are any hard to reach?"
            "\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: {role43}",
        "body": (
            "{employer43} is hiring a {role43} for the on-site clinic at {site43}.\n\n"
            "You will run the hearing conservation and respirator programs, do pre-placement "
            "screenings and DOT collections, handle first aid and OSHA recordkeeping, and work "
            "with our workers' comp carrier on return-to-work plans.\n\n"
            "Requirements: RN license and 3 years of occupational health experience; COHN or "
            "CAOHC certification a plus; DOT collector and BAT training or willingness to "
            "obtain it.\n\n"
            "Day shift, Monday to Friday. Apply by {date} or email {email}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref} - drug testing supplies",
        "body": (
            "Hi {first},\n\n"
            "Thanks for your inquiry. Pricing below is valid for 60 days.\n\n"
            "Item                                          Qty    Unit     Ext\n"
            "{kit43}    500    $4.85    $2,425.00\n"
            "Federal CCF, 5-part, pre-printed              250    $1.10    $275.00\n"
            "Chain-of-custody tamper seals, roll of 500    4      $22.00   $88.00\n\n"
            "Free freight over $1,500. The P-card on file (5412 7534 9012 3458) was declined "
            "on your last order, so please send an updated card or a PO number.\n\n"
            "{name}\nAccount Manager, {company}\n{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHS training calendar - next month",
        "body": (
            "Date         Time          Course                                  Room       "
            "Instructor\n"
            "{date}   07:00-08:00   {course43}   Trng Rm A  {name}\n"
            "{date2}   14:00-16:00   Forklift recertification (practical)    Dock 2     "
            "{name2}\n"
            "(Thursdays)  22:30-23:30   Hearing conservation annual             Trng Rm A  "
            "{name3}\n\n"
            "Sign up in the LMS. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy update: TB screening for staff",
        "body": (
            "Effective {date}, in line with the CDC recommendations for health care personnel, "
            "Employee Health will stop annual TB testing for most staff.\n"
            "- New hires still get baseline screening (IGRA or two-step TST) and a symptom "
            "questionnaire.\n"
            "- After that, staff complete a yearly TB symptom screen and an education module "
            "in the LMS instead of a test.\n"
            "- Staff with untreated latent TB infection will be encouraged to get treatment.\n"
            "- After a known exposure, affected units will still be tested as directed.\n\n"
            "Policy EH-07 rev. {version}. Questions: Employee Health, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Revised drug and alcohol policy",
        "body": (
            "Although recreational marijuana is legal in this state, it remains prohibited "
            "for employees in DOT safety-sensitive positions and for anyone operating powered "
            "equipment. Employees who take prescription medicines that may impair them "
            "(opioids, benzodiazepines, some sleep aids) should ask their doctor whether it "
            "is safe to work and may speak confidentially with the MRO; they do not have to "
            "tell their supervisor which medicine they take.\n\n"
            "The full policy (rev. {version}) is on the HR portal. Reasonable-suspicion "
            "training for supervisors: {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Step challenge - week 3 leaderboard",
        "body": (
            "Rank  Name                  Team               Steps this week\n"
            "1     {name}          Maintenance        98,412\n"
            "2     {name2}         Shipping           91,730\n"
            "3     {name3}         Employee Health    88,005\n"
            "4     {intl_name}     2nd shift QA       84,960\n\n"
            "Leading team: Shipping, average 61,200 per person. Keep it up! Prizes announced "
            "{date}.\n"
            "- Wellness Committee\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "W-2s available",
        "body": (
            "Your {year2} W-2 is in the employee portal. If you want a paper copy mailed to "
            "the address on file, reply by {date}. Reminder: workers' compensation wage "
            "replacement is not taxable and is not on your W-2; short-term disability "
            "payments may be.\n"
            "Payroll, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your EAP: free, confidential, 24/7",
        "body": (
            "All employees and household members can use the Employee Assistance Program at "
            "no cost: up to 6 counseling sessions per concern, legal and financial "
            "consultations, and help finding child or elder care. Common reasons people call: "
            "stress, grief, relationship problems, alcohol or drug concerns, anxiety. Your "
            "employer never learns who called.\n\n"
            "Call {phone} any time or visit https://eap.example/{code}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Who to call at Employee Health",
        "body": (
            "Employee Health Services - staff and extensions\n\n"
            "{provider}, MD, Medical Director ............ ext {ext}\n"
            "{name}, NP .................................. ext 4411\n"
            "{name2}, RN, COHN-S, Manager ................ ext 4412\n"
            "{name3}, Audiometric Technician ............. ext 4415\n"
            "Front desk / scheduling ..................... {phone}\n\n"
            "Injuries and exposures after 4:30 pm and on weekends: go to the ED and say you "
            "are an employee.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{clinic} employer services - pricing",
        "body": (
            "Dear HR partner,\n\n"
            "Our employer pricing for next year:\n\n"
            "DOT physical (incl. dipstick UA) ..... $95\n"
            "Non-DOT pre-placement physical ....... $80\n"
            "5-panel urine drug screen, lab ....... $42\n"
            "DOT drug test (collection + MRO) ..... $58\n"
            "Breath alcohol test .................. $35\n"
            "TB skin test (2 visits) .............. $25\n"
            "Respirator medical evaluation ........ $45\n"
            "Audiogram ............................ $30\n\n"
            "After-hours collections available. Contact {name}, Account Executive, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - occupational health services",
        "body": (
            "Bill to: {employer43}, attn Accounts Payable\n"
            "Service period: {date} - {date2}\n\n"
            "Service                       Count   Rate      Amount\n"
            "DOT physical                     12   $95.00    $1,140.00\n"
            "Pre-placement physical           19   $80.00    $1,520.00\n"
            "Non-DOT urine drug screen        31   $42.00    $1,302.00\n"
            "Breath alcohol test               4   $35.00    $140.00\n\n"
            "Total due: $4,102.00, net 30. Detail by employee is in the secure employer "
            "portal.\n"
            "Remit to {address}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 random selections posted",
        "body": (
            "Designated Employer Representative,\n\n"
            "The Q3 random selections for your pool are posted in the secure portal: 7 drug "
            "tests and 2 alcohol tests from a pool of 58 covered drivers. Selected employees "
            "must report for collection right after they are notified; do not tell them "
            "ahead of their shift.\n\n"
            "Please do not forward the selection list by email.\n"
            "{company} Consortium/TPA\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DER change",
        "body": (
            "Please update our account: from {date}, the Designated Employer Representative "
            "for {employer43} is {name}, HR Manager ({phone}, {email}), replacing {name2}, who "
            "has left the company. Alternate DER: {name3}, Safety Coordinator. Account # "
            "{account}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRO recertification",
        "body": (
            "Congratulations to Dr. {provider}, who has renewed her Medical Review Officer "
            "certification for another five years. Dr. {provider_last} reviews all "
            "non-negative results for our DOT and non-DOT clients and does donor interviews "
            "Monday to Saturday. Certificate number {code} is on file with compliance.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WC renewal - experience mod",
        "body": (
            "Hi {first},\n\n"
            "Good news on the renewal: your experience modification rate drops from 1.07 to "
            "0.91 for the coming policy year, mostly because two large claims from four years "
            "ago rolled off. Estimated premium {amount} on payroll of $18.2M. The rating "
            "worksheet from the bureau is attached.\n\n"
            "Let's go over the loss-control recommendations on {date}.\n\n"
            "{name}\nCommercial Lines, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Loss run - 5 year summary",
        "body": (
            "Year   Claims   Med only   Lost time   Paid        Reserved   Incurred\n"
            "2021   18       14         4           $96,214     $0         $96,214\n"
            "2022   22       17         5           $141,880    $0         $141,880\n"
            "2023   15       12         3           $74,010     $2,500     $76,510\n"
            "2024   19       15         4           $88,455     $31,200    $119,655\n"
            "2025   9        8          1           $12,330     $22,000    $34,330\n\n"
            "Top causes: strain from lifting (38%), slips and falls (21%), cuts (14%).\n"
            "Prepared by {name}, {tpa43}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu vaccine compliance by unit - week 6",
        "body": (
            "Unit        Staff   Vaccinated   Exempt   Rate\n"
            "5 North     62      58           3        98%\n"
            "ED          118     101          9        93%\n"
            "EVS         74      55           4        80%\n"
            "Dietary     41      29           2        76%\n\n"
            "Hospital overall: 91%. Deadline {date}. The mobile cart visits EVS and Dietary on "
            "Thursday night shift.\n"
            "- {name}, Employee Health\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual hearing tests - van schedule",
        "body": (
            "The mobile hearing test van will be at {site43} on {date} and {date2}.\n\n"
            "1st shift  06:00-10:00  press room, tool & die\n"
            "2nd shift  14:00-18:00  press room, shipping\n"
            "3rd shift  22:00-02:00  everyone else in the program\n\n"
            "Please avoid loud noise (including music through earbuds) for 14 hours before "
            "your test and bring your earplugs. Supervisors: send people in groups of 6.\n"
            "{name}, Safety\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Noise survey results - Building 2",
        "body": (
            "Area sound level survey, {date}, Type 2 meter, A-weighted, slow response.\n\n"
            "Location                      dBA    Hearing protection\n"
            "Press 4 - operator station    94     REQUIRED\n"
            "Press 7 - operator station    91     REQUIRED\n"
            "Grinding booth                97     REQUIRED (double)\n"
            "Maintenance shop              83     recommended\n"
            "Break room                    61     -\n\n"
            "New signs go up Monday.\n{name}, CIH\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lead program - quarterly summary",
        "body": (
            "Blood lead testing this quarter: 47 employees tested.\n"
            "  below 10 µg/dL: 31\n"
            "  10-19: 11\n"
            "  20-39: 4\n"
            "  40 and above: 1 (medical removal, handled confidentially by occ med)\n"
            "Air monitoring: 3 of 22 personal samples above the action level (30 µg/m3), all "
            "in the furnace area. Engineering fix: new local exhaust hood on furnace 2 by "
            "{date}.\n"
            "{name}, EHS Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Silica exposure control plan - updated",
        "body": (
            "The written exposure control plan for respirable crystalline silica has been "
            "updated for the new saws. Table 1 tasks: handheld saws with integrated water, "
            "walk-behind saws, jackhammers with shroud and vacuum. Workers who must wear a "
            "respirator 30 or more days a year are offered a medical exam every 3 years "
            "(chest X-ray, spirometry, TB test) at no cost. The competent person on each crew "
            "signs off daily. Questions: {name}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "N95 fit testing - sign up",
        "body": (
            "Annual N95 fit testing for all clinical staff is open. Sessions in room B204:\n"
            "  Mon {date} 0700-1100\n"
            "  Wed 1300-1700\n"
            "  Night shift: Thu 2300-0300\n"
            "Complete the OSHA medical questionnaire in the LMS before your session, and be "
            "clean-shaven where the seal meets the face. Models: 3M 1870+, 3M 8210, Halyard "
            "small/regular.\n\n"
            "{name}, RN, Employee Health\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EAP utilization report - Q2",
        "body": (
            "Summary for {employer43} (412 eligible employees):\n"
            "- New cases: 17 (annualized utilization 6.1%)\n"
            "- Presenting issues: work stress 5, family 4, anxiety/depression 4, substance "
            "use 2, legal/financial 2\n"
            "- Supervisor consultations: 3\n"
            "- Critical incident response: 1 on-site session after the {date} event\n"
            "No individual information is reported.\n"
            "{name}, Account Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Near miss - dock 3",
        "body": (
            "At about {time} today a pallet jack rolled off the dock plate at door 3 and hit "
            "the trailer. No injuries, minor damage to the dock leveler. Cause: dock plate not "
            "locked. Corrective action: lock check added to the door checklist. Reported by "
            "{name}, Shift Lead. Maintenance ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "1,000 days without a lost-time injury!",
        "body": (
            "Congratulations to the {site43} team: 1,000 days without a lost-time injury as "
            "of {date}. Special thanks to {name} and {name2}, whose crews reworked the "
            "carton-lifting process last year, and to {name3} for leading stretch-and-flex "
            "every morning. Lunch is on us Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reasonable suspicion training - completions",
        "body": (
            "These supervisors completed DOT reasonable-suspicion training (60 min drugs + 60 "
            "min alcohol) on {date}:\n\n"
            "{name} - Dispatch\n"
            "{name2} - Maintenance\n"
            "{name3} - Yard\n"
            "{intl_name} - Night operations\n\n"
            "Certificates are in the LMS; keep a copy in each supervisor's training file.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Regional occupational health nursing conference - call for posters",
        "body": (
            "The regional occupational health nursing conference is on {date} at the "
            "convention center. Sessions: the return-to-work process, heat illness "
            "prevention, DOT drug testing updates, hearing conservation in small plants, and "
            "needlestick prevention. Speakers include {name}, COHN-S, and Dr. {provider}, "
            "MPH. Poster abstracts are due {date2}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Occ health module upgrade",
        "body": (
            "The occupational health module will be upgraded to version {version} on {date} "
            "from 22:00 to 02:00. During the window, exam scheduling, surveillance due lists "
            "and the OSHA log export will be unavailable; use the downtime forms on the "
            "Employee Health share. Change {uuid}.\n"
            "IT Service Desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Laboratory notice: specimen validity testing",
        "body": (
            "Effective {date}, our laboratory will test all non-DOT urine specimens for "
            "oxidizing adulterants at no extra charge. DOT cutoffs are unchanged. Clients "
            "using instant cups should send every non-negative cup to the lab for "
            "confirmation before taking action. Client services: {phone}. Account managers: "
            "{name}, {name2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clearinghouse query plan - receipt",
        "body": (
            "Receipt {invoice}\n"
            "FMCSA Drug & Alcohol Clearinghouse\n"
            "Query plan: 50 queries\n"
            "Amount: $62.50\n"
            "Paid by card ending 3006\n"
            "Purchaser: {name}, Safety Director\n\n"
            "Reminder: run a limited query on every CDL driver at least once a year; "
            "pre-employment queries must be full queries, with the driver's consent.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Our DOT medical examiners",
        "body": (
            "Certified medical examiners for DOT physicals at all our locations:\n"
            "{provider}, DO - National Registry # {code}\n"
            "{name}, PA-C - National Registry # 2918840337\n"
            "{name2}, NP - National Registry # 7730154126\n\n"
            "All three finished their recertification training this year. Walk-ins 7-11 am; "
            "drivers should bring glasses, hearing aids and a list of medications.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BasicMed vs. third-class medical - info night",
        "body": (
            "Pilots: Dr. {provider_last}, senior AME, will explain BasicMed, special issuance "
            "and the most common reasons for deferral (sleep apnea, ADHD medication, SSRIs, "
            "heart conditions) on {date} at the airport FBO. Free, no registration. Bring "
            "your questions, not your records.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New hire orientation - Monday",
        "body": (
            "Orientation Monday {date}, room 120:\n"
            "08:00 Welcome, badge photos\n"
            "09:00 HR paperwork and benefits\n"
            "10:30 Safety: PPE, lockout/tagout, hazard communication\n"
            "12:00 Lunch with supervisors\n\n"
            "New hires: {name} (Maintenance), {name2} (Shipping), {intl_name} (QA), {name3} "
            "(press room). Please bring two forms of ID for the I-9.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED nursing - holiday OT sign-up",
        "body": (
            "Holiday incentive shifts are open. Sign-ups so far:\n"
            "12/24 N: {name}, {name2}\n"
            "12/25 D: {name3}\n"
            "12/31 N: {intl_name}\n"
            "Still need 3 RNs for 12/25 N and 1 for 1/1 D. Reply here, first come first "
            "served.\n"
            "{provider_first}, Nurse Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monthly claims review",
        "body": (
            "Agenda for the claims review with {tpa43} on {date}:\n"
            "1. Open lost-time claims: 4 (down from 7)\n"
            "2. Claims over 90 days: status and return-to-work options\n"
            "3. Transitional duty job bank: new tasks from QA and the tool crib\n"
            "4. Reserve changes over $10k\n"
            "Individual claims will be discussed verbally only. Invitees: {name}, {name2}, "
            "{name3}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lunch & learn: ergonomics at your workstation",
        "body": (
            "Back and neck pain are the most common reasons people visit the on-site clinic. "
            "Join physical therapist {name} on {date} at noon to learn how to set up your "
            "chair, monitor and keyboard, and which stretches help with carpal tunnel "
            "symptoms. Sit-stand desk requests go through Facilities.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Programa de estiramiento antes del turno",
        "body": (
            "A partir del {date}, todos los turnos harán 5 minutos de estiramiento antes de "
            "empezar. Lo dirigen los líderes de línea ({name} en el primer turno, {name2} en "
            "el segundo). El objetivo es reducir las lesiones de espalda y hombro. Si usted "
            "tiene una restricción médica no necesita explicar nada: haga solo los ejercicios "
            "que pueda.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sharps and medical waste pickup",
        "body": (
            "Pickup schedule change for {employer43} Employee Health: from {date}, pickups are "
            "every other Tuesday. Manifest {ref}. Containers must be closed and labeled. "
            "Driver: {name}, {company}. Service questions: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OSHA citation and notification of penalty",
        "body": (
            "Inspection {code}\n"
            "Citation 1 Item 1 (Serious): 29 CFR 1910.95(g)(1): the employer did not make "
            "audiometric testing available to all employees exposed at or above an 8-hour TWA "
            "of 85 dBA. 14 employees in stamping had no baseline audiogram.\n"
            "Proposed penalty: $4,820.\n"
            "Citation 1 Item 2 (Serious): 29 CFR 1910.134(e)(1): medical evaluations were not "
            "completed before fit testing for 6 employees using half-face respirators.\n"
            "Abatement due: {date}.\n"
            "Area Director: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Short-term disability rates",
        "body": (
            "From {date}, voluntary short-term disability premiums drop 4%. The plan pays 60% "
            "of weekly pay, up to $1,200, after a 7-day waiting period for an illness or "
            "injury that is not work-related (work injuries are covered by workers' comp). "
            "Enroll or change coverage in the benefits portal.\n"
            "{name}, Benefits\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Directory update - occupational health",
        "body": (
            "{name}, RN, CCM has joined us as nurse case manager for workers' compensation "
            "(ext {ext}, {email}). {name2} has moved to the Dayton clinic. Please update your "
            "speed dials.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reference: {name}",
        "body": (
            "To whom it may concern,\n\n"
            "I am pleased to recommend {name}, who worked as an occupational health nurse in "
            "our plant clinic from {year} to {year2}. She ran our hearing conservation and "
            "respirator programs, kept the OSHA logs and became our go-to person for "
            "return-to-work planning with injured employees. She is organized, discreet and "
            "well liked on the floor.\n\n"
            "{provider}, MD\nMedical Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Calibration certificate - audiometer",
        "body": (
            "CERTIFICATE OF CALIBRATION\n"
            "Instrument: audiometer, model TA-1000, S/N 4471-08823\n"
            "Customer: {employer43} Health Services\n"
            "Date: {date}   Next due: {date2}\n"
            "Standard: ANSI S3.6\n"
            "Result: within tolerance at all test frequencies 500-8000 Hz, both earphones\n"
            "Technician: {name}, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congrats {first}!",
        "body": (
            "{name} passed the COHN-S exam this week! {first} has been our employee health "
            "nurse for six years and runs the needlestick prevention program. Cake in the EH "
            "office at 2.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job description - warehouse associate (physical demands)",
        "body": (
            "Physical demands, for the offer letter and the post-offer physical:\n"
            "- Lift up to 50 lbs from floor to shoulder, frequently\n"
            "- Stand and walk for 10-hour shifts on concrete\n"
            "- Work in temperatures from 35 F (freezer aisles) to 95 F\n"
            "- Use an RF scanner; may run a powered pallet jack after certification\n"
            "Hiring manager: {name}. HR: {name2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff flu clinics this week",
        "body": (
            "Flu shots for staff, no appointment needed: Mon {date} cafeteria 0630-1000 "
            "({name}, RN), Tue ED break room 1900-2300 ({name2}, RN), Thu Dietary 0500-0700. "
            "Bring your badge. Egg-free vaccine available. If you get your shot elsewhere, "
            "upload proof in the portal.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Expense report {invoice} - returned",
        "body": (
            "Hi {first},\n\n"
            "Your expense report for the CAOHC course and the hotel ({amount}) was returned: "
            "the card number on the hotel folio (4485 2817 6603 9142) isn't your corporate "
            "card. Please attach the folio charged to your P-card and resubmit by {date}.\n\n"
            "{name2}\nAccounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payroll correction - shift differential",
        "body": (
            "{name}, the night shift differential was left off your check for the period "
            "ending {date}. The correction ({amount2}) will be on the next check. Your "
            "employee ID ({code}) is unchanged. Sorry for the trouble.\n"
            "Payroll, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bloodborne pathogens exposure control plan - annual review",
        "body": (
            "The annual review of the exposure control plan is done. Changes: two new safety "
            "scalpel models added to the device list, and the hepatitis B vaccine section "
            "now covers post-vaccination titers for all new clinical hires. HIV, hepatitis B "
            "and hepatitis C remain the pathogens of concern; post-exposure evaluation is "
            "free and confidential. Front-line staff who evaluated devices this year: "
            "{name} (ED), {name2} (OR), {name3} (lab).\n"
            "Plan owner: {provider}, MD\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

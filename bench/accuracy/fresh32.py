"""Held-out split "fresh32": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (all
of it), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (all of both), and the module
docstring of bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and
the data format; not its templates), for the placeholder names, the data format, and so as
not to repeat their templates. The file names in bench/accuracy/ were listed once (with the
line counts of the three files read in full), and the file names in .venv/bin/ once, to find
ruff. The author did not read gateway/, policies/, docs/, tests/, README.md,
bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file, and did not run git, the
detector, run.py, the benchmark or any test. The only things run were Python's ast module
over generate.py (without executing it) to collect the placeholder names that fill() and
fresh_fill() provide, a short script checking that the card-like numbers written in the
negatives fail the Luhn check, an import of this file with a script checking its
placeholders, key sets and labels, and ruff format and ruff check on this file. It is meant
to be run once, as an honest, untuned measurement: do not tune the detector on these
templates.

Angle: end of life and after. Hospice referrals, admissions, visit notes and on-call logs,
palliative-care consults, goals-of-care family meetings, advance directives, POLST forms and
DNR orders, death pronouncement notes, death notifications to families and referring
doctors, death certificate worksheets and amendments, medical examiner and coroner requests,
autopsy consents and reports, morgue release logs, organ and tissue donation (OPO) referrals
and donor-family letters, funeral homes asking for signatures and device information,
bereavement letters and calls, executors and next of kin asking for a deceased patient's
records, life-insurance death claims, veterans' burial benefits, Medicare hospice election
statements, notices of election and certifications of terminal illness, and payment for the
last stay. The patient is often named in the past tense, as "your mother", "the decedent",
"the insured", "Mr. X", or in a family member's words. Formats vary: forms with "Label:
value" fields, ALL-CAPS printouts, pasted tables, terse on-call logs, long grieving family
emails with typos, forwarded threads with "> " quoting, some Spanish. The hard negatives
come from the same world: grief-support group schedules (one in Spanish), hospice volunteer
training and vigil call-outs, staff memorials and obituaries without health details,
organ-donor awareness, aggregate mortality, hospice-census, OPO and medical-examiner
figures, advance-directive workshops, blank POLST and cremation forms and their
instructions, a death-notification script with bracketed blanks, a cause-of-death teaching
note without a patient, funeral-home and DME vendor invoices without a patient, chaplain
rotas, policy memos on death pronouncement and bereavement leave, system outages,
fundraising, job postings, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH32_VOCAB): {dx32} {cod32} {me32} {hrx32} {sym32}
{code32} {pps32} {loc32} {tod32} {hosp32} {fh32} {opo32} {tissue32} {rel32} {kin32}
{unit32} for the patient templates, and {group32} {role32} for the negatives (some of the
first group, such as {dx32}, {hrx32}, {hosp32}, {fh32}, {opo32} and {unit32}, also appear in
negatives, where no patient is named). {rel32} is the relative's relation to the patient
("daughter"), {kin32} the patient's relation to the relative ("your mother"). Other
placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). A deceased patient is still a patient:
a named decedent with a cause of death, a terminal diagnosis, hospice care, an autopsy or a
donation counts. subject_phi is True only when the Subject alone identifies a patient
together with health information, or holds a patient identifier in a care context.
validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body.
Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi} or
{passport}, and name only staff, vendors or nobody, or give aggregate figures; the
card-like numbers written literally in them fail the Luhn check. Anything ambiguous (a
staff member's relative named together with a death, a named family member thanked with
no patient named, a Subject with only a decedent's name) was left out.
"""

from __future__ import annotations

FRESH32_VOCAB: dict[str, list[str]] = {
    "dx32": [
        "metastatic pancreatic cancer",
        "end-stage COPD on 4 L home oxygen",
        "ALS with bulbar onset",
        "advanced Alzheimer's dementia, FAST 7c",
        "end-stage heart failure, EF 15%",
        "glioblastoma, progressing after second-line therapy",
        "decompensated alcoholic cirrhosis",
        "metastatic non-small cell lung cancer",
        "ESRD, dialysis stopped at patient's request",
        "colon cancer metastatic to the liver",
        "end-stage Parkinson's disease",
        "relapsed AML, not a transplant candidate",
        "adult failure to thrive",
        "prostate cancer with widespread bone mets",
        "idiopathic pulmonary fibrosis",
        "ovarian cancer with malignant bowel obstruction",
    ],
    "cod32": [
        "aspiration pneumonia",
        "hypoxic respiratory failure",
        "septic shock due to urosepsis",
        "acute on chronic hypercapnic respiratory failure",
        "cardiogenic shock",
        "multiorgan failure",
        "hepatic encephalopathy",
        "pulmonary embolism",
        "intracranial hemorrhage",
        "hyperkalemia due to end-stage renal disease",
        "ventricular fibrillation due to acute myocardial infarction",
        "cancer cachexia",
    ],
    "me32": [
        "mixed drug toxicity (fentanyl and xylazine)",
        "complications of a fall with subdural hematoma",
        "hypothermia",
        "blunt force injuries, motor vehicle collision",
        "acute ethanol intoxication",
        "positional asphyxia",
        "drowning",
        "carbon monoxide poisoning",
    ],
    "hrx32": [
        "morphine concentrate 20 mg/mL, 5 mg SL q1h PRN",
        "lorazepam 0.5 mg SL q4h PRN",
        "haloperidol 1 mg q6h PRN agitation",
        "glycopyrrolate 0.2 mg SQ q4h PRN secretions",
        "atropine 1% drops, 2 gtts SL q4h",
        "a hydromorphone drip at 0.5 mg/hr",
        "a scopolamine 1.5 mg patch",
        "oxycodone 5 mg q3h PRN",
        "a fentanyl 25 mcg patch",
        "a midazolam infusion for palliative sedation",
        "Roxanol 0.25 mL",
        "methadone 2.5 mg BID",
        "dexamethasone 4 mg daily",
    ],
    "sym32": [
        "terminal restlessness",
        "mottling of the knees and feet",
        "Cheyne-Stokes breathing",
        "a loud rattle when breathing",
        "no urine output since last night",
        "refusing all food and fluids",
        "breakthrough pain in the hip",
        "air hunger",
        "a new sacral wound",
        "sundowning and pulling at the catheter",
        "a fever of 102 and moaning",
        "long pauses between breaths",
    ],
    "code32": [
        "DNR/DNI",
        "DNR, comfort measures only",
        "DNR, selective treatment",
        "DNR, no transfer to ICU",
        "DNR/DNI, no artificial nutrition",
    ],
    "pps32": ["10%", "20%", "30%", "40%"],
    "loc32": ["RHC", "GIP", "CHC", "Respite"],
    "tod32": ["02:47", "04:10", "06:35", "11:52", "14:18", "17:05", "21:40", "23:56"],
    "hosp32": [
        "Sunrise Hospice",
        "Evergreen Hospice & Palliative Care",
        "Bridgeway Home Hospice",
        "Hope Valley Hospice",
        "Good Shepherd Hospice of the Valley",
        "Lighthouse Hospice",
        "Cedar House Hospice",
    ],
    "fh32": [
        "Whitfield & Sons Funeral Home",
        "Rosewood Chapel and Crematory",
        "Hansen-Morales Funeral Service",
        "Lakeview Cremation Society",
        "St. Anne's Funeral Home",
        "Brightwater Mortuary",
        "Okafor Family Funeral Home",
    ],
    "opo32": [
        "Heartland Donor Network",
        "Tri-County Organ & Tissue Donor Services",
        "LifeBridge Donor Alliance",
        "Pacific Gift of Life",
        "Great Lakes Donor Services",
    ],
    "tissue32": [
        "corneas",
        "heart valves",
        "skin and bone",
        "kidneys and liver",
        "corneas and skin",
        "long bones and tendons",
    ],
    "rel32": [
        "daughter",
        "son",
        "wife",
        "husband",
        "niece",
        "nephew",
        "sister",
        "brother",
        "partner",
        "granddaughter",
    ],
    "kin32": [
        "mother",
        "father",
        "husband",
        "wife",
        "brother",
        "sister",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "partner",
    ],
    "unit32": ["6 West", "MICU", "4 North", "Oncology 8", "CCU", "7 East", "SICU"],
    "group32": [
        "Loss of a Spouse or Partner",
        "Loss of a Parent",
        "Loss of a Child",
        "Men's Grief Breakfast",
        "Suicide Loss Survivors",
        "Coping with the Holidays",
        "Young Widows and Widowers",
    ],
    "role32": [
        "chaplain",
        "bereavement coordinator",
        "hospice aide",
        "social worker",
        "volunteer coordinator",
        "music therapist",
        "palliative care NP",
    ],
}


FRESH32_PHI: list[dict] = [
    {
        "subject": "Hospice referral - new admit",
        "body": (
            "HOSPICE REFERRAL\n"
            "Referral source: Dr. {provider}, {clinic}\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Medicare MBI: {mbi}\n"
            "Primary hospice dx: {dx32}\n"
            "Code status: {code32}\n"
            "PPS: {pps32}\n"
            "Primary caregiver: {name2} ({rel32})\n"
            "Requested start of care: {date}\n"
            "Notes: family wants to keep the patient at home. Needs hospital bed and O2 "
            "concentrator delivered before the admission visit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "RN visit note {date}",
        "body": (
            "Pt: {last}, {first}    Agency: {hosp32}\n"
            "Visit type: routine RN, 55 min\n\n"
            "S: pt's {rel32} reports {sym32} overnight, gave 2 doses of {hrx32} with some relief.\n"
            "O: BP 86/50, HR 118, RR 30 with apneic periods up to 20 sec, SpO2 83% RA. Cool "
            "extremities, no PO intake x48h.\n"
            "A: transitioning, likely actively dying. PPS {pps32}.\n"
            "P: notified Dr. {provider_last}, continuous care eval today, chaplain visit "
            "requested by family. Reviewed signs of death and whom to call.\n\n"
            "{provider_first}, RN Case Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Palliative care consult - {unit32}",
        "body": (
            "Thanks for the consult. Saw Mr. {last} in room {ext} this afternoon with two of "
            "his children at the bedside.\n\n"
            "{age} y/o with {dx32}, admitted {date} with worsening dyspnea. He is alert and "
            "clear that he does not want to be intubated again or go back to the ICU; his "
            "goal is to get home. We talked about what the last scans showed and that time is "
            "likely short, weeks rather than months.\n\n"
            "Recs:\n"
            "1. Code status changed to {code32} - order entered, discussed with primary team.\n"
            "2. Dyspnea: start {hrx32}; fan at bedside.\n"
            "3. Hospice referral placed, family prefers {hosp32}.\n"
            "4. Will follow daily. Pager {ext}.\n\n"
            "{provider}, MD, Palliative Medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: family meeting today",
        "body": (
            "Forwarding for the hospice liaison - can someone see them tomorrow AM?\n\n"
            "---------- Forwarded message ---------\n"
            "From: {provider}\n"
            "Sent: {date}\n\n"
            "> Family meeting for {name} held in the {unit32} conference room.\n"
            "> Present: {rel32} {name2}, two grandchildren by phone, SW, RN, myself.\n"
            "> Reviewed course: {dx32}, now with {cod32}; not responding to treatment.\n"
            "> Family shared that the patient always said 'no machines'.\n"
            "> Agreed to transition to comfort-focused care, {code32}.\n"
            "> Will stop labs and antibiotics, start {hrx32}.\n"
            "> Family would like home hospice if transport can be arranged.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Advance directive received",
        "body": (
            "Hi HIM,\n\n"
            "The {rel32} dropped off a copy of the advance directive and durable power of "
            "attorney for health care for {name} (MRN {mrn}). Agent named: {name2}, "
            "{phone}. The patient is on {unit32} with {dx32} and the team needs it in the ACP "
            "tab before tomorrow's family meeting. Original was returned to the family.\n\n"
            "Thanks,\n{provider_first}, unit secretary\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "POLST - please scan and file",
        "body": (
            "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)\n"
            "Patient last name: {last}\n"
            "Patient first name: {first}\n"
            "Date of birth: {dob}\n\n"
            "A. CARDIOPULMONARY RESUSCITATION\n"
            "   [ ] Attempt Resuscitation   [X] Do Not Attempt Resuscitation\n"
            "B. MEDICAL INTERVENTIONS\n"
            "   [X] Comfort-focused treatment  [ ] Selective  [ ] Full treatment\n"
            "C. ARTIFICIALLY ADMINISTERED NUTRITION\n"
            "   [X] No artificial nutrition by tube\n"
            "Additional orders: may use {hrx32} for comfort. Dx: {dx32}.\n\n"
            "Discussed with: patient and {rel32}\n"
            "Signed: {provider}, MD   Date: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "code status update",
        "body": (
            "FYI {name} in {ext}B is now {code32} as of 1500 per the family meeting. Purple "
            "band is on, order is in. Palliative is following and started {hrx32}. Please "
            "update the whiteboard and tell night shift.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notification of patient death",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "We are sorry to inform you that your patient {name}, date of birth {dob}, died "
            "at our hospital on {date} at {tod32}. The immediate cause of death was "
            "{cod32}, in the setting of {dx32}. The family declined an autopsy. A death "
            "summary will be faxed to your office this week.\n\n"
            "Please call the hospitalist office at {phone} with any questions.\n\n"
            "Sincerely,\nHospital Medicine Service\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death pronouncement",
        "body": (
            "Called to bedside by RN at {tod32} to evaluate {name}. Patient unresponsive to "
            "verbal and painful stimuli. No spontaneous respirations for 1 minute, no heart "
            "sounds on auscultation, no carotid pulse, pupils fixed and dilated. Pronounced "
            "dead at {tod32}.\n\n"
            "Underlying: {dx32}. {code32} in place.\n"
            "Attending Dr. {provider_last} notified. Family ({rel32}) at bedside.\n"
            "ME notification: not reportable.\n"
            "{opo32} notified, referral #{ref}.\n\n"
            "{provider_first}, night hospitalist\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death certificate worksheet - please certify in EDRS",
        "body": (
            "DECEDENT: {upper_name}\n"
            "SSN: {ssn}\n"
            "DATE OF DEATH: {date}        TIME: {tod32}\n"
            "PLACE OF DEATH: HOSPITAL - INPATIENT\n"
            "PART I\n"
            "  a. {cod32}\n"
            "  b. {dx32}\n"
            "PART II: TYPE 2 DIABETES, HYPERTENSION\n"
            "MANNER: NATURAL      AUTOPSY: NO      TOBACCO CONTRIBUTED: PROBABLY\n"
            "CERTIFIER: {provider}, MD\n"
            "FUNERAL HOME: {fh32}\n\n"
            "Funeral director is waiting on the medical portion. Please certify within 48 h.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Amend cause of death - {name}",
        "body": (
            "Dr. {provider_last},\n\n"
            "The family called through {fh32}: the certificate you signed still says "
            "'pending'. The final autopsy came back on {date2} and gives {cod32} due to "
            "{dx32}. Could you file the supplemental report in EDRS so the family can get "
            "certified copies for the insurance? State file no. {year}-{code}.\n\n"
            "{name3}\nHealth Information Management\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Records request - Office of the Medical Examiner",
        "body": (
            "Re: Decedent {name}, DOB {dob}\n"
            "Our case: ME-{year2}-{claim}\n\n"
            "The decedent was brought to your emergency department by EMS on {date} and "
            "pronounced at {tod32}. Preliminary cause under investigation, possibly {me32}. "
            "Please fax the ED record, EMS run sheet, any admission blood drawn before "
            "transfusion, and the toxicology results to {phone} within 24 hours, per state "
            "statute.\n\n"
            "Investigator {name2}\nOffice of the Chief Medical Examiner\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "coroner",
        "body": (
            "coroner called back re {name} - declined jurisdiction, hx {dx32} on hospice, "
            "cod {cod32}. ok to release to {fh32}, pcp dr {provider_last} to sign. family "
            "aware. no autopsy.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Final autopsy report",
        "body": (
            "AUTOPSY REPORT - FINAL\n"
            "Decedent: {upper_name}     Age: {age}\n"
            "Autopsy no.: A{year2}-{ext}      MRN: {mrn}\n"
            "Date of death: {date}      Date of autopsy: {date2}\n"
            "Prosector: {provider}, MD\n\n"
            "FINAL ANATOMIC DIAGNOSES\n"
            "1. {dx32}\n"
            "2. Bilateral lower lobe bronchopneumonia\n"
            "3. Coronary atherosclerosis, 70% stenosis of the LAD\n"
            "4. Arteriolonephrosclerosis\n\n"
            "CAUSE OF DEATH: {cod32}\n"
            "Clinicopathologic correlation: findings are consistent with the clinical "
            "history. Copy to attending physician.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Autopsy consent",
        "body": (
            "Next of kin {name2} ({rel32}) signed the autopsy consent for {name} at {time}: "
            "limited to chest and abdomen, no brain, no retention of organs. Family wants to "
            "know if the {dx32} had spread to the lungs. Body is in the morgue, tag M-{ext}. "
            "Path resident on call was paged.\n\n"
            "Nursing supervisor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OPO referral called in",
        "body": (
            "Called {opo32} at {time}, referral #{ref}.\n"
            "Pt: {name}, {age}, {unit32} room {ext}\n"
            "Anoxic brain injury after out-of-hospital cardiac arrest on {date}. GCS 3T, on "
            "vent, no sedation since 0600, pupils fixed. Neuro doing brain death exam #1 at "
            "1400.\n"
            "Family NOT approached about donation. Per OPO, do not bring it up - coordinator "
            "{name2} is en route, ETA 45 min.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you from {opo32}",
        "body": (
            "Dear {name2},\n\n"
            "On behalf of everyone at {opo32}, thank you for your generous decision to donate "
            "the {tissue32} of your {kin32}, {name}, on {date}. We want you to know that your "
            "gift has already helped two recipients this month, and more may be helped in "
            "the coming year.\n\n"
            "If you would like to write to the recipients, our family services team can help "
            "at {phone}.\n\n"
            "With gratitude,\n{name3}\nDonor Family Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Records request - {fh32}",
        "body": (
            "Good afternoon,\n\n"
            "This is {name2} with {fh32}. We are handling arrangements for {name}, who passed "
            "at your facility on {date}. The family has chosen cremation, and the county will "
            "not issue the cremation permit until the attending physician certifies the cause "
            "of death. Could Dr. {provider_last} sign in EDRS today?\n\n"
            "Also, the crematory asks whether the decedent had a pacemaker or any other "
            "implanted device. The {rel32} thinks a defibrillator was put in a few years ago.\n\n"
            "Thank you,\n{name2}, Funeral Director\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thinking of you",
        "body": (
            "Dear {name2},\n\n"
            "It has been three months since your {kin32}, {first}, died while in the care of "
            "{hosp32}. Our team still thinks of your family often, and of the afternoons "
            "{first} spent on the porch with the nurses during those last weeks.\n\n"
            "Grief does not follow a schedule. Our bereavement coordinator will call you in "
            "the next few weeks, and our support groups are open to you at no cost for 13 "
            "months. You can reach us at {phone}.\n\n"
            "With care,\nThe Bereavement Team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Request for records of a deceased patient",
        "body": (
            "To the Health Information Management department,\n\n"
            "I am the executor of the estate of my late father, {name} (date of birth {dob}, "
            "date of death {date}). Attached are the letters testamentary and a certified "
            "copy of the death certificate.\n\n"
            "Please send copies of his records from his last admission for {dx32}, including "
            "the death summary, the medication administration record and any notes about the "
            "fall he had on the unit two days before he died. My siblings and I have questions "
            "about what happened.\n\n"
            "You can reach me at {email} or {phone}.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: your records request",
        "body": (
            "Hi {name2},\n\n"
            "We received the letters testamentary, thank you. The records for {name} (MRN "
            "{mrn}) are ready: 412 pages, including the hospice notes and the palliative "
            "consult. The copy fee is {amount2}; you can pay by phone and we will send an "
            "encrypted link.\n\n"
            "Release of Information\n\n"
            "> From: {name2}\n"
            "> I'm the executor for my {kin32}'s estate. Is there anything else you need\n"
            "> before you can release the records from the last admission?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Attending Physician's Statement - claim {claim}",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "{company} Life has received a death claim under policy {account}.\n"
            "Insured: {name}\n"
            "SSN: {ssn}\n"
            "Date of death: {date}\n"
            "Cause on death certificate: {cod32}\n\n"
            "Because the policy was issued less than two years ago, please complete the "
            "enclosed statement: date you first treated the insured for {dx32}, dates of all "
            "visits since {year2}, and copies of office notes. A signed authorization from "
            "the beneficiary is attached.\n\n"
            "Claims Examiner, {company} Life\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "VA burial allowance - need his hospice records",
        "body": (
            "Hello,\n\n"
            "My husband {name} was a Vietnam veteran. He died at home on hospice with your "
            "agency on {date}. The VA told me I may get the service-connected burial "
            "allowance because his {dx32} was rated as related to Agent Orange, but they "
            "want the final hospice notes and the death certificate showing the cause.\n\n"
            "His SSN is {ssn} and his VA claim number is the same. Can you mail the notes to "
            "{address} or email me? I am not good with computers.\n\n"
            "Thank you for everything your nurses did,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Hospice election statement - signed",
        "body": (
            "MEDICARE HOSPICE BENEFIT - ELECTION STATEMENT\n"
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Hospice: {hosp32}\n"
            "Effective date of election: {date}\n"
            "Terminal diagnosis: {dx32}\n"
            "Attending physician chosen: Dr. {provider}\n\n"
            "I understand that hospice care is palliative, not curative, and that by electing "
            "it I waive Medicare payment for care related to my terminal illness except "
            "through this hospice.\n\n"
            "Signed by: {name2}, representative ({rel32})  Date: {date}\n"
            "Reason beneficiary did not sign: unable, lethargic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "NOE rejected - fix within 5 days",
        "body": (
            "FISS RETURN TO PROVIDER - TYPE OF BILL 081A\n"
            "BENEFICIARY: {upper_name}\n"
            "MBI: {mbi}\n"
            "ADMIT/ELECTION DATE: {date}\n"
            "PRINCIPAL DX: {icd}\n"
            "REASON CODE 34978: PRINCIPAL DIAGNOSIS NOT ACCEPTABLE FOR HOSPICE\n\n"
            "Team - the intake nurse coded the terminal dx wrong. Per the CTI it should be "
            "{dx32}. Please correct and resubmit before Friday or we lose the days.\n"
            "{provider_first}, hospice billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Receipt for your payment",
        "body": (
            "Thank you, {name2}.\n\n"
            "We received your payment of {amount} on card {card} toward the room and board "
            "balance for {name} at the {hosp32} inpatient unit, stays {date} to {date2}.\n"
            "Remaining balance: {amount2}\n\n"
            "Questions about this statement: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "CTI needs your signature today",
        "body": (
            "Dr. {provider_last} - the recertification for {name} is due {date}, benefit "
            "period 3. F2F was done by NP {provider_first} on {date2}. Draft narrative below, "
            "please edit and sign in the portal:\n\n"
            '"Patient is a {age} y/o with {dx32}. Over the last 60 days has lost 9 lb, is '
            "now bed-bound, needs total assist with ADLs, PPS {pps32} (down from 50%). "
            "Increasing {sym32}. Prognosis remains six months or less if the illness runs its "
            'normal course."\n\n'
            "Thanks,\nClinical records\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IDG {date} - Team 2",
        "body": (
            "Patient              LOC    PPS    Dx / issues\n"
            "-------------------  -----  -----  ----------------------------------\n"
            "{last}, {first}      {loc32}    {pps32}    {dx32}; {sym32}\n"
            "{intl_name}          RHC    40%    recert due, weight down 6 lb\n\n"
            "Deaths since last IDG: none on this team.\n"
            "Chaplain and SW to see the first family this week.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice discharge: {name} no longer terminally ill",
        "body": (
            "Hospice medical director reviewed today. Weight stable for 90 days, eating well, "
            "no hospitalizations, PPS up to 60%. Live discharge effective {date}; notified "
            "the patient, the {rel32} and Dr. {provider_last}. Home health referral sent.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MORGUE RELEASE LOG",
        "body": (
            "MORGUE RELEASE LOG                          PRINTED {date} {time}\n"
            "TAG    DECEDENT                    MRN         DOD          RELEASED TO\n"
            "M-{ext}  {upper_name}        {mrn}    {date2}   {fh32}\n"
            "       ME CASE: NO    AUTOPSY: NO\n"
            "       PRECAUTIONS: ACTIVE PULMONARY TB - AIRBORNE, FUNERAL HOME NOTIFIED\n"
            "       IMPLANTED DEVICE: PACEMAKER - REMOVE BEFORE CREMATION\n"
            "RELEASED BY: SECURITY OFFICER BADGE {code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} expired {tod32} - {dx32}",
        "body": (
            "Family at bedside, pronounced by Dr {provider_last}. ME not reportable. Body to "
            "morgue after the family leaves, they asked for another hour.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Mr. {last} - COD for the death cert: {cod32}?",
        "body": (
            "He was on comfort care after the stroke. I was going to put {cod32} as (a), the "
            "stroke as (b) and HTN in Part II. Agree? Funeral home is calling every hour.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - hospice referral",
        "body": (
            "Family chose {hosp32}. Discharge planned for tomorrow by stretcher van, needs "
            "comfort kit and hospital bed at home first. Can the liaison confirm?\n"
            "CM, {unit32}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "DNR for {name}, rm {ext}",
        "body": ("Wife confirmed over the phone with two RN witnesses. Order signed, band on.\n"),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fw: {first} {last}, {age}, GIP admit tonight - {dx32}",
        "body": (
            "Pain crisis at home, family exhausted. Bed 3 on the inpatient unit is ready. "
            "Start {hrx32} on arrival per Dr {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "OPO ref {ref} - {name}, rm {ext}, brain death exam #1 done",
        "body": (
            "Exam #1 consistent with brain death at 1410. Apnea test with exam #2 at 2000. "
            "{opo32} coordinator on the unit. Do not extubate.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Autopsy results for {name}",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "The final report is attached. In short: {dx32}, with {cod32} as the immediate "
            "cause. Nothing to suggest a medication error. The family asked to go over it "
            "with you; could you call the {rel32} at {phone}?\n\n"
            "{provider}, MD, Anatomic Pathology\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {name} (DOB {dob}) - hospice records for VA claim",
        "body": (
            "Sent the last 30 days of visit notes and the discharge (death) summary to the "
            "widow by certified mail today. Logged in the disclosure log.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Palliative f/u {last}, {first} - {dx32}",
        "body": (
            "Still wants to stop BiPAP once the grandson arrives from Denver Thurs. Plan for "
            "a planned withdrawal with {hrx32} premedication. Chaplain aware.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Chaplain visit note",
        "body": (
            "Chaplain visit: {name}, rm {ext}, {unit32}. Patient no longer responsive. "
            "Family is Catholic and asked for the Anointing of the Sick before the planned "
            "extubation tomorrow at 10. Called the parish, Father will come at 8. Sat with "
            "the {rel32} for 40 minutes; anticipatory grief, lots of guilt about agreeing to "
            "comfort care. Will return after the extubation.\n"
            "{name3}, BCC, Spiritual Care\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Solicitud de expediente de mi madre fallecida",
        "body": (
            "Buenas tardes,\n\n"
            "Mi madre, {intl_name}, falleció el {date} en su hospital. Su fecha de nacimiento "
            "era {dob}. Necesito una copia del expediente de su última hospitalización, cuando "
            "la internaron por {dx32}, y el resumen de defunción, para el seguro de vida "
            "y para los trámites en México.\n\n"
            "Soy su hija y la albacea. Puedo mandar el acta de defunción y mi identificación.\n"
            "Mi teléfono es {phone}.\n\n"
            "Muchas gracias,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Visita de enfermería mañana",
        "body": (
            "Sra. {name2}:\n\n"
            "Le escribo de {hosp32} para confirmar la visita de mañana a las {time} para su "
            "esposo, {intl_name}. Si esta noche sigue con {sym32}, puede darle la morfina "
            "(0.25 mL debajo de la lengua) cada hora, y anótela en la hoja del refrigerador. "
            "Si respira con dificultad o tiene dolor que no se calma, llame a la línea de "
            "24 horas: {phone}.\n\n"
            "Un abrazo,\n{provider_first}, enfermera\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: ED death - your patient",
        "body": (
            "Thanks for letting me know. I'll call the family this afternoon. We had talked "
            "about hospice at the last visit; he wasn't ready. Please send the ED note.\n"
            "{provider_last}\n\n"
            "> Dr. {provider_last},\n"
            "> Your patient {name} arrived by EMS at {time} in cardiac arrest at home.\n"
            "> Known {dx32}. ROSC was not achieved after 25 minutes and he was\n"
            "> pronounced at {tod32}. Not an ME case. The {rel32} is asking whether you\n"
            "> will sign the death certificate.\n"
            "> ED attending\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "mom tonight",
        "body": (
            "hi its {name2}, {name}'s daughter. mom hasnt eaten anything since sunday and "
            "tonight her breathing sounds wet and gurgly, like a rattle. the nurse told us to "
            "use the {hrx32} but it doesnt seem to be doing much?? her hands are cold and "
            "kind of purple. is it time to call my brothers to come? sorry for all the "
            "questions, we have never done this before. {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "After-hours log",
        "body": (
            "2317 call from dtr re pt {last}, {first} ({hosp32}) - {sym32}. Instructed "
            "{hrx32}, RN dispatched.\n"
            "0105 RN on site, pt expired 0048, pronounced by RN per protocol. {code32} on "
            "fridge.\n"
            "0120 {fh32} called for removal, ETA 0230. Dr {provider_last} to sign DC in AM.\n"
            "0135 meds destroyed in home w/ dtr as witness (morphine 18 mL, lorazepam #9).\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aide schedule - new patient",
        "body": (
            "Starting Monday: {name}, {address}.\n"
            "Baths Mon/Wed/Fri AM. Bed-bound, hoyer lift, Foley, stage 2 on sacrum - "
            "turn q2h while there. Lockbox code {code}. Small dog, friendly. Primary "
            "caregiver is the {rel32}, cell {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delivery confirmation #{order}",
        "body": (
            "Comfort kit delivered to {address} at {time}.\n"
            "Patient: {name}\n"
            "Contents: morphine concentrate 20 mg/mL 30 mL, lorazepam 0.5 mg #20, "
            "haloperidol 1 mg #10, atropine 1% drops 15 mL, bisacodyl 10 mg supp #6\n"
            "Signed for by: {name2}\n"
            "{company} Hospice Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Equipment pickup",
        "body": (
            "Please pick up the hospital bed, oxygen concentrator, 6 E-tanks and the "
            "wheelchair from {address}. Patient {name} died {date}. The family would like "
            "it out before the service on Saturday. Call {phone} before you come.\n"
            "Thanks - {hosp32} intake\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bereavement call log",
        "body": (
            "Month 6 call to {name2} ({phone}), {rel32} of {name} (d. {date}, {dx32}).\n"
            "Sleeping better, back at work part-time. Still struggles at night, second-guesses "
            "the decision to stop treatment. Risk: low-moderate.\n"
            "Plan: mailed {group32} group flyer, next call month 9.\n"
            "{name3}, Bereavement Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Estate claim denied",
        "body": (
            "Estate of {name}: claim {claim} for the final admission ({date} to {date2}) was "
            "denied by the plan - no authorization on file for the ICU days. Principal dx "
            "{icd}. The executor says the patient came in through the ED, so auth should not "
            "have been needed. Appealing with the ED record and the death summary.\n"
            "PFS, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Deaths of patients attributed to your practice",
        "body": (
            "The following patients attributed to your practice died at our hospital last "
            "week:\n\n"
            "Name                     DOB          Date of death   Cause\n"
            "{name}        {dob}   {date}      {cod32}\n"
            "{intl_name}   --           {date2}      pending ME ({me32}?)\n\n"
            "Please close any open care gaps and standing orders.\n"
            "Population Health\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "sad news",
        "body": (
            "Saw in the paper that {name} passed away last week. {first} had dialysis with "
            "us on chair 4, Mon/Wed/Fri for six years, and always brought the crossword. "
            "There is a card at the front desk if anyone wants to sign it for the family.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "He had a DNR and they did CPR anyway",
        "body": (
            "To the Director of Nursing,\n\n"
            "My father, {name}, is a resident at your facility, room {ext}. He has a signed "
            "POLST saying Do Not Resuscitate, and it was supposed to be in his chart. Last "
            "night he stopped breathing and your staff did CPR and sent him to the ER by "
            "ambulance. He has two broken ribs now and is in the ICU with {dx32}.\n\n"
            "I want to know how this happened and I want a meeting this week.\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health care directive - our client",
        "body": (
            "Dear Sir or Madam,\n\n"
            "This firm represents {name}, date of birth {dob}. On {date} our client executed "
            "a new health care directive and appointed {name2} as health care agent, revoking "
            "all prior directives. Our client has been diagnosed with {dx32} and wishes the "
            "enclosed instructions (no CPR, no feeding tube) to be placed in the medical "
            "record before the next visit with Dr. {provider_last}.\n\n"
            "Very truly yours,\n{name3}, Esq.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Attending attestation - second oral request",
        "body": (
            "Second oral request for medical aid in dying documented for {name} on {date}, "
            "15 days after the first. Terminal dx: {dx32}, prognosis under 6 months per "
            "attending and consulting physicians. Capable, no referral to mental health "
            "needed. Written request witnessed {date2}. Prescription to be sent to the "
            "participating pharmacy after the waiting period.\n"
            "{provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH32_NEG: list[dict] = [
    {
        "subject": "Grief support groups - winter session",
        "body": (
            "Our free grief support groups start again the week of {date}.\n\n"
            "{group32}: Tuesdays 6:00-7:30 pm, Conference Room B\n"
            "Loss of a Parent: Wednesdays 10:00-11:30 am, by video\n"
            "Drop-in coffee and conversation: first Saturday, 9 am\n\n"
            "Facilitator: {name}, {role32}. Registration is not required, but please call "
            "{phone} so we can plan.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice volunteer training - spring cohort",
        "body": (
            "Welcome to the spring volunteer cohort! Training runs four Saturdays starting "
            "{date}, 9-3, at the {hosp32} office.\n\n"
            "Topics: hospice philosophy, the signs of approaching death, listening and "
            "presence, infection control, boundaries, HIPAA, sitting vigil, self-care.\n\n"
            "Please bring your TB test result and badge photo. Lunch provided.\n"
            "{name}, {role32}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In loving memory of {name}",
        "body": (
            "It is with heavy hearts that we share that {name}, a hospice nurse with our team "
            "since {year}, passed away peacefully on {date}. {first} visited thousands of "
            "families in their homes and trained half of the nurses on this list.\n\n"
            "A memorial will be held in the chapel on {date2} at 3 pm. The family asks that "
            "donations be made to the {hosp32} Foundation.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "April is Donate Life Month",
        "body": (
            "More than 100,000 people in the U.S. are waiting for an organ transplant, and 17 "
            "die each day waiting. One donor can save up to eight lives and heal 75 more "
            "through tissue donation.\n\n"
            "Wear blue on {date} and stop by the {opo32} table in the lobby to register. "
            "Flag-raising at 10 am with a donor mom speaking.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 mortality dashboard",
        "body": (
            "Inpatient deaths: 212 (Q2: 198)\n"
            "Observed/expected mortality: 0.91\n"
            "Deaths with a palliative consult: 61%\n"
            "Deaths on comfort care orders: 38%\n"
            "Deaths within 48 h of admission: 44\n"
            "ICU deaths: 96, of which 71 after withdrawal of life support\n"
            "Top principal diagnoses: sepsis, heart failure, {dx32}\n\n"
            "Full report on the quality SharePoint. Questions to {name}, quality analyst.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Census {date}",
        "body": (
            "CENSUS: 148   RHC 139 / GIP 6 / CHC 1 / RESPITE 2\n"
            "ADMITS: 9   DEATHS: 7   LIVE DISCHARGES: 1   REVOCATIONS: 0\n"
            "ALOS: 71 days   MEDIAN LOS: 19 days\n"
            "Pending referrals: 14 (4 hospital, 10 community)\n"
            "On-call RN tonight: {name} ({phone})\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "National Healthcare Decisions Day - free advance directive help",
        "body": (
            "Have you told your family what you would want if you could not speak for "
            "yourself? On {date}, social workers and a notary will be in the main lobby from "
            "10 to 2 to help staff, patients and visitors complete an advance directive and "
            "name a health care agent. Bring a photo ID. Forms in English, Spanish and "
            "Vietnamese.\n\nQuestions: {name}, {role32}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How to complete the new POLST form",
        "body": (
            "The state released a revised POLST. Reminders for clinicians:\n\n"
            "Patient Last Name: __________  First Name: __________  DOB: __/__/____\n"
            "- Print the patient's name and date of birth on BOTH sides.\n"
            "- Section A (CPR) applies only when the person has no pulse and is not "
            "breathing.\n"
            "- Section B: choose Full, Selective or Comfort-focused treatment.\n"
            "- The form must be signed by the patient or legal representative AND the "
            "clinician; a verbal order needs a second witness.\n"
            "- The original (bright pink) goes home with the patient.\n\n"
            "Education sessions: {date}, {time}. {name}, ACP program manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} from {fh32}",
        "body": (
            "Bill to: {clinic} - Decedent Affairs\n"
            "Period: {date} to {date2}\n\n"
            "Monthly standby fee, 24/7 removal service      1    {amount2}\n"
            "Removals, hospital to county morgue           14    $175.00 ea\n"
            "Mileage over 25 miles                         62    $2.10 ea\n\n"
            "Total due: {amount}   Terms: net 30\n"
            "Remit to: {fh32}, {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "On-call chaplains, week of {date}",
        "body": (
            "Mon  {name}\n"
            "Tue  {name2}\n"
            "Wed  {name3}\n"
            "Thu  {name}\n"
            "Fri-Sun  {provider}\n\n"
            "Page 4-CHAP for deaths, codes, end-of-life rituals and family requests. The "
            "Catholic priest is on call through the parish at {phone}; imam and rabbi "
            "contacts are in the binder at each nursing station.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last}, founder of our palliative care program",
        "body": (
            "Dr. {provider}, who founded the palliative care program here in {year} and led "
            "it for two decades, died on {date}. Colleagues remember a physician who always "
            "sat down at the bedside and never rushed a family meeting.\n\n"
            "A celebration of life will be held at {address} on {date2}. Cards may be left "
            "with {name} in the medical staff office.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy update: RN pronouncement of expected death",
        "body": (
            "Effective {date}, registered nurses may pronounce death for inpatients with an "
            "active DNR order whose death was expected. The RN must:\n"
            "1. Confirm absence of breath sounds, heart sounds and pulse for one full minute.\n"
            "2. Document the time of death and the names of those present.\n"
            "3. Notify the attending within one hour and the OPO within one hour of death.\n"
            "4. Call the medical examiner for any death within 24 hours of surgery, after a "
            "fall, or with suspected trauma or overdose.\n\n"
            "Policy owner: {name}, CNO office. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Morgue capacity",
        "body": (
            "The morgue is at 11 of 12 spaces. Three decedents are awaiting medical examiner "
            "release and four are waiting on funeral home pickup. Decedent Affairs has asked "
            "the funeral homes to collect within 24 hours. If we reach 12, the overflow "
            "trailer protocol starts; nursing supervisors have the key.\n"
            "{name}, Decedent Affairs, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EDRS downtime {date}",
        "body": (
            "The state Electronic Death Registration System will be down on {date} from 6 pm "
            "to midnight for an upgrade to version {version}. Physicians with death "
            "certificates waiting for certification should sign before 5 pm. Funeral "
            "directors have been notified. After the upgrade, certifiers must re-enroll "
            "their two-factor token.\n\nHIM Vital Records, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice CAHPS results are in",
        "body": (
            "Great work, everyone. Our latest Hospice CAHPS top-box scores (n = 214 "
            "caregiver surveys):\n"
            "Getting help for symptoms        78%  (state 74%)\n"
            "Timely help                      81%\n"
            "Treating the patient with respect 93%\n"
            "Emotional and spiritual support  90%\n"
            "Willing to recommend             88%\n\n"
            "Thanks to {name} for leading the symptom-response project.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: RN Case Manager, home hospice",
        "body": (
            "{hosp32} is hiring full-time RN case managers for the north county team. "
            "Caseload of 12-14, company car, on-call one weekend a month. Experience with "
            "symptom management in {dx32} is a plus. Hiring manager: {name}. Apply by "
            "{date}, req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Donor Family Remembrance Ceremony",
        "body": (
            "Each year {opo32} honors the donors whose gifts saved and healed lives. Donor "
            "families, recipients and hospital staff are invited to the ceremony on {date} at "
            "2 pm at {address}. There will be a quilt display, a reading of donor names by "
            "families who requested it, and a reception. RSVP to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Whole-body donation program",
        "body": (
            "The School of Medicine's anatomical gift program accepts registered donors aged "
            "18 and over. Registration must be completed in advance; the program covers "
            "transport within 100 miles and cremation, and returns cremated remains to the "
            "family in 12-24 months. Donors with certain infections or recent major surgery "
            "may not be accepted at the time of death. Call {phone} for a packet.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Group life insurance - how beneficiaries file a claim",
        "body": (
            "HR reminder: when an employee or covered dependent dies, the beneficiary files "
            "with {company} Life, not with HR. They will need a certified death certificate, "
            "the claim form, and the beneficiary's ID. Claims are usually paid within 14 "
            "days. Questions go to {name}, benefits specialist, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Veterans' burial benefits info session",
        "body": (
            "A VA benefits counselor, {name}, will explain burial allowances, national "
            "cemetery eligibility, headstones and markers, and Presidential Memorial "
            "Certificates at our We Honor Veterans session on {date} at {time}. Hospice "
            "social workers and chaplains are encouraged to attend.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FAQ: records of a deceased patient",
        "body": (
            "Q: Who can request the records of a patient who has died?\n"
            "A: The personal representative: the executor or administrator named in letters "
            "testamentary or letters of administration. Where there is no estate, state law "
            "lists next of kin in order (spouse, adult children, parents, siblings).\n"
            "Q: What must they send?\n"
            "A: A signed request, a copy of the death certificate, proof of authority and a "
            "photo ID. Fee: {amount2} plus postage.\n"
            "Release of Information, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DME statement {invoice}",
        "body": (
            "{company} Medical Equipment - hospice per diem statement, {date}\n\n"
            "Hospital beds, semi-electric    212 patient-days\n"
            "Oxygen concentrators            97 patient-days\n"
            "Alternating-pressure mattresses 48 patient-days\n"
            "Pickups completed               31\n\n"
            "Total: {amount}. PO {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A card for 6 West",
        "body": (
            "We got a beautiful card this week from a family whose dad died on our unit last "
            "month. They wrote that the night nurses made the hardest week of their lives "
            "bearable, and that they will never forget the music and the extra blankets. It "
            "is on the break room board. Thank you all.\n"
            "{name}, Nurse Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Skills lab: postmortem care",
        "body": (
            "Skills lab for new aides and LPNs on {date}, 1-3 pm, Sim Room 2: postmortem "
            "care, cultural and religious practices after death, tagging, and the family's "
            "time at the bedside. Led by {name}, RN educator. Bring your competency "
            "checklist.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NODA vigil needed tonight",
        "body": (
            "No One Dies Alone: we have a vigil request on {unit32} tonight. Shifts open: "
            "10 pm-12 am, 12-2 am, 2-4 am. Please reply-all with the shift you can take. "
            "Check in with the charge nurse; the companion kit (music, lotion, reading "
            "material) is in the NODA cart.\n"
            "{name}, {role32}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Purchasing card declined - {fh32}",
        "body": (
            "Hi {first},\n\n"
            "Payment to {fh32} for the indigent burial contract was declined. The P-card "
            "number on the requisition, 4532 7781 0093 2210, fails validation, and the "
            "backup on file, 5491 0377 1526 8834, does too. Can you check the digits? "
            "Requisition {order}.\n\nAccounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical Examiner annual report, {year2}",
        "body": (
            "The county Office of the Medical Examiner investigated 1,842 deaths last year and "
            "performed 611 autopsies. Manner: natural 61%, accident 24%, suicide 7%, homicide "
            "5%, undetermined 3%. Overdose deaths: 388, down 9%, with fentanyl present in 81%. "
            "Full report at https://county.example/me-report. Media: {name}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bereavement leave policy change",
        "body": (
            "Starting {date}, bereavement leave increases from three to five paid days for "
            "the death of a spouse, partner, child, parent or sibling, and to two days for "
            "other relatives. Managers should code it BRV in the timekeeping system. "
            "Questions: {name}, HR, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Schwartz Rounds: 'The one we think about'",
        "body": (
            "This month's Schwartz Rounds: a panel of {name} (ICU RN), {name2} ({role32}) "
            "and Dr. {provider} talk about caring for a young patient who died on the unit "
            "this year, and what stayed with them. Details are changed and no patient will "
            "be identified. {date}, noon, Auditorium B. Lunch provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death Cafe - November",
        "body": (
            "Join us for tea, cake and an open conversation about death and dying. No agenda, "
            "no presentations, no selling. {date}, 6:30 pm, community room at {address}. "
            "Hosted by {name} and {name2}, hospice volunteers.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grand rounds: opioid rotation at the end of life",
        "body": (
            "Dr. {provider}, palliative medicine, on converting between morphine, "
            "hydromorphone and methadone in patients with {dx32}, and on managing terminal "
            "secretions with glycopyrrolate versus atropine. {date}, 8 am. 1.0 CME.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Comfort kit contents changing",
        "body": (
            "Effective {date}, the standard comfort kit from {company} Hospice Pharmacy "
            "changes: atropine 1% drops replace the scopolamine patch, and haloperidol "
            "tablets replace the rectal prochlorperazine. Morphine concentrate, lorazepam "
            "and bisacodyl are unchanged. Update your teaching sheets.\n"
            "{name}, PharmD\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Admission visit checklist",
        "body": (
            "[ ] Election statement signed (patient or representative)\n"
            "[ ] Verbal CTI from attending and hospice medical director\n"
            "[ ] POLST / out-of-hospital DNR on the fridge\n"
            "[ ] Comfort kit ordered, delivery time given to family\n"
            "[ ] Medication profile reconciled\n"
            "[ ] DME ordered: bed, O2, commode, wheelchair\n"
            "[ ] 24-hour number given and taped by the phone\n"
            "Questions: {name}, clinical manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your hospital's donation report - {year2}",
        "body": (
            "Dear donation council,\n\n"
            "Last quarter your hospital referred 38 of 41 deaths that met the clinical "
            "triggers (timely referral rate 93%). Outcomes: 3 organ donors (11 organs "
            "transplanted), 9 tissue donors, 27 eye donors. Two missed referrals were from "
            "the ED. {name} from {opo32} will present details at the next meeting.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Memorial garden dedication",
        "body": (
            "This year we lost two of our own, {name} (environmental services) and {name2} "
            "(pharmacy). On {date} we will plant two dogwoods in the memorial garden behind "
            "the cafeteria. All staff are welcome; {provider} from spiritual care will say a "
            "few words.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Funeral homes accepting after-hours removals",
        "body": (
            "Updated list for nursing supervisors:\n\n"
            "{fh32}                {phone}   24/7\n"
            "Rosewood Chapel and Crematory         until 11 pm\n"
            "Okafor Family Funeral Home            24/7, Muslim and Jewish same-day burial\n\n"
            "Families choose the funeral home; staff may share this list but not recommend.\n"
            "{name}, Decedent Affairs\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Estate planning seminar for employees",
        "body": (
            "Attorney {name} of {company} will cover wills, trusts, financial and health care "
            "powers of attorney, and living wills, at the EAP lunch seminar on {date}. Free for "
            "employees and spouses. Register with {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blessing of the hands",
        "body": (
            "Chaplains will offer a blessing of the hands for all staff on {date}, 7 am and "
            "7 pm, at each nursing station on {unit32} and in the ED. Staff of every faith "
            "and of none are welcome. {name}, Director of Spiritual Care\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Service of Remembrance",
        "body": (
            "Dear Friend,\n\n"
            "Each year, {clinic} holds a Service of Remembrance for the families of patients "
            "who died in our care. Families may bring a photograph to place on the memory "
            "table, and a candle will be lit for each person. The service is on {date} at "
            "4 pm in the chapel, followed by refreshments.\n\n"
            "Please RSVP to our bereavement office at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteer spotlight: 1,000 vigil hours",
        "body": (
            "Congratulations to {name}, who this month passed 1,000 hours as a hospice "
            "volunteer, most of them sitting vigil overnight. Asked why, {first} said: "
            "'Nobody should be alone at the end.' Thank you!\n"
            "{name2}, {role32}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cremation authorization form - instructions",
        "body": (
            "CREMATION AUTHORIZATION (BLANK - FOR TRAINING)\n"
            "Name of decedent: ____________________\n"
            "Date of death: ____________  Place of death: ____________\n"
            "Pacemaker / implanted device present?  [ ] Yes  [ ] No\n"
            "Authorizing agent: ____________  Relationship: ____________\n\n"
            "Staff may not complete this form; it is completed by the funeral home with the "
            "legal next of kin. Direct questions to {fh32}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice cap - FY update",
        "body": (
            "Aggregate cap update: beneficiaries counted this cap year 412.6, aggregate cap "
            "{amount}, payments to date 71% of cap. We are projected to stay under. Long-stay "
            "patients (> 180 days) are 14% of the census. {name}, CFO\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grupo de apoyo en el duelo",
        "body": (
            "Grupo de apoyo para personas que han perdido a un ser querido. Los jueves de "
            "6 a 7:30 pm, del {date} al {date2}, en la sala comunitaria de {hosp32}. Gratis y "
            "abierto a toda la comunidad. Facilita: {name}, trabajadora social. Informes: "
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coroner's office - reporting deaths over the holiday",
        "body": (
            "Reportable deaths (unexpected, trauma, overdose, in custody, within 24 hours of "
            "surgery, or unattended) must still be called in over the holiday weekend: "
            "{phone}, 24 hours. Investigators on duty: {name} and {name2}. Faxed reports will "
            "be processed on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death notification script - draft for review",
        "body": (
            "Draft script for residents, please comment by {date}:\n\n"
            "'Hello, is this [name]? This is Dr. [name] calling from [hospital] about your "
            "[relationship]. Are you somewhere you can sit down? ... I am so sorry to tell "
            "you that [he/she] died at [time]. We did everything we could.'\n\n"
            "Then pause. Let the family speak first. Offer the chaplain and the OPO "
            "conversation only after.\n{name}, palliative care educator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death certificate errors - teaching note",
        "body": (
            "Common errors on our certificates last quarter:\n"
            "- 'Cardiac arrest' or 'respiratory arrest' alone: a mechanism, not a cause.\n"
            "- Abbreviations (CHF, COPD) rejected by the state: spell them out.\n"
            "Example of a correct chain: Part I (a) aspiration pneumonia, due to (b) "
            "dysphagia, due to (c) Parkinson's disease. Part II: dementia.\n"
            "{name}, MD, mortality review lead\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Light Up a Life",
        "body": (
            "The {hosp32} Foundation's Light Up a Life tree will be lit on {date}. Dedicate a "
            "light in memory or in honor of a loved one for $25; names are read at the "
            "ceremony only at the donor's request. Proceeds fund bereavement care for "
            "children. Donate at https://give.example/light or call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Please sign the card for {first}",
        "body": (
            "{name} from the billing office lost her mother last week. There is a card at "
            "the front desk and we are collecting for flowers until Thursday. The funeral is "
            "private.\n{name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Moral distress survey",
        "body": (
            "ICU and palliative staff: the ethics committee asks you to complete a 10-minute "
            "anonymous survey on moral distress around withdrawal of life support and "
            "futile care. Results will be reported in aggregate only. Link closes {date}. "
            "{name}, ethics committee chair\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tissue bank courier - new pickup times",
        "body": (
            "Starting {date}, the {opo32} tissue courier picks up from the OR desk at 07:00 "
            "and 15:00 only. Coolers must be sealed and the chain-of-custody sheet signed. "
            "Today's shipment went out under {tracking}. Questions: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] hospice EMR sync failing",
        "body": (
            "Nightly sync from the point-of-care tablets to the hospice EMR failed for 23 "
            "clinicians on {date} (error 0x80070005). Visit notes are queued on the devices "
            "and will upload after the fix in build {build}. Do not reinstall the app.\n"
            "IT Service Desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh44": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full) and the module
docstring of bench/accuracy/fresh43.py (its first 69 lines, up to the closing quotes, as a
model of this docstring, the data format and the labelling rules; not its templates or
vocabulary), for the placeholder names, the data format, and so as not to repeat their
templates. The file names in bench/accuracy/ were listed once (with the line counts of
generate.py, fresh6.py and fresh7.py); the file names at the top of the repository were
listed once, and the [tool.ruff], [tool.ruff.lint] and [tool.ruff.lint.per-file-ignores]
sections of pyproject.toml were read, for the line length and lint rules. The author did not
read gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/, run.py or any
other bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the
benchmark or any test. The only things run were Python's ast module over generate.py
(without executing it) to collect the placeholder names that generate.fill() and
generate.fresh_fill() provide, a one-line Luhn check of the card-like numbers written into
the negatives, imports of this file with small scripts checking its placeholders, key sets,
labels, Subject placeholders and Luhn failures, and ruff format and ruff check on this file.
It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.

Angle: health information management, release of information, and the legal and insurance
world around medical records. Mail from and to hospital HIM and medical-records departments
and release-of-information vendors: patient requests for copies, HIPAA authorisations and
missing-signature rejections, copy-fee invoices, subpoenas, court orders and custodian
declarations, attorney letters for personal-injury and malpractice cases, hospital liens and
subrogation, Social Security disability determination requests and consultative exams,
long-term disability and life-insurance attending physician statements (APS), paramedical
exam printouts and adverse underwriting letters, requests to amend a record and their denial,
accountings of disclosures, privacy-office investigations, breach-notification letters,
misdirected fax and mail reports, guardianship and power-of-attorney paperwork, court-ordered
competency and custody evaluations, CDI and coding queries, chart-deficiency notices, payer
audits and Medicare documentation requests, and records transfers when a doctor retires.
Shapes vary: forms with "Label: value" fields, ALL-CAPS system printouts, pasted tables,
forwarded threads with "> " quoting, terse notes with typos, long narratives, Spanish. The
hard negatives come from the same world: ROI policy updates, copy-fee schedules, blank
authorisation forms and letter templates with bracketed fields, minimum-necessary and
subpoena-handling training, aggregate incident and ROI statistics, vendor contracts, quotes,
statements and destruction certificates, attorney and life-insurance marketing, class-action
and legal-hold notices naming conditions but no person, court calendars without health facts,
HIM rosters, signatures and productivity tables, aggregate and per-physician chart-deficiency
counts with no patient, a coding tip with literal ICD-10 codes and no patient, tracking and
invoice numbers, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH44_VOCAB): {dx44} {rx44} {proc44} {result44}
{accident44} {record44} {purpose44} {disclosure44} {breach44} {query44} {deficiency44}
{claim44} for the patient templates, {firm44} {court44} {case44} {insurer44} {vendor44}
{dds44} used in both groups (in negatives they name a firm, court, case, insurer, vendor or
agency, never a person's health), and {role44} {course44} for the negatives. Other
placeholders come from generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, injury, visit or admission for care, payment for care). For this split a
claimant, applicant, plaintiff, defendant, ward or decedent whose records are requested,
produced, evaluated or disclosed counts as the patient: an identifiable person linked to
health information is PHI under these rules even when a law firm, a court, an insurer, a
disability agency or a records vendor holds it. A disputed diagnosis in a request to amend a
record is still health information about that person. subject_phi is True only when the
Subject alone identifies a patient together with health information, or holds a patient
identifier (MRN, MBI) in a care context; PHI templates whose Subject is not PHI carry no
person's name in the Subject at all (only staff names, case or invoice numbers). validated is
True exactly when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body. Negatives
never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi}, {passport} or
{intl_name}, and name only staff, physicians as staff, vendors, firms, agents or nobody, or
give aggregate figures; the card-like numbers written literally in them fail the Luhn check.
Anything ambiguous (a Subject naming a person with only "records request" and no health
fact, a records shipment to a firm with no client named) was either left out or written so
that no person is identifiable.
"""

from __future__ import annotations

FRESH44_VOCAB: dict[str, list[str]] = {
    "dx44": [
        "a C5-C6 disc herniation with radiculopathy",
        "post-concussion syndrome",
        "post-traumatic stress disorder",
        "complex regional pain syndrome of the right hand",
        "a torn rotator cuff",
        "lumbar radiculopathy",
        "major depressive disorder, severe",
        "bipolar I disorder",
        "schizophrenia",
        "alcohol use disorder",
        "early-onset dementia",
        "multiple sclerosis",
        "congestive heart failure",
        "COPD on home oxygen",
        "end-stage renal disease on dialysis",
        "metastatic colon cancer",
        "a traumatic brain injury",
        "a fractured pelvis",
        "a post-operative wound infection",
        "stage III breast cancer",
        "type 1 diabetes with frequent hypoglycemia",
        "fibromyalgia",
        "chronic hepatitis C",
        "HIV infection",
        "a seizure disorder",
        "rheumatoid arthritis",
        "a stroke with left-sided weakness",
        "cerebral palsy",
        "a compression fracture of L1",
        "chronic kidney disease stage 4",
    ],
    "rx44": [
        "oxycodone 10 mg",
        "gabapentin 600 mg",
        "duloxetine 60 mg",
        "sertraline 100 mg",
        "lithium carbonate 300 mg",
        "quetiapine 200 mg",
        "buprenorphine 8 mg",
        "methadone 90 mg daily",
        "insulin lispro",
        "warfarin",
        "Eliquis 5 mg",
        "Biktarvy",
        "tizanidine 4 mg",
        "prednisone 20 mg",
        "Keppra 750 mg",
        "donepezil 10 mg",
        "cyclobenzaprine 10 mg",
        "Humira",
        "carbamazepine 200 mg",
        "furosemide 40 mg",
        "hydrocodone/acetaminophen",
        "Ocrevus infusions",
        "topiramate 50 mg",
        "clozapine",
    ],
    "proc44": [
        "an anterior cervical discectomy and fusion",
        "a lumbar laminectomy",
        "arthroscopic rotator cuff repair",
        "a laparoscopic cholecystectomy",
        "a total knee replacement",
        "a cesarean delivery",
        "a colonoscopy with polypectomy",
        "an MRI of the lumbar spine",
        "a CT scan of the head",
        "open reduction and internal fixation of the pelvis",
        "an epidural steroid injection",
        "a right hemicolectomy",
        "a left mastectomy",
        "coronary bypass surgery",
        "an appendectomy",
        "a carpal tunnel release",
        "a hysterectomy",
        "electroconvulsive therapy",
        "a sleep study",
        "a nerve conduction study",
        "a spinal cord stimulator trial",
    ],
    "result44": [
        "an HbA1c of 8.9%",
        "a positive urine cotinine",
        "an ALT of 112 U/L and a GGT of 240 U/L",
        "a positive hepatitis C antibody",
        "total cholesterol of 286 mg/dL",
        "2+ protein in the urine",
        "a PSA of 9.4 ng/mL",
        "a urine screen positive for cocaine",
        "a reactive HIV-1/2 antibody",
        "a fasting glucose of 212 mg/dL",
        "a creatinine of 2.4 mg/dL",
    ],
    "accident44": [
        "a rear-end collision on Interstate 80",
        "a slip and fall in a grocery store",
        "a fall from a ladder at home",
        "a dog bite at a neighbor's house",
        "a motorcycle crash",
        "a pedestrian accident in a crosswalk",
        "a fall down a stairwell at an apartment complex",
        "a T-bone collision at an intersection",
        "an assault outside a bar",
        "a trampoline park accident",
    ],
    "record44": [
        "emergency department records, imaging reports and itemized bills",
        "office notes, operative reports and physical therapy notes",
        "the complete chart, including mental health records",
        "discharge summaries and pathology reports",
        "all records and films from the last five years",
        "nursing notes, medication administration records and incident reports",
        "the ambulance run sheet, trauma flow sheet and CT reports",
    ],
    "purpose44": [
        "a personal-injury claim",
        "a Social Security disability claim",
        "a long-term disability claim",
        "life insurance underwriting",
        "a medical-malpractice review",
        "continuity of care",
        "a custody proceeding",
        "a second opinion",
    ],
    "disclosure44": [
        "report of a communicable disease",
        "report to the state cancer registry",
        "disclosure to the medical examiner",
        "report of suspected abuse to Adult Protective Services",
        "report to the DMV medical review unit",
        "report to the immunization registry",
    ],
    "breach44": [
        "a fax meant for a cardiology office was sent to a car dealership",
        "a discharge packet with your papers was handed to another patient",
        "an unencrypted laptop was stolen from an employee's car",
        "a billing letter was mailed to an old address",
        "an email with an attached spreadsheet was sent to the wrong outside address",
        "a staff member viewed your record without a work-related reason",
    ],
    "query44": [
        "the type and acuity of the heart failure (acute, chronic or acute on chronic)",
        "whether the low sodium represents hyponatremia and what it means clinically",
        "whether sepsis was present on admission",
        "the stage of the sacral pressure injury",
        "whether the patient has acute respiratory failure or hypoxemia only",
        "the type of anemia being treated with the transfusion",
        "whether the malnutrition is mild, moderate or severe",
    ],
    "deficiency44": [
        "unsigned operative report",
        "missing discharge summary",
        "unauthenticated verbal order",
        "H&P not dated or timed",
        "incomplete informed-consent form",
        "missing post-anesthesia note",
        "unsigned progress note",
    ],
    "claim44": [
        "LTD-00482135",
        "STD-1190274",
        "DI-2025-083316",
        "LTC-449102",
        "WL-6620173",
        "GLTD 55-21904",
    ],
    "firm44": [
        "Whitcombe & Lasky LLP",
        "Ortega Brandt Injury Law",
        "Pell, Moreau & Iqbal, P.C.",
        "Hallorann Trial Lawyers",
        "Baxter Nguyen Law Group",
        "Castellanos & Reyes, Abogados",
        "Dunmore Kessler LLP",
        "Sato Fairbanks Malpractice Attorneys",
    ],
    "court44": [
        "Superior Court of California, County of Alameda",
        "Circuit Court of Cook County, Illinois",
        "District Court of Harris County, Texas",
        "Supreme Court of the State of New York, County of Kings",
        "Superior Court of Arizona, Maricopa County",
        "Court of Common Pleas of Allegheny County",
        "Probate Court of Franklin County, Ohio",
        "Circuit Court for Baltimore City",
    ],
    "case44": [
        "CV-2025-004417",
        "2024-L-011862",
        "24-CI-03391",
        "CGC-25-618204",
        "2025-DR-00912",
        "CR-24-118370",
        "PR-2025-0431",
        "23-CV-77120",
    ],
    "insurer44": [
        "Granite Mutual Life",
        "Northbay Disability Insurance Co.",
        "Lakeshore Benefit Assurance",
        "Pinecrest Life & Annuity",
        "Meridian Group Disability",
        "Sentinel Reliance Life",
    ],
    "vendor44": [
        "ChartCopy Services",
        "RecordBridge ROI",
        "Verity Health Information Partners",
        "MedRelease Direct",
        "ClearPath Records",
    ],
    "dds44": [
        "Disability Determination Services, Sacramento Branch",
        "Texas Disability Determination Services",
        "Ohio Division of Disability Determination",
        "Florida Division of Disability Determinations, Region 4",
        "Illinois Bureau of Disability Determination Services",
    ],
    "role44": [
        "Release of Information Specialist",
        "HIM Director",
        "Coding Quality Auditor",
        "Privacy Officer",
        "Clinical Documentation Specialist",
        "Custodian of Records",
        "Health Information Technician II",
        "Chart Completion Coordinator",
    ],
    "course44": [
        "Minimum Necessary in Everyday Work",
        "Verifying a Valid HIPAA Authorization",
        "Subpoenas vs. Court Orders",
        "42 CFR Part 2 Basics for Front-Line Staff",
        "Right of Access: 30 Days or Less",
        "Secure Fax and Email Practices",
    ],
}


FRESH44_PHI: list[dict] = [
    {
        "subject": "Online request for copies of medical records",
        "body": (
            "REQUEST FOR ACCESS TO MY HEALTH INFORMATION\n"
            "Patient name: {name}\n"
            "Date of birth: {dob}\n"
            "Phone: {phone}\n"
            "Email: {email}\n"
            "Records requested: {record44}\n"
            "Dates of service: {date} to {date2}\n"
            "Treated for: {dx44}\n"
            "Format: electronic copy (PDF) by secure email\n"
            "Reason: {purpose44}\n"
            "Signature on file: yes\n\n"
            "Submitted through the patient portal. Route to the ROI queue.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your request could not be processed",
        "body": (
            "Dear {name},\n\n"
            "We received your request for copies of your records from {clinic}, including the "
            "operative report for {proc44} performed on {date}. We are unable to process it "
            "because Section C of the authorization form (signature of the patient or personal "
            "representative) is blank and no expiration date or event is given.\n\n"
            "Please sign and date the enclosed form and return it to {vendor44}, which handles "
            "release of information for our facility. Your request number is {ref}.\n\n"
            "Release of Information\nHealth Information Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - records produced",
        "body": (
            "{vendor44}\n"
            "INVOICE {invoice}\n"
            "Bill to: {firm44}\n"
            "Re: your client {name}, DOB {dob}\n"
            "Records: {record44}\n"
            "Encounters: ED visit {date} ({dx44}); follow-up {date2}\n\n"
            "Search and retrieval fee      $22.88\n"
            "Copies, 212 pages             $53.00\n"
            "Certification                 $10.00\n"
            "Shipping                       $8.95\n"
            "Total due: {amount}\n\n"
            "Payment is required before release. A tracking number will be sent on shipment.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Subpoena duces tecum - case {case44}",
        "body": (
            "{court44}\n"
            "CASE NO. {case44}\n\n"
            "SUBPOENA DUCES TECUM FOR PRODUCTION OF BUSINESS RECORDS\n\n"
            "TO: CUSTODIAN OF RECORDS, {clinic}\n\n"
            "YOU ARE COMMANDED TO PRODUCE ALL MEDICAL RECORDS, BILLING RECORDS AND RADIOLOGY "
            "IMAGES PERTAINING TO:\n"
            "  PATIENT: {upper_name}\n"
            "  DATE OF BIRTH: {dob}\n"
            "  SOCIAL SECURITY NO.: {ssn}\n"
            "  INCLUDING TREATMENT FOR INJURIES SUSTAINED IN {accident44} ON OR ABOUT {date}, "
            "AND ANY TREATMENT FOR {dx44}.\n\n"
            "PRODUCTION DATE: {date2}, 10:00 AM. PERSONAL APPEARANCE IS NOT REQUIRED IF A "
            "CERTIFIED COPY AND CUSTODIAN DECLARATION ARE DELIVERED BY THAT DATE.\n\n"
            "ISSUED AT THE REQUEST OF {firm44}, ATTORNEYS FOR PLAINTIFF.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Court order received - Part 2 records",
        "body": (
            "HIM,\n\n"
            "Legal just dropped off a signed order from the {court44} in case {case44}. It "
            "authorizes disclosure of substance use disorder treatment records for {name} (DOB "
            "{dob}) under 42 CFR Part 2, limited to the admission and discharge dates, the "
            "diagnosis (opioid use disorder) and the current methadone dose. Nothing from the "
            "counseling notes.\n\n"
            "Please do not send the whole chart. Pull just those items and route them to me for "
            "review before anything goes out.\n\n"
            "{provider_first}\nPrivacy Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Letter of representation and records request",
        "body": (
            "{firm44}\n{address}\n\n{date}\n\n"
            "Medical Records Department\n{clinic}\n\n"
            "Re: Our client: {name}\n"
            "    Date of birth: {dob}\n"
            "    Date of incident: {date2}\n\n"
            "Dear Custodian of Records:\n\n"
            "Please be advised that this office represents the above-named individual for "
            "injuries sustained in {accident44}. Our client was treated in your emergency "
            "department and later underwent {proc44}. Enclosed is a HIPAA-compliant "
            "authorization signed by our client. Please provide certified copies of {record44}, "
            "together with an itemized statement of charges.\n\n"
            "Please direct any invoice for copying costs to the undersigned.\n\n"
            "Very truly yours,\n{name2}\nParalegal\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice of intent to sue - {name} - {proc44}",
        "body": (
            "Dear Risk Manager,\n\n"
            "Pursuant to the state's pre-suit notice requirements, this letter is notice of our "
            "intent to file a claim for medical negligence arising from the care of our client "
            "during and after {proc44} at your facility on {date}. We contend that the "
            "post-operative course was mismanaged, resulting in {dx44} and a second admission.\n"
            "\nPlease forward this notice to your professional liability carrier and preserve all "
            "records, including EHR audit trails, nursing notes and imaging.\n\n"
            "{firm44}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Request for medical evidence - SSA disability claim",
        "body": (
            "{dds44}\n"
            "REQUEST FOR MEDICAL EVIDENCE OF RECORD\n\n"
            "Claimant: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Alleged onset date: {date}\n"
            "Alleged impairments: {dx44}; depression; chronic pain\n\n"
            "Please send copies of all office notes, test results, hospital summaries and "
            "treating source statements from {year} to the present. An SSA-827 authorization "
            "signed by the claimant is enclosed. We pay the standard fee for records received "
            "within 10 days. Put the claimant's name and SSN on every page you fax.\n\n"
            "Disability examiner: {provider}\nPhone: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Consultative examination appointment",
        "body": (
            "Dear {name},\n\n"
            "The {dds44} has scheduled a consultative examination for you as part of your claim "
            "for disability benefits. You told us you cannot work because of {dx44}. This "
            "examination is at no cost to you.\n\n"
            "Date: {date}\n"
            "Time: {time}\n"
            "Examiner: Dr. {provider}\n"
            "Location: {address}\n\n"
            "Bring a photo ID, your glasses or hearing aids, and all your medicines, including "
            "your {rx44}. If you cannot attend, call {phone} at once; if you miss the "
            "examination we may decide your claim on the evidence we already have.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Attending Physician Statement requested",
        "body": (
            "Dr. {provider_last},\n\n"
            "{insurer44} is evaluating a long-term disability claim for your patient {name} "
            "(claim {claim44}). The claimant reports being unable to work as a warehouse "
            "supervisor since {date} because of {dx44}.\n\n"
            "Please complete the enclosed Attending Physician Statement, including current "
            "restrictions and limitations, the date of your last examination and the treatment "
            "plan, and attach office notes from the last 12 months. An authorization signed by "
            "the claimant is enclosed. We reimburse up to $50 for completion.\n\n"
            "Please return by fax within 15 days.\n\n"
            "Disability Claims Specialist\n{insurer44}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Completed APS attached",
        "body": (
            "ATTENDING PHYSICIAN STATEMENT\n"
            "Patient: {last}, {first_only}\n"
            "DOB: {dob}\n"
            "Claim: {claim44}\n"
            "Primary diagnosis: {dx44}\n"
            "ICD-10: {icd}\n"
            "Date first treated: {date}\n"
            "Last visit: {date2}\n"
            "Treatment: {rx44}; physical therapy twice weekly\n"
            "Restrictions: no lifting over 10 lb, no prolonged standing, change positions "
            "every 30 minutes\n"
            "Expected duration: 6 months, reassess at next visit\n"
            "Physician: {provider}, MD\n"
            "Signed and dated on page 3.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "APS request - life insurance application",
        "body": (
            "To the medical records department:\n\n"
            "{insurer44} has received an application for life insurance from the proposed "
            "insured below, who named your facility as a source of care.\n\n"
            "Proposed insured: {name}\n"
            "Date of birth: {dob}\n"
            "Application no.: {ref}\n"
            "Conditions disclosed on the application: {dx44}, treated with {rx44}\n\n"
            "Please send an Attending Physician Statement with copies of office notes, lab "
            "results, EKGs and consultation reports for the last five years. A signed "
            "authorization is attached. Invoice us through our retrieval vendor, {vendor44}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PARAMED RESULTS {upper_name} - BP 162/98",
        "body": (
            "PARAMEDICAL EXAMINATION REPORT\n"
            "APPLICANT: {upper_name}\n"
            "DOB: {dob}\n"
            "EXAM DATE: {date}   EXAMINER ID: {code}\n"
            "HEIGHT: 5 FT 10 IN   WEIGHT: 248 LB\n"
            "BP READINGS: 162/98, 158/96, 160/97\n"
            "PULSE: 92\n"
            "URINE SPECIMEN: COLLECTED AND SEALED, BARCODE {ref}\n"
            "BLOOD PROFILE: {result44}\n"
            "APPLICANT STATES: TAKES {rx44}; TREATED FOR {dx44} IN {year}\n"
            "TOBACCO USE LAST 12 MONTHS: NO\n"
            "SPECIMENS SENT TO LAB BY COURIER.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Request to amend my medical record",
        "body": (
            "To the HIM department,\n\n"
            "I am asking you to correct my record under my HIPAA right to request an amendment. "
            "My visit note from {date} says I have a history of {dx44}. That is not true. I "
            "have never been diagnosed with that and I think it was copied from someone else's "
            "chart. It is now showing up on my life insurance application and I was declined. I "
            "also never took {rx44}, which is on my medication list.\n\n"
            "Please remove these or add my statement of disagreement.\n\n"
            "{name}\nDOB {dob}\n{address}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Response to your amendment request",
        "body": (
            "Dear {name},\n\n"
            "We have reviewed your request of {date} to amend the discharge summary from your "
            "admission for {dx44}. Dr. {provider_last}, who wrote the summary, has determined "
            "that the entry stating that you left against medical advice is accurate and "
            "complete, so we are denying the request under 45 CFR 164.526(d).\n\n"
            "You may submit a written statement of disagreement, which we will add to your "
            "record and include with future disclosures of this information. You may also "
            "file a complaint with our Privacy Officer at {phone} or with the Office for Civil "
            "Rights.\n\n"
            "Health Information Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accounting of disclosures you requested",
        "body": (
            "Dear {name},\n\n"
            "Below is the accounting of disclosures of your health information for the six "
            "years before your request. Disclosures for treatment, payment and health care "
            "operations, and those you authorized, are not listed.\n\n"
            "Date         Recipient                  Purpose\n"
            "{date}   County health department   {disclosure44}\n"
            "{date2}   {court44}   subpoena, case {case44}\n\n"
            "The disclosure on {date} concerned your diagnosis of {dx44}.\n\n"
            "Privacy Office\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Privacy investigation {ref} - findings",
        "body": (
            "Summary of findings\n\n"
            "On {date} the compliance team received an alert from the access-monitoring system: "
            "a unit secretary on 6 West opened the chart of {name}, MRN {mrn}, eleven times over "
            "three days. The patient, who also works here, was admitted on {date2} with {dx44} "
            "and told her manager that coworkers knew details of her stay. The secretary had "
            "no assignment on the patient's unit and said she looked 'out of concern'. The "
            "views included the ED note, the psychiatry consult and the medication list "
            "({rx44}).\n\n"
            "Determination: impermissible access; a low probability of compromise was not "
            "shown, so this is a reportable breach. Letter to the patient by {date}. Sanctions "
            "per HR policy.\n\n"
            "{provider}, Privacy Officer\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice of a privacy incident involving your information",
        "body": (
            "{date}\n\n{name}\n{address}\n\n"
            "Dear {name},\n\n"
            "We are writing to tell you about an incident that involved some of your health "
            "information. On {date2}, {breach44}. The information involved was your name, date "
            "of birth, medical record number and details of your care, including {proc44} and "
            "a diagnosis of {dx44}. Your Social Security number and financial information were "
            "not involved.\n\n"
            "We have retrained the staff involved and changed our procedures. If you have "
            "questions, please call our dedicated line at {phone}, Monday to Friday, 8 am to "
            "6 pm.\n\n"
            "Sincerely,\n{provider}\nChief Privacy Officer\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident report: misdirected fax",
        "body": (
            "INCIDENT REPORT - PRIVACY\n"
            "Reported by: {provider_first}, unit clerk, ext {ext}\n"
            "Date of incident: {date}\n"
            "Type: misdirected fax\n"
            "Patient affected: {name}\n"
            "MRN: {mrn}\n"
            "Content sent: 4 pages, H&P and lab results showing {result44}\n"
            "Intended recipient: Dr. {provider_last}, oncology\n"
            "Actual recipient: an auto-body shop (one digit off)\n"
            "Recipient contacted: yes, says the pages were shredded\n"
            "Risk assessment: pending Privacy Office review\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "returned mail - wrong pt",
        "body": (
            "got an envelope back today from a patient who opened it by mistake. it was the EOB "
            "and a balance letter for {name} at {address} about her {date} surgery ({proc44}), "
            "mailed to the wrong house bc the address in the system had a typo. the other "
            "patient brought it to the front desk. who do i send this to in privacy? put it in "
            "the locked bin for now\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Letters of guardianship - {intl_name} ({dx44})",
        "body": (
            "Attached are the letters of guardianship issued by the {court44}, case {case44}, "
            "appointing {name2} as guardian of the person. Please scan them into the legal "
            "section of the chart and flag the registration so staff know the guardian signs "
            "consents and authorizations from now on. The guardian's number is {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Records for my mother",
        "body": (
            "Hello,\n\n"
            "I am my mother's agent under a durable power of attorney for health care (copy "
            "attached). Her name is {intl_name}, date of birth {dob}. She was diagnosed with "
            "{dx44} last year and can no longer manage her own affairs. Her new neurologist "
            "needs the records from her admission in {year}, including the MRI and the "
            "medication list (she is on {rx44}). Can you send them to me or straight to the new "
            "office? What do you need from me?\n\n"
            "Thank you,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Competency evaluation report - case {case44}",
        "body": (
            "To the Court:\n\n"
            "Pursuant to the order entered in case {case44}, I evaluated the defendant, {name}, "
            "age {age}, at the county detention center on {date} to assess competency to stand "
            "trial. Sources included a two-hour interview, jail medical records and prior "
            "hospital records. The defendant has a documented history of schizoaffective "
            "disorder and was restarted on {rx44} and an antipsychotic two weeks before the "
            "interview.\n\n"
            "The defendant understands the charges and the roles of the judge, prosecutor and "
            "defense counsel, but is not able to assist counsel rationally because of ongoing "
            "paranoid beliefs about the public defender.\n\n"
            "Opinion: not currently competent; restoration is likely with continued "
            "treatment.\n\n"
            "{provider}, PhD\nForensic Psychologist\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Custody evaluation - records for {name} ({dx44})",
        "body": (
            "Dear {provider_last},\n\n"
            "I have been appointed by the {court44} (case {case44}) to conduct a child custody "
            "evaluation. One of the parents has told me she was your client from {year} to "
            "{year2} and has signed the enclosed release. Please send a treatment summary, "
            "current diagnoses and medications, and your view of any present risk to the "
            "children. I do not need your psychotherapy notes.\n\n"
            "{name2}, PsyD\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Query: MRN {mrn} - documentation clarification",
        "body": (
            "Dr. {provider_last},\n\n"
            "Patient: {last}, {first_only}\n"
            "Admit date: {date}\n\n"
            "The progress notes document {dx44} and the patient is receiving {rx44}. Based on "
            "the clinical indicators in the record, please clarify {query44} in your next "
            "progress note or the discharge summary. This query is not meant to lead you to "
            "any particular answer; 'unable to determine' is an acceptable response.\n\n"
            "{provider_first}, RN, CDS\nClinical Documentation Integrity, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Incomplete records - suspension warning",
        "body": (
            "Dr. {provider_last},\n\n"
            "The records below are past 21 days and count as delinquent under the medical staff "
            "bylaws. Admitting privileges will be suspended on {date} unless they are "
            "completed.\n\n"
            "MRN        Patient               Discharged   Deficiency\n"
            "{mrn}   {last}, {first_only}   {date2}   {deficiency44} ({proc44})\n"
            "{mrn2}   {intl_name}   {date2}   missing discharge summary; admitted for {dx44}\n\n"
            "Complete them under Chart Completion in your EHR inbox. Questions: {name2}, "
            "ext {ext}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} is retiring - your medical records",
        "body": (
            "Dear {name},\n\n"
            "After 34 years in practice, Dr. {provider} will retire on {date}. Your medical "
            "records, including your treatment for {dx44} and your prescriptions for {rx44}, "
            "will be kept by {clinic}, which is taking over the practice. If you would rather "
            "have your records sent to a different doctor, sign the enclosed transfer form and "
            "return it by {date2}.\n\n"
            "{clinic}\n{address}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Box list for the chart transfer",
        "body": (
            "Active patients moving with Dr. {provider_last} to the new practice, first "
            "pickup:\n\n"
            "Box | Patient | DOB | Active problems\n"
            "014 | {name} | {dob} | {dx44}, on {rx44}\n"
            "014 | {name2} | see chart | post-op after {proc44}\n"
            "015 | {intl_name} | see chart | pregnant, due next month\n\n"
            "Inactive charts stay with the storage vendor. Sign the custody log when you take "
            "the boxes.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: itemized bill for {name} ({proc44})",
        "body": (
            "Forwarding to PFS - they want the UB-04 and the itemization, not just the chart.\n"
            "\n---------- Forwarded message ---------\n"
            "From: {name2} <{email}>\n"
            "Date: {date}\n"
            "Subject: itemized bill\n\n"
            "> Hello, this office represents the patient in a personal injury matter.\n"
            "> We received the medical records but still need the itemized bill with\n"
            "> CPT codes for the hospital stay after the surgery on {date2}. Could\n"
            "> you send it to the address on our authorization?\n"
            "> Thank you,\n"
            "> {firm44}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "atty req - {last} {first_only} - MRI L spine",
        "body": (
            "pls pull chart for {last} {first_only} dob {dob}, atty wants the MRI L spine + PT "
            "notes + ED visit from {date}. dx on the referal was {dx44}. auth is in the scan "
            "queue, expires end of month so dont sit on it\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Solicitud de copia de mi expediente",
        "body": (
            "Buenos días,\n\n"
            "Me llamo {intl_name}, fecha de nacimiento {dob}. Necesito una copia completa de mi "
            "expediente clínico, sobre todo de la cirugía del {date} ({proc44}) y de las "
            "consultas de seguimiento por {dx44}, porque tengo una audiencia de incapacidad del "
            "Seguro Social el próximo mes. Puedo recoger los documentos en persona o pueden "
            "enviarlos a mi correo, {email}.\n\n"
            "Muchas gracias,\n{intl_name}\nTel. {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aviso sobre un incidente de privacidad",
        "body": (
            "Estimado/a {name}:\n\n"
            "Le escribimos para informarle de un incidente que afectó a parte de su información "
            "médica. El {date}, una carta con su nombre, su dirección y los resultados de sus "
            "análisis ({result44}) se envió por error a otra dirección. La persona que la "
            "recibió nos la devolvió sin hacer copias. No se vieron afectados su número de "
            "Seguro Social ni sus datos bancarios.\n\n"
            "Si tiene preguntas, llame al {phone}.\n\n"
            "Atentamente,\nOficina de Privacidad\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Expedientes de {name} - lesiones por accidente de tránsito",
        "body": (
            "Estimados señores:\n\n"
            "Representamos a la persona indicada en el asunto, que sufrió lesiones en un choque "
            "el {date} y fue atendida en su sala de urgencias por {dx44}. Adjuntamos la "
            "autorización firmada (formulario HIPAA, en inglés y español). Solicitamos copia "
            "certificada de las notas de urgencias, las radiografías, los informes de "
            "{proc44} y la factura detallada.\n\n"
            "Atentamente,\n{firm44}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Deposition request - Dr. {provider_last}",
        "body": (
            "Dr. {provider_last}'s office:\n\n"
            "In case {case44}, pending in the {court44}, we would like to take the deposition "
            "of Dr. {provider} as a treating physician of the plaintiff, {name}. Dr. "
            "{provider_last} performed {proc44} on {date} and followed the plaintiff for "
            "{dx44} afterwards. Please propose three dates in the next six weeks and the "
            "doctor's hourly rate for testimony. The patient's authorization is attached.\n\n"
            "{name2}\n{firm44}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certification of records - MRN {mrn}",
        "body": (
            "DECLARATION OF CUSTODIAN OF RECORDS\n\n"
            "I, {name2}, declare: I am a duly authorized custodian of the records of {clinic}. "
            "The accompanying 143 pages are true copies of all the records described in the "
            "subpoena in case {case44}, concerning patient {name}, date of birth {dob}, for "
            "dates of service {date} through {date2}, including the admission for {dx44}. The "
            "records were prepared by personnel in the ordinary course of business at or near "
            "the time of the acts described.\n\n"
            "I declare under penalty of perjury that the foregoing is true and correct.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Accident questionnaire - please complete",
        "body": (
            "Dear {name},\n\n"
            "Our records show that claims were submitted for treatment you received for {dx44} "
            "beginning {date}, which may be related to an accident or injury. If another party "
            "or their insurer is responsible, your health plan may have a right of recovery. "
            "Please complete the enclosed questionnaire and return it within 30 days.\n\n"
            "Member ID: {member}\n"
            "Claim under review: {claim}\n\n"
            "Recovery Unit\n{company} Health Plan\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice of hospital lien",
        "body": (
            "NOTICE OF HOSPITAL LIEN\n"
            "FILED WITH THE COUNTY RECORDER\n\n"
            "PATIENT: {upper_name}\n"
            "ADDRESS: {address}\n"
            "DATE OF ADMISSION: {date}\n"
            "DATE OF DISCHARGE: {date2}\n"
            "INJURIES: {dx44} FOLLOWING {accident44}\n"
            "REASONABLE CHARGES: {amount}\n"
            "CLAIMED AGAINST: ANY JUDGMENT, SETTLEMENT OR COMPROMISE\n\n"
            "COPY MAILED TO THE PATIENT AND TO {firm44}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Signed authorization - please release",
        "body": (
            "AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION\n\n"
            "Patient name: {name}\n"
            "Date of birth: {dob}\n"
            "I authorize: {clinic}\n"
            "To release to: {insurer44}\n"
            "Purpose: {purpose44}\n"
            "Information to be released: records of treatment for {dx44}, including:\n"
            "  [X] HIV/AIDS test results\n"
            "  [X] Mental health records\n"
            "  [ ] Alcohol/drug treatment records\n"
            "  [X] Genetic test results\n"
            "Expires: one year from signature\n"
            "Signature: (signed)\n"
            "Date: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your request for therapy notes",
        "body": (
            "Dear {name},\n\n"
            "Thank you for your request of {date} for a copy of your records from our "
            "outpatient psychiatry clinic. We are sending the summary of care, your diagnosis "
            "list ({dx44}), your medication history ({rx44}) and your visit dates.\n\n"
            "Psychotherapy notes that your therapist keeps separately are not part of the "
            "right of access under HIPAA, so they are not included. You may ask your therapist "
            "to release them, or ask for a review of this decision by writing to the Privacy "
            "Office.\n\n"
            "Health Information Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Request {ref} on hold",
        "body": (
            "REQUEST ID: {ref}\n"
            "STATUS: ON HOLD - AUTHORIZATION EXPIRED\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "MRN: {mrn}\n"
            "REQUESTER: {firm44}\n"
            "REQUEST TYPE: ATTORNEY\n"
            "ENCOUNTERS: ED {date}; OUTPATIENT SURGERY {date2} ({proc44})\n"
            "PAGES: 318\n"
            "NOTES: AUTH SIGNED 14 MONTHS AGO. LETTER SENT TO REQUESTER FOR A NEW ONE.\n"
            "PROCESSED BY: {vendor44}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Today's ROI log",
        "body": (
            "Logged today, please QA before release:\n\n"
            "Req #     Patient           Requester          Records\n"
            "{code}    {name}    {insurer44}    APS and office notes ({dx44})\n"
            "{ref}  {intl_name}    {dds44}    hospital summary, {proc44}\n"
            "{claim}     {name2}    patient (self)    CD of the CT scans\n\n"
            "The second one needs the SSA-827 checked - the date looks altered.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADR for MBI {mbi} - response due",
        "body": (
            "We received an Additional Documentation Request from the Medicare review "
            "contractor for the claim below. Please pull the records and send them to me for "
            "review before upload.\n\n"
            "Beneficiary: {name}\n"
            "Claim number: {claim}\n"
            "Dates of service: {date} - {date2}\n"
            "Billed: {proc44} for {dx44}\n"
            "Documents requested: physician order, H&P, procedure note, discharge summary\n\n"
            "Response due in 45 days, or the claim will be denied.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Copy fee paid",
        "body": (
            "{name} came in to pick up the copies of the records of her admission for {dx44} "
            "and paid the {amount2} copy fee by card, {card}. Receipt {ref}. I gave her the CD "
            "with the CT images and the discharge papers. Please close the request in the ROI "
            "log.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Payer audit - records requested",
        "body": (
            "The payer's audit contractor asked for records on the claim below by {date}.\n\n"
            "Account: {account}\n"
            "Patient: {last}, {first_only}\n"
            "Admission: {date2}\n"
            "Principal diagnosis: {icd}\n"
            "Secondary: {dx44}\n"
            "Procedure: {proc44}\n"
            "Audit focus: clinical validation of the principal diagnosis\n\n"
            "Coding, please confirm the code assignment before we send anything.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "please send my records to my new doctor",
        "body": (
            "hi, im moving to another state next month and need my records sent to my new "
            "primary care. i had {proc44} with you guys in {year} and i'm on {rx44} for "
            "{dx44}, so the new doc needs all that. my new address is {address}, number is "
            "{phone}. do i have to fill out a form or can i just email?\n"
            "thanks\n{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - {dx44} records for SSDI hearing",
        "body": (
            "Hearing is in two weeks and the judge wants an updated treating-source statement. "
            "Can Dr. {provider_last} sign it by Friday?\n\n"
            "{name2}, non-attorney representative\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Subpoena re {upper_name} (MRN {mrn})",
        "body": (
            "Received by certified mail this morning. Production date is {date}. Routing to "
            "legal to check whether it needs a court order or a patient authorization under "
            "state law before we produce anything.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: {last}, {first_only} - APS - {dx44}",
        "body": (
            "See below from the insurer. Dr. {provider_last} saw her last month, please fill "
            "in the restrictions section and I'll fax it back.\n\n"
            "> Please complete the Attending Physician Statement for the above claimant\n"
            "> and return it with office notes for the last six months.\n"
            "> {insurer44} Claims\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Amendment request - {name} - allergy to {rx44}",
        "body": (
            "Patient called HIM to say her allergy list shows an allergy she never had and it "
            "is blocking a new prescription. Sent her the amendment form and logged the call "
            "on {date}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Misdirected fax - MRN {mrn}",
        "body": (
            "The cardiology consult for this patient was faxed to the wrong number last night. "
            "The recipient, a dental office, called us this morning. Privacy has been notified; "
            "incident {ref}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Underwriting decision - {name} - {dx44}",
        "body": (
            "Dr. {provider_last},\n\n"
            "At the applicant's request we are sending you the reason for our adverse "
            "underwriting decision so that you can discuss it with your patient: the paramedical "
            "blood profile showed {result44}, and your attending physician statement documented "
            "{dx44}. We are unable to offer coverage at this time. The applicant may reapply "
            "in 12 months.\n\n"
            "Medical Director\n{insurer44}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Incident write-up for privacy",
        "body": (
            "I want to write down what happened with the request from {firm44} so the Privacy "
            "Office has the full story.\n\n"
            "On {date} I processed an attorney request for {name}. The authorization covered "
            "'all medical records' for a car accident, and I released the complete chart for "
            "the dates listed. When QA reviewed the packet on {date2}, they found it included "
            "notes from the addiction medicine clinic, where the patient is treated for opioid "
            "use disorder with buprenorphine. Those records are covered by 42 CFR Part 2 and "
            "need a consent that names them specifically, which this authorization did not.\n\n"
            "I called the paralegal, who agreed to return the pages without sharing them, and "
            "she confirmed by email that they had not gone to the insurer. I have added a "
            "second check for Part 2 locations to my workflow. Let me know if you need the "
            "tracking number or the page count.\n\n"
            "{provider_first}\nROI Specialist\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Records of my late father",
        "body": (
            "To whom it may concern,\n\n"
            "My father, {name}, died at your hospital on {date} after treatment for {dx44}. I "
            "am the executor of his estate and attach the letters testamentary and the death "
            "certificate. The estate's attorney needs the records of his last admission, "
            "including the ICU notes and the medication records ({rx44}), to decide whether to "
            "bring a wrongful-death claim. Please tell me the cost and how long it will take.\n\n"
            "{name2}\n{address}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sepsis denial - appeal needed",
        "body": (
            "The payer removed sepsis from the claim for {name} (account {account}) after a "
            "clinical validation review and downgraded the DRG, saying the record supports "
            "only {dx44} with a localized infection. The attending documented a lactate of 3.1, "
            "a heart rate in the 120s and two liters of fluid. CDI thinks we have a case. Dr. "
            "{provider_last}, can you write a short appeal letter by {date}?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cierre del consultorio del Dr. {provider_last}",
        "body": (
            "Estimado/a {name}:\n\n"
            "Le informamos que el Dr. {provider} se jubila el {date}. Su expediente clínico, que "
            "incluye el tratamiento de {dx44} y sus recetas de {rx44}, quedará bajo la custodia "
            "de {clinic}. Si prefiere que enviemos su expediente a otro médico, firme la "
            "autorización adjunta y devuélvala antes del {date2}.\n\n"
            "Atentamente,\n{clinic}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospital lien release",
        "body": (
            "Settlement in the {accident44} case came through. {firm44} sent {amount} to "
            "satisfy the lien for {name}'s admission for {dx44} and {proc44}. Please file the "
            "release with the county and zero out the balance. Copy to the patient at "
            "{address}.\n\n"
            "{provider_first}\nPatient Financial Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Authorization rejected - SSN mismatch",
        "body": (
            "Returned to {firm44}: the authorization they sent for {name} lists SSN {ssn}, "
            "but registration has a different number and a different middle initial. The "
            "request was for the records of {proc44} and the follow-up for {dx44}. We cannot "
            "release until identity is confirmed; letter sent {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]


FRESH44_NEG: list[dict] = [
    {
        "subject": "Policy update: release of information turnaround",
        "body": (
            "Effective {date}, requests for copies under the patient right of access must be "
            "fulfilled within 15 calendar days, down from 30. Requests from attorneys, insurers "
            "and other third parties keep the 30-day target. Requests that need a court order "
            "or a Part 2 consent still go to the Privacy Office first. The revised policy "
            "(HIM-204, version {version}) is on the intranet.\n\n"
            "{name}\n{role44}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{year2} copy fee schedule",
        "body": (
            "Copy fees effective {date}:\n\n"
            "Requester            Paper                    Electronic\n"
            "Patient (access)     $0.25/page               flat $6.50\n"
            "Attorney             $0.85/page + $25 search  $0.50/page\n"
            "Insurer (APS)        $25 flat                 $25 flat\n"
            "SSA / DDS            federal rate             federal rate\n\n"
            "Certification $10. Shipping at cost. No charge for continuity of care.\n"
            "Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated authorization form (blank)",
        "body": (
            "Attached is the revised blank authorization, form HIM-11 rev {version}. Fields:\n\n"
            "Patient name: ____________________\n"
            "Date of birth: ____/____/______\n"
            "Release from: ____________________\n"
            "Release to: ______________________\n"
            "Purpose: [ ] at the request of the individual  [ ] legal  [ ] insurance  [ ] other\n"
            "Sensitive information (initial to include): HIV ___  Mental health ___  "
            "Substance use ___  Genetic ___\n"
            "Expiration date or event: ____________\n"
            "Signature of patient or legal representative: ____________________\n\n"
            "Please recycle the old version; requests on it will be honored until {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Required training: {course44}",
        "body": (
            "All HIM, registration and billing staff must complete '{course44}' in the learning "
            "portal by {date}. The 20-minute module covers the minimum necessary standard: use "
            "and disclose only what the task needs, with exceptions for treatment and for "
            "disclosures the patient authorizes.\n\n"
            "Questions: {name}, {role44}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 privacy incident summary",
        "body": (
            "Privacy incidents, third quarter:\n\n"
            "Misdirected fax              14\n"
            "Misdirected mail              9\n"
            "Improper access (snooping)    6\n"
            "Lost or stolen device         1\n"
            "Email to wrong recipient      4\n"
            "Total                        34\n\n"
            "Four incidents met the breach threshold. Each affected fewer than 500 individuals "
            "and will be logged for the annual report to HHS. No incident involved Social "
            "Security numbers.\n\nPrivacy Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BAA renewal - {vendor44}",
        "body": (
            "Hi {first},\n\n"
            "The business associate agreement with {vendor44} expires on {date}. Legal has "
            "redlined section 7 (breach notice within 5 business days instead of 10) and section "
            "9 (return or destruction of records when the contract ends). The master services "
            "agreement, contract {ref}, renews automatically for 3 years at {amount} a month. "
            "Please route it to the CFO for signature.\n\n"
            "{name2}\nContracts Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Injured? You may be owed compensation",
        "body": (
            "Hurt in a car crash, a fall or on the job? The attorneys at {firm44} have recovered "
            "millions for people with spinal cord injuries, traumatic brain injuries and broken "
            "bones. Free consultation, no fee unless we win. Call {phone}, 24/7.\n\n"
            "This is attorney advertising. Prior results do not guarantee a similar outcome.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Did you take a heartburn drug?",
        "body": (
            "If you or a loved one took a recalled heartburn medication and later developed "
            "kidney cancer or bladder cancer, you may be entitled to compensation. Time to file "
            "is limited. {firm44} - call {phone} for a free case review.\n\n"
            "Attorney advertising.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Court calendar - week of {date}",
        "body": (
            "Legal department calendar:\n\n"
            "Mon  9:00   {court44}, case {case44}: case management conference ({company} v. "
            "the hospital, equipment lease)\n"
            "Wed 10:30   Deposition of the records custodian in the vendor billing dispute, "
            "conference room 2\n"
            "Fri  2:00   Mediation, parking garage construction claim\n\n"
            "{name}, Paralegal\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HIM department contacts",
        "body": (
            "Health Information Management - who to call\n\n"
            "{name}, HIM Director, ext {ext}\n"
            "{name2}, Release of Information Supervisor, {phone}\n"
            "{name3}, Coding Manager, {email}\n"
            "{provider}, Chart Completion Coordinator\n\n"
            "Main line answered 8 to 4:30, Monday to Friday. The fax number for records "
            "requests is on the website.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out of office",
        "body": (
            "I am out of the office until {date} with limited access to email. For release of "
            "information questions please contact {name2} at {phone}.\n\n"
            "{name}, RHIA, CHPS\n{role44}\nHealth Information Management | {clinic}\n{address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delinquent records report, {date}",
        "body": (
            "Delinquent records by physician (over 21 days):\n\n"
            "Dr. {provider}      12 (9 unsigned op notes, 3 missing discharge summaries)\n"
            "Dr. {name}           7\n"
            "Dr. {name2}          3\n"
            "All physicians      46, down from 71 last month\n\n"
            "Delinquent records equal 38% of average monthly discharges, under the 50% "
            "threshold. Physicians with more than 10 will receive a suspension warning.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{vendor44} monthly statement",
        "body": (
            "Statement period: {date} to {date2}\n"
            "Invoice {invoice}\n\n"
            "Requests fulfilled:                        {count}\n"
            "Patient requests (no charge to facility):  212\n"
            "Retrieval fees collected for you:          {amount}\n"
            "Per-request service fee:                   $4.25\n"
            "Amount due:                                {amount2}\n\n"
            "Pay by ACH to the account on file. Reference {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certified-copy fee card declined",
        "body": (
            "Hi {first},\n\n"
            "The department card we used to pay the court clerk's certified-copy fee was "
            "declined twice. Numbers tried: 4532 7718 0046 2219 and, from the backup card, "
            "5412 7534 9021 6638. The clerk says the second came back as an invalid number, so "
            "a digit may be off on our copy. Can you check the cards and call the clerk at "
            "{phone}? Receipt request {ref}.\n\n"
            "Accounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Legal notice: class action settlement",
        "body": (
            "NOTICE OF PROPOSED CLASS ACTION SETTLEMENT\n\n"
            "If you were treated for cancer, diabetes or a mental health condition at a "
            "facility that used a certain online scheduling tool between 2019 and 2023, you may "
            "be a class member. The settlement provides up to $150 per class member. To file a "
            "claim or opt out, visit https://settlement.example before {date}. This notice does "
            "not mean that you have any condition. Case {case44}, {court44}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How we handle subpoenas",
        "body": (
            "Reminder of the steps for any subpoena for records:\n"
            "1. Date-stamp it and log it in the legal tracking system.\n"
            "2. Check whether a judge signed it (court order) or only an attorney or clerk.\n"
            "3. An attorney-signed subpoena needs the patient's authorization or satisfactory "
            "assurance that the patient was notified.\n"
            "4. Mental health, HIV, substance use and genetic records need extra protection; "
            "route them to Privacy.\n"
            "5. Never send originals.\n\n"
            "Questions to {name}, {role44}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Records retention schedule reminder",
        "body": (
            "Adult hospital records: 10 years after last discharge. Minors: until age 21 or 10 "
            "years, whichever is later. Mammography images: 10 years. Birth and death "
            "registers: permanent. Boxes eligible for destruction this year are listed in the "
            "storage vendor's portal under batch {ref}; nothing on legal hold will be "
            "destroyed.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scanning backlog update",
        "body": (
            "Loose documents waiting to be scanned: 4,180 pages (9,600 on {date}). Average "
            "turnaround is now 2.3 days. Overtime is approved for Saturday. Thanks to {name} "
            "and {name2} for the extra shifts.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coder productivity, week ending {date}",
        "body": (
            "Coder                 Inpatient  Outpatient  Accuracy\n"
            "{name}       41         210         97.8%\n"
            "{name2}       38         188         96.1%\n"
            "{name3}       45           0         98.4%\n\n"
            "DNFB is $2.1M, 3.4 days. The goal is under 3.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New compliant query template: heart failure",
        "body": (
            "CDI has a new query template for heart failure specificity:\n\n"
            "Based on the clinical indicators [list BNP, echo findings, diuretic doses], please "
            "clarify the type and acuity of the heart failure being treated:\n"
            "[ ] acute systolic  [ ] chronic systolic  [ ] acute on chronic diastolic\n"
            "[ ] other ________  [ ] unable to determine\n\n"
            "It follows the industry query practice brief and is live in the EHR as of {date}. "
            "Questions: {name}, {role44}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registration open: regional HIM conference",
        "body": (
            "Join HIM, coding and privacy professionals on {date} for sessions on information "
            "blocking, AI-assisted coding, release-of-information audits and this year's "
            "ICD-10-CM updates. 6 CEUs. Register with code {code}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice to patients: Dr. {provider_last} retiring",
        "body": (
            "PUBLIC NOTICE\n\n"
            "Dr. {provider}, family medicine, will retire on {date}. Patient records will be "
            "maintained by {clinic}, {address}. Patients may request copies or a transfer of "
            "their records by calling {phone}. Records will be kept for at least 10 years as "
            "state law requires.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New fax cover sheet",
        "body": (
            "Please start using the attached cover sheet. The text at the bottom reads:\n\n"
            "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain "
            "confidential health information that is legally privileged. This information is "
            "intended only for the recipient named above. If you have received this fax in "
            "error, notify the sender immediately at the number above and destroy the "
            "documents. Redisclosure of HIV, mental health or substance use disorder "
            "information may be prohibited by federal and state law.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ROI DASHBOARD {date}",
        "body": (
            "OPEN REQUESTS: {count}\n"
            "AVG DAYS TO FULFILL: 6.2\n"
            "OLDER THAN 30 DAYS: 3\n"
            "BY TYPE: PATIENT 41% | ATTORNEY 22% | INSURANCE 19% | SSA/DDS 11% | OTHER 7%\n"
            "REJECTED (INVALID AUTHORIZATION): 38\n"
            "TOP REJECTION REASON: MISSING SIGNATURE\n"
            "REPORT GENERATED BY {vendor44}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Deposition notice - records custodian",
        "body": (
            "Our HIM director has been noticed for deposition as custodian of records in case "
            "{case44} ({company} v. the health system), a dispute over the EHR conversion "
            "contract. The deposition is on {date} at 10 am. No patient records are at issue; "
            "questions will cover system audit logs and conversion timelines. Outside counsel "
            "is {firm44}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Term life rates just dropped",
        "body": (
            "Hi {first},\n\n"
            "Rates on 20-year term life fell again this quarter. A healthy 40-year-old "
            "non-smoker can get $500,000 of coverage for under $30 a month, often with no "
            "medical exam. Reply for a quote from {insurer44}.\n\n"
            "{name}, licensed agent\n{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Understanding your disability benefits",
        "body": (
            "How a long-term disability claim works: after a 90-day elimination period, "
            "{insurer44} reviews medical evidence from your doctors, usually an attending "
            "physician statement and office notes. Common claims involve back disorders, "
            "cancer, heart disease and depression. Benefits replace 60% of pay up to the plan "
            "maximum. Questions about the plan: HR Benefits, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consultative examination providers needed",
        "body": (
            "The {dds44} is recruiting physicians and psychologists to perform consultative "
            "examinations. Current fees: general medical exam $150, psychological evaluation "
            "with testing $285, pulmonary function study $120. Examiners need an unrestricted "
            "license and must be able to schedule within 14 days. Contact the professional "
            "relations officer, {name}, at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: {role44}",
        "body": (
            "{clinic} is hiring a full-time {role44}. Duties include processing requests for "
            "records, validating authorizations, responding to subpoenas and tracking "
            "disclosures. RHIT preferred. Req #{code}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Box pickup confirmed",
        "body": (
            "Pickup confirmed for {date}: 36 boxes of inactive charts from the basement file "
            "room, starting with barcode {sku}. The driver will need loading dock access. The "
            "storage certificate will follow under order {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certificate of destruction {invoice}",
        "body": (
            "CERTIFICATE OF DESTRUCTION\n"
            "Customer: {clinic}\n"
            "Service date: {date}\n"
            "Material: paper records, 48 bins; 12 hard drives\n"
            "Method: cross-cut shredding; drives degaussed and crushed\n"
            "Drive serial numbers: see page 2\n"
            "Witness: {name}\n"
            "This certifies that the material was destroyed in accordance with NIST SP 800-88.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You have received a secure message",
        "body": (
            "{clinic} has sent you a secure message. To read it, open the link below and "
            "create a password. The message expires in 30 days.\n"
            "https://secure.example/open/{uuid}\n"
            "If you were not expecting this message, contact {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Approved template: breach notification letter",
        "body": (
            "Legal has approved the template below. Do not type patient details into email; "
            "use the merge in the letter system.\n\n"
            "[DATE]\n[PATIENT FIRST NAME] [PATIENT LAST NAME]\n[ADDRESS]\n\n"
            "Dear [PATIENT FIRST NAME],\n\n"
            "We are writing to tell you about an incident that may have involved your health "
            "information. On [DATE OF INCIDENT], [DESCRIPTION]. The information involved may "
            "have included [NAME, DATE OF BIRTH, DIAGNOSIS, TREATMENT]. If you have questions, "
            "call [TOLL-FREE NUMBER].\n\n"
            "{name}, {role44}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In the news: right-of-access settlement",
        "body": (
            "HHS announced a $75,000 settlement with a physician practice in another state that "
            "took eight months to send a patient her records. It is one of more than 50 "
            "right-of-access enforcement actions so far. Reminder: our target for patient "
            "requests is 15 days.\n\n"
            "{name}\nCompliance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What goes in the disclosure log",
        "body": (
            "The accounting of disclosures must include disclosures for public health "
            "reporting, to coroners and medical examiners, for judicial proceedings without an "
            "authorization, and to law enforcement. It excludes disclosures for treatment, "
            "payment or operations, to the individual, or under an authorization. Log each one "
            "in the ROI system with the date, recipient, a brief description and the purpose.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Know your rights poster",
        "body": (
            "YOUR HEALTH INFORMATION RIGHTS\n"
            "- Get a copy of your medical record, on paper or electronically\n"
            "- Ask us to correct your record\n"
            "- Get a list of those with whom we shared your information\n"
            "- Ask us to limit what we share\n"
            "- Choose someone to act for you\n"
            "- File a complaint if you feel your rights were violated\n\n"
            "The poster must be up at every registration desk by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accepting POA and guardianship papers",
        "body": (
            "Registration and HIM staff: a health care power of attorney takes effect only once "
            "the principal lacks capacity, unless the document says otherwise. Letters of "
            "guardianship must be signed by the court and not expired. A general financial POA "
            "does not let the agent request medical records. Scan accepted documents to the "
            "legal tab and note the expiration date. Training slides from {name} are on the "
            "shared drive.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Amendment requests: the 60-day clock",
        "body": (
            "We must act on a request to amend within 60 days, with one 30-day extension if we "
            "tell the requester in writing. The author of the entry decides whether it is "
            "accurate and complete. Denial letters must explain the right to submit a statement "
            "of disagreement. Form HIM-19 rev {version} is the only form to use.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref} - backfile conversion",
        "body": (
            "Quote for scanning 1.2 million pages of inactive records: $0.068 per page, "
            "indexing by document type included, QA at 99.5% accuracy. Estimated total "
            "{amount}. Pickup in four waves. Valid until {date}.\n\n"
            "{name}, Account Executive\n{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding tip of the week",
        "body": (
            "Type 2 diabetes with hyperglycemia is E11.65, not E11.9. If the provider "
            "documents 'uncontrolled', query for hyperglycemia or hypoglycemia. For sepsis due "
            "to E. coli, sequence A41.51 first, then the localized infection.\n\n"
            "Full handout from {name}, {role44}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your incomplete records",
        "body": (
            "Dr. {provider_last},\n\n"
            "You have 8 records that will become delinquent on {date}: 5 unsigned operative "
            "reports, 2 missing discharge summaries and 1 unsigned verbal order. Please complete "
            "them in your EHR inbox. If you will be away, tell Chart Completion so we can apply "
            "the leave exception.\n\n"
            "{name}\nChart Completion Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aviso de prácticas de privacidad",
        "body": (
            "ESTE AVISO DESCRIBE CÓMO SE PUEDE USAR Y DIVULGAR SU INFORMACIÓN MÉDICA Y CÓMO "
            "PUEDE USTED ACCEDER A ELLA. REVÍSELO CON CUIDADO.\n\n"
            "Usted tiene derecho a obtener una copia de su expediente, a pedir correcciones y a "
            "recibir una lista de las divulgaciones. Para ejercer estos derechos, comuníquese "
            "con la Oficina de Privacidad al {phone}.\n"
            "Vigente desde el {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tarifas de copias de expedientes",
        "body": (
            "A partir del {date}, las copias electrónicas que pide el propio paciente tienen "
            "una tarifa fija de $6.50. Las solicitudes de abogados y aseguradoras se cobran "
            "según la tabla estatal. El correo certificado se cobra aparte. Dudas: {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Audit committee: HIM metrics",
        "body": (
            "For the {date} audit committee packet:\n"
            "- Release of information: {count} requests, 98% within target\n"
            "- Chart completion: 4.1% delinquent\n"
            "- Coding accuracy: 96.8% (external audit)\n"
            "- Privacy incidents: 34, of which 4 reportable\n"
            "- Information-blocking complaints: 0\n\n"
            "{name}, HIM Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual security risk assessment kickoff",
        "body": (
            "The annual HIPAA security risk assessment starts on {date}. {company} will "
            "interview HIM, IT and registration leads about access controls, audit logging and "
            "encryption of portable devices. Please hold 45 minutes; invitations to follow. "
            "Ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Paramedical examiners wanted",
        "body": (
            "{company} is hiring mobile paramedical examiners for life insurance exams. "
            "Phlebotomy certification required. You will take blood pressure, height and "
            "weight, draw blood and collect urine specimens in applicants' homes. $35 to $55 "
            "per exam plus mileage. Apply at https://jobs.example/{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Legal hold notice - {case44}",
        "body": (
            "You are receiving this notice because you may have documents relevant to case "
            "{case44} in the {court44}, a billing dispute between {clinic} and {company}. "
            "Preserve all email, invoices and contract files from {year} onward and delete "
            "nothing. This hold does not involve patient care or medical records.\n\n"
            "{name}, Associate General Counsel\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "APS fee change",
        "body": (
            "Effective {date}, {insurer44} will pay $40 per completed Attending Physician "
            "Statement and $0.20 per page of office notes, up to $100 per request. Invoices must "
            "include our request number and the practice's tax ID. Payments are issued within "
            "30 days through {vendor44}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scam alert: fake records calls",
        "body": (
            "Several offices have reported calls from someone claiming to be from a 'records "
            "verification center' who asks staff to confirm patients' birth dates and insurance "
            "numbers. Give out nothing. Verify callers through the ROI system and report "
            "suspicious calls to {name}, Privacy Officer, at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outbound shipments {date}",
        "body": (
            "Shipped today by UPS, signature required:\n"
            "{tracking}   request {ref}   encrypted CD\n"
            "{order}   request {code}   paper, 2 boxes\n\n"
            "CD passwords go separately by phone. Billing under invoice {invoice}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Information blocking FAQ",
        "body": (
            "Q: Can we hold back a pathology report until the doctor has seen it?\n"
            "A: Only if an exception applies, such as preventing harm, and the decision is "
            "documented case by case.\n\n"
            "Q: Can we charge a fee for electronic access through the portal?\n"
            "A: No.\n\n"
            "HIM Compliance, {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Happy Health Information Professionals Week!",
        "body": (
            "Thank you to our HIM team - {name}, {name2}, {name3} and everyone in coding, ROI, "
            "scanning and CDI. Breakfast on {date} in the HIM suite.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Privacy training calendar",
        "body": (
            "Upcoming sessions:\n"
            "{date}   {course44} (HIM and registration staff)\n"
            "{date2}   Breach risk assessment workshop (managers)\n\n"
            "Sign up with {name} at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh24": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, README.md or bench/accuracy/vocab/ (the detector's code, dictionaries
and documentation), did not read any other fresh*.py split, did not grep the repository, and
did not run the detector, the benchmark, run.py or any test. Only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read, for the placeholder names and
the data format, and so as not to repeat their templates. It is meant to be run once, as an
honest, untuned measurement: do not tune the detector on these templates.

Angle: mail written by machines, and the structured things people paste into mail. EHR and
patient-portal notifications, scheduling exports and system-made confirmations, calendar
invites (ICS SUMMARY/DESCRIPTION lines), CSV/TSV rows with a header (worklists, no-show,
discharge and vaccine-due lists), HL7 v2 segments (PID|, OBX|, DG1|), FHIR-style JSON and
X12 fragments pasted by interface analysts, fax cover sheets and OCR'd fax text (with OCR
noise: broken lines, 'l' and '1' for 'I', '0' for 'O', odd spacing), web-form submissions,
chatbot and IVR transcripts, e-prescribing rejections, lab interface error queues, remote
patient monitoring alert digests, pharmacy refill robots, bed-board/census snapshots and
ticketing notifications that quote a user. Styles vary: KEY: VALUE blocks, pipe-delimited,
JSON, all caps, fixed-width columns, markdown tables, query strings. The hard negatives come
from the same world: system notifications with no patient (interface down, queue depths,
certificate expiry), inventory CSV/JSON, claims batch totals, HL7/FHIR samples whose only
"patient" is an explicitly labelled synthetic test record with no real-looking identifier,
EHR release notes naming conditions and drugs, report schedules, aggregate dashboards, server
alerts full of ID-like numbers (hostnames, ports, builds, UUIDs, orders, tracking, tickets,
invoices), vendor and job-applicant form submissions, staff-only calendar invites about
clinical topics, and web-form spam.

The vocabulary below ({dx24} {rx24} {proc24} {test24} {flag24} {alert24} {reject24}
{appt24} {unit24} {vax24} {sym24} {host24} {iface24}, FRESH24_VOCAB) was written from general
knowledge of how EHRs, interface engines, pharmacy systems and monitoring platforms print
things. Other placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi=True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth or a named parent; initials plus date of birth;
MRN, member ID, SSN, MBI; or the patient's own phone, email or address) is linked to health
information (condition, finding, measurement, test result, medication, device, procedure,
appointment or visit for care, payment for care). subject_phi=True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier
in a care context; the other PHI templates keep identifiers out of the Subject. validated=True
exactly when {card}, {icd}, {mbi} or {ssn} appears in the template. Negatives name only staff,
vendors, applicants or nobody, or give aggregate / de-identified figures, and never use
{mrn} {member} {dob} {ssn} {card} {icd} {mbi}, nor {name} as a patient. Card-like numbers
written literally in the negatives fail the Luhn check; SSN-like literals use never-issued
areas (000, 666, 9xx). Templates the author found genuinely ambiguous were left out (see the
comment at the end of the file).
"""

from __future__ import annotations

FRESH24_VOCAB: dict[str, list[str]] = {
    "dx24": [
        "Type 2 diabetes mellitus with hyperglycemia",
        "Essential (primary) hypertension",
        "Chronic systolic heart failure",
        "COPD with acute exacerbation",
        "Atrial fibrillation, persistent",
        "Major depressive disorder, single episode, severe",
        "Chronic kidney disease, stage 3b",
        "Obstructive sleep apnea",
        "Malignant neoplasm of upper-outer quadrant of left breast",
        "Alcohol dependence, uncomplicated",
        "Morbid obesity, BMI 42",
        "Hypothyroidism, unspecified",
        "Acute cystitis without hematuria",
        "Sepsis due to E. coli",
        "Cellulitis of right lower limb",
        "Gestational diabetes, diet controlled",
        "Opioid dependence, in remission, on maintenance therapy",
        "Asthma, moderate persistent, uncomplicated",
        "Peripheral arterial disease with claudication",
        "Generalized anxiety disorder",
    ],
    "rx24": [
        "LISINOPRIL 20 MG TABLET",
        "atorvastatin 80 mg oral tablet",
        "METFORMIN ER 750 MG TAB 24HR",
        "insulin lispro 100 unit/mL KwikPen",
        "apixaban 5 mg tablet",
        "SERTRALINE HCL 100 MG TAB",
        "albuterol HFA 90 mcg/actuation inhaler",
        "semaglutide 1 mg/0.74 mL pen injector",
        "LEVOTHYROXINE 88 MCG TAB",
        "buprenorphine-naloxone 8-2 mg SL film",
        "FUROSEMIDE 40 MG TAB",
        "hydrocodone-acetaminophen 5-325 mg tablet",
        "amlodipine 10 mg tablet",
        "ESCITALOPRAM 10 MG TAB",
        "warfarin 2.5 mg tablet",
        "tiotropium 18 mcg inhalation capsule",
        "prednisone 10 mg tablet (taper)",
        "CARVEDILOL 12.5 MG TAB",
    ],
    "proc24": [
        "MRI KNEE LT W/O CONTRAST",
        "CT ABD/PELVIS W CONTRAST",
        "COLONOSCOPY, SCREENING",
        "ECHO TTE COMPLETE",
        "NUC MED STRESS TEST",
        "US THYROID",
        "MAMMO DX BILAT W TOMO",
        "EGD WITH BIOPSY",
        "LAP CHOLECYSTECTOMY",
        "TOTAL KNEE ARTHROPLASTY RT",
        "CARDIAC CATH LEFT HEART",
        "BRONCHOSCOPY W/ EBUS",
        "POLYSOMNOGRAPHY, IN-LAB",
        "DEXA BONE DENSITY",
        "CYSTOSCOPY",
        "EPIDURAL STEROID INJ L4-5",
    ],
    "test24": [
        "HGB A1C",
        "BASIC METABOLIC PANEL",
        "CBC W/AUTO DIFF",
        "LIPID PANEL",
        "TSH W/REFLEX FT4",
        "VITAMIN D 25-OH",
        "URINALYSIS W/MICRO",
        "PROTIME/INR",
        "HEPATIC FUNCTION PANEL",
        "PSA, SCREENING",
        "URINE CULTURE",
        "BNP",
        "MAGNESIUM, SERUM",
        "FERRITIN",
        "HCV AB W/REFLEX PCR",
    ],
    "flag24": [
        "POTASSIUM 6.4 mmol/L (HH)",
        "GLUCOSE 41 mg/dL (LL)",
        "HEMOGLOBIN 6.2 g/dL (LL)",
        "TROPONIN I HS 412 ng/L (HH)",
        "INR 5.8 (HH)",
        "SODIUM 118 mmol/L (LL)",
        "PLATELETS 18 K/uL (LL)",
        "LACTATE 4.9 mmol/L (HH)",
        "CREATININE 4.1 mg/dL (H)",
        "WBC 31.2 K/uL (HH)",
        "CALCIUM 13.9 mg/dL (HH)",
        "BLOOD CULTURE: GRAM POSITIVE COCCI IN CLUSTERS",
    ],
    "alert24": [
        "SBP 186 mmHg > threshold 180",
        "BP 192/118 mmHg (2 consecutive readings)",
        "glucose 348 mg/dL > 300",
        "glucose 52 mg/dL < 70",
        "weight +3.6 lb in 24 h",
        "weight +5.2 lb in 7 days",
        "SpO2 85% < 88%",
        "HR 134 bpm > 120",
        "no reading transmitted in 72 h",
        "DBP 112 mmHg > 110",
    ],
    "reject24": [
        "NCPDP 75 - Prior authorization required",
        "NCPDP 79 - Refill too soon",
        "NCPDP 70 - Product/service not covered",
        "NCPDP 76 - Plan limitations exceeded",
        "Severe drug-drug interaction with active warfarin order",
        "Duplicate therapy: another SSRI on the active med list",
        "Controlled substance: EPCS two-factor signature missing",
        "Pharmacy does not stock requested NDC",
        "Patient not found at PBM: eligibility mismatch",
        "Quantity exceeds 30-day supply limit",
    ],
    "appt24": [
        "Annual Wellness Visit",
        "New Patient - Endocrinology",
        "Post-Op Check",
        "Telehealth Follow-up (20 min)",
        "Diabetes Education",
        "Anticoagulation Clinic INR Check",
        "Prenatal Visit - 28 wk",
        "Well Child 18 mo",
        "Behavioral Health Intake",
        "Infusion - Iron Sucrose",
        "Wound Care Visit",
        "Sleep Medicine Consult",
        "Hospital Follow-up (TCM)",
        "Physical Therapy Re-eval",
    ],
    "unit24": [
        "4W-412A",
        "ICU-07",
        "5N-518B",
        "MS3-22",
        "TELE-310",
        "L&D-04",
        "PEDS-12",
        "ED-HALL-3",
        "ORTHO-601",
        "BHU-09",
    ],
    "vax24": [
        "Tdap",
        "Shingrix dose 2 of 2",
        "PCV20",
        "Influenza 2026-27",
        "HPV dose 2 of 2",
        "MMR dose 2",
        "Hepatitis B dose 3 of 3",
        "RSV (adult 60+)",
        "COVID-19 2026-27 formula",
        "DTaP dose 4",
        "MenACWY booster",
    ],
    "sym24": [
        "chest pain when I climb stairs",
        "dizziness every time I stand up",
        "a fever of 102 since Sunday",
        "swelling in my left leg",
        "blood sugar readings over 300",
        "my heart racing at night",
        "a cough that won't quit for 3 weeks",
        "pain and burning when I pee",
        "a migraine that won't go away",
        "shortness of breath lying flat",
        "a rash after starting the new pill",
        "sharp pain in my right side",
    ],
    "host24": [
        "ehr-app-03.prod.internal",
        "mirth-01.dc2.example.net",
        "pacs-gw-02.imaging.local",
        "sql-rpt-01.corp.example",
        "fax-srv-01.corp.example",
        "portal-web-07.prod.internal",
        "hl7-broker-02.dc1.example.net",
        "k8s-node-14.prod.internal",
        "sso.idp.example.org",
    ],
    "iface24": [
        "ADT_OUT_RADIOLOGY",
        "ORU_IN_REFLAB",
        "SIU_OUT_PORTAL",
        "VXU_OUT_STATE_IIS",
        "RDE_OUT_PHARMACY",
        "MDM_IN_TRANSCRIPTION",
        "ORM_OUT_LAB",
        "DFT_IN_CHARGES",
        "ADT_IN_HIE",
    ],
}


FRESH24_PHI: list[dict] = [
    {
        "subject": "New test result in your health portal",
        "body": (
            "*** This is an automated message. Please do not reply. ***\n\n"
            "Patient: {name}\n"
            "Result: {test24}\n"
            "Status: Final - reviewed by {provider}\n"
            'Provider comment: "Consistent with {dx24}. Continue {rx24} and recheck in '
            '3 months."\n\n'
            "Sign in at https://portal.example.org to view the full report.\n"
            "{clinic} Patient Portal\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduled report: NO_SHOW_DAILY",
        "body": (
            "Report: NO_SHOW_DAILY (owner: Access Center)\n"
            "Run at: {date} 18:05   Rows: 2\n\n"
            "MRN,Patient Name,DOB,Appt Time,Visit Type,Provider\n"
            '{mrn},"{last}, {first}","{dob}",{time},{appt24},{provider_last}\n'
            '{mrn2},"{name2}",,{time},Post-Op Check,{provider_last}\n\n'
            "This report was generated automatically. Unsubscribe in Report Manager.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your appointment is confirmed",
        "body": (
            "CONFIRMATION #{ref}\n"
            "{upper_name}\n\n"
            "You're scheduled for: {appt24}\n"
            "With: {provider}, {specialty}\n"
            "When: {date} at {time}\n"
            "Where: {clinic}, {address}, Suite 200\n\n"
            "Please arrive 15 minutes early and bring your medication bottles, including "
            "{rx24}.\n"
            "To cancel, reply CANCEL or call {phone}. Generated by the scheduling system; "
            "replies are not monitored.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated invitation: OR 6 block",
        "body": (
            "BEGIN:VCALENDAR\n"
            "VERSION:2.0\n"
            "BEGIN:VEVENT\n"
            "UID:{uuid}\n"
            "DTSTART:20261204T073000\n"
            "DTEND:20261204T100000\n"
            "SUMMARY:{proc24} - {last}\\, {first}\n"
            "LOCATION:Main OR 6\n"
            "DESCRIPTION:MRN {mrn}\\nDx: {dx24}\\nSurgeon: Dr. {provider_last}\\nConsent "
            "signed\\, H&P in chart\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ORU failing on OBX-5?",
        "body": (
            "Pasting the message that errored in the engine overnight. OBX-5 looks fine to me, "
            "maybe it's the units?\n\n"
            "MSH|^~\\&|REFLAB|REFLAB01|EHR|MAIN|20261123083011||ORU^R01|{code}|P|2.5.1\n"
            "PID|1||{mrn}^^^MAIN^MR||{last}^{first}||{dob}|F|||{address}\n"
            "OBR|1||{ref}|2345-7^GLUCOSE^LN|||20261123061500\n"
            "OBX|1|NM|2345-7^GLUCOSE^LN||312|mg/dL|70-99|HH|||F\n"
            "NTE|1||Called to floor RN, read back verified\n\n"
            "- {provider_first}, Integration Analyst\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A01 without bed assignment",
        "body": (
            "This A01 came through without PV1-3 filled in, so the bed board never updated. "
            "Can registration check the workflow?\n\n"
            "MSH|^~\\&|REG|HOSP|BEDBOARD|HOSP|20261123221400||ADT^A01|{code}|P|2.3\n"
            "EVN|A01|20261123221400\n"
            "PID|1||{mrn}^^^HOSP^MR||{last}^{first}^^^||{dob}|M\n"
            "PV1|1|I|||||{npi}^{provider_last}^{provider_first}\n"
            "DG1|1|I10|{icd}^{dx24}^I10|||A\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "FHIR payload from the intake app",
        "body": (
            "The intake app is posting this bundle and the server returns 422. I think it's "
            "the SSN identifier system; we should not be sending it at all.\n\n"
            "{{\n"
            '  "resourceType": "Bundle",\n'
            '  "entry": [\n'
            '    {{"resource": {{"resourceType": "Patient",\n'
            '      "identifier": [{{"system": "http://hl7.org/fhir/sid/us-ssn", "value": '
            '"{ssn}"}}],\n'
            '      "name": [{{"family": "{last}", "given": ["{first}"]}}],\n'
            '      "birthDate": "{dob}"}}}},\n'
            '    {{"resource": {{"resourceType": "Condition",\n'
            '      "code": {{"text": "{dx24}"}},\n'
            '      "clinicalStatus": {{"text": "active"}}}}}}\n'
            "  ]\n"
            "}}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Observation rejected by validator",
        "body": (
            "Validator error: component[1].valueQuantity.unit must be UCUM. Payload:\n\n"
            '{{"resourceType": "Observation", "status": "final",\n'
            ' "code": {{"text": "Blood pressure panel"}},\n'
            ' "subject": {{"reference": "Patient/{mrn}", "display": "{name}"}},\n'
            ' "effectiveDateTime": "{date}",\n'
            ' "component": [\n'
            '   {{"code": {{"text": "Systolic"}}, "valueQuantity": {{"value": 178, '
            '"unit": "mmHg"}}}},\n'
            '   {{"code": {{"text": "Diastolic"}}, "valueQuantity": {{"value": 104, '
            '"unit": "mm Hg"}}}}]}}\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Inbound fax - 6 pages",
        "body": (
            "FAX COVER SHEET\n"
            "Date: {date}\n"
            "To: {clinic} - Referral Coordinator\n"
            "From: Dr. {provider}\n"
            "Pages: 6 (including cover)\n"
            "RE: {name}, DOB {dob}\n"
            "Reason: referral for {dx24}, please schedule with {specialty}\n"
            "[X] Urgent  [ ] For review  [ ] Please reply\n\n"
            "CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain "
            "confidential health information that is legally privileged.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[eFax] Message received - OCR text",
        "body": (
            "--- OCR TEXT (auto-generated, may contain errors) ---\n"
            "PRl0R AUTH0RlZATl0N REQUEST\n"
            "Pat ient Name : {upper_name}\n"
            "D 0 B: {dob}        Member l D: {member}\n"
            "Diagnos is: {dx24}\n"
            "Med ication req uested: {rx24}\n"
            "Qty: 3O    Days supp1y: 3O\n"
            "Prescr iber: {provider}     NPl: {npi}\n"
            "--- END OCR ---\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fax page 2 of 3 (OCR)",
        "body": (
            "F ax  Pa ge 2/3          {date}  {time}\n"
            "PATIENT:\n"
            "{upper_name}\n"
            "ACCT\n"
            "{account}\n"
            "TEST              RESU LT       FLAG\n"
            "{flag24}\n"
            "lCD-1O: {icd}\n"
            "Ordering: {provider_last}, {provider_first}  MD\n"
            "*** C0NFlDENTlAL ***\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "New submission: Contact Us",
        "body": (
            "Form: Contact Us (website)\n"
            "Submitted: {date} {time}\n"
            "IP: {ip}\n"
            "------------------------------\n"
            "Name: {name}\n"
            "Email: {email}\n"
            "Phone: {phone}\n"
            "Preferred contact: Email\n"
            "Message: Hello, Dr. {provider_last} diagnosed me with {dx24} last month and the "
            "{rx24} is making me very tired. Is there any way to get an appointment sooner "
            "than {date2}?\n"
            "------------------------------\n"
            "Sent by the website form handler.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webhook: appointment_request.created",
        "body": (
            "POST /hooks/appointments 200\n"
            "{{\n"
            '  "event": "appointment_request.created",\n'
            '  "id": "{uuid}",\n'
            '  "first_name": "{first}",\n'
            '  "last_name": "{last}",\n'
            '  "date_of_birth": "{dob}",\n'
            '  "reason": "{sym24}",\n'
            '  "preferred_location": "{clinic}",\n'
            '  "callback": "{phone}"\n'
            "}}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chat transcript {uuid}",
        "body": (
            "Transcript of chat session\n"
            "[{time}] Assistant: Hi! I'm the virtual assistant. How can I help?\n"
            "[{time}] Visitor: i need a refill on my {rx24}, only 2 left\n"
            "[{time}] Assistant: I can help with that. Please enter your full name and date "
            "of birth.\n"
            "[{time}] Visitor: {name} {dob}\n"
            "[{time}] Assistant: Thanks. I found an active prescription from Dr. "
            "{provider_last}. A refill request has been sent. Anything else?\n"
            "[{time}] Visitor: no thx\n"
            "Session ended. Rating: 5/5\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IVR call log",
        "body": (
            "IVR CALL DETAIL\n"
            "ANI:            {phone}\n"
            "AUTHENTICATED:  YES (DOB MATCH)\n"
            "PATIENT:        {last}, {first}\n"
            "MENU PATH:      MAIN > PHARMACY > REFILL\n"
            "RX NUMBER:      {code}\n"
            "DRUG:           {rx24}\n"
            "RESULT:         REFILL QUEUED FOR {date}\n"
            "DURATION:       00:02:41\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rx for {name} rejected: {reject24}",
        "body": (
            "ERROR DETAIL\n"
            "Message ID: {uuid}\n"
            "Drug: {rx24}\n"
            "Prescriber: {provider}\n"
            "Patient DOB: {dob}\n"
            "Pharmacy: {company} Pharmacy #{ext}\n"
            "Action required: resolve in the e-prescribing worklist within 24 hours.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ePrescribing error summary (2)",
        "body": (
            "The following prescriptions were not delivered:\n\n"
            "1) {last}, {first} ({dob}) | {rx24} | {reject24}\n"
            "2) {intl_name} | {rx24} | Pharmacy does not stock requested NDC\n\n"
            "Review in Rx Worklist > Failed Transmissions.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Result queue: unmatched ({iface24})",
        "body": (
            "RESULT QUEUE - UNMATCHED PATIENT\n"
            "ACCESSION  RECEIVED          PATIENT (AS SENT)          DOB           TEST\n"
            "{ref}   {date} {time}   {upper_name}      {dob}    {test24}\n"
            "ERROR: NO MRN MATCH - manual link required. Results held, not filed.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RPM daily alert digest",
        "body": (
            "Remote Patient Monitoring - alerts in the last 24 h\n\n"
            "| Patient | MRN | Reading | Threshold | Time |\n"
            "|---|---|---|---|---|\n"
            "| {name} | {mrn} | BP 178/104 | >160/100 | {time} |\n"
            "| {intl_name} | {mrn2} | {alert24} | program default | {time} |\n\n"
            "2 alerts unacknowledged. Open the RPM dashboard to document outreach.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RPM webhook: threshold_breach",
        "body": (
            "{{\n"
            '  "event": "threshold_breach",\n'
            '  "patient": {{"name": "{name}", "dob": "{dob}", "program": "{dx24}"}},\n'
            '  "reading": "{alert24}",\n'
            '  "device": "cellular BP cuff",\n'
            '  "received_at": "{date} {time}"\n'
            "}}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automated refill status",
        "body": (
            "Automated message from {company} Pharmacy\n\n"
            "Patient: {name}\n"
            "Rx #{code}   {rx24}\n"
            "Status: REFILL REQUESTED FROM PRESCRIBER (0 refills remaining)\n"
            "Prescriber: Dr. {provider_last}\n"
            "We will text {phone} when it is ready.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Census snapshot 06:00",
        "body": (
            "BED       PATIENT                    AGE/SEX  ADMIT DX                  ATTENDING\n"
            "{unit24}   {upper_name}      {age}/F     {dx24}   {provider_last}\n"
            "{unit24}   {intl_name}        {age}/M     {dx4}   {provider_last}\n"
            "Generated by BedBoard. Occupancy 94%.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Portal help request updated",
        "body": (
            "A new comment was added to your request.\n\n"
            "Requester: {name} <{email}>\n"
            "Category: Patient portal > Test results\n"
            "------------------------------------------\n"
            "> I still can't see my {test24} results from {date} in the app. I need them "
            "before my {appt24} because they're adjusting my {rx24}. Can someone help?\n"
            "------------------------------------------\n"
            "Reply above this line to add a comment.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Discharge list for 4 West",
        "body": (
            "Unit\tBed\tPatient\tMRN\tExp D/C\tDispo\tNeeds\n"
            "4W\t{unit24}\t{last}, {first}\t{mrn}\t{date}\tHome w/ HH\t{rx24} teaching\n"
            "4W\t{unit24}\t{intl_name}\t{mrn2}\t{date2}\tSNF\tPT clearance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccine due list - December",
        "body": (
            "patient_name,dob,vaccine_due,last_dose,phone\n"
            '"{name}","{dob}",{vax24},{date2},{phone}\n\n'
            "Exported from the immunization registry query. Please call and book nurse visits.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reading room worklist",
        "body": (
            "ACC|MRN|PATIENT|EXAM|PRI|STATUS\n"
            "{ref}|{mrn}|{upper_name}|{proc24}|STAT|UNREAD\n"
            "{code}|{mrn2}|{intl_name}|US THYROID|ROUTINE|PRELIM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case status change notification",
        "body": (
            "CASE STATUS CHANGE\n"
            "Case: {ref}\n"
            "Member: {name} ({member})\n"
            "Service: {proc24}\n"
            "Status: PENDED -> APPROVED\n"
            "Valid: {date} - {date2}\n"
            "Reviewer note: meets criteria for {dx24}.\n"
            "This notice was generated by the {company} provider portal.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "837 segment loop 2010BA",
        "body": (
            "Clearinghouse says loop 2010BA is malformed, here it is:\n\n"
            "NM1*IL*1*{last}*{first}****MI*{member}~\n"
            "N3*{address}~\n"
            "DMG*D8*{dob}*F~\n"
            "CLM*{claim}*{amount}***11:B:1~\n"
            "HI*ABK:{icd}~\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "[{ticket}] Payment gateway log excerpt",
        "body": (
            "Found the cause: debug logging is on in prod and writes the full PAN. Excerpt:\n\n"
            "2026-11-23T10:14:07Z INFO charge.create patient=\"{name}\" desc=\"{appt24} "
            "copay\" amount={amount2} pan={card} status=approved\n\n"
            "Turning debug off now and purging the log.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Virtual visit: {first} {last} is waiting",
        "body": (
            "Visit type: {appt24}\n"
            "Provider: Dr. {provider_last}\n"
            "Reason entered by patient: {sym24}\n"
            "Waiting since: {time}\n"
            "Join: https://telehealth.example/room/{code}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Open care gaps - monthly file",
        "body": (
            "| Member ID | Name | DOB | Open gap | Last claim |\n"
            "|---|---|---|---|---|\n"
            "| {member} | {name} | {dob} | Diabetic eye exam overdue | {date2} |\n\n"
            "Source: {company} Quality Analytics. Close gaps by 12/31 for HEDIS credit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral {ref} status: SCHEDULED",
        "body": (
            "Patient: {name}\n"
            "Referred to: {specialty}\n"
            "Reason: {dx24}\n"
            "Appointment: {date} {time}\n"
            "Referring provider: Dr. {provider}\n"
            "No action needed. This message was sent by the referral management system.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Med rec export failed validation",
        "body": (
            "Export job {uuid} failed: 'status' must be one of active|stopped.\n\n"
            '{{"patient_mrn": "{mrn}", "medications": [\n'
            '  {{"name": "{rx24}", "status": "active"}},\n'
            '  {{"name": "{rx4}", "status": "on hold"}}\n'
            "]}}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Proxy access request received",
        "body": (
            "PROXY ACCESS REQUEST\n"
            "Requester: {name2}\n"
            "Relationship: Parent\n"
            "Patient: {first} {last}\n"
            "Patient DOB: {dob}\n"
            "Reason given: I manage my son's {dx24} appointments and medication.\n"
            "ID verified: Driver license (front desk)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scanned Rx (OCR)",
        "body": (
            "OCR RESULT, confidence 71%\n"
            "Rx\n"
            "Name:{name}\n"
            "Addr: {address}\n"
            "{rx24}\n"
            "Sig: 1 tab po dai1y\n"
            "Ref i1ls: 2     Date: {date}\n"
            "Dr. {provider} ___________\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Triage summary (auto-generated)",
        "body": (
            "TRIAGE SUMMARY\n"
            "Caller: {name2} (spouse)\n"
            "Patient: {name}, {age} y\n"
            "Protocol: Chest Pain - Adult\n"
            "Positive findings: pain radiating to left arm, sweating\n"
            "Disposition: CALL 911 / GO TO ED NOW\n"
            "Callback number: {phone}\n"
            "Nurse: {provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPAP compliance report",
        "body": (
            "30-DAY COMPLIANCE REPORT\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Usage >= 4 h: 18 of 30 nights (60%)\n"
            "Residual AHI: 9.8 events/h\n"
            "Leak (95th): 28 L/min\n"
            "Payer compliance: NOT MET\n"
            "Prepared for: Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly CGM summary",
        "body": (
            "CONTINUOUS GLUCOSE MONITOR - 7 DAY SUMMARY\n"
            "Patient ........ {name}\n"
            "Time in range .. 48%\n"
            "Time > 250 ..... 22%\n"
            "Time < 70 ...... 3%\n"
            "GMI ............ 8.1%\n"
            "Sensor wear .... 96%\n"
            "Clinic ......... {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Remote transmission alert",
        "body": (
            "REMOTE TRANSMISSION ALERT - RED\n"
            "Patient: {upper_name}   DOB: {dob}\n"
            "Device: dual-chamber ICD\n"
            "Event: VT episode {date} {time}, therapy delivered: 1 shock (35 J)\n"
            "Battery: 6.1 years\n"
            "Follow-up clinic: Device Clinic, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order ready for pickup",
        "body": (
            "READY: {last}, {first} | {rx24} | Rx {code} | Bin C-14 | Copay {amount2}\n"
            "Will-call hold expires {date}. Counseling required: Y\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS gateway delivery log",
        "body": (
            "TIMESTAMP            TO               STATUS     BODY\n"
            "{date} {time}   {phone}   DELIVERED  \"Hi {first}, reminder: {appt24} "
            "tomorrow at {time} with Dr. {provider_last}. Reply C to confirm.\"\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-visit questionnaire submitted",
        "body": (
            '{{"form": "pre_visit_v3",\n'
            ' "patient": {{"name": "{name}", "email": "{email}"}},\n'
            ' "answers": {{\n'
            '   "current_medications": "{rx24}",\n'
            '   "main_concern": "{sym24}",\n'
            '   "smoker": "former",\n'
            '   "phq2_score": 4}}}}\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Eligibility response (271)",
        "body": (
            "ELIGIBILITY RESPONSE\n"
            "SUBSCRIBER: {upper_name}\n"
            "MEMBER ID: {member}\n"
            "DOB: {dob}\n"
            "INQUIRY FOR: {proc24} ON {date}\n"
            "COVERAGE: ACTIVE - {company} PPO\n"
            "DEDUCTIBLE REMAINING: {amount2}\n"
            "PRIOR AUTH: REQUIRED\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HETS eligibility result",
        "body": (
            "Beneficiary: {last}, {first}\n"
            "MBI: {mbi}\n"
            "Part A: ACTIVE\n"
            "Part B: ACTIVE\n"
            "Hospice election on file since {date2}\n"
            "ESRD: N\n"
            "Query ID: {uuid}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "CRITICAL RESULT NOTIFICATION",
        "body": (
            "Result: {flag24}\n"
            "Patient: {name}   MRN {mrn}\n"
            "Location: {unit24}\n"
            "Called to: {provider}, RN at {time}\n"
            "Read-back: YES\n"
            "Auto-generated by the laboratory information system.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Final pathology report released - {upper_name}",
        "body": (
            "Accession: S26-{code}\n"
            "Specimen: core needle biopsy\n"
            "Final diagnosis: {dx24}\n"
            "Released to: Dr. {provider_last} and the patient portal (72 h delay)\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Registry upload: 1 record rejected",
        "body": (
            "TUMOR REGISTRY SUBMISSION - REJECTIONS\n"
            "Row 14: LAST={last}; FIRST={first}; SSN={ssn}; DOB={dob}; "
            "PRIMARY={dx24}; ERROR=date of diagnosis after date of first treatment\n"
            "Correct and resubmit before the quarterly deadline.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Hygiene recall list",
        "body": (
            "RECALL LIST - HYGIENE (generated {date})\n"
            "Patient              | Last visit | Due        | Type                      | Phone\n"
            "{name}       | {date2} | {date} | Perio maintenance (4 mo)  | {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Trip confirmation {code}",
        "body": (
            "TRIP {code} CONFIRMED\n"
            "Rider: {name}\n"
            "Pickup: {address} at {time}\n"
            "Drop-off: {clinic} Dialysis Unit\n"
            "Mobility: wheelchair; oxygen 2 L/min\n"
            "Standing order: Mon/Wed/Fri\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Diet order change",
        "body": (
            "DIET ORDER CHANGE\n"
            "Location: {unit24}\n"
            "Patient: {last}, {first} (MRN {mrn})\n"
            "New order: NPO after midnight for {proc24}\n"
            "Previous: Carb consistent, 2 g sodium\n"
            "Entered by: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood bank: antibody identified - MRN {mrn}",
        "body": (
            "Patient: {upper_name}\n"
            "Antibody screen: POSITIVE\n"
            "Identified: anti-K\n"
            "2 units K-negative RBC crossmatched and on hold for {proc24}.\n"
            "Blood Bank, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "OR schedule (export)",
        "body": (
            "| Room | Start | Patient | Age | Procedure | Surgeon |\n"
            "|------|-------|---------|-----|-----------|---------|\n"
            "| OR 3 | 07:30 | {name} | {age} | {proc24} | {provider_last} |\n"
            "| OR 3 | 11:00 | {intl_name} | {age} | {proc4} | {provider_last} |\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dispensing cabinet override report",
        "body": (
            "OVERRIDE REPORT\n"
            "Station: {unit24}-ADC\n"
            "User: {name2}, RN\n"
            "Patient: {name} ({mrn})\n"
            "Item: {rx24}\n"
            "Reason: STAT order pending pharmacy verification\n"
            "Time: {date} {time}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Form handler error: portal signup",
        "body": (
            "The signup form failed to create an account. Raw POST body:\n\n"
            "first={first}&last={last}&dob={dob}&email={email}&pcp=Dr.+{provider_last}"
            "&why=see+my+{test24}+results+for+diabetes\n\n"
            "Error: duplicate email\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HIE encounter alert",
        "body": (
            "ENCOUNTER NOTIFICATION\n"
            "Event: Emergency Department registration\n"
            "Facility: {company} Regional Medical Center\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Chief complaint: {sym24}\n"
            "Attributed PCP: Dr. {provider}\n"
            "You receive this alert because the patient is attributed to your practice.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RPM ALERT: {name} - {alert24}",
        "body": "Acknowledge in the dashboard within 2 hours. Program: hypertension.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "[In Basket] Abnormal result: {last}, {first} - {test24}",
        "body": (
            "Result routed to Dr. {provider_last}. Flag: H. Open the chart to review and "
            "release.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ADT^A03 {mrn} discharged from {unit24}",
        "body": "Discharge disposition: SNF. Discharge diagnosis: {dx24}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fax: {upper_name} DOB {dob} - {proc24} results",
        "body": "3 pages received on line 2. Routed to the scanning queue.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Claim rejected: {name} Dx {icd}",
        "body": "277CA A7:21 - diagnosis pointer invalid. Correct and resubmit.\n",
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "MBI mismatch {mbi} - {proc24} on {date}",
        "body": (
            "HETS returned a different surname for this MBI. Please look at the card at "
            "check-in.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Invitation: {appt24} with Dr. {provider_last}",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:{appt24} with Dr. {provider_last}\n"
            "ATTENDEE;CN={name};RSVP=TRUE:mailto:{email}\n"
            "DTSTART:20261210T141500\n"
            "LOCATION:{clinic}\\, {address}\n"
            "DESCRIPTION:Please bring your glucose log and your {rx24}.\n"
            "END:VEVENT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bed request {code}",
        "body": (
            "BED REQUEST\n"
            "Patient: {intl_name}\n"
            "Age/Sex: {age} F\n"
            "Admit Dx: {dx24}\n"
            "Isolation: Contact (MRSA)\n"
            "Level of care: Telemetry\n"
            "Requested by: ED, Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Symptom checker session summary",
        "body": (
            "User account: {email}\n"
            "Started: {date} {time}\n"
            "Reported: {sym24}; duration 2 days; pain 7/10\n"
            "Conditions suggested: kidney stone, appendicitis\n"
            "Recommendation shown: Urgent care within 24 hours\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PDMP query result",
        "body": (
            "PRESCRIPTION MONITORING REPORT\n"
            "Patient: {name}   DOB {dob}\n"
            "Fills, last 12 months: 4\n"
            "  {date2}  {rx24}  #30  Dr. {provider_last}\n"
            "  {date}   oxycodone 5 mg  #20  ED prescriber\n"
            "Pharmacies used: 2   Morphine milligram equivalents/day: 30\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH24_NEG: list[dict] = [
    {
        "subject": "[Integration] Daily channel status",
        "body": (
            "CHANNEL                 STATE     RECEIVED  QUEUED  ERRORED\n"
            "{iface24}       STOPPED   {count}     412     12\n"
            "ORU_IN_REFLAB           STARTED   18204     0       3\n"
            "VXU_OUT_STATE_IIS       STARTED   611       0       0\n"
            "Engine host: {host24}  version {version}\n"
            "On call: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ALERT queue_depth_high",
        "body": (
            "{{\n"
            '  "alert": "queue_depth_high",\n'
            '  "severity": "warning",\n'
            '  "host": "{host24}",\n'
            '  "queue": "ORM_OUT_LAB",\n'
            '  "depth": {count},\n'
            '  "threshold": 500,\n'
            '  "alert_id": "{uuid}",\n'
            '  "runbook": "https://wiki.example/runbooks/hl7-queue"\n'
            "}}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certificate expiring in 14 days: {host24}",
        "body": (
            "The TLS certificate for {host24}:443 expires on {date}.\n"
            "Serial: 4F:9A:11:C2:07:5D:E3:88\n"
            "Issuer: Example Corp Issuing CA 2\n"
            "A change ticket ({ticket}) has been opened for the renewal. Owner: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Par level export - Central Supply",
        "body": (
            "item_id,description,on_hand,par,reorder\n"
            "{sku},Insulin syringe 0.5 mL 31G,140,400,Y\n"
            "SKU-220918,Blood glucose test strips (50),62,120,Y\n"
            "SKU-330147,Foley catheter kit 16Fr,35,30,N\n"
            "SKU-118806,IV start kit,410,300,N\n"
            "Exported by {name}, materials management, {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Batch {ref} submitted",
        "body": (
            "BATCH SUMMARY\n"
            "Batch ID: {ref}\n"
            "Submitted: {date} {time}\n"
            "Claims: {count}\n"
            "Total charges: {amount}\n"
            "Accepted at front end: {count}\n"
            "Rejected: 9 (see the rejection report in the clearinghouse portal)\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Test message for the new lab interface",
        "body": (
            "Below is a SYNTHETIC test message for validating the new {iface24} mapping. "
            "The patient is the standard test record, not a real person. Do not file it to "
            "production.\n\n"
            "MSH|^~\\&|LABSIM|TEST|EHR|TST|20261123120000||ORU^R01|TEST0001|T|2.5.1\n"
            "PID|1||ZZTEST-A^^^TST^MR||ZZTEST^SYNTHETIC^PATIENT||19000101|U\n"
            "OBX|1|NM|2345-7^GLUCOSE^LN||100|mg/dL|70-99|H|||F\n\n"
            "Note the processing ID 'T' in MSH-11.\n{name}, Interface Analyst\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sandbox FHIR example for vendor onboarding",
        "body": (
            "Sample payload for the sandbox only (synthetic data, no real patient):\n\n"
            '{{"resourceType": "Patient", "id": "sandbox-example",\n'
            ' "meta": {{"tag": [{{"code": "SYNTHETIC"}}]}},\n'
            ' "name": [{{"family": "Testpatient", "given": ["Sandbox"]}}],\n'
            ' "gender": "unknown"}}\n\n'
            "Vendors should POST to https://sandbox.example/fhir/Patient with their client "
            "credentials. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release notes: version {version}",
        "body": (
            "EHR release {version} (build {build})\n\n"
            "Clinical\n"
            "- Sepsis advisory now fires on lactate > 2.0 together with two SIRS criteria.\n"
            "- Warfarin + fluconazole interaction raised to severe.\n"
            "- Problem list: 'Type 2 diabetes mellitus with hyperglycemia' maps to the new "
            "SNOMED concept.\n"
            "- Insulin sliding scale order set updated for renal dosing.\n\n"
            "Fixes\n"
            "- {ticket}: MAR printout cut off the last column.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduled report delivered: Readmissions by DRG (weekly)",
        "body": (
            "Your subscription 'Readmissions by DRG - weekly' ran at 06:00 on {date}.\n"
            "Rows: 38   Format: XLSX   Size: 44 KB\n"
            "Filters: facility = all, payer = all, minimum cell size 11\n"
            "The file is in Report Manager for 30 days. Subscriber: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dashboard: admissions by principal diagnosis",
        "body": (
            "| Principal diagnosis | Admissions (Nov) | Avg LOS | 30-day readmit |\n"
            "|---|---|---|---|\n"
            "| Heart failure | 84 | 4.9 | 21% |\n"
            "| Sepsis | 131 | 6.2 | 14% |\n"
            "| COPD exacerbation | 57 | 3.8 | 18% |\n"
            "| Pneumonia | 66 | 4.1 | 11% |\n\n"
            "Source: quality data warehouse, refreshed nightly.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[FIRING:1] HighCPU {host24}",
        "body": (
            "alertname = HighCPU\n"
            "instance = {host24}:9100\n"
            "pod = ehr-api-7f9c6d8b54-x2kqp\n"
            "build = {build}\n"
            "value = 97.4\n"
            "fingerprint = {uuid}\n"
            "Silence: https://alerts.example/#/silences/new\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Advance ship notice {ref}",
        "body": (
            "ADVANCE SHIP NOTICE\n"
            "ASN: {ref}\n"
            "PO: {order}\n"
            "Line 1  NDC {ndc}  ATORVASTATIN 40MG TAB 90CT   qty 24\n"
            "Line 2  NDC 00093-7214-98  METFORMIN 500MG 1000CT  qty 6\n"
            "Carrier: UPS {tracking}\n"
            "Ship to: {clinic} outpatient pharmacy\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Wristband printer on 3 West",
        "body": (
            "{name} wrote:\n"
            "> The wristband printer at the 3 West nurses' station keeps jamming after every "
            "third band. We swapped the roll twice.\n\n"
            "Status: Assigned to Field Services\n"
            "Asset tag: PRN-{ext}-{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New submission: Partner with us",
        "body": (
            "Form: Partner with us\n"
            "Name: {name}\n"
            "Company: {company}\n"
            "Email: {email}\n"
            "Phone: {phone}\n"
            "Message: We help health systems cut claim denial rates by 30% with AI-assisted "
            "coding. Could we set up a 20-minute call with your revenue cycle director?\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Application received: Patient Access Representative",
        "body": (
            "Requisition: {code}\n"
            "Applicant: {name}\n"
            "Email: {email}\n"
            "Phone: {phone}\n"
            "Years of experience: 3\n"
            "Bilingual: Yes (Spanish)\n"
            "Resume: attached (PDF, 212 KB)\n"
            "Source: careers site\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: Sepsis bundle workgroup",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:Sepsis bundle workgroup\n"
            "ORGANIZER;CN={name}:mailto:{email}\n"
            "ATTENDEE;CN={name2}:mailto:quality@example.org\n"
            "ATTENDEE;CN={name3}:mailto:pharmacy@example.org\n"
            "DTSTART:20261208T120000\n"
            "DESCRIPTION:Review Q3 bundle compliance (aggregate)\\, lactate redraw timing and "
            "the antibiotic order set.\n"
            "END:VEVENT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New submission: Contact Us",
        "body": (
            "Name: Best Pharmacy Online\n"
            "Email: deals@cheap-meds.example\n"
            "Message: LOWEST PRICE viagra cialis tramadol NO PRESCRIPTION NEEDED!!! "
            "Also SEO services, 1000 backlinks for $99. Click http://spam.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - interface engine license",
        "body": (
            "Invoice: {invoice}\n"
            "Customer: {clinic}\n"
            "Description: Interface engine annual subscription, 40 channels\n"
            "Amount: {amount}\n"
            "PO: {order}\n"
            "Terms: Net 45\n"
            "Remit to: {company}, {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Backup job EHR-DB-NIGHTLY: Success",
        "body": (
            "Job: EHR-DB-NIGHTLY\n"
            "Server: {host24}\n"
            "Start: {date} 01:00:02  End: 03:47:51\n"
            "Data: 1.21 TB   Dedup ratio: 8.4x\n"
            "Session ID: {uuid}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your network password expires in 5 days",
        "body": (
            "Hello {name},\n"
            "The password for account {first}.{last} expires on {date}. Change it at "
            "https://password.example.org before then to keep access to the EHR, email and "
            "VPN.\nIT Service Desk, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Robot alert: canister low",
        "body": (
            "DISPENSING ROBOT - STATUS\n"
            "Canister 112  atorvastatin 40 mg   38 tabs   LOW\n"
            "Canister 087  lisinopril 10 mg     12 tabs   CRITICAL\n"
            "Canister 203  metformin 500 mg     410 tabs  OK\n"
            "Refill by: pharmacy technician on duty. Error log {uuid}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bed availability 07:00",
        "body": (
            "UNIT     STAFFED  OCCUPIED  CLEAN  DIRTY  BLOCKED\n"
            "4W       32       29        2      1      0\n"
            "5N       28       28        0      0      0\n"
            "ICU      20       17        1      1      1\n"
            "TELE     24       21        3      0      0\n"
            "ED boarders: 6. House supervisor: {name}, pager {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RPM program summary - November",
        "body": (
            "Enrolled patients: 312 (hypertension 201, heart failure 74, diabetes 37)\n"
            "Readings received: 18,940\n"
            "Alerts: 488 (BP > 180/110: 61; weight gain > 3 lb/day: 29)\n"
            "Median time to outreach: 3.2 h\n"
            "Billable 99457 months: 268\n"
            "Prepared by {name}, program manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lab test build change {date}",
        "body": (
            "Effective {date}, the following test codes change in the lab system:\n"
            "LOCAL CODE  NAME               LOINC     CHANGE\n"
            "HGBA1C      Hemoglobin A1c     4548-4    new reference range 4.0-5.6%\n"
            "VITD25      Vitamin D 25-OH    62292-8   units now ng/mL\n"
            "TSHR        TSH w/ reflex FT4  3016-3    reflex cutoff 4.5\n"
            "Questions: {name}, lab informatics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fax delivery failed",
        "body": (
            "Your fax could not be delivered.\n"
            "Job ID: {code}\n"
            "To: {phone}\n"
            "Pages: 3\n"
            "Cover subject: Policy manual update, section 4\n"
            "Sender: {name}\n"
            "Reason: BUSY after 3 attempts\n"
            "Server: {host24}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[eFax] OCR text - price list",
        "body": (
            "--- OCR TEXT ---\n"
            "PRlCE LlST  effect ive 0l/0l/2027\n"
            "Nitri1e gloves M   case/l000   $4l.5O\n"
            "Surgica1 masks     box/5O      $6.2O\n"
            "Sharps cont ainer 2 ga1        $3.l5\n"
            "Ca11 {phone} to order.  {company}\n"
            "--- END OCR ---\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "e-Prescribing network status: resolved",
        "body": (
            "The e-prescribing network outage that began at 09:12 is resolved as of 10:40.\n"
            "Prescriptions queued during the outage: 37 (all transmitted)\n"
            "Refill responses delayed: 11\n"
            "No prescriber action is needed. Incident {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SSO signing certificate rotation",
        "body": (
            "The SAML signing certificate on {host24} rotates on {date} at 22:00.\n"
            "Old thumbprint: 3A 7F 91 0C 5B E2 44 D1\n"
            "New thumbprint: 8C 12 6E F0 A9 33 7B 05\n"
            "Apps that pin the thumbprint (portal, PACS viewer, scheduling) must update "
            "metadata. Contact {name}, identity team.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider template export",
        "body": (
            "Provider,Day,Start,End,Slot type,Slot length\n"
            "Dr. {provider_last},Mon,08:00,12:00,NEW PT,40\n"
            "Dr. {provider_last},Mon,13:00,17:00,RETURN,20\n"
            "{name} NP,Tue,08:00,16:30,SAME DAY,15\n"
            "Exported from the scheduling build environment.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "On-call schedule, week of {date}",
        "body": (
            "| Day | Cardiology | Hospitalist nights | IT on call |\n"
            "|---|---|---|---|\n"
            "| Mon | Dr. {provider_last} | {name} | {name2} |\n"
            "| Tue | Dr. {provider_last} | {name3} | {name2} |\n"
            "Swaps must be entered in the scheduling system by Friday noon.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chat transcript - parking question",
        "body": (
            "[{time}] Assistant: Hi! How can I help today?\n"
            "[{time}] Visitor: where do visitors park for the main hospital\n"
            "[{time}] Assistant: Visitor parking is in Garage B off Elm Street. The first "
            "30 minutes are free, then $2 per hour.\n"
            "[{time}] Visitor: ok thanks\n"
            "Session ended by visitor. No account linked.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contact center daily stats",
        "body": (
            "QUEUE          OFFERED  ANSWERED  ABANDON%  ASA\n"
            "Scheduling     4812     4513      6.2       2:41\n"
            "Nurse line     901      874       3.0       1:12\n"
            "Pharmacy       1377     1290      6.3       3:05\n"
            "IVR self-service completions: 2,204\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Device recall: infusion pump battery packs",
        "body": (
            "The manufacturer has issued a Class II recall of battery packs, model BP-220, "
            "lots {lot} and L448120, serial numbers 22A0100 to 22A3999. Biomed has "
            "identified 14 affected pumps. Replacement packs ship under {tracking}. "
            "Contact: {name}, biomedical engineering.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Diabetes quality measure - Q3",
        "body": (
            "HbA1c poor control (> 9.0%): 18.2% (numerator 412 / denominator 2,263)\n"
            "Eye exam completed: 61.4%\n"
            "Kidney health evaluation: 48.9%\n"
            "Statin therapy: 77.0%\n"
            "All figures are clinic-level aggregates. Next refresh {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccine inventory reconciliation",
        "body": (
            "vaccine,lot,expiration,doses_on_hand,location\n"
            "Influenza 2026-27,{lot},06/30/2027,140,Fridge 1\n"
            "Tdap,U7731AA,03/31/2027,22,Fridge 1\n"
            "Shingrix,9H4T2,11/30/2027,18,Fridge 2\n"
            "Counted by {name} and {name2} on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TEMP ALERT: Vaccine fridge 2",
        "body": (
            "Sensor: FRIDGE-02 (probe ID {code})\n"
            "Reading: 9.1 C (limit 2.0-8.0 C)\n"
            "Duration out of range: 37 min\n"
            "Acknowledged by: {name} at {time}\n"
            "Do not use contents until stability is confirmed with the manufacturer.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff badges with low battery",
        "body": (
            "BADGE   ASSIGNED TO         UNIT   BATTERY\n"
            "{ext}     {name}      5N     8%\n"
            "{ext}     {name2}      ICU    11%\n"
            "Please swap batteries at the unit clerk desk.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ERA received: {company}",
        "body": (
            "835 REMITTANCE SUMMARY\n"
            "Payer: {company}\n"
            "EFT trace: {ref}\n"
            "Claims: 87   Paid: {amount}   Adjustments: {amount2}\n"
            "Posted automatically by the billing system on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Build {build} passed: ehr-integration",
        "body": (
            "Pipeline: ehr-integration/main\n"
            "Build: {build}\n"
            "Commit: 9f2c1ab (merge of {ticket})\n"
            "Tests: 1,204 passed, 0 failed, 12 skipped\n"
            "Artifact: ehr-integration-{version}.tar.gz\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Security alert: repeated failed logins",
        "body": (
            "Account: svc_hl7_reader\n"
            "Source IP: {ip}\n"
            "Failed attempts: 214 in 10 minutes\n"
            "Target: {host24}\n"
            "Action: source blocked for 24 h, incident {ticket} opened.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Room booking confirmed: Conference Room 3B",
        "body": (
            "Booked by: {name}\n"
            "Event: Stroke team case review (de-identified cases)\n"
            "When: {date}, 12:00-13:00\n"
            "Setup: U-shape, projector, 14 chairs\n"
            "Booking reference: {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff influenza vaccination by department",
        "body": (
            "| Department | Staff | Vaccinated | Declined | Rate |\n"
            "|---|---|---|---|---|\n"
            "| Emergency | 212 | 201 | 6 | 94.8% |\n"
            "| Radiology | 98 | 85 | 9 | 86.7% |\n"
            "| Environmental services | 140 | 111 | 20 | 79.3% |\n"
            "Employee Health will visit low-rate departments next week.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wholesaler shortage feed",
        "body": (
            '[{{"ndc": "{ndc}", "product": "amoxicillin 400 mg/5 mL susp", '
            '"status": "backorder", "eta": "{date}"}},\n'
            ' {{"ndc": "00409-4888-10", "product": "sodium bicarbonate 8.4% inj", '
            '"status": "allocation"}}]\n'
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary diff {version}",
        "body": (
            "+ ADDED   semaglutide 1 mg pen (tier 2, PA required)\n"
            "+ ADDED   apixaban 2.5 mg tab (tier 2)\n"
            "- REMOVED brand atorvastatin 80 mg (generic available)\n"
            "~ CHANGED albuterol HFA: quantity limit 2 inhalers/30 days\n"
            "Generated from the P&T decisions of {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TEST FAX - please disregard",
        "body": (
            "THIS IS A TEST TRANSMISSION FROM {host24}\n"
            "Line: 2   Resolution: fine   Pages: 1\n"
            "Sent by {name} to check the new fax route. No action needed.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "User group newsletter: winter edition",
        "body": (
            "In this issue:\n"
            "* Ten tips for faster inpatient medication reconciliation\n"
            "* How one clinic cut no-shows with two-way text reminders\n"
            "* Building a heart failure registry dashboard\n"
            "* Upgrade checklist for version {version}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New online donation",
        "body": (
            "Donor: {name}\n"
            "Email: {email}\n"
            "Amount: {amount}\n"
            "Designation: NICU nurses' education fund\n"
            "Dedication: in honor of the night shift\n"
            "Transaction: {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteer application submitted",
        "body": (
            "Name: {name}\n"
            "Email: {email}\n"
            "Phone: {phone}\n"
            "Availability: Saturday mornings\n"
            "Interests: gift shop, information desk\n"
            "Languages: English, Tagalog\n"
            "How did you hear about us: church bulletin\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Access report: new patient wait times",
        "body": (
            "SPECIALTY       WAITLIST  MEDIAN WAIT (DAYS)  3RD NEXT AVAILABLE\n"
            "Dermatology     1240      41                  38\n"
            "Neurology       612       55                  49\n"
            "Endocrinology   388       29                  22\n"
            "Generated {date} from the scheduling data mart.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Slot utilization by clinic",
        "body": (
            "| Clinic | Slots | Booked | No-show rate | Same-day fill |\n"
            "|---|---|---|---|---|\n"
            "| Family Medicine North | 1,820 | 1,702 | 9.1% | 62% |\n"
            "| Pediatrics | 1,140 | 1,077 | 6.4% | 71% |\n"
            "| Cardiology | 760 | 741 | 4.9% | 35% |\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ACK sample from the reference lab",
        "body": (
            "The reference lab sends these application ACKs; we need MSA-1 = AA to clear the "
            "queue:\n\n"
            "MSH|^~\\&|REFLAB|REFLAB01|EHR|MAIN|20261123091700||ACK^R01|{code}|P|2.5.1\n"
            "MSA|AA|{code}\n\n"
            "{name}, Integration\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "999 acknowledgement: accepted",
        "body": (
            "ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*SUBMITTER01    *261123*0915"
            "*^*00501*{code}*0*P*:~\n"
            "AK1*HC*{ext}*005010X222A1~\n"
            "AK9*A*1*1*1~\n"
            "Functional group accepted. Batch {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier manifest {ref}",
        "body": (
            "MANIFEST {ref}\n"
            "Route: satellite clinics -> core lab\n"
            "Coolers: 3   Specimens: 42 (ambient 30, refrigerated 9, frozen 3)\n"
            "Picked up: {time} by {name}\n"
            "Temperature log: in range\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient experience scores - October",
        "body": (
            "Likelihood to recommend (top box): 78.4% (n = 1,912)\n"
            "Nurse communication: 81.0%\n"
            "Wait time at check-in: 64.2%\n"
            "Comments are de-identified by the survey vendor before delivery.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient portal maintenance this Sunday",
        "body": (
            "Dear patients,\n"
            "The patient portal will be unavailable on Sunday from 1:00 to 5:00 am for a "
            "scheduled upgrade. Messaging, bill pay and appointment requests will resume "
            "after that. For urgent needs call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment processor decline: procurement card",
        "body": (
            "Merchant: {company}\n"
            "Card number entered: 4539 1488 0343 6468\n"
            "Response: 14 INVALID CARD NUMBER (check digit)\n"
            "Order: {order}\n"
            "Purchaser: {name}, materials management\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payroll interface test file",
        "body": (
            "Validation of the test file for the new payroll vendor:\n"
            "REC|EMPLOYEE|SSN|STATUS\n"
            "001|TEST EMPLOYEE ONE|900-12-3456|OK\n"
            "002|TEST EMPLOYEE TWO|666-45-0012|REJECT: invalid area\n"
            "Both records are dummy test data. Contact {name}, HRIS.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order {order} shipped",
        "body": (
            "Order: {order}\n"
            "Items: 12x pulse oximeter fingertip (adult), 4x BP cuff large adult\n"
            "Tracking: {tracking}\n"
            "Invoice: {invoice}\n"
            "Ship to: {clinic}, attn {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

# Left out as genuinely ambiguous (not written into either list):
# - an HL7 "test" message whose test patient had a realistic name and numeric MRN (it could be
#   a real record pasted by mistake);
# - a volunteer application that reported the applicant's own TB skin test result (health
#   information about a person who is not a patient of the sender);
# - a web contact form from a relative asking visiting hours for a named, admitted family
#   member with no stated condition (whether an admission alone is health information).

"""Held-out split "fresh15": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, bench/accuracy/vocab/ or README.md (the detector's code,
dictionaries and documentation), did not read the other blind splits fresh8.py ... fresh14.py,
and did not run the detector, the benchmark or any test. Only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read, for the placeholder names and
the data format, and so as not to repeat their templates or vocabulary. It is meant to be run
once, as an honest, untuned measurement: do not tune the detector on these templates.

Its angle is machine-made and semi-structured healthcare mail and the people who work with it:
EHR and portal notifications, interface error reports quoting HL7 v2 segments, X12 fragments,
fax-to-email OCR text, reminder-system exports, CSV and pipe-separated extracts (with and
without header rows), referral and prior-authorization queues, ADT alerts, care-gap lists,
e-prescribing renew/cancel traffic, deeply quoted threads, and analysts discussing one
patient's record. The negatives are the same kind of mail without a real patient: monitoring
alerts, clearly marked test and QC records, de-identified aggregates, release and downtime
notices, field mappings, vendor tickets, job logs and staff lists.

The vocabulary below ({dx15} {rx15} {proc15} {test15} {sym15} {unit15}, FRESH15_VOCAB) was
written from general knowledge of how EHRs, interfaces, clinicians and billing staff write.
Other placeholders come from generate.fill() and generate.fresh_fill(); the detector-derived
{condition} {med} {med2} {procedure} {lab} are not used.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check; the
test-patient SSN 999-99-9999 is not a valid SSN.
"""

from __future__ import annotations

FRESH15_VOCAB: dict[str, list[str]] = {
    "dx15": [
        "myasthenia gravis",
        "sarcoidosis",
        "polymyalgia rheumatica",
        "giant cell arteritis",
        "ankylosing spondylitis",
        "interstitial cystitis",
        "chronic pancreatitis",
        "primary biliary cholangitis",
        "nephrotic syndrome",
        "polycystic kidney disease",
        "severe aortic stenosis",
        "hypertrophic cardiomyopathy",
        "peripheral artery disease",
        "abdominal aortic aneurysm",
        "pulmonary hypertension",
        "bronchiectasis",
        "latent TB infection",
        "osteomyelitis of the right foot",
        "diabetic foot ulcer",
        "hepatic encephalopathy",
        "schizoaffective disorder",
        "opioid dependence, in remission",
        "alcoholic cirrhosis",
        "Hodgkin lymphoma",
        "glioblastoma",
        "renal cell carcinoma",
        "bladder cancer",
        "squamous cell carcinoma of the scalp",
        "acute myeloid leukemia",
        "hyperemesis gravidarum",
        "preterm labor",
        "failure to thrive",
        "Kawasaki disease",
        "hyponatremia",
        "SIADH",
        "adrenal insufficiency",
        "Cushing's syndrome",
        "primary hyperparathyroidism",
        "essential thrombocythemia",
    ],
    "rx15": [
        "empagliflozin 25 mg tab",
        "canagliflozin 100 mg tab",
        "sitagliptin-metformin 50-1000 mg tab",
        "insulin lispro 100 unit/mL pen",
        "insulin aspart 100 unit/mL vial",
        "liraglutide 1.8 mg pen",
        "simvastatin 20 mg tab",
        "bisoprolol 5 mg tab",
        "valsartan 160 mg tab",
        "olmesartan 20 mg tab",
        "chlorthalidone 25 mg tab",
        "torsemide 20 mg tab",
        "amiodarone 200 mg tab",
        "sotalol 80 mg tab",
        "lacosamide 100 mg tab",
        "topiramate 50 mg tab",
        "oxcarbazepine 300 mg tab",
        "olanzapine 10 mg tab",
        "risperidone 1 mg tab",
        "paliperidone palmitate 234 mg inj",
        "clozapine 100 mg tab",
        "citalopram 20 mg tab",
        "hydroxyzine pamoate 25 mg cap",
        "lorazepam 1 mg tab",
        "prazosin 2 mg cap",
        "methylphenidate ER 27 mg tab",
        "tizanidine 4 mg tab",
        "hydromorphone 2 mg tab",
        "ustekinumab 90 mg/mL syringe",
        "secukinumab 150 mg/mL pen",
        "leflunomide 20 mg tab",
        "mesalamine 1.2 g DR tab",
        "finasteride 5 mg tab",
        "mirabegron 25 mg tab",
        "denosumab 60 mg/mL syringe",
        "methimazole 10 mg tab",
        "tacrolimus 1 mg cap",
        "mycophenolate 500 mg tab",
        "emtricitabine-tenofovir 200-300 mg tab",
        "dolutegravir 50 mg tab",
        "sofosbuvir-velpatasvir 400-100 mg tab",
        "enoxaparin 40 mg/0.4 mL syringe",
        "lactulose 10 g/15 mL solution",
        "letrozole 2.5 mg tab",
        "imatinib 400 mg tab",
    ],
    "proc15": [
        "transcatheter mitral valve repair",
        "left atrial appendage closure",
        "PCI to the LAD",
        "AICD implantation",
        "pulmonary vein isolation",
        "TEE",
        "carotid stenting",
        "fem-pop bypass",
        "transmetatarsal amputation",
        "I&D of a perianal abscess",
        "IM nailing of the femur",
        "ACDF C5-C6",
        "medial branch block",
        "spinal cord stimulator trial",
        "VP shunt revision",
        "craniotomy for tumor resection",
        "parathyroidectomy",
        "partial nephrectomy",
        "ureteroscopy with stent",
        "percutaneous nephrostomy",
        "TURBT",
        "MRI-fusion prostate biopsy",
        "myomectomy",
        "cervical cerclage",
        "induction of labor",
        "egg retrieval",
        "adenoidectomy",
        "FESS",
        "cochlear implant",
        "vitrectomy",
        "pyloromyotomy",
        "colectomy with ostomy",
        "TIPS",
        "esophageal dilation",
        "EBUS bronchoscopy",
        "VATS wedge resection",
        "PEG tube placement",
        "plasmapheresis",
        "iron infusion",
    ],
    "test15": [
        "NT-proBNP",
        "high-sensitivity troponin",
        "procalcitonin",
        "ammonia level",
        "anti-CCP antibody",
        "HLA-B27",
        "ANCA panel",
        "complement C3/C4",
        "serum protein electrophoresis",
        "free light chains",
        "CA-125",
        "CEA",
        "AFP",
        "AM cortisol",
        "ACTH stimulation test",
        "intact PTH",
        "ionized calcium",
        "serum osmolality",
        "urine protein/creatinine ratio",
        "cystatin C",
        "hepatitis B surface antigen",
        "HCV RNA quant",
        "HIV-1 viral load",
        "CD4 count",
        "RPR",
        "T-SPOT.TB",
        "tacrolimus trough",
        "vancomycin trough",
        "carbamazepine level",
        "clozapine level",
        "anti-Xa level",
        "fibrinogen",
        "haptoglobin",
        "reticulocyte count",
        "JAK2 V617F",
        "BCR-ABL PCR",
        "cell-free DNA prenatal screen",
        "3-hour glucose tolerance test",
        "GBS culture",
        "sweat chloride",
    ],
    "sym15": [
        "left-sided weakness",
        "a fever of 102 after chemo",
        "yellowing of the eyes",
        "vomiting blood",
        "new confusion",
        "a foot wound that smells",
        "calf pain and redness",
        "sudden vision loss in one eye",
        "the worst headache of her life",
        "a seizure at home",
        "decreased fetal movement",
        "bleeding at 30 weeks",
        "flank pain and painful urination",
        "not urinating since yesterday",
        "rectal bleeding",
        "severe constipation on opioids",
        "suicidal thoughts",
        "oxygen saturation of 86%",
        "a fall with head strike",
        "tremor and sweating",
        "chest pain radiating to the jaw",
        "an irregular heartbeat on the watch",
        "a weight gain of 6 lb in 3 days",
        "tongue swelling",
        "dark urine",
        "pus at the incision",
        "bleeding from the PICC site",
        "hallucinations",
        "poor feeding and lethargy",
        "choking on thin liquids",
        "mouth sores",
    ],
    "unit15": [
        "3W",
        "5 East",
        "MICU",
        "SICU",
        "CVICU",
        "L&D",
        "Mother-Baby",
        "NICU",
        "PICU",
        "4 North Med-Surg",
        "6 Tele",
        "Ortho 7",
        "Oncology 8",
        "Rehab 2",
        "Psych 3 South",
        "ED Obs",
        "CDU",
        "Short Stay",
        "PACU",
        "Burn Unit",
        "Neuro ICU",
        "Step-Down 5",
        "Peds 4",
        "Geri Psych",
        "Detox 1",
        "Hospice Suite",
    ],
}


FRESH15_PHI: list[dict] = [
    {
        "subject": "[{ticket}] ORU^R01 rejected by EHR inbound - provider not on file",
        "body": (
            "Interface: LAB_RESULTS_IN\n"
            "Error: OBR-16 ordering provider NPI {npi} not found in provider master; "
            "message held.\n"
            "Message control ID: {uuid}\n"
            "Received: {date} {time}\n\n"
            "Raw message (as logged):\n"
            "MSH|^~\\&|LIS|CORELAB|EHR|MAIN|20261122083012||ORU^R01|{code}|P|2.5.1\n"
            "PID|1||{mrn}^^^MRN^MR||{last}^{first}^^^^^L||{dob}|F|||{address}^^^^^^H||{phone}\n"
            "PV1|1|O|{unit15}\n"
            "OBR|1|{order}|{code}|{test15}|||{date}\n"
            "OBX|1|NM|{test15}||see report||||||F\n"
            "DG1|1|I10|{icd}^{dx15}^I10\n\n"
            "Can someone add the provider or re-point the result? It has been sitting in the "
            "error queue since this morning.\n"
            "{name2}, Integration Analyst\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "ADT A03: {last}^{first} discharged {unit15}",
        "body": (
            "** Encounter notification **\n"
            "Event: A03 (discharge)\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "MRN: {mrn}\n"
            "Facility: {clinic}\n"
            "Unit: {unit15}\n"
            "Discharged: {date} {time}\n"
            "Disposition: home with home health\n"
            "Principal diagnosis: {dx15}\n"
            "Attributed PCP: {provider}\n\n"
            "A transitional care call is due within 2 business days. Reply STOP to "
            "unsubscribe from encounter notifications for this panel.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Rx renewal request - {name} - {rx15}",
        "body": (
            "RxRenewalRequest received {date} {time}\n"
            "Pharmacy: {company} Pharmacy #{ext}   Ph {phone}\n"
            "Patient: {last}, {first_only}   DOB: {dob}\n"
            "Address: {address}\n"
            "Medication dispensed: {rx15}\n"
            "Sig: take 1 by mouth daily\n"
            "Qty: 90   Days supply: 90   Refills requested: 3\n"
            "Last fill: {date2}\n"
            "Prescriber: {provider}, NPI {npi}\n\n"
            "Respond in the renewal queue: Approve / Deny / Deny, new Rx to follow. Requests "
            "older than 72 hours are auto-denied.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CancelRx response: DENIED",
        "body": (
            "Your CancelRx for the following prescription was denied by the pharmacy.\n\n"
            "Patient: {name} (DOB {dob})\n"
            "Medication: {rx15}\n"
            "Written: {date2}\n"
            "Pharmacy: {company} Pharmacy, {address}\n"
            "Reason: already picked up by patient on {date}\n\n"
            "If the medication was stopped for a safety reason (allergy, interaction), contact "
            "the patient directly at {phone} and document the call.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fax received from {phone} (4 pages)",
        "body": (
            "You have received a 4 page fax at {time}. Text extracted by OCR is shown below; "
            "the original TIFF is attached.\n\n"
            "----- page 1 -----\n"
            "FAX C0VER SHEET\n"
            "T0: Dr. {provider_last}            FAX:\n"
            "FR0M: {company} Imaging\n"
            "RE: {upper_name}     D.O.B. {dob}\n"
            "Pages (incl. cover): 4\n"
            "[x] Urgent   [ ] For review   [ ] Please reply\n"
            "Comments: {test15} resulted, findings suggest {dx15}. Radiologist recommends a "
            "consult for {proc15}. Please call pt.\n"
            "CONFIDENTIALITY: This facsimile contains privileged information intended only "
            "for the addressee. If received in error, notify the sender and destroy it.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder call results {date} - failed contacts",
        "body": (
            "Pasting the failures from today's export since the CSV attachment keeps getting "
            "stripped:\n\n"
            "appt_date,appt_time,patient,dob,phone,provider,visit_reason,call_result\n"
            '{date},{time},"{last}, {first_only}","{dob}",{phone},{provider_last},'
            "{proc15} pre-op,NO ANSWER\n"
            '{date2},{time},"{intl_name}",,{phone},{provider_last},{dx15} follow-up,'
            "MAILBOX FULL\n\n"
            "Can the front desk try these by hand before noon?\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "outreach list for tomorrow",
        "body": (
            "no header row, sorry. columns are MRN|name|DOB|payer|dx code|dx|last seen\n\n"
            "{mrn}|{upper_name}|{dob}|{company}|{icd}|{dx15}|{date}\n"
            "{mrn2}|{intl_name}||{company}||{dx15}|{date2}\n\n"
            "neither has been in for over a year. call scripts are on the shared drive.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Referral queue: 3 items waiting more than 5 days",
        "body": (
            "REFERRAL MANAGEMENT - DAILY DIGEST ({date})\n"
            "Work queue: {specialty} - external\n\n"
            "Ref #     Patient                DOB          Reason               Status"
            "               Age\n"
            "R{code}   {last}, {first_only}   {dob}   {dx15}   Awaiting records     6d\n"
            "R{claim}   {intl_name}   --   {proc15} eval   Auth pending   9d\n"
            "R{ext}0   {name2}   --   {sym15}   Unable to reach pt   12d\n\n"
            "Open the queue: https://referrals.example/queue/{uuid}\n"
            "You are receiving this because you are a member of the {specialty} referral pool.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PA status changed: {name} - {proc15} - PENDED",
        "body": (
            "Prior authorization update\n\n"
            "Case number: {ref}\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "DOB: {dob}\n"
            "Requested service: {proc15}\n"
            "Diagnosis: {icd} - {dx15}\n"
            "Servicing provider: {clinic}\n"
            "New status: PENDED - additional clinical information required\n"
            "Requested: last two office notes and the {test15} result\n"
            "Respond by: {date2}\n\n"
            "Log in to the provider portal to upload documents. Do not reply to this email.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Care gap report - Dr. {provider_last} panel - Controlling BP",
        "body": (
            "Measure: Controlling High Blood Pressure (CBP)\n"
            "Open gaps attributed to Dr. {provider}: 3\n\n"
            "1. {name} | DOB {dob} | last BP 164/96 ({date}) | next appt: none scheduled\n"
            "2. {intl_name} | last BP 148/92 ({date2}) | on {rx15} | next appt: none\n"
            "3. {name2} | no BP recorded this year | comorbid {dx15}\n\n"
            "Closing these before Dec 31 moves the clinic above the 70th percentile. Outreach "
            "scripts attached.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Fw: Re: wrong pharmacy on file",
        "body": (
            "Fixed in registration, and I resent the script. Closing this out.\n\n"
            "> On {date}, {provider_first} wrote:\n"
            "> Looping in IT. The default pharmacy keeps flipping back after she updates it in "
            "the portal.\n"
            ">\n"
            "> > On {date2}, Pharmacy Liaison wrote:\n"
            "> > {company} Pharmacy says they never got the {rx15}. Can you check which "
            "pharmacy is on file?\n"
            "> >\n"
            "> > > > From the nurse line:\n"
            "> > > > {first} {last}, DOB {dob}, called; her {rx15} for {dx15} went to a "
            "pharmacy\n"
            "> > > > she stopped using last year. She is out as of today. Callback {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A40 merge went to the wrong chart - MRN {mrn}",
        "body": (
            "{provider_first} / HIM,\n\n"
            "Last night's A40 from registration merged MRN {mrn2} into MRN {mrn}, but they are "
            "two different people: {name} (DOB {dob}) and {intl_name}. The surviving chart now "
            "shows the {proc15} and the {test15} that belong to the other patient, and the "
            "problem list picked up {dx15}.\n\n"
            "I've blocked the chart from portal release. To undo it we need an A37 unlink from "
            "the MPI vendor; opened ticket {ticket}. Please don't document in MRN {mrn} until "
            "this is fixed.\n\n"
            "{name2}\nClinical Applications\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "New After Visit Summary available",
        "body": (
            "This message was sent to the proxy on file for {name}.\n\n"
            "Visit: {date} with {provider}, {clinic}\n"
            "Diagnoses addressed: {dx15}\n"
            "New medication: {rx15}\n"
            "Orders: {test15} (due before the next visit)\n\n"
            "Sign in to the patient portal to read the full summary. Please do not reply to "
            "this message; it is not monitored.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CRITICAL {test15}: {last}, {first_only} - {unit15}",
        "body": (
            "Auto-notification from the laboratory information system\n"
            "MRN: {mrn}\n"
            "Collected: {date} {time}\n"
            "Flag: HH (critical high)\n"
            "Ordering: {provider}\n"
            "Acknowledge in the results inbox within 30 minutes or the lab will call the unit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ED arrival alert - high-risk member",
        "body": (
            "Real-time alert ({time})\n"
            "Member: {name}\n"
            "DOB: {dob}\n"
            "Member ID: {member}\n"
            "Location: {clinic} emergency department (A04 registration)\n"
            "Chief complaint: {sym15}\n"
            "Enrolled programs: {dx15} care management\n"
            "ED visits in last 90 days: 4\n"
            "Assigned care manager: {provider_first}\n\n"
            "Please attempt contact within 24 hours of discharge.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "271 response needs manual review",
        "body": (
            "The clearinghouse flagged this eligibility response (TRN {ref}) for manual review: "
            "the subscriber name on the 271 does not match registration.\n\n"
            "NM1*IL*1*{last}*{first}****MI*{mbi}~\n"
            "DMG*D8*{dob}~\n"
            "EB*1*IND*30*MB*Medicare Part B~\n"
            "DTP*291*D8*{date}~\n\n"
            "Registration has the patient scheduled for {proc15} on {date2}. Can someone call "
            "and confirm the name on the Medicare card?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Autopay declines - {date}",
        "body": (
            "Nightly autopay run: 2 declines.\n\n"
            "guarantor | account | card | amount | decline | note\n"
            "{name} | {account} | {card} | {amount} | 05 do not honor | balance from {proc15}\n"
            "{name2} | -- | (card expired) | {amount2} | 54 expired card | payment plan\n\n"
            "Statements go out on the normal cycle unless we reach them first.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MPI conflict on inbound ADT, needs HIM review",
        "body": (
            "The L&D feed sent an A04 with PID-19 (SSN) {ssn} for {name}, DOB {dob}, but the "
            "enterprise MPI already has that SSN on a different person. Registration "
            "auto-linked anyway, so her prenatal {test15} from the clinic now sits on a chart "
            "that also carries the other patient's {dx15}.\n\n"
            "We need HIM to decide which identity is right before the baby is registered. "
            "Interface ticket {ticket}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Referral {code} for {last}, {first_only} ({dx15}) rejected - missing records",
        "body": (
            "Automatic notice from the referral portal: the receiving {specialty} office "
            "rejected this referral. Reason: no recent notes or imaging attached. Resubmit "
            "with the last two visit notes within 14 days or the referral will close.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn}: duplicate {test15} orders from the order set",
        "body": (
            "Hi team,\n\n"
            "The {dx15} admission order set fired twice for this patient at {time}, so there "
            "are two {test15} orders (#{order} and #{claim}) and the lab drew her twice. Looks "
            "like the same double-click issue we saw after the {version} upgrade. Can we cancel "
            "the second one and credit the charge?\n\n"
            "Thanks,\n{name2}, RN informaticist\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "48-hour post-discharge call list",
        "body": (
            "Please call each patient below and document in the TCM template.\n\n"
            "Discharged {date}\n"
            "- {name}, {phone} - {unit15}, dx {dx15}, new med {rx15}\n"
            "- {intl_name}, {phone} - {unit15}, s/p {proc15}\n"
            "- {name2}, no phone on file - {unit15}, {sym15} on admission\n\n"
            "Thanks, {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "eFax: {name} - transfer packet for {unit15}",
        "body": (
            "Fax server: 7 pages received from {phone} at {time}.\n\n"
            "OCR preview (page 1):\n"
            "INTERFACILITY TRANSFER FORM\n"
            "Sending facility: {company} Skilled Nursing\n"
            "Resident: {upper_name}      DOB {dob}\n"
            "Diagnoses: {dx15}; s/p {proc15}\n"
            "Code status: DNR/DNI        Allergies: sulfa, latex\n"
            "Reason for transfer: {sym15}\n"
            "Report called to: ______________\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Portal webhook rejected a payload (schema validation)",
        "body": (
            "The patient-portal webhook has rejected one payload since {time}: field "
            "'encounterId' is missing. Payload as logged:\n\n"
            '{{"event": "message.created", "patient": {{"name": "{name}", '
            '"birthDate": "{dob}", "mrn": "{mrn}"}}, "topic": "{dx15}", '
            '"body": "My {sym15} is worse since I started the {rx15}"}}\n\n'
            "Can the portal team make 'encounterId' optional for patient-initiated messages? "
            "Retry count: 3.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A08 failing on PV1-3 after the bed move",
        "body": (
            "Channel ADT_OUT errors on this one every retry. PV1-3 has the new unit but the bed "
            "doesn't exist in the downstream system.\n\n"
            "PID|1||{mrn}^^^HOSP^MR||{last}^{first_only}^^^^^L||{dob}|M||||||{phone}\n"
            "PV1|1|I|{unit15}^^BED 14|||||||{provider_last}^{provider_first}\n"
            "DG1|1||^{dx15}|||A\n"
            "AL1|1|DA|^penicillin|SV|hives\n\n"
            "Can nursing confirm the real bed so we can fix the segment and resend?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Depression screening follow-up gaps",
        "body": (
            "Positive PHQ-9 without documented follow-up within 30 days:\n\n"
            "Patient            DOB          PHQ-9   Screened     Clinician\n"
            "{name}   {dob}   19      {date}   {provider}\n"
            "{intl_name}   --           15      {date2}   {provider}\n\n"
            "Item 9 was positive for the first patient. Please review today.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Renewal denied? {first} {last} - {rx15}",
        "body": (
            "Pharmacy is asking again. I denied it because we stopped it after the {test15} "
            "last month ({dx15}), but the pharmacy says they never got a CancelRx. Can someone "
            "send one so they stop auto-requesting?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} {dob} - {dx15} - sched {proc15}",
        "body": "Booked. Put in the surgical queue, H&P to follow.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SMS reminder delivery failures (3)",
        "body": (
            "Delivery report for the {date} 6 pm reminder batch. Failed sends are below with "
            "the text that was attempted, so you can call instead.\n\n"
            '[{time}] FAILED 30007 to {phone}: "Hi {first}, reminder: your {proc15} is on '
            '{date2}. Start the clear-liquid diet the day before. Reply C to confirm."\n'
            '[{time}] FAILED 21610 (opted out) to {phone}: "{intl_name}, your {test15} draw at '
            '{clinic} is tomorrow. Fasting required."\n'
            "[{time}] FAILED 30003 unreachable handset (no message body logged)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "837P rejected at clearinghouse: loop 2300 HI segment",
        "body": (
            "Batch {code} rejected 1 claim. Clearinghouse message: 'HI01-2 diagnosis code "
            "invalid for date of service.'\n\n"
            "CLM*{claim}*{amount}***11:B:1*Y*A*Y*Y~\n"
            "HI*ABK:{icd}~\n"
            "NM1*QC*1*{last}*{first}~\n"
            "DMG*D8*{dob}*F~\n"
            "SV1*HC:99214*{amount}*UN*1***1~\n\n"
            "The code looks fine to me, maybe it's the dot? Coding, can you look before we "
            "rebill?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "RE: FW: RE: {name} readmitted to {unit15} - 30-day readmit review",
        "body": (
            "Adding to Thursday's readmission huddle.\n\n"
            "> Agree, it looks preventable. The discharge med rec dropped the {rx15}.\n"
            ">\n"
            "> > UR here: index stay {date2} for {dx15}, readmit {date} with {sym15}.\n"
            "> > Bounced back in 11 days.\n"
            "> >\n"
            "> > > > Can someone from case management review? MRN {mrn}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Daily ADT digest - your panel (2 admits, 1 discharge)",
        "body": (
            "Encounter notifications for {clinic}, {date}\n\n"
            "ADMIT      {name}   DOB {dob}   {company} Hospital, {unit15}   Reason: {sym15}\n"
            "ADMIT      {intl_name}   --   {company} Hospital, ED obs   Reason: {dx15}\n"
            "DISCHARGE  {name2}   --   home, s/p {proc15}\n\n"
            "Manage notification settings in the HIE portal.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pasting the Teams thread for the record",
        "body": (
            "[9:02 AM] {provider_first}: {name} (DOB {dob}) says the {test15} from {date} "
            "isn't in her portal. I can see it in chart review\n"
            "[9:04 AM] {name2}: it's held. the result has a {dx15} comment, so it hit the "
            "sensitive-result release rule\n"
            "[9:05 AM] {provider_first}: she wants it released. can you override?\n"
            "[9:07 AM] {name2}: only the ordering provider can. I'll route it to Dr. "
            "{provider_last} with her request attached\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH15_NEG: list[dict] = [
    {
        "subject": "[{ticket}] WARN: RESULTS_OUT queue depth {count}",
        "body": (
            "Monitor: hl7-engine-prod-02\n"
            "Channel: RESULTS_OUT (ORU^R01)\n"
            "Queue depth: {count} (threshold 500)\n"
            "Oldest message: MSH-10 {uuid}, queued {time}\n"
            "Last ACK: AA at {time}\n"
            "Throughput (5 min): 0 msg/s\n\n"
            "Auto-escalates to on-call in 15 minutes if not acknowledged.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TST validation: ADT/ORU round trip passed",
        "body": (
            "Validation run {code} in the TST environment passed all 14 checks. Test records "
            "only, no production data:\n\n"
            "MSH|^~\\&|EHR|TST|LIS|TST|20261122101500||ADT^A04|TST{code}|T|2.5.1\n"
            "PID|1||TST9000012^^^TST^MR||TEST^PATIENT^ALPHA||19000101|U|||"
            "1 TEST ST^^TESTVILLE^ZZ^00000||555-555-0100|||||||999-99-9999\n"
            "DG1|1|I10|Z00.00^Encounter for general adult medical examination^I10\n\n"
            "Processing ID is T and the MRN prefix is TST, so nothing crossed to PRD. Signed "
            "off by {name} (ext {ext}).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Readmissions dashboard refresh - {date}",
        "body": (
            "De-identified, aggregate figures only; cells under 11 are suppressed.\n\n"
            "unit,discharges,readmits_30d,rate\n"
            "{unit15},212,27,12.7%\n"
            "All medical units,1904,241,12.7%\n\n"
            "Top readmission diagnosis: {dx15} (n=38)\n"
            "Top index procedure: {proc15} (n<11, suppressed)\n\n"
            "Refreshed by the analytics pipeline (job {build}). Questions to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR {version} release notes (build {build})",
        "body": (
            "Highlights for this weekend's upgrade:\n"
            "- Results: {test15} now files to the flowsheet as a discrete value instead of a "
            "text note.\n"
            "- Orders: the {proc15} order now asks for laterality.\n"
            "- Interfaces: DG1 segments with more than 12 diagnoses are no longer truncated "
            "(defect {ticket}).\n"
            "- Portal: proxy access requests route to HIM instead of the clinic pool.\n"
            "- Prescribing: the {rx15} default sig now matches the formulary.\n\n"
            "Full notes on the intranet. Tip sheets by {name}, clinical informatics.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Planned EHR downtime {date} 01:00-05:00",
        "body": (
            "The EHR, patient portal and e-prescribing will be unavailable on {date} from 01:00 "
            "to 05:00 for the {version} upgrade.\n\n"
            "During downtime:\n"
            "* Use the downtime PCs on each unit for the read-only patient summaries printed "
            "at 00:45.\n"
            "* Paper order and MAR forms are in the red binders.\n"
            "* Lab results will print to the unit printers; do not re-enter them after "
            "recovery, the interface will backload them.\n"
            "* Call the command center at {phone} with problems.\n\n"
            "IT Change Management (CR {ref})\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field mapping for the HIE feed: PID-3 vs PID-2",
        "body": (
            "{first},\n\n"
            "For the new HIE feed the spec wants the enterprise ID in PID-3 with assigning "
            "authority HOSP. Our build still populates PID-2, which has been deprecated since "
            "2.3.1. Proposed mapping:\n\n"
            "source_field        target      notes\n"
            "PAT.MRN             PID-3.1     type code MR\n"
            "PAT.ENTERPRISE_ID   PID-3.1     second repetition, type code PI\n"
            "PAT.BIRTH_DATE      PID-7       YYYYMMDD, no time\n"
            "PAT.SSN             (not sent)  the HIE does not want it\n"
            "ENC.DX_LIST         DG1-3       ICD-10-CM, max 25 repetitions\n\n"
            "{name2} is checking whether the HIE accepts PID-3 repetitions. Can we review at "
            "Thursday's interface meeting?\n\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case {ref}: MLLP listener drops connections after ~{count} messages",
        "body": (
            "Product: Integration Engine {version} (build {build})\n"
            "Severity: 2\n"
            "Environment: production, RHEL 8, JVM 17\n\n"
            "Description: the inbound listener on port 6661 closes the socket after roughly "
            "{count} messages and the sender gets no ACK for the last one. Sender host {ip}. "
            "Started after applying build {build}.\n\n"
            "Log excerpt:\n"
            "{date} {time} WARN  MllpReader - frame end 0x1C0D not found, resetting\n"
            "{date} {time} ERROR Listener[ADT_IN] - connection reset by peer\n\n"
            "Vendor response: known defect, hotfix in {version}-hf2. Contact: {name}, support "
            "engineer.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Security alert: fake 'secure fax' and 'lab result' emails",
        "body": (
            "We are seeing phishing emails that pretend to come from our fax server or the "
            "patient portal. Typical subjects: 'You have received a secure fax (3 pages)', "
            "'Patient record for review', 'Your lab results are ready'. The link goes to a fake "
            "sign-in page on a look-alike domain.\n\n"
            "Our fax-to-email messages never ask you to sign in, and the portal never emails "
            "staff about results.\n"
            "If you clicked, reset your password right away and call the Service Desk at "
            "{phone}. Use the Report Phish button for anything suspicious.\n\n"
            "Information Security\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Analytics standup notes {date}",
        "body": (
            "Attendees: {name}, {name2}, {name3}, {provider_first}\n\n"
            "- {name2}: readmission model retrained; AUC 0.74 on the holdout. Still excludes "
            "obstetric stays.\n"
            "- {name3}: {dx15} registry logic now requires two outpatient encounters a year "
            "apart, per the measure spec.\n"
            "- Cell suppression threshold for external reports stays at 11.\n"
            "- Blocked: access to the claims warehouse, waiting on ticket {ticket}.\n"
            "Next standup moves to 9:15.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary file load complete: {count} records",
        "body": (
            "Job: FORMULARY_WEEKLY\n"
            "File: formulary_20261122.txt (pipe-delimited, {count} rows)\n"
            "Inserted: 212   Updated: 1,408   Rejected: 7 (invalid NDC format)\n"
            "Tier changes effective {date}:\n"
            "  {rx15}: tier 2 -> tier 3\n"
            "  adalimumab biosimilars: now preferred\n"
            "Next load: Sunday 02:00.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "837P batch {code} accepted (999/277CA)",
        "body": (
            "Batch summary\n"
            "Submitted: {date} {time}\n"
            "Claims: {count}\n"
            "Total charges: {amount}\n"
            "999: accepted\n"
            "277CA: all accepted except 3 (missing rendering NPI)\n"
            "The 3 rejections are in the claim edit work queue; nothing else needs action.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[cron] sftp_eligibility_pull finished with warnings",
        "body": (
            "02:00:01 INFO  connecting to sftp.payer.example:22 as hosp_elig\n"
            "02:00:03 INFO  listing /outbound/834 (3 files)\n"
            "02:00:04 INFO  get ELIG_20261122_001.834 (1,204,551 bytes) sha256 ok\n"
            "02:00:05 WARN  ELIG_20261122_002.834 is 0 bytes, skipped\n"
            "02:00:06 INFO  get ELIG_20261122_003.834 (88,210 bytes) sha256 ok\n"
            "02:00:07 INFO  moved 2 files to /data/inbound/elig, job id {uuid}\n"
            "exit code 0 (warnings: 1)\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Approved: new appointment reminder wording",
        "body": (
            "Compliance approved the new SMS reminder template. It leaves out the visit type "
            "and the department on purpose, so nothing sensitive shows on a lock screen:\n\n"
            '  "Hi [[PatientFirstName]], you have an appointment with [[ProviderShortName]] '
            'on [[ApptDate]] at [[ApptTime]]. Reply C to confirm or call [[DeptPhone]]."\n\n'
            "The retired template included [[VisitReason]], which could print things like "
            "'{proc15} prep'.\n"
            "Goes live {date}. Questions to {name}, patient access.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fax-to-email migration: what changes on {date}",
        "body": (
            "Starting {date}, inbound faxes to the main clinic numbers will arrive in the "
            "shared mailbox as PDF instead of TIFF, with the OCR text in the body. Numbers "
            "affected: {phone} and the back-office line, about {count} faxes a day.\n\n"
            "Subjects will read 'Fax received from <number> (<pages> pages)' and will never "
            "contain patient names. Outbound cover sheets switch to the new template with the "
            "standard confidentiality notice.\n\n"
            "{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral work queue: new statuses from Monday",
        "body": (
            "From Monday the referral work queue uses these statuses:\n"
            "  NEW - not yet reviewed\n"
            "  RECORDS - awaiting records from the referring office\n"
            "  AUTH - insurance authorization pending\n"
            "  UTR - unable to reach patient after 3 attempts\n"
            "  SCHED - scheduled\n"
            "  CLOSED-DECL - patient declined\n\n"
            "{specialty} and orthopedics pilot it first. {name} runs 30-minute trainings on "
            "{date} and {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company}: prior authorization list changes effective {date}",
        "body": (
            "Effective {date}, these services require prior authorization for commercial "
            "members: {proc15}, facility-based sleep studies, and genetic testing panels over "
            "$1,500. {rx15} moves to the pharmacy benefit with step therapy through a "
            "preferred agent.\n\n"
            "Standard requests submitted through the provider portal get a decision within 72 "
            "hours. Provider relations: {name}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CBP measure now at 71.2% (goal 70%)",
        "body": (
            "Controlling High Blood Pressure, year to date:\n\n"
            "clinic | numerator | denominator | rate\n"
            "North | 1,122 | 1,540 | 72.9%\n"
            "South | 804 | 1,168 | 68.8%\n"
            "Downtown | 2,010 | 2,818 | 71.3%\n\n"
            "Thanks to {name} and the MAs for the BP recheck workflow. Patient-level gap lists "
            "stay in the registry, not in email.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EPCS: tokens expiring for 3 prescribers",
        "body": (
            "The two-factor tokens these prescribers use for controlled-substance "
            "e-prescribing expire this month. Until they re-enroll they cannot sign Schedule "
            "II-V prescriptions electronically.\n\n"
            "Dr. {provider} ({specialty})   expires {date}\n"
            "{name}, NP                     expires {date2}\n"
            "{name2}, PA-C                  expires {date2}\n\n"
            "Re-enrollment needs identity proofing at the Service Desk; bring a government "
            "photo ID.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Re: Fw: go-live date for the lab interface",
        "body": (
            "Works for us. Locking in {date}.\n\n"
            "> On {date2}, {name} wrote:\n"
            "> The vendor can do the cutover the weekend after if we sign the SOW this week.\n"
            ">\n"
            "> > {name2} wrote:\n"
            "> > Parallel testing found 4 mapping issues (units in OBX-6, two reference ranges, "
            "one abnormal flag). All fixed in build {build}.\n"
            "> >\n"
            "> > > > Can we still make the original date? {name3}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "UAT: use only the ZZTEST patients",
        "body": (
            "Reminder for everyone testing the {version} upgrade in UAT: use only the synthetic "
            "patients below. They are fake, made by the test-data tool, and exist only in UAT.\n"
            "\n"
            "ZZTEST, ALPHA     MRN TST100001   DOB 01/01/1950   problem list: {dx15}\n"
            "ZZTEST, BRAVO     MRN TST100002   DOB 02/02/1985   on {rx15}\n"
            "ZZTEST, CHARLIE   MRN TST100003   DOB 03/03/2020   peds, {test15} pending\n\n"
            "Do not copy production charts into UAT. Log defects in the test tracker; {name} "
            "triages daily.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient payments sandbox: card numbers in the test script rejected",
        "body": (
            "The sandbox rejected three card numbers in the regression script because they "
            "fail the checksum; someone mistyped them when copying from the gateway's test "
            "list:\n\n"
            "  4000 0566 5566 5557   -> invalid\n"
            "  5200 8282 8282 8211   -> invalid\n"
            "  3782 822463 10006     -> invalid\n\n"
            "Please copy them again from the vendor's sandbox documentation. Sandbox numbers "
            "never charge anything. Script owner: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADT volume by event type - {date}",
        "body": (
            "event,count,avg_latency_ms,errors\n"
            "A01,{count},84,0\n"
            "A02,311,77,0\n"
            "A03,1090,91,2\n"
            "A04,2876,69,0\n"
            "A08,14502,112,11\n"
            "A40,6,240,1\n\n"
            "Errors were all PV1-3 location lookups; tickets were created automatically. "
            "Generated by interface monitoring.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New outreach program: eligibility rules",
        "body": (
            "Starting next quarter, the population health team will run phone outreach for "
            "adults with {dx15} who have had no visit in 12 months. Eligibility is computed "
            "in the registry every night; lists go to care managers inside the registry app "
            "only, never by email.\n\n"
            "Program lead: {name}, RN. Data questions: {name2}, analyst.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OBX-2 value type for {test15}",
        "body": (
            "In the current build {test15} goes out with OBX-2 = ST, so the receiving system "
            "can't trend it. It should be NM with units in OBX-6. Example from the spec (dummy "
            "values):\n\n"
            "OBX|1|NM|0000-0^{test15}^L||42|U/L|10-50|N|||F\n\n"
            "I'll change it in the dev channel; {name2} will regression-test before the next "
            "migration.\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Build request {ticket}: add {proc15} to the surgical case request",
        "body": (
            "Requested by: Dr. {provider}, {specialty}\n"
            "Approver: {name}, perioperative services\n"
            "Details: add {proc15} as a selectable procedure with a default duration of 120 "
            "minutes, and map it to its CPT code in the charge router.\n"
            "Target release: {version}\n"
            "Status: in build (analyst {name2})\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Report moved: Open Referrals by Specialty",
        "body": (
            "The 'Open Referrals by Specialty' report now lives in Shared > Access > Referrals. "
            "Current totals: {specialty} 148, orthopedics 212, gastroenterology 97, behavioral "
            "health 301. Patient-level detail needs the Referral Coordinator security class; "
            "request it through the access form.\n"
            "- {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient portal adoption, October",
        "body": (
            "Active accounts: 61.4% of patients seen in the last 12 months (up from 58.9%)\n"
            "Proxy accounts: 8,212\n"
            "Messages sent by patients: 41,077; median response time 1.2 business days\n"
            "Results released within 24 h: 96%\n"
            "Top help-desk issue: password resets ({count} calls)\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly DLP summary: {count} outbound messages held",
        "body": (
            "Outbound messages held for review this week: {count}\n"
            "Released after review: 88%\n"
            "Top rules: MRN near a name (41%), SSN pattern (22%), diagnosis code with a date "
            "of birth (17%)\n"
            "Most held messages came from billing and the referral office. Individual messages "
            "are visible only in the quarantine console. Reviewer on call: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phone tree change: refill line",
        "body": (
            "From {date}, option 3 on the main number ({phone}) goes to the new refill line "
            "instead of the nurse line. Callers asking about refills of {rx15} or any other "
            "maintenance medication will hear a message asking them to allow 72 hours. The "
            "nurse line moves to option 4.\n"
            "- {name}, patient access manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BLS/ACLS expiring in the next 30 days",
        "body": (
            "Name | Unit | Cert | Expires\n"
            "{name} | {unit15} | ACLS | {date}\n"
            "{name2} | {unit15} | BLS | {date2}\n"
            "{name3} | float pool | BLS | {date2}\n\n"
            "Staff with lapsed certification can't be scheduled. Classes run at the simulation "
            "center every Tuesday.\n"
            "Clinical Education\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ignore: results from the new analyzer (QC material)",
        "body": (
            "You may see results under the name 'QC, LEVEL 2' in the TST results inbox today. "
            "They are quality-control material (lot {lot}) run on the new chemistry analyzer "
            "during validation, not patient samples:\n\n"
            "QC, LEVEL 2   {test15}   within range\n"
            "QC, LEVEL 3   {test15}   within range\n\n"
            "Validation sign-off by {name}, lab director, after the 20-day precision study.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Top denial reasons, Q3",
        "body": (
            "All payers, Q3 (aggregate):\n"
            "CO-197 (no precert): 1,204 claims, $2.1M\n"
            "CO-16 (missing information): 988 claims, $640K\n"
            "CO-11 (dx inconsistent with procedure): 402 claims, $1.3M, mostly {proc15}\n"
            "CO-97 (bundled): 377 claims, $210K\n"
            "Largest payer share: {company} (31%)\n\n"
            "The denials workgroup meets {date}; {name} presents the precert fix.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

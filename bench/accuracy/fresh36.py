"""Held-out split "fresh36": templates and scheduling vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (all
of it except about 36 lines of fresh4's templates that the viewer cut),
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full), and the module docstring of
bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and the data
format; not its templates), for the placeholder names, the data format, and so as not to
repeat their templates. The file names in bench/accuracy/ were listed once (with the line
counts of generate.py, fresh6.py and fresh7.py). The author did not read gateway/,
policies/, docs/, tests/, README.md, bench/accuracy/vocab/ or any other
bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the benchmark or
any test. The only things run were Python's ast module over generate.py (without executing
it) to collect the placeholder names that generate.fill() and generate.fresh_fill() provide,
an import of this file with a script checking its placeholders, key sets, labels and Luhn
failures, and ruff format and ruff check on this file. It is meant to be run once, as an
honest, untuned measurement: do not tune the detector on these templates.

Angle: scheduling and the patient access centre. Call-centre notes and callback queues,
voicemail transcripts, referral intake and authorisation checks, eligibility runs, waitlists
and cancellation lists, appointment reminders (mail, text, Spanish and Portuguese),
confirmations, reschedule and no-show letters, interpreter, accessibility and transport
(NEMT) requests, registration and demographic updates, pre-registration worksheets, new
patient packets, self-scheduling portal notices, overbooks and provider template/slot changes
with the patients they bump. Shapes: CRM-style call notes, "Label: value" forms, pasted
tables, ALL-CAPS printouts, SMS logs, forwarded threads with "> " quoting, terse internal
notes with typos and abbreviations, long escalations. The hard negatives come from the same
world: staffing rosters and shift swaps, slot utilisation and access reports, call statistics,
phone-system, fax and IVR outages and menu changes, scheduling-tool vendor mail and release
notes, booking-system training, reminder and no-show letter drafts with unfilled merge fields,
provider templates and leave notices without patients, interpreter and transport vendor
figures, phishing warnings about fake appointment texts, and card-like numbers that fail the
Luhn check.

This file's own placeholders (FRESH36_VOCAB): {visit36} {reason36} {rx36} {dx36}
{cxreason36} {payer36} {transport36} for the patient templates, and {dept36} {site36}
{lang36} {slot36} {queue36}, which appear in both patient templates and negatives (in the
negatives no patient is named: they are departments, locations, languages, appointment
types and phone queues). Other placeholders come from generate.fill() and
generate.fresh_fill().

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

FRESH36_VOCAB: dict[str, list[str]] = {
    "visit36": [
        "new patient visit",
        "annual physical",
        "follow-up visit",
        "MRI of the right knee",
        "colonoscopy consult",
        "post-op check",
        "sleep study",
        "screening mammogram",
        "echocardiogram",
        "allergy testing",
        "physical therapy evaluation",
        "diabetic eye exam",
        "hearing test",
        "nuclear stress test",
        "prenatal visit",
        "full-body skin check",
        "CT of the chest",
        "pulmonary function test",
    ],
    "dept36": [
        "Cardiology",
        "Dermatology",
        "Gastroenterology",
        "Orthopedics",
        "Neurology",
        "Endocrinology",
        "Women's Health",
        "Pulmonology",
        "Sleep Medicine",
        "ENT",
        "Rheumatology",
        "Urology",
        "Nephrology",
    ],
    "reason36": [
        "chest pain on exertion",
        "an abnormal Pap result",
        "a new thyroid nodule",
        "night-time headaches",
        "knee pain after a fall",
        "a rising PSA",
        "rectal bleeding",
        "a changing mole on the back",
        "memory problems",
        "shortness of breath",
        "numbness in both hands",
        "recurrent kidney stones",
        "very heavy periods",
        "loud snoring and daytime sleepiness",
        "a positive FIT test",
        "an A1c of 10.2",
        "blood in the urine",
        "swollen joints in both hands",
    ],
    "rx36": [
        "metformin 1000 mg twice a day",
        "Eliquis 5 mg",
        "lisinopril 20 mg",
        "sertraline 100 mg",
        "levothyroxine 88 mcg",
        "an insulin lispro pen",
        "albuterol as needed",
        "Xarelto 15 mg",
        "Suboxone 8 mg",
        "Keppra 750 mg",
        "prednisone 10 mg",
        "oxycodone 5 mg",
    ],
    "dx36": [
        "type 2 diabetes",
        "COPD",
        "heart failure",
        "multiple sclerosis",
        "epilepsy",
        "Parkinson's disease",
        "Crohn's disease",
        "lupus",
        "sickle cell disease",
        "rheumatoid arthritis",
        "ulcerative colitis",
        "bipolar disorder",
        "HIV",
        "CKD stage 4",
    ],
    "cxreason36": [
        "too sick to come in",
        "no ride",
        "work conflict",
        "already seen at urgent care",
        "insurance changed",
        "childcare fell through",
        "weather",
        "moved out of state",
    ],
    "payer36": [
        "Aetna PPO",
        "Blue Cross Blue Shield HMO",
        "UnitedHealthcare Choice Plus",
        "Medicaid (Molina)",
        "Humana Medicare Advantage",
        "Cigna Open Access Plus",
        "TRICARE Select",
        "Ambetter Silver",
    ],
    "transport36": [
        "wheelchair van",
        "ambulatory sedan",
        "stretcher van",
        "rideshare through the plan",
        "Medicaid NEMT ride",
        "paratransit",
    ],
    "site36": [
        "Westgate Medical Pavilion",
        "North Campus, Building C",
        "Riverside Outpatient Center",
        "Main Hospital, 3rd floor",
        "Eastside Family Health",
        "Lakeview Specialty Clinic",
        "Oak Street Imaging Center",
        "Harbor Point Clinic, Suite 210",
    ],
    "lang36": [
        "Spanish",
        "Mandarin",
        "Vietnamese",
        "Arabic",
        "Haitian Creole",
        "Russian",
        "Somali",
        "Portuguese",
        "Korean",
        "Tagalog",
        "Nepali",
        "Dari",
    ],
    "slot36": [
        "NP 40",
        "FU 20",
        "PROC 60",
        "TELE 15",
        "POSTOP 20",
        "ANNUAL 40",
        "SAME-DAY 15",
        "NP 60",
    ],
    "queue36": [
        "Scheduling - Primary Care",
        "Specialty Scheduling",
        "Referral Status",
        "Spanish Line",
        "Imaging Scheduling",
        "Overflow",
        "Nurse Triage Transfer",
    ],
}


FRESH36_PHI: list[dict] = [
    {
        "subject": "Call note - callback needed",
        "body": (
            "CALLER: {name2} (daughter)\n"
            "RE PATIENT: {name}\n"
            "CALLBACK #: {phone}\n"
            "REASON: wants to move her mother's {visit36} with {dept36} from {date} to a "
            "morning slot, mom can't do afternoons since she started dialysis\n"
            "DISPOSITION: routed to {dept36} scheduling pool, routine\n"
            "AGENT: {provider_first} / PAC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Callback queue - {dept36} - AM",
        "body": (
            "Pt                  | Callback      | Why                              | Tries\n"
            "--------------------+---------------+----------------------------------+------\n"
            "{last}, {first}     | {phone}  | wants sooner {visit36}           | 2\n"
            "{intl_name}         | home on file  | {lang36} interp, ref: {reason36} | 1 LM\n"
            "\n"
            "Whoever has the 10-12 block please work these before lunch.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral received - needs auth check",
        "body": (
            "REFERRAL INTAKE\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Member ID: {member}\n"
            "Plan: {payer36}\n"
            "Referring: Dr. {provider}, {clinic}\n"
            "Referred to: {dept36}\n"
            "Reason: {reason36}\n"
            "Dx: {icd}\n"
            "Urgency: routine (within 30 days)\n"
            "Auth required: Y - submitted {date}, ref {ref}\n"
            "Status: PENDING PAYER\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Auth status for {name} - {visit36}",
        "body": (
            "Payer portal still shows this one in clinical review. Appt is {date} at {time}. "
            "If nothing comes back by Thursday we either reschedule or have the patient sign "
            "the financial waiver at check-in. Tracking ref {ref}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Add to cancellation list",
        "body": (
            "Hi team - pls add {name} ({phone}) to the {dept36} cancellation list. Currently "
            "booked {date} for the {visit36} but would take anything earlier, can come in on "
            "2 hrs notice. Prefers text.\n"
            "thx\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WAITLIST OFFER LOG {date}",
        "body": (
            "*** AUTO-OFFER ENGINE - DAILY LOG ***\n"
            "DEPT: {dept36}\n"
            "PT: {upper_name}   MRN: {mrn}\n"
            "APPT TYPE: {slot36}   REASON: {reason36}\n"
            "OFFERED: {date2} {time}   CHANNEL: SMS   RESULT: ACCEPTED\n"
            "ORIG APPT RELEASED TO POOL\n"
            "*** END OF LOG ***\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: your appointment on {date}",
        "body": (
            "Dear {name},\n\n"
            "This is a reminder of your {visit36} with Dr. {provider_last} ({dept36}) on "
            "{date} at {time} at {site36}.\n\n"
            "Please arrive 15 minutes early and bring your insurance card, a photo ID and a "
            "list of the medicines you take.\n\n"
            "Reply Y to confirm or N to cancel. To reschedule, call {phone}.\n\n"
            "Patient Access Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outbound SMS log",
        "body": (
            "To: {phone}\n"
            "Sent: {date} 18:02\n"
            "Text: {site36}: Hi {first}, reminder of your {dept36} appt w/ Dr. "
            "{provider_last} on {date2} at {time}. Reply C to confirm, R to reschedule. "
            "Msg&data rates may apply.\n"
            "Status: DELIVERED\n"
            "Reply: C (18:09)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Confirmación de su cita",
        "body": (
            "Estimado/a {name}:\n\n"
            "Su cita en {dept36} con el Dr. {provider_last} quedó confirmada para el {date} "
            "a las {time}, en {site36}.\n\n"
            "Por favor traiga su tarjeta del seguro, una identificación con foto y la lista "
            "de sus medicamentos. Si necesita cancelar o cambiar la cita, llame al {phone} "
            "por lo menos 24 horas antes.\n\n"
            "Centro de Citas\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Missed appointment notice",
        "body": (
            "{date2}\n\n"
            "{name}\n"
            "{address}\n\n"
            "Dear {name},\n\n"
            "Our records show that you did not come to your {visit36} with {dept36} on "
            "{date}, and we did not receive a call to cancel. This is the second missed "
            "appointment in the last 12 months. Under our attendance policy, a third missed "
            "appointment may mean we can no longer schedule you with this department.\n\n"
            "We know things come up. Please call {phone} to rebook.\n\n"
            "Sincerely,\nPatient Access Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "No-show: {name} - {dept36} new pt",
        "body": (
            "Did not arrive for the 9:40. Called {phone}, no answer, LM. 2nd no-show, "
            "letter going out per policy.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Interpreter needed {date} {time}",
        "body": (
            "Language: {lang36}\n"
            "Patient: {intl_name}\n"
            "MRN: {mrn}\n"
            "Appt: {visit36}, Dr. {provider_last}, {site36}\n"
            "Length: 60 min\n"
            "In person preferred (pt hard of hearing, video interp doesn't work well)\n"
            "Requested by: {name}, PAC scheduler, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NEMT ride request",
        "body": (
            "Member: {name}\n"
            "Medicaid ID: {member}\n"
            "Pickup address: {address}\n"
            "Phone: {phone}\n"
            "Appointment: {date} {time}, {dept36} at {site36}\n"
            "Mode: {transport36}\n"
            "Return: will-call\n"
            "Notes: uses a walker, needs help to the door\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Demographic update",
        "body": (
            "Updated in registration per pt at check-in today:\n"
            "Name: {name}\n"
            "Address: -> {address}\n"
            "Cell: -> {phone}\n"
            "Email: {email}\n"
            "Preferred language: {lang36}\n"
            "Next appt {date} {dept36} - verified, reminder pref changed to text\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome to {clinic}",
        "body": (
            "Dear {name},\n\n"
            "Welcome to {clinic}! Your first visit with Dr. {provider} is on {date} at {time}."
            "\n\nBefore then, please fill in the enclosed forms (health history, medication "
            "list, consent to treat, financial policy) or complete them online. When you "
            "called you told us you are coming in for {reason36} and that you take {rx36}; "
            "please bring the bottles of everything you take, including vitamins.\n\n"
            "If you need to reschedule, call {phone}. We look forward to meeting you.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NP packet - scanned",
        "body": (
            "NEW PATIENT HEALTH HISTORY (page 1 of 4)\n"
            "Name: {name}          DOB: {dob}\n"
            "SSN: {ssn}\n"
            "Preferred pharmacy: {company} Pharmacy\n"
            "Current medications: {rx36}\n"
            "Medical conditions: {dx36}\n"
            "Allergies: sulfa (rash)\n"
            "Emergency contact: {name2}, {phone}\n"
            "[scanned by front desk, pages 2-4 in media tab]\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "You booked an appointment online",
        "body": (
            "Hi {first} {last},\n\n"
            "Thanks for booking online. Here are your details:\n\n"
            "  Visit:  {visit36}\n"
            "  With:   {provider}, {dept36}\n"
            "  When:   {date}, {time}\n"
            "  Where:  {site36}\n\n"
            "Need to change it? Log in to the patient portal up to 24 hours before your "
            "visit. Please do not reply to this email.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} out {date} - pts to rebook",
        "body": (
            "Dr. {provider_last} is out sick tomorrow. These need calls today, offer the NP "
            "first, then the next open slot with any {dept36} provider:\n\n"
            "{time}   {last}, {first}     {slot36}   {phone}   ({reason36})\n"
            "10:40    {intl_name}         FU 20     home #     (needs {lang36} interpreter)\n"
            "\n"
            "Mark each one done in the work queue pls.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your appointment has been rescheduled",
        "body": (
            "Dear {name},\n\n"
            "Because Dr. {provider_last} is unavailable on {date}, we have moved your "
            "{visit36} to {date2} at {time}, same location ({site36}). We are sorry for the "
            "inconvenience.\n\n"
            "If the new time does not work for you, call us at {phone} and we will find "
            "another one. You can also ask to be put on the cancellation list.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: referral - status?",
        "body": (
            "Can someone in intake look at this? Fax came in Monday, I don't see it in the "
            "queue.\n\n"
            "> From: Dr. {provider}'s office\n"
            "> Sent: {date}\n"
            "> To: Referrals\n"
            ">\n"
            "> We faxed a referral for {name}, DOB {dob}, to your {dept36} clinic for\n"
            "> {reason36} two weeks ago and the patient still has not heard from anyone.\n"
            "> Please call our referral coordinator at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New voicemail (1:12) - scheduling",
        "body": (
            "Transcription (confidence: medium):\n"
            "hi this is {name} my birthday is {dob} um i got a letter saying my {visit36} got "
            "canceled and i need to reschedule it, i'm running really low on my {rx36} and "
            "the doctor said he had to see me before he refills it. please call me back at "
            "{phone} thank you\n\n"
            "Listen to the full message in the voicemail portal.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Portal message: Appointment request",
        "body": (
            "From: {name} <{email}>\n"
            "Request type: Schedule an appointment\n"
            "Department: {dept36}\n"
            "Preferred times: mornings, Tue or Thu\n"
            "Reason: {reason36}. It has gotten worse the last 2 weeks and I'd like to be "
            "seen before the holidays if possible.\n"
            "Preferred provider: any\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - urgent ref {dept36} ({reason36})",
        "body": (
            "Dr. {provider_last} wants her seen within a week. Nothing open until {date2}. "
            "Can we overbook or offer the PA? Pt # {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - reg error",
        "body": (
            "Two accounts under the same guarantor and the {visit36} on {date} got booked "
            "under the wrong one. Please merge before the claim drops.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Waitlist: {name} ({dob}) {visit36}",
        "body": "Added today, priority 2. Prefers {site36}, any provider.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {intl_name} - {lang36} interpreter for {visit36}",
        "body": (
            "Confirmed with language services for {date} at {time}, in person. Family asked "
            "that the son not interpret. Noted in the appt comments.\n\n"
            "> Can you make sure an interpreter is booked? Last time nobody showed.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medicare reg {name} MBI {mbi}",
        "body": (
            "Pt brought the new red/white/blue card at check-in for the {visit36}. Updated "
            "the MBI in coverage, old number removed. Pls re-run eligibility before {date}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Pre-visit payment taken",
        "body": (
            "Took {amount2} copay over the phone from {name} for the {visit36} on {date}. "
            "Card {card}, exp 11/28. Receipt emailed to {email}.\n"
            "- {provider_first}, PAC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Eligibility - subscriber not found",
        "body": (
            "Ran {name} with member ID {member} for the {visit36} on {date}, payer came back "
            "'subscriber not found'. Re-ran with SSN {ssn} and DOB {dob}: active, {payer36}. "
            "Updated the coverage screen. Copay {amount2}, collect at check-in.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "PRE-REG COMPLETE",
        "body": (
            "PRE-REGISTRATION WORKSHEET\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "ADDR: {address}\n"
            "HOME PH: {phone}\n"
            "INS: {payer36}   ID: {member}\n"
            "APPT: {date} {time}  {dept36} - {visit36}\n"
            "REFERRAL ON FILE: Y\n"
            "EST PT RESP: {amount2}\n"
            "AGENT EXT: {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "reschedule",
        "body": (
            "pls move {first} {last} (MRN {mrn}) from thurs to next wk, shes in the hospital "
            "w/ her {dx36} again. daughter called\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Overbook request - {name}, post-op check",
        "body": (
            "Surgeon wants her seen Fri even though the template is full. Approving one "
            "overbook at 11:40.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Lembrete de consulta",
        "body": (
            "Olá {name},\n\n"
            "Lembramos que a sua consulta de {dept36} com o Dr. {provider_last} está marcada "
            "para {date} às {time}, em {site36}.\n\n"
            "Traga o cartão do plano de saúde e a lista dos seus medicamentos. Para remarcar, "
            "ligue para {phone}.\n\n"
            "Central de Agendamento\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ride didn't show",
        "body": (
            "{name} called from the lobby at {time}, she came to {dept36} by {transport36} "
            "and the return trip never showed. Called the broker, ETA 45 min. She's on "
            "oxygen and only has about an hour left in the tank, so if it gets close pls "
            "call her cell {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Authorization determination",
        "body": (
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Service requested: {visit36}\n"
            "Requesting provider: Dr. {provider}\n"
            "Determination: DENIED - medical necessity not established; 6 weeks of "
            "conservative treatment not documented\n"
            "Reference: {ref}\n\n"
            "The member and provider may appeal within 60 days. Peer-to-peer review: "
            "{phone}.\n{payer36} Utilization Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduling order received",
        "body": (
            "ORDER: {visit36}\n"
            "PATIENT: {last}, {first}\n"
            "DOB: {dob}\n"
            "DX: {icd} - {reason36}\n"
            "ORDERING: {provider}\n"
            "SCHEDULE WITHIN: 2 WEEKS\n"
            "PRIOR AUTH: REQUIRED\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Escalation - access complaint",
        "body": (
            "Hi {provider_first},\n\n"
            "Escalating this one. Caller {name}, {age}, has been trying to get a {dept36} "
            "appointment since August for {reason36}. She says she has called six times, "
            "two promised callbacks never happened, and today she was on hold 48 minutes "
            "before she got me. She was upset but polite. I offered {date2} at {site36}; she "
            "took it and asked to stay on the cancellation list too. She mentioned filing a "
            "grievance with {payer36}.\n\n"
            "Her number is {phone}. Could you or a supervisor call her back today? I put "
            "the details in the CRM.\n\n"
            "{name2}\nPatient Access Rep II\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: your appointment",
        "body": (
            "no i cant come my sugars have been all over the place and i feel awful, can u "
            "move it to next week. this is {name}\n\n"
            "> {site36}: Reply C to confirm your {dept36} appt on {date} at {time}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New pt packet - {upper_name} DOB {dob}",
        "body": "pls scan into media tab, ins card front/back attached\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Transport for {name} - dialysis {date}",
        "body": (
            "Standing order Mon/Wed/Fri, {transport36}, pickup {time} from {address}. Driver "
            "needs to ring twice, she is hard of hearing.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Abandoned call - called back",
        "body": (
            "Abandoned call from {phone} at {time} (queue: {queue36}). Called back: spoke "
            "with {name}, wanted to confirm the {visit36} on {date}. Confirmed, reminded her "
            "to bring the referral and her new insurance card.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A sooner appointment is available",
        "body": (
            "Hi {first}, an earlier {dept36} appointment opened up on {date} at {time} with "
            "Dr. {provider_last}. Reply YES within 2 hours to take it, or NO to keep your "
            "current appointment on {date2}.\n\n"
            "This message was sent to {phone}. Reply STOP to opt out.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "double booked 2:20",
        "body": (
            "Both {name} and {intl_name} are in Dr. {provider_last}'s 2:20 {slot36} "
            "tomorrow. {first} is coming for the {visit36}, the other one is a new pt with "
            "{reason36}. Which one do we move??\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accommodation request",
        "body": (
            "Patient: {name}\n"
            "Phone (TEXT ONLY): {phone}\n"
            "Accommodation: ASL interpreter, on site\n"
            "Appointment: {visit36}, {date} {time}, {site36}\n"
            "Notes: Patient is Deaf. Do not call. Text or email {email}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registration: legal name change",
        "body": (
            "Patient {name} (previously {name2}), DOB {dob}, updated her legal name; court "
            "order and new {payer36} card scanned. She has a {visit36} on {date}, please "
            "make sure the referral matches the new name or the claim will deny.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "We couldn't finish your online booking",
        "body": (
            "Hello {name},\n\n"
            "You tried to book a {visit36} online, but this type of visit needs a referral "
            "from your primary care provider first. Our referral team will call you at "
            "{phone} within 2 business days to help.\n\n"
            "Online Scheduling\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Intl pt registration",
        "body": (
            "Patient: {intl_name}\n"
            "Passport: {passport}\n"
            "DOB: {dob}\n"
            "Self-pay deposit received: {amount}\n"
            "Scheduled: {visit36}, {date}, {dept36}\n"
            "Interpreter: {lang36}\n"
            "Hotel/contact: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cxl: {last}, {first} {date} {visit36}",
        "body": "Pt cxl via IVR, reason: {cxreason36}. Slot released to waitlist.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "?",
        "body": (
            "did anyone ever call {name} back about the {reason36} referral?? shes called "
            "3x this week\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Today's check-in: pt in rm 3",
        "body": (
            "{name} is roomed in 3 for the {visit36}. Insurance came back inactive at "
            "check-in, she says she switched to {payer36} this month. Can someone from "
            "financial clearance come up before Dr. {provider_last} goes in?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH36_NEG: list[dict] = [
    {
        "subject": "PAC roster week of {date}",
        "body": (
            "Agent            | Queue                     | Shift\n"
            "-----------------+---------------------------+-----------\n"
            "{name}    | Scheduling - Primary Care | 7:00-3:30\n"
            "{name2}   | Specialty Scheduling      | 8:00-4:30\n"
            "{name3}   | Referral Status           | 9:30-6:00\n"
            "Float: {provider_first} (bilingual, Spanish Line as needed)\n\n"
            "Lunches staggered 11:00-1:30. Nobody off the phones between 8 and 9.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Slot utilization - {dept36} - October",
        "body": (
            "Provider            Slots  Booked  Fill %  No-show %\n"
            "Dr. {provider_last}   312    289     92.6    7.1\n"
            "Dr. {last}            280    231     82.5    11.3\n"
            "{name}, NP          198    190     96.0    5.8\n"
            "Dept total          790    710     89.9    8.2\n\n"
            "Unfilled same-day slots were the biggest gap again.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ACD outage this morning",
        "body": (
            "From 8:12 to 9:05 the main scheduling line ({phone}) returned a fast busy. "
            "Carrier ticket {ticket}. We estimate about 340 calls were lost; the IVR "
            "callback feature was down too, so there is nothing in the callback queue for "
            "that window.\n\n"
            "Agents: please work the abandoned-call report first thing after lunch.\n"
            "{name}, Telecom\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} release {version}: smarter waitlist auto-fill",
        "body": (
            "What's new in {version}:\n"
            "- Auto-offer now respects provider-specific visit types and templates\n"
            "- SMS offer templates available in Spanish, Vietnamese and Haitian Creole\n"
            "- Fixed: cancelled PROC 60 slots were sometimes offered as FU 20\n"
            "- Fixed: duplicate reminders when an appointment was moved twice\n\n"
            "Rollout to your environment on {date}. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Booking system training for new schedulers",
        "body": (
            "{name} will run the hands-on training on {date} in room 2B, 9 to 3. Topics: "
            "searching by visit type, the decision trees for {dept36} referrals, overbook "
            "rules, and working the waitlist.\n\n"
            "Practise only in the TRAIN environment, on the ZZTEST practice patients. Never "
            "open a real chart during training.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Daily call stats {date}",
        "body": (
            "Calls offered: 2,914\n"
            "Handled: 2,611\n"
            "Abandoned: 303 (10.4%)\n"
            "ASA: 3:42\n"
            "Longest wait: 21:07 ({queue36})\n"
            "Callbacks scheduled: 188\n"
            "Top reasons: reschedule 31%, new appt 24%, referral status 15%, directions 6%\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Draft: new reminder text for review",
        "body": (
            "Proposed SMS (160 chars max):\n\n"
            '"{{ClinicName}}: Hi {{PatientFirstName}}, reminder of your appt with '
            "{{ProviderName}} on {{ApptDate}} at {{ApptTime}}. Reply C to confirm, R to "
            'reschedule."\n\n'
            "{name} in language services is doing the Spanish version. Edits to me by "
            "{date} please.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Template change: Dr. {provider_last} starting {date}",
        "body": (
            "Mon AM   NP 40 x3, FU 20 x6\n"
            "Mon PM   PROC 60 x3\n"
            "Tue      admin\n"
            "Wed      FU 20 x12, SAME-DAY 15 x4\n"
            "Thu AM   TELE 15 x8\n"
            "Fri      OR\n\n"
            "Existing appointments are not affected. Built by {name}, template team.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider} on leave {date} - {date2}",
        "body": (
            "Her patients will be offered appointments with {name}, NP, or Dr. {name2} "
            "while she is out. The call-centre script is in the shared drive under "
            "Provider Leave. Please don't tell callers why she is away.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter coverage this week",
        "body": (
            "{lang36}: {name} on site Tue/Thu, video the rest of the week\n"
            "ASL: vendor only, book 48 h ahead through {company}\n"
            "Spanish: {name2} and {name3}, on site daily\n\n"
            "Put the language in the appointment notes, not in the subject line of the "
            "request.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NEMT broker performance - Q3",
        "body": (
            "Trips scheduled: 4,812\n"
            "On-time pickups: 88%\n"
            "Driver no-shows: 61\n"
            "Complaints: 23 (down from 40)\n"
            "Wheelchair van share: 19%\n\n"
            "Account manager: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New patient packet - revised forms",
        "body": (
            "The health history form now asks for preferred name, pronouns and preferred "
            "language, and the medication list is now double-sided. Print shop order "
            "{order}. Old versions go in the shred bin, not the recycling.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Self-scheduling opens for {dept36}",
        "body": (
            "Starting {date}, established patients can book follow-ups online. New "
            "patients, and any visit type that needs a referral, will still be routed to "
            "the call centre. 20% of each provider's follow-up slots will be released to "
            "the portal.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IVR menu update",
        "body": (
            "New main menu, go-live {date} at 6 pm:\n"
            "  Press 1 - schedule or change an appointment\n"
            "  Press 2 - referrals and authorizations\n"
            "  Press 3 - prescription refills (routes to the nurse line)\n"
            "  Press 4 - billing\n"
            "  Press 9 - Spanish\n"
            "Recordings by {name}. Tell callers the options changed.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cut your no-show rate by 30%",
        "body": (
            "Hi {first},\n\n"
            "I'm {name} with {company}. Practices like yours use our two-way texting and "
            "smart waitlist to cut no-shows by up to 30% in 90 days. Could I get 15 "
            "minutes on {date} to show you?\n\n"
            "Best,\n{name}\n{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "No-show rates by department - September",
        "body": (
            "DEPARTMENT          APPTS   NO-SHOW   RATE\n"
            "Cardiology          3,204     198     6.2%\n"
            "Dermatology         2,877     241     8.4%\n"
            "Gastroenterology    1,960     173     8.8%\n"
            "Behavioral Health   1,412     212    15.0%\n"
            "Pediatrics          4,010     297     7.4%\n"
            "ALL                13,463   1,121     8.3%\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Access report: third next available",
        "body": (
            "Third next available new-patient appointment, in days:\n"
            "Neurology 94 | Dermatology 61 | GI 48 | Rheumatology 77 | Cardiology 22\n\n"
            "Waitlist counts: Neurology 412, Dermatology 288, Rheumatology 150.\n"
            "Dr. {provider_last} has agreed to add two NP 40 slots a week from {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: Patient Access Representative II",
        "body": (
            "Req #{code}, full time, call centre. Bilingual {lang36}/English preferred. "
            "$21.40-$26.10/hr. Experience with scheduling, referrals and insurance "
            "verification. Hiring manager: {name}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shift swap",
        "body": (
            "{name} is taking my Saturday callback shift ({date}) and I'm covering her "
            "Tuesday 10-6. {name2} approved it.\nthx\n{first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "QA scores - October",
        "body": (
            "Agent        Calls scored   Score\n"
            "{name}           10          94%\n"
            "{name2}          10          88%\n"
            "{name3}          10          91%\n\n"
            "Most common misses: not verifying two identifiers, not offering the "
            "cancellation list, not reading the appointment back to the caller.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aviso: línea de citas fuera de servicio",
        "body": (
            "La línea de citas ({phone}) no funcionará el {date} de 6 a 8 de la mañana por "
            "mantenimiento. Durante ese horario los pacientes pueden reservar en el portal "
            "o dejar un mensaje, y los llamaremos el mismo día.\n\n"
            "Gracias,\nCentro de Citas\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder schedule change",
        "body": (
            "Automated reminders will now go out 7 days, 2 days and 2 hours before each "
            "appointment (until now: 3 days only). Procedure visits also get a prep "
            "reminder 5 days out. Patients can still opt out by replying STOP. Effective "
            "{date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral fax queue backed up",
        "body": (
            "The e-fax server stopped routing at {time}; about 212 pages are stuck. Vendor "
            "ticket {ticket}. Please don't ask referring offices to resend yet, they will "
            "all come through once it is fixed and we'll end up with duplicates.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} invoice {invoice} - scheduling licenses",
        "body": (
            "45 scheduler seats x $38.00/mo\n"
            "12 read-only seats x $9.00/mo\n"
            "SMS bundle (50,000 messages)\n"
            "Total: {amount}\n\n"
            "The card on file, 4485 2210 6617 3092, was declined. Please update payment "
            "details in the billing portal by {date} to avoid suspension.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Huddle notes {date}",
        "body": (
            "- Ortho only books NP when imaging is already done\n"
            "- GI: colonoscopy prep calls move to the nurses from Monday\n"
            "- Reminder: two identifiers on every call (name + DOB), no exceptions\n"
            "- Holiday schedule posted by the time clock\n"
            "- Welcome {name}, starting on the {queue36} queue!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Access Center monthly meeting",
        "body": (
            "Third Wednesday, 2-3 pm.\n"
            "Dial-in: {phone}\n"
            "Meeting ID: 6011 4820 3319 7725\n"
            "Passcode: {code}\n\n"
            "Agenda: call volume trends, waitlist pilot, holiday staffing.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Room reservation confirmed",
        "body": (
            "Conference room 4B is booked for {name}'s scheduler training on {date}, 8:30 "
            "to noon. Projector and 12 laptops requested. Reservation {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient survey: access scores",
        "body": (
            "Q3 survey results, all clinics (n = 6,214):\n"
            "Got an appointment for urgent care as soon as needed: 71% (target 76%)\n"
            "Got a routine appointment as soon as needed: 68%\n"
            "Office staff were helpful: 88%\n"
            "Easy to get through on the phone: 54%\n\n"
            "{name}, Patient Experience\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{company}] Incident resolved: SMS reminders delayed",
        "body": (
            "Between {time} and 11:40 ET, outbound reminder messages for some customers "
            "were delayed by up to 3 hours. No messages were lost and no data was exposed. "
            "Root cause: carrier throttling. Incident ID {ref}.\n\n"
            "{company} Status\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated no-show letter template",
        "body": (
            "Dear [Patient Name],\n\n"
            "Our records show that you missed your appointment with [Department] on [Date]. "
            "If you cannot keep an appointment, please call us at least 24 hours ahead so "
            "we can offer the time to another patient.\n\n"
            "---\n"
            "Legal has approved the wording above. Please check the merge fields and "
            "approve by {date}.\n{name}, Patient Access Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral intake FAQ",
        "body": (
            "Q: The referral has no diagnosis.\n"
            "A: Send it back to the referring office. Do not guess a code.\n\n"
            "Q: The patient's plan is out of network.\n"
            "A: Book anyway only if they agree to self-pay; document it.\n\n"
            "Q: The referral says urgent but nothing is open.\n"
            "A: Message the {dept36} triage nurse; don't overbook yourself.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New provider: Dr. {provider}, {dept36}",
        "body": (
            "Dr. {provider} starts on {date} and is accepting new patients. Template: "
            "NP 60 and FU 30, clinic days Mon/Wed/Thu at {site36}. NPI {npi}. Please add "
            "her to the decision trees.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: Out of office",
        "body": (
            "I'm out of the office until {date2}. For referral status questions, contact "
            "{name} at ext {ext}. For urgent authorization requests, page the intake lead "
            "at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campus shuttle schedule",
        "body": (
            "The shuttle between {site36} and the main hospital now runs every 20 minutes, "
            "6:30 am to 7 pm. A wheelchair-accessible van is available on request at "
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Decision tree update: headache referrals",
        "body": (
            "Effective {date}:\n"
            "- Referral mentions 'worst headache of life', new weakness or a new seizure: "
            "do NOT book, warm-transfer to nurse triage.\n"
            "- Age over 50 with a new headache: book NP 40 within 14 days.\n"
            "- Everything else: NP 40 with any neurologist within 30 days.\n"
            "Questions to {name}, Neurology practice manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral coordinators by department",
        "body": (
            "Cardiology - {name}, ext {ext}\n"
            "GI - {name2}\n"
            "Neurology - {name3}\n"
            "Orthopedics - {provider_first} (covering until a new hire starts)\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Waitlist auto-fill pilot: results",
        "body": (
            "Over 6 weeks the auto-fill bot offered 1,840 cancelled slots; 1,012 were "
            "accepted (55%). Median time to fill: 38 minutes. Same-day slots filled least "
            "often (31%). We'll extend the pilot to {dept36} on {date}.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday hours - call centre",
        "body": (
            "Thanksgiving: closed; the nurse line stays open.\n"
            "Friday after: 8-12 with skeleton staff (volunteers please tell {name}).\n"
            "Christmas Eve: 7-3.\n"
            "The IVR message will be updated by Telecom on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phishing alert: fake appointment texts",
        "body": (
            "Some patients have received texts pretending to be from us, asking them to "
            "'confirm your appointment' by paying a $5 fee at a link. We never ask for "
            "payment by text. If a caller mentions one, tell them not to click it and "
            "report the sender's number to {email}.\n\nInformation Security\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: same-day slots for Dr. {provider_last}",
        "body": (
            "Yes - 4 x SAME-DAY 15 on Thursday afternoons starting {date}. I'll have the "
            "template team build them.\n{name2}\n\n"
            "> Can we open Thursday afternoons for same-day? The ED keeps sending people\n"
            "> back to us and there is nowhere to put them.\n"
            "> {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DAILY SCHEDULE SUMMARY {date}",
        "body": (
            "SITE: {site36}\n"
            "DEPT      PROVIDER             BOOKED  OPEN  BLOCKED\n"
            "CARD      DR {provider_last}       18      2      0\n"
            "DERM      DR {last}                22      0      4\n"
            "ENDO      {name3}                   9      7      0\n"
            "TOTAL                               49      9      4\n"
            "** END OF REPORT **\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parking validation for patients",
        "body": (
            "Patients with appointments at {site36} get 2 hours free in the garage. Front "
            "desk stamps the ticket at check-out. Visitors pay the normal rate. Questions: "
            "{name}, Parking Office, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Returned reminder letters",
        "body": (
            "{count} reminder letters came back undeliverable this month. Registration, "
            "please work the returned-mail report in the work queue, and don't change an "
            "address without speaking to the patient first.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Treinamento do novo sistema de agendamento",
        "body": (
            "Olá equipe,\n\n"
            "O treinamento do novo sistema de agendamento será no dia {date}, das 9h às "
            "12h, na sala 2B. {name} vai mostrar como usar a lista de espera e as regras de "
            "encaixe. Usem só o ambiente de teste.\n\nObrigado!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Test - please ignore",
        "body": (
            "Testing the new shared-mailbox rule for referrals@. If you got this, just "
            "reply with your name and team.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last}'s clinic cancelled {date}",
        "body": (
            "Dr. {provider_last} has jury duty on {date}. 22 patients need to be moved; the "
            "list is in the {dept36} work queue, not in this email. Offer the NP first, "
            "then the next open FU 20. Done by Wednesday please.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Callback SLA - reminder",
        "body": (
            "Voicemails in the scheduling queues must be returned within one business day, "
            "referral status calls within two. Last week we met the target on 81% of "
            "callbacks. Oldest open callback right now: 3 days ({queue36}).\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduling kiosk maintenance",
        "body": (
            "The check-in kiosks at {site36} will be offline {date} from 5 to 7 am for a "
            "software update to version {version}. Front desk staff should open 15 minutes "
            "early to check patients in by hand.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff appreciation lunch",
        "body": (
            "Thank you, Access Center! You answered 61,000 calls last quarter. Lunch is on "
            "us on {date} in the break room; {name} is ordering from {company}, so send her "
            "any allergies or dietary needs by Monday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

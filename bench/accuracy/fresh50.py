"""Held-out split "fresh50": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The brief was read from a prompt file outside the
repository. In the repository the author read only bench/accuracy/generate.py (in full),
bench/accuracy/fresh6.py (in full), bench/accuracy/fresh7.py (lines 1-120 and 350-599) and
the module docstring of bench/accuracy/fresh49.py (its first 80 lines were printed; read as
a model of this docstring, the data format and the labelling rules, not for its templates
or vocabulary), for the placeholder names, the data format, and so as not to repeat their
templates. The file names in bench/accuracy/ were listed once (with the line counts of
generate.py, fresh6.py and fresh7.py), and the [tool.ruff], [tool.ruff.lint] and
[tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read (a grep whose context
also showed the first lines of [tool.mypy]), for the line length and lint rules. The author
did not read gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/,
bench/accuracy/formats.py, run.py or any other bench/accuracy/fresh*.py file (fresh51.py,
written at the same time by another helper, was neither read nor touched), and did not run
git, the detector, run.py, the benchmark or any test. The only things run were `date`,
`wc -l`, Python's ast module over generate.py (without executing it) to collect the
placeholder names that generate.fill() and generate.fresh_fill() provide, a Luhn
computation over the card-like numbers before writing them, imports of this file with a
small script in /tmp/fresh50/ checking its placeholders, key sets, labels, the validated
rule, the placeholders forbidden in negatives, a trial str.format() of every template and
the Luhn failure of every card-like number in the negatives, small Python string edits of
this file, ruff format and ruff check on this file, and at the end a `find -newer` listing
of file names in the repository (names only, nothing opened) to confirm that nothing else
had been written by the author.

Angle: social care and community health. Mail from and to community health workers and
promotoras, social-needs (SDOH) screening and referral platforms (food, housing, utilities,
211), food-as-medicine programmes (medically tailored meals, produce prescriptions, food
pantries), shelters and street-medicine teams, Medicaid waiver and personal-care services
(assessments, aide hours, personal emergency response buttons), non-emergency medical
transportation (NEMT) brokers and trips, interpreters and language services,
faith-community (parish) nurses, care coordinators and case managers at health plans and
community organisations, and clients and families writing back. Shapes vary: forms with
"Label: value" fields, ALL-CAPS system printouts, pasted tables and CSV, calendar
invitations pasted as text, Teams and Slack chat exports, SMS threads, forwarded threads
with "> " quoting, HTML-ish fragments, terse notes with typos, long narratives, first-person
mail from clients and families, and Spanish, Haitian Creole, Vietnamese, Somali and Russian.
Names appear at the start of a line, after a greeting, surname first, as initials plus
surname, as a first name with a date of birth or a relative, in ALL CAPS and in the Subject.
The hard negatives come from the same world: programme descriptions and newsletters naming
conditions and drugs but no person, aggregate screening and quality figures, CHW,
volunteer, interpreter and driver rosters with no health fact, job postings, events, letter
templates with bracketed fields, a de-identified teaching vignette, signatures with NPI and
phone/fax, tracking, invoice, order, trip-batch and ticket numbers, UUIDs, "B12" and "A1C"
in non-patient text, staff named next to health words, card-like numbers that fail the
Luhn check, and a coding reminder with literal ICD-10 Z codes and no patient.

This file's own placeholders (FRESH50_VOCAB): {dx50} (a condition as a care coordinator
writes it), {med50} (a medication or device), {sym50} (a symptom in a client's words),
{bp50} (a blood pressure reading), {a1c50} (an A1C value), {need50} (a social need),
{svc50} (a waiver or personal-care service), {trip50} (an NEMT trip's purpose),
{tripno50} (an NEMT trip number), {shelter50} (where an unhoused client stays) and
{initials50} (a person's initials) are used only in the PHI templates. {meals50} (a
food-as-medicine offer), {waiver50} (a waiver programme), {mode50} (an NEMT level of
service), {lang50} (a language), {cbo50} (a community organisation), {plan50} (a health
plan) and {role50} (a social-care job title) are used in both groups; in the negatives they
are only programme, menu, roster or job-posting topics, never tied to a person's health.
{topic50} (a condition as a programme topic) and {site50} (a public venue) are used only in
the negatives. Other placeholders come from generate.fill() and generate.fresh_fill(). Only
plain {name} placeholders are used (no index or attribute syntax).

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, injury, visit or appointment for care, payment for care). For this split a
client is a patient: a ride to dialysis or a medical visit, medically tailored meals or a
produce prescription for a named condition, personal-care or waiver services approved for a
medical need, an interpreter booked for a named person's medical visit, and a blood
pressure taken at a church screening are health information. A social need on its own
(food, housing, utilities) is not, so every PHI template here also carries a health fact. A
community health worker, promotora, nurse, case manager, interpreter, driver, volunteer,
donor or vendor named as such is staff, not a patient. subject_phi is True only when the
Subject alone identifies a patient together with health information, or holds a patient
identifier (MRN, MBI) in a care context; PHI templates whose Subject is not PHI carry no
person's name in the Subject at all. validated is True exactly when {card}, {icd}, {mbi} or
{ssn} appears in the Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob},
{ssn}, {card}, {icd}, {mbi}, {passport} or {intl_name}, never pair a home address with care,
and name only staff, volunteers, donors, vendors, payers or nobody, or give aggregate
figures. The ICD-10 codes written literally in one negative belong to no patient, so that
template is not validated. The card-like numbers written literally in the negatives fail
the Luhn check.

It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.
"""

from __future__ import annotations

FRESH50_VOCAB: dict[str, list[str]] = {
    "dx50": [
        "type 2 diabetes (last A1C over 10)",
        "uncontrolled high blood pressure",
        "congestive heart failure",
        "COPD on home oxygen",
        "end-stage kidney disease on dialysis",
        "stage 3 CKD",
        "asthma with two ER visits this year",
        "a high-risk pregnancy at 31 weeks",
        "gestational diabetes",
        "HIV",
        "hepatitis C",
        "opioid use disorder",
        "alcohol use disorder",
        "schizophrenia",
        "major depression",
        "PTSD",
        "early dementia",
        "a diabetic foot ulcer",
        "left-sided weakness after a stroke",
        "sickle cell disease",
        "breast cancer, currently on chemo",
        "colon cancer after surgery",
        "an above-the-knee amputation",
        "latent TB on treatment",
        "cirrhosis",
        "seizure disorder",
        "malnutrition after losing 20 lbs",
        "cellulitis of the lower leg",
    ],
    "med50": [
        "insulin glargine 30 units",
        "metformin 1000 mg twice a day",
        "amlodipine 10 mg",
        "furosemide 40 mg",
        "albuterol and Symbicort inhalers",
        "buprenorphine 8 mg films",
        "methadone 90 mg",
        "Biktarvy",
        "Epclusa",
        "Invega Sustenna shots",
        "sertraline 100 mg",
        "Eliquis 5 mg",
        "prenatal vitamins and iron",
        "home oxygen at 2 liters",
        "a nebulizer",
        "a glucometer and test strips",
        "hydroxyurea",
        "Keppra 750 mg",
        "lisinopril 20 mg",
        "Ozempic",
        "carvedilol 12.5 mg",
        "a walker",
    ],
    "sym50": [
        "dizzy spells",
        "swelling in her feet",
        "chest tightness",
        "trouble breathing at night",
        "sugars in the 300s",
        "a bad toothache",
        "a cough for three weeks",
        "a foot wound that smells",
        "two falls this week",
        "blurry vision",
        "not eating much",
        "headaches every morning",
        "shakes and sweats",
    ],
    "bp50": ["168/102", "182/110", "154/96", "201/118", "146/92", "176/104"],
    "a1c50": ["9.8", "11.2", "10.4", "8.7", "12.9", "13.4"],
    "need50": [
        "food insecurity (ran out of food twice last month)",
        "an eviction notice for the 30th",
        "an electric shutoff notice",
        "no working fridge for her insulin",
        "sleeping in her car",
        "black mold in the apartment",
        "no phone minutes left",
        "no bus fare",
        "doubled up with a cousin",
    ],
    "svc50": [
        "a personal care aide 20 hours a week",
        "homemaker services twice a week",
        "in-home respite 8 hours a week",
        "adult day health three days a week",
        "home-delivered meals, 10 a week",
        "a personal emergency response button",
        "grab bars and a ramp (home modification)",
        "consumer-directed attendant care, 35 hours a week",
        "help with bathing and dressing every morning",
    ],
    "trip50": [
        "dialysis, Mon/Wed/Fri 5:45 am",
        "chemo infusion at the cancer center",
        "methadone clinic, daily dosing",
        "the wound care clinic",
        "an OB visit",
        "a cardiology follow-up",
        "physical therapy twice a week",
        "oral surgery for extractions",
        "a pre-op visit for cataract surgery",
        "a mental health appointment",
    ],
    "tripno50": ["T4478213", "T5021937", "T6110482", "R883120", "T7390045", "T2219871"],
    "shelter50": [
        "Harbor Light men's shelter, bed 22",
        "the Mercy House family shelter",
        "the encampment under the 5th St bridge",
        "the Elm Street safe parking lot",
        "the warming center at First Methodist",
        "a tent behind the grocery on Route 9",
    ],
    "initials50": ["J.M.", "R.T.", "A.K.", "M.E.", "D.L.", "S.P.", "L.V.", "K.O."],
    "meals50": [
        "renal-friendly meals (low potassium, low phosphorus)",
        "diabetes-friendly meals, 14 a week",
        "low-sodium heart-healthy meals",
        "soft and pureed meals",
        "a produce prescription, $40 a week",
        "high-protein meals during cancer treatment",
        "a pantry box for diabetes",
    ],
    "waiver50": [
        "Elderly and Disabled HCBS waiver",
        "Community Choices waiver",
        "Brain Injury waiver",
        "Personal Care Services program",
        "Aged and Disabled 1915(c) waiver",
        "Independence Plus waiver",
    ],
    "mode50": [
        "wheelchair van",
        "ambulatory sedan",
        "stretcher van",
        "rideshare",
        "monthly bus pass",
        "mileage reimbursement",
    ],
    "lang50": [
        "Spanish",
        "Haitian Creole",
        "Vietnamese",
        "Somali",
        "Russian",
        "Arabic",
        "Dari",
        "Mam",
        "Portuguese",
        "Cantonese",
        "ASL",
        "Nepali",
    ],
    "cbo50": [
        "Eastside Community Food Bank",
        "Harbor Light Outreach",
        "Nuestra Salud Promotoras",
        "Unity Baptist Health Ministry",
        "Northgate Family Resource Center",
        "Second Street Outreach",
        "Mesa Verde Community Action",
        "St. Brigid's Parish Nursing",
        "Riverside Housing Collaborative",
        "Open Table Meals",
    ],
    "plan50": [
        "Keystone Community Health Plan",
        "RiverBend Medicaid Plan",
        "Lakeshore Health Partners",
        "Sunrise Care Alliance",
        "Summit Medicaid Managed Care",
        "Bayview Health Plan",
    ],
    "role50": [
        "community health worker",
        "promotora de salud",
        "care coordinator",
        "nurse case manager",
        "peer recovery specialist",
        "faith community nurse",
        "social worker",
        "community doula",
        "housing navigator",
        "NEMT scheduler",
    ],
    "topic50": [
        "diabetes",
        "heart failure",
        "high blood pressure",
        "asthma",
        "COPD",
        "kidney disease",
        "HIV",
        "hepatitis C",
        "substance use",
        "depression",
        "sickle cell disease",
        "dementia caregiving",
    ],
    "site50": [
        "the St. Brigid's parish hall",
        "the Eastside branch library",
        "the Northgate Family Resource Center",
        "the mobile unit at 5th and Main",
        "Unity Baptist fellowship hall",
        "the Mesa Verde community room",
    ],
}


FRESH50_PHI: list[dict] = [
    {
        "subject": "SDOH screening - referrals needed",
        "body": (
            "SOCIAL NEEDS SCREENING\n"
            "Member: {name}\n"
            "DOB: {dob}\n"
            "Member ID: {member}\n"
            "Plan: {plan50}\n"
            "Tool: AHC HRSN, completed by phone\n"
            "Positive domains: {need50}; transportation\n"
            "Relevant diagnoses: {dx50}\n"
            "Referrals sent: 211, {cbo50}\n"
            "CHW assigned: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - {dx50} - meal deliveries paused while inpatient",
        "body": (
            "Meals are on hold while she's admitted. Restart the day after discharge, same "
            "plan ({meals50}). Vendor is {cbo50}; they need 48 hours notice.\n"
            "{provider_first}, care coordinator\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "NEMT TRIP CONFIRMATION {tripno50}",
        "body": (
            "*** TRIP CONFIRMED ***\n"
            "RIDER: {upper_name}\n"
            "MEDICAID ID: {member}\n"
            "PICKUP ADDR: {address}\n"
            "PICKUP TIME: {time}\n"
            "DESTINATION: {clinic}\n"
            "TRIP PURPOSE: {trip50}\n"
            "LEVEL OF SERVICE: {mode50}\n"
            "RIDER CALLBACK: {phone}\n"
            "CALL THE BROKER 2 HRS BEFORE PICKUP TO CANCEL.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} - standing order for dialysis rides",
        "body": (
            "Renewing the standing order for this member: {mode50}, three chair times a "
            "week. Certification of need signed by Dr. {provider_last}. Broker ref {ref}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "chat export - outreach huddle",
        "body": (
            "[09:02] {provider_first}: anyone reach {name} yet? ED again last night for "
            "{sym50}\n"
            "[09:04] Rosa T. (CHW): yes, she's been out of {med50} since Friday, pharmacy "
            "wants a copay she doesn't have\n"
            "[09:05] {provider_first}: I'll ask the plan for an override. can you do a home "
            "visit?\n"
            "[09:06] Rosa T. (CHW): going at 2, will take the BP cuff\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS thread (exported)",
        "body": (
            "{phone}: Hola, soy {first}. Mi azucar salio en 320 hoy y ya no tengo tiras "
            "para el glucometro\n"
            "Promotora {provider_first}: Hola {first}, tomo la metformina hoy? Manana le "
            "llevo tiras\n"
            "{phone}: si la tome. gracias. tambien se me hinchan mucho los pies\n"
            "Promotora {provider_first}: Ok, le aviso a la enfermera. Nos vemos a las 10\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Manman m ak randevou doktè a",
        "body": (
            "Bonjou,\n"
            "Mwen rele {name2}, mwen se pitit fi {name}. Manman m gen dyabèt ak tansyon wo, "
            "epi depi li te fè yon estwòk li pa ka mache lontan. Li bezwen yon machin pou "
            "ale nan randevou doktè li {date} a {time}. Tanpri rele m nan {phone}.\n"
            "Mèsi anpil\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hỏi về chương trình bữa ăn cho bố tôi",
        "body": (
            "Chào chị,\n"
            "Bố tôi là {name}, sinh ngày {dob}. Ông bị suy thận và đang chạy thận ba lần một "
            "tuần. Bác sĩ dặn ông phải ăn nhạt, ít kali. Chương trình bữa ăn của {cbo50} có "
            "giao tận nhà không ạ?\n"
            "Cảm ơn chị,\n{name2}\nĐT: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Turjubaan Soomaali ah - ballan",
        "body": (
            "Salaan,\n"
            "Waxaan ahay {name2}. Hooyaday {name} waxay qabtaa sonkorow iyo dhiig kar. "
            "Waxay u baahan tahay turjubaan Soomaali ah ballanteeda dhakhtarka ee {date} "
            "saacadda {time}. Fadlan ii soo wac {phone}.\n"
            "Mahadsanid\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Вопрос о помощи на дому для мамы",
        "body": (
            "Здравствуйте!\n"
            "Моя мама, {name}, {dob} г.р., после инсульта плохо ходит и не может сама "
            "мыться. Нам сказали, что по программе {waiver50} ей положена помощь на дому. "
            "Когда придёт специалист на оценку?\n"
            "С уважением,\n{name2}\nтел. {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: CHW home visit @ Tue {time}",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:Home visit - {name} - A1C {a1c50}\\, glucometer teaching\n"
            "DTSTART:20261202T140000\n"
            "DTEND:20261202T150000\n"
            "LOCATION:{address}\n"
            "DESCRIPTION:CHW {provider_first} + RN. Bring the {med50} handout in "
            "{lang50}. Daughter interprets. Check fridge for insulin storage.\n"
            "END:VEVENT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: {name} - prenatal visit ride + doula check-in",
        "body": (
            "SUMMARY:Ride + doula check-in\n"
            "DTSTART:20261208T083000\n"
            "LOCATION:{clinic}, OB suite\n"
            "DESCRIPTION:{mode50} booked. Doula {provider_first} meets her in the lobby. "
            "Glucose log due (gestational diabetes).\n"
            "ORGANIZER:mailto:{email}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: reasonable accommodation letter",
        "body": (
            "Can you sign this today? The landlord's deadline is Friday.\n\n"
            "---------- Forwarded message ---------\n"
            "From: {provider}\n"
            "Date: {date}\n\n"
            "> To the property manager:\n"
            "> Our client {name} (DOB {dob}) has {dx50} and cannot manage stairs.\n"
            "> We ask that she be moved to a ground-floor unit as a reasonable\n"
            "> accommodation. Her current address is {address}.\n"
            "> {provider}, {role50}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "street med rounds - wound f/u",
        "body": (
            "saw {first} {last} again at {shelter50}. {dx50}. wound worse, odor +, temp "
            "100.9. gave doxy x10d, pt refused ED again. cell {phone} (mostly off). recheck "
            "thurs.\n-{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - frostbite both feet, declined ED",
        "body": (
            "Outreach van found him at {shelter50} at 5:40 am. Warmed up, dressings applied. "
            "He needs podiatry; can someone get him on Thursday's street medicine list?\n"
            "{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Waiver assessment results",
        "body": (
            "Participant: {name}\n"
            "Medicaid ID: {member}\n"
            "SSN: {ssn}\n"
            "Program: {waiver50}\n"
            "Level of care: nursing facility level of care met\n"
            "Primary diagnosis: {dx50} ({icd})\n"
            "ADLs needing hands-on help: bathing, dressing, transfers\n"
            "Approved services: {svc50}\n"
            "Assessor: {provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} - PCA hours cut after reassessment (post-stroke)",
        "body": (
            "Family is upset: the aide was 30 hours a week and is now 18. She still needs "
            "help with transfers and with her insulin. Appeal deadline {date}.\n"
            "- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Payment received - meal program",
        "body": (
            "Received {amount2} from {name} for two weeks of {meals50}. Card {card}, auth "
            "{code}. Referral on file from Dr. {provider_last} for {dx50}.\n"
            "Open Table Meals billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MTM claim batch {invoice}",
        "body": (
            "member_id,member_name,dob,icd10,service,units,billed\n"
            '{member},"{name}",{dob},{icd},"{meals50}",14,{amount}\n'
            '{mrn2},"{name2}",{date2},{icd},"{meals50}",14,{amount2}\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "New referral submitted",
        "body": (
            "<table>\n"
            "<tr><td>Client</td><td>{name}</td></tr>\n"
            "<tr><td>Phone</td><td>{phone}</td></tr>\n"
            "<tr><td>Need</td><td>{need50}</td></tr>\n"
            "<tr><td>Health condition</td><td>{dx50}</td></tr>\n"
            "<tr><td>Referred to</td><td>{cbo50}</td></tr>\n"
            "</table>\n"
            "<p>Submitted by {provider}, {role50}</p>\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral - {intl_name} - HIV, lost housing",
        "body": (
            "Hi team, new referral from the ID clinic. Viral load has not been suppressed "
            "since she lost her apartment and stopped picking up her Biktarvy. She is "
            "staying with a cousin; phone {phone}. Can a housing navigator call her this "
            "week?\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Interpreter request #{code}",
        "body": (
            "Language: {lang50}\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Appointment: {date} {time}, {specialty} clinic\n"
            "Visit type: follow-up for {dx50}\n"
            "Modality: in person\n"
            "Requested by: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter no-show - Mr. {last}'s cardiology visit rescheduled",
        "body": (
            "The {lang50} interpreter did not come. We tried the phone line but his son "
            "asked to reschedule. New date {date2}; please book in person this time.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "BP screening after service - follow-up needed",
        "body": (
            "Parish nurse log, {date}\n"
            "{name} - {bp50}, no BP meds since she lost her insurance, headache\n"
            "{name2} - 134/86, on lisinopril, doing ok\n"
            "Asked {first} to come back Wednesday and gave her the free clinic number.\n"
            "{provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ms. {last} - BP {bp50} at church screening, sent to urgent care",
        "body": (
            "Faith community nurse note: she had a headache and blurry vision. Her husband "
            "drove her to urgent care. Please call her Monday.\n{provider}, RN, {cbo50}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Care coordination update",
        "body": (
            "Dr. {provider_last},\n\n"
            "I am the care coordinator at {plan50} for your patient {name} (member "
            "{member}). Since the hospital stay for {dx50} on {date} we have set up "
            "{meals50} and rides to every visit. She told me on Tuesday that she has "
            "{sym50} and has not been taking her {med50} every day because she cannot read "
            "the labels. I arranged a pharmacy blister pack and a {lang50} interpreter for "
            "your visit on {date2}. Diagnosis on the care plan: {icd}.\n\n"
            "Please call me with any changes.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MRN {mrn}: social work consult for housing before discharge",
        "body": (
            "Pt going home tomorrow after this admission for {dx50}; no stable address. "
            "Please see before noon.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} - Dx {icd} - medically tailored meals eligibility",
        "body": (
            "The plan confirmed 12 weeks of {meals50}. First delivery {date}. Dietitian "
            "call booked.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Disability verification for housing application",
        "body": (
            "Applicant: {name}\n"
            "SSN: {ssn}\n"
            "I verify that the applicant has a disability. Diagnosis: {dx50}. She needs a "
            "unit with no stairs and space for {med50}.\n"
            "Verified by {provider}, LCSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "211 CALL RECORD {ref}",
        "body": (
            "CALLER: {upper_name}\n"
            "CALLBACK: {phone}\n"
            "NEEDS: UTILITY ASSISTANCE; FOOD\n"
            "HEALTH: CALLER HAS COPD AND USES AN OXYGEN CONCENTRATOR 24/7. ASKED ABOUT "
            "MEDICAL CERTIFICATE TO STOP SHUTOFF\n"
            "REFERRALS: LIHEAP, {cbo50}\n"
            "SPECIALIST: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical certificate - shutoff protection - {name} (home oxygen)",
        "body": (
            "Signed certificate attached. Electric account {account} at {address}. Please "
            "place the 30-day medical hold.\n{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "my pills",
        "body": (
            "hi this is {first} {last}, the lady from the clinic told me to email u. i have "
            "the {med50} and the water pill but i ran out of the other one last week. they "
            "said my A1C was {a1c50} and i dont know what that means. my phone is {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: ride tomorrow",
        "body": (
            "Thank you. Please tell the driver I use a walker now, after the fall.\n"
            "{name}\n{email}\n\n"
            "> Your ride to {trip50} is confirmed for {time}. Level of service:\n"
            "> {mode50}. Reply to this message to cancel.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outreach list - week of {date}",
        "body": (
            "Name                | DOB        | Dx code | Dx               | Need\n"
            "{last}, {first} | {dob} | {icd} | {dx50} | {need50}\n"
            "{intl_name} | {date2} | - | {dx4} | transportation\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "#nemt-escalations",
        "body": (
            "[7:14 AM] {provider_first}: driver no-show again for {first} {last}, her "
            "dialysis chair was at 6 and she missed it\n"
            "[7:15 AM] Broker liaison: trip {tripno50}, vendor says wrong address\n"
            "[7:16 AM] {provider_first}: address is {address}, same as always. third missed "
            "treatment this month and her potassium was high last time\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "3rd missed dialysis ride - {name}, trip {tripno50}",
        "body": (
            "Filed a grievance with the broker. Member is {mode50}. Please escalate to the "
            "plan's transportation lead today.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Visita domiciliaria",
        "body": (
            "Nombre: {name}\n"
            "Fecha de nacimiento: {dob}\n"
            "Diagnóstico: diabetes tipo 2, presión alta\n"
            "Presión hoy: {bp50}\n"
            "Medicamentos: {med50}\n"
            "Necesidades: comida, transporte\n"
            "Próxima visita: {date}\n"
            "Promotora: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Seguimiento de {name} - embarazo de alto riesgo",
        "body": (
            "Hola, la señora faltó a su cita prenatal del {date} porque no tenía transporte. "
            "Le conseguí un pase de autobús y la cita nueva es el {date2}.\n"
            "{provider_first}, promotora\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Dual-eligible member - nursing facility transition",
        "body": (
            "Member: {name}\n"
            "MBI: {mbi}\n"
            "Medicaid ID: {member}\n"
            "Discharging from rehab on {date} after treatment for {dx50}.\n"
            "Services set up: {svc50}; home-delivered meals; PERS button.\n"
            "Transition coordinator: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{initials50} {last}, DOB {dob} - positive depression screen (PHQ-9 19)",
        "body": (
            "Screened during the CHW home visit. Denies SI today. Warm handoff to behavioral "
            "health; appointment {date} at {time}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pantry note for {first} (DOB {dob}) - diabetic box",
        "body": (
            "Please pack the diabetes-friendly box for her: no juice, add glucose tabs. "
            "Pickup Thursday.\n-{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Mr. {last} - meals and rides during chemo",
        "body": (
            "He starts chemo on {date}, every other week for six cycles. I set up "
            "{meals50} from {cbo50} and a {mode50} for each infusion. His wife asked whether "
            "the rides can wait if the infusion runs late; broker says up to 60 minutes.\n"
            "{provider_first}, {role50}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Private-pay aide hours",
        "body": (
            "Please charge my card {card} for 10 extra hours of aide time for my father, "
            "{name}, while he recovers from {dx50}. His waiver hours run out on the 20th.\n"
            "Thank you,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Encounter coding - CHW visit",
        "body": (
            "Patient: {name}\n"
            "MRN: {mrn}\n"
            "DOS: {date}\n"
            "Dx: {icd}; Z59.41 food insecurity; Z59.02 unsheltered homelessness\n"
            "CPT 98960 self-management education, 2 units\n"
            "CHW: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Teams chat - complex care conference",
        "body": (
            "[10:42] {provider}: next up {last}, {first}, {age}F, {dx50}\n"
            "[10:43] {provider}: 4 ED visits in 60 days, all for {sym50}\n"
            "[10:44] Housing (J. Ortiz): she's at {shelter50}, on the list for medical "
            "respite\n"
            "[10:45] {provider}: ok, pharmacy to deliver {med50} there\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} - PERS fall alert, EMS dispatched",
        "body": (
            "Alert at {time}: member pressed the button and said she fell in the bathroom "
            "and cannot get up. EMS took her to the ED. Please notify the care manager.\n"
            "{cbo50} monitoring center\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "{name} MRN {mrn} - TB DOT doses missed",
        "body": (
            "Street team could not find him at {shelter50} three days running. Last "
            "observed dose {date}. Please call public health.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} / {icd} - produce prescription renewal",
        "body": ("Renewed for 6 months. A1C is down from {a1c50}. The card reloads on the 1st.\n"),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Your request was approved",
        "body": (
            "Dear {name},\n\n"
            "We approved your request for {svc50} under the {waiver50}, because of your "
            "{dx50}. Services start on {date}. Your care coordinator is {provider}, "
            "{phone}.\n\n"
            "Member ID: {member}\n"
            "{plan50} Long-Term Services and Supports\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail from client",
        "body": (
            "Transcription: hi this is {first}, um, my caseworker is {provider_first}, my "
            "date of birth is {dob}. i can't make the ride tomorrow to the wound clinic "
            "because i'm back in the hospital with {sym50}. okay bye\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - sonkorow, ballanta dhakhtarka {date}",
        "body": (
            "Waxaan booqday gurigeeda maanta. Sonkorteedu waa sarreysaa, daawadiina way ka "
            "dhammaatay. Waxaan u baahanahay turjubaan Soomaali ah ballanta.\n"
            "{provider_first}, CHW\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Bà {last}: huyết áp {bp50}, hết thuốc",
        "body": (
            "Chị ơi, sáng nay em đến nhà bà {last}. Bà hết thuốc huyết áp năm ngày rồi, bà "
            "kêu chóng mặt. Con trai bà ở số {phone}. Chị gọi bác sĩ giúp em nhé.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name}: такси на диализ не приехало",
        "body": (
            "Сегодня машина опять не приехала, пациентка пропустила диализ. Это уже второй "
            "раз за неделю. Диспетчер перевозчика: поездка {tripno50}. Прошу срочно "
            "разобраться.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} - tansyon wo, li bezwen entèprèt",
        "body": (
            "Madanm nan te vini nan klinik tansyon legliz la dimanch. Tansyon li te {bp50}. "
            "Li pa pale angle; tanpri mande yon entèprèt kreyòl pou randevou li {date}.\n"
            "{provider}, enfimyè\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Referral to our Food Is Medicine program",
        "body": (
            "Hello,\n\n"
            "I am referring {name}, born {dob}, to your medically tailored meals program. "
            "She has {dx50} and was discharged on {date} after her second admission this "
            "year. She lives alone at {address} and told our dietitian she often skips "
            "meals at the end of the month. Her weight has dropped and her last A1C was "
            "{a1c50}. Please start {meals50}. She is allergic to shellfish. Her daughter, "
            "{name2}, can take the delivery calls at {phone}.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical respite bed request - {name}, post-op wound vac",
        "body": (
            "Needs about two weeks: wound vac changes three times a week and daily IV "
            "antibiotics at the infusion center. Currently at {shelter50}.\n"
            "{provider}, hospital case management\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: {name} - insulin fridge delivered",
        "body": (
            "Great news, the donated mini fridge went in this morning so her insulin is "
            "stored properly now. Closing the referral.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Case {ref} updated",
        "body": (
            "Client: {name}\n"
            "SSN: {ssn}\n"
            "Phone: {phone}\n"
            "Note: client takes {med50} and cannot get to the pharmacy since the "
            "amputation. Benefits application (SSI) filed {date}; pharmacy delivery set up.\n"
            "Updated by: {provider}, {role50}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "promotora notes",
        "body": (
            "visite a dona {first} (su hijo {name2} estaba) - sigue con {sym50}, no ha ido "
            "al doctor. le hice cita para el {date} y transporte. toma {med50}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: FW: appeal for rides",
        "body": (
            "Forwarding for the appeal file.\n\n"
            "> From: {email}\n"
            "> I am {name}. Medicaid ID {member}. My rides to {trip50} were denied\n"
            "> because they said I can take the bus. I can't, I have {dx50} and I\n"
            "> get short of breath walking to the stop. Please help.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} ({dob}) - insulin out, fridge broken",
        "body": (
            "Client called the CHW line this morning. The fridge died over the weekend and "
            "her insulin went bad. Pharmacy will replace it if the doctor sends a new script. "
            "Asked the food bank about a donated mini fridge.\n-{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: {last}, {first} - mileage reimbursement for chemo trips",
        "body": (
            "Approved {amount2} for six round trips to the infusion center in October. "
            "Paid by check to the member. Log attached.\n{provider}, NEMT scheduler\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Mrs. {last} (CHF) - weight up 5 lb, meals on hold?",
        "body": (
            "Her daughter says the low-sodium meals stopped coming last week and she has been "
            "eating canned soup. Ankles swollen. Can you call the vendor and the cardiology "
            "nurse?\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} SSN {ssn} - SSI application, schizophrenia",
        "body": (
            "Medical records from the ACT team and the hospital are attached to the "
            "application. He is stable on Invega shots. Hearing date {date}.\n"
            "{provider}, SOAR case manager\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Re: {intl_name} - {lang50} interpreter for dialysis intake",
        "body": (
            "Booked for {date} at {time}, in person. Her husband will come too, but please "
            "do not use him to interpret for the consent.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH50_NEG: list[dict] = [
    {
        "subject": "Food Is Medicine: what's new this season",
        "body": (
            "Our medically tailored meals program now serves members living with "
            "{topic50}, heart failure, kidney disease and cancer. New this season:\n"
            "- {meals50}\n"
            "- cooking demos in {lang50}\n"
            "- a dietitian hotline for caregivers\n"
            "Ask your care coordinator whether you qualify.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 social needs screening dashboard",
        "body": (
            "Members screened: 4,812 (62% of attributed)\n"
            "Food insecurity: 31%\n"
            "Housing instability: 18%\n"
            "Utilities: 9%\n"
            "Transportation: 22%\n"
            "Closed-loop referrals completed: 1,940 (58%)\n"
            "Members with diabetes and a positive food screen: 412\n"
            "Prepared by {name}, population health analyst\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CHW field schedule, week of {date}",
        "body": (
            "Mon/Wed: {name} - Eastside, Northgate\n"
            "Tue/Thu: {name2} - Mesa Verde (Spanish, Mam)\n"
            "Fri: {name3} - office, documentation catch-up\n"
            "Supervisor on call: {provider}, {phone}\n"
            "Van 2 is back from the shop on Tuesday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: bilingual community health worker (Somali)",
        "body": (
            "{cbo50} is hiring a full-time community health worker fluent in Somali and "
            "English. You will help members manage {topic50} and high blood pressure, "
            "connect families to food and housing resources, and join home visits with our "
            "nurses. CHW certification preferred. Pay {amount} per hour. Apply by {date}; "
            "hiring manager {name}, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Community health fair - free screenings",
        "body": (
            "Join us on {date} at {site50}, 10 am to 2 pm. Free blood pressure checks, A1C "
            "finger-stick tests, flu shots, and help signing up for SNAP and Medicaid. "
            "Interpreters in Spanish, Vietnamese and Somali. Questions: {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TEMPLATE - waiver approval letter (do not send as is)",
        "body": (
            "Dear [Member Name],\n\n"
            "Your request for [service] under the [waiver program] has been [approved / "
            "denied] for [hours] hours per week, starting [start date].\n\n"
            "Member ID: [Member ID]\n"
            "Date of birth: [DOB]\n\n"
            "If you disagree, you may request a fair hearing within 30 days. Call [care "
            "coordinator phone].\n"
            "Replace every bracketed field before mailing. Questions: {name}, LTSS policy "
            "team.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New fax line for care coordination referrals",
        "body": (
            "Starting {date}, please fax social-needs and care coordination referrals to our "
            "new line. Our NPI ({npi}) and mailing address are unchanged.\n\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NEMT invoice {invoice} - {plan50}",
        "body": (
            "Billing period: {date} to {date2}\n"
            "Ambulatory trips: 3,118\n"
            "Wheelchair trips: 1,402\n"
            "Stretcher trips: 88\n"
            "No-shows billed at 50%: 211\n"
            "Total due: {amount}\n"
            "Remit to {company}, reference {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - meal production",
        "body": (
            "Please produce for week 48:\n"
            "  Low-sodium heart-healthy entrees x 2,400\n"
            "  Renal-friendly entrees x 1,150\n"
            "  Diabetes-friendly breakfast kits x 900\n"
            "Ship to the Eastside hub. Pallets tracked under {tracking}.\n"
            "Buyer: {name}, procurement\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] referral platform sync errors",
        "body": (
            "Between {time} and noon the closed-loop referral platform failed to sync "
            "{count} status updates to the CBO portal. Correlation ID {uuid}. Root cause: "
            "expired API key. Replayed the queue; no data lost.\n"
            "Platform support, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Promotora training moved to room B12",
        "body": (
            "Thursday's promotora training moves to room B12 (lower level). Topics: A1C "
            "basics for families, how to use the new BP cuffs, and the updated 211 "
            "referral script. Lunch provided.\n{name}, training coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Produce prescription cards - test batch rejected",
        "body": (
            "The card processor rejected the test numbers from the new batch:\n"
            "  6278 5210 3394 1187\n"
            "  6278 5210 3394 1195\n"
            "Both fail the check digit, so the printer transposed digits. A corrected batch "
            "ships under tracking {tracking}. No cards were issued to participants yet.\n"
            "{name}, program operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding reminder: SDOH Z codes",
        "body": (
            "Reminder for CHW and care coordination encounters: add the social needs codes "
            "when documented.\n"
            "Z59.41 Food insecurity\n"
            "Z59.01 Sheltered homelessness\n"
            "Z59.02 Unsheltered homelessness\n"
            "Z59.12 Inadequate housing utilities\n"
            "Z60.2 Problems related to living alone\n"
            "Z75.3 Unavailability of health care facilities\n"
            "Primary codes such as E11.9 or I10 still come first. Questions: {name}, coding "
            "educator.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Food bank volunteer shifts - Saturday",
        "body": (
            "8-10 am sorting: {name}, {name2}\n"
            "10-12 distribution: {name3}, {first}\n"
            "Drivers for the senior delivery route: see the sign-up sheet.\n"
            "Closed-toe shoes and hairnets required.\n{cbo50}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter availability - December",
        "body": (
            "{name}: Somali, Tue/Thu in person\n"
            "{name2}: Haitian Creole, Mon-Fri video\n"
            "{name3}: Vietnamese, Wed only\n"
            "Russian and Dari: phone line only, access code {code}\n"
            "Language Services, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Driver roster and vehicles",
        "body": (
            "Driver            Vehicle   Type\n"
            "{name}    WAV-12    wheelchair van\n"
            "{name2}   SED-04    sedan\n"
            "{name3}   STR-01    stretcher van\n"
            "All drivers: CPR recertification due {date}. Dispatch {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood pressure checks after the 10 o'clock service",
        "body": (
            "Our parish nurse, {name}, RN, will take blood pressures in the fellowship hall "
            "after the 10 am service every first Sunday. She can also answer questions "
            "about {topic50} and about medicines like lisinopril and metformin. No "
            "appointment needed.\n{cbo50}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome {name}, our new nurse case manager",
        "body": (
            "Please welcome {name}, RN, who joins the complex care team on {date}. She spent "
            "eight years at {cbo50} helping people living with HIV and hepatitis C get to "
            "care. Extension {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clases de cocina para personas con diabetes",
        "body": (
            "Clases gratuitas de cocina saludable para personas con diabetes o presión "
            "alta. Todos los martes a las 6 pm en {site50}. Las promotoras {name} y {name2} "
            "enseñan recetas bajas en sal y azúcar. Información: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Klinik tansyon gratis dimanch la",
        "body": (
            "Enfimyè legliz la, {name}, RN, ap pran tansyon tout moun ki vle apre mès "
            "dimanch la. Pa bezwen randevou. N ap gen enfòmasyon sou dyabèt ak tansyon wo an "
            "kreyòl.\n{cbo50}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ngày hội sức khỏe cộng đồng",
        "body": (
            "Đo huyết áp, thử đường huyết (A1C) miễn phí, tư vấn bảo hiểm Medicaid và phiếu "
            "thực phẩm. Thời gian: {date}, 9 giờ sáng. Địa điểm: {site50}. Liên hệ: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shaqo bannaan: caawiye caafimaad bulsho",
        "body": (
            "Waxaan raadineynaa caawiye caafimaad bulsho (CHW) ku hadla Soomaali iyo "
            "Ingiriis. Shaqadu waxay ku saabsan tahay caawinta qoysaska qaba sonkorow iyo "
            "dhiig kar. Codso ka hor {date}. La xiriir {name}, maamulaha barnaamijka, "
            "{email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Бесплатный переводчик на приёме у врача",
        "body": (
            "Если вам нужен переводчик на приёме у врача, позвоните по номеру {phone} за 48 "
            "часов до визита. Услуга бесплатна для участников {plan50}. Переводчики "
            "работают с русским, украинским и другими языками.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: CHW case review huddle",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:CHW case review huddle\n"
            "DTSTART:20261203T090000\n"
            "DTEND:20261203T100000\n"
            "LOCATION:Conference room B12\n"
            "DESCRIPTION:Bring two de-identified cases each. No client names in the "
            "invite or the slides. Facilitator: {provider}.\n"
            "END:VEVENT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "chat export - ops",
        "body": (
            "[08:10] {provider_first}: van 3 still at the shop, moving the Eastside visits "
            "to van 1\n"
            "[08:12] {first}: ok. do we have enough BP cuffs for the fair?\n"
            "[08:13] {provider_first}: 12 in the cabinet, A1C cartridges arrive Thursday\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS thread - volunteer drivers",
        "body": (
            "Coordinator: Hi {first}, can you drive the Saturday meal route? 14 stops, "
            "cooler bags in the back room\n"
            "{first}: yes! what time\n"
            "Coordinator: pickup at 9 at the hub. thank you!!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: grant report numbers",
        "body": (
            "Numbers for the foundation report are below, please check them.\n\n"
            "> Households served: 2,316\n"
            "> Medically tailored meals delivered: 61,480\n"
            "> Participants with heart failure: 38%; diabetes: 44%\n"
            "> ED visits fell 21% in the six months after enrollment\n"
            "> {name}, program evaluator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Website copy: medically tailored meals",
        "body": (
            "<h2>Medically tailored meals</h2>\n"
            "<p>Members living with heart failure, diabetes, kidney disease, HIV or cancer "
            "may qualify for up to 12 weeks of home-delivered meals planned by a "
            "dietitian.</p>\n"
            "<p>Ask your care coordinator or call <b>{phone}</b>.</p>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Waiver policy update effective {date}",
        "body": (
            "The state has raised the personal care rate to {amount2} per 15-minute unit and "
            "capped homemaker services at 10 hours a week under the {waiver50}. EVV "
            "clock-in is now required for all visits. Provider bulletin {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "County screening totals (CSV)",
        "body": (
            "county,screened,food_insecure,housing,transport,referred_211\n"
            "Adams,1204,388,201,244,512\n"
            "Brown,876,260,97,180,301\n"
            "Clay,2310,812,455,509,1040\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mental Health First Aid for CHWs",
        "body": (
            "Eight-hour course on {date} at {site50}. Trainer: {name}, LCSW. Covers "
            "depression, anxiety, psychosis and substance use, and how to respond to a "
            "crisis. 20 seats. Register with {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contract {ref} - CHW services rates",
        "body": (
            "{plan50} will pay {company} a PMPM of $14.20 for CHW services, plus "
            "fee-for-service for CPT 98960-98962 and G0019/G0022. Term starts {date}. "
            "Signed by {name}, VP network contracting.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Street medicine van schedule",
        "body": (
            "Tuesday 6-9 pm: 5th and Main\n"
            "Thursday 6-9 pm: river path under the bridge\n"
            "Saturday 10-1: Harbor Light courtyard\n"
            "Clinicians: Dr. {provider}, {name}, RN\n"
            "Supplies needed: wound care kits, socks, naloxone, hand warmers.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shelter census tonight",
        "body": (
            "Beds filled: 118 of 125. Overflow cots: 14. Warming center opens at 20 F. "
            "Medical respite beds: 6 of 8 filled. Night lead: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you for your gift",
        "body": (
            "Dear {name},\n"
            "Thank you for your gift of {amount} to the diabetes pantry at {cbo50}. It "
            "buys about 300 diabetes-friendly food boxes. Receipt {invoice}.\n"
            "With gratitude,\n{provider}, development director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Renal menu, week 3",
        "body": (
            "Mon: herb chicken, white rice, green beans (sodium 540 mg, potassium 410 mg)\n"
            "Tue: turkey meatloaf, cauliflower mash\n"
            "Wed: egg white frittata, sourdough toast\n"
            "Approved by {name}, RD\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - interpretation minutes",
        "body": (
            "Language         Minutes\n"
            "Spanish          14,210\n"
            "Haitian Creole    3,115\n"
            "Vietnamese        2,480\n"
            "Somali            1,902\n"
            "Russian             866\n"
            "Total due: {amount}. PO {order}. {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out of office",
        "body": (
            "I am out of the office until {date}. For urgent transportation problems call "
            "the NEMT line at {phone}. If a member is in crisis, call or text 988.\n"
            "{name}, {role50}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grant awarded to expand promotora program",
        "body": (
            "{cbo50} received $480,000 to expand its diabetes prevention program with "
            "promotoras in three ZIP codes. Program director {name} said the grant will "
            "fund 6 new promotoras and A1C testing at community events.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Research roundup",
        "body": (
            "A study of 1,000 adults with heart failure found that medically tailored meals "
            "cut hospital admissions by 49%. A second study links produce prescriptions to "
            "a 0.6-point drop in A1C among adults with {topic50}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HEDIS preview: community health measures",
        "body": (
            "Controlling high blood pressure: 61.4%\n"
            "Diabetes, A1C over 9: 22.8%\n"
            "Follow-up after ED visit for substance use: 38.0%\n"
            "Members with a CHW contact: 7,905\n"
            "Quality lead: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How was your ride?",
        "body": (
            "Tell us about your recent trip. The survey takes two minutes: "
            "https://survey.example/ride/{code}\n"
            "Reply STOP to opt out. {plan50} transportation\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CBO portal password reset",
        "body": (
            "A password reset was requested for your community partner portal account. "
            "Code: {code}. Session {uuid}. If this wasn't you, contact {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PERS units shipped to warehouse",
        "body": (
            "{count} personal emergency response units, lot {lot}, shipped to the agency "
            "warehouse. Tracking {tracking}. Order {order}. Serial list attached.\n"
            "{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Happy 10th anniversary, {first}!",
        "body": (
            "Ten years ago {name} joined us as a promotora. Since then she has taught "
            "hundreds of families about diabetes and high blood pressure and trained 40 new "
            "promotoras. Cake in the community room at 3!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CHW certification complete",
        "body": (
            "{name} completed the 160-hour CHW certification, including modules on "
            "hypertension, diabetes, asthma, motivational interviewing and home safety. "
            "Certificate #{code}.\n{provider}, CHW supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coalition meeting minutes {date}",
        "body": (
            "Present: {name} ({cbo50}), {name2} ({plan50}), {name3} (county health)\n"
            "1. ED visits among people experiencing homelessness rose 14% this winter.\n"
            "2. Frostbite cases: 23, up from 9.\n"
            "3. Next meeting {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Teaching case for new CHWs",
        "body": (
            "Case: a 58-year-old woman with heart failure lives alone on the third floor "
            "and skips her water pill on days she has to go out. What questions would you "
            "ask? Which services could help? (Composite case; no real client.)\n"
            "{name}, CHW trainer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Translation request - PO {order}",
        "body": (
            "Please translate the attached handouts into Somali, Vietnamese, Russian and "
            "Haitian Creole: 'Living with {topic50}', 'Low-sodium shopping list' and 'How to "
            "book a ride'. Due {date}.\n{name}, health education\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider notice: NEMT scheduling changes",
        "body": (
            "Effective {date}, routine trips must be booked 48 hours ahead. Standing orders "
            "for dialysis, chemotherapy and methadone dosing stay in place. Urgent trips "
            "need a facility call to the broker at {phone}.\n"
            "State Medicaid Agency, bulletin {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A1C analyzers calibrated",
        "body": (
            "Point-of-care A1C analyzers at all three community sites were calibrated with "
            "control lot {lot}. Next QC on {date}. Biomed contact: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reference for {name}",
        "body": (
            "I am glad to recommend {name}, who worked with us as a {role50} from {year} to "
            "{year2}. She built trust with families, kept careful notes and never missed a "
            "home visit.\n{provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shift reminder",
        "body": (
            "Hi {first}, reminder: your pantry shift is tomorrow 9-12 at {site50}. Reply C "
            "to confirm or STOP to opt out.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EVV app update for caregivers",
        "body": (
            "Personal care aides must clock in and out with the new EVV app starting {date}. "
            "Version {version} fixes the GPS bug. Training with {name}, payroll, on "
            "Thursday. Help desk ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Did you know? Free rides to medical visits",
        "body": (
            "Members can get free rides to doctor, dialysis and pharmacy visits. Call {phone} "
            "at least two days ahead. Options include {mode50}.\n{plan50}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Care team directory",
        "body": (
            "{provider}, MD - medical director - NPI {npi}\n"
            "{name}, RN - nurse case manager - ext {ext}\n"
            "{name2} - {role50} - main line {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gift cards for survey participants",
        "body": (
            "Focus group participants get a $25 grocery card. The vendor file had two bad "
            "numbers, 4147 2090 8816 3352 and 5310 7742 0915 6628, which failed validation; "
            "replacements are on order {order}.\n{name}, research assistant\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

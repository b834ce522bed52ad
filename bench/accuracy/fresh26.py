"""Held-out split "fresh26": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (for the placeholder names of fill()
and fresh_fill(), the FRESH_VOCAB, FRESH4_VOCAB and FRESH5_VOCAB keys, the data format, and
so as not to repeat their templates), and checked this file's placeholders against those
keys by parsing generate.py with the ast module (importing it failed: Faker was not
installed for the helper). The author did not read gateway/, policies/,
docs/, tests/, README.md, bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file,
and did not run the detector, run.py, the benchmark or any test. It is meant to be run once,
as an honest, untuned measurement: do not tune the detector on these templates.

Angle: health information that lives outside the clinic. Mail from institutions that handle
health facts about individuals although they are not care providers: HR and benefits
brokers (dependents' coverage, leave, return-to-work restrictions), FSA/HSA/HRA
administrators, life and disability insurers and long-term-disability case managers,
pharmacy benefit managers and prior-authorisation letters to members, schools, camps and
sports clubs (health forms, EpiPens, inhalers, seizure plans, concussion protocols),
immigration medical exams (civil surgeons, I-693), travel clinics and vaccination
certificates, DOT medical cards and FAA medical certificates, court-ordered evaluations,
guardianship filings, probation drug testing, VA and TRICARE letters, gym intake forms,
clinical-trial sponsors, DNA-test companies and workplace wellness screening. Formats vary:
letters, labelled forms pasted as text, bulleted lists, tables, short notes, forwarded and
quoted mail, HTML-ish text, some Spanish. The hard negatives come from the same world:
enrolment announcements, eligible-expense lists, broker newsletters, leaderboards, general
school-nurse notices, packing lists, law-firm marketing, rule updates, class schedules,
recruitment ads, DNA-test marketing, vendor invoices, HR mail about non-health matters,
aggregate screening statistics, Luhn-failing card-like numbers and group numbers.

The vocabulary below (FRESH26_VOCAB: {benefit26} {cond26} {condes26} {kidcond26} {kidrx26}
{kid26} {specrx26} {vax26} {restrict26} {bio26} {expense26} {fsaitem26} {gene26} {drug26}
{sport26} {school26} {camp26} {trial26} {symes26}) was written from general knowledge of
how HR staff, brokers, insurers, schools, camps, examiners and the public write. Other
placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi=True when an identifiable individual (full name; title plus surname;
first name plus a date of birth, a named relative, an address or a phone; MRN, member ID,
SSN or MBI; the person's own phone, email or address) is linked to health information
(condition, symptom, finding, measurement, test result, medication, device, procedure,
appointment or visit for care, payment for care, leave or restriction for a medical reason,
disability). subject_phi=True only when the Subject alone identifies a person together with
health information, or holds a patient identifier in a care context. validated=True exactly
when {card}, {icd}, {mbi} or {ssn} appears in the subject or body. Negatives never use
{mrn}, {member}, {dob}, {ssn}, {card}, {icd} or {mbi}; they name only staff, vendors, or
people in matters with no health content, or nobody, or give aggregate figures. The
card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH26_VOCAB: dict[str, list[str]] = {
    "benefit26": [
        "Blue Ridge PPO 1500",
        "Summit HDHP 3400 with HSA",
        "Cascade EPO",
        "Harbor HMO Select",
        "Meridian PPO 750",
        "Northstar HDHP 2800",
        "Keystone Open Access Plus",
        "Evergreen Copay Plan",
    ],
    "cond26": [
        "insulin-treated diabetes",
        "obstructive sleep apnea on CPAP",
        "a herniated disc at L5-S1",
        "major depressive disorder",
        "post-concussion syndrome",
        "a full-thickness rotator cuff tear",
        "breast cancer in active chemotherapy",
        "long COVID with exertional fatigue",
        "paroxysmal atrial fibrillation",
        "relapsing-remitting multiple sclerosis",
        "uncontrolled hypertension",
        "bipolar I disorder",
        "a first unprovoked seizure",
        "a Crohn's disease flare",
        "chronic migraine",
        "monocular vision loss",
    ],
    "condes26": [
        "diabetes tipo 2",
        "asma persistente",
        "hipertensión arterial",
        "epilepsia",
        "depresión mayor",
        "artritis reumatoide",
        "una hernia de disco lumbar",
        "insuficiencia cardíaca",
        "alergia grave a los cacahuates",
        "apnea del sueño",
    ],
    "kidcond26": [
        "a peanut and tree nut allergy",
        "exercise-induced asthma",
        "type 1 diabetes (insulin pump)",
        "absence seizures",
        "ADHD",
        "a bee sting allergy",
        "celiac disease",
        "a heart murmur followed by cardiology",
        "nighttime bedwetting",
        "anxiety with panic attacks",
        "severe eczema",
        "migraines",
        "a shellfish allergy",
    ],
    "kidrx26": [
        "an EpiPen Jr (two pens)",
        "an albuterol inhaler with spacer",
        "Focalin XR 10 mg at 7:30 am",
        "Valtoco nasal spray for seizures",
        "insulin through an Omnipod",
        "cetirizine 5 mg daily",
        "a glucagon emergency kit",
        "melatonin 3 mg at bedtime",
        "an Auvi-Q 0.15 mg",
        "Flovent 44 mcg, 2 puffs twice a day",
    ],
    "kid26": [
        "Liam",
        "Sofia",
        "Noah",
        "Ava",
        "Mateo",
        "Harper",
        "Elijah",
        "Chloe",
        "Isabella",
        "Jayden",
    ],
    "specrx26": [
        "Skyrizi 150 mg",
        "Ozempic 1 mg",
        "Humira 40 mg pen",
        "Stelara 90 mg",
        "Nurtec ODT",
        "Xolair 300 mg",
        "Vyvanse 40 mg",
        "Zepbound 5 mg",
        "Cosentyx 300 mg",
        "Emgality 120 mg",
        "Rinvoq 15 mg",
        "Aimovig 70 mg",
    ],
    "vax26": [
        "MMR (2 doses)",
        "Tdap",
        "hepatitis B series",
        "varicella",
        "yellow fever",
        "injectable typhoid",
        "Japanese encephalitis",
        "rabies pre-exposure series",
        "polio booster",
        "meningococcal ACWY",
        "influenza",
    ],
    "restrict26": [
        "no lifting over 10 lb",
        "seated work only",
        "no driving company vehicles",
        "4-hour shifts for two weeks",
        "no ladder or scaffold work",
        "a 15-minute break every 2 hours to check blood sugar",
        "no night shifts",
        "no use of the right arm",
        "remote work 3 days a week",
    ],
    "bio26": [
        "blood pressure 152/98",
        "A1c 8.1%",
        "BMI 36.4",
        "total cholesterol 268 mg/dL",
        "fasting glucose 131 mg/dL",
        "LDL 190 mg/dL",
        "a positive cotinine (nicotine) test",
        "triglycerides 412 mg/dL",
        "HDL 31 mg/dL",
        "waist circumference 44 in",
    ],
    "expense26": [
        "physical therapy copays (6 visits)",
        "an orthodontic installment",
        "a CPAP replacement mask",
        "prescription eyeglasses",
        "counseling sessions with an LCSW",
        "insulin pump supplies",
        "hearing aids",
        "IVF medication",
        "allergy shots",
        "an ADHD evaluation",
    ],
    "fsaitem26": [
        "sunscreen SPF 15+",
        "contact lens solution",
        "adhesive bandages",
        "reading glasses",
        "breast pumps",
        "first aid kits",
        "digital thermometers",
        "menstrual care products",
        "cold and flu medicine",
        "blood pressure monitors",
    ],
    "gene26": [
        "a BRCA1 pathogenic variant",
        "two copies of the APOE e4 variant",
        "heterozygous Factor V Leiden",
        "an MLH1 variant (Lynch syndrome)",
        "carrier status for cystic fibrosis",
        "HFE C282Y homozygous (hereditary hemochromatosis)",
        "a CHEK2 variant",
        "carrier status for Tay-Sachs disease",
    ],
    "drug26": [
        "fentanyl",
        "THC metabolite",
        "methamphetamine",
        "cocaine metabolite",
        "oxycodone",
        "alcohol (EtG)",
        "benzodiazepines",
        "amphetamines",
    ],
    "sport26": [
        "varsity soccer",
        "JV football",
        "club volleyball",
        "wrestling",
        "cross-country",
        "ice hockey",
        "girls' lacrosse",
        "competitive cheer",
    ],
    "school26": [
        "Maple Grove Elementary",
        "Lincoln Middle School",
        "Riverside High School",
        "St. Brendan Academy",
        "Cedar Hills Middle School",
        "Eastview High School",
        "Oak Park Montessori",
        "Westbrook Elementary",
    ],
    "camp26": [
        "Camp Tall Pines",
        "Camp Kinnaird",
        "Lake Wendigo Day Camp",
        "Bluebird Hollow",
        "Camp Echo Ridge",
        "YMCA Camp Sequoyah",
        "Camp Silver Birch",
        "Harbor Sailing Camp",
    ],
    "trial26": [
        "ARBOR-3",
        "CLEAR-HF",
        "PINNACLE-2",
        "BRIGHTWAY",
        "NOVA-T2D",
        "HORIZON-MS",
        "SENTRY-AF",
        "CALM-M",
    ],
    "symes26": [
        "fiebre de 38.5",
        "un dolor de cabeza fuerte",
        "vómito",
        "sarpullido en los brazos",
        "dificultad para respirar",
        "dolor de estómago",
        "un golpe en la cabeza durante el recreo",
        "tos persistente",
    ],
}


FRESH26_PHI: list[dict] = [
    {
        "subject": "Over-age dependent request - decision",
        "body": (
            "Hi {first},\n\n"
            "Good news: the carrier approved your request to keep your son {name2} on the "
            "{benefit26} past his 26th birthday as an incapacitated dependent. The physician "
            "certification from Dr. {provider} (received {date}) confirms {cond26} and that "
            "he is not able to support himself through employment. The approval is reviewed "
            "every two years; we will remind you before {date2}.\n\n"
            "{name3}\nBenefits Specialist, People Team\n{company}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incapacitated dependent review: {name2} ({cond26})",
        "body": (
            "Employee: {name}\n"
            "Dependent: {name2} (child)\n"
            "Plan: {benefit26}\n"
            "Status: physician form received {date}, pending carrier review\n\n"
            "Carrier contact: {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your FSA claim {claim} needs more information",
        "body": (
            "Participant: {name}\n"
            "Employee ID: {code}\n"
            "Expense: {expense26}\n"
            "Amount requested: {amount}\n"
            "Date of service: {date}\n\n"
            "We could not approve this request because the receipt does not show the provider "
            "name and the date of service. Please upload an itemized statement or an "
            "Explanation of Benefits in the {company} Benefits app within 30 days.\n\n"
            "This message was sent by your Flexible Spending Account administrator.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Action required: HSA card transaction",
        "body": (
            "Dear {name},\n\n"
            "Your Health Savings Account debit card {card} was used on {date} at {clinic} for "
            '{amount}. The merchant described the charge as "{procedure}". IRS rules require '
            "you to keep documentation; if you receive a request from us, please upload the "
            "itemized receipt.\n\n"
            "Questions? Call {phone}, 24/7.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "HRA statement for {name}: {expense26} reimbursed",
        "body": (
            "Health Reimbursement Arrangement - Quarterly Statement\n\n"
            "Member ID: {member}\n"
            "| Date       | Paid to                   | Amount    |\n"
            "|------------|---------------------------|-----------|\n"
            "| {date}     | {clinic}                  | {amount}  |\n"
            "| {date2}    | {company} Pharmacy        | {amount2} |\n\n"
            "Remaining HRA balance is shown in your online account.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Leave of absence approved",
        "body": (
            "Dear {name},\n\n"
            "Your request for leave under the Family and Medical Leave Act has been approved "
            "for your own serious health condition. Your health care provider certified "
            "{cond26} and a continuous leave from {date} through {date2}, followed by "
            "intermittent leave of up to 2 days a month for flare-ups.\n\n"
            "When you return, your manager has agreed to the following accommodation: "
            "{restrict26}.\n\n"
            "Leave Administration\n{company}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RTW after {proc4} - {name} - {restrict26}",
        "body": (
            "Per the work status note from Dr. {provider_last}, please schedule accordingly "
            "starting {date}. Restrictions are in place until the follow-up visit on {date2}.\n"
            "\n{name2}\nHR Business Partner\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Renewal - large claimant question",
        "body": (
            "Hi {first},\n\n"
            "The underwriter came back on the renewal. They are asking about one large "
            "claimant driving the 14% increase. From the census it looks like it is {name2} "
            "in the warehouse: {proc5} in the spring and ongoing {specrx26}, roughly {amount} "
            "a month. They want to know whether he is still actively at work or on leave.\n\n"
            "I told them we would not share more than the carrier already has, but I wanted "
            "you to know what they are looking at.\n\n"
            "{name3}\nSenior Account Executive, {company} Insurance Brokers\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Su solicitud de licencia médica",
        "body": (
            "Estimado/a {name}:\n\n"
            "Hemos recibido el certificado médico firmado por el Dr. {provider}, en el que "
            "se indica que usted tiene {condes26} y que necesita reposo del {date} al {date2}. "
            "Su licencia médica ha sido aprobada y su sueldo se pagará según la póliza de "
            "incapacidad de corto plazo.\n\n"
            "Si tiene preguntas, llame a Recursos Humanos al {phone}.\n\n"
            "Atentamente,\nRecursos Humanos, {company}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - APS requested re {cond26}",
        "body": (
            "Underwriting needs an Attending Physician Statement before we can complete the "
            "review of this term life application.\n\n"
            "Proposed insured: {name}\n"
            "DOB: {dob}\n"
            "SSN: {ssn}\n"
            "Face amount: $750,000, 20-year term\n"
            "Physician: Dr. {provider}, {clinic}\n\n"
            "The application discloses treatment since {year}. Please order records for the "
            "last 5 years.\n\n"
            "New Business Case Manager\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Your life insurance application {ref}",
        "body": (
            "Dear {name},\n\n"
            "Thank you for applying for coverage with {company} Life. After reviewing your "
            "application and the results of the paramedical exam completed on {date}, we are "
            "unable to offer the Preferred Plus rate class you applied for. The exam showed "
            "{bio26}, and your records note treatment for {dx4}.\n\n"
            "We can offer coverage at the Standard rate class. Your agent, {name2}, will "
            "contact you with the revised premium.\n\n"
            "Underwriting Department\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Paramedical exam confirmed",
        "body": (
            "Hi {first},\n\n"
            "Your insurance exam is booked for {date} at {time}. The examiner will come to "
            "{address}.\n\n"
            "- Please fast for 8 hours (water is fine)\n"
            "- Have a photo ID ready\n"
            "- Have a list of your medications ready; you told us you take {rx4} and {rx5}\n\n"
            "To reschedule, call {phone} and give confirmation number {code}.\n\n"
            "{company} Paramedical Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claim {claim} - update from your case manager",
        "body": (
            "Hi {first},\n\n"
            "This is {name2}, your case manager for your long-term disability claim with "
            "{company}. I reviewed the office notes from Dr. {provider} dated {date}. They "
            "confirm that {cond26} still keeps you from the duties of your own "
            "occupation, so benefits are approved through {date2}.\n\n"
            "Before then I will need updated notes and a completed capacity form. I also "
            "left you a voicemail at {phone}.\n\n"
            "{name2}\nDisability Case Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LTD claim {claim} - {name} - {cond26} - IME scheduled",
        "body": (
            "Independent medical exam set for {date} at {time} with Dr. {provider}. "
            "Claimant has been notified by mail. Transportation request pending.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Attending physician statement received",
        "body": (
            "SHORT-TERM DISABILITY - ATTENDING PHYSICIAN STATEMENT (summary)\n\n"
            "Employee name ........ {name}\n"
            "SSN .................. {ssn}\n"
            "Employer ............. {company}\n"
            "Primary diagnosis .... ICD-10 {icd}\n"
            "First day absent ..... {date}\n"
            "Procedure ............ {proc4}\n"
            "Expected return ...... {date2}\n\n"
            "Status: complete. No further information needed from the physician.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Prior auth denied - {name} - {specrx26}",
        "body": (
            "Dear Member,\n\n"
            "We reviewed the request from your prescriber for {specrx26}. It was not approved "
            "because the records sent did not show that you have tried and failed two "
            "preferred alternatives for at least 12 weeks.\n\n"
            "Member ID: {member}\n"
            "Decision date: {date}\n\n"
            "You or your prescriber may appeal within 180 days by calling {phone}.\n\n"
            "Pharmacy Benefit Services, {company}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Important information about your prescription coverage",
        "body": (
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Medication: {specrx26}\n"
            "Coverage approved: {date} to {date2}\n\n"
            "This medication must be filled through our specialty pharmacy. A pharmacist from "
            "{company} Specialty will call you at {phone} to set up your first delivery and "
            "injection training.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Step therapy requirement",
        "body": (
            "Dear Mr. {last},\n\n"
            "Your plan requires step therapy before {specrx26} can be covered. Your "
            "prescriber's request lists {dx4}. Our records show a claim for {rx} but not for "
            "a second preferred drug. Once you have a trial of a second preferred drug on "
            "file, your prescriber can resubmit.\n\n"
            "Clinical Review Unit\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your order {order} has shipped",
        "body": (
            "Hi {name},\n\n"
            "Your 90-day supply of {specrx26} is on its way. Tracking: {tracking}. It is "
            "packed with ice packs; please refrigerate it as soon as it arrives. A signature "
            "is required at {address}.\n\n"
            "{company} Home Delivery Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last}, DOB {dob}: {specrx26} delivery on {date}",
        "body": (
            "Delivery window 12-4 pm. Patient asked us to leave the cooler with the building "
            "concierge. Copay card applied; balance due {amount2}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SAE follow-up - {trial26} site {ext}",
        "body": (
            "Hello,\n\n"
            "Following up on the serious adverse event reported from your site. The report "
            "should use the subject number only, but the narrative field contained the "
            "participant's name. For the record we have: {name}, DOB {dob}, hospitalized "
            "on {date} with {sym5} after the third dose of study drug. Please submit a "
            "corrected, de-identified narrative and a follow-up report within 5 days.\n\n"
            "{name2}\nClinical Safety, {company} Pharmaceuticals\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you for visit 6",
        "body": (
            "Dear {name},\n\n"
            "Thank you for completing visit 6 of the {trial26} study of an investigational "
            "treatment for {dx5} on {date}. A payment of {amount2} has been loaded onto your "
            "study card.\n\n"
            "Your next visit is on {date2} at {time}: fasting bloodwork, an ECG and a diary "
            "review. Please bring your study medication bottles.\n\n"
            "Study Coordinator, {clinic} Research Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - screen fail for {trial26} ({test5} out of range)",
        "body": (
            "Sponsor confirmed the screen failure. Please close the pre-screening log entry "
            "and send the participant the standard letter with the stipend for the visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your Health Predisposition report is ready",
        "body": (
            "Hi {first},\n\n"
            "The health report from your saliva kit (kit {ref}) is ready. Your results show "
            "{gene26}. This does not mean you have or will develop a disease, but we recommend "
            "discussing it with a healthcare professional.\n\n"
            "You are receiving this because {email} is the address on your account. Sign in "
            "to read the full report and book a call with a genetic counselor.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name}: {gene26} confirmed - genetic counseling booked",
        "body": (
            "Confirmatory clinical testing agreed with the consumer result. Counseling "
            "session by video on {date} at {time}. Customer asked for the report to be sent "
            "to Dr. {provider}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "A relative shared a report with you",
        "body": (
            "Hi {first},\n\n"
            "Your DNA match {name2} (predicted relationship: first cousin) has chosen to share "
            "a health report with you. {name2}'s report shows {gene26}. Because you share "
            "DNA, you may want to consider testing.\n\n"
            "Manage your sharing settings at any time in your account.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Autorización previa aprobada",
        "body": (
            "Estimado/a {name}:\n\n"
            "Le informamos que su médico solicitó autorización para {specrx26} y la solicitud "
            "fue aprobada el {date}. La autorización es válida hasta el {date2}.\n\n"
            "Número de miembro: {member}\n\n"
            "Puede surtir su receta en cualquier farmacia de la red. Para ayuda en español, "
            "llame al {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coverage determination notice",
        "body": (
            "NOTICE OF REDETERMINATION - MEDICARE PRESCRIPTION DRUG COVERAGE\n\n"
            "Enrollee name: {name}\n"
            "Medicare number: {mbi}\n"
            "Drug: {specrx26}\n"
            "Decision: APPROVED as a tiering exception\n"
            "Effective: {date} through the end of the plan year\n\n"
            "{company} Medicare Part D Plan\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Redetermination request - MBI {mbi} - {specrx26}",
        "body": (
            "Faxed request received {date} from the enrollee's daughter, with an appointment "
            "of representative form. Supporting notes from Dr. {provider_last} attached.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "RE: question about my daughter's prescription",
        "body": (
            "Hi Ms. {last},\n\n"
            "Thanks for writing in. I checked and {kid26}'s {kidrx26} is covered at the "
            "preferred brand tier, so the copay should be $25. The pharmacy billed it as "
            "non-formulary by mistake; please ask them to re-run the claim.\n\n"
            "Member Services, {company}\n\n"
            "> From: {name} <{email}>\n"
            "> Sent: {date}\n"
            "> My daughter {kid26} has {kidcond26} and the pharmacy charged me {amount} for "
            "her {kidrx26}. Is that right?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health information form for next year",
        "body": (
            "STUDENT HEALTH INFORMATION - {school26}\n\n"
            "Student: {kid26} {last}\n"
            "Date of birth: {dob}\n"
            "Grade: 4\n"
            "Health conditions: {kidcond26}\n"
            "Medication at school: {kidrx26}\n"
            "Physician: Dr. {provider}, {phone}\n"
            "Parent/guardian: {name}\n\n"
            "Signed electronically by the parent on {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "From the health lodge at {camp26}",
        "body": (
            "Hi {name},\n\n"
            "Just a quick note that your son {kid26} came to the health lodge after lunch "
            "today with {sym5}. Our nurse checked him over, his temperature was normal, and "
            "he rested for an hour before going back to his cabin. We gave him his "
            "{kidrx26} as usual. We will keep an eye on him tonight.\n\n"
            "{name2}, RN\nCamp Health Director\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{kid26} {last} - seizure action plan needed before {date}",
        "body": (
            "Hi,\n\nWe still do not have a signed seizure action plan or the rescue medication "
            "for the first day of school. Please drop both off at the nurse's office.\n\n"
            "School Nurse, {school26}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Concussion protocol - {name} - {sport26}",
        "body": (
            "Stage 3 (sport-specific drills) completed today without symptoms. Stage 4 "
            "(non-contact practice) on {date} if still symptom-free. Written clearance from "
            "the physician is still required before full contact.\n\n"
            "{name2}, ATC\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Physical form",
        "body": (
            "PREPARTICIPATION PHYSICAL EVALUATION - CLEARANCE FORM\n\n"
            "Athlete: {name}\n"
            "DOB: {dob}\n"
            "Sport(s): {sport26}\n"
            "Height/weight: 5'9\" / 162 lb\n"
            "BP: 138/86 (recheck advised)\n"
            "[ ] Cleared without restriction\n"
            "[X] Cleared, with recommendations for follow-up of {kidcond26}\n\n"
            "Examiner: {provider}, PA-C    Date: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aviso de la enfermera escolar",
        "body": (
            "Sr./Sra. {last}:\n\n"
            "Su hija {kid26} vino hoy a la enfermería a las {time} con {symes26}. La "
            "llamamos al {phone} pero no contestó. Por favor venga a recogerla lo antes "
            "posible. Según su expediente, {kid26} tiene {condes26}; por favor avísenos si "
            "hubo algún cambio en su tratamiento.\n\n"
            "Enfermería, {school26}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly injury report",
        "body": (
            "Athletic training room, week of {date}\n\n"
            "| Athlete  | Sport       | Injury              | Status                 |\n"
            "|----------|-------------|---------------------|------------------------|\n"
            "| {name}   | {sport26}   | left ankle sprain   | out, re-eval Monday    |\n"
            "| {name2}  | wrestling   | concussion          | protocol stage 2       |\n"
            "| {name3}  | swim        | shoulder tendinitis | modified practice      |\n\n"
            "Coaches: please do not post this list in the locker room.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: {camp26} medication form",
        "body": (
            "Forwarding for the cabin counselor binder.\n\n"
            "---------- Forwarded message ----------\n"
            "From: {name} <{email}>\n"
            "Date: {date}\n\n"
            "Camper: {kid26} {last}, cabin 6, session 2\n"
            "Daily medication: {kidrx26}\n"
            "Allergies / conditions: {kidcond26}\n"
            "Please call me at {phone} if anything happens.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "504 plan meeting - {date}",
        "body": (
            "Dear Mr. and Mrs. {last},\n\n"
            "We would like to meet to review {kid26}'s Section 504 plan. Based on the "
            "documentation of {kidcond26} from Dr. {provider}, the team is proposing the "
            "following accommodations:\n"
            "  * extended time on tests (time and a half)\n"
            "  * access to water and snacks in class\n"
            "  * a quiet place to rest with the nurse when needed\n\n"
            "The meeting is at {time} in the main office conference room.\n\n"
            "{name2}, 504 Coordinator, {school26}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EpiPen expired - {kid26} {last}, room 12",
        "body": (
            "The auto-injector on file expired last month. Please send a replacement; the "
            "student cannot go on the field trip on {date} without it.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "dropping off inhaler",
        "body": (
            "hi, this is {name}, {kid26}'s mom (3rd grade, Ms. {provider_last}'s class). he "
            "forgot his albuterol inhaler at home today, I'll bring it to the front office around "
            "noon. his asthma was bad last night so please let him sit out of PE. my cell is "
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical alert on file: {name}, {kidcond26}",
        "body": (
            "Coaches, please note the swimmer above. The parent has provided {kidrx26}, which "
            "stays in the coach bag at every practice and meet.\n\n{company} Aquatics Club\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Vision screening results",
        "body": (
            "<html><body>\n"
            "<p>Dear Parent/Guardian of <b>{kid26} {last}</b>,</p>\n"
            "<p>Your child was screened at {school26} on {date}.</p>\n"
            "<table><tr><td>Right eye</td><td>20/60</td><td>DID NOT PASS</td></tr>\n"
            "<tr><td>Left eye</td><td>20/25</td><td>pass</td></tr></table>\n"
            "<p>Please have your child seen by an eye doctor and return the bottom part of "
            "this form to the nurse.</p>\n"
            "</body></html>\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical exemption form - {name2} - {vax26}",
        "body": (
            "Dr. {provider} certifies that the student named above must not receive the "
            "vaccine listed because of a documented severe reaction to a previous dose. The "
            "exemption is valid until {date2}. Copy filed with the district nurse.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Baseline testing - {sport26}",
        "body": (
            "Coach,\n\n"
            "Baseline neurocognitive tests are done for your roster. Everyone is valid except:\n"
            "- {name}: invalid baseline, retest needed (history of ADHD, on stimulant medication)\n"
            "- {name2}: prior concussion in {year2}, baseline scores low on visual memory\n\n"
            "Retests on {date} in the library.\n\n"
            "Athletic Trainer\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Immigration medical exam - appointment confirmation",
        "body": (
            "Applicant: {name}\n"
            "Date of birth: {dob}\n"
            "Passport: {passport}\n"
            "Appointment: {date} at {time} with Dr. {provider}, USCIS civil surgeon\n\n"
            "Please bring: your vaccination records, a list of current medications, your "
            "glasses if you wear them, and the exam fee of {amount2}. Blood will be drawn for "
            "the TB (IGRA) and syphilis tests; results take about 5 business days.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "I-693 - {name} - IGRA positive, chest X-ray needed",
        "body": (
            "Chest X-ray ordered at the imaging center on {date}. The sealed envelope cannot be "
            "released until the radiology report is back. Applicant informed by phone.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: your medical exam",
        "body": (
            "Hi {first},\n\n"
            "Thanks for the update. The civil surgeon is right: USCIS requires that vaccine "
            "(or a documented reason it cannot be given). Once you have the dose, ask the "
            "civil surgeon's office to complete and seal the form and bring the envelope to "
            "our office unopened. We will file it with your I-485.\n\n"
            "{name2}, Paralegal\n{company} Immigration Law\n\n"
            "On {date}, {name} <{email}> wrote:\n"
            "> The doctor said I still need the {vax26} vaccine and my titer for hepatitis B "
            "came back negative so I need the whole series. Will this delay my case?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "I-693 ready for pickup - {name} - Class B1 TB",
        "body": (
            "Sealed form ready at the front desk. Applicant was treated for latent TB in the "
            "home country; follow-up with the local health department within 30 days of "
            "arrival is recommended.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Examen médico de inmigración",
        "body": (
            "Sr. {last}:\n\n"
            "Le recordamos que su examen médico para el formulario I-693 está programado para "
            "el {date} a las {time}. Según el registro de vacunas que nos envió, le falta la "
            "vacuna {vax26}; se la podemos aplicar el mismo día. También debemos repetir su "
            "prueba de tuberculosis porque la anterior fue positiva.\n\n"
            "Traiga su pasaporte ({passport}) e identificación.\n\n"
            "Consultorio del Dr. {provider}, cirujano civil\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your travel consultation summary",
        "body": (
            "Hello {name},\n\n"
            "Summary of today's visit before your trip (outbound flight {flight}):\n"
            "  * Given today: {vax26}, lot {lot}\n"
            "  * Second dose due: {date2}\n"
            "  * Malaria prevention: atovaquone-proguanil, start 2 days before arrival\n"
            "  * Traveler's diarrhea: azithromycin 1 g, single dose, if needed\n\n"
            "Your International Certificate of Vaccination is attached.\n\n"
            "{company} Travel Health\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Yellow fever certificate for {name}, passport {passport}",
        "body": (
            "Hi, attaching the scanned ICVP (vaccinated on {date}, batch {lot}) for the visa "
            "application. The original stays with the traveler.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your DOT medical examination",
        "body": (
            "Driver: {name}\n"
            "Exam date: {date}\n"
            "Result: Meets standards, but periodic monitoring required\n"
            "Certificate valid until: {date2} (1 year) because of {cond26}\n"
            "Restrictions: wearing corrective lenses\n"
            "Medical examiner: {provider}, National Registry #{code}\n\n"
            "Keep the card in your cab. Send a copy to your carrier's safety department.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - med card expires {date}, sleep study pending",
        "body": (
            "Driver cannot be dispatched after the date above until we have a new medical "
            "examiner's certificate on file. Please keep him on local routes.\n\n"
            "Safety Department\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Driver file update",
        "body": (
            "DRIVER: {upper_name}\n"
            "Status: NOT QUALIFIED as of {date}\n\n"
            "Reason: the driver reported he started insulin. Under the insulin-treated "
            "diabetes rule he needs the ITDM assessment form from his treating clinician "
            "before a medical examiner can issue a new certificate. Remove from the "
            "schedule until then.\n\n"
            "{name2}, Compliance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FAA medical application - deferral",
        "body": (
            "Dear Mr. {last},\n\n"
            "As discussed at your exam on {date}, I was not able to issue your medical "
            "certificate because you reported the use of {rx4} and a history of {cond26}. "
            "Your application has been deferred to the FAA Aerospace Medical Certification "
            "Division. You may be considered for a Special Issuance once they have a current "
            "status report from your treating physician.\n\n"
            "Dr. {provider}, Senior AME\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Special Issuance - {name} - {cond26}",
        "body": (
            "Authorization letter received {date}. Next status report due with the annual "
            "exam. Please file in the pilot's folder.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRO verified result: {name} - positive for {drug26}",
        "body": (
            "The Medical Review Officer verified the random test collected on {date} "
            "(specimen {ref}) as positive. No legitimate medical explanation was provided. The "
            "employee must be removed from safety-sensitive duties immediately and referred to "
            "a substance abuse professional.\n\nDesignated Employer Representative\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Driver qualification file - {name}",
        "body": (
            "Items received for the file:\n"
            "  - Application for employment, SSN {ssn}\n"
            "  - Motor vehicle record, clean\n"
            "  - Medical examiner's certificate, valid to {date2}, with the notes "
            '"wearing hearing aid" and "accompanied by a Skill Performance Evaluation '
            'certificate" (left hand amputation)\n'
            "  - Road test certificate\n\n"
            "File is complete.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Trip cancellation claim {claim}",
        "body": (
            "Dear {name},\n\n"
            "We have approved your trip cancellation claim. The hospital records show you "
            "were admitted on {date} with {dx4}, two days before departure. A refund of "
            "{amount} has been issued to the card used for the booking, {card}.\n\n"
            "{company} Travel Protection\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Court-ordered evaluation - case {permit}",
        "body": (
            "To the Court:\n\n"
            "Pursuant to the order of {date}, I evaluated the defendant, {name} (DOB {dob}), "
            "for competency to stand trial. Mr. {last} meets criteria for {dx4} and is "
            "currently prescribed {rx4}. In my opinion he understands the charges and can "
            "assist counsel, provided his medication is continued in custody.\n\n"
            "Respectfully submitted,\n{provider}, Psy.D., Forensic Psychologist\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Guardianship petition - {name} - dementia capacity assessment",
        "body": (
            "Attached is the physician's certificate for the hearing on {date}. Dr. "
            "{provider_last} found that the respondent cannot manage finances or make medical "
            "decisions. The petitioner is the respondent's daughter, {name2}.\n\n"
            "{name3}, Attorney at Law\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your testing schedule",
        "body": (
            "{name},\n\n"
            "Your color code is ORANGE. Call the testing line at {phone} every morning before "
            "8 am; if ORANGE is called, you must report to the testing site the same day.\n\n"
            "Your sample collected on {date} was positive for {drug26}. As a condition of "
            "probation you must attend an intake assessment at {clinic} on {date2}.\n\n"
            "Officer {name2}\nAdult Probation Department\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} (case {permit}) - missed methadone dosing",
        "body": (
            "The program reports three missed doses this week. Please call me before the "
            "review hearing on {date}.\n\nProbation Officer\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your disability rating decision",
        "body": (
            "Dear {name},\n\n"
            "We made a decision on your claim for disability compensation received {date}.\n\n"
            "VA file number: {ssn}\n\n"
            "  Issue                                        Decision          Rating\n"
            "  {dx4}                                        Service connected 50%\n"
            "  Tinnitus                                     Service connected 10%\n"
            "  Left knee strain                             Not service connected\n\n"
            "Your combined rating is 60%, effective {date2}.\n\n"
            "Regional Benefit Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "C&P exam for {name} on {date} - PTSD and tinnitus",
        "body": (
            "Exam scheduled through the contract examiner at {address}, {time}. Veteran "
            "requested a female examiner.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your TRICARE referral",
        "body": (
            "Sponsor: {name2}\n"
            "Beneficiary: {name} (spouse)\n"
            "Referral number: {ref}\n"
            "Referred to: {clinic}, {specialty}\n"
            "Reason: {proc4} evaluation\n"
            "Authorized visits: 6, valid through {date2}\n\n"
            "Please call the specialist at {phone} to schedule.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New member readiness questionnaire",
        "body": (
            "PHYSICAL ACTIVITY READINESS QUESTIONNAIRE\n\n"
            "Name: {name}\n"
            "Phone: {phone}\n"
            "Email: {email}\n\n"
            "1. Has a doctor ever said you have a heart condition?  YES - {cond26}\n"
            "2. Do you take medication for blood pressure or a heart condition?  YES - {rx}\n"
            "3. Do you lose balance because of dizziness?  NO\n"
            "4. Goals: lose 20 lb, train for a 5K\n\n"
            "Submitted at the front desk, {company} Fitness, {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - no overhead lifts after {proc4}",
        "body": (
            "Hey team, heads up for Saturday's bootcamp. Client brought a note from the "
            "surgeon. Keep everything below shoulder height until further notice.\n\n"
            "{name2}, Head Trainer\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your biometric screening results",
        "body": (
            "Participant: {name}\n"
            "Employee ID: {code}\n"
            "Screening date: {date}\n\n"
            "  Blood pressure ....... 146/94   (above target)\n"
            "  Glucose .............. 118 mg/dL (above target)\n"
            "  Result flagged ....... {bio26}\n\n"
            "Because two results are outside the target range, you qualify for free health "
            "coaching. Your coach will call you at {phone}.\n\n"
            "{company} Wellness\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last}: A1c 8.4 - enrolled in diabetes coaching",
        "body": (
            "First call completed {date}. Participant is on {rx} and agreed to weekly "
            "check-ins. Next call {date2}.\n\nHealth Coach\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Reasonable alternative request approved",
        "body": (
            "Hi {name},\n\n"
            "Because your physician, Dr. {provider}, certified that {cond26} makes it "
            "medically inadvisable for you to complete the step challenge, you can earn the same "
            "{amount2} premium credit by completing four sessions with a health coach "
            "instead. The credit will appear on your paycheck after {date2}.\n\n"
            "Wellness Program Team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulario de salud - nuevo socio",
        "body": (
            "Nombre: {name}\n"
            "Teléfono: {phone}\n"
            "Correo: {email}\n"
            "¿Tiene alguna condición médica?  Sí: {condes26}\n"
            "¿Toma medicamentos?  Sí: {rx4}\n"
            "¿Tiene lesiones recientes?  No\n"
            "Contacto de emergencia: {name2}\n\n"
            "Gimnasio {company}, {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EAP referral confirmation",
        "body": (
            "Dear {name},\n\n"
            "Thank you for contacting the Employee Assistance Program. As discussed, you have "
            "been referred to {name2}, LCSW, for up to six free counseling sessions for "
            "{cond26}. Your first appointment is {date} at {time}. Nothing about your use of "
            "the EAP is shared with your employer.\n\n"
            "{company} EAP, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Death claim {claim}",
        "body": (
            "Claim summary for the beneficiary's file:\n\n"
            "Insured: {name}\n"
            "SSN: {ssn}\n"
            "Date of death: {date}\n"
            "Cause of death per certificate: complications of {dx5}\n"
            "Contestable period: no (policy issued {year})\n"
            "Beneficiary: {name2} (spouse)\n"
            "Benefit: {amount}\n\n"
            "Claim approved for payment.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]

FRESH26_NEG: list[dict] = [
    {
        "subject": "Open enrollment starts Monday",
        "body": (
            "Hi everyone,\n\n"
            "Open enrollment for next year runs from {date} to {date2}. Three medical plans "
            "are offered:\n"
            "  * {benefit26}\n"
            "  * Summit HDHP 3400 with HSA (the company contributes $750)\n"
            "  * Harbor HMO Select\n\n"
            "New this year: fertility coverage including IVF, a diabetes prevention program, "
            "virtual physical therapy, and $0 generic maintenance drugs for high blood "
            "pressure, asthma and depression. If you do nothing, your current elections roll "
            "over, except the FSA, which you must re-elect.\n\n"
            "{name}\nBenefits Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What can I buy with my FSA?",
        "body": (
            "Eligible without a prescription:\n"
            "- {fsaitem26}\n"
            "- pain relievers (ibuprofen, acetaminophen, naproxen)\n"
            "- allergy medicine such as loratadine and cetirizine\n"
            "- glucose meters and test strips\n"
            "- heating pads and knee braces\n\n"
            "Eligible with a letter of medical necessity: massage therapy, weight-loss "
            "programs for a diagnosed condition, air purifiers for asthma.\n\n"
            "Not eligible: gym memberships, teeth whitening, vitamins for general health.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Broker Briefing: what employers need to know this quarter",
        "body": (
            "In this issue:\n"
            "1. Mental health parity: the new comparative analysis requirements\n"
            "2. GLP-1 drugs: how plans are managing the cost of weight-loss coverage\n"
            "3. ACA affordability percentage for next year\n"
            "4. Form 5500 deadline reminders\n\n"
            "Questions? Your account team, led by {name}, is available at {phone}.\n\n"
            "{company} Insurance Brokers{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New HSA contribution limits",
        "body": (
            "The IRS has announced next year's HSA limits: $4,400 for self-only coverage and "
            "$8,750 for family coverage, plus a $1,000 catch-up contribution if you are 55 or "
            "older. Only employees enrolled in the Summit HDHP can contribute. Update your "
            "payroll election in the portal by {date}.\n\nPayroll and Benefits\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Summary Plan Description - version {version}",
        "body": (
            "The Summary Plan Description for the {company} Employee Health Plan (group number "
            "{code}) has been updated to version {version}, effective {date}. Changes: the "
            "out-of-network coinsurance for behavioral health now matches in-network, and "
            "the appeal deadline wording was clarified. No action is needed.\n\nPlan "
            "Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "W-2 reissued",
        "body": (
            "Hi {first},\n\n"
            "As requested, your corrected W-2 has been reissued because the mailing address "
            "was out of date. You can download it from the payroll portal; a paper copy will "
            "go to {address}.\n\n"
            "{name2}\nPayroll\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Garage access badges",
        "body": (
            "The following employees have new garage badges ready at security: {name}, "
            "{name2}, {name3}. Old badges stop working on {date}. Please bring your employee "
            "ID.\n\nFacilities\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Overdue: annual compliance training",
        "body": (
            "Managers,\n\n"
            "These team members have not finished the annual code-of-conduct and "
            "harassment-prevention modules, due {date}:\n"
            "  - {name} (Finance)\n"
            "  - {name2} (Warehouse)\n"
            "  - {name3} (Customer Support)\n\n"
            "Please remind them. The modules take about 45 minutes.\n\nLearning & Development\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Step challenge - week 3 leaderboard",
        "body": (
            "Great week, everyone! Top walkers so far:\n\n"
            "| Rank | Name     | Team        | Steps   |\n"
            "|------|----------|-------------|---------|\n"
            "| 1    | {name}   | Night Owls  | 142,318 |\n"
            "| 2    | {name2}  | Sole Mates  | 131,904 |\n"
            "| 3    | {name3}  | Night Owls  | 118,772 |\n\n"
            "Team standings and the raffle draw are on the wellness page.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wellness screening results: aggregate report",
        "body": (
            "Leadership team,\n\n"
            "{count} employees took part in this year's onsite screening. Aggregate results "
            "(no individual data is shared with the company):\n"
            "  * 38% had elevated blood pressure (130/80 or higher)\n"
            "  * 22% had an A1c in the prediabetes range\n"
            "  * 41% had a BMI of 30 or above\n"
            "  * 9% reported tobacco use, down from 12%\n\n"
            "We recommend adding a blood-pressure coaching track next year.\n\n"
            "{company} Wellness Analytics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Benefits fair vendor list",
        "body": (
            "Tables confirmed for the benefits fair on {date} in the cafeteria:\n"
            "  - Medical carrier (two tables)\n"
            "  - Dental and vision carriers\n"
            "  - FSA/HSA administrator\n"
            "  - EAP and mental-health app\n"
            "  - Flu shot clinic (bring your insurance card)\n"
            "  - 401(k) provider\n\n"
            "Setup starts at 7 am. Contact {name} at ext. {ext} with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dependent eligibility audit",
        "body": (
            "To keep costs fair for everyone, we are verifying that all dependents on our "
            "health plans are eligible. Over the next month, employees who cover a spouse or "
            "children will receive a letter asking for documents such as a marriage "
            "certificate or birth certificate. Dependents who are not verified by {date} will "
            "be removed from coverage.\n\n"
            "Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "General notice of COBRA rights",
        "body": (
            "This notice has important information about your right to COBRA continuation "
            "coverage, which is a temporary extension of coverage under the plan. You and "
            "your covered family members may elect COBRA if coverage would otherwise end "
            "because of a qualifying event, such as termination of employment, reduction in "
            "hours, divorce, or a child losing dependent status. Contact the plan "
            "administrator at {phone} for more information.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Inscripción abierta de beneficios",
        "body": (
            "Estimados compañeros:\n\n"
            "La inscripción abierta será del {date} al {date2}. Este año ofrecemos tres "
            "planes médicos, incluido el {benefit26}, y ahora cubrimos terapia psicológica "
            "por video sin copago y medicamentos genéricos para la diabetes y la presión "
            "alta sin costo.\n\n"
            "Habrá sesiones informativas en español el martes y el jueves a las 12:30.\n\n"
            "{name}\nRecursos Humanos\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - consulting fees",
        "body": (
            "Client: {company}\n"
            "Group number: {code}\n"
            "Service period: {date} - {date2}\n"
            "Renewal marketing and compliance services ........ {amount}\n"
            "Total due ........................................ {amount}\n\n"
            "Please remit within 30 days. Account manager: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary changes effective January 1",
        "body": (
            "The following changes apply to all members of the {benefit26} pharmacy benefit:\n\n"
            "| Drug                | Change                          |\n"
            "|---------------------|---------------------------------|\n"
            "| {specrx26}          | moves to preferred tier         |\n"
            "| Januvia             | removed; sitagliptin generic    |\n"
            "| Symbicort           | prior authorization added       |\n"
            "| Adalimumab biosimilars | preferred over Humira        |\n\n"
            "Members affected by a change will receive a letter 60 days before it takes "
            "effect.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prior authorization: new electronic submission portal",
        "body": (
            "Dear Provider,\n\n"
            "Starting {date}, prior authorization requests for specialty medications, "
            "including biologics for psoriasis, Crohn's disease and asthma, must be submitted "
            "through the electronic portal. Faxed requests will be returned. Most decisions "
            "will be made within 24 hours. Training webinars are listed below.\n\n"
            "Provider Relations, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} Specialty - invoice {invoice}",
        "body": (
            "Bill to: Accounts Payable\n"
            "Order: {order}\n"
            "Items: insulated shipping coolers (case of 24), gel packs, sharps containers\n"
            "Shipped: {date}, tracking {tracking}\n"
            "Amount due: {amount}\n\n"
            "Paid by corporate card ending 4415 (full number on file: 4532 7781 0093 4415).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteers needed for a migraine study",
        "body": (
            "Do you have migraines 4 or more days a month? You may qualify for the "
            "{trial26} research study of an investigational preventive medication.\n\n"
            "  * Ages 18-65\n"
            "  * 7 clinic visits over 6 months\n"
            "  * Compensation up to $900 for time and travel\n\n"
            "To see if you qualify, call {phone} or visit the study website. This study is "
            "sponsored by {company} Pharmaceuticals.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{trial26} monitoring visit schedule",
        "body": (
            "Hello site team,\n\n"
            "Your next interim monitoring visit is on {date}. I will review the regulatory "
            "binder, drug accountability logs and source documents for subjects enrolled "
            "since the last visit. Please reserve a room with internet access and have the "
            "pharmacist available at 2 pm.\n\n"
            "{name}\nClinical Research Associate, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Site payment remittance - {trial26}",
        "body": (
            "Payment {ref} of {amount} was sent to your site on {date} for the following "
            "completed items: screening visits (4), randomization visits (3), start-up fee, "
            "IRB fee pass-through. Questions about the remittance go to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Black Friday: 50% off Health + Ancestry",
        "body": (
            "Find out what your DNA says about you.\n\n"
            "  * 150+ reports on traits, wellness and carrier status\n"
            "  * Health predisposition reports for type 2 diabetes, celiac disease and more\n"
            "  * Connect with DNA relatives around the world\n\n"
            "Sale ends {date}. Use code GIVEDNA at checkout.{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "We've updated our Privacy Statement",
        "body": (
            "We're updating our Privacy Statement, effective {date}. The main changes: we "
            "explain more clearly how we use genetic data for research (only with your "
            "consent), how long we keep saliva samples, and how you can delete your account "
            "and data. You don't need to do anything. Read the full statement on our website.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New: historical records for Ireland",
        "body": (
            "Hi {first},\n\n"
            "We just added 12 million parish, census and ship records from Ireland. Members "
            "with Irish roots are already finding new branches for their family trees. "
            "Search them free this weekend.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: FSA run-out period ends soon",
        "body": (
            "You have until {date} to submit claims for eligible expenses incurred during "
            "last plan year. Up to $640 of unused funds carries over; anything above that is "
            "forfeited. Eligible items include {fsaitem26}, copays, dental work and "
            "prescription drugs.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Disability insurance - product update for brokers",
        "body": (
            "Our group long-term disability product now includes a mental health and "
            "substance use benefit of up to 24 months, a return-to-work incentive, and "
            "expedited claims for cancer diagnoses. Rate filings are approved in 46 states. "
            "Contact your sales representative, {name}, at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Term life quotes in minutes",
        "body": (
            "Protect your family with up to $1 million of term life coverage. Many applicants "
            "qualify without a medical exam. Rates depend on age, tobacco use and health "
            "history. Get your free quote today from {company} Life.{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "From the school nurse: flu season",
        "body": (
            "Dear families,\n\n"
            "Flu season is here. Please keep your child home if they have a fever of 100.4 or "
            "higher, and until they have been fever-free for 24 hours without medicine. Teach "
            "your child to cough into their elbow and wash hands often. The free flu vaccine "
            "clinic will be held in the gym at {school26} on {date}; consent forms are in "
            "the front office.\n\n"
            "School Health Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Head lice policy reminder",
        "body": (
            "A few cases of head lice have been reported in the lower grades. This is common "
            "and not a sign of poor hygiene. Our district no longer sends students home for "
            "lice; parents of a child found with live lice will be called privately. Please "
            "check your child's hair weekly. Information sheets in English and Spanish are "
            "on the school website.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{camp26} packing list",
        "body": (
            "What to bring for a one-week session:\n"
            "  [ ] sleeping bag and pillow\n"
            "  [ ] 2 swimsuits, towel, water shoes\n"
            "  [ ] sunscreen and bug spray (labelled)\n"
            "  [ ] rain jacket and a warm sweatshirt\n"
            "  [ ] flashlight with extra batteries\n"
            "  [ ] any prescription medications in the original bottle, handed to the nurse "
            "at check-in\n\n"
            "Please leave phones, snacks and valuables at home.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camp forms due {date}",
        "body": (
            "Friendly reminder: the health history form, the physician exam form and the "
            "medication authorization (if your camper takes any medicine) are due by {date}. "
            "Campers without complete forms cannot check in. Upload them in your CampPortal "
            "account. Questions? Email our health director at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sports physical night",
        "body": (
            "{school26} athletics is hosting low-cost sports physicals on {date} from 5 to "
            "8 pm in the nurse's office wing. Cost is $20 (cash or check). Bring the "
            "completed history page signed by a parent. Physicals are required before the "
            "first practice of {sport26} and all other fall sports.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concussion training complete",
        "body": (
            "Thanks to all coaches who completed the state-required concussion awareness "
            "course before the season: {name}, {name2} and {name3}. Certificates are on file "
            "with the athletic office. Remember: when in doubt, sit them out.\n\n"
            "Athletic Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bus times for Saturday's meet",
        "body": (
            "Varsity roster traveling Saturday: {name}, {name2}, {name3} and the rest of the "
            "team. Bus leaves the east lot at 6:45 am sharp; we return around 4 pm. Bring a "
            "packed lunch and your team warm-ups. Parents driving separately, sign out with "
            "Coach {provider_last}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vacunas requeridas para séptimo grado",
        "body": (
            "Estimadas familias:\n\n"
            "Todos los estudiantes que entran a séptimo grado necesitan la vacuna Tdap y la "
            "primera dosis de la vacuna meningocócica antes del primer día de clases. Pueden "
            "traer el registro de vacunas a la enfermería de {school26} o vacunarse gratis "
            "en la clínica escolar el {date}.\n\n"
            "Gracias,\nOficina de Salud Escolar\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Allergy-aware classroom",
        "body": (
            "Dear families of room 14,\n\n"
            "Our classroom is nut-aware this year. Please do not send snacks containing "
            "peanuts or tree nuts for sharing, and choose store-bought treats with an "
            "ingredient label for birthday celebrations. Thank you for helping every student "
            "stay safe.\n\n"
            "{name}, Grade 2 Teacher\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AED delivery - order {order}",
        "body": (
            "Your order of 3 automated external defibrillators, wall cabinets and spare "
            "pads for {school26} shipped on {date}. Tracking number: {tracking}. Invoice "
            "{invoice} for {amount} will follow. Staff CPR/AED training can be booked with "
            "{name} at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stock epinephrine program renewal",
        "body": (
            "The district's stock epinephrine program has been renewed for the school year. "
            "Each building will receive two adult and two junior auto-injectors for use in "
            "an emergency for any student or staff member. Designated staff must complete "
            "the 30-minute online training by {date}. Building principals will receive the "
            "order confirmation ({order}).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field trip permission slips",
        "body": (
            "Hi families! The 4th grade trip to the science museum is on {date}. Please send "
            "in the signed permission slip and $12 by Friday. We still need 4 chaperones; "
            "reply to this email if you can help. Thanks to {name} and {name2} for "
            "volunteering already!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Green card through marriage? We can help",
        "body": (
            "{company} Immigration Law has helped thousands of families with adjustment of "
            "status, consular processing and naturalization. Our flat-fee packages include "
            "preparing your I-130, I-485 and work permit, and a checklist for the medical "
            "exam with a USCIS civil surgeon. Free 15-minute consultation: {phone}.{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy alert: Form I-693 validity",
        "body": (
            "USCIS has updated its policy on the validity of Form I-693, Report of Immigration "
            "Medical Examination and Vaccination Record. A form signed by the civil surgeon "
            "on or after the effective date must be submitted together with the I-485; "
            "forms submitted separately will be rejected. Applicants should also note the "
            "updated COVID-19 vaccination guidance.\n\n"
            "{name}, Partner\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Traveling this winter? Vaccines in stock",
        "body": (
            "Our travel clinic now has yellow fever, typhoid and Japanese encephalitis "
            "vaccines in stock. Book at least 4-6 weeks before departure. A consultation "
            "covers destination-specific risks, malaria tablets and altitude sickness. "
            "Walk-ins welcome Saturdays 9-12 at {address}.\n\n{company} Travel Health{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your conference itinerary",
        "body": (
            "Hi {first},\n\n"
            "You're booked on flight {flight} departing {date} at {time}, returning {date2}. "
            "Hotel confirmation {ref}. The company card will be charged for the registration "
            "fee ({amount}). Have a great conference!\n\n"
            "{name2}\nTravel Desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FMCSA update: Drug & Alcohol Clearinghouse",
        "body": (
            "Reminder for motor carriers: you must run a full query of the Clearinghouse "
            "before hiring a CDL driver and a limited query of every current driver at least "
            "once a year. Positive results and refusals reported by MROs and employers stay "
            "in the Clearinghouse for 5 years. Our compliance webinar on {date} covers the "
            "new state licensing agency rules.\n\n"
            "{company} Fleet Compliance{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dispatch board for {date}",
        "body": (
            "Load {order} - {name} - Memphis to Atlanta, pickup 05:00\n"
            "Load {code} - {name2} - Atlanta to Charlotte, pickup 07:30\n"
            "Load {claim} - {name3} - local deliveries, yard at 06:00\n\n"
            "Reefer unit on truck 44 is back from the shop. Fuel cards reset tonight.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BasicMed or a third-class medical?",
        "body": (
            "In this month's safety newsletter: how BasicMed works (an online course every "
            "24 months and a physical exam with any state-licensed physician every 48 "
            "months), which aircraft and operations it covers, and which conditions, such "
            "as certain heart or neurological conditions, still need a one-time FAA "
            "special issuance first.\n\n"
            "{company} Flying Club Newsletter\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AME office closed for the holiday",
        "body": (
            "Our aviation medical examiner office will be closed from {date} to {date2}. "
            "Pilots needing a first- or second-class exam before then should book this week. "
            "Please complete MedXPress before your appointment and bring the confirmation "
            "number. Call {phone} to schedule.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Driver recognition: 1 million safe miles",
        "body": (
            "Please join us in congratulating {name}, who reached one million accident-free "
            "miles this month, and {name2}, our driver of the quarter. Both will be honored "
            "at the safety banquet on {date}.\n\n"
            "Safety Department\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certificate of insurance for the health fair",
        "body": (
            "Attached is the certificate of insurance naming the county as additional "
            "insured for the community health fair on {date}.\n\n"
            "Carrier: {company} Casualty\n"
            "Policy number: GL-{code}-{ext}\n"
            "General liability: $1,000,000 per occurrence\n\n"
            "{name}, Risk Management\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Probation office moving",
        "body": (
            "Effective {date}, the Adult Probation Department will move to {address}, second "
            "floor. Drug testing will continue at the current site until the new collection "
            "room is certified. The phone number ({phone}) stays the same.\n\n"
            "Chief Probation Officer {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Treatment court graduation ceremony",
        "body": (
            "You are invited to the treatment court graduation on {date} at 3 pm in "
            "courtroom 4B. Judge {name} will preside and {count} community partners will be "
            "recognized. Light refreshments follow in the lobby.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PACT Act: file by the deadline",
        "body": (
            "Veterans exposed to burn pits, Agent Orange or other toxic substances may now be "
            "eligible for disability compensation and VA health care. Conditions presumed "
            "to be service connected include several cancers, asthma diagnosed after "
            "service, and chronic bronchitis. Free help filing is available from accredited "
            "Veterans Service Officers at the county building every Tuesday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Veterans ERG: Veterans Day breakfast",
        "body": (
            "Our Veterans Employee Resource Group is hosting a breakfast on {date} at 8 am in "
            "the main conference room. Organizers {name} (Army, retired) and {name2} (Navy "
            "Reserve) will share a few words. All employees are welcome; RSVP by replying.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Group class schedule - winter",
        "body": (
            "MON  6:00 am  Spin (Kelsey)\n"
            "MON  5:30 pm  Strength Circuit (Marcus)\n"
            "TUE  9:00 am  Low-impact Cardio for Seniors\n"
            "WED  6:00 am  HIIT\n"
            "WED  7:00 pm  Yoga for Back Health\n"
            "THU  10:00 am Aqua Arthritis\n"
            "SAT  8:00 am  Bootcamp (outdoor, weather permitting)\n\n"
            "Book in the {company} Fitness app.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Membership dues receipt",
        "body": (
            "Thank you for your payment.\n\n"
            "Receipt: {ref}\n"
            "Plan: Monthly all-access\n"
            "Amount: $49.99\n"
            "Card: 5417 2290 8863 1207\n"
            "Next billing date: {date2}\n\n"
            "{company} Fitness\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new trainers",
        "body": (
            "Please welcome {name} (NASM-CPT, corrective exercise specialist) and {name2} "
            "(ACE group fitness instructor) to the floor team. {first} will run the new "
            "Saturday mobility class and is available for personal training sessions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wellness challenge kickoff",
        "body": (
            "Our 6-week Move More challenge starts {date}. Sign up as a team of up to 5, "
            "connect your fitness tracker, and earn points for steps, sleep logging and "
            "drinking water. Prizes for the top three teams. Wellness champions in each "
            "building: {name}, {name2} and {name3}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} Screening Services - invoice {invoice}",
        "body": (
            "Onsite biometric screening event, {date}\n"
            "Screenings performed: {count} @ $58.00\n"
            "Flu vaccines administered: 212 @ $32.00\n"
            "Staff travel: $420.00\n"
            "Total due: {amount}\n\n"
            "Pay by ACH or card. Card on file: 6011 4480 2217 9935 (exp 08/27).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your survey thank-you gift cards",
        "body": (
            "Hi {first},\n\n"
            "Thank you for completing the benefits satisfaction survey. Here is your $10 "
            "e-gift card:\n\n"
            "Card number: 4111 2033 9981 4470\n"
            "PIN: 5521\n\n"
            "Valid at the campus cafe through {date2}.\n\n"
            "{name2}, HR Communications\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New EAP provider starting {date}",
        "body": (
            "Starting {date}, our Employee Assistance Program will be provided by {company}. "
            "All employees and household members get up to 8 free, confidential counseling "
            "sessions per issue, plus legal and financial consultations. Call {phone} any "
            "time, day or night. Your employer never sees who uses the EAP.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Horario de clases del gimnasio",
        "body": (
            "Lunes y miércoles 7:00 pm: Zumba\n"
            "Martes y jueves 6:00 am: Ciclismo\n"
            "Viernes 9:00 am: Yoga para adultos mayores\n"
            "Sábado 8:00 am: Entrenamiento funcional\n\n"
            "Reserve su lugar en la recepción o en la aplicación. Instructora nueva: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "<Newsletter> Benefits Corner - November",
        "body": (
            "<html><body>\n"
            "<h2>Benefits Corner</h2>\n"
            "<ul><li>Flu shots: onsite clinic on {date}, no cost with any of our medical "
            "plans</li>\n"
            "<li>Tip: use your FSA for {fsaitem26} before year end</li>\n"
            "<li>Spotlight: the diabetes management program now includes a free glucose "
            "meter and strips</li></ul>\n"
            "<p>Questions? Contact {name} in HR.</p>\n"
            "</body></html>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payroll calendar and holiday schedule",
        "body": (
            "Hi all,\n\n"
            "Attached is next year's payroll calendar. Because of the holiday, the pay date "
            "of {date} moves up one day. Timesheets for that period are due by noon on the "
            "Monday before. Reach out to {name} (ext. {ext}) with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

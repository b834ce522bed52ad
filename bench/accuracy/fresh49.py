"""Held-out split "fresh49": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py (in full), bench/accuracy/fresh7.py (its first 349 lines)
and the module docstring of bench/accuracy/fresh47.py (its first 75 lines were printed; read
as a model of this docstring, the data format and the labelling rules, not for its templates
or vocabulary), for the placeholder names, the data format, and so as not to repeat their
templates. The file names in bench/accuracy/ and at the top of the repository were listed
once (with the line counts of generate.py, fresh6.py and fresh7.py), and the [tool.ruff],
[tool.ruff.lint] and [tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read,
for the line length and lint rules. The author did not read gateway/, policies/, docs/,
tests/, README.md, bench/accuracy/vocab/, run.py or any other bench/accuracy/fresh*.py file
(fresh48.py, written at the same time by another helper, was neither read nor touched), and
did not run git, the detector, run.py, the benchmark or any test. The only things run were
`date`, Python's ast module over generate.py (without executing it) to collect the
placeholder names that generate.fill() and generate.fresh_fill() provide, a one-line Luhn
computation over the card-like numbers before writing them (and a seeded random draw of
ten-digit EDIPI-like numbers), imports of this file with a small script in /tmp/fresh49/
checking its placeholders, key sets, labels, Subject placeholders, a trial str.format() of
every template, and the Luhn failure of every card-like number in the negatives, small
Python string edits of this file, and ruff format and ruff check on this file. It is meant
to be run once, as an honest, untuned measurement: do not tune the detector on these
templates.

Angle: veterans, service members and immigration medicals. Mail from and to VA medical
centres and community-care networks (referrals and authorisations, MISSION Act eligibility
and scheduling, beneficiary travel pay), veterans service officers and claims agents
(intents to file, C&P exams, DBQs, nexus letters, lay and buddy statements, rating
decisions and their percentages, higher-level reviews), TRICARE and military treatment
facilities (referrals, mail-order pharmacy, profiles, LIMDU, sick call, medical boards
(MEB/IDES), deployment health assessments), National Guard and reserve medical readiness
(PHA, dental class, immunisations, IMR tables), civil surgeons doing immigration medical
exams (Form I-693, vaccination records, IGRA and chest X-rays, Class A/B conditions), panel
physicians and refugee health screening, applicants and their immigration lawyers, and
veterans, service members and families writing back. Shapes vary: forms with "Label: value"
fields, ALL-CAPS system printouts, pasted tables, ranks and branches written with names,
EDIPI-like numbers, forwarded threads with "> " quoting, terse notes with typos,
text-message style, long narratives, Spanish, Tagalog, Vietnamese, Arabic (transliterated
into Latin letters and digits) and Haitian Creole. The hard negatives come from the same
world: VA facility news, benefits explainers and rating-schedule summaries without any
person, Veterans Day events, recruiting and readiness statistics, training schedules and
rosters with ranks and no health facts, civil-surgeon fee schedules and office hours, USCIS
policy updates, vaccination-requirement tables with no applicant, job postings, volunteer
drives, letter templates with bracketed fields, a coding reminder with literal ICD-10 codes
and no patient, signatures with NPI and phone/fax, tracking and invoice numbers, and
card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH49_VOCAB): {rating49} (a disability percentage),
{dbq49} (a C&P exam / DBQ type), {profile49} (a duty limitation), {ccsvc49} (a
community-care service), {vsym49} (a symptom as a veteran says it), {vmed49} (a medication
or device), {imfind49} (an immigration-medical classification), {tbres49} (a TB screening
result), {vax49} (a missing or given vaccine dose), {claimno49} (a VA claim/file number),
{anum49} (an alien registration number) and {initials49} (a person's initials) are used
only in the PHI templates. {vdx49} (a service-connected condition) is used in both groups;
in the negatives it is only a topic (a study, a talk, a rating-schedule line), never a
person's health. {rank49} (a military rank), {branch49} (a service branch), {unit49} (a
unit), {edipi49} (a ten-digit DoD ID-like number), {vafac49} (a VA facility), {mtf49} (a
military treatment facility), {ccn49} (a community-care network), {vso49} (a veterans
service organisation) and {csclinic49} (a civil surgeon's practice) are used in both
groups; in the negatives a rank or EDIPI goes with a name only on rosters, schedules,
promotion and training lists. Other placeholders come from generate.fill() and
generate.fresh_fill(). Only plain {name} placeholders are used (no index or attribute
syntax).

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title or
rank plus surname; first name plus a date of birth, a named relative, an address or a
phone; MRN, member ID, SSN or MBI; the patient's own phone, email or address) is linked to
health information (condition, symptom, finding, measurement, test result, medication,
device, procedure, injury, visit or appointment for care, payment for care). For this split
a disability rating for a condition, a C&P or immigration medical exam and its findings, a
duty-limiting profile for a medical reason, or a vaccination record of a named person is
health information. A doctor, nurse, VSO, claims agent, lawyer, commander or clerk named as
staff is not a patient; a service member named only on a roster, promotion or training list
with no health fact is not a patient. subject_phi is True only when the Subject alone
identifies a patient together with health information, or holds a patient identifier (MRN,
MBI) in a care context; PHI templates whose Subject is not PHI carry no person's name in the
Subject at all. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the
Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd},
{mbi}, {passport} or {intl_name}, never pair a home address with care, and name only staff,
doctors as staff, vendors, payers or nobody, or give aggregate figures; the card-like
numbers written literally in them fail the Luhn check. Anything ambiguous was either left
out or written so that no person is identifiable.
"""

from __future__ import annotations

FRESH49_VOCAB: dict[str, list[str]] = {
    "vdx49": [
        "tinnitus",
        "bilateral sensorineural hearing loss",
        "PTSD",
        "lumbosacral strain with degenerative disc disease",
        "right knee patellofemoral pain syndrome",
        "obstructive sleep apnea",
        "migraine headaches",
        "mild TBI with residual headaches",
        "radiculopathy of the left lower extremity",
        "chronic sinusitis",
        "constrictive bronchiolitis",
        "plantar fasciitis, both feet",
        "left shoulder impingement",
        "hypertension",
        "scars of the right forearm",
        "major depressive disorder",
        "cervical strain",
        "flat feet (pes planus)",
        "GERD",
        "ischemic heart disease",
    ],
    "rating49": ["0%", "10%", "20%", "30%", "40%", "50%", "60%", "70%", "100%"],
    "dbq49": [
        "initial PTSD DBQ",
        "hearing loss and tinnitus exam",
        "back (thoracolumbar spine) DBQ",
        "knee and lower leg DBQ",
        "sleep apnea DBQ",
        "headaches (including migraine) DBQ",
        "peripheral nerves DBQ",
        "respiratory conditions DBQ",
        "mental disorders review exam",
    ],
    "profile49": [
        "temp profile, no running or jumping x 30 days",
        "no ruck march, no lifting over 25 lb",
        "permanent profile, H3 for hearing",
        "non-deployable pending MEB",
        "light duty, no weapons qualification",
        "no APFT/ACFT for 90 days",
        "limited duty (LIMDU) 6 months",
        "may walk at own pace and distance, no formation runs",
        "no wear of helmet or body armor x 14 days",
    ],
    "ccsvc49": [
        "physical therapy, 12 visits",
        "orthopedic surgery consult for the right shoulder",
        "home sleep study",
        "cardiology evaluation",
        "outpatient psychotherapy, 8 sessions",
        "chiropractic care, 10 visits",
        "audiology evaluation and hearing aid fitting",
        "screening colonoscopy",
        "MRI of the lumbar spine",
        "podiatry for custom orthotics",
    ],
    "vsym49": [
        "ringing in both ears that never stops",
        "nightmares three or four nights a week",
        "my lower back locking up when I bend over",
        "the knee giving out on stairs",
        "waking up choking at night",
        "headaches that put me in a dark room for a day",
        "numbness running down the left leg",
        "shortness of breath walking up one flight",
        "jumping at every loud noise",
        "heel pain first thing every morning",
    ],
    "vmed49": [
        "prazosin 2 mg at bedtime",
        "sertraline 100 mg",
        "meloxicam 15 mg",
        "sumatriptan 50 mg",
        "a CPAP machine",
        "gabapentin 600 mg three times a day",
        "topiramate 50 mg",
        "bilateral hearing aids",
        "cyclobenzaprine 10 mg",
        "a knee brace and cane",
        "fluticasone nasal spray",
    ],
    "imfind49": [
        "Class B1 TB, pulmonary, completed treatment",
        "Class B2 LTBI evaluation",
        "Class B, other physical: controlled hypertension",
        "Class B mental health: alcohol use disorder in sustained remission",
        "Class A: syphilis, untreated, referred for treatment",
        "no Class A or Class B conditions",
        "Class B, other: hepatitis B carrier",
    ],
    "tbres49": [
        "IGRA positive, chest X-ray normal",
        "QuantiFERON-TB Gold positive, CXR with right upper lobe nodule",
        "T-SPOT indeterminate, repeat drawn",
        "IGRA negative",
        "IGRA positive, CXR shows old granuloma, sputum x3 ordered",
    ],
    "vax49": [
        "MMR dose 2",
        "varicella dose 1",
        "Tdap",
        "hepatitis B dose 3",
        "polio (IPV) dose 3",
        "pneumococcal (PPSV23)",
        "influenza, current season",
        "meningococcal (MenACWY)",
    ],
    "claimno49": [
        "28417903",
        "31556208",
        "C 29 880 417",
        "27 443 190",
        "600412378",
        "33 107 562",
    ],
    "anum49": ["A212-448-390", "A 204 118 765", "A098-765-332", "A219 305 847", "A-201-553-019"],
    "initials49": ["J.M.", "R.T.", "D.L.", "K.A.", "T.J.", "M.E.", "L.C.", "A.R."],
    "rank49": [
        "SGT",
        "SSG",
        "SPC",
        "SFC",
        "PO2",
        "HM3",
        "Capt",
        "1LT",
        "SSgt",
        "Cpl",
        "LCDR",
        "A1C",
        "TSgt",
        "CW2",
    ],
    "branch49": ["USA", "USMC", "USN", "USAF", "USCG", "ARNG", "USAR", "ANG", "USSF"],
    "unit49": [
        "A Co, 2-505th PIR",
        "HHC, 1-148th FA (ARNG)",
        "824th Quartermaster Co (USAR)",
        "Det 1, 141st MDG",
        "2nd Bn, 5th Marines",
        "VAW-117",
        "HSC 3rd BDE",
        "B Btry, 1-182nd FA",
    ],
    "edipi49": [
        "1071816127",
        "1369721402",
        "1443716089",
        "1118653554",
        "1347350341",
        "1807573532",
        "1595234473",
        "1548988207",
        "1867304612",
        "1053337046",
    ],
    "vafac49": [
        "Durham VA Medical Center",
        "Bay Pines VA Healthcare System",
        "Hines VA Hospital",
        "VA Puget Sound, American Lake",
        "Michael E. DeBakey VA Medical Center",
        "Salem VA Medical Center",
        "VA Palo Alto, Livermore Division",
        "Fayetteville VA Coastal Health Care Center",
    ],
    "mtf49": [
        "Brooke Army Medical Center",
        "Naval Medical Center San Diego",
        "Madigan Army Medical Center",
        "Womack Army Medical Center",
        "Naval Hospital Camp Lejeune",
        "88th Medical Group, Wright-Patterson",
        "Walter Reed National Military Medical Center",
    ],
    "ccn49": [
        "Optum Serve, CCN Region 1",
        "Optum Serve, CCN Region 3",
        "TriWest Healthcare Alliance, CCN Region 4",
        "Optum Serve, CCN Region 2",
    ],
    "vso49": [
        "DAV",
        "VFW",
        "The American Legion",
        "the county veterans service office",
        "Paralyzed Veterans of America",
        "AMVETS",
    ],
    "csclinic49": [
        "Harborview Immigration Medical",
        "Lone Star Civil Surgeon Clinic",
        "Northgate I-693 Exams",
        "Sunrise Family & Immigration Medicine",
        "Riverbend Civil Surgeon Office",
        "Pacific Green Card Physicals",
    ],
}


FRESH49_PHI: list[dict] = [
    {
        "subject": "Community care referral - approved",
        "body": (
            "COMMUNITY CARE REFERRAL / AUTHORIZATION\n"
            "Veteran: {name}\n"
            "DOB: {dob}\n"
            "Phone: {phone}\n"
            "Referring facility: {vafac49}\n"
            "Network: {ccn49}\n"
            "Service authorized: {ccsvc49}\n"
            "Provisional dx: {vdx49}\n"
            "Referral #: VA{code}\n"
            "Valid: {date} - {date2}\n"
            "Community provider: {clinic}, NPI {npi}\n\n"
            "Eligibility: drive time over standard (MISSION Act). Please schedule within "
            "the authorization period and send records to the referring facility.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{rank49} {last} - {profile49}",
        "body": (
            "1SG,\n\n"
            "FYSA, your soldier was seen at sick call this morning for {vdx49}. PA signed the "
            "profile in MODS, review date {date}. He can still pull CQ. Follow-up with ortho "
            "is booked for {date2}.\n\n"
            "v/r\n{provider}, PA-C\nBAS, {unit49}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Beneficiary travel claim processed",
        "body": (
            "Beneficiary Travel Office, {vafac49}\n\n"
            "Claimant: {name}\n"
            "Appointment date: {date}\n"
            "Appointment: {ccsvc49}\n"
            "Round-trip mileage: 84 mi\n"
            "Deductible applied: $6.00\n"
            "Amount reimbursed: {amount2}\n\n"
            "Payment will be deposited to the account on file within 5 business days. "
            "Questions: call {phone}, option 3.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your VA examination is scheduled",
        "body": (
            "Dear {name},\n\n"
            "The Department of Veterans Affairs has asked us to schedule a compensation and "
            "pension (C&P) examination for your claim. Exam: {dbq49}. Date: {date} at "
            "{time}. Examiner: Dr. {provider}.\n\n"
            "Please bring a photo ID and a list of your current medications. If you do not "
            "attend, VA may decide your claim on the evidence of record. To reschedule, call "
            "{phone} at least 72 hours ahead.\n\n"
            "Veterans Evaluation Services, contracted examination provider\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rating decision - {last}, {first} - {vdx49} {rating49}",
        "body": (
            "Good news on this one. The decision letter came in today: service connection "
            "granted, effective the date of the intent to file. Combined rating is now "
            "higher, so the back pay should show up in about two weeks. I'll call him this "
            "afternoon and go over the code sheet.\n\n"
            "{provider_first}\nAccredited representative, {vso49}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Independent medical opinion",
        "body": (
            "To: Department of Veterans Affairs, Evidence Intake Center\n"
            "RE: {name}\n"
            "SSN: {ssn}\n\n"
            "I have reviewed this veteran's service treatment records and post-service "
            "records, and examined him on {date}. He served in the {branch49} from {year} to "
            "{year2} and reports {vsym49} beginning during service. In my medical opinion it "
            "is at least as likely as not (50 percent or greater probability) that his "
            "{vdx49} was incurred in or caused by his military service.\n\n"
            "Rationale is attached (4 pages).\n\n"
            "{provider}, MD\n{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "walk-in today",
        "body": (
            "met w/ vet {first} {last} this am, Vietnam era, wants to file for {vdx49} and "
            "hearing. says hes had {vsym49} since 1971. submitted ITF today so the date is "
            "protected. need his DD214 + private records from dr {provider_last}, he signed "
            "the 21-4142. cell {phone}. pls scan into the file thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hearing loss/tinnitus DBQ - {last}, {first_only}",
        "body": (
            "HEARING LOSS AND TINNITUS DISABILITY BENEFITS QUESTIONNAIRE\n"
            "Name of patient/veteran: {name}\n"
            "SSN: {ssn}\n"
            "Date of exam: {date}\n\n"
            "Puretone thresholds (dB)\n"
            "       500  1000  2000  3000  4000\n"
            "RIGHT   15    20    35    55    65\n"
            "LEFT    20    25    40    60    70\n"
            "Maryland CNC speech discrimination: R 88%, L 84%\n\n"
            "Recurrent tinnitus reported: YES. Onset during service (artillery).\n"
            "Examiner: {provider}, AuD\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "TRICARE referral {ref}",
        "body": (
            "Referral and authorization notice\n\n"
            "Beneficiary: {name}\n"
            "Date of birth: {dob}\n"
            "Sponsor: {rank49} {name2}, {branch49}\n"
            "Referred from: Family Health Clinic, {mtf49}\n"
            "Referred to: {clinic} ({specialty})\n"
            "Reason: {vdx49}\n"
            "Visits authorized: 1 evaluation + 6 follow-ups\n\n"
            "The network provider will contact the beneficiary to schedule. If you do not "
            "hear back within 7 days, call the regional contractor.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MEB referral: {rank49} {last}, {vdx49}",
        "body": (
            "Sir,\n\n"
            "Attached is the narrative summary draft and the permanent profile with a 3 in "
            "the P. The soldier has not met retention standards after 12 months of treatment "
            "and has been referred into IDES. PEBLO is {name2}; first counseling is "
            "{date}.\n\n"
            "v/r\nCPT {provider_last}, MC\nMedical Board Office, {mtf49}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PDHA results - action required",
        "body": (
            "POST-DEPLOYMENT HEALTH ASSESSMENT (DD FORM 2796) - PROVIDER REVIEW\n"
            "NAME: {upper_name}\n"
            "EDIPI: {edipi49}\n"
            "UNIT: {unit49}\n"
            "DEPLOYED LOCATION: CENTCOM AOR\n"
            "BLAST EXPOSURE: YES (2 EVENTS)\n"
            "PC-PTSD-5 SCREEN: POSITIVE (4/5)\n"
            "PHQ-2: 3\n"
            "AUDIT-C: 7\n"
            "REFERRAL: BEHAVIORAL HEALTH, TBI CLINIC\n"
            "REVIEWING PROVIDER: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IMR delinquents - drill weekend",
        "body": (
            "Readiness NCO, here are the soldiers not MRC 1 as of this morning. Get them to "
            "the SRP station Saturday 0800.\n\n"
            "Name                 | PHA     | Dental | Immunizations      | Profile\n"
            "{rank49} {name}      | overdue | Class 3| flu due            | none\n"
            "SPC {name2}          | current | Class 2| hep B #3 due       | temp, knee\n"
            "PFC {name3}          | overdue | Class 4| flu due            | none\n\n"
            "Class 4 = no exam on file in 12+ months. Class 3 needs treatment before "
            "mobilization.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dental Class 3 - {rank49} {last}",
        "body": (
            "Your annual exam found two cavities (#14 and #30) that need fillings, so you "
            "are Dental Class 3 and non-deployable until they are done. You can use the "
            "TRICARE Dental Program or we can schedule you at the unit dental clinic on "
            "{date}. Reply with which you prefer.\n\n"
            "SSG {provider_last}\nMedical Readiness NCO\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Immunization record for {rank49} {name}",
        "body": (
            "Per your request, immunizations on file in MEDPROS:\n\n"
            "Influenza ........ {date}\n"
            "Hepatitis B ...... dose 1 and 2 complete, dose 3 due\n"
            "Tdap ............. {year}\n"
            "Typhoid .......... expired\n"
            "Anthrax .......... series complete\n\n"
            "Please print and bring to your unit S1.\n"
            "Immunization Clinic, {mtf49}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: I-693 for your client {name}",
        "body": (
            "Counselor,\n\n"
            "Your client's medical exam is complete except for one item. Results: "
            "{tbres49}. Syphilis screen non-reactive. She is missing {vax49}; we can give it "
            "here on {date} or she can bring proof from her own doctor. Once that is done "
            "we will seal the I-693 and she can pick it up or we mail it to your office.\n\n"
            "{provider}, MD, designated civil surgeon\n{csclinic49}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Cita para examen médico de inmigración",
        "body": (
            "Buenos días,\n\n"
            "Me llamo {name} y mi fecha de nacimiento es {dob}. Mi abogado dice que necesito "
            "el formulario I-693. El año pasado mi prueba de tuberculosis salió positiva y "
            "tomé isoniazida por nueve meses; tengo la carta del departamento de salud. "
            "¿Cuánto cuesta el examen y qué días tienen cita? También me falta la vacuna "
            "{vax49}.\n\n"
            "Mi teléfono es {phone}.\nGracias.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tanong tungkol sa resulta ng X-ray",
        "body": (
            "Magandang araw po, Doktora.\n\n"
            "Ako po si {name}, ipinanganak noong {dob}. Nagpa-medical exam po ako sa inyong "
            "clinic noong {date} para sa aking immigrant visa. Sabi po ng nurse ay may "
            "nakita sa chest X-ray ko at kailangan ko pang magpa-sputum test nang tatlong "
            "araw. Gaano po katagal bago lumabas ang resulta? Nakatakda na po kasi ang "
            "flight ko.\n\n"
            "Maraming salamat po.\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hỏi về kết quả xét nghiệm lao",
        "body": (
            "Kính gửi phòng khám,\n\n"
            "Tôi tên là {name}, sinh ngày {dob}. Tôi đã khám sức khỏe di trú (mẫu I-693) "
            "tại phòng khám ngày {date}. Bác sĩ nói xét nghiệm máu IGRA của tôi dương tính "
            "nhưng phim X-quang phổi bình thường. Tôi có phải uống thuốc không? Tôi cũng "
            "còn thiếu mũi tiêm {vax49}.\n\n"
            "Xin cảm ơn.\nĐiện thoại: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "mawe3id el-fahs",
        "body": (
            "Marhaba doctora,\n\n"
            "ana {name}, wasalt ma3 3ayilti min shahrein. Fi el-fahs el-tibbi lel-laje'een "
            "(refugee health screening) qalouli inn 3andi fa2r dam (anemia) w el-sukkar "
            "3ali shway, w lazem a3mel tahleel tani. Imta el-maw3ed el-jadeed? Ma bafham "
            "english mniih, momken mutarjem 3arabi?\n\n"
            "Raqmi {phone}.\nShukran kteer\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Randevou pou vaksen",
        "body": (
            "Bonjou Doktè,\n\n"
            "Mwen rele {name}. Mwen te fè egzamen medikal imigrasyon an nan biwo nou an "
            "{date}. Enfimyè a di m tansyon m wo anpil (162/104) e fòk mwen wè yon doktè "
            "anvan yo ka siyen fòm I-693 la. Li di m manke vaksen {vax49} tou. Èske m ka "
            "pran randevou semèn pwochèn?\n\n"
            "Nimewo telefòn mwen: {phone}\nMèsi anpil.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refugee health screening - {intl_name}, A# {anum49}",
        "body": (
            "DOMESTIC REFUGEE HEALTH ASSESSMENT - SUMMARY\n"
            "Arrival date: {date}\n"
            "Overseas classification: {imfind49}\n"
            "Hepatitis B surface antigen: POSITIVE\n"
            "Hemoglobin: 9.8 g/dL\n"
            "Stool O&P: Giardia\n"
            "Lead (children only): n/a\n"
            "Plan: hepatology referral, iron, tinidazole, catch-up {vax49}\n\n"
            "Refugee Health Program nurse: {provider}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: RE: MISSION Act eligibility",
        "body": (
            "Mr. {last}, I checked with the Community Care office. You are eligible because "
            "the wait time at {vafac49} is over 28 days. I have sent the referral to "
            "{ccn49}; they will call you at the number on file.\n\n"
            "Community Care Scheduling\n\n"
            "> From: {name} <{email}>\n"
            "> Sent: {date}\n"
            "> I was told the earliest VA can see me for the {ccsvc49} is three months out. "
            "My\n"
            "> doctor put the consult in in August. I'm having {vsym49}. Can I go outside\n"
            "> the VA? I'm at {phone} any time.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cant make drill",
        "body": (
            "SSG its {first}, cant make drill sat. {vdx49} flared up again, doc at the VA gave "
            "me {vmed49} and a note. do u want me to send it to u or to readiness? my number "
            "changed its {phone} now\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received - medical opinion",
        "body": (
            "Receipt {invoice}\n\n"
            "Received from: {name}\n"
            "For: independent medical opinion and records review, {vdx49}\n"
            "Amount: {amount}\n"
            "Paid by card: {card}\n"
            "Date: {date}\n\n"
            "The signed opinion will be emailed to your claims agent within 10 business days.\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} - MBI {mbi}",
        "body": (
            "Dual-eligible veteran, seen in our ER on {date} for {vsym49}. VA denied the "
            "emergency claim as the 72-hour notification was missed, so we are billing "
            "Medicare as primary. Please update the registration and rebill.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Claim denied - {last}, {first_only} - dx {icd}",
        "body": (
            "Payer: {ccn49}\n"
            "DOS: {date}\n"
            "Authorization: missing on claim\n"
            "Denial: CO-197 (precertification/authorization absent)\n\n"
            "The SEOC covered {ccsvc49}; please attach the referral number and resubmit "
            "within 180 days.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Question about survivor benefits",
        "body": (
            "Hello,\n\n"
            "My husband {name} passed away on {date}. He was rated {rating49} for {vdx49} "
            "and the death certificate lists heart failure, which his cardiologist said was "
            "related. Someone at church told me I might qualify for DIC. What do I need to "
            "send, and can your office help me fill it out?\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HLR filed - {last}, {first_only} - {vdx49} rating",
        "body": (
            "Filed the 20-0996 this morning and requested an informal conference. The rater "
            "ignored the flare-up findings in the DBQ, so we are arguing for the next "
            "level. File number {claimno49}. I'll update you when the conference is set.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "e-Profile signed",
        "body": (
            "DA FORM 3349 - PHYSICAL PROFILE RECORD\n"
            "NAME: {upper_name}\n"
            "DOD ID: {edipi49}\n"
            "UNIT: {unit49}\n"
            "PULHES: P 1 / U 3 / L 1 / H 1 / E 1 / S 1\n"
            "TYPE: TEMPORARY, EXPIRES {date}\n"
            "CONDITION: {vdx49}\n"
            "LIMITATIONS: {profile49}\n"
            "APPROVING AUTHORITY: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LIMDU extension - {rank49} {last} ({vdx49})",
        "body": (
            "Ma'am,\n\n"
            "Request a second period of limited duty. Sailor is 10 weeks post-op and PT "
            "notes are attached. Ortho expects return to full duty in 4 months. If not, we "
            "will refer to the PEB.\n\n"
            "Very respectfully,\nLT {provider_last}, MC, USN\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RFE - missing vaccine on I-693 - {name}",
        "body": (
            "Dear client,\n\n"
            "USCIS issued a Request for Evidence on {date}. The officer says the vaccination "
            "record on your I-693 does not show {vax49} and there is no waiver box checked. "
            "Please go back to the civil surgeon who did your exam ({csclinic49}) and ask for "
            "a corrected, sealed supplement. We must answer by {date2}.\n\n"
            "Regards,\n{provider}, Esq.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Appointment confirmation",
        "body": (
            "Hi {first},\n\n"
            "Your immigration medical exam is confirmed for {date} at {time} at "
            "{csclinic49}. Please bring:\n"
            "  - passport or photo ID\n"
            "  - all vaccination records you have\n"
            "  - any TB treatment letters\n"
            "  - a list of your medications\n"
            "We will draw blood for the IGRA and syphilis test on the same day. The fee is "
            "{amount}, payable at check-in.\n\n"
            "To reschedule reply here or text {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{intl_name} - TB Class B1 follow-up",
        "body": (
            "This arrival was classified Class B1 overseas by the panel physician and "
            "completed 6 months of treatment before travel. Please schedule the domestic TB "
            "follow-up within 30 days of arrival; the overseas chest X-ray and sputum "
            "results are on the EDN record. Caseworker: {name2}, {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CLINIC LIST",
        "body": (
            "VISTA SCHEDULING - APPOINTMENT LIST FOR {date}\n"
            "CLINIC: PACT MH-PTSD TEAM 2\n\n"
            "TIME   PATIENT                    LAST4  TYPE\n"
            "0800   {upper_name}               {ext}0  F/U, CPT SESSION 6\n"
            "0900   {name2}                     {ext}1  INTAKE, PTSD\n"
            "1000   {name3}                     {ext}2  MED MGMT, {vmed49}\n\n"
            "PROVIDER: {provider}, PSYD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "follow-up after VCL call",
        "body": (
            "Suicide Prevention Coordinator note\n\n"
            "Veteran {name} was referred by the Veterans Crisis Line last night. Reached him "
            "at {phone} at {time}. Denies current intent, has firearms stored at his "
            "brother's. Updated safety plan; increased {vmed49}. MH appointment tomorrow "
            "with Dr. {provider_last}. High-risk flag placed.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Statement in support of claim",
        "body": (
            "I, {name}, served on active duty in the {branch49} from {year} to {year2}. "
            "During my second deployment our convoy was hit by an IED and I was thrown "
            "against the inside of the truck. I did not go to sick call because we were told "
            "to ruck up and drive on. Since I got out I have had {vsym49} and my wife says I "
            "am not the same person. My private doctor treats me for {vdx49} and I take "
            "{vmed49}. I lost two jobs in the last year because I cannot be around crowds.\n\n"
            "I certify that the statements above are true and correct to the best of my "
            "knowledge.\n\nSigned {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "buddy statement attached",
        "body": (
            "Attached is the statement from the veteran's spouse, {name2}. Summary: since he "
            "came back in {year}, her husband {name} wakes up yelling, checks the locks "
            "several times a night and will not drive on the interstate. She describes "
            "{vsym49}. Please upload to VBMS with the PTSD claim.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Code sheet",
        "body": (
            "Veteran: {name}\n"
            "Combined evaluation: 80%\n\n"
            "Condition                                  | %         | Effective\n"
            "{vdx49}                                     | {rating49} | {date}\n"
            "Tinnitus                                   | 10%       | {date}\n"
            "Bilateral hearing loss                     | 0%        | {date}\n"
            "Individual unemployability: deferred\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your TRICARE mail order prescription has shipped",
        "body": (
            "Hello {first},\n\n"
            "Your order for {vmed49} (90-day supply) shipped on {date} to {address}. "
            "Tracking: {tracking}. Rx #{code}. Copay charged: {amount2}.\n\n"
            "Questions? Call the TRICARE Pharmacy Program at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PHA overdue",
        "body": (
            "SSgt {last},\n\n"
            "You are 60 days overdue for your Periodic Health Assessment and your last "
            "audiogram showed a significant threshold shift in the left ear. You need a "
            "follow-up hearing test within 30 days or you will be flagged on the readiness "
            "report. Walk-in hours are Tue/Thu 0730-1100.\n\n"
            "TSgt {provider_last}\nFlight Medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EFMP enrollment packet",
        "body": (
            "Sponsor: {rank49} {name2}\n"
            "Family member: {first} (son)\n"
            "Date of birth: {dob}\n"
            "Diagnoses: autism spectrum disorder, asthma\n"
            "Services: ABA therapy 20 h/week, speech therapy\n\n"
            "The DD 2792 has been signed by the pediatrician. Please coordinate assignment "
            "screening before the PCS to Germany.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Toxic exposure screening completed",
        "body": (
            "Veteran {name} ({phone}) completed the PACT Act toxic exposure screening at "
            "{vafac49} on {date}. Reports burn pit exposure at Balad and {vsym49}. Added to "
            "the Airborne Hazards registry; PFTs and chest CT ordered. Enrolled in "
            "priority group 6.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "10-10EZ received",
        "body": (
            "APPLICATION FOR HEALTH BENEFITS - DATA ENTRY\n"
            "Name: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Home address: {address}\n"
            "Branch: {branch49}\n"
            "Service-connected: YES, {rating49}\n"
            "Purple Heart: NO\n"
            "Other insurance: {company} PPO\n"
            "Enrollment priority: pending eligibility verification\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "SIQ 24h - {rank49} {last}, sick call",
        "body": (
            "seen at BAS 0630 c/o fever 101.8, sore throat, body aches x2d. strep neg. "
            "gave motrin + fluids, SIQ 24 hrs, RTC if worse. pls let his plt sgt know. "
            "- HM2 {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first} DOB {dob} - C&P no-show",
        "body": (
            "Veteran did not report for the {dbq49} today. No call. This is the second "
            "missed exam; returning the request to the RO as failure to report.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {initials49} DOB {dob} - home sleep test results",
        "body": (
            "AHI 34/hr, lowest SpO2 78%. Severe OSA. Recommend auto-PAP 5-15. Please "
            "forward to his PCP and the claims folder.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Claim {claimno49} - {name} - tinnitus C&P",
        "body": (
            "Examiner's opinion is favorable for tinnitus but negative for hearing loss "
            "(normal thresholds for VA purposes). Expect 10% for the tinnitus only.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Nexus letter for {name} ({vdx49})",
        "body": (
            "Dr. {provider_last},\n\n"
            "Thank you for agreeing to write this. The veteran's service treatment records "
            "are attached, including the in-service sick call visits. VA's examiner gave a "
            "negative opinion without addressing them. A brief rationale is enough.\n\n"
            "{provider}\nClaims agent\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: PDHA referral - {rank49} {last}, positive PC-PTSD screen",
        "body": (
            "Forwarding for BH scheduling.\n\n"
            "> Soldier screened positive on the PDHA and endorsed nightmares and\n"
            "> hypervigilance. No SI. Please book within 14 days. EDIPI {edipi49}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Perfil temporal",
        "body": (
            "Sargento {last}:\n\n"
            "Su perfil temporal por {vdx49} vence el {date}. Si todavía tiene dolor, "
            "necesita una cita con el médico de la unidad antes de esa fecha para "
            "extenderlo; si no, debe presentarse a la prueba física del mes próximo.\n\n"
            "Sargento Primero {provider_last}\nSuboficial de preparación médica\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: medical waiver question",
        "body": (
            "Can you look at this before the consult?\n\n"
            "> From: {name}\n"
            "> Sent: {date}\n"
            "> Hi, the panel doctor in Manila put me as {imfind49}. Does this mean my\n"
            "> visa is denied? My wife's petition is already approved. I can send the\n"
            "> medical records from my doctor. My number is {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "VA pharmacy: medication mailed",
        "body": (
            "VA CMOP SHIPMENT NOTICE\n"
            "{upper_name}\n"
            "{address}\n\n"
            "RX: {vmed49}  QTY: 90  REFILLS: 2\n"
            "SHIPPED: {date}  CARRIER TRACKING: {tracking}\n\n"
            "Questions about this medication: call your VA pharmacy at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ARNG dental readiness",
        "body": (
            "DENTAL READINESS EXAM - FIRST TERM DENTAL READINESS\n"
            "SOLDIER: {rank49} {upper_name}\n"
            "DOD ID: {edipi49}\n"
            "FINDINGS: caries #3, #19; fractured restoration #30; third molar #17 partially "
            "erupted, symptomatic\n"
            "DENTAL CLASS: 3\n"
            "TREATMENT NEEDED BEFORE MOBILIZATION: YES\n"
            "EXAMINING DENTIST: {provider}, DDS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding query - community care claim",
        "body": (
            "Hi coding,\n\n"
            "Claim for {name}, DOS {date}, came back from the network with dx {icd} only, "
            "but the authorization was for {ccsvc49}. Can you confirm the correct primary "
            "diagnosis from the note before we resubmit?\n\nThanks\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Records release",
        "body": (
            "Authorization to release information (VA Form 10-5345)\n"
            "Patient: {name}\n"
            "SSN: {ssn}\n"
            "Release to: {vso49} service officer\n"
            "Information: progress notes, audiology and mental health records, {year} to "
            "present\n"
            "Purpose: disability claim\n"
            "Expires: {date2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: my sons I-693",
        "body": (
            "thank u doctor. so he just need the {vax49} and then u seal it? he is {first}, "
            "born {dob}, the one with the asthma. we come tuesday after school ok\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel pay question",
        "body": (
            "Hi, this is {name} again. I drove 140 miles round trip to {vafac49} on {date} "
            "for my {ccsvc49} and the travel claim in BTSSS was denied for 'no appointment "
            "found'. I have the appointment letter. Can someone fix it? {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH49_NEG: list[dict] = [
    {
        "subject": "New PACT clinic opens at {vafac49}",
        "body": (
            "{vafac49} opened its expanded primary care (PACT) clinic on {date}, adding 14 "
            "exam rooms and a walk-in lab. Medical center director {name} said the clinic "
            "will serve about 6,000 veterans a year and cut average wait times for new "
            "primary care appointments from 24 to 11 days.\n\n"
            "Media contact: {name2}, Public Affairs, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How VA combines disability ratings",
        "body": (
            "VA does not add percentages together. It applies each rating to the "
            "'remaining efficiency' of a person. Example: a 50% rating and a 30% rating. "
            "Start at 100; 50% of 100 leaves 50; 30% of 50 is 15; 50 + 15 = 65, which rounds "
            "to a combined 70%. The bilateral factor adds 10% of the value when both arms "
            "or both legs are affected.\n\n"
            "Questions? Visit {vso49} office hours, Tuesdays and Thursdays.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rating schedule quick reference",
        "body": (
            "Diagnostic code    Condition                      Typical evaluations\n"
            "6260               Tinnitus, recurrent            10% (maximum)\n"
            "6100               Hearing impairment             0% to 100% (table VII)\n"
            "9411               PTSD                           0, 10, 30, 50, 70, 100%\n"
            "5237               Lumbosacral strain             10% to 100% (ROM based)\n"
            "6847               Sleep apnea syndromes          0, 30, 50, 100%\n"
            "8100               Migraine                       0, 10, 30, 50%\n\n"
            "This chart is for training only. Ratings depend on the evidence in each claim.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Veterans Day ceremony and parade",
        "body": (
            "Join us on November 11 at 10:00 at the courthouse square. Keynote: Col. (Ret.) "
            "{name}, former commander of {unit49}. The JROTC color guard will present the "
            "colors and the high school band will play the service songs. Parade steps off "
            "at 11:30 from Main and 3rd.\n\n"
            "Free lunch for veterans and families afterward, courtesy of {vso49} Post 112.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recruiting battalion - Q3 numbers",
        "body": (
            "Contracts written: 412 (goal 450)\n"
            "Shipped to basic: 371\n"
            "Medical disqualifications at MEPS: 14% of applicants processed\n"
            "Waivers requested: 58, approved: 41\n"
            "Top DQ categories: asthma history, ADHD medication, hearing, BMI\n\n"
            "Station commanders, brief your numbers at the {date} sync. - {name}, S3\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Brigade medical readiness - monthly",
        "body": (
            "Company    Assigned  MRC1   MRC2   Dental Cl 3/4   Flu current\n"
            "HHC          112     88%    7%       4%              71%\n"
            "A Co         131     84%    9%       6%              65%\n"
            "B Co         126     91%    5%       2%              80%\n"
            "C Co         119     79%    12%      8%              59%\n\n"
            "Goal is 90% MRC1 by annual training. SRP site open all three drill weekends.\n"
            "{rank49} {name}, Brigade Readiness NCO\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drill weekend training schedule",
        "body": (
            "{unit49} - training schedule\n\n"
            "SAT 0700  Formation, accountability (1SG)\n"
            "SAT 0800  M4 qual, range 14 - OIC {rank49} {name}\n"
            "SAT 1300  Land nav refresher - NCOIC SSG {name2}\n"
            "SUN 0700  Formation\n"
            "SUN 0800  SRP station open in the drill hall (all soldiers not current)\n"
            "SUN 1300  Motor pool maintenance, PMCS\n"
            "SUN 1600  Release formation\n\n"
            "Uniform: OCP. Bring eye pro and ear pro.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Promotion list - {date}",
        "body": (
            "The following soldiers are selected for promotion effective the first of next "
            "month:\n\n"
            "SPC {name} to SGT - DOD ID {edipi49}\n"
            "SGT {name2} to SSG\n"
            "PFC {name3} to SPC\n\n"
            "Pinning ceremony at the end of Saturday formation. Families welcome.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Immigration medical exam fees",
        "body": (
            "{csclinic49} - current prices\n\n"
            "Form I-693 exam (physician fee) ......... $225\n"
            "IGRA blood test (age 2+) ................ $85\n"
            "Syphilis and gonorrhea testing .......... $45\n"
            "Chest X-ray, if required ................ $70\n"
            "MMR vaccine, per dose ................... $110\n"
            "Varicella titer ......................... $60\n\n"
            "Payment by cash, debit or credit card. Prices valid through {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday hours",
        "body": (
            "Our civil surgeon office will be closed on Thanksgiving and the day after. "
            "Sealed I-693 envelopes ready before then can be picked up until 4 pm on "
            "Wednesday. Regular hours resume Monday, 8:30 to 5.\n\n"
            "Dr. {provider}, designated civil surgeon\n"
            "{csclinic49}\nTel {phone} | Fax {phone}\nNPI {npi}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "USCIS policy update: Form I-693 validity",
        "body": (
            "Practice alert from our immigration team. USCIS has updated its policy on the "
            "report of immigration medical examination: the civil surgeon's signature must "
            "be dated no more than 60 days before the adjustment application is filed, and "
            "the form remains valid while that application is pending. Officers will issue "
            "an RFE if the envelope is opened or unsealed.\n\n"
            "Please review open cases by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "I-693 vaccine requirements by age",
        "body": (
            "Vaccine            Age group required\n"
            "MMR                1 year and older, born 1957 or later\n"
            "Tdap/Td            7 years and older\n"
            "Polio (IPV)        6 weeks to 17 years\n"
            "Varicella          1 year and older, no evidence of immunity\n"
            "Hepatitis B        birth to 18 years\n"
            "Influenza          6 months and older, during flu season\n"
            "Pneumococcal       under 5, and 65 and older\n\n"
            "Applicants may show documented immunity instead of a dose. Blanket waivers "
            "apply when a vaccine is not age-appropriate or contraindicated.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: Veterans Service Officer",
        "body": (
            "The county is hiring a full-time Veterans Service Officer. Duties: help "
            "veterans and survivors file claims for compensation, pension and DIC; prepare "
            "appeals; conduct outreach at {vafac49}. Requires accreditation within 12 "
            "months. Salary {amount} to {amount2}. Apply by {date}; contact {name} in HR at "
            "{email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteer drivers needed",
        "body": (
            "The {vso49} transportation network needs volunteer drivers for the van that "
            "takes veterans to appointments at {vafac49}. Must have a clean driving record "
            "and pass a VA volunteer physical and TB screening. Shifts are 6:30 am to 3 pm. "
            "Call volunteer coordinator {name} at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Template: medical opinion letter",
        "body": (
            "[Date]\n\n"
            "RE: [Veteran Name], [VA file number]\n\n"
            "I am a [specialty] physician licensed in [state]. I have reviewed the "
            "veteran's service treatment records and [other records]. It is my opinion that "
            "the veteran's [condition] is at least as likely as not related to [in-service "
            "event]. My rationale is as follows: [rationale].\n\n"
            "[Physician name, credentials]\n[NPI] [phone] [fax]\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding reminder: military history codes",
        "body": (
            "Reminder for community care coders: add the military-history Z codes when the "
            "note supports them.\n\n"
            "Z91.82   Personal history of military deployment\n"
            "Z56.82   Military deployment status\n"
            "F43.10   Post-traumatic stress disorder, unspecified\n"
            "H93.13   Tinnitus, bilateral\n"
            "G47.33   Obstructive sleep apnea (adult)\n\n"
            "Questions: {name}, CPC, coding educator, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your order {order} has shipped",
        "body": (
            "Bill to: {csclinic49}\n\n"
            "QuantiFERON-TB Gold Plus collection kits x 50\n"
            "Tuberculin syringes, 1 mL x 200\n"
            "MMR II vaccine, 10-pack x 2\n\n"
            "Carrier tracking: {tracking}\n"
            "Invoice {invoice} to follow. Questions: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "GPC transaction declined",
        "body": (
            "Approving official,\n\n"
            "The government purchase card number keyed for the CPR manikin order "
            "(4486 1022 7391 5520) was declined as invalid, and the alternate card on the "
            "DD 1155, 5581 0044 2917 3365, failed too. Please verify the digits with the "
            "cardholder, {rank49} {name}, and resubmit. Order {order}.\n\n"
            "Resource Management\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TRICARE changes for next year",
        "body": (
            "Open season runs from the second Monday in November to the second Monday in "
            "December. TRICARE Select enrollment fees for retirees increase slightly; "
            "network copays for urgent care and specialist visits stay the same. Active "
            "duty service members remain in TRICARE Prime at no cost.\n\n"
            "Beneficiary Counseling and Assistance Coordinator: {name}, {mtf49}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Service officer hours at the library",
        "body": (
            "Accredited service officer {name} from {vso49} will be at the public library "
            "every second Wednesday, 9 to 1, to help with intent to file forms, "
            "supplemental claims and burial benefits. No appointment needed. Bring your "
            "DD214.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claims agent fees explained",
        "body": (
            "Accredited agents and attorneys may not charge for help filing an initial "
            "claim. After VA issues an initial decision, they may charge for appeals work, "
            "usually a contingency fee of up to 20% of past-due benefits, which VA can pay "
            "directly from the award. Fees above 33 1/3% are presumed unreasonable.\n\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MISSION Act access standards",
        "body": (
            "Veterans may be eligible for community care when VA cannot meet these "
            "standards:\n"
            "  Primary care, mental health, non-institutional extended care: 30-minute "
            "average drive time or 20 days wait\n"
            "  Specialty care: 60-minute average drive time or 28 days wait\n"
            "Other criteria include services VA does not offer and the best medical "
            "interest of the veteran, decided with the VA provider.\n\n"
            "Community Care Office, {vafac49}\nNetwork: {ccn49}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Beneficiary travel - how to file",
        "body": (
            "File within 30 days of your appointment through BTSSS or at the kiosk. Mileage "
            "is paid at the current rate per mile; a small deductible applies each way "
            "unless you have a waiver. Parking and tolls need receipts. Special-mode "
            "transport (wheelchair van) must be approved before the trip.\n\n"
            "Travel office hours: 7:30 to 4, Monday to Friday. Phone {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PACT Act presumptive conditions",
        "body": (
            "Conditions presumed related to burn pits and other airborne hazards include "
            "asthma diagnosed after service, chronic sinusitis, chronic rhinitis, "
            "constrictive bronchiolitis, COPD, pulmonary fibrosis, and several cancers of "
            "the head, neck and respiratory tract. Agent Orange presumptives now include "
            "hypertension and MGUS.\n\n"
            "Workshop on {date} at {vafac49}, auditorium B.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IDES in five steps",
        "body": (
            "1. Referral: a provider refers a member whose condition may not meet retention "
            "standards.\n"
            "2. MEB: the medical evaluation board documents the conditions; VA performs one "
            "set of exams.\n"
            "3. Informal PEB decides fit or unfit.\n"
            "4. VA proposes ratings for the unfitting and other conditions.\n"
            "5. Transition: separation or retirement, with VA benefits starting soon "
            "after.\n\n"
            "PEBLO office, {mtf49}, walk-ins Monday mornings.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dental readiness classes - refresher",
        "body": (
            "Class 1: no treatment needed. Class 2: treatment needed but not expected to "
            "cause an emergency within 12 months (deployable). Class 3: urgent or emergent "
            "treatment needed (not deployable). Class 4: no exam within 12 months or records "
            "missing (not deployable).\n\n"
            "Unit commanders receive the class summary, not the chart. - {name}, DDS, "
            "Regional Dental Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weapons qual roster",
        "body": (
            "Lane  Name                 DOD ID       Score\n"
            "1     {rank49} {name}      {edipi49}    36\n"
            "2     SGT {name2}          -            33\n"
            "3     SPC {name3}          -            29\n"
            "4     PFC {last}           -            24\n\n"
            "Expert 36-40, sharpshooter 30-35, marksman 23-29. Range OIC: CPT {provider}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What to expect at the panel physician",
        "body": (
            "Immigrant visa applicants must see an embassy-approved panel physician before "
            "the interview. Bring your passport, the interview letter, vaccination records "
            "and any previous chest X-rays. Applicants 15 and older receive a chest X-ray; "
            "children 2 to 14 in high-burden countries receive an IGRA. Results are sent "
            "directly to the embassy.\n\n"
            "Resettlement services desk, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refugee health program - quarterly report",
        "body": (
            "Arrivals screened: 412 (within 90 days: 93%)\n"
            "LTBI identified: 38 (9%); started treatment: 31\n"
            "Hepatitis B surface antigen positive: 11 (2.7%)\n"
            "Intestinal parasites: 27 (6.5%)\n"
            "Elevated blood lead, children under 16: 6\n"
            "Catch-up vaccinations given: 1,186 doses\n\n"
            "Program manager: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Horario y precios del examen de inmigración",
        "body": (
            "{csclinic49}\n\n"
            "Lunes a viernes de 8:00 a 17:00, sábados de 9:00 a 13:00.\n"
            "Examen médico (I-693): $225. Prueba de tuberculosis (IGRA): $85. Vacunas: "
            "precio por dosis.\n"
            "Traiga su pasaporte y su cartilla de vacunación. Atendemos en español.\n"
            "Teléfono: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Paalala sa mga aplikante",
        "body": (
            "Paalala po sa lahat ng aplikante para sa immigrant visa: magdala ng pasaporte, "
            "appointment letter at kopya ng vaccination records sa araw ng medical exam. "
            "Dumating nang 30 minuto bago ang oras. Hindi po tinatanggap ang walk-in. Ang "
            "resulta ay ipapadala ng clinic nang direkta sa embahada.\n\n"
            "Salamat po,\nApplicant services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thông báo về yêu cầu tiêm chủng",
        "body": (
            "Kính gửi quý khách hàng,\n\n"
            "Từ ngày {date}, người nộp đơn điều chỉnh tình trạng cần nộp đầy đủ hồ sơ tiêm "
            "chủng theo độ tuổi (sởi-quai bị-rubella, uốn ván, thủy đậu...). Văn phòng "
            "luật của chúng tôi có bảng hướng dẫn bằng tiếng Việt. Vui lòng gọi {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sesyon enfòmasyon sou egzamen medikal imigrasyon",
        "body": (
            "Sant kominotè a ap òganize yon sesyon enfòmasyon samdi {date} a 10è. Yon "
            "avoka ak yon enfimyè pral eksplike kijan egzamen medikal I-693 la mache, ki "
            "vaksen ki obligatwa, ak konbyen sa koute. Gratis. Gen entèprèt kreyòl.\n\n"
            "Enfòmasyon: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "jadwal el-tawjeeh lel-3a2elat el-jdeedeh",
        "body": (
            "Ahlan wa sahlan! Jadwal el-orientation lel-3a2elat elli wasalu haza el-shahr:\n"
            "el-ithnein 10:00 - el-bank w el-SNAP\n"
            "el-thulatha 10:00 - el-madaris w el-bus\n"
            "el-arba3a 13:00 - kayf tehjez maw3ed 3ind el-doctor (sharh 3am)\n\n"
            "El-mutarjem: {name}. Lel-as2ila: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Change of command",
        "body": (
            "You are cordially invited to the change of command ceremony for {unit49} on "
            "{date} at 1000 on the parade field. LTC {name} will relinquish command to LTC "
            "{name2}. Reception to follow at the community club. Uniform: ASU or business "
            "attire.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grand rounds: treating {vdx49} in veterans",
        "body": (
            "Dr. {provider} will present recent evidence on treating {vdx49} in veterans, "
            "including group-based therapy and stepped care. Mental health and primary care "
            "staff welcome. 1.0 CME/CEU. Auditorium, {vafac49}, {date}, noon.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Research study for veterans",
        "body": (
            "Veterans aged 21 to 65 with {vdx49} may qualify for a 12-week study at "
            "{vafac49}. Participants receive study visits at no cost and up to $300 for "
            "their time. To learn more, call study coordinator {name} at {phone}. "
            "IRB #{code}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduled downtime - EHR cutover",
        "body": (
            "{vafac49} will go live on the new EHR on {date}. Downtime begins at 2200 the "
            "night before; use paper downtime forms and the read-only legacy viewer. "
            "Super-users will round on every unit. Help desk ticket queue: {ticket}.\n\n"
            "Informatics - {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Town hall recap",
        "body": (
            "Thank you to the 140 veterans and family members who attended Thursday's town "
            "hall. Director {name} reported that community care referrals rose 18% this "
            "year, average new-patient wait for mental health is 9 days, and the new "
            "parking garage opens in spring. The next town hall is {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Award citation - draft for review",
        "body": (
            "ARMY COMMENDATION MEDAL\n"
            "For exceptionally meritorious service as supply sergeant, {unit49}, from "
            "{date} to {date2}. {rank49} {name} accounted for more than {amount} of "
            "property with zero losses and led the unit's move to the new readiness center. "
            "His actions reflect great credit upon himself and the {branch49}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PCS checklist",
        "body": (
            "Before you move:\n"
            "  - Hand-carry your family's medical and dental records\n"
            "  - Update DEERS and TRICARE region within 30 days\n"
            "  - Transfer prescriptions to mail order or a network pharmacy\n"
            "  - Enroll children at the new school; bring shot records\n"
            "  - Schedule household goods pickup\n\n"
            "Relocation Assistance Program, {mtf49} area. {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Firm newsletter: health-related grounds of inadmissibility",
        "body": (
            "This month {name} explains the four health-related grounds: communicable "
            "diseases of public health significance, missing vaccinations, physical or "
            "mental disorders with harmful behavior, and drug abuse or addiction. We also "
            "cover Form I-601 waivers and when a civil surgeon's Class B note matters.\n\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - certified translation",
        "body": (
            "Job {ref}: certified translation, Spanish to English, 32 pages (vaccination "
            "cards and clinic letters). Rush fee applied. Total: {amount}. Due {date}.\n\n"
            "{company} Language Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ID card office appointments",
        "body": (
            "The RAPIDS ID card office moves to building 210 on {date}. Appointments only; "
            "book online. CAC renewals can be done up to 90 days before expiration. "
            "Dependents over 10 need their own card. Site security manager: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nominations open: Volunteer of the Year",
        "body": (
            "Nominate a VA volunteer who made a difference this year: drivers, greeters, "
            "hospice companions, honor guard. Nominations are due {date}. Last year's "
            "honoree, {name}, logged 1,400 hours at the information desk.\n\n"
            "Voluntary Service, {vafac49}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recruiting office hours",
        "body": (
            "The {branch49} recruiting station at the mall is open Monday to Saturday, 10 to "
            "6. Walk in to talk about enlistment options, the ASVAB and bonuses. "
            "{rank49} {name}, station commander, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SRP site hours",
        "body": (
            "Soldier Readiness Processing stations at the readiness center this drill:\n"
            "  Vision and hearing screening\n"
            "  Dental exam (mobile dental unit)\n"
            "  PHA questionnaire and provider review\n"
            "  Immunizations\n"
            "  DNA sample and blood type, if missing\n"
            "Open 0800-1500 Saturday. Bring your CAC. Coordinator: {rank49} {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: room for C&P examiner training",
        "body": (
            "Booked conference room 3B for {date}, 0900-1600, for 22 examiners. Projector "
            "works now.\n\n{name2}\n\n"
            "> From: {name}\n"
            "> Can we get a room for the DBQ refresher? New examiners from the contractor\n"
            "> need the module on flare-ups and functional loss.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "drill time change",
        "body": (
            "all - formation moved to 0630 sat, motor pool. bring eye pro ear pro and a "
            "water source. we step off for the range at 0715 sharp. pass it down. - SSG "
            "{last}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Civil surgeon designation - signature",
        "body": (
            "Dear colleagues, please update my contact details for referrals.\n\n"
            "--\n{provider}, MD, FAAFP\n"
            "Designated civil surgeon (USCIS)\n"
            "{csclinic49}\n"
            "Tel {phone}  Fax {phone}\n"
            "NPI {npi}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Survivor outreach workshop",
        "body": (
            "Surviving spouses and children: learn about DIC, survivors pension, CHAMPVA "
            "health coverage and education benefits. Workshop on {date} at the {vso49} "
            "post hall. Presenter: {name}, accredited representative. Lunch provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gift card order rejected",
        "body": (
            "The gift cards for the Veterans Day raffle could not be loaded: numbers "
            "4716 0033 8820 1947 and 3782 822463 10006 failed validation at the vendor. "
            "Please confirm with {company}. PO {order}.\n\n"
            "Events committee\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

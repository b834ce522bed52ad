"""Held-out split "fresh51": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py (in full), bench/accuracy/fresh7.py (its first 140 lines)
and the module docstring of bench/accuracy/fresh49.py (its first 75 lines were printed; read
as a model of this docstring, the data format and the labelling rules, not for its templates
or vocabulary), for the placeholder names, the data format, and so as not to repeat their
templates. The file names in bench/accuracy/ were listed once (with the line counts of
generate.py, fresh6.py and fresh7.py), and the [tool.ruff], [tool.ruff.lint] and
[tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read, for the line length
and lint rules. The author did not read gateway/, policies/, docs/, tests/, README.md,
bench/accuracy/vocab/, bench/accuracy/formats.py, run.py or any other bench/accuracy/fresh*.py
file (fresh50.py, written at the same time by another helper, was neither read nor touched),
and did not run git, the detector, run.py, the benchmark or any test. The only things run
were `date`, Python's ast module over generate.py (without executing it) to collect the
placeholder names that generate.fill() and generate.fresh_fill() provide, a small Luhn
computation over candidate card-like numbers before writing them, small Python string edits
of the draft in /tmp/fresh51/, imports of this file with a small script in /tmp/fresh51/
checking its placeholders, key sets, labels, the validated rule, the placeholders the
negatives must not use, a trial str.format() of every template, and the Luhn failure of
every card-like number in the negatives, and ruff format and ruff check on this file. It is
meant to be run once, as an honest, untuned measurement: do not tune the detector on these
templates.

Angle: sports medicine, student and campus health. Mail from and to athletic trainers and
team physicians (pre-participation physicals, concussion baselines and post-injury tests,
graduated return-to-play and return-to-learn plans, injury reports, game-day sheets, heat
illness incident reports, NCAA drug tests and therapeutic use exemptions, rehab progress),
coaches, parents and students writing in, college health and counselling centres (visit
summaries, CAPS intakes, welfare checks, superbills), disability and accommodation offices,
housing and study-abroad medical clearances, student accident and study-abroad insurance
claims, summer camp nurses (medication authorisations, health-centre logs, asthma action
plans, diabetic campers), and a sports-medicine clinic seeing Medicare-age masters athletes.
Shapes vary: forms with "Label: value" fields, ALL-CAPS system printouts, pasted tables and
CSV exports, calendar invitations pasted as text (SUMMARY/DTSTART/DESCRIPTION lines), Teams
and Slack style chat exports, SMS threads, forwarded threads with "> " quoting, HTML
fragments, terse notes with abbreviations, long narratives, first-person mail from students
and families, and Spanish, French, Korean and Chinese written in Latin letters (romanised),
and Portuguese. Names sit in many positions: start of line, after a greeting, surname
first, initials plus surname, ALL-CAPS, first name only with a date of birth or a named
relative, and in the Subject. About half of the PHI templates carry PHI in the Subject; the
rest have no person's name in the Subject at all. The hard negatives come from the same
world: sports-medicine newsletters and program descriptions naming conditions and drugs but
no person, aggregate surveillance and counselling-centre statistics, coverage schedules,
counsellor and staff rosters, room lists and credential tables with no health fact, job
postings, event and clinic announcements, letter templates with bracketed fields and a
blank PPE form, signatures with NPI and phone/fax, tracking, invoice, order, ticket and lot
numbers, UUIDs, "B12" and "A1C" in non-patient text, card-like numbers that fail the Luhn
check, staff named next to health words, and a coding reminder with literal ICD-10 codes
and no patient.

This file's own placeholders (FRESH51_VOCAB): {inj51} (a sports injury), {ssx51} (a
concussion symptom), {cond51} (a chronic condition), {med51} (a medication or device),
{test51} (a test or screen), {rtp51} (a return-to-play stage), {accom51} (an academic or
housing accommodation), {vital51} (vital signs), {redflag51} (a cardiac warning finding),
{initials51} (a person's initials), {age51} (a student's age), {grade51} (a school year)
and {jersey51} (a jersey number) are used only in the PHI templates. {sport51} (a sport),
{school51} (a school), {camp51} (a summer camp), {cabin51} (a camp cabin), {country51} (a
study-abroad destination), {sid51} (a student ID number), {room51} (a residence-hall
room), {opp51} (an opposing team) and {staffrole51} (a staff credential such as ATC or
LCSW) are used in both groups; in the negatives a student ID or room goes with a name only
on a housing list with no health fact, and a credential goes only with staff. Other
placeholders come from generate.fill() and generate.fresh_fill(). Only plain {name}
placeholders are used (no index or attribute syntax).

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; initials plus surname; first name plus a date of birth, a named relative, an
address or a phone; MRN, member ID, SSN or MBI; the patient's own phone, email or address)
is linked to health information (condition, symptom, finding, measurement, test result,
medication, device, procedure, injury, visit or appointment for care, payment for care).
For this split a sports injury, a concussion and its test scores or return-to-play stage, a
pre-participation physical and its clearance decision, a drug-test result, a medication
authorisation, a counselling visit, and an accommodation or clearance granted for a named
condition are health information. Athletic trainers, team physicians, nurses, counsellors,
coaches, coordinators, instructors, vendors and clerks named as staff are not patients.
subject_phi is True only when the Subject alone identifies a patient together with health
information, or holds a patient identifier (MRN, MBI) in a care context; PHI templates whose
Subject is not PHI carry no person's name in the Subject at all. validated is True exactly
when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body. Negatives never use
{mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi}, {passport} or {intl_name},
never pair a home address with care, and name only staff, vendors, payers, donors and
course or event attendees, or nobody, or give aggregate figures. Anything ambiguous (a first
name alone next to an injury, a team's whole roster next to a health fact) was left out or
rewritten so that no person is identifiable. The card-like numbers written literally in the
negatives fail the Luhn check.

It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.
"""

from __future__ import annotations

FRESH51_VOCAB: dict[str, list[str]] = {
    "sport51": [
        "women's soccer",
        "football",
        "wrestling",
        "men's lacrosse",
        "field hockey",
        "ice hockey",
        "cross country",
        "volleyball",
        "women's basketball",
        "competitive cheer",
        "rugby",
        "swimming and diving",
        "gymnastics",
        "baseball",
        "softball",
        "track and field (pole vault)",
    ],
    "inj51": [
        "a grade 2 lateral ankle sprain",
        "a complete ACL tear",
        "a grade 1 hamstring strain",
        "an anterior shoulder dislocation",
        "a stress fracture of the second metatarsal",
        "turf toe",
        "an AC joint separation",
        "patellar tendinopathy",
        "a high ankle sprain",
        "an MCL sprain",
        "a boxer's fracture",
        "a SLAP tear",
        "Osgood-Schlatter disease",
        "medial tibial stress syndrome",
        "a pars stress fracture at L5",
        "a scaphoid fracture",
    ],
    "ssx51": [
        "headaches and light sensitivity",
        "feeling foggy",
        "trouble concentrating in class",
        "dizziness when standing up",
        "nausea after screen time",
        "sleeping 12 hours a night",
        "ringing in the ears",
        "irritability and crying spells",
        "blurry vision when reading",
        "neck pain and a pressure headache",
    ],
    "cond51": [
        "exercise-induced asthma",
        "type 1 diabetes",
        "ADHD",
        "generalized anxiety disorder",
        "sickle cell trait",
        "epilepsy",
        "celiac disease",
        "anorexia nervosa",
        "major depressive disorder",
        "POTS",
        "mononucleosis",
        "a severe peanut allergy",
        "Crohn's disease",
        "chronic migraine",
        "bipolar II disorder",
        "a bee sting allergy",
    ],
    "med51": [
        "albuterol HFA 2 puffs before exercise",
        "EpiPen 0.3 mg",
        "Adderall XR 15 mg",
        "Concerta 27 mg",
        "Omnipod insulin pump",
        "sertraline 50 mg",
        "Vyvanse 40 mg",
        "cetirizine 10 mg",
        "naproxen 500 mg twice daily",
        "lamotrigine 100 mg",
        "Dexcom G7 sensor",
        "fluoxetine 20 mg",
        "Medrol dose pack",
        "Baqsimi nasal glucagon",
        "Strattera 40 mg",
        "escitalopram 10 mg",
    ],
    "test51": [
        "ImPACT post-injury test",
        "SCAT6",
        "King-Devick test",
        "BESS balance test",
        "12-lead ECG",
        "sickle cell trait screen",
        "Monospot",
        "ankle X-ray",
        "knee MRI",
        "VOMS screen",
        "echocardiogram",
        "TB skin test",
        "CBC",
        "ferritin level",
    ],
    "rtp51": [
        "Stage 1 (symptom-limited activity)",
        "Stage 2 (light aerobic exercise)",
        "Stage 3 (sport-specific exercise)",
        "Stage 4 (non-contact training drills)",
        "Stage 5 (full-contact practice)",
        "Stage 6 (return to competition)",
    ],
    "accom51": [
        "extended time (1.5x) on exams",
        "a reduced-distraction testing room",
        "rest breaks every 30 minutes",
        "copies of lecture notes",
        "flexible deadlines during flares",
        "reduced screen time for two weeks",
        "a single room in housing",
        "a ground-floor room near the elevator",
        "an emotional support animal in the residence hall",
        "a reduced course load",
    ],
    "school51": [
        "Lakeshore State University",
        "Harwell College",
        "North Fork Community College",
        "St. Brendan's University",
        "Pine Ridge High School",
        "Marlow Valley High School",
        "Eastbrook Academy",
    ],
    "camp51": [
        "Camp Tall Pines",
        "Camp Wanakee",
        "Blue Heron Lake Camp",
        "Camp Silver Birch",
        "Camp Kinross",
        "Red Cedar Day Camp",
    ],
    "cabin51": ["Birch", "Otter", "Loon", "Cedar 4", "Chipmunk", "Hawk's Nest", "Bluebird"],
    "country51": [
        "Spain (Seville)",
        "Japan (Osaka)",
        "Ghana (Accra)",
        "Italy (Florence)",
        "Chile (Valparaiso)",
        "Australia (Brisbane)",
        "Ireland (Galway)",
        "South Korea (Seoul)",
    ],
    "sid51": [
        "S00482193",
        "900184772",
        "A20391847",
        "U81734590",
        "2026-04417",
        "LSU0739215",
        "H1188402",
        "900265013",
    ],
    "grade51": [
        "9th grade",
        "10th grade",
        "11th grade",
        "junior",
        "senior",
        "freshman",
        "sophomore",
        "graduate student",
    ],
    "jersey51": ["#2", "#7", "#11", "#14", "#21", "#23", "#33", "#44", "#52", "#88"],
    "room51": [
        "Hartley Hall 214",
        "Birch House 3B",
        "Ellison Tower 1107",
        "Maple Court 22",
        "Warren Hall 318",
        "Greenleaf Commons 405",
    ],
    "vital51": [
        "BP 148/92, HR 104",
        "BP 138/84, HR 58",
        "HR 122 standing, 78 supine",
        "BP 156/96 on repeat",
        "BMI 16.8, resting HR 44",
        "SpO2 94%, RR 24",
    ],
    "redflag51": [
        "a 2/6 systolic murmur that gets louder on standing",
        "two episodes of fainting during sprints",
        "chest pain with exertion since August",
        "a family history of sudden cardiac death (uncle, age 34)",
        "an irregular rhythm on auscultation",
        "shortness of breath out of proportion to effort",
    ],
    "initials51": ["J.R.", "M.A.", "K.T.", "D.L.", "S.P.", "A.J.", "T.W.", "L.M."],
    "age51": ["11", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"],
    "opp51": ["Westfield", "St. Mary's", "Central Tech", "Ridgeview", "Oak Hollow", "Bayside"],
    "staffrole51": ["ATC", "LAT, ATC", "MS, ATC", "PA-C", "RN", "LPC", "LCSW", "MD, CAQSM"],
}


FRESH51_PHI: list[dict] = [
    {
        "subject": "PPE - {name} - not cleared pending cardiology",
        "body": (
            "PRE-PARTICIPATION PHYSICAL EVALUATION\n"
            "Athlete: {name}\n"
            "Date of birth: {dob}\n"
            "School: {school51}\n"
            "Sport: {sport51}\n"
            "Grade: {grade51}\n"
            "Vitals: {vital51}\n"
            "History/exam: {redflag51}\n"
            "Clearance: [ ] cleared  [ ] cleared with recommendations  [X] NOT CLEARED\n"
            "Pending: {test51} and cardiology evaluation\n"
            "Examiner: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Visit summary",
        "body": (
            "STUDENT HEALTH SERVICES - {school51}\n"
            "VISIT SUMMARY\n"
            "PATIENT: {upper_name}    STUDENT ID: {sid51}\n"
            "MRN: {mrn}\n"
            "DATE OF SERVICE: {date}\n"
            "CHIEF COMPLAINT: {ssx51}\n"
            "ASSESSMENT: {cond51} ({icd})\n"
            "PLAN: START {med51}. FOLLOW UP IN 2 WEEKS OR SOONER IF WORSE.\n"
            "PROVIDER: {provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Concussion tracking - week of {date}",
        "body": (
            "Current list for the AD and team physician. Do not forward to coaches.\n\n"
            "Athlete          | Sport        | Injury date | Symptom score | Status\n"
            "{name} | {sport51} | {date2} | 14/132 | {rtp51}\n"
            "{name2} | {sport51} | {date} | 31/132 | out, return-to-learn plan active\n\n"
            "{provider_first}, {staffrole51}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "camp_health_forms_export.csv",
        "body": (
            "Export from the camp registration system, session 2:\n\n"
            "camper_last,camper_first,dob,cabin,allergies,meds_at_health_center,guardian_phone\n"
            "{last},{first},{dob},{cabin51},bee stings,{med51},{phone}\n"
            "\n1 record. Generated {date} {time}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: RTP eval - {name} (concussion) @ {date} {time}",
        "body": (
            "BEGIN:VCALENDAR\n"
            "BEGIN:VEVENT\n"
            "SUMMARY:RTP eval - {name} (concussion)\n"
            "DTSTART:20261203T153000\n"
            "DTEND:20261203T161500\n"
            "LOCATION:Athletic Training Room\\, {school51}\n"
            "DESCRIPTION:Post-injury ImPACT retest then exertional {rtp51}. Symptom free "
            "x 48h per {provider_first}. Parent consent on file.\n"
            "ORGANIZER:mailto:{email}\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Chat export - sports med channel",
        "body": (
            "[10:42] Coach {provider_last}: can {first} {last} go in practice today?\n"
            "[10:44] {name2}, {staffrole51}: no. still {ssx51}, she's on day 3 of the "
            "return-to-learn plan\n"
            "[10:45] Coach {provider_last}: ok. what about saturday vs {opp51}\n"
            "[10:47] {name2}, {staffrole51}: not happening, needs {test51} back to baseline "
            "first. I'll update you thursday\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: texts from Friday night",
        "body": (
            "Forwarding the thread so it's in the file.\n\n"
            "Fri 9:14 PM  {phone}\n"
            "Hi this is {name2}, {first}'s dad. He took a hit in the 2nd quarter and now "
            "says his head is pounding\n"
            "Fri 9:16 PM  Me\n"
            "Thanks for telling me. Any vomiting, confusion, or is he more sleepy than usual?\n"
            "Fri 9:19 PM  {phone}\n"
            "threw up once in the car. should we go to the ER?\n"
            "Fri 9:20 PM  Me\n"
            "Yes, please take him now. I'll call Dr. {provider_last} in the morning.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Fwd: {name} - concussion, return-to-learn",
        "body": (
            "Thanks, I'll share this with her teachers today.\n\n"
            "> From: {provider}, School Nurse\n"
            "> Date: {date}\n"
            "> {name} was seen by the team physician after the {sport51} game and "
            "diagnosed with a concussion.\n"
            "> Please allow: no tests this week, {accom51}, and a quiet place to rest if "
            "she reports {ssx51}.\n"
            "> We will re-assess with the {test51} next Tuesday.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Accommodation request for fall",
        "body": (
            "Hello,\n\n"
            "My name is {name} and I'm a {grade51} at {school51} (student ID {sid51}). I was "
            "diagnosed with {cond51} last semester and my grades dropped a lot. My "
            "psychiatrist, Dr. {provider_last}, wrote a letter and I take {med51} now. I'd "
            "like to ask for {accom51}. Do I upload the letter to the portal or bring it in?\n\n"
            "Thanks,\n{first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Study abroad clearance - {name} - {cond51} plan",
        "body": (
            "Destination: {country51}\n"
            "Program dates: {date} to {date2}\n\n"
            "Student has a 6-month supply of {med51} and a letter in English for customs. "
            "We reviewed an emergency plan with the on-site director and the nearest "
            "English-speaking clinic. Cleared to travel.\n\n"
            "{provider}, {staffrole51}\nStudent Health Services\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Housing medical form",
        "body": (
            "HOUSING ACCOMMODATION - MEDICAL VERIFICATION\n"
            "Student: {name}\n"
            "Student ID: {sid51}\n"
            "Current assignment: {room51}\n"
            "Requested: {accom51}\n"
            "Diagnosis: {cond51}\n"
            "ICD-10: {icd}\n"
            "How the condition limits housing use: frequent night-time symptoms; shared "
            "bathroom is a barrier.\n"
            "Verifying provider: {provider}, {staffrole51}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Med form: {name} ({med51})",
        "body": (
            "CAMP MEDICATION AUTHORIZATION - {camp51}\n"
            "Camper: {name}    DOB: {dob}\n"
            "Cabin: {cabin51}\n"
            "Medication: {med51}\n"
            "Given at: breakfast and bedtime, by the camp nurse\n"
            "Reason: {cond51}\n"
            "Parent/guardian: {name2}    Cell: {phone}\n"
            "Signature on file.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medicamentos de mi hijo para el campamento",
        "body": (
            "Hola,\n\n"
            "Soy {name2}, la mamá de {name}. Mi hijo tiene asma y usa el inhalador de "
            "albuterol antes de nadar. También es alérgico a las nueces; le mando dos "
            "EpiPen en la maleta. Por favor que la enfermera del campamento me llame al "
            "{phone} si tiene una crisis.\n\n"
            "Muchas gracias,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rendez-vous - entorse de la cheville, {name}",
        "body": (
            "Bonjour,\n\n"
            "Je m'appelle {name}, étudiant en échange (numéro étudiant {sid51}). Je me suis "
            "tordu la cheville pendant le match de {sport51} hier soir; elle est très gonflée "
            "et je ne peux presque pas marcher. Est-ce que je peux avoir une radiographie au "
            "centre de santé demain matin? Mon téléphone: {phone}.\n\n"
            "Merci beaucoup,\n{first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Adeul noe jintang gwanryeon munui",
        "body": (
            "Annyeonghaseyo, jeoneun {name}-ui eomma {name2}-imnida.\n"
            "Uri adeuri eoje {sport51} sihap-eseo meori-reul budichyeoseo noe jintang "
            "(concussion) jindan-eul badasseoyo. Ajik dutong-i itgo bit-e minkamhaeyo. "
            "Hakgyo-e eonje dasi gal su inneunji, siheom-eun eotteoke haeya haneunji "
            "allyeo juseyo. Yeollakcheo: {phone}.\n"
            "Gamsahamnida.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} jiao niu shang - qing jia",
        "body": (
            "Lao shi nin hao,\n\n"
            "Wo shi {name2}, {name} de mama. Ta zuotian zai lanqiu bisai zhong niu shang le "
            "jiaohuai, yisheng shuo shi {inj51}, yao zhu guaizhang liang zhou. Zhe zhou ta "
            "bu neng shang tiyu ke, qing nin pizhun qing jia. Yiyuan de zhengming zai fujian "
            "li.\n\nXiexie!\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Atestado médico - {name} - mononucleose",
        "body": (
            "Olá,\n\n"
            "Sou {name}, aluno de intercâmbio do segundo ano. Fui diagnosticado com "
            "mononucleose no centro de saúde na semana passada e o médico disse que não "
            "posso treinar {sport51} por quatro semanas por causa do baço. Preciso de um "
            "atestado para o treinador e para as faltas nas aulas. Meu e-mail é {email}.\n\n"
            "Obrigado,\n{first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ankle",
        "body": (
            "{first} {last} rolled L ankle @ practice ~4pm, +ant drawer, swelling ++, "
            "TTP ATFL. ice/compress/elevate, crutches NWB, xray ordered. no practice til seen "
            "by dr {provider_last}. mom notified {phone}\n- {provider_first} {staffrole51}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cardiology referral for {name} after ECG screening",
        "body": (
            "Dear {name2},\n\n"
            "Thank you for bringing {first} to the team screening night. I am writing "
            "because his {test51} showed a pattern that we do not usually see in athletes "
            "his age, and on exam he had {redflag51}. Most of the time this turns out to be "
            "harmless, but a small number of young athletes with these findings have a heart "
            "muscle condition called hypertrophic cardiomyopathy, and we do not want to take "
            "that chance.\n\n"
            "Until a pediatric cardiologist has seen him and done an echocardiogram, he "
            "should not practice or play {sport51}. He can go to school and walk normally. "
            "Our office has already sent the referral; the cardiology clinic will call you at "
            "{phone} to schedule.\n\n"
            "Please call me with any questions.\n{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Payment received - sports physical",
        "body": (
            "RECEIPT\n"
            "Patient: {name}\n"
            "Service date: {date}\n"
            "Service: pre-participation sports physical + screening ECG\n"
            "Amount paid: {amount}\n"
            "Card: {card}\n"
            "Auth code: {code}\n"
            "Thank you. {clinic} Sports Medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Student insurance claim - {name}, ACL reconstruction",
        "body": (
            "Student Accident Insurance - Claim Form\n"
            "Insured student: {name}\n"
            "SSN: {ssn}\n"
            "School: {school51}\n"
            "Sport / activity: {sport51}\n"
            "Date of injury: {date}\n"
            "Description: planted and pivoted, knee gave way. MRI confirmed {inj51}.\n"
            "Surgery date: {date2}\n"
            "Surgeon: Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Claim {claim}",
        "body": (
            "Athletic medicine clinic - claim detail\n"
            "Patient: {last}, {first}\n"
            "Account: {account}\n"
            "DOS: {date}\n"
            "Dx: {icd}\n"
            "CPT: 97110 therapeutic exercise x3, 97140 manual therapy\n"
            "Billed: {amount}  Allowed: {amount2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MBI {mbi} - knee injection auth",
        "body": (
            "Senior Games 5K runner, age 67, seen in sports medicine for right knee "
            "osteoarthritis. Failed 8 weeks of PT and naproxen. Requesting authorization "
            "for a hyaluronic acid injection series. Ordering: {provider}, {staffrole51}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "PT referral - pickleball shoulder",
        "body": (
            "Medicare pt {name}, MBI {mbi}, partial-thickness rotator cuff tear from "
            "pickleball. Please schedule PT 2x/wk x 6 wks at the sports medicine clinic. "
            "Home phone {phone}.\n{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Injury report for the AD",
        "body": (
            "<table>\n"
            "<tr><th>Athlete</th><th>Sport</th><th>Injury</th><th>Status</th></tr>\n"
            "<tr><td>{name}</td><td>{sport51}</td><td>{inj51}</td>"
            "<td>Out - est. 3 wks</td></tr>\n"
            "<tr><td>{name2}</td><td>{sport51}</td><td>turf toe</td>"
            "<td>Limited, brace</td></tr>\n"
            "</table>\n"
            "<p>Updated by {provider}, {staffrole51}</p>\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAPS intake - {name} - panic attacks, urgent",
        "body": (
            "Walk-in at 2:10 today. {age51} y/o student, three panic attacks this week, "
            "not sleeping, missed two exams. Denies SI/HI. History of {cond51}, was on "
            "{med51} in high school and stopped. Scheduled with {provider_first} ({staffrole51}) "
            "tomorrow at {time}; psychiatry referral placed.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Academic adjustments for {name} (concussion)",
        "body": (
            "Dear Professor,\n\n"
            "{name} is under care at Student Health for a concussion sustained on {date}. "
            "For the next two weeks please allow {accom51} and postpone in-class exams. "
            "We expect a gradual return to full workload as symptoms ({ssx51}) settle.\n\n"
            "Sincerely,\n{provider}, {staffrole51}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Dr. note: {initials51} {last}, {inj51}",
        "body": (
            "Seen in training room clinic. Exam consistent with the above. Brace, no "
            "cutting or jumping for 2 weeks, recheck {date}.\n- Team physician\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} - post-concussion, cleared {rtp51}",
        "body": (
            "Completed exertional progression without symptoms. ImPACT back to baseline. "
            "OK to advance per protocol; next step is tomorrow if still asymptomatic.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {first} (DOB {dob}) - sickle cell trait result",
        "body": (
            "The screen came back positive for trait. This does not keep her from playing, "
            "but she needs the hydration and conditioning precautions and should stop at the "
            "first sign of cramping or shortness of breath. I'll talk to her mom.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Concern about one of my runners",
        "body": (
            "Hi,\n\n"
            "I coach cross country and I'm worried about {name}. She has lost a lot of "
            "weight since August, fainted at practice twice, and told a teammate she only "
            "eats one meal a day. Her resting heart rate on her watch is in the low 40s. "
            "I don't want to overstep but I think she needs to be seen. Who should I talk "
            "to at the health center?\n\n"
            "{provider}, Head Coach\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NCAA drug test - {name} - positive, TUE on file",
        "body": (
            "The lab reported amphetamine on the {date} collection. A therapeutic use "
            "exemption is on file for ADHD ({med51}). Sending the TUE packet to the NCAA "
            "today; no sanction expected.\n{provider_first}, Compliance\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "TUE paperwork",
        "body": (
            "THERAPEUTIC USE EXEMPTION - SUPPORTING DOCUMENTATION\n"
            "Athlete: {name}\n"
            "DOB: {dob}\n"
            "Sport: {sport51}\n"
            "Diagnosis: ADHD, combined presentation ({icd})\n"
            "Medication requested: {med51}\n"
            "Diagnosing clinician: {provider}\n"
            "Testing attached: Conners rating scales, school history\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} - mono, no contact x 4 wks",
        "body": (
            "Monospot positive, spleen palpable on exam. No practice, lifting or contact "
            "until at least {date2}; recheck before any return. Coach notified.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Incident report - exertional heat illness at preseason",
        "body": (
            "INCIDENT REPORT\n"
            "Date/time: {date} {time}\n"
            "Athlete: {name}    Sport: {sport51}    {jersey51}\n"
            "Event: collapsed during conditioning, confused, hot skin\n"
            "Rectal temp: 105.8 F at 14:02\n"
            "Treatment: cold water immersion to 102.2 F in 11 minutes, EMS called\n"
            "Transported to: {clinic} ED\n"
            "Reported by: {provider}, {staffrole51}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health center log {date}",
        "body": (
            "{camp51} health center - daily log\n"
            "08:10 {name} (cabin {cabin51}) - {med51} given per parent form\n"
            "09:45 {name2} - bee sting L forearm, ice, diphenhydramine 25 mg PO. Observed "
            "30 min, no wheeze. Parent {name3} called at {phone}.\n"
            "13:30 {name} - back for a headache, temp 100.9, resting in infirmary\n"
            "- Camp nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Can I get an appointment for my wrist?",
        "body": (
            "hi, I'm {name} ({email}). I fell on my wrist playing intramural ultimate "
            "yesterday and it's swollen and it hurts when I press the base of my thumb. "
            "the urgent care said it might be {inj51} and I should get it looked at again. "
            "can I come in today? my cell is {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "My daughter's asthma action plan for camp",
        "body": (
            "Dear Camp Nurse,\n\n"
            "Attached is the asthma action plan for my daughter, {name}, DOB {dob}, who will "
            "be in cabin {cabin51}. Green zone: {med51} before swimming and hikes. Yellow "
            "zone: 4 puffs every 4 hours and please call me. Red zone: call 911. Her "
            "pediatrician is Dr. {provider}.\n\n"
            "Thank you,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Insurance waiver and ER bill",
        "body": (
            "Hi,\n\n"
            "International student {intl_name} (student ID {sid51}) waived the school plan "
            "but went to the ER on {date} for {inj51} after a {sport51} club match. The "
            "hospital bill is {amount} and her home insurer is asking for our records. Can "
            "Student Health send the visit note from the follow-up?\n\n"
            "International Student Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rehab progress: {name}, ACL reconstruction wk 12",
        "body": (
            "Knee ROM 0-135, quad index 78%, single-leg hop not yet tested. Started "
            "straight-line jogging. Dx {icd}. Next: agility at week 16 if quad index > 85%.\n"
            "{provider}, {staffrole51}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "IMPACT POST-INJURY REPORT - {upper_name}",
        "body": (
            "TEST TYPE: POST-INJURY 2\n"
            "DATE: {date}\n"
            "VERBAL MEMORY COMPOSITE: 71 (BASELINE 88)\n"
            "VISUAL MEMORY COMPOSITE: 64 (BASELINE 79)\n"
            "VISUAL MOTOR SPEED: 33.10 (BASELINE 38.42)\n"
            "REACTION TIME: 0.71 (BASELINE 0.58)\n"
            "TOTAL SYMPTOM SCORE: 22\n"
            "ADMINISTERED BY: {provider}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Game-day medical sheet vs {opp51}",
        "body": (
            "{jersey51} {name} - {inj51}, taped, may play, limit snaps\n"
            "#9 {name2} - {cond51}, {med51} on the bench with me\n"
            "#30 {name3} - concussion, OUT, in street clothes\n\n"
            "EAP: ambulance at gate B, AED on the cart. {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rx transfer for {name} - {med51}",
        "body": (
            "Please transfer the prescription to the campus pharmacy. Last filled {date} "
            "at {company} Pharmacy, 2 refills left. Prescriber Dr. {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Welfare check - {room51}",
        "body": (
            "RA on duty called the CAPS on-call counselor at 01:20 about resident {name} "
            "({room51}), who told her roommate she wanted to die and had been saving pills. "
            "Counselor spoke with the student by phone; campus police and EMS responded and "
            "she was taken to the ED for evaluation. Residence Life to follow up.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - positive PPD, clinical placement hold",
        "body": (
            "TB skin test read at 12 mm. Chest X-ray ordered; student placed on hold for "
            "the nursing clinical rotation until cleared. Discussed LTBI treatment.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medical withdrawal - {name} - inpatient treatment",
        "body": (
            "The Dean of Students office has approved a medical withdrawal for the term. "
            "The student is currently in an inpatient program for {cond51}; re-entry will "
            "need a letter from the treating provider.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "practice tmrw",
        "body": (
            "coach - {first}'s mom ({name2}, {phone}) called, he saw the ortho today and it "
            "is {inj51}. boot for 3 wks, no running. he can still come to film and lift "
            "upper body\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mensajes con la entrenadora",
        "body": (
            "[4:05 p. m.] Entrenadora {provider_last}: Hola Sra. {last}, su hija {first} se "
            "golpeó la cabeza en el partido y tiene dolor de cabeza y mareo.\n"
            "[4:06 p. m.] Sra. {last}: Dios mío, ¿está bien?\n"
            "[4:08 p. m.] Entrenadora {provider_last}: Está consciente. Creemos que es una "
            "conmoción cerebral. No puede volver a jugar hoy; la doctora del equipo la ve "
            "mañana.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your accommodation letter is ready",
        "body": (
            "Dear {name},\n\n"
            "Based on the documentation of {cond51} from {provider}, the Office of "
            "Accessibility Resources has approved the following for {sid51}: {accom51}. "
            "Your letters are ready to send to your instructors from the portal.\n\n"
            "Accessibility Resources\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card charge - {name} - urgent care visit at camp",
        "body": (
            "The urgent care visit on {date} (laceration repair, 4 sutures, left shin) was "
            "charged to the card on file, {card}, for {amount}. Receipt attached for your "
            "records.\n{camp51} office\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Claim for {name} - appendicitis abroad",
        "body": (
            "Study abroad insurance claim\n"
            "Program: {country51}\n"
            "Admitted {date}, laparoscopic appendectomy {date2}\n"
            "Diagnosis code: {icd}\n"
            "Hospital invoice: EUR 6,420\n"
            "Student ID: {sid51}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Camper health form",
        "body": (
            "CAMPER HEALTH HISTORY (older form, please migrate)\n"
            "Name: {name}\n"
            "Birthdate: {dob}\n"
            "Social Security #: {ssn}\n"
            "Insurance: {company}\n"
            "Medical conditions: {cond51}\n"
            "Daily medications: {med51}\n"
            "Last tetanus: {year}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "at_injury_export.csv",
        "body": (
            "athlete,sport,injury_date,icd10,description,status\n"
            '"{last}, {first}",{sport51},{date},{icd},"{inj51}",out\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "New result: {test51} for {name}",
        "body": (
            "<p>Dear {first},</p>\n"
            "<p>Your <b>{test51}</b> from {date} has been reviewed by {provider}. "
            "<b>Result:</b> abnormal - please schedule a follow-up visit.</p>\n"
            '<p><a href="https://health.example.edu/portal">Open the patient portal</a></p>\n'
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} eokkae busang",
        "body": (
            "Coach-nim, jeo {name}-imnida. Eoje yeonseup ttae eokkae-ga ppajyeotdaga "
            "dasi deureogasseoyo. Oneul teureining rum-eseo {provider_first} seonsaengnim-i "
            "{inj51} gatdago hasyeosseoyo. MRI jjikgi jeonkkaji gyeonggi-e mot nagal geot "
            "gatayo. Joesonghamnida.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Liuxue tijian biao",
        "body": (
            "Laoshi hao,\n\n"
            "Wo shi {name}, xuehao {sid51}. Xia xueqi wo qu {country51} liuxue. Wo you "
            "yixing tangniaobing (type 1 diabetes), yong {med51}, xuyao dai yidaosu he "
            "xuetang yi. Qing bang wo tian yixia tijian biao he yisheng zhengming. "
            "Wo de dianhua: {phone}.\n\nXiexie\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ficha médica do acampamento",
        "body": (
            "Prezada enfermeira,\n\n"
            "Meu filho {name}, nascido em {dob}, tem alergia grave a amendoim e usa "
            "EpiPen. Ele também toma {med51} todas as manhãs. Por favor, guarde os remédios "
            "na enfermaria do {camp51}. Qualquer coisa, me liga: {phone}.\n\n"
            "Abraços,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - clearance for {sport51}",
        "body": (
            "Cardiology note received: echo normal, no HCM. Lift the restriction and clear "
            "for full participation. Please tell the athletic trainer.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: Re: diabetic camper - overnight lows",
        "body": (
            "Agree with the plan.\n\n"
            "> {name} (cabin {cabin51}) dropped to 54 at 2 am per the {med51} alarm. Treated "
            "with 15 g juice, recheck 88. Parents ({name2}) want us to lower the overnight "
            "basal. Dr. {provider_last} OK'd it by phone.\n"
            ">\n> Camp nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Counseling superbill",
        "body": (
            "Client: {name}\n"
            "Date of birth: {dob}\n"
            "Date of service: {date}\n"
            "CPT 90834 psychotherapy, 45 min\n"
            "Diagnosis: {icd}\n"
            "Fee: {amount}\n"
            "Clinician: {provider}, {staffrole51}\n"
            "For submission to your insurer for out-of-network reimbursement.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]


FRESH51_NEG: list[dict] = [
    {
        "subject": "Sports Medicine Update - fall issue",
        "body": (
            "In this issue:\n"
            "- Concussion: why the return-to-learn plan comes before return to play\n"
            "- Exercise-induced asthma: using an albuterol inhaler before practice\n"
            "- Low B12 and low ferritin in endurance athletes: what the research says\n"
            "- Athletes with type 1 diabetes: A1C targets and glucose checks on game day\n"
            "- Ask the team physician: is naproxen safe after a sprain?\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concussion surveillance report, 2025-26 season",
        "body": (
            "Total sport-related concussions: 47 (last season 53)\n"
            "Highest rate: football 1.1 per 1,000 athlete-exposures; women's soccer 0.8; "
            "ice hockey 0.7\n"
            "Median days to full return to play: 14 (range 8-61)\n"
            "Athletes needing academic adjustments: 31 of 47\n"
            "Repeat concussions within the same season: 3\n\n"
            "Sports Medicine Quality Committee\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Athletic training coverage - week of {date}",
        "body": (
            "Mon: {name} - football practice 3:30-6; {name2} - {sport51} 4-6\n"
            "Tue: {name3} - training room 7-11 am; {provider} - home game vs {opp51}\n"
            "Wed: {name} - {sport51} away at {opp51} (bus leaves 1:15)\n"
            "Thu/Fri: see the shared calendar\n"
            "Swaps go through {name2} at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: Assistant Athletic Trainer",
        "body": (
            "{school51} seeks a full-time assistant athletic trainer for {sport51} and "
            "rowing. Requirements: BOC certification, state licensure, current ECC/CPR, "
            "experience with concussion management, return-to-play protocols, emergency "
            "action plans and recognizing exertional heat stroke and sickle cell trait "
            "collapse. Hiring manager: {name}, Head Athletic Trainer. Req #{code}. Apply by "
            "{date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free sports physicals Saturday",
        "body": (
            "Free pre-participation physicals for middle and high school athletes on {date}, "
            "8 am to noon, in the {school51} field house. Bring the PPE form with the history "
            "page signed by a parent, and a list of any medicines. Screening ECGs offered by "
            "volunteer cardiologists. Questions: {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TEMPLATE - accommodation approval letter",
        "body": (
            "Dear [Student Name],\n\n"
            "The Office of Accessibility Resources has reviewed your documentation of "
            "[condition] from [provider name]. For the [term] term you are approved for: "
            "[accommodation 1], [accommodation 2]. Please request your letters through the "
            "portal at least one week before your first exam.\n\n"
            "[Coordinator name], Accessibility Coordinator\n"
            "Do not send this template without filling every bracketed field.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Team physician clinic hours",
        "body": (
            "Starting {date} the team physician clinic in the training room runs Tuesdays and "
            "Thursdays 7-9 am. Walk-ins for acute injuries; concussion rechecks by "
            "appointment.\n\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your {company} order {order} has shipped",
        "body": (
            "Items shipped:\n"
            "  AED replacement pads, adult x 6\n"
            "  Instant cold packs x 4 cases\n"
            "  Elastic bandage 4 in x 48\n"
            "  Spine board straps x 2\n"
            "Carrier: UPS, tracking {tracking}\n"
            "Questions: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - training room supplies",
        "body": (
            "Bill to: {school51} Athletics\n"
            "PO {order}\n\n"
            "Qty 120  Athletic tape 1.5 in    {sku}\n"
            "Qty 60   Pre-wrap\n"
            "Qty 10   Cast cutter blades\n"
            "Qty 2    Cold whirlpool service\n\n"
            "Total: {amount}   Terms: net 30\nRemit to: {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Baseline testing laptops won't connect",
        "body": (
            "Reported by {name} (athletic training, ext {ext}): the six laptops in the "
            "testing lab can't reach the concussion testing site since the update to version "
            "{version}. Re-imaged two; proxy rule fixed. Resolved.\nIT Service Desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registration confirmed: Sports Concussion Symposium",
        "body": (
            "Registration ID: {uuid}\n"
            "Order: {order}\n"
            "Event: Sports Concussion Symposium, {date}\n"
            "Fee paid: {amount}\n"
            "CEUs: 6.0 (BOC Category A)\n"
            "Add to calendar: https://events.example.org/r/{uuid}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concession stand card reader test",
        "body": (
            "Testing the new POS at the stadium: the test cards 4539 1488 0343 6468 and "
            "5425 7731 0092 4416 were both declined as invalid, as expected. The reader "
            "serial is {code}. We go live at the home opener vs {opp51}.\n{name}, Athletics "
            "Business Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding reminder: sports injuries and physicals",
        "body": (
            "Reminder for sports medicine billing staff:\n"
            "- Concussion without loss of consciousness, initial encounter: S06.0X0A\n"
            "- Concussion with LOC of 30 minutes or less, initial: S06.0X1A\n"
            "- Sprain of unspecified ligament of right ankle, initial: S93.401A\n"
            "- Encounter for examination for participation in sport: Z02.5\n"
            "- Use 7th character D for subsequent encounters, not A.\n"
            "Questions: {name}, coding supervisor, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Session 2 counselor roster",
        "body": (
            "Cabin {cabin51}: {name} (lead), {name2}\n"
            "Cabin Cedar 2: {name3}, {provider}\n"
            "Waterfront: {provider_first} (lifeguard cert exp {date})\n"
            "Health center: camp nurse + one counselor on rotation\n"
            "Days off posted in the lodge. {camp51}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medications at camp - what families need to know",
        "body": (
            "All medications, including vitamins and over-the-counter medicines, must arrive "
            "in the original pharmacy container with the camper's name on the label. Campers "
            "with a severe allergy must bring two EpiPens; campers with asthma should pack "
            "their inhaler in carry-on. ADHD medicines such as Adderall are locked in the "
            "health center. Our nurses follow standing orders signed by the camp "
            "physician.\n{camp51} Health Team\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-departure session: health abroad",
        "body": (
            "All students going to {country51} next term: the mandatory health session is "
            "on {date} at {time}. Topics: bringing ADHD and anxiety medicines across borders, "
            "insulin and refrigeration, travel vaccines, mental health support while away, "
            "and how the study abroad insurance pays for care. Presenter: {name}, travel "
            "nurse.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAPS groups this semester",
        "body": (
            "Anxiety Toolbox - Tuesdays 4 pm, led by {name}, {staffrole51}\n"
            "Grief and Loss - Wednesdays 3 pm, led by {name2}, LCSW\n"
            "Athletes' Mental Health Circle - Thursdays 6 pm, led by {name3}, PhD\n"
            "Eating Concerns Support - Fridays noon, led by {provider}, RD\n"
            "No referral needed. Call {phone} to join.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accessibility Resources drop-in hours",
        "body": (
            "Drop-in hours this week: Mon-Thu 10-12 with {name}, Fri 1-3 with {name2}. "
            "Testing center bookings for extended time close 5 business days before the "
            "exam. Faculty questions about accommodations: {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fall room assignments - RA floor list",
        "body": (
            "{room51}: {name}, {sid51}\n"
            "Hartley Hall 216: {name2}\n"
            "Hartley Hall 218: {name3}\n"
            "Move-in window: {date}, 9 am to 3 pm. Keys at the front desk.\n"
            "Residence Life\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPR/AED recertification for coaches",
        "body": (
            "All head and assistant coaches must renew CPR/AED and first aid before the "
            "season. Classes on {date} and {date2} in the field house, taught by {name}, "
            "{staffrole51}, and {name2}, EMT. Cost {amount2}, paid by the department.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Slack export - #at-staff",
        "body": (
            "[09:12] {name}: we're out of 2 in tape and the AED at field 3 needs new pads\n"
            "[09:14] {name2}: ordered both, PO {order}\n"
            "[09:15] {name}: ty. also who has the ice machine key\n"
            "[09:20] {provider_first}: me, I'll leave it in the top drawer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "texts re: bus",
        "body": (
            "Coach {provider_last}: bus leaves 1:15 not 1:30\n"
            "Me: got it. kits and the AED bag are already under the bus\n"
            "Coach {provider_last}: great. water cooler too pls, 88 degrees at {opp51}\n"
            "Me: yep, 3 coolers + ice\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: Baseline concussion testing - all freshmen",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:Baseline concussion testing - incoming freshmen (all sports)\n"
            "DTSTART:20260818T090000\n"
            "DTEND:20260818T120000\n"
            "LOCATION:Computer Lab 2\\, Library\n"
            "DESCRIPTION:ImPACT baseline + BESS + King-Devick. About 40 minutes per group. "
            "Bring earbuds. Contact {name}\\, {staffrole51}.\n"
            "END:VEVENT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: sickle cell trait testing policy",
        "body": (
            "FYI for all compliance staff.\n\n"
            "> Student-athletes must confirm sickle cell trait status, show prior results, or "
            "sign a waiver before participation. Institutions must educate all athletes and "
            "coaches about exertional collapse associated with sickle cell trait.\n"
            "> Questions to {name}, Associate AD for Compliance.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Web page draft: return-to-play protocol",
        "body": (
            "<h2>Graduated return to play after a concussion</h2>\n"
            "<ol><li>Symptom-limited activity</li><li>Light aerobic exercise</li>"
            "<li>Sport-specific exercise</li><li>Non-contact drills</li>"
            "<li>Full-contact practice</li><li>Return to competition</li></ol>\n"
            "<p>Each stage takes at least 24 hours. If symptoms return, go back one "
            "stage.</p>\n<p>Page owner: {name}</p>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "INVENTORY REPORT - ATHLETIC TRAINING ROOM",
        "body": (
            "ITEM                                QTY   LOT        EXP\n"
            "EPINEPHRINE AUTO-INJECTOR 0.3MG      6    {lot}    06/2027\n"
            "ALBUTEROL HFA (STOCK)                4    L771029    11/2027\n"
            "GLUCOSE GEL 15G                     24    L230118    03/2028\n"
            "NALOXONE NASAL 4MG                   2    L904356    09/2027\n"
            "COUNTED BY: {upper_name}   DATE: {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "staff_credentials.csv",
        "body": (
            "name,role,npi,credential,expires\n"
            "{name},team physician,{npi},board certified sports medicine,{date}\n"
            "{name2},athletic trainer,,BOC + state license,{date2}\n"
            "{name3},physical therapist,,PT license,{date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Boletín para familias: señales de una conmoción cerebral",
        "body": (
            "Estimadas familias:\n\n"
            "Si su hijo o hija recibe un golpe en la cabeza durante un partido, fíjese en "
            "estas señales: dolor de cabeza, mareo, vómitos, confusión o sensibilidad a la "
            "luz. Ningún deportista debe volver a jugar el mismo día. El entrenador "
            "atlético de la escuela, {name}, estará en la reunión de padres el {date}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campagne de vaccination contre la grippe",
        "body": (
            "Le centre de santé universitaire organise une campagne de vaccination contre la "
            "grippe le {date}, de 10 h à 16 h, au foyer des étudiants. Gratuit pour tous les "
            "étudiants sur présentation de la carte. Les personnes asthmatiques ou "
            "diabétiques sont particulièrement encouragées à venir. Contact: {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Yeoreum seupocheu kaempeu iljeong annae",
        "body": (
            "Hakbumonim annyeonghaseyo.\n"
            "{camp51} yeoreum seupocheu kaempeu-neun {date}-e sijakhamnida. Achim 9si "
            "chukgu, ohu 2si suyeong, jeonyeok 7si mobaek-i itseumnida. Ganhosa-ga "
            "24sigan sangjuhamnida. Mununi: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Liuxue qian xuzhi",
        "body": (
            "Ge wei tongxue:\n"
            "Qu {country51} liuxue de tongxue qing zai {date} qian wancheng jiankang baoxian "
            "dengji. Dangdi zhensuo he jijiu dianhua zai fujian li. Ruguo ni xuyao changqi "
            "fuyong yaowu, qing tiqian xiang xiaoyiyuan yuyue. Lianxi ren: {name}, liuxue "
            "bangongshi.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaga: enfermeiro(a) de acampamento",
        "body": (
            "O {camp51} contrata enfermeiro(a) para a temporada de verão, de {date} a "
            "{date2}. Responsabilidades: administrar medicamentos dos campistas, atender "
            "picadas de insetos, alergias e pequenos ferimentos, e manter os registros da "
            "enfermaria. Salário: {amount} por semana, com hospedagem. Contato: {name}, "
            "{email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAPS annual report highlights",
        "body": (
            "Students seen: 2,140 (up 9%)\n"
            "Top presenting concerns: anxiety 41%, depression 28%, relationships 11%, "
            "eating concerns 4%\n"
            "Crisis appointments: 318\n"
            "Median wait for a first appointment: 6 business days\n"
            "Student-athletes: 7% of clients\n"
            "Full report from {name}, Director.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu shots for student-athletes",
        "body": (
            "Flu shots for all teams on {date} in the training room: {sport51} and tennis "
            "at 2 pm, everyone else 3-5 pm. Bring your student ID. Pharmacist {name} from "
            "{company} will give the shots.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new team physician",
        "body": (
            "Please welcome Dr. {name}, who joins Sports Medicine as head team physician. "
            "{first} completed a primary care sports medicine fellowship and has a special "
            "interest in concussion, ACL injury prevention and the female athlete triad. "
            "Meet her at the open house on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grant to study heat illness in high school football",
        "body": (
            "Congratulations to Dr. {provider}, who received a state grant to study wet-bulb "
            "globe temperature policies and exertional heat stroke in 60 high school football "
            "programs over three seasons. No athlete data will leave the schools.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Demo: eye-tracking concussion screening device",
        "body": (
            "{name} from {company} will demo their eye-tracking concussion screening headset "
            "on {date} at {time} in the sports medicine conference room. Athletic trainers "
            "and team physicians welcome. Lunch provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parking permits for sports medicine staff",
        "body": (
            "{name}: permit {permit}, lot F\n"
            "{name2}: permit P-40417, lot F\n"
            "{name3}: permit P-40522, stadium lot (game days only)\n"
            "Permits expire {date}. Parking & Transportation, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Receipt: coaching clinic registration",
        "body": (
            "Thank you for registering for the Youth Coaches Safety Clinic.\n"
            "Order {order}\n"
            "Attendee: {name}\n"
            "Sessions: concussion recognition, heat acclimatization, AED use\n"
            "Amount: {amount2}\n"
            "Reference {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Athletics accident policy renewal",
        "body": (
            "Attached is the renewal quote from {company} for the athletics excess accident "
            "policy: 612 covered student-athletes, premium up 4.8%, deductible unchanged at "
            "$1,000. Claims paid last year: 71, mostly ankle and knee injuries. Contact "
            "{name}, account executive, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Heart Run 5K - sign up",
        "body": (
            "Join the Heart Run 5K on {date} to raise money for AEDs at every youth field in "
            "the county. Sudden cardiac arrest is the leading cause of death in young "
            "athletes during exercise; an AED within three minutes saves lives. Register at "
            "https://run.example.org. Volunteers: contact {name}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sports medicine committee minutes",
        "body": (
            "Present: {name} (chair), {name2}, Dr. {provider}\n"
            "1. Heat policy: practices move indoors at WBGT 90.1 F and above.\n"
            "2. Lightning: 30-minute rule stays; new detector at the softball field.\n"
            "3. Concussion education sign-off at 96% of athletes; target 100% by {date}.\n"
            "Next meeting {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "restock",
        "body": (
            "pls restock kits before sat: tape, prewrap, 4x4 gauze, steri strips, blister "
            "pads, glucose tabs, zip bags of ice. the epi kit seal is fine, exp next yr. "
            "- {provider_first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Password reset - concussion testing admin",
        "body": (
            "A password reset was requested for the admin account of {school51}'s concussion "
            "testing portal. Code: {code}. Session {uuid}. If this wasn't you, contact the "
            "vendor at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blank PPE form for families",
        "body": (
            "Athlete name: ______________   Date of birth: ___/___/______\n"
            "Sport(s): ______________   Grade: ____\n"
            "Has a doctor ever told you that you have asthma, a heart murmur or high blood "
            "pressure?  Y / N\n"
            "Have you ever fainted during exercise?  Y / N\n"
            "Has anyone in your family died suddenly before age 35?  Y / N\n"
            "Return the completed form to the athletic office by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lightning and weather policy reminder",
        "body": (
            "When lightning is detected within 8 miles, all outdoor practices stop and "
            "athletes go to the field house. Play resumes 30 minutes after the last strike. "
            "The athletic trainer on site, or the head coach if none, makes the call. "
            "Questions: {name}, {staffrole51}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dietitian talk: fueling for practice",
        "body": (
            "Sports dietitian {name} will talk about iron, vitamin D and B12 for endurance "
            "athletes, and what an A1C number means for athletes with diabetes, on {date} in "
            "the team room. Open to all {school51} athletes and coaches.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Team travel itinerary",
        "body": (
            "Flight {flight} on {date}, depart 7:40 am\n"
            "Hotel confirmation {ref}\n"
            "Staff: {name} (head coach), {name2} (athletic trainer), Dr. {provider} (team "
            "physician)\n"
            "Bus to the arena at 5:15 pm. Pregame meal 2 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you, tournament EMS crew",
        "body": (
            "Big thanks to {name}, {name2} and {name3} from county EMS, who staffed the "
            "weekend wrestling tournament: 400 athletes, 38 matches an hour, and not a single "
            "transport. Pizza is on us next time.\n{provider}, Tournament Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camp nurse standing orders - updated",
        "body": (
            "Updated standing orders for {camp51} nurses, effective {date}:\n"
            "- Acetaminophen or ibuprofen for fever or pain, weight-based dosing\n"
            "- Diphenhydramine for insect stings without breathing trouble\n"
            "- Epinephrine 0.3 mg IM for anaphylaxis, then call 911\n"
            "- Call the camp physician for any head injury\n"
            "Signed: {provider}, MD, camp physician\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out of office",
        "body": (
            "I am out of the training room until {date}. For concussion rechecks please "
            "contact {name}, {staffrole51}, at {phone}; for emergencies call 911 and the "
            "on-call team physician.\n{provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AED program donation receipt",
        "body": (
            "Receipt {invoice}\n"
            "Thank you, {name}, for your gift of {amount} to the {school51} AED program. "
            "Your donation places three new AEDs at the softball, soccer and tennis venues.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "KIN 340 syllabus",
        "body": (
            "KIN 340: Prevention and Care of Athletic Injuries\n"
            "Instructor: {name}, {staffrole51}\n"
            "Topics: ankle sprains, ACL injuries, concussion assessment (SCAT6), heat "
            "illness, asthma and anaphylaxis emergencies, taping and bracing\n"
            "Office hours: Wed 1-3\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gift card giveaway - wellness challenge",
        "body": (
            "Winners of the step challenge will get a gift card. For reference, the sample "
            "card numbers in the vendor's demo (6011 0042 8815 3391 and 4716 3080 5512 9903) "
            "are not valid and cannot be redeemed. Prizes arrive by {date}. Order {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Helmet recall notice",
        "body": (
            "{company} has recalled youth football helmets from lot {lot} (model year 2025) "
            "because the chin strap buckle can release on impact. Equipment managers: pull "
            "the helmets from use and call {phone} for replacements. No injuries reported.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "injury_rates_by_sport.csv",
        "body": (
            "sport,athlete_exposures,injuries,rate_per_1000\n"
            "football,18420,96,5.21\n"
            "women's soccer,9310,41,4.40\n"
            "wrestling,6120,33,5.39\n"
            "volleyball,7050,14,1.99\n"
            "Source: season injury surveillance, all teams, no individual data.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Re: mental health first aid training",
        "body": (
            "Count me in for the session on {date2}.\n{name2}\n\n"
            "> Coaches and RAs can sign up for Mental Health First Aid on {date} or {date2}. "
            "It covers recognizing depression, anxiety, eating disorders and suicide risk, "
            "and how to refer a student to CAPS. Trainer: {name}, {staffrole51}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical kit checklist for away trips",
        "body": (
            "TRAVEL KIT\n"
            "[ ] AED + spare pads\n"
            "[ ] Stock EpiPens x2, stock albuterol\n"
            "[ ] Concussion cards (SCAT6), penlight\n"
            "[ ] Splints, crutches, cervical collar\n"
            "[ ] Emergency action plan for the host venue\n"
            "Kit checked out to: {name}, {staffrole51}, on {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your study abroad insurance ID card",
        "body": (
            "Your plan documents for the {country51} program are attached. Policy number "
            "{ref}. The plan covers doctor visits, hospital stays, prescription drugs and "
            "emergency evacuation. For 24/7 assistance call {phone}. Bring the card to every "
            "appointment.\nStudy Abroad Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh31": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py, bench/accuracy/fresh7.py (the first 200 lines, then only the
Subject lines of the rest) and the module docstring of bench/accuracy/fresh29.py (its first
55 lines, as a model of this docstring and the data format; not its templates), for the
placeholder names, the data format, and so as not to repeat their templates. The file names
in bench/accuracy/ were listed once (with the line counts of the four files read). The
author did not read gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/ or
any other bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the
benchmark or any test. The only things run were Python's ast module over generate.py
(without executing it) to collect the placeholder names, an import of this file with a
script checking its placeholders, key sets, labels and Luhn failures, and ruff format and
ruff check on this file. It is meant to be run once, as an honest, untuned measurement: do
not tune the detector on these templates.

Angle: children, pregnancy and families. Mail about maternity and paediatric care and the
people around them: prenatal visit reminders, ultrasound and glucose-tolerance results,
birth plans, labour and delivery updates, NICU parent updates, newborn screening follow-ups,
lactation consults, postpartum depression screening, well-child visits and growth charts,
vaccine records and catch-up schedules, school and daycare immunisation forms, sports
physicals, ADHD and asthma plans sent to schools, adolescent confidential visits, foster
care and child-protective case mail, WIC and Medicaid/CHIP enrolment, paediatric dental and
speech therapy, early-intervention evaluations, fertility and IVF clinics, midwives and
doulas, grandparents and step-parents writing in. The patient is often a child named by
first name with a parent's name, by "your son", by baby-of-mother naming ("Baby Girl
Ramirez"), by age in months, or as twin A/B. Formats vary: portal notifications, forms with
"Child's name:" fields, pasted tables, text-message style, forwarded threads with "> "
quoting, long worried parent paragraphs with typos, some Spanish and Portuguese. The hard
negatives come from the same world: parenting newsletters, prenatal class schedules,
school-wide immunisation deadlines, lactation room booking, a staff baby shower, infant
formula recalls with lot numbers, NICU family lounge rules, aggregate birth statistics,
practice hours with phone and fax numbers, car-seat checks, a paediatrician's bio with NPI,
fundraising, camp registration and field trips without health details, toy drives, job
postings, outbreak notices without names, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH31_VOCAB): {girl31} {boy31} {kiddob31} {kidage31}
{months31} {ga31} {ob31} {us31} {gtt31} {peds31} {kidrx31} {vax31} {nbs31} {nicu31}
{dev31} {growth31} {lact31} {pp31} {fertrx31} {fertproc31} {school31} {grade31} for the
patient templates, and {class31} {role31} {product31} for the negatives (some of the first
group, such as {girl31}, {boy31}, {peds31}, {vax31}, {ob31} and {months31}, also appear in
negatives, where no patient's health is named). Other placeholders come from
generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). A child named by first name together with
a named parent, or as "Baby Girl/Boy" or "Twin A/B" with a surname and a mother's name or
an MRN, counts as identified. subject_phi is True only when the Subject alone identifies a
patient together with health information, or holds a patient identifier in a care context.
validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the Subject or
body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi},
{passport} or {kiddob31}, and name only staff, vendors or nobody, children with no health
information, or give aggregate figures; the card-like numbers written literally in them fail
the Luhn check. Anything ambiguous was left out.
"""

from __future__ import annotations

FRESH31_VOCAB: dict[str, list[str]] = {
    "girl31": [
        "Maya",
        "Sofia",
        "Aaliyah",
        "Harper",
        "Zoe",
        "Camila",
        "Priya",
        "Nevaeh",
        "Ava",
        "Lucia",
        "Imani",
        "Brooklyn",
    ],
    "boy31": [
        "Liam",
        "Mateo",
        "Noah",
        "Jayden",
        "Elijah",
        "Aarav",
        "Caleb",
        "Diego",
        "Owen",
        "Malik",
        "Lucas",
        "Ezra",
    ],
    "kiddob31": [
        "03/14/2022",
        "2021-11-02",
        "July 9, 2024",
        "01/27/2019",
        "2016-05-30",
        "September 3, 2013",
        "12/08/2023",
        "2025-02-17",
        "04/22/2010",
        "08/19/2020",
    ],
    "kidage31": ["2", "3", "4", "6", "8", "10", "12", "15"],
    "months31": [
        "2-month",
        "4-month",
        "6-month",
        "9-month",
        "12-month",
        "15-month",
        "18-month",
        "30-month",
    ],
    "ga31": [
        "24w3d",
        "28w0d",
        "31w5d",
        "33w2d",
        "36w1d",
        "37w4d",
        "38w6d",
        "39w4d",
        "40w2d",
    ],
    "ob31": [
        "gestational diabetes (diet-controlled)",
        "gestational hypertension",
        "preeclampsia without severe features",
        "placenta previa",
        "hyperemesis gravidarum",
        "breech presentation",
        "cholestasis of pregnancy",
        "a short cervix",
        "Rh-negative blood type",
        "polyhydramnios",
        "fetal growth restriction",
        "a history of preterm birth",
        "a di-di twin pregnancy",
    ],
    "us31": [
        "an echogenic intracardiac focus",
        "a two-vessel umbilical cord",
        "an estimated fetal weight at the 8th percentile",
        "a low-lying placenta, 1.4 cm from the internal os",
        "mild left renal pelvis dilation (5 mm)",
        "a cervical length of 2.1 cm",
        "a choroid plexus cyst on the right",
        "an amniotic fluid index of 26 cm",
        "a normal anatomy survey with a posterior placenta",
    ],
    "gtt31": [
        "141 mg/dL",
        "152 mg/dL",
        "158 mg/dL",
        "163 mg/dL",
        "171 mg/dL",
        "188 mg/dL",
    ],
    "peds31": [
        "recurrent ear infections",
        "RSV bronchiolitis",
        "croup",
        "eczema",
        "strep throat",
        "hand, foot and mouth disease",
        "a peanut allergy",
        "mild intermittent asthma",
        "chronic constipation",
        "iron-deficiency anemia",
        "walking pneumonia",
        "a UTI",
        "type 1 diabetes",
        "febrile seizures",
    ],
    "kidrx31": [
        "amoxicillin 400 mg/5 mL, 7 mL twice a day",
        "children's Motrin",
        "cetirizine 5 mg",
        "Flovent HFA 44 mcg",
        "albuterol with a spacer",
        "hydrocortisone 2.5% cream",
        "Miralax, half a capful",
        "ferrous sulfate drops",
        "cefdinir suspension",
        "Focalin XR 10 mg",
        "an EpiPen Jr",
        "Orapred 15 mg/5 mL",
        "infant Tylenol",
    ],
    "vax31": [
        "DTaP #4",
        "MMR #1",
        "MMR #2",
        "varicella #2",
        "Hep A #2",
        "Hep B #3",
        "IPV #3",
        "Hib booster",
        "PCV20 #4",
        "rotavirus #2",
        "Tdap",
        "HPV #1",
        "MenACWY #1",
        "flu (FluMist)",
    ],
    "nbs31": [
        "a borderline TSH (possible congenital hypothyroidism)",
        "an elevated 17-OHP",
        "an FS hemoglobin pattern",
        "an elevated C8 acylcarnitine (possible MCAD deficiency)",
        "low biotinidase activity",
        "a low TREC count on the SCID screen",
        "an elevated phenylalanine",
        "an elevated IRT on the cystic fibrosis screen",
    ],
    "nicu31": [
        "off CPAP and on room air",
        "up to full NG feeds, 28 mL every 3 hours",
        "back under phototherapy (bili 12.1)",
        "two brady episodes overnight, both self-resolved",
        "started on caffeine for apnea of prematurity",
        "day 5 of 7 of ampicillin and gentamicin",
        "moved from the isolette to an open crib",
        "on high-flow 2 L at 30% oxygen",
    ],
    "dev31": [
        "expressive language delay",
        "a speech sound disorder",
        "gross motor delay",
        "childhood apraxia of speech",
        "feeding aversion",
        "stuttering",
        "sensory processing concerns",
        "autism spectrum disorder, level 1",
    ],
    "growth31": [
        "weight has dropped from the 25th to the 5th percentile",
        "BMI is at the 97th percentile",
        "height is below the 3rd percentile",
        "head circumference has crossed two percentile lines upward",
        "weight-for-length is under the 2nd percentile",
        "weight gain of only 10 g a day since the last visit",
    ],
    "lact31": [
        "a shallow latch and cracked nipples",
        "low milk supply",
        "an anterior tongue-tie",
        "painful engorgement",
        "slow infant weight gain",
        "recurrent plugged ducts",
        "nipple confusion after bottles in the NICU",
    ],
    "pp31": [
        "mastitis on the left side",
        "heavy bleeding with clots",
        "a blood pressure of 152/98",
        "pain at the C-section incision",
        "trouble sleeping even when the baby sleeps",
        "crying most days and feeling disconnected from the baby",
        "a third-degree tear that is still sore",
    ],
    "fertrx31": [
        "Gonal-f 225 IU",
        "Menopur 150 IU",
        "Cetrotide 0.25 mg",
        "letrozole 5 mg",
        "Follistim 200 IU",
        "Lupron 10 units",
        "estradiol patches",
    ],
    "fertproc31": [
        "egg retrieval",
        "frozen embryo transfer",
        "IUI",
        "saline sonogram",
        "HSG",
        "mock embryo transfer",
        "embryo biopsy for PGT-A",
    ],
    "school31": [
        "Lincoln Elementary",
        "Roosevelt Middle School",
        "Little Sprouts Daycare",
        "Bright Paths Early Learning",
        "Westview High School",
        "Cesar Chavez Elementary",
        "Maple Grove Preschool",
        "St. Brigid School",
    ],
    "grade31": [
        "pre-K",
        "kindergarten",
        "1st grade",
        "3rd grade",
        "5th grade",
        "7th grade",
        "9th grade",
        "11th grade",
    ],
    "class31": [
        "Childbirth Basics",
        "Breastfeeding 101",
        "Infant CPR and Safety",
        "Sibling Class",
        "Bringing Baby Home",
        "Hypnobirthing",
        "Twins and Multiples",
        "Partners Boot Camp",
    ],
    "role31": [
        "Labor and Delivery RN",
        "NICU RN, nights",
        "Mother-Baby RN",
        "IBCLC lactation consultant",
        "pediatric hospitalist",
        "certified nurse midwife",
        "neonatal nurse practitioner",
        "OB surgical technologist",
    ],
    "product31": [
        "powdered infant formula, 12.5 oz cans",
        "ready-to-feed infant formula, 2 oz nursers",
        "toddler formula, 24 oz tubs",
        "hypoallergenic infant formula, 14.1 oz cans",
        "infant rice cereal, 8 oz boxes",
        "apple-spinach baby food pouches",
    ],
}


FRESH31_PHI: list[dict] = [
    {
        "subject": "Reminder: prenatal visit on {date}",
        "body": (
            "Hello {name},\n\n"
            "This is a reminder of your prenatal visit with {provider}, CNM, on {date} at "
            "{time}. You will be about {ga31} that day.\n\n"
            "At this visit we do the glucose screening. Drink the whole bottle of glucose "
            "drink exactly one hour before your appointment time, and nothing else to eat "
            "after that. Plan to stay about 90 minutes.\n\n"
            "Need to reschedule? Call {phone}.\n"
            "{clinic} Women's Health\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New result in your portal",
        "body": (
            "Message for: {name} (MRN {mrn})\n\n"
            "Hi {first}, your 1-hour glucose screen came back at {gtt31}. Our cutoff is 140, "
            "so Dr. {provider_last} would like you to do the 3-hour glucose tolerance test "
            "next week. It is very common to pass the 3-hour test after failing the first "
            "one. Fast from midnight and bring a snack for afterwards.\n\n"
            "{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - GDM - {ga31}",
        "body": (
            "Reviewed her sugar log. Post-meal numbers fine, fastings running 98-106 all "
            "week despite diet changes. Discussed bedtime NPH, she wants to talk to her "
            "husband first. Please get her in with nutrition this week.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Anatomy scan - {last}, {first}",
        "body": (
            "OB ULTRASOUND REPORT\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}\n"
            "GA by LMP: {ga31}\n"
            "Fetal number: single, cephalic\n"
            "FHR: 148 bpm\n"
            "Findings: {us31}\n"
            "Impression: recommend follow-up growth scan in 4 weeks.\n"
            "Read by: {provider}, MD, Maternal-Fetal Medicine\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "My birth plan",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Attaching my birth plan so it can go in my chart before the hospital tour. "
            "I'm {name}, due {date}.\n\n"
            "- I'd like to try labor without an epidural but I'm open to it\n"
            "- Intermittent monitoring if baby is doing ok\n"
            "- Delayed cord clamping, and my husband {name2} wants to cut the cord\n"
            "- Skin to skin right away, no bottles or pacifiers please, I plan to "
            "breastfeed\n"
            "- I know I'm GBS positive so I'll need the IV antibiotics, that's fine\n"
            "- If I need a C-section I'd like the clear drape\n\n"
            "Thank you!!\n{first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "update!!",
        "body": (
            "hey everyone, {name2} here with an update on my wife {first}: she's 6 cm now!! "
            "they broke her water around {time} and she "
            "finally got the epidural so she's actually smiling again lol. baby's heart rate "
            "looks good the nurse said. could be a few more hours. will text the second "
            "{girl31} is here. pls don't call the room\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NICU update from today's rounds",
        "body": (
            "Dear {name} and {name2},\n\n"
            "A quick update on {boy31} (Pod C, bed 14) after rounds this morning. Since "
            "yesterday: {nicu31}. Tonight's weight was 1,640 g, up 25 g. We would like to "
            "try his first bottle feed on Thursday, so if one of you can be here for the "
            "9 am care time that would be wonderful.\n\n"
            "Please keep doing skin-to-skin as much as you can; it really helps him.\n\n"
            "{provider_first}, NNP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn screen: repeat specimen needed",
        "body": (
            "Baby's name: Baby Boy {last}\n"
            "Mother: {name}\n"
            "Baby's date of birth: {kiddob31}\n"
            "Hospital MRN: {mrn}\n"
            "Result: {nbs31}\n\n"
            "Please bring your baby to any of our lab locations by {date} for a repeat heel "
            "stick. An abnormal first screen does not mean your baby has a disorder, but "
            "it needs to be checked quickly. Questions: call the newborn screening nurse at "
            "{phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Baby Girl {last} MRN {mrn} - bili",
        "body": (
            "TcB 14.2 at 52 hours of life, high-intermediate risk zone. Serum bili with the "
            "AM labs; start phototherapy if over 15. Mom is aware.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Lactation visit summary",
        "body": (
            "Mother: {name}\n"
            "Infant: {girl31}, 6 days old\n"
            "Concern: {lact31}\n"
            "Infant weight: 3,010 g, down 9% from birth weight\n"
            "Observed feed: 12 minutes left breast, audible swallows after letdown\n\n"
            "Plan:\n"
            "1. Pump after feeds 8 times a day\n"
            "2. Supplement 15 mL of expressed milk by syringe or paced bottle\n"
            "3. Weight check with the pediatrician on Friday\n\n"
            "{provider}, IBCLC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "6-week postpartum visit",
        "body": (
            "{name} scored 15 on the Edinburgh today, reports {pp31}. No thoughts of "
            "harming herself or the baby; partner at the visit and supportive. Started "
            "sertraline 25 mg, compatible with breastfeeding. Warm handoff to perinatal "
            "psychiatry, appt {date}. Recheck in 2 weeks.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "After-visit summary: {months31} well visit",
        "body": (
            "Patient: {girl31} {last}\n"
            "Parent/guardian: {name}\n"
            "Visit date: {date}\n\n"
            "Growth: {growth31}.\n"
            "Vaccines given today: {vax31}\n"
            "Development: on track for age\n\n"
            "Tylenol is fine for fever after shots; do not give ibuprofen under 6 months.\n"
            "Your next well visit is in 3 months. Call {phone} with questions.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Catch-up vaccine plan for {boy31}",
        "body": (
            "Hi {name2},\n\n"
            "Thanks for bringing the records from your old clinic. As we talked about, "
            "{boy31} missed a few shots when you moved, so here is the catch-up plan:\n\n"
            "  Today ({date}): {vax31}, Hep A #1\n"
            "  In 4 weeks: DTaP, IPV\n"
            "  In 6 months: Hep A #2\n\n"
            "He can start school with this plan in place; I've signed the in-progress "
            "letter. See you next month.\n"
            "{provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Certificate of immunization - {school31}",
        "body": (
            "CERTIFICATE OF IMMUNIZATION STATUS\n"
            "Child's name: {girl31} {last}\n"
            "Date of birth: {kiddob31}\n"
            "Grade: {grade31}\n"
            "Parent/guardian: {name}\n\n"
            "DTaP/Tdap ....... 5 doses\n"
            "IPV ............. 4 doses\n"
            "MMR ............. 2 doses\n"
            "Varicella ....... 1 dose (2nd dose due)\n"
            "Hepatitis B ..... 3 doses\n\n"
            "Medical exemption: none\n"
            "Provider signature: {provider}, MD   Date: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sports physical form",
        "body": (
            "PRE-PARTICIPATION PHYSICAL EVALUATION\n"
            "Athlete: {name}   Age: 15   Sport: soccer\n"
            "BP 118/72  HR 64  Vision 20/20 both eyes\n"
            "History: {peds31}; uses albuterol 2 puffs before practice\n"
            "Exam: normal, no murmur\n"
            "Cleared for all sports without restriction.\n"
            "{provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{boy31} {last} - ADHD medication at school",
        "body": (
            "Dear school nurse,\n\n"
            "Please give {boy31} methylphenidate 5 mg by mouth at lunch on school days. The "
            "pharmacy-labelled bottle and the signed medication form are coming in his "
            "backpack. Let us know if he has stomach aches or is not eating lunch.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Asthma action plan",
        "body": (
            "ASTHMA ACTION PLAN - {school31}\n"
            "Name: {girl31} {last}    Grade: {grade31}\n"
            "Parent phone: {phone}\n\n"
            "GREEN (doing well): Flovent 44 mcg, 2 puffs twice a day at home\n"
            "YELLOW (cough, wheeze, tight chest): albuterol 4 puffs with spacer every "
            "4 hours, call parent\n"
            "RED (can't talk, lips blue): albuterol 6 puffs and call 911\n\n"
            "Triggers: cold air, exercise, cats\n"
            "May carry inhaler: YES\n"
            "Physician: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Confidential - do not send to parent portal",
        "body": (
            "Saw {name} (16) alone today under the minor consent rules for contraception "
            "counseling. She chose the Depo shot, first injection given, negative urine "
            "hCG. Chlamydia/GC swab sent. Please make sure the result message and any EOB go "
            "only to her own email, {email}, not the family account.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Placement medical - {boy31} {last}",
        "body": (
            "Hello,\n\n"
            "{boy31} {last} (DOB {kiddob31}) was placed with a new foster family on {date} "
            "and needs the 72-hour placement exam. The previous caregiver said he has "
            "{peds31} and is supposed to be on {kidrx31}, but nothing came with him.\n\n"
            "Foster mom {name2} can bring him in; her cell is {phone}. The agency consent "
            "is attached.\n\n"
            "{provider_first}, Child Welfare Specialist\nCase #{claim}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Mandated report - ED",
        "body": (
            "Report made to the CPS hotline at {time}, intake #{ref}.\n\n"
            "Child: {girl31} {last}, age {kidage31}\n"
            "Mother: {name}\n"
            "Home address: {address}\n\n"
            "Presented with a spiral fracture of the left humerus; the history given (fell "
            "off the couch) does not match the injury. Skeletal survey and head CT ordered. "
            "Child admitted to peds for safety pending the CPS visit. Social work aware.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Su cita de WIC",
        "body": (
            "Hola {intl_name}:\n\n"
            "Su cita de certificación de WIC es el {date} a las {time}. Por favor traiga "
            "la carta de su médico que confirma el embarazo y la fecha probable de parto, "
            "su último resultado de hemoglobina, comprobante de domicilio e identificación.\n\n"
            "Si necesita cambiar la cita, llame al {phone}.\n"
            "Programa WIC del Condado\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CHIP application - missing documents",
        "body": (
            "Applicant (parent): {name}\n"
            "Child: {boy31} {last}\n"
            "Child's SSN: {ssn}\n"
            "Application date: {date}\n\n"
            "We still need two recent pay stubs before we can finish the application. Once "
            "approved, coverage can go back to the first of the month, so the specialist "
            "visit for his {peds31} last week can be covered.\n\n"
            "State Children's Health Insurance Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{girl31}'s visit today",
        "body": (
            "Dear {name},\n\n"
            "Thank you for bringing {girl31} in today. Dr. {provider_last} found three "
            "cavities on her back teeth. Because of her age we recommend treating them with "
            "nitrous oxide (laughing gas) on {date} at {time}. Please give her only a light "
            "breakfast that morning.\n\n"
            "Estimated cost after insurance: {amount2}.\n"
            "{provider_last} Pediatric Dentistry\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Speech therapy progress report",
        "body": (
            "Client: {boy31} {last}\n"
            "Age: {kidage31}\n"
            "Diagnosis: {dev31}\n"
            "Sessions this period: 11 of 12\n\n"
            "Goal 1: produce /k/ and /g/ in words with 80% accuracy. Current: 65%.\n"
            "Goal 2: use 3-word phrases to request. Met.\n\n"
            "Recommend continuing weekly therapy for 12 more weeks. Home practice sheet "
            "attached for mom.\n"
            "{provider}, MS, CCC-SLP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Early Intervention evaluation scheduled",
        "body": (
            "Dear {name},\n\n"
            "Your daughter {girl31} has been referred to Early Intervention by her "
            "pediatrician because of concerns about {dev31}. A team of two therapists will "
            "visit your home at {address} on {date} at {time} to do the evaluation. It takes "
            "about 90 minutes; please have her favourite toys and snacks handy.\n\n"
            "Service coordinator: {provider_first}, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your stim calendar",
        "body": (
            "Hi {name},\n\n"
            "Your baseline ultrasound and estradiol look good, so you are cleared to start. "
            "Begin {fertrx31} tonight between 7 and 9 pm, and come in for monitoring "
            "bloodwork and ultrasound on day 5. If everything stays on track your "
            "{fertproc31} will be around {date}.\n\n"
            "Nurse line: {phone}\n{clinic} Fertility Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received - IVF cycle",
        "body": (
            "Patient: {name}\n"
            "Partner: {name2}\n"
            "Service: {fertproc31}, cycle package\n"
            "Amount paid: {amount}\n"
            "Card: {card}\n"
            "Date: {date}\n\n"
            "Thank you. This receipt can be submitted to your FSA.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "home visit notes day 3",
        "body": (
            "Day 3 postpartum home visit, {name}, {address}.\n"
            "Mom: fundus firm 2 below umbilicus, lochia moderate. Reports {pp31}.\n"
            "Baby {girl31}: nursing 10-12x/day, 6 wet and 3 dirty diapers, mildly "
            "jaundiced to the chest. Weight 3.2 kg.\n"
            "Plan: back on day 5, sooner if baby gets sleepy or yellower.\n"
            "{provider_first}, CPM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "backup for next week?",
        "body": (
            "Hi {provider_first}, can you be my backup for {name} in case I'm at another "
            "birth? She's {ga31}, first baby, planning unmedicated at the hospital, history "
            "of {ob31}. Her partner {name2} is the contact: {phone}. I'll send you her "
            "birth preferences.\nThanks!!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "my granddaughter",
        "body": (
            "Hello I am {name2}, {girl31}'s grandma, I keep her tuesdays and thursdays "
            "while her mom {name} is at work. She has been running fevers on and off for "
            "almost 2 weeks now and her mom says the doctor told her its just a virus but "
            "now she has little red spots on her legs and some bruises I cant explain and "
            "she is so tired she falls asleep at lunch. I dont want to go behind my "
            "daughters back but I am scared. Can someone please look at her again this "
            "week? My number is {phone}.\n"
            "thank you\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "records for my stepson",
        "body": (
            "Hi, I'm {name2}, married to {boy31}'s dad {name}. {boy31} lives with us half "
            "the week now and I'm the one taking him to most appointments. Can I get a copy "
            "of his {peds31} care plan and his medication list? His dad signed the form "
            "giving me access, I dropped it off at the front desk last Tuesday.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "overnight - twins, pod B",
        "body": (
            "Twin A {last} (MRN {mrn}): {nicu31}.\n"
            "Twin B {last} (MRN {mrn2}): still on CPAP 5, FiO2 25%, caffeine continued, "
            "head ultrasound Friday.\n"
            "Mom ({name}) pumped 4x overnight, wants a call from the team after 10.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - 39w - IOL booked {date}",
        "body": (
            "Booked for induction because of {ob31}. Arrive L&D at 7 pm for cervical "
            "ripening. Consent signed in clinic.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Claim rejected - well-child visit",
        "body": (
            "Patient: {girl31} {last}\n"
            "Subscriber: {name}\n"
            "Member ID: {member}\n"
            "DOS: {date}\n"
            "Dx: {icd}\n"
            "CPT: 99392, 90700, 90460\n"
            "Rejection: patient not eligible on date of service. Newborn not added to the "
            "policy; please contact subscriber.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Pre-cert {name} Dx {icd} - primary C-section",
        "body": (
            "Scheduled primary cesarean at 39 weeks on {date} with Dr. {provider_last}. "
            "Please get the authorization from {company} before Friday.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "MRN {mrn} RhoGAM given",
        "body": (
            "28-week RhoGAM 300 mcg IM given in the left deltoid at {time}. Lot on the MAR. "
            "Antibody screen was sent before the dose.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "L&D board 0700",
        "body": (
            "Rm | Patient          | G/P  | GA      | Status\n"
            "4  | {last}, {first}  | G2P1 | {ga31}  | 7/90/0, pit at 6\n"
            "7  | {intl_name}      | G1P0 | 41w0d   | cytotec #2 at 0400\n"
            "9  | {name2}          | G3P2 | 38w2d   | PP, s/p SVD 0512, QBL 350\n"
            "Triage: 2 waiting, 1 r/o ROM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sua consulta de pré-natal",
        "body": (
            "Olá, {intl_name}!\n\n"
            "Sua consulta de pré-natal com a Dra. {provider_last} está marcada para {date} "
            "às {time}. Você estará com {ga31} de gestação. Traga o resultado do exame de "
            "sangue, o cartão da gestante e a lista dos remédios que está tomando.\n\n"
            "Para remarcar, ligue {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pregunta sobre mi hijo",
        "body": (
            "Buenas tardes, soy {name2}, la mamá de {boy31}. Desde ayer tiene fiebre de 39 y "
            "no quiere comer, solo toma un poquito de agua. Le di {kidrx31} a las 6 de la "
            "mañana. ¿Lo puedo llevar mañana temprano? Su fecha de nacimiento es "
            "{kiddob31}. Mi teléfono es {phone}.\nGracias\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral to pediatric GI",
        "body": (
            "Referral: {girl31} {last} (DOB {kiddob31})\n"
            "Reason: {growth31}, with loose stools and belly pain after meals.\n"
            "Dx: {icd}\n"
            "Celiac panel sent; TTG-IgA pending. Please evaluate for celiac disease.\n"
            "Parent contact: {name}, {phone}\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Fwd: daycare health form",
        "body": (
            "can you guys fill this out for {boy31}? they need it by friday or he can't go "
            "back monday\n\n"
            "> From: {school31}\n"
            "> Please return the Child Health Assessment for {boy31} {last} with a current "
            "physical exam, lead screening result and immunization record.\n"
            "> Allergies/special health needs noted at enrollment: {peds31}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hearing rescreen",
        "body": (
            "Baby Boy {last}, born {kiddob31} to {name}, did not pass the newborn hearing "
            "screen in the left ear (refer, OAE and AABR). Outpatient diagnostic ABR is "
            "booked for {date} at {time} in Audiology. Please feed the baby right before so "
            "he sleeps through the test.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{girl31} {last} - missed {vax31}",
        "body": "Mom says she'll bring her in Tuesday after daycare.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Outbound text log",
        "body": (
            "To: {phone}\n"
            "Sent: {date} {time}\n"
            "Msg: Hi, this is {clinic}! {boy31} is due for his {months31} checkup and "
            "{vax31}. Reply 1 to book, or call us. Reply STOP to opt out.\n"
            "Status: delivered\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your lab result",
        "body": (
            "{name}, your quantitative hCG from {date} was 1,250 mIU/mL, which is consistent "
            "with early pregnancy. Dr. {provider_last} would like to repeat it in 48 hours to "
            "make sure it is rising normally, and to book your first ultrasound. Please "
            "keep taking a prenatal vitamin.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Checking in",
        "body": (
            "Dear {name},\n\n"
            "I'm so sorry about your loss last week. Your hCG today is down to 40, which is "
            "what we hoped to see. We will recheck it weekly until it is under 5. Please "
            "call us if the bleeding gets heavier than a pad an hour or you have a fever. "
            "Our counselor, {provider_first}, is available if you'd like to talk.\n\n"
            "Warmly,\nDr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{intl_name} G3P2 32w preterm contractions - transfer",
        "body": (
            "Accepting: Dr. {provider}. ETA 40 min by ambulance. Got betamethasone #1 and "
            "magnesium at the outside hospital.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Coverage question - prenatal care",
        "body": (
            "Member: {name}\n"
            "Medicare number: {mbi}\n"
            "Medicaid: dual eligible (disability)\n"
            "Expected delivery: {date}\n\n"
            "Please confirm whether the global OB package is billed to Medicaid as primary, "
            "since Medicare does not usually see maternity claims. She has also been "
            "referred to MFM for {ob31}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "State registry record",
        "body": (
            "IIS QUERY RESPONSE\n"
            "PATIENT: {last}, {boy31}\n"
            "DOB: {kiddob31}\n"
            "HEPB ......... 3\n"
            "DTAP ......... 4\n"
            "HIB .......... 4\n"
            "PCV .......... 4\n"
            "MMR .......... 1\n"
            "FORECAST: DTaP #5, IPV #4, MMR #2 and varicella #2 due now\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "From the nurse's office",
        "body": (
            "Hi {name},\n\n"
            "Your daughter {girl31} came to see me after recess with a headache and a "
            "temperature of 100.9. Per district policy she needs to go home and be "
            "fever-free for 24 hours without medicine before coming back. She's resting in "
            "my office. Please pick her up at the front office.\n\n"
            "{provider_first}, RN, School Nurse, {school31}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camper health form",
        "body": (
            "Camper: {boy31} {last}\n"
            "Cabin: Bluebird\n"
            "Allergies: peanuts (anaphylaxis), EpiPen Jr in his bag and one with the nurse\n"
            "Daily medicines: {kidrx31} at breakfast\n"
            "Other conditions: {peds31}\n"
            "Parent: {name}, cell {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: {name} - EPDS 18, needs warm handoff",
        "body": "She is in room 6 now with the baby. Can BH see her before she leaves?\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ED discharge instructions",
        "body": (
            "Patient: {boy31} {last}\n"
            "Seen: {date}\n"
            "Diagnosis: {peds31}\n"
            "Medicine: {kidrx31}\n\n"
            "Follow up with your pediatrician, Dr. {provider_last}, in 2-3 days. Come back "
            "right away if your child has trouble breathing, will not drink, or has fewer "
            "than 3 wet diapers in a day.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NICU stay - concurrent review",
        "body": (
            "Infant: Baby Girl {last}\n"
            "Member ID: {member}\n"
            "Subscriber: {name}\n"
            "Admit: {date}, 29 weeks, 1,120 g\n"
            "Level of care: III\n"
            "Current status: {nicu31}\n"
            "Days approved: 14; next review {date2}\n"
            "{company} Utilization Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn screen out of range - {last} baby, MRN {mrn}",
        "body": (
            "State lab called at {time}: {nbs31}. We need to reach the family today; mom's "
            "cell is in the chart. Peds endo on call has been paged.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your NIPT results",
        "body": (
            "Dear {name},\n\n"
            "Your cell-free DNA screening from {date} shows a low risk for trisomy 21, 18 and "
            "13. You asked to know the baby's sex: it's a girl! This is a screening test, so "
            "your anatomy ultrasound at 20 weeks is still important.\n\n"
            "{clinic} Prenatal Genetics\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical exemption request",
        "body": (
            "To the school district:\n\n"
            "{girl31} {last} (DOB {kiddob31}) is in treatment for acute lymphoblastic "
            "leukemia and cannot receive live vaccines ({vax31} included) until at least six "
            "months after chemotherapy ends. Please accept this letter as a temporary "
            "medical exemption and notify the family, {name}, {phone}, of any measles or "
            "chickenpox cases at {school31}.\n\n"
            "{provider}, MD, Pediatric Oncology\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phone note",
        "body": (
            "Caller: dad, {name2}\n"
            "Re: {boy31}, 9 months\n"
            "Callback: {phone}\n"
            "Vomiting x4 since midnight, no fever, 3 wet diapers since 6 am, keeping down "
            "small sips. Advised Pedialyte 1 tsp every 5 minutes, call back if no wet diaper "
            "in 6 hours or blood in vomit. Offered visit at {time}, dad accepted.\n"
            "-{provider_first} RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sports physical - {name} - needs cardiology clearance",
        "body": (
            "Soft systolic murmur that got louder standing. Not cleared until the echo. "
            "Referred to peds cardiology, mom knows.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Newborn Medicaid add",
        "body": (
            "Please add the newborn to the mother's case.\n"
            "Mother: {name}, Medicaid ID {member}\n"
            "Newborn: Baby Boy {last}, born {kiddob31} at {clinic}\n"
            "Newborn SSN: {ssn}\n"
            "Birth weight 7 lb 2 oz; NICU stay of 3 days for transient tachypnea.\n"
            "Hospital claims for the NICU stay are on hold until he is added.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{girl31} {last} (DOB {kiddob31}) - speech eval",
        "body": "Referral and hearing test attached.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "OB triage note",
        "body": (
            "Pt: {name}   MRN: {mrn}\n"
            "G1P0 at {ga31} presents with headache and seeing spots since this afternoon. "
            "Known {ob31}. BP 154/101, repeat 149/98. Urine protein/creatinine sent, "
            "PIH labs drawn. Dr. {provider_last} notified, will see in triage.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Breast pump rental confirmation",
        "body": (
            "Customer: {name}\n"
            "Ship to: {address}\n"
            "Item: hospital-grade double electric breast pump, monthly rental\n"
            "Reason on prescription: infant in NICU, born at {ga31}\n"
            "Insurance: {company}, ID {member}\n"
            "Copay charged to card {card}: {amount2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Resultado do teste do pezinho",
        "body": (
            "Prezada {name},\n\n"
            "O teste do pezinho do seu filho {boy31} mostrou um valor de TSH alterado. "
            "Isso não quer dizer que ele tenha hipotireoidismo, mas precisamos repetir a "
            "coleta até {date}. Traga o bebê ao posto de saúde entre 8h e 11h.\n\n"
            "Equipe de Triagem Neonatal\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: {boy31}'s therapy records",
        "body": (
            "As {boy31}'s father and joint legal custodian, I ({name}) am asking for a copy "
            "of the notes from his play therapy sessions for anxiety since {date}. His "
            "mother and I share decision-making under the parenting plan, which I have "
            "attached. Please send them to {email}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: {name} DOB {dob} - PP BP 158/102",
        "body": "> pls call her back today\n\nCalled, she's coming to triage now.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{intl_name} - growth scan {ga31}",
        "body": "Scan today shows {us31}. Plan weekly NSTs and repeat growth in 3 weeks.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH31_NEG: list[dict] = [
    {
        "subject": "Growing Up Healthy - spring issue",
        "body": (
            "In this issue:\n"
            "- RSV season is ending: what parents of newborns should still watch for\n"
            "- Ear infections vs. teething: how to tell the difference\n"
            "- Living with {peds31}: tips from our pediatric nurses\n"
            "- Is your child due for {vax31}? Check the schedule on our website\n"
            "- Recipe: five-minute veggie muffins for picky eaters\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spring childbirth education classes",
        "body": (
            "All classes meet in the Women's Center, 2nd floor, Classroom B.\n\n"
            "{class31} ........ Tuesdays, 6:30-8:30 pm, starts {date}\n"
            "Breastfeeding Basics ........ Saturday {date2}, 10 am-noon\n"
            "Newborn Care ........ Thursdays, 7-9 pm\n\n"
            "Instructors: {name}, RN, and {name2}, IBCLC. $40 per couple; free for Medicaid "
            "members. Register online or call {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: 7th grade immunization records due {date}",
        "body": (
            "Dear families,\n\n"
            "State law requires every student entering 7th grade to have a Tdap booster "
            "and the first dose of meningococcal vaccine (MenACWY) on file. Students "
            "without records or a valid exemption by {date} will not be able to attend "
            "class. Free vaccines are available at the county health department.\n\n"
            "{name}, RN, District Nurse Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lactation rooms now bookable",
        "body": (
            "The three lactation rooms (L2-04, L3-11 and the Tower B mothers' room) can now "
            "be booked in 30-minute slots through the room scheduler, the same way as "
            "conference rooms. Each room has a hospital-grade pump, a fridge and a sink; "
            "bring your own kit. Walk-ins are fine when a room is free.\n\n"
            "Questions: {name}, Facilities, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Baby shower for {first}!",
        "body": (
            "Please join us for a little celebration for {name} before her parental leave "
            "starts on {date}! Thursday at 2 pm in the 4 West break room. We are collecting "
            "for a group gift (stroller from her registry), see {name2} at the desk. "
            "Cupcakes from the place on {address}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voluntary recall: {product31}",
        "body": (
            "{company} is voluntarily recalling selected {product31} because of possible "
            "contamination with Cronobacter sakazakii. No illnesses have been reported.\n\n"
            "Affected lot codes: 24187SH2, 24188SH1, 24201RB3\n"
            "Use-by dates: between {date} and {date2}\n"
            "UPC: 0 70074 58312 6\n\n"
            "Do not feed the product to infants. Return it to the store for a full refund "
            "or call {phone}, 8 am to 8 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NICU family lounge guidelines",
        "body": (
            "Welcome to the NICU Family Lounge. To keep every baby safe:\n"
            "1. Wash your hands for 20 seconds before entering the unit.\n"
            "2. Siblings under 12 may visit only during family hours and must pass the "
            "symptom check at the front desk.\n"
            "3. Label any food in the fridge with the date; it is cleared every Sunday.\n"
            "4. Breast milk goes in the milk room freezer, never the lounge fridge.\n"
            "5. Sleep rooms are booked through the charge nurse.\n"
            "Questions: NICU Family Support, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 maternity dashboard",
        "body": (
            "Births: 1,142 (up 4% over Q2)\n"
            "Cesarean rate, NTSV: 24.1% (goal under 23.6%)\n"
            "Vaginal birth after cesarean: 31%\n"
            "NICU admissions: 118, of which 22 under 32 weeks\n"
            "Exclusive breast milk feeding at discharge: 68%\n"
            "Severe maternal morbidity events: 9\n"
            "Prepared by {name}, Perinatal Quality\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday hours - {clinic} Pediatrics",
        "body": (
            "Our office will close at noon on {date} and reopen on {date2} at 8 am. For "
            "urgent questions our after-hours nurse line is available 24/7 at {phone}. "
            "For emergencies call 911.\n\n"
            "{clinic} Pediatrics\n{address}\nFax: (415) 555-0298\nGroup NPI {npi}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free car seat checks Saturday",
        "body": (
            "Certified child passenger safety technicians will check car seats on {date}, "
            "9 am to 1 pm, in the Women's Center parking garage, level 1. Bring your car, "
            "your car seat and its manual. Expecting soon? We can help you install a "
            "rear-facing seat before the big day. No appointment needed.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Meet our newest pediatrician",
        "body": (
            "{provider}, MD, FAAP, joins {clinic} Pediatrics this month. Dr. "
            "{provider_last} completed residency at a children's hospital and has a special "
            "interest in {peds31}, newborn care and teen health. NPI {npi}. Dr. "
            "{provider_last} is accepting new patients from birth to 18 at our {address} "
            "office. Call {phone} to schedule.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Radiothon raised {amount}!",
        "body": (
            "Thank you! Our 24-hour radiothon for the children's hospital raised {amount} "
            "from 3,410 donors. Gifts will fund a second NICU transport isolette, music "
            "therapy on the oncology floor and a new family kitchen. Special thanks to "
            "{name} and the foundation team, and to every nurse who took a shift on the "
            "phones.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registration confirmed: Summer Day Camp",
        "body": (
            "Camper: {girl31} {last}\n"
            "Parent: {name}\n"
            "Session: 2 (weeks of July 7 and July 14)\n"
            "Group: Otters (ages 6-8)\n"
            "T-shirt size: youth M\n"
            "Drop-off: 8:30 am at the Riverside Park pavilion\n"
            "Balance due: {amount2} by {date}\n"
            "Riverside Parks & Recreation\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Toy drive for the pediatric floors",
        "body": (
            "Drop-off bins are in the main lobby and outside the cafeteria until {date}. "
            "New, unwrapped toys only, please; teens love art kits and headphones. Gift "
            "cards are welcome too. One donated card (6035 7745 2210 4418) would not "
            "activate, so if it was yours, please contact {name} in Child Life at ext "
            "{ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: Labor and Delivery RN",
        "body": (
            "{clinic} is hiring full-time night-shift Labor and Delivery nurses. "
            "Requirements: RN license, 1 year of L&D experience, NRP and ACLS, electronic "
            "fetal monitoring certification preferred. Sign-on bonus {amount}. Apply by "
            "{date}, req #{code}. Hiring manager: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Open position: {role31}",
        "body": (
            "Position: {role31}\n"
            "Department: Women and Infants\n"
            "Hours: 0.9 FTE, rotating weekends\n"
            "Pay range: $48-$67 per hour\n"
            "Contact: {name2}, recruiter, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: the new hyperbilirubinemia guideline",
        "body": (
            "Join {provider}, MD, neonatologist, for a one-hour webinar on the updated AAP "
            "guideline for jaundice in newborns 35 weeks and older: new phototherapy "
            "thresholds, risk factors and follow-up timing. {date} at noon. 1.0 CME. "
            "Dial-in {phone}, access code {code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Perinatal grand rounds",
        "body": (
            "This week: Dr. {provider_last} on managing {ob31} in the third trimester, "
            "followed by a case discussion from the maternal-fetal medicine fellows. "
            "Auditorium A, {date}, 7:30 am. Breakfast provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Back-to-school vaccine clinic",
        "body": (
            "Free back-to-school shots for children 4 to 18 on {date}, 10 am to 3 pm, at "
            "{address}. Available: DTaP, Tdap, MMR, varicella, polio, hepatitis B, HPV and "
            "meningococcal vaccines. Bring your child's shot record and insurance card if "
            "you have one; no child will be turned away.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tdap and flu shots for pregnant employees",
        "body": (
            "Employee Health reminds staff that the CDC recommends Tdap during every "
            "pregnancy, ideally between 27 and 36 weeks, and a flu shot at any point in "
            "pregnancy. Both are free at Employee Health, Monday to Friday, 7 am to 3 pm. "
            "No appointment needed; your information stays confidential.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WIC office hours and who can apply",
        "body": (
            "WIC serves pregnant women, new mothers, infants and children under 5 who meet "
            "income guidelines. Families on Medicaid or SNAP automatically meet the income "
            "rule. Office hours: Monday to Thursday, 8 am to 5 pm; Saturday clinic on the "
            "first Saturday of each month. Call {phone} to make an appointment.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Kids need health coverage too",
        "body": (
            "Children and teens under 19 may qualify for free or low-cost coverage through "
            "Medicaid or CHIP, even if their parents work. Coverage includes checkups, "
            "shots, dental and vision care, and hospital stays. Enrolment is open all "
            "year. Free help applying: {phone} or our navigator {name} at the library on "
            "Tuesdays.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Athletic department: physicals due",
        "body": (
            "All student athletes must have a current pre-participation physical on file "
            "with the athletic office before the first practice on {date}. Forms are on the "
            "athletics page. Physicals done after April 1 count for the whole school year. "
            "Coach {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Illness policy reminder",
        "body": (
            "Dear {school31} families,\n\n"
            "As cold and flu season starts, a reminder of our illness policy: children with "
            "a fever of 100.4 or higher, vomiting or diarrhea, or an unexplained rash must "
            "stay home and be symptom-free for 24 hours without medicine before returning. "
            "Pink eye may return after 24 hours of drops.\n\n"
            "Thank you for helping keep everyone healthy!\n{name}, Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Head lice in Room 12",
        "body": (
            "A case of head lice has been reported in Room 12. This is common and is not a "
            "sign of poor hygiene. Please check your child's hair tonight and tomorrow, "
            "especially behind the ears and at the neck. If you find lice, treat before "
            "returning to school and let the office know.\n"
            "{name}, School Nurse\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hand, foot and mouth disease in the Toddler room",
        "body": (
            "Several children in the Toddler room have been diagnosed with hand, foot and "
            "mouth disease this week. Symptoms are fever, mouth sores and a rash on the "
            "hands and feet. We are doing extra cleaning of toys and surfaces. Please keep "
            "children with a fever or mouth sores at home.\n"
            "{school31}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RSV season visitor restrictions",
        "body": (
            "Starting {date}, visitors under 12 are not allowed on Mother-Baby, the NICU or "
            "the pediatric floors, and all visitors must be free of cough, fever or runny "
            "nose. Exceptions for siblings in special circumstances need approval by the "
            "charge nurse.\n"
            "Infection Prevention\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - breast pump rentals",
        "body": (
            "Bill to: {clinic} Mother-Baby Unit\n"
            "PO: {order}\n\n"
            "24  Hospital-grade double electric pump, monthly rental   {sku}\n"
            "300 Single-use pump kits\n"
            "150 Nipple shields, 24 mm\n\n"
            "Total: {amount}\nTerms: net 30\nRemit to: {company}, {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OB ultrasound room 2 down",
        "body": (
            "The ultrasound machine in OB exam room 2 will be down for service from {date} "
            "to {date2}; the vendor is replacing the 3D probe. Please move scheduled anatomy "
            "scans and growth scans to rooms 1 and 3.\n"
            "{name}, Imaging Supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Birth certificate worksheets",
        "body": (
            "Reminder to Mother-Baby staff: the birth certificate worksheet must be given "
            "to every family on the day of birth and collected before discharge. The "
            "vital records clerk, {name}, picks them up at 2 pm on weekdays. Incomplete "
            "worksheets delay the Social Security number application.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OB hospitalist holiday call",
        "body": (
            "Holiday call for the OB hospitalist service:\n"
            "Dec 24: Dr. {provider_last}\n"
            "Dec 25: {name}, MD\n"
            "Dec 31: {name2}, MD\n"
            "Jan 1: {name3}, MD\n"
            "Swaps must be approved by the section chief by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Are you pregnant? Join a study",
        "body": (
            "Pregnant people 18 to 40 diagnosed with {ob31} may be able to join a research "
            "study on home blood pressure and glucose monitoring. Participants are paid for "
            "their time. To learn more, contact the study coordinator, {name}, at {phone} "
            "or {email}. IRB #{code}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New Level IV NICU opens",
        "body": (
            "{clinic} opened its new 64-bed Level IV NICU this week. Every baby has a "
            "private room with a sleep space for parents. The unit cared for 1,020 babies "
            "last year, including 140 born before 28 weeks. Media contact: {name}, "
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Safe sleep week",
        "body": (
            "Remember the ABCs of safe sleep: babies should sleep Alone, on their Backs, in "
            "a Crib. No bumpers, blankets or stuffed animals. Our nurses will hand out free "
            "sleep sacks on Mother-Baby all week, thanks to a donation from {company}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clases prenatales gratuitas",
        "body": (
            "¿Espera un bebé? Ofrecemos clases prenatales gratuitas en español los martes "
            "a las 6 de la tarde: el parto, la lactancia, el cuidado del recién nacido y la "
            "depresión posparto. No necesita seguro. Para inscribirse llame al {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campanha de vacinação infantil",
        "body": (
            "A campanha de vacinação contra o sarampo e a poliomielite para crianças de 1 a "
            "4 anos vai de {date} a {date2} em todos os postos de saúde do município. Leve "
            "a caderneta de vacinação da criança. Dúvidas: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Text reminder template",
        "body": (
            "Approved wording for the new SMS reminder (no patient details allowed):\n"
            '"Hi! This is {clinic}. You have an upcoming appointment. Log in to the portal '
            'for details or call {phone}. Reply STOP to opt out."\n'
            "Character count: 131. Goes live {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: lactation coverage next week",
        "body": (
            "FYI for the unit board.\n\n"
            "> Lactation coverage for the week of {date}:\n"
            "> Mon-Wed: {name}, IBCLC (pager {ext})\n"
            "> Thu-Fri: {name2}, IBCLC\n"
            "> Weekend: on-call only, page through the operator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PTA bake sale for the nurse's office",
        "body": (
            "The PTA bake sale on {date} will raise money for supplies for the nurse's "
            "office: ice packs, spare clothes, a new cot and a second AED. Please send "
            "nut-free treats in labelled containers. Volunteers sign up with {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free fluoride varnish day",
        "body": (
            "Kids 1 to 12 can get a free dental screening and fluoride varnish on {date} at "
            "{clinic} Pediatric Dentistry, {address}. Cavities are the most common chronic "
            "disease of childhood, and varnish cuts them by a third. Walk-ins welcome, "
            "toothbrush for every child.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now accepting new clients",
        "body": (
            "Our midwifery practice is accepting new clients due in the spring. Midwives: "
            "{provider}, CNM, and {name}, CNM. We offer prenatal care, water birth at the "
            "hospital, home visits after birth and group prenatal care. Most insurance and "
            "Medicaid accepted. Call {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Doula training - winter cohort",
        "body": (
            "The 4-day birth doula workshop runs {date} to {date2}, led by {name}, CD. "
            "Topics: physiology of labour, comfort measures, supporting families after loss, "
            "and working with hospital staff. Tuition {amount}; scholarships available.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free IVF information evening",
        "body": (
            "Thinking about fertility treatment? Join Dr. {provider_last} on {date} at 6 pm "
            "for a free information evening on IUI, IVF and egg freezing. Last year our "
            "live birth rate per transfer was 52% for women under 35 and 31% for women 38 "
            "to 40. Partners welcome. RSVP to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mother-Baby patient experience scores",
        "body": (
            "Q3 results for Mother-Baby: likelihood to recommend 91st percentile, nurse "
            "communication 88th, quietness at night 42nd. 406 surveys returned. Thanks to "
            "unit manager {name} for the quiet-hours pilot starting {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DAISY award: NICU",
        "body": (
            "Congratulations to {name}, NICU RN, this month's DAISY award winner. Several "
            "families wrote in about how {first} taught them to do kangaroo care and "
            "stayed late to help with discharge teaching. Celebration on {date} at 3 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy update: hepatitis B birth dose",
        "body": (
            "Effective {date}, every medically stable newborn weighing 2,000 g or more "
            "should receive hepatitis B vaccine within 24 hours of birth, regardless of the "
            "mother's status. The order set has been updated in version {version}. "
            "Questions to {name}, PharmD.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Fenton growth chart not plotting",
        "body": (
            "After the upgrade to version {version}, the Fenton preterm growth chart does "
            "not plot weight for infants under 36 weeks corrected age. WHO charts are "
            "fine. Workaround: print from the flowsheet. Vendor case {ref} opened.\n"
            "Clinical Applications\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Backorder update - Women and Infants",
        "body": (
            "Item                          Status\n"
            "Preemie diapers, size P1      backordered until {date}\n"
            "Nipple shields, 20 mm         substitute: 24 mm\n"
            "Cord clamps                   in stock\n"
            "Newborn screen filter cards   limited, 2-week supply\n"
            "Supply chain contact: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NICU cuddler volunteers needed",
        "body": (
            "Our NICU cuddler program is looking for volunteers to hold and comfort babies "
            "when parents cannot be there. Requirements: 21+, a 4-hour shift every week for "
            "6 months, current flu and Tdap vaccines, and a background check. Training on "
            "{date}. Contact {name} in Volunteer Services.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Valet for expectant parents",
        "body": (
            "Expectant parents arriving for labour can use the free valet at the Women's "
            "Center entrance, 24 hours a day. Partners can collect the car from the valet "
            "stand at discharge. Questions: Parking Services, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field trip groups - Friday",
        "body": (
            "Groups for Friday's trip to the science museum:\n"
            "Group 1 (chaperone {name}): {girl31}, {boy31}, Theo, Ruby\n"
            "Group 2 (chaperone {name2}): Ana, Marcus, Lily, Sam\n"
            "Bus leaves at 8:45. Pack a lunch and wear the class shirt.\n"
            "{name3}, {grade31} teacher\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Top baby names at our hospital",
        "body": (
            "The most popular names for babies born at {clinic} this year were {girl31}, "
            "Olivia and Amelia for girls, and {boy31}, Oliver and James for boys. We "
            "welcomed 3,906 babies in all, including 61 sets of twins and 2 sets of "
            "triplets.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parental leave policy update",
        "body": (
            "Starting {date}, all benefits-eligible employees receive 12 weeks of paid "
            "parental leave after the birth of a child, an adoption or a foster placement. "
            "Leave can be taken in two blocks within the first year. Questions: {name}, HR "
            "Benefits, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn photography vendor",
        "body": (
            "The contract with {company} for in-room newborn photography has been renewed "
            "through {date}. Photographers must check in at the Mother-Baby desk, wear a "
            "vendor badge and may not enter rooms without the family's invitation. Vendor "
            "contact: {name}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grant to reduce severe maternal morbidity",
        "body": (
            "Congratulations to Dr. {provider} and the perinatal team on a $2.4 million "
            "state grant. The county's rate of severe maternal morbidity was 88 per 10,000 "
            "deliveries last year, and twice that for Black mothers. The grant funds "
            "postpartum blood pressure cuffs and remote monitoring for 2,000 families.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Perinatal quality collaborative minutes",
        "body": (
            "Present: {name} (chair), {name2}, Dr. {provider_last}\n\n"
            "1. Hemorrhage bundle compliance 94% this quarter.\n"
            "2. Early elective deliveries before 39 weeks: 0.\n"
            "3. {name2} to roll out the new postpartum depression screening workflow for "
            "all well-baby visits by {date}.\n"
            "4. Next meeting in six weeks.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cookie dough orders",
        "body": (
            "hi all - my son's school is selling cookie dough again, order sheet is taped "
            "to the fridge in the break room, due {date}. money goes to their spring trip. "
            "thank you!! - {first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Demo: new infant warmer",
        "body": (
            "{name} from {company} will demo the new radiant infant warmer in L&D room 3 on "
            "{date} at {time}. NRP instructors and charge nurses especially welcome. Coffee "
            "and bagels provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Well-child visit schedule (for front desk)",
        "body": (
            "Quick reference for booking well visits:\n"
            "Newborn (3-5 days), 1 month, 2, 4, 6, 9, 12, 15, 18 and 30 months, then yearly "
            "from age 3.\n"
            "The {months31} visit is 30 minutes; all others 20 minutes.\n"
            "Vaccines are due at 2, 4, 6, 12-15 months and 4-6 years.\n"
            "Questions: {name}, practice manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Milk bank donor screening night",
        "body": (
            "The regional donor milk bank will hold a donor screening evening on {date}. "
            "Healthy lactating parents with extra frozen milk can learn how to donate; "
            "donors complete a questionnaire and a free blood test. Donated milk goes to "
            "premature babies in NICUs across the state. Contact {name}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

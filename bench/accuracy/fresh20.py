"""Held-out split "fresh20": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector: the author did not read gateway/, policies/, docs/,
tests/, bench/accuracy/vocab/ or README.md (the detector's code, dictionaries and
documentation), did not read the other blind splits fresh8.py ... fresh19.py, and did not run
the detector, the benchmark or any test. Only bench/accuracy/generate.py, fresh6.py and
fresh7.py were read, for the placeholder names and the data format, and so as not to repeat
their templates or vocabulary. It is meant to be run once, as an honest, untuned
measurement: do not tune the detector on these templates.

Angle: sensitive-category care and the people around it, as the mail really reads.
Behavioural health and psychotherapy (intake, safety plans, group rosters, therapist-to-
psychiatrist handoffs), substance-use treatment (42 CFR Part 2 programmes, methadone and
buprenorphine clinics, sober-living houses, drug-court liaison), HIV/PrEP and sexual health
clinics, reproductive health (IVF, prenatal care, pregnancy loss, contraception), genetic
counselling, children's health through school nurses, camps and daycare (allergy and seizure
action plans, parents' medication notes), home health, hospice and long-term care (family
updates from facilities), and bilingual mail (some templates partly in Spanish, Portuguese or
French). Patients are named in many ways: full name, a first name with a relationship ("my
son {boy20}"), initials, a group roster, a client ID; the health information is often in lay
or euphemistic words. The hard negatives come from the same world: support-group flyers,
awareness campaigns, de-identified case consultations, staff schedules and trainings, grant
reports with aggregate counts, school-wide health notices naming no student, job postings,
volunteer sign-ups, donor letters, a parent's general question, facility newsletters, blank
forms and policy text quoting the regulations.

The vocabulary below (FRESH20_VOCAB: {dx20} {sud20} {sex20} {ob20} {ped20} {eol20}
{gene20} {rx20} {mat20} {hiv20} {repro20} {peds20} {comfort20} {proc20} {test20} {sym20}
{care20} {boy20} {girl20} {initials20} {school20} {facility20} {prog20}) was written from
general clinical knowledge and from how patients, families, counsellors and front-desk staff
write; other placeholders come from generate.fill() and generate.fresh_fill(). Each template
is a dict: subject, body, phi, subject_phi (the Subject alone identifies a patient together
with health information, or holds a patient identifier), validated (a checksum- or
code-list-backed identifier is present: {card}, {icd}, {mbi}, {ssn}). Templates are
str.format strings, so they hold no literal braces. The card-like numbers written literally
in the negatives fail the Luhn check, and the SSN-like ones use never-issued area numbers
(666, 9xx).
"""

from __future__ import annotations

FRESH20_VOCAB: dict[str, list[str]] = {
    # Behavioural health diagnoses, as charted and as said.
    "dx20": [
        "bipolar I disorder",
        "bipolar disorder, current episode depressed",
        "schizoaffective disorder",
        "first-episode psychosis",
        "treatment-resistant depression",
        "complex PTSD",
        "panic disorder with agoraphobia",
        "severe health anxiety",
        "OCD, contamination type",
        "ADHD, combined presentation",
        "autism spectrum disorder, level 2",
        "anorexia nervosa, restricting type",
        "bulimia nervosa",
        "ARFID",
        "borderline traits with self-harm",
        "dissociative identity disorder",
        "postpartum psychosis",
        "perinatal depression",
        "body dysmorphic disorder",
        "Tourette syndrome",
        "selective mutism",
        "disruptive mood dysregulation disorder",
        "prolonged grief disorder",
        "adjustment disorder with depressed mood",
        "trichotillomania",
    ],
    # Substance use, clinical and lay.
    "sud20": [
        "opioid use disorder, severe, in early remission",
        "fentanyl use disorder",
        "severe alcohol use disorder",
        "methamphetamine use",
        "cocaine use disorder",
        "benzodiazepine dependence",
        "cannabis use disorder",
        "polysubstance use",
        "kratom dependence",
        "heroin addiction",
        "alcohol dependence with withdrawal seizures",
        "IV drug use",
        "opioid use disorder on maintenance therapy",
        "a drinking problem",
        "pill addiction after his back surgery",
    ],
    # Sexual health.
    "sex20": [
        "HIV",
        "newly diagnosed HIV",
        "early syphilis",
        "late latent syphilis",
        "gonorrhea",
        "chlamydia",
        "trichomoniasis",
        "genital herpes (HSV-2)",
        "genital warts",
        "mpox",
        "chronic hepatitis B",
        "hepatitis C",
        "pelvic inflammatory disease",
        "LGV",
        "HIV with a detectable viral load",
    ],
    # Fertility and pregnancy.
    "ob20": [
        "diminished ovarian reserve",
        "recurrent pregnancy loss",
        "a missed miscarriage at 9 weeks",
        "an ectopic pregnancy",
        "hyperemesis gravidarum",
        "placenta previa",
        "preterm labor at 31 weeks",
        "a short cervix",
        "PCOS with anovulation",
        "male factor infertility",
        "unexplained infertility",
        "a chemical pregnancy",
        "a partial molar pregnancy",
        "HELLP syndrome",
        "Rh sensitization",
        "a di-di twin pregnancy",
        "fetal growth restriction",
    ],
    # Children's conditions that reach school nurses, camps and daycare.
    "ped20": [
        "absence seizures",
        "Dravet syndrome",
        "new-onset type 1 diabetes",
        "a severe peanut and tree nut allergy",
        "milk and egg allergy",
        "exercise-induced asthma",
        "ADHD",
        "cerebral palsy",
        "eosinophilic esophagitis",
        "sickle cell disease (HbSS)",
        "spina bifida with a VP shunt",
        "Down syndrome",
        "encopresis",
        "a bee sting allergy",
        "juvenile arthritis",
        "frequent migraines",
    ],
    # Hospice and long-term care.
    "eol20": [
        "end-stage COPD",
        "Lewy body dementia",
        "moderate Alzheimer's dementia",
        "metastatic pancreatic cancer",
        "end-stage heart failure",
        "glioblastoma",
        "failure to thrive",
        "Parkinson's with dementia",
        "stage 4 lung cancer",
        "end-stage liver disease",
        "vascular dementia",
        "a hip fracture she never recovered from",
        "a stage 4 sacral wound",
        "kidney failure, stopping dialysis",
        "advanced frontotemporal dementia",
    ],
    # Genetic test findings.
    "gene20": [
        "a pathogenic BRCA2 variant",
        "a pathogenic BRCA1 variant",
        "Lynch syndrome (MLH1)",
        "a PALB2 variant",
        "one copy of a CFTR mutation (carrier)",
        "Factor V Leiden, one copy",
        "HFE C282Y, two copies",
        "a 22q11.2 deletion",
        "a variant of uncertain significance in ATM",
        "a high risk for trisomy 21 on cell-free DNA",
        "a fragile X premutation (FMR1)",
        "familial hypercholesterolemia (LDLR)",
        "hereditary ATTR amyloidosis (V122I)",
        "a TP53 variant (Li-Fraumeni)",
        "SMA carrier status",
        "a balanced translocation",
        "a Huntington's expansion of 42 CAG repeats",
    ],
    # Psychiatric medications.
    "rx20": [
        "lithium 300 mg twice a day",
        "Invega Sustenna 156 mg monthly",
        "Abilify Maintena",
        "clozapine 200 mg",
        "Rexulti 1 mg",
        "Vraylar 3 mg",
        "prazosin 2 mg at bedtime",
        "hydroxyzine 25 mg as needed",
        "Strattera 40 mg",
        "guanfacine ER 2 mg",
        "Focalin XR 15 mg",
        "Trintellix 10 mg",
        "Auvelity",
        "Spravato",
        "olanzapine 10 mg",
        "Caplyta 42 mg",
        "quetiapine 300 mg",
        "Klonopin 1 mg",
        "fluvoxamine 100 mg",
        "Pristiq 50 mg",
        "Zurzuvae",
        "lamotrigine 200 mg",
        "Cobenfy",
        "Haldol decanoate 100 mg monthly",
        "Zyprexa 5 mg",
    ],
    # Medications for substance use treatment.
    "mat20": [
        "Sublocade 300 mg monthly",
        "Sublocade 100 mg",
        "buprenorphine-naloxone 8/2 mg film twice daily",
        "Zubsolv 11.4/2.9 mg",
        "Brixadi 24 mg weekly",
        "methadone 60 mg",
        "methadone 95 mg",
        "methadone 120 mg split dose",
        "naltrexone 50 mg daily",
        "Vivitrol 380 mg IM",
        "disulfiram 250 mg",
        "acamprosate 666 mg three times a day",
        "buprenorphine 8 mg tablets (mono product)",
        "lofexidine for withdrawal",
        "Suboxone 12/3 films",
    ],
    # HIV, PrEP and sexual health medications.
    "hiv20": [
        "Descovy for PrEP",
        "Truvada",
        "Apretude every 2 months",
        "Cabenuva monthly",
        "Dovato",
        "Genvoya",
        "Symtuza",
        "Triumeq",
        "doxy-PEP",
        "Bicillin L-A 2.4 million units",
        "valacyclovir 500 mg daily",
        "Sunlenca",
        "Juluca",
        "PEP (Truvada plus Isentress)",
        "ceftriaxone 500 mg IM",
    ],
    # Fertility, pregnancy and contraception medications.
    "repro20": [
        "letrozole 5 mg on days 3-7",
        "Menopur 150 IU",
        "Gonal-f 225 IU",
        "the Ovidrel trigger",
        "Lupron 10 units",
        "Cetrotide",
        "progesterone in oil 1 mL nightly",
        "Crinone gel",
        "estradiol patches",
        "Clomid 50 mg",
        "Diclegis",
        "the Depo shot",
        "Slynd",
        "misoprostol 800 mcg",
        "baby aspirin 81 mg",
        "RhoGAM",
        "prenatal vitamins with DHA",
        "Lovenox 40 mg",
    ],
    # Children's medications carried to school, camp or daycare.
    "peds20": [
        "EpiPen Jr 0.15 mg",
        "Auvi-Q 0.1 mg",
        "Valtoco 10 mg nasal spray",
        "Nayzilam",
        "Diastat rectal gel 10 mg",
        "albuterol inhaler with spacer",
        "Flovent HFA 44 mcg",
        "QuilliChew ER 20 mg",
        "guanfacine ER 1 mg",
        "insulin through his Omnipod",
        "Baqsimi nasal glucagon",
        "cetirizine 5 mg",
        "Onfi 10 mg",
        "Epidiolex",
        "Miralax every morning",
        "Benadryl for hives",
    ],
    # Hospice and comfort-care medications.
    "comfort20": [
        "morphine concentrate 5 mg under the tongue",
        "lorazepam 0.5 mg for anxiety",
        "haloperidol for agitation",
        "a scopolamine patch for secretions",
        "oxygen at 2 liters",
        "senna and Miralax",
        "Roxanol every 2 hours as needed",
        "a fentanyl patch 25 mcg",
        "glycopyrrolate",
        "Namenda",
        "Aricept 10 mg",
        "Seroquel 25 mg at bedtime",
        "hydromorphone as needed",
        "dexamethasone 4 mg",
        "Megace for appetite",
    ],
    "proc20": [
        "egg retrieval",
        "frozen embryo transfer",
        "IUI",
        "hysterosalpingogram",
        "saline sonogram",
        "egg freezing cycle",
        "suction D&C after a missed miscarriage",
        "amniocentesis",
        "CVS",
        "cervical cerclage",
        "Nexplanon insertion",
        "IUD removal and reinsertion",
        "Spravato session",
        "ketamine infusion",
        "inpatient detox",
        "28-day residential stay",
        "partial hospitalization program",
        "intensive outpatient program",
        "neuropsychological testing",
        "G-tube change",
        "VNS battery replacement",
        "suprapubic catheter change",
        "testicular sperm extraction (TESE)",
        "medication abortion",
    ],
    "test20": [
        "HIV viral load",
        "CD4 count",
        "RPR with reflex titer",
        "HIV-1/2 antigen/antibody test",
        "3-site gonorrhea/chlamydia swabs",
        "hep C RNA",
        "EtG urine test",
        "urine fentanyl screen",
        "oral fluid drug test",
        "BRCA1/2 sequencing",
        "hereditary cancer panel",
        "whole exome sequencing",
        "chromosomal microarray",
        "expanded carrier screening",
        "NIPT (cell-free DNA)",
        "AMH level",
        "day 3 FSH and estradiol",
        "semen analysis",
        "serial hCG",
        "20-week anatomy scan",
        "1-hour glucose challenge",
        "PHQ-9",
        "Columbia suicide screen",
        "clozapine ANC",
        "video EEG",
    ],
    # Symptoms in the words families and clients use.
    "sym20": [
        "his moods going up and down again",
        "not sleeping and talking a mile a minute",
        "cravings every night",
        "seeing shadows that aren't there",
        "cutting again",
        "barely eating",
        "spotting and cramping",
        "throwing up all day, can't keep water down",
        "staring off and not answering",
        "hives around the mouth after lunch",
        "getting mixed up in the evenings",
        "not getting out of bed",
        "panic attacks on the bus",
        "nightmares about the accident",
        "wandering the halls at night",
        "soaking a pad every hour",
        "sores down there",
        "shakes and sweats every morning",
        "talking about not wanting to be here",
        "picking at the skin until it bleeds",
        "rages over little things",
        "wetting the bed again",
    ],
    # Lay ways of naming ongoing sensitive care.
    "care20": [
        "the clinic on 5th for the shot every month",
        "the methadone clinic on Route 9 every morning",
        "the counselor at the teen clinic",
        "meetings and the IOP three nights a week",
        "the HIV doctor at the county clinic",
        "the fertility place downtown",
        "the psychiatrist for the mood pills",
        "the program over on Alameda",
        "the women's clinic for the birth control shot",
        "group on Tuesdays and a sponsor",
        "the memory doctor at the university",
        "the Suboxone doctor by the mall",
        "the wound nurse twice a week",
        "the PrEP clinic for refills",
        "the eating disorder program in the city",
    ],
    "boy20": [
        "Diego",
        "Mateo",
        "Liam",
        "Jayden",
        "Elijah",
        "Malik",
        "Noah",
        "Santiago",
        "Arjun",
        "Kai",
        "Ethan",
        "Tobias",
        "DeShawn",
        "Yusuf",
        "Luca",
        "Emmanuel",
    ],
    "girl20": [
        "Sofía",
        "Aaliyah",
        "Amara",
        "Priya",
        "Zoe",
        "Isabella",
        "Hannah",
        "Camila",
        "Ximena",
        "Maya",
        "Leila",
        "Nevaeh",
        "Guadalupe",
        "Mei",
        "Abigail",
        "Fatima",
    ],
    "initials20": [
        "J.M.",
        "R.T.",
        "A.K.",
        "D.L.",
        "S.B.",
        "M.R.-G.",
        "T.W.",
        "C.O.",
        "L.P.",
        "K.N.",
        "E.V.",
        "B.H.",
        "N.A.",
        "G.F.",
        "P.D.",
    ],
    "school20": [
        "Roosevelt Elementary",
        "Lincoln Middle School",
        "Cesar Chavez Elementary",
        "Oak Hill Montessori",
        "Little Sprouts Daycare",
        "Riverside High School",
        "St. Brigid's School",
        "Camp Wildwood",
        "Harbor View Academy",
        "Sunshine Kids Child Care",
        "Eastside Charter School",
        "Maple Leaf Preschool",
        "Jefferson K-8",
        "Pine Lake Day Camp",
        "Westview Middle School",
    ],
    "facility20": [
        "Maple Grove Care Center",
        "Sunrise Terrace Assisted Living",
        "Willow Creek Rehabilitation",
        "St. Anne's Memory Care",
        "Golden Oaks Nursing Home",
        "Harborview Skilled Nursing",
        "Cedar Ridge Senior Living",
        "Evergreen Hospice House",
        "Lakeside Manor",
        "The Pines at Ashford",
        "Valley View Health and Rehab",
        "Rosewood Gardens",
        "Heritage House",
        "Mountain Laurel Hospice",
        "Bayside Post-Acute",
    ],
    "prog20": [
        "New Horizons Recovery Center",
        "Bridgeway Treatment Services",
        "Serenity House",
        "First Step Women's Program",
        "Harbor Light Detox",
        "Pathways IOP",
        "Second Chance Sober Living",
        "Crossroads OTP",
        "Clearwater Recovery",
        "Hope Street Residential",
        "The Anchor House",
        "Phoenix Rising Program",
        "Journey Home Sober Living",
        "Riverbend Counseling",
        "Turning Point MAT Clinic",
    ],
}


FRESH20_PHI: list[dict] = [
    {
        "subject": "Referral for med eval - warm handoff",
        "body": (
            "Dr. {provider_last},\n\n"
            "Thanks for agreeing to see {name} (DOB {dob}) for a medication evaluation. I "
            "have been seeing them weekly since {date2} for {dx20}. Over the last month: "
            "{sym20}, and the PHQ-9 went from 14 to 21. No current plan or intent; we updated "
            "the safety plan last session and the partner has locked up the guns.\n\n"
            "Past trials per client: {rx20} (stopped, said it made them feel flat). Prefers "
            "telehealth. Best number is {phone}, OK to leave a message.\n\n"
            "The release for you is signed and in the chart.\n\n"
            "{name2}, LMFT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Safety plan - {first} {last}",
        "body": (
            "MY SAFETY PLAN\n"
            "Name: {name}    Client ID: {mrn2}    Date: {date}\n\n"
            "1. My warning signs: {sym20}; staying in my room; giving my stuff away\n"
            "2. Things I can do on my own: shower, music, walk the dog around the block\n"
            "3. Places that help: my aunt's house, the library\n"
            "4. People I can ask for help: {name2} ({phone})\n"
            "5. Professionals: {provider}, therapist; 988 (call or text)\n"
            "6. Making my space safer: Mom keeps my {rx20} and gives me one dose at night\n\n"
            "Reviewed with client and parent today. Original to be scanned to the chart.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Thurs Seeking Safety group - attendance + notes",
        "body": (
            "Group: Seeking Safety (trauma + substance use), 6:00-7:30 pm, room 3\n"
            "Facilitator: {provider_first}\n\n"
            "Present: {name}, {intl_name}, {initials20}, {name3}\n"
            "Absent: {name2} - texted at 5:50 that she was 'not doing good' and used over the "
            "weekend. Can someone call her tomorrow?\n\n"
            "Topic: asking for help. {first} shared about {sym20}; group was supportive.\n"
            "Next week: setting boundaries.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "bed for a guy finishing residential",
        "body": (
            "Hey {provider_first},\n\n"
            "Do you have a bed opening up at the men's house? I've got {name} finishing his 28 "
            "days at {prog20} on {date}. {sud20}, a couple of prior tries, but he's done really "
            "well here and he's on {mat20} now, so he needs to keep his appointments at the "
            "MAT clinic. Has a part-time job lined up at a warehouse. Can pay the first week.\n"
            "\nHis cell: {phone}\n\n"
            "Thanks man,\n{name2}\nDischarge planner\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Treatment compliance - {last}, {first} (drug court)",
        "body": (
            "Judge's chambers / Drug Court coordinator:\n\n"
            "Per the participant's signed consent, our monthly report for {name}:\n"
            "- IOP attendance: 9 of 12 sessions (3 excused, work)\n"
            "- Observed UDS on {date}: positive for fentanyl; {date2}: negative\n"
            "- Medication: {mat20}, dosing as scheduled\n"
            "- Counselor recommends continuing at the current phase.\n\n"
            "{provider}, LADC\n{prog20}\n\n"
            "This information has been disclosed to you from records protected by federal "
            "confidentiality rules (42 CFR part 2).\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Guest dosing request",
        "body": (
            "Hello,\n\n"
            "We are requesting courtesy dosing at your program for our patient {intl_name}, "
            "DOB {dob}, who is visiting family in your area from {date} to {date2}.\n\n"
            "Current dose: methadone 85 mg\nLast dose here: {date}, observed\nTake-homes: none "
            "(phase 1)\nLast UDS: negative for all but prescribed meds\n\n"
            "Please fax your acceptance and the patient can bring photo ID. Our nurse line is "
            "{phone}.\n\n"
            "Dosing nurse, {prog20}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "call back pls",
        "body": (
            "{first} {last} called, says the pharmacy won't fill her Suboxone early and she "
            "lost the last script (purse stolen, she has a police report). She's out "
            "tomorrow. I told her we'd call back before 4. {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "I don't know who else to ask",
        "body": (
            "Hi,\n\n"
            "I'm writing about my daughter {girl20}, she is 19 and she was doing so good. She "
            "goes to {care20} and she was clean since March. But she's been using again, I "
            "found the foil in her car and I've noticed {sym20}. She won't talk to me. She signed "
            "the paper so you can talk to me, her counselor is {provider_first}.\n\n"
            "Can somebody call me? I'm scared.\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your PrEP labs",
        "body": (
            "Hi {first},\n\n"
            "Your 3-month labs from {date} look good: HIV test negative, kidney function "
            "normal, and your STI swabs were negative. We sent 90 days of Descovy to the "
            "pharmacy on file. Next visit is due around {date2}.\n\n"
            "Reply here or text {phone} if anything changes.\n\n"
            "{provider_first}, PrEP navigator\n"
            "Patient: {name} | DOB {dob}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Letter for housing application",
        "body": (
            "To the Housing Authority:\n\n"
            "{name}, date of birth {dob}, has been enrolled in our Ryan White case management "
            "program since {year}. {first} lives with HIV and is engaged in care at our "
            "clinic, taking {hiv20}. Stable housing is essential for keeping medical "
            "appointments and storing medication safely. We support the application for a "
            "HOPWA unit.\n\n"
            "Sincerely,\n{provider}, Medical Case Manager\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field record {ref}",
        "body": (
            "PARTNER SERVICES - CONTACT\n"
            "Name: {name}\nDOB: {dob}\nPhone: {phone}\nAddress: {address}\n"
            "Exposure: named partner of an index case with {sex20}, last contact about {date}\n"
            "Disposition: notified in person {date2}, tested and treated same day with "
            "{hiv20}\n"
            "DIS: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sus resultados / Your results",
        "body": (
            "Hola {first}:\n\n"
            "Le escribimos de la clínica de salud sexual. Ya tenemos sus resultados del "
            "{date}: la prueba de VIH salió negativa, pero la prueba de sífilis salió "
            "positiva. Necesita venir para el tratamiento; es una inyección y no tiene costo. "
            "Atendemos martes y jueves de 1 a 6.\n\n"
            "Si tiene preguntas, llame al {phone} y pregunte por {provider_first}. "
            "Expediente: {mrn2}\n\n"
            "Este mensaje es confidencial. / This message is confidential.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Trigger tonight!",
        "body": (
            "Hi {first},\n\n"
            "Great news, your follicles look ready. Please take your Ovidrel trigger TONIGHT "
            "at exactly 9:30 pm (set two alarms). Stop all other injections.\n\n"
            "Your egg retrieval is {date} - arrive 6:30 am, nothing to eat or drink after "
            "midnight, and bring your partner or a driver. Your partner's sample should be "
            "collected at home the same morning.\n\n"
            "Call the nurse line at {phone} with questions.\n"
            "{provider_first}, RN, IVF coordinator\nPatient: {name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Embryo report for {name}",
        "body": (
            "Day 5 update: 11 eggs retrieved, 8 mature, 6 fertilized, 3 blastocysts frozen "
            "today (4AA, 4AB, 5BB). Biopsies sent for PGT-A, results in about 2 weeks. Dr. "
            "{provider_last} will call to go over the transfer plan.\n\nEmbryology lab\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} - hCG follow-up after loss",
        "body": (
            "Spoke with her this afternoon. hCG trending down appropriately ({date}: 1,240; "
            "today: 310). Bleeding lighter. Very tearful; offered the grief counselor and "
            "she accepted. Repeat level in one week until negative. Rh negative, got "
            "RhoGAM in the ED.\n{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your visit today - 28 weeks",
        "body": (
            "Dear {name},\n\n"
            "Thank you for coming in today. Baby's heartbeat was 144 and growth is on track. "
            "Your 1-hour glucose test came back a little high, so we'd like you to do the "
            "3-hour test next week. You also got your Tdap today. Because of your history of "
            "{ob20}, we'll keep seeing you every 2 weeks.\n\n"
            "Next appointment: {date2} at {time}.\n\n"
            "Call Labor and Delivery at {phone} if you have bleeding, leaking fluid, or the "
            "baby is moving less.\n\n{provider}, CNM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Time for your next shot",
        "body": (
            "Hi {first}, this is {clinic}. Your next Depo-Provera shot is due between {date} "
            "and {date2}. Book online or call {phone}. If you're past the window we'll need a "
            "pregnancy test before the shot. Reply STOP to opt out.\n"
            "Patient: {name}, DOB {dob}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your genetic test results",
        "body": (
            "Dear {name},\n\n"
            "Thank you for meeting with me on {date}. As we discussed by phone, your "
            "genetic test found {gene20}. This result does not mean you have a disease today, but "
            "it changes the screening we recommend, and your brothers, sisters and children "
            "may want to be tested too. I have enclosed a family letter you can share.\n\n"
            "Please call me at {phone} to set up your follow-up visit.\n\n"
            "Warm regards,\n{provider}, MS, CGC\nCancer Genetics Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Information from your sister's genetic testing",
        "body": (
            "Dear {first},\n\n"
            "Your sister, {name2}, asked us to share that her genetic test showed "
            "{gene20}. Close relatives each have a 50% chance of having the same change. "
            "Testing for you would only look for this one variant and is often covered or "
            "free for family members within 90 days.\n\n"
            "Her lab report (DOB {dob}, accession {ref}) is enclosed for your doctor.\n\n"
            "{provider}, genetic counselor, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Seizure action plan - {boy20} {last}",
        "body": (
            "Student: {boy20} {last}    Grade: 3    DOB: {dob}\n"
            "School: {school20}\n"
            "Diagnosis: childhood absence epilepsy\n"
            "Typical seizure: stares and does not answer, lips smack, 10-30 seconds\n"
            "If a seizure lasts 5 minutes or more: give Valtoco 10 mg nasal spray, call 911, "
            "then call parent\n"
            "Daily medication (given at home): Depakote sprinkles\n"
            "Parent/guardian: {name2}, {phone}\n"
            "Neurologist: Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Allergy plan for this year",
        "body": (
            "Hi Nurse {provider_last},\n\n"
            "Attached is {girl20}'s allergy action plan signed by her doctor. She's in Ms. "
            "Ortega's 2nd grade class at {school20}. She has a severe peanut and tree nut "
            "allergy and had to get the shot once last year at a birthday party. She carries "
            "an EpiPen Jr in the front pocket of her backpack and there's a second one for "
            "your office in the bag I dropped off.\n"
            "\nShe's allowed to eat the cafeteria lunch but please sit her at the nut-free "
            "table.\n\nThank you!\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camper health form - cabin 6",
        "body": (
            "CAMPER HEALTH FORM ({school20})\n"
            "Camper: {name}    Age: 11    DOB: {dob}\n"
            "Session: 2 ({date} - {date2})\n"
            "Conditions: {ped20}\n"
            "Medications to be given by camp nurse: {peds20}\n"
            "Bedwetting: yes, please be discreet, pull-ups in the blue bag\n"
            "Parent emergency contact: {name2}, {phone}\n"
            "Insurance: {company}, member {member}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{boy20} today",
        "body": (
            "Hi {name2},\n\n"
            "Just letting you know {boy20} had one of his staring spells during circle time "
            "around 10:15, about 20 seconds. We followed his seizure plan, timed it, and he "
            "was back to himself right after and ate all his lunch. I wrote it in his log. "
            "Miss {provider_first} will show you when you pick up.\n\n"
            "{school20}, Toddler room 2\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Update on your mom",
        "body": (
            "Hi {first},\n\n"
            "I saw your mother, {intl_name}, this morning. She slept most of the visit and is "
            "taking only sips now. Her breathing has changed a bit, with longer pauses, which "
            "is common at this stage of {eol20}. She looked comfortable after the "
            "{comfort20}. The aide will come daily now instead of 3x a week.\n\n"
            "If you want to call family in, this week would be a good time. I'm on until 5, "
            "and the after-hours line is {phone}.\n\n"
            "{provider_first}, RN Case Manager\nHospice of the Valley\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident notification - {facility20}",
        "body": (
            "Dear {name2},\n\n"
            "This is to let you know that your father, {name}, had an unwitnessed fall in his "
            "room at about 2:40 am on {date}. He was found sitting on the floor by the bed. "
            "The nurse assessed him; he has a small skin tear on his left forearm and no other "
            "injuries. Because he is on a blood thinner and has {eol20}, Dr. {provider_last} "
            "ordered neuro checks for 72 hours and a bed alarm.\n\n"
            "Please call me at {phone} with any questions.\n\n"
            "{provider}, Director of Nursing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice admit {last}, {first} - {eol20}",
        "body": (
            "Admitted to routine home care today. DNR signed, POLST on fridge. Comfort kit "
            "delivered. Daughter is primary caregiver.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Cita de mi mamá / my mom's appointment",
        "body": (
            "Buenas tardes,\n\n"
            "Le escribo por mi mamá, {intl_name} (fecha de nacimiento {dob}). Tiene cita con "
            "la doctora {provider_last} el {date}, pero ya se le acabaron las pastillas para "
            "los nervios, el {rx20}. Desde el domingo no duerme y llora mucho. ¿Se las pueden "
            "mandar a la farmacia de siempre?\n\n"
            "Ella no habla inglés, por favor llámenme a mí al {phone}.\n\n"
            "Sorry for my English, I can translate for her at the appointment.\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notícias da sua mãe / news about your mother",
        "body": (
            "Boa tarde, {first}.\n\n"
            "Aqui é a enfermeira {provider_first}, da {facility20}. Sua mãe, dona "
            "{intl_name}, teve febre ontem à noite (38,4) e ficou mais confusa. O médico "
            "pediu exame de urina e começamos antibiótico hoje. Ela está comendo bem e "
            "perguntou por você.\n\n"
            "(English) Your mother had a fever last night and was more confused; we started "
            "an antibiotic for a likely urine infection. She is eating well.\n\n"
            "Qualquer dúvida, ligue {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Client {mrn2} - positive UA",
        "body": (
            "Fentanyl and norfentanyl on today's observed collection. Client denies. Staffing "
            "at 2 to decide on level of care.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "my husband's medicine",
        "body": (
            "Dr. {provider_last},\n\n"
            "My husband {name} ran out of his meds for his moods ({rx20}) on Friday and the "
            "pharmacy says they need a new prescription from you. Since then: {sym20}. "
            "I'm worried it's starting again like last spring when he ended up in "
            "the hospital.\n\n"
            "He would never email you himself. Please help.\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly check-in (with release)",
        "body": (
            "Hi Ms. {provider_last},\n\n"
            "As agreed with {first}'s parents, here is this week's update for the school team. "
            "{name} was weighed blind on Monday: down 0.6 kg, so the meal plan goes up by one "
            "snack. Please make sure an adult sits with her at lunch and that she skips PE "
            "until cleared. Treatment focus remains restrictive eating and body image.\n\n"
            "{provider}, RD\nAdolescent Eating Disorder Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Session note {date}",
        "body": (
            "Client: {boy20} {last}    DOB: {dob}\n"
            "Service: ABA direct therapy, 3 hrs, home\n"
            "Dx: autism spectrum disorder\n"
            "Targets: requesting with 2-word phrases (80%), tolerating haircut sounds (5 min), "
            "toilet training (2 of 4 successes)\n"
            "Behavior: 3 episodes of head banging when the tablet was removed, all under 1 min\n"
            "RBT: {provider}    BCBA review: {date2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concurrent review - continued stay request",
        "body": (
            "Member: {name}\n"
            "Member ID: {member}\n"
            "DOB: {dob}\n"
            "Level of care: ASAM 3.7, day 9 of residential treatment\n"
            "Diagnosis: {icd}, {sud20}\n"
            "Clinical: {sym20}; cravings 7/10, one AMA threat on day 6. Started "
            "{mat20}. Home environment unsafe (partner actively using).\n"
            "Requesting: 7 additional days\n\n"
            "UR coordinator, {prog20}, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Payment received - thank you",
        "body": (
            "Dear {name},\n\n"
            "We received your payment of {amount} for your {proc20}, charged to card "
            "{card}. Your remaining balance for the package is {amount2}. Your financial "
            "counselor is {provider_first}, {phone}.\n\n"
            "Billing Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Hospice election - {name} MBI {mbi}",
        "body": (
            "Election statement signed by the daughter (POA) today. Effective {date}. Please "
            "submit the NOE within 5 days.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "SSI application packet",
        "body": (
            "Hi {provider_first},\n\n"
            "Here's what the benefits specialist needs for the SSI application:\n\n"
            "Client: {name}\nSSN: {ssn}\nDOB: {dob}\nAddress: shelter, {address}\n"
            "Primary impairment: {dx20}, 3 psychiatric admissions in 2 years\n"
            "Treating psychiatrist: Dr. {provider}\n\n"
            "Medical records release is signed. Can you pull the discharge summaries?\n\n"
            "{name2}, SOAR case manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Statement from {company} Genetics",
        "body": (
            "Patient: {name}\n"
            "Test: {test20}\n"
            "Date of service: {date}\n"
            "Diagnosis code: {icd}\n"
            "Billed to insurance: {amount}\n"
            "Your responsibility after insurance: {amount2}\n\n"
            "Financial assistance is available. Call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{first} {last} relapsed - needs higher level of care",
        "body": "Can we staff this at 2? Family is on board with residential.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {name} PrEP start",
        "body": ("Baseline labs drawn, Rx sent. Told him to use condoms for the first 7 days.\n"),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{boy20} {last} ({dob}) - inhaler at school",
        "body": (
            "Signed med authorization is attached. Please keep a spare in the health office "
            "and let him carry the other one for PE.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pregnancy test positive - {name}",
        "body": "She wants to talk about options. Please schedule with a counselor this week.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: can't make it thursday",
        "body": (
            "Hi {first},\n\n"
            "Thank you for telling me, that took courage. Let's not wait until next week - I "
            "have a telehealth slot tomorrow at {time}. I'll send the link. If tonight gets "
            "too hard, call or text 988.\n\n"
            "{provider_first}\n\n"
            "-----Original Message-----\n"
            "From: {name} <{email}>\n"
            "Sent: {date}\n"
            "Subject: can't make it thursday\n\n"
            "I need to cancel thursday. Honestly I had a bad week, I've been drinking again "
            "since the funeral and I didn't want to come in and have you see me like this.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident at the Elm St house",
        "body": (
            "Incident report - {date}, approx 11:45 pm\n\n"
            "Resident {first} {last} was found unresponsive in the downstairs bathroom by his "
            "roommate. House manager gave Narcan x2, he came around after the second dose. "
            "EMS took him to County. Paraphernalia found and bagged. Per house rules he can't "
            "return until he's been assessed by {prog20}.\n\n"
            "Emergency contact (mother) notified at {phone}.\n\n"
            "{name2}, house manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IOP roster {date}",
        "body": (
            "Evening IOP, week 6\n\n"
            "{name} - phase 2 - UA clean - on {mat20}\n"
            "{intl_name} - phase 1 - missed Mon, excused (court)\n"
            "{initials20} (DOB {dob}) - NEW INTAKE, {sud20}\n"
            "{name3} - step-down to OP next week\n\n"
            "Groups this week: relapse prevention, family night Wed.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: FMLA certification",
        "body": (
            "Forwarding for the employee file; the original was faxed to the benefits vendor.\n"
            "\n---------- Forwarded message ---------\n"
            "From: {clinic} Fertility\n"
            "Date: {date}\n\n"
            "Employee/patient: {name}\n"
            "Condition: {ob20}, undergoing IVF\n"
            "Expected absences: egg retrieval on or about {date2} (1-2 days), plus monitoring "
            "visits 3-4 mornings per cycle\n"
            "Certifying provider: Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recordatorio: su ultrasonido",
        "body": (
            "Sra. {intl_name}:\n\n"
            "Le recordamos su ultrasonido de las 20 semanas el {date} a las {time}, en el "
            "segundo piso. Fecha de nacimiento en su expediente: {dob}.\n\n"
            "Como tuvo diabetes en el embarazo anterior, ese mismo día le haremos la prueba "
            "de glucosa; no coma nada después de medianoche.\n\n"
            "Si necesita intérprete o quiere cambiar la cita, llame al {phone}.\n"
            "Clínica Prenatal\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Inhalateur de mon fils / my son's inhaler",
        "body": (
            "Bonjour Madame {provider_last},\n\n"
            "Mon fils {boy20} {last} est en 4e année (4th grade). Il a de l'asthme et il doit "
            "prendre deux bouffées de son inhalateur avant le sport. Je vous envoie le "
            "formulaire signé par son médecin. Il a eu une crise la semaine dernière et il "
            "est allé aux urgences.\n\n"
            "Sorry, my English is not good. My phone: {phone}\n\n"
            "Merci beaucoup,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OTP bundle claims - MBI corrections",
        "body": (
            "Two opioid treatment program weekly bundles (G2067) were rejected. Corrected:\n\n"
            "{name}, MBI {mbi}, weeks of {date} and {date2}, methadone\n\n"
            "Please resubmit today; timely filing ends this month.\n"
            "Billing, {prog20}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Action needed: confirm your delivery",
        "body": (
            "Hi {first},\n\n"
            "This is {company} Specialty Pharmacy. Your order for {repro20} is ready to ship "
            "for delivery on {date}. Some items need to stay cold, so someone must be home to "
            "sign. Reply YES to confirm, or call {phone} to change the date.\n\n"
            "Order for: {name}, DOB {dob}\n"
            "Prescriber: Dr. {provider}\n"
            "Copay: {amount2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter needed in L&D triage",
        "body": (
            "Need a Mam (Mayan language) interpreter, video is fine if no one can come in. "
            "Patient {intl_name}, {age}, about 34 weeks, came in with contractions and "
            "some bleeding. Husband speaks some Spanish but we shouldn't use him for the consent. "
            "Room 4. Call back ext {ext}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH20_NEG: list[dict] = [
    {
        "subject": "Family-to-Family class starts next month",
        "body": (
            "Do you have a loved one living with a mental health condition? Our free 8-week "
            "class for family members covers {dx20}, depression, and psychosis: what helps, "
            "what to say in a crisis, and how to take care of yourself.\n\n"
            "Tuesdays, 6:30-9 pm, starting {date}, at the library community room.\n"
            "Teachers: {name} and {name2} (both family members, trained volunteers)\n"
            "Register: {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Walk for Recovery - join Team Hope!",
        "body": (
            "September is National Recovery Month. Join us for the 5K Walk for Recovery on "
            "{date}. Every registration funds naloxone kits and peer coaching. Bring your "
            "family, your dog, and your purple shirt.\n\n"
            "Team captain: {name}\nRegister: https://walk.example/{code}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Curbside: bup dosing in the 3rd trimester",
        "body": (
            "Quick question for the group. 30s F, G3P2 at 33 weeks, on buprenorphine 16 mg "
            "daily, cravings and withdrawal symptoms in the evening. OB asked about splitting "
            "to three times a day. Anyone have experience going above 24 mg in late pregnancy, "
            "and does it change NOWS risk enough to matter?\n\n"
            "No identifiers, just looking for practice patterns.\n{provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Genetics case conference - agenda",
        "body": (
            "Cases (de-identified):\n"
            "1. A woman in her 40s with {gene20}; family history of ovarian cancer in two "
            "aunts. Discussion: risk-reducing surgery timing.\n"
            "2. A couple with a prior pregnancy loss; carrier screening showed a shared SMA "
            "carrier status. Discussion: PGT-M.\n"
            "3. An adolescent with a VUS; should we re-contact as classification changes?\n\n"
            "Presenters: {name}, MS, CGC; {provider}, MD\nThursday {date}, noon, room 2B\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Psychiatry on-call schedule, week of {date}",
        "body": (
            "Mon/Tue: Dr. {provider}\n"
            "Wed: {name}, PMHNP\n"
            "Thu/Fri: {name2}, MD\n"
            "Weekend: {name3}, MD (backup: Dr. {provider_last})\n\n"
            "Crisis team pager is unchanged. Swaps go through the coordinator at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Naloxone training for all staff",
        "body": (
            "All staff, including front desk and custodial, must complete naloxone training by "
            "{date}. Sessions are 30 minutes and cover recognizing an overdose, giving Narcan "
            "nasal spray, rescue breathing, and what to do after EMS arrives.\n\n"
            "Trainer: {name}, RN, Harm Reduction Coordinator\n"
            "Sign up: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Year 2 progress report - State Opioid Response grant",
        "body": (
            "Summary for the reporting period:\n"
            "- Unduplicated clients served: 412 (goal 350)\n"
            "- Started on buprenorphine in the ED bridge program: 137\n"
            "- Retained in treatment at 90 days: 61%\n"
            "- Naloxone kits distributed: 2,940; reported overdose reversals: 88\n"
            "- Peer recovery coaches hired: 6\n\n"
            "Prepared by {name}, grants manager. Questions to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Head lice in second grade",
        "body": (
            "Dear families,\n\n"
            "A case of head lice has been reported in a second grade classroom at "
            "{school20}. Lice are common, do not spread disease, and are not a sign of poor "
            "hygiene. Please check your child's hair this weekend, especially behind the ears "
            "and at the back of the neck. If you find lice, treat before your child returns "
            "and let the health office know.\n\n"
            "{name}, RN, School Nurse\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu in our school - please keep sick kids home",
        "body": (
            "More than 10% of students at {school20} were absent yesterday, most with fever, "
            "cough and sore throat. The county health department has been notified. Please "
            "keep your child home until they are fever-free for 24 hours without Tylenol or "
            "Motrin. Free flu shots are available at the county clinic on Saturdays.\n\n"
            "Estimadas familias: si su hijo tiene fiebre, por favor no lo mande a la escuela.\n"
            "\nPrincipal {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: bilingual outpatient therapist (Spanish/English)",
        "body": (
            "Our community clinic is hiring a licensed therapist (LCSW, LMFT or LPC) fluent in "
            "Spanish to provide individual and group therapy to adults with trauma, "
            "{dx20}, and co-occurring substance use. Loan repayment eligible. Clinical "
            "supervisor: {name}. Apply by {date}; req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Peer recovery specialist - job posting",
        "body": (
            "{prog20} is hiring a full-time certified peer recovery specialist to work in the "
            "ED and follow people into treatment. Lived experience of recovery is required; "
            "state certification within 6 months of hire. Pay {amount2}/hour. Contact {name}, "
            "program director, at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "11th Hour volunteer sign-up - December",
        "body": (
            "Thank you for signing up to sit with patients in their final hours. December "
            "shifts so far:\n\n"
            "Mon evenings: {name}\nWed overnight: {name2}\nSat mornings: {name3}\n"
            "Sun: OPEN - reply to claim it\n\n"
            "Reminder: volunteers must have completed the 16-hour training and TB test. "
            "Volunteer coordinator: {provider}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you for your gift",
        "body": (
            "Dear {name},\n\n"
            "Thank you for your generous gift of {amount} to the Harm Reduction Outreach "
            "Fund. This year the mobile van made 3,100 contacts, handed out clean supplies "
            "and fentanyl test strips, and connected 140 people with treatment.\n\n"
            "Your gift is tax-deductible; no goods or services were provided in exchange.\n\n"
            "With gratitude,\n{provider}\nExecutive Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Question about the lice policy",
        "body": (
            "Hi,\n\n"
            "My daughter {girl20} {last} is in 2nd grade. I saw the letter about lice. Do you "
            "still send kids home if they have nits, or only live lice? We haven't had any "
            "problem, I just want to know the rule before the sleepover this weekend.\n\n"
            "Thanks,\n{name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "The {facility20} Gazette - November",
        "body": (
            "Welcome, staff! Please welcome {name}, our new Activities Director, and {name2}, "
            "RN, who joins the night shift.\n\n"
            "Coming up:\n"
            "- Thanksgiving family dinner on {date} - RSVP at the front desk\n"
            "- Pet therapy with Biscuit every Tuesday\n"
            "- Flu and COVID shot clinic for staff, Friday 7-10 am\n\n"
            "Employee of the month: {name3}, dietary aide, for 10 years of great soup.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated redisclosure notice for outgoing records",
        "body": (
            "Effective {date}, every disclosure of SUD treatment records must carry the "
            "notice below (42 CFR 2.32). Please update your letter templates; the EHR "
            "footer changes automatically.\n\n"
            '"This record which has been disclosed to you is protected by federal '
            "confidentiality rules (42 CFR part 2). These rules prohibit you from using or "
            "disclosing this record, or testimony that describes the information contained "
            "in this record, in any civil, criminal, administrative, or legislative "
            "proceedings by any Federal, State, or local authority, against the patient, "
            'unless authorized by the consent of the patient ..."\n\n'
            "{name}, Privacy Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy: minors consenting to their own care",
        "body": (
            "POLICY BH-14 (revised {date})\n\n"
            "1. In this state, minors 12 and older may consent to outpatient mental health "
            "treatment, STI testing and treatment, and contraceptive services without a "
            "parent.\n"
            "2. Minors 16 and older may consent to outpatient substance use treatment.\n"
            "3. Staff may not notify a parent of these services without the minor's written "
            "consent, except when there is a serious and imminent threat.\n"
            "4. Title X clinics must follow the federal confidentiality requirements.\n\n"
            "Owner: {name}, Compliance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter coverage this week",
        "body": (
            "Spanish: {name} (days), {name2} (evenings)\n"
            "Vietnamese: video only, code {code}\n"
            "Haitian Creole: {name3}, Tue/Thu\n"
            "ASL: book 48 hours ahead through the agency, {phone}\n\n"
            "Reminder: family members and children should not interpret for consents.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vacunas gratis / Free vaccines this Saturday",
        "body": (
            "¡Vacunas gratis para toda la familia! Este sábado {date}, de 9 a 2, en {address}. "
            "Tendremos la vacuna contra la gripe, COVID, y las vacunas que piden las "
            "escuelas. No necesita seguro ni cita. Hablamos español.\n\n"
            "Free vaccines for the whole family this Saturday, no insurance or appointment "
            "needed. Questions: {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "The PrEP clinic is moving",
        "body": (
            "Starting {date}, the sexual health and PrEP clinic moves to the second floor of "
            "the Annex, {address}. Walk-in HIV and STI testing stays the same: Monday, "
            "Wednesday and Friday, 1-6 pm. Same-day PrEP starts are still available.\n\n"
            "{provider}, Clinic Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteers needed: free testing at Pride",
        "body": (
            "We'll run the free HIV, syphilis and hep C testing tent at Pride on {date}. We "
            "need 12 volunteers for 4-hour shifts: greeters, registration, and counselors "
            "certified in rapid testing. Last year we tested 318 people.\n\n"
            "Sign up with {name} at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Our 2025 IVF success rates are in",
        "body": (
            "We're proud to share our latest outcomes, as reported to SART:\n"
            "- Live birth per transfer, under 35: 52%\n"
            "- Live birth per transfer, 35-37: 44%\n"
            "- Single embryo transfers: 94% of cycles\n\n"
            "Join Dr. {provider} for a free online info night on {date}: IVF, egg freezing, "
            "costs and financing options.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club: polygenic risk scores",
        "body": (
            "This month {name} will present the new guideline on polygenic risk scores in "
            "breast cancer screening, and {name2} will review a paper on cascade testing "
            "uptake among relatives of people with {gene20}. Genetic counselors get 1.0 CEU.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grief support for families",
        "body": (
            "Grief does not follow a schedule. Our bereavement program offers a free support "
            "group for anyone who lost a loved one in the past two years, whether or not they "
            "were in hospice care.\n\n"
            "Second and fourth Wednesdays, 6 pm, {facility20} chapel\n"
            "Led by {name}, bereavement coordinator, and {provider}, chaplain\n"
            "Spanish-language group the first Monday of the month.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In the news: talking openly about IVF",
        "body": (
            "Olympic swimmer {name} spoke on a national morning show this week about her "
            "three rounds of IVF and a pregnancy loss, and called on employers to cover "
            "fertility treatment. Several patients have mentioned it; a short statement from "
            "our clinic is on the website.\n\nCommunications\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Book club pick: a novel about addiction",
        "body": (
            "This month's novel follows Danny Reyes, a paramedic who gets hooked on pills "
            "after a back injury, and his sister Lucy, who runs the sober house he ends up in. "
            "Heavy but hopeful. {name} is hosting on {date}; bring a snack.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camp nurse orientation - agenda",
        "body": (
            "Day 1 for health center staff at {school20}:\n"
            "- 9:00 Reading an allergy action plan; EpiPen and Auvi-Q hands-on\n"
            "- 10:30 Seizure first aid and rescue meds (Valtoco, Diastat)\n"
            "- 1:00 Insulin pumps and CGMs at camp\n"
            "- 2:30 Homesickness vs. anxiety: when to call a parent\n"
            "- 3:30 Med pass, locked storage, and the MAR\n\n"
            "Health director: {name}, RN. Questions: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hand, foot and mouth disease in the toddler rooms",
        "body": (
            "Dear families,\n\n"
            "We have had a few cases of hand, foot and mouth disease in our toddler rooms this "
            "week. It usually causes a fever, mouth sores and a rash on the hands and feet. "
            "Children may return when fever-free for 24 hours and able to eat and drink. We "
            "are doing extra cleaning of toys and surfaces.\n\n"
            "{name}, Director, {school20}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medication authorization form (blank)",
        "body": (
            "Attached is the district's medication form for the new year. Parents and "
            "prescribers must both sign.\n\n"
            "Student name: ______________________   Grade: ____   DOB: ___/___/_____\n"
            "Medication: ______________________   Dose: ________   Time: ________\n"
            "Reason for medication: ____________________________________\n"
            "Prescriber signature: ______________________   Phone: ______________\n"
            "Parent/guardian signature: __________________   Date: __________\n\n"
            "Health Services, {school20}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now enrolling: pregnant people on methadone or buprenorphine",
        "body": (
            "We are recruiting pregnant people between 12 and 30 weeks who take methadone or "
            "buprenorphine for a study of split dosing and newborn outcomes. Participants "
            "get $50 per visit. Study coordinator: {name}, {phone}. IRB #{code}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice CAHPS results - Q3",
        "body": (
            "Surveys returned: 214 (response rate 31%)\n"
            "Rating of hospice 9 or 10: 84%\n"
            "Would definitely recommend: 86%\n"
            "Help for pain and symptoms: 76% (below the national average)\n"
            "Emotional and spiritual support: 91%\n\n"
            "{name} will present an action plan for symptom management at the QAPI meeting "
            "on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding refresher: IOP and PHP",
        "body": (
            "Reminder for billers: commercial plans want S9480 for psychiatric IOP per diem "
            "and H0015 for SUD IOP; Medicare PHP goes on the UB-04 with revenue code 0912. "
            "Make sure the attendance log matches the units billed. Questions to {name}, "
            "coding supervisor, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Group therapy video rooms",
        "body": (
            "Request: 4 additional telehealth licences for group rooms (DBT, Seeking Safety, "
            "parenting, grief) so groups can run in parallel on Tuesday evenings. Waiting room "
            "and breakout rooms must stay enabled. Requested by {name}, clinical operations.\n"
            "Status: approved, licences assigned {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Student rotation at the OTP",
        "body": (
            "Hi team,\n\n"
            "{name}, a third-year medical student, will shadow at the opioid treatment program "
            "from {date} to {date2}. She has completed Part 2 confidentiality training and "
            "signed the program's confidentiality agreement. Please introduce her at the "
            "morning huddle.\n\n"
            "{provider}, Medical Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - harm reduction supplies",
        "body": (
            "Naloxone 4 mg nasal spray, 2-pack     x 300\n"
            "Fentanyl test strips, 100-pack        x 20\n"
            "Xylazine test strips, 100-pack        x 10\n"
            "Urine pregnancy tests, 50-pack        x 6\n\n"
            "Total: {amount}\n"
            "Note: the card on file (4539 1488 0343 6468) was declined as invalid; please "
            "update it in the portal or pay by check. PO {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR training environment - test patients",
        "body": (
            "For the new counselor training, use only the test patients in the TRAIN "
            "environment. They all have fake SSNs in the 900 range (for example 900-55-1234 "
            "and 666-01-2468) and the last name ZZTEST. Never practice on real charts.\n\n"
            "{name}, Clinical Informatics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: CE hours for license renewal",
        "body": (
            "Thanks {first}! I still need 3 hours of ethics, so the suicide risk assessment "
            "workshop won't count for that but the telehealth ethics one will.\n\n"
            "{name2}, LCSW\n\n"
            "> From: {name}\n"
            "> Free CEs this spring: Suicide Risk Assessment (6 hrs, {date}), Telehealth "
            "Ethics (3 hrs), Motivational Interviewing (6 hrs). Sign up with HR.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "House rules - please post in the kitchen",
        "body": (
            "1. Curfew 11 pm Sun-Thu, 1 am Fri-Sat for residents past 60 days\n"
            "2. Random UAs at the house manager's discretion\n"
            "3. Five meetings a week, signed slips due Sundays\n"
            "4. All prescribed meds stay in the lock box, including MAT\n"
            "5. Rent due Fridays\n\n"
            "Questions go to {name}, operations director, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "World AIDS Day vigil - program",
        "body": (
            "Candlelight vigil on {date}, 6 pm, in the courtyard.\n"
            "Welcome: {name}, CEO\n"
            "Reading of the names from the community quilt panels\n"
            "Remarks: Dr. {provider}, director of the HIV clinic, on 40 years of care\n"
            "Music: the Gay Men's Chorus\n"
            "Free rapid testing afterwards in the lobby.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grupo de apoyo para familias",
        "body": (
            "¿Tiene un ser querido con problemas de alcohol o drogas? No está solo. Nuestro "
            "grupo de apoyo para familias se reúne los jueves a las 7 pm en {address}. Es "
            "gratis y confidencial.\n\n"
            "Facilitadora: {name}\nInformes: {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Workshop: secondary trauma for helpers",
        "body": (
            "Therapists, case managers and peer staff: {name}, PhD, will lead a half-day "
            "workshop on vicarious trauma and burnout on {date}. Lunch provided. The EAP "
            "coordinator, {name2}, will also explain the confidential counseling sessions "
            "available to all employees.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Warmline volunteer shifts",
        "body": (
            "Our peer-run warmline needs volunteers for evening shifts (5-9 pm). You'll talk "
            "with callers who are lonely or struggling but not in crisis. Training is 20 hours "
            "over two weekends starting {date}.\n\n"
            "Signed up so far: {name}, {name2}, {name3}. Reply to add your name.\n"
            "Coordinator: {provider_first}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "From the health office: forms due Sept 15",
        "body": (
            "Families: if your child has a health condition that needs care at school, "
            "please return the matching plan by September 15:\n"
            "- Allergy action plan (with two auto-injectors)\n"
            "- Asthma action plan and inhaler form\n"
            "- Seizure action plan\n"
            "- Diabetes medical management plan\n"
            "- Medication authorization for any daily medicine\n\n"
            "Forms are on the school website in English, Spanish and Vietnamese.\n"
            "{name}, RN, {school20}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "enrollment question",
        "body": (
            "Hello, my son {boy20} will be 3 in January and we're on your waitlist. Do you "
            "need his shot records before he starts, or can we bring them the first day? "
            "Also, do you provide lunch or do we pack it?\n\nThank you,\n{name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Overdose spike alert - county",
        "body": (
            "Between {date} and {date2}, EMS responded to 23 suspected opioid overdoses in "
            "the downtown area, including 3 deaths. Lab testing of seized samples found "
            "fentanyl mixed with xylazine and medetomidine. Naloxone still works for the "
            "opioid part; wounds from xylazine need early care. Distribute test strips and "
            "naloxone widely.\n\nCounty Public Health\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new embryologist",
        "body": (
            "Please welcome {name}, who joins the IVF lab as senior embryologist. {first} "
            "comes from {company}, where she led the vitrification program, and will also "
            "oversee our egg freezing program.\n\n"
            "Lab director: Dr. {provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

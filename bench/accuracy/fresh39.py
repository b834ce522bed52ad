"""Held-out split "fresh39": templates and public-health vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full) and the module
docstring of bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and
the data format; not its templates), for the placeholder names, the data format, and so as
not to repeat their templates. The file names in bench/accuracy/ were listed once (with the
line counts of generate.py, fresh6.py and fresh7.py). The author did not read gateway/,
policies/, docs/, tests/, README.md, pyproject.toml, bench/accuracy/vocab/ or any other
bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the benchmark or
any test. The only things run were Python's ast module over generate.py (without executing
it) to collect the placeholder names that generate.fill() and generate.fresh_fill() provide,
a short script checking that the card-like numbers written in the negatives fail the Luhn
check, a one-off script (ast) that rewrote this file's first draft from helper calls into the
literal dicts below, an import of this file with a script checking its placeholders, key
sets and labels, and ruff format and ruff check on this file. It is meant to be run once,
as an honest, untuned measurement: do not tune the detector on these templates.

Angle: public health and community health work, much of it in mixed languages. Reportable
disease case reports (confidential morbidity reports, electronic lab reports in ALL CAPS),
case-investigation interview notes, contact tracing and exposure letters, TB contact
investigations, directly observed therapy logs and video-DOT alerts, Class B arrival
notices, immunization-registry printouts, merge requests and HL7 VXU errors, WIC
appointments, SMS threads and breastfeeding peer-counsellor calls, nurse home visiting
(Nurse-Family Partnership), community health workers and promotoras writing in Spanish,
Vietnamese, Haitian Creole, Tagalog/Taglish or English mixed with them, STI partner
notification (DIS field records), lead-screening follow-up and environmental
investigations, perinatal hepatitis B case management, rabies PEP, travel-clinic receipts
and Medicare roster billing. The hard negatives come from the same world: outbreak
situation updates and weekly surveillance tables with aggregate counts, anonymised
dashboards, press releases and public exposure notices without names, vaccine clinic and
health-fair flyers in several languages, grant progress reports, staff trainings, DOT route
and caseload tables with staff names only, registry user accounts and interface alerts,
cold-chain incidents, Board of Health minutes, interpreter rosters, job postings, and
gift-card and eWIC training-card numbers that fail the Luhn check.

This file's own placeholders (FRESH39_VOCAB): {disease39} {sti39} {tbrx39} {igra39}
{vax39} {bll39} {wic39} {symes39} {kid39} {vname39} {hname39} {fname39} {site39}
{county39} for the patient templates (Vietnamese, Haitian and Filipino full names, a child's
first name, reportable diseases, STI exposures, TB regimens and tests, vaccines, blood lead
levels, WIC nutrition risks, symptoms in Spanish, exposure sites and county names), and
{grant39} {training39} for the negatives ({disease39}, {vax39}, {site39} and {county39} also
appear in negatives, where no patient is named). Other placeholders come from
generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname, including "doña", "bà" or "chị"; first name plus a date of birth, a named relative,
an address or a phone; MRN, member ID, SSN or MBI; the patient's own phone, email or
address; a room or bed number together with a name) is linked to health information
(condition, symptom, finding, measurement, test result, medication, device, procedure,
pregnancy, vaccination, appointment or visit for care, payment for care). A named person
told of an exposure and given an appointment for testing or treatment counts as a patient;
a child named by first name together with a named parent counts as identified. subject_phi
is True only when the Subject alone identifies a patient together with health information,
or holds a patient identifier in a care context. validated is True exactly when {card},
{icd}, {mbi} or {ssn} appears in the Subject or body. Negatives never use {mrn}, {mrn2},
{member}, {dob}, {ssn}, {card}, {icd}, {mbi} or {passport}, and name only staff, vendors,
partners or nobody, or give aggregate figures; the card-like numbers written literally in
them fail the Luhn check. Anything ambiguous was left out.
"""

from __future__ import annotations

FRESH39_VOCAB: dict[str, list[str]] = {
    "disease39": [
        "pertussis",
        "measles",
        "hepatitis A",
        "Salmonella Enteritidis",
        "STEC O157:H7",
        "shigellosis",
        "campylobacteriosis",
        "legionellosis",
        "varicella",
        "mumps",
        "acute hepatitis B",
        "giardiasis",
        "invasive meningococcal disease",
        "mpox",
        "cryptosporidiosis",
    ],
    "sti39": [
        "early latent syphilis",
        "primary syphilis",
        "secondary syphilis",
        "gonorrhea",
        "chlamydia",
        "HIV",
        "trichomoniasis",
    ],
    "tbrx39": [
        "RIPE",
        "RIPE (rifampin/isoniazid/pyrazinamide/ethambutol)",
        "3HP",
        "4R (rifampin daily)",
        "isoniazid 300 mg + B6",
        "RIF/INH continuation phase",
        "rifampin 600 mg daily",
    ],
    "igra39": [
        "QuantiFERON-TB Gold Plus positive",
        "T-SPOT.TB positive",
        "TST 15 mm",
        "TST 11 mm induration",
        "QFT positive (TB1 1.84 IU/mL)",
    ],
    "vax39": [
        "MMR",
        "Tdap",
        "DTaP-IPV",
        "HPV (Gardasil 9)",
        "varicella",
        "hepatitis B",
        "hepatitis A",
        "MenACWY",
        "PCV20",
        "influenza",
        "COVID-19 (2025-2026)",
        "Hib",
        "rotavirus",
    ],
    "bll39": [
        "4.2 mcg/dL",
        "5.8 mcg/dL",
        "7 mcg/dL",
        "9.6 mcg/dL",
        "12.1 ug/dL",
        "18 mcg/dL",
        "24.5 mcg/dL",
        "46 ug/dL",
    ],
    "wic39": [
        "low hemoglobin (10.1 g/dL)",
        "hemoglobin 9.8 g/dL",
        "weight-for-length above the 98th percentile",
        "slow weight gain",
        "iron-deficiency anemia",
        "poor latch and low milk supply",
        "underweight for length",
    ],
    "symes39": [
        "tos con flema desde hace un mes",
        "fiebre y ronchas en todo el cuerpo",
        "diarrea con sangre y cólicos",
        "ojos amarillos y orina oscura",
        "ardor al orinar y secreción",
        "vómito y diarrea desde el sábado",
        "sudores en la noche y bajó de peso",
        "dolor de cabeza fuerte y el cuello tieso",
    ],
    "kid39": [
        "Mateo",
        "Valentina",
        "Khang",
        "Ngọc Anh",
        "Widlyn",
        "Djenika",
        "Jayden",
        "Althea",
        "Ximena",
        "Bảo",
        "Kervens",
        "Angel",
        "Emmanuel",
        "Isabella",
    ],
    "vname39": [
        "Nguyễn Thị Hoa",
        "Trần Văn Minh",
        "Lê Thị Thu Hà",
        "Phạm Văn Hùng",
        "Võ Thị Lan",
        "Huỳnh Thanh Tâm",
        "Đặng Văn Phúc",
        "Nguyen Thi Mai",
        "Bui Van Long",
    ],
    "hname39": [
        "Marie-Ange Pierre-Louis",
        "Jean Robert Joseph",
        "Wideline Baptiste",
        "Fritznel Dorvil",
        "Guerline Saint-Fleur",
        "Rose-Marie Jean-Baptiste",
        "Jonas Exantus",
        "Nadège Célestin",
    ],
    "fname39": [
        "Maria Luisa Dela Cruz",
        "Rodelio Santos",
        "Jocelyn Bautista",
        "Ma. Cristina Reyes",
        "Arnel Villanueva",
        "Rowena Macapagal",
        "Lorna Mendoza",
        "Erlinda Pascual",
    ],
    "site39": [
        "the Greyhound station on Route 9",
        "the Eastside Community Center",
        "Pho Saigon restaurant",
        "La Michoacana taqueria",
        "the Saturday flea market on Pike Street",
        "Terminal B at the regional airport",
        "the Walmart pharmacy on Elm Street",
        "the Lincoln Elementary cafeteria",
    ],
    "county39": ["Harmon", "Delgado", "Pine Ridge", "Ashford", "Costa Verde", "Millbrook"],
    "grant39": [
        "Title V MCH Block Grant",
        "MIECHV home visiting",
        "CDC Immunization (Section 317)",
        "ELC cooperative agreement",
        "Childhood Lead Poisoning Prevention (CLPPP)",
        "Ryan White Part B",
        "STD Prevention (PCHD)",
    ],
    "training39": [
        "Motivational interviewing for CHWs",
        "Mandated reporter refresher",
        "Bloodborne pathogens and needlestick response",
        "Trauma-informed home visiting",
        "Working with interpreters and language lines",
        "Vaccine storage and handling (cold chain)",
        "Partner elicitation interviewing",
        "Cultural humility in outreach",
    ],
}


FRESH39_PHI: list[dict] = [
    {
        "subject": "Confidential Morbidity Report - {county39} County",
        "body": (
            "CONFIDENTIAL MORBIDITY REPORT\n"
            "Disease/condition: {disease39}\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}    Sex: F\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Onset: {date}    Specimen collected: {date2}\n"
            "Hospitalized: N    Died: N\n"
            "Occupation/setting: food service\n"
            "Reporting clinician: {provider}, {clinic}\n"
            "Received by fax, entered in the surveillance system by {provider_first}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "notas entrevista - caso nuevo",
        "body": (
            "{provider_first}, te paso las notas de hoy.\n\n"
            "Entrevisté a {name} por teléfono ({phone}) a las {time}. Síntomas desde el {date}: "
            "{symes39}. Fue a urgencias en {clinic} y ahí le tomaron la muestra. Trabaja en una "
            "empacadora, turno de noche; le dije que no regrese hasta que le avisemos. En la casa "
            "viven su esposo y dos niños (3 y 7 años), ninguno con síntomas por ahora.\n\n"
            "Pendiente: lista de lugares donde comió, y llamar al patrón mañana.\n"
            "-- {name2}, investigadora de enfermedades\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DOT log - week of {date}",
        "body": (
            "North route, field DOT. x = observed, NS = no show, R = refused\n\n"
            "Client                 Regimen      Mon  Tue  Wed  Thu  Fri\n"
            "{last}, {first}        {tbrx39}     x    x    NS   x    x\n"
            "{intl_name}            {tbrx39}     x    x    x    x    R\n\n"
            "Wed: {first} not home, neighbor said she went to the ER overnight for vomiting. "
            "Called Dr. {provider_last}, holding PZA until LFTs are back.\n"
            "{name2}, CHW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "missed TB DOT x2 - {name}",
        "body": (
            "Went to {address} Tues and Wed, nobody answered, phone goes straight to voicemail. "
            "He's in month 3 of {tbrx39} and was still smear+ on the last sputum. Do we escalate "
            "to the TB controller / health officer order?\n- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "IIS patient query",
        "body": (
            "STATE IMMUNIZATION INFORMATION SYSTEM -- PATIENT DETAIL\n"
            "PATIENT NAME: {upper_name}\n"
            "BIRTH DATE: {dob}      SEX: M\n"
            "MOTHER NAME: {name2}\n"
            "ADDRESS: {address}\n"
            "----------------------------------------------------------\n"
            "VACCINE GROUP      DATE ADMIN   SOURCE     PROVIDER\n"
            "HEP B              {date}       HISTORIC   {clinic}\n"
            "{vax39}            {date2}      ADMIN      {clinic}\n"
            "----------------------------------------------------------\n"
            "FORECAST: MMR DOSE 2 OVERDUE. DTAP DOSE 5 DUE NOW.\n"
            "PRINTED BY: {provider_first} (USER {code})\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry merge request",
        "body": (
            "Hi registry help desk,\n\n"
            "We found two records for {name}, born {dob}: client IDs {code} and {ref}. The second "
            "one has the {vax39} we gave on {date} at the {county39} County health fair; the first "
            "has everything else. Please merge so the school can see she is up to date.\n\n"
            "Thanks,\n{name2}\nImmunization clerk, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cita de WIC - recertificación",
        "body": (
            "Estimada {name}:\n\n"
            "Le recordamos la cita de recertificación de WIC para su hijo {kid39} el {date} a las "
            "{time} en nuestra oficina de {address}.\n\n"
            "Por favor traiga:\n"
            "- el carnet de vacunas de {kid39}\n"
            "- comprobante de domicilio y de ingresos\n"
            "- el peso y la talla de la última consulta con el pediatra\n\n"
            "En la última cita la nutricionista anotó {wic39}, así que le vamos a repetir la "
            "prueba de hierro (pinchazo en el dedo).\n\n"
            "Si no puede venir, llame al {phone}.\n"
            "Programa WIC del Condado {county39}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home visit note {date}",
        "body": (
            "Client: {name}\n"
            "Address: {address}\n"
            "Program: Nurse-Family Partnership, pregnancy phase\n"
            "GA: 31 wks\n"
            "BP: 142/90 (repeat 138/92)\n"
            "EPDS: 14\n"
            "Notes: c/o headaches x2 days, some swelling in hands. Instructed to call OB today "
            "and go to L&D if headache worsens or vision changes. Discussed EPDS score; she "
            "agreed to a warm handoff to behavioral health. Partner present and supportive.\n"
            "Next visit: {date2}\n"
            "{provider}, RN, Nurse Home Visitor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "reporte del día - promotora",
        "body": (
            "Hola {provider_first},\n\n"
            "Fui a la casa de doña {last} hoy ({address}). Su azúcar en ayunas estaba en 287 y "
            "dice que se le acabó la {rx} hace como 10 días porque no tenía ride a la farmacia. "
            "I told her to call the clinic mañana temprano, pero she's worried about the copay. "
            "Her daughter {name2} can help translate, cel {phone}.\n\n"
            "Can you ask Dr. {provider_last} for a refill? Gracias!!\n"
            "{name3}, promotora\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bà {vname39} - huyết áp 178/102",
        "body": (
            "Chị {provider_first} ơi,\n\n"
            "Sáng nay em đến nhà bà {vname39} đo huyết áp: 178/102, đo lại 172/100. Bà nói hết "
            "thuốc huyết áp (amlodipine) từ tuần trước, chưa đi lấy thuốc vì không có ai chở. Bà "
            "hơi nhức đầu nhưng không đau ngực.\n\n"
            "Con gái bà tên {name2}, số điện thoại {phone}. Chị gọi giúp em để hẹn bác sĩ "
            "{provider_last} trong tuần này nha.\n\n"
            "Em cảm ơn,\n{name3} (CHW)\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Rapò vizit DOT - {date}",
        "body": (
            "Bonjou {provider_first},\n\n"
            "Mwen te ale lakay {hname39} jodi a, {address}. Li pran grenn TB li yo devan m (DOT), "
            "dòz 22. Li di li gen kè plen apre li fin pran yo epi li pa manje byen. Pipi li wouj, "
            "mwen eksplike l se rifanpin nan ki fè sa. Pwochen randevou li nan klinik la: {date2} "
            "a {time}.\n\n"
            "Mèsi,\n{name2}, ajan sante kominotè\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "update - {fname39}, prenatal home visit",
        "body": (
            "Hi po Ma'am {provider_last},\n\n"
            "Nag-home visit po ako kay {fname39} kanina. 28 weeks na po siya, BP 130/84, medyo "
            "namamaga po ang paa niya. Hindi pa po siya nakakapag-glucose test (yung 1-hour). "
            "Pinapunta ko po siya sa clinic sa {date} ng {time}. Wala pa rin po siyang Medicaid, "
            "tinulungan ko po siyang mag-apply.\n\n"
            "Salamat po!\n{name2}, CHW\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Field record - partner services",
        "body": (
            "FIELD RECORD (partner services)\n"
            "Partner name: {name}\n"
            "Aliases: none given\n"
            "Phone: {phone}\n"
            "Address: {address}\n"
            "Exposure: {sti39}, last exposure approx. {date}\n"
            "Referral basis: partner of OP (see interview record)\n"
            "Disposition: A - preventive treatment given\n"
            "Treatment: Bicillin L-A 2.4 million units IM on {date2}\n"
            "Blood drawn: RPR, HIV\n"
            "DIS: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mensaje confidencial del Departamento de Salud",
        "body": (
            "{name}:\n\n"
            "Le escribimos de parte del Departamento de Salud del Condado {county39}. Una persona "
            "con quien usted tuvo contacto recientemente fue diagnosticada con {sti39}. No le "
            "podemos decir quién es. La prueba y el tratamiento son gratis y confidenciales.\n\n"
            "Le apartamos una cita el {date} a las {time} en la clínica de {address}. Si no le "
            "queda, llame o mande texto a {provider_first} al {phone}.\n\n"
            "Este mensaje es solo para {name}. Si lo recibió por error, bórrelo.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Elevated blood lead result - next steps",
        "body": (
            "Dear parent or guardian of {kid39} {last},\n\n"
            "The capillary (finger-stick) blood lead test done at your child's check-up on {date} "
            "was {bll39}. Finger-stick tests can read high, so {kid39} needs a venous (arm) blood "
            "test within 4 weeks to confirm it. Please take this letter to {clinic} or call us at "
            "{phone}.\n\n"
            "A public health nurse will call to set up a home visit at {address} to talk about "
            "where lead can come from (old paint, soil, some spices and pottery, work clothes).\n\n"
            "Childhood Lead Poisoning Prevention Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EBLL caseload {county39} - updated",
        "body": (
            "Open cases as of {date}\n\n"
            "Child            | DOB        | Venous BLL | Drawn      | Status\n"
            "-----------------+------------+------------+------------+----------------------\n"
            "{kid39} {last}   | {dob}      | {bll39}    | {date2}    | EI sched, mom {name2}\n"
            "\n"
            "The other child from last week's list moved out of county; transferred to the state "
            "program.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "venous BLL {bll39} - {kid39} {last} DOB {dob}",
        "body": (
            "Confirmed. Mom ({name2}) says they moved into the apartment in June and the landlord "
            "is doing 'renovations'. Ph {phone}. Need EI referral + nurse visit this week pls.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Measles exposure - please read today",
        "body": (
            "Dear {name},\n\n"
            "On {date} you were at {site39} at the same time as a person who has measles. The "
            "state immunization registry has no record of MMR vaccine for you, so we consider you "
            "susceptible.\n\n"
            "Please stay home and avoid visitors through {date2}. A public health nurse will call "
            "you at {phone} to offer a blood test for immunity or a dose of MMR. If you get a "
            "fever, rash, cough or red eyes, call us before going to any clinic or ER so they can "
            "protect others.\n\n"
            "Communicable Disease Control, {county39} County\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TB contact investigation - update",
        "body": (
            "Contacts so far (high priority first):\n\n"
            "1. {name} - household - TST placed {date}, read 16 mm. CXR ordered, LTBI eval.\n"
            "2. {name3} - household, age 4 - window prophylaxis started (INH), DOT by parent.\n"
            "3. {name2} - coworker, same van - QFT negative, repeat in 8 wks.\n"
            "4. {intl_name} - coworker - not reached, 2 attempts ({phone}).\n\n"
            "Index remains in airborne isolation at home.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ELR ALERT: REACTIVE RPR",
        "body": (
            "ELECTRONIC LABORATORY REPORT - NEW RESULT\n"
            "PATIENT: {upper_name}    DOB: {dob}    SEX: M\n"
            "ADDRESS: {address}\n"
            "PHONE: {phone}\n"
            "ORDERING PROVIDER: {provider}\n"
            "TEST                 RESULT          REF\n"
            "RPR                  REACTIVE 1:32   NONREACTIVE\n"
            "TP-PA                REACTIVE        NONREACTIVE\n"
            "COLLECTED: {date}    RECEIVED: {date2}\n"
            "ROUTING: STD PROGRAM - ASSIGN TO DIS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RPR 1:64 - {last}, {first}",
        "body": (
            "Titer was 1:4 in the spring after treatment, so this looks like reinfection, not "
            "serofast. Can DIS try to reach him? Last number we have is {phone}. He is also "
            "overdue for PrEP labs.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: shot record question",
        "body": (
            "Found it - the 2nd dose was given at our Saturday clinic, it just never made it to "
            "the school. Entered it now.\n- {provider_first}\n\n"
            "> From: {name2}, RN (school nurse)\n"
            "> Sent: {date}\n"
            "> Can you look up {name} (DOB {dob}) in the registry? School shows only one {vax39}.\n"
            "> She will be excluded on {date2} if we don't get the second dose documented.\n"
            "> Mom says she got it at the health department last year.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Receipt - Travel Health Clinic",
        "body": (
            "RECEIPT\n"
            "Patient: {name}\n"
            "Visit date: {date}\n"
            "Services: travel consult; yellow fever vaccine; typhoid (oral); hepatitis A #1\n"
            "Total charged: {amount}\n"
            "Paid by card: {card}\n"
            "Next dose due: hepatitis A #2 in 6 months. Your yellow fever certificate (ICVP) is "
            "enclosed - keep it with your passport.\n"
            "{county39} County Public Health, Travel Clinic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Roster bill - senior center flu clinic {date}",
        "body": (
            "MASS IMMUNIZER ROSTER BILL - MEDICARE PART B\n"
            "Site: {county39} Senior Center    Date of service: {date}\n"
            "Vaccine: influenza, high-dose (90662 / G0008)\n\n"
            "Beneficiary name          MBI              DOB\n"
            "{name}                    {mbi}      {dob}\n"
            "{name2}                   (pending)        ---\n\n"
            "Second line is missing the MBI, her card was at home. Please follow up before we "
            "submit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} SSN {ssn} - presumptive eligibility, pregnant",
        "body": (
            "Completed the PE application at the WIC office today. LMP {date}, first prenatal "
            "visit booked at {clinic} for {date2}. Please push the application through before "
            "Friday.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Encounter summary - STD clinic",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Visit: {date}, walk-in\n"
            "Reason: contact to gonorrhea (partner notified by DIS)\n"
            "Dx: {icd}\n"
            "Tx: ceftriaxone 500 mg IM x1; doxycycline 100 mg BID x7d\n"
            "Tests: GC/CT NAAT (3 sites), RPR, HIV 4th gen\n"
            "EPT: 1 pack given for an additional partner\n"
            "Clinician: {provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Medicaid claim - TB clinic DOT, {date}",
        "body": (
            "Recipient: {name}\n"
            "Medicaid ID: {member}\n"
            "Diagnosis: {icd}\n"
            "Service: directly observed therapy, 20 visits this month (T1502)\n"
            "Regimen: {tbrx39}\n"
            "Billing provider: {clinic}, NPI {npi}\n"
            "Rejected last month for a missing diagnosis pointer - resubmitting.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "EDN arrival notification - Class B1 TB",
        "body": (
            "New arrival for domestic TB follow-up (please complete within 30 days)\n\n"
            "Name: {intl_name}\n"
            "DOB: {dob}\n"
            "Passport: {passport}\n"
            "Classification: B1 pulmonary, treated overseas with {tbrx39}, completed\n"
            "Overseas CXR: fibrotic changes RUL\n"
            "US address: {address}\n"
            "Phone (sponsor): {phone}\n\n"
            "Assigned to: {provider_first}, TB nurse case manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail - STD program line",
        "body": (
            "Voicemail transcription (Spanish)\n"
            "From: {phone}\n"
            "Received: {date} {time}\n\n"
            '"Buenas tardes, habla {name}. Me llamaron la semana pasada del departamento de salud '
            "por la prueba de sífilis que me hice en la clínica de {address}... quiero saber si "
            "necesito otra inyección o si con la que me pusieron ya está bien. Mi número es el "
            'mismo. Gracias."\n\n'
            "Auto-transcribed. Confidence: medium.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS thread export - WIC client",
        "body": (
            "Client: {name}   Mobile: {phone}\n"
            "Exported by: {provider_first} ({date})\n\n"
            "[9:02] WIC: Hi! Reminder: {kid39}'s WIC appt is tomorrow at 10:30. Please bring his "
            "weight from the doctor.\n"
            "[9:15] Client: ok but he been sick w diarrhea and throwing up since sat, can we move "
            "it?\n"
            "[9:17] WIC: Sorry he's sick! Moved to next Thurs 10:30. If he can't keep fluids down "
            "please call his doctor today.\n"
            "[9:20] Client: ty\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - {igra39}, needs CXR",
        "body": (
            "Referred from the employer screening at the poultry plant. Asymptomatic, no prior BCG "
            "per client. Pls schedule at chest clinic and start the LTBI packet in Spanish.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - start 3HP Friday?",
        "body": (
            "She's agreeable, baseline LFTs normal, no interacting meds except the birth control "
            "pill (counseled re backup method). Can we do the first dose as DOT Friday at 10?\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Hep A case - {name}, food handler",
        "body": (
            "IgM anti-HAV positive, onset {date}. Excluded from work. Vaccine/IG for coworkers "
            "being arranged with the manager; restaurant inspection tomorrow. Do NOT share his "
            "name with the press.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pertussis PCR+ - {kid39} {last}, 6 wk old",
        "body": (
            "Admitted to PICU at {clinic}. Mother {name2} and grandmother in the household, both "
            "coughing x3 wks, neither had Tdap. Prophylaxis for the household today; I'll call "
            "the daycare.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Kat vaksen pitit mwen",
        "body": (
            "Bonjou,\n\n"
            "Mwen rele {name}. Mwen bezwen kat vaksen pitit fi m {kid39}, li fèt {dob}, pou lekòl "
            "la. Li te pran vaksen {vax39} nan klinik nou an nan mwa out, men lekòl la di yo pa "
            "wè l nan sistèm nan. Nimewo telefòn mwen se {phone}.\n\n"
            "Mèsi anpil,\n{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cluster 2026-14 - case interview notes",
        "body": (
            "Interviewed {name} ({age} y/o) by phone on {date}.\n\n"
            "Onset {date2}: diarrhea (non-bloody), fever to 102, cramps. Seen at {clinic} urgent "
            "care; stool culture positive for Salmonella Enteritidis, isolate sent to the state "
            "lab for WGS.\n\n"
            "Food history (7 days before onset): ate at {site39} twice; eggs from a roadside "
            "stand; no travel, no reptiles or backyard poultry.\n\n"
            "Household: spouse with mild diarrhea, not tested; offered a stool kit. Client works "
            "as a daycare aide - excluded until 2 negative stools, letter sent to the employer.\n\n"
            "{provider_first}, epidemiologist\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: STEC result",
        "body": (
            "FYI - please open a case and call the family tonight, kid is in daycare.\n\n"
            "-------- Forwarded message --------\n"
            "From: Microbiology, {clinic}\n"
            "Date: {date}\n\n"
            "> Shiga toxin 2 detected, culture pending.\n"
            "> Patient: {last}, {first}\n"
            "> DOB: {dob}\n"
            "> Phone on file: {phone}\n"
            "> Bloody diarrhea x2 days per ED note. Creatinine being followed for HUS.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Environmental investigation request",
        "body": (
            "Child: {kid39} {last}\n"
            "Age: 2 yrs\n"
            "Home address: {address} (built ~1925, rental)\n"
            "Confirmed venous BLL: {bll39}, drawn {date}\n"
            "Parent/guardian: {name2}\n"
            "Phone: {phone}\n"
            "Preferred language: Spanish\n"
            "Other children in home: 1 (age 5), testing ordered\n"
            "Notes: mom gives greta (folk remedy) for stomach aches - ask about it at the visit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CHW weekly log - {provider_first}",
        "body": (
            "Date       | Client         | Need                         | Outcome\n"
            "-----------+----------------+------------------------------+---------------------\n"
            "{date}     | {name}         | A1c 9.8, no PCP              | linked to {clinic}\n"
            "{date2}    | {intl_name}    | {symes39}                    | la llevé a urgencias\n"
            "           | {name3}        | food insecurity, on insulin  | food bank + WIC ref\n"
            "\nMileage sheet attached.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "VXU rejected - PID-7 invalid",
        "body": (
            "Registry returned AE for the message below. The birth date format looks wrong (we "
            "sent MM/DD/YYYY). Can the interface team fix the mapping and resend?\n\n"
            "MSH|^~\\&|EHR|{clinic}|IIS|STATE|||VXU^V04^VXU_V04|{code}|P|2.5.1\n"
            "PID|1||{mrn}^^^MR||{last}^{first}||{dob}|F|||{address}\n"
            "RXA|0|1|{date}|{date}|{vax39}|0.5|mL\n"
            "ERR|||102^Data type error^HL70357|E\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pls attempt partner",
        "body": (
            "{name} {phone}, named by OP as a partner, exposed to {sti39} approx {date}. OP "
            "treated {date2}. she works nights, try after 2pm. thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your second JYNNEOS dose",
        "body": (
            "Hi {name},\n\n"
            "Our records show you got your first dose of JYNNEOS (mpox vaccine) on {date}. You are "
            "due for dose 2. We booked you for {date2} at {time} at the sexual health clinic, "
            "{address}. Reply STOP to opt out of texts or call {phone} to change the time.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "VAERS report draft - please review",
        "body": (
            "Draft for VAERS, from Saturday's community vaccine clinic:\n\n"
            "Patient: {name}, {age} y/o\n"
            "Vaccine: {vax39}, lot {lot}, left deltoid, given {date} at {time}\n"
            "Event: generalized hives and throat tightness ~15 min after vaccination. Epinephrine "
            "0.3 mg IM given, EMS transported to {clinic}; discharged the same day.\n"
            "Reporter: {provider}, RN\n\n"
            "Please check the wording before I submit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rabies PEP - {name}, dog bite",
        "body": (
            "Bite to L hand on {date} at {address}. Dog unvaccinated, ran off, owner unknown. "
            "Started PEP at the {clinic} ED: HRIG + vaccine day 0. Needs days 3, 7 and 14, "
            "scheduled at our clinic; reminder calls to {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Varicella at Lincoln Elementary",
        "body": (
            "Hi, school nurse here. Reporting a chickenpox case: {kid39} {last}, 2nd grade, "
            "diagnosed by the pediatrician on {date}, rash started 2 days before. Mother is "
            "{name2}, {phone}. He is home until all lesions crust over.\n\n"
            "Three kids in the same class have medical or religious exemptions. Do you want me to "
            "send the exclusion letters today?\n\n"
            "{name3}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hep B result - kailangan ng follow-up",
        "body": (
            "Hi po,\n\n"
            "Lumabas na po ang resulta ni {fname39} (birthday: {dob}): positive po sa hepatitis B "
            "surface antigen. Hindi pa po niya alam. Tagalog po ang gusto niya, kaya ako na po ang "
            "tatawag sa kanya sa {phone}. Kailangan din pong ma-test ang asawa at mga anak "
            "niya.\n\n"
            "Pakibook po siya sa liver clinic ni Dr. {provider_last}.\n\n"
            "{name2}, outreach worker\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BF peer counselor call log",
        "body": (
            "Llamé a {name} hoy ({phone}). Bebé de 12 días. Dice que le duele mucho al amamantar, "
            "pezón agrietado del lado izquierdo, y el bebé moja solo 3 pañales al día. Le expliqué "
            "las señales de deshidratación. Referred to IBCLC {provider} for {date}, and told mom "
            "to call the pediatrician today about the diapers.\n\n"
            "-- {name2}, peer counselor, WIC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Perinatal hep B case mgmt - infant due for PVST",
        "body": (
            "Infant: {kid39} {last}\n"
            "DOB: {dob}\n"
            "Mother: {name2} (HBsAg positive)\n"
            "HBIG + hep B #1: given within 12 h of birth\n"
            "Hep B #2: {date}\n"
            "Hep B #3: due\n"
            "PVST (HBsAg + anti-HBs): due at 9-12 months, order sent to {clinic}\n"
            "Family phone: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ghi chú thăm nhà (home visit note)",
        "body": (
            "Client: chị {vname39}\n"
            "Baby: 5 weeks\n"
            "EPDS: 15 (positive), Q10 = 0 (no self-harm thoughts)\n"
            "Chị nói ngủ không được, khóc nhiều, chồng đi làm xa. Em đã giải thích về trầm cảm "
            "sau sinh và hẹn với chuyên viên tâm lý nói tiếng Việt ngày {date}.\n"
            "Phone: {phone}\n"
            "{provider_first}, home visitor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "VDOT alert: missed dose",
        "body": (
            "VIDEO DOT PLATFORM - DAILY EXCEPTIONS\n"
            "Patient: {name}\n"
            "Program ID: {mrn}\n"
            "Regimen: {tbrx39}\n"
            "Expected upload: {date} by 11:59 PM\n"
            "Status: NO VIDEO RECEIVED (2nd consecutive day)\n"
            "Side effects reported in last video: nausea, itching\n"
            "Assigned nurse: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resultado de VIH positivo - {name}, necesita cita",
        "body": (
            "Confirmado con la prueba de diferenciación HIV-1/2. Cita de enlace a tratamiento con "
            "el Dr. {provider_last} el {date}. Ella prefiere que la llamen solo al celular "
            "{phone}, sin dejar mensaje.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH39_NEG: list[dict] = [
    {
        "subject": "Salmonella cluster 2026-14 - situation update #3",
        "body": (
            "Situation update as of {date}\n\n"
            "Cases: 14 (9 confirmed, 5 probable)\n"
            "Age range: 3-71 years (median 34)\n"
            "Hospitalized: 4    Deaths: 0\n"
            "Counties: {county39} (11), neighboring counties (3)\n"
            "Common exposure: 10 of 12 interviewed cases ate at {site39} the week before onset.\n"
            "WGS: 8 isolates within 0-2 alleles.\n\n"
            "Next steps: environmental sampling Thursday; press release drafted (other thread).\n"
            "{name}, Epidemiology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly reportable disease summary - week 46",
        "body": (
            "Condition                 Wk 46   YTD   YTD last yr   5-yr median\n"
            "Pertussis                     3     41            18            22\n"
            "Salmonellosis                 5     88            79            81\n"
            "Hepatitis A                   0      6            11             9\n"
            "Syphilis (all stages)        12    402           351           290\n"
            "Active TB                     1     27            24            25\n"
            "Measles                       1      1             0             0\n\n"
            "Counts are provisional and include confirmed and probable cases. Small cells are not "
            "suppressed in this internal version - do not forward outside the department.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FREE flu & COVID shots / Vacunas gratis / Vaksen gratis / Tiêm ngừa miễn phí",
        "body": (
            "FREE FLU AND COVID-19 VACCINES - everyone 6 months and older\n"
            "{date}, 10 am - 2 pm, {address}\n"
            "No insurance needed. No ID needed. No immigration questions.\n\n"
            "VACUNAS GRATIS contra la gripe y el COVID-19 para mayores de 6 meses. No necesita "
            "seguro ni identificación.\n\n"
            "VAKSEN GRATIS kont grip ak COVID-19 pou tout moun 6 mwa ak plis. Ou pa bezwen "
            "asirans.\n\n"
            "TIÊM NGỪA CÚM VÀ COVID-19 MIỄN PHÍ cho mọi người từ 6 tháng tuổi. Không cần bảo "
            "hiểm.\n\n"
            "LIBRENG BAKUNA laban sa trangkaso at COVID-19 para sa edad 6 na buwan pataas.\n\n"
            "Questions / Preguntas: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Feria de Salud / Health Fair - schedule for volunteers",
        "body": (
            "Sábado {date} - {address}\n\n"
            "8:00  Setup (all volunteers)\n"
            "9:00  Presión arterial y glucosa - promotoras {name} y {name2}\n"
            "9:00  Vaccines for kids (bring shot records) - PHN {name3}\n"
            "10:00 Charla: diabetes y alimentación (en español)\n"
            "11:00 Nói chuyện về sức khỏe tim mạch (tiếng Việt) - {provider}\n"
            "12:00 Lead testing for children 1-5 (finger stick)\n"
            "1:00  Pack up\n\n"
            "Parking behind the church. Wear your volunteer badge.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{grant39} - year 2 progress report draft",
        "body": (
            "Hi all, draft numbers for the progress report are below. Please check your section "
            "by {date}.\n\n"
            "Home visiting: 412 families enrolled (target 400); 81% retained to the child's first "
            "birthday.\n"
            "Immunization: 87% of enrolled infants up to date at 24 months (county: 72%).\n"
            "Lead: 1,106 children screened at community events; 36 with BLL at or above 3.5 "
            "mcg/dL linked to case management.\n"
            "CHW workforce: 14 CHWs certified; 6 bilingual Spanish, 3 Vietnamese, 2 Haitian "
            "Creole.\n\n"
            "Narrative due to the state on {date2}.\n{name}, Grants Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Training: {training39} - {date}",
        "body": (
            "DIS and CHWs: this month's session is {training39}, plus a refresher on syphilis "
            "staging and the Bicillin shortage workflow. Facilitator: {name}, Senior DIS. 9-12 in "
            "conference room B. Role-play scripts are fictional, in English and Spanish.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NEWS RELEASE: Health Department confirms measles case",
        "body": (
            "FOR IMMEDIATE RELEASE - {date}\n\n"
            "The {county39} County Health Department has confirmed one case of measles in an "
            "unvaccinated child who recently returned from international travel. The child is "
            "recovering at home. To protect the family's privacy, no further details will be "
            "released.\n\n"
            "People who were at these locations may have been exposed:\n"
            "- {site39}, {date}, 2:00-5:30 pm\n"
            "- Pediatric urgent care waiting room, {date2}, 9:00 am-noon\n\n"
            "Anyone exposed who is not vaccinated should call {phone}. MMR vaccine is free at all "
            "health department clinics.\n\n"
            "Media contact: {name}, Public Information Officer, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aviso de exposición al sarampión / Measles exposure notice",
        "body": (
            "Si usted estuvo en {site39} el {date} entre las 2 y las 5 de la tarde, pudo haber "
            "estado expuesto al sarampión. Revise su cartilla de vacunación. Si no tiene dos dosis "
            "de la vacuna MMR, llame al {phone}.\n\n"
            "If you were at {site39} on {date} between 2 and 5 pm, you may have been exposed to "
            "measles. Check your vaccine record. If you have not had two doses of MMR, call "
            "{phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IIS access approved - {name}",
        "body": (
            "New registry user\n"
            "Name: {name}\n"
            "Role: medical assistant (data entry + query)\n"
            "Organization: {clinic}\n"
            "Email: {email}\n"
            "Training completed: {date}\n"
            "The user ID will be emailed separately. Accounts inactive for 90 days are disabled.\n"
            "IIS Help Desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] IIS HL7 interface - VXU backlog",
        "body": (
            "The registry's inbound interface stopped accepting VXU messages at {time}. {count} "
            "messages are queued at the HIE and will replay after the fix. Queries (QBP) are not "
            "affected. Root cause: expired certificate on {ip}. No data loss expected.\n"
            "IIS Technical Team\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Horario promotoras - semana del {date}",
        "body": (
            "Lunes: {name} - colonia Las Palmas, visitas de seguimiento de diabetes (8 casas)\n"
            "Martes: {name2} - clínica móvil, toma de presión\n"
            "Miércoles: {name3} - capacitación de manejo de vacunas (cadena de frío)\n"
            "Jueves: todas - feria de salud en la iglesia San José\n"
            "Viernes: reportes y kilometraje\n\n"
            "Recuerden llevar los glucómetros y las hojas de consentimiento nuevas.\n"
            "Coordinadora: {provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations to our newest certified CHWs!",
        "body": (
            "{name}, {name2} and {name3} completed the 160-hour Community Health Worker "
            "certification this month. Between them they speak Spanish, Vietnamese and Haitian "
            "Creole, and they have already helped more than 300 families sign up for WIC and "
            "Medicaid. Celebration lunch on {date} at noon.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WIC office closed {date} / Oficina de WIC cerrada",
        "body": (
            "The {county39} County WIC office at {address} will be closed on {date} for staff "
            "training. eWIC cards keep working at stores.\n"
            "La oficina de WIC estará cerrada el {date} por capacitación del personal. Su tarjeta "
            "eWIC sigue funcionando en las tiendas.\n"
            "Văn phòng WIC đóng cửa ngày {date}. Thẻ eWIC vẫn dùng được.\n"
            "Biwo WIC la fèmen {date}. Kat eWIC ou an ap toujou mache.\n"
            "Questions: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "eWIC training environment - test cards",
        "body": (
            "For Thursday's clerk training, use only the training cards below, in the TRAIN "
            "environment. They do not work at stores.\n\n"
            "Card A: 6100 4300 0000 1234   PIN 1111\n"
            "Card B: 6100 4300 0000 1242   PIN 2222\n\n"
            "Each card has a made-up household with a $26 fruit and vegetable benefit loaded. Do "
            "not enter any real client information in TRAIN.\nTrainer: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lead Poisoning Prevention Week - free testing",
        "body": (
            "Lead poisoning usually has no symptoms. The only way to know is a blood test.\n"
            "Free finger-stick lead testing for children ages 1-5 and pregnant people:\n"
            "  {date}, 9-1, {address}\n"
            "  {date2}, 3-6, public library community room\n"
            "Results in 3 minutes. Children on Medicaid should be tested at ages 1 and 2.\n"
            "Prueba gratis de plomo para niños de 1 a 5 años. Xét nghiệm chì miễn phí cho trẻ "
            "1-5 tuổi.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 lead surveillance summary",
        "body": (
            "Children tested (age <6): 1,842\n"
            "BLL 3.5-9.9 mcg/dL: 52 (2.8%)\n"
            "BLL 10-19.9: 7\n"
            "BLL 20+: 2\n\n"
            "Highest rates by neighborhood: Northside (6.1%), Mill District (4.4%), Riverside "
            "(3.9%). Most confirmed cases live in rental housing built before 1950.\n\n"
            "Environmental investigations completed: 9. Homes cleared: 5.\n"
            "{name}, CLPPP epidemiologist\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TB program annual summary - for the board packet",
        "body": (
            "Active TB cases: 27 (rate 3.1 per 100,000)\n"
            "Non-US born: 21 (78%)\n"
            "Completed treatment within 12 months: 92%\n"
            "DOT/VDOT for the full course: 25 of 27\n"
            "Contacts identified: 310; evaluated: 284; LTBI started: 61; LTBI completed: 49\n"
            "Class B arrivals evaluated within 30 days: 88%\n\n"
            "Thanks to {name} and the outreach team. Draft slides attached.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DOT routes starting {date}",
        "body": (
            "Route assignments (client lists are in the secure folder, not in email):\n\n"
            "North: {name} - 8 clients, 2 with VDOT backup\n"
            "South: {name2} - 6 clients, 1 needs Haitian Creole\n"
            "Downtown: {name3} - 7 clients, clinic-based DOT at 8:30\n\n"
            "County cars are signed out from the motor pool by 7:45. Reminder: pill packs stay "
            "locked in the cooler bag.\n"
            "{provider}, TB nurse supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sexual health clinic - new hours / horario nuevo",
        "body": (
            "Free, confidential testing for HIV, syphilis, gonorrhea and chlamydia. PrEP and "
            "doxy-PEP available. Walk in Tue and Thu 12-7, or book online.\n"
            "Pruebas gratis y confidenciales de VIH, sífilis, gonorrea y clamidia. Sin cita martes "
            "y jueves de 12 a 7.\n"
            "{address} | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HEALTH ADVISORY: Bicillin L-A supply and syphilis treatment priorities",
        "body": (
            "Providers: the national supply of benzathine penicillin G remains limited. Reserve "
            "Bicillin L-A for pregnant patients, infants with congenital syphilis and people for "
            "whom penicillin is the only option; use doxycycline 100 mg BID for 14 or 28 days for "
            "non-pregnant adults with early or late latent syphilis. Congenital syphilis cases in "
            "the county rose from 2 to 7 this year. Report all reactive syphilis tests within 1 "
            "working day: {phone}.\n"
            "{provider}, MD, Health Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "VFC order {order} approved",
        "body": (
            "Your Vaccines for Children order has been approved and will ship within 5 business "
            "days.\n\n"
            "Vaccine              Doses\n"
            "MMR                  30\n"
            "Tdap                 40\n"
            "HPV (Gardasil 9)     50\n"
            "{vax39}              20\n\n"
            "Log refrigerator and freezer temperatures twice a day. Site contact on file: {name}. "
            "PIN {code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Temperature excursion - fridge 2, {clinic}",
        "body": (
            "The data logger showed 9.1 C for 42 minutes overnight on {date} (door not fully "
            "closed after the evening clinic). 120 doses of {vax39} and 40 of MMR were moved to "
            "quarantine and labeled DO NOT USE. {name} called the manufacturers; waiting on "
            "stability guidance. No doses were given from the affected stock.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu POD volunteers - {date}",
        "body": (
            "Confirmed volunteers:\n"
            "{name} - vaccinator (RN) - {phone}\n"
            "{name2} - registration, Spanish - {email}\n"
            "{name3} - traffic / line management\n\n"
            "Arrive 7:30 for just-in-time training. Vaccinators: bring your license; there will be "
            "epinephrine kits at each station.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Epi team meeting agenda - {date}",
        "body": (
            "1. Salmonella cluster 2026-14 - update ({name})\n"
            "2. Pertussis - 3 new cases this week, all linked to one middle school; letters home "
            "sent\n"
            "3. Congenital syphilis review panel - scheduling\n"
            "4. Data: dashboard refresh moves to Mondays\n"
            "5. Staffing: {name2} on vacation next week; {name3} covers the on-call pager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ngày Hội Sức Khỏe Cộng Đồng - {date}",
        "body": (
            "Mời cô chú anh chị đến Ngày Hội Sức Khỏe Cộng Đồng!\n"
            "Thời gian: {date}, 9 giờ sáng - 1 giờ chiều\n"
            "Địa điểm: {address}\n"
            "- Đo huyết áp và thử đường huyết miễn phí\n"
            "- Tiêm ngừa cúm, COVID-19 và viêm gan B\n"
            "- Tư vấn bảo hiểm Medicaid và chương trình WIC\n"
            "- Có thông dịch viên tiếng Việt\n"
            "Liên lạc: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Klinik vaksen gratis pou timoun lekòl",
        "body": (
            "Paran yo: lekòl la ap kòmanse byento! Timoun yo bezwen vaksen yo pou yo ka antre "
            "lekòl.\n"
            "Klinik vaksen gratis: {date}, 3è - 7è diswa, {address}.\n"
            "Pote kat vaksen pitit ou ak kat asirans si ou genyen (si ou pa genyen, pa gen "
            "pwoblèm).\n"
            "N ap pale kreyòl, franse, angle ak panyòl.\n"
            "Pou plis enfòmasyon: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Libreng bakuna at blood pressure check sa Sabado",
        "body": (
            "Magandang araw po! Inaanyayahan po ang lahat sa libreng health screening:\n"
            "Kailan: {date}, 8 AM - 12 NN\n"
            "Saan: {address} (Filipino Community Center)\n"
            "- Libreng flu shot at COVID-19 booster\n"
            "- Blood pressure at blood sugar check\n"
            "- Impormasyon tungkol sa hepatitis B testing\n"
            "May mga nurse at volunteer na nagsasalita ng Tagalog at Ilocano.\n"
            "Para sa tanong: {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: Bilingual Community Health Worker (Spanish/English)",
        "body": (
            "The {county39} County Health Department is hiring two full-time CHWs for the lead and "
            "home-visiting programs. Duties: home visits, education on lead hazards, linking "
            "families to WIC, Medicaid and pediatric care, and data entry. Must be bilingual; "
            "Vietnamese or Haitian Creole a plus. $24.80-$29.10 per hour. Apply by {date}; "
            "questions to {name}, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Review needed: Vietnamese lead fact sheet",
        "body": (
            "Hi {name},\n\n"
            'Attached is the Vietnamese translation of our lead fact sheet ("Chì và sức khỏe của '
            'trẻ em"). Could you review it by {date}? The translator flagged two terms: '
            "'capillary test' and 'environmental investigation'. A suggested glossary is on page "
            "2.\n\n"
            "Thanks,\n{name2}, Health Education\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: What to report, and how fast",
        "body": (
            "For clinicians, infection preventionists and lab staff.\n"
            "{date} at noon (45 min). Presenter: {provider}, MD, MPH, Deputy Health Officer.\n\n"
            "Covers: conditions reportable immediately by phone (measles, meningococcal disease, "
            "botulism), within 1 working day (pertussis, hepatitis A, {disease39}) and weekly; "
            "using the online portal instead of fax; and why we call you back about missing race, "
            "ethnicity and pregnancy status.\n"
            "Register: https://events.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Respiratory virus dashboard updated",
        "body": (
            "This week's public dashboard (data through {date}):\n\n"
            "ED visits for influenza-like illness: 4.8% (up from 3.9%)\n"
            "COVID-19 hospital admissions: 6.2 per 100,000\n"
            "RSV test positivity: 11%\n"
            "Wastewater (all 4 sites): influenza A high, SARS-CoV-2 moderate\n\n"
            "Admissions were highest in adults 75+ (21.4 per 100,000) and children under 2 (9.8). "
            "Counts under 11 are suppressed on the public site.\n"
            "{name}, Data & Surveillance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: media inquiry - pertussis at Jefferson Middle School",
        "body": (
            "Hi {name},\n\n"
            "Here is what we can share: since {date} there have been 6 confirmed cases of "
            "pertussis among students at the school, all mild, none hospitalized. Letters went "
            "home to all families, and the school-based clinic is offering Tdap on Thursday. We "
            "will not confirm ages, grades or any other details that could identify the "
            "students.\n\n"
            "{name2}, Public Information Officer\n\n"
            "> From: {name} ({company})\n"
            "> Can you confirm how many kids are sick and whether any are in the hospital?\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Board of Health minutes - {date}",
        "body": (
            "Present: {name} (chair), {name2}, {name3}; staff: Dr. {provider}.\n\n"
            "1. Syphilis: Dr. {provider_last} reported 402 cases YTD; congenital syphilis rose "
            "from 2 to 7. The Board approved extending clinic hours.\n"
            "2. WIC: caseload 6,140 participants, up 4%.\n"
            "3. Lead: the Board endorsed the draft lead-safe rental ordinance.\n"
            "4. Public comment: one resident spoke in support of the mobile vaccine van.\n"
            "Next meeting: {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MOU - monthly health screenings at {company}",
        "body": (
            "Attached is the MOU with {company} (faith-based partner) for monthly blood pressure, "
            "glucose and HIV screenings in the fellowship hall, starting {date}. Contact at the "
            "church: {name}, {phone}. Our staff bring all supplies; the church provides tables and "
            "announcements in Spanish and Haitian Creole.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clases gratuitas: sueño seguro y asientos de carro",
        "body": (
            "Para futuros papás y mamás: clases gratis de sueño seguro del bebé y revisión de "
            "asientos de carro.\n"
            "Martes {date}, 6:00 pm, {address}\n"
            "Instructora: {name}, técnica certificada en seguridad de pasajeros infantiles\n"
            "Cuna portátil de regalo para las primeras 20 familias inscritas (llamar al {phone}).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home visiting caseloads - November",
        "body": (
            "Nurse                 Families  Prenatal  Infant  Toddler  Visits completed\n"
            "{name}                22        6         11      5        88%\n"
            "{name2}               18        4         9       5        91%\n"
            "{name3}               24        8         10      6        79%\n\n"
            "Reminder: EPDS at 36 weeks and at 1, 4 and 6 months postpartum.\n"
            "Supervisor: {provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Focus group gift cards",
        "body": (
            "Hi {first},\n\n"
            "Here are the gift card numbers for the 4 focus group participants (parents from the "
            "WIC lead study). Please hand them out at the end; do not write participants' names on "
            "the sign-out sheet, only the card number.\n\n"
            "1. 6035 1110 4412 9021\n"
            "2. 6035 1110 4412 9039\n"
            "3. 6035 1110 4412 9047\n"
            "4. 6035 1110 4412 9054\n\n"
            "{name2}, research coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mileage approved - October",
        "body": (
            "{name}, your October mileage for home visits (412 miles) has been approved: "
            "{amount2}. It will be on the {date} paycheck. Please use the new form starting next "
            "month.\nFinance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "N95 fit testing for TB clinic and DOT staff",
        "body": (
            "Annual N95 fit testing for everyone who enters the TB clinic or does home DOT: "
            "{date}, 8-4, room 114, 15-minute slots. Sign up with {name} (ext {ext}). Bring the "
            "model you wore last year if you have it.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - harm reduction supplies",
        "body": (
            "Vendor: {company}\n"
            "Naloxone 4 mg nasal spray (2-pack) x 200\n"
            "Fentanyl test strips x 500\n"
            "Syringes 1 mL 28G x 10,000\n"
            "Condoms (assorted) x 5,000\n"
            "Ship to: {address}, attn {name}\n"
            "Total: {amount}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IIS data quality report - {clinic}",
        "body": (
            "Records submitted last month: {count}\n"
            "Timeliness (within 24 h): 91%\n"
            "Missing VFC eligibility: 3.2%\n"
            "Lot numbers not matching inventory: 14 records\n"
            "Possible duplicates auto-merged: 37\n\n"
            "Your site is above the state target for timeliness. Questions: {name}, IIS quality "
            "improvement, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Norovirus outbreak - {company} Care Center",
        "body": (
            "Confirmed norovirus GII at {company} Care Center. As of {date}: 18 residents and 7 "
            "staff ill, 1 resident hospitalized (stable). Closed to new admissions; group dining "
            "paused. Facility contact: {name}, Director of Nursing, {phone}. Our sanitarian "
            "visits tomorrow.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "School immunization compliance by school - fall report",
        "body": (
            "School                     Enrolled   Complete   Conditional   Exempt (med/rel)\n"
            "Lincoln Elementary            412      96.1%        2.0%          1.9%\n"
            "Jefferson Middle              688      93.4%        3.1%          3.5%\n"
            "Roosevelt High              1,204      91.8%        4.0%          4.2%\n\n"
            "Schools under 95% will get a visit from {name} in December.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mpox vaccine available - no appointment needed",
        "body": (
            "JYNNEOS is free at the sexual health clinic: two doses, 28 days apart. Walk in "
            "Tuesdays and Thursdays 12-7 at {address}. Vacuna contra mpox gratis, sin cita. "
            "Questions: {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Promotora honored for outreach",
        "body": (
            "FOR IMMEDIATE RELEASE\n\n"
            "{name}, a promotora de salud with the {county39} County Health Department for 11 "
            "years, received the state's Community Health Champion award on {date}. {first} "
            "helped more than 1,200 families get children's lead tests and vaccines, and organized "
            "the county's first health fair in Spanish and Mixteco.\n\n"
            "Media contact: {name2}, {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter roster - public health clinics",
        "body": (
            "Spanish: {name} (ext {ext}), plus the language line\n"
            "Vietnamese: {name2}, Mon/Wed/Fri\n"
            "Haitian Creole: {name3}, Tue/Thu\n"
            "Tagalog: language line only (code {code})\n\n"
            "Please do not use family members, especially children, to interpret at TB or STI "
            "visits.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Capacitación para promotoras: {training39}",
        "body": (
            "Capacitación obligatoria para todas las promotoras el {date} de 9 a 1 en la sala B. "
            "Facilitadora: {name}. Practicaremos con casos ficticios (no traigan información de "
            "sus familias). Se dará constancia de 4 horas de educación continua.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lead-safe rental program - grants for property owners",
        "body": (
            "Owners of rentals in {county39} County built before 1978 can apply for up to $15,000 "
            "per unit for lead hazard control. Priority goes to units where a child under 6 or a "
            "pregnant person lives. Applications open {date}. Info session: {date2} at {address}. "
            "Contact {name}, housing program manager, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CT shift handoff - evening",
        "body": (
            "Evening shift totals:\n"
            "Contacts assigned: 46\n"
            "Reached: 31 (interpreter used for 9: 6 ES, 2 VI, 1 HT)\n"
            "Referred for testing: 6\n"
            "Wrong number / no answer x3: 9 - moved to the field team\n\n"
            "Nothing urgent pending. Tomorrow's call list is in the secure drive, not attached "
            "here.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Heat advisory - cooling centers open / centros de enfriamiento",
        "body": (
            "Cooling centers are open 10 am-8 pm through {date}: {address} and the public library. "
            "Check on older neighbors and never leave children in cars. Centros de enfriamiento "
            "abiertos de 10 a 8. Trung tâm làm mát mở cửa từ 10 giờ sáng đến 8 giờ tối. "
            "Info: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Multistate STEC O157 outbreak - CDC call notes",
        "body": (
            "Notes from today's CDC call ({date}):\n"
            "- 63 cases in 14 states; 22 hospitalized, 5 with HUS, no deaths\n"
            "- Our state: 4 cases, 1 of them in {county39} County\n"
            "- Leading hypothesis: bagged romaine; traceback under way\n"
            "- Next call {date2}\n"
            "{name}, foodborne epi\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prenatal nutrition class - new instructor",
        "body": (
            "Starting {date}, Ms. {last} (WIC nutritionist) will teach the monthly prenatal "
            "nutrition class in English and Spanish: healthy weight gain, iron-rich foods and "
            "gestational diabetes basics. Clients can sign up at the front desk; guests welcome.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TB program contacts",
        "body": (
            "TB controller: Dr. {provider}, {phone}\n"
            "Nurse case manager: {name}, {email}\n"
            "Outreach / DOT: {name2}, {name3}\n"
            "Chest clinic: Mon and Thu mornings, {address}\n"
            "After-hours: call the health officer on call via the answering service.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

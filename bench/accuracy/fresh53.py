"""Held-out split "fresh53": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), parts of bench/accuracy/fresh6.py (lines 1-120, 150-230 and 436-480) and of
bench/accuracy/fresh7.py (lines 1-80), plus a grep of both for the lines naming their
FRESH6/FRESH7 tables, as examples of the data format, and the module docstring of
bench/accuracy/fresh51.py (its first 80 lines were printed; read as a model of this
docstring, the data format and the labelling rules, not for its templates or vocabulary),
for the placeholder names, the data format and the labelling, and so as not to repeat their
templates. The file names in bench/accuracy/ were listed once (with the line counts of
generate.py, fresh6.py and fresh7.py), and the [tool.ruff], [tool.ruff.lint] and
[tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read, for the line length
and lint rules. The author did not read gateway/, policies/, docs/, tests/, README.md,
bench/accuracy/vocab/, bench/accuracy/formats.py, run.py or any other
bench/accuracy/fresh*.py file (fresh52.py, written at the same time by another helper, was
neither read nor touched), and did not run git, the detector, run.py, the benchmark or any
test. The only things run were `date`, a small Luhn computation over candidate card-like and
e-ticket numbers before writing them, Python's ast module over generate.py (without
executing it) to collect the placeholder names that generate.fill() and
generate.fresh_fill() provide, imports of this file with a small script in /tmp/fresh53/
checking its placeholders, key sets, labels, the validated rule, the placeholders the
negatives must not use, a trial str.format() of every template, and the Luhn failure of
every card-like number in the negatives, three small Python string replacements in this
file's draft (and later a re-wrap of this docstring and the addition of two negatives and an
e-ticket field), and ruff format and ruff check on this file.

Angle: travel, cross-border and international health. Mail from and to travel-medicine
clinics (pre-travel consultations, yellow fever and other vaccinations, malaria prophylaxis,
International Certificates of Vaccination, exemption letters, rabies post-exposure courses
continued abroad), airline medical desks (MEDIF and fitness-to-fly forms, MEDA clearances,
oxygen on board, stretcher and wheelchair requests, PNR and SSR printouts), cruise-ship
medical centres (logs, disembarkations, evacuations, fit-to-sail letters), travel-insurance
and assistance companies (emergency claims, guarantees of payment, case files, medical
repatriation and air ambulance missions, pre-existing condition decisions), medical-tourism
facilitators and overseas hospitals (quotes, arrivals, discharge summaries, deposits),
expatriate and international health plans (pre-authorisations, claims, Medigap and Medicare
Advantage foreign-travel claims), interpreters and patient-relations desks for international
patients, embassies' visa medicals, and travellers and families writing in from abroad.
Shapes vary: forms with "Label: value" fields, ALL-CAPS system printouts (airline PNR and
SSR remarks, MEDIF fields, assistance-company case files), pasted tables and CSV, calendar
invitations pasted as text (SUMMARY/DTSTART/DESCRIPTION lines), WhatsApp and Teams style
chat exports, SMS threads, forwarded threads with "> " quoting, HTML fragments, terse notes
with typos and abbreviations, long narratives, first-person mail from travellers and
families, and German, Italian, Turkish (with and without its own letters), Thai and Arabic
written in Latin letters (romanised), and Spanish. Names sit in many positions: start of
line, after a greeting, passport style "SURNAME/GIVEN MR", initials plus surname with a date
of birth, title plus surname, first name only with a date of birth or a relative, in CSV
rows and in the Subject. About half of the PHI templates carry PHI in the Subject; the rest
have no person's name in the Subject at all. The hard negatives come from the same world:
travel-health notices and country vaccine requirements naming diseases and drugs but no
person, aggregate clinic, airline, cruise and claims statistics, flight disruptions and crew
rosters with no health fact, booking references and e-ticket numbers, job postings,
conference and webinar announcements, letter templates and a blank MEDIF with bracketed or
empty fields, signatures with NPI and phone/fax, tracking, invoice, order and ticket
numbers, UUIDs, "B12" as a seat and "A1C" as a trade-fair stand, card-like numbers that fail
the Luhn check, staff and interpreters named with no health information, a de-identified
teaching case, and a coding reminder with literal ICD-10 codes and no patient.

This file's own placeholders (FRESH53_VOCAB): {tdx53} (a diagnosis made while travelling),
{tsym53} (a traveller's symptom), {cond53} (a chronic condition relevant to travel),
{capdx53} (the same in ALL CAPS, as printouts carry it), {med53} (a regular medication),
{oxy53} (an oxygen prescription or concentrator), {ssr53} (an airline special service
request code for assistance), {ftf53} (a fitness-to-fly decision), {evac53} (a mode of
medical transport), {vital53} (vital signs or a lab value), {paxname53} (a passenger name in
passport style), {trav53} (a traveller's full name) and {initsur53} (initials plus surname)
are used only in the PHI templates. {vax53} (a travel vaccine), {proph53} (a malaria or
travel medicine and dose), {mproc53} (a medical-tourism procedure), {dest53} (a destination
country), {hosp53} (an overseas hospital), {ship53} (a cruise ship), {port53} (a port of
call), {flt53} (a flight number), {apt53} (an airport code), {pnr53} (a booking reference),
{etkt53} (an e-ticket number), {case53} (an assistance case number), {lang53} (a language),
{plan53} (a travel or expatriate health plan), {assist53} (an assistance company), {cabin53}
(a cabin number), {visa53} (a visa medical) and {staff53} (a staff member's name) are used
in both groups; in the negatives a vaccine, drug or procedure goes only with no person or
with aggregate figures, a booking reference or e-ticket goes with no passenger's name, and a
staff name only with staff work. Other placeholders come from generate.fill() and
generate.fresh_fill(). Only plain {name} placeholders are used (no index or attribute
syntax).

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient or traveller (full
name; title plus surname; initials plus surname with a date of birth; first name plus a date
of birth, a named relative, an address or a phone; MRN, member ID, SSN, MBI or passport
number; the person's own phone, email or address) is linked to health information
(condition, symptom, finding, measurement, test result, medication, vaccination, device,
procedure, injury, visit or appointment for care, payment for care). For this split a
vaccination or its certificate, a contraindication to a vaccine, malaria tablets, a MEDIF or
fitness-to-fly decision, oxygen or a wheelchair or stretcher requested for a medical reason,
a visa medical and its results, a guarantee of payment or claim for treatment, a medical
repatriation or evacuation, and a medical-tourism procedure booked for a person are health
information. Physicians, nurses, coordinators, interpreters, crew, agents, vendors and
clerks named as staff are not patients. subject_phi is True only when the Subject alone
identifies a patient together with health information, or holds a patient identifier (MRN,
MBI) in a care context; PHI templates whose Subject is not PHI carry no person's name in the
Subject at all. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the
Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd},
{mbi}, {passport} or {intl_name}, never pair a home address with care, and name only staff,
vendors, payers or nobody, or give aggregate figures. Literal card-like and e-ticket numbers
in the negatives fail the Luhn check; among the negatives, literal ICD-10 codes appear only
in a coding reminder with no patient. Anything ambiguous was left out or rewritten so that
no person is identifiable.

It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.
"""

from __future__ import annotations

FRESH53_VOCAB: dict[str, list[str]] = {
    "tdx53": [
        "falciparum malaria",
        "dengue fever with warning signs",
        "traveller's diarrhoea with dehydration",
        "typhoid fever",
        "a deep vein thrombosis after a long-haul flight",
        "acute mountain sickness",
        "a fractured femur after a scooter accident",
        "acute appendicitis",
        "an inferior STEMI",
        "decompression sickness after diving",
        "heat stroke",
        "chikungunya",
        "giardiasis",
        "a left-sided stroke",
        "a spontaneous pneumothorax",
        "acute pancreatitis",
        "a kidney stone",
        "cellulitis of the foot after a coral cut",
        "COVID-19 pneumonia",
        "a dog bite to the right hand",
        "leptospirosis",
        "hepatitis A",
        "a subarachnoid haemorrhage",
    ],
    "tsym53": [
        "high fever and shaking chills",
        "bloody diarrhoea",
        "a painful swollen left calf",
        "a severe headache and stiff neck",
        "yellow eyes and dark urine",
        "chest pain and sweating",
        "confusion and vomiting at altitude",
        "joint pain and a rash",
        "shortness of breath",
        "pain in the right lower abdomen",
        "dizziness and fainting",
        "fever and body aches",
    ],
    "cond53": [
        "COPD on home oxygen",
        "a heart attack six weeks ago",
        "type 1 diabetes",
        "epilepsy",
        "a kidney transplant",
        "rheumatoid arthritis on biologics",
        "sickle cell disease",
        "heart failure",
        "end-stage kidney disease on haemodialysis",
        "multiple sclerosis",
        "pulmonary hypertension",
        "HIV, well controlled",
        "a recent pneumothorax",
        "Crohn's disease",
    ],
    "capdx53": [
        "COPD GOLD 3 ON HOME O2",
        "POST MI 10 DAYS UNCOMPLICATED",
        "FRACTURED FEMUR IN TRACTION",
        "CVA WITH LEFT HEMIPARESIS",
        "PNEUMONIA ON IV ANTIBIOTICS",
        "POST LAP CHOLECYSTECTOMY DAY 4",
        "PREGNANCY 35 WEEKS",
        "PARAPLEGIA T10",
        "FALCIPARUM MALARIA RESOLVED",
        "HIP FRACTURE POST ORIF",
    ],
    "med53": [
        "apixaban 5 mg twice daily",
        "insulin glargine and NovoRapid pens",
        "tacrolimus 2 mg twice daily",
        "methotrexate 15 mg weekly",
        "prednisolone 10 mg",
        "levetiracetam 750 mg",
        "enoxaparin 40 mg injections",
        "adalimumab pens (need refrigeration)",
        "warfarin",
        "metoprolol 50 mg",
        "sertraline 100 mg",
        "hydroxyurea 500 mg",
        "a tiotropium inhaler",
    ],
    "oxy53": [
        "2 L/min continuous via nasal cannula",
        "an Inogen One G5 concentrator on setting 2",
        "oxygen at 3 L/min on exertion",
        "a SimplyGo Mini on pulse setting 3",
    ],
    "ssr53": ["WCHR", "WCHS", "WCHC", "MAAS", "BLND", "DEAF"],
    "ftf53": [
        "fit to fly with a nurse escort",
        "fit to fly seated with oxygen",
        "not fit to fly for at least 10 days",
        "fit to fly on a stretcher with a doctor escort",
        "fit to fly in business class with legs elevated",
    ],
    "evac53": [
        "air ambulance (Learjet 45, ICU configuration)",
        "a commercial stretcher with doctor escort",
        "commercial business class with a nurse escort",
        "ground ambulance across the border",
        "a scheduled flight in economy with wheelchair assistance",
    ],
    "vital53": [
        "SpO2 88% on room air, RR 24",
        "BP 168/102, HR 112",
        "temp 39.6 C, HR 118, BP 96/60",
        "GCS 14, BP 150/90",
        "SpO2 94% on 2 L, HR 96",
        "Hb 7.9 g/dL, platelets 38",
        "platelets 42,000, haematocrit rising",
    ],
    "paxname53": [
        "OZTURK/EMINE MRS",
        "BAUER/JUERGEN MR",
        "CHAROENSUK/NATTAYA MS",
        "ALHASHIMI/KHALID MR",
        "RUSSO/GIANLUCA MR",
        "GARCIALOPEZ/MARIAJOSE MRS",
        "OKAFOR/CHINEDU MR",
        "MUELLER/ANNAMARIA MS",
        "SRISAWAT/PRAPHAN MR",
        "BENALI/YASMINE MRS",
    ],
    "trav53": [
        "Emine Öztürk",
        "Khalid Al-Hashimi",
        "Nattaya Charoensuk",
        "Jürgen Bauer",
        "Gianluca Russo",
        "María José García López",
        "Mustafa Demirci",
        "Fatima Al-Zahrani",
        "Somchai Rattanakul",
        "Giovanna Esposito",
        "Hans-Peter Krüger",
        "Abdullah Al-Mansouri",
    ],
    "initsur53": [
        "E. Öztürk",
        "K. Al-Hashimi",
        "N. Charoensuk",
        "J. Bauer",
        "G. Russo",
        "M.J. García",
        "M. Demirci",
        "S. Rattanakul",
    ],
    "vax53": [
        "yellow fever (Stamaril)",
        "typhoid Vi",
        "hepatitis A",
        "Japanese encephalitis (Ixiaro) dose 1",
        "rabies pre-exposure dose 1",
        "meningococcal ACWY",
        "oral cholera vaccine",
        "tick-borne encephalitis",
        "polio booster (IPV)",
        "dengue vaccine (Qdenga)",
        "hepatitis A/B combined (Twinrix)",
        "Tdap booster",
    ],
    "proph53": [
        "atovaquone-proguanil 250/100 mg daily",
        "doxycycline 100 mg daily",
        "mefloquine 250 mg weekly",
        "azithromycin 500 mg standby course",
        "acetazolamide 125 mg twice daily",
        "tafenoquine 200 mg weekly",
        "chloroquine 300 mg weekly",
    ],
    "mproc53": [
        "total hip replacement",
        "total knee replacement",
        "IVF with ICSI",
        "dental implants (six units)",
        "gastric sleeve surgery",
        "rhinoplasty",
        "hair transplant (FUE, 3,500 grafts)",
        "LASIK on both eyes",
        "coronary bypass surgery",
        "abdominoplasty",
        "cataract surgery",
    ],
    "dest53": [
        "Ghana",
        "Kenya",
        "Tanzania",
        "Peru",
        "Brazil",
        "Thailand",
        "Vietnam",
        "India",
        "Nigeria",
        "Colombia",
        "Indonesia",
        "Uganda",
        "Cambodia",
        "Bolivia",
    ],
    "hosp53": [
        "Siam Riverside International Hospital, Bangkok",
        "Anatolia Health Hospital, Istanbul",
        "Clínica del Mar, Málaga",
        "Klinikum am Seepark, Munich",
        "Al Noor Specialist Hospital, Dubai",
        "Policlinico Santa Chiara, Rome",
        "Hospital Internacional Costa Azul, San José",
        "Lakeview International Hospital, Nairobi",
        "Harbourfront Medical Centre, Cartagena",
    ],
    "ship53": [
        "MS Aurora Serena",
        "Celestia Voyager",
        "MV Northern Lark",
        "Ocean Meridian",
        "Blue Horizon Spirit",
    ],
    "port53": [
        "Cozumel",
        "Santorini",
        "Dubrovnik",
        "Nassau",
        "Civitavecchia",
        "Kusadasi",
        "Phuket",
        "Cartagena",
        "Bergen",
    ],
    "flt53": [
        "LH 772",
        "TK 1879",
        "EK 203",
        "QR 8",
        "AZ 610",
        "TG 921",
        "IB 6251",
        "KL 565",
        "LX 16",
        "ET 501",
    ],
    "apt53": ["FRA", "IST", "BKK", "DXB", "FCO", "MAD", "JFK", "NBO", "MUC", "ADD"],
    "pnr53": ["K7QX2M", "ZP4HNL", "Q9WTRB", "M3VKDX", "HX8RTA", "JB2LQF", "T6NMWC"],
    "etkt53": [
        "176-2458813391",
        "057-2193846205",
        "235-4810927364",
        "157-3302948816",
        "081-7745290136",
        "607-8892014453",
        "220-2415836791",
    ],
    "case53": [
        "GMA-26-118842",
        "SC/2611/4471",
        "ATR-0093175",
        "NMA 26 40917",
        "MGA-26-230518",
    ],
    "lang53": [
        "Arabic",
        "Turkish",
        "Thai",
        "Italian",
        "German",
        "Spanish",
        "Russian",
        "Mandarin",
        "Amharic",
        "Portuguese",
    ],
    "plan53": [
        "GlobalCare Expat Premier",
        "Nomad Shield Plus",
        "InterMed Worldwide Gold",
        "TravelSafe Annual Multi-Trip",
        "Horizon International Health Select",
    ],
    "assist53": [
        "Meridian Global Assistance",
        "SkyCare Assist",
        "Atlas Travel Rescue",
        "Nordic Medical Assistance",
        "Compass 24/7 Assistance",
    ],
    "cabin53": ["6118", "9204", "10355", "7510", "5233", "8142"],
    "visa53": [
        "UK visa TB screening",
        "Australian visa medical",
        "Canadian immigration medical exam",
        "US immigrant visa medical",
        "New Zealand visa medical",
    ],
    "staff53": [
        "Ayşe Kaya",
        "Kanokwan Srisuk",
        "Layla Haddad",
        "Matteo Conti",
        "Katrin Vogel",
        "Rosa Medina",
        "Omar Farouk",
        "Ingrid Lindqvist",
        "Pablo Ferrer",
        "Dilek Aksoy",
    ],
}


FRESH53_PHI: list[dict] = [
    {
        "subject": "Pre-travel consultation record",
        "body": (
            "TRAVEL HEALTH CLINIC - PRE-TRAVEL CONSULTATION\n"
            "Traveller: {name}\n"
            "DOB: {dob}\n"
            "Destination(s): {dest53}, 3 weeks, rural homestays and a safari\n"
            "Departure: {date}\n"
            "Medical history: {cond53}\n"
            "Current medication: {med53}\n"
            "Vaccines given today: {vax53}; typhoid Vi\n"
            "Malaria prophylaxis: {proph53}, as per the leaflet given\n"
            "Advice: food and water, insect bites, rabies, travel insurance\n"
            "Clinician: {provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Yellow fever certificate replacement for {name}",
        "body": (
            "Hello,\n\n"
            "I lost my yellow International Certificate of Vaccination on the way back from "
            "{dest53}. I was vaccinated against yellow fever at your clinic on {date2}. Could "
            "you issue a replacement before my next trip? Passport number {passport}, date "
            "of birth {dob}. The batch number should be in your records.\n\n"
            "Thanks,\n{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Yellow fever vaccine exemption - {name}",
        "body": (
            "MEDICAL CONTRAINDICATION TO VACCINATION\n\n"
            "This is to certify that {name}, born {dob}, passport {passport}, should not "
            "receive the yellow fever vaccine because of {cond53} and current treatment with "
            "{med53}. The traveller has been advised about avoiding mosquito bites and about "
            "the risk of travel to {dest53}.\n\n"
            "The section 'Medical contraindication to vaccination' of the ICVP has been "
            "completed and stamped.\n\n"
            "{provider}, MD\nDesignated Yellow Fever Vaccination Centre\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MEDIF part 2 - {paxname53} - {pnr53}",
        "body": (
            "MEDICAL INFORMATION FORM (MEDIF) - PART 2 - COMPLETED BY ATTENDING PHYSICIAN\n"
            "MEDA01 PASSENGER NAME: {paxname53}\n"
            "MEDA02 BOOKING REF: {pnr53}   FLIGHT: {flt53} / {date}\n"
            "MEDA03 ATTENDING PHYSICIAN: DR {provider}   TEL {phone}\n"
            "MEDA04 DIAGNOSIS: {capdx53}\n"
            "MEDA05 PROGNOSIS FOR THE TRIP: GOOD\n"
            "MEDA06 CONTAGIOUS: NO\n"
            "MEDA07 CAN USE NORMAL SEAT WITH SEATBACK UPRIGHT: NO\n"
            "MEDA08 CAN TAKE CARE OF OWN NEEDS ON BOARD: NO - ESCORT\n"
            "MEDA09 ESCORT: NURSE\n"
            "MEDA10 WHEELCHAIR: WCHC\n"
            "MEDA12 OXYGEN: YES, 2 L/MIN CONTINUOUS\n"
            "MEDA16 MEDICATION ON BOARD: {med53}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PNR {pnr53} - SSR update",
        "body": (
            "RP/FRA1A0980/FRA1A0980            AA/SU  {date}\n"
            "  1.{paxname53}\n"
            "  2  {flt53} Y {date} {apt53} HK1  2140 1405+1\n"
            "  3 AP {phone}\n"
            "  4 SSR {ssr53} YY HK1 /S2/P1\n"
            "  5 SSR MEDA YY HK1 /S2 MEDIF RCVD - {capdx53}\n"
            "  6 SSR OXYG YY HK1 /S2 POC APPROVED 2 LPM\n"
            "  7 OSI YY PAX REQUIRES AISLE SEAT NEAR LAV\n"
            "  8 RM MEDICAL CLEARANCE REF {case53}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oxygen on flight {flt53}",
        "body": (
            "Dear Special Assistance team,\n\n"
            "My father, {name}, is flying with you on {flt53} on {date} (booking {pnr53}). "
            "He has {cond53} and uses {oxy53} at home. Can he bring his own portable "
            "concentrator, and how many batteries does he need? His lung specialist has "
            "filled in the MEDIF, which I attach.\n\n"
            "Kind regards,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "STCR request {flt53} {date}",
        "body": (
            "Dear Medical Desk,\n"
            "On behalf of our client, please book a stretcher (STCR) and two escort seats:\n"
            "Pax: {paxname53}\n"
            "Case ref: {case53}\n"
            "Diagnosis: {tdx53}, immobilised, stable\n"
            "Escort: doctor and nurse from {assist53}\n"
            "Oxygen: 4 L/min from airline cylinders\n"
            "PNR {pnr53}, {flt53} on {date}, e-ticket {etkt53}\n"
            "A ground ambulance meets the aircraft on arrival.\n"
            "Regards,\n{staff53}\nMedical Coordinator, {assist53}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical disembarkation - {name}, cabin {cabin53}",
        "body": (
            "MEDICAL CENTRE - {ship53}\n"
            "Guest: {name}\n"
            "Cabin: {cabin53}\n"
            "DOB: {dob}\n"
            "Seen: {date} 02:40 ship's time\n"
            "Presenting complaint: {tsym53}\n"
            "Findings: {vital53}\n"
            "Working diagnosis: {tdx53}\n"
            "Treatment on board: IV fluids, analgesia, oxygen\n"
            "Disposition: disembarked at {port53} by port ambulance to {hosp53}. Travel "
            "companion informed. Port agent to arrange the flight home.\n"
            "Senior Doctor, {ship53}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medical centre log {date}",
        "body": (
            "date,time,cabin,guest,complaint,treatment,charge\n"
            "{date},08:10,{cabin53},{name},{tsym53},assessment + meds,{amount}\n"
            "{date},09:25,4021,{name2},seasickness,meclizine 25 mg x4,$38.00\n"
            "{date},11:40,7733,{name3},sunburn and dehydration,ORS + aloe gel,$64.00\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your emergency medical claim",
        "body": (
            "Dear {name},\n\n"
            "We have approved your claim {claim} for emergency treatment of {tdx53} at "
            "{hosp53} during your trip to {dest53}. The eligible amount of {amount} will be "
            "refunded to the card you gave us ({card}) within 5 business days.\n\n"
            "Policy: {plan53}\nTravel Claims Team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Guarantee of payment - {name} - admission {hosp53}",
        "body": (
            "GUARANTEE OF PAYMENT\n"
            "To: Admissions / International Office, {hosp53}\n"
            "Our ref: {case53}\n\n"
            "We confirm that {assist53}, on behalf of {plan53}, guarantees payment of "
            "medically necessary charges up to {amount} for:\n"
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Admitted: {date}\n"
            "Diagnosis: {tdx53} (ICD-10 {icd})\n\n"
            "Excluded: personal items, room upgrades, treatment of the pre-existing "
            "{cond53}. Please send daily medical reports to our 24/7 desk, {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "CASE {case53} UPDATE",
        "body": (
            "{assist53} - MEDICAL CASE FILE\n"
            "CASE NO: {case53}\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "POLICY: {plan53} / {member}\n"
            "LOCATION: {hosp53}\n"
            "DIAGNOSIS: {capdx53}\n"
            "ICD10: {icd}\n"
            "MEDICAL STATUS: STABLE, {vital53}\n"
            "PLAN: {evac53}\n"
            "GOP ISSUED: {amount}\n"
            "NEXT REVIEW: {date2}\n"
            "MD ON CASE: DR {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Repatriation of {intl_name} - {tdx53}",
        "body": (
            "Dear colleagues,\n\n"
            "Following today's call with the treating physician at {hosp53}, our medical "
            "team has approved the repatriation of {intl_name} ({age}), admitted with "
            "{tdx53}. Latest vitals: {vital53}. Assessment: {ftf53}. We propose {evac53} "
            "on {date2}, bed to bed, with a handover at the receiving hospital. The family "
            "has been informed and agrees.\n\n"
            "Please confirm acceptance and a ward bed at the receiving hospital.\n\n"
            "Best regards,\n{staff53}, Medical Assistance Coordinator\n{assist53}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Mission brief {date}",
        "body": (
            "MISSION BRIEF - AIR AMBULANCE\n"
            "Aircraft: Learjet 45, ICU configuration\n"
            "Pick-up: {apt53}, bed to bed\n"
            "Patient: {paxname53}, {age} y\n"
            "Dx: {capdx53}\n"
            "Vitals at handover: {vital53}\n"
            "O2: {oxy53}\n"
            "Meds: {med53}\n"
            "Crew: flight physician {provider}, flight nurse {staff53}\n"
            "Family escort: spouse (1 seat)\n"
            "Case: {case53}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your {mproc53} package quote",
        "body": (
            "Dear {name},\n\n"
            "Thank you for sending your X-rays and blood results. Dr. {provider_last}'s team "
            "at {hosp53} has reviewed them and confirms that you are a suitable candidate "
            "for {mproc53}, as your {cond53} is well controlled. Package price: {amount} "
            "(surgery, 5 nights, airport transfers and an interpreter). Please follow the "
            "instructions about {med53} before surgery. Proposed surgery date: {date2}.\n\n"
            "Warm regards,\n{staff53}\nPatient Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Discharge summary MRN {mrn}",
        "body": (
            "{hosp53} - International Patient Department\n"
            "DISCHARGE SUMMARY\n"
            "Patient: {name}    MRN: {mrn}    DOB: {dob}\n"
            "Nationality: USA    Passport: {passport}\n"
            "Admission: {date}    Discharge: {date2}\n"
            "Diagnosis: {tdx53} (ICD-10 {icd})\n"
            "Course: treated on the medical ward, improving, afebrile for 48 hours.\n"
            "Discharge medications: {med53}\n"
            "Follow-up: home physician within one week. Fitness to fly: {ftf53}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Pre-authorisation request",
        "body": (
            "Plan: {plan53}\n"
            "Member ID: {member}\n"
            "Member name: {name}\n"
            "Country of residence: {dest53}\n"
            "Requested treatment: {mproc53}\n"
            "Diagnosis code: {icd}\n"
            "Treating facility: {hosp53}\n"
            "Estimated cost: {amount}\n"
            "Please confirm cover before admission on {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Interpreter request",
        "body": (
            "Please book a {lang53} interpreter (in person, not by phone) for Mr. {last}, "
            "MRN {mrn}, for the consent discussion before his {mproc53} on {date} at 8:00. "
            "His son will be present but should not interpret. Ward 6B.\n"
            "International Patient Services, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Complaint about my stay",
        "body": (
            "To the Patient Relations Office,\n\n"
            "I was admitted to your hospital from {date} to {date2} while on holiday, with "
            "{tdx53}. Nobody explained my medication ({med53}) in English, the interpreter "
            "never came, and I was billed {amount} even though my insurer, {plan53}, had "
            "sent a guarantee of payment. I would like an itemised bill and a copy of my "
            "medical records.\n\n"
            "{name}\n{email}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Visa medical - {name} - TB follow-up",
        "body": (
            "Dear applicant,\n\n"
            "Your {visa53} examination on {date} included a chest X-ray that showed changes "
            "needing further tests. Before a certificate can be issued you must give three "
            "sputum samples for culture; results take about eight weeks. Passport number on "
            "file: {passport}.\n\n"
            "Panel Physician's Office\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "urgent - bitten by a monkey",
        "body": (
            "hi, im in {dest53} right now and a monkey bit my hand at a temple this morning. "
            "the local clinic washed it and gave me the first rabies shot but they dont have "
            "immunoglobulin. i had 2 pre-travel rabies doses at your clinic last year?? what "
            "do i do, do i need to fly somewhere? my insurance is {plan53}, case {case53}.\n"
            "{name}\nDOB {dob}\nwhatsapp {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WhatsApp sohbeti",
        "body": (
            "[10:42] Ayşe: Babam {name} tatilde hastaneye kaldırıldı, doktorlar kalp krizi "
            "diyor\n"
            "[10:43] Ayşe: yoğun bakımda, yarın anjiyo yapacaklar\n"
            "[10:45] Mehmet: sigorta şirketini aradın mı? dosya no {case53}\n"
            "[10:47] Ayşe: aradım, hastane ödeme garantisi bekliyor: {hosp53}\n"
            "[10:52] Mehmet: doğum tarihi {dob}, pasaport {passport}, göndereyim mi?\n"
            "[10:53] Ayşe: gönder, bir de kullandığı ilaçlar: {med53}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Text messages",
        "body": (
            "Travel Clinic: Reminder: your rabies vaccine dose 3 is due {date}. Reply C to "
            "confirm.\n"
            "{first}: hi its {name}, im already in {dest53}, can i get it here??\n"
            "Travel Clinic: Yes, any clinic can give it. Take your vaccination card. Call "
            "{phone} if you need a letter.\n"
            "{first}: ok thx. also {tsym53} since yesterday, should i worry\n"
            "Travel Clinic: Please see a local doctor today and tell them where you have "
            "travelled.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: Pre-travel consult - {name} @ {date}",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:Pre-travel consult - {name} (yellow fever + malaria\\, {dest53})\n"
            "DTSTART:20270114T093000\n"
            "DTEND:20270114T100000\n"
            "LOCATION:Travel Health Clinic\\, room 3\n"
            "DESCRIPTION:Departs {date2}. Needs {vax53}. Takes {med53} - check "
            "interactions with {proph53}.\n"
            "ORGANIZER:mailto:travelclinic@clinic.example\n"
            "END:VEVENT\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: {name} - ICU update from {hosp53}",
        "body": (
            "Team, see below. The family has asked for a call today.\n\n"
            "---------- Forwarded message ----------\n"
            "From: International Office, {hosp53}\n"
            "Date: {date}\n\n"
            "> Dear {assist53},\n"
            "> Update on your client {name} (your ref {case53}):\n"
            "> Condition remains serious but stable. {vital53}.\n"
            "> Diagnosis confirmed: {tdx53}.\n"
            "> Not fit for transfer for at least 72 hours.\n"
            "> Please extend the guarantee of payment by {amount}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your travel vaccination record",
        "body": (
            "<html><body>\n"
            "<p>Dear {name},</p>\n"
            "<p>Your vaccination record was updated after your visit on {date}:</p>\n"
            "<table><tr><td>Vaccine</td><td>{vax53}</td></tr>\n"
            "<tr><td>Dose</td><td>1 of 2</td></tr>\n"
            "<tr><td>Next dose due</td><td>{date2}</td></tr></table>\n"
            "<p>Malaria tablets prescribed: {proph53}.</p>\n"
            "</body></html>\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "returned traveler w fever",
        "body": (
            "fyi - {name} ({age}) back frm {dest53} 6 days ago, fever 39.4, rigors, took no "
            "proph. malaria RDT pos, P. falc on smear. sent to ED by ambulance, called ahead "
            "to ID. wife has the travel docs.\n- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Terminbestätigung Reiseimpfung - Frau {last}",
        "body": (
            "Sehr geehrte Frau {last},\n\n"
            "hiermit bestätigen wir Ihren Termin in unserer reisemedizinischen Sprechstunde "
            "am {date}. Geplant sind die Impfung gegen {vax53} und eine Beratung zur "
            "Malariaprophylaxe für Ihre Reise nach {dest53}. Laut Ihren Angaben (geb. {dob}) "
            "nehmen Sie derzeit {med53} ein; bitte bringen Sie Ihren Impfpass und Ihren "
            "Medikationsplan mit.\n\n"
            "Mit freundlichen Grüßen\nIhr Team der Reisemedizin\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Aggiornamento clinico - {name}",
        "body": (
            "Gentile signora,\n\n"
            "Le scriviamo dall'Ufficio Pazienti Internazionali del {hosp53}. Suo marito, "
            "{name}, è ricoverato dal {date} in terapia intensiva per {tdx53}. Le condizioni "
            "sono stabili; i valori di oggi: {vital53}. Il medico di guardia la chiamerà "
            "domani mattina. Per la compagnia di assistenza il numero di pratica è "
            "{case53}.\n\n"
            "Cordiali saluti\n{staff53}\nUfficio Pazienti Internazionali\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Operasyon tarihiniz hakkinda",
        "body": (
            "Sayin {name},\n\n"
            "{mproc53} operasyonunuz {date} tarihinde planlanmistir.\n"
            "Hastane: {hosp53}\n"
            "Ameliyat oncesi kan tahlilleri ve EKG gelis gununuzde yapilacak. Kullandiginiz "
            "{med53} ilacini doktorunuzun onayi olmadan kesmeyiniz. Havalimaninda "
            "tercumanimiz sizi karsilayacak.\n\n"
            "Saygilarimizla,\n{staff53}\nHasta Koordinatoru\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Update jak International Patient Center",
        "body": (
            "Sawatdee kha,\n\n"
            "Dichan {staff53} jak International Patient Center, {hosp53} kha. Khun {name} "
            "khao rap kan raksa thi rong phayaban tang tae wan thi {date} duai rok {tdx53} "
            "kha. Tonni aakaan khong thi, mo ja truat leuat iik khrang phrung ni. Borisat "
            "prakan yang mai song GOP ma kha, rop kuan khun chuai tit to {assist53} duai na "
            "kha. Ber thorasap hong phu puai: {phone}\n\n"
            "Khob khun kha\n{staff53}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Istifsar an amaliya li-walidi",
        "body": (
            "As-salamu alaykum,\n\n"
            "Walidi {trav53}, umruhu {age} sana, indahu marad al-sukkari wa daght al-dam, wa "
            "qal al-tabib innahu yahtaj ila {mproc53}. Nurid an na'rif al-taklifa wa hal "
            "yumkin al-safar ila {hosp53} qabl {date}? Ma'i al-taqarir al-tibbiya wa nata'ij "
            "al-tahalil.\n\n"
            "Shukran jazilan,\n{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reclamación de gastos médicos - {name}",
        "body": (
            "Estimado/a {name}:\n\n"
            "Hemos recibido su reclamación por la atención de urgencia en {hosp53} el {date} "
            "por {tdx53}. Tras revisar el informe médico, aprobamos el reembolso de "
            "{amount}, que abonaremos en la tarjeta terminada en el número indicado "
            "({card}) en un plazo de 10 días hábiles.\n\n"
            "Póliza: {plan53}\nDepartamento de Siniestros\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Foreign travel emergency claim - MBI {mbi}",
        "body": (
            "Enclosed is the itemised bill from {hosp53} for emergency care during a cruise "
            "stop in {port53} on {date}: {tdx53}, two nights' admission, total {amount}. "
            "Beneficiary: {name}. Please process under the Medigap foreign travel emergency "
            "benefit. Original Medicare does not pay for care abroad, so no Medicare EOB is "
            "attached.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Receipt - travel clinic visit",
        "body": (
            "RECEIPT {invoice}\n"
            "Patient: {name}\n"
            "Date: {date}\n"
            "Japanese encephalitis vaccine, dose 1 of 2    $345.00\n"
            "{vax53}    $120.00\n"
            "Consultation (pre-travel)    $95.00\n"
            "Paid by card: {card}\n"
            "Travel vaccines are not covered by most health plans; keep this receipt.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Claim form - {name} - hospital stay in {dest53}",
        "body": (
            "INTERNATIONAL HEALTH PLAN - CLAIM FORM\n"
            "Plan: {plan53}\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "US SSN (for tax reporting): {ssn}\n"
            "Country of treatment: {dest53}\n"
            "Provider: {hosp53}\n"
            "Dates: {date} - {date2}\n"
            "Reason for treatment: {tdx53}\n"
            "Amount paid: {amount}\n"
            "Reimburse to: bank account on file\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Holiday dialysis booking - {name}",
        "body": (
            "Dear Dialysis Unit,\n\n"
            "We would like to book holiday haemodialysis for our patient {name}, DOB {dob}, "
            "who will be in {port53} from {date} to {date2}: 3 sessions a week, 4 hours, "
            "via a left arm fistula. Dry weight 71.5 kg. Hepatitis B sAg negative, HIV and "
            "hepatitis C negative (tests from last month attached). Medicare (MBI {mbi}) "
            "does not cover treatment abroad; the patient will pay directly.\n\n"
            "Holiday coordinator, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Fit to sail letter",
        "body": (
            "Re: booking {pnr53}, {ship53}, departing {port53} on {date}\n\n"
            "To whom it may concern:\n"
            "{name}, date of birth {dob}, will be 22 weeks pregnant on the sailing date. The "
            "pregnancy is uncomplicated and she is fit to travel. Estimated due date: "
            "{date2}.\n\n"
            "{provider}, MD, Obstetrics\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MEDA clearance {pnr53} - {paxname53} - oxygen approved",
        "body": (
            "MEDICAL CLEARANCE ISSUED\n"
            "CASE {case53}\n"
            "PAX {paxname53}   PNR {pnr53}   {flt53} {date}\n"
            "CONDITION: {capdx53}\n"
            "DECISION: CLEARED WITH CONDITIONS\n"
            " - OXYGEN {oxy53}\n"
            " - SSR {ssr53} AT BOTH ENDS\n"
            " - NO EXIT ROW\n"
            "VALID FOR OUTBOUND AND RETURN WITHIN 30 DAYS\n"
            "AIRLINE MEDICAL DESK\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Claim {claim} - decision",
        "body": (
            "Dear Mr. {last},\n\n"
            "We have reviewed your claim for treatment at {hosp53} on {date}. The medical "
            "records show that the admission was caused by {cond53}, which was not declared "
            "when the policy was bought and had been treated with {med53} in the 12 months "
            "before travel. Under section 4.2 (pre-existing medical conditions) the claim is "
            "declined. You may appeal within 60 days.\n\n"
            "Claims Department, {plan53}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Meningococcal ACWY certificate for Umrah visa - {trav53}",
        "body": (
            "CERTIFICATE OF VACCINATION\n"
            "Name: {trav53}\n"
            "Passport: {passport}\n"
            "Vaccine: quadrivalent meningococcal conjugate (ACWY)\n"
            "Date given: {date}\n"
            "Batch: {lot}\n"
            "Valid for 5 years from 10 days after vaccination.\n"
            "Vaccinator: {provider}, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Referral - {name} - persistent diarrhoea after travel",
        "body": (
            "Dear Travel and Tropical Medicine team,\n\n"
            "Please see {name} ({age}), DOB {dob}, who came back from {dest53} five weeks "
            "ago and still has loose stools, bloating and weight loss of 4 kg. Stool O&P "
            "was negative once; giardia antigen pending. Coded as {icd}. No antibiotics "
            "given yet.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Deposit confirmation",
        "body": (
            "Dear {name},\n\n"
            "We confirm receipt of the deposit of {amount} for your {mproc53} at {hosp53} "
            "on {date}, charged to card {card}. The balance is due on admission. Please "
            "bring your pre-operative ECG and blood test results.\n\n"
            "International Patient Finance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Open cases - {date}",
        "body": (
            "Case | Patient | Location | Dx code | Status\n"
            "{case53} | {name} | {hosp53} | {icd} | awaiting fit-to-fly\n"
            "NMA 26 40233 | {name2} | {port53} | S82.201A | repat booked {date2}\n"
            "GMA-26-118791 | {name3} | {dest53} | A90 | outpatient, closed Friday\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Arrival: {intl_name} for {mproc53}",
        "body": (
            "Hi all,\n\n"
            "{intl_name} and his wife land on {flt53} on {date} and go straight to the "
            "hotel. Airport pickup with a wheelchair please (he cannot walk far because of "
            "his {cond53}). Pre-op assessment Thursday, surgery Friday. A {lang53} "
            "interpreter is booked for both days.\n\n"
            "{staff53}\nInternational Patient Liaison\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "second opinion for my wife",
        "body": (
            "Dear doctor,\n\n"
            "My wife {name} was told at {hosp53} last month that she needs {mproc53}. We "
            "would like a second opinion before we decide. I can send the MRI on a USB "
            "stick and the report in English. She is {age} and takes {med53}. Can you see "
            "her by video, and what would it cost?\n\n"
            "Best regards,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tour group medical info - departure {date}",
        "body": (
            "Confidential - tour leader only\n"
            "{name}: peanut allergy, carries 2 EpiPens\n"
            "{name2}: type 1 diabetes, insulin in the cool bag\n"
            "{name3}: recent knee surgery, needs the front seat on the bus\n"
            "All others: nothing declared.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rabies PEP - {name} - day 7 and 14 doses due",
        "body": (
            "To the treating doctor:\n\n"
            "{name}, born {dob}, was bitten by a dog in {dest53} and received rabies vaccine "
            "on day 0 and day 3 at our clinic, plus rabies immunoglobulin on day 0. The day "
            "7 and day 14 doses are due while the patient is travelling. Please give them "
            "and record them on the enclosed card.\n\n"
            "{provider}, Travel Health Clinic\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medication letter for travel - {name}",
        "body": (
            "To customs and security officers:\n\n"
            "{name}, passport {passport}, is under my care for {cond53} and needs to carry "
            "{med53}, with needles and sharps, in the cabin during the trip to {dest53} from "
            "{date} to {date2}. The quantity is for personal use only.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Teams chat export - medical desk",
        "body": (
            "[09:12] {staff53}: pax {paxname53} on {flt53} tomorrow, MEDIF says {capdx53}\n"
            "[09:14] {provider_first}: saturation at rest?\n"
            "[09:15] {staff53}: {vital53}\n"
            "[09:17] {provider_first}: ok, approve with O2 and no exit row, let the "
            "station know\n"
            "[09:18] {staff53}: done, SSR OXYG added\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out-of-country urgent care claim",
        "body": (
            "Member: {name}\n"
            "Medicare Beneficiary Identifier: {mbi}\n"
            "Plan: Medicare Advantage with worldwide emergency and urgent care benefit\n"
            "Place of service: urgent care clinic, {port53}\n"
            "Date of service: {date}\n"
            "Diagnosis: {icd}\n"
            "Billed: {amount}\n"
            "Paid by member in cash; receipt and translated notes attached.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Mrs {last} - DVT after long-haul flight - fitness to fly home",
        "body": (
            "Dear colleague,\n\n"
            "Mrs {last} developed a painful swollen left calf after her flight to {dest53}, "
            "and an ultrasound "
            "here confirmed a deep vein thrombosis. She started {med53} on {date}. She may "
            "fly home after at least two weeks of anticoagulation, in an aisle seat, with "
            "compression stockings and regular walks.\n\n"
            "Yours sincerely,\n{provider}\n{hosp53}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medical evacuation of {name} from {ship53}",
        "body": (
            "Dear Mrs {last},\n\n"
            "This is the Guest Care team of {ship53}. Your husband, {name}, was evacuated "
            "by helicopter this morning to {hosp53} after he developed {tsym53}. The ship's "
            "doctor suspected {tdx53}. He was conscious and talking. Our port agent in "
            "{port53} is with him; please call our 24-hour line, {phone}.\n\n"
            "Guest Care, {ship53}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medevac {name} - suspected appendicitis",
        "body": (
            "Offshore medic report, platform Delta-3, {date} 04:20\n"
            "Worker: {name}, contractor badge {permit}\n"
            "Pain began around the navel, now sharp in the right lower abdomen, guarding, "
            "temp 38.4\n"
            "Nil by mouth, IV line, paracetamol. Helicopter requested via {assist53}, ETA "
            "07:30, receiving hospital {hosp53}.\n"
            "Medic: {staff53}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Appointment reminder",
        "body": (
            "Hi {first}, this is a reminder of your {visa53} at {clinic} on {date} at "
            "{time}. Bring your passport and one photo. Your IGRA blood test from the last "
            "visit was positive and the doctor will discuss it with you. DOB on file: "
            "{dob}. Reply Y to confirm.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consent interpreting - MRN {mrn2}",
        "body": (
            "Interpreter: {staff53} ({lang53})\n"
            "Patient: {intl_name}, MRN {mrn2}\n"
            "Encounter: pre-operative consent for {mproc53}\n"
            "Duration: 45 min, in person\n"
            "Notes: the patient asked how soon after surgery he could fly home; the surgeon "
            "explained the risk of blood clots and the plan for {med53}. The patient signed "
            "the consent after teach-back.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medical screening outcome",
        "body": (
            "Policy holder: {initsur53}\n"
            "Date of birth: {dob}\n"
            "Trip: {dest53}, {date} to {date2}\n"
            "Declared conditions: {cond53}; takes {med53}\n"
            "Screening result: covered, additional premium {amount2}\n"
            "Note: claims arising from the declared condition are covered only if it was "
            "stable for 90 days before departure.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HAPE evacuation - client {name}",
        "body": (
            "Our trekking client {name} (DOB {dob}) was flown by helicopter from base camp "
            "this morning with suspected high-altitude pulmonary oedema: SpO2 68% at rest, "
            "crackles in both lungs. Started nifedipine and oxygen; now at {hosp53}. Her "
            "emergency contact is her husband, {name2}, {phone}. Insurance: {plan53}, case "
            "{case53}.\n"
            "{staff53}, Operations, Summit Trails Expeditions\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: Malaria tablets for {name} (age 7)",
        "body": (
            "Hi,\n\n"
            "For {first} we will prescribe children's atovaquone-proguanil tablets, dosed by "
            "weight (22 kg), not your adult tablets. They can be crushed into a spoon of "
            "yoghurt. Start the day before you arrive in {dest53}.\n\n"
            "{provider_first}, Travel Health Nurse\n\n"
            "> Can my son take the same malaria tablets as me? He is 7 and weighs 22 kg.\n"
            "> We fly on {date}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH53_NEG: list[dict] = [
    {
        "subject": "Travel health notice: yellow fever in {dest53}",
        "body": (
            "Level 2 - Practise enhanced precautions\n\n"
            "Health authorities in {dest53} have reported an outbreak of yellow fever, with "
            "146 confirmed cases and 23 deaths since January. Travellers aged 9 months or "
            "older should be vaccinated at least 10 days before arrival; one dose protects "
            "most people for life. People who cannot be vaccinated, such as infants under 6 "
            "months or people with a weakened immune system, should consider postponing "
            "travel.\n\n"
            "Also recommended: {vax53}. Malaria prevention: atovaquone-proguanil, "
            "doxycycline or mefloquine.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Entry requirements table (updated {date})",
        "body": (
            "country,yellow_fever_certificate,malaria_risk,prophylaxis\n"
            "Ghana,required for all arrivals,high (P. falciparum),"
            "atovaquone-proguanil / doxycycline / mefloquine\n"
            "Kenya,if arriving from a risk country,high below 2500 m,"
            "atovaquone-proguanil / doxycycline / mefloquine\n"
            "Peru,not required,Amazon region only,atovaquone-proguanil / doxycycline\n"
            "Thailand,if arriving from a risk country,border areas only,"
            "bite avoidance; standby treatment for remote trips\n"
            "Saudi Arabia,if arriving from a risk country,none in Jeddah or Mecca,"
            "none (meningococcal ACWY required for Hajj and Umrah)\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Malaria chemoprophylaxis: prescribing reminders",
        "body": (
            "Colleagues,\n\n"
            "A few reminders before the holiday season:\n"
            "- Atovaquone-proguanil: start 1-2 days before, continue 7 days after.\n"
            "- Doxycycline 100 mg: start 2 days before, continue 4 weeks after; warn about "
            "photosensitivity.\n"
            "- Mefloquine: avoid with a history of depression, anxiety or seizures.\n"
            "- Check interactions with warfarin and with HIV antiretrovirals.\n"
            "- Pregnant travellers: discuss postponing travel to high-risk areas.\n\n"
            "{provider}, Travel Medicine Lead\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel clinic activity, Q3",
        "body": (
            "Pre-travel consultations: 1,284 (up 14%)\n"
            "Yellow fever doses: 612\n"
            "Typhoid: 540   Hepatitis A: 498   Rabies pre-exposure courses: 133\n"
            "Malaria prophylaxis prescriptions: 701 (atovaquone-proguanil 78%)\n"
            "Post-travel visits: 219, of which 38 malaria and 22 dengue\n"
            "Top destinations: {dest53}, Kenya, India, Peru\n"
            "No-show rate: 6.1%\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{flt53} delayed - new gate B12",
        "body": (
            "Dear customer,\n\n"
            "Flight {flt53} on {date} is delayed by 2 h 15 min because of a late inbound "
            "aircraft. New departure time 16:40; boarding from gate B12 at 15:55. Your "
            "booking reference {pnr53} is unchanged. Meal vouchers are available at the "
            "transfer desk.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Crew roster {flt53} / {date}",
        "body": (
            "CAPT   {name}\n"
            "FO     {name2}\n"
            "PURSER {staff53}\n"
            "CA     {name3}\n"
            "CA     {provider}\n"
            "Report 05:40 crew centre, hotel pickup 04:55. Layover 26 h. Uniform: "
            "winter.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your e-ticket receipt - {pnr53}",
        "body": (
            "Booking reference: {pnr53}\n"
            "E-ticket number: {etkt53}\n"
            "{flt53}  {date}  economy  1 PC 23 kg\n"
            "Fare: {amount} incl. taxes\n"
            "Need special assistance or travelling with medical equipment? Tell us at "
            "least 48 hours before departure via Manage Booking.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: flight nurse, fixed-wing air ambulance",
        "body": (
            "{assist53} is hiring flight nurses for international repatriation missions. "
            "Requirements: 3 years ICU or ED experience, ACLS, PALS, valid passport, "
            "yellow fever vaccination. Rotations of 7 days on call. Salary from {amount} "
            "per month plus mission allowance. Apply by {date} to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call for abstracts: Northern Conference on Travel and Tropical Medicine",
        "body": (
            "The conference takes place on {date} in Copenhagen. Themes: malaria "
            "chemoprophylaxis in long-term travellers, dengue vaccines, rabies "
            "post-exposure prophylaxis when immunoglobulin is unavailable, fitness to fly "
            "after myocardial infarction, and VFR travellers. Keynote: Dr. {name}. "
            "Abstract deadline {date2}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Template: fitness-to-fly letter",
        "body": (
            "[CLINIC LETTERHEAD]\n\n"
            "To: [AIRLINE] Medical Desk\n"
            "Re: [PASSENGER NAME], date of birth [DD/MM/YYYY], booking [PNR]\n\n"
            "I examined the above passenger on [DATE]. Diagnosis: [DIAGNOSIS]. In my "
            "opinion the passenger is fit to fly on [FLIGHT] on [DATE] [with / without] "
            "supplemental oxygen at [ ] L/min and [with / without] a medical escort.\n\n"
            "[PHYSICIAN NAME], [REGISTRATION NUMBER]\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MEDIF form (blank) for the website",
        "body": (
            "MEDICAL INFORMATION FORM - PART 1 (PASSENGER)\n"
            "MEDA01 Passenger name: ______________\n"
            "MEDA02 Booking reference: ______\n"
            "MEDA03 Nature of incapacity: ______________\n"
            "MEDA04 Stretcher needed?  YES / NO\n"
            "MEDA05 Escort?  YES / NO\n"
            "MEDA06 Wheelchair:  WCHR / WCHS / WCHC\n"
            "MEDA07 Own oxygen concentrator?  YES / NO  (model: ______)\n"
            "Please upload as PDF, version {version}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "We have moved",
        "body": (
            "From {date} the travel vaccination service moves to the second floor of the "
            "main building. Phone and fax numbers stay the same. Walk-in yellow fever "
            "vaccination ends; appointments only.\n\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shipment {tracking}: Stamaril, cold chain",
        "body": (
            "Your order {order} (yellow fever vaccine, 10 x 1 dose vials; typhoid Vi, 20 x "
            "1 dose) shipped today in a validated 2-8 C box. Tracking {tracking}. The data "
            "logger starts at dispatch; please download and keep the readings. Lot {lot}, "
            "expiry 09/2028.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - aircraft maintenance",
        "body": (
            "Aircraft: D-CAMB (Learjet 45)\n"
            "Work: 600-hour inspection, replacement of stretcher lock assembly, oxygen "
            "system hydrostatic test\n"
            "Labour: 86 h\n"
            "Total: {amount}\n"
            "PO {order}, due {date}\n"
            "{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order {order} confirmed",
        "body": (
            "Thanks for your order!\n"
            "1 x Tropical travel kit (DEET 50% spray, permethrin, oral rehydration salts, "
            "water purification tablets, blister plasters)\n"
            "1 x Compression travel socks, size M\n"
            "Subtotal: {amount}\n"
            "Delivery: 2-3 working days, tracking {tracking}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] MEDIF upload portal returns 502",
        "body": (
            "Since {time} the MEDIF upload page returns HTTP 502 for all stations. Load "
            "balancer health check failed after the deployment of build {build} (version "
            "{version}). Rolled back; uploads are working again. Affected: 37 uploads, "
            "agents asked to retry.\n"
            "IT Service Desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webhook delivery failures",
        "body": (
            "POST /v2/bookings/events -> 500\n"
            '{{"event_id": "{uuid}", "type": "booking.ssr.added", "ssr": "WCHR", '
            '"pnr": "{pnr53}", "retry": 3}}\n'
            "Retries exhausted; event parked in the dead-letter queue. Request id "
            "{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Boarding pass {flt53}",
        "body": (
            "{flt53}  {apt53}  {date}\n"
            "Seat B12   Zone 3   Gate closes 20 min before departure\n"
            "Booking {pnr53}   E-ticket {etkt53}\n"
            "Sequence 118\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "See us at ITB, stand A1C",
        "body": (
            "Our medical-travel team will be at the fair on {date}, Hall 21, stand A1C. "
            "Meet our partner hospitals, including {hosp53}, and ask about direct billing "
            "for international insurers. Book a slot with {staff53}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sandbox test cards for the booking engine",
        "body": (
            "Use these in the payment sandbox only:\n"
            "4539 1488 0343 6468 - should be rejected (bad check digit)\n"
            "5425 2334 3010 9904 - should be rejected (bad check digit)\n"
            "4000 0566 5566 5557 - should be rejected\n"
            "Release {version}, ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome to our new interpreter coordinator",
        "body": (
            "Please welcome {staff53}, who joins International Patient Services as "
            "interpreter coordinator. She speaks {lang53} and English and will run the "
            "interpreter rota, agency bookings and training. Extension {ext}, email "
            "{email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding reminder: travel-related visits",
        "body": (
            "When coding travel clinic and post-travel visits, remember:\n"
            "Z71.84 - health counselling related to travel\n"
            "Z23 - encounter for immunization\n"
            "B50.9 - Plasmodium falciparum malaria, unspecified\n"
            "A90 - dengue fever\n"
            "A01.00 - typhoid fever, unspecified\n"
            "W54.0XXA - bitten by dog, initial encounter\n"
            "Questions to the coding team, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical centre information for guests",
        "body": (
            "The Medical Centre on {ship53} is on deck 3 forward. Hours at sea: 8-11 am and "
            "4-7 pm; in port: 9-10 am. A doctor and two nurses are on call 24 hours. "
            "Consultation fee: $120 (after hours $180). Seasickness tablets are free at "
            "Guest Services. Medical charges are added to your onboard account; keep the "
            "invoice for your travel insurer.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gastrointestinal illness on board - enhanced sanitation",
        "body": (
            "Since departure, 14 guests and 3 crew members have reported vomiting or "
            "diarrhoea, fewer than 1% of those on board. We have moved to enhanced "
            "sanitation: self-service buffets are closed and handrails are cleaned hourly. "
            "Please wash your hands often and report symptoms to the Medical Centre.\n"
            "Captain and Medical Team, {ship53}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy wording, section 4.2",
        "body": (
            "4.2 Pre-existing medical conditions. We do not cover claims arising from any "
            "condition for which you received treatment, medication or advice in the 12 "
            "months before the policy start date, unless you declared it and we accepted "
            "it in writing. Examples include heart conditions, diabetes, COPD, cancer and "
            "pregnancy complications.\n"
            "{plan53}, version {version}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Network update: direct billing in {port53}",
        "body": (
            "Dear partners,\n\n"
            "From {date}, {hosp53} joins our direct-billing network. For inpatient "
            "admissions the hospital will request a guarantee of payment through the "
            "portal; outpatient visits up to $500 need no guarantee. Our 24/7 medical team "
            "remains the contact for repatriation questions.\n\n"
            "{assist53} Network Management\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "All-inclusive surgery packages 2027",
        "body": (
            "{mproc53} from $6,900\n"
            "Dental implants from $450 per implant\n"
            "Gastric sleeve from $4,200\n"
            "All packages include: consultation, surgery, hospital stay, VIP airport "
            "transfers, 4-star hotel and a personal interpreter. Financing available. "
            "Partner hospital: {hosp53}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "International accreditation renewed",
        "body": (
            "{hosp53} has renewed its international accreditation for another three years. "
            "Our International Patient Centre served guests from 142 countries last year "
            "and offers interpreters in {lang53}, Arabic, Russian and Japanese. Medical "
            "director: Dr. {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Group renewal - {company} expatriate plan",
        "body": (
            "Attached is the renewal for the {plan53} group: 214 members in 19 countries, "
            "loss ratio 71%, premium change +8.2%. Largest claim categories: maternity, "
            "musculoskeletal and oncology. Please reply by {date}.\n"
            "{name}, Account Executive\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Approved panel physicians - {visa53}",
        "body": (
            "Applicants must be examined by an approved panel physician. The examination "
            "includes a medical history, physical examination, chest X-ray for applicants "
            "aged 11 and over, and an IGRA or sputum test where indicated. Fee: $210, paid "
            "at the clinic. Results go directly to the embassy; clinics cannot share them "
            "by email.\n"
            "Consular Section\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter rota, week of {date}",
        "body": (
            "Mon  {staff53} (Arabic)      {name} (Spanish)\n"
            "Tue  {name2} (Turkish)       {name3} (Mandarin)\n"
            "Wed  {provider} (Thai)       agency (Russian)\n"
            "Video interpreting for all other languages: {phone}, PIN {code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ops notice: ash cloud reroutes",
        "body": (
            "Volcanic ash advisory in force until {date}. Flights {flt53} and LH 771 reroute "
            "south, adding about 45 minutes. Extra fuel uplift approved. Check that the "
            "emergency medical kit and defibrillator seals are intact before departure, "
            "as usual.\n"
            "Duty Manager Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Portable oxygen concentrators: policy update",
        "body": (
            "From {date}, approved POC models may be used from gate to gate. Passengers "
            "must carry batteries for 150% of the scheduled flight time, and a MEDIF is "
            "needed when oxygen is required for the whole flight. Cylinders supplied by the "
            "airline cost {amount} per sector.\n"
            "Medical Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pregnant travellers: acceptance rules",
        "body": (
            "Single pregnancy: no letter needed up to 28 weeks; a doctor's letter with the "
            "due date from 28 weeks; not accepted after the end of week 36. Multiple "
            "pregnancy: not accepted after the end of week 32. Cruise lines generally do "
            "not accept guests who will be 24 weeks pregnant or more.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Special assistance requests, Q3",
        "body": (
            "WCHR 4,812 (+12%)\n"
            "WCHS 1,377\n"
            "WCHC 1,109\n"
            "STCR 37\n"
            "MEDA 608, of which 212 with oxygen\n"
            "Average handling time per MEDIF: 1.8 days\n"
            "Busiest station: {apt53}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: Travel clinic huddle",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:Travel clinic huddle\n"
            "DTSTART:20270108T080000\n"
            "DTEND:20270108T081500\n"
            "LOCATION:Staff room\n"
            "DESCRIPTION:Vaccine stock (JE low\\, rabies OK)\\, new yellow fever "
            "certificate stamps\\, holiday rota. Lead: {staff53}.\n"
            "END:VEVENT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chat export: fridge 2",
        "body": (
            "[07:58] {provider_first}: fridge 2 logged 9.1 C overnight, download attached\n"
            "[08:02] {staff53}: quarantine the yellow fever and typhoid stock, don't use "
            "until the manufacturer replies\n"
            "[08:05] {provider_first}: we have 11 vaccine appointments this morning\n"
            "[08:06] {staff53}: use fridge 1 stock, I'll call pharmacy\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS",
        "body": (
            "Crew Transport: Pickup for {flt53} crew at 04:55, hotel main entrance.\n"
            "{first}: 2 of us are coming from the other hotel, can you stop there?\n"
            "Crew Transport: Yes, 05:05 at the side entrance.\n"
            "{first}: thx\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: yellow fever vaccine allocation",
        "body": (
            "FYI, we get 40 doses for next month. Please prioritise travellers to "
            "countries that require the certificate.\n\n"
            "> From: {company} customer service\n"
            "> Because of a production delay, yellow fever vaccine orders are being "
            "allocated\n"
            "> at 50% of last year's volume until further notice. Typhoid and hepatitis A\n"
            "> supplies are not affected. Reference {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dengue: advice for travellers",
        "body": (
            "<h2>Dengue</h2>\n"
            "<p>Dengue is spread by Aedes mosquitoes that bite during the day. Cases are "
            "rising in {dest53} and across South-East Asia and Latin America.</p>\n"
            "<ul><li>Use repellent with DEET 20-50%.</li>\n"
            "<li>If you get a fever, avoid ibuprofen and aspirin; use paracetamol.</li>\n"
            "<li>A dengue vaccine is available for some travellers who had dengue "
            "before.</li></ul>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "restock",
        "body": (
            "pls restock typhoid + hep A, JE down to 6, rabies 12. order by fri, PO {order}. "
            "also need new ICVP booklets (we have ~30). thx {staff53}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aviso para viajeros: dengue en {dest53}",
        "body": (
            "Las autoridades sanitarias de {dest53} informan de 18.400 casos de dengue en "
            "lo que va de año, un 35 % más que el año pasado. Se recomienda usar repelente, "
            "ropa de manga larga y mosquiteras. Ante fiebre alta, consulte a un médico y "
            "evite el ibuprofeno.\n"
            "Centro de Vacunación Internacional\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gelbfieber-Impfstelle: neue Öffnungszeiten",
        "body": (
            "Liebe Kolleginnen und Kollegen,\n\n"
            "ab dem {date} ist unsere Gelbfieber-Impfstelle dienstags und donnerstags von 8 "
            "bis 12 Uhr geöffnet. Der Impfstoff ist wieder lieferbar. Für die "
            "Malariaprophylaxe mit Atovaquon/Proguanil gilt weiterhin das bekannte "
            "Schema. Bitte senden Sie keine Patientendaten per E-Mail.\n\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ambulatorio di medicina dei viaggi: tariffe",
        "body": (
            "Dal {date} si applicano le seguenti tariffe:\n"
            "Visita pre-viaggio: 35 euro\n"
            "Vaccino febbre gialla con certificato internazionale: 65 euro\n"
            "Febbre tifoide (orale): 40 euro\n"
            "Encefalite giapponese (per dose): 110 euro\n"
            "Si riceve solo su appuntamento. Segreteria: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sağlık turizmi paket fiyatları",
        "body": (
            "Saç ekimi (FUE): 1.850 EUR\n"
            "Diş implantı (adet): 450 EUR\n"
            "Tüp mide ameliyatı: 3.900 EUR\n"
            "Fiyatlara otel, VIP transfer ve tercüman dahildir. Anlaşmalı hastanemiz: "
            "{hosp53}. Bilgi için: {staff53}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prakat jak International Patient Center",
        "body": (
            "Rian thuk than,\n\n"
            "International Patient Center poet borikan 24 chua mong tang tae wan thi "
            "{date}. Rao mi lam phasa Arab, Yipun, Ruesia lae Myanmar. Khun samat tit to "
            "dai thi {phone} rue {email}.\n\n"
            "Khob khun kha\n{staff53}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "I'lan lil-hujjaj wa al-mu'tamirin",
        "body": (
            "I'lan min al-qism al-qunsuli:\n"
            "Yajib ala jami al-mutaqaddimin li-ta'shirat al-hajj wa al-umra taqdim shahadat "
            "tat'im didd al-iltihab al-sahaya (ACWY) sadira qabl 10 ayyam ala al-aqall min "
            "al-wusul. La tuqbal al-shahadat al-mansukha. Li-l-istifsar: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Air ambulance capabilities and rates",
        "body": (
            "Fleet: 2 x Learjet 45, 1 x Challenger 604, all ICU-configured, with "
            "ventilator, infusion pumps, incubator on request.\n"
            "Indicative rates: Europe-Europe from EUR 18,000; Middle East-Europe from EUR "
            "42,000; commercial stretcher with doctor escort from EUR 9,500.\n"
            "Quotes within 30 minutes, 24/7: {phone}\n"
            "{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claims report - summer season",
        "body": (
            "Emergency medical claims: 3,912 (average cost {amount})\n"
            "Repatriations: 74, of which 11 by air ambulance\n"
            "Top causes: falls and fractures 22%, gastroenteritis 17%, cardiac 9%, "
            "dengue 3%\n"
            "Top countries: Spain, Thailand, Turkey, {dest53}\n"
            "Average time to guarantee of payment: 3.4 h\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Warning: fake assistance company emails",
        "body": (
            "We have seen emails claiming to come from {assist53} asking hospitals to pay "
            "a 'release fee' before a guarantee of payment is issued. We never ask for "
            "fees. Check the case number format ({case53} is a genuine example) and call "
            "our 24/7 line on {phone} if in doubt.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delayed baggage - file {ref}",
        "body": (
            "Dear customer,\n\n"
            "Your bag has been traced to {apt53} and will arrive on {flt53} tomorrow. We "
            "will deliver it to the address you gave us. Reasonable expenses for toiletries "
            "and essential medicines bought while you wait can be claimed with "
            "receipts.\n\n"
            "Baggage Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Crew vaccination requirements from {date}",
        "body": (
            "All cabin crew rostered on West and Central Africa routes must hold a valid "
            "yellow fever certificate. Crew Health offers the vaccine on Tuesdays. Malaria "
            "prophylaxis is not required for layovers in air-conditioned hotels, but "
            "repellent is supplied.\n"
            "Crew Health, {staff53}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: fitness to fly for clinicians",
        "body": (
            "Join Dr. {name} and {staff53} on {date} for a one-hour webinar on fitness to "
            "fly: hypoxic challenge testing, pneumothorax, recent surgery, anaemia and "
            "pregnancy. Dial-in {phone}, access code {code}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club: the returning traveller with fever",
        "body": (
            "This week's case (de-identified): a man in his 40s returns from a two-week "
            "business trip to West Africa, took no malaria prophylaxis, and presents on day "
            "9 with fever, headache and a platelet count of 60. Discussion: thick and thin "
            "films, rapid tests, when to admit, artesunate. Presenter: {provider}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel approved: conference in Copenhagen",
        "body": (
            "Traveller: {provider} (Travel Medicine)\n"
            "Purpose: speaker at the travel medicine conference\n"
            "Flights: {flt53} out {date}, return {date2}\n"
            "E-ticket {etkt53}\n"
            "Hotel confirmation {ref}, cost centre 4410\n"
            "Approved by {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - interpreting services",
        "body": (
            "Interpreting services for {clinic}, {date} to {date2}\n"
            "On-site {lang53}: 42 h at $65\n"
            "Video interpreting: 318 min at $1.95\n"
            "Document translation (discharge letter templates): 6 pages\n"
            "Total: {amount}\n"
            "{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cabin {cabin53} out of service",
        "body": (
            "Housekeeping and Technical: cabin {cabin53} on {ship53} is out of service from "
            "{date} for a shower drain and balcony door repair. No bookings are held for it "
            "this sailing. Work order {ticket}; parts on order {order}.\n"
            "Hotel Director's Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel pharmacy price list",
        "body": (
            "Prices from {date} (private prescription, per pack):\n"
            "{proph53}: {amount2}\n"
            "Atovaquone-proguanil, 24 tablets: $96.00\n"
            "Doxycycline 100 mg, 50 capsules: $18.50\n"
            "Oral rehydration salts, 20 sachets: $9.90\n"
            "Altitude and malaria tablets need a travel clinic consultation first.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

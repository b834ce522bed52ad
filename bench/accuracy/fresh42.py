"""Held-out split "fresh42": templates and vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py, bench/accuracy/fresh7.py (the middle of fresh7's template list was
cut off in the display and not read) and the module docstring of bench/accuracy/fresh31.py
(its first 60 lines, as a model of this docstring and the data format; not its templates),
for the placeholder names, the data format, and so as not to repeat their templates. The
file names in bench/accuracy/ were listed once (with the line counts of three files read).
The author did not read gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/
or any other bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the
benchmark or any test. The only things run were Python's ast module over generate.py
(without executing it) to collect the placeholder names that generate.fill() and
generate.fresh_fill() provide, an import of this file with a script checking its
placeholders, key sets, labels and Luhn failures, and ruff format and ruff check on this
file. It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

Angle: care for people held or housed by institutions, and the staff around them. Jail and
prison health services (sick-call slips and kites, intake medical screenings, medication
passes and refusal forms, MAR printouts, chronic-care clinic lists, off-site specialist
transports and hospital guard posts, hunger-strike, withdrawal and suicide watch notes,
medical co-pays, release planning, Medicaid reinstatement and medication bridges,
compassionate release), immigration detention medical units (A-numbers, TB screening,
transfer summaries and sick-call requests in Spanish), homeless shelters and street
medicine teams (outreach notes, wound care under a bridge, naloxone and overdose reversals,
medical respite referrals, field buprenorphine starts, TB clearance letters), group homes
for adults with intellectual disabilities (general event reports, seizure logs, medication
errors, guardian notices and payments) and foster-care agencies (placement health passports,
caseworker requests for records, placement hand-offs). Formats vary: kites quoted with
typos, ALL-CAPS screening and MAR printouts, pasted tables, "Label: value" forms, forwarded
officer mail with "> " quoting, phone messages, text-message style, Spanish. In this world
an incarcerated, detained or housed person is the patient, and an ID such as a booking or
inmate number, an A-number, a shelter or HMIS client number, or a bed, cell or bunk in a
housing unit identifies them as a room or bed number does. The hard negatives come from the
same world: headcounts, transport rosters and lockdown notices with no health content and
no inmate names, therapeutic-diet counts, maintenance work orders for the medical unit,
staffing and overtime, public reports and grant reports with aggregate figures, training
sign-ups, vendor contracts, policy memos that name conditions but no person, shelter bed
reports, commissary price lists, licensing checklists, officers' and staff's own names,
and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH42_VOCAB): {booking42} {anum42} {client42} {unit42}
{bed42} {house42} {fac42} {cond42} {med42} {kite42} {sym42} {wound42} {kidmed42}
{kidcond42} {county42} {rank42} for the patient templates, and {post42} {train42} for the
negatives ({fac42}, {house42}, {county42}, {rank42}, {cond42} and {med42} also appear in
negatives, where they name a place, an officer's rank, or a condition or drug with no
person). Other placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). For this split a booking or inmate
number, an A-number, a shelter or HMIS client number, or a cell, bunk or bed in a housing
unit identifies a person held or housed by an institution as a room or bed number does.
subject_phi is True only when the Subject alone identifies a patient together with health
information, or holds a patient identifier in a care context. validated is True exactly
when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body. Negatives never use
{mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi}, {passport}, {booking42},
{anum42} or {client42}, and name only staff, vendors or nobody, or give aggregate figures;
the card-like numbers written literally in them fail the Luhn check. Anything ambiguous was
left out.
"""

from __future__ import annotations

FRESH42_VOCAB: dict[str, list[str]] = {
    "booking42": [
        "25-004817",
        "2025-018842",
        "1198342",
        "A418273",
        "BK2501934",
        "250019472",
        "SO-77310",
        "24-119306",
        "0087715",
        "J2510443",
    ],
    "anum42": [
        "A201-334-718",
        "A 208 117 442",
        "A219004381",
        "A-213-447-905",
        "A 096 552 310",
        "A241788016",
    ],
    "client42": ["448213", "C-20931", "77-1402", "HM0031877", "100562", "SH-5519"],
    "unit42": [
        "C-Pod cell 14",
        "2 West 207B",
        "Dorm B bunk 31 lower",
        "Seg 4-12",
        "Medical housing bed 3",
        "K unit bunk 22 upper",
        "Max 1 cell 6",
        "Intake holding 4",
        "5 North 118",
        "Women's pod D-09",
    ],
    "bed42": [
        "Bed 42, men's dorm",
        "Women's side bed 17",
        "Overflow cot 9",
        "Bunk 12 upper",
        "Family room 6",
        "Bed 3, second floor",
    ],
    "house42": [
        "Maple House",
        "the Birch Lane home",
        "Cedar Ridge IRA",
        "Willow Court",
        "Hilltop ICF, unit 2",
        "the Fairview group home",
        "Oak St. supported living",
    ],
    "fac42": [
        "County Jail",
        "North Annex",
        "Riverside Correctional Center",
        "Women's Detention Facility",
        "Pretrial Detention Center",
        "Eastside Work Release",
        "South Processing Center",
    ],
    "cond42": [
        "hepatitis C",
        "latent TB infection",
        "insulin-dependent diabetes",
        "seizure disorder",
        "schizophrenia",
        "bipolar I disorder",
        "opioid use disorder",
        "alcohol use disorder with prior DTs",
        "uncontrolled hypertension",
        "HIV on ART",
        "asthma",
        "COPD on home O2",
        "chronic back pain",
        "sickle cell disease",
        "PTSD",
        "heart failure",
        "CKD on dialysis",
        "cirrhosis",
    ],
    "med42": [
        "buprenorphine 8 mg SL daily",
        "methadone 60 mg",
        "insulin NPH 20 units BID",
        "Keppra 750 mg BID",
        "Haldol decanoate 100 mg IM monthly",
        "Invega Sustenna 156 mg",
        "lisinopril 20 mg",
        "albuterol HFA 2 puffs PRN",
        "Biktarvy 1 tab daily",
        "Epclusa",
        "isoniazid 300 mg + B6",
        "clonidine 0.1 mg",
        "sertraline 100 mg",
        "lithium 300 mg TID",
        "Depakote ER 1000 mg",
        "metformin 1000 mg BID",
        "Suboxone 8/2 film",
        "Vivitrol 380 mg IM",
    ],
    "kite42": [
        "my tooth been hurting 2 weeks cant eat on that side",
        "I need my seizure meds I take them at home",
        "chest hurt when I lay down and I cant breathe good",
        "been throwing up since tuesday cant keep nothing down",
        "I hear voices again the meds aint working",
        "my sugar feel low at night im shaking and sweating",
        "rash all over my arms and it itch real bad",
        "I think my hand is broke from the door",
        "I am pregnant and need to see the doctor please",
        "need my inhaler back they took it at booking",
    ],
    "sym42": [
        "fever and a productive cough",
        "chest pain on exertion",
        "a swollen, painful left foot",
        "vomiting for two days",
        "a fall with a scalp laceration",
        "shortness of breath",
        "a rash on the trunk",
        "confusion and low blood sugar",
        "severe abdominal pain",
        "a toothache with facial swelling",
    ],
    "wound42": [
        "an infected abscess on the right forearm",
        "trench foot, both feet",
        "a 2 cm scalp laceration",
        "frostbite on three toes of the left foot",
        "a venous stasis ulcer on the left shin",
        "a xylazine wound on the left calf",
        "cellulitis around an old injection site",
        "a dog bite on the right hand",
    ],
    "kidmed42": [
        "Focalin XR 10 mg (ADHD)",
        "guanfacine 1 mg at bedtime",
        "Flovent 44 mcg 2 puffs BID",
        "an EpiPen Jr",
        "melatonin 3 mg",
        "Abilify 2 mg",
        "Miralax daily",
        "cetirizine 5 mg",
    ],
    "kidcond42": [
        "asthma",
        "ADHD",
        "a peanut allergy",
        "eczema",
        "type 1 diabetes",
        "a heart murmur",
        "fetal alcohol spectrum disorder",
        "PTSD from prior placements",
        "an elevated lead level",
    ],
    "county42": [
        "Franklin County",
        "Lake County",
        "Marion County",
        "Jefferson County",
        "Clark County",
    ],
    "rank42": ["Sgt.", "Lt.", "Deputy", "CO", "Officer", "Cpl."],
    "post42": [
        "Central Control",
        "Tower 2",
        "Booking",
        "Hospital detail",
        "Yard 1",
        "Kitchen",
        "Sally port",
        "Medical escort",
    ],
    "train42": [
        "Narcan administration",
        "Mental Health First Aid",
        "CIT 40-hour",
        "suicide prevention refresher",
        "restraint chair and WRAP",
        "CPR/AED recertification",
        "verbal de-escalation",
    ],
}


FRESH42_PHI: list[dict] = [
    {
        "subject": "Sick call slips - {fac42}, 2nd shift",
        "body": (
            "Scanned the kites from tonight's box, triage below.\n\n"
            "1) {last}, {first}  #{booking42}  {unit42}\n"
            '   "{kite42}"\n'
            "   Triage: RN sick call tomorrow AM, vitals at pill pass tonight.\n\n"
            "2) C pod, no name or number, can't read it. Returned to the unit officer.\n\n"
            "{provider_first}, LPN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Intake screening - booking, night shift",
        "body": (
            "RECEIVING SCREENING - MEDICAL\n"
            "INMATE: {upper_name}      BKG#: {booking42}      DOB: {dob}\n"
            "ARRIVAL: {date} {time}    ARRESTING AGENCY: SHERIFF\n"
            "CURRENT MEDS (VERIFIED W/ {company} PHARMACY): {med42}\n"
            "CHRONIC CONDITIONS: {cond42}\n"
            "LAST DRINK/USE: 'YESTERDAY' - OPIOIDS, DAILY\n"
            "COWS ON ARRIVAL: 7\n"
            "SUICIDAL IDEATION: DENIES   PRIOR ATTEMPT: YES ({year})\n"
            "TB SYMPTOM SCREEN: NEG      PPD PLACED L FOREARM\n"
            "CLEARED FOR GEN POP: NO - REFER TO MENTAL HEALTH\n"
            "SCREENED BY: {provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refusal documentation",
        "body": (
            "MEDICATION REFUSAL FORM\n"
            "Patient: {name}\n"
            "Booking #: {booking42}\n"
            "Housing: {unit42}\n"
            "Medication: {med42}\n"
            "Pass: 0600 and 1800, {date}\n"
            'Reason given: "makes me too sleepy, I cant work my kitchen job"\n'
            "Risks explained: yes, in English\n"
            "Patient signature: refused to sign\n"
            "Witness: {rank42} {name2}\n"
            "Nurse: {provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "2000 pass - C pod - discrepancies",
        "body": (
            "Pass done 2005-2050. One refusal, one not in cell (court), one card running low."
            "\n\n"
            "BED    NAME                    MED                          STATUS\n"
            "C-04   {last}, {first}         {med42}                      REFUSED\n"
            "C-11   {intl_name}             {rx}                         GIVEN\n"
            "C-17   (out to court)          -                            HELD\n\n"
            "Pharmacy: the C-11 blister card is down to 3 doses, please reorder.\n"
            "{provider_first} RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chronic care clinic Thursday - list",
        "body": (
            "Dr. {provider_last} will see these in the medical unit Thursday from 0830. "
            "Officers, please have them in medical holding by 0815.\n\n"
            "{name} | {booking42} | {cond42} | BP and A1c due\n"
            "{intl_name} | {unit42} | {dx4} | 90-day follow-up\n"
            "{name3} | {dx5} | new to clinic, records requested from {clinic}\n\n"
            "Thanks, medical records\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Off-site appointment - 2 officers needed",
        "body": (
            "Custody / Transport,\n\n"
            "Please schedule a two-officer transport:\n\n"
            "Inmate: {last}, {first}\n"
            "Booking: {booking42}\n"
            "Classification: medium, no keep-separates\n"
            "Destination: {clinic}, {address}\n"
            "Appointment: {date} at {time}, {proc} (cardiology)\n"
            "Medical: NPO after midnight. Bring the MAR. Uses a walker, needs the lift van.\n\n"
            "Per security policy do not tell the inmate the date or time of the trip.\n\n"
            "{provider}, Health Services Administrator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hunger strike day 4 - {name} - weight down 5.6 kg",
        "body": (
            "Refused breakfast and lunch trays, accepted water and one juice. Wt 68.4 kg "
            "(baseline 74.0). BP 104/66, HR 98. Alert and oriented, declines labs today. "
            "Psych saw him yesterday and found capacity. Next weigh-in 0700 tomorrow.\n\n"
            "{provider}, RN\n"
            "cc: Warden's office, {rank42} {name2}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Withdrawal watch - overnight",
        "body": (
            "Overnight CIWA/COWS, medical observation cells:\n\n"
            "Obs 1  {name}  CIWA 14 at 2300, 18 at 0300, Librium 50 mg per protocol\n"
            "Obs 2  {intl_name}  COWS 11 at 0100, bup 4 mg SL at 0130, COWS 5 at 0400\n"
            "Obs 3  empty\n\n"
            "Obs 1 tremulous and diaphoretic, no hallucinations. Day shift please call Dr. "
            "{provider_last} about sending him out if CIWA goes over 20.\n"
            "- nights\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release Friday - bridge meds",
        "body": (
            "Hi {name2},\n\n"
            "{name} ({booking42}) is expected to release Friday {date}. Please send a 14-day "
            "bridge of {med42} to the {company} pharmacy by his sister's place. Re-entry appt "
            "at {clinic} is {date2} at {time}. He'll be staying with the sister, phone "
            "{phone}.\n\n"
            "Discharge planner, {fac42}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Methadone dose verification",
        "body": (
            "To the {clinic} opioid treatment program,\n\n"
            "{name}, DOB {dob}, was booked into {fac42} last night and says he is enrolled "
            "with you. Please confirm his last dose date and amount (he reports methadone 85 "
            "mg on {date}) so we can continue dosing in custody without a gap. Fax to the "
            "medical unit or call {phone}.\n\n"
            "{provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IGRA positive - {intl_name} ({anum42})",
        "body": (
            "CXR ordered, placed in AIIR room 2 pending the read. Hold on any transfer or "
            "removal until medically cleared.\n{provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Resumen medico para traslado",
        "body": (
            "RESUMEN MÉDICO DE TRASLADO\n"
            "Nombre: {intl_name}\n"
            "Número A: {anum42}\n"
            "Fecha de nacimiento: {dob}\n"
            "Diagnósticos: diabetes tipo 2, hipertensión\n"
            "Medicamentos: metformina 850 mg dos veces al día, losartán 50 mg diario\n"
            "Alergias: ninguna conocida\n"
            "Pendiente: control de glucosa en 2 semanas, revisión dental\n"
            "Firma: {provider}, PA-C\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sick call request - translated",
        "body": (
            "Detainee: {intl_name}\n"
            "A#: {anum42}\n"
            "Housing: {unit42}\n"
            'Request (Spanish): "Tengo dolor de muela desde hace una semana y no puedo '
            'comer. Por favor ayúdenme."\n'
            "Translation: toothache for a week, cannot eat, asks for help.\n"
            "Interpreter line used, ID {code}. Added to dental list.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outreach notes Tuesday",
        "body": (
            "Street team Tues PM, 3 stops.\n\n"
            "- Route 9 overpass: {first} {last} (HMIS {client42}) - {wound42}. Cleaned with "
            "saline, xeroform + kerlix, recheck Thursday. Gave 2 naloxone kits and socks.\n"
            "- Library lot: 4 folks, water and hygiene kits, no medical needs.\n"
            "- Riverbank camp: nobody there, camp looks cleared.\n\n"
            "{provider_first} (RN), {name2} (peer)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical respite referral",
        "body": (
            "REFERRAL TO MEDICAL RESPITE\n"
            "Client name: {name}\n"
            "DOB: {dob}\n"
            "Referring hospital: {clinic}\n"
            "Admitting diagnosis: {dx}\n"
            "Needs: IV antibiotics by PICC for 4 more weeks, wound vac\n"
            "Mobility: walker, can do stairs slowly\n"
            "Substance use: fentanyl, started on buprenorphine inpatient\n"
            "Client cell: {phone} (often off)\n"
            "Referred by: {provider}, LCSW\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{bed42} - {name} - sent to ED",
        "body": (
            "Staff found him confused and sweaty at 0230, sugar 41 on our meter. Gave juice, "
            "EMS took him to {clinic}. His insulin was in his locker, bagged and labelled at "
            "the front desk.\n"
            "Night supervisor\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Overdose reversal - 2nd floor bathroom",
        "body": (
            "At 1940 case manager {name2} found client {first} {last} (#{client42}) "
            "unresponsive in the 2nd floor men's bathroom. Two doses of Narcan 4 mg nasal, "
            "rescue breaths, 911 called. Client came round and refused transport. Checked "
            "every 15 min until 2200, then okay.\n\n"
            "Restocked the AED cabinet with 2 new kits.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "General event report - {house42}",
        "body": (
            "GENERAL EVENT REPORT\n"
            "Individual: {name}\n"
            "Home: {house42}\n"
            "Date/time: {date} {time}\n"
            "Type: seizure\n"
            "Description: {first} had a generalized tonic-clonic seizure at breakfast lasting "
            "about 3 min. DSP {name2} timed it, put {first} on the side and cleared the area. "
            "Valtoco 10 mg given per protocol at 2 min. Post-ictal about 40 min, then back to "
            "baseline.\n"
            "Injury: small abrasion on chin, first aid given\n"
            "Notified: guardian, nurse {provider}, day program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Seizure log ahead of the neuro appointment",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Here is the log for {name} ahead of the visit on {date}. The guardian ({name2}) "
            "will join by phone.\n\n"
            "DATE    TIME   TYPE           DURATION   RESCUE MED\n"
            "10/02   0640   tonic-clonic   2 min      none\n"
            "10/09   2115   staring        30 sec     none\n"
            "10/21   0705   tonic-clonic   4 min      Valtoco\n\n"
            "Current meds: {med42}, lamotrigine 100 mg BID\n"
            "{house42} nursing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice to guardian",
        "body": (
            "Dear {name2},\n\n"
            "As legal guardian, you are being told that {first} {last} was seen at {clinic} "
            "urgent care on {date} for {sym42}. The doctor prescribed {rx} and staff at "
            "{house42} will give it with meals. We need your consent for the follow-up {test} "
            "next week; please sign the attached form or call me at {phone}.\n\n"
            "{provider}, RN\nResidential nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health passport - updated after placement change",
        "body": (
            "PLACEMENT HEALTH PASSPORT\n"
            "Child: {name}\n"
            "DOB: {dob}\n"
            "Placement: foster home of {name2}, since {date}\n"
            "PCP: Dr. {provider}, {clinic}\n"
            "Allergies: amoxicillin (rash)\n"
            "Conditions: {kidcond42}\n"
            "Current meds: {kidmed42}\n"
            "Immunizations: up to date per state registry except HPV #2\n"
            "Dental: two cavities to fill, appt {date2}\n"
            "Behavioral health: weekly TF-CBT with {name3}, LPC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Records request - child in agency custody",
        "body": (
            "Hello,\n\n"
            "I am the ongoing caseworker for {name} (DOB {dob}), who entered foster care on "
            "{date}. Under the attached court order, please send the immunization record, the "
            "last well-child exam and any ER visits since {year}. The foster parent says "
            "{first} has {kidcond42} and was seen at your clinic last spring.\n\n"
            "Thank you,\n{name2}\nCaseworker, {county42} Department of Children and Family "
            "Services\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: 1 West issue",
        "body": (
            "Nurse can you go up? See below.\n\n"
            "-----Original Message-----\n"
            "From: {rank42} {name2}\n"
            "Sent: {date} {time}\n"
            "To: Medical Unit\n"
            "Subject: 1 West issue\n\n"
            "> Inmate {last} in 1W cell 14 (bkg {booking42}) says his chest has been hurting\n"
            "> since count. Sweating, holding his left arm. We have him sitting up.\n"
            "> Please advise ASAP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical co-pay deductions",
        "body": (
            "Commissary,\n\n"
            "Please deduct these co-pays from the trust accounts:\n\n"
            "BOOKING       NAME                  SERVICE                      AMOUNT\n"
            "{booking42}   {last}, {first}       sick call {date}             $5.00\n"
            "(see chart)   {intl_name}           dental extraction {date2}    $10.00\n\n"
            "No co-pay for chronic care or mental health visits per policy.\n"
            "Health Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phone msg - lobby",
        "body": (
            "Caller: {name2} (mother)\n"
            "Callback: {phone}\n"
            "Re: her son {name}, booked in {date}\n"
            "Msg: says he takes {med42} for {cond42} and has not been getting it in here. "
            "She can drop off his pill bottle at the lobby window. Wants a call back from "
            "medical.\n"
            "-- lobby deputy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MAR PRINT",
        "body": (
            "MEDICATION ADMINISTRATION RECORD - {fac42}\n"
            "PATIENT: {upper_name}   BKG {booking42}   LOC {unit42}\n"
            "ALLERGIES: NKDA\n"
            "-----------------------------------------------\n"
            "MED: {med42}\n"
            "SCHED: BID 0600/1800\n"
            "{date} 0600  GIVEN      INIT JR\n"
            "{date} 1800  REFUSED    INIT KM\n"
            "{date2} 0600  NO SHOW (LOCKDOWN)\n"
            "-----------------------------------------------\n"
            "PRINTED BY: MEDUNIT3    PAGE 1 OF 1\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicaid reinstatement - pre-release",
        "body": (
            "Benefits team,\n\n"
            "Please submit the suspension lift for:\n"
            "Name: {name}\n"
            "SSN: {ssn}\n"
            "DOB: {dob}\n"
            "Release date: {date}\n"
            "Needs active coverage on release for {med42} and the {cond42} follow-up at "
            "{clinic}.\n\n"
            "Thx, re-entry nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Compassionate release packet - medical section",
        "body": (
            "Medical summary for the parole board\n\n"
            "{name}, age {age}, Medicare MBI {mbi}. Diagnosis: metastatic pancreatic cancer, "
            "progressing despite chemotherapy; now on {rx5} for comfort. Oncology estimates a "
            "life expectancy under 12 months. Needs skilled nursing placement; {clinic} has "
            "agreed to hold a bed through {date}.\n\n"
            "{provider}, MD, Medical Director\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Inmate hospital claim - county pays",
        "body": (
            "Claim from {clinic} for inmate {name}, booking {booking42}\n"
            "Admit {date} - discharge {date2}\n"
            "Principal dx: {icd}\n"
            "Billed: {amount}\n"
            "Per the county contract we pay 110% of Medicare. Please approve in the portal.\n"
            "-- Jail Health Billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Payment received - partial denture",
        "body": (
            "Thank you, {name2}. We charged {amount2} to card {card} for {first} {last}'s "
            "partial denture from Dr. {provider_last}'s office. The try-in is {date} at "
            "{time}; staff from {house42} will bring {first} and stay for the visit.\n\n"
            "Billing, {company} Dental Lab\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{last}, {first} #{booking42} - insulin refusal x3",
        "body": (
            "Third refused dose this week. Fingerstick 388 at noon. Please see at sick call and "
            "document informed refusal.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Sick call: {booking42} tooth abscess",
        "body": (
            "Face swollen on the left, temp 100.9. Started amoxicillin 500 TID, on the dental "
            "list for Tuesday.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Respite bed for {name} - IV abx",
        "body": (
            "{clinic} wants to discharge Friday, needs IV antibiotics 3 more weeks. Do we have "
            "a bed? Case manager is {name2}, {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Seizure at {house42} - {name}",
        "body": "Report attached. 3 min, rescue med given, back to baseline. Guardian notified.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Health passport - {name} (DOB {dob})",
        "body": "Updated after the dental visit and the psych eval. Attached for the file.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RELEASE {date}: {name} needs bup bridge",
        "body": "Pharmacy pls fill 7 days. Re-entry clinic appt is set.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Outreach f/u - {first} {last} HMIS {client42} - leg wound",
        "body": (
            "Wound looks worse, red streaks up to the knee. Drove him to the ED at 3, he "
            "agreed to go this time.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Detainee {intl_name} {anum42} - hunger strike 72h",
        "body": (
            "Moved to medical observation per policy. Initial weight 61 kg, labs drawn, "
            "refused the BMP. Field office notified.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{upper_name} BKG {booking42} - CLEARED FOR TRANSPORT W/ O2",
        "body": "2 L NC, portable tank full. Medical escort not required.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Constant observation log",
        "body": (
            "SUICIDE PRECAUTIONS - CONSTANT OBSERVATION\n"
            "Patient: {name}   Location: {unit42}\n"
            "Placed by: mental health, after statements in court\n\n"
            "1500 sitting on bunk, calm\n"
            "1515 pacing, talking to self\n"
            "1530 refused tray\n"
            "1545 lying down, eyes open\n\n"
            "Observer: {rank42} {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Med error - morning pass",
        "body": (
            "Reporting a med error: {first} {last} at {house42} got the 0800 {med42} twice "
            "(once by the overnight DSP at 0745, again by day staff). Called the on-call "
            "nurse {provider}, vitals stable, monitor for drowsiness today. Guardian "
            "{name2} informed at {time}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "for tonight",
        "body": (
            "hi its {name2} from the agency. {first} is coming to you tonight, dob {dob}. "
            "meds are in the bag: {kidmed42}, gave the am dose already. they have {kidcond42} "
            "so pls keep the school nurse letter. dentist {date} at {time}, I will drive\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "dentist list",
        "body": "pls add {intl_name} A# {anum42} to next dentist list, #30 broken, pain 8/10\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TB clearance",
        "body": (
            "To the shelter intake staff:\n\n"
            "{name}, DOB {dob}, was seen in our clinic on {date}. Chest X-ray is negative "
            "and there is no evidence of active tuberculosis. {first} may return to the "
            "shelter. Latent TB treatment with rifampin will continue at this clinic.\n\n"
            "{provider}, MD\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field induction today",
        "body": (
            "Started {name} on buprenorphine 8 mg SL at the encampment by the rail yard, "
            "COWS 14 before the dose. 7-day script sent to {company} pharmacy. Best number "
            "{phone} (sister's phone). F/u Thursday same spot.\n"
            "{provider}, NP, street medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OB appointment - detention",
        "body": (
            "Detainee {intl_name}, A# {anum42}, is about 22 weeks pregnant. OB ultrasound at "
            "{clinic} on {date} at {time}. Please assign a bottom bunk and no restraints "
            "across the abdomen during transport.\n"
            "Medical unit\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hep A clinic - vaccinated today",
        "body": (
            "Outbreak response clinic, K unit. Vaccinated (Havrix dose 1):\n\n"
            "  {last}, {first}     {booking42}\n"
            "  {intl_name}         (see MAR)\n\n"
            "Declined: 3 (forms in the binder). Dose 2 due in 6 months, reminders in the "
            "system.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Property release - CPAP",
        "body": (
            "Property, medical has verified the CPAP machine dropped off by family for {name} "
            "(booking {booking42}, {unit42}). Sleep study on file from {clinic}. Okay to "
            "issue to the cell with the distilled water. Cord length checked by {rank42} "
            "{name2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospital post log",
        "body": (
            "HOSPITAL DETAIL - {clinic}\n"
            "Inmate: {last}, {first} ({booking42})\n"
            "Room 512, bed B\n"
            "Post-op day 1 after {procedure}. Walking with PT this afternoon.\n"
            "Officers on post: {rank42} {name2}, Officer {name3}\n"
            "Relief at 1800. No visitors per policy.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Intake - SSN for benefits screening",
        "body": (
            "Booking: {booking42}\n"
            "Name: {name}\n"
            "SSN: {ssn}\n"
            "Pregnancy test: positive, referred to OB\n"
            "Housing: Women's pod pending medical clearance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]


FRESH42_NEG: list[dict] = [
    {
        "subject": "FORMAL COUNT 0600 - CLEARED",
        "body": (
            "FORMAL COUNT 0600 {date}\n"
            "A POD        48/48\n"
            "B POD        52/51   1 OUT AT COURT\n"
            "C POD        44/44\n"
            "SEG          11/11\n"
            "MEDICAL HSG   9/9\n"
            "WORK RELEASE 30/27   3 SIGNED OUT\n"
            "TOTAL 412    CLEARED 0622\n"
            "CONTROL: {rank42} {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transport roster {date}",
        "body": (
            "Van 1: Deputy {name}, Deputy {name2} - 6 to Dept 12 for 0830 calendar\n"
            "Van 2: {rank42} {name3} - 2 to the state prison intake, leave 0600\n"
            "Van 3: held in reserve for off-site medical runs (medical will call)\n\n"
            "Keys and radios signed out at the sally port. Fuel card in the glove box.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LOCKDOWN - all housing units",
        "body": (
            "Effective 1400 the facility is on full lockdown after a count discrepancy. All "
            "movement is suspended, including visits, programs and routine sick call. Med "
            "pass will be done cell-side with an officer escort. Emergencies still go through "
            "Central Control. Updates to follow.\n\n"
            "Shift Commander\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Therapeutic diet counts for the week",
        "body": (
            "Kitchen,\n\n"
            "Counts as of this morning:\n"
            "  Diabetic / consistent carb   34\n"
            "  Renal                         6\n"
            "  Low sodium                   21\n"
            "  Pregnancy snack bags          4\n"
            "  Halal                        22\n"
            "  Kosher                       11\n"
            "  Mechanical soft               9\n\n"
            "Please label the clamshells by diet only. Medical updates the list every Monday.\n"
            "{name}, Food Service Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Work order {ticket} - medical unit negative pressure room",
        "body": (
            "The exhaust fan for the negative-pressure isolation room in the medical unit "
            "failed its daily check (pressure reading 0.00). Do not use the room for airborne "
            "isolation until facilities signs off. Vendor {company} scheduled for {date}.\n\n"
            "{name}, Facilities, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mandatory OT - weekend",
        "body": (
            "Weekend holdovers from the OT list:\n\n"
            "Sat days:   {name} ({post42}), {name2} (Hospital detail)\n"
            "Sat nights: {name3} (Medical escort)\n"
            "Sun days:   {provider} (Booking)\n\n"
            "Swaps must be approved by a lieutenant before Friday 1500.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual report: deaths in custody",
        "body": (
            "The Sheriff's annual report to the state shows 7 deaths in custody last year: "
            "3 related to overdose, 2 suicides, 1 cardiac event and 1 pending the medical "
            "examiner's findings. The average daily population was 1,184. The jail now "
            "screens every person booked for opioid use and offers {med42} on request.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sign-up: {train42} for officers",
        "body": (
            "Sessions on {date} and {date2}, 0800-1200, training room B. Instructor: "
            "{name}, RN. Counts toward your 40 hours of in-service. Sign up with {name2} in "
            "the training office, ext {ext}. Max 20 per session.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contract renewal - inmate health services",
        "body": (
            "Attached is {company}'s renewal proposal for medical, dental and mental health "
            "services at {fac42}.\n\n"
            "  Per diem: $18.40 per incarcerated person per day\n"
            "  Off-site cap: $250,000 per year, county pays above\n"
            "  Staffing: 14.2 FTE RN/LPN, 1.0 physician, 2.5 mental health\n"
            "  Pharmacy: pass-through at cost + 4%\n\n"
            "Comments to {name}, Purchasing, by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 report - street medicine grant",
        "body": (
            "Quarterly figures for the foundation:\n"
            "- 412 unique clients seen, 1,318 encounters\n"
            "- 96 naloxone kits given out, 11 reversals reported back to us\n"
            "- 58 wound care visits, 7 ED referrals\n"
            "- 23 people started on buprenorphine in the field\n"
            "- 14 people housed through the coordinated entry list\n\n"
            "Narrative section due {date}. {name}, program director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy memo: hunger strike protocol (revised)",
        "body": (
            "Effective {date}, a person who refuses nine consecutive meals or 72 hours of "
            "food is placed on hunger strike monitoring. Medical obtains a baseline weight, "
            "vitals and labs, and mental health evaluates capacity. Forced feeding requires a "
            "court order. Officers log every tray offered.\n\n"
            "{name}, Health Services Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shelter volunteers - Saturday",
        "body": (
            "Front desk: {name}\n"
            "Kitchen: {name2}, {name3}\n"
            "Foot care / wound table: {provider}, RN (bring the supply tub from the closet)\n"
            "Clothing closet: open 1-3\n\n"
            "Please sign in at the office. Parking is behind the church.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Med administration certification - DSPs",
        "body": (
            "The following DSPs passed the state medication administration course and may pass "
            "meds at {house42} starting {date}: {name}, {name2}, {name3}. Skills check-off "
            "covered oral meds, inhalers, eye drops, G-tube meds and rescue seizure "
            "medication. Certificates are in the HR binder.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Foster parent training: CPR and first aid",
        "body": (
            "Required for all newly licensed foster parents. {date}, 6-9 pm, agency "
            "conference room. Trainer: {name}. Childcare is provided. Bring a photo ID. "
            "RSVP to {email} or {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Inspection findings - detention medical unit",
        "body": (
            "Summary of the annual inspection:\n"
            "- Sick call requests answered within 24 h: 81% (standard 100%)\n"
            "- Intake screenings done within 12 h: 97%\n"
            "- Chronic care patients seen on schedule: 74%\n"
            "- Medical staffing: 85% of contracted positions filled\n"
            "- No deficiencies in the pharmacy or sharps control\n\n"
            "Corrective action plan due {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P-card declined - commissary vendor",
        "body": (
            "Hi {first},\n\n"
            "The purchase card on the commissary restock order (4539 1488 0343 6468) was "
            "declined as invalid, and so was the backup card, 5500 0000 0000 0005. Can you "
            "re-key them in the portal? PO {order}, {company}.\n\n"
            "Fiscal\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical unit phone list",
        "body": (
            "Health Services Administrator: {name}, ext {ext}\n"
            "Director of Nursing: {name2}\n"
            "Charge nurse (24h): ext 4410\n"
            "Mental health on call: {name3}\n"
            "Dental: Tue/Thu only\n"
            "Pharmacy fax: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: peanut butter cups, lot {lot}",
        "body": (
            "{company} has recalled peanut butter portion cups, lot {lot}, for possible "
            "Salmonella. Pull all cases from the kitchen and the commissary warehouse today "
            "and hold them for the vendor pickup. Substitute sunflower butter on all trays, "
            "including allergy diets.\n"
            "Food Service\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Heat advisory - housing units",
        "body": (
            "Heat index expected to reach 105 this afternoon. Extra ice water to every "
            "housing unit at 1000, 1300 and 1600. Yard time moved to 0700. Officers: watch "
            "for heat illness, especially people on psych meds or diuretics, and call medical "
            "early.\n\n"
            "Shift Commander\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Controlled substance count - correct",
        "body": (
            "Shift change count, medical unit narcotics cabinet, {date} 1900:\n"
            "  Buprenorphine 8 mg SL tabs       212  correct\n"
            "  Methadone 10 mg/mL               1,840 mL  correct\n"
            "  Lorazepam 1 mg                    48  correct\n"
            "  Naloxone 4 mg nasal kits          60  correct\n"
            "Counted by {name}, RN and {name2}, LPN.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: correctional RN, nights",
        "body": (
            "{company} is hiring RNs for the night shift at {fac42}: sick call triage, "
            "intake screening, med pass and emergency response. Experience with withdrawal "
            "protocols and {cond42} a plus. Sign-on bonus {amount}. Contact {name}, "
            "recruiter, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grievance summary Q3",
        "body": (
            "Grievances filed: 311\n"
            "  Medical: 88 (61% about sick call wait times, 22% medications)\n"
            "  Food: 74\n"
            "  Property: 59\n"
            "  Staff conduct: 41\n"
            "  Other: 49\n"
            "Sustained: 19. Full breakdown at the jail oversight meeting on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NCCHC accreditation visit",
        "body": (
            "Surveyors arrive {date} at 0800 for two days. They will tour booking, the "
            "medical unit, segregation and one general housing unit, and will review policies "
            "and a random sample of charts in the medical records room. Please make sure "
            "sharps logs and the AED checks are current. Point of contact: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CODE BLUE (cold weather) - bed report",
        "body": (
            "Code Blue activated tonight, low of 14F.\n\n"
            "SITE              BEDS  FILLED\n"
            "Main men's          220   212\n"
            "Women's              90    88\n"
            "Family rooms         18    18\n"
            "Medical respite      12    12\n"
            "Church overflow      40    23\n\n"
            "Outreach van runs until 0200. Dispatch: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sock and sleeping bag drive",
        "body": (
            "Our winter drive for the street medicine team runs through {date}. Most needed: "
            "wool socks, sleeping bags, hand warmers, foot powder and reading glasses. Drop "
            "off at {address}. Thank you to {company} for matching every donation!\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Licensing visit checklist - {house42}",
        "body": (
            "State licensing visits next week. Please check:\n"
            "[ ] Med cart locked, keys on the shift lead\n"
            "[ ] MAR binders signed through today\n"
            "[ ] Fire extinguishers tagged, drill log current\n"
            "[ ] Water temperature under 120F\n"
            "[ ] Staff training records (CPR, med cert) in the office\n"
            "Questions to {name}, house manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Foster youth health measures - annual",
        "body": (
            "Agency-wide figures for the state report:\n"
            "  Children in care on June 30: 642\n"
            "  Medicaid active: 98%\n"
            "  Initial health screen within 7 days of placement: 84%\n"
            "  Dental visit in the last year: 71%\n"
            "  On one or more psychotropic medications: 19%\n"
            "Data pulled by {name}, quality analyst.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Detained population by facility",
        "body": (
            "Weekly population snapshot:\n"
            "  South Processing Center       1,412\n"
            "  County contract beds            386\n"
            "  Family residential center       210\n"
            "Average length of stay: 41 days. Medical transfers out this week: 6. Hunger "
            "strikes reported: 0.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Officer of the month",
        "body": (
            "Congratulations to {rank42} {name}, officer of the month! {first} talked a "
            "distressed man down in the booking lobby, got medical there fast, and still "
            "finished the intake paperwork on time. Lunch is on the command staff Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Support after last night's incident",
        "body": (
            "After last night's emergency on 3 North, peer support and EAP counselors are "
            "available to every officer and nurse who responded, and to anyone else who "
            "needs to talk. Call {phone} any time, or stop by the training room between 10 "
            "and 2. You do not need a supervisor's approval.\n\n"
            "{name}, Chaplain\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] JMS upgrade - medical module",
        "body": (
            "The jail management system moves to version {version} on {date}. The medical "
            "module (sick call queue, MAR, chronic care flags) will be read-only from 0200 to "
            "0400. Print a paper MAR for the 0600 pass before the window. Change {uuid}.\n"
            "{name}, IT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Budget: hepatitis C treatment",
        "body": (
            "The board asked how much we spend on hepatitis C. Last fiscal year the jail "
            "pharmacy bought 62 courses of treatment for $1.41 million; 240 people screened "
            "positive at intake. The state 340B partnership could cut the cost per course by "
            "half. {name}, Finance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Telehealth cart in the medical unit",
        "body": (
            "The new telehealth cart is in exam room 2. Tele-psych runs Mon/Wed mornings, "
            "tele-ID Thursday. The cart must stay plugged in; wifi password is on the "
            "underside. Problems: {name} at {company} support, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy memo: MOUD in custody",
        "body": (
            "Starting {date}, everyone who arrives on {med42} or another medication for "
            "opioid use disorder will have it verified and continued without interruption. "
            "People in withdrawal will be offered induction. On release, nursing arranges a "
            "7-day bridge and a community appointment.\n\n"
            "{name}, Medical Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Commissary price list - health items",
        "body": (
            "ITEM                              PRICE\n"
            "Ibuprofen 200 mg, 24 ct           $2.10\n"
            "Antacid chewables, 30 ct          $1.85\n"
            "Hydrocortisone cream 1%           $2.40\n"
            "Lotion, 8 oz                      $1.75\n"
            "Denture adhesive                  $3.05\n"
            "Reading glasses +1.50 / +2.00     $4.00\n"
            "Prices effective {date}. Vendor: {company}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Laundry - scabies precautions",
        "body": (
            "Until further notice, linens and uniforms from the medical isolation cells go in "
            "the red dissolvable bags and are washed hot in machine 3 only. Laundry workers "
            "wear gloves and gowns for those bags. Regular exchange days stay the same.\n"
            "{name}, Laundry Supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Van schedule - street medicine",
        "body": (
            "Mon: downtown library 9-11, Route 9 overpass 1-3\n"
            "Tue: riverbank 9-12, soup kitchen 1-3\n"
            "Wed: van in the shop (brakes), walking rounds only\n"
            "Thu: rail yard 9-11, bus depot 1-3\n"
            "Driver: {name}. Medical lead: {provider}, NP.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Visiting hours change",
        "body": (
            "Starting {date}, video visits run 0800-2000 every day and in-person visits move "
            "to Saturday and Sunday only. Visitors must arrive 30 minutes early with photo ID. "
            "Professional visits (attorneys, clergy) are unchanged.\n"
            "Visitation Office, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff TB testing",
        "body": (
            "Annual TB testing for all staff, custody and civilian, is due by {date}. The "
            "employee health nurse will be in the staff lounge Tuesdays and Thursdays, "
            "0600-0800 and 1400-1600, to catch both shift changes. Bring your badge.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sharps inventory discrepancy - resolved",
        "body": (
            "The medical unit sharps count was off by one 25G needle at 1500. Found in the "
            "sharps container in exam room 1 after review of the video. Count is correct. "
            "Incident report {ref} closed by {rank42} {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: agency nurses for the jail",
        "body": (
            "Confirmed, two RNs for nights starting {date}.\n\n"
            "{name}\n{company} Staffing\n\n"
            "> Can you send two RNs for the night shift at the jail for 6 weeks?\n"
            "> They need correctional experience or at least ER, and must pass the\n"
            "> background check before day one. Orientation is 8 hours.\n"
            "> - {name2}, Director of Nursing\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Overnight coverage - {house42}",
        "body": (
            "We still need a second awake overnight DSP for Friday and Saturday. {name} can "
            "do Friday; Saturday is open. Time-and-a-half approved by {name2}. Text me at "
            "{phone} if you can pick it up.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Caseload reassignments",
        "body": (
            "With {name} on leave, her 14 cases move to {name2} (8) and {name3} (6) from "
            "{date}. Medical appointments already on the calendar stay as they are; the new "
            "worker will confirm transport with each foster home. Supervisor: {provider}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clinica de vacunas / Vaccine clinic",
        "body": (
            "Clínica gratuita de vacunas contra la gripe y el COVID en el refugio, el "
            "{date}, de 10 a 2. No se necesita seguro ni identificación.\n\n"
            "Free flu and COVID shots at the shelter on {date}, 10 to 2. No insurance or ID "
            "needed. Run by {clinic} nurses.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re-entry resource fair",
        "body": (
            "Tables confirmed for the re-entry fair on {date} in the gym: Medicaid "
            "enrollment, {company} (jobs), the housing authority, two opioid treatment "
            "programs and the health department (free HIV and hepatitis C testing). Vendor "
            "check-in at 0730 with {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Audit: jail health contract",
        "body": (
            "The county auditor found that the health contractor billed for 4.0 FTE of "
            "nursing hours that were not worked in the first half of the year, about $212,000. "
            "The report also notes that 12% of intake screenings were late. {name}, the "
            "county's contract monitor, will present the findings on {date}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thanksgiving dinner - shelter",
        "body": (
            "We will serve 300 meals on Thursday. Diabetic-friendly dessert option and a "
            "vegetarian plate will be on the line. Volunteers: {name} (carving), {name2} "
            "(serving), {name3} (cleanup). Arrive at 10.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Naloxone vending machine - lobby",
        "body": (
            "The naloxone vending machine in the jail lobby was restocked today. It gave out "
            "134 kits last month, mostly between 1900 and 0100 when people are released. No "
            "ID or payment needed. Restock contact: {name}, health department, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Trust deposit kiosk - test transactions",
        "body": (
            "Kiosk vendor ran test deposits this morning. Test card numbers 4000 1234 5678 "
            "9011 and 3782 822463 10006 were rejected by the kiosk as expected. The kiosk is "
            "back in service. Ticket {ticket}.\n"
            "{name}, Inmate Accounts\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

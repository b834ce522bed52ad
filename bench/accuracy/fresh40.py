"""Held-out split "fresh40": templates and post-acute-care vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full) and the first 64
lines of bench/accuracy/fresh39.py (its module docstring and the start of its vocabulary, as
a model of this docstring and the data format; not its templates), for the placeholder
names, the Template fields, the data format, and so as not to repeat their templates. The
file names in bench/accuracy/ were listed once (with the line counts of generate.py,
fresh6.py and fresh7.py); one stray shell command also ran `ls` on bench/accuracy/vocab/
with its output discarded, so nothing under it was seen. The author did not read gateway/,
policies/, docs/, tests/, README.md, pyproject.toml, bench/accuracy/vocab/,
bench/accuracy/run.py, bench/accuracy/formats.py or any other bench/accuracy/fresh*.py
file, and did not run git, the detector, run.py, the benchmark or any test. The only things
run were Python's ast module over generate.py (without executing it) to collect the
placeholder names that generate.fill() and generate.fresh_fill() provide, a short script
checking that the card-like numbers written in the negatives fail the Luhn check, an import
of this file with a script checking its placeholders, key sets and labels, ruff format
and ruff check on this file, small shell and Python one-offs that edited or printed this
file only, and a check of the Python version and that Faker imports in the project's
virtualenv (nothing of the project was imported). It is meant to be run once, as an
honest, untuned measurement: do not tune the detector on these templates. The message
format (plain, HTML, attachments) is chosen per sample by generate.py, as for fresh6 and
fresh7; the bodies themselves vary from two-line notes to long forms, pasted tables,
quoted replies and ALL-CAPS printouts.

Angle: post-acute, long-term and chronic care outside the hospital. Home health agencies
(OASIS start-of-care and recertification, skilled nursing visit notes, missed-visit
notifications, wound photo logs, aide assignments, plans of care for signature), skilled
nursing facilities and rehab (admission packets, MDS, therapy minutes, care-plan
conferences, fall and change-of-condition SBARs, pharmacy consultant medication regimen
reviews, NP rounding lists, diet orders, psychotropic consents, statements), assisted living
and memory care (family updates, medication aide eMAR exceptions, incident reports,
voicemails), PACE (IDT minutes, enrollment, day-centre transport), dialysis (missed
treatments, monthly labs, chair times), chronic disease care management (CHF weight alerts,
diabetes coaching, COPD action plans, chronic care management time logs, transitional care
calls after discharge), hospital-to-SNF referral portals and bed offers, home infusion and
DME deliveries and oxygen certificates, and the families and guardians writing to all of
them. Residents appear as "Surname, First", "Mrs. X in 214B", ALL-CAPS system names and
full names in family mail. The hard negatives come from the same world: staffing schedules
and agency-nurse rosters naming staff only, survey-readiness memos without residents,
census and occupancy counts, aggregate quality measures (star ratings, rehospitalisation
and fall rates), in-service trainings, menus and activity calendars, vendor invoices, DME
catalogues and recall notices, job postings, a memorial note for a volunteer, newsletters
naming conditions generically, purchase-order, tracking and room numbers without names,
and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH40_VOCAB): {dx40} {rx40} {wound40} {dme40} {ivrx40}
{coc40} {sym40} {wt40} {fall40} {room40} {rel40} for the patient templates (post-acute
diagnoses, SNF and home medications, wounds with measurements, durable medical equipment,
home-infusion orders, change-of-condition findings, symptoms in families' words, CHF weight
gains, fall descriptions, room and bed numbers, relatives' roles), {snf40} {hha40} {unit40}
for facility, agency and unit names (in both), and {inservice40} {activity40} for the
negatives ({rx40}, {dme40} and {room40} also appear in negatives, where no patient or
resident is named). Other placeholders come from generate.fill() and
generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient/resident (full name;
title plus surname; first name plus a date of birth, a named relative, an address or a
phone; MRN, member ID, SSN or MBI; the person's own phone, email or address; a room or bed
number together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). subject_phi is True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier
in a care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in
the Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card},
{icd}, {mbi} or {passport}, and name only staff, vendors, partners or nobody, or give
aggregate figures; the card-like numbers written literally in them fail the Luhn check.
Anything ambiguous was left out.
"""

from __future__ import annotations

from typing import Any

FRESH40_VOCAB: dict[str, list[str]] = {
    "dx40": [
        "CHF, EF 25%",
        "COPD on 2L home O2",
        "ESRD on HD (MWF)",
        "s/p L hip ORIF after a fall",
        "s/p R TKA",
        "CVA with L hemiparesis",
        "moderate Alzheimer's dementia",
        "Lewy body dementia",
        "Parkinson's disease with recurrent falls",
        "DM2, insulin dependent, A1c 9.8",
        "diabetic foot ulcer of the R great toe",
        "L BKA",
        "sepsis secondary to UTI",
        "aspiration pneumonia",
        "adult failure to thrive",
        "osteomyelitis of the R heel",
        "C. diff colitis",
        "CKD stage 4",
        "A-fib on anticoagulation",
        "lumbar stenosis s/p laminectomy",
        "secondary progressive MS",
        "stage 4 sacral pressure injury",
        "vascular dementia with behaviors",
        "hypoxic respiratory failure, trach dependent",
        "schizoaffective disorder",
        "HFpEF with volume overload",
        "COPD exacerbation",
        "compression fracture T12",
    ],
    "rx40": [
        "Eliquis 2.5 mg BID",
        "Lasix 40 mg daily",
        "Seroquel 25 mg HS",
        "donepezil 10 mg HS",
        "Namenda 10 mg BID",
        "Depakote sprinkles 125 mg BID",
        "Lantus 18 units qHS",
        "Novolog sliding scale AC/HS",
        "Coreg 6.25 mg BID",
        "Entresto 24/26 mg BID",
        "Trelegy Ellipta 1 puff daily",
        "DuoNeb q6h PRN",
        "oxycodone 5 mg q6h PRN",
        "Sinemet 25/100 TID",
        "mirtazapine 7.5 mg HS",
        "sertraline 50 mg daily",
        "Renvela 800 mg with meals",
        "warfarin per INR",
        "Keppra 500 mg BID",
        "haloperidol 0.5 mg PRN agitation",
        "torsemide 20 mg daily",
        "metoprolol tartrate 25 mg BID",
        "Ensure Plus TID",
        "Senna-S 2 tabs HS",
        "lorazepam 0.5 mg PRN",
        "Jardiance 10 mg daily",
    ],
    "wound40": [
        "stage 3 pressure injury to the sacrum, 3.2 x 2.1 x 0.4 cm",
        "unstageable pressure injury L heel, 2.0 x 2.5 cm, dry eschar",
        "venous ulcer R medial malleolus, 4.1 x 3.0 cm, moderate serous drainage",
        "surgical incision L hip, 14 staples, well approximated",
        "diabetic ulcer plantar R foot, 1.2 x 1.0 x 0.3 cm",
        "skin tear L forearm, 3 cm, Steri-Strips in place",
        "stage 2 pressure injury R buttock, 1.5 x 1.0 cm",
        "BKA stump incision with 1 cm dehiscence, no odor",
        "arterial ulcer L lateral ankle, 0.8 x 0.8 cm, pale wound bed",
    ],
    "dme40": [
        "a hospital bed with a low-air-loss mattress",
        "an oxygen concentrator at 2 L/min",
        "a Hoyer lift",
        "a rollator walker",
        "a bedside commode",
        "a wound vac (NPWT) at -125 mmHg",
        "a BiPAP machine",
        "a power wheelchair",
        "a Libre 3 CGM",
        "a tub transfer bench",
        "a feeding pump (Kangaroo Joey)",
    ],
    "ivrx40": [
        "ertapenem 1 g IV q24h via PICC",
        "daptomycin 500 mg IV q24h",
        "cefazolin 2 g IV q8h by elastomeric pump",
        "vancomycin 1.25 g IV q24h, trough before 4th dose",
        "TPN 1.5 L over 12 h nightly",
        "milrinone 0.25 mcg/kg/min continuous",
        "IVIG 0.4 g/kg daily x 5 days",
        "IV furosemide 80 mg BID",
    ],
    "coc40": [
        "SpO2 84% on 3L, RR 28, crackles bilat",
        "T 101.6, new confusion, foul-smelling urine",
        "BG 41 at 0550, glucagon given, recheck 98",
        "new L-sided weakness at 0700",
        "coffee-ground emesis x1",
        "3+ pitting edema BLE, wt up 4 lb",
        "no BM x 6 days, abdomen distended",
        "refusing food and fluids x 48 h",
        "BP 78/46, HR 118",
        "new stage 2 on the coccyx",
        "increased agitation, hitting staff during care",
    ],
    "sym40": [
        "more confused than usual",
        "not eating, just picking at her tray",
        "coughing every time she drinks",
        "really swollen ankles",
        "sleeping all day",
        "yelling at night",
        "a bruise on her arm nobody can explain",
        "saying her hip hurts",
        "short of breath walking to the bathroom",
        "wetting the bed, which never happened before",
        "a red sore on her heel",
    ],
    "wt40": [
        "3.2 lb overnight",
        "4.6 lb in 2 days",
        "5.1 lb since Monday",
        "2.8 lb overnight",
        "6 lb in a week",
    ],
    "fall40": [
        "found sitting on the floor beside the bed at 0315, no LOC",
        "slid out of the wheelchair during transfer to the toilet",
        "fell in the bathroom reaching for the walker, hit back of head",
        "unwitnessed fall in the dining room, c/o R hip pain",
        "lowered to the floor by the CNA during a pivot transfer",
        "found on the floor of the hallway at 0540, small laceration above L eyebrow",
    ],
    "room40": [
        "214B",
        "108-A",
        "322-2",
        "2N-11",
        "17W",
        "116 window",
        "Apt 204",
        "Cedar 6",
    ],
    "rel40": [
        "daughter",
        "son",
        "niece",
        "granddaughter",
        "healthcare POA",
        "son-in-law",
        "wife",
        "husband",
    ],
    "snf40": [
        "Brookhaven Health & Rehabilitation",
        "Maple Ridge Care Center",
        "St. Agnes Transitional Care Unit",
        "Willow Creek Post-Acute",
        "The Lodge at Pinecrest",
        "Harbor View Nursing and Rehab",
        "Sunrise Terrace Memory Care",
    ],
    "hha40": [
        "Caring Hands Home Health",
        "Lakeside Home Health & Hospice",
        "BrightPath Home Care",
        "Visiting Nurse Association of the Valley",
        "Amity Home Infusion",
        "Keystone Home Health Services",
    ],
    "unit40": [
        "Magnolia Court",
        "2 North",
        "Rehab Hall",
        "Cedar Lane",
        "the East Wing",
        "the Short Stay Unit",
    ],
    "inservice40": [
        "hand hygiene and C. diff spore precautions",
        "safe patient handling: Hoyer lift competency",
        "dementia care: responding to exit-seeking",
        "abuse, neglect and misappropriation reporting",
        "oxygen safety and cylinder storage",
        "IDDSI diet levels and thickened liquids",
        "Stop and Watch: early warning signs",
        "enhanced barrier precautions",
    ],
    "activity40": [
        "Bingo with the Rotary Club",
        "chair yoga",
        "a sing-along with the Melody Makers",
        "pet therapy with Buddy",
        "Manicure Monday",
        "the Veterans Day ceremony",
        "the cookie bake-off",
        "a Hawaiian luau lunch",
    ],
}


FRESH40_PHI: list[dict[str, Any]] = [
    {
        "subject": "OASIS SOC ready for QA",
        "body": (
            "OASIS-E START OF CARE - READY FOR QA REVIEW\n"
            "Agency: {hha40}\n"
            "Patient: {last}, {first}\n"
            "MRN: {mrn}\n"
            "SOC date: {date}\n"
            "Clinician: {provider}, RN\n\n"
            "M1021 Primary dx: {dx40} ({icd})\n"
            "M1033 Risk of hospitalization: history of falls, 2+ ED visits in 6 mo, "
            "taking 5+ meds\n"
            "M1311 Pressure ulcers: {wound40}\n"
            "M1800-M1860 ADLs: needs assist with bathing, dressing lower body, transfers\n"
            "M2001 Drug regimen review: potential issue found ({rx40} dose), MD contacted "
            "same day\n"
            "GG0170 Mobility: walks 50 ft with two turns, partial/moderate assist\n\n"
            "Frequency: SN 2w4, PT 3w3, OT eval, HHA 2w4\n"
            "Please finish QA by EOD so we can lock and export.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Recert due {date} - {last}, {first} ({dx40})",
        "body": (
            "Recert window opens Monday. PT says she's plateaued, SN still needed for wound. "
            "Who can do the visit?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MISSED VISIT NOTIFICATION",
        "body": (
            "MISSED VISIT NOTIFICATION - PHYSICIAN COPY\n\n"
            "Patient: {name}\n"
            "Discipline: PT\n"
            "Scheduled visit: {date} {time}\n"
            "Reason missed: Patient was in the ED (daughter called at 0800, {coc40}).\n"
            "Impact on plan of care: ambulation and transfer training delayed; will resume "
            "after discharge.\n"
            "Physician notified: Dr. {provider_last}, via fax\n\n"
            "{hha40}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "wound photos uploaded",
        "body": (
            "Photos uploaded to the wound log for {name} from today's visit:\n\n"
            "  IMG_4471.jpg  - wound #1 with ruler\n"
            "  IMG_4472.jpg  - wound #1 periwound\n"
            "  IMG_4475.jpg  - L heel, offloading boot removed\n\n"
            "Wound #1: {wound40}. Tunneling at 12 o'clock 0.5 cm, smaller than last week. "
            "Dressing: calcium alginate + foam, change 3x/wk. Home address on the photo "
            "consent: {address}.\n\n"
            "{provider_first}, RN WCC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Admission packet - Rm {room40}",
        "body": (
            "Admissions,\n\n"
            "Packet for tonight's admit is scanned to the shared drive. Missing: signed "
            "arbitration opt-out and the bed-hold policy page.\n\n"
            "Resident: {name}\n"
            "DOB: {dob}\n"
            "SSN: {ssn}\n"
            "Payer: Medicare A, secondary {company} supplement\n"
            "Admitting dx: {dx40}\n"
            "Code status: DNR/DNI, POLST in packet\n"
            "Responsible party: {name2} ({rel40}), {phone}\n"
            "Hospital: d/c summary + med list attached, last dose of {rx40} given at 1400\n\n"
            "{provider_first}\nAdmissions Coordinator, {snf40}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MDS 5-day ARD {date}",
        "body": (
            "MDS 3.0 - 5-DAY PPS ASSESSMENT (working copy)\n"
            "A0500  Resident name: {upper_name}\n"
            "A0600B Medicare number: {mbi}\n"
            "A0900  Birth date: {dob}\n"
            "A1600  Entry date: {date2}\n"
            "C0500  BIMS summary score: 09\n"
            "D0160  PHQ total: 06\n"
            "I0020B Primary medical condition ICD: {icd}\n"
            "I8000  Additional: {dx40}\n"
            "K0520  Nutrition: mechanically altered diet\n"
            "M0300  Pressure ulcers: 1 stage 3, present on admission\n"
            "N0415  High-risk drugs: anticoagulant, opioid\n"
            "O0400  Therapy: PT/OT/SLP\n\n"
            "Sections GG and J need sign-off from therapy before I can transmit. - MDS coord\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Therapy minutes wk ending {date}",
        "body": (
            "Rehab dept - weekly minutes ({unit40})\n\n"
            "Resident              Rm      PT    OT    SLP   Notes\n"
            "{last}, {first}     {room40}  310   285   90    dysphagia tx, upgraded to "
            "mech soft\n"
            "{intl_name}           2N-14   240   240   0     s/p TKA, d/c home planned\n\n"
            "Group/concurrent within 25% cap. Flag: {last} refused PT Tues + Wed (pain).\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Care plan meeting for your mother",
        "body": (
            "Dear {name2},\n\n"
            "The quarterly care plan conference for your mother, {name}, is scheduled for "
            "{date} at {time} in the second-floor conference room at {snf40}. You are welcome "
            "to join by phone.\n\n"
            "The team (nursing, social services, dietary, activities and therapy) would like "
            "to talk with you about:\n"
            "  - her weight loss of 9 lb over the last 90 days and the supplement we started\n"
            "  - the pharmacist's suggestion to taper her {rx40}\n"
            "  - her fall on the 3rd and the new low bed and floor mat\n\n"
            "Please let me know if this time does not work.\n\n"
            "{provider}, MSW\nSocial Services Director\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SBAR - fall - {room40}",
        "body": (
            "S: Mrs. {last} in {room40} {fall40}.\n"
            "B: {age} y/o, hx {dx40}, on {rx40}. Last fall 3 weeks ago.\n"
            "A: Neuro checks WNL x2, no shortening/rotation of legs, pain 4/10 R hip, "
            "skin intact. VS 136/78, 84, 18, 97.9, 95% RA.\n"
            "R: Notified Dr. {provider_last} at 0345 - order for portable x-ray R hip in AM, "
            "neuro checks q15min x1h then q1h x4. Family ({rel40}) notified. Fall mat and "
            "low bed in place.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "COC: {last}, {first} - {coc40}",
        "body": (
            "NP aware, orders received: CBC, BMP, UA w/ C&S, CXR. Family notified. Will "
            "monitor q2h and update oncoming shift.\n{provider_first}, LPN\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRR recommendations - {unit40} - {date}",
        "body": (
            "CONSULTANT PHARMACIST MEDICATION REGIMEN REVIEW\n"
            "Facility: {snf40}\n"
            "Reviewed: 38 residents. Irregularities: 3.\n\n"
            "1. {last}, {first} (Rm {room40}): on {rx40} since admission with no documented "
            "target behavior. Recommend GDR or documentation of clinical rationale per "
            "F758.\n"
            "2. {intl_name} (Rm 2N-07): INR 4.6 on {date2}, warfarin not held. Recommend "
            "hold x1 and recheck INR in 48 h.\n"
            "3. {name2} (Rm 119): duplicate PRN acetaminophen orders. Recommend d/c one.\n\n"
            "Please have the attending respond on the form within 30 days.\n"
            "{provider}, PharmD, BCGP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Update on your dad",
        "body": (
            "Hi,\n\n"
            "Just a quick update from the wellness office at The Lodge. Your dad, {name}, had "
            "a good week overall. He is eating better in the dining room since we moved him to "
            "the table by the window. He did have some {sym40} on Tuesday evening, so we "
            "checked a urine dip (negative) and let his doctor know. Dr. {provider_last} "
            "wants to recheck his {rx40} level at the next visit on {date}.\n\n"
            "Call me any time,\n{provider_first}, LPN, Wellness Director\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EMAR EXCEPTION REPORT {date}",
        "body": (
            "EMAR EXCEPTION REPORT - ASSISTED LIVING - NIGHT PASS\n"
            "=================================================\n"
            "RESIDENT: {upper_name}      APT: {room40}\n"
            "MED: {rx40}\n"
            "SCHEDULED: 2000   STATUS: REFUSED (R)\n"
            "COMMENT: RES STATED 'I ALREADY TOOK IT'. REAPPROACHED X2. REFUSED.\n"
            "MED AIDE: {name3}, CMA\n"
            "NURSE NOTIFIED: Y   MD NOTIFIED: N\n"
            "=================================================\n"
            "END OF REPORT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident report #{code} - memory care",
        "body": (
            "INCIDENT / ACCIDENT REPORT\n"
            "Resident: {name}\n"
            "Unit: {unit40}\n"
            "Date/time: {date}, approx. {time}\n"
            "Type: Exit-seeking / attempted elopement\n"
            "Description: Resident followed a visitor through the courtyard door and was "
            "redirected by staff at the gate within 2 minutes. No injury. Resident has "
            "{dx40}; wanders most afternoons.\n"
            "Immediate action: Wander guard checked (battery OK), 1:1 for remainder of shift, "
            "door code changed.\n"
            "Notified: Executive Director, {rel40}, PCP\n"
            "Reported by: {name2}, Resident Care Aide\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IDT minutes {date}",
        "body": (
            "PACE INTERDISCIPLINARY TEAM - DAILY HUDDLE\n\n"
            "Participant: {name}   MBI: {mbi}\n"
            "  PCP: BP up at clinic (168/92), increase {rx40}? Recheck Friday.\n"
            "  Home care: aide reports {sym40}.\n"
            "  Day center: attending Mon/Wed/Fri, van pickup 8:10.\n"
            "  Plan: RN home visit tomorrow, labs at center Friday.\n\n"
            "Participant: {intl_name}\n"
            "  Back from hospital yesterday ({dx40}). Needs TCM visit and med rec.\n\n"
            "Minutes: {provider_first} (IDT coordinator)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "no day center tomorrow",
        "body": (
            "{first} {last} won't be at the day center tomorrow - her dialysis got moved to "
            "Tues. Pls cancel the van ({address}).\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "missed tx today",
        "body": (
            "Hi, this is the charge nurse at the dialysis unit. {name} did not show for HD "
            "today (MWF chair 7, 6:00 AM). Last K was 6.1 and he was 3.4 kg over dry weight "
            "on Friday. We called {phone} twice with no answer. Can the SNF nurse check on him "
            "and send him in for a makeup run tomorrow at 11?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monthly labs - {upper_name}",
        "body": (
            "DIALYSIS MONTHLY LAB SUMMARY - FAX COPY TO FACILITY\n"
            "PATIENT: {upper_name}          DOB: {dob}\n"
            "FACILITY: {snf40}\n"
            "-------------------------------------------------\n"
            "TEST          RESULT    FLAG   GOAL\n"
            "KT/V          1.18      L      >1.2\n"
            "ALBUMIN       3.1       L      >4.0\n"
            "HGB           9.4       L      10-11\n"
            "PHOSPHORUS    6.9       H      3.5-5.5\n"
            "PTH           712       H      150-600\n"
            "POTASSIUM     5.6       H      3.5-5.0\n"
            "-------------------------------------------------\n"
            "DIETITIAN: PLEASE REINFORCE PHOS BINDER WITH MEALS ({rx40}).\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ALERT: weight gain {wt40}",
        "body": (
            "REMOTE MONITORING ALERT - HEART FAILURE PROGRAM\n"
            "Patient: {name}\n"
            "Phone: {phone}\n"
            "Program dx: {dx40}\n"
            "Today's weight: 187.4 lb (baseline 181.0)\n"
            "Change: +{wt40}\n"
            "BP 142/88  HR 96  SpO2 93%\n"
            "Symptom survey: 'more short of breath lying flat' = YES\n\n"
            "Per protocol: call patient within 2 h, review diuretic plan, notify cardiology "
            "if gain > 3 lb/day or 5 lb/week.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "wt alert - {name} up {wt40}",
        "body": (
            "Called pt, ankles swollen, sleeping in the recliner. Took the extra Lasix per "
            "his action plan at 10. Cardio NP wants labs Thurs and a call back tomorrow.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your coaching check-in",
        "body": (
            "Hi {name},\n\n"
            "Great job logging your sugars every day this week! Here is your summary:\n\n"
            "  Fasting average: 168 (goal under 130)\n"
            "  After-dinner average: 231\n"
            "  Lows: none\n\n"
            "Since your fasting numbers are still high on {rx40}, I have sent your log to Dr. "
            "{provider_last} so she can decide whether to adjust the dose. Keep walking after "
            "dinner - your Tuesday and Thursday numbers were your best.\n\n"
            "Our next coaching call is {date} at {time}.\n\n"
            "{provider_first}, RN, CDCES\nDiabetes Care Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "COPD action plan",
        "body": (
            "MY COPD ACTION PLAN\n"
            "Name: {name}          Date of birth: {dob}\n"
            "Doctor: {provider}    Office: {phone}\n\n"
            "GREEN - doing well: usual breathing, sleeping well\n"
            "  Take: Trelegy 1 puff every morning, rinse mouth\n"
            "  Oxygen: 2 L with walking and at night\n\n"
            "YELLOW - bad day: more short of breath, mucus changed colour, using rescue "
            "inhaler more than every 4 hours\n"
            "  Take: albuterol 2 puffs every 4 h, start prednisone 40 mg x 5 days (in the "
            "cabinet), call the nurse line\n\n"
            "RED - emergency: can't talk in sentences, lips blue, confused\n"
            "  CALL 911\n\n"
            "Reviewed with patient and {rel40} on {date}. Copy on the refrigerator.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CCM time log - {date}",
        "body": (
            "CHRONIC CARE MANAGEMENT - MONTHLY TIME LOG\n\n"
            "Patient      | MBI        | Min | Activities\n"
            "{name}  | {mbi} | 42  | med rec, called pharmacy re {rx40}, "
            "scheduled podiatry\n"
            "{intl_name}  | (pending)  | 18  | reviewed BP log, care plan update\n\n"
            "Bill 99490 + 99439 for the first patient. Second patient under 20 min, do not "
            "bill. Consent on file for both.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "TCM 2-business-day contact",
        "body": (
            "Transitional care call\n"
            "Reached: {name} at {phone} on {date}\n"
            "Discharged: {date2} from the hospital, dx {dx40}\n"
            "Med rec: new {rx40}; stopped amlodipine; pt has all meds in hand except the "
            "inhaler (pharmacy backordered, called alternative)\n"
            "Services: {hha40} SOC scheduled for tomorrow\n"
            "Red flags reviewed; pt verbalized understanding\n"
            "F/u: face-to-face with Dr. {provider_last} within 7 days, booked for {date}\n"
            "Time: 22 min. {provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New referral: {age}F, {dx40} - accept?",
        "body": (
            "REFERRAL PORTAL - NEW REFERRAL\n"
            "Referral ID: {ref}\n"
            "Sending facility: {clinic} Hospital, 6 West\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}\n"
            "Payer: Medicare A (MBI {mbi}), no 3-day stay waiver needed\n"
            "Anticipated d/c: {date}\n"
            "Clinical needs: {ivrx40} through {date2}; {dme40}; PT/OT\n"
            "Isolation: contact (MRSA nares)\n"
            "Behaviors: none documented\n"
            "Attachments: H&P, last 3 progress notes, MAR, PT eval (4)\n\n"
            "Respond: ACCEPT / DECLINE / NEED MORE INFO\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Bed offer from {snf40}",
        "body": (
            "Hi,\n\n"
            "We can accept {name} (your MRN {mrn}) tomorrow after 1 pm, semi-private room "
            "{room40}, female roommate. We can manage the {ivrx40} and will have pharmacy "
            "deliver the first dose by 6 pm. We'll need the PICC tip confirmation and a "
            "negative COVID test within 48 h.\n\n"
            "Please send the signed transfer form to the admissions fax.\n\n"
            "{provider}, Admissions Liaison\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delivery confirmation - home infusion",
        "body": (
            "Home infusion delivery completed.\n\n"
            "Patient: {name}\n"
            "Address: {address}\n"
            "Delivered: {ivrx40}, 7-day supply, pump, IV pole, PICC dressing kits x2, saline "
            "and heparin flushes, sharps container\n"
            "Received by: {name2} ({rel40})\n"
            "Next nursing visit: {date} (weekly dressing change and labs)\n"
            "Cold chain: delivered in cooler, temp 4.1 C on arrival\n\n"
            "{hha40} | 24-h pharmacist line {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "O2 set up - {name}",
        "body": (
            "Concentrator and 6 E-cylinders delivered and set up at 1420. Pt and wife taught "
            "on use and no smoking signs posted. Flow 2 L/min per order.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: my ward",
        "body": (
            "To the Director of Nursing,\n\n"
            "I am the court-appointed guardian of {name} (DOB {dob}). I was informed yesterday "
            "that {rx40} was started on {date} for 'behaviors'. I did not give consent for any "
            "psychotropic medication, and I have letters of guardianship on file with your "
            "social worker. Please stop the medication until we have had a care conference, and "
            "send me copies of the behavior monitoring sheets.\n\n"
            "{name2}\nProfessional Guardian, {company}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: hearing aids missing AGAIN",
        "body": (
            "Hi {name2},\n\n"
            "I'm so sorry. We found the left one in the laundry and the audiologist can see her "
            "on {date} to check it and replace the right one. The cost will be covered by the "
            "facility.\n\n"
            "{provider}, Director of Nursing\n\n"
            "> From: {name2}\n"
            "> Sent: {date2}\n"
            "> Subject: hearing aids missing AGAIN\n"
            ">\n"
            "> This is the second time Mom's hearing aids have gone missing. Mrs. {last} in "
            "{room40}\n"
            "> cannot hear anything without them and she has been {sym40} ever since.\n"
            "> I want to know who is responsible.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment for Dad's respite stay",
        "body": (
            "Hello business office,\n\n"
            "Please charge the two-week respite stay for my father, {name}, to my card: {card}, "
            "exp 11/28. He is coming to you after his {dx40} so I can have a break. Receipt to "
            "this email please.\n\n"
            "Thanks,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "PACE enrollment - intake complete",
        "body": (
            "Intake completed at the home today.\n\n"
            "Applicant: {name}\n"
            "SSN: {ssn}\n"
            "Address: {address}\n"
            "Medicaid: pending (NFLOC assessment passed on {date})\n"
            "Diagnoses: {dx40}; HTN; hearing loss\n"
            "Current meds: {rx40} plus 7 others (list scanned)\n"
            "Home safety: throw rugs, no grab bars, steep front steps\n\n"
            "Enrollment agreement signed by applicant and {rel40}. Effective 1st of next month "
            "if the state approves.\n"
            "{provider_first}, Intake Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "SN visit note",
        "body": (
            "SKILLED NURSING VISIT\n"
            "Pt: {name}   Address: {address}\n"
            "Time in/out: 0930/1025\n\n"
            "VS: BP 142/84, HR 72 irreg, RR 18, T 97.6, SpO2 94% RA, wt 164 lb\n"
            "Cardiopulm: fine crackles bases, 1+ edema ankles\n"
            "Wound: {wound40}; cleansed NS, dressing per order\n"
            "Meds: pill box filled for 2 wks; reinforced {rx40}\n"
            "Teaching: low-sodium diet, daily weights, when to call\n"
            "Plan: next SN visit {date}. Notified MD of weight up 2 lb.\n"
            "{provider}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "aide schedule change",
        "body": (
            "Hi {name3},\n\n"
            "Starting Monday please see {name} at {address} MWF 9-10 for shower and dressing. "
            "She uses {dme40} and is a high fall risk, so never leave her alone in the "
            "bathroom. Her {rel40} will let you in.\n\n"
            "Thanks! Scheduling\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Plan of care for signature",
        "body": (
            "Dr. {provider_last},\n\n"
            "Attached is the home health certification and plan of care for your patient "
            "{name} for the cert period {date} to {date2}. Primary diagnosis {dx40} ({icd}). "
            "Orders: SN 1w8 for wound care and medication management, PT 2w4. "
            "Face-to-face encounter documented by the hospitalist.\n\n"
            "Please sign and return within 30 days so we can bill the final claim.\n\n"
            "Medical Records, {hha40}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{room40}",
        "body": "Mrs. {last} c/o {sym40} again, pls call NP. vitals wnl.\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - refused meds x3",
        "body": "FYI. Family aware, NP to see tomorrow.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "ADT NOTIFICATION",
        "body": (
            "*** ADT NOTIFICATION - HOSPITAL TRANSFER ***\n"
            "EVENT: A03 DISCHARGE TO ACUTE\n"
            "RESIDENT: {upper_name}\n"
            "MRN: {mrn}\n"
            "ROOM: {room40}\n"
            "DATE/TIME: {date} {time}\n"
            "TRANSFER DX: {coc40}\n"
            "RECEIVING: {clinic} HOSPITAL ED\n"
            "BED HOLD: YES (MEDICAID 10 DAYS)\n"
            "*** DO NOT REPLY - AUTOMATED MESSAGE ***\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A note from Cedar Lane",
        "body": (
            "Dear {name2},\n\n"
            "I wanted to let you know that your husband {name} had a really nice week. He "
            "joined the music group twice and ate most of his meals. He has been sleeping "
            "better since Dr. {provider_last} lowered his {rx40}, and the night staff say he "
            "is not up walking the halls as much.\n\n"
            "We did notice {sym40} on Saturday, and the nurse is keeping an eye on it.\n\n"
            "Warmly,\n{provider_first}, Memory Care Program Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral: outpatient wound clinic",
        "body": (
            "Please schedule Mr. {last} ({room40}, {snf40}) for the next available wound "
            "clinic slot. {wound40}, not healing after 6 weeks of treatment. Hx {dx40}. Last "
            "prealbumin 12. Facility van can transport Tues/Thurs only.\n\n"
            "{provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PT discharge summary",
        "body": (
            "PHYSICAL THERAPY DISCHARGE SUMMARY\n"
            "Pt: {last}, {first}\n"
            "Dx: {dx40}\n"
            "Visits: 14 of 15\n"
            "Goals:\n"
            "  1. Ambulate 150 ft with {dme40}, supervision - MET\n"
            "  2. Stairs x4 with rail, CGA - MET\n"
            "  3. TUG < 14 s - NOT MET (16.2 s)\n"
            "D/c to home with HEP and {hha40} for 2 more weeks of nursing.\n"
            "{provider}, DPT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Text thread export",
        "body": (
            "Conversation with {name} ({phone}) - Diabetes coaching program\n\n"
            "[{date} 7:02 AM] Patient: sugar was 312 this am. forgot my night insulin\n"
            "[{date} 7:15 AM] Coach: Thanks for telling me! Take your morning dose as usual, "
            "drink water, and check again before lunch.\n"
            "[{date} 11:48 AM] Patient: 204 now\n"
            "[{date} 11:50 AM] Coach: Better. Let's set a phone alarm for the {rx40} at 9 pm.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your mother's discharge to rehab",
        "body": (
            "Dear {name2},\n\n"
            "As we discussed on the phone, your mother {name} will be discharged tomorrow to "
            "{snf40} for short-term rehab after her {dx40}. Medicare has approved the stay. "
            "Transport is by wheelchair van at 11 am. Please bring her glasses, hearing aids "
            "and some comfortable clothes to the facility.\n\n"
            "{provider}, RN Case Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resident statement - {date2}",
        "body": (
            "RESIDENT STATEMENT\n"
            "Resident: {name}\n"
            "Responsible party: {name2}\n"
            "Period: {date} - {date2}\n\n"
            "Medicare Part A days 1-20 ............ $0.00\n"
            "Coinsurance days 21-34 (14 x $209.50). $2,933.00\n"
            "Pharmacy not covered by Part A ....... {amount2}\n"
            "Beauty shop ........................... $28.00\n"
            "Balance due ........................... {amount}\n\n"
            "Questions: Business Office, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicaid LTC application - docs needed",
        "body": (
            "Hi {name2},\n\n"
            "To finish the long-term care Medicaid application for your {rel40} {name} "
            "(SSN {ssn}), the caseworker still needs five years of bank statements and the "
            "life insurance cash value. The application lists the admission on {date} for "
            "{dx40}. Medicare coverage ended on {date2}, so the private-pay balance is growing.\n\n"
            "Business Office Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "STANDING ORDERS - MOBILE LAB",
        "body": (
            "MOBILE LAB STANDING ORDER LIST - {snf40}\n"
            "RM       RESIDENT                 TEST           FREQ       DX\n"
            "{room40}   {upper_name}     CBC, BMP       Q MONDAY   {icd}\n"
            "2N-03    (see face sheet)         PT/INR         Q THURS    Z79.01\n"
            "DRAW BY 0600. CALL CRITICALS TO UNIT NURSE.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Diet order change",
        "body": (
            "Dietary: {last}, {first} ({room40}) downgraded to IDDSI level 4 pureed with mildly "
            "thick liquids after the SLP swallow eval today. Aspiration risk - upright 90 "
            "degrees for meals, 1:1 set up. Please update the tray card.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NP rounding list {date}",
        "body": (
            "Hi, list for tomorrow:\n\n"
            "1. {last}, {first} - {room40} - {coc40}, labs back this am\n"
            "2. {intl_name} - 108-B - new admit, H&P due\n"
            "3. {name2} - 322-1 - family wants to discuss hospice\n\n"
            "Also need signatures on the monthly recaps.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccine consent - Mr. {last}, {room40}",
        "body": (
            "Hi {name2},\n\n"
            "Thank you for returning the consent. Your father received his RSV vaccine and "
            "flu shot today, {date}, in the left and right arms. No reaction so far; we will "
            "watch him for 24 hours.\n\n"
            "Infection Preventionist\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "O2 recert - CMN",
        "body": (
            "Certificate of Medical Necessity - home oxygen (recertification)\n\n"
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Address: {address}\n"
            "Qualifying test: SpO2 86% on room air at rest, {date}\n"
            "Dx: {dx40}\n"
            "Equipment: {dme40}, portable cylinders\n"
            "Ordering physician: Dr. {provider}, NPI {npi}\n\n"
            "Please sign section D and fax back so billing is not interrupted.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Voicemail from {name2}",
        "body": (
            "VOICEMAIL TRANSCRIPTION (front desk)\n"
            "Caller: {name2}, {rel40}\n"
            "Callback: {phone}\n\n"
            "\"Hi, I'm calling about my mom, {name}, in apartment 212. She told me she fell "
            "on Sunday and nobody called me, and today she is {sym40}. I'd like the nurse to "
            'look at her and call me back please."\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Dad's weights",
        "body": (
            "Thanks so much for calling back. He's been at 202, 204 and now 206 this morning "
            "and his feet look puffy. I gave him the extra Lasix like you said.\n\n"
            "{name2}\n\n"
            "On {date}, Heart Failure Care Team wrote:\n"
            "> Hi, this is the heart failure nurse following {name}. His scale sent us a gain\n"
            "> of {wt40}. Can you tell us his weights for the last three days and whether he\n"
            "> has more swelling or trouble breathing?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Psychotropic consent needed - {last}, {first}",
        "body": (
            "Resident: {name}\n"
            "Medication: {rx40}\n"
            "Dx / indication: {dx40}\n"
            "Target behaviors: striking out during care, calling out at night\n"
            "Non-drug interventions tried: music, consistent caregiver, toileting schedule\n"
            "Black box warning reviewed: yes\n\n"
            "Social services: please get informed consent from the POA before the first dose.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Chair time change",
        "body": (
            "{name}'s chair time moves to 5:45 AM T/Th/Sat starting {date}. Please adjust the "
            "transport pickup at {address} and have him eat breakfast after treatment.\n"
            "Dialysis Social Work\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HH referral - {name} - {dx40}",
        "body": (
            "Discharging from {snf40} on {date}. Needs SN, PT, OT and an aide. Address and "
            "phone on the face sheet.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CRITICAL LAB - RM {room40}",
        "body": (
            "CRITICAL VALUE CALLED\n"
            "PT: {upper_name}  RM: {room40}\n"
            "TEST: POTASSIUM   RESULT: 6.4 MMOL/L (CRIT)\n"
            "CALLED TO: NURSE ON DUTY AT {time}, READ BACK Y\n"
            "REF LAB ACCESSION {code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - OASIS corrections",
        "body": (
            "QA returned the ROC. M1860 and GG0170 don't match the PT eval, and the wound "
            "measurements are missing. Please fix before 5.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Autopay set up for assisted living",
        "body": (
            "Hi {name2},\n\n"
            "Your monthly autopay is set up. On the 1st we will charge the card ending in the "
            "number you gave us ({card}) for your mother {name}'s rent, level 3 care fee "
            "(medication management and two-person assist) and pharmacy copays.\n\n"
            "Resident Accounts, {snf40}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name}, DOB {dob} - bed offer",
        "body": "We have a bed on {unit40} tomorrow if she still needs it. Let me know by 3.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Skin sweep results",
        "body": (
            "Weekly skin sweep, {unit40}:\n"
            "- Mr. {last} ({room40}): {wound40}, new this week, wound nurse to see\n"
            "- All other residents: no new areas\n"
            "Turning schedule reminders posted.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: DME order",
        "body": (
            "Forwarding - can you process? Thx\n\n"
            "---------- Forwarded message ----------\n"
            "From: {provider}\n"
            "Subject: DME order\n\n"
            "Please deliver {dme40} to {name}, {address}, {phone}, before her discharge "
            "home from our unit on {date}. Dx: {dx40}. Face-to-face note attached.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH40_NEG: list[dict[str, Any]] = [
    {
        "subject": "Agency coverage wk of {date}",
        "body": (
            "Agency nurses confirmed for next week ({company} Staffing):\n\n"
            "Day       Shift   Unit           Nurse\n"
            "Mon       7p-7a   {unit40}       {name}, RN\n"
            "Tue       7a-7p   Rehab Hall     {name2}, LPN\n"
            "Wed       7p-7a   2 North        {name3}, RN\n"
            "Thu-Fri   open    -              still unfilled\n\n"
            "Please have orientation packets and EHR logins ready. Agency rate {amount} per "
            "hour, PO {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "December schedule posted",
        "body": (
            "The December CNA and nurse schedule is posted by the time clock. {name} and "
            "{name2} swapped Christmas Eve for New Year's Eve. Requests after {date} go "
            "through {name3}, staffing coordinator, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Survey window opens - readiness checklist",
        "body": (
            "Team,\n\n"
            "Our annual state survey window opens next week. Please review:\n\n"
            "1. F689 Accidents: fall interventions on care plans match what is in the room\n"
            "2. F880 Infection control: hand hygiene audits, EBP signage on doors\n"
            "3. F812 Kitchen: labels and dates on everything in the walk-in\n"
            "4. F758 Psychotropics: GDR attempts documented\n"
            "5. Posted staffing sheet updated every shift\n"
            "6. Ombudsman and abuse-reporting posters at every nurses' station\n\n"
            "Mock survey with {name} from corporate clinical on {date}.\n\n"
            "{provider}, Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Daily census {date}",
        "body": (
            "CENSUS 0600\n"
            "Skilled (Med A)      42\n"
            "Managed Medicare      9\n"
            "Long-term Medicaid   61\n"
            "Private pay           7\n"
            "Hospice               4\n"
            "Total               123 / 130 licensed beds\n\n"
            "Open beds: 108-A (F), 214B (M), 322-2 (F), 2N-11 (M), Cedar 6, 17W, 116 window\n"
            "Expected admits: 3   Expected discharges: 2\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Occupancy report - October",
        "body": (
            "Assisted living occupancy: 91.4% (85 of 93 apartments)\n"
            "Memory care occupancy: 100% (24 of 24), waitlist 6\n"
            "Move-ins: 5   Move-outs: 4 (2 to skilled nursing, 1 to family, 1 deceased)\n"
            "Average length of stay: 27 months\n\n"
            "Sales team: {name} and {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Care Compare update: we're 4 stars",
        "body": (
            "Great news! In this month's CMS Care Compare refresh {snf40} moved to an overall "
            "rating of 4 stars:\n\n"
            "  Health inspections   3 stars\n"
            "  Staffing             4 stars\n"
            "  Quality measures     5 stars\n\n"
            "Short-stay residents who were rehospitalized: 18.2% (national 22.1%)\n"
            "Long-stay residents with a fall with major injury: 2.1%\n"
            "Long-stay residents who got an antipsychotic: 9.8%\n\n"
            "Thank you all. Pizza in the break rooms Friday.\n{name}, Executive Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "QAPI dashboard Q3",
        "body": (
            "QAPI COMMITTEE - Q3 DASHBOARD\n"
            "Measure                               Q1     Q2     Q3    Goal\n"
            "30-day rehospitalization             21.4%  19.0%  17.6%  <18%\n"
            "Falls per 1,000 resident days          6.8    7.1    5.9   <6.0\n"
            "Facility-acquired pressure injuries      4      3      2     0\n"
            "CAUTI                                   1      0      0     0\n"
            "Antipsychotic use (long stay)         11.2%  10.4%   9.8%  <10%\n\n"
            "PIP: falls between 1800 and 2200. Lead: {name}, ADON.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mandatory in-service: {inservice40}",
        "body": (
            "All nursing staff: mandatory in-service on {inservice40}, led by {name}, RN, staff "
            "development coordinator. Sessions {date} at 0630, 1430 and 2230 in the therapy gym. "
            "Sign in on the roster; 1 contact hour.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hoyer lift competency sign-up",
        "body": (
            "CNAs hired since July need their mechanical lift competency checked off by "
            "{date}. Sign up for a 20-minute slot with {name} or {name2} in the rehab gym. "
            "Bring your badge. Reminder: two staff for every lift, every time.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dementia Capable Care training - seats left",
        "body": (
            "We still have 6 seats in the 8-hour Dementia Capable Care course on {date}. "
            "Topics: stages of dementia, why behaviors happen, redirection, sundowning, and "
            "alternatives to antipsychotics. Instructor {name}, certified dementia "
            "practitioner. Lunch provided. Register with {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Week 3 menu",
        "body": (
            "WEEK 3 MENU (cycle menu, fall/winter)\n\n"
            "         LUNCH                          SUPPER\n"
            "Mon      Chicken pot pie, peas          Grilled cheese, tomato soup\n"
            "Tue      Roast pork, mashed potatoes    Tuna salad plate\n"
            "Wed      Meatloaf, green beans          Breakfast for dinner\n"
            "Thu      Baked cod, rice pilaf          Chef salad\n"
            "Fri      Fried fish, coleslaw           Pizza night\n\n"
            "Mechanical soft, pureed, renal and carb-controlled versions available for "
            "every meal. Always available: PB&J, chef salad, cottage cheese plate.\n"
            "{name}, Dietary Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "December activities calendar",
        "body": (
            "Highlights this month:\n"
            "  Mon 10:00  {activity40}\n"
            "  Tue  2:00  Christmas card making\n"
            "  Wed 10:30  {activity40}\n"
            "  Thu  3:00  Choir from St. Luke's\n"
            "  Fri  2:00  Happy hour with mocktails\n"
            "  Sat  1:00  Family holiday party in the dining room\n\n"
            "Full calendar on every unit. Questions: {name}, Activities Director, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - incontinence supplies",
        "body": (
            "Bill to: {snf40}\n"
            "PO: {order}\n\n"
            "Qty  Item                                  SKU          Ext\n"
            "40   Briefs, large, case of 72            {sku}   $1,836.00\n"
            "25   Underpads 30x36, case of 100                      $712.50\n"
            "12   Perineal wash, 8 oz, case of 12                   $201.60\n"
            "10   Barrier cream, 4 oz, case of 24                   $415.00\n\n"
            "Total: {amount}   Terms: net 30   Remit: {company}, {address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy services invoice {invoice}",
        "body": (
            "Monthly institutional pharmacy services - {snf40}\n"
            "Consultant pharmacist visits (2) ............ $1,400.00\n"
            "Emergency kit restock ........................ $212.40\n"
            "After-hours deliveries (9) ................... $405.00\n"
            "Part A medications (bill to facility) ........ {amount}\n\n"
            "Detail by resident is in the secure portal, not in this email. Questions: "
            "{name}, account manager, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New catalog: bariatric and pressure-redistribution beds",
        "body": (
            "Hi {first},\n\n"
            "Our 2027 catalog is attached. New this year:\n"
            "  - 48-inch bariatric bed frame, 1,000 lb capacity, {sku}\n"
            "  - Low-air-loss mattress with alternating pressure\n"
            "  - Floor-height beds for fall-risk units\n"
            "  - Ceiling lift tracks installed in 1 day\n\n"
            "Rental pricing for long-term care, including {dme40}, on page 12. I can stop "
            "by {date}.\n"
            "{name}, Territory Manager, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT: Medical device recall - bed rail assist bars",
        "body": (
            "URGENT MEDICAL DEVICE RECALL\n\n"
            "Product: Bed assist bar, model AB-200 and AB-210\n"
            "Lots: {lot}, L118402, L118403\n"
            "Issue: gap between the bar and mattress may exceed the recommended limit, "
            "creating an entrapment risk.\n"
            "Action: inspect all beds, remove affected bars, complete the response form and "
            "return it within 10 days. Replacement kits ship free.\n\n"
            "{company} Quality Assurance | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring CNAs - all shifts",
        "body": (
            "{snf40} is hiring certified nursing assistants for days, evenings and nights. "
            "$2,000 sign-on bonus, shift differentials, free meals, tuition help for LPN school. "
            "Walk-in interviews {date}, 9-3, with {name}, DON. Req #{code}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: MDS Coordinator (RN)",
        "body": (
            "We're looking for a full-time MDS Coordinator. Responsibilities: complete and "
            "transmit MDS assessments on time, run PDPM and case-mix reviews, lead triple-check "
            "with therapy and billing, and train nurses on section GG. RAC-CT preferred. "
            "Contact {name}, Director of Clinical Reimbursement, at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In memory of a friend",
        "body": (
            "It is with heavy hearts that we share that {name}, who volunteered with our "
            "activities department every Tuesday for eleven years, passed away last week. "
            "Many of you will remember her popcorn cart and her trivia questions. A memorial "
            "gathering will be held at {address} on {date}. Cards can be left at the front "
            "desk.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "The Pinecrest Post - November",
        "body": (
            "IN THIS ISSUE\n"
            "- Living well with heart failure: a talk by our wellness nurse, {name}\n"
            "- Why we check blood pressure in the clinic every Monday\n"
            "- Flu and RSV vaccine clinic for residents on {date}\n"
            "- Employee of the month: {name2}, housekeeping\n"
            "- Welcome to our new chef!\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - gloves backordered",
        "body": (
            "Nitrile gloves (M and L) on PO {order} are backordered until {date}. We shipped "
            "the vinyl gloves and gowns today under tracking {tracking}. Sorry for the delay.\n"
            "{company} Customer Care\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call lights out - maintenance",
        "body": (
            "Work order {ticket}: call lights in {room40}, 216A and the 2N shower room are not "
            "lighting at the nurses' station. Vendor tech coming {date}. Until then, hourly "
            "rounding on those rooms and hand bells at bedside.\n{name}, Maintenance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Corporate card declined",
        "body": (
            "Hi {first},\n\n"
            "The card number you entered for the wound care supply order (4532 7701 9384 "
            "2216) was rejected as invalid, and so was the backup card (5425 6180 3372 9941). "
            "Can you re-check the digits? Order {order}.\n\n"
            "Accounts Payable, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank-you gift cards for night shift",
        "body": (
            "Night shift - thank you for covering during the snowstorm! Your $50 gift cards:\n\n"
            "  {name}: 6011 4402 8813 9075\n"
            "  {name2}: 6011 4402 8813 9083\n\n"
            "Redeem online or at the grocery store. From the leadership team\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Family council minutes",
        "body": (
            "Family Council - {date}\n"
            "Present: 11 family members, {name} (chair), {name2} (Administrator, guest)\n\n"
            "1. Laundry: several families report lost clothing. Administration will label "
            "clothing at admission at no charge.\n"
            "2. Weekend staffing: concern about call light response on Sundays. Administrator "
            "shared that two more CNAs start next month.\n"
            "3. Food: request for more fresh fruit.\n"
            "Next meeting: second Tuesday, 6 pm.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral portal accounts",
        "body": (
            "Your facility now receives hospital referrals through the portal. User accounts "
            "are set up for {name} (admissions) and {name2} (clinical liaison). Please log in "
            "at https://referrals.example/{code} and set notification rules for bed "
            "availability. Training webinar {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Preferred SNF network meeting",
        "body": (
            "Agenda for our quarterly meeting with post-acute partners:\n"
            "- Network 30-day readmission rate: 16.9% (last quarter 19.4%)\n"
            "- Average SNF length of stay: 18.3 days\n"
            "- Top readmission reasons: heart failure, COPD, UTI, falls\n"
            "- Warm handoff pilot results\n"
            "Host: {name}, Director of Care Transitions, {clinic}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Is PACE right for your loved one?",
        "body": (
            "PACE provides all-inclusive care for adults 55 and older who need a nursing-home "
            "level of care but want to stay at home: doctors, nurses, therapy, a day center, "
            "transportation, medications and home care. Learn more at our open house on "
            "{date} at {address}, or call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thanksgiving week schedule change",
        "body": (
            "The dialysis unit is closed on Thanksgiving Day. Thursday patients will run on "
            "Wednesday, and Thursday-Friday-Saturday chairs shift by one day. Transport "
            "companies have the updated lists. Questions: {name}, clinic manager, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CCM billing refresher",
        "body": (
            "Reminder for the care management team:\n"
            "- 99490: first 20 minutes of clinical staff time per calendar month\n"
            "- 99439: each additional 20 minutes\n"
            "- 99487: complex CCM, 60 minutes\n"
            "- Two or more chronic conditions expected to last 12 months, verbal or written "
            "consent, and a care plan shared with the patient are required.\n"
            "Slides from {name} are on the shared drive.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OASIS-E1 changes webinar",
        "body": (
            "Home health clinicians: {name} from {company} will walk through the OASIS-E1 item "
            "changes and common scoring errors on {date} at {time}. Registration code {code}. "
            "1.5 CE hours.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mileage reimbursement - October",
        "body": (
            "Clinician          Miles   Rate    Amount\n"
            "{name}             612     0.67    $410.04\n"
            "{name2}            488     0.67    $326.96\n"
            "{name3}            731     0.67    $489.77\n\n"
            "Submit November logs by the 5th. Payroll, {hha40}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Visit productivity - week {code}",
        "body": (
            "Field staff productivity (visit points):\n"
            "  {name}, RN       31.5\n"
            "  {name2}, PTA     28.0\n"
            "  {name3}, LPN     26.5\n"
            "Agency target: 27 points/week. Missed-visit rate this week: 3.2% (goal <4%).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EVV outage",
        "body": (
            "The electronic visit verification app is down statewide since {time}. Aides and "
            "nurses: complete paper visit logs and upload them when the app is back. Incident "
            "{ticket}, vendor ETA 4 pm.\n{name}, Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff vaccination rates",
        "body": (
            "Staff flu vaccination: 87% (goal 90%). COVID booster: 41%. Declination forms are "
            "due to Employee Health by {date}. Department with the highest rate: dietary, 96%.\n"
            "{name}, Infection Preventionist\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Enhanced precautions on {unit40}",
        "body": (
            "Four residents on {unit40} have had vomiting or diarrhea in the last 48 hours. The "
            "unit is on enhanced precautions: dining in rooms, activities paused, bleach wipes "
            "only, staff stay on the unit. Health department notified. Visitors please check "
            "in at the front desk.\n{name}, Infection Preventionist\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Standard survey results",
        "body": (
            "The state survey team left this afternoon after four days. Preliminary: 3 "
            "deficiencies, all level D (no actual harm): F689 (one fall-mat intervention not "
            "in place), F812 (unlabeled food in a unit fridge), F880 (glove use during "
            "medication pass). Plan of correction due in 10 days. Thank you, everyone.\n"
            "{name}, Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Beds available today",
        "body": (
            "Good morning case managers!\n\n"
            "{snf40} has beds today: 3 male, 2 female, 1 secure memory care.\n"
            "We accept: IV antibiotics, wound vacs, TPN, BiPAP, dialysis (on-site chairs), "
            "bariatric up to 450 lb, weekend admissions until 7 pm.\n"
            "Call or text {name}, Clinical Liaison, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delivery routes {date}",
        "body": (
            "Route A (driver {name}): 14 stops, north county, truck 12\n"
            "Route B (driver {name2}): 11 stops, downtown, van 4\n"
            "Oxygen cylinder pickups: 6. Hospital bed pickups: 2.\n"
            "Manifests in the dispatch folder. Tracking for the cylinder shipment: "
            "{tracking}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cleanroom certification passed",
        "body": (
            "The compounding cleanroom passed its six-month certification on {date}: ISO 7 "
            "buffer room, ISO 8 ante room, all particle counts and viable air samples within "
            "limits. Certificate {ref} is posted. Thanks to {name}, PharmD, and the technicians.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oxygen safety reminder",
        "body": (
            "Reminder from the safety committee: store no more than 12 E-cylinders in a "
            "smoke compartment, keep full and empty cylinders separated and labeled, and never "
            "place a concentrator near a space heater. Questions: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Heart failure program results",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Our home heart failure program (daily weights, nurse calls, next-day visits) "
            "lowered 30-day readmissions for enrolled patients from 24% to 15% last year. We "
            "would welcome your referrals of patients with HFrEF or HFpEF. {name}, RN, program "
            "manager, can visit your office on {date}.\n\n"
            "{hha40}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Diabetes self-management classes",
        "body": (
            "Four-week diabetes self-management class: Tuesdays 10-11:30 starting {date}, "
            "community room. Topics: blood sugar checks, {rx40} and other medicines, foot "
            "care, eating out. Led by {name}, RD, CDCES. Free for seniors; call {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Open house Saturday",
        "body": (
            "Come tour our newly renovated assisted living apartments and memory care "
            "neighborhood on Saturday, {date}, 11-2. Lunch from our chef, live music and a "
            "chance to meet our nurses. RSVP to {name} at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteer orientation",
        "body": (
            "New volunteers: orientation is {date} at 9:30 with {name}, Volunteer Coordinator. "
            "We'll cover resident rights, confidentiality, infection control and how to help "
            "at {activity40}. Please bring proof of a TB test.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pet therapy visits",
        "body": (
            "Buddy and his handler {name} will visit {unit40} on Tuesdays at 2:00 and the "
            "rehab gym on Thursdays at 10:00 starting {date}. Residents with allergies can "
            "choose not to participate; just tell the activities staff.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rate notice for next year",
        "body": (
            "Dear residents and families,\n\n"
            "Starting {date}, the monthly rate for a studio apartment will be $5,240 and the "
            "level-of-care fees will rise by 4%. This is our first increase in 18 months and "
            "reflects higher staffing costs. Please contact {name}, Business Office Manager, "
            "with questions.\n\n"
            "{name2}, Executive Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Food committee notes",
        "body": (
            "Resident food committee (8 attended), chaired by {name}, Dietary Manager:\n"
            "- Requests: more soup, less salt on the fries, decaf after 2 pm\n"
            "- Pureed and mechanical soft plates to get molded presentation starting {date}\n"
            "- Sunday brunch returns next month\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Kitchen inspection 98/100",
        "body": (
            "The county health department inspected our kitchen on {date}: 98 out of 100. One "
            "note: a thermometer missing from the reach-in freezer, corrected on site. Great "
            "job, {name} and the dietary team!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Generator test and fire drill",
        "body": (
            "Monthly generator load test: Wednesday {date}, 6:00 AM, 30 minutes. Lights may "
            "flicker; oxygen concentrators and air mattresses are on red outlets. Unannounced "
            "fire drill on 2nd shift this week. {name}, Plant Operations, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "November staff birthdays",
        "body": (
            "Happy birthday to {name} (nursing), {name2} (laundry) and {name3} (therapy)! "
            "Cake in the staff break room on the 20th at 2 pm and 10 pm so nights can join.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new AIT",
        "body": (
            "Please welcome {name}, our administrator-in-training, who will spend six months "
            "rotating through every department, starting with nursing and the MDS office. "
            "{first} comes to us from hospital case management.\n{name2}, Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Van 2 out of service",
        "body": (
            "The wheelchair van (VIN 1FDEE3FS4KDC20471, unit 2) is in the shop for a lift "
            "repair. All outside appointments this week go on van 1 or a contracted transport "
            "company; PO {order} covers the contracted trips. {name}, Transportation\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PBJ submission deadline",
        "body": (
            "Payroll-Based Journal staffing data for Q4 is due to CMS by {date}. {name} in "
            "payroll and {name2} in staffing: please reconcile agency hours and the "
            "contract therapy hours before we submit. Last quarter's RN hours per resident "
            "day: 0.71.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consultant pharmacist visit {date}",
        "body": (
            "The consultant pharmacist, {name}, will be on site {date} to review charts on "
            "{unit40} and 2 North, check the med carts and the e-kit, and audit controlled "
            "substance counts. Please have the narcotic books at the station.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wound vac rental returns",
        "body": (
            "Three NPWT units are past their rental end date and still on site (serials "
            "WV-20418, WV-20433, WV-20457). Please return them to central supply so we stop "
            "paying the daily rate. Pickup scheduled under {tracking}. {name}, Central Supply\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Med cart keys",
        "body": (
            "Reminder: med cart keys stay with the nurse or med aide on duty at all times and "
            "are handed off at shift change with the count. The 2N cart key was found at the "
            "front desk last night. {name}, DON\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Backorder notice - substitution protocol",
        "body": (
            "PHARMACY NOTICE TO ALL CONTRACTED FACILITIES\n\n"
            "{rx40} is on manufacturer backorder until {date}. Until then we will dispense the "
            "therapeutic substitute approved by the P&T committee unless the prescriber writes "
            "'no substitution'. Nurses do not need to call on each order; the MAR will show the "
            "substitute with a note. Questions: {name}, PharmD, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

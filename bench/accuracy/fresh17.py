"""Held-out split "fresh17": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, bench/accuracy/vocab/ or README.md (the detector's code, dictionaries
and documentation), did not read the other blind splits fresh8.py ... fresh16.py, and did not
run the detector, the benchmark or any test. Only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read, for the placeholder names and
the data format, and so as not to repeat their templates or vocabulary. It is meant to be run
once, as an honest, untuned measurement: do not tune the detector on these templates.

Angle: the Subject line and short mail. Many real leaks sit in a Subject or in a one-to-three
line message: forwarded chains ("RE: FW: Last, J 03/04/1961 - MRI results"), ticket and
gateway prefixes ("[SECURE]", "[EXTERNAL]", "Case #..."), all-caps subjects from old message
systems, lowercase phone-typed replies with typos and shorthand (pt, hx, dx, s/p, f/u, w/, yo),
patients and family members writing about themselves or a relative, and staff-to-staff
one-liners. Patients are named as "Last, First", "Last, initial", first name only in a clear
patient context, or by a nickname; health information comes as abbreviations, lay terms
("water pills", "the lump", "my sugar") or results with values ("K 5.9", "INR 4.2"). The hard
negatives are equally short and look alarming: budget and program subjects with disease
words, staff names with schedules, system alerts full of codes and numbers, drug names in
shipping, recall and formulary subjects, A1C / B12 / COVID / PSA in product, event and
facilities subjects, journal clubs and guideline summaries, names with lunch, parking and
birthdays, out-of-office replies, tickets, tracking and invoice numbers, and invites.

The vocabulary below ({dx17} {rx17} {proc17} {test17} {sym17} {res17} {lay17} {rel17}
{nick17} {ini17}, FRESH17_VOCAB) was written from general knowledge of how clinicians,
patients, family members, billing and front-desk staff write. {res17} is a lab or vital-sign
result with its value, {lay17} a lay name for a treatment or health matter, {rel17} a family
relation, {nick17} a nickname and {ini17} a first-name initial. Other placeholders come from
generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card numbers written literally in the negatives fail the Luhn check, and the
SSN-like number written literally in a negative (999-99-9999, a test record) is invalid.
"""

from __future__ import annotations

FRESH17_VOCAB: dict[str, list[str]] = {
    "dx17": [
        "new AFib",
        "decompensated CHF",
        "COPD on 2L home O2",
        "uncontrolled DM2",
        "HTN urgency",
        "CKD 3b",
        "ESRD on HD MWF",
        "recent NSTEMI",
        "LLE cellulitis",
        "R knee OA",
        "new-onset seizures",
        "SBO",
        "acute gout flare",
        "RLL PNA",
        "dementia w/ behaviors",
        "EtOH use d/o",
        "bipolar I",
        "GAD w/ panic",
        "an MS flare",
        "sickle cell crisis",
        "HIV on ART",
        "chronic hep B",
        "SLE",
        "RA on a biologic",
        "stage IV NSCLC",
        "AML in remission",
        "prostate ca on ADT",
        "triple-negative breast ca",
        "DKA",
        "OSA on CPAP",
        "chronic LBP",
        "OUD on MAT",
        "preterm labor",
        "PPROM at 33 wks",
        "failure to thrive",
        "a hip fx",
    ],
    "rx17": [
        "Coumadin 5 mg",
        "Eliquis 2.5 BID",
        "Lasix 40 BID",
        "metoprolol tartrate 25 BID",
        "Toprol XL 50",
        "lisinopril 20",
        "amlodipine 10",
        "insulin lispro",
        "Levemir 18 units",
        "Ozempic 1 mg",
        "metformin ER 1000",
        "a prednisone 40 taper",
        "Augmentin 875",
        "Levaquin 750",
        "Macrobid 100",
        "colchicine 0.6",
        "Plaquenil 200",
        "Xtandi",
        "Lupron shots",
        "Keppra 750 BID",
        "lamotrigine 200",
        "lithium 300 TID",
        "Zyprexa 10",
        "Klonopin 1 mg",
        "sertraline 100",
        "Suboxone 8/2",
        "methadone 80 mg",
        "Descovy",
        "entecavir 0.5",
        "oxybutynin 5",
        "tamsulosin 0.4",
        "Norvasc 5",
        "Dilaudid 2 mg",
    ],
    "proc17": [
        "lap chole",
        "R TKA",
        "L THA",
        "heart cath",
        "EGD/colonoscopy",
        "port removal",
        "bone marrow bx",
        "CT-guided lung bx",
        "PEG tube placement",
        "I&D of the abscess",
        "nephrostomy tube change",
        "cysto w/ stent",
        "ureteroscopy",
        "AFib ablation",
        "TEE/cardioversion",
        "ESI L5-S1",
        "knee scope",
        "cataract OD",
        "intravitreal injection OS",
        "adenoidectomy",
        "repeat C/S",
        "D&E",
        "endometrial bx",
        "stereotactic breast bx",
        "SLNB",
        "AV graft declot",
        "wound debridement",
        "wound vac placement",
        "umbilical hernia repair",
        "EP study",
        "pacer generator change",
        "mole excision",
    ],
    "test17": [
        "MRI L-spine",
        "CT A/P",
        "CXR",
        "echo",
        "event monitor",
        "BMP",
        "lipids",
        "TSH",
        "UA w/ reflex",
        "blood cx x2",
        "sputum cx",
        "path report",
        "Pap/HPV",
        "mammo",
        "bone scan",
        "PET",
        "EMG",
        "nerve conduction study",
        "genetic panel",
        "BRCA testing",
        "HIV/hep panel",
        "STI panel",
        "drug screen",
        "AM cortisol",
        "pelvic US",
        "stress echo",
        "CTA head/neck",
        "VQ scan",
        "sed rate/CRP",
    ],
    "sym17": [
        "dizzy spells",
        "bad nosebleeds",
        "leg swelling up to the knees",
        "a cough that keeps me up",
        "tightness in the chest when walking",
        "blood in the stool",
        "vomiting everything",
        "no energy at all",
        "peeing every hour",
        "a rash on the belly",
        "muffled hearing",
        "shaking hands",
        "blurry vision in one eye",
        "a fever of 102",
        "bad constipation",
        "diarrhea for 4 days",
        "numb toes",
        "headaches every afternoon",
        "short of breath lying flat",
        "sores in the mouth",
        "itching everywhere",
        "a 6 lb weight gain in 3 days",
        "a swollen calf",
        "nightmares",
        "confusion at night",
        "pain at the incision",
        "drainage from the incision",
        "yellow eyes",
        "a lot of bruising",
        "heart fluttering",
        "trouble peeing",
    ],
    "res17": [
        "K 5.9",
        "INR 4.2",
        "A1c 10.4",
        "Hgb 6.8",
        "Na 124",
        "glucose 438",
        "trop 0.41",
        "Cr 3.1",
        "TSH 0.02",
        "plt 31K",
        "WBC 22.4",
        "BNP 2,140",
        "lactate 4.6",
        "PSA 14.2",
        "ferritin 5",
        "Mg 0.9",
        "Ca 12.8",
        "lipase 1,210",
        "ALT 540",
        "D-dimer 3.8",
        "T bili 7.1",
        "LDL 236",
        "eGFR 18",
        "vit D 7",
        "beta hCG 2,310",
        "ANC 0.3",
        "ammonia 112",
        "dig level 3.1",
        "lithium 2.0",
        "CK 14,500",
        "pO2 52",
        "BP 212/118",
    ],
    "lay17": [
        "water pills",
        "blood thinner",
        "sugar pills",
        "insulin",
        "chemo",
        "radiation",
        "heart pills",
        "nerve pills",
        "pressure pills",
        "thyroid pill",
        "cholesterol pill",
        "breathing treatments",
        "inhaler",
        "oxygen",
        "dialysis",
        "pain patch",
        "seizure medicine",
        "memory pills",
        "sleeping pills",
        "stomach pills",
        "depression meds",
        "anxiety pills",
        "eye shots",
        "infusions",
        "biopsy",
        "lump",
        "catheter",
        "colostomy bag",
        "pacemaker",
        "sugar readings",
        "kidney numbers",
        "blood counts",
        "hormone shots",
        "methadone dose",
    ],
    "rel17": [
        "mom",
        "dad",
        "mother",
        "father",
        "husband",
        "wife",
        "son",
        "daughter",
        "grandma",
        "grandpa",
        "grandmother",
        "grandfather",
        "brother",
        "sister",
        "partner",
        "fiance",
        "stepmom",
        "stepdad",
        "mother-in-law",
        "father-in-law",
        "aunt",
        "uncle",
        "nephew",
        "niece",
        "foster son",
        "teenage daughter",
        "twin sister",
        "great-aunt",
    ],
    "nick17": [
        "Bobby",
        "Betty",
        "Peggy",
        "Liz",
        "Chuck",
        "Billy",
        "Trish",
        "Deb",
        "Mikey",
        "Junior",
        "Sal",
        "Gigi",
        "Kat",
        "Tony",
        "Rick",
        "Jen",
        "Sue",
        "Patty",
        "Dot",
        "Hank",
        "Vinny",
        "Stevie",
        "Manny",
        "Lupe",
        "Nate",
        "Becca",
        "Jimmy",
        "Ronnie",
        "Tess",
        "Pops",
    ],
    "ini17": [
        "A",
        "B",
        "C",
        "D",
        "E",
        "F",
        "G",
        "H",
        "I",
        "J",
        "K",
        "L",
        "M",
        "N",
        "O",
        "P",
        "R",
        "S",
        "T",
        "V",
        "W",
        "J.",
        "M.",
        "R.",
        "S.",
        "K.",
    ],
}


FRESH17_PHI: list[dict] = [
    {
        "subject": "RE: FW: {last}, {ini17} {dob} - {test17} results",
        "body": "Thx, routed to Dr. {provider_last}. Pt aware, will call if anything changes.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "call back re: mom's {lay17}",
        "body": (
            "hi this is {name2}, {intl_name}'s daughter. someone from ur office called about "
            "her {lay17} and i missed it. shes {age} and hard of hearing so pls call me instead "
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - positive strep, pls call",
        "body": "Rapid came back positive. Mom's cell {phone}. Rx sent to pharmacy on file.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Referral: {age}F w/ {dx17}",
        "body": (
            "Pt: {name}\nDOB: {dob}\nSeen today, started {rx17}. Pls see w/in 2 wks. Notes "
            "faxed.\n{provider}, NP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[SECURE] {last}, {first} - {res17}",
        "body": "called x2, no answer. left vm to go to ED if any sx. will try again after lunch\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Case #{code}: {name} MRN {mrn}",
        "body": "Member called re: denied {proc17}. Escalated to UM, callback w/in 48h.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "[EXTERNAL] question about my {lay17}",
        "body": (
            "Hello, this is {name}, DOB {dob}. It is about my {lay17}. I have had {sym17} all "
            "week and don't know if it's related. Thank you\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "re: dad",
        "body": (
            "sorry forgot to say, dads name is {name} dob {dob}. hes the one w/ {dx17}, pls "
            "have dr {provider_last} call me\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PT {upper_name} DOB {dob} *** ABNORMAL RESULT ***",
        "body": "RESULT: {res17}\nORDERING PROV: {provider}\nREVIEW AND SIGN IN BASKET\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "sugar",
        "body": (
            "hi its {name}. my sugr was 388 this am and 402 after lunch even w/ the {rx17}. "
            "should i come in or up the dose?? {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "f/u",
        "body": (
            "{first} (the {age}yo from rm 6 this am, s/p {proc17}) needs f/u in 2 wks. last "
            "name {last}. can u book?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{nick17} {last} - {dx17}",
        "body": "back again. family says {sym17} since sat. rm 3\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first} INR 4.2 - hold Coumadin?",
        "body": (
            "On 5 mg daily, no bleeding per pt. OK to hold x1 and recheck Mon?\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: my {rel17}'s appt",
        "body": (
            "{name} is my {rel17}, DOB {dob}. Can we move the {proc17} to after the 15th? "
            "Also: {sym17} again since Tues.\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: {first} {last} {dob}",
        "body": "pls add to the {proc17} list for Thurs. consent signed\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "A1c 9.1 - {name}",
        "body": "Up from 7.8. Pls schedule w/ the diabetes educator and send the {rx17} Rx.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "pt msg",
        "body": (
            "From: {name}\nMsg: out of my {rx17} since fri, pharmacy says i need a new "
            "presciption. using {company} pharmacy on main st\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "my results?",
        "body": (
            "hi dr {provider_last} its {name}. portal says {res17} and its in red. what does "
            "that mean?? dob {dob}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CRITICAL: {res17} - MRN {mrn}",
        "body": "Called to {provider_first} at {time}, read back OK.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: RE: {last}, {ini17}",
        "body": (
            "Yes same pt - the one w/ {dx17}. Chart says {rx17} but she says she stopped it "
            "in the summer.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pt {intl_name} {age}M - CP, sending to ED",
        "body": "EMS called, ETA 10. hx {dx17}, on {rx17}.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CALL PT RE REFILL",
        "body": (
            "PT: {upper_name}\nPH: {phone}\nMED: {rx17}\nPHARM: {company}\n"
            "TAKEN BY: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "billing q",
        "body": (
            "hi, i paid for my {proc17} with my card {card} but got another bill. can someone "
            "check? acct {account}\n{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Dx code question",
        "body": (
            "Coding wants something more specific than {icd} for {name}'s {dx17}. Can u "
            "addend the note?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MBI",
        "body": (
            "{last}, {first}: it's {mbi}. Card was in her purse. Pls update before the "
            "{proc17} tmrw.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "SSN mismatch",
        "body": (
            "Pt {name} gave SSN {ssn} at check-in but payer has a different one. Pls confirm "
            "at the {dx17} f/u on {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "urgent - fall",
        "body": "Dtr called, {name} fell last night, now c/o {sym17}. On {rx17}. Advised ED.\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your biopsy",
        "body": (
            "Hi {name}, good news: the biopsy of the lump came back benign. No more tests "
            "needed. Call if questions.\n{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Re: husband",
        "body": (
            "ok thank you. his name is {name}, dob {dob}. since last visit he has {sym17}, is "
            "it the {lay17}? i'll bring the bottles\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {ini17} / {mrn} / {proc17} {date}",
        "body": "H&P not in chart yet, pls fax.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "[Ticket {ticket}] wrong pt in portal",
        "body": (
            "Pt {name} (MRN {mrn}) can see another pt's {test17} in her portal. Pls fix ASAP, "
            "privacy officer notified.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "s/p fall, hx {dx17}",
        "body": (
            "{name}, {age}yo, pt of Dr. {provider_last}, seen in UC today. CT head neg. Pls "
            "f/u Mon.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "lab",
        "body": "{name} - {res17} on repeat. pls call her before 5\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "REFILL REQ: {upper_name} {dob}",
        "body": "MED: {rx17}\nLAST OV: {date}\nPHARM: {company}\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "scheduling",
        "body": (
            "Pls schedule {name} for {proc17} w/ Dr. {provider_last}, any day next wk. Dx "
            "{icd}. Ins {company}, ID {member}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "thank you!",
        "body": (
            "Thank you Dr. {provider_last} and everyone for getting me through the {proc17}. "
            "Feeling much better.\n{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "my {rel17}",
        "body": (
            "hi, my {rel17} {intl_name} was seen in the ER last night for {sym17}. they said "
            "f/u w/ pcp in 2 days but first appt is {date}. can dr {provider_last} squeeze "
            "them in? {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "grandma",
        "body": (
            "can someone call me about my grandmother {intl_name}? shes at ur rehab on the "
            "3rd fl after the {proc17} and nobody has told us anything. {name2} {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH17_NEG: list[dict] = [
    {
        "subject": "RE: FW: Q3 diabetes program budget",
        "body": "Numbers look fine. {name} will present at ops on {date}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} covering clinic Fri",
        "body": "{name} is out Fri, Dr. {provider} covers 8-12. Pls block the 1pm slots.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[ALERT] {ticket} - HL7 queue depth {count}",
        "body": "Threshold 500 exceeded on host {ip}. Auto-resolved at {time}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shipped: {rx17} - tracking {tracking}",
        "body": "Order {order} (qty {count}) left the DC today. Invoice {invoice} to follow.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RECALL: lot {lot} - {rx17}",
        "body": (
            "Manufacturer recall. Pull lot {lot} from all cabinets and return to pharmacy by "
            "{date}. Other lots unaffected.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary: {rx17} moves to tier 2",
        "body": "Effective {date}. P&T summary attached.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A1C Awareness Week - volunteers needed",
        "body": "Lobby table Mon-Wed, 10-2. Sign up w/ {name}.\n{footer}",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "B12 vials - new supplier",
        "body": "We switched to {company} for B12. Invoice {invoice}, {amount}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "COVID booster clinic for staff {date}",
        "body": "Walk-ins OK, 7-3 in the annex. Bring your badge.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club Tues: DOAC vs warfarin",
        "body": "{name} presenting. Paper attached, pizza at noon.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Guideline summary: {dx17}",
        "body": "One-page summary of the updated society guideline attached. Qs to {name}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "lunch thurs?",
        "body": "{first} want to grab lunch thurs? {name2} is in too. 12:15 at the cafe\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parking lot C closed {date}",
        "body": "Staff pls use the garage. Permit {permit} holders unaffected.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Happy bday {first}!!",
        "body": "Cake in the break room at 3, {name2} brought it.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: Staffing grid for {date}",
        "body": (
            "I am out of the office until {date2} with limited email. For urgent matters "
            "contact {name} at ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ticket {ticket} resolved",
        "body": "Printer on 3 West fixed (fuser). Closing.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - {company}",
        "body": "Amount {amount}, PO {order}. Net 30.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tracking {tracking}",
        "body": "Courier pickup of the empty specimen totes confirmed for {time}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invite: {dx17} readmissions huddle",
        "body": "{date} {time}, conf rm 2. Agenda: 30-day rates, order set update.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case #{code}: password reset",
        "body": "Your IT case {code} is resolved. The reset link expires in 24h.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chem analyzer 2 down - QC fail K 5.9",
        "body": (
            "Potassium QC out of range on control lot {lot}. Run STAT chems on analyzer 1 "
            "until the {company} tech arrives.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "INR meters due for calibration",
        "body": "Point-of-care INR meters due {date}. Serial numbers on the list from {name}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[SECURE] Q4 payer contract",
        "body": "Signed copy attached. Ref {ref}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[EXTERNAL] Webinar: new AFib guidelines",
        "body": "Register at https://events.example/{code}. 1.0 CME.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: chemo pump rental invoice",
        "body": (
            "Invoice {invoice} for 12 ambulatory infusion pumps, {amount}. Pls approve.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: water pills mailer copy",
        "body": (
            'Copy for the heart failure mailer: "Taking water pills? Weigh yourself every '
            'morning." OK to print?\n{name}, Marketing\n'
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Breast cancer awareness posters",
        "body": 'Proofs for "Found a lump? Don\'t wait." attached; printer needs OK by {date}.\n',
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sugar-free options in the cafe",
        "body": "Starting Mon the cafe adds sugar-free desserts. Feedback to {email}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} - grand rounds slides",
        "body": "Slides for Thurs (guideline review, {dx17}) attached. 45 min + Q&A.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Test record 999-99-9999 in PROD",
        "body": (
            "ZZTEST, PATIENT (SSN 999-99-9999) showed up on the prod worklist again. Pls "
            "purge. {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - conference registration",
        "body": (
            "Card 4111 1111 1111 1121 was declined for the {company} summit. Backup 4024 0071 "
            "5336 2810 declined too. Pls resend.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ortho clinic moving to 2nd floor",
        "body": "Starting {date}. New signs go up Fri.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FYI: Dr. {provider} on call this wknd",
        "body": "Backup is {name}, pager {ext}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Trivia night - team The Platelets",
        "body": "Sign up with {name} by {date}, $10 buy-in.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: FW: PSA",
        "body": "PSA: elevator B is out till Fri. Use C for transport. Facilities, ext {ext}\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "new unit clerk",
        "body": "{name} starts Mon as unit clerk on 4 West. pls say hi\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref}: {test17} reagents",
        "body": "{count} tests/yr, {amount}. Quote expires {date}.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "*** EHR DOWNTIME 0200-0400 SAT ***",
        "body": "EHR READ-ONLY DURING UPGRADE TO {version}. USE DOWNTIME FORMS.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPR recert sign-up",
        "body": "Slots {date} and {date2}. Email {email} to grab one.\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{proc17} tray short on OR shelf",
        "body": "Sterile processing reorder placed, PO {order}. {name}, OR materials\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

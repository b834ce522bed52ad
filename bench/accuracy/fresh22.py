"""Held-out split "fresh22": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author read only
bench/accuracy/generate.py, bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (for the
placeholder names, the data format, and so as not to repeat their templates), and did not read
gateway/, policies/, docs/, tests/, bench/accuracy/vocab/, README.md or any other fresh*.py
split, did not grep the repository, and did not run the detector, the benchmark or any test.
It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.

Angle: how busy people actually type. Terse staff subjects and bodies ("pt JS 3/4/61 - bx
came back +", "re: re: FW: labs"), lowercase and missing punctuation, misspelt drug and
condition names ("metforman", "lisinipril", "diabetis", "hypertention"), clinical
abbreviations (pt, dx, hx, s/p, f/u, c/o, NKDA, BID, PRN), patient initials with a date of
birth, surname-only references ("Mrs. Okafor"), room and bed numbers, mobile sign-offs,
forwarded and replied threads where the PHI is only in the quoted history, auto-replies and
bounces that quote the original, non-native English, and voicemail-to-email transcriptions
from patients. The hard negatives come from the same world: terse internal logistics, shift
swaps and sick calls without a diagnosis, drug-rep lunches, supply orders, EHR downtime, CME
and journal club, portal notification stubs without content, out-of-office replies,
typo-ridden vendor mail, quoted threads whose history is also free of PHI, de-identified case
questions ("62M w/ CHF, what would you do?"), and signatures full of phone, fax and NPI
numbers.

Vocabulary (FRESH22_VOCAB), written from general clinical knowledge, with lay words and
misspellings: {dx22} {dxtypo22} {rx22} {rxtypo22} {laymed22} {proc22} {test22} {lab22}
{sym22} {cc22} {initials22} {room22} {signoff22} {brand22} {supply22} {role22}. Other
placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi=True when an identifiable individual (full name, surname with a date of
birth, initials with a date of birth, MRN, member ID, SSN, MBI, or the patient's phone, email
or address) is tied to health information (condition, symptom, medication, procedure, test or
result, appointment for care, payment for care), wherever it appears in the message, including
quoted history and auto-reply echoes; a relative's identity tied to a family member's care
counts. subject_phi=True only when the Subject by itself names or identifies a patient (full
name, initials or surname with a date of birth, or an MRN, member ID, SSN or MBI) together
with health information, or holds such an identifier in a clinical context; a Subject with a
name or phone number but no health information is not. phi=False for messages where names
belong to staff, vendors or speakers, for de-identified case questions (age and sex with a
diagnosis, no name, date or identifier), and for notices without patient content. validated
is True exactly when {card}, {icd}, {mbi} or {ssn} is present. No card-like or SSN-like
numbers are written literally. Ambiguous cases (a bare room number with a complaint, staff
members' own health) were left out.
"""

from __future__ import annotations

FRESH22_VOCAB: dict[str, list[str]] = {
    "dx22": [
        "CHF exacerbation",
        "COPD w/ acute exac",
        "DKA",
        "NSTEMI",
        "bilateral PE",
        "DVT L leg",
        "urosepsis",
        "LLE cellulitis",
        "new onset afib",
        "SBO",
        "acute pancreatitis",
        "C diff colitis",
        "CAP",
        "AKI on CKD 3",
        "upper GI bleed",
        "syncope, r/o arrhythmia",
        "EtOH withdrawal",
        "stage 3 sacral decub",
        "uncontrolled T2DM",
        "HTN urgency",
        "pyelo",
        "RUL lung mass 3.2 cm",
        "hip fx",
        "new dx HCV",
    ],
    "dxtypo22": [
        "diabetis",
        "hypertention",
        "nemonia",
        "sugar diabetes",
        "high blood",
        "arthritus",
        "alzhiemers",
        "emphazema",
        "high cholestrol",
        "astma",
        "migranes",
        "gout flare up",
        "thyroid problem",
        "kidney stones",
        "shingels",
        "sclerosis of the liver",
        "prostrate cancer",
        "bronkitis",
        "a-fib",
        "congestive heart failer",
        "dimentia",
        "colitus",
        "epilepsey",
        "neuropothy",
    ],
    "rx22": [
        "metoprolol tart 25 BID",
        "lasix 40 PO qd",
        "eliquis 5 BID",
        "lispro SSI w/ meals",
        "keflex 500 QID x7d",
        "zofran 4mg q6h PRN",
        "norco 5/325 q6h PRN",
        "KCl 20 mEq x2",
        "vanc 1g q12h",
        "ceftriaxone 1g IV q24h",
        "prednisone 40 x5d",
        "heparin gtt",
        "lantus 22u qhs",
        "amio 200 daily",
        "coumadin 5 (hold tonight)",
        "tylenol 650 q6h PRN",
        "duonebs q4h",
        "ativan 1mg PRN per CIWA",
    ],
    "rxtypo22": [
        "metforman",
        "lisinipril",
        "atorvastatine",
        "amlodopine",
        "gabapenten",
        "levothyroxin",
        "omeprazol",
        "prednizone",
        "zolof",
        "xanex",
        "coumadine",
        "hydroclorothiazide",
        "metaprolol",
        "amoxicilin",
        "seroquil",
        "lipator",
        "plavicks",
        "flowmax",
        "synthroyd",
        "eliquiss",
        "januvea",
        "trazadone",
    ],
    "laymed22": [
        "blood pressure pills",
        "water pill",
        "sugar pills",
        "insulin pen",
        "cholesterol medicine",
        "thyroid pill",
        "heart pills",
        "blood thinner",
        "inhaler",
        "pain pills",
        "anxiety meds",
        "nerve pills",
        "seizure medicine",
        "antibiotic",
        "depression medicine",
        "patches for the pain",
    ],
    "proc22": [
        "lap chole",
        "R TKA",
        "L THA",
        "heart cath w/ 2 stents",
        "EGD w/ bx",
        "colonoscopy",
        "thoracentesis",
        "paracentesis",
        "LP",
        "I&D of abscess",
        "cysto",
        "ORIF R wrist",
        "CABG x3",
        "TURP",
        "bronch w/ BAL",
        "lap appy",
        "ventral hernia repair",
        "port placement",
        "repeat c-section",
        "D&C",
        "cataract sx OD",
        "lumbar ESI",
    ],
    "test22": [
        "CBC",
        "BMP",
        "CMP",
        "lipid panel",
        "UA w/ reflex cx",
        "CXR 2 view",
        "CT head w/o",
        "echo",
        "holter",
        "RUQ US",
        "DEXA",
        "EKG",
        "sputum cx",
        "MRI L spine",
        "stool guaiac",
        "hep panel",
        "TSH/free T4",
        "mammo",
    ],
    "lab22": [
        "A1c 11.2",
        "K 2.9",
        "trop 0.84",
        "Cr 3.1 (baseline 1.2)",
        "INR 5.6",
        "Hgb 6.4",
        "BNP 2210",
        "TSH 18.7",
        "WBC 22.4",
        "lactate 4.6",
        "Na 119",
        "glucose 512",
        "LDL 241",
        "PSA 14.8",
        "plt 31",
        "lipase 1900",
        "D-dimer 3.2",
        "ALT 410",
    ],
    "sym22": [
        "my chest feels tight",
        "im dizzy every time i stand up",
        "my feet are real swollen",
        "my sugar was 380 this morning",
        "ive been throwing up since last night",
        "it burns when i pee",
        "i cant catch my breath",
        "my heart keeps racing",
        "theres blood in my stool",
        "i got a bad rash all over",
        "my cough is worse and theres green stuff",
        "i fell in the bathroom and hit my head",
        "my leg is red and hot",
        "i keep getting these headaches",
        "i cant sleep at all",
    ],
    "cc22": [
        "c/o CP x2d",
        "SOB w/ exertion",
        "n/v/d x3d",
        "LLE swelling",
        "syncope at home",
        "fever 102.6",
        "HA x3d",
        "dysuria/freq",
        "AMS per family",
        "fall w/ head strike on eliquis",
        "RLQ abd pain",
        "palpitations",
        "gross hematuria",
        "cough + hemoptysis",
        "passive SI",
        "rash after new abx",
    ],
    "initials22": [
        "JS",
        "MK",
        "R.T.",
        "AB",
        "DLW",
        "KO",
        "T.N.",
        "PG",
        "EH",
        "LMR",
        "CJ",
        "YV",
        "SO",
        "BA",
    ],
    "room22": [
        "rm 4",
        "room 12",
        "bed 3",
        "bay 7",
        "rm 214-A",
        "5W-22",
        "tele 9",
        "ICU bed 6",
        "ED hall 2",
        "PACU 3",
        "rm 31B",
        "obs 14",
        "L&D 5",
    ],
    "signoff22": [
        "Sent from my iPhone",
        "Sent from my iPad",
        "Sent from my Galaxy",
        "Get Outlook for iOS",
        "Get Outlook for Android",
        "Sent from Yahoo Mail on Android",
        "sent from my phone, pls excuse typos",
        "Sent from my T-Mobile 5G Device",
        "Enviado desde mi iPhone",
        "typed w/ thumbs, sorry for brevity",
        "Sent from Mail for Windows",
        "-- sent from mobile",
    ],
    "brand22": [
        "Jardiance",
        "Ozempic",
        "Eliquis",
        "Entresto",
        "Trelegy",
        "Dupixent",
        "Rexulti",
        "Nurtec",
        "Farxiga",
        "Mounjaro",
        "Xarelto",
        "Breztri",
        "Vraylar",
        "Ubrelvy",
        "Rybelsus",
        "Leqvio",
    ],
    "supply22": [
        "A1c cartridges (10ct)",
        "insulin syringes 0.5ml 31G",
        "glucometer test strips",
        "adult lg BP cuffs",
        "sharps containers 2 gal",
        "specimen cups",
        "flu/covid combo swabs",
        "tongue depressors",
        "EKG electrodes",
        "urine dipsticks",
        "lancets 28G",
        "exam table paper",
        "nitrile gloves size M",
        "pulse ox probes",
    ],
    "role22": [
        "RN",
        "MA",
        "LPN",
        "CNA",
        "PA-C",
        "NP",
        "unit clerk",
        "charge RN",
        "PCT",
        "front desk",
        "scheduler",
        "pharm tech",
    ],
}


FRESH22_PHI: list[dict] = [
    {
        "subject": "pt {initials22} {dob} - bx came back +",
        "body": (
            "path faxed over this am, invasive ductal ca L breast. dr {provider_last} "
            "wants onc + surg referrals, pls call her before fri. cell # on file\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "re: re: FW: labs {first} {last} - {lab22}",
        "body": (
            "yes saw it, recheck in am\n"
            "\n"
            "> On {date}, at {time}, {provider} wrote:\n"
            "> pls see below, do we need to do anything tonight?\n"
            ">\n"
            ">> resulted {time}, flagged. repeat ordered per protocol\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first} {dob} - {dxtypo22}",
        "body": (
            "new pt referred by {provider}. records attached (sorry scanner made them "
            "sideways). ins card front/back attached too\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} {cc22}",
        "body": "triage put her in {room22}. ekg done, dr aware, family at bedside\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{first} {last} {room22} s/p {proc22}",
        "body": (
            "pod1, ambulated x1 w/ PT, pain ok on {rx22}. foley out 0600, needs to "
            "void by 1400\n"
            "- {provider_first} {role22}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "fw: {name} needs f/u for {dx22}",
        "body": (
            "sending to scheduling. 2 wk f/u w/ {provider_last}, pt prefers mornings. "
            "ph {phone}\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "refill {rxtypo22} for {name}",
        "body": (
            "pt called, pharmacy says no refills left. last seen {date}. ok to send 90 "
            "day supply?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} dob {dob} - {lab22}",
        "body": (
            "critical called to me at {time} by lab, read back done. paged dr "
            "{provider_last} x2, no answer yet\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SSN {ssn} {name} - denied {proc22}",
        "body": (
            "payer says no PA on file. PA WAS done, ref # {ref}. can someone call them "
            "back tmrw, im out\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "mbr id {member} {first} {last} PA for {rxtypo22}",
        "body": (
            "faxed clinicals. dx on the form says {dxtypo22} lol, someone pls fix "
            "before it goes out\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} / {upper_name} - cpap order",
        "body": (
            "sleep study done {date}, AHI 31. need f2f note signed before the DME co will ship\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Voicemail from {name}: hi this is {first} about my {laymed22}",
        "body": (
            "Voicemail from {phone} (0:37)\n"
            "Transcription: hi this is {first} about my {laymed22} um i think i need a "
            "refill and also {sym22} so maybe somebody can call me back ok bye\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{initials22} {dob} {cc22} - admit?",
        "body": (
            "ED doc wants obs, i think she can go home w/ close f/u. thoughts? she's "
            "in {room22}\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Mrs. {last} ({dob}) {lab22}",
        "body": "repeat in 1 wk pls and let her know. she doesnt use the portal, call home #\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "urgent - {name} {lab22} - call pt",
        "body": (
            "cant reach her at {phone}, vm full. 2nd attempt. dr {provider_last} says "
            "she needs to go to the ED tonight, should we ask for a welfare check?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "re: {first} {last} - s/p {proc22} f/u",
        "body": (
            "she can come {date2} at {time}, staples out that day too\n"
            "\n"
            "On {date}, {provider} <{email}> wrote:\n"
            "> pls sched 2 wk postop\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Dx {icd} - {name}",
        "body": "is this the right code? note says {dxtypo22}. billing kicked it back twice\n",
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "{intl_name} {age}yo {dxtypo22} pls see today",
        "body": (
            "son called, pt not eating x3 days, very weak. spanish only, son will come "
            "w/ her. add on at 3:30?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: {upper_name} MRN {mrn2}",
        "body": (
            "done, {test22} ordered. pt aware\n"
            "\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Sent: {date}\n"
            "Subject: {upper_name} MRN {mrn2}\n"
            "\n"
            "pls order {test22} before her {proc22}, dx {dx22}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: {last}, {first} - {rx22} dose?",
        "body": (
            "renal fxn down, pharmacy asking if we adjust. pls advise\n"
            "\n"
            "---------- Forwarded message ---------\n"
            "From: inpatient pharmacy\n"
            "Date: {date}\n"
            "\n"
            "CrCl est 28 today, was 55 on admit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Automatic reply: {name} {dob} {test22} results",
        "body": (
            "I am out of the office until {date2} with no access to email. For urgent "
            "clinical matters please page the covering provider at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{first} {last} no show {proc22} again",
        "body": (
            "3rd no show. per policy do we send the dismissal letter? {provider_last} "
            "wants to talk to her first\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "member {member} {name} ER visit {date}",
        "body": (
            "ER bill came to us by mistake, pt asking if we can resubmit to her plan. "
            "dx on the bill is {dx22}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{initials22} ({dob}) flu A +",
        "body": "swab +, started tamiflu 75 BID x5d, home w/ precautions. note signed\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} - {dxtypo22} - pls call back",
        "body": ("called 2x today about her {laymed22}. cb# {phone}\n- front desk\n"),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "re: labs",
        "body": (
            "ok\n"
            "\n"
            "{signoff22}\n"
            "\n"
            "On {date}, at {time}, {provider} <{email}> wrote:\n"
            "\n"
            "> can u call {name} ({phone}) re her {lab22}? needs to start {rx22} and "
            "recheck\n"
            "> {test22} in 1 wk\n"
            "> thx\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: from pt",
        "body": (
            "see below, can you handle? im off tmrw\n"
            "\n"
            "---------- Forwarded message ---------\n"
            "From: {name} <{email}>\n"
            "Date: {date}\n"
            "Subject: my meds\n"
            "\n"
            "hi dr {provider_last} i ran out of my {rxtypo22} 2 days ago and {sym22}. "
            "pharmacy says they need a new script. my birthday is {dob} if you need it\n"
            "{first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail (0:42)",
        "body": (
            "Voicemail from {phone}\n"
            "Received {date} {time}\n"
            "Transcription (may contain errors):\n"
            "hi this is {name} calling about my blood pressure pills the {rxtypo22} um "
            "ever since i started them {sym22} so i stopped taking them is that ok my "
            "birthday is {dob} and my number is {phone} please call me back thank you bye\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New voicemail from {name} {phone} (0:53)",
        "body": (
            "Transcription: hi yes this is {first} calling for doctor {provider_last} "
            "um {sym22} and i have the {dxtypo22} so i wanted to know should i come in "
            "or go to the er my number is {phone} thanks\n"
            "\n"
            "To listen, open the attached .wav file.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "appointment please",
        "body": (
            "Hello doctor,\n"
            "My husband {intl_name} have the pain in chest since two days, he take the "
            "{rxtypo22} but is not helping. His birthday is {dob}. Please we can have "
            "appointment this week? My phone is {phone}.\n"
            "Thank you very much\n"
            "his wife\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Appointment reminder",
        "body": (
            "cant make it, {sym22}. can i come next wk?\n"
            "\n"
            "{signoff22}\n"
            "\n"
            "On {date}, {clinic} <noreply@clinic.example> wrote:\n"
            "> Reminder: {name}, you have an appointment with Dr. {provider_last} "
            "({specialty}) on\n"
            "> {date2} at {time}. Reply C to confirm.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pain meds?",
        "body": (
            "{last} in {room22} s/p {proc22}, pain 8/10, asking for more. last {rx22} "
            "at 1400. ({first} {last}, dob {dob}.) ok to give early or should i page?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "handoff",
        "body": (
            "{room22} - {last}, {first} {age}F - {dx22}, on {rx22}, NKDA. f/u {test22} "
            "in am. full code. rest of the assignment stable, nothing pending\n"
            "{provider_first} {role22}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "quick q",
        "body": (
            "Mrs. {last} ({dob}) {cc22}, hx {dxtypo22}, NKDA. ok to give {rx22}? "
            "vitals stable\n"
            "{provider_first} {role22}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: question",
        "body": (
            "Thank you for your email. I am out of the office until {date2}. If this "
            "is a medical emergency, call 911.\n"
            "\n"
            "-----Original Message-----\n"
            "From: {name} <{email}>\n"
            "Sent: {date}\n"
            "Subject: question\n"
            "\n"
            "hi its {first}, they told me at urgent care i have {dxtypo22} and should "
            "see you. can i get in this week\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pmt",
        "body": (
            "pt {name} called, paying bal for {proc22} w/ card {card} exp 08/27. pls "
            "post and shred the sticky note\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "ins",
        "body": (
            "{first} {last} dob {dob} new ins {company}, mbr {member}. coming in tmrw "
            "for {proc22} so pls re-verify today\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pls call",
        "body": (
            "{name} {phone} wants results of her {test22} from last wk, says nobody "
            "called her back. she is upset\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "rx clarification",
        "body": (
            "pt: {last}, {first}   dob: {dob}\n"
            "rx: {rxtypo22} 1 tab bid prn ?? prn for what. pls clarify\n"
            "pharm ph {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "re: re: schedule",
        "body": (
            "works for me\n"
            "\n"
            "> On {date} {name2} wrote:\n"
            "> can we move the staff mtg to 12:30\n"
            ">\n"
            ">> On {date2} {provider} wrote:\n"
            ">> also pls add {name} on for {proc22} {date2}, dx {dx22}, NPO after "
            "midnight\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "referral",
        "body": (
            "Dear colleague,\n"
            "I send you the patient {intl_name}, born {dob}, with the {dxtypo22} since "
            "many years. He is taking {rx22} and {rxtypo22}. Please to see him for the "
            "control.\n"
            "Best regards\n"
            "Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS from {phone}",
        "body": (
            "this is {first} {last} my sons fever is 103 and hes not keeping the "
            "amoxicilin down should we come in or go to er\n"
            "\n"
            "-- text message forwarded by {clinic} answering service\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "coding q",
        "body": (
            "{name} DOS {date} dx'd {icd} but the note says {dxtypo22}, which do i "
            "bill? {provider_last} is on vacation\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "fax didnt go thru",
        "body": (
            "retyping from the referral form: {name}, ss# {ssn}, dob {dob}, addr "
            "{address}. referral for {proc22} to {specialty}. pls resend\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "dme",
        "body": (
            "rolling walker + shower chair for {name}, mbi {mbi}, s/p {proc22}, f2f "
            "done {date}. pls sign the CMN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "tmrw",
        "body": (
            "{first} {last} tmrw 9am - needs premed (amoxicilin 2g) bc of her "
            "{proc22}, pls remind her tonight {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "critical",
        "body": (
            "called {provider_first} w/ crit {lab22} on {last}, {first} MRN {mrn} at "
            "{time}, readback done\n"
            "- lab\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail (1:12)",
        "body": (
            "Transcription: hola buenas this is {intl_name} calling um for my mother "
            "{name} she has the {dxtypo22} and the pills for the pressure she finish "
            "yesterday um she need the refill por favor my number is {phone} gracias\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: FW: pt complaint",
        "body": (
            "fyi\n"
            "\n"
            "> ---------- Forwarded message ---------\n"
            "> From: {name} <{email}>\n"
            "> i waited 2 hrs for my {proc22} and then they said my {test22} wasnt "
            "done so i have to come back. i took off work for this!!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Undeliverable: RE: f/u",
        "body": (
            "Delivery has failed to these recipients or groups:\n"
            "{email}\n"
            "The email address you entered couldn't be found.\n"
            "\n"
            "Original message:\n"
            "Hi {name}, your {test22} was normal but your {lab22}, so Dr. "
            "{provider_last} wants to start {rx22}. - front desk\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Re: Re:",
        "body": (
            "ok thank u\n"
            "\n"
            "{signoff22}\n"
            "\n"
            "> On {date}, at {time}, {clinic} wrote:\n"
            "> Hi {name}, Dr. {provider_last} reviewed your {test22}. It shows "
            "{lab22}, so we\n"
            "> will start {rx22}. Please come in for a recheck in 2 weeks.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "squeeze in?",
        "body": (
            "{last}, {first} {dob} calling w/ {cc22}, hx {dx22}. any slot today? otherwise UC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "lab slip",
        "body": (
            "pt {name} lost her lab slip, pls refax to the lab: {test22} + A1c, dx "
            "{dxtypo22}. fax {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: note",
        "body": (
            "Good morning, the patient {name} (dob {dob}) came yesterday, his glicemia "
            "was 280 and he dont take the {rxtypo22} regularly. I increase the dose. "
            "Control in 2 weeks.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: message from portal",
        "body": (
            "pls answer, not sure what to tell her\n"
            "\n"
            "-----Original Message-----\n"
            "From: MyChart <noreply@portal.example>\n"
            "Patient: {name} ({dob})\n"
            "Message: i think the new {rxtypo22} is doing this, {sym22}. should i stop "
            "it??\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "intake tmrw",
        "body": (
            "{name} for intake 10am, screening PHQ-9 = 21, passive SI no plan. pls "
            "have the crisis line info ready. ph {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "wc",
        "body": (
            "work comp pt {name}, employer {company}, DOI {date}, s/p {proc22}. "
            "adjuster wants RTW status, light duty? adj ph {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ride",
        "body": (
            "{first} {last} needs medicaid transport for dialysis MWF, addr {address}, "
            "ph {phone}. chair time 6am\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "prenatal",
        "body": (
            "{name} {age}F G2P1 at 28wk, failed 1hr GTT (168), pls sched 3hr. she "
            "works nights, call after 2pm {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH22_NEG: list[dict] = [
    {
        "subject": "room 4 printer jammed again",
        "body": (
            "3rd time today. called IT, ticket {ticket}. use the one by the nurses "
            "station till its fixed\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "who has the crash cart key",
        "body": (
            "pharmacy is here to exchange the 5W cart, old seal # {lot}. whoever has "
            "the key pls bring it to the charge rn asap\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "swap sat?",
        "body": (
            "{name} can u take my sat 7a-7p? ill take ur tues 7p. {provider_first} "
            "said ok if we both sign the sheet\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "sick today",
        "body": (
            "hi {name2}, calling out sick today, sorry for the short notice. "
            "{initials22} said she can cover the front till noon. will let u know "
            "about tmrw\n"
            "{first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "lunch thurs - {brand22}",
        "body": (
            "{company} rep bringing lunch thurs 12:15 (sandwiches + salad), 15 min "
            "talk on {brand22}. pls RSVP by tues, dietary restrictions to {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - {supply22}",
        "body": (
            "qty 10 bx {supply22}, 20 bx insulin syringes 0.3ml 31g 5/16in, 6 sharps "
            "containers. ship to {address}, attn {name}. cust # {code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR downtime sat 0100-0500",
        "body": (
            "planned downtime for the upgrade to {version}. use the downtime forms in "
            "the red binder at each station; BCA pcs print MARs and the census at "
            "0030. all orders must be back-entered once we're up. questions: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CME: whats new in {dx22} - 1.0 AMA PRA Cat 1",
        "body": (
            "Grand rounds this wed 7:30am, aud B. Speaker Dr. {provider}, {clinic}. "
            "Objectives: review current guidelines, discuss {brand22} and older "
            "agents, case-based discussion. Sign in w/ the QR code for credit.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "journal club tues",
        "body": (
            "paper this month: SGLT2 inhibitors in HFpEF, {name} presenting. also skim "
            "the editorial on {dx22} readmissions. pizza in the conf rm at noon\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You have a new message",
        "body": (
            "You have a new secure message from your care team at {clinic}.\n"
            "To read it, log in at https://portal.example/login\n"
            "\n"
            "This mailbox is not monitored. Please do not reply to this email.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out of Office: RE: schedule",
        "body": (
            "I'm out until {date} with limited access to email. For clinical questions "
            "pls contact {name2} at {phone}; for billing, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specail offer on glucometer strips!!",
        "body": (
            "Dear valued costumer,\n"
            "We are pleased to ofer 20% off all {supply22} and lancets untill end of "
            "month. Free shiping on order over $500. Use promo code {code} at check out.\n"
            "Best regard,\n"
            "{name}\n"
            "Sales Represantative, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "re: re: FW: parking",
        "body": (
            "lol same\n"
            "\n"
            "> On {date} {name} wrote:\n"
            "> lot B full again, had to park at the church\n"
            ">\n"
            ">> On {date2} Security wrote:\n"
            ">> Lot B will be restriped sat, pls use the garage. permit {permit} "
            "holders unaffected\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "curbside q",
        "body": (
            "{age}M w/ {dx22}, EF 20%, Cr 2.1, K 5.4 on spiro + {rxtypo22}. would you "
            "keep the spiro? no identifiers obv, just curious what ppl do\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "case for M&M",
        "body": (
            "{age}F s/p {proc22} POD3, T 101.8, WBC 16, CT neg. what would u do next? "
            "deidentified for teaching, pls dont reply w/ names or MRNs\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "new fax #",
        "body": (
            "pls update ur contacts\n"
            "\n"
            "--\n"
            "{provider}, MD\n"
            "{clinic}\n"
            "{address}\n"
            "ph {phone} | fax {phone} | NPI {npi}\n"
            "Tax ID 12-3456789\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "census",
        "body": (
            "5W census 22, 4 dc's pending, 2 on tele, 1 isolation. need 1 more CNA for "
            "nights, float pool says maybe\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "beds",
        "body": "open: 5W-12, 5W-14, ICU 6 after 3pm. EVS pls turn 5W-12 first\n",
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "flu shots for staff",
        "body": (
            "employee health doing flu shots in the cafe tues/thurs 7-10am. bring ur "
            "badge. declination forms due {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "reminder: do not use abbrevs",
        "body": (
            "per the joint commission list, no 'U', 'IU', 'QD', 'QOD', trailing zeros "
            "or 'MSO4' in orders. write 'units' and 'daily'. audit results at staff mtg\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} out thurs/fri",
        "body": (
            "{name} is out thurs and fri (personal). {name2} is covering her inbox and "
            "refill queue\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "samples came in",
        "body": (
            "3 boxes of {brand22} samples in the locked closet. log them in the binder "
            "pls, rep is {name}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail from {phone} (0:31)",
        "body": (
            "Transcription: hi this is {name} from {company} medical supply calling "
            "about the backorder on the A1c cartridges on PO {order} um they should "
            "ship friday call me back at {phone} thanks\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: lunch order",
        "body": (
            "Thanks for your message. I am on PTO until {date} and will respond when I "
            "return. For anything urgent please contact {name2}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Undeliverable: staff mtg",
        "body": (
            "Delivery has failed to these recipients or groups:\n"
            "{email}\n"
            "The recipient's mailbox is full.\n"
            "\n"
            "Original message:\n"
            "staff mtg moved to 12:30 in the big conf rm, lunch provided\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR tip of the week: smartphrases",
        "body": (
            "try .HPI, .ROS and .PE to pull in templates. use *** for blanks and F2 to "
            "jump. make ur own under personalize > smarttext. help desk {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "vaccine fridge temp out of range",
        "body": (
            "fridge 2 read 9.1C at 0700. moved everything to fridge 1, lot {lot} "
            "quarantined, called the mfr, ref {ref}. dont use fridge 2 till biomed "
            "checks it\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "formulary change {date}",
        "body": (
            "P&T update: {brand22} moves to tier 2, step therapy removed. {rxtypo22} "
            "generic switched to a new manufacturer, same strength. full list on the "
            "intranet\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "students next wk",
        "body": (
            "2 MS3s with us mon-fri, {name} and {name2}. pls let them see pts w/ you "
            "and sign their eval forms fri\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "crash cart check 5W",
        "body": (
            "cart checked, new seal # {lot}. defib pads exp replaced, epi x3 ok, amio "
            "ok. log signed. {initials22}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "meeting of tomorrow",
        "body": (
            "Dear all, the meeting of tomorrow is cancel because the doctor is in the "
            "congress. We do it next week same hour. Sorry for the inconvenient.\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "hand hygiene audit",
        "body": (
            "Oct compliance 5W 91%, 6E 84%, ICU 96%. 6E pls remind ppl to foam in/out. "
            "next audit {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "recieved wrong guage syringes",
        "body": (
            "hi, we recieved the insulin syringes on PO {order} but they are 29 guage "
            "not 31 like we order. pls send RMA. thx\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ok",
        "body": (
            "ok\n"
            "\n"
            "{signoff22}\n"
            "\n"
            "> On {date}, at {time}, {name} wrote:\n"
            "> can u open tmrw? i have a parent-teacher conference at 8, will be in by "
            "9:30\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AED inspection",
        "body": (
            "monthly AED check done lobby + 2nd fl. lobby unit battery low, new one "
            "ordered (PO {order}). {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pw expired again",
        "body": (
            "anyone else locked out of the EHR this am? my pw expired and the reset "
            "link is broken. ticket {ticket}\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "abstract deadline",
        "body": (
            "reminder: abstracts for the regional meeting due {date}. topics incl "
            "{dx22}, sepsis bundles, {brand22} outcomes. 300 word limit. send drafts "
            "to {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "new CHF handout",
        "body": (
            "updated the heart failure pt handout: daily weights, 2g sodium, 2L fluid, "
            "call if up 3 lb in a day or 5 in a wk. printed copies at each station, "
            "PDF on the shared drive\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "metforman recall?",
        "body": (
            "saw on the news about a metformin ER recall. do we have any of the "
            "recalled lots? pharm says our lot # {lot} isnt on the list\n"
            "\n"
            "{signoff22}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "call schedule swap",
        "body": (
            "{name} and {name2} swapping call 11/14 and 11/21, updated in amion. chiefs ok'd\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HL7 interface down",
        "body": (
            "lab results interface down since {time}, results queueing, nothing lost. "
            "vendor ticket {ticket}. ETA 1 hr\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "skills fair",
        "body": (
            "annual skills fair {date}: insulin pens, NG tube placement, restraints, "
            "glucometer QC. sign up for a slot on the sheet outside the break rm\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "99214 vs 99215?",
        "body": (
            "general q for coders: if i spend 42 min total on a visit for uncontrolled "
            "diabetis w/ med changes, is that 99215 by time? or do i need to document "
            "MDM too\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "fax cover sheet",
        "body": (
            "TO: medical records   FROM: {clinic}\n"
            "FAX: {phone}   PAGES: 12\n"
            "RE: records request\n"
            "\n"
            "CONFIDENTIALITY NOTICE: The documents accompanying this fax may contain "
            "protected health information. If you received this in error, please call "
            "{phone} and destroy the documents.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "potluck fri",
        "body": (
            "sign up sheet in the break rm. so far: 3 desserts, 0 mains lol. {name} "
            "bringing the crockpot\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "press ganey Q3",
        "body": (
            "overall 86th percentile, wait time 41st. comments mostly about parking + "
            "phones. {name} will present at the huddle\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{initials22} covering 5W tonight",
        "body": (
            "{initials22} is charge on 5W tonight, house sup is {name}, ext {ext}. "
            "call if staffing changes\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "BP screening sat",
        "body": (
            "hypertention awareness month! free BP checks at the farmers market sat "
            "9-1, need 4 volunteers. bring cuffs + the handout. sign up w/ {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "lab courier late again",
        "body": (
            "courier didnt show at 11:30, specimens in the fridge. called dispatch, "
            "ref {ref}. {name2} pls follow up w/ the vendor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail from {name} (0:22)",
        "body": (
            "Transcription: hi its {first} from the front desk the {supply22} delivery "
            "is here where do you want it i put it by the back door for now ok bye\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "re: tx question",
        "body": (
            "whats ur go-to for {dxtypo22} in pts who cant take {rxtypo22}? asking for "
            "the clinic protocol, not a specific pt\n"
            "\n"
            "> On {date}, {provider} wrote:\n"
            "> lets revise the protocol at the next QI mtg\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS from {phone}",
        "body": (
            "running 10 min late, traffic on 95. can someone start the warm-up on the "
            "A1c machine\n"
            "\n"
            "-- text message forwarded by {clinic} answering service\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh9": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written blind to the detector: the author did not read gateway/, policies/,
docs/, tests/, bench/accuracy/vocab/, README.md or bench/accuracy/fresh8.py (the detector's
code, dictionaries, documentation and the previous split), did not grep them, and did not run
the detector, the benchmark, any test or any git command. Only bench/accuracy/generate.py
(for the placeholder names of fill() and fresh_fill() and the Template format),
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (for the data format, and so as not to
repeat their templates or vocabulary) were read. It is meant to be run once, as an honest,
untuned measurement: do not tune the detector on these templates.

The vocabulary below ({dx9} {rx9} {proc9} {test9} {sym9}, FRESH9_VOCAB) was written from
general clinical knowledge of how US clinicians, patients, caregivers, payers and office staff
write, leaning on areas the earlier splits cover less: paediatrics, geriatrics, wound care,
home health, hospice, infectious disease, rheumatology, nephrology and dialysis, transplant,
allergy, sleep medicine, reproductive health, addiction medicine, vision and hearing. Other
placeholders come from generate.fill() and generate.fresh_fill(); the detector-derived
{condition} {med} {med2} {procedure} {lab} are not used.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH9_VOCAB: dict[str, list[str]] = {
    "dx9": [
        "RSV bronchiolitis",
        "croup",
        "hand, foot and mouth disease",
        "a febrile seizure",
        "failure to thrive",
        "Kawasaki disease",
        "global developmental delay",
        "an unstageable sacral wound",
        "a venous stasis ulcer",
        "a diabetic foot ulcer with osteomyelitis",
        "latent TB",
        "secondary syphilis",
        "a prosthetic joint infection",
        "polymyalgia rheumatica",
        "giant cell arteritis",
        "ankylosing spondylitis",
        "Sjogren's syndrome",
        "ESRD on hemodialysis",
        "IgA nephropathy",
        "FSGS",
        "acute cellular rejection",
        "CMV viremia",
        "alpha-gal syndrome",
        "eosinophilic esophagitis",
        "narcolepsy with cataplexy",
        "chronic insomnia",
        "central sleep apnea",
        "diminished ovarian reserve",
        "recurrent pregnancy loss",
        "hyperemesis gravidarum",
        "fentanyl use disorder",
        "cannabis hyperemesis syndrome",
        "keratoconus",
        "a retinal detachment",
        "bilateral sensorineural hearing loss",
        "Meniere's disease",
        "Lewy body dementia",
        "end-stage dementia",
        "glioblastoma",
        "scabies",
    ],
    "rx9": [
        "amoxicillin 400 mg/5 mL suspension",
        "cefdinir 250 mg/5 mL",
        "Beyfortus",
        "Prograf 2 mg twice a day",
        "CellCept 500 mg",
        "Valcyte 450 mg",
        "Renvela 800 mg with meals",
        "Retacrit with each treatment",
        "Sensipar 30 mg",
        "Actemra",
        "Rinvoq 15 mg",
        "Benlysta",
        "colchicine 0.6 mg",
        "Auvi-Q 0.3 mg",
        "Xolair",
        "Xywav",
        "modafinil 200 mg",
        "letrozole 2.5 mg",
        "Gonal-f 225 units",
        "Nexplanon",
        "Sublocade 300 mg",
        "Lucemyra",
        "latanoprost drops",
        "Eylea injections",
        "Ciprodex ear drops",
        "Santyl ointment",
        "Roxanol 5 mg SL q2h PRN",
        "lorazepam 0.5 mg SL",
        "a scopolamine patch",
        "Descovy for PrEP",
        "IV vancomycin",
        "rifampin 600 mg",
        "Bicillin L-A",
        "donepezil 10 mg",
        "Namenda XR",
        "MiraLAX half a capful",
        "Focalin XR 10 mg",
        "children's Motrin",
    ],
    "proc9": [
        "sharp debridement",
        "wound VAC placement",
        "Unna boot application",
        "hyperbaric oxygen therapy",
        "living donor kidney transplant",
        "liver transplant evaluation",
        "tunneled HD catheter exchange",
        "fistulagram with angioplasty",
        "PD catheter placement",
        "frenotomy",
        "cochlear implant surgery",
        "tympanoplasty",
        "egg retrieval",
        "frozen embryo transfer",
        "IUI",
        "corneal cross-linking",
        "vitrectomy",
        "allergen immunotherapy build-up",
        "oral food challenge",
        "drug desensitization",
        "inpatient detox",
        "temporal artery biopsy",
        "joint aspiration of the right knee",
        "G-tube change",
        "PEG tube placement",
        "suprapubic catheter change",
    ],
    "test9": [
        "tacrolimus trough",
        "BK virus PCR",
        "CMV PCR",
        "Kt/V",
        "intact PTH",
        "HLA antibody screen",
        "RSV swab",
        "blood lead level",
        "newborn bilirubin",
        "OAE hearing screen",
        "audiogram",
        "visual field test",
        "OCT of the macula",
        "home sleep apnea test",
        "MSLT",
        "semen analysis",
        "AMH level",
        "hysterosalpingogram",
        "skin prick testing",
        "serum tryptase",
        "alpha-gal IgE",
        "T-SPOT.TB",
        "RPR with reflex titer",
        "wound culture",
        "HLA-B27",
        "anti-CCP",
        "urine fentanyl screen",
        "MoCA",
        "procalcitonin",
        "prealbumin",
    ],
    "sym9": [
        "a barky cough at night",
        "ear pulling and fussiness",
        "fewer wet diapers",
        "a fever of 104",
        "a foul smell from the wound",
        "green drainage on the dressing",
        "sundowning",
        "wandering at night",
        "two falls this week",
        "poor intake, only sips of water",
        "mottling on the knees",
        "long pauses in her breathing",
        "restlessness and picking at the sheets",
        "itching after treatments",
        "cramping during dialysis",
        "a 4 kg gain between runs",
        "morning stiffness for two hours",
        "lip swelling after eating shrimp",
        "dozing off at red lights",
        "a curtain over the right eye",
        "muffled hearing in the left ear",
        "spinning spells",
        "cravings and sweats",
        "heavy bleeding, a pad an hour",
        "a rash since starting the antibiotic",
        "less urine since the transplant",
        "tenderness over the new kidney",
    ],
}


FRESH9_PHI: list[dict] = [
    {
        "subject": "can't make my 9:00 tomorrow",
        "body": (
            "Hi {provider_first},\n\n"
            "My car is in the shop so I can't get to {first} {last} tomorrow morning. She "
            "can't go without her dressing change, and her daughter said she's had {sym9} "
            "since Sunday and the heel wound looks worse, so honestly the nurse should "
            "probably look at her anyway. "
            "She's also almost out of her {rx9}, the bottle on the counter had 3 left.\n\n"
            "Can you give her to {name3} or move her to Thursday afternoon?\n\n"
            "Thanks\n{name2}, HHA\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RN visit summary for IDT",
        "body": (
            "Patient: {name}\n"
            "Hospice dx: {dx9}\n"
            "Visit: {date}, routine home visit, 55 min\n\n"
            "PPS down to 30%. Bedbound, sleeping most of the day. Wife reports {sym9} over "
            "the last 48 hours. Increased {rx9} per Dr. {provider_last}'s verbal order; "
            "comfort kit in the home and unopened. Oral care and turning reviewed with the "
            "family. POLST (DNR/comfort measures) is on the fridge.\n\n"
            "Requests: chaplain visit this week, aide increased to 5x/week.\n"
            "Next RN visit Friday or sooner PRN.\n\n"
            "{provider_first}, RN Case Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concurrent review - member {member}",
        "body": (
            "Good afternoon,\n\n"
            "Clinical update for continued stay at our acute rehab unit.\n\n"
            "Member: {name}\n"
            "DOB: {dob}\n"
            "Admitted: {date}\n"
            "Primary dx: {icd}\n"
            "Reason for admission: deconditioning after {proc9}, complicated by {dx9}\n\n"
            "Progress: transfers min assist (was mod assist), ambulates 60 ft with a rolling "
            "walker, still needs cueing for safety. Team recommends 7 more days before a "
            "discharge home with her son.\n\n"
            "Please fax the determination to the number below.\n\n"
            "{provider}, RN, Utilization Review\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Dad is worse at night",
        "body": (
            "Dr. {provider_last},\n\n"
            "I'm writing about my father, {name}. Ever since he started the {rx9} three weeks "
            "ago the nights have been really hard. He has {sym9} and last night he tried to "
            "leave the house at 2 am in his slippers. My sister and I are taking turns "
            "sleeping over but we can't keep this up.\n\n"
            "Is this the {dx9} getting worse or could it be the new pill? Should we stop it "
            "until we hear from you? He has his next appointment in March but I don't think "
            "we can wait that long.\n\n"
            "Thank you,\n{name2}\n(his daughter and health care proxy)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "1st shift -> 2nd shift handoff, pod B",
        "body": (
            "Chair | Patient            | EDW     | Notes\n"
            "B1    | {last}, {first}    | 71.5 kg | {sym9}; UF goal lowered to 2.5 L\n"
            "B2    | {intl_name}        | 64.0 kg | BP 84/50 at hr 2, NS 250 given, ran full "
            "time\n"
            "B3    | {name2}            | 88.0 kg | L arm AVF, +bruit/thrill, needled x1\n"
            "B4    | empty              |         | (pt hospitalized, see census)\n\n"
            "{test9} drawn on B1 and B3, in the lab fridge. {rx9} given to B2 per protocol. "
            "Social work to call B3 about transport, van late again.\n\n"
            "{provider_first}, RN charge\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your lab results and a dose change",
        "body": (
            "Hi {first},\n\n"
            "Your tacrolimus level from {date} came back at 4.1. At this point after your "
            "transplant we want it between 6 and 8, so Dr. {provider_last} would like you to "
            "go up to 3 mg in the morning and 2 mg at night starting tonight. Your {test9} "
            "from the same draw was fine.\n\n"
            "Please get labs again next Monday, 12 hours after your evening dose (before you "
            "take your morning pills). Call us right away if you notice {sym9}, fever, or "
            "pain over the kidney.\n\n"
            "{name2}, RN\nKidney Transplant Coordinator\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coverage determination: {rx9}",
        "body": (
            "NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE\n\n"
            "Member: {upper_name}\n"
            "Member ID: {member}\n"
            "Prescriber: {provider}, MD\n"
            "Date of request: {date}\n\n"
            "We denied this request because the plan requires a trial of two formulary "
            "alternatives (step therapy) for {dx9}, and the records we received do not show "
            "that these were tried. Your doctor can send chart notes showing a trial, or ask "
            "for an exception.\n\n"
            "You have 65 days from the date of this notice to ask for a redetermination.\n"
            "{company} Pharmacy Benefit Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: A message from your care team",
        "body": (
            "Yes Thursday works for the {test9}. I wanted to mention though, I've had {sym9} "
            "since about a week after I started the new medicine, is that a side effect? I "
            "didn't want to stop it without asking.\n\n"
            "{name}\n\n"
            "> From: {clinic} Care Team\n"
            "> Sent: {date}\n"
            ">\n"
            "> Hi {first}, Dr. {provider_last} reviewed your results and they look stable for "
            "your {dx9}. She would like a repeat {test9} before your next visit. Reply to let "
            "us know which day works.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Allergy and emergency action plan - school year",
        "body": (
            "To the school nurse,\n\n"
            "Please keep this on file for our patient.\n\n"
            "Student: {first} {last}\n"
            "DOB: {dob}\n"
            "Diagnosis: peanut and tree nut allergy, history of anaphylaxis; also {dx9}\n"
            "Emergency medicine: Auvi-Q 0.15 mg, may repeat once after 5 minutes\n"
            "May self-carry: yes\n"
            "Other medicine at school: {rx9}\n\n"
            "If the student has trouble breathing, throat tightness, repeated vomiting or "
            "{sym9}, give epinephrine FIRST, then call 911 and the parent.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Request for updated treatment notes",
        "body": (
            "Dear Provider,\n\n"
            "I am the adjuster assigned to the workers' compensation claim below and request "
            "office notes, work status and the treatment plan from the last 60 days.\n\n"
            "Claimant: {name}\n"
            "SSN: {ssn}\n"
            "Date of injury: {date}\n"
            "Employer: {company}\n"
            "Accepted body part: right foot (crush injury)\n\n"
            "We understand the claimant now has {dx9} and is receiving {proc9}. Please also "
            "confirm whether the claimant can return to light duty.\n\n"
            "{name2}\nSenior Claims Adjuster, {company} Casualty\nDirect: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Records request - {name}, DOB {dob}",
        "body": (
            "To the Custodian of Records:\n\n"
            "This firm represents the above-named individual in connection with a motor "
            "vehicle collision on {date}. Enclosed is a HIPAA-compliant authorization signed "
            "by our client.\n\n"
            "Please produce complete records from {date2} to present, including ED records, "
            "imaging and reports, the {proc9}, therapy notes and an itemized billing "
            "statement. Our client's address at the time of treatment was {address}.\n\n"
            "Kindly direct any invoice for copying charges to the undersigned.\n\n"
            "{name2}, Paralegal\n{company} LLP\n{email}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: RE: Selection committee Thursday",
        "body": (
            "Thanks, I'll call in. Room 6 is booked for the ethics review right after.\n\n"
            "{provider_first}\n\n"
            "-----Original Message-----\n"
            "From: {name3}\n"
            "Sent: {date}\n"
            "To: Transplant Selection Committee\n"
            "Subject: RE: Selection committee Thursday\n\n"
            "Adding one more to the agenda:\n\n"
            "{intl_name}, {age}, {dx9}. Evaluation complete except {test9}. Cardiology "
            "cleared. Social work has concerns about support at home (lives alone, caregiver "
            "plan pending). Potential living donor: sister, in workup.\n\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Subject: Selection committee Thursday\n\n"
            "Reminder that committee meets Thursday at 7:30. Please send additions by "
            "Wednesday noon.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: Family meeting - {name} - goals of care @ {date} 2pm",
        "body": (
            "When: {date}, 2:00 pm - 3:00 pm\n"
            "Where: 6 East family conference room / Teams link below\n"
            "Organizer: {provider}\n"
            "Attendees: palliative care, social work, chaplain, bedside RN\n\n"
            "Notes: Son and daughter attending, second daughter joining from out of state by "
            "video. Agenda: update on {dx9}, prognosis, code status, whether to transition "
            "to comfort care and a hospice referral.\n\n"
            "Join on your computer: https://teams.example/meet/{code}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "New voicemail (0:52)",
        "body": (
            "Voicemail transcription (accuracy may vary):\n\n"
            "\"Hi, this is {name}, my date of birth is {dob}. I'm a patient of Dr. "
            "{provider_last} at the sleep center. I did the {test9} like two weeks ago and "
            "nobody called me with the results. I'm still [inaudible] {sym9}, and my wife "
            "says I stop breathing at night. I drive for work so I kind of need to know. My "
            'number is {phone}. Thanks, bye."\n\n'
            "To listen, open the attachment.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "fyi",
        "body": (
            "ur 2:15 {first} {last} cancelled. shes in the ED w {sym9}, daughter thinks they "
            "will admit for {dx9}?? will let u know. can u move her to next wk\n"
            "- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Confidential morbidity report",
        "body": (
            "CONFIDENTIAL MORBIDITY REPORT\n"
            "Reporting facility: {clinic}\n\n"
            "Patient name: {name}\n"
            "DOB: {dob}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Disease: {dx9}\n"
            "ICD-10: {icd}\n"
            "Lab: {test9}, collected {date}, POSITIVE\n"
            "Treatment: {rx9}, given {date2}\n"
            "Pregnant: no\n\n"
            "Reported by {provider}, infection preventionist, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{last}, {first} - {rx9} infusion needs reauth",
        "body": (
            "Auth runs out {date} and she's on the infusion schedule for {date2}. Dx is "
            "{dx9}; {test9} was still up last month. Can you submit with the last two "
            "rheum notes? If it's not back in time we'll have to push her a week.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your cycle calendar",
        "body": (
            "Patient: {name}   MRN: {mrn}\n\n"
            "Hi {first},\n\n"
            "Here is the plan Dr. {provider_last} went over with you for this cycle:\n\n"
            "  - Day 2: baseline ultrasound and {test9}, {date} at {time}\n"
            "  - Start {rx9} that evening, same time each night\n"
            "  - Monitoring visits every 2-3 days; we will call with dose changes\n"
            "  - Trigger shot timing will be called to you the afternoon before\n"
            "  - {proc9} expected around {date2}\n\n"
            "Call the nurse line at {phone} if you have {sym9} or severe bloating.\n\n"
            "Fertility Nursing, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "warm handoff for Monday",
        "body": (
            "Hi {name2},\n\n"
            "Sending over {intl_name} (DOB {dob}) for a residential bed. {age}, {dx9}, last "
            "use 2 days ago, currently on buprenorphine 16 mg daily from our bridge clinic "
            "and {rx9}. Reports {sym9} but is motivated and has a ride Monday morning.\n\n"
            "The 42 CFR Part 2 consent to disclose to your program is signed and attached. "
            "Medicaid ID {member}.\n\n"
            "{provider_first}, peer recovery specialist\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT same-day retina referral: {upper_name}",
        "body": (
            "{age} yo, flashes and new floaters since this morning, now a dark curtain over the "
            "lower half of the vision in the right eye. VA 20/200 OD, "
            "20/25 OS. Dilated exam: suspected {dx9}, macula may be threatened. On {rx9}. "
            "Can Dr. {provider_last} see today? Patient is in our waiting room and can come "
            "straight over; cell {phone}.\n\n"
            "{name2}, OD\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Audiology report",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Your patient {name} (DOB {dob}) was seen on {date} for an {test9} and "
            "tympanometry. Results are consistent with {dx9} (ICD-10 {icd}). Word recognition "
            "was poor on the left.\n\n"
            "Recommendations: bilateral hearing aid fitting; MRI of the internal auditory "
            "canals given the asymmetry; refer for {proc9} candidacy if aids give limited "
            "benefit.\n\n"
            "{name2}, AuD, CCC-A\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Triage - callback needed",
        "body": (
            "Caller: mother\n"
            "Patient: {first} {last}, 14 months\n"
            "DOB: {dob}\n"
            "CC: {sym9} x 2 days, temp 103.1 rectal this morning, drinking less\n"
            "Meds given: {rx9} at 6 am\n"
            "Protocol: fever, under 3 years\n"
            "Disposition: see in office today. Offered 3:40 with {provider}; mom wants a "
            "call back first.\n"
            "Callback: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident report: fall with injury, 2 North",
        "body": (
            "Resident: {name}\n"
            "DOB: {dob}\n"
            "Time found: {time}\n\n"
            "Unwitnessed fall, found sitting on the floor by the bathroom door. History of "
            "{dx9}, on {rx9}. Skin tear to right forearm, cleaned and steri-stripped. Neuro "
            "checks started. Complains of right hip pain with movement.\n\n"
            "Dr. {provider_last} notified, orders for X-ray of the right hip and pelvis. POA "
            "(daughter, {name2}) notified at {phone}. Bed alarm and fall mat in place.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surgical dressing order - {name} MBI {mbi}",
        "body": (
            "Wound: {dx9}, 4.2 x 3.1 x 0.5 cm, moderate serous exudate, 20% slough\n"
            "Primary dressing: calcium alginate, cut to fit\n"
            "Secondary: bordered foam 6 x 6\n"
            "Topical: {rx9}\n"
            "Change frequency: 3x/week and PRN, 12 units/month\n"
            "Ship to: {address}\n"
            "Ordering: {provider}, NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "DMV medical report form",
        "body": (
            "Driver: {name}\n"
            "Date of birth: {dob}\n"
            "License #: {ref}\n\n"
            "Condition: {dx9}\n"
            "Treatment: {rx9}; PAP use 6.5 hrs/night on 92% of nights per download\n"
            "Last {test9}: {date}\n"
            "Episodes of sleepiness while driving in the past 12 months: none reported since "
            "treatment started\n\n"
            "In my opinion this driver is safe to operate a non-commercial vehicle. Recheck "
            "in 12 months.\n\n"
            "{provider}, MD, Sleep Medicine\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NOE to file by Friday",
        "body": (
            "Beneficiary: {upper_name}\n"
            "MBI: {mbi}\n"
            "Election date: {date}\n"
            "Terminal dx: {icd} ({dx9})\n"
            "Attending of record: Dr. {provider}\n"
            "Level of care: routine home care\n\n"
            "Signed election and both certifications are in the chart. Please file the "
            "notice of election within 5 days so we don't lose the days.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Allergy update for {first} {last}: anaphylaxis to cefazolin",
        "body": (
            "Please add this to her chart before Friday's {proc9}. During her surgery in "
            "{year2} she became hypotensive with hives about 5 minutes after cefazolin and "
            "needed epinephrine. {test9} from that day is in the outside records. Anesthesia "
            "and pre-op are aware; plan is clindamycin.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "card for the shot balance",
        "body": (
            "Hi, {first}'s mom called about the balance for the {proc9} visits, she wants to "
            "pay it all today. Card she read me: {card} exp 11/28, name on card {name2}. I "
            "couldn't get the terminal to take it, can you run it when you're in? {amount}. "
            "Account {account}.\n"
            "- front desk, allergy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "MRN {mrn} - critical {test9}",
        "body": (
            "Called to Dr. {provider_last} at {time}, read back confirmed. Charge nurse "
            "also notified.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "International patient {intl_name} - passport {passport}",
        "body": (
            "Arriving {date} on {flight}. Deposit of {amount} received for the {proc9} "
            "evaluation. Needs {test9} and a chest CT on arrival; the interpreter is booked "
            "for the first three days. Brother is traveling as caregiver.\n\n"
            "International Patient Services\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "OPAT weekly labs - {name} (vanc)",
        "body": (
            "Home infusion ({company}) drew this week's labs. Vanc trough 17.2, creatinine "
            "up slightly from last week. {test9} trending down. Continuing {rx9} through "
            "{date2} for {dx9}, then PICC out. ID clinic visit {date}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH9_NEG: list[dict] = [
    {
        "subject": "Medicine Grand Rounds this Wednesday",
        "body": (
            "Beyond the guidelines: managing {dx9} in older adults\n\n"
            "Speaker: {provider}, MD, Professor of Medicine and Director of the Healthy "
            "Aging program at {company} University\n\n"
            "Objectives:\n"
            "  1. Review new evidence on {rx9}\n"
            "  2. Discuss when to order {test9} and how to interpret it\n"
            "  3. Recognize the adverse effects most often missed in frail patients\n\n"
            "Wednesday {date}, 12:00-1:00, Auditorium A and Zoom (meeting ID 912 3341 8870).\n"
            "1.0 AMA PRA Category 1 Credit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P&T minutes, November",
        "body": (
            "Present: {name} (chair), {name2}, PharmD, {name3}, MD, Dr. {provider}\n\n"
            "1. {name2} presented the monograph for {rx9}. Approved for the formulary, "
            "restricted to the ID and transplant services.\n"
            "2. Therapeutic interchange for inhaled steroids: approved, effective {date}.\n"
            "3. Shortage update: oral amoxicillin suspension. See pharmacy memo.\n"
            "4. Next meeting {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations to our newest CWOCN",
        "body": (
            "Please congratulate {name}, RN, who passed the Certified Wound, Ostomy and "
            "Continence Nurse exam last week! {first} will round with the med-surg units on "
            "pressure injury prevention and is available for questions about {proc9}, "
            "negative pressure dressings and ostomy teaching. Page her at {ext}.\n\n"
            "Nursing Professional Development\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} is running 26.2 for kidney research",
        "body": (
            "This fall our own Dr. {provider} will run her first marathon to raise money for "
            "the kidney foundation's research and patient-support programs. She has cared "
            "for dialysis patients here for 14 years and is aiming for $10,000. Every "
            "donation over $50 gets you a team shirt.\n\n"
            "Donate: https://give.example/team/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Handout: caring for your PD catheter exit site",
        "body": (
            "CARING FOR YOUR PD CATHETER EXIT SITE\n\n"
            "- Wash your hands for 20 seconds before touching your catheter.\n"
            "- Clean the exit site every day with the soap your nurse gave you. Pat dry.\n"
            "- Put antibiotic cream on the site if your doctor ordered it.\n"
            "- Keep the catheter taped down so it does not pull.\n"
            "- No baths, hot tubs or swimming in lakes.\n\n"
            "Call the home dialysis unit if you have redness, pus, fever, or cloudy drain "
            "fluid. Cloudy fluid can be a sign of peritonitis.\n\n"
            "Home Dialysis Program, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health advisory: congenital syphilis",
        "body": (
            "The state health department reports a sharp rise in congenital syphilis, with "
            "cases in 11 counties this year. Clinicians should:\n"
            "  * screen all pregnant patients at the first prenatal visit, at 28 weeks and "
            "at delivery\n"
            "  * treat with benzathine penicillin G; use the state allocation if the supply is "
            "short\n"
            "  * test any infant born to a mother with untreated or inadequately treated "
            "syphilis\n\n"
            "Report cases within one working day. Questions: STD program, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shortage: amoxicillin oral suspension",
        "body": (
            "Pharmacy memo\n\n"
            "The wholesaler has allocated amoxicillin 400 mg/5 mL suspension through at least "
            "the end of the month. For pediatric otitis media and strep, please consider:\n"
            "  - amoxicillin 250 mg/5 mL (higher volume), NDC {ndc}\n"
            "  - chewable tablets for children who can chew\n"
            "  - {rx9} where appropriate\n\n"
            "Do not switch to a broad-spectrum agent only because of the shortage.\n"
            "{name}, PharmD, Drug Information\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Can't sleep? Paid research study",
        "body": (
            "Do you have trouble falling or staying asleep at least 3 nights a week?\n\n"
            "Adults 25-65 with chronic insomnia may qualify for a 10-week study of a "
            "non-drug treatment delivered by app. Includes a {test9} at home. Compensation "
            "up to $600.\n\n"
            "Principal Investigator: {provider}, MD\n"
            "Call {phone} or email {email}. IRB #{code}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider bulletin: sleep testing and allergy immunotherapy",
        "body": (
            "Effective {date}, {company} Health Plan will:\n\n"
            "1. Require prior authorization for in-lab polysomnography. Home sleep apnea "
            "testing is the preferred first test for adults without significant "
            "heart or lung disease.\n"
            "2. Limit allergen immunotherapy to 150 units per year without review.\n"
            "3. Cover {rx9} only after a documented trial of a preferred agent.\n\n"
            "The updated policies are on the provider portal (policy {ref}).\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Planned EHR downtime Saturday 01:00-05:00",
        "body": (
            "The EHR will be unavailable Saturday from 01:00 to 05:00 for the upgrade to "
            "version {version}.\n\n"
            "- Print downtime reports (MAR, active orders, census) at 00:30.\n"
            "- Use paper downtime forms; lab will call critical results.\n"
            "- Dialysis and the ED have read-only access on the BCA workstations.\n\n"
            "Change ticket {ticket}. Command center: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Replace workstation at dialysis station 4",
        "body": (
            "Asset tag: HX-004417\n"
            "Model: OptiPlex 7010 Micro\n"
            "Serial: 5CG24718KQ\n"
            "MAC: 3C:52:82:1A:7F:09\n"
            "Device ID: {uuid}\n"
            "Image build: {build}\n\n"
            "Unit won't boot past BIOS. Swapped with a spare from the depot; old unit tagged "
            "for e-waste. Caller: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Kidney Week registration - card declined",
        "body": (
            "Hi {first},\n\n"
            "The P-card number on your conference request for the nephrology meeting, "
            "4024 0071 5336 2981, was declined as an invalid number when I tried to register "
            "you. The department's backup card, 5500 0051 2874 3316, was declined too. Could "
            "you double-check the digits? Early registration ends {date}.\n\n"
            "{name2}\nDepartment Administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref}: negative pressure wound therapy units",
        "body": (
            "Thank you for the opportunity to quote.\n\n"
            "Item                                   Qty   Unit price\n"
            "{sku}  NPWT unit, portable              6     {amount2}\n"
            "Canisters 300 mL, case of 10           12    $148.00\n"
            "Foam dressing kits, medium, case of 5  20    $212.50\n\n"
            "Total: {amount}. Quote valid through {date}. Free in-service for the home "
            "health nurses.\n"
            "{name}, Account Manager, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "swap my Saturday?",
        "body": (
            "Anyone want my Saturday 5a-5p in the dialysis unit on {date}? I can take a "
            "Tuesday or Thursday the week after. It's my son's recital. {first} said she "
            "might, but check with me first so the charge nurse doesn't get two requests.\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 quality dashboard",
        "body": (
            "Measure                                  Q3      Goal\n"
            "CHF 30-day readmission rate              18%     15%\n"
            "Hemodialysis patients with Kt/V >= 1.2   94%     93%\n"
            "CLABSI per 1,000 line days               0.8     0.6\n"
            "Hospice live discharge rate              9%      10%\n"
            "Hospital-acquired pressure injuries      2.1%    1.5%\n"
            "Pediatric asthma ED revisits             11%     8%\n\n"
            "Discharges in the period: {count}. Questions to {name}, Quality Analytics.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Book club notes: The Waiting List",
        "body": (
            "Thanks to everyone who came Tuesday. We talked about {name2}'s memoir of her "
            "four years on dialysis and the kidney transplant from a stranger, and about "
            "the chapter on the night the phone rang. Several of us from the transplant "
            "floor said it was the first time we'd seen the wait from the other side.\n\n"
            "Next month: {name3} picked a novel, thankfully. Meeting on {date} in the staff "
            "library.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In the news: singer shares diagnosis",
        "body": (
            "Grammy winner {name} told fans on social media this week that she has {dx9} and "
            "is postponing the rest of her tour. Her post has already driven a spike in "
            "searches for the condition. Our communications team has prepared a short FAQ "
            "in case patients ask; see the intranet.\n\n"
            "Marketing & Communications\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your order {order} has shipped",
        "body": (
            "Hospice supply order\n"
            "  Underpads, 30 x 36, case of 150        x 4\n"
            "  Oral swabs, untreated, box of 250      x 2\n"
            "  Nitrile gloves, L                      x 10\n"
            "  Barrier cream 4 oz                     x 12\n\n"
            "Carrier: UPS {tracking}\n"
            "Billing questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - allergenic extracts",
        "body": (
            "Bill to: {clinic}, Allergy & Asthma\n\n"
            "{sku}  Standardized cat hair 10,000 BAU/mL, 10 mL, lot {lot}   x 4\n"
            "       Dust mite mix 10,000 AU/mL, 30 mL                         x 2\n"
            "       Sterile diluent with HSA, 30 mL                           x 12\n\n"
            "Total {amount}, net 30. Store at 2-8 C.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual TB screening and N95 fit testing",
        "body": (
            "All clinical staff are due for annual TB screening (symptom questionnaire, and "
            "an IGRA if you are new or had a recent exposure) and N95 fit testing by "
            "{date}. Walk-in hours at Employee Health: Mon-Fri 7-3. Bring your badge.\n\n"
            "Questions: {name}, Employee Health, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: hospice RN case manager",
        "body": (
            "Our hospice team is hiring a full-time RN case manager for the north county "
            "territory. Experience with end-of-life symptom management, {rx9} titration and "
            "family teaching preferred. Mileage reimbursed, on call one weekend a month. "
            "Contact clinical manager {name}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CE webinar: over-the-counter hearing aids",
        "body": (
            '{name}, AuD, will present "OTC hearing aids: what primary care should know" on '
            "{date} at {time}. Topics: who is a candidate, red flags that need an "
            "{test9}, and when to refer for {proc9}. 0.1 ASHA CEU / 1.0 CME.\n\n"
            "Register: https://learn.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RSV season is here",
        "body": (
            "Dear parents,\n\n"
            "RSV season has started. Babies under 8 months can get an RSV antibody shot "
            "during the season, and most infants born during the season get it before "
            "leaving the hospital. Ask at your baby's next well visit or call to schedule a "
            "nurse visit.\n\n"
            "Call us right away if your baby is breathing fast, is too tired to feed, or has "
            "fewer wet diapers than usual.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transplant program annual outcomes",
        "body": (
            "Kidney transplant program, last calendar year\n"
            "  Transplants: 212 (64 living donor)\n"
            "  1-year patient survival: 98.2% (expected 97.6%)\n"
            "  1-year graft survival: 96.5% (expected 95.1%)\n"
            "  Median time to transplant from listing: 3.1 years\n\n"
            "Thanks to the whole team. Full report from {name}, Transplant Quality.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New hospice volunteer orientation",
        "body": (
            "Orientation for new hospice volunteers runs {date} and {date2}, 9 am to 3 pm. "
            "Volunteer coordinator {name} and chaplain {name2} will cover what hospice is, "
            "what to expect in the last weeks of life, companionship visits, and grief and "
            "self-care. Lunch provided. TB screening and flu shot required before the first "
            "visit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field safety notice: CPAP humidifier chambers",
        "body": (
            "{company} is recalling humidifier water chambers that can crack at the seam. "
            "Affected: serial numbers 22A1004518 through 22A1009932, firmware {version} and "
            "earlier. Sleep lab manager {name} will inventory the loaner pool by {date}.\n\n"
            "Warranty registration reference for the lab's units: 5310 8842 6619 0273.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Abstract accepted!",
        "body": (
            "Great news: {name}, MD, and {name2}, RN, had their abstract accepted as a "
            'poster: "Outcomes of {proc9} in adults over 80: a five-year retrospective '
            'review of 214 patients." The meeting is in April; travel requests are due '
            "{date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel confirmation - rheumatology fellows",
        "body": (
            "Flights are booked for the annual rheumatology meeting:\n"
            "  {name}: {flight}, confirmation {ref}\n"
            "  {name2}: same flight, seat assigned at check-in\n"
            "Hotel: 3 nights at the conference hotel, confirmation {code}.\n"
            "Per diem {amount2}. Keep all receipts for your expense report.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ID consult pager schedule - December",
        "body": (
            "Dec 1-7     {name}\n"
            "Dec 8-14    {name2}\n"
            "Dec 15-21   {name3}\n"
            "Dec 22-31   {provider} (attending backup: Dr. {provider_last})\n\n"
            "OPAT questions go to the ID pharmacist, ext {ext}. Swaps must be approved by "
            "the program coordinator.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What's new in your patient portal",
        "body": (
            "Dear patient,\n\n"
            "Our patient portal has been updated (version {version}). You can now:\n"
            "  - request refills for your medicines with one tap\n"
            "  - see your test results as soon as they are released\n"
            "  - fill in your allergy and health history before a visit\n"
            "  - give a family member proxy access\n\n"
            "Questions? Call the portal help desk at {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

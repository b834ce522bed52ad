"""Held-out split "fresh16": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, bench/accuracy/vocab/ or README.md (the detector's code,
dictionaries and documentation), did not read the other blind splits fresh8.py ... fresh15.py
or fresh17.py, did not grep the repository, and did not run the detector, the benchmark or any
test. Only bench/accuracy/generate.py, bench/accuracy/fresh6.py and bench/accuracy/fresh7.py
were read, for the placeholder names and the data format, and so as not to repeat their
templates or vocabulary. It is meant to be run once, as an honest, untuned measurement: do not
tune the detector on these templates.

Angle: mail from the parts of healthcare outside doctors' offices and hospitals: health plans
(claims, EOB questions, appeals, utilization review, case management), specialty and retail
pharmacies (refills, prior authorization, copay cards, REMS), reference labs and imaging
centers, home health and hospice agencies, skilled nursing and long-term care, dental and
vision offices, DME suppliers, behavioural health and substance-use programs (42 CFR Part 2
style), school nurses and occupational health. Registers vary: terse staff shorthand, formal
letters, patient and family replies, forwarded threads with quoted ">" lines, signatures with
phone, fax and NPI. PHI sits in the Subject only, in the body only, deep in a quoted thread,
in a short table, as "Last, First" or as initials plus a date of birth ({first[0]} and
{last[0]} index the first letter of fill()'s names), or as a relative ("my husband", "Dad")
whose name is given elsewhere. The hard negatives are the same organisations' mail with no
patient: formulary and benefit notices, network and credentialing mail, staff schedules,
claims-system outages quoting claim, batch and control numbers, DME catalogs and invoices,
newsletters, training and compliance reminders, de-identified statistics, clearly marked test
and training patients, provider directories, and recalls by lot number.

The vocabulary below ({dx16} {term16} {bh16} {rx16} {proc16} {img16} {test16} {dental16}
{eye16} {sym16} {dme16} {denial16}, FRESH16_VOCAB) was written from general knowledge of how
payer, pharmacy, lab, post-acute, dental, vision, behavioural health, school and occupational
health staff write. Other placeholders come from generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check, and the
SSN-like numbers written literally in the negatives are invalid (000 area, 999-99-9999).
"""

from __future__ import annotations

FRESH16_VOCAB: dict[str, list[str]] = {
    "dx16": [
        "stage 3 sacral pressure injury",
        "diabetic foot ulcer, left heel",
        "venous stasis ulcer of the right ankle",
        "COPD on 2 L home oxygen",
        "spinal muscular atrophy",
        "cerebral palsy, spastic diplegia",
        "insulin-dependent diabetes with hypoglycemia unawareness",
        "relapsing-remitting MS",
        "chronic myeloid leukemia",
        "pulmonary arterial hypertension",
        "severe plaque psoriasis",
        "hepatitis C, genotype 1a",
        "ankylosing spondylitis",
        "severe atopic dermatitis",
        "myasthenia gravis",
        "CIDP",
        "morbid obesity, BMI 44",
        "central sleep apnea",
        "neurogenic bladder",
        "paraplegia after a T10 spinal cord injury",
        "lymphedema of both legs",
        "left below-knee amputation",
        "severe eosinophilic asthma",
        "juvenile idiopathic arthritis",
        "noise-induced hearing loss",
        "occupational asthma",
        "lateral epicondylitis",
        "chronic respiratory failure with hypoxia",
        "dysphagia after a stroke",
        "osteomyelitis of the right foot",
    ],
    "term16": [
        "glioblastoma",
        "end-stage liver disease",
        "advanced heart failure, NYHA class IV",
        "stage IV ovarian cancer",
        "metastatic prostate cancer to bone",
        "end-stage COPD on 4 L oxygen",
        "end-stage Alzheimer's dementia, FAST 7c",
        "Lewy body dementia",
        "motor neuron disease",
        "metastatic colorectal cancer",
        "relapsed acute myeloid leukemia",
        "adult failure to thrive",
        "end-stage renal disease, stopping dialysis",
        "stage IV pancreatic adenocarcinoma",
        "metastatic melanoma to the brain",
        "cholangiocarcinoma",
        "mesothelioma",
        "progressive supranuclear palsy",
        "late-stage Huntington's disease",
        "metastatic breast cancer to the liver",
        "hepatocellular carcinoma",
        "extensive-stage small cell lung cancer",
        "end-stage idiopathic pulmonary fibrosis",
        "esophageal cancer with obstruction",
        "cardiac amyloidosis",
        "stage IV gastric cancer",
    ],
    "bh16": [
        "stimulant use disorder",
        "fentanyl use disorder, severe",
        "benzodiazepine dependence",
        "alcohol use disorder in early remission",
        "cannabis use disorder",
        "schizoaffective disorder, bipolar type",
        "treatment-resistant depression",
        "bulimia nervosa",
        "ARFID",
        "gambling disorder",
        "PTSD with dissociative symptoms",
        "first-episode psychosis",
        "bipolar I disorder, current episode manic",
        "persistent depressive disorder",
        "adjustment disorder with anxiety",
        "OUD on buprenorphine maintenance",
        "methamphetamine-induced psychosis",
        "kratom dependence",
        "nicotine dependence (vaping)",
        "trichotillomania",
        "hoarding disorder",
        "intermittent explosive disorder",
        "autism with self-injurious behavior",
        "complex trauma",
        "suicidal ideation after an overdose",
    ],
    "rx16": [
        "Stelara 90 mg",
        "Skyrizi 150 mg",
        "Cosentyx 300 mg",
        "Tremfya 100 mg",
        "Epclusa",
        "Mavyret",
        "Sprycel 100 mg",
        "Imbruvica 420 mg",
        "Revlimid 10 mg",
        "Xywav oral solution",
        "Sublocade 300 mg",
        "Zubsolv 5.7/1.4 mg",
        "Lucemyra 0.18 mg",
        "Aimovig 70 mg",
        "Nurtec ODT",
        "Kesimpta pens",
        "Tecfidera 240 mg",
        "Xolair 300 mg",
        "Nucala 100 mg",
        "Opsumit 10 mg",
        "Creon 24,000 units",
        "Gvoke HypoPen",
        "Diastat AcuDial 10 mg",
        "Focalin XR 10 mg",
        "hydroxyurea 500 mg",
        "morphine oral solution 20 mg/mL",
        "lorazepam 0.5 mg SL",
        "haloperidol 0.5 mg",
        "latanoprost 0.005% eye drops",
        "Xiidra eye drops",
        "clindamycin 300 mg",
        "Santyl ointment",
        "Cimzia 200 mg",
        "Firdapse 10 mg",
    ],
    "proc16": [
        "home IVIG infusion",
        "negative pressure wound therapy",
        "home infusion of IV antibiotics",
        "outpatient cardiac rehab, 36 sessions",
        "pulmonary rehab",
        "inpatient rehab stay",
        "skilled nursing stay after a hip fracture",
        "speech therapy for swallowing",
        "applied behavior analysis, 20 hours a week",
        "sacral nerve stimulator implant",
        "spinal cord stimulator trial",
        "radiofrequency ablation of the lumbar medial branch nerves",
        "Botox injections for chronic migraine",
        "oral appliance for sleep apnea",
        "wound center debridement",
        "hyperbaric oxygen, 40 treatments",
        "home enteral nutrition",
        "home TPN",
        "partial hospitalization program",
        "intensive outpatient program",
        "medically supervised withdrawal",
        "28-day residential treatment",
        "G-tube replacement",
        "ultrasound-guided thyroid FNA",
        "lumbar laminectomy",
        "bariatric surgery consult and sleeve",
        "genetic counseling visit",
    ],
    "img16": [
        "MRI of the right knee without contrast",
        "MR arthrogram of the left shoulder",
        "CT colonography",
        "low-dose CT lung screening",
        "3D screening mammogram",
        "diagnostic mammogram with ultrasound",
        "breast MRI",
        "CT of the sinuses",
        "MRI of the cervical spine",
        "CT angiogram of the head and neck",
        "nuclear stress test",
        "cardiac MRI",
        "PET scan for staging",
        "HIDA scan",
        "thyroid uptake scan",
        "whole-body bone scan",
        "transvaginal pelvic ultrasound",
        "abdominal aortic ultrasound",
        "venous reflux study",
        "CT urogram",
        "prostate MRI",
        "MRCP",
        "modified barium swallow",
        "X-ray of the left hand, 3 views",
        "MRI brain, MS protocol",
    ],
    "test16": [
        "T-SPOT.TB",
        "10-panel urine drug screen",
        "EtG urine test",
        "breath alcohol test",
        "hair follicle drug test",
        "blood lead level",
        "hepatitis B surface antibody titer",
        "varicella IgG titer",
        "hereditary cancer panel",
        "clozapine ANC",
        "tacrolimus trough",
        "ammonia level",
        "overnight oximetry",
        "6-minute walk test",
        "audiogram",
        "spirometry",
        "fecal calprotectin",
        "celiac antibody panel",
        "sweat chloride test",
        "chromosome karyotype",
        "AM cortisol",
        "urine fentanyl screen",
        "home sleep apnea test",
        "hepatitis C viral load",
        "HIV-1 RNA quantitative",
        "procalcitonin",
        "allergy skin testing",
    ],
    "dental16": [
        "porcelain crown on tooth #3",
        "root canal retreatment on #8",
        "implant and bone graft at #9",
        "four-quadrant deep cleaning",
        "custom night guard",
        "surgical extraction of #17 and #32",
        "upper partial denture",
        "complete upper and lower dentures",
        "composite fillings on #12 and #13",
        "pulpotomy on tooth T",
        "sealants on the first molars",
        "stainless steel crown on tooth K",
        "lingual frenectomy",
        "Invisalign treatment",
        "phase 2 orthodontic braces",
        "periodontal maintenance every 3 months",
        "gum graft on the lower front teeth",
        "incision and drainage of an abscess on #31",
        "fluoride varnish",
        "occlusal adjustment",
        "onlay on #14",
        "three-unit bridge, #4 to #6",
        "sinus lift",
        "apicoectomy on #7",
        "space maintainer",
    ],
    "eye16": [
        "keratoconus",
        "diabetic macular edema",
        "primary open-angle glaucoma",
        "retinal detachment in the right eye",
        "wet AMD",
        "amblyopia of the left eye",
        "intermittent exotropia",
        "convergence insufficiency",
        "severe dry eye disease",
        "posterior vitreous detachment",
        "Fuchs' dystrophy",
        "ocular hypertension",
        "pterygium",
        "central serous retinopathy",
        "optic neuritis",
        "anterior uveitis",
        "chronic blepharitis",
        "high myopia with lattice degeneration",
        "retinitis pigmentosa",
        "branch retinal vein occlusion",
        "corneal abrasion",
        "herpes zoster ophthalmicus",
        "thyroid eye disease",
        "recurrent chalazion",
        "hypertensive retinopathy",
    ],
    "sym16": [
        "a new sore on the tailbone",
        "wandering at night",
        "refusing meals",
        "more confusion since Tuesday",
        "two falls this week",
        "trouble breathing when lying flat",
        "a tooth that aches with cold drinks",
        "flashes and floaters in the right eye",
        "blurry vision after reading",
        "headaches in class",
        "shakiness and pale skin at recess",
        "strong cravings",
        "sweats and goosebumps",
        "yellow drainage from the wound",
        "ringing ears after the shift",
        "cracked, itchy hands from the gloves",
        "back pain after lifting a resident",
        "gurgling breathing",
        "no urine since this morning",
        "pain not controlled overnight",
        "swelling around the implant",
        "a rash where the shot went in",
        "dizziness when standing up",
        "halos around lights",
        "wheezing during the fire drill",
        "injection site bruising",
    ],
    "dme16": [
        "semi-electric hospital bed",
        "bariatric rollator",
        "CPAP with heated humidifier",
        "BiPAP ST",
        "portable oxygen concentrator",
        "Dexcom G7 sensors",
        "Omnipod 5 pods",
        "knee scooter",
        "lumbar brace (L0650)",
        "diabetic shoes with custom inserts",
        "30-40 mmHg compression stockings",
        "TENS unit",
        "alternating pressure mattress",
        "Hoyer lift",
        "bedside commode",
        "enteral feeding pump",
        "wound vac",
        "Group 2 power wheelchair",
        "CPM machine",
        "bone growth stimulator",
        "18-inch manual wheelchair",
        "portable suction machine",
        "home ventilator",
        "pneumatic compression pump",
        "tub transfer bench",
    ],
    "denial16": [
        "CO-50 (not medically necessary)",
        "CO-197 (precertification absent)",
        "CO-16 (claim lacks information)",
        "CO-29 (timely filing limit expired)",
        "CO-4 (modifier missing)",
        "CO-96 (non-covered charge)",
        "CO-97 (bundled into another service)",
        "CO-22 (other coverage is primary)",
        "CO-18 (duplicate claim)",
        "CO-151 (frequency exceeded)",
        "CO-B7 (provider not certified for this service)",
        "PR-204 (not covered under the member's plan)",
        "CO-27 (coverage terminated before date of service)",
        "CO-31 (patient not identified as our insured)",
        "CO-109 (not covered by this payer)",
        "CO-119 (benefit maximum reached)",
        "CO-167 (diagnosis not covered)",
        "CO-236 (procedure combination not allowed)",
        "CO-252 (attachment required)",
        "CO-45 (charge exceeds fee schedule)",
        "N290 (rendering provider NPI missing)",
        "MA130 (incomplete claim)",
        "CO-185 (rendering provider not eligible)",
        "CO-170 (not paid for this provider type)",
        "CO-P2 (not a work-related injury)",
    ],
}


FRESH16_PHI: list[dict] = [
    {
        "subject": "Question about the EOB I got",
        "body": (
            "Hello,\n\n"
            "I received an Explanation of Benefits dated {date} for claim {claim}. It says the "
            "{proc16} my husband had was denied with reason {denial16}. His doctor's office "
            "told us it was approved ahead of time. His name is {name} and his member ID is "
            "{member} (I am the subscriber). Can someone tell us what to do next? We can't pay "
            "{amount} for this.\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Level 1 appeal - member ID {member}",
        "body": (
            "{company} Health Plan\n"
            "Attn: Appeals and Grievances\n"
            "PO Box 30412\n\n"
            "Re: Request for reconsideration\n"
            "Member: {name}\n"
            "Date of birth: {dob}\n"
            "Claim number: {claim}\n"
            "Denial reason: {denial16}\n\n"
            "To the appeals reviewer:\n\n"
            "I am writing on behalf of my patient, who has {dx16} (ICD-10-CM {icd}). The "
            "{proc16} was ordered only after six months of conservative treatment failed, as "
            "documented in the enclosed office notes from {date} and {date2}. I ask that the "
            "denial be overturned.\n\n"
            "Respectfully,\n"
            "{provider}, MD\n"
            "NPI {npi}\n"
            "Ph {phone}  Fax (555) 014-2290\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "UR: {last}, {first} - SNF day 14, continued stay",
        "body": (
            "Clinicals rec'd from the facility. Still max assist for transfers, PT/OT 5x/wk, "
            "gait 40 ft with walker, wound vac to sacrum. Meets criteria. Approving 7 more "
            "days, next review {date}. Auth {ref}.\n"
            "- {provider_first}, RN, Utilization Review\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: hospital discharge - needs outreach",
        "body": (
            "Can you take this one? I'm out Thursday and Friday.\n\n"
            "{provider_first}\n\n"
            "> From: Transitions of Care Queue\n"
            "> Sent: {date}\n"
            "> Subject: hospital discharge - needs outreach\n"
            ">\n"
            "> Member went home yesterday after a 6-day inpatient stay.\n"
            ">\n"
            "> Member: {intl_name}\n"
            "> DOB: {dob}\n"
            "> Member ID: {member}\n"
            "> Primary dx: {dx16}\n"
            "> New meds: {rx16}\n"
            "> Equipment ordered: {dme16}\n"
            "> Best contact: daughter, {phone}\n"
            ">\n"
            "> Please complete the 72-hour post-discharge call.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refill assessment completed",
        "body": (
            "REFILL ASSESSMENT - {company} Specialty Pharmacy\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Therapy: {rx16}\n"
            "Doses on hand: 1\n"
            "Missed doses since last fill: none reported\n"
            "Side effects: {sym16}; counseled, prescriber notified\n"
            "Ships {date} overnight, signature required, to {address}\n"
            "Next refill call: {date2}\n\n"
            "{provider}, PharmD\n"
            "Ph {phone} | Fax (555) 013-7781\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PA request - {rx16}",
        "body": (
            "FAX TO PRESCRIBER from {company} Pharmacy #{ext}\n\n"
            "The claim below rejected for prior authorization (NCPDP reject 75).\n\n"
            "Patient       {last}, {first}\n"
            "DOB           {dob}\n"
            "BIN / PCN     610014 / MEDDPRIME\n"
            "Member ID     {member}\n"
            "Drug          {rx16}\n"
            "Qty / days    30 / 30\n"
            "Rx #          {code}\n\n"
            "Please submit the PA electronically or call the plan. The patient knows about "
            "the delay.\n\n"
            "Pharmacist: {provider}, RPh\n"
            "NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: balance on my specialty prescription",
        "body": (
            "Hi,\n\n"
            "The copay card only covered part of it, so please put the remaining {amount2} on "
            "my card, {card}, exp 11/28. It's for my {rx16} and it has to arrive before my "
            "next dose on {date}.\n\n"
            "Thanks,\n{name}\n{phone}\n\n"
            "> On {date2}, {company} Specialty Pharmacy wrote:\n"
            "> Your manufacturer copay assistance paid {amount}. A balance remains on this\n"
            "> order. Reply with a payment method and we will ship.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Clozapine REMS - ANC overdue for {upper_name}",
        "body": (
            "We cannot dispense this week's clozapine: the last ANC on file is from {date}, "
            "more than 7 days ago. Patient DOB {dob}. Please draw an ANC today and enter it in "
            "the REMS portal, or call the pharmacy at {phone}.\n\n"
            "{company} Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "iPLEDGE - month 3 confirmation",
        "body": (
            "Pt {first[0]}.{last[0]}., DOB {dob}\n"
            "Urine pregnancy test {date}: negative\n"
            "Two forms of contraception confirmed, comprehension questions done\n"
            "Rx: isotretinoin 40 mg BID #60\n"
            "Fill window closes {date2}.\n\n"
            "Please confirm in the iPLEDGE portal before she picks up.\n"
            "{provider_first}, dermatology MA\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specimen rejection notice",
        "body": (
            "{company} Reference Laboratory\n"
            "Client account: {account}\n\n"
            "The specimen below could not be tested and must be recollected.\n\n"
            "Patient: {upper_name}\n"
            "DOB: {dob}\n"
            "Test ordered: {test16}\n"
            "Collected: {date}\n"
            "Reason: received at room temperature; a frozen specimen is required\n\n"
            "A new requisition is attached. Client Services: {phone}, option 2.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical values called - night shift {date}",
        "body": (
            "Time      MRN        Patient              Result                  Called to\n"
            "{time}   {mrn}   {last}, {first}   potassium 6.4 mmol/L    Dr. {provider_last}\n"
            "{time}   {mrn2}   {intl_name}   glucose 38 mg/dL        answering service\n\n"
            "Both read back and documented in the LIS. Core lab, {company} Labs\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Auth needed before {img16} - {name}",
        "body": (
            "On the schedule for {date} at {time}. The ordering office says they submitted "
            "the auth, but the payer portal shows nothing under member ID {member}. Can you "
            "chase it today? If not we have to reschedule or get the self-pay waiver signed.\n\n"
            "Scheduling, {company} Imaging\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Final report: {upper_name} DOB {dob}",
        "body": (
            "Attached is the final report for the {img16}, read by Dr. {provider}. A "
            "significant finding was called to the ordering office at {time}. Fax "
            "confirmation to follow.\n\n"
            "Reading room, {company} Imaging Center\n"
            "Ph {phone}  Fax (555) 016-3302\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SN visit {date}",
        "body": (
            "Pt: {name}\n"
            "Addr: {address}\n"
            "VS: T 98.9, HR 88, BP 142/80, SpO2 93% RA\n"
            "Wound: sacrum 3.2 x 2.1 x 0.4 cm, mod serous drainage, no odor, edges pink\n"
            "Pt reports {sym16}. Son present; taught dressing change, good return demo. "
            "Meds reconciled incl. {rx16}. Next SN visit Thu.\n"
            "{provider_first}, RN - {company} Home Health\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incident: fall at home, no injury",
        "body": (
            "Client: {last}, {first} (start of care {date2})\n"
            "Aide found her on the bathroom floor at {time} on {date}; she says she slid off "
            "the shower chair. No head strike, moving all extremities, denies pain. Dr. "
            "{provider_last}'s office notified and PT will add a home safety eval. Fall risk "
            "care plan updated.\n\n"
            "Clinical manager, {company} Home Care\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice election - {name}",
        "body": (
            "Election statement signed {date} by the patient's health care agent.\n"
            "Medicare number: {mbi}\n"
            "Terminal diagnosis: {term16}\n"
            "Attending: Dr. {provider}, NPI {npi}\n"
            "Benefit period 1 begins {date}.\n"
            "Please file the NOE within 5 calendar days.\n\n"
            "Intake, {company} Hospice\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Dad's comfort kit",
        "body": (
            "Hi,\n\n"
            "Dad has been with your hospice since {date}. Last night he had {sym16} and we "
            "didn't know if we were allowed to open the comfort kit. The on-call nurse said to "
            "give the {rx16}, which helped, but the bottle is almost empty. Can someone deliver "
            "more before the weekend? His doctor said with the {term16} things could change "
            "fast.\n\n"
            "Thank you,\n"
            "{name2} (daughter of {name})\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Readmission risk - rm 214B",
        "body": (
            "Resident {name} is back from the hospital, readmitted {date} with {dx16}. "
            "Weight up 4 lb since Monday and {sym16}. Started {rx16}. Please tell the NP on "
            "rounds, daughter wants a care conference this week.\n"
            "{provider_first}, RN, unit manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MDS due this week",
        "body": (
            "Resident              DOB          ARD       Type\n"
            "{last}, {first}   {dob}   {date}   5-day (Medicare A)\n"
            "{intl_name}         03/14/1938   {date}   quarterly\n\n"
            "Therapy minutes need to be in by Wednesday noon. Thanks, MDS office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: your predetermination",
        "body": (
            "Thanks for letting me know. Can we wait until after the 1st, when my deductible "
            "resets? Any morning that week works.\n\n"
            "{name}\n\n"
            "> On {date}, {provider_last} Dental Care wrote:\n"
            "> Hi {first},\n"
            "> {company} Dental has approved the {dental16} at 50% after your deductible.\n"
            "> Your estimated portion is {amount2}. The X-rays also showed early decay on\n"
            "> the tooth next to it, which we would like to watch.\n"
            "> Call us at {phone} to schedule.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} - antibiotic premed before cleaning?",
        "body": (
            "She told the hygienist she had a knee replacement in {year2} and her surgeon "
            "wants her premedicated for dental work. Nothing in her chart. Can Dr. "
            "{provider_last} call in amoxicillin 2 g before Thursday's visit?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Contact lens prescription release",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Exam date: {date}\n"
            "Dx: {eye16}\n"
            "OD: scleral 16.0 mm, BC 7.8, power -4.25\n"
            "OS: scleral 16.0 mm, BC 7.7, power -5.50\n"
            "Expires: one year from exam date\n\n"
            "{provider}, OD\n"
            "{company} Eye Associates | Ph {phone} | Fax (555) 012-8840 | NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral: {intl_name}, {age}, {eye16}",
        "body": (
            "Dr. {provider_last},\n\n"
            "Sending this patient for a retina evaluation. Reports {sym16} for 3 days. Dilated "
            "exam and OCT attached. I told the patient to go to the ED if vision gets worse "
            "before your office calls.\n\n"
            "{name2}, OD\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CMN needed: {name} - {dme16}",
        "body": (
            "Hi Dr. {provider_last}'s office,\n\n"
            "We can't bill Medicare for this order without a signed CMN and a face-to-face "
            "note from the last 6 months.\n\n"
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Dx: {dx16} ({icd})\n"
            "Item: {dme16}\n"
            "Order date: {date}\n\n"
            "Please fax both to (555) 011-6203.\n"
            "Intake, {company} Medical Supply\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Call log",
        "body": (
            "{time} - {name2} called (daughter). Her mother's concentrator is alarming and "
            "showing 'low O2'. Walked her through the filter; still alarming. Mom is on 3 L "
            "continuous with {dx16}, using the backup tank now. Tech dispatched to {address}, "
            "ETA 2 hrs. Pt name on the account: {name}. Callback {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Disclosure of substance use disorder records",
        "body": (
            "To: {clinic}\n\n"
            "Pursuant to the written consent signed by {name} on {date}, enclosed are "
            "treatment records from our program, including admission date, diagnosis ({bh16}), "
            "medication dose history and urine toxicology results.\n\n"
            "This information has been disclosed to you from records protected by federal "
            "confidentiality rules (42 CFR part 2). The federal rules prohibit you from making "
            "any further disclosure of this information unless expressly permitted by the "
            "written consent of the person to whom it pertains or as otherwise permitted by "
            "42 CFR part 2.\n\n"
            "{provider}, Medical Records\n{company} Recovery Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - missed dose, take-homes on hold",
        "body": (
            "Didn't come to the window Sat or Sun. Came in today, UDS positive for fentanyl. "
            "Per Dr. {provider_last}, take-homes suspended and back to daily observed dosing "
            "until two clean screens. Counselor {name2} to see him today.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "IOP attendance, week of {date}",
        "body": (
            "Client    DOB          Mon  Wed  Thu   Note\n"
            "{first[0]}.{last[0]}.      {dob}   P    P    A     {bh16}; called, no answer\n"
            "{name2}   07/22/1991   P    P    P     step-down to OP next week\n\n"
            "Group facilitator: {provider}, LADC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Seizure action plan - {name}",
        "body": (
            "Attached is the updated plan signed by the neurologist. Seizures lasting more "
            "than 5 minutes: give Diastat 10 mg rectally and call 911. The Diastat is in the "
            "health office, top drawer of the locked cabinet. Please share with PE and the bus "
            "driver.\n\n"
            "{provider_first}, RN, school nurse\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Visit to the health office today",
        "body": (
            "Dear {name2},\n\n"
            "{first} came to the health office at {time} with {sym16}. A fingerstick blood "
            "sugar was 54, so I gave 15 g of juice per the diabetes care plan; the recheck was "
            "112 and {first} went back to class after a snack. Please send more glucose tabs, "
            "the box here is nearly empty.\n\n"
            "Student: {name}, grade 3\n"
            "{provider}, RN\n"
            "Health office {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-exposure follow-up",
        "body": (
            "Employee: {name}\n"
            "DOB: {dob}\n"
            "Dept: 6 East, RN\n"
            "Exposure: needlestick, hollow-bore, {date} at {time}\n"
            "Source patient testing: HIV and HCV negative, HBsAg pending\n"
            "Employee baseline labs drawn; hep B immune.\n"
            "Declined PEP after counseling. Repeat HCV RNA at 3 weeks.\n\n"
            "Employee Health, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RTW note - {name} - light duty after back injury",
        "body": (
            "May return {date} with restrictions: no lifting over 15 lb, no patient "
            "transfers, 8-hour shifts only, for 2 weeks. Recheck in occupational health on "
            "{date2}. Workers' comp claim {claim}.\n"
            "{provider}, PA-C, Occupational Health\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "DOT exam results",
        "body": (
            "To: Safety Manager, {company} Freight\n\n"
            "Driver: {name}\n"
            "SSN: {ssn}\n"
            "Exam date: {date}\n"
            "Result: certified for 1 year only, due to blood pressure 152/96 on treatment. "
            "Must bring a log of home readings to the next exam.\n\n"
            "{provider}, DO, certified medical examiner\n"
            "{clinic} Occupational Medicine | Ph {phone} | Fax (555) 019-4450\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Pended claims - action needed",
        "body": (
            "The claims below are pended for medical records. Upload within 14 days or they "
            "will deny.\n\n"
            "Claim     Member ID      Patient              DOS          Dx\n"
            "{claim}     {member}   {last}, {first}   {date}   {icd}\n"
            "{code}    {account}     {intl_name}   {date2}   {icd}\n\n"
            "Provider Relations, {company} Health Plan\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Call note - grievance",
        "body": (
            "Member {name} called, upset that the {dme16} was denied again. Says her doctor "
            "sent everything twice and she has had {sym16} since the old one broke. Filed "
            "expedited grievance {ref}. Member prefers calls at {phone} after 3 pm.\n"
            "- {provider_first}, Member Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice of denial of medical coverage",
        "body": (
            "{date}\n\n"
            "{name}\n"
            "{address}\n\n"
            "Member ID: {member}\n\n"
            "Dear {name}:\n\n"
            "We have denied your request for {proc16}. Our medical reviewer, Dr. {provider}, "
            "found that the records do not show the criteria in our policy for {dx16} were "
            "met. You have the right to appeal within 60 days. If your health could be "
            "seriously harmed by waiting, you can ask for a fast appeal by calling {phone}.\n\n"
            "Sincerely,\nUtilization Management\n{company} Health Plan\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} - eligibility termed",
        "body": (
            "Eligibility check this morning shows Part B termed end of last month, so the "
            "{proc16} scheduled {date} is not covered as it stands. Please call the patient "
            "before we send anything.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Your bill from {company} Laboratories",
        "body": (
            "Patient: {name}\n"
            "Account: {account}\n"
            "Date of service: {date}\n"
            "Test: {test16}\n"
            "Diagnosis code submitted: {icd}\n"
            "Billed to insurance: {amount}\n"
            "Your responsibility: {amount2}\n\n"
            "Pay online or call {phone}. Ask about our financial assistance program.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{last}, {first} {dob} - transfer in",
        "body": (
            "Pt says all her meds were at the other store. Got the {rx16} transferred, still "
            "waiting on two more. Insurance rejected refill-too-soon, override requested. "
            "Will call her at {phone} when ready.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
]


FRESH16_NEG: list[dict] = [
    {
        "subject": "Formulary changes effective {date}",
        "body": (
            "The {company} Pharmacy and Therapeutics Committee approved the following "
            "changes:\n\n"
            "- {rx16}: moves from tier 4 to tier 5 (specialty); prior authorization continues\n"
            "- Step therapy added for biologics used in {dx16}\n"
            "- Two generic inhalers added at tier 1\n\n"
            "Members currently on an affected drug will get a transition fill and a letter. "
            "The full formulary is posted on the provider portal.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recredentialing due: {provider}",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "Your recredentialing with {company} Health Plan is due by {date}. Please attest "
            "your CAQH profile and upload a current DEA certificate and malpractice face "
            "sheet.\n\n"
            "Practitioner: {provider}\nNPI: {npi}\nSpecialty: {specialty}\n\n"
            "Network Management | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field schedule, week of {date}",
        "body": (
            "North territory: {name} (RN), {name2} (LPN)\n"
            "South territory: {name3} (RN), {provider} (PT)\n"
            "On call nights: {provider_first}\n\n"
            "Mileage logs are due Friday. Call the office at {phone} if you need a swap.\n"
            "{company} Home Health scheduling\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claims adjudication delay - batch {code}",
        "body": (
            "Incident {ticket}: the nightly adjudication job failed at {time}. Batch {code} "
            "({count} claims, control numbers {ref} through {build}) did not finalize. Claims "
            "such as {claim} show 'pended - system' in the portal and some were auto-denied "
            "with {denial16} in error; those will be reprocessed. No action is needed from "
            "providers.\n\n"
            "Claims Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: 835s not posting",
        "body": (
            "Fixed. The payer changed the TRN reference format, our parser choked on it. "
            "Reposted both files.\n\n"
            "{name}\n\n"
            "> From: {name2}\n"
            "> Sent: {date}\n"
            ">\n"
            "> Two ERA files from {company} have been sitting in the error queue since\n"
            "> Monday: EFT trace {order} and {account}, total {amount}. Interchange control\n"
            "> number {code}. Can someone look before month-end close?\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New catalog: home medical equipment",
        "body": (
            "Our spring catalog is here. Highlights:\n\n"
            "{sku}   {dme16}            rental {amount2}/mo\n"
            "SKU-220418   Bariatric bedside commode    {amount}\n"
            "SKU-310072   Reacher, 32 inch             $14.99\n\n"
            "Free delivery in the metro area. Orders: {phone} or {email}.\n"
            "{company} Medical Supply\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - facility rentals",
        "body": (
            "Bill to: {clinic}\n"
            "PO: {order}\n\n"
            "Line  Item                               SKU           Qty   Amount\n"
            "1     {dme16}   {sku}    4     {amount}\n"
            "2     Delivery and setup                 SVC-001       1     $85.00\n\n"
            "Net 30. Corporate card 5105 1051 0510 5101 was declined; please remit by ACH.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your Summary of Benefits for next year",
        "body": (
            "Gold PPO 1500 - Summary of Benefits\n\n"
            "Primary care visit: $25 copay\n"
            "Specialist visit: $50 copay\n"
            "Advanced imaging ({img16}): 20% after deductible, prior authorization required\n"
            "{proc16}: covered when medically necessary, prior authorization required\n"
            "Specialty drugs such as {rx16}: 25% up to $250 per fill\n"
            "Disease management programs for {dx16} at no cost\n\n"
            "This summary is not a contract. See your Evidence of Coverage.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy Pulse - November",
        "body": (
            "In this issue:\n"
            "* Specialty corner: what's new for people living with {dx16}\n"
            "* Biosimilars are coming for {rx16} - what it means for your copay\n"
            "* Storing injectable medicine while travelling\n"
            "* Meet our pharmacist of the month, {name}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: Part 2 confidentiality training",
        "body": (
            "{name}, your annual 42 CFR Part 2 confidentiality training is due by {date}. It "
            "covers consent requirements, the redisclosure notice and what to do when a "
            "court order or subpoena arrives. About 40 minutes in the learning portal.\n\n"
            "Compliance Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 quality dashboard",
        "body": (
            "Population: {count} attributed members (de-identified, aggregate only)\n\n"
            "30-day readmissions: 14.2% (goal 13%)\n"
            "Members with {dx16} in care management: 37\n"
            "Follow-up within 7 days after a behavioral health stay: 61%\n"
            "Statin adherence: 82%\n\n"
            "Cells under 11 are suppressed. Questions to {name}, analytics.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interface validation - TEST PATIENT only",
        "body": (
            "Please use only the test record below in the UAT environment:\n\n"
            "Patient: ZZTEST, MEMBER\n"
            "DOB: 01/01/1900\n"
            "Member ID: TEST0000001\n"
            "SSN: 000-00-0000 (alt: 999-99-9999)\n"
            "\n"
            "Do not enter real members in UAT. Ticket {ticket}, build {build}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In-network {specialty} directory update",
        "body": (
            "Provider              NPI          Fax\n"
            "{provider}        {npi}   (555) 010-7724\n"
            "{name}          1274398613   (555) 010-9182\n"
            "{name2}          1648205734   (555) 010-3360\n\n"
            "All three are accepting new patients as of {date}. Updated directories post "
            "monthly.\nProvider Data Management\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: {rx16}, lot {lot}",
        "body": (
            "Class II recall, pharmacy level. NDC {ndc}, lot {lot}, exp 06/2027: particulate "
            "matter found in some units. Pull remaining stock, quarantine it in the return "
            "bin and log the count. Do not contact patients unless the manufacturer asks; "
            "this recall is not at the patient level.\n\n"
            "District pharmacy supervisor, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "REMS program changes",
        "body": (
            "FDA has approved changes to the clozapine REMS. Pharmacies no longer need to "
            "verify ANC results through the REMS before dispensing, though prescribers should "
            "still monitor ANC per the label. Staff training slides are on the intranet. "
            "Contact {name}, PharmD, with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specimen requirement change: {test16}",
        "body": (
            "Effective {date}, the {test16} requires a lavender-top tube, 3 mL minimum, "
            "refrigerated. Specimens on the old tube type will be rejected after a 30-day "
            "grace period. Updated test directory entry: test code {code}.\n\n"
            "{company} Reference Laboratory, Client Services {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MRI 2 down {date}",
        "body": (
            "MRI 2 is down for a coil replacement all day on {date}. Affected {img16} "
            "appointments will move to MRI 1 or to Saturday; {name} at the front desk is "
            "calling everyone this afternoon. Service ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New volunteer training",
        "body": (
            "Our next hospice volunteer training starts {date}: four Saturday sessions on "
            "companionship, caring for people with advanced dementia, grief and boundaries, "
            "and vigil sitting. Led by volunteer coordinator {name}. Background check and TB "
            "test required.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice CAHPS results",
        "body": (
            "Caregiver survey results for the last four quarters (n={count}):\n"
            "Rating of this hospice 9-10: 84%\n"
            "Getting timely help: 76%\n"
            "Treating the family member with respect: 93%\n"
            "Help for pain and symptoms: 78%\n\n"
            "Thanks to {name} and the whole IDG team.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Survey results - plan of correction due",
        "body": (
            "The state survey team exited on {date}. Tags cited:\n"
            "F686 - pressure ulcer prevention, 1 of 3 residents sampled (Resident #4)\n"
            "F812 - food storage, dietary\n\n"
            "Plan of correction due in 10 days. Administrator {name} and DON {name2} will "
            "hold a QAPI meeting Tuesday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Agency invoice {invoice}",
        "body": (
            "CNA agency hours, pay period ending {date}:\n"
            "{name}       36.0 hrs   nights\n"
            "{name2}      24.0 hrs   evenings\n"
            "{name3}      12.0 hrs   days\n"
            "Total due: {amount}. Remit to {company} Staffing, {address}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fee schedule update from {company} Dental",
        "body": (
            "New allowed amounts effective {date}:\n"
            "D0120 periodic oral evaluation   $38\n"
            "D1110 adult prophylaxis          $72\n"
            "D2740 porcelain crown            $812\n"
            "D4341 perio scaling, 4+ teeth    $168\n\n"
            "Providers can download the full schedule from the dental portal.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spore test passed",
        "body": (
            "Weekly biological indicator for autoclave #2 passed. Test strip lot {lot}, "
            "control incubated and positive as expected. Logged by {name}. Next test due "
            "{date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contact lens solution recall",
        "body": (
            "The manufacturer has recalled multipurpose solution lot {lot} for possible "
            "contamination. Please pull the bottles from the dispensary shelf and post the "
            "notice at the front desk. Customers can return them for a refund. Optical "
            "manager: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accreditation survey scheduled",
        "body": (
            "Our DMEPOS reaccreditation survey is on {date}. The surveyor will check delivery "
            "tickets, the complaint log, equipment cleaning records for {dme16} and staff "
            "competencies. Supplier NPI {npi}, PTAN {code}. Contact {name}, compliance lead, "
            "ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free naloxone training",
        "body": (
            "Learn to recognize an opioid overdose and give naloxone nasal spray. Free kits "
            "for everyone who attends. {date}, 6 pm, at the public library, {address}. Led by "
            "peer recovery specialist {name}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Peer recovery specialist certification cohort",
        "body": (
            "Congratulations to {name}, {name2} and {name3}, who start the state peer recovery "
            "specialist certification on {date}. Please cover their group shifts on Mondays. "
            "Supervision with {provider}, LADC.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Immunization compliance by school",
        "body": (
            "District kindergarten compliance (aggregate, no student names):\n"
            "Lincoln Elementary   96.1%\n"
            "Roosevelt Elementary 91.4%\n"
            "Central Elementary   88.7%\n"
            "Students out of compliance must be excluded after {date} per state law. "
            "District nurse coordinator: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stock epinephrine and naloxone in schools",
        "body": (
            "Every building now has two stock epinephrine auto-injectors and a naloxone kit "
            "in the health office. Nurses: check expiration dates monthly and log them. New "
            "staff can take the 30-minute training with {name} on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fit testing schedule",
        "body": (
            "Annual N95 fit testing, Employee Health conference room:\n"
            "Mon {date}: ED and ICU\n"
            "Tue: 4 and 5 West, respiratory therapy\n"
            "Wed: environmental services, lab\n"
            "Bring your badge. Coordinator: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OSHA 300A summary posted",
        "body": (
            "The OSHA 300A summary for last year is posted next to the time clocks until "
            "April 30. Totals: {count} hours worked, 14 recordable cases, 5 with days away "
            "from work, 0 fatalities. Questions to {name}, safety officer.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EFT/ERA enrollment confirmed",
        "body": (
            "Your electronic funds transfer and 835 enrollment with {company} is active as of "
            "{date}. Payee TIN 12-3456789, billing NPI {npi}, trading partner ID {code}. "
            "Paper checks stop after the next cycle.\n\nProvider Enrollment\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prior authorization list changes",
        "body": (
            "Starting {date}, prior authorization will be required for {proc16} and for "
            "{img16} in outpatient settings (CPT codes listed in the attachment). It will no "
            "longer be required for physical therapy visits 1-12. Submit requests through "
            "the provider portal or fax (555) 018-0044.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Copay savings program - how to process",
        "body": (
            "For commercially insured patients on {rx16}, bill the copay card as secondary:\n"
            "BIN 610020 | PCN PDMI | Group 99992109\n"
            "Example card (training only): 4800 1234 5678 9010\n"
            "Maximum benefit $15,000 a year. Not valid for Medicare or Medicaid.\n"
            "Pharmacist help desk: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phishing simulation results",
        "body": (
            "Last week's simulated phishing email ('Your EOB is ready - click to view') was "
            "opened by 31% of staff and 9% entered credentials. Everyone who clicked is "
            "enrolled in a 10-minute refresher. Report suspicious mail with the button in "
            "Outlook. - {name}, Information Security\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAP proficiency testing results",
        "body": (
            "Chemistry survey C-B results are back: 100% acceptable on all analytes except "
            "one magnesium challenge (CHM-04), which was 2.1 SDI high. {name} is leading the "
            "investigation; corrective action is due {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mileage reimbursement rate",
        "body": (
            "The mileage reimbursement rate for field clinicians goes up on {date}. Submit "
            "logs in the expense system by the 5th; {name} in payroll will approve. Expense "
            "reports reference: {invoice}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome to the {company} network",
        "body": (
            "Dear {clinic},\n\n"
            "Your participation agreement is effective {date}. Your provider relations "
            "representative is {name}, {phone}. Group NPI {npi}; contract number {ref}. Please "
            "verify your directory listing within 30 days.\n\nNetwork Development\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "e-Rx training environment",
        "body": (
            "New pharmacy techs: practise in the training environment only. Use the built-in "
            "demo record 'TRAINING, PATIENT ONE', DOB 01/01/1901 (not a real person), and the "
            "demo prescriber Dr. Test Prescriber. Login: your badge number. Trainer: {name}, "
            "CPhT.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

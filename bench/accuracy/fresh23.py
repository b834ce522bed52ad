"""Held-out split "fresh23": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author read only generate.py,
fresh6.py and fresh7.py (bench/accuracy/), for the placeholder names and the data format, and
so as not to repeat their templates or vocabulary. The author did not read gateway/,
policies/, docs/, tests/, bench/accuracy/vocab/, README.md or any other fresh*.py split, did
not grep the repository, and did not run the detector, the benchmark or any test. It is meant
to be run once, as an honest, untuned measurement: do not tune the detector on these
templates.

Angle: allied, ancillary and out-of-hospital care. Dentistry and orthodontics, optometry and
ophthalmology, audiology, physical/occupational/speech therapy, chiropractic and podiatry,
imaging centres, sleep labs and CPAP compliance, durable medical equipment suppliers,
dialysis units, ambulance/EMS, telehealth platforms, clinical-research coordinators,
reference labs and critical-value callbacks, immunisation registries and public-health case
reports. Patients are named in many ways: full name, "Mr./Mrs. <surname>" with a phone or
address or alone, first name plus a named parent, initials plus date of birth, study subject
number plus initials, MRN, member ID, SSN or MBI. The hard negatives come from the same world:
recalls and service notices with serial and lot numbers, CPT/HCPCS fee schedules, payer
bulletins, continuing education, aggregate and de-identified research reports, protocol
amendments, job postings, vendor invoices, reminder-template previews with merge fields,
supply orders, fleet maintenance, health fairs, credentialing, and signature blocks.

Vocabulary (FRESH23_VOCAB, written from general clinical knowledge): {dental23}
{dentproc23} {eye23} {eyemeas23} {drop23} {hear23} {device23} {rehab23} {rehabmeas23}
{sleep23} {cpap23} {img23} {imgfind23} {crit23} {report23} {vax23} {ems23} {ae23} {study23}
{subj23} {initials23} {rxa23} {dial23} {foot23}. Other placeholders come from
generate.fill() and generate.fresh_fill().

Labelling rules. PHI (phi=True) when an identifiable individual (full name; title plus
surname; first name together with a named parent or a date of birth; initials plus date of
birth; study subject number plus initials; MRN, member ID, SSN, MBI; the patient's phone,
email or address) is linked to health information (condition, finding, measurement, test
result, medication, device, procedure, appointment or visit for care, payment for care,
vaccination, study participation). subject_phi=True when the Subject alone identifies a
patient together with health information, or holds a patient identifier (MRN, member ID,
SSN, MBI, study subject number with initials) in a care context; Subjects of the other PHI
templates carry no identifier at all (claim, order and incident numbers were kept out of
them, as ambiguous). Negatives (phi=False) name only staff, vendors, speakers or nobody, or
give aggregate or de-identified figures; they carry no {mrn}, {member}, {dob}, {ssn},
{card}, {icd} or {mbi}. validated=True exactly when {card}, {icd}, {mbi} or {ssn} is present.
Card-like numbers written literally in the negatives fail the Luhn check, and SSN-like
literals use never-issued areas (000, 9xx). Templates that seemed genuinely ambiguous (staff
health, bare claim numbers in a Subject, synthetic test patients with a diagnosis) were left
out.
"""

from __future__ import annotations

FRESH23_VOCAB: dict[str, list[str]] = {
    "dental23": [
        "generalized stage III grade B periodontitis",
        "a fractured mesial cusp on #3",
        "recurrent decay under the crown on #14",
        "a periapical abscess on #30",
        "bruxism with heavy wear on the lower incisors",
        "peri-implantitis around the #19 implant",
        "a Class II malocclusion with a 7 mm overjet",
        "a dry socket after the #17 extraction",
        "irreversible pulpitis on #12",
        "gingival recession on #24 and #25",
        "a failing bridge from #5 to #7",
        "4-6 mm pockets in all four quadrants",
        "medication-related osteonecrosis of the jaw",
        "a vertical root fracture on #29",
    ],
    "dentproc23": [
        "an implant at #19 with a bone graft",
        "a root canal and crown on #30",
        "four-quadrant scaling and root planing",
        "extraction of all four wisdom teeth under IV sedation",
        "a connective tissue graft on #24-#25",
        "a three-unit bridge from #3 to #5",
        "an upper complete denture",
        "a night guard",
        "a sinus lift before the #3 implant",
        "a porcelain crown on #8",
        "an MO composite filling on #20",
        "a frenectomy",
        "an apicoectomy on #9",
    ],
    "eye23": [
        "primary open-angle glaucoma in both eyes",
        "ocular hypertension",
        "moderate non-proliferative diabetic retinopathy with macular edema",
        "wet macular degeneration in the left eye",
        "a visually significant cataract in the right eye",
        "keratoconus",
        "a retinal tear in the right eye",
        "severe dry eye",
        "a central retinal vein occlusion",
        "amblyopia of the left eye",
        "narrow angles",
        "Fuchs' dystrophy",
        "anterior uveitis",
        "pigment dispersion syndrome",
    ],
    "eyemeas23": [
        "IOP 24 mmHg OD, 22 mmHg OS",
        "IOP 31 mmHg OS by Goldmann",
        "cup-to-disc ratio 0.8 OD and 0.6 OS",
        "best corrected acuity 20/80 OD",
        "central subfield thickness 412 microns on OCT",
        "refraction -6.25 -1.50 x 175 OD",
        "visual field mean deviation -9.4 dB OS",
        "inferior RNFL thinning on OCT, right eye",
        "pinhole acuity 20/40 OU",
        "IOP 19 mmHg OU on drops",
        "a new superior arcuate defect on the 24-2 field",
        "axial length 26.8 mm OD",
        "central corneal thickness 498 microns",
    ],
    "drop23": [
        "latanoprost 0.005% at bedtime",
        "timolol 0.5% twice a day",
        "brimonidine 0.2% three times a day",
        "dorzolamide-timolol",
        "Rhopressa",
        "Vyzulta",
        "prednisolone acetate 1% four times a day",
        "Eylea injections every 8 weeks",
        "Lucentis injections",
        "low-dose atropine 0.01%",
        "Restasis",
        "Xiidra",
        "Combigan",
    ],
    "hear23": [
        "a moderate-to-severe sensorineural loss in both ears",
        "a 40 dB conductive loss in the left ear",
        "sudden hearing loss in the right ear",
        "constant ringing in both ears",
        "a pure-tone average of 55 dB HL right and 60 dB HL left",
        "word recognition of 64% in the right ear",
        "a flat type B tympanogram on the left",
        "a noise notch at 4 kHz in both ears",
        "Meniere's disease",
        "otosclerosis",
        "a sloping high-frequency loss",
        "auditory processing disorder",
        "poor speech understanding in noise",
    ],
    "device23": [
        "a ResMed AirSense 11 CPAP at 10 cm H2O",
        "an auto-PAP (5-15 cm H2O) with a full-face mask",
        "a home oxygen concentrator at 2 L/min",
        "portable oxygen cylinders for exertion",
        "a group 2 power wheelchair",
        "a semi-electric hospital bed",
        "bilateral receiver-in-canal hearing aids",
        "a knee walker",
        "a lumbar-sacral orthosis",
        "a TENS unit",
        "a BiPAP ST at 16/8",
        "a Trilogy home ventilator",
        "a four-wheeled walker with a seat",
        "a bone-anchored hearing device",
    ],
    "rehab23": [
        "right total knee replacement",
        "left rotator cuff repair",
        "right hemiparesis after a stroke",
        "expressive aphasia after a left MCA stroke",
        "oropharyngeal dysphagia",
        "chronic low back pain with sciatica",
        "Parkinson's disease with freezing of gait",
        "a distal radius fracture",
        "ACL reconstruction",
        "concussion with dizziness",
        "cervical myelopathy",
        "lymphedema of the right arm after mastectomy",
        "a stuttering disorder",
        "a total hip replacement",
    ],
    "rehabmeas23": [
        "knee flexion 92 degrees, lacking 6 degrees of extension",
        "shoulder flexion 110 degrees active",
        "6-minute walk 214 m",
        "Timed Up and Go 19 seconds",
        "Berg Balance 38/56",
        "grip strength 12 kg on the right",
        "Oswestry 46%",
        "10-meter walk speed 0.6 m/s",
        "LEFS 31/80",
        "QuickDASH 52",
        "aphasia quotient 58",
        "30-second sit-to-stand 6 reps",
        "Dynamic Gait Index 14/24",
    ],
    "sleep23": [
        "AHI 31 on the home sleep test",
        "severe sleep apnea, AHI 58, nadir SpO2 74%",
        "moderate sleep apnea, AHI 22",
        "central sleep apnea",
        "narcolepsy type 1 on the MSLT",
        "periodic limb movements, PLMI 42",
        "REM sleep behavior disorder",
        "chronic insomnia",
        "obesity hypoventilation",
        "positional sleep apnea, AHI 17 supine",
        "Cheyne-Stokes breathing",
        "upper airway resistance syndrome",
    ],
    "cpap23": [
        "average use 3.1 h/night, 41% of nights over 4 h",
        "used 26 of 30 nights, average 6.4 h",
        "residual AHI 11.2 with large leak 28% of the time",
        "90th percentile pressure 12.8 cm H2O",
        "median leak 46 L/min",
        "no usage since the 12th",
        "68% of nights over 4 h",
        "residual AHI 1.9, median leak 8 L/min",
        "average use 2 h 47 min",
        "94% of nights over 4 h",
        "central apnea index 14 on therapy",
        "mouth leak with the humidifier off",
    ],
    "img23": [
        "CT abdomen and pelvis with IV and oral contrast",
        "MRI lumbar spine without contrast",
        "MRI brain with and without gadolinium",
        "screening mammogram with tomosynthesis",
        "diagnostic mammogram and left breast ultrasound",
        "DEXA scan",
        "PET/CT skull base to mid-thigh",
        "HIDA scan with CCK",
        "low-dose lung cancer screening CT",
        "coronary calcium score CT",
        "renal ultrasound",
        "MR arthrogram of the right shoulder",
        "thyroid ultrasound",
    ],
    "imgfind23": [
        "a 2.1 cm spiculated nodule in the right upper lobe",
        "an L4-L5 disc extrusion compressing the left L5 root",
        "a 9 mm obstructing left ureteral stone",
        "suspicious calcifications in the left breast, BI-RADS 4",
        "T-score -2.9 at the femoral neck",
        "a new enhancing lesion in the right frontal lobe",
        "FDG-avid mediastinal lymph nodes",
        "gallbladder ejection fraction of 12%",
        "Lung-RADS 4A",
        "a coronary calcium score of 412",
        "a full-thickness supraspinatus tear",
        "a TI-RADS 5 nodule in the left lobe",
        "moderate right hydronephrosis",
    ],
    "crit23": [
        "potassium 6.9 mmol/L",
        "INR 7.4",
        "glucose 38 mg/dL",
        "hemoglobin 5.9 g/dL",
        "platelets 11,000",
        "sodium 118 mmol/L",
        "troponin I 2.4 ng/mL",
        "blood culture positive for gram-positive cocci in clusters",
        "calcium 13.8 mg/dL",
        "lactate 5.2 mmol/L",
        "digoxin 3.1 ng/mL",
        "WBC 0.4 with ANC 90",
        "positive CSF gram stain",
    ],
    "report23": [
        "salmonellosis",
        "pertussis",
        "active pulmonary tuberculosis",
        "acute hepatitis A",
        "Shiga toxin-producing E. coli O157",
        "Lyme disease",
        "early syphilis",
        "gonorrhea",
        "measles",
        "Legionnaires' disease",
        "invasive meningococcal disease",
        "campylobacteriosis",
        "varicella",
        "mpox",
    ],
    "vax23": [
        "Tdap",
        "Shingrix dose 2",
        "PCV20",
        "RSV vaccine (Arexvy)",
        "hepatitis B dose 3",
        "MMR dose 2",
        "HPV dose 1",
        "high-dose influenza",
        "COVID-19 (2025-26 formula)",
        "MenB dose 2",
        "rabies post-exposure dose 3",
        "DTaP-IPV booster",
        "varicella dose 2",
    ],
    "ems23": [
        "a ground-level fall with a shortened, rotated left leg",
        "syncope at church",
        "chest pain radiating to the jaw with ST elevation on the 12-lead",
        "an opioid overdose reversed with 4 mg intranasal naloxone",
        "hypoglycemia with a glucose of 41",
        "right facial droop, last known well one hour earlier",
        "a COPD exacerbation with SpO2 84% on room air",
        "a seizure, postictal on arrival",
        "a rear-end collision with neck pain",
        "shortness of breath with crackles in both lungs",
        "a dog bite to the left forearm",
        "new confusion and fever",
    ],
    "ae23": [
        "a grade 2 maculopapular rash",
        "a grade 3 ALT elevation (5.2 x ULN)",
        "hospitalization for pneumonia",
        "a grade 1 injection-site reaction",
        "QTc prolongation to 512 ms",
        "grade 3 neutropenia",
        "symptomatic hypotension after dose 2",
        "grade 2 diarrhea",
        "an infusion reaction that interrupted dosing",
        "new-onset atrial fibrillation",
        "a fall with a wrist fracture",
        "grade 2 peripheral neuropathy",
    ],
    "study23": [
        "NOVA-HF (protocol NVH-301)",
        "the GLIMMER diabetic macular edema trial",
        "the STEP-UP stroke rehabilitation study",
        "the QUIET-NIGHT sleep apnea device trial",
        "BRIDGE-CKD (protocol BR-2207)",
        "the ORCA-2 periodontal study",
        "the PACE-PD exercise trial",
        "the LUMEN glaucoma implant study",
        "the SOUND-AGE hearing and memory trial",
        "the RESTORE knee cartilage study",
        "CALM-AF (protocol CA-118)",
        "the TIDE dialysate study",
    ],
    "subj23": [
        "101-004",
        "103-017",
        "204-0032",
        "S-0418",
        "PT-1127",
        "02-0091",
        "115-003",
        "309-021",
        "07-0144",
        "A1-0056",
        "118-012",
        "221-0009",
    ],
    "initials23": [
        "J.T.",
        "M.R.",
        "A.K.",
        "D.L.O.",
        "S.P.",
        "R.W.",
        "K.N.",
        "L.M.",
        "T.B.",
        "E.V.",
        "C.H.",
        "G.F.",
        "N.D.",
    ],
    "rxa23": [
        "amoxicillin 2 g an hour before dental work",
        "clindamycin 600 mg before procedures",
        "Eliquis 5 mg twice a day",
        "warfarin 5 mg",
        "alendronate 70 mg weekly",
        "Prolia shots every 6 months",
        "meclizine 25 mg as needed",
        "ciprofloxacin-dexamethasone ear drops",
        "modafinil 200 mg",
        "baclofen 10 mg three times a day",
        "celecoxib 200 mg",
        "cyclobenzaprine 10 mg at bedtime",
        "a methylprednisolone dose pack",
        "chlorhexidine 0.12% rinse",
    ],
    "dial23": [
        "Kt/V 1.08",
        "interdialytic weight gain of 4.6 kg",
        "a clotted left forearm AV graft",
        "pre-dialysis potassium 6.4",
        "hemoglobin 8.7 despite Mircera",
        "an infiltrated fistula at the arterial needle",
        "phosphorus 7.9",
        "an exit-site infection at the tunneled catheter",
        "PTH 980",
        "intradialytic hypotension to 82/50",
        "albumin 3.1",
        "URR 58%",
    ],
    "foot23": [
        "a diabetic ulcer under the left first metatarsal head, 1.8 x 1.2 cm",
        "an infected ingrown nail on the right great toe",
        "thick fungal nails on all ten toes",
        "Charcot foot on the right",
        "left heel plantar fasciitis",
        "a hammertoe of the second toe",
        "a Morton's neuroma in the third interspace",
        "posterior tibial tendon dysfunction",
        "loss of protective sensation in both feet",
        "Achilles tendinopathy",
        "a painful bunion",
        "dry gangrene of the right fifth toe",
    ],
}


FRESH23_PHI: list[dict] = [
    {
        "subject": "Your treatment plan and estimate",
        "body": (
            "Hi {name},\n\n"
            "Thank you for seeing Dr. {provider_last} today. Your exam and X-rays showed "
            "{dental23}, so this is the plan we discussed:\n\n"
            "  Phase 1: {dentproc23}\n"
            "  Phase 2: periodontal maintenance every 3 months\n\n"
            "Estimated insurance payment: {amount}\n"
            "Your estimated portion: {amount2}\n\n"
            "Because you take {rxa23}, please bring your current medication list to your first "
            "appointment on {date} at {time}.\n\n"
            "{provider_last} Dental Arts\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Antibiotic prophylaxis question",
        "body": (
            "Dr. {provider_last},\n\n"
            "Our mutual patient {name} (DOB {dob}) is scheduled for {dentproc23} on {date}. "
            "Her health history lists a total knee replacement two years ago, and she "
            "currently takes {rxa23}. Would you like her pre-medicated, and is it safe to "
            "continue her medications through the procedure? Please fax your answer to "
            "{phone}.\n\n"
            "Thank you,\n{name2}, DMD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Perio chart - {last}, {first_only} - {dental23}",
        "body": (
            "Full-mouth probing uploaded to the imaging bridge. Bleeding on probing 48%. "
            "Recommend a 3-month recall and a consult with Dr. {provider_last} before any "
            "implant work.\n{provider_first}, RDH\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Dental claim returned for more information",
        "body": (
            "The claim for {name} (subscriber ID {member}) came back from {company} Dental: "
            "{dentproc23} on {date} needs a medical diagnosis for the bone graft. I added "
            "ICD-10 {icd} and a narrative and will resubmit today as claim {claim}.\n\n"
            "Insurance coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: aligner check-in",
        "body": (
            "Hi {name2},\n\n"
            "Thanks for sending the photos of {first}'s teeth. The lower aligner is not seating "
            "fully on the left side, which is common with crowding this severe. Please have "
            "{first} use the chewies 10 minutes twice a day, and we will see you both on {date} "
            "at {time} to add two attachments. Dr. {provider_last} may recommend an expander "
            "for the upper arch after that.\n\n"
            "Orthodontic treatment coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name}: {eyemeas23}",
        "body": (
            "Seen today for a pressure check. Please move her glaucoma follow-up up to next "
            "week and add a visual field.\n{provider_first}, ophthalmic tech\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Referral to glaucoma service",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "I am referring {name}, DOB {dob}, for {eye23}. Today: {eyemeas23}. She has used "
            "{drop23} since {year} with poor control and admits to missing doses. Gonioscopy "
            "notes and OCT printouts are attached.\n\n"
            "{name3}, OD\n{company} Eye Care\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OCT and fundus photo report",
        "body": (
            "PATIENT: {upper_name}\n"
            "MRN: {mrn}\n"
            "DOS: {date}\n"
            "Study: macular OCT and wide-field fundus photography, both eyes\n"
            "Findings: {eyemeas23}\n"
            "Assessment: {eye23}\n"
            "Plan: continue {drop23}; return in 6 weeks\n"
            "Interpreting physician: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your eyeglass prescription",
        "body": (
            "Dear {name},\n\n"
            "As requested, here is the prescription from your exam on {date}:\n\n"
            "  OD  -3.25 -0.75 x 090\n"
            "  OS  -2.75 -1.00 x 085\n"
            "  ADD +2.00 OU\n\n"
            "Dr. {provider_last} also noted early {eye23} and would like to see you again in "
            "6 months. You can take this prescription to any optical shop.\n\n"
            "{company} Vision Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Eylea auth - {last}, {first_only} - MRN {mrn}",
        "body": (
            "Approved through {date2}, 8 injections, left eye. Next injection is booked for "
            "{date} at {time}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your hearing aid fitting",
        "body": (
            "Hello {name},\n\n"
            "Your new hearing aids have arrived. Your fitting is on {date} at {time} with "
            "{provider}, AuD. Based on last month's audiogram, which showed {hear23}, we "
            "ordered rechargeable receiver-in-canal aids with a 45-day trial.\n\n"
            "Please bring a family member if you can. Your balance after insurance is "
            "{amount2}.\n\n"
            "{company} Hearing\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Audiogram - {name} - DOB {dob}",
        "body": (
            "Results are scanned to the chart. Please have ENT review before Tuesday; the "
            "right ear is worse than last year.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Asymmetric hearing loss - MRI?",
        "body": (
            "Dr. {provider_last},\n\n"
            "Mr. {last} came in on {date} reporting fullness in the right ear and {hear23}. "
            "Tympanometry was normal. Given the asymmetry I recommended an MRI of the internal "
            "auditory canals before we fit amplification. His cell is {phone}.\n\n"
            "{name2}, AuD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Plan of care for your signature",
        "body": (
            "PHYSICAL THERAPY PLAN OF CARE\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Treatment diagnosis: {rehab23}\n"
            "ICD-10: {icd}\n"
            "Onset: {date}\n"
            "Baseline: {rehabmeas23}\n"
            "Frequency: 2x/week for 8 weeks (16 visits)\n"
            "Interventions: therapeutic exercise, manual therapy, gait training, home program\n"
            "Goals: independent community walking; return to work\n\n"
            "Please sign and fax back to {phone} within 30 days.\n"
            "{provider}, PT, DPT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Progress note: {first} {last} - {rehab23}",
        "body": (
            "Visit 8 of 16. {rehabmeas23}. Tolerated treatment well, home program updated. "
            "Re-evaluation due next week.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Additional visits requested",
        "body": (
            "Member: {name}\n"
            "Member ID: {member}\n"
            "DOB: {dob}\n"
            "Discipline: occupational therapy\n"
            "Diagnosis: {rehab23}\n"
            "Visits used: 12 of 12\n"
            "Requesting: 8 more visits\n"
            "Objective measures: {rehabmeas23}\n\n"
            "Please fax the determination to {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home safety visit summary",
        "body": (
            "Completed the home safety evaluation at {address} today. Mrs. {last} is managing "
            "the stairs with one rail but needs a tub transfer bench and grab bars; her "
            "daughter will install them. Recommend continuing home OT for {rehab23}, 2x/week. "
            "Family contact: {phone}.\n"
            "{provider_first}, OTR/L\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Swallow study results and diet",
        "body": (
            "{intl_name}, {age}, had a modified barium swallow today for dysphagia after her "
            "stroke. Penetration with thin liquids, no aspiration with mildly thick. "
            "Recommend mildly thick liquids, chin tuck, and sitting upright 30 minutes after "
            "meals. I will follow up on the unit in two weeks.\n"
            "{provider}, CCC-SLP\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PIP claim - visit log",
        "body": (
            "Claimant: {name}\n"
            "Claim #: {claim}\n"
            "Date of accident: {date}\n"
            "Dx: cervical and lumbar sprain/strain with muscle spasm\n"
            "Visits to date: 18 (spinal manipulation, 3-4 regions; electrical stimulation; "
            "hot packs)\n"
            "Next re-exam: {date2}\n\n"
            "Itemized ledger attached. Please tell us the remaining PIP balance.\n"
            "{provider_last} Chiropractic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wound check {date}: {name}, {foot23}",
        "body": "Debrided, measured, offloading boot reapplied. Next visit in 1 week.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Therapeutic shoe paperwork",
        "body": (
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "Certifying physician: Dr. {provider}, NPI {npi}\n"
            "Qualifying conditions: diabetes with {foot23}\n"
            "Items: 1 pair extra-depth shoes (A5500), 3 pairs custom inserts (A5513)\n\n"
            "Please sign the statement of certifying physician and send it back so we can "
            "dispense.\n"
            "{company} Orthotics & Prosthetics\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your imaging appointment and prep instructions",
        "body": (
            "Dear {name},\n\n"
            "Your {img23} is scheduled at {clinic} Imaging on {date} at {time}.\n\n"
            "Before your exam:\n"
            "- Nothing to eat for 4 hours before\n"
            "- If you take metformin, hold it for 48 hours after any contrast\n"
            "- Tell the technologist about kidney problems or earlier contrast reactions\n\n"
            "Please bring the order from Dr. {provider_last} and your insurance card. "
            "Questions: {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Final report available",
        "body": (
            "Dr. {provider_last},\n\n"
            "The following report is final:\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Exam: {img23}\n"
            "Date: {date}\n"
            "Impression: {imgfind23}\n\n"
            "Radiologist: {name3}, MD\n"
            "{company} Imaging Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical result: {last}, {first_only} - {imgfind23}",
        "body": (
            "Called to Dr. {provider_last}'s office at {time} and read back by "
            "{provider_first}. Documented in a report addendum.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Prior authorization not approved",
        "body": (
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Requested: {img23}\n"
            "Diagnosis: {icd}\n"
            "Determination: not approved; 6 weeks of conservative therapy not documented\n"
            "Peer-to-peer available until {date2}: {phone}\n\n"
            "{company} Radiology Benefits Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your sleep study results",
        "body": (
            "Dear {name},\n\n"
            "Dr. {provider_last} has reviewed your home sleep apnea test from {date}. It "
            "showed {sleep23}. We are sending an order for an auto-PAP machine to {company} "
            "Medical Supply, who will call you to set it up. Please use it every night for at "
            "least 4 hours so your insurance keeps paying for it.\n\n"
            "Sleep Center\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPAP compliance - {name} - {cpap23}",
        "body": (
            "Download for the last 30 days attached. Insurance needs the face-to-face note "
            "by {date2}.\n{company} Respiratory\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "CPAP usage below requirement",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Setup date: {date}\n"
            "Download: {cpap23}\n\n"
            "Medicare requires use on 70% of nights for at least 4 hours in a 30-day window "
            "during the first 90 days. Please schedule a mask refit and a sleep physician "
            "follow-up before {date2}, or rental coverage will stop.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CMN 484 - home oxygen",
        "body": (
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "DOB: {dob}\n"
            "Qualifying test: SpO2 86% on room air at rest, {date}\n"
            "Diagnosis: {icd}\n"
            "Order: oxygen concentrator, 2 L/min continuous, with portable system\n"
            "Length of need: 99 months\n\n"
            "Please sign section D and return.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Update on the power wheelchair",
        "body": (
            "Hi {name2},\n\n"
            "Quick update on your father's chair. The power wheelchair with tilt for {name} "
            "was approved by Medicaid on {date}. The seating evaluation showed he can no "
            "longer propel himself safely, so we also ordered a pressure-relieving cushion. "
            "Delivery and fitting at {address} should be in about three weeks.\n\n"
            "{company} Rehab Technology\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delivery {date}: {name} - {device23}",
        "body": (
            "Delivered and set up at {address}. Patient and spouse trained; signed delivery "
            "ticket attached.\n{company} Home Medical\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Missed treatments this week",
        "body": (
            "{name} (chair 6, MWF second shift) missed Monday and Wednesday. Issues at the last "
            "treatment: {dial23}. The social worker called {phone}, no answer. Dr. "
            "{provider_last} is aware; if he does not come Friday we will request a welfare "
            "check.\n"
            "{provider_first}, RN, charge nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chair 14 - {last}, {first_only} - {dial23}",
        "body": (
            "Please see her before the next shift. On-call nephrologist notified at {time}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Transient treatment request",
        "body": (
            "Our patient {name}, DOB {dob}, ESRD on in-center hemodialysis MWF, will be "
            "visiting family in your area from {date} to {date2}. Access: left forearm AV "
            "fistula. Dry weight 78.5 kg. Medicare MBI {mbi}. The latest labs, H&P and "
            "hepatitis B status are attached. Please confirm chair availability.\n\n"
            "{company} Dialysis, transient coordinator\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "PCR summary for receiving facility",
        "body": (
            "Patient: {name}, {age} y/o\n"
            "DOB: {dob}\n"
            "Chief complaint: {ems23}\n"
            "Vitals: BP 92/60, HR 118, RR 24, SpO2 91% RA\n"
            "Treatment: IV access, 500 mL NS, cardiac monitor\n"
            "Transported priority 1 to {clinic} ED; care transferred at {time}.\n"
            "Medic {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfer: {name} ({dob}) to cath lab",
        "body": (
            "Accepting cardiologist Dr. {provider_last}. Critical care ground unit ETA 25 "
            "minutes. Heparin drip running.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Ambulance payment received",
        "body": (
            "Thank you. We received {amount2} toward the ambulance transport of {name} on "
            "{date} (ALS emergency: {ems23}). Card charged: {card}. Remaining balance after "
            "insurance: {amount}.\n"
            "EMS Billing Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your video visit is confirmed",
        "body": (
            "Hi {name},\n\n"
            "Your video visit with {provider}, PT, is confirmed for {date} at {time}. This "
            "follow-up is for your {rehab23}. Please have six feet of clear floor space and "
            "your resistance bands nearby.\n\n"
            "Join: https://telehealth.example/v/{code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} is waiting: video follow-up for {sleep23}",
        "body": (
            "Joined at {time} from {ip}. Intake questionnaire complete. Click to start the visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SAE report - subject {subj23} ({initials23})",
        "body": (
            "Study: {study23}\n"
            "Event: {ae23}\n"
            "Onset: {date}\n"
            "Relatedness: possibly related\n"
            "Action: study drug held\n\n"
            "Reported to the sponsor within 24 hours. PI {provider} has signed the form.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Visit 4 window closes Friday",
        "body": (
            "Participant {subj23} ({initials23}, DOB {dob}) in {study23} is due for visit 4 by "
            "{date2}. At visit 3 we recorded {ae23}, so the PI wants a repeat ECG and labs. "
            "Her phone is {phone}; she prefers texts after 5.\n"
            "{provider_first}, CRC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Screening results",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "{name} signed consent for {study23} on {date}. Screening labs are fine, HbA1c "
            "8.4% is within range, and randomization is set for {date2}. Medical record "
            "number {mrn} is linked in the CTMS.\n\n"
            "{name2}, CRC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reference lab requisition",
        "body": (
            "REFERENCE LAB REQUISITION\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}\n"
            "Sex: F\n"
            "Collected: {date} {time}\n"
            "Tests: lipid panel, CMP, vitamin D 25-OH, urine microalbumin\n"
            "ICD-10: {icd}\n"
            "Bill: insurance, member ID {member}\n"
            "Ordering: {provider}, NPI {npi}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "CRITICAL {crit23} - {last}, {first_only}",
        "body": (
            "Called to {provider}'s answering service at {time}; read back by the on-call "
            "nurse. Repeat requested.\nCore lab\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Critical value callback log",
        "body": (
            "{time}  {crit23}\n"
            "Patient: {name}, acct {account}\n"
            "Notified: Dr. {provider_last} (on call)\n"
            "Read back: yes\n"
            "Performed by: lab assistant {name3}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry submission rejected",
        "body": (
            "The state immunization registry rejected one VXU message from {date}:\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Vaccine: {vax23}, lot {lot}\n"
            "Error: possible duplicate patient record\n\n"
            "Please review and resubmit, or merge the records in the registry.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shot record for {first} {last}, DOB {dob}",
        "body": (
            "The school says she still needs {vax23} before {date}. Can you print the record "
            "from the registry?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Case report: {report23}",
        "body": (
            "CONFIDENTIAL MORBIDITY REPORT\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Diagnosis: {report23}\n"
            "Onset: {date}\n"
            "Specimen: collected {date2}, confirmed by the reference lab\n"
            "Reporter: {provider}, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contact investigation - {name} - {report23}",
        "body": (
            "Household contacts are listed in the attachment. Please call her at {phone} to "
            "arrange testing.\nCounty Epidemiology\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - visual field and OCT today",
        "body": (
            "Tech, please run a 24-2 field and an RNFL OCT before she sees Dr. {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Member {member}: CPAP supplies eligibility",
        "body": (
            "Eligible for a new full-face mask and cushion as of {date}. Resupply order placed.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Workers' comp PT - {name}, SSN {ssn}",
        "body": (
            "The adjuster approved 12 visits for the right shoulder. First visit {date} at "
            "{time}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "MBI {mbi} - oxygen recertification due",
        "body": (
            "Recert visit needed before {date2}; the last qualifying saturation was 87% at rest.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Denied: {name}, chiropractic manipulation, Dx {icd}",
        "body": (
            "Payer says it is maintenance care. Appealing with the re-exam showing functional "
            "gains.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "question about speech therapy",
        "body": (
            "Hello,\n\n"
            "My daughter {first} (born {dob}) has been coming for speech therapy since {date} "
            "for a speech delay. Her teacher says she is still hard to understand. Could we go "
            "up to twice a week, and does the insurance need a new referral?\n\n"
            "Thank you,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Add-on: {initials23} DOB {dob} - {img23}",
        "body": "Ordering office called, please add to tomorrow's schedule.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Podiatry visit note",
        "body": (
            "Mr. {last} was seen today for {foot23}. Monofilament absent at 5 of 10 sites. "
            "Nails debrided x 10. Last A1c 9.1. Return in 9 weeks for routine foot care, "
            "sooner with any redness or drainage.\n"
            "{provider}, DPM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refusal documentation",
        "body": (
            "Patient {name}, {age}, refused transport after {ems23}. Capacity assessed, risks "
            "explained, refusal form signed with his wife {name2} as witness at {address}.\n"
            "Crew: Medic {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "After your video visit",
        "body": (
            "Hi {name},\n\n"
            "Thanks for meeting with Dr. {provider_last} today. As discussed, a prescription "
            "for {rxa23} was sent to your pharmacy, and Dr. {provider_last} ordered "
            "{img23}. Your visit summary is in the portal.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH23_NEG: list[dict] = [
    {
        "subject": "Field safety notice: sound-abatement foam",
        "body": (
            "Dear DME partner,\n\n"
            "{company} is voluntarily recalling certain sleep therapy devices made between "
            "{year} and {year2} because the sound-abatement foam may break down. Affected "
            "serial numbers begin J2214 through J2299; lot {lot} of replacement tubing is not "
            "affected. Register affected devices in the supplier portal and we will ship "
            "remediation kits.\n\n"
            "Recall hotline: {phone}\nReference: {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Service notice: firmware {version} for RIC hearing aids",
        "body": (
            "Firmware {version} fixes Bluetooth dropouts on the 2025 receiver-in-canal line. "
            "Apply it in the fitting software at the next clean-and-check. Devices with serial "
            "numbers 2318A0001 to 2318A4500 need a receiver swap (part {sku}). Order parts at "
            "{phone}.\n"
            "{company} Professional Support\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outpatient therapy fee schedule",
        "body": (
            "CPT    Description                      Allowed\n"
            "97110  Therapeutic exercise, 15 min     $31.42\n"
            "97140  Manual therapy, 15 min           $28.76\n"
            "97530  Therapeutic activities, 15 min   $35.10\n"
            "92507  Speech/language treatment        $78.90\n"
            "92557  Comprehensive audiometry         $36.05\n"
            "97161  PT evaluation, low complexity    $101.22\n\n"
            "The multiple procedure payment reduction applies to second and later units. "
            "Effective {date}.\n"
            "{company} Provider Relations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DME rental rates effective {date}",
        "body": (
            "HCPCS  Item                                   Monthly rental\n"
            "E0601  CPAP device                            $55.82\n"
            "E1390  Oxygen concentrator                    $172.51\n"
            "E0431  Portable gaseous oxygen                $18.94\n"
            "K0823  Power wheelchair, group 2, captain's   $392.00\n"
            "E0260  Hospital bed, semi-electric            $121.64\n"
            "A7030  Full-face mask (purchase)              $128.40\n\n"
            "Capped rental rules are unchanged. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Network bulletin: advanced imaging prior authorization",
        "body": (
            "Beginning {date}, outpatient {img23} for adult members needs prior authorization "
            "through our radiology benefit manager. Requests for lumbar spine MRI must "
            "document six weeks of conservative care, such as physical therapy or "
            "chiropractic treatment. Emergency and inpatient studies are exempt.\n\n"
            "{company} Provider Network Bulletin, issue {count}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Early registration: Regional Eye Care Symposium",
        "body": (
            "Join optometrists and ophthalmologists on {date} for 12 hours of COPE-approved "
            "CE. Sessions: managing {eye23} in primary eye care; reading OCT angiography; "
            "myopia control with {drop23}; coding updates for retinal imaging. Keynote: "
            "{name}, OD, FAAO.\n"
            "Early rate ends {date2}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monthly enrolment report - {study23}",
        "body": (
            "Sites active: 14\n"
            "Screened: 318\n"
            "Randomised: 142 (target 240)\n"
            "Screen failures: 176, most often HbA1c out of range\n"
            "SAEs this month: 3 (one was {ae23}; all reported within 24 h)\n"
            "Withdrawals: 6\n\n"
            "No participant-level data is included in this report. Site listings are in the "
            "secure EDC.\nCoordinating Center\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Protocol amendment 4 approved",
        "body": (
            "The IRB approved amendment 4 to {study23} on {date}. Changes: the 6-minute walk "
            "test moves from visit 3 to visit 4; exclusion criterion 7 now excludes patients "
            "with an eGFR below 30; the week-12 visit window widens to plus or minus 7 days. "
            "Re-consent active participants at their next visit using consent version "
            "{version}.\nRegulatory Affairs\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: traveling speech-language pathologist",
        "body": (
            "{clinic} seeks a CCC-SLP for a 13-week contract covering skilled nursing and "
            "home health. The caseload includes dysphagia, aphasia after stroke and "
            "cognitive-communication disorders. Guaranteed 40 hours, housing stipend, CEU "
            "allowance. Recruiter: {name}, {phone}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Physical therapist - outpatient orthopedics",
        "body": (
            "We are looking for a PT or DPT for our outpatient clinic. Typical caseload: total "
            "joint rehab, post-op ACL, rotator cuff repairs and vestibular therapy. Sign-on "
            "bonus {amount}. Contact hiring manager {name} at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - practice management subscription",
        "body": (
            "Bill to: {provider_last} Family Dental\n"
            "Period: {date} to {date2}\n\n"
            "Cloud practice management, 6 operatories    {amount}\n"
            "Imaging bridge license                       $79.00\n"
            "E-claims and eligibility, {count} transactions  {amount2}\n\n"
            "Autopay will charge the card on file on the due date. Account {ref}.\n"
            "{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Preview: 6-month recall reminder template",
        "body": (
            "Here is how the new recall text will look. Merge fields in brackets are filled in "
            "at send time.\n\n"
            "  Hi [PatientFirstName], it's time for your cleaning at [PracticeName]! You are "
            "due on [DueDate]. Book online at [BookingLink] or call [PracticePhone]. Reply "
            "STOP to opt out.\n\n"
            "Approve by {date} and it goes live for all recall patients. Template ID {code}.\n"
            "{name}, Patient Communications\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Template test: telehealth check-in message",
        "body": (
            "Test send from the messaging sandbox (no real recipients):\n\n"
            "  Hello %FIRST_NAME%, your video visit with %PROVIDER% starts at %APPT_TIME%. "
            "Tap %LINK% to check in. Have your medication list ready.\n\n"
            "Characters: 148. Segments: 1. Sandbox job {uuid}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order {order} confirmation",
        "body": (
            "Thank you for your order.\n\n"
            "  Flowable composite A2, 4 syringes\n"
            "  PVS impression material, light body, 2 cartridges\n"
            "  Prophy paste, medium grit, 200 cups\n"
            "  Lidocaine 2% with epinephrine 1:100,000, 50 carpules\n"
            "  Nitrile gloves, size S, 10 boxes\n\n"
            "Ships by ground, tracking {tracking}. Sales rep: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medic 12 out of service",
        "body": (
            "Medic 12 (VIN 1FDUF4GY9KDA04217) is out of service with a transmission fault. "
            "Medic 31 moves to Station 4 until repairs are done. Preventive maintenance is due "
            "on units 7, 14 and 22 before {date}: oil change, stretcher mount inspection, "
            "suction unit test.\n"
            "Fleet Services, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free hearing, vision and blood pressure checks",
        "body": (
            "Community Health Fair\n"
            "{date}, 9 am to 1 pm, {address}\n\n"
            "- Hearing screenings by audiologists from {company} Hearing\n"
            "- Glaucoma pressure checks and vision screening\n"
            "- Blood pressure and A1C checks\n"
            "- Flu and Tdap shots for adults (bring your insurance card)\n\n"
            "No appointment needed. Questions: {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Credentialing: documents expiring",
        "body": (
            "Hi {first},\n\n"
            "Our records show these will expire soon:\n"
            "  BLS card: {date}\n"
            "  State PT license: {date2}\n"
            "  Professional liability certificate: renewal pending\n\n"
            "Please upload renewals to the credentialing portal so payer enrolment is not "
            "interrupted.\n\nMedical Staff Office\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: lunch and learn next Tuesday",
        "body": (
            "Works for us, see you at noon. We will need a projector.\n\n"
            "--\n"
            "{provider}, DDS, MS\n"
            "Board-certified periodontist\n"
            "{provider_last} Periodontics & Implants\n"
            "{address}\n"
            "Ph: {phone} | Fax: (415) 555-0199\n"
            "NPI {npi} | DEA BK4513927 | CA Lic. D 61532\n"
            "CONFIDENTIALITY NOTICE: this email may contain protected health information. If "
            "you received it in error, please delete it.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff pod assignments, week of {date}",
        "body": (
            "Pod A: {name} (charge RN), 2 PCTs\n"
            "Pod B: {name2}, RN, 2 PCTs\n"
            "Pod C: {name3}, LPN, 1 PCT\n"
            "Water room checks: biomed, 5:15 am daily\n"
            "Chair 14 is out of service for a blood pump repair; move its treatments to chair "
            "19.\nClinic manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Protocol update: stroke alert criteria",
        "body": (
            "Effective {date}, crews will use the BE-FAST screen plus a large-vessel "
            "occlusion score. Patients scoring 4 or higher with last known well under 24 hours "
            "go to the comprehensive stroke center if transport is under 30 minutes. Document "
            "the last-known-well time in the PCR. Questions: EMS medical director Dr. "
            "{provider}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Immunization registry maintenance",
        "body": (
            "The state immunization information system will be offline on {date} from 10 pm "
            "to 2 am for an upgrade to release {version}. VXU messages sent during the window "
            "will queue and post automatically. Last week your site submitted {count} doses "
            "with a 99.2% acceptance rate.\n"
            "Registry Help Desk, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly reportable disease summary",
        "body": (
            "County totals, week {ext}:\n"
            "  Salmonellosis 7 (5 linked to one restaurant, now closed)\n"
            "  Pertussis 3\n"
            "  Campylobacteriosis 4\n"
            "  Lyme disease 11\n"
            "  Hepatitis A 1\n"
            "  Legionellosis 0\n\n"
            "Providers: report {report23} and the other listed conditions within the required "
            "time frame. Town counts under 5 are suppressed.\nEpidemiology Program\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical value list updated",
        "body": (
            "Effective {date}, the lab will call these results to the ordering provider "
            "within 30 minutes:\n"
            "  Potassium below 2.8 or above 6.2 mmol/L\n"
            "  Sodium below 120 or above 160 mmol/L\n"
            "  Glucose below 50 or above 450 mg/dL\n"
            "  Hemoglobin below 6.5 g/dL\n"
            "  INR above 5.0\n"
            "  Positive blood culture or CSF gram stain\n"
            "The full policy is in the lab manual, version {version}.\n"
            "Laboratory Medical Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now open: 3T MRI at {clinic} Imaging",
        "body": (
            "Our new wide-bore 3T MRI is open for outpatient scheduling, with evening and "
            "Saturday hours. Referring offices can order {img23} online; our team handles most "
            "insurance prior authorizations. Average wait: 3 days. Scheduling: {phone}. Fax "
            "orders to (415) 555-0142.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sleep well: caring for your CPAP",
        "body": (
            "Tips from our respiratory therapists:\n"
            "- Wash the mask cushion daily with mild soap\n"
            "- Replace filters every 2 weeks\n"
            "- Empty the humidifier chamber each morning\n"
            "- Replace your mask every 3 months (many plans cover it)\n\n"
            "Trouble with dry mouth or leaks? Call our sleep team at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall: daily contact lenses, selected lots",
        "body": (
            "{company} is recalling selected lots of daily disposable lenses because some "
            "blister packs may not be sealed. Affected lots: {lot}, B4471203 and B4471209 "
            "(powers -1.00 to -4.50). Check your in-office inventory and return affected boxes "
            "with the prepaid label. A notice for patients who bought these lots is attached.\n"
            "Return authorization: {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: Charcot foot and limb salvage",
        "body": (
            "Join {name}, DPM, and {name2}, MD, vascular surgery, on {date} at 7 pm ET for a "
            "1.5-hour CE webinar on early recognition of Charcot neuroarthropathy, total "
            "contact casting, and when to refer. Case discussion: a de-identified patient "
            "with {foot23}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release notes: telehealth platform {version}",
        "body": (
            "What's new:\n"
            "- The virtual waiting room now shows interpreter requests\n"
            "- Group therapy rooms hold up to 12 participants\n"
            "- Screen sharing for audiologists during remote hearing aid programming\n"
            "- Fixed: echo on some Android devices (build {build})\n"
            "The update installs automatically on {date}.\n"
            "{company} Telehealth\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: clinical research coordinator II",
        "body": (
            "The research unit is hiring a CRC II to support {study23}. Duties: screening and "
            "consenting participants, scheduling study visits, EDC data entry and reporting "
            "adverse events to the sponsor. Two years of research experience and ACRP or "
            "SOCRA certification preferred. Contact {name}, research manager, at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Continuing review due: {study23}",
        "body": (
            "Continuing review for this protocol is due by {date}. Please report the total "
            "enrolled to date, withdrawals and reasons, a summary of adverse events and "
            "unanticipated problems, and any protocol deviations. Do not put participant "
            "names, initials or dates of birth in the progress report.\n"
            "IRB Office, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hygiene schedule coverage",
        "body": (
            "{name} is out next Thursday and Friday. {name2}, RDH, from the temp agency will "
            "cover both columns. Please move scaling and root planing appointments that need "
            "local anesthesia to the mornings, when Dr. {provider_last} is in the office.\n"
            "Office manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oxygen contents price change",
        "body": (
            "Effective {date}, our price for liquid oxygen contents (E0444) and portable "
            "cylinder refills rises 4.5% because of supplier costs. Concentrator rentals are "
            "unchanged, and nothing changes for patients on capped rental. Questions: your "
            "account manager {name}, {phone}.\n"
            "{company} Medical Gases\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chiropractic network: credentialing update",
        "body": (
            "{company} Health Plan is reopening its chiropractic network in three counties. "
            "Chiropractors need a current license and malpractice coverage of $1M/$3M, and "
            "must accept the plan's limit of 20 spinal manipulation visits per year. "
            "Applications close {date}.\nProvider Enrolment\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "QA test data for the new intake form",
        "body": (
            "For UAT please use only the synthetic test records below; none of them is a real "
            "person.\n\n"
            "  ZZTEST, ALPHA   SSN 900-12-3456   DOB 01/01/1900\n"
            "  ZZTEST, BRAVO   SSN 000-45-6789   DOB 01/01/1900\n"
            "  Test card 4111 1111 1111 1112 (must fail validation)\n\n"
            "Log defects in {ticket}. Build {build}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Naloxone kits expiring",
        "body": (
            "Lot {lot} of intranasal naloxone 4 mg on units 3, 9 and 15 expires at the end of "
            "the month. Swap them from the Station 1 supply closet and log the exchange. We "
            "used 41 kits across the system last quarter.\nEMS Supply Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual calibration: audiometers and tympanometers",
        "body": (
            "Our technician will calibrate the clinical audiometer (serial AD629-40117), the "
            "portable screener (serial 8841-2207) and the tympanometer in booth 2 on {date}. "
            "The booths are unavailable from 8 to 11 am; please block those schedules. "
            "Certificates will be emailed to {email}.\n"
            "{company} Calibration Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Therapy gym closed Saturday",
        "body": (
            "The outpatient therapy gym will be closed on {date} for floor refinishing. "
            "Saturday PT and OT sessions move to the 2nd-floor rehab gym in the hospital. "
            "Parking is free in lot C. Tell the front desk if you cannot cover the move.\n"
            "Rehab Services Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Therapy threshold and KX modifier",
        "body": (
            "Reminder for billing staff: Medicare's KX modifier threshold for combined PT and "
            "SLP services rises to $2,410 next year, with a separate threshold for OT. Claims "
            "above it need the KX modifier and documented medical necessity; targeted review "
            "starts at $3,000. Training session on {date} with {name} from compliance.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Water system cultures - {date}",
        "body": (
            "Monthly water and dialysate cultures:\n"
            "  Product water loop: 4 CFU/mL (action level 50)\n"
            "  Dialysate, machine 7: under 1 CFU/mL\n"
            "  Dialysate, machine 12: 22 CFU/mL (action level 50)\n"
            "  Endotoxin: below 0.03 EU/mL at all sites\n"
            "No action required. Next sampling {date2}.\n"
            "Biomedical technician {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Iodinated contrast conservation measures",
        "body": (
            "Because of the national iohexol shortage, effective {date}: CT angiography and "
            "trauma studies keep priority; routine follow-up CTs should be done without "
            "contrast or converted to MRI or ultrasound when appropriate; oral contrast is "
            "unchanged. Radiologists will protocol every contrast study. Current supply: about "
            "19 days.\nDepartment of Radiology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Data delivery: de-identified sleep study extract",
        "body": (
            "The Safe Harbor de-identified extract for the sleep outcomes project is on the "
            "secure share: 1,204 polysomnograms from {year} to {year2}. Fields: age band, sex, "
            "BMI band, AHI, oxygen nadir, CPAP adherence category. No dates or ZIP codes are "
            "included. Honest broker: {name}.\n"
            "Data request {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aligner production delays",
        "body": (
            "Because of high volume, aligner cases submitted after {date} will ship 3 to 5 "
            "business days later than usual. Refinement cases get priority. Track cases in the "
            "doctor portal, or contact your territory manager {name} at {phone}.\n"
            "{company} Orthodontic Lab\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clearinghouse incident {ticket}",
        "body": (
            "Between {time} and noon on {date}, 837 claim files and 270 eligibility requests "
            "to several payers timed out. {count} claims were queued and resubmitted "
            "automatically; no action is needed. ERA files for that day may arrive a day "
            "late.\n{company} Support\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dental plan update: periodontal frequency limits",
        "body": (
            "Starting {date}, D4341 and D4342 (scaling and root planing) are covered once per "
            "quadrant every 24 months, and D4910 (periodontal maintenance) up to four times a "
            "year after active therapy. Pocket depths of 4 mm or more must appear on a "
            "periodontal chart dated within 12 months. Implants (D6010) remain subject to the "
            "missing tooth clause.\n"
            "{company} Dental Provider Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call for abstracts: hearing health conference",
        "body": (
            "Submit abstracts by {date} for the annual hearing health conference. Topics: "
            "over-the-counter hearing aids, cochlear implant outcomes, tinnitus management, "
            "pediatric audiology and tele-audiology. Talks are 20 minutes. Program chair: "
            "{name}, AuD, PhD.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your CE certificate",
        "body": (
            "Congratulations, {name}! You completed 'Glaucoma co-management update' on {date} "
            "and earned 2.0 hours of COPE credit. Course ID {code}. Download the certificate "
            "from your learner dashboard.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order {order} shipped",
        "body": (
            "  Offloading walker boots, sizes M and L, 6 each\n"
            "  Felt padding 1/4 in., 10 sheets\n"
            "  Silver alginate dressings 2 x 2 in., 5 boxes\n"
            "  Sterile nail nippers, 12\n"
            "  10 g monofilaments, 25\n"
            "Tracking {tracking}. Invoice {invoice} to follow.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quarterly EMS performance",
        "body": (
            "Median response time: 7 min 42 s (urban), 14 min 5 s (rural)\n"
            "Cardiac arrests: 38, ROSC on arrival 34%\n"
            "Stroke alerts: 112, door-to-needle median 41 min\n"
            "STEMI alerts: 57, first medical contact to balloon median 84 min\n"
            "Refusals: 9% of calls\n"
            "Thanks to all crews. {name}, EMS Quality Coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Service bulletin: power wheelchair joystick modules",
        "body": (
            "Joystick modules with part number {sku} built between {date} and {date2} may stop "
            "responding in cold weather. Technicians should inspect and replace affected "
            "modules at the next service call. Serial range PW21-004500 to PW21-009999. "
            "Warranty claims: {phone}.\n"
            "{company} Mobility\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vaccine fridge excursion - no doses lost",
        "body": (
            "The data logger in the pediatric vaccine refrigerator recorded 9.1 C for 22 "
            "minutes on {date} during a power blip. Per the manufacturer's stability data, all "
            "affected lots (Tdap {lot}, MMR, HPV) remain usable. The excursion was documented "
            "and reported to the state VFC program. Pharmacy contact: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Measles exposure locations",
        "body": (
            "The health department has identified these exposure sites: {company} urgent care "
            "on {date}, 2 pm to 6 pm, and the main library on {date2}, 10 am to 1 pm. Anyone "
            "present who is not immune should watch for fever and rash for 21 days and call "
            "before visiting a clinic. Hotline: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accreditation survey next week",
        "body": (
            "The surveyors visit the sleep center on {date}. Please make sure the scoring "
            "reliability logs for all techs are current (target 85% agreement), the CPAP "
            "titration protocol is the signed version {version}, and cleaning logs for the six "
            "bedrooms are up to date. Questions: {name}, RPSGT, lab manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff flu vaccination rate",
        "body": (
            "As of {date}, 91.4% of staff have had a flu shot or have an approved exemption on "
            "file. Departments below 85%: dietary, environmental services and the sleep lab. "
            "Walk-in shots are in Employee Health, Monday to Friday, 7 to 3.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh35": templates and clinical vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full), and the module docstring of
bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and the data
format; not its templates; a grep of fresh31.py for top-level "FRESH31_", "from" and
"import" lines also showed the line numbers where its three tables start), for the
placeholder names, the data format, and so as not to repeat their templates. The file names
in bench/accuracy/ were listed once (with the line counts of generate.py, fresh6.py and
fresh7.py). The author did not read gateway/, policies/, docs/, tests/, README.md,
bench/accuracy/vocab/ or any other bench/accuracy/fresh*.py file, and did not run git, the
detector, run.py, the benchmark or any test. The only things run were Python's ast module
over generate.py (without executing it) to collect the placeholder names that fill() and
fresh_fill() provide, a Luhn check of a few candidate literal numbers, an import of this
file with a script checking its placeholders, key sets, labels and Luhn failures, and ruff
format and ruff check on this file. It is meant to be run once, as an honest, untuned
measurement: do not tune the detector on these templates.

Angle: surgery and procedures, from booking to follow-up. Surgeon's-office booking forms and
the hospital scheduling desk, consent (and consent mismatches), pre-op instructions and NPO
times, GLP-1 and anticoagulant holds and bridging, anaesthesia pre-assessment, OR case lists
and add-ons, prior authorisation and denials for surgery, implant cards and implant-registry
errors, device reps booked for a named patient's case, pathology after surgery, post-op phone
calls, wound photos and portal e-visits, surgical-site infection surveillance, bariatric
programme milestones, cosmetic and plastic surgery quotes and deposits, colonoscopy and
endoscopy prep, cataract surgery and lens choice, joint replacement classes, ambulatory
surgery centre statements and Medicare rejects. Shapes: booking and consent forms with
"Label: value" fields, ALL-CAPS pathology and endoscopy printouts, pasted case-list tables,
SMS logs, forwarded add-on requests with "> " quoting, worried patient mail with typos, a
UK admission letter ("Mr Surname"), and mail in Spanish, German and French. The hard
negatives come from the same world, with no patient in them: OR block schedules, call teams
and anaesthesia rotas, sterile-processing and scope-reprocessing notices, vendor and
device-rep visits, device recalls where no patient received the lot, surgeon CVs and
privileges, pre-op and joint-class timetables (one in Spanish), surgical-volume, turnover,
SSI and time-out dashboards with aggregate figures, self-pay and cosmetic price lists, grand
rounds and M&M with de-identified cases, blank consent forms and unrendered text-message
templates, fasting policy, registry batch summaries, payer bulletins, and card-like numbers
that fail the Luhn check.

This file's own placeholders (FRESH35_VOCAB): {surg35} {scope35} {prep35} {path35}
{implant35} {iol35} {anes35} {hold35} {wound35} {ssi35} {bari35} {cosm35} {cpt35} {asc35}
{or35} for the patient templates, and {tray35} {role35} {class35} for the negatives (several
of the first group, such as {surg35}, {prep35}, {implant35}, {asc35}, {or35} and {cpt35},
also appear in negatives, where no patient is named). Other placeholders come from
generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). subject_phi is True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier
in a care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in
the Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card},
{icd}, {mbi} or {passport}, and name only staff (surgeons, anaesthetists, nurses,
schedulers), vendors and reps, or nobody, or give aggregate figures; a de-identified
teaching case gives at most an age and sex. The card-like numbers written literally in the
negatives fail the Luhn check. Staff members' own surgery, patient testimonials and other
ambiguous cases were left out.
"""

from __future__ import annotations

FRESH35_VOCAB: dict[str, list[str]] = {
    "surg35": [
        "laparoscopic cholecystectomy",
        "right total knee arthroplasty",
        "left total hip arthroplasty",
        "robotic-assisted laparoscopic hysterectomy",
        "laparoscopic sleeve gastrectomy",
        "Roux-en-Y gastric bypass",
        "ACDF C5-C6",
        "L4-5 laminectomy and foraminotomy",
        "right carpal tunnel release",
        "open inguinal hernia repair, left",
        "laparoscopic appendectomy",
        "left breast lumpectomy with sentinel node biopsy",
        "total thyroidectomy",
        "ORIF of the right distal radius",
        "right shoulder arthroscopy with rotator cuff repair",
        "septoplasty with turbinate reduction",
        "excision of a cyst on the upper back",
        "laparoscopic ventral hernia repair with mesh",
        "hemorrhoidectomy",
        "left knee arthroscopy with partial medial meniscectomy",
        "cystoscopy with ureteral stent placement",
        "robotic prostatectomy",
    ],
    "scope35": [
        "screening colonoscopy",
        "diagnostic colonoscopy",
        "EGD",
        "EGD and colonoscopy",
        "flexible sigmoidoscopy",
        "surveillance colonoscopy",
        "EGD with esophageal dilation",
        "colonoscopy with polypectomy",
    ],
    "prep35": [
        "Suprep",
        "GoLYTELY",
        "MiraLAX and Gatorade prep",
        "Plenvu",
        "Clenpiq",
        "Sutab tablets",
        "NuLYTELY",
    ],
    "path35": [
        "tubular adenoma x2, no high-grade dysplasia",
        "sessile serrated lesion, completely removed",
        "hyperplastic polyp",
        "chronic cholecystitis with cholelithiasis",
        "acute appendicitis with periappendiceal abscess",
        "invasive ductal carcinoma, grade 2, margins negative",
        "benign lipoma",
        "papillary thyroid carcinoma, 1.4 cm, 1 of 6 nodes positive",
        "basal cell carcinoma, margins clear",
        "uterine leiomyoma, benign",
        "DCIS with a close posterior margin (1 mm)",
        "Barrett's esophagus without dysplasia",
        "benign epidermal inclusion cyst",
        "adenocarcinoma of the sigmoid colon, pT2 N0",
    ],
    "implant35": [
        "Stryker Triathlon total knee, size 5 femur",
        "Zimmer Biomet Persona knee, size 7",
        "DePuy Actis hip stem, size 4",
        "Smith & Nephew Polar3 hip system",
        "Medtronic Infuse bone graft with two PEEK cages",
        "Mentor MemoryGel 375 cc smooth round implants",
        "Sientra 300 cc high-profile implants",
        "Bard Ventralight ST mesh, 15 x 20 cm",
        "Synthes 2.4 mm volar distal radius plate",
        "Arthrex SwiveLock anchors x3",
        "Boston Scientific WaveWriter spinal cord stimulator",
    ],
    "iol35": [
        "Alcon SN60WF +20.5 D",
        "Tecnis ZCB00 +21.0 D",
        "PanOptix toric TFNT30 +19.5 D",
        "Clareon CNA0T0 +22.5 D",
        "enVista MX60E +18.0 D",
    ],
    "anes35": [
        "obstructive sleep apnea on CPAP",
        "a difficult airway documented at a 2019 surgery",
        "a BMI of 46",
        "a pacemaker (pacer-dependent)",
        "a family history of malignant hyperthermia",
        "severe PONV after her last surgery",
        "poorly controlled diabetes, A1c 9.4",
        "aortic stenosis, valve area 0.9 cm2",
        "a loose upper front crown",
        "pseudocholinesterase deficiency",
    ],
    "hold35": [
        "Eliquis for 2 days",
        "Ozempic for 7 days",
        "Mounjaro for one week",
        "Plavix for 5 days",
        "warfarin for 5 days",
        "Jardiance for 3 days",
        "aspirin 81 mg for 7 days",
        "metformin the morning of surgery",
        "lisinopril the morning of surgery",
        "phentermine for 7 days",
    ],
    "wound35": [
        "some redness spreading around the lower staples",
        "yellowish drainage soaking through the gauze",
        "the bottom of the incision opened up about half an inch",
        "a hard warm lump under the scar",
        "bruising all the way down to the ankle",
        "a blister at the edge of the dressing",
        "a bad smell from the dressing",
        "one of the steri-strips came off and it's weeping",
    ],
    "ssi35": [
        "superficial incisional SSI",
        "deep incisional SSI",
        "organ/space SSI (intra-abdominal abscess)",
        "periprosthetic joint infection",
    ],
    "bari35": [
        "psych eval cleared",
        "5 of 6 supervised diet visits done",
        "sleep study done, CPAP started",
        "H. pylori negative",
        "pre-op EGD done, small hiatal hernia",
        "down 14 lb toward the pre-op goal",
        "nutrition class passed",
        "cardiology clearance received",
    ],
    "cosm35": [
        "breast augmentation",
        "abdominoplasty",
        "liposuction of the abdomen and flanks",
        "mommy makeover (tummy tuck and breast lift)",
        "rhinoplasty",
        "upper and lower blepharoplasty",
        "breast reduction",
        "facelift and neck lift",
        "brachioplasty",
    ],
    "cpt35": [
        "27447 TKA",
        "27130 THA",
        "47562 lap chole",
        "66984 cataract w/ IOL",
        "45385 colonoscopy w/ snare",
        "43775 sleeve gastrectomy",
        "29881 knee scope w/ meniscectomy",
        "49505 inguinal hernia repair",
        "64721 carpal tunnel release",
        "19301 partial mastectomy",
    ],
    "asc35": [
        "Lakeshore Surgery Center",
        "Northgate Ambulatory Surgery Center",
        "Riverbend Endoscopy Center",
        "Summit Eye Surgery Center",
        "Westfield Orthopedic ASC",
        "Main Street Surgical Suites",
    ],
    "or35": ["OR 3", "OR 7", "OR 12", "Endo Room 2", "Cysto", "Main OR 9", "Eye Room B"],
    "tray35": [
        "major ortho tray",
        "lap chole basic set",
        "phaco cataract set",
        "Kerrison rongeur set",
        "small fragment set",
        "D&C tray",
        "da Vinci Xi instrument kit",
        "hernia tray",
        "ENT sinus set",
    ],
    "role35": [
        "CRNA",
        "anesthesiologist",
        "circulating RN",
        "surgical tech",
        "PACU RN",
        "RN first assist",
        "anesthesia tech",
        "SPD tech",
    ],
    "class35": [
        "Total Joint Replacement Class",
        "Bariatric Information Seminar",
        "Pre-op Spine Class",
        "Colonoscopy Prep Q&A",
        "Breast Surgery Education Session",
        "Cataract Surgery Orientation",
    ],
}


FRESH35_PHI: list[dict] = [
    {
        "subject": "Surgery booking request - Dr. {provider_last}",
        "body": (
            "SURGERY SCHEDULING REQUEST\n"
            "Surgeon: Dr. {provider}\n"
            "Facility: {asc35}\n"
            "Patient: {upper_name}\n"
            "DOB: {dob}    MRN: {mrn}\n"
            "Phone: {phone}\n"
            "Procedure: {surg35}\n"
            "CPT: {cpt35}\n"
            "Dx: {icd}\n"
            "Anesthesia: general + regional block\n"
            "Est. case length: 150 min\n"
            "Implants/vendor: {implant35} - rep to be notified\n"
            "Requested date: {date} (first case)\n"
            "Pre-op clearance: PCP + cardiology\n"
            "Latex allergy: N\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your surgery on {date} - please read",
        "body": (
            "Dear {name},\n\n"
            "You are scheduled for {surg35} with Dr. {provider_last} on {date}. Please "
            "arrive at {asc35} at {time}.\n\n"
            "EATING AND DRINKING\n"
            "- No solid food after midnight, including gum and mints.\n"
            "- Clear liquids (water, apple juice, black coffee, Gatorade) are OK until 2 "
            "hours before your arrival time.\n\n"
            "MEDICATIONS\n"
            "- Stop {hold35}.\n"
            "- Take your other morning medicines with a small sip of water.\n\n"
            "Shower with the CHG soap the night before and the morning of surgery. Someone "
            "must drive you home and stay with you for 24 hours.\n\n"
            "Questions? Pre-Admission Testing, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS thread export",
        "body": (
            "Conversation with {phone}\n\n"
            "[{time}] OUT: {asc35}: Hi {first}, reminder of your {scope35} tomorrow. Start "
            "the {prep35} at 5 pm tonight. Clear liquids only. Reply C to confirm.\n"
            "[{time}] IN: C\n"
            "[{time}] IN: i cant finish the 2nd bottle im throwing up. still coming out "
            "brown\n"
            "[{time}] OUT: Please call the GI nurse line now so we can decide if you should "
            "come in tomorrow.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PAT note - anesthesia review",
        "body": (
            "PRE-ANESTHESIA ASSESSMENT\n"
            "Pt: {last}, {first}   MRN {mrn}   Age {age}\n"
            "Procedure: {surg35}   DOS {date}\n"
            "ASA: III\n"
            "Hx: {anes35}; {dx4}\n"
            "Meds: {rx4}; told to hold {hold35}\n"
            "Airway: Mallampati III, TMD 3 FB, full dentition\n"
            "Labs: Hgb 11.2, K 4.1, Cr 1.3. EKG: NSR\n"
            "Plan: GA/ETT, video laryngoscope in room, PONV prophylaxis x2\n"
            "Seen by: {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{or35} tomorrow - final list",
        "body": (
            "Dr. {provider_last} / {or35} / {date}\n\n"
            "Time  Patient                Age  Procedure                         Anes\n"
            "0730  {last}, {first}      {age}   {surg35}    GA\n"
            "1015  {name2}              --   {proc4}                       MAC\n"
            "1300  add-on hold\n\n"
            "Trays pulled. Rep confirmed for the 0730 ({implant35}). Call the desk "
            "with any changes.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consent mismatch: {name} - {surg35}",
        "body": (
            "Booking says RIGHT, the signed consent says LEFT. Pt is in pre-op bay 6, MRN "
            "{mrn}. We can't take her back until Dr. {provider_last} re-consents. {or35} is "
            "holding.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Prior authorization request - surgical",
        "body": (
            "PRIOR AUTHORIZATION REQUEST - SURGICAL SERVICES\n"
            "To: {company} Utilization Management   Fax: {phone}\n\n"
            "Member name: {name}\n"
            "Member ID: {member}\n"
            "DOB: {dob}\n"
            "Requesting surgeon: Dr. {provider}, NPI {npi}\n"
            "Facility: {asc35} (outpatient)\n"
            "CPT: {cpt35}\n"
            "ICD-10: {icd}\n"
            "Date of service: {date}\n"
            "Clinical summary: failed 12 weeks of PT, NSAIDs and one steroid injection; "
            "imaging and notes attached.\n"
            "Urgency: standard\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Determination letter - reference {ref}",
        "body": (
            "Dear {name},\n\n"
            "We reviewed the request from Dr. {provider_last} for laparoscopic sleeve "
            "gastrectomy (CPT 43775). We are unable to approve this request at this time. "
            "Our records show a BMI of 38.2 without a documented obesity-related condition, "
            "and 4 of the 6 required supervised weight-management visits.\n\n"
            "You or your doctor may appeal within 180 days of this letter. A copy has been "
            "sent to your surgeon.\n\n"
            "Member ID: {member}\n"
            "{company} Health Plan, Utilization Management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry submission errors - batch {ref}",
        "body": (
            "AJRR DATA SUBMISSION - VALIDATION REPORT\n"
            "Batch: {ref}   Submitted: {date}\n\n"
            "1 record rejected:\n"
            "  Patient: {name}\n"
            "  DOB: {dob}\n"
            "  Procedure: {cpt35}   DOS {date2}\n"
            "  Component: {implant35}, lot {lot}\n"
            "  Error E114: laterality missing\n\n"
            "Correct the implant log and resubmit before the quarterly deadline.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your implant information card",
        "body": (
            "Please keep this card in your wallet and show it before any MRI, airport "
            "screening or dental work.\n\n"
            "PATIENT IMPLANT CARD\n"
            "Name: {name}\n"
            "Implant: {implant35}\n"
            "Lot/serial: {lot}\n"
            "Implanted: {date} at {asc35}\n"
            "Surgeon: Dr. {provider}\n"
            "MRI status: conditional, see the manufacturer's instructions\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your pathology results",
        "body": (
            "Dear {name},\n\n"
            "The tissue removed during your procedure on {date} has been examined by our "
            "pathologist. The report shows: {path35}.\n\n"
            "Dr. {provider_last} would like to go over this with you and talk about next "
            "steps. Please call {phone} to book a visit in the next two weeks. The full "
            "report is in your portal.\n\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SURGICAL PATHOLOGY FINAL REPORT",
        "body": (
            "SURGICAL PATHOLOGY REPORT               ACCESSION: S26-{code}\n"
            "PATIENT: {upper_name}               MRN: {mrn}\n"
            "SURGEON: {provider}               COLLECTED: {date}\n"
            "SPECIMEN: A. {surg35}\n\n"
            "FINAL DIAGNOSIS:\n"
            "  A. {path35}\n\n"
            "GROSS: RECEIVED IN FORMALIN, LABELED WITH THE PATIENT'S NAME AND MRN.\n"
            "ELECTRONICALLY SIGNED OUT {date2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "incision question",
        "body": (
            "hi, its {name}. i had the {surg35} on {date} with dr {provider_last} and since "
            "last night theres {wound35}. no fever but it hurts more than yesterday. i "
            "uploaded 2 pics in the portal. should i come in or wait for my appt?\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: pics of my incision",
        "body": (
            "Hi {first},\n\n"
            "Thanks for the photos. It is hard to tell from a picture, so we'd like to see "
            "you in clinic today at 2:00. If you get a fever over 101 before then, go to the "
            "ED.\n\n"
            "{provider_first}, RN\nSurgery clinic\n\n"
            "> On {date}, {name} <{email}> wrote:\n"
            "> 10 days out from my {surg35}. Attached are the photos. There is {wound35}\n"
            "> and its warm to touch. Still taking the {rx4}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Possible SSI - surgeon review requested",
        "body": (
            "Surgeon notification - surgical site infection surveillance\n\n"
            "Patient: {name}   MRN: {mrn}\n"
            "Procedure: {surg35}   Date: {date}   Wound class: II\n"
            "Readmitted: {date2} with fever and wound dehiscence\n"
            "Culture: MSSA, wound\n"
            "Preliminary NHSN determination: {ssi35}\n\n"
            "Please reply agree/disagree by Friday.\n"
            "Infection Prevention\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bariatric pathway update",
        "body": (
            "Program: Metabolic & Bariatric Surgery\n"
            "Candidate: {name}\n"
            "DOB: {dob}\n"
            "Surgeon: Dr. {provider_last}\n"
            "Start BMI: 47.3   Current: 44.9\n"
            "Milestones:\n"
            "  [x] Information seminar\n"
            "  [x] {bari35}\n"
            "  [ ] Dietitian visit 6 of 6\n"
            "  [ ] Insurance submission\n"
            "Insurer: {company}, member {member}\n"
            "Target OR month: March\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bariatric pre-op: {name} - {bari35}",
        "body": (
            "Updated the tracker. Only the insurance submission is left, then we can give "
            "her a surgery date.\n{provider_first}, program coordinator\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your surgical quote and deposit receipt",
        "body": (
            "Dear {name},\n\n"
            "Thank you for your consultation with Dr. {provider_last}. Your quote for "
            "{cosm35}:\n\n"
            "  Surgeon's fee .............. $7,800.00\n"
            "  Anesthesia (2.5 h) ......... $1,150.00\n"
            "  Facility ({asc35}) ... $2,400.00\n"
            "  Garments, post-op visits ... included\n"
            "  TOTAL ...................... $11,350.00\n\n"
            "Deposit received: $1,000.00 on card {card}. The balance is due 14 days before "
            "your surgery date of {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Su consulta de cirugía plástica",
        "body": (
            "Estimada {name}:\n\n"
            "Gracias por visitarnos. Como le explicó el Dr. {provider_last}, antes de su "
            "cirugía ({cosm35}) necesitamos: que deje de fumar 4 semanas antes, análisis de "
            "sangre (hemograma y química) y una carta de su médico por la presión alta. Su "
            "cirugía está reservada para el {date}.\n\n"
            "Cualquier duda, llámenos al {phone}.\n"
            "Coordinadora de cirugía\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Preparación para su colonoscopia",
        "body": (
            "Sr(a). {name}\n"
            "Fecha de nacimiento: {dob}\n\n"
            "Su {scope35} está programada para el {date} a las {time} en {asc35}.\n\n"
            "Un día antes: solo líquidos claros (agua, caldo, gelatina sin color rojo).\n"
            "A las 6 pm tome la primera mitad del {prep35}; la segunda mitad 5 horas antes "
            "de su cita.\n"
            "Suspenda {hold35} (consulte a su médico).\n"
            "Debe venir acompañado por un adulto que maneje.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "prep question!!",
        "body": (
            "I am doing the {prep35} for my colonoscopy tomorrow at 8 and the 2nd dose is "
            "making me vomit, I only got half of it down. Still going alot but its brownish "
            "not clear. Should I still come?? \n{name}, DOB {dob}\nplease call {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cataract surgery scheduling",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Eye: OS (left), second eye\n"
            "Lens: {iol35}; backup lens 0.5 D lower\n"
            "Biometry: IOLMaster {date2}\n"
            "Surgery date: {date} at {asc35}\n"
            "Drops: start moxifloxacin / prednisolone / ketorolac 3 days before\n"
            "Alpha-blocker: tamsulosin, surgeon aware (IFIS risk)\n"
            "Driver: daughter\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first} - POD1 cataract OS",
        "body": (
            "VA sc 20/40, IOP 17, mild corneal edema, AC deep and quiet. Continue drops "
            "QID. F/u 1 wk.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Joint class follow-up",
        "body": (
            "{name} (TKA with Dr. {provider_last} on {date}) came to joint class today but "
            "told us she lives alone at {address}, 2nd floor walk-up, no rails. Case "
            "management, please call her at {phone} about a rolling walker, raised toilet "
            "seat and a possible SNF stay.\n"
            "- {provider_first}, PT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Statement from {asc35}",
        "body": (
            "STATEMENT\n"
            "Patient/guarantor: {name}\n"
            "{address}\n"
            "Account: {account}\n\n"
            "DOS         Description              Charges    Ins paid   Adj        You owe\n"
            "{date}  {cpt35}    $4,200.00  $2,310.50  $1,130.00  $759.50\n\n"
            "Amount due: $759.50. Pay online or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicare reject - {name} MBI {mbi}",
        "body": (
            "Clearinghouse reject on the {cpt35} from {date}: MBI not valid for the DOS. Pt "
            "says she got a new card last year. Need a copy before we rebill.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "H&P and clearance for next week",
        "body": (
            "Hi Pre-Admission team,\n\n"
            "Faxing over the H&P, EKG and cardiology clearance for {name}, DOB {dob}, "
            "scheduled {date} with Dr. {provider_last} for {surg35}. Cardiology says to hold "
            "{hold35}. Labs were drawn here on {date2}, results attached.\n\n"
            "Thanks,\n{provider_first}\nSurgical coordinator, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: add-on tonight?",
        "body": (
            "Can we fit this after the 1700 case? Anesthesia says yes if the room is "
            "free.\n\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Sent: {date} 3:42 PM\n"
            "Subject: add-on\n\n"
            "> {age}M in the ED, {name}, MRN {mrn}\n"
            "> CT c/w perforated appendicitis, WBC 18\n"
            "> NPO since 1100. Consented for lap appy, possible open.\n"
            "> Please book as urgent.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-operative risk assessment",
        "body": (
            "RE: {name}\nDOB: {dob}\n\n"
            "Dear Dr. {provider_last},\n\n"
            "I saw your patient today for evaluation before the planned {surg35}. He has a "
            "history of {dx4} and is on {rx4}. RCRI score 1; functional capacity over 4 "
            "METs; EKG unchanged. From a cardiac standpoint he may proceed at acceptable "
            "risk. Continue the beta-blocker through surgery.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "same-day cancellation - NPO violation",
        "body": (
            "FYI {name} (MRN {mrn}) was cancelled this morning for the {surg35} - she had "
            "coffee with cream and a muffin at 6. Dr. {provider_last} (anesthesia) would "
            "not proceed. Rebooked for {date2}. I went over the NPO instructions again with "
            "her and her husband.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ozempic before surgery",
        "body": (
            "Dr {provider_last}'s office: {name} took his weekly Ozempic on Sunday and his "
            "surgery is Wednesday {date} ({surg35}). New policy says hold 7 days. Does "
            "anesthesia want to move it or do full-stomach precautions? He's diabetic so "
            "pls advise on his insulin too. Cell {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ENDO SCHEDULE {date}",
        "body": (
            "ENDOSCOPY UNIT - DAILY SCHEDULE - {date}\n"
            "RM  TIME  PATIENT                  AGE  PROCEDURE                 MD\n"
            "1   0730  {upper_name}        {age}   {scope35}       {provider_last}\n"
            "1   0815  {name3}             --   EGD                       {provider_last}\n"
            "NOTES: PT #1 ON ELIQUIS - HELD X2 DAYS PER CARDIOLOGY. POOR PREP LAST TIME, "
            "2-DAY PREP GIVEN.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-op call - day 1",
        "body": (
            "POST-OPERATIVE PHONE CALL\n"
            "Patient: {name}\n"
            "Phone: {phone}\n"
            "Procedure/date: {surg35} / {date}\n"
            "Spoke with: patient\n"
            "Pain (0-10): 4, controlled with {med}\n"
            "Nausea/vomiting: no\n"
            "Voiding: yes\n"
            "Dressing: dry and intact\n"
            "Fever: no\n"
            "Questions: when can she shower -> after 48 h\n"
            "Caller: {provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New wound photo uploaded",
        "body": (
            "E-VISIT: POST-OP WOUND CHECK\n"
            "Submitted by: {name} (MRN {mrn})\n"
            "Surgery: {surg35}, {date}\n"
            'Patient comment: "{wound35}"\n'
            "Photos: 3 attached\n"
            "Routed to: Dr. {provider_last} pool\n"
            "Please respond within 1 business day.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} MRN {mrn} - {cpt35} {date}",
        "body": "H&P and consent scanned. Cardiology clearance still pending.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Path back on {last}, {first}: {path35}",
        "body": (
            "Discussed with the pt by phone. Oncology referral placed, f/u in clinic next "
            "week.\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PA {member} - {surg35} - pending clinicals",
        "body": (
            "Payer wants the last 3 PT notes and the MRI report before they'll review. "
            "Uploaded the MRI, PT notes requested from the outside clinic.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {name}'s surgery on {date}",
        "body": (
            "Hello, I'm her son. Mom had her hip replaced on {date} and she is still very "
            "confused at night, pulling at her IV and not knowing where she is. Is this "
            "from the anesthesia? Nobody on the floor could tell me. She was sharp as a "
            "tack before.\n\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Surgery deposit - {name} - SSN {ssn}",
        "body": (
            "Pt paid the $500 deposit for the {cosm35} by check. The financing application "
            "with {company} is pending, they needed the SSN. Please scan the check into "
            "the account.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Implant log - MRN {mrn}",
        "body": (
            "Scanned the sticker sheet: {implant35}, lot {lot}. Bill-only PO to follow "
            "from the rep.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Admission letter - Surgical Day Unit",
        "body": (
            "Dear Mr {last},\n\n"
            "I am pleased to offer you a date for your operation (repair of an inguinal "
            "hernia) under Mr {provider_last}, Consultant General Surgeon.\n\n"
            "Date of admission: {date}\n"
            "Time: 07:00, Surgical Day Unit, Level 2\n"
            "Hospital number: {mrn}\n\n"
            "Please do not eat anything after midnight. You may drink water until 06:00. "
            "Please telephone the admissions office on {phone} to confirm that you can "
            "attend.\n\n"
            "Yours sincerely,\nWaiting List Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ihr OP-Termin",
        "body": (
            "Sehr geehrte Frau {last},\n\n"
            "Ihre Operation ({surg35}) ist für den {date} geplant. Bitte kommen Sie um "
            "{time} nüchtern in die chirurgische Tagesklinik: ab Mitternacht nichts mehr "
            "essen, klare Getränke bis 2 Stunden vorher. Das Aufklärungsgespräch mit der "
            "Anästhesie findet am Vortag statt. Bitte bringen Sie Ihren Medikamentenplan "
            "und Ihre Versichertenkarte mit.\n\n"
            "Mit freundlichen Grüßen\nSekretariat Dr. {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Votre coloscopie du {date}",
        "body": (
            "Madame {name},\n\n"
            "Votre coloscopie est prévue le {date} à {time}. La veille : régime sans "
            "résidus le midi, puis préparation ({prep35}) en deux prises. La consultation "
            "d'anesthésie est obligatoire avant l'examen. Merci de venir accompagnée et "
            "d'apporter votre carte Vitale.\n\n"
            "Secrétariat d'endoscopie\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "bridging plan",
        "body": (
            "Pt: {name}, DOB {dob}\n"
            "On warfarin for a mechanical mitral valve. {surg35} on {date}.\n"
            "- Last warfarin 5 days before surgery\n"
            "- Enoxaparin 1 mg/kg BID starting 3 days before, last dose 24 h pre-op\n"
            "- INR the morning of surgery\n"
            "- Resume warfarin POD1 evening if hemostasis OK\n"
            "Anticoagulation clinic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "abnormal PAT labs",
        "body": (
            "{name} (surgery {date}, Dr. {provider_last}): K 3.0, Hgb 9.1, glucose 284. "
            "Surgeon's office notified, PCP to see her first. May need to postpone.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "discharge meds",
        "body": (
            "For {name}, MRN {mrn}, s/p {surg35} today:\n"
            "- oxycodone 5 mg q4h prn, #18, no refills\n"
            "- ondansetron 4 mg ODT prn\n"
            "- cephalexin 500 mg QID x 5 days\n"
            "- resume home meds\n"
            "PDMP checked. E-prescribed to {company} Pharmacy.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rep coverage Thursday 0730",
        "body": (
            "Hi {name2},\n\n"
            "Confirming you for Dr. {provider_last}'s 0730 case Thursday in {or35}: {name}, "
            "{surg35}. Please bring the {implant35} plus one size up and down, and get the "
            "loaner tray to SPD by 1300 Wednesday.\n\n"
            "Thanks,\n{provider_first}, OR scheduling\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received - thank you",
        "body": (
            "{name}, we received your payment of {amount} on account {account} for your "
            "{scope35} at {asc35} on {date}. Remaining balance: $0.00.\n\n"
            "Patient Accounts\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scanned consent",
        "body": (
            "INFORMED CONSENT FOR SURGERY\n"
            "I, {name}, date of birth {dob}, authorize Dr. {provider} and assistants to "
            "perform: {surg35}\n"
            "Risks discussed: bleeding, infection, nerve injury, blood clots, need for "
            "further surgery\n"
            "Blood products: accepts\n"
            "Patient signature: (signed)   Date: {date}\n"
            "Witness: {name3}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "6-month visit summary",
        "body": (
            "Congratulations, {name}! At your 6-month visit after your sleeve gastrectomy "
            "you were down 58 lb (BMI 47.1 -> 37.6). Your B12 was low, so please start "
            "1000 mcg daily, and keep taking your bariatric multivitamin. Next visit: "
            "{date} with Dr. {provider_last} and the dietitian.\n\n"
            "Bariatric Surgery Program, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "anesthesia pre-assessment appt",
        "body": (
            "Hello, I have a pre-anesthesia phone appointment on {date} but I start a new "
            "job that day. Can we do it earlier? I should tell you I have {anes35}, the "
            "surgeon said you would want to know. My surgery is the {surg35} on {date2}.\n\n"
            "{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Op note addendum",
        "body": (
            "Addendum to the operative note for {name}, MRN {mrn}, DOS {date}: the "
            "specimen count was correct and the implant used was {implant35}, lot {lot}. "
            "EBL 150 mL. Dx code corrected to {icd}.\n"
            "Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]


FRESH35_NEG: list[dict] = [
    {
        "subject": "OR block schedule - next quarter",
        "body": (
            "Block allocations effective {date}:\n\n"
            "MON  OR 3   Ortho (Dr. {provider_last})       0730-1530\n"
            "MON  OR 5   General (Dr. {name})              0730-1530\n"
            "TUE  OR 3   Spine (Dr. {name2})               0730-1730\n"
            "WED  OR 7   Gyn/robotic (Dr. {name3})         0730-1530\n"
            "THU  OR 12  Open block\n\n"
            "Blocks not filled 72 h ahead are released to open booking. Blocks under 70% "
            "utilization for two quarters will be reviewed by the OR committee.\n"
            "Perioperative Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SPD: {tray35} short - do not open",
        "body": (
            "Heads up: tray {ref} ({tray35}) came back from {or35} missing a 2 mm Kerrison "
            "and a needle driver. The tray is quarantined until the count is reconciled. "
            "If you find the instruments please return them to SPD, ext {ext}. A loaner set "
            "from {company} arrives {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vendor visit: {company}",
        "body": (
            "{name} ({company}) is credentialed and will be in the department on {date} "
            "for an in-service on the new instruments for the {implant35}. Reps must check "
            "in at the OR front desk, wear the red vendor badge, and may not enter a room "
            "without a surgeon's request.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical device recall - lot {lot}",
        "body": (
            "Manufacturer: {company}\n"
            "Product: acetabular liner, 36 mm, catalog {sku}\n"
            "Affected lots: {lot} and two others (list attached)\n"
            "Reason: the packaging seal may be compromised; sterility cannot be assured.\n"
            "Action: Materials Management quarantined 14 units in the ortho core. Our "
            "implant log shows no liners from these lots were used at this site, so no "
            "patient follow-up is needed.\n"
            "Recall coordinator: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CV - Dr. {provider}",
        "body": (
            "CURRICULUM VITAE\n"
            "{provider}, MD, FACS\n"
            "NPI: {npi}\n"
            "Residency: General Surgery, {year}\n"
            "Fellowship: Minimally Invasive and Bariatric Surgery\n"
            "Board certification: American Board of Surgery\n"
            "Clinical interests: {surg35}, revisional bariatric surgery, complex hernia\n"
            "Case volume, last 12 months: 412 cases (188 robotic)\n"
            "Languages: English, Spanish\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Credentials Committee - privileges approved",
        "body": (
            "The Credentials Committee approved the following on {date}:\n"
            "- Dr. {provider}: core general surgery; robotic privileges, 5 proctored cases\n"
            "- {name}, {role35}: privileges per the departmental delineation\n"
            "- {name2}, PA-C: first assist, ortho and spine\n"
            "FPPE begins on the start date. Medical Staff Office, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{class35} - winter dates",
        "body": (
            "All sessions are in the Education Center, Room 2B, or on Zoom.\n\n"
            "  {date}    1:00-3:00 pm   in person\n"
            "  {date2}   6:00-8:00 pm   Zoom\n\n"
            "Taught by {name}, RN, surgical nurse navigator, with a physical therapist and "
            "a pharmacist. Bring a family member or coach. Register at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clase preoperatoria de reemplazo de rodilla y cadera",
        "body": (
            "Si usted o un familiar tiene programada una cirugía de reemplazo articular, "
            "le invitamos a nuestra clase gratuita en español.\n\n"
            "Fechas: {date} y {date2}, de 10:00 a 12:00\n"
            "Lugar: Centro de Educación, sala 2B\n"
            "Imparte: {name}, enfermera navegadora\n"
            "Temas: el día de la cirugía, ayuno, control del dolor, andadera y ejercicios\n"
            "Inscripciones: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surgical volume - month to date",
        "body": (
            "Service        Cases   Budget   Var\n"
            "Orthopedics     312      298    +14\n"
            "General         241      260    -19\n"
            "GI endoscopy    688      650    +38\n"
            "Ophthalmology   205      210     -5\n"
            "Bariatrics       37       40     -3\n"
            "Plastics         29       25     +4\n\n"
            "Robotic share of general cases: 44%. Same-day cancellations: 3.1%.\n"
            "Prepared by {name}, Perioperative Analytics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Anesthesia call schedule - week of {date}",
        "body": (
            "       In-house        Backup          OB             CRNA nights\n"
            "Mon    {provider_last}         {last}          {name}\n"
            "Tue    {name2}     {provider_last}         {name3}\n"
            "Wed    {name3}     {name}\n\n"
            "Swaps must be approved by the chief and entered in the scheduling app by "
            "Friday noon.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OR turnover - Q3",
        "body": (
            "Median turnover (wheels out to wheels in): 31 min (goal 25)\n"
            "First-case on-time starts: 72% (goal 85%)\n"
            "Top delay reasons:\n"
            "  1. Surgeon not present (34%)\n"
            "  2. H&P not on the chart (18%)\n"
            "  3. Consent issues (11%)\n"
            "  4. NPO violations (6%)\n"
            "We will pilot a parallel-induction room in {or35} from {date}.\n"
            "{name}, OR Business Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Self-pay pricing for next year",
        "body": (
            "{asc35} - cash prices (facility, surgeon and anesthesia included)\n\n"
            "  Screening colonoscopy ............... $1,395\n"
            "  Colonoscopy with biopsy ............. $1,695\n"
            "  Cataract, standard lens, per eye .... $2,950\n"
            "  Laparoscopic cholecystectomy ........ $7,900\n"
            "  Carpal tunnel release ............... $2,600\n"
            "  Knee arthroscopy .................... $4,850\n\n"
            "Pathology is billed separately. Quotes are valid for 90 days. Call {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spring specials at {provider_last} Plastic Surgery",
        "body": (
            "Breast augmentation from $6,900 | Tummy tuck from $8,500 | Liposuction, one "
            "area, from $3,900 | Upper eyelids from $3,200\n\n"
            "Financing available with approved credit. Book a free consultation with Dr. "
            "{provider} at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surgical Grand Rounds: {date}",
        "body": (
            "Case presentation (de-identified): a woman in her 50s presented 9 days after "
            "{surg35} with fever and erythema at the incision. CT showed a 4 cm fluid "
            "collection, drained percutaneously; cultures grew MRSA.\n\n"
            "Discussion: {name}, MD, on SSI prevention bundles and decolonization.\n"
            "7:00 am, Auditorium B. 1.0 CME.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "M&M agenda - Thursday",
        "body": (
            "Case 1: 70s M, POD 3 after Whipple, anastomotic leak - Dr. {provider_last}\n"
            "Case 2: 40s F, wrong-level near miss, caught at time-out - spine\n"
            "Case 3: count discrepancy, retained sponge ruled out on X-ray - nursing\n\n"
            "M&M is peer review and privileged. Do not forward. No names, MRNs or dates "
            "of service on the slides.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Revised surgical consent form (v{version})",
        "body": (
            "The revised form goes live on {date}. Changes: a blood-products section and a "
            "line on resident participation.\n\n"
            "  Patient name: ________________________   DOB: ___/___/______\n"
            "  MRN: ______________\n"
            "  I authorize Dr. _______________ to perform: ____________________\n"
            "  Side: [ ] Right  [ ] Left  [ ] Bilateral  [ ] N/A\n\n"
            "Forms Management will pull the old forms from the units.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-op text template - for review",
        "body": (
            "Draft of the automated day-2 check-in text. Please send wording changes by "
            "Friday.\n\n"
            '"Hi {{{{first_name}}}}, this is {{{{clinic_name}}}} checking in after your '
            "{{{{procedure}}}} on {{{{surgery_date}}}}. Reply 1 if you are doing well, 2 if "
            "you have a fever over 101, more redness or drainage, or pain your medicine "
            'does not control."\n\n'
            "IT contact: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SSI surveillance report - Q3",
        "body": (
            "Procedure   Cases   SSIs   Rate    SIR\n"
            "HPRO          221      2   0.9%   0.71\n"
            "KPRO          264      1   0.4%   0.48\n"
            "COLO           88      5   5.7%   1.32\n"
            "CHOL          143      1   0.7%   0.90\n"
            "HYST          102      2   2.0%   1.05\n\n"
            "Colon SSIs are above benchmark; a bundle audit starts next month.\n"
            "Infection Prevention, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free weight-loss surgery seminar",
        "body": (
            "Is weight-loss surgery right for you? Join bariatric surgeon Dr. {provider} to "
            "learn about sleeve gastrectomy and gastric bypass, what insurance usually "
            "requires, and what life looks like afterwards.\n\n"
            "{date}, 6:00 pm, Community Room A, or online. Register at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AJRR quarterly submission accepted",
        "body": (
            "Batch {ref} was accepted: 412 procedures (TKA 231, THA 158, revisions 23), 0 "
            "errors. Level II data completion for the site is 96%. Next submission "
            "deadline: {date}.\n\n"
            "Joint Registry Abstractor, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ASC fee schedule - CPT changes",
        "body": (
            "Summary of the final rule for our top codes:\n"
            "  66984 cataract w/ IOL       +2.1%\n"
            "  45385 colonoscopy w/ snare  +1.8%\n"
            "  29881 knee scope            -0.6%\n"
            "  64721 carpal tunnel         +0.9%\n"
            "The contract with {company} was renegotiated at 142% of Medicare. Questions "
            "to {name}, coding manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IOL consignment count",
        "body": (
            "Monthly consignment count, eye rooms:\n"
            "  Alcon SN60WF, +18.0 to +24.0 D ....... 41 on shelf\n"
            "  Tecnis ZCB00, +19.0 to +23.5 D ....... 28 on shelf\n"
            "  PanOptix toric, all powers ............ 9 on shelf\n"
            "Expiring within 60 days: 4 lenses, returned to {company}. Reorder PO {order}.\n"
            "{name}, materials coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Colonoscope pulled from service",
        "body": (
            "Scope SN {code} (CF-HQ190L) failed the leak test after reprocessing at {time}. "
            "It has been pulled from service and tagged. A loaner from {company} arrives "
            "{date}. Endo is running with 5 of 6 colonoscopes, so expect delays in Room 3.\n"
            "SPD lead, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call team tonight",
        "body": (
            "Emergency OR call, {date}:\n"
            "Anesthesia: Dr. {provider}\n"
            "CRNA: {name}\n"
            "Circulator: {name2}\n"
            "Scrub: {name3}\n"
            "Call-in line: {phone}. {or35} is the designated call room tonight.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-anesthesia clinic - new hours",
        "body": (
            "Starting {date}, the pre-anesthesia testing clinic is open Monday to Friday, "
            "7:00-17:00. Walk-ins are accepted for patients having surgery within 7 days; "
            "ASA I-II patients can have a chart review by phone. Fax H&Ps to {phone}.\n\n"
            "Dr. {provider_last}, Medical Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated fasting guidelines (policy PERI-{code})",
        "body": (
            "Effective {date}:\n"
            "- Solids and non-human milk: 6 h before anesthesia (8 h for fried or fatty food)\n"
            "- Breast milk: 4 h\n"
            "- Clear liquids, including carbohydrate drinks: 2 h\n"
            "- Weekly GLP-1 agonists: hold 7 days; daily agents: hold the day of surgery\n"
            "- SGLT2 inhibitors: hold 3 days (ertugliflozin 4 days)\n"
            "Please update the patient handouts in your clinics.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out of office",
        "body": (
            "I am out until {date}. For surgery scheduling please contact {name} at "
            "{phone}. For urgent add-ons, call the OR front desk at ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consignment replenishment - PO {order}",
        "body": (
            "Replenished to par in the ortho core: femoral components sizes 3-7, tibial "
            "baseplates, poly inserts 10-16 mm. Invoice {invoice} for {amount}. No bill-only "
            "forms are outstanding for this site.\n"
            "{name}, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Universal Protocol audit - September",
        "body": (
            "Observed time-outs: 120\n"
            "Fully compliant: 116 (97%)\n"
            "Site marking not visible after draping: 3 (all bilateral eye cases)\n"
            "Implant availability not confirmed: 1\n"
            "Thanks to the {role35} team for leading the debriefs. Audits continue in "
            "{or35} and the endoscopy rooms next month.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ASC patient experience - October",
        "body": (
            "OAS CAHPS, n = 312 returned surveys:\n"
            "  Would recommend the facility: 94%\n"
            "  Staff explained the procedure: 91%\n"
            "  Discharge instructions clear: 89%\n"
            "Common comment themes: parking, waiting-room time, cold pre-op bays.\n"
            "Prepared by {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Backorder: 3-0 Vicryl and hernia mesh",
        "body": (
            "{company} has 3-0 Vicryl on SH needles on backorder until {date}. Substitute "
            "item {sku} is stocked in the core. The 15 x 20 cm mesh is also short; "
            "surgeons have been asked to plan the smaller size where possible.\n"
            "Supply chain, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resident rotations - surgery block 7",
        "body": (
            "PGY-2 {name}: colorectal (Dr. {provider_last})\n"
            "PGY-3 {name2}: bariatrics and endoscopy\n"
            "PGY-4 {name3}: trauma/acute care\n"
            "Rotations start {date}. Please update the call app.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Type and screen before elective surgery",
        "body": (
            "Reminder: a type and screen must be drawn within 3 days of surgery. Last "
            "month 38 first cases were delayed waiting for a T&S. Pre-admission testing can "
            "draw it at the same visit as the pre-op labs.\n"
            "Blood Bank, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Frozen section coverage on Saturday",
        "body": (
            "Dr. {provider} will cover frozen sections this Saturday from 7:00 to 15:00. "
            "Please call {phone} before sending a specimen, and label every container with "
            "two patient identifiers as usual.\n"
            "Department of Pathology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Planned downtime: wound photo upload",
        "body": (
            "The post-op photo upload in the patient portal will be unavailable on {date} "
            "from 22:00 to 02:00 for an upgrade to version {version}. Patients will see a "
            "message asking them to call the clinic instead. Ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - instrument repair invoice",
        "body": (
            "The {company} instrument repair invoice {invoice} ({amount}) could not be paid: "
            "the department P-card 4556 0123 9876 5431 was declined as invalid. Could you "
            "check the number and re-enter it in the procurement portal? The backup card "
            "5312 6609 4471 2087 was rejected too.\n"
            "Accounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "UAT: ASC payment portal",
        "body": (
            "Test results, build {build}:\n"
            "  4000 0566 5566 5557 -> rejected (check digit) PASS\n"
            "  5105 1051 0510 5101 -> rejected (check digit) PASS\n"
            "  amount over $10,000 -> manual review queue  PASS\n"
            "  receipt email -> template renders without surgery details  PASS\n"
            "Sign-off by {name} due {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "First-case on-time starts by surgeon",
        "body": (
            "Surgeon                  Cases   On time\n"
            "Dr. {provider}          22      91%\n"
            "Dr. {name}              18      67%\n"
            "Dr. {name2}             25      80%\n"
            "Department                310     72%\n\n"
            "Individual results are confidential to the surgeon and the chief.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lunch in-service: toric IOL marking",
        "body": (
            "{name} from {company} is bringing lunch to the eye surgery center on {date} "
            "to walk the staff through the new toric marking workflow and the {iol35} "
            "power chart. 12:15 in the break room; surgeons welcome.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bariatric support group - December",
        "body": (
            "Our monthly support group meets {date} at 6:30 pm. {name}, RD, will talk about "
            "protein goals and holiday eating after sleeve and bypass. Open to everyone in "
            "the program, before or after surgery, and their families. Zoom link on the "
            "program page.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: staffing tomorrow",
        "body": (
            "Final: we can staff 14 of 18 rooms. The surgeons with cases in the closed rooms "
            "have been called and the cases moved to Saturday.\n\n"
            "{name}\nAnesthesia scheduler\n\n"
            "> From: {name2}\n"
            "> Two CRNAs out sick and one {role35} on leave. How many rooms can we run?\n"
            "> The ortho and GI blocks are full.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Room changes tomorrow",
        "body": (
            "Dr. {provider_last}'s cases move from {or35} to OR 11 (laser needed). Dr. "
            "{name}'s block is released at 1300. Endo Room 2 is closed for HVAC work. No "
            "case start times change.\n"
            "OR front desk\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider bulletin: prior authorization changes",
        "body": (
            "Effective {date}, {company} will no longer require prior authorization for "
            "CPT 29881 and 64721 when performed in an ambulatory surgery center. Prior "
            "authorization is still required for 43775 and 27447. Submit requests through "
            "the provider portal; urgent requests by phone at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your registry dashboard is ready",
        "body": (
            "Dr. {provider},\n\n"
            "Your surgeon dashboard for the last 12 months is now available: 251 primary "
            "knee and hip arthroplasties, 90-day readmission 2.4%, 1-year revision rate "
            "0.8%. The national median revision rate is 1.1%.\n\n"
            "Registry Support\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job posting: OR RN, ambulatory surgery",
        "body": (
            "{asc35} is hiring a full-time {role35}. Monday to Friday, no call, no "
            "weekends. Experience with ortho, eye or GI cases preferred. Hiring manager: "
            "{name}. Req #{code}; apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prep handouts updated in the EHR",
        "body": (
            "The colonoscopy prep handouts for {prep35} (split dose) and the 2-day prep "
            "have been updated: clear liquids start at breakfast the day before, and the "
            "second dose ends 2 hours before arrival. Please print the new version ({version})"
            " and recycle the old stock.\n"
            "GI nurse educator, {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mr {provider_last} - annual leave",
        "body": (
            "Mr {provider_last}, Consultant Orthopaedic Surgeon, is on annual leave from "
            "{date} to {date2}. His Tuesday and Thursday theatre lists have been "
            "reallocated to Mr {last} and Ms {name3}. Clinic letters will be signed on his "
            "return.\n"
            "Orthopaedic secretaries\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DAILY OR UTILIZATION REPORT {date}",
        "body": (
            "ROOMS STAFFED: 16   ROOMS RUN: 15\n"
            "CASES SCHEDULED: 58   PERFORMED: 55   CANCELLED DAY OF: 3\n"
            "CANCEL REASONS: NPO (1), NOT MEDICALLY OPTIMIZED (1), PATIENT NO-SHOW (1)\n"
            "PRIME-TIME UTILIZATION: 81%\n"
            "CASES PAST 1700: 6\n"
            "GENERATED BY PERIOP ANALYTICS v{version}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cataract Surgery Orientation - what to bring",
        "body": (
            "Thank you for signing up for our orientation session. Please bring your "
            "questions, a list of your medicines and your reading glasses. Our nurse "
            "{name} will explain eye drops, the day of surgery and what to expect "
            "afterwards. Sessions run every second Tuesday; call {phone} to change your "
            "spot.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Robotic program quarterly numbers",
        "body": (
            "Robotic cases this quarter: 214 (hysterectomy 71, prostatectomy 38, hernia 64, "
            "cholecystectomy 22, other 19). Conversion to open: 1.4%. Median console time "
            "for hernia repair fell from 96 to 81 minutes. Thanks to Dr. {provider} and the "
            "{role35} team. Next steering meeting {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

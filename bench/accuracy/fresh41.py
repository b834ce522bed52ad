"""Held-out split "fresh41": templates and laboratory/diagnostics vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full) and the first 64
lines of bench/accuracy/fresh39.py (its module docstring and the start of the file, as a
model of this docstring and the data format; not its templates), for the placeholder names,
the data format, and so as not to repeat their templates. The file names in bench/accuracy/
were listed once (not its subfolders; with the line counts of generate.py, fresh6.py,
fresh7.py and fresh39.py). The author did not read gateway/, policies/, docs/, tests/,
README.md, pyproject.toml, bench/accuracy/vocab/, bench/accuracy/run.py,
bench/accuracy/formats.py or any other bench/accuracy/fresh*.py file, and did not run git,
the detector, run.py, the benchmark or any test. The only things run were Python's ast
module over generate.py (without executing it) to collect the placeholder names that
generate.fill() and generate.fresh_fill() provide, ast.parse over this file while it was
being written, a few small search-and-replace scripts (Python, sed) editing this file, a
script that imports this file and checks its placeholders (each one provided by
generate.fill(), generate.fresh_fill() or FRESH41_VOCAB, and every string formats), key
sets, counts and labels, and that the card-like numbers written in the negatives fail the
Luhn check, and ruff format and ruff check on this file. It is meant to be run once, as an
honest, untuned measurement: do not tune the detector on these templates.

Angle: laboratories, imaging and diagnostics, as lab staff, radiologists, technologists,
couriers and their systems write. Critical-value call logs and read-backs, terse critical
pages, patient result notifications and corrected reports, specimen rejections (hemolysed,
unlabelled, mislabelled, wrong blood in tube), reference-lab send-out requisitions and
courier manifests from nursing homes and physician offices, blood bank (type and screen,
antibody workups, RhIG, crossmatch requests, transfusion reactions, consent holds),
microbiology (culture results, sensitivity tables, positive blood culture and CSF Gram stain
calls, C. diff and AFB notifications), pathology and cytology (frozen sections, IHC
addenda, Pap letters, thyroid FNA, smear reviews), genetic, genomic and pharmacogenomic
reports, point-of-care testing, radiology (final reports and addenda, incidental-finding
follow-up letters, BI-RADS recall letters, contrast reactions and allergies, MRI safety
screening forms, RADPEER discrepancies, stroke reads, PACS misfiles), cardiology
diagnostics (Holter, echo, stress test prep, event-monitor alerts), sleep studies, HL7 ORU
fragments and LIS holds, ABNs, medical-necessity failures and self-pay receipts. ALL-CAPS
instrument and LIS output, pasted tables, accession numbers, "Surname, First" and quoted
replies throughout. The hard negatives come from the same world: QC rule violations,
calibration verification, CAP proficiency-testing results and corrective actions,
instrument error alerts, reagent field safety notices, test catalogue and critical-value
list changes, turnaround-time dashboards and aggregate quality figures (contamination,
hemolysis, RADPEER, cytology workload, frozen-section QA, incidental-finding metrics,
utilisation), courier routes and cooler excursions, staff competency and training records,
schedules and lockouts, de-identified teaching cases and quizzes, veterinary lab, imaging,
cytology and transfusion reports (animal patients, owners named by surname only),
environmental, Legionella, dialysis-water and ATP swab testing, research specimen
inventories and kit shipments keyed by study codes only, barcode and accession ranges, an
HL7 ACK without patient segments, invoices, and purchasing-card numbers that fail the Luhn
check.

This file's own placeholders (FRESH41_VOCAB): {assay41} {crit41} {rej41} {org41} {gram41}
{imgstudy41} {finding41} {birads41} {path41} {pap41} {gene41} {abo41} {ab41} {bprod41}
{rxn41} {contrast41} {mri41} {cardio41} {sleep41} {poc41} {facility41} {unit41} (tests,
critical results, rejection reasons, organisms, Gram stains, imaging studies and findings,
BI-RADS categories, pathology and Pap diagnoses, genetic variants, blood types, antibodies,
blood products, transfusion and contrast reactions, MRI implants, cardiology, sleep and
point-of-care results, nursing-home names and hospital units), and {instr41} {qc41}
{pet41} {vet41} {cap41} for the negatives (instruments, QC rules, animal names and
species, CAP surveys); {assay41}, {finding41}, {org41} and {facility41} also appear in
negatives, where no patient is named. Other placeholders come from generate.fill() and
generate.fresh_fill().

Each template is a dict with exactly the fields of generate.Template: subject, body, phi,
subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). subject_phi is True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier
in a care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in
the Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card},
{icd}, {mbi} or {passport}, and name only staff, vendors, partners, animals' owners in a
veterinary context, or nobody, or give aggregate figures; the card-like numbers written
literally in them fail the Luhn check. Anything ambiguous was left out.
"""

from __future__ import annotations

from typing import Any

FRESH41_VOCAB: dict[str, list[str]] = {
    "assay41": [
        "potassium",
        "high-sensitivity troponin I",
        "TSH",
        "hemoglobin A1c",
        "ferritin",
        "vitamin B12",
        "PSA",
        "lipase",
        "magnesium",
        "ammonia",
        "BNP",
        "free T4",
        "procalcitonin",
        "vancomycin trough",
        "lithium level",
        "digoxin level",
        "CK",
        "D-dimer",
        "fibrinogen",
        "CRP",
        "urine protein/creatinine ratio",
        "quantitative hCG",
        "HIV-1/2 Ag/Ab combo",
        "hepatitis B surface antigen",
    ],
    "crit41": [
        "POTASSIUM 6.9 mmol/L (CRIT HIGH)",
        "SODIUM 117 mmol/L (CRIT LOW)",
        "GLUCOSE 38 mg/dL (CRIT LOW)",
        "GLUCOSE 612 mg/dL (CRIT HIGH)",
        "HGB 5.8 g/dL (CRIT LOW)",
        "PLT 11 K/uL (CRIT LOW)",
        "INR 8.4 (CRIT HIGH)",
        "aPTT >150 sec (CRIT HIGH)",
        "LACTATE 6.1 mmol/L (CRIT HIGH)",
        "CALCIUM 14.2 mg/dL (CRIT HIGH)",
        "IONIZED CA 0.71 mmol/L (CRIT LOW)",
        "TROPONIN I HS 4,812 ng/L (CRIT HIGH)",
        "WBC 0.4 K/uL, ANC 0.05 (CRIT LOW)",
        "MAGNESIUM 0.8 mg/dL (CRIT LOW)",
        "PH 7.08, PCO2 82 (CRIT)",
        "CARBAMAZEPINE 19.6 ug/mL (CRIT HIGH)",
        "ACETAMINOPHEN 212 ug/mL (CRIT HIGH)",
    ],
    "rej41": [
        "hemolyzed (H-index 4+)",
        "unlabeled specimen",
        "mislabeled: name on tube does not match requisition",
        "clotted lavender top",
        "QNS (quantity not sufficient)",
        "received without a requisition",
        "exceeded stability: received 52 h after collection",
        "wrong tube type (SST received for ammonia, needs green top on ice)",
        "leaking container, biohazard bag contaminated",
        "light blue top underfilled (less than 90%)",
        "collected above IV site, contaminated with saline",
        "specimen received frozen, test requires refrigerated",
    ],
    "org41": [
        "Staphylococcus aureus (MRSA)",
        "Escherichia coli, ESBL-producing",
        "Klebsiella pneumoniae",
        "Enterococcus faecium (VRE)",
        "Pseudomonas aeruginosa",
        "Streptococcus pneumoniae",
        "Candida glabrata",
        "Proteus mirabilis",
        "Streptococcus agalactiae (group B)",
        "Enterobacter cloacae complex",
        "Klebsiella pneumoniae, carbapenemase (KPC) detected",
        "Staphylococcus epidermidis",
    ],
    "gram41": [
        "Gram-positive cocci in clusters",
        "Gram-positive cocci in pairs and chains",
        "Gram-negative rods",
        "Gram-negative diplococci",
        "Gram-positive rods",
        "budding yeast",
    ],
    "imgstudy41": [
        "CT chest with contrast",
        "CT abdomen/pelvis with IV contrast",
        "MRI brain with and without contrast",
        "CTA head and neck",
        "US abdomen complete",
        "XR chest, 2 views",
        "MRI lumbar spine without contrast",
        "PET/CT skull base to mid-thigh",
        "CT head without contrast",
        "US thyroid",
        "MRI right knee without contrast",
        "NM whole-body bone scan",
        "US renal",
        "CT urogram",
        "MRCP",
    ],
    "finding41": [
        "a 7 mm solid nodule in the right upper lobe",
        "a 2.1 cm left adrenal nodule",
        "an ascending thoracic aorta measuring 4.6 cm",
        "a Bosniak IIF cystic lesion of the right kidney",
        "a 1.4 cm indeterminate hypodense lesion in hepatic segment 7",
        "a 1.8 cm right thyroid nodule (TI-RADS 4)",
        "an acute lacunar infarct in the left corona radiata",
        "a nondisplaced fracture of the right seventh rib",
        "a 1.2 cm cystic lesion in the pancreatic tail",
        "small bilateral pulmonary emboli",
        "a spiculated 2.4 cm mass in the left lower lobe",
        "moderate hydronephrosis on the left with a 6 mm UVJ stone",
        "a complete tear of the anterior cruciate ligament",
        "diffuse osseous metastatic disease",
        "a 3 mm filling defect in the left main pulmonary artery",
    ],
    "birads41": [
        "BI-RADS 0: incomplete, additional imaging needed",
        "BI-RADS 3: probably benign, short-interval follow-up",
        "BI-RADS 4A: low suspicion for malignancy",
        "BI-RADS 4B: moderate suspicion for malignancy",
        "BI-RADS 5: highly suggestive of malignancy",
    ],
    "path41": [
        "invasive ductal carcinoma, Nottingham grade 2",
        "tubular adenoma, no high-grade dysplasia",
        "basal cell carcinoma, nodular type, deep margin involved",
        "chronic active gastritis with Helicobacter pylori",
        "metastatic adenocarcinoma, consistent with colorectal primary",
        "prostatic adenocarcinoma, Gleason 3+4=7 (Grade Group 2)",
        "melanoma in situ, margins clear",
        "squamous cell carcinoma, moderately differentiated",
        "diffuse large B-cell lymphoma",
        "sessile serrated lesion with dysplasia",
        "endometrial hyperplasia with atypia",
        "papillary thyroid carcinoma, classic variant",
    ],
    "pap41": [
        "ASC-US, high-risk HPV positive (non-16/18)",
        "LSIL",
        "HSIL",
        "ASC-H",
        "atypical glandular cells (AGC)",
        "NILM, HPV 16 positive",
        "NILM, HPV negative",
    ],
    "gene41": [
        "BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic",
        "MLH1 c.350C>T, likely pathogenic (Lynch syndrome)",
        "heterozygous for Factor V Leiden (F5 c.1601G>A)",
        "homozygous HFE C282Y",
        "CFTR F508del, heterozygous carrier",
        "ATM c.7271T>G, variant of uncertain significance",
        "CYP2C19 *2/*2, poor metabolizer",
        "47,XXY karyotype",
        "CHEK2 c.1100delC, pathogenic",
        "DPYD *2A heterozygous, reduced fluoropyrimidine clearance",
        "trisomy 21 on prenatal cfDNA screen, high risk",
    ],
    "abo41": ["O NEG", "O POS", "A NEG", "A POS", "B NEG", "B POS", "AB POS", "AB NEG"],
    "ab41": [
        "anti-K (Kell)",
        "anti-E",
        "anti-Jka (Kidd)",
        "anti-Fya (Duffy)",
        "anti-D, likely passive from RhIG",
        "anti-c plus anti-E",
        "a warm autoantibody, pan-reactive, DAT 2+ IgG",
    ],
    "bprod41": [
        "2 units leukoreduced RBCs",
        "1 unit irradiated RBCs",
        "1 apheresis platelet",
        "2 units FFP",
        "1 pool of cryoprecipitate (5 units)",
        "4 units RBCs, 4 units plasma (MTP round 1)",
    ],
    "rxn41": [
        "fever 39.1 C with rigors 40 minutes into the unit",
        "hives on chest and arms, no respiratory symptoms",
        "hypoxia and new bilateral infiltrates within 4 hours (TRALI vs TACO)",
        "hypertension and dyspnea, BNP rising (suspected TACO)",
        "back pain, dark urine and a positive DAT",
        "hypotension to 78/40 with flushing",
    ],
    "contrast41": [
        "hives and facial flushing after iohexol",
        "wheezing and throat tightness after gadobutrol",
        "a vasovagal reaction after iodinated contrast",
        "extravasation of about 80 mL of iopamidol in the left forearm",
        "diffuse itching and sneezing after iopamidol",
        "hypotension and bradycardia after IV contrast, treated with IM epinephrine",
    ],
    "mri41": [
        "an MR-conditional pacemaker (Medtronic Azure)",
        "a cochlear implant, left",
        "an intracranial aneurysm clip placed in 1998, model unknown",
        "a spinal cord stimulator",
        "an insulin pump and CGM",
        "metal fragments in the right eye (former welder)",
        "a programmable VP shunt",
        "a retained pacing wire after CABG",
    ],
    "cardio41": [
        "paroxysmal atrial fibrillation, burden 14%, longest episode 3 h 12 min",
        "LVEF 30-35%, global hypokinesis, moderate mitral regurgitation",
        "severe aortic stenosis, mean gradient 46 mmHg, AVA 0.8 cm2",
        "2.5 mm horizontal ST depression V4-V6 at 7 METs, positive for ischemia",
        "a 6.2 second sinus pause at 03:14 while asleep",
        "nonsustained VT, longest run 11 beats",
        "reversible inferolateral perfusion defect, LVEF 48%",
        "large pericardial effusion without tamponade physiology",
        "Mobitz II second-degree AV block, symptomatic",
    ],
    "sleep41": [
        "AHI 34.2/h, severe obstructive sleep apnea, SpO2 nadir 78%",
        "AHI 8.1/h, mild obstructive sleep apnea",
        "AHI 21/h, moderate OSA, supine-predominant",
        "central apneas with Cheyne-Stokes breathing, CAI 18/h",
        "PLM index 44/h, periodic limb movement disorder",
        "MSLT mean sleep latency 3.1 min with 3 SOREMPs, consistent with narcolepsy",
    ],
    "poc41": [
        "fingerstick glucose 41 mg/dL",
        "i-STAT potassium 6.3 mmol/L",
        "POC INR 5.6",
        "rapid strep antigen positive",
        "urine hCG positive",
        "POC hemoglobin 6.9 g/dL",
        "fingerstick glucose HI (>600 mg/dL)",
        "rapid influenza A positive",
        "POC troponin 0.31 ng/mL",
    ],
    "facility41": [
        "Maple Grove Care Center",
        "Sunrise Terrace Skilled Nursing",
        "Willow Creek Rehabilitation",
        "Oak Hollow Assisted Living",
        "St. Brendan's Home",
        "Lakeview Manor",
        "Cedar Ridge Health and Rehab",
    ],
    "unit41": ["4 West", "MICU", "5 North", "ED", "L&D", "PACU", "CVICU", "Oncology 7"],
    "instr41": [
        "cobas c702 module 2",
        "Sysmex XN-3100 analyzer B",
        "Access 2 immunoassay #1",
        "Alinity ci line 1",
        "Atellica CH 930",
        "BACTEC FX cabinet 3",
        "VITEK 2 XL",
        "ORTHO VISION Max",
        "STA R Max 3",
        "GeneXpert 16-module",
        "iQ200 urinalysis",
    ],
    "qc41": [
        "1-3s violation on level 2",
        "2-2s violation across levels 1 and 2",
        "R-4s violation",
        "10-x shift on level 3",
        "4-1s trend on level 1",
        "2 of 3 controls above +2SD",
    ],
    "pet41": ["Biscuit", "Mochi", "Duke", "Pepper", "Luna", "Tank", "Waffles", "Juniper"],
    "vet41": [
        "canine, Labrador retriever, 9 y, FS",
        "feline, domestic shorthair, 14 y, MN",
        "canine, German shepherd, 7 y, MI",
        "feline, Maine coon, 6 y, FS",
        "equine, Quarter Horse gelding, 12 y",
        "canine, dachshund, 11 y, MN",
        "ferret, 4 y, F",
    ],
    "cap41": [
        "C-B (chemistry)",
        "HE-C (hematology)",
        "BCS-B (blood culture)",
        "J-B (antibody identification)",
        "MX1-B (bacteriology)",
        "CGL-B (coagulation)",
        "PAP-KIT (gynecologic cytology)",
        "DEX-B (drugs of abuse)",
    ],
}


FRESH41_PHI: list[dict[str, Any]] = [
    {
        "subject": "Critical value call log {date}",
        "body": (
            "CORE LAB - CRITICAL VALUE NOTIFICATION LOG\n"
            "Shift: nights   Tech: {provider_first}\n\n"
            "Time   Patient               MRN        Loc     Result\n"
            "{time}  {last}, {first_only}     {mrn}   {unit41}  {crit41}\n"
            "       Called to: {name2}, RN\n"
            "       Read-back: YES   Minutes from verification to call: 9\n\n"
            "All criticals called within 30 min. One call escalated to the house supervisor "
            "after two unanswered pages.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CRIT",
        "body": "{upper_name} MRN {mrn} {crit41}. Called {provider_first} RN {time}, RB ok.\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CRITICAL {crit41} - {last}, {first_only}",
        "body": (
            "Paged Dr. {provider_last} twice (ext {ext}), no callback after 20 min. Per policy "
            "escalating to the attending on call. Pt is outpatient, drawn at the {clinic} PSC "
            "this morning. Home phone on file {phone}, no answer, left message to go to ED.\n"
            "- {name2}, MLS(ASCP)\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your test result is available",
        "body": (
            "Dear {name},\n\n"
            "A new result has been added to your health record.\n\n"
            "Test: {assay41}\n"
            "Collected: {date}\n"
            "Status: Final\n\n"
            'Dr. {provider_last} has reviewed it and wrote: "Slightly outside the reference '
            "range. Nothing urgent, but let's repeat it in 6 weeks. The lab can draw it any "
            'weekday."\n\n'
            "Sign in to the patient portal to see the full result. Questions? Call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Corrected report notification",
        "body": (
            "*** CORRECTED REPORT ***\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Accession: C26-{code}\n"
            "Test: {assay41}\n\n"
            "The result originally reported on {date} at {time} was incorrect because of a "
            "dilution error on the analyzer. The corrected result has been released and the "
            "original value is shown as CORRECTED in the chart. Ordering provider Dr. "
            "{provider} was notified by phone; read-back confirmed.\n\n"
            "Laboratory Quality, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specimen rejected - recollect needed",
        "body": (
            "SPECIMEN REJECTION NOTICE\n"
            "Client: {clinic}\n"
            "Patient: {last}, {first_only}\n"
            "DOB: {dob}\n"
            "Test(s) ordered: {assay41}, CMP\n"
            "Collected: {date}\n"
            "Reason for rejection: {rej41}\n\n"
            "Please recollect at your earliest convenience. No charge will be billed for the "
            "rejected specimen. Questions: Client Services {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WBIT event - {unit41}",
        "body": (
            "Wrong blood in tube. Type and screen on {name} (MRN {mrn}) typed today as "
            "{abo41}; historical type from {year} is different. Second tube drawn by a "
            "different phlebotomist confirms the historical type, so this morning's tube was "
            "someone else's blood. Patient had a transfusion order pending, nothing issued.\n\n"
            "Safety event report filed. Nurse manager, please pull the collection audit for "
            "{time}.\n{provider_first}, Blood Bank Lead\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Send-out requisition - {company} Reference Laboratories",
        "body": (
            "REFERENCE LAB SEND-OUT\n"
            "Patient name: {upper_name}\n"
            "DOB: {dob}   Sex: F\n"
            "Test: hereditary cancer panel (84 genes), blood in lavender top x2\n"
            "Diagnosis code(s): {icd}\n"
            "Bill to: insurance - {company} PPO, member ID {member}\n"
            "Ordering: {provider}, MD, NPI {npi}\n"
            "Ship: ambient, FedEx priority overnight, tracking {tracking}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Courier manifest - route 4 - {date}",
        "body": (
            "PICKUP: {facility41}\n"
            "Courier: {name3}   Cooler temp at pickup: 4.1 C\n\n"
            "#  Patient                 DOB          Tests              Tube\n"
            "1  {last}, {first_only}       {dob}   CBC, BMP, {assay41}   LAV/SST\n"
            "2  {intl_name}                {date2}   PT/INR               BLUE\n\n"
            "2 specimens, 3 tubes. Signed for by facility nurse. Received at main lab {time}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Antibody workup delaying tomorrow's OR case",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Heads up on {name}, MRN {mrn}, booked for {proc} in the morning. Type and "
            "screen: {abo41}, antibody screen POSITIVE. Panel points to {ab41}. We need to "
            "screen antigen-negative units and may have to order from the blood supplier, so "
            "crossmatch-compatible blood could take 24-48 h. Please consider moving the case "
            "or we can set up an emergency-release plan with you.\n\n"
            "{name2}, MT(ASCP)SBB\nTransfusion Service\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transfusion reaction investigation",
        "body": (
            "TRANSFUSION REACTION WORKUP\n"
            "Recipient: {upper_name}   MRN: {mrn}   Location: {unit41}\n"
            "Product: {bprod41}, unit W0{build}\n"
            "Reaction: {rxn41}\n"
            "Clerical check: no discrepancy\n"
            "Post-transfusion DAT: see comment\n"
            "Visual hemolysis: none\n"
            "Cultures sent on bag and patient.\n\n"
            "Interpretation pending medical director review. Future transfusions: "
            "premedicate per Dr. {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "XM 2u {last}, {first_only} MRN {mrn}",
        "body": "Hgb 6.8 this am. Consent signed. Please crossmatch 2 units, transfuse today.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Urine culture result",
        "body": (
            "{name},\n\n"
            "Your urine culture from {date} grew more than 100,000 CFU/mL of {org41}. The "
            "antibiotic you were started on will not treat this germ, so Dr. {provider_last} "
            "has sent a new prescription to your pharmacy. Please stop the old one and start "
            "the new one today.\n\n"
            "{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "POS BLOOD CX - {upper_name}",
        "body": (
            "Aerobic bottle 1 of 2 flagged positive at 14.2 h. Gram stain: {gram41}. Called "
            "to {name2}, RN on {unit41} at {time}, read back. Rapid PCR ID to follow in about "
            "1 h.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Sensitivities - wound culture",
        "body": (
            "Patient: {last}, {first_only}  MRN {mrn}\n"
            "Source: wound, left heel\n"
            "Organism: {org41}\n\n"
            "ANTIBIOTIC              MIC     INTERP\n"
            "Ampicillin              >=32    R\n"
            "Cefazolin               >=64    R\n"
            "Ceftriaxone             <=1     S\n"
            "Ciprofloxacin           2       I\n"
            "Gentamicin              <=1     S\n"
            "Trimethoprim/Sulfa      >=320   R\n"
            "Vancomycin              1       S\n\n"
            "Final. Infectious disease notified per stewardship protocol.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "C. diff positive - isolation",
        "body": (
            "C. DIFFICILE TOXIN B PCR: POSITIVE\n"
            "{name}, room {ext}, {unit41}\n\n"
            "Please start contact plus precautions (soap and water, bleach wipes). Infection "
            "Prevention has been notified. Patient was on {med} before admission.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "AFB smear positive",
        "body": (
            "FYI IP: sputum AFB smear 2+ on {name}, MRN {mrn}, collected {date}. MTB PCR "
            "pending, should be back tomorrow. Patient is in a negative-pressure room on 5 "
            "North. Health department report to follow once PCR is in.\n"
            "Micro lab, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Frozen section result, OR 7",
        "body": (
            "FROZEN SECTION DIAGNOSIS\n"
            "Patient: {name}\n"
            "MRN: {mrn}\n"
            "Specimen A: sentinel lymph node #1, left axilla\n"
            "FS-A: {path41}\n"
            "Called to Dr. {provider_last} in OR 7 at {time}, read back by circulator.\n"
            "Pathologist: {name2}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pathology addendum - IHC results",
        "body": (
            "ADDENDUM\n\n"
            "Patient: {last}, {first_only}   DOB {dob}\n"
            "Original diagnosis: {path41}\n\n"
            "Immunohistochemistry performed on block A3:\n"
            "  ER: positive (95%, strong)\n"
            "  PR: positive (40%, moderate)\n"
            "  HER2 (IHC): 2+, equivocal; reflexed to FISH\n"
            "  Ki-67: 22%\n\n"
            "The diagnosis is unchanged. Addendum signed electronically by {provider}, MD.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your Pap test results",
        "body": (
            "Dear Ms. {last},\n\n"
            "Your Pap test and HPV test from {date} showed: {pap41}.\n\n"
            "This is common and does not mean you have cancer, but Dr. {provider_last} "
            "recommends a colposcopy, a closer look at the cervix done in the office. Please "
            "call {phone} to schedule within the next 4 to 6 weeks.\n\n"
            "Women's Health Clinic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pap {pap41} - {last}, {first_only} {dob}",
        "body": "Needs colpo. Pls schedule and send letter.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Genetic test report available",
        "body": (
            "MOLECULAR GENETICS LABORATORY - FINAL REPORT\n\n"
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Specimen: peripheral blood, collected {date}\n"
            "Indication: personal history of early-onset cancer\n\n"
            "RESULT: POSITIVE\n"
            "Variant: {gene41}\n\n"
            "Genetic counseling is recommended. First-degree relatives may wish to consider "
            "cascade testing.\n"
            "Reviewed by: {provider}, PhD, FACMG\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: your genetic results and your family",
        "body": (
            "Hi {first},\n\n"
            "As we discussed on the phone, your result ({gene41}) means your sister "
            "{name2} and your children each have a chance of carrying the same change. I "
            "have attached a family letter you can share with them; they can be tested at "
            "any lab for the single variant. Your next appointment with me is {date} at "
            "{time}.\n\n"
            "{provider}, MS, CGC\nCancer Genetics Program\n\n"
            "> Can my sister get tested here too? She lives out of state.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacogenomics result - clopidogrel",
        "body": (
            "Dr. {provider_last},\n"
            "Pharmacogenomic testing on {name} (MRN {mrn}) came back CYP2C19 *2/*2 (poor "
            "metabolizer). Clopidogrel was started after the stent on {date}; pharmacy "
            "recommends switching to ticagrelor. Note added to the chart.\n"
            "{name3}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "POC glucose - {facility41}",
        "body": (
            "Outreach POCT note: {poc41} on {name}, room 114B, at {time}. Rechecked in 15 "
            "min after juice and crackers. Facility nurse {name2} notified; on-call NP "
            "paged.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "i-STAT bay 6",
        "body": (
            "bay 6 {last}, {first_only} - {poc41}, sent a main lab green top to confirm. "
            "dr {provider_last} aware\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Final report: {imgstudy41}",
        "body": (
            "EXAM: {imgstudy41}\n"
            "PATIENT: {upper_name}\n"
            "MRN: {mrn}    DOB: {dob}\n"
            "ORDERING: {provider}\n\n"
            "CLINICAL HISTORY: {sym5}.\n"
            "COMPARISON: None.\n\n"
            "FINDINGS: There is {finding41}. No other acute abnormality.\n\n"
            "IMPRESSION:\n"
            "1. {finding41}.\n"
            "2. Follow-up recommendations per ACR guidance; see addendum if placed.\n\n"
            "Electronically signed by {name2}, MD, {date} {time}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADDENDUM - {imgstudy41} - MRN {mrn}",
        "body": (
            "Addendum: on review of prior outside imaging, the finding was present and "
            "unchanged 2 years ago, so no further follow-up is needed. Discussed with Dr. "
            "{provider_last} by phone at {time}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Follow-up recommended after your recent imaging",
        "body": (
            "{name}\n"
            "{address}\n\n"
            "Dear {name},\n\n"
            "You had a {imgstudy41} at our imaging center on {date}. The radiologist "
            "noticed {finding41}. This was not the reason for your scan, and most findings "
            "like this are not serious, but the radiologist recommends a follow-up study. "
            "We have also sent this information to Dr. {provider}.\n\n"
            "Please talk with your doctor about scheduling. If you do not have a doctor, "
            "call our incidental findings nurse at {phone}.\n\n"
            "Radiology Follow-Up Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Important: your mammogram",
        "body": (
            "Dear {name},\n\n"
            "Thank you for having your screening mammogram on {date}. The radiologist "
            "would like you to come back for more pictures (a diagnostic mammogram and "
            "possibly an ultrasound). Result: {birads41}.\n\n"
            "Many women are called back, and most of the time the extra pictures are "
            "normal. Please call {phone} to schedule. A copy of this letter was sent to "
            "Dr. {provider_last}.\n\n"
            "Breast Imaging Center, {address}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contrast reaction report",
        "body": (
            "CONTRAST REACTION\n"
            "Patient: {name}, {age} y\n"
            "MRN: {mrn}\n"
            "Study: {imgstudy41}\n"
            "Event: {contrast41}\n"
            "Treatment: diphenhydramine 50 mg IV, observed 60 min, resolved\n"
            "Allergy list updated in EHR and RIS. Premedication required for future "
            "contrast studies.\n"
            "Radiologist: {name2}, MD   Tech: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contrast allergy - {name}",
        "body": (
            "Please add to her allergy list before the CT on Friday. Prior reaction at "
            "the outside hospital. Premed protocol ordered.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRI safety screening form - Thursday",
        "body": (
            "MRI SAFETY SCREENING FORM (scanned from fax)\n"
            "Name: {name}\n"
            "DOB: {dob}\n"
            "Weight: 212 lb\n"
            "Exam: {imgstudy41}\n"
            "Implants/devices: {mri41}\n"
            "Prior surgery: {proc}\n"
            "Pregnant: N/A\n"
            "Claustrophobia: YES, needs oral sedation\n\n"
            "MR safety officer: please review the implant before we confirm the slot.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Peer review discrepancy - RADPEER 2b",
        "body": (
            "Peer review result for your read of {date}:\n"
            "Patient: {last}, {first_only} (MRN {mrn})\n"
            "Exam: {imgstudy41}\n"
            "Discrepancy: original report did not mention {finding41}; reviewer scored 2b "
            "(likely clinically significant). Ordering provider has been contacted and an "
            "addendum placed.\n\n"
            "This review is confidential peer-review work product.\n"
            "Radiology Quality Committee\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "STAT read needed",
        "body": (
            "STROKE ALERT - {upper_name} - {imgstudy41} on scanner 2 now. Last known well "
            "{time}. Neuro wants LVO read in 10 min. Please open in PACS.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} MRI - sedation needed",
        "body": (
            "Claustrophobic, failed the scan last month. Needs lorazepam premed and a driver. "
            "Can we book the wide-bore magnet?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Holter report ready for signature",
        "body": (
            "48-HOUR HOLTER MONITOR REPORT\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Hookup: {date}   Analyzed hours: 47:52\n"
            "Indication: palpitations, near-syncope\n\n"
            "Underlying rhythm: sinus, HR 48-142 bpm, mean 76\n"
            "Findings: {cardio41}\n"
            "Patient diary: 'fluttering' at 02:10 correlates with the finding above.\n\n"
            "Scanned by {provider_first}, CCT. Awaiting interpretation by Dr. {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Echo prelim {last}, {first_only}",
        "body": "{cardio41}. Fellow aware. Final read after 2 pm.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Preparing for your stress test",
        "body": (
            "Hello {name},\n\n"
            "You are scheduled for a nuclear stress test on {date} at {time}. Please:\n"
            "  - no caffeine (coffee, tea, soda, chocolate) for 24 hours before\n"
            "  - nothing to eat for 4 hours before\n"
            "  - do not take your {med} that morning unless your doctor says otherwise\n"
            "  - wear comfortable shoes; the test takes about 4 hours\n\n"
            "To reschedule call Cardiology Diagnostics at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Event monitor alert - urgent",
        "body": (
            "MONITORING CENTER ALERT (auto-forwarded)\n"
            "Patient: {upper_name}\n"
            "Enrollment: {code}\n"
            "Event received {date} {time}: {cardio41}\n"
            "Patient contacted at {phone}: asymptomatic, at home.\n"
            "Physician notification: Dr. {provider}, by phone, per urgent criteria.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PSG interpretation",
        "body": (
            "DIAGNOSTIC POLYSOMNOGRAPHY\n"
            "Patient: {name}   DOB: {dob}   BMI: 36.4\n"
            "Referring: {provider}\n"
            "Study date: {date}\n\n"
            "Total sleep time 352 min, sleep efficiency 81%.\n"
            "Result: {sleep41}.\n\n"
            "Recommendation: CPAP titration study, avoid driving when drowsy, weight "
            "management. Follow up in sleep clinic in 6 weeks.\n"
            "Interpreting physician: {name2}, MD, D.ABSM\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Home sleep test device not returned",
        "body": (
            "Hi {first},\n\n"
            "Our records show the home sleep apnea test device you picked up on {date} has "
            "not been returned. We cannot score your study until we get it back. Please drop "
            "it at the Sleep Center front desk or call {phone} and we will send a prepaid "
            "mailer to {address}.\n\n"
            "Sleep Disorders Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ORU rejected - patient not matched",
        "body": (
            "Interface engine error on channel LAB_ORU_OUT. Message below did not file; "
            "please match manually.\n\n"
            "MSH|^~\\&|LIS|MAINLAB|EHR|HOSP|{build}||ORU^R01|{ref}|P|2.5.1\n"
            "PID|1||{mrn}^^^HOSP^MR||{last}^{first_only}^^^^^L||||||{address}\n"
            "OBR|1|{order}|C26-{code}|{assay41}|||{date}\n"
            "OBX|1|ST|{assay41}||SEE NOTE||||||F\n"
            "NTE|1||CALLED TO AND READ BACK BY {name2} RN\n\n"
            "Error: PID-3 not found in EHR MPI.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LIS RESULT HELD",
        "body": (
            "*** LIS AUTOVERIFICATION HOLD ***\n"
            "ACCESSION  {code}\n"
            "PATIENT    {upper_name}\n"
            "MRN        {mrn}\n"
            "TEST       {assay41}\n"
            "REASON     DELTA CHECK FAILED VS PRIOR {date}\n"
            "ACTION     TECH REVIEW REQUIRED BEFORE RELEASE\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Study filed under wrong patient in PACS",
        "body": (
            "The {imgstudy41} done {date} on {name} (MRN {mrn}) was sent to PACS under MRN "
            "{mrn2}, which belongs to another patient. Study is locked. Please move it and "
            "confirm the report went to the right chart. The wrong patient's portal already "
            "showed 'new imaging result', so privacy office is copied.\n"
            "RIS support\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{facility41} results",
        "body": (
            "Good morning,\n\n"
            "Results from today's draw at your facility:\n\n"
            "Rm 12B  {name}         {crit41}  ** called to charge nurse {time} **\n"
            "Rm 20A  {intl_name}    CBC, BMP within normal limits\n\n"
            "Full reports are on the outreach portal. Reply or call {phone} with questions.\n"
            "Outreach Client Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fax: lab results for your patient",
        "body": (
            "CONFIDENTIAL FAX - {clinic}\n"
            "To: Dr. {provider}\n"
            "Pages: 3 including cover\n\n"
            "Results for your patient {name}, DOB {dob}:\n"
            "  {assay41}: abnormal, see page 2\n"
            "  Lipid panel: LDL 182 mg/dL (H)\n\n"
            "If you received this fax in error, call {phone} and destroy all copies.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: add-on",
        "body": (
            "Done, added it to the SST from 0600, acc {code}. Result in about an hour.\n\n"
            "-----Original Message-----\n"
            "From: {provider}\n"
            "Sent: {date} {time}\n"
            "Subject: add-on\n\n"
            "Can you add a {assay41} onto {last}'s blood from this morning? MRN {mrn}. Don't "
            "want to stick him again, his veins are shot.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received - genetic testing",
        "body": (
            "Receipt {invoice}\n\n"
            "Patient: {name}\n"
            "Test: hereditary cancer panel, self-pay price\n"
            "Amount charged: {amount2}\n"
            "Card: {card}\n"
            "Date: {date}\n\n"
            "Thank you. Results are usually ready in 2 to 3 weeks and will be sent to the "
            "ordering provider.\n"
            "{company} Genomics Billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "ABN needed before draw",
        "body": (
            "ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE\n"
            "Beneficiary: {name}\n"
            "Medicare ID (MBI): {mbi}\n"
            "Items: vitamin D, 25-hydroxy; {assay41}\n"
            "Reason Medicare may not pay: frequency limit exceeded for screening\n"
            "Estimated cost: {amount2}\n\n"
            "Patient chose option 1 and signed. Draw performed at the PSC on {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Medical necessity failure - order on hold",
        "body": (
            "The order below failed the LCD medical necessity check and is on hold at the "
            "draw station:\n\n"
            "  Patient: {last}, {first_only}   DOB {dob}\n"
            "  Test: {assay41}\n"
            "  Diagnosis submitted: {icd}\n\n"
            "Please send a supporting diagnosis or have the patient sign an ABN. Patient "
            "is waiting in the lobby.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "New outreach registration",
        "body": (
            "NEW PATIENT - OUTREACH ({facility41})\n"
            "NAME: {upper_name}\n"
            "DOB: {dob}\n"
            "SSN: {ssn}\n"
            "ADDR: {address}\n"
            "STANDING ORDER: {assay41} MONTHLY, CBC Q3 MONTHS\n"
            "DX: {condition}\n"
            "PHYSICIAN: {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} - path results - {path41}",
        "body": "Pls call pt today and book with surgery. Thx\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} hemolyzed K",
        "body": "Redraw ordered. Phlebotomy on the way to bed 8.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RhIG workup",
        "body": (
            "Prenatal type and screen on {name} (DOB {dob}), 28 weeks: {abo41}, antibody "
            "screen positive, identified as {ab41}. She got RhIG at 26 weeks for a bleed, so "
            "this is most likely passive. Titer not indicated. OK to give the 28-week dose per "
            "Dr. {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FNA thyroid - Bethesda IV",
        "body": (
            "Cytology: {name}, MRN {mrn}\n"
            "Right thyroid nodule FNA, ultrasound-guided, 4 passes\n"
            "Bethesda category IV: follicular neoplasm\n"
            "Molecular testing (ThyroSeq) sent on the extra pass.\n"
            "Surgery referral suggested. {provider}, MD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "smear",
        "body": (
            "Path review please - peripheral smear on {last}, {first_only} (MRN {mrn}) has "
            "about 30% blasts, new since last week. Holding the diff.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood lead follow-up",
        "body": (
            "Capillary lead on {first} (DOB {dob}) was 11 ug/dL. Venous confirmation "
            "needed within one month. Mom ({name2}) prefers Saturday; can the Eastside draw "
            "station do a pediatric venous draw?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outreach draw request",
        "body": (
            "Hi lab,\n"
            "Please add {name} to Tuesday's mobile draw at {facility41}. Room 208, needs "
            "{assay41} and INR (on warfarin). She is a hard stick, use butterfly.\n"
            "Thanks, {name3}, DON\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Results: {name} {imgstudy41}",
        "body": "Impression below. Read by Dr. {provider_last}. Please call the family.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Transfusion consent missing",
        "body": (
            "Blood bank here. We have {bprod41} ready for {name} in {unit41} but the "
            "transfusion consent is not in the chart. Cannot issue until it is signed or the "
            "physician documents emergency release.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Micro call - CSF",
        "body": (
            "CSF Gram stain on {upper_name}, MRN {mrn}: {gram41}, many WBCs. Called to "
            "Dr. {provider_last} in the ED at {time}, read back. Culture and meningitis "
            "PCR panel in progress.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH41_NEG: list[dict[str, Any]] = [
    {
        "subject": "QC FAILURE - {instr41}",
        "body": (
            "*** QC RULE VIOLATION ***\n"
            "INSTRUMENT: {instr41}\n"
            "ANALYTE:    {assay41}\n"
            "CONTROL LOT: {lot}\n"
            "RULE:       {qc41}\n"
            "STATUS:     PATIENT TESTING HELD\n"
            "ACTION:     RECALIBRATED, QC REPEATED, ACCEPTABLE AT {time}\n"
            "LOOKBACK:   0 PATIENT RESULTS AFFECTED\n"
            "REVIEWED BY: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Calibration verification / AMR - chemistry",
        "body": (
            "Six-month calibration verification completed on {date}.\n\n"
            "Analyte      Low     Mid     High    Recovery   Pass\n"
            "Sodium       110     140     180     99-101%    Y\n"
            "Potassium    2.0     5.0     9.0     98-102%    Y\n"
            "Glucose      20      300     690     97-101%    Y\n"
            "Creatinine   0.3     5.0     24.0    96-103%    Y\n\n"
            "AMR verified for all analytes. Signed by {name}, technical supervisor, and "
            "{provider}, MD, laboratory director.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAP survey results - {cap41}",
        "body": (
            "Our evaluation for CAP {cap41} is posted. 19 of 20 challenges acceptable "
            "(95%). The one unacceptable result was a clerical transposition when entering "
            "results into the portal; the instrument result was correct. Corrective action "
            "form due {date}. {name} will present at the QA meeting.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ERROR 4012 {instr41}",
        "body": (
            "ALERT {date} {time}\n"
            "ERR 4012 SAMPLE PROBE CLOG DETECTED\n"
            "ERR 2210 REAGENT PACK EXPIRED (LOT {lot})\n"
            "RACK 0031 POS 4 SKIPPED - BARCODE READ ERROR\n"
            "SAMPLES REROUTED TO BACKUP ANALYZER: {count}\n"
            "SERVICE TICKET {ticket} OPENED\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT field safety notice - troponin reagent lot {lot}",
        "body": (
            "Dear laboratory customer,\n\n"
            "{company} has identified that reagent lot {lot} of its high-sensitivity "
            "troponin I assay may give falsely low results near the 99th percentile cutoff. "
            "Please stop using this lot, quarantine remaining packs, and review results "
            "reported since installation with your medical director. Replacement lots will "
            "ship within 48 hours.\n\n"
            "Questions: technical support {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Test catalogue update effective {date}",
        "body": (
            "Changes to the laboratory test directory:\n\n"
            "NEW   Vitamin D 25-OH moves in-house (was a send-out). TAT 24 h.\n"
            "CHG   Ferritin reference range now 30-400 ng/mL (male), 15-150 (female).\n"
            "CHG   eGFR now calculated with the 2021 CKD-EPI creatinine equation.\n"
            "DISC  Bleeding time, CK-MB. Order troponin instead.\n"
            "CHG   Ammonia must arrive on ice within 30 minutes.\n\n"
            "Full directory: lab intranet > Test Catalogue.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "TAT dashboard - week ending {date}",
        "body": (
            "Test              Priority  Median TAT  90th pct  Target  Met\n"
            "Troponin I hs     STAT      41 min      63 min    60      N\n"
            "BMP               STAT      38 min      55 min    60      Y\n"
            "CBC               STAT      22 min      35 min    45      Y\n"
            "PT/INR            STAT      31 min      48 min    45      N\n"
            "Blood culture ID  Routine   19.4 h      31 h      24 h    N\n\n"
            "Total tests: {count}. ED volume up 9% over the prior week.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood culture contamination - Q3",
        "body": (
            "Blood culture contamination rate for Q3 was 2.6% (41 of 1,577 sets), above "
            "our 2% target. ED contributed 29 of the 41. Most common contaminant: "
            "coagulase-negative staphylococci. Phlebotomy re-education starts {date}; "
            "initial specimen diversion devices are on order.\n{name}, Microbiology Supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier routes - winter schedule",
        "body": (
            "ROUTE  STOP                          PICKUP\n"
            "1      Northside Family Medicine     09:30, 15:00\n"
            "1      {facility41}                  10:15\n"
            "2      {clinic}                      11:00, 16:30\n"
            "3      Eastside PSC                  hourly 08:00-17:00\n"
            "STAT   on call, dispatch {phone}\n\n"
            "Drivers: {name} (routes 1-2), {name2} (route 3). Coolers swapped daily.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Competency assessment complete - {name}",
        "body": (
            "Annual competency for {name}, MLS(ASCP), hematology bench:\n"
            "  1. Direct observation of routine testing - done {date}\n"
            "  2. Monitoring recording/reporting of results - done\n"
            "  3. Review of QC and maintenance records - done\n"
            "  4. Direct observation of instrument maintenance - done\n"
            "  5. Blind sample testing (5 of 5 correct) - done\n"
            "  6. Problem-solving quiz - 92%\n"
            "Assessor: {name2}, technical consultant\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case of the week #47",
        "body": (
            "This week's case (fully de-identified, images attached):\n\n"
            "A 54-year-old man presents with sudden tearing chest pain radiating to the "
            "back. CTA chest images are attached. What is the diagnosis and the Stanford "
            "classification?\n\n"
            "Answers to {name} by Friday; the winner gets coffee. Last week's answer: "
            "{finding41}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Veterinary lab report - {pet41}",
        "body": (
            "VETERINARY DIAGNOSTIC LABORATORY\n"
            "Patient: {pet41}   Species: feline, DSH, 13 y, FS\n"
            "Owner: {last}\n"
            "Clinic: Riverside Animal Hospital, Dr. {provider_last}, DVM\n\n"
            "Total T4: 8.9 ug/dL (ref 0.8-4.7)  H\n"
            "BUN: 38 mg/dL   Creatinine: 2.1 mg/dL   SDMA: 17 ug/dL\n\n"
            "Comment: consistent with hyperthyroidism; consider renal function before "
            "starting methimazole.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vet radiology consult - {pet41} ({last})",
        "body": (
            "VETERINARY IMAGING CONSULT\n"
            "Animal: {pet41}, {vet41}\n"
            "Owner surname: {last}\n"
            "Referring veterinarian: Dr. {provider}, DVM\n"
            "Study: thoracic and abdominal radiographs, 3 views\n\n"
            "Findings: soft-tissue mass in the cranial abdomen with mild peritoneal "
            "effusion. No pulmonary nodules.\n"
            "Impression: splenic mass; hemangiosarcoma is a consideration. Recommend "
            "abdominal ultrasound and three-view thoracic recheck.\n"
            "Board-certified veterinary radiologist, DACVR\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FNA cytology - canine skin mass",
        "body": (
            "Patient: {pet41} (canine, boxer, 8 y, MN), owner {last}\n"
            "Site: left flank, 1.5 cm dermal mass\n"
            "Interpretation: mast cell tumor; granulation pattern suggests it should be "
            "excised with wide margins. Histopathology grading recommended.\n"
            "Clinical pathologist: {name}, DVM, DACVP\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Equine MRI - booking",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "We can take the {last} family's gelding for the standing MRI of the left front "
            "foot on {date}. Please send the lameness exam notes and nerve block results. "
            "Horses should arrive by 7 am; sedation is done on site.\n\n"
            "Equine Imaging Service, veterinary teaching hospital\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Legionella sampling results - Building C",
        "body": (
            "Water management program, quarterly Legionella culture:\n\n"
            "Site                          Result (CFU/mL)\n"
            "C2 east shower, hot           <1\n"
            "C3 ice machine                <1\n"
            "C4 nurse station sink         12 (L. pneumophila sg 1)\n"
            "Cooling tower 2               4\n\n"
            "Remediation: thermal flush of C4 loop {date}, resample in 2 weeks.\n"
            "Facilities contact: {name}, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dialysis water testing - monthly",
        "body": (
            "AAMI water and dialysate cultures, {date}:\n"
            "  RO product water: 3 CFU/mL (action level 50)\n"
            "  Loop end: 8 CFU/mL\n"
            "  Endotoxin: <0.03 EU/mL\n"
            "All within limits. Next samples due in 30 days. Tech: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Biorepository inventory - freezer 4",
        "body": (
            "Freezer 4 (-80 C), rack B, after the move:\n\n"
            "Study        Subject IDs           Aliquots   Box\n"
            "ONC-2291     0041-0067             156        B1-B3\n"
            "CARD-HF-17   1102-1139             74         B4\n"
            "NEURO-08     S-220 to S-251        64         B5\n\n"
            "No PHI is stored with these samples; the linking key stays with each study "
            "coordinator. Temperature log attached. {name}, biorepository manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Barcode labels - new accession range",
        "body": (
            "New label rolls are loaded on the draw-station printers. Accession ranges:\n"
            "  Chemistry   C26-{code} onward\n"
            "  Hematology  H26-004400 to H26-004999\n"
            "  Micro       M26-118200 to M26-118999\n"
            "Sample barcode: *{build}*\n"
            "Please discard any leftover rolls with the 25- prefix. Questions: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - reagent order",
        "body": (
            "Hi {first},\n\n"
            "The purchasing card number on the reagent order to {company} (4532 7712 0394 "
            "8816) was declined as invalid; the backup number 5105 1051 0510 5101 in the "
            "vendor portal looks mistyped too. Can you re-enter both? PO {order}, "
            "{amount}.\n\n"
            "Lab Administration\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PT corrective action - coag",
        "body": (
            "Proficiency testing corrective action, CAP {cap41}:\n"
            "Issue: 1 of 5 PT results outside the acceptable range (PT seconds, specimen "
            "CGL-03). Investigation: the control lot was shifted +1.8 SD that week; "
            "calibration was repeated. Patient impact: none found on lookback. Reminder: "
            "PT samples are never sent to another laboratory. Reviewed by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "O NEG inventory low",
        "body": (
            "BLOOD BANK INVENTORY {date} 0600\n"
            "O NEG RBC   14 (par 30)\n"
            "O POS RBC   62 (par 60)\n"
            "A POS RBC   41 (par 40)\n"
            "PLT         6 (par 10)\n"
            "AB PLASMA   9 (par 12)\n\n"
            "Please reserve O NEG for females of childbearing age and trauma. Supplier "
            "shipment expected at 14:00. {name}, Transfusion Service Supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood drive next Thursday",
        "body": (
            "The community blood center bus will be in the north lot on {date}, 8 to 2. "
            "Eat a good breakfast and bring ID. Walk-ins welcome. Every donor gets a "
            "t-shirt. Organizer: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual antibiogram published",
        "body": (
            "The {year2} inpatient antibiogram is on the intranet. Highlights:\n"
            "  E. coli (n=1,204): ceftriaxone 86% S, ciprofloxacin 71% S\n"
            "  S. aureus (n=688): oxacillin 58% S\n"
            "  P. aeruginosa (n=311): piperacillin-tazobactam 88% S\n"
            "  Enterococcus faecium (n=97): vancomycin 41% S\n"
            "Questions to {name}, antimicrobial stewardship pharmacist.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New low-dose CT head protocol",
        "body": (
            "Starting {date}, the routine non-contrast CT head protocol on scanners 1 and 3 "
            "uses iterative reconstruction at 20% lower dose. Median CTDIvol in the pilot "
            "dropped from 52 to 41 mGy with no change in reader confidence. Technologists: "
            "the old protocol is archived, do not use it. Physicist: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RADPEER summary Q3",
        "body": (
            "Department peer review, Q3:\n"
            "  Cases reviewed: 2,114\n"
            "  Score 1 (concur): 2,041 (96.5%)\n"
            "  Score 2a: 47   Score 2b: 21   Score 3b: 5\n"
            "Most 2b discrepancies were missed small pulmonary nodules on abdominal CT. "
            "Lunch-and-learn on lung bases, {date}, led by Dr. {provider_last}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MR safety training due",
        "body": (
            "{name}, your annual Level 2 MR Personnel training expires on {date}. Complete "
            "the module in the learning portal before your next scheduled MRI shift. Zone "
            "IV badge access will be suspended automatically after the expiry date.\n"
            "MR Safety Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Iodinated contrast shortage - conservation measures",
        "body": (
            "Our supplier has allocated iohexol at 60% of usual volume through {date}. "
            "Effective immediately:\n"
            "  - CT abdomen/pelvis: oral contrast only unless the radiologist approves IV\n"
            "  - Use 50 mL vials for CTA where possible\n"
            "  - Consider ultrasound or non-contrast MRI as alternatives\n"
            "Daily stock report from {name}, imaging supply chain.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sleep lab tech schedule - December",
        "body": (
            "Night   Tech 1         Tech 2         Beds open\n"
            "Mon     {name}         {name2}        6\n"
            "Tue     {name3}        {name}         6\n"
            "Wed     {name2}        float          4\n"
            "Thu     {name3}        {name2}        6\n\n"
            "Home sleep test devices: 11 available, 3 out for cleaning. Swap requests to "
            "{email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IAC echo accreditation renewal",
        "body": (
            "Our echocardiography accreditation renewal is due {date}. We need 8 cases per "
            "physician with reports, de-identified before upload, and the updated technical "
            "staff list with RDCS credentials. {name} is coordinating; please send case "
            "numbers (not names) by the 15th.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holter recorder inventory",
        "body": (
            "Serial        Model       Status         Battery due\n"
            "HT-20931      DR220       in clinic      {date}\n"
            "HT-20944      DR220       cleaning       {date2}\n"
            "HT-21007      DR300       repair (RMA {ref})\n"
            "EVT-5512      event mon.  in clinic      ok\n"
            "Please log every hookup and return in the device tracker.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ACK received - interface test",
        "body": (
            "Connectivity test with {company} reference lab passed.\n\n"
            "MSH|^~\\&|REFLAB|{company}|LIS|MAINLAB|{build}||ACK^R01|{ref}|T|2.5.1\n"
            "MSA|AA|{ref}|Message accepted\n\n"
            "Test mode only, no patient segments sent. Go-live planned for {date}.\n"
            "{name}, LIS analyst\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LIS DOWNTIME SUNDAY 0200-0600",
        "body": (
            "PLANNED LIS DOWNTIME: SUNDAY 02:00-06:00 FOR UPGRADE TO VERSION {version}.\n"
            "USE DOWNTIME REQUISITIONS (GREEN FORMS) AND PRE-PRINTED LABELS.\n"
            "CRITICAL VALUES WILL BE PHONED AS USUAL.\n"
            "RESULTS WILL BE BACK-ENTERED BY 10:00.\n"
            "QUESTIONS: LIS ON-CALL {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Draw station hours change",
        "body": (
            "Beginning {date}, the Eastside patient service center at {address} will open "
            "at 6:30 am on weekdays for fasting draws and close at 5 pm. Saturday hours "
            "stay 8 to noon. No appointment needed; glucose tolerance tests must be "
            "booked by calling {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ED hemolysis rate - October",
        "body": (
            "ED hemolysis rate for potassium specimens: 8.1% (212 of 2,617), up from 6.4% "
            "in September. Specimens drawn through IV catheters account for 74% of "
            "hemolyzed samples. Target is below 2%. Please see the attached tip sheet. "
            "{name}, Lab Quality\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Glucometer operator lockouts",
        "body": (
            "The following operators are locked out of the point-of-care glucose meters "
            "because their annual competency expired:\n"
            "  {name} - 6 West\n"
            "  {name2} - PACU\n"
            "  {name3} - ED\n"
            "Complete the online module and one supervised QC run to unlock. POCT "
            "coordinator, ext {ext}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} invoice {invoice} - reagents",
        "body": (
            "Item      Description                            Qty   Amount\n"
            "{sku}     Troponin I hs reagent pack, 200 tests  12    {amount2}\n"
            "          Multi-analyte chemistry calibrator    4\n"
            "          Blood culture bottles, aerobic         500\n"
            "Total due {amount} by {date}. Lot {lot} certificates of analysis attached.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lab Week schedule",
        "body": (
            "Happy Medical Laboratory Professionals Week!\n"
            "Mon: breakfast burritos in the break room\n"
            "Tue: microbiology 'guess the organism' photo contest\n"
            "Wed: blood bank trivia, hosted by {name}\n"
            "Thu: tours of the core lab for nursing students\n"
            "Fri: awards, including tech of the year\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formalin spill drill - gross room",
        "body": (
            "Reminder: formalin spill drill in the pathology gross room on {date} at 10:00. "
            "Spill kits are under each grossing station. Formaldehyde badge monitoring "
            "results for the quarter were all below the action level. Safety officer: "
            "{name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cytology workload - year to date",
        "body": (
            "Gyn cytology YTD: 9,812 slides screened\n"
            "  NILM 91.2%   ASC-US 4.1%   LSIL 2.6%   HSIL 0.7%   AGC 0.2%\n"
            "ASC-US:SIL ratio 1.2 (benchmark under 3)\n"
            "Average slides per cytotechnologist per 8 h: 62 (limit 100)\n"
            "10% rescreen of negatives: 2 discrepancies, both reviewed at the QA meeting.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NGS panel validation summary",
        "body": (
            "Validation of the 84-gene hereditary cancer panel is complete.\n"
            "Reference materials: 112 cell-line DNA samples with known variants\n"
            "SNV sensitivity 99.8%, indel sensitivity 98.7%, specificity >99.9%\n"
            "Reproducibility: 100% concordance across 3 runs and 2 operators\n"
            "Signed off by {provider}, PhD, lab director. Clinical launch {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: MLS, night shift",
        "body": (
            "Core lab is hiring two full-time Medical Laboratory Scientists for nights "
            "(Sun-Wed, 10 pm-8:30 am). ASCP certification required; blood bank experience "
            "a plus. Sign-on bonus. Hiring manager: {name}. Req #{code}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Temperature excursion - courier cooler 3",
        "body": (
            "Data logger on cooler 3 (route 2) recorded 11.4 C for 22 minutes on {date} "
            "because the lid latch failed. Specimens on board were evaluated against "
            "stability limits; none required recollection. Cooler pulled from service and "
            "latch replaced. Logger serial {ref}. Courier supervisor: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Supply order from {clinic}",
        "body": (
            "Client supply request received:\n"
            "  SST gold top 5 mL          x 200\n"
            "  Lavender top 4 mL          x 100\n"
            "  Urine culture kits         x 50\n"
            "  Specimen bags with pouch   x 500\n"
            "  Requisition pads           x 10\n"
            "Ships with tomorrow's courier. Outreach supply, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reference lab fee schedule update",
        "body": (
            "{company} Reference Laboratories will raise client prices on {date}. Largest "
            "changes: heavy metals panel +12%, celiac panel +8%, flow cytometry leukemia "
            "panel +5%. Our in-house alternatives are listed in the attachment. Contact "
            "{name}, outreach account manager, with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] New test build - H. pylori stool antigen",
        "body": (
            "Please build the following in the LIS and EHR:\n"
            "  Test code: HPSAG\n"
            "  Specimen: stool, unpreserved, refrigerated, 72 h stability\n"
            "  Result: Detected / Not detected\n"
            "  CPT 87338\n"
            "  Performed: Mon/Wed/Fri\n"
            "Target go-live {date}. Requested by {name}, microbiology.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAP inspection - checklist assignments",
        "body": (
            "Our CAP inspection window opens {date}. Checklist owners:\n"
            "  Chemistry and POCT: {name}\n"
            "  Transfusion medicine: {name2}\n"
            "  Microbiology and molecular: {name3}\n"
            "Please finish self-inspection and upload evidence of document review by the "
            "end of the month.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood bank refrigerator alarm",
        "body": (
            "BB fridge 2 alarmed at {time} (6.2 C, high limit 6.0). Door found ajar after "
            "the morning inventory. Temperature back to 4.0 C within 8 minutes; chart "
            "reviewed, products remain acceptable per SOP. Documented in the alarm log by "
            "{name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical value list revised",
        "body": (
            "The Medical Executive Committee approved the revised critical value list, "
            "effective {date}:\n"
            "  Potassium       <2.8 or >6.2 mmol/L\n"
            "  Sodium          <120 or >160 mmol/L\n"
            "  Glucose         <50 or >450 mg/dL\n"
            "  Hemoglobin      <6.5 g/dL\n"
            "  Platelets       <20 K/uL\n"
            "  INR             >5.0\n"
            "  Positive blood culture Gram stain: always critical\n"
            "Calls must be completed within 30 minutes, with read-back.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vitamin D utilization - 6 month review",
        "body": (
            "After the best-practice alert went live, vitamin D orders fell from 4,310 to "
            "3,360 per month (-22%). Repeat testing within 90 days fell 61%. Estimated "
            "reagent savings {amount} per year. No change in the share of abnormal results. "
            "Presented to the lab utilization committee by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Incidental findings program - quarterly metrics",
        "body": (
            "Letters sent: 412\n"
            "Follow-up imaging completed within recommended window: 68%\n"
            "Lost to follow-up after 3 attempts: 9%\n"
            "Top findings: pulmonary nodules (47%), adrenal nodules (12%), thyroid "
            "nodules (11%)\n"
            "Navigator staffing increases to 2.0 FTE in January. Contact {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Feline blood typing and crossmatch - {pet41}",
        "body": (
            "Small animal ICU: {pet41} ({last} household), feline, 10 y, typed as Type A. "
            "Major crossmatch with donor cat 'Oscar' (hospital donor colony) compatible. "
            "PCV 11% before transfusion. Please collect one unit of whole blood from Oscar "
            "this afternoon.\nDr. {provider_last}, DVM\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shelter heartworm testing summary",
        "body": (
            "County animal shelter clinics, heartworm antigen testing this quarter: 1,046 "
            "dogs tested, 88 positive (8.4%). Highest rate at the south shelter. Positive "
            "dogs start the adulticide protocol before adoption. Report prepared by {name}, "
            "DVM.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Frozen section QA - Q3",
        "body": (
            "Frozen sections Q3: 318 cases\n"
            "Median TAT 17 min (target 20); 94% within 20 min\n"
            "FS/permanent concordance 98.1%; 6 discordant cases, 4 sampling, 2 "
            "interpretation\n"
            "Deferrals: 11 (3.5%)\n"
            "Reviewed at the department QA meeting. {name}, QA pathologist.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Study kit shipment ONC-2291",
        "body": (
            "Shipping to the central lab today via {tracking}:\n"
            "  Subject 0058, visit 4: 2 x SST, 1 x PAXgene\n"
            "  Subject 0061, visit 2: 2 x SST\n"
            "Kit lot {lot}. Samples kept on dry ice. Requisitions list subject number and "
            "visit only. Study coordinator: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "i-STAT cartridge lot verification",
        "body": (
            "New CHEM8+ cartridge lot {lot} verified against the main lab analyzer with 20 "
            "residual samples and two levels of control. Bias within allowable limits for "
            "Na, K, Cl, iCa, glucose, BUN, creatinine, Hct. Lot released to ED, OR and "
            "cath lab. POCT coordinator: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Echo machines - software update",
        "body": (
            "Echo carts 1-4 will get software version {version} on {date} after 6 pm. "
            "Strain imaging presets change; sonographers please review the 10-minute "
            "video. Cart 5 stays on the old version as backup until Monday. Biomed contact: "
            "{name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ATP surface swab results - sterile processing",
        "body": (
            "Monthly ATP bioluminescence swabs, sterile processing decontamination area:\n"
            "  Sink 1 basin      38 RLU  pass\n"
            "  Sink 2 basin      212 RLU fail (limit 150)\n"
            "  Transport carts   41 RLU  pass\n"
            "Sink 2 recleaned and retested at 22 RLU. Supervisor: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Stress lab - treadmill and crash cart checks",
        "body": (
            "Daily checks for the stress lab, {date}:\n"
            "Treadmill calibration: speed and grade within tolerance\n"
            "Defibrillator test discharge: pass\n"
            "Crash cart lock number {code}, intact; adenosine and regadenoson stock "
            "counted\n"
            "Checked by {name}, exercise physiologist.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sleep medicine fellows - scoring quiz",
        "body": (
            "Attached: three de-identified 30-second epochs from last month's studies. For "
            "each, score the sleep stage and any respiratory events using AASM rules. No "
            "identifiers are on the screenshots. Answers at Thursday's conference with "
            "Dr. {provider_last}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

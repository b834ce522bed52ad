"""Held-out split "fresh47": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py (in full), bench/accuracy/fresh7.py (in full) and the module
docstring of bench/accuracy/fresh45.py (its first 78 lines were printed; read as a model of
this docstring, the data format and the labelling rules, not for its templates or
vocabulary), for the placeholder names, the data format, and so as not to repeat their
templates. The file names in bench/accuracy/ and at the top of the repository were listed
once (with the line counts of generate.py, fresh6.py and fresh7.py), and the [tool.ruff],
[tool.ruff.lint] and [tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read,
for the line length and lint rules. The author did not read gateway/, policies/, docs/,
tests/, README.md, bench/accuracy/vocab/, run.py or any other bench/accuracy/fresh*.py file
(fresh46.py, written at the same time by another helper, was neither read nor touched), and
did not run git, the detector, run.py, the benchmark or any test. The only things run were
`date`, Python's ast module over generate.py (without executing it) to collect the
placeholder names that generate.fill() and generate.fresh_fill() provide, a one-line Luhn
computation over the card-like numbers before writing them, imports of this file with a
small script in /tmp checking its placeholders, key sets, labels, Subject placeholders, a
trial str.format() of every template, and the Luhn failure of every card-like number in the
negatives, small Python string edits of this file, a line-length count of it, and ruff
format and ruff check on this file. It is meant to be run once, as an honest, untuned
measurement: do not tune the detector on these templates.

Angle: reproductive and genetic medicine. Mail from and to fertility clinics (IVF cycles,
cycle monitoring, egg retrievals, embryo transfers, beta hCG results, embryo and egg storage
fees and disposition consents), sperm and egg banks and donor agencies, surrogacy agencies
and their lawyers, genetic counsellors and genetic testing labs (carrier screening, BRCA and
Lynch panels, exome results, variants of uncertain significance and their reclassification,
cascade testing of relatives), prenatal screening (NIPT, nuchal translucency,
amniocentesis), newborn screening programmes and their follow-up of abnormal results, cord
blood banks, paternity and relationship DNA testing labs, fertility-benefit administrators
and payers (cycle authorisations, lifetime maximums, denials), and patients, partners,
donors and gestational carriers writing back. Shapes vary: forms with "Label: value"
fields, ALL-CAPS lab printouts and result reports, pasted cycle-monitoring tables (E2, LH,
P4, follicle counts), forwarded threads with "> " quoting, terse nurse notes with typos,
portal messages, text-message style, voicemail transcripts, long narratives, Spanish,
French, Portuguese, and Chinese in characters and in pinyin. The hard negatives come from
the same world: clinic price lists and package pricing, refund programmes, success-rate
statistics (SART-style aggregates), donor-catalogue marketing and family-limit notices with
anonymous donor numbers only, lab test menus and CPT lists, embryology lab QC and KPI
reports, cryotank temperature and level logs, liquid-nitrogen deliveries, staff rosters and
on-call schedules, journal clubs and CE talks naming conditions and genes, support-group
flyers, insurance-mandate and benefit explainers, recruitment ads for donors and carriers,
newborn-screening programme statistics, letter templates with bracketed fields, a coding
reminder with literal ICD-10 codes and no patient, signatures with NPI and phone/fax,
tracking and invoice numbers, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH47_VOCAB): {art47} (a fertility procedure or treatment
cycle), {fdx47} (a fertility diagnosis), {gtest47} (a genetic test), {variant47} (a genetic
result), {prenatal47} (a prenatal screening or diagnostic result), {nbs47} (an abnormal
newborn-screening result), {embryo47} (embryos or eggs from a cycle) and {beta47} (a beta
hCG value) are used only in the PHI templates. {frx47} (a fertility medication),
{syndrome47} (a hereditary condition), {donor47} (an anonymous donor number), {ivf47} (a
fertility clinic), {bank47} (a sperm or egg bank), {agency47} (a surrogacy or donor
agency), {genlab47} (a genetic testing lab) and {benefit47} (a fertility-benefit
administrator) are used in both groups; in the negatives they name a drug on a price list
or calendar, a topic, an anonymous donor or a vendor, never a person's health. {role47} (a
staff role) is used only in the negatives. Other placeholders come from generate.fill() and
generate.fresh_fill(). One Subject uses Python's index syntax on a fill() value
({last}, {first[0]}.: the surname and the first initial); str.format() supports it, but a
tool that lists placeholders with a word-only regex would not count it as {first}.

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, injury, visit or appointment for care, payment for care). For this split a
fertility treatment, a genetic test or its result, a pregnancy, stored embryos, eggs or
sperm, or a donation by a named donor is health information about that named person; a
newborn named as "Baby Girl/Boy" with the surname next to the named mother is identifiable.
An anonymous donor number alone identifies nobody. An embryologist, genetic counsellor,
nurse, lawyer, courier or billing clerk named as staff is not a patient. subject_phi is True
only when the Subject alone identifies a patient together with health information, or holds
a patient identifier (MRN, MBI) in a care context; PHI templates whose Subject is not PHI
carry no person's name in the Subject at all (only order, claim or case numbers, or nothing).
validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the Subject or body.
Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd}, {mbi}, {passport}
or {intl_name}, never pair a home address with care, and name only staff, doctors as staff,
vendors, payers or nobody, or give aggregate figures; the card-like numbers written
literally in them fail the Luhn check. Anything ambiguous (a public figure's own fertility
story, a shipment of a named patient's embryos with no other detail, initials alone) was
either left out or written so that no person is identifiable.
"""

from __future__ import annotations

FRESH47_VOCAB: dict[str, list[str]] = {
    "art47": [
        "IVF with ICSI",
        "frozen embryo transfer",
        "egg retrieval",
        "IUI with letrozole",
        "elective egg freezing",
        "donor egg IVF",
        "reciprocal IVF",
        "natural-cycle FET",
        "micro-TESE",
        "IVF with PGT-A",
        "saline infusion sonogram",
        "hysterosalpingogram",
        "mock embryo transfer",
        "IVF with PGT-M",
        "ERA endometrial biopsy",
    ],
    "fdx47": [
        "diminished ovarian reserve (AMH 0.4)",
        "PCOS with anovulation",
        "bilateral hydrosalpinges",
        "severe male factor",
        "recurrent pregnancy loss",
        "unexplained infertility",
        "stage IV endometriosis",
        "non-obstructive azoospermia",
        "premature ovarian insufficiency",
        "Asherman's syndrome",
        "a thin lining (5.8 mm)",
        "secondary infertility",
        "tubal factor after an ectopic pregnancy",
        "low sperm motility",
    ],
    "frx47": [
        "Gonal-f 225 IU",
        "Menopur 150 IU",
        "Follistim 300 IU",
        "Cetrotide 0.25 mg",
        "ganirelix 250 mcg",
        "an Ovidrel trigger",
        "a Lupron trigger",
        "letrozole 5 mg",
        "Clomid 50 mg",
        "progesterone in oil 1 mL IM",
        "Endometrin 100 mg TID",
        "Crinone 8%",
        "Delestrogen 4 mg IM",
        "Estrace 2 mg TID",
        "baby aspirin and Lovenox",
        "Medrol and doxycycline",
    ],
    "gtest47": [
        "expanded carrier screening (300+ genes)",
        "BRCA1/BRCA2 sequencing with del/dup",
        "Lynch syndrome panel (MLH1, MSH2, MSH6, PMS2, EPCAM)",
        "hereditary cancer panel",
        "trio whole exome sequencing",
        "chromosomal microarray",
        "peripheral blood karyotype",
        "Fragile X (FMR1) repeat analysis",
        "single-site familial variant testing",
        "cystic fibrosis carrier testing",
        "hemoglobinopathy evaluation",
    ],
    "variant47": [
        "a pathogenic variant in BRCA1 (c.68_69delAG)",
        "a pathogenic variant in BRCA2 (c.5946delT)",
        "a likely pathogenic variant in MSH6",
        "a variant of uncertain significance in MLH1",
        "a pathogenic MSH2 deletion (exons 1-6)",
        "a PALB2 truncating variant",
        "one copy of CFTR F508del",
        "an FMR1 premutation (72 CGG repeats)",
        "a single copy of SMN1 (SMA carrier)",
        "CHEK2 c.1100delC",
        "a balanced translocation, t(11;22)",
        "sickle cell trait (HbAS)",
        "GJB2 35delG, heterozygous",
        "a VUS in ATM",
    ],
    "prenatal47": [
        "NIPT high risk for trisomy 21",
        "NIPT high risk for trisomy 18",
        "NIPT no-call, low fetal fraction (2.8%)",
        "NIPT consistent with monosomy X",
        "an NT of 3.8 mm at 12w4d",
        "amnio karyotype 47,XX,+21",
        "a 22q11.2 deletion on amnio microarray",
        "a positive quad screen for ONTD (AFP 3.1 MoM)",
        "NIPT low risk, fetal fraction 11%",
        "echogenic bowel on the 18-week scan",
    ],
    "nbs47": [
        "elevated C8 acylcarnitine (possible MCAD deficiency)",
        "low T4 with TSH 86 (possible congenital hypothyroidism)",
        "phenylalanine 9.4 mg/dL (possible PKU)",
        "hemoglobin FS pattern (possible sickle cell disease)",
        "elevated IRT with one CFTR variant",
        "absent TRECs (possible SCID)",
        "17-OHP 95 ng/mL (possible CAH)",
        "low biotinidase activity",
        "elevated galactose with low GALT activity",
        "SMN1 deletion detected (possible SMA)",
        "elevated C26:0-LPC (possible X-ALD)",
    ],
    "embryo47": [
        "two 4AA blastocysts",
        "one 5BB euploid blastocyst",
        "three day-5 blastocysts (4AB, 4BB, 3BC)",
        "eleven vitrified mature eggs",
        "two euploid embryos",
        "one low-level mosaic embryo",
        "four day-3 embryos",
        "six vitrified eggs",
        "one 6AA hatched blastocyst",
    ],
    "beta47": [
        "48 mIU/mL",
        "212 mIU/mL",
        "<2 mIU/mL",
        "1,104 mIU/mL",
        "9 mIU/mL",
        "386 mIU/mL",
        "77 mIU/mL",
    ],
    "donor47": [
        "#4417",
        "#K2209",
        "#11873",
        "#3062",
        "#B-1145",
        "#9920",
        "#E-5531",
    ],
    "syndrome47": [
        "Lynch syndrome",
        "hereditary breast and ovarian cancer",
        "cystic fibrosis",
        "spinal muscular atrophy",
        "fragile X syndrome",
        "Tay-Sachs disease",
        "sickle cell disease",
        "beta thalassemia",
        "Duchenne muscular dystrophy",
        "22q11.2 deletion syndrome",
        "Li-Fraumeni syndrome",
        "Gaucher disease",
    ],
    "ivf47": [
        "Lakeshore Reproductive Medicine",
        "Blue Mesa Fertility",
        "Riverbend Center for Reproductive Health",
        "Harborlight IVF",
        "Sequoia Fertility Institute",
        "Prairie Reproductive Associates",
    ],
    "bank47": [
        "Northgate Cryobank",
        "Bright Harbor Egg Bank",
        "Tidewater Sperm Bank",
        "Aspen Donor Egg Network",
        "Keystone Cryobank",
    ],
    "agency47": [
        "Meridian Surrogacy Partners",
        "Willow & Lane Donor Agency",
        "Cornerstone Family Building",
        "Open Arms Surrogacy",
        "Lighthouse Egg Donation",
    ],
    "genlab47": [
        "Helix Point Genomics",
        "Crescent Molecular Diagnostics",
        "Beacon Genetics Laboratory",
        "Summit Prenatal Labs",
        "GeneRidge Clinical Lab",
    ],
    "benefit47": [
        "FertiPath Benefits",
        "Nestwell Family Benefits",
        "Bloomcare Fertility Solutions",
        "CradlePoint Health",
    ],
    "role47": [
        "embryologist",
        "andrology technologist",
        "genetic counselor",
        "IVF nurse coordinator",
        "third-party reproduction coordinator",
        "embryology lab director",
        "financial counselor",
        "cryostorage manager",
    ],
}


FRESH47_PHI: list[dict] = [
    {
        "subject": "Monitoring results - instructions for tonight",
        "body": (
            "Patient: {last}, {first_only}\n"
            "DOB: {dob}\n"
            "Protocol: antagonist, {art47}\n\n"
            "Date     CD  E2 (pg/mL)  LH   P4    R foll (mm)           L foll (mm)\n"
            "{date}   2   38          6.1  0.4   baseline, AFC 7       AFC 6\n"
            "         6   412         3.8  0.5   13,12,11,10,9         12,11,10\n"
            "         8   1,096       2.2  0.6   16,15,14,13,11        15,14,12,10\n"
            "         10  2,310       1.9  0.9   19,18,17,16,15,13     18,17,16,14\n\n"
            "Plan: continue {frx47} and Cetrotide tonight. Trigger tomorrow at 9:30 pm if "
            "lead follicles >= 18. Retrieval 36 h after trigger.\n"
            "{provider_first}, RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} - beta #1 {beta47}",
        "body": (
            "14dp5dt. Repeat beta Thursday. Continue PIO + estradiol, no changes. Pt aware, "
            "very anxious, pls call her back after 3.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your egg retrieval is confirmed",
        "body": (
            "Dear {name},\n\n"
            "Your egg retrieval with Dr. {provider_last} is confirmed for {date} at {time} at "
            "{ivf47}.\n\n"
            "- Take {frx47} exactly 36 hours before your arrival time. Set two alarms.\n"
            "- Nothing to eat or drink after midnight. No lotion, perfume or nail polish.\n"
            "- Your partner's semen sample is due at the andrology window 30 minutes before "
            "your arrival, or bring the frozen-sample paperwork.\n"
            "- You will be sedated and must have an adult drive you home.\n\n"
            "Questions tonight? Call the on-call nurse at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Embryology report - day 5/6",
        "body": (
            "EMBRYOLOGY LABORATORY REPORT\n"
            "PATIENT: {upper_name}   MRN: {mrn}\n"
            "PARTNER: {name2}\n"
            "RETRIEVAL DATE: {date}\n"
            "INSEMINATION: ICSI\n"
            "OOCYTES RETRIEVED: 14   MII: 11   2PN: 8\n"
            "DAY 5/6 BLASTOCYSTS: {embryo47}\n"
            "DISPOSITION: TROPHECTODERM BIOPSY FOR PGT-A, VITRIFIED, TANK C-2\n"
            "EMBRYOLOGIST: {name3}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual embryo storage renewal and disposition form",
        "body": (
            "Dear {name} and {name2},\n\n"
            "Our records show that {embryo47} from your cycle of {date} remain cryopreserved "
            "in our laboratory. The annual storage fee of $850 is due on {date2}.\n\n"
            "Every year we also ask you to confirm what should happen to your embryos. Please "
            "initial one option, sign in front of a notary, and return the form:\n"
            "  [ ] continue storage\n"
            "  [ ] thaw and discard\n"
            "  [ ] donate to research\n"
            "  [ ] donate to another patient or couple\n\n"
            "Mailing address on file: {address}. If it has changed, please let us know.\n\n"
            "Cryostorage Office, {ivf47}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment received - cryostorage",
        "body": (
            "Thank you for your payment.\n\n"
            "Patient: {name}\n"
            "Description: egg storage, 12 months (six vitrified eggs, tank B)\n"
            "Amount: {amount}\n"
            "Card: {card}\n"
            "Authorization: {ref}\n\n"
            "Your next renewal will be billed automatically in 12 months unless you contact "
            "us at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Order {order} - vials reserved",
        "body": (
            "Hi {first},\n\n"
            "We have reserved 3 IUI-ready vials from Donor {donor47} for you. They will ship "
            "in a dry shipper to Dr. {provider_last} at {ivf47} on {date} for your IUI cycle. "
            "Please have the clinic confirm receipt.\n\n"
            "Recipient: {name}\n"
            "Date of birth: {dob}\n"
            "Cycle type: medicated IUI, {frx47}\n\n"
            "{bank47} Client Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Screening results for {name} - donor application",
        "body": (
            "Hi {first},\n\n"
            "Thank you for completing your medical screening for the egg donor program. Your "
            "AMH was 4.1 ng/mL and your antral follicle count was 22, both excellent. Your "
            "carrier screening showed {variant47}. This does not affect your own health, but "
            "our genetic counselor, {provider}, would like to go over what it means for "
            "matching before we activate your profile.\n\n"
            "{agency47}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "RE: GC agreement - 20 week update",
        "body": (
            "Thanks. I'll file the petition for the pre-birth order next week.\n\n"
            "{provider}, Esq.\n\n"
            "> From: {agency47} case manager\n"
            "> Sent: {date}\n"
            "> Our carrier, {intl_name}, had her anatomy scan today at 20w2d and everything "
            "looked normal. The intended parents, {name} and {name2}, were on the video call. "
            "She is still on baby aspirin and her BP was 118/72. The hospital for delivery is "
            "confirmed and the IPs will be listed on the birth plan.\n"
            ">\n"
            "> Please let us know what you need for the court filing.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your genetic test results",
        "body": (
            "Dear {name},\n\n"
            "Thank you for meeting with me to discuss your {gtest47}. As we talked about by "
            "phone, the test found {variant47}. I have enclosed a copy of the report and a "
            "letter you can share with your relatives.\n\n"
            "Your parents, brothers and sisters, and your children each have a 50% chance of "
            "carrying the same result. Testing for them is a simple single-site test, and "
            "many labs offer it at low cost to family members within 90 days.\n\n"
            "Your next step is a visit with the high-risk clinic to talk about screening. I "
            "will call you next week to see how you are doing.\n\n"
            "Warmly,\n{provider}, MS, CGC\nCancer Genetics Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "HEREDITARY CANCER PANEL - {upper_name} - ACC {code}",
        "body": (
            "MOLECULAR GENETICS REPORT\n"
            "PATIENT: {upper_name}\n"
            "DOB: {dob}\n"
            "ACCESSION: {code}\n"
            "ORDERING PROVIDER: {provider}\n"
            "SPECIMEN: BLOOD, COLLECTED {date}\n"
            "TEST: {gtest47}\n"
            "RESULT: POSITIVE\n"
            "INTERPRETATION: {variant47} WAS DETECTED. GENETIC COUNSELING IS RECOMMENDED.\n"
            "REPORT SIGNED BY: LABORATORY DIRECTOR, {genlab47}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Important information about a genetic result in your family",
        "body": (
            "Dear family member,\n\n"
            "Your relative, {name} (born {dob}), recently had genetic testing and learned "
            "that they carry {variant47}. {first} asked us to send you this letter.\n\n"
            "Because this result runs in families, you may also carry it. A test for this "
            "exact result costs $0-250 at most labs. Please share this letter with your "
            "doctor or call our genetic counseling office at {phone}.\n\n"
            "{provider}, genetic counselor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lynch surveillance plan - {first} {last}",
        "body": (
            "Hi team,\n\nCarrier of a pathogenic MSH2 deletion, confirmed by {genlab47}. Plan "
            "agreed today:\n"
            "- Colonoscopy every 1-2 years, next due {date}\n"
            "- Discuss risk-reducing hysterectomy and BSO once childbearing is complete\n"
            "- Upper endoscopy at 40\n"
            "- Cascade testing offered to her two sisters\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Variant reclassification notice",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "As part of our ongoing review of reported variants, the variant of uncertain "
            "significance in MLH1 (c.1852_1853delAAinsGC) previously reported for your "
            "patient has been reclassified as LIKELY BENIGN.\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Original report date: {date}\n"
            "Medical record no.: {mrn}\n\n"
            "An amended report is available in the provider portal. Management should be "
            "based on personal and family history.\n\n"
            "Variant Interpretation Team, {genlab47}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NIPT result - pls call pt",
        "body": (
            "{name} dob {dob} - NIPT came back, {prenatal47}. dr {provider_last} reviewed, "
            "wants GC appt this week and MFM referal. pt cell {phone}, ok to leave msg per "
            "chart. i havent called yet\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} - NT scan 12w",
        "body": (
            "NT 3.6 mm, CRL 61 mm, nasal bone present. Counseled re: increased risk. Offered "
            "CVS vs amnio at 15w vs NIPT; pt leaning toward CVS. Scheduled with GC {date}.\n"
            "{provider}, MFM\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your amniocentesis appointment",
        "body": (
            "Dear Ms. {last},\n\n"
            "Your amniocentesis is scheduled for {date} at {time} with Dr. {provider_last} in "
            "the Maternal-Fetal Medicine suite, 3rd floor. You may eat normally. Please bring "
            "your Rh status card; if you are Rh negative you will receive RhoGAM after the "
            "procedure. The karyotype takes about 10-14 days, the FISH result 2-3 days.\n\n"
            "Rest for 24 hours afterwards and call {phone} for cramping, fluid leakage or "
            "fever.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn screen - abnormal result, action required",
        "body": (
            "STATE NEWBORN SCREENING PROGRAM - FOLLOW-UP NOTICE\n\n"
            "Infant: Baby Girl {last}\n"
            "Mother: {name}\n"
            "Infant date of birth: {date}\n"
            "Birth hospital: {clinic}\n"
            "Specimen collected: 26 hours of age\n"
            "Result: {nbs47}\n\n"
            "ACTION: Contact the family today. Arrange a repeat specimen and confirmatory "
            "testing within 24 hours and refer to the metabolic/endocrine specialist on call. "
            "Fax the follow-up form to the program when complete.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NBS abnormal: Baby Boy {last}, mother {name}",
        "body": (
            "PCP office notified at {time}. Family reached, repeat heel stick and sweat chloride "
            "scheduled tomorrow. Please keep the case open.\n{provider_first}, NBS follow-up\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your cord blood unit has been processed",
        "body": (
            "Dear {name},\n\n"
            "Congratulations on your new baby! Your family's cord blood collection from "
            "{date} arrived at our laboratory and has been processed and stored.\n\n"
            "Unit number: {code}\n"
            "Total nucleated cells: 1.4 billion\n"
            "Viability: 96%\n"
            "Sterility cultures: negative\n"
            "Maternal infectious disease panel: negative\n\n"
            "Your storage certificate is in the family portal. Questions? {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Storage plan payment - cord blood",
        "body": (
            "Account holder: {name}\n"
            "Address: {address}\n"
            "Plan: 18-year prepaid storage, cord blood + cord tissue\n"
            "Baby's date of birth: {date}\n"
            "Card charged: {card}\n"
            "Amount: {amount}\n\n"
            "This receipt may be used for your records. It is not a bill.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Relationship testing - case {code} results",
        "body": (
            "DNA RELATIONSHIP TEST REPORT (NON-LEGAL)\n"
            "Case: {code}\n"
            "Alleged father: {name}\n"
            "Child: minor, male (buccal swab, collected {date})\n"
            "Loci tested: 24 STR\n"
            "Combined paternity index: 1,482,633\n"
            "Probability of paternity: 99.9999%\n\n"
            "Results released to the client by email at {email}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Legal paternity test for {name} - collection appointment",
        "body": (
            "Hello,\n\nYour chain-of-custody DNA collection is booked for {date} at {time} at "
            "our downtown collection site. Bring a government photo ID and the court order. "
            "The child and the mother must attend with you. Results in 3-5 business days.\n\n"
            "Case manager: {provider}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Authorization approved - IVF cycle",
        "body": (
            "FERTILITY BENEFIT AUTHORIZATION\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Date of birth: {dob}\n"
            "Provider: {ivf47}, Dr. {provider_last}\n"
            "Authorized: 1 IVF cycle with ICSI and PGT-A, plus 1 frozen embryo transfer\n"
            "Valid: {date} to {date2}\n"
            "Medications: covered through the specialty pharmacy only\n"
            "Lifetime maximum used: $11,520 of $25,000\n\n"
            "{benefit47} Care Advocate Team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Claim {claim} denied",
        "body": (
            "Patient: {name}\n"
            "DOS: {date}\n"
            "CPT 58970 (follicle puncture for oocyte retrieval), 58974 (embryo transfer)\n"
            "Dx: {icd}\n"
            "Denial: CO-204, service not covered under the member's plan (infertility "
            "exclusion).\n\n"
            "Billing: do we appeal under the state mandate or bill the patient? The plan is "
            "self-funded so the mandate probably doesn't apply.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} - fertility lifetime maximum reached",
        "body": (
            "Hi,\n\nFYI the remaining cycles in her treatment plan won't be covered: the "
            "plan's $20,000 lifetime max was used up with the last retrieval. Financial "
            "counseling should call her before the FET consult so she can decide about "
            "self-pay or the shared-risk program.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Question about my injections",
        "body": (
            "Hi Nurse {provider_first},\n\n"
            "This is {first} {last}, I'm on day 6 of stims. My belly is really bruised from "
            "the {frx47} shots and last night I think I injected the Menopur without mixing "
            "it all the way. Is that a problem? Also I've been bloated and a little "
            "crampy, is that normal? My next monitoring is tomorrow at 7:30.\n\n"
            "Thanks so much,\n{first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "text from pt",
        "body": (
            "[SMS from {phone}, {time}]\n"
            "hi its {first}!! beta was {beta47}?? the portal didnt say if thats good. do i "
            "still do the progesterone tonight? also is it ok to fly to my moms on sat\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "my wife's transfer",
        "body": (
            "Hello,\n\n"
            "My wife {name} had her frozen embryo transfer with you on {date}. Since last "
            "night she has had some spotting and cramping and she is scared to call herself. "
            "She is on {frx47} and the estrogen pills. Should she come in, or is this "
            "expected?\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resultado de su prueba de embarazo",
        "body": (
            "Estimada {name}:\n\n"
            "Su resultado de beta hCG del {date} fue {beta47}. La doctora {provider_last} "
            "quiere repetir el análisis en 48 horas para ver si el valor sube como esperamos. "
            "Por favor, siga usando {frx47} y el estradiol sin cambios hasta nuevo aviso.\n\n"
            "Si tiene sangrado abundante o dolor fuerte, llame al {phone}.\n\n"
            "Enfermería, {ivf47}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consentimiento de disposición de embriones - {name} y {name2}",
        "body": (
            "Adjunto el formulario firmado. Tienen {embryo47} congelados desde el {date}. "
            "Deciden donarlos a otra pareja; falta la firma notarizada del segundo cónyuge.\n"
            "Coordinación de terceros, {ivf47}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Compte rendu de consultation de génétique",
        "body": (
            "Cher confrère,\n\n"
            "J'ai reçu en consultation Madame {name}, née le {dob}, adressée pour des "
            "antécédents familiaux de {syndrome47}. L'analyse ({gtest47}) a mis en évidence "
            "{variant47}. Je lui ai expliqué les modalités de surveillance et proposé un "
            "dépistage de ses apparentés au premier degré.\n\n"
            "Bien confraternellement,\n"
            "Dr {provider}, généticien\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Transferência de embriões agendada",
        "body": (
            "Olá {first},\n\n"
            "Sua transferência de embrião congelado está marcada para {date} às {time}, com "
            "o Dr. {provider_last}. Venha com a bexiga cheia (beba 500 mL de água uma hora "
            "antes). Continue usando {frx47} todas as noites.\n\n"
            "Paciente: {name}\n"
            "Data de nascimento: {dob}\n"
            "Embrião: {embryo47}\n\n"
            "Equipe de Enfermagem\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "试管婴儿周期通知 - {name}",
        "body": (
            "患者：{name}\n"
            "出生日期：{dob}\n"
            "取卵日期：{date}\n"
            "获卵数：12枚，成熟卵 9枚\n"
            "受精方式：ICSI\n"
            "囊胚：{embryo47}\n"
            "下一步：PGT-A 结果出来后安排冻胚移植。如有问题请致电 {phone}。\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "NIPT jieguo",
        "body": (
            "{name} nushi, nin hao.\n"
            "Nin de NIPT jieguo yijing chulai le: {prenatal47}. {provider_last} yisheng "
            "xiwang nin zhe zhou lai zuo yichuan zixun. Qing da {phone} yuyue.\n"
            "Xiexie!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Semen analysis - {last}, {first_only}",
        "body": (
            "SEMEN ANALYSIS (WHO 6th ed.)\n"
            "Abstinence: 3 days\n"
            "Volume: 2.1 mL\n"
            "Concentration: 4.2 M/mL (L)\n"
            "Total motility: 18% (L)\n"
            "Progressive: 9% (L)\n"
            "Morphology (strict): 1% (L)\n"
            "Comment: consistent with {fdx47}. Recommend ICSI if IVF is pursued.\n"
            "Andrology lab\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your egg freezing summary",
        "body": (
            "Dear {name},\n\n"
            "Congratulations on completing your egg freezing cycle. Here is your summary:\n\n"
            "Retrieval date: {date}\n"
            "Eggs retrieved: 19\n"
            "Mature eggs vitrified: 16\n"
            "Storage location: tank A-4, two devices\n"
            "Storage fee: first year included, then $600 per year\n\n"
            "Dr. {provider_last} recommends a follow-up visit in 2 weeks. Your next period "
            "may be heavier than usual.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FET day sheet",
        "body": (
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Procedure: {art47}\n"
            "Embryo: {embryo47}\n"
            "Lining: 9.2 mm, trilaminar\n"
            "Arrive: {time}, full bladder\n"
            "Physician: Dr. {provider_last}\n"
            "Embryologist: {name3}\n"
            "Post-transfer meds: {frx47}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Gestational carrier application",
        "body": (
            "GESTATIONAL CARRIER APPLICATION - CONFIDENTIAL\n"
            "Name: {name}\n"
            "SSN: {ssn}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Age: {age}\n"
            "Pregnancies: 3, all vaginal deliveries at term, no complications\n"
            "BMI: 27\n"
            "Current birth control: IUD\n"
            "Background check consent: signed\n"
            "Notes: wants to match with a couple who will stay in touch after birth.\n\n"
            "{agency47} Intake\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Donor compensation - 1099 info",
        "body": (
            "Payroll,\n\nPlease issue compensation for the following egg donor:\n\n"
            "Donor: {name}\n"
            "SSN: {ssn}\n"
            "Retrieval date: {date}, 18 eggs retrieved\n"
            "Compensation: $8,500 + $400 travel\n\n"
            "She had mild OHSS after the retrieval and was seen twice; those visits are billed "
            "to the recipient's escrow, not to her.\n"
            "Third-party coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Patient statement",
        "body": (
            "STATEMENT\n"
            "Patient: {name}\n"
            "Account: {account}\n"
            "Service date: {date}\n"
            "Test: {gtest47}\n"
            "Diagnosis code: {icd}\n"
            "Billed to insurance: $4,950.00\n"
            "Insurance paid: $3,960.00\n"
            "You owe: {amount2}\n\n"
            "Pay online or call {phone}. Ask about our financial assistance program.\n"
            "{genlab47} Billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{name} and {name2}: carrier screening results",
        "body": (
            "Both partners are carriers for {syndrome47}, so each pregnancy has a 1 in 4 "
            "chance of being affected. Options discussed: IVF with PGT-M, prenatal diagnosis "
            "with CVS or amnio, donor gametes. They want to think it over; follow-up booked "
            "{date}.\n{provider}, CGC\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} - PIO injection teaching",
        "body": (
            "Pt and partner did return demo of the IM injection today, right upper outer "
            "quadrant, 1.5 in needle. Warm the oil first. Start after retrieval per MD.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: {intl_name} FET {date}",
        "body": (
            "Lining check this morning 8.1 mm, E2 312, P4 <0.2. Ok to start PIO tonight, "
            "transfer stays on the schedule.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first[0]}. DOB {dob} - amnio karyotype",
        "body": "Prelim FISH normal. Final karyotype pending, expected next Tues.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} - pregnancy confirmed, graduating to OB",
        "body": (
            "Heartbeat seen at 7w1d, CRL consistent with dates. Wean estrogen and PIO at 10 "
            "weeks. Records faxed to her OB. Congrats card sent!\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Known donor cycle - my sister",
        "body": (
            "Hi,\n\n"
            "My sister {name2} has agreed to donate her eggs to me. I'm {name}, born {dob}, "
            "and I had my ovaries removed two years ago. She is 31 and has two kids. What "
            "testing does she need, and does she need to see the psychologist separately? "
            "Can we start this summer?\n\n"
            "{first}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT oncofertility consult",
        "body": (
            "{name}, {age}F, new dx Hodgkin lymphoma, chemo starts {date}. Wants egg freezing "
            "before. Random-start stim ok per Dr. {provider_last}, needs baseline u/s and AMH "
            "tomorrow. Oncologist says 12 days max. Pt phone {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RPL workup results",
        "body": (
            "Patient: {name}\n"
            "MRN: {mrn}\n"
            "History: 3 first-trimester losses\n"
            "POC karyotype (most recent): 47,XX,+16\n"
            "Parental karyotypes: {variant47}\n"
            "Antiphospholipid panel: negative\n"
            "TSH 2.1, prolactin normal\n"
            "Uterine cavity: normal on SIS\n"
            "Plan: discuss IVF with PGT at the results visit {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cycle cancelled",
        "body": (
            "Dear {name},\n\n"
            "I am sorry that we had to stop this cycle. On day 8 only two follicles were "
            "growing and your estradiol was 180, so continuing would not have given us a "
            "reasonable chance of getting eggs. Given your {fdx47}, I would like to talk about "
            "a different protocol, or about donor eggs, at a follow-up visit.\n\n"
            "Please stop {frx47} tonight. Your period should start within two weeks.\n\n"
            "Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Final notice regarding your stored embryos",
        "body": (
            "CERTIFIED MAIL\n\n"
            "{name}\n{address}\n\n"
            "Dear {name},\n\n"
            "Our records show that {embryo47} created during your treatment in {year} remain "
            "in storage, and that storage fees have been unpaid for more than 24 months. "
            "Under the consent you signed, if we do not hear from you by {date}, the embryos "
            "will be considered abandoned and handled as you directed on that form.\n\n"
            "Please call {phone} to discuss your options.\n\n"
            "Patient Accounts, {ivf47}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: storage bill",
        "body": (
            "---------- Forwarded message ---------\n"
            "From: {name} <{email}>\n"
            "Date: {date}\n\n"
            "I got another bill for embryo storage but my embryos were moved to my new "
            "clinic in March. I signed the transport form and the shipper picked them up. "
            "Please cancel the charge.\n\n"
            "---\n"
            "Billing, can you check with the lab? I don't see the transfer-out log.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You've been matched!",
        "body": (
            "Dear {name},\n\n"
            "Great news: you have been matched with Donor {donor47}. Her cycle is expected to "
            "start in about 4 weeks. Your nurse will send your mock cycle calendar; estrogen "
            "priming will start on {date}. Your recipient contract and the first escrow "
            "payment of $12,000 are due before the donor starts medications.\n\n"
            "{bank47}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: genetic counseling appointment",
        "body": (
            "Dear {name},\n\n"
            "This is a reminder of your genetic counseling visit on {date} at {time}, by "
            "video. You were referred because of your family history of {syndrome47}. If you "
            "can, please fill in the family tree form beforehand and have any relatives' "
            "test reports handy.\n\n"
            "To reschedule, call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MFM referral",
        "body": (
            "Referring {name}, DOB {dob}, G2P1, currently 18 weeks, for {prenatal47}. Declined "
            "NIPT earlier in the pregnancy. Requests a detailed anatomy scan and discussion of "
            "amniocentesis. Insurance: {company}, ID {member}.\n\n{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Exome results ready for sign-out",
        "body": (
            "Trio exome, proband {first} {last} (DOB {dob}), parents unaffected.\n"
            "Finding: de novo heterozygous likely pathogenic variant in SCN2A, consistent with "
            "the early-onset seizures and developmental delay.\n"
            "Secondary findings: mother carries {variant47} (she opted in).\n"
            "Please sign out so the GC can schedule the results visit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voicemail - genetics line",
        "body": (
            "Caller: {name}\n"
            "Callback: {phone}\n"
            "Transcript: hi this is {name}, I had the blood test for the BRCA genes about "
            "three weeks ago and I haven't heard anything, my sister tested positive so I'm "
            "kind of freaking out. Can someone please call me back. Thank you.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} - BRCA panel, ABN signed",
        "body": (
            "Medicare pt, {age}F, personal hx ovarian cancer, meets NCCN criteria so it should "
            "be covered, but she signed the ABN anyway. Sent to {genlab47} today.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Medicare eligibility - hereditary cancer testing",
        "body": (
            "Beneficiary: {name}\n"
            "MBI: {mbi}\n"
            "DOB: {dob}\n"
            "Test: {gtest47}\n"
            "Indication: personal history of pancreatic cancer\n"
            "Status: eligible, no prior hereditary panel on file\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{upper_name} // E2 2,840 // trigger tonight",
        "body": "lead follicles 19,19,18. trigger 9:45 pm, ER {date}. pt informed.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Frozen sperm - release authorization",
        "body": (
            "Depositor: {name}\n"
            "Date of birth: {dob}\n"
            "Banked: {date}, 6 vials, before chemotherapy for testicular cancer\n"
            "Release to: {ivf47}, Dr. {provider_last}\n"
            "For use by: his partner {name2}\n\n"
            "Signed release and ID copy attached. {bank47} will ship once the receiving "
            "clinic confirms the dry shipper.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IUI today",
        "body": (
            "IUI #2 done for {name} at {time}. Post-wash count 11 M, motility 88%. Easy "
            "catheter. Beta in 14 days ({date}). Continue letrozole cycle log.\n"
            "{provider_first} RN\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Portal message: my AMH",
        "body": (
            "From: {name} ({email})\n\n"
            "Hi, I saw my AMH is 0.6 and the range says low. Does that mean I can't have "
            "kids?? I'm {age} and we've been trying for a year. Do I need to do IVF right "
            "away? Thank you.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH47_NEG: list[dict] = [
    {
        "subject": "2027 self-pay price list",
        "body": (
            "SELF-PAY PRICES (effective {date})\n\n"
            "New patient consultation ............ $395\n"
            "IVF cycle, monitoring and retrieval . $14,900\n"
            "ICSI ................................ $1,800\n"
            "PGT-A (biopsy + up to 8 embryos) .... $3,900\n"
            "Frozen embryo transfer .............. $4,200\n"
            "Embryo or egg storage, per year ..... $850\n"
            "IUI (per cycle, with monitoring) .... $1,150\n\n"
            "Medications are not included. Ask our financial counselor about multi-cycle "
            "packages.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New: our 3-cycle refund program",
        "body": (
            "Up to three IVF retrievals and all resulting frozen transfers for one price. If "
            "you do not bring home a baby, you receive 80% of the program fee back. Eligibility "
            "depends on age, AMH and prior cycles. Talk to a financial counselor at "
            "{ivf47}: {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Our latest success rates",
        "body": (
            "Live births per intended egg retrieval, own eggs, last reported year:\n\n"
            "Age       Retrievals   Live births   Rate\n"
            "<35       412          221           53.6%\n"
            "35-37     236          98            41.5%\n"
            "38-40     198          52            26.3%\n"
            ">40       143          12            8.4%\n\n"
            "Donor egg, fresh and frozen transfers: 49.2% live birth per transfer.\n"
            "Figures are clinic totals as reported to the national registry.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Meet our newest donors",
        "body": (
            "Donor {donor47}: 5'9\", brown hair, hazel eyes, Irish/Italian ancestry, graduate "
            "student in engineering. Blood type O+, CMV negative. Expanded carrier screening "
            "of 300+ genes with no reportable findings. Adult photos and a staff impressions "
            "audio are available to members.\n\n"
            "Open-ID and anonymous donors available. Browse the full catalog at "
            "{bank47}.example/donors.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Donor {donor47} - family limit reached",
        "body": (
            "Dear clients,\n\n"
            "Donor {donor47} has reached the family limit set by our program. Vials already "
            "purchased and in storage remain available to their owners for sibling "
            "pregnancies; no further vials will be sold.\n\n"
            "{bank47} Client Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Donor {donor47} - updated family medical history",
        "body": (
            "Dear clinics,\n\n"
            "Donor {donor47} reported at her annual update that a maternal grandparent was "
            "recently diagnosed with colon cancer at age 78. Our medical director reviewed the "
            "update and no additional testing is recommended. The updated history is posted "
            "in the clinic portal.\n\n{bank47} Medical Team\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated test menu and CPT codes",
        "body": (
            "TEST                                   CPT      TAT\n"
            "BRCA1/BRCA2 full sequence + del/dup    81162    14 days\n"
            "Lynch syndrome panel                   81435    14 days\n"
            "CFTR common variants                   81220    7 days\n"
            "FMR1 repeat analysis                   81243    10 days\n"
            "Fetal aneuploidy (cfDNA)               81420    5 days\n"
            "Chromosomal microarray                 81229    14 days\n"
            "Exome, trio                            81415-6  8 weeks\n\n"
            "{genlab47} Client Services | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Embryology lab QC - October",
        "body": (
            "Incubator  Temp (C)  CO2 (%)  O2 (%)  pH     Status\n"
            "INC-1      37.0      6.0      5.0     7.28   OK\n"
            "INC-2      37.1      6.1      5.1     7.27   OK\n"
            "INC-3      36.8      5.8      5.0     7.31   recalibrated\n\n"
            "KPIs: ICSI fertilization 76%, blast development 54%, survival after warming "
            "98%. Mouse embryo assay for the new media lot passed.\n"
            "Lab director: {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cryotank log - weekly",
        "body": (
            "TANK   LN2 LEVEL  TEMP (C)  ALARM TEST  FILLED BY\n"
            "A-1    71%        -195      pass        {first}\n"
            "A-4    64%        -194      pass        {first}\n"
            "B-2    58%        -193      pass        night tech\n"
            "C-2    80%        -196      pass        {first}\n\n"
            "B-2 evaporation rate slightly up; vendor notified. Remote monitoring checked "
            "daily, no alerts this week.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "LN2 delivery {invoice}",
        "body": (
            "Delivery ticket {invoice}\n"
            "Product: liquid nitrogen, 2 x 230 L dewars, 1 x 160 L\n"
            "Delivered to: IVF lab loading dock\n"
            "Driver: {name}\n"
            "Next scheduled delivery: {date}\n"
            "Tracking: {tracking}\n"
            "Questions: {company} dispatch, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekend on-call: retrievals and transfers",
        "body": (
            "Saturday\n"
            "  MD: Dr. {provider_last}\n"
            "  Embryology: {name}, {name2}\n"
            "  Nursing: {name3}\n"
            "Sunday\n"
            "  MD: Dr. {provider_last}\n"
            "  Embryology: {name2}\n"
            "  Andrology: on call by phone\n\n"
            "Answering service: {phone}. Please do not swap without telling the lab.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Journal club: PGT-A over 40",
        "body": (
            "This month {name} (embryologist) will present the new randomized trial of PGT-A "
            "versus conventional IVF in women aged 38-42, plus a short review of mosaic "
            "embryo transfer outcomes. Thursday 7:30 am, conference room B. Bagels provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CE webinar: variant reclassification",
        "body": (
            "1.0 CEU. {name}, genetic counselor at {genlab47}, discusses how labs reclassify "
            "variants of uncertain significance, how often VUS in {syndrome47} genes are "
            "upgraded (under 10%), and how to re-contact patients. {date}, noon Eastern.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Infertility peer support group",
        "body": (
            "Trying to conceive can feel lonely. Our free peer support group meets the first "
            "Tuesday of each month at 6:30 pm in the Community Room, and online. Partners "
            "welcome. Facilitated by {name}, LCSW.\n"
            "Questions: {email}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Does your state require IVF coverage?",
        "body": (
            "About 15 states require some insurers to cover IVF, and more require coverage "
            "of fertility preservation before cancer treatment. Mandates usually do not apply "
            "to self-funded employer plans. Our benefits team can check your plan before you "
            "start. Call {benefit47} at {phone} or read the explainer on our website.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Letter template: embryo storage reminder (v3)",
        "body": (
            "[DATE]\n\n"
            "Dear [PATIENT NAME(S)],\n\n"
            "Our records show that [NUMBER] embryo(s) created on [CREATION DATE] remain in "
            "storage at our laboratory. The annual storage fee of [AMOUNT] is due on "
            "[DUE DATE]. Please return the enclosed disposition form.\n\n"
            "Sincerely,\n[CRYOSTORAGE MANAGER]\n\n"
            "Please do not edit the template text; fill only the bracketed fields.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding reminder: infertility and genetics Z codes",
        "body": (
            "Reminder for charge entry:\n"
            "- N97.9 female infertility, unspecified; N46.01 organic azoospermia\n"
            "- Z31.83 encounter for assisted reproductive fertility procedure cycle\n"
            "- Z31.430 encounter of female for testing for genetic disease carrier status\n"
            "- Z15.01 genetic susceptibility to malignant neoplasm of breast\n"
            "- Z80.3 family history of malignant neoplasm of breast\n"
            "- Z31.84 encounter for fertility preservation procedure\n"
            "Use Z31.84 for oncofertility cases, not Z31.83. Questions to {name}, coding.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New fax number for genetics referrals",
        "body": (
            "Dear referring providers,\n\n"
            "Please send referrals for hereditary cancer and prenatal genetic counseling to "
            "our new fax line starting {date}. Include the reason for referral and any "
            "outside test reports.\n\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dry shipper rental returned",
        "body": (
            "The empty dry shipper (unit DS-14) came back today, tracking {tracking}. Data "
            "logger showed it held below -150 C for the full 10 days. Cleaned and back on "
            "the shelf. Rental invoice {invoice} closed.\n{name}, {role47}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - culture media order",
        "body": (
            "Hi {first},\n\n"
            "The procurement card number on PO {order} (4532 0151 1283 0367) was rejected by "
            "{company} as invalid, and so was the backup, 5412 7534 9821 0046. Please check "
            "the digits; the media lot is on hold until payment clears.\n\n"
            "Accounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fertility benefits are here",
        "body": (
            "Starting {date}, your employer's health plan includes fertility benefits through "
            "{benefit47}: up to $20,000 lifetime for IVF, IUI, egg freezing and medications, "
            "plus support for adoption and surrogacy. Enroll in the member app to be matched "
            "with a care advocate.\n\nHuman Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Become a gestational carrier",
        "body": (
            "Help a family grow. {agency47} is looking for women aged 21-40 with at least "
            "one prior uncomplicated pregnancy, a BMI under 32, and no smoking. Base "
            "compensation from $50,000, plus monthly allowance and life insurance. Apply in "
            "10 minutes online or call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CLE: pre-birth orders state by state",
        "body": (
            "Join {name}, partner at {company}, for a 90-minute CLE on parentage orders in "
            "gestational surrogacy: which states grant pre-birth orders, what to do when "
            "the carrier is married, and international intended parents. {date}, 1.5 credits.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Egg donors needed",
        "body": (
            "Are you 21-30, healthy and a non-smoker? Earn $8,000-$12,000 per completed "
            "cycle as an egg donor with {agency47}. All screening and medications are paid "
            "for. Learn more at our info session on {date}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Vial pricing and shipping",
        "body": (
            "ICI vial ........... $1,095\n"
            "IUI vial ........... $1,195\n"
            "ART vial ........... $995\n"
            "Storage, 12 months . $550\n"
            "Domestic shipping in a dry shipper, 7-day ... $295\n\n"
            "Vials ship Monday to Thursday. Order by 2 pm Central for next-day delivery to "
            "your clinic.\n{bank47}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Newborn screening panel expands",
        "body": (
            "Starting {date}, the state newborn screening panel adds X-linked "
            "adrenoleukodystrophy and Pompe disease. Last year the program screened 118,402 "
            "infants and confirmed 212 cases, most commonly congenital hypothyroidism, "
            "sickle cell disease and cystic fibrosis. Updated specimen cards will ship to "
            "birth hospitals next month.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Filter paper card lot recall",
        "body": (
            "Birth hospitals: please stop using newborn screening collection cards from lot "
            "{lot}. The printed expiration date is wrong. Replacement cards ship today. "
            "Specimens already collected on this lot are valid and do not need to be redrawn.\n"
            "NBS Program Office, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prenatal screening options at a glance",
        "body": (
            "cfDNA (NIPT): from 10 weeks, detection over 99% for trisomy 21.\n"
            "First-trimester screen: NT ultrasound + bloodwork at 11-14 weeks.\n"
            "Quad screen: 15-22 weeks.\n"
            "CVS: 10-13 weeks, diagnostic.\n"
            "Amniocentesis: from 15 weeks, diagnostic.\n\n"
            "Self-pay price for cfDNA through {genlab47}: $299. Patient handout, MFM clinic.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Why bank your baby's cord blood?",
        "body": (
            "Cord blood stem cells are used to treat more than 80 conditions, including some "
            "leukemias and inherited blood disorders such as sickle cell disease. "
            "Private storage: $1,650 collection + $195 per year. Prefer to donate? Ask your "
            "hospital about public banking.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DNA relationship testing - prices and collection sites",
        "body": (
            "Peace-of-mind paternity test (home kit): $159\n"
            "Legal paternity test, chain of custody: $375\n"
            "Sibling or grandparent test: $399\n"
            "Prenatal paternity (from 7 weeks): $1,295\n\n"
            "Walk-in collection Monday to Friday, 8 to 4. Bring photo ID. Order {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: prenatal genetic counselor",
        "body": (
            "{clinic} is hiring a board-eligible genetic counselor for its MFM practice. "
            "Counsel on NIPT, NT, CVS and amnio, and on carrier screening for conditions such "
            "as {syndrome47}. Hybrid, 0.8-1.0 FTE. Hiring manager: {name}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations, {first}!",
        "body": (
            "Please join us in congratulating {name}, who passed the board exam and is now a "
            "certified embryology laboratory director. {first} has run our vitrification "
            "program since {year}. Cake in the lab break room Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shipment {order}: culture media",
        "body": (
            "Shipped on dry ice packs, 2-8 C.\n"
            "  Global Total LP w/ HSA, 20 mL x 12, lot {lot}\n"
            "  Vitrification kit x 10\n"
            "  Warming kit x 10\n"
            "Carrier tracking: {tracking}\n"
            "Please log the temperature indicator on receipt.\n{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - carrier screening kits",
        "body": (
            "Bill to: {ivf47}\n"
            "Saliva collection kits x 100 .... {amount2}\n"
            "Courier pickup boxes x 20\n"
            "Total: {amount}\n"
            "Terms: net 30. Remit to {genlab47}, lockbox {code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical policy update: hereditary cancer testing",
        "body": (
            "Effective {date}, {company} will cover multigene hereditary cancer panels when "
            "the member meets current NCCN testing criteria, for example a personal history "
            "of ovarian or pancreatic cancer, or a known familial variant. Prior "
            "authorization is no longer required for in-network labs. Policy number {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sample IVF calendar (for the website)",
        "body": (
            "Cycle day 2: baseline ultrasound and bloodwork\n"
            "Days 2-10: stimulation injections, e.g. {frx47}\n"
            "Day 6 onward: antagonist injection to prevent early ovulation\n"
            "Days 5-12: monitoring every 1-3 days\n"
            "Trigger night, then retrieval 36 hours later\n"
            "Day 5-6 after retrieval: transfer or freezing\n\n"
            "Draft for marketing review, no patient data. Owner: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lista de precios - preservación de la fertilidad",
        "body": (
            "Consulta inicial: $350\n"
            "Ciclo de congelación de óvulos (sin medicamentos): $9,800\n"
            "Almacenamiento anual: $600\n"
            "Descuento del 10% para pacientes con cáncer referidos por su oncólogo.\n"
            "Informes: {phone}, {ivf47}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Soirée d'information sur le don d'ovocytes",
        "body": (
            "Le centre organise une soirée d'information sur le don d'ovocytes le {date} à "
            "19 h. Présentation par {name}, sage-femme coordinatrice, et témoignages "
            "anonymes. Entrée libre, inscription conseillée.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tabela de preços - sangue do cordão umbilical",
        "body": (
            "Coleta e processamento: R$ 4.900\n"
            "Armazenamento anual: R$ 890\n"
            "Plano de 20 anos: R$ 15.500\n"
            "Parcelamos em até 12 vezes. Fale com nossa equipe comercial: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "冻卵套餐价格及门诊时间",
        "body": (
            "冻卵套餐（含监测、取卵、冷冻）：¥68,000\n"
            "每年储存费：¥3,000\n"
            "门诊时间：周一至周六 8:00-17:00\n"
            "咨询电话：{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR ticket {ticket}: embryology report template",
        "body": (
            "The embryology report template stopped printing the blastocyst grading table "
            "after the upgrade to version {version}. Workaround: export to PDF first. Vendor "
            "case {ref} opened. Reported by {name}, {role47}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CAP inspection prep - reproductive lab",
        "body": (
            "Inspection window opens {date}. Owners:\n"
            "- Andrology proficiency testing records: {name}\n"
            "- Cryotank alarm and fill logs: {name2}\n"
            "- Witnessing/double-check audits: {name3}\n"
            "- Competency assessments for all embryologists\n"
            "Binder review Monday at 4.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tank alarm drill Thursday",
        "body": (
            "We will test the cryotank low-level alarm and call tree on Thursday at 2 pm. "
            "First call: {name} (cryostorage manager) at {phone}; backup {name2}. If your "
            "phone does not ring within 5 minutes, tell the lab director.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now enrolling: PGT-A in recurrent pregnancy loss",
        "body": (
            "Couples with two or more pregnancy losses may be eligible for a study comparing "
            "IVF with PGT-A to expectant management. Study visits and IVF costs are covered. "
            "Contact study coordinator {name} at {email}. IRB #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Abstract deadline - regional reproductive medicine meeting",
        "body": (
            "Abstracts on embryo culture, endometrial receptivity, oncofertility and genetic "
            "screening are due {date}. Program chair: Dr. {provider}. Oral sessions limited "
            "to 12 presentations.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grand rounds: {syndrome47}",
        "body": (
            "Dr. {provider} will review diagnosis, carrier screening and reproductive options "
            "in {syndrome47}, including PGT-M and new gene therapies. {date}, noon, "
            "auditorium. CME 1.0.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Financing options for treatment",
        "body": (
            "Our financial counselor, {name}, can walk you through payment options: "
            "multi-cycle packages, interest-free plans up to 12 months, and loans from "
            "{company} with APR from 6.9%. Book a free 20-minute call at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Specialty pharmacy price update",
        "body": (
            "Effective {date}, cash prices:\n"
            "  Gonal-f 900 IU pen ....... $1,210\n"
            "  Menopur 75 IU x 10 ....... $980\n"
            "  ganirelix 250 mcg x 1 .... $185\n"
            "  progesterone in oil 10 mL  $64\n"
            "Overnight cold-chain shipping included. {bank47} clients get 5% off.\n"
            "Orders: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Injection teaching class",
        "body": (
            "New to injections? Our nurses teach a free hands-on class every Tuesday at 5 pm "
            "and Saturday at 10 am: mixing Menopur, using the pens, IM progesterone. Partners "
            "are encouraged to come. No registration needed.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday hours",
        "body": (
            "The clinic is closed on {date}. Monitoring and retrievals scheduled for that day "
            "will be done at our downtown office. For urgent medication questions call the "
            "on-call nurse at {phone}.\n{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry data submission due",
        "body": (
            "All ART cycles started last year must be entered in the national registry by "
            "{date}. As of today 1,214 of 1,296 cycles (94%) have outcomes entered. Nurses: "
            "please chase the missing delivery outcomes with the OB offices. Contact "
            "{name} ({role47}) with questions.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monthly lab KPIs",
        "body": (
            "Metric                     Target   This month\n"
            "Oocyte survival (warmed)   >90%     94%\n"
            "ICSI fertilization         >65%     72%\n"
            "Blastocyst rate            >40%     51%\n"
            "Euploid rate, under 35     >50%     58%\n"
            "Implantation, euploid FET  >50%     63%\n"
            "No deviations. Prepared by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new genetic counselor",
        "body": (
            "Please welcome {name}, MS, CGC, to the cancer genetics program. She joins from "
            "{genlab47} and will see hereditary cancer referrals on Tuesdays and Thursdays. "
            "Direct line {phone}, fax via the main office.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Expense report {invoice}",
        "body": (
            "Conference travel for {name} (embryology):\n"
            "Flight {flight} ......... $412.00\n"
            "Hotel, 3 nights ......... $687.00\n"
            "Registration ............ $550.00\n"
            "Card used: corporate card 4716 8830 2291 5570 (the number was re-issued, "
            "please update the profile).\n"
            "Approved by {name2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surrogacy agency newsletter",
        "body": (
            "This quarter: 38 matches made, 27 babies born to our intended parents, and a "
            "new office in Denver. Plus: what the new state parentage act means for "
            "families, by staff attorney {name}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier pickup times - genetics lab",
        "body": (
            "Starting {date}, the courier to {genlab47} picks up at 11:00 and 3:30. Blood "
            "tubes for germline testing ship at room temperature in the purple bags; "
            "prenatal samples go in the orange bags. Manifest printed from the LIS.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Out of office",
        "body": (
            "I am out until {date}. For donor matching questions contact {name2}, "
            "third-party coordinator, at {phone}. For billing, {email}.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh52": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py (its first 400 lines), bench/accuracy/fresh7.py (its first
140 lines) and the module docstring of bench/accuracy/fresh51.py (its first 79 lines were
printed; read as a model of this docstring, the data format and the labelling rules, not
for its templates or vocabulary), for the placeholder names, the data format, and so as not
to repeat their templates. The file names in bench/accuracy/ were listed once (with the
line counts of generate.py, fresh6.py and fresh7.py), and the [tool.ruff], [tool.ruff.lint]
and [tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read, for the line
length and lint rules. The author did not read gateway/, policies/, docs/, tests/,
README.md, bench/accuracy/vocab/, bench/accuracy/formats.py, run.py or any other
bench/accuracy/fresh*.py file (fresh53.py, written at the same time by another helper, was
neither read nor touched), and did not run git, the detector, run.py, the benchmark or any
test. The only things run were `date`, a small Luhn computation over candidate card-like
numbers before writing them, a small script in /tmp/fresh52/ that wrote this file from the
templates (wrapping long strings), a check script in /tmp/fresh52/ that imports this file
and uses Python's ast module over generate.py (without executing it) to collect the
placeholder names that generate.fill() and generate.fresh_fill() provide, and checks the
placeholders, key sets, labels, the validated rule, the placeholders the negatives must not
use, a trial str.format() of every template and the Luhn failure of every card-like number
in the negatives, and ruff format and ruff check on this file. It is meant to be run once,
as an honest, untuned measurement: do not tune the detector on these templates.

Angle: clinical research and trials. Mail from and to study coordinators and research
nurses, principal investigators, IRBs and ethics committees, CRO monitors and sponsors:
pre-screening logs and recruitment call and SMS logs, screening and screen failures,
eligibility questions, informed consent and re-consent, IWRS randomisation and emergency
unblinding, SAE, SUSAR and pregnancy reports and their follow-ups, protocol deviations,
source-data verification queries and monitoring visit letters, conmed and MedDRA coding
queries, study-visit scheduling, participant stipends, travel refunds, prepaid study cards
and 1099 reporting, research billing (Medicare routine costs in qualifying trials),
biobank manifests and sample withdrawal, registries and long-term follow-up, and
participants and families writing in. Shapes vary: forms with "Label: value" fields, an
ALL-CAPS CTMS printout, pasted pipe tables and CSV, calendar invitations pasted as text
(SUMMARY/DTSTART/DESCRIPTION lines), Teams and Slack style chat exports, SMS logs,
forwarded and quoted threads ("> "), HTML fragments, terse notes with abbreviations and
typos, narratives, first-person mail from participants and relatives, and Spanish, German,
Italian, Polish and Japanese written in Latin letters (romanised). Names sit in many
positions: start of line, after a greeting, "Surname, First", ALL-CAPS, title plus
surname, first name only with a date of birth or own phone, a name in a table column, and
in the Subject. About half of the PHI templates carry PHI in the Subject; the rest have no
person's name in the Subject at all. The hard negatives come from the same world:
recruitment ads and registry listings naming conditions and drugs but no person, protocol
synopses, amendments and a statistical analysis plan (HbA1c, A1C and B12 as endpoints),
aggregate enrolment, pre-screening, DSMB and registry figures, de-identified line listings,
deviation logs, manifests and biobank inventories with coded subject IDs only, a
de-identified sponsor safety letter, IRB and ethics committee agendas and approvals,
delegation logs, certificate lists and rosters with no health fact, job postings,
investigator meeting, SIV and DSMB invitations, consent and continuing-review templates
with bracketed fields, a signature with NPI and phone, courier waybills, tracking, invoice,
PO, quote, ticket, kit and lot numbers, UUIDs, card-like numbers that fail the Luhn check,
staff named next to health words, and a research-billing coding reminder with literal
ICD-10 codes and no patient.

This file's own placeholders (FRESH52_VOCAB): {ae52} (an adverse event), {finding52} (a
test result or measurement), {spec52} (a specimen type), {crit52} (an eligibility
criterion), {dev52} (a protocol deviation), {stip52} (a visit stipend), {icf52} (a consent
form version), {imp52} (an investigational product), {cond52} (a study indication),
{visit52} (a study visit), {study52} (a trial acronym), {proto52} (a protocol number),
{site52} (a site number), {sid52} and {sidb52} (coded subject IDs), {kit52} (an IP kit
number), {irb52} (an IRB or ethics file number), {courier52} (a specimen courier), {awb52}
(a waybill number) and {temp52} (a shipping temperature). {finding52}, {crit52} and
{stip52} are used only in the PHI templates and {sidb52} only in the negatives; the others
in both groups, where in the negatives a coded subject ID, adverse event, indication or
visit appears only in aggregate, de-identified or template text, never with a person's
name or another identifier. Other placeholders come from
generate.fill() and generate.fresh_fill(). Only plain {name} placeholders are used (no
index or attribute syntax).

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient or participant (full
name; title plus surname; first name plus a date of birth, a named relative, an address or
a phone; MRN, member ID, SSN or MBI; the person's own phone, email or address) is linked
to health information (condition, symptom, finding, measurement, test result, medication,
device, procedure, injury, visit or appointment for care or for a study, payment for care
or for study participation). For this split, taking part in a trial for a named
indication, screening and eligibility results, an adverse event, a specimen collected, a
randomisation or dose, a study visit, and a stipend or travel refund for study visits are
health information. A coded study subject ID alone (such as "104-003") is a code, not a
name: it does not make a template PHI. Coordinators, research nurses, investigators,
monitors, pharmacists, sponsors, IRB staff, vendors and clerks named as staff are not
patients. subject_phi is True only when the Subject alone identifies a participant
together with health information, or holds a patient identifier (MRN, MBI) in a care or
study context; PHI templates whose Subject is not PHI carry no person's name in the
Subject at all. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in the
Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card}, {icd},
{mbi}, {passport} or {intl_name}, never pair a home address with care, and name only
staff, vendors, sponsors, payers or nobody, or give aggregate or coded figures. Anything
ambiguous was left out or rewritten so that no person is identifiable. The card-like
numbers written literally in the negatives fail the Luhn check; the ICD-10 codes written
literally in one negative belong to no patient.

It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.
"""

from __future__ import annotations

FRESH52_VOCAB: dict[str, list[str]] = {
    "study52": [
        "BEACON-HF",
        "RESOLVE-2",
        "CLARITY-RA",
        "NORTHSTAR",
        "PATHWAY-CKD",
        "ELEVATE-AD",
        "HORIZON-3",
        "SUMMIT-COPD",
        "TRIDENT-MS",
        "ASPIRE-T2D",
        "LUMEN-IBD",
        "KESTREL",
    ],
    "proto52": [
        "XR-4471-302",
        "BNT-CL-0219",
        "ZK-118-201",
        "AMG-7730-03",
        "LP-2291-301",
        "NVX-DM-044",
        "RTX-550-12",
        "HLX-0917-P2",
    ],
    "sid52": [
        "104-003",
        "0217-0045",
        "S-311-0062",
        "1002-018",
        "22-0147",
        "305-011",
        "4410-0009",
        "RND-0883",
    ],
    "sidb52": [
        "104-007",
        "0217-0051",
        "S-311-0070",
        "1002-022",
        "22-0152",
        "305-019",
        "4410-0013",
        "RND-0901",
    ],
    "site52": [
        "Site 104",
        "Site 217",
        "Site 311",
        "Site 1002",
        "Site 4410",
        "Site 022",
    ],
    "cond52": [
        "moderate-to-severe plaque psoriasis",
        "heart failure with preserved ejection fraction",
        "early Alzheimer's disease",
        "relapsing multiple sclerosis",
        "type 2 diabetes",
        "ulcerative colitis",
        "EGFR-mutant non-small cell lung cancer",
        "chronic kidney disease with albuminuria",
        "treatment-resistant depression",
        "rheumatoid arthritis",
        "COPD with frequent exacerbations",
        "metastatic prostate cancer",
        "NASH with liver fibrosis",
        "chronic migraine",
        "sickle cell disease",
    ],
    "imp52": [
        "study drug XR-4471 200 mg",
        "ZK-118 or matching placebo",
        "subcutaneous AMG-7730 (blinded)",
        "oral LP-2291 tablets",
        "the blinded study infusion",
        "open-label NVX-17 extension drug",
        "the blinded study capsules",
        "the investigational pen injector",
    ],
    "ae52": [
        "grade 3 neutropenia",
        "syncope with a fall and scalp laceration",
        "ALT 6x ULN",
        "anaphylaxis after the infusion",
        "hospitalisation for pneumonia",
        "new-onset atrial fibrillation",
        "a severe injection-site reaction",
        "suicidal ideation (C-SSRS item 4)",
        "acute pancreatitis",
        "QTcF prolongation to 512 ms",
        "diabetic ketoacidosis",
        "ischaemic stroke",
        "a grade 2 infusion reaction",
        "pulmonary embolism",
    ],
    "finding52": [
        "ANC 0.7 x10^9/L",
        "eGFR 38 mL/min/1.73m2",
        "HbA1c 9.4%",
        "QTcF 478 ms",
        "potassium 6.0 mmol/L",
        "a positive urine pregnancy test",
        "LVEF 35% on echo",
        "MMSE 19/30",
        "PHQ-9 score of 21",
        "FEV1 42% predicted",
        "ARIA-E on the safety MRI",
        "hepatitis B core antibody positive",
        "platelets 61 x10^9/L",
        "fasting glucose 14.2 mmol/L",
    ],
    "visit52": [
        "Screening Visit 1",
        "Day 1 (randomisation)",
        "Week 4",
        "Week 12",
        "Week 24 end-of-treatment",
        "C3D1",
        "Month 6 follow-up",
        "unscheduled safety",
        "Early Termination",
        "Week 52",
    ],
    "dev52": [
        "visit out of window by 9 days",
        "ECG not done at Week 4",
        "missed 2 h PK sample",
        "fasting not confirmed before the OGTT",
        "diary not returned",
        "vital signs taken after dosing instead of before",
    ],
    "spec52": [
        "serum 2 x 2 mL",
        "PAXgene RNA tube",
        "plasma EDTA x3",
        "FFPE tumour block",
        "buffy coat",
        "whole blood for PK",
        "stool kit",
        "CSF 5 mL",
    ],
    "kit52": [
        "KIT-448120",
        "K0937716",
        "MK-20418",
        "KN-771304",
        "KIT-502269",
    ],
    "irb52": [
        "IRB-2025-0413",
        "STUDY00019822",
        "Pro00118834",
        "EK 311/25",
        "IRB-2026-0087",
    ],
    "icf52": [
        "v4.0 dated 12Mar2026",
        "version 3.2",
        "v5.1 (amendment 4)",
        "v2.1",
    ],
    "crit52": [
        "inclusion 4 (HbA1c 7.5-10.5%)",
        "exclusion 9 (eGFR < 30)",
        "exclusion 12 (prior biologic)",
        "inclusion 2 (age 40-85)",
        "exclusion 3 (QTcF > 450 ms)",
        "exclusion 15 (active hepatitis B)",
    ],
    "stip52": [
        "$50",
        "$75",
        "$100",
        "$125",
        "$150",
    ],
    "courier52": [
        "World Courier",
        "Marken",
        "QuickSTAT",
        "FedEx Clinical",
        "Biocair",
    ],
    "awb52": [
        "7791 2283 4410",
        "176-44318820",
        "MKN-0048213",
        "WC 5512 9930",
    ],
    "temp52": [
        "-80 °C on dry ice",
        "2-8 °C refrigerated",
        "ambient (15-25 °C)",
        "frozen at -20 °C",
    ],
}


FRESH52_PHI: list[dict] = [
    {
        "subject": "SAE initial report - {name} - {ae52}",
        "body": (
            "SERIOUS ADVERSE EVENT - INITIAL REPORT (site copy; remove identifiers before it goes "
            "to the sponsor)\n"
            "Protocol: {proto52} ({study52})\n"
            "Site: {site52}\n"
            "Subject number: {sid52}\n"
            "Participant: {name}\n"
            "Event term: {ae52}\n"
            "Onset: {date}   Site awareness: {date2}\n"
            "Seriousness: required hospitalisation\n"
            "Study treatment: {imp52}, last dose {date}\n"
            "Causality (PI): possibly related\n"
            "Reported by: {provider}, research nurse\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pre-screening log - week of {date}",
        "body": (
            "Pasted below for the {study52} pre-screen huddle.\n"
            "\n"
            "mrn,patient,dob,indication,prescreen_result,reason\n"
            '{mrn},"{last}, {first}",{dob},{cond52},not eligible,{crit52}\n'
            "{mrn2},{intl_name},,{cond52},eligible,approach at clinic visit {date2}\n"
            "\n"
            "Please do not forward outside the research office.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Screen fail: {name}, {finding52}",
        "body": (
            "Dr. {provider_last},\n"
            "{first} came in for the {visit52} visit of {study52} this morning. The labs came back "
            "and she does not meet {crit52}. I explained it to her; she was disappointed and would "
            "like to be considered for the open-label study if it opens. Logging {sid52} as a "
            "screen failure in the EDC and IWRS.\n"
            "Thanks,\n"
            "{name2}, CRC\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Participant payment set-up form",
        "body": (
            "PARTICIPANT PAYMENT REQUEST (accounts payable - research)\n"
            "Participant name: {name}\n"
            "SSN (for 1099 reporting): {ssn}\n"
            "Mailing address: {address}\n"
            "Phone: {phone}\n"
            "Study: {study52} - {cond52}\n"
            "IRB #: {irb52}\n"
            "Visit completed: {visit52} on {date}\n"
            "Amount: {stip52}\n"
            "Payment method: check\n"
            "Approved by: Dr. {provider}, PI\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Stipend not loaded - {name}, {cond52} study",
        "body": (
            "Hi research office,\n"
            "the participant called the front desk: the {stip52} for the {visit52} visit on {date} "
            "never showed up on her study card. Card number in the payment portal: {card}. Can you "
            "push the load again? Subject {sid52}, {study52}.\n"
            "Thanks, front desk\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Chat export - oncology research team",
        "body": (
            "[08:51] {provider}: is {first} {last} still on for C3D1 today?\n"
            "[08:53] {name2}: labs back, {finding52}. PI wants to hold the dose\n"
            "[08:53] {provider}: ok, I'll call her and move the infusion to next week\n"
            "[08:55] {name2}: her week 9 CT is booked for {date} {time}, leave that as is\n"
            "[08:56] {provider}: thx, updating the visit tracker\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS log - study recruitment line",
        "body": (
            "Outbound to {phone} ({date} {time}): Hi {first}, this is the research team at "
            "{clinic}. You filled in our web form about the {cond52} study. Is now a good time for "
            "a 10 minute call?\n"
            "Inbound from {phone}: yes but im at work. I've had {cond52} since {year} and I'm on "
            "{rx} right now, does that rule me out?\n"
            "Outbound to {phone}: Not necessarily! Our coordinator {provider_first} will call you "
            "at 5. Reply STOP to opt out.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT unblinding request - {sid52} / {name}, {ae52}",
        "body": (
            "Dr. {provider_last} is requesting emergency unblinding in IWRS for the participant "
            "above, who was admitted overnight through the ED (MRN {mrn}). The treating team needs "
            "to know whether she received {imp52} or placebo before starting anticoagulation.\n"
            "The medical monitor has been notified. Do not share the treatment assignment with the "
            "blinded sponsor team.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Invitation: {study52} {visit52} visit - {name}",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:{study52} {visit52} visit - {name}\n"
            "DTSTART:20261208T073000\n"
            "DTEND:20261208T113000\n"
            "LOCATION:Clinical Research Unit\\, room 4\n"
            "DESCRIPTION:Fasting from midnight. PK draws pre-dose\\, 1 h\\, 2 h and 4 h. ECG in "
            "triplicate. Bring the dosing diary and all unused {imp52}. MRN {mrn}. Participant "
            "cell {phone}.\n"
            "ORGANIZER:mailto:cru.scheduling@research.example\n"
            "END:VEVENT\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: SDV query #14 - {site52}",
        "body": (
            "Can someone pull the source for this one? The CRA's query is below.\n"
            "\n"
            "-----Original Message-----\n"
            "From: {name2} (CRA, {company})\n"
            "Sent: {date}\n"
            "> Query 14, subject {sid52}, {visit52}: eCRF hemoglobin 9.1 g/dL does not match\n"
            "> the source document (10.1 g/dL). Please correct or explain.\n"
            "\n"
            "For us: that is {name}, MRN {mrn}. The result is in the EHR under the {date2} "
            "encounter.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CTMS visit report",
        "body": (
            "CTMS SUBJECT VISIT REPORT          RUN DATE {date}\n"
            "PROTOCOL: {proto52}     SITE: {site52}\n"
            "SUBJECT NO: {sid52}     MRN: {mrn}\n"
            "NAME: {upper_name}     DOB: {dob}\n"
            "STATUS: ON TREATMENT\n"
            "LAST VISIT: {visit52}     NEXT DUE: {date2}\n"
            "OPEN ITEMS: {dev52}\n"
            "COMMENTS: PT REPORTS {sym5} SINCE LAST DOSE. PI AWARE.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "question about the study and my payment card",
        "body": (
            "Hello,\n"
            "\n"
            "I'm in the {study52} study for {cond52}. Two things. Since my last injection at the "
            "{visit52} visit I've had {sym5} on and off, is that the medicine? And the {stip52} "
            "for that visit never came through on my card, the number is {card}.\n"
            "\n"
            "My study number is {sid52} if that helps.\n"
            "\n"
            "{name}\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Consulta sobre el estudio de mi madre",
        "body": (
            "Buenos días:\n"
            "\n"
            "Les escribo por mi madre, {intl_name}, que participa en el estudio {study52} en su "
            "centro. Desde la visita de {visit52} tiene mareos y el sábado se cayó en casa. Sigue "
            "tomando la medicación del estudio ({imp52}) todas las mañanas. ¿Debe suspenderla "
            "hasta que la vea el doctor {provider_last}? Su número de participante es {sid52}.\n"
            "\n"
            "Muchas gracias,\n"
            "{name2}\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SUSAR-Meldung: {name}, {ae52}",
        "body": (
            "Sehr geehrte Damen und Herren,\n"
            "\n"
            "anbei die Erstmeldung eines SUSAR aus unserem Prüfzentrum ({site52}, Prüfplan "
            "{proto52}).\n"
            "Patient/in: {name}, Patienten-Nr. {sid52}\n"
            "Ereignis: {ae52}, stationäre Aufnahme am {date}\n"
            "ICD-10: {icd}\n"
            "Prüfpräparat: {imp52}, letzte Gabe am {date2}\n"
            "Kausalität laut Prüfarzt: wahrscheinlich\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "{provider}, Studienkoordination\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Riconsenso: {name} (studio {study52}, {cond52})",
        "body": (
            "Ciao {provider_first},\n"
            "il paziente deve firmare il nuovo consenso informato {icf52} alla prossima visita "
            "({visit52}, il {date}). L'emendamento aggiunge il rischio di {ae52}. Puoi prepararmi "
            "le copie? Lo sperimentatore principale è il dott. {provider_last}.\n"
            "Grazie\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Wizyta {visit52} w badaniu {study52} - pacjent {name}",
        "body": (
            "Dzień dobry,\n"
            "\n"
            "przypominamy o wizycie w badaniu klinicznym {study52} w dniu {date} o godz. {time}. "
            "Prosimy przyjść na czczo i zabrać dzienniczek oraz opakowania leku badanego. Wynik z "
            "poprzedniej wizyty: {finding52} - lekarz omówi go na wizycie.\n"
            "\n"
            "W razie pytań: {phone}\n"
            "Koordynator badania, {provider}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name}-sama: yuugai jishou houkoku ({ae52})",
        "body": (
            "Sekinin ishi {provider_last} sensei\n"
            "\n"
            "Osewa ni natte orimasu. Chiken {proto52} no hikensha {name}-sama (hikensha bangou "
            "{sid52}) ni tsuite, {date} ni {ae52} ga hassei shimashita. Nyuuin chiryou ga hitsuyou "
            "deshita. Chiken-yaku ({imp52}) wa genzai kyuuyaku chuu desu. Shousai wa tenpu no "
            "houkokusho o goran kudasai.\n"
            "\n"
            "CRC {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Eligibility review - exclusion question",
        "body": (
            "Dr. {provider_last}, quick one before I consent her tomorrow. {name} (MRN {mrn}) has "
            "{icd} on her problem list from {year}. Does that hit {crit52} for {study52}? Her most "
            "recent {test} was fine. If it does I'll cancel the screening visit.\n"
            "{name2}, research nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Research billing: MBI {mbi} - routine costs, {study52}",
        "body": (
            "Coverage analysis flag. Medicare beneficiary {name} is enrolled in {study52}, a "
            "qualifying clinical trial in {cond52}. Routine costs for the {visit52} visit on "
            "{date} go to Medicare with the Q1 modifier, Z00.6 as secondary diagnosis and the NCT "
            "number; the study drug and PK draws are sponsor-paid. Please hold the claim until I "
            "confirm.\n"
            "Research billing compliance\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Charge review - research holds",
        "body": (
            "These charges are on research hold, please route before Friday:\n"
            "\n"
            "ACCOUNT | PATIENT | DOS | SERVICE | DX | STUDY | BILL TO\n"
            "{account} | {last}, {first} | {date} | {procedure} | {icd} | {study52} | sponsor\n"
            "\n"
            "Per the coverage analysis the {procedure} at {visit52} is protocol-required only, so "
            "it must not go to the patient's insurance.\n"
            "PFS research billing\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Shipment {tracking} - manifest",
        "body": (
            "Box 1 of 1, {temp52}, courier {courier52}. Manifest:\n"
            "\n"
            "Tube | Subject | MRN | Name | Specimen | Collected\n"
            "01 | {sid52} | {mrn} | {name} | {spec52} | {date}\n"
            "02 | {sid52} | {mrn} | {name} | {spec52} | {date}\n"
            "\n"
            "Cohort: {cond52}\n"
            "Biobank note: the MRN and name columns should have been removed before shipping; "
            "please quarantine this page and ask the site for a clean copy.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry 5-year follow-up call",
        "body": (
            "Called {name} (DOB {dob}) at home for the 5-year follow-up of the {cond52} registry. "
            "He says he is doing well apart from {symptom4}, and is still on {rx4}. No hospital "
            "admissions since the last call. He agreed to the optional blood draw at the {clinic} "
            "lab on {date}. Next call due in 12 months.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lost to follow-up: {name}, {cond52} registry",
        "body": (
            "Three call attempts to {phone} ({date}, {date2} and today) with no answer, and the "
            "letter we sent to {address} came back. Per the registry SOP I am marking the "
            "participant lost to follow-up at year 3 and notifying the data coordinating centre. "
            "Last known status: {finding52} at the year-2 visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PD report: {name} dosed before eligibility labs resulted",
        "body": (
            "PROTOCOL DEVIATION FORM\n"
            "Study: {study52} / {proto52}\n"
            "Subject: {sid52}\n"
            "Deviation: participant received the first dose of {imp52} on {date} before the "
            "screening {test} had resulted. The result ({finding52}) later met {crit52}.\n"
            "Action: dosing stopped; sponsor and IRB ({irb52}) notified within 5 working days.\n"
            "Reported by: {provider}, CRC\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Prompt report of an unanticipated problem - {irb52}",
        "body": (
            "To the IRB:\n"
            "\n"
            "We are reporting an unanticipated problem involving risks to participants. On {date} "
            "a participant, {name} (MRN {mrn}), had {ae52} about two hours after study dosing and "
            "was treated in the ED (discharge diagnosis {icd}). The event is not described in the "
            "current investigator brochure.\n"
            "\n"
            "PI: Dr. {provider}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "re-consent done",
        "body": (
            "{first} (DOB {dob}) re-signed ICF {icf52} at her {visit52} visit today, witnessed, "
            "copy given. She asked whether the new liver warning applies to her since her ALT was "
            "high last month; told her Dr. {provider_last} will go over it next visit. Note filed "
            "in the regulatory binder.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IWRS randomisation confirmation",
        "body": (
            "*** AUTOMATED MESSAGE - IWRS ***\n"
            "Protocol: {proto52}\n"
            "Site: {site52}\n"
            "Subject: {sid52}\n"
            "Randomisation date: {date}\n"
            "Kit assigned: {kit52}\n"
            "*** END OF MESSAGE ***\n"
            "\n"
            "Site note added by research pharmacy: this is {name}, MRN {mrn}; first dose of "
            "{imp52} given at {time}, observed 2 h, no reaction.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lab alert for {name}: {finding52}",
        "body": (
            "<html><body>\n"
            "<p>Alert value from the central lab - investigator review within 24 h.</p>\n"
            "<table>\n"
            "<tr><td>Participant</td><td>{name}</td></tr>\n"
            "<tr><td>Subject no.</td><td>{sid52}</td></tr>\n"
            "<tr><td>Visit</td><td>{visit52}</td></tr>\n"
            "<tr><td>Result</td><td>{finding52}</td></tr>\n"
            "</table>\n"
            "<p>Investigator sign-off: __________</p>\n"
            "</body></html>\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "scrn fail",
        "body": (
            "pt {first} {last} scrnd today for {study52}, labs came back {finding52} so SF per "
            "{crit52}. told pt, f/u w PCP dr {provider_last}. SF log updated. -{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recruitment call log",
        "body": (
            "Date: {date} {time}\n"
            "Caller: {name}\n"
            "Callback: {phone}\n"
            "Heard about us: radio ad\n"
            "Self-reported: {cond52}, diagnosed {year}, currently on {rx}\n"
            "Prescreen: possibly eligible, needs records\n"
            "Next step: screening visit booked for {date2}; records release sent to her GP\n"
            "Taken by: {provider_first} (recruitment)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} - {study52} eligibility, {cond52}",
        "body": (
            "Chart reviewed, meets inclusion so far. Needs an echo and a repeat {test} before I "
            "can book screening. OK to approach in clinic Thursday?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn} screening labs - {study52}",
        "body": (
            "Screening labs drawn at {time} and sent to the central lab with {courier52}, waybill "
            "{awb52}. Local {test} also sent. Will let you know when they result.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Travel reimbursement request",
        "body": (
            "Participant: {name}\n"
            "Study: {study52} ({cond52})\n"
            "Visit: {visit52}, {date}\n"
            "Mileage: 84 miles round trip\n"
            "Parking: {amount2}\n"
            "Refund to prepaid study card: {card}\n"
            "Receipts attached. Approved: {provider}, study coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Participant payments over the 1099 threshold",
        "body": (
            "Hi,\n"
            "per finance, one participant crossed $600 in study payments this calendar year: "
            "{name}, SSN {ssn}, {study52} ({cond52}), {amount} paid so far for 12 visits. Please "
            "confirm the address on the W-9 so the 1099-MISC goes to the right place.\n"
            "Research finance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "SAE follow-up #2: {name}, ICD-10 {icd}",
        "body": (
            "Follow-up information for the event reported on {date}: discharge summary received. "
            "Final diagnosis coded as above; participant discharged home on {rx}. Outcome: "
            "recovering. Study drug remains on hold per the PI. Updated form uploaded to the "
            "safety portal.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "TVT registry enrolment",
        "body": (
            "Enrolled today in the transcatheter valve registry (long-term follow-up at 30 days, 1 "
            "and 5 years):\n"
            "Name: {name}\n"
            "MBI: {mbi}\n"
            "Procedure: TAVR on {date}\n"
            "Follow-up: 30-day visit with echo, then KCCQ questionnaire by phone at 1 year\n"
            "Entered by: {provider_first}, registry abstractor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Slack export #cru-dosing",
        "body": (
            "[07:58] {provider_first}: anyone know if {first} from the 8am slot (DOB {dob}) can "
            "take Tylenol before the PK draw? she has a migraine\n"
            "[08:01] {name2}: conmeds allow acetaminophen, just log the time and dose\n"
            "[08:02] {provider_first}: :+1: logging it\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Withdrawing from the {cond52} study - {name}",
        "body": (
            "Dear study team,\n"
            "\n"
            "I have thought about it over the weekend and I want to stop taking part. Since the "
            "dose went up at the {visit52} visit I've had {sym5} and I can't keep missing work for "
            "the visits. I'm happy to come in for the final safety visit if it helps you, but "
            "please don't call my work number any more.\n"
            "\n"
            "Thank you for everything,\n"
            "{name}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: my son's study visit",
        "body": (
            "Hi {provider_first},\n"
            "\n"
            "thanks for the reminder. My son {first} (born {dob}) has had a cold since Tuesday and "
            "used his rescue inhaler three times yesterday. Should we still come for the Week 12 "
            "spirometry on {date} or move it? He's in the pediatric asthma study, number {sid52}.\n"
            "\n"
            "{name2}\n"
            "\n"
            "> On {date2}, Research Team wrote:\n"
            "> Reminder: Week 12 visit, please bring the inhaler diary.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monitoring visit follow-up letter - {site52}",
        "body": (
            "Dear Dr. {provider_last},\n"
            "\n"
            "Thank you for hosting the interim monitoring visit on {date}. Findings requiring "
            "action:\n"
            "\n"
            "1. ICF: consents for all subjects enrolled since amendment 3 reviewed; no issues.\n"
            "2. Safety: for subject {sid52} ({name}, MRN {mrn} in the site's source) the SAE of "
            "{ae52} was entered in the EDC 6 days after awareness, outside the 24-hour window. "
            "Please file a deviation.\n"
            "3. IP: accountability reconciled, no discrepancies.\n"
            "\n"
            "Regards,\n"
            "{name2}\n"
            "Clinical Research Associate, {company}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PK sample for {name} (DOB {dob}) hemolysed - redraw needed",
        "body": (
            "The central lab rejected the 2 h PK tube from the {visit52} visit. Can you call the "
            "participant to come back before the window closes on {date}? Kit {kit52}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Query: concomitant medication not entered",
        "body": (
            "Per the hospital discharge letter in the shadow chart, {name} started {rx4} on {date} "
            "for {dx4}, and it is not on the Concomitant Medications eCRF for {sid52}. Can you add "
            "it and check whether it is prohibited under section 6.4?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding query on an adverse event term",
        "body": (
            "MedDRA coding needs a more specific term for the event 'felt unwell' on {sid52}. Site "
            "source: {last}, {first}, MRN {mrn}, ED visit {date}, discharge diagnosis {icd}. "
            "Suggest updating the AE term to match.\n"
            "Data management\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Chiken raiin no go-annai",
        "body": (
            "{name} sama\n"
            "\n"
            "Itsumo chiken ni go-kyouryoku itadaki arigatou gozaimasu. Tsugi no raiin ({visit52}) "
            "wa {date} {time} kara desu. Zenjitsu no yoru 9-ji ikou wa zesshoku de onegai shimasu. "
            "Zenkai no kensa kekka wa {finding52} deshita node, tantou-i no {provider_last} sensei "
            "kara setsumei ga arimasu.\n"
            "\n"
            "Go-fumei na ten wa CRC made: {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Frage zur Studie meines Vaters",
        "body": (
            "Guten Tag,\n"
            "\n"
            "mein Vater, {name}, geb. {dob}, nimmt bei Ihnen an der {study52}-Studie teil. Seit "
            "der letzten Infusion ist er sehr müde und hat {sym5}. Soll er die Studienmedikation "
            "weiter nehmen? Nächste Woche hat er den Termin {visit52}.\n"
            "\n"
            "Viele Grüße\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS z numeru badania",
        "body": (
            "[{date} 09:14] Do {phone}: Dzień dobry Pani {first}, przypominamy o wizycie w badaniu "
            "{study52} jutro o {time}. Prosimy przyjść na czczo.\n"
            "[{date} 09:40] Od {phone}: Dziękuję. Od wczoraj mam wysypkę po zastrzyku, czy mam "
            "przyjść mimo to?\n"
            "[{date} 09:52] Do {phone}: Tak, prosimy przyjść, lekarz obejrzy wysypkę. Koordynator "
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SDV: paziente {name}, {ae52} non registrato in eCRF",
        "body": (
            "Buongiorno,\n"
            "durante la visita di monitoraggio del {date} ho verificato la cartella clinica: "
            "l'evento avverso risulta dalla lettera di dimissione ma non è stato inserito nella "
            "scheda eCRF (soggetto {sid52}). Vi chiedo di aggiornarla entro la prossima visita.\n"
            "Cordiali saluti,\n"
            "{name2}, CRA\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Visita de selección - {name} - {cond52}",
        "body": (
            "Hola {provider_first}:\n"
            "La paciente viene el {date} a las {time} para la visita de selección del estudio "
            "{study52}. Ya firmó el consentimiento informado. Necesita ECG, analítica completa y "
            "{test}. Trae la lista de su medicación actual ({rx}).\n"
            "Gracias,\n"
            "Enfermería de investigación\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your patient {name} has joined a {cond52} trial",
        "body": (
            "Dear Dr. {provider_last},\n"
            "\n"
            "Your patient {name}, date of birth {dob}, has consented and been randomised in "
            "{study52}, a double-blind study of {imp52}. During the study please avoid starting "
            "strong CYP3A inhibitors and let us know about any hospital admissions. The study team "
            "can be reached 24/7 at {phone}.\n"
            "\n"
            "Sincerely,\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Eligibility check {first} {last}, DOB {dob}, {cond52}",
        "body": "see attached labs, pls confirm before Friday\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: Re: {name} - {ae52} - causality?",
        "body": (
            "Agree with possibly related. Please update the SAE form.\n"
            "\n"
            "> On {date}, {provider} wrote:\n"
            "> PI assessment needed for the event above. Onset day 18 after the first dose of\n"
            "> {imp52}; resolved with treatment. Narrative draft attached.\n"
            ">\n"
            ">> Medical monitor: is there any alternative cause in the history?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Unscheduled visit today - {name} ({finding52})",
        "body": (
            "Participant came in for an unscheduled safety visit after the home readings. Repeat "
            "labs drawn, PI saw her at {time}. Study drug held pending results.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{upper_name} / MRN {mrn} / {study52} C2D1",
        "body": (
            "Infusion chair booked {date} {time}. Premeds per protocol. Pharmacy has the blinded "
            "bag.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pregnancy report - participant {name}",
        "body": (
            "PREGNANCY NOTIFICATION FORM (site copy)\n"
            "Protocol: {proto52}\n"
            "Subject no.: {sid52}\n"
            "Positive serum hCG at the {visit52} visit on {date}; estimated conception before the "
            "last dose of {imp52}. Study drug discontinued; participant followed to outcome per "
            "protocol and referred to her obstetrician.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fatal SAE: {name}, {study52}",
        "body": (
            "With regret I report the death of the participant on {date} at an outside hospital. "
            "Cause of death per the family: {ae52}. The death certificate has been requested. "
            "Sponsor drug safety notified at {time}; the IRB report is due within 7 days.\n"
            "{provider}, MD, PI\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} - clinical trial claim denied",
        "body": (
            "The claim for the {visit52} visit on {date} was denied for a missing NCT number and "
            "condition code 30. The patient is enrolled in {study52}. Please add the NCT number "
            "and the Q1 modifier and rebill.\n"
            "Patient accounts\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Please destroy my samples",
        "body": (
            "To the biobank,\n"
            "\n"
            "I, {name}, date of birth {dob}, gave blood and tissue samples after my surgery for "
            "{cond52} in {year}. I would like to withdraw my consent and have all of my remaining "
            "samples destroyed. Please confirm in writing to {email}.\n"
            "\n"
            "Regards,\n"
            "{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]

FRESH52_NEG: list[dict] = [
    {
        "subject": "Do you have {cond52}? Volunteers needed for a research study",
        "body": (
            "Researchers at {clinic} are looking for adults aged 40 to 75 with {cond52} to take "
            "part in {study52}, a 52-week study of an investigational medicine ({imp52}). "
            "Participants receive study-related care, lab tests and ECGs at no cost and up to $900 "
            "for time and travel.\n"
            "\n"
            "To see if you may qualify, call {phone} or visit https://research.example/{code}.\n"
            "IRB {irb52}. Participation is voluntary.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Protocol synopsis {proto52} v3.0",
        "body": (
            "Title: A Phase 3, Randomised, Double-blind, Placebo-controlled Study of Once-weekly "
            "XR-4471 in Adults with Type 2 Diabetes Inadequately Controlled on Metformin\n"
            "Primary endpoint: change from baseline in HbA1c at Week 26\n"
            "Key secondary endpoints: proportion reaching A1C < 7.0%; change in body weight; "
            "vitamin B12 levels in participants on background metformin\n"
            "Sample size: 640 (1:1)\n"
            "Duration: 4-week screening, 26-week treatment, 4-week safety follow-up\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Amendment 4 to {proto52}: summary of changes",
        "body": (
            "Section 5.2 Exclusion criteria: exclusion 9 changed from eGFR < 45 to eGFR < 30 "
            "mL/min/1.73m2.\n"
            "Section 6.4 Prohibited medications: strong CYP3A4 inhibitors added (ketoconazole, "
            "clarithromycin).\n"
            "Section 8.3 Safety: ALT > 3x ULN with bilirubin > 2x ULN is now an adverse event of "
            "special interest.\n"
            "Section 10: sample size unchanged.\n"
            "Sites must re-consent participants on treatment with ICF {icf52} at their next "
            "visit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{study52} enrolment update - week 46",
        "body": (
            "Site | Screened | Screen failed | Randomised | Discontinued\n"
            "104 | 41 | 17 | 24 | 2\n"
            "217 | 33 | 15 | 18 | 1\n"
            "311 | 12 | 7 | 5 | 0\n"
            "1002 | 27 | 9 | 18 | 3\n"
            "Total | 113 | 48 | 65 | 6\n"
            "\n"
            "Top screen-failure reasons: HbA1c out of range (38%), eGFR (21%), withdrew consent "
            "(9%).\n"
            "We need 31 more randomisations by {date} to hold the last-participant-in date.\n"
            "{name}, study manager, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DSMB open session summary - {study52}",
        "body": (
            "Pooled (blinded) safety data as of the cut-off on {date}:\n"
            "Participants dosed: 1,184\n"
            "SAEs: 97 in 71 participants (6.0%)\n"
            "Most frequent SAEs by SOC: infections 22, cardiac 14, gastrointestinal 11\n"
            "Deaths: 4 (none assessed as related)\n"
            "Adverse events of special interest: {ae52}, 9 events\n"
            "Recommendation: continue the study without modification.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Listing 16.2.7 - serious adverse events (draft)",
        "body": (
            "Coded subject IDs only; no dates of birth or initials, per the data transfer "
            "agreement.\n"
            "\n"
            "subject_id,site,age_group,sex,ae_term,grade,serious,onset_study_day,outcome\n"
            "{sid52},{site52},65-74,F,{ae52},3,Y,43,recovered\n"
            "{sidb52},{site52},50-64,M,pneumonia,3,Y,112,recovered\n"
            "1002-031,1002,75+,M,atrial fibrillation,2,Y,18,recovering\n"
            "\n"
            "QC by biostatistics before the DSMB pack goes out.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IRB Panel B agenda - {date}",
        "body": (
            "1. Minutes of the previous meeting\n"
            "2. New studies\n"
            "   2.1 {irb52} - {study52}: {imp52} in {cond52} (PI: Dr. {name})\n"
            "   2.2 STUDY00021467 - observational registry of adults after stroke (PI: Dr. "
            "{name2})\n"
            "3. Continuing review: 6 studies (list attached)\n"
            "4. Amendments: {proto52} amendment 4 (added liver monitoring)\n"
            "5. Reportable events: 3 unanticipated problems, summaries in the packet\n"
            "6. Non-compliance: none\n"
            "Chair: {name3}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delegation of authority log - {site52}",
        "body": (
            "Name | Role | Delegated tasks | Start\n"
            "{name} | PI | all study tasks | {date}\n"
            "{name2} | Sub-I | consent, eligibility, AE assessment | {date}\n"
            "{name3} | CRC | consent, scheduling, EDC entry | {date2}\n"
            "{provider} | Pharmacist (unblinded) | IP receipt, dispensing, accountability | "
            "{date2}\n"
            "All staff GCP-trained; CVs and licences on file.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: Clinical Research Coordinator II (oncology)",
        "body": (
            "{clinic} is hiring a full-time CRC II for our phase 1-3 oncology trials unit. "
            "Responsibilities: pre-screening, informed consent, visit coordination, SAE reporting, "
            "EDC entry, monitoring visits. Requirements: 2 years of CRC experience, CCRP or CCRC "
            "preferred, phlebotomy a plus. Pay {amount2} per hour. Apply by {date}; questions to "
            "{name}, research manager, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Investigator meeting - {study52} - save the date",
        "body": (
            "The {study52} investigator meeting will be held on {date} at the airport Hilton. "
            "Agenda: protocol overview, eligibility and screening, IWRS and eCRF training, safety "
            "reporting, and the point-of-care HbA1c device. The sponsor books travel (flight "
            "{flight}, confirmation {code}). Contact {name}, {company}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ICF template - please use the current version",
        "body": (
            "CONSENT TO TAKE PART IN A RESEARCH STUDY\n"
            "Study title: [insert title]\n"
            "Protocol number: [insert]\n"
            "Principal investigator: [PI name, phone]\n"
            "\n"
            "Why am I being asked? You are being asked to take part because you have [condition].\n"
            "What will happen? You will have [number] visits over [duration]. At each visit we "
            "will take blood and do an ECG.\n"
            "Will I be paid? You will receive [$ amount] for each completed visit.\n"
            "\n"
            "Participant name: ____________  Date of birth: ____________\n"
            "Signature: ____________  Date: ____________\n"
            "\n"
            "Template version {version}, {irb52}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: feasibility questionnaire - {proto52}",
        "body": (
            "Hi {first},\n"
            "\n"
            "We saw about 340 adults with {cond52} in clinic last year and run two competing "
            "studies, so I would estimate 1-2 randomisations a month. We have a -80 freezer, a "
            "locked IP room and a pharmacist for unblinded dispensing. CV and licence attached.\n"
            "\n"
            "{provider}, MD\n"
            "Principal Investigator\n"
            "{clinic}\n"
            "Tel {phone}\n"
            "NPI {npi}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dry ice shipment {tracking}",
        "body": (
            "Your shipment of 12 ambient lab kits and 1 dry ice shipper to {site52} is out for "
            "delivery. Carrier: {courier52}. Waybill {awb52}. Reference {ref}. Please record the "
            "temperature logger ID on receipt and return the empty shipper with the prepaid "
            "label.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - {proto52} site payments Q3",
        "body": (
            "Bill to: {company}\n"
            "Protocol: {proto52}, {site52}\n"
            "Start-up fee: $8,500.00\n"
            "Screen failures (4 x $450): $1,800.00\n"
            "Completed visits per the EDC payment report (37): {amount}\n"
            "IRB continuing review fee: $1,250.00\n"
            "Payment terms: net 45. PO {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - research lab supplies",
        "body": (
            "Items: centrifuge tubes 15 mL x 500, PAXgene RNA tubes x 200, dry ice 50 lb weekly, "
            "-80 freezer boxes x 40, HbA1c controls (levels 1 and 2), B12 calibrators. Ship to: "
            "Clinical Research Unit, receiving dock. Buyer: {name}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ticket {ticket}: Vital Signs eCRF will not save",
        "body": (
            "Reported by {name} (CRC, {site52}): the Vital Signs form at Week 12 throws 'value out "
            "of range' for systolic BP above 200 even after the query is answered. Build {build}, "
            "EDC version {version}. Session {uuid}. Workaround: enter the value in a comment and "
            "raise a manual query. Escalated to the vendor.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IP receipt acknowledgement - {site52}",
        "body": (
            "Shipment received {date}: 24 kits (first kit {kit52}), lot {lot}, expiry 2027-09. The "
            "temperature logger showed no excursion (2-8 °C throughout). Kits released in IWRS by "
            "{name}, unblinded pharmacist. Shipment ID {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "UAT results - participant payment portal",
        "body": (
            "Test cards used in the sandbox (none are live):\n"
            "  4000 1234 5678 9012 - declined as expected\n"
            "  5500 0000 0000 0005 - declined as expected\n"
            "  3782 822463 10006 - declined as expected\n"
            "All test cases passed except TC-14 (reload over the $500 cap). Ticket {ticket}, build "
            "{build}. Tester: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Research billing reminder: diagnosis codes for study visits",
        "body": (
            "Reminder for coders: for qualifying clinical trial routine costs, report Z00.6 "
            "(encounter for examination for normal comparison and control in clinical research "
            "program) as a secondary diagnosis, with the condition under study first (for example "
            "E11.9, I50.32 or L40.0), modifier Q1 on routine items and Q0 on investigational "
            "items, condition code 30 and the NCT number on the claim. Sponsor-paid items must not "
            "be billed. Questions: {name}, research billing, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SAP v2.0 for review - comments by {date}",
        "body": (
            "Primary estimand: treatment-policy difference in change from baseline in HbA1c at "
            "Week 26, MMRM with baseline A1C, region and BMI category as covariates. Multiplicity: "
            "hierarchical testing of body weight, fasting plasma glucose, then incidence of B12 "
            "deficiency in the metformin subgroup. Missing data: multiple imputation from "
            "retrieved dropouts. Shells are in the shared folder.\n"
            "{name}, lead biostatistician\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new research nurse",
        "body": (
            "Please welcome {name}, RN, who joins the Clinical Research Unit on {date} from the "
            "oncology infusion centre. {first} will cover the heart failure and CKD trials with "
            "{name2}. Extension {ext}, email {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chat export - CRU ops",
        "body": (
            "[10:42] {name}: -80 freezer #2 alarmed again overnight, peaked at -62\n"
            "[10:43] {name2}: facilities ticket {ticket} is open, samples moved to #3 at 06:10\n"
            "[10:45] {name}: ok, I'll write the excursion note for the biobank and tell the "
            "sponsor\n"
            "[10:46] {name3}: dry ice delivery confirmed for 2pm\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: SIV {proto52} - {site52}",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:Site initiation visit - {study52}\n"
            "DTSTART:20261210T090000\n"
            "DTEND:20261210T150000\n"
            "LOCATION:Research conference room 2B\n"
            "DESCRIPTION:Protocol training\\, IP handling\\, EDC and IWRS walk-through\\, safety "
            "reporting. Attendees: PI\\, sub-investigators\\, CRCs\\, pharmacy\\, lab. Lunch "
            "provided by {company}.\n"
            "ORGANIZER:mailto:{email}\n"
            "END:VEVENT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "texts w/ CRA",
        "body": (
            "{name}: running 20 min late, traffic\n"
            "Me: no worries, room 2B, binders on the table, EHR monitor access is set up\n"
            "{name}: thx. can we do the IP room first? pharmacist leaves at 2\n"
            "Me: yes, {name2} will meet you there\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: {study52} newsletter - 250th participant randomised!",
        "body": (
            "FYI, nice shout-out to our team below.\n"
            "\n"
            "> {study52} Study Newsletter, issue 7\n"
            "> We are delighted to announce that the 250th participant was randomised on {date}.\n"
            "> Top enrolling sites: {site52}, Site 311 and Site 022. Special thanks to the\n"
            "> coordinators at {clinic}.\n"
            "> Reminder: the Week 52 visit window is +/- 7 days.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry listing draft",
        "body": (
            "<h2>{study52}: {imp52} in adults with {cond52}</h2>\n"
            "<ul>\n"
            "<li>Study type: interventional (phase 3)</li>\n"
            "<li>Enrollment (estimated): 640</li>\n"
            "<li>Condition: {cond52}</li>\n"
            "<li>Primary outcome: change from baseline at week 26</li>\n"
            "<li>Eligibility: 18-75 years, all sexes, healthy volunteers not accepted</li>\n"
            "<li>Central contact: {name}, {phone}</li>\n"
            "</ul>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Buscamos voluntarios para un estudio clínico",
        "body": (
            "¿Tiene usted {cond52}? {clinic} busca adultos de 18 a 75 años para participar en un "
            "estudio de investigación de un medicamento experimental. Las visitas, los análisis y "
            "los electrocardiogramas del estudio no tienen costo, y se compensan el tiempo y el "
            "transporte. Más información: {phone}. Aprobado por el comité de ética, expediente "
            "{irb52}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tagesordnung der Ethikkommission am {date}",
        "body": (
            "TOP 1: Genehmigung des Protokolls der letzten Sitzung\n"
            "TOP 2: Erstanträge\n"
            "  2.1 {proto52} - Phase-III-Studie bei {cond52} (Prüfärztin: Dr. {name})\n"
            "  2.2 EK 318/25 - Biobank für Tumorgewebe, Leitung: Prof. {name2}\n"
            "TOP 3: Amendments (4)\n"
            "TOP 4: SUSAR-Listen und Jahressicherheitsberichte\n"
            "TOP 5: Verschiedenes\n"
            "Vorsitz: {name3}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Parere favorevole del Comitato Etico - emendamento sostanziale",
        "body": (
            "Si comunica che il Comitato Etico, nella seduta del {date}, ha espresso parere "
            "favorevole all'emendamento sostanziale n. 4 del protocollo {proto52} (studio "
            "{study52}), che introduce un monitoraggio epatico aggiuntivo e la nuova versione del "
            "consenso informato {icf52}. Promotore: {company}. Segreteria tecnico-scientifica, "
            "referente {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oferta pracy: koordynator badań klinicznych",
        "body": (
            "Poszukujemy koordynatora badań klinicznych do ośrodka kardiologicznego. Zakres "
            "obowiązków: prowadzenie wizyt, obsługa eCRF, raportowanie SAE, współpraca z "
            "monitorem. Wymagania: wykształcenie medyczne lub biologiczne, znajomość GCP, język "
            "angielski. Oferujemy umowę o pracę. CV prosimy przesyłać do {name} ({email}) do "
            "{date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chiken sanka-sha boshuu no o-shirase",
        "body": (
            "Genzai, {cond52} no kanja-sama o taishou to shita chiken ({study52}) no sanka-sha o "
            "boshuu shite imasu. Taishou: 20-sai kara 75-sai made. Kikan: yaku 1-nen. Tsuuin ni "
            "kakaru koutsuuhi nado no futan keigen-hi o o-shiharai shimasu. O-toiawase: chiken "
            "jimukyoku {phone} (heijitsu 9-ji kara 17-ji).\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pre-screening metrics Q3 - {study52}",
        "body": (
            "Charts reviewed: 412\n"
            "Potentially eligible: 58\n"
            "Approached: 41\n"
            "Consented: 19\n"
            "Screen failed: 7\n"
            "Randomised: 12\n"
            "Main reasons not eligible: eGFR < 30 (n=14), HbA1c out of range (n=22), prior "
            "biologic (n=9), declined (n=11).\n"
            "No identifiers in this report; the working log stays on the research drive.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Monitoring visit report summary - {site52}",
        "body": (
            "Visit date: {date}. Subjects reviewed: 12 (100% SDV for {sid52} and {sidb52}, "
            "targeted SDV for the rest). Findings: 2 ICF version issues (both re-consented), 1 "
            "late SAE entry, 3 open queries on Vital Signs. IP accountability reconciled. Next "
            "visit in 8 weeks. CRA: {name}, {company}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Protocol deviation log export",
        "body": (
            "PD_ID,SUBJECT,CATEGORY,DESCRIPTION,IMPORTANT\n"
            "PD-0041,{sid52},Visit schedule,{dev52},N\n"
            "PD-0042,{sidb52},Informed consent,consent signed on an outdated ICF version,Y\n"
            "PD-0043,{sid52},IP,wrong kit dispensed (kit {kit52}),Y\n"
            "Exported from CTMS {date}, {site52}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Biobank inventory - freezer 3, rack C",
        "body": (
            "Sample ID | Study | Matrix | Aliquots | Position\n"
            "BB-{code}-1 | {study52} | {spec52} | 4 | C3-B2-01\n"
            "BB-{code}-2 | {study52} | plasma EDTA | 3 | C3-B2-02\n"
            "BB-{code}-3 | {study52} | buffy coat | 1 | C3-B2-03\n"
            "All samples are pseudonymised; the key is held by the honest broker. Inventory "
            "checked by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sample manifest - {courier52} pickup {date}",
        "body": (
            "Shipper: {site52}\n"
            "Consignee: central laboratory, {company}\n"
            "Condition: {temp52}\n"
            "\n"
            "Sample ID,Subject,Visit,Matrix\n"
            "S{code}-01,{sid52},{visit52},{spec52}\n"
            "S{code}-02,{sidb52},Week 12,serum\n"
            "\n"
            "AWB {awb52}. Packed by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Registry annual report - key figures",
        "body": (
            "As of {date} the registry holds 1,840 participants with {cond52} from 23 centres. "
            "Median follow-up: 4.1 years. 5-year overall survival: 71%. Lost to follow-up: 12%. "
            "Completeness of the year-3 visit: 88%. Thanks to all coordinators; the steering "
            "committee meets on {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Participant compensation schedule - {study52}",
        "body": (
            "Screening visit: $50\n"
            "Day 1 and Week 4: $75 each\n"
            "Weeks 12, 24 and 52: $125 each\n"
            "Early termination visit: $75\n"
            "Mileage is reimbursed at the federal rate and parking is validated. Payments are "
            "loaded to the study debit card within 5 business days. Payments of $600 or more in a "
            "year are reported on a 1099.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Continuing review form (template) - due {date}",
        "body": (
            "1. Protocol number: [ ]\n"
            "2. Participants enrolled since the last review: [ ]\n"
            "3. Participants withdrawn, with reasons: [ ]\n"
            "4. Summary of adverse events and unanticipated problems: [ ]\n"
            "5. New information affecting risk: [yes/no]\n"
            "6. Current consent version: [ ]\n"
            "Submit through the eIRB portal. Questions: {name}, IRB analyst, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Central lab manual v5 - kit changes",
        "body": (
            "From {date}: the HbA1c tube changes to a 2 mL lavender top; vitamin B12 and folate "
            "move to the SST at Weeks 12 and 52 only; the PK kit gains a fourth cryovial. Old kits "
            "may be used until expiry (lot {lot}). Kit request form: "
            "https://centrallab.example/kits. Help desk {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Temperature excursion - IP fridge, research pharmacy",
        "body": (
            "The research pharmacy fridge read 9.4 °C for 47 minutes on {date} (door left ajar "
            "during a delivery). Affected: 36 kits of {imp52}, lot {lot}. Kits quarantined in "
            "IWRS; sponsor decision pending. Logger ID TL-{code}. Reported by {name}, research "
            "pharmacist.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New CRA assignment for {proto52}",
        "body": (
            "Dear site team,\n"
            "\n"
            "from {date} your monitor will be {name} ({company}), taking over from {name2}. "
            "{first} can be reached at {phone} or {email}. The next interim monitoring visit is "
            "planned for {date2}; please reserve a room with EHR access.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "GCP and HSP certificates expiring",
        "body": (
            "The following staff certificates expire within 60 days:\n"
            "{name} - GCP ({date})\n"
            "{name2} - IATA dangerous goods shipping ({date2})\n"
            "{name3} - human subjects protection ({date})\n"
            "Please upload renewals to the regulatory binder.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IND safety report - {proto52} (expedited)",
        "body": (
            "Dear Investigator,\n"
            "\n"
            "This letter informs you of a suspected unexpected serious adverse reaction reported "
            "in the {study52} programme. Case ID {ref}: a participant in their sixties in Germany "
            "developed {ae52} 19 days after the first dose of {imp52}. The event resolved with "
            "treatment. The investigator brochure will be updated. Please file this letter and "
            "submit it to your IRB per local requirements; no action is needed for current "
            "participants.\n"
            "\n"
            "Drug Safety, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Quote {ref} - ePRO devices",
        "body": (
            "Quote for 120 provisioned handsets with the daily symptom diary, 3-year support and a "
            "replacement pool of 12. Unit price {amount2}. Valid until {date}. Your contact: "
            "{name}, {company}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invitation: {study52} DSMB meeting",
        "body": (
            "BEGIN:VEVENT\n"
            "SUMMARY:{study52} DSMB - open and closed sessions\n"
            "DTSTART:20270114T150000Z\n"
            "DTEND:20270114T180000Z\n"
            "LOCATION:Teams (link below)\n"
            "DESCRIPTION:Open session: enrolment and blinded safety. Closed session: unblinded "
            "efficacy and safety by arm (members and independent statistician only).\n"
            "ORGANIZER:mailto:{email}\n"
            "END:VEVENT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you from the {study52} team",
        "body": (
            "To everyone taking part in {study52}: thank you! Together, 1,200 volunteers in 14 "
            "countries have completed over 9,000 study visits. Results are expected next year and "
            "will be shared with all participants in plain language. Questions? Call the study "
            "team at {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Slack export #ip-pharmacy",
        "body": (
            "[16:20] {name}: end-of-month IP count for {proto52}: 42 kits dispensed, 18 returned, "
            "6 expired\n"
            "[16:22] {name2}: matches IWRS, thanks\n"
            "[16:23] {name}: destruction certificate for lot {lot} uploaded to the eTMF\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cra visit moved",
        "body": (
            "fyi cra visit moved to {date}, she needs a rm w/ EHR + the IP rm at 1. pls pull reg "
            "binder + DOA log. -{first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Plantilla de consentimiento informado (versión {version})",
        "body": (
            "HOJA DE INFORMACIÓN AL PARTICIPANTE\n"
            "Título del estudio: [título]\n"
            "Promotor: [promotor]\n"
            "Investigador principal: [nombre, teléfono]\n"
            "\n"
            "Usted ha sido invitado a participar porque padece [enfermedad]. Su participación es "
            "voluntaria y puede retirarse en cualquier momento.\n"
            "\n"
            "Nombre del participante: ________  Fecha de nacimiento: ________\n"
            "Firma: ________  Fecha: ________\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reference for {name}",
        "body": (
            "I am happy to recommend {name}, who worked as a clinical research coordinator in our "
            "cardiology trials unit from {year} to {year2}. {first} ran consent and screening for "
            "five phase 3 studies, handled SAE reporting and monitoring visits, and trained new "
            "coordinators.\n"
            "\n"
            "{provider}, MD\n"
            "Principal Investigator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "GCP refresher - ICH E6(R3)",
        "body": (
            "The annual GCP refresher on ICH E6(R3) is on {date} at {time} in the auditorium. "
            "Topics: risk-based monitoring, essential records, data integrity, consent and "
            "re-consent, and what counts as an important protocol deviation. Sign in at the door "
            "for the certificate. Organiser: {name}, research education.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IWRS UAT - randomisation scripts",
        "body": (
            "Test script RND-03 was run against the UAT environment with dummy subject IDs 999-001 "
            "to 999-020. Stratification by HbA1c (< 8.5% / >= 8.5%) and region balanced as "
            "expected. Kit list from {kit52} onwards used. Defect {ticket}: the confirmation email "
            "showed the arm to a blinded role; fixed in build {build}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Remittance advice {ref}",
        "body": (
            "Payment of {amount} for invoice {invoice} ({proto52} site fees) was sent by ACH. "
            "Remittance reference 4716 0000 2222 3338; sponsor PO 5412 7534 0019 8867. Contact "
            "accounts payable at {company}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]
